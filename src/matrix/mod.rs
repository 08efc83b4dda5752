//! Similarity across a corpus: for every pair of reports that share wording, a similarity and the
//! containment both ways; the nearest reports of each; and which report each one most likely draws on.
//!
//! ```text
//! Article ──shingles──▶ sorted word-trigram hashes           (shingles.rs)
//! all hashes ──sort──▶ inverted index (hash, article)        (index.rs: exact shared counts, rayon)
//! pairs ──nearest / derivation──▶ hints with evidence         (derivation.rs, date.rs)
//! sentence ──coverage──▶ other articles carrying it           (coverage.rs)
//! ```
//!
//! Nothing is aligned sentence by sentence here: at 10,000 articles that would be 50 million comparisons.
//! Shared shingles are counted exactly through one sorted index instead; phrases so common that they are no
//! evidence of copying find no pairs, unless an article is made of them (a story hundreds of outlets ran).

mod coverage;
mod date;
mod derivation;
mod index;
mod shingles;

pub use coverage::Coverage;
pub use date::{Clock, Date, Published, Zone, publication_date};
pub(crate) use date::{is_clock_line, is_weekday, is_zone_name};
pub use derivation::{Basis, Derivation, Doubt, MIN_CONTAINMENT, MIN_SENTENCES, NEAR_SOURCE, near_sources_in_words};
pub use shingles::shingles;

use crate::corpus::Corpus;

/// Tuning of [`Matrix::build_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// A shingle that occurs in more articles than this finds no pair by itself (a stock phrase is no
    /// evidence), unless most of an article's shingles are that common: then the article is one of many
    /// copies of a story. Either way it counts in the pairs found.
    pub max_df: usize,
    /// Pairs sharing fewer shingles than this are not recorded.
    pub min_shared: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options { max_df: 256, min_shared: 2 }
    }
}

/// A report of how far a long run has come, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// What is being done: "shingling", "indexing", "comparing".
    pub stage: &'static str,
    /// Items done.
    pub done: usize,
    /// Items in all.
    pub total: usize,
}

/// An article as the matrix refers to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The article's id.
    pub id: String,
    /// The article's path.
    pub path: String,
    /// The article's headline.
    pub title: String,
    /// Distinct shingles of its body.
    pub shingles: usize,
    /// The first full date in its text, taken as its publication date, and the time printed beside it.
    pub date: Option<Published>,
}

/// Two articles that share wording. `a < b`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    /// Index of the first article.
    pub a: usize,
    /// Index of the second article.
    pub b: usize,
    /// Shingles found in both.
    pub shared: usize,
    /// Jaccard similarity of the two shingle sets, in [0, 1].
    pub similarity: f64,
    /// Share of A's shingles found in B.
    pub a_in_b: f64,
    /// Share of B's shingles found in A.
    pub b_in_a: f64,
}

/// One cell of the matrix, seen from a row article towards a column article.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    /// Jaccard similarity.
    pub similarity: f64,
    /// Share of the row article found in the column article.
    pub contained: f64,
    /// Share of the column article found in the row article.
    pub contains: f64,
    /// Shingles in both.
    pub shared: usize,
}

/// A near report of an article.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Neighbour {
    /// Index of the other article.
    pub other: usize,
    /// The pair seen from the article: `contained` is how much of it is found in `other`.
    pub cell: Cell,
}

/// The similarity matrix of a corpus, stored sparsely: only pairs that share wording.
#[derive(Debug, Clone, Default)]
pub struct Matrix {
    /// The articles, in corpus order.
    pub articles: Vec<Entry>,
    /// Pairs sharing at least [`Options::min_shared`] shingles, sorted by `(a, b)`.
    pub pairs: Vec<Pair>,
    /// For each article, indices into `pairs` of the pairs it is in.
    adjacency: Vec<Vec<usize>>,
}

impl Matrix {
    /// Build the matrix with default options.
    pub fn build(corpus: &Corpus) -> Matrix {
        Matrix::build_with(corpus, &Options::default(), &|_| {})
    }

    /// Build the matrix, reporting progress now and then.
    pub fn build_with(corpus: &Corpus, opts: &Options, progress: &(dyn Fn(Progress) + Sync)) -> Matrix {
        let (shingle_index, sizes) = index::build(&corpus.articles, progress);
        let articles = corpus
            .articles
            .iter()
            .zip(&sizes)
            .map(|(a, &shingles)| Entry {
                id: a.id.clone(),
                path: a.path.clone(),
                title: a.title.clone(),
                shingles,
                date: publication_date(a),
            })
            .collect::<Vec<_>>();
        let pairs = index::shared_counts(&corpus.articles, &shingle_index, opts, progress);
        Matrix::from_pairs(articles, pairs)
    }

    /// Assemble a matrix from entries and `(a, b, shared)` counts.
    pub fn from_pairs(articles: Vec<Entry>, mut counts: Vec<(usize, usize, usize)>) -> Matrix {
        counts.sort_unstable();
        let pairs: Vec<Pair> = counts
            .into_iter()
            .map(|(a, b, shared)| {
                let (na, nb) = (articles[a].shingles.max(1) as f64, articles[b].shingles.max(1) as f64);
                let s = shared as f64;
                Pair { a, b, shared, similarity: s / (na + nb - s).max(1.0), a_in_b: s / na, b_in_a: s / nb }
            })
            .collect();
        let mut adjacency = vec![Vec::new(); articles.len()];
        for (i, p) in pairs.iter().enumerate() {
            adjacency[p.a].push(i);
            adjacency[p.b].push(i);
        }
        Matrix { articles, pairs, adjacency }
    }

    /// The pair of two articles, in either order, if they share wording.
    pub fn pair(&self, i: usize, j: usize) -> Option<&Pair> {
        let (a, b) = (i.min(j), i.max(j));
        self.pairs.binary_search_by(|p| (p.a, p.b).cmp(&(a, b))).ok().map(|k| &self.pairs[k])
    }

    /// The cell at `row`, `col`: the diagonal is 1, pairs without shared wording 0.
    pub fn cell(&self, row: usize, col: usize) -> Cell {
        if row == col {
            let n = self.articles.get(row).map_or(0, |e| e.shingles);
            return Cell { similarity: 1.0, contained: 1.0, contains: 1.0, shared: n };
        }
        match self.pair(row, col) {
            Some(p) => orient(p, row),
            None => Cell { similarity: 0.0, contained: 0.0, contains: 0.0, shared: 0 },
        }
    }

    /// Every report sharing wording with article `i`, nearest first (by similarity, then containment).
    pub fn neighbours(&self, i: usize) -> Vec<Neighbour> {
        let mut out: Vec<Neighbour> = self
            .adjacency
            .get(i)
            .into_iter()
            .flatten()
            .map(|&k| {
                let p = &self.pairs[k];
                Neighbour { other: if p.a == i { p.b } else { p.a }, cell: orient(p, i) }
            })
            .collect();
        out.sort_by(|x, y| {
            y.cell
                .similarity
                .total_cmp(&x.cell.similarity)
                .then(y.cell.contained.total_cmp(&x.cell.contained))
                .then(x.other.cmp(&y.other))
        });
        out
    }

    /// The `k` nearest reports of article `i`.
    pub fn nearest(&self, i: usize, k: usize) -> Vec<Neighbour> {
        let mut n = self.neighbours(i);
        n.truncate(k);
        n
    }

    /// For each article, the report it most likely draws on, with the evidence; `None` when no report
    /// holds enough of it, or it looks like the source rather than the copy.
    pub fn derivations(&self, corpus: &Corpus) -> Vec<Option<Derivation>> {
        derivation::derive(self, corpus)
    }
}

fn orient(p: &Pair, row: usize) -> Cell {
    let (contained, contains) = if p.a == row { (p.a_in_b, p.b_in_a) } else { (p.b_in_a, p.a_in_b) };
    Cell { similarity: p.similarity, contained, contains, shared: p.shared }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;

    fn corpus(texts: &[&str]) -> Corpus {
        let articles =
            texts.iter().enumerate().map(|(i, t)| Article::from_text(format!("a{i}.txt"), t, "utf-8")).collect();
        Corpus::from_articles(articles)
    }

    const BASE: &str = "Bridge reopens after repairs\n\nThe harbour bridge reopened on Monday after months of repairs to its steel deck.\n\nEngineers said the work had cost far more than the city first planned.\n\nTraffic was light in the morning but grew heavy by the evening rush.";

    #[test]
    fn identical_articles_are_fully_contained() {
        let c = corpus(&[BASE, BASE]);
        let m = Matrix::build(&c);
        let cell = m.cell(0, 1);
        assert!((cell.similarity - 1.0).abs() < 1e-9);
        assert!((cell.contained - 1.0).abs() < 1e-9);
    }

    #[test]
    fn partial_copy_is_contained_one_way() {
        let copy = "Bridge news\n\nThe harbour bridge reopened on Monday after months of repairs to its steel deck.\n\nA local bakery sold out of bread early.";
        let other = "Weather\n\nRain is expected across the north with strong winds along the coast tonight.";
        let c = corpus(&[BASE, copy, other]);
        let m = Matrix::build(&c);
        let cell = m.cell(1, 0);
        assert!(cell.contained > 0.4 && cell.contained < 0.7, "{cell:?}");
        assert!(
            cell.contains < cell.contained,
            "{cell:?} {:?}",
            c.articles.iter().map(|a| a.sentences.len()).collect::<Vec<_>>()
        );
        assert_eq!(m.cell(2, 0).similarity, 0.0);
        assert_eq!(m.nearest(1, 5).len(), 1);
        assert_eq!(m.nearest(1, 5)[0].other, 0);
    }
}
