//! The search popup: the query with its cursor, the active scope, how many
//! hits, and one row per hit (kind, article, a one-line context with the
//! matched characters highlighted, cut so the first match stays visible).

use super::truncate;
use crate::corpus::Corpus;
use crate::search::{Hit, Kind, Scope, Target};
use crate::tui::state::State;
use crate::tui::theme::Theme;
use context::{context_spans, statement_spans};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use std::fmt::Write as _;
use unicode_width::UnicodeWidthStr;

mod context;

/// Rows inside the border above the hits: the query and the scope line.
const HEAD_ROWS: u16 = 2;

/// Where the popup goes on a `width`×`height` screen, and how many hit rows
/// it has. Nearly the whole screen: the results are what the user came for.
pub fn popup_size(width: u16, height: u16) -> (Rect, usize) {
    let area = Rect::new(0, 0, width, height);
    let w = if width < 60 {
        width
    } else {
        (width - 4).min(140)
    };
    let h = if height < 12 {
        height
    } else {
        (height - 2).min(40)
    };
    let [row] = Layout::vertical([Constraint::Length(h)])
        .flex(Flex::Center)
        .areas(area);
    let [rect] = Layout::horizontal([Constraint::Length(w)])
        .flex(Flex::Center)
        .areas(row);
    let rows = usize::from(rect.height.saturating_sub(2 + HEAD_ROWS));
    (rect, rows)
}

/// Draws the popup over the screen.
pub struct SearchView<'a> {
    pub state: &'a State,
    pub corpus: &'a Corpus,
}

impl Widget for SearchView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, theme) = (self.state, self.state.theme);
        let (mut popup, rows) = popup_size(area.width, area.height);
        popup.x += area.x;
        popup.y += area.y;
        Clear.render(popup, buf);
        let s = &state.search;
        let scope = s.query().effective_scope();
        let block = Block::bordered()
            .border_style(theme.border(true))
            .title(Line::from(vec![
                Span::styled(" Search ", theme.header()),
                Span::styled(format!("in {} ", scope.label()), theme.notice()),
            ]))
            .title_bottom(Line::from(" ↑↓ select · Enter open · Esc close ").right_aligned());
        let inner = block.inner(popup);
        block.render(popup, buf);
        if inner.height == 0 || inner.width < 4 {
            return;
        }
        draw_input(state, inner, buf);
        if inner.height > 1 {
            let line = scope_line(state, scope, usize::from(inner.width));
            buf.set_line(inner.x, inner.y + 1, &line, inner.width);
        }
        let list = Rect {
            y: inner.y + HEAD_ROWS.min(inner.height),
            height: inner.height.saturating_sub(HEAD_ROWS),
            ..inner
        };
        if s.hits.is_empty() {
            let msg = if s.query().is_empty() {
                "Type to search titles, paragraphs, statements and speakers."
            } else if s.waiting() {
                "searching…"
            } else {
                "No results. Fewer letters, or another scope?"
            };
            if list.height > 0 {
                buf.set_string(
                    list.x + 1,
                    list.y,
                    truncate(msg, usize::from(list.width.saturating_sub(1))),
                    theme.dim(),
                );
            }
            return;
        }
        let columns = Columns::for_width(list.width);
        for (row, (i, hit)) in s
            .hits
            .iter()
            .enumerate()
            .skip(s.offset)
            .take(rows.min(usize::from(list.height)))
            .enumerate()
        {
            let y = list.y + row as u16;
            let selected = i == s.selected;
            let rect = Rect::new(list.x, y, list.width, 1);
            let line = hit_line(self.corpus, hit, &columns, theme, selected);
            if selected {
                buf.set_style(rect, theme.selected(true));
            }
            buf.set_line(list.x, y, &line, list.width);
        }
    }
}

/// The query after a prompt sign, with a block cursor.
fn draw_input(state: &State, inner: Rect, buf: &mut Buffer) {
    let theme = state.theme;
    let input = &state.search.input;
    let width = usize::from(inner.width).saturating_sub(3);
    let before = &input.text[..input.cursor];
    // Scroll the field so the cursor is always visible.
    let mut start = 0;
    while before[start..].width() > width.saturating_sub(1) {
        start += before[start..].chars().next().map_or(1, char::len_utf8);
    }
    let at = input.text[input.cursor..].chars().next();
    let after_at = input.cursor + at.map_or(0, char::len_utf8);
    let line = Line::from(vec![
        Span::styled("❯ ", theme.header()),
        Span::raw(&input.text[start..input.cursor]),
        Span::styled(
            at.map_or(" ".to_string(), String::from),
            Style::new().add_modifier(ratatui::style::Modifier::REVERSED),
        ),
        Span::raw(&input.text[after_at..]),
    ]);
    buf.set_line(inner.x, inner.y, &line, inner.width);
}

/// "12 of 34 · 3 ms" on the left; the scope prefixes on the right, the
/// active one stressed.
fn scope_line(state: &State, scope: Scope, width: usize) -> Line<'static> {
    let theme = state.theme;
    let s = &state.search;
    let count = if s.query().is_empty() || (s.waiting() && s.hits.is_empty()) {
        String::new()
    } else {
        let shown = s.hits.len();
        let mut t = match s.total {
            Some(0) => "no hits".to_string(),
            Some(1) => "1 hit".to_string(),
            Some(t) if t == shown => format!("{t} hits"),
            Some(t) => format!("best {shown} of {t}"),
            None if s.more => format!("best {shown} so far"),
            None => format!("{shown} hits"),
        };
        if let Some(e) = s.elapsed.filter(|_| s.done) {
            let _ = write!(t, " · {} ms", e.as_millis());
        }
        if s.waiting() {
            t.push_str(" · searching…");
        }
        t
    };
    let chips: [(&str, Scope); 4] = [
        ("all", Scope::All),
        ("@ speakers", Scope::Only(Kind::Speaker)),
        ("\" statements", Scope::Only(Kind::Statement)),
        ("# titles", Scope::Only(Kind::Title)),
    ];
    let chips_w: usize = chips.iter().map(|(l, _)| l.width() + 2).sum();
    let mut spans = vec![Span::styled(count.clone(), theme.dim())];
    // The prefixes only when they fit beside the count.
    if count.width() + chips_w < width {
        spans.push(Span::raw(" ".repeat(width - count.width() - chips_w)));
        for (label, sc) in chips {
            let style = if sc == scope {
                theme.selected(true)
            } else {
                theme.dim()
            };
            spans.push(Span::raw(" "));
            spans.push(Span::styled(format!("{label} "), style));
        }
    }
    Line::from(spans)
}

/// Column widths of a hit row for the popup's width.
struct Columns {
    /// Kind labels in full, or short ones on narrow screens.
    short_kind: bool,
    kind: usize,
    article: usize,
    /// Columns left for the context.
    context: usize,
}

impl Columns {
    fn for_width(width: u16) -> Columns {
        let width = usize::from(width);
        let (short_kind, kind, article) = if width >= 70 {
            (false, 9, (width / 5).clamp(12, 28))
        } else {
            (true, 5, if width >= 50 { 10 } else { 0 })
        };
        // " kind " and "article " before the context.
        let used = 1 + kind + 1 + if article > 0 { article + 1 } else { 0 };
        Columns {
            short_kind,
            kind,
            article,
            context: width.saturating_sub(used),
        }
    }
}

fn kind_label(kind: Kind, short: bool) -> &'static str {
    match (kind, short) {
        (k, false) => k.label(),
        (Kind::Title, true) => "title",
        (Kind::Speaker, true) => "who",
        (Kind::Statement, true) => "quote",
        (Kind::Paragraph, true) => "text",
    }
}

/// The article column: the article's title; for a title (already the
/// context), its outlet and date; for a speaker, how much they said.
fn article_label(corpus: &Corpus, hit: &Hit) -> String {
    let article = hit.article.and_then(|a| corpus.articles.get(a));
    match hit.target {
        Target::Title(_) => article.map_or(String::new(), |a| {
            let mut parts: Vec<String> = a.outlet.iter().cloned().collect();
            parts.push(a.date.map_or_else(|| "no date".into(), |d| d.human()));
            parts.join(" · ")
        }),
        Target::Speaker(sp) => corpus.speakers.get(sp).map_or(String::new(), |s| {
            let n = s.statements.len();
            format!("{n} statement{}", if n == 1 { "" } else { "s" })
        }),
        _ => article.map_or(String::new(), |a| a.title.clone()),
    }
}

fn hit_line<'a>(
    corpus: &Corpus,
    hit: &'a Hit,
    columns: &Columns,
    theme: Theme,
    selected: bool,
) -> Line<'a> {
    let kind = kind_label(hit.kind, columns.short_kind);
    let mut spans = vec![
        // A marker as well as the reverse video, for terminals without colour.
        Span::raw(if selected { "›" } else { " " }),
        Span::styled(
            format!("{kind:<w$}", w = columns.kind),
            theme.kind(hit.kind),
        ),
        Span::raw(" "),
    ];
    if columns.article > 0 {
        let label = truncate(&article_label(corpus, hit), columns.article);
        let pad = columns.article.saturating_sub(label.width());
        let style = if selected { Style::new() } else { theme.dim() };
        spans.push(Span::styled(format!("{label}{} ", " ".repeat(pad)), style));
    }
    let (context, positions) = (&hit.context, &hit.positions);
    if hit.kind == Kind::Statement {
        spans.extend(statement_spans(context, positions, columns.context, theme));
    } else {
        spans.extend(context_spans(context, positions, columns.context, theme));
    }
    Line::from(spans)
}
