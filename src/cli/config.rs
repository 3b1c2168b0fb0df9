//! `quoth config`: where the config file is and whether it is valid, or
//! (`--default`) a commented default file to start from.

use super::{io_result, CliError};
use crate::config::{default_file, Config};
use std::io::Write;

pub fn run(default: bool, out: &mut dyn Write) -> Result<(), CliError> {
    if default {
        // The reader's bindings are listed once the TUI publishes its keymap
        // (`BindingDoc`s); until then the [keys] section documents the syntax.
        return io_result(out.write_all(default_file(&[]).as_bytes()));
    }
    let Some(path) = Config::default_path() else {
        return Err(CliError(
            "no config location: neither XDG_CONFIG_HOME nor HOME is set".into(),
        ));
    };
    let exists = path.exists();
    let (_, warnings) = Config::load_from(&path);
    if !warnings.is_empty() {
        return Err(CliError(warnings.join("; ")));
    }
    let status = if exists {
        "ok"
    } else {
        "not present, using defaults (quoth config --default > FILE to start one)"
    };
    io_result(writeln!(out, "{}: {status}", path.display()))
}
