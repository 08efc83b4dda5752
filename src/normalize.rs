//! Word tokens and their normalised keys: the one place that decides when two words count as "the same".
//!
//! Two keys exist because two questions are asked:
//! - [`fold`]: is this the same word, up to case, quote style and punctuation? Used for the `copied` label
//!   and as the key of the word diff, so that a change of inflection still shows as a change.
//! - [`stem_key`]: is this the same word up to inflection and British/American spelling too? Used to align
//!   sentences, where "recognised" and "recognizes" are evidence of the same sentence.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Split text into display words at whitespace (including no-break spaces). Punctuation stays attached.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty())
}

/// Fold a display word to its case-, quote- and punctuation-free form.
///
/// A possessive `'s` (straight or curly) is dropped; hyphens go, so "co-operation" equals "cooperation".
/// A word made only of punctuation folds to the empty string.
pub fn fold(word: &str) -> String {
    // Most words are plain ASCII letters and digits: lowercase them in one pass.
    if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if is_apostrophe(c) {
            out.push('\'');
        }
    }
    // Apostrophes were kept only to recognise the possessive; no apostrophe survives in a key.
    if out.ends_with("'s") {
        out.truncate(out.len() - 2);
    }
    out.retain(|c| c != '\'');
    out
}

/// Call `f` with the folded form of `word`, without allocating for the common case of a short ASCII word.
/// Hot loops (tokenising, hashing shingles, boilerplate topic words) use this instead of [`fold`].
pub fn with_fold<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = word.as_bytes();
    if b.len() <= 48 && b.iter().all(u8::is_ascii_alphanumeric) {
        let mut buf = [0u8; 48];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        // ASCII alphanumerics lowercased are still valid UTF-8.
        return f(std::str::from_utf8(&buf[..b.len()]).unwrap_or_default());
    }
    f(&fold(word))
}

/// A fast hash of a folded word (FxHash): equal folds give equal hashes.
pub fn fold_hash(word: &str) -> u64 {
    with_fold(word, hash_str)
}

/// FxHash of a string: fast, and good enough for keys that are compared in bulk, never trusted alone for
/// anything a reader sees.
pub fn hash_str(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// The alignment key of a display word: folded, spelling variants unified, then stemmed.
/// Returns `None` for words that fold to nothing (pure punctuation).
pub fn stem_key(word: &str) -> Option<String> {
    // Prose repeats its words and the stemmer is the costliest step of tokenising, so each thread keeps
    // the keys it has made. The memo is bounded: it is cleared when it grows past a large vocabulary.
    thread_local! {
        static MEMO: std::cell::RefCell<rustc_hash::FxHashMap<String, String>> = Default::default();
    }
    with_fold(word, |folded| {
        if folded.is_empty() {
            return None;
        }
        MEMO.with_borrow_mut(|memo| {
            if let Some(k) = memo.get(folded) {
                return Some(k.clone());
            }
            if memo.len() >= 200_000 {
                memo.clear();
            }
            let key = STEMMER.stem(&unify_spelling(folded)).into_owned();
            memo.insert(folded.to_string(), key.clone());
            Some(key)
        })
    })
}

/// Map British spellings onto American ones (or both onto one form). Over-folding is harmless here because
/// the same map is applied to both sides: it only matters when two real, different words collide.
fn unify_spelling(word: &str) -> String {
    const EXCEPTIONS: &[(&str, &str)] = &[
        ("programme", "program"),
        ("programmes", "programs"),
        ("defence", "defense"),
        ("offence", "offense"),
        ("licence", "license"),
        ("pretence", "pretense"),
        ("grey", "gray"),
        ("tyre", "tire"),
        ("tyres", "tires"),
        ("aluminium", "aluminum"),
        ("manoeuvre", "maneuver"),
        ("manoeuvres", "maneuvers"),
        ("cheque", "check"),
        ("storey", "story"),
    ];
    if let Some((_, us)) = EXCEPTIONS.iter().find(|(uk, _)| *uk == word) {
        return (*us).to_string();
    }
    let n = word.len();
    if !word.is_ascii() || n < 5 {
        return word.to_string();
    }
    // -ise/-isation → -ize/-ization; -yse → -yze; -our → -or; -tre/-bre → -ter/-ber; -ogue → -og;
    // -elled/-elling → -eled/-eling.
    const SUFFIXES: &[(&str, &str)] = &[
        ("isations", "izations"),
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("ysing", "yzing"),
        ("ysed", "yzed"),
        ("yses", "yzes"),
        ("yse", "yze"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("ouring", "oring"),
        ("our", "or"),
        ("tres", "ters"),
        ("tre", "ter"),
        ("bres", "bers"),
        ("bre", "ber"),
        ("ogues", "ogs"),
        ("ogue", "og"),
        ("elled", "eled"),
        ("elling", "eling"),
    ];
    for (uk, us) in SUFFIXES {
        if let Some(stem) = word.strip_suffix(uk)
            // Keep short words ("rise", "hour", "four") as they are.
            && stem.len() >= 3
        {
            return format!("{stem}{us}");
        }
    }
    word.to_string()
}

/// Very common English words. They still count in alignment, at a small weight, so that two sentences that
/// share only "the" and "of" are never paired.
pub fn is_stopword(key: &str) -> bool {
    static SET: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| STOP.iter().copied().collect());
    SET.contains(key)
}

#[rustfmt::skip]
const STOP: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "ani", "are", "as", "at", "be", "becaus", "been", "but", "by",
    "can", "could", "did", "do", "for", "from", "had", "has", "have", "he", "her", "hi", "him", "his", "how", "i",
    "if", "in", "into", "is", "it", "it", "its", "mr", "mrs", "ms", "no", "not", "of", "on", "one", "onli", "or",
    "other", "our", "out", "over", "said", "say", "she", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "thi", "this", "those", "to", "two", "up", "veri", "was", "we", "were",
    "what", "when", "which", "while", "who", "will", "with", "would", "you", "your", "any", "because", "only",
    "very", "has", "his", "its", "this", "said", "says",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_quotes_and_punctuation() {
        assert_eq!(fold("“Expand"), "expand");
        assert_eq!(fold("relations.”"), "relations");
        assert_eq!(fold("Pyongyang’s"), "pyongyang");
        assert_eq!(fold("Pyongyang's"), "pyongyang");
        assert_eq!(fold("co-operation,"), "cooperation");
        assert_eq!(fold("–"), "");
        assert_eq!(fold("2022"), "2022");
    }

    #[test]
    fn stem_key_unifies_inflection_and_spelling() {
        assert_eq!(stem_key("recognised"), stem_key("recognize"));
        assert_eq!(stem_key("Recognising"), stem_key("recognizes"));
        assert_eq!(stem_key("denuclearise"), stem_key("denuclearize"));
        assert_eq!(stem_key("colour"), stem_key("colors"));
        assert_eq!(stem_key("centre"), stem_key("center"));
        assert_eq!(stem_key("programme"), stem_key("program"));
        assert_eq!(stem_key("travelled"), stem_key("traveled"));
        assert_eq!(stem_key("defence"), stem_key("defense"));
        assert_eq!(stem_key("analyse"), stem_key("analyze"));
        assert_eq!(stem_key("relations"), stem_key("relation"));
        assert_ne!(stem_key("hour"), stem_key("hor"));
        assert_eq!(stem_key("..."), None);
    }

    #[test]
    fn with_fold_agrees_with_fold() {
        for w in ["Hello", "WORLD2", "Pyongyang’s", "“Expand", "co-operation", "x", "–", "Éclair"] {
            assert_eq!(with_fold(w, str::to_string), fold(w), "{w}");
            assert_eq!(fold_hash(w), hash_str(&fold(w)), "{w}");
        }
    }

    #[test]
    fn words_split_on_all_whitespace() {
        let w: Vec<_> = words("a\u{a0}b  c\td\n").collect();
        assert_eq!(w, ["a", "b", "c", "d"]);
    }
}
