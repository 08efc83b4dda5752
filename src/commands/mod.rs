//! One function per subcommand, each writing to a caller's writer. Loading and errors are shared here.

pub mod diff;
pub mod facts;
pub mod list;
pub mod matrix;
mod progress;

use crate::cli::ColorChoice;
use pressdiff::Corpus;
use pressdiff::output::style::Style;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Load the given paths, or the embedded sample corpus when there are none. Warnings go to stderr.
pub fn load(paths: &[PathBuf]) -> anyhow::Result<Corpus> {
    let corpus =
        if paths.is_empty() { Corpus::sample() } else { progress::shown(|p| Corpus::load_counting(paths, p))? };
    for w in &corpus.warnings {
        eprintln!("pressdiff: warning: {w}");
    }
    Ok(corpus)
}

/// Decide colour: `always` and `never` win; `auto` colours a terminal unless NO_COLOR is set.
pub fn style(choice: ColorChoice) -> Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !no_color && std::io::stdout().is_terminal(),
    };
    Style { color }
}
