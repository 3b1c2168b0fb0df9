//! A panic while the reader runs: put the terminal back, write the details
//! (message, where, backtrace) to a log file, print one line saying where the
//! file is, and exit with status 101. Without this the message would be
//! printed onto the alternate screen in raw mode and lost with it, and a
//! panic in a worker thread would leave the reader running half-broken.

use crate::corpus::visible;
use std::fmt::Write as _;
use std::io::Write as _;
use std::panic::PanicHookInfo;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// Exit status after a panic: Rust's own status for a panicking program.
pub const PANIC_STATUS: i32 = 101;

/// Environment variable that makes the next key press panic (`1` or `key`)
/// or panic in a new thread (`thread`), so tests can prove what a panic does.
pub const TEST_PANIC_VAR: &str = "QUOTH_TEST_PANIC";

/// Replace the panic hook for the rest of the process.
pub fn install() {
    std::panic::set_hook(Box::new(on_panic));
}

fn on_panic(info: &PanicHookInfo<'_>) {
    static HANDLING: AtomicBool = AtomicBool::new(false);
    if HANDLING.swap(true, Ordering::SeqCst) {
        // Another thread is already reporting a panic and will exit.
        loop {
            std::thread::park();
        }
    }
    // Held until exit: another thread that is drawing finishes its frame
    // first, and no thread draws again over the restored terminal.
    let stdout = std::io::stdout().lock();
    super::terminal::restore();
    let details = details(info);
    let line = match write_log(&details) {
        Ok(path) => format!(
            "quoth: internal error ({}); details in {}",
            one_line(&message(info), 120),
            visible(&path.display().to_string())
        ),
        Err(e) => format!(
            "quoth: internal error ({}); no log written: {e}",
            one_line(&message(info), 200)
        ),
    };
    // Not `eprintln!`: it panics when stderr is gone (a hung-up terminal),
    // and a panic inside this hook aborts the process.
    let _ = writeln!(std::io::stderr(), "{line}");
    let _still_held = &stdout;
    std::process::exit(PANIC_STATUS);
}

fn message(info: &PanicHookInfo<'_>) -> String {
    let payload = info.payload();
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic with a non-text payload".into())
}

/// At most `max` characters on one line, controls shown as placeholders
/// (a panic message can quote article text).
fn one_line(text: &str, max: usize) -> String {
    let shown = visible(text);
    if shown.chars().count() <= max {
        return shown;
    }
    let mut cut: String = shown.chars().take(max).collect();
    cut.push('…');
    cut
}

/// The log's text: version, thread, message, location, backtrace.
fn details(info: &PanicHookInfo<'_>) -> String {
    let mut out = String::new();
    let thread = std::thread::current();
    let _ = writeln!(out, "quoth {} panicked", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(out, "thread: {}", thread.name().unwrap_or("<unnamed>"));
    let _ = writeln!(out, "message: {}", visible(&message(info)));
    if let Some(at) = info.location() {
        let _ = writeln!(out, "location: {}:{}:{}", at.file(), at.line(), at.column());
    }
    let _ = writeln!(
        out,
        "backtrace:\n{}",
        std::backtrace::Backtrace::force_capture()
    );
    out
}

/// Where crash logs go: `$XDG_STATE_HOME/quoth`, else `~/.local/state/quoth`.
pub fn log_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))?;
    Some(base.join("quoth"))
}

/// Write `details` to a new file in [`log_dir`], or in the temporary folder
/// when that cannot be created.
fn write_log(details: &str) -> std::io::Result<PathBuf> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let name = format!("crash-{secs}-{}.log", std::process::id());
    let in_state = log_dir().and_then(|d| std::fs::create_dir_all(&d).ok().map(|()| d));
    let mut last = None;
    for dir in in_state.into_iter().chain([std::env::temp_dir()]) {
        match create(&dir.join(&name), details) {
            Ok(path) => return Ok(path),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no folder for the log")))
}

fn create(path: &Path, details: &str) -> std::io::Result<PathBuf> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(details.as_bytes())?;
    Ok(path.to_path_buf())
}

/// The test trigger read from [`TEST_PANIC_VAR`] at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestPanic {
    /// Panic in the event loop on the next key press.
    Key,
    /// Panic in a new thread on the next key press.
    Thread,
}

impl TestPanic {
    pub fn from_env() -> Option<TestPanic> {
        match std::env::var(TEST_PANIC_VAR).ok()?.as_str() {
            "1" | "key" => Some(TestPanic::Key),
            "thread" => Some(TestPanic::Thread),
            _ => None,
        }
    }

    /// Panic as asked (in the thread case, the hook ends the process).
    pub fn fire(self) {
        let what = "test panic requested by QUOTH_TEST_PANIC";
        match self {
            TestPanic::Key => panic!("{what}"),
            TestPanic::Thread => {
                let _ = std::thread::Builder::new()
                    .name("quoth-test-panic".into())
                    .spawn(move || panic!("{what} (in a worker thread)"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_hides_controls_and_cuts() {
        assert_eq!(one_line("a\nb\u{1b}]0;x", 50), "a␊b␛]0;x");
        assert_eq!(one_line("abcdef", 3), "abc…");
    }
}
