//! Word-level diff inside one aligned pair. The only file that imports `similar`, so an API change there
//! touches nothing else.
//!
//! Tokens are whitespace-separated words keyed by [`fold`]: case, quote style and punctuation never show as
//! a change, while a change of inflection does. A token made only of punctuation rides on its neighbour,
//! and a unit rides on the figure before it, keyed as the two written together ("10 km" is "10km").
//! Patience diff is used (it anchors on unique words, which reads better for prose), always with a deadline.
//!
//! [`fold`]: crate::normalize::fold

use crate::normalize::{
    each_fold, fold, hash_bytes, is_apostrophe, is_double_quote, is_figure, tokens, with_fold, words,
};
use crate::text::Text;
use serde::Serialize;
use similar::DiffOp;
use similar::algorithms::{Compact, DiffHook, NoFinishHook, myers, patience};
use std::cell::RefCell;
use std::ops::{Index, Range};
use std::time::{Duration, Instant};

/// What happened to a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// In both texts (shown as B has it).
    Equal,
    /// Only in A.
    Delete,
    /// Only in B.
    Insert,
}

/// A run of words with one operation, words joined by single spaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Word {
    /// The operation.
    pub op: Op,
    /// The words as written (B's spelling for equal runs). A range of the sentence's text, whenever that
    /// has the words single-spaced, as sentence text nearly always has.
    pub text: Text,
    /// Whether a space stood before the run in its side's sentence (A's for a delete, B's otherwise), or
    /// the run opens it. Printers ask it where text written without spaces between words meets a run
    /// ([`crate::normalize::joins_as_written`]): Thai sets a space between phrases, and not between the
    /// words of one. Not in the JSON, whose readers join runs by the rule DESIGN.md gives.
    #[serde(skip)]
    pub spaced: bool,
}

/// No pair of sentences gets more than this; a pathological pair falls back to a coarser diff.
const DEADLINE: Duration = Duration::from_millis(500);

/// A word with a key, with the punctuation-only words ("–", "•") that ride on it. Its text is its words
/// joined by single spaces.
struct Token {
    /// The hash of the folded key: the diff compares one number per token.
    key: u64,
    /// Where the token's first word starts and its last word ends in the text.
    start: usize,
    end: usize,
}

/// The tokens of one text.
struct Tokens<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Whether the words of `text` are separated by single spaces (sentence text nearly always is): then a
    /// run of tokens, its words joined by single spaces, is one slice of the text and needs no joining.
    single_spaced: bool,
}

impl<'a> Tokens<'a> {
    /// The tokens of `text`, in `list` (which is cleared first).
    fn new(text: &'a str, list: &'a mut Vec<Token>) -> Self {
        list.clear();
        // Where punctuation before the first keyed word starts (it joins that word), and where the last
        // word seen ends.
        let mut lead: Option<usize> = None;
        let mut last_end: Option<usize> = None;
        let mut gaps_of_one = true;
        // Whether the last token is a figure, which a unit after it joins ([`UNITS`]).
        let mut after_figure = false;
        // Dashes standing alone so far, and in all: a lone dash (a dateline's, "LIMA (Reuters) —") opens no
        // aside and rides on the word before.
        let mut dashes = 0usize;
        // Counted at the first dash, from there on: most sentences have none, and are not searched twice.
        let mut all_dashes: Option<usize> = None;
        // One pass splits and folds each word, and gives its place.
        each_fold(text, |std::ops::Range { start, end }, folded| {
            if let Some(prev) = last_end {
                // No gap at all is a cut inside text written without spaces (see `normalize::tokens`).
                gaps_of_one &= start <= prev + 1;
            }
            last_end = Some(end);
            if folded.is_empty() {
                // Punctuation alone joins the word before it, or the next word at the start. A dash that
                // opens an aside (the first of a pair) joins the next word: "service — Météo-France —
                // said" against "service said" puts in "— Météo-France —", where riding on "service" the
                // first dash read as a word both have.
                let dash = is_spaced_dash(&text[start..end]);
                dashes += usize::from(dash);
                let opens = dash && dashes % 2 == 1 && {
                    let all = *all_dashes.get_or_insert_with(|| dashes + spaced_dashes(&text[end..]));
                    dashes < all
                };
                match list.last_mut() {
                    // Once a dash waits for the next word, what follows it waits too.
                    Some(token) if lead.is_none() && !opens => token.end = end,
                    _ => {
                        lead.get_or_insert(start);
                        // The dash stands between a figure and a unit after it: they are two tokens.
                        after_figure = false;
                    }
                }
                return;
            }
            // "10 km" is "10km" written apart, and "4:17 a.m." is "4:17am": one token, keyed as the
            // figure and its unit written together.
            if after_figure
                && UNITS.contains(&folded)
                && let Some(token) = list.last_mut()
            {
                token.key = glued_key(&text[token.start..token.end], folded);
                token.end = end;
                after_figure = false;
                return;
            }
            after_figure = is_figure(folded);
            list.push(Token { key: hash_bytes(folded), start: lead.take().unwrap_or(start), end });
        });
        // A dash with no word after it rides on the word before. A text of punctuation only is one token,
        // with a key no folded word has in practice.
        if let (Some(start), Some(end)) = (lead, last_end) {
            match list.last_mut() {
                Some(token) => token.end = end,
                None => list.push(Token { key: 0, start, end }),
            }
        }
        // A one-byte gap between words is ASCII whitespace, so the words are single-spaced unless the text
        // has a tab, newline, vertical tab, form feed or return (a scan without an early exit, which the
        // compiler can do many bytes at a time).
        let single_spaced =
            gaps_of_one && !text.bytes().fold(false, |found, c| found | (c.wrapping_sub(b'\t') <= b'\r' - b'\t'));
        Tokens { text, tokens: list, single_spaced }
    }

    /// The words of the tokens in `range` (not empty), joined by single spaces.
    fn text_of(&self, range: Range<usize>) -> RunText {
        let at = self.tokens[range.start].start..self.tokens[range.end - 1].end;
        if self.single_spaced {
            RunText::At(at)
        } else {
            RunText::Joined(words(&self.text[at]).collect::<Vec<_>>().join(" "))
        }
    }
}

/// Whether a word is a dash standing alone between words, as an aside is set off: an em or en dash, a
/// hyphen, or two.
fn is_spaced_dash(word: &str) -> bool {
    matches!(word, "—" | "–" | "--" | "-")
}

/// How many words of `text` are dashes standing alone ([`is_spaced_dash`]).
fn spaced_dashes(text: &str) -> usize {
    words(text).filter(|w| is_spaced_dash(w)).count()
}

/// Units and the marks of the clock that reports write both after a space and glued to the figure ("10 km",
/// "10km"; "5 p.m.", "5pm"), folded. Words that are also common words ("in", "m", "g") are left out:
/// their tokens stay apart.
const UNITS: &[&[u8]] = &[
    b"am", b"pm", b"km", b"kms", b"cm", b"mm", b"kg", b"kgs", b"mg", b"ml", b"mph", b"kph", b"kmh", b"ft", b"mi",
    b"lb", b"lbs", b"oz", b"inch", b"kb", b"mb", b"gb", b"tb", b"ghz", b"mhz", b"kw", b"mw", b"gw", b"kwh", b"bn",
    b"mn", b"%",
];

/// The key of a figure written as `figure` ("4:17", "(2.5") with the folded unit `unit` after it: the key
/// of the two written together ("4:17am", "2.5km").
fn glued_key(figure: &str, unit: &[u8]) -> u64 {
    let mut both = fold(figure).into_bytes();
    both.extend_from_slice(unit);
    hash_bytes(&both)
}

/// Something with a key that the diff compares.
trait Keyed {
    fn key(&self) -> &u64;
}

impl Keyed for Token {
    fn key(&self) -> &u64 {
        &self.key
    }
}

/// A unique key and where it is.
impl Keyed for (u64, usize) {
    fn key(&self) -> &u64 {
        &self.0
    }
}

impl Keyed for u64 {
    fn key(&self) -> &u64 {
        self
    }
}

/// The keys of a list, as the diff algorithms index them, without copying them out.
struct Keys<'a, T>(&'a [T]);

impl<T> Keys<'_, T> {
    fn len(&self) -> usize {
        self.0.len()
    }
}

impl<T: Keyed> Index<usize> for Keys<'_, T> {
    type Output = u64;

    fn index(&self, i: usize) -> &u64 {
        self.0[i].key()
    }
}

/// Diff the words of `a` against those of `b`.
pub fn diff(a: &str, b: &str) -> Vec<Word> {
    diff_until(&Text::from(a), &Text::from(b), Instant::now() + DEADLINE)
}

/// Diff with a deadline shared by the caller (see [`diff_runs`]), the runs sharing the texts' strings.
pub fn diff_until(a: &Text, b: &Text, deadline: Instant) -> Vec<Word> {
    words_of(diff_runs(a, b, deadline), a, b)
}

/// A run of a word diff before it takes its share of the sentences' text: [`diff_runs`] gives runs, and
/// [`words_of`] makes them [`Word`]s.
///
/// The two are apart so that a comparison can diff its pairs in parallel and share the text afterwards,
/// in one thread. A share is a count kept for a whole report's text, and threads that take shares of one
/// text at the same time wait on each other for it: making the segments of the 2 MB pair in parallel took
/// three times the CPU it takes in one thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    op: Op,
    text: RunText,
}

impl Run {
    /// What happened to the run's words.
    pub fn op(&self) -> Op {
        self.op
    }
}

/// Where a run's words are: a range of its side's text (A's for a delete, B's otherwise), or the words
/// joined by single spaces when they stood further apart there.
#[derive(Debug, Clone, PartialEq, Eq)]
enum RunText {
    At(Range<usize>),
    Joined(String),
}

/// The [`Word`]s of `runs`, a diff of `a` against `b`, sharing their text.
pub fn words_of(runs: Vec<Run>, a: &Text, b: &Text) -> Vec<Word> {
    runs.into_iter()
        .map(|Run { op, text }| {
            let side = if op == Op::Delete { a } else { b };
            let (text, spaced) = match text {
                RunText::At(at) => {
                    // A sentence's words are set apart by single spaces ([`crate::sentences::collapsed`]).
                    let spaced = at.start == 0 || side.as_bytes()[at.start - 1] == b' ';
                    (side.slice(&side[at]), spaced)
                }
                RunText::Joined(words) => (Text::from(words), true),
            };
            Word { op, text, spaced }
        })
        .collect()
}

/// The runs of a diff of `a` against `b`, with a deadline shared by the caller: a comparison of two huge
/// documents gives all its pairs one budget, and the pairs diffed after it runs out get a coarse (but
/// still correct) delete-and-insert.
pub fn diff_runs(a: &str, b: &str, deadline: Instant) -> Vec<Run> {
    thread_local! {
        /// Kept from one pair to the next: a comparison diffs thousands of short pairs, and allocating the
        /// lists for each cost more than filling them.
        static LISTS: RefCell<Lists> = RefCell::default();
    }
    LISTS.with_borrow_mut(|lists| {
        let Lists { a: list_a, b: list_b, unique, ops } = lists;
        let words = diff_tokens(Tokens::new(a, list_a), Tokens::new(b, list_b), deadline, unique, ops);
        // A huge pair's lists are not kept.
        if lists.a.capacity().max(lists.b.capacity()) > KEPT_TOKENS {
            *lists = Lists::default();
        }
        words
    })
}

/// The working lists of a word diff: the tokens of both texts, the unique keys, and the script.
#[derive(Default)]
struct Lists {
    a: Vec<Token>,
    b: Vec<Token>,
    unique: Vec<(u64, usize)>,
    ops: Vec<DiffOp>,
}

/// The most tokens a thread keeps room for between pairs.
const KEPT_TOKENS: usize = 1 << 14;

/// [`diff_until`] on the tokens of both texts, with lists to gather unique keys and the script in.
fn diff_tokens(
    ta: Tokens,
    tb: Tokens,
    deadline: Instant,
    unique: &mut Vec<(u64, usize)>,
    ops: &mut Vec<DiffOp>,
) -> Vec<Run> {
    let deadline = deadline.min(Instant::now() + DEADLINE);
    let (old, new) = (Keys(ta.tokens), Keys(tb.tokens));
    ops.clear();
    let Ok(()) = patience_diff(&mut Record(ops), &old, &new, deadline, unique);
    // The runs are read off the script, with room for the commonest result: a change between two equal
    // runs. Compaction slides changes to merge them, as `similar::capture_diff_slices_by_key_deadline` has
    // it, but only where a changed word has the key of the word next to its change; elsewhere it leaves
    // every equal word where it is, and the runs, which only equal words decide, are the same without it.
    let mut runs = Runs { a: &ta, b: &tb, pieces: Vec::with_capacity(4), eq: None, del: None, ins: None };
    if compaction_slides(ops, &old, &new) {
        let mut script = Compact::new(runs, &old, &new);
        for op in ops.iter() {
            let Ok(()) = op.apply_to_hook(&mut script);
        }
        let Ok(()) = script.finish();
        return script.into_inner().words();
    }
    for op in ops.iter() {
        let Ok(()) = op.apply_to_hook(&mut runs);
    }
    let Ok(()) = runs.finish();
    runs.words()
}

/// Gathers a script's ops.
struct Record<'a>(&'a mut Vec<DiffOp>);

impl DiffHook for Record<'_> {
    type Error = std::convert::Infallible;

    fn equal(&mut self, old_index: usize, new_index: usize, len: usize) -> Result<(), Self::Error> {
        self.0.push(DiffOp::Equal { old_index, new_index, len });
        Ok(())
    }

    fn delete(&mut self, old_index: usize, old_len: usize, new_index: usize) -> Result<(), Self::Error> {
        self.0.push(DiffOp::Delete { old_index, old_len, new_index });
        Ok(())
    }

    fn insert(&mut self, old_index: usize, new_index: usize, new_len: usize) -> Result<(), Self::Error> {
        self.0.push(DiffOp::Insert { old_index, new_index, new_len });
        Ok(())
    }
}

/// Whether compaction may change which words of `ops` are equal. It moves a delete or an insert into the
/// equal run before it only while the run's last word has the key of the change's last word, and into the
/// run after it only while the run's first word has the key of the change's first; swapping and merging
/// changes moves no equal word. So when no deleted or inserted word has the key of a word right next to
/// its stretch of changes, compaction leaves the equal words as they are. An empty equal op (which it
/// would drop) is left to it as well.
fn compaction_slides<T: Keyed>(ops: &[DiffOp], old: &Keys<T>, new: &Keys<T>) -> bool {
    let mut i = 0;
    while i < ops.len() {
        match ops[i] {
            DiffOp::Equal { len: 0, .. } => return true,
            DiffOp::Equal { .. } => {
                i += 1;
                continue;
            }
            _ => {}
        }
        let end = ops[i..].iter().position(|op| matches!(op, DiffOp::Equal { .. })).map_or(ops.len(), |n| i + n);
        // The keys of the words right before and right after the stretch of changes.
        let before = match i.checked_sub(1).map(|k| ops[k]) {
            Some(DiffOp::Equal { old_index, len, .. }) => Some(old[old_index + len - 1]),
            _ => None,
        };
        let after = match ops.get(end) {
            Some(&DiffOp::Equal { old_index, .. }) => Some(old[old_index]),
            _ => None,
        };
        let next_to = |key: u64| Some(key) == before || Some(key) == after;
        // A delete's new range and an insert's old range are empty.
        if ops[i..end]
            .iter()
            .any(|op| op.old_range().any(|k| next_to(old[k])) || op.new_range().any(|k| next_to(new[k])))
        {
            return true;
        }
        i = end;
    }
    false
}

/// Inputs at least this long on both sides may take similar's shortcut for unrelated texts, which
/// [`patience_diff`] leaves to similar itself (`DISJOINT_FAST_PATH_MIN_LEN` in its preflight).
const DISJOINT_MIN_LEN: usize = 512;

/// similar's patience diff (`similar::algorithms::patience::diff_deadline`), step for step, for keys that are
/// already hashes. similar finds the unique keys with hash maps of their SipHash, built anew for every pair,
/// and runs a Myers diff even where the answer is plain (an empty gap between two adjacent anchors); a
/// sentence pair is short, so that bookkeeping was most of the cost of a word diff. Here the unique keys
/// come from a small table, and [`myers_gap`] answers the plain cases as Myers would. The script `d`
/// receives is the same, op for op, which the tests check against similar.
fn patience_diff<D: DiffHook, T: Keyed>(
    d: &mut D,
    old: &Keys<T>,
    new: &Keys<T>,
    deadline: Instant,
    unique: &mut Vec<(u64, usize)>,
) -> Result<(), D::Error> {
    if old.len().min(new.len()) >= DISJOINT_MIN_LEN {
        return patience::diff_deadline(d, old, 0..old.len(), new, 0..new.len(), Some(deadline));
    }
    if old.len() == 0 || new.len() == 0 {
        one_sided(d, 0..old.len(), 0..new.len())?;
        return d.finish();
    }
    // Both lists of unique keys, one after the other.
    unique.clear();
    unique_keys(old, unique);
    let old_n = unique.len();
    unique_keys(new, unique);
    let (old_unique, new_unique) = unique.split_at(old_n);
    let (old_unique, new_unique) = (Keys(old_unique), Keys(new_unique));
    let new_n = new_unique.len();
    let mut anchors =
        Patience { d, old, new, old_at: old_unique.0, new_at: new_unique.0, old_current: 0, new_current: 0, deadline };
    // Myers over the unique keys picks the anchors. It starts by taking off their common prefix and suffix,
    // which are anchors whatever it finds between them; what it finds between them is often plain.
    let prefix = common_prefix(&old_unique, 0..old_n, &new_unique, 0..new_n);
    let suffix = common_suffix(&old_unique, prefix..old_n, &new_unique, prefix..new_n);
    let (old_mid, new_mid) = (prefix..old_n - suffix, prefix..new_n - suffix);
    anchors.equal(0, 0, prefix)?;
    if in_one_order(&old_unique.0[old_mid.clone()], &new_unique.0[new_mid.clone()]) && Instant::now() <= deadline {
        // Each key is once on each side, so the keys found on both sides, when they come in the same order
        // on both, are the one longest common subsequence; and on lists this short Myers' search is exact
        // (its shortcuts start at 96 and 256 items), so those keys are what it would match.
        for (i, k) in old_unique.0[old_mid.clone()].iter().enumerate() {
            if let Some(j) = new_unique.0[new_mid.clone()].iter().position(|n| n.0 == k.0) {
                anchors.equal(old_mid.start + i, new_mid.start + j, 1)?;
            }
        }
    } else {
        let mut mid = NoFinishHook::new(&mut anchors);
        myers::diff_deadline(&mut mid, &old_unique, old_mid, &new_unique, new_mid, Some(deadline))?;
    }
    anchors.equal(old_n - suffix, new_n - suffix, suffix)?;
    anchors.finish()
}

/// Whether the keys found in both `old` and `new` (each key once per side) come in the same order in both,
/// for lists short enough for Myers to diff exactly: at most 96 items on one side, 500 on both.
fn in_one_order(old: &[(u64, usize)], new: &[(u64, usize)]) -> bool {
    if old.len().min(new.len()) > 96 || old.len() + new.len() > 500 {
        return false;
    }
    let mut next = 0;
    for k in old {
        if let Some(j) = new.iter().position(|n| n.0 == k.0) {
            if j < next {
                return false;
            }
            next = j + 1;
        }
    }
    true
}

/// How many items `old[o]` and `new[n]` share at the start.
fn common_prefix<T: Keyed, U: Keyed>(old: &Keys<T>, o: Range<usize>, new: &Keys<U>, n: Range<usize>) -> usize {
    old.0[o].iter().zip(&new.0[n]).take_while(|(x, y)| x.key() == y.key()).count()
}

/// How many items `old[o]` and `new[n]` share at the end.
fn common_suffix<T: Keyed, U: Keyed>(old: &Keys<T>, o: Range<usize>, new: &Keys<U>, n: Range<usize>) -> usize {
    old.0[o].iter().rev().zip(new.0[n].iter().rev()).take_while(|(x, y)| x.key() == y.key()).count()
}

/// Append the keys that occur exactly once in `keys`, with where they are, in order.
fn unique_keys<T: Keyed>(keys: &Keys<T>, out: &mut Vec<(u64, usize)>) {
    let keys = keys.0;
    if keys.len() <= SMALL_KEYS {
        // A sentence's worth: find each key's copies in a table on the stack. A slot holds the first place
        // its key was seen, plus one (zero marks an empty slot), with the top bit set once it is seen again.
        const AGAIN: u8 = 0x80;
        let mut table = [0u8; 2 * SMALL_KEYS];
        let mut slot_of = [0u8; SMALL_KEYS];
        for (i, t) in keys.iter().enumerate() {
            let key = *t.key();
            let mut s = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 57) as usize;
            while table[s] != 0 && *keys[usize::from(table[s] & !AGAIN) - 1].key() != key {
                s = (s + 1) % table.len();
            }
            table[s] = if table[s] == 0 { i as u8 + 1 } else { table[s] | AGAIN };
            slot_of[i] = s as u8;
        }
        out.reserve(keys.len());
        for (i, t) in keys.iter().enumerate() {
            if table[usize::from(slot_of[i])] & AGAIN == 0 {
                out.push((*t.key(), i));
            }
        }
    } else {
        let mut sorted: Vec<(u64, usize)> = keys.iter().map(Keyed::key).copied().zip(0..).collect();
        sorted.sort_unstable();
        let start = out.len();
        out.extend(sorted.chunk_by(|x, y| x.0 == y.0).filter(|run| run.len() == 1).map(|run| run[0]));
        out[start..].sort_unstable_by_key(|&(_, i)| i);
    }
}

/// Up to this many keys are counted in [`unique_keys`]' table, which they fill at most half.
const SMALL_KEYS: usize = 64;

/// A gap with nothing on one side (or on both), as Myers emits it: one delete or one insert, or nothing.
fn one_sided<D: DiffHook>(d: &mut D, old: Range<usize>, new: Range<usize>) -> Result<(), D::Error> {
    if !new.is_empty() {
        d.insert(old.start, new.start, new.len())
    } else if !old.is_empty() {
        d.delete(old.start, old.len(), new.start)
    } else {
        Ok(())
    }
}

/// `myers::diff_deadline` on `old[o]` against `new[n]`, less its `finish`. Myers takes off the common prefix
/// and suffix and diffs what is between; when that is one-sided or a single key against another, the ops
/// are known and are emitted here, without Myers' setup and its two working vectors.
fn myers_gap<D: DiffHook, T: Keyed>(
    d: &mut D,
    old: &Keys<T>,
    o: Range<usize>,
    new: &Keys<T>,
    n: Range<usize>,
    deadline: Instant,
) -> Result<(), D::Error> {
    let prefix = common_prefix(old, o.clone(), new, n.clone());
    let suffix = common_suffix(old, o.start + prefix..o.end, new, n.start + prefix..n.end);
    let (old_mid, new_mid) = (o.start + prefix..o.end - suffix, n.start + prefix..n.end - suffix);
    let one_to_one = old_mid.len() == 1 && new_mid.len() == 1;
    if !(old_mid.is_empty() || new_mid.is_empty() || one_to_one) {
        return myers::diff_deadline(&mut NoFinishHook::new(d), old, o, new, n, Some(deadline));
    }
    if prefix > 0 {
        d.equal(o.start, n.start, prefix)?;
    }
    if !one_to_one {
        one_sided(d, old_mid.clone(), new_mid.clone())?;
    } else if Instant::now() > deadline {
        // Myers' middle-snake search gives up at once, and the pair is replaced whole.
        d.delete(old_mid.start, 1, new_mid.start)?;
        d.insert(old_mid.start, new_mid.start, 1)?;
    } else {
        // Two different keys (the prefix and suffix stop at them): the middle snake splits before the old
        // key and after the new one, so the insert comes first.
        d.insert(old_mid.start, new_mid.start, 1)?;
        d.delete(old_mid.start, 1, new_mid.end)?;
    }
    if suffix > 0 {
        d.equal(old_mid.end, new_mid.end, suffix)?;
    }
    Ok(())
}

/// The hook similar's patience diff hands to Myers over the unique keys: each matched pair of unique keys is
/// an anchor, and the stretch before it is diffed on its own.
struct Patience<'a, D, T> {
    d: &'a mut D,
    old: &'a Keys<'a, T>,
    new: &'a Keys<'a, T>,
    /// The unique keys of `old` and of `new`, with where each is.
    old_at: &'a [(u64, usize)],
    new_at: &'a [(u64, usize)],
    old_current: usize,
    new_current: usize,
    deadline: Instant,
}

impl<D: DiffHook, T: Keyed> Patience<'_, D, T> {
    /// Emit everything before the anchor at `old_at` and `new_at`: the equal keys that lead up to it, then
    /// a diff of the gap. The anchor itself starts the next stretch.
    fn anchor(&mut self, old_at: usize, new_at: usize) -> Result<(), D::Error> {
        let (old_start, new_start) = (self.old_current, self.new_current);
        while self.old_current < old_at
            && self.new_current < new_at
            && self.new[self.new_current] == self.old[self.old_current]
        {
            self.old_current += 1;
            self.new_current += 1;
        }
        if self.old_current > old_start {
            self.d.equal(old_start, new_start, self.old_current - old_start)?;
        }
        let (old_gap, new_gap) = (self.old_current..old_at, self.new_current..new_at);
        if old_gap.is_empty() || new_gap.is_empty() {
            one_sided(self.d, old_gap, new_gap)?;
        } else {
            myers_gap(self.d, self.old, old_gap, self.new, new_gap, self.deadline)?;
        }
        self.old_current = old_at;
        self.new_current = new_at;
        Ok(())
    }
}

impl<D: DiffHook, T: Keyed> DiffHook for Patience<'_, D, T> {
    type Error = D::Error;

    fn equal(&mut self, old: usize, new: usize, len: usize) -> Result<(), D::Error> {
        for k in 0..len {
            self.anchor(self.old_at[old + k].1, self.new_at[new + k].1)?;
        }
        Ok(())
    }

    /// Diff what follows the last anchor, and finish the script.
    fn finish(&mut self) -> Result<(), D::Error> {
        let (old_rest, new_rest) = (self.old_current..self.old.len(), self.new_current..self.new.len());
        myers_gap(self.d, self.old, old_rest, self.new, new_rest, self.deadline)?;
        self.d.finish()
    }
}

/// Reads the compacted script into runs: equal words into one run, and every stretch of changes between
/// two equal runs into one delete run followed by one insert run, so that hunks split only by whitespace
/// read as one. The ops of a script follow each other without gaps, so each run is one range of tokens.
struct Runs<'t> {
    a: &'t Tokens<'t>,
    b: &'t Tokens<'t>,
    /// The runs so far, as ranges of tokens; made into text when the script is finished.
    pieces: Vec<Piece>,
    /// The run being gathered: tokens of A and B (equal), of A (deleted), of B (inserted).
    eq: Option<(Range<usize>, Range<usize>)>,
    del: Option<Range<usize>>,
    ins: Option<Range<usize>>,
}

/// One run of a word diff, as token ranges: equal words (in A and in B), or a change (what A had, what B
/// has; one of them may be empty).
enum Piece {
    Equal(Range<usize>, Range<usize>),
    Change(Option<Range<usize>>, Option<Range<usize>>),
}

/// Add `len` tokens from `start` to a run.
fn grow(run: &mut Option<Range<usize>>, start: usize, len: usize) {
    match run {
        Some(r) => {
            debug_assert_eq!(r.end, start, "a script's ops are contiguous");
            r.end = start + len;
        }
        None => *run = Some(start..start + len),
    }
}

/// The tokens a change spans on its longer side.
fn change_len(del: &Option<Range<usize>>, ins: &Option<Range<usize>>) -> usize {
    del.as_ref().map_or(0, Range::len).max(ins.as_ref().map_or(0, Range::len))
}

/// Two ranges of one side that follow each other directly, as one; either may be absent.
fn joined(first: &Option<Range<usize>>, last: &Option<Range<usize>>) -> Option<Range<usize>> {
    match (first, last) {
        (Some(x), Some(y)) => Some(x.start..y.end),
        (x, y) => x.clone().or_else(|| y.clone()),
    }
}

/// Two ranges of one side that follow each other (through the equal run between them), as one.
fn span(first: &Option<Range<usize>>, middle: &Range<usize>, last: &Option<Range<usize>>) -> Option<Range<usize>> {
    let start = first.as_ref().map_or(middle.start, |r| r.start);
    let end = last.as_ref().map_or(middle.end, |r| r.end);
    Some(start..end)
}

impl Runs<'_> {
    fn flush_changes(&mut self) {
        if self.del.is_some() || self.ins.is_some() {
            self.pieces.push(Piece::Change(self.del.take(), self.ins.take()));
        }
    }

    fn flush_equal(&mut self) {
        if let Some((a, b)) = self.eq.take() {
            self.pieces.push(Piece::Equal(a, b));
        }
    }

    /// Whether one equal word between two rewordings is a chance match that splits one change in two:
    /// "[-LIMA, March-] {+At least+} 14 [-(Reuters) --] {+people were killed+}", where the day of a
    /// dateline met a death toll. Only a lone small word or number between changes of at least two words
    /// on each side goes; a content word there ("Shares {+in the company+} fell [-8%-] {+9 per cent+}")
    /// is a true anchor and stays.
    fn stray(&self, before: usize, eq: &Range<usize>, after: usize) -> bool {
        if eq.len() != 1 || before < 2 || after < 2 {
            return false;
        }
        let t = &self.b.tokens[eq.start];
        let word = &self.b.text[t.start..t.end];
        word.contains(|c: char| c.is_ascii_digit()) || with_fold(word, crate::normalize::is_stopword)
    }

    /// "MANCHESTER [-England (AP) — Manchester-] CITY": a lone equal word before words only one side has,
    /// when the last of those repeats it, is better read as the start of the run after: "[-MANCHESTER,
    /// England (AP) —-] Manchester City". The diff is as short either way; the change slides up one word,
    /// the lone word's run empties and the run after grows, so a name is not split by a dateline.
    fn join_split_names(&mut self) {
        let key_a = |i: usize| self.a.tokens[i].key;
        let key_b = |j: usize| self.b.tokens[j].key;
        let mut i = 0;
        while i + 2 < self.pieces.len() {
            let slid = match (&self.pieces[i], &self.pieces[i + 1], &self.pieces[i + 2]) {
                (Piece::Equal(ea, eb), Piece::Change(Some(d), None), Piece::Equal(na, nb))
                    if ea.len() == 1 && key_a(ea.start) == key_a(d.end - 1) =>
                {
                    Some((
                        Piece::Change(Some(ea.start..d.end - 1), None),
                        Piece::Equal(d.end - 1..na.end, eb.start..nb.end),
                    ))
                }
                (Piece::Equal(ea, eb), Piece::Change(None, Some(n)), Piece::Equal(na, nb))
                    if eb.len() == 1 && key_b(eb.start) == key_b(n.end - 1) =>
                {
                    Some((
                        Piece::Change(None, Some(eb.start..n.end - 1)),
                        Piece::Equal(ea.start..na.end, n.end - 1..nb.end),
                    ))
                }
                _ => None,
            };
            let Some((change, equal)) = slid else {
                i += 1;
                continue;
            };
            self.pieces.splice(i..i + 3, [change, equal]);
            // The change may now follow another: one stretch of changes is one delete run and one insert run.
            if i > 0
                && let (Piece::Change(d1, i1), Piece::Change(d2, i2)) = (&self.pieces[i - 1], &self.pieces[i])
            {
                let merged = Piece::Change(joined(d1, d2), joined(i1, i2));
                self.pieces.splice(i - 1..=i, [merged]);
                i -= 1;
            }
            i += 1;
        }
    }

    /// An equal word at the edge of a change where one report opens or closes a quotation and the other
    /// does not joins the change. An equal run shows B's spelling, and B's closing mark before A's deleted
    /// words misplaced where A's quotation ends: `helping us," [-at all," she told reporters-]`. Now:
    /// `helping [-us at all," she told reporters-] {+us," she said.+}`. Inside an equal run such a word
    /// stays: only where the wording changes does the quotation's end matter to the reader.
    fn move_quote_edges(&mut self) {
        fn marks(t: &Tokens, i: usize) -> usize {
            t.text[t.tokens[i].start..t.tokens[i].end].chars().filter(|&c| is_double_quote(c)).count()
        }
        let differs = |ia: usize, ib: usize| marks(self.a, ia) != marks(self.b, ib);
        let n = self.pieces.len();
        let is_change = |k: Option<&Piece>| matches!(k, Some(Piece::Change(..)));
        let mut out: Vec<Piece> = Vec::with_capacity(n + 2);
        for k in 0..n {
            let (mut a, mut b) = match &self.pieces[k] {
                Piece::Equal(a, b) => (a.clone(), b.clone()),
                Piece::Change(d, i) => {
                    out.push(Piece::Change(d.clone(), i.clone()));
                    continue;
                }
            };
            let lead = (k > 0 && is_change(self.pieces.get(k - 1)) && !a.is_empty() && differs(a.start, b.start))
                .then(|| Piece::Change(Some(a.start..a.start + 1), Some(b.start..b.start + 1)));
            if lead.is_some() {
                (a.start, b.start) = (a.start + 1, b.start + 1);
            }
            let trail = (is_change(self.pieces.get(k + 1)) && !a.is_empty() && differs(a.end - 1, b.end - 1))
                .then(|| Piece::Change(Some(a.end - 1..a.end), Some(b.end - 1..b.end)));
            if trail.is_some() {
                (a.end, b.end) = (a.end - 1, b.end - 1);
            }
            out.extend(lead);
            if !a.is_empty() {
                out.push(Piece::Equal(a, b));
            }
            out.extend(trail);
        }
        // Changes now side by side are one stretch: one delete run and one insert run.
        let mut merged: Vec<Piece> = Vec::with_capacity(out.len());
        for piece in out {
            match (merged.last_mut(), piece) {
                (Some(Piece::Change(d1, i1)), Piece::Change(d2, i2)) => {
                    *d1 = joined(d1, &d2);
                    *i1 = joined(i1, &i2);
                }
                (_, piece) => merged.push(piece),
            }
        }
        self.pieces = merged;
    }

    /// Merge each stray equal word into the changes around it, then make the pieces into runs.
    fn words(mut self) -> Vec<Run> {
        self.join_split_names();
        let mut i = 1;
        while i + 1 < self.pieces.len() {
            if let (Piece::Change(d1, i1), Piece::Equal(ea, eb), Piece::Change(d2, i2)) =
                (&self.pieces[i - 1], &self.pieces[i], &self.pieces[i + 1])
                && self.stray(change_len(d1, i1), eb, change_len(d2, i2))
            {
                let merged = Piece::Change(span(d1, ea, d2), span(i1, eb, i2));
                // The merged change is looked at again with the runs after it.
                self.pieces.splice(i - 1..=i + 1, [merged]);
            } else {
                i += 1;
            }
        }
        self.move_quote_edges();
        let mut out = Vec::with_capacity(self.pieces.len() + 1);
        // A's last equal word, which B's last equal run shows.
        let mut last_equal_a = None;
        for piece in std::mem::take(&mut self.pieces) {
            match piece {
                Piece::Equal(a, b) => {
                    last_equal_a = a.end.checked_sub(1);
                    out.push(Run { op: Op::Equal, text: self.b.text_of(b) });
                }
                Piece::Change(del, ins) => {
                    if let Some(r) = del {
                        out.push(Run { op: Op::Delete, text: self.a.text_of(r) });
                    }
                    if let Some(r) = ins {
                        out.push(Run { op: Op::Insert, text: self.b.text_of(r) });
                    }
                }
            }
        }
        self.keep_closing_mark(&mut out, last_equal_a);
        out
    }

    /// When both sentences close with the same mark ("." or "?”") and the words before it changed, the mark
    /// stays at the end, outside the change, as an editor marks a proof: "checked it {+carefully+}." and
    /// "so far [-been recovered-]." Riding on its word, it sat inside the change ("{+carefully.+}"), or,
    /// when B's sentence ended sooner, on B's last equal word ahead of A's deleted tail: "so far. [-been
    /// recovered.-]", which no report printed. Its run is the mark alone, which printers join to the run
    /// before without a space ([`crate::normalize::joins_without_space`]).
    ///
    /// `last_equal_a` is A's word that B's last equal run ends on. When A closes a sentence there too (a
    /// merge: "in eastern Ukraine. [-North Korea was one of the few.-]"), B's mark is A's as well, and
    /// stays.
    fn keep_closing_mark(&self, out: &mut Vec<Run>, last_equal_a: Option<usize>) {
        if !self.a.single_spaced || !self.b.single_spaced || out.last().is_none_or(|r| r.op == Op::Equal) {
            return;
        }
        let (a, b) = (self.a.text, self.b.text);
        let (mark_a, mark_b) = (closing_mark(a), closing_mark(b));
        if mark_b.is_empty() || !same_mark(mark_a, mark_b) {
            return;
        }
        // The run that ends each side's text: B's is its last equal or inserted run, A's its last deleted run
        // when the deleted words end it (else an equal run ends A too, and shows B's spelling, without the
        // mark once B's run is cut).
        let ends = |r: &Run, side: &str, mark: &str| match &r.text {
            RunText::At(at) => at.end == side.len() && at.len() > mark.len(),
            RunText::Joined(_) => false,
        };
        let Some(last_b) = out.iter().rposition(|r| r.op != Op::Delete).filter(|&i| ends(&out[i], b, mark_b)) else {
            return;
        };
        let a_word = |i: usize| &a[self.a.tokens[i].start..self.a.tokens[i].end];
        if out[last_b].op == Op::Equal && last_equal_a.is_some_and(|i| !closing_mark(a_word(i)).is_empty()) {
            return;
        }
        let last_a = out.iter().rposition(|r| r.op != Op::Insert);
        let last_a = match last_a.map(|i| (i, &out[i])) {
            Some((i, r)) if r.op == Op::Delete => {
                if !ends(r, a, mark_a) {
                    return;
                }
                Some(i)
            }
            // A's text ends in equal words, shown as B spelled them: B closing them too ("Ukraine. {+More
            // words.+}", a merge) would put two marks at A's end.
            Some((_, Run { text: RunText::At(at), .. })) if !closing_mark(&b[at.clone()]).is_empty() => return,
            _ => None,
        };
        for (i, mark) in [(Some(last_b), mark_b), (last_a, mark_a)] {
            if let Some(RunText::At(at)) = i.map(|i| &mut out[i].text) {
                at.end -= mark.len();
            }
        }
        out.push(Run { op: Op::Equal, text: RunText::At(b.len() - mark_b.len()..b.len()) });
    }
}

/// The marks that close `text` as a sentence, glued to its last word: a full stop, question or
/// exclamation mark or ellipsis, with any closing quotation marks and brackets around them ("." of "said.",
/// ".”" of "wrong.”", "?)" ). Empty when the text does not end so.
pub fn closing_mark(text: &str) -> &str {
    let start = text.char_indices().rev().take_while(|&(_, c)| is_closing(c)).last().map_or(text.len(), |(i, _)| i);
    let mark = &text[start..];
    let glued = text[..start].chars().next_back().is_some_and(|c| !c.is_whitespace());
    if glued && is_closing_mark(mark) { mark } else { "" }
}

/// Whether `text` is a closing mark alone ([`closing_mark`]).
pub fn is_closing_mark(text: &str) -> bool {
    text.chars().all(is_closing) && text.contains(['.', '?', '!', '…'])
}

/// A mark that may close a sentence, or a quotation or bracket around its end.
fn is_closing(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | ')' | ']') || is_double_quote(c) || is_apostrophe(c)
}

/// Whether two closing marks are the same up to quote style.
fn same_mark(a: &str, b: &str) -> bool {
    let plain = |c: char| {
        if is_double_quote(c) {
            '"'
        } else if is_apostrophe(c) {
            '\''
        } else {
            c
        }
    };
    a.chars().map(plain).eq(b.chars().map(plain))
}

impl DiffHook for Runs<'_> {
    type Error = std::convert::Infallible;

    fn equal(&mut self, old: usize, new: usize, len: usize) -> Result<(), Self::Error> {
        if len > 0 {
            self.flush_changes();
            match &mut self.eq {
                Some((a, b)) => {
                    debug_assert_eq!((a.end, b.end), (old, new), "a script's ops are contiguous");
                    (a.end, b.end) = (old + len, new + len);
                }
                None => self.eq = Some((old..old + len, new..new + len)),
            }
        }
        Ok(())
    }

    fn delete(&mut self, old: usize, len: usize, _new: usize) -> Result<(), Self::Error> {
        if len > 0 {
            self.flush_equal();
            grow(&mut self.del, old, len);
        }
        Ok(())
    }

    fn insert(&mut self, _old: usize, new: usize, len: usize) -> Result<(), Self::Error> {
        if len > 0 {
            self.flush_equal();
            grow(&mut self.ins, new, len);
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Self::Error> {
        self.flush_changes();
        self.flush_equal();
        Ok(())
    }
}

/// Every word of `text` as one run with one operation (for added, omitted and copied sentences). The run
/// shares `text` when it is single-spaced already, as sentence text nearly always is.
pub fn whole(op: Op, text: &Text) -> Vec<Word> {
    // `collapsed` borrows a text that is collapsed already, and the part is then the text itself.
    let t = text.part(crate::sentences::collapsed(text));
    if t.is_empty() { Vec::new() } else { vec![Word { op, text: t, spaced: true }] }
}

/// [`whole`] for text known to be collapsed already, as an article's sentences are ([`crate::sentences`]
/// collapses each as it cuts it): the run is the text itself. A comparison makes such a run for every
/// copied, added and omitted sentence, and checking each again was 2% of comparing two long reports
/// written with curly quotes, which the check's fast path does not take.
pub fn whole_collapsed(op: Op, text: &Text) -> Vec<Word> {
    debug_assert!(matches!(crate::sentences::collapsed(text), std::borrow::Cow::Borrowed(t) if t == &**text));
    if text.is_empty() { Vec::new() } else { vec![Word { op, text: text.clone(), spaced: true }] }
}

/// Where each token of `text` stands in it, as the diff cuts it: a word with the punctuation-only words
/// that ride on it ("said —", "— Volumes:"). A run of a diff holds whole tokens, and an equal run as many
/// of A's as of B's, so these give each run's words as A wrote them, where the run carries B's spelling.
pub fn token_ranges(text: &str) -> Vec<Range<usize>> {
    let mut list = Vec::new();
    Tokens::new(text, &mut list).tokens.iter().map(|t| t.start..t.end).collect()
}

/// Whether two texts are the same up to case, quote style, punctuation and whitespace.
pub fn same_folded(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Words that fold to nothing (punctuation alone) are skipped on each side; the rest must fold alike.
    let has_key = |w: &&str| w.chars().any(|c| c.is_alphanumeric() || crate::normalize::is_kept_sign(c));
    let (mut xs, mut ys) = (tokens(a).filter(has_key), tokens(b).filter(has_key));
    loop {
        match (xs.next(), ys.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) => {
                if x != y && !with_fold(x, |fx| with_fold(y, |fy| fx == fy)) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs as the text printer marks them, joined as printers join them.
    fn show(ws: &[Word]) -> String {
        let mut out = String::new();
        for (i, w) in ws.iter().enumerate() {
            if i > 0 && !crate::normalize::joins_as_written(&ws[i - 1].text, &w.text, w.spaced) {
                out.push(' ');
            }
            match w.op {
                Op::Equal => out.push_str(&w.text),
                Op::Delete => out.push_str(&format!("[-{}-]", w.text)),
                Op::Insert => out.push_str(&format!("{{+{}+}}", w.text)),
            }
        }
        out
    }

    /// The word diff as it was first written, kept as the definition the fast one must match: tokens as
    /// strings, similar's own patience diff, then runs joined from the flat list of words.
    fn reference(a: &str, b: &str) -> Vec<Word> {
        use similar::{Algorithm, DiffOp, capture_diff_slices_by_key_deadline};
        use std::borrow::Cow;

        struct Token<'a> {
            text: Cow<'a, str>,
            key: u64,
        }
        fn tokens(text: &str) -> Vec<Token<'_>> {
            let mut out: Vec<Token> = Vec::new();
            let mut pending = String::new();
            let mut dashes = 0usize;
            // The last token's fold, when it is a figure that a unit after it joins.
            let mut figure: Option<String> = None;
            for w in words(text) {
                let folded = with_fold(w, str::to_owned);
                if let (Some(fig), Some(last)) = (&figure, out.last_mut())
                    && UNITS.contains(&folded.as_bytes())
                {
                    last.key = crate::normalize::hash_str(&format!("{fig}{folded}"));
                    last.text = Cow::Owned(format!("{} {w}", last.text));
                    figure = None;
                    continue;
                }
                if !folded.is_empty() {
                    figure = is_figure(folded.as_bytes()).then(|| folded.clone());
                }
                let Some(key) = with_fold(w, |f| (!f.is_empty()).then(|| crate::normalize::hash_str(f))) else {
                    // An opening dash waits for the next word, and so does what follows it.
                    dashes += usize::from(is_spaced_dash(w));
                    let opens = is_spaced_dash(w) && dashes % 2 == 1 && dashes < spaced_dashes(text);
                    let forward = !pending.is_empty() || opens;
                    if forward {
                        figure = None;
                    }
                    let into = match out.last_mut() {
                        Some(t) if !forward => t.text.to_mut(),
                        _ => &mut pending,
                    };
                    if !into.is_empty() {
                        into.push(' ');
                    }
                    into.push_str(w);
                    continue;
                };
                let text = if pending.is_empty() {
                    Cow::Borrowed(w)
                } else {
                    Cow::Owned(format!("{} {w}", std::mem::take(&mut pending)))
                };
                out.push(Token { text, key });
            }
            if !pending.is_empty() {
                match out.last_mut() {
                    Some(t) => t.text = Cow::Owned(format!("{} {pending}", t.text)),
                    None => out.push(Token { text: Cow::Owned(pending), key: 0 }),
                }
            }
            out
        }

        let (ta, tb) = (tokens(a), tokens(b));
        let deadline = Instant::now() + Duration::from_secs(60);
        let ops = capture_diff_slices_by_key_deadline(Algorithm::Patience, &ta, &tb, |t| t.key, Some(deadline));
        // Runs of tokens: equal (A's and B's), or a change (A's, B's).
        enum Run<'t> {
            Equal(Vec<&'t Token<'t>>, Vec<&'t Token<'t>>),
            Change(Vec<&'t Token<'t>>, Vec<&'t Token<'t>>),
        }
        fn toks<'t>(ts: &'t [Token<'t>], r: Range<usize>) -> Vec<&'t Token<'t>> {
            ts[r].iter().collect()
        }
        let mut runs: Vec<Run> = Vec::new();
        for op in ops {
            let (old, new) = (op.old_range(), op.new_range());
            match (op, runs.last_mut()) {
                (DiffOp::Equal { .. }, Some(Run::Equal(a, b))) => {
                    a.extend(toks(&ta, old));
                    b.extend(toks(&tb, new));
                }
                (DiffOp::Equal { .. }, _) => runs.push(Run::Equal(toks(&ta, old), toks(&tb, new))),
                (_, Some(Run::Change(a, b))) => {
                    a.extend(toks(&ta, old));
                    b.extend(toks(&tb, new));
                }
                _ => runs.push(Run::Change(toks(&ta, old), toks(&tb, new))),
            }
        }
        // The sliding rule: a lone equal word before a one-sided change whose last word repeats it moves
        // to the start of the equal run after the change.
        let mut i = 0;
        while i + 2 < runs.len() {
            let slide = match (&runs[i], &runs[i + 1], &runs[i + 2]) {
                (Run::Equal(ea, _), Run::Change(d, n), Run::Equal(..)) if ea.len() == 1 => {
                    let last = if n.is_empty() {
                        d.last()
                    } else if d.is_empty() {
                        n.last()
                    } else {
                        None
                    };
                    last.is_some_and(|l| l.key == ea[0].key)
                }
                _ => false,
            };
            if !slide {
                i += 1;
                continue;
            }
            let Run::Equal(mut na, mut nb) = runs.remove(i + 2) else { unreachable!() };
            let Run::Change(mut d, mut n) = runs.remove(i + 1) else { unreachable!() };
            let Run::Equal(ea, eb) = runs.remove(i) else { unreachable!() };
            if n.is_empty() {
                na.insert(0, d.pop().expect("a deleted word"));
                nb.splice(0..0, eb);
                d.splice(0..0, ea);
            } else {
                nb.insert(0, n.pop().expect("an inserted word"));
                na.splice(0..0, ea);
                n.splice(0..0, eb);
            }
            match runs.get_mut(i.wrapping_sub(1)) {
                Some(Run::Change(pd, pn)) if i > 0 => {
                    pd.extend(d);
                    pn.extend(n);
                    runs.insert(i, Run::Equal(na, nb));
                }
                _ => {
                    runs.insert(i, Run::Change(d, n));
                    runs.insert(i + 1, Run::Equal(na, nb));
                    i += 1;
                }
            }
        }
        // The stray-word rule, on these runs: one small word or number between changes of two or more
        // words on each side joins them.
        let mut i = 1;
        while i + 1 < runs.len() {
            let stray = match (&runs[i - 1], &runs[i], &runs[i + 1]) {
                (Run::Change(d1, i1), Run::Equal(_, eb), Run::Change(d2, i2)) => {
                    eb.len() == 1
                        && d1.len().max(i1.len()) >= 2
                        && d2.len().max(i2.len()) >= 2
                        && (eb[0].text.contains(|c: char| c.is_ascii_digit())
                            || with_fold(&eb[0].text, crate::normalize::is_stopword))
                }
                _ => false,
            };
            if !stray {
                i += 1;
                continue;
            }
            let Run::Change(d2, i2) = runs.remove(i + 1) else { unreachable!() };
            let Run::Equal(ea, eb) = runs.remove(i) else { unreachable!() };
            if let Run::Change(d1, i1) = &mut runs[i - 1] {
                d1.extend(ea.into_iter().chain(d2));
                i1.extend(eb.into_iter().chain(i2));
            }
        }
        // The quote-edge rule: an equal word at a change's edge whose double quotation marks differ between A
        // and B joins the change.
        let marks = |t: &Token| t.text.chars().filter(|&c| is_double_quote(c)).count();
        let changes: Vec<bool> = runs.iter().map(|r| matches!(r, Run::Change(..))).collect();
        let mut edged: Vec<Run> = Vec::new();
        for (k, run) in runs.into_iter().enumerate() {
            let (mut a, mut b) = match run {
                Run::Change(a, b) => {
                    edged.push(Run::Change(a, b));
                    continue;
                }
                Run::Equal(a, b) => (a, b),
            };
            let lead = (k > 0 && changes[k - 1] && !a.is_empty() && marks(a[0]) != marks(b[0]))
                .then(|| (a.remove(0), b.remove(0)));
            let trail =
                (changes.get(k + 1) == Some(&true) && !a.is_empty() && marks(a[a.len() - 1]) != marks(b[b.len() - 1]))
                    .then(|| (a.pop().expect("a word"), b.pop().expect("a word")));
            edged.extend(lead.map(|(x, y)| Run::Change(vec![x], vec![y])));
            if !a.is_empty() {
                edged.push(Run::Equal(a, b));
            }
            edged.extend(trail.map(|(x, y)| Run::Change(vec![x], vec![y])));
        }
        let mut runs: Vec<Run> = Vec::new();
        for run in edged {
            match (runs.last_mut(), run) {
                (Some(Run::Change(a1, b1)), Run::Change(a2, b2)) => {
                    a1.extend(a2);
                    b1.extend(b2);
                }
                (_, run) => runs.push(run),
            }
        }
        let join = |ts: &[&Token]| ts.iter().map(|t| t.text.as_ref()).collect::<Vec<&str>>().join(" ");
        let mut out: Vec<Word> = Vec::new();
        for run in runs {
            match run {
                Run::Equal(_, b) => out.push(Word { op: Op::Equal, text: join(&b).into(), spaced: true }),
                Run::Change(a, b) => {
                    if !a.is_empty() {
                        out.push(Word { op: Op::Delete, text: join(&a).into(), spaced: true });
                    }
                    if !b.is_empty() {
                        out.push(Word { op: Op::Insert, text: join(&b).into(), spaced: true });
                    }
                }
            }
        }
        out
    }

    /// Text from a few words, so that keys repeat (the case patience diff treats specially), in varied case
    /// and punctuation, with punctuation-only words and uneven whitespace now and then.
    fn prose(words: usize) -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let word = prop_oneof![
            8 => prop::sample::select(vec!["the", "The", "war", "peace", "and", "said", "“said”", "peace,", "Kim's", "co-op", "a", "b", "c", "d", "é"]).prop_map(str::to_owned),
            // Figures and units, glued and apart.
            2 => prop::sample::select(vec!["10", "4:17", "6.3", "km", "a.m.", "PM", "km,", "10km", "4:17am", "in"]).prop_map(str::to_owned),
            2 => "[a-h]{1,3}",
            1 => prop::sample::select(vec!["–", "•", "...", "“", "”,"]).prop_map(str::to_owned),
        ];
        let space =
            prop_oneof![12 => Just(" "), 1 => Just("  "), 1 => Just("\t"), 1 => Just("\u{a0}"), 1 => Just(" \n ")];
        prop::collection::vec((word, space), 0..words).prop_map(|ws| {
            ws.into_iter().fold(String::new(), |mut s, (w, sp)| {
                s.push_str(&w);
                s.push_str(sp);
                s
            })
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]
        /// Same runs, same text, as the definition, on any pair.
        #[test]
        fn diff_matches_the_reference(a in prose(40), b in prose(40)) {
            proptest::prop_assert_eq!(diff(&a, &b), reference(&a, &b));
        }

        /// B made from A by a few edits, as aligned sentence pairs are.
        #[test]
        fn diff_of_an_edited_text_matches_the_reference(
            a in prose(60),
            edits in proptest::collection::vec((0usize..60, 0usize..4, prose(4)), 0..5),
        ) {
            let mut b: Vec<&str> = a.split(' ').collect();
            for (at, cut, _) in &edits {
                let at = (*at).min(b.len());
                let cut = (*cut).min(b.len() - at);
                b.drain(at..at + cut);
            }
            for (at, _, text) in &edits {
                let at = (*at).min(b.len());
                b.insert(at, text);
            }
            let b = b.join(" ");
            proptest::prop_assert_eq!(diff(&a, &b), reference(&a, &b));
        }
    }

    /// A few keys of 0..40, each once, in any order.
    fn distinct() -> impl proptest::strategy::Strategy<Value = Vec<u64>> {
        use proptest::prelude::*;
        prop::sample::subsequence((0u64..40).collect::<Vec<_>>(), 0..30).prop_shuffle()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 5000, ..Default::default() })]
        /// The patience diff gives similar's script op for op, before any compaction, on keys that repeat.
        #[test]
        fn patience_gives_similars_ops(
            (old, new) in proptest::prop_oneof![
                (proptest::collection::vec(0u64..8, 0..30), proptest::collection::vec(0u64..8, 0..30)),
                // Past the small table of unique keys.
                (proptest::collection::vec(0u64..90, 0..150), proptest::collection::vec(0u64..90, 0..150)),
                // Keys that occur once, in orders that agree or cross.
                (distinct(), distinct()),
            ],
            edit in proptest::collection::vec((0usize..30, 0u64..12), 0..4),
        ) {
            use similar::algorithms::Capture;
            // Half the time, B is A with a few keys changed, as in a reworded sentence.
            let new = if new.len() % 2 == 0 {
                let mut b = old.clone();
                for (at, k) in edit {
                    if at < b.len() { b[at] = k } else { b.push(k) }
                }
                b
            } else {
                new
            };
            let deadline = Instant::now() + Duration::from_secs(60);
            let mut ours = Capture::new();
            let Ok(()) = patience_diff(&mut ours, &Keys(old.as_slice()), &Keys(new.as_slice()), deadline, &mut Vec::new());
            let mut theirs = Capture::new();
            let Ok(()) = patience::diff_deadline(&mut theirs, &old, 0..old.len(), &new, 0..new.len(), Some(deadline));
            proptest::prop_assert_eq!(ours.into_ops(), theirs.into_ops());
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 5000, ..Default::default() })]
        /// Where `compaction_slides` says no, compaction keeps every equal pair of the script.
        #[test]
        fn compaction_keeps_the_equal_words_when_nothing_slides(
            old in proptest::collection::vec(0u64..6, 0..25),
            new in proptest::collection::vec(0u64..6, 0..25),
        ) {
            use similar::algorithms::Capture;
            let (o, n) = (Keys(old.as_slice()), Keys(new.as_slice()));
            let deadline = Instant::now() + Duration::from_secs(60);
            let mut raw = Vec::new();
            let Ok(()) = patience_diff(&mut Record(&mut raw), &o, &n, deadline, &mut Vec::new());
            let mut compacted = Compact::new(Capture::new(), &o, &n);
            for op in &raw {
                let Ok(()) = op.apply_to_hook(&mut compacted);
            }
            let Ok(()) = compacted.finish();
            let pairs = |ops: &[DiffOp]| -> Vec<(usize, usize)> {
                ops.iter()
                    .filter_map(|op| match *op {
                        DiffOp::Equal { old_index, new_index, len } => Some((0..len).map(move |k| (old_index + k, new_index + k))),
                        _ => None,
                    })
                    .flatten()
                    .collect()
            };
            let same = pairs(&raw) == pairs(compacted.into_inner().ops());
            proptest::prop_assert!(same || compaction_slides(&raw, &o, &n));
        }
    }

    #[test]
    fn long_pairs_match_the_reference() {
        // Past similar's shortcut for unrelated texts, and short of it on one side.
        let text = |n: usize, step: usize| -> String {
            (0..n).map(|i| format!("w{}", (i * step) % 97)).collect::<Vec<_>>().join(" ")
        };
        for (a, b) in [(text(600, 7), text(650, 11)), (text(600, 7), text(300, 7)), (text(700, 3), text(700, 3))] {
            assert_eq!(diff(&a, &b), reference(&a, &b));
        }
        let mut b = text(800, 5);
        b.push_str(" tail words");
        assert_eq!(diff(&text(800, 5), &b), reference(&text(800, 5), &b));
        // Long runs of words that occur once: between the common ends, every other word replaced (shared
        // words in one order, past the length where the anchors are taken without Myers), and a block moved
        // (shared words in crossing orders).
        let unique = |words: &[usize]| words.iter().map(|i| format!("u{i}")).collect::<Vec<_>>().join(" ");
        let a: Vec<usize> = (0..400).collect();
        let every_other: Vec<usize> =
            a.iter().map(|&i| if i % 2 == 1 && (50..350).contains(&i) { i + 1000 } else { i }).collect();
        let moved: Vec<usize> = (0..100).chain(250..300).chain(100..250).chain(300..400).collect();
        for b in [every_other, moved] {
            assert_eq!(diff(&unique(&a), &unique(&b)), reference(&unique(&a), &unique(&b)));
        }
    }

    #[test]
    fn quote_style_and_case_are_not_changes() {
        let d = diff("Russia said “expand” its \"ties\".", "russia said \"Expand\" its ‘ties’");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].op, Op::Equal);
    }

    #[test]
    fn rewording_shows_as_one_hunk() {
        let d = diff(
            "ties have been consolidated and developed century after century",
            "ties have been reinforced and developed century after century",
        );
        assert_eq!(show(&d), "ties have been [-consolidated-] {+reinforced+} and developed century after century");
    }

    #[test]
    fn thai_runs_keep_the_spaces_between_phrases_and_none_inside_one() {
        // A change inside a phrase joins its neighbours with no space; one that opens a phrase keeps the
        // space before it, as the writer set it.
        let d = diff("น้ำป่าหลากถล่มแม่ลานคำ อพยพด่วน 386 คน", "น้ำป่าหลากท่วมแม่ลานคำ ชาวบ้านอพยพ 386 คน");
        assert_eq!(show(&d), "น้ำป่าหลาก[-ถล่ม-]{+ท่วม+}แม่ลานคำ {+ชาวบ้าน+}อพยพ[-ด่วน-] 386 คน");
    }

    #[test]
    fn a_lone_small_word_between_rewordings_joins_them() {
        let d = diff(
            "LIMA, March 14 (Reuters) - A strong quake struck",
            "At least 14 people were killed when a strong quake struck",
        );
        assert_eq!(
            show(&d),
            "[-LIMA, March 14 (Reuters) --] {+At least 14 people were killed when+} a strong quake struck"
        );
        // A content word there is a true anchor, and a small word between one-word changes stays too.
        let d = diff("Shares fell 8% in early trading", "Shares in the company fell 9 per cent in early trading");
        assert_eq!(show(&d), "Shares {+in the company+} fell [-8%-] {+9 per cent+} in early trading");
        assert_eq!(show(&diff("a b c d e", "a x c y e")), "a [-b-] {+x+} c [-d-] {+y+} e");
    }

    #[test]
    fn where_a_quotation_ends_is_not_misplaced() {
        let d = diff(
            "\"The wind is not helping us at all,\" Oliveira-Santos told reporters.",
            "\"The wind is not helping us,\" she said.",
        );
        assert_eq!(
            show(&d),
            "\"The wind is not helping [-us at all,\" Oliveira-Santos told reporters-] {+us,\" she said+}."
        );
        // Quotation marks that match stay in the equal run.
        let d = diff("\"We will win,\" he said on Monday.", "\"We will win,\" he told reporters.");
        assert_eq!(show(&d), "\"We will win,\" he [-said on Monday-] {+told reporters+}.");
    }

    #[test]
    fn the_closing_mark_stays_outside_a_change_at_the_end() {
        let cases = [
            // Both sides' last words changed.
            ("They left the river.", "They left the town.", "They left the [-river-] {+town+}."),
            // B's sentence ends sooner: A's deleted tail no longer follows B's full stop.
            ("Twelve have so far been recovered.", "Twelve have so far.", "Twelve have so far [-been recovered-]."),
            // B's sentence runs on: the mark A put on its last equal word goes after B's new words.
            ("Engineers checked it.", "Engineers checked it carefully.", "Engineers checked it {+carefully+}."),
            // A question, and closing quotation marks with it, in either quote style.
            ("He asked “why now?”", "He asked \"why today?\"", "He asked \"why [-now-] {+today+}?\""),
            ("It was wrong (again.)", "It was a mistake (again.)", "It was [-wrong-] {+a mistake+} (again.)"),
        ];
        for (a, b, want) in cases {
            assert_eq!(show(&diff(a, b)), want, "{a} / {b}");
        }
    }

    #[test]
    fn a_closing_mark_that_differs_or_stands_mid_text_stays_with_its_word() {
        let cases = [
            // Different marks: which one closes the sentence is B's business, and stays in its run.
            ("They left the river.", "They left the town?", "They left the [-river.-] {+town?+}"),
            // A merge: A closes a sentence where B ends, and B's mark is A's too.
            ("It was in Ukraine. Few did so.", "It was in Ukraine.", "It was in Ukraine. [-Few did so.-]"),
            // B closes a sentence inside A's equal words: A's end would get two marks.
            ("It was in Ukraine", "It was in Ukraine. Few did so.", "It was in Ukraine. {+Few did so.+}"),
            // No mark at the end: a headline.
            ("Mayor shuts the bridge", "Mayor closes the bridge", "Mayor [-shuts-] {+closes+} the bridge"),
            // Nothing changed at the end.
            ("Crews found twelve.", "Crews recovered twelve.", "Crews [-found-] {+recovered+} twelve."),
        ];
        for (a, b, want) in cases {
            assert_eq!(show(&diff(a, b)), want, "{a} / {b}");
        }
    }

    #[test]
    fn closing_marks() {
        assert_eq!(closing_mark("he said."), ".");
        assert_eq!(closing_mark("“it was wrong.”"), ".”");
        assert_eq!(closing_mark("really?!"), "?!");
        assert_eq!(closing_mark("and then…"), "…");
        // A quotation or bracket closed without a sentence's mark, a mark standing apart, none at all.
        assert_eq!(closing_mark("he called it “bold”"), "");
        assert_eq!(closing_mark("ends here ."), "");
        assert_eq!(closing_mark("headline"), "");
        assert_eq!(closing_mark("."), "");
        assert!(is_closing_mark(".”") && is_closing_mark("?") && !is_closing_mark("”") && !is_closing_mark(""));
        assert!(!is_closing_mark("a."));
    }

    #[test]
    fn a_dateline_does_not_split_the_name_it_repeats() {
        let d = diff("MANCHESTER, England (AP) — Manchester City signed a forward", "MANCHESTER CITY signed a forward");
        assert_eq!(show(&d), "[-MANCHESTER, England (AP) —-] MANCHESTER CITY signed a forward");
        let d = diff("MANCHESTER CITY signed a forward", "MANCHESTER, England (AP) — Manchester City signed a forward");
        assert_eq!(show(&d), "{+MANCHESTER, England (AP) —+} Manchester City signed a forward");
    }

    #[test]
    fn adjacent_changes_merge() {
        let d = diff("a b c d e", "a x c y e");
        assert_eq!(show(&d), "a [-b-] {+x+} c [-d-] {+y+} e");
        let d = diff("one two three", "uno dos tres");
        assert_eq!(show(&d), "[-one two three-] {+uno dos tres+}");
    }

    #[test]
    fn a_figure_and_its_unit_are_one_word_apart_or_glued() {
        let d = diff("It hit at 4:17 a.m., about 30 km north.", "It hit at 4:17am, about 30km north.");
        assert!(d.iter().all(|w| w.op == Op::Equal), "{}", show(&d));
        assert_eq!(show(&d), "It hit at 4:17am, about 30km north.");
        // A changed figure shows with its unit.
        let d = diff("a depth of 10 km", "a depth of 12km");
        assert_eq!(show(&d), "a depth of [-10 km-] {+12km+}");
        // Only after a figure, and only units: "in" is a word of its own.
        assert_eq!(show(&diff("km away", "kmaway")), "[-km away-] {+kmaway+}");
        assert_eq!(show(&diff("6 in all", "6in all")), "[-6 in-] {+6in+} all");
    }

    #[test]
    fn punctuation_rides_on_words() {
        let d = diff("war – and peace", "war and peace");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(&*d[0].text, "war and peace");
    }

    #[test]
    fn an_aside_set_off_by_dashes_is_put_in_with_its_dashes() {
        let d = diff("the national weather service said.", "the national weather service — Météo-France — said.");
        assert_eq!(show(&d), "the national weather service {+— Météo-France —+} said.");
        assert_eq!(
            show(&diff("the service said.", "the service -- the agency -- said.")),
            "the service {+-- the agency --+} said."
        );
        // Both have the aside: nothing changed.
        let both = "the service — Météo-France — said.";
        assert_eq!(show(&diff(both, both)), both);
        // A lone dash (a dateline's) still rides on the word before it.
        assert_eq!(
            show(&diff("LIMA (Reuters) — A quake struck.", "A quake struck.")),
            "[-LIMA (Reuters) —-] A quake struck."
        );
    }

    proptest::proptest! {
        /// The allocation-free comparison means what its definition says: equal sequences of non-empty folds.
        #[test]
        fn same_folded_compares_the_folded_words(
            a in "([aAbB'’.,“”–$€-]{1,3} ?){0,6}",
            b in "([aAbB'’.,“”–$€-]{1,3} ?){0,6}",
        ) {
            let folds = |t: &str| -> Vec<String> {
                words(t).map(crate::normalize::fold).filter(|k| !k.is_empty()).collect()
            };
            proptest::prop_assert_eq!(same_folded(&a, &b), folds(&a) == folds(&b));
        }
    }

    #[test]
    fn same_folded_ignores_punctuation() {
        assert!(same_folded("He said: “Yes.”", "he said yes"));
        assert!(!same_folded("He said yes", "She said yes"));
    }
}
