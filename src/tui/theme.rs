//! Colours and text styles. Every distinction made with colour is also made
//! with a modifier, so `NO_COLOR` terminals keep them (bold, underline, reverse).

use crate::attribution::SpeakerId;
use ratatui::style::{Color, Modifier, Style};

/// Speaker colours, chosen to stay distinct on dark and light backgrounds.
const PALETTE: [Color; 8] = [
    Color::LightBlue,
    Color::LightGreen,
    Color::LightMagenta,
    Color::Yellow,
    Color::LightCyan,
    Color::LightRed,
    Color::Green,
    Color::Magenta,
];

/// The styles the views use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// False when `NO_COLOR` is set: only modifiers are used.
    pub color: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme { color: true }
    }
}

impl Theme {
    /// Colour unless the `NO_COLOR` convention (<https://no-color.org>) asks otherwise.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// A speaker's own colour.
    pub fn speaker_color(self, speaker: SpeakerId) -> Style {
        self.fg(PALETTE[speaker % PALETTE.len()])
    }

    /// Quoted words: the speaker's colour; underlined without colour.
    pub fn quote(self, speaker: Option<SpeakerId>) -> Style {
        match (speaker, self.color) {
            (Some(s), true) => self.speaker_color(s),
            (None, true) => Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
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

    /// Secondary text: metadata, captions, counts.
    pub fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn caption(self) -> Style {
        self.dim().add_modifier(Modifier::ITALIC)
    }

    /// The selected row of a list.
    pub fn selected(self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    /// Border of a pane; the focused one stands out.
    pub fn border(self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, _) => self.dim(),
        }
    }

    pub fn header(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Characters of a search hit that matched the query.
    pub fn search_match(self) -> Style {
        self.fg(Color::Yellow)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// A hit's kind label in the search popup.
    pub fn kind(self, kind: crate::search::Kind) -> Style {
        use crate::search::Kind;
        match kind {
            Kind::Title => self.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Kind::Speaker => self.fg(Color::LightMagenta),
            Kind::Statement => self.fg(Color::LightGreen),
            Kind::Paragraph => self.dim(),
        }
    }

    /// A match of the find in the reader.
    pub fn find_match(self) -> Style {
        if self.color {
            Style::new().bg(Color::Yellow).fg(Color::Black)
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
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_colour_quotes_and_names_still_differ_from_plain_text() {
        let t = Theme { color: false };
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
}
