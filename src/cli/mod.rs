//! Command-line interface: argument definitions and the subcommands, each in
//! its own file, printing the same [`Corpus`] the reader shows.

mod articles;
mod compare;
mod config;
pub mod output;
mod quotes;
mod search;
mod shell;

pub use search::KindArg;

use crate::corpus::{Corpus, LoadError};
use clap::{Parser, Subcommand};
use output::OutputArgs;
use std::io::Write;
use std::path::PathBuf;

/// quoth: read news coverage in the terminal, knowing who said what.
#[derive(Debug, Parser)]
// "quoth my-folder quotes --json": a subcommand name ends the list of paths
// (otherwise "quotes" would be read as one more path).
#[command(
    name = "quoth",
    version,
    about,
    long_about = None,
    subcommand_precedence_over_arg = true
)]
pub struct Cli {
    /// Article files or folders to open (default: the built-in articles).
    pub paths: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands; with none, quoth opens the reader.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List articles: title, outlet, dateline, wires, date, size.
    Articles {
        /// Files or folders (default: the built-in articles).
        paths: Vec<PathBuf>,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// List every quoted statement with its speaker.
    Quotes {
        paths: Vec<PathBuf>,
        #[command(flatten)]
        output: OutputArgs,
        /// Only statements by this speaker (any alias).
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        /// One line per statement as carried by several articles, with each variant.
        #[arg(long)]
        grouped: bool,
    },
    /// Two speakers side by side: their statements paired by subject.
    Compare {
        /// First speaker (any alias, or the closest fuzzy match).
        speaker_a: String,
        /// Second speaker.
        speaker_b: String,
        paths: Vec<PathBuf>,
        #[command(flatten)]
        output: OutputArgs,
        /// Order rows by date or by topic.
        #[arg(long, value_enum, default_value_t)]
        order: compare::OrderArg,
        /// Width of the two-column text output (default: the terminal's, else $COLUMNS, else 100).
        #[arg(long)]
        width: Option<usize>,
    },
    /// List speakers: canonical name, aliases, roles, kind, statement count.
    Speakers {
        paths: Vec<PathBuf>,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Check the config file, or print a commented default one.
    Config {
        /// Print the default config file, every setting commented.
        #[arg(long)]
        default: bool,
    },
    /// Print a shell completion script.
    ///
    /// E.g. `quoth completions bash > ~/.local/share/bash-completion/completions/quoth`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    ///
    /// E.g. `quoth man | man -l -`, or `quoth man > ~/.local/share/man/man1/quoth.1`.
    Man {
        /// A subcommand's own page instead (quoth-SUBCOMMAND).
        subcommand: Option<String>,
    },
    /// Fuzzy-search titles, paragraphs, statements and speakers.
    ///
    /// QUERY: `@` searches speakers, `"` statements, `#` titles; space-separated
    /// terms must all match; `'term` matches exactly; `!term` excludes.
    Search {
        query: String,
        paths: Vec<PathBuf>,
        /// `--json` rows carry the matched character positions.
        #[command(flatten)]
        output: OutputArgs,
        /// Show at most N hits.
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: usize,
        /// Only this kind of item.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
    },
    /// Write N generated articles into a folder, for benchmarks (see README).
    #[command(hide = true)]
    Gen {
        n: usize,
        out_dir: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

impl Cli {
    /// The subcommand with the paths written before it ("quoth a/ b.txt
    /// quotes c/") put in front of its own, or an error when it takes none.
    pub fn command_with_paths(&mut self) -> Result<Option<&Command>, CliError> {
        let Some(command) = self.command.as_mut() else {
            return Ok(None);
        };
        if !self.paths.is_empty() {
            let own = match command {
                Command::Articles { paths, .. }
                | Command::Quotes { paths, .. }
                | Command::Compare { paths, .. }
                | Command::Speakers { paths, .. }
                | Command::Search { paths, .. } => paths,
                Command::Config { .. }
                | Command::Completions { .. }
                | Command::Man { .. }
                | Command::Gen { .. } => {
                    return Err(CliError(
                        "this subcommand takes no article paths".to_string(),
                    ))
                }
            };
            let mut all = std::mem::take(&mut self.paths);
            all.append(own);
            *own = all;
        }
        Ok(self.command.as_ref())
    }
}

/// A failure that ends the command with a one-line message and exit status 2.
#[derive(Debug)]
pub struct CliError(pub String);

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<LoadError> for CliError {
    fn from(e: LoadError) -> Self {
        CliError(e.to_string())
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError(e.to_string())
    }
}

/// Load `paths` (or the built-in articles when empty) and print the loading
/// summary to stderr when anything was skipped. No article at all is an error.
pub fn load_corpus(paths: &[PathBuf]) -> Result<Corpus, CliError> {
    let corpus = if paths.is_empty() {
        Corpus::builtin()
    } else {
        Corpus::load(paths)?
    };
    if !paths.is_empty()
        && (!corpus.report.skipped.is_empty() || !corpus.report.warnings.is_empty())
    {
        eprintln!("quoth: {}", corpus.report.summary());
    }
    if corpus.articles.is_empty() {
        return Err(CliError(format!(
            "no article could be loaded ({})",
            corpus.report.summary()
        )));
    }
    Ok(corpus)
}

/// Run a subcommand, writing to `out`.
pub fn run(command: &Command, out: &mut dyn Write) -> Result<(), CliError> {
    let result = match command {
        Command::Articles { paths, output } => articles::run(&load_corpus(paths)?, output, out),
        Command::Quotes {
            paths,
            output,
            speaker,
            grouped: true,
        } => compare::run_grouped(&load_corpus(paths)?, output, speaker.as_deref(), out),
        Command::Quotes {
            paths,
            output,
            speaker,
            grouped: false,
        } => quotes::run_quotes(&load_corpus(paths)?, output, speaker.as_deref(), out),
        Command::Speakers { paths, output } => {
            quotes::run_speakers(&load_corpus(paths)?, output, out)
        }
        Command::Search {
            query,
            paths,
            output,
            limit,
            kind,
        } => search::run(&load_corpus(paths)?, query, *kind, *limit, output, out),
        Command::Gen { n, out_dir, seed } => io_result(crate::generate::write(*n, *seed, out_dir)),
        Command::Compare {
            speaker_a,
            speaker_b,
            paths,
            output,
            order,
            width,
        } => {
            let corpus = load_corpus(paths)?;
            let pair = compare::resolve_pair(&corpus, speaker_a, speaker_b)?;
            let width = width.unwrap_or_else(compare::output_width);
            compare::run(&corpus, &pair, *order, output, width, out)
        }
        Command::Config { default } => config::run(*default, out),
        Command::Completions { shell } => shell::completions(*shell, out),
        Command::Man { subcommand } => shell::man(subcommand.as_deref(), out),
    };
    result
}

/// An output error as a one-line failure; a closed pipe (`quoth quotes | head`)
/// is not an error worth a message.
pub fn io_result(r: std::io::Result<()>) -> Result<(), CliError> {
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::from),
    }
}
