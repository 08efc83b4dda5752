//! Extraction: quotes from quotation marks, numbers with what they count, and capitalised names.
//!
//! The article's sentences are the input, so boilerplate never yields facts. Quotes are read per block (a
//! quotation may span a sentence break but never a paragraph); numbers and names per sentence.

use super::speaker::Said;
use super::{Fact, FactKind};
use crate::corpus::Article;
use crate::normalize::{
    fold, is_apostrophe, is_double_quote, is_stopword, push_unified, stem_key, tokens, with_fold, words,
};
use rustc_hash::FxHashSet;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A quotation longer than this many words is more likely an unbalanced mark than a quote.
const MAX_QUOTE_WORDS: usize = 80;
/// Words after a number that may name what it counts ("30 ballistic missiles").
const MAX_UNIT_WORDS: usize = 3;
/// Content words on each side of a number kept as its context.
const CONTEXT_WORDS: usize = 5;

/// Every fact of an article's body, in reading order (quotes first within a block).
pub fn extract(article: &Article) -> Vec<Fact> {
    super::extract_all(&[article]).pop().unwrap_or_default()
}

/// Every fact of a list of `(sentence, block index)`; sentences of one block are contiguous.
pub fn extract_sentences(sentences: &[(&str, usize)]) -> Vec<Fact> {
    let lexicon = capitalised_inside(sentences.iter().map(|s| s.0)).finished();
    let mut facts = extract_blocks(
        sentences,
        |range, out| quotes(&sentences[range.clone()], range.start, out),
        |i, out| sentence_facts(sentences[i].0, i, &lexicon, out),
    );
    super::roles::resolve(&mut facts, sentences);
    facts
}

/// The numbers and names of one sentence, the `index`th of its article.
pub(super) fn sentence_facts(sentence: &str, index: usize, lexicon: &Lexicon, out: &mut Vec<Fact>) {
    // A box's heading ("KEY FIGURES (third quarter 2025)") heads the facts under it and states none: its
    // capitals made "FIGURES" a name.
    if crate::blocks::heads_summary(sentence) {
        return;
    }
    // Split once for both: splitting twice was a tenth of reading a sentence. Text without spaces (Chinese,
    // Japanese) is cut into its pieces, so that "約300人" reads as a number and what it counts; elsewhere a
    // token is a word.
    //
    // Figures in another script's digits ("إصابة ١٢ شخصا", "大雨で１２人") are read in ASCII digits, and shown as
    // the sentence writes them ([`crate::digits`]).
    let read;
    let (shown, sentence) = if crate::digits::reads_in_ascii(sentence) {
        read = crate::digits::with_ascii_digits(sentence);
        (Some((sentence, read.1.as_slice())), read.0.as_str())
    } else {
        (None, sentence)
    };
    let mut toks: Vec<&str> = if sentence.is_ascii() { words(sentence).collect() } else { tokens(sentence).collect() };
    // "$4.80-$4.90": two sums, read as two words.
    if toks.iter().any(|t| money_range(t).is_some()) {
        toks = toks
            .iter()
            .flat_map(|&t| money_range(t).map_or([Some(t), None], |(a, b)| [Some(a), Some(b)]))
            .flatten()
            .collect();
    }
    numbers(sentence, shown, &toks, index, out);
    entities(&toks, index, lexicon, out);
}

/// Every fact of a list of `(sentence, block index)`, block by block: the quotes that `quotes_of(range,
/// out)` adds for the sentences `range` (as [`quotes`] does, returning whether a quotation is left open),
/// then the facts `per_sentence(i, out)` adds for each of its sentences `i`.
pub(super) fn extract_blocks(
    sentences: &[(&str, usize)],
    mut quotes_of: impl FnMut(std::ops::Range<usize>, &mut Vec<Fact>) -> bool,
    mut per_sentence: impl FnMut(usize, &mut Vec<Fact>),
) -> Vec<Fact> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < sentences.len() {
        let mut end = block_end(sentences, start);
        // A quotation that runs over paragraphs leaves the first open and opens the next again, as print
        // style has it. Such paragraphs are read as one, and the quotation is taken whole.
        let before = out.len();
        while quotes_of(start..end, &mut out) && end < sentences.len() && sentences[end].0.starts_with(is_open_double) {
            out.truncate(before);
            end = block_end(sentences, end);
        }
        for i in start..end {
            per_sentence(i, &mut out);
        }
        start = end;
    }
    out
}

/// Where the block of the sentence at `start` ends, in a list of `(sentence, block index)`.
pub(super) fn block_end(sentences: &[(&str, usize)], start: usize) -> usize {
    let block = sentences[start].1;
    sentences[start..].iter().position(|s| s.1 != block).map_or(sentences.len(), |n| start + n)
}

/// For each word of [`quote_key`]'s key of `text`, in order, the clause it stands in: how many clause marks
/// (`,` `;` `:` `.` `!` `?`) end the words before it. Whether an excerpt that leaves out a negation turns
/// the quotation round depends on where the negation stood ([`super::ledger`]): "I am not satisfied that
/// you intended her to die, but you gave her life no thought at all" is quoted faithfully as "You gave
/// her life no thought at all"; "We will not support the plan" is not as "support the plan".
pub fn quote_clauses(text: &str) -> Vec<u32> {
    let mut clauses = Vec::new();
    let mut clause = 0;
    each_key_piece(text, |piece| match piece {
        KeyPiece::Elision | KeyPiece::Word(_) => clauses.push(clause),
        KeyPiece::TokenEnd(w) => {
            // A mark of left-out words ends no clause; a closing quotation mark or bracket may follow it.
            let end = w.trim_end_matches(|c: char| is_double_quote(c) || is_apostrophe(c) || matches!(c, ')' | ']'));
            if !end.ends_with("...") && !end.ends_with('…') && end.ends_with([',', ';', ':', '.', '!', '?']) {
                clause += 1;
            }
        }
    });
    clauses
}

/// The folded key of a quotation: its words folded (case, quote style, punctuation, hyphens) and joined,
/// with British and American spellings made one: "recognise" against "recognize" is house style, as the
/// comparison already treats it, not words put in a speaker's mouth.
///
/// An ellipsis between words, where the quoting outlet left words out ("We had no time ... at all"), stays
/// in the key as [`ELISION`]: the ledger finds the words on either side in the full quotation.
pub fn quote_key(text: &str) -> String {
    // Built in place: a string for each word, folded and then respelt, was a twenty-fifth of the facts' work.
    let mut key = String::with_capacity(text.len());
    each_key_piece(text, |piece| match piece {
        KeyPiece::Elision => {
            key.push(' ');
            key.push_str(ELISION);
        }
        KeyPiece::Word(f) => {
            if !key.is_empty() {
                key.push(' ');
            }
            push_unified(f, &mut key);
        }
        KeyPiece::TokenEnd(_) => {}
    });
    key
}

/// What [`each_key_piece`] finds in a quotation, in order.
enum KeyPiece<'a> {
    /// A mark of words left out, between two words.
    Elision,
    /// A token's folded word.
    Word(&'a str),
    /// The end of a token, as written.
    TokenEnd(&'a str),
}

/// The pieces of a quotation's key ([`quote_key`]), and where each token ends: the one reading that the key
/// and its words' clauses ([`quote_clauses`]) are both made of, so that the two line up word for word.
fn each_key_piece(text: &str, mut piece: impl FnMut(KeyPiece<'_>)) {
    let mut elided = false;
    let mut started = false;
    // Tokens, not words: text without spaces (Chinese, Japanese) is cut into its pieces, so a quotation
    // in it has words to compare like any other; elsewhere a token is a word.
    for w in tokens(text) {
        // Where an ellipsis stands in the word: before its letters ("…at"), after them ("time..."), or alone.
        let ellipsis = w.find("...").or_else(|| w.find('…'));
        let letters = w.find(char::is_alphanumeric);
        let before = matches!((ellipsis, letters), (Some(e), Some(l)) if e < l);
        with_fold(w, |f| {
            if f.is_empty() {
                elided |= ellipsis.is_some();
                return;
            }
            // A mark at either end cuts nothing out between words: only one with words on both sides counts.
            if (elided || before) && started {
                piece(KeyPiece::Elision);
            }
            piece(KeyPiece::Word(f));
            started = true;
            elided = ellipsis.is_some() && !before;
        });
        piece(KeyPiece::TokenEnd(w));
    }
}

/// Where a quotation's key ([`quote_key`]) has words left out.
pub(crate) const ELISION: &str = "…";

/// The folded key of a name: letters and digits only, lowercased, so "Kim Jong-un", "Kim Jong Un" and
/// "Kim Jongun" are one key. A possessive `'s` is dropped.
pub fn entity_key(text: &str) -> String {
    // [`name_tokens`] joined, built in one string: this is asked of every capitalised word, and a string
    // for each piece, then another for the key, cost (with the long way of `is_capitalised`) a twenty-fifth
    // of the facts' work.
    let mut key = String::with_capacity(text.len());
    for piece in name_pieces(text) {
        with_fold(piece, |f| push_unaccented(f, &mut key));
    }
    key
}

/// The pieces of a name as written, split at spaces and at the hyphens that join them ("Jong-un").
fn name_pieces(text: &str) -> impl Iterator<Item = &str> {
    words(text).flat_map(|w| w.split(['-', '‐', '‑']))
}

/// The lowercased word pieces of a name, split at spaces and hyphens, with Latin letters' accents dropped:
/// one outlet's "Lucía Ramírez" is another's "Lucia Ramirez".
pub(super) fn name_tokens(text: &str) -> Vec<String> {
    name_pieces(text).map(fold).filter(|w| !w.is_empty()).map(unaccented).collect()
}

/// A folded (lowercase) word with the accents of Latin letters dropped; other scripts are left as they are.
fn unaccented(word: String) -> String {
    if word.is_ascii() {
        return word;
    }
    let mut out = String::with_capacity(word.len());
    push_unaccented(&word, &mut out);
    out
}

/// [`unaccented`] of `word`, pushed onto `out`.
fn push_unaccented(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.push_str(word);
        return;
    }
    for c in word.chars() {
        match c {
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            _ => out.push(crate::normalize::base_letter(c)),
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Quotes

/// The corner brackets Chinese and Japanese set a quotation in: 「到着して数分で」.
const CORNER_OPEN: char = '「';
const CORNER_CLOSE: char = '」';

fn is_open_double(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '‟' | '"')
}

fn is_close_double(c: char) -> bool {
    matches!(c, '”' | '"' | '»' | '“')
}

fn is_single(c: char) -> bool {
    matches!(c, '‘' | '’' | '\'')
}

/// Every mark that [`quotes`] reads as opening a quotation in some place.
fn may_open_quote(c: char) -> bool {
    is_open_double(c) || matches!(c, '”' | '‘' | '\'' | CORNER_OPEN)
}

/// Find quotations in the sentences of one block. Double marks pair first; single marks are read only
/// outside double ones, and only where they cannot be apostrophes (a space before the opening mark, no
/// letter after the closing one).
/// Push the quotations of one paragraph (or of paragraphs one quotation runs over); whether a double
/// quotation is still open at the end.
pub(super) fn quotes(block: &[(&str, usize)], first: usize, out: &mut Vec<Fact>) -> bool {
    // Without a mark that may open a quotation nothing below can start one, and most paragraphs quote
    // nobody: they are spared joining their sentences and reading them character by character.
    if !block.iter().any(|(s, _)| s.contains(may_open_quote)) {
        return false;
    }
    // Sentence starts within the joined text, to report which sentence a quote begins in.
    let mut text = String::new();
    let mut starts = Vec::new();
    for (k, (s, para)) in block.iter().enumerate() {
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push(text.len());
        // A paragraph that continues a quotation opens it again: that mark is not part of the words.
        let continues = k > 0 && block[k - 1].1 != *para;
        text.push_str(if continues { s.trim_start_matches(is_open_double) } else { s });
    }
    let mut open: Option<(usize, Mark)> = None; // (byte after the mark, the kind of mark)
    // Only quotation marks open or close a quotation, so the text is read from mark to mark, each with the
    // characters either side of it. Every mark is `"`, `'`, or starts with byte 0xC2 («, »), 0xE2 (the
    // curly ones) or 0xE3 (the corner brackets); reading every character in turn was two fifths of the
    // cost of finding them.
    let b = text.as_bytes();
    let mut at = 0;
    while let Some(k) = b[at..].iter().position(|&x| matches!(x, b'"' | b'\'' | 0xc2 | 0xe2 | 0xe3)) {
        // Those bytes start a character, never continue one: `i` is a character boundary.
        let i = at + k;
        let Some(c) = text[i..].chars().next() else { break };
        at = i + c.len_utf8();
        if !(is_open_double(c) || is_close_double(c) || is_single(c) || matches!(c, CORNER_OPEN | CORNER_CLOSE)) {
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[at..].chars().next();
        let space_before = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-'));
        let word_after = next.is_some_and(|x| !x.is_whitespace());
        let word_before = prev.is_some_and(|p| !p.is_whitespace());
        match open {
            None => {
                let opens_double = (is_open_double(c) || c == '”') && space_before && word_after;
                let opens_double = opens_double
                    || (matches!(c, '“' | '„') && word_after)
                    // French sets guillemets off from the words with a space, often a no-break one:
                    // « L'eau est montée ».
                    || (c == '«' && space_before && text[at..].trim_start().starts_with(char::is_alphanumeric));
                // German sets them the other way round: »Das Wasser kam schnell«, sagte sie. Only where a «
                // follows, so that a stray » ("Tickets » Sold out") opens nothing.
                let reversed =
                    c == '»' && space_before && next.is_some_and(char::is_alphanumeric) && text[at..].contains('«');
                if c == CORNER_OPEN {
                    open = Some((at, Mark::Corner));
                } else if opens_double {
                    open = Some((at, Mark::Double));
                } else if reversed {
                    open = Some((at, Mark::Reversed));
                } else if is_single(c) && c != '’' && space_before && next.is_some_and(char::is_alphanumeric) {
                    open = Some((at, Mark::Single));
                }
            }
            Some((from, mark)) => {
                let closes = match mark {
                    Mark::Double => is_close_double(c) && (c == '»' || word_before),
                    Mark::Reversed => c == '«' && word_before,
                    Mark::Corner => c == CORNER_CLOSE,
                    Mark::Single => matches!(c, '’' | '\'') && word_before && next.is_none_or(|x| !x.is_alphanumeric()),
                };
                if closes {
                    let mark_at = text[..from].char_indices().next_back().map_or(0, |(k, _)| k);
                    let said_by = super::speaker::speaker(&text, (mark_at, at), &starts);
                    push_quote(&text[from..i], from, &starts, first, said_by, out);
                    open = None;
                }
            }
        }
    }
    open.is_some_and(|(_, mark)| mark != Mark::Single)
}

/// The mark a quotation was opened with, which tells the mark that closes it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// “…”, "…", „…“, «…»: any closing double mark.
    Double,
    /// »…«, as German sets it.
    Reversed,
    /// ‘…’ or '…'.
    Single,
    /// 「…」: unambiguous, whatever stands around it.
    Corner,
}

fn push_quote(inner: &str, at: usize, starts: &[usize], first: usize, said: Option<Said>, out: &mut Vec<Fact>) {
    let text =
        inner.trim().trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '。' | '，') || c.is_whitespace());
    let key = quote_key(text);
    let n = key.split(' ').filter(|w| !w.is_empty() && *w != ELISION).count();
    if !(2..=MAX_QUOTE_WORDS).contains(&n) {
        return;
    }
    let sentence = first + starts.partition_point(|&s| s <= at).saturating_sub(1);
    let (speaker, role) = match said {
        Some(Said::Person(name)) => (Some(name), None),
        Some(Said::Role(role)) => (None, Some(role)),
        None => (None, None),
    };
    out.push(Fact {
        kind: FactKind::Quote,
        text: text.to_string(),
        key,
        sentence,
        value: String::new(),
        unit: String::new(),
        context: Vec::new(),
        person: false,
        speaker,
        role,
    });
}

// ---------------------------------------------------------------------------------------------------------
// Numbers

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month number of a month name or its usual abbreviation ("Feb", "Sept.").
pub(crate) fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    // Asked of many words: only a word of three to nine letters ("May" to "September") can be a month,
    // and the test costs no lowercase copy.
    if !(3..=9).contains(&w.len()) || !w.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let w = w.to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let abbreviation = |m: &str| m.starts_with(&w) && (w.len() == 3 || w == "sept");
    MONTHS.iter().position(|m| *m == w || abbreviation(m)).map(|i| i as u32 + 1)
}

/// The month a name gives, in English ([`month`]) or another language ([`crate::months`]).
pub(crate) fn any_month(w: &str) -> Option<u32> {
    month(w).or_else(|| crate::months::named(w))
}

/// Weekdays, by their keys ([`entity_key`]): in English, and in the German, French, Spanish, Italian and
/// Dutch reports of a story ("wie die Klinikleitung am Mittwoch mitteilte"), where a weekday read as a name
/// ran on from the capitalised noun before it. Left out: "domingo" and "domenica", which are names too.
#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado",
    "lunedi", "martedi", "mercoledi", "giovedi", "venerdi",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
];

/// Number words worth a fact. "one" is left out: it is far more often a pronoun ("one of the few").
const NUMBER_WORDS: &[(&str, &str)] = &[
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("thirteen", "13"),
    ("fourteen", "14"),
    ("fifteen", "15"),
    ("sixteen", "16"),
    ("seventeen", "17"),
    ("eighteen", "18"),
    ("nineteen", "19"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("forty", "40"),
    ("fifty", "50"),
    ("sixty", "60"),
    ("seventy", "70"),
    ("eighty", "80"),
    ("ninety", "90"),
    ("hundred", "100"),
    ("hundreds", "100s"),
    ("thousand", "1000"),
    ("thousands", "1000s"),
    ("dozen", "12"),
    ("dozens", "12s"),
];

const MULTIPLIERS: &[&str] = &["hundred", "thousand", "million", "billion", "trillion", "bn", "m"];

/// The scale word after a figure, as English writes it, if `word` (lowercase) is one: English's own, or
/// another European language's ("1,5 millones", "3 Millionen", "2 milliards": a billion in French and
/// German, as "mil" after a figure is a thousand in Spanish and Portuguese). Left alone, a translation's
/// "1,5 millones de euros" was the figure 1.5, and no match for the original's "€1.5 million".
fn scale_after(word: &str) -> Option<&'static str> {
    Some(match word {
        "hundred" => "hundred",
        "thousand" | "mil" | "mila" | "tausend" => "thousand",
        "million" | "millions" | "millón" | "millones" | "milione" | "milioni" | "milhão" | "milhões" | "miljoen"
        | "millionen" => "million",
        "billion" | "milliard" | "milliards" | "milliarde" | "milliarden" | "miliardo" | "miliardi" | "miljard" => {
            "billion"
        }
        "trillion" => "trillion",
        "bn" => "bn",
        "m" => "m",
        _ => return None,
    })
}

/// The currency a sum names after its scale and "of", in French, Spanish, Italian or Portuguese ("1,5
/// million d'euros", "3 millones de dólares", "2 milioni di euro"): its unit, as [`is_money`] knows it,
/// and how many words it takes from `toks[j]`.
fn currency_after_of(toks: &[&str], j: usize) -> Option<(String, usize)> {
    let word = core(toks.get(j)?).to_lowercase();
    if let Some(name) = word.strip_prefix("d'").or_else(|| word.strip_prefix("d’")) {
        return money_unit(name).map(|unit| (unit, 1));
    }
    if matches!(word.as_str(), "de" | "di" | "do") && !ends_phrase(toks[j]) {
        return money_unit(&core(toks.get(j + 1)?).to_lowercase()).map(|unit| (unit, 2));
    }
    None
}

/// A currency's name (lowercase), in English or as another European language writes dollars and pounds,
/// as the unit of a sum ([`is_money`]).
fn money_unit(name: &str) -> Option<String> {
    let name = match name {
        "dólar" | "dólares" | "dollaro" | "dollari" => "dollars",
        "libra" | "libras" | "sterline" | "sterlina" => "pounds",
        n => n,
    };
    stem_key(name).filter(|unit| is_money(unit))
}

/// How many words after a figure say "per cent", if those at `toks[j]` do: "18 percent", "18 per cent",
/// "12 %" (a space before the sign, as French and German set it, often a no-break one), and as other
/// European languages write it ("12 Prozent", "12 pour cent", "12 por ciento", "12 per cento").
fn percent_after(toks: &[&str], j: usize) -> Option<usize> {
    let word = toks[j];
    if word.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '%') == "%" {
        return Some(1);
    }
    match core(word).to_lowercase().as_str() {
        "percent" | "prozent" | "procent" => Some(1),
        "per" | "pour" | "por" if !ends_phrase(word) => {
            let next = core(toks.get(j + 1)?).to_lowercase();
            matches!(next.as_str(), "cent" | "ciento" | "cento").then_some(2)
        }
        _ => None,
    }
}

/// A display word without the punctuation around it.
fn core(word: &str) -> &str {
    // Most words have none: an ASCII letter or digit at both ends. Every word of a report comes here.
    let b = word.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphanumeric) && b.last().is_some_and(u8::is_ascii_alphanumeric) {
        return word;
    }
    word.trim_start_matches(|c: char| !c.is_alphanumeric() && !is_currency_sign(c))
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%' && !is_joined_mark(c))
}

/// A mark written over or under the letter before it that Unicode does not count a letter (Thai's tone
/// marks: "ได้", "แล้ว"): part of its word, where punctuation around a word is trimmed. Without it the
/// word read as another ("ได"). Such a mark takes no column of its own.
pub(crate) fn is_joined_mark(c: char) -> bool {
    !c.is_ascii()
        && unicode_width::UnicodeWidthChar::width(c) == Some(0)
        && !matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{206f}' | '\u{feff}')
}

/// A dollar sign after its country's letters ("C$185", "US$40", "NZ$2.5bn") is a sum in dollars: the letters
/// go as punctuation does. Asked of a word's [`core`] where a sum is read (and where a name is, which such
/// a word is not): asked of every word in `core` itself, it made a long comparison with its facts (JSON) 1.3%
/// dearer.
fn without_dollar_country(word: &str) -> &str {
    let b = word.as_bytes();
    if b.len() >= 3
        && b[0].is_ascii_uppercase()
        && let Some(at) = b[1..b.len().min(4)].iter().position(|&c| c == b'$').map(|p| p + 1)
        && b[..at].iter().all(u8::is_ascii_uppercase)
        && b.get(at + 1).is_some_and(u8::is_ascii_digit)
    {
        &word[at..]
    } else {
        word
    }
}

fn ends_phrase(word: &str) -> bool {
    word.ends_with(|c: char| !c.is_alphanumeric() && c != '%' && !is_joined_mark(c))
}

/// A numeric token: its normalised value and the kind of number it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Cardinal,
    Ordinal,
    Year,
    Decade,
    Percent,
    /// A clock time: "3am", "11 p.m.".
    Time,
    /// A sum in pence, as British reports give a share's price: "285p".
    Pence,
}

/// "am" or "pm" from "am", "a.m", "P.M" and the like.
fn meridiem(word: &str) -> Option<&'static str> {
    match word.to_ascii_lowercase().replace('.', "").as_str() {
        "am" => Some("am"),
        "pm" => Some("pm"),
        _ => None,
    }
}

/// The value of a spelled number word, any case. Asked of nearly every word, so the first letter, among
/// those of the number words of the word's length, rules out most words before any comparison.
fn number_word(c: &str) -> Option<&'static str> {
    if !NUMBER_INITIALS.get(c.len()).is_some_and(|&initials| has_initial(initials, c)) {
        return None;
    }
    NUMBER_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(c)).map(|(_, v)| *v)
}

/// A count spelled in words past a hundred, as a report writes a figure it will not open a sentence with:
/// "three hundred and twelve", "two thousand four hundred and fifty", "nine hundred ninety-nine". Its value,
/// and the token after it. `None` when no words follow the hundred or the thousand: "three hundred people"
/// is three hundred by its scale word ([`scale_after`]), as "3 hundred" is.
fn spelled_count(toks: &[&str], i: usize) -> Option<(u64, usize)> {
    // One to ninety-nine.
    let small = |t: &str| -> Option<u64> {
        let c = core(t).to_lowercase();
        if c == "one" {
            return Some(1);
        }
        if let Some(v) = compound_number_word(&c) {
            return Some(u64::from(v));
        }
        number_word(&c).filter(|_| !c.starts_with("dozen")).and_then(|v| v.parse().ok()).filter(|&v| v < 100)
    };
    let (mut total, mut group) = (0, small(toks[i])?);
    let (mut j, mut scaled) = (i + 1, false);
    while !ends_phrase(toks[j - 1])
        && let Some(t) = toks.get(j)
    {
        let w = core(t).to_lowercase();
        match w.as_str() {
            "hundred" if (1..10).contains(&group) => group *= 100,
            "thousand" if (1..1000).contains(&group) && total == 0 => (total, group) = (group * 1000, 0),
            // "and" joins only the words under a hundred to the hundred or thousand before them.
            "and" if scaled && group % 100 == 0 && toks.get(j + 1).and_then(|t| small(t)).is_some() => {}
            _ => match small(t) {
                Some(v) if scaled && group % 100 == 0 => group += v,
                _ => break,
            },
        }
        scaled |= matches!(w.as_str(), "hundred" | "thousand");
        j += 1;
    }
    (scaled && j - i >= 3).then_some((total + group, j))
}

/// The value of a number from 21 to 99 spelled with a hyphen, any case: "twenty-three", "Forty-five".
/// Reports write counts so at the start of a sentence ("Twenty-three people were hurt") where another
/// outlet has "23 people".
///
/// Asked of nearly every word: the length ("forty-one" to "seventy-seven") and the first letter rule out
/// most words before the hyphen is looked for (looking for it in every word was a fortieth of the facts of
/// a long pair).
fn compound_number_word(c: &str) -> Option<u32> {
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    const UNITS: [&str; 9] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    const TENS_INITIALS: u32 =
        initial_bit(b't') | initial_bit(b'f') | initial_bit(b's') | initial_bit(b'e') | initial_bit(b'n');
    if !(9..=13).contains(&c.len()) || !has_initial(TENS_INITIALS, c) {
        return None;
    }
    let (tens, unit) = c.split_once('-')?;
    let tens = TENS.iter().position(|t| t.eq_ignore_ascii_case(tens))?;
    let unit = UNITS.iter().position(|u| u.eq_ignore_ascii_case(unit))?;
    Some(10 * (tens as u32 + 2) + unit as u32 + 1)
}

/// A count joined by a hyphen to the noun it counts, as a compound set before another noun: "a 48-hour
/// strike", "the 1.2-kilometre pier", "a six-week closure", where another report writes "48 hours", "1.2
/// km" or "six weeks". The count and the noun, as written.
///
/// An age in months, weeks or days counts them ("six-month-old"); one in years is an age ([`age_at`]).
///
/// Not a score or a range ("3-2", "2020-21", [`score`]), a number spelled
/// with a hyphen ("twenty-five"), a sum's scale ("$5-million", which [`parse_number`] leaves alone), a
/// word's particle ("two-on-two"), nor "one", whose compounds are mostly idioms ("one-sided", "one-off").
fn counted_compound(c: &str) -> Option<(&str, &str)> {
    // A plain loop: words are short, and most have no hyphen (a search call for each cost more).
    let at = c.bytes().position(|b| b == b'-')?;
    let (count, noun) = (&c[..at], &c[at + 1..]);
    // "a six-month-old baby" counts months, as "six months old" does.
    let noun = noun.strip_suffix("-old").unwrap_or(noun);
    let figure = count.starts_with(|ch: char| ch.is_ascii_digit())
        && count.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    let spelled = !count.eq_ignore_ascii_case("one") && number_word(count).is_some();
    let noun_ok = noun.len() >= 2
        && noun.bytes().all(|b| b.is_ascii_alphabetic())
        && number_word(noun).is_none()
        && !MULTIPLIERS.iter().any(|m| m.eq_ignore_ascii_case(noun))
        && !with_fold(noun, is_function_word);
    ((figure || spelled) && noun_ok).then_some((count, noun))
}

/// Whether a token can begin a number or a date at all: its core starts with a digit, a currency sign or a
/// capital (a month, a capitalised number word), or it is a number word. Most words are none of these, and
/// are passed over without the full analysis.
fn may_start_number(token: &str) -> bool {
    let c = core(token);
    match c.chars().next() {
        None => false,
        Some(ch) if ch.is_ascii_digit() || ch.is_uppercase() || is_currency_sign(ch) => true,
        // "one in five" ([`ratio_at`]), "a fifth" ([`fraction_at`]).
        Some(_) => {
            number_word(c).is_some()
                || compound_number_word(c).is_some()
                || c == "one"
                || FRACTIONS.iter().any(|(w, _, _)| w.eq_ignore_ascii_case(c))
                // "six-week": the shortest such word ("ten-km") has six bytes.
                || (c.len() >= 6 && counted_compound(c).is_some())
                // "twenty-four-year-old" ([`age_at`]).
                || (c.len() >= 12 && c.ends_with("-old"))
        }
    }
}

/// How many digits a word is, when it is digits alone (punctuation around it aside).
fn digit_count(word: &str) -> Option<usize> {
    let c = core(word);
    (!c.is_empty() && c.bytes().all(|b| b.is_ascii_digit())).then_some(c.len())
}

/// Whether a run of bare digit groups is one number with its thousands set apart by spaces ("1 250 000"):
/// one to three digits, not led by a 0, then groups of three. A telephone number's groups are not all
/// three digits long ("0800 123 4567", "555 123 4567").
fn thousands_grouped(run: &[&str]) -> bool {
    let Some((first, groups)) = run.split_first() else { return false };
    digit_count(first).is_some_and(|n| (1..=3).contains(&n))
        && !core(first).starts_with('0')
        && groups.iter().all(|g| digit_count(g) == Some(3))
        && run[..run.len() - 1].iter().all(|t| !ends_phrase(t))
}

fn parse_number(word: &str) -> Option<(String, Shape)> {
    let signed = without_dollar_country(core(word));
    let c = signed.trim_start_matches(is_currency_sign);
    let money = c.len() < signed.len();
    if let Some(v) = number_word(c) {
        return Some((v.to_string(), Shape::Cardinal));
    }
    if let Some(v) = compound_number_word(c) {
        return Some((v.to_string(), Shape::Cardinal));
    }
    // "a 48-hour strike": the count, whose noun [`number_at`] reads off the same word.
    if !money
        && let Some((count, noun)) = counted_compound(c)
        && measure_word(&noun.to_lowercase()).is_none()
    {
        return parse_number(count).filter(|(_, shape)| *shape == Shape::Cardinal);
    }
    if let Some(time) = clock_minutes(c) {
        return Some((time, Shape::Time));
    }
    let (num, suffix) = split_number(c);
    if !num.starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    let value = canonical_figure(num);
    // A minus before the figure ("-2.5%", "(−3)"): a changed sign is a changed figure.
    let before = &word[..word.find(|c: char| c.is_ascii_digit()).unwrap_or(0)];
    let value = if before.ends_with(['-', '−']) && !before.contains(char::is_alphanumeric) {
        format!("-{value}")
    } else {
        value
    };
    if let Some(m) = meridiem(suffix)
        && value.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
    {
        return Some((format!("{value}{m}"), Shape::Time));
    }
    // "5G" is a network, not five grams.
    if suffix == "G" {
        return None;
    }
    // "30C", "2,900°C", "2,900°" before its scale: a temperature ([`temperature_at`]).
    if glued_scale(suffix).is_some() || suffix == "°" || suffix == "º" {
        return Some((value, Shape::Cardinal));
    }
    let suffix = suffix.to_lowercase();
    // A scale written short: "$9m", "$412M", "£1.2bn", "$3.4B", "€5mn". A lone "b" or "tn" after a
    // figure is a billion or a trillion only in a sum of money.
    let scale = match suffix.as_str() {
        "k" => Some("thousand"),
        "m" | "mn" => Some("million"),
        "bn" => Some("billion"),
        "b" if money => Some("billion"),
        "tn" | "trn" if money => Some("trillion"),
        _ => None,
    };
    if let Some(scale) = scale {
        return Some((format!("{value} {scale}"), Shape::Cardinal));
    }
    let shape = match suffix.as_str() {
        "" if value.len() == 4 && !num.contains([',', '.']) && (1000..=2100).contains(&value.parse::<u32>().ok()?) => {
            Shape::Year
        }
        "" => Shape::Cardinal,
        // "35km": a measure glued to its number ([`glued_measure`] names it).
        u if measure_word(u).is_some() => Shape::Cardinal,
        "st" | "nd" | "rd" | "th" => Shape::Ordinal,
        "s" | "'s" | "’s" if value.ends_with('0') => Shape::Decade,
        "%" => Shape::Percent,
        "p" => Shape::Pence,
        _ => return None,
    };
    Some((value, shape))
}

/// A time of day with its minutes, as its key: "9:42" and "21:05" as written (the hour's leading zero
/// dropped), "9:42am" and "9.42pm" with the half of the day, "9:00am" as "9am" is. The stop between hour
/// and minutes is read only before a meridiem: "9.42" alone is a decimal. A later word may give the
/// meridiem ([`with_meridiem`]).
fn clock_minutes(c: &str) -> Option<String> {
    let b = c.as_bytes();
    let hours = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hours) || b.len() < hours + 3 || !matches!(b[hours], b':' | b'.') {
        return None;
    }
    let (h, m, rest) = (&c[..hours], &c[hours + 1..hours + 3], &c[hours + 3..]);
    let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok().filter(|_| m.bytes().all(|d| d.is_ascii_digit()))?);
    if m > 59 || h > 23 {
        return None;
    }
    match meridiem(rest) {
        Some(half) => with_meridiem(&format!("{h}:{m:02}"), half),
        None if rest.is_empty() && b[hours] == b':' => Some(format!("{h}:{m:02}")),
        None => None,
    }
}

/// A time of day's key ([`clock_minutes`]) with its half of the day: "9:42" and "am" make "9:42am", "9:00"
/// and "pm" make "9pm" as "9 p.m." does. `None` where the hour is past twelve.
fn with_meridiem(time: &str, half: &str) -> Option<String> {
    let (h, m) = time.split_once(':')?;
    if !(1..=12).contains(&h.parse::<u32>().ok()?) {
        return None;
    }
    Some(if m == "00" { format!("{h}{half}") } else { format!("{h}:{m}{half}") })
}

/// How the words before a figure bound it ([`BOUNDS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bound {
    /// "just over 400": a little above.
    JustOver,
    /// "nearly 5", "just under 5": a little below.
    Nearly,
    /// "more than 400", "at least 400": above, up to twice.
    Over,
    /// "fewer than 50", "up to 50": below, down to half.
    Under,
}

/// Words that bound a figure rather than give it, as their folded words, and how: "more than 400
/// scientists" is true of 430, "nearly 5 percent" of 4.7%. They are kept in the figure's text, where
/// [`super::ledger::one_figure_as_written`] reads them ([`bound_of`]). Words that only round it ("about",
/// "some") are left out: rounding is read from the figure itself.
pub(super) const BOUNDS: &[(&str, Bound)] = &[
    ("more than", Bound::Over),
    ("over", Bound::Over),
    ("above", Bound::Over),
    ("at least", Bound::Over),
    ("upwards of", Bound::Over),
    ("in excess of", Bound::Over),
    ("just over", Bound::JustOver),
    ("less than", Bound::Under),
    ("fewer than", Bound::Under),
    ("under", Bound::Under),
    ("below", Bound::Under),
    ("up to", Bound::Under),
    ("no more than", Bound::Under),
    ("just under", Bound::Nearly),
    ("nearly", Bound::Nearly),
    ("almost", Bound::Nearly),
    ("close to", Bound::Nearly),
];

/// How many words right before token `at` are one of [`BOUNDS`]: the longest that fits, or 0.
fn hedge_before(toks: &[&str], at: usize) -> usize {
    BOUNDS
        .iter()
        .filter_map(|(bound, _)| {
            let n = bound.split(' ').count();
            let words = toks.get(at.checked_sub(n)?..at)?;
            (!words.iter().any(|w| ends_phrase(w))
                && bound.split(' ').zip(words).all(|(b, w)| core(w).eq_ignore_ascii_case(b)))
            .then_some(n)
        })
        .max()
        .unwrap_or(0)
}

/// Whether the one word of [`BOUNDS`] before the figure that ends before `toks[to]` ("over", "under") is a
/// preposition whose object is the noun after a sum or a share: "jailed over £4.2m fraud", "strike over 4%
/// pay offer". The figure then says how big the noun is, and the report states it: read as "more than
/// £4.2m", a copy that gave £4.7m seemed to agree. A count's noun is its own ("over 300 pensioners"), and a
/// word after the figure that is no noun ("over £4m from savers", "over £4m last year", "over 4%
/// annually") leaves the bound.
fn governs_noun_after(toks: &[&str], to: usize, unit: &str) -> bool {
    const NOT_NOUNS: &[&str] = &["last", "next", "each", "apiece", "overall", "altogether", "more", "less"];
    let figure_ends = ends_phrase(toks[to - 1]);
    let sized = is_money(unit) || unit == "percent";
    let noun = toks.get(to).is_some_and(|t| {
        let folded = fold(t);
        t.starts_with(|c: char| c.is_lowercase())
            && folded.len() > 2
            && folded.chars().all(char::is_alphabetic)
            && !is_stopword(&folded)
            && !is_function_word(&folded)
            && !folded.ends_with("ly")
            && !NOT_NOUNS.contains(&folded.as_str())
    });
    sized && !figure_ends && noun
}

/// The bound a number's text opens with ([`BOUNDS`]), if any.
pub(super) fn bound_of(text: &str) -> Option<Bound> {
    let lower = text.to_lowercase();
    BOUNDS
        .iter()
        .filter(|(words, _)| lower.starts_with(words) && lower[words.len()..].starts_with(' '))
        .max_by_key(|(words, _)| words.len())
        .map(|&(_, bound)| bound)
}

/// The keys of the two scales of temperature news writes in. A temperature's unit key is its scale's:
/// "2,900 degrees Celsius" and "2,900 degrees Fahrenheit" are two figures, not one "2,900 degrees".
pub(super) const CELSIUS: &str = "celsius";
pub(super) const FAHRENHEIT: &str = "fahrenheit";

/// The scale of a temperature written after its figure, and the word after the last of it: glued on
/// ("30C", "2,900°C", "5,200℉"), as a word of its own ("5,200 °F", "98.6 Fahrenheit") or after "degrees"
/// ("2,900 degrees Celsius", "40 degrees C"). A letter alone names a scale only glued to the figure in
/// capitals (a "5c" coin is five cents) or after "degrees" or the degree sign.
fn temperature_at(toks: &[&str], i: usize) -> Option<(usize, &'static str)> {
    let word = toks[i].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '”']);
    let (_, suffix) = split_number(word.trim_start_matches(|c: char| !c.is_ascii_digit()));
    if let Some(scale) = glued_scale(suffix) {
        return Some((i + 1, scale));
    }
    if ends_phrase(toks[i]) {
        return None;
    }
    let mut j = i + 1;
    let mut degrees = suffix == "°" || suffix == "º";
    if !degrees
        && toks.get(j).is_some_and(|t| matches!(core(t).to_lowercase().as_str(), "degrees" | "degree" | "deg"))
        && !ends_phrase(toks[j])
    {
        degrees = true;
        j += 1;
    }
    let next = toks.get(j)?.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
    let scale = glued_scale(next).or_else(|| match next.to_lowercase().as_str() {
        "celsius" | "centigrade" => Some(CELSIUS),
        "fahrenheit" => Some(FAHRENHEIT),
        "c" if degrees => Some(CELSIUS),
        "f" if degrees => Some(FAHRENHEIT),
        _ => None,
    })?;
    Some((j + 1, scale))
}

/// The scale of a temperature from what is glued to its figure ([`temperature_at`]): "C" and "F" in
/// capitals, or after a degree sign in either case, or the signs of one character.
fn glued_scale(suffix: &str) -> Option<&'static str> {
    match suffix {
        "C" | "°C" | "°c" | "ºC" | "℃" => Some(CELSIUS),
        "F" | "°F" | "°f" | "ºF" | "℉" => Some(FAHRENHEIT),
        _ => None,
    }
}

/// The two sums of a range of money written as one word, "$4.80-$4.90" or "(£3m–£5m)": each is a figure
/// another report may give alone. A range of bare numbers ("2020-21", "10-15") is left whole.
#[inline(always)]
fn money_range(word: &str) -> Option<(&str, &str)> {
    // Asked of every word of a sentence: its first byte rules out nearly all of them, without a call.
    if word.as_bytes().first().is_none_or(u8::is_ascii_alphanumeric) { None } else { sums_of_range(word) }
}

/// [`money_range`] of a word that starts with a sign or a mark.
fn sums_of_range(word: &str) -> Option<(&str, &str)> {
    // Both halves start with a currency sign and a digit, the first after any opening punctuation.
    let is_sum = |w: &str| {
        let mut chars = w.trim_start_matches(['(', '[', '"', '“', '‘']).chars();
        chars.next().is_some_and(is_currency_sign) && chars.next().is_some_and(|c| c.is_ascii_digit())
    };
    if !is_sum(word) {
        return None;
    }
    let dash = word.find(['-', '–'])?;
    let high = &word[dash..];
    let high = &high[high.chars().next()?.len_utf8()..];
    is_sum(high).then_some((&word[..dash], high))
}

/// Units of measure written short, and the word they stand for: "35 km" and "35km" count kilometres.
const MEASURES: &[(&str, &str)] = &[
    ("km", "kilometres"),
    ("kms", "kilometres"),
    ("cm", "centimetres"),
    ("mm", "millimetres"),
    ("mi", "miles"),
    ("ft", "feet"),
    ("kg", "kilograms"),
    ("kgs", "kilograms"),
    ("kph", "kph"),
    // Speeds as most of the world writes them: "180 km/h", "180km/h".
    ("km/h", "kph"),
    ("kmh", "kph"),
    ("mph", "mph"),
    ("g", "grams"),
    ("mg", "milligrams"),
    ("mcg", "micrograms"),
    ("µg", "micrograms"),
    ("μg", "micrograms"),
    ("ml", "millilitres"),
    ("lb", "pounds"),
    ("lbs", "pounds"),
    ("oz", "ounces"),
    ("inch", "inches"),
    ("kb", "kilobytes"),
    ("mb", "megabytes"),
    ("gb", "gigabytes"),
    ("tb", "terabytes"),
    ("ghz", "gigahertz"),
    ("kw", "kilowatts"),
    ("mw", "megawatts"),
    ("gw", "gigawatts"),
    ("kwh", "kilowatt-hours"),
    // A word that names a scale stands for itself: "a 6.4-magnitude quake".
    ("magnitude", "magnitude"),
];

/// Nouns that name a scale and come before the figure on it: "magnitude 4.8", "level 4", "stage 2". The
/// figure is a point on that scale, whatever noun follows ("a magnitude 6.4 earthquake").
/// "Type 2 diabetes" is of that type, and counts no diabetes.
const SCALES: &[&str] = &["magnitude", "level", "grade", "stage", "phase", "category", "tier", "type"];

/// Whether a word (its core, in any case) names a scale ([`SCALES`]).
fn is_scale(word: &str) -> bool {
    SCALES.contains(&word.to_lowercase().as_str())
}

/// A word without its possessive "’s" or "'s": "Commission’s" is "Commission".
pub(super) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")).unwrap_or(word)
}

/// The noun key of a measure's unit: an abbreviation's key is the key of the word it stands for.
fn measure_key(key: &str) -> String {
    match measure_word(key) {
        Some(word) => stem_key(word).unwrap_or_else(|| key.to_string()),
        None => key.to_string(),
    }
}

/// The words news counts casualties by, each with the word it is taken for: a headline's "11 hurt" and
/// its story's "injuring 12 people" or another outlet's "Twelve injured" count the same people.
const CASUALTIES: &[(&str, &str)] = &[
    ("hurt", "injured"),
    ("wounded", "injured"),
    ("injuries", "injured"),
    ("killed", "dead"),
    ("deaths", "dead"),
    ("fatalities", "dead"),
];

/// The noun key a count of casualties is keyed by ([`CASUALTIES`]); any other key as it is.
fn casualty_key(key: &str) -> String {
    static KEYS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
        CASUALTIES.iter().filter_map(|(word, taken)| Some((stem_key(word)?, stem_key(taken)?))).collect()
    });
    KEYS.iter().find(|(k, _)| k == key).map_or_else(|| key.to_string(), |(_, taken)| taken.clone())
}

/// The word a unit abbreviation stands for ([`MEASURES`]).
fn measure_word(abbreviation: &str) -> Option<&'static str> {
    MEASURES.iter().find(|(abbr, _)| *abbr == abbreviation).map(|&(_, word)| word)
}

/// A token's leading digits (with their `,` and `.`) and what follows them: "35km" is ("35", "km"). A
/// measure joined by a hyphen is glued on as well: "6.3-inch" is ("6.3", "inch").
/// One spelling of the value of a figure written with points and commas: thousands separators dropped, a
/// decimal comma made a point ("3,5 Prozent" is three and a half, not 35), and a fraction's trailing zeros
/// dropped ("2,0" and "2.0" are 2).
///
/// A comma before three digits groups thousands ("1,200"), as English writes it; a comma before one or
/// two is a decimal comma, as most of Europe writes it. A point before three digits ("320.000") is left as
/// written: German for 320,000 and, rarely, English for a fraction, it compares with its own spelling.
fn canonical_figure(num: &str) -> String {
    let num = num.trim_end_matches(['.', ',']);
    let Some(at) = num.rfind([',', '.']) else {
        return num.to_string();
    };
    let (head, mark, tail) = (&num[..at], &num[at..at + 1], &num[at + 1..]);
    let other = if mark == "," { '.' } else { ',' };
    // The last mark is a decimal one after the other kind ("1,234.5"), before other than three digits, or
    // after a lone nought ("0,125").
    let decimal = head.contains(other) || tail.len() != 3 || head == "0";
    if !decimal {
        if mark == "." && !head.contains('.') {
            return num.to_string();
        }
        // Every mark groups: "1,200", "1.234.567", "1,234,567".
        return num.replace([',', '.'], "");
    }
    // The marks before the decimal one group thousands ("1,234.5", "1.234,5").
    let whole = head.replace([',', '.'], "");
    let fraction = tail.trim_end_matches('0');
    if fraction.is_empty() { whole } else { format!("{whole}.{fraction}") }
}

/// Read the figures a report writes with a point before three digits ("4.200 Patienten"), which
/// [`canonical_figure`] leaves as written, as thousands grouped, when the report writes figures the way
/// most of continental Europe does: it reads as German (`german`), or it writes a decimal comma ("3,5
/// Prozent") or points that can only group ("1.234.567", "1.234,5"), and no comma that groups thousands
/// ("4,200"), as English does. Left as written, "4.200" was 4.2: the same as "4,2" written elsewhere, and
/// not the "4,200" an English report gives.
pub(super) fn regroup_points(facts: &mut [Fact], german: bool) {
    let figures = || {
        facts.iter().filter(|f| f.kind == FactKind::Number).flat_map(|f| {
            f.text
                .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
                .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    let (mut continental, mut english) = (german, false);
    for figure in figures() {
        let figure = figure.trim_end_matches(['.', ',']);
        let tail = |at: usize| figure[at + 1..].bytes().take_while(u8::is_ascii_digit).count();
        for (at, mark) in figure.match_indices([',', '.']) {
            let groups = tail(at) == 3;
            match mark {
                // "0,125" is a decimal comma, as [`canonical_figure`] reads it.
                "," if groups && &figure[..at] != "0" => english = true,
                "," if !figure[at + 1..].contains(['.', ',']) => continental = true,
                "." if figure[at + 1..].contains(['.', ',']) && groups => continental = true,
                _ => {}
            }
        }
    }
    if !continental || english {
        return;
    }
    for f in facts.iter_mut().filter(|f| f.kind == FactKind::Number) {
        let figure = f.value.split(' ').next().unwrap_or_default();
        let grouped = figure.split_once('.').is_some_and(|(whole, part)| {
            (1..=3).contains(&whole.len())
                && !whole.starts_with('0')
                && whole.bytes().all(|b| b.is_ascii_digit())
                && part.len() == 3
                && part.bytes().all(|b| b.is_ascii_digit())
        });
        if grouped && f.key.starts_with(figure) {
            let plain = figure.replace('.', "");
            f.key = format!("{plain}{}", &f.key[figure.len()..]);
            f.value = format!("{plain}{}", &f.value[figure.len()..]);
        }
    }
}

fn split_number(c: &str) -> (&str, &str) {
    let (num, rest) =
        c.split_at(c.find(|ch: char| !(ch.is_ascii_digit() || ch == ',' || ch == '.')).unwrap_or(c.len()));
    match rest.strip_prefix('-') {
        Some(unit) if measure_word(&unit.to_lowercase()).is_some() => (num, unit),
        _ => (num, rest),
    }
}

/// The unit key of a number with its unit glued on ("35km", "80km"), if it has one.
fn glued_measure(word: &str) -> Option<String> {
    let (num, suffix) = split_number(core(word));
    let suffix = suffix.to_lowercase();
    (!num.is_empty() && measure_word(&suffix).is_some()).then(|| measure_key(&suffix))
}

/// The currencies a sum of money is written in: by sign ("$45") and by name ("45 dollars").
const CURRENCIES: [(char, &str); 4] = [('$', "dollars"), ('£', "pounds"), ('€', "euros"), ('¥', "yen")];

/// Whether a character is one of the currency signs of [`CURRENCIES`].
fn is_currency_sign(c: char) -> bool {
    CURRENCIES.iter().any(|&(sign, _)| sign == c)
}

/// The currency a money amount is written in, by its sign: "$45" is dollars.
fn currency_of(token: &str) -> Option<&'static str> {
    let sign = without_dollar_country(core(token)).chars().next()?;
    CURRENCIES.iter().find(|(s, _)| *s == sign).map(|(_, name)| *name)
}

/// Whether a number's unit is a currency: sums of money count their currency (see [`number_at`]).
pub(super) fn is_money(unit: &str) -> bool {
    static STEMS: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| CURRENCIES.iter().filter_map(|(_, name)| stem_key(name)).collect());
    STEMS.iter().any(|s| s == unit)
}

/// Whether a number's unit is the calendar's or the clock's (see [`number_at`]): such numbers recur in
/// every story, and their units are no nouns.
pub(super) fn is_calendar_unit(unit: &str) -> bool {
    matches!(unit, "year" | "date" | "decade" | "time")
}

/// Words a year stands after ("in 2019 officials said", "from 2019 levels") that a count of a plural noun
/// rarely does: with one of them, a figure that may be a year is one.
const BEFORE_A_YEAR: &[&str] = &[
    "in", "since", "until", "till", "during", "from", "by", "the", "en", "depuis", "desde", "em", "seit", "im", "nel",
    "dal", "w", "od",
];

/// Whether a figure that may be a year (four digits, no mark: "1200") counts the plural noun after it
/// instead: "cut 1200 jobs" is "cut 1,200 jobs" written without the comma, as many outlets write it, and
/// read as the year 1200 it conflicted with nothing and matched nothing. Not after a word a year stands
/// after ([`BEFORE_A_YEAR`]), nor before punctuation, a capital or a word that names no thing; and never
/// a figure from 1900 to 2100, which a report far more often gives as a year ("below 2019 levels").
fn counts_after_all(toks: &[&str], i: usize) -> bool {
    if core(toks[i]).parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)) {
        return false;
    }
    let Some(next) = toks.get(i + 1).map(|t| core(t)) else { return false };
    let before_a_year = i > 0 && BEFORE_A_YEAR.contains(&core(toks[i - 1]).to_lowercase().as_str());
    !before_a_year
        && !ends_phrase(toks[i])
        && next.starts_with(|c: char| c.is_lowercase())
        && looks_plural(next)
        && month(next).is_none()
        && stem_key(next).is_some_and(|k| !is_stopword(&k) && !with_fold(next, is_function_word))
}

/// Plural nouns, regular and the common irregular ones.
fn looks_plural(word: &str) -> bool {
    const IRREGULAR: &[&str] =
        &["people", "men", "women", "children", "police", "feet", "personnel", "staff", "cattle", "data", "media"];
    let w = word.to_lowercase();
    IRREGULAR.contains(&w.as_str()) || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
}

fn day(word: &str) -> Option<u32> {
    // Asked of every word: most do not start with a digit, and need no lowercase copy.
    if !core(word).starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    let c = core(word).to_lowercase();
    let c = c.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
    c.parse::<u32>().ok().filter(|d| (1..=31).contains(d)).filter(|_| core(word).len() <= 4)
}

/// A year after a month: of the common era, or with `buddhist` (a Thai sentence) of the Buddhist era
/// ("17 กันยายน 2567" is 17 September 2024).
fn year(word: &str, buddhist: bool) -> Option<u32> {
    let c = core(word);
    let y: u32 = (c.len() == 4).then(|| c.parse().ok()).flatten()?;
    crate::months::common_era_year(y, 1000, buddhist)
}

/// The month a Thai abbreviation cut into two words names ("ก.", "ย." for ก.ย., September), as the
/// dictionary cuts every such abbreviation.
fn cut_thai_month(first: &str, second: &str) -> Option<u32> {
    // The second may carry what closes the sentence or a quotation ("14 ก.ค.”").
    let joined = format!("{first}{}", core(second));
    first.ends_with('.').then(|| crate::months::named(&joined)).flatten()
}

/// The numbers of a sentence, split into its words `toks`. `shown` is the sentence as written, with the
/// byte of it each byte of `sentence` was read from, when `sentence` is its reading in ASCII digits.
fn numbers(sentence: &str, shown: Option<(&str, &[usize])>, toks: &[&str], index: usize, out: &mut Vec<Fact>) {
    // The context words, stemmed, are needed only once a number is found; most sentences have none.
    let mut stems: Option<Vec<Option<String>>> = None;
    // Asked once, not for each number the sentence holds.
    let ascii = sentence.is_ascii();
    let buddhist = !ascii && crate::months::in_buddhist_era(sentence);
    // Whether the sentence is a heading, asked at most once: asked for each figure that follows a capital,
    // a long sentence of dates ("6. März … 7. März …") took time in the square of its length.
    let mut heading: Option<bool> = None;
    let mut i = 0;
    while i < toks.len() {
        if !may_start_number(toks[i]) {
            i += 1;
            continue;
        }
        // A run of bare digit groups ("0800 123 4567", "020 7782 4104") is a phone number or a code, not a
        // count: three groups or more, or two when the first starts with a 0. ("In 2023 30 people" is two
        // numbers.)
        let run = toks[i..].iter().take_while(|t| digit_count(t).is_some()).count();
        if (run >= 3 || (run == 2 && core(toks[i]).starts_with('0'))) && !thousands_grouped(&toks[i..i + run]) {
            i += run;
            continue;
        }
        // "Nova 7", "Boeing 737": a figure that is part of a name counts nothing. (Checked for a heading,
        // whose every word is capitalised, only when the figure follows a capital.)
        if names_with_a_figure(toks, i)
            && !*heading.get_or_insert_with(|| is_heading(toks))
            && !counts_a_german_noun(toks, i)
        {
            i += 1;
            continue;
        }
        let Some((text_range, key, unit)) = number_at(toks, i, buddhist) else {
            i += 1;
            continue;
        };
        // Context words say what a figure is about: not prepositions, which any two sentences share ("the
        // highest since 1998" and "who has led the city since 2017" are two years).
        let stems = stems.get_or_insert_with(|| {
            toks.iter()
                .map(|t| {
                    stem_key(t).filter(|k| {
                        !is_stopword(k) && !k.chars().all(|c| c.is_ascii_digit()) && !with_fold(t, is_function_word)
                    })
                })
                .collect()
        });
        let (from, to) = text_range;
        // "00:31 — Okonkwo-Hale concedes.": a live report stamps each entry with its time, which is the
        // page's, not a time the story gives.
        if unit == "time" && from == 0 && toks.get(to).is_some_and(|t| matches!(*t, "—" | "–" | "-" | "|")) {
            i = to;
            continue;
        }
        // "more than 400 scientists": the bound is part of what the report states ([`BOUNDS`]).
        // Not a date's, nor a fraction's, which reads its own hedges ([`by_before`]).
        let fraction = unit == "percent" && core(toks[from]).starts_with(char::is_alphabetic);
        let hedge = match hedge_before(toks, from) {
            1 if governs_noun_after(toks, to, &unit) => 0,
            n => n,
        };
        let from = if is_calendar_unit(&unit) || unit == AGE || fraction { from } else { from - hedge };
        // Pieces of text without spaces ("1万2000トン") stand in the sentence as they are; words are joined
        // by the one space a sentence keeps between them.
        let text = match shown {
            Some((written, read_from)) => shown_span(sentence, written, read_from, toks[from], toks[to - 1]),
            None if ascii => toks[from..to].join(" "),
            None => span(sentence, toks[from], toks[to - 1]),
        };
        let text = trim_figure(&text);
        // "Reyes (58)": an age's bracket is closed with it, as the text has it.
        let text = if unit == AGE && text.contains('(') && !text.contains(')') {
            format!("{text})")
        } else {
            text.to_string()
        };
        let before = stems[..from].iter().rev().flatten().take(CONTEXT_WORDS);
        let after = stems[to..].iter().flatten().take(CONTEXT_WORDS);
        let unit_words: HashSet<&String> = stems[from..to].iter().flatten().collect();
        let context = before.chain(after).filter(|s| !unit_words.contains(s)).cloned().collect();
        out.push(Fact {
            kind: FactKind::Number,
            text,
            value: key.split('|').next().unwrap_or_default().to_string(),
            key: key.replace('|', " ").trim_end().to_string(),
            sentence: index,
            unit,
            context,
            person: false,
            speaker: None,
            role: None,
        });
        i = to.max(i + 1);
    }
}

/// "Nova 7", "Boeing 737 Max", "Windows 11 users", "No 10": a figure right after a capital, with nothing
/// between, names a model, an edition or a place with the capital, and counts nothing. Only after one
/// capital: not after a longer name ("gave Anna Berg 12 roses"), nor after a sentence's first word, which
/// any word may be ("About 300 people", "Some 12 died"), a weekday, a month or a title. Nor after a
/// scale ([`SCALES`]): "Category 5" against another report's "Category 4" is a figure changed.
fn names_with_a_figure(toks: &[&str], i: usize) -> bool {
    // Asked of most words: nearly all are ruled out by their first byte.
    if i < 2 || !toks[i].as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    // Digits as written, up to four, with at most the punctuation that ends a phrase after them.
    let figure = toks[i].trim_end_matches([',', '.', ';', ':', ')', '!', '?']);
    if figure.is_empty() || figure.len() > 4 || !figure.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let (before, word) = (toks[i - 2], toks[i - 1]);
    let c = core(word);
    if counts_left_out_noun(toks, i) {
        return false;
    }
    is_capitalised(c)
        && !ends_phrase(word)
        && !word.starts_with(is_quote_mark)
        && !before.ends_with(['.', ':', '!', '?', '"', '“', '—', '-'])
        // A capital before it is part of a longer name, unless it opens the sentence ("The Nova 7 weighs
        // …", "Orbitel Nova 7 hands-on").
        && (!is_capitalised(core(before)) || i == 2)
        && !is_title(c)
        && !is_calendar(&entity_key(c))
        && !is_scale(c)
}

/// Whether the figure at `i`, ending its sentence after a name, counts the noun an earlier figure of the
/// sentence counted, left out the second time: "Civic Renewal took 11 seats and the Greens 3." The name
/// comes after "and", "or" or a comma (and a "the"), as a list's items do, and the figure ends the item;
/// read as a name with a figure ("the Nova 7"), "Greens 3" was a party of its own in the ledger.
fn counts_left_out_noun(toks: &[&str], i: usize) -> bool {
    let ends = i + 1 == toks.len() || toks[i].ends_with(['.', '!', '?', ',', ';']);
    if !ends {
        return false;
    }
    let mut k = i - 2;
    if core(toks[k]).eq_ignore_ascii_case("the") {
        let Some(p) = k.checked_sub(1) else { return false };
        k = p;
    }
    let joined = matches!(core(toks[k]), "and" | "or") || toks[k].ends_with(',');
    // An earlier figure with its noun after it: "11 seats".
    joined
        && toks[..=k]
            .windows(2)
            .any(|w| digit_count(w[0]).is_some() && w[1].starts_with(|c: char| c.is_alphabetic() && c.is_lowercase()))
}

/// The noun a count from `i` to `j` leaves out, counted by an earlier figure of its sentence, as a second
/// clause leaves it out: "Seven people have died and six are still unaccounted for", "… and four remain
/// missing". The count opens its clause (after "and", "but", "while" or a comma) and a verb follows it.
/// Read as a count of nothing, "six" was no fact; read with the verb as its noun, "four remain" was one no
/// other report gave, and the pair's one count of people left was "Seven people", against another
/// report's "Four people were still missing".
fn left_out_noun(toks: &[&str], i: usize, j: usize) -> Option<String> {
    const VERBS: &[&str] = &["are", "were", "remain", "remained", "remains", "have", "had", "died", "survived"];
    // The verb first: after nearly every count comes its noun, and the rest need not be asked.
    if !toks.get(j).is_some_and(|t| VERBS.contains(&core(t))) || ends_phrase(toks[j - 1]) {
        return None;
    }
    let opens_clause = i > 0
        && (["and", "but", "while"].iter().any(|w| core(toks[i - 1]).eq_ignore_ascii_case(w))
            || toks[i - 1].ends_with(','));
    if !opens_clause {
        return None;
    }
    // The earlier count and its noun: "Seven people", "212 people".
    let counted = (1..i - 1).rev().find(|&k| {
        let figure = core(toks[k - 1]);
        (digit_count(figure).is_some() || number_word(figure).is_some())
            && !ends_phrase(toks[k - 1])
            && core(toks[k]).starts_with(|c: char| c.is_alphabetic() && c.is_lowercase())
            && looks_plural(core(toks[k]))
    })?;
    let noun = stem_key(toks[counted])?;
    Some(casualty_key(&measure_key(&noun)))
}

/// Whether the figure at `i` counts the capitalised noun after it in a German sentence, rather than
/// closing a name ([`names_with_a_figure`]): German capitalises every noun, so a capital before a figure
/// is as often a noun ("am Donnerstagabend 12 Menschen"). Read as a name, a changed death toll was two
/// names, each one report's only. Asked only of a figure after a capital.
fn counts_a_german_noun(toks: &[&str], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| is_capitalised(core(t))) && sentence_reads_german(&toks.join(" "))
}

/// Fractions as the percentages they are: a report's "a fifth" is another's "20%". Each with its key's
/// value and the share it is exactly, which [`fraction_share`] gives for comparing.
const FRACTIONS: &[(&str, &str, f64)] = &[
    ("tenth", "10", 10.0),
    ("fifth", "20", 20.0),
    ("quarter", "25", 25.0),
    ("third", "33", 100.0 / 3.0),
    ("half", "50", 50.0),
    ("one-tenth", "10", 10.0),
    ("one-fifth", "20", 20.0),
    ("one-quarter", "25", 25.0),
    ("one-third", "33", 100.0 / 3.0),
    ("one-half", "50", 50.0),
    ("two-fifths", "40", 40.0),
    ("three-fifths", "60", 60.0),
    ("two-thirds", "67", 200.0 / 3.0),
    ("three-quarters", "75", 75.0),
];

/// "cut the risk by a fifth", "a quarter of households", "two-thirds of voters", "fell by half": a share
/// given as a fraction, whose word is `toks[i]`: where its text starts, and its percentage.
///
/// A lone fraction ("a third") must follow "a" or "one", and then "by" or come before "of" and what it is
/// a share of: "the third time", "a third term" and "a quarter of an hour" are no shares. "Half" must
/// follow "by" ("cut by half"): "half an hour", "the second half" and "half of them" name no figure a
/// report could change. A word or two may hedge it after "by": "by roughly a third", "by more than half".
fn fraction_at(toks: &[&str], i: usize) -> Option<(usize, &'static str)> {
    let c = core(toks[i]);
    let &(word, share, _) = FRACTIONS.iter().find(|(w, _, _)| w.eq_ignore_ascii_case(c))?;
    if word.contains('-') {
        return Some((i, share));
    }
    if word == "half" {
        return by_before(toks, i).then_some((i, share));
    }
    let article = toks.get(i.checked_sub(1)?).filter(|t| matches!(core(t).to_lowercase().as_str(), "a" | "one"))?;
    let of_something = !ends_phrase(toks[i])
        && toks.get(i + 1).is_some_and(|t| core(t).eq_ignore_ascii_case("of"))
        && toks.get(i + 2).is_some_and(|t| !matches!(core(t).to_lowercase().as_str(), "an" | "a"));
    (!ends_phrase(article) && (by_before(toks, i - 1) || of_something)).then_some((i - 1, share))
}

/// Words that hedge a fraction after "by": "by roughly a third", "by just over a quarter", "by more than
/// half", "by close to a fifth".
const HEDGES: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "some",
    "over",
    "under",
    "just",
    "more",
    "less",
    "than",
    "well",
    "close",
    "to",
];

/// Whether "by" stands right before word `at`, or before up to three words of [`HEDGES`] that stand right
/// before it, with no stop between.
fn by_before(toks: &[&str], at: usize) -> bool {
    let mut k = at;
    for _ in 0..4 {
        let Some(before) = k.checked_sub(1) else { return false };
        let word = core(toks[before]);
        if ends_phrase(toks[before]) {
            return false;
        }
        if word.eq_ignore_ascii_case("by") {
            return true;
        }
        if !HEDGES.iter().any(|h| h.eq_ignore_ascii_case(word)) {
            return false;
        }
        k = before;
    }
    false
}

/// The share a fraction written in words gives exactly ("a third", 33.3), from a number's text; `None`
/// for a share written in figures.
pub(super) fn fraction_share(text: &str) -> Option<f64> {
    if text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let last = core(text.rsplit(' ').next()?);
    FRACTIONS.iter().find(|(w, _, _)| w.eq_ignore_ascii_case(last)).map(|&(_, _, exact)| exact)
}

/// The unit of so many in so many ([`ratio_at`]).
pub(super) const RATIO: &str = "ratio";

/// "1 in 8", "One in eight", "three in 10 voters", "Nine out of 10 participants": a share given as so many
/// in (or out of) so many, as its two figures ("1/8"), so that one report's "About 1 in 8" is another's
/// "One in eight", and where its text ends. The larger figure comes second: "12 in 2 days" is no share.
fn ratio_at(toks: &[&str], i: usize) -> Option<(String, usize)> {
    let a = *toks.get(i)?;
    let word = |k: usize, w: &str| toks.get(k).is_some_and(|t| core(t).eq_ignore_ascii_case(w) && !ends_phrase(t));
    // "out of" reads as "in"; read as a count, "Nine out of 10 participants" was "10 participants".
    let second = if word(i + 1, "in") {
        i + 2
    } else if word(i + 1, "out") && word(i + 2, "of") {
        i + 3
    } else {
        return None;
    };
    let b = *toks.get(second)?;
    if ends_phrase(a) {
        return None;
    }
    let whole = |t: &str| -> Option<u64> {
        // "one" is no number word elsewhere ("one of them"), but is one here.
        if core(t).eq_ignore_ascii_case("one") {
            return Some(1);
        }
        match parse_number(t)? {
            (v, Shape::Cardinal) => v.parse().ok(),
            _ => None,
        }
    };
    let (x, y) = (whole(a)?, whole(b)?);
    (0 < x && x < y).then(|| (format!("{x}/{y}"), second + 1))
}

/// The unit of a person's age ([`age_after_name`]).
pub(super) const AGE: &str = "age";

/// "Marta Reyes, 58, thanked supporters", "… and Kevin Tran, 51.": a person's age, set after the name
/// between commas as news writes it, and the key of the name's last word. The name belongs to the fact:
/// one person's age in two reports is one fact, and another person's is another.
fn age_after_name(toks: &[&str], i: usize) -> Option<(u32, String)> {
    let (name, t) = (*toks.get(i.checked_sub(1)?)?, toks[i]);
    // Between commas, or a comma and the sentence's end; or in brackets, as British papers set it
    // ("Marta Reyes (58) said"). Digits only ("58", not "58%" or "$58").
    let set_off = name.ends_with(',') && (t.ends_with(',') || (t.ends_with('.') && i + 1 == toks.len()));
    let bracketed = !ends_phrase(name) && t.starts_with('(') && t.trim_end_matches([',', '.', ';']).ends_with(')');
    if !(set_off || bracketed) {
        return None;
    }
    let age: u32 = core(t).parse().ok().filter(|a| (1..=120).contains(a) && digit_count(t).is_some())?;
    let name = core(name);
    let key = entity_key(name);
    // "On Sunday, 12, …" or "In March, 3, …" count no one's years.
    (is_capitalised(name) && !key.is_empty() && !is_calendar(&key)).then_some((age, key))
}

/// An age given without a name before it: "a 24-year-old nurse", "aged 61", "who is 30 years old". The
/// tokens it spans and the years. The three writings are one fact, so that a report's "25-year-old" against
/// another's "24-year-old" is a changed number, where a count of years ("30 years") would be a duration.
fn age_at(toks: &[&str], i: usize) -> Option<(usize, usize, u32)> {
    let years = |t: &str| -> Option<u32> {
        // "one" is no number word elsewhere ("one of them"), but is one here.
        let v = if core(t).eq_ignore_ascii_case("one") {
            1
        } else {
            match parse_number(t)? {
                (v, Shape::Cardinal) => v.parse().ok()?,
                _ => return None,
            }
        };
        (1..=120).contains(&v).then_some(v)
    };
    let word = core(toks[i]);
    // "24-year-old", "two-year-old", "24-years-old": the count and its noun in one word. Asked of every
    // word that may start a number, so compared in place, not lowercased into a copy.
    let ends = |end: &str| {
        word.len() > end.len() && word.as_bytes()[word.len() - end.len()..].eq_ignore_ascii_case(end.as_bytes())
    };
    if let Some(end) = ["-year-old", "-years-old"].into_iter().find(|end| ends(end)) {
        return years(&word[..word.len() - end.len()]).map(|y| (i, i + 1, y));
    }
    let is = |t: Option<&&str>, w: &[&str]| t.is_some_and(|t| w.iter().any(|w| core(t).eq_ignore_ascii_case(w)));
    // "aged 61", but not "aged 61 to 70" nor "aged six months", whose years are no one's age.
    if i > 0
        && is(toks.get(i - 1), &["aged"])
        && !ends_phrase(toks[i - 1])
        && let Some(y) = years(toks[i])
        && (ends_phrase(toks[i]) || !toks.get(i + 1).is_some_and(|t| parse_number(t).is_some() || is_time_word(t)))
        && !is(toks.get(i + 1), &["to", "and", "or"])
    {
        return Some((i - 1, i + 1, y));
    }
    // "30 years old".
    if !ends_phrase(toks[i])
        && is(toks.get(i + 1), &["year", "years"])
        && !ends_phrase(toks[i + 1])
        && is(toks.get(i + 2), &["old"])
    {
        return years(toks[i]).map(|y| (i, i + 3, y));
    }
    None
}

/// The person an age given in words of its own ([`age_at`], tokens `from..to`) is of, when a name set off
/// by a comma stands right beside it: after it ("Sixty-two-year-old Amira Haddad, a mother of four") or
/// before it ("Amira Haddad, a 62-year-old night cleaner"). Keyed by the surname, as [`age_after_name`]
/// keys "Haddad, 62": the writings are one person's age, and another person's is no conflict with it.
///
/// Only a name of two words or more, none of them a small word: a capitalised word alone may be a place
/// ("the 47-year-old Bolton man"), and "In Greater Manchester, a 62-year-old" says where, not who.
fn name_beside_age(toks: &[&str], from: usize, to: usize) -> Option<String> {
    let is_name_word = |t: &str| is_capitalised(t) && !crate::normalize::is_stopword(&core(t).to_lowercase());
    let surname = |run: &[&str]| {
        let key = entity_key(core(run.last()?));
        (run.len() >= 2 && !key.is_empty()).then_some(key)
    };
    // After: a one-word age ("62-year-old"), then the name, which its comma ends.
    if to == from + 1 && !ends_phrase(toks[from]) {
        let mut end = to;
        while end < toks.len() && is_name_word(toks[end]) {
            end += 1;
            if ends_phrase(toks[end - 1]) {
                break;
            }
        }
        if end > to && toks[end - 1].ends_with(',') {
            return surname(&toks[to..end]);
        }
    }
    // Before: the name, its comma, and "a" or "an", the name set off at the sentence's start or after a
    // comma of its own.
    let article = toks.get(from.checked_sub(1)?)?;
    if !matches!(*article, "a" | "an") || from < 2 || !toks[from - 2].ends_with(',') {
        return None;
    }
    let last = from - 2;
    let mut start = last + 1;
    while start > 0 && is_name_word(toks[start - 1]) && (start - 1 == last || !ends_phrase(toks[start - 1])) {
        start -= 1;
    }
    let set_off = start == 0 || toks[start - 1].ends_with(',');
    set_off.then(|| surname(&toks[start..=last])).flatten()
}

/// Whether a word names a stretch of time shorter than a year ("months", "weeks"), as an age may be given.
fn is_time_word(t: &str) -> bool {
    const WORDS: &[&str] = &["day", "days", "week", "weeks", "month", "months"];
    WORDS.iter().any(|w| core(t).eq_ignore_ascii_case(w))
}

/// The unit of a score, a vote's split or a range ([`score`]).
pub(super) const SCORE: &str = "score";

/// "7-2", "3–1": two small figures joined by a hyphen or an en dash, as a score, a vote's split ("voted
/// 7-2") or a range ("10-15 people", a confidence interval's "0.57-0.77") is written, with the dash as a
/// hyphen. A report that changes either figure changes the fact, so the two are one value. Not a season or
/// a span of years ("2020-21"), a telephone number ("555-1234") or a code with a leading 0 ("03-04"): each
/// figure has one to three digits before its decimal point, if any, and up to three after it, and only a
/// lone 0 starts with 0.
fn score(word: &str) -> Option<String> {
    let c = core(word);
    let (x, y) = c.split_once('-').or_else(|| c.split_once('–'))?;
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    let figure = |f: &str| {
        let (whole, fraction) = match f.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (f, None),
        };
        (1..=3).contains(&whole.len())
            && digits(whole)
            && (whole == "0" || !whole.starts_with('0'))
            && fraction.is_none_or(|d| (1..=3).contains(&d.len()) && digits(d))
    };
    (figure(x) && figure(y)).then(|| format!("{x}-{y}"))
}

/// Whose age an age fact gives ([`age_after_name`]): the part of its key after the figure and the unit,
/// which holds the name. `None` for an age given without a name ([`age_at`]) and for a key without one.
pub(super) fn age_holder(f: &Fact) -> Option<&str> {
    let (_, rest) = f.key.split_once(' ')?;
    rest.strip_prefix(AGE)?.strip_prefix(' ').filter(|name| !name.is_empty())
}

/// A figure's text without the punctuation around it, but for its currency sign or per cent sign: "$5",
/// "12%", "1,200 jobs" of "($5", "12%,", "1,200 jobs.".
pub(super) fn trim_figure(text: &str) -> &str {
    let figure =
        text.trim_matches(|c: char| !c.is_alphanumeric() && c != '%' && !is_currency_sign(c) && !is_joined_mark(c));
    // A minus sign right before the digits is the figure's, as [`parse_number`] reads it: trimmed, "-5
    // degrees" against "5 degrees" was listed as a conflict of "5 degrees" with itself.
    let mut start = figure.as_ptr() as usize - text.as_ptr() as usize;
    let mut end = start + figure.len();
    if let Some(sign @ ('-' | '−')) = text[..start].chars().next_back()
        && figure.starts_with(|c: char| c.is_ascii_digit())
    {
        start -= sign.len_utf8();
    }
    // "3 p.m.": the last stop is the abbreviation's, which read "3 p.m" without it.
    let b = figure.as_bytes();
    if text[end..].starts_with('.') && b.len() >= 3 && matches!(&b[b.len() - 3..], b"a.m" | b"p.m" | b"A.M" | b"P.M") {
        end += 1;
    }
    &text[start..end]
}

/// Whether a word is an article or a possessive that opens a noun phrase: "the", "a", "his", "their".
fn is_determiner(word: &str) -> bool {
    const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these"];
    DETERMINERS.iter().any(|d| word.eq_ignore_ascii_case(d))
}

/// The text of `sentence` from its token `first` to its token `last`, both slices of it.
fn span(sentence: &str, first: &str, last: &str) -> String {
    let at = |t: &str| (t.as_ptr() as usize).wrapping_sub(sentence.as_ptr() as usize);
    let (a, b) = (at(first), at(last) + last.len());
    sentence.get(a..b).map_or_else(|| format!("{first} {last}"), str::to_string)
}

/// [`span`] of `read`, a sentence read in ASCII digits, as `written` has it: `read_from` gives the byte of
/// `written` each byte of `read` was read from ([`crate::digits::with_ascii_digits`]).
fn shown_span(read: &str, written: &str, read_from: &[usize], first: &str, last: &str) -> String {
    let at = |t: &str| (t.as_ptr() as usize).wrapping_sub(read.as_ptr() as usize);
    let (a, b) = (at(first), at(last) + last.len());
    let written_span = read_from.get(a).zip(read_from.get(b)).and_then(|(&a, &b)| written.get(a..b));
    written_span.map_or_else(|| span(read, first, last), str::to_string)
}

/// What a Chinese or Japanese multiplier after a figure multiplies it by: "1万" is 10,000, "3億" 300
/// million.
fn cjk_multiplier(word: &str) -> Option<f64> {
    match word {
        "千" => Some(1e3),
        "万" | "萬" => Some(1e4),
        "億" | "亿" => Some(1e8),
        "兆" => Some(1e12),
        _ => None,
    }
}

/// The month after a day: capitalised, as English writes it ("24 February"); or one of another language,
/// capitalised or not ("6. März", "3 mars").
fn month_after_day(t: &str) -> Option<u32> {
    let c = core(t);
    if c.starts_with(char::is_uppercase) { any_month(c) } else { crate::months::named(c) }
}

/// The month of day `i` of a list of days that names its month once, after the last day or before the
/// first: "on 12, 14 and 16 May", "on May 12, 14 and 16". Read alone, the bare days were counts, and two
/// reports that wrote the list each its own way gave "16 May" and "May 12": a changed date.
///
/// Before the first day, the list must join its days with "and" or "or" and end there, at a stop or a
/// small word: in "on May 12, 14 people were hurt" the 14 counts people.
fn month_of_day_list(toks: &[&str], i: usize) -> Option<u32> {
    let joins = |t: &str| matches!(t, "and" | "or" | "&");
    let is_day = |k: usize| toks.get(k).is_some_and(|t| day(t).is_some());
    // The list's next day after day `j`: past its comma ("12, 14") or past a joining word ("14 and 16").
    let next = |j: usize| -> Option<(usize, bool)> {
        if toks[j].ends_with(',') {
            is_day(j + 1).then_some((j + 1, false))
        } else if !ends_phrase(toks[j]) && toks.get(j + 1).is_some_and(|t| joins(t)) {
            is_day(j + 2).then_some((j + 2, true))
        } else {
            None
        }
    };
    let (mut last, mut joined) = (i, false);
    while let Some((k, by_word)) = next(last) {
        (last, joined) = (k, joined || by_word);
    }
    if last > i
        && !ends_phrase(toks[last])
        && let Some(m) = toks.get(last + 1).and_then(|t| month_after_day(t))
    {
        return Some(m);
    }
    // Back to the list's first day, which the month opens: over days each closed by a comma, and one
    // joining word at most, as a list has before its last day.
    let past_commas = |mut k: usize| {
        while k >= 2 && is_day(k - 1) && toks[k - 1].ends_with(',') {
            k -= 1;
        }
        k
    };
    let mut first = past_commas(i);
    if first >= 3 && joins(toks[first - 1]) && is_day(first - 2) && !ends_phrase(toks[first - 2]) {
        (first, joined) = (past_commas(first - 2), true);
    }
    let small = |t: &str| with_fold(t, |f| is_function_word(f) || crate::normalize::is_stopword(f));
    let ends = ends_phrase(toks[last]) || toks.get(last + 1).is_none_or(|t| small(t));
    if first == i || !joined || !ends {
        return None;
    }
    toks.get(first - 1).map(|t| core(t)).filter(|t| t.starts_with(char::is_uppercase)).and_then(month)
}

/// The number starting at `i`, if any: the token range of its text, its key (`value|noun words`) and its
/// unit.
fn number_at(toks: &[&str], i: usize, buddhist: bool) -> Option<((usize, usize), String, String)> {
    let year = |t: &str| year(t, buddhist);
    // Dates: "February 24", "February 24, 2022", "24 February", "September 2017".
    if core(toks[i]).starts_with(char::is_uppercase)
        && let Some(m) = month(core(toks[i]))
    {
        if let Some(d) = toks.get(i + 1).and_then(|t| day(t)) {
            let with_year = !ends_phrase(toks[i + 1]) || toks[i + 1].ends_with(',');
            if let Some(y) = toks.get(i + 2).filter(|_| with_year).and_then(|t| year(t)) {
                return Some(((i, i + 3), format!("{y}-{m:02}-{d:02}"), "date".into()));
            }
            return Some(((i, i + 2), format!("{m:02}-{d:02}"), "date".into()));
        }
        if let Some(y) = toks.get(i + 1).and_then(|t| year(t)) {
            return Some(((i, i + 2), format!("{y}-{m:02}"), "date".into()));
        }
        return None;
    }
    let month_after = month_after_day;
    // German writes the day as an ordinal with a full stop ("6. März"): a stop after bare digits is no sentence end
    // when a month follows.
    let german_day =
        |t: &str| t.strip_suffix('.').is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    if let Some(d) = day(toks[i]).filter(|_| !ends_phrase(toks[i]) || german_day(toks[i])) {
        // The month's name, and how many words it takes: one, or a Thai abbreviation's two.
        let named = toks.get(i + 1).and_then(|t| month_after(t)).map(|m| (m, 1)).or_else(|| {
            let cut = buddhist.then(|| cut_thai_month(toks.get(i + 1)?, toks.get(i + 2)?)).flatten()?;
            Some((cut, 2))
        });
        if let Some((m, n)) = named {
            let last = i + n;
            let stopped = ends_phrase(toks[last]) && n == 1;
            if let Some(y) = toks.get(last + 1).filter(|_| !stopped).and_then(|t| year(t)) {
                return Some(((i, last + 2), format!("{y}-{m:02}-{d:02}"), "date".into()));
            }
            return Some(((i, last + 1), format!("{m:02}-{d:02}"), "date".into()));
        }
    }
    if let Some(d) = day(toks[i])
        && let Some(m) = month_of_day_list(toks, i)
    {
        return Some(((i, i + 1), format!("{m:02}-{d:02}"), "date".into()));
    }
    if let Some((from, share)) = fraction_at(toks, i) {
        return Some(((from, i + 1), format!("{share}|percent"), "percent".into()));
    }
    if let Some((ratio, end)) = ratio_at(toks, i) {
        return Some(((i, end), ratio, RATIO.into()));
    }
    if let Some((age, name)) = age_after_name(toks, i) {
        return Some(((i - 1, i + 1), format!("{age}|{AGE} {name}"), AGE.into()));
    }
    if let Some((from, to, age)) = age_at(toks, i) {
        let key = match name_beside_age(toks, from, to) {
            Some(name) => format!("{age}|{AGE} {name}"),
            None => format!("{age}|{AGE}"),
        };
        return Some(((from, to), key, AGE.into()));
    }
    if let Some(score) = score(toks[i]) {
        return Some(((i, i + 1), format!("{score}|{SCORE}"), SCORE.into()));
    }
    let (value, shape) = parse_number(toks[i])?;
    let shape = if shape == Shape::Year && counts_after_all(toks, i) { Shape::Cardinal } else { shape };
    if matches!(shape, Shape::Cardinal | Shape::Year)
        && let Some((end, scale)) = temperature_at(toks, i)
    {
        return Some(((i, end), format!("{value}|{scale}"), scale.into()));
    }
    if let Some(unit) = glued_measure(toks[i]) {
        return Some(((i, i + 1), format!("{value}|{unit}"), unit));
    }
    // "a 48-hour strike" counts hours, as "48 hours" does; "1.2-kilometre" and "1.2 km" are one length.
    if let Some((_, noun)) = counted_compound(core(toks[i]))
        && let Some(key) = stem_key(noun)
    {
        let unit = measure_key(&key);
        return Some(((i, i + 1), format!("{value}|{unit}"), unit));
    }
    // A spelled number only counts when a noun follows: "three years", not "the three of them".
    let spelled = core(toks[i]).starts_with(char::is_alphabetic);
    let mut value = value;
    let mut j = i + 1;
    // "three hundred and twelve retirees": read word by word, the count was "twelve retirees".
    if spelled && let Some((total, end)) = spelled_count(toks, i) {
        value = total.to_string();
        j = end;
    }
    // French and other European writing groups a number's thousands with spaces: "4 200 personnes",
    // "1 250 000 euros". Read apart, "4 200" was two numbers, and a changed count conflicted as "200".
    if digit_count(toks[i]).is_some_and(|n| (1..=3).contains(&n)) && !core(toks[i]).starts_with('0') {
        while !ends_phrase(toks[j - 1]) && toks.get(j).is_some_and(|t| digit_count(t) == Some(3)) {
            value.push_str(core(toks[j]));
            j += 1;
        }
    }
    // Chinese and Japanese count in ten thousands, and a figure may follow the multiplier: "1万2000トン",
    // "1.2万吨", "3億円". The value is written out, so that "1万2000" and "12000" agree.
    if let Some(m) = toks.get(j).and_then(|t| cjk_multiplier(t))
        && let Ok(x) = value.parse::<f64>()
    {
        let mut total = x * m;
        j += 1;
        if let Some(rest) =
            toks.get(j).filter(|t| digit_count(t).is_some()).and_then(|t| t.parse::<f64>().ok()).filter(|&r| r < m)
        {
            total += rest;
            j += 1;
        }
        value = if total.fract() == 0.0 && total < 1e15 { format!("{}", total as u64) } else { total.to_string() };
    }
    if !ends_phrase(toks[i])
        && let Some(next) = toks.get(j)
        && let Some(scale) = scale_after(&core(next).to_lowercase())
    {
        value = format!("{value} {scale}");
        j += 1;
        // "1,5 million d'euros", "3 millones de dólares": the currency after "of", as the sign before a
        // sum names it. Read as a noun, "d'euros" was no currency, and the sum no euro figure.
        if !ends_phrase(toks[j - 1])
            && let Some((unit, words)) = currency_after_of(toks, j)
        {
            return Some(((i, j + words), format!("{value}|{unit}"), unit));
        }
    }
    // "1.4 million of the 5.8-quart fryers": a large count names what it counts after "of" too. Only with
    // a multiplier word: "two of the five" counts no noun.
    if value.contains(' ')
        && !ends_phrase(toks[j - 1])
        && toks.get(j).is_some_and(|t| core(t).eq_ignore_ascii_case("of"))
    {
        let mut k = j + 1;
        if toks
            .get(k)
            .is_some_and(|t| ["the", "its", "their", "these", "those"].contains(&core(t).to_lowercase().as_str()))
        {
            k += 1;
        }
        // The size of what is counted is no count of it: "the 5.8-quart fryers" counts fryers.
        if toks.get(k).is_some_and(|t| !ends_phrase(t) && counted_compound(core(t)).is_some()) {
            k += 1;
        }
        if toks.get(k).is_some_and(|t| parse_number(t).is_none() && !ends_phrase(toks[k - 1])) {
            j = k;
        }
    }
    // "3 a.m": the hour, then the meridiem as a word of its own.
    if shape == Shape::Cardinal
        && !spelled
        && !ends_phrase(toks[i])
        && value.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
        && let Some(m) = toks.get(i + 1).and_then(|t| meridiem(core(t)))
    {
        return Some(((i, i + 2), format!("{value}{m}"), "time".into()));
    }
    // "9:42 a.m.": the time with its minutes, then the meridiem as a word of its own.
    if shape == Shape::Time
        && !ends_phrase(toks[i])
        && let Some(half) = toks.get(i + 1).and_then(|t| meridiem(core(t)))
        && let Some(time) = with_meridiem(&value, half)
    {
        return Some(((i, i + 2), time, "time".into()));
    }
    let mut from = i;
    match shape {
        Shape::Time => return Some(((i, i + 1), value, "time".into())),
        Shape::Year => return Some(((i, i + 1), value, "year".into())),
        Shape::Decade => {
            // "the early 2000s": the qualifier is part of the fact.
            if i > 0 && matches!(core(toks[i - 1]).to_lowercase().as_str(), "early" | "mid" | "late") {
                from = i - 1;
                if from > 0 && core(toks[from - 1]).eq_ignore_ascii_case("the") {
                    from -= 1;
                }
                value = format!("{} {value}", core(toks[i - 1]).to_lowercase());
            }
            return Some(((from, i + 1), value, "decade".into()));
        }
        // A share's key names its unit, as a count's does: "18|percent" is not the bare figure "18", nor
        // the same figure in points ([`super::ledger::same_figure`]).
        Shape::Percent => return Some(((i, j), format!("{value}|percent"), "percent".into())),
        // Keyed in pounds: "285p" and "£2.85" are one price.
        Shape::Pence => {
            let pounds = value.parse::<f64>().ok()? / 100.0;
            let unit = stem_key("pounds").unwrap_or_default();
            return Some(((i, i + 1), format!("{pounds}|{unit}"), unit));
        }
        Shape::Cardinal | Shape::Ordinal => {}
    }
    // A sum of money counts its currency, whatever follows: "£14m" and "14 million pounds" are one fact,
    // and "$1.5bn quarterly loss" does not count "quarterly"s.
    if let Some(currency) = currency_of(toks[i]) {
        let unit = stem_key(currency).unwrap_or_default();
        return Some(((i, j), format!("{value}|{unit}"), unit));
    }
    if j < toks.len()
        && !ends_phrase(toks[j - 1])
        && let Some(words) = percent_after(toks, j)
    {
        return Some(((i, j + words), format!("{value}|percent"), "percent".into()));
    }
    // A round count ("hundreds", "thousands", "dozens") names what it counts after "of": "hundreds of
    // people". Without it, as in the headline "Hundreds evacuated", the next word is no noun.
    if spelled && value.ends_with('s') {
        if ends_phrase(toks[j - 1]) || !toks.get(j).is_some_and(|t| core(t).eq_ignore_ascii_case("of")) {
            return None;
        }
        j += 1;
    }
    if shape == Shape::Cardinal
        && let Some(noun) = left_out_noun(toks, i, j)
    {
        return Some(((i, j), format!("{value}|{noun}"), noun));
    }
    // The counted noun: up to three words, stopping at punctuation, a stopword or another number. A count
    // above one names a plural noun, so the phrase ends at the first plural ("30 ballistic missiles
    // launched"); without one, only the next word is kept.
    let mut unit_keys = Vec::new();
    let mut end = j;
    let mut plural_at = None;
    if !ends_phrase(toks[j - 1]) {
        while end < toks.len() && end < j + MAX_UNIT_WORDS {
            let t = toks[end];
            let Some(k) = stem_key(t) else { break };
            // "killed two and injured 11 others": "others" is a stopword, but right after a count it is
            // the counted noun, standing for the one named before. Without it a changed count of the
            // injured had no noun, and no other report's count could conflict with it.
            if end == j && core(t).eq_ignore_ascii_case("others") {
                unit_keys.push(k);
                end += 1;
                plural_at = Some(end);
                break;
            }
            // "24,312 watched the match": a verb with its object, not what the figure counts ("12 injured
            // in the blast" counts the injured).
            if end == j
                && !ends_phrase(t)
                && core(t).ends_with("ed")
                && toks.get(end + 1).is_some_and(|n| is_determiner(n))
            {
                break;
            }
            // A quotation or a bracket opens words of their own: "Flood Kills At Least Nine (Full Story)"
            // counts nothing "Full".
            let quoted = t.starts_with(is_quote_mark) || t.starts_with(['“', '”', '(', '[']);
            if is_stopword(&k)
                || with_fold(t, is_function_word)
                || quoted
                || parse_number(t).is_some()
                || month(core(t)).is_some()
            {
                break;
            }
            unit_keys.push(k);
            end += 1;
            if looks_plural(core(t)) {
                plural_at = Some(end);
                break;
            }
            // "two U.S. plants": an initialism's stop ends no phrase.
            if ends_phrase(t) && !is_initialism(t) {
                break;
            }
        }
    }
    // "magnitude 4.8": the scale before the figure is what it measures, unless a plural after it names
    // what it counts ("level 10 times"). A class's figure counts nothing after it, plural or not: "type 2
    // diabetes", "Category 5 hurricanes", "phase 3 trials".
    let counts_after = |scale: &str| matches!(scale.to_lowercase().as_str(), "level" | "magnitude");
    if shape == Shape::Cardinal
        && i > 0
        && (plural_at != Some(j + 1) || !counts_after(core(toks[i - 1])))
        && !ends_phrase(toks[i - 1])
        && is_scale(core(toks[i - 1]))
        && let Some(scale) = stem_key(toks[i - 1])
    {
        return Some(((i - 1, i + 1), format!("{value}|{scale}"), scale));
    }
    let keep = match (shape, plural_at) {
        (Shape::Ordinal, _) => end.min(j + 2),
        (_, Some(p)) => p,
        (_, None) => end.min(j + 1),
    };
    unit_keys.truncate(keep - j);
    let end = keep;
    if spelled && unit_keys.is_empty() {
        return None;
    }
    // "35 km" and "35 kilometres" count one thing; so do "11 hurt" and "12 injured".
    unit_keys.iter_mut().for_each(|k| *k = casualty_key(&measure_key(k)));
    let unit = unit_keys.last().cloned().unwrap_or_default();
    let ordinal = if shape == Shape::Ordinal { "#" } else { "" };
    // The value and the noun's words, split by `|` for the caller.
    let key = format!("{ordinal}{value}|{}", unit_keys.join(" "));
    Some(((from, end), key, unit))
}

// ---------------------------------------------------------------------------------------------------------
// Entities

/// Titles and honorifics: they mark the name that follows as a person and are not part of it.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "president",
    "prime",
    "minister",
    "chancellor",
    "secretary",
    "senator",
    "governor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "general",
    "gen",
    "colonel",
    "col",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "sgt",
    "sergeant",
    "rev",
    "professor",
    "prof",
    "judge",
    "justice",
    "mayor",
    "ambassador",
    "envoy",
    "premier",
    "chairman",
    "chairwoman",
    "director",
    "chair",
    "leader",
    "commander",
    "spokesman",
    "chief",
    "executive",
    "ceo",
    "chairman",
    "chairwoman",
    "spokeswoman",
    "spokesperson",
    "lord",
    "lady",
    "emperor",
    "sheikh",
    "mp",
    "mep",
    "gp",
    "superintendent",
    "supt",
    "inspector",
    "insp",
    "constable",
    "detective",
    "det",
    "officer",
    "witness",
];

/// Lowercase particles that may sit inside a name ("Bank of England", "Ludwig van Beethoven").
pub(super) const PARTICLES: &[&str] =
    &["of", "de", "van", "von", "der", "den", "del", "da", "di", "du", "la", "le", "bin", "al"];

/// The commonest articles, prepositions and conjunctions of Spanish, Portuguese, French, Italian and
/// German: in reports in those languages they neither name what a number counts ("a las 4.12 de la
/// madrugada") nor end a name ("el sur de Perú y dejó"). The commonest English ones are stopwords
/// already; the English prepositions that are not are here too ("in the 12th minute through Ferri's
/// header" counts minutes, not "minute through"). ("un" is left out: it ends "Kim Jong un"; and "am",
/// which is also "4.30 am".)
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "y", "e", "o", "u", "a", "al", "de", "del", "la", "las", "el", "los", "en", "con", "por", "para", "una",
    "da", "do", "das", "dos", "em", "na", "no", "nas", "nos", "um", "uma", "et", "le", "les", "du", "des",
    "au", "aux", "sur", "dans", "une", "il", "lo", "gli", "di", "della", "nel", "und", "der", "die",
    "den", "dem", "ein", "eine", "im", "zu", "zum", "zur", "von", "vom", "mit", "bei", "nach",
    "through", "during", "across", "against", "between", "among", "amid", "under", "below", "above",
    "before", "since", "until", "toward", "towards", "within", "without", "despite", "near", "via",
    "around", "behind", "beyond", "along", "onto", "upon",
];

/// Whether a word, folded, is one of [`FUNCTION_WORDS`].
fn is_function_word(folded: &str) -> bool {
    FUNCTION_WORDS.contains(&folded)
}

/// Whether a report is written in German, which capitalises every noun: there a capital alone marks no
/// name ("Brücke", "Feuerwehr", "Krankenhaus" are nouns). Told by the share of its words that are German
/// articles, conjunctions and auxiliaries: a sixth or so of German prose, next to none of English or any
/// other language's, even one that names "Ursula von der Leyen".
///
/// The first [`LANGUAGE_SAMPLE`] words or so tell: a few sentences of German hold dozens of these words.
pub(super) fn capitalises_nouns<'a>(sentences: impl Iterator<Item = &'a str>) -> bool {
    let (all, german) = german_markers(sentences);
    all >= 20 && german * 100 >= all * 8
}

/// Whether one sentence reads as German, by the same markers as [`capitalises_nouns`], in as few as six
/// words.
fn sentence_reads_german(sentence: &str) -> bool {
    let (all, german) = german_markers(std::iter::once(sentence));
    all >= 6 && german * 100 >= all * 8
}

/// How many words [`capitalises_nouns`] read of `sentences`, and how many of them mark German.
fn german_markers<'a>(sentences: impl Iterator<Item = &'a str>) -> (usize, usize) {
    let (mut all, mut german) = (0usize, 0usize);
    // One pass over the bytes: the words sought are ASCII but for "für", and a sentence is collapsed, so one
    // space parts its words. A word's letters (its ASCII punctuation left out), lowered, are packed into a
    // number as they come, and looked up among the markers'. (Split by `words`, trimmed by `core` and
    // compared with each marker in turn, the words of a corpus of 2,000 short reports cost a twentieth of
    // its facts' work.)
    let marker =
        |word: u64, len: usize| usize::from((2..=6).contains(&len) && GERMAN_MARKERS.binary_search(&word).is_ok());
    for s in sentences {
        let (mut word, mut len) = (0u64, 0usize);
        for &b in s.as_bytes() {
            let c = MARKER_BYTE[usize::from(b)];
            if c == b' ' {
                all += 1;
                german += marker(word, len);
                (word, len) = (0, 0);
            } else {
                // Punctuation (0) adds nothing and takes no place, without a branch. Bytes past the eighth
                // land on earlier ones: such a word is no marker, and its length says so.
                word |= u64::from(c) << (8 * (len & 7));
                len += usize::from(c != 0);
            }
        }
        all += 1;
        german += marker(word, len);
        if all >= LANGUAGE_SAMPLE {
            break;
        }
    }
    (all, german)
}

/// How [`capitalises_nouns`] reads each byte: a space parts words, ASCII punctuation is dropped (0), and a
/// letter, a digit or a byte of a wider character is kept, lowered.
static MARKER_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b == b' ' {
            b' '
        } else if b.is_ascii_alphanumeric() || !b.is_ascii() {
            b.to_ascii_lowercase()
        } else {
            0
        };
        i += 1;
    }
    t
};

/// A word of up to eight bytes, lowered, as one number: the first byte lowest.
const fn packed_lower(word: &[u8]) -> u64 {
    let mut x = 0;
    let mut i = 0;
    while i < word.len() {
        x |= (word[i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    x
}

/// German articles, conjunctions and auxiliaries, packed ([`packed_lower`]) and sorted. "die", "den" and
/// "war" are English words too, and "von" and "der" sit in names; these are not.
const GERMAN_MARKERS: [u64; 38] = {
    #[rustfmt::skip]
    let words: [&[u8]; 38] = [
        b"und", b"das", b"dem", b"des", b"ein", b"eine", b"einen", b"einem", b"einer", b"eines", b"ist", b"sind",
        b"waren", b"wurde", b"wurden", b"wird", b"werden", b"hat", b"haben", b"nicht", b"mit", b"sich", b"auf",
        b"im", b"ins", b"zum", b"zur", b"vom", b"beim", b"auch", b"nach", b"bei", b"sagte", b"oder", b"aber",
        b"noch", b"nur", "für".as_bytes(),
    ];
    let mut packed = [0u64; 38];
    let mut i = 0;
    while i < words.len() {
        packed[i] = packed_lower(words[i]);
        i += 1;
    }
    // Insertion sort, for `binary_search`.
    let mut i = 1;
    while i < packed.len() {
        let mut j = i;
        while j > 0 && packed[j - 1] > packed[j] {
            let t = packed[j];
            packed[j] = packed[j - 1];
            packed[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    packed
};

/// How many words of a report [`capitalises_nouns`] reads.
const LANGUAGE_SAMPLE: usize = 200;

/// Suffixes of nationality and direction adjectives ("Russian", "Japanese", "Western"): capitalised, but
/// not names of anything by themselves.
const ADJECTIVE_SUFFIXES: &[&str] = &["ian", "ean", "ese", "ish", "can", "ern"];
fn has_adjective_suffix(word: &str) -> bool {
    let lower = word.to_lowercase();
    ADJECTIVE_SUFFIXES.iter().any(|s| lower.ends_with(s))
}

/// Words that make a nationality adjective of two words ("North Korean", "South African", "Latin American").
const REGION_WORDS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "latin",
    "sub-saharan",
];

pub(super) fn is_title(word: &str) -> bool {
    // Asked several times of every word: titles are short ASCII words, so most words are answered by their
    // length, their first letter or one byte comparison, without a lowercase copy.
    const LONGEST: usize = 14;
    let w = word.trim_end_matches('.').as_bytes();
    if w.len() > 8 && is_compound_title(w) {
        return true;
    }
    if !(2..=LONGEST).contains(&w.len()) || !has_initial(TITLE_INITIALS, word) {
        return false;
    }
    let mut buf = [0u8; LONGEST];
    for (b, c) in buf.iter_mut().zip(w) {
        *b = c.to_ascii_lowercase();
    }
    TITLE_SET.contains(&buf[..w.len()])
}

/// A title written as one compound noun, as German writes them: "Behördenleiter", "Polizeisprecherin",
/// "Landesminister", "Verbandspräsident". Before a name it is no part of it: "Behördenleiter Martin
/// Kessler" and "Martin Kessler" are one person, where a report that gave the title was read as naming
/// someone else.
fn is_compound_title(word: &[u8]) -> bool {
    const ENDINGS: &[&str] = &[
        "leiter",
        "leiterin",
        "sprecher",
        "sprecherin",
        "direktor",
        "direktorin",
        "präsident",
        "präsidentin",
        "minister",
        "ministerin",
        "bürgermeister",
        "bürgermeisterin",
        "vorsitzender",
        "vorsitzende",
        "chef",
        "chefin",
    ];
    // Every compound title here ends in r, n, e, f or t, and starts with a capital.
    matches!(word.last(), Some(b'r' | b'n' | b'e' | b'f' | b't'))
        && word.first().is_some_and(u8::is_ascii_uppercase)
        && ENDINGS.iter().any(|e| word.len() >= e.len() + 3 && word.ends_with(e.as_bytes()))
}

/// [`TITLES`] as a set: [`is_title`] is asked of every capitalised word several times, and going down the
/// list was a fifteenth of the facts of a long pair.
static TITLE_SET: LazyLock<FxHashSet<&'static [u8]>> = LazyLock::new(|| TITLES.iter().map(|t| t.as_bytes()).collect());

/// The first letters of [`TITLES`], as a set (see [`initial_bit`]).
const TITLE_INITIALS: u32 = {
    let mut mask = 0;
    let mut i = 0;
    while i < TITLES.len() {
        mask |= initial_bit(TITLES[i].as_bytes()[0]);
        i += 1;
    }
    mask
};

/// The first letters of [`NUMBER_WORDS`] of each length, as sets (see [`initial_bit`]): "t" opens a number
/// word of three, five, six, seven, eight and nine letters, but none of four.
const NUMBER_INITIALS: [u32; 10] = {
    let mut masks = [0; 10];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].0.as_bytes();
        masks[w.len()] |= initial_bit(w[0]);
        i += 1;
    }
    masks
};

/// An ASCII letter, in either case, as one bit of a 26-bit set: lists asked of every word ([`TITLES`],
/// [`NUMBER_WORDS`]) rule out most words by their first letter alone.
const fn initial_bit(letter: u8) -> u32 {
    1 << (letter.to_ascii_lowercase() - b'a')
}

/// Whether `word` starts, in any case, with a letter of `initials`.
fn has_initial(initials: u32, word: &str) -> bool {
    word.bytes().next().is_some_and(|b| b.is_ascii_alphabetic() && initials & initial_bit(b) != 0)
}

/// A time of day as a live blog stamps its entries: "22:41", "9.05", "10:30pm", "22h41", "3pm". Asked of
/// a sentence's first word, after which the entry's own sentence starts ("22:41 — Turnout confirmed at
/// 61.7%"): read as a word inside the sentence, its capital made "Turnout" a name.
fn is_clock_time(word: &str) -> bool {
    let b = word.as_bytes();
    let hours = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hours) {
        return false;
    }
    // The bytes read are ASCII, so the rest starts on a character's boundary.
    let (minutes, rest) = match &b[hours..] {
        [sep, m1, m2, ..] if matches!(sep, b':' | b'.' | b'h') && m1.is_ascii_digit() && m2.is_ascii_digit() => {
            (true, &word[hours + 3..])
        }
        _ => (false, &word[hours..]),
    };
    (minutes && rest.is_empty()) || meridiem(rest).is_some()
}

/// A word of two or more letters, all capitals: "JOSE", "HORROR" (not "A9", not "I").
fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

fn is_capitalised(word: &str) -> bool {
    // Asked several times of every word: one that starts with an ASCII letter is answered by that letter,
    // which is then both its first character and its first letter.
    if let Some(b) = word.bytes().next().filter(u8::is_ascii_alphabetic) {
        return b.is_ascii_uppercase();
    }
    word.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
        && word.chars().next().is_some_and(char::is_alphanumeric)
}

/// "Russian-backed", "Kremlin-led", "Soviet-era": a hyphenated adjective, not part of a name. A short
/// lowercase piece ("Jong-un", "Il-sung") is part of a name.
fn is_compound_adjective(word: &str) -> bool {
    const HEADS: &[&str] = &["made", "born", "run", "style", "era", "like", "wide", "free", "speaking"];
    word.rsplit_once('-').is_some_and(|(_, last)| {
        last.starts_with(char::is_lowercase)
            && (HEADS.contains(&last) || (last.len() >= 4 && (last.ends_with("ed") || last.ends_with("ing"))))
    })
}

fn is_calendar(key: &str) -> bool {
    // "Feb. 28", "Sept. 5": the usual abbreviations are calendar words too.
    WEEKDAYS.contains(&key) || MONTHS.contains(&key) || month(key).is_some()
}

/// An initialism written with full stops: "U.S.", "U.K.", "D.C.". Its last full stop ends neither the name
/// it starts ("U.S. Geological Survey") nor the sentence.
fn is_initialism(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4 && b.len().is_multiple_of(2) && b.chunks(2).all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// Words seen capitalised somewhere other than at the start of a sentence or quotation: those are names,
/// so they count as names at the start of a sentence too ("Putin said …"), while "Although" does not.
#[derive(Default)]
pub(super) struct Lexicon {
    /// Every such word, by [`entity_key`].
    names: FxHashSet<String>,
    /// Those of them seen alone, or first or last in a run of capitalised words ("Putin", "Vladimir Putin").
    /// A word seen only inside a run ("Freight" of "Harbor Freight Lines") names nothing alone: at the start
    /// of a sentence it starts a name only if more capitals follow ("Freight firm liable …" names nobody).
    ends: FxHashSet<String>,
    /// Runs that may have started at a sentence's first word, not yet judged: the first word's key, the
    /// second's, and whether the run went on past the second. The first word was part of the run only if
    /// it is a name ("Harbor Freight Lines said …"), not if it is any other word ("Meanwhile Rimoda Vatapu
    /// said …"), which only all the sentences tell.
    openers: Vec<(String, String, bool)>,
}

impl Lexicon {
    /// Whether a word capitalised at the start of a sentence may start a name.
    fn starts_name(&self, key: &str) -> bool {
        self.names.contains(key)
    }

    /// Whether such a word is a name when no capital follows it.
    fn names_alone(&self, key: &str) -> bool {
        self.ends.contains(key)
    }

    /// Both lexicons' words: of two pieces of a corpus read apart. [`Lexicon::finished`] once all are in.
    pub(super) fn merge(mut self, other: Lexicon) -> Lexicon {
        self.names.extend(other.names);
        self.ends.extend(other.ends);
        self.openers.extend(other.openers);
        self
    }

    /// The lexicon with the runs at sentences' starts judged, now that every name is known.
    pub(super) fn finished(mut self) -> Lexicon {
        for (first, second, goes_on) in std::mem::take(&mut self.openers) {
            if !(goes_on && self.names.contains(&first)) {
                self.ends.insert(second);
            }
        }
        self
    }
}

/// The [`Lexicon`] of some sentences, to be [`Lexicon::finished`].
pub(super) fn capitalised_inside<'a>(sentences: impl Iterator<Item = &'a str>) -> Lexicon {
    let mut lexicon = Lexicon::default();
    for s in sentences {
        // A heading capitalises every word; its capitals say nothing. Only an unfinished line can be one,
        // which spares most sentences the test.
        if !ends_like_sentence(s) && is_heading(&words(s).collect::<Vec<_>>()) {
            continue;
        }
        let mut initial = true;
        // The word before, if it was a capital not ended by punctuation (a run of capitals may go on), and
        // whether it was the sentence's (or cell's) first.
        let mut before: Option<(&str, bool)> = None;
        // The first word of the run of capitals `before` is in, if it was the sentence's first word.
        let mut opener: Option<&str> = None;
        let mut words = words(s);
        let mut next = words.next();
        while let Some(w) = next {
            next = words.next();
            // A table's cells start as sentences do ([`entities`]).
            if w == "|" {
                (initial, before) = (true, None);
            }
            // An ampersand between capitals goes on with the run ([`joins_by_ampersand`]); any other
            // word without letters, a dash or a bullet, ends it (as in [`entities`]).
            if !w.contains(char::is_alphanumeric) {
                if !(w == "&" && before.is_some() && next.is_some_and(|next| is_capitalised(core(next)))) {
                    before = None;
                }
                continue;
            }
            let c = core(w);
            let capitalised = is_capitalised(c) && !w.starts_with(is_quote_mark);
            if capitalised {
                if before.is_none() {
                    opener = initial.then_some(c);
                } else if let Some(first) = opener
                    && (is_legal_form(c) || is_firm_noun(c))
                {
                    // "Northwind Foods Inc on Tuesday reported …", "Marston Chemicals said …": a firm's
                    // legal form, or the noun of its trade, ends its name, so the run it ends is a name
                    // from its first word, though that opened the sentence. The firm may be named nowhere
                    // else but at the start of sentences, where any word is capitalised; without this its
                    // name was its last word alone ("Chemicals").
                    let key = entity_key(first);
                    lexicon.ends.insert(key.clone());
                    lexicon.names.insert(key);
                }
            }
            let name = !initial && capitalised;
            if name {
                let key = entity_key(c);
                let goes_on = !ends_phrase(w) && next.is_some_and(|next| is_capitalised(core(next)));
                match before {
                    // After a sentence's first word, which may or may not be part of the name.
                    Some((first, true)) => lexicon.openers.push((entity_key(first), key.clone(), goes_on)),
                    Some(_) if goes_on => {}
                    // Names recur: a copy of the key only for a word not met before.
                    _ if lexicon.ends.contains(&key) => {}
                    _ => {
                        lexicon.ends.insert(key.clone());
                    }
                }
                lexicon.names.insert(key);
            }
            before = (capitalised && !ends_phrase(w)).then_some((c, initial));
            initial = (w.ends_with([':', '.', '!', '?']) && !is_title(c)) || (initial && is_clock_time(c));
        }
    }
    lexicon
}

/// Whether a capitalised word is the noun of a trade that ends a firm's name ("Marston Chemicals",
/// "Northwind Foods", "Kestrel Airlines"). Asked only of a capital inside a run whose first word opened a
/// sentence.
fn is_firm_noun(word: &str) -> bool {
    const NOUNS: &[&str] = &[
        "Airlines",
        "Airways",
        "Brands",
        "Chemicals",
        "Electronics",
        "Enterprises",
        "Foods",
        "Holdings",
        "Industries",
        "Laboratories",
        "Logistics",
        "Motors",
        "Pharmaceuticals",
        "Technologies",
        "Textiles",
        "Utilities",
    ];
    NOUNS.contains(&word)
}

/// Whether a word is a firm's legal form, as it ends the firm's name ("Inc", "Ltd", "GmbH").
fn is_legal_form(word: &str) -> bool {
    // Asked of every capital inside a run: most are longer than any form.
    if word.len() > 4 {
        return false;
    }
    const FORMS: &[&str] = &["Inc", "Corp", "Co", "Ltd", "LLC", "LLP", "PLC", "Plc", "AG", "GmbH", "NV", "SA", "SpA"];
    FORMS.contains(&word)
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '‘' | '\'')
}

/// Whether a sentence (or its last word) ends as a finished sentence does: headings do not.
fn ends_like_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', '"', '”'])
}

/// A sentence in title case ("Benefits of the Expansion") is a heading; its capitals say nothing. Title case
/// leaves some longer function words in lower case ("Relations between Russia and Korea"), so two thirds
/// of the content words capitalised is enough, from three of them on.
fn is_heading(toks: &[&str]) -> bool {
    let unfinished = toks.last().is_some_and(|t| !ends_like_sentence(t));
    if !unfinished {
        return false;
    }
    let content: Vec<&&str> = toks.iter().filter(|t| !with_fold(t, is_stopword)).collect();
    let capitalised = content.iter().filter(|t| is_capitalised(core(t))).count();
    (content.len() >= 2 && capitalised == content.len()) || (capitalised >= 3 && 3 * capitalised >= 2 * content.len())
}

/// The names of a sentence, split into its words `toks`.
fn entities(toks: &[&str], index: usize, lexicon: &Lexicon, out: &mut Vec<Fact>) {
    if is_heading(toks) {
        return;
    }
    // A sentence may open with words in capitals: a dateline ("SAN JOSE, Calif. (AP) —", "INVERNESS,
    // Scotland —") names a place, though its first word is at the start of the sentence; a kicker
    // ("COACH HORROR: 14 dead…") shouts and names nobody.
    // A live blog's entry opens with its time and a dash ("23:47 — IT'S OFFICIAL."): its sentence starts
    // after them.
    let stamp = if toks.first().is_some_and(|t| is_clock_time(core(t))) {
        1 + toks[1..].iter().take_while(|t| !t.contains(char::is_alphanumeric)).count()
    } else {
        0
    };
    let caps = stamp + toks[stamp..].iter().take_while(|t| is_all_caps(core(t))).count();
    let (dateline, kicker) = match caps.checked_sub(1).filter(|&k| k >= stamp).map(|k| toks[k]) {
        // The dateline runs on to its dash, over a state or country and an agency ("SAN JOSE, Calif. (AP)
        // —"): "Calif." ends with a full stop, but what follows it does not start a sentence.
        Some(last) if last.ends_with(',') => {
            let dash = toks[caps..].iter().take(4).position(|t| matches!(*t, "—" | "–" | "-" | "--"));
            (dash.map_or(caps, |d| caps + d), 0)
        }
        Some(last) if last.ends_with(':') => (0, caps),
        // A shouted sentence of its own ("IT'S OFFICIAL.", "BREAKING NEWS!") names nobody either; "U.S."
        // alone is a name.
        Some(last) if caps - stamp >= 2 && last.ends_with(['.', '!']) && !is_initialism(last) => (0, caps),
        _ => (0, 0),
    };
    let mut cur: Vec<&str> = Vec::new();
    let mut person = false;
    let mut initial = true;
    // "Secretary of State Antony Blinken", "Director of Football Hugo Viana": after a title's "of", the
    // capitals name the office up to the person, who is the last two of them; two or fewer are all office.
    let title_of = std::cell::Cell::new(false);
    let mut title_at: Option<usize> = None;
    // The run started at the start of the sentence with a word the lexicon knows only from inside longer
    // names: alone, it is no name ([`Lexicon::names_alone`]).
    let inner_start = std::cell::Cell::new(false);
    let flush = |cur: &mut Vec<&str>, person: &mut bool, out: &mut Vec<Fact>| {
        // Most words end no name: asked after every word that is not one, the flush has nothing to do.
        if cur.is_empty() {
            inner_start.set(false);
            *person = false;
            return;
        }
        if inner_start.replace(false) && cur.len() == 1 {
            cur.clear();
        }
        while cur.last().is_some_and(|w| PARTICLES.contains(w) || *w == "&") {
            cur.pop();
        }
        if !cur.is_empty() && title_of.replace(false) {
            // An office built with a particle names a body ("the Bank of England"), which is a name of its
            // own; the person is the last two capitals only when more than two follow its last particle.
            // Otherwise the run is all office: "Andrew Bailey, Governor of the Bank of England, said" has
            // no person after the office, and taking its last two words made a name of "of England".
            let after = cur.iter().rposition(|w| PARTICLES.contains(w)).map_or(0, |p| p + 1);
            let office = if cur.len() - after > 2 { cur.len() - 2 } else { cur.len() };
            if after > 0
                && let Some(f) = entity_fact(&cur[..office], false, index)
            {
                out.push(f);
            }
            cur.drain(..office);
        }
        if let Some(f) = entity_fact(cur, *person, index) {
            out.push(f);
        }
        cur.clear();
        *person = false;
    };
    for (n, &w) in toks.iter().enumerate() {
        // "Nova 7 is here": the figure goes on with the name.
        if !cur.is_empty() && n >= kicker && names_with_a_figure(toks, n) && !counts_a_german_noun(toks, n) {
            cur.push(core(w));
            if ends_phrase(w) {
                flush(&mut cur, &mut person, out);
            }
            initial = w.ends_with(['.', '!', '?', ':']);
            continue;
        }
        // A middle initial ("Elaine M. Fraser") is passed over: its full stop ends neither the name nor the
        // sentence, and the name is the one another report writes without it ("Elaine Fraser"). Read as
        // an end, it cut one person into two names, "Elaine M" and "Fraser".
        if !cur.is_empty()
            && crate::normalize::is_initial(w)
            && toks.get(n + 1).is_some_and(|t| is_capitalised(core(t)))
        {
            continue;
        }
        // Bullets and dashes are not words, and end a name: "INVERNESS, Scotland — Twelve people…".
        if !w.contains(char::is_alphanumeric) || n < kicker {
            if n >= kicker && joins_by_ampersand(toks, n, &cur) {
                cur.push(w);
                continue;
            }
            flush(&mut cur, &mut person, out);
            // After a kicker, the sentence proper starts; and each cell of a table's row ("| Hospital |
            // Admitted | Critical |") starts as a sentence does, its first word capitalised whatever it is.
            initial |= n + 1 == kicker || w == "|";
            continue;
        }
        // "England (Reuters)": a parenthesis starts a name of its own.
        if w.starts_with('(') {
            flush(&mut cur, &mut person, out);
        }
        // "Kim(L)": a name glued to a parenthesis.
        let (w, glued) = match w.split_once('(') {
            Some((head, _)) if head.contains(char::is_alphanumeric) => (head, true),
            _ => (w, false),
        };
        let mut c = core(w);
        // "Mr.Putin": a title glued to the name.
        if let Some((t, rest)) = c.split_once('.')
            && is_title(t)
            && is_capitalised(rest)
        {
            flush(&mut cur, &mut person, out);
            person = true;
            c = rest;
        }
        let stripped = without_possessive(c);
        let (whole, c, possessive) = (c, stripped, stripped.len() < c.len());
        // "St Brigid's Hospital", "St Mary's Church": a possessive before the noun of a place named for
        // someone is inside the name, which another report gives whole. Cut there, it read as two names,
        // "St Brigid" and "Hospital".
        // So is an office's before the body it serves, when the possessive is a title or ends a longer name
        // ("the Mayor's Office", "the Information Commissioner's Office"): one word alone may be anyone's
        // ("Google's Board").
        let names_a_place = possessive
            && toks.get(n + 1).is_some_and(|t| {
                let t = core(t);
                let noun = t.to_lowercase();
                is_capitalised(t)
                    && (NAMED_PLACES.contains(&noun.as_str())
                        || ((is_title(c) || !cur.is_empty()) && BODIES.contains(&noun.as_str())))
            });
        // A plural's possessive keeps only its apostrophe, which reads as a closing quotation mark: inside
        // a body's name it ends nothing and stays ("the Retail Workers' Alliance", "the Food Suppliers'
        // Association"), where cut there it read as two names, "Retail Workers" and "Alliance".
        let plural_in_body = (w.ends_with("s'") || w.ends_with("s’"))
            && is_capitalised(c)
            && toks.get(n + 1).is_some_and(|t| {
                let t = core(t);
                is_capitalised(t) && BODIES.contains(&t.to_lowercase().as_str())
            });
        let whole = match w.find(c) {
            Some(at) if plural_in_body => &w[at..],
            _ => whole,
        };
        let names_a_place = names_a_place || plural_in_body;
        // "U.S." keeps its stops: "U.S" would read as a cut word.
        let initialism = is_initialism(w);
        let c = if initialism { w } else { c };
        let starts_quote = w.starts_with(is_quote_mark);
        let at_start = initial || starts_quote;
        initial = (w.ends_with([':', '.', '!', '?']) && !is_title(c) && !initialism) || (initial && is_clock_time(c));
        if is_capitalised(c) && is_title(c) && !names_a_body(toks, n) {
            // The words before a title describe it ("Foreign Minister"): drop a lone one, and a nationality
            // that ends a longer run ("During Russia-Ukraine War Russian President Putin").
            if cur.last().is_some_and(|w| has_adjective_suffix(w)) {
                cur.pop();
            }
            if cur.len() > 1 {
                flush(&mut cur, &mut person, out);
            }
            cur.clear();
            person = true;
            title_at = Some(n);
            continue;
        }
        // Only a capitalised word can start or extend a name; the others need no key.
        let capitalised = is_capitalised(c);
        let key = if capitalised { entity_key(c) } else { String::new() };
        if capitalised && !key.is_empty() {
            let skip = (cur.is_empty()
                && (is_stopword(&key)
                    || (at_start && n >= dateline && !lexicon.starts_name(&key) && !joins_by_and(toks, n + 1))))
                || is_calendar(&key)
                // "Twelve people were killed": a number word does not start a name ("World War Two" it may
                // end); nor does "I've".
                || (cur.is_empty() && number_word(c).is_some())
                || c == "I"
                || c.starts_with("I'")
                || c.starts_with("I’")
                || is_compound_adjective(c)
                || c.chars().all(|ch| ch.is_ascii_digit() || !ch.is_alphanumeric())
                // "C$185": a sum of money.
                || without_dollar_country(c).len() < c.len()
                // "2,900 degrees Celsius": a scale of temperature after its figure.
                || (n > 0 && matches!(key.as_str(), CELSIUS | FAHRENHEIT | "centigrade"))
                // "41C", "5G": a number with a unit or a letter, not a name.
                || c.starts_with(|ch: char| ch.is_ascii_digit())
                // "256 GB", "40 MW": a measure's unit after its figure.
                || (n > 0 && digit_count(toks[n - 1]).is_some() && measure_word(&c.to_lowercase()).is_some())
                // "Category 5": a scale before its figure, which is a number on it.
                || (!ends_phrase(toks[n])
                    && toks.get(n + 1).is_some_and(|t| t.as_bytes().first().is_some_and(u8::is_ascii_digit))
                    && is_scale(c));
            if skip {
                // "die Klinikleitung am Mittwoch": a short lowercase piece taken into the name ("Kim Jong
                // un") was a preposition when the capital after it is no name.
                if cur.len() > 1 && cur.last().is_some_and(|w| w.chars().all(char::is_lowercase)) {
                    cur.pop();
                }
                flush(&mut cur, &mut person, out);
            } else {
                if starts_quote {
                    flush(&mut cur, &mut person, out);
                }
                if cur.is_empty() && at_start && n >= dateline && !person {
                    inner_start.set(!lexicon.names_alone(&key));
                }
                cur.push(if names_a_place { whole } else { c });
            }
        } else if !cur.is_empty()
            && (!ends_phrase(toks[n - 1]) || is_initialism(toks[n - 1]))
            && (PARTICLES.contains(&c) && toks.get(n + 1).is_some_and(|t| is_capitalised(core(t)))
                || joins_by_and(toks, n)
                || (!c.is_empty()
                    && c.chars().count() <= 2
                    && c.chars().all(char::is_lowercase)
                    && !is_stopword(c)
                    && !is_function_word(c)))
        {
            // "Kim Jong un": a short lowercase piece of a name.
            cur.push(c);
        } else {
            flush(&mut cur, &mut person, out);
            if is_title(c) {
                person = true;
                title_at = Some(n);
            } else if c == "of" && title_at.is_some_and(|t| t + 1 == n) {
                title_of.set(true);
                person = true;
                // "Governor of the Bank of England Andrew Bailey": the article belongs to the office too.
                title_at = Some(n);
            } else if c == "the" && title_of.get() && title_at.is_some_and(|t| t + 1 == n) {
                person = true;
            } else {
                title_of.set(false);
            }
            continue;
        }
        if (ends_phrase(w) && !initialism && !plural_in_body) || (possessive && !names_a_place) || glued {
            flush(&mut cur, &mut person, out);
        }
    }
    flush(&mut cur, &mut person, out);
}

/// Whether `toks[n]` is an ampersand inside a name: a firm's ("Procter & Gamble", "Okafor & Brandt LLP"),
/// between a run of capitals not ended by punctuation and another capital. Written out as "and", the
/// word joins two names as often as it joins one ("Luis Romero and Kevin Tran"); the sign rarely does.
fn joins_by_ampersand(toks: &[&str], n: usize, cur: &[&str]) -> bool {
    toks[n] == "&"
        && !cur.is_empty()
        && n > 0
        && !ends_phrase(toks[n - 1])
        && toks.get(n + 1).is_some_and(|t| is_capitalised(core(t)))
}

/// Nouns of places named for someone with a possessive: "St Brigid's Hospital", "King's College".
const NAMED_PLACES: &[&str] = &[
    "abbey",
    "academy",
    "cathedral",
    "chapel",
    "church",
    "college",
    "hall",
    "hospital",
    "infirmary",
    "park",
    "school",
    "square",
    "street",
    "road",
];

/// Nouns that end the name of a body: an agency, a ministry, a firm, a court, a school.
const BODIES: &[&str] = &[
    "administration",
    "agency",
    "alliance",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "centre",
    "center",
    "coalition",
    "college",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "court",
    "department",
    "directorate",
    "federation",
    "foundation",
    "fund",
    "institute",
    "league",
    "ministry",
    "museum",
    "office",
    "organisation",
    "organization",
    "party",
    "service",
    "services",
    "society",
    "trust",
    "tribunal",
    "union",
    "university",
];

/// Whether `toks[n]`, "and", joins the run of capitals before it to the run after it as one name: the run
/// after it ends in the noun of a body ([`BODIES`]), as in "Food and Drug Administration", "Securities and
/// Exchange Commission", "Department of Health and Human Services". Otherwise "and" joins two names ("Putin
/// and Kim", "Marks and Spencer"), or two bodies when one ends before it ("the Union and Commission").
fn joins_by_and(toks: &[&str], n: usize) -> bool {
    if toks.get(n) != Some(&"and") || n == 0 || ends_phrase(toks[n - 1]) {
        return false;
    }
    let noun = |t: &str| without_possessive(core(t)).to_lowercase();
    // "the Union and Commission": a body's noun before it, and "and" joins two bodies.
    if BODIES.contains(&noun(toks[n - 1]).as_str()) {
        return false;
    }
    let mut last = None;
    for t in &toks[n + 1..] {
        if !is_capitalised(core(t)) || t.starts_with(is_quote_mark) {
            break;
        }
        last = Some(*t);
        if ends_phrase(t) {
            break;
        }
    }
    last.is_some_and(|t| BODIES.contains(&noun(t).as_str()))
}

/// Whether the title `toks[n]` opens the name of a body rather than a person's: "the Premier League club",
/// "the General Assembly", "Northbrook General Hospital", whose next word is a body's noun ([`BODIES`]) or
/// a place's ([`NAMED_PLACES`]). Read as a title, it left "League" and "Hospital" names of their own.
fn names_a_body(toks: &[&str], n: usize) -> bool {
    !ends_phrase(toks[n])
        && toks.get(n + 1).is_some_and(|t| {
            let next = without_possessive(core(t));
            let noun = next.to_lowercase();
            is_capitalised(next) && (BODIES.contains(&noun.as_str()) || NAMED_PLACES.contains(&noun.as_str()))
        })
}

/// The marks of a firm's legal form that end its name in some reports and not in others: "Northwind Foods
/// Inc", "Northwind Foods".
const LEGAL_FORMS: &[&str] = &["inc", "ltd", "plc", "llc", "llp", "corp", "gmbh"];

fn entity_fact(parts: &[&str], person: bool, sentence: usize) -> Option<Fact> {
    // One firm with its legal form or without it is one name: the form is kept in the text, not the key.
    let named = match parts {
        [name @ .., form]
            if !name.is_empty() && LEGAL_FORMS.contains(&form.trim_end_matches('.').to_lowercase().as_str()) =>
        {
            name
        }
        _ => parts,
    };
    let last = parts.last()?;
    // "Russian" or "North Korean" is an adjective; "Jack Grealish" or "Sean Dean" is a name: after a word
    // that is not a compass or region word, the suffix says nothing.
    let only_regions = parts[..parts.len() - 1].iter().all(|p| REGION_WORDS.iter().any(|r| r.eq_ignore_ascii_case(p)));
    if has_adjective_suffix(last) && only_regions && !person {
        return None;
    }
    let text = parts.join(" ");
    let name = if named.len() < parts.len() { named.join(" ") } else { text.clone() };
    let key = entity_key(&name);
    if key.chars().count() < 2 {
        return None;
    }
    Some(Fact {
        kind: FactKind::Entity,
        context: name_tokens(&name),
        text,
        key,
        sentence,
        value: String::new(),
        unit: String::new(),
        person,
        speaker: None,
        role: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Every word of a quotation's key, its marks of left-out words too, has a clause, in order.
        #[test]
        fn each_word_of_a_quotations_key_has_a_clause(text in "([A-Za-z'’“”,;:.!?…é北 -]{0,8} ?){0,10}") {
            let key = quote_key(&text);
            let words = if key.is_empty() { 0 } else { key.split(' ').count() };
            let clauses = quote_clauses(&text);
            proptest::prop_assert_eq!(clauses.len(), words, "{:?} {:?}", key, clauses);
            proptest::prop_assert!(clauses.windows(2).all(|w| w[0] <= w[1]));
        }

        /// The key built in one string is the name's pieces joined, whatever the pieces hold: hyphens of
        /// every kind, apostrophes, curly quotes, accents, other scripts.
        #[test]
        fn entity_key_joins_the_name_tokens(text in "([A-Za-z'’“\\-‐‑éÉøæßœĞ北 .,]{0,12} ?){0,4}") {
            proptest::prop_assert_eq!(entity_key(&text), name_tokens(&text).concat());
        }

        /// The ASCII shortcut answers as the general test does.
        #[test]
        fn is_capitalised_agrees_with_its_general_test(word in "[A-Za-z0-9'’“(éÉ北-]{0,6}") {
            let general = word.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
                && word.chars().next().is_some_and(char::is_alphanumeric);
            proptest::prop_assert_eq!(is_capitalised(&word), general);
        }
    }

    #[test]
    fn a_day_and_its_month_in_other_languages_are_a_date() {
        let dates = |s: &str| -> Vec<String> {
            extract_sentences(&[(s, 0)]).into_iter().filter(|f| f.unit == "date").map(|f| f.value).collect()
        };
        assert_eq!(dates("Sie hatte den Leitzins zuletzt am 6. März um 0,25 Punkte gesenkt."), ["03-06"]);
        assert_eq!(dates("Le feu a pris le 3 mars 2026 vers minuit."), ["2026-03-03"]);
        assert_eq!(dates("The fire started on 3 March 2026 near the port."), ["2026-03-03"]);
        // A lower-case English month is no month: "may" is a verb.
        assert!(dates("Only 2 may be saved.").is_empty());
    }

    #[test]
    fn a_minus_before_a_figure_is_its_sign() {
        let value = |w: &str| parse_number(w).map(|(v, _)| v);
        assert_eq!(value("-2.5%").as_deref(), Some("-2.5"));
        assert_eq!(value("(−2.5%)").as_deref(), Some("-2.5"));
        assert_eq!(value("2.5%").as_deref(), Some("2.5"));
        // A range's dash is no sign.
        assert!(!value("2019-2022").is_some_and(|v| v.starts_with('-')));
    }

    #[test]
    fn a_figure_is_read_with_its_decimal_mark() {
        for (written, value) in [
            ("1,200", "1200"),
            ("1,234,567", "1234567"),
            ("3,5", "3.5"),
            ("12,75", "12.75"),
            ("2,0", "2"),
            ("2.0", "2"),
            ("1.50", "1.5"),
            ("1,234.5", "1234.5"),
            ("1.234,5", "1234.5"),
            ("1.234.567", "1234567"),
            ("320.000", "320.000"),
            ("0,125", "0.125"),
            ("14.", "14"),
        ] {
            assert_eq!(canonical_figure(written), value, "{written}");
        }
    }

    #[test]
    fn a_words_core_drops_only_the_punctuation_around_it() {
        fn slow(w: &str) -> &str {
            w.trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '$' | '£' | '€' | '¥'))
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%')
        }
        for (word, want) in [
            ("Berg", "Berg"),
            ("2,300", "2,300"),
            ("Berg's", "Berg's"),
            ("(£95m,", "£95m"),
            ("12%.", "12%"),
            ("“overdue.”", "overdue"),
            ("décidé", "décidé"),
            ("été", "été"),
            ("—", ""),
            ("", ""),
        ] {
            assert_eq!(core(word), want, "{word:?}");
            assert_eq!(core(word), slow(word), "{word:?}");
        }
    }

    fn facts(text: &str) -> Vec<Fact> {
        let sentences = crate::sentences::split(text);
        let s: Vec<(&str, usize)> = sentences.iter().map(|s| (s.as_str(), 0)).collect();
        extract_sentences(&s)
    }

    fn of(kind: FactKind, text: &str) -> Vec<String> {
        facts(text).into_iter().filter(|f| f.kind == kind).map(|f| f.text).collect()
    }

    fn keys(kind: FactKind, text: &str) -> Vec<String> {
        facts(text).into_iter().filter(|f| f.kind == kind).map(|f| f.key).collect()
    }

    #[test]
    fn quotes_in_every_style() {
        let t = "He said “we will win the war” and 'they will lose it' and \"all of it\" today.";
        assert_eq!(of(FactKind::Quote, t), ["we will win the war", "they will lose it", "all of it"]);
        assert_eq!(keys(FactKind::Quote, "“Comradely Friendship,” he said."), ["comradely friendship"]);
        assert_eq!(keys(FactKind::Quote, "\"comradely friendship\", he said."), ["comradely friendship"]);
    }

    #[test]
    fn an_ellipsis_between_words_stays_in_a_quotations_key() {
        assert_eq!(quote_key("We had no time ... at all"), "we had no time … at all");
        assert_eq!(quote_key("We had no time... at all"), "we had no time … at all");
        assert_eq!(quote_key("We had no time …at all"), "we had no time … at all");
        assert_eq!(quote_key("We had no time [...] at all"), "we had no time … at all");
        assert_eq!(quote_key("...we had no time…"), "we had no time");
        // The mark is no word: a quotation needs two words besides.
        assert_eq!(of(FactKind::Quote, "She said “never … again” twice."), ["never … again"]);
        assert_eq!(of(FactKind::Quote, "She said “never …” twice, and “… again”."), Vec::<String>::new());
    }

    #[test]
    fn french_guillemets_set_off_by_spaces_are_quotes() {
        let t = "« L'eau a envahi les rues en quelques minutes », a déclaré la maire. Elle a ajouté :\u{a0}«\u{a0}Nous \
                 n'avions pas le temps\u{202f}».";
        assert_eq!(
            of(FactKind::Quote, t),
            ["L'eau a envahi les rues en quelques minutes", "Nous n'avions pas le temps"]
        );
        assert_eq!(of(FactKind::Quote, "Il a dit «\u{a0}non\u{a0}» hier."), Vec::<String>::new());
    }

    #[test]
    fn german_quotes_in_either_style_are_quotes() {
        let t = "»Das Wasser kam in Minuten«, sagte sie. „Wir hatten keine Zeit“, sagte sie.";
        assert_eq!(of(FactKind::Quote, t), ["Das Wasser kam in Minuten", "Wir hatten keine Zeit"]);
        // A » with no « after it opens nothing.
        assert!(of(FactKind::Quote, "Tickets » Sold out for the final night of the tour.").is_empty());
    }

    #[test]
    fn chinese_and_japanese_quotations_are_quotes_cut_into_their_pieces() {
        let t = "消防当局のダナ・ルイス氏は「到着して数分で屋根から炎が出ていた」と話した。";
        assert_eq!(of(FactKind::Quote, t), ["到着して数分で屋根から炎が出ていた"]);
        let t = "发言人说：“我们将在明年春天开始排放处理过的水。”";
        assert_eq!(of(FactKind::Quote, t), ["我们将在明年春天开始排放处理过的水"]);
        // Words to compare, as a spaced language's quotation has.
        assert!(quote_key("到着して数分で").split(' ').count() > 2);
        assert_eq!(quote_key("We had no time"), "we had no time");
    }

    #[test]
    fn one_word_quotes_and_apostrophes_are_not_quotes() {
        assert!(of(FactKind::Quote, "It will “expand” ties.").is_empty());
        assert!(of(FactKind::Quote, "Pyongyang's ties and the countries' interests grew.").is_empty());
    }

    #[test]
    fn quote_spans_sentences_of_a_block() {
        let q = of(FactKind::Quote, "He said: “We are ready. We will act.” Then he left.");
        assert_eq!(q, ["We are ready. We will act"]);
    }

    #[test]
    fn a_quote_over_paragraphs_is_taken_whole() {
        let quotes = |sentences: &[(&str, usize)]| -> Vec<String> {
            extract_sentences(sentences).into_iter().filter(|f| f.kind == FactKind::Quote).map(|f| f.text).collect()
        };
        // The first paragraph leaves the quotation open; the next opens it again and closes it.
        let q = quotes(&[
            ("The chief executive wrote: “We have to become a leaner company.", 0),
            ("“These decisions are painful, but they are essential.”", 1),
        ]);
        assert_eq!(q, ["We have to become a leaner company. These decisions are painful, but they are essential"]);
        // A paragraph that closes its quotation does not run on into the next.
        let q = quotes(&[("He said: “We are ready.”", 0), ("“Another voice,” she replied.", 1)]);
        assert_eq!(q, ["We are ready", "Another voice"]);
    }

    #[test]
    fn phone_numbers_are_not_counts() {
        assert!(of(FactKind::Number, "Got a story? Call 0800 123 4567 or 020 7782 4104 today.").is_empty());
        assert_eq!(of(FactKind::Number, "In 2023 30 people were hurt."), ["2023", "30 people"]);
        // Thousands set apart by spaces, as French writes them, are one number; a telephone number none.
        let keys = |t: &str| -> Vec<String> {
            facts(t).into_iter().filter(|f| f.kind == FactKind::Number).map(|f| f.value).collect()
        };
        assert_eq!(keys("Environ 4 200 personnes ont fui."), ["4200"]);
        assert_eq!(keys("Le coût atteint 1 250 000 euros, et 4, 200 autres."), ["1250000", "4", "200"]);
        assert!(keys("Call 0800 123 4567 or 555 123 4567 now.").is_empty());
    }

    #[test]
    fn money_counts_its_currency() {
        let k = |t: &str| keys(FactKind::Number, t);
        assert_eq!(k("The bridge will cost £14m to build."), k("The bridge will cost 14 million pounds."));
        assert_eq!(k("It posted a $1.5bn quarterly loss."), k("It reported a loss of $1.5 billion."));
        assert_ne!(k("It cost $45 million."), k("It cost £45 million."));
        // A dollar sign after its country's letters is a sum in dollars, no name.
        assert_eq!(k("It will invest C$185 million."), k("It will invest $185 million."));
        assert_eq!(k("It raised US$40m and NZ$2.5bn."), k("It raised $40 million and $2.5 billion."));
        assert!(keys(FactKind::Entity, "It will invest C$185 million in Halifax.").iter().all(|n| !n.contains('$')));
        // Letters that are a word, or a sign with no figure after it, are not.
        assert!(k("The ABC$ fund and C$ notes.").is_empty());
        // A price in pence is a sum in pounds.
        assert_eq!(k("The buyer will pay 285p a share."), k("The buyer will pay £2.85 a share."));
        assert_eq!(k("It closed at 206.5p."), k("It closed at £2.065."));
        assert_ne!(k("The buyer will pay 285p a share."), k("The buyer will pay 258p a share."));
        assert_eq!(k("The buyer will pay 280p a share."), k("The buyer will pay £2.80 a share."));
    }

    #[test]
    fn a_temperature_keeps_its_scale_however_written() {
        let k = |t: &str| keys(FactKind::Number, t);
        let c = ["2900 celsius"];
        assert_eq!(k("Its shell reached 2,900 degrees Celsius as it fell."), c);
        assert_eq!(k("Its shell reached 2,900°C as it fell."), c);
        assert_eq!(k("Its shell reached 2,900 °C as it fell."), c);
        assert_eq!(k("Its shell reached 2,900C as it fell."), c);
        assert_eq!(k("Its shell reached 2,900 degrees C as it fell."), c);
        assert_eq!(k("Its shell reached 5,200 degrees Fahrenheit."), ["5200 fahrenheit"]);
        assert_eq!(k("It was 98.6F in the shade."), ["98.6 fahrenheit"]);
        // Not a coin's cents, nor degrees of no scale; and the scale is no name.
        assert!(k("A 5c coin was found.").iter().all(|k| !k.contains(CELSIUS)));
        assert_eq!(k("It turned 90 degrees to the left."), ["90 degre"]);
        assert!(of(FactKind::Entity, "Its shell reached 2,900 degrees Celsius, officials said.").is_empty());
    }

    #[test]
    fn a_figure_keeps_the_words_that_bound_it_and_a_live_reports_stamp_is_none() {
        let n = |t: &str| of(FactKind::Number, t);
        assert_eq!(n("More than 400 scientists worked on it."), ["More than 400 scientists"]);
        assert_eq!(n("It rose nearly 5 percent on Friday."), ["nearly 5 percent"]);
        assert_eq!(n("Children under 50 kilograms were kept away."), ["under 50 kilograms"]);
        // Words that round a figure are not kept; nor is a bound before a date.
        assert_eq!(n("About 21 patients were treated."), ["21 patients"]);
        assert_eq!(n("It has not rained since before 2020."), ["2020"]);
        assert!(n("22:41 — Turnout was confirmed by the council.").is_empty());
        assert_eq!(n("Turnout was confirmed at 22:41 by the council."), ["22:41"]);
        // "Over" a sum or a share that names a noun after it is what the noun is about, not a bound: a
        // headline's "jailed over £4.2m fraud" states the sum, as "£4.2m fraud" does.
        assert_eq!(n("Builder jailed over £2.3m fraud against 140 homeowners"), ["£2.3m", "140 homeowners"]);
        assert_eq!(n("Nurses strike over 4% pay offer"), ["4%"]);
        assert_eq!(n("He took over £2.3m from savers."), ["over £2.3m"]);
        assert_eq!(n("He took over £2.3m last year."), ["over £2.3m"]);
        assert_eq!(n("Prices rose over 4% annually."), ["over 4%"]);
        assert_eq!(n("Over 300 homeowners lost money."), ["Over 300 homeowners"]);
    }

    #[test]
    fn clock_times_in_any_spelling_are_one_fact() {
        let k = |t: &str| keys(FactKind::Number, t);
        assert_eq!(k("The barrier gave way at 3am."), ["3am"]);
        assert_eq!(k("The barrier gave way at 3 a.m. on Tuesday."), ["3am"]);
        assert_eq!(k("Crews arrived at 11 P.M and left."), ["11pm"]);
        // With its minutes, glued or as a word of its own, and on a clock of 24 hours.
        assert_eq!(k("The capsule touched down at 9:42 a.m. local time."), ["9:42am"]);
        assert_eq!(k("It touched down at 9.42am and at 9:00 p.m. left."), ["9:42am", "9pm"]);
        assert_eq!(k("The doors opened at 21:05 on Friday."), ["21:05"]);
        // Not a decimal, a score of 24 hours, nor minutes past sixty.
        assert_eq!(k("Shares rose 9.42 points."), ["9.42 point"]);
        assert!(k("It ended 13:75 on the board.").is_empty());
    }

    #[test]
    fn numbers_with_units() {
        let t = "North Korea has launched more than 30 ballistic missiles in 2022, on the 75th anniversary.";
        assert_eq!(of(FactKind::Number, t), ["more than 30 ballistic missiles", "2022", "75th anniversary"]);
        let k = keys(FactKind::Number, "It built 90 factories. It built ninety factories.");
        assert_eq!(k[0], k[1]);
        assert_eq!(of(FactKind::Number, "Prices rose 5% and 3.5 per cent."), ["5%", "3.5 per cent"]);
        assert_eq!(of(FactKind::Number, "It cost $5bn in all."), ["$5bn"]);
        assert_eq!(of(FactKind::Number, "About 1,200 people came."), ["1,200 people"]);
        // A measure glued to its figure is the same measure: "180km/h" is "180 km/h" is "180 kph".
        let k = keys(FactKind::Number, "Winds hit 180 km/h. Winds hit 180km/h. Winds hit 180 kph.");
        assert!(k.len() == 3 && k[0] == k[1] && k[1] == k[2], "{k:?}");
    }

    #[test]
    fn a_german_figure_before_a_noun_counts_it() {
        let t = "Bei einem Brand in einem Chemiewerk sind am Donnerstagabend 12 Menschen ums Leben gekommen.";
        assert_eq!(of(FactKind::Number, t), ["12 Menschen"]);
        // In English a capital before and after a figure is a model's name: "Boeing 737 Max".
        assert!(of(FactKind::Number, "The airline grounded its Boeing 737 Max jets on Monday.").is_empty());
    }

    #[test]
    fn a_figure_keeps_its_minus_sign() {
        // The sign was in the value but trimmed from the text: "-5 degrees" against "5 degrees" conflicted
        // as "5 degrees" with itself.
        let t = "It fell to -5 degrees, and output by (−3.2%), after 12 months of growth.";
        assert_eq!(of(FactKind::Number, t), ["-5 degrees", "−3.2%", "12 months"]);
    }

    #[test]
    fn a_unit_keeps_the_marks_over_and_under_its_letters() {
        // Hindi's nukta, Tamil's pulli and Thai's tone marks are no letters to Unicode, and trimmed as
        // punctuation they made other words: "करोड", "தொழிலாளர்கள", "ได".
        assert_eq!(of(FactKind::Number, "सरकार ने 1,150 करोड़ रुपये दिए।"), ["1,150 करोड़"]);
        assert_eq!(of(FactKind::Number, "தீ விபத்தில் 12 தொழிலாளர்கள் காயமடைந்தனர்."), ["12 தொழிலாளர்கள்"]);
        assert_eq!(of(FactKind::Number, "ชาวบ้าน 58 ปี ให้ข้อมูล"), ["58 ปี"]);
    }

    #[test]
    fn figures_in_other_scripts_digits_are_read_as_figures_and_shown_as_written() {
        let values = |t: &str| facts(t).into_iter().map(|f| (f.text, f.value)).collect::<Vec<_>>();
        let pair = |text: &str, value: &str| (text.to_string(), value.to_string());
        assert_eq!(values("أدى الحريق إلى إصابة ١٢ شخصا."), [pair("١٢ شخصا", "12")]);
        assert_eq!(values("تقدر الخسائر بنحو ٣٫٥ مليون دينار."), [pair("٣٫٥ مليون", "3.5")]);
        assert_eq!(values("آتش‌سوزی ۱٬۲۰۰ هکتار را سوزاند."), [pair("۱٬۲۰۰ هکتار", "1200")]);
        assert_eq!(values("আগুনে ১২ জন আহত হয়েছেন।"), [pair("১২ জন", "12")]);
        assert_eq!(values("大雨で１２人がけがをした。"), [pair("１２人", "12")]);
        // The same figure in either writing is one fact.
        let key = |t: &str| facts(t).into_iter().map(|f| f.key).collect::<Vec<_>>();
        assert_eq!(key("إصابة ١٢ شخصا."), key("إصابة 12 شخصا."));
    }

    #[test]
    fn thai_dates_are_dates_in_the_common_era() {
        let keys = |t: &str| {
            facts(t).into_iter().filter(|f| f.kind == FactKind::Number).map(|f| (f.text, f.key)).collect::<Vec<_>>()
        };
        let date = |text: &str, key: &str| (text.to_string(), key.to_string());
        assert_eq!(keys("เมื่อวันที่ 17 กันยายน 2567 ฝนตกหนัก"), [date("17 กันยายน 2567", "2024-09-17")]);
        // The dictionary cuts an abbreviated month in two.
        assert_eq!(keys("เมื่อวันที่ 17 ก.ย. 2567 ฝนตกหนัก"), [date("17 ก.ย. 2567", "2024-09-17")]);
        assert_eq!(keys("“จนถึงวันที่ 14 ก.ค.”"), [date("14 ก.ค", "07-14")]);
    }

    #[test]
    fn chinese_and_japanese_counts_are_numbers_with_what_they_count() {
        let t = "近くの住民約300人が避難し、倉庫には再生紙約1万2000トンが保管されていた。";
        assert_eq!(of(FactKind::Number, t), ["300人", "1万2000トン"]);
        assert_eq!(keys(FactKind::Number, t)[1], keys(FactKind::Number, "再生紙12000トンが保管されていた。")[0]);
        assert_eq!(of(FactKind::Number, "约1.2万吨处理水将排放。"), ["1.2万吨"]);
        assert_eq!(
            keys(FactKind::Number, "约1.2万吨处理水将排放。"),
            keys(FactKind::Number, "约12000吨处理水将排放。")
        );
    }

    #[test]
    fn scales_written_short_in_any_case() {
        let k = |t: &str| keys(FactKind::Number, t);
        assert_eq!(k("Net income was $412M."), k("Net income was $412 million."));
        assert_eq!(k("Revenue was $3.4B."), k("Revenue was $3.4 billion."));
        assert_eq!(k("It lost €5mn."), k("It lost €5 million."));
        assert_eq!(k("It owes £1.2tn."), k("It owes £1.2 trillion."));
        // Without a currency sign, "3B" and "5tn" are no sums.
        assert!(k("He filed Form 3B.").is_empty());
    }

    #[test]
    fn a_range_of_money_is_two_sums() {
        let t = "It now sees $4.80-$4.90 a share (prior: $4.60–$4.75).";
        assert_eq!(of(FactKind::Number, t), ["$4.80", "$4.90", "$4.60", "$4.75"]);
        // A season or a range of bare numbers is no pair of sums.
        assert_eq!(money_range("2020-21"), None);
        assert_eq!(money_range("$5-10"), None);
        assert_eq!(money_range("(£3m–£5m)"), Some(("(£3m", "£5m)")));
    }

    #[test]
    fn decades_and_dates() {
        assert_eq!(of(FactKind::Number, "It improved during the early 2000s, they said."), ["the early 2000s"]);
        let a = keys(FactKind::Number, "The invasion on February 24 was costly.");
        let b = keys(FactKind::Number, "The invasion on 24 February was costly.");
        assert_eq!(a, b);
        assert_eq!(a, ["02-24"]);
        assert_eq!(keys(FactKind::Number, "Its test in September 2017 was the last."), ["2017-09"]);
        assert_eq!(keys(FactKind::Number, "On March 3, 2021, it began."), ["2021-03-03"]);
    }

    #[test]
    fn a_list_of_days_that_names_its_month_once_is_a_list_of_dates() {
        let dates = ["05-12", "05-14", "05-16"];
        assert_eq!(keys(FactKind::Number, "Strikes were due on 12, 14 and 16 May, the union said."), dates);
        assert_eq!(keys(FactKind::Number, "Strikes were due on May 12, 14 and 16, the union said."), dates);
        assert_eq!(keys(FactKind::Number, "Strikes were due on May 12, 14 and 16 in London."), dates);
        assert_eq!(keys(FactKind::Number, "Strikes were due on 12 and 16 May."), ["05-12", "05-16"]);
        // A count after a date is no day of it.
        assert_eq!(keys(FactKind::Number, "On May 12, 14 people were hurt."), ["05-12", "14 peopl"]);
        assert_eq!(keys(FactKind::Number, "On May 12, 14 and 16 people were hurt."), ["05-12", "14", "16 peopl"]);
    }

    #[test]
    fn hyphenated_and_teen_numbers_count_as_their_figures() {
        assert_eq!(of(FactKind::Number, "Twenty-three people were hurt."), ["Twenty-three people"]);
        assert_eq!(
            keys(FactKind::Number, "Twenty-three people were hurt."),
            keys(FactKind::Number, "Officials said 23 people were hurt.")
        );
        assert_eq!(keys(FactKind::Number, "It took ninety-nine days."), keys(FactKind::Number, "It took 99 days."));
        assert_eq!(keys(FactKind::Number, "It took seventeen days."), keys(FactKind::Number, "It took 17 days."));
        // With a multiplier after it, as a figure has: the ledger reads "18 thousand" as 18,000.
        assert_eq!(of(FactKind::Number, "It carried eighteen thousand vehicles."), ["eighteen thousand vehicles"]);
        assert_eq!(
            keys(FactKind::Number, "It carried eighteen thousand vehicles."),
            keys(FactKind::Number, "It carried 18 thousand vehicles.")
        );
        // Hyphenated words that are not a number from 21 to 99 stay words (a fraction is a share:
        // [`fraction_at`]; an age is an age: [`age_at`]).
        assert_eq!(
            of(FactKind::Number, "A forty-year-old man left two-thirds of it."),
            ["forty-year-old", "two-thirds"]
        );
        assert!(of(FactKind::Number, "A well-known man left.").is_empty());
        assert!(compound_number_word("one-two").is_none() && compound_number_word("twenty-").is_none());
    }

    #[test]
    fn a_tables_cells_start_as_sentences_do() {
        assert!(of(FactKind::Entity, "| Hospital | Admitted | Critical |").is_empty());
        assert_eq!(of(FactKind::Entity, "| Ward | Admitted by Dr Ruiz |"), ["Ruiz"]);
        assert!(capitalised_inside(["| Hospital | Admitted | Critical |"].into_iter()).names.is_empty());
    }

    #[test]
    fn a_word_known_only_inside_a_name_names_nothing_alone() {
        let names = |text: &str| of(FactKind::Entity, text);
        // "Freight" is a name's middle word only: at a sentence's start, before a lowercase word, it is none.
        let text =
            "A jury found Harbor Freight Lines liable. Harbor Freight Lines will appeal. Freight firms fear costs.";
        assert_eq!(names(text), ["Harbor Freight Lines", "Harbor Freight Lines"]);
        // A surname is the last word of a name, and names its bearer alone.
        assert_eq!(names("It was Vladimir Putin. Putin said no."), ["Vladimir Putin", "Putin"]);
        // The first word of a name as well, when the word before it is no part of the name.
        assert_eq!(names("Meanwhile Rimoda Vatapu spoke. Rimoda left early."), ["Rimoda Vatapu", "Rimoda"]);
        // The word inside a name still starts a longer one.
        assert_eq!(
            names("It was Harbor Freight Lines. Freight Lines will appeal."),
            ["Harbor Freight Lines", "Freight Lines"]
        );
    }

    #[test]
    fn a_middle_initial_is_passed_over_inside_a_name() {
        let names = |text: &str| of(FactKind::Entity, text);
        assert_eq!(names("The chief executive, Elaine M. Fraser, signed it."), ["Elaine Fraser"]);
        assert_eq!(
            names("It was signed by Elaine M. Fraser and Robert J. MacIsaac."),
            ["Elaine Fraser", "Robert MacIsaac"]
        );
        // An initial that ends a sentence, before a word that opens no name, still ends the name.
        assert_eq!(names("They beat Group B. The crowd cheered."), ["Group B"]);
    }

    #[test]
    fn an_ampersand_between_capitals_joins_one_name() {
        let names = |text: &str| of(FactKind::Entity, text);
        assert_eq!(
            names("The families were represented by Okafor & Brandt LLP. Okafor & Brandt LLP is a law firm."),
            ["Okafor & Brandt LLP", "Okafor & Brandt LLP"]
        );
        assert_eq!(names("Shares of Procter & Gamble rose."), ["Procter & Gamble"]);
        // Not after punctuation, nor before a lowercase word or a word that starts no name.
        assert_eq!(names("It cited Lagos, & Abuja too."), ["Lagos", "Abuja"]);
        assert_eq!(names("It cited Lagos & others."), ["Lagos"]);
        assert_eq!(names("It cited Lagos & Monday talks."), ["Lagos"]);
        // In the lexicon too, the run goes on over the sign: "Brandt" is inside it, no name alone.
        let lexicon = capitalised_inside(["It hired Okafor & Brandt LLP."].into_iter()).finished();
        assert!(lexicon.names_alone("okafor") && !lexicon.names_alone("brandt"));
    }

    #[test]
    fn and_inside_the_name_of_a_body_joins_one_name() {
        let names = |text: &str| of(FactKind::Entity, text);
        assert_eq!(names("The Food and Drug Administration said so."), ["Food and Drug Administration"]);
        assert_eq!(names("Food and Drug Administration officials said so."), ["Food and Drug Administration"]);
        assert_eq!(
            names("It failed the Securities and Exchange Commission’s test."),
            ["Securities and Exchange Commission"]
        );
        assert_eq!(
            names("Aides at the Department of Health and Human Services declined."),
            ["Department of Health and Human Services"]
        );
        assert_eq!(names("The U.S. Fish and Wildlife Service listed it."), ["U.S. Fish and Wildlife Service"]);
        // Otherwise "and" joins two names.
        assert_eq!(names("Then Luis Romero and Kevin Tran left."), ["Luis Romero", "Kevin Tran"]);
        assert_eq!(names("It went to Lagos and Abuja Holdings."), ["Lagos", "Abuja Holdings"]);
        assert_eq!(names("It went to Lagos, and Abuja Council agreed."), ["Lagos", "Abuja Council"]);
        assert_eq!(names("Both the Union and Commission agreed."), ["Union", "Commission"]);
    }

    #[test]
    fn a_firm_named_only_at_sentence_starts_is_named_by_its_legal_form() {
        let names = |text: &str| of(FactKind::Entity, text);
        let text = "Northwind Foods Inc on Tuesday reported a profit. Northwind Foods raised its forecast. \
                    Northwind also said it would cut jobs.";
        assert_eq!(names(text), ["Northwind Foods Inc", "Northwind Foods", "Northwind"]);
        // So does the noun of its trade.
        let text = "Marston Chemicals said it would open its own inquiry. Marston also closed the plant.";
        assert_eq!(names(text), ["Marston Chemicals", "Marston"]);
        // Without either, a capital that opens a sentence may be any word.
        let text = "Northwind Harbour raised its forecast. Northwind also said it would cut jobs.";
        assert!(names(text).iter().all(|n| !n.starts_with("Northwind")), "{:?}", names(text));
        // A form after a name that opened no sentence changes nothing: "Harbor" was never in doubt.
        assert_eq!(names("The jury named Harbor Freight Co. Freight rates rose."), ["Harbor Freight Co"]);
    }

    #[test]
    fn an_age_after_a_name_is_that_persons_age() {
        let text = "Reyes, 58, thanked supporters. The families of Luis Romero, 34, and Kevin Tran, 51.";
        assert_eq!(of(FactKind::Number, text), ["Reyes, 58", "Romero, 34", "Tran, 51"]);
        assert_eq!(keys(FactKind::Number, text), ["58 age reyes", "34 age romero", "51 age tran"]);
        // In brackets, as British papers set it.
        let text = "Marta Reyes (58) said so. Kevin Tran (51), a welder, agreed.";
        assert_eq!(of(FactKind::Number, text), ["Reyes (58)", "Tran (51)"]);
        assert_eq!(keys(FactKind::Number, "Reyes (58) said so."), keys(FactKind::Number, "Reyes, 58, said so."));
        // Not a count after a comma, a weekday, a share or a sum; not a figure that ends no phrase.
        for text in [
            "On Sunday, 12, maybe 13, boats left.",
            "In Lagos, 12 people died.",
            "At Northwind, 40%, a record, voted.",
            "At Northwind, $40, a record, was paid.",
            "The figure, 2026, was wrong.",
        ] {
            assert!(
                of(FactKind::Number, text).iter().all(|n| !n.contains(',')),
                "{text}: {:?}",
                of(FactKind::Number, text)
            );
        }
    }

    #[test]
    fn a_verb_with_its_object_is_not_what_a_number_counts() {
        assert_eq!(of(FactKind::Number, "A crowd of 24,312 watched the match."), ["24,312"]);
        assert_eq!(of(FactKind::Number, "Officials said 12 injured in the blast were safe."), ["12 injured"]);
        assert_eq!(of(FactKind::Number, "It has 40 armed officers."), ["40 armed officers"]);
    }

    #[test]
    fn so_many_in_so_many_is_one_share_however_written() {
        assert_eq!(of(FactKind::Number, "About 1 in 8 developed heart disease."), ["1 in 8"]);
        assert_eq!(of(FactKind::Number, "One in eight of them went on to suffer heart problems."), ["One in eight"]);
        assert_eq!(
            keys(FactKind::Number, "About 1 in 8 developed it."),
            keys(FactKind::Number, "Roughly one in eight did.")
        );
        assert_eq!(of(FactKind::Number, "Nine out of 10 participants completed the trial."), ["Nine out of 10"]);
        assert_eq!(
            keys(FactKind::Number, "Nine out of 10 participants completed the trial."),
            keys(FactKind::Number, "Nine in ten participants completed the trial.")
        );
        // Not a share: a count in a year, a count over a stretch of time, a count in a place.
        for text in [
            "It won 2 in 2023.",
            "It rained 12 in 2 days.",
            "It sold one in Paris.",
            "One in Paris fell.",
            "Twelve out of 2 days.",
        ] {
            assert!(of(FactKind::Number, text).iter().all(|n| !n.contains(" in ")), "{text}");
        }
    }

    #[test]
    fn measures_glued_spaced_or_hyphenated_are_one_measure() {
        let k = |t: &str| keys(FactKind::Number, t);
        assert_eq!(k("It weighs 176g."), k("It weighs 176 grams."));
        assert!(of(FactKind::Number, "It runs on 5G networks.").is_empty());
        assert_eq!(k("It holds 256GB."), k("It holds 256 GB."));
        assert_eq!(k("It has a 6.3-inch screen."), k("It has a 6.3 inch screen."));
        assert_eq!(of(FactKind::Number, "It has a 6.3-inch screen."), ["6.3-inch"]);
        // A unit after its figure is no name.
        assert!(of(FactKind::Entity, "It holds 256 GB of photos.").is_empty());
    }

    #[test]
    fn a_german_title_in_one_word_is_no_part_of_the_name() {
        assert!(is_title("Behördenleiter") && is_title("Polizeisprecherin") && is_title("Verbandspräsident"));
        for word in ["Administer", "Kessler", "Lokalzeitung", "Mischief", "Leiter"] {
            assert!(!is_compound_title(word.as_bytes()), "{word}");
        }
    }

    #[test]
    fn a_count_hyphened_to_its_noun_counts_that_noun() {
        let k = |t: &str| keys(FactKind::Number, t);
        assert_eq!(k("Dockers began a 48-hour strike."), k("Dockers began a strike lasting 48 hours."));
        assert_eq!(k("The 1.2-kilometre pier shut."), k("The pier, 1.2 km long, shut."));
        assert_eq!(k("It faces a six-week closure."), k("It will close for six weeks."));
        assert_eq!(of(FactKind::Number, "Dockers began a 48-hour strike."), ["48-hour"]);
        assert_ne!(k("Dockers began a 48-hour strike."), k("Dockers began a 24-hour strike."));
        // A score, an age, a number spelled with a hyphen, a sum's scale, an idiom: no count of a noun.
        assert!(of(FactKind::Number, "They won 3-2 at home.").iter().all(|n| !n.contains('-') || n == "3-2"));
        // An age is no count of years: "a 30-year-old" is not "30 years" of a term.
        assert_eq!(k("A 30-year-old man was held."), ["30 age"]);
        assert_ne!(k("A 30-year-old man was held."), k("He served 30 years in prison."));
        assert_eq!(k("Her six-month-old son was hurt."), k("Her son, six months old, was hurt."));
        assert_eq!(k("Twenty-five people were hurt."), k("25 people were hurt."));
        assert_eq!(k("It won a $5-million grant."), k("It won a $5-million grant."));
        assert!(k("It was a $5-million grant.").iter().all(|n| !n.ends_with("|million")));
        assert!(of(FactKind::Number, "It was a one-sided match.").is_empty());
        assert!(of(FactKind::Number, "It was a one-off payment.").is_empty());
    }

    #[test]
    fn an_age_is_one_fact_in_each_writing() {
        let k = |t: &str| keys(FactKind::Number, t);
        let age = k("A 24-year-old nurse was hurt.");
        assert_eq!(age, ["24 age"]);
        assert_eq!(age, k("The nurse, aged 24, was hurt."));
        assert_eq!(age, k("The nurse, who is 24 years old, was hurt."));
        assert_eq!(age, k("A twenty-four-year-old nurse was hurt."));
        assert_eq!(of(FactKind::Number, "The nurse, aged 24, was hurt."), ["aged 24"]);
        assert_eq!(of(FactKind::Number, "The nurse, who is 24 years old, was hurt."), ["24 years old"]);
        assert_ne!(age, k("A 25-year-old nurse was hurt."));
        // Not an age: a bracket of ages, a baby's months, a stretch of years.
        assert!(k("Voters aged 18 to 24 stayed home.").iter().all(|n| !n.ends_with("age")));
        assert!(k("A baby aged six months was hurt.").iter().all(|n| !n.ends_with("age")));
        assert!(k("The bridge is 30 years older than the road.").iter().all(|n| !n.ends_with("age")));
    }

    #[test]
    fn a_score_a_split_or_a_range_is_one_figure() {
        let k = |t: &str| keys(FactKind::Number, t);
        assert_eq!(k("The council voted 7-2 to fund it."), ["7-2 score"]);
        assert_eq!(k("The council voted 7–2 to fund it."), k("The council voted 7-2 to fund it."));
        assert_ne!(k("The council voted 7-2 to fund it."), k("The council voted 6-3 to fund it."));
        assert_ne!(k("They won 3-2 at home."), k("They won 2-3 at home."));
        assert_eq!(of(FactKind::Number, "They won 0-0 at home."), ["0-0"]);
        // A season, a telephone number, a code: no score.
        for text in ["It was the 2020-21 season.", "Call 555-1234 now.", "Form 03-04 was filed.", "See 1.-2. here."] {
            assert!(k(text).iter().all(|n| !n.ends_with("score")), "{text}: {:?}", k(text));
        }
        // A confidence interval written with a hyphen is one figure, as "0.57 to 0.77" is two.
        assert_eq!(k("The hazard ratio was 0.66 (95% CI 0.57-0.77)."), ["0.66", "95 percent", "0.57-0.77 score"]);
        assert_ne!(k("It fell (95% CI 0.57-0.77)."), k("It fell (95% CI 0.57-0.87)."));
        assert_eq!(k("Doses of 1.5–2 mg were given."), k("Doses of 1.5-2 mg were given."));
    }

    #[test]
    fn a_clock_times_abbreviation_keeps_its_stop() {
        assert_eq!(of(FactKind::Number, "The blaze started at 3 p.m. on Tuesday."), ["3 p.m."]);
        assert_eq!(of(FactKind::Number, "The blaze started at 3 p.m."), ["3 p.m."]);
        assert_eq!(of(FactKind::Number, "It cost 12 dollars."), ["12 dollars"]);
        assert_eq!(trim_figure("(-5 degrees)."), "-5 degrees");
    }

    #[test]
    fn a_translation_writes_its_shares_and_sums_as_the_original_does() {
        let k = |t: &str| keys(FactKind::Number, t);
        // A space before the sign, plain or no-break, and the words of other languages for per cent.
        for share in ["12 %", "12\u{a0}%", "12\u{202f}%", "12 Prozent", "12 pour cent", "12 por ciento", "12 per cento"]
        {
            assert_eq!(k(&format!("The level rose {share} overnight.")), k("The level rose 12% overnight."), "{share}");
        }
        assert_eq!(k("Turnout (12 %) rose."), ["12 percent"]);
        // "per" alone is no per cent.
        assert!(
            k("Output rose 18 per day.").iter().all(|key| !key.contains("percent")),
            "{:?}",
            k("Output rose 18 per day.")
        );
        // Scale words, and the currency after "of".
        let fund = k("A fund of €1.5 million was approved.");
        for sum in [
            "1,5 million d'euros",
            "1,5 million d’euros",
            "1,5 millones de euros",
            "1,5 milioni di euro",
            "1,5 Millionen Euro",
        ] {
            assert_eq!(k(&format!("Le fonds de {sum} a été approuvé.")), fund, "{sum}");
        }
        assert_eq!(k("Un fondo de 2 millones de dólares."), k("A fund of $2 million."));
        assert_eq!(k("Il a coûté 2 milliards d'euros."), k("It cost €2 billion."));
    }

    #[test]
    fn a_share_names_its_unit_in_its_key() {
        let k = |t: &str| keys(FactKind::Number, t);
        assert_eq!(k("Shares fell 18%."), ["18 percent"]);
        assert_eq!(k("Shares fell 18%."), k("Shares fell 18 per cent."));
        assert_ne!(k("Shares fell 18%."), k("Shares fell 18 points."));
    }

    #[test]
    fn a_figure_on_a_named_scale_measures_that_scale() {
        let k = |t: &str| keys(FactKind::Number, t);
        let quake = k("A magnitude 6.4 earthquake struck on Thursday.");
        assert_eq!(quake, k("The 6.4-magnitude quake struck on Thursday."));
        assert_eq!(quake, k("Magnitude 6.4 quake hits the south"));
        assert_eq!(quake, k("It was a 6.4 magnitude tremor."));
        assert_ne!(quake, k("It was a 6.4 earthquake."));
        assert_eq!(of(FactKind::Number, "The strongest was of magnitude 4.8."), ["magnitude 4.8"]);
        assert_eq!(k("The alert was raised to level 4."), k("Officials raised it to Level 4 on Monday."));
        assert_eq!(of(FactKind::Number, "It hit as a Category 5 hurricane."), ["Category 5"]);
        assert!(of(FactKind::Entity, "It hit as a Category 5 hurricane.").is_empty());
        // A disease's type is a type, and counts no disease: "type 2 diabetes" is no "2 diabetes".
        assert_eq!(of(FactKind::Number, "It helps people with type 2 diabetes."), ["type 2"]);
        assert_eq!(of(FactKind::Number, "Forecasters expect more Category 5 hurricanes."), ["Category 5"]);
        assert_eq!(of(FactKind::Number, "It passed phase 3 trials."), ["phase 3"]);
        assert_ne!(k("It helps people with type 2 diabetes."), k("It helps people with type 1 diabetes."));
        assert!(of(FactKind::Entity, "Type 2 diabetes is common.").is_empty());
        assert_eq!(of(FactKind::Entity, "Gauges in Lima put it at Magnitude 6.4 overnight."), ["Lima"]);
        // A plural right after the figure names what it counts.
        assert_eq!(of(FactKind::Number, "The water rose to a level 10 times the usual."), ["10 times"]);
        // The scale must stand right before the figure.
        assert_eq!(of(FactKind::Number, "The stage held 300 people."), ["300 people"]);
    }

    #[test]
    fn a_figure_in_a_name_counts_nothing() {
        let text = "Orbitel unveiled the Nova 7 on Tuesday. The Nova 7 weighs 174 grams. It sells 30 phones.";
        assert_eq!(of(FactKind::Number, text), ["174 grams", "30 phones"]);
        assert_eq!(of(FactKind::Entity, text), ["Nova 7", "Nova 7"]);
        assert_eq!(of(FactKind::Entity, "He flew a Boeing 737 Max to Lagos."), ["Boeing 737 Max", "Lagos"]);
        assert!(of(FactKind::Number, "Orbitel Nova 7 hands-on: slimmer, same price").is_empty());
        // After a sentence's first word, a weekday or a month, a longer name, a figure is a count.
        for text in [
            "About 300 people fled.",
            "On Monday 12 people fled.",
            "It said: Some 12 people fled.",
            "They gave Anna Berg 12 roses.",
        ] {
            assert_eq!(of(FactKind::Number, text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_fraction_is_its_percentage() {
        let k = |t: &str| keys(FactKind::Number, t);
        assert_eq!(of(FactKind::Number, "Walking cuts heart risk by a fifth."), ["a fifth"]);
        assert_eq!(k("Walking cuts heart risk by a fifth."), k("Walking cuts heart risk by 20%."));
        assert_eq!(
            of(FactKind::Number, "A quarter of households and two-thirds of voters agreed."),
            ["A quarter", "two-thirds"]
        );
        assert_eq!(k("Two-thirds of voters agreed."), k("67% of voters agreed."));
        // Not shares: an ordinal, a term, a stretch of time.
        for text in ["It was the third time.", "She won a third term.", "It took a quarter of an hour."] {
            assert!(of(FactKind::Number, text).is_empty(), "{text}: {:?}", of(FactKind::Number, text));
        }
    }

    #[test]
    fn a_fraction_hedged_after_by_or_written_with_one_is_its_percentage() {
        let k = |t: &str| keys(FactKind::Number, t);
        for (text, written) in [
            ("The drug cut the risk by roughly a third.", "a third"),
            ("The drug cut the risk by just over a third.", "a third"),
            ("The drug cut the risk by more than a third.", "a third"),
            ("The drug cut the risk by one-third.", "one-third"),
        ] {
            assert_eq!(of(FactKind::Number, text), [written], "{text}");
            assert_eq!(k(text), k("The drug cut the risk by 33%."), "{text}");
        }
        for text in ["Sales fell by half.", "Sales fell by nearly half in a year."] {
            assert_eq!(of(FactKind::Number, text), ["half"], "{text}");
            assert_eq!(k(text), k("Sales fell by 50%."), "{text}");
        }
        // "Half" names no figure elsewhere, nor a fraction after words that do not hedge it.
        for text in [
            "It took half an hour.",
            "They scored in the second half.",
            "Half of them left early.",
            "Prices rose by, in all, a third.",
        ] {
            assert!(of(FactKind::Number, text).is_empty(), "{text}: {:?}", of(FactKind::Number, text));
        }
    }

    #[test]
    fn a_preposition_ends_what_a_number_counts() {
        let text = "Ferri scored in the 12th minute through a header, and 40 fans during the break sang.";
        assert_eq!(of(FactKind::Number, text), ["12th minute", "40 fans"]);
    }

    #[test]
    fn a_count_written_without_its_comma_is_no_year() {
        for (text, want) in [
            ("The company will cut 1200 jobs.", "1200 jobs"),
            ("Around 1500 people were evacuated on Monday.", "1500 people"),
            ("La empresa eliminará 1200 empleos.", "1200 empleos"),
            // A year where one stands: after "in", before no noun, or in the range of the news's years.
            ("The castle was built in 1200 by monks.", "1200"),
            ("In 1850 farmers grew rice here.", "1850"),
            ("Emissions fell below 2019 levels.", "2019"),
        ] {
            assert_eq!(of(FactKind::Number, text), [want], "{text}");
        }
        assert!(facts("The castle was built in 1200 by monks.").iter().any(|f| f.unit == "year"));
    }

    #[test]
    fn spelled_numbers_need_a_noun() {
        assert_eq!(of(FactKind::Number, "It lasted three years."), ["three years"]);
        // Past a hundred, the words of one count are one figure.
        let k = |t: &str| keys(FactKind::Number, t);
        assert_eq!(k("It cheated three hundred and twelve retirees."), k("It cheated 312 retirees."));
        assert_eq!(k("Two thousand four hundred and fifty people came."), k("2,450 people came."));
        assert_eq!(k("Nine hundred ninety-nine people came."), k("999 people came."));
        assert_eq!(of(FactKind::Number, "Three hundred people came."), ["Three hundred people"]);
        assert!(of(FactKind::Number, "One of the three was there.").is_empty());
    }

    #[test]
    fn name_variants_fold_to_one_key() {
        assert_eq!(entity_key("Kim Jong-un"), entity_key("Kim Jong Un"));
        assert_eq!(entity_key("Kim Jong un"), entity_key("KIM JONG UN"));
        let e = of(FactKind::Entity, "A letter went to Kim Jong un on Monday.");
        assert_eq!(e, ["Kim Jong un"]);
        let e = of(FactKind::Entity, "A letter went to Kim Jong-un, they said.");
        assert_eq!(e, ["Kim Jong-un"]);
    }

    #[test]
    fn entities_skip_titles_adjectives_and_sentence_starts() {
        let e = of(
            FactKind::Entity,
            "Although Russian President Vladimir Putin met Mr Kim in Moscow, the Soviet Union fell.",
        );
        assert_eq!(e, ["Vladimir Putin", "Kim", "Moscow", "Soviet Union"]);
        let f = facts("Mr Kim arrived. Kim said yes.");
        let ents: Vec<_> = f.iter().filter(|f| f.kind == FactKind::Entity).collect();
        assert_eq!(ents.len(), 2);
        assert!(ents[0].person);
        let e = of(FactKind::Entity, "The Bank of England and Russian-backed forces met on Monday in May.");
        assert_eq!(e, ["Bank of England"]);
        assert_eq!(of(FactKind::Entity, "• Relations grew with Kim(L) and Soviet-era arms."), ["Kim"]);
        let e = of(FactKind::Entity, "Aid reached North Korean towns, said Jack Grealish and Iain Duncan on Monday.");
        assert_eq!(e, ["Jack Grealish", "Iain Duncan"]);
    }

    #[test]
    fn initialisms_keep_their_stops_and_their_name_and_month_abbreviations_are_no_names() {
        let e = of(FactKind::Entity, "The quake struck at dawn, the U.S. Geological Survey said on Feb. 28 in Denver.");
        assert_eq!(e, ["U.S. Geological Survey", "Denver"]);
        assert_eq!(entity_key("U.S. Geological Survey"), entity_key("US Geological Survey"));
        assert!(is_initialism("U.S.") && is_initialism("D.C.") && !is_initialism("Mr.") && !is_initialism("U.S"));
        assert_eq!(of(FactKind::Number, "It will close two U.S. plants by May."), ["two U.S. plants"]);
    }

    #[test]
    fn a_measure_counts_the_same_written_short_long_or_glued() {
        let k = |text: &str| {
            facts(text).into_iter().filter(|f| f.kind == FactKind::Number).map(|f| f.key).collect::<Vec<_>>()
        };
        let long = k("The quake struck 35 kilometres deep, officials said.");
        assert_eq!(k("The quake struck 35 km deep, officials said."), long);
        assert_eq!(k("The quake struck 35km deep, officials said."), long);
        assert_eq!(k("The quake struck 35 kilometers deep, officials said."), long);
        assert_ne!(k("The quake struck 35 miles deep, officials said."), long);
    }

    #[test]
    fn a_firm_with_its_legal_form_or_without_it_is_one_name() {
        let key = |text: &str| {
            extract_sentences(&[(text, 0)]).into_iter().find(|f| f.kind == FactKind::Entity).map(|f| f.key)
        };
        let with = key("The maker, Northwind Foods Inc., said the plant would close.");
        assert!(with.is_some());
        assert_eq!(with, key("The maker, Northwind Foods, said the plant would close."));
        assert_eq!(key("Shares in Harbour Shipping PLC fell."), key("Shares in Harbour Shipping fell."));
        // The text keeps it.
        let e = of(FactKind::Entity, "Shares in Harbour Shipping PLC fell.");
        assert_eq!(e, ["Harbour Shipping PLC"]);
    }

    #[test]
    fn a_title_before_a_body_s_noun_is_part_of_the_body_s_name() {
        let e = of(FactKind::Entity, "The striker joined Northbridge United, the Premier League club said.");
        assert_eq!(e, ["Northbridge United", "Premier League"]);
        let e = of(FactKind::Entity, "The General Assembly voted on Monday, said President Lula.");
        assert_eq!(e, ["General Assembly", "Lula"]);
    }

    #[test]
    fn the_office_after_a_title_and_of_is_not_part_of_the_name() {
        let e =
            of(FactKind::Entity, "Secretary of State Antony Blinken met Director of Football Hugo Viana in Lisbon.");
        assert_eq!(e, ["Antony Blinken", "Hugo Viana", "Lisbon"]);
        let e = of(FactKind::Entity, "The Minister of Defence said on Monday that Paris would wait.");
        assert_eq!(e, ["Paris"]);
        let e =
            of(FactKind::Entity, "The Bank of England kept rates, said Governor of the Bank of England Andrew Bailey.");
        assert_eq!(e, ["Bank of England", "Bank of England", "Andrew Bailey"]);
        // The office after the person: a body, and no person inside it.
        let e = of(FactKind::Entity, "Rates stay, said Andrew Bailey, Governor of the Bank of England, on Monday.");
        assert_eq!(e, ["Andrew Bailey", "Bank of England"]);
        let e = of(FactKind::Entity, "Then Antony Blinken, Secretary of State, flew to Lisbon.");
        assert_eq!(e, ["Antony Blinken", "Lisbon"]);
    }

    #[test]
    fn business_titles_are_not_part_of_a_name_and_numbers_are_no_names() {
        let e =
            of(FactKind::Entity, "Temperatures hit 41C, and Chief Executive Rebecca Lindqvist apologised to Halden.");
        assert_eq!(e, ["Rebecca Lindqvist", "Halden"]);
        let f = facts("Temperatures hit 41C, and Brightline CEO Rebecca Lindqvist apologised.");
        assert!(f.iter().any(|f| f.kind == FactKind::Entity && f.text == "Rebecca Lindqvist" && f.person), "{f:#?}");
    }

    #[test]
    fn a_large_count_names_its_noun_after_of() {
        let k = |text: &str| {
            facts(text).into_iter().filter(|f| f.kind == FactKind::Number).map(|f| f.unit).collect::<Vec<_>>()
        };
        assert_eq!(
            k("It is recalling 1.4 million of the 5.8-quart fryers in the US."),
            k("It is recalling 1.2 million air fryers.")
        );
        assert_eq!(k("Two of the five were hurt."), Vec::<String>::new());
    }

    #[test]
    fn a_bracket_after_a_count_opens_no_noun_of_it() {
        let numbers = |text: &str| {
            facts(text).into_iter().filter(|f| f.kind == FactKind::Number).map(|f| f.text).collect::<Vec<_>>()
        };
        assert_eq!(numbers("Flood Kills At Least Nine (Full Story)"), Vec::<String>::new());
    }

    #[test]
    fn a_second_clauses_count_counts_the_noun_it_leaves_out() {
        let keys = |text: &str| {
            facts(text).into_iter().filter(|f| f.kind == FactKind::Number).map(|f| f.key).collect::<Vec<_>>()
        };
        let seven = keys("Seven people died.")[0].clone();
        let people = |n: &str| seven.replacen('7', n, 1);
        assert_eq!(keys("Seven people have died and six are still unaccounted for."), [seven.clone(), people("6")]);
        assert_eq!(keys("Seven people are known to have died and four remain missing."), [seven.clone(), people("4")]);
        // A count whose own noun follows keeps it; a clause with no count before it counts nothing left out.
        assert_eq!(keys("Seven people died and 40 homes were flooded.")[1], keys("40 homes were flooded.")[0]);
        assert_eq!(keys("The river rose and six were rescued."), Vec::<String>::new());
    }

    #[test]
    fn others_after_a_count_is_its_noun() {
        let k = |text: &str| {
            facts(text).into_iter().filter(|f| f.kind == FactKind::Number).map(|f| f.unit).collect::<Vec<_>>()
        };
        assert_eq!(k("The blast killed two workers and injured 11 others on Monday."), ["worker", "other"]);
        // Only right after the count: "others" further on ends the noun as any stopword does.
        assert_eq!(k("Police held 30 protesters and others."), ["protest"]);
    }

    #[test]
    fn function_words_of_other_languages_end_names_and_counted_nouns() {
        let text = "El sismo se registró a las 4.12 de la madrugada y sacudió el sur de Perú y dejó 12 muertos.";
        assert_eq!(of(FactKind::Number, text), ["4.12", "12 muertos"]);
        assert_eq!(of(FactKind::Entity, text), ["Perú"]);
        // A particle before a capital still joins a name; "un" still ends a Korean one.
        assert_eq!(of(FactKind::Entity, "Informó el Instituto Geofísico del Perú."), ["Instituto Geofísico del Perú"]);
        assert_eq!(of(FactKind::Entity, "He wrote to Kim Jong un on Monday."), ["Kim Jong un"]);
        // A weekday in another language is no name, and the preposition before it no piece of one.
        let text = "Das sagte Helen Marsh am Mittwoch.";
        assert_eq!(of(FactKind::Entity, text), ["Helen Marsh"]);
        assert_eq!(of(FactKind::Entity, "Le ministre Jean Dupont a parlé mardi."), ["Jean Dupont"]);
    }

    #[test]
    fn accents_do_not_part_a_name() {
        assert_eq!(entity_key("Lucía Ramírez Quispe"), entity_key("Lucia Ramirez Quispe"));
        assert_eq!(entity_key("Daniel Castañeda"), "danielcastaneda");
        assert_eq!(entity_key("Łódź"), "lodz");
        assert_eq!(entity_key("Москва"), "москва");
    }

    #[test]
    fn possessives_end_a_name() {
        let e = of(FactKind::Entity, "It marked Pyongyang’s liberation by the Red Army.");
        assert_eq!(e, ["Pyongyang", "Red Army"]);
        // Not before the noun of a place named for someone: that is one name.
        let e = of(FactKind::Entity, "Four were taken to St Brigid's Hospital in Kestrelport.");
        assert_eq!(e, ["St Brigid's Hospital", "Kestrelport"]);
        assert_eq!(entity_key("St Brigid's Hospital"), entity_key("St Brigid’s Hospital"));
        let e = of(FactKind::Entity, "It is Putin's Russia now, said Anna Berg.");
        assert_eq!(e, ["Putin", "Russia", "Anna Berg"]);
        // Nor before the body an office serves, after a title or a longer name; one name alone may be
        // anyone's.
        let e = of(FactKind::Entity, "The Information Commissioner's Office and the Mayor's Office were told.");
        assert_eq!(e, ["Information Commissioner's Office", "Mayor's Office"]);
        let e = of(FactKind::Entity, "It cited Google's Board in Mountain View.");
        assert_eq!(e, ["Google", "Board", "Mountain View"]);
        // A plural's possessive, which keeps only its apostrophe, inside a body's name.
        let e = of(FactKind::Entity, "The Retail Workers' Alliance and the Food Suppliers’ Association met in Leeds.");
        assert_eq!(e, ["Retail Workers' Alliance", "Food Suppliers’ Association", "Leeds"]);
        // A closing quotation mark after a plural ends the name as before.
        let e = of(FactKind::Entity, "She called them 'the Smiths' and Leeds laughed.");
        assert_eq!(e, ["Smiths", "Leeds"]);
    }

    #[test]
    fn a_title_before_the_noun_of_a_place_is_part_of_its_name() {
        let e =
            of(FactKind::Entity, "Patients at Leeds General Infirmary and Massachusetts General Hospital were moved.");
        assert_eq!(e, ["Leeds General Infirmary", "Massachusetts General Hospital"]);
        let e = of(FactKind::Entity, "Hackers hit Northbrook General Hospital, General Ana Ruiz said.");
        assert_eq!(e, ["Northbrook General Hospital", "Ana Ruiz"]);
    }

    #[test]
    fn every_number_word_passes_the_quick_tests() {
        for (w, v) in NUMBER_WORDS {
            assert_eq!(number_word(w), Some(*v), "{w}");
            assert_eq!(number_word(&w.to_uppercase()), Some(*v), "{w}");
            assert!(may_start_number(&format!("“{w},")), "{w}");
        }
        // "one" only for "one in five" ([`ratio_at`]).
        assert!(!may_start_number("bridge") && may_start_number("“one"));
        assert!(may_start_number("(30") && may_start_number("$45") && may_start_number("February"));
    }

    #[test]
    fn dashes_numbers_and_first_persons_are_not_names() {
        assert_eq!(
            of(FactKind::Entity, "INVERNESS, Scotland — Twelve people were killed, Police Scotland said."),
            ["INVERNESS", "Scotland", "Police Scotland"]
        );
        assert!(of(FactKind::Entity, "She said: “Well, I’ve never seen anything like it.”").is_empty());
        assert_eq!(of(FactKind::Entity, "Local MP Owen Price said the barrier had failed."), ["Owen Price"]);
        assert_eq!(of(FactKind::Entity, "It was the first time since World War Two."), ["World War Two"]);
    }

    #[test]
    fn a_live_blogs_entry_starts_after_its_time_stamp() {
        let names = |text: &str| of(FactKind::Entity, text);
        // The entry's first word is capitalised as a sentence's is.
        assert!(names("22:41 — Turnout confirmed at 61.7%, up from 54.9% in 2021.").is_empty());
        assert!(names("20:00: Polls are now closed.").is_empty());
        assert!(names("10.30pm First results are in.").is_empty());
        // Nor does a word a stamp opened enter the names another sentence's first word is checked against.
        assert!(names("22:14 — Turnout was high. Turnout reached 61.7%.").is_empty());
        // A shouted entry names nobody; a name after the stamp is still one.
        assert!(names("23:47 — IT'S OFFICIAL.").is_empty());
        assert!(names("BREAKING NEWS!").is_empty());
        for entry in ["Harbour Alliance holds Quayside comfortably.", "Vantreight thanked Anna Berg."] {
            assert_eq!(names(&format!("22:14 — {entry}")), names(entry), "{entry}");
            assert!(!names(entry).is_empty());
        }
        // A figure inside a sentence is no stamp.
        assert_eq!(names("By 22:14 Turnout Monitor had closed."), ["Turnout Monitor"]);
    }

    #[test]
    fn a_summary_boxs_heading_states_no_fact() {
        assert!(facts("KEY FIGURES (third quarter 2025)").is_empty());
        assert!(facts("Key points: 2025").is_empty());
        assert_eq!(of(FactKind::Number, "Key figures rose 12% in 2025."), ["12%", "2025"]);
    }

    #[test]
    fn a_count_whose_noun_is_left_out_is_no_part_of_a_name() {
        let names = |text: &str| of(FactKind::Entity, text);
        let text = "In the council, Civic Renewal took 11 seats and the Greens 3.";
        assert_eq!(names(text), ["Civic Renewal", "Greens"]);
        assert_eq!(names("In all, Labour won 12 seats, the Tories 9, Reform 2."), ["Labour", "Tories", "Reform"]);
        // A name with its figure at a sentence's end is still one.
        assert_eq!(names("Orbitel sold 5 million units of the Nova 7."), ["Nova 7"]);
        assert_eq!(names("Orbitel sold 5 million units of the Nova 7, its best seller."), ["Nova 7"]);
        assert_eq!(names("They sold 5 million units, and the Nova 7 led."), ["Nova 7"]);
    }

    #[test]
    fn datelines_name_places_and_kickers_name_nobody() {
        assert_eq!(
            of(FactKind::Entity, "SAN JOSE, Calif. (AP) — TechCorp will cut jobs, Anna Berg said."),
            ["SAN JOSE", "Calif", "AP", "TechCorp", "Anna Berg"]
        );
        assert_eq!(of(FactKind::Entity, "COACH HORROR: Pensioners died near Dalwhinnie on Saturday."), ["Dalwhinnie"]);
        assert_eq!(
            of(FactKind::Entity, "HARWICK, England (Reuters) - The barrier failed."),
            ["HARWICK", "England", "Reuters"]
        );
    }

    #[test]
    fn round_counts_name_what_they_count_after_of() {
        assert_eq!(
            of(
                FactKind::Number,
                "Hundreds of people were evacuated. Thousands protested. Dozens injured were treated."
            ),
            ["Hundreds of people"]
        );
        assert_eq!(of(FactKind::Number, "Hundreds evacuated as river bursts"), Vec::<String>::new());
    }

    #[test]
    fn outside_a_dateline_a_word_after_a_full_stop_starts_a_sentence() {
        // Here a quoted one: its first word is no name for being capitalised.
        assert!(of(FactKind::Entity, "“We are ready. Later we will talk,” she said.").is_empty());
    }

    #[test]
    fn titles_are_known_in_any_case_and_with_a_full_stop() {
        assert!(TITLES.iter().all(|t| t.len() <= 14 && is_title(t) && is_title(&t.to_uppercase())));
        assert!(is_title("Mr.") && is_title("Supt") && !is_title("Mrs-") && !is_title("Putin") && !is_title("é"));
    }

    #[test]
    fn headings_yield_no_names() {
        assert!(of(FactKind::Entity, "Benefits Of The Expansion For Both Countries").is_empty());
        assert!(of(FactKind::Entity, "Bilateral Relations between Harbour Towns").is_empty());
        // A headline in sentence case still names names.
        assert_eq!(of(FactKind::Entity, "Mayor vows to rebuild the bridge over the Elm River"), ["Elm River"]);
    }
}
