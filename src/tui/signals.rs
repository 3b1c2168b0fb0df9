//! SIGTERM, SIGHUP, SIGINT and SIGQUIT while the reader runs: the handler
//! only records the signal; the event loop sees it within one tick, restores
//! the terminal and exits with 128 + the signal number, as shells report a
//! program ended by a signal. A second signal before that ends the process
//! at once (for a loop that is stuck). In raw mode Ctrl-C is a key, not
//! SIGINT; SIGINT here is one sent by `kill`.

#[cfg(unix)]
use signal_hook::consts::signal::{SIGHUP, SIGQUIT};
use signal_hook::consts::signal::{SIGINT, SIGTERM};
use signal_hook::SigId;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

#[cfg(unix)]
const HANDLED: &[i32] = &[SIGTERM, SIGHUP, SIGINT, SIGQUIT];
#[cfg(not(unix))]
const HANDLED: &[i32] = &[SIGTERM, SIGINT];

/// The handlers, removed again when dropped.
pub struct Signals {
    caught: Arc<AtomicUsize>,
    ids: Vec<SigId>,
}

impl Signals {
    /// Install the handlers.
    pub fn install() -> std::io::Result<Signals> {
        let caught = Arc::new(AtomicUsize::new(0));
        let seen = Arc::new(AtomicBool::new(false));
        let mut ids = Vec::new();
        for &sig in HANDLED {
            // Registered first, so it sees `seen` as it was before this signal.
            ids.push(signal_hook::flag::register_conditional_shutdown(
                sig,
                128 + sig,
                Arc::clone(&seen),
            )?);
            ids.push(signal_hook::flag::register(sig, Arc::clone(&seen))?);
            ids.push(signal_hook::flag::register_usize(
                sig,
                Arc::clone(&caught),
                sig as usize,
            )?);
        }
        Ok(Signals { caught, ids })
    }

    /// The flag the handlers set (the signal's number, 0 for none), for the
    /// [`super::watchdog`] that acts when the event loop is stuck.
    pub fn flag(&self) -> Arc<AtomicUsize> {
        Arc::clone(&self.caught)
    }

    /// The signal received, if any.
    pub fn caught(&self) -> Option<i32> {
        match self.caught.load(Ordering::SeqCst) {
            0 => None,
            n => Some(n as i32),
        }
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}
