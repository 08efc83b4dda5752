//! Sentence splitting inside one block. The splitter (sentencex) sits behind [`split`], so it can be swapped.
//!
//! Two repairs follow the splitter: fragments made only of punctuation (the second dot of "move. .") are
//! merged into the sentence before them, and whitespace inside a sentence is collapsed to single spaces so
//! that every printer and widget gets one clean line per sentence.
//!
//! Plain prose (see `is_plain`) needs only a small part of the splitter, which is called directly for it,
//! and so does prose whose quotations hold no sentence end (see `is_quoted_prose`); a paragraph of one
//! sentence with quotation marks (see `is_one_sentence`) needs none of it.

use crate::normalize::words;
use crate::text::Text;
use sentencex::languages::{English, Language};
use std::borrow::Cow;

/// Blocks longer than this are cut at sentence-like breaks before the splitter sees them, so a 16 MB
/// one-line file costs linear time and gives a coarse but finite result.
const MAX_PIECE: usize = 16 * 1024;

/// Above this size `sentencex::segment` cuts a text at its paragraph breaks and drops the breaks; below it,
/// it is the English segmenter itself.
const SENTENCEX_CHUNK: usize = 10 * 1024;

/// Split one block into sentences, each with its whitespace collapsed.
pub fn split(block: &str) -> Vec<String> {
    // Room for the sentences of most blocks, so that the vector seldom grows.
    let mut out = Vec::with_capacity(8);
    split_with(block, |sentence| out.push(sentence.into_owned()));
    out
}

/// [`split`], for a block kept as shared [`Text`], each sentence handed to `each` in turn: a sentence
/// that stands in the block as it is (nearly every one) is a range of the block's text, not a copy.
/// Loading hands each straight on to the article's list; a list for every block was an allocation per
/// paragraph.
pub fn split_text(block: &Text, mut each: impl FnMut(Text)) {
    split_with(block, |sentence| each(block.part(sentence)));
}

/// Split `block` into sentences, each handed to `emit` as a slice of `block` when it stands there as it
/// is, or as a collapsed copy.
fn split_with<'a>(block: &'a str, mut emit: impl FnMut(Cow<'a, str>)) {
    // The last sentence waits until the next one shows it is not to be merged with a wordless fragment.
    let mut last: Option<Cow<'_, str>> = None;
    let mut push = |mut text: Cow<'a, str>| {
        // A bracket closed right after a sentence's mark ("drew complaints?) Officials said") is cut off
        // with the next sentence, or alone: it goes back to the sentence it closes, with no space before
        // it, where a space had misquoted the text ("complaints? )").
        if let Some(prev) = &mut last
            && text.starts_with([')', ']'])
        {
            let closers = text.len() - text.trim_start_matches([')', ']']).len();
            prev.to_mut().push_str(&text[..closers]);
            text = match text {
                Cow::Borrowed(t) => Cow::Borrowed(t[closers..].trim_start()),
                Cow::Owned(t) => Cow::Owned(t[closers..].trim_start().to_string()),
            };
        }
        if text.is_empty() {
            return;
        }
        let wordless = !text.chars().any(char::is_alphanumeric);
        match &mut last {
            Some(prev) if wordless || is_link_only(&text) || ends_in_abbreviation(prev, &text) => {
                let prev = prev.to_mut();
                prev.push(' ');
                prev.push_str(&text);
            }
            _ => {
                if let Some(done) = last.replace(text) {
                    emit(done);
                }
            }
        }
    };
    for piece in pieces(block) {
        if is_plain(piece) {
            // Sentences cut from a piece that is single-spaced throughout need only their ends trimmed.
            let spaced = is_single_spaced(piece);
            plain_sentences(piece, |raw| push(if spaced { Cow::Borrowed(raw.trim()) } else { collapsed(raw) }));
        } else if is_one_sentence(piece) {
            push(collapsed(piece));
        } else if is_quoted_prose(piece) {
            let spaced = is_single_spaced(piece);
            plain_sentences(piece, |raw| push(if spaced { Cow::Borrowed(raw.trim()) } else { collapsed(raw) }));
        } else if crate::segment::holds_segmented(piece) {
            // (Asked after the two tests above, which a piece of those scripts never passes: they hold only
            // ASCII and curly quotation marks.)
            for raw in unstopped_sentences(piece) {
                push(collapsed(raw));
            }
        } else {
            for raw in segment(piece) {
                push(collapsed(raw));
            }
        }
    }
    if let Some(done) = last {
        emit(done);
    }
}

/// The sentences of a piece written in Thai, Lao, Khmer or Burmese ([`crate::segment`]), which end no
/// sentence with a full stop: Thai and Lao end one with a space, Khmer with "។", Burmese with "။". A full stop
/// there closes a shortened word ("จ.ภูผาทอง", the province of Phu Pha Thong; "17 ก.ย." for 17 September),
/// where sentencex cut the sentence, inside a name.
///
/// The piece is cut after "?", "!", "។" or "။", and after a full stop that follows a word of another script
/// ("… by the governor." in English) and stands before a space. A space alone ends no sentence here: Thai
/// sets one between phrases, and between a name and a surname, as often as between sentences.
fn unstopped_sentences(piece: &str) -> impl Iterator<Item = &str> {
    let mut rest = piece;
    std::iter::from_fn(move || {
        let mut prev: Option<char> = None;
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let ends = match c {
                '?' | '!' | '។' | '။' => true,
                '.' => prev.is_some_and(|p| !crate::segment::is_segmented(p) && !p.is_ascii_digit()),
                _ => false,
            };
            let next = chars.peek().map(|&(_, n)| n);
            if ends && next.is_none_or(char::is_whitespace) {
                let at = i + c.len_utf8();
                let (sentence, after) = rest.split_at(at);
                rest = after.trim_start();
                return Some(sentence.trim());
            }
            prev = Some(c);
        }
        let last = rest.trim();
        rest = "";
        (!last.is_empty()).then_some(last)
    })
}

/// Titles written shortened before a name that sentencex does not know, so that it ends a sentence after
/// them: "Council leader Cllr." | "Marcus O'Neill said …". British councillors and aldermen, commanders
/// and captains, ambassadors, attorneys, monsignors.
const TITLES: &[&str] = &["Cllr", "Coun", "Ald", "Cdr", "Cpt", "Amb", "Atty", "Msgr"];
/// Words written shortened before a figure that sentencex ends a sentence after: "approx.", and its French
/// form "env." (environ): "soit env." | "4,5 M€".
const BEFORE_FIGURES: &[&str] = &["approx", "env"];

/// Whether `prev` ends in a shortened word that `next` goes on from, as one sentence: a title before the
/// name that opens `next`, or an "approx." before its figure.
fn ends_in_abbreviation(prev: &str, next: &str) -> bool {
    // Every sentence but the last of a paragraph is asked: its last word is found within its last few
    // bytes, and a longer one rules it out (splitting the whole sentence at its spaces was 0.5% of
    // comparing two long reports).
    let Some((&b'.', body)) = prev.as_bytes().split_last() else { return false };
    let from = body.len().saturating_sub(LONGEST_SHORTENED + 1);
    let word = match body[from..].iter().rposition(|&c| c == b' ') {
        Some(space) => &body[from + space + 1..],
        None if body.len() <= LONGEST_SHORTENED => body,
        None => return false,
    };
    // A day written as German writes it, a figure and a full stop ("am 6." | "März um 0,25 Punkte", "vom
    // 1." | "bis 3. Oktober"): before a month's name, or a word in lower case, which opens no sentence.
    if (1..=2).contains(&word.len()) && word.iter().all(u8::is_ascii_digit) {
        let next_word = next.split(' ').next().unwrap_or_default().trim_end_matches([',', '.']);
        return next.starts_with(char::is_lowercase) || crate::facts::any_month(next_word).is_some();
    }
    // A time's "a.m." or "p.m." before its zone ("at 2:00 p.m." | "PT to discuss the results") or its day
    // ("at 3 p.m." | "Tuesday.", as American reports write it): both go on with the time, and no sentence
    // opens with a zone; one that opens with a weekday and runs on past it is rare.
    if matches!(word, b"a.m" | b"p.m" | b"A.M" | b"P.M") {
        let after = next.split(' ').next().unwrap_or_default().trim_end_matches([',', '.', ';', ')']);
        return crate::matrix::is_zone_name(after) || crate::matrix::is_weekday(after);
    }
    // Each of the words is three to six letters, and opens with one of five.
    if !(3..=LONGEST_SHORTENED).contains(&word.len()) || !matches!(word[0], b'A' | b'C' | b'M' | b'a' | b'e') {
        return false;
    }
    let first = next.chars().next();
    let is = |list: &[&str]| list.iter().any(|w| w.as_bytes() == word);
    (first.is_some_and(char::is_uppercase) && is(TITLES))
        || (first.is_some_and(|c| c.is_ascii_digit()) && is(BEFORE_FIGURES))
}

/// The longest word of [`TITLES`] and [`BEFORE_FIGURES`].
const LONGEST_SHORTENED: usize = 6;

/// What `sentencex::segment("en", piece)` returns, without building a boxed language for every call, with
/// its cuts at decimal points between digits of another script undone ([`rejoin_decimals`]).
fn segment(piece: &str) -> Vec<&str> {
    let mut cut =
        if piece.len() > SENTENCEX_CHUNK { sentencex::segment("en", piece) } else { English {}.segment(piece) };
    rejoin_decimals(piece, &mut cut);
    cut
}

/// Undo each cut of `cut`, sentences of `piece`, after a decimal point between two digits: sentencex
/// (0.1.33) keeps a full stop inside a figure only before an ASCII digit, and cut "۳.۱ میلیون" (3.1
/// million, in Persian digits) after "۳.". Only where nothing stands between the point and the digit.
///
/// Each cut is asked about, not the text: a search of every piece for such digits cost comparing two
/// long reports in English 1 M instructions.
fn rejoin_decimals<'a>(piece: &'a str, cut: &mut Vec<&'a str>) {
    let at = |s: &str| s.as_ptr() as usize - piece.as_ptr() as usize;
    cut.dedup_by(|next, prev| {
        let (before, after) = (prev.trim_end(), next.trim_start());
        let point = before.strip_suffix('.').is_some_and(|b| b.ends_with(crate::digits::is_any_digit));
        let joins = point && after.starts_with(crate::digits::is_any_digit) && at(before) + before.len() == at(after);
        if joins {
            *prev = &piece[at(prev)..at(next) + next.len()];
        }
        joins
    });
}

/// Whether sentencex (0.1.33) would find, in `text`, no quotation, no bracketed span, no e-mail address, no
/// list item and no paragraph break: printable ASCII without quote marks, opening brackets, `)` or `@`.
/// For such text its English segmenter does no more than test each run of `.`, `!` and `?` with
/// `Language::find_boundary`, which [`plain_sentences`] calls directly. (Inside a line sentencex looks for
/// list markers only when the line holds a `)` or a Unicode bullet, so a plain text can have one marker
/// at most, at its start; and a lone marker is no list unless it is a bullet or a bracketed form like
/// `(a)`.) Without a newline, the paragraph chunking of `sentencex::segment` changes nothing either,
/// whatever the length.
fn is_plain(text: &str) -> bool {
    // A fold without an early exit, so the compiler can test many bytes at once.
    !text.bytes().fold(false, |found, c| {
        found | !(b' '..0x80).contains(&c) | matches!(c, b'"' | b'\'' | b'`' | b'(' | b')' | b'[' | b'<' | b'{' | b'@')
    })
}

/// Whether sentencex (0.1.33) returns `piece` whole, as one sentence: one line of printable ASCII and curly
/// quotation marks, with no bracket, `<`, `>`, `@` or backtick, not opening with a list bullet, whose only
/// run of `.`, `!` and `?` ends it, with nothing after but one closing double quotation mark (`”` or `"`)
/// and spaces.
///
/// Such a piece gives sentencex one place to break at most, its end: no list marker can stand in it
/// (those need a bracket, a bullet, or a full stop after a number or a letter that is not the end), and
/// a quotation around the end only moves the break past its closing mark. Closing single quotation marks
/// (`’`, `'`) and two closers in a row are left to sentencex: after `Mr!’'` it breaks between the two.
///
/// News is written one sentence a paragraph, nearly every one with a quotation mark, and sentencex read
/// each of those in full, looking for list markers at every word of a line with a curly quote: 15% of
/// loading a report written so. (The property test `one_sentence_pieces_are_sentencex_sentences` holds
/// this to sentencex.)
fn is_one_sentence(piece: &str) -> bool {
    let body = piece.trim_end_matches(' ');
    let body = body.strip_suffix(['”', '"']).unwrap_or(body);
    let last_word = body.char_indices().rev().find(|&(_, c)| !matches!(c, '.' | '!' | '?'));
    let Some(run) = last_word.map(|(i, c)| i + c.len_utf8()) else { return false };
    if run == body.len() {
        return false;
    }
    let body = &body[..run];
    !body.trim_start().starts_with(['*', '+', '-'])
        && by_curly_marks(body.as_bytes(), |stretch, _| !has_any::<true, false, false>(stretch))
}

/// Whether sentencex (0.1.33) cuts `piece` as it cuts plain prose ([`is_plain`], [`plain_sentences`]): one
/// line of printable ASCII and curly double quotation marks, with no `[`, `{`, `<`, `>`, `@`, backtick or
/// other quotation mark, not opening with a list bullet, whose quotations open with `“`, close with `”`,
/// do not nest, and hold no `.`, `!` or `?` but decimal points ([`only_decimal_points`]), and whose round
/// brackets are plain asides ([`asides_are_plain`]).
///
/// sentencex sets a quotation apart so as not to break inside it; with no terminator inside one, there is
/// nothing to set apart, and every run of terminators is judged by `find_boundary` alone, as in plain prose.
/// (A closing mark can never stand right after a run, where sentencex would carry the break past it.)
///
/// News quotes people in nearly every paragraph, mostly in words that run on into the sentence ("“It was
/// the worst storm in years,” she said."), and sentencex looked for list markers at every word of each
/// such paragraph: a seventh of loading a long report. Asides in brackets ("the ferry (the only link to the
/// island) sailed") were four in five of the paragraphs left to sentencex in a report written one sentence
/// a paragraph. (The property tests `quoted_prose_splits_as_plain_prose` and
/// `prose_with_asides_splits_as_plain_prose` hold this to sentencex.)
fn is_quoted_prose(piece: &str) -> bool {
    if piece.trim_start().starts_with(['*', '+', '-']) {
        return false;
    }
    let mut open = false;
    by_curly_marks(piece.as_bytes(), |stretch, mark| {
        let clean = !has_any::<false, true, true>(stretch) && (!open || only_decimal_points(stretch));
        clean
            && asides_are_plain(stretch)
            && match mark {
                Some(OPENING_DOUBLE) if !open => {
                    open = true;
                    true
                }
                Some(CLOSING_DOUBLE) if open => {
                    open = false;
                    true
                }
                Some(_) => false,
                None => !open,
            }
    })
}

/// The last byte of `“` and of `”` in UTF-8 (E2 80 9C and E2 80 9D); `‘` and `’` end in 98 and 99.
const OPENING_DOUBLE: u8 = 0x9C;
const CLOSING_DOUBLE: u8 = 0x9D;

/// Walk `text` from one curly quotation mark (`‘ ’ “ ”`) to the next: `each` gets every stretch between
/// them and the last byte of the mark that ends it (`None` for the stretch that ends the text), and says
/// whether to go on. False as soon as `each` says no, or a character that begins like a quotation mark
/// is another (a dash, a bullet).
///
/// The shortcuts ask every paragraph of news whether it is theirs, byte by byte: decoding each character
/// cost as much as the splitting they save. Between the marks, a test without an early exit
/// ([`has_any`]) lets the compiler test many bytes at once.
fn by_curly_marks(text: &[u8], mut each: impl FnMut(&[u8], Option<u8>) -> bool) -> bool {
    let mut from = 0;
    loop {
        let Some(at) = memchr::memchr(0xE2, &text[from..]).map(|i| from + i) else {
            return each(&text[from..], None);
        };
        match text.get(at + 1..at + 3) {
            Some(&[0x80, mark @ (0x98 | 0x99 | OPENING_DOUBLE | CLOSING_DOUBLE)])
                if each(&text[from..at], Some(mark)) =>
            {
                from = at + 3;
            }
            _ => return false,
        }
    }
}

/// Whether `bytes` hold anything but printable ASCII, or a bracket (round ones only without `PARENS`), `<`,
/// `>`, `@` or backtick, or (with `TERMINATORS`) a `.`, `!` or `?`, or (with `QUOTES`) a straight
/// quotation mark.
fn has_any<const TERMINATORS: bool, const QUOTES: bool, const PARENS: bool>(bytes: &[u8]) -> bool {
    bytes.iter().fold(false, |found, &c| {
        found
            | !(b' '..=b'~').contains(&c)
            | matches!(c, b'`' | b'[' | b']' | b'{' | b'}' | b'<' | b'>' | b'@')
            | (!PARENS & matches!(c, b'(' | b')'))
            | (TERMINATORS & matches!(c, b'.' | b'!' | b'?'))
            | (QUOTES & matches!(c, b'"' | b'\''))
    })
}

/// Whether the only `.`, `!` or `?` in `stretch` (a quotation) are decimal points: a `.` right before a
/// digit ("15.3 percent", ".5"). sentencex sets a quotation apart and never breaks inside it; the plain
/// path asks `find_boundary` about each run instead, which never breaks before a digit. (Such a dot never
/// joins a run before it either: only blanks may stand between runs that join, and the opening mark
/// stands between the quotation and any run outside it.)
fn only_decimal_points(stretch: &[u8]) -> bool {
    memchr::memchr3_iter(b'.', b'!', b'?', stretch)
        .all(|i| stretch[i] == b'.' && stretch.get(i + 1).is_some_and(u8::is_ascii_digit))
}

/// Whether the round brackets in `stretch` (a stretch of quoted prose between curly marks) are asides
/// sentencex (0.1.33) has nothing to do with: each `(` closes with a `)` in the same stretch, none nests,
/// none holds a `.`, `!` or `?`, and none ends in what sentencex could take for a list marker.
///
/// sentencex sets a bracketed span apart so as not to break inside it: with no terminator inside, there
/// is nothing to set apart. But a line with a `)` is also searched for list markers at every word, and a
/// marker is a word closed by `)`: `(a)`, `(12)`, `(iv)`, or `a)`, `12)`, `iv)` after a space. So the span
/// as a whole, and its last word, must be neither digits, nor one letter, nor Roman numerals.
fn asides_are_plain(stretch: &[u8]) -> bool {
    let mut rest = stretch;
    while let Some(open) = memchr::memchr2(b'(', b')', rest) {
        let inner = &rest[open + 1..];
        let Some(close) = memchr::memchr2(b'(', b')', inner) else { return false };
        if rest[open] == b')' || inner[close] == b'(' {
            return false;
        }
        let inner = &inner[..close];
        let last_word = inner.rsplit(|&c| c == b' ').next().unwrap_or_default();
        if inner.iter().any(|c| matches!(c, b'.' | b'!' | b'?')) || may_mark_list(inner) || may_mark_list(last_word) {
            return false;
        }
        rest = &rest[open + 1 + close + 1..];
    }
    true
}

/// Whether `word`, closed by `)`, may be a list marker to sentencex: nothing, digits, one letter, or
/// letters that are all Roman numerals ("civil" as much as "iv").
fn may_mark_list(word: &[u8]) -> bool {
    let roman = |c: &u8| matches!(c.to_ascii_lowercase(), b'i' | b'v' | b'x' | b'l' | b'c' | b'd' | b'm');
    word.len() <= 1 || word.iter().all(u8::is_ascii_digit) || word.iter().all(roman)
}

/// Whether `text` has no two spaces in a row. In a plain text (no tab, newline or other control
/// character) every trimmed slice is then already collapsed.
fn is_single_spaced(text: &str) -> bool {
    // A search, not the byte fold of `is_collapsed`: here the fold cost 2.7 M more instructions on the
    // generated wire-style pair than the search's vector scan.
    !text.contains("  ")
}

/// The sentences the English segmenter of sentencex (0.1.33) cuts a plain text into (see [`is_plain`]), in
/// order. It breaks where `find_boundary` says for each run of terminators, if that moves forward, and at
/// the end; the runs are found the way sentencex's own ASCII scan finds them.
fn plain_sentences<'a>(text: &'a str, mut emit: impl FnMut(&'a str)) {
    let english = English {};
    let mut last = 0;
    let mut take = |(start, end): (usize, usize)| {
        if let Some(at) = english.find_boundary(text, start, end)
            && at > last
        {
            emit(&text[last..at]);
            last = at;
        }
    };
    let bytes = text.as_bytes();
    let mut pending: Option<(usize, usize)> = None;
    let mut cursor = 0;
    while let Some(p) = next_terminator(bytes, cursor) {
        let spaced = if bytes[p] == b'.' {
            spaced_run(bytes, p, |b| b == b'.', 3)
        } else {
            spaced_run(bytes, p, |b| b == b'!' || b == b'?', 2)
        };
        let end = spaced.unwrap_or_else(|| contiguous_run(bytes, p));
        // A run of dots after blanks joins the `!`/`?` run before it (`Bravo ! .`).
        match pending {
            Some(prev) if should_fold(text, prev, p, end) => pending = Some((prev.0, end)),
            _ => {
                if let Some(prev) = pending {
                    take(prev);
                }
                pending = Some((p, end));
            }
        }
        cursor = end;
    }
    // A run that ends the text cuts it where the end does anyway, boundary or not: most paragraphs end so,
    // and asking sentencex about their last run was most of its work on them.
    if let Some(prev) = pending
        && prev.1 < text.len()
    {
        take(prev);
    }
    if last != text.len() {
        emit(&text[last..]);
    }
}

/// The first `.`, `!` or `?` at or after `from`. memchr's three-byte search tests many bytes at once
/// with vector instructions: most bytes are not terminators. (A hand-written sixteen-byte test did the
/// same only as long as the compiler chose to vectorise it, and an unrelated change elsewhere in the
/// crate once turned it back into a byte-by-byte loop that cost 26 M instructions on a 2 MB pair.)
fn next_terminator(bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr3(b'.', b'!', b'?', &bytes[from..]).map(|i| from + i)
}

/// The end of a run of at least `min_total` terminators for which `is_member` holds, starting at `p` and
/// separated by spaces or tabs, as sentencex reads `. . .` and `! ?`.
fn spaced_run(bytes: &[u8], p: usize, is_member: impl Fn(u8) -> bool, min_total: usize) -> Option<usize> {
    let mut count = 1;
    let mut end = p + 1;
    loop {
        let mut k = end;
        while matches!(bytes.get(k), Some(b' ' | b'\t')) {
            k += 1;
        }
        if k > end && bytes.get(k).is_some_and(|&b| is_member(b)) {
            count += 1;
            end = k + 1;
        } else {
            break;
        }
    }
    (count >= min_total).then_some(end)
}

/// A fragment that is one web address and nothing else: the link a social-media post carries after its
/// words ("unreal. pic.twitter.com/AbC123", "https://t.co/xyz"). It belongs to the sentence before it, as a
/// stray full stop does; alone, it showed as a sentence of its own, added or omitted.
fn is_link_only(text: &str) -> bool {
    // An address opens in lower case and holds no space, and nearly every sentence opens with a capital:
    // its first byte rules it out before any search.
    if !text.as_bytes().first().is_some_and(u8::is_ascii_lowercase) || memchr::memchr(b' ', text.as_bytes()).is_some() {
        return false;
    }
    let text = text.trim_end_matches('.');
    if text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.") {
        return true;
    }
    // A host name, then a path: "pic.twitter.com/AbC123".
    let Some((host, _)) = text.split_once('/') else { return false };
    let mut labels = host.split('.');
    // Written in lower case, as addresses are: "U.SA/" is not one.
    let named = |l: &str| !l.is_empty() && l.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    host.contains('.')
        && labels.all(named)
        && host.rsplit('.').next().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// The end of the unbroken run of `.`, `!` and `?` starting at `p`.
fn contiguous_run(bytes: &[u8], p: usize) -> usize {
    let mut end = p + 1;
    while matches!(bytes.get(end), Some(b'.' | b'!' | b'?')) {
        end += 1;
    }
    end
}

/// Whether the run `start..end` folds into the run before it, as in sentencex: a dots-only run separated by
/// blanks from a run ending in `!`, `?` or `…`.
fn should_fold(text: &str, (prev_start, prev_end): (usize, usize), start: usize, end: usize) -> bool {
    let prev = &text[prev_start..prev_end];
    let candidate = &text[start..end];
    let gap = &text[prev_end..start];
    let is_blank = |c: char| matches!(c, ' ' | '\t');
    prev.ends_with(['!', '?', '…'])
        && candidate.starts_with('.')
        && candidate.chars().all(|c| c == '.' || is_blank(c))
        && !gap.is_empty()
        && gap.chars().all(is_blank)
}

/// Collapse runs of whitespace (including no-break spaces and tabs) to one space, and trim.
pub fn collapse(text: &str) -> String {
    collapsed(text).into_owned()
}

/// [`collapse`], borrowing `text` when trimming it is all it takes.
pub fn collapsed(text: &str) -> Cow<'_, str> {
    // Most sentences of a clean file are single-spaced once trimmed (the splitter leaves the space after a
    // sentence on it): one scan, no copy.
    let text = text.trim();
    if is_collapsed(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for w in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    Cow::Owned(out)
}

/// Whether `text` is trimmed and its only whitespace is single ASCII spaces. Each test is a simple scan
/// over bytes; characters are decoded only in text that is not ASCII.
fn is_collapsed(text: &str) -> bool {
    let b = text.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return true };
    // No tab, newline, vertical tab, form feed or return, and no two spaces together. A fold without an
    // early exit, so the compiler can test many bytes at once: nearly every sentence passes, so it is read
    // whole anyway. (A search for two spaces apart cost a little more than testing for them in the fold.)
    let odd = |c: u8| c.wrapping_sub(b'\t') <= b'\r' - b'\t';
    first != b' '
        && last != b' '
        && !odd(last)
        && !b.iter().zip(&b[1..]).fold(false, |found, (&c, &n)| found | odd(c) | ((c == b' ') & (n == b' ')))
        && (text.is_ascii() || !has_wide_space(text))
}

/// Whether `text` holds a whitespace character beyond ASCII (a no-break space, an em space, an ideographic
/// space). Only characters that start with one of the lead bytes such spaces have are decoded: a sentence
/// of news holds curly quotation marks, and decoding all of it for them took a thirtieth of the loading of
/// a news-like report.
fn has_wide_space(text: &str) -> bool {
    let b = text.as_bytes();
    // U+0085 and U+00A0 start with C2, U+1680 with E1, U+2000 to U+205F with E2, U+3000 with E3. Such a
    // byte only ever starts a character, so the slice below is on a character boundary.
    let wide = |i: usize| text[i..].chars().next().is_some_and(char::is_whitespace);
    memchr::memchr3_iter(0xc2, 0xe1, 0xe2, b).any(wide) || memchr::memchr_iter(0xe3, b).any(wide)
}

/// The number of words in a collapsed sentence: its spaces, plus one.
pub fn count_words(collapsed: &str) -> usize {
    if collapsed.is_empty() {
        return 0;
    }
    // Eight bytes at a time: every sentence of every report is counted at load.
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let b = collapsed.as_bytes();
    let mut chunks = b.chunks_exact(8);
    let mut spaces = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) ^ (0x0101_0101_0101_0101 * u64::from(b' '));
        // The high bit of each byte that is not zero (not a space): adding 0x7f to the low seven bits
        // carries into it, and no carry crosses into the next byte.
        let nonzero = (((x & LOW7) + LOW7) | x) & !LOW7;
        spaces += 8 - nonzero.count_ones() as usize;
    }
    spaces += chunks.remainder().iter().filter(|&&c| c == b' ').count();
    spaces + 1
}

/// Cut an over-long block into pieces of at most about [`MAX_PIECE`] bytes, preferring a break after `. `.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        if r.len() <= MAX_PIECE {
            rest = None;
            return Some(r);
        }
        let mut cut = MAX_PIECE;
        while !r.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &r[..cut];
        let at = head
            .rfind(". ")
            .map(|i| i + 2)
            // After the whole space: a no-break space is two bytes, and cutting inside it would panic.
            .or_else(|| head.char_indices().rev().find(|(_, c)| c.is_whitespace()).map(|(i, c)| i + c.len_utf8()))
            .filter(|&i| i > MAX_PIECE / 4)
            .unwrap_or(cut);
        rest = Some(&r[at..]);
        Some(&r[..at])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `split` through `sentencex::segment` alone, then the two repairs: what every shortcut must match.
    fn split_by_sentencex(block: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for piece in pieces(block) {
            for raw in sentencex::segment("en", piece) {
                let mut text = collapse(raw);
                // The merge layer's own rules: a bracket closed after a sentence's mark goes back to it, and
                // a shortened title or "approx." goes on into the next sentence.
                if let Some(prev) = out.last_mut() {
                    let rest = text.trim_start_matches([')', ']']);
                    prev.push_str(&text[..text.len() - rest.len()]);
                    text = rest.trim_start().to_string();
                }
                match out.last_mut() {
                    _ if text.is_empty() => {}
                    Some(prev)
                        if !text.chars().any(char::is_alphanumeric)
                            || is_link_only(&text)
                            || ends_in_abbreviation(prev, &text) =>
                    {
                        prev.push(' ');
                        prev.push_str(&text);
                    }
                    _ => out.push(text),
                }
            }
        }
        out
    }

    fn plain_split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        plain_sentences(text, |s| out.push(s));
        out
    }

    /// Words, abbreviations, initials, numbers and terminator runs that steer sentencex's English rules, and
    /// the spacing between them.
    const PROSE_TOKENS: &str = concat!(
        r"(Mr|Mrs|Dr|St|No|Inc|Jan|Gen|Corp|U\.S|e\.g|i\.e|etc|vs|a\.m|p\.m|A|B|I|J|R|The|He|But|And|It|However",
        r"|word|kung|Kung|dollars|7|12|1990|3\.5|Bg5|!Kung|x",
        r"|\.|\.\.\.|\. \. \.|!|\?|!!|\?!|! !|\? \?|! \.|\. \.|,|;|:|-|\*|\+|/|#|&|%|=|>|\]|\}| | |  )",
    );

    /// Texts matching `pattern`.
    fn matching(pattern: &str) -> proptest::string::RegexGeneratorStrategy<String> {
        proptest::string::string_regex(pattern).expect("a valid pattern")
    }

    /// Texts of up to 40 tokens: mostly prose, some tokens that make sentencex see a list item, a reference, an
    /// e-mail address, a quotation or a bracketed span, and some single characters it reads with care
    /// (tabs, newlines, no-break spaces, curly quotes, bullets, other scripts).
    fn mixed_texts() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let token = proptest::prop_oneof![
            6 => matching(PROSE_TOKENS),
            2 => matching(concat!(
                r" ?[a1]\) | ?\((ii|i|b|1)\) |\n?[*+-] |\[1\]|\[23\]|mail@example\.com",
                r#"| ?[`'"(<{\[]|[`'")>}\]] ?"#,
            )),
            1 => matching(r"[\t\n\x{a0}“”’。…•@]"),
        ];
        proptest::collection::vec(token, 0..40).prop_map(|tokens| tokens.concat())
    }

    /// One line of words, quotation marks of every kind (against words and apart), apostrophes, numbers,
    /// names, abbreviations and bullets, then a run of terminators, closing marks and spaces: the pieces
    /// [`is_one_sentence`] is asked about, and some it must turn down.
    fn one_sentence_texts() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let body = matching(concat!(
            r"( ?(“|‘|\x22|')?(Mr|He|she|said|Korea’s|don't|it's|word|Kung|I|A|i|iv|a|12|2,400|No|St|Inc|U|x)",
            r"(”|’|\x22|'|,|:|;|—| -| •)?( ?[“”‘’\x22'])? ){1,14}",
        ));
        let end = proptest::prop_oneof![
            matching(r"( ?[.!?]{1,3}| \. \. \.|\.\.\.|…)?([”’\x22'] ?){0,3} {0,2}"),
            matching(r"[.!?]{1,3}[”\x22]? {0,2}"),
        ];
        let lead = matching(r"( |\* |- |[“\x22'] ){0,1}");
        (lead, body, end).prop_map(|(l, b, e)| format!("{l}{}{e}", b.trim_end()))
    }

    /// Prose with quotations set into it: words, abbreviations and terminator runs outside, words and
    /// commas (and now and then a terminator, which [`is_quoted_prose`] must turn down) inside `“` and `”`,
    /// and what follows a quotation: a comma, "she said.", a terminator, the next sentence, a stray mark.
    fn quoted_prose_texts() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        // Tokens run together or one space apart: sentencex reads both.
        let outside = matching(&format!("({PROSE_TOKENS} ?){{0,10}}"));
        let inside = matching(
            r"((Mr|We|the|U\.S|Kung|I|A|i|12|2,400|15\.3|3\.|\.5|1\.2\.3|5\.x|word|It|,|;|:| -| |  |\.|!) ?){1,10}",
        );
        // Now and then a stray mark (a quotation left open, or closed twice), or a character that begins
        // as the curly marks do (a bullet, a dash).
        let after =
            matching(r"(,| ,|,” | she said\. | he added\.|\.| !| |  | It rose\. |[A-Z]| “It| ” It| • It| – a)?");
        let quote = (outside, matching(r"(“| “| “ )"), inside, matching(r"(”|” | ”)"), after)
            .prop_map(|(o, open, i, close, a)| format!("{o}{open}{i}{close}{a}"));
        (proptest::collection::vec(quote, 1..4), matching(&format!("{PROSE_TOKENS}{{0,8}}")))
            .prop_map(|(quotes, tail)| format!("{}{tail}", quotes.concat()))
    }

    /// Prose with asides in round brackets, some of them quoted, some holding what may read as a list
    /// marker or a sentence's end, some left open, closed twice or nested.
    fn prose_with_asides() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let outside = matching(&format!("({PROSE_TOKENS} ?){{0,8}}"));
        let inner = matching(concat!(
            r"((the|civil|Mr|I|iv|MIX|a|B|12|3|1990|x|said|U\.S|word|,|;|-|“It|rose”|\.|!|\?| |  |\(|\)) ?){0,6}",
            r"(the|civil|iv|a|12|word|x|\.|)",
        ));
        let aside = (outside, matching(r"( ?\(|\( ?|\()"), inner, matching(r"(\)|\) | \)|\)\)|\)\.|)"))
            .prop_map(|(o, open, i, close)| format!("{o}{open}{i}{close}"));
        let start = matching(r"(\(a\) |\(12\) |a\) |12\) |iv\) |\* |1\. |)");
        (start, proptest::collection::vec(aside, 1..4), matching(&format!("{PROSE_TOKENS}{{0,8}}")))
            .prop_map(|(start, asides, tail)| format!("{start}{}{tail}", asides.concat()))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// Prose with asides that the shortcut takes splits as sentencex splits it, and so does what it
        /// turns down.
        #[test]
        fn prose_with_asides_splits_as_plain_prose(t in prose_with_asides()) {
            proptest::prop_assert_eq!(split(&t), split_by_sentencex(&t));
        }

        /// Quoted prose that the shortcut takes splits as sentencex splits it, and so does what it turns
        /// down.
        #[test]
        fn quoted_prose_splits_as_plain_prose(t in quoted_prose_texts()) {
            proptest::prop_assert_eq!(split(&t), split_by_sentencex(&t));
        }

        /// On plain text, the shortcut cuts exactly the slices sentencex cuts.
        #[test]
        fn plain_sentences_are_sentencex_sentences(t in matching(&format!("{PROSE_TOKENS}{{0,40}}"))) {
            proptest::prop_assume!(is_plain(&t));
            proptest::prop_assert_eq!(plain_split(&t), sentencex::segment("en", &t));
        }

        /// Whatever the text, `split` gives what sentencex and the repairs give.
        #[test]
        fn split_agrees_with_sentencex(t in mixed_texts()) {
            proptest::prop_assert_eq!(split(&t), split_by_sentencex(&t));
        }

        /// A piece the one-sentence test passes is what sentencex returns whole, quotation marks, closers,
        /// abbreviations and all.
        #[test]
        fn one_sentence_pieces_are_sentencex_sentences(t in one_sentence_texts()) {
            proptest::prop_assert_eq!(split(&t), split_by_sentencex(&t));
        }
    }

    #[test]
    fn one_sentence_shortcut_takes_only_what_sentencex_keeps_whole() {
        // sentencex breaks between two closing marks after the end, and the shortcut must not take them.
        for t in ["Mr!’'", "He said it.”’", "“We will win,” she said.", "It rose 12 percent.”", "…", "- Item one."]
        {
            assert_eq!(split(t), split_by_sentencex(t), "{t:?}");
        }
        assert!(is_one_sentence("“We will win,” she said."));
        assert!(!is_one_sentence("Mr!’'"));
        assert!(!is_one_sentence("He left. She stayed."));
    }

    /// Every block of the bundled sample reports and of the test stories splits as sentencex splits it.
    #[test]
    fn sample_blocks_split_as_sentencex_splits_them() {
        let texts = [
            include_str!("../assets/corpus/000_e1ce51db32a55e92.txt"),
            include_str!("../assets/corpus/001_be7a17cd2114efca.txt"),
            include_str!("../assets/corpus/002_b163edcbdd175167.txt"),
            include_str!("../assets/corpus/003_e51ecf91464a7da7.txt"),
            include_str!("../assets/corpus/004_5abb5772e0315b45.txt"),
            include_str!("tui/testdata/story/guardian.md"),
            include_str!("tui/testdata/story/localnews.txt"),
            include_str!("tui/testdata/story/reuters.txt"),
            include_str!("tui/testdata/tok/a.txt"),
            include_str!("../tests/data/harbour_a.txt"),
            include_str!("../tests/data/harbour_b.txt"),
        ];
        let mut plain = 0;
        for text in texts {
            for block in crate::blocks::split_blocks(text) {
                plain += usize::from(is_plain(&block.text));
                assert_eq!(split(&block.text), split_by_sentencex(&block.text), "{:?}", block.text);
            }
        }
        assert!(plain > 50, "{plain}");
    }

    /// Quote marks, brackets and `@` each let sentencex see a span it does not cut inside.
    #[test]
    fn quoted_and_bracketed_spans_split_as_sentencex_splits_them() {
        let pairs = [("\"", "\""), ("'", "'"), ("`", "`"), ("(", ")"), ("[", "]"), ("<", ">"), ("{", "}"), ("(", ">")];
        for (open, close) in pairs {
            let block = format!("He wrote {open}It ended. Then it began.{close} Mr. Smith left.");
            assert_eq!(split(&block), split_by_sentencex(&block), "{block:?}");
        }
        let block = "Write to John.Smith@example.com today. Now.";
        assert_eq!(split(block), split_by_sentencex(block), "{block:?}");
    }

    /// A `)` lets sentencex see list items inside a line.
    #[test]
    fn list_items_split_as_sentencex_splits_them() {
        for block in ["a) The start b) The end", "1) Mr. Smith 2) Mrs. Jones", "- One. - Two", "i) No. ii) Yes."] {
            assert_eq!(split(block), split_by_sentencex(block), "{block:?}");
        }
    }

    #[test]
    fn long_blocks_with_paragraph_breaks_split_as_sentencex_splits_them() {
        let block = "One went. Two came.\n\nThree stayed. ".repeat(400);
        assert!(block.len() > SENTENCEX_CHUNK && block.len() < MAX_PIECE);
        assert_eq!(split(&block), split_by_sentencex(&block));
    }

    #[test]
    fn long_plain_blocks_split_as_sentencex_splits_them() {
        let block = "Mr. Smith went to Washington. He saw the U.S. Capitol! Did he stay? No. ".repeat(500);
        assert!(is_plain(&block));
        assert_eq!(split(&block), split_by_sentencex(&block));
    }

    proptest::proptest! {
        /// Counting spaces eight bytes at a time counts every space.
        #[test]
        fn count_words_counts_every_space(t in "[a !\u{a0}\u{1}\u{20}\u{a0}]{1,40}") {
            proptest::prop_assert_eq!(count_words(&t), t.bytes().filter(|&b| b == b' ').count() + 1);
        }

        /// The fast path of `collapse` changes nothing, and counting spaces counts words.
        #[test]
        fn collapse_agrees_with_joining_words(
            t in "([a-z.]{1,4}|[ \t\n\u{a0}\u{2003}\u{85}\u{1680}\u{205f}\u{2028}\u{3000}]|é|“|”|’|·|ー|ᚠ){0,20}"
        ) {
            let c = collapse(&t);
            proptest::prop_assert_eq!(&c, &words(&t).collect::<Vec<_>>().join(" "));
            proptest::prop_assert_eq!(count_words(&c), words(&t).count());
        }
    }

    #[test]
    fn a_bracket_closed_after_a_sentences_mark_stays_with_it() {
        assert_eq!(
            split("The scheme drew complaints?) Officials said!) It went on."),
            ["The scheme drew complaints?)", "Officials said!)", "It went on."]
        );
        assert_eq!(split("They had said so (twice.)"), ["They had said so (twice.)"]);
        assert_eq!(split("It drew complaints?)"), ["It drew complaints?)"]);
        // A bracket opened and closed inside the sentence is left as it was.
        assert_eq!(split("They said (it was bad!) and left."), ["They said (it was bad!) and left."]);
    }

    #[test]
    fn shortened_titles_and_approximations_do_not_split() {
        assert_eq!(
            split("Council leader Cllr. Marcus O'Neill said it was bold. Coun. Denise Jeffery disagreed."),
            ["Council leader Cllr. Marcus O'Neill said it was bold.", "Coun. Denise Jeffery disagreed."]
        );
        assert_eq!(split("Le coût est de env. 4,5 M€ au total."), ["Le coût est de env. 4,5 M€ au total."]);
        assert_eq!(split("It cost approx. 4 million. Then it rose."), ["It cost approx. 4 million.", "Then it rose."]);
        // Every listed word passes the quick test of its length and first letter.
        for w in TITLES.iter().chain(BEFORE_FIGURES) {
            let text = format!("It was {w}.");
            let next = if BEFORE_FIGURES.contains(w) { "4 more." } else { "Ann Lee said so." };
            assert!(ends_in_abbreviation(&text, next), "{w}");
        }
        // A time's zone after "p.m." goes on with it; a sentence after "p.m." is one of its own.
        assert_eq!(
            split("The call is at 2:00 p.m. PT to discuss the results. A webcast will be available."),
            ["The call is at 2:00 p.m. PT to discuss the results.", "A webcast will be available."]
        );
        assert_eq!(split("It ended at 5 p.m. The crowd left."), ["It ended at 5 p.m.", "The crowd left."]);
        assert_eq!(
            split("The advisory began at 3 p.m. Tuesday. Crews flushed the lines."),
            ["The advisory began at 3 p.m. Tuesday.", "Crews flushed the lines."]
        );
        // Before a word that is no figure, "approx." still ends a sentence.
        assert_eq!(split("It was about approx. Nobody knew."), ["It was about approx.", "Nobody knew."]);
    }

    #[test]
    fn thai_is_not_cut_at_the_full_stop_of_a_shortened_word() {
        let thai = "เมื่อวันที่ 17 ก.ย. 2567 น้ำป่าหลากท่วม อ.แม่ลานคำ จ.ภูผาทอง ผู้ว่าฯ กล่าวว่า \"เราจะช่วย\"";
        assert_eq!(split(thai), [thai]);
        // A question ends a sentence, and so does a full stop after a word of another script.
        let text = format!("{thai} ใช่ไหม? ใช่ The governor said. ต่อไป");
        assert_eq!(split(&text), [&*format!("{thai} ใช่ไหม?"), "ใช่ The governor said.", "ต่อไป"]);
        // Khmer and Burmese end a sentence with their own marks.
        assert_eq!(split("ភ្លៀងធ្លាក់ខ្លាំង។ ទឹកជំនន់"), ["ភ្លៀងធ្លាក់ខ្លាំង។", "ទឹកជំនន់"]);
    }

    #[test]
    fn a_decimal_point_between_digits_of_another_script_ends_no_sentence() {
        let persian = "مصرف روزانه آب تهران ۳.۱ میلیون مترمکعب است. سپهر گفت.";
        assert_eq!(split(persian), ["مصرف روزانه آب تهران ۳.۱ میلیون مترمکعب است.", "سپهر گفت."]);
        // A full stop after a figure, a space, then a sentence that opens with one, still ends a sentence.
        let two = "عدد المصابين ١٢. ٤٥ متجرا احترقت.";
        assert_eq!(split(two), ["عدد المصابين ١٢.", "٤٥ متجرا احترقت."]);
    }

    #[test]
    fn a_day_written_the_german_way_does_not_split() {
        assert_eq!(
            split("Sie hatte den Leitzins zuletzt am 6. März um 0,25 Prozentpunkte gesenkt. Das half wenig."),
            ["Sie hatte den Leitzins zuletzt am 6. März um 0,25 Prozentpunkte gesenkt.", "Das half wenig."]
        );
        assert_eq!(
            split("Das Fest läuft vom 1. bis 3. Oktober in der Stadt."),
            ["Das Fest läuft vom 1. bis 3. Oktober in der Stadt."]
        );
        // A figure that ends a sentence still ends it.
        assert_eq!(split("The score was 3. Nobody expected it."), ["The score was 3.", "Nobody expected it."]);
    }

    #[test]
    fn honorifics_and_abbreviations_do_not_split() {
        let s = split("President of Russia Mr. Putin said the U.S. and its allies were warned. Then he left.");
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].contains("Mr. Putin"));
    }

    #[test]
    fn closing_quote_after_full_stop_ends_a_sentence() {
        let s = split(
            "Russia will deepen its “constructive and comprehensive bilateral relations.” On the anniversary, Mr. Putin wrote to Kim.",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].ends_with("relations.”"));
    }

    #[test]
    fn a_posts_link_stays_with_its_words() {
        assert_eq!(
            split("Just saw the smoke from the highway, unreal. pic.twitter.com/AbC123xyz"),
            ["Just saw the smoke from the highway, unreal. pic.twitter.com/AbC123xyz"]
        );
        assert_eq!(split("Water everywhere. https://t.co/xYz12"), ["Water everywhere. https://t.co/xYz12"]);
        for fragment in ["and/or.", "3.5/10", "Yes.", "e.g./i.e.", "U.SA/"] {
            assert!(!is_link_only(fragment), "{fragment}");
        }
        assert!(is_link_only("pic.twitter.com/AbC123xyz") && is_link_only("www.example.org."));
    }

    #[test]
    fn punctuation_only_fragments_merge_back() {
        let s = split("He cut off relations after the move. . Both countries faced isolation.");
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].ends_with(". ."), "{s:?}");
    }

    proptest::proptest! {
        /// The quick check passes exactly the texts that collapsing leaves as they are.
        #[test]
        fn the_collapsed_check_is_collapsing(t in "([a-z.]{1,4}|[ \t\n\u{a0}\u{2003}\u{85}]|é|“){0,12}") {
            let joined = t.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(is_collapsed(&t), joined == t);
        }
    }

    #[test]
    fn whitespace_is_collapsed() {
        assert_eq!(split("Two\u{a0} spaces\there.")[0], "Two spaces here.");
    }

    #[test]
    fn a_headline_is_one_sentence() {
        assert_eq!(
            split("Russia vows to expand relations with North Korea"),
            ["Russia vows to expand relations with North Korea"]
        );
    }

    #[test]
    fn huge_blocks_of_wide_spaces_are_cut_between_characters() {
        let block = "word\u{a0}".repeat(5_000);
        let s = split(&block);
        assert_eq!(s.iter().map(|x| words(x).count()).sum::<usize>(), 5_000);
    }

    #[test]
    fn huge_blocks_are_cut_in_linear_pieces() {
        let block = "word ".repeat(100_000);
        let s = split(&block);
        assert!(s.len() >= 30, "{}", s.len());
        assert_eq!(s.iter().map(|x| words(x).count()).sum::<usize>(), 100_000);
    }
}
