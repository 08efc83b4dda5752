//! `pressdiff list`: the articles of a corpus.

use crate::cli::{ColorChoice, Format};
use pressdiff::output::{json, text};
use std::io::Write;
use std::path::PathBuf;

pub fn run(w: &mut impl Write, paths: &[PathBuf], format: Format) -> anyhow::Result<()> {
    let corpus = super::in_pool(|| super::load(paths))?;
    match format {
        Format::Text => text::list(w, &corpus, super::style(ColorChoice::Auto))?,
        Format::Json => json::list(w, &corpus)?,
    }
    Ok(())
}
