//! The one error type of the library: every variant names the path it is about, so the CLI can print a
//! single line that tells the reader which file or folder to look at.

use std::path::PathBuf;

/// Why a corpus could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path given by the user does not exist.
    #[error("{}: no such file or folder", crate::decode::shown_path(.0))]
    NotFound(PathBuf),
    /// A folder (or a list of paths) held nothing we could read as an article.
    #[error("{}: no articles found (looked for .txt, .md and .text files)", crate::decode::shown_path(.0))]
    NoArticles(PathBuf),
    /// A folder held no article that could be read, and some of what it held could not be read (no
    /// permission): the count, and the first warning.
    #[error(
        "{}: no articles found, and {} file(s) or folder(s) in it could not be read (first: {})",
        crate::decode::shown_path(.0),
        .1,
        .2
    )]
    NoneReadable(PathBuf, usize, String),
    /// Every article-named file found was binary: the folder is not empty, its files are not text.
    #[error(
        "{}: no articles: {} .txt, .md or .text file(s) found, all binary (first: {})",
        crate::decode::shown_path(.0),
        .1,
        crate::decode::shown_path(.2)
    )]
    AllBinary(PathBuf, usize, PathBuf),
    /// A file given by name is binary, so it is not an article.
    #[error("{}: not a text file (looks binary)", crate::decode::shown_path(.0))]
    Binary(PathBuf),
    /// A path given where one file was wanted is a folder.
    #[error("{}: is a folder, not a file", crate::decode::shown_path(.0))]
    Folder(PathBuf),
    /// A path given by the user is a device, pipe or socket: reading it could block or never end.
    #[error("{}: not a regular file (a device, pipe or socket)", crate::decode::shown_path(.0))]
    NotRegular(PathBuf),
    /// A path given by the user is a link whose target is missing, or that cannot be followed (a loop):
    /// the path and why ([`crate::files::link_trouble`]).
    #[error("{}: {}", crate::decode::shown_path(.0), .1)]
    BadLink(PathBuf, String),
    /// Reading failed for a reason the operating system gave.
    #[error("{}: {source}", crate::decode::shown_path(path))]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

impl Error {
    /// The warning for a file or folder inside a folder that is skipped for this error, where one the user
    /// named would stop the load: "reports/secret.txt: skipped, Permission denied (os error 13)".
    pub fn skipped(&self) -> String {
        match self {
            Error::Io { path, source } => format!("{}: skipped, {source}", crate::decode::shown_path(path)),
            other => format!("{other}; skipped"),
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
