//! The real binary in a pseudo-terminal: `/`, type a query, Enter on a
//! statement, and the reader shows that statement highlighted with the find
//! counter; `/` brings the query back. Every wait has a timeout and the child
//! is killed at the end, so the test cannot hang.

use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const ROWS: u16 = 45;
const COLS: u16 = 160;
const WAIT: Duration = Duration::from_secs(15);

struct Term {
    parser: vt100::Parser,
    rx: Receiver<Vec<u8>>,
}

impl Term {
    fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Wait until `ok(screen)` holds on a whole frame; false on timeout.
    /// A frame arrives in pieces, so the screen is only judged once the
    /// output has paused: half a frame can hold rows of the one before.
    fn wait(&mut self, ok: impl Fn(&vt100::Screen) -> bool) -> bool {
        let until = Instant::now() + WAIT;
        while Instant::now() < until {
            match self.rx.recv_timeout(Duration::from_millis(150)) {
                Ok(bytes) => self.parser.process(&bytes),
                Err(_) if ok(self.parser.screen()) => return true,
                Err(_) => {}
            }
        }
        ok(self.parser.screen())
    }
}

/// Row and column of the first place `needle` is drawn.
fn find_cell(screen: &vt100::Screen, needle: &str) -> Option<(u16, u16)> {
    screen.rows(0, COLS).enumerate().find_map(|(row, text)| {
        let byte = text.find(needle)?;
        Some((row as u16, text[..byte].chars().count() as u16))
    })
}

#[test]
fn type_a_query_open_a_statement_and_see_it_in_the_reader() {
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
    let mut term = Term {
        parser: vt100::Parser::new(
            std::num::NonZeroU16::new(ROWS).unwrap(),
            std::num::NonZeroU16::new(COLS).unwrap(),
            0,
        ),
        rx,
    };
    let mut send = |keys: &str| {
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
    };
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        assert!(
            term.wait(|s| s.contents().contains("loaded 5 articles")),
            "reader never appeared:\n{}",
            term.text()
        );
        // Statements only; both words must match: one statement of Peskov's.
        send("/");
        send("\"aware requests");
        assert!(
            term.wait(|s| {
                let t = s.contents();
                t.contains("Search in statements") && t.contains("1 hit")
            }),
            "no hit listed:\n{}",
            term.text()
        );
        send("\r");
        assert!(
            term.wait(|s| {
                let t = s.contents();
                !t.contains("Search in")
                    && t.contains("find 1/")
                    && t.contains(": \"aware requests")
            }),
            "the reader did not open the hit:\n{}",
            term.text()
        );
        // The statement is on screen, highlighted as the one being read: the
        // space after "aware" is part of it but not a match.
        let screen = term.parser.screen();
        let (row, col) = find_cell(screen, "aware of any").expect("statement on screen");
        let cell = screen.cell(row, col + 5).expect("cell after aware");
        assert!(
            cell.inverse(),
            "statement not highlighted:\n{}",
            term.text()
        );
        let title = screen.rows(0, COLS).next().unwrap_or_default();
        assert!(title.contains("statement "), "{title}");
        // `/` again: the popup comes back with the query.
        send("/");
        assert!(
            term.wait(|s| s.contents().contains("❯ \"aware requests")),
            "query lost:\n{}",
            term.text()
        );
        send("\x1b");
        // Wait, so the terminal does not read Esc q as Alt-q.
        assert!(
            term.wait(|s| !s.contents().contains("Search in")),
            "Esc did not close the popup:\n{}",
            term.text()
        );
        send("q");
        let until = Instant::now() + WAIT;
        while Instant::now() < until && child.try_wait().ok().flatten().is_none() {
            if let Ok(bytes) = term.rx.recv_timeout(Duration::from_millis(50)) {
                term.parser.process(&bytes);
            }
        }
        let status = child.try_wait().ok().flatten();
        assert!(
            status.is_some_and(|s| s.success()),
            "quoth did not quit:\n{}",
            term.text()
        );
    }));
    let _ = child.kill();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}
