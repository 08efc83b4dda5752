//! The matrix view: the word-trigram similarity of every pair of articles as a grid (the Jaccard similarity
//! of their sets of three-word phrases, not the list's aligned share). Each cell shows it in hundredths (so it
//! reads without colour) on a background that darkens with it; the diagonal is `██`, a pair sharing no wording
//! `·`. Only the cells on screen are drawn, so the grid scrolls over any number of articles.

use super::app::App;
use super::count::count;
use super::diff_pane::clip;
use super::wrap::wrap;
use pressdiff::matrix::Basis;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// Width of one cell: two digits and a space.
const CELL: usize = 3;
/// Row labels: number and id, the id at least this wide (as the list's Id column is) when ids are longer.
const LABEL: usize = 18;
/// The most columns a row label's id takes: past that, a long id crowds out the grid.
const MAX_ID: usize = 40;

/// A similarity as the grid shows it.
pub fn glyph(similarity: f64, diagonal: bool) -> String {
    if diagonal {
        "██".into()
    } else if similarity <= 0.0 {
        " ·".into()
    } else if similarity >= 0.995 {
        "==".into()
    } else {
        // Hundredths as the text output prints the figure ("0.62" for 0.625, rounded half to even), so
        // that the two never differ by one.
        let hundredths: u32 = format!("{similarity:.2}").get(2..).and_then(|d| d.parse().ok()).unwrap_or(0);
        format!("{:>2}", hundredths.max(1))
    }
}

/// Shading by similarity, in themes with colour.
fn shade(similarity: f64, colour: bool) -> Style {
    if !colour || similarity <= 0.0 {
        return Style::default();
    }
    // The grey ramp of the 256-colour palette: 236 (dark) to 250 (light).
    let level = 236 + (similarity.clamp(0.0, 1.0) * 14.0).round() as u8;
    let fg = if level >= 245 { Color::Black } else { Color::White };
    Style::default().bg(Color::Indexed(level)).fg(fg)
}

/// A similarity to two places, as the detail under the grid gives it: one above none that rounds to
/// "0.00" is "under 0.01", as its cell shows "1" ([`glyph`]); "0.00" read as none beside a cell that said
/// some.
fn hundredths(x: f64) -> String {
    let two = format!("{x:.2}");
    if x > 0.0 && two == "0.00" { "under 0.01".to_string() } else { two }
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

pub fn render(frame: &mut Frame, area: Rect, app: &mut App) {
    let t = app.theme;
    let n = app.corpus.articles.len();
    // Cut with "…" where the window is narrow, as the other panes' titles are: cut by the border, the title
    // lost its closing bracket with no sign it was cut.
    let title = Line::from(Span::styled(format!(" Word-trigram similarity matrix ({n}×{n}) "), t.border_focus));
    let block =
        Block::bordered().title(clip(title, usize::from(area.width.saturating_sub(2)))).border_style(t.border_focus);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(matrix) = app.matrix.clone() else {
        let msg = match app.matrix_progress {
            Some(p) => format!("Building the matrix: {} {}/{}…", p.stage, p.done, p.total),
            None => "Building the matrix…".to_string(),
        };
        frame.render_widget(Paragraph::new(Span::styled(msg, t.faint)), inner);
        return;
    };
    // The detail takes the rows the grid does not need (a small corpus leaves most of them), and a third of
    // the pane at least.
    let grid_h = u16::try_from(n).unwrap_or(u16::MAX).saturating_add(1);
    let detail_h = (inner.height / 3).clamp(3, 8).max(inner.height.saturating_sub(grid_h + 1));
    let [grid, rule, detail] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1), Constraint::Length(detail_h)]).areas(inner);
    app.areas.body = grid;
    app.areas.detail = detail;

    let colour = t.name != super::theme::ThemeName::Mono;
    let rows_h = usize::from(grid.height.saturating_sub(1)).max(1);
    // Ids take what the grid of every column leaves, up to the longest id: cut to a dozen characters
    // with the room empty beside a small grid, copies named alike looked the same.
    let spare = usize::from(grid.width).saturating_sub(6 + n.saturating_mul(CELL));
    let id_w = app.longest_id.min(spare.clamp(LABEL - 6, MAX_ID)).max(LABEL - 6);
    let label = 6 + id_w;
    let cols_w = (usize::from(grid.width).saturating_sub(label) / CELL).max(1);
    let c = &mut app.cells;
    c.row_offset = c.row_offset.min(c.row).max((c.row + 1).saturating_sub(rows_h));
    c.col_offset = c.col_offset.min(c.col).max((c.col + 1).saturating_sub(cols_w));
    let c = *c;
    let cols: Vec<usize> = (c.col_offset..n).take(cols_w).collect();
    // A column's label is the last two digits of its number; past 99 columns the corner says which
    // numbers are on screen, so "23" can be read as 1923.
    // With columns off screen, it says which are on it, as the facts table's heading does: cut at its right
    // edge, the grid read as whole. The longest wording that fits the corner wins.
    let corner = match (cols.first(), cols.last()) {
        (Some(&a), Some(&b)) if n >= 100 => format!("columns {}–{}", a + 1, b + 1),
        (Some(&a), Some(&b)) if cols.len() < n => {
            let (what, range) = super::count::columns_shown(a, b, n);
            [format!("{what} {range}"), range]
                .into_iter()
                .find(|l| Line::from(l.as_str()).width() < label)
                .unwrap_or_default()
        }
        _ => "row ╲ column".to_string(),
    };
    let mut head = vec![Span::styled(format!("{corner:<label$}"), t.faint)];
    for &j in &cols {
        let style = if j == c.col { t.strong } else { t.faint };
        // Two digits each past 99 columns: column 400 is "00", not a "0" that reads as no number.
        let number = if n >= 100 { format!("{:02} ", (j + 1) % 100) } else { format!("{:>2} ", j + 1) };
        head.push(Span::styled(number, style));
    }
    let mut lines = vec![Line::from(head)];
    for i in (c.row_offset..n).take(rows_h) {
        // Padded by display width: a Chinese or Japanese character takes two columns.
        let id = super::article_list::short_id(&app.corpus.articles[i].id, id_w, app.id_parts[i]);
        let id = pressdiff::width::pad(&id, id_w);
        let label_style = if i == c.row { t.strong } else { t.faint };
        let mut spans = vec![Span::styled(format!("{:>4} {} ", i + 1, id), label_style)];
        for &j in &cols {
            let cell = matrix.cell(i, j);
            let mut style = shade(cell.similarity, colour && i != j);
            if (i, j) == (c.row, c.col) {
                style = style.patch(t.selected);
            }
            spans.push(Span::styled(glyph(cell.similarity, i == j), style));
            spans.push(Span::raw(" "));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), grid);

    // The selected cell: similarity, containment both ways, and the row article's derivation hint.
    let dw = usize::from(detail.width);
    let (ra, ca) = (&app.corpus.articles[c.row], &app.corpus.articles[c.col]);
    let cell = matrix.cell(c.row, c.col);
    let mut summary = vec![Span::styled(format!("row {} {}", c.row + 1, ra.id), t.strong)];
    // The diagonal is an article against itself: its likeness of 1.00 is no finding.
    if c.row == c.col {
        summary.push(Span::raw(match n {
            1 => ": the article itself, the only one: there is nothing to compare it with",
            _ => ": the article itself (a cell off the diagonal compares two)",
        }));
    } else {
        summary.extend([
            Span::raw(" against "),
            Span::styled(format!("column {} {}", c.col + 1, ca.id), t.strong),
            Span::raw(format!(
                ": word-trigram similarity {} · {} of the row is in the column · {} of the column is in the row · {}",
                hundredths(cell.similarity),
                pct(cell.contained),
                pct(cell.contains),
                count(cell.shared, "shared phrase", "shared phrases")
            )),
        ]);
    }
    let mut out = wrap(&summary, dw);
    // Numbers and ids name the pair; a line each with its title says what the reports are.
    let mut named = vec![("row", c.row)];
    if c.col != c.row {
        named.push(("column", c.col));
    }
    let titles: Vec<Line> = named
        .into_iter()
        .map(|(what, i)| {
            let label = format!("{what} {}", i + 1);
            let spans =
                vec![Span::styled(format!("{label:<10}"), t.faint), Span::raw(app.corpus.articles[i].title.clone())];
            clip(Line::from(spans), dw)
        })
        .collect();
    let hint = match app.derivations.as_ref().and_then(|d| d.get(c.row).cloned().flatten()) {
        Some(d) => {
            let mut hint = format!(
                "{} most likely draws on {} {} ({} of {} found; {})",
                ra.id,
                d.source + 1,
                app.corpus.articles[d.source].id,
                d.sentences_found,
                count(d.sentences, "sentence", "sentences"),
                match (d.basis, d.uncertainty()) {
                    (_, Some(why)) => why,
                    (Basis::Date, None) => "it is dated later".to_string(),
                    (Basis::Release, None) => "the other is a press release".to_string(),
                    // `uncertainty` always has words for a direction the other reports settled.
                    (Basis::Containment | Basis::Others, None) => {
                        "more of it is in the other than the other in it".to_string()
                    }
                }
            );
            if !d.also.is_empty() {
                let name = |k: usize| app.corpus.articles[k].id.as_str();
                hint.push_str(&format!(
                    "; about as much of it is in {}",
                    pressdiff::matrix::near_sources_in_words(&d.also, name)
                ));
            }
            hint
        }
        None => {
            // Not drawing on anything is not the whole story: the row may be the source others draw on
            // (an exact copy has one side as the copy and the other as its source).
            let drawn_on_by: Vec<&str> = app
                .derivations
                .iter()
                .flat_map(|all| all.iter())
                .flatten()
                .filter(|d| d.source == c.row)
                .map(|d| app.corpus.articles[d.article].id.as_str())
                .collect();
            match drawn_on_by.len() {
                // Said as the measures' finding, with the nearest miss: a reader who sees a report's
                // wording in another should learn why it is not called a copy, not read that it is none.
                0 => match matrix.neighbours(c.row).iter().max_by(|x, y| x.cell.contained.total_cmp(&y.cell.contained))
                {
                    Some(most) => format!(
                        "{}: draws on no other report by these measures, and none draws on it; the most of it in \
                         one is {} in {} (a source holds {} of it, and {} of its sentences)",
                        ra.id,
                        pct(most.cell.contained),
                        app.corpus.articles[most.other].id,
                        pct(pressdiff::matrix::MIN_CONTAINMENT),
                        pressdiff::matrix::MIN_SENTENCES,
                    ),
                    None => format!(
                        "{}: shares no wording with any other report (shared wording cannot link a translation)",
                        ra.id
                    ),
                },
                1 => format!("{}: a source; {} draws on it", ra.id, drawn_on_by[0]),
                _ => format!("{}: a source; {} draw on it", ra.id, drawn_on_by.join(", ")),
            }
        }
    };
    let mut rest = wrap(&[Span::styled(hint, t.faint)], dw);
    rest.push(Line::from(Span::styled("Enter: compare row (A) with column (B)", t.faint)));
    // The titles follow the figures where there is room for them and for the lines below; what does not
    // fit scrolls.
    if out.len() + titles.len() + rest.len() <= usize::from(detail.height) {
        out.extend(titles);
    }
    out.extend(rest);
    super::detail::render(frame, rule, detail, out, &mut app.detail_scroll, &t);
}

#[cfg(test)]
mod tests {
    use super::{glyph, hundredths};

    #[test]
    fn a_cell_shows_the_hundredths_the_text_output_prints() {
        // 0.625 prints as "0.62" in `pressdiff matrix`; rounded half up, the grid said 63.
        for x in [0.625, 0.615, 0.125, 0.5, 0.994, 0.333] {
            assert_eq!(glyph(x, false).trim(), &format!("{x:.2}")[2..], "{x}");
        }
        assert_eq!(glyph(0.004, false), " 1");
        assert_eq!(glyph(0.0, false), " ·");
        assert_eq!(glyph(0.996, false), "==");
    }

    #[test]
    fn the_detail_gives_a_similarity_its_cell_shows_as_some_as_some() {
        assert_eq!((glyph(0.003, false).as_str(), hundredths(0.003).as_str()), (" 1", "under 0.01"));
        assert_eq!((glyph(0.0, false).as_str(), hundredths(0.0).as_str()), (" ·", "0.00"));
        assert_eq!(hundredths(0.625), "0.62");
    }
}
