//! The bridge between the popup's state and the search thread: each new query
//! typed is submitted (cancelling the one running), and whatever results
//! arrived are handed to `update::search::receive`. The event loop calls
//! [`SearchWorker::sync`] after every event and on a short tick while results
//! are due, so drawing and typing never wait for a search.

use super::state::{State, HIT_LIMIT};
use super::update::search::receive;
use crate::corpus::Corpus;
use crate::search::{Index, Searcher};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Owns the search thread and remembers what was last sent to it.
pub struct SearchWorker {
    searcher: Searcher,
    sent: Option<String>,
}

impl SearchWorker {
    /// Index `corpus` on the search thread, so the reader draws at once; a
    /// query typed before the index is ready waits for it there. The thread
    /// shares the reader's corpus: a copy would double the memory of a large one.
    pub fn start(corpus: Arc<Corpus>) -> SearchWorker {
        SearchWorker {
            searcher: Searcher::building(move || Arc::new(Index::build(&corpus))),
            sent: None,
        }
    }

    /// A worker over an index built already (tests).
    pub fn with_index(index: Arc<Index>) -> SearchWorker {
        SearchWorker {
            searcher: Searcher::new(index),
            sent: None,
        }
    }

    /// Submit the typed query if it changed and apply the newest results.
    /// Returns whether the state changed (a redraw is due).
    pub fn sync(&mut self, state: &mut State) -> bool {
        let typed = &state.search.input.text;
        if state.search.query().is_empty() {
            // Cleared: the same query typed again must be sent again.
            self.sent = None;
        } else if self.sent.as_ref() != Some(typed) {
            self.searcher.submit(typed, HIT_LIMIT);
            self.sent = Some(typed.clone());
        }
        match self.searcher.poll() {
            Some(update) => {
                receive(state, update);
                true
            }
            None => false,
        }
    }

    /// Whether results are still due for what is typed.
    pub fn busy(&self, state: &State) -> bool {
        state.search.waiting()
    }

    /// Wait until the results for what is typed are final (tests, and
    /// nothing else: the reader never blocks on a search).
    pub fn settle(&mut self, state: &mut State, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            self.sync(state);
            if !self.busy(state) {
                return true;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            if let Some(update) = self.searcher.wait(left.min(Duration::from_millis(50))) {
                receive(state, update);
            }
        }
    }
}
