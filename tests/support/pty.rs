//! Running the real binary in a pseudo-terminal, for every test that drives
//! quoth through a real terminal (the pty, search, compare, marks, hostile
//! input and fault tests): every byte it writes is kept, the screen is parsed
//! with vt100, every wait has a timeout so a test cannot hang, and the child
//! is killed when the session is dropped, so a failing assertion cannot leave
//! a quoth running either.

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// A running quoth in a pty.
pub struct Session {
    pub parser: vt100::Parser,
    /// Every byte the child wrote to the terminal, in order.
    pub raw: Vec<u8>,
    rx: Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    pub master: Box<dyn MasterPty + Send>,
    /// The home made by [`Session::start_in_temp_home`], held only to be
    /// removed with the session; declared last so that happens after the
    /// child has been killed.
    #[allow(dead_code)]
    temp_home: Option<tempfile::TempDir>,
}

/// How long the output must pause before [`Session::wait_frame`] judges the
/// screen: a frame can reach us in several reads, but they follow each other
/// closely, so a pause this long means the frame is whole.
const QUIET: Duration = Duration::from_millis(150);

impl Session {
    /// Start quoth with `args` and `env` (plus TERM, and HOME / XDG folders
    /// pointing into `home`, so nothing of the real user's is read or written).
    /// It runs in `home` too, so exports (written to the current folder by
    /// default) land there and not in the checkout.
    pub fn start(
        args: &[&OsStr],
        env: &[(&str, &OsStr)],
        home: &Path,
        cols: u16,
        rows: u16,
    ) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_quoth"));
        cmd.args(args);
        cmd.cwd(home);
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", home);
        for (var, dir) in [
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_STATE_HOME", "state"),
        ] {
            cmd.env(var, home.join(dir));
        }
        cmd.env_remove("QUOTH_TEST_PANIC");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn quoth");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 16384];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Session {
            parser: vt100::Parser::new(
                NonZeroU16::new(rows).unwrap(),
                NonZeroU16::new(cols).unwrap(),
                0,
            ),
            raw: Vec::new(),
            rx,
            writer,
            child,
            master: pty.master,
            temp_home: None,
        }
    }

    /// Start quoth with `args` and `env` in a fresh temporary home of its own
    /// (see [`Session::start`]), kept for as long as the session: for tests
    /// that need no marks or config from an earlier run, and must not see the
    /// real user's.
    pub fn start_in_temp_home(
        args: &[&OsStr],
        env: &[(&str, &OsStr)],
        cols: u16,
        rows: u16,
    ) -> Session {
        let home = tempfile::tempdir().expect("temp dir");
        let mut s = Session::start(args, env, home.path(), cols, rows);
        s.temp_home = Some(home);
        s
    }

    /// Take in what the child wrote, waiting at most until `until`.
    pub fn pump(&mut self, until: Instant) {
        let left = until.saturating_duration_since(Instant::now());
        let slice = left.min(Duration::from_millis(20));
        match self.rx.recv_timeout(slice) {
            Ok(bytes) => self.take(&bytes),
            // The child closed the terminal: nothing more will come, so
            // sleep instead of spinning until the caller's deadline.
            Err(RecvTimeoutError::Disconnected) => std::thread::sleep(slice),
            Err(RecvTimeoutError::Timeout) => {}
        }
    }

    fn take(&mut self, bytes: &[u8]) {
        self.parser.process(bytes);
        self.raw.extend_from_slice(bytes);
    }

    /// Keep reading for `d`.
    pub fn settle(&mut self, d: Duration) {
        let until = Instant::now() + d;
        while Instant::now() < until {
            self.pump(until);
        }
    }

    /// The screen as text, one line a row.
    pub fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Wait until the screen shows all of `needles`; false on timeout.
    pub fn wait_for(&mut self, needles: &[&str], wait: Duration) -> bool {
        let until = Instant::now() + wait;
        loop {
            if needles.iter().all(|n| self.text().contains(n)) {
                return true;
            }
            if Instant::now() >= until {
                return false;
            }
            self.pump(until);
        }
    }

    /// Like [`Session::wait_for`], but panics (naming the missing text and
    /// showing the screen) on timeout; for waits that need no message of
    /// their own.
    #[track_caller]
    pub fn expect(&mut self, needles: &[&str], wait: Duration) {
        assert!(
            self.wait_for(needles, wait),
            "never saw {needles:?} within {wait:?}:\n{}",
            self.text()
        );
    }

    /// Wait until `ok` holds for a whole frame; false on timeout. A frame
    /// arrives in pieces and half of one can still hold rows of the frame
    /// before, so the screen is judged only once the output has paused (see
    /// [`QUIET`]). Use it where a partial frame could pass: text that must be
    /// gone, or the attributes of a cell.
    pub fn wait_frame(&mut self, ok: impl Fn(&vt100::Screen) -> bool, wait: Duration) -> bool {
        let until = Instant::now() + wait;
        loop {
            let left = until.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left.min(QUIET)) {
                Ok(bytes) => self.take(&bytes),
                // Nothing more will come: this frame is the last.
                Err(RecvTimeoutError::Disconnected) => return ok(self.parser.screen()),
                Err(RecvTimeoutError::Timeout) if ok(self.parser.screen()) => return true,
                Err(RecvTimeoutError::Timeout) => {}
            }
            if Instant::now() >= until {
                return ok(self.parser.screen());
            }
        }
    }

    /// Send bytes as typed keys, then give the reader a moment to draw.
    /// The pause also keeps key presses apart, so an Esc is not read as Alt
    /// with the key sent after it.
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        self.settle(Duration::from_millis(60));
    }

    /// Wait for the child to exit; its exit code, or None on timeout.
    pub fn wait_exit(&mut self, wait: Duration) -> Option<u32> {
        let until = Instant::now() + wait;
        loop {
            if let Some(status) = self.child.try_wait().ok().flatten() {
                // What the child wrote last is still on its way.
                self.settle(Duration::from_millis(300));
                return Some(status.exit_code());
            }
            if Instant::now() >= until {
                return None;
            }
            self.pump(until);
        }
    }

    /// Press `q` and check quoth quits as it should: exit status 0 within
    /// `wait`, and the terminal given back (see [`Session::assert_restored`]).
    #[track_caller]
    pub fn quit(&mut self, wait: Duration) {
        self.send("q");
        let status = self.wait_exit(wait);
        assert_eq!(
            status,
            Some(0),
            "quoth did not quit cleanly:\n{}",
            self.text()
        );
        self.assert_restored();
    }

    /// Is the pty back in cooked mode (canonical input and echo on)?
    #[cfg(target_os = "linux")]
    pub fn cooked(&self) -> Option<bool> {
        // Linux values of ICANON and ECHO in c_lflag.
        const ICANON: u32 = 0o2;
        const ECHO: u32 = 0o10;
        let t = self.master.get_termios()?;
        let flags = t.local_flags.bits();
        Some(flags & ICANON != 0 && flags & ECHO != 0)
    }

    /// Check the terminal is as it was before quoth: alternate screen entered
    /// then left, mouse capture off, cursor shown last, raw mode off.
    pub fn assert_restored(&self) {
        let raw = &self.raw;
        let enter = find(raw, b"\x1b[?1049h").expect("alternate screen entered");
        let leave = rfind(raw, b"\x1b[?1049l").expect("alternate screen left");
        assert!(enter < leave, "left before entering");
        let show = rfind(raw, b"\x1b[?25h").expect("cursor shown");
        let hide = rfind(raw, b"\x1b[?25l").unwrap_or(0);
        assert!(show > hide && show > enter, "cursor hidden at the end");
        let mouse_on = rfind(raw, b"\x1b[?1000h").expect("mouse captured");
        let mouse_off = rfind(raw, b"\x1b[?1000l").expect("mouse released");
        assert!(mouse_off > mouse_on, "mouse capture left on");
        let screen = self.parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        #[cfg(target_os = "linux")]
        assert_eq!(self.cooked(), Some(true), "terminal left in raw mode");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

pub fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}
