//! The one integration test binary: every module shares the fixtures in `tests/data` and the helpers in
//! `common`, and builds once.

mod cli;
mod common;
mod dates;
mod facts;
mod properties;
mod readme;
mod snapshots;
mod tmux;
