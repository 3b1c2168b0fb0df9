//! The `quoth` binary: parse arguments, load, then run the reader or a subcommand.

use clap::Parser;
use quoth::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
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
