//! The article list pane: title, then outlet · date · statement count.

use super::{pane_block, truncate};
use crate::corpus::Corpus;
use crate::tui::state::{Pane, State};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Draws [`crate::tui::state::ArticleListState`].
pub struct ArticleListView<'a> {
    pub state: &'a State,
    pub corpus: &'a Corpus,
}

impl Widget for ArticleListView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, corpus) = (self.state, self.corpus);
        let list = &state.articles;
        let theme = state.theme;
        let title = Line::from(vec![
            Span::raw(format!(" Articles ({}) ", list.order.len())),
            Span::styled(format!("sort: {} ", list.sort.label()), theme.dim()),
        ]);
        let block = pane_block(state, Pane::Articles, title);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let width = usize::from(inner.width);
        let mut y = inner.y;
        let bottom = inner.y + inner.height;
        if let Some(s) = list.filter.and_then(|s| corpus.speakers.get(s)) {
            let text = truncate(&format!("only quoting {} · x clears", s.name), width);
            buf.set_string(inner.x, y, text, theme.notice());
            y += 1;
        }
        if list.order.is_empty() {
            if y < bottom {
                buf.set_string(inner.x, y, truncate("no article", width), theme.dim());
            }
            return;
        }
        let height = usize::from(bottom - y);
        let offset = super::layout::list_offset(list.offset, list.selected, height, |_| 2);
        let focused = state.focus == Pane::Articles;
        for (i, &id) in list.order.iter().enumerate().skip(offset) {
            if y >= bottom {
                break;
            }
            let a = &corpus.articles[id];
            let selected = i == list.selected;
            let marker = if selected { "▌" } else { " " };
            let title = truncate(&a.title, width.saturating_sub(1));
            let count = list.counts.get(id).copied().unwrap_or(0);
            let mut meta: Vec<String> = Vec::new();
            meta.extend(a.outlet.clone());
            meta.push(a.date.map_or_else(|| "no date".into(), |d| d.human()));
            meta.push(format!(
                "{count} statement{}",
                if count == 1 { "" } else { "s" }
            ));
            let meta = truncate(&meta.join(" · "), width.saturating_sub(1));
            let row = Rect::new(inner.x, y, inner.width, 2.min(bottom - y));
            if selected {
                buf.set_style(row, theme.selected(focused));
            }
            buf.set_string(inner.x, y, marker, theme.header());
            // Read articles are dimmed; unread ones stand out in bold.
            let title_style = if state.marks.is_read(a) {
                theme.dim()
            } else {
                theme.headline()
            };
            buf.set_string(inner.x + 1, y, title, title_style);
            if y + 1 < bottom {
                buf.set_string(inner.x, y + 1, marker, theme.header());
                buf.set_string(inner.x + 1, y + 1, meta, theme.dim());
            }
            y += 2;
        }
    }
}
