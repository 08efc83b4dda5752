//! The article list: one row per article with its A/B mark, title, short id, word count and similarity to A
//! (the share of both reports' words in aligned sentences, as the footer's `aligned`).

use super::app::{App, Focus};
use super::diff_pane::clip;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Row, Table, TableState};

/// The Id column is never narrower than this while ids are longer: enough to tell apart the ids of most
/// corpora, and the title keeps the rest.
const SHORT_ID: usize = 12;

/// The Id column's width: the longest id's, up to two fifths of the columns the title and the ids share
/// (`free`), and never more than half of them. Ids are file names, and a story's copies are often named
/// alike ("guardian-2025-03-04-bridge", "guardian-2025-03-05-bridge"): cut to a fixed few characters, such
/// ids looked the same. On a narrow window the titles, which a reader tells the reports apart by, kept
/// six columns beside a dozen of ids.
fn id_width(longest: usize, free: usize) -> usize {
    longest.min(SHORT_ID.max(free * 2 / 5)).min(free / 2)
}

/// Below this many columns inside its border the list leaves out the Words column: the titles need them.
const NARROW: u16 = 60;

/// For each id, the place (in characters) of its first character that no other id has there after the same
/// start: where it parts from the id most like it.
pub fn parting(ids: &[&str]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ids.len()).collect();
    order.sort_unstable_by_key(|&i| ids[i]);
    let common = |x: &str, y: &str| x.chars().zip(y.chars()).take_while(|(a, b)| a == b).count();
    let mut out = vec![0; ids.len()];
    for w in order.windows(2) {
        let c = common(ids[w[0]], ids[w[1]]);
        out[w[0]] = out[w[0]].max(c);
        out[w[1]] = out[w[1]].max(c);
    }
    out
}

/// `id` in at most `width` columns, showing where it parts from the id most like it (`parts`, from
/// [`parting`]). Copies of one story are often named alike: at the start by an outlet or a date, at the end
/// by the story's slug. A longer id loses its middle to "…" when the part that tells it apart is in what
/// remains; otherwise it keeps its first few characters and the stretch from just before it parts.
pub fn short_id(id: &str, width: usize, parts: usize) -> String {
    let id = super::wrap::shown(id);
    if pressdiff::width::width(&id) <= width {
        return id.into_owned();
    }
    let chars: Vec<char> = id.chars().collect();
    let cw = |c: &char| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
    // The most characters from `from` on that fit in `room` columns.
    let fitting = |from: &mut dyn Iterator<Item = &char>, room: usize| {
        let mut w = 0;
        from.take_while(|c| {
            w += cw(c);
            w <= room
        })
        .count()
    };
    let keep = width.saturating_sub(1);
    let head = fitting(&mut chars.iter(), keep / 2);
    let tail = fitting(&mut chars.iter().rev(), keep - keep / 2);
    if parts < head || parts >= chars.len() - tail {
        let mut out: String = chars[..head].iter().collect();
        out.push('…');
        out.extend(&chars[chars.len() - tail..]);
        return out;
    }
    // "guardian-…04-north-korea…": a few characters to know the id by, then from just before it parts.
    let keep = width.saturating_sub(2);
    let head = fitting(&mut chars.iter(), (keep / 3).min(8));
    let from = parts.saturating_sub(2).max(head);
    let rest = fitting(&mut chars[from..].iter(), keep - chars[..head].iter().map(cw).sum::<usize>());
    let mut out: String = chars[..head].iter().collect();
    out.push('…');
    out.extend(&chars[from..from + rest]);
    if from + rest < chars.len() {
        out.push('…');
    }
    out
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
    let mut block =
        Block::bordered().title(Line::from(title)).border_style(if focused { t.border_focus } else { t.border });
    let inner = block.inner(area);
    // "Aligned", not "Sim": the matrix view's similarity is another measure (shared word trigrams).
    let with_words = inner.width >= NARROW;
    let heads: &[&str] =
        if with_words { &["", "Title", "Id", "Words", "Aligned"] } else { &["", "Title", "Id", "Aligned"] };
    let header = Row::new(heads.iter().map(|&h| Cell::from(Span::styled(h, t.faint))));
    // Only the rows on screen are built, so a corpus of thousands costs no more per frame than five.
    let with_header = inner.height >= 3;
    let height = usize::from(inner.height.saturating_sub(u16::from(with_header))).max(1);
    let pos = app.list_pos(app.selected);
    // The rows fill the list, and the highlighted one is among them: an offset kept from a filter that
    // listed other rows (or none) would otherwise leave rows hidden above and blank ones below.
    app.list_offset =
        app.list_offset.min(shown_n.saturating_sub(height)).min(pos).max((pos + 1).saturating_sub(height));
    // A list longer than its pane says where the highlighted row stands, as the facts table does.
    if let Some(at) = super::count::position(pos, shown_n, height) {
        block = block.title_bottom(Line::from(Span::styled(at, t.faint)).right_aligned());
    }
    let shown = app.list_offset..(app.list_offset + height).min(shown_n);
    let on_screen: Vec<usize> = shown.filter_map(|p| app.list_at(p)).collect();
    // The title takes what the other columns leave (the cursor column, the mark, the ids, four gaps); cut
    // there, a title ends in "…".
    let words_w = if with_words { WORDS + 1 } else { 0 };
    let free = usize::from(inner.width).saturating_sub(1 + 2 + words_w + 7 + 3);
    let id_w = id_width(app.longest_id, free);
    let title_w = free.saturating_sub(id_w);
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
        let mut cells = vec![
            Cell::from(Span::styled(mark, mark_style)),
            Cell::from(clip(Line::from(art.title.clone()), title_w)),
            Cell::from(Span::styled(short_id(&art.id, id_w, app.id_parts[i]), t.faint)),
        ];
        if with_words {
            cells.push(Cell::from(Line::from(word_count(app.words[i])).right_aligned()));
        }
        cells.push(Cell::from(Line::from(sim).right_aligned()));
        Row::new(cells)
    });
    let mut widths =
        vec![Constraint::Length(2), Constraint::Fill(1), Constraint::Length(u16::try_from(id_w).unwrap_or(u16::MAX))];
    if with_words {
        widths.push(Constraint::Length(WORDS as u16));
    }
    widths.push(Constraint::Length(7));
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
    fn ids_that_fit_are_whole_and_longer_ones_show_where_they_part() {
        use super::{parting, short_id};
        assert_eq!(short_id("004_5abb5772e0315b45", 20, 1), "004_5abb5772e0315b45");
        assert_eq!(short_id("bbc", 12, 0), "bbc");
        // Parting in the first half, an id keeps both its ends.
        assert_eq!(short_id("004_5abb5772e0315b45", 12, 2), "004_5…315b45");
        // Parting at the end, too.
        let ids = ["storm-report-from-the-coast-1", "storm-report-from-the-coast-2"];
        let parts = parting(&ids);
        assert_eq!(parts, [28, 28]);
        assert_eq!(short_id(ids[0], 12, parts[0]), "storm…oast-1");
        // Parting in the middle, it keeps its start and the stretch where it parts.
        let ids = ["guardian-2025-03-04-north-korea-russia-ties", "guardian-2025-03-05-north-korea-russia-ties", "bbc"];
        let parts = parting(&ids);
        assert_eq!(parts, [18, 18, 0]);
        let (x, y) = (short_id(ids[0], 23, parts[0]), short_id(ids[1], 23, parts[1]));
        assert_eq!((x.as_str(), y.as_str()), ("guardia…-04-north-kore…", "guardia…-05-north-kore…"));
        assert_eq!(pressdiff::width::width(&x), 23);
        assert_eq!(short_id(ids[0], 12, parts[0]), "gua…-04-nor…");
        // Wide characters count as two columns.
        assert_eq!(pressdiff::width::width(&short_id("東京新聞の記事です", 9, 0)), 9);
        for width in 3..12 {
            assert!(pressdiff::width::width(&short_id(ids[0], width, parts[0])) <= width);
        }
    }

    #[test]
    fn the_id_column_grows_to_the_longest_id_within_two_fifths_of_the_room() {
        use super::id_width;
        assert_eq!(id_width(20, 79), 20);
        assert_eq!(id_width(60, 79), 31);
        // Narrow windows give ids a dozen columns, but never more than half the room.
        assert_eq!(id_width(60, 30), 12);
        assert_eq!(id_width(60, 20), 10);
        assert_eq!(id_width(3, 20), 3);
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
