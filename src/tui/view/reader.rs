//! The reading pane: headline, metadata, paragraphs; quotations in their
//! speaker's colour, speaker names marked, the current statement highlighted.

use super::pane_block;
use crate::corpus::{Article, Corpus};
use crate::tui::state::{LineKind, MarkKind, Pane, ReaderState, State, VisualLine};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use std::borrow::Cow;

/// Draws [`ReaderState`].
pub struct ReaderView<'a> {
    pub state: &'a State,
    pub corpus: &'a Corpus,
}

impl Widget for ReaderView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, corpus) = (self.state, self.corpus);
        let reader = &state.reader;
        let article = reader.article.and_then(|a| corpus.articles.get(a));
        let mut title = vec![Span::raw(" Reader ")];
        if let Some(a) = article {
            let n = reader.statements.len();
            let at = reader
                .current
                .and_then(|c| reader.statements.iter().position(|&s| s == c));
            let count = match at {
                Some(i) => format!("statement {} of {n} · ", i + 1),
                None => format!("{n} statement{} · ", if n == 1 { "" } else { "s" }),
            };
            title.extend(super::find::title_span(state));
            title.push(Span::styled(count, state.theme.header()));
            title.push(Span::styled(format!("{} ", a.file), state.theme.dim()));
        }
        let block = pane_block(state, Pane::Reader, Line::from(title));
        let inner = block.inner(area);
        let lines = article.map(|a| lines_for(reader, a, inner.width));
        if let (Some(lines), Some(_)) = (&lines, article) {
            let total = lines.len();
            let end = (reader.scroll + usize::from(inner.height)).min(total);
            let position = if total == 0 {
                String::new()
            } else {
                format!(" {}–{} of {total} ", (reader.scroll + 1).min(total), end)
            };
            let block = block.title_bottom(Line::from(position).right_aligned());
            block.render(area, buf);
        } else {
            block.render(area, buf);
        }
        let (Some(article), Some(lines)) = (article, lines) else {
            if !inner.is_empty() {
                buf.set_string(inner.x, inner.y, "no article", state.theme.dim());
            }
            return;
        };
        let start = reader.scroll.min(lines.len());
        for (row, line) in lines[start..]
            .iter()
            .take(usize::from(inner.height))
            .enumerate()
        {
            let spans = spans_for(reader, article, line, state.theme);
            buf.set_line(
                inner.x,
                inner.y + row as u16,
                &Line::from(spans),
                inner.width,
            );
            let at = (inner.x, inner.y + row as u16, inner.width);
            super::find::highlight_line(buf, at, article, line, &state.find, state.theme);
        }
    }
}

/// The cached wrap when it fits this width, else a fresh one (only when the
/// view is drawn at a size `update` has not been told about, e.g. in tests).
fn lines_for<'s>(reader: &'s ReaderState, article: &Article, width: u16) -> Cow<'s, [VisualLine]> {
    if reader.wrap_width == width && !reader.lines.is_empty() {
        Cow::Borrowed(&reader.lines)
    } else {
        Cow::Owned(crate::tui::state::wrap_article(
            article,
            &reader.meta,
            usize::from(width),
        ))
    }
}

/// The styled pieces of one screen line.
fn spans_for<'a>(
    reader: &'a ReaderState,
    article: &'a Article,
    line: &VisualLine,
    theme: Theme,
) -> Vec<Span<'a>> {
    let r = line.range.clone();
    match line.kind {
        LineKind::Blank => Vec::new(),
        LineKind::Headline => vec![Span::styled(&article.title[r], theme.headline())],
        LineKind::Meta => vec![Span::styled(&reader.meta[r], theme.dim())],
        LineKind::Body | LineKind::Caption => {
            let base = if line.kind == LineKind::Caption {
                theme.caption()
            } else {
                Style::new()
            };
            let mut spans = Vec::new();
            let mut at = r.start;
            // Marks are sorted and disjoint: start from the first that ends here or later.
            let first = reader.marks.partition_point(|m| m.range.end <= r.start);
            for m in reader.marks[first..]
                .iter()
                .take_while(|m| m.range.start < r.end)
            {
                let (s, e) = (m.range.start.max(r.start), m.range.end.min(r.end));
                if s > at {
                    spans.push(Span::styled(&article.text[at..s], base));
                }
                let style = match m.kind {
                    MarkKind::Quote { statement, speaker } => {
                        if reader.current == Some(statement) {
                            theme.current_quote(speaker)
                        } else {
                            theme.quote(speaker)
                        }
                    }
                    MarkKind::Name { speaker } => theme.speaker_name(speaker),
                };
                spans.push(Span::styled(&article.text[s..e], base.patch(style)));
                at = e;
            }
            if at < r.end {
                spans.push(Span::styled(&article.text[at..r.end], base));
            }
            spans
        }
    }
}
