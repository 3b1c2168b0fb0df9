//! The `quoth` binary: parse arguments, load, then run the reader or a subcommand.

use clap::Parser;
use quoth::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match Cli::try_parse() {
        Ok(args) => args,
        // --help and --version: clap prints them (no user input in them).
        Err(e) if !e.use_stderr() => e.exit(),
        Err(e) => {
            // Usage errors echo the arguments, which may hold escape sequences.
            for line in e.render().to_string().lines() {
                eprintln!("{}", quoth::corpus::visible(line));
            }
            return ExitCode::from(2);
        }
    };
    let result = match &args.command {
        Some(command) => cli::run(command, &mut std::io::stdout().lock()).map(|()| 0),
        None => cli::load_corpus(&reader_paths(&args.paths)).and_then(|corpus| {
            quoth::tui::run(&corpus)
                .map(quoth::tui::Exit::status)
                .map_err(|e| cli::CliError(format!("terminal error: {e}")))
        }),
    };
    match result {
        Ok(status) => ExitCode::from(status),
        Err(e) => {
            eprintln!("quoth: {e}");
            ExitCode::from(2)
        }
    }
}

/// The paths the reader opens: those given, else the config file's
/// `paths.articles`. Config problems are reported and never stop the reader.
fn reader_paths(given: &[std::path::PathBuf]) -> Vec<std::path::PathBuf> {
    let (config, warnings) = quoth::config::Config::load();
    for w in &warnings {
        eprintln!("quoth: {w}");
    }
    if !given.is_empty() {
        return given.to_vec();
    }
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
    config
        .paths
        .articles
        .iter()
        .map(|p| quoth::config::Paths::expand(p, home.as_deref()))
        .collect()
}
