//! The article list: one row per article with its A/B mark, title, short id, word count and similarity to A
//! (the share of both reports' words in aligned sentences, as the footer's `aligned`).

use super::app::{App, Focus};
use super::diff_pane::clip;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Row, Table, TableState};

/// Ids are file names; this many characters tell them apart in any real corpus and keep the title wide.
const SHORT_ID: usize = 12;

fn short_id(id: &str) -> String {
    if id.chars().count() <= SHORT_ID {
        id.to_string()
    } else {
        let mut s: String = id.chars().take(SHORT_ID - 1).collect();
        s.push('…');
        s
    }
}

/// Width of the Words column.
const WORDS: usize = 5;

/// A word count that fits the Words column. A table cell cuts a number from the left, which would show
/// 400,000 as `00000`; large counts are abbreviated instead (rounded down, so never overstated).
fn word_count(n: usize) -> String {
    let exact = n.to_string();
    if exact.len() <= WORDS {
        return exact;
    }
    let mut scaled = n;
    for unit in ["k", "M", "G", "T", "P", "E"] {
        scaled /= 1000;
        let s = format!("{scaled}{unit}");
        if s.len() <= WORDS {
            return s;
        }
    }
    exact
}

/// Draw the list in `area`, border included, and remember where its rows are for the mouse.
pub fn render(frame: &mut Frame, area: Rect, app: &mut App) {
    let t = app.theme;
    let focused = app.focus == Focus::List;
    let n = app.corpus.articles.len();
    let pending = app.pending_similarities();
    let filter = &app.list_filter;
    let shown_n = filter.rows.as_ref().map_or(n, Vec::len);
    let heading = match &filter.rows {
        // The verb agrees with the articles that match: "1/5 matches", "3/5 match".
        Some(rows) => {
            let verb = if rows.len() == 1 { "matches" } else { "match" };
            format!(" Articles ({}/{n} {verb} “{}”) ", rows.len(), filter.text)
        }
        None => format!(" Articles ({n}) "),
    };
    let mut title = vec![Span::styled(heading, if focused { t.title_focus } else { t.strong })];
    if pending > 0 {
        title.push(Span::styled(format!("aligning with A: {}/{n}… ", n - pending), t.faint));
    }
    let block =
        Block::bordered().title(Line::from(title)).border_style(if focused { t.border_focus } else { t.border });
    let inner = block.inner(area);
    // "Aligned", not "Sim": the matrix view's similarity is another measure (shared word trigrams).
    let header = Row::new(["", "Title", "Id", "Words", "Aligned"].map(|h| Cell::from(Span::styled(h, t.faint))));
    // Only the rows on screen are built, so a corpus of thousands costs no more per frame than five.
    let with_header = inner.height >= 3;
    let height = usize::from(inner.height.saturating_sub(u16::from(with_header))).max(1);
    let pos = app.list_pos(app.selected);
    // The rows fill the list, and the highlighted one is among them: an offset kept from a filter that
    // listed other rows (or none) would otherwise leave rows hidden above and blank ones below.
    app.list_offset =
        app.list_offset.min(shown_n.saturating_sub(height)).min(pos).max((pos + 1).saturating_sub(height));
    let shown = app.list_offset..(app.list_offset + height).min(shown_n);
    let on_screen: Vec<usize> = shown.filter_map(|p| app.list_at(p)).collect();
    // The title takes what the other columns leave (the cursor column, the mark, four gaps); cut there, a
    // title ends in "…" as an id does.
    let title_w = usize::from(inner.width).saturating_sub(1 + 2 + SHORT_ID + WORDS + 7 + 4);
    let rows = on_screen.iter().map(|&i| {
        let art = &app.corpus.articles[i];
        // A and B are one article only when it is the only one, and then it is compared with nothing.
        let (mark, mark_style) = match (i == app.a, i == app.b) {
            (true, _) => ("A", t.strong),
            (false, true) => ("B", t.strong),
            (false, false) => ("", Style::default()),
        };
        let sim = match app.similarity.get(i).copied().flatten() {
            _ if i == app.a => Span::styled("base", t.faint),
            Some(s) => Span::raw(format!("{s:.2}")),
            None => Span::styled("…", t.faint),
        };
        Row::new(vec![
            Cell::from(Span::styled(mark, mark_style)),
            Cell::from(clip(Line::from(art.title.clone()), title_w)),
            Cell::from(Span::styled(short_id(&art.id), t.faint)),
            Cell::from(Line::from(word_count(app.words[i])).right_aligned()),
            Cell::from(Line::from(sim).right_aligned()),
        ])
    });
    let widths = [
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(SHORT_ID as u16),
        Constraint::Length(WORDS as u16),
        Constraint::Length(7),
    ];
    let mut table = Table::new(rows, widths)
        .block(block)
        .column_spacing(1)
        .row_highlight_style(if focused { t.selected } else { t.selected.patch(t.faint) })
        .highlight_symbol("▶")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always);
    if with_header {
        table = table.header(header);
    }
    let selected = app.list_at(pos).filter(|&i| i == app.selected).map(|_| pos - app.list_offset);
    let mut state = TableState::default().with_selected(selected);
    frame.render_stateful_widget(table, area, &mut state);
    let top = u16::from(with_header);
    app.areas.list_rows = Rect { y: inner.y + top, height: inner.height.saturating_sub(top), ..inner };
}

#[cfg(test)]
mod tests {
    #[test]
    fn short_ids() {
        assert_eq!(super::short_id("004_5abb5772e0315b45"), "004_5abb577…");
        assert_eq!(super::short_id("bbc"), "bbc");
    }

    #[test]
    fn word_counts_fit_their_column_without_losing_digits() {
        use super::word_count;
        assert_eq!(word_count(0), "0");
        assert_eq!(word_count(99_999), "99999");
        assert_eq!(word_count(100_000), "100k");
        assert_eq!(word_count(400_000), "400k");
        assert_eq!(word_count(9_999_999), "9999k");
        assert_eq!(word_count(12_345_678), "12M");
        for n in [usize::MAX, 10usize.pow(12), 123_456_789_012_345] {
            assert!(word_count(n).len() <= super::WORDS, "{n}: {}", word_count(n));
        }
    }
}
