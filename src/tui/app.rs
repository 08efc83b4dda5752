//! The application state as plain data, and [`App::step`]: one intent in, the new state out.
//!
//! Nothing here draws or reads the terminal, so tests drive it directly. Work that may be slow goes to the
//! [`Worker`]; the loop feeds its results back with [`App::poll`].

use super::action::{Action, Mode};
use super::diff_pane::{self, BuildOptions, Key, Lines, View};
use super::prompt::{self, Edit};
use super::search::{self, Search};
use super::theme::{Theme, ThemeName};
use super::worker::{Done, Worker};
use pressdiff::alignment::Indices;
use pressdiff::facts::{FactKind, Ledger, LedgerFact, opening_words};
use pressdiff::matrix::{Derivation, Matrix, Progress};
use pressdiff::{Comparison, Corpus};
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};
use ratatui::layout::{Position, Rect};
use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

/// What the comparison says when there is no other article to compare A with.
pub const ALONE: &str = "only one article: there is nothing to compare it with";

/// What fills the screen above the footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The article list over the comparison of A and B.
    Comparison,
    /// Facts (rows) against articles (columns).
    Facts,
    /// Pairwise similarity of every article with every other.
    Matrix,
}

/// The facts view: which kind is shown, and where the cursor is.
#[derive(Debug, Clone, Default)]
pub struct FactsState {
    /// `None` shows every kind.
    pub kind: Option<FactKind>,
    /// Indices into the ledger's facts, in display order: altered first, then facts only one article
    /// carries, then the rest (each in the ledger's order).
    pub rows: Vec<usize>,
    /// Position in `rows`.
    pub selected: usize,
    pub offset: usize,
    /// The first article column shown.
    pub col_offset: usize,
    /// Only facts with a wording holding this (any case) are listed: a big corpus has thousands.
    pub filter: String,
    /// The caret, in characters before the end of `filter`.
    pub caret: usize,
    /// `/` was pressed: keys go to the filter until Enter or Esc.
    pub typing: bool,
    /// Only the facts A and B give differently are listed ([`pair_mark`]): what a reader of one pair asks
    /// first, among the thousands of a corpus's facts.
    pub pair: bool,
    /// The A and B the rows were filtered for (`None` while every fact is listed), so that coming back with
    /// another pair lists its facts.
    pub listed_for: Option<(usize, usize)>,
}

/// Whether a fact stands out: altered (other words or another number), or carried by one article only.
pub fn fact_rank(f: &LedgerFact, articles: usize) -> u8 {
    if f.altered {
        0
    } else if f.articles.len() == 1 && articles > 1 {
        1
    } else {
        2
    }
}

/// How A and B differ on one fact, for the facts view's pair filter, in the order it lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PairMark {
    /// They give it in wordings that change it: another figure, other words quoted, another speaker.
    Changed,
    /// Only A gives it: B left it out.
    OnlyA,
    /// Only B gives it: B added it.
    OnlyB,
    /// Both give it, in wordings that say the same: the figure in other units, an excerpt of the quote.
    Otherwise,
}

impl PairMark {
    /// The mark the facts table shows, as the comparison marks its rows.
    pub fn symbol(self) -> &'static str {
        match self {
            PairMark::Changed => "≠",
            PairMark::OnlyA => "-",
            PairMark::OnlyB => "+",
            PairMark::Otherwise => "~",
        }
    }
}

/// How articles `a` and `b` differ on a fact; `None` when they give it alike, or neither gives it.
///
/// Two articles differ by a change when a wording of one changes the fact and says it otherwise than a
/// wording of the other. Whether a wording changes it is the ledger's word, measured against the fact's
/// first wording: A with the first figure and B with another that merely restates it ("$4.2 billion",
/// "US$4,200 million") give it otherwise, not changed, though a third article may change it. Two that
/// each change the first in one way, as two reports that kept a figure most others changed, agree.
pub fn pair_mark(f: &LedgerFact, a: usize, b: usize) -> Option<PairMark> {
    match (f.carried_by(a), f.carried_by(b)) {
        (false, false) => return None,
        (true, false) => return Some(PairMark::OnlyA),
        (false, true) => return Some(PairMark::OnlyB),
        (true, true) => {}
    }
    if !f.variants.iter().any(|v| v.used_by(a) != v.used_by(b)) {
        return None;
    }
    let changed = f
        .variants_of(a)
        .any(|x| f.variants_of(b).any(|y| !std::ptr::eq(x, y) && (f.changes(x) || f.changes(y)) && f.differ(x, y)));
    Some(if changed { PairMark::Changed } else { PairMark::Otherwise })
}

/// The matrix view's cursor and scroll.
#[derive(Debug, Clone, Copy, Default)]
pub struct MatrixState {
    pub row: usize,
    pub col: usize,
    pub row_offset: usize,
    pub col_offset: usize,
}

/// The list filter: a title query, matched as letters in order.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub text: String,
    /// The caret, in characters before the end of `text`.
    pub caret: usize,
    /// The prompt is open.
    pub typing: bool,
    /// The matching articles, ascending; `None` when no filter is set.
    pub rows: Option<Vec<usize>>,
}

/// Whether `query`'s characters occur in `title` in order, any case.
pub fn fuzzy(title: &str, query: &str) -> bool {
    let mut t = title.chars().flat_map(char::to_lowercase);
    query.chars().flat_map(char::to_lowercase).filter(|c| !c.is_whitespace()).all(|q| t.any(|c| c == q))
}

/// Case, quote marks and apostrophes folded, for finding a fact's wording in the comparison's text.
pub fn fold_text(s: &str) -> String {
    s.chars().map(search::fold).collect()
}

/// A fact opened from the facts view, to find once the comparison's lines are built.
#[derive(Debug, Clone)]
struct Jump {
    /// Its wordings, A's first.
    wordings: Vec<String>,
    /// Quote marks go round a quote's wording only.
    quote: bool,
    /// For an altered fact, which wordings A and B give, for the footer.
    compared: Option<String>,
}

/// Two wordings of one quotation cut down to the words where they differ, with [`CONTEXT_WORDS`] either
/// side and `…` for what is left out: "…we could have…" against "…we should have…". The
/// footer that names an opened fact's two wordings showed both whole, one after the other, and the
/// second, with its change, ran off the edge of any but the widest window.
fn differing(a: &str, b: &str) -> (String, String) {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split_whitespace().collect(), b.split_whitespace().collect());
    // A short quotation reads whole.
    if wa.len().max(wb.len()) <= SHORT_WORDING {
        return (a.to_string(), b.to_string());
    }
    let same = |x: &&str, y: &&str| fold_text(x) == fold_text(y);
    let before = wa.iter().zip(&wb).take_while(|(x, y)| same(x, y)).count();
    let room = wa.len().min(wb.len()) - before;
    let after = wa.iter().rev().zip(wb.iter().rev()).take(room).take_while(|(x, y)| same(x, y)).count();
    let from = before.saturating_sub(CONTEXT_WORDS);
    let cut = |w: &[&str]| {
        let to = (w.len() - after + CONTEXT_WORDS).min(w.len());
        let open = if from > 0 { "…" } else { "" };
        let close = if to < w.len() { "…" } else { "" };
        format!("{open}{}{close}", w[from..to].join(" "))
    };
    (cut(&wa), cut(&wb))
}

/// Words kept either side of a change by [`differing`].
const CONTEXT_WORDS: usize = 1;
/// Wordings of up to this many words are not cut by [`differing`].
const SHORT_WORDING: usize = 8;

/// A fact's wording as the facts view shows it: in quote marks for a quote only.
fn shown(text: &str, quote: bool) -> String {
    if quote { format!("“{text}”") } else { text.to_string() }
}

/// Which pane takes j/k and paging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Comparison,
}

/// How the app starts.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub theme: ThemeName,
}

/// The help overlay: its filter, whether the filter is being typed, and its scroll.
#[derive(Debug, Clone, Default)]
pub struct Help {
    pub filter: String,
    /// `/` was pressed: printable keys go to the filter until Enter or Esc. Otherwise they scroll, as
    /// everywhere else (a reader's first `j` in help should move it, not filter it).
    pub typing: bool,
    /// The caret, in characters before the end of `filter`.
    pub caret: usize,
    pub scroll: usize,
}

/// Where the last frame put things: the mouse and paging need them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Areas {
    /// The rows of the article list (inside its border).
    pub list_rows: Rect,
    /// The whole comparison pane, border included.
    pub comparison: Rect,
    /// The scrolling text of the comparison.
    pub body: Rect,
    /// The help overlay's list.
    pub help: Rect,
    /// The detail under the facts table or the matrix grid.
    pub detail: Rect,
}

pub struct App {
    pub corpus: Arc<Corpus>,
    pub theme: Theme,
    pub focus: Focus,
    pub view: View,
    /// Show boilerplate blocks in the comparison.
    pub boilerplate: bool,
    /// The highlighted row of the list.
    pub selected: usize,
    /// The first row shown in the list.
    pub list_offset: usize,
    /// The base article.
    pub a: usize,
    /// The compared article.
    pub b: usize,
    /// The first comparison line shown.
    pub scroll: usize,
    /// The row `]`/`[` or `n`/`N` last went to. The next jump starts from it while it is on screen, so a
    /// row the view cannot scroll to the top (near the end) is still reached, and marked.
    pub cursor: Option<usize>,
    pub help: Option<Help>,
    pub search: Search,
    /// A one-off note for the footer ("no more changes"); cleared by the next key.
    pub message: Option<String>,
    pub quit: bool,
    /// The window cannot show the panes; only quitting is allowed until it grows.
    pub too_small: bool,
    /// Each article's body word count, counted once: the list shows it on every frame.
    pub words: Vec<usize>,
    /// The display width of the longest id, which the list's Id column grows to where there is room.
    pub longest_id: usize,
    /// Where each id parts from the id most like it, which a cut id keeps in sight.
    pub id_parts: Vec<usize>,
    /// Each article's similarity to A, `None` until the worker has it.
    pub similarity: Vec<Option<f64>>,
    generation: u64,
    comparisons: HashMap<(usize, usize), Arc<Comparison>>,
    /// The current comparison as screen lines, for the width of the last frame.
    pub lines: Option<Lines>,
    /// How many times the comparison was wrapped into lines: scrolling must not add to it.
    pub wraps: usize,
    pub areas: Areas,
    worker: Worker,
    pub screen: Screen,
    pub ledger: Option<Arc<Ledger>>,
    pub facts: FactsState,
    pub matrix: Option<Arc<Matrix>>,
    pub derivations: Option<Arc<Vec<Option<Derivation>>>>,
    pub matrix_progress: Option<Progress>,
    pub cells: MatrixState,
    /// The first line shown of the detail under the facts table or the matrix grid; back to the top when
    /// another fact or cell is selected.
    pub detail_scroll: usize,
    pub list_filter: ListFilter,
    /// For each article whose coverage is known, how many other articles carry each of its sentences.
    pub coverage: HashMap<usize, Arc<Vec<Option<usize>>>>,
    /// Wordings to find in the comparison once its lines are built (a fact opened from the facts view).
    pending_jump: Option<Jump>,
    /// Where the reader was in a pair just swapped (`s`), to find again in the swapped comparison.
    pending_place: Option<SwappedPlace>,
    /// Keys typed while the screen waited for work, to act on in order once it is ready.
    typeahead: VecDeque<Event>,
    /// The size of the comparison's text at the last frame, and whether the ▶ row was on screen in it.
    shown: (u16, u16, bool),
}

/// A row of a comparison by its sentences, A's then B's.
type RowKey = (Indices, Indices);

/// The reader's place in a pair before `s` swapped it: the row at the top and the ▶ row, by their
/// sentences as the swapped comparison holds them (A's are B's now, and B's A's).
#[derive(Debug, Clone, Copy)]
struct SwappedPlace {
    top: Option<RowKey>,
    /// Lines of the top row above the top of the view.
    into: usize,
    cursor: Option<RowKey>,
}

/// The footer's first message: what loading skipped. The same warnings go to stderr, which the TUI's
/// screen hides until it quits; a reader who finds a report missing from the list should be told why.
fn skipped_note(warnings: &[String]) -> Option<String> {
    match warnings {
        [] => None,
        [one] => Some(format!("warning: {one}")),
        [first, rest @ ..] => Some(format!("{} warnings (listed again on quit): {first}; …", rest.len() + 1)),
    }
}

impl App {
    /// Open the corpus: A is the first article with words, B the next, and their comparison starts at once.
    pub fn new(corpus: Corpus, options: Options) -> App {
        let corpus = Arc::new(corpus);
        let n = corpus.articles.len();
        let mut app = App {
            worker: Worker::new(Arc::clone(&corpus)),
            corpus,
            theme: Theme::new(options.theme),
            focus: Focus::List,
            view: View::SideBySide,
            boilerplate: false,
            selected: 0,
            list_offset: 0,
            a: 0,
            b: 1.min(n.saturating_sub(1)),
            scroll: 0,
            cursor: None,
            help: None,
            search: Search::default(),
            message: None,
            quit: false,
            too_small: false,
            similarity: vec![None; n],
            words: Vec::new(),
            longest_id: 0,
            id_parts: Vec::new(),
            generation: 0,
            comparisons: HashMap::new(),
            lines: None,
            wraps: 0,
            areas: Areas::default(),
            screen: Screen::Comparison,
            ledger: None,
            facts: FactsState::default(),
            matrix: None,
            derivations: None,
            matrix_progress: None,
            cells: MatrixState::default(),
            detail_scroll: 0,
            list_filter: ListFilter::default(),
            coverage: HashMap::new(),
            pending_jump: None,
            pending_place: None,
            typeahead: VecDeque::new(),
            shown: (0, 0, false),
        };
        app.words = app.corpus.articles.iter().map(|a| a.word_count()).collect();
        app.longest_id = app.corpus.articles.iter().map(|a| pressdiff::width::width(&a.id)).max().unwrap_or(0);
        app.id_parts =
            super::article_list::parting(&app.corpus.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>());
        // A and B are the first two articles with words: an empty file or one that is all boilerplate,
        // made the base, showed the whole of the other report as added.
        let mut with_words = (0..n).filter(|&i| app.words[i] > 0);
        if let Some(a) = with_words.next() {
            app.a = a;
            app.b = with_words.next().or_else(|| (0..n).find(|&i| i != a)).unwrap_or(a);
        }
        app.message = skipped_note(&app.corpus.warnings);
        if n > 0 {
            app.selected = app.b;
            if !app.alone() {
                app.worker.compare(app.a, app.b);
            }
            app.worker.coverage(app.a);
            app.generation = app.worker.similarity_column(app.a);
        }
        app
    }

    /// The corpus holds one article: A is all there is, and there is no B to compare it with.
    pub fn alone(&self) -> bool {
        self.corpus.articles.len() == 1
    }

    /// How keys are read right now.
    pub fn mode(&self) -> Mode {
        if self.too_small {
            Mode::TooSmall
        } else if let Some(help) = &self.help {
            if help.typing { Mode::Search } else { Mode::Help }
        } else if self.search.typing() || self.list_filter.typing || (self.screen == Screen::Facts && self.facts.typing)
        {
            Mode::Search
        } else {
            Mode::Normal
        }
    }

    /// The comparison of A with B, once the worker has it.
    pub fn comparison(&self) -> Option<&Arc<Comparison>> {
        self.comparisons.get(&(self.a, self.b))
    }

    /// Similarities still being computed.
    pub fn pending_similarities(&self) -> usize {
        self.worker.column_left()
    }

    /// Take in whatever the worker has finished. Returns whether anything changed.
    pub fn poll(&mut self) -> bool {
        let done = self.worker.ready();
        let changed = !done.is_empty();
        self.apply(done);
        changed
    }

    /// Whether background work is running.
    pub fn busy(&self) -> bool {
        self.worker.busy()
    }

    /// Whether the screen shown waits for work before keys can act on it: the comparison of A and B, the
    /// facts or the matrix. Help and a window too small take keys of their own meanwhile.
    pub fn waiting(&self) -> bool {
        if self.too_small || self.help.is_some() || self.corpus.articles.is_empty() {
            return false;
        }
        match self.screen {
            Screen::Comparison => {
                !self.alone() && self.lines.as_ref().is_none_or(|l| (l.key.a, l.key.b) != (self.a, self.b))
            }
            Screen::Facts => self.ledger.is_none(),
            Screen::Matrix => self.matrix.is_none(),
        }
    }

    /// Take one event from the terminal: the action to take now, or `None` when there is none or the key
    /// is kept for later. While the screen waits for work, keys are kept in order and taken once it is
    /// ready ([`App::replay`]), as vim takes keys typed ahead: acted on at once, `]` found no rows to go
    /// to and `G` no facts, and both were lost. Keys are kept as keys, not actions, because what a key
    /// does depends on the keys before it (`/` makes the next ones a query).
    ///
    /// Ctrl-C and Ctrl-Z act at once; so do `q` and Esc with nothing typed ahead, so that a reader can
    /// leave a slow screen without waiting for it.
    pub fn input(&mut self, ev: Event) -> Option<Action> {
        let action = super::action::from_event(&ev, self.mode())?;
        let at_once = match action {
            Action::Suspend | Action::Resize { .. } | Action::Wheel { .. } | Action::Click { .. } => true,
            Action::Quit | Action::Close => self.typeahead.is_empty() || is_ctrl_c(&ev),
            _ => false,
        };
        if self.waiting() && !at_once {
            self.typeahead.push_back(ev);
            return None;
        }
        if at_once && matches!(action, Action::Quit | Action::Close) {
            self.typeahead.clear();
        }
        Some(action)
    }

    /// Act on the keys typed ahead, in order, while the screen is ready for them. Returns whether any was.
    pub fn replay(&mut self) -> bool {
        let mut any = false;
        while !self.waiting()
            && let Some(ev) = self.typeahead.pop_front()
        {
            any = true;
            match super::action::from_event(&ev, self.mode()) {
                // Suspending is the run loop's, and is never kept.
                Some(Action::Suspend) | None => {}
                Some(action) => self.step(action),
            }
        }
        any
    }

    /// Block until all background work is done, so that tests see a settled screen.
    #[cfg(test)]
    pub fn settle(&mut self) {
        while self.worker.busy() {
            let done = self.worker.wait(std::time::Duration::from_secs(1));
            self.apply(done);
        }
    }

    fn apply(&mut self, done: Vec<Done>) {
        for d in done {
            match d {
                Done::Compared { a, b, comparison } => {
                    self.comparisons.insert((a, b), comparison);
                }
                Done::Similarity { generation, index, value } if generation == self.generation => {
                    self.similarity[index] = Some(value);
                }
                Done::Similarity { .. } => {}
                Done::Ledger(ledger) => {
                    self.ledger = Some(ledger);
                    self.refresh_fact_rows();
                }
                Done::MatrixProgress(p) => self.matrix_progress = Some(p),
                Done::Matrix { matrix, derivations } => {
                    self.matrix = Some(matrix);
                    self.derivations = Some(derivations);
                    self.matrix_progress = None;
                }
                Done::Coverage { a, sentences } => {
                    self.coverage.insert(a, sentences);
                }
            }
        }
    }

    /// The comparison lines for a body `width` columns wide, built when anything they depend on changed. The
    /// row at the top stays at the top across a change of width, view or boilerplate.
    pub fn layout(&mut self, width: u16) -> Option<&Lines> {
        let coverage = self.coverage.get(&self.a).cloned();
        let key = Key {
            a: self.a,
            b: self.b,
            view: self.view,
            width,
            boilerplate: self.boilerplate,
            coverage: coverage.is_some(),
            gutter: diff_pane::gutter_width(self.corpus.articles.len()),
        };
        if self.lines.as_ref().is_some_and(|l| l.key == key) {
            self.apply_pending_jump();
            return self.lines.as_ref();
        }
        let comparison = Arc::clone(self.comparison()?);
        let (a, b) = (&self.corpus.articles[self.a], &self.corpus.articles[self.b]);
        let lines = diff_pane::build(&BuildOptions {
            comparison: &comparison,
            a,
            b,
            key,
            theme: &self.theme,
            coverage: coverage.as_deref().map(Vec::as_slice),
        });
        self.wraps += 1;
        // The row whose text shows at the top stays there (the blank line under a row belongs to the view of
        // the next one). A view at the very top stays at the top, so rows shown above the first (boilerplate
        // before the headline) are seen.
        let old = self.lines.as_ref().filter(|old| (old.key.a, old.key.b) == (self.a, self.b));
        let at_bottom = old.is_some() && self.scroll > 0 && self.scroll >= self.max_scroll();
        // The ▶ row on screen stays on screen, before the end: `r` at the last change put the boilerplate
        // after the story in view, and the ▶ row above it.
        let marked = old.is_some() && self.cursor.is_some_and(|c| self.on_screen(c));
        // With the same rows (only the view or the width changed), a row is the same row by its place, and
        // the reader's place inside a tall row (a long paragraph) is kept in proportion. Boilerplate rows,
        // which have no segment, keep their place this way too.
        let same_rows =
            old.filter(|old| old.key.boilerplate == key.boilerplate && old.items.len() == lines.items.len());
        let (scroll, cursor) = match same_rows {
            Some(old) => {
                // The blank line under a row belongs to the view of the next row, as below.
                let scroll = old.item_shown_at(self.scroll).filter(|_| self.scroll > 0).map_or(0, |i| {
                    let (was, now) = (&old.items[i], &lines.items[i]);
                    let into = self.scroll.saturating_sub(was.first_line) * now.height.max(1) / was.height.max(1);
                    now.first_line + into.min(now.height.saturating_sub(1))
                });
                (scroll, self.cursor)
            }
            None => {
                let anchor = old.filter(|_| self.scroll > 0).and_then(|old| {
                    let at = old.item_shown_at(self.scroll)?;
                    old.items[at..].iter().find_map(|it| it.segment)
                });
                let cursor = old.and_then(|old| old.items.get(self.cursor?)?.segment);
                let scroll = anchor
                    .and_then(|seg| lines.items.iter().find(|it| it.segment == Some(seg)))
                    .map_or(0, |it| it.first_line);
                (scroll, cursor.and_then(|seg| lines.items.iter().position(|it| it.segment == Some(seg))))
            }
        };
        (self.scroll, self.cursor) = (scroll, cursor);
        self.lines = Some(lines);
        // A reader at the end stays at the end.
        if at_bottom {
            self.scroll = self.max_scroll();
        }
        self.clamp_scroll();
        // Its first line, with its mark, is what the reader finds it by: a view toggled back, clamped at
        // the end on the way, left only its last lines at the top.
        if marked && let Some(c) = self.cursor.filter(|&c| !self.head_on_screen(c)) {
            self.bring_on_screen(c);
        }
        self.apply_pending_place();
        self.apply_pending_jump();
        self.lines.as_ref()
    }

    /// Keep the ▶ row on screen when the window changes size, if it was on screen before: a row kept at
    /// the top, as [`App::layout`] keeps it, may leave the ▶ row below a shorter view, or scroll it out
    /// when a taller view is clamped at the end and shrinks again. Called on each frame of the comparison,
    /// once its lines are laid out.
    pub fn keep_marked_row(&mut self) {
        let size = (self.areas.body.width, self.areas.body.height);
        if size != (self.shown.0, self.shown.1)
            && self.shown.2
            && let Some(c) = self.cursor
            && !self.head_on_screen(c)
        {
            self.bring_on_screen(c);
        }
        self.shown = (size.0, size.1, self.cursor.is_some_and(|c| self.on_screen(c)));
    }

    /// Scroll the least that shows row `c` of the current lines: its top, if it was above the view or is
    /// taller than it; else its foot at the view's foot.
    fn bring_on_screen(&mut self, c: usize) {
        let Some(it) = self.lines.as_ref().and_then(|l| l.items.get(c)) else { return };
        let h = self.body_height();
        self.scroll =
            if it.first_line < self.scroll || it.height >= h { it.first_line } else { it.first_line + it.height - h };
        self.clamp_scroll();
    }

    /// The row key of item `i` of the current lines, with its sides swapped when `swapped`.
    fn row_key(&self, i: usize, swapped: bool) -> Option<RowKey> {
        let seg = self.lines.as_ref()?.items.get(i)?.segment?;
        let s = &self.comparison()?.segments[seg];
        Some(if swapped { (s.b_sentences, s.a_sentences) } else { (s.a_sentences, s.b_sentences) })
    }

    /// The item of the current lines whose row is `key`, or failing that one that shares a sentence with it:
    /// the swapped comparison may pair a sentence otherwise.
    fn item_of(&self, key: RowKey) -> Option<usize> {
        let (lines, c) = (self.lines.as_ref()?, self.comparison()?);
        let row = |it: &diff_pane::Item| it.segment.map(|s| (c.segments[s].a_sentences, c.segments[s].b_sentences));
        let shares = |(a, b): RowKey| a.iter().any(|i| key.0.contains(i)) || b.iter().any(|j| key.1.contains(j));
        lines
            .items
            .iter()
            .position(|it| row(it) == Some(key))
            .or_else(|| lines.items.iter().position(|it| row(it).is_some_and(shares)))
    }

    /// Find again the place a swap left ([`SwappedPlace`]), once the swapped comparison's lines are built.
    fn apply_pending_place(&mut self) {
        let Some(place) = self.pending_place.take() else { return };
        if let Some(i) = place.top.and_then(|k| self.item_of(k))
            && let Some(it) = self.lines.as_ref().map(|l| &l.items[i])
        {
            self.scroll = it.first_line + place.into.min(it.height.saturating_sub(1));
        }
        self.cursor = place.cursor.and_then(|k| self.item_of(k));
        self.clamp_scroll();
    }

    /// Scroll to the first row holding one of the wordings a fact was opened with, and highlight it.
    fn apply_pending_jump(&mut self) {
        let (Some(lines), Some(jump)) = (&self.lines, &self.pending_jump) else { return };
        let wordings = &jump.wordings;
        // Each row's text, folded once for every wording looked for.
        let rows: Vec<String> = lines.items.iter().map(|it| fold_text(&it.text)).collect();
        let row_of = |folded: &str| rows.iter().position(|r| r.contains(folded));
        // A quotation can run over sentences the alignment keeps apart: fall back on its first words.
        let prefix = |w: &str| w.split_whitespace().take(5).collect::<Vec<_>>().join(" ");
        let tries = wordings.iter().map(|w| w.to_string()).chain(wordings.iter().map(|w| prefix(w)));
        let found = tries.filter(|w| !w.trim().is_empty()).find_map(|w| {
            let i = row_of(&fold_text(&w))?;
            Some((i, lines.items[i].first_line, w))
        });
        match found {
            Some((item, line, w)) => {
                self.scroll = line;
                self.cursor = Some(item);
                let what = jump.compared.clone().unwrap_or_else(|| shown(&w, jump.quote));
                self.message = Some(format!("fact: {what}  (Esc clears the highlight)"));
                // Every other wording the pair shows is highlighted too: for an altered fact, B's beside A's.
                let mut seen = vec![fold_text(&w)];
                let mut also: Vec<String> = Vec::new();
                for o in wordings.iter().filter(|o| !o.trim().is_empty()) {
                    let folded = fold_text(o);
                    if !seen.contains(&folded) && row_of(&folded).is_some() {
                        seen.push(folded);
                        also.push(o.clone());
                    }
                }
                self.search.set_query(Some(w));
                self.search.also = also;
                self.search.from_fact = true;
                self.clamp_scroll();
            }
            None => self.message = Some("the fact's wording is not in this pair's text".into()),
        }
        self.pending_jump = None;
    }

    /// Rebuild the facts view's rows after the ledger arrived or the kind changed.
    fn refresh_fact_rows(&mut self) {
        let Some(ledger) = &self.ledger else { return };
        let n = ledger.articles.len();
        // Folded as the comparison's search folds (case, accents, quote marks, the commas and spaces that group a
        // figure's digits): "4200" finds "4,200", as "Tomas" finds "Tomás".
        let filter = search::fold_str(&self.facts.filter);
        let matches = |f: &LedgerFact| {
            filter.is_empty() || f.variants.iter().any(|v| search::fold_str(&v.text).contains(&filter))
        };
        let (a, b, pair) = (self.a, self.b, self.facts.pair);
        let in_pair = |f: &LedgerFact| !pair || pair_mark(f, a, b).is_some();
        let mut rows: Vec<usize> = (0..ledger.facts.len())
            .filter(|&i| {
                let f = &ledger.facts[i];
                self.facts.kind.is_none_or(|k| f.kind == k) && matches(f) && in_pair(f)
            })
            .collect();
        // Stable: within a rank, the ledger's order.
        if pair {
            rows.sort_by_key(|&i| (pair_mark(&ledger.facts[i], a, b), fact_rank(&ledger.facts[i], n)));
        } else {
            rows.sort_by_key(|&i| fact_rank(&ledger.facts[i], n));
        }
        self.facts.rows = rows;
        self.facts.listed_for = pair.then_some((a, b));
        self.facts.selected = 0;
        self.facts.offset = 0;
    }

    /// The fact under the cursor in the facts view.
    pub fn selected_fact(&self) -> Option<&LedgerFact> {
        let i = *self.facts.rows.get(self.facts.selected)?;
        self.ledger.as_ref()?.facts.get(i)
    }

    /// The list's rows: every article, or those matching the filter.
    fn list_len(&self) -> usize {
        self.list_filter.rows.as_ref().map_or(self.corpus.articles.len(), Vec::len)
    }

    /// The article at row `pos` of the list.
    pub fn list_at(&self, pos: usize) -> Option<usize> {
        match &self.list_filter.rows {
            Some(rows) => rows.get(pos).copied(),
            None => (pos < self.corpus.articles.len()).then_some(pos),
        }
    }

    /// The article the list highlights, if it shows one: a filter that matches nothing hides every row,
    /// and then `selected` is only a memory of where the cursor was.
    pub fn highlighted(&self) -> Option<usize> {
        match &self.list_filter.rows {
            Some(rows) => rows.binary_search(&self.selected).ok().map(|_| self.selected),
            None => (self.selected < self.corpus.articles.len()).then_some(self.selected),
        }
    }

    /// The row of the list showing `article`, or where it would be.
    pub fn list_pos(&self, article: usize) -> usize {
        match &self.list_filter.rows {
            Some(rows) => rows.partition_point(|&r| r < article),
            None => article,
        }
    }

    fn refilter(&mut self) {
        let q = self.list_filter.text.clone();
        if q.trim().is_empty() {
            self.list_filter.rows = None;
            return;
        }
        // The id column is on screen too, and with thousands of reports it is often what the reader knows.
        let rows: Vec<usize> = self
            .corpus
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| fuzzy(&a.title, &q) || fuzzy(&a.id, &q))
            .map(|(i, _)| i)
            .collect();
        // The letters of "week" come in order in "What You nEEd to Know" too: a title or id that holds the
        // query as typed is the one meant, and is highlighted over a loose match listed before it.
        let lower = q.to_lowercase();
        let literal = |i: usize| {
            let a = &self.corpus.articles[i];
            a.title.to_lowercase().contains(&lower) || a.id.to_lowercase().contains(&lower)
        };
        let listed = rows.contains(&self.selected);
        if !(listed && literal(self.selected)) {
            let meant = rows.iter().copied().find(|&i| literal(i));
            if let Some(row) = meant.or(rows.first().copied().filter(|_| !listed)) {
                self.selected = row;
            }
        }
        self.list_offset = 0;
        self.list_filter.rows = Some(rows);
    }

    fn body_height(&self) -> usize {
        usize::from(self.areas.body.height).max(1)
    }

    fn list_height(&self) -> usize {
        usize::from(self.areas.list_rows.height).max(1)
    }

    fn max_scroll(&self) -> usize {
        self.lines.as_ref().map_or(0, |l| l.lines.len().saturating_sub(self.body_height()))
    }

    fn clamp_scroll(&mut self) {
        self.scroll = self.scroll.min(self.max_scroll());
    }

    fn scroll_by(&mut self, delta: isize) {
        self.scroll = self.scroll.saturating_add_signed(delta);
        self.clamp_scroll();
    }

    fn select_by(&mut self, delta: isize) {
        let last = self.list_len().saturating_sub(1);
        let pos = self.list_pos(self.selected).min(last).saturating_add_signed(delta).min(last);
        if let Some(i) = self.list_at(pos) {
            self.selected = i;
        }
    }

    /// Move by `delta` in the focused pane: rows in the list, lines in the comparison.
    fn move_by(&mut self, delta: isize) {
        match self.focus {
            Focus::List => self.select_by(delta),
            Focus::Comparison => self.scroll_by(delta),
        }
    }

    fn page(&self) -> isize {
        match self.focus {
            Focus::List => self.list_height() as isize,
            // Keep two lines of context across a page turn, as less and vim do.
            Focus::Comparison => (self.body_height().saturating_sub(2)).max(1) as isize,
        }
    }

    /// Show a new pair. The similarity column follows A. The pair already shown stays as it is: opening it
    /// again must not throw away the reader's place in it (the scroll and the ▶ row).
    fn set_pair(&mut self, a: usize, b: usize) {
        if self.corpus.articles.is_empty() || (a, b) == (self.a, self.b) {
            return;
        }
        let base_changed = a != self.a;
        if self.search.from_fact {
            self.search.set_query(None);
        }
        (self.a, self.b) = (a, b);
        self.scroll = 0;
        self.cursor = None;
        self.lines = None;
        if !self.comparisons.contains_key(&(a, b)) {
            self.worker.compare(a, b);
        }
        if !self.coverage.contains_key(&a) {
            self.worker.coverage(a);
        }
        if base_changed {
            self.similarity.iter_mut().for_each(|s| *s = None);
            self.generation = self.worker.similarity_column(a);
        }
    }

    /// Whether any line of row `i` is on screen.
    pub fn on_screen(&self, i: usize) -> bool {
        let Some(it) = self.lines.as_ref().and_then(|l| l.items.get(i)) else { return false };
        it.first_line < self.scroll + self.body_height() && it.first_line + it.height.max(1) > self.scroll
    }

    /// Whether the first line of row `i`, which holds its mark, is on screen.
    pub(super) fn head_on_screen(&self, i: usize) -> bool {
        let Some(it) = self.lines.as_ref().and_then(|l| l.items.get(i)) else { return false };
        (self.scroll..self.scroll + self.body_height()).contains(&it.first_line)
    }

    /// Jump to the next (or previous) row that satisfies `want`: from the cursor while it is on screen, else
    /// from the row after (before) the top line. `line_of` gives the line within the row to bring on screen.
    fn jump(
        &mut self,
        forward: bool,
        want: impl Fn(usize) -> bool,
        line_of: impl Fn(usize) -> usize,
        what: &str,
        wrap: bool,
    ) {
        let cursor = self.cursor.filter(|&c| self.on_screen(c));
        let h = self.body_height();
        // Scrolled to the end (`G`), the reader is at the last line, as vim's cursor is: `[` looks up from
        // there, and reaches the changes on screen, which it passed over when it looked above the top row.
        let at_end = self.scroll > 0 && self.scroll >= self.max_scroll();
        let Some(lines) = &self.lines else { return };
        let target = match cursor {
            Some(c) if forward => (c + 1..lines.items.len()).find(|&i| want(i)),
            Some(c) => (0..c).rev().find(|&i| want(i)),
            None => {
                // With no cursor, a row that starts on the top line is where the reader is: the first `]`
                // picks it if it is a change, and `[` looks above it. A row cut by the top edge is above.
                let top = lines.item_at(self.scroll).unwrap_or(0);
                let on_top = lines.items.get(top).is_some_and(|it| it.first_line == self.scroll);
                let n = lines.items.len();
                if forward {
                    (if on_top { top } else { top + 1 }..n).find(|&i| want(i))
                } else if at_end {
                    (0..n).rev().find(|&i| want(i))
                } else {
                    (0..(if on_top { top } else { top + 1 }).min(n)).rev().find(|&i| want(i))
                }
            }
        };
        // A search goes round from the end to the start (and back), as vim's does; changes do not.
        let wrapped = match target {
            None if wrap => {
                let n = lines.items.len();
                if forward { (0..n).find(|&i| want(i)) } else { (0..n).rev().find(|&i| want(i)) }
            }
            _ => None,
        };
        let target = target.or(wrapped);
        match target {
            Some(i) => {
                if wrapped.is_some() {
                    self.message = Some(format!(
                        "search hit {}, continuing at {}",
                        if forward { "BOTTOM" } else { "TOP" },
                        if forward { "TOP" } else { "BOTTOM" }
                    ));
                }
                let it = &lines.items[i];
                // A row taller than the view may hold its change (or match) below the fold: show that line,
                // with a little of the row above it for context.
                let line = line_of(i).min(it.height.saturating_sub(1));
                self.scroll = if line + 1 < h { it.first_line } else { it.first_line + line - (h / 3).min(2) };
                self.cursor = Some(i);
                self.clamp_scroll();
            }
            None => {
                self.message = Some(format!("no {} {what}", if forward { "further" } else { "earlier" }));
            }
        }
    }

    fn jump_change(&mut self, forward: bool) {
        let (changes, at): (Vec<bool>, Vec<usize>) = self
            .lines
            .as_ref()
            .map_or((Vec::new(), Vec::new()), |l| l.items.iter().map(|i| (i.is_change(), i.change_line)).unzip());
        self.jump(forward, |i| changes[i], |i| at[i], "change", false);
    }

    fn jump_match(&mut self, forward: bool) {
        let (Some(q), Some(lines)) = (&self.search.query, &self.lines) else { return };
        let hits = search::matches(lines, q);
        if hits.is_empty() {
            // Boilerplate is hidden until `r`: a reader looking for a line of it is told where it is.
            let folded = search::fold_str(q);
            let in_boilerplate = !self.boilerplate
                && [self.a, self.b].iter().any(|&i| {
                    self.corpus.articles[i].boilerplate().any(|(b, _)| search::fold_str(&b.text).contains(&folded))
                });
            self.message = Some(if in_boilerplate {
                format!("no match for “{q}” in the story; the boilerplate holds it (r shows it)")
            } else {
                format!("no match for “{q}”")
            });
            return;
        }
        let mut is_hit = vec![false; lines.items.len()];
        hits.iter().for_each(|&i| is_hit[i] = true);
        let brackets = self.theme.brackets;
        let first_hit = |i: usize| lines.hits(i, q, brackets).iter().position(|m| m.iter().any(|&h| h)).unwrap_or(0);
        let at: Vec<usize> = (0..lines.items.len()).map(|i| if is_hit[i] { first_hit(i) } else { 0 }).collect();
        self.jump(forward, |i| is_hit[i], |i| at[i], "match", true);
    }

    /// The submitted search's matches: (index of the current one, if any; count). The current one is the
    /// cursor's row when it matches and is on screen, else the first match on screen.
    pub fn match_position(&self) -> Option<(Option<usize>, usize)> {
        let (q, lines) = (self.search.query.as_ref()?, self.lines.as_ref()?);
        let hits = search::matches(lines, q);
        let at = self
            .cursor
            .filter(|&c| self.on_screen(c))
            .and_then(|c| hits.iter().position(|&h| h == c))
            .or_else(|| hits.iter().position(|&h| self.on_screen(h)));
        Some((at, hits.len()))
    }

    /// Say why a key that acts on the highlighted article did nothing.
    fn no_highlight(&mut self) {
        self.message = Some("no article selected: the filter matches nothing (Esc in the list clears it)".into());
    }

    /// Apply one intent.
    pub fn step(&mut self, action: Action) {
        self.message = None;
        if let Action::Resize { width, height } = action {
            self.too_small = !super::fits(width, height);
            return;
        }
        match self.mode() {
            // Keys that reach here from elsewhere than the key map are held back too.
            Mode::TooSmall => self.quit |= action == Action::Quit,
            Mode::Help => self.step_help(action),
            Mode::Search if self.help.is_some() => self.step_help(action),
            Mode::Search if self.list_filter.typing => self.step_filter(action),
            Mode::Search if self.screen == Screen::Facts => self.step_facts_filter(action),
            Mode::Search => self.step_search(action),
            Mode::Normal => match self.screen {
                Screen::Comparison => self.step_normal(action),
                Screen::Facts => self.step_facts(action),
                Screen::Matrix => self.step_matrix(action),
            },
        }
    }

    fn step_filter(&mut self, action: Action) {
        match prompt::edit(&mut self.list_filter.text, &mut self.list_filter.caret, &action) {
            Edit::Changed => return self.refilter(),
            Edit::Moved => return,
            Edit::Other => {}
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Close => {
                self.list_filter = ListFilter::default();
                self.list_offset = self.list_pos(self.selected).saturating_sub(self.list_height() / 2);
            }
            Action::Submit => {
                self.list_filter.typing = false;
                if self.list_filter.rows.is_none() {
                    self.list_filter.text.clear();
                }
            }
            Action::Down => self.select_by(1),
            Action::Up => self.select_by(-1),
            Action::PageDown => self.select_by(self.page()),
            Action::PageUp => self.select_by(-self.page()),
            _ => {}
        }
    }

    /// Open the facts view; the ledger is built the first time.
    fn open_facts(&mut self) {
        // The detail starts at its top: a scroll kept from the other view would hide its first lines.
        self.detail_scroll = 0;
        self.screen = Screen::Facts;
        if self.ledger.is_none() {
            self.worker.ledger();
        } else if self.facts.pair && self.facts.listed_for != Some((self.a, self.b)) {
            // Another pair was opened since, or the filter was just asked for: this pair's facts. The whole
            // list keeps its place.
            self.refresh_fact_rows();
        }
    }

    /// Open the matrix view on the current pair; the matrix is built the first time.
    fn open_matrix(&mut self) {
        self.detail_scroll = 0;
        self.screen = Screen::Matrix;
        self.cells.row = self.a;
        self.cells.col = self.b;
        if self.matrix.is_none() {
            self.worker.matrix();
        }
    }

    /// The facts view's keys. The detail goes back to its top when another fact is selected.
    fn step_facts(&mut self, action: Action) {
        let before = self.selected_fact().map(|f| f as *const LedgerFact);
        self.step_facts_keys(action);
        if self.selected_fact().map(|f| f as *const LedgerFact) != before {
            self.detail_scroll = 0;
        }
    }

    fn step_facts_keys(&mut self, action: Action) {
        let n = self.facts.rows.len();
        let page = usize::from(self.areas.body.height).max(1) as isize;
        let move_to = |s: &mut FactsState, delta: isize| {
            s.selected = s.selected.saturating_add_signed(delta).min(n.saturating_sub(1));
        };
        let set_kind = |app: &mut App, kind: Option<FactKind>| {
            app.facts.kind = kind;
            app.refresh_fact_rows();
        };
        match action {
            Action::Quit => self.quit = true,
            Action::Close => self.screen = Screen::Comparison,
            Action::Facts => {}
            Action::Pair => {
                self.facts.pair = !self.facts.pair;
                self.refresh_fact_rows();
            }
            Action::Matrix => self.open_matrix(),
            Action::ToggleHelp => self.help = Some(Help::default()),
            Action::Down => move_to(&mut self.facts, 1),
            Action::Up => move_to(&mut self.facts, -1),
            Action::PageDown => move_to(&mut self.facts, page),
            Action::PageUp => move_to(&mut self.facts, -page),
            Action::HalfPageDown => move_to(&mut self.facts, page / 2),
            Action::HalfPageUp => move_to(&mut self.facts, -page / 2),
            Action::Top => move_to(&mut self.facts, isize::MIN / 2),
            Action::Bottom => move_to(&mut self.facts, isize::MAX / 2),
            Action::Right => {
                let last = self.corpus.articles.len().saturating_sub(1);
                self.facts.col_offset = (self.facts.col_offset + 1).min(last);
            }
            Action::Left => self.facts.col_offset = self.facts.col_offset.saturating_sub(1),
            Action::SwitchFocus | Action::SwitchBack => {
                const CYCLE: [Option<FactKind>; 4] =
                    [None, Some(FactKind::Quote), Some(FactKind::Number), Some(FactKind::Entity)];
                let at = CYCLE.iter().position(|&k| k == self.facts.kind).unwrap_or(0);
                let step = if action == Action::SwitchBack { CYCLE.len() - 1 } else { 1 };
                set_kind(self, CYCLE[(at + step) % CYCLE.len()]);
            }
            Action::Digit(d) => match d {
                0 => set_kind(self, None),
                1 => set_kind(self, Some(FactKind::Quote)),
                2 => set_kind(self, Some(FactKind::Number)),
                3 => set_kind(self, Some(FactKind::Entity)),
                _ => {}
            },
            Action::Compare | Action::Submit => self.open_fact(),
            Action::StartSearch => (self.facts.typing, self.facts.caret) = (true, 0),
            Action::DetailDown => self.scroll_detail(1),
            Action::DetailUp => self.scroll_detail(-1),
            Action::Wheel { column, row, lines } => {
                let at = Position { x: column, y: row };
                if self.areas.detail.contains(at) {
                    self.scroll_detail(isize::from(lines));
                } else if self.areas.body.contains(at) {
                    move_to(&mut self.facts, isize::from(lines.signum()));
                }
            }
            _ => {}
        }
    }

    /// Scroll the detail under the facts or the matrix by `lines` (J and K, or the wheel over it); the
    /// render holds it within the detail's text.
    fn scroll_detail(&mut self, lines: isize) {
        self.detail_scroll = self.detail_scroll.saturating_add_signed(lines);
    }

    /// Typing the facts view's filter: the list narrows as the reader types; Enter keeps it, Esc drops it.
    fn step_facts_filter(&mut self, action: Action) {
        match prompt::edit(&mut self.facts.filter, &mut self.facts.caret, &action) {
            Edit::Changed => return self.refresh_fact_rows(),
            Edit::Moved => return,
            Edit::Other => {}
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Submit => self.facts.typing = false,
            Action::Close => {
                self.facts.typing = false;
                self.facts.filter.clear();
                self.refresh_fact_rows();
            }
            _ => {}
        }
    }

    /// Show the selected fact in the comparison: A stays if it carries the fact, else the first carrier;
    /// B is another carrier, else the current B. For an altered fact B gives another wording than A, so the
    /// pair shows the difference. The comparison scrolls to the fact's wording. With the pair filter on, A and
    /// B stay: each fact listed is one they give apart, and a fact only one of them gives is shown where the
    /// other left it out.
    fn open_fact(&mut self) {
        let Some(f) = self.selected_fact() else { return };
        let carriers = f.articles.clone();
        let pair = self.facts.pair;
        let a = if pair || f.carried_by(self.a) { self.a } else { carriers.first().copied().unwrap_or(self.a) };
        let letters = |i: usize| -> Vec<usize> {
            f.variants.iter().enumerate().filter(|(_, v)| v.used_by(i)).map(|(k, _)| k).collect()
        };
        let differs = |c: usize| c != a && f.carried_by(c) && letters(c).iter().any(|k| !letters(a).contains(k));
        let b = if pair {
            self.b
        } else if f.altered
            && let Some(c) = std::iter::once(self.b).chain(carriers.iter().copied()).find(|&c| differs(c))
        {
            c
        } else if self.b != a && f.carried_by(self.b) {
            self.b
        } else {
            carriers.iter().copied().find(|&c| c != a).unwrap_or(if self.b != a { self.b } else { self.a })
        };
        let quote = f.kind == FactKind::Quote;
        let compared = f.altered.then(|| {
            let (la, lb) = (letters(a), letters(b));
            let (ka, kb) = (la.first().copied(), lb.iter().copied().find(|k| !la.contains(k)).or(lb.first().copied()));
            let text = |k: Option<usize>| k.map(|k| f.variants[k].text.clone());
            let (mut ta, mut tb) = (text(ka), text(kb));
            // A quotation's two wordings, cut to where they differ; a number's are short.
            if let (true, Some(x), Some(y)) = (quote, &ta, &tb) {
                let (x, y) = if x == y {
                    (opening_words(x, SHORT_WORDING / 2), opening_words(y, SHORT_WORDING / 2))
                } else {
                    differing(x, y)
                };
                (ta, tb) = (Some(x), Some(y));
            }
            // The same words given to two people: the speakers tell the wordings apart.
            let speaker = |k: Option<usize>| match k.and_then(|k| f.variants[k].speaker.as_deref()) {
                Some(name) if f.misattributed() => format!(" said by {name}"),
                _ => String::new(),
            };
            let side = |k: Option<usize>, t: Option<String>, who: &str| {
                let letter = char::from(b'a' + (k?.min(25) as u8));
                Some(format!("{letter} {}{} in {who}", shown(&t?, quote), speaker(k)))
            };
            [side(ka, ta, "A"), side(kb, tb, "B")].into_iter().flatten().collect::<Vec<_>>().join(" vs ")
        });
        let mut wordings: Vec<String> = f.variants_of(a).chain(f.variants_of(b)).map(|v| v.text.clone()).collect();
        wordings.push(f.text.clone());
        self.set_pair(a, b);
        self.selected = b;
        self.pending_jump = Some(Jump { wordings, quote, compared });
        self.screen = Screen::Comparison;
        self.focus = Focus::Comparison;
    }

    /// The matrix view's keys. The detail goes back to its top when another cell is selected.
    fn step_matrix(&mut self, action: Action) {
        let before = (self.cells.row, self.cells.col);
        self.step_matrix_keys(action);
        if (self.cells.row, self.cells.col) != before {
            self.detail_scroll = 0;
        }
    }

    fn step_matrix_keys(&mut self, action: Action) {
        let last = self.corpus.articles.len().saturating_sub(1);
        let c = &mut self.cells;
        let page = usize::from(self.areas.body.height).max(1) as isize;
        let at = |x: usize, d: isize| x.saturating_add_signed(d).min(last);
        match action {
            Action::Quit => self.quit = true,
            Action::Close => self.screen = Screen::Comparison,
            Action::Matrix => {}
            Action::Facts => self.open_facts(),
            Action::ToggleHelp => self.help = Some(Help::default()),
            Action::Down => c.row = at(c.row, 1),
            Action::Up => c.row = at(c.row, -1),
            Action::Right => c.col = at(c.col, 1),
            Action::Left => c.col = at(c.col, -1),
            Action::PageDown => c.row = at(c.row, page),
            Action::PageUp => c.row = at(c.row, -page),
            // The help lists Ctrl-d and Ctrl-u for every pane.
            Action::HalfPageDown => c.row = at(c.row, (page / 2).max(1)),
            Action::HalfPageUp => c.row = at(c.row, -(page / 2).max(1)),
            Action::Top => c.row = 0,
            Action::Bottom => c.row = last,
            Action::DetailDown => self.scroll_detail(1),
            Action::DetailUp => self.scroll_detail(-1),
            Action::Wheel { column, row, lines } => {
                let pointer = Position { x: column, y: row };
                if self.areas.detail.contains(pointer) {
                    self.scroll_detail(isize::from(lines));
                } else if self.areas.body.contains(pointer) {
                    c.row = at(c.row, isize::from(lines.signum()));
                }
            }
            Action::Compare | Action::Submit => {
                let (row, col) = (c.row, c.col);
                if row == col {
                    self.message = Some("that is the article itself: pick a cell off the diagonal".into());
                    return;
                }
                self.set_pair(row, col);
                self.selected = col;
                self.screen = Screen::Comparison;
                self.focus = Focus::Comparison;
            }
            _ => {}
        }
    }

    fn step_help(&mut self, action: Action) {
        let Some(help) = &mut self.help else { return };
        if help.typing {
            match prompt::edit(&mut help.filter, &mut help.caret, &action) {
                Edit::Changed => return help.scroll = 0,
                Edit::Moved => return,
                Edit::Other => {}
            }
        }
        let page = usize::from(self.areas.help.height.max(1));
        match action {
            Action::Quit => self.quit = true,
            // Esc ends typing and drops the filter; with nothing typed, it closes help.
            Action::Close if help.typing => {
                help.typing = false;
                help.filter.clear();
            }
            Action::Close | Action::ToggleHelp => self.help = None,
            Action::StartSearch => (help.typing, help.caret) = (true, 0),
            Action::Submit => help.typing = false,
            Action::Down => help.scroll += 1,
            Action::Up => help.scroll = help.scroll.saturating_sub(1),
            Action::PageDown => help.scroll += page,
            Action::PageUp => help.scroll = help.scroll.saturating_sub(page),
            Action::HalfPageDown => help.scroll += (page / 2).max(1),
            Action::HalfPageUp => help.scroll = help.scroll.saturating_sub((page / 2).max(1)),
            Action::Top => help.scroll = 0,
            // The overlay clamps the scroll to its last page when it draws.
            Action::Bottom => help.scroll = usize::MAX / 2,
            Action::Wheel { lines, .. } => help.scroll = help.scroll.saturating_add_signed(isize::from(lines)),
            _ => {}
        }
    }

    fn step_search(&mut self, action: Action) {
        let Search { input: Some(input), caret, .. } = &mut self.search else { return };
        if prompt::edit(input, caret, &action) != Edit::Other {
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Close => self.search.input = None,
            Action::Submit => {
                let q = self.search.input.take().unwrap_or_default();
                // An empty pattern repeats the last search, as in vim and less, and as `n` does: from the
                // ▶ row on to the next match, whether Esc cleared the highlight or not. (Searched afresh
                // from the top of the view, it went back to a match the reader had already passed.)
                if q.is_empty() {
                    if self.search.query.is_none() {
                        let Some(last) = self.search.last.clone() else {
                            self.message = Some("no previous search".into());
                            return;
                        };
                        self.search.set_query(Some(last));
                    }
                    self.focus = Focus::Comparison;
                    self.jump_match(true);
                    return;
                }
                self.search.set_query(Some(q));
                self.focus = Focus::Comparison;
                self.cursor = None;
                // A match in the row at the top counts as the first.
                if self.search.query.is_some() {
                    let at = self.lines.as_ref().and_then(|l| l.item_shown_at(self.scroll));
                    let on_hit = match (&self.search.query, &self.lines, at) {
                        (Some(q), Some(l), Some(i)) => search::matches(l, q).contains(&i),
                        _ => false,
                    };
                    if on_hit {
                        self.cursor = at;
                    } else {
                        self.jump_match(true);
                    }
                }
            }
            other => self.step_normal(other),
        }
    }

    fn step_normal(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            // The run loop owns the terminal and suspends before a step; a test's step has nothing to do.
            Action::Suspend => {}
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.move_by(self.page()),
            Action::PageUp => self.move_by(-self.page()),
            Action::HalfPageDown => self.move_by((self.page() / 2).max(1)),
            Action::HalfPageUp => self.move_by(-(self.page() / 2).max(1)),
            Action::Top => self.move_by(isize::MIN / 2),
            Action::Bottom => self.move_by(isize::MAX / 2),
            Action::SwitchFocus | Action::SwitchBack => {
                self.focus = match self.focus {
                    Focus::List => Focus::Comparison,
                    Focus::Comparison => Focus::List,
                }
            }
            Action::Compare => {
                let Some(picked) = self.highlighted() else { return self.no_highlight() };
                if self.alone() {
                    self.message = Some(ALONE.into());
                    return;
                }
                // As in the matrix: a report compared with itself is all "copied" and tells nothing.
                if picked == self.a {
                    self.message = Some("that is A itself: pick another article to compare with it".into());
                    return;
                }
                self.set_pair(self.a, picked);
                self.focus = Focus::Comparison;
            }
            Action::MakeBase => {
                let Some(picked) = self.highlighted() else { return self.no_highlight() };
                let b = if picked == self.b { self.a } else { self.b };
                self.set_pair(picked, b);
            }
            Action::Swap => {
                // The swapped pair has the same rows, sides turned: the reader stays where they were.
                let top = self.lines.as_ref().filter(|_| self.scroll > 0).and_then(|l| l.item_shown_at(self.scroll));
                let place = SwappedPlace {
                    top: top.and_then(|i| self.row_key(i, true)),
                    into: top.map_or(0, |i| {
                        self.scroll.saturating_sub(self.lines.as_ref().map_or(0, |l| l.items[i].first_line))
                    }),
                    cursor: self.cursor.and_then(|i| self.row_key(i, true)),
                };
                self.set_pair(self.b, self.a);
                self.pending_place = Some(place);
            }
            Action::NextChange => self.jump_change(true),
            Action::PrevChange => self.jump_change(false),
            // As in vim and less, n and N repeat the last search even after Esc cleared its highlight
            // (vim's `:noh`): the search comes back, highlight and all. Only before any search do they
            // go to the changes, as ] and [ do.
            Action::Next | Action::Prev if self.search.query.is_some() || self.search.last.is_some() => {
                if self.search.query.is_none() {
                    self.search.set_query(self.search.last.clone());
                }
                self.jump_match(action == Action::Next);
            }
            Action::Next => self.jump_change(true),
            Action::Prev => self.jump_change(false),
            Action::StartSearch if self.focus == Focus::List => {
                self.list_filter.typing = true;
                self.list_filter.caret = 0;
                self.refilter();
            }
            Action::StartSearch => {
                self.search.input = Some(String::new());
                self.search.caret = 0;
            }
            Action::Facts => self.open_facts(),
            Action::Pair => {
                self.facts.pair = true;
                self.open_facts();
            }
            Action::Matrix => self.open_matrix(),
            Action::ToggleView => self.view = self.view.toggled(),
            Action::ToggleBoilerplate => self.boilerplate = !self.boilerplate,
            Action::ToggleHelp => self.help = Some(Help::default()),
            Action::Close if self.focus == Focus::List && self.list_filter.rows.is_some() => {
                self.list_filter = ListFilter::default();
                self.list_offset = self.list_pos(self.selected).saturating_sub(self.list_height() / 2);
            }
            Action::Close => self.search.set_query(None),
            Action::Wheel { column, row, lines } => {
                let at = Position { x: column, y: row };
                if self.areas.list_rows.contains(at) {
                    self.select_by(isize::from(lines.signum()));
                } else if self.areas.comparison.contains(at) {
                    self.scroll_by(isize::from(lines));
                }
            }
            Action::Click { column, row } => {
                let at = Position { x: column, y: row };
                if self.areas.list_rows.contains(at) {
                    let Some(i) = self.list_at(self.list_offset + usize::from(row - self.areas.list_rows.y)) else {
                        self.focus = Focus::List;
                        return;
                    };
                    // A click on the row already highlighted in the focused list opens it, as Enter does (and
                    // as a click on the selected item does in lazygit); a first click only picks the row, so
                    // that `a` can make it the base without comparing it first.
                    if self.focus == Focus::List && i == self.selected {
                        return self.step_normal(Action::Compare);
                    }
                    self.focus = Focus::List;
                    self.selected = i;
                } else if self.areas.comparison.contains(at) {
                    self.focus = Focus::Comparison;
                }
            }
            Action::Type(_)
            | Action::Backspace
            | Action::DeleteWord
            | Action::ClearInput
            | Action::Submit
            | Action::Resize { .. }
            | Action::Left
            | Action::Right
            | Action::DetailDown
            | Action::DetailUp
            | Action::Digit(_) => {}
        }
    }
}

/// Whether an event is Ctrl-C, which leaves at once whatever was typed before it.
fn is_ctrl_c(ev: &Event) -> bool {
    matches!(ev, Event::Key(k) if k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_articles_differ_on_a_fact_by_the_wordings_only_one_of_them_uses() {
        use pressdiff::facts::Variant;
        let variant = |text: &str, key: &str, value: &str, articles: Vec<usize>| Variant {
            text: text.into(),
            key: key.into(),
            value: value.into(),
            articles,
            speaker: None,
            by_pronoun: false,
        };
        // 0 gives the first figure, 1 another, 2 the first in other units, 3 the first and another, 4 none,
        // 5 and 6 a third figure, each in words of its own.
        let f = LedgerFact {
            kind: FactKind::Number,
            text: "$4.2 billion".into(),
            articles: vec![0, 1, 2, 3, 5, 6],
            variants: vec![
                variant("$4.2 billion", "4.2 billion dollar", "4.2 billion", vec![0, 3]),
                variant("$4.6 billion", "4.6 billion dollar", "4.6 billion", vec![1, 3]),
                variant("US$4,200 million", "4200 million dollar", "4200 million", vec![2]),
                variant("$3.9 billion", "3.9 billion dollar", "3.9 billion", vec![5]),
                variant("US$3,900 million", "3900 million dollar", "3900 million", vec![6]),
            ],
            altered: true,
        };
        let mark = |a, b| pair_mark(&f, a, b);
        assert_eq!(mark(0, 1), Some(PairMark::Changed));
        assert_eq!(mark(1, 0), Some(PairMark::Changed));
        assert_eq!(mark(0, 2), Some(PairMark::Otherwise));
        // Another figure beside the first is still a change, whichever side gives both.
        assert_eq!(mark(0, 3), Some(PairMark::Changed));
        assert_eq!(mark(3, 0), Some(PairMark::Changed));
        assert_eq!(mark(1, 2), Some(PairMark::Changed));
        assert_eq!(mark(0, 4), Some(PairMark::OnlyA));
        assert_eq!(mark(4, 1), Some(PairMark::OnlyB));
        assert_eq!(mark(4, 7), None);
        // Two that change the first figure alike agree with each other, and a change against another.
        assert_eq!(mark(5, 6), Some(PairMark::Otherwise));
        assert_eq!(mark(5, 1), Some(PairMark::Changed));
        assert_eq!(mark(0, 0), None);
        // The same fact, never changed by anyone: two wordings of it are one said otherwise.
        let mut same = f.clone();
        same.altered = false;
        assert_eq!(pair_mark(&same, 0, 1), Some(PairMark::Otherwise));
        assert_eq!(pair_mark(&same, 0, 3), Some(PairMark::Otherwise));
    }

    #[test]
    fn two_wordings_are_cut_to_where_they_differ() {
        let a = "There was no warning sign that we could have acted on, and our engineers will be on site";
        let b = "There was no warning sign that we should have acted on, and our engineers will be on site";
        assert_eq!(differing(a, b), ("…we could have…".into(), "…we should have…".into()));
        // Near an end, no mark there; a short quotation is kept whole.
        assert_eq!(differing("a disgrace", "a tragedy"), ("a disgrace".into(), "a tragedy".into()));
        assert_eq!(differing("cut 10 jobs today", "cut 10 jobs"), ("cut 10 jobs today".into(), "cut 10 jobs".into()));
        // Words put in: the other side shows the words around the place.
        assert_eq!(
            differing(
                "one two three four five six seven eight nine",
                "one two three new four five six seven eight nine"
            ),
            ("…three four…".into(), "…three new four…".into())
        );
        // Case and quote marks are no difference.
        assert_eq!(differing("It's over", "it’s over"), ("It's over".into(), "it’s over".into()));
    }

    #[test]
    fn fuzzy_is_a_subsequence_in_any_case() {
        assert!(fuzzy("Russia promises to “expand” its ties", "rsexpand"));
        assert!(fuzzy("Russia shakes hand", "RUSSIA SHAKES"));
        assert!(!fuzzy("Russia shakes hand", "dnah"));
        assert!(fuzzy("anything", ""));
    }

    #[test]
    fn folding_evens_out_case_and_quote_marks() {
        assert_eq!(fold_text("Korea’s “Friendly”  Ties"), "korea's \"friendly\"  ties");
    }
}
