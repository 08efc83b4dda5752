//! Shingles: hashed runs of three folded words inside one sentence, the unit of shared wording.
//!
//! Words are folded (case, quote style, punctuation) but not stemmed: a shingle is evidence of copied
//! wording, and a change of inflection is a change of wording. Stopwords stay in, since they make a run of
//! three words specific ("the two countries" against "two countries had").

use crate::normalize::{tokens, with_fold};

/// Words in a shingle.
pub const WIDTH: usize = 3;

/// The sorted, distinct shingle hashes of a list of sentences.
pub fn shingles<'a>(sentences: impl IntoIterator<Item = &'a str>) -> Vec<u32> {
    let mut out = Vec::new();
    for s in sentences {
        sentence_shingles(s, &mut out);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Append the shingles of one sentence (unsorted, possibly repeated).
pub(crate) fn sentence_shingles(sentence: &str, out: &mut Vec<u32>) {
    // A window of the last three word hashes slides over the sentence: no list of its words is built.
    let mut window = [0u64; WIDTH];
    let mut seen = 0;
    for x in tokens(sentence).map(|w| with_fold(w, word_hash)).filter(|&h| h != EMPTY) {
        window.rotate_left(1);
        window[WIDTH - 1] = x;
        seen += 1;
        if seen >= WIDTH {
            let mut h = 0xcbf2_9ce4_8422_2325u64;
            for &x in &window {
                h = (h ^ x).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(29);
            }
            out.push((h ^ (h >> 32)) as u32);
        }
    }
}

const EMPTY: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a over the bytes: fixed across runs and platforms, so results never depend on a random seed.
fn word_hash(word: &str) -> u64 {
    let mut h = EMPTY;
    for b in word.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_ignore_case_and_punctuation() {
        assert_eq!(shingles(["The Bridge, reopened today."]), shingles(["the bridge reopened “today”"]));
        assert_eq!(shingles(["a b c d"]).len(), 2);
        assert!(shingles(["too short"]).is_empty());
    }

    #[test]
    fn shingles_do_not_cross_sentences() {
        assert_eq!(shingles(["one two", "three four"]).len(), 0);
    }
}
