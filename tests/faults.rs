//! Faults in the real reader, in a real pseudo-terminal: a panic (in the
//! event loop or in another thread), SIGTERM, SIGHUP and Ctrl-C each leave the
//! terminal as it was, with the exit status saying what happened; a panic
//! also leaves one line on stderr naming a log file with the details. Load
//! problems at start are one line naming each file.

#[allow(dead_code)]
mod support;

use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;
use support::pty::{rfind, Session};

const COLS: u16 = 150;
const ROWS: u16 = 45;
const WAIT: Duration = Duration::from_secs(30);

fn start(args: &[&OsStr], env: &[(&str, &OsStr)], home: &Path) -> Session {
    let mut s = Session::start(args, env, home, COLS, ROWS);
    assert!(
        s.wait_for(&[" Reader ", "loaded "], WAIT),
        "reader never appeared:\n{}",
        s.text()
    );
    s
}

/// What quoth printed after its last terminal-restoring sequence.
fn after_restore(s: &Session) -> String {
    let at = rfind(&s.raw, b"\x1b[?25h").expect("cursor shown") + b"\x1b[?25h".len();
    String::from_utf8_lossy(&s.raw[at..]).into_owned()
}

fn panics(mode: &str, message: &str) {
    let home = tempfile::tempdir().unwrap();
    let mut s = start(&[], &[("QUOTH_TEST_PANIC", OsStr::new(mode))], home.path());
    s.send("j");
    assert_eq!(s.wait_exit(WAIT), Some(101), "exit status after a panic");
    s.assert_restored();
    let said = after_restore(&s);
    let lines: Vec<&str> = said.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line on stderr: {said:?}");
    let line = lines[0].trim_end_matches('\r');
    assert!(line.starts_with("quoth: internal error ("), "{line}");
    let (_, path) = line.split_once("; details in ").expect("a log path");
    let log_dir = home.path().join("state/quoth");
    assert!(
        Path::new(path).starts_with(&log_dir),
        "{path} not in {}",
        log_dir.display()
    );
    let log = std::fs::read_to_string(path).expect("the log file");
    assert!(log.contains(message), "{log}");
    assert!(log.contains("location: src/tui/panic.rs:"), "{log}");
    assert!(log.contains("backtrace:\n"), "{log}");
    // The panic hook replaced Rust's own message: nothing else was printed.
    assert!(!said.contains("panicked at"), "{said:?}");
}

#[test]
fn a_panic_restores_the_terminal_and_names_a_log() {
    panics("1", "message: test panic requested by QUOTH_TEST_PANIC\n");
}

#[test]
fn a_panic_in_another_thread_ends_the_reader_the_same_way() {
    panics("thread", "(in a worker thread)");
}

#[cfg(unix)]
fn signalled(signal: &str, status: u32) {
    let home = tempfile::tempdir().unwrap();
    let mut s = start(&[], &[], home.path());
    s.send("jj");
    let pid = s.child.process_id().expect("child pid");
    let sent = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success());
    assert_eq!(
        s.wait_exit(WAIT),
        Some(status),
        "exit status after {signal}"
    );
    s.assert_restored();
    assert_eq!(
        after_restore(&s).trim(),
        "",
        "nothing printed after {signal}"
    );
}

#[cfg(unix)]
#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    signalled("TERM", 143);
}

#[cfg(unix)]
#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    signalled("HUP", 129);
}

/// The terminal itself goes away (window closed, `tmux kill-session`, ssh
/// dropped): every end of the pty master is closed. The reader must end on
/// its own, not spin on the dead terminal for ever (crossterm's reader
/// retries reads of a hung-up terminal without end, so the event loop alone
/// never gets to act on the SIGHUP).
#[cfg(unix)]
#[test]
fn a_terminal_that_hangs_up_ends_the_reader() {
    use portable_pty::{native_pty_system, CommandBuilder, PtySize};
    use std::time::Instant;
    let home = tempfile::tempdir().unwrap();
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_quoth"));
    cmd.cwd(home.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env("HOME", home.path());
    cmd.env("XDG_CONFIG_HOME", home.path().join("config"));
    cmd.env("XDG_STATE_HOME", home.path().join("state"));
    cmd.env("XDG_DATA_HOME", home.path().join("data"));
    let mut child = pty.slave.spawn_command(cmd).expect("spawn quoth");
    drop(pty.slave);
    // Read until the first frame is drawn and the reader sits waiting for a
    // key (the output has paused), then close the master: the only end the
    // test holds (a cloned reader would keep the terminal alive).
    let fd = pty.master.as_raw_fd().expect("master descriptor");
    let (mut seen, mut buf) = (Vec::new(), [0u8; 16384]);
    let until = Instant::now() + WAIT;
    loop {
        let mut p = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd; `buf` outlives the read into it.
        let ready = unsafe { libc::poll(&raw mut p, 1, 500) };
        if ready == 1 {
            let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
            assert!(n > 0, "the terminal closed before the first frame");
            seen.extend_from_slice(&buf[..n as usize]);
        } else if support::pty::find(&seen, b" Reader ").is_some() {
            break;
        } else {
            assert!(
                Instant::now() < until,
                "the reader never drew its first frame"
            );
        }
    }
    drop(pty.master);
    let until = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for quoth") {
            break Some(status);
        }
        if Instant::now() >= until {
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    if status.is_none() {
        let _ = child.kill();
    }
    let status = status.expect("quoth still running 10 s after its terminal hung up");
    assert_eq!(
        status.exit_code(),
        129,
        "exit status after the hangup: {status:?}"
    );
}

#[test]
fn ctrl_c_quits_cleanly_even_from_help() {
    let home = tempfile::tempdir().unwrap();
    let mut s = start(&[], &[], home.path());
    s.send("?");
    assert!(
        s.wait_for(&["Move (every pane)", "Down one line"], WAIT),
        "{}",
        s.text()
    );
    s.send("\x03");
    assert_eq!(s.wait_exit(WAIT), Some(0), "exit status after Ctrl-C");
    s.assert_restored();
}

#[test]
fn malformed_files_are_named_in_the_status_bar_and_on_stderr() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("good.txt"),
        "Good Title\n\n\"A quote,\" said Ann Lee.\n",
    )
    .unwrap();
    std::fs::write(d.join("bad.json"), "{\"title\": \"x\", \"body\": [1,2").unwrap();
    std::fs::write(
        d.join("bad.rss"),
        "<?xml version=\"1.0\"?><rss><channel><item><title>T</title><description>cut",
    )
    .unwrap();
    std::fs::write(
        d.join("bad.atom"),
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x</entry></feed>",
    )
    .unwrap();
    std::fs::write(d.join("empty.html"), "  \n").unwrap();
    let mut s = start(&[d.as_os_str()], &[], home.path());
    assert!(
        s.wait_for(&["loaded 1 article; skipped 4: bad.atom (malformed"], WAIT),
        "status bar:\n{}",
        s.text()
    );
    s.send("q");
    assert_eq!(s.wait_exit(WAIT), Some(0));
    s.assert_restored();
    // Printed before the reader took the screen: still there after it left.
    let screen = s.text();
    let line = screen
        .lines()
        .find(|l| l.starts_with("quoth: loaded 1 article"))
        .unwrap_or_else(|| panic!("no load line:\n{screen}"));
    for named in [
        "bad.atom (malformed: XML error",
        "bad.json (malformed: invalid JSON",
        "bad.rss (malformed:",
        "empty.html (empty)",
    ] {
        assert!(line.contains(named), "{named} missing from {line}");
    }
}

#[test]
fn a_missing_path_is_one_line_and_never_takes_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("no-such-folder");
    let mut s = Session::start(&[missing.as_os_str()], &[], home.path(), COLS, ROWS);
    assert_eq!(s.wait_exit(WAIT), Some(2));
    assert!(support::pty::find(&s.raw, b"\x1b[?1049h").is_none());
    let out = String::from_utf8_lossy(&s.raw).into_owned();
    let lines: Vec<&str> = out.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "{out:?}");
    assert!(
        lines[0].contains("no-such-folder: no such file or folder"),
        "{out:?}"
    );
}

#[test]
fn ctrl_c_read_together_with_an_esc_still_quits() {
    let home = tempfile::tempdir().unwrap();
    let mut s = start(&[], &[], home.path());
    s.send("\x1b\x03");
    assert_eq!(s.wait_exit(WAIT), Some(0), "exit status after Esc Ctrl-C");
    s.assert_restored();
}
