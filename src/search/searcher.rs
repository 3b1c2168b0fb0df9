//! Searching off the UI thread: the popup submits each keystroke's query and
//! polls for updates while it keeps drawing. A newer query cancels the one
//! running; a slow ranking sends a first best-first batch, then the final one.

use super::rank::{Cache, Prepared, Scored};
use super::{Hit, Index, Query};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Results for one submitted query.
#[derive(Debug, Clone)]
pub struct SearchUpdate {
    /// The number [`Searcher::submit`] returned for the query.
    pub generation: u64,
    /// The text as typed.
    pub input: String,
    pub hits: Vec<Hit>,
    /// Matching items, when all were counted.
    pub total: Option<usize>,
    /// More items match than `hits` holds.
    pub more: bool,
    /// False for a first batch sent while ranking continues.
    pub done: bool,
    /// Time from the start of this search.
    pub elapsed: Duration,
}

struct Request {
    generation: u64,
    input: String,
    limit: usize,
}

/// A worker thread owning the keystroke cache.
pub struct Searcher {
    requests: Option<Sender<Request>>,
    updates: Receiver<SearchUpdate>,
    latest: Arc<AtomicU64>,
    worker: Option<JoinHandle<()>>,
}

impl Searcher {
    /// Start the worker over a shared index.
    pub fn new(index: Arc<Index>) -> Searcher {
        Searcher::building(move || index)
    }

    /// Start the worker and build the index on it, so the reader is usable
    /// while a large corpus is indexed; queries wait until the index is ready.
    pub fn building<F>(build: F) -> Searcher
    where
        F: FnOnce() -> Arc<Index> + Send + 'static,
    {
        let (req_tx, req_rx) = mpsc::channel::<Request>();
        let (upd_tx, upd_rx) = mpsc::channel();
        let latest = Arc::new(AtomicU64::new(0));
        let seen = latest.clone();
        let worker = std::thread::Builder::new()
            .name("quoth-search".into())
            .spawn(move || work(&build(), &req_rx, &upd_tx, &seen))
            .expect("spawn search thread");
        Searcher {
            requests: Some(req_tx),
            updates: upd_rx,
            latest,
            worker: Some(worker),
        }
    }

    /// Search `input` for its best `limit` hits; cancels any older search.
    /// Returns the generation its updates will carry.
    pub fn submit(&self, input: &str, limit: usize) -> u64 {
        let generation = self.latest.fetch_add(1, Ordering::SeqCst) + 1;
        if let Some(tx) = &self.requests {
            // The worker only stops when the searcher is dropped.
            let _ = tx.send(Request {
                generation,
                input: input.to_string(),
                limit,
            });
        }
        generation
    }

    /// The newest update for the latest query, if any arrived (never blocks).
    pub fn poll(&self) -> Option<SearchUpdate> {
        let current = self.latest.load(Ordering::SeqCst);
        self.updates
            .try_iter()
            .filter(|u| u.generation == current)
            .last()
    }

    /// Wait up to `timeout` for an update of the latest query.
    pub fn wait(&self, timeout: Duration) -> Option<SearchUpdate> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            let u = self.updates.recv_timeout(left).ok()?;
            if u.generation == self.latest.load(Ordering::SeqCst) {
                return Some(u);
            }
        }
    }

    /// Wait for the final update of the latest query.
    pub fn wait_done(&self, timeout: Duration) -> Option<SearchUpdate> {
        let deadline = Instant::now() + timeout;
        loop {
            let u = self.wait(deadline.checked_duration_since(Instant::now())?)?;
            if u.done {
                return Some(u);
            }
        }
    }
}

impl Drop for Searcher {
    fn drop(&mut self) {
        self.latest.fetch_add(1, Ordering::SeqCst);
        self.requests = None;
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
    }
}

fn work(
    index: &Index,
    requests: &Receiver<Request>,
    updates: &Sender<SearchUpdate>,
    latest: &AtomicU64,
) {
    let mut cache = Cache::default();
    while let Ok(mut req) = requests.recv() {
        // Only the newest waiting query matters.
        while let Ok(newer) = requests.try_recv() {
            req = newer;
        }
        if req.generation != latest.load(Ordering::SeqCst) {
            continue;
        }
        let started = Instant::now();
        let query = Query::parse(&req.input);
        let prepared = Prepared::new(index, &query, Some(&mut cache));
        let stale = || latest.load(Ordering::SeqCst) != req.generation;
        let build = |scored: &[Scored]| -> Vec<Hit> {
            scored
                .iter()
                .map(|&(i, s)| Hit::new(index, &prepared, i, s))
                .collect()
        };
        let mut send_partial = |scored: &[Scored], more: bool| {
            let _ = updates.send(SearchUpdate {
                generation: req.generation,
                input: req.input.clone(),
                hits: build(scored),
                total: None,
                more,
                done: false,
                elapsed: started.elapsed(),
            });
        };
        let ranked = prepared.rank(
            index,
            req.limit,
            Some(&mut cache),
            &stale,
            &mut send_partial,
        );
        if ranked.cancelled {
            continue;
        }
        let update = SearchUpdate {
            generation: req.generation,
            input: req.input,
            hits: build(&ranked.hits),
            total: ranked.total,
            more: ranked.more,
            done: true,
            elapsed: started.elapsed(),
        };
        if updates.send(update).is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_query_wins() {
        let idx = Arc::new(Index::from_lines(&[
            "red lines",
            "peskov said",
            "lines of red",
        ]));
        let s = Searcher::new(idx);
        s.submit("pesk", 10);
        s.submit("red", 10);
        let g = s.submit("red lin", 10);
        let u = s.wait_done(Duration::from_secs(10)).expect("an update");
        assert_eq!(u.generation, g);
        assert_eq!(u.input, "red lin");
        assert_eq!(u.hits.len(), 2);
        assert_eq!(u.total, Some(2));
        assert!(s.poll().is_none());
    }

    #[test]
    fn builds_the_index_off_the_caller_thread() {
        let corpus = crate::corpus::Corpus::builtin();
        let s = Searcher::building(move || Arc::new(Index::build(&corpus)));
        s.submit("#russia", 5);
        let u = s.wait_done(Duration::from_secs(30)).expect("an update");
        assert!(!u.hits.is_empty());
        assert!(u.hits.iter().all(|h| h.kind == crate::search::Kind::Title));
    }
}
