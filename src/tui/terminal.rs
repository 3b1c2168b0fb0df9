//! Taking over the terminal and giving it back. [`restore`] is safe to call
//! from anywhere (the panic hook, a signal exit, the normal return) and more
//! than once: only the first call after [`enter`] writes anything.

use crossterm::cursor::{Hide, Show};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{stdout, Stdout};
use std::sync::atomic::{AtomicBool, Ordering};

/// True while the terminal is in raw mode on the alternate screen.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Raw mode, alternate screen, mouse capture, hidden cursor. On error the
/// terminal is restored before returning.
pub fn enter() -> std::io::Result<Terminal<CrosstermBackend<Stdout>>> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let entered = execute!(stdout(), EnterAlternateScreen, EnableMouseCapture, Hide)
        .and_then(|()| Terminal::new(CrosstermBackend::new(stdout())));
    if entered.is_err() {
        restore();
    }
    entered
}

/// Leave the alternate screen, stop mouse capture, show the cursor and leave
/// raw mode, in that order. Errors are ignored: the terminal may be gone
/// (SIGHUP) and there is no one left to tell.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = disable_raw_mode();
}
