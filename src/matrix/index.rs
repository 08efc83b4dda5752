//! The inverted index: every `(shingle, article)` in one sorted array, so the articles sharing a shingle are
//! one contiguous run. Each article then counts, in parallel, how many of its shingles each later article
//! shares: exact counts in time proportional to the shared wording, with no all-pairs loop.

use super::shingles::shingles;
use super::{Options, Progress};
use crate::corpus::Article;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Progress is reported about this many times per stage.
const STEPS: usize = 100;

/// The sorted, distinct shingles of every article's body.
/// Articles shingled at a time while the index is built: only one batch's shingle lists are held at once,
/// beside the index, instead of every article's.
const BATCH: usize = 1024;

/// The corpus index: every `(shingle, article)` as one `u64` (shingle in the high half), sorted, and each
/// article's number of distinct shingles.
pub(super) fn build(articles: &[Article], progress: &(dyn Fn(Progress) + Sync)) -> (Vec<u64>, Vec<usize>) {
    let done = AtomicUsize::new(0);
    let total = articles.len();
    // Distinct shingles never outnumber words: one allocation, no doubling past the final size.
    let mut index: Vec<u64> = Vec::with_capacity(articles.iter().map(Article::word_count).sum());
    let mut sizes = Vec::with_capacity(total);
    for (b, batch) in articles.chunks(BATCH).enumerate() {
        let sets: Vec<Vec<u32>> = batch
            .par_iter()
            .map(|a| {
                let s = article_shingles(a);
                tick(&done, total, "shingling", progress);
                s
            })
            .collect();
        for (k, s) in sets.iter().enumerate() {
            sizes.push(s.len());
            push_set(&mut index, b * BATCH + k, s);
        }
    }
    progress(Progress { stage: "indexing", done: 0, total: 1 });
    index.par_sort_unstable();
    progress(Progress { stage: "indexing", done: 1, total: 1 });
    (index, sizes)
}

fn article_shingles(a: &Article) -> Vec<u32> {
    shingles(a.sentences.iter().map(|s| &*s.text))
}

fn push_set(index: &mut Vec<u64>, article: usize, set: &[u32]) {
    index.extend(set.iter().map(|&h| (u64::from(h) << 32) | article as u64));
}

fn tick(done: &AtomicUsize, total: usize, stage: &'static str, progress: &(dyn Fn(Progress) + Sync)) {
    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
    if n == total || n.is_multiple_of((total / STEPS).max(1)) {
        progress(Progress { stage, done: n, total });
    }
}

/// For every pair of articles sharing at least `opts.min_shared` shingles found in at most `opts.max_df`
/// articles: `(i, j, shared)` with `i < j`, sorted, where `shared` counts every shingle the two share,
/// common ones too. Each article's shingles are made again here rather than kept from [`build`]: at corpus scale
/// the second pass costs less than holding every list beside the index.
pub(super) fn shared_counts(
    articles: &[Article],
    index: &[u64],
    opts: &Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> Vec<(usize, usize, usize)> {
    let done = AtomicUsize::new(0);
    let n = articles.len();
    articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| {
            let pairs = shared_with_later(i, &article_shingles(a), index, n, opts);
            tick(&done, n, "comparing", progress);
            pairs
        })
        .flatten()
        .collect()
}

/// The later articles that share shingles with article `i`, and how many each shares. `n` articles in all.
///
/// A shingle in more than `max_df` articles (a stock phrase, or a wire story every outlet reprints) does
/// not pair articles up by itself: walking its run for each of them would be quadratic. Pairs are found
/// through rarer shingles; once found, their common ones are counted too, so that a pair of copies of a
/// much-copied story scores what the two share, not what only they share.
///
/// But copies of a story more than `max_df` outlets ran may share no rarer shingle at all: 257 copies of
/// one report made no pair, and three hundred lightly edited ones paired only where an edit happened to
/// be shared. So an article most of whose shingles are common also follows a sample of them, its
/// [`SAMPLED`] lowest by hash: another article holding most of the sample is a candidate. For two copies
/// of one text the samples agree; stock phrases, which make up a few of an ordinary report's shingles,
/// never start this search.
fn shared_with_later(i: usize, set: &[u32], index: &[u64], n: usize, opts: &Options) -> Vec<(usize, usize, usize)> {
    // Later articles met through rare shingles, and how many each shares.
    let mut counts: HashMap<u32, u32> = HashMap::new();
    // The runs of this article's common shingles in the index, in the order of their shingles.
    let mut common: Vec<std::ops::Range<usize>> = Vec::new();
    let mut pos = 0;
    for &h in set {
        let key = u64::from(h) << 32;
        // Shingles come sorted, so each search starts where the last ended and gallops forward.
        let (mut lo, mut hi, mut step) = (pos, pos, 1);
        while hi < index.len() && index[hi] < key {
            lo = hi;
            hi += step;
            step *= 2;
        }
        let hi = hi.min(index.len());
        let start = lo + index[lo..hi].partition_point(|&x| x < key);
        let len = index[start..].iter().take(opts.max_df + 1).take_while(|&&x| x >> 32 == u64::from(h)).count();
        pos = start + len;
        if len > opts.max_df {
            let end = start + index[start..].partition_point(|&x| x >> 32 == u64::from(h));
            common.push(start..end);
            pos = end;
            continue;
        }
        for &x in &index[start..start + len] {
            let j = (x & 0xffff_ffff) as usize;
            if j > i {
                *counts.entry(j as u32).or_default() += 1;
            }
        }
    }
    let mut candidates: Vec<(u32, u32)> =
        counts.iter().filter(|&(_, &c)| c as usize >= opts.min_shared).map(|(&j, &c)| (j, c)).collect();
    if 2 * common.len() > set.len() {
        let sample = &common[..common.len().min(SAMPLED)];
        let mut hits: HashMap<u32, u32> = HashMap::new();
        for r in sample {
            for &x in &index[r.clone()] {
                let j = (x & 0xffff_ffff) as u32;
                if j as usize > i {
                    *hits.entry(j).or_default() += 1;
                }
            }
        }
        let need = sample.len().div_ceil(2) as u32;
        // Those not among the candidates already: met through rare shingles too few times, or not at all.
        let rare = |j: u32| counts.get(&j).copied().unwrap_or(0);
        candidates.extend(
            hits.into_iter()
                .filter(|&(j, h)| h >= need && (rare(j) as usize) < opts.min_shared)
                .map(|(j, _)| (j, rare(j))),
        );
    }
    let also = common_shared(&candidates, &common, index, n);
    let mut pairs: Vec<(usize, usize, usize)> = candidates
        .iter()
        .zip(also)
        .map(|(&(j, c), also)| (i, j as usize, c as usize + also))
        .filter(|&(_, _, shared)| shared >= opts.min_shared)
        .collect();
    pairs.sort_unstable();
    pairs
}

/// How many of the common shingles (their runs in the index) each candidate holds.
///
/// A run holds one shingle, its articles in order. Few candidates search each run; many (every copy of a
/// much-copied story) walk each run once instead, counting into a list of all `n` articles: hundreds of
/// candidates each searching hundreds of runs made a thousand copies take minutes.
fn common_shared(candidates: &[(u32, u32)], common: &[std::ops::Range<usize>], index: &[u64], n: usize) -> Vec<usize> {
    let walked: usize = common.iter().map(|r| r.len()).sum();
    if candidates.len() * 16 < walked {
        let holds =
            |r: &std::ops::Range<usize>, j: u32| index[r.clone()].binary_search_by_key(&j, |&x| x as u32).is_ok();
        return candidates.iter().map(|&(j, _)| common.iter().filter(|r| holds(r, j)).count()).collect();
    }
    let mut held = vec![0u32; n];
    for r in common {
        for &x in &index[r.clone()] {
            held[(x & 0xffff_ffff) as usize] += 1;
        }
    }
    candidates.iter().map(|&(j, _)| held[j as usize] as usize).collect()
}

/// How many of an article's common shingles, lowest by hash, it follows to find copies of itself that
/// share no rarer shingle ([`shared_with_later`]).
const SAMPLED: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    /// [`shared_counts`] over given shingle lists.
    fn shared_counts(sets: &[Vec<u32>], opts: &Options, _: &dyn Fn(Progress)) -> Vec<(usize, usize, usize)> {
        let mut index = Vec::new();
        for (i, s) in sets.iter().enumerate() {
            push_set(&mut index, i, s);
        }
        index.sort_unstable();
        sets.iter().enumerate().flat_map(|(i, s)| shared_with_later(i, s, &index, sets.len(), opts)).collect()
    }

    #[test]
    fn counts_shared_shingles_once_per_pair() {
        let sets = vec![vec![1, 2, 3, 4], vec![2, 3, 4, 5], vec![9], vec![3, 4]];
        let opts = Options { max_df: 10, min_shared: 1 };
        let c = shared_counts(&sets, &opts, &|_| {});
        assert_eq!(c, [(0, 1, 3), (0, 3, 2), (1, 3, 2)]);
    }

    #[test]
    fn common_shingles_alone_pair_only_copies_and_count_in_every_pair_found() {
        // Shingle 1 is in three articles (over max_df); 7 in two.
        let sets = vec![vec![1, 7], vec![1, 7], vec![1]];
        let opts = Options { max_df: 2, min_shared: 1 };
        // 0 and 1 are found through 7, and share 1 as well; 2 shares only the common shingle.
        assert_eq!(shared_counts(&sets, &opts, &|_| {}), [(0, 1, 2)]);
        // Many common shingles, the runs long enough to be searched: each pair counts them all. Most of
        // each article's shingles are common, so copies that share no rarer one pair as well.
        let story: Vec<u32> = (100..160).collect();
        let mut sets: Vec<Vec<u32>> = (0..10u32).map(|k| [story.clone(), vec![1000 + k, 1001 + k]].concat()).collect();
        sets.iter_mut().for_each(|s| s.sort_unstable());
        let opts = Options { max_df: 3, min_shared: 1 };
        let pairs = shared_counts(&sets, &opts, &|_| {});
        assert_eq!(pairs.len(), 45, "{pairs:?}");
        assert!(pairs.iter().all(|&(i, j, n)| n == if j == i + 1 { 61 } else { 60 }), "{pairs:?}");
    }

    #[test]
    fn copies_run_by_more_outlets_than_max_df_still_pair() {
        // Six copies of one story, every shingle of it in more articles than max_df, and one copy with
        // a word of its own: each pair shares the whole story.
        let story: Vec<u32> = (100..140).collect();
        let mut sets = vec![story.clone(); 6];
        sets[5].push(999);
        let opts = Options { max_df: 3, min_shared: 2 };
        let pairs = shared_counts(&sets, &opts, &|_| {});
        assert_eq!(pairs.len(), 15, "{pairs:?}");
        assert!(pairs.iter().all(|&(_, _, n)| n == 40), "{pairs:?}");
        // Reports of their own that hold a few stock phrases (3 of 20 shingles) are not paired by them.
        let sets: Vec<Vec<u32>> =
            (0..6u32).map(|k| [vec![1, 2, 3], (0..17).map(|w| 1000 * (k + 1) + w).collect()].concat()).collect();
        assert_eq!(shared_counts(&sets, &opts, &|_| {}), []);
    }
}
