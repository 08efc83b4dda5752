//! Printers: each writes one analysis to a caller's writer, as text for people or JSON for scripts.
//! They never decide what to compute, only how to show it.

pub mod facts;
pub mod json;
pub mod matrix;
pub mod style;
pub mod text;
