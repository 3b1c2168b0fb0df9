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
        Some(command) => cli::run(command, &mut std::io::stdout().lock()),
        None => cli::load_corpus(&args.paths).and_then(|corpus| {
            quoth::tui::run(&corpus).map_err(|e| cli::CliError(format!("terminal error: {e}")))
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quoth: {e}");
            ExitCode::from(2)
        }
    }
}
