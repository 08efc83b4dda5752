//! Work that may take longer than a frame runs here, off the input loop: comparisons, the similarity-to-A
//! column for the whole corpus, the facts ledger, the similarity matrix and the coverage of A's sentences.
//! Results come back over a channel that the loop drains.

use pressdiff::facts::Ledger;
use pressdiff::matrix::{Coverage, Derivation, Matrix, Progress};
use pressdiff::{Comparison, Corpus, compare};
use rayon::prelude::*;
use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, OnceLock};

/// A finished piece of work.
pub enum Done {
    /// The comparison of articles `a` and `b`.
    Compared { a: usize, b: usize, comparison: Arc<Comparison> },
    /// The similarity of article `index` to the base of column run `generation`.
    Similarity { generation: u64, index: usize, value: f64 },
    /// The facts of the whole corpus.
    Ledger(Arc<Ledger>),
    /// How far the matrix has come.
    MatrixProgress(Progress),
    /// The similarity matrix and each article's derivation hint.
    Matrix { matrix: Arc<Matrix>, derivations: Arc<Vec<Option<Derivation>>> },
    /// For each sentence of article `a`, how many other articles carry it.
    Coverage { a: usize, sentences: Arc<Vec<Option<usize>>> },
}

/// Starts jobs and collects their results.
pub struct Worker {
    corpus: Arc<Corpus>,
    tx: Sender<Done>,
    rx: Receiver<Done>,
    comparing: HashSet<(usize, usize)>,
    /// The similarity column currently wanted; a column run stops as soon as this moves on.
    generation: Arc<AtomicU64>,
    column_left: usize,
    ledger: bool,
    ledger_done: bool,
    matrix: bool,
    matrix_done: bool,
    covering: HashSet<usize>,
    /// The corpus's shingles, built by the first coverage job and kept for the next ones.
    coverage: Arc<OnceLock<Coverage>>,
}

impl Worker {
    pub fn new(corpus: Arc<Corpus>) -> Worker {
        let (tx, rx) = channel();
        Worker {
            corpus,
            tx,
            rx,
            comparing: HashSet::new(),
            generation: Arc::new(AtomicU64::new(0)),
            column_left: 0,
            ledger: false,
            ledger_done: false,
            matrix: false,
            matrix_done: false,
            covering: HashSet::new(),
            coverage: Arc::new(OnceLock::new()),
        }
    }

    /// Gather the facts of the corpus, once.
    pub fn ledger(&mut self) {
        if std::mem::replace(&mut self.ledger, true) {
            return;
        }
        let (corpus, tx) = (Arc::clone(&self.corpus), self.tx.clone());
        std::thread::spawn(move || {
            let _ = tx.send(Done::Ledger(Arc::new(Ledger::build(&corpus.articles))));
        });
    }

    /// Build the similarity matrix and the derivation hints, once, reporting progress.
    pub fn matrix(&mut self) {
        if std::mem::replace(&mut self.matrix, true) {
            return;
        }
        let (corpus, tx) = (Arc::clone(&self.corpus), self.tx.clone());
        std::thread::spawn(move || {
            let report = |p: Progress| {
                let _ = tx.send(Done::MatrixProgress(p));
            };
            let matrix = Matrix::build_with(&corpus, &Default::default(), &report);
            let derivations = Arc::new(matrix.derivations(&corpus));
            let _ = tx.send(Done::Matrix { matrix: Arc::new(matrix), derivations });
        });
    }

    /// Count, for each sentence of article `a`, the other articles carrying it.
    pub fn coverage(&mut self, a: usize) {
        if !self.covering.insert(a) {
            return;
        }
        let (corpus, tx, cov) = (Arc::clone(&self.corpus), self.tx.clone(), Arc::clone(&self.coverage));
        std::thread::spawn(move || {
            let sentences = cov.get_or_init(|| Coverage::build(&corpus.articles)).sentences(&corpus.articles, a);
            let _ = tx.send(Done::Coverage { a, sentences: Arc::new(sentences) });
        });
    }

    /// Compare `a` with `b` in the background, unless that is already under way.
    pub fn compare(&mut self, a: usize, b: usize) {
        if !self.comparing.insert((a, b)) {
            return;
        }
        let (corpus, tx) = (Arc::clone(&self.corpus), self.tx.clone());
        std::thread::spawn(move || {
            let comparison = Arc::new(compare(&corpus.articles[a], &corpus.articles[b]));
            // The receiver is gone only when the app has quit.
            let _ = tx.send(Done::Compared { a, b, comparison });
        });
    }

    /// Compute every article's similarity to `base`, abandoning any earlier column. Returns the generation
    /// that results will carry.
    pub fn similarity_column(&mut self, base: usize) -> u64 {
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let (corpus, tx, current) = (Arc::clone(&self.corpus), self.tx.clone(), Arc::clone(&self.generation));
        self.column_left = corpus.articles.len();
        std::thread::spawn(move || {
            let a = &corpus.articles[base];
            (0..corpus.articles.len()).into_par_iter().for_each_with(tx, |tx, index| {
                if current.load(Ordering::Relaxed) != generation {
                    return;
                }
                let value = if index == base { 1.0 } else { compare(a, &corpus.articles[index]).similarity };
                let _ = tx.send(Done::Similarity { generation, index, value });
            });
        });
        generation
    }

    /// The results that are ready, without waiting.
    pub fn ready(&mut self) -> Vec<Done> {
        let done: Vec<Done> = self.rx.try_iter().collect();
        self.account(&done);
        done
    }

    /// Wait up to `timeout` for one result, then take all that are ready.
    #[cfg(test)]
    pub fn wait(&mut self, timeout: std::time::Duration) -> Vec<Done> {
        let mut done: Vec<Done> = self.rx.recv_timeout(timeout).into_iter().collect();
        done.extend(self.rx.try_iter());
        self.account(&done);
        done
    }

    fn account(&mut self, done: &[Done]) {
        let current = self.generation.load(Ordering::SeqCst);
        for d in done {
            match d {
                Done::Compared { a, b, .. } => {
                    self.comparing.remove(&(*a, *b));
                }
                Done::Similarity { generation, .. } if *generation == current => {
                    self.column_left = self.column_left.saturating_sub(1)
                }
                Done::Coverage { a, .. } => {
                    self.covering.remove(a);
                }
                Done::Matrix { .. } => self.matrix_done = true,
                Done::Ledger(_) => self.ledger_done = true,
                Done::Similarity { .. } | Done::MatrixProgress(_) => {}
            }
        }
    }

    /// Whether anything is still running.
    pub fn busy(&self) -> bool {
        !self.comparing.is_empty()
            || self.column_left > 0
            || !self.covering.is_empty()
            || (self.ledger && !self.ledger_done)
            || (self.matrix && !self.matrix_done)
    }

    /// Similarities still to come in the current column.
    pub fn column_left(&self) -> usize {
        self.column_left
    }
}
