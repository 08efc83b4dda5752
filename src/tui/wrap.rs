//! Word wrapping of styled text into a column of fixed display width, and padding columns to equal height.
//!
//! Widths are display columns (unicode-width), so wide CJK characters count two. Lines break at whitespace,
//! and between the words of Thai and its neighbours, which set spaces between phrases only; a word wider
//! than the column (or a run of CJK text with no spaces) is cut between characters.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// What a character of corpus text shows as on the terminal, or `None` to leave it out.
///
/// Terminals disagree with unicode-width, and with each other, about emoji built of several code points:
/// "👷🏽‍♂️" (a worker, a skin tone, a joiner, a sign, a variation selector) is one 2-column picture to the
/// width tables and four or five columns in tmux, and a flag (two regional-indicator letters) is two or
/// four. Every cell after such a sequence then lands in the wrong column, and stale glyphs are left on
/// the screen. So the joiner, the variation selectors and the skin tones are left out (each emoji shows
/// as its base picture, one width everywhere), and a flag shows as its two letters ("🇵🇪" as "PE"). The
/// text itself is unchanged: search and the comparison see what the file holds.
pub fn shown_char(c: char) -> Option<char> {
    match c {
        '\u{200d}' | '\u{fe0e}' | '\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}' => None,
        '\u{1f1e6}'..='\u{1f1ff}' => char::from_u32(u32::from(c) - 0x1f1e6 + u32::from(b'A')),
        _ => Some(c),
    }
}

/// `text` as the terminal is given it (see [`shown_char`]); borrowed when nothing changes.
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(|c| shown_char(c) == Some(c)) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.chars().filter_map(shown_char).collect())
    }
}

/// One word: its styled fragments and its display width.
struct Word {
    parts: Vec<(String, Style)>,
    width: usize,
    /// It follows the word before with no space: a word of a Thai phrase after the first.
    glued: bool,
}

impl Word {
    fn new() -> Word {
        Word { parts: Vec::new(), width: 0, glued: false }
    }
}

/// `word` cut into the words of the Thai, Lao, Khmer or Burmese phrases it holds ([`pressdiff::segment`]),
/// each after the first glued to the one before; any other word as it is. A phrase of these scripts runs
/// as long as a line of English, and, kept whole, went to the next line whole or was cut inside a word.
fn cut_phrases(word: Word, out: &mut Vec<Word>) {
    let plain: String = word.parts.iter().map(|(t, _)| t.as_str()).collect();
    if !pressdiff::segment::holds_segmented(&plain) {
        out.push(word);
        return;
    }
    // Where a word of such a phrase ends with another of it after.
    let mut cuts = Vec::new();
    let mut i = 0;
    while let Some(c) = plain[i..].chars().next() {
        if pressdiff::segment::is_segmented(c) {
            let end = pressdiff::segment::word_end(&plain, i);
            if plain[end..].chars().next().is_some_and(pressdiff::segment::is_segmented) {
                cuts.push(end);
            }
            i = end;
        } else {
            i += c.len_utf8();
        }
    }
    let glued = word.glued;
    let mut cur = Word { glued, ..Word::new() };
    let mut at = 0;
    let mut next = cuts.iter().copied().peekable();
    for (text, style) in word.parts {
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let take = next.peek().map_or(rest.len(), |&cut| (cut - at).min(rest.len()));
            let (piece, after) = rest.split_at(take);
            if !piece.is_empty() {
                cur.width += piece.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>();
                cur.parts.push((piece.to_string(), style));
            }
            at += take;
            rest = after;
            if next.peek() == Some(&at) {
                next.next();
                out.push(std::mem::replace(&mut cur, Word { glued: true, ..Word::new() }));
            }
        }
    }
    if !cur.parts.is_empty() {
        out.push(cur);
    }
}

/// Split styled runs into words. Whitespace separates words; a word may span runs of different styles.
fn words(runs: &[Span<'_>]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut cur = Word::new();
    for run in runs {
        for ch in run.content.chars().filter_map(shown_char) {
            if ch.is_whitespace() {
                if cur.width > 0 || !cur.parts.is_empty() {
                    cut_phrases(std::mem::replace(&mut cur, Word::new()), &mut out);
                }
                continue;
            }
            match cur.parts.last_mut() {
                Some((text, style)) if *style == run.style => text.push(ch),
                _ => cur.parts.push((ch.to_string(), run.style)),
            }
            cur.width += ch.width().unwrap_or(0);
        }
    }
    if !cur.parts.is_empty() {
        cut_phrases(cur, &mut out);
    }
    out
}

/// A line being filled.
#[derive(Default)]
struct Builder {
    lines: Vec<Line<'static>>,
    spans: Vec<Span<'static>>,
    width: usize,
}

impl Builder {
    fn push(&mut self, text: &str, style: Style, width: usize) {
        match self.spans.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push_str(text),
            _ => self.spans.push(Span::styled(text.to_string(), style)),
        }
        self.width += width;
    }

    fn flush(&mut self) {
        self.lines.push(Line::from(std::mem::take(&mut self.spans)));
        self.width = 0;
    }
}

/// Wrap styled runs into lines at most `width` columns wide. The space between two words takes the style of
/// the word before it when both words share a style (so an underlined phrase stays one underline), and no
/// style otherwise. Empty input gives no lines.
pub fn wrap(runs: &[Span<'_>], width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let mut b = Builder::default();
    let mut prev_style: Option<Style> = None;
    for word in words(runs) {
        let first_style = word.parts[0].1;
        if word.glued && b.width > 0 && b.width + word.width <= width {
            // On with its phrase, with no space.
        } else if !word.glued && b.width > 0 && b.width + 1 + word.width <= width {
            let gap = if prev_style == Some(first_style) { first_style } else { Style::default() };
            b.push(" ", gap, 1);
        } else if b.width > 0 {
            b.flush();
        }
        if word.width <= width - b.width {
            for (text, style) in &word.parts {
                let w = text.chars().map(|c| c.width().unwrap_or(0)).sum();
                b.push(text, *style, w);
            }
        } else {
            // Too wide for any line: cut between characters, but not inside a run of Latin letters and
            // digits that fits a line, so a number in Chinese or Japanese text ("一条40厘米的裂缝") is not
            // cut into "4" and "0".
            for (text, style) in &word.parts {
                let mut rest = text.as_str();
                while let Some(first) = rest.chars().next() {
                    let run = if first.is_ascii_alphanumeric() {
                        rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == ',')).unwrap_or(rest.len())
                    } else {
                        first.len_utf8()
                    };
                    let (piece, after) = rest.split_at(run);
                    rest = after;
                    let w: usize = piece.chars().map(|c| c.width().unwrap_or(0)).sum();
                    if w <= width {
                        if b.width > 0 && b.width + w > width {
                            b.flush();
                        }
                        b.push(piece, *style, w);
                        continue;
                    }
                    for ch in piece.chars() {
                        let w = ch.width().unwrap_or(0);
                        if b.width > 0 && b.width + w > width {
                            b.flush();
                        }
                        let mut buf = [0u8; 4];
                        b.push(ch.encode_utf8(&mut buf), *style, w);
                    }
                }
            }
        }
        prev_style = word.parts.last().map(|p| p.1);
    }
    if b.width > 0 || !b.spans.is_empty() {
        b.flush();
    }
    b.lines
}

/// Pad a line with spaces to exactly `width` columns (lines are never wider: `wrap` made them).
pub fn pad(mut line: Line<'static>, width: usize) -> Line<'static> {
    let w = line.width();
    if w < width {
        line.spans.push(Span::raw(" ".repeat(width - w)));
    }
    line
}

/// Pad each column with empty lines to the height of the tallest, so that the cells of a row stay level.
pub fn level(columns: &mut [&mut Vec<Line<'static>>]) -> usize {
    let height = columns.iter().map(|c| c.len()).max().unwrap_or(0);
    for c in columns.iter_mut() {
        c.resize(height, Line::default());
    }
    height
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    fn texts(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn breaks_at_spaces() {
        let lines = wrap(&[Span::raw("the quick brown fox jumps")], 10);
        assert_eq!(texts(&lines), ["the quick", "brown fox", "jumps"]);
    }

    #[test]
    fn cuts_words_wider_than_the_column() {
        let lines = wrap(&[Span::raw("a abcdefghij b")], 4);
        assert_eq!(texts(&lines), ["a", "abcd", "efgh", "ij b"]);
    }

    #[test]
    fn a_number_in_unspaced_text_is_not_cut() {
        // Nine columns: "发现一条4" would fill the first line and leave "0厘米" for the next.
        let lines = wrap(&[Span::raw("发现一条40厘米的裂缝")], 9);
        assert_eq!(texts(&lines), ["发现一条", "40厘米的", "裂缝"]);
    }

    #[test]
    fn keeps_styles_and_joins_same_style_spaces() {
        let u = Style::default().add_modifier(Modifier::UNDERLINED);
        let lines = wrap(&[Span::raw("keep"), Span::raw(" "), Span::styled("new words", u)], 40);
        assert_eq!(texts(&lines), ["keep new words"]);
        let spans = &lines[0].spans;
        assert_eq!(spans.len(), 2);
        assert_eq!((spans[0].content.as_ref(), spans[0].style), ("keep ", Style::default()));
        assert_eq!((spans[1].content.as_ref(), spans[1].style), ("new words", u));
    }

    #[test]
    fn wide_characters_count_two_columns() {
        // Six CJK characters are twelve columns: five per line of width 11, never splitting one in half.
        let lines = wrap(&[Span::raw("北朝鲜和俄罗斯")], 11);
        assert_eq!(texts(&lines), ["北朝鲜和俄", "罗斯"]);
        assert!(lines.iter().all(|l| l.width() <= 11));
        let lines = wrap(&[Span::raw("Kim 金正恩 said")], 7);
        assert_eq!(texts(&lines), ["Kim", "金正恩", "said"]);
    }

    #[test]
    fn a_thai_phrase_breaks_between_its_words() {
        // Twenty-odd columns of one phrase: it fills the line with its first words, and goes on in the
        // next with no space, where it was cut inside a word.
        let lines = wrap(&[Span::raw("ชาวบ้าน ฝนตกหนักต่อเนื่องข้ามคืน")], 16);
        assert_eq!(texts(&lines), ["ชาวบ้าน ฝนตกหนักต่อ", "เนื่องข้ามคืน"]);
        assert!(lines.iter().all(|l| l.width() <= 16));
        // A change marked inside the phrase keeps its style across the cut.
        let u = Style::default().add_modifier(Modifier::UNDERLINED);
        let lines = wrap(&[Span::raw("น้ำป่าหลาก"), Span::styled("ท่วม", u), Span::raw("แม่ลานคำ")], 80);
        assert_eq!(texts(&lines), ["น้ำป่าหลากท่วมแม่ลานคำ"]);
        assert_eq!(lines[0].spans.iter().find(|s| s.style == u).map(|s| s.content.as_ref()), Some("ท่วม"));
    }

    #[test]
    fn tabs_and_runs_of_spaces_are_one_break() {
        let lines = wrap(&[Span::raw("a\t\tb   c")], 80);
        assert_eq!(texts(&lines), ["a b c"]);
    }

    #[test]
    fn emoji_sequences_show_as_one_picture_and_flags_as_letters() {
        let lines = wrap(&[Span::raw("an engineer 👷🏽\u{200d}♂\u{fe0f} from 🇵🇪 arrived")], 80);
        assert_eq!(lines[0].to_string(), "an engineer 👷♂ from PE arrived");
        assert_eq!(shown("plain text"), "plain text");
        assert!(matches!(shown("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn empty_and_zero_width() {
        assert!(wrap(&[Span::raw("  ")], 10).is_empty());
        assert_eq!(texts(&wrap(&[Span::raw("ab")], 0)), ["a", "b"]);
    }

    #[test]
    fn level_pads_the_shorter_column() {
        let mut a = wrap(&[Span::raw("one two three")], 5);
        let mut b = wrap(&[Span::raw("x")], 5);
        assert_eq!(level(&mut [&mut a, &mut b]), 3);
        assert_eq!(b.len(), 3);
        assert_eq!(pad(b[1].clone(), 5).width(), 5);
    }
}
