//! The `quoth` binary: parse arguments, load, then run the reader or a subcommand.

use clap::Parser;
use quoth::cli::{self, Cli};
use std::process::ExitCode;

/// The attribution engine makes many small short-lived allocations (words,
/// noun phrases, names); with glibc's malloc/free they were about a fifth of its
/// instructions. Declared here and in `examples/extract_loop.rs`, not in the
/// library, so fuzz (sanitizer) builds keep the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let mut args = match Cli::try_parse() {
        Ok(args) => args,
        // --help and --version: clap prints them (no user input in them).
        Err(e) if !e.use_stderr() => e.exit(),
        Err(e) => {
            // Usage errors echo the arguments, which may hold escape sequences.
            for line in e.render().to_string().lines() {
                say(&quoth::corpus::visible(line));
            }
            return ExitCode::from(2);
        }
    };
    let result = match args.command_with_paths() {
        Ok(Some(command)) => cli::run(command, &mut std::io::stdout().lock()).map(|()| 0),
        Ok(None) => run_reader(&args.paths),
        Err(e) => Err(e),
    };
    match result {
        Ok(status) => ExitCode::from(status),
        Err(e) => {
            say(&format!("quoth: {e}"));
            ExitCode::from(2)
        }
    }
}

/// One line on stderr. Not `eprintln!`, which panics when stderr is gone
/// (the terminal hung up): there is then no one left to tell.
fn say(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// Open the reader on `paths` with the user's config (its problems are
/// shown in the reader's status bar, never stop it).
fn run_reader(paths: &[std::path::PathBuf]) -> Result<u8, cli::CliError> {
    let (config, warnings) = quoth::config::Config::load();
    let paths = reader_paths(paths, &config);
    let setup = quoth::tui::setup::Setup::from_env(config, warnings);
    let corpus = cli::load_corpus(&paths)?;
    quoth::tui::run_with(&std::sync::Arc::new(corpus), setup)
        .map(quoth::tui::Exit::status)
        .map_err(|e| cli::CliError(format!("terminal error: {e}")))
}

/// The paths the reader opens: those given, else the config file's
/// `paths.articles`. Config problems are shown in the reader's status bar.
fn reader_paths(
    given: &[std::path::PathBuf],
    config: &quoth::config::Config,
) -> Vec<std::path::PathBuf> {
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
