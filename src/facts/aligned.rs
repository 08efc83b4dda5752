//! Numbers and quotations the reports of a corpus replace one for another in sentences that say the same
//! thing: which pairs of reports are aligned for them, and which facts their alignments join.
//!
//! The ledger joins two reports' numbers when they count one noun in like words. A figure changed in a
//! reworded sentence may share neither ("would cut about 1,200 jobs", "would eliminate roughly 1,500
//! positions"; "the strongest of magnitude 4.8", "the largest of magnitude 4.6"): only the alignment of the
//! two reports says that the sentences are one, as it does for a pair's facts ([`super::compare_with`]).
//! So with a quotation that an outlet changed a word of ("a disgrace", "a tragedy").

use super::pair::replaced_keys;
use super::{Fact, FactKind};
use crate::corpus::Article;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Up to this many reports every pair is aligned: at most 120 comparisons of reports of a story.
const EVERY_PAIR_UP_TO: usize = 16;
/// Beyond that, each report is aligned with this many others, those it shares most facts with: a pair of
/// reports that share little is unlikely to say one thing in two ways, and every pair of a large corpus
/// would be millions of comparisons.
const NEAREST: usize = 2;
/// A fact more reports than this carry says nothing about which of them are near.
const MAX_CARRIERS: usize = 64;

/// Two numbers or two quotations (the kind), each by its report (an index into the articles) and its key,
/// that one pair of aligned sentences replaces one for the other.
pub(super) type Replaced = (FactKind, [(usize, String); 2]);

/// What the aligned pairs of the reports chosen to be aligned replace one for another.
#[derive(Debug, Default)]
pub(super) struct Across {
    /// Facts one report alone gives, replaced by one the other alone gives.
    pub replaced: Vec<Replaced>,
    /// Numbers changed where the report that changed one gives the old figure elsewhere ("a fund of €2.5
    /// million" for "€1.5 million", in a report that puts the damage at "1.5 million euros"; "1,520
    /// households" in a lede under a headline that keeps "1,250"). Both are that report's, yet one
    /// number altered: the ledger joins them though it keeps apart two figures one report gives.
    pub in_place: Vec<Replaced>,
}

/// The facts replaced one for another in the aligned pairs of the reports chosen to be aligned.
/// `facts` are each article's, as [`super::extract_all`] gives them.
pub(super) fn replaced_across(articles: &[&Article], facts: &[Vec<Fact>]) -> Across {
    let pairs = pairs_to_align(facts);
    let found: Vec<(Vec<Replaced>, Vec<Replaced>)> = pairs
        .par_iter()
        .map(|&(x, y)| {
            let (replaced, in_place) = replaced_keys([articles[x], articles[y]], [&facts[x], &facts[y]]);
            let replaced = replaced.into_iter().map(|(kind, [kx, ky])| (kind, [(x, kx), (y, ky)])).collect();
            let in_place = in_place.into_iter().map(|[kx, ky]| (FactKind::Number, [(x, kx), (y, ky)])).collect();
            (replaced, in_place)
        })
        .collect();
    let mut across = Across::default();
    for (replaced, in_place) in found {
        across.replaced.extend(replaced);
        across.in_place.extend(in_place);
    }
    across
}

/// The pairs of reports to align, each `(x, y)` with `x < y`, ascending.
fn pairs_to_align(facts: &[Vec<Fact>]) -> Vec<(usize, usize)> {
    let n = facts.len();
    if n <= EVERY_PAIR_UP_TO {
        return (0..n).flat_map(|x| (x + 1..n).map(move |y| (x, y))).collect();
    }
    // The reports that carry each fact, once each.
    let mut carriers: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, fs) in facts.iter().enumerate() {
        for f in fs {
            let list = carriers.entry(f.key.as_str()).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let mut by_report: Vec<Vec<usize>> = vec![Vec::new(); n];
    for list in carriers.values().filter(|l| l.len() <= MAX_CARRIERS) {
        for &i in list {
            by_report[i].extend(list.iter().copied().filter(|&j| j != i));
        }
    }
    let mut pairs: Vec<(usize, usize)> = by_report
        .into_par_iter()
        .enumerate()
        .flat_map_iter(|(i, mut others)| {
            others.sort_unstable();
            // Each other report with the number of facts it shares with this one, most first.
            let mut shared: Vec<(usize, usize)> =
                others.chunk_by(|a, b| a == b).map(|run| (run.len(), run[0])).collect();
            shared.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            shared.into_iter().take(NEAREST).map(move |(_, j)| (i.min(j), i.max(j)))
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::FactKind;

    /// A report's facts: an entity for each key.
    fn facts(keys: &[&str]) -> Vec<Fact> {
        keys.iter()
            .map(|k| Fact {
                kind: FactKind::Entity,
                text: k.to_string(),
                key: k.to_string(),
                sentence: 0,
                value: String::new(),
                unit: String::new(),
                context: Vec::new(),
                person: false,
                speaker: None,
                role: None,
            })
            .collect()
    }

    #[test]
    fn the_reports_of_one_story_are_aligned_in_every_pair() {
        let reports: Vec<Vec<Fact>> = (0..4).map(|_| facts(&["kyiv"])).collect();
        assert_eq!(pairs_to_align(&reports), [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]);
    }

    #[test]
    fn in_a_large_corpus_each_report_is_aligned_with_those_it_shares_most_with() {
        // Two stories: reports 0..10 share "harbour" and, in twos, a name of their own; reports 10..20
        // share "valley". Report 20 shares nothing.
        let mut reports: Vec<Vec<Fact>> = Vec::new();
        for i in 0..10 {
            let own = format!("crew{}", i / 2);
            reports.push(facts(&["harbour", &own]));
        }
        for _ in 10..20 {
            reports.push(facts(&["valley"]));
        }
        reports.push(facts(&["desert"]));
        let pairs = pairs_to_align(&reports);
        // Each report of the first story is aligned with its twin, which shares two facts with it.
        for i in (0..10).step_by(2) {
            assert!(pairs.contains(&(i, i + 1)), "{i}: {pairs:?}");
        }
        assert!(pairs.iter().all(|&(x, y)| x < y && (x < 10) == (y < 10) && y < 20), "{pairs:?}");
        assert!(pairs.len() <= 2 * 20, "{pairs:?}");
        assert!(pairs.windows(2).all(|w| w[0] < w[1]), "sorted, each once: {pairs:?}");
    }
}
