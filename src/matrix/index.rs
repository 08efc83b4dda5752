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
pub(super) fn shingle_all(articles: &[Article], progress: &(dyn Fn(Progress) + Sync)) -> Vec<Vec<u32>> {
    let done = AtomicUsize::new(0);
    let total = articles.len();
    articles
        .par_iter()
        .map(|a| {
            let s = shingles(a.sentences.iter().map(|s| s.text.as_str()));
            tick(&done, total, "shingling", progress);
            s
        })
        .collect()
}

fn tick(done: &AtomicUsize, total: usize, stage: &'static str, progress: &(dyn Fn(Progress) + Sync)) {
    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
    if n == total || n.is_multiple_of((total / STEPS).max(1)) {
        progress(Progress { stage, done: n, total });
    }
}

/// `(a, b, shared)` for every pair `a < b` sharing at least `min_shared` shingles, each counted over
/// shingles found in at most `max_df` articles.
pub(super) fn shared_counts(
    sets: &[Vec<u32>],
    opts: &Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> Vec<(usize, usize, usize)> {
    // Hash in the high half, article in the low half: sorting groups each shingle's articles, ascending.
    let total: usize = sets.iter().map(Vec::len).sum();
    let mut index: Vec<u64> = Vec::with_capacity(total);
    for (i, s) in sets.iter().enumerate() {
        index.extend(s.iter().map(|&h| (u64::from(h) << 32) | i as u64));
    }
    progress(Progress { stage: "indexing", done: 0, total: 1 });
    index.par_sort_unstable();
    progress(Progress { stage: "indexing", done: 1, total: 1 });
    let done = AtomicUsize::new(0);
    let n = sets.len();
    sets.par_iter()
        .enumerate()
        .map(|(i, s)| {
            let mut counts: HashMap<u32, u32> = HashMap::new();
            // The article's shingles are sorted too, so each run is found by galloping forward from the
            // last one: a binary search over the whole index per shingle would miss the cache at every step.
            let mut pos = 0;
            for &h in s {
                let key = u64::from(h) << 32;
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
                    continue;
                }
                // Only later articles, so each pair is counted once, by its first article.
                for &x in &index[start..start + len] {
                    let j = (x & 0xffff_ffff) as usize;
                    if j > i {
                        *counts.entry(j as u32).or_default() += 1;
                    }
                }
            }
            tick(&done, n, "comparing", progress);
            let mut pairs: Vec<(usize, usize, usize)> = counts
                .into_iter()
                .filter(|&(_, c)| c as usize >= opts.min_shared)
                .map(|(j, c)| (i, j as usize, c as usize))
                .collect();
            pairs.sort_unstable();
            pairs
        })
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_shared_shingles_once_per_pair() {
        let sets = vec![vec![1, 2, 3, 4], vec![2, 3, 4, 5], vec![9], vec![3, 4]];
        let opts = Options { max_df: 10, min_shared: 1 };
        let c = shared_counts(&sets, &opts, &|_| {});
        assert_eq!(c, [(0, 1, 3), (0, 3, 2), (1, 3, 2)]);
    }

    #[test]
    fn common_shingles_are_skipped() {
        let sets = vec![vec![1, 7], vec![1, 7], vec![1]];
        let opts = Options { max_df: 2, min_shared: 1 };
        assert_eq!(shared_counts(&sets, &opts, &|_| {}), [(0, 1, 1)]);
    }
}
