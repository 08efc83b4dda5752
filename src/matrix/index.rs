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
    shingles(a.sentences.iter().map(|s| s.text.as_str()))
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

/// `(a, b, shared)` for every pair `a < b` sharing at least `min_shared` shingles, each counted over
/// shingles found in at most `max_df` articles.
/// For every pair of articles sharing at least `opts.min_shared` shingles: `(i, j, shared)` with `i < j`,
/// sorted. Each article's shingles are made again here rather than kept from [`build`]: at corpus scale
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
            let pairs = shared_with_later(i, &article_shingles(a), index, opts);
            tick(&done, n, "comparing", progress);
            pairs
        })
        .flatten()
        .collect()
}

/// The later articles that share shingles with article `i`, and how many each shares.
fn shared_with_later(i: usize, set: &[u32], index: &[u64], opts: &Options) -> Vec<(usize, usize, usize)> {
    let mut counts: HashMap<u32, u32> = HashMap::new();
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
        // A shingle in very many articles (a stock phrase) says nothing about who copied whom.
        if len > opts.max_df {
            continue;
        }
        for &x in &index[start..start + len] {
            let j = (x & 0xffff_ffff) as usize;
            if j > i {
                *counts.entry(j as u32).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<(usize, usize, usize)> = counts
        .into_iter()
        .filter(|&(_, c)| c as usize >= opts.min_shared)
        .map(|(j, c)| (i, j as usize, c as usize))
        .collect();
    pairs.sort_unstable();
    pairs
}

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
        sets.iter().enumerate().flat_map(|(i, s)| shared_with_later(i, s, &index, opts)).collect()
    }

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
