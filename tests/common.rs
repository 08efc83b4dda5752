//! Shared helpers for the integration tests.

#![allow(dead_code)]

use std::path::PathBuf;

/// Path of a fixture under `tests/data`.
pub fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

/// Path of a sample article under `assets/corpus`.
pub fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/corpus").join(name)
}

/// The BBC copy in the sample corpus: the cleanest report, and the base every comparison starts from.
pub const BBC: &str = "004_5abb5772e0315b45.txt";

/// The sample corpus file names, in path order.
pub const SAMPLES: [&str; 5] = [
    "000_e1ce51db32a55e92.txt",
    "001_be7a17cd2114efca.txt",
    "002_b163edcbdd175167.txt",
    "003_e51ecf91464a7da7.txt",
    "004_5abb5772e0315b45.txt",
];
