//! Ends the reader when its event loop cannot: a terminal that has hung up
//! (window closed, `tmux kill-session`, ssh dropped) stays readable forever
//! with nothing to read, and crossterm's reader retries such a read without
//! end (crossterm-rs/crossterm#793), so `event::poll` never returns, the loop
//! never sees the SIGHUP, and the process would spin on a core for ever.
//!
//! A thread of its own checks, every [`EVERY`]: has the terminal hung up (then
//! there is nothing to restore; the process ends with 129, as for SIGHUP), or
//! has a signal waited longer than [`GRACE`] for the loop (then the terminal
//! is restored here and the process ends with 128 + the signal).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often the terminal and the signal flag are checked.
const EVERY: Duration = Duration::from_millis(100);
/// How long a caught signal may wait for the event loop (which sees it within
/// one tick when it is not stuck) before the watchdog acts for it.
const GRACE: Duration = Duration::from_secs(2);
/// SIGHUP's number, on every unix.
const SIGHUP: usize = 1;

/// The running watchdog; it stops when dropped.
pub struct Watchdog {
    stop: Arc<AtomicBool>,
}

impl Watchdog {
    /// Watch the terminal on stdout (else stdin) and `caught`, the flag the
    /// signal handlers set.
    pub fn start(caught: Arc<AtomicUsize>) -> Watchdog {
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        let terminal = terminal_fd();
        let spawned = std::thread::Builder::new()
            .name("watchdog".into())
            .spawn(move || watch(&stopped, &caught, terminal));
        // Without the thread the reader still works; only this safety net is lost.
        drop(spawned);
        Watchdog { stop }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn watch(stop: &AtomicBool, caught: &AtomicUsize, terminal: Option<i32>) {
    let mut pending_since: Option<Instant> = None;
    while !stop.load(Ordering::SeqCst) {
        std::thread::sleep(EVERY);
        if stop.load(Ordering::SeqCst) {
            return;
        }
        if terminal.is_some_and(hung_up) {
            // Let the loop have its chance first; a stuck one never takes it.
            let _ = caught.compare_exchange(0, SIGHUP, Ordering::SeqCst, Ordering::SeqCst);
            std::thread::sleep(EVERY * 3);
            if !stop.load(Ordering::SeqCst) {
                end(caught.load(Ordering::SeqCst), false);
            }
            return;
        }
        match (caught.load(Ordering::SeqCst), pending_since) {
            (0, _) => pending_since = None,
            (_, None) => pending_since = Some(Instant::now()),
            (sig, Some(t)) if t.elapsed() >= GRACE => end(sig, true),
            _ => {}
        }
    }
}

/// Restore the terminal if it is still there, and end the process.
fn end(sig: usize, restore: bool) -> ! {
    if restore {
        super::terminal::restore();
    }
    std::process::exit(i32::try_from(128 + sig).unwrap_or(1));
}

/// The terminal's descriptor: stdout, else stdin (chosen while the terminal
/// is alive, since a hung-up one is no longer reported as a terminal).
#[cfg(unix)]
fn terminal_fd() -> Option<i32> {
    // SAFETY: isatty only inspects the descriptor.
    [1, 0]
        .into_iter()
        .find(|&fd| unsafe { libc::isatty(fd) } == 1)
}

#[cfg(not(unix))]
fn terminal_fd() -> Option<i32> {
    None
}

/// Has the terminal on `fd` hung up?
#[cfg(unix)]
fn hung_up(fd: i32) -> bool {
    let mut p = libc::pollfd {
        fd,
        events: 0,
        revents: 0,
    };
    // SAFETY: poll reads and writes only the one pollfd given, for no time.
    let ready = unsafe { libc::poll(&raw mut p, 1, 0) };
    ready == 1 && p.revents & (libc::POLLHUP | libc::POLLNVAL) != 0
}

#[cfg(not(unix))]
fn hung_up(_fd: i32) -> bool {
    false
}
