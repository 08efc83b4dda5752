//! `pressdiff facts`: the fact ledger of a corpus, as a table or JSON.

use crate::cli::{ColorChoice, Format};
use pressdiff::facts::Ledger;
use pressdiff::output::facts;
use std::io::Write;
use std::path::PathBuf;

pub fn run(w: &mut impl Write, paths: &[PathBuf], format: Format, color: ColorChoice) -> anyhow::Result<()> {
    let ledger = super::in_pool(|| -> anyhow::Result<_> {
        let corpus = super::load(paths)?;
        Ok(Ledger::build(&corpus.articles))
    })?;
    match format {
        Format::Text => facts::text(w, &ledger, super::style(color))?,
        Format::Json => facts::json(w, &ledger)?,
    }
    Ok(())
}
