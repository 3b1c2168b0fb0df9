//! The hostile corpus in the real reader, in a real pseudo-terminal: every
//! byte quoth writes while it opens, scrolls, switches articles, shows help,
//! searches and quits is checked against what crossterm emits for drawing
//! (see `support::escapes`). No article byte may reach the terminal as a
//! command.

#[allow(dead_code)]
mod support;

use quoth::corpus::hostile;
use std::time::Duration;
use support::escapes::first_offence;
use support::pty::Session;

const COLS: u16 = 150;
const ROWS: u16 = 45;

/// Keys that move through every article: open it, scroll line, page and
/// wheel, go to the end and back, step through statements, then the next one.
fn tour(s: &mut Session, articles: usize) {
    for _ in 0..articles {
        s.send("\r"); // open, focus the reader
        s.send("jj");
        s.send("\x1b[6~"); // PgDn
        s.send("\x1b[<65;80;20M"); // wheel down over the reader (SGR mouse)
        s.send("G");
        s.send("nn");
        s.send("g");
        s.send("\t"); // the sidebar
        s.send("jj");
        s.send("\t"); // back to the article list
        s.send("j"); // next article
    }
}

/// Help, then a search: `/`, a query, Esc. Until the search popup exists,
/// `/` does nothing and the query letters are harmless keys (J, o, h, n),
/// and Esc then quits. Opening help and waiting for it is a barrier: every
/// key before it has been handled, so Esc cannot be glued to another key.
fn help_and_search(s: &mut Session, wait: Duration) {
    s.send("?");
    assert!(s.wait_for(&["Move (every pane)"], wait), "{}", s.text());
    s.send("jj");
    s.send("?");
    s.send("/");
    s.send("John");
    s.settle(Duration::from_millis(300));
    s.send("\x1b");
}

/// Quit: wait a little in case Esc already quit, else Ctrl-C (which quits
/// from any layer, and even when the terminal glued it to the Esc).
fn quit(s: &mut Session, wait: Duration) -> Option<u32> {
    s.wait_exit(Duration::from_secs(3)).or_else(|| {
        s.send("\x03");
        s.wait_exit(wait)
    })
}

fn run_on(dir: &std::path::Path, articles: usize, load_wait: Duration) {
    let home = tempfile::tempdir().unwrap();
    let mut s = Session::start(&[dir.as_os_str()], &[], home.path(), COLS, ROWS);
    let expect = format!("loaded {articles} articles");
    assert!(
        s.wait_for(&[&expect, " Reader "], load_wait),
        "reader never appeared:\n{}",
        s.text()
    );
    tour(&mut s, articles);
    help_and_search(&mut s, load_wait);
    let status = quit(&mut s, load_wait);
    assert_eq!(status, Some(0), "quoth did not quit cleanly:\n{}", s.text());
    s.assert_restored();
    if let Some(offence) = first_offence(&s.raw) {
        panic!("{offence}");
    }
}

#[test]
fn hostile_fixtures_reach_the_terminal_only_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let paths = hostile::write_corpus(dir.path(), false).unwrap();
    run_on(dir.path(), paths.len(), Duration::from_secs(30));
}

/// The 1 MB line and the 200,000-line article too (slow to load in a debug
/// build: run by `scripts/test`, in release).
#[test]
#[cfg_attr(debug_assertions, ignore = "release only (scripts/test)")]
fn large_hostile_files_reach_the_terminal_only_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut n = 0;
    for f in hostile::large() {
        std::fs::write(dir.path().join(&f.name), &f.bytes).unwrap();
        n += 1;
    }
    run_on(dir.path(), n, Duration::from_mins(2));
}

#[test]
fn a_file_name_full_of_escapes_is_drawn_with_placeholders() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(hostile::hostile_name());
    std::fs::write(
        &path,
        "Named\n\nA body \u{1b}]0;pwned\u{7} with an escape.\n",
    )
    .unwrap();
    let mut s = Session::start(&[path.as_os_str()], &[], home.path(), COLS, ROWS);
    assert!(
        s.wait_for(
            &["loaded 1 article", "name␛]0;pwned␇␛[31m"],
            Duration::from_secs(30)
        ),
        "{}",
        s.text()
    );
    s.send("q");
    assert_eq!(s.wait_exit(Duration::from_secs(20)), Some(0));
    s.assert_restored();
    assert_eq!(first_offence(&s.raw), None);
}
