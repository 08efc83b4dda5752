//! Word-level diff inside one aligned pair. The only file that imports `similar`, so an API change there
//! touches nothing else.
//!
//! Tokens are whitespace-separated words keyed by [`fold`]: case, quote style and punctuation never show as
//! a change, while a change of inflection does. A token made only of punctuation rides on its neighbour.
//! Patience diff is used (it anchors on unique words, which reads better for prose), always with a deadline.

use crate::normalize::{hash_str, with_fold, words};
use serde::Serialize;
use similar::{Algorithm, DiffOp, capture_diff_slices_by_key_deadline};
use std::borrow::Cow;
use std::time::{Duration, Instant};

/// What happened to a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// In both texts (shown as B has it).
    Equal,
    /// Only in A.
    Delete,
    /// Only in B.
    Insert,
}

/// A run of words with one operation, words joined by single spaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Word {
    /// The operation.
    pub op: Op,
    /// The words as written (B's spelling for equal runs).
    pub text: String,
}

/// No pair of sentences gets more than this; a pathological pair falls back to a coarser diff.
const DEADLINE: Duration = Duration::from_millis(500);

/// A display token and the hash of its folded key (hashing once keeps the diff's key function cheap).
/// The text borrows the word unless punctuation had to be attached to it.
struct Token<'a> {
    text: Cow<'a, str>,
    key: u64,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token> = Vec::new();
    let mut pending = String::new();
    for w in words(text) {
        let Some(key) = with_fold(w, |f| (!f.is_empty()).then(|| hash_str(f))) else {
            // Punctuation alone ("–", "•") joins the word before it, or the next word at the start.
            let into = out.last_mut().map_or(&mut pending, |t| t.text.to_mut());
            if !into.is_empty() {
                into.push(' ');
            }
            into.push_str(w);
            continue;
        };
        let text = if pending.is_empty() {
            Cow::Borrowed(w)
        } else {
            Cow::Owned(format!("{} {w}", std::mem::take(&mut pending)))
        };
        out.push(Token { text, key });
    }
    if !pending.is_empty() {
        out.push(Token { text: Cow::Owned(pending), key: 0 });
    }
    out
}

/// Diff the words of `a` against those of `b`.
pub fn diff(a: &str, b: &str) -> Vec<Word> {
    diff_until(a, b, Instant::now() + DEADLINE)
}

/// Diff with a deadline shared by the caller: a comparison of two huge documents gives all its pairs one
/// budget, and the pairs diffed after it runs out get a coarse (but still correct) delete-and-insert.
pub fn diff_until(a: &str, b: &str, deadline: Instant) -> Vec<Word> {
    let ta = tokens(a);
    let tb = tokens(b);
    let deadline = deadline.min(Instant::now() + DEADLINE);
    let ops = capture_diff_slices_by_key_deadline(Algorithm::Patience, &ta, &tb, |t| t.key, Some(deadline));
    let mut raw: Vec<(Op, &str)> = Vec::with_capacity(ta.len().max(tb.len()));
    for op in ops {
        match op {
            DiffOp::Equal { new_index, len, .. } => {
                raw.extend(tb[new_index..new_index + len].iter().map(|t| (Op::Equal, t.text.as_ref())))
            }
            DiffOp::Delete { old_index, old_len, .. } => {
                raw.extend(ta[old_index..old_index + old_len].iter().map(|t| (Op::Delete, t.text.as_ref())))
            }
            DiffOp::Insert { new_index, new_len, .. } => {
                raw.extend(tb[new_index..new_index + new_len].iter().map(|t| (Op::Insert, t.text.as_ref())))
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                raw.extend(ta[old_index..old_index + old_len].iter().map(|t| (Op::Delete, t.text.as_ref())));
                raw.extend(tb[new_index..new_index + new_len].iter().map(|t| (Op::Insert, t.text.as_ref())));
            }
        }
    }
    coalesce(raw)
}

/// Every word of `text` as one run with one operation (for added, omitted and copied sentences).
pub fn whole(op: Op, text: &str) -> Vec<Word> {
    // Sentence text is single-spaced already, and `collapse` then only checks and copies it.
    let t = crate::sentences::collapse(text);
    if t.is_empty() { Vec::new() } else { vec![Word { op, text: t }] }
}

/// Join runs: equal words into one run, and every stretch of changes between two equal runs into one
/// delete run followed by one insert run, so that hunks split only by whitespace read as one.
fn coalesce(raw: Vec<(Op, &str)>) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut del: Vec<&str> = Vec::new();
    let mut ins: Vec<&str> = Vec::new();
    let mut eq: Vec<&str> = Vec::new();
    let flush_changes = |out: &mut Vec<Word>, del: &mut Vec<&str>, ins: &mut Vec<&str>| {
        if !del.is_empty() {
            out.push(Word { op: Op::Delete, text: del.join(" ") });
            del.clear();
        }
        if !ins.is_empty() {
            out.push(Word { op: Op::Insert, text: ins.join(" ") });
            ins.clear();
        }
    };
    for (op, w) in raw {
        match op {
            Op::Equal => {
                flush_changes(&mut out, &mut del, &mut ins);
                eq.push(w);
            }
            _ => {
                if !eq.is_empty() {
                    out.push(Word { op: Op::Equal, text: eq.join(" ") });
                    eq.clear();
                }
                if op == Op::Delete { del.push(w) } else { ins.push(w) }
            }
        }
    }
    flush_changes(&mut out, &mut del, &mut ins);
    if !eq.is_empty() {
        out.push(Word { op: Op::Equal, text: eq.join(" ") });
    }
    out
}

/// Whether two texts are the same up to case, quote style, punctuation and whitespace.
pub fn same_folded(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Words that fold to nothing (punctuation alone) are skipped on each side; the rest must fold alike.
    let has_key = |w: &&str| w.chars().any(char::is_alphanumeric);
    let (mut xs, mut ys) = (words(a).filter(has_key), words(b).filter(has_key));
    loop {
        match (xs.next(), ys.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) => {
                if x != y && !with_fold(x, |fx| with_fold(y, |fy| fx == fy)) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(ws: &[Word]) -> String {
        ws.iter()
            .map(|w| match w.op {
                Op::Equal => w.text.clone(),
                Op::Delete => format!("[-{}-]", w.text),
                Op::Insert => format!("{{+{}+}}", w.text),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn quote_style_and_case_are_not_changes() {
        let d = diff("Russia said “expand” its \"ties\".", "russia said \"Expand\" its ‘ties’");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].op, Op::Equal);
    }

    #[test]
    fn rewording_shows_as_one_hunk() {
        let d = diff(
            "ties have been consolidated and developed century after century",
            "ties have been reinforced and developed century after century",
        );
        assert_eq!(show(&d), "ties have been [-consolidated-] {+reinforced+} and developed century after century");
    }

    #[test]
    fn adjacent_changes_merge() {
        let d = diff("a b c d e", "a x c y e");
        assert_eq!(show(&d), "a [-b-] {+x+} c [-d-] {+y+} e");
        let d = diff("one two three", "uno dos tres");
        assert_eq!(show(&d), "[-one two three-] {+uno dos tres+}");
    }

    #[test]
    fn punctuation_rides_on_words() {
        let d = diff("war – and peace", "war and peace");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "war and peace");
    }

    proptest::proptest! {
        /// The allocation-free comparison means what its definition says: equal sequences of non-empty folds.
        #[test]
        fn same_folded_compares_the_folded_words(
            a in "([aAbB'’.,“”–-]{1,3} ?){0,6}",
            b in "([aAbB'’.,“”–-]{1,3} ?){0,6}",
        ) {
            let folds = |t: &str| -> Vec<String> {
                words(t).map(crate::normalize::fold).filter(|k| !k.is_empty()).collect()
            };
            proptest::prop_assert_eq!(same_folded(&a, &b), folds(&a) == folds(&b));
        }
    }

    #[test]
    fn same_folded_ignores_punctuation() {
        assert!(same_folded("He said: “Yes.”", "he said yes"));
        assert!(!same_folded("He said yes", "She said yes"));
    }
}
