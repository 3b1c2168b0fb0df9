//! `quoth completions SHELL` and `quoth man`: generated from the clap
//! definition, so they never drift from the real options.

use super::{io_result, Cli, CliError};
use clap::CommandFactory;
use std::io::Write;

pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> Result<(), CliError> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "quoth", &mut buf);
    io_result(out.write_all(&buf))
}

/// The man page in roff: quoth(1), or quoth-SUBCOMMAND(1) for one subcommand.
pub fn man(subcommand: Option<&str>, out: &mut dyn Write) -> Result<(), CliError> {
    let cmd = Cli::command();
    let page = match subcommand {
        None => cmd,
        Some(name) => {
            let Some(sub) = cmd.find_subcommand(name) else {
                return Err(CliError(format!("no subcommand \"{name}\"")));
            };
            let full = format!("quoth-{name}");
            sub.clone().display_name(full)
        }
    };
    let mut buf = Vec::new();
    clap_mangen::Man::new(page).render(&mut buf)?;
    io_result(out.write_all(&buf))
}
