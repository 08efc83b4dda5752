//! The footer: the counts of each label, the pair's aligned share, the view and the focus on one line; the
//! search prompt, a message or the key hints on the other.

use super::app::{App, Focus, PairMark, Screen, fact_rank, pair_mark};
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
    // The status in each of its forms, the fullest first: the first that fits is shown, so its parts give
    // way whole (clauses, then figures with their words), and no count is ever cut.
    let mut forms: Vec<Vec<Span<'static>>> = Vec::new();
    let keys: &[(&str, &str)] = match app.screen {
        Screen::Facts => {
            let head = Span::styled("Facts", t.strong);
            if let Some(ledger) = &app.ledger {
                let shown = app.facts.rows.len();
                let facts = || app.facts.rows.iter().map(|&i| &ledger.facts[i]);
                // The quotations given to another speaker, whether or not their words changed too, are
                // counted among the altered, as the text header counts them.
                let misattributed = facts().filter(|f| f.altered && f.misattributed()).count();
                let altered = facts().filter(|f| f.altered).count();
                let unique = facts().filter(|f| fact_rank(f, n) == 1).count();
                let kind = Span::raw(format!("{} ({shown})", kind_name(app.facts.kind)));
                // A conflicting number is counted with the altered quotes: say so.
                let forms_of_counts = if app.facts.pair {
                    // How B differs from A, in the comparison's marks and words.
                    let count = |m: PairMark| facts().filter(|f| pair_mark(f, app.a, app.b) == Some(m)).count();
                    let [changed, only_a, only_b, otherwise] =
                        [PairMark::Changed, PairMark::OnlyA, PairMark::OnlyB, PairMark::Otherwise].map(count);
                    [
                        format!(
                            "A vs B: ≠ {changed} changed  - {only_a} only in A  + {only_b} only in B  ~ {otherwise} \
                             worded otherwise"
                        ),
                        format!("A vs B: ≠ {changed}  - {only_a}  + {only_b}  ~ {otherwise}"),
                        format!("≠ {changed}  - {only_a}  + {only_b}  ~ {otherwise}"),
                    ]
                } else if misattributed == 0 {
                    [
                        format!("≠ {altered} altered or conflicting  * {unique} in one article only"),
                        format!("≠ {altered} altered  * {unique} in one article"),
                        format!("≠ {altered}  * {unique}"),
                    ]
                } else {
                    [
                        format!(
                            "≠ {altered} altered or conflicting, {misattributed} of them misattributed  * {unique} \
                             in one article only"
                        ),
                        format!("≠ {altered} altered ({misattributed} misattributed)  * {unique} in one article"),
                        format!("≠ {altered} ({misattributed})  * {unique}"),
                    ]
                };
                for counts in forms_of_counts {
                    forms.push(vec![head.clone(), sep(), kind.clone(), sep(), Span::raw(counts)]);
                }
                forms.push(vec![head.clone(), sep(), kind]);
            } else {
                forms.push(vec![head.clone(), sep(), Span::styled("gathering facts…", t.faint)]);
            }
            forms.push(vec![head]);
            // The way back to the comparison comes early: "q" quits the whole program, and a reader who
            // reaches for it to leave this view loses the place.
            &[
                ("j/k", "move"),
                ("Enter", "show in comparison"),
                ("Esc", "back"),
                ("p", if app.facts.pair { "all facts" } else { "A vs B" }),
                ("Tab", "kind"),
                ("1/2/3/0", "quotes/numbers/names/all"),
                ("h/l", "columns"),
                ("/", "filter"),
                ("x", "matrix"),
                // The rule over the detail names J and K whenever there is more of it to see.
                ("J/K", "detail"),
            ]
        }
        _ => {
            let head = Span::styled("Matrix", t.strong);
            match (&app.matrix, app.matrix_progress) {
                (Some(_), _) => {
                    let (row, col) = (app.cells.row + 1, app.cells.col + 1);
                    let at = Span::raw(format!("row {row} · column {col} of {n}"));
                    // The legend names the measure, so it gives way by whole clauses, never mid-word.
                    for legend in [
                        "cells: word-trigram similarity in hundredths, ██ itself, · nothing shared",
                        "cells: word-trigram similarity in hundredths",
                        "cells: word-trigram similarity",
                    ] {
                        forms.push(vec![head.clone(), sep(), at.clone(), sep(), Span::styled(legend, t.faint)]);
                    }
                    forms.push(vec![head.clone(), sep(), at]);
                    forms.push(vec![head.clone(), sep(), Span::raw(format!("row {row} · column {col}"))]);
                }
                (None, Some(p)) => forms.push(vec![
                    head.clone(),
                    sep(),
                    Span::styled(format!("{} {}/{}…", p.stage, p.done, p.total), t.faint),
                ]),
                (None, None) => forms.push(vec![head.clone(), sep(), Span::styled("building…", t.faint)]),
            }
            forms.push(vec![head]);
            &[
                ("h/j/k/l", "move"),
                ("Enter", "compare row with column"),
                ("Esc", "back"),
                ("f", "facts"),
                // The rule over the detail names J and K whenever there is more of it to see.
                ("J/K", "detail"),
            ]
        }
    };
    let width = usize::from(area.width);
    // A one-row footer puts "? help │ " ahead of the status.
    let room = if area.height >= 2 { width } else { width.saturating_sub(Line::from(help_key(t)).width() + 3) };
    let status = forms.into_iter().map(Line::from).find(|l| l.width() <= room).unwrap_or_default();
    let lines = match &app.message {
        Some(msg) => fit(status, Some(Line::from(Span::styled(msg.clone(), t.alert))), area.height, t),
        None if area.height >= 2 => vec![status, key_line(keys, width, t)],
        None => fit(status, None, 1, t),
    };
    // A message too long for the window ends in "…", so a cut never reads as the whole.
    let lines: Vec<Line> = lines.into_iter().map(|l| super::diff_pane::clip(l, width)).collect();
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

/// "? help", then as many of `keys` as fit in `width` columns, each whole and in order, then "q quit". A
/// hint cut short would name a key that does something else, so the last ones give way instead; the way
/// out, like the way to help, stays on screen while both fit.
fn key_line(keys: &[(&str, &str)], width: usize, t: &Theme) -> Line<'static> {
    const GAP: &str = "  ";
    let hint = |k: &str, d: &str| GAP.len() + Line::from(format!("{k} {d}")).width();
    let push = |spans: &mut Vec<Span<'static>>, k: &str, d: &str| {
        spans.extend([Span::raw(GAP), Span::styled(k.to_string(), t.strong), Span::styled(format!(" {d}"), t.faint)])
    };
    let mut spans = help_key(t);
    let mut used = Line::from(spans.clone()).width();
    let quit = hint("q", "quit");
    let room = if used + quit <= width { width - quit } else { width };
    for (k, d) in keys {
        if used + hint(k, d) > room {
            break;
        }
        push(&mut spans, k, d);
        used += hint(k, d);
    }
    if used + quit <= width {
        push(&mut spans, "q", "quit");
    }
    Line::from(spans)
}

fn render_comparison(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let width = usize::from(area.width);
    // A one-row footer puts "? help │ " ahead of the status.
    let room = if area.height >= 2 { width } else { width.saturating_sub(Line::from(help_key(t)).width() + 3) };
    let mut status = comparison_status(app, room);

    let note = if app.list_filter.typing {
        let matching =
            count(app.list_filter.rows.as_ref().map_or(app.corpus.articles.len(), Vec::len), "match", "matches");
        let (text, caret) = (&app.list_filter.text, app.list_filter.caret);
        // The longest form in which the typed text fits whole: the label shortens and the keys go before
        // the count is cut. In none, the shortest shows the text around the caret.
        let forms = [
            ("filter titles and ids: ", format!("  {matching}  Enter keeps, Esc clears")),
            ("filter titles and ids: ", format!("  {matching}")),
            ("filter: ", format!("  {matching}")),
            ("filter: ", String::new()),
        ];
        let typed = Line::from(text.as_str()).width() + 1;
        let last = forms.len() - 1;
        let (label, tail) =
            forms.iter().find(|(label, tail)| label.len() + typed + tail.len() <= width).unwrap_or(&forms[last]);
        let room = width.saturating_sub(label.len() + tail.len());
        let mut spans = vec![Span::styled(*label, t.strong)];
        spans.extend(prompt::spans(text, caret, room, Style::default(), t.strong));
        spans.push(Span::styled(tail.clone(), t.faint));
        Some(Line::from(spans))
    } else if let Some(input) = &app.search.input {
        let mut spans = vec![Span::styled("/", t.strong)];
        spans.extend(prompt::spans(input, app.search.caret, width.saturating_sub(1), Style::default(), t.strong));
        Some(Line::from(spans))
    } else if let Some(msg) = &app.message {
        Some(Line::from(Span::styled(msg.clone(), t.alert)))
    } else if let (Some(q), Some((at, rows))) = (&app.search.query, app.match_position()) {
        let at = at.map_or(String::new(), |i| format!("{}/", i + 1));
        let tail = format!("  {at}{}", count(rows, "row matches", "rows match"));
        // Where the reader is among the matches matters more than the query echoed back: a long query is
        // cut to leave the count room, on a one-row footer after the help key.
        let avail = if area.height < 2 { room } else { width };
        let q_room = avail.saturating_sub(Line::from(tail.as_str()).width()).max(4);
        let mut found = super::diff_pane::clip(Line::from(Span::styled(format!("/{q}"), t.strong)), q_room).spans;
        found.push(Span::raw(tail));
        if area.height < 2 {
            // One row: where the reader is among the matches matters more than the counts while n and N
            // move them, so it takes the status's place after the help key; Esc brings the status back.
            status = Line::from(found);
            None
        } else {
            found.extend([
                Span::raw("  "),
                Span::styled("n/N", t.strong),
                Span::styled(" next/prev  ", t.faint),
                Span::styled("Esc", t.strong),
                Span::styled(" clear", t.faint),
            ]);
            Some(Line::from(found))
        }
    } else if area.height < 2 {
        None
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

/// The comparison's status in the longest form that fits `room` columns: the counts of each label, the
/// pair's aligned share, the view, whether boilerplate is shown, and the similarities still being worked
/// out. Parts give way whole, the least needed first (the view is in the pane's title, boilerplate rows
/// carry `#`), and a figure is never cut: "aligned 0.3…" would read as another number.
fn comparison_status(app: &App, room: usize) -> Line<'static> {
    let t = &app.theme;
    let sep = || Span::styled(" │ ", t.border);
    // The counts, in words and in marks only.
    let (full, compact): (Vec<Span<'static>>, Vec<Vec<Span<'static>>>) = match app.comparison() {
        Some(c) => {
            let n = &c.counts;
            let counts = [
                (Mark::Copied, n.copied, "copied"),
                (Mark::Paraphrased, n.paraphrased, "paraphrased"),
                (Mark::Added, n.added, "added"),
                (Mark::Omitted, n.omitted, "omitted"),
                (Mark::Moved, n.moved, "moved"),
            ];
            let mut full = Vec::new();
            for (k, (mark, count, name)) in counts.iter().enumerate() {
                let gap = if k + 1 < counts.len() { "  " } else { "" };
                full.extend([Span::styled(mark.symbol(), t.mark(*mark)), Span::raw(format!(" {count} {name}{gap}"))]);
            }
            let compact = counts
                .iter()
                .map(|(mark, count, _)| vec![Span::styled(mark.symbol(), t.mark(*mark)), Span::raw(count.to_string())])
                .collect();
            (full, compact)
        }
        None if app.alone() => (vec![Span::styled("one article", t.faint)], Vec::new()),
        None => (vec![Span::styled("comparing…", t.faint)], Vec::new()),
    };
    let aligned = app.comparison().map(|c| format!("{:.2}", c.similarity));
    let boilerplate = app.boilerplate.then(|| Span::styled("# boilerplate shown", t.boilerplate));
    let pending = app.pending_similarities();
    let n = app.corpus.articles.len();
    let pending = (pending > 0).then(|| Span::styled(format!("aligning {}/{n}…", n - pending), t.faint));

    // What each form keeps: the counts in words, the aligned share with its label, the view (with
    // "Comparison, " before it), boilerplate, pending work.
    #[derive(Clone, Copy, PartialEq)]
    enum Part {
        Whole,
        Short,
        Gone,
    }
    use Part::*;
    let forms = [
        (Whole, Whole, Whole, true, true),
        (Short, Whole, Short, true, true),
        (Short, Whole, Short, true, false),
        (Short, Whole, Gone, true, false),
        (Short, Short, Gone, true, false),
        (Short, Short, Gone, false, false),
        (Short, Gone, Gone, false, false),
    ];
    let counts_short: Vec<Span<'static>> = compact.join(&Span::raw(" "));
    let build = |(counts, share, view, boiler, work): (Part, Part, Part, bool, bool)| {
        let mut spans = match counts {
            Short if !compact.is_empty() => counts_short.clone(),
            _ => full.clone(),
        };
        let mut push = |span: Span<'static>| spans.extend([sep(), span]);
        match (&aligned, share) {
            (Some(a), Whole) => push(Span::styled(format!("aligned {a}"), t.strong)),
            (Some(a), Short) => push(Span::styled(a.clone(), t.strong)),
            _ => {}
        }
        match view {
            Whole => push(Span::raw(format!("Comparison, {}", app.view.name()))),
            Short => push(Span::raw(app.view.name())),
            Gone => {}
        }
        if boiler && let Some(b) = &boilerplate {
            push(b.clone());
        }
        if work && let Some(p) = &pending {
            push(p.clone());
        }
        Line::from(spans)
    };
    if let Some(line) = forms.into_iter().map(build).find(|l| l.width() <= room) {
        return line;
    }
    // Not even the counts fit: as many whole counts as do, and "…" for the rest.
    let mut spans: Vec<Span<'static>> = Vec::new();
    for (k, count) in compact.iter().enumerate() {
        let gap = usize::from(k > 0);
        if Line::from(spans.clone()).width() + gap + Line::from(count.clone()).width() + 1 > room {
            spans.push(Span::raw("…"));
            break;
        }
        if gap == 1 {
            spans.push(Span::raw(" "));
        }
        spans.extend(count.iter().cloned());
    }
    Line::from(spans)
}

fn hints(focus: Focus, width: usize, t: &Theme) -> Line<'static> {
    let (move_hint, slash) = match focus {
        Focus::List => ("move", "filter"),
        Focus::Comparison => ("scroll", "search"),
    };
    key_line(
        &[
            // The keys a first reading needs come first: a narrow footer keeps only those. The facts and
            // the matrix views come right after comparing: at 100 columns they were dropped, and a reader
            // found them only in the help.
            ("j/k", move_hint),
            ("Enter", "compare"),
            ("f", "facts"),
            ("x", "matrix"),
            ("Tab", "focus"),
            ("]/[", "change"),
            ("/", slash),
            ("v", "view"),
            ("r", "boilerplate"),
            ("a", "base"),
            ("s", "swap"),
        ],
        width,
        t,
    )
}
