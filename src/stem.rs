//! The English (Porter2) stemmer, over bytes: the same stems as Snowball's `english` algorithm as
//! rust-stemmers makes them, at a fraction of the cost for the plain words that are nearly all of prose.
//!
//! Alignment stems every distinct word of the sentences it has not paired, and rust-stemmers spent about
//! 3,200 instructions a word doing it (a binary search over each step's suffixes, a character at a time,
//! on a `String` it edits in place): 31 million of the 520 million a 2 MB comparison takes. The rules are
//! short and fixed, and a word of lowercase ASCII letters and digits can be stemmed with a few suffix
//! tests. Any other word goes to rust-stemmers, and a property test holds the two to the same stems.
//!
//! The steps are named as <https://snowballstem.org/algorithms/english/stemmer.html> names them; their rules
//! are those of the code rust-stemmers 1.2 was generated from, and its stems, not a description, are what
//! the tests hold this code to.

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

static SNOWBALL: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The Porter2 stem of a lowercase word.
pub fn english(word: &str) -> Cow<'_, str> {
    // A figure with its marks ("14.6", "1,200") has no suffix, and the general stemmer is slow to say so.
    if crate::normalize::is_figure(word.as_bytes()) {
        return Cow::Borrowed(word);
    }
    if word.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()) {
        let stem = porter2(word.as_bytes());
        // Only ASCII letters and digits went in, and the steps write only ASCII letters.
        Cow::Owned(String::from_utf8(stem).expect("an ASCII stem"))
    } else {
        SNOWBALL.stem(word)
    }
}

/// [`english`] by way of rust-stemmers, for every word: the stems [`porter2`] must agree with.
#[cfg(test)]
fn snowball(word: &str) -> String {
    SNOWBALL.stem(word).into_owned()
}

/// Porter2 on a word of lowercase ASCII letters and digits. Digits are neither vowels nor in any suffix,
/// as in Snowball's groupings, which hold letters only.
fn porter2(word: &[u8]) -> Vec<u8> {
    if let Some(stem) = exception1(word) {
        return stem.to_vec();
    }
    if word.len() < 3 {
        return word.to_vec();
    }
    let mut w = word.to_vec();
    // Prelude: a `y` that opens the word or follows a vowel is a consonant, written `Y` until the end.
    // Left to right, so that a `y` made `Y` is no vowel for the `y` after it ("sayyid").
    let mut y_found = false;
    for i in 0..w.len() {
        if w[i] == b'y' && (i == 0 || is_vowel(w[i - 1])) {
            w[i] = b'Y';
            y_found = true;
        }
    }
    let (p1, p2) = regions(&w);
    step_1a(&mut w);
    if !EXCEPTION2.contains(&&w[..]) {
        step_1b(&mut w, p1);
        step_1c(&mut w);
        step_2(&mut w, p1);
        step_3(&mut w, p1, p2);
        step_4(&mut w, p2);
        step_5(&mut w, p1, p2);
    }
    if y_found {
        for c in &mut w {
            if *c == b'Y' {
                *c = b'y';
            }
        }
    }
    w
}

/// Vowels, as Snowball's `v`: `y` is one, the consonant `Y` is not.
fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Snowball's `v_WXY`: the letters a short syllable may not end in.
fn is_vowel_wxy(c: u8) -> bool {
    is_vowel(c) || matches!(c, b'w' | b'x' | b'Y')
}

/// Snowball's `valid_LI`: the letters before an `li` that step 2 drops.
fn is_valid_li(c: u8) -> bool {
    matches!(c, b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't')
}

/// Whole words with a stem of their own, or none.
fn exception1(word: &[u8]) -> Option<&'static [u8]> {
    Some(match word {
        b"skis" => b"ski",
        b"skies" => b"sky",
        b"dying" => b"die",
        b"lying" => b"lie",
        b"tying" => b"tie",
        b"idly" => b"idl",
        b"gently" => b"gentl",
        b"ugly" => b"ugli",
        b"early" => b"earli",
        b"only" => b"onli",
        b"singly" => b"singl",
        b"sky" => b"sky",
        b"news" => b"news",
        b"howe" => b"howe",
        b"atlas" => b"atlas",
        b"cosmos" => b"cosmos",
        b"bias" => b"bias",
        b"andes" => b"andes",
        _ => return None,
    })
}

/// Words that step 1a leaves as they are and the later steps must not touch.
const EXCEPTION2: &[&[u8]] =
    &[b"inning", b"outing", b"canning", b"herring", b"earring", b"proceed", b"exceed", b"succeed"];

/// Where R1 and R2 start. R1 follows the first non-vowel that follows a vowel (or three prefixes whose
/// R1 would otherwise be too short); R2 is the same rule applied again inside R1. Each is the word's end
/// when there is no such place.
fn regions(w: &[u8]) -> (usize, usize) {
    let n = w.len();
    let p1 = [&b"gener"[..], b"commun", b"arsen"]
        .iter()
        .find(|p| w.starts_with(p))
        .map(|p| p.len())
        .or_else(|| after_vowel_and_consonant(w, 0));
    match p1 {
        Some(p1) => (p1, after_vowel_and_consonant(w, p1).unwrap_or(n)),
        None => (n, n),
    }
}

/// Just past the first non-vowel that follows a vowel, from `from` on.
fn after_vowel_and_consonant(w: &[u8], from: usize) -> Option<usize> {
    let vowel = from + w[from..].iter().position(|&c| is_vowel(c))?;
    let consonant = vowel + 1 + w[vowel + 1..].iter().position(|&c| !is_vowel(c))?;
    Some(consonant + 1)
}

/// Whether `w[..end]` ends in a short syllable: a non-vowel other than `w`, `x` or `Y` after a vowel after
/// a non-vowel, or a vowel then a non-vowel that are the whole of it.
fn ends_short(w: &[u8], end: usize) -> bool {
    (end >= 3 && !is_vowel_wxy(w[end - 1]) && is_vowel(w[end - 2]) && !is_vowel(w[end - 3]))
        || (end == 2 && !is_vowel(w[1]) && is_vowel(w[0]))
}

/// The longest of `suffixes` that `w` ends with, and what it stands for. Each table lists longer suffixes
/// before the shorter ones they end with.
fn longest<T: Copy>(w: &[u8], suffixes: &[(&[u8], T)]) -> Option<(usize, T)> {
    suffixes.iter().find(|(s, _)| w.ends_with(s)).map(|&(s, what)| (w.len() - s.len(), what))
}

/// Replace `w` from `at` on with `by`.
fn replace(w: &mut Vec<u8>, at: usize, by: &[u8]) {
    w.truncate(at);
    w.extend_from_slice(by);
}

/// Plurals: "sses" to "ss", "ies" and "ied" to "i" (or "ie" in a short word), and a final "s" dropped
/// when a vowel comes before the letter before it.
fn step_1a(w: &mut Vec<u8>) {
    let n = w.len();
    if w.ends_with(b"sses") {
        w.truncate(n - 2);
    } else if w.ends_with(b"ied") || w.ends_with(b"ies") {
        let at = n - 3;
        replace(w, at, if at >= 2 { b"i" } else { b"ie" });
    } else if w.ends_with(b"ss") || w.ends_with(b"us") {
        // Kept as they are ("class", "bus"): without this branch the final `s` would go.
    } else if w.ends_with(b"s") && w[..n - 2].iter().any(|&c| is_vowel(c)) {
        w.pop();
    }
}

#[derive(Clone, Copy)]
enum Ed {
    /// "eed", "eedly": "ee" in R1.
    Eed,
    /// "ed", "edly", "ing", "ingly": dropped after a vowel, and the stem tidied.
    Ed,
}

/// Past tenses and participles.
fn step_1b(w: &mut Vec<u8>, p1: usize) {
    const SUFFIXES: &[(&[u8], Ed)] = &[
        (b"eedly", Ed::Eed),
        (b"ingly", Ed::Ed),
        (b"edly", Ed::Ed),
        (b"eed", Ed::Eed),
        (b"ing", Ed::Ed),
        (b"ed", Ed::Ed),
    ];
    match longest(w, SUFFIXES) {
        Some((at, Ed::Eed)) if at >= p1 => replace(w, at, b"ee"),
        Some((at, Ed::Ed)) if w[..at].iter().any(|&c| is_vowel(c)) => {
            w.truncate(at);
            if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") {
                w.push(b'e');
            } else if let [.., x, y] = w[..]
                && x == y
                && matches!(x, b'b' | b'd' | b'f' | b'g' | b'm' | b'n' | b'p' | b'r' | b't')
            {
                w.pop();
            } else if w.len() == p1 && ends_short(w, w.len()) {
                w.push(b'e');
            }
        }
        _ => {}
    }
}

/// A final `y` or `Y` after a non-vowel that does not open the word becomes `i`.
fn step_1c(w: &mut [u8]) {
    let n = w.len();
    if n >= 3 && matches!(w[n - 1], b'y' | b'Y') && !is_vowel(w[n - 2]) {
        w[n - 1] = b'i';
    }
}

/// What a suffix of step 2 becomes.
#[derive(Clone, Copy)]
enum Two {
    To(&'static [u8]),
    /// "ogi" becomes "og" after an `l`.
    Ogi,
    /// "li" goes after a valid `li` letter.
    Li,
}

fn step_2(w: &mut Vec<u8>, p1: usize) {
    use Two::*;
    const SUFFIXES: &[(&[u8], Two)] = &[
        (b"ational", To(b"ate")),
        (b"ization", To(b"ize")),
        (b"iveness", To(b"ive")),
        (b"fulness", To(b"ful")),
        (b"ousness", To(b"ous")),
        (b"tional", To(b"tion")),
        (b"biliti", To(b"ble")),
        (b"lessli", To(b"less")),
        (b"entli", To(b"ent")),
        (b"ation", To(b"ate")),
        (b"alism", To(b"al")),
        (b"aliti", To(b"al")),
        (b"ousli", To(b"ous")),
        (b"iviti", To(b"ive")),
        (b"fulli", To(b"ful")),
        (b"enci", To(b"ence")),
        (b"anci", To(b"ance")),
        (b"abli", To(b"able")),
        (b"izer", To(b"ize")),
        (b"ator", To(b"ate")),
        (b"alli", To(b"al")),
        (b"bli", To(b"ble")),
        (b"ogi", Ogi),
        (b"li", Li),
    ];
    let Some((at, what)) = longest(w, SUFFIXES) else { return };
    if at < p1 {
        return;
    }
    match what {
        To(by) => replace(w, at, by),
        Ogi if at >= 1 && w[at - 1] == b'l' => replace(w, at, b"og"),
        Li if at >= 1 && is_valid_li(w[at - 1]) => w.truncate(at),
        Ogi | Li => {}
    }
}

fn step_3(w: &mut Vec<u8>, p1: usize, p2: usize) {
    /// `None` drops the suffix ("ative" only in R2).
    const SUFFIXES: &[(&[u8], Option<&[u8]>)] = &[
        (b"ational", Some(b"ate")),
        (b"tional", Some(b"tion")),
        (b"alize", Some(b"al")),
        (b"icate", Some(b"ic")),
        (b"iciti", Some(b"ic")),
        (b"ative", None),
        (b"ical", Some(b"ic")),
        (b"ness", Some(b"")),
        (b"ful", Some(b"")),
    ];
    match longest(w, SUFFIXES) {
        Some((at, Some(by))) if at >= p1 => replace(w, at, by),
        Some((at, None)) if at >= p2 => w.truncate(at),
        _ => {}
    }
}

fn step_4(w: &mut Vec<u8>, p2: usize) {
    /// `true` for "ion", which goes only after an `s` or a `t`.
    const SUFFIXES: &[(&[u8], bool)] = &[
        (b"ement", false),
        (b"ance", false),
        (b"ence", false),
        (b"able", false),
        (b"ible", false),
        (b"ment", false),
        (b"ate", false),
        (b"ive", false),
        (b"ize", false),
        (b"iti", false),
        (b"ism", false),
        (b"ion", true),
        (b"ous", false),
        (b"ant", false),
        (b"ent", false),
        (b"ic", false),
        (b"al", false),
        (b"er", false),
    ];
    match longest(w, SUFFIXES) {
        Some((at, false)) if at >= p2 => w.truncate(at),
        Some((at, true)) if at >= p2 && at >= 1 && matches!(w[at - 1], b's' | b't') => w.truncate(at),
        _ => {}
    }
}

/// A final `e` in R2, or in R1 after no short syllable; a final `l` in R2 after an `l`.
fn step_5(w: &mut Vec<u8>, p1: usize, p2: usize) {
    let n = w.len();
    let at = n - 1;
    match w[at] {
        b'e' if at >= p2 || (at >= p1 && !ends_short(w, at)) => {
            w.pop();
        }
        b'l' if at >= p2 && at >= 1 && w[at - 1] == b'l' => {
            w.pop();
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Letters, digits, and every piece the steps test for, so that random words reach every rule.
    const PIECES: &[&str] = &[
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
        "w", "x", "y", "z", "0", "7", "yy", "ay", "oy", "gener", "commun", "arsen", "sses", "ied", "ies", "ss", "us",
        "eed", "eedly", "ingly", "edly", "ing", "ed", "at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr",
        "tt", "ational", "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ation", "ator", "alism",
        "aliti", "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti", "bli", "ogi", "logi", "fulli",
        "lessli", "li", "alize", "icate", "iciti", "ical", "ful", "ness", "ative", "ic", "ance", "ence", "able",
        "ible", "ate", "ive", "ize", "iti", "al", "ism", "ion", "sion", "tion", "er", "ous", "ant", "ent", "ment",
        "ement", "le", "ll", "skies", "news", "only", "inning", "outing", "succeed", "proceed", "exceed",
    ];

    fn word() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 1..6).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn stems_are_snowballs(w in word()) {
            prop_assert_eq!(english(&w).into_owned(), snowball(&w), "{}", w);
        }

        #[test]
        fn any_ascii_word_stems_as_snowball_does(w in "[a-z0-9]{0,14}") {
            prop_assert_eq!(english(&w).into_owned(), snowball(&w), "{}", w);
        }
    }

    #[test]
    fn a_figure_stems_as_itself_as_snowball_has_it() {
        for w in ["14.6", "1,200", "-3", "4:17", "1-0", "3/4"] {
            assert_eq!(english(w), snowball(w), "{w}");
            assert_eq!(english(w), w);
        }
    }

    #[test]
    fn every_short_word_stems_as_snowball_does() {
        // Every word of up to three letters, where the regions and the short-syllable rules are at their
        // edges.
        let letters: Vec<char> = ('a'..='z').collect();
        let mut words = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> =
                words.iter().flat_map(|w| letters.iter().map(move |c| format!("{w}{c}"))).collect();
            for w in &longer {
                assert_eq!(english(w), snowball(w), "{w}");
            }
            words = longer;
        }
    }

    #[test]
    fn the_sample_corpus_stems_as_snowball_does() {
        let corpus = crate::Corpus::sample();
        let mut checked = 0;
        for article in &corpus.articles {
            for i in 0..article.blocks.len() {
                // Each word as alignment stems it: folded.
                crate::normalize::each_fold(&article.block_text(i), |_, folded| {
                    let folded = std::str::from_utf8(folded).expect("folded text is UTF-8");
                    assert_eq!(english(folded), snowball(folded), "{folded}");
                    checked += 1;
                });
            }
        }
        assert!(checked > 1000, "only {checked} words checked");
    }

    #[test]
    fn known_stems() {
        for (word, stem) in [
            ("running", "run"),
            ("generously", "generous"),
            ("communication", "communic"),
            ("hopping", "hop"),
            ("hoping", "hope"),
            ("cries", "cri"),
            ("ties", "tie"),
            ("sayyid", "sayyid"),
            ("skies", "sky"),
            ("outings", "outing"),
            ("gas", "gas"),
            ("gaps", "gap"),
            ("2024s", "2024s"),
        ] {
            assert_eq!(english(word), stem, "{word}");
        }
    }
}
