//! Hard-wrapped text: the width a tool folded a text's lines at, and which line breaks are only that
//! tool's, not the writer's.
//!
//! A page saved with one paragraph per line and then folded at 72 columns (by a mail client, `fold -s`,
//! a text browser's dump) has no blank line between its paragraphs, so the width is the only sign of where
//! a paragraph ends. A tool that wraps greedily breaks a line only when the next word would pass the width:
//! a line runs on into the next exactly when it is that full.

use crate::blocks::{ends_sentence, is_jump_line, is_list_item, is_markdown_heading, place_dateline_len};
use std::ops::RangeInclusive;

/// A line as the block layer holds it: its 1-based number and its text.
pub type Line<'a> = (usize, &'a str);

/// The widths wrapping tools use.
const WIDTHS: RangeInclusive<usize> = 40..=120;
/// A word longer than this is not one a wrapping tool moved down (a line of Chinese has no spaces).
const LONGEST_WORD: usize = 25;

/// The width a text's lines were folded at, counted in characters and in bytes: tools count characters
/// (a mail client, Python's textwrap) or bytes (`fold`, `fmt`), which differ on curly quotes and accents,
/// and a line is full by either count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wrap {
    chars: usize,
    bytes: usize,
}

/// A text found folded: the width, and what each line break of each group (between blank lines) shows,
/// worked out once for the judgement of the whole text and then used to cut each group.
#[derive(Debug)]
pub struct Folded {
    /// The width.
    pub wrap: Wrap,
    /// Per group, its breaks; `None` for a group that is not wrapped (a line of it is too long).
    breaks: Vec<Option<Vec<Break>>>,
}

/// What one line break shows.
#[derive(Debug, Clone, Copy)]
struct Break {
    /// The next line's first word would not have fit on this line.
    full: bool,
    /// The sentence goes on into the next line ("said Mr." and "Putin" too).
    goes_on: bool,
    /// The next line opens in lower case: the rest of a sentence.
    lower: bool,
}

impl Wrap {
    /// The width the text's lines were folded at, if they were: the widest line of the groups that could
    /// be wrapped (no line longer than a tool's width), when their full lines break mid-sentence. Judged
    /// on the whole text: one short group ("…Russian President Mr." and "Putin(R).") shows too little.
    ///
    /// What tells wrapped text from a list of short lines (links, labels) is that its full lines break
    /// mid-sentence, and either more of them than lines that stop short without ending a sentence, or the
    /// rest of a sentence follows in lower case. (Scripts without case have only the first test.)
    ///
    /// A printed page's text, as an e-paper gives it, is folded at its column's width, and its running
    /// head, its ads and its footer stand on lines of their own that may be wider ("PAGE 7 | THE … OBSERVER
    /// | TUESDAY, MAY 14, 2024" over lines of 46 characters). When the widest line shows no folding, the
    /// width is taken again from the lines that plainly break a sentence: a word cut at its hyphen, or a
    /// sentence going on in lower case on the next line.
    pub fn find(groups: &[&[Line<'_>]]) -> Option<Folded> {
        let wrappable = || groups.iter().filter(|g| could_be_wrapped(g)).flat_map(|g| g.iter());
        let chars = wrappable().map(|&(_, l)| chars(l)).max()?;
        let bytes = wrappable().map(|&(_, l)| l.trim_end().len()).max()?;
        if WIDTHS.contains(&chars)
            && let Some(folded) = (Wrap { chars, bytes }).folded(groups)
        {
            return Some(folded);
        }
        let column = column_width(groups).filter(|w| w.chars < chars && COLUMN_WIDTHS.contains(&w.chars))?;
        column.folded(groups)
    }

    /// The text found folded at this width, if its breaks show it ([`Wrap::find`]).
    fn folded(self, groups: &[&[Line<'_>]]) -> Option<Folded> {
        let breaks: Vec<Option<Vec<Break>>> =
            groups.iter().map(|g| could_be_wrapped(g).then(|| self.breaks(g))).collect();
        let (mut mid_sentence, mut short_and_open, mut lower_rest) = (0, 0, 0);
        for b in breaks.iter().flatten().flatten() {
            mid_sentence += usize::from(b.full && b.goes_on);
            short_and_open += usize::from(!b.full && b.goes_on);
            lower_rest += usize::from(b.full && b.goes_on && b.lower);
        }
        (mid_sentence >= 2 && (lower_rest >= 1 || mid_sentence > short_and_open))
            .then_some(Folded { wrap: self, breaks })
    }

    fn breaks(&self, group: &[Line<'_>]) -> Vec<Break> {
        // A story opens with its dateline ("PRALOUZET, France — Helicopters were fer-"), under its headline,
        // whatever the headline's width. A column's line may hold the dateline and a word or two, so the line
        // after it is read with it. Only a line that opens with a place in capitals, as print sets it, is
        // read so: joining every full line of a folded report to the next, and then looking for an
        // agency's bracket in it, took a sixth of the time of finding its width.
        let opens_story = |k: usize| {
            let next = group[k].1.trim();
            let mut opening = next.chars();
            opening.next().is_some_and(char::is_uppercase) && opening.next().is_some_and(char::is_uppercase) && {
                let after = group.get(k + 1).map_or("", |l| l.1.trim());
                place_dateline_len(&format!("{next} {after}")).is_some()
            }
        };
        group
            .windows(2)
            .enumerate()
            .map(|(k, p)| {
                let (line, next) = (p[0].1.trim(), p[1].1.trim_start());
                let word = next.split_whitespace().next().unwrap_or_default();
                // A paragraph's indent takes its columns of the width, as the width was measured with it.
                let set = p[0].1.trim_end();
                // A line wider than the width was not folded at it: a printed page's running head over its
                // column. Bytes first: at the widest line's width every line is within it, uncounted.
                let within = set.len() <= self.bytes || chars(set) <= self.chars;
                // `fold -s` keeps room for the space after a word, so a word that would end the line
                // exactly at the width goes down too: hence the 2.
                let full = within
                    && chars(word) <= LONGEST_WORD
                    && (chars(set) + 2 + chars(word) > self.chars || set.len() + 2 + word.len() > self.bytes)
                    && !is_list_item(next)
                    && !is_markdown_heading(next)
                    // A printed story's jump line ("Continued on Page 9") is a line of its own.
                    && !is_jump_line(next)
                    && !opens_story(k + 1);
                // The sentence splitter is asked only about full lines: a short line that ends a
                // sentence ends it ("…said Mr." falls short of the width only by chance).
                let goes_on = !ends_sentence(line) || (full && !cuts_between(line, next));
                Break { full, goes_on, lower: next.starts_with(char::is_lowercase) }
            })
            .collect()
    }
}

impl Folded {
    /// For each line of group `g` (of the groups `find` was given) but the last, whether it runs on into
    /// the next; `None` for a group that is not wrapped (a line of it is too long).
    pub fn runs_on(&self, g: usize, group: &[Line<'_>]) -> Option<Vec<bool>> {
        let breaks = self.breaks.get(g)?.as_ref()?;
        // A short line that ends a sentence ends a paragraph. Where the group holds several paragraphs, a
        // full line that ends a sentence is taken for the end of one too (its last line happened to be
        // full); in a single paragraph it runs on.
        let paragraphs = breaks.iter().any(|b| !b.full && !b.goes_on);
        let mut runs_on: Vec<bool> = breaks.iter().map(|b| b.full && (b.goes_on || !paragraphs)).collect();
        // Lines joined into one paragraph must read as one: its last line ends a sentence, or one of its
        // lines goes on in lower case. A run of links that happen to fill the width reads as neither ("…a
        // year of Taliban rule" and "Taliban mark first year in power…"), and stays apart.
        let mut start = 0;
        for end in 0..group.len() {
            if end < runs_on.len() && runs_on[end] {
                continue;
            }
            if !ends_sentence(group[end].1) && !breaks[start..end].iter().any(|b| b.lower) {
                runs_on[start..end].fill(false);
            }
            start = end + 1;
        }
        Some(runs_on)
    }
}

/// The widths of a printed page's columns ([`Wrap::find`]): narrower than a wrapping tool's.
const COLUMN_WIDTHS: RangeInclusive<usize> = 30..=120;

/// The width of the widest line that plainly breaks a sentence in two: one that ends no sentence while the
/// next line goes on in lower case ("fer-" over "rying", "to the" over "work"). [`COLUMN_BREAKS`] such
/// lines at least: a credit line over an "e-mail" button is one.
fn column_width(groups: &[&[Line<'_>]]) -> Option<Wrap> {
    let (mut width, mut n) = (Wrap { chars: 0, bytes: 0 }, 0);
    for g in groups.iter().filter(|g| could_be_wrapped(g)) {
        for p in g.windows(2) {
            let (line, next) = (p[0].1.trim_end(), p[1].1.trim_start());
            if ends_sentence(line) || !next.starts_with(char::is_lowercase) || is_list_item(next) {
                continue;
            }
            width.chars = width.chars.max(chars(line));
            width.bytes = width.bytes.max(line.len());
            n += 1;
        }
    }
    (n >= COLUMN_BREAKS).then_some(width)
}

/// The fewest lines that break a sentence for a column's width to be read from them ([`column_width`]).
const COLUMN_BREAKS: usize = 3;

/// A group of two or more lines, none longer than a tool's width. (Bytes are checked first: a long
/// paragraph on one line is the common case, and is not counted character by character.)
fn could_be_wrapped(group: &[Line<'_>]) -> bool {
    group.len() >= 2 && group.iter().all(|&(_, l)| l.len() <= 4 * WIDTHS.end() && chars(l) <= *WIDTHS.end())
}

/// The width of a line in characters, trailing spaces left out (`fold -s` leaves one at each break).
fn chars(line: &str) -> usize {
    line.trim_end().chars().count()
}

/// Whether the sentence splitter ends a sentence where line `a` meets line `b`: a line that ends "said
/// Mr." or "U.S." does not end its sentence, and a block boundary there would cut the sentence in two.
fn cuts_between(a: &str, b: &str) -> bool {
    let count = |t: &str| crate::sentences::split(t).len();
    count(&format!("{a} {b}")) == count(a) + count(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(text: &str) -> Vec<Vec<Line<'_>>> {
        text.split("\n\n").map(|g| g.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()).collect()
    }

    fn find(text: &str) -> Option<Wrap> {
        let groups = groups(text);
        Wrap::find(&groups.iter().map(Vec::as_slice).collect::<Vec<_>>()).map(|f| f.wrap)
    }

    #[test]
    fn short_paragraphs_one_per_line_are_not_wrapped() {
        // Every line is shorter than a tool's width, and the longest is followed by a capital: paragraphs.
        let page = "\
Ferry service resumes after strike
The ferry service to the island resumed on Friday after a two-week strike by crews.
The operator said the first crossing left at six in the morning.
Passengers said the strike had cost the island dearly.

Related
Storm damage closes the coastal road between the two villages overnight
Ferry timetable changes for winter
Island school reopens";
        assert_eq!(find(page), None);
    }

    #[test]
    fn a_printed_pages_column_is_found_under_a_wider_running_head() {
        // The running head and the footer are wider than the column; the column's lines break words at
        // their hyphens and sentences mid-way.
        let page = "\
PAGE 7 | THE HARBOUR OBSERVER | TUESDAY, MAY 14, 2024
Village cut off as landslide buries road
PRALOUZET, France — Helicopters were fer-
rying food and medicine yesterday to the
230 residents of this Alpine village, cut
off since a landslide buried its only road
to the valley. Residents said supplies were
Continued on Page 9
Printed and published by Harbour Observer Media Ltd.";
        let groups = groups(page);
        let folded = Wrap::find(&groups.iter().map(Vec::as_slice).collect::<Vec<_>>()).expect("found folded");
        assert_eq!(folded.wrap.chars, 42);
        // The running head is wider than the column, and runs on into nothing.
        let runs_on = folded.runs_on(0, &groups[0]).unwrap();
        // Nor does the story run on into its jump line.
        assert_eq!(runs_on, [false, false, true, true, true, true, false, false]);
    }

    #[test]
    fn the_width_is_found_across_groups() {
        let page = "\
The ferry service to the island resumed on Friday after a two-week
strike by crews ended, the operator said on its website.

Crossings left the harbour at six in the morning with forty passengers
on board, and more were turned away at the gate.";
        assert_eq!(find(page), Some(Wrap { chars: 70, bytes: 70 }));
    }
}
