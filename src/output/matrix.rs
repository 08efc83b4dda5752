//! Printers of the similarity matrix: a grid (small corpora), a list of pairs or the nearest reports of
//! each article, then the derivation hints; and JSON for scripts.

use super::style::Style;
use crate::matrix::{Basis, Clock, Date, Derivation, Doubt, Matrix, Neighbour, Published};
use crate::width::{pad, width};
use serde::Serialize;
use std::io::{self, Write};

/// The text clips a derivation's evidence sentence to this many characters; JSON gives it whole.
const EVIDENCE_CHARS: usize = 160;

/// Up to this many articles, the text printer draws the full grid.
const GRID_MAX: usize = 12;

#[derive(Serialize)]
struct MatrixJson<'a> {
    articles: Vec<ArticleJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pairs: Option<Vec<PairJson<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    nearest: Option<Vec<NearestJson<'a>>>,
    derivations: Vec<DerivationJson<'a>>,
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    id: &'a str,
    path: &'a str,
    title: &'a str,
    shingles: usize,
    date: Option<Date>,
    /// The time printed beside the date: "11:42 GMT", or "11:42" when the page names no zone.
    time: Option<Clock>,
}

#[derive(Serialize)]
struct PairJson<'a> {
    a: &'a str,
    b: &'a str,
    similarity: f64,
    /// How much of B is found in A.
    b_in_a: f64,
    /// How much of A is found in B.
    a_in_b: f64,
    shared: usize,
}

#[derive(Serialize)]
struct NearestJson<'a> {
    id: &'a str,
    path: &'a str,
    neighbours: Vec<NeighbourJson<'a>>,
}

#[derive(Serialize)]
struct NeighbourJson<'a> {
    id: &'a str,
    path: &'a str,
    similarity: f64,
    /// How much of the article is found in this neighbour.
    contained: f64,
    /// How much of this neighbour is found in the article.
    contains: f64,
    shared: usize,
}

#[derive(Serialize)]
struct DerivationJson<'a> {
    id: &'a str,
    path: &'a str,
    source: &'a str,
    source_path: &'a str,
    /// How much of the article is found in the source.
    containment: f64,
    /// How much of the source is found in the article.
    reverse: f64,
    basis: Basis,
    /// Why the direction is in doubt ("near-tie", "whole", "unzoned-times"), or null.
    uncertain: Option<Doubt>,
    sentences_found: usize,
    sentences: usize,
    evidence: Option<&'a str>,
    /// Other reports it could draw on that hold about as much of it.
    near_sources: Vec<NearSourceJson<'a>>,
}

#[derive(Serialize)]
struct NearSourceJson<'a> {
    id: &'a str,
    path: &'a str,
    /// How much of the article is found in this report.
    containment: f64,
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Print the matrix as JSON: with `top`, the nearest reports of each article instead of every pair.
pub fn json(w: &mut impl Write, m: &Matrix, top: Option<usize>, derivations: &[Option<Derivation>]) -> io::Result<()> {
    let e = &m.articles;
    let value = MatrixJson {
        articles: e
            .iter()
            .map(|a| ArticleJson {
                id: &a.id,
                path: &a.path,
                title: &a.title,
                shingles: a.shingles,
                date: a.date.map(|d| d.date),
                time: a.date.and_then(|d| d.time),
            })
            .collect(),
        pairs: top.is_none().then(|| {
            m.pairs
                .iter()
                .map(|p| PairJson {
                    a: &e[p.a].path,
                    b: &e[p.b].path,
                    similarity: round(p.similarity),
                    b_in_a: round(p.b_in_a),
                    a_in_b: round(p.a_in_b),
                    shared: p.shared,
                })
                .collect()
        }),
        nearest: top.map(|k| {
            (0..e.len())
                .map(|i| NearestJson {
                    id: &e[i].id,
                    path: &e[i].path,
                    neighbours: m
                        .nearest(i, k)
                        .iter()
                        .map(|n| NeighbourJson {
                            id: &e[n.other].id,
                            path: &e[n.other].path,
                            similarity: round(n.cell.similarity),
                            contained: round(n.cell.contained),
                            contains: round(n.cell.contains),
                            shared: n.cell.shared,
                        })
                        .collect(),
                })
                .collect()
        }),
        derivations: derivations
            .iter()
            .flatten()
            .map(|d| DerivationJson {
                id: &e[d.article].id,
                path: &e[d.article].path,
                source: &e[d.source].id,
                source_path: &e[d.source].path,
                containment: round(d.cell.contained),
                reverse: round(d.cell.contains),
                basis: d.basis,
                uncertain: d.doubt,
                sentences_found: d.sentences_found,
                sentences: d.sentences,
                evidence: d.evidence.as_deref(),
                near_sources: d
                    .also
                    .iter()
                    .map(|&(k, held)| NearSourceJson { id: &e[k].id, path: &e[k].path, containment: round(held) })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &value)?;
    writeln!(w)
}

/// Print the matrix as text. Without `top`: a grid of similarities for a small corpus, else every pair
/// that shares wording, most similar first. With `top`: the `k` nearest reports of each article. Then the
/// derivation hints.
pub fn text(
    w: &mut impl Write,
    m: &Matrix,
    top: Option<usize>,
    derivations: &[Option<Derivation>],
    style: Style,
) -> io::Result<()> {
    let e = &m.articles;
    let id_w = e.iter().map(|a| width(&a.id)).max().unwrap_or(2).max(2);
    match top {
        Some(k) => {
            // No more than the others there are: "--top 99" over seven reports lists six of each.
            let shown = k.min(e.len().saturating_sub(1));
            let heading = match shown {
                1 => "The nearest report to each article".to_string(),
                n if n < k => format!("The {n} other reports of each article, nearest first"),
                n => format!("Nearest {n} reports of each article"),
            };
            writeln!(w, "{}", style.bold(&heading))?;
            writeln!(w, "{}", style.dim("  sim = similarity · in = share of the article found in the other · has = share of the other found in it"))?;
            for (i, a) in e.iter().enumerate() {
                writeln!(w)?;
                writeln!(w, "{}", style.bold(&a.id))?;
                let near = m.nearest(i, k);
                if near.is_empty() {
                    writeln!(w, "  {}", style.dim("no report shares its wording"))?;
                }
                for n in near {
                    writeln!(w, "  {}  {}", figures(&n), e[n.other].id)?;
                }
            }
        }
        None if e.len() <= GRID_MAX => grid(w, m, id_w, style)?,
        None => {
            writeln!(w, "{}", style.bold(&sharing(m)))?;
            writeln!(
                w,
                "{}",
                style.dim("  sim = similarity · A⊂B = share of A found in B · B⊂A = share of B found in A")
            )?;
            let mut pairs: Vec<_> = m.pairs.iter().collect();
            pairs.sort_by(|x, y| y.similarity.total_cmp(&x.similarity).then((x.a, x.b).cmp(&(y.a, y.b))));
            for p in pairs {
                writeln!(
                    w,
                    "  sim {:.2}  A⊂B {:.2}  B⊂A {:.2}  {}  {}",
                    p.similarity,
                    p.a_in_b,
                    p.b_in_a,
                    pad(&e[p.a].id, id_w),
                    e[p.b].id
                )?;
            }
        }
    }
    writeln!(w)?;
    writeln!(w, "{}", style.bold("Who draws on whom"))?;
    let mut any = false;
    for d in derivations.iter().flatten() {
        any = true;
        let basis = match d.basis {
            Basis::Date => {
                let dated = format!(
                    "dated {} after {}",
                    d.dates.0.map(|x| x.to_string()).unwrap_or_default(),
                    d.dates.1.map(|x| x.to_string()).unwrap_or_default()
                );
                match d.uncertainty() {
                    Some(why) => format!("{dated}; {why}"),
                    None => dated,
                }
            }
            Basis::Containment | Basis::Others => {
                let dates = undated(d.dates, &e[d.article].id, &e[d.source].id);
                match d.uncertainty() {
                    Some(why) => format!("{dates}; {why}"),
                    None => format!("{dates}; direction from containment"),
                }
            }
            Basis::Release => {
                let dates = undated(d.dates, &e[d.article].id, &e[d.source].id);
                format!("{dates}; the source is a press release")
            }
        };
        writeln!(
            w,
            "  {}  draws on {}  ({:.0}% of it found there, {:.0}% the other way; {} of {} sentences; {basis})",
            pad(&e[d.article].id, id_w),
            e[d.source].id,
            d.cell.contained * 100.0,
            d.cell.contains * 100.0,
            d.sentences_found,
            d.sentences,
        )?;
        if !d.also.is_empty() {
            let near = crate::matrix::near_sources_in_words(&d.also, |k| &e[k].id);
            writeln!(w, "  {}    {}", pad("", id_w), style.dim(&format!("about as much of it is in {near}")))?;
        }
        if let Some(ev) = &d.evidence {
            let ev = crate::corpus::clip(ev, EVIDENCE_CHARS);
            writeln!(w, "  {}    {}", pad("", id_w), style.dim(&format!("e.g. “{ev}”")))?;
        }
    }
    // What the measures ask of a source, so that a report left out is read as below them, not as original.
    let measures = format!(
        "a source must hold {:.0}% of a report and {} of its sentences",
        crate::matrix::MIN_CONTAINMENT * 100.0,
        crate::matrix::MIN_SENTENCES
    );
    if !any {
        writeln!(w, "  {}", style.dim(&format!("no report holds enough of another to be its source ({measures})")))?;
        return Ok(());
    }
    // A report that shares no wording at all is told apart: it is no report below the measures but one
    // they cannot reach, as a translation of the story is.
    let (apart, none): (Vec<usize>, Vec<usize>) =
        (0..derivations.len()).filter(|&i| derivations[i].is_none()).partition(|&i| m.neighbours(i).is_empty());
    let ids = |list: &[usize]| list.iter().map(|&i| e[i].id.as_str()).collect::<Vec<_>>().join(", ");
    if !none.is_empty() {
        // Said as what was not found, not as a finding: read as "draw on no other report", the line claimed
        // the reports below the measures were original.
        writeln!(w, "  {}", style.dim(&format!("no source found among the others ({measures}): {}", ids(&none))))?;
    }
    if !apart.is_empty() {
        let said = "share no wording with any other report (shared wording cannot link a translation)";
        writeln!(w, "  {}", style.dim(&format!("{said}: {}", ids(&apart))))?;
    }
    Ok(())
}

fn figures(n: &Neighbour) -> String {
    format!("sim {:.2}  in {:.2}  has {:.2}", n.cell.similarity, n.cell.contained, n.cell.contains)
}

/// The full grid: row article against column article, similarity in each cell, then a containment grid.
fn grid(w: &mut impl Write, m: &Matrix, id_w: usize, style: Style) -> io::Result<()> {
    let e = &m.articles;
    for (title, pick) in [
        ("Similarity (Jaccard of shared word trigrams)", 0usize),
        ("Containment: share of the row article found in the column article", 1),
    ] {
        writeln!(w, "{}", style.bold(title))?;
        let mut head = format!("  {:>2}  {}", "", pad("", id_w));
        for j in 0..e.len() {
            head.push_str(&format!("  {:>4}", j + 1));
        }
        writeln!(w, "{}", style.dim(&head))?;
        for (i, a) in e.iter().enumerate() {
            let mut line = format!("  {:>2}  {}", i + 1, pad(&a.id, id_w));
            for j in 0..e.len() {
                let c = m.cell(i, j);
                let v = if pick == 0 { c.similarity } else { c.contained };
                let cell = if i == j { format!("  {:>4}", "—") } else { format!("  {v:>4.2}") };
                line.push_str(&if i == j || v == 0.0 { style.dim(&cell).to_string() } else { cell });
            }
            writeln!(w, "{line}")?;
        }
        writeln!(w)?;
    }
    writeln!(w, "{}", style.dim(&sharing(m)))?;
    Ok(())
}

/// How many pairs share wording, and in how many one report holds as much of the other as a source must.
/// Any two reports of one story share a word trigram or two ("said on Tuesday that"), so the first count
/// alone counted pairs at 0.01 as sharing, and read as though every pair had copied.
fn sharing(m: &Matrix) -> String {
    let pairs = m.pairs.len();
    let much = m.pairs.iter().filter(|p| p.a_in_b.max(p.b_in_a) >= crate::matrix::MIN_CONTAINMENT).count();
    let pairs_word = if pairs == 1 { "pair shares" } else { "pairs share" };
    format!(
        "{pairs} {pairs_word} some wording; in {much}, one report holds {:.0}% or more of the other",
        crate::matrix::MIN_CONTAINMENT * 100.0
    )
}

/// Why dates did not settle a direction: neither report has one, only one has, or both carry the same day
/// and no times in named zones that differ.
fn undated(dates: (Option<Published>, Option<Published>), article: &str, source: &str) -> String {
    match dates {
        (None, None) => "no dates".to_string(),
        (Some(d), None) => format!("only {article} is dated ({d})"),
        (None, Some(d)) => format!("only {source} is dated ({d})"),
        (Some(a), Some(b)) if a == b || a.time.is_none() && b.time.is_none() => format!("both dated {a}"),
        (Some(a), Some(b)) => format!("dated {a}, the source {b}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undated_says_which_date_is_missing() {
        let d = Published { date: Date { year: 2025, month: 10, day: 21 }, time: None };
        assert_eq!(undated((None, None), "a", "b"), "no dates");
        assert_eq!(undated((Some(d), None), "a", "b"), "only a is dated (2025-10-21)");
        assert_eq!(undated((None, Some(d)), "a", "b"), "only b is dated (2025-10-21)");
        assert_eq!(undated((Some(d), Some(d)), "a", "b"), "both dated 2025-10-21");
        // Times the page gives without a zone are shown, since they could not be compared.
        let at = |hour| Published { time: Some(Clock { hour, minute: 0, zone: None }), ..d };
        assert_eq!(
            undated((Some(at(9)), Some(at(11))), "a", "b"),
            "dated 2025-10-21 09:00, the source 2025-10-21 11:00"
        );
    }
}
