//! The comparison pane: the rows of A against B, side by side or inline, wrapped to the pane's width.
//!
//! Wrapping is the expensive part, so [`build`] turns a whole comparison into lines once per (pair, view,
//! width, boilerplate) and the app keeps the result; a frame only slices the visible lines out of it.

use super::search;
use super::theme::{Mark, Theme};
use super::wrap::{level, pad, wrap};
use pressdiff::boilerplate::Reason;
use pressdiff::corpus::ArticleBlock;
use pressdiff::normalize::joins_as_written;
use pressdiff::{Article, Comparison, Kind, Op, Segment, Text};
use pressdiff::{sentences, word_diff};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use std::collections::HashMap;

/// How the comparison is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// A on the left, B on the right, one row per aligned segment.
    SideBySide,
    /// One column: deleted words struck through, inserted words underlined.
    Inline,
}

impl View {
    pub fn name(self) -> &'static str {
        match self {
            View::SideBySide => "side by side",
            View::Inline => "inline",
        }
    }

    pub fn toggled(self) -> View {
        match self {
            View::SideBySide => View::Inline,
            View::Inline => View::SideBySide,
        }
    }
}

/// Everything the lines depend on: when any of it changes they are built again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub a: usize,
    pub b: usize,
    pub view: View,
    pub width: u16,
    pub boilerplate: bool,
    /// Whether the coverage gutter was known when the lines were built.
    pub coverage: bool,
    /// The gutter's width: see [`gutter_width`].
    pub gutter: usize,
}

/// One row of the comparison: a segment, or a boilerplate block shown on request.
#[derive(Debug, Clone)]
pub struct Item {
    /// Its first line in [`Lines::lines`].
    pub first_line: usize,
    /// Its lines, not counting the blank line after it.
    pub height: usize,
    pub mark: Mark,
    /// The segment index, for segments.
    pub segment: Option<usize>,
    /// Both sides' text, lower-cased, for search.
    pub text: String,
    /// Its first line (counted from `first_line`) holding a changed word: where `]` must bring the eye.
    pub change_line: usize,
}

impl Item {
    pub fn is_change(&self) -> bool {
        !matches!(self.mark, Mark::Copied | Mark::Boilerplate)
    }
}

/// A comparison turned into screen lines.
#[derive(Debug, Clone)]
pub struct Lines {
    pub key: Key,
    pub lines: Vec<Line<'static>>,
    pub items: Vec<Item>,
}

impl Lines {
    /// The item that line `line` belongs to (the blank line after an item belongs to it).
    pub fn item_at(&self, line: usize) -> Option<usize> {
        if self.items.is_empty() {
            return None;
        }
        Some(self.items.partition_point(|it| it.first_line <= line).saturating_sub(1))
    }

    /// The item whose text line `line` shows: the blank line after an item counts for the next one.
    pub fn item_shown_at(&self, line: usize) -> Option<usize> {
        let i = self.item_at(line)?;
        let it = &self.items[i];
        Some(if line >= it.first_line + it.height && i + 1 < self.items.len() { i + 1 } else { i })
    }

    /// The display columns that hold running text: A's and B's, or the inline one.
    pub fn regions(&self) -> Vec<(usize, usize)> {
        let gutter = self.key.gutter;
        let width = usize::from(self.key.width).max(gutter + 4);
        match self.key.view {
            View::SideBySide => {
                let (lw, _) = columns(width, gutter);
                vec![(gutter, gutter + lw), (gutter + lw + SEPARATOR_WIDTH, usize::MAX)]
            }
            View::Inline => vec![(gutter, usize::MAX)],
        }
    }

    /// Which chars of item `i`'s lines fall inside a match of `query`.
    pub fn hits(&self, i: usize, query: &str, brackets: bool) -> Vec<Vec<bool>> {
        let it = &self.items[i];
        search::hits(&self.lines[it.first_line..it.first_line + it.height], &self.regions(), query, brackets)
    }
}

/// What [`build`] needs.
pub struct BuildOptions<'a> {
    pub comparison: &'a Comparison,
    pub a: &'a Article,
    pub b: &'a Article,
    pub key: Key,
    pub theme: &'a Theme,
    /// For each sentence of A, how many other articles carry it, when known.
    pub coverage: Option<&'a [Option<usize>]>,
}

/// The gutter's width for a corpus of `articles`: the row's mark, the moved mark, the coverage count, a
/// space (where `▶` goes). The coverage count takes as many digits as the most other articles there can be,
/// so every count is written out: one digit up to ten articles, two up to a hundred. A single "+" for "more
/// than nine" read as the added mark beside it.
pub fn gutter_width(articles: usize) -> usize {
    3 + articles.saturating_sub(1).max(1).to_string().len()
}

/// The coverage count of a row, right-aligned in `digits` columns: how many other articles carry its A
/// sentences (the most for any of them); "·" when its sentences are too short to tell, blank without A text.
fn coverage_glyph(seg: &Segment, coverage: Option<&[Option<usize>]>, digits: usize) -> String {
    let Some(cov) = coverage.filter(|_| !seg.a_sentences.is_empty()) else { return " ".repeat(digits) };
    match seg.a_sentences.iter().filter_map(|&i| cov.get(i as usize).copied().flatten()).max() {
        None => format!("{:>digits$}", "·"),
        Some(n) => format!("{n:>digits$}"),
    }
}

/// Quote marks open and close a quotation; straight double quotes toggle it.
#[derive(Default)]
struct Quoting {
    /// The mark that opened the quotation the text has reached, if it is inside one.
    open: Option<char>,
}

impl Quoting {
    /// Move past one char: whether it lies inside a quotation (the marks themselves do not).
    fn step(&mut self, c: char) -> bool {
        // German opens with „ and closes with “, which opens an English quotation.
        let closes = match self.open {
            Some('„') => matches!(c, '“' | '”'),
            Some(_) => matches!(c, '”' | '»' | '"'),
            None => false,
        };
        let opens = self.open.is_none() && matches!(c, '“' | '«' | '„' | '"');
        if closes {
            self.open = None;
        } else if opens {
            self.open = Some(c);
        }
        // A closing mark met outside a quotation ends one opened in an earlier sentence: no mark is inside.
        !(closes || opens || matches!(c, '”' | '»')) && self.open.is_some()
    }

    /// Move past a run.
    fn pass(&mut self, text: &str) {
        for c in text.chars() {
            self.step(c);
        }
    }

    /// Move past a changed run, cutting it where it enters or leaves a quotation or a changed figure: each
    /// piece with whether it is to be stressed, as a quotation's words and the words of `figures` are. A
    /// changed figure ("11" against "12", "six" against "seven") is what a reader checking numbers looks
    /// for, and struck through like any reworded word it did not stand out. A figure the other side gives
    /// in other words ("38" against "thirty-eight") is no change, and is not stressed.
    fn pieces(&mut self, text: &str, figures: &[String]) -> Vec<(String, bool)> {
        let chars: Vec<char> = text.chars().collect();
        let mut figure = vec![false; chars.len()];
        let mut start = 0;
        for end in 0..=chars.len() {
            if end == chars.len() || chars[end].is_whitespace() {
                let word: String = chars[start..end].iter().collect();
                let changed = figures.iter().any(|f| pressdiff::facts::is_figure(&word, f));
                figure[start..end].iter_mut().for_each(|f| *f = changed);
                start = end + 1;
            }
        }
        let mut out: Vec<(String, bool)> = Vec::new();
        for (&c, &figure) in chars.iter().zip(&figure) {
            let inside = self.step(c) || figure;
            match out.last_mut() {
                Some((piece, was)) if *was == inside => piece.push(c),
                _ => out.push((c.to_string(), inside)),
            }
        }
        out
    }
}

/// The quotes and numbers of each sentence of one article, by sentence index.
#[derive(Default)]
struct SentenceFacts {
    /// The wordings of its quotes and numbers, for the strongest highlight of a sentence one side alone
    /// gives.
    wordings: HashMap<usize, Vec<String>>,
    /// Its numbers, each as its value and the word that holds its figure ([`pressdiff::Fact::figure`]), to
    /// tell which figures an aligned pair changed ([`changed_figures`]).
    numbers: HashMap<usize, Vec<(String, String)>>,
}

fn facts_by_sentence(article: &Article) -> SentenceFacts {
    let mut out = SentenceFacts::default();
    for f in pressdiff::facts::extract(article) {
        if f.kind == pressdiff::facts::FactKind::Entity {
            continue;
        }
        if let Some(figure) = f.figure() {
            out.numbers.entry(f.sentence).or_default().push((f.value.clone(), figure.to_string()));
        }
        out.wordings.entry(f.sentence).or_default().push(f.text);
    }
    out
}

/// The figure words of an aligned pair's numbers that each side gives and the other does not, in any
/// words ([`pressdiff::facts::one_figure`]): A's, then B's. Only when both sides have one: a number one
/// side alone gives was added or dropped, not changed.
fn changed_figures(seg: &Segment, a: &SentenceFacts, b: &SentenceFacts) -> [Vec<String>; 2] {
    let numbers = |f: &'_ SentenceFacts, at: &[u32]| -> Vec<(String, String)> {
        at.iter().filter_map(|&i| f.numbers.get(&(i as usize))).flatten().cloned().collect()
    };
    let (na, nb) = (numbers(a, &seg.a_sentences), numbers(b, &seg.b_sentences));
    let alone = |x: &[(String, String)], y: &[(String, String)]| -> Vec<String> {
        x.iter()
            .filter(|(v, _)| !y.iter().any(|(w, _)| pressdiff::facts::one_figure(v, w)))
            .map(|(_, figure)| figure.clone())
            .collect()
    };
    let (fa, fb) = (alone(&na, &nb), alone(&nb, &na));
    if fa.is_empty() || fb.is_empty() { Default::default() } else { [fa, fb] }
}

/// Give every occurrence of a fact's wording the fact style.
fn mark_facts(spans: Vec<Span<'static>>, sentences: &[u32], facts: &SentenceFacts, t: &Theme) -> Vec<Span<'static>> {
    let mut line = Line::from(spans);
    for f in sentences.iter().filter_map(|&s| facts.wordings.get(&(s as usize))).flatten() {
        line = search::highlight(&line, f, t.fact);
    }
    line.spans
}
const SEPARATOR: &str = " │ ";
/// The separator's display width (its `len()` counts bytes).
const SEPARATOR_WIDTH: usize = 3;

/// Widths of the A and B columns for a body `width` columns wide, after a gutter `gutter` wide.
pub fn columns(width: usize, gutter: usize) -> (usize, usize) {
    let text = width.saturating_sub(gutter + SEPARATOR_WIDTH).max(2);
    (text / 2, text - text / 2)
}

enum Entry<'a> {
    Segment(usize, &'a Segment),
    Boilerplate { side: char, block: &'a ArticleBlock },
}

/// Segments in B's order, and with `boilerplate` the boilerplate blocks of each side slotted in before the
/// first segment that comes after them in that side's file.
fn entries<'a>(c: &'a Comparison, a: &'a Article, b: &'a Article, boilerplate: bool) -> Vec<Entry<'a>> {
    // An outlet's note about its own report (a correction) is shown even with the boilerplate hidden: it is
    // not story, but it says what the outlet changed.
    let junk = |art: &'a Article| -> Vec<(usize, &'a ArticleBlock)> {
        let shown = |r: Reason| boilerplate || r == Reason::EditorialNote;
        art.blocks.iter().enumerate().filter(|(_, blk)| blk.boilerplate.is_some_and(shown)).collect()
    };
    let (ja, jb) = (junk(a), junk(b));
    let (mut ia, mut ib) = (0, 0);
    let mut out = Vec::with_capacity(c.segments.len() + ja.len() + jb.len());
    for (i, seg) in c.segments.iter().enumerate() {
        if let Some(at) = seg.a_sentences.first().and_then(|&s| a.sentences.get(s as usize)).filter(|_| !seg.moved) {
            while ia < ja.len() && ja[ia].0 < at.block() {
                out.push(Entry::Boilerplate { side: 'A', block: ja[ia].1 });
                ia += 1;
            }
        }
        if let Some(bt) = seg.b_sentences.first().and_then(|&s| b.sentences.get(s as usize)) {
            while ib < jb.len() && jb[ib].0 < bt.block() {
                out.push(Entry::Boilerplate { side: 'B', block: jb[ib].1 });
                ib += 1;
            }
        }
        out.push(Entry::Segment(i, seg));
    }
    out.extend(ja[ia..].iter().map(|(_, block)| Entry::Boilerplate { side: 'A', block }));
    out.extend(jb[ib..].iter().map(|(_, block)| Entry::Boilerplate { side: 'B', block }));
    out
}

/// One side's whole text in one style (a copied, added or omitted sentence): one run, or none.
fn side_text(text: &Option<Text>, style: Style) -> Vec<Span<'static>> {
    text.iter().map(|x| Span::styled(x.to_string(), style)).collect()
}

/// The two sides of a segment as styled runs, for the side-by-side view; `figures` are the figure words
/// each side changed ([`changed_figures`]).
fn sides(seg: &Segment, figures: &[Vec<String>; 2], t: &Theme) -> (Vec<Span<'static>>, Vec<Span<'static>>) {
    match seg.kind {
        Kind::Copied => (side_text(&seg.a_text, t.copied), side_text(&seg.b_text, t.copied)),
        Kind::Added => (Vec::new(), side_text(&seg.b_text, t.added)),
        Kind::Omitted => (side_text(&seg.a_text, t.omitted), Vec::new()),
        Kind::Paraphrased => {
            let a_runs = a_spelling(seg);
            let (mut left, mut right) = (Vec::new(), Vec::new());
            let (mut qa, mut qb) = (Quoting::default(), Quoting::default());
            let mut a_run = 0;
            for w in &seg.words {
                let mut a_text = || {
                    a_run += 1;
                    a_runs.as_ref().map_or(w.text.to_string(), |r| r[a_run - 1].clone())
                };
                match w.op {
                    Op::Equal => {
                        let a = a_text();
                        qa.pass(&a);
                        qb.pass(&w.text);
                        // Whether a space stood before the run is known of B's text: A's is alike, but
                        // where a change in the Thai words before it ran the two apart.
                        push_run(&mut left, vec![Span::raw(a)], w.spaced);
                        push_run(&mut right, vec![Span::raw(w.text.to_string())], w.spaced);
                    }
                    Op::Delete => {
                        let a = a_text();
                        push_run(&mut left, quoted(t.deleted_run(&a), &a, &mut qa, &figures[0], t), w.spaced);
                    }
                    Op::Insert => push_run(
                        &mut right,
                        quoted(t.inserted_run(&w.text), &w.text, &mut qb, &figures[1], t),
                        w.spaced,
                    ),
                }
            }
            (left, right)
        }
    }
}

/// Add a run of words (one or more spans) to one side, after a space unless it is the first or the two
/// runs were written without one (Chinese, Japanese or Thai text); `spaced` says whether one stood before
/// the run where it was written ([`pressdiff::word_diff::Word::spaced`]).
fn push_run(side: &mut Vec<Span<'static>>, run: Vec<Span<'static>>, spaced: bool) {
    let text: String = run.iter().map(|s| s.content.as_ref()).collect();
    if side.last().is_some_and(|prev| !joins_as_written(&prev.content, &text, spaced)) {
        side.push(Span::raw(" "));
    }
    side.extend(run);
}

/// A changed run, `shown` being its `text` as the theme shows it (in brackets without colour), with the
/// words of it inside a quotation, and its changed figures (of `figures`), in the fact style over its own:
/// a quote's words, or a number, were altered ([`Quoting::pieces`]). The rest keeps the run's style, so
/// "has committed to “expand [its]" stresses "expand [its]" and not the words before the quotation mark.
fn quoted(shown: Span<'static>, text: &str, q: &mut Quoting, figures: &[String], t: &Theme) -> Vec<Span<'static>> {
    let pieces = q.pieces(text, figures);
    if !pieces.iter().any(|&(_, inside)| inside) {
        return vec![shown];
    }
    // The brackets around the text are of one length each side, or there are none.
    let open = (shown.content.len() - text.len()) / 2;
    let style = shown.style;
    // A deleted word keeps only its strike-through under the fact style's colours, and an inserted one its
    // underline: inline, "respect accept" stand side by side, and with both underlined only a faint strike
    // told the old word from the new.
    let fact = if style.add_modifier.contains(Modifier::CROSSED_OUT) {
        t.fact.remove_modifier(Modifier::UNDERLINED)
    } else {
        t.fact
    };
    let mut out = vec![Span::styled(shown.content[..open].to_string(), style)];
    out.extend(
        pieces.into_iter().map(|(piece, inside)| Span::styled(piece, if inside { style.patch(fact) } else { style })),
    );
    out.push(Span::styled(shown.content[open + text.len()..].to_string(), style));
    out.retain(|s| !s.content.is_empty());
    out
}

/// A's own spelling of each equal and deleted run. Equal runs carry B's spelling (they differ from A's only
/// in case, quotes or punctuation), but the A column should show what A printed. Each run takes as many
/// of A's tokens as it holds (words with the dashes and bullets that ride on them, as the diff cut them),
/// in order, with their space collapsed; `None` when the counts disagree, and B's spelling is used.
///
/// Counting words between spaces instead lost A's spelling of a whole pair whenever A had a dash or a
/// bullet standing alone: a pair that A wrote as "The plan — announced on Monday — was "BOLD"" showed in
/// A's column in B's case, quotation marks and commas.
fn a_spelling(seg: &Segment) -> Option<Vec<String>> {
    let a = seg.a_text.as_deref()?;
    let tokens = word_diff::token_ranges(a);
    let mut at = 0;
    let mut out: Vec<String> = Vec::new();
    for w in seg.words.iter().filter(|w| w.op != Op::Insert) {
        // The sentence's closing mark, kept apart from the change before it: it is the end of A's last run
        // (an equal run, when B's words ran on), which gives it up.
        if word_diff::is_closing_mark(&w.text) {
            let last = out.last_mut()?;
            let mark = word_diff::closing_mark(last);
            if mark.is_empty() {
                out.push(w.text.to_string());
            } else {
                let own = mark.to_string();
                last.truncate(last.len() - own.len());
                out.push(own);
            }
            continue;
        }
        let n = word_diff::token_ranges(&w.text).len();
        let run = tokens.get(at..at + n)?;
        let (first, last) = (run.first()?, run.last()?);
        out.push(sentences::collapse(&a[first.start..last.end]));
        at += n;
    }
    (at == tokens.len()).then_some(out)
}

/// A segment as one column of styled runs, for the inline view; `figures` as for [`sides`].
fn inline(seg: &Segment, figures: &[Vec<String>; 2], t: &Theme) -> Vec<Span<'static>> {
    match seg.kind {
        Kind::Copied => side_text(&seg.b_text, t.copied),
        Kind::Added => side_text(&seg.b_text, t.inserted),
        Kind::Omitted => side_text(&seg.a_text, t.deleted),
        Kind::Paraphrased => {
            let (mut qa, mut qb) = (Quoting::default(), Quoting::default());
            let mut spans = Vec::new();
            for w in &seg.words {
                let run = match w.op {
                    Op::Equal => {
                        qa.pass(&w.text);
                        qb.pass(&w.text);
                        vec![Span::raw(w.text.to_string())]
                    }
                    Op::Delete => quoted(t.deleted_run(&w.text), &w.text, &mut qa, &figures[0], t),
                    Op::Insert => quoted(t.inserted_run(&w.text), &w.text, &mut qb, &figures[1], t),
                };
                push_run(&mut spans, run, w.spaced);
            }
            spans
        }
    }
}

/// The notes under a pair: where it moved from, and whether one side's sentence is two on the other (a
/// split or a merge, which the row otherwise shows as rewording only).
fn notes(seg: &Segment, a: &Article, t: &Theme) -> Vec<Vec<Span<'static>>> {
    let mut out = Vec::new();
    if seg.moved {
        let from = seg.a_sentences.first().map_or(0, |i| i + 1);
        out.push(vec![Span::styled(format!("↳ moved from sentence {from} of {} in A", a.sentences.len()), t.moved)]);
    }
    if let Some(what) = seg.regrouped() {
        out.push(vec![Span::styled(format!("↳ {what}"), t.faint)]);
    }
    out
}

fn boilerplate_runs(block: &ArticleBlock, t: &Theme) -> Vec<Span<'static>> {
    let reason = block.boilerplate.map_or("", |r| r.describe());
    vec![
        Span::styled(format!("[boilerplate: {reason}]"), t.faint),
        Span::raw(" "),
        // Tabs survive sanitising in boilerplate; the wrapper turns every whitespace into a break.
        Span::styled(block.block.text.clone(), t.boilerplate),
    ]
}

/// Turn a comparison into lines for one view and width.
pub fn build(o: &BuildOptions) -> Lines {
    let t = o.theme;
    let gutter_w = o.key.gutter;
    let width = usize::from(o.key.width).max(gutter_w + 4);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut items = Vec::new();
    let (lw, rw) = columns(width, gutter_w);
    let (facts_a, facts_b) = (facts_by_sentence(o.a), facts_by_sentence(o.b));
    for entry in entries(o.comparison, o.a, o.b, o.key.boilerplate) {
        let (mark, gutter, segment, text) = match &entry {
            Entry::Segment(i, seg) => {
                let mark = Mark::of(seg.kind, seg.moved);
                let kind_mark = Mark::of(seg.kind, false);
                let gutter = vec![
                    Span::styled(kind_mark.symbol(), t.mark(kind_mark)),
                    Span::styled(if seg.moved { ">" } else { " " }, t.moved),
                    Span::styled(coverage_glyph(seg, o.coverage, gutter_w - 3), t.faint),
                    Span::raw(" "),
                ];
                let text = format!("{}\n{}", seg.a_text.as_deref().unwrap_or(""), seg.b_text.as_deref().unwrap_or(""))
                    .to_lowercase();
                (mark, gutter, Some(*i), text)
            }
            Entry::Boilerplate { side, block } => {
                let gutter = vec![
                    Span::styled("#", t.mark(Mark::Boilerplate)),
                    Span::styled(side.to_string(), t.faint),
                    Span::raw(" ".repeat(gutter_w - 2)),
                ];
                (Mark::Boilerplate, gutter, None, block.block.text.to_lowercase())
            }
        };
        let body: Vec<Line<'static>> = match o.key.view {
            View::SideBySide => {
                let (left, mut right) = match &entry {
                    Entry::Segment(_, seg) => {
                        let (mut l, mut r) = sides(seg, &changed_figures(seg, &facts_a, &facts_b), t);
                        match seg.kind {
                            Kind::Added => r = mark_facts(r, &seg.b_sentences, &facts_b, t),
                            Kind::Omitted => l = mark_facts(l, &seg.a_sentences, &facts_a, t),
                            _ => {}
                        }
                        let mut right = wrap(&r, rw);
                        for note in notes(seg, o.a, t) {
                            right.extend(wrap(&note, rw));
                        }
                        (wrap(&l, lw), right)
                    }
                    Entry::Boilerplate { side: 'A', block } => (wrap(&boilerplate_runs(block, t), lw), Vec::new()),
                    Entry::Boilerplate { block, .. } => (Vec::new(), wrap(&boilerplate_runs(block, t), rw)),
                };
                let mut left = left;
                let height = level(&mut [&mut left, &mut right]);
                (0..height)
                    .map(|i| {
                        let mut spans = if i == 0 { gutter.clone() } else { vec![Span::raw(" ".repeat(gutter_w))] };
                        spans.extend(pad(std::mem::take(&mut left[i]), lw).spans);
                        spans.push(Span::styled(SEPARATOR, t.border));
                        spans.extend(std::mem::take(&mut right[i]).spans);
                        Line::from(spans)
                    })
                    .collect()
            }
            View::Inline => {
                let mut col = match &entry {
                    Entry::Segment(_, seg) => {
                        let runs = match seg.kind {
                            Kind::Added => {
                                mark_facts(inline(seg, &Default::default(), t), &seg.b_sentences, &facts_b, t)
                            }
                            Kind::Omitted => {
                                mark_facts(inline(seg, &Default::default(), t), &seg.a_sentences, &facts_a, t)
                            }
                            _ => inline(seg, &changed_figures(seg, &facts_a, &facts_b), t),
                        };
                        let mut col = wrap(&runs, width - gutter_w);
                        for note in notes(seg, o.a, t) {
                            col.extend(wrap(&note, width - gutter_w));
                        }
                        col
                    }
                    Entry::Boilerplate { block, .. } => wrap(&boilerplate_runs(block, t), width - gutter_w),
                };
                if col.is_empty() {
                    col.push(Line::default());
                }
                col.into_iter()
                    .enumerate()
                    .map(|(i, l)| {
                        let mut spans = if i == 0 { gutter.clone() } else { vec![Span::raw(" ".repeat(gutter_w))] };
                        spans.extend(l.spans);
                        Line::from(spans)
                    })
                    .collect()
            }
        };
        // A changed word is struck through or underlined, whatever else its style says.
        let changed = Modifier::CROSSED_OUT | Modifier::UNDERLINED;
        let change_line = match &entry {
            Entry::Segment(_, seg) if seg.kind == Kind::Paraphrased => {
                body.iter().position(|l| l.spans.iter().any(|s| s.style.add_modifier.intersects(changed))).unwrap_or(0)
            }
            _ => 0,
        };
        items.push(Item { first_line: lines.len(), height: body.len(), mark, segment, text, change_line });
        lines.extend(body);
        // A blank line between rows keeps multi-line pairs apart; the column rule runs through it.
        lines.push(match o.key.view {
            View::SideBySide => {
                Line::from(vec![Span::raw(" ".repeat(gutter_w + lw)), Span::styled(SEPARATOR, t.border)])
            }
            View::Inline => Line::default(),
        });
    }
    lines.pop();
    Lines { key: o.key, lines, items }
}

/// What one frame of the pane shows.
pub struct Frame_<'a> {
    pub lines: &'a Lines,
    pub scroll: usize,
    /// The texts whose matches are highlighted.
    pub query: &'a [&'a str],
    /// The row `n`/`N` or `]`/`[` last went to: marked in the gutter, its matches drawn apart from the rest.
    pub current: Option<usize>,
    pub theme: &'a Theme,
}

/// Draw the visible slice of the lines, with search matches highlighted.
pub fn render_body(frame: &mut Frame, area: Rect, f: &Frame_) {
    let end = (f.scroll + usize::from(area.height)).min(f.lines.lines.len());
    let start = f.scroll.min(end);
    let mut visible: Vec<Line> = f.lines.lines[start..end].to_vec();
    let t = f.theme;
    let rows = match (f.lines.item_at(start), end.checked_sub(1).and_then(|e| f.lines.item_at(e))) {
        (Some(lo), Some(hi)) => lo..hi + 1,
        _ => 0..0,
    };
    for i in rows {
        let it = &f.lines.items[i];
        // A match may begin above the view, so each row is searched whole and then sliced.
        for q in f.query.iter().filter(|q| !q.trim().is_empty()) {
            let style = if f.current == Some(i) { t.current } else { t.matched };
            for (k, mask) in f.lines.hits(i, q, t.brackets).iter().enumerate() {
                let at = it.first_line + k;
                if (start..end).contains(&at) {
                    visible[at - start] = search::apply(&visible[at - start], mask, style);
                }
            }
        }
        if f.current == Some(i) {
            let at = it.first_line.max(start);
            if at < end && at < it.first_line + it.height.max(1) {
                visible[at - start] = cursor_mark(&visible[at - start], f.lines.key.gutter, t);
            }
        }
    }
    frame.render_widget(Paragraph::new(visible), area);
}

/// Put the cursor mark in the gutter's last column, which is blank on every line.
fn cursor_mark(line: &Line<'static>, gutter: usize, t: &Theme) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut col = 0;
    for s in &line.spans {
        let mut text = String::new();
        for c in s.content.chars() {
            if col == gutter - 1 {
                if !text.is_empty() {
                    spans.push(Span::styled(std::mem::take(&mut text), s.style));
                }
                spans.push(Span::styled("▶", t.strong));
            } else {
                text.push(c);
            }
            col += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        }
        if !text.is_empty() {
            spans.push(Span::styled(text, s.style));
        }
    }
    Line::from(spans)
}

/// The column headings of the side-by-side view, or the one-line legend of the inline view, after a gutter
/// `gutter` wide.
pub fn render_header(frame: &mut Frame, area: Rect, view: View, gutter: usize, pair: (&Article, &Article), t: &Theme) {
    let (a, b) = pair;
    // Two copies of one story often keep its headline: then the titles alone do not say which side is
    // which file, and each side is named by its id first.
    let same_title = a.title == b.title;
    let head = |side: &str, art: &Article| {
        let mut spans = vec![Span::styled(format!("{side} "), t.strong)];
        if same_title {
            spans.push(Span::styled(format!("{} · ", art.id), t.strong));
        }
        spans.push(Span::styled(art.title.clone(), t.strong.patch(t.faint)));
        spans
    };
    let line = match view {
        View::SideBySide => {
            // Both titles are cut to their column the same way, so a cut title always shows its "…".
            let (lw, rw) = columns(usize::from(area.width), gutter);
            let mut spans = vec![Span::raw(" ".repeat(gutter))];
            spans.extend(pad(clip(Line::from(head("A", a)), lw), lw).spans);
            spans.push(Span::styled(SEPARATOR, t.border));
            spans.extend(clip(Line::from(head("B", b)), rw).spans);
            Line::from(spans)
        }
        View::Inline => {
            // Without colour the changes are bracketed, and the legend shows the brackets.
            let (del, ins) = if t.brackets { ("[-…-]", "{+…+}") } else { ("struck through", "underlined") };
            // One column shows both reports, so the line names them: by id, each cut to half the room
            // the legend leaves, and left out when there is too little room for them to be read.
            let legend = 2 * "A : ".len() + " · ".chars().count() + del.chars().count() + ins.chars().count();
            let room = usize::from(area.width).saturating_sub(gutter + legend) / 2;
            let named = |side: &'static str, art: &Article| {
                let mut spans = vec![Span::styled(format!("{side} "), t.strong)];
                if room >= 4 {
                    spans.extend(clip(Line::from(Span::styled(art.id.clone(), t.strong.patch(t.faint))), room).spans);
                    spans.push(Span::raw(": "));
                }
                spans
            };
            let mut spans = vec![Span::raw(" ".repeat(gutter))];
            spans.extend(named("A", a));
            spans.push(Span::styled(del, t.deleted));
            spans.push(Span::raw(" · "));
            spans.extend(named("B", b));
            spans.push(Span::styled(ins, t.inserted));
            clip(Line::from(spans), usize::from(area.width))
        }
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// Cut a line to at most `width` columns, ending in "…" when cut. Each span keeps its style; the "…" takes
/// the style of the text it replaces.
pub fn clip(mut line: Line<'static>, width: usize) -> Line<'static> {
    // Titles and ids come from the corpus: shown as the panes show text (see `wrap::shown_char`).
    for span in &mut line.spans {
        if let std::borrow::Cow::Owned(shown) = super::wrap::shown(&span.content) {
            span.content = shown.into();
        }
    }
    if line.width() <= width {
        return line;
    }
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut w = 0;
    let mut last = Style::default();
    'spans: for span in &line.spans {
        last = span.style;
        let mut text = String::new();
        for ch in span.content.chars() {
            let cw = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
            if w + cw + 1 > width {
                out.push(Span::styled(text, span.style));
                break 'spans;
            }
            text.push(ch);
            w += cw;
        }
        out.push(Span::styled(text, span.style));
    }
    // "relations…" rather than "relations …": the mark stands for the words cut, not for a space.
    out.retain(|s| !s.content.is_empty());
    if let Some(end) = out.last_mut() {
        let kept = end.content.trim_end().len();
        end.content.to_mut().truncate(kept);
    }
    if width > 0 {
        out.push(Span::styled("…", last));
    }
    Line::from(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_run_stresses_its_changed_figures_and_quoted_words() {
        let mut q = Quoting::default();
        let twelve = ["12".to_string()];
        assert_eq!(
            q.pieces("injuring 12 people", &twelve),
            [("injuring ".into(), false), ("12".into(), true), (" people".into(), false)]
        );
        assert_eq!(q.pieces("injuring 12, mostly", &twelve)[1], ("12,".into(), true));
        assert_eq!(q.pieces("£8,000 raised", &twelve), [("£8,000 raised".into(), false)]);
        assert_eq!(
            q.pieces("said “we should”", &[]),
            [("said “".into(), false), ("we should".into(), true), ("”".into(), false)]
        );
        assert_eq!(q.pieces("no figure here", &twelve), [("no figure here".into(), false)]);
    }

    #[test]
    fn the_figures_an_aligned_pair_changed_are_those_given_in_no_words_on_the_other_side() {
        let article = |name: &str, body: &str| Article::from_text(name, &format!("Hospital attack\n\n{body}"), "utf-8");
        let figures = |a: &str, b: &str| -> Vec<[Vec<String>; 2]> {
            let (a, b) = (article("a.txt", a), article("b.txt", b));
            let c = pressdiff::comparison::compare(&a, &b);
            let (fa, fb) = (facts_by_sentence(&a), facts_by_sentence(&b));
            c.segments.iter().filter(|s| s.kind == Kind::Paraphrased).map(|s| changed_figures(s, &fa, &fb)).collect()
        };
        // "six" became "seven"; "38" and "thirty-eight" are one figure, and so are "$2 million" and "$2m".
        assert_eq!(
            figures(
                "Staff cancelled six operations and moved 38 outpatient appointments after the $2 million demand.",
                "Staff cancelled seven operations and moved thirty-eight outpatient appointments after the $2m demand.",
            ),
            [[vec!["six".to_string()], vec!["seven".to_string()]]]
        );
        // A figure only one side gives is added, not changed.
        assert_eq!(
            figures(
                "Staff cancelled operations and moved outpatient appointments to other hospitals on Monday.",
                "Staff cancelled six operations and moved outpatient appointments to other hospitals on Monday.",
            ),
            [[Vec::<String>::new(), Vec::new()]]
        );
    }
}
