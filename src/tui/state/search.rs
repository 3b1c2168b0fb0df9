//! The search popup: what is typed, the hits shown for it, which one is
//! selected. The hits arrive from the search thread (see `tui::search_worker`);
//! the popup keeps showing the previous hits until newer ones arrive, so typing
//! never blanks the list.

use super::input::TextInput;
use crate::search::{Hit, Query};
use std::time::Duration;

/// How many hits the popup asks for: more than a screen, so scrolling finds more.
pub const HIT_LIMIT: usize = 200;

/// State of the search popup. Closing it keeps everything, so `/` reopens it
/// with the query and the selection intact.
#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub open: bool,
    pub input: TextInput,
    /// The hits shown, best first, for the text in `shown_for`.
    pub hits: Vec<Hit>,
    pub shown_for: String,
    /// All matching items, once ranking finished.
    pub total: Option<usize>,
    /// More items match than `hits` holds.
    pub more: bool,
    /// The ranking of `shown_for` is finished (not a first streamed batch).
    pub done: bool,
    /// How long the shown search took.
    pub elapsed: Option<Duration>,
    /// Index into `hits`.
    pub selected: usize,
    /// First hit row on screen.
    pub offset: usize,
}

impl SearchState {
    /// The query being typed.
    pub fn query(&self) -> Query {
        Query::parse(&self.input.text)
    }

    /// Whether the hits shown are not yet the final ones for what is typed.
    pub fn waiting(&self) -> bool {
        !self.query().is_empty() && (self.shown_for != self.input.text || !self.done)
    }

    /// The selected hit.
    pub fn selected_hit(&self) -> Option<&Hit> {
        self.hits.get(self.selected)
    }

    /// Move the selection by `delta`, clamped to the hits.
    pub fn move_by(&mut self, delta: isize) {
        let last = self.hits.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Show `hits` for `input`. A new query starts at the best hit; a later
    /// batch of the same query keeps the selected item selected.
    pub fn show(&mut self, input: &str, hits: Vec<Hit>) {
        let keep = (self.shown_for == input)
            .then(|| self.selected_hit().map(|h| h.item))
            .flatten();
        self.hits = hits;
        self.shown_for = input.to_string();
        self.selected = keep
            .and_then(|item| self.hits.iter().position(|h| h.item == item))
            .unwrap_or(0);
        if keep.is_none() {
            self.offset = 0;
        }
        self.move_by(0);
    }
}
