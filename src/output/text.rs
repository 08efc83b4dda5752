//! Text printers for people: a header, then one line per segment, marked so it reads in a pager, a log or
//! a pipe. Marks: `=` copied, `~` paraphrased, `+` added, `-` omitted, and `>` after the mark for moved.

use super::style::Style;
use crate::comparison::{Comparison, Kind};
use crate::corpus::{Article, Corpus, stem_of};
use crate::facts::{FactKind, PairFacts};
use crate::normalize::joins_as_written;
use crate::width::{pad, width};
use crate::word_diff::Op;
use std::io::{self, Write};

/// Print the comparison of two articles, under the facts of the pair if given. With `all`, the boilerplate
/// of both is listed after it.
pub fn diff(
    w: &mut impl Write,
    c: &Comparison,
    a: &Article,
    b: &Article,
    facts: Option<&PairFacts>,
    all: bool,
    style: Style,
) -> io::Result<()> {
    writeln!(w, "{} {}  {}", style.bold("A"), a.path, style.dim(&format!("“{}”", a.title)))?;
    writeln!(w, "{} {}  {}", style.bold("B"), b.path, style.dim(&format!("“{}”", b.title)))?;
    writeln!(w, "{}", summary(c))?;
    if let Some(facts) = facts {
        pair_facts(w, facts, style)?;
    }
    // A correction or an editor's note says what an outlet changed in its own report: not compared, but
    // shown, before the rows.
    for (label, side) in [("A", &c.a), ("B", &c.b)] {
        for note in &side.notes {
            // On one line, as the other rows: a note's tabs and line breaks become spaces.
            let note = note.split_whitespace().collect::<Vec<_>>().join(" ");
            writeln!(w, "{} {note}", style.bold(&format!("note in {label}:")))?;
        }
    }
    writeln!(w)?;
    for s in &c.segments {
        style.mark(s.kind, s.moved).write_to(w)?;
        w.write_all(b" ")?;
        match s.kind {
            Kind::Copied => style.dim(s.b_text.as_deref().unwrap_or("")).write_to(w)?,
            Kind::Added => style.inserted(s.b_text.as_deref().unwrap_or("")).write_to(w)?,
            Kind::Omitted => style.deleted(s.a_text.as_deref().unwrap_or("")).write_to(w)?,
            Kind::Paraphrased => write_runs(w, s.words.iter().map(|wd| (wd.op, &*wd.text, wd.spaced)), style)?,
        }
        if s.moved {
            let at = s.a_sentences.first().map_or(0, |i| i + 1);
            write!(w, "{}", style.dim(&format!("  (moved: A sentence {at})")))?;
        }
        if let Some(what) = s.regrouped() {
            write!(w, "{}", style.dim(&format!("  ({what})")))?;
        }
        writeln!(w)?;
    }
    if all {
        for (label, article) in [("A", a), ("B", b)] {
            writeln!(w)?;
            writeln!(w, "{}", style.bold(&format!("Boilerplate of {label} ({})", article.path)))?;
            let mut none = true;
            for (block, reason) in article.boilerplate() {
                none = false;
                writeln!(w, "{} {}  {}", style.dim("#"), block.text, style.dim(&format!("[{}]", reason.describe())))?;
            }
            if none {
                writeln!(w, "{}", style.dim("(none: every block is story)"))?;
            }
        }
    }
    Ok(())
}

/// The facts of a pair, under its figures: how many the two share and give alone, then each number or
/// quotation the two give differently, as a word diff of its two wordings (A's words struck out and B's
/// put in, as in the rows), a quotation's long runs of shared words cut short. They come first because a
/// changed figure or quotation is what a reader checking a copy asks about first, and a pager shows the
/// top.
fn pair_facts(w: &mut impl Write, f: &PairFacts, style: Style) -> io::Result<()> {
    writeln!(
        w,
        "facts {} shared · {} only in A · {} only in B · {} altered",
        f.shared.len(),
        f.only_a.len(),
        f.only_b.len(),
        f.altered.len()
    )?;
    for x in &f.altered {
        let (label, quoted) = match x.kind {
            FactKind::Quote => ("quote ", true),
            FactKind::Number => ("number", false),
            FactKind::Entity => ("name  ", false),
        };
        let runs = changed_wording(&x.a, &x.b);
        // The same words given to someone else, or an excerpt of them, have only their speaker to show.
        if x.reworded || x.speakers.is_none() {
            write!(w, "{} {label}  ", style.bold("≠"))?;
            if quoted {
                w.write_all("“".as_bytes())?;
            }
            write_runs(w, runs.iter().map(|(op, text, spaced)| (*op, text.as_str(), *spaced)), style)?;
            if quoted {
                w.write_all("”".as_bytes())?;
            }
            writeln!(w)?;
        }
        if let Some([sa, sb]) = &x.speakers {
            // Named by the words both give: an excerpt's own.
            let both = if x.b.len() < x.a.len() && !x.reworded { &x.b } else { &x.a };
            write!(w, "{} speaker “{}” ", style.bold("≠"), crate::facts::opening_words(both, 6))?;
            write_runs(w, [(Op::Delete, sa.as_str(), true), (Op::Insert, sb.as_str(), true)].into_iter(), style)?;
            writeln!(w)?;
        }
    }
    Ok(())
}

/// Write a word diff's runs (op, text, whether a space stood before it) on one line, each changed run in
/// its style, with a space between runs except where the text was written without one (runs of Chinese,
/// Japanese or Thai).
fn write_runs<'t>(w: &mut impl Write, runs: impl Iterator<Item = (Op, &'t str, bool)>, style: Style) -> io::Result<()> {
    let mut prev: Option<&str> = None;
    for (op, text, spaced) in runs {
        if prev.is_some_and(|p| !joins_as_written(p, text, spaced)) {
            w.write_all(b" ")?;
        }
        prev = Some(text);
        match op {
            Op::Equal => w.write_all(text.as_bytes())?,
            Op::Delete => style.deleted(text).write_to(w)?,
            Op::Insert => style.inserted(text).write_to(w)?,
        }
    }
    Ok(())
}

/// Words of a shared run kept beside a change in [`changed_wording`].
const WORDING_CONTEXT: usize = 3;
/// Wordings of up to this many words are shown whole by [`changed_wording`].
const WHOLE_WORDING: usize = 12;

/// The word diff of a fact's two wordings, on one line, each run of shared words longer than the context
/// needs cut to [`WORDING_CONTEXT`] words at each edge that meets a change, "…" for the rest: a quotation of
/// forty words with one word changed reads "…that we [-could-] {+should+} have acted on…". Runs as (op,
/// text, whether a space stood before it).
fn changed_wording(a: &str, b: &str) -> Vec<(Op, String, bool)> {
    let words = crate::word_diff::diff(a, b);
    let n = words.len();
    // A wording that fits on a line as it is is not cut.
    let longest = a.split_whitespace().count().max(b.split_whitespace().count());
    let keep = if longest <= WHOLE_WORDING { usize::MAX / 4 } else { WORDING_CONTEXT };
    words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let ws: Vec<&str> = w.text.split_whitespace().collect();
            let (head, tail) = (|| ws[..keep].join(" "), || ws[ws.len() - keep..].join(" "));
            let text = match (w.op, k == 0, k + 1 == n) {
                (Op::Equal, true, false) if ws.len() > keep => format!("…{}", tail()),
                (Op::Equal, false, true) if ws.len() > keep => format!("{}…", head()),
                (Op::Equal, false, false) if ws.len() > 2 * keep + 1 => format!("{} … {}", head(), tail()),
                _ => ws.join(" "),
            };
            (w.op, text, w.spaced)
        })
        .collect()
}

/// One line of figures: the document pair's similarity and the count of each label. The similarity is
/// called "aligned", as the TUI calls it: it is the share of both reports' words in aligned sentences, and
/// "similarity 1.00" over four paraphrased pairs read to a tester as "identical".
pub fn summary(c: &Comparison) -> String {
    let mut parts = vec![format!("aligned {:.2}", c.similarity)];
    for k in Kind::ALL {
        parts.push(format!("{} {}", c.counts.get(k), k.name()));
    }
    parts.push(format!("{} moved", c.counts.moved));
    parts.join(" · ")
}

/// Print the article list: id, body words, sentences, boilerplate blocks, encoding, title. When two files
/// share a name (so that one id got a `-2`), each row also gives its path, or the ids alone would not say
/// which file is which.
pub fn list(w: &mut impl Write, corpus: &Corpus, style: Style) -> io::Result<()> {
    let id_w = corpus.articles.iter().map(|a| width(&a.id)).max().unwrap_or(2).max(2);
    let with_path = corpus.articles.iter().any(|a| stem_of(&a.path) != a.id);
    let path_w = corpus.articles.iter().map(|a| width(&a.path)).max().unwrap_or(4).max(4);
    let path = |p: &str| if with_path { format!("{}  ", pad(p, path_w)) } else { String::new() };
    writeln!(
        w,
        "{}",
        style.bold(&format!(
            "{}  {:>6}  {:>9}  {:>11}  {:<12}  {}TITLE",
            pad("ID", id_w),
            "WORDS",
            "SENTENCES",
            "BOILERPLATE",
            "ENCODING",
            path("PATH")
        ))
    )?;
    for a in &corpus.articles {
        writeln!(
            w,
            "{}  {:>6}  {:>9}  {:>11}  {:<12}  {}{}",
            pad(&a.id, id_w),
            a.word_count(),
            a.sentences.len(),
            a.boilerplate().count(),
            a.encoding,
            path(&a.path),
            a.title
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_wording_shows_its_changed_words_with_a_little_of_the_rest() {
        let shown = |a: &str, b: &str| {
            changed_wording(a, b)
                .into_iter()
                .map(|(op, t, _)| match op {
                    Op::Equal => t,
                    Op::Delete => format!("[-{t}-]"),
                    Op::Insert => format!("{{+{t}+}}"),
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(shown("cut 1,200 jobs", "cut 1,500 jobs"), "cut [-1,200-] {+1,500+} jobs");
        // Twelve words or fewer: whole.
        assert_eq!(
            shown("forged in the anti-Japanese war", "forged in the anti-Japanese fight"),
            "forged in the anti-Japanese [-war-] {+fight+}"
        );
        // Longer: three words either side of each change.
        let a =
            "There was no warning sign that we could have acted on, and our engineers will be on site around the clock";
        let b = a.replace("could", "should").replace("clock", "week");
        assert_eq!(
            shown(a, &b),
            "…sign that we [-could-] {+should+} have acted on, … site around the [-clock-] {+week+}"
        );
    }
}
