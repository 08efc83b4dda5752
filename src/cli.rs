//! Command-line definitions (clap derive). Parsing only: what each command does lives in `commands`.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Read news reports of the same story side by side: what each outlet copied, reworded, added, dropped or
/// moved, and which quotes and numbers changed.
#[derive(Debug, Parser)]
#[command(name = "pressdiff", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files or folders to open in the TUI (in folders, the .txt, .md and .text files). With none, the
    /// embedded sample corpus.
    pub paths: Vec<PathBuf>,
    /// Colours for the TUI: `auto` follows NO_COLOR and the terminal's background (COLORFGBG).
    #[arg(long, value_enum, default_value_t = Theme::Auto)]
    pub theme: Theme,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the articles of a corpus: id, words, title, and with JSON the body sentences and boilerplate.
    List {
        /// Files or folders (in folders, the .txt, .md and .text files). With none, the embedded sample corpus.
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Compare two reports, sentence by sentence and word by word.
    Diff {
        /// The base report (A): a path, or an id from the sample corpus.
        a: PathBuf,
        /// The compared report (B).
        b: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// When to colour text output.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
        /// Also show the boilerplate of both reports, with the reason each block was set aside.
        #[arg(long)]
        all: bool,
        /// Leave out the facts of the pair (numbers and quotations changed, and how many facts the two
        /// share or give alone): much quicker on reports of megabytes.
        #[arg(long)]
        no_facts: bool,
    },
    /// The fact ledger: quotes, numbers and names, which articles carry each, and which quotes or numbers
    /// an outlet changed.
    Facts {
        /// Files or folders (in folders, the .txt, .md and .text files). With none, the embedded sample corpus.
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// When to colour text output.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
    },
    /// Similarity and containment of every pair of articles, the nearest reports of each, and which
    /// report each one most likely draws on.
    Matrix {
        /// Files or folders (in folders, the .txt, .md and .text files). With none, the embedded sample corpus.
        paths: Vec<PathBuf>,
        /// Show the K nearest reports of each article instead of every pair.
        #[arg(long, value_name = "K", value_parser = clap::value_parser!(u32).range(1..))]
        top: Option<u32>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// When to colour text output.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Theme {
    Auto,
    Dark,
    Light,
    /// No colour: symbols and text attributes only.
    Mono,
}
