//! Colours and text styles. Every distinction made with colour is also made
//! with a modifier, so `NO_COLOR` terminals keep them (bold, underline, reverse).

use crate::attribution::SpeakerId;
use ratatui::style::{Color, Modifier, Style};

/// How many speaker colours a theme holds at most.
const SPEAKER_COLOURS: usize = crate::config::MAX_SPEAKER_COLOURS;

/// The styles the views use: the config file's colours by role (see
/// [`crate::config::Theme`]), or none at all under `NO_COLOR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// False when `NO_COLOR` is set: only modifiers are used.
    pub color: bool,
    pub colours: Colours,
}

/// The colours by role, resolved for the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colours {
    pub text: Color,
    pub muted: Color,
    pub accent: Color,
    pub quote: Color,
    pub speaker: Color,
    pub selection: Color,
    pub matched: Color,
    pub starred: Color,
    pub notice: Color,
    pub error: Color,
    /// Speaker colours in turn; the first `speakers_len` are used.
    pub speakers: [Color; SPEAKER_COLOURS],
    pub speakers_len: usize,
}

impl Default for Theme {
    fn default() -> Self {
        Theme::from_config(&crate::config::Theme::default(), true)
    }
}

/// A config colour as ratatui's.
pub fn colour(c: crate::config::Colour) -> Color {
    use crate::config::Colour as C;
    const NAMED: [Color; 16] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match c {
        C::Reset => Color::Reset,
        C::Named(i) => NAMED[usize::from(i) % 16],
        C::Indexed(n) => Color::Indexed(n),
        C::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

impl Theme {
    /// Colour unless the `NO_COLOR` convention (<https://no-color.org>) asks otherwise.
    pub fn from_env() -> Theme {
        Theme::from_config(&crate::config::Theme::default(), !no_color_env())
    }

    /// The config's colours; `color` false (`NO_COLOR`) keeps only modifiers.
    pub fn from_config(t: &crate::config::Theme, color: bool) -> Theme {
        let mut speakers = [Color::Reset; SPEAKER_COLOURS];
        for (slot, c) in speakers.iter_mut().zip(&t.speakers) {
            *slot = colour(*c);
        }
        Theme {
            color,
            colours: Colours {
                text: colour(t.text),
                muted: colour(t.muted),
                accent: colour(t.accent),
                quote: colour(t.quote),
                speaker: colour(t.speaker),
                selection: colour(t.selection),
                matched: colour(t.matched),
                starred: colour(t.starred),
                notice: colour(t.notice),
                error: colour(t.error),
                speakers,
                speakers_len: t.speakers.len().min(SPEAKER_COLOURS),
            },
        }
    }

    /// No colour at all, as under `NO_COLOR`.
    pub fn no_color() -> Theme {
        Theme {
            color: false,
            ..Theme::default()
        }
    }

    fn fg(self, color: Color) -> Style {
        if self.color && color != Color::Reset {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// A speaker's own colour.
    pub fn speaker_color(self, speaker: SpeakerId) -> Style {
        let c = &self.colours;
        match c.speakers_len {
            0 => self.fg(c.speaker),
            n => self.fg(c.speakers[speaker % n]),
        }
    }

    /// Quoted words: the speaker's colour; underlined without colour.
    pub fn quote(self, speaker: Option<SpeakerId>) -> Style {
        let c = &self.colours;
        match (speaker, self.color) {
            (Some(s), true) if c.speakers_len > 0 => self.fg(c.speakers[s % c.speakers_len]),
            (Some(_), true) => self.fg(c.quote),
            (None, true) => self.fg(c.quote).add_modifier(Modifier::ITALIC),
            (_, false) => Style::new().add_modifier(Modifier::UNDERLINED),
        }
    }

    /// The statement being read: reversed, in colour or not.
    pub fn current_quote(self, speaker: Option<SpeakerId>) -> Style {
        self.quote(speaker)
            .add_modifier(Modifier::REVERSED)
            .remove_modifier(Modifier::UNDERLINED)
    }

    /// A speaker's name in the text: bold in the speaker's colour.
    pub fn speaker_name(self, speaker: SpeakerId) -> Style {
        self.speaker_color(speaker).add_modifier(Modifier::BOLD)
    }

    pub fn headline(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Running text.
    pub fn text(self) -> Style {
        self.fg(self.colours.text)
    }

    /// Secondary text: metadata, captions, counts.
    pub fn dim(self) -> Style {
        self.fg(self.colours.muted).add_modifier(Modifier::DIM)
    }

    pub fn caption(self) -> Style {
        self.dim().add_modifier(Modifier::ITALIC)
    }

    /// The selected row of a list.
    pub fn selected(self, focused: bool) -> Style {
        let bg = self.colours.selection;
        if focused && self.color && bg != Color::Reset {
            Style::new().bg(bg).add_modifier(Modifier::BOLD)
        } else if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    /// Border of a pane; the focused one stands out.
    pub fn border(self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => self.fg(self.colours.accent).add_modifier(Modifier::BOLD),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, _) => self.dim(),
        }
    }

    pub fn header(self) -> Style {
        self.fg(self.colours.accent).add_modifier(Modifier::BOLD)
    }

    /// Characters of a search hit that matched the query.
    pub fn search_match(self) -> Style {
        self.fg(self.colours.matched)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// A hit's kind label in the search popup.
    pub fn kind(self, kind: crate::search::Kind) -> Style {
        use crate::search::Kind;
        match kind {
            Kind::Title => self.fg(self.colours.accent).add_modifier(Modifier::BOLD),
            Kind::Speaker => self.fg(Color::LightMagenta),
            Kind::Statement => self.fg(Color::LightGreen),
            Kind::Paragraph => self.dim(),
        }
    }

    /// A match of the find in the reader.
    pub fn find_match(self) -> Style {
        if self.color {
            Style::new().bg(self.colours.matched).fg(Color::Black)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
        }
    }

    /// The match n / N stepped to.
    pub fn find_current(self) -> Style {
        if self.color {
            Style::new()
                .bg(Color::LightRed)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    /// Hints and notices (the active filter, the sort order).
    pub fn notice(self) -> Style {
        self.fg(self.colours.notice).add_modifier(Modifier::BOLD)
    }

    /// The star on a starred statement.
    pub fn starred(self) -> Style {
        self.fg(self.colours.starred).add_modifier(Modifier::BOLD)
    }

    /// Warnings and errors in the status bar.
    pub fn error(self) -> Style {
        self.fg(self.colours.error).add_modifier(Modifier::BOLD)
    }
}

/// Whether `NO_COLOR` is set to something (<https://no-color.org>).
pub fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_colour_quotes_and_names_still_differ_from_plain_text() {
        let t = Theme::no_color();
        assert_eq!(t.quote(Some(1)).fg, None);
        assert!(t.quote(Some(1)).add_modifier.contains(Modifier::UNDERLINED));
        assert!(t
            .current_quote(Some(1))
            .add_modifier
            .contains(Modifier::REVERSED));
        assert!(t.speaker_name(1).add_modifier.contains(Modifier::BOLD));
        assert_ne!(t.quote(Some(1)), t.current_quote(Some(1)));
    }

    #[test]
    fn speakers_get_different_colours() {
        let t = Theme::default();
        assert_ne!(t.quote(Some(0)).fg, t.quote(Some(1)).fg);
    }

    #[test]
    fn config_colours_reach_the_styles_and_no_color_drops_them() {
        let cfg = crate::config::Config::parse(
            "[theme]\naccent = \"#ff8000\"\nselection = \"236\"\nspeakers = []\nquote = \"red\"\nmuted = \"dark-gray\"\n",
        )
        .unwrap();
        let t = Theme::from_config(&cfg.theme, true);
        assert_eq!(t.border(true).fg, Some(Color::Rgb(255, 128, 0)));
        assert_eq!(t.header().fg, Some(Color::Rgb(255, 128, 0)));
        assert_eq!(t.selected(true).bg, Some(Color::Indexed(236)));
        assert_eq!(t.quote(Some(3)).fg, Some(Color::Red));
        assert_eq!(t.dim().fg, Some(Color::DarkGray));
        let plain = Theme::from_config(&cfg.theme, false);
        assert_eq!(plain.border(true).fg, None);
        assert_eq!(plain.selected(true).bg, None);
        assert!(plain
            .selected(true)
            .add_modifier
            .contains(Modifier::REVERSED));
        assert!(plain.dim().add_modifier.contains(Modifier::DIM));
    }
}
