//! The block layer: a text cut into paragraphs and lines, and the choice of the headline among them.
//!
//! Web copies put one paragraph per line, or one per blank-line-separated group, and some are hard-wrapped.
//! A block is the smallest unit the boilerplate stage judges; sentences never cross a block boundary.

use crate::inflection::{joins_clitics, script_stem};
use crate::normalize::{HanPairs, each_fold, hash_bytes, hash_str, is_han, is_stopword, shape_words, tokens, words};
use crate::wrap::{Line, Wrap};
use std::borrow::Cow;
use std::ops::{ControlFlow, Range};

/// A paragraph or a line of an article, as it stands in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block<'a> {
    /// The block's text, with wrapped lines joined by a space and runs of whitespace kept as they were.
    /// A block that is one line of the text borrows it: most blocks are, and copying every line of a
    /// large report touched as much fresh memory again as the report itself.
    pub text: Cow<'a, str>,
    /// The 1-based line number where the block starts.
    pub line: usize,
}

/// Split `text` into blocks: at blank lines, and at single line breaks unless they are a wrapping tool's.
pub fn split_blocks(text: &str) -> Vec<Block<'_>> {
    // The lines of every group (between blank lines), in one list, and where each group starts. Every
    // list is made at its largest size up front (a count of the newlines takes a few instructions per
    // hundred bytes): growing them copied each into fresh memory, page by page, several times over, and
    // room never written to costs nothing.
    let most = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
    let mut lines: Vec<Line<'_>> = Vec::with_capacity(most);
    let mut starts = Vec::with_capacity(most);
    let mut in_group = false;
    for (i, line) in lines_of(text).enumerate() {
        let blank = is_blank(line);
        if !blank {
            if !in_group {
                starts.push(lines.len());
            }
            lines.push((i + 1, line));
        }
        in_group = !blank;
    }
    let groups: Vec<&[Line<'_>]> =
        (0..starts.len()).map(|g| &lines[starts[g]..starts.get(g + 1).copied().unwrap_or(lines.len())]).collect();
    let folded = Wrap::find(&groups);
    // A block is one line or more.
    let mut blocks = Vec::with_capacity(lines.len());
    for (g, group) in groups.iter().enumerate() {
        cut_group(group, folded.as_ref().and_then(|f| f.runs_on(g, group)), &mut blocks);
    }
    blocks
}

/// `text.split('\n')`, written out: its searcher cost a fifth of cutting a report written one sentence a
/// line (a few hundred instructions a line), where memchr's iterator keeps its state from line to line.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len())).map(move |end| {
        let line = &text[start..end];
        start = end + 1;
        line
    })
}

/// Whether `line` is whitespace only. A line that opens with a printable ASCII character is not, and
/// most lines do: the rest are trimmed to see.
fn is_blank(line: &str) -> bool {
    !line.as_bytes().first().is_some_and(u8::is_ascii_graphic) && line.trim().is_empty()
}

/// Cut a group of lines (between blank lines) into blocks. `runs_on` says, when the text was found folded
/// at a width, which lines of the group run on into the next.
fn cut_group<'a>(group: &[Line<'a>], runs_on: Option<Vec<bool>>, blocks: &mut Vec<Block<'a>>) {
    let each_line = |blocks: &mut Vec<Block<'a>>| {
        for &(line, l) in group {
            blocks.push(Block { text: Cow::Borrowed(l.trim()), line });
        }
    };
    // Most groups are one line: a paragraph of a page that separates them with blank lines.
    if group.len() == 1 {
        return each_line(blocks);
    }
    let joined = |lines: &[Line<'_>]| {
        let mut text = String::new();
        // A quotation's lines each carry its mark, as a mail client folds them ("> Has anyone seen the
        // numbers? So far" over "> the coverage I can find …"): the first keeps it, for the Markdown layer
        // to read away, and the rest lose it, which joined inside the sentence read as a word of it.
        let first = lines[0].1.trim();
        let quoted = crate::markdown::unquoted(first).len() < first.len();
        for (k, (_, l)) in lines.iter().enumerate() {
            let l = if quoted && k > 0 { crate::markdown::unquoted(l.trim()) } else { l.trim() };
            // A tool that breaks after a word's hyphen ("north-" and "east") broke no word in two.
            let hyphen = text.strip_suffix('-').and_then(|t| t.chars().last()).is_some_and(char::is_alphabetic);
            if !(text.is_empty() || (hyphen && l.starts_with(char::is_alphabetic))) {
                text.push(' ');
            }
            text.push_str(l);
        }
        Block { text: Cow::Owned(text), line: lines[0].0 }
    };
    // A list's items each open a block, whatever their widths: two items of like length read as a
    // hard-wrapped paragraph, and were joined into one sentence. A line that opens no item goes on with the
    // item above it, as in Markdown.
    if is_list_item(group[0].1) {
        let mut start = 0;
        for end in 1..=group.len() {
            if end == group.len() || is_list_item(group[end].1) {
                match &group[start..end] {
                    [(line, l)] => blocks.push(Block { text: Cow::Borrowed(l.trim()), line: *line }),
                    item => blocks.push(joined(item)),
                }
                start = end;
            }
        }
        return;
    }
    let paragraphs = |r: &[bool], blocks: &mut Vec<Block<'a>>| {
        let mut start = 0;
        for end in 0..group.len() {
            if end + 1 == group.len() || !r[end] {
                blocks.push(joined(&group[start..=end]));
                start = end + 1;
            }
        }
    };
    // A paragraph wrapped by a tool that balances its lines (`fmt`) has lines that stop short of the width
    // mid-sentence; lines of one typewriter-like width make it one paragraph all the same. (Asked once:
    // the shape test reads every line.)
    let stops_short = |r: &[bool]| (0..r.len()).any(|k| !r[k] && !ends_sentence(group[k].1));
    match runs_on {
        Some(r) if !stops_short(&r) => paragraphs(&r, blocks),
        _ if looks_hard_wrapped(group) => blocks.push(joined(group)),
        Some(r) => paragraphs(&r, blocks),
        None => each_line(blocks),
    }
}

/// What a block is in a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A row of cells, the header included.
    Cells,
    /// Markdown's line under the header (`|---|---|`): markup, no words.
    Rule,
}

/// Which blocks are rows of a table: a Markdown table (cells between `|`, the `|---|---|` line under its
/// header) or two or more lines in a row of tab-separated cells, as many in each. A table of results or
/// figures is story: its numbers are facts that another report may change, not an ad bar or a run of
/// labels, which its short lines of `|` or few words would otherwise read as.
pub fn table_rows(blocks: &[&str]) -> Vec<Option<Row>> {
    let mut rows = vec![None; blocks.len()];
    let cells = |t: &str, sep: char| t.trim().trim_matches(sep).split(sep).count();
    let mut i = 0;
    while i + 1 < blocks.len() {
        let (head, rule) = (blocks[i], blocks[i + 1]);
        // Every block is asked, and nearly none holds a bar or a tab: one search for both spares the rest.
        if memchr::memchr2(b'|', b'\t', head.as_bytes()).is_none() {
            i += 1;
            continue;
        }
        if memchr::memchr(b'|', head.as_bytes()).is_some() && is_table_rule(rule) && cells(head, '|') >= 2 {
            rows[i] = Some(Row::Cells);
            rows[i + 1] = Some(Row::Rule);
            i += 2;
            while i < blocks.len() && blocks[i].contains('|') && !is_table_rule(blocks[i]) {
                rows[i] = Some(Row::Cells);
                i += 1;
            }
            continue;
        }
        let tab_cells = |t: &str| if memchr::memchr(b'\t', t.as_bytes()).is_some() { cells(t, '\t') } else { 0 };
        let n = tab_cells(head);
        let run = if n >= 2 { blocks[i..].iter().take_while(|b| tab_cells(b) == n).count() } else { 0 };
        if run >= 2 {
            rows[i..i + run].fill(Some(Row::Cells));
            i += run;
            continue;
        }
        i += 1;
    }
    rows
}

/// Markdown's line under a table's header: dashes between `|`, perhaps with `:` for alignment.
fn is_table_rule(text: &str) -> bool {
    text.contains('|') && text.contains('-') && text.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// A line that starts like an item of a list: a bullet or dash ("- 12 crossings a day", "• fares frozen"),
/// or a number, a stop and a space ("1. Fares", "2) Timetables"; not "2.3% after hours").
pub fn is_list_item(text: &str) -> bool {
    let t = text.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    ["- ", "* ", "• ", "– ", "— ", "· "].iter().any(|m| t.starts_with(m))
        || ((1..=2).contains(&digits) && (t[digits..].starts_with(". ") || t[digits..].starts_with(") ")))
}

/// A paragraph is hard-wrapped when every line but the last is of a similar, typewriter-like width and at
/// least one of them breaks mid-sentence. One-sentence-per-line text fails the second test.
fn looks_hard_wrapped(para: &[(usize, &str)]) -> bool {
    if para.len() < 2 {
        return false;
    }
    let body = &para[..para.len() - 1];
    let widths: Vec<usize> = body.iter().map(|(_, l)| l.trim_end().chars().count()).collect();
    let (min, max) = (*widths.iter().min().unwrap(), *widths.iter().max().unwrap());
    let similar_width = min >= 40 && max <= 120 && max - min <= 25;
    let last = para[para.len() - 1].1;
    // Nor does the last line run past the others by more than a word: a tool wraps every line at one
    // width. A line of one width over a longer one is a line of its own, as a headline over its lead
    // ("Carrigmoyle: Main Street na stałe bez samochodów. Radni zdecydowali" over a paragraph of 250
    // characters), which with one line above the last is the whole of the test of widths.
    let last_fits = last.trim_end().chars().count() <= max + WRAP_SLACK;
    // With one line above the last, its width is the only one there is: the last line must end a sentence,
    // as a paragraph's does, for the two to be taken for one ("6 THE NORTHERN SENTINEL Friday 4 July 2025"
    // over "NEWS" is a printed page's running head and its section).
    let ends_as_paragraph = body.len() > 1 || ends_sentence(last);
    let breaks_mid_sentence = body.iter().any(|(_, l)| !ends_sentence(l));
    // Lines of a page's furniture, one under another, may be as wide as each other ("Last Updated: Oct.
    // 23, 2025 at 5:42 p.m. ET", "First Published: …", "By …"): a date or a credit line stands alone.
    // Nor is a line of pieces set apart by a bar or a dot ("Thread starter riverrat_dan · Start date Jun 12,
    // 2025"), which prose does not hold.
    let furniture = || para.iter().any(|(_, l)| is_date_or_credit(l.trim()) || l.contains(" · ") || l.contains(" | "));
    similar_width && last_fits && ends_as_paragraph && breaks_mid_sentence && !furniture()
}

/// How many characters the last line of a hard-wrapped paragraph may run past its widest other line: the
/// widest stops short of the width by less than the next word.
const WRAP_SLACK: usize = 20;

/// A line of a page's furniture under a headline: a date, a credit line, or a date and then a credit
/// line ("03 March 2026 By FoodTrade Weekly staff"), which was joined to the headline above it as a
/// hard-wrapped paragraph's last line, and made the title run on into the byline.
fn is_date_or_credit(line: &str) -> bool {
    looks_like_dateline(line) || is_credit(line)
}

/// A credit line, with or without a date before it: "By Jane Doe", "03 March 2026 By FoodTrade Weekly
/// staff", or a blog's after the verb of posting, "Posted on March 4, 2025 by Geoff Minns".
fn is_credit(line: &str) -> bool {
    let after = |prefixes: &[&str]| {
        prefixes
            .iter()
            .find(|p| line.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
            .map(|p| line[p.len()..].trim())
    };
    let posted = after(&["posted on ", "published on "]).unwrap_or(line);
    // A labelled credit, "Author: Brianna Soto": two to four capitalised words after the label.
    let labelled = after(&["author:", "authors:", "reporter:", "written by:"]).is_some_and(|name| {
        let ws: Vec<&str> = words(name).collect();
        (2..=4).contains(&ws.len()) && ws.iter().all(|w| w.starts_with(char::is_uppercase))
    });
    labelled
        || looks_like_byline(line)
        || looks_like_dated_credit(posted)
        // Or a piece of a line of the report's details set apart by dots or bars: "02 अक्टूबर 2025, 6:50 PM ·
        // संवाददाता: मनोज कुशवाहा · 👁 5,214 बार पढ़ा गया" (the date, the correspondent, the reads).
        || (line.contains(['·', '|', '—', '–']) && credit_among_pieces(line))
}

/// Whether a line of a report's details, set apart by dots, bars or spaced dashes, holds a credit among
/// them: "Coast Daily staff and agencies · 10 November 2025 01:10 GMT", "Valley Voice newsdesk — 10
/// November 2025, 07:05 GMT". Whole, the line ends in no role, and read as no credit.
pub fn credit_among_pieces(line: &str) -> bool {
    let pieces: Vec<&str> = line
        .split(['·', '|'])
        .flat_map(|p| p.split(" — "))
        .flat_map(|p| p.split(" – "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    pieces.len() >= 2 && pieces.iter().any(|p| looks_like_byline(p))
}

/// Whether a line holds a dash with a space on each side (" — ", " – "), as sets a credit apart from its
/// date.
pub fn has_spaced_dash(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr_iter(0xe2, b).any(|i| {
        i > 0
            && b[i - 1] == b' '
            && b.get(i + 1) == Some(&0x80)
            && matches!(b.get(i + 2), Some(0x93 | 0x94))
            && b.get(i + 3) == Some(&b' ')
    })
}

/// A date and then a credit line, on one line: "03 March 2026 By FoodTrade Weekly staff".
pub fn looks_like_dated_credit(line: &str) -> bool {
    // Lines of a paragraph that may be hard-wrapped, and the blocks under a headline, are asked. The date
    // comes first and is short, so " by " is looked for in the first few dozen bytes alone, and a date
    // holds a digit (two substring searches of each whole line, asked of every short block, made comparing
    // two reports written one sentence a paragraph 8% dearer).
    let b = line.as_bytes();
    // A date's first figure (a day, or a year after a month or weekday) comes within its first bytes, and
    // few sentences hold one so soon.
    if !b[..b.len().min(16)].iter().any(u8::is_ascii_digit) {
        return false;
    }
    let head = &b[..b.len().min(DATE_BEFORE_CREDIT)];
    let by = memchr::memchr_iter(b'y', head)
        .find(|&y| y >= 2 && matches!(b[y - 1], b'B' | b'b') && b[y - 2] == b' ' && b.get(y + 1) == Some(&b' '));
    by.is_some_and(|y| looks_like_dateline(line[..y - 2].trim()) && looks_like_byline(&line[y - 1..]))
}

/// The most bytes a date before a credit line takes, with the space before "By" ("Wednesday 03 September
/// 2026, 14:05 GMT").
const DATE_BEFORE_CREDIT: usize = 48;

/// Whether this text is a lead-in: it ends in a colon, and introduces what follows it ("Key facts:",
/// "Share it:").
pub fn ends_in_colon(text: &str) -> bool {
    text.trim_end().ends_with(':')
}

/// Does this text end the way a sentence ends (terminal punctuation, perhaps inside closing quotes)? Full
/// stops of scripts other than the Latin one count too (CJK `。！？`, Devanagari `।`, Arabic `؟` and `۔`), so a
/// paragraph in those scripts is not taken for a label.
pub fn ends_sentence(text: &str) -> bool {
    // Most blocks end in a full stop or in a letter: their last byte tells, with nothing trimmed. (Every
    // block and sentence of an article is asked, some more than once.)
    match text.as_bytes().last() {
        // A full stop after a letter of Thai or its neighbours closes a shortened word ("10:42 น.", o'clock):
        // those scripts end no sentence with one ([`crate::segment`]).
        Some(b'.') => {
            let b = text.as_bytes();
            return b.len() < 2
                || b[b.len() - 2] < 0x80
                || !text[..b.len() - 1].chars().next_back().is_some_and(crate::segment::is_segmented);
        }
        Some(b'!' | b'?') => return true,
        Some(c) if c.is_ascii_alphanumeric() => return false,
        _ => {}
    }
    // French sets its closing mark apart with a space ("… du ciel. »"), a no-break one or a thin one:
    // spaces between the marks go with them. An emoji after the mark ("… 12 million euros. 🌊") is the
    // writer's flourish, not more of the sentence: read as a sentence left open, it ended the story there.
    let t = text.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '*' | '」' | '』' | '）')
            || is_pictograph(c)
    });
    t.ends_with(['.', '!', '?', '…', '。', '！', '？', '｡', '।', '؟', '۔', '។', '။'])
}

/// Whether a character is part of an emoji: a pictograph, a dingbat, a flag's letters, or the selector,
/// joiner and tags that build one emoji from several.
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{2B50}'..='\u{2B55}' | '\u{FE0F}'
        | '\u{200D}' | '\u{E0020}'..='\u{E007F}')
}

/// Index of the block that reads as the article's headline, if any.
///
/// The first block among the first dozen that is a Markdown heading (`# …`), or has three to thirty words
/// and is not a dateline, an ad bar, a label ("Now Reading", a section name) or a sentence ending in a
/// colon. Page furniture before the headline is what makes "the first line" a poor title.
///
/// A short headline ("Flood warning") is told from a label by what follows it: when the first candidate is
/// already story prose, no longer headline came before it, and a one- or two-word line just above the prose
/// is the headline.
///
/// `None` when story prose stands above the first candidate: the text has no headline, and opens with its
/// story.
///
/// Blocks that `accept` refuses are passed over, and do not count as prose above a headline: the
/// boilerplate stage knows page furniture that reads like a headline here ("Subscribe now: 3 months for
/// $1"), and calls this through its own `find_title`.
pub fn find_title_where(blocks: &[Block<'_>], mut accept: impl FnMut(&str) -> bool) -> Option<usize> {
    // Whether a block is not page furniture, and with `headline`, whether it reads as a headline too.
    let mut test = |b: &Block<'_>, headline: bool| {
        (!headline || is_markdown_heading(&b.text) || reads_as_headline(&b.text)) && accept(&b.text)
    };
    let reach = title_reach(blocks);
    let first = (0..reach).find(|&i| {
        !in_spaced_columns(blocks, i)
            && !titles_a_video(blocks, i)
            && !scores_a_match(blocks, i)
            && test(&blocks[i], true)
    })?;
    let found = topical_candidate(blocks, first, reach, &mut test);
    // A headline stands above its story. Story prose before the first line that reads as one means the text
    // opens with its story (a copy of the story alone): the line is a short paragraph or a subheading of it,
    // and taking it for the headline set the paragraphs above it, the lead among them, aside as furniture.
    // One paragraph of prose above a real headline may be furniture no rule names (a teaser, a long cookie
    // notice), so alone it rules out only a line that reads as a sentence; two rule out any. Only the prose
    // that runs into the line counts: above furniture (a consent banner's buttons), it is the page's.
    let mut prose_above = 0;
    for b in blocks[..found].iter().rev() {
        if !test(b, false) || looks_like_bar(&b.text) {
            break;
        }
        prose_above += usize::from(reads_as_prose(&b.text));
    }
    if prose_above >= 2 || (prose_above == 1 && ends_sentence(&blocks[found].text)) {
        return None;
    }
    let above = short_headline_above(blocks, found);
    match above {
        Some(i) if reads_as_prose(&blocks[found].text) => Some(i),
        _ => Some(found),
    }
}

/// Whether `line` is a copyright line that names `site` (lowered): "© 2025 The Coastal Times Company".
fn copyright_names(line: &str, site: &str) -> bool {
    line.contains('©') && line.to_lowercase().contains(site)
}

/// The line of one or two words that heads the story prose at `found`: right above it, or above the date
/// and credit lines a page sets between a headline and its story ("Harbour Blaze", "By Jane Doe, Local
/// Democracy Reporter"). Over such lines it must be two words: a section's label ("Crime") stands over a
/// byline as often as a one-word headline does.
fn short_headline_above(blocks: &[Block<'_>], found: usize) -> Option<usize> {
    let credits =
        blocks[..found].iter().rev().take(MOST_CREDIT_LINES).take_while(|b| is_date_or_credit(&b.text)).count();
    let i = found.checked_sub(credits + 1)?;
    let words = tokens(&blocks[i].text).count();
    (reads_as_short_headline(&blocks[i].text) && (credits == 0 || words == 2)).then_some(i)
}

/// The most date and credit lines looked over between a short headline and its story: a date, a byline
/// and a place, or a last update.
const MOST_CREDIT_LINES: usize = 3;

/// Whether block `i` is the title of a video, as a player shows it: its length right under it ("0:45",
/// "1:52"; minutes of one figure, and seconds). A headline has its credit, its date or its story under it.
fn titles_a_video(blocks: &[Block<'_>], i: usize) -> bool {
    blocks.get(i + 1).is_some_and(|b| {
        let t = b.text.trim().as_bytes();
        t.len() == 4 && t[0].is_ascii_digit() && t[1] == b':' && (b'0'..=b'5').contains(&t[2]) && t[3].is_ascii_digit()
    })
}

/// Whether block `i` is a match's score as a widget shows it, or a line of its scorers: the scorers and
/// their minutes stand right under the score ("Halvorsen United 2–1 Kestrel Town" over "Strand 58',
/// Kılıçaslan 88'"; "Wrexley Athletic: Baptiste (34'), Akpan (89')"). A report's headline, which may be
/// the score alone, has its standfirst, its byline or its story under it.
fn scores_a_match(blocks: &[Block<'_>], i: usize) -> bool {
    lists_scorers(&blocks[i].text) || blocks.get(i + 1).is_some_and(|b| lists_scorers(&b.text))
}

/// A short line that names a minute of a match ("58'", "(90+2')") and is no sentence.
fn lists_scorers(text: &str) -> bool {
    let t = text.trim();
    let minute = |w: &str| {
        let w = w.trim_end_matches(')');
        let Some(m) = w.strip_suffix(['\'', '’', '′']) else { return false };
        let (m, added) = m.split_once('+').unwrap_or((m, "0"));
        [m, added].iter().all(|d| (1..=3).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
    };
    !ends_sentence(t)
        && words(t).count() <= SCORERS_WORDS
        && t.split(|c: char| c.is_whitespace() || c == '(' || c == ',').any(minute)
}

/// The most words of a line of scorers ([`lists_scorers`]): a side's name and a few names and minutes.
const SCORERS_WORDS: usize = 20;

/// Whether block `i` is a row of columns set with spaces, as a scores widget or a listing is ("FT  Ashford
/// Rovers 3-2 Castlebridge City" over "67'  Dunmore Athletic 1-0 Elmfield Town"): it holds a gap of two
/// spaces or a tab inside it, and so does a line right above or below it. A headline is one line of its own.
fn in_spaced_columns(blocks: &[Block<'_>], i: usize) -> bool {
    let gapped = |b: &Block<'_>| {
        let t = b.text.trim();
        t.contains("  ") || t.contains('\t')
    };
    let next_to = |j: usize| blocks[j].line.abs_diff(blocks[i].line) == 1 && gapped(&blocks[j]);
    gapped(&blocks[i]) && ((i > 0 && next_to(i - 1)) || (i + 1 < blocks.len() && next_to(i + 1)))
}

/// How many blocks from the top the headline may stand, not counting the lines of one or two words above
/// it: a menu set one item a line ("Home", "News", "Sport", …) is twenty blocks that could never head the
/// story, and the headline under two such menus was out of reach, which made the first block the title.
const TITLE_REACH: usize = 12;
/// How many blocks from the top the headline may stand at most, one-word lines and all.
const TITLE_REACH_LINES: usize = 60;

/// The end of the blocks the headline may be among: [`TITLE_REACH`] blocks of three or more words, and the
/// shorter lines between them.
fn title_reach(blocks: &[Block<'_>]) -> usize {
    let mut counted = 0;
    for (i, b) in blocks.iter().enumerate().take(TITLE_REACH_LINES) {
        // A block of over forty bytes is more than one or two menu words, and its words need no counting.
        if b.text.len() > 40 || tokens(&b.text).nth(2).is_some() {
            counted += 1;
            if counted == TITLE_REACH {
                return i + 1;
            }
        }
    }
    blocks.len().min(TITLE_REACH_LINES)
}

/// The candidate for headline to take, `first` being the first: `first` itself, unless it shares no word
/// with the story and a later candidate above the story shares two or more. A site's name ("THE MORNING
/// LEDGER"), its motto ("Your town. Your news."), a skip link or a row of section names may read as a
/// headline, and stand above the real one; what tells them apart is that the story never uses their
/// words, where a headline sums it up. Taken for the headline, such a line set the real one aside as
/// furniture, and paired it with the other report's lead.
///
/// The first candidate is kept whenever it shares a word: a headline in words of its own ("A miracle in the
/// desert") must not give way to the summary under it.
fn topical_candidate(
    blocks: &[Block<'_>],
    first: usize,
    reach: usize,
    test: &mut impl FnMut(&Block<'_>, bool) -> bool,
) -> usize {
    // The story's lead, and the other candidates above it: in most reports there are none, and the words
    // need not be read. Prose that is page furniture (a consent banner) is not the story, and a headline
    // under it is still above the story.
    let mut story_prose = |b: &Block<'_>| reads_as_prose(&b.text) && test(b, false);
    let Some(lead) = (first + 1..blocks.len()).find(|&i| story_prose(&blocks[i])) else { return first };
    // Whether line `j` is a credit line or the date of posting, the marks a page sets beside a headline.
    let credit = |j: usize| {
        blocks.get(j).is_some_and(|b| {
            let line = b.text.trim();
            is_credit(line)
                || writer_over_date(line, blocks.get(j + 1).map(|d| d.text.trim()))
                || dated_line(line)
                || (j > 0 && writers_job(line) && looks_like_name(blocks[j - 1].text.trim()))
        })
    };
    // A short paragraph of the story under the headline reads as a headline too, but ends with a full stop,
    // as a headline does not: only lines that do not may take the first candidate's place. Unless its
    // byline or its date stands right under it, as under a headline of short sentences ("Kelmouth bought
    // its bookshop. Good. Now go and buy a book there." over "Fiona Baird" and "19 Feb 2025").
    let others: Vec<usize> = (first + 1..lead.min(reach))
        .filter(|&i| {
            (!blocks[i].text.trim_end().ends_with('.') || credit(i + 1))
                && !titles_a_video(blocks, i)
                && !scores_a_match(blocks, i)
                && test(&blocks[i], true)
        })
        .collect();
    // Content words by the hash of their folded form, a plural's "s" dropped: every article is asked, and
    // stemming each word of three paragraphs into a set of strings cost a twentieth of `facts`.
    let content = |text: &str| -> Vec<u64> {
        let mut keys = Vec::new();
        let mut pairs = HanPairs::default();
        each_fold(text, |at, f| {
            // Chinese characters count in pairs ([`is_han`]); alone, none passes the length below.
            if is_han(f) {
                keys.extend(pairs.next(at, f));
                return;
            }
            // So do a Korean word's syllables: a particle joins the word before it ("다온셀에", to Daonsel),
            // and a name is cut short in a headline ("한결대" for "한결대학교"), so whole words seldom meet.
            if is_hangul(f) {
                // Every syllable takes three bytes: a pair is six, a syllable apart from the next.
                keys.extend(f.windows(2 * HANGUL_BYTES).step_by(HANGUL_BYTES).map(hash_bytes));
                return;
            }
            // A word of a script that joins short words to the next ([`joins_clitics`]) meets the story's in
            // its stem: a Hebrew headline's "הרכבת" (the train) is the story's "רכבת", an Arabic one's
            // "والحكومة" its "الحكومة". (Stemming words of Cyrillic script too found fewer headlines: the
            // rules here count those languages' short words, "на", as the story's words, and a stem of them
            // is too short to count.)
            if !f.is_ascii()
                && let Ok(word) = std::str::from_utf8(f)
                && joins_clitics(word)
                && let Some(stem) = script_stem(word)
            {
                if stem.len() >= 4 {
                    keys.push(hash_str(&stem));
                }
                return;
            }
            let f = f.strip_suffix(b"s").filter(|f| f.len() >= 4).unwrap_or(f);
            if f.len() >= 4 && !std::str::from_utf8(f).is_ok_and(is_stopword) {
                keys.push(hash_bytes(f));
            }
        });
        keys.sort_unstable();
        keys.dedup();
        keys
    };
    // A page saved from a browser opens with its window's title, the site's name and the headline in some
    // words of the site's own ("น้ำป่าหลากถล่มแม่ลานคำ 7 หมู่บ้านจมน้ำ อพยพด่วน 386 คน - ข่าวสยามรายวัน", "Kabar
    // Seruni: Pasar Sukamulya Terbakar …"). Known for one by its site's name, which the page gives again: on a
    // line of its own, opening one, or in its copyright line. The headline, where it stands in the page, is
    // the candidate that repeats most of the window's words; the window's line is none. Any candidate up to
    // the title's reach may be it: a ticker of the latest news that reads as a paragraph may stand between.
    if opens_with_window(blocks) {
        let candidates: Vec<usize> = (first..reach).filter(|&i| i > 0 && test(&blocks[i], true)).collect();
        if let Some(i) = headline_of_window(blocks, first, &candidates, &content) {
            return i;
        }
    }
    if others.is_empty() {
        return first;
    }
    // The story: its first ten paragraphs of prose. A live report's first few are its latest updates (a
    // police statement, a council's report), which need not name what its headline does ("Harbour bridge
    // collapse: …"); with three, its summary's second line stood in for the headline.
    let prose: Vec<usize> = (lead..blocks.len())
        .filter(|&i| reads_as_prose(&blocks[i].text) && test(&blocks[i], false))
        .take(STORY_PARAGRAPHS)
        .collect();
    let story: Vec<u64> = {
        let mut keys: Vec<u64> = prose.iter().flat_map(|&i| content(&blocks[i].text)).collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    };
    let shared = |i: usize| content(&blocks[i].text).iter().filter(|k| story.binary_search(k).is_ok()).count();
    // A name that a later line opens with is the name of the outlet or the body the headline is about
    // ("Thornbury Museum of Art" over "Thornbury Museum of Art reveals hidden winter landscape"): a headline
    // never opens a longer line above the story. (A line that holds the name elsewhere may be a caption's
    // credit, "… (Erik Haugland for The Meridian Post)".)
    let name = blocks[first].text.trim().to_lowercase();
    if name.len() >= 4
        && let Some(i) = others.iter().copied().find(|&i| {
            let t = blocks[i].text.to_lowercase();
            t.len() > name.len() + 8 && t.starts_with(&name) && t.as_bytes()[name.len()] == b' '
        })
    {
        return i;
    }
    // A page saved from a browser opens with its window's title: the headline, or its first words, and the
    // site's name after a dash or a bar ("У обласній дитячій лікарні запрацювала кардіохірургія —
    // Вишнегір'я.City"). The line that opens with those words, under it, is the headline itself.
    if let Some((head, _site)) = TITLE_SEPARATORS.iter().find_map(|sep| name.rsplit_once(sep))
        && tokens(head).nth(2).is_some()
        && let Some(i) = others.iter().copied().find(|&i| blocks[i].text.to_lowercase().starts_with(head.trim()))
    {
        return i;
    }
    // A site's name and its motto, set apart by a dash or a bar ("Вишнегір.info — новини Вишнегірська та
    // громади"), may share the town with the story; the name before the dash is the one the page's copyright
    // line gives ("© 2012–2024 Вишнегір.info"). A candidate that shares two of the story's words more takes
    // its place.
    if let Some((site, _motto)) = TITLE_SEPARATORS.iter().find_map(|sep| name.split_once(sep))
        && site.trim().len() >= 4
        && blocks.iter().any(|b| copyright_names(&b.text, site.trim()))
        && let Some(i) = others.iter().copied().find(|&i| shared(i) >= shared(first) + 2)
    {
        return i;
    }
    // Nor does a headline open its story: a body's release opens with the body's name ("Fenwick County Fire
    // Rescue and mutual aid partners have contained …"), which its site sets over the headline too, often
    // after an article ("The Westmarch Regional Emergency Management Agency (WREMA) is coordinating …": a
    // word of three letters at most, as "the", "la" and "der" are).
    let lead_text = blocks[lead].text.trim_start();
    let after_article = lead_text
        .split_once(' ')
        .filter(|(first, _)| (1..=3).contains(&first.chars().count()) && first.chars().all(char::is_alphabetic))
        .map_or(lead_text, |(_, rest)| rest);
    let opens_with = |text: &str, name: &str| {
        text.get(..name.len()).is_some_and(|l| l.to_lowercase() == name) && text[name.len()..].starts_with(' ')
    };
    // The name as the site sets it, or either side of its bar: "RTWF | Rail and Transport Workers'
    // Federation" over "The Rail and Transport Workers' Federation (RTWF) has called off …".
    let parts = TITLE_SEPARATORS.iter().find_map(|sep| name.split_once(sep));
    let opens_lead = [Some(name.as_str()), parts.map(|p| p.0.trim()), parts.map(|p| p.1.trim())]
        .into_iter()
        .flatten()
        .any(|n| tokens(n).nth(2).is_some() && (opens_with(lead_text, n) || opens_with(after_article, n)));
    if opens_lead && let Some(i) = others.iter().copied().find(|&i| shared(i) >= 2) {
        return i;
    }
    // A credit line or a date right above or below a line is the mark of a headline: a page sets the byline
    // and the time of posting beside the report's headline, and never beside its own name, motto or score
    // widget, which may share the story's words ("Hallowmere Village Voice" over a village's story; "Wrexley
    // Athletic 3, Dunmore United 2" over the match report). A candidate that is so marked, where the first
    // is not, takes its place when page furniture stands between the two: a headline's own summary, which
    // stands right under it, is never preferred to it.
    //
    // A credit, not a time alone: a live report sets a time over each entry's heading. Nor an item of a
    // list ("Key points" over the byline).
    let credited = |i: usize| {
        // The standfirst may stand between a headline and its byline ("Dairy supplier halts one line…"
        // over "By Rachel Oyelaran | 6 November 2025"): one short line of a few words, no date or bar. So
        // may the date, over the byline ("Friday 30 January 2026, 18:30" over "By Club Media").
        let over_standfirst = || {
            blocks.get(i + 1).is_some_and(|b| {
                let line = b.text.trim();
                looks_like_dateline(line)
                    || (line.len() <= STANDFIRST_BYTES && tokens(line).nth(3).is_some() && could_head(line))
            }) && credit(i + 2)
        };
        !is_list_item(&blocks[i].text) && (credit(i + 1) || (i > 0 && credit(i - 1)) || over_standfirst())
    };
    if !credited(first)
        && let Some(i) = others.iter().copied().find(|&i| {
            // A headline stands alone over its credit: a line right under another that reads as a headline
            // is the last point of a summary under it ("Experts warn crocodiles are on the move…"), or the
            // last row of a widget above it.
            (!others.contains(&(i - 1)) || is_credit(blocks[i - 1].text.trim()))
                && (first + 1..i).any(|j| !others.contains(&j))
                // Counted as words written with spaces: a Chinese or Japanese headline's every character is
                // a token.
                && shape_words(&blocks[i].text) <= CREDITED_HEADLINE_WORDS
                && credited(i)
                && shared(i) >= 2
        })
    {
        return i;
    }
    // A masthead stands over the day's date as a headline over its own ("The Coastal Times" over "Monday,
    // September 15, 2025"), so both may be marked. The page names its site again in its copyright line ("©
    // 2025 The Coastal Times Company"), and never the headline so: a marked candidate that shares more of
    // the story's words, two at least, is the headline. (A site's name may share one by chance: "Times"
    // with "local time".)
    if credited(first)
        && name.len() >= 4
        && blocks[first + 1..].iter().any(|b| copyright_names(&b.text, name.trim()))
        && let Some(i) = others.iter().copied().find(|&i| credited(i) && shared(i) >= 2 && shared(i) > shared(first))
    {
        return i;
    }
    // An aggregator sets the source's name over the date it was posted, and the headline under that date
    // ("白鷺台新報" over "10/4(土) 18:30配信" over the headline): both are marked by the date, and the name,
    // a few words, shares little of the story, where the headline sums it up.
    if shape_words(&blocks[first].text) <= NAME_WORDS
        && credit(first + 1)
        && let Some(i) = others
            .iter()
            .copied()
            .find(|&i| i <= first + 1 + MOST_CREDIT_LINES && credit(i - 1) && shared(i) >= shared(first) + 3)
    {
        return i;
    }
    // A page sets its headline out again: as the last crumb of its breadcrumb trail ("Inicio › Sucesos ›
    // <headline>"), on a share card, in its own "Most read" list. A short first line (a site's name, a
    // section's label: "The Hive Mind", "Castilla y León") over a longer line that the page so repeats is a
    // name, and the repeated line the headline. Lines ending in a full stop count here: a headline of two
    // sentences ("… fine for bees. Their memory isn't.") does, and a story's paragraph is not set out twice
    // above the story.
    // A first line of a few words may be a name or a label, which a later line takes the place of below.
    let short = tokens(&blocks[first].text).count() <= NAME_WORDS;
    if short
        && let Some(i) = (first + 1..lead.min(reach)).find(|&i| {
            tokens(&blocks[i].text).count() > NAME_WORDS
                && !titles_a_video(blocks, i)
                && test(&blocks[i], true)
                && set_out_again(blocks, i)
                && shared(i) >= 1
        })
    {
        return i;
    }
    // So does a longer first line ("Harbourline 98.3 — Eastmere's News & Talk", a site's name and its
    // motto) give way to the last crumb of the page's breadcrumb trail, when that sums the story up better.
    // (A line the page only repeats elsewhere, in its "Most read" list, may be the summary under a
    // headline in words of its own.)
    if let Some(i) = others.iter().copied().find(|&i| ends_a_trail(blocks, i) && shared(i) >= shared(first) + 2) {
        return i;
    }
    // A site's name or a section's label set among its menu's lines ("The Scotland Herald" between "Skip to
    // content" and "Menu"; "Castilla y León" under "Última hora" and "España") may share the place the story
    // is about, or the body it names ("Guardia Civil de la A a la Z"): one word shared does not keep it, nor
    // two where a later candidate shares two more. A headline sums up its story, and a menu's item only
    // touches on it. The summary right under a headline shares more of the story's words than it does
    // ("Northam Wanderers 2-3 Sefton Vale: National Cup semi-final – as it happened"), so a line right
    // under the first takes its place only under a line as short as a kicker ("Großbrand in Kesselbrück").
    //
    // Nor does a line under a summary's heading ("Key points" over a live report's latest facts): it is one
    // of the points, which share more of the story's words than the headline over them does.
    let kept = if among_menu_lines(blocks, first, |b| !test(b, false)) { 2 } else { 1 };
    let own = shared(first);
    let summed_up = |i: usize| (first + 1..i).any(|j| heads_summary(&blocks[j].text));
    // A kicker of a few words set right over the headline, on the line above it ("Auktion in Altwil" over
    // "Verschollenes Gemälde aus englischem Bauernhaus erzielt 1,34 Millionen Franken"), shares a word of
    // the story, the headline many more. A short headline that shares two stays over its standfirst.
    let next = first + 1;
    if own <= 1
        && tokens(&blocks[first].text).count() <= KICKER_WORDS
        && others.first() == Some(&next)
        && blocks[next].line == blocks[first].line + 1
        && shared(next) >= own + 2
        && !summed_up(next)
    {
        return next;
    }
    if kept == 2
        && let Some(i) = others
            .iter()
            .copied()
            .find(|&i| (short || (first + 1..i).any(|j| !others.contains(&j))) && shared(i) >= own + 2 && !summed_up(i))
    {
        return i;
    }
    // A body's name over its own statement or minutes ("Suidkruis Healthcare Group", "ARDLENAGH COUNTY
    // COUNCIL", "Thymena Hoteliers' Association") shares the body's name with the story, and the headline
    // under it sums the story up: the name gives way to a candidate above the story that shares two words
    // more.
    if names_a_body(&blocks[first].text)
        && let Some(i) =
            others.iter().copied().find(|&i| shared(i) >= own + 2 && !summed_up(i) && !names_a_body(&blocks[i].text))
    {
        return i;
    }
    if own >= kept {
        return first;
    }
    others.iter().copied().find(|&i| shared(i) >= 2 && !summed_up(i)).unwrap_or(first)
}

/// The longest line a site's name is looked for in ([`headline_of_window`]): a masthead or a copyright
/// line, not a paragraph.
const NAME_LINE_BYTES: usize = 300;

/// How many lines at a page's head, and at its foot, its name is looked for in ([`headline_of_window`]).
const NAME_LINES: usize = 80;

/// The browsers whose names a window's title ends with.
const BROWSERS: &[&str] =
    &["Mozilla Firefox", "Google Chrome", "Microsoft Edge", "Safari", "Opera", "Chromium", "Brave"];

/// Whether the page's first line may be its browser window's title ([`headline_of_window`]): it holds a
/// dash, a bar or a colon set apart as such titles set a site's name apart.
fn opens_with_window(blocks: &[Block<'_>]) -> bool {
    blocks.first().is_some_and(|b| TITLE_SEPARATORS.iter().chain(&[": "]).any(|sep| b.text.contains(sep)))
}

/// The candidate that stands for the headline of a page whose first line is its browser window's title
/// ([`topical_candidate`]): a site's name and a headline set apart by a dash or a bar, or by a colon after
/// the name. `first` is the first candidate, `others` the lines that may stand for it, and `content` a
/// line's content words.
///
/// The name is the first or the last piece of the line, of at most [`NAME_WORDS`] words, that the page
/// sets out again: as a line, or as the opening of one, of the lines after the window's, or in a line with
/// a copyright sign. Then the rest of the line is a headline, and the candidate that repeats the most of
/// its content words, three in five at least, is the one the page shows it under.
fn headline_of_window(
    blocks: &[Block<'_>],
    first: usize,
    others: &[usize],
    content: &impl Fn(&str) -> Vec<u64>,
) -> Option<usize> {
    let window = blocks.first()?.text.trim();
    // The window's title may end with the browser's own name: "… | Mwangaza Leo — Mozilla Firefox".
    let window = BROWSERS
        .iter()
        .find_map(|b| window.strip_suffix(b)?.trim_end().strip_suffix(['—', '–', '-']))
        .map_or(window, str::trim_end);
    // A page gives its name again at its head (a masthead) or at its foot (a copyright line): only the
    // lines there are read, only short ones, only a line's opening is lowered, and only a copyright line
    // whole. Twice for each separator of the window's line, every line of a long report was lowered.
    let ends = (1..blocks.len().min(NAME_LINES + 1))
        .chain(blocks.len().saturating_sub(NAME_LINES).max(NAME_LINES + 1)..blocks.len());
    let named = |site: &str| {
        let site = site.trim().to_lowercase();
        tokens(&site).count() <= NAME_WORDS
            && site.chars().filter(|c| c.is_alphanumeric()).count() >= 4
            && ends.clone().any(|i| {
                let line = blocks[i].text.trim();
                if line.len() > NAME_LINE_BYTES {
                    return false;
                }
                let opens =
                    line.get(..site.len()).is_some_and(|o| o.eq_ignore_ascii_case(&site) || o.to_lowercase() == site)
                        && line[site.len()..].chars().next().is_none_or(|c| matches!(c, ' ' | '|' | ':'));
                opens || copyright_names(line, &site)
            })
    };
    let head = TITLE_SEPARATORS.iter().find_map(|sep| {
        let (before, after) = (window.split_once(sep)?.0, window.rsplit_once(sep)?.1);
        if named(after) {
            Some(&window[..window.len() - after.len() - sep.len()])
        } else {
            named(before).then(|| &window[before.len() + sep.len()..])
        }
    });
    let head = head.or_else(|| window.split_once(": ").filter(|(site, _)| named(site)).map(|(_, h)| h))?;
    let words = content(head);
    let echo = |i: usize| content(&blocks[i].text).iter().filter(|k| words.binary_search(k).is_ok()).count();
    let best = std::iter::once(first)
        .chain(others.iter().copied())
        .filter(|&i| i > 0)
        .map(|i| (echo(i), i))
        .max_by_key(|&(n, i)| (n, std::cmp::Reverse(i)))?;
    (best.0 >= 2 && best.0 * 5 >= words.len() * 3 && best.1 != first).then_some(best.1)
}

/// A line that names a body and nothing more: a few words, no sentence, the last of them the kind of
/// body it is ("… County Council", "… Healthcare Group", "… Hoteliers' Association", "… Authority"), in
/// English, German, French, Spanish, Italian, Dutch and the Nordic languages.
fn names_a_body(text: &str) -> bool {
    #[rustfmt::skip]
    const BODIES: &[&str] = &[
        "council", "association", "group", "authority", "agency", "ministry", "department", "union", "society",
        "trust", "foundation", "institute", "commission", "federation", "corporation", "company", "ltd",
        "limited", "inc", "plc", "llc", "gmbh", "verband", "verein", "stiftung", "ministerium", "behörde",
        "fédération", "fondation", "ministère", "asociación", "fundación", "ministerio",
        "associazione", "fondazione", "ministero", "vereniging", "stichting", "gemeente", "forening",
        "förening", "kommune", "kommun", "hospital", "university", "college", "police",
    ];
    let n = tokens(text).count();
    (2..=6).contains(&n)
        && !ends_sentence(text)
        && !text.contains(':')
        && tokens(text).last().is_some_and(|w| crate::normalize::with_fold(w, |f| BODIES.contains(&f)))
}

/// Whether a line is the date a report was posted or updated, with its year ("15.07.2025, 14:05 Uhr",
/// "Stand: 15.07.2025 16:42 Uhr", "Published 3 June 2025") or a posting word ("Published 18 March"). A page sets it beside a report's headline, as
/// it sets a byline. A time alone is no such mark: a live report sets one over each entry's heading, and
/// a ticker over each of its items.
pub fn dated_line(line: &str) -> bool {
    let year = |w: &str| w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
    // Figures are cut at anything else: a year may stand against a unit of a date ("2025年3月16日").
    line.len() <= 80
        && looks_like_dateline(line)
        && (line.split(|c: char| !c.is_ascii_digit()).any(year)
            || crate::unspaced::names_posting(line)
            || posted_on_a_day(line))
}

/// Whether a line says when it was posted by a day of a month, without the year: "Published 18 March",
/// "Updated 3 June". The posting word tells it from a live report's time over an entry ("14:32", "Posted at
/// 14:32"): that names no month.
fn posted_on_a_day(line: &str) -> bool {
    const POSTED: &[&str] =
        &["published", "updated", "posted", "publié", "publicado", "pubblicato", "veröffentlicht", "aktualisiert"];
    let mut words = tokens(line);
    words.next().is_some_and(|w| crate::normalize::with_fold(w, |f| POSTED.contains(&f)))
        && words.any(|w| crate::facts::any_month(w.trim_end_matches([',', '.'])).is_some())
}

/// The most words of a short first line that a longer line the page sets out again takes the place of
/// ([`topical_candidate`]): a site's name or a section's label runs to a few words, where a headline runs
/// to a dozen.
const NAME_WORDS: usize = 4;
/// The most words of a kicker over a headline ([`topical_candidate`]).
const KICKER_WORDS: usize = 3;

/// Whether the page sets block `i` out again: another block reads the same (in any ASCII case), or a
/// breadcrumb trail or a bar ends with it ([`ends_a_trail`]). Only lines of the same length, or bars longer
/// than it, are compared, so a long report costs a length test a block.
fn set_out_again(blocks: &[Block<'_>], i: usize) -> bool {
    let line = blocks[i].text.trim();
    let copied = blocks.iter().enumerate().any(|(j, b)| {
        let other = b.text.trim();
        j != i && other.len() == line.len() && other.eq_ignore_ascii_case(line)
    });
    copied || ends_a_trail(blocks, i)
}

/// What sets a site's name apart in a first line: a window's title ("headline — Site") or a name and its
/// motto ("Site — motto").
const TITLE_SEPARATORS: [&str; 4] = [" — ", " – ", " - ", " | "];

/// Whether a folded word is written in Hangul syllables alone.
fn is_hangul(word: &[u8]) -> bool {
    std::str::from_utf8(word).is_ok_and(|w| w.chars().all(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c)))
}

/// The bytes of a Hangul syllable (U+AC00 to U+D7A3) in UTF-8.
const HANGUL_BYTES: usize = 3;

/// Whether a breadcrumb trail or a bar of the page ends with block `i` ("Home / Shows / Transcripts /
/// Council approves …").
fn ends_a_trail(blocks: &[Block<'_>], i: usize) -> bool {
    let line = blocks[i].text.trim();
    blocks.iter().any(|b| {
        let other = b.text.trim();
        other.len() > line.len()
            && other.get(other.len() - line.len()..).is_some_and(|end| end.eq_ignore_ascii_case(line))
            && looks_like_bar(other)
    })
}

/// The most words of a line that the credit beside it marks as the headline ([`topical_candidate`]): the
/// summary under a headline is marked too when the byline stands under it, and runs longer (twenty words
/// and more, where headlines run to a dozen, and to seventeen with a quotation: "'We are not going to take
/// any chances': Ninth Street Bridge closed after inspectors find damaged beams").
const CREDITED_HEADLINE_WORDS: usize = 20;

/// Whether `line` names the writer as some pages do under a headline, with no "By": a bare name over the
/// date (`next`: "Mere Tapsell-Gordon" over "08:20, Aug 14 2025") or over the writer's job ("Sarah Okafor"
/// over "Senior Health Writer"), or a name set two spaces from the date on one line ("Sander Wijnbergen
/// 18-11-25, 19:45").
fn writer_over_date(line: &str, next: Option<&str>) -> bool {
    match line.split_once("  ") {
        Some((name, date)) => looks_like_name(name) && looks_like_dateline(date.trim()),
        None => looks_like_name(line) && next.is_some_and(|n| looks_like_dateline(n) || writers_job(n)),
    }
}

/// Whether a line is a writer's job as a page sets it under the name: a few capitalised words that end in
/// a newsroom's role ("Senior Health Writer", "Political Correspondent", "Staff Reporter"). Read as a line
/// that reads as a headline, with the date under it, it took the headline's place.
fn writers_job(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase());
    (1..=5).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "&"))
        && last.is_some_and(|w| ROLES.contains(&w.trim_end_matches('s')))
}

/// A person's name alone: two to four words, the first and the last capitalised, the small words of
/// names between ([`FOREIGN_JOINS`]: "Jan van der Berg"), no figures and no punctuation but a hyphen or an apostrophe inside a word.
fn looks_like_name(text: &str) -> bool {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let plain = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’');
    (2..=4).contains(&ws.len())
        && ws.iter().all(|w| plain(w))
        && capitalised(ws[0])
        && capitalised(ws[ws.len() - 1])
        && ws.iter().all(|w| capitalised(w) || FOREIGN_JOINS.contains(w))
}

/// The longest standfirst, in bytes, that may stand between a headline and the credit that marks it
/// ([`topical_candidate`]): two lines of a page, where a story's paragraph runs longer.
const STANDFIRST_BYTES: usize = 240;

/// How many of the story's paragraphs of prose [`topical_candidate`] reads for the story's words.
const STORY_PARAGRAPHS: usize = 10;

/// A heading of a box that sums up the story: "Summary", "Key points", "What we know", "Key figures".
/// (Not "Key events", which a live page sets over links to its own entries.) The heading may name what it
/// covers after it, as a results story's box does: "Key figures (third quarter 2025)", "Key figures: Q3
/// 2025", "Highlights — nine months".
pub fn heads_summary(text: &str) -> bool {
    const HEADINGS: &[&str] = &[
        "summary",
        "key points",
        "key facts",
        "key figures",
        "key numbers",
        "what we know",
        "what we know so far",
        "at a glance",
        "in brief",
    ];
    // Asked of runs of short lines all over a page: compared in place, with no lowered copy.
    let t = text.trim().trim_end_matches(':');
    if t.len() > 60 {
        return false;
    }
    // The heading proper, before what it says it covers; none when the line opens with that.
    let head = t.split(['(', ':', '—', '–']).next().unwrap_or(t).trim();
    let head = head.strip_suffix(" -").unwrap_or(head).trim_end();
    // "Highlights", "Third Quarter Highlights", "Financial highlights": a release or a results story sums up
    // its figures under such a heading, a few words long.
    const LAST: &str = "highlights";
    let highlights =
        head.len().checked_sub(LAST.len()).and_then(|at| Some((head.get(at..)?, &head[..at]))).is_some_and(
            |(last, before)| last.eq_ignore_ascii_case(LAST) && (before.is_empty() || before.ends_with(' ')),
        );
    (highlights && words(head).count() <= 4)
        || (head.len() <= 20 && HEADINGS.iter().any(|h| head.eq_ignore_ascii_case(h)))
}

/// Whether block `i` stands on the line next to a menu: two or more lines of one or two words that end no
/// sentence ("Menu", "Subscribe", "Search"), or bars of links ("Study | Research | About"), on the lines
/// right above or right below it. A headline stands apart, or next to its section's name ("LIVE", "MONEY",
/// "SOCIEDAD"), its standfirst, its date or its byline (which is no bar): one short line alone is a label,
/// not a menu. Below it, the second line may be any line of page furniture (`furniture` says which): a
/// station's player under its name and its menu ("Now playing: Weekend Breakfast"). The line right under
/// a headline may be furniture too (its share buttons), and is held to a menu item's shape.
fn among_menu_lines(blocks: &[Block<'_>], i: usize, mut furniture: impl FnMut(&Block<'_>) -> bool) -> bool {
    // The menu's items further off may run to three words ("Send a Release"). Two links in a bar are a
    // menu's too ("Subscribe | Sign in"), when each is a few words: a headline's kicker and section may be
    // set so ("Politics | Analysis"), but never over a menu's second line.
    let mut item = |j: usize, most: usize| {
        let text = &blocks[j].text;
        ((1..=most).contains(&tokens(text).count()) && !ends_sentence(text))
            || looks_like_bar(text)
            || links_in_a_bar(text)
            || (j > i + 1 && furniture(&blocks[j]))
    };
    let next_lines = |j: usize, k: usize| blocks[j].line.abs_diff(blocks[k].line) == 1;
    let above = i >= 2 && next_lines(i - 1, i) && next_lines(i - 2, i - 1) && item(i - 1, 2) && item(i - 2, 3);
    let below =
        i + 2 < blocks.len() && next_lines(i + 1, i) && next_lines(i + 2, i + 1) && item(i + 1, 2) && item(i + 2, 3);
    above || below
}

/// A line of two links set apart by a bar, each of three words at most: "Subscribe | Sign in", "Zaloguj
/// się | Dodaj ogłoszenie". [`looks_like_bar`] wants three pieces, as two may be a kicker and its section.
/// A byline and its date are set so too ("By Ana Ruiz | 3 June 2025"), under a headline: no link is a date
/// or a credit.
fn links_in_a_bar(text: &str) -> bool {
    text.split_once('|').is_some_and(|(a, b)| {
        [a, b].iter().all(|p| {
            let p = p.trim();
            (1..=MENU_LINK_WORDS).contains(&tokens(p).count()) && !p.contains('|') && !is_date_or_credit(p)
        })
    })
}

/// The most words of each of two links in a bar ([`links_in_a_bar`]).
const MENU_LINK_WORDS: usize = 3;

/// A Markdown heading line: one to six `#` then a space and some words.
pub fn is_markdown_heading(text: &str) -> bool {
    let hashes = text.bytes().take_while(|&c| c == b'#').count();
    (1..=6).contains(&hashes) && text[hashes..].starts_with(' ') && text.chars().any(char::is_alphabetic)
}

/// The headline as a reader should see it: without Markdown's heading marks.
pub fn headline_text(text: &str) -> &str {
    if is_markdown_heading(text) { text.trim_start_matches('#').trim_start() } else { text }
}

/// A line of one or two words that could be a short headline: letters, no closing punctuation or colon,
/// not a date or a bar.
fn reads_as_short_headline(text: &str) -> bool {
    (1..=2).contains(&tokens(text).count()) && !ends_sentence(text) && could_head(text)
}

/// A paragraph of story, not a headline that happens to end with a full stop: longer than headlines run.
fn reads_as_prose(text: &str) -> bool {
    if ends_sentence(text) {
        return tokens(text).count() >= 15;
    }
    // Thai and its neighbours end a sentence with no mark ([`crate::segment`]): there, length alone tells a
    // paragraph from a headline, whose words their dictionaries cut short (a Thai headline of one line runs
    // to twenty).
    text.trim_end().chars().next_back().is_some_and(crate::segment::is_segmented)
        && tokens(text).count() >= UNSTOPPED_PROSE_WORDS
}

/// The fewest words of a paragraph of story in a script that ends no sentence with a mark ([`reads_as_prose`]).
const UNSTOPPED_PROSE_WORDS: usize = 30;

fn reads_as_headline(text: &str) -> bool {
    // A headline is short; a long block is not one, and counting all its words would be wasted work.
    if text.len() > 400 {
        return false;
    }
    // Words as if written with spaces: a Chinese or Japanese headline's every character is a token. Such a
    // headline never ends in an ideographic full stop, where the sentences of a story's lead do.
    (3..=30).contains(&shape_words(text))
        && !text.trim_end().ends_with('。')
        && could_head(text)
        && !looks_like_byline(text)
        // An item of a bulleted list is a menu's or a box of links' ("* Port Ellery Votes 2025"), not a
        // headline, however it reads: taken for one, it set the page's real `#` headline under it aside as
        // story. (Not a numbered item: "1. FC Köln" opens headlines.)
        && !["* ", "- ", "+ ", "• "].iter().any(|m| text.trim_start().starts_with(m))
}

/// What both headline tests ask beyond length: letters, no colon at the end (a lead-in), and none of the
/// shapes of page furniture (a date, a bar or breadcrumb trail, a line of navigation words).
fn could_head(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
        && !ends_in_colon(text)
        && !is_mail_subject(text)
        && !is_mail_header(text)
        && !looks_like_dateline(text)
        && !looks_like_bar(text)
        && !looks_like_masthead(text)
        && !is_form_field(text)
        && !looks_like_nav(text)
        && !looks_like_slug(text)
        && !looks_like_running_head(text)
        && place_dateline_len(text) != Some(text.len())
}

/// A form's field as a text browser draws it, a run of underscores: "Gå till sida: ___ Sök", "Email:
/// ________".
fn is_form_field(text: &str) -> bool {
    text.contains("___")
}

/// A line of pieces joined by `|`, `•` or `·` (an ad bar or a navigation bar), or by `>`, `›` or `»` (a
/// breadcrumb trail: "Home > News > UK").
pub fn looks_like_bar(text: &str) -> bool {
    // Most short lines hold no separator at all: two passes over the bytes rule them out, where the tests
    // below take six (a twenty-fifth of loading a report written one sentence a paragraph).
    if !has_bar_separator(text) {
        return false;
    }
    // Single-character searches run on memchr; one search for a set of characters decodes every one.
    // A Chinese or Japanese page sets its bars' pieces apart with ideographic spaces (U+3000) as often as
    // with bars, and with both in one line ("无障碍浏览　长者模式　English　繁體　|　登录　注册").
    if text.contains('|') || text.contains('•') || text.contains('·') || text.contains('｜') {
        let pieces =
            text.split(['|', '｜', '•', '·', IDEOGRAPHIC_SPACE]).map(str::trim).filter(|p| !p.is_empty()).count();
        return pieces >= 3;
    }
    // Each crumb is a short label; a sentence that happens to hold a `>` has long pieces. The last crumb may
    // be the page's own headline ("Home › Crime › Three arrested over theft of hams").
    // A trail that opens at the site's home page may name longer sections ("Home > Health and safety >
    // Product recalls and safety alerts > Consumer product recalls").
    // A trail may open with its label ("You are here: Home > …", "当前位置：首页 > …"): the first crumb is
    // what follows the label's colon.
    let crumbs = |mut pieces: Vec<&str>| {
        if let Some(first) = pieces.first_mut()
            && let Some((_, crumb)) = first.rsplit_once([':', '：'])
            && !crumb.trim().is_empty()
        {
            *first = crumb.trim();
        }
        let most = if pieces.first().is_some_and(|p| HOME.iter().any(|h| p.eq_ignore_ascii_case(h))) { 6 } else { 3 };
        pieces.len() >= 3 && pieces[..pieces.len() - 1].iter().all(|p| shape_words(p) <= most)
    };
    if text.contains('>') || text.contains('›') || text.contains('»') || text.contains('＞') {
        return crumbs(text.split(['>', '›', '»', '＞']).map(str::trim).filter(|p| !p.is_empty()).collect());
    }
    // A bar whose pieces a page copied to text set apart by runs of spaces ("Uutiset   Urheilu   Sää   Haku",
    // "Publicerad 10 sep 2024 kl. 14.05   Uppdaterad 10 sep 2024 kl. 16.40"): short labels without a
    // figure (a table's row, spaced out, holds figures and is story), or datelines each.
    // A Chinese or Japanese page's ideographic space (U+3000) sets pieces apart as such a run does: text in
    // those scripts puts no space between its words.
    if GAP.find(text.as_bytes()).is_some() || text.contains(IDEOGRAPHIC_SPACE) {
        let pieces: Vec<&str> = text
            .split(IDEOGRAPHIC_SPACE)
            .flat_map(|p| p.split("   "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let label = |p: &&str| shape_words(p) <= 3 && !p.contains(|c: char| c.is_ascii_digit()) && !ends_sentence(p);
        return (pieces.len() >= 3 && pieces.iter().all(label))
            || (pieces.len() >= 2 && pieces.iter().all(|p| looks_like_dateline(p)));
    }
    // A trail of sections set apart by spaced slashes ("AI / Chips / Business"); a slash inside a word
    // ("and/or", "24/7", a date) joins rather than separates.
    text.contains(" / ") && crumbs(text.split(" / ").map(str::trim).filter(|p| !p.is_empty()).collect())
}

/// A site's home page as a breadcrumb trail names it first, in English, French, German, Spanish, Italian,
/// Portuguese, Dutch, the Nordic languages, Polish and Czech.
#[rustfmt::skip]
const HOME: &[&str] = &[
    "home", "accueil", "startseite", "inicio", "home page", "página inicial", "início", "strona główna", "hem",
    "forside", "forsiden", "etusivu", "úvod", "hlavní stránka",
];

/// Whether `text` holds a character that [`looks_like_bar`] splits at: `|`, `>`, `•` (E2 80 A2), `·` (C2 B7),
/// `›` (E2 80 BA) or `»` (C2 BB), found by their bytes, a slash with a space on each side, a run of three
/// spaces, an ideographic space, or a full-width `｜` or `＞`. A line without one is neither a bar nor a
/// masthead ([`looks_like_masthead`]).
pub fn has_bar_separator(text: &str) -> bool {
    each_separator(text.as_bytes(), |_| ControlFlow::Break(())).is_break()
}

/// Every separator of [`has_bar_separator`] in `b`, as the range of its bytes (a spaced slash with its
/// spaces), search after search rather than in order, until `f` breaks.
fn each_separator(b: &[u8], mut f: impl FnMut(Range<usize>) -> ControlFlow<()>) -> ControlFlow<()> {
    for i in memchr::memchr3_iter(b'|', b'>', 0xc2, b) {
        if b[i] != 0xc2 {
            f(i..i + 1)?;
        } else if matches!(b.get(i + 1), Some(0xb7 | 0xbb)) {
            f(i..i + 2)?;
        }
    }
    for i in memchr::memchr_iter(0xe2, b) {
        if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa2 | 0xba)) {
            f(i..i + 3)?;
        }
    }
    // The ideographic space (E3 80 80), and the full-width `｜` (EF BD 9C) and `＞` (EF BC 9E) of Chinese
    // and Japanese pages.
    for i in memchr::memchr2_iter(0xe3, 0xef, b) {
        if matches!(
            (b[i], b.get(i + 1), b.get(i + 2)),
            (0xe3, Some(0x80), Some(0x80)) | (0xef, Some(0xbd), Some(0x9c)) | (0xef, Some(0xbc), Some(0x9e))
        ) {
            f(i..i + 3)?;
        }
    }
    for i in memchr::memchr_iter(b'/', b) {
        if i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' ') {
            f(i - 1..i + 2)?;
        }
    }
    for i in GAP.find_iter(b) {
        f(i..i + 3)?;
    }
    ControlFlow::Continue(())
}

/// The separators of [`has_bar_separator`] in a whole report, found in one pass over its text, to answer
/// for each of its blocks that is a slice of that text.
///
/// Asked block by block, the five searches cost more to set up than to run: 13.6 M instructions, 2.5% of
/// comparing two reports written one sentence a paragraph, where one pass over each report's text costs
/// a tenth of that.
pub struct Separators<'a> {
    text: &'a str,
    /// Where each separator stands in `text`, by its first byte.
    spans: Vec<Range<usize>>,
}

impl<'a> Separators<'a> {
    /// No whole text: each block is searched itself.
    pub fn none() -> Separators<'static> {
        Separators { text: "", spans: Vec::new() }
    }

    pub fn of(text: &'a str) -> Separators<'a> {
        let mut spans = Vec::new();
        let _ = each_separator(text.as_bytes(), |at| {
            spans.push(at);
            ControlFlow::Continue(())
        });
        spans.sort_unstable_by_key(|r| r.start);
        Separators { text, spans }
    }

    /// [`has_bar_separator`] of `block`: a separator lies wholly inside it. A block that is no slice of the
    /// text (lines joined, Markdown read) is searched itself.
    pub fn in_block(&self, block: &str) -> bool {
        let (base, at) = (self.text.as_ptr() as usize, block.as_ptr() as usize);
        if at < base || at + block.len() > base + self.text.len() {
            return has_bar_separator(block);
        }
        let (start, end) = (at - base, at - base + block.len());
        let first = self.spans.partition_point(|r| r.start < start);
        self.spans[first..].iter().take_while(|r| r.start < end).any(|r| r.end <= end)
    }
}

/// The space of Chinese and Japanese text, as wide as one of their characters.
pub const IDEOGRAPHIC_SPACE: char = '\u{3000}';

/// A gap of three spaces, as a page copied to text leaves between a bar's pieces or a printed page's
/// columns. Built once: a searcher made for each line cost more than the search.
static GAP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("   "));

/// The words site navigation is built from, folded.
#[rustfmt::skip]
pub const NAV: &[&str] = &[
    "home", "menu", "search", "log", "login", "in", "out", "sign", "up", "register", "account", "subscribe",
    "subscriptions", "newsletters", "news", "sport", "sports", "business", "world", "politics", "opinion",
    "culture", "video", "videos", "live", "weather", "tech", "technology", "science", "health",
    "entertainment", "lifestyle", "travel", "more", "sections", "latest", "podcasts", "uk", "us",
];

/// A line made only of the words site navigation is built from ([`NAV`]: "Menu Search Log in", "News Sport
/// Weather"). The first word that folds to something must be one of them.
pub fn looks_like_nav(text: &str) -> bool {
    let mut n = 0;
    for w in words(text) {
        match crate::normalize::with_fold(w, |f| if f.is_empty() { None } else { Some(NAV.contains(&f)) }) {
            Some(true) => n += 1,
            Some(false) => return false,
            None => {}
        }
    }
    n >= 2
}

/// The networks a page's share buttons name, folded: a bar of them ([`looks_like_share_bar`]) names two at
/// least. A line of tools alone ("Print Email") may be a story's own words.
#[rustfmt::skip]
pub const NETWORKS: &[&str] = &[
    "facebook", "x", "twitter", "whatsapp", "linkedin", "reddit", "telegram", "pinterest", "messenger", "bluesky",
    "flipboard", "tumblr", "xing", "viber", "vk", "vkontakte", "вконтакте", "line",
];

/// The tools beside the networks on a bar of share buttons, folded: "Copy link" in English, Spanish and
/// Portuguese, French and Italian, and German, and the network Threads, whose name is a common word.
#[rustfmt::skip]
pub const SHARE_TOOLS: &[&str] = &[
    "threads", "email", "mail", "sms", "print", "share", "copy", "link", "copiar", "copier", "le", "lien", "copia",
    "kopieren",
    // Share and copy the link in Ukrainian, Russian, Bulgarian and Serbian, Greek, Hebrew, Arabic and Hindi.
    "поділитися", "копіювати", "посилання", "поделиться", "копировать", "ссылку", "сподели", "споделете", "подели",
    "поделите", "μοιραστείτε", "κοινοποίηση", "שתפו", "שיתוף", "شارك", "مشاركة", "शेयर", "करें",
];

/// A bar of share buttons set apart by spaces alone, as a page copied to text leaves them: "Facebook   X
/// WhatsApp   E-mail", "Facebook X LinkedIn Copiar link". Bars set apart by bars or dots are
/// [`looks_like_bar`]'s; these have no separator to tell them by, only their words.
pub fn looks_like_share_bar(text: &str) -> bool {
    let (mut networks, mut n) = (0, 0);
    for w in words(text) {
        let known = crate::normalize::with_fold(w, |f| match f {
            "" => Some(false),
            f if NETWORKS.contains(&f) => Some(true),
            f if SHARE_TOOLS.contains(&f) => Some(false),
            _ => None,
        });
        match known {
            Some(network) => networks += usize::from(network),
            None => return false,
        }
        n += 1;
        if n > SHARE_BAR_WORDS {
            return false;
        }
    }
    networks >= 2
}

/// The most words of a bar of share buttons ([`looks_like_share_bar`]).
const SHARE_BAR_WORDS: usize = 12;

/// A line of a mail's header, as a mail client or a list's archive shows it: "From: Ana Ruiz <ana@…>",
/// "Subject: Re: [heatstore-l] …", in English, German, French, Dutch and Swedish. Furniture where two
/// stand together (a story may open a line with "Date:" or "To:").
pub fn is_mail_header(text: &str) -> bool {
    #[rustfmt::skip]
    const KEYS: &[&str] = &[
        "from", "to", "cc", "bcc", "subject", "date", "sent", "reply-to", "von", "an", "betreff", "gesendet",
        "datum", "de", "à", "objet", "envoyé", "van", "aan", "onderwerp", "verzonden", "från", "till", "ämne",
        "skickat",
    ];
    let t = text.trim_start();
    // Every block is asked: a key is one word right before its colon (French sets a space between them),
    // so the bytes are read only up to the first word's end, where a search of the whole block was a
    // fiftieth of judging a long report.
    let b = t.as_bytes();
    let mut colon = None;
    for (i, &c) in b.iter().enumerate().take(12) {
        if c == b':' {
            colon = Some(i);
            break;
        }
        if c == b' ' && b.get(i + 1) != Some(&b':') {
            return false;
        }
    }
    let Some(colon) = colon else { return false };
    let key = t[..colon].trim_end();
    let known = if key.is_ascii() {
        KEYS.iter().any(|k| key.eq_ignore_ascii_case(k))
    } else {
        KEYS.contains(&key.to_lowercase().as_str())
    };
    known && !t[colon + 1..].trim().is_empty()
}

/// A mail's subject as a list's archive titles a page with it: a reply's or a forward's mark, after the
/// list's tag or not ("[heatstore-l] Re: Sand battery numbers?", "Fwd: Council minutes", "AW: Termin").
/// It names the thread, not the story a message in it quotes.
pub fn is_mail_subject(text: &str) -> bool {
    let mut t = text.trim_start();
    if let Some(rest) = t.strip_prefix('[')
        && let Some((tag, after)) = rest.split_once(']')
        && !tag.contains(' ')
    {
        t = after.trim_start();
    }
    let Some((mark, rest)) = t.split_once(':') else { return false };
    ["re", "fwd", "fw", "aw", "wg", "sv", "vs", "tr", "rv", "odp"].contains(&mark.to_lowercase().as_str())
        && !rest.trim().is_empty()
}

/// A printed story's jump line, where it goes on on another page: "Continued on Page 9", "Continued
/// from page A1", "Fortsetzung auf Seite 4", "Dokończenie na str. 4", "Suite en page 5". A few words, in
/// English, German, French, Spanish, Italian, Dutch, Swedish, Norwegian, Danish and Polish, and the page's
/// number last.
pub fn is_jump_line(text: &str) -> bool {
    #[rustfmt::skip]
    const JUMPS: &[&str] = &[
        "continued on", "continued from", "fortsetzung auf", "fortsetzung von", "suite en page", "suite page",
        "suite de la page", "continúa en", "continua a pagina", "continua da pagina", "vervolg op", "vervolg van",
        "fortsättning på", "fortsetter på", "fortsættes på", "fortsat fra", "dokończenie na", "ciąg dalszy na",
        "dokończenie ze",
    ];
    // Nearly every line ends in a letter or a stop, or opens with a letter no jump opens with: its last and
    // first bytes rule it out first (every line of a folded report is asked).
    let b = text.trim_ascii().as_bytes();
    if !b.last().is_some_and(u8::is_ascii_digit) || !b.first().is_some_and(|c| b"CcFfSsVvDd".contains(c)) {
        return false;
    }
    let t = text.trim();
    if words(t).count() > 8 {
        return false;
    }
    let lower = t.to_lowercase();
    JUMPS.iter().any(|j| lower.starts_with(j))
}

/// The line under a social-media post set into a story: "— Ilse Brandt (@ilsebrandt) March 2, 2026". A
/// dash, a name, the account in brackets. The post above it is a quotation and stays story; this line is
/// the embed's furniture. So is the line over a post, as other embeds set it: the name, the account, and
/// after a dot or a bar when it was posted ("RTWF @RTWFunion · 7 May", "Ilse Brandt @ilsebrandt | 2h").
pub fn looks_like_post_credit(text: &str) -> bool {
    // Nearly every block holds no "@": one search rules it out.
    let Some(at) = memchr::memchr(b'@', text.as_bytes()) else { return false };
    if text.trim_start().starts_with(['—', '–', '-']) {
        return text[..at].ends_with('(') && text[at..].contains(')') && words(text).count() <= 16;
    }
    let ws: Vec<&str> = words(text).take(POST_HEADER_WORDS + 1).collect();
    let Some(handle) = ws.iter().position(|w| w.starts_with('@') && w.len() > 1) else { return false };
    ws.len() <= POST_HEADER_WORDS
        && (1..=4).contains(&handle)
        && ws[..handle].iter().all(|w| w.starts_with(char::is_uppercase))
        && ws.get(handle + 1).is_some_and(|w| matches!(*w, "·" | "•" | "|"))
        && handle + 2 < ws.len()
        && !ends_sentence(text)
}

/// The most words of the line over a social-media post ([`looks_like_post_credit`]): a name of a few
/// words, the account, and a date.
const POST_HEADER_WORDS: usize = 10;

/// A credit line: "By Jane Doe", "By Jane Doe and Ali Khan, Reuters", "By Jane Doe, Europe correspondent |
/// 14:32, 10 March 2026", "Posted by River Watch on 11 March 2026". Only names follow the "By" up to a comma
/// or a bar, so "By Tuesday the river had risen" is not one; after them comes a role or a date.
pub fn looks_like_byline(text: &str) -> bool {
    // A credit line is short and ends without a full stop. Gathered on the stack: every block of an article
    // is asked, and most are not credit lines.
    const LONGEST: usize = 20;
    // Nearly every block is prose: its first word or its last tells, before its words are gathered.
    let opener = words(text).next().unwrap_or_default();
    if let Some(label) = opener.strip_suffix(':')
        && !label.is_ascii()
    {
        return labels_writer(label, text);
    }
    // A Korean credit: the writer's name, then the word for reporter ("최서연 기자", "송지훈 기자
    // jh.song@…"). Its length rules out nearly every block before its words are read.
    if text.len() <= KOREAN_CREDIT_BYTES && is_korean_credit(text) {
        return true;
    }
    // "Live reporting by …" credits a live page's writer.
    let credit = is_by(opener) || WRITING.iter().any(|v| opener.eq_ignore_ascii_case(v)) || opener == "Live";
    let last = text.trim_end().as_bytes().rsplit(|&c| c == b' ').next().unwrap_or_default();
    // Nearly every block ends in a stop or a quotation mark, which no role does.
    let role_last = last.last().is_some_and(u8::is_ascii_alphabetic) && std::str::from_utf8(last).is_ok_and(is_role);
    if !credit && !role_last && !last.eq_ignore_ascii_case(b"agencies") {
        return false;
    }
    let mut first = [""; LONGEST + 1];
    let mut n = 0;
    for w in words(text).take(first.len()) {
        first[n] = w;
        n += 1;
    }
    let ws = &first[..n];
    if ws.len() > LONGEST || ends_sentence(text) {
        return false;
    }
    // A wire credit: "Jane Doe and agencies", "Staff and agencies".
    if let [.., joint, last] = *ws
        && ws.len() <= 8
        && last.eq_ignore_ascii_case("agencies")
        && (joint.eq_ignore_ascii_case("and") || joint.eq_ignore_ascii_case("with"))
    {
        return true;
    }
    // "By our legal affairs correspondent", "By a staff reporter": a writer named by the role alone.
    if let [by, one, rest @ ..] = ws
        && by.eq_ignore_ascii_case("by")
        && ["our", "a", "an"].iter().any(|d| one.eq_ignore_ascii_case(d))
        && (1..=5).contains(&rest.len())
        && rest.last().is_some_and(|w| is_role(w.trim_matches(|c: char| !c.is_alphanumeric())))
    {
        return true;
    }
    // A name and its role without a "by", as some pages set the writer under the headline: "Helen Okafor
    // Health editor", "Ana Ruiz, Europe Correspondent". Two capitalised words open it, and every word up to
    // the role is capitalised or joins two. A headline in title case may end on a role too ("Guardian
    // Appoints New Editor"), so the role is in lower case, or a comma sets the name apart.
    if role_last && !credit {
        let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
        let joins = |w: &&str| ["and", "of", "in"].contains(&w.trim_end_matches(','));
        let set_apart = ws.iter().any(|w| w.ends_with(',')) || !ws.last().is_some_and(capitalised);
        return (3..=9).contains(&ws.len())
            && set_apart
            && ws[..2].iter().all(capitalised)
            && ws[..ws.len() - 1].iter().all(|w| capitalised(w) || joins(w));
    }
    // "By", or a verb of writing before it: "Posted by", "Written by", "Words by".
    let names = match ws {
        // A role in lower case may come before the name: "By science reporter Liam Ferraro".
        [by, rest @ ..] if is_by(by) => &rest[role_before_name(rest).unwrap_or(0)..],
        [verb, by, rest @ ..] if is_by(by) && WRITING.iter().any(|v| verb.eq_ignore_ascii_case(v)) => rest,
        ["Live", verb, by, rest @ ..] if is_by(by) && WRITING.iter().any(|v| verb.eq_ignore_ascii_case(v)) => rest,
        _ => return false,
    };
    // Names in a script without capitals ("โดย ทีมข่าวภูมิภาค", "מאת דנה רוזנבאום") cannot be told from a
    // sentence's words by their case: a few words alone, or before a separator, are a credit. A sentence
    // that opens with the word for "by" runs on.
    let separated = |w: &&str| w.ends_with(',') || w.starts_with(CREDIT_SEPARATORS);
    if names.first().is_some_and(|w| is_caseless_name(w))
        && names.len() > CASELESS_CREDIT_WORDS
        && !names[..=CASELESS_CREDIT_WORDS].iter().any(separated)
    {
        return false;
    }
    let mut named = 0;
    for (k, w) in names.iter().enumerate() {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let is_name = core.starts_with(char::is_uppercase) || is_caseless_name(core);
        // No character outside ASCII lowercases to one of these letters, so an ASCII test is exact.
        let joins = ["and", "in", "the", "of"].iter().chain(FOREIGN_JOINS).any(|l| core.eq_ignore_ascii_case(l))
            // A writer and the agency the copy came with: "Par la rédaction avec Reuters", "By Ana Ruiz with AP".
            || (named > 0 && ["with", "avec", "mit", "con", "met", "med"].contains(&core));
        // A desk credited by its name and role: "Posted by the Metro team", "By the City desk"; or by its
        // role alone after an article: "Par la rédaction de Lyon Actu".
        let after_article = k > 0 && ["the", "la", "le", "die", "la", "de"].contains(&names[k - 1]);
        let role = (named > 0 || after_article) && is_role(core);
        // A word in brackets after a name: when each writer of a live page wrote ("Marcus Delaney (now) and
        // Aisha Bello (earlier)").
        let noted = named > 0 && w.starts_with('(') && w.ends_with(')');
        // A lowercase word that qualifies the desk's role after its name: "By Echo live team".
        let qualifier = named > 0
            && core.chars().all(|c| c.is_ascii_lowercase())
            && names.get(k + 1).is_some_and(|n| is_role(n.trim_matches(|c: char| !c.is_alphanumeric())));
        // A site's account in place of a name, as a blog's template credits its posts: "May 7, 2024 by admin
        // | 3 min read". One lowercase word, and a bar or a dot after it, as a name has before its date.
        let account = k == 0
            && !core.is_empty()
            && core.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
            && names.get(1).is_some_and(|n| n.starts_with(CREDIT_SEPARATORS));
        let is_name = is_name || account;
        if !(core.is_empty() || is_name || joins || role || noted || qualifier) {
            // The names end at a lowercase word: only a date ("on 11 March 2026") or the place of the
            // report ("at the Riverside Stadium") may follow them there.
            let rest = &names[k + 1..];
            let place = core == "at"
                && rest.iter().any(|w| w.starts_with(char::is_uppercase))
                && rest.iter().all(|w| w.starts_with(char::is_uppercase) || ["the", "of"].contains(w));
            return named > 0 && (place || ((core == "on" || core == "at") && looks_like_dateline(&rest.join(" "))));
        }
        named += usize::from(is_name || role);
        if named > 0 && (w.ends_with(',') || names.get(k + 1).is_some_and(|n| n.starts_with(CREDIT_SEPARATORS))) {
            // After a comma or a bar come a role, an outlet or a date: anything short.
            return true;
        }
    }
    named > 0
}

/// The most words of a credit's names in a script without capitals ([`looks_like_byline`]).
const CASELESS_CREDIT_WORDS: usize = 4;

/// What may stand between a credit line's names and the role, outlet, date or reading time after them:
/// "By Ana Ruiz | Reuters", "Posted by the Metro team · 5 min read".
const CREDIT_SEPARATORS: [char; 7] = ['|', '/', '-', '–', '—', '·', '•'];

/// Whether `word` is one of [`ROLES`], or its plural.
/// Where the name starts after a role in lower case that names a writer before it ("science reporter",
/// "political correspondent", "staff writer"): a word or two, then a role, then a capitalised word.
fn role_before_name(words: &[&str]) -> Option<usize> {
    let at = words.iter().take(3).position(|w| is_role(w))?;
    let lower = words[..=at].iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    (lower && words.get(at + 1).is_some_and(|w| w.starts_with(char::is_uppercase))).then_some(at + 1)
}

fn is_role(word: &str) -> bool {
    ROLES.iter().any(|r| {
        word.eq_ignore_ascii_case(r) || word.strip_suffix(['s', 'S']).is_some_and(|w| w.eq_ignore_ascii_case(r))
    })
}

/// The roles that name a report's writer in a credit line without a name ("By our correspondent"), and a
/// newsroom's name for itself in French, Spanish, German, Italian and Dutch pages.
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "correspondent", "reporter", "staff", "writer", "editor", "team", "desk", "newsdesk", "journalist", "newsroom",
    "rédaction", "redacción", "redaktion", "redazione", "redactie",
];

/// The word that opens a credit line: "By" and the same in French, German, Spanish, Dutch, Swedish,
/// Norwegian, Danish and Italian pages ("Par Julien Morel", "Von Anna Schmidt", "Por Lucía Martín", "Door
/// Jan de Vries", "Av Linnea Brodd", "Af Mette Holm", "Di Marco Bianchi").
/// A credit that names the writer after a label of its own, in a language beyond ASCII: "Автор: Павел
/// Русаков", "Аутор: Н. Стаменковић", "بقلم: مراسل صوت المرج", "تقرير: منى العبدلي - وادي السدر". The label is one of
/// [`WRITER_LABELS`], and a few words follow it that end no sentence. (English, French and German pages
/// write "By", "Par", "Von", which [`looks_like_byline`] knows.)
fn labels_writer(label: &str, text: &str) -> bool {
    let label = label.to_lowercase();
    WRITER_LABELS.contains(&label.as_str())
        && (2..=WRITER_LABEL_WORDS).contains(&words(text).count())
        // A name may end in an initial's full stop ("Светлана К."), which ends no sentence.
        && (!ends_sentence(text) || text.rsplit(' ').next().is_some_and(|w| {
            let mut cs = w.chars();
            matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
        }))
}

/// A Korean credit line: a name of one word, the word for reporter or correspondent, and at most an
/// address of mail after it ("최서연 기자", "송지훈 기자 jh.song@saebomeconomy.com").
fn is_korean_credit(text: &str) -> bool {
    const ROLES: &[&str] = &["기자", "특파원", "선임기자", "객원기자"];
    let mut ws = [""; 3];
    let mut n = 0;
    for w in text.split_whitespace() {
        if n == ws.len() {
            return false;
        }
        ws[n] = w;
        n += 1;
    }
    match ws[..n] {
        [_, role] => ROLES.contains(&role),
        [_, role, mail] => ROLES.contains(&role) && mail.contains('@'),
        _ => false,
    }
}

/// The longest Korean credit line ([`is_korean_credit`]) in bytes: a name, the role, an address of mail.
const KOREAN_CREDIT_BYTES: usize = 72;

/// The labels of a writer's credit in Russian, Ukrainian, Bulgarian and Serbian, Greek, Arabic ("by the
/// pen of", "report", "wrote"), Hebrew, Persian, Urdu and Hindi pages.
#[rustfmt::skip]
const WRITER_LABELS: &[&str] = &[
    "автор", "авторы", "автори", "авторка", "аутор", "текст", "γράφει", "συντάκτης", "κείμενο", "بقلم", "تقرير",
    "كتب", "كتبت", "מאת", "כתב", "כתבה", "نویسنده", "گزارش", "خبرنگار", "تحریر", "رپورٹ", "लेखक", "रिपोर्ट",
    "संवाददाता", "रिपोर्टर",
];

/// The most words of a labelled credit ([`labels_writer`]): its label, a name, and a place or an outlet.
const WRITER_LABEL_WORDS: usize = 8;

fn is_by(word: &str) -> bool {
    // And Hebrew's "by" ("מאת דנה רוזנבאום"), whose names have no capitals ([`is_caseless_name`]).
    // And Indonesian's and Thai's ("Oleh Rina Wulandari", "โดย ทีมข่าวภูมิภาค").
    ["by", "par", "von", "por", "door", "av", "af", "di", "מאת", "oleh", "โดย"]
        .iter()
        .any(|b| word.eq_ignore_ascii_case(b))
}

/// Whether a word of a credit may be a name in a script without capitals (Hebrew, Arabic): its first
/// letter is neither upper nor lower case.
fn is_caseless_name(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
}

/// The small words inside names and newsroom credits in those languages ("Ana Ruiz de la Torre", "Par la
/// rédaction de Lyon Actu", "Jan van der Berg", "Maria di Stefano").
const FOREIGN_JOINS: &[&str] = &[
    "la", "le", "les", "de", "du", "des", "der", "die", "den", "von", "van", "y", "et", "und", "del", "della", "da",
    "di", "bin",
];

/// Verbs of writing that may open a credit line before its "by".
const WRITING: &[&str] = &[
    "posted",
    "written",
    "words",
    "reported",
    "reporting",
    "story",
    "text",
    "provided",
    "diposting",
    // A live page's: "Live coverage by Marcus Delaney (now) and Aisha Bello (earlier)".
    "coverage",
];

/// A masthead or section line of two short pieces: "The Daily Courier | World news", "Business | March 5,
/// 2026", a section and its place ("Nyheter · Hallvik"), a trail of two crumbs ("Done Deals › Castlebridge
/// Rovers"). Three or more pieces are a bar whatever their length ([`looks_like_bar`]).
pub fn looks_like_masthead(text: &str) -> bool {
    // Single-character searches run on memchr; every block is asked, and few hold any.
    // And a Japanese page's full-width crumb mark: "地域ニュース ＞ 中部".
    const JOINS: [char; 6] = ['|', '•', '·', '›', '»', '＞'];
    // A trail of two crumbs may be set apart by a spaced slash or `>` too ("Регионални / Кременска
    // област", "न्यूज़ / क्राइम"); inside words ("and/or", "24/7") they join.
    let spaced = |sep: &str| memchr::memmem::find(text.as_bytes(), sep.as_bytes()).is_some();
    if !JOINS.iter().any(|&c| text.contains(c)) && !spaced(" / ") && !spaced(" > ") {
        return false;
    }
    let mut pieces = text
        .split(JOINS)
        .flat_map(|p| p.split(" / "))
        .flat_map(|p| p.split(" > "))
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let (Some(a), Some(b), None) = (pieces.next(), pieces.next(), pieces.next()) else { return false };
    let short = |p: &str| shape_words(p) <= 3 || looks_like_dateline(p);
    // Joined by a dot or a crumb's mark, the pieces are labels, in words: a count beside a word ("Reply · 1
    // like", "12 · Share") is a button of a comment or a post, which the comment thread's test owns.
    let labels = text.contains(['|', '•']) || !text.bytes().any(|c| c.is_ascii_digit());
    short(a) && short(b) && labels
}

/// A printed page's running head or foot, its pieces set apart by wide gaps: "THE DAILY PLANET      2 March
/// 2026", "2 March 2026\tPage 3". A copy of a printed page carries one at the top of every page. A gap of
/// three spaces or a tab stands between the columns of a page, never inside a headline; one of the pieces
/// is a date or a page's number, and none is longer than a name.
pub fn looks_like_running_head(text: &str) -> bool {
    if GAP.find(text.as_bytes()).is_none() && memchr::memchr(b'\t', text.as_bytes()).is_none() {
        return false;
    }
    let pieces = || text.split('\t').flat_map(|p| p.split("   ")).map(str::trim).filter(|p| !p.is_empty());
    (2..=3).contains(&pieces().count())
        && pieces().any(looks_like_dateline)
        && pieces().all(|p| tokens(p).nth(6).is_none())
}

/// A line that is mostly a date or time: digits and month or weekday names. A page's number ("Page 2 of
/// 5"), which a printed story's copy carries between its paragraphs, is one of these lines too: like a
/// live report's times, it stands between parts of the story without ending it.
pub fn looks_like_dateline(text: &str) -> bool {
    // A dateline is short; anything longer is prose that happens to hold a date. Both a dateline and a
    // timestamp hold a number, and most short blocks of prose hold none: those are not read word by word.
    // A fold without an early exit, so the compiler can test many bytes at once.
    if text.len() > 120 || !text.bytes().fold(false, |digit, c| digit | c.is_ascii_digit()) {
        return false;
    }
    if looks_like_page_number(text) {
        return true;
    }
    let mut parts = 0;
    let mut has_digit = false;
    for p in text.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()) {
        let number = p.bytes().all(|c| c.is_ascii_digit());
        parts += 1;
        has_digit |= number;
        if parts > 10 || !(number || is_calendar_word(p)) {
            return looks_like_timestamp(text) || crate::unspaced::is_dateline(text);
        }
    }
    has_digit
}

/// "Page 2", "Page 2 of 5", "p. 2", and the same in other languages ("Seite 2 von 5", "Página 2 de 5",
/// "Strona 3 z 24", "Pagina 3 van 24").
fn looks_like_page_number(text: &str) -> bool {
    const PAGE: &[&str] = &["page", "p", "pg", "seite", "página", "pagina", "pag", "strona", "sida", "side", "strana"];
    const OF: &[&str] = &["of", "von", "de", "di", "sur", "z", "van", "av", "af", "ze"];
    if text.len() > 32 {
        return false;
    }
    let is = |word: &str, list: &[&str]| list.contains(&word.to_lowercase().as_str());
    let number = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit());
    let parts: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()).collect();
    match parts[..] {
        [page, n] => is(page, PAGE) && number(n),
        [page, n, of, m] => is(page, PAGE) && number(n) && is(of, OF) && number(m),
        _ => false,
    }
}

/// How long the place dateline is that opens a wire-style lead, up to the first word after its dash:
/// "COLUMBUS, Ohio (AP) — ", "LONDON, March 3 (Reuters) - ", "Paris (AFP) – ", "SAN FRANCISCO — ",
/// "WASHINGTON—", and a press release's "BOSTON, March 3, 2026 /PRNewswire/ -- " or "NEW YORK--(BUSINESS
/// WIRE)--". `None` when the text opens otherwise; the whole text when it is a dateline alone.
///
/// One outlet prints the dateline and another drops it, so inside the lead it read as words reworded.
/// The place is a capitalised word in capitals, or any capitalised words before an agency (in brackets,
/// or between slashes); every word up to the dash is capitalised (a place, a date), so "NASA, the agency —
/// said" is not one. A lone word in capitals needs a story sentence after it, which opens with a capital.
pub fn place_dateline_len(text: &str) -> Option<usize> {
    // Most paragraphs open with a capital and then a lower-case letter, and hold no bracket near their
    // start: two tests rule them out before any search for a dash. The place's first words run up to a
    // comma, a bracket or a dash ("ST. LOUIS", "SAN FRANCISCO"), in capitals.
    let mut letters = 0;
    let mut in_capitals = false;
    let mut before = ' ';
    for (i, c) in text.char_indices().take(40) {
        if matches!(c, ',' | '(' | '—' | '–') || (c == '-' && (before == ' ' || text[i + 1..].starts_with('-'))) {
            in_capitals = letters >= 3;
            break;
        }
        if c.is_lowercase() {
            break;
        }
        letters += usize::from(c.is_alphabetic());
        before = c;
    }
    let head = &text[..crate::text::floor_boundary(text, 96)];
    if !in_capitals && !head.contains('(') {
        return None;
    }
    let (dash, mut end) = head.char_indices().find_map(|(i, _)| dash_at(text, i).map(|w| (i, i + w)))?;
    let place = text[..dash].trim_end();
    let words: Vec<&str> = place.split_whitespace().collect();
    if words.is_empty() || words.len() > LONGEST_DATELINE {
        return None;
    }
    // "(AP)", "(Reuters)", "/PRNewswire/": the agency closes the dateline, in any case. Business Wire's
    // follows the dash, between two: "NEW YORK--(BUSINESS WIRE)--".
    let slashed = |w: &str| w.len() > 2 && w.starts_with('/') && w.ends_with('/');
    let mut agency = (place.ends_with(')') && place.contains('(')) || words.last().is_some_and(|w| slashed(w));
    if text[end..].starts_with('(')
        && let Some(close) = text[end..].find(')').filter(|&c| c < 40)
        && let Some(w) = dash_at(text, end + close + 1)
    {
        agency = true;
        end += close + 1 + w;
    }
    let outside = place.split('(').next().unwrap_or_default();
    let capitalised = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || slashed(w);
    if !(in_capitals || agency) || outside.split_whitespace().any(|w| !capitalised(w)) {
        return None;
    }
    // A dateline that gives the time too ("MANCHESTER, 14 March 2025, 13:42 GMT (Northline Press Agency) -")
    // runs longer, and the agency in brackets that closes it marks it as one.
    if words.len() > 8 && !agency {
        return None;
    }
    let rest = &text[end..];
    if rest.trim().is_empty() {
        return Some(text.len());
    }
    // A lead follows: a sentence, opening with a capital, a figure or a quotation mark.
    let lead = rest.trim_start();
    let opens = lead.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'«„".contains(c));
    (opens && lead.split_whitespace().nth(3).is_some() && (agency || place.contains(',') || words.len() <= 3))
        .then_some(text.len() - lead.len())
}

/// Words of the longest place dateline, agency and all: a place of two words, a date of three, a time and
/// its zone, and an agency of three.
pub const LONGEST_DATELINE: usize = 12;

/// The width of the dash that ends a dateline, if one starts at byte `i` of `text`: an em or en dash, two
/// hyphens, or a hyphen with a space on each side.
fn dash_at(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    let spaced = |j: usize| text.as_bytes().get(j).is_none_or(|&b| b == b' ');
    if let Some(dash) = rest.chars().next().filter(|c| matches!(c, '—' | '–')) {
        Some(dash.len_utf8())
    } else if rest.starts_with("--") {
        Some(2)
    } else if rest.starts_with('-') && i > 0 && spaced(i - 1) && spaced(i + 1) {
        Some(1)
    } else {
        None
    }
}

/// The line number of the line that closes a Markdown file's front matter, if the file opens with one:
/// a `---` line, lines of `key: value` (YAML, as note-taking apps and site generators write a clipping's
/// title, source and date), and a closing `---` or `...` line within the first hundred lines.
pub fn front_matter_end(text: &str) -> Option<usize> {
    let mut lines = text.lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    // The first field names a key, so that a file opening with a rule over its text is not taken for one.
    let first = lines.next()?;
    let key = first.split_once(':').map(|(k, _)| k)?;
    if key.is_empty() || !key.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-')) {
        return None;
    }
    lines.take(100).position(|l| matches!(l.trim_end(), "---" | "...")).map(|i| i + 3)
}

/// [`split_blocks`], for a text that may open with front matter ([`front_matter_end`]): each of its lines
/// is a block of its own (joined, they read as one wrapped paragraph of fields), and the text below it is
/// cut as a text of its own. Also how many blocks the front matter took: none in most reports.
pub fn split_with_front_matter(text: &str) -> (Vec<Block<'_>>, usize) {
    let Some(end) = front_matter_end(text) else { return (split_blocks(text), 0) };
    let mut blocks: Vec<Block<'_>> = lines_of(text)
        .take(end)
        .enumerate()
        .filter(|(_, l)| !is_blank(l))
        .map(|(i, l)| Block { text: Cow::Borrowed(l.trim()), line: i + 1 })
        .collect();
    let front = blocks.len();
    let below = memchr::memchr_iter(b'\n', text.as_bytes()).nth(end - 1).map_or(text.len(), |i| i + 1);
    blocks.extend(split_blocks(&text[below..]).into_iter().map(|b| Block { line: b.line + end, ..b }));
    (blocks, front)
}

/// Set the place dateline of the story's lead ([`place_dateline_len`]) apart as a block of its own, so that
/// it is judged as the furniture it is and the lead reads as the sentence it is. Only the lead carries
/// one: the blocks from `from` (the first after the headline) to the first paragraph of some length.
pub fn set_dateline_apart(blocks: &mut Vec<Block<'_>>, from: usize) {
    const LEAD: usize = 12;
    // The lead is the first block of some words: a bar's separators are none ("Share: Facebook | X |
    // LinkedIn | WhatsApp | Email | Print" over the lead was taken for it, and the lead's dateline kept).
    let is_lead = |text: &str| {
        words(text).filter(|w| w.contains(char::is_alphanumeric)).nth(LEAD - 1).is_some() && !looks_like_bar(text)
    };
    let Some(lead) = (from..blocks.len()).find(|&i| is_lead(&blocks[i].text)) else { return };
    let found = (from..=lead).find_map(|i| {
        let text = &blocks[i].text;
        place_dateline_len(text).filter(|&n| n < text.len()).map(|n| (i, n))
    });
    let Some((at, n)) = found else { return };
    let line = blocks[at].line;
    let (dateline, rest) = match std::mem::take(&mut blocks[at].text) {
        Cow::Borrowed(t) => (Cow::Borrowed(t[..n].trim_end()), Cow::Borrowed(&t[n..])),
        Cow::Owned(t) => (Cow::Owned(t[..n].trim_end().to_string()), Cow::Owned(t[n..].to_string())),
    };
    blocks[at].text = dateline;
    blocks.insert(at + 1, Block { text: rest, line });
}

/// A wire service's slug line above a story: "BC-US-Warehouse-Fire 2nd Ld-Writethru", "AM-EU-Floods",
/// "UKRAINE-CRISIS/RUSSIA-GAS". Its first word joins three pieces or more with hyphens or slashes, the
/// first in capitals, and each other word holds a figure or a hyphen or is in capitals: no headline's
/// words ("EU-US-China Trade Talks Stall" is a headline).
pub fn looks_like_slug(text: &str) -> bool {
    let mut ws = text.split_whitespace();
    let Some(first) = ws.next() else { return false };
    // Nearly every line's first word joins nothing: one search rules it out before its pieces are read.
    if text.len() > 80 || !first.contains(['-', '/']) {
        return false;
    }
    let capitals =
        |p: &str| p.chars().any(char::is_alphabetic) && p.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    let mut pieces = first.trim_end_matches(',').split(['-', '/']).filter(|p| !p.is_empty());
    if !pieces.next().is_some_and(capitals) || pieces.count() < 2 {
        return false;
    }
    let mut n = 1;
    for w in ws {
        n += 1;
        let w = w.trim_end_matches(',');
        if n > 6 || !(w.chars().any(|c| c.is_ascii_digit() || c == '-') || capitals(w)) {
            return false;
        }
    }
    true
}

/// Words of dates and times ("4 min read" among them), sorted by their bytes, for a binary search: in
/// English, and the words that publish, update and time a report in French, Spanish, Portuguese, Italian,
/// German, Dutch, Swedish, Danish, Norwegian, Polish and Czech pages ("Publié le 11/03/2025 à 07h15",
/// "Publicerad 11.52 Uppdaterad 13.20", "Lecture 3 min.", "Laatste update: 15:40", "Publiziert: 08.06.2024,
/// 19.45 Uhr", and a Hungarian page's "Olvasási idő: 3 perc"), and the days of the week in French, Spanish,
/// Italian, German, Dutch and the Nordic languages, and the abbreviations of time zones ("18.20 BST",
/// "Updated 22:18 CEST"), and today and yesterday in most of those languages ("Vandaag, 08:12 · Aangepast
/// vandaag, 11:47"), and an edition's label and number ("Wydanie: 5.11.2025 (nr 256/2025)"). Months of those
/// languages are [`crate::facts::any_month`]'s.
#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "a", "aangepast", "actualizado", "aedt", "aest", "aggiornato", "ago", "aktualisiert", "aktualizacja",
    "aktualizováno", "alle", "am", "apr", "april", "at", "atualizado", "aug", "august", "ausgabe", "ayer",
    "bijgewerkt", "bst", "cdt", "cest", "cet", "cst", "czas", "czytania", "day", "days", "de", "dec", "december",
    "dienstag", "dimanche", "dinsdag", "dnes", "domenica", "domingo", "donderdag", "donnerstag", "dzisiaj",
    "edited", "edition", "edt", "eest", "eet", "el", "feb", "february", "fredag", "freitag", "fri", "friday",
    "gepubliceerd", "gestern", "giovedì", "gisteren", "gmt", "godz", "heute", "hoje", "hour", "hours", "hoy", "hr",
    "hrs", "idag", "idő", "ieri", "igår", "issued", "jan", "january", "jeudi", "jueves", "jul", "july", "jun", "june", "kl",
    "klo", "laatste", "las", "last", "le", "lectura", "lecture", "leestijd", "leitura", "lesetid", "lesezeit",
    "lettura", "lundi", "lunedì", "lunes", "läsminuter", "lördag", "lørdag", "maandag", "mandag", "mar", "march",
    "mardi", "martedì", "martes", "may", "mercoledì", "mercredi", "mesz", "mez", "min", "mins", "minut", "minute",
    "minuten", "minuter", "minutes", "minuti", "minutos", "minutter", "mittwoch", "miércoles", "modified",
    "modifié", "mon", "monday", "montag", "måndag", "nov", "november", "nr", "o", "oct", "october", "oggi",
    "olvasási", "om", "on", "onsdag", "ontem", "opdateret", "oppdatert", "opublikowano", "pdt", "perc", "pm",
    "posted", "pst", "pubblicato", "publicado", "publicerad", "publiceret", "publisert", "published", "publiziert",
    "publié", "read", "released", "sabato", "samedi", "samstag", "sat", "saturday", "sep", "sept", "september", "sonntag",
    "sun", "sunday", "sábado", "söndag", "søndag", "thu", "thur", "thurs", "thursday", "tirsdag", "tisdag", "today",
    "torsdag", "tue", "tues", "tuesday", "uhr", "um", "update", "updated", "uppdaterad", "utc", "vandaag",
    "vendredi", "venerdì", "veröffentlicht", "viernes", "vrijdag", "včera", "wczoraj", "wed", "wednesday", "week",
    "weeks", "woensdag", "wydanie", "yesterday", "zaterdag", "zondag", "zveřejněno", "à", "às",
];

/// Whether `word` is one of [`CALENDAR`] or a month's name, in any case. Lowered on the stack and looked
/// up by halves: a dateline's first word is asked of every short block with a number, and comparing it
/// with each of the sixty-odd words took more than the rest of the dateline test.
fn is_calendar_word(word: &str) -> bool {
    let mut buf = [0u8; CALENDAR_WORD_BYTES];
    let Some(lower) = buf.get_mut(..word.len()) else { return false };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let known = |w: &[u8]| CALENDAR.binary_search_by(|c| c.as_bytes().cmp(w)).is_ok();
    // A word beyond ASCII ("PUBLIÉ") is lowered whole: few are asked.
    known(lower)
        || (!word.is_ascii() && known(word.to_lowercase().as_bytes()))
        || std::str::from_utf8(lower).is_ok_and(|w| crate::facts::any_month(w).is_some())
}

/// The longest word of [`CALENDAR`] or of a month's name, in bytes.
const CALENDAR_WORD_BYTES: usize = 16;

/// A short line holding a year and a time of day, in whatever language its words are: "Publicado el 14
/// de marzo de 2026 a las 08:15", "Veröffentlicht am 14. März 2026, 08:15 Uhr", "Publié le 14 mars 2026 à
/// 08h15". Beside the numbers, at most three words of four letters or more, and no full stop at the end:
/// a headline or a sentence that holds a year and a time has more words than that.
fn looks_like_timestamp(text: &str) -> bool {
    if ends_sentence(text) {
        return false;
    }
    let parts: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|p| !p.is_empty())
        .collect();
    // A year alone, or ending a date of figures ("11/03/2025", "5.11.2025").
    let year = |p: &&str| {
        let y = p.get(p.len().saturating_sub(4)..).unwrap_or_default();
        let before = p.len().checked_sub(5).map(|i| p.as_bytes()[i]);
        matches!(before, None | Some(b'/' | b'.' | b'-'))
            && y.len() == 4
            // Or a year of the Buddhist era, as Thai pages count them ("17 ก.ย. 2567 10:42 น.").
            && y.parse::<u32>().is_ok_and(|y| {
                let ahead = crate::months::BUDDHIST_ERA_AHEAD;
                (1900..=2099).contains(&y) || (ahead + 1900..=ahead + 2099).contains(&y)
            })
    };
    // 08:15, 8:15pm, 08h15 (a dot, as in "4.12am", is left out: "6.8" is a magnitude as often as a time).
    let clock = |p: &&str| {
        let Some((h, m)) = p.split_once([':', 'h']) else { return false };
        let m = m.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (1..=2).contains(&h.len())
            && h.parse::<u32>().is_ok_and(|h| h <= 23)
            && m.len() == 2
            && m.parse::<u32>().is_ok_and(|m| m <= 59)
    };
    let words = parts.iter().filter(|p| p.chars().filter(|c| c.is_alphabetic()).count() > 3).count();
    parts.len() <= 14 && words <= 3 && parts.iter().any(year) && parts.iter().any(clock)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_korean_headline_is_found_under_menus_by_the_syllables_it_shares_with_the_story() {
        // The headline's words meet the story's with other particles ("다온셀에", "다온셀과"), or cut short
        // ("새봄대" for "새봄대학교"); the standfirst under it shares the story's figures whole.
        let headline = "새봄대 \"첨가제 하나로 배터리 수명 3배\"…다온셀에 기술이전";
        let menus = "빛나\u{3000}뉴스\n메일\u{3000}카페\u{3000}블로그\u{3000}쇼핑\u{3000}지도\n\
뉴스홈\u{3000}정치\u{3000}경제\u{3000}사회\u{3000}세계\n새봄경제\u{3000}구독\nIT/과학\n";
        let under = "입력 2025.11.04. 오후 3:02\u{3000}수정 2025.11.04. 오후 4:47\u{3000}기사원문\n송지훈 기자\n\
추천\u{3000}댓글 57\n본문 요약봇\u{3000}|\u{3000}번역 beta\u{3000}|\u{3000}공유하기\u{3000}|\u{3000}인쇄하기\n\
충·방전 1200회 뒤에도 용량 91% 유지…2028년 상용화 목표\n";
        let story = "새봄대학교 박서윤 교수 연구팀이 리튬금속전지의 수명을 약 3배로 늘리는 전해질 첨가제를 개발하고 \
중견 업체 다온셀과 기술이전 계약을 맺었다고 4일 밝혔다.\n실험 결과 새 첨가제를 넣은 전지는 1200회 충·방전 이후에도 초기 \
용량의 91%를 유지했고, 회사는 2028년 상용화를 목표로 한다.\n리튬금속전지는 에너지 밀도가 높지만 충전 과정에서 \
덴드라이트가 생겨 수명이 짧다는 약점이 있었다.\n박 교수는 \"기존 생산 라인을 그대로 쓸 수 있다는 점이 가장 큰 \
장점\"이라고 말했다.\n다온셀 대표는 \"드론용 전지부터 양산을 시작하겠다\"고 밝혔다.\n";
        let page = format!("{menus}{headline}\n{under}{story}");
        let b = split_blocks(&page);
        assert_eq!(find_title(&b).map(|i| &*b[i].text), Some(headline));
        assert!(looks_like_byline("최서연 기자") && looks_like_byline("송지훈 기자 jh.song@example.com"));
        assert!(!looks_like_byline("기자 회견이 열렸다"));
    }

    #[test]
    fn a_writer_s_credit_after_a_label_of_its_own_is_a_byline() {
        for line in ["Автор: Павел Русаков", "Аутор: Н. Стаменковић", "بقلم: مراسل صوت المرج", "Γράφει: Νίκος Παππάς"]
        {
            assert!(looks_like_byline(line), "{line}");
        }
        assert!(looks_like_byline("מאת דנה רוזנבאום"));
        // A trail of two crumbs set apart by a spaced slash or `>`.
        assert!(looks_like_masthead("Регионални / Кременска област") && looks_like_masthead("न्यूज़ / क्राइम"));
        assert!(looks_like_masthead("ニュース一覧 > 地域・交通"));
        assert!(!looks_like_masthead("Russia / Ukraine: talks resume in Geneva after a pause of two years"));
        // A credit among a report's details, set apart by dots or bars.
        assert!(is_credit("02 अक्टूबर 2025, 6:50 PM · संवाददाता: मनोज कुशवाहा · 👁 5,214 बार पढ़ा गया"));
        assert!(is_credit("Politics | By Jane Doe") && !is_credit("Politics · Business · Sport"));
        assert!(!looks_like_byline("מאת משרד התחבורה נמסר כי הקו ייפתח מחר."));
        for line in ["Автор: книга вышла в 2010 году.", "Текст: это было не так.", "Посёлок: десять домов"]
        {
            assert!(!looks_like_byline(line), "{line}");
        }
    }

    #[test]
    fn calendar_words_are_sorted_and_found_in_any_case() {
        assert!(CALENDAR.windows(2).all(|w| w[0] < w[1]));
        assert!(CALENDAR.iter().all(|w| w.len() <= CALENDAR_WORD_BYTES));
        for w in CALENDAR {
            assert!(is_calendar_word(w) && is_calendar_word(&w.to_uppercase()), "{w}");
        }
        assert!(is_calendar_word("Marzo") && is_calendar_word("septembre"));
        for w in ["", "The", "Mayor", "monthly", "wednesdays", "Péter", "Publiés", "aktualisiertes"] {
            assert!(!is_calendar_word(w), "{w}");
        }
    }

    #[test]
    fn chinese_and_japanese_bars_are_set_apart_by_ideographic_spaces() {
        // Menus, with ideographic spaces alone or with bars besides.
        assert!(looks_like_bar("首页　政务公开　政务服务　互动交流　专题专栏　数据开放"));
        assert!(looks_like_bar("ニュース　速報　政治　経済　国際　文化・芸能　スポーツ"));
        assert!(looks_like_bar("无障碍浏览　长者模式　English　繁體　|　登录　注册"));
        // Breadcrumbs, with a label before the first crumb, or full-width marks.
        assert!(looks_like_bar("当前位置：首页 > 政务公开 > 政府信息公开 > 新闻发布会"));
        assert!(looks_like_bar("You are here: Home > News > Local > Council tax rise approved"));
        assert!(looks_like_bar("ホーム ＞ 地域 ＞ 中部 ＞ 記事"));
        // A headline in two parts, a dated line and a story's sentence are none.
        assert!(!looks_like_bar("大雨で不通の葉月鉄道、復旧に３８億円　国と自治体が支援へ"));
        assert!(!looks_like_bar("2025年9月15日 星期一　台北 27°C 多雲"));
        assert!(!looks_like_bar("市长表示：“这条线路　将在年底前全线通车。”"));
    }

    #[test]
    fn a_chinese_headline_is_told_from_the_site_name_over_it_by_the_story_s_words() {
        let page = "东方日报\n\n青禾地铁三号线今日开通 城东到高铁南站只需三十五分钟\n\n\
                    青禾市地铁三号线今天上午正式开通运营，从城东新区到高铁南站只需三十五分钟，比坐公交节省将近一个小时。\n\n\
                    三号线全长二十八公里，共设车站十九座，开通首日客流超过十二万人次，不少市民专程前来尝鲜。\n";
        let blocks = split_blocks(page);
        assert_eq!(find_title_where(&blocks, |_| true), Some(1));
    }

    proptest::proptest! {
        /// The byte test finds a bar's separator exactly when one of its characters is there, a spaced
        /// slash, or a gap of three spaces.
        #[test]
        fn bar_separators_are_found_by_their_bytes(
            t in "([a-z ]{0,6}|\\||>|•|·|›|»|“|”|—|é|‹|«|·| / |\\x{3000}|｜|＞|＝|、|日|ｊ){0,12}"
        ) {
            let want = t.contains(['|', '>', '•', '·', '›', '»', '\u{3000}', '｜', '＞'])
                || t.contains(" / ")
                || t.contains("   ");
            proptest::prop_assert_eq!(has_bar_separator(&t), want);
        }

        /// A whole text's separators answer for each of its lines, trimmed, as a search of the line does:
        /// a separator counts only when it lies wholly inside the line.
        #[test]
        fn a_texts_separators_answer_for_its_lines_as_their_own_search(
            t in "([a-z ]{0,6}|\\||>|•|·|»|“|é| / | /|/ |  |\\n|\\x{3000}|｜){0,24}"
        ) {
            let seps = Separators::of(&t);
            for line in t.split('\n').map(str::trim) {
                proptest::prop_assert_eq!(seps.in_block(line), has_bar_separator(line), "{:?}", line);
            }
            let joined = t.replace('\n', " ");
            proptest::prop_assert_eq!(seps.in_block(&joined), has_bar_separator(&joined));
        }

        /// The lines are those `split('\n')` gives, and a line is blank exactly when it trims to nothing.
        #[test]
        fn lines_and_blank_lines_are_the_standard_ones(t in "([a-z.]{0,4}|\\n|\\r|\\t| |\\x{a0}|\\x{3000}|é){0,16}") {
            proptest::prop_assert_eq!(lines_of(&t).collect::<Vec<_>>(), t.split('\n').collect::<Vec<_>>());
            for line in t.split('\n') {
                proptest::prop_assert_eq!(is_blank(line), line.trim().is_empty(), "{:?}", line);
            }
        }
    }

    /// The block layer's own choice of headline, with no furniture test from the caller.
    fn find_title(blocks: &[Block<'_>]) -> Option<usize> {
        find_title_where(blocks, |_| true)
    }

    #[test]
    fn blank_lines_and_single_breaks_split() {
        let b = split_blocks("Title here now\n\nOne. Two.\nThree.\n\n\nFour.");
        let texts: Vec<_> = b.iter().map(|b| &*b.text).collect();
        assert_eq!(texts, ["Title here now", "One. Two.", "Three.", "Four."]);
        assert_eq!(b[2].line, 4);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "The quick brown fox jumped over the lazy dog and then it\n\
                    ran all the way home to its den beneath the old oak tree\n\
                    where it slept.\n";
        let b = split_blocks(text);
        assert_eq!(b.len(), 1);
        assert!(b[0].text.contains("then it ran all"));
        // A quotation folded by a mail client keeps its mark on the first line alone.
        let text = "> The quick brown fox jumped over the lazy dog and then it\n\
                    > ran all the way home to its den beneath the old oak tree\n\
                    > where it slept.\n";
        let b = split_blocks(text);
        assert_eq!(b.len(), 1);
        assert!(b[0].text.starts_with("> The quick") && b[0].text.contains("then it ran all the way"), "{b:?}");
        // Lines of dates and credits as wide as each other are furniture, one a line.
        let text = "Last Updated: Oct. 23, 2025 at 5:42 p.m. ET
First Published: Oct. 23, 2025 at 8:15 a.m. ET
\
By Rachel Obuya
";
        assert_eq!(split_blocks(text).len(), 3);
        // Nor is a headline joined to the date and credit line under it.
        let text =
            "Caldwell Foods to close Wakefield bakery with 420 jobs at risk\n03 March 2026 By FoodTrade Weekly staff\n";
        assert_eq!(split_blocks(text).len(), 2);
        assert!(looks_like_dated_credit("03 March 2026 By FoodTrade Weekly staff"));
        assert!(!looks_like_dated_credit("On 3 March 2026 by a vote of 31 to 18 the council approved the charge."));
        // Nor a headline to the lead under it, which runs far wider than a tool's wrapping would leave it.
        let text = "Carrigmoyle: Main Street na stałe bez samochodów. Radni zdecydowali\nRuch pieszy na głównej \
ulicy miasteczka wzrósł o 22 proc., ale część sklepikarzy skarży się, że klientów z okolicy jest mniej. Zmiany staną \
się ostateczne od 1 marca 2025 roku.\n";
        assert_eq!(split_blocks(text).len(), 2);
        // Nor a printed page's running head to its section's name, when one line stands over the last and
        // the last ends no sentence.
        assert_eq!(split_blocks("6 THE NORTHERN SENTINEL Friday 4 July 2025\nNEWS\n").len(), 2);
        // Nor a forum thread's title to the line of its starter and date, set apart by a dot.
        let text = "Ninth St bridge CLOSED as of this afternoon, city says\nThread starter riverrat_dan · Start \
date Jun 12, 2025\n";
        assert_eq!(split_blocks(text).len(), 2);
    }

    #[test]
    fn an_indented_paragraphs_last_line_is_joined_to_it() {
        // Python's textwrap at 66 columns, each paragraph's first line indented by four spaces: the indent
        // is part of the width, so "according to" was as full as its line could be.
        let text = "    Bridge collapse on River Wend kills four, injures 23\n    \
A road bridge over the River Wend collapsed during the evening\n\
rush hour on Thursday, sending at least nine cars into the water\n\
and killing four people, officials said.\n    \
Divers searched the river through the night. Police said two\n\
people were still missing on Friday morning.\n    \
The bridge carried about 18,000 vehicles a day, according to\n\
the regional transport agency.";
        let b = split_blocks(text);
        let texts: Vec<&str> = b.iter().map(|b| &*b.text).collect();
        assert_eq!(texts.len(), 4, "{texts:#?}");
        assert!(texts[3].ends_with("according to the regional transport agency."), "{texts:#?}");
    }

    /// A page of one paragraph per line, each line then folded at `width` columns as `fold -s` does.
    fn folded(text: &str, width: usize) -> String {
        let mut out = String::new();
        for line in text.lines() {
            let mut cur = String::new();
            for word in line.split(' ') {
                if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
                    out.push_str(&cur);
                    out.push('\n');
                    cur.clear();
                }
                if !cur.is_empty() {
                    cur.push(' ');
                }
                cur.push_str(word);
            }
            out.push_str(&cur);
            out.push('\n');
        }
        out
    }

    #[test]
    fn paragraphs_folded_at_a_width_with_no_blank_line_between_are_rejoined() {
        let page = "\
Ferry service to the island resumes
The ferry service to the island resumed on Friday after a two-week strike by crews ended, the operator said.
Crossings left the harbour at six in the morning with forty passengers on board, and more were turned away.
Fares are frozen.
Union leaders warned that talks on pay could break down again if the operator did not keep its word to staff.
- 12 crossings a day
- fares frozen until spring
";
        for width in [60, 72, 80] {
            let text = folded(page, width);
            let b = split_blocks(&text);
            let texts: Vec<&str> = b.iter().map(|b| &*b.text).collect();
            let expected: Vec<&str> = page.lines().collect();
            assert_eq!(texts, expected, "{text}");
        }
        // With a list of links in the same group, under the story.
        let links =
            "Ferry timetable changes for winter\nIsland school reopens\nHarbour bridge reopens\nStorm closes road\n";
        for width in [60, 72] {
            let text = folded(&format!("{page}{links}"), width);
            let texts: Vec<String> = split_blocks(&text).into_iter().map(|b| b.text.into_owned()).collect();
            assert_eq!(texts, format!("{page}{links}").lines().collect::<Vec<_>>(), "{text}");
        }
        // Python's textwrap breaks after a word's hyphen (here at 71 columns).
        let text = "\
The magnitude 6.8 tremor struck at 4.12am local time, about 80km north-
east of Arequipa, the US Geological Survey said on Friday. Rescue crews
reached the town by road on Saturday afternoon.
";
        assert_eq!(
            split_blocks(text)[0].text,
            "The magnitude 6.8 tremor struck at 4.12am local time, about 80km north-east of Arequipa, the US \
             Geological Survey said on Friday. Rescue crews reached the town by road on Saturday afternoon."
        );
        // One wrapped item of a list, in a report wrapped throughout.
        let report = "\
The company will reduce its workforce by approximately 1,200 positions, primarily in its distribution network.

Highlights:
- Net sales increased 8% to $21.6 billion
- Net income of $3.2 billion, compared with $2.9 billion in the prior-year period
- Adjusted EPS of $1.47, up 11%
";
        let texts: Vec<String> = split_blocks(&folded(report, 72)).into_iter().map(|b| b.text.into_owned()).collect();
        assert_eq!(texts, report.lines().filter(|l| !l.is_empty()).collect::<Vec<_>>());
        // A line that ends on "Mr." runs on: the sentence goes on in the next line.
        let lead = "The ferry service resumed on Friday after talks led by Mr.";
        let page = format!(
            "{lead} Ali Khan ended a strike by crews at the harbour.\n\
Union leaders warned that talks on pay could break down again if the operator did not keep its word.\n"
        );
        let text = folded(&page, lead.len());
        let b = split_blocks(&text);
        assert_eq!(b.iter().map(|b| &*b.text).collect::<Vec<_>>(), page.lines().collect::<Vec<_>>());
        // Lines of links of every length up to the widest stay apart.
        let links = "\
Storm damage closes the coastal road between the two villages overnight
Ferry timetable changes for winter
City council elections: who is standing in the ward this year
Island school reopens after repairs to its roof and windows
Harbour bridge reopens
";
        assert_eq!(split_blocks(links).len(), 5);
    }

    #[test]
    fn tables_are_found_in_markdown_and_with_tabs() {
        let rows = |text: &str| {
            let b = split_blocks(text);
            table_rows(&b.iter().map(|b| &*b.text).collect::<Vec<_>>())
        };
        use Row::{Cells, Rule};
        let md = "Results:\n\n| Party | Seats |\n|---|--:|\n| Greens | 24 |\n| Liberals | 6 |\n\nTurnout rose.\n";
        assert_eq!(rows(md), [None, Some(Cells), Some(Rule), Some(Cells), Some(Cells), None]);
        let tabs = "Party\tSeats\tShare\nGreens\t24\t31.4%\nLiberals\t6\t8.1%\nTurnout rose.\n";
        assert_eq!(rows(tabs), [Some(Cells), Some(Cells), Some(Cells), None]);
        // Bars of links are not tables: no line of dashes under them, and one line of tabs is no table.
        let bars = "Home | World | Sport\nNews | Weather | Travel\n\nA\tB\n\nMore text here.\n";
        assert_eq!(rows(bars), [None; 4]);
    }

    #[test]
    fn list_items_start_with_a_bullet_or_a_number_and_a_stop() {
        for item in ["- 12 crossings a day", "• fares frozen", "1. Fares", "2) Timetables", "10. Ten"] {
            assert!(is_list_item(item), "{item}");
        }
        for not in ["2.3% after hours.", "1.5 million people", "-5C overnight", "100. Hundred"] {
            assert!(!is_list_item(not), "{not}");
        }
    }

    #[test]
    fn title_skips_datelines_bars_and_labels() {
        let b = split_blocks(
            "Now Reading\nTue, 21-Oct-2025\n\nAds | Ads | Ads | Ads\n\nPosted on:\n\nA real headline about things\n",
        );
        assert_eq!(find_title(&b).map(|i| &*b[i].text), Some("A real headline about things"));
    }

    #[test]
    fn a_menu_item_is_no_headline_above_the_pages_own() {
        let b = split_blocks(
            "* [News](/news)\n* [Politics](/politics)\n* [Port Ellery Votes 2025](/votes)\n* [Sport](/sport)\n\n\
             # Vantreight wins Port Ellery mayoralty as turnout climbs\n\nPORT ELLERY - Marisol Vantreight was \
             elected mayor on Sunday night, winning 48,312 votes.\n",
        );
        let title = find_title(&b).map(|i| &*b[i].text);
        assert_eq!(title, Some("# Vantreight wins Port Ellery mayoralty as turnout climbs"), "{b:#?}");
        // A numbered item may open a headline.
        let b = split_blocks("1. FC Köln beat Bayern in the cup final\n\nCologne won 2-1 on Saturday night.\n");
        assert_eq!(find_title(&b), Some(0));
    }

    #[test]
    fn a_hebrew_headline_meets_its_story_without_the_letters_joined_to_its_words() {
        // The headline's "הרכבת" (the train) and "לדקלים" (to Dekalim) are the story's "רכבת" and
        // "הדקלים": the site's name and motto above it give way, as its copyright line names the site.
        let text = "נחליאלי נט - האתר של קריית נחליאלי
ראשי | חדשות העיר | עירייה | חינוך | קהילה | ספורט
יום חמישי, 11 בספטמבר 2025

ראשי > חדשות העיר > תחבורה
מאת: אלון דהן | 11/09/2025 13:20

זה קרה: הרכבת הקלה הגיעה לדקלים
אחרי ארבע שנים של חפירות, הקו הירוק הגיע הבוקר לשכונת הדקלים ולאזור התעשייה הצפוני. מאות תושבים התקבצו \
בתחנות כבר לפני חמש וחצי.
ההארכה החדשה ארוכה 7.4 ק\"מ ויש בה תשע תחנות, מהתחנה המרכזית ועד תחנת הסוף. המחיר: 2.3 מיליארד שקל.
הרכבות ייצאו כל שש דקות בשעות העומס. לפי חברת רכבת קלה נחליאלי, הנסיעה מהדקלים למרכז העיר תימשך 22 דקות.

נחליאלי נט © 2025 | כל הזכויות שמורות
";
        let b = split_blocks(text);
        assert_eq!(find_title(&b).map(|i| &*b[i].text), Some("זה קרה: הרכבת הקלה הגיעה לדקלים"));
    }

    #[test]
    fn a_browser_window_s_title_gives_way_to_the_headline_it_words_its_own_way() {
        let story = "Subuh tadi warga Tanjung Seruni dikejutkan kabar terbakarnya Pasar Sukamulya. Api diduga berasal \
dari korsleting listrik di Blok C dan merambat ke ratusan kios.\n\nMenurut petugas pemadam kebakaran, sebanyak 312 kios \
pedagang di pasar itu ludes terbakar. Tidak ada korban jiwa dalam kebakaran tersebut.\n";
        let headline = "Pasar Sukamulya Terbakar Subuh Tadi, Ratusan Kios Ludes";
        // The site's name before a colon, and the page's name line under it.
        let page = format!(
            "Kabar Seruni: Pasar Sukamulya Terbakar, Ratusan Kios Ludes\nKabar Seruni\nBeranda\nKontak\n\n\
Minggu, 09 Maret 2025\n{headline}\nDiposting oleh Kang Dedi Suherman\n{story}"
        );
        let b = split_blocks(&page);
        assert_eq!(find_title(&b).map(|i| &*b[i].text), Some(headline));
        // The site's name after a bar, given by the copyright line alone, and the browser's after it.
        let page = format!(
            "Pasar Sukamulya terbakar, ratusan kios ludes | Berita Kilat — Mozilla Firefox\nBeranda\n\n{headline}\n\n{story}\n\
© 2025 Berita Kilat. Hak cipta dilindungi.\n"
        );
        let b = split_blocks(&page);
        assert_eq!(find_title(&b).map(|i| &*b[i].text), Some(headline));
        // A headline with a colon, over a standfirst in the story's words, and no site's name given again:
        // the headline stays.
        let first = "Kebakaran: Pasar Sukamulya Terbakar Subuh Tadi";
        let page = format!("{first}\n\n312 Kios Pasar Sukamulya Terbakar, Api dari Blok C\n\n{story}");
        let b = split_blocks(&page);
        assert_eq!(find_title(&b).map(|i| &*b[i].text), Some(first));
    }

    #[test]
    fn a_line_above_the_headline_that_the_story_never_uses_is_not_the_title() {
        let lead = "Researchers in Norway have made an enzyme that digests plastic at room temperature, which \
could cut the energy used in recycling by half.";
        for header in ["THE MORNING LEDGER", "Your town. Your news.", "Markets Investing Personal Finance Economy"] {
            let text = format!(
                "{header}\n\nEnzyme that eats plastic at room temperature could cut recycling costs\n\n{lead}\n"
            );
            let b = split_blocks(&text);
            assert_eq!(find_title(&b).map(|i| &*b[i].text).unwrap_or_default(), &*b[1].text, "{header}");
        }
        // A headline in words the story does not use stays the title above a short first paragraph.
        let text = format!("Cavis sulely vonetion\n\nNorway's enzyme digests plastic at room temperature.\n\n{lead}\n");
        assert_eq!(find_title(&split_blocks(&text)), Some(0));
        // A headline in words of its own stays the title, above a summary in the story's words.
        let text = format!(
            "A miracle in the cold\n\nEnzyme that eats plastic at room temperature could cut recycling costs\n\n\
{lead}\n\nScientists called it a small miracle for plants that burn gas to heat their plastic waste first.\n"
        );
        let b = split_blocks(&text);
        assert_eq!(find_title(&b), Some(0));
    }

    #[test]
    fn a_headline_under_menus_set_one_item_a_line_is_in_reach() {
        let menu = |items: &[&str]| items.join("\n");
        let text = format!(
            "Skip to content\n{}\n\nNBN News\n{}\n\nTreasurer jailed for stealing £2.4m from a hospice\n\n3 March \
2026\n\nA former hospice treasurer who stole £2.4m over eleven years was jailed for seven years on Tuesday.\n",
            menu(&["Accessibility Help", "Your account", "Home", "News", "Sport", "Weather", "Sounds", "More menu"]),
            menu(&["Menu", "Home", "UK", "World", "Business", "Politics", "Tech", "Science", "Health", "Local News"]),
        );
        let b = split_blocks(&text);
        assert_eq!(
            find_title_where(&b, |t| t != "Skip to content").map(|i| &*b[i].text),
            Some("Treasurer jailed for stealing £2.4m from a hospice")
        );
    }

    #[test]
    fn the_line_a_credit_stands_beside_heads_the_story() {
        let story = "Darren Pollard, the man who took the lead off the church roof in the village, was jailed yesterday \
at the crown court for the theft.\n\nThe village appeal for the roof has now reached £11,500, the vicar said.";
        let title = |page: &str| {
            let b = split_blocks(page);
            find_title(&b).map(|i| b[i].text.to_string())
        };
        // A blog's name shares the village's words; its post's title is the one the date and credit mark.
        let page = format!(
            "Hallowmere Village Voice\nNews and notices from our corner\nHome\nAbout\nEvents\n\
Posted on March 4, 2025 by Geoff Minns\nChurch roof thief gets jail in village\nLeave a comment\n{story}\n"
        );
        assert_eq!(title(&page).as_deref(), Some("Church roof thief gets jail in village"));
        // A summary's points under a headline, the byline under the last: the point is no headline. (So a
        // headline right under a widget's rows, "Wrexley Athletic 3, Dunmore United 2", gives way to them.)
        let page = format!(
            "Daily Clarion\nLatest Headlines World News\nLogin\nAdvertisement\n\
Church roof thief who stripped lead from the village church over four nights is jailed\n\
Darren Pollard took two tonnes of lead from the church roof\n\
The village has raised £11,500 to repair the church roof\nBy TOM HOLLOWAY FOR CLARION\n\n{story}\n"
        );
        assert_eq!(
            title(&page).as_deref(),
            Some("Church roof thief who stripped lead from the village church over four nights is jailed")
        );
        // The summary under a headline has the byline under it too, and never takes its place.
        let page = format!(
            "Gazette\nNews\nSport\nJobs\nNews › Crime › Courts\nMan jailed for stripping lead from church roof\n\
Darren Pollard took more than two tonnes of metal from the church roof over four nights, a court heard\n\
By Fiona Treadgold\n\n{story}\n"
        );
        assert_eq!(title(&page).as_deref(), Some("Man jailed for stripping lead from church roof"));
        // A ticker over the headline; the headline's credit labelled.
        let page = format!(
            "KFNW 6\nNews\nWeather\nBREAKING\nThird lead theft reported; police patrol the churchyard overnight\n\
Advertisement\nLOCAL NEWS\nChurch roof thief jailed for stripping lead\nAuthor: Brianna Soto\n\n{story}\n"
        );
        assert_eq!(title(&page).as_deref(), Some("Church roof thief jailed for stripping lead"));
        // A body's name over the headline that opens with it.
        let page = format!(
            "Hallowmere Parish Church\nVisit\nServices\nPress\nFOR IMMEDIATE RELEASE\n\
Hallowmere Parish Church thanks the village as roof thief is jailed\n\n{story}\n\nThe parish of Hallowmere \
raised the rest of the money for the church roof at a quiz night, the vicar said.\n"
        );
        assert_eq!(
            title(&page).as_deref(),
            Some("Hallowmere Parish Church thanks the village as roof thief is jailed")
        );
        // A video's title, its length under it, over the headline.
        let page = format!(
            "TV Sud\nInfo\nRegarder\nThe church roof thief caught on camera stripping lead\n0:45\nPublicité\n\
Church roof thief jailed for stripping lead\n\n{story}\n"
        );
        assert_eq!(title(&page).as_deref(), Some("Church roof thief jailed for stripping lead"));
    }

    #[test]
    fn a_credit_under_the_standfirst_or_a_bare_name_over_the_date_marks_the_headline() {
        let story = "Wrenfield Dairy has recalled three batches of its cheese dip after listeria was found during \
routine checks at its creamery.\n\nThe recalled pots of cheese dip were sold in two supermarket chains, the dairy said.";
        let title = |page: &str| {
            let b = split_blocks(page);
            find_title(&b).map(|i| b[i].text.to_string())
        };
        let headline = "Wrenfield pulls cheese dip from shelves after listeria found";
        let standfirst = "Dairy halts one line at its creamery as three batches of dip are recalled";
        // A site's name, which shares a word with the story, and its motto over the headline; the standfirst between the headline and its byline.
        for credit in [
            "By Rachel Oyelaran | 6 November 2025 | 3:48 pm",
            "Rachel Oyelaran\n6 November 2025",
            "Rachel Oyelaran  06-11-25, 15:48",
        ] {
            let page = format!(
                "Dairy Trade Weekly\n\nThe business of grocery and dairy\n\nNews | Retailers | Suppliers\n\n\
{headline}\n\n{standfirst}\n\n{credit}\n\n{story}\n"
            );
            assert_eq!(title(&page).as_deref(), Some(headline), "{credit}");
        }
        // The date of posting, with its year, marks it as a credit does ([`dated_line`]).
        let page = format!(
            "Dairy Trade Weekly\n\nThe business of grocery and dairy\n\nNews | Retailers | Suppliers\n\n\
{headline}\n\n{standfirst}\n\n6 November 2025\n\n{story}\n"
        );
        assert_eq!(title(&page).as_deref(), Some(headline));
        // A name over a line that is no date is no credit.
        let page = format!(
            "Dairy Trade Weekly\n\nThe business of grocery and dairy\n\nNews | Retailers | Suppliers\n\n\
{headline}\n\n{standfirst}\n\nRachel Oyelaran\nFollow\n\n{story}\n"
        );
        assert_eq!(title(&page).as_deref(), Some("Dairy Trade Weekly"));
    }

    #[test]
    fn a_masthead_over_the_days_date_that_the_copyright_line_names_is_no_headline() {
        let page = |copyright: &str| {
            format!(
                "The Coastal Times\nMonday, September 15, 2025\nLocal   Nation   World   Science   Business\n\n\
Science\n\nAustralian landing brings asteroid samples home\n\nBy Helen Marsh\n\
Published Sept. 15, 2025, 5:02 a.m. ET\n\n\
A capsule carrying rock and dust from the asteroid Tamsin landed in the South Australian outback, ending a \
six-year round trip for the agency's probe.\n\n\
The capsule touched down at 9:42 a.m. local time on 13 September 2025 inside the test range, the agency \
said.\n\n\
Recovery teams reached the capsule within 90 minutes and confirmed that its heat shield had worked.\n\n\
{copyright}\n"
            )
        };
        let title = |page: &str| {
            let b = split_blocks(page);
            find_title(&b).map(|i| b[i].text.to_string())
        };
        assert_eq!(
            title(&page("© 2025 The Coastal Times Company")).as_deref(),
            Some("Australian landing brings asteroid samples home")
        );
        // Without the copyright line to name the site, the first marked line stays the title.
        assert_eq!(title(&page("Contact us")).as_deref(), Some("The Coastal Times"));
    }

    #[test]
    fn a_live_pages_credit_with_each_writers_turn_in_brackets_is_a_byline() {
        assert!(looks_like_byline("Live coverage by Marcus Delaney (now) and Aisha Bello (earlier)"));
        assert!(looks_like_byline("Live coverage by Marcus Delaney"));
        assert!(!looks_like_byline("Live coverage by the station (which) was cut"));
        assert!(!looks_like_byline("Coverage by satellite was patchy"));
    }

    #[test]
    fn a_writers_name_over_their_job_and_the_date_marks_the_headline_not_the_job() {
        // The job, over the date, read as a headline that a credit marks, and took the headline's place: the
        // story shares two of its words.
        let page = "HealthWatch Magazine\nConditions  Treatments  Wellbeing  Research\nResearch\n\n\
Diabetes patients with kidney damage may gain from once-a-week shot, study suggests\n\nSarah Okafor\n\
Senior Health Writer\n14 May 2025\n\nFact checked by our medical review board\n\nPeople living with type 2 \
diabetes and kidney disease could soon protect their kidney health with a once-weekly shot, a trial found.\n\n\
Researchers tested the shot in 4,812 volunteers at 312 hospitals, and kidney damage was less common, the \
trial's senior author said.\n";
        let b = split_blocks(page);
        let title = find_title(&b).map(|i| b[i].text.to_string());
        assert_eq!(
            title.as_deref(),
            Some("Diabetes patients with kidney damage may gain from once-a-week shot, study suggests")
        );
        assert!(writers_job("Senior Health Writer") && writers_job("Staff Reporter") && writers_job("Editor"));
        assert!(!writers_job("Kidney drug shows promise") && !writers_job("the health writer"));
    }

    #[test]
    fn the_date_over_the_byline_marks_a_headline_of_a_quotation_and_more_words() {
        let story = "The Ninth Street Bridge was closed on Thursday after inspectors found damaged steel beams under \
its deck, and the city said it would stay shut until repairs.\n\nThe bridge carries about 18,400 vehicles a day \
across the river, city engineers said.";
        let headline = "'We are not going to take any chances': Ninth Street Bridge closed after inspectors find \
damaged beams";
        // A list of top stories over the headline, the first of them on the same story.
        let page = format!(
            "WCXR NewsCenter 11\nNews\nWeather\nTop Stories\nNinth Street Bridge closed after inspectors find \
damage\nMan charged in gas station robbery\nCounty fair returns with new shows\nLocal News\n{headline}\n\
Published: Jun. 12, 2025 at 3:47 PM EDT\nBy Kendra Moll-Hayes\n\n{story}\n"
        );
        let b = split_blocks(&page);
        assert_eq!(find_title(&b).map(|i| &*b[i].text), Some(headline));
    }

    #[test]
    fn a_site_name_among_its_menu_lines_gives_way_though_it_shares_a_word() {
        let story = "Storm Fenella has brought travel chaos to large parts of northern Scotland, with gusts of up to \
85mph recorded in the Highlands.";
        let text = format!(
            "The Scotland Herald\nMenu\nSubscribe\n\nStorm Fenella: 85mph winds bring travel chaos to Scotland\n\n{story}\n"
        );
        let b = split_blocks(&text);
        assert_eq!(
            find_title(&b).map(|i| &*b[i].text),
            Some("Storm Fenella: 85mph winds bring travel chaos to Scotland")
        );
        // Standing apart, a first line that shares a word with the story stays the headline.
        let text =
            format!("Scotland braces for the storm\n\nStorm Fenella: 85mph winds bring travel chaos\n\n{story}\n");
        let b = split_blocks(&text);
        assert_eq!(find_title(&b), Some(0));
    }

    #[test]
    fn a_headline_the_page_sets_out_again_is_the_title_under_a_name() {
        let story = "Three men were arrested on Tuesday over the theft of 1,870 hams from a curing shed in \
Villaseca, and most of the hams were found in a warehouse.\n\nThe owners said the theft had cost them three \
years of work and that the village had been in shock.";
        let headline = "Three arrested over theft of 1,870 hams from curing shed";
        let title = |page: &str| {
            let b = split_blocks(page);
            find_title(&b).map(|i| b[i].text.to_string())
        };
        // The last crumb of the breadcrumb trail, under the site's name and its date.
        let page = format!(
            "Villaseca Today\nWednesday, 12 February 2025\nHome\nNews\nSport\n\
Home › Crime › {headline}\nCRIME\n{headline}\nNewsdesk\n\n{story}\n"
        );
        assert_eq!(title(&page).as_deref(), Some(headline));
        // A newsletter's name over its share card and its post's title, which ends with a full stop.
        let post = "Your hams are probably safe. The shed's lock isn't.";
        let page = format!(
            "The Curing Shed\nSubscribe\nSign in\nShare this post\nThe Curing Shed\n{post}\nCopy link\n\
Facebook\n{post}\n\n{story}\n\nThanks for reading The Curing Shed! Subscribe for free to receive new posts and \
support the shed.\n"
        );
        assert_eq!(title(&page).as_deref(), Some(post));
        // The same page without its share card: the name stays the title, for nothing tells the post's
        // title from a summary under a headline.
        let page = page.replacen(&format!("{post}\nCopy link"), "Copy link", 1);
        assert_eq!(title(&page).as_deref(), Some("The Curing Shed"));
        // A first line of more than a few words is a headline, whatever the page repeats under it.
        let page = format!(
            "Villaseca shed theft: the village counts the cost\nCRIME\n{headline}\n\n{story}\n\nMost read\n{headline}\n"
        );
        assert_eq!(title(&page).as_deref(), Some("Villaseca shed theft: the village counts the cost"));
    }

    #[test]
    fn a_label_among_menu_lines_gives_way_to_the_headline_that_sums_up_the_story() {
        let story = "Three men were arrested on Tuesday over the theft of 1,870 hams from a curing shed in \
Villaseca, and most of the hams were found in a warehouse.\n\nThe owners said the theft of the hams had cost them \
three years of work, and the village was in shock.";
        let title = |page: &str| {
            let b = split_blocks(page);
            find_title(&b).map(|i| b[i].text.to_string())
        };
        // A region's label, then a section's, over the headline.
        let page = format!(
            "Latest\nSpain\nVillaseca and Tormes\nCRIME\nThree arrested over theft of 1,870 hams from \
Villaseca curing shed\n\n{story}\n"
        );
        assert_eq!(title(&page).as_deref(), Some("Three arrested over theft of 1,870 hams from Villaseca curing shed"));
        // A kicker right over the headline, under no menu, that shares a word of the story.
        let page = format!(
            "Crime › Spain\n\nSalamanca warehouse raid\nThree arrested after 1,870 hams stolen from curing shed found \
in warehouse\n{story}\n"
        );
        assert_eq!(
            title(&page).as_deref(),
            Some("Three arrested after 1,870 hams stolen from curing shed found in warehouse")
        );
        // A kicker right over the headline.
        let page = format!(
            "Latest\nSpain\nVillaseca ham theft\nThree arrested after 1,870 hams stolen from curing shed found \
in warehouse\n\n{story}\n"
        );
        assert_eq!(
            title(&page).as_deref(),
            Some("Three arrested after 1,870 hams stolen from curing shed found in warehouse")
        );
        // A headline among menu lines, with its summary right under it: the headline stays the title.
        let page = format!(
            "Live\nCrime\nVillaseca ham theft: arrests made – as it happened\nThree men arrested over the theft \
of 1,870 hams from a curing shed, most of them found in a warehouse\n\n{story}\n"
        );
        assert_eq!(title(&page).as_deref(), Some("Villaseca ham theft: arrests made – as it happened"));
    }

    #[test]
    fn a_label_over_a_live_report_is_no_menu() {
        // A section's label over the headline, and a summary whose lines share more words with the live
        // report's first updates than the headline does: the headline is still the title.
        let updates = [
            "Merton Police have confirmed that a fourth person has died in hospital, where eleven people remain this evening.",
            "A council inspection report from March 2019 recorded significant cracking in two of the main support piers.",
            "The report recommended repairs costing £1.4m, but the work was postponed twice, council papers show.",
            "Police say two cars and a single-decker bus were on the bridge when it fell into the river this morning.",
        ];
        let text = format!(
            "Reject all\n\nLIVE\nHarbour bridge collapse: rescue teams search river after span falls\nUpdated 14 \
minutes ago\n\nSummary\nPart of the harbour bridge collapsed into the river on Tuesday\nFour people have died and \
11 are in hospital, police say\n\n{}\n",
            updates.join("\n\n")
        );
        let b = split_blocks(&text);
        assert_eq!(
            find_title(&b).map(|i| &*b[i].text),
            Some("Harbour bridge collapse: rescue teams search river after span falls")
        );
        assert!(!among_menu_lines(&b, 2, |_| false), "{:?}", b[2].text);
    }

    #[test]
    fn a_row_of_a_scores_widget_is_not_the_title() {
        let text = "LIVE NOW\nFT  Ashford Rovers 3-2 Castlebridge City\n67'  Dunmore Athletic 1-0 Elmfield Town\n\n\
Ashford Rovers 3-2 Castlebridge City: Okonjo double seals comeback\n\n\
Substitute Tayo Okonjo scored twice as Ashford Rovers came from two goals down to beat Castlebridge City.\n";
        let b = split_blocks(text);
        assert_eq!(
            find_title(&b).map(|i| &*b[i].text),
            Some("Ashford Rovers 3-2 Castlebridge City: Okonjo double seals comeback")
        );
        // One line with a double space in it, alone, may still be the headline.
        let b = split_blocks(
            "Storm  hits the coast\n\nThe storm hit the coast on Monday and cut power to thousands of homes there.\n",
        );
        assert_eq!(find_title(&b), Some(0));
    }

    #[test]
    fn a_short_headline_above_the_story_is_the_title() {
        let b = split_blocks(
            "Flood warning\n\nThe river rose two metres overnight, and the town hall was closed until the water went down.\n",
        );
        assert_eq!(find_title(&b), Some(0));
        // A label above a real headline stays a label.
        let b = split_blocks("World news\n\nRiver rises two metres overnight\n\nThe town hall was closed on Monday.\n");
        assert_eq!(find_title(&b), Some(1));
        // A dated line above the story is not a headline, however short.
        let b = split_blocks(
            "21 October\n\nThe river rose two metres overnight, and the town hall was closed until the water went down.\n",
        );
        assert_eq!(find_title(&b), Some(1));
    }

    #[test]
    fn a_short_headline_over_its_credit_lines_is_the_title() {
        let story = "A fire broke out at a harbour warehouse on Tuesday night, the fire service said to reporters.";
        let title = |page: String| find_title(&split_blocks(&page));
        assert_eq!(title(format!("Harbour Blaze\n\nBy Jane Doe, Local Democracy Reporter\n\n{story}\n")), Some(0));
        assert_eq!(title(format!("Harbour blaze\n\n21 October 2026\n\nBy Jane Doe\n\n{story}\n")), Some(0));
        // Over a byline, one word is a section's label as often as a headline: the lead heads the story.
        assert_eq!(title(format!("Crime\n\nBy Jane Doe\n\n{story}\n")), Some(2));
    }

    #[test]
    fn a_lists_items_are_blocks_whatever_their_widths() {
        let b = split_blocks(
            "Key points\n\n- Crews ended their two-week strike and the ferry service resumed\n\
             - The first crossing carried forty passengers and a lorry of post\n\
             \u{20}\u{20}for the island's two shops\n1. Fares are frozen until the spring\n",
        );
        let texts: Vec<&str> = b.iter().map(|b| &*b.text).collect();
        assert_eq!(
            texts,
            [
                "Key points",
                "- Crews ended their two-week strike and the ferry service resumed",
                "- The first crossing carried forty passengers and a lorry of post for the island's two shops",
                "1. Fares are frozen until the spring",
            ]
        );
    }

    #[test]
    fn a_story_without_a_headline_has_no_title() {
        let lead = "The river burst its banks early on Tuesday after three days of heavy rain, flooding more than \
                    200 homes in the lower town and forcing the council to open two shelters, officials said.";
        let more = "Rescuers worked through the night to reach families cut off in the outlying villages.";
        // A short paragraph under the lead is no headline, and neither is a subheading under two paragraphs.
        assert_eq!(find_title(&split_blocks(&format!("{lead}\n\nThe town was evacuated by noon.\n\n{more}\n"))), None);
        assert_eq!(find_title(&split_blocks(&format!("{lead}\n\n{lead}\n\nRescue efforts\n\n{more}\n"))), None);
        // The same in a script without spaces, whose every character counts as a word.
        let b = split_blocks(
            "东京电力公司周二表示，将于明年开始排放处理过的水。日本政府已经批准了这项计划。\n\n该计划遭到邻国反对。\n",
        );
        assert_eq!(find_title(&b), None);
        // One paragraph above a line that reads as a headline may be furniture no rule names: the line
        // stays the headline.
        let text = format!("{lead}\n\nRiver floods lower town\n\n{more}\n");
        let b = split_blocks(&text);
        assert_eq!(find_title(&b), Some(1));
        // Prose the caller knows as furniture does not count, nor prose above furniture.
        let text = format!("{lead}\n\n{lead}\n\nThe town was evacuated by noon.\n");
        let b = split_blocks(&text);
        assert_eq!(find_title_where(&b, |t| t != lead), Some(2));
        let text = format!(
            "{lead}\n\n{lead}\n\nAccept all | Reject all | Manage preferences\n\nRiver floods lower town\n\n{more}\n"
        );
        let b = split_blocks(&text);
        assert_eq!(find_title(&b), Some(3));
    }

    #[test]
    fn a_markdown_heading_is_the_title_without_its_marks() {
        let b = split_blocks("Menu\n\n## Floods\n\nThe river rose two metres overnight.\n");
        assert_eq!(find_title(&b), Some(1));
        assert_eq!(headline_text(&b[1].text), "Floods");
        assert_eq!(headline_text("#hashtag campaign"), "#hashtag campaign");
        assert!(!is_markdown_heading("####### seven"));
    }

    #[test]
    fn full_stops_of_other_scripts_end_sentences() {
        assert!(ends_sentence("東京都は新しい橋の建設計画を承認した。"));
        assert!(ends_sentence("「橋を守る！」"));
        assert!(ends_sentence("नदी का जल स्तर बढ़ा।"));
        assert!(!ends_sentence("漢字のタイトル"));
    }

    #[test]
    fn navigation_breadcrumbs_and_bylines_are_not_headlines() {
        assert!(looks_like_nav("Menu Search Log in") && looks_like_nav("NEWS | SPORT"));
        assert!(is_jump_line("Continued on Page 9") && is_jump_line("Dokończenie na str. 4"));
        // A mail's header and a list's subject.
        assert!(is_mail_header("From: Arvid Lindqvist-Moe <arvid@varme.example>") && is_mail_header("Betreff: Termin"));
        assert!(is_mail_header("Ämne: Sandbatteriet") && is_mail_header("À : liste@exemple.example"));
        assert!(!is_mail_header("Fromage: a cheese") && !is_mail_header("The mayor said: no"));
        assert!(is_mail_subject("[heatstore-l] Re: Sand battery numbers for Vuorenkaltio?"));
        assert!(is_mail_subject("Fwd: Council minutes") && !is_mail_subject("Reuters: Oil prices rise"));
        // A trail from the home page names longer sections; one from elsewhere, or a sentence, does not.
        assert!(looks_like_bar(
            "Home > Health and safety > Product recalls and safety alerts > Consumer product recalls"
        ));
        assert!(!looks_like_bar("Rates > inflation > the bank's forecast for the coming year > wages"));
        // Bars set apart by runs of spaces: labels, or datelines each; a spaced-out table's row is story.
        assert!(looks_like_bar("Uutiset   Urheilu   Kaiku Play   Sää   Haku"));
        assert!(looks_like_bar("Publicerad 10 sep 2024 kl. 14.05   Uppdaterad 10 sep 2024 kl. 16.40"));
        assert!(!looks_like_bar("Revenue   $7.36bn   up 18%") && !looks_like_bar("Halvorsen United   2   1"));
        assert!(!looks_like_bar("The ferry left at six.   The crews were back at work on Friday.   Fares rose."));
        assert!(is_jump_line("Fortsetzung auf Seite 4") && is_jump_line("Continued from page A1"));
        assert!(!is_jump_line("Continued on the next page") && !is_jump_line("Continued on Page 9, said the editor."));
        // Share buttons, set apart by spaces alone; two networks at least, and nothing but their words.
        assert!(looks_like_share_bar("Facebook   X   WhatsApp   E-mail"));
        assert!(looks_like_share_bar("Facebook Twitter LinkedIn Copiar link"));
        assert!(!looks_like_share_bar("Email Print") && !looks_like_share_bar("Facebook and X"));
        assert!(!looks_like_share_bar(
            "Facebook X WhatsApp LinkedIn Reddit Telegram Email Print Copy link Share SMS Mail"
        ));
        assert!(!looks_like_nav("Search continues for missing climber"));
        assert!(looks_like_bar("Home > World > Europe") && looks_like_bar("Home › Business › Markets"));
        assert!(!looks_like_bar("Inflation > 5% for the third month running, and wages > prices > savings"));
        assert!(looks_like_bar("AI / Chips / Business") && has_bar_separator("News / Local"));
        assert!(!looks_like_bar("Rates rose on 28/10/2025 and/or fell, traders / analysts / economists said today"));
        assert!(!looks_like_bar("News/Local/Sport") && !has_bar_separator("and/or 24/7"));
        assert!(looks_like_byline("By Jane Doe, Reuters") && looks_like_byline("By Ana Ruiz and Tom Lee"));
        assert!(looks_like_byline("Ana Ruiz and agencies") && !looks_like_byline("Aid agencies"));
        assert!(!looks_like_byline("By Tuesday the river had risen two metres"));
        assert!(looks_like_byline("By Ana Ruiz, Europe correspondent"));
        assert!(looks_like_byline("By Ana Ruiz, Chief Reporter | 14:32, Tuesday, 10 March 2026"));
        assert!(looks_like_byline("Posted by River Watch on 11 March 2026"));
        assert!(looks_like_byline("Written by Tom Lee"));
        assert!(!looks_like_byline("By the end of the week the river had risen"));
        assert!(looks_like_byline("By our legal affairs correspondent") && looks_like_byline("By a Staff Reporter"));
        // The same in French, German, Spanish and Dutch pages.
        assert!(looks_like_byline("Par la rédaction de Lyon Actu") && looks_like_byline("Par Julien Morel"));
        // The agency a copy came with, and a live page's writer.
        assert!(looks_like_byline("Par la rédaction avec Meridian Press") && looks_like_byline("By Ana Ruiz with AP"));
        assert!(looks_like_byline("Live reporting by Owen Hale at Riverside Crown Court"));
        assert!(!looks_like_byline("By Tuesday with rain still falling the river rose"));
        assert!(!looks_like_byline("Live music by the river drew crowds all weekend"));
        assert!(looks_like_byline("Von Anna Schmidt und Jan Weber") && looks_like_byline("Por Lucía Martín Ortega"));
        assert!(looks_like_byline("Door Jan de Vries"));
        assert!(!looks_like_byline("Par ailleurs") && !looks_like_byline("Von Berlin nach Hamburg in vier Stunden"));
        assert!(looks_like_byline("By our foreign staff") && looks_like_byline("By our reporters"));
        assert!(!looks_like_byline("By a narrow margin") && !looks_like_byline("By our count, 40 homes"));
        assert!(!looks_like_byline("Posted by a neighbour who saw the flood"));
        // A desk's credit, and a reading time after a middle dot.
        assert!(looks_like_byline("Posted by the Kestrel Valley team · 5 min read"));
        // A portal's credit for the agency it carries.
        assert!(looks_like_byline("Provided by Nordwire · 3 min read"));
        // A site's account in place of a name, with its date before it.
        assert!(looks_like_byline("by admin | 3 min read"));
        assert!(crate::blocks::looks_like_dated_credit("May 7, 2024 by admin | 3 min read"));
        assert!(!looks_like_byline("by tomorrow the river will have risen"));
        assert!(looks_like_byline("By the City desk") && looks_like_byline("Words by Ana Ruiz • 3 min read"));
        assert!(!looks_like_byline("By Friday the team had gone home"));
        // The place of the report after the names.
        assert!(looks_like_byline("By Liam Gorecki at the Riverside Stadium"));
        assert!(!looks_like_byline("By Friday crews at the harbour had left"));
        // A name and a role, with no "by".
        assert!(looks_like_byline("Helen Okafor Health editor") && looks_like_byline("Ana Ruiz, Europe correspondent"));
        assert!(looks_like_byline("Tom Lee and Ana Ruiz in Lisbon, Staff writers"));
        assert!(looks_like_byline("Mark Jennings, Science Correspondent"));
        for line in [
            "Meet the new editor",
            "Letters to the Editor",
            "The Editor",
            "Rescue Team",
            "He was the editor.",
            "Guardian Appoints New Editor",
            "Olympic Champion Joins Relay Team",
        ] {
            assert!(!looks_like_byline(line), "{line}");
        }
        assert!(!looks_like_byline("By Tuesday the river had risen, and the town was cut off by noon"));
        assert!(
            looks_like_masthead("The Daily Courier | World news") && looks_like_masthead("Business | March 5, 2026")
        );
        assert!(!looks_like_masthead("Severnside Water ordered to pay | what the ruling means for you"));
        assert!(!looks_like_masthead("Home | World | Sport"));
        // A section and its place, a trail of two crumbs.
        assert!(looks_like_masthead("Nyheter · Hallvik") && looks_like_masthead("Done Deals › Castlebridge Rovers"));
        assert!(!looks_like_masthead("Ferry strike: what it means › the islands count the cost"));
        assert!(!looks_like_masthead("Reply · 1 like") && !looks_like_masthead("12 · Share"));
        let b = split_blocks("Nyheter · Hallvik\nFerry service resumes after strike\n");
        assert_eq!(find_title(&b), Some(1));
        // A text browser's form field is no headline.
        let b = split_blocks("Gå till sida: ___ Sök\nFerry service resumes after strike\n");
        assert_eq!(find_title(&b), Some(1));
        // "By" in Swedish, Danish and Italian pages.
        assert!(looks_like_byline("Av Linnea Brodd") && looks_like_byline("Af Mette Holm"));
        assert!(looks_like_byline("Di Marco Bianchi") && !looks_like_byline("Av Linnea Brodd gick hem."));
        let b = split_blocks("Menu Search Log in\n\nHome > News > Local\n\nFerry service resumes after strike\n");
        assert_eq!(find_title(&b), Some(2));
    }

    #[test]
    fn page_numbers_are_datelines() {
        for line in
            ["Page 1 of 2", "page 12", "p. 3", "- Page 2 of 5 -", "Seite 2 von 5", "Página 2 de 5", "Strona 3 z 24"]
        {
            assert!(looks_like_dateline(line), "{line}");
        }
        for line in ["Page 1 of the report", "Pages 1 and 2", "1 of 2", "Page one of two", "Page 1 of 2 was torn out."]
        {
            assert!(!looks_like_dateline(line), "{line}");
        }
    }

    #[test]
    fn a_wire_leads_place_dateline() {
        let lead = "A fire tore through a paper warehouse early Tuesday.";
        for dateline in [
            "COLUMBUS, Ohio (AP) —",
            "LONDON, March 3 (Reuters) -",
            "Paris (AFP) –",
            "BERLIN (dpa) —",
            "SAN FRANCISCO —",
            "SÃO PAULO, Brazil —",
            "ST. LOUIS, Mo. —",
            "NEW YORK -",
            "BOSTON, March 3, 2026 /PRNewswire/ --",
            "NEW YORK--(BUSINESS WIRE)--",
            "MANCHESTER, 14 March 2025, 13:42 GMT (Northline Press Agency) -",
        ] {
            let text = format!("{dateline} {lead}");
            assert_eq!(place_dateline_len(&text), Some(dateline.len() + 1), "{text}");
            assert_eq!(&text[place_dateline_len(&text).unwrap()..], lead);
            // Alone on its line, the whole line is the dateline.
            assert_eq!(place_dateline_len(dateline), Some(dateline.len()), "{dateline}");
        }
        assert_eq!(place_dateline_len("WASHINGTON—The Federal Reserve held rates on Wednesday."), Some(13));
        for text in [
            lead,
            "NASA, the space agency — said on Tuesday that the launch would go ahead.",
            "The mayor — who had been away — returned on Tuesday to see the damage.",
            "Officials (including the mayor) — all of them — said the fire was out.",
            "US — The dollar rose on Tuesday against most currencies.",
            "COLUMBUS — it was the worst fire the city had seen.",
            "EU-US trade talks - what we know so far",
            "A well-known - and well-loved - warehouse burned down on Tuesday.",
            "The well—known warehouse burned down on Tuesday, officials said.",
            // As long, but with no agency to close it: a headline's words.
            "MAYOR, COUNCIL AND UNIONS AGREE NEW DEAL ON PAY — The city's workers will get a rise.",
        ] {
            assert_eq!(place_dateline_len(text), None, "{text}");
        }
    }

    #[test]
    fn the_lead_gives_its_dateline_a_block_of_its_own() {
        let text = "Fire at warehouse\n\nBy Marta Kovac\n\nCOLUMBUS, Ohio (AP) — A fire tore through a paper warehouse on \
                    the west side of Columbus early Tuesday, officials said.\n\nWASHINGTON — Later paragraphs keep their \
                    words whatever they open with, as this one does.\n";
        let mut b = split_blocks(text);
        set_dateline_apart(&mut b, 1);
        let texts: Vec<&str> = b.iter().map(|b| &*b.text).collect();
        assert_eq!(texts[2], "COLUMBUS, Ohio (AP) —");
        assert!(texts[3].starts_with("A fire tore"), "{texts:?}");
        assert_eq!(b[2].line, b[3].line);
        assert!(texts[4].starts_with("WASHINGTON — Later"), "only the lead is cut: {texts:?}");
        // A bar of share buttons above the lead is no lead, however many its separators.
        let text = "Fire at warehouse\n\nShare: Facebook | X | LinkedIn | WhatsApp | Email | Print\n\nDENVER (Wire \
                    Service) - A fire tore through a paper warehouse on the west side early Tuesday, officials said.\n";
        let mut b = split_blocks(text);
        set_dateline_apart(&mut b, 1);
        let texts: Vec<&str> = b.iter().map(|b| &*b.text).collect();
        assert_eq!(texts[2], "DENVER (Wire Service) -", "{texts:?}");
    }

    #[test]
    fn a_printed_pages_running_head() {
        for line in [
            "THE DAILY PLANET                2 March 2026",
            "2 March 2026\tPage 3",
            "Page 2 of 5   The Herald   Monday",
        ] {
            assert!(looks_like_running_head(line), "{line}");
        }
        for line in [
            "Dam failure floods three villages",
            "The dam   gave way on 2 March 2026",
            "THE DAILY PLANET      Dam failure floods three villages in the north",
            "2 March 2026",
        ] {
            assert!(!looks_like_running_head(line), "{line}");
        }
        let b = split_blocks(
            "THE DAILY PLANET          2 March 2026\n\nDam failure floods three villages\n\nA dam gave way.\n",
        );
        assert_eq!(find_title(&b), Some(1));
    }

    #[test]
    fn a_clippings_front_matter() {
        let text = concat!(
            "---\ntitle: \"Fire at warehouse\"\nsource: \"https://example.com/a\"\ntags:\n  - \"clippings\"\n---\n",
            "# Fire at warehouse\n\nA fire tore through it.\n"
        );
        assert_eq!(front_matter_end(text), Some(6));
        assert_eq!(front_matter_end(&text.replace("\n---\n#", "\n...\n#")), Some(6));
        // A rule over the text, a front matter never closed, and no front matter at all.
        assert_eq!(front_matter_end("---\nA fire tore through it: nobody was hurt.\n---\n"), None);
        assert_eq!(front_matter_end("---\ntitle: Fire\n\nA fire tore through it.\n"), None);
        assert_eq!(front_matter_end("Fire at warehouse\n---\ntitle: x\n---\n"), None);
        // Each field is a block, and the text below is cut as it would be alone, its lines numbered on.
        let (blocks, front) = split_with_front_matter(text);
        let texts: Vec<(&str, usize)> = blocks.iter().map(|b| (&*b.text, b.line)).collect();
        assert_eq!(front, 6);
        assert_eq!(texts[1], ("title: \"Fire at warehouse\"", 2));
        assert_eq!(texts[6..], [("# Fire at warehouse", 7), ("A fire tore through it.", 9)]);
        let below =
            "The ferry resumed on Friday after the strike ended, and the\nfirst boat left at six.\nIt was late.\n";
        let clipped = format!("---\ntitle: x\n---\n{below}");
        let (blocks, front) = split_with_front_matter(&clipped);
        let alone: Vec<String> = split_blocks(below).iter().map(|b| b.text.to_string()).collect();
        let cut: Vec<String> = blocks[front..].iter().map(|b| b.text.to_string()).collect();
        assert_eq!((front, cut), (3, alone));
    }

    #[test]
    fn wire_slug_lines() {
        for slug in [
            "BC-US-Warehouse-Fire 2nd Ld-Writethru",
            "AM-EU-Floods",
            "UKRAINE-CRISIS/RUSSIA-GAS",
            "BC-EU--Floods, 1st Ld-Writethru",
        ] {
            assert!(looks_like_slug(slug), "{slug}");
        }
        for line in [
            "EU-US-China Trade Talks Stall",
            "EU-US trade deal collapses",
            "Covid-19 lock-down ends",
            "X-ray-like scans of the dam",
            "Fire at Ohio warehouse forces 300 to flee",
        ] {
            assert!(!looks_like_slug(line), "{line}");
        }
        let b = split_blocks(
            "BC-US-Warehouse-Fire 2nd Ld-Writethru\n\nFire at Ohio warehouse forces 300 to flee\n\n\
             A fire tore through a warehouse.\n",
        );
        assert_eq!(find_title(&b), Some(1));
    }

    #[test]
    fn the_credit_under_an_embedded_post() {
        assert!(looks_like_post_credit("— Ilse Brandt (@ilsebrandt) March 2, 2026"));
        assert!(looks_like_post_credit("- Kessel Fire Service (@KesselFire) 2 March 2026"));
        assert!(!looks_like_post_credit("Ilse Brandt (@ilsebrandt) wrote that the water came fast."));
        assert!(!looks_like_post_credit("— write to news@example.org (tips welcome)"));
        // The line over a post: name, account, and when it was posted.
        assert!(looks_like_post_credit("RTWF @RTWFunion · 7 May"));
        assert!(looks_like_post_credit("Ilse Brandt @ilsebrandt | 2h"));
        assert!(!looks_like_post_credit("Follow us @KesselFire for updates"));
        assert!(!looks_like_post_credit("Ilse Brandt @ilsebrandt"));
        assert!(!looks_like_post_credit("Email Ilse Brandt @ example dot org · today."));
    }

    #[test]
    fn relative_datelines() {
        assert!(looks_like_dateline("Published 3 hours ago") && looks_like_dateline("Updated 25 mins ago"));
        // Other languages' words for publishing, updating and reading time.
        for line in [
            "Publicerad 11.52 Uppdaterad 13.20",
            "PUBLIÉ LE 11 MARS 2025",
            "Miércoles, 12 de febrero de 2025",
            "Last modified on Sat 31 Jan 2026 08.05 GMT",
            "Läsminuter: 4",
            "Lecture 3 min.",
            "Leestijd: 3 minuten",
        ] {
            assert!(looks_like_dateline(line), "{line}");
        }
        assert!(!looks_like_dateline("A lecture on 3 May drew 40 people."));
        // Today and yesterday, in the same languages.
        for line in ["Vandaag, 08:12 · Aangepast vandaag, 11:47", "Today 08:12", "Heute, 14:05 Uhr", "Ayer 18:40"] {
            assert!(looks_like_dateline(line), "{line}");
        }
        assert!(!looks_like_dateline("Today 12 people were rescued from the river."));
        for line in ["Laatste update: 15:40", "Publiziert: 08.06.2024, 19.45 Uhr", "Olvasási idő: 3 perc"] {
            assert!(looks_like_dateline(line), "{line}");
        }
        // An edition's label and number, as an e-paper sets them over its pages.
        assert!(looks_like_dateline("Wydanie: 5.11.2025 (nr 256/2025)"));
    }

    #[test]
    fn datelines() {
        for stamp in [
            "Publicado el 14 de marzo de 2026 a las 08:15",
            "Veröffentlicht am 14. März 2026, 08:15 Uhr",
            "Publié le 14 mars 2026 à 08h15",
            "Publié le 11/03/2025 à 07h15",
            "Pubblicato il 14 marzo 2026 alle 8:15",
        ] {
            assert!(looks_like_dateline(stamp), "{stamp}");
        }
        assert!(!looks_like_dateline("Polls close at 20:00 as voters choose a new parliament in 2026"));
        assert!(!looks_like_dateline("The vote ends at 20:00 on 14 March 2026."));
        assert!(looks_like_dateline("Tue, 21-Oct-2025"));
        assert!(looks_like_dateline("Updated 14:05 GMT, 3 March 2024"));
        assert!(looks_like_dateline("Updated 22:18 CEST, Saturday 16 August") && looks_like_dateline("18.20 BST"));
        assert!(!looks_like_dateline("30 ballistic missiles were fired"));
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("he said.”"));
        assert!(ends_sentence("Really?"));
        assert!(!ends_sentence("World News"));
        // French closing marks stand apart, after a space, a no-break space or a narrow one.
        assert!(ends_sentence("« C'est la première fois qu'il pousse quelque chose qui vient du ciel. »"));
        assert!(ends_sentence("« Il faisait jour. »") && ends_sentence("« Il faisait jour.\u{202f}»"));
        assert!(!ends_sentence("« Ciel-Ouest »") && !ends_sentence("Le marché des Lices »"));
        // An emoji after the closing mark, of one character or built of several.
        assert!(ends_sentence("The damage could cost 12 million euros. 🌊"));
        assert!(ends_sentence("Crews rescued 37 people overnight! 👍🏽") && ends_sentence("Well done. 👨‍👩‍👧 ❤️"));
        assert!(!ends_sentence("Follow us on Instagram 📸") && !ends_sentence("🌊"));
    }
}
