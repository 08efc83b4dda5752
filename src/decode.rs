//! Turning the bytes of a file into safe text: encoding detection, BOM and CRLF handling, binary detection,
//! HTML left in a page's text copy ([`crate::html`]), and the removal of every control character and escape
//! sequence.
//!
//! Sanitising happens here, at load time, so that no printer and no TUI widget downstream can ever pass a
//! byte from a hostile file to a terminal. Everything after this module may assume clean text.

use crate::html::{unmark, unmark_owned};

/// Text decoded from a file, with the name of the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// Sanitised text: LF line ends, no control characters other than `\n` and `\t`.
    pub text: String,
    /// The encoding's name in lowercase, for example `utf-8` or `windows-1252`.
    pub encoding: String,
}

/// A path as it may be shown: a file's name comes from the corpus as much as its text does, so each
/// control character in it (an escape, a newline) is shown as `?`, as `ls` shows it, and never reaches a
/// terminal. Names that are not UTF-8 are shown with U+FFFD for the bytes that are not.
///
/// Bidirectional controls are shown as `?` too. Text drops the overrides and isolates ([`sanitize`]); a name
/// stands in a column beside others, where even a mark (U+200F) turns the run of neutral characters next
/// to it around, and a name with U+202E showed `nope\u{202e}txt.gpj` as "nopejpg.txt".
pub fn shown_path(path: impl AsRef<std::path::Path>) -> String {
    let hidden = |c: char| c.is_control() || reorders(c) || matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}');
    path.as_ref().to_string_lossy().chars().map(|c| if hidden(c) { '?' } else { c }).collect()
}

/// Bidirectional embeddings, overrides and isolates: they reorder what a terminal shows after them.
fn reorders(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Decode `bytes`, or return `None` when they look binary.
///
/// Strict UTF-8 is tried first; otherwise the encoding is guessed with chardetng and decoded with
/// encoding_rs. A UTF-16 file is recognised by its BOM.
pub fn decode(bytes: &[u8]) -> Option<Decoded> {
    // UTF-16 carries NUL bytes by design, so its BOM must be honoured before the binary check.
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes)
        && enc != encoding_rs::UTF_8
    {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Some(Decoded { text: sanitize(&unmark(&text)), encoding: enc.name().to_lowercase() });
    }
    if looks_binary(bytes) {
        return None;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(Decoded { text: sanitize(&unmark(text)), encoding: "utf-8".into() });
    }
    if mostly_utf8(bytes) {
        let text = String::from_utf8_lossy(bytes);
        return Some(Decoded { text: sanitize(&unmark(&text)), encoding: "utf-8".into() });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = western_if_likelier(bytes, detector.guess(None, chardetng::Utf8Detection::Allow));
    let (text, _, _) = enc.decode(bytes);
    Some(Decoded { text: sanitize(&unmark(&text)), encoding: enc.name().to_lowercase() })
}

/// [`decode`] for bytes the caller gives up, as a loader does with a file it has read: UTF-8 text that needs
/// no cleaning is kept in the same buffer. A 2 MB report read and then copied whole took a second 2 MB of
/// fresh memory, page by page, for nothing.
pub fn decode_owned(bytes: Vec<u8>) -> Option<Decoded> {
    if has_foreign_bom(&bytes) || looks_binary(&bytes) {
        return decode(&bytes);
    }
    // The BOM is dropped only from text that is UTF-8: bytes that are not go to [`decode`] whole, BOM and
    // all, as a caller of [`decode`] gives them. Stripped first, a short file of control bytes read as
    // binary here and as text there (the binary test weighs them against every byte).
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if bom {
                text.drain(..3);
            }
            Some(Decoded { text: sanitize_owned(unmark_owned(text)), encoding: "utf-8".into() })
        }
        Err(not_utf8) => decode(not_utf8.as_bytes()),
    }
}

/// [`sanitize`], keeping `text` as it is when nothing in it would change.
fn sanitize_owned(text: String) -> String {
    let cr = lone_cr(&text);
    let mut rest = text.as_str();
    let mut unit = String::new();
    while !rest.is_empty() {
        let run = plain_run(rest.as_bytes());
        let mut chars = rest[run..].chars();
        unit.clear();
        one_unit(&mut chars, &mut unit, cr);
        let taken = rest.len() - run - chars.as_str().len();
        if unit != rest[run..run + taken] {
            // The first change: what comes before it stays as it is, the rest is cleaned.
            let at = text.len() - rest.len() + run;
            let mut out = String::with_capacity(text.len());
            out.push_str(&text[..at]);
            out.push_str(&sanitize_with(&text[at..], cr));
            return out;
        }
        rest = chars.as_str();
    }
    text
}

/// Windows-1252 instead of the detector's single-byte guess when it reads the bytes where the two differ
/// more plausibly: letters standing in words, signs standing outside them.
///
/// With only a few bytes above ASCII to go on, the detector can mistake a British report's pound signs
/// for Central European letters: `pay \xa31.2bn` reads "pay £1.2bn" in Windows-1252 but "pay Ł1.2bn" in
/// Windows-1250, a letter glued to a number. In text that really is Polish or Czech, the differing
/// bytes are letters inside words, and the guess stands: only a strictly likelier reading overrides it.
fn western_if_likelier(bytes: &[u8], guess: &'static encoding_rs::Encoding) -> &'static encoding_rs::Encoding {
    let western = encoding_rs::WINDOWS_1252;
    if guess == western || !guess.is_single_byte() {
        return guess;
    }
    // Single-byte encodings: one character per byte, so the two readings line up character by character.
    let (a, _) = guess.decode_without_bom_handling(bytes);
    let (b, _) = western.decode_without_bom_handling(bytes);
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() {
        return guess;
    }
    let fits = |s: &[char], i: usize| {
        let letter = |k: Option<usize>| k.and_then(|k| s.get(k)).is_some_and(|c| c.is_alphabetic());
        let (before, after) = (letter(i.checked_sub(1)), letter(Some(i + 1)));
        if s[i].is_alphabetic() { before || after } else { !(before && after) }
    };
    let (mut for_guess, mut for_western) = (0usize, 0usize);
    for i in (0..a.len()).filter(|&i| a[i] != b[i]) {
        for_guess += usize::from(fits(&a, i));
        for_western += usize::from(fits(&b, i));
    }
    if for_western > for_guess { western } else { guess }
}

/// UTF-8 with a few broken bytes (a truncated copy, one stray Latin-1 byte) rather than a legacy encoding:
/// its well-formed multi-byte characters outnumber its invalid sequences at least three to one. Text in a
/// legacy encoding almost never forms a valid multi-byte sequence by chance, so it scores near zero.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte >= 3 * invalid
}

/// How much of a file's start [`looks_binary`] reads.
pub const BINARY_HEAD: usize = 8192;

/// Whether a file whose first [`BINARY_HEAD`] bytes (or all, if fewer) are `head` is binary, as [`decode`]
/// judges it: a loader can tell before it reads the rest.
pub fn is_binary_head(head: &[u8]) -> bool {
    !has_foreign_bom(head) && looks_binary(head)
}

/// A byte order mark of UTF-16: such a file holds NUL bytes by design, and is text all the same.
fn has_foreign_bom(bytes: &[u8]) -> bool {
    encoding_rs::Encoding::for_bom(bytes).is_some_and(|(enc, _)| enc != encoding_rs::UTF_8)
}

/// A file is binary when its first 8 KiB hold NUL bytes beyond a stray one and one more a KiB, or when more
/// than one byte in ten there is a control byte that text files do not use.
///
/// Any NUL at all was once enough, as git and grep judge; but a web copy saved with one stray NUL (a
/// truncated write, a bad paste) is a report all the same, and was dropped whole with a warning. Binary
/// formats hold NULs by the dozen: an image's header, a program's, compressed data (one byte in 256). The
/// stray NUL itself is dropped with the other control characters ([`sanitize`]).
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(BINARY_HEAD)];
    let nuls = memchr::memchr_iter(0, head).count();
    if nuls > 1 + head.len() / 1024 {
        return true;
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b)).count();
    !head.is_empty() && controls * 10 > head.len()
}

/// Remove escape sequences and control characters, and normalise line ends to LF.
///
/// - ESC sequences (CSI, OSC, DCS, SOS, PM, APC and two-byte escapes) are removed whole, parameters included,
///   so that no half of a sequence survives as visible garbage. A string sequence (OSC, DCS …) left open
///   ends with its line.
/// - The 8-bit C1 introducers (U+009B CSI, U+009D OSC, U+0090 DCS …) are treated like their ESC forms.
/// - CRLF becomes LF. A lone CR becomes LF in a text with no LF (old Mac line ends), and a space in one
///   with LFs, where it is a conversion's leftover: as a line end it broke a sentence in two ("Amira
///   Haddad,\r 62, …"), and "\r\r\n" made a blank line between the lines of a paragraph. Form feeds and
///   vertical tabs become LF.
/// - Every other C0 control, DEL and C1 control is dropped. `\n` and `\t` stay.
/// - Bidirectional override and isolate controls are dropped: they reorder what a terminal shows.
/// - Invisible marks inside words are dropped: the soft hyphen, the zero-width space and the word joiner.
///   Web copies are full of them, and terminals disagree on their width (tmux gives a soft hyphen a cell
///   that the screen's layout did not), so a row of the TUI that held one was pushed a column out of line.
pub fn sanitize(input: &str) -> String {
    sanitize_with(input, lone_cr(input))
}

/// What a lone CR of `text` stands for ([`sanitize`]): a line end where the text has no LF, else a space.
fn lone_cr(text: &str) -> char {
    if memchr::memchr(b'\n', text.as_bytes()).is_none() { '\n' } else { ' ' }
}

/// [`sanitize`], with a lone CR made `cr`.
fn sanitize_with(input: &str, cr: char) -> String {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while !rest.is_empty() {
        // Almost all text is plain: copy it in runs, and look closely only where a byte may start something
        // to drop or change.
        let run = plain_run(rest.as_bytes());
        out.push_str(&rest[..run]);
        let mut chars = rest[run..].chars();
        one_unit(&mut chars, &mut out, cr);
        rest = chars.as_str();
    }
    out
}

/// The length of the run of bytes at the start of `b` that need no care (see [`may_need_care`]).
///
/// Many bytes are tested at once, and only a chunk that holds a byte worth a look is read byte by byte:
/// this runs over every byte of every file.
fn plain_run(b: &[u8]) -> usize {
    // Thirty-two bytes at a time, each tested by comparisons alone and the results folded without an
    // early exit, so that the compiler tests the whole chunk with vector instructions; the first chunk
    // with a byte worth a look is then read byte by byte. (Eight bytes at a time as bits of one integer
    // took three and a half instructions a byte, and every chunk with a newline needed the byte test.)
    const CHUNK: usize = 32;
    let care = |c: u8| (c < 0x20) & (c != b'\n') & (c != b'\t') | (c == 0x7f) | (c == 0xc2) | (c == 0xe2);
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + CHUNK) {
        if chunk.iter().fold(false, |found, &c| found | care(c)) {
            break;
        }
        i += CHUNK;
    }
    i + b[i..].iter().position(|&c| may_need_care(c)).unwrap_or(b.len() - i)
}

/// Bytes that may begin a character `sanitize` drops or changes: C0 controls other than `\n` and `\t`, DEL,
/// and the UTF-8 lead bytes of the C1 controls and the soft hyphen (0xC2), and of the bidi controls, the
/// zero-width space and the word joiner (0xE2). Each is the first byte of a character, so a run cut before
/// one ends on a character boundary.
fn may_need_care(b: u8) -> bool {
    // One table load per byte: this runs over every byte of every file.
    CARE[usize::from(b)]
}

/// [`may_need_care`] for each byte value.
static CARE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = (c < 0x20 && c != b'\n' && c != b'\t') || c == 0x7f || c == 0xc2 || c == 0xe2;
        b += 1;
    }
    t
};

/// Take one character from `chars`, with the rest of its escape sequence if it starts one, and write what
/// survives of it to `out`.
fn one_unit(chars: &mut std::str::Chars<'_>, out: &mut String, cr: char) {
    let Some(c) = chars.next() else { return };
    match c {
        '\u{1b}' => match chars.next() {
            Some('[') => skip_csi(chars),
            Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
            // Two-byte escapes (ESC 7, ESC c, ESC ( B …): the intermediate bytes, then one final byte.
            Some(mut n) => {
                while ('\u{20}'..='\u{2f}').contains(&n) {
                    match chars.next() {
                        Some(m) => n = m,
                        None => break,
                    }
                }
            }
            None => {}
        },
        '\u{9b}' => skip_csi(chars),
        '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(chars),
        '\r' => {
            if !chars.as_str().starts_with('\n') {
                out.push(cr);
            }
        }
        '\u{0b}' | '\u{0c}' => out.push('\n'),
        '\n' | '\t' => out.push(c),
        c if reorders(c) => {}
        '\u{ad}' | '\u{200b}' | '\u{2060}' => {}
        c if c.is_control() => {}
        c => out.push(c),
    }
}

/// Skip the parameter and intermediate bytes of a CSI sequence and its final byte.
fn skip_csi(chars: &mut std::str::Chars<'_>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            return;
        }
        // A sequence broken by a non-CSI character ends there, so text after it is not swallowed.
        if !('\u{20}'..='\u{3f}').contains(&c) {
            return;
        }
    }
}

/// Skip a string sequence (OSC, DCS …) up to its terminator: BEL, ST (ESC \) or the 8-bit ST; or up to
/// CAN or SUB, which cancel it in a terminal; or up to the end of its line, which is kept.
///
/// A sequence left open would otherwise take the rest of the file with it. Files leave them open more
/// often than terminals do: 0x90 and 0x9D are bytes Windows-1252 leaves undefined, and a Latin-1 file
/// that holds one read as an 8-bit DCS or OSC, and lost every paragraph after it.
fn skip_string(chars: &mut std::str::Chars<'_>) {
    while let Some(c) = chars.as_str().chars().next() {
        if matches!(c, '\n' | '\r') {
            return;
        }
        chars.next();
        match c {
            '\u{07}' | '\u{9c}' | '\u{18}' | '\u{1a}' => return,
            '\u{1b}' => {
                if chars.as_str().starts_with('\\') {
                    chars.next();
                }
                return;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_read_into_their_own_buffer_decode_as_a_borrowed_copy_does() {
        // A BOM, then bytes that are not UTF-8 and are half control bytes: found by the property test in
        // tests/properties.rs. Both ways they are one short text in a legacy encoding.
        let bytes = b"\xEF\xBB\xBF\x80\x80\x80\x0e\t\x1b[".to_vec();
        assert!(decode(&bytes).is_some());
        assert_eq!(decode_owned(bytes.clone()), decode(&bytes));
        // UTF-8 with a BOM loses it either way.
        let bytes = "\u{feff}caf\u{e9}".as_bytes().to_vec();
        assert_eq!(decode_owned(bytes.clone()).map(|d| d.text), Some("caf\u{e9}".to_string()));
        assert_eq!(decode_owned(bytes.clone()), decode(&bytes));
    }

    #[test]
    fn strips_escape_sequences_whole() {
        let hostile = "a\u{1b}[31mred\u{1b}[0m b\u{1b}]0;title\u{7}c\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\ d\u{7}e\u{9b}2Jf\u{85}g\u{7f}h";
        assert_eq!(sanitize(hostile), "ared bclink defgh");
    }

    proptest::proptest! {
        /// Copying plain runs wholesale gives what taking every character through `one_unit` gives.
        #[test]
        fn plain_runs_are_copied_faithfully(t in "(\\PC|[\u{0}-\u{1f}\u{7f}-\u{9f}\u{ad}\u{200b}\u{2060}\u{202a}-\u{202e}\u{2066}-\u{2069}\\[\\]\\\\]){0,60}") {
            let mut slow = String::new();
            let mut chars = t.chars();
            while !chars.as_str().is_empty() {
                one_unit(&mut chars, &mut slow, lone_cr(&t));
            }
            proptest::prop_assert_eq!(sanitize(&t), slow);
        }

        /// Testing many bytes at once finds the same first byte worth a look as testing each, in the
        /// first chunk or after several plain ones.
        #[test]
        fn plain_run_stops_where_the_byte_test_does(
            b in proptest::collection::vec(
                proptest::prop_oneof![60 => 0x20u8..0x7f, 1 => proptest::num::u8::ANY, 1 => proptest::sample::select(vec![0x7fu8, 0xc2, 0xe2, b'\n', b'\t', 0x1f, 0x20, 0xc1, 0xe3, 0x00])],
                0..140,
            )
        ) {
            let want = b.iter().position(|&c| may_need_care(c)).unwrap_or(b.len());
            proptest::prop_assert_eq!(plain_run(&b), want);
        }
    }

    #[test]
    fn an_unterminated_string_sequence_ends_with_its_line() {
        // An 8-bit DCS (a Latin-1 file's byte 0x90) and an OSC left open take the rest of their line only.
        assert_eq!(sanitize("was \u{90} today.\nOfficials confirmed."), "was \nOfficials confirmed.");
        assert_eq!(sanitize("a\u{1b}]0;title\r\nnext line"), "a\nnext line");
        assert_eq!(sanitize("a\u{1b}P1;2|data\n\nnext\u{9d} para"), "a\n\nnext");
        // CAN and SUB cancel a sequence, as in a terminal.
        assert_eq!(sanitize("said \u{1b}]0;abc\u{18} the budget \u{1b}]0;abc\u{1a} ok."), "said  the budget  ok.");
    }

    #[test]
    fn keeps_newlines_and_tabs_and_folds_cr() {
        assert_eq!(sanitize("a\r\nb\rc\td\u{0c}e"), "a\nb c\td\ne");
        // A lone CR ends a line where no LF does, and is a space among lines that end in LF.
        assert_eq!(sanitize("a\rb\rc"), "a\nb\nc");
        assert_eq!(sanitize("Amira Haddad,\r 62, died.\r\r\nNext line."), "Amira Haddad,  62, died. \nNext line.");
    }

    #[test]
    fn drops_bidi_overrides() {
        assert_eq!(sanitize("ab\u{202e}cd\u{2066}e"), "abcde");
    }

    #[test]
    fn drops_invisible_marks_inside_words() {
        assert_eq!(sanitize("col\u{ad}lapse ver\u{200b}dict com\u{2060}pany"), "collapse verdict company");
        // Joiners stay: they shape Persian and Indic words and join emoji.
        assert_eq!(sanitize("می\u{200c}خواهم 👩\u{200d}🚒"), "می\u{200c}خواهم 👩\u{200d}🚒");
    }

    #[test]
    fn utf8_with_bom() {
        let d = decode(b"\xEF\xBB\xBFcaf\xC3\xA9\r\n").unwrap();
        assert_eq!(d.text, "café\n");
        assert_eq!(d.encoding, "utf-8");
    }

    #[test]
    fn windows_1252_curly_quotes() {
        // “Le café est prêt,” dit-elle — in Windows-1252.
        let bytes = b"\x93Le caf\xe9 est pr\xeat,\x94 dit-elle. Il \xe9tait tr\xe8s t\xf4t le matin \xe0 Paris.";
        let d = decode(bytes).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.starts_with("“Le café est prêt,” dit-elle."), "{}", d.text);
    }

    #[test]
    fn windows_1252_pound_signs_are_not_read_as_central_european_letters() {
        // "The firm must pay £1.2bn, and £90m of it to families,” the court’s ruling said." in Windows-1252.
        let bytes = b"\x93The firm must pay \xa31.2bn, and \xa390m of it to the families,\x94 the court\x92s ruling said on Tuesday.";
        let d = decode(bytes).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("£1.2bn") && d.text.contains("£90m"), "{}", d.text);
    }

    #[test]
    fn central_european_text_keeps_its_encoding() {
        // Polish in Windows-1250: "Zażółć gęślą jaźń. Łódź była piękna."
        let bytes =
            b"Za\xbf\xf3\xb3\xe6 g\xea\x9cl\xb9 ja\x9f\xf1. \xa3\xf3d\x9f by\xb3a pi\xeakna, a \xbf\xf3\xb3w \x9cpi.";
        let d = decode(bytes).unwrap();
        assert_eq!(d.encoding, "windows-1250");
        assert!(d.text.contains("Łódź była"), "{}", d.text);
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        // “Café” in UTF-8, then one byte cut from a character at the end of a truncated copy.
        let d = decode(
            "“Le café est prêt,” dit-elle. "
                .as_bytes()
                .iter()
                .chain(b"\xe2\x80")
                .copied()
                .collect::<Vec<_>>()
                .as_slice(),
        )
        .unwrap();
        assert_eq!(d.encoding, "utf-8");
        assert!(d.text.starts_with("“Le café est prêt,” dit-elle."), "{}", d.text);
        assert!(d.text.ends_with('\u{fffd}'), "{}", d.text);
    }

    #[test]
    fn utf16_by_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "héllo\n".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "héllo\n");
        assert_eq!(d.encoding, "utf-16le");
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"\x7fELF\x02\x01\x01\x00\x00\x00").is_none());
        assert!(decode(&[1u8, 2, 3, 4, 5, 6, 7, 8, b'a', b'b']).is_none());
        assert!(decode(b"").is_some());
        // Random bytes, as compressed data is: a NUL in 256.
        let mut x = 7u64;
        let noise: Vec<u8> = (0..8192)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        assert!(decode(&noise).is_none());
    }

    #[test]
    fn a_stray_nul_in_a_text_is_dropped_not_the_text() {
        let mut text = "The council voted on Monday to close the pier. ".repeat(20).into_bytes();
        text.insert(300, 0);
        let d = decode(&text).expect("a text with one stray NUL");
        assert!(!d.text.contains('\0') && d.text.contains("close the pier"));
        // Two NULs in a short file, or one more a KiB, are no stray bytes.
        text.insert(200, 0);
        assert!(decode(&text).is_none());
    }
}
