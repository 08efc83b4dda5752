//! Derivation hints: which report an article most likely draws on.
//!
//! An article draws on the report that holds most of its wording. Containment alone cannot tell copy from
//! source when both hold much of each other, so a publication date settles the direction when both have
//! one (to the minute, when both print a time in a named zone); otherwise the article more contained in the
//! other is taken as the copy (a copy keeps less of its own). Each hint says when its direction is in
//! doubt ([`Doubt`]), as it is whenever containment decides: an article found whole in another may be an
//! excerpt of it, or the other may be the article with paragraphs added.

use super::shingles::sentence_shingles;
use super::{Cell, Matrix, Neighbour, Published};
use crate::corpus::{Article, Corpus};
use rayon::prelude::*;
use serde::Serialize;
use std::hash::{Hash, Hasher};

/// Share of an article that must be found in another for it to count as drawing on it.
pub const MIN_CONTAINMENT: f64 = 0.2;
/// Sentences of an article that must be mostly found in another for it to count as drawing on it: one
/// shared sentence is often a public statement both quote, not a sign of copying.
pub const MIN_SENTENCES: usize = 2;
/// A sentence counts as found in the source when this share of its shingles is there.
const SENTENCE_FOUND: f64 = 0.5;
/// Without dates, containments closer than this say nothing reliable about which way the copying went.
const NEAR_TIE: f64 = 0.1;
/// An article this much of which is found in another is found there whole: the other may be its source,
/// or the article itself with more added.
const WHOLE: f64 = 0.9;
/// Where containment cannot tell, the two reports' summed similarities to the rest of the corpus must be
/// this far apart for the nearer to be taken as the source.
const NEARER: f64 = 0.05;
/// Two reports too close to call are versions of one text when each holds this much of the other: a
/// rewrite that keeps half of a wire and adds its own reporting still does.
const NEAR_COPIES: f64 = 0.4;
/// Another possible source that holds an article's wording within this share of the named source's holds
/// about as much of it: a rewrite found 25% in an outlet's reprint and 24% in the wire behind it may have
/// drawn on either. The named source stays (a few changed words a copy passed on are real evidence), and
/// the hint names the others, so that a reader is not told one where shingles cannot choose.
pub const NEAR_SOURCE: f64 = 0.03;

/// What settled the direction of a derivation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The source carries an earlier date, or an earlier time the same day.
    Date,
    /// No usable dates: the article is more contained in the source than the source in it.
    Containment,
    /// No usable dates, and containment cannot tell (a near tie, or one found whole in the other): the
    /// source is nearer the corpus's other reports than the article is.
    Others,
    /// No usable dates, and the source is a press release, as its page marks it ([`is_release`]): the
    /// outlets rewrite a release, and a release draws on no outlet.
    Release,
}

/// Why the direction of a hint is in doubt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Doubt {
    /// Without dates, the two containments are too close to call: the two may share a third source, or
    /// either may have copied the other.
    NearTie,
    /// Without dates, one of the two is found whole in the other: the smaller may be an excerpt of the
    /// larger (an aggregator's), or the larger the smaller with paragraphs added (an outlet's copy of a wire).
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
            Doubt::Whole => "one is found whole in the other: an excerpt, or a copy with more added",
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
    /// The longest sentence of the article found in the source, whole (a printer for readers clips it).
    pub evidence: Option<String>,
    /// When the article and the source say they were published, when known.
    pub dates: (Option<Published>, Option<Published>),
    /// Other reports the article could draw on that hold about as much of it ([`NEAR_SOURCE`]), with how
    /// much of it each holds, the most first.
    pub also: Vec<(usize, f64)>,
}

impl Derivation {
    /// Why the hint's direction is uncertain, in words ending "direction uncertain", when it is: the
    /// doubt, and for a direction the rest of the corpus settled, that.
    pub fn uncertainty(&self) -> Option<String> {
        let doubt = self.doubt.map(Doubt::reason);
        match (self.basis, doubt) {
            (Basis::Others, Some(why)) => {
                Some(format!("{why}, the source is nearer the other reports: direction uncertain"))
            }
            (Basis::Others, None) => Some("the source is nearer the other reports: direction uncertain".into()),
            (_, Some(why)) => Some(format!("{why}: direction uncertain")),
            (_, None) => None,
        }
    }
}

/// A derivation's other near sources ([`Derivation::also`]) in words, for a reader, as the text output and
/// the TUI give them: the first few by `name` with the share of the article each holds ("01_wire (24%),
/// 05_copy (24%)"), then how many more. A corpus of many copies of one wire gives a rewrite dozens; the
/// first few say enough, and keep the line one line wide.
pub fn near_sources_in_words<'a>(also: &[(usize, f64)], name: impl Fn(usize) -> &'a str) -> String {
    const NAMED: usize = 3;
    let mut out: Vec<String> =
        also.iter().take(NAMED).map(|&(k, held)| format!("{} ({:.0}%)", name(k), held * 100.0)).collect();
    if also.len() > NAMED {
        out.push(format!("{} more", also.len() - NAMED));
    }
    match out.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => out.concat(),
    }
}

/// A candidate source of an article: the other report, the pair seen from the article, and the direction's
/// basis and doubt.
type Candidate = (Neighbour, Basis, Option<Doubt>);

pub(super) fn derive(m: &Matrix, corpus: &Corpus) -> Vec<Option<Derivation>> {
    // Ties are broken by what the reports hold, not by where they stand in the corpus: listed in another
    // order, or renamed, the same reports drew on other sources.
    let keys: Vec<u64> = corpus.articles.par_iter().map(content_key).collect();
    let releases: Vec<bool> = corpus.articles.par_iter().map(is_release).collect();
    let nearness = nearness(m);
    let candidates: Vec<Vec<Candidate>> = (0..m.articles.len())
        .into_par_iter()
        .map(|i| {
            let date = m.articles[i].date;
            let mut candidates: Vec<Candidate> = m
                .neighbours(i)
                .into_iter()
                .filter(|n| n.cell.contained >= MIN_CONTAINMENT)
                .filter_map(|n| {
                    let dates = (date, m.articles[n.other].date);
                    let releases = (releases[i], releases[n.other]);
                    direction((i, n.other), (&keys, &nearness), dates, releases, &n.cell).map(|(b, d)| (n, b, d))
                })
                .collect();
            // The most contained first; of sources that hold as much of it (copies of one text), one whose
            // direction is not in doubt, then by content.
            candidates.sort_by(|(x, _, dx), (y, _, dy)| {
                y.cell
                    .contained
                    .total_cmp(&x.cell.contained)
                    .then(dx.is_some().cmp(&dy.is_some()))
                    .then((keys[x.other], x.other).cmp(&(keys[y.other], y.other)))
            });
            candidates
        })
        .collect();
    // The most contained candidate that holds enough whole sentences of the article.
    let claim = |i: usize, c: &Candidate| claim(m, corpus, i, c);
    let mut claims: Vec<Option<Derivation>> =
        candidates.par_iter().enumerate().map(|(i, cands)| cands.iter().find_map(|c| claim(i, c))).collect();
    break_loops(&mut claims, &candidates, claim);
    prefer_upstream(&mut claims, &candidates, claim);
    near_sources(&mut claims, &candidates);
    claims
}

/// The claim that article `i` draws on candidate `c`, when `c` holds enough whole sentences of it.
fn claim(m: &Matrix, corpus: &Corpus, i: usize, &(n, basis, doubt): &Candidate) -> Option<Derivation> {
    let (found, total, evidence) = evidence(corpus, i, n.other);
    (found >= MIN_SENTENCES).then(|| Derivation {
        article: i,
        source: n.other,
        cell: n.cell,
        basis,
        doubt,
        sentences_found: found,
        sentences: total,
        evidence,
        dates: (m.articles[i].date, m.articles[n.other].date),
        also: Vec::new(),
    })
}

/// Fill in each claim's [`Derivation::also`]: the article's other candidates whose share of it is within
/// [`NEAR_SOURCE`] of the named source's. Left out are those that draw on the article, which cannot be its
/// source, and those that draw on the named source and hold no more of the article: a copy of a wire
/// holds all the wire does of a report, and naming each of a wire's copies beside it under every report
/// drawn from it said nothing. A source the named one draws on comes first: that is the likelier doubt.
fn near_sources(claims: &mut [Option<Derivation>], candidates: &[Vec<Candidate>]) {
    let also: Vec<Vec<(usize, f64)>> = claims
        .iter()
        .zip(candidates)
        .enumerate()
        .map(|(i, (d, cands))| {
            let Some(d) = d else { return Vec::new() };
            let held = d.cell.contained;
            let mut near: Vec<(usize, f64)> = cands
                .iter()
                .map(|(n, ..)| (n.other, n.cell.contained))
                .filter(|&(k, share)| k != d.source && share >= held - NEAR_SOURCE)
                .filter(|&(k, _)| !leads_to(claims, k, i))
                .filter(|&(k, share)| share > held + 1e-9 || !leads_to(claims, k, d.source))
                .collect();
            // Stable: the candidates' order (most contained first) stands among the rest.
            near.sort_by_key(|&(k, _)| !leads_to(claims, d.source, k));
            near
        })
        .collect();
    for (d, also) in claims.iter_mut().zip(also) {
        if let Some(d) = d {
            d.also = also;
        }
    }
}

/// Each article's summed similarity to every other report: a wire stays nearest all its copies, since each
/// changes it in its own way, where a copy is near the others only through the wire.
fn nearness(m: &Matrix) -> Vec<f64> {
    let mut near = vec![0.0; m.articles.len()];
    for p in &m.pairs {
        near[p.a] += p.similarity;
        near[p.b] += p.similarity;
    }
    near
}

/// Undo claims that go round in a circle ("a draws on d, d on b, b on a"): each article picks its source
/// alone, and containments of near copies, or a date against containment, need not agree around a loop.
/// The most doubtful claim of each loop gives way to its article's next candidate that closes no loop, or
/// to none.
fn break_loops(
    claims: &mut [Option<Derivation>],
    candidates: &[Vec<Candidate>],
    claim: impl Fn(usize, &Candidate) -> Option<Derivation>,
) {
    while let Some(circle) = find_loop(claims) {
        let weakest = circle
            .iter()
            .copied()
            .max_by(|&x, &y| {
                // Every article of a loop has a claim.
                let key = |k: usize| {
                    claims[k]
                        .as_ref()
                        .map(|d| (doubt_rank(d.doubt), d.basis != Basis::Date, d.cell.contains - d.cell.contained))
                };
                key(x).partial_cmp(&key(y)).unwrap_or(std::cmp::Ordering::Equal).then(y.cmp(&x))
            })
            .expect("a loop has members");
        let given_up = claims[weakest].take().map(|d| d.source);
        let cands = &candidates[weakest];
        let after = cands.iter().position(|c| Some(c.0.other) == given_up).map_or(cands.len(), |k| k + 1);
        claims[weakest] =
            cands[after..].iter().filter(|c| !leads_to(claims, c.0.other, weakest)).find_map(|c| claim(weakest, c));
    }
}

/// Of two sources that hold as much of an article, the one the other draws on: an outlet's copy of a wire
/// that adds paragraphs holds all the wire does of a third report, which drew on the wire or on the copy,
/// and the wire is the likelier.
fn prefer_upstream(
    claims: &mut [Option<Derivation>],
    candidates: &[Vec<Candidate>],
    claim: impl Fn(usize, &Candidate) -> Option<Derivation>,
) {
    // Each change moves a claim one step up a chain of claims, which has fewer steps than there are
    // articles; the bound only guards against a loop of equal containments.
    for _ in 0..claims.len() {
        let mut changed = false;
        for i in 0..claims.len() {
            let Some(d) = claims[i].as_ref() else { continue };
            let Some(up) = claims[d.source].as_ref().map(|s| s.source) else { continue };
            let held = d.cell.contained;
            let better = candidates[i]
                .iter()
                .find(|c| c.0.other == up && c.0.cell.contained >= held - 1e-9)
                .filter(|_| !leads_to(claims, up, i))
                .and_then(|c| claim(i, c));
            if let Some(better) = better {
                claims[i] = Some(better);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// How much doubt a claim carries, for choosing which claim of a loop gives way: none least.
fn doubt_rank(doubt: Option<Doubt>) -> u8 {
    match doubt {
        None => 0,
        Some(Doubt::UnzonedTimes) => 1,
        Some(Doubt::Whole) => 2,
        Some(Doubt::NearTie) => 3,
    }
}

/// The articles of a loop of claims, if there is one.
fn find_loop(claims: &[Option<Derivation>]) -> Option<Vec<usize>> {
    // 0: not visited; 1: on the path being walked; 2: done.
    let mut state = vec![0u8; claims.len()];
    for start in 0..claims.len() {
        let mut path = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            match state[i] {
                0 => {
                    state[i] = 1;
                    path.push(i);
                    at = claims[i].as_ref().map(|d| d.source);
                }
                1 => return Some(path[path.iter().position(|&k| k == i).unwrap_or(0)..].to_vec()),
                _ => break,
            }
        }
        path.iter().for_each(|&k| state[k] = 2);
    }
    None
}

/// Whether following the claims from `from` reaches `to`.
fn leads_to(claims: &[Option<Derivation>], from: usize, to: usize) -> bool {
    let mut at = Some(from);
    // Bounded: other loops may not be broken yet.
    for _ in 0..=claims.len() {
        match at {
            Some(i) if i == to => return true,
            Some(i) => at = claims[i].as_ref().map(|d| d.source),
            None => return false,
        }
    }
    false
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

/// Whether article `i` can draw on `j`, on what basis, and why that is in doubt, if it is. Without dates,
/// when containment cannot tell, the report nearer the rest of the corpus is the source (`nearness`), and
/// failing that `keys` break the tie ([`content_key`]).
fn direction(
    (i, j): (usize, usize),
    (keys, nearness): (&[u64], &[f64]),
    (di, dj): (Option<Published>, Option<Published>),
    (release_i, release_j): (bool, bool),
    cell: &Cell,
) -> Option<(Basis, Option<Doubt>)> {
    if let Some(order) = di.zip(dj).and_then(|(a, b)| a.order(&b)) {
        return order.is_gt().then_some((Basis::Date, None));
    }
    // A release and a report of it, with no dates to order them: the wire that rewrote a union's release
    // adds to it, so the release was more contained in the wire, and read as its copy.
    if release_i != release_j {
        return release_j.then_some((Basis::Release, None));
    }
    // Times of one day without a zone. Containment read the other way called a wire the copy of an
    // outlet's evening copy that added paragraphs to it; the clocks of two outlets may differ, but by
    // less than most such mistakes, and the hint says so.
    if let Some(order) = di.zip(dj).and_then(|(a, b)| a.order_by_clock(&b)) {
        return order.is_gt().then_some((Basis::Date, Some(Doubt::UnzonedTimes)));
    }
    let doubt = if (cell.contained - cell.contains).abs() < NEAR_TIE {
        Some(Doubt::NearTie)
    } else if cell.contained.max(cell.contains) >= WHOLE {
        Some(Doubt::Whole)
    } else {
        None
    };
    // Two near copies of one text, or one found whole in the other: which holds more of the other says
    // little. The other reports do, when the corpus has some: copies made from a wire each change it their
    // own way, and stay nearer the wire than each other; an excerpt is nearer to nothing than the whole.
    // Two reports that share a sentence or two are no copies of one text, and the rest of the corpus says
    // nothing of which came first.
    let copies = doubt == Some(Doubt::Whole) || cell.contained.min(cell.contains) >= NEAR_COPIES;
    let others = (nearness[i] - cell.similarity, nearness[j] - cell.similarity);
    if doubt.is_some() && copies && (others.0 - others.1).abs() >= NEARER {
        return (others.0 < others.1).then_some((Basis::Others, doubt));
    }
    let tie = (cell.contained - cell.contains).abs() <= 1e-9;
    let copy = cell.contained > cell.contains + 1e-9 || (tie && (keys[j], j) < (keys[i], i));
    copy.then_some((Basis::Containment, doubt))
}

/// Whether a report is a press release, as its page marks it in lines set apart from the story: "For
/// immediate release", "Notes to editors", "Media contact: …". Outlets that report a release quote its
/// words, never these lines; a news site's menu may list its "Press releases", so those words alone tell
/// nothing.
pub(crate) fn is_release(article: &Article) -> bool {
    const MARKS: &[&str] = &[
        "for immediate release",
        "embargoed until",
        "notes to editors",
        "note to editors",
        "notes for editors",
        "media contact",
        "press contact",
        "media enquiries",
        "media inquiries",
        "press enquiries",
        "press inquiries",
    ];
    article.boilerplate().any(|(b, _)| {
        let text = b.text.trim();
        text.split_whitespace().nth(RELEASE_LINE_WORDS).is_none() && {
            let lower = text.to_lowercase();
            MARKS.iter().any(|m| lower.contains(m))
        }
    })
}

/// The most words of a line that marks a press release ([`is_release`]): its head ("Press release | 7 May
/// 2024 | For immediate release") or a heading.
const RELEASE_LINE_WORDS: usize = 12;

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
    (found, sentences.len(), best.map(str::to_string))
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
    fn a_report_of_a_release_draws_on_the_release_though_it_holds_more() {
        let release = "Harbour bridge to reopen on Monday\nPress release | For immediate release\n\nThe harbour bridge \
will reopen on Monday after months of repairs to its steel deck, the city council said.\n\nEngineers said the work \
had cost far more than the city first planned.\n\nNotes to editors\n\nMedia contact: Council press office\n";
        let wire = "Harbour bridge reopens after costly repairs\n\nThe harbour bridge will reopen on Monday after months \
of repairs to its steel deck, the city council said.\n\nEngineers said the work had cost far more than the city \
first planned.\n\nShopkeepers on the quay said the closure had cost them half their trade since the autumn.\n\n\
The council has not said who will pay for the overrun, which opposition members put at several million.\n\n\
Ferries that ran in the bridge's place will stop at the end of the month.";
        let c = corpus(wire, release);
        assert!(is_release(&c.articles[1]) && !is_release(&c.articles[0]));
        let m = Matrix::build(&c);
        let d = m.derivations(&c);
        assert_eq!(d[0].as_ref().map(|d| (d.source, d.basis)), Some((1, Basis::Release)), "{d:?}");
        assert!(d[1].is_none(), "{d:?}");
        // Without the release's marks, the one more contained in the other is the copy.
        let plain = release
            .replace("Press release | For immediate release\n", "")
            .replace("Notes to editors\n\nMedia contact: Council press office\n", "");
        let c = corpus(wire, &plain);
        let d = Matrix::build(&c).derivations(&c);
        assert_eq!(d[1].as_ref().map(|d| (d.source, d.basis)), Some((0, Basis::Containment)), "{d:?}");
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

    /// A wire of eight paragraphs, with paragraph `k` replaced by `with` where given.
    fn wire(change: Option<(usize, &str)>) -> String {
        let paragraphs = [
            "Gregor Haldane was found guilty at the crown court of taking deposits from buyers for the quay flats.",
            "The jury took four hours to reach its verdict after a trial that lasted three weeks in the spring.",
            "Prosecutors said the developer had spent the money on cars, horses and a villa on the southern coast.",
            "Work on the site stopped two years ago, when only the foundations of the first block had been laid.",
            "One buyer told the court she had lost her savings and now rents a small flat with her two children.",
            "The judge said the developer had shown a callous disregard for the families who trusted him.",
            "Haldane, who denied every charge, will be sentenced next month and was remanded in custody.",
            "Police said the inquiry had taken four years and had traced payments through eleven bank accounts.",
        ];
        let mut out = String::from("Developer guilty of quay flats fraud");
        for (k, p) in paragraphs.iter().enumerate() {
            out.push_str("\n\n");
            out.push_str(change.filter(|c| c.0 == k).map_or(p, |c| c.1));
        }
        out
    }

    /// Every claim of a corpus of `texts` listed in `order`, as (article, source) names, sorted.
    fn claims_of(texts: &[(&str, String)], order: &[usize]) -> Vec<(String, String)> {
        let c = Corpus::from_articles(
            order.iter().map(|&k| Article::from_text(texts[k].0, &texts[k].1, "utf-8")).collect(),
        );
        let d = Matrix::build(&c).derivations(&c);
        let mut out: Vec<(String, String)> =
            d.iter().flatten().map(|d| (c.articles[d.article].id.clone(), c.articles[d.source].id.clone())).collect();
        out.sort();
        out
    }

    fn named(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn copies_of_a_wire_that_each_change_it_draw_on_the_wire() {
        // No dates, and each copy holds as much of the wire as the wire of it: containment cannot tell. Each
        // copy changed another paragraph, so the wire is the report nearest all the others.
        let texts = [
            ("wire", wire(None)),
            (
                "one",
                wire(Some((1, "The jurors deliberated for most of an afternoon before they returned with a verdict."))),
            ),
            ("two", wire(Some((4, "A pensioner said in evidence that she had handed over everything she had saved.")))),
            (
                "three",
                wire(Some((6, "He had pleaded not guilty, and the judge kept him in jail until the sentencing."))),
            ),
        ];
        let expected = named(&[("one", "wire"), ("three", "wire"), ("two", "wire")]);
        for order in [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]] {
            assert_eq!(claims_of(&texts, &order), expected, "listed as {order:?}");
        }
    }

    #[test]
    fn claims_never_go_round_in_a_circle() {
        // The wire and an evening copy that adds two paragraphs carry times; a third copy carries only the
        // day, so no date orders it. The times say the evening copy drew on the wire, and the third copy
        // holds as much of the evening copy as of the wire. Containment alone once made the wire draw on
        // the third copy, the third copy on the evening copy, and the evening copy on the wire.
        let evening = format!(
            "{}\n\nThe developer's barrister said an appeal against the verdict would be lodged within weeks.\n\nA hearing to recover the money for the buyers will take place in the summer.",
            wire(None)
        );
        let moved = {
            let mut w = wire(Some((
                3,
                "Building stopped two years ago with nothing more than foundations in place, jurors heard.",
            )));
            w.push_str("\n\nOne more family said they had been told nothing about the delays until the site closed.");
            w
        };
        let texts = [
            ("wire", format!("12 March 2025 14:05 GMT\n\n{}", wire(None))),
            ("evening", format!("12 March 2025 16:20 GMT\n\n{evening}")),
            ("third", format!("12 March 2025\n\n{moved}")),
        ];
        for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0]] {
            let claims = claims_of(&texts, &order);
            assert!(claims.iter().all(|(a, _)| a != "wire"), "{claims:?}, listed as {order:?}");
            assert!(claims.contains(&("evening".into(), "wire".into())), "{claims:?}");
        }
    }

    #[test]
    fn a_source_that_holds_about_as_much_is_named_beside_the_source() {
        // A reprint of the wire adds a word to one sentence and a paragraph at the end. A rewrite dated
        // after both keeps three of the reprint's sentences, the changed one too: the reprint holds a little
        // more of it, the wire nearly as much, and either may be its source.
        let own = "Buyers gathered outside the court and some of them wept as the verdict was read.\n\nA lawyer for several families said they would now try to recover what they paid.\n\nThe council said it would look at whether the site could be sold to another builder.\n\nNeighbours of the empty site said it had become a danger to children who played there.";
        let added = "A hearing to recover the money for the buyers will take place in the summer.";
        let villa = "Prosecutors said the developer had spent the money on cars, horses and a villa on the southern Spanish coast.";
        let reprint = format!("12 March 2025 16:20 GMT\n\n{}\n\n{added}", wire(Some((2, villa))));
        let rewrite = |from: &str, extra: &str| {
            let kept: Vec<&str> = from.split("\n\n").skip(2).take(3).collect();
            format!(
                "13 March 2025 09:00 GMT\n\nWhat the quay flats verdict means\n\n{}\n\n{extra}{own}",
                kept.join("\n\n")
            )
        };
        let claim = |rewrite: String| {
            let texts = [
                ("wire", format!("12 March 2025 14:05 GMT\n\n{}", wire(None))),
                ("reprint", reprint.clone()),
                ("rewrite", rewrite),
            ];
            let c = Corpus::from_articles(texts.iter().map(|(n, t)| Article::from_text(*n, t, "utf-8")).collect());
            let d = Matrix::build(&c).derivations(&c);
            let r = d[2].as_ref().expect("the rewrite draws on a report");
            let near: Vec<&str> = r.also.iter().map(|&(k, _)| c.articles[k].path.as_str()).collect();
            (c.articles[r.source].path.clone(), near.join(","))
        };
        let named = |source: &str, near: &str| (source.to_string(), near.to_string());
        assert_eq!(claim(rewrite(&reprint, "")), named("reprint", "wire"));
        // With the reprint's own paragraph, the reprint holds clearly more, and stands alone.
        assert_eq!(claim(rewrite(&reprint, &format!("{added}\n\n"))), named("reprint", ""));
        // In the wire's words, the wire holds all the reprint does: the reprint, a copy of it, is no second
        // source to name.
        let from_wire = format!("12 March 2025 14:05 GMT\n\n{}", wire(None));
        assert_eq!(claim(rewrite(&from_wire, "")), named("wire", ""));
    }

    #[test]
    fn the_most_doubtful_claim_of_a_loop_gives_way_to_a_next_candidate() {
        let cell = |contained: f64| Cell { similarity: 0.5, contained, contains: 0.5, shared: 10 };
        let candidate = |other: usize, basis, doubt| (Neighbour { other, cell: cell(0.8) }, basis, doubt);
        let to = |article: usize, &(n, basis, doubt): &Candidate| Derivation {
            article,
            source: n.other,
            cell: n.cell,
            basis,
            doubt,
            sentences_found: 3,
            sentences: 4,
            evidence: None,
            dates: (None, None),
            also: Vec::new(),
        };
        // 0 draws on 1 by date, 1 on 2 by containment, 2 on 0 too close to call; 2 could also draw on 3, or
        // on 1, which would close a loop again.
        let candidates = vec![
            vec![candidate(1, Basis::Date, None)],
            vec![candidate(2, Basis::Containment, None)],
            vec![
                candidate(0, Basis::Containment, Some(Doubt::NearTie)),
                candidate(1, Basis::Containment, None),
                candidate(3, Basis::Containment, None),
            ],
            vec![],
        ];
        let mut claims: Vec<Option<Derivation>> =
            candidates.iter().enumerate().map(|(i, c)| c.first().map(|c| to(i, c))).collect();
        assert_eq!(
            find_loop(&claims).map(|mut l| {
                l.sort();
                l
            }),
            Some(vec![0, 1, 2])
        );
        break_loops(&mut claims, &candidates, |i, c| Some(to(i, c)));
        let sources: Vec<Option<usize>> = claims.iter().map(|d| d.as_ref().map(|d| d.source)).collect();
        assert_eq!(sources, [Some(1), Some(2), Some(3), None]);
        assert_eq!(find_loop(&claims), None);
    }
}
