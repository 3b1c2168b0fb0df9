//! What a terminal may receive from quoth: text, CR/LF/BS, and the escape
//! sequences crossterm emits for drawing. Anything else (OSC such as a title
//! or clipboard write, DCS, other CSI, C1 controls, bare C0 controls, bidi
//! controls) means article text reached the terminal as a command.

/// DEC private modes crossterm sets and resets: cursor (25), alternate
/// screen (1049), mouse reporting (1000, 1002, 1003, 1006, 1015), focus
/// events (1004), bracketed paste (2004), synchronized output (2026).
const MODES: &[&str] = &[
    "25", "1049", "1000", "1002", "1003", "1006", "1015", "1004", "2004", "2026",
];

/// Why the first offending sequence in `raw` is not allowed, with where it
/// is; None when everything is allowed.
pub fn first_offence(raw: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b == 0x1b {
            let len = csi_len(&raw[i..]).ok_or_else(|| describe(raw, i, "ESC not starting a CSI"));
            let len = match len {
                Ok(n) => n,
                Err(e) => return Some(e),
            };
            let seq = &raw[i + 2..i + len];
            if !allowed_csi(seq) {
                return Some(describe(raw, i, "CSI not emitted by crossterm"));
            }
            i += len;
            continue;
        }
        if b < 0x20 && !matches!(b, b'\r' | b'\n' | 0x08) || b == 0x7f {
            return Some(describe(raw, i, "bare control byte"));
        }
        let rest = &raw[i..];
        let len = utf8_len(b);
        let Some(ch) = rest
            .get(..len)
            .and_then(|s| std::str::from_utf8(s).ok())
            .and_then(|s| s.chars().next())
        else {
            return Some(describe(raw, i, "invalid UTF-8"));
        };
        if forbidden(ch) {
            return Some(describe(raw, i, &format!("forbidden character {ch:?}")));
        }
        i += len;
    }
    None
}

fn utf8_len(b: u8) -> usize {
    match b {
        0xf0..=0xf7 => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

/// C1 controls, bidi controls and invisible characters: sanitizing makes
/// them visible as placeholders, so none may be written raw.
fn forbidden(c: char) -> bool {
    ('\u{80}'..='\u{9f}').contains(&c)
        || matches!(c,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200f}'
            | '\u{61c}' | '\u{feff}' | '\u{e0000}'..='\u{e007f}')
}

/// Length of the CSI sequence at the start of `s` (`ESC [ params final`).
fn csi_len(s: &[u8]) -> Option<usize> {
    if s.get(1) != Some(&b'[') {
        return None;
    }
    let mut j = 2;
    while let Some(&b) = s.get(j) {
        match b {
            0x20..=0x3f => j += 1,
            0x40..=0x7e => return Some(j + 1),
            _ => return None,
        }
    }
    None
}

/// `seq` is the CSI without `ESC [`: parameters then the final byte.
fn allowed_csi(seq: &[u8]) -> bool {
    let Some((&fin, params)) = seq.split_last() else {
        return false;
    };
    let Ok(params) = std::str::from_utf8(params) else {
        return false;
    };
    let numeric = |p: &str, extra: &[char]| {
        p.chars()
            .all(|c| c.is_ascii_digit() || c == ';' || extra.contains(&c))
    };
    match fin {
        // Cursor moves and positioning, erase in display / line.
        b'A'..=b'H' | b'f' | b'J' | b'K' => numeric(params, &[]),
        // Colours and attributes (including `38:2::r:g:b` forms).
        b'm' => numeric(params, &[':']),
        b'h' | b'l' => params
            .strip_prefix('?')
            .is_some_and(|modes| modes.split(';').all(|m| MODES.contains(&m))),
        _ => false,
    }
}

fn describe(raw: &[u8], at: usize, why: &str) -> String {
    let from = at.saturating_sub(60);
    let to = (at + 60).min(raw.len());
    format!(
        "{why} at byte {at}: {:?} >>> {:?}",
        String::from_utf8_lossy(&raw[from..at]),
        String::from_utf8_lossy(&raw[at..to])
    )
}

#[test]
fn the_checker_catches_what_it_must() {
    let ok = b"\x1b[?1049h\x1b[?25l\x1b[1;1H\x1b[38;5;12mhi\x1b[0m\x1b[2J\r\n\x1b[?1049l\x1b[?25h";
    assert_eq!(first_offence(ok), None);
    for bad in [
        &b"\x1b]0;title\x07"[..],
        b"\x1b]52;c;ZWNobw==\x07",
        b"\x1bP+q544e\x1b\\",
        b"\x1b[6n",
        b"\x1b[?1h",
        b"\xc2\x9b31m",
        b"a\x07b",
        b"\x1bc",
        b"\xe2\x80\xae",
        b"\xff",
    ] {
        assert!(first_offence(bad).is_some(), "{bad:?} passed");
    }
}
