//! The application state as plain data, and [`App::step`]: one intent in, the new state out.
//!
//! Nothing here draws or reads the terminal, so tests drive it directly. Work that may be slow goes to the
//! [`Worker`]; the loop feeds its results back with [`App::poll`].

use super::action::{Action, Mode};
use super::diff_pane::{self, BuildOptions, Key, Lines, View};
use super::search::{self, Search};
use super::theme::{Theme, ThemeName};
use super::worker::{Done, Worker};
use pressdiff::{Comparison, Corpus};
use ratatui::layout::{Position, Rect};
use std::collections::HashMap;
use std::sync::Arc;

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

/// The help overlay: its filter and scroll.
#[derive(Debug, Clone, Default)]
pub struct Help {
    pub filter: String,
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
    pub help: Option<Help>,
    pub search: Search,
    /// A one-off note for the footer ("no more changes"); cleared by the next key.
    pub message: Option<String>,
    pub quit: bool,
    /// Each article's body word count, counted once: the list shows it on every frame.
    pub words: Vec<usize>,
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
}

impl App {
    /// Open the corpus: A is the first article, B the second, and their comparison starts at once.
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
            help: None,
            search: Search::default(),
            message: None,
            quit: false,
            similarity: vec![None; n],
            words: Vec::new(),
            generation: 0,
            comparisons: HashMap::new(),
            lines: None,
            wraps: 0,
            areas: Areas::default(),
        };
        app.words = app.corpus.articles.iter().map(|a| a.word_count()).collect();
        if n > 0 {
            app.selected = app.b;
            app.worker.compare(app.a, app.b);
            app.generation = app.worker.similarity_column(app.a);
        }
        app
    }

    /// How keys are read right now.
    pub fn mode(&self) -> Mode {
        if self.help.is_some() {
            Mode::Help
        } else if self.search.typing() {
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
            }
        }
    }

    /// The comparison lines for a body `width` columns wide, built when anything they depend on changed. The
    /// row at the top stays at the top across a change of width, view or boilerplate.
    pub fn layout(&mut self, width: u16) -> Option<&Lines> {
        let key = Key { a: self.a, b: self.b, view: self.view, width, boilerplate: self.boilerplate };
        if self.lines.as_ref().is_some_and(|l| l.key == key) {
            return self.lines.as_ref();
        }
        let comparison = Arc::clone(self.comparison()?);
        let (a, b) = (&self.corpus.articles[self.a], &self.corpus.articles[self.b]);
        let lines = diff_pane::build(&BuildOptions { comparison: &comparison, a, b, key, theme: &self.theme });
        self.wraps += 1;
        let anchor = self.lines.as_ref().filter(|old| (old.key.a, old.key.b) == (self.a, self.b)).and_then(|old| {
            let at = old.item_at(self.scroll)?;
            old.items[at..].iter().find_map(|it| it.segment)
        });
        self.scroll =
            anchor.and_then(|seg| lines.items.iter().find(|it| it.segment == Some(seg))).map_or(0, |it| it.first_line);
        self.lines = Some(lines);
        self.clamp_scroll();
        self.lines.as_ref()
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
        let last = self.corpus.articles.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
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

    /// Show a new pair. The similarity column follows A.
    fn set_pair(&mut self, a: usize, b: usize) {
        if self.corpus.articles.is_empty() {
            return;
        }
        let base_changed = a != self.a;
        (self.a, self.b) = (a, b);
        self.scroll = 0;
        self.lines = None;
        if !self.comparisons.contains_key(&(a, b)) {
            self.worker.compare(a, b);
        }
        if base_changed {
            self.similarity.iter_mut().for_each(|s| *s = None);
            self.generation = self.worker.similarity_column(a);
        }
    }

    /// Jump to the next (or previous) row that satisfies `want`, from the row after (before) the top line.
    fn jump(&mut self, forward: bool, want: impl Fn(usize) -> bool, what: &str) {
        let Some(lines) = &self.lines else { return };
        let top = lines.item_at(self.scroll).unwrap_or(0);
        let on_top = lines.items.get(top).is_some_and(|it| it.first_line == self.scroll);
        let target = if forward {
            (top + 1..lines.items.len()).find(|&i| want(i))
        } else {
            let end = if on_top { top } else { top + 1 };
            (0..end).rev().find(|&i| want(i))
        };
        match target {
            Some(i) => {
                self.scroll = lines.items[i].first_line;
                self.clamp_scroll();
            }
            None => {
                self.message = Some(format!("no {} {what}", if forward { "further" } else { "earlier" }));
            }
        }
    }

    fn jump_change(&mut self, forward: bool) {
        let changes: Vec<bool> =
            self.lines.as_ref().map_or(Vec::new(), |l| l.items.iter().map(|i| i.is_change()).collect());
        self.jump(forward, |i| changes[i], "change");
    }

    fn jump_match(&mut self, forward: bool) {
        let (Some(q), Some(lines)) = (&self.search.query, &self.lines) else { return };
        let hits = search::matches(lines, q);
        if hits.is_empty() {
            self.message = Some(format!("no match for “{q}”"));
            return;
        }
        let mut is_hit = vec![false; lines.items.len()];
        hits.iter().for_each(|&i| is_hit[i] = true);
        self.jump(forward, |i| is_hit[i], "match");
    }

    /// The submitted search's matches: (index of the one at the top, if any; count).
    pub fn match_position(&self) -> Option<(Option<usize>, usize)> {
        let (q, lines) = (self.search.query.as_ref()?, self.lines.as_ref()?);
        let hits = search::matches(lines, q);
        let top = lines.item_at(self.scroll);
        Some((hits.iter().position(|&h| Some(h) == top), hits.len()))
    }

    /// Apply one intent.
    pub fn step(&mut self, action: Action) {
        self.message = None;
        match self.mode() {
            Mode::Help => self.step_help(action),
            Mode::Search => self.step_search(action),
            Mode::Normal => self.step_normal(action),
        }
    }

    fn step_help(&mut self, action: Action) {
        let Some(help) = &mut self.help else { return };
        match action {
            Action::Quit => self.quit = true,
            Action::Close => self.help = None,
            Action::Type(c) => {
                help.filter.push(c);
                help.scroll = 0;
            }
            Action::Backspace => {
                help.filter.pop();
            }
            Action::Down => help.scroll += 1,
            Action::Up => help.scroll = help.scroll.saturating_sub(1),
            Action::PageDown => help.scroll += usize::from(self.areas.help.height.max(1)),
            Action::PageUp => help.scroll = help.scroll.saturating_sub(usize::from(self.areas.help.height.max(1))),
            Action::Wheel { lines, .. } => help.scroll = help.scroll.saturating_add_signed(isize::from(lines)),
            _ => {}
        }
    }

    fn step_search(&mut self, action: Action) {
        let Some(input) = &mut self.search.input else { return };
        match action {
            Action::Quit => self.quit = true,
            Action::Close => self.search.input = None,
            Action::Type(c) => input.push(c),
            Action::Backspace => {
                input.pop();
            }
            Action::Submit => {
                let q = self.search.input.take().unwrap_or_default();
                self.search.query = (!q.is_empty()).then_some(q);
                self.focus = Focus::Comparison;
                // Start from the line above, so a match at the very top counts as the first.
                if self.search.query.is_some() {
                    let at = self.lines.as_ref().and_then(|l| l.item_at(self.scroll));
                    let on_hit = match (&self.search.query, &self.lines, at) {
                        (Some(q), Some(l), Some(i)) => search::matches(l, q).contains(&i),
                        _ => false,
                    };
                    if !on_hit {
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
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.move_by(self.page()),
            Action::PageUp => self.move_by(-self.page()),
            Action::HalfPageDown => self.move_by((self.page() / 2).max(1)),
            Action::HalfPageUp => self.move_by(-(self.page() / 2).max(1)),
            Action::Top => self.move_by(isize::MIN / 2),
            Action::Bottom => self.move_by(isize::MAX / 2),
            Action::SwitchFocus => {
                self.focus = match self.focus {
                    Focus::List => Focus::Comparison,
                    Focus::Comparison => Focus::List,
                }
            }
            Action::Compare => {
                self.set_pair(self.a, self.selected);
                self.focus = Focus::Comparison;
            }
            Action::MakeBase => {
                let b = if self.selected == self.b { self.a } else { self.b };
                self.set_pair(self.selected, b);
            }
            Action::Swap => self.set_pair(self.b, self.a),
            Action::NextChange => self.jump_change(true),
            Action::PrevChange => self.jump_change(false),
            Action::Next if self.search.query.is_some() => self.jump_match(true),
            Action::Prev if self.search.query.is_some() => self.jump_match(false),
            Action::Next => self.jump_change(true),
            Action::Prev => self.jump_change(false),
            Action::StartSearch => self.search.input = Some(String::new()),
            Action::ToggleView => self.view = self.view.toggled(),
            Action::ToggleBoilerplate => self.boilerplate = !self.boilerplate,
            Action::ToggleHelp => self.help = Some(Help::default()),
            Action::Close => self.search.query = None,
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
                    self.focus = Focus::List;
                    let i = self.list_offset + usize::from(row - self.areas.list_rows.y);
                    if i < self.corpus.articles.len() {
                        self.selected = i;
                    }
                } else if self.areas.comparison.contains(at) {
                    self.focus = Focus::Comparison;
                }
            }
            Action::Type(_) | Action::Backspace | Action::Submit | Action::Redraw => {}
        }
    }
}
