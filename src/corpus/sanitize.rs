//! Make untrusted text inert: the one place where control characters, escape
//! sequences, bidi controls and invisible characters are removed. Every later
//! stage (attribution, search, the TUI, the CLI) trusts its output.

/// Longest run of combining marks kept on one base character; real scripts need
/// a handful, "zalgo" text uses thousands and would stall layout.
const MAX_COMBINING: usize = 8;

/// Sanitize `input`: line ends become `\n`, tabs and non-breaking spaces become
/// spaces, escape sequences (CSI, OSC, DCS, SOS/PM/APC, 8-bit CSI) are removed
/// whole, other C0/C1 controls and DEL are dropped, bidi overrides/isolates and
/// zero-width characters are dropped, and combining-mark runs are capped.
///
/// Idempotent: `sanitize(&sanitize(s)) == sanitize(s)`.
pub fn sanitize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    let mut combining = 0usize;
    while let Some(c) = chars.next() {
        if is_combining(c) {
            combining += 1;
            if combining <= MAX_COMBINING && !out.is_empty() && !out.ends_with(['\n', ' ']) {
                out.push(c);
            }
            continue;
        }
        combining = 0;
        match c {
            '\r' => {
                // CRLF → LF; a lone CR (an overwrite trick) becomes a line break.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\t' | '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2028}' | '\u{2029}' => {
                out.push(if matches!(c, '\u{2028}' | '\u{2029}') {
                    '\n'
                } else {
                    ' '
                });
            }
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi_params(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if c.is_control() => {}
            c if is_invisible(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// True for characters that must never reach output at all: bidi embedding,
/// override and isolate controls, directional marks, zero-width characters,
/// the BOM / word joiner and soft hyphen, and other format characters.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}'
        | '\u{feff}'
        | '\u{ad}'
        | '\u{61c}'
        | '\u{180e}'
        | '\u{fff9}'..='\u{fffb}'
    )
}

/// Combining diacritical marks (the blocks that stack on a base character).
fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe20}'..='\u{fe2f}'
    )
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: drop the whole sequence it starts.
fn skip_escape(chars: &mut Chars) {
    match chars.next() {
        Some('[') => skip_csi_params(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
        // Two-character escapes with an intermediate byte (ESC ( B, ESC # 8 …).
        Some(' '..='/') => {
            chars.next();
        }
        // Any other single character after ESC is a complete sequence.
        _ => {}
    }
}

/// CSI: parameter and intermediate bytes, then one final byte (`@`..=`~`).
fn skip_csi_params(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        chars.next();
        if ('@'..='~').contains(&c) || !(' '..='?').contains(&c) {
            return;
        }
    }
}

/// OSC / DCS / SOS / PM / APC: everything up to BEL, ST (`ESC \` or U+009C),
/// or a line end, so an unterminated string cannot swallow the article.
fn skip_string(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\n' | '\r' => return,
            '\u{1b}' => {
                chars.next();
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn removes_escape_sequences_whole() {
        assert_eq!(sanitize("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(sanitize("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(sanitize("x\u{1b}]52;c;ZXZpbA==\u{1b}\\y"), "xy");
        assert_eq!(
            sanitize("x\u{1b}]8;;http://e\u{1b}\\link\u{1b}]8;;\u{1b}\\y"),
            "xlinky"
        );
        assert_eq!(sanitize("x\u{9b}2Jy"), "xy");
        assert_eq!(sanitize("x\u{1b}Pq#0\u{1b}\\y"), "xy");
    }

    #[test]
    fn unterminated_osc_stops_at_line_end() {
        assert_eq!(sanitize("a\u{1b}]0;never ends\nnext line"), "a\nnext line");
    }

    #[test]
    fn controls_tabs_and_spaces() {
        assert_eq!(sanitize("a\tb\u{a0}c\u{7f}d\u{0}e\u{85}f"), "a b cdef");
        assert_eq!(sanitize("good\rEVIL"), "good\nEVIL");
        assert_eq!(sanitize("l1\r\nl2"), "l1\nl2");
    }

    #[test]
    fn bidi_and_zero_width_removed() {
        assert_eq!(sanitize("a\u{202e}b\u{2066}c\u{200b}d\u{feff}e"), "abcde");
    }

    #[test]
    fn combining_runs_capped() {
        let zalgo = format!("a{}b", "\u{301}".repeat(10_000));
        let out = sanitize(&zalgo);
        assert_eq!(out.chars().count(), 2 + 8);
        assert_eq!(sanitize("\u{301}lead"), "lead");
    }

    #[test]
    fn idempotent_on_samples() {
        for s in [
            "a\u{1b}[1mb",
            "x\r\ny\rz",
            "\u{301}\u{301}a",
            "\u{1b}\u{1b}[[m",
        ] {
            let once = sanitize(s);
            assert_eq!(sanitize(&once), once, "{s:?}");
        }
    }

    #[test]
    fn keeps_ordinary_text() {
        let s = "“Quotes” – dashes … and emoji 🌞, CJK 漢字, Кириллица";
        assert_eq!(sanitize(s), s);
    }
}
