//! Search in the comparison: the prompt's text, the rows that match, and the highlighting of matches.
//!
//! Matching ignores case. Rows match on their whole text (both sides), so a phrase broken across a wrapped
//! line is still found; highlighting works per screen line.

use super::diff_pane::Lines;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// The search state.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// Text being typed, while the prompt is open.
    pub input: Option<String>,
    /// The submitted query: matches are highlighted and n/N jump between them.
    pub query: Option<String>,
}

impl Search {
    /// Whether the prompt is open.
    pub fn typing(&self) -> bool {
        self.input.is_some()
    }

    /// The text to highlight: what is being typed, else the submitted query.
    pub fn highlight(&self) -> Option<&str> {
        self.input.as_deref().filter(|s| !s.is_empty()).or(self.query.as_deref())
    }
}

/// Indices of the rows whose text contains `query` (any case).
pub fn matches(lines: &Lines, query: &str) -> Vec<usize> {
    let q = query.to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    lines.items.iter().enumerate().filter(|(_, it)| it.text.contains(&q)).map(|(i, _)| i).collect()
}

/// Char-wise lower case that keeps one char per char, so positions line up with the original.
fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Restyle every occurrence of `query` in `line` with `style` (patched over the text's own style).
pub fn highlight(line: &Line<'static>, query: &str, style: Style) -> Line<'static> {
    let q: Vec<char> = query.chars().map(fold).collect();
    let chars: Vec<(char, Style)> =
        line.spans.iter().flat_map(|s| s.content.chars().map(move |c| (c, s.style))).collect();
    if q.is_empty() || chars.len() < q.len() {
        return line.clone();
    }
    let mut hit = vec![false; chars.len()];
    let mut i = 0;
    let mut any = false;
    while i + q.len() <= chars.len() {
        if chars[i..i + q.len()].iter().zip(&q).all(|((c, _), qc)| fold(*c) == *qc) {
            hit[i..i + q.len()].iter_mut().for_each(|h| *h = true);
            i += q.len();
            any = true;
        } else {
            i += 1;
        }
    }
    if !any {
        return line.clone();
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    for ((c, st), h) in chars.into_iter().zip(hit) {
        let st = if h { st.patch(style) } else { st };
        match spans.last_mut() {
            Some(last) if last.style == st => last.content.to_mut().push(c),
            _ => spans.push(Span::styled(c.to_string(), st)),
        }
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn highlights_every_match_ignoring_case() {
        let rev = Style::default().add_modifier(Modifier::REVERSED);
        let line = Line::from(vec![Span::raw("Putin said Mr "), Span::raw("PUTIN")]);
        let out = highlight(&line, "putin", rev);
        assert_eq!(out.to_string(), "Putin said Mr PUTIN");
        let hits: Vec<&str> = out.spans.iter().filter(|s| s.style == rev).map(|s| s.content.as_ref()).collect();
        assert_eq!(hits, ["Putin", "PUTIN"]);
    }

    #[test]
    fn no_match_leaves_the_line_alone() {
        let line = Line::from("Kim Jong Un");
        assert_eq!(highlight(&line, "putin", Style::default()), line);
    }
}
