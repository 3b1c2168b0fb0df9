//! The real binary in a pseudo-terminal: `y` writes the focused statement's
//! citation to the terminal as OSC 52 (decoded here and compared with the
//! citation), and a star made in one run is shown in the next (same
//! temporary `XDG_DATA_HOME`). Every wait has a timeout; the child is killed
//! at the end.

use base64::Engine as _;
use portable_pty::{native_pty_system, Child, CommandBuilder, PtySize};
use quoth::corpus::Corpus;
use quoth::tui::action::Action;
use quoth::tui::state::State;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const ROWS: u16 = 45;
const COLS: u16 = 160;
const WAIT: Duration = Duration::from_secs(10);

struct Run {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: vt100::Parser,
    raw: Vec<u8>,
    rx: Receiver<Vec<u8>>,
}

impl Run {
    /// Start quoth with its data and config under `home`, in folder `home`.
    fn start(home: &Path) -> Run {
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
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.cwd(home);
        let child = pty.slave.spawn_command(cmd).expect("spawn quoth");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let _master = pty.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let mut run = Run {
            child,
            writer,
            parser: vt100::Parser::new(
                NonZeroU16::new(ROWS).unwrap(),
                NonZeroU16::new(COLS).unwrap(),
                0,
            ),
            raw: Vec::new(),
            rx,
        };
        run.wait_for("loaded 5 articles");
        run
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn text(&self) -> String {
        self.parser.screen().contents()
    }

    fn wait_for(&mut self, needle: &str) {
        let until = Instant::now() + WAIT;
        while !self.text().contains(needle) {
            assert!(
                Instant::now() < until,
                "never saw {needle:?}:\n{}",
                self.text()
            );
            if let Ok(bytes) = self.rx.recv_timeout(Duration::from_millis(50)) {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
            }
        }
    }

    /// Quit with `q` and wait for a clean exit.
    fn quit(mut self) {
        self.send("q");
        let until = Instant::now() + WAIT;
        let status = loop {
            if let Some(s) = self.child.try_wait().ok().flatten() {
                break Some(s);
            }
            if Instant::now() > until {
                break None;
            }
            let _ = self.rx.recv_timeout(Duration::from_millis(50));
        };
        let _ = self.child.kill();
        assert!(
            status.is_some_and(|s| s.success()),
            "quoth did not exit cleanly"
        );
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The OSC 52 payloads in `raw`, decoded.
fn clipboard_payloads(raw: &[u8]) -> Vec<String> {
    let start = b"\x1b]52;c;";
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = raw[at..].windows(start.len()).position(|w| w == start) {
        let from = at + i + start.len();
        let len = raw[from..]
            .iter()
            .position(|&b| b == 0x07)
            .expect("OSC 52 ends with BEL");
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(&raw[from..from + len])
            .expect("base64 payload");
        out.push(String::from_utf8(bytes).expect("UTF-8 citation"));
        at = from + len;
    }
    out
}

/// The statement the reader is on after Enter and one `]`, computed with
/// the library the binary runs.
fn first_statement_citation() -> String {
    let corpus = Corpus::builtin();
    let mut state = State::new(&corpus, COLS, ROWS);
    for a in [Action::Open, Action::NextStatement] {
        quoth::tui::update::update(&mut state, &corpus, a);
    }
    let st = &corpus.statements[state.reader.current.unwrap()];
    quoth::cite::citation(&corpus, st)
}

#[test]
fn y_copies_the_citation_through_osc52() {
    let home = tempfile::tempdir().unwrap();
    let mut run = Run::start(home.path());
    run.send("\r]");
    run.wait_for("statement 1 of");
    run.send("y");
    run.wait_for("Copied citation: “");
    let payloads = clipboard_payloads(&run.raw);
    assert_eq!(payloads, [first_statement_citation()]);
    assert!(payloads[0].starts_with('“') && payloads[0].contains("” — "));
    run.quit();
}

#[test]
fn a_star_made_in_one_run_shows_in_the_next() {
    let home = tempfile::tempdir().unwrap();
    let mut run = Run::start(home.path());
    assert!(!run.text().contains('★'));
    run.send("\r]*");
    run.wait_for("★ Starred “");
    run.quit();
    assert!(home.path().join("data/quoth/state.json").exists());

    let mut run = Run::start(home.path());
    run.send("\r]");
    run.wait_for("statement 1 of");
    // The star on the reader's border, beside the starred statement.
    run.wait_for("★");
    run.quit();
}
