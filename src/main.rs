//! The pressdiff binary: parse arguments, run one command, map the outcome to an exit status.
//! Errors print one line naming the path and exit 2; a closed stdout pipe is a quiet success.

mod cli;
mod commands;
mod tui;

use clap::Parser;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// Ask glibc's allocator to keep 16 MB of freed memory instead of handing it back to the system at once.
///
/// Each stage of a comparison frees its working lists before the next builds its own. By default glibc
/// returns the freed top of the heap to the system, and the next stage faults the same pages back in,
/// each fault zeroing a page: on the 2 MB benchmark pair that was a quarter of the CPU time. Keeping 16 MB
/// cut page faults from 9,800 to 7,100 and CPU by a sixth, with the same peak memory on a 10,000-article
/// corpus (BENCHMARKS.md).
fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tuning value of the allocator; it is called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 16 << 20);
    }
}

fn main() -> ExitCode {
    keep_freed_memory();
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let result = match &cli.command {
        None => open(&cli),
        Some(command) => {
            let mut out = stdout_buffered();
            match command {
                cli::Command::List { paths, format } => commands::list::run(&mut out, paths, *format),
                cli::Command::Diff { a, b, format, color, all, no_facts } => commands::diff::run(
                    &mut out,
                    commands::diff::Args { a, b, format: *format, color: *color, all: *all, facts: !*no_facts },
                ),
                cli::Command::Facts { paths, format, color } => commands::facts::run(&mut out, paths, *format, *color),
                cli::Command::Matrix { paths, top, format, color } => {
                    commands::matrix::run(&mut out, paths, top.map(|k| k as usize), *format, *color)
                }
            }
            .and_then(|()| out.flush().map_err(Into::into))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            // Loading errors name their path; a bare I/O error is the output's ("No space left on device").
            if e.downcast_ref::<std::io::Error>().is_some() {
                eprintln!("pressdiff: standard output: {e}");
            } else {
                eprintln!("pressdiff: {e}");
            }
            ExitCode::from(2)
        }
    }
}

/// `--help` and `--version` as clap prints them; a mistake in the arguments as one line, exit status 2, as
/// every other error: clap's own message ran to four or six lines, with a usage line and, for `--top -1`, a
/// tip to pass the figure after `--` that would have made it a path.
fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        // A closed pipe (`pressdiff --help | head -1`) is no error.
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    eprintln!("pressdiff: {}", one_line(&e.render().to_string()));
    ExitCode::from(2)
}

/// clap's message on one line: its first line, with the values it lists and the arguments it names beside
/// it, and the pointer to `--help` last.
fn one_line(message: &str) -> String {
    let mut lines = message.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("bad arguments");
    let mut out = first.strip_prefix("error: ").unwrap_or(first).trim_end_matches(':').to_string();
    let mut named = Vec::new();
    for line in lines {
        if let Some(values) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push_str(&format!(" ({values})"));
        } else if line.starts_with('<') || line.starts_with("--") {
            named.push(line);
        }
    }
    if !named.is_empty() {
        out.push_str(&format!(": {}", named.join(", ")));
    }
    out.push_str(" (see --help)");
    out
}

/// Standard output, buffered for a command's whole printout.
///
/// Rust's stdout keeps a line buffer of its own: each chunk a buffer hands it goes out as far as its last
/// newline, and the line cut off there goes out as one more write before the next chunk. With the default
/// 8 KiB the 1.8 MB diff of the benchmark pair took 441 writes, 182 of them three bytes long; 64 KiB takes
/// a few dozen.
fn stdout_buffered() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::with_capacity(64 << 10, std::io::stdout().lock())
}

/// `pressdiff [PATH...]`: the TUI on a terminal. The corpus is loaded first, so a bad path fails with the
/// usual one-line error before the screen changes. Without a terminal (a pipe, a file) there is nothing to
/// drive a TUI, so the article list is printed instead.
fn open(cli: &cli::Cli) -> anyhow::Result<()> {
    if !(std::io::stdout().is_terminal() && std::io::stdin().is_terminal()) {
        let mut out = stdout_buffered();
        commands::list::run(&mut out, &cli.paths, cli::Format::Text)?;
        return out.flush().map_err(Into::into);
    }
    let corpus = commands::load(&cli.paths)?;
    let env = |k: &str| std::env::var(k).ok();
    let theme = match cli.theme {
        cli::Theme::Auto => tui::ThemeName::detect(env("NO_COLOR").as_deref(), env("COLORFGBG").as_deref()),
        cli::Theme::Dark => tui::ThemeName::Dark,
        cli::Theme::Light => tui::ThemeName::Light,
        cli::Theme::Mono => tui::ThemeName::Mono,
    };
    tui::run(corpus, tui::Options { theme })
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}
