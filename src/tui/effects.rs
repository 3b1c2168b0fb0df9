//! Carrying out what `update` queued ([`Effect`]): the OSC 52 clipboard
//! sequence written to the terminal, marks saved, export files written. Each
//! outcome is reported in the status bar, failures as warnings.

use super::state::{Effect, Notice, State};
use crate::cite;
use std::io::Write;

/// Perform and clear `state.effects`; `terminal` receives the clipboard sequence.
pub fn perform(state: &mut State, terminal: &mut dyn Write) {
    for effect in std::mem::take(&mut state.effects) {
        match effect {
            Effect::Clipboard { text, confirm } => {
                // osc52 sanitizes the text again: nothing but our citation is sent.
                let sent = terminal
                    .write_all(cite::osc52(&text).as_bytes())
                    .and_then(|()| terminal.flush());
                state.notice = Some(match sent {
                    Ok(()) => Notice::info(confirm),
                    Err(e) => Notice::warning(format!("Could not copy: {e}")),
                });
            }
            Effect::SaveMarks => {
                if !state.marks.persist {
                    continue;
                }
                if let Err(e) = state.marks.store.save() {
                    state.notice = Some(Notice::warning(format!(
                        "Could not save marks to {}: {e}",
                        state.marks.store.path.display()
                    )));
                }
            }
            Effect::Export {
                what,
                markdown,
                confirm,
            } => {
                let written = std::fs::create_dir_all(&state.export_dir).and_then(|()| {
                    crate::export::write_markdown(&state.export_dir, &what, &markdown)
                });
                state.notice = Some(match written {
                    Ok(path) => Notice::info(format!("{confirm} {}", path.display())),
                    Err(e) => Notice::warning(format!(
                        "Could not export to {}: {e}",
                        state.export_dir.display()
                    )),
                });
            }
        }
    }
}
