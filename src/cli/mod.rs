//! Command-line interface: argument definitions and the subcommands, each in
//! its own file, printing the same [`Corpus`] the reader shows.

mod articles;
mod compare;
mod quotes;
mod search;

pub use search::KindArg;

use crate::corpus::{Corpus, LoadError};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;

/// quoth: read news coverage in the terminal, knowing who said what.
#[derive(Debug, Parser)]
#[command(name = "quoth", version, about, long_about = None)]
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
        /// JSON lines instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List every quoted statement with its speaker.
    Quotes {
        paths: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
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
        #[arg(long)]
        json: bool,
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
        #[arg(long)]
        json: bool,
    },
    /// Fuzzy-search titles, paragraphs, statements and speakers.
    ///
    /// QUERY: `@` searches speakers, `"` statements, `#` titles; space-separated
    /// terms must all match; `'term` matches exactly; `!term` excludes.
    Search {
        query: String,
        paths: Vec<PathBuf>,
        /// JSON lines (with matched character positions) instead of text.
        #[arg(long)]
        json: bool,
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
        Command::Articles { paths, json } => articles::run(&load_corpus(paths)?, *json, out),
        Command::Quotes {
            paths,
            json,
            speaker,
            grouped: true,
        } => compare::run_grouped(&load_corpus(paths)?, *json, speaker.as_deref(), out),
        Command::Quotes {
            paths,
            json,
            speaker,
            grouped: false,
        } => quotes::run_quotes(&load_corpus(paths)?, *json, speaker.as_deref(), out),
        Command::Speakers { paths, json } => quotes::run_speakers(&load_corpus(paths)?, *json, out),
        Command::Search {
            query,
            paths,
            json,
            limit,
            kind,
        } => {
            return match search::run(&load_corpus(paths)?, query, *kind, *limit, *json, out) {
                Err(CliError(m)) if m.contains("Broken pipe") => Ok(()),
                other => other,
            }
        }
        Command::Gen { n, out_dir, seed } => crate::generate::write(*n, *seed, out_dir),

        Command::Compare {
            speaker_a,
            speaker_b,
            paths,
            json,
            order,
            width,
        } => {
            let corpus = load_corpus(paths)?;
            let pair = compare::resolve_pair(&corpus, speaker_a, speaker_b)?;
            let width = width.unwrap_or_else(compare::output_width);
            compare::run(&corpus, &pair, *order, *json, width, out)
        }
    };
    match result {
        // A closed pipe (`quoth quotes | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::from),
    }
}
