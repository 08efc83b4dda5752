//! HTML left in a text copy of a web page: character references (`&amp;`, `&#8220;`, `&rsquo;`) read as the
//! characters they stand for, and the tags of HTML's own elements (`<p>`, `<br>`, `</a>`) taken out, those
//! that break a page's flow as line breaks.
//!
//! A page saved or scraped as text often keeps some of its markup. Left in, `&#8220;` hid a quotation's
//! marks from the fact ledger, `&#8211;` read as the number 8211, and `<p>` stood as a word of the
//! sentence it opened. This runs before the text is sanitised, so a reference to a control character
//! (`&#27;`) is removed as the character itself would be.
//!
//! Only what is certainly markup goes: a `<` that opens no tag of a known element ("x < y", "<3") stays,
//! and a tag written as text (`&lt;p&gt;`) comes out as `<p>`, since references are read after tags.

use std::borrow::Cow;

/// `text` with its HTML tags taken out and its character references read; `text` itself when it has
/// neither.
pub fn unmark(text: &str) -> Cow<'_, str> {
    // Nearly every report holds neither mark: one search rules both out.
    if memchr::memchr2(b'&', b'<', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let untagged = without_tags(text);
    match references_read(&untagged) {
        Cow::Borrowed(_) => untagged,
        Cow::Owned(read) => Cow::Owned(read),
    }
}

/// [`unmark`] for a text the caller gives up: kept as it is when nothing changes.
pub fn unmark_owned(text: String) -> String {
    match unmark(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(changed) => changed,
    }
}

/// Longest character reference read, `&` and `;` included (the longest HTML name is 31 letters).
const LONGEST_REFERENCE: usize = 34;

/// `text` with its character references read: `&#8220;` and `&#x201C;` by number, `&ldquo;` by HTML's
/// table of names. A number that names a control character gives that character, for the sanitiser to
/// remove with the sequence it opens (`&#27;[31m`); left as written, the sequence's parameters stayed.
fn references_read(text: &str) -> Cow<'_, str> {
    rewritten(text, b'&', |amp| {
        let window = &text.as_bytes()[amp..text.len().min(amp + LONGEST_REFERENCE)];
        let semi = window.iter().position(|&b| b == b';')?;
        let reference = &text[amp..=amp + semi];
        let name = &reference[1..semi];
        let read = match name.strip_prefix('#') {
            Some(number) => numbered(number)?.to_string(),
            None if name.bytes().all(|b| b.is_ascii_alphanumeric()) => {
                match html_escape::decode_html_entities(reference) {
                    Cow::Owned(named) => named,
                    Cow::Borrowed(_) => return None,
                }
            }
            None => return None,
        };
        Some((amp + semi + 1, Cow::Owned(read)))
    })
}

/// The character a numeric reference names (`8220`, `x201C`), if it names one.
fn numbered(number: &str) -> Option<char> {
    let code = match number.strip_prefix(['x', 'X']) {
        Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => u32::from_str_radix(hex, 16),
        None if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => number.parse(),
        _ => return None,
    };
    char::from_u32(code.ok()?)
}

/// `text` without the tags of known elements (and comments); block-level tags become line breaks.
fn without_tags(text: &str) -> Cow<'_, str> {
    rewritten(text, b'<', |open| {
        let (end, element) = tag_at(text, open)?;
        // A script's or a style sheet's contents are code, not words of the page.
        let end = match element {
            Element::Hidden(name) => closing_tag(text, end, name).unwrap_or(end),
            _ => end,
        };
        let with = match element {
            Element::Break => "\n",
            Element::Block => "\n\n",
            Element::Inline | Element::Hidden(_) => "",
        };
        Some((end, Cow::Borrowed(with)))
    })
}

/// `text` with some spans rewritten, `text` itself when none is. At each byte `mark`, `span` says where
/// the span it opens ends and what stands for it, or `None` to leave the mark as text.
fn rewritten(text: &str, mark: u8, mut span: impl FnMut(usize) -> Option<(usize, Cow<'static, str>)>) -> Cow<'_, str> {
    let mut out = String::new();
    let (mut copied, mut at) = (0, 0);
    while let Some(k) = memchr::memchr(mark, &text.as_bytes()[at..]) {
        let start = at + k;
        match span(start) {
            Some((end, with)) => {
                out.push_str(&text[copied..start]);
                out.push_str(&with);
                copied = end;
                at = end;
            }
            None => at = start + 1,
        }
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// What a tag stands for in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Element {
    /// `<br>`: a line break.
    Break,
    /// A paragraph, heading, list item, table cell…: a paragraph break either side.
    Block,
    /// A link, emphasis, a span, a picture, a comment: nothing.
    Inline,
    /// `<script>` or `<style>`: nothing, and its contents neither.
    Hidden(&'static str),
}

/// Elements that break the flow of a page into paragraphs.
#[rustfmt::skip]
const BLOCK: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
];
/// Elements that stand inside a paragraph.
#[rustfmt::skip]
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "button", "cite", "code", "data", "del", "dfn", "em", "font", "i", "iframe",
    "img", "input", "ins", "kbd", "label", "link", "mark", "meta", "noscript", "picture", "q", "s", "samp",
    "small", "source", "span", "strong", "sub", "sup", "svg", "time", "u", "var", "video", "wbr",
];
/// Elements whose contents are not text.
const HIDDEN: &[&str] = &["script", "style"];

/// Longest tag read: a longer run after `<` is text that happens to hold one.
const LONGEST_TAG: usize = 2000;

/// The tag or comment that starts at `text[open]` (a `<`): where it ends, and what it is.
fn tag_at(text: &str, open: usize) -> Option<(usize, Element)> {
    let rest = &text[open + 1..];
    if let Some(comment) = rest.strip_prefix("!--") {
        let close = comment.find("-->")?;
        return Some((open + 4 + close + 3, Element::Inline));
    }
    let name_start = usize::from(rest.starts_with('/'));
    let name_len = rest[name_start..].bytes().take_while(u8::is_ascii_alphanumeric).count();
    let name = &rest[name_start..name_start + name_len];
    // After the name: the tag's end, or a space or a slash before its attributes or its end.
    let after = rest[name_start + name_len..].chars().next()?;
    if name.is_empty() || !(after == '>' || after == '/' || after.is_ascii_whitespace()) {
        return None;
    }
    // Bytes, not characters: the limit may fall inside a character.
    let within = &rest.as_bytes()[..rest.len().min(LONGEST_TAG)];
    let close = within.iter().position(|&b| b == b'>')?;
    // A `<` before the `>` means this was no tag ("a < b and c > d").
    if within[..close].contains(&b'<') {
        return None;
    }
    let end = open + 1 + close + 1;
    let lower = name.to_ascii_lowercase();
    let element = if lower == "br" {
        Element::Break
    } else if BLOCK.contains(&lower.as_str()) {
        Element::Block
    } else if INLINE.contains(&lower.as_str()) {
        Element::Inline
    } else if let Some(&hidden) = HIDDEN.iter().find(|&&h| h == lower) {
        if name_start == 1 { Element::Inline } else { Element::Hidden(hidden) }
    } else {
        return None;
    };
    Some((end, element))
}

/// Where the closing tag of `name` ends, searching from `from` in any case.
fn closing_tag(text: &str, from: usize, name: &str) -> Option<usize> {
    // Compared in place: a lowered copy of the rest of the text for each script was a copy of the page.
    let b = text.as_bytes();
    let mut at = from;
    while let Some(k) = memchr::memmem::find(&b[at..], b"</") {
        let start = at + k + 2;
        if b.get(start..start + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes())) {
            return Some(start + memchr::memchr(b'>', &b[start..])? + 1);
        }
        at = start;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_read_as_their_characters() {
        assert_eq!(
            unmark("&#8220;The water came in minutes,&#8221; she said &ndash; &amp; left.&nbsp;Dam&rsquo;s wall"),
            "“The water came in minutes,” she said – & left.\u{a0}Dam’s wall"
        );
        assert_eq!(unmark("&#x201C;Quoted&#X201D;"), "“Quoted”");
    }

    #[test]
    fn ampersands_that_are_no_references_stay() {
        for text in ["AT&T and R&D", "Q & A", "fish&chips;", "&unknownname;"] {
            assert_eq!(unmark(text), text);
        }
        assert!(matches!(unmark("no marks at all"), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_go_and_those_that_break_the_flow_leave_a_break() {
        assert_eq!(
            unmark(
                "<p>Two people died.</p><p>Rescuers <b>pulled</b> <a href=\"x.html\">37 people</a> out.<br/>Later</p>"
            ),
            "\n\nTwo people died.\n\n\n\nRescuers pulled 37 people out.\nLater\n\n"
        );
        assert_eq!(unmark("<DIV class='x'>Up</DIV><!-- ad slot -->"), "\n\nUp\n\n");
        assert_eq!(unmark("Before<script type=\"text/javascript\">var a = 1 < 2;</script>after"), "Beforeafter");
        // A script never closed loses its tag only: what follows may be the page.
        assert_eq!(unmark("a<STYLE>p { color: red }</Style >b<script>never closed"), "abnever closed");
    }

    #[test]
    fn a_tag_left_open_before_text_beyond_ascii_is_text() {
        // The longest tag read ends inside a character: no tag, and no panic.
        for pad in 0..4 {
            let text = format!("<p {}{}", "a".repeat(LONGEST_TAG - 3 + pad), "ß".repeat(4));
            assert_eq!(unmark(&text), text);
        }
    }

    #[test]
    fn a_less_than_sign_that_opens_no_tag_stays() {
        for text in ["Temperatures < 5C and x<y", "<3 the town", "<unknown> and <Z>", "if a<b then", "<p"] {
            assert_eq!(unmark(text), text);
        }
        assert_eq!(unmark("&lt;p&gt; is a tag"), "<p> is a tag");
    }

    #[test]
    fn a_reference_to_a_control_character_is_left_to_the_sanitiser() {
        assert_eq!(unmark("Safe&#27;[31m text&#7;"), "Safe\u{1b}[31m text\u{7}");
        assert_eq!(crate::decode::sanitize(&unmark("Safe&#27;[31m text&#7;")), "Safe text");
        // Numbers that name no character stay as written.
        for text in ["&#xD800;", "&#99999999;", "&#;", "&#x;", "&#12a;"] {
            assert_eq!(unmark(text), text);
        }
    }
}
