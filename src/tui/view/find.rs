//! Find in the reader: every match highlighted over the drawn text, the
//! current one stronger, and the Ctrl-F prompt on the status line. Matches are
//! byte ranges of the article text, turned into columns per drawn line, so
//! they stay right at any width.

use crate::corpus::Article;
use crate::tui::state::{FindState, LineKind, State, VisualLine};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

/// Restyle the cells of the matches on one drawn reader line at (`left`, `row`).
pub fn highlight_line(
    buf: &mut Buffer,
    (left, row, width): (u16, u16, u16),
    article: &Article,
    line: &VisualLine,
    find: &FindState,
    theme: Theme,
) {
    if !matches!(line.kind, LineKind::Body | LineKind::Caption) || find.matches.is_empty() {
        return;
    }
    let span = line.range.clone();
    let first = find.matches.partition_point(|m| m.end <= span.start);
    for (i, m) in find
        .matches
        .iter()
        .enumerate()
        .skip(first)
        .take_while(|(_, m)| m.start < span.end)
    {
        let (start, end) = (m.start.max(span.start), m.end.min(span.end));
        let (Some(before), Some(word)) = (
            article.text.get(span.start..start),
            article.text.get(start..end),
        ) else {
            continue;
        };
        let from = before.width();
        let to = (from + word.width()).min(usize::from(width));
        let style = if find.current == Some(i) {
            theme.find_current()
        } else {
            theme.find_match()
        };
        // Inside the current statement (reversed), keep the match's own colours.
        let style = if theme.color {
            style.remove_modifier(Modifier::REVERSED)
        } else {
            style
        };
        for col in from..to {
            if let Some(cell) = buf.cell_mut((left + col as u16, row)) {
                cell.set_style(style);
            }
        }
    }
}

/// The reader title's find counter, first so narrow panes keep it:
/// "find 3/14: peskov · ".
pub fn title_span(state: &State) -> Option<Span<'static>> {
    let find = &state.find;
    if !find.active() {
        return None;
    }
    let query = super::truncate(find.query.trim(), 16);
    Some(Span::styled(
        format!("find {}: {query} · ", find.counter()),
        state.theme.notice(),
    ))
}

/// The Ctrl-F prompt, drawn over the status bar while open.
pub struct FindPromptView<'a> {
    pub state: &'a State,
}

impl Widget for FindPromptView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let Some(prompt) = &state.find.prompt else {
            return;
        };
        let theme = state.theme;
        let input = &prompt.input;
        let at = input.text[input.cursor..].chars().next();
        let after = input.cursor + at.map_or(0, char::len_utf8);
        let counter = if state.find.active() {
            format!("  {}", state.find.counter())
        } else {
            String::new()
        };
        ratatui::widgets::Clear.render(area, buf);
        let line = Line::from(vec![
            Span::styled(" Find: ", theme.selected(true)),
            Span::raw(" "),
            Span::raw(&input.text[..input.cursor]),
            Span::styled(
                at.map_or(" ".to_string(), String::from),
                Style::new().add_modifier(Modifier::REVERSED),
            ),
            Span::raw(&input.text[after..]),
            Span::styled(counter, theme.notice()),
            Span::styled("   Enter keep · Esc cancel", theme.dim()),
        ]);
        buf.set_line(area.x, area.y, &line, area.width);
    }
}
