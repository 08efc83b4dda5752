//! The footer: the counts of each label, the pair's aligned share, the view and the focus on one line; the
//! search prompt, a message or the key hints on the other.

use super::app::{App, Focus, Screen, fact_rank};
use super::count::count;
use super::facts_view::kind_name;
use super::prompt;
use super::theme::{Mark, Theme};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Draw the footer: one line in a short window, two otherwise.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    match app.screen {
        Screen::Comparison => render_comparison(frame, area, app),
        Screen::Facts | Screen::Matrix => render_view(frame, area, app),
    }
}

/// The footer of the facts and matrix views: what is shown, then the keys.
fn render_view(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let sep = || Span::styled(" │ ", t.border);
    let n = app.corpus.articles.len();
    let mut status = Vec::new();
    let keys: &[(&str, &str)] = match app.screen {
        Screen::Facts => {
            status.push(Span::styled("Facts", t.strong));
            if let Some(ledger) = &app.ledger {
                let shown = app.facts.rows.len();
                let altered = app.facts.rows.iter().filter(|&&i| ledger.facts[i].altered).count();
                let unique = app.facts.rows.iter().filter(|&&i| fact_rank(&ledger.facts[i], n) == 1).count();
                status.extend([
                    sep(),
                    Span::raw(format!("{} ({shown})", kind_name(app.facts.kind))),
                    sep(),
                    // A conflicting number is counted with the altered quotes: say so.
                    Span::raw(format!("≠ {altered} altered or conflicting  * {unique} in one article only")),
                ]);
            } else {
                status.extend([sep(), Span::styled("gathering facts…", t.faint)]);
            }
            &[
                ("j/k", "move"),
                ("Tab", "kind"),
                ("1/2/3/0", "quotes/numbers/names/all"),
                ("h/l", "columns"),
                ("/", "filter"),
                ("Enter", "show in comparison"),
                ("x", "matrix"),
                ("Esc", "back"),
                ("q", "quit"),
            ]
        }
        _ => {
            status.push(Span::styled("Matrix", t.strong));
            match (&app.matrix, app.matrix_progress) {
                (Some(_), _) => {
                    status.extend([
                        sep(),
                        Span::raw(format!("row {} · column {} of {n}", app.cells.row + 1, app.cells.col + 1)),
                        sep(),
                    ]);
                    // The legend names the measure, so it gives way by whole clauses, never mid-word.
                    let room = usize::from(area.width).saturating_sub(Line::from(status.clone()).width());
                    let legend = [
                        "cells: word-trigram similarity in hundredths, ██ itself, · nothing shared",
                        "cells: word-trigram similarity in hundredths",
                        "cells: word-trigram similarity",
                    ]
                    .into_iter()
                    .find(|l| Line::from(*l).width() <= room);
                    match legend {
                        Some(l) => status.push(Span::styled(l, t.faint)),
                        None => _ = status.pop(),
                    }
                }
                (None, Some(p)) => {
                    status.extend([sep(), Span::styled(format!("{} {}/{}…", p.stage, p.done, p.total), t.faint)])
                }
                (None, None) => status.extend([sep(), Span::styled("building…", t.faint)]),
            }
            &[("h/j/k/l", "move"), ("Enter", "compare row with column"), ("f", "facts"), ("Esc", "back"), ("q", "quit")]
        }
    };
    let width = usize::from(area.width);
    let lines = match &app.message {
        Some(msg) => fit(Line::from(status), Some(Line::from(Span::styled(msg.clone(), t.alert))), area.height, t),
        None if area.height >= 2 => vec![Line::from(status), key_line(keys, width, t)],
        None => fit(Line::from(status), None, 1, t),
    };
    frame.render_widget(Paragraph::new(lines), area);
}

/// The footer's lines: the status over `note` (a prompt, a message or the key hints) when there are two
/// rows. With one row, a prompt or message is what the reader must see; otherwise the status goes there,
/// after the help key, so the way to every other key is always on screen.
fn fit(status: Line<'static>, note: Option<Line<'static>>, height: u16, t: &Theme) -> Vec<Line<'static>> {
    match (height >= 2, note) {
        (true, Some(note)) => vec![status, note],
        (true, None) => vec![status],
        (false, Some(note)) => vec![note],
        (false, None) => {
            let mut spans = help_key(t);
            spans.push(Span::styled(" │ ", t.border));
            spans.extend(status.spans);
            vec![Line::from(spans)]
        }
    }
}

/// "? help": the one hint every footer keeps.
fn help_key(t: &Theme) -> Vec<Span<'static>> {
    vec![Span::styled("?", t.strong), Span::styled(" help", t.faint)]
}

/// "? help", then as many of `keys` as fit in `width` columns, each whole and in order: a hint cut short
/// would name a key that does something else, so the last ones give way instead.
fn key_line(keys: &[(&str, &str)], width: usize, t: &Theme) -> Line<'static> {
    const GAP: &str = "  ";
    let mut spans = help_key(t);
    let mut used = Line::from(spans.clone()).width();
    for (k, d) in keys {
        let hint = GAP.len() + Line::from(format!("{k} {d}")).width();
        if used + hint > width {
            break;
        }
        spans.extend([Span::raw(GAP), Span::styled(k.to_string(), t.strong), Span::styled(format!(" {d}"), t.faint)]);
        used += hint;
    }
    Line::from(spans)
}

fn render_comparison(frame: &mut Frame, area: Rect, app: &App) {
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
            compact.pop();
            compact.push(Span::raw(n.moved.to_string()));
            for s in [&mut status, &mut compact] {
                s.push(sep());
                s.push(Span::styled(format!("aligned {:.2}", c.similarity), t.strong));
            }
        }
        None if app.alone() => status.push(Span::styled("one article", t.faint)),
        None => status.push(Span::styled("comparing…", t.faint)),
    }
    // The view and whether boilerplate is shown are part of the state a reader must see: the compact
    // form shortens the counts, never drops these.
    let mut tail = vec![sep(), Span::raw(app.view.name())];
    if app.boilerplate {
        tail.extend([sep(), Span::styled("# boilerplate shown", t.boilerplate)]);
    }
    let pending = app.pending_similarities();
    if pending > 0 {
        let n = app.corpus.articles.len();
        tail.extend([sep(), Span::styled(format!("aligning {}/{n}…", n - pending), t.faint)]);
    }
    status.extend([sep(), Span::raw(format!("Comparison, {}", app.view.name()))]);
    status.extend(tail[2..].iter().cloned());
    if !compact.is_empty() {
        compact.extend(tail);
    }
    // A one-row footer puts "? help │ " ahead of the status.
    let room = if area.height >= 2 { width } else { width.saturating_sub(Line::from(help_key(t)).width() + 3) };
    let status = if Line::from(status.clone()).width() <= room || compact.is_empty() {
        Line::from(status)
    } else {
        Line::from(compact)
    };

    let note = if app.list_filter.typing {
        let matching = app.list_filter.rows.as_ref().map_or(app.corpus.articles.len(), Vec::len);
        let mut spans = vec![Span::styled("filter titles and ids: ", t.strong)];
        spans.extend(prompt::spans(&app.list_filter.text, app.list_filter.caret, Style::default(), t.strong));
        spans
            .push(Span::styled(format!("  {}  Enter keeps, Esc clears", count(matching, "match", "matches")), t.faint));
        Some(Line::from(spans))
    } else if let Some(input) = &app.search.input {
        let mut spans = vec![Span::styled("/", t.strong)];
        spans.extend(prompt::spans(input, app.search.caret, Style::default(), t.strong));
        Some(Line::from(spans))
    } else if let Some(msg) = &app.message {
        Some(Line::from(Span::styled(msg.clone(), t.alert)))
    } else if area.height < 2 {
        None
    } else if let (Some(q), Some((at, rows))) = (&app.search.query, app.match_position()) {
        let at = at.map_or(String::new(), |i| format!("{}/", i + 1));
        Some(Line::from(vec![
            Span::styled(format!("/{q}"), t.strong),
            Span::raw(format!("  {at}{}  ", count(rows, "row matches", "rows match"))),
            Span::styled("n/N", t.strong),
            Span::styled(" next/prev  ", t.faint),
            Span::styled("Esc", t.strong),
            Span::styled(" clear", t.faint),
        ]))
    } else {
        Some(hints(app.focus, width, t))
    };
    // A line too long for the window (a fact's two wordings, the status of a narrow one) ends in "…",
    // so a cut never reads as the whole.
    let lines: Vec<Line> = fit(status, note, area.height, t)
        .into_iter()
        .map(|l| super::diff_pane::clip(l, usize::from(area.width)))
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

fn hints(focus: Focus, width: usize, t: &Theme) -> Line<'static> {
    let (move_hint, slash) = match focus {
        Focus::List => ("move", "filter"),
        Focus::Comparison => ("scroll", "search"),
    };
    key_line(
        &[
            // The keys a first reading needs come first: a narrow footer keeps only those.
            ("j/k", move_hint),
            ("Tab", "focus"),
            ("Enter", "compare"),
            ("]/[", "change"),
            ("/", slash),
            ("v", "view"),
            ("r", "boilerplate"),
            ("f", "facts"),
            ("x", "matrix"),
            ("a", "base"),
            ("s", "swap"),
            ("q", "quit"),
        ],
        width,
        t,
    )
}
