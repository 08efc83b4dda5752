//! Derivation hints: which report an article most likely draws on.
//!
//! An article draws on the report that holds most of its wording. Containment alone cannot tell copy from
//! source when both hold much of each other, so a publication date settles the direction when both have
//! one (to the minute, when both print a time in a named zone); otherwise the article more contained in the
//! other is taken as the copy (a copy keeps less of its own). Each hint says when its direction is in
//! doubt ([`Doubt`]), as it is whenever containment decides: an article found whole in another may be an
//! excerpt of it, or the other may be the article with paragraphs added.

use super::shingles::sentence_shingles;
use super::{Cell, Matrix, Published};
use crate::corpus::{Article, Corpus, clip};
use rayon::prelude::*;
use serde::Serialize;
use std::hash::{Hash, Hasher};

/// Share of an article that must be found in another for it to count as drawing on it.
const MIN_CONTAINMENT: f64 = 0.2;
/// Sentences of an article that must be mostly found in another for it to count as drawing on it: one
/// shared sentence is often a public statement both quote, not a sign of copying.
const MIN_SENTENCES: usize = 2;
/// A sentence counts as found in the source when this share of its shingles is there.
const SENTENCE_FOUND: f64 = 0.5;
/// Without dates, containments closer than this say nothing reliable about which way the copying went.
const NEAR_TIE: f64 = 0.1;
/// An article this much of which is found in another is found there whole: the other may be its source,
/// or the article itself with more added.
const WHOLE: f64 = 0.9;
/// Evidence sentences are clipped to this many characters.
const EVIDENCE_CHARS: usize = 160;

/// What settled the direction of a derivation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The source carries an earlier date, or an earlier time the same day.
    Date,
    /// No usable dates: the article is more contained in the source than the source in it.
    Containment,
}

/// Why the direction of a hint is in doubt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Doubt {
    /// Without dates, the two containments are too close to call: the two may share a third source, or
    /// either may have copied the other.
    NearTie,
    /// Without dates, the article is found whole in the source: it may be an excerpt of the source (an
    /// aggregator's), or the source may be the article with paragraphs added (an outlet's copy of a wire).
    Whole,
    /// The pages print times of one day without a zone: the times order them, but two outlets' clocks may
    /// be hours apart.
    UnzonedTimes,
}

impl Doubt {
    /// Why the direction is in doubt, in words.
    pub fn reason(self) -> &'static str {
        match self {
            Doubt::NearTie => "too close to call",
            Doubt::Whole => "all of it is in the other, which may be its source or it with more added",
            Doubt::UnzonedTimes => "the times give no zone",
        }
    }
}

/// The hint that one article draws on another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Derivation {
    /// Index of the article.
    pub article: usize,
    /// Index of the report it most likely draws on.
    pub source: usize,
    /// The pair seen from the article: `contained` is how much of it is found in the source.
    #[serde(skip)]
    pub cell: Cell,
    /// What settled the direction.
    pub basis: Basis,
    /// Why the direction is in doubt, if it is.
    pub doubt: Option<Doubt>,
    /// Sentences of the article mostly found in the source.
    pub sentences_found: usize,
    /// Sentences of the article.
    pub sentences: usize,
    /// The longest sentence of the article found in the source, clipped.
    pub evidence: Option<String>,
    /// When the article and the source say they were published, when known.
    pub dates: (Option<Published>, Option<Published>),
}

pub(super) fn derive(m: &Matrix, corpus: &Corpus) -> Vec<Option<Derivation>> {
    // Ties are broken by what the reports hold, not by where they stand in the corpus: listed in another
    // order, or renamed, the same reports drew on other sources.
    let keys: Vec<u64> = corpus.articles.par_iter().map(content_key).collect();
    (0..m.articles.len())
        .into_par_iter()
        .map(|i| {
            let date = m.articles[i].date;
            let mut candidates: Vec<_> = m
                .neighbours(i)
                .into_iter()
                .filter(|n| n.cell.contained >= MIN_CONTAINMENT)
                .filter_map(|n| direction((i, n.other), &keys, date, m.articles[n.other].date, &n.cell).map(|b| (n, b)))
                .collect();
            // The most contained first; of sources that hold as much of it (copies of one text), one whose
            // direction is not in doubt, then by content.
            candidates.sort_by(|(x, bx), (y, by)| {
                y.cell
                    .contained
                    .total_cmp(&x.cell.contained)
                    .then(bx.1.is_some().cmp(&by.1.is_some()))
                    .then((keys[x.other], x.other).cmp(&(keys[y.other], y.other)))
            });
            // The most contained candidate that holds enough whole sentences of the article.
            let ((j, cell, (basis, doubt)), (found, total, evidence)) = candidates.into_iter().find_map(|(n, b)| {
                let ev = evidence(corpus, i, n.other);
                (ev.0 >= MIN_SENTENCES).then_some(((n.other, n.cell, b), ev))
            })?;
            Some(Derivation {
                article: i,
                source: j,
                cell,
                basis,
                doubt,
                sentences_found: found,
                sentences: total,
                evidence,
                dates: (date, m.articles[j].date),
            })
        })
        .collect()
}

/// A hash of all an article's text, furniture too: the same for the same report however it is named or
/// listed, and other for two outlets' copies of one story.
fn content_key(article: &Article) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    for i in 0..article.blocks.len() {
        article.block_text(i).hash(&mut h);
    }
    h.finish()
}

/// Whether article `i` can draw on `j`, on what basis, and why that is in doubt, if it is. `keys` break
/// an exact tie of containments ([`content_key`]).
fn direction(
    (i, j): (usize, usize),
    keys: &[u64],
    di: Option<Published>,
    dj: Option<Published>,
    cell: &Cell,
) -> Option<(Basis, Option<Doubt>)> {
    if let Some(order) = di.zip(dj).and_then(|(a, b)| a.order(&b)) {
        return order.is_gt().then_some((Basis::Date, None));
    }
    // Times of one day without a zone. Containment read the other way called a wire the copy of an
    // outlet's evening copy that added paragraphs to it; the clocks of two outlets may differ, but by
    // less than most such mistakes, and the hint says so.
    if let Some(order) = di.zip(dj).and_then(|(a, b)| a.order_by_clock(&b)) {
        return order.is_gt().then_some((Basis::Date, Some(Doubt::UnzonedTimes)));
    }
    let tie = (cell.contained - cell.contains).abs() <= 1e-9;
    let copy = cell.contained > cell.contains + 1e-9 || (tie && (keys[j], j) < (keys[i], i));
    let doubt = if cell.contained - cell.contains < NEAR_TIE {
        Some(Doubt::NearTie)
    } else if cell.contained >= WHOLE {
        Some(Doubt::Whole)
    } else {
        None
    };
    copy.then_some((Basis::Containment, doubt))
}

/// How many of article `i`'s sentences are mostly found in `j`, and the longest of them.
fn evidence(corpus: &Corpus, i: usize, j: usize) -> (usize, usize, Option<String>) {
    let source = super::shingles(corpus.articles[j].sentences.iter().map(|s| &*s.text));
    let mut found = 0;
    let mut best: Option<&str> = None;
    let sentences = &corpus.articles[i].sentences;
    for s in sentences {
        let mut sh = Vec::new();
        sentence_shingles(&s.text, &mut sh);
        if sh.is_empty() {
            continue;
        }
        let hit = sh.iter().filter(|h| source.binary_search(h).is_ok()).count();
        if hit as f64 >= SENTENCE_FOUND * sh.len() as f64 {
            found += 1;
            if best.is_none_or(|b| s.text.len() > b.len()) {
                best = Some(&s.text);
            }
        }
    }
    (found, sentences.len(), best.map(|b| clip(b, EVIDENCE_CHARS)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;

    const SOURCE: &str = "Bridge reopens\n\nThe harbour bridge reopened on Monday after months of repairs to its steel deck.\n\nEngineers said the work had cost far more than the city first planned.\n\nTraffic was light in the morning but grew heavy by the evening rush.";

    fn corpus(a: &str, b: &str) -> Corpus {
        Corpus::from_articles(vec![Article::from_text("a.txt", a, "utf-8"), Article::from_text("b.txt", b, "utf-8")])
    }

    #[test]
    fn the_shorter_copy_draws_on_the_source() {
        let copy = "Bridge news\n\nThe harbour bridge reopened on Monday after months of repairs to its steel deck.\n\nEngineers said the work had cost far more than the city first planned.";
        let c = corpus(SOURCE, copy);
        let m = Matrix::build(&c);
        let d = m.derivations(&c);
        assert!(d[0].is_none());
        let d1 = d[1].as_ref().unwrap();
        assert_eq!((d1.source, d1.basis, d1.sentences_found, d1.sentences), (0, Basis::Containment, 2, 2));
        assert!(d1.evidence.as_deref().unwrap().starts_with("The harbour bridge"));
    }

    #[test]
    fn one_shared_sentence_names_no_source() {
        // Both quote the same public statement; nothing else is shared.
        let other = "Storm news\n\nEngineers said the work had cost far more than the city first planned.\n\nA baker on the quay sold out of bread by noon on the first day.\n\nSchools in the district stay closed until the water goes down.";
        let c = corpus(SOURCE, other);
        let m = Matrix::build(&c);
        assert!(m.cell(1, 0).contained >= MIN_CONTAINMENT, "{:?}", m.cell(1, 0));
        assert!(m.derivations(&c).iter().all(Option::is_none));
    }

    #[test]
    fn a_date_settles_the_direction() {
        let older = format!("3 March 2021\n\n{SOURCE}");
        let newer = "5 March 2021\n\nBridge news\n\nThe harbour bridge reopened on Monday after months of repairs to its steel deck.\n\nEngineers said the work had cost far more than the city first planned.\n\nTraffic was light in the morning but grew heavy by the evening rush.\n\nA baker said she had sold out of bread by noon.";
        // The newer report holds all of the older one; still the date says the newer draws on the older.
        let c = corpus(newer, &older);
        let m = Matrix::build(&c);
        let d = m.derivations(&c);
        assert_eq!(d[0].as_ref().map(|d| (d.source, d.basis)), Some((1, Basis::Date)));
        assert!(d[1].is_none());
    }

    #[test]
    fn a_time_settles_the_direction_of_reports_of_one_day() {
        // The later report holds all of the earlier one and more, so containment alone would call the
        // earlier the copy; the times, in one zone and in two, say otherwise.
        for (early, late) in [("11:42 GMT", "13:05 GMT"), ("12:30 CET", "12:05 GMT")] {
            let older = format!("3 March 2026 {early}\n\n{SOURCE}");
            let newer = format!(
                "3 March 2026 {late}\n\nBridge news\n\nThe harbour bridge reopened on Monday after months of repairs to its steel deck.\n\nEngineers said the work had cost far more than the city first planned.\n\nTraffic was light in the morning but grew heavy by the evening rush.\n\nA baker said she had sold out of bread by noon."
            );
            let c = corpus(&newer, &older);
            let m = Matrix::build(&c);
            let d = m.derivations(&c);
            assert_eq!(d[0].as_ref().map(|d| (d.source, d.basis)), Some((1, Basis::Date)), "{early} {late}");
            assert!(d[1].is_none());
        }
        // Times without a zone order the two too, but in doubt: two outlets' clocks may differ.
        let older = format!("3 March 2026 11:42\n\n{SOURCE}");
        let newer = "3 March 2026 13:05\n\nBridge news\n\nThe harbour bridge reopened on Monday after months of repairs to its steel deck.\n\nEngineers said the work had cost far more than the city first planned.\n\nTraffic was light in the morning but grew heavy by the evening rush.\n\nA baker said she had sold out of bread by noon.";
        let c = corpus(newer, &older);
        let d = Matrix::build(&c).derivations(&c);
        assert_eq!(
            d[0].as_ref().map(|d| (d.source, d.basis, d.doubt)),
            Some((1, Basis::Date, Some(Doubt::UnzonedTimes)))
        );
        assert!(d[1].is_none());
    }

    #[test]
    fn the_order_reports_are_listed_in_names_no_other_source() {
        // Two outlets' copies of one text, and a brief that holds two of its sentences: each copy holds as
        // much of the brief. Listed one way and the other, the brief draws on the same copy, and the two
        // copies draw one on the other the same way.
        let copy = format!("Home page | World | Sport\n\n{SOURCE}");
        let brief = "Bridge news\n\nThe harbour bridge reopened on Monday after months of repairs to its steel deck.\n\nEngineers said the work had cost far more than the city first planned.";
        let texts = [("one.txt", SOURCE), ("two.txt", copy.as_str()), ("brief.txt", brief)];
        let claims = |order: &[usize]| {
            let c = Corpus::from_articles(
                order.iter().map(|&k| Article::from_text(texts[k].0, texts[k].1, "utf-8")).collect(),
            );
            let d = Matrix::build(&c).derivations(&c);
            let mut out: Vec<(String, String)> = d
                .iter()
                .flatten()
                .map(|d| (c.articles[d.article].id.clone(), c.articles[d.source].id.clone()))
                .collect();
            out.sort();
            out
        };
        let forward = claims(&[0, 1, 2]);
        assert_eq!(forward.len(), 2, "{forward:?}");
        assert_eq!(forward, claims(&[2, 1, 0]));
        assert_eq!(forward, claims(&[1, 2, 0]));
    }

    #[test]
    fn without_dates_an_article_found_whole_in_another_is_in_doubt() {
        // The source holds all of the copy: the copy may be an excerpt of it, or the source the copy with
        // a paragraph added. Containment calls the shorter the copy, and says it cannot be sure.
        let copy = "Bridge news\n\nThe harbour bridge reopened on Monday after months of repairs to its steel deck.\n\nEngineers said the work had cost far more than the city first planned.";
        let c = corpus(SOURCE, copy);
        let d = Matrix::build(&c).derivations(&c);
        assert_eq!(d[1].as_ref().map(|d| (d.source, d.doubt)), Some((0, Some(Doubt::Whole))));
        // An exact copy is a tie.
        let c = corpus(SOURCE, SOURCE);
        let d = Matrix::build(&c).derivations(&c);
        assert_eq!(d.iter().flatten().map(|d| d.doubt).collect::<Vec<_>>(), [Some(Doubt::NearTie)]);
    }
}
