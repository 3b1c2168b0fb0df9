//! Theme colours as the config file writes them: a terminal colour name
//! ("cyan", "light-red"), "reset" (the terminal's own), an index 0–255, or
//! "#rrggbb". The TUI maps them to its backend's colours.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The 16 terminal colour names, in ANSI order.
pub const NAMES: [&str; 16] = [
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "dark-gray",
    "light-red",
    "light-green",
    "light-yellow",
    "light-blue",
    "light-magenta",
    "light-cyan",
    "white",
];

/// One colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    /// The terminal's default foreground or background.
    Reset,
    /// One of [`NAMES`], by index (0 = black … 15 = white).
    Named(u8),
    /// The 256-colour palette.
    Indexed(u8),
    Rgb(u8, u8, u8),
}

/// Parse a colour value.
pub fn parse_colour(s: &str) -> Result<Colour, String> {
    let t = s.trim().to_ascii_lowercase().replace('_', "-");
    if t == "reset" || t == "default" {
        return Ok(Colour::Reset);
    }
    let alias = match t.as_str() {
        "grey" => "gray",
        "dark-grey" => "dark-gray",
        other => other,
    };
    if let Some(i) = NAMES.iter().position(|n| *n == alias) {
        return Ok(Colour::Named(i as u8));
    }
    if let Some(hex) = t.strip_prefix('#') {
        if hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
            return Ok(Colour::Rgb(byte(0), byte(2), byte(4)));
        }
    }
    if let Ok(n) = t.parse::<u8>() {
        return Ok(Colour::Indexed(n));
    }
    Err(format!(
        "unknown colour \"{s}\" (a name such as \"cyan\" or \"light-red\", \"reset\", 0–255, or \"#rrggbb\")"
    ))
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Colour::Reset => f.write_str("reset"),
            Colour::Named(i) => f.write_str(NAMES[usize::from(*i) % 16]),
            Colour::Indexed(n) => write!(f, "{n}"),
            Colour::Rgb(r, g, b) => write!(f, "#{r:02x}{g:02x}{b:02x}"),
        }
    }
}

impl Serialize for Colour {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        parse_colour(&s).map_err(serde::de::Error::custom)
    }
}

/// How many speaker colours the reader cycles through at most.
pub const MAX_SPEAKER_COLOURS: usize = 16;

/// The colours the reader uses, by role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Theme {
    /// Running text.
    pub text: Colour,
    /// Secondary text: outlets, dates, counts, hints (always dimmed too).
    pub muted: Colour,
    /// Borders of the focused pane, headings.
    pub accent: Colour,
    /// Unattributed quotations; every quotation when `speakers` is empty.
    pub quote: Colour,
    /// Speaker names when `speakers` is empty.
    pub speaker: Colour,
    /// Background of the selected line; `reset` shows it in reverse video.
    pub selection: Colour,
    /// Search matches.
    pub matched: Colour,
    /// The star on starred statements.
    pub starred: Colour,
    /// The active filter and confirmations in the status bar.
    pub notice: Colour,
    /// Warnings and errors in the status bar.
    pub error: Colour,
    /// Colours given to speakers in turn, so each speaker's quotations and
    /// name share one colour that differs from the next speaker's.
    pub speakers: Vec<Colour>,
}

impl Default for Theme {
    fn default() -> Self {
        // Speaker colours chosen to stay distinct on dark and light backgrounds.
        let speakers = [12, 10, 13, 3, 14, 9, 2, 5].map(Colour::Named).to_vec();
        Theme {
            text: Colour::Reset,
            muted: Colour::Reset,
            accent: Colour::Named(6),
            quote: Colour::Named(7),
            speaker: Colour::Named(14),
            selection: Colour::Reset,
            matched: Colour::Named(3),
            starred: Colour::Named(11),
            notice: Colour::Named(3),
            error: Colour::Named(9),
            speakers,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_forms() {
        assert_eq!(parse_colour("cyan"), Ok(Colour::Named(6)));
        assert_eq!(parse_colour("Light_Red"), Ok(Colour::Named(9)));
        assert_eq!(parse_colour("dark-grey"), Ok(Colour::Named(8)));
        assert_eq!(parse_colour("#FF8000"), Ok(Colour::Rgb(255, 128, 0)));
        assert_eq!(parse_colour("236"), Ok(Colour::Indexed(236)));
        assert_eq!(parse_colour("reset"), Ok(Colour::Reset));
        assert!(parse_colour("#ff80").is_err());
        assert!(parse_colour("mauve").is_err());
        assert!(parse_colour("256").is_err());
        for c in [
            Colour::Named(9),
            Colour::Rgb(1, 2, 3),
            Colour::Indexed(7),
            Colour::Reset,
        ] {
            assert_eq!(parse_colour(&c.to_string()), Ok(c));
        }
    }
}
