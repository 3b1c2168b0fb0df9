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
/// a hint whose action has no key is left out. Text fields (search, find,
/// the picker's query) have fixed keys.
fn hints(state: &State) -> String {
    use crate::tui::action::Action::{
        Back, ClearFilter, CompareOrder, CopyCitation, CycleSort, Down, Escape, Export,
        FilterBySpeaker, FocusLeft, FocusNext, FocusRight, NextMatch, NextStatement, Open,
        OpenSearch, PrevMatch, PrevStatement, Quit, SwapSides, ToggleHelp, ToggleRead, ToggleScope,
        ToggleStar, Up, Variants,
    };
    let items: &[(&[Action], &str)] = match state.layer() {
        Layer::Search => return "type to search · ↑↓ select · Enter open · Esc close".into(),
        Layer::Find => return "type to find · Enter keep · Esc cancel".into(),
        Layer::Picker => {
            return "type a name · ↑↓ choose · Enter pick/open · Space add · Tab slot · Esc cancel"
                .into()
        }
        Layer::Help => &[(&[Down, Up], "scroll"), (&[ToggleHelp, Escape], "close")],
        Layer::Pane(Pane::Articles) => &[
            (&[Open], "read"),
            (&[CycleSort], "sort"),
            (&[ClearFilter], "clear filter"),
            (&[FocusNext], "pane"),
            (&[ToggleHelp], "keys"),
            (&[ToggleRead], "read/unread"),
            (&[Quit], "quit"),
        ],
        Layer::Pane(Pane::Reader) => &[
            (&[NextStatement, PrevStatement], "next/prev quote"),
            (&[OpenSearch], "search"),
            (&[NextMatch, PrevMatch], "match"),
            (&[Open], "who said it"),
            (&[Back], "back"),
            (&[ToggleHelp], "keys"),
            (&[CopyCitation], "copy"),
            (&[ToggleStar], "star"),
        ],
        Layer::Pane(Pane::Sidebar) => &[
            (&[Open], "open"),
            (&[ToggleScope], "this article/all"),
            (&[FilterBySpeaker], "filter"),
            (&[Back], "back"),
            (&[ToggleHelp], "keys"),
            (&[Export], "export"),
            (&[ToggleStar], "star"),
            (&[Quit], "quit"),
        ],
        Layer::Compare => &[
            (&[Down, Up], "row"),
            (&[FocusLeft, FocusRight], "side"),
            (&[Open], "read"),
            (&[CompareOrder], "order"),
            (&[SwapSides], "swap"),
            (&[NextStatement, PrevStatement], "speaker"),
            (&[Variants], "variants"),
            (&[Export], "export"),
            (&[Escape], "close"),
        ],
        Layer::Variants => &[
            (&[FocusLeft, FocusRight], "reference"),
            (&[Down, Up], "scroll"),
            (&[Open], "read"),
            (&[Escape], "close"),
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
            Layer::Search => "Search",
            Layer::Find => "Find",
            Layer::Pane(p) => p.title(),
            Layer::Picker => "Pick",
            Layer::Compare => "Compare",
            Layer::Variants => "Variants",
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
