//! Drawing. Each view borrows the state and the corpus and never changes
//! them; [`Screen`] lays the panes out and draws overlays last, over `Clear`.

pub mod article_list;
pub mod compare;
pub mod find;
pub mod help;
pub mod layout;
pub mod marks;
pub mod picker;
pub mod reader;
pub mod search;
pub mod sidebar;
pub mod status;
pub mod variants;

use super::state::{Pane, State};
use crate::corpus::Corpus;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

/// The whole screen.
pub struct Screen<'a> {
    pub state: &'a State,
    pub corpus: &'a Corpus,
}

impl<'a> Screen<'a> {
    pub fn new(state: &'a State, corpus: &'a Corpus) -> Screen<'a> {
        Screen { state, corpus }
    }
}

impl Widget for Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, corpus) = (self.state, self.corpus);
        let mut panes =
            layout::panes_sized(area.width, area.height, state.focus, state.sidebar_width);
        for r in [
            &mut panes.tabs,
            &mut panes.articles,
            &mut panes.reader,
            &mut panes.sidebar,
            &mut panes.status,
        ]
        .into_iter()
        .flatten()
        {
            r.x += area.x;
            r.y += area.y;
        }
        if let Some(r) = panes.tabs {
            Tabs { state }.render(r, buf);
        }
        if let Some(r) = panes.articles {
            article_list::ArticleListView { state, corpus }.render(r, buf);
        }
        if let Some(r) = panes.reader {
            reader::ReaderView { state, corpus }.render(r, buf);
            marks::reader_stars(state, corpus, r, buf);
        }
        if let Some(r) = panes.sidebar {
            sidebar::SidebarView { state, corpus }.render(r, buf);
        }
        if let Some(r) = panes.status {
            status::StatusView { state, corpus }.render(r, buf);
        }
        let mut body = compare::body(area.width, area.height);
        body.x += area.x;
        body.y += area.y;
        if state.compare.view_shown() {
            compare::CompareScreen { state, corpus }.render(body, buf);
        }
        if state.compare.variants_shown() {
            variants::VariantsScreen { state, corpus }.render(body, buf);
        }
        if state.compare.picker.is_some() {
            picker::PickerView { state, corpus }.render(area, buf);
        }
        if state.help.open {
            help::HelpView { state }.render(area, buf);
        }
        if let Some(r) = panes.status.filter(|_| state.find.prompt.is_some()) {
            find::FindPromptView { state }.render(r, buf);
        }
        if state.search.open {
            search::SearchView { state, corpus }.render(area, buf);
        }
    }
}

/// A bordered pane with its title; the focused one stands out.
pub(crate) fn pane_block<'a>(state: &State, pane: Pane, title: Line<'a>) -> Block<'a> {
    let focused = state.focus == pane;
    Block::bordered()
        .border_style(state.theme.border(focused))
        .title(title)
}

/// The tab line of the narrow layout: one pane at a time.
struct Tabs<'a> {
    state: &'a State,
}

impl Widget for Tabs<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let mut spans = Vec::new();
        for (i, p) in Pane::ALL.into_iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled(" │ ", self.state.theme.dim()));
            }
            let style = if p == self.state.focus {
                self.state.theme.selected(true)
            } else {
                self.state.theme.dim()
            };
            spans.push(Span::styled(format!(" {} ", p.title()), style));
        }
        spans.push(Span::styled("  Tab: next pane", self.state.theme.dim()));
        buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    }
}

/// Cut `text` to `width` columns, ending with "…" when cut.
pub(crate) fn truncate(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if unicode_width::UnicodeWidthStr::width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests;
