//! `y`: the focused statement as a citation on the clipboard. The citation
//! is built here; the app loop sends it to the terminal as OSC 52 (base64 of
//! our own sanitized text, see [`crate::cite::osc52`]).

use super::marks::{excerpt, focused_statement, no_statement};
use crate::cite;
use crate::corpus::Corpus;
use crate::tui::state::{Effect, State};

pub(super) fn copy_citation(state: &mut State, corpus: &Corpus) {
    let Some(st) = focused_statement(state).and_then(|id| corpus.statements.get(id)) else {
        return no_statement(state, "copy");
    };
    let who = st
        .speaker
        .and_then(|s| corpus.speakers.get(s))
        .map_or("unattributed", |s| s.name.as_str());
    state.effects.push(Effect::Clipboard {
        text: cite::citation(corpus, st),
        confirm: format!("Copied citation: {} — {who}", excerpt(&st.text)),
    });
}
