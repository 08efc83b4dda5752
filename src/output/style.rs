//! The text printers' styling: SGR colours when colour is on, wdiff-style brackets when it is off.
//!
//! These are the only escape sequences pressdiff writes to a stream, and they are built here from constants;
//! input text is already sanitised at load, so no byte from a file can form a sequence of its own.

use crate::comparison::Kind;
use std::fmt;

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

    /// An inserted run: green and underlined, or `{+…+}`.
    pub fn inserted<'a>(&self, text: &'a str) -> Painted<'a> {
        if self.color { self.paint("32;4", text) } else { Painted { sgr: None, open: "{+", text, close: "+}" } }
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

impl fmt::Display for Mark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (m, sgr) = match self.kind {
            Kind::Copied => ("=", "2"),
            Kind::Paraphrased => ("~", "33"),
            Kind::Added => ("+", "32"),
            Kind::Omitted => ("-", "31"),
        };
        write!(f, "{}", self.style.paint(sgr, m))?;
        if self.moved { write!(f, "{}", self.style.paint("35;1", ">")) } else { f.write_str(" ") }
    }
}
