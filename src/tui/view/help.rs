//! The key help, generated from the keymap in use (defaults and the config's
//! `[keys]`), so it always matches the keys that work.

use crate::tui::bindings::keys_label;
use crate::tui::state::State;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// Draws the help overlay centred over the screen.
pub struct HelpView<'a> {
    pub state: &'a State,
}

/// The help text: one heading per group, one line per binding.
pub fn help_lines(state: &State) -> Vec<Line<'static>> {
    let theme = state.theme;
    let rows = &state.keymap.rows;
    let key_w = rows
        .iter()
        .map(|b| keys_label(b).chars().count())
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    let mut group = "";
    for b in rows {
        if b.group != group {
            if !group.is_empty() {
                lines.push(Line::default());
            }
            group = b.group;
            lines.push(Line::styled(group, theme.header()));
        }
        lines.push(Line::from(vec![
            Span::styled(format!("  {:key_w$}  ", keys_label(b)), theme.headline()),
            Span::raw(b.description),
        ]));
    }
    lines
}

impl Widget for HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = help_lines(self.state);
        let want_w = lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 4;
        let want_h = lines.len() as u16 + 2;
        let [row] = Layout::vertical([Constraint::Length(want_h.min(area.height))])
            .flex(Flex::Center)
            .areas(area);
        let [popup] = Layout::horizontal([Constraint::Length(want_w.min(area.width))])
            .flex(Flex::Center)
            .areas(row);
        Clear.render(popup, buf);
        let block = Block::bordered()
            .title(" Keys ")
            .title_bottom(Line::from(" ? or Esc closes ").right_aligned())
            .border_style(self.state.theme.border(true));
        let max_scroll = lines
            .len()
            .saturating_sub(usize::from(popup.height.saturating_sub(2)));
        let scroll = self.state.help.scroll.min(max_scroll) as u16;
        Paragraph::new(lines)
            .block(block)
            .scroll((scroll, 0))
            .render(popup, buf);
    }
}
