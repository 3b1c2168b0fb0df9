//! The status bar: the loading summary, the focused pane and key hints.

use super::truncate;
use crate::corpus::Corpus;
use crate::tui::state::{Layer, Pane, State};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Draws the one-line status bar.
pub struct StatusView<'a> {
    pub state: &'a State,
    pub corpus: &'a Corpus,
}

fn hints(layer: Layer) -> &'static str {
    match layer {
        Layer::Help => "j/k scroll · ? or Esc close",
        Layer::Search => "type to search · ↑↓ select · Enter open · Esc close",
        Layer::Find => "type to find · Enter keep · Esc cancel",
        Layer::Pane(Pane::Articles) => {
            "Enter read · s sort · x clear filter · Tab pane · ? keys · q quit"
        }
        Layer::Pane(Pane::Reader) => {
            "]/[ next/prev quote · / search · n/N match · Enter who said it · b back · ? keys"
        }
        Layer::Pane(Pane::Sidebar) => {
            "Enter open · a this article/all · f filter · b back · ? keys · q quit"
        }
    }
}

impl Widget for StatusView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let theme = state.theme;
        let layer = state.layer();
        let pane = match layer {
            Layer::Help => "Help",
            Layer::Search => "Search",
            Layer::Find => "Find",
            Layer::Pane(p) => p.title(),
        };
        let summary = self.corpus.report.summary();
        let width = usize::from(area.width);
        let left = format!(" {pane} ");
        let hint = hints(layer);
        let room = width.saturating_sub(left.chars().count() + hint.chars().count() + 3);
        // The loading summary matters more than hints: give it up to half the line.
        let room = room.max(summary.chars().count().min(width / 2));
        let line = Line::from(vec![
            Span::styled(left, theme.selected(true)),
            Span::raw(" "),
            Span::styled(truncate(&summary, room), theme.dim()),
            Span::raw(" │ "),
            Span::raw(hint),
        ]);
        buf.set_line(area.x, area.y, &line, area.width);
    }
}
