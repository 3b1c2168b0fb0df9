//! The real binary in a pseudo-terminal: `y` writes the focused statement's
//! citation to the terminal as OSC 52 (decoded here and compared with the
//! citation), and a star made in one run is shown in the next (same
//! temporary `XDG_DATA_HOME`). The session harness lives in `support::pty`:
//! every wait has a timeout; the child is killed at the end.

#[allow(dead_code)]
mod support;

use base64::Engine as _;
use quoth::corpus::Corpus;
use quoth::tui::action::Action;
use quoth::tui::state::State;
use std::path::Path;
use std::time::Duration;
use support::pty::Session;

const ROWS: u16 = 45;
const COLS: u16 = 160;
const WAIT: Duration = Duration::from_secs(10);

/// Start quoth with its data and config under `home`, in folder `home`, and
/// wait for the reader.
fn start(home: &Path) -> Session {
    let mut s = Session::start(&[], &[], home, COLS, ROWS);
    s.expect(&["loaded 5 articles"], WAIT);
    s
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
    let mut run = start(home.path());
    run.send("\r]");
    run.expect(&["statement 1 of"], WAIT);
    run.send("y");
    run.expect(&["Copied citation: “"], WAIT);
    let payloads = clipboard_payloads(&run.raw);
    assert_eq!(payloads, [first_statement_citation()]);
    assert!(payloads[0].starts_with('“') && payloads[0].contains("” — "));
    run.quit(WAIT);
}

#[test]
fn a_star_made_in_one_run_shows_in_the_next() {
    let home = tempfile::tempdir().unwrap();
    let mut run = start(home.path());
    assert!(!run.text().contains('★'));
    run.send("\r]*");
    run.expect(&["★ Starred “"], WAIT);
    run.quit(WAIT);
    drop(run); // the first run is over before the second starts
    assert!(home.path().join("data/quoth/state.json").exists());

    let mut run = start(home.path());
    run.send("\r]");
    run.expect(&["statement 1 of"], WAIT);
    // The star on the reader's border, beside the starred statement.
    run.expect(&["★"], WAIT);
    run.quit(WAIT);
}
