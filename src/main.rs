//! The pressdiff binary: parse arguments, run one command, map the outcome to an exit status.
//! Errors print one line naming the path and exit 2; a closed stdout pipe is a quiet success.

mod cli;
mod commands;

use clap::Parser;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = match &cli.command {
        Some(cli::Command::List { paths, format }) => commands::list::run(&mut out, paths, *format),
        Some(cli::Command::Diff { a, b, format, color, all }) => {
            commands::diff::run(&mut out, commands::diff::Args { a, b, format: *format, color: *color, all: *all })
        }
        Some(cli::Command::Facts { paths, format, color }) => commands::facts::run(&mut out, paths, *format, *color),
        Some(cli::Command::Matrix { paths, top, format, color }) => {
            commands::matrix::run(&mut out, paths, top.map(|k| k as usize), *format, *color)
        }
        None => commands::list::run(&mut out, &cli.paths, cli::Format::Text),
    }
    .and_then(|()| out.flush().map_err(Into::into));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pressdiff: {e}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}
