//! `pressdiff diff A B`: one comparison, as text or JSON.

use crate::cli::{ColorChoice, Format};
use pressdiff::output::{json, text};
use pressdiff::{Corpus, compare};
use std::io::Write;
use std::path::{Path, PathBuf};

pub struct Args<'a> {
    pub a: &'a Path,
    pub b: &'a Path,
    pub format: Format,
    pub color: ColorChoice,
    pub all: bool,
}

pub fn run(w: &mut impl Write, args: Args<'_>) -> anyhow::Result<()> {
    let corpus = open_pair(args.a, args.b)?;
    let (a, b) = (&corpus.articles[0], &corpus.articles[1]);
    let c = compare(a, b);
    match args.format {
        Format::Text => text::diff(w, &c, a, b, args.all, super::style(args.color))?,
        Format::Json => json::diff_with_facts(w, &c, &pressdiff::facts::compare(a, b))?,
    }
    Ok(())
}

/// Open the two reports as a two-article corpus, so each lends the other its support against boilerplate.
/// A name that is not a path but is the id of a sample article opens that sample article, so the README's
/// examples work from any folder.
fn open_pair(a: &Path, b: &Path) -> anyhow::Result<Corpus> {
    let mut sample: Option<Corpus> = None;
    let mut articles = Vec::new();
    for p in [a, b] {
        if !p.exists() {
            let sample = sample.get_or_insert_with(Corpus::sample);
            if let Some(i) = sample.find(&p.to_string_lossy()) {
                articles.push(sample.articles[i].clone());
                continue;
            }
        }
        // A folder is refused whatever it holds: with one article in it, comparing "the folder" would
        // silently compare whichever file it happened to contain.
        if p.is_dir() {
            anyhow::bail!("{}: is a folder; diff takes two files", p.display());
        }
        let single: Vec<PathBuf> = vec![p.to_path_buf()];
        let loaded = Corpus::load(&single)?;
        for w in &loaded.warnings {
            eprintln!("pressdiff: warning: {w}");
        }
        articles.extend(loaded.articles);
    }
    Ok(Corpus::from_articles(articles))
}
