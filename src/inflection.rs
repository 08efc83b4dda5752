//! The stem of a word in whatever script it is written: the stemmer of the language its script most
//! likely writes, so that "школах" and "школы", or "الحكومة" and "حكومة", count as one word in alignment.
//!
//! A word's script is known from its first letter, and is all that is known: a report's language is not
//! asked. Cyrillic goes to Snowball's Russian stemmer, Greek to its Greek, the Arabic script to its Arabic,
//! and Hebrew loses the one-letter words it writes joined to the next ([`hebrew`]). Over-stemming a
//! Ukrainian or a Persian word is harmless in the same way as British and American spellings are
//! ([`crate::normalize::unify_spelling`]): both sides of a comparison are stemmed alike, so it matters only
//! where two different words meet in one stem. Every other word, Latin script included, keeps the English
//! stemmer it always had: a word of French or Spanish cannot be told from one of English by its letters.

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

static RUSSIAN: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Russian));
static GREEK: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Greek));
static ARABIC: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Arabic));

/// The scripts whose words have a stemmer of their own here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    /// Latin, and every script without a stemmer.
    Other,
}

impl Script {
    /// The script of a word, by its first letter.
    fn of(word: &str) -> Script {
        match word.chars().find(|c| c.is_alphabetic()) {
            Some(
                '\u{0400}'..='\u{052f}' | '\u{1c80}'..='\u{1c8f}' | '\u{2de0}'..='\u{2dff}' | '\u{a640}'..='\u{a69f}',
            ) => Script::Cyrillic,
            Some('\u{0370}'..='\u{03ff}' | '\u{1f00}'..='\u{1fff}') => Script::Greek,
            Some(
                '\u{0600}'..='\u{06ff}'
                | '\u{0750}'..='\u{077f}'
                | '\u{08a0}'..='\u{08ff}'
                | '\u{fb50}'..='\u{fdff}'
                | '\u{fe70}'..='\u{feff}',
            ) => Script::Arabic,
            Some('\u{0590}'..='\u{05ff}' | '\u{fb1d}'..='\u{fb4f}') => Script::Hebrew,
            _ => Script::Other,
        }
    }
}

/// The stem of a folded (lowercase) word, by the stemmer of its script.
pub fn stem(word: &str) -> Cow<'_, str> {
    // Nearly every word of an English report is ASCII, and asks nothing more.
    if word.is_ascii() {
        return crate::stem::english(word);
    }
    script_stem(word).unwrap_or_else(|| crate::stem::english(word))
}

/// Whether a word is written in a script that joins articles, prepositions and conjunctions to the word
/// after them (Arabic, Hebrew): "والحكومة" is "and the government". Such a word's every form is a
/// different string, where a word of Cyrillic or Greek script changes only its ending and stands apart
/// from the short words around it.
pub fn joins_clitics(word: &str) -> bool {
    matches!(Script::of(word), Script::Arabic | Script::Hebrew)
}

/// [`stem`] of a folded word in Cyrillic, Greek, Arabic or Hebrew script; `None` for any other word.
pub fn script_stem(word: &str) -> Option<Cow<'_, str>> {
    match Script::of(word) {
        Script::Cyrillic => Some(RUSSIAN.stem(word)),
        Script::Greek => Some(GREEK.stem(word)),
        Script::Arabic => Some(ARABIC.stem(arabic_article(word))),
        Script::Hebrew => Some(Cow::Borrowed(hebrew(word))),
        Script::Other => None,
    }
}

/// An Arabic word whose article "ال" follows "and" (و) or "so" (ف), as one word ("والحكومة", and the
/// government), without that first letter: Snowball's Arabic stemmer takes the article off a word, or the
/// conjunction, but not both, and "والحكومة" would not meet "الحكومة".
fn arabic_article(word: &str) -> &str {
    match word.strip_prefix(['و', 'ف']) {
        Some(rest) if rest.starts_with("ال") && rest.chars().count() > 4 => rest,
        _ => word,
    }
}

/// The letters Hebrew writes as words of their own joined to the word after them: "and" (ו), "the" (ה),
/// "in" (ב), "to" (ל), "from" (מ), "that" (ש), "as" (כ). "הרכבת" (the train) and "ברכבת" (in the train)
/// are "רכבת" (a train).
const HEBREW_PREFIXES: [char; 7] = ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'];

/// A Hebrew word without the one-letter words joined before it ([`HEBREW_PREFIXES`]), kept to three
/// letters at least.
///
/// Any letter of them that opens a longer word is dropped, whether it is a prefix or the word's own first
/// letter ("מחיר", price, becomes "חיר"): Hebrew has no stemmer to tell them apart, and dropping it always
/// gives a word and that word with a prefix one stem, as `stem(prefix + word)` is `stem(word)` for any word
/// of three letters or more.
fn hebrew(word: &str) -> &str {
    let mut rest = word;
    while rest.chars().count() > 3
        && let Some(after) = rest.strip_prefix(HEBREW_PREFIXES)
    {
        rest = after;
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_inflections_meet_in_one_stem() {
        assert_eq!(stem("школах"), stem("школы"));
        assert_eq!(stem("поликлинике"), stem("поликлиника"));
        assert_eq!(stem("планировалась"), stem("планировали"));
        // Different words stay apart.
        assert_ne!(stem("школах"), stem("шкафах"));
    }

    #[test]
    fn greek_and_arabic_words_are_stemmed_by_their_own_stemmers() {
        assert_eq!(stem("γέφυρα"), stem("γέφυρας"));
        assert_eq!(stem("الحكومة"), stem("حكومة"));
        assert_eq!(stem("والحكومة"), stem("الحكومة"));
        assert_eq!(stem("فالمدينة"), stem("مدينة"));
        assert_ne!(stem("الحكومة"), stem("المدرسة"));
    }

    #[test]
    fn hebrew_words_lose_the_letters_joined_before_them() {
        assert_eq!(stem("הרכבת"), "רכבת");
        assert_eq!(stem("ברכבת"), stem("רכבת"));
        assert_eq!(stem("ולהגיע"), stem("הגיע"));
        // A word opening with one of those letters of its own is cut alike with a prefix or without.
        assert_eq!(stem("המחיר"), stem("מחיר"));
        assert_eq!(stem("בשכונת"), stem("שכונת"));
        // Three letters are kept.
        assert_eq!(stem("בית"), "בית");
        assert_ne!(stem("רכבת"), stem("תחנה"));
    }

    #[test]
    fn latin_words_keep_the_english_stemmer() {
        assert_eq!(stem("recognised"), crate::stem::english("recognised"));
        assert_eq!(stem("évacués"), crate::stem::english("évacués"));
        assert_eq!(stem("地铁"), crate::stem::english("地铁"));
    }
}
