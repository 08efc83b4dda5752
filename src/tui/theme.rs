//! Palettes (dark, light, no colour) and the marks that say the same thing without colour.
//!
//! Every meaning has three carriers: a symbol in the gutter, a text attribute (strike-through for deleted,
//! underline for inserted, dim for copied, reverse for the selection) and a colour. The colours pair red with
//! cyan or blue rather than green, so that red–green colour-blind readers still see two different hues.

use pressdiff::Kind;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Span;

/// Which palette to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    /// Light text on a dark background.
    Dark,
    /// Dark text on a light background.
    Light,
    /// No colour at all: symbols and attributes only (NO_COLOR).
    Mono,
}

impl ThemeName {
    /// Pick a palette: NO_COLOR wins, then COLORFGBG (set by many terminals: "fg;bg", bg 7 or 15 is light),
    /// then dark, the common default.
    pub fn detect(no_color: Option<&str>, colorfgbg: Option<&str>) -> ThemeName {
        if no_color.is_some_and(|v| !v.is_empty()) {
            return ThemeName::Mono;
        }
        match colorfgbg.and_then(|v| v.rsplit(';').next()).and_then(|bg| bg.trim().parse::<u8>().ok()) {
            Some(7 | 9..=15) => ThemeName::Light,
            _ => ThemeName::Dark,
        }
    }

    /// The name shown in the help.
    pub fn name(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::Mono => "no colour",
        }
    }
}

/// What a row of the comparison is, as far as the reader's eye is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mark {
    /// Boilerplate shown on request.
    Boilerplate,
    /// Identical up to case and punctuation.
    Copied,
    /// In both, worded differently.
    Paraphrased,
    /// Only in A.
    Omitted,
    /// Only in B.
    Added,
    /// A pair in a different place in B than in A.
    Moved,
}

impl Mark {
    /// The mark of a segment: moved wins, since the label still shows in the first gutter column.
    pub fn of(kind: Kind, moved: bool) -> Mark {
        if moved {
            return Mark::Moved;
        }
        match kind {
            Kind::Copied => Mark::Copied,
            Kind::Paraphrased => Mark::Paraphrased,
            Kind::Added => Mark::Added,
            Kind::Omitted => Mark::Omitted,
        }
    }

    /// The one-character symbol, the same as the text printer's.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Boilerplate => "#",
            Mark::Copied => "=",
            Mark::Paraphrased => "~",
            Mark::Omitted => "-",
            Mark::Added => "+",
            Mark::Moved => ">",
        }
    }

    /// How strongly the overview strip shows it: changes outrank copies, copies outrank boilerplate.
    pub fn weight(self) -> u8 {
        match self {
            Mark::Boilerplate => 0,
            Mark::Copied => 1,
            Mark::Paraphrased => 2,
            Mark::Moved => 3,
            Mark::Omitted => 4,
            Mark::Added => 5,
        }
    }
}

/// Styles for every role on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    /// Copied text: quiet.
    pub copied: Style,
    /// Deleted words inside a pair, and whole omitted sentences in the inline view.
    pub deleted: Style,
    /// Inserted words inside a pair, and whole added sentences in the inline view.
    pub inserted: Style,
    /// A whole added sentence beside an empty cell.
    pub added: Style,
    /// A whole omitted sentence beside an empty cell.
    pub omitted: Style,
    /// The paraphrase mark.
    pub paraphrased: Style,
    /// Moved marks and notes.
    pub moved: Style,
    /// Boilerplate blocks and their reasons.
    pub boilerplate: Style,
    /// Search matches.
    pub matched: Style,
    /// The match `n`/`N` went to: apart from the others (underlined too, and another colour).
    pub current: Style,
    /// The strongest highlight: a fact inside an added or omitted sentence, a changed word inside a quote.
    pub fact: Style,
    /// Selected row, overview viewport.
    pub selected: Style,
    /// Pane borders; the focused pane's is bold.
    pub border: Style,
    pub border_focus: Style,
    /// The focused pane's title: reversed, so focus shows without colour (a bold border alone hardly
    /// does, and Tab seemed to change nothing in the no-colour theme).
    pub title_focus: Style,
    /// Headings, keys in hints, the A and B marks.
    pub strong: Style,
    /// Secondary text: hints, ids, pending values.
    pub faint: Style,
    /// Warnings and errors in the footer.
    pub alert: Style,
    /// Also bracket changed words, `[-deleted-]` and `{+inserted+}`, as the text printer does without
    /// colour: a terminal that cannot show strike-through or underline still shows the change.
    pub brackets: bool,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        let plain = Style::default();
        let dim = plain.add_modifier(Modifier::DIM);
        let bold = plain.add_modifier(Modifier::BOLD);
        let strike = plain.add_modifier(Modifier::CROSSED_OUT);
        let under = plain.add_modifier(Modifier::UNDERLINED);
        let rev = plain.add_modifier(Modifier::REVERSED);
        let mono = Theme {
            name,
            copied: dim,
            deleted: strike,
            inserted: under,
            added: plain,
            omitted: plain,
            paraphrased: bold,
            moved: bold,
            boilerplate: dim.add_modifier(Modifier::ITALIC),
            matched: rev.add_modifier(Modifier::BOLD),
            current: rev.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            fact: bold.add_modifier(Modifier::UNDERLINED),
            selected: rev,
            border: plain,
            border_focus: bold,
            title_focus: rev.add_modifier(Modifier::BOLD),
            strong: bold,
            faint: dim,
            alert: bold,
            brackets: name == ThemeName::Mono,
        };
        let (del, ins, para, mv, accent, matched_bg, current_bg) = match name {
            ThemeName::Mono => return mono,
            ThemeName::Dark => (
                Color::LightRed,
                Color::LightCyan,
                Color::Yellow,
                Color::LightMagenta,
                Color::Cyan,
                Color::Yellow,
                Color::LightCyan,
            ),
            ThemeName::Light => (
                Color::Red,
                Color::Blue,
                Color::Indexed(130),
                Color::Magenta,
                Color::Blue,
                Color::Indexed(222),
                Color::Indexed(117),
            ),
        };
        Theme {
            deleted: strike.fg(del),
            inserted: under.fg(ins),
            added: plain.fg(ins),
            omitted: plain.fg(del),
            paraphrased: bold.fg(para),
            moved: bold.fg(mv),
            boilerplate: dim.add_modifier(Modifier::ITALIC),
            matched: bold.fg(Color::Black).bg(matched_bg),
            current: bold.add_modifier(Modifier::UNDERLINED).fg(Color::Black).bg(current_bg),
            fact: bold.add_modifier(Modifier::UNDERLINED).fg(Color::White).bg(Color::Magenta),
            border: plain.fg(Color::DarkGray),
            border_focus: bold.fg(accent),
            title_focus: bold.fg(accent).add_modifier(Modifier::REVERSED),
            alert: bold.fg(del),
            brackets: false,
            ..mono
        }
    }

    /// A deleted run as shown: its style, and brackets when the theme wants them.
    pub fn deleted_run(&self, text: &str) -> Span<'static> {
        let text = if self.brackets { format!("[-{text}-]") } else { text.to_string() };
        Span::styled(text, self.deleted)
    }

    /// An inserted run as shown.
    pub fn inserted_run(&self, text: &str) -> Span<'static> {
        let text = if self.brackets { format!("{{+{text}+}}") } else { text.to_string() };
        Span::styled(text, self.inserted)
    }

    /// The style of a gutter mark.
    pub fn mark(&self, mark: Mark) -> Style {
        match mark {
            Mark::Boilerplate => self.boilerplate,
            Mark::Copied => self.copied,
            Mark::Paraphrased => self.paraphrased,
            Mark::Omitted => self.omitted.add_modifier(Modifier::BOLD),
            Mark::Added => self.added.add_modifier(Modifier::BOLD),
            Mark::Moved => self.moved,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection() {
        assert_eq!(ThemeName::detect(Some("1"), Some("0;15")), ThemeName::Mono);
        assert_eq!(ThemeName::detect(Some(""), Some("0;15")), ThemeName::Light);
        assert_eq!(ThemeName::detect(None, Some("15;0")), ThemeName::Dark);
        assert_eq!(ThemeName::detect(None, Some("15;default;0")), ThemeName::Dark);
        assert_eq!(ThemeName::detect(None, None), ThemeName::Dark);
    }

    #[test]
    fn mono_has_no_colour() {
        let t = Theme::new(ThemeName::Mono);
        for s in [t.copied, t.deleted, t.inserted, t.added, t.omitted, t.moved, t.matched, t.selected] {
            assert_eq!((s.fg, s.bg), (None, None));
        }
        assert!(t.deleted.add_modifier.contains(Modifier::CROSSED_OUT));
        assert!(t.inserted.add_modifier.contains(Modifier::UNDERLINED));
    }
}
