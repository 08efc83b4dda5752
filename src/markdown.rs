//! Markdown in saved pages: the markup read away, so that only the story's words are compared.
//!
//! Pages saved as Markdown carry links (`[words](address)`), pictures (`![description](address)`),
//! emphasis (`**bold**`) and heading marks. An address or a mark is no word of the story: a link in one
//! copy against the same words plain in another is no rewording. Every block of every article passes
//! through [`story_text`], so the common case (no mark at all) costs one vector search.

/// The text of a block without Markdown's link and image markup: a link `[words](target)` reads as its
/// words, and an image `![description](target)` is gone. Pages saved as Markdown are full of both, and
/// an address is no word of the story: "[ministry](https://…)" against "ministry" is no rewording.
pub fn without_link_markup(text: &str) -> std::borrow::Cow<'_, str> {
    if may_hold_links(text) { std::borrow::Cow::Owned(strip_links(text)) } else { std::borrow::Cow::Borrowed(text) }
}

/// [`without_link_markup`] of a text known to hold `](`.
fn strip_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let image = rest[..open].ends_with('!');
        match link_at(&rest[open..]) {
            Some((words, len)) => {
                out.push_str(&rest[..if image { open - 1 } else { open }]);
                if !image {
                    // A link's words may hold an image (a picture that links somewhere).
                    out.push_str(&without_link_markup(words));
                }
                rest = &rest[open + len..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether `text` has a `](`, which every Markdown link and picture has. Every block of every article is
/// asked, so it looks for the rare `]` with memchr, which tests many bytes at once with vector
/// instructions; prose seldom has one, and a block that has is then searched for the pair.
pub fn may_hold_links(text: &str) -> bool {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memchr(b']', &b[from..]) {
        if b.get(from + i + 1) == Some(&b'(') {
            return true;
        }
        from += i + 1;
    }
    false
}

/// At a `[`: the words of the link that starts there and the length of the whole `[words](target)`, if
/// one does. The target is one run of characters without spaces (its brackets balanced, as in
/// Wikipedia's addresses), perhaps followed by a quoted title.
fn link_at(s: &str) -> Option<(&str, usize)> {
    let b = s.as_bytes();
    let mut depth = 0usize;
    let mut close = None;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    if b.get(close + 1) != Some(&b'(') {
        return None;
    }
    let mut depth = 0usize;
    let target_start = close + 2;
    let end = b[target_start..].iter().position(|&c| match c {
        b'(' => {
            depth += 1;
            false
        }
        b')' if depth == 0 => true,
        b')' => {
            depth -= 1;
            false
        }
        _ => false,
    })? + target_start;
    let target = &s[target_start..end];
    let mut parts = target.splitn(2, char::is_whitespace);
    let address = parts.next().unwrap_or_default();
    let title = parts.next().map_or("", str::trim);
    let titled = title.is_empty() || (title.len() >= 2 && title.starts_with('"') && title.ends_with('"'));
    (!address.is_empty() && titled).then(|| (&s[1..close], end + 1))
}

/// Whether a block is one Markdown link and nothing else but a list's mark: "- [Our 2023 explainer on
/// enzymes](/2023/enzymes)". A list of such items is a box of links, whatever their words.
pub fn is_link_only(text: &str) -> bool {
    let t = text.trim_start();
    let t = ["- ", "* ", "+ ", "• "].iter().find_map(|m| t.strip_prefix(m)).unwrap_or(t).trim();
    t.starts_with('[')
        && link_at(t).is_some_and(|(_, len)| t[len..].chars().all(|c| c.is_ascii_punctuation() || c.is_whitespace()))
}

/// Whether a block is only Markdown pictures, with no words of its own once its links are read as text: a
/// picture, or a picture that links somewhere. The boilerplate stage sets it aside.
pub fn is_markup_only(text: &str) -> bool {
    // Such a block starts with its picture, which spares nearly every block the search.
    (text.starts_with("![") || text.starts_with("[![")) && may_hold_links(text) && no_words(&strip_links(text))
}

fn no_words(text: &str) -> bool {
    !text.chars().any(char::is_alphanumeric)
}

/// A block's text as the story reads it, when that differs from the text as it stands: a Markdown
/// heading without its marks, links as their words ([`without_link_markup`]), emphasis without its marks
/// ([`without_emphasis`]). A block of pictures alone keeps its markup, for the boilerplate stage to set
/// aside and `--all` to show.
pub fn story_text(text: &str) -> Option<String> {
    let head = unquoted(crate::blocks::headline_text(text));
    // Every block of every article is asked, and most hold none of the marks: one vector search for any
    // of them spares the rest.
    if memchr::memchr3(b']', b'*', b'_', head.as_bytes()).is_none() {
        return (head.len() < text.len()).then(|| head.to_string());
    }
    let without_notes = without_footnote_marks(head);
    let head = without_notes.as_deref().unwrap_or(head);
    let plain = if may_hold_links(head) {
        let plain = strip_links(head);
        if (head.starts_with("![") || head.starts_with("[![")) && no_words(&plain) {
            return None;
        }
        std::borrow::Cow::Owned(plain.trim().to_string())
    } else {
        std::borrow::Cow::Borrowed(head)
    };
    let plain = match without_emphasis(&plain) {
        Some(bare) => std::borrow::Cow::Owned(bare),
        None => plain,
    };
    (plain.len() < text.len()).then(|| plain.into_owned())
}

/// A block quotation's text without its marks: "> “We had no time,” she said." The marks may nest (">
/// > …"); a `>` with a word right after it (">5,000 people") is no mark.
pub(crate) fn unquoted(text: &str) -> &str {
    let mut rest = text;
    while let Some(after) = rest.strip_prefix('>') {
        if !(after.is_empty() || after.starts_with([' ', '>'])) {
            break;
        }
        rest = after.trim_start_matches(' ');
    }
    rest
}

/// The text without Markdown's footnote marks: a reference (`overnight[^1].`) is gone, and a note's own
/// label (`[^1]: According to the fire service.`) leaves its words. `None` when there is none.
fn without_footnote_marks(text: &str) -> Option<String> {
    let mut at = text.find("[^")?;
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    loop {
        let label =
            text[at + 2..].bytes().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_')).count();
        let end = at + 2 + label;
        if label > 0 && text.as_bytes().get(end) == Some(&b']') {
            out.push_str(&text[copied..at]);
            copied = end + 1;
            // The note itself: its label then a colon opens the block.
            if at == 0 && text[copied..].starts_with(':') {
                copied = copied + 1 + (text[copied + 1..].len() - text[copied + 1..].trim_start().len());
            }
        }
        match text[at + 2..].find("[^") {
            Some(k) => at = at + 2 + k,
            None => break,
        }
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// The text without Markdown's emphasis marks (`**bold**`, `_italic_`), or `None` when it has none. A
/// run of `*` or `_` counts only when it opens at the start of a word and a run of the same marks closes
/// at the end of a later one, as Markdown reads them; so `5 * 3 * 2`, `snake_case` and a list's leading
/// `* ` stay as written.
pub fn without_emphasis(text: &str) -> Option<String> {
    let b = text.as_bytes();
    memchr::memchr2(b'*', b'_', b)?;
    // Every run of one mark: where it starts, how long it is, and whether it may open or close.
    let mut runs: Vec<(usize, usize, bool, bool)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'*' && c != b'_' {
            i += 1;
            continue;
        }
        let len = b[i..].iter().take_while(|&&x| x == c).count();
        let before = text[..i].chars().next_back();
        let after = text[i + len..].chars().next();
        let word = |ch: Option<char>| ch.is_some_and(|ch| !ch.is_whitespace());
        let inside = |ch: Option<char>| ch.is_some_and(char::is_alphanumeric);
        // Opens: a word follows, and none runs into it from before; closes: the mirror of that.
        let opens = word(after) && !inside(before);
        let closes = word(before) && !inside(after);
        if len <= 3 && (opens || closes) {
            runs.push((i, len, opens, closes));
        }
        i += len;
    }
    // Pair each closing run with the nearest open run of the same marks before it.
    let mut open: Vec<usize> = Vec::new();
    let mut cut: Vec<(usize, usize)> = Vec::new();
    for (k, &(at, len, opens, closes)) in runs.iter().enumerate() {
        let same = |o: &usize| b[runs[*o].0] == b[at] && runs[*o].1 == len;
        if closes && let Some(p) = open.iter().rposition(same) {
            cut.push((runs[open[p]].0, runs[open[p]].1));
            cut.push((at, len));
            open.truncate(p);
        } else if opens {
            open.push(k);
        }
    }
    if cut.is_empty() {
        return None;
    }
    cut.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (at, len) in cut {
        out.push_str(&text[from..at]);
        from = at + len;
    }
    out.push_str(&text[from..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_marks_go_and_other_stars_stay() {
        assert_eq!(
            without_emphasis("Engineers replaced **two cables** and the _deck surface_.").as_deref(),
            Some("Engineers replaced two cables and the deck surface.")
        );
        assert_eq!(without_emphasis("**Share:** Twitter").as_deref(), Some("Share: Twitter"));
        assert_eq!(without_emphasis("It was ***very*** late").as_deref(), Some("It was very late"));
        for t in [
            "5 * 3 * 2 = 30",
            "snake_case_name here",
            "* Traffic will be limited.",
            "*Correction: a date",
            "2*3*4",
            "The end",
        ] {
            assert_eq!(without_emphasis(t), None, "{t}");
        }
        // A heading, a link and emphasis together.
        assert_eq!(story_text("# **Bridge** [reopens](/a)").as_deref(), Some("Bridge reopens"));
        assert_eq!(story_text("Plain text."), None);
        assert_eq!(story_text("> “We had no time,” she said.").as_deref(), Some("“We had no time,” she said."));
        assert_eq!(story_text("> > Nested, and *stressed*.").as_deref(), Some("Nested, and stressed."));
        assert_eq!(story_text(">5,000 people"), None);
        assert_eq!(
            story_text("Rescuers pulled 37 people out[^1], then 12 more[^note-2].").as_deref(),
            Some("Rescuers pulled 37 people out, then 12 more.")
        );
        assert_eq!(
            story_text("[^1]: According to the fire service.").as_deref(),
            Some("According to the fire service.")
        );
        assert_eq!(story_text("Stays as written: [^ x] and [^]."), None);
    }

    #[test]
    fn links_read_as_their_words_and_images_go() {
        let t = "The [transport ministry](https://gov.example/a/b) said ![bridge](https://img.example/b.jpg)so.";
        assert_eq!(without_link_markup(t), "The transport ministry said so.");
        // A picture that links somewhere, a titled link, an address with brackets of its own.
        assert_eq!(without_link_markup("[![Logo](/l.png)](/) Home"), " Home");
        assert_eq!(without_link_markup("See [the report](/r.pdf \"PDF, 2 MB\")."), "See the report.");
        assert_eq!(
            without_link_markup("[Bridge](https://en.wikipedia.org/wiki/Bridge_(structure)) work"),
            "Bridge work"
        );
        // Brackets that are no link stay as written.
        for t in ["He said [sic] it was fine.", "Costs [in dollars] (see below) rose.", "[a](b c) d", "a ](b"] {
            assert_eq!(without_link_markup(t), t);
        }
        assert!(is_markup_only("![A view of the bridge](https://img.example/bridge.jpg)"));
        assert!(is_markup_only("[![](/a.png)](/b)"));
        assert!(!is_markup_only("[Read more](/more)"));
        assert!(!is_markup_only("The bridge reopened."));
    }
}
