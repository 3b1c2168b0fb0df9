//! The real binary in a real pseudo-terminal: it draws the three panes, takes
//! keys, and leaves the terminal as it found it (alternate screen left, cursor
//! shown). Every wait has a timeout and the child is killed at the end, so the
//! test cannot hang.

use portable_pty::{native_pty_system, Child, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const ROWS: u16 = 45;
const COLS: u16 = 160;
const WAIT: Duration = Duration::from_secs(10);

/// The terminal as the child drew it, plus every byte it wrote.
struct Screen {
    parser: vt100::Parser,
    raw: Vec<u8>,
    rx: Receiver<Vec<u8>>,
}

impl Screen {
    fn pump(&mut self, until: Instant) {
        let left = until.saturating_duration_since(Instant::now());
        if let Ok(bytes) = self.rx.recv_timeout(left.min(Duration::from_millis(50))) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Wait until the screen contains all of `needles`; false on timeout.
    fn wait_for(&mut self, needles: &[&str]) -> bool {
        self.wait_within(needles, WAIT)
    }

    fn wait_within(&mut self, needles: &[&str], wait: Duration) -> bool {
        let until = Instant::now() + wait;
        while Instant::now() < until {
            if needles.iter().all(|n| self.text().contains(n)) {
                return true;
            }
            self.pump(until);
        }
        needles.iter().all(|n| self.text().contains(n))
    }
}

fn position(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Run quoth in a pty, wait for the three panes, play `script`, press `q`,
/// and check that the terminal is back to normal.
fn session(script: impl FnOnce(&mut Screen, &mut dyn FnMut(&str))) {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_quoth"));
    cmd.env("TERM", "xterm-256color");
    // Marks and config of this run only, never the user's.
    let home = tempfile::tempdir().expect("temp dir");
    cmd.env("XDG_DATA_HOME", home.path().join("data"));
    cmd.env("XDG_CONFIG_HOME", home.path().join("config"));
    let mut child: Box<dyn Child + Send + Sync> =
        pty.slave.spawn_command(cmd).expect("spawn quoth");
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
    let rows = NonZeroU16::new(ROWS).unwrap();
    let cols = NonZeroU16::new(COLS).unwrap();
    let mut screen = Screen {
        parser: vt100::Parser::new(rows, cols, 0),
        raw: Vec::new(),
        rx,
    };
    let mut send = |keys: &str| {
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
    };

    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        assert!(
            screen.wait_for(&["Articles (5)", " Reader ", " Who ", "loaded 5 articles"]),
            "three panes never appeared:\n{}",
            screen.text()
        );
        script(&mut screen, &mut send);
        send("q");
        let until = Instant::now() + WAIT;
        while Instant::now() < until {
            if child.try_wait().ok().flatten().is_some() {
                break;
            }
            screen.pump(until);
        }
        let status = child.try_wait().ok().flatten();
        assert!(
            status.is_some_and(|s| s.success()),
            "quoth did not exit cleanly"
        );
        // Read what is left.
        let until = Instant::now() + Duration::from_millis(300);
        while Instant::now() < until {
            screen.pump(until);
        }
    }));
    let _ = child.kill();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }

    let enter = position(&screen.raw, b"\x1b[?1049h").expect("alternate screen entered");
    let leave = position(&screen.raw, b"\x1b[?1049l").expect("alternate screen left");
    assert!(enter < leave);
    let reversed: Vec<u8> = screen.raw.iter().rev().copied().collect();
    let last_show = screen.raw.len() - position(&reversed, b"h52?[\x1b").expect("cursor shown");
    assert!(
        last_show > enter,
        "cursor shown again after the reader started"
    );
    assert!(!screen.parser.screen().alternate_screen());
    assert!(!screen.parser.screen().hide_cursor());
}

#[test]
fn draws_three_panes_quits_and_restores_the_terminal() {
    session(|_, _| {});
}

#[test]
fn navigates_to_kirbys_statements() {
    session(|screen, send| {
        // Open the first article (000), then step through its statements
        // until Kirby is speaking.
        send("\r");
        let mut found = false;
        for _ in 0..15 {
            send("]");
            if screen.wait_within(&["Said by John Kirby"], Duration::from_secs(2)) {
                found = true;
                break;
            }
        }
        assert!(found, "never reached Kirby:\n{}", screen.text());
        // To the sidebar (which has Kirby selected), open his statements.
        send("l");
        send("\r");
        assert!(
            screen.wait_for(&["John Kirby: ", "in this article"]),
            "Kirby's statements not listed:\n{}",
            screen.text()
        );
    });
}
