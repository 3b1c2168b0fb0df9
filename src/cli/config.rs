//! `quoth config`: where the config file is and whether it is valid, or
//! (`--default`) a commented default file to start from.

use super::{io_result, CliError};
use crate::config::{default_file, Config};
use std::io::Write;

pub fn run(default: bool, out: &mut dyn Write) -> Result<(), CliError> {
    if default {
        let text = crate::tui::bindings::with_binding_docs(default_file);
        return io_result(out.write_all(text.as_bytes()));
    }
    let Some(path) = Config::default_path() else {
        return Err(CliError(
            "no config location: neither XDG_CONFIG_HOME nor HOME is set".into(),
        ));
    };
    let exists = path.exists();
    let (config, mut warnings) = Config::load_from(&path);
    // Unknown actions and keys bound twice, as the reader would report them.
    let (_, key_warnings) = crate::tui::bindings::Keymap::with_overrides(&config.keys);
    warnings.extend(
        key_warnings
            .into_iter()
            .map(|w| format!("{}: {w}", path.display())),
    );
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
