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
}

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
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
