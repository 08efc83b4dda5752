//! The help overlay: every key and every mark, filtered as the reader types.

use super::app::App;
use super::wrap;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// Every key, grouped as the reader meets them. The docs' table is checked against this list.
pub const KEYS: &[(&str, &str)] = &[
    ("j / ↓", "move down in the list, or scroll the comparison"),
    ("k / ↑", "move up in the list, or scroll the comparison"),
    ("Tab / Shift-Tab", "switch focus between the list and the comparison"),
    ("Enter", "compare the highlighted article (make it B)"),
    ("a", "make the highlighted article the base (A)"),
    ("s", "swap A and B"),
    ("PgDn / Space", "page down"),
    ("PgUp / b", "page up"),
    ("Ctrl-f / Ctrl-b", "page down / up"),
    ("Ctrl-d / Ctrl-u", "half a page down / up"),
    ("g / Home", "go to the top"),
    ("G / End", "go to the bottom"),
    ("] / n", "next change (n: next match once a search was made)"),
    ("[ / N", "previous change (N: previous match once a search was made)"),
    ("/", "search the comparison (Enter confirms, Esc cancels; an empty search repeats the last)"),
    ("/ (list)", "filter the list by title or id: letters in order, any case (Esc clears)"),
    ("n / N", "next / previous search match (going round at the ends; also after Esc)"),
    ("← → Home End (prompts)", "move the caret (also Ctrl-a, Ctrl-e)"),
    ("Ctrl-w / Ctrl-u (prompts)", "delete the word / everything before the caret"),
    ("v", "side by side ↔ inline"),
    ("r", "show or hide boilerplate"),
    ("f", "facts view: quotes, numbers and names against articles"),
    ("Tab / Shift-Tab (facts)", "cycle the kind shown: all, quotes, numbers, names (Shift-Tab: backward)"),
    ("1 2 3 0 (facts)", "show quotes / numbers / names / all facts"),
    ("h / l (facts)", "scroll the article columns"),
    ("Enter (facts)", "open the fact's articles as A and B, scrolled to its wording"),
    ("/ (facts)", "list only facts with a wording holding the text typed (Enter keeps, Esc clears)"),
    ("p", "the facts A and B give apart, in the facts view (there: again every fact)"),
    ("x", "matrix view: word-trigram similarity of every pair of articles"),
    ("h j k l / arrows (matrix)", "move between cells"),
    ("Enter (matrix)", "compare the row article (A) with the column article (B)"),
    ("J / K (facts, matrix)", "scroll the detail under the table or the grid (also the wheel over it)"),
    ("Esc (facts, matrix)", "back to the comparison"),
    ("?", "this help; / filters it, j/k and PgDn scroll it"),
    ("Esc", "close help or prompt; then clear the search highlight"),
    ("q / Ctrl-c", "quit (q in this help closes it)"),
    ("Ctrl-z", "suspend to the shell (fg comes back)"),
    ("mouse wheel", "scroll the pane under the pointer"),
    ("click", "select an article (a second click compares it, as Enter), or focus the comparison"),
];

/// What the gutter marks mean: text, so they read without colour.
pub const MARKS: &[(&str, &str)] = &[
    ("=", "copied: the same words (case and punctuation aside)"),
    ("~", "paraphrased: A's words struck through, B's underlined"),
    ("+", "added: only in B"),
    ("-", "omitted: only in A"),
    (">", "moved: in another place in B than in A"),
    ("#A / #B", "boilerplate of A or B, with the reason (shown with r)"),
    ("0 1 2 … ·", "coverage gutter: how many other articles repeat A's wording (· too short to tell)"),
    ("▶", "the current row: where ]/[ or n/N went last (its match is underlined too)"),
    ("┃ + ~ - > · (strip)", "overview strip at the comparison's right: ┃ the part on screen, marks where changes are"),
    ("A / B / ▶ (list)", "the base article, the one compared with it, and the highlighted row"),
    ("bold underline", "a quote or number inside an added or omitted sentence; a changed word in a quote"),
    (
        "≠ (facts)",
        "an altered quote (or one given to another speaker), a conflicting number or a misspelt name (listed first)",
    ),
    ("* (facts)", "a fact only one article carries (listed next)"),
    ("≠ - + ~ (facts, A vs B)", "with p: B changes the fact, leaves it out, adds it, or words it otherwise"),
    ("● / a b c (facts)", "the article carries the fact (letters: which wording; ≠ after one: it changes the fact)"),
    ("· (facts, matrix)", "not carried; no shared wording"),
    ("Aligned, aligned 0.xx", "similarity of A and B: the share of both reports' words in aligned sentences"),
    ("██ / 87 (matrix)", "the article itself; word-trigram similarity in hundredths (Jaccard; == identical)"),
];

/// The rows matching `filter` (any case, in key or description), with a heading per group.
pub fn rows(filter: &str) -> Vec<(&'static str, &'static str, bool)> {
    let f = filter.to_lowercase();
    let keep = |(k, d): &&(&str, &str)| f.is_empty() || k.to_lowercase().contains(&f) || d.to_lowercase().contains(&f);
    let mut out = Vec::new();
    for (title, group) in [("Keys", KEYS), ("Marks", MARKS)] {
        let hits: Vec<_> = group.iter().filter(keep).collect();
        if !hits.is_empty() {
            out.push((title, "", true));
            out.extend(hits.into_iter().map(|(k, d)| (*k, *d, false)));
        }
    }
    out
}

/// Draw the overlay centred over `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &mut App) {
    let Some(help) = &mut app.help else { return };
    let t = app.theme;
    let key_w = KEYS.iter().chain(MARKS).map(|(k, _)| k.chars().count()).max().unwrap_or(8) + 2;
    let desc_w = KEYS.iter().chain(MARKS).map(|(_, d)| d.chars().count()).max().unwrap_or(40);
    // The longest description on one row needs the overlay this wide; a narrower window wraps it.
    // As wide as the longest row needs (indent, key column, description, borders), if the window allows.
    let w = area.width.saturating_sub(4).min(u16::try_from(2 + key_w + desc_w + 2).unwrap_or(u16::MAX));
    let h = area.height.saturating_sub(2).min(34);
    let [popup] = Layout::horizontal([Constraint::Length(w)]).flex(ratatui::layout::Flex::Center).areas(area);
    let [popup] = Layout::vertical([Constraint::Length(h)]).flex(ratatui::layout::Flex::Center).areas(popup);
    frame.render_widget(Clear, popup);
    // The list's height is known before the border is drawn: the border says what lies below the fold.
    let inner = Block::bordered().inner(popup);
    let [prompt, list] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    let prompt_line = if help.filter.is_empty() && !help.typing {
        // Said as an instruction: "/ to filter" alone read as a prompt left on screen.
        Line::from(Span::styled("Press / to filter the keys and marks", t.faint))
    } else {
        let mut spans = vec![Span::styled("filter: ", t.faint)];
        if help.typing {
            let room = usize::from(prompt.width).saturating_sub("filter: ".len());
            spans.extend(super::prompt::spans(
                &help.filter,
                help.caret,
                room,
                t.strong,
                ratatui::style::Style::default(),
            ));
        } else {
            spans.push(Span::styled(help.filter.clone(), t.strong));
        }
        Line::from(spans)
    };
    let rows = rows(&help.filter);
    let lines: Vec<Line> = if rows.is_empty() {
        vec![Line::from(Span::styled("no key matches", t.faint))]
    } else {
        // Descriptions wrap at words inside their column; when that column would be too narrow to read,
        // each goes under its key instead. Wrapping here (not in the paragraph) keeps the scroll bound
        // right, since every entry of `lines` is one screen row.
        let width = usize::from(list.width);
        let stacked = width < 2 + key_w + 30;
        let indent = if stacked { 6 } else { 2 + key_w };
        let pad = " ".repeat(indent);
        rows.iter()
            .flat_map(|(k, d, heading)| {
                if *heading {
                    return vec![Line::from(Span::styled(*k, t.strong))];
                }
                let desc = wrap::wrap(&[Span::raw(*d)], width.saturating_sub(indent).max(1));
                let mut lines = Vec::with_capacity(desc.len() + 1);
                let mut desc = desc.into_iter();
                if stacked {
                    lines.push(Line::from(Span::styled(format!("  {k}"), t.strong)));
                } else {
                    let first = desc.next().map(|l| l.spans).unwrap_or_default();
                    lines.push(Line::from([vec![Span::styled(format!("  {k:<key_w$}"), t.strong)], first].concat()));
                }
                lines.extend(desc.map(|l| Line::from([vec![Span::raw(pad.clone())], l.spans].concat())));
                lines
            })
            .collect()
    };
    help.scroll = help.scroll.min(lines.len().saturating_sub(usize::from(list.height)));
    let below = lines.len().saturating_sub(help.scroll + usize::from(list.height));
    // The longest note that fits the border: a narrow window keeps the arrow, not half a sentence.
    let notes = if below > 0 {
        let more = super::count::count(below, "more line", "more lines");
        vec![format!(" {more} ↓ (j, PgDn) · Esc closes "), format!(" {below} more ↓ · Esc "), " ↓ ".into()]
    } else {
        vec![" Esc closes ".to_string(), String::new()]
    };
    let room = usize::from(popup.width).saturating_sub(2);
    let note = notes.into_iter().find(|n| Line::from(n.as_str()).width() <= room).unwrap_or_default();
    let block = Block::bordered()
        .title(Span::styled(" Help ", t.border_focus))
        .title(Line::from(Span::styled(format!(" theme: {} ", t.name.name()), t.faint)).right_aligned())
        .title_bottom(Line::from(Span::styled(note, t.faint)).right_aligned())
        .border_style(t.border_focus);
    frame.render_widget(block, popup);
    frame.render_widget(Paragraph::new(prompt_line), prompt);
    app.areas.help = list;
    let scroll = u16::try_from(help.scroll).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), list);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_matches_keys_and_descriptions() {
        let r = rows("swap");
        assert_eq!(r.iter().filter(|x| !x.2).map(|x| x.0).collect::<Vec<_>>(), ["s"]);
        let r = rows("BOILER");
        assert!(r.iter().any(|x| x.0 == "r") && r.iter().any(|x| x.0 == "#A / #B"));
        assert!(rows("zzz").is_empty());
        assert_eq!(rows("").len(), KEYS.len() + MARKS.len() + 2);
    }

    #[test]
    fn the_overview_strip_and_the_list_marks_are_explained() {
        for word in ["strip", "overview", "on screen", "base article"] {
            assert!(!rows(word).is_empty(), "{word}");
        }
    }

    #[test]
    fn the_docs_list_every_key_and_mark() {
        let docs = include_str!("../../docs/tui.md");
        for (k, d) in KEYS.iter().chain(MARKS) {
            assert!(docs.contains(&format!(" | {d} |")) && docs.contains(k), "docs/tui.md lacks {k}: {d}");
        }
    }
}
