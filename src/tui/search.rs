//! Search in the comparison: the prompt's text, the rows that match, and the highlighting of matches.
//!
//! Matching ignores case, accents, quote style, runs of whitespace and the commas and spaces that group a figure's
//! digits. Rows
//! match on their whole text (both sides), and highlighting follows a match across the lines a column wraps into, so a
//! phrase broken by the wrap is marked whole. Without colour, the brackets around changed words (`[-`, `-]`, `{+`,
//! `+}`) are not text: a match runs through them.

use super::diff_pane::Lines;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

/// The search state.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// Text being typed, while the prompt is open.
    pub input: Option<String>,
    /// The caret, in characters before the end of `input`.
    pub caret: usize,
    /// The submitted query: matches are highlighted and n/N jump between them.
    pub query: Option<String>,
    /// Other wordings highlighted with the query: when an altered fact is opened, the query is A's wording
    /// and these are B's, so that both sides show what changed.
    pub also: Vec<String>,
    /// The query was set by opening a fact, not typed: it highlights that fact in that pair only, and goes
    /// when another pair is opened.
    pub from_fact: bool,
    /// The last query submitted, kept after Esc clears `query`: an empty search repeats it, as in vim and
    /// less, where clearing the highlight does not forget the pattern.
    pub last: Option<String>,
}

impl Search {
    /// Whether the prompt is open.
    pub fn typing(&self) -> bool {
        self.input.is_some()
    }

    /// Submit a query (or none), replacing any wordings highlighted with the last one.
    pub fn set_query(&mut self, query: Option<String>) {
        if query.is_some() {
            self.last.clone_from(&query);
        }
        self.query = query;
        self.also.clear();
        self.from_fact = false;
    }

    /// The texts to highlight: what is being typed, else the submitted query and its other wordings.
    pub fn highlight(&self) -> Vec<&str> {
        match self.input.as_deref().filter(|s| !s.is_empty()) {
            Some(typed) => vec![typed],
            None => self.query.iter().chain(&self.also).map(String::as_str).collect(),
        }
    }
}

/// Indices of the rows whose text contains `query` (any case, any quote style, any run of whitespace).
pub fn matches(lines: &Lines, query: &str) -> Vec<usize> {
    let q = fold_str(query);
    if q.is_empty() {
        return Vec::new();
    }
    lines.items.iter().enumerate().filter(|(_, it)| fold_str(&it.text).contains(&q)).map(|(i, _)| i).collect()
}

/// One char folded for matching: lower case (one char per char, so positions line up with the original),
/// a Latin letter without its accent, curly quotes and apostrophes as straight ones, any whitespace as a
/// space. Without accents, "Tomas" typed on a keyboard that has no "á" finds "Tomás", as a browser's
/// find does.
pub fn fold(c: char) -> char {
    match c.to_lowercase().next().unwrap_or(c) {
        // The apostrophes comparing folds alike, so that a search finds what comparing calls the same word.
        c if pressdiff::normalize::is_apostrophe(c) => '\'',
        c if pressdiff::normalize::is_double_quote(c) => '"',
        c if c.is_whitespace() => ' ',
        c => pressdiff::normalize::base_letter(c),
    }
}

/// A text folded for matching, its whitespace runs collapsed to one space and trimmed, and the marks that
/// group a figure's digits dropped ([`is_group_mark`]).
pub fn fold_str(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let kept: String = chars
        .iter()
        .enumerate()
        .filter(|&(k, &c)| !is_group_mark(k.checked_sub(1).map(|p| chars[p]), c, chars[k + 1..].iter().copied()))
        .map(|(_, &c)| c)
        .collect();
    kept.split_whitespace().map(|w| w.chars().map(fold).collect::<String>()).collect::<Vec<_>>().join(" ")
}

/// Whether `c`, after `before` and ahead of `after`, groups the digits of a figure: a comma, or a plain,
/// narrow or no-break space, between a digit and three more that end the group ("3,200", "3 200"). Dropped
/// from both the text and the query, so that `/3200` finds "3,200", and `/3,200` finds "3200". A decimal
/// point is kept: "1.5" is not "15".
///
/// A plain space counts too: French and other European reports typed as plain text write "1 250 foyers",
/// which the facts read as 1,250, and a reader who searched for the figure the facts view showed found
/// nothing. Two figures side by side ("in 2 250-page volumes") then match as one, which costs only a
/// search for "2250" finding them.
pub fn is_group_mark(before: Option<char>, c: char, mut after: impl Iterator<Item = char>) -> bool {
    matches!(c, ',' | ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
        && before.is_some_and(|b| b.is_ascii_digit())
        && after.by_ref().take(3).filter(char::is_ascii_digit).count() == 3
        && !after.next().is_some_and(|n| n.is_ascii_digit())
}

/// Which chars of `lines` fall inside a match of `query`, as a mask per line (by char index).
///
/// `regions` are the columns of display cells that hold running text (A and B side by side, or the one
/// inline column): each column's text is read across all the lines as one stream, a line break counting as
/// a space or as nothing (a word cut by the wrap), so a match broken by the wrap is found whole. With
/// `brackets`, the change brackets are skipped.
pub fn hits(lines: &[Line<'_>], regions: &[(usize, usize)], query: &str, brackets: bool) -> Vec<Vec<bool>> {
    let cells: Vec<Vec<(char, Style, usize)>> = lines
        .iter()
        .map(|l| {
            let mut col = 0;
            l.spans
                .iter()
                .flat_map(|s| s.content.chars().map(move |c| (c, s.style)))
                .map(|(c, st)| {
                    let at = col;
                    col += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                    (c, st, at)
                })
                .collect()
        })
        .collect();
    let mut mask: Vec<Vec<bool>> = cells.iter().map(|c| vec![false; c.len()]).collect();
    let q: Vec<char> = fold_str(query).chars().collect();
    if q.is_empty() {
        return mask;
    }
    for &(lo, hi) in regions {
        // The column's text as one stream of folded chars, each with where it came from (None for the space
        // standing for a line break).
        let mut stream: Vec<(char, Option<(usize, usize)>)> = Vec::new();
        for (li, line) in cells.iter().enumerate() {
            let in_col: Vec<usize> = (0..line.len()).filter(|&k| (lo..hi).contains(&line[k].2)).collect();
            if stream.last().is_some_and(|(c, _)| *c != ' ') {
                stream.push((' ', None));
            }
            let mut skip = 0;
            for (n, &k) in in_col.iter().enumerate() {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let (c, st, _) = line[k];
                let next = || in_col[n + 1..].iter().map(|&k| line[k].0);
                if is_group_mark(stream.last().map(|&(p, _)| p), c, next()) {
                    continue;
                }
                if brackets && let Some(&k2) = in_col.get(n + 1) {
                    let (c2, st2, _) = line[k2];
                    if is_bracket(c, c2, st, st2) {
                        skip = 1;
                        continue;
                    }
                }
                let f = fold(c);
                if f == ' ' && stream.last().is_none_or(|(p, _)| *p == ' ') {
                    continue;
                }
                stream.push((f, Some((li, k))));
            }
        }
        let mut i = 0;
        while i < stream.len() {
            match matched(&stream[i..], &q) {
                Some(n) if stream[i].1.is_some() => {
                    mark(&mut mask, stream[i..i + n].iter().filter_map(|(_, at)| *at));
                    i += n;
                }
                _ => i += 1,
            }
        }
    }
    mask
}

/// How much of `stream` a match of `query` at its start takes, if it matches. A line break (a space with
/// no place) is the space the wrap took, or a cut inside a word too wide for the column (a Chinese or
/// Japanese sentence is one such word), so it may match a space of the query or nothing.
fn matched(stream: &[(char, Option<(usize, usize)>)], query: &[char]) -> Option<usize> {
    let Some((&q, rest)) = query.split_first() else { return Some(0) };
    let (&(c, at), tail) = stream.split_first()?;
    if at.is_none() {
        let as_space = (q == ' ').then(|| matched(tail, rest)).flatten();
        return as_space.or_else(|| matched(tail, query)).map(|n| n + 1);
    }
    (c == q).then(|| matched(tail, rest)).flatten().map(|n| n + 1)
}

/// Mark the chars of one match, and on each line whatever lies between its first and last char (a bracket
/// the match ran through), so the match reads as one highlight.
fn mark(mask: &mut [Vec<bool>], at: impl Iterator<Item = (usize, usize)>) {
    let mut span: Vec<(usize, usize, usize)> = Vec::new();
    for (li, k) in at {
        match span.last_mut() {
            Some((l, _, hi)) if *l == li => *hi = k,
            _ => span.push((li, k, k)),
        }
    }
    for (li, lo, hi) in span {
        mask[li][lo..=hi].iter_mut().for_each(|m| *m = true);
    }
}

/// Whether two chars are a change bracket: `[-` or `-]` on struck-through text, `{+` or `+}` on underlined.
fn is_bracket(a: char, b: char, sa: Style, sb: Style) -> bool {
    let has = |s: Style, m: Modifier| s.add_modifier.contains(m) && sb.add_modifier.contains(m);
    match (a, b) {
        ('[', '-') | ('-', ']') => has(sa, Modifier::CROSSED_OUT),
        ('{', '+') | ('+', '}') => has(sa, Modifier::UNDERLINED),
        _ => false,
    }
}

/// Restyle the chars `mask` marks with `style`, patched over their own.
pub fn apply(line: &Line<'static>, mask: &[bool], style: Style) -> Line<'static> {
    if !mask.iter().any(|&m| m) {
        return line.clone();
    }
    let chars = line.spans.iter().flat_map(|s| s.content.chars().map(move |c| (c, s.style)));
    let mut spans: Vec<Span<'static>> = Vec::new();
    for ((c, st), &h) in chars.zip(mask.iter().chain(std::iter::repeat(&false))) {
        let st = if h { st.patch(style) } else { st };
        match spans.last_mut() {
            Some(last) if last.style == st => last.content.to_mut().push(c),
            _ => spans.push(Span::styled(c.to_string(), st)),
        }
    }
    Line::from(spans).style(line.style)
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
    fn any_apostrophe_finds_any_other() {
        let line = Line::from("Korea\u{2bc}s ties and Korea’s ties");
        let rev = Style::default().add_modifier(Modifier::REVERSED);
        let hits: Vec<String> = highlight(&line, "korea's", rev)
            .spans
            .iter()
            .filter(|s| s.style == rev)
            .map(|s| s.content.to_string())
            .collect();
        assert_eq!(hits, ["Korea\u{2bc}s", "Korea’s"]);
    }

    #[test]
    fn a_search_finds_a_word_with_or_without_its_accents() {
        let line = Line::from("Zoë Lefèvre met Tomás; Tomas stayed");
        let rev = Style::default().add_modifier(Modifier::REVERSED);
        let hits = |q: &str| -> Vec<String> {
            let out = highlight(&line, q, rev);
            out.spans.iter().filter(|s| s.style == rev).map(|s| s.content.to_string()).collect()
        };
        assert_eq!(hits("tomas"), ["Tomás", "Tomas"]);
        assert_eq!(hits("TOMÁS"), ["Tomás", "Tomas"]);
        assert_eq!(hits("zoe lefevre"), ["Zoë Lefèvre"]);
    }

    #[test]
    fn a_match_runs_across_a_cut_inside_a_word() {
        // A word too wide for its column is cut by the wrap; a Japanese sentence is one such word.
        let lines = [Line::from("気象庁によると、雨は明日"), Line::from("の朝まで続く見込みです。")];
        let width = lines.iter().map(Line::width).max().unwrap_or(0);
        let mask = hits(&lines, &[(0, width)], "明日の朝", false);
        let marked: Vec<usize> = mask.iter().map(|m| m.iter().filter(|&&h| h).count()).collect();
        assert_eq!(marked, [2, 2]);
        // Across a break that stood for a space, the query's space still matches.
        let lines = [Line::from("the bridge"), Line::from("reopened")];
        let mask = hits(&lines, &[(0, 10)], "bridge reopened", false);
        assert_eq!(mask.iter().map(|m| m.iter().filter(|&&h| h).count()).sum::<usize>(), 6 + 8);
    }

    #[test]
    fn a_figure_is_found_with_or_without_the_commas_that_group_its_digits() {
        let matched = |text: &str, q: &str| fold_str(text).contains(&fold_str(q));
        assert!(matched("3,200 people", "3200"));
        assert!(matched("3200 people", "3,200"));
        assert!(matched("1,250,000 homes", "1250000"));
        assert!(matched("3\u{202f}200 people", "3200"));
        // A plain space groups a figure's digits in French and German plain text, as the facts read it.
        assert!(matched("1 250 foyers", "1250"));
        assert!(matched("1 250 000 euros", "1,250,000"));
        assert!(matched("1,250 households", "1 250"));
        // Not between figures whose second is no group of three, nor where a space stands alone.
        assert!(!matched("in 2019 2500 people", "20192500"));
        assert!(!matched("won 3 1 at home", "31"));
        assert!(matched("the vote 52 to 48", "52 to 48"));
        // A list, a decimal point and a decimal comma are not a figure's groups.
        assert!(!matched("rooms 3, 200 and 4", "3200"));
        assert!(!matched("1.5 million", "15"));
        assert!(!matched("1,5 Millionen", "15"));
        assert!(!matched("3,2000", "32000"));
        // The highlight covers the comma it ran through.
        let lines = [Line::from("about 3,200 people")];
        let mask = hits(&lines, &[(0, 18)], "3200", false);
        let marked: String = "about 3,200 people".chars().zip(&mask[0]).filter(|(_, m)| **m).map(|(c, _)| c).collect();
        assert_eq!(marked, "3,200");
    }

    #[test]
    fn no_match_leaves_the_line_alone() {
        let line = Line::from("Kim Jong Un");
        assert_eq!(highlight(&line, "putin", Style::default()), line);
    }
}
