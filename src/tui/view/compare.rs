//! The compare view: two speakers in two columns (stacked on narrow
//! terminals), paired statements on one row with their shared words
//! underlined, each statement with its article, outlet, date and how many
//! articles carried it. The geometry here is shared with `update`, which
//! needs row heights to keep the focused row on screen.

use super::{layout, truncate};
use crate::attribution::StatementId;
use crate::compare::{Row, RowOrder};
use crate::corpus::Corpus;
use crate::tui::state::{CompareView, Side, State};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use std::ops::Range;

mod text;
pub(crate) use text::{reported_label, source_lines, styled_wrap};

/// Below this width the two columns are stacked.
pub const STACK_BELOW: u16 = 80;
/// Lines above the rows: the two speakers and a rule.
const HEADER: u16 = 3;
/// A statement longer than this many lines is cut (Enter reads it whole).
const MAX_TEXT_LINES: usize = 14;
/// Between the columns: " │ ".
const GUTTER: u16 = 3;

/// The screen above the status bar, where the full-screen compare layers draw.
pub fn body(width: u16, height: u16) -> Rect {
    let h = if height >= 2 { height - 1 } else { height };
    Rect::new(0, 0, width, h)
}

/// The rows' area inside the border, under the header.
pub fn rows_area(body: Rect) -> Rect {
    let inner = layout::inner(body);
    let header = HEADER.min(inner.height);
    Rect {
        y: inner.y + header,
        height: inner.height - header,
        ..inner
    }
}

/// Whether a view this wide stacks its columns.
pub fn stacked(width: u16) -> bool {
    width < STACK_BELOW
}

/// Width of one column (wide layout) and x offset of the right column.
fn columns(width: u16) -> (u16, u16) {
    let col = width.saturating_sub(GUTTER) / 2;
    (col, col + GUTTER)
}

/// Width of the text inside a cell: the cell less the focus bar and a space.
fn text_width(view_width: u16) -> usize {
    let cell = if stacked(view_width) {
        view_width
    } else {
        columns(view_width).0
    };
    usize::from(cell.saturating_sub(2)).max(1)
}

/// One row, laid out: each side's lines and the footer of a pair.
pub struct RowBlock {
    /// In topic order, the topic's name above its first row.
    pub topic: Option<Line<'static>>,
    pub left: Vec<Line<'static>>,
    pub right: Vec<Line<'static>>,
    pub footer: Option<Line<'static>>,
    pub stacked: bool,
}

impl RowBlock {
    /// Lines the row takes, with the blank line after it.
    pub fn height(&self) -> usize {
        let cells = if self.stacked {
            self.left.len() + self.right.len()
        } else {
            self.left.len().max(self.right.len())
        };
        cells + usize::from(self.footer.is_some()) + usize::from(self.topic.is_some()) + 1
    }
}

/// Shared words: underlined in colour (quotes are plain coloured text),
/// bold without colour (where quotes are already underlined).
fn shared_style(theme: Theme) -> Style {
    if theme.color {
        Style::new().add_modifier(Modifier::UNDERLINED)
    } else {
        Style::new().add_modifier(Modifier::BOLD)
    }
}

/// A statement's lines in a cell `width` wide: its words (the `marks` in
/// the shared style), then where it comes from.
fn cell_lines(
    state: &State,
    corpus: &Corpus,
    s: StatementId,
    marks: &[Range<usize>],
    width: usize,
) -> Vec<Line<'static>> {
    let theme = state.theme;
    let Some(st) = corpus.statements.get(s) else {
        return vec![];
    };
    let open = "“";
    let text = format!("{open}{}”", st.text);
    let shared = shared_style(theme);
    let marks: Vec<(Range<usize>, Style)> = marks
        .iter()
        .map(|r| (r.start + open.len()..r.end + open.len(), shared))
        .collect();
    let mut lines = styled_wrap(&text, width, theme.quote(st.speaker), &marks);
    if lines.len() > MAX_TEXT_LINES {
        lines.truncate(MAX_TEXT_LINES - 1);
        lines.push(Line::styled("… (Enter reads it all)", theme.dim()));
    }
    lines.extend(
        source_lines(corpus, s, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim())),
    );
    if let Some(label) = reported_label(state, s) {
        lines.push(Line::styled(
            truncate(&format!("  {label} · v"), width),
            theme.notice(),
        ));
    }
    lines
}

/// Row `i` of `view` laid out for a view `width` wide (inside the border).
pub fn row_block(
    state: &State,
    corpus: &Corpus,
    view: &CompareView,
    i: usize,
    width: u16,
) -> RowBlock {
    let stacked = stacked(width);
    let w = text_width(width);
    let Some(row) = view.comparison.rows.get(i) else {
        return RowBlock {
            topic: None,
            left: vec![],
            right: vec![],
            footer: None,
            stacked,
        };
    };
    let side = |s: Option<StatementId>, marks: &[Range<usize>], label: String| {
        s.map_or_else(Vec::new, |s| {
            let mut lines = Vec::new();
            if stacked {
                let speaker = corpus.statements[s].speaker;
                let style = speaker.map_or(state.theme.dim(), |sp| state.theme.speaker_name(sp));
                lines.push(Line::styled(truncate(&label, w), style));
            }
            lines.extend(cell_lines(state, corpus, s, marks, w));
            lines
        })
    };
    let name = |id: usize| corpus.speakers.get(id).map_or("?", |s| s.name.as_str());
    let left = side(
        row.left,
        &row.left_marks,
        format!("◀ {}", name(view.left_speaker())),
    );
    let right = side(
        row.right,
        &row.right_marks,
        format!("▶ {}", name(view.right_speaker())),
    );
    let rows = &view.comparison.rows;
    let new_topic = i == 0 || rows[i - 1].topic != row.topic;
    let topic = (view.comparison.order == RowOrder::Topic && new_topic).then(|| {
        let name = row.topic.as_deref().unwrap_or("no content word");
        let label = format!("── {name} ");
        let fill = usize::from(width).saturating_sub(label.chars().count());
        Line::styled(format!("{label}{}", "─".repeat(fill)), state.theme.header())
    });
    RowBlock {
        topic,
        left,
        right,
        footer: footer(state, row, usize::from(width)),
        stacked,
    }
}

/// "↔ shared: troops, massing · similarity 0.31" under a pair.
fn footer(state: &State, row: &Row, width: usize) -> Option<Line<'static>> {
    row.is_pair().then(|| {
        let text = format!(
            "  ↔ shared: {} · similarity {:.2}",
            row.shared.join(", "),
            row.similarity
        );
        Line::styled(truncate(&text, width), state.theme.dim())
    })
}

/// Draws the compare view over the screen above the status bar.
pub struct CompareScreen<'a> {
    pub state: &'a State,
    pub corpus: &'a Corpus,
}

impl Widget for CompareScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, corpus) = (self.state, self.corpus);
        let Some(view) = state.compare.view.as_ref() else {
            return;
        };
        let theme = state.theme;
        Clear.render(area, buf);
        let rows = &view.comparison.rows;
        let pairs = rows.iter().filter(|r| r.is_pair()).count();
        let order = match view.comparison.order {
            RowOrder::Date => "date",
            RowOrder::Topic => "topic",
        };
        let title = Line::from(vec![
            Span::styled(" Compare ", theme.header()),
            Span::styled(
                format!("{pairs} paired · {} rows · by {order} (o) ", rows.len()),
                theme.dim(),
            ),
        ]);
        let position = if rows.is_empty() {
            String::new()
        } else {
            format!(" row {} of {} ", view.focus + 1, rows.len())
        };
        let block = Block::bordered()
            .border_style(theme.border(true))
            .title(title)
            .title_bottom(Line::from(position).right_aligned());
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        self.header(view, inner, buf);
        let rows_area = rows_area(area);
        if rows_area.is_empty() {
            return;
        }
        if rows.is_empty() {
            buf.set_string(
                rows_area.x,
                rows_area.y,
                truncate(
                    "neither speaker has a statement",
                    usize::from(rows_area.width),
                ),
                theme.dim(),
            );
            return;
        }
        let height = usize::from(rows_area.height);
        let offset = layout::list_offset(view.offset, view.focus, height, |i| {
            row_block(state, corpus, view, i, rows_area.width).height()
        });
        let mut y = rows_area.y;
        let bottom = rows_area.bottom();
        for i in offset..rows.len() {
            if y >= bottom {
                break;
            }
            let block = row_block(state, corpus, view, i, rows_area.width);
            let focused = (i == view.focus).then(|| view.focused_side());
            y = self.draw_row(&block, focused, rows_area, y, buf);
        }
    }
}

impl CompareScreen<'_> {
    /// The two speakers, their roles and counts, the cycle position, a rule.
    fn header(&self, view: &CompareView, inner: Rect, buf: &mut Buffer) {
        let (state, corpus) = (self.state, self.corpus);
        let theme = state.theme;
        let more = view.speakers.len() - 1;
        let cycle = if more > 1 {
            format!("  ({} of {more} · ] [ next)", view.right + 1)
        } else {
            String::new()
        };
        let describe = |id: usize, arrow: &str, extra: &str, width: usize| {
            let sp = &corpus.speakers[id];
            let n = sp.statements.len();
            let role = sp
                .roles
                .first()
                .map_or(String::new(), |r| format!("{r} · "));
            let name = Line::from(vec![
                Span::styled(
                    truncate(&format!("{arrow} {}", sp.name), width),
                    theme.speaker_name(id),
                ),
                Span::styled(extra.to_string(), theme.notice()),
            ]);
            let s = if n == 1 { "" } else { "s" };
            let info = Line::styled(
                truncate(&format!("  {role}{n} statement{s}"), width),
                theme.dim(),
            );
            (name, info)
        };
        let width = inner.width;
        let (l, r) = (view.left_speaker(), view.right_speaker());
        let put = |buf: &mut Buffer, x: u16, y: u16, line: &Line, w: u16| {
            if y < inner.bottom() {
                buf.set_line(x, y, line, w);
            }
        };
        if stacked(width) {
            let count = |id: usize| format!(" · {}", corpus.speakers[id].statements.len());
            let (ln, _) = describe(l, "◀", &count(l), usize::from(width));
            let (rn, _) = describe(r, "▶", &format!("{}{cycle}", count(r)), usize::from(width));
            put(buf, inner.x, inner.y, &ln, width);
            put(buf, inner.x, inner.y + 1, &rn, width);
        } else {
            let (col, right_x) = columns(width);
            let (ln, li) = describe(l, "◀", "", usize::from(col));
            let (rn, ri) = describe(r, "▶", &cycle, usize::from(col));
            put(buf, inner.x, inner.y, &ln, col);
            put(buf, inner.x, inner.y + 1, &li, col);
            put(buf, inner.x + right_x, inner.y, &rn, width - right_x);
            put(buf, inner.x + right_x, inner.y + 1, &ri, width - right_x);
        }
        let rule = Line::styled("─".repeat(usize::from(width)), theme.dim());
        put(buf, inner.x, inner.y + 2, &rule, width);
    }

    /// Draw one row from line `y`; returns the line after it.
    fn draw_row(
        &self,
        block: &RowBlock,
        focused: Option<Side>,
        area: Rect,
        y: u16,
        buf: &mut Buffer,
    ) -> u16 {
        let theme = self.state.theme;
        let bottom = area.bottom();
        let cell = |buf: &mut Buffer, lines: &[Line], x: u16, y: u16, w: u16, focus: bool| {
            let h = (lines.len() as u16).min(bottom.saturating_sub(y));
            if focus && h > 0 {
                buf.set_style(Rect::new(x, y, w, h), theme.selected(true));
            }
            for (k, line) in lines.iter().take(usize::from(h)).enumerate() {
                let yy = y + k as u16;
                if focus {
                    buf.set_string(x, yy, "▌", theme.header());
                }
                buf.set_line(x + 2, yy, line, w.saturating_sub(2));
            }
        };
        let mut y = y;
        if let Some(t) = &block.topic {
            buf.set_line(area.x, y, t, area.width);
            y += 1;
            if y >= bottom {
                return y;
            }
        }
        if block.stacked {
            cell(
                buf,
                &block.left,
                area.x,
                y,
                area.width,
                focused == Some(Side::Left),
            );
            y = y.saturating_add(block.left.len() as u16).min(bottom);
            cell(
                buf,
                &block.right,
                area.x,
                y,
                area.width,
                focused == Some(Side::Right),
            );
            y = y.saturating_add(block.right.len() as u16).min(bottom);
        } else {
            let (col, right_x) = columns(area.width);
            let h = block.left.len().max(block.right.len()) as u16;
            cell(
                buf,
                &block.left,
                area.x,
                y,
                col,
                focused == Some(Side::Left),
            );
            let rw = area.width - right_x;
            cell(
                buf,
                &block.right,
                area.x + right_x,
                y,
                rw,
                focused == Some(Side::Right),
            );
            for k in 0..h {
                if y + k < bottom {
                    buf.set_string(area.x + col + 1, y + k, "│", theme.dim());
                }
            }
            y = y.saturating_add(h).min(bottom);
        }
        if let Some(f) = &block.footer {
            if y < bottom {
                buf.set_line(area.x, y, f, area.width);
                y += 1;
            }
        }
        (y + 1).min(bottom)
    }
}
