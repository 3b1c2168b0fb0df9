//! Make untrusted text inert: the one place where control characters, escape
//! sequences, bidi controls and invisible characters are removed. Every later
//! stage (attribution, search, the TUI, the CLI) trusts its output.
//!
//! Two flavours: [`sanitize`] for article text (hostile characters vanish) and
//! [`visible`] for file names and paths in messages (hostile characters are
//! shown as placeholders, so two names never look the same and a name never
//! moves the cursor).

use std::fmt::Write as _;
use unicode_width::UnicodeWidthChar;

/// Longest run of combining marks kept on one base character; real scripts need
/// a handful, "zalgo" text uses thousands and would stall layout.
const MAX_COMBINING: usize = 8;

/// Sanitize `input`: line ends become `\n`, tabs and non-breaking spaces become
/// spaces, escape sequences (CSI, OSC, DCS, SOS/PM/APC, 8-bit CSI) are removed
/// whole, other C0/C1 controls and DEL are dropped, bidi overrides/isolates and
/// zero-width characters are dropped, and combining-mark runs are capped (a mark
/// with no base — at the start, after a space or a line end — is dropped).
///
/// Idempotent: `sanitize(&sanitize(s)) == sanitize(s)`. The output holds only
/// `\n`, `' '` and characters that pass through unchanged, and every kept mark
/// sits on a base in the output itself, so a second pass keeps everything.
pub fn sanitize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    // Marks kept on the current base (the last non-mark character pushed).
    let mut marks = 0usize;
    while let Some(c) = chars.next() {
        let push = match c {
            '\r' => {
                // CRLF → LF; a lone CR (an overwrite trick) becomes a line break.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                '\n'
            }
            '\n' | '\u{2028}' | '\u{2029}' => '\n',
            // Every Unicode space separator ("Jo Roe\u{3000}said") is a plain
            // space: the engine splits words on ASCII spaces only.
            '\t'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}' => ' ',
            '\u{1b}' => {
                skip_escape(&mut chars);
                continue;
            }
            '\u{9b}' => {
                skip_csi(&mut chars);
                continue;
            }
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                skip_string(&mut chars);
                continue;
            }
            c if c.is_control() || is_invisible(c) => continue,
            c if is_mark(c) => {
                let has_base = out.chars().next_back().is_some_and(|b| !b.is_whitespace());
                if has_base && marks < MAX_COMBINING {
                    out.push(c);
                    marks += 1;
                }
                continue;
            }
            c => c,
        };
        out.push(push);
        marks = 0;
    }
    out
}

/// Show `name` (a file name or path from the file system or the command line)
/// safely on one line: C0 controls as their Control Pictures (`␛`, `␊`), DEL as
/// `␡`, C1 controls, bidi and invisible characters as `<U+202E>`, and mark runs
/// capped. Nothing is removed silently, so distinct names stay distinct.
pub fn visible(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut marks = 0usize;
    for c in name.chars() {
        match c {
            '\0'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
            '\u{7f}' => out.push('\u{2421}'),
            c if c.is_control() || is_invisible(c) || matches!(c, '\u{2028}' | '\u{2029}') => {
                let _ = write!(out, "<U+{:04X}>", c as u32);
            }
            c if is_mark(c) => {
                if marks < MAX_COMBINING && !out.is_empty() {
                    out.push(c);
                }
                marks += 1;
                continue;
            }
            c => out.push(c),
        }
        marks = 0;
    }
    out
}

/// True for characters that must never reach output at all: bidi embedding,
/// override and isolate controls, directional marks, zero-width characters,
/// the BOM / word joiner and soft hyphen, filler and tag characters, and other
/// default-ignorable format characters.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{ad}'
        | '\u{61c}'
        | '\u{115f}' | '\u{1160}'
        | '\u{17b4}' | '\u{17b5}'
        | '\u{180b}'..='\u{180f}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}'
        | '\u{3164}'
        | '\u{feff}'
        | '\u{ffa0}'
        | '\u{fff0}'..='\u{fffb}'
        | '\u{fffe}' | '\u{ffff}'
        | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}'
        | '\u{e0000}'..='\u{e007f}'
    )
}

/// Characters that take no column of their own and stack on the previous one:
/// combining marks of every script, variation selectors, conjoining jamo.
fn is_mark(c: char) -> bool {
    c >= '\u{300}' && c.width() == Some(0)
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: drop the whole sequence it starts. Only bytes that belong to an
/// escape sequence are taken, so `ESC` before a line end keeps the line end.
fn skip_escape(chars: &mut Chars) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        // nF escapes: intermediate bytes, then one final byte (ESC ( B, ESC # 8 …).
        Some(' '..='/') => {
            while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
            chars.next_if(|c| ('0'..='~').contains(c));
        }
        // Fp / Fe / Fs escapes: one final byte.
        Some('0'..='~') => {
            chars.next();
        }
        _ => {}
    }
}

/// CSI: parameter and intermediate bytes, then one final byte (`@`..=`~`).
/// Anything else ends the sequence without being taken.
fn skip_csi(chars: &mut Chars) {
    while chars.next_if(|c| (' '..='?').contains(c)).is_some() {}
    chars.next_if(|c| ('@'..='~').contains(c));
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
    use super::{sanitize, visible};

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
        assert_eq!(
            sanitize("Jo\u{3000}Roe\u{2003}said\u{205f}it"),
            "Jo Roe said it"
        );
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
            "a\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{1b}x\u{301}\u{301}",
            "\u{2003}\u{301}x",
            "\u{1b}\n\u{1b}(\n",
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

    #[test]
    fn escape_before_line_end_keeps_the_line_end() {
        assert_eq!(sanitize("a\u{1b}\nb"), "a\nb");
        assert_eq!(sanitize("a\u{1b}[12\nb"), "a\nb");
        assert_eq!(sanitize("a\u{1b}(Bb"), "ab");
    }

    #[test]
    fn marks_of_any_script_capped_and_need_a_base() {
        let hebrew = format!("\u{5d0}{}", "\u{5b4}".repeat(1000));
        assert_eq!(sanitize(&hebrew).chars().count(), 1 + 8);
        assert_eq!(sanitize("x \u{301}y"), "x y");
        assert_eq!(sanitize("e\u{301}"), "e\u{301}");
    }

    #[test]
    fn tag_and_filler_characters_removed() {
        assert_eq!(sanitize("a\u{e0041}\u{e0042}b\u{3164}c"), "abc");
    }

    #[test]
    fn visible_names_show_controls_as_placeholders() {
        assert_eq!(visible("a\u{1b}]0;x\u{7}.txt"), "a\u{241b}]0;x\u{2407}.txt");
        assert_eq!(visible("r\u{202e}txt.exe"), "r<U+202E>txt.exe");
        assert_eq!(visible("n\u{9b}\u{7f}"), "n<U+009B>\u{2421}");
        assert_eq!(visible("plain name.txt"), "plain name.txt");
    }
}
