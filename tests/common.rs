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

/// The sample corpus folder.
pub fn sample_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/corpus")
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

/// The built binary, with a neutral environment: no NO_COLOR, and backtraces requested so that a panic
/// would show one (the tests then prove none is printed).
pub fn pressdiff() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_pressdiff"));
    cmd.env_remove("NO_COLOR").env("RUST_BACKTRACE", "1");
    cmd
}

/// Every string inside a JSON value (keys included), so a test can check all text a script would see.
pub fn json_strings(v: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(xs) => xs.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    out.push(k.clone());
                    walk(x, out);
                }
            }
            _ => {}
        }
    }
    walk(v, &mut out);
    out
}

/// The first control character of `text` other than newline and tab, with its position.
pub fn first_control(text: &str) -> Option<(usize, char)> {
    text.char_indices().find(|&(_, c)| c.is_control() && c != '\n' && c != '\t')
}

/// Remove SGR sequences (`ESC [ digits/semicolons m`) and return the rest, or describe the first escape
/// sequence that is not SGR.
pub fn strip_sgr(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&rest[..at]);
        let seq = &rest[at + 1..];
        let params = seq.strip_prefix('[').ok_or_else(|| format!("non-CSI escape at {:?}", clip(&rest[at..])))?;
        let end = params
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .ok_or_else(|| format!("unterminated CSI at {:?}", clip(&rest[at..])))?;
        if !params[end..].starts_with('m') {
            return Err(format!("non-SGR CSI at {:?}", clip(&rest[at..])));
        }
        rest = &params[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn clip(s: &str) -> String {
    s.chars().take(20).collect()
}

/// A seeded pseudo-random generator (xorshift64*), so generated inputs are the same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A made-up word: consonant-vowel syllables, distinct for distinct `n`.
pub fn word(mut n: usize) -> String {
    const C: &[u8] = b"bdfgklmnprstvz";
    const V: &[u8] = b"aeiou";
    let mut w = String::new();
    loop {
        w.push(C[n % C.len()] as char);
        n /= C.len();
        w.push(V[n % V.len()] as char);
        n /= V.len();
        if n == 0 {
            break;
        }
    }
    w
}

/// A sentence of 8–20 words drawn from a vocabulary of `vocab` made-up words, capitalised, with a full stop.
pub fn sentence(rng: &mut Rng, vocab: usize) -> String {
    let n = 8 + rng.below(13);
    let mut s = (0..n).map(|_| word(rng.below(vocab))).collect::<Vec<_>>().join(" ");
    s[..1].make_ascii_uppercase();
    s.push('.');
    s
}
