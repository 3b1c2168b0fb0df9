//! The real binary in a pseudo-terminal: `/`, type a query, Enter on a
//! statement, and the reader shows that statement highlighted with the find
//! counter; `/` brings the query back. The session harness lives in
//! `support::pty`: every wait has a timeout and the child is killed at the
//! end, so the test cannot hang.

#[allow(dead_code)]
mod support;

use std::time::Duration;
use support::pty::Session;

const ROWS: u16 = 45;
const COLS: u16 = 160;
const WAIT: Duration = Duration::from_secs(15);

/// Row and column of the first place `needle` is drawn.
fn find_cell(screen: &vt100::Screen, needle: &str) -> Option<(u16, u16)> {
    screen.rows(0, COLS).enumerate().find_map(|(row, text)| {
        let byte = text.find(needle)?;
        Some((row as u16, text[..byte].chars().count() as u16))
    })
}

#[test]
fn type_a_query_open_a_statement_and_see_it_in_the_reader() {
    let mut s = Session::start_in_temp_home(&[], &[], COLS, ROWS);
    assert!(
        s.wait_frame(
            |screen| screen.contents().contains("loaded 5 articles"),
            WAIT
        ),
        "reader never appeared:\n{}",
        s.text()
    );
    // Statements only; both words must match: one statement of Peskov's.
    s.send("/");
    s.send("\"aware requests");
    assert!(
        s.wait_frame(
            |screen| {
                let t = screen.contents();
                t.contains("Search in statements") && t.contains("1 hit")
            },
            WAIT
        ),
        "no hit listed:\n{}",
        s.text()
    );
    s.send("\r");
    assert!(
        s.wait_frame(
            |screen| {
                let t = screen.contents();
                !t.contains("Search in")
                    && t.contains("find 1/")
                    && t.contains(": \"aware requests")
            },
            WAIT
        ),
        "the reader did not open the hit:\n{}",
        s.text()
    );
    // The statement is on screen, highlighted as the one being read: the
    // space after "aware" is part of it but not a match.
    let screen = s.parser.screen();
    let (row, col) = find_cell(screen, "aware of any").expect("statement on screen");
    let cell = screen.cell(row, col + 5).expect("cell after aware");
    assert!(cell.inverse(), "statement not highlighted:\n{}", s.text());
    let title = screen.rows(0, COLS).next().unwrap_or_default();
    assert!(title.contains("statement "), "{title}");
    // `/` again: the popup comes back with the query.
    s.send("/");
    assert!(
        s.wait_frame(
            |screen| screen.contents().contains("❯ \"aware requests"),
            WAIT
        ),
        "query lost:\n{}",
        s.text()
    );
    s.send("\x1b");
    // Wait, so the terminal does not read Esc q as Alt-q.
    assert!(
        s.wait_frame(|s| !s.contents().contains("Search in"), WAIT),
        "Esc did not close the popup:\n{}",
        s.text()
    );
    s.quit(WAIT);
}
