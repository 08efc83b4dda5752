//! The footer: the counts of each label, the similarity, the view and the focus on one line; the search
//! prompt, a message or the key hints on the other.

use super::app::{App, Focus};
use super::theme::Mark;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Draw the footer: one line in a short window, two otherwise.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let width = usize::from(area.width);
    let sep = || Span::styled(" │ ", t.border);
    let mut status: Vec<Span> = Vec::new();
    let mut compact: Vec<Span> = Vec::new();
    match app.comparison() {
        Some(c) => {
            let n = &c.counts;
            for (mark, count, name) in [
                (Mark::Copied, n.copied, "copied"),
                (Mark::Paraphrased, n.paraphrased, "paraphrased"),
                (Mark::Added, n.added, "added"),
                (Mark::Omitted, n.omitted, "omitted"),
                (Mark::Moved, n.moved, "moved"),
            ] {
                status.push(Span::styled(mark.symbol(), t.mark(mark)));
                status.push(Span::raw(format!(" {count} {name}  ")));
                compact.push(Span::styled(mark.symbol(), t.mark(mark)));
                compact.push(Span::raw(format!("{count} ")));
            }
            // The last count needs no trailing gap: a separator follows.
            status.pop();
            status.push(Span::raw(format!(" {} moved", n.moved)));
            for s in [&mut status, &mut compact] {
                s.push(sep());
                s.push(Span::styled(format!("sim {:.2}", c.similarity), t.strong));
            }
        }
        None => status.push(Span::styled("comparing…", t.faint)),
    }
    status.extend([sep(), Span::raw(app.view.name())]);
    if app.boilerplate {
        status.extend([sep(), Span::styled("# boilerplate shown", t.boilerplate)]);
    }
    let pending = app.pending_similarities();
    if pending > 0 {
        let n = app.corpus.articles.len();
        status.extend([sep(), Span::styled(format!("similarity {}/{n}…", n - pending), t.faint)]);
    }
    let status = if Line::from(status.clone()).width() <= width || compact.is_empty() {
        Line::from(status)
    } else {
        Line::from(compact)
    };

    let second = if let Some(input) = &app.search.input {
        Line::from(vec![Span::styled("/", t.strong), Span::raw(input.clone()), Span::styled("▏", t.strong)])
    } else if let Some(msg) = &app.message {
        Line::from(Span::styled(msg.clone(), t.alert))
    } else if let (Some(q), Some((at, count))) = (&app.search.query, app.match_position()) {
        let at = at.map_or(String::new(), |i| format!("{}/", i + 1));
        Line::from(vec![
            Span::styled(format!("/{q}"), t.strong),
            Span::raw(format!("  {at}{count} rows match  ")),
            Span::styled("n/N", t.strong),
            Span::styled(" next/prev  ", t.faint),
            Span::styled("Esc", t.strong),
            Span::styled(" clear", t.faint),
        ])
    } else {
        hints(app.focus, t)
    };
    let lines = if area.height >= 2 { vec![status, second] } else { vec![status] };
    frame.render_widget(Paragraph::new(lines), area);
}

fn hints(focus: Focus, t: &super::theme::Theme) -> Line<'static> {
    let mut spans = Vec::new();
    let move_hint = match focus {
        Focus::List => "move",
        Focus::Comparison => "scroll",
    };
    for (k, d) in [
        ("?", "help"),
        ("j/k", move_hint),
        ("Tab", "focus"),
        ("Enter", "compare"),
        ("a", "base"),
        ("s", "swap"),
        ("]/[", "change"),
        ("/", "search"),
        ("v", "view"),
        ("r", "boilerplate"),
        ("q", "quit"),
    ] {
        spans.push(Span::styled(k, t.strong));
        spans.push(Span::styled(format!(" {d}  "), t.faint));
    }
    Line::from(spans)
}
