//! Line editing in the prompts (search, list filter, help filter, facts filter): a caret that moves, and
//! the shell's and readline's editing keys.

use super::action::Action;
use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::UnicodeWidthChar;

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

/// The prompt's text with the caret drawn where it stands: the text before it, the caret, the text after,
/// in at most `room` columns.
///
/// Text too long for its room is shown around the caret, as a shell's line editor scrolls: the text
/// nearest the caret before it, after a "…" where the start is cut, and what of the text after it fits.
/// Cut from the end as other lines are, typing past the window's edge went on out of sight, caret and all.
pub fn spans(text: &str, back: usize, room: usize, text_style: Style, caret_style: Style) -> Vec<Span<'static>> {
    let n = text.chars().count();
    let at = text.char_indices().nth(n - back.min(n)).map_or(text.len(), |(i, _)| i);
    let (before, after) = text.split_at(at);
    let width = |s: &str| s.chars().map(|c| UnicodeWidthChar::width(c).unwrap_or(0)).sum::<usize>();
    const CARET: &str = "▏";
    // The text and the caret after it fit.
    let (before, after) = if width(text) < room {
        (before.to_string(), after.to_string())
    } else {
        // A third of the room at most for the text after the caret, the rest for the text before it.
        let room = room.saturating_sub(1);
        let after_room = width(after).min(room / 3);
        let before_room = room - after_room;
        let before = if width(before) <= before_room {
            before.to_string()
        } else {
            // "…" and as many of the last characters before the caret as fit after it.
            let mut used = 1;
            let start = before
                .char_indices()
                .rev()
                .take_while(|(_, c)| {
                    used += UnicodeWidthChar::width(*c).unwrap_or(0);
                    used <= before_room
                })
                .last()
                .map_or(before.len(), |(i, _)| i);
            format!("…{}", &before[start..])
        };
        let after_room = room.saturating_sub(width(&before));
        let mut used = 0;
        let end = after
            .char_indices()
            .find(|(_, c)| {
                used += UnicodeWidthChar::width(*c).unwrap_or(0);
                used > after_room.saturating_sub(1)
            })
            .map(|(i, _)| i);
        let after = match end {
            Some(end) if width(after) > after_room => format!("{}…", &after[..end]),
            _ => after.to_string(),
        };
        (before, after)
    };
    vec![Span::styled(before, text_style), Span::styled(CARET, caret_style), Span::styled(after, text_style)]
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

    fn shown(text: &str, back: usize, room: usize) -> String {
        spans(text, back, room, Style::default(), Style::default()).iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn the_caret_is_drawn_where_it_stands() {
        assert_eq!(shown("kim", 1, 80), "ki▏m");
        assert_eq!(shown("kim", 9, 80), "▏kim");
    }

    #[test]
    fn a_prompt_longer_than_its_room_is_shown_around_the_caret() {
        let text = "north korea missile launch sea of japan";
        // At the end, where typing goes: the last characters typed, the caret in sight.
        assert_eq!(shown(text, 0, 12), "…a of japan▏");
        // In the middle: some of the text after the caret too, cut with "…".
        assert_eq!(shown(text, 20, 15), "…a missile▏ la…");
        // At the start: nothing to cut before it.
        assert_eq!(shown(text, text.chars().count(), 10), "▏north ko…");
        // Wide characters count two columns each.
        let s = shown("金正恩回应说金正恩回应说", 0, 9);
        assert_eq!(s, "…回应说▏");
        for (t, back, room) in [(text, 0, 12), (text, 20, 15), (text, 39, 10), ("金正恩回应说金正恩回应说", 0, 9)]
        {
            let w: usize = shown(t, back, room).chars().map(|c| UnicodeWidthChar::width(c).unwrap_or(0)).sum();
            assert!(w <= room, "{t:?} {back} {room}: {w}");
        }
    }
}
