//! Words of the scripts written without spaces between words that only a dictionary can cut: Thai, Lao,
//! Khmer and Burmese.
//!
//! A Thai page sets spaces between phrases, not words: "ฝนตกหนักต่อเนื่องข้ามคืน" (heavy rain all night) is
//! five words. Read as one, a phrase reworded by one word is a change of the whole phrase, a paragraph of
//! twelve phrases reads as a line of twelve words, and two reports of one story share few of them. Chinese
//! and Japanese are cut a character to a word ([`crate::normalize::tokens`]), which works as their characters
//! each carry meaning; a Thai letter carries none. These scripts are cut by ICU's word dictionaries instead.

use std::sync::LazyLock;

use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};

static SEGMENTER: LazyLock<WordSegmenterBorrowed<'static>> =
    LazyLock::new(|| WordSegmenter::new_dictionary(WordBreakInvariantOptions::default()));

/// Whether `c` is a letter, a vowel sign or a tone mark of Thai, Lao, Khmer or Burmese.
pub fn is_segmented(c: char) -> bool {
    matches!(
        c,
        // Thai and Lao.
        '\u{0e00}'..='\u{0eff}'
        // Burmese, and its extensions.
        | '\u{1000}'..='\u{109f}'
        | '\u{a9e0}'..='\u{a9ff}'
        | '\u{aa60}'..='\u{aa7f}'
        // Khmer, and its symbols.
        | '\u{1780}'..='\u{17ff}'
        | '\u{19e0}'..='\u{19ff}'
    ) && !matches!(c, '\u{0e3f}' | '\u{0e2f}' | '\u{0e46}' | '\u{0e4f}' | '\u{0e5a}' | '\u{0e5b}')
}

/// Whether `text` may hold a character of these scripts: a byte that leads one in UTF-8 (Thai and Lao
/// open with E0, Khmer and Burmese with E1, Burmese's extensions with EA). A search for three bytes, at
/// the speed of memory, where most pieces of text asked hold none.
pub fn may_hold_segmented(text: &str) -> bool {
    memchr::memchr3(0xe0, 0xe1, 0xea, text.as_bytes()).is_some()
}

/// Whether `text` holds a character of these scripts ([`is_segmented`]), the bytes that lead one in UTF-8
/// looked for first ([`may_hold_segmented`]).
pub fn holds_segmented(text: &str) -> bool {
    may_hold_segmented(text) && text.chars().any(is_segmented)
}

/// Where the word of these scripts that holds byte `i` of `text` ends: the next word break after `i` in
/// the run of such characters around it, or the run's end.
///
/// The whole run is cut, from its first character, wherever `i` lies in it: a dictionary's cut depends on
/// what comes before, and a word must end in the same place whichever of the run's words is asked about.
pub fn word_end(text: &str, i: usize) -> usize {
    let start = text[..i].char_indices().rev().take_while(|&(_, c)| is_segmented(c)).last().map_or(i, |(at, _)| at);
    let end = text[i..].char_indices().find(|&(_, c)| !is_segmented(c)).map_or(text.len(), |(at, _)| i + at);
    SEGMENTER.segment_str(&text[start..end]).map(|at| start + at).find(|&at| at > i).unwrap_or(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            let end = word_end(text, i);
            out.push(&text[i..end]);
            i = end;
        }
        out
    }

    #[test]
    fn a_thai_phrase_is_cut_into_its_words() {
        assert_eq!(words("ฝนตกหนักต่อเนื่องข้ามคืน"), ["ฝน", "ตกหนัก", "ต่อ", "เนื่อง", "ข้าม", "คืน"]);
        assert_eq!(words("หมู่บ้านในอำเภอ"), ["หมู่บ้าน", "ใน", "อำเภอ"]);
    }

    #[test]
    fn a_word_ends_in_one_place_whichever_word_of_the_run_is_asked() {
        let text = "น้ำป่าจากดอยผาแดงไหลหลากเข้าท่วม";
        let mut i = 0;
        while i < text.len() {
            let end = word_end(text, i);
            // Asked from inside the word, the same end.
            let inside = text[i..end].char_indices().nth(1).map(|(at, _)| i + at);
            if let Some(inside) = inside {
                assert_eq!(word_end(text, inside), end);
            }
            i = end;
        }
    }

    #[test]
    fn the_run_ends_at_a_space_or_another_script() {
        let text = "ท่วม 7 หมู่บ้าน";
        assert_eq!(&text[..word_end(text, 0)], "ท่วม");
        assert!(is_segmented('ก') && is_segmented('\u{0e48}') && is_segmented('ក') && is_segmented('က'));
        // The baht sign and Thai's repetition and ellipsis marks are no letters.
        assert!(!is_segmented('฿') && !is_segmented('ๆ') && !is_segmented('a'));
    }
}
