//! The compare view in a real pseudo-terminal: the real binary, real key
//! bytes (typed names go through the picker's text field), the screen parsed
//! by vt100. The session harness lives in `support::pty`: every wait has a
//! timeout and the child is killed at the end.

#[allow(dead_code)]
mod support;

use std::time::Duration;
use support::pty::Session;

const WAIT: Duration = Duration::from_secs(10);

/// quoth on its built-in articles at `cols`×`rows`, once the reader is up.
fn start(cols: u16, rows: u16) -> Session {
    let mut s = Session::start_in_temp_home(&[], &[], cols, rows);
    assert!(
        s.wait_for(&["loaded 5 articles"], WAIT),
        "the reader never appeared:\n{}",
        s.text()
    );
    s
}

#[test]
fn picks_blinken_and_peskov_and_shows_both_columns() {
    let mut s = start(160, 45);
    s.send("c");
    assert!(
        s.wait_for(&["Compare: pick speakers"], WAIT),
        "no picker:\n{}",
        s.text()
    );
    // Letters that are keys elsewhere (b, k, e, n) are typed here.
    s.send("Blinken");
    s.send("\r");
    s.send("Peskov");
    s.expect(&["› Peskov"], WAIT);
    s.send("\r");
    assert!(
        s.wait_for(&["◀ Antony Blinken", "▶ Dmitry Peskov", "↔ shared:"], WAIT),
        "compare view lacks the two speakers:\n{}",
        s.text()
    );
    // w swaps the columns.
    s.send("w");
    s.expect(&["◀ Dmitry Peskov", "▶ Antony Blinken"], WAIT);
    s.quit(WAIT);
}

#[test]
fn narrow_terminal_stacks_the_columns() {
    let mut s = start(70, 40);
    s.send("c");
    s.expect(&["Compare: pick speakers"], WAIT);
    s.send("Blinken");
    s.send("\r");
    s.send("Peskov");
    s.send("\r");
    s.expect(&["◀ Antony Blinken · ", "▶ Dmitry Peskov · "], WAIT);
    // Esc closes the view; the reader is back.
    s.send("\x1b");
    s.expect(&["Tab: next pane"], WAIT);
    s.quit(WAIT);
}
