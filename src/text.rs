//! Shared text: a sentence, or a run of its words, as a range of one copy of its report's text.
//!
//! A report is read into memory once, and that copy is kept. Its sentences, the segments of a comparison
//! that show them and the runs of a word diff are ranges of it: a sentence costs sixteen bytes, not an
//! allocation and a copy of its words. On a long report the copies were most of the memory a comparison
//! touched, and touching fresh memory is most of what separates its CPU time from a plain word diff's.

use serde::{Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// A range of a shared string, read as a `str`.
///
/// Ranges are kept in four bytes each. Text past 4 GiB of its string is not reachable as a range:
/// [`Text::slice`] copies such a part instead, and a string made into a `Text` whole is cut there. No
/// sentence comes near that (the sentence splitter cuts its input into pieces of 16 KiB).
#[derive(Clone)]
pub struct Text {
    base: Arc<String>,
    start: u32,
    end: u32,
}

impl Text {
    /// The whole of `base`.
    pub fn whole(base: Arc<String>) -> Text {
        let end = floor_boundary(&base, u32::MAX as usize);
        Text { end: end as u32, base, start: 0 }
    }

    /// The text as a `str`.
    pub fn as_str(&self) -> &str {
        &self.base[self.start as usize..self.end as usize]
    }

    /// `part`, which is usually a slice of this text: then it shares the same string. Any other `str`
    /// (a collapsed copy, a join) gets a string of its own.
    pub fn slice(&self, part: &str) -> Text {
        let (own, at) = (self.as_str().as_ptr() as usize, part.as_ptr() as usize);
        if at >= own && at + part.len() <= own + self.as_str().len() {
            let start = self.start + (at - own) as u32;
            return Text { base: self.base.clone(), start, end: start + part.len() as u32 };
        }
        Text::from(part)
    }

    /// [`Text::slice`] of a part that is borrowed from this text when it stands there as it is, or was made
    /// apart (collapsed, joined), when it moves into a string of its own without another copy.
    pub fn part(&self, part: Cow<'_, str>) -> Text {
        match part {
            Cow::Borrowed(t) => self.slice(t),
            Cow::Owned(t) => Text::from(t),
        }
    }

    /// The same part of `to` as this text is of `from`, where `from` and `to` read the same (one block
    /// that stands in two reports): a sentence read in one report, placed in the other's text. A text that
    /// is not a range of `from` (a collapsed copy) is shared as it is.
    pub fn rebased(&self, from: &Text, to: &Text) -> Text {
        debug_assert_eq!(from.as_str(), to.as_str());
        if Arc::ptr_eq(&self.base, &from.base) && self.start >= from.start && self.end <= from.end {
            let start = to.start + (self.start - from.start);
            return Text { base: to.base.clone(), start, end: start + (self.end - self.start) };
        }
        self.clone()
    }

    /// Whether this text is a range of the same string as `other`.
    pub fn shares_string_with(&self, other: &Text) -> bool {
        Arc::ptr_eq(&self.base, &other.base)
    }
}

/// The largest char boundary of `text` at or below `at`.
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    (0..=at).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text::whole(Arc::new(text))
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::from(text.to_string())
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_shares_its_string_and_anything_else_is_copied() {
        let whole = Text::from("The ferry resumed on Friday. Traffic was light.".to_string());
        let second = whole.slice(&whole[29..]);
        assert_eq!(second, "Traffic was light.");
        assert!(Arc::ptr_eq(&second.base, &whole.base));
        // A slice of a slice still points into the one string.
        let word = second.slice(&second[8..11]);
        assert_eq!(word, "was");
        assert!(Arc::ptr_eq(&word.base, &whole.base));
        // Equal words elsewhere are not a slice of it.
        let elsewhere = String::from("Traffic was light.");
        let copy = whole.slice(&elsewhere);
        assert_eq!(copy, "Traffic was light.");
        assert!(!Arc::ptr_eq(&copy.base, &whole.base));
        // A part made apart from the text keeps its own string; a borrowed one shares.
        assert!(Arc::ptr_eq(&whole.part(Cow::Borrowed(&whole[4..9])).base, &whole.base));
        let made = whole.part(Cow::Owned("Traffic was light.".to_string()));
        assert_eq!(made, "Traffic was light.");
        assert!(!Arc::ptr_eq(&made.base, &whole.base));
    }

    #[test]
    fn a_rebased_sentence_is_the_same_range_of_the_other_report() {
        let a = Text::from("Ferry resumes\n\nThe ferry resumed on Friday. Traffic was light.".to_string());
        let b = Text::from("Other headline\n\nThe ferry resumed on Friday. Traffic was light.".to_string());
        let (block_a, block_b) = (a.slice(&a[15..]), b.slice(&b[16..]));
        let sentence = block_a.slice(&block_a[29..]);
        let moved = sentence.rebased(&block_a, &block_b);
        assert_eq!(moved, "Traffic was light.");
        assert!(moved.shares_string_with(&b));
        // A collapsed copy belongs to neither report, and is shared as it is.
        let copy = Text::from("Traffic was light.");
        let kept = copy.rebased(&block_a, &block_b);
        assert!(kept.shares_string_with(&copy) && !kept.shares_string_with(&b));
    }

    #[test]
    fn equality_and_output_read_the_text_not_the_string_it_shares() {
        let whole = Text::from("résumé résumé".to_string());
        let (first, second) = (whole.slice(&whole[..8]), whole.slice(&whole[9..]));
        assert_eq!(first, second);
        assert_eq!(format!("{first}|{second:?}"), "résumé|\"résumé\"");
        assert_eq!(serde_json::to_string(&first).unwrap(), "\"résumé\"");
        assert_eq!((second.start, second.end), (9, 17));
    }

    #[test]
    fn a_whole_string_is_cut_at_a_character_boundary() {
        assert_eq!(floor_boundary("aé", 2), 1);
        assert_eq!(floor_boundary("aé", 3), 3);
        assert_eq!(floor_boundary("aé", 10), 3);
    }
}
