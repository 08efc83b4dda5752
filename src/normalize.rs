//! Word tokens and their normalised keys: the one place that decides when two words count as "the same".
//!
//! Two keys exist because two questions are asked:
//! - [`fold`]: is this the same word, up to case, quote style and punctuation? Used for the `copied` label
//!   and as the key of the word diff, so that a change of inflection still shows as a change.
//! - [`stem_key`]: is this the same word up to inflection and British/American spelling too? Used to align
//!   sentences, where "recognised" and "recognizes" are evidence of the same sentence.

use std::sync::LazyLock;

/// Split text into display words at whitespace (including no-break spaces). Punctuation stays attached.
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0, split_unspaced: false }
}

/// Split text into the words that are counted, folded and compared: [`words`], with text written without
/// spaces (Chinese, Japanese) cut further, one ideograph or kana to a word and a katakana run as one. A
/// Japanese sentence is otherwise one "word", and any change to it a change of the whole.
///
/// Display keeps [`words`]: joining tokens with spaces would put spaces where the writer put none.
pub fn tokens(text: &str) -> Words<'_> {
    Words { text, pos: 0, split_unspaced: true }
}

/// The iterator of [`words`]. Every stage walks every word of the corpus at least once, so this looks at
/// bytes and decodes a character only when it is not ASCII; it splits exactly where `char::is_whitespace`
/// does.
#[derive(Debug, Clone)]
pub struct Words<'a> {
    text: &'a str,
    /// Where the next word may start.
    pos: usize,
    /// Whether text written without spaces is cut into words too ([`tokens`]).
    split_unspaced: bool,
}

/// ASCII whitespace as `char::is_whitespace` sees it: tab, newline, vertical tab, form feed, return, space.
#[inline(always)]
const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Whether the text starts with a non-ASCII whitespace character, and that character's length. Rare, so
/// kept out of the byte loops.
#[cold]
#[inline(never)]
fn wide_space(text: &str) -> (bool, usize) {
    let c = text.chars().next().unwrap_or(' ');
    (c.is_whitespace(), c.len_utf8())
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = scan(self.text, self.pos, true);
        let end = if self.split_unspaced { token_end(self.text, start) } else { scan(self.text, start, false) };
        self.pos = end;
        (start < end).then(|| &self.text[start..end])
    }
}

/// From byte `i`, skip whitespace (`spaces`) or everything else (`!spaces`); returns where that stops.
#[inline(always)]
fn scan(text: &str, mut i: usize, spaces: bool) -> usize {
    let b = text.as_bytes();
    let keep = if spaces { SPACE } else { WORD };
    loop {
        // The tight loop runs over ASCII; a non-ASCII byte stops it for a full character check.
        while i < b.len() && BYTE_CLASS[usize::from(b[i])] == keep {
            i += 1;
        }
        if i >= b.len() || BYTE_CLASS[usize::from(b[i])] != WIDE {
            return i;
        }
        let (space, len) = wide_space(&text[i..]);
        if space != spaces {
            return i;
        }
        i += len;
    }
}

/// Whether two runs of words that follow each other in a sentence were written with no space between
/// them: the end of one and the start of the other are text written without spaces ("明日の" and "朝"), or
/// the second is the sentence's closing mark alone ("." after "{+carefully+}", which a word diff keeps
/// outside the change: [`crate::word_diff::closing_mark`]). Printers join runs with a space otherwise.
pub fn joins_without_space(left: &str, right: &str) -> bool {
    if !left.is_empty() && crate::word_diff::is_closing_mark(right) {
        return true;
    }
    match (left.chars().next_back(), right.chars().next()) {
        (Some(l), Some(r)) if !l.is_ascii() || !r.is_ascii() => Unspaced::of(l).breaks_before(Unspaced::of(r)),
        _ => false,
    }
}

/// [`joins_without_space`], where whether a space stood before `right` as it was written (`spaced`) is
/// known: where text of Thai or its neighbours meets a run, the space was the writer's ([`crate::segment`]),
/// set between phrases and not between the words of one.
pub fn joins_as_written(left: &str, right: &str, spaced: bool) -> bool {
    let segmented = |c: Option<char>| c.is_some_and(crate::segment::is_segmented);
    if segmented(left.chars().next_back()) || segmented(right.chars().next()) {
        return !spaced && !left.is_empty();
    }
    joins_without_space(left, right)
}

/// Where the token starting at `start` ends (see [`tokens`]): at whitespace, as [`words`] does, or where
/// text written without spaces starts a new word.
fn token_end(text: &str, start: usize) -> usize {
    token_end_stepping(text, start, true)
}

/// [`token_end`], with `curly` saying whether a curly quotation mark after ASCII is stepped over at once;
/// without, every mark is decided the general way ([`unspaced_step`]), which the property test
/// `curly_quotes_end_tokens_as_the_general_step_does` holds the shortcut to.
#[inline(always)]
fn token_end_stepping(text: &str, start: usize, curly: bool) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    loop {
        while i < b.len() && BYTE_CLASS[usize::from(b[i])] == WORD {
            i += 1;
        }
        if i >= b.len() || BYTE_CLASS[usize::from(b[i])] != WIDE {
            return i;
        }
        // A curly quotation mark after ASCII (or opening the token) goes on with the token: only a
        // character of text written without spaces before an opening mark could end it there. News puts
        // one against a word in every quotation, and deciding it the general way took a fiftieth of the
        // loading of a news-like report.
        if curly && (i == start || b[i - 1].is_ascii()) && b.get(i..i + 3).is_some_and(|c| curly_fold(c).is_some()) {
            i += 3;
            continue;
        }
        match unspaced_step(text, start, i) {
            Step::On(next) => i = next,
            Step::End(end) => return end,
        }
    }
}

/// What [`unspaced_step`] finds.
enum Step {
    /// The token goes on from here.
    On(usize),
    /// The token ends here.
    End(usize),
}

/// At the non-ASCII character at `i`, inside the token that began at `start`: whether the token ends
/// before it, ends after it, or goes on. Kept out of the byte loop: most text is ASCII.
#[cold]
#[inline(never)]
fn unspaced_step(text: &str, start: usize, i: usize) -> Step {
    let Some(c) = text[i..].chars().next() else { return Step::End(i) };
    if c.is_whitespace() {
        return Step::End(i);
    }
    let class = Unspaced::of(c);
    if i > start && text[..i].chars().next_back().is_some_and(|p| Unspaced::of(p).breaks_before(class)) {
        return Step::End(i);
    }
    // Thai and its neighbours are cut by a dictionary: the word goes on to its end, and past it only where
    // the run of that script ends there (into a mark or a digit joined to it).
    if class == Unspaced::Segmented {
        let end = crate::segment::word_end(text, i);
        return match text[end..].chars().next() {
            Some(n) if crate::segment::is_segmented(n) => Step::End(end),
            _ => Step::On(end),
        };
    }
    let next = i + c.len_utf8();
    // An ASCII letter, digit or bracket right after an ideograph or a mark of unspaced text starts a word
    // of its own, and the ASCII loop would read on through it.
    match text.as_bytes().get(next) {
        Some(&a) if a.is_ascii() && class.breaks_before(Unspaced::of(char::from(a))) => Step::End(next),
        _ => Step::On(next),
    }
}

/// Whether a folded word is one Chinese character (a hanzi, or a Japanese kanji), as [`tokens`] cuts text
/// written without spaces. Alone, such a character says little of what a paragraph is about: a few thousand
/// serve every text, and two paragraphs on any subject share dozens. Two side by side most often spell a
/// word of their own ("地铁", "鉄道"), so the topic measures weigh pairs ([`HanPairs`]).
pub fn is_han(folded: &[u8]) -> bool {
    // Every such character takes three bytes in UTF-8 from U+3400 on, or four beyond U+FFFF; a lead byte
    // of E3 or more rules out the other words at once.
    matches!(folded.len(), 3 | 4)
        && folded[0] >= 0xe3
        && std::str::from_utf8(folded)
            .ok()
            .and_then(|s| s.chars().next())
            .is_some_and(|c| Unspaced::of(c) == Unspaced::Ideograph && !('\u{3040}'..='\u{309f}').contains(&c))
}

/// The pairs of Chinese characters that stand side by side in a text, as a topic measure's words: fed each
/// word [`each_fold`] gives, it hashes each pair of [`is_han`] characters with nothing between them (no
/// mark, no space), so "青禾地铁" gives "青禾", "禾地" and "地铁", and "开通 城东" gives none across the space.
#[derive(Default)]
pub struct HanPairs {
    /// The last character, if it was one of [`is_han`] that nothing followed inside its word.
    last: Option<([u8; 4], usize)>,
    /// Where that character's word ended in the text.
    end: usize,
}

impl HanPairs {
    /// Feed the next word of [`is_han`], at `at` in the text and folded to `folded`: `Some(hash)` of the pair
    /// it ends ([`hash_bytes`] of the two characters' bytes), or `None`. Other words need not be fed: a
    /// word between two characters leaves a gap between their places.
    #[inline]
    pub fn next(&mut self, at: std::ops::Range<usize>, folded: &[u8]) -> Option<u64> {
        let pair = self.last.filter(|_| self.end == at.start).map(|(c, n)| {
            let mut both = [0u8; 8];
            both[..n].copy_from_slice(&c[..n]);
            both[n..n + folded.len()].copy_from_slice(folded);
            hash_bytes(&both[..n + folded.len()])
        });
        // A mark after the character ("期。") ends the run: the next character opens a new sentence.
        self.last = (at.len() == folded.len()).then(|| {
            let mut c = [0u8; 4];
            c[..folded.len()].copy_from_slice(folded);
            (c, folded.len())
        });
        self.end = at.end;
        pair
    }
}

/// The number of words `text` would have if it were written with spaces: its [`tokens`], with a Chinese or
/// Japanese character counted as half a word (their words are mostly of two), rounded up. Tests of a
/// line's shape (a menu's labels, a breadcrumb's sections) count so, to hold in those scripts as in others.
pub fn shape_words(text: &str) -> usize {
    let (mut spaced, mut unspaced) = (0usize, 0usize);
    for t in tokens(text) {
        // A middle dot between two words of Chinese characters ("地域・交通", region and transport) is a
        // token of its own, a katakana, and no word.
        if t == "・" {
            continue;
        }
        if t.chars().next().is_some_and(|c| Unspaced::of(c) == Unspaced::Ideograph) {
            unspaced += 1;
        } else {
            spaced += 1;
        }
    }
    spaced + unspaced.div_ceil(2)
}

/// How a character takes part in cutting text written without spaces between words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unspaced {
    /// A Chinese character or a Japanese hiragana: a word of its own.
    Ideograph,
    /// Katakana: a run is one word (a loanword or a name).
    Katakana,
    /// An opening bracket or quotation mark: it belongs to the word after it.
    Opening,
    /// A letter, vowel sign or tone mark of Thai, Lao, Khmer or Burmese: a dictionary cuts a run of them
    /// into words ([`crate::segment`]).
    Segmented,
    /// A letter or digit of any other script.
    Alphanumeric,
    /// Punctuation of Chinese and Japanese text (「。」「、」, full-width marks): it belongs to the word before
    /// it, and a word of any script starts after it.
    Mark,
    /// Other punctuation and symbols: they belong to the word before them.
    Other,
}

impl Unspaced {
    fn of(c: char) -> Unspaced {
        match c {
            '\u{3005}'..='\u{3007}'
            | '\u{3040}'..='\u{309f}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{f900}'..='\u{faff}'
            | '\u{20000}'..='\u{3ffff}' => Unspaced::Ideograph,
            '\u{30a0}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}' => Unspaced::Katakana,
            '(' | '[' | '{' | '“' | '‘' | '«' | '「' | '『' | '（' | '［' | '｛' | '【' | '〔' | '〈' | '《' | '〖'
            | '〘' | '〚' | '｢' => Unspaced::Opening,
            c if crate::segment::is_segmented(c) => Unspaced::Segmented,
            // Thai's marks of a shortened word and of a word said twice belong to the word before them
            // ("ผู้ว่าฯ", the governor; "ทุกๆ", every), though Unicode counts them letters.
            '\u{0e2f}' | '\u{0e46}' => Unspaced::Other,
            c if c.is_alphanumeric() => Unspaced::Alphanumeric,
            '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}' => Unspaced::Mark,
            _ => Unspaced::Other,
        }
    }

    /// Whether a word ends between a character of this kind and one of kind `next`. Nothing changes
    /// between characters of spaced scripts: only an ideograph or kana on either side cuts.
    ///
    /// Between two characters of [`Unspaced::Segmented`] scripts the dictionary decides, not their kinds.
    fn breaks_before(self, next: Unspaced) -> bool {
        let unspaced = matches!(self, Unspaced::Ideograph | Unspaced::Katakana | Unspaced::Mark | Unspaced::Segmented);
        match next {
            Unspaced::Ideograph => self != Unspaced::Opening,
            Unspaced::Segmented => !matches!(self, Unspaced::Opening | Unspaced::Segmented),
            Unspaced::Katakana => !matches!(self, Unspaced::Opening | Unspaced::Katakana),
            Unspaced::Opening | Unspaced::Alphanumeric => unspaced,
            Unspaced::Mark | Unspaced::Other => false,
        }
    }
}

const WORD: u8 = 0;
const SPACE: u8 = 1;
const WIDE: u8 = 2;

/// Each byte as the word splitter sees it: part of a word, ASCII whitespace, or part of a non-ASCII
/// character (which may be a no-break or other Unicode space).
static BYTE_CLASS: [u8; 256] = {
    let mut t = [WORD; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c >= 0x80 {
            WIDE
        } else if is_ascii_space(c) {
            SPACE
        } else {
            WORD
        };
        i += 1;
    }
    t
};

/// Fold a display word to its case-, quote- and punctuation-free form.
///
/// A possessive `'s` (straight or curly) is dropped; hyphens go, so "co-operation" equals "cooperation".
/// A word made only of punctuation folds to the empty string. The marks inside a figure stay
/// ([`keeps_figure_mark`]): "1.4" is not "14", nor "-3" "3", nor "1-0" "10".
pub fn fold(word: &str) -> String {
    with_fold(word, str::to_owned)
}

/// Call `f` with the folded form of `word` (see [`fold`]). Hot loops (tokenising, hashing shingles,
/// boilerplate topic words) call this once or more per word of the corpus, so a word of ASCII, by far the
/// common case even with punctuation attached, is folded into a stack buffer without allocating.
pub fn with_fold<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    // Most words of prose are already folded (lowercase letters or digits only): no copy at all.
    if is_folded(word) {
        return f(word);
    }
    let mut buf = [0u8; FOLD_BUF];
    match fold_ascii(word, &mut buf) {
        // Only ASCII alphanumerics remain, which are valid UTF-8.
        Some(n) => f(std::str::from_utf8(&buf[..n]).unwrap_or_default()),
        None => f(&fold_unicode(word)),
    }
}

/// Call `f(at, folded)` for each word of `text` (as [`tokens`] splits it): its place in `text` (the word is
/// `&text[at]`) and its folded bytes (as [`fold`] makes them, so always valid UTF-8).
///
/// The place, not the word: most callers want only the folded bytes or the offsets, and slicing `text`
/// for every word checked two character boundaries that no caller needed.
///
/// The same as walking [`tokens`] and calling [`with_fold`] on each, in one pass: every word of a corpus is
/// folded this way by the boilerplate scan and again by alignment, so splitting and folding share each
/// byte's single table lookup, and a word is read once rather than twice.
pub fn each_fold(text: &str, mut f: impl FnMut(std::ops::Range<usize>, &[u8])) {
    let b = text.as_bytes();
    // 64 bytes, indexed `& 63`: the index is provably in bounds, and words that reach this buffer have
    // at most FOLD_BUF bytes.
    let mut buf = [0u8; 64];
    // For words with curly quotation marks ([`fold_ascii`]).
    let mut quoted = [0u8; FOLD_BUF];
    // A word beyond ASCII that `fold_ascii` cannot fold is folded into this.
    let mut unicode: String;
    let mut i = 0;
    loop {
        i = scan(text, i, true);
        if i >= b.len() {
            return;
        }
        // Every way of folding a word ends in the one call of `f` below, so that the compiler inlines `f`
        // (it did not when each way called it): the call was a tenth of the boilerplate scan's time.
        let start = i;
        let folded: &[u8] = if let Some(end) = plain_word_end(b, start) {
            // Lowercase letters and digits only, ended by a space: by far the commonest word, its own fold.
            i = end;
            &b[start..end]
        } else {
            // Find the end of a plain ASCII word, noting whether folding changes any byte of it.
            let mut changed = 0u8;
            while i < b.len() {
                let c = WORD_FOLD[usize::from(b[i])];
                if c >= SPLIT_SPACE {
                    break;
                }
                changed |= c ^ b[i];
                i += 1;
            }
            if i < b.len() && b[i] >= 0x80 || i - start > FOLD_BUF {
                // A non-ASCII character (inside the word, or a wide space after it) or a long word: find its
                // true end and fold it as `fold` does.
                i = token_end(text, start);
                let word = &text[start..i];
                match fold_ascii(word, &mut quoted) {
                    Some(n) => &quoted[..n],
                    None => {
                        unicode = fold_unicode(word);
                        unicode.as_bytes()
                    }
                }
            } else if changed == 0 {
                // Lowercase letters, digits and kept signs (`$`, `%`) only: its own fold.
                &b[start..i]
            } else {
                let word = &b[start..i];
                let mut kept = 0;
                for &c in word {
                    let c = WORD_FOLD[usize::from(c)];
                    buf[kept & 63] = c;
                    kept += usize::from(c != DROP);
                }
                // A figure's marks are asked about only once a byte was dropped from a word that opens
                // with a digit: testing each dropped byte's neighbours in every word cost 1% of comparing
                // two long reports.
                if kept < word.len() && opens_with_digit(&buf[..kept]) {
                    kept = 0;
                    for (k, &c) in word.iter().enumerate() {
                        let f = if keeps_figure_mark(word, k) { c } else { WORD_FOLD[usize::from(c)] };
                        buf[kept & 63] = f;
                        kept += usize::from(f != DROP);
                    }
                }
                let kept = &mut buf[..kept];
                let len = if kept.contains(&APOSTROPHE) { drop_apostrophes(kept) } else { kept.len() };
                &buf[..len]
            }
        };
        f(start..i, folded);
    }
}

/// Where the word starting at `start` ends, when it is lowercase ASCII letters and digits followed by a
/// space; `None` for any other word (or one too near the end of the text), which the byte loop of
/// [`each_fold`] then reads.
///
/// Eight bytes are tested at once, as bits of one integer: most words of prose end within the first
/// eight or sixteen, so a word costs a few operations instead of a table lookup per byte.
#[inline(always)]
fn plain_word_end(b: &[u8], start: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn splat(c: u8) -> u64 {
        0x0101_0101_0101_0101 * c as u64
    }
    let mut i = start;
    loop {
        let chunk: [u8; 8] = b.get(i..i + 8)?.try_into().ok()?;
        let x = u64::from_le_bytes(chunk);
        // With every byte's high bit set, subtracting a byte value below 0x80 never borrows from the next
        // byte, so each high bit then tells whether that byte is at least the value subtracted.
        let y = x | HIGH;
        let within = |lo: u8, hi: u8| (y - splat(lo)) & !(y - splat(hi + 1)) & HIGH;
        // High bits of the bytes that are lowercase letters or digits (and ASCII at all).
        let plain = (within(b'a', b'z') | within(b'0', b'9')) & !x & HIGH;
        let other = !plain & HIGH;
        if other == 0 {
            i += 8;
            continue;
        }
        // The first byte that is not a letter or digit (little-endian: the lowest set bit).
        let end = i + (other.trailing_zeros() / 8) as usize;
        return (b[end] == b' ').then_some(end);
    }
}

/// [`ASCII_FOLD`] merged with [`BYTE_CLASS`], for [`each_fold`]: what a byte folds to, [`SPLIT_SPACE`]
/// for ASCII whitespace, or [`NOT_ASCII`] for a byte of a wider
/// character. Only lowercase letters, digits, `$` and `%` map to themselves, so one XOR tells a word that folding
/// would change.
static WORD_FOLD: [u8; 256] = {
    let mut t = ASCII_FOLD;
    let mut i = 0;
    while i < 128 {
        if is_ascii_space(i as u8) {
            t[i] = SPLIT_SPACE;
        }
        i += 1;
    }
    t
};

/// Whether the byte `word[k]`, of a word whose first letter or digit is a digit ([`opens_with_digit`]), is
/// one of the figure's marks, which stay: a decimal point or comma, a thousands separator, the colon of a
/// time, the dash of a score or range and the slash of a fraction or date between two digits ("1.4",
/// "3,5", "1,200", "4:17", "1-0", "3/4"), and a minus sign before a digit at the start of a word or after
/// other punctuation ("-3C", "(-2.5%)").
///
/// Dropping them made "£1.4m" and "£14m", or "3,5 Prozent" and "35 Prozent", the same word: a changed
/// figure read as copied. A mark stays as itself, save a comma that groups thousands ([`groups_thousands`]):
/// "1,200" and "1200" are one figure, and the word diff showed one report's style as a changed number. A
/// word that opens with letters ("US$2.5bn", "v1.2") folds as any other word: asking every word cost more
/// than those few are worth.
#[inline]
fn keeps_figure_mark(word: &[u8], k: usize) -> bool {
    let digit_at = |i: usize| word.get(i).is_some_and(u8::is_ascii_digit);
    if !digit_at(k + 1) {
        return false;
    }
    match word[k] {
        b',' => k > 0 && digit_at(k - 1) && !groups_thousands(&word[..k], word[k + 1..].iter().map(u8::is_ascii_digit)),
        b'.' | b':' | b'/' => k > 0 && digit_at(k - 1),
        b'-' => k == 0 || word[k - 1].is_ascii_digit() || !word[k - 1].is_ascii_alphanumeric(),
        _ => false,
    }
}

/// Whether a comma between digits groups thousands: one to three digits before it (from the figure's start
/// or another such comma), and three after it, then no digit. "1,200", "12,500,000" and "1,200.5" are
/// grouped; "3,5" and "1,2000" are not, and keep their comma as a decimal mark may be. `before` is the word
/// up to the comma (as written, or folded so far: its digits in ASCII either way), and `digits` says of each
/// character after the comma whether it is a digit.
fn groups_thousands(before: &[u8], mut digits: impl Iterator<Item = bool>) -> bool {
    let three_after = (0..3).all(|_| digits.next() == Some(true)) && digits.next() != Some(true);
    let lead = before.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let at = before.len() - lead;
    // After a decimal point, a figure's full stop between digits, the comma is a decimal one ("1.200,50").
    let after_point = at >= 2 && before[at - 1] == b'.' && before[at - 2].is_ascii_digit();
    three_after && (1..=3).contains(&lead) && !after_point
}

/// Whether a word folded without its figure's marks opens with a digit (an apostrophe or a kept sign
/// before it aside, as in "'90s" and "$1.4m"): whether its figure's marks are kept. As [`fold_unicode`]
/// asks it: whether the word's first letter or digit is a digit.
fn opens_with_digit(folded: &[u8]) -> bool {
    folded.iter().find(|&&c| !matches!(c, APOSTROPHE | b'$' | b'%')).is_some_and(u8::is_ascii_digit)
}

/// Whether a folded word is a figure: digits, with the marks a figure keeps ([`keeps_figure_mark`]), and
/// the currency sign of a sum before them or a percent sign after them ("$1.4", "€12", "25%").
#[inline]
pub fn is_figure(folded: &[u8]) -> bool {
    // Asked of every word a diff reads: the first byte rules out nearly all of them.
    match folded.first() {
        Some(b'0'..=b'9' | b'-' | b'$' | 0x80..) => is_bare_figure(without_signs(folded)),
        _ => false,
    }
}

/// [`is_figure`] of a word without its signs ([`without_signs`]).
fn is_bare_figure(f: &[u8]) -> bool {
    f.first().is_some_and(|&c| c.is_ascii_digit() || c == b'-')
        && f.iter().all(|&c| c.is_ascii_digit() || b".,:/-".contains(&c))
        && f.iter().any(u8::is_ascii_digit)
}

/// Whether a folded word may open with a currency sign: `$`, or a character beyond ASCII (all other signs
/// are). One byte, asked before [`without_signs`] looks closer.
#[inline(always)]
fn opens_with_sign(folded: &[u8]) -> bool {
    folded.first().is_some_and(|&c| c == b'$' || c >= 0x80)
}

/// A folded word without the currency signs it opens with and the percent signs it ends with: "$9m" is
/// "9m", "€12" is "12", "25%" is "25". Alignment reads a sum or a share by its figure, as evidence of the
/// same sentence whatever its sign; the word diff and the `copied` label keep the signs ([`kept_sign`]).
pub fn without_signs(folded: &[u8]) -> &[u8] {
    let mut rest = folded;
    while opens_with_sign(rest) {
        // The first character's length, from its first byte (folded words are UTF-8).
        let len = match rest[0] {
            0..=0x7f => 1,
            0x80..=0xdf => 2,
            0xe0..=0xef => 3,
            _ => 4,
        };
        let first = rest.get(..len).and_then(|c| std::str::from_utf8(c).ok()).and_then(|c| c.chars().next());
        if first.is_none_or(|c| currency_sign(c).is_none()) {
            break;
        }
        rest = &rest[len..];
    }
    // Folding writes every percent sign as ASCII's, and the per mille sign as itself.
    loop {
        if let Some(r) = rest.strip_suffix(b"%") {
            rest = r;
        } else if let Some(r) = rest.strip_suffix("‰".as_bytes()) {
            rest = r;
        } else {
            return rest;
        }
    }
}

/// Whether a character is a sign that folding keeps ([`kept_sign`]): with letters and digits, what makes a
/// word fold to something.
#[inline]
pub fn is_kept_sign(c: char) -> bool {
    // Every sign but the dollar's and the percent sign lies beyond ASCII.
    c == '$' || c == '%' || c > '\u{7f}' && kept_sign(c).is_some()
}

/// A sign that folding keeps, as it keeps it: a currency sign ([`currency_sign`]) or a percent or per
/// mille sign, the full-width and Arabic percent signs as ASCII's. `None` for any other character.
///
/// "25%" and "25" are a share and a count: dropping the sign made a figure that lost it read as copied.
fn kept_sign(c: char) -> Option<char> {
    match c {
        '%' | '％' | '﹪' | '\u{066A}' => Some('%'),
        '‰' => Some('‰'),
        c => currency_sign(c),
    }
}

/// A currency sign as folding keeps it, the full-width forms as their usual ones; `None` for any other
/// character. Unicode's currency symbols (`Sc`) in the Basic Multilingual Plane.
///
/// Signs are not punctuation: "$5 million" and "€5 million" are two sums, and dropping the sign made a
/// changed currency read as copied.
fn currency_sign(c: char) -> Option<char> {
    match c {
        '$'
        | '¢'
        | '£'
        | '¤'
        | '¥'
        | '֏'
        | '؋'
        | '߾'
        | '߿'
        | '৲'
        | '৳'
        | '৻'
        | '૱'
        | '௹'
        | '฿'
        | '៛'
        | '\u{20A0}'..='\u{20C0}'
        | '꠸'
        | '﷼'
        | '﹩' => Some(c),
        '＄' => Some('$'),
        '￠' => Some('¢'),
        '￡' => Some('£'),
        '￥' => Some('¥'),
        '￦' => Some('₩'),
        _ => None,
    }
}

/// Marks ASCII whitespace in [`WORD_FOLD`]; only [`NOT_ASCII`] is larger.
const SPLIT_SPACE: u8 = 0xfe;

/// Whether `word` is its own fold: lowercase ASCII letters and digits only.
fn is_folded(word: &str) -> bool {
    word.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// Words up to this long take the stack-buffer path.
const FOLD_BUF: usize = 48;

/// Fold a word of ASCII and curly quotation marks into `buf`, returning the folded length; `None` for a word
/// with any other character beyond ASCII, or too long, which [`fold_unicode`] handles.
#[inline]
fn fold_ascii(word: &str, buf: &mut [u8; FOLD_BUF]) -> Option<usize> {
    let b = word.as_bytes();
    if b.len() > FOLD_BUF {
        return None;
    }
    let (mut n, mut apostrophes) = fold_ascii_pass(b, buf, false)?;
    // As in [`each_fold`]: a figure's marks are asked about only in a word that opens with a digit.
    if n < b.len() && opens_with_digit(&buf[..n]) {
        (n, apostrophes) = fold_ascii_pass(b, buf, true)?;
    }
    if apostrophes {
        n = drop_apostrophes(&mut buf[..n]);
    }
    Some(n)
}

/// One pass of [`fold_ascii`], keeping a figure's marks or not: the folded length (apostrophes still in),
/// and whether there are apostrophes.
#[inline]
fn fold_ascii_pass(b: &[u8], buf: &mut [u8; FOLD_BUF], figures: bool) -> Option<(usize, bool)> {
    let mut n = 0;
    let mut apostrophes = false;
    let mut i = 0;
    while i < b.len() {
        let mut f = ASCII_FOLD[usize::from(b[i])];
        if f == NOT_ASCII {
            f = curly_fold(b.get(i..i + 3)?)?;
            i += 2;
        } else if figures && keeps_figure_mark(b, i) {
            f = b[i];
        }
        // Written always, kept only when not dropped: no branch on the common path. Each character gives
        // one byte at most, so `n` stays below the word's length.
        buf[n] = f;
        n += usize::from(f != DROP);
        apostrophes |= f == APOSTROPHE;
        i += 1;
    }
    Some((n, apostrophes))
}

/// What a curly quotation mark, as its three UTF-8 bytes, folds to: `‘` and `’` are apostrophes, `“` and
/// `”` are dropped, as [`fold_unicode`] has them. News sets these against words ("“We", "Korea’s"), and
/// they are most of the non-ASCII in an English report: without this, each such word took the general path
/// and an allocation, a twentieth of the loading of a news-like report.
fn curly_fold(c: &[u8]) -> Option<u8> {
    match c {
        [0xe2, 0x80, 0x98 | 0x99] => Some(APOSTROPHE),
        [0xe2, 0x80, 0x9c | 0x9d] => Some(DROP),
        _ => None,
    }
}

const DROP: u8 = 0;
const NOT_ASCII: u8 = 0xff;
/// Marks an apostrophe in [`ASCII_FOLD`]: unlike `'` itself, it differs from every byte it stands for, so a
/// word is its own fold only if no byte changes.
const APOSTROPHE: u8 = 1;

/// What each byte folds to: a lowercase letter or digit, [`APOSTROPHE`] (kept until the possessive is
/// seen), `$` and `%` (kept signs, [`kept_sign`]), [`DROP`] for other ASCII, [`NOT_ASCII`] for the bytes of other characters, which the stack path
/// leaves to [`fold_unicode`] unless they are curly quotation marks ([`curly_fold`]).
static ASCII_FOLD: [u8; 256] = {
    let mut t = [DROP; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else if c == b'\'' || c == b'`' {
            APOSTROPHE
        } else if c >= 0x80 {
            NOT_ASCII
        } else if c == b'$' || c == b'%' {
            // A currency or percent sign, kept ([`kept_sign`]).
            c
        } else {
            DROP
        };
        i += 1;
    }
    t
};

/// Drop a possessive `'s`, then every other apostrophe (marked [`APOSTROPHE`]), in place; returns the new
/// length. Apostrophes are kept until here only to recognise the possessive: no apostrophe survives in a
/// key.
fn drop_apostrophes(buf: &mut [u8]) -> usize {
    let mut n = buf.len();
    if buf.ends_with(&[APOSTROPHE, b's']) {
        n -= 2;
    }
    let mut kept = 0;
    for i in 0..n {
        if buf[i] != APOSTROPHE {
            buf[kept] = buf[i];
            kept += 1;
        }
    }
    kept
}

/// [`fold`] for words with non-ASCII letters or quotes, or too long for the stack buffer.
fn fold_unicode(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    // A digit of another script is its ASCII digit, and Arabic script's figure marks ASCII's
    // ([`crate::digits`]): "١٢" and "12" are one word.
    let digit = |c: char| if c.is_ascii_digit() { Some(c) } else { crate::digits::ascii_digit(c) };
    // As [`keeps_figure_mark`] has it: only in a word whose first letter or digit is a digit.
    let figures = word.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| digit(c).is_some());
    let mut prev = None;
    // The word so far as [`keeps_figure_mark`] reads it in the fast path: as written, digits in ASCII. Not
    // `out`, which has lost the commas that grouped thousands before this one ("€12,500,000").
    let mut written: Vec<u8> = Vec::new();
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if is_optional_mark(c) {
            // Skipped, not kept: `prev` stays the letter it marks.
            continue;
        }
        if figures {
            written.push(match digit(c) {
                Some(d) => d as u8,
                None => {
                    crate::digits::ascii_figure_mark(c).map_or(if c.is_ascii() { c as u8 } else { 0xff }, |m| m as u8)
                }
            });
        }
        if c.is_alphabetic() {
            out.extend(c.to_lowercase());
        } else if c.is_alphanumeric() {
            out.push(digit(c).unwrap_or(c));
        } else if is_apostrophe(c) {
            out.push('\'');
        } else if let Some(sign) = kept_sign(c) {
            out.push(sign);
        } else if figures && chars.peek().is_some_and(|&n| digit(n).is_some()) {
            // As [`keeps_figure_mark`] has it, with the typographic minus and en dash read as a hyphen.
            let c = match c {
                '\u{2212}' | '–' => '-',
                c => crate::digits::ascii_figure_mark(c).unwrap_or(c),
            };
            let after_digit = prev.is_some_and(|p: char| digit(p).is_some());
            let keep = match c {
                ',' => {
                    let before = &written[..written.len() - 1];
                    after_digit && !groups_thousands(before, chars.clone().map(|n| digit(n).is_some()))
                }
                '.' | ':' | '/' => after_digit,
                '-' => after_digit || !prev.is_some_and(char::is_alphanumeric),
                _ => false,
            };
            if keep {
                out.push(c);
            }
        }
        prev = Some(c);
    }
    if out.ends_with("'s") {
        out.truncate(out.len() - 2);
    }
    out.retain(|c| c != '\'');
    out
}

/// Whether a character is a mark that Arabic or Hebrew writing may set on a letter or leave off: the
/// short vowels and other harakat, the dagger alif and the tatweel that stretches a word; Hebrew's vowel
/// points and cantillation. One outlet's "حداً" is another's "حدا", the same word; Unicode counts the
/// Arabic marks as letters, so folding kept them.
fn is_optional_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{0591}'..='\u{05BD}' | '\u{05BF}'
        | '\u{05C1}' | '\u{05C2}' | '\u{05C4}' | '\u{05C5}' | '\u{05C7}')
}

/// A fast hash of a folded word (FxHash): equal folds give equal hashes.
pub fn fold_hash(word: &str) -> u64 {
    // Hashing needs bytes, not a `str`: the fast path skips the UTF-8 check `with_fold` makes.
    if is_folded(word) {
        return hash_str(word);
    }
    let mut buf = [0u8; FOLD_BUF];
    match fold_ascii(word, &mut buf) {
        Some(n) => hash_bytes(&buf[..n]),
        None => hash_str(&fold_unicode(word)),
    }
}

/// The key of one word in a sentence's exact-match key (`alignment::SentenceKey`), from its folded bytes
/// (as [`each_fold`] gives them). The boilerplate scan hashes every word anyway, and keeps these, so that
/// sentence keys cost nothing more.
pub fn word_key(folded: &[u8]) -> u32 {
    if folded.is_empty() { EMPTY_WORD } else { word_key_of(hash_bytes(folded)) }
}

/// [`word_key`] from the word's [`hash_bytes`]: its high half, which FxHash mixes best. Four bytes, since
/// loading keeps one for every word of a report until its sentences are keyed (a long report's largest
/// list). Two words whose keys collide (one chance in 2^32 for a pair) make two sentences that differ in
/// nothing else equal by key: such sentences pair anyway, and a pair is compared word by word before it
/// is called copied, so the word diff still shows the difference.
pub fn word_key_of(hash: u64) -> u32 {
    (hash >> 32) as u32
}

/// [`word_key`] of a word that folds to nothing (punctuation alone): it counts as a word, but not in the
/// hash. A real word keyed to it (a chance of one in 2^32) would only drop out of its sentence's key.
pub const EMPTY_WORD: u32 = 0;

/// FxHash of a string: fast, and good enough for keys that are compared in bulk, never trusted alone for
/// anything a reader sees.
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// A sum of money written with its scale abbreviated ("$9m", "£1.2bn"), as its figure and the scale's
/// word ("9", "million"), the words another report writes it in ("$9 million"): `word` as written, and
/// `folded` as [`each_fold`] gives it ("9m", "12bn"). `None` for any other word.
///
/// Only after a currency sign: "9m" alone may be nine metres, and "5k" a race.
pub fn scaled_money<'w>(word: &str, folded: &'w [u8]) -> Option<(&'w [u8], &'static [u8])> {
    let folded = without_signs(folded);
    // Asked of every word of the sentences alignment reads: one byte rules out nearly all of them.
    if !folded.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (figure, scale): (&[u8], &[u8]) = if let Some(f) = folded.strip_suffix(b"m") {
        (f, b"million")
    } else if let Some(f) = folded.strip_suffix(b"bn") {
        (f, b"billion")
    } else if let Some(f) = folded.strip_suffix(b"tn") {
        (f, b"trillion")
    } else {
        return None;
    };
    let sign = word.find(|c: char| c.is_ascii_digit()).map_or("", |at| &word[..at]);
    let money = sign.contains(['$', '£', '€', '¥', '₹']);
    (money && is_figure(figure)).then_some((figure, scale))
}

/// FxHash of bytes, such as the folded bytes [`each_fold`] gives: equal to [`hash_str`] of the same text.
pub fn hash_bytes(b: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(b);
    h.finish()
}

/// The marks that open or close a quotation as reports write them, straight, curly or angled.
pub fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// A name's initial: a capital and a full stop ("M." of "Elaine M. Fraser", "B." of "Marie-Claude B."),
/// whose stop ends no sentence.
pub fn is_initial(word: &str) -> bool {
    matches!(word.as_bytes(), [c, b'.'] if c.is_ascii_uppercase())
}

/// The marks that stand for an apostrophe ("don't", "Korea’s"): folding drops them.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// The alignment key of a display word: folded, spelling variants unified, then stemmed.
/// Returns `None` for words that fold to nothing (pure punctuation).
pub fn stem_key(word: &str) -> Option<String> {
    with_fold(word, |folded| {
        memoised(&KEYS, folded.as_bytes(), |key| key.into_boxed_str()).map(|key: Box<str>| key.into_string())
    })
}

/// A stem key reduced to what alignment needs: its hash, and whether it is a stopword.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StemToken {
    pub hash: u64,
    pub stop: bool,
}

/// [`stem_key`] as a [`StemToken`], without allocating once the word has been seen.
pub fn stem_token(word: &str) -> Option<StemToken> {
    with_fold(word, |folded| folded_stem_token(folded.as_bytes()))
}

/// [`stem_token`] of a word already folded (as [`each_fold`] gives it).
pub fn folded_stem_token(folded: &[u8]) -> Option<StemToken> {
    with_stem_tokens(|tokens| tokens.of(folded))
}

/// This thread's memo of [`StemToken`]s, held for a loop over many words: the memo is reached once for
/// all of them, not once a word (reaching it was a fiftieth of the time of aligning a long pair).
pub struct StemTokens<'m> {
    memo: &'m mut rustc_hash::FxHashMap<u64, StemToken>,
}

impl StemTokens<'_> {
    /// [`folded_stem_token`] of `folded`.
    pub fn of(&mut self, folded: &[u8]) -> Option<StemToken> {
        remembered(self.memo, folded, |key| StemToken { hash: hash_str(&key), stop: is_stopword(&key) })
    }
}

/// Call `f` with this thread's [`StemTokens`].
pub fn with_stem_tokens<R>(f: impl FnOnce(&mut StemTokens<'_>) -> R) -> R {
    TOKENS.with_borrow_mut(|memo| f(&mut StemTokens { memo }))
}

// Prose repeats its words and the stemmer is the costliest step of tokenising, so each thread keeps the
// stems it has made, keyed by the folded word's hash (a lookup compares one number instead of two
// strings). Alignment needs only a token per word and facts need the stem itself, so each has its own
// memo: alignment looks up every word of the unpaired sentences, and its memo is kept small (24 bytes a
// word) so that it stays in the processor's cache.
thread_local! {
    static TOKENS: Memo<StemToken> = Memo::default();
    static KEYS: Memo<Box<str>> = Memo::default();
}

type Memo<T> = std::cell::RefCell<rustc_hash::FxHashMap<u64, T>>;

/// What `make` turns the stem of a folded word into, from `memo` or made and kept there; `None` for a
/// word that folds to nothing. The memo is bounded: it is cleared when it grows past a large vocabulary.
fn memoised<T: Clone + 'static>(
    memo: &'static std::thread::LocalKey<Memo<T>>,
    folded: &[u8],
    make: impl FnOnce(String) -> T,
) -> Option<T> {
    memo.with_borrow_mut(|memo| remembered(memo, folded, make))
}

/// [`memoised`], in a memo already at hand.
fn remembered<T: Clone>(
    memo: &mut rustc_hash::FxHashMap<u64, T>,
    folded: &[u8],
    make: impl FnOnce(String) -> T,
) -> Option<T> {
    if folded.is_empty() {
        return None;
    }
    let h = hash_bytes(folded);
    if let Some(known) = memo.get(&h) {
        return Some(known.clone());
    }
    if memo.len() >= 200_000 {
        memo.clear();
    }
    // Folded text is valid UTF-8 by construction; a slice that were not would stem as empty.
    let folded = std::str::from_utf8(folded).unwrap_or_default();
    let made = make(crate::inflection::stem(&unify_spelling(folded)).into_owned());
    memo.insert(h, made.clone());
    Some(made)
}

/// Map British spellings onto American ones (or both onto one form). Over-folding is harmless here because
/// the same map is applied to both sides: it only matters when two real, different words collide.
pub(crate) fn unify_spelling(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 1);
    push_unified(word, &mut out);
    out
}

/// [`unify_spelling`] of `word`, pushed onto `out`: keys of many words are built this way without a
/// string for each.
pub(crate) fn push_unified(word: &str, out: &mut String) {
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
        out.push_str(us);
        return;
    }
    let n = word.len();
    if !word.is_ascii() || n < 5 {
        out.push_str(word);
        return;
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
        // -our- before a suffix: "neighbourhood", "favourite", "honourable", "colourful", "labourer".
        ("ourhoods", "orhoods"),
        ("ourhood", "orhood"),
        ("ourites", "orites"),
        ("ourite", "orite"),
        ("ourable", "orable"),
        ("ourably", "orably"),
        ("ourful", "orful"),
        ("ourless", "orless"),
        ("ourly", "orly"),
        ("ourers", "orers"),
        ("ourer", "orer"),
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
            out.push_str(stem);
            out.push_str(us);
            return;
        }
    }
    out.push_str(word);
}

/// Very common English words. They still count in alignment, at a small weight, so that two sentences that
/// share only "the" and "of" are never paired.
pub fn is_stopword(key: &str) -> bool {
    // Asked once per word of the corpus: a fast hash, not SipHash.
    static SET: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| STOPWORDS.iter().copied().collect());
    SET.contains(key)
}

/// The stopwords of [`is_stopword`], in their folded and their stemmed forms.
#[rustfmt::skip]
pub const STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "ani", "are", "as", "at", "be", "becaus", "been", "but", "by",
    "can", "could", "did", "do", "for", "from", "had", "has", "have", "he", "her", "hi", "him", "his", "how", "i",
    "if", "in", "into", "is", "it", "it", "its", "mr", "mrs", "ms", "no", "not", "of", "on", "one", "onli", "or",
    "other", "our", "out", "over", "said", "say", "she", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "thi", "this", "those", "to", "two", "up", "veri", "was", "we", "were",
    "what", "when", "which", "while", "who", "will", "with", "would", "you", "your", "any", "because", "only",
    "very", "has", "his", "its", "this", "said", "says",
];

/// The unaccented letter of a lowercase Latin letter (Latin-1 and Latin Extended-A); any other character
/// as it is. One char for one, so a text keeps its length: the TUI's search folds by char.
pub fn base_letter(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_hebrew_optional_marks_fold_away() {
        assert_eq!(fold("حداً"), fold("حدا"));
        assert_eq!(fold("مُحَمَّد"), fold("محمد"));
        assert_eq!(fold("شـكـرا"), fold("شكرا"));
        assert_eq!(fold("שָׁלוֹם"), fold("שלום"));
        // In a figure too, and in every fold of a text.
        assert_eq!(fold("٢٠ًٍ"), "20");
        let mut folded = Vec::new();
        each_fold("تضع حداً لسنوات", |_, f| folded.push(String::from_utf8(f.to_vec()).unwrap()));
        assert_eq!(folded, ["تضع", "حدا", "لسنوات"]);
        // A letter's own accent is no optional mark.
        assert_ne!(fold("año"), fold("ano"));
    }

    #[test]
    fn shape_words_count_a_chinese_or_japanese_character_as_half_a_word() {
        assert_eq!(shape_words("Home"), 1);
        assert_eq!(shape_words("政务公开"), 2);
        // The middle dot between them is no word.
        assert_eq!(shape_words("文化・芸能"), 2);
        assert_eq!(shape_words("スポーツ"), 1);
        assert_eq!(shape_words("3号线一期"), 3);
        assert_eq!(shape_words("많이 본 뉴스"), 3);
    }

    #[test]
    fn han_pairs_are_of_neighbours_with_nothing_between() {
        let pairs = |text: &str| {
            let mut found = Vec::new();
            let mut pairs = HanPairs::default();
            each_fold(text, |at, f| {
                if is_han(f) {
                    found.extend(pairs.next(at, f));
                }
            });
            found
        };
        assert_eq!(pairs("青禾地铁"), ["青禾", "禾地", "地铁"].map(hash_str));
        // A space, a mark, kana or a Latin word between two characters makes no pair of them.
        assert!(pairs("开 通").is_empty());
        assert!(pairs("期。截").is_empty());
        assert!(pairs("鉄の道").is_empty());
        assert!(pairs("3号A线").is_empty());
        assert!(
            !is_han("の".as_bytes()) && !is_han("ス".as_bytes()) && !is_han("한".as_bytes()) && is_han("鉄".as_bytes())
        );
    }

    #[test]
    fn an_abbreviated_sum_reads_as_its_figure_and_scale() {
        let read = |w: &str| scaled_money(w, fold(w).as_bytes()).map(|(f, s)| (f.to_vec(), s));
        assert_eq!(read("$9m"), Some((b"9".to_vec(), &b"million"[..])));
        assert_eq!(read("(£1.9bn)"), Some((b"1.9".to_vec(), &b"billion"[..])));
        assert_eq!(read("€3tn,"), Some((b"3".to_vec(), &b"trillion"[..])));
        // The figure alignment reads in "$2.4 million", so the abbreviation meets the words.
        assert_eq!(read("$2.4m").map(|r| r.0), Some(without_signs(fold("$2.4").as_bytes()).to_vec()));
        for other in ["9m", "5km", "$9", "$mm", "2m.", "US$", "$3.5mn", "10k"] {
            assert_eq!(read(other), None, "{other}");
        }
    }

    #[test]
    fn fold_ignores_case_quotes_and_punctuation() {
        assert_eq!(fold("“Expand"), "expand");
        assert_eq!(fold("relations.”"), "relations");
        assert_eq!(fold("Pyongyang’s"), "pyongyang");
        assert_eq!(fold("Pyongyang's"), "pyongyang");
        assert_eq!(fold("co-operation,"), "cooperation");
        assert_eq!(fold("–"), "");
        assert_eq!(fold("2022"), "2022");
        // A figure keeps its marks; the punctuation around it goes.
        assert_eq!(fold("£1.4m,"), "£1.4m");
        assert_eq!(fold("3,5"), "3,5");
        assert_eq!(fold("(-3C)"), "-3c");
        assert_eq!(fold("1-0."), "1-0");
        assert_eq!(fold("4:17"), "4:17");
        assert_eq!(fold("−2.5%"), "-2.5%");
        assert_eq!(fold("10–20"), "10-20");
        assert_eq!(fold("covid-19"), "covid19");
        assert_eq!(fold("2019."), "2019");
        // A comma that groups thousands goes: "1,200" is "1200". One that may be a decimal mark stays.
        for (grouped, plain) in
            [("1,200", "1200"), ("$12,500,000.", "$12500000"), ("1,200.5", "1200.5"), ("€1,200", "€1200")]
        {
            assert_eq!(fold(grouped), plain, "{grouped}");
        }
        for kept in ["3,5", "1,2000", "1.200,50", "12345,678"] {
            assert!(fold(kept).contains(','), "{kept}: {}", fold(kept));
        }
        // each_fold, which keys sentences and the word diff, folds them alike.
        let mut folded = Vec::new();
        each_fold("cut 1,200 jobs, or 3,5 Prozent", |_, f| folded.push(String::from_utf8_lossy(f).into_owned()));
        assert_eq!(folded, ["cut", "1200", "jobs", "or", "3,5", "prozent"]);
    }

    #[test]
    fn currency_and_percent_signs_are_kept_and_alignment_reads_the_figure_without_them() {
        // "$5 million" and "€5 million" are two sums: the sign stays in the key.
        assert_ne!(fold("$5"), fold("€5"));
        assert_eq!(fold("($5.5m)"), "$5.5m");
        assert_eq!(fold("￥300"), fold("¥300"));
        assert_eq!(fold("5$"), "5$");
        assert_eq!(fold("$"), "$");
        // A figure is still one with its sign, its marks kept as without it.
        for (word, bare) in [("$5.5", "5.5"), ("€1,200", "1200"), ("£-3", "-3"), ("₹12", "12")] {
            let folded = fold(word);
            assert!(is_figure(folded.as_bytes()), "{word}");
            assert_eq!(without_signs(folded.as_bytes()), bare.as_bytes(), "{word}");
        }
        for word in ["$", "$abc", "€", "éte", "5$", "%"] {
            assert!(!is_figure(fold(word).as_bytes()), "{word}");
        }
        // A share keeps its sign too, whichever way it is written.
        assert_ne!(fold("25%"), fold("25"));
        for (word, folded) in [("(25%)", "25%"), ("25％", "25%"), ("٢٥٪", "25%"), ("3‰", "3‰"), ("%", "%")] {
            assert_eq!(fold(word), folded, "{word}");
        }
        assert!(is_figure(b"25%") && without_signs(b"25%") == b"25" && without_signs(b"%").is_empty());
        assert_eq!(without_signs("éte".as_bytes()), "éte".as_bytes());
        let mut folded = Vec::new();
        each_fold("paid $5.5m (€5,000,000) or £4", |_, f| folded.push(String::from_utf8_lossy(f).into_owned()));
        assert_eq!(folded, ["paid", "$5.5m", "€5000000", "or", "£4"]);
    }

    #[test]
    fn stem_key_unifies_inflection_and_spelling() {
        assert_eq!(stem_key("recognised"), stem_key("recognize"));
        assert_eq!(stem_key("Recognising"), stem_key("recognizes"));
        assert_eq!(stem_key("denuclearise"), stem_key("denuclearize"));
        assert_eq!(stem_key("colour"), stem_key("colors"));
        for (uk, us) in [("neighbourhood", "neighborhood"), ("favourite", "favorite"), ("honourable", "honorable")] {
            assert_eq!(stem_key(uk), stem_key(us), "{uk}");
        }
        // Short words keep their "our": "hourly" is no "horly".
        assert_ne!(stem_key("hourly"), stem_key("horly"));
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
        for w in [
            "Hello",
            "WORLD2",
            "Pyongyang’s",
            "“Expand",
            "co-operation",
            "x",
            "–",
            "Éclair",
            "Korea's",
            "don't",
            "rock'n'roll",
            "`quoted`",
            "'s",
            "U.S.",
            "(2022),",
            "\"Expand",
            "relations.\"",
            "'",
            "",
            "Supercalifragilisticexpialidocious-and-then-some-more-letters",
        ] {
            assert_eq!(with_fold(w, str::to_string), fold_unicode(w), "{w}");
            assert_eq!(fold_hash(w), hash_str(&fold(w)), "{w}");
        }
    }

    proptest::proptest! {
        /// The byte-level splitter agrees with splitting on `char::is_whitespace`.
        #[test]
        fn words_split_like_char_is_whitespace(t in "(\\PC|[ \t\n\r\u{0b}\u{0c}\u{a0}\u{85}\u{2003}\u{3000}]){0,40}") {
            let want: Vec<&str> = t.split(char::is_whitespace).filter(|w| !w.is_empty()).collect();
            proptest::prop_assert_eq!(words(&t).collect::<Vec<_>>(), want);
        }

        /// The one-pass walker splits like `tokens` and folds like `fold`, whatever the text.
        #[test]
        fn each_fold_agrees_with_tokens_and_fold(
            t in "([a-zA-Z0-9'`.,;:!?()\"$%-]{0,8}|[a-z]{40,60}|[ \t\n\u{a0}\u{85}\u{3000}]|é|“|”|‘|’|’s|‚|ʼ|€|£|＄|東京|のは|データ|「|」|。|٣٫٥|١٢|１２人){0,20}"
        ) {
            let mut got: Vec<(String, String)> = Vec::new();
            each_fold(&t, |w, f| got.push((t[w].to_string(), String::from_utf8(f.to_vec()).unwrap())));
            let want: Vec<(String, String)> = tokens(&t).map(|w| (w.to_string(), fold(w))).collect();
            proptest::prop_assert_eq!(got, want);
        }

        /// A word in another script's digits folds as it does in ASCII digits ([`crate::digits`]).
        #[test]
        fn other_scripts_digits_fold_as_ascii_ones(w in "[a-z0-9٠-٩۰-۹০-৯๐-๙０-９٫٬٪.,:/-]{0,12}") {
            proptest::prop_assert_eq!(fold(&w), fold(&crate::digits::with_ascii_digits(&w).0));
        }

        /// The shortcut for curly quotation marks ends tokens where deciding each mark the general way does.
        #[test]
        fn curly_quotes_end_tokens_as_the_general_step_does(
            t in "([a-zA-Z0-9.,]{0,4}|“|”|‘|’|東京|のは|データ|「|」|。|é|ア){0,16}"
        ) {
            for (start, _) in t.char_indices() {
                let general = token_end_stepping(&t, start, false);
                proptest::prop_assert_eq!(token_end(&t, start), general, "{:?} from {}", t, start);
            }
        }

        /// Tokens cut words further, never across whitespace: they are the words' pieces, in order.
        #[test]
        fn tokens_are_pieces_of_words(t in "(\\PC|[ \u{3000}\u{a0}]|東|の|データ|「|」|。|、){0,30}") {
            let pieces: String = tokens(&t).collect();
            let whole: String = words(&t).collect();
            proptest::prop_assert_eq!(pieces, whole);
            for w in words(&t) {
                let inner: Vec<&str> = tokens(w).collect();
                proptest::prop_assert_eq!(inner.concat(), w);
            }
        }

        /// The stack-buffer path must fold exactly like the general one, whatever the punctuation.
        #[test]
        fn the_ascii_fast_path_folds_like_the_general_one(w in "[a-zA-Z0-9'`.,;:!?()\"$%\u{0}“”‘’ʼ´é‚„\u{2018}-]{0,60}") {
            proptest::prop_assert_eq!(with_fold(&w, str::to_string), fold_unicode(&w));
            proptest::prop_assert_eq!(fold_hash(&w), hash_str(&fold_unicode(&w)));
        }
    }

    #[test]
    fn stem_token_agrees_with_stem_key() {
        for w in ["Recognised", "the", "relations.", "...", "Said"] {
            let key = stem_key(w);
            let token = stem_token(w);
            assert_eq!(token.map(|t| t.hash), key.as_deref().map(hash_str), "{w}");
            assert_eq!(token.map(|t| t.stop), key.as_deref().map(is_stopword), "{w}");
        }
    }

    #[test]
    fn unspaced_text_is_cut_into_words() {
        let t: Vec<_> = tokens("東京都内で「激しい雨」が降り、データセンターが停止。iPhone版は2024年に").collect();
        assert_eq!(
            t,
            [
                "東",
                "京",
                "都",
                "内",
                "で",
                "「激",
                "し",
                "い",
                "雨」",
                "が",
                "降",
                "り、",
                "データセンター",
                "が",
                "停",
                "止。",
                "iPhone",
                "版",
                "は",
                "2024",
                "年",
                "に"
            ]
        );
        // Spaced scripts are untouched, brackets and all.
        let t: Vec<_> = tokens("Seoul (서울시) said “no”, twice.").collect();
        assert_eq!(t, ["Seoul", "(서울시)", "said", "“no”,", "twice."]);
        // Display words keep unspaced text whole.
        assert_eq!(words("東京都内で 雨").collect::<Vec<_>>(), ["東京都内で", "雨"]);
    }

    #[test]
    fn thai_is_cut_into_the_words_of_its_dictionary() {
        let t: Vec<_> = tokens("น้ำป่าหลากท่วม อ.แม่ลานคำ 386 คน").collect();
        assert_eq!(t, ["น้ำป่า", "หลาก", "ท่วม", "อ.", "แม่", "ลาน", "คำ", "386", "คน"]);
        // Its marks of a shortened word and of a repeated one stay on their word; a bracket opens the next;
        // a word of another script joined to Thai is a word of its own.
        let t: Vec<_> = tokens("ผู้ว่าฯ ทุกๆวัน (ภาพ)ข่าว abcไทย").collect();
        assert_eq!(t, ["ผู้", "ว่าฯ", "ทุกๆ", "วัน", "(ภาพ)", "ข่าว", "abc", "ไทย"]);
    }

    #[test]
    fn runs_of_unspaced_text_join_without_a_space() {
        assert!(joins_as_written("ฝน", "ตกหนัก", false));
        assert!(joins_without_space("明日の", "朝"));
        assert!(joins_without_space("データ", "が"));
        assert!(joins_without_space("止。", "iPhone"));
        assert!(!joins_without_space("the", "bridge"));
        assert!(!joins_without_space("said,", "“we"));
        assert!(!joins_without_space("Seoul", "서울"));
        assert!(!joins_without_space("", "朝"));
        // A sentence's closing mark, kept apart by the word diff, joins the run before it.
        assert!(joins_without_space("{+carefully+}", "."));
        assert!(joins_without_space("wrong", "?”"));
        assert!(!joins_without_space("", "."));
        assert!(!joins_without_space("said,", "”we"));
    }

    #[test]
    fn words_split_on_all_whitespace() {
        let w: Vec<_> = words("a\u{a0}b  c\td\n").collect();
        assert_eq!(w, ["a", "b", "c", "d"]);
    }
}
