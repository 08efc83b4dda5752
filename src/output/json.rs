//! JSON printers for scripts. The shapes are a public contract (see README): fields may be added, never
//! renamed or removed. Private serialisable structs are built from the domain values so that the domain
//! can change without the contract moving.

use crate::boilerplate::Reason;
use crate::comparison::Comparison;
use crate::corpus::{Article, Corpus};
use crate::facts::PairFacts;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct ListJson<'a> {
    articles: Vec<ArticleJson<'a>>,
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    id: &'a str,
    path: &'a str,
    title: &'a str,
    encoding: &'a str,
    words: usize,
    body: Vec<&'a str>,
    boilerplate: Vec<&'a str>,
    /// The boilerplate blocks again, each with the reason it was set aside: `boilerplate` came first and
    /// stays as it is.
    set_aside: Vec<SetAside<'a>>,
}

/// A block set aside as boilerplate, and why.
#[derive(Serialize)]
struct SetAside<'a> {
    text: &'a str,
    reason: Reason,
}

fn set_aside(a: &Article) -> Vec<SetAside<'_>> {
    a.boilerplate().map(|(b, reason)| SetAside { text: &b.text, reason }).collect()
}

/// Print the article list.
pub fn list(w: &mut impl Write, corpus: &Corpus) -> io::Result<()> {
    let articles = corpus
        .articles
        .iter()
        .map(|a| ArticleJson {
            id: &a.id,
            path: &a.path,
            title: &a.title,
            encoding: &a.encoding,
            words: a.word_count(),
            body: a.sentences.iter().map(|s| &*s.text).collect(),
            boilerplate: a.boilerplate().map(|(b, _)| &*b.text).collect(),
            set_aside: set_aside(a),
        })
        .collect();
    write(w, &ListJson { articles })
}

/// Print a comparison.
pub fn diff(w: &mut impl Write, c: &Comparison) -> io::Result<()> {
    write(w, c)
}

#[derive(Serialize)]
struct DiffJson<'a> {
    #[serde(flatten)]
    comparison: &'a Comparison,
    /// Left out with `--no-facts`.
    #[serde(skip_serializing_if = "Option::is_none")]
    facts: Option<&'a PairFacts>,
    /// With `--all`: each report's boilerplate, with the reason each block was set aside.
    #[serde(skip_serializing_if = "Option::is_none")]
    boilerplate: Option<BoilerplateJson<'a>>,
}

#[derive(Serialize)]
struct BoilerplateJson<'a> {
    a: Vec<SetAside<'a>>,
    b: Vec<SetAside<'a>>,
}

/// Print a comparison with the facts of the pair, if given: shared, only in A, only in B, altered; and,
/// given the two reports (`--all`), what each set aside as boilerplate.
pub fn diff_with_facts(
    w: &mut impl Write,
    c: &Comparison,
    facts: Option<&PairFacts>,
    all: Option<(&Article, &Article)>,
) -> io::Result<()> {
    let boilerplate = all.map(|(a, b)| BoilerplateJson { a: set_aside(a), b: set_aside(b) });
    write(w, &DiffJson { comparison: c, facts, boilerplate })
}

fn write(w: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, value)?;
    writeln!(w)
}
