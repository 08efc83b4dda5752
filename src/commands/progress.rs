//! The status line a long run shows on standard error while the reader waits, when that is a terminal.
//!
//! Opening ten thousand reports takes seconds, and the TUI cannot draw before they are read: without
//! this line the terminal would sit blank. A short load shows nothing, and the line is erased when the
//! load ends, so it never mixes with what follows.

use pressdiff::progress::{LoadProgress, LoadStage};
use std::io::IsTerminal;
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::time::Duration;

/// Loads shorter than this show nothing: a flash of text would only distract.
const QUIET: Duration = Duration::from_millis(250);
/// How often the line is redrawn.
const TICK: Duration = Duration::from_millis(100);

/// Run `load` with a fresh [`LoadProgress`], showing where it stands on stderr when that is a terminal.
pub fn shown<T>(load: impl FnOnce(&LoadProgress) -> T) -> T {
    let progress = LoadProgress::default();
    if !std::io::stderr().is_terminal() {
        return load(&progress);
    }
    std::thread::scope(|s| {
        let (done, wait) = channel::<()>();
        let progress = &progress;
        s.spawn(move || {
            let mut drawn = false;
            while let Err(RecvTimeoutError::Timeout) = wait.recv_timeout(if drawn { TICK } else { QUIET }) {
                status(&line(progress.stage()));
                drawn = true;
            }
            if drawn {
                erase();
            }
        });
        let out = load(progress);
        drop(done);
        out
    })
}

/// Show `text` as the status line on stderr, in place of the last one. Our own escape only: back to the
/// line's start, the new text, the rest of the line erased. Callers check that stderr is a terminal.
pub fn status(text: &str) {
    eprint!("\r{text}\x1b[K");
}

/// Erase the status line, so that what follows starts on a clean line.
pub fn erase() {
    eprint!("\r\x1b[K");
}

/// The line for one stage. Short, so that it fits one row of a narrow terminal and erases whole.
fn line(stage: LoadStage) -> String {
    match stage {
        LoadStage::Finding => "pressdiff: looking for articles…".to_string(),
        LoadStage::Reading { done, of } => format!("pressdiff: reading {done} of {of} files…"),
        LoadStage::Checking => "pressdiff: checking boilerplate across reports…".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_fits_a_narrow_terminal() {
        for stage in [LoadStage::Finding, LoadStage::Reading { done: 123_456, of: 999_999 }, LoadStage::Checking] {
            assert!(line(stage).chars().count() < 60, "{}", line(stage));
        }
    }
}
