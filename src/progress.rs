//! How far loading a corpus has got: counted by the library, shown by whoever waits for it.
//!
//! Reading ten thousand reports takes seconds. The library counts in atomics that any thread may read,
//! and never prints: the command line or the TUI decides whether and how to show it.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Counters of one load. All start at zero; `Default` makes one.
#[derive(Debug, Default)]
pub struct LoadProgress {
    /// Files found to read, once the paths have been walked.
    files: AtomicUsize,
    /// Files read and prepared so far.
    read: AtomicUsize,
    /// Every file is read, and the reports are being checked against each other.
    checking: AtomicBool,
}

/// Where a load stands, as one reading of its counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadStage {
    /// Walking the paths for files.
    Finding,
    /// Reading files: how many are done, of how many.
    Reading { done: usize, of: usize },
    /// Checking the reports' boilerplate against each other.
    Checking,
}

impl LoadProgress {
    /// The paths are walked: `n` files are to be read.
    pub fn found(&self, n: usize) {
        self.files.store(n, Ordering::Relaxed);
    }

    /// One more file is read (from any thread).
    pub fn read_one(&self) {
        self.read.fetch_add(1, Ordering::Relaxed);
    }

    /// Every file is read; the reports are checked against each other next.
    pub fn checking(&self) {
        self.checking.store(true, Ordering::Relaxed);
    }

    /// Where the load stands now.
    pub fn stage(&self) -> LoadStage {
        let of = self.files.load(Ordering::Relaxed);
        if self.checking.load(Ordering::Relaxed) {
            LoadStage::Checking
        } else if of == 0 {
            LoadStage::Finding
        } else {
            LoadStage::Reading { done: self.read.load(Ordering::Relaxed).min(of), of }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Corpus;

    #[test]
    fn a_load_counts_every_file_then_checks() {
        let dir = tempfile::tempdir().unwrap();
        for n in 0..7 {
            let text = format!("Report {n} on the bridge\n\nThe bridge reopened on Monday after repairs.\n");
            std::fs::write(dir.path().join(format!("{n}.txt")), text).unwrap();
        }
        let progress = LoadProgress::default();
        assert_eq!(progress.stage(), LoadStage::Finding);
        let corpus = Corpus::load_counting(&[dir.path()], &progress).unwrap();
        assert_eq!(corpus.articles.len(), 7);
        assert_eq!(progress.stage(), LoadStage::Checking);
        assert_eq!(progress.read.load(Ordering::Relaxed), 7);
    }

    #[test]
    fn reading_never_counts_past_the_files_found() {
        let p = LoadProgress::default();
        p.found(2);
        (0..3).for_each(|_| p.read_one());
        assert_eq!(p.stage(), LoadStage::Reading { done: 2, of: 2 });
    }
}
