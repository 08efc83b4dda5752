//! Terminal events in, intents out: the one place that knows which key does what.
//!
//! The mapping depends on the input mode (typing a search or a help filter takes printable keys), but not on
//! anything else: what an intent means for the panes is decided in `App::step`.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

/// What the reader asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Stop to the shell (Ctrl-z); the loop gives the terminal back first and takes it again on `fg`.
    Suspend,
    Down,
    Up,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    /// h / ←: a column left in the matrix or the facts table.
    Left,
    /// l / →: a column right.
    Right,
    /// Tab: switch panes, or in the facts view cycle the kind shown.
    SwitchFocus,
    /// Shift-Tab: switch panes too (there are two), or in the facts view cycle the kinds backward.
    SwitchBack,
    /// J: scroll the detail under the facts table or the matrix grid down a line (K: up), as J and K
    /// scroll lazygit's main panel while j and k move in its list.
    DetailDown,
    DetailUp,
    /// `f`: the facts view.
    Facts,
    /// `p`: the facts A and B give differently (in the facts view, again: every fact).
    Pair,
    /// `x`: the matrix view.
    Matrix,
    /// A digit: in the facts view, which kind to show (1 quotes, 2 numbers, 3 names, 0 all).
    Digit(u8),
    /// Make the highlighted article B.
    Compare,
    /// Make the highlighted article A.
    MakeBase,
    Swap,
    NextChange,
    PrevChange,
    /// `n`: the next match of the last search (even after Esc cleared it), or the next change before any search.
    Next,
    /// `N`: the previous search match or change.
    Prev,
    StartSearch,
    ToggleView,
    ToggleBoilerplate,
    ToggleHelp,
    /// Esc: close the overlay or prompt, or clear the search.
    Close,
    /// A character typed into a prompt.
    Type(char),
    Backspace,
    /// Delete the word before the caret of a prompt (Ctrl-w).
    DeleteWord,
    /// Empty a prompt (Ctrl-u).
    ClearInput,
    /// Enter in a prompt.
    Submit,
    /// The mouse wheel over a screen cell: positive scrolls down.
    Wheel {
        column: u16,
        row: u16,
        lines: i8,
    },
    /// A left click on a screen cell.
    Click {
        column: u16,
        row: u16,
    },
    /// The window changed size: redraw, and note whether it is big enough to use.
    Resize {
        width: u16,
        height: u16,
    },
}

/// Which keys are text and which are commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// Typing a search: printable keys are text.
    Search,
    /// The help overlay: keys scroll it, `/` starts its filter (typed in [`Mode::Search`]), q closes it.
    Help,
    /// The window is too small to show the panes: the screen says only "q quits", so nothing else may act
    /// unseen.
    TooSmall,
}

/// Map a terminal event to an intent; `None` for events that mean nothing here (key releases, focus).
pub fn from_event(event: &Event, mode: Mode) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => from_key(key, mode),
        Event::Mouse(_) if mode == Mode::TooSmall => None,
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Wheel { column: m.column, row: m.row, lines: 3 }),
            MouseEventKind::ScrollUp => Some(Action::Wheel { column: m.column, row: m.row, lines: -3 }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column: m.column, row: m.row }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize { width: *width, height: *height }),
        _ => None,
    }
}

fn from_key(key: &KeyEvent, mode: Mode) -> Option<Action> {
    use Action::*;
    // A line feed is Enter typed before the screen took the terminal over (the terminal turns Enter into
    // one until then), which crossterm reads as Ctrl-J: `pressdiff big/` then `j j Enter` typed while
    // the corpus loads must still open the comparison.
    if key.code == KeyCode::Char('j') && key.modifiers == KeyModifiers::CONTROL {
        return from_key(&KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), mode);
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if mode == Mode::TooSmall {
        return match key.code {
            KeyCode::Char('c') if ctrl => Some(Quit),
            KeyCode::Char('z') if ctrl => Some(Suspend),
            KeyCode::Char('q') if !ctrl => Some(Quit),
            _ => None,
        };
    }
    // Keys that mean the same everywhere.
    match key.code {
        KeyCode::Char('c') if ctrl => return Some(Quit),
        KeyCode::Char('z') if ctrl => return Some(Suspend),
        KeyCode::Esc => return Some(Close),
        KeyCode::Down => return Some(Down),
        KeyCode::Up => return Some(Up),
        KeyCode::PageDown => return Some(PageDown),
        KeyCode::PageUp => return Some(PageUp),
        _ => {}
    }
    if mode == Mode::Search {
        return match key.code {
            KeyCode::Enter => Some(Submit),
            KeyCode::Backspace => Some(Backspace),
            // The shell's and readline's line editing.
            KeyCode::Char('w') if ctrl => Some(DeleteWord),
            KeyCode::Char('u') if ctrl => Some(ClearInput),
            KeyCode::Left => Some(Left),
            KeyCode::Right => Some(Right),
            KeyCode::Home => Some(Top),
            KeyCode::End => Some(Bottom),
            KeyCode::Char('a') if ctrl => Some(Top),
            KeyCode::Char('e') if ctrl => Some(Bottom),
            KeyCode::Char(c) if !ctrl => Some(Type(c)),
            _ => None,
        };
    }
    Some(match key.code {
        KeyCode::Char('d') if ctrl => HalfPageDown,
        KeyCode::Char('u') if ctrl => HalfPageUp,
        KeyCode::Char('f') if ctrl => PageDown,
        KeyCode::Char('b') if ctrl => PageUp,
        _ if ctrl => return None,
        // As in less, vim and delta, q leaves a help screen, not the program.
        KeyCode::Char('q') if mode == Mode::Help => Close,
        KeyCode::Char('q') => Quit,
        KeyCode::Char('j') => Down,
        KeyCode::Char('k') => Up,
        KeyCode::Char('J') => DetailDown,
        KeyCode::Char('K') => DetailUp,
        KeyCode::Char(' ') => PageDown,
        KeyCode::Char('b') => PageUp,
        KeyCode::Char('g') | KeyCode::Home => Top,
        KeyCode::Char('G') | KeyCode::End => Bottom,
        KeyCode::Tab => SwitchFocus,
        KeyCode::BackTab => SwitchBack,
        KeyCode::Char('h') | KeyCode::Left => Left,
        KeyCode::Char('l') | KeyCode::Right => Right,
        KeyCode::Char('f') => Facts,
        KeyCode::Char('x') => Matrix,
        KeyCode::Char('p') => Pair,
        KeyCode::Char(c @ '0'..='9') => Digit(c as u8 - b'0'),
        KeyCode::Enter => Compare,
        KeyCode::Char('a') => MakeBase,
        KeyCode::Char('s') => Swap,
        KeyCode::Char(']') => NextChange,
        KeyCode::Char('[') => PrevChange,
        KeyCode::Char('n') => Next,
        KeyCode::Char('N') => Prev,
        KeyCode::Char('/') => StartSearch,
        KeyCode::Char('v') => ToggleView,
        KeyCode::Char('r') => ToggleBoilerplate,
        KeyCode::Char('?') | KeyCode::F(1) => ToggleHelp,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, mods))
    }

    #[test]
    fn normal_keys() {
        let none = KeyModifiers::NONE;
        assert_eq!(from_event(&key(KeyCode::Char('j'), none), Mode::Normal), Some(Action::Down));
        assert_eq!(from_event(&key(KeyCode::Char('G'), KeyModifiers::SHIFT), Mode::Normal), Some(Action::Bottom));
        assert_eq!(from_event(&key(KeyCode::Char('c'), KeyModifiers::CONTROL), Mode::Normal), Some(Action::Quit));
        // Enter typed before the screen opened comes as a line feed, read as Ctrl-J.
        assert_eq!(from_event(&key(KeyCode::Char('j'), KeyModifiers::CONTROL), Mode::Normal), Some(Action::Compare));
        assert_eq!(from_event(&key(KeyCode::Char('j'), KeyModifiers::CONTROL), Mode::Search), Some(Action::Submit));
        assert_eq!(from_event(&key(KeyCode::Char('x'), none), Mode::Normal), Some(Action::Matrix));
        assert_eq!(from_event(&key(KeyCode::Char('2'), none), Mode::Normal), Some(Action::Digit(2)));
        assert_eq!(from_event(&key(KeyCode::Left, none), Mode::Normal), Some(Action::Left));
        assert_eq!(from_event(&key(KeyCode::BackTab, KeyModifiers::SHIFT), Mode::Normal), Some(Action::SwitchBack));
        assert_eq!(from_event(&key(KeyCode::Char('z'), none), Mode::Normal), None);
    }

    #[test]
    fn prompts_take_printable_keys() {
        let none = KeyModifiers::NONE;
        assert_eq!(from_event(&key(KeyCode::Char('q'), none), Mode::Search), Some(Action::Type('q')));
        assert_eq!(from_event(&key(KeyCode::Char('j'), none), Mode::Search), Some(Action::Type('j')));
        assert_eq!(from_event(&key(KeyCode::Char('w'), KeyModifiers::CONTROL), Mode::Search), Some(Action::DeleteWord));
        assert_eq!(from_event(&key(KeyCode::Char('u'), KeyModifiers::CONTROL), Mode::Search), Some(Action::ClearInput));
        assert_eq!(from_event(&key(KeyCode::Char('u'), KeyModifiers::CONTROL), Mode::Normal), Some(Action::HalfPageUp));
        // Help not being filtered reads keys as the panes do: `j` scrolls, `/` starts the filter.
        assert_eq!(from_event(&key(KeyCode::Char('j'), none), Mode::Help), Some(Action::Down));
        assert_eq!(from_event(&key(KeyCode::Char('/'), none), Mode::Help), Some(Action::StartSearch));
        assert_eq!(from_event(&key(KeyCode::Esc, none), Mode::Help), Some(Action::Close));
        assert_eq!(from_event(&key(KeyCode::Char('q'), none), Mode::Help), Some(Action::Close));
        assert_eq!(from_event(&key(KeyCode::Char('c'), KeyModifiers::CONTROL), Mode::Help), Some(Action::Quit));
        assert_eq!(from_event(&key(KeyCode::Down, none), Mode::Help), Some(Action::Down));
        assert_eq!(from_event(&key(KeyCode::Char('c'), KeyModifiers::CONTROL), Mode::Search), Some(Action::Quit));
    }

    #[test]
    fn a_window_too_small_only_quits() {
        let none = KeyModifiers::NONE;
        assert_eq!(from_event(&key(KeyCode::Char('q'), none), Mode::TooSmall), Some(Action::Quit));
        assert_eq!(from_event(&key(KeyCode::Char('c'), KeyModifiers::CONTROL), Mode::TooSmall), Some(Action::Quit));
        for mode in [Mode::Normal, Mode::Search, Mode::Help, Mode::TooSmall] {
            assert_eq!(from_event(&key(KeyCode::Char('z'), KeyModifiers::CONTROL), mode), Some(Action::Suspend));
        }
        for code in
            [KeyCode::Char('f'), KeyCode::Char('x'), KeyCode::Char('?'), KeyCode::Esc, KeyCode::Enter, KeyCode::Down]
        {
            assert_eq!(from_event(&key(code, none), Mode::TooSmall), None, "{code:?}");
        }
        let click = Event::Mouse(ratatui::crossterm::event::MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 1,
            row: 1,
            modifiers: none,
        });
        assert_eq!(from_event(&click, Mode::TooSmall), None);
        assert_eq!(from_event(&Event::Resize(80, 24), Mode::TooSmall), Some(Action::Resize { width: 80, height: 24 }));
    }
}
