//! `pressdiff diff A B`: one comparison, as text or JSON.

use crate::cli::{ColorChoice, Format};
use pressdiff::decode::{Decoded, shown_path};
use pressdiff::output::{json, text};
use pressdiff::{Corpus, compare};
use std::io::Write;
use std::path::Path;

pub struct Args<'a> {
    pub a: &'a Path,
    pub b: &'a Path,
    pub format: Format,
    pub color: ColorChoice,
    pub all: bool,
    /// Work out and print the facts of the pair.
    pub facts: bool,
}

pub fn run(w: &mut impl Write, args: Args<'_>) -> anyhow::Result<()> {
    let (corpus, c, facts) = super::in_pool(|| -> anyhow::Result<_> {
        let corpus = open_pair(args.a, args.b)?;
        let (a, b) = (&corpus.articles[0], &corpus.articles[1]);
        let c = compare(a, b);
        // A reader asks first whether a number or a quotation changed; the facts say, at some cost: on two
        // articles a fraction of a millisecond, on reports of megabytes several times the comparison.
        let facts = args.facts.then(|| pressdiff::facts::compare_with(a, b, &c));
        Ok((corpus, c, facts))
    })?;
    let (a, b) = (&corpus.articles[0], &corpus.articles[1]);
    match args.format {
        Format::Text => text::diff(w, &c, a, b, facts.as_ref(), args.all, super::style(args.color))?,
        Format::Json => json::diff_with_facts(w, &c, facts.as_ref(), args.all.then_some((a, b)))?,
    }
    // The process ends next. Freeing two large reports and their comparison one small allocation at a
    // time took a twentieth of the run on a 2 MB pair, for nothing.
    std::mem::forget(c);
    std::mem::forget(corpus);
    Ok(())
}

/// Open the two reports as a two-article corpus, so each lends the other its support against boilerplate.
/// The two are read and prepared in parallel, and a paragraph the two share word for word is read once.
fn open_pair(a: &Path, b: &Path) -> anyhow::Result<Corpus> {
    // Not an error: comparing a file with itself is a fair check of the tool; but a slip of the shell
    // (`diff story.txt ./story.txt`) would otherwise pass for two identical reports.
    if pressdiff::files::same_file(a, b) {
        eprintln!(
            "pressdiff: warning: {} and {} are the same file: every sentence reads as copied",
            shown_path(a),
            shown_path(b)
        );
    }
    let (a, b) = rayon::join(|| open_one(a), || open_one(b));
    let corpus = Corpus::pair(a?, b?);
    for w in corpus.articles.iter().filter_map(pressdiff::Article::no_text_warning) {
        eprintln!("pressdiff: warning: {w}");
    }
    Ok(corpus)
}

/// Read one report, with the path to show for it. A name that is not a path but is the id of a sample
/// article opens that sample article, so the README's examples work from any folder.
fn open_one(p: &Path) -> anyhow::Result<(String, Decoded)> {
    // A link that leads nowhere is no sample id mistyped: say what is wrong with it.
    if let Err(e) = std::fs::metadata(p)
        && let Some(why) = pressdiff::files::link_trouble(p, &e)
    {
        return Err(pressdiff::Error::BadLink(p.to_path_buf(), why).into());
    }
    if !p.exists() {
        if let Some(sample) = Corpus::sample_file(&p.to_string_lossy()) {
            return Ok(sample);
        }
        // Say both things it could have been, so a short or mistyped id is not taken for a lost file. Ids
        // are the sample's only: an id that `pressdiff list` gave for a folder of one's own is no path.
        anyhow::bail!(
            "{}: no such file or folder, nor an id of the sample corpus (`pressdiff list` with no path lists \
             those; give your own reports by their paths)",
            shown_path(p)
        );
    }
    // A folder is refused whatever it holds: with one article in it, comparing "the folder" would
    // silently compare whichever file it happened to contain.
    if p.is_dir() {
        anyhow::bail!("{}: is a folder; diff takes two files", shown_path(p));
    }
    Ok(Corpus::read_file(p)?)
}
