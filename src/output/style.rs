//! The text printers' styling: SGR colours when colour is on, wdiff-style brackets when it is off.
//!
//! These are the only escape sequences pressdiff writes to a stream, and they are built here from constants;
//! input text is already sanitised at load, so no byte from a file can form a sequence of its own.

use crate::comparison::Kind;
use std::fmt;
use std::io;

/// Whether to colour text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Emit SGR colour sequences.
    pub color: bool,
}

impl Style {
    /// `text` in an SGR sequence when colour is on. Printed through `Display`, so a line of many runs is
    /// written straight to the stream rather than built in a string per run.
    pub fn paint<'a>(&self, sgr: &'static str, text: &'a str) -> Painted<'a> {
        Painted { sgr: self.color.then_some(sgr), open: "", text, close: "" }
    }

    /// A deleted run: red and struck through, or `[-…-]`.
    pub fn deleted<'a>(&self, text: &'a str) -> Painted<'a> {
        if self.color { self.paint("31;9", text) } else { Painted { sgr: None, open: "[-", text, close: "-]" } }
    }

    /// An inserted run: cyan and underlined, or `{+…+}`. Cyan, not green, beside the red of a deleted run, as
    /// in the TUI: red and green are one hue to a red–green colour-blind reader.
    pub fn inserted<'a>(&self, text: &'a str) -> Painted<'a> {
        if self.color { self.paint("36;4", text) } else { Painted { sgr: None, open: "{+", text, close: "+}" } }
    }

    /// Quiet text (copied sentences).
    pub fn dim<'a>(&self, text: &'a str) -> Painted<'a> {
        self.paint("2", text)
    }

    /// Bold text (headers).
    pub fn bold<'a>(&self, text: &'a str) -> Painted<'a> {
        self.paint("1", text)
    }

    /// The gutter mark for a label, then `>` when the pair moved; readable without colour.
    pub fn mark(&self, kind: Kind, moved: bool) -> Mark {
        Mark { kind, moved, style: *self }
    }
}

/// Text to print with a colour, or between plain brackets.
#[derive(Debug, Clone, Copy)]
pub struct Painted<'a> {
    sgr: Option<&'static str>,
    open: &'static str,
    text: &'a str,
    close: &'static str,
}

impl Painted<'_> {
    /// Write the run to a byte stream as its pieces: the same bytes as `Display` gives, without the
    /// formatting machinery, which cost more than the copying for the thousands of runs of a long diff.
    pub fn write_to(&self, w: &mut impl io::Write) -> io::Result<()> {
        if let Some(sgr) = self.sgr {
            w.write_all(b"\x1b[")?;
            w.write_all(sgr.as_bytes())?;
            w.write_all(b"m")?;
        }
        w.write_all(self.open.as_bytes())?;
        w.write_all(self.text.as_bytes())?;
        w.write_all(self.close.as_bytes())?;
        if self.sgr.is_some() {
            w.write_all(b"\x1b[0m")?;
        }
        Ok(())
    }
}

impl fmt::Display for Painted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.sgr {
            Some(sgr) => write!(f, "\x1b[{sgr}m{}{}{}\x1b[0m", self.open, self.text, self.close),
            None => write!(f, "{}{}{}", self.open, self.text, self.close),
        }
    }
}

/// A segment's gutter mark: `=`, `~`, `+` or `-`, then `>` or a space.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    kind: Kind,
    moved: bool,
    style: Style,
}

impl Mark {
    /// The label's sign and its colour.
    fn sign(&self) -> (&'static str, &'static str) {
        match self.kind {
            Kind::Copied => ("=", "2"),
            Kind::Paraphrased => ("~", "33"),
            Kind::Added => ("+", "32"),
            Kind::Omitted => ("-", "31"),
        }
    }

    /// Write the mark to a byte stream.
    pub fn write_to(&self, w: &mut impl io::Write) -> io::Result<()> {
        let (m, sgr) = self.sign();
        self.style.paint(sgr, m).write_to(w)?;
        if self.moved { self.style.paint("35;1", ">").write_to(w) } else { w.write_all(b" ") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_runs_are_the_displayed_ones() {
        for color in [false, true] {
            let style = Style { color };
            for run in
                [style.deleted("a b"), style.inserted("c"), style.dim("d"), style.bold(""), style.paint("33", "e")]
            {
                let mut bytes = Vec::new();
                run.write_to(&mut bytes).unwrap();
                assert_eq!(String::from_utf8(bytes).unwrap(), run.to_string());
            }
        }
    }

    #[test]
    fn inserted_words_are_not_green_beside_red() {
        let style = Style { color: true };
        assert!(style.deleted("gone").to_string().starts_with("\x1b[31;9m"));
        // Green (32, 92) against red is one hue to a red–green colour-blind reader.
        let inserted = style.inserted("new").to_string();
        assert!(inserted.starts_with("\x1b[36;4m"), "{inserted:?}");
    }

    #[test]
    fn marks_read_without_colour() {
        let style = Style { color: false };
        let mut bytes = Vec::new();
        style.mark(Kind::Paraphrased, true).write_to(&mut bytes).unwrap();
        style.mark(Kind::Copied, false).write_to(&mut bytes).unwrap();
        assert_eq!(bytes, b"~>= ");
    }
}
