//! The compare view in a real pseudo-terminal: the real binary, real key
//! bytes (typed names go through the picker's text field), the screen parsed
//! by vt100. Every wait has a timeout and the child is killed at the end.

use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(10);

struct Screen {
    parser: vt100::Parser,
    rx: Receiver<Vec<u8>>,
}

impl Screen {
    fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Wait until the screen contains all of `needles`; false on timeout.
    fn wait_for(&mut self, needles: &[&str]) -> bool {
        let until = Instant::now() + WAIT;
        loop {
            if needles.iter().all(|n| self.text().contains(n)) {
                return true;
            }
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            if let Ok(bytes) = self.rx.recv_timeout(left.min(Duration::from_millis(50))) {
                self.parser.process(&bytes);
            }
        }
    }
}

/// Run quoth at `cols`×`rows`, wait for the reader, play `script`, quit.
fn session(cols: u16, rows: u16, script: impl FnOnce(&mut Screen, &mut dyn FnMut(&str))) {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_quoth"));
    cmd.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(cmd).expect("spawn quoth");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let mut writer = pty.master.take_writer().expect("writer");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut screen = Screen {
        parser: vt100::Parser::new(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
            0,
        ),
        rx,
    };
    let mut send = |keys: &str| {
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
        // Separate key presses, so an Esc is not read as Alt with the next key.
        std::thread::sleep(Duration::from_millis(60));
    };
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        assert!(
            screen.wait_for(&["loaded 5 articles"]),
            "the reader never appeared:\n{}",
            screen.text()
        );
        script(&mut screen, &mut send);
        send("q");
        let until = Instant::now() + WAIT;
        while Instant::now() < until && child.try_wait().ok().flatten().is_none() {
            std::thread::sleep(Duration::from_millis(20));
        }
        let status = child.try_wait().ok().flatten();
        assert!(
            status.is_some_and(|s| s.success()),
            "quoth did not exit cleanly"
        );
    }));
    let _ = child.kill();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}

#[test]
fn picks_blinken_and_peskov_and_shows_both_columns() {
    session(160, 45, |screen, send| {
        send("c");
        assert!(
            screen.wait_for(&["Compare: pick speakers"]),
            "no picker:\n{}",
            screen.text()
        );
        // Letters that are keys elsewhere (b, k, e, n) are typed here.
        send("Blinken");
        send("\r");
        send("Peskov");
        assert!(screen.wait_for(&["› Peskov"]), "{}", screen.text());
        send("\r");
        assert!(
            screen.wait_for(&["◀ Antony Blinken", "▶ Dmitry Peskov", "↔ shared:"]),
            "compare view lacks the two speakers:\n{}",
            screen.text()
        );
        // w swaps the columns.
        send("w");
        assert!(
            screen.wait_for(&["◀ Dmitry Peskov", "▶ Antony Blinken"]),
            "{}",
            screen.text()
        );
    });
}

#[test]
fn narrow_terminal_stacks_the_columns() {
    session(70, 40, |screen, send| {
        send("c");
        assert!(
            screen.wait_for(&["Compare: pick speakers"]),
            "{}",
            screen.text()
        );
        send("Blinken");
        send("\r");
        send("Peskov");
        send("\r");
        assert!(
            screen.wait_for(&["◀ Antony Blinken · ", "▶ Dmitry Peskov · "]),
            "{}",
            screen.text()
        );
        // Esc closes the view; the reader is back.
        send("\x1b");
        assert!(screen.wait_for(&["Tab: next pane"]), "{}", screen.text());
    });
}
