//! Line editing in the prompts (search, list filter, help filter, facts filter): a caret that moves, and
//! the shell's and readline's editing keys.

use super::action::Action;
use ratatui::style::Style;
use ratatui::text::Span;

/// What an action did to a prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// The text changed: whatever it filters must be worked out again.
    Changed,
    /// Only the caret moved.
    Moved,
    /// Not an editing action: the caller's to handle.
    Other,
}

/// Apply an editing action to a prompt's `text`, whose caret stands `back` characters before its end (0:
/// at the end, where typing goes by default).
///
/// - Left and Right move the caret; Home and End (or Ctrl-a and Ctrl-e, as readline has them) jump to the
///   ends. The key map gives these as `Left`, `Right`, `Top` and `Bottom` while a prompt is open.
/// - Typing inserts at the caret; Backspace deletes the character before it.
/// - Ctrl-w deletes the word before the caret with the spaces after that word, as the shell does; Ctrl-u
///   deletes everything before the caret.
pub fn edit(text: &mut String, back: &mut usize, action: &Action) -> Edit {
    let n = text.chars().count();
    *back = (*back).min(n);
    let at = text.char_indices().nth(n - *back).map_or(text.len(), |(i, _)| i);
    match action {
        Action::Type(c) => text.insert(at, *c),
        Action::Backspace => match text[..at].chars().next_back() {
            Some(c) => {
                text.replace_range(at - c.len_utf8()..at, "");
            }
            None => return Edit::Moved,
        },
        Action::DeleteWord => {
            let kept = text[..at].trim_end().trim_end_matches(|c: char| !c.is_whitespace()).len();
            text.replace_range(kept..at, "");
        }
        Action::ClearInput => text.replace_range(..at, ""),
        Action::Left => {
            *back = (*back + 1).min(n);
            return Edit::Moved;
        }
        Action::Right => {
            *back = back.saturating_sub(1);
            return Edit::Moved;
        }
        Action::Top => {
            *back = n;
            return Edit::Moved;
        }
        Action::Bottom => {
            *back = 0;
            return Edit::Moved;
        }
        _ => return Edit::Other,
    }
    Edit::Changed
}

/// The prompt's text with the caret drawn where it stands: the text before it, the caret, the text after.
pub fn spans(text: &str, back: usize, text_style: Style, caret_style: Style) -> Vec<Span<'static>> {
    let n = text.chars().count();
    let at = text.char_indices().nth(n - back.min(n)).map_or(text.len(), |(i, _)| i);
    vec![
        Span::styled(text[..at].to_string(), text_style),
        Span::styled("▏", caret_style),
        Span::styled(text[at..].to_string(), text_style),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;

    fn run(keys: &[Action]) -> (String, usize) {
        let (mut text, mut back) = (String::new(), 0);
        for k in keys {
            edit(&mut text, &mut back, k);
        }
        (text, back)
    }

    #[test]
    fn the_caret_moves_and_typing_goes_where_it_stands() {
        let typed = |s: &str| s.chars().map(Type).collect::<Vec<_>>();
        let mut keys = typed("quit");
        keys.extend([Left, Left, Type('X')]);
        assert_eq!(run(&keys), ("quXit".into(), 2));
        keys.extend([Top, Type('>'), Bottom, Type('<')]);
        assert_eq!(run(&keys).0, ">quXit<");
        // Backspace and the shell's Ctrl-w and Ctrl-u act before the caret.
        let mut keys = typed("north korea kim");
        keys.extend([Left, Left, Left, DeleteWord]);
        assert_eq!(run(&keys), ("north kim".into(), 3));
        keys.push(ClearInput);
        assert_eq!(run(&keys), ("kim".into(), 3));
        let mut keys = typed("é漢");
        keys.extend([Left, Backspace]);
        assert_eq!(run(&keys), ("漢".into(), 1));
        assert_eq!(edit(&mut String::new(), &mut 0, &Backspace), Edit::Moved);
        assert_eq!(edit(&mut String::new(), &mut 0, &Submit), Edit::Other);
    }

    #[test]
    fn the_caret_is_drawn_where_it_stands() {
        let s = spans("kim", 1, Style::default(), Style::default());
        assert_eq!(s.iter().map(|s| s.content.as_ref()).collect::<String>(), "ki▏m");
        let s = spans("kim", 9, Style::default(), Style::default());
        assert_eq!(s.iter().map(|s| s.content.as_ref()).collect::<String>(), "▏kim");
    }
}
