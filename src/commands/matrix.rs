//! `pressdiff matrix`: similarity and containment across a corpus, nearest reports, derivation hints.
//! Long runs show their progress on stderr when it is a terminal.

use crate::cli::{ColorChoice, Format};
use pressdiff::matrix::{Matrix, Options, Progress};
use pressdiff::output::matrix;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

pub fn run(
    w: &mut impl Write,
    paths: &[PathBuf],
    top: Option<usize>,
    format: Format,
    color: ColorChoice,
) -> anyhow::Result<()> {
    let tty = std::io::stderr().is_terminal();
    let (m, derivations) = super::in_pool(|| -> anyhow::Result<_> {
        let corpus = super::load(paths)?;
        let report = |p: Progress| {
            if tty {
                super::progress::status(&format!("pressdiff: {} {}/{}", p.stage, p.done, p.total));
            }
        };
        let m = Matrix::build_with(&corpus, &Options::default(), &report);
        let derivations = m.derivations(&corpus);
        Ok((m, derivations))
    })?;
    if tty {
        super::progress::erase();
    }
    match format {
        Format::Text => matrix::text(w, &m, top, &derivations, super::style(color))?,
        Format::Json => matrix::json(w, &m, top, &derivations)?,
    }
    Ok(())
}
