//! Running the real binary in a pseudo-terminal for the hostile-input and
//! fault tests: every byte it writes is kept, the screen is parsed with vt100,
//! and every wait has a timeout so a test cannot hang.

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::mpsc::{channel, Receiver};
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
}

impl Session {
    /// Start quoth with `args` and `env` (plus TERM, and HOME / XDG folders
    /// pointing into `home`, so nothing of the real user's is read or written).
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
        }
    }

    /// Take in what the child wrote, waiting at most until `until`.
    pub fn pump(&mut self, until: Instant) {
        let left = until.saturating_duration_since(Instant::now());
        if let Ok(bytes) = self.rx.recv_timeout(left.min(Duration::from_millis(20))) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    /// Keep reading for `d`.
    pub fn settle(&mut self, d: Duration) {
        let until = Instant::now() + d;
        while Instant::now() < until {
            self.pump(until);
        }
    }

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

    /// Send bytes as typed keys, then give the reader a moment to draw.
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
