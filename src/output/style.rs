//! The text printers' styling: SGR colours when colour is on, wdiff-style brackets when it is off.
//!
//! These are the only escape sequences pressdiff writes to a stream, and they are built here from constants;
//! input text is already sanitised at load, so no byte from a file can form a sequence of its own.

use crate::comparison::Kind;

/// Whether to colour text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Emit SGR colour sequences.
    pub color: bool,
}

impl Style {
    /// Wrap `text` in an SGR sequence when colour is on.
    pub fn paint(&self, sgr: &str, text: &str) -> String {
        if self.color { format!("\x1b[{sgr}m{text}\x1b[0m") } else { text.to_string() }
    }

    /// A deleted run: red and struck through, or `[-…-]`.
    pub fn deleted(&self, text: &str) -> String {
        if self.color { self.paint("31;9", text) } else { format!("[-{text}-]") }
    }

    /// An inserted run: green and underlined, or `{+…+}`.
    pub fn inserted(&self, text: &str) -> String {
        if self.color { self.paint("32;4", text) } else { format!("{{+{text}+}}") }
    }

    /// Quiet text (copied sentences).
    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    /// Bold text (headers).
    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    /// The gutter mark for a label; readable without colour.
    pub fn mark(&self, kind: Kind, moved: bool) -> String {
        let (m, sgr) = match kind {
            Kind::Copied => ('=', "2"),
            Kind::Paraphrased => ('~', "33"),
            Kind::Added => ('+', "32"),
            Kind::Omitted => ('-', "31"),
        };
        let mv = if moved { self.paint("35;1", ">") } else { " ".into() };
        format!("{}{mv}", self.paint(sgr, &m.to_string()))
    }
}
