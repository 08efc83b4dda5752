//! The overview strip beside the comparison: where the changes are in the whole document, and which part
//! of it is on screen, like the marks in an editor's scrollbar.

use super::diff_pane::Lines;
use super::theme::{Mark, Theme};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// The strongest mark in each of `rows` equal slices of the document. Linear in rows and rows' items.
pub fn marks(lines: &Lines, rows: usize) -> Vec<Option<Mark>> {
    let total = lines.lines.len().max(1);
    let mut out: Vec<Option<Mark>> = vec![None; rows];
    if rows == 0 {
        return out;
    }
    let row_of = |line: usize| (line * rows / total).min(rows - 1);
    for it in &lines.items {
        let (r0, r1) = (row_of(it.first_line), row_of(it.first_line + it.height.max(1) - 1));
        for slot in &mut out[r0..=r1] {
            if slot.is_none_or(|m| m.weight() < it.mark.weight()) {
                *slot = Some(it.mark);
            }
        }
    }
    out
}

/// The rows of the strip that the view covers, `scroll..scroll + height` in document lines.
pub fn viewport(total: usize, scroll: usize, height: usize, rows: usize) -> std::ops::Range<usize> {
    if total <= height || rows == 0 {
        return 0..rows;
    }
    let start = scroll * rows / total;
    let end = ((scroll + height) * rows).div_ceil(total).clamp(start + 1, rows);
    start..end
}

/// Draw the strip: a bar for the view in the first column, the change marks in the second.
pub fn render(frame: &mut Frame, area: Rect, lines: &Lines, scroll: usize, body_height: usize, t: &Theme) {
    let rows = usize::from(area.height);
    let marks = marks(lines, rows);
    let view = viewport(lines.lines.len(), scroll, body_height, rows);
    let text: Vec<Line> = marks
        .iter()
        .enumerate()
        .map(|(r, m)| {
            let bar = if view.contains(&r) { Span::styled("┃", t.strong) } else { Span::styled("│", t.border) };
            let mark = match m {
                Some(Mark::Copied) => Span::styled("·", t.faint),
                Some(Mark::Boilerplate) | None => Span::raw(" "),
                Some(m) => Span::styled(m.symbol(), t.mark(*m)),
            };
            Line::from(vec![bar, mark])
        })
        .collect();
    frame.render_widget(Paragraph::new(text), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viewport_scales() {
        assert_eq!(viewport(100, 0, 10, 10), 0..1);
        assert_eq!(viewport(100, 50, 10, 10), 5..6);
        assert_eq!(viewport(100, 90, 10, 10), 9..10);
        assert_eq!(viewport(5, 0, 10, 10), 0..10);
    }
}
