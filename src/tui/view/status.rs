//! The status bar: the loading summary, the focused pane and key hints.

use super::truncate;
use crate::corpus::Corpus;
use crate::tui::action::Action;
use crate::tui::state::{Layer, NoticeKind, Pane, State};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Draws the one-line status bar.
pub struct StatusView<'a> {
    pub state: &'a State,
    pub corpus: &'a Corpus,
}

/// Key hints for a layer, with the keys in use ("] next quote · y copy …");
/// an action without a key is left out.
fn hints(state: &State) -> String {
    use crate::tui::action::Action::{
        Back, ClearFilter, CopyCitation, CycleSort, Down, Escape, Export, FilterBySpeaker,
        FocusNext, NextStatement, Open, PrevStatement, Quit, ToggleHelp, ToggleRead, ToggleScope,
        ToggleStar, Up,
    };
    let items: &[(&[Action], &str)] = match state.layer() {
        Layer::Help => &[(&[Down, Up], "scroll"), (&[ToggleHelp, Escape], "close")],
        Layer::Pane(Pane::Articles) => &[
            (&[Open], "read"),
            (&[CycleSort], "sort"),
            (&[ToggleRead], "read/unread"),
            (&[ClearFilter], "clear filter"),
            (&[FocusNext], "pane"),
            (&[ToggleHelp], "keys"),
            (&[Quit], "quit"),
        ],
        Layer::Pane(Pane::Reader) => &[
            (&[NextStatement, PrevStatement], "next/prev quote"),
            (&[Open], "who said it"),
            (&[CopyCitation], "copy"),
            (&[ToggleStar], "star"),
            (&[Back], "back"),
            (&[ToggleHelp], "keys"),
            (&[Quit], "quit"),
        ],
        Layer::Pane(Pane::Sidebar) => &[
            (&[Open], "open"),
            (&[ToggleScope], "this article/all"),
            (&[FilterBySpeaker], "filter"),
            (&[Export], "export"),
            (&[ToggleStar], "star"),
            (&[Back], "back"),
            (&[ToggleHelp], "keys"),
            (&[Quit], "quit"),
        ],
    };
    let mut out: Vec<String> = Vec::new();
    for (actions, words) in items {
        let keys: Vec<String> = actions
            .iter()
            .filter_map(|a| state.keymap.key_label(*a))
            .collect();
        if keys.len() == actions.len() {
            out.push(format!("{} {words}", keys.join("/")));
        }
    }
    out.join(" · ")
}

impl Widget for StatusView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let theme = state.theme;
        let layer = state.layer();
        let pane = match layer {
            Layer::Help => "Help",
            Layer::Pane(p) => p.title(),
        };
        let width = usize::from(area.width);
        let left = format!(" {pane} ");
        let hint = hints(state);
        if let Some(notice) = &state.notice {
            // A notice answers the last key: it comes before the hints.
            let style = match notice.kind {
                NoticeKind::Info => theme.notice(),
                NoticeKind::Warning => theme.error(),
            };
            let room = width.saturating_sub(left.chars().count() + 1);
            let text = truncate(&notice.text, room);
            let rest = room.saturating_sub(text.chars().count() + 3);
            let mut spans = vec![
                Span::styled(left, theme.selected(true)),
                Span::raw(" "),
                Span::styled(text, style),
            ];
            if rest > 10 {
                spans.push(Span::raw(" │ "));
                spans.push(Span::styled(truncate(&hint, rest), theme.dim()));
            }
            buf.set_line(area.x, area.y, &Line::from(spans), area.width);
            return;
        }
        let summary = self.corpus.report.summary();
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
