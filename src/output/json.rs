//! JSON printers for scripts. The shapes are a public contract (see README): fields may be added, never
//! renamed or removed. Private serialisable structs are built from the domain values so that the domain
//! can change without the contract moving.

use crate::comparison::Comparison;
use crate::corpus::Corpus;
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
    facts: &'a PairFacts,
}

/// Print a comparison with the facts of the pair: shared, only in A, only in B, altered.
pub fn diff_with_facts(w: &mut impl Write, c: &Comparison, facts: &PairFacts) -> io::Result<()> {
    write(w, &DiffJson { comparison: c, facts })
}

fn write(w: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, value)?;
    writeln!(w)
}
