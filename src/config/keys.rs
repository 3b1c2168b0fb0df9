//! Key names as written in the config file ("ctrl-f", "g", "shift-tab", "f5",
//! "pagedown") parsed into a terminal-neutral form. The TUI maps a [`KeySpec`]
//! to its backend's key events; the core stays free of crossterm.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A key without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyName {
    /// A printable character; letters keep their case ("G" is shift-g).
    Char(char),
    /// Function key F1–F24.
    F(u8),
    Enter,
    Esc,
    Tab,
    /// Shift-Tab, as terminals report it.
    BackTab,
    Backspace,
    Delete,
    Insert,
    Home,
    End,
    PageUp,
    PageDown,
    Up,
    Down,
    Left,
    Right,
}

/// Modifier keys held with a key. Shift is kept only where the key name does
/// not already carry it (an upper-case letter, `BackTab`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Modifiers {
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

/// One key combination, e.g. ctrl-w.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeySpec {
    pub key: KeyName,
    pub mods: Modifiers,
}

/// Parse "ctrl-w", "alt-enter", "shift-tab", "G", "space", "f5", "-" (the
/// minus key itself). Names are case-insensitive except single letters.
pub fn parse_key(s: &str) -> Result<KeySpec, String> {
    let raw = s.trim();
    if raw.is_empty() {
        return Err("empty key".into());
    }
    let mut mods = Modifiers::default();
    let mut rest = raw;
    // Modifiers are "name-" prefixes; a lone "-" (or a trailing one) is the key.
    while let Some((head, tail)) = rest.split_once('-') {
        if tail.is_empty() {
            break;
        }
        match head.to_ascii_lowercase().as_str() {
            "ctrl" | "control" | "c" => mods.ctrl = true,
            "alt" | "meta" | "m" | "a" => mods.alt = true,
            "shift" | "s" => mods.shift = true,
            _ => return Err(format!("unknown modifier \"{head}\" in \"{raw}\"")),
        }
        rest = tail;
    }
    let mut chars = rest.chars();
    let key = match (chars.next(), chars.next()) {
        (Some(c), None) => KeyName::Char(c),
        _ => named(&rest.to_ascii_lowercase())
            .ok_or_else(|| format!("unknown key \"{rest}\" in \"{raw}\""))?,
    };
    Ok(normalize(KeySpec { key, mods }))
}

fn named(name: &str) -> Option<KeyName> {
    Some(match name {
        "enter" | "return" | "ret" => KeyName::Enter,
        "esc" | "escape" => KeyName::Esc,
        "tab" => KeyName::Tab,
        "backtab" => KeyName::BackTab,
        "backspace" | "bs" => KeyName::Backspace,
        "delete" | "del" => KeyName::Delete,
        "insert" | "ins" => KeyName::Insert,
        "home" => KeyName::Home,
        "end" => KeyName::End,
        "pageup" | "pgup" => KeyName::PageUp,
        "pagedown" | "pgdn" | "pgdown" => KeyName::PageDown,
        "up" => KeyName::Up,
        "down" => KeyName::Down,
        "left" => KeyName::Left,
        "right" => KeyName::Right,
        "space" | "spc" => KeyName::Char(' '),
        "minus" => KeyName::Char('-'),
        "plus" => KeyName::Char('+'),
        f if f.starts_with('f') => {
            let n: u8 = f[1..].parse().ok()?;
            if (1..=24).contains(&n) {
                KeyName::F(n)
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// One spelling per key: shift-g → G, shift-tab → `BackTab`.
fn normalize(mut k: KeySpec) -> KeySpec {
    match k.key {
        KeyName::Char(c) if k.mods.shift && c.is_lowercase() => {
            k.key = KeyName::Char(c.to_uppercase().next().unwrap_or(c));
            k.mods.shift = false;
        }
        KeyName::Char(c) if c.is_uppercase() => k.mods.shift = false,
        KeyName::Tab if k.mods.shift => {
            k.key = KeyName::BackTab;
            k.mods.shift = false;
        }
        _ => {}
    }
    k
}

impl fmt::Display for KeySpec {
    /// The canonical spelling, as help screens show it: "ctrl-w", "G", "shift-tab".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.mods.alt {
            f.write_str("alt-")?;
        }
        if self.mods.shift {
            f.write_str("shift-")?;
        }
        match self.key {
            KeyName::Char(' ') => f.write_str("space"),
            KeyName::Char(c) => write!(f, "{c}"),
            KeyName::F(n) => write!(f, "f{n}"),
            KeyName::BackTab => f.write_str("shift-tab"),
            other => {
                let s = format!("{other:?}").to_lowercase();
                f.write_str(&s)
            }
        }
    }
}

impl Serialize for KeySpec {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for KeySpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        parse_key(&s).map_err(serde::de::Error::custom)
    }
}

/// One key or a list of keys, as an action's binding in the config file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum KeyList {
    One(KeySpec),
    Many(Vec<KeySpec>),
}

impl<'de> Deserialize<'de> for KeyList {
    /// By hand rather than untagged, so a bad key name is reported as such
    /// instead of "did not match any variant".
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            One(String),
            Many(Vec<String>),
        }
        let parse = |s: &str| parse_key(s).map_err(serde::de::Error::custom);
        let raw = Raw::deserialize(d).map_err(|_| {
            serde::de::Error::custom(
                "expected a key such as \"q\" or \"ctrl-f\", or a list of them",
            )
        })?;
        match raw {
            Raw::One(s) => Ok(KeyList::One(parse(&s)?)),
            Raw::Many(v) => Ok(KeyList::Many(
                v.iter().map(|s| parse(s)).collect::<Result<_, _>>()?,
            )),
        }
    }
}

impl KeyList {
    pub fn keys(&self) -> &[KeySpec] {
        match self {
            KeyList::One(k) => std::slice::from_ref(k),
            KeyList::Many(v) => v,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(key: KeyName, ctrl: bool, alt: bool, shift: bool) -> KeySpec {
        KeySpec {
            key,
            mods: Modifiers { ctrl, alt, shift },
        }
    }

    #[test]
    fn parses_and_normalizes() {
        assert_eq!(
            parse_key("ctrl-w"),
            Ok(k(KeyName::Char('w'), true, false, false))
        );
        assert_eq!(
            parse_key("Ctrl-Alt-Enter"),
            Ok(k(KeyName::Enter, true, true, false))
        );
        assert_eq!(
            parse_key("g"),
            Ok(k(KeyName::Char('g'), false, false, false))
        );
        assert_eq!(parse_key("G"), parse_key("shift-g"));
        assert_eq!(
            parse_key("shift-tab"),
            Ok(k(KeyName::BackTab, false, false, false))
        );
        assert_eq!(
            parse_key("-"),
            Ok(k(KeyName::Char('-'), false, false, false))
        );
        assert_eq!(
            parse_key("ctrl--"),
            Ok(k(KeyName::Char('-'), true, false, false))
        );
        assert_eq!(parse_key("f12"), Ok(k(KeyName::F(12), false, false, false)));
        assert_eq!(
            parse_key("space"),
            Ok(k(KeyName::Char(' '), false, false, false))
        );
        assert_eq!(
            parse_key("shift-up"),
            Ok(k(KeyName::Up, false, false, true))
        );
    }

    #[test]
    fn rejects_unknown_names() {
        assert_eq!(
            parse_key("hyper-x"),
            Err("unknown modifier \"hyper\" in \"hyper-x\"".into())
        );
        assert_eq!(
            parse_key("ctrl-foo"),
            Err("unknown key \"foo\" in \"ctrl-foo\"".into())
        );
        assert!(parse_key("f25").is_err());
        assert!(parse_key("").is_err());
    }

    #[test]
    fn display_round_trips() {
        for s in [
            "ctrl-w",
            "G",
            "shift-tab",
            "alt-enter",
            "space",
            "f5",
            "pagedown",
            "shift-up",
            "-",
        ] {
            let key = parse_key(s).unwrap();
            assert_eq!(key.to_string(), s);
            assert_eq!(parse_key(&key.to_string()), Ok(key));
        }
    }
}
