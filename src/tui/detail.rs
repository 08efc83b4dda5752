//! The detail under the facts table and the matrix grid: its lines scroll (J/K, or the wheel over them)
//! when the window is too short to show them all, and the rule above them says what lies out of sight.

use super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Draw the rule over the detail and `lines` in `area` from line `scroll`, which is first brought within
/// the lines (the last page shows whole).
pub fn render(frame: &mut Frame, rule: Rect, area: Rect, lines: Vec<Line<'static>>, scroll: &mut usize, t: &Theme) {
    let h = usize::from(area.height);
    *scroll = (*scroll).min(lines.len().saturating_sub(h));
    let below = lines.len().saturating_sub(*scroll + h);
    let above = *scroll;
    // The longest note that fits: a narrow window keeps the arrows, not half a sentence.
    let notes: Vec<String> = match (above > 0, below > 0) {
        (false, false) => Vec::new(),
        (false, true) => {
            let more = super::count::count(below, "more line", "more lines");
            vec![format!(" {more} ↓ (J/K scroll) "), format!(" {below} more ↓ J "), " ↓ ".into()]
        }
        (true, false) => vec![" ↑ (K scrolls back) ".into(), " ↑ K ".into(), " ↑ ".into()],
        (true, true) => {
            let more = super::count::count(below, "more line", "more lines");
            vec![format!(" ↑ {more} ↓ (J/K scroll) "), format!(" ↑ {below} more ↓ J/K "), " ↑↓ ".into()]
        }
    };
    let width = usize::from(rule.width);
    let note = notes.into_iter().find(|n| Line::from(n.as_str()).width() + 2 <= width).unwrap_or_default();
    let note_w = Line::from(note.as_str()).width();
    let rule_line = Line::from(vec![
        Span::styled("─".repeat(width.saturating_sub(if note_w > 0 { note_w + 2 } else { 0 })), t.border),
        Span::styled(note, t.faint),
        Span::styled("─".repeat(if note_w > 0 { 2.min(width) } else { 0 }), t.border),
    ]);
    frame.render_widget(Paragraph::new(rule_line), rule);
    let shown: Vec<Line> = lines.into_iter().skip(*scroll).take(h).collect();
    frame.render_widget(Paragraph::new(shown), area);
}
