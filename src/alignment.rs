//! Sentence alignment between two articles: which sentence of B says what a sentence of A said, across
//! reordering, rewording, splits and merges.
//!
//! Sentences are compared as sets of stemmed, spelling-folded tokens ([`crate::normalize::stem_key`]),
//! each weighted by its rarity (inverse sentence frequency), so that sharing "Matsegora" counts for far more
//! than sharing "Korea". The score of a pair is the weighted Dice coefficient of their token sets.
//!
//! Candidates come from an inverted index over B's rarer tokens, never from scoring all pairs, so two
//! 20,000-sentence documents align in near-linear time. Pairs are then chosen greedily, best first; a pair
//! may grow to a neighbour sentence on either side (a split or a merge) when that explains more of both.
//! Finally the longest in-order chain of pairs (weighted by length) is the reading order both share;
//! every pair outside it has moved.

use crate::blocks::{ends_sentence, is_list_item};
use crate::normalize::{
    EMPTY_WORD, StemToken, StemTokens, each_fold, hash_bytes, scaled_money, tokens, with_stem_tokens, without_signs,
    word_key,
};
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHasher};
use std::hash::Hasher;
use std::num::NonZeroU64;

/// The fewest items a piece of the alignment's parallel work takes: sentences to key or rank, candidate pairs
/// to score (a sixteenth as many sentences to probe, each of which is a search). Handing a piece to the
/// other thread costs more than a few hundred of them take: split as finely as rayon likes, the sample
/// pair took 0.45 ms of CPU a comparison on two threads, and 0.27 ms in pieces this size (one piece).
const PIECE: usize = 1024;

/// The tokens of one sentence: each distinct stem once, by its id in the [`Vocabulary`] that made it, in the
/// order they first occur.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Tokens {
    ids: Vec<u32>,
}

/// The stems of the sentences one alignment tokenises, each with a dense id, so that counting and ranking
/// them index arrays.
///
/// Each folded word is looked up once a sentence in a map of this alignment's own words, which is small
/// enough to stay in the processor's cache; only a word new to it is looked up in the thread's memo of
/// stems, and stemmed if that has not seen it either. Keyed by stem hash, two stems that share a hash (as
/// good as never) share an id, and it is a stopword only if both are.
#[derive(Default)]
struct Vocabulary {
    /// The id of each folded word met, by the word's hash.
    words: HashMap<u64, u32>,
    /// The id of each stem, by the stem's hash.
    stems: HashMap<u64, u32>,
    /// Each id's stem: its hash and whether it is a stopword.
    tokens: Vec<StemToken>,
    /// The last sentence (counted from 1) each id was met in: each token is kept once a sentence without
    /// sorting the sentence's words.
    last_met: Vec<u32>,
    sentences: u32,
    /// Room to gather a sentence's ids in.
    gathered: Vec<u32>,
}

impl Vocabulary {
    /// Tokenise many sentences, in one thread. Stemming is most of the work, and each thread keeps its own
    /// memo of stems: on two threads, each stemmed nearly the whole vocabulary again, and the 2 MB pair took
    /// 7.2 ms of CPU to tokenise where one thread takes 4.5, for 0.6 ms less wall time.
    fn tokenise(&mut self, texts: &[&str]) -> Vec<Tokens> {
        with_stem_tokens(|stems| texts.iter().map(|t| self.sentence(t, stems)).collect())
    }

    /// The number of distinct stems met so far.
    fn len(&self) -> usize {
        self.tokens.len()
    }

    fn sentence(&mut self, text: &str, stems: &mut StemTokens<'_>) -> Tokens {
        self.sentences += 1;
        // The ids gather in one list kept from sentence to sentence, and each sentence's list is allocated
        // once, at its size: grown word by word, it was reallocated four or five times.
        let mut ids = std::mem::take(&mut self.gathered);
        ids.clear();
        each_fold(text, |at, folded| {
            // Most words open with a lowercase letter: only the others are asked about figures and sums.
            if folded.first().is_some_and(u8::is_ascii_lowercase) {
                return self.meet(folded, stems, &mut ids);
            }
            // A sum or a share is read by its figure: "$5 million" and "€5 million" are evidence of the same
            // sentence, which the word diff then shows changed.
            let folded = without_signs(folded);
            // "$9m" says what "$9 million" does: the same two tokens, so a British copy's figures weigh
            // as much in its pairing as an American copy's.
            let scaled =
                if folded.first().is_some_and(u8::is_ascii_digit) { scaled_money(&text[at], folded) } else { None };
            match scaled {
                Some((figure, scale)) => self.meet_both(figure, scale, stems, &mut ids),
                None => self.meet(folded, stems, &mut ids),
            }
        });
        let tokens = Tokens { ids: ids.as_slice().to_vec() };
        self.gathered = ids;
        tokens
    }

    /// Add the id of a folded word's stem to the sentence's `ids`, unless it is there already.
    #[inline(always)]
    fn meet(&mut self, folded: &[u8], stems: &mut StemTokens<'_>, ids: &mut Vec<u32>) {
        if let Some(id) = self.id(folded, stems) {
            let last = &mut self.last_met[id as usize];
            if *last != self.sentences {
                *last = self.sentences;
                ids.push(id);
            }
        }
    }

    /// [`Vocabulary::meet`] of two words for one: rare, and kept out of the loop over every word.
    #[cold]
    #[inline(never)]
    fn meet_both(&mut self, first: &[u8], second: &[u8], stems: &mut StemTokens<'_>, ids: &mut Vec<u32>) {
        self.meet(first, stems, ids);
        self.meet(second, stems, ids);
    }

    /// The id of a folded word's stem; `None` for a word that folds to nothing.
    #[inline(always)]
    fn id(&mut self, folded: &[u8], stems: &mut StemTokens<'_>) -> Option<u32> {
        if folded.is_empty() {
            return None;
        }
        let word = hash_bytes(folded);
        if let Some(&id) = self.words.get(&word) {
            return Some(id);
        }
        let token = stems.of(folded)?;
        let next = index(self.tokens.len());
        let id = *self.stems.entry(token.hash).or_insert(next);
        if id == next {
            self.tokens.push(token);
            self.last_met.push(0);
        } else {
            self.tokens[id as usize].stop &= token.stop;
        }
        self.words.insert(word, id);
        Some(id)
    }
}

/// The sentences on one side of a pair or a segment: none, one, or two adjacent ones (a split or a merge),
/// ascending. Held inline: a long comparison makes tens of thousands of them, and a list on the heap for
/// each cost an allocation apiece and a page of fresh memory for every hundred or so.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Indices {
    at: [u32; 2],
    len: u8,
}

impl Indices {
    /// No sentence: the missing side of an added or omitted segment.
    pub const NONE: Indices = Indices { at: [0; 2], len: 0 };

    /// One sentence.
    pub fn one(i: usize) -> Indices {
        Indices { at: [index(i), 0], len: 1 }
    }

    /// Take in a neighbour, keeping the indices ascending. A pair grows by one sentence at most, so a
    /// third is a bug in the caller.
    pub fn add(&mut self, i: usize) {
        assert!(self.len < 2, "a side holds at most two sentences");
        self.at[usize::from(self.len)] = index(i);
        self.len += 1;
        if self.len == 2 && self.at[0] > self.at[1] {
            self.at.swap(0, 1);
        }
    }
}

impl std::ops::Deref for Indices {
    type Target = [u32];
    fn deref(&self) -> &[u32] {
        &self.at[..usize::from(self.len)]
    }
}

impl std::fmt::Debug for Indices {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<const N: usize> PartialEq<[u32; N]> for Indices {
    fn eq(&self, other: &[u32; N]) -> bool {
        **self == other[..]
    }
}

/// Written as a list of indices, as the JSON has always had them.
impl serde::Serialize for Indices {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// A sentence's or a pair's index in the four bytes that [`Indices`] and the alignment's lists keep it in.
/// (A report of 2^32 sentences would need over a hundred gigabytes for its sentences alone.)
pub(crate) fn index(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 2^32 sentences")
}

/// An aligned pair: one or two sentences of A with one or two of B.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// Indices into A's sentences, ascending and adjacent.
    pub a: Indices,
    /// Indices into B's sentences, ascending and adjacent.
    pub b: Indices,
    /// Weighted Dice similarity of the two sides, in [0, 1].
    pub similarity: f64,
    /// The pair is outside the longest in-order chain: the sentence moved.
    pub moved: bool,
}

/// Tuning for [`align`].
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Pairs scoring at least this are aligned wherever they stand.
    pub min_similarity: f64,
    /// Pairs scoring at least this are aligned too, when they fit between their aligned neighbours in both
    /// documents' order: weak evidence, backed by position.
    pub min_in_order: f64,
    /// Candidates kept per sentence of A before exact scoring.
    pub candidates: usize,
    /// Tokens in more than this many of B's sentences are too common to generate candidates (they still
    /// count in the score).
    pub max_postings: usize,
    /// Only this many of a sentence's rarest tokens are followed into the index (prefix filtering): a
    /// sentence worth pairing shares at least one of its rarest words.
    pub probes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { min_similarity: 0.25, min_in_order: 0.18, candidates: 6, max_postings: 200, probes: 6 }
    }
}

/// An alignment, with the word count of every sentence (which callers need for weights and shares, and
/// which the alignment counts anyway).
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// The pairs, sorted by their first A sentence.
    pub pairs: Vec<Pair>,
}

/// One side's sentences as the alignment reads them: each one's text and exact-match key. An article's
/// sentences are read where they are: four lists of a long report's text and keys, made for every
/// comparison, were a fifth of the memory it touched.
pub trait Sentences: Sync {
    /// How many sentences.
    fn count(&self) -> usize;
    /// Sentence `i`'s text.
    fn text(&self, i: usize) -> &str;
    /// Sentence `i`'s [`SentenceKey`].
    fn key(&self, i: usize) -> SentenceKey;
    /// Whether every sentence is collapsed already: one line, single spaces, no space at either end.
    fn collapsed(&self) -> bool {
        false
    }
    /// The headline's sentence, if the report has one. When both sides have one, the two headlines pair
    /// only with each other: a headline sums the story up in other words than any one sentence of it.
    fn headline(&self) -> Option<usize> {
        None
    }
}

/// Sentences whose headline is known: an article's, as [`crate::comparison::compare`] reads them.
pub struct Headed<'a, S: ?Sized> {
    /// The sentences, the headline's among them.
    pub sentences: &'a S,
    /// The headline's sentence, if the report has one.
    pub headline: Option<usize>,
}

impl<S: Sentences + ?Sized> Sentences for Headed<'_, S> {
    fn count(&self) -> usize {
        self.sentences.count()
    }
    fn text(&self, i: usize) -> &str {
        self.sentences.text(i)
    }
    fn key(&self, i: usize) -> SentenceKey {
        self.sentences.key(i)
    }
    fn collapsed(&self) -> bool {
        self.sentences.collapsed()
    }
    fn headline(&self) -> Option<usize> {
        self.headline.filter(|&h| h < self.sentences.count())
    }
}

/// Sentences given as text, keyed here.
pub struct Texts<'a> {
    texts: &'a [&'a str],
    keys: Vec<SentenceKey>,
}

impl<'a> Texts<'a> {
    /// Key every sentence of `texts`.
    pub fn new(texts: &'a [&'a str]) -> Texts<'a> {
        Texts { texts, keys: texts.par_iter().with_min_len(PIECE).map(|t| text_key(t)).collect() }
    }
}

impl Sentences for Texts<'_> {
    fn count(&self) -> usize {
        self.texts.len()
    }
    fn text(&self, i: usize) -> &str {
        self.texts[i]
    }
    fn key(&self, i: usize) -> SentenceKey {
        self.keys[i]
    }
}

impl Sentences for [crate::corpus::Sentence] {
    fn count(&self) -> usize {
        self.len()
    }
    fn text(&self, i: usize) -> &str {
        &self[i].text
    }
    fn key(&self, i: usize) -> SentenceKey {
        SentenceKey { hash: self[i].key, words: self[i].words as usize }
    }
    /// Loading collapses every sentence as it cuts it.
    fn collapsed(&self) -> bool {
        true
    }
}

/// Align A's sentences with B's.
pub fn align(a: &[&str], b: &[&str], opts: &Options) -> Vec<Pair> {
    align_counted(a, b, opts).pairs
}

/// Align A's sentences with B's, and count their words.
pub fn align_counted(a: &[&str], b: &[&str], opts: &Options) -> Alignment {
    align_keyed(&Texts::new(a), &Texts::new(b), opts)
}

/// [`align_counted`] for sentences whose [`SentenceKey`]s are known already (loading makes them).
pub fn align_keyed<S: Sentences + ?Sized>(a: &S, b: &S, opts: &Options) -> Alignment {
    let mut a_pair: Vec<Option<u32>> = vec![None; a.count()];
    let mut b_pair: Vec<Option<u32>> = vec![None; b.count()];
    let mut pairs = anchor_exact(a, b, &mut a_pair, &mut b_pair);

    // Everything else is scored on stemmed tokens, weighted within the pool of sentences still unpaired:
    // what the exact anchors already explain says nothing about which of the rest belong together. Only
    // those are tokenised, and the lists below hold only them (a few thousand of a long report's tens of
    // thousands); candidates are found by their place in these lists, then named by sentence.
    let (fa, fb) = (unpaired(&a_pair), unpaired(&b_pair));
    let mut vocabulary = Vocabulary::default();
    let ta = vocabulary.tokenise(&fa.iter().map(|&i| a.text(i)).collect::<Vec<_>>());
    let tb = vocabulary.tokenise(&fb.iter().map(|&j| b.text(j)).collect::<Vec<_>>());
    let (weights, ta, tb) = Weights::rank(&vocabulary, &ta, &tb, a.count() + b.count());
    let wa: Vec<f64> = ta.iter().map(|t| weights.total(t)).collect();
    let wb: Vec<f64> = tb.iter().map(|t| weights.total(t)).collect();

    // Candidates are generated from both sides, so that swapping A and B finds the same pairs: a
    // sentence's rarest words may be another's common ones.
    let floor = opts.min_similarity.min(opts.min_in_order);
    let mut cands: Vec<(usize, usize)> = probe(&ta, &tb, &weights, opts);
    cands.extend(probe(&tb, &ta, &weights, opts).into_iter().map(|(j, i)| (i, j)));
    cands.extend(repeat_candidates(a, b, &fa, &fb));
    // Two headlines are scored against each other and nothing else. Probing keeps each sentence's best few
    // candidates, and a headline's words run all through its story, so their pair is added here.
    let headlines = a.headline().zip(b.headline());
    if let Some((ha, hb)) = headlines {
        let (at_a, at_b) = (fa.binary_search(&ha).ok(), fb.binary_search(&hb).ok());
        cands.retain(|&(i, j)| (Some(i) == at_a) == (Some(j) == at_b));
        if let (Some(i), Some(j)) = (at_a, at_b) {
            cands.push((i, j));
        }
    }
    let cands = sorted_unique(cands, ta.len());
    // The headlines' pair is kept whatever its score (see below).
    let is_headlines = |i: usize, j: usize| headlines == Some((fa[i], fb[j]));
    let mut scored: Vec<(f64, usize, usize)> = cands
        .into_par_iter()
        .with_min_len(PIECE)
        .filter_map(|(i, j)| {
            let sim = dice(weights.shared(&ta[i], &tb[j]), wa[i], wb[j]);
            (sim >= floor || (sim > 0.0 && is_headlines(i, j))).then_some((sim, fa[i], fb[j]))
        })
        .collect();
    // Best first; among equals, the pair nearest the diagonal, so repeated sentences pair in order.
    let (na, nb) = (a.count().max(1) as f64, b.count().max(1) as f64);
    scored.sort_by(|x, y| {
        y.0.total_cmp(&x.0).then_with(|| {
            let dx = (x.1 as f64 / na - x.2 as f64 / nb).abs();
            let dy = (y.1 as f64 / na - y.2 as f64 / nb).abs();
            // The last tie-break does not depend on which document is A.
            dx.total_cmp(&dy).then_with(|| (x.1.min(x.2), x.1.max(x.2)).cmp(&(y.1.min(y.2), y.1.max(y.2))))
        })
    });

    let anchored = pairs.len();
    for &(sim, i, j) in scored.iter().filter(|s| s.0 >= opts.min_similarity) {
        if a_pair[i].is_none() && b_pair[j].is_none() {
            pair_up(&mut pairs, (&mut a_pair, &mut b_pair), (i, j), sim);
        }
    }
    for &(sim, i, j) in scored.iter().filter(|s| s.0 < opts.min_similarity && s.0 >= opts.min_in_order) {
        if a_pair[i].is_none()
            && b_pair[j].is_none()
            && fits_in_order(i, j, &a_pair, &pairs, |p| p.b[0] as usize)
            && fits_in_order(j, i, &b_pair, &pairs, |p| p.a[0] as usize)
        {
            pair_up(&mut pairs, (&mut a_pair, &mut b_pair), (i, j), sim);
        }
    }

    // Two headlines of one story sum it up each in its own words ("Rescuers reach trapped miners after
    // 40 hours underground", "Chile mine collapse: all 14 trapped workers found alive"), and may share one
    // word that counts. They still stand side by side: shown apart, each read as a fact the other report
    // left out, where a reader compares headline with headline.
    if let Some((ha, hb)) = headlines
        && a_pair[ha].is_none()
        && b_pair[hb].is_none()
        && let Some(&(sim, ..)) = scored.iter().find(|s| (s.1, s.2) == (ha, hb))
    {
        pair_up(&mut pairs, (&mut a_pair, &mut b_pair), (ha, hb), sim);
    }

    let ctx = Grow {
        sentences: (a, b),
        a: Unpaired { at: &fa, ranked: &ta, weight: &wa },
        b: Unpaired { at: &fb, ranked: &tb, weight: &wb },
        weights: &weights,
        headlines,
    };
    for (p, pair) in pairs.iter_mut().enumerate().skip(anchored) {
        ctx.grow(pair, p, &mut a_pair, &mut b_pair);
    }

    pairs.sort_by_key(|p| p.a[0]);
    mark_moves(&mut pairs, a, b);
    Alignment { pairs }
}

/// `pairs` (each first index below `n`) sorted and each once, as `sort_unstable` and `dedup` leave them.
///
/// Each sentence has a few candidates, so the pairs are sorted by their first index by counting, then each
/// sentence's few second indices in place: sorting tens of thousands of pairs outright took a twentieth of
/// the instructions of comparing a long pair.
fn sorted_unique(pairs: Vec<(usize, usize)>, n: usize) -> Vec<(usize, usize)> {
    let mut start = vec![0usize; n + 1];
    for &(i, _) in &pairs {
        start[i + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut second = vec![0usize; pairs.len()];
    let mut next = start.clone();
    for &(i, j) in &pairs {
        second[next[i]] = j;
        next[i] += 1;
    }
    let mut out = Vec::with_capacity(pairs.len());
    for i in 0..n {
        let js = &mut second[start[i]..start[i + 1]];
        js.sort_unstable();
        let mut last = None;
        for &j in js.iter() {
            if last != Some(j) {
                out.push((i, j));
                last = Some(j);
            }
        }
    }
    out
}

/// Candidate pairs (index in `from`, index in `to`): each sentence of `from` follows its rarest words
/// (prefix filtering) into an inverted index of `to` and keeps the best-scoring few it meets.
fn probe(from: &[Ranked], to: &[Ranked], weights: &Weights, opts: &Options) -> Vec<(usize, usize)> {
    let index = Postings::new(to, weights, opts.max_postings.max(1));
    from.par_iter()
        .enumerate()
        // Each piece of work starts its own scratch, a score for every sentence of `to`: a few pieces per
        // thread keep those few, where free splitting made dozens.
        .with_min_len((from.len() / (4 * rayon::current_num_threads()).max(1) + 1).max(PIECE / 16))
        .filter(|(_, t)| !t.is_empty())
        // Per worker: a score for every sentence of `to`, the list of those touched (to reset them), and
        // scratch lists, so that a sentence allocates nothing. The candidates of all sentences gather in
        // one list per worker; their order does not matter, since the caller sorts them.
        .fold(
            || (vec![0.0f64; to.len()], Vec::<u32>::new(), Vec::<(&[u32], f64)>::new(), Vec::new(), Vec::new()),
            |(mut acc, mut touched, mut probes, mut best, mut found), (i, t)| {
                probes.clear();
                probes.extend(
                    t.ids
                        .iter()
                        .filter(|&&id| !weights.stop[id as usize])
                        .map(|&id| (index.of(id), weights.w[id as usize]))
                        .filter(|(p, _)| !p.is_empty()),
                );
                probes.sort_unstable_by_key(|(p, _)| p.len());
                for &(postings, w) in probes.iter().take(opts.probes) {
                    for &j in postings {
                        // Weights of indexed tokens are positive, so zero means "not touched yet".
                        if acc[j as usize] == 0.0 {
                            touched.push(j);
                        }
                        acc[j as usize] += w;
                    }
                }
                best.clear();
                best.extend(touched.iter().map(|&j| (j, acc[j as usize])));
                for &j in touched.iter() {
                    acc[j as usize] = 0.0;
                }
                touched.clear();
                // Only the best few are kept: select them, then order just those. The order is total (ties
                // broken by index), so this keeps exactly what a full sort would.
                let order = |x: &(u32, f64), y: &(u32, f64)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
                let keep = opts.candidates.min(best.len());
                if keep > 0 && keep < best.len() {
                    best.select_nth_unstable_by(keep - 1, order);
                }
                best.truncate(keep);
                found.extend(best.iter().map(|&(j, _)| (i, j as usize)));
                (acc, touched, probes, best, found)
            },
        )
        .map(|(.., found)| found)
        .reduce(Vec::new, |mut x, y| {
            x.extend(y);
            x
        })
}

/// An inverted index from token to the sentences holding it, as one flat array (compressed rows): no
/// hashing and no allocation per token. Stopwords, and tokens in more than `max` sentences, are left out:
/// they are too common to generate candidates (they still count in scores).
struct Postings {
    /// Row `id` is `sentences[start[id]..end[id]]`.
    start: Vec<u32>,
    end: Vec<u32>,
    sentences: Vec<u32>,
}

impl Postings {
    fn new(to: &[Ranked], weights: &Weights, max: usize) -> Postings {
        let indexed = |id: &&u32| !weights.stop[**id as usize];
        let mut start = vec![0u32; weights.w.len() + 1];
        for t in to {
            for &id in t.ids.iter().filter(indexed) {
                start[id as usize + 1] += 1;
            }
        }
        for k in 1..start.len() {
            start[k] += start[k - 1];
        }
        let mut end = start.clone();
        let mut sentences = vec![0u32; start[start.len() - 1] as usize];
        for (j, t) in to.iter().enumerate() {
            for &id in t.ids.iter().filter(indexed) {
                sentences[end[id as usize] as usize] = j as u32;
                end[id as usize] += 1;
            }
        }
        for (s, e) in start.iter().zip(end.iter_mut()) {
            if (*e - *s) as usize > max {
                *e = *s;
            }
        }
        Postings { start, end, sentences }
    }

    fn of(&self, id: u32) -> &[u32] {
        &self.sentences[self.start[id as usize] as usize..self.end[id as usize] as usize]
    }
}

/// Pair sentences that are the same up to case, quote style and punctuation (equal [`text_key`]s) and occur
/// exactly once on each side (patience-style anchors). A copied report is mostly such sentences, and
/// pairing them by a hash spares them stemming and scoring.
fn anchor_exact<S: Sentences + ?Sized>(
    a: &S,
    b: &S,
    a_pair: &mut [Option<u32>],
    b_pair: &mut [Option<u32>],
) -> Vec<Pair> {
    // key -> (count in A, index in A, count in B, index in B). Sized once for every key of A: growing it
    // copied it over and over, and on a long report its tables were the alignment's largest memory.
    let mut seen: HashMap<NonZeroU64, (u32, u32, u32, u32)> = HashMap::default();
    seen.reserve(a.count());
    for i in 0..a.count() {
        if let Some(k) = a.key(i).hash {
            let e = seen.entry(k).or_insert((0, i as u32, 0, 0));
            e.0 += 1;
        }
    }
    for j in 0..b.count() {
        if let Some(e) = b.key(j).hash.and_then(|k| seen.get_mut(&k)) {
            e.2 += 1;
            e.3 = j as u32;
        }
    }
    // Room for every pair the alignment can make, the later ones included.
    let mut pairs = Vec::with_capacity(a.count().min(b.count()));
    for i in 0..a.count() {
        if let Some(&(1, _, 1, j)) = a.key(i).hash.and_then(|k| seen.get(&k)) {
            pair_up(&mut pairs, (a_pair, b_pair), (i, j as usize), 1.0);
        }
    }
    pairs
}

/// Candidate pairs (index in `fa`, index in `fb`) of the unpaired sentences that are the same word for
/// word as one of the other side's, when such a sentence stands more than once on a side ("No decision
/// was reached." after each of seven proposals) and so is no exact anchor.
///
/// Probing cannot be left to find them: it keeps each sentence's best few candidates, and every copy of
/// a repeated sentence scores the same against every other, so the copies beyond the first few had no
/// candidate at all. A report compared with itself showed its seventh "No decision was reached." as
/// omitted and added; one sentence written 500 times paired none. Here the `k`th copy on one side meets
/// the `k`th on the other, counted from the start and again from the end, so that copies dropped at
/// either end still leave the rest in line; scoring then keeps each copy's pair nearest the diagonal.
/// Two candidates a copy at most, however often it repeats.
fn repeat_candidates<S: Sentences + ?Sized>(a: &S, b: &S, fa: &[usize], fb: &[usize]) -> Vec<(usize, usize)> {
    // key -> the positions in `fa` and in `fb` of the sentences that have it, in order.
    let mut copies: HashMap<NonZeroU64, (Vec<usize>, Vec<usize>)> = HashMap::default();
    for (p, &i) in fa.iter().enumerate() {
        if let Some(k) = a.key(i).hash {
            copies.entry(k).or_default().0.push(p);
        }
    }
    for (q, &j) in fb.iter().enumerate() {
        if let Some((_, on_b)) = b.key(j).hash.and_then(|k| copies.get_mut(&k)) {
            on_b.push(q);
        }
    }
    let mut cands = Vec::new();
    for (on_a, on_b) in copies.values() {
        let n = on_a.len().min(on_b.len());
        cands.extend((0..n).map(|k| (on_a[k], on_b[k])));
        cands.extend((0..n).map(|k| (on_a[on_a.len() - n + k], on_b[on_b.len() - n + k])));
    }
    cands
}

/// Pair sentence `i` of A with sentence `j` of B, one to one, and mark both as in the new pair.
fn pair_up(
    pairs: &mut Vec<Pair>,
    (a_pair, b_pair): (&mut [Option<u32>], &mut [Option<u32>]),
    (i, j): (usize, usize),
    similarity: f64,
) {
    a_pair[i] = Some(index(pairs.len()));
    b_pair[j] = Some(index(pairs.len()));
    pairs.push(Pair { a: Indices::one(i), b: Indices::one(j), similarity, moved: false });
}

/// A sentence's exact-match key and its number of words: see [`SentenceKey`].
pub fn text_key(text: &str) -> SentenceKey {
    let mut key = KeyBuilder::default();
    each_fold(text, |_, f| key.push(word_key(f)));
    key.finish()
}

/// What exact matching needs of a sentence: a hash of its folded words, and its number of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SentenceKey {
    /// Equal for sentences whose folded words are equal; `None` for a sentence without any word. Non-zero,
    /// so that an article can keep it for each sentence in eight bytes.
    pub hash: Option<NonZeroU64>,
    /// Words, those that fold to nothing included.
    pub words: usize,
}

impl SentenceKey {
    /// The key of a sentence from its words' [`word_key`]s, in order.
    pub fn of_words(keys: &[u32]) -> SentenceKey {
        let mut key = KeyBuilder::default();
        keys.iter().for_each(|&k| key.push(k));
        key.finish()
    }
}

/// A [`SentenceKey`] in the making, fed one [`word_key`] at a time.
#[derive(Default)]
struct KeyBuilder {
    hash: FxHasher,
    any: bool,
    words: usize,
}

impl KeyBuilder {
    fn push(&mut self, word: u32) {
        self.words += 1;
        if word != EMPTY_WORD {
            self.hash.write_u32(word);
            self.any = true;
        }
    }

    fn finish(self) -> SentenceKey {
        // A hash of zero (one chance in 2^64) becomes one: it only has to be equal for equal sentences.
        let hash = self.any.then(|| NonZeroU64::new(self.hash.finish()).unwrap_or(NonZeroU64::MIN));
        SentenceKey { hash, words: self.words }
    }
}

/// The sentences not yet in a pair, ascending.
fn unpaired(paired: &[Option<u32>]) -> Vec<usize> {
    (0..paired.len()).filter(|&i| paired[i].is_none()).collect()
}

/// Whether pairing sentence `i` of one side with `j` of the other keeps order with the nearest aligned
/// sentences before and after `i`. Looks at most a few dozen sentences away; beyond that, position says
/// nothing.
/// Called once from each side, so the test is the same whichever document is A.
fn fits_in_order(
    i: usize,
    j: usize,
    paired: &[Option<u32>],
    pairs: &[Pair],
    other_pos: impl Fn(&Pair) -> usize,
) -> bool {
    const REACH: usize = 32;
    let before = (i.saturating_sub(REACH)..i).rev().find_map(|k| paired[k]);
    let after = (i + 1..paired.len().min(i + 1 + REACH)).find_map(|k| paired[k]);
    let lo_ok = match before {
        Some(p) => other_pos(&pairs[p as usize]) < j,
        None => i < REACH,
    };
    let hi_ok = match after {
        Some(p) => other_pos(&pairs[p as usize]) > j,
        None => i + REACH >= paired.len(),
    };
    lo_ok && hi_ok
}

/// A sentence's tokens as ranks in the vocabulary of one alignment, ascending. Ranks follow the order of
/// the token hashes, so every sum over tokens runs in the same order whichever document is A.
#[derive(Debug, Clone, Default)]
struct Ranked {
    ids: Vec<u32>,
}

impl Ranked {
    fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// Token weights, indexed by rank: inverse sentence frequency over both documents, stopwords damped.
struct Weights {
    w: Vec<f64>,
    stop: Vec<bool>,
}

impl Weights {
    /// Rank the tokens of both sides (made by `vocabulary`) and weight each. Scoring then indexes arrays
    /// instead of hashing. A token's weight falls with the share of the `sentences` of both documents that
    /// hold it (the sentences not tokenised hold none).
    fn rank(
        vocabulary: &Vocabulary,
        a: &[Tokens],
        b: &[Tokens],
        sentences: usize,
    ) -> (Weights, Vec<Ranked>, Vec<Ranked>) {
        // Each token's sentence frequency: a sentence holds a token once.
        let mut count = vec![0u32; vocabulary.len()];
        for t in a.iter().chain(b) {
            for &id in &t.ids {
                count[id as usize] += 1;
            }
        }
        // Ranks follow the stems' hashes, which do not depend on which document was tokenised first.
        let mut by_hash: Vec<u32> = (0..index(vocabulary.len())).collect();
        by_hash.sort_unstable_by_key(|&id| vocabulary.tokens[id as usize].hash);
        let n = sentences as f64;
        let (mut w, mut stop) = (Vec::with_capacity(by_hash.len()), Vec::with_capacity(by_hash.len()));
        let mut rank_of = vec![0u32; by_hash.len()];
        for &id in &by_hash {
            rank_of[id as usize] = index(w.len());
            let is_stop = vocabulary.tokens[id as usize].stop;
            let isf = (1.0 + n / f64::from(count[id as usize])).ln();
            w.push(if is_stop { isf * 0.1 } else { isf });
            stop.push(is_stop);
        }
        let ranked = |ts: &[Tokens]| -> Vec<Ranked> {
            ts.par_iter()
                .with_min_len(PIECE)
                .map(|t| {
                    let mut ids: Vec<u32> = t.ids.iter().map(|&id| rank_of[id as usize]).collect();
                    ids.sort_unstable();
                    Ranked { ids }
                })
                .collect()
        };
        let (ra, rb) = (ranked(a), ranked(b));
        (Weights { w, stop }, ra, rb)
    }

    fn total(&self, t: &Ranked) -> f64 {
        t.ids.iter().map(|&id| self.w[id as usize]).sum()
    }

    /// Weight of the tokens both sets hold (both are sorted, so this is a merge).
    ///
    /// Without a branch on which side steps: which one does is a coin toss the processor kept losing, a
    /// twentieth of the time of aligning a long pair in this loop alone. Adding zero for a token only one
    /// side holds leaves the sum exactly as adding nothing did.
    fn shared(&self, x: &Ranked, y: &Ranked) -> f64 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < x.ids.len() && j < y.ids.len() {
            let (a, b) = (x.ids[i], y.ids[j]);
            let w = self.w[a as usize];
            sum += if a == b { w } else { 0.0 };
            i += usize::from(a <= b);
            j += usize::from(b <= a);
        }
        sum
    }

    /// Shared weight between the union of several sentences and several others.
    fn shared_union(&self, xs: &[&Ranked], ys: &[&Ranked]) -> (f64, f64, f64) {
        let ux = union(xs);
        let uy = union(ys);
        (self.shared(&ux, &uy), self.total(&ux), self.total(&uy))
    }
}

fn union(ts: &[&Ranked]) -> Ranked {
    let mut ids: Vec<u32> = ts.iter().flat_map(|t| t.ids.iter().copied()).collect();
    ids.sort_unstable();
    ids.dedup();
    Ranked { ids }
}

fn dice(shared: f64, x: f64, y: f64) -> f64 {
    if x + y == 0.0 { 0.0 } else { (2.0 * shared / (x + y)).min(1.0) }
}

/// The unpaired sentences of one side, with their ranked tokens and total weights.
struct Unpaired<'a> {
    /// Their indices, ascending.
    at: &'a [usize],
    ranked: &'a [Ranked],
    weight: &'a [f64],
}

impl Unpaired<'_> {
    /// Sentence `i`'s tokens and weight, if it was unpaired when the tokens were made.
    fn get(&self, i: usize) -> Option<(&Ranked, f64)> {
        self.at.binary_search(&i).ok().map(|k| (&self.ranked[k], self.weight[k]))
    }
}

/// Growing 1–1 pairs into 1–2 and 2–1 pairs.
struct Grow<'a, S: ?Sized> {
    /// Both sides' sentences, for the text of a neighbour that may be taken in.
    sentences: (&'a S, &'a S),
    a: Unpaired<'a>,
    b: Unpaired<'a>,
    weights: &'a Weights,
    /// Both sides' headlines, when both have one: a headline pair is not grown, and no pair grows into
    /// a headline.
    headlines: Option<(usize, usize)>,
}

impl<S: Sentences + ?Sized> Grow<'_, S> {
    /// Add an unpaired neighbour on one side when most of its weight is found in the other side and the
    /// pair's score rises: that neighbour is the second half of a split (or merged) sentence.
    fn grow(&self, pair: &mut Pair, id: usize, a_pair: &mut [Option<u32>], b_pair: &mut [Option<u32>]) {
        let (i, j) = (pair.a[0] as usize, pair.b[0] as usize);
        // A scored pair's sentences were both unpaired when the tokens were made.
        let (Some((own_a, _)), Some((own_b, _))) = (self.a.get(i), self.b.get(j)) else { return };
        if self.headlines.is_some_and(|(ha, hb)| i == ha || j == hb) {
            return;
        }
        let mut best: Option<(f64, bool, usize)> = None;
        for (on_b, k) in [(true, j.wrapping_sub(1)), (true, j + 1), (false, i.wrapping_sub(1)), (false, i + 1)] {
            let (free, extra, other) = if on_b {
                (b_pair.get(k).is_some_and(Option::is_none), self.b.get(k), own_a)
            } else {
                (a_pair.get(k).is_some_and(Option::is_none), self.a.get(k), own_b)
            };
            let Some((extra, wk)) = extra else { continue };
            let headline = self.headlines.is_some_and(|(ha, hb)| k == if on_b { hb } else { ha });
            if !free || headline || extra.is_empty() || wk == 0.0 {
                continue;
            }
            let text = if on_b { self.sentences.1.text(k) } else { self.sentences.0.text(k) };
            if reads_as_subhead(text) {
                continue;
            }
            // How much of the neighbour is explained by the other side, and how much the pair's score
            // must rise for it to join: a little for a neighbour mostly explained; twice that for one a
            // third explained, as each half of a sentence that a copy split and reworded may be ("killing
            // 42 workers and injuring 17 others" against "At least 42 workers have died after a fire
            // ripped through a textile mill …" and "Seventeen more people were injured …").
            let explained = self.weights.shared(extra, other) / wk;
            let need = match explained {
                e if e >= GROW_EXPLAINED => GROW_GAIN,
                e if e >= GROW_EXPLAINED_REWORDED => GROW_GAIN_REWORDED,
                _ => continue,
            };
            let (a_side, b_side) =
                if on_b { (vec![own_a], vec![own_b, extra]) } else { (vec![own_a, extra], vec![own_b]) };
            let (shared, x, y) = self.weights.shared_union(&a_side, &b_side);
            let sim = dice(shared, x, y);
            if sim > pair.similarity + need && best.is_none_or(|(s, _, _)| sim > s) {
                best = Some((sim, on_b, k));
            }
        }
        if let Some((sim, on_b, k)) = best {
            let side = if on_b { &mut pair.b } else { &mut pair.a };
            side.add(k);
            if on_b {
                b_pair[k] = Some(index(id))
            } else {
                a_pair[k] = Some(index(id))
            }
            pair.similarity = sim;
        }
    }
}

/// A neighbour this much of whose weight the other side of a pair holds joins the pair ([`Grow::grow`])
/// when the pair's score rises by more than [`GROW_GAIN`].
const GROW_EXPLAINED: f64 = 0.5;
const GROW_GAIN: f64 = 0.05;
/// A neighbour the other side explains less of, down to this share, joins when the score rises by more
/// than [`GROW_GAIN_REWORDED`]. Over the 296 pairs of reports of 104 stories (in some twenty languages)
/// this was measured on, it joined 15 halves of split or merged sentences and no other sentence; with
/// [`GROW_GAIN`] instead, 23 more pairs changed, some grown by another sentence about the same thing.
const GROW_EXPLAINED_REWORDED: f64 = 0.3;
const GROW_GAIN_REWORDED: f64 = 0.1;

/// Whether a sentence reads as a subhead ("What will it cost?", "Rescue efforts"): a few words, as a
/// question or without the stop that ends a sentence, and no list's item ("- Ferries every 10 minutes",
/// the second half of a sentence that another report set out as a list). A subhead heads the paragraph
/// after it; it is no part of a sentence another report wrote whole, and grown into that pair it showed
/// as a rewording ("[-The repairs are expected to-] {+What will it+} cost?").
fn reads_as_subhead(text: &str) -> bool {
    let text = text.trim();
    let question = text.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with('?');
    tokens(text).nth(SUBHEAD_WORDS).is_none() && (question || !ends_sentence(text)) && !is_list_item(text)
}

/// A subhead has at most this many words ([`reads_as_subhead`]).
const SUBHEAD_WORDS: usize = 7;

/// Flag pairs outside the heaviest in-order chain. Pairs arrive sorted by A; the chain is the heaviest
/// increasing subsequence of their B positions, weighted by sentence length so a long block that stayed
/// put is never called moved in favour of a short sentence.
fn mark_moves<S: Sentences + ?Sized>(pairs: &mut [Pair], a: &S, b: &S) {
    let n = pairs.len();
    if n == 0 {
        return;
    }
    // Both sides' words, so the weight of a pair does not depend on which document is A. Chains of equal
    // words are told apart by their number of pairs (each pair adds one, and all of them together weigh
    // less than a word): the one that keeps more pairs in place wins. Without that, which of two equal
    // chains won depended on the order the pairs came in, so swapping A and B could change how many
    // sentences moved (one long sentence against two short ones of the same words).
    let per_word = n as u64 + 1;
    let weight: Vec<u64> = pairs
        .iter()
        .map(|p| {
            let wa: usize = p.a.iter().map(|&i| a.key(i as usize).words).sum();
            let wb: usize = p.b.iter().map(|&j| b.key(j as usize).words).sum();
            (wa + wb + 1) as u64 * per_word + 1
        })
        .collect();
    let key: Vec<usize> = pairs.iter().map(|p| p.b[0] as usize).collect();
    // Fenwick tree over B positions holding (best chain weight, pair index) for prefix maxima.
    let m = key.iter().max().copied().unwrap_or(0) + 2;
    let mut tree: Vec<(u64, usize)> = vec![(0, usize::MAX); m + 1];
    let mut prev: Vec<usize> = vec![usize::MAX; n];
    let mut best: Vec<u64> = vec![0; n];
    for p in 0..n {
        // Best chain ending strictly before key[p].
        let (mut q, mut top) = (key[p], (0, usize::MAX));
        while q > 0 {
            if tree[q].0 > top.0 {
                top = tree[q];
            }
            q &= q - 1;
        }
        best[p] = top.0 + weight[p];
        prev[p] = top.1;
        let mut q = key[p] + 1;
        while q <= m {
            if best[p] > tree[q].0 {
                tree[q] = (best[p], p);
            }
            q += q & q.wrapping_neg();
        }
    }
    let mut in_chain = vec![false; n];
    let mut p = (0..n).max_by_key(|&x| best[x]).unwrap_or(usize::MAX);
    while p != usize::MAX {
        in_chain[p] = true;
        p = prev[p];
    }
    for (pair, keep) in pairs.iter_mut().zip(in_chain) {
        pair.moved = !keep;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Sorting candidates by counting leaves them as sorting and deduplicating them outright does.
        #[test]
        fn candidates_sorted_by_counting_are_sorted_and_unique(
            pairs in proptest::collection::vec((0usize..12, 0usize..40), 0..200)
        ) {
            let mut want = pairs.clone();
            want.sort_unstable();
            want.dedup();
            proptest::prop_assert_eq!(sorted_unique(pairs, 12), want);
        }
    }

    fn toks<'a>(s: &[&'a str]) -> Vec<&'a str> {
        s.to_vec()
    }

    #[test]
    fn indices_hold_one_or_two_ascending_and_read_as_a_list() {
        assert!(Indices::NONE.is_empty());
        let mut side = Indices::one(7);
        assert_eq!(side, [7]);
        // A split's second half may be the sentence before.
        side.add(6);
        assert_eq!(side, [6, 7]);
        assert_eq!(format!("{side:?}"), "[6, 7]");
        assert_eq!(serde_json::to_string(&side).unwrap(), "[6,7]");
        assert_eq!(serde_json::to_string(&Indices::NONE).unwrap(), "[]");
    }

    #[test]
    #[should_panic(expected = "at most two")]
    fn indices_refuse_a_third_sentence() {
        let mut side = Indices::one(1);
        side.add(2);
        side.add(3);
    }

    #[test]
    fn identical_sentences_pair_in_order() {
        let a = toks(&["The cat sat on the mat.", "Dogs bark at night.", "Birds sing at dawn."]);
        let p = align(&a, &a, &Options::default());
        assert_eq!(p.len(), 3);
        assert!(p.iter().all(|p| p.a == p.b && !p.moved && p.similarity > 0.99));
    }

    #[test]
    fn reordered_sentence_is_moved() {
        let a = toks(&[
            "Alpha rockets launched yesterday.",
            "Bravo submarines surfaced nearby.",
            "Charlie tanks rolled north.",
            "Delta planes flew south.",
        ]);
        let b = toks(&[
            "Bravo submarines surfaced nearby.",
            "Charlie tanks rolled north.",
            "Delta planes flew south.",
            "Alpha rockets launched yesterday.",
        ]);
        let p = align(&a, &b, &Options::default());
        assert_eq!(p.len(), 4);
        let moved: Vec<_> = p.iter().filter(|p| p.moved).map(|p| p.a[0]).collect();
        assert_eq!(moved, [0]);
    }

    #[test]
    fn paraphrase_with_inflection_and_spelling_pairs() {
        let a = toks(&[
            "North Korea recognised the separatist republics in July.",
            "Unrelated weather report follows today.",
        ]);
        let b = toks(&["In July, North Korea recognizes two separatist republics.", "Football scores arrived late."]);
        let p = align(&a, &b, &Options::default());
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!((p[0].a[0], p[0].b[0]), (0, 0));
    }

    #[test]
    fn inflected_words_of_other_scripts_pair_by_their_stems() {
        // Russian declines its nouns, and Arabic and Hebrew join "the", "and" and "in" to the word after:
        // the same words in other forms, and no word written alike but a conjunction.
        for (a, b) in [
            (
                "Кроме того, отопление отключено в двух школах, детском саду и поликлинике.",
                "Без тепла также остались школы, детский сад и поликлиника.",
            ),
            ("وأعلنت الحكومة إغلاق المدارس في المدينة", "قررت حكومة الإقليم إغلاق مدارس المدينة"),
            ("הרכבת הקלה הגיעה לשכונת הדקלים", "ברכבת קלה מגיעים לשכונה בדקלים"),
        ] {
            let a = toks(&[a, "Unrelated weather report follows today."]);
            let b = toks(&[b, "Football scores arrived late."]);
            let p = align(&a, &b, &Options::default());
            assert_eq!(p.len(), 1, "{p:?}");
            assert_eq!((p[0].a[0], p[0].b[0]), (0, 0));
        }
    }

    #[test]
    fn split_sentence_becomes_one_to_two() {
        let a = toks(&[
            "Putin wrote to Kim on liberation day and promised comprehensive constructive relations with Pyongyang.",
        ]);
        let b = toks(&[
            "Putin wrote to Kim on liberation day.",
            "He promised comprehensive constructive relations with Pyongyang.",
        ]);
        let p = align(&a, &b, &Options::default());
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].b, [0, 1]);
    }

    #[test]
    fn a_split_sentence_reworded_in_both_halves_becomes_one_to_two() {
        let a = toks(&[
            "A storm tore the roof off a school in the northern district of Velko on Monday night, killing two \
             teachers and injuring nine pupils, police said on Tuesday.",
            "The storm is the worst to hit the region since 2011, when 14 people died in floods near Aster.",
        ]);
        let b = toks(&[
            "At least two teachers have died after a storm ripped the roof from a primary school in Velko, the \
             region's second city, police said.",
            "Nine more pupils were hurt in the collapse in the northern district on Monday night.",
        ]);
        let p = align(&a, &b, &Options::default());
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].a == [0] && p[0].b == [0, 1], "{p:?}");
        // A neighbour that says something else is not grown into a pair, however many words it shares.
        let b = toks(&[
            "A storm tore the roof off a school in the northern district of Velko on Monday night, killing two \
             teachers and injuring nine pupils, police said on Tuesday.",
            "Police in Velko said on Tuesday that the school in the northern district had been due for repairs.",
        ]);
        let p = align(&a, &b, &Options::default());
        assert!(p.iter().all(|p| p.a.len() == 1 && p.b.len() == 1), "{p:?}");
    }

    #[test]
    fn an_abbreviated_sum_counts_as_written_out() {
        // A British copy writes "$6m" where the American one wrote "$6 million": the figure's words are
        // shared, so the sentence that gives the sum is the better match, not the one that is shorter.
        let a = toks(&["The growers had sought $6 million.", "The growers had sought help."]);
        let b = toks(&["The growers had sought $6m."]);
        let p = align(&a, &b, &Options::default());
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!((p[0].a, p[0].b), (Indices::one(0), Indices::one(0)), "{p:?}");
    }

    /// Align `a` and `b`, their first sentences marked as headlines where `heads` says so.
    fn align_headed(a: &[&str], b: &[&str], heads: (bool, bool)) -> Vec<Pair> {
        let (ta, tb) = (Texts::new(a), Texts::new(b));
        let ha = Headed { sentences: &ta, headline: heads.0.then_some(0) };
        let hb = Headed { sentences: &tb, headline: heads.1.then_some(0) };
        align_keyed(&ha, &hb, &Options::default()).pairs
    }

    /// Which sentence of B each pair gives sentence `i` of A, if any.
    fn partner(pairs: &[Pair], i: u32) -> Option<Vec<u32>> {
        pairs.iter().find(|p| p.a.contains(&i)).map(|p| p.b.to_vec())
    }

    // Two headlines sum a story up in words of their own; one of them shares more words with a body
    // sentence of the other report than with the other headline.
    const WIRE: [&str; 3] = [
        "Incumbent Reyes wins second term as governor",
        "Governor Marta Reyes won a second term on Sunday with 52% of the vote.",
        "Turnout was 61%, the electoral commission said.",
    ];
    const LOCAL: [&str; 4] = [
        "Reyes re-elected governor in clear win",
        "Governor Marta Reyes has won re-election with 52 per cent of the vote.",
        "Turnout rose to 61 per cent, the electoral commission said.",
        "Reyes is the first governor to win a second term since 1998.",
    ];

    #[test]
    fn two_headlines_pair_with_each_other_not_with_the_story() {
        // Unmarked, the wire's headline pairs with the local site's last sentence.
        assert_eq!(partner(&align(&WIRE, &LOCAL, &Options::default()), 0), Some(vec![3]));
        let pairs = align_headed(&WIRE, &LOCAL, (true, true));
        assert_eq!(partner(&pairs, 0), Some(vec![0]), "{pairs:?}");
        assert!(!pairs.iter().any(|p| p.b.contains(&3)), "{pairs:?}");
        // The same pairs, whichever report is A.
        let swapped = align_headed(&LOCAL, &WIRE, (true, true));
        assert_eq!(partner(&swapped, 0), Some(vec![0]), "{swapped:?}");
        assert!(!swapped.iter().any(|p| p.a.contains(&3)), "{swapped:?}");
    }

    #[test]
    fn headlines_that_share_a_word_pair_however_little_else_they_share() {
        let a = ["Okoro double sends Riverside into cup semi-finals", "Riverside beat Kingsbridge 3-1 on Tuesday."];
        let b = ["Match report: Riverside 3-1 Kingsbridge", "Okoro's double sends Riverside into the cup semi-finals."];
        // Unmarked, each headline pairs with the other report's story.
        let unmarked = align(&a, &b, &Options::default());
        assert_eq!(partner(&unmarked, 0), Some(vec![1]), "{unmarked:?}");
        let pairs = align_headed(&a, &b, (true, true));
        assert_eq!(partner(&pairs, 0), Some(vec![0]), "{pairs:?}");
        assert!(pairs[0].similarity < Options::default().min_in_order, "{pairs:?}");
        // Below any bar for the story's sentences, and the same whichever report is A.
        let a = ["Rescuers reach trapped miners after 40 hours underground", "All 14 miners were alive."];
        let b = ["Chile mine collapse: all 14 trapped workers found alive", "The miners were found on Thursday."];
        assert_eq!(partner(&align_headed(&a, &b, (true, true)), 0), Some(vec![0]));
        assert_eq!(partner(&align_headed(&b, &a, (true, true)), 0), Some(vec![0]));
        // Headlines with no word in common stay apart.
        let a = ["Parliament passes the budget", "The budget passed on Tuesday."];
        let b = ["Harbour bridge reopens", "The budget was passed by parliament on Tuesday."];
        let pairs = align_headed(&a, &b, (true, true));
        assert_eq!(partner(&pairs, 0), None, "{pairs:?}");
    }

    #[test]
    fn headlines_pair_when_the_story_echoes_them_more_than_each_other() {
        // Each headline's words are in more of the other report's sentences than a probe keeps, and in
        // all of them more fully than in the other headline.
        let (mut a, mut b) =
            (vec!["Harbour bridge storm closure".to_string()], vec!["Storm closes harbour bridge".to_string()]);
        for k in ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"] {
            a.push(format!("The storm closes the harbour bridge, the {k} report said."));
            b.push(format!("The harbour bridge storm closure was in the {k} notice."));
        }
        let (a, b): (Vec<&str>, Vec<&str>) = (a.iter().map(|s| &**s).collect(), b.iter().map(|s| &**s).collect());
        let pairs = align_headed(&a, &b, (true, true));
        assert_eq!(partner(&pairs, 0), Some(vec![0]), "{pairs:?}");
    }

    #[test]
    fn a_headline_against_a_report_without_one_may_pair_with_its_story() {
        let b = &LOCAL[1..];
        let pairs = align_headed(&WIRE, b, (true, false));
        assert_eq!(partner(&pairs, 0), Some(vec![2]), "{pairs:?}");
    }

    #[test]
    fn a_headline_pair_is_not_grown_into_a_split() {
        let a = ["Storm shuts harbour bridge for a week as crews race to repair it", "Ferries will run every hour."];
        let b =
            ["Storm shuts harbour bridge", "Crews race to repair it within a week.", "Ferries will run every hour."];
        // Unmarked, the headline of A takes in B's headline and the sentence after it.
        let unmarked = align(&a, &b, &Options::default());
        assert_eq!(partner(&unmarked, 0), Some(vec![0, 1]), "{unmarked:?}");
        let pairs = align_headed(&a, &b, (true, true));
        assert_eq!(partner(&pairs, 0), Some(vec![0]), "{pairs:?}");
    }

    #[test]
    fn a_subhead_is_not_grown_into_the_pair_of_the_paragraph_under_it() {
        let a = ["The repairs are expected to cost £4.3 million, to be paid from the council's emergency fund."];
        for subhead in ["What will it cost?", "Cost of repairs"] {
            let b = [subhead, "The council says £4.3m, from its emergency fund."];
            let pairs = align(&a, &b, &Options::default());
            assert_eq!(partner(&pairs, 0), Some(vec![1]), "{pairs:?}");
        }
        // A list's item is the rest of a sentence another report wrote whole.
        let a = ["Buses will use the Northgate crossing, and ferries will run every 10 minutes."];
        let b = ["- Buses use the Northgate crossing", "- Ferries every 10 minutes"];
        assert_eq!(partner(&align(&a, &b, &Options::default()), 0), Some(vec![0, 1]));
    }

    #[test]
    fn unrelated_sentences_do_not_pair() {
        let a = toks(&["The harbour bridge reopened after storm repairs."]);
        let b = toks(&["Parliament passed the budget on Tuesday evening."]);
        assert!(align(&a, &b, &Options::default()).is_empty());
    }
}
