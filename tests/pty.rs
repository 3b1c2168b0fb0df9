//! The real binary in a real pseudo-terminal: it draws the three panes, takes
//! keys, and leaves the terminal as it found it (alternate screen left, cursor
//! shown, mouse released, cooked mode). The session harness lives in
//! `support::pty`: every wait has a timeout and the child is killed at the
//! end, so the test cannot hang.

#[allow(dead_code)]
mod support;

use std::time::Duration;
use support::pty::Session;

const ROWS: u16 = 45;
const COLS: u16 = 160;
const WAIT: Duration = Duration::from_secs(10);

/// quoth on its built-in articles, once the three panes are drawn.
fn start() -> Session {
    let mut s = Session::start_in_temp_home(&[], &[], COLS, ROWS);
    assert!(
        s.wait_for(
            &["Articles (5)", " Reader ", " Who ", "loaded 5 articles"],
            WAIT
        ),
        "three panes never appeared:\n{}",
        s.text()
    );
    s
}

#[test]
fn draws_three_panes_quits_and_restores_the_terminal() {
    start().quit(WAIT);
}

#[test]
fn navigates_to_kirbys_statements() {
    let mut s = start();
    // Open the first article (000), then step through its statements until
    // Kirby is speaking.
    s.send("\r");
    let mut found = false;
    for _ in 0..15 {
        s.send("]");
        if s.wait_for(&["Said by John Kirby"], Duration::from_secs(2)) {
            found = true;
            break;
        }
    }
    assert!(found, "never reached Kirby:\n{}", s.text());
    // To the sidebar (which has Kirby selected), open his statements.
    s.send("l");
    s.send("\r");
    assert!(
        s.wait_for(&["John Kirby: ", "in this article"], WAIT),
        "Kirby's statements not listed:\n{}",
        s.text()
    );
    s.quit(WAIT);
}
