//! The entity sidebar: who said the statement being read, the speakers of the
//! article, other entities, or one speaker's statements.

use super::{pane_block, truncate};
use crate::attribution::EntityKind;
use crate::corpus::Corpus;
use crate::tui::state::{Pane, Scope, SidebarMode, SidebarRow, State};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Draws [`crate::tui::state::SidebarState`].
pub struct SidebarView<'a> {
    pub state: &'a State,
    pub corpus: &'a Corpus,
}

/// Lines a row takes.
pub fn row_height(row: SidebarRow) -> usize {
    match row {
        SidebarRow::Header(_) | SidebarRow::Entity { .. } => 1,
        SidebarRow::Speaker { .. } => 2,
        SidebarRow::Statement(_) => 3,
    }
}

/// Lines above the list: who said the current statement, and the list's title.
pub fn header_height(state: &State) -> usize {
    let now = if state.reader.current.is_some() { 3 } else { 0 };
    let now = now + usize::from(reported_line(state).is_some());
    let title = if matches!(state.sidebar.mode, SidebarMode::Statements { .. }) {
        2
    } else {
        0
    };
    now + title
}

/// "Reported in N articles · v variants" for the current statement, when
/// several articles carried it.
fn reported_line(state: &State) -> Option<String> {
    let current = state.reader.current?;
    super::compare::reported_label(state, current).map(|l| {
        let mut l = l;
        l[..1].make_ascii_uppercase();
        format!("{l} · v variants")
    })
}

impl Widget for SidebarView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, corpus) = (self.state, self.corpus);
        let theme = state.theme;
        let block = pane_block(state, Pane::Sidebar, Line::from(" Who "));
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let width = usize::from(inner.width);
        let bottom = inner.y + inner.height;
        let mut lines: Vec<Line> = Vec::new();
        if let Some(st) = state.reader.current.and_then(|c| corpus.statements.get(c)) {
            let who = st.speaker.and_then(|s| corpus.speakers.get(s));
            let name = who.map_or("unattributed", |s| s.name.as_str());
            let style = st.speaker.map_or(theme.dim(), |s| theme.speaker_name(s));
            lines.push(Line::from(vec![
                Span::styled("Said by ", theme.dim()),
                Span::styled(truncate(name, width.saturating_sub(8)), style),
            ]));
            let role = who.and_then(|s| s.roles.first()).map_or("", String::as_str);
            lines.push(Line::styled(truncate(role, width), theme.dim()));
            if let Some(r) = reported_line(state) {
                lines.push(Line::styled(truncate(&r, width), theme.notice()));
            }
            lines.push(Line::styled("─".repeat(width), theme.dim()));
        }
        if let SidebarMode::Statements { speaker, scope } = state.sidebar.mode {
            let name = corpus
                .speakers
                .get(speaker)
                .map_or("?", |s| s.name.as_str());
            let n = state.sidebar.rows.len();
            let wher = match scope {
                Scope::Article => "this article",
                Scope::Corpus => "all articles",
            };
            lines.push(Line::styled(
                truncate(&format!("{name}: {n} in {wher}"), width),
                theme.header(),
            ));
            lines.push(Line::styled(
                truncate("a: scope · Enter: read · b: back", width),
                theme.dim(),
            ));
        }
        let mut y = inner.y;
        for l in &lines {
            if y >= bottom {
                return;
            }
            buf.set_line(inner.x, y, l, inner.width);
            y += 1;
        }
        let sidebar = &state.sidebar;
        if sidebar.rows.is_empty() {
            if y < bottom {
                buf.set_string(inner.x, y, truncate("nothing found", width), theme.dim());
            }
            return;
        }
        let height = usize::from(bottom - y);
        let offset = super::layout::list_offset(sidebar.offset, sidebar.selected, height, |i| {
            sidebar.rows.get(i).map_or(1, |r| row_height(*r))
        });
        let focused = state.focus == Pane::Sidebar;
        let current_speaker = state.current_speaker(corpus);
        for (i, row) in sidebar.rows.iter().enumerate().skip(offset) {
            if y >= bottom {
                break;
            }
            // Column 0 carries the selection bar, so it shows without styles too.
            let row_lines = self.row_lines(*row, width.saturating_sub(1), current_speaker);
            let h = (row_lines.len() as u16).min(bottom - y);
            let selected = i == sidebar.selected;
            if selected {
                buf.set_style(
                    Rect::new(inner.x, y, inner.width, h),
                    theme.selected(focused),
                );
            }
            for l in row_lines.iter().take(usize::from(h)) {
                if selected {
                    buf.set_string(inner.x, y, "▌", theme.header());
                }
                buf.set_line(inner.x + 1, y, l, inner.width - 1);
                y += 1;
            }
        }
    }
}

impl SidebarView<'_> {
    fn row_lines(
        &self,
        row: SidebarRow,
        width: usize,
        current: Option<usize>,
    ) -> Vec<Line<'static>> {
        let (state, corpus) = (self.state, self.corpus);
        let theme = state.theme;
        match row {
            SidebarRow::Header(t) => vec![Line::styled(truncate(t, width), theme.header())],
            SidebarRow::Speaker { id, count } => {
                let sp = &corpus.speakers[id];
                let marker = if current == Some(id) { "▶ " } else { "  " };
                let count = format!(" {count}");
                let name_w = width.saturating_sub(count.len() + 2);
                let role = sp.roles.first().map_or_else(
                    || match sp.kind {
                        crate::attribution::SpeakerKind::Person => "person",
                        crate::attribution::SpeakerKind::Organisation => "organisation",
                    },
                    String::as_str,
                );
                vec![
                    Line::from(vec![
                        Span::raw(marker),
                        Span::styled(truncate(&sp.name, name_w), theme.speaker_name(id)),
                        Span::styled(count, theme.dim()),
                    ]),
                    Line::styled(truncate(&format!("  {role}"), width), theme.dim()),
                ]
            }
            SidebarRow::Entity { index, mentions } => {
                let e = &corpus.entities[index];
                let icon = match e.kind {
                    EntityKind::Person => "·",
                    EntityKind::Organisation => "◆",
                    EntityKind::Place => "⌂",
                };
                let label = format!("{icon} {} ({mentions})", e.name);
                vec![Line::raw(truncate(&format!("  {label}"), width))]
            }
            SidebarRow::Statement(id) => {
                let st = &corpus.statements[id];
                // The statement being read is marked, like its speaker above.
                let marker = if state.reader.current == Some(id) {
                    "▶ "
                } else {
                    ""
                };
                let star = if state.marks.is_starred(corpus, st) {
                    "★ "
                } else {
                    ""
                };
                // Only the start can show: wrap no more than three lines' worth.
                let head: String = st.text.chars().take(3 * width + 8).collect();
                let text = format!("{marker}{star}“{head}”");
                let wrapped = textwrap::wrap(&text, width.max(1));
                let first = truncate(wrapped.first().map_or("", |l| l), width);
                let rest: String = wrapped
                    .iter()
                    .skip(1)
                    .map(AsRef::as_ref)
                    .collect::<Vec<_>>()
                    .join(" ");
                let style = theme.quote(st.speaker);
                let source =
                    corpus
                        .articles
                        .get(st.article)
                        .map_or(String::new(), |a| match a.date {
                            Some(d) => format!("  ↳ {} · {}", d.human(), a.title),
                            None => format!("  ↳ {}", a.title),
                        });
                vec![
                    Line::styled(first, style),
                    Line::styled(truncate(&rest, width), style),
                    Line::styled(truncate(&source, width), theme.dim()),
                ]
            }
        }
    }
}
