//! The facts view: facts (rows) against articles (numbered columns), with the selected fact's wordings and
//! the column legend below. Facts that stand out come first and carry a symbol: `≠` an altered quote, a
//! conflicting number or a misspelt name, `*` a fact only one article carries.

use super::app::{App, fact_rank, pair_mark};
use super::diff_pane::clip;
use super::wrap::{pad, wrap};
use pressdiff::facts::{FactKind, LedgerFact};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// Width of one article column.
const COL: usize = 3;
/// The symbol and kind columns before the fact's wording.
const LEAD: usize = 9;

/// The symbol of a fact's rank.
pub fn symbol(f: &LedgerFact, articles: usize) -> &'static str {
    match fact_rank(f, articles) {
        0 => "≠",
        1 => "*",
        _ => " ",
    }
}

/// The short name of a kind, as the table shows it.
pub fn kind_name(kind: Option<FactKind>) -> &'static str {
    match kind {
        None => "all",
        Some(FactKind::Quote) => "quotes",
        Some(FactKind::Number) => "numbers",
        Some(FactKind::Entity) => "names",
    }
}

/// The mark of article `i` in a fact's row: `·` not carried; a letter for which wording of an altered fact
/// it uses (a is the most common), with `≠` after it when that wording changes the fact (another figure,
/// other words quoted) rather than giving it otherwise; `●` otherwise. An article that gives two wordings
/// (a figure changed in its lede, the old one kept in its headline) shows the one that changes the fact:
/// shown as `a`, the change could be seen only in the row's detail.
fn cell(f: &LedgerFact, i: usize) -> String {
    if !f.carried_by(i) {
        return "·".into();
    }
    let shown = f.variants_of(i).find(|v| f.changes(v)).or_else(|| f.variants_of(i).next());
    if f.altered
        && let Some(v) = shown
        && let Some(k) = f.variants.iter().position(|w| std::ptr::eq(v, w))
    {
        let letter = char::from(b'a' + (k.min(25) as u8));
        return if f.changes(v) { format!("{letter}≠") } else { letter.to_string() };
    }
    "●".into()
}

fn show(f: &LedgerFact) -> String {
    match f.kind {
        FactKind::Quote => format!("“{}”", f.text),
        _ => f.text.clone(),
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &mut App) {
    let t = app.theme;
    let n = app.corpus.articles.len();
    // Until the ledger is built there is no count to give: "(0)" would read as "no facts".
    let filter = match (app.facts.typing, app.facts.filter.is_empty()) {
        (true, _) => {
            // The title's other words and the border's corners take the rest of the top row.
            let taken =
                format!(" Facts: {} ({}, filter: ) ", kind_name(app.facts.kind), app.facts.rows.len()).len() + 2;
            let room = usize::from(area.width).saturating_sub(taken);
            let shown: String = super::prompt::spans(&app.facts.filter, app.facts.caret, room, t.faint, t.faint)
                .iter()
                .map(|s| s.content.as_ref())
                .collect();
            format!(", filter: {shown}")
        }
        (false, false) => format!(", filter: {}", app.facts.filter),
        (false, true) => String::new(),
    };
    // The pair filter says whose facts these are: A's and B's differences, not the corpus's.
    let pair = if app.facts.pair { ", A vs B" } else { "" };
    let title = match app.ledger {
        Some(_) => format!(" Facts: {}{pair} ({}{filter}) ", kind_name(app.facts.kind), app.facts.rows.len()),
        None => format!(" Facts: {}{pair} ", kind_name(app.facts.kind)),
    };
    let block = Block::bordered().title(Span::styled(title, t.border_focus)).border_style(t.border_focus);
    let inner = block.inner(area);
    let Some(ledger) = app.ledger.clone() else {
        frame.render_widget(block, area);
        frame.render_widget(Paragraph::new(Span::styled("Gathering the facts of every article…", t.faint)), inner);
        return;
    };
    // The detail grows to show every wording of the selected fact whole, as long as the table keeps its
    // heading and two rows.
    let wordings: usize = detail_parts(app).1.iter().map(|r| wrap(r, usize::from(inner.width)).len()).sum();
    let wordings = u16::try_from(wordings.min(20)).unwrap_or(20);
    let detail_h = (inner.height / 3).clamp(3, 12).max(1 + wordings).min(inner.height.saturating_sub(4).max(3));
    let [table, rule, detail] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1), Constraint::Length(detail_h)]).areas(inner);
    app.areas.body = table;
    app.areas.detail = detail;

    // Columns: as many articles as fit beside a wording at least 20 wide.
    let width = usize::from(table.width);
    let fit = (width.saturating_sub(LEAD + 20 + 2) / COL).max(1);
    let fs = &mut app.facts;
    fs.col_offset = fs.col_offset.min(n.saturating_sub(fit));
    let cols: Vec<usize> = (fs.col_offset..n).take(fit).collect();
    let text_w = width.saturating_sub(LEAD + 2 + cols.len() * COL).max(4);
    // With columns off screen, the heading says which are on it, as the matrix's corner does: a table cut at
    // its right edge reads as whole otherwise. The longest wording that fits the fact column wins.
    let label = match (cols.first(), cols.last()) {
        (Some(&a), Some(&b)) if cols.len() < n => {
            let (what, range) = super::count::columns_shown(a, b, n);
            [format!("fact · {what} {range}"), format!("{what} {range}"), range]
                .into_iter()
                .find(|l| Line::from(l.as_str()).width() < text_w)
                .unwrap_or_default()
        }
        _ => "fact".to_string(),
    };
    let mut head = format!("{:<LEAD$}{label:<text_w$}", "  kind");
    head.push_str("│ ");
    for &c in &cols {
        head.push_str(&format!("{:<COL$}", c + 1));
    }
    let rows_h = usize::from(table.height.saturating_sub(1)).max(1);
    fs.selected = fs.selected.min(fs.rows.len().saturating_sub(1));
    fs.offset = fs.offset.min(fs.selected).max((fs.selected + 1).saturating_sub(rows_h));
    // Rows cut off at the table's foot read as the whole list otherwise: the border says where the
    // highlighted row stands among them, as lazygit's panels do.
    let block = match super::count::position(fs.selected, fs.rows.len(), rows_h) {
        Some(at) => block.title_bottom(Line::from(Span::styled(at, t.faint)).right_aligned()),
        None => block,
    };
    frame.render_widget(block, area);
    let mut lines = vec![Line::from(Span::styled(clip(Line::from(head), width).to_string(), t.faint))];
    if fs.rows.is_empty() {
        // Say which of the two emptied the table: a filter that matched nothing is not a kind with no facts.
        let why = if fs.filter.trim().is_empty() && fs.pair {
            "A and B give every fact of this kind alike (p lists every fact)".to_string()
        } else if fs.filter.trim().is_empty() {
            "no facts of this kind".to_string()
        } else {
            let clear = if fs.typing { "Esc clears it" } else { "/ then Esc clears it" };
            format!("no facts match the filter “{}” ({clear})", fs.filter.trim())
        };
        lines.push(Line::from(Span::styled(why, t.faint)));
    }
    // Only the rows on screen are built.
    for (pos, &fi) in fs.rows.iter().enumerate().skip(fs.offset).take(rows_h) {
        let f = &ledger.facts[fi];
        // Padded by display width: a Chinese or Japanese character takes two columns.
        let wording = pad(clip(Line::from(show(f)), text_w.saturating_sub(1)), text_w);
        // With the pair filter, the mark says how B differs from A, as the comparison's marks do.
        let mark = match fs.pair.then(|| pair_mark(f, app.a, app.b)).flatten() {
            Some(m) => m.symbol(),
            None => symbol(f, n),
        };
        let mut spans =
            vec![Span::styled(format!("{mark} "), t.strong), Span::styled(format!("{:<7}", f.kind.name()), t.faint)];
        spans.extend(wording.spans);
        spans.push(Span::styled("│ ", t.border));
        for &c in &cols {
            let mark = cell(f, c);
            let style = match mark.as_str() {
                "·" => t.faint,
                m if m.ends_with('≠') => t.alert,
                _ => t.strong,
            };
            spans.push(Span::styled(format!("{mark:<COL$}"), style));
        }
        let mut line = Line::from(spans);
        if pos == fs.selected {
            line = line.style(t.selected);
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), table);

    let lines = detail_lines(app, detail, &cols);
    super::detail::render(frame, rule, detail, lines, &mut app.detail_scroll, &t);
}

/// The detail's heading (what the fact is, and why it stands out) and its wordings, each with its articles.
fn detail_parts(app: &App) -> (Option<Line<'static>>, Vec<Vec<Span<'static>>>) {
    let t = app.theme;
    let n = app.corpus.articles.len();
    let Some(f) = app.selected_fact() else { return (None, Vec::new()) };
    let misattributed = f.misattributed();
    let same_words = f.variants.iter().all(|v| f.agrees_with_first_words(v));
    let what = match (f.altered, f.kind) {
        (true, FactKind::Quote) if misattributed && same_words => "≠ quote given to another speaker",
        (true, FactKind::Quote) if misattributed => "≠ altered quote: other words, and another speaker",
        (true, FactKind::Quote) => "≠ altered quote: the articles give other words",
        (true, FactKind::Entity) => "≠ misspelt name: the articles spell it otherwise",
        (true, FactKind::Number) => "≠ conflicting number: the articles give other values",
        (false, _) if f.articles.len() == 1 && n > 1 => "* only one article carries it",
        _ => "",
    };
    let of = super::count::count(n, "article", "articles");
    let mut head = vec![Span::styled(format!("{} in {} of {of}", f.kind.name(), f.articles.len()), t.strong)];
    if !what.is_empty() {
        head.extend([Span::raw("  "), Span::styled(what, t.alert)]);
    }
    let variants = f
        .variants
        .iter()
        .enumerate()
        .map(|(k, v)| {
            let who: Vec<String> = v.articles.iter().map(|&i| (i + 1).to_string()).collect();
            let letter = if f.altered { char::from(b'a' + (k.min(25) as u8)).to_string() } else { "●".into() };
            let text = match (&v.speaker, f.kind) {
                // Who each wording is given to, where the articles name more than one person.
                (Some(name), FactKind::Quote) if misattributed => format!("“{}” said by {name}", v.text),
                (_, FactKind::Quote) => format!("“{}”", v.text),
                _ => v.text.clone(),
            };
            let mut spans = vec![
                Span::styled(format!("{letter} "), t.strong),
                Span::raw(text),
                Span::styled(format!("  — in {}", who.join(", ")), t.faint),
            ];
            // Which of the other wordings change the fact, in `pressdiff facts`'s words: without them,
            // "US$4,200 million" beside "$4.2 billion", or a quotation cut short, read as another value.
            if f.altered && k > 0 {
                spans.push(match (f.changes(v), f.kind) {
                    (true, FactKind::Quote) if f.only_speaker_changes(v) => {
                        Span::styled("  (another speaker)", t.alert)
                    }
                    (true, FactKind::Quote) => Span::styled("  (altered)", t.alert),
                    (true, FactKind::Entity) => Span::styled("  (spelt otherwise)", t.alert),
                    (true, FactKind::Number) => Span::styled("  (conflicts)", t.alert),
                    // A wording of its own for its speaker alone, where the first names no one.
                    (false, FactKind::Quote) if v.key == f.variants[0].key => {
                        Span::styled("  (the same words as a)", t.faint)
                    }
                    (false, FactKind::Quote) => Span::styled("  (an excerpt of a)", t.faint),
                    (false, FactKind::Entity) => Span::styled("  (the same name as a)", t.faint),
                    (false, FactKind::Number) => Span::styled("  (the same figure as a)", t.faint),
                });
            }
            spans
        })
        .collect();
    (Some(Line::from(head)), variants)
}

/// The detail under the table: the fact, each wording with its articles, the Enter hint, the column legend.
/// Where there is room the legend gives each column's title too. When the lines do not all fit they scroll,
/// and the wordings come first: an altered fact is read by comparing them.
fn detail_lines(app: &App, detail: Rect, cols: &[usize]) -> Vec<Line<'static>> {
    let t = app.theme;
    let dw = usize::from(detail.width);
    let h = usize::from(detail.height);
    let (head, variants) = detail_parts(app);
    let head = head.map(|l| clip(l, dw));
    let hint = head.as_ref().map(|_| Line::from(Span::styled("Enter: show it in the comparison", t.faint)));
    // A and B are named where they stand: Enter opens a pair, and `p` lists what these two give apart.
    let role = |c: usize| match c {
        _ if c == app.a => " (A)",
        _ if c == app.b => " (B)",
        _ => "",
    };
    let legend = legend_lines(
        cols.iter().map(|&c| {
            Line::from(vec![
                Span::styled(format!("{} ", c + 1), t.strong),
                Span::styled(app.corpus.articles[c].id.clone(), t.faint),
                Span::styled(role(c), t.strong),
            ])
        }),
        dw,
    );
    // Numbers and ids name the columns; where there is room, a line each with its title says what each
    // report is.
    let titled: Vec<Line> = cols
        .iter()
        .map(|&c| {
            let art = &app.corpus.articles[c];
            let mut spans =
                vec![Span::styled(format!("{} ", c + 1), t.strong), Span::styled(format!("{} ", art.id), t.faint)];
            if !role(c).is_empty() {
                spans.push(Span::styled(format!("{} ", role(c).trim_start()), t.strong));
            }
            spans.push(Span::raw(art.title.clone()));
            clip(Line::from(spans), dw)
        })
        .collect();
    let mut out: Vec<Line> = head.into_iter().collect();
    out.extend(variants.iter().flat_map(|r| wrap(r, dw)));
    out.extend(hint);
    let legend = if out.len() + titled.len() <= h { titled } else { legend };
    out.extend(legend);
    out
}

/// The column legend's entries ("1 bbc", "2 reuters"), filled into lines `width` columns wide, two spaces
/// apart. An entry is never broken: wrapped word by word, a column's number ended one line and its id began
/// the next, where it read as the next column's. An entry wider than a line is cut.
fn legend_lines(entries: impl Iterator<Item = Line<'static>>, width: usize) -> Vec<Line<'static>> {
    const GAP: usize = 2;
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut cur: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for entry in entries {
        let entry = clip(entry, width);
        let w = entry.width();
        if used > 0 && used + GAP + w > width {
            lines.push(Line::from(std::mem::take(&mut cur)));
            used = 0;
        }
        if used > 0 {
            cur.push(Span::raw(" ".repeat(GAP)));
            used += GAP;
        }
        cur.extend(entry.spans);
        used += w;
    }
    if !cur.is_empty() {
        lines.push(Line::from(cur));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::{cell, legend_lines};
    use pressdiff::facts::{FactKind, LedgerFact, Variant};
    use ratatui::text::Line;

    /// A number's wording, with its key as the facts write it (value, then unit).
    fn variant(text: &str, key: &str, value: &str, articles: Vec<usize>) -> Variant {
        Variant { text: text.into(), key: key.into(), value: value.into(), articles, speaker: None, by_pronoun: false }
    }

    #[test]
    fn an_article_giving_the_old_figure_and_a_new_one_shows_the_change() {
        let f = LedgerFact {
            kind: FactKind::Number,
            text: "1,250 households".into(),
            articles: vec![0, 1, 2],
            variants: vec![
                variant("1,250 households", "1250 household", "1250", vec![0, 1, 2]),
                variant("1,520 households", "1520 household", "1520", vec![2]),
            ],
            altered: true,
        };
        assert_eq!([cell(&f, 0), cell(&f, 1), cell(&f, 2), cell(&f, 3)], ["a", "a", "b≠", "·"]);
    }

    #[test]
    fn a_wording_that_gives_the_first_figure_otherwise_is_told_from_one_that_conflicts() {
        // The keys the facts give these wordings: the third is the first in other words, not its key.
        let f = LedgerFact {
            kind: FactKind::Number,
            text: "$4.2 billion".into(),
            articles: vec![0, 1, 2],
            variants: vec![
                variant("$4.2 billion", "4.2 billion dollar", "4.2 billion", vec![0]),
                variant("$4.6 billion", "4.6 billion dollar", "4.6 billion", vec![1]),
                variant("US$4,200 million", "4200 million dollar", "4200 million", vec![2]),
            ],
            altered: true,
        };
        assert_eq!([cell(&f, 0), cell(&f, 1), cell(&f, 2)], ["a", "b≠", "c"]);
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect()).collect()
    }

    #[test]
    fn the_legend_breaks_between_entries_never_inside_one() {
        let entries = ["1 000_e1ce51db32a55e92", "2 001_be7a17cd2114efca", "3 002_b163edcbdd175167"];
        let lines = legend_lines(entries.iter().map(|e| Line::from(e.to_string())), 50);
        assert_eq!(texts(&lines), ["1 000_e1ce51db32a55e92  2 001_be7a17cd2114efca", "3 002_b163edcbdd175167"]);
        // An entry wider than the line is cut, and alone on its line.
        let lines = legend_lines(entries.iter().map(|e| Line::from(e.to_string())), 10);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| l.width() <= 10), "{:?}", texts(&lines));
    }
}
