//! The speaker picker, a popup over the screen: the two slots (left and
//! right, plus any extra right speakers), the query, and the matching
//! speakers with the matched letters marked.

use super::truncate;
use crate::corpus::Corpus;
use crate::tui::state::{PickerMatch, PickerState, State};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// Lines of the popup that are not the list: slots, query, rule, hint.
const CHROME: u16 = 4;

/// The popup's rectangle on a `width`×`height` screen.
pub fn popup(width: u16, height: u16) -> Rect {
    let area = Rect::new(0, 0, width, height.saturating_sub(1).max(1).min(height));
    let [row] = Layout::vertical([Constraint::Length(24.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(76.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    popup
}

/// How many speakers the list shows at this screen size.
pub fn list_height(width: u16, height: u16) -> usize {
    let inner = super::layout::inner(popup(width, height));
    usize::from(inner.height.saturating_sub(CHROME)).max(1)
}

/// Draws [`PickerState`].
pub struct PickerView<'a> {
    pub state: &'a State,
    pub corpus: &'a Corpus,
}

impl Widget for PickerView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, corpus) = (self.state, self.corpus);
        let Some(picker) = state.compare.picker.as_ref() else {
            return;
        };
        let theme = state.theme;
        let mut rect = popup(area.width, area.height);
        rect.x += area.x;
        rect.y += area.y;
        Clear.render(rect, buf);
        let block = Block::bordered()
            .border_style(theme.border(true))
            .title(Span::styled(" Compare: pick speakers ", theme.header()))
            .title_bottom(
                Line::from(" Enter pick/open · Space add · Tab slot · Esc cancel ").right_aligned(),
            );
        let inner = block.inner(rect);
        block.render(rect, buf);
        if inner.is_empty() {
            return;
        }
        let width = usize::from(inner.width);
        let mut lines = vec![slots_line(state, corpus, picker, width)];
        let which = if picker.slot == 0 { "left" } else { "right" };
        lines.push(Line::from(vec![
            Span::styled("› ", theme.header()),
            Span::raw(picker.query.clone()),
            Span::styled("▏", theme.notice()),
            Span::styled(format!("  type a name for the {which} column"), theme.dim()),
        ]));
        lines.push(Line::styled("─".repeat(width), theme.dim()));
        for (y, l) in (inner.y..inner.bottom()).zip(&lines) {
            buf.set_line(inner.x, y, l, inner.width);
        }
        let top = inner.y + 3;
        let height = usize::from(inner.bottom().saturating_sub(top));
        if picker.matches.is_empty() {
            if height > 0 {
                buf.set_string(inner.x, top, "no speaker matches", theme.dim());
            }
            return;
        }
        let offset = super::layout::list_offset(picker.offset, picker.selected, height, |_| 1);
        for (k, m) in picker.matches.iter().enumerate().skip(offset).take(height) {
            let y = top + (k - offset) as u16;
            let line = match_line(state, corpus, picker, m, width);
            if k == picker.selected {
                buf.set_style(Rect::new(inner.x, y, inner.width, 1), theme.selected(true));
            }
            buf.set_line(inner.x, y, &line, inner.width);
        }
    }
}

/// "◀ Antony Blinken   ▶ Dmitry Peskov  + John Kirby": the slot being
/// filled stands out.
fn slots_line(state: &State, corpus: &Corpus, picker: &PickerState, width: usize) -> Line<'static> {
    let theme = state.theme;
    let name = |i: usize| {
        picker
            .chosen
            .get(i)
            .and_then(|&s| corpus.speakers.get(s))
            .map_or_else(|| "(none)".to_string(), |s| s.name.clone())
    };
    let slot_style = |i: usize| {
        if picker.slot == i {
            theme.selected(true)
        } else {
            theme.headline()
        }
    };
    let half = width.saturating_sub(6) / 2;
    let mut spans = vec![
        Span::styled("◀ ", theme.dim()),
        Span::styled(truncate(&name(0), half), slot_style(0)),
        Span::styled("  ▶ ", theme.dim()),
        Span::styled(truncate(&name(1), half), slot_style(1)),
    ];
    let extra = picker.chosen.len().saturating_sub(2);
    if extra > 0 {
        spans.push(Span::styled(
            format!("  +{extra} (] [ cycles)"),
            theme.notice(),
        ));
    }
    Line::from(spans)
}

/// One speaker: where it is chosen, its name with the matched letters
/// marked, the alias that matched, its statement count and role.
fn match_line(
    state: &State,
    corpus: &Corpus,
    picker: &PickerState,
    m: &PickerMatch,
    width: usize,
) -> Line<'static> {
    let theme = state.theme;
    let sp = &corpus.speakers[m.speaker];
    let mark = match picker.chosen.iter().position(|&s| s == m.speaker) {
        Some(0) => "◀ ",
        Some(1) => "▶ ",
        Some(_) => "+ ",
        None => "  ",
    };
    let hit = theme
        .speaker_name(m.speaker)
        .add_modifier(Modifier::UNDERLINED);
    let plain = theme.speaker_color(m.speaker);
    let letters = |text: &str, style_plain| -> Vec<Span<'static>> {
        text.chars()
            .enumerate()
            .map(|(i, c)| {
                let style = if m.positions.contains(&i) {
                    hit
                } else {
                    style_plain
                };
                Span::styled(c.to_string(), style)
            })
            .collect()
    };
    let mut spans = vec![Span::styled(mark, theme.notice())];
    match &m.alias {
        None => spans.extend(letters(&sp.name, plain)),
        Some(alias) => {
            spans.push(Span::styled(sp.name.clone(), plain));
            spans.push(Span::styled(" (", theme.dim()));
            spans.extend(letters(alias, theme.dim()));
            spans.push(Span::styled(")", theme.dim()));
        }
    }
    let n = sp.statements.len();
    let role = sp
        .roles
        .first()
        .map_or(String::new(), |r| format!(" · {r}"));
    let used: usize = spans.iter().map(Span::width).sum();
    let rest = format!("  {n} quoted{role}");
    spans.push(Span::styled(
        truncate(&rest, width.saturating_sub(used)),
        theme.dim(),
    ));
    Line::from(spans)
}
