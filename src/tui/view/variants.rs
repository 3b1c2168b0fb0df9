//! The variants view: one statement as each article carried it, side by side
//! (stacked when narrow), each compared with the focused variant (the
//! reference): words only one variant has are highlighted, words both have
//! in another order are marked as moved.

use super::compare::{body, source_lines, styled_wrap};
use super::{layout, truncate};
use crate::attribution::StatementId;
use crate::compare::{diff_words, DiffWord, WordMark};
use crate::corpus::Corpus;
use crate::tui::state::{State, VariantsState};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use std::ops::Range;

/// Narrowest column worth showing side by side.
const MIN_COLUMN: u16 = 30;
/// Lines above the variants: the legend and a rule.
const HEADER: u16 = 2;
const OPEN: &str = "“";

/// A word only this variant has (or, in the reference, one another lacks).
pub fn only_style(theme: Theme) -> Style {
    if theme.color {
        Style::new()
            .fg(Color::Black)
            .bg(Color::Yellow)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

/// A word both variants have, in another place. Without colour it is
/// bold italic, apart from quoted words (underlined) and added ones (reversed).
pub fn moved_style(theme: Theme) -> Style {
    let s = Style::new().add_modifier(Modifier::UNDERLINED | Modifier::ITALIC);
    if theme.color {
        s.fg(Color::LightCyan)
    } else {
        s.add_modifier(Modifier::BOLD)
    }
}

/// Each variant's marks against the reference: the others' words from
/// their diff with it; the reference's word is `Same` when some other
/// variant has it in the same order, else `Moved` when some other has it
/// elsewhere, else `Only` (no other variant has it).
pub fn marks(corpus: &Corpus, v: &VariantsState) -> Vec<Vec<DiffWord>> {
    let text = |s: StatementId| corpus.statements[s].text.as_str();
    let Some(reference) = v.focused() else {
        return vec![];
    };
    let mut reference_marks: Option<Vec<DiffWord>> = None;
    let mut out: Vec<Vec<DiffWord>> = Vec::new();
    for &s in &v.statements {
        if s == reference {
            out.push(vec![]);
            continue;
        }
        let d = diff_words(text(reference), text(s));
        match &mut reference_marks {
            None => reference_marks = Some(d.left),
            Some(acc) => {
                for (a, b) in acc.iter_mut().zip(d.left) {
                    a.mark = match (a.mark, b.mark) {
                        (WordMark::Same, _) | (_, WordMark::Same) => WordMark::Same,
                        (WordMark::Moved, _) | (_, WordMark::Moved) => WordMark::Moved,
                        _ => WordMark::Only,
                    };
                }
            }
        }
        out.push(d.right);
    }
    if let Some(r) = reference_marks {
        out[v.focus] = r;
    }
    out
}

/// One variant's lines in a column `width` wide.
fn variant_lines(
    state: &State,
    corpus: &Corpus,
    v: &VariantsState,
    k: usize,
    words: &[DiffWord],
    all_same: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let theme = state.theme;
    let s = v.statements[k];
    let st = &corpus.statements[s];
    let n = v.statements.len();
    let mut lines = Vec::new();
    let head = if k == v.focus {
        format!("Variant {} of {n} · reference", k + 1)
    } else {
        format!("Variant {} of {n}", k + 1)
    };
    let head_style = if k == v.focus {
        theme.selected(true).add_modifier(Modifier::BOLD)
    } else {
        theme.header()
    };
    lines.push(Line::styled(truncate(&head, width), head_style));
    lines.extend(
        source_lines(corpus, s, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim())),
    );
    let who = st
        .speaker
        .and_then(|id| corpus.speakers.get(id))
        .map_or("unattributed".to_string(), |sp| {
            format!("said by {}", sp.name)
        });
    lines.push(Line::styled(
        truncate(&format!("  {who}"), width),
        theme.dim(),
    ));
    lines.push(Line::default());
    let styled: Vec<(Range<usize>, Style)> = words
        .iter()
        .filter_map(|w| {
            let style = match w.mark {
                WordMark::Same => return None,
                WordMark::Moved => moved_style(theme),
                WordMark::Only => only_style(theme),
            };
            Some((w.range.start + OPEN.len()..w.range.end + OPEN.len(), style))
        })
        .collect();
    let text = format!("{OPEN}{}”", st.text);
    lines.extend(styled_wrap(&text, width, theme.quote(st.speaker), &styled));
    lines.push(Line::default());
    // Each word once (first spelling), in text order.
    let list = |mark: WordMark| -> Vec<&str> {
        let mut seen: Vec<String> = Vec::new();
        words
            .iter()
            .filter(|w| w.mark == mark)
            .map(|w| &st.text[w.range.clone()])
            .filter(|w| {
                let key = w.to_lowercase();
                let fresh = !seen.contains(&key);
                seen.push(key);
                fresh
            })
            .collect()
    };
    let (only, moved) = (list(WordMark::Only), list(WordMark::Moved));
    let what = if k == v.focus {
        ("in no other variant", "moved in the others")
    } else {
        ("only here", "moved")
    };
    if n == 1 {
        lines.push(Line::styled(
            truncate("  only this article carries it", width),
            theme.dim(),
        ));
    } else if all_same {
        lines.push(Line::styled(
            truncate("  = same words, same order", width),
            theme.dim(),
        ));
    } else if only.is_empty() && moved.is_empty() {
        let same = if k == v.focus {
            "  = every word is in another variant"
        } else {
            "  = all its words in the reference, in order"
        };
        lines.push(Line::styled(truncate(same, width), theme.dim()));
    }
    for (label, ws, style) in [
        (what.0, only, only_style(theme)),
        (what.1, moved, moved_style(theme)),
    ] {
        if ws.is_empty() {
            continue;
        }
        let mark = if label.starts_with("moved") {
            "⇄"
        } else {
            "+"
        };
        let text = format!("  {mark} {label}: {}", ws.join(", "));
        let opts = textwrap::Options::new(width.max(1)).subsequent_indent("    ");
        let wrapped = textwrap::wrap(&text, opts);
        let cut = wrapped.len() > 3;
        for (row, piece) in wrapped.into_iter().take(3).enumerate() {
            let piece = if cut && row == 2 {
                truncate(&format!("{piece} …"), width)
            } else {
                piece.into_owned()
            };
            lines.push(Line::from(vec![Span::styled(piece, style)]));
        }
    }
    lines
}

/// The variants laid out for the view's inner `width`: one column of lines
/// each, and whether the columns stand side by side.
pub fn columns(state: &State, corpus: &Corpus, width: u16) -> (Vec<Vec<Line<'static>>>, bool) {
    let Some(v) = state.compare.variants.as_ref() else {
        return (vec![], false);
    };
    let n = v.statements.len().max(1) as u16;
    let side_by_side = n > 1 && width / n >= MIN_COLUMN && !super::compare::stacked(width);
    let col = if side_by_side {
        (width - (n - 1) * 3) / n
    } else {
        width
    };
    let text_w = usize::from(col.saturating_sub(2)).max(1);
    let marks = marks(corpus, v);
    let all_same = marks.iter().flatten().all(|w| w.mark == WordMark::Same);
    let cols = (0..v.statements.len())
        .map(|k| variant_lines(state, corpus, v, k, &marks[k], all_same, text_w))
        .collect();
    (cols, side_by_side)
}

/// The area the variants scroll in, and how many lines they take there.
pub fn scroll_extent(state: &State, corpus: &Corpus) -> (usize, usize) {
    let area = rows_area(state.width, state.height);
    let (cols, side_by_side) = columns(state, corpus, area.width);
    let total = if side_by_side {
        cols.iter().map(Vec::len).max().unwrap_or(0)
    } else {
        cols.iter().map(|c| c.len() + 1).sum()
    };
    (usize::from(area.height), total)
}

fn rows_area(width: u16, height: u16) -> Rect {
    let inner = layout::inner(body(width, height));
    let header = HEADER.min(inner.height);
    Rect {
        y: inner.y + header,
        height: inner.height - header,
        ..inner
    }
}

/// Draws the variants view over the screen above the status bar.
pub struct VariantsScreen<'a> {
    pub state: &'a State,
    pub corpus: &'a Corpus,
}

impl Widget for VariantsScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
        let Some(variants) = state.compare.variants.as_ref() else {
            return;
        };
        let theme = state.theme;
        Clear.render(area, buf);
        let articles = variants
            .statements
            .first()
            .map_or(1, |&s| state.compare.reported_in(s));
        let plural = if articles == 1 { "" } else { "s" };
        let block = Block::bordered()
            .border_style(theme.border(true))
            .title(Span::styled(
                format!(" Variants · reported in {articles} article{plural} "),
                theme.header(),
            ))
            .title_bottom(Line::from(" h/l reference · Enter read · Esc close ").right_aligned());
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let legend = Line::from(vec![
            Span::styled("Against the reference: ", theme.dim()),
            Span::styled("only here", only_style(theme)),
            Span::raw("  "),
            Span::styled("moved", moved_style(theme)),
        ]);
        buf.set_line(inner.x, inner.y, &legend, inner.width);
        if inner.height > 1 {
            let rule = "─".repeat(usize::from(inner.width));
            buf.set_string(inner.x, inner.y + 1, rule, theme.dim());
        }
        let header = HEADER.min(inner.height);
        let rows = Rect {
            y: inner.y + header,
            height: inner.height - header,
            ..inner
        };
        if !rows.is_empty() {
            self.draw_columns(variants, rows, buf);
        }
    }
}

impl VariantsScreen<'_> {
    /// The variants side by side, or one under another, from the scroll line.
    fn draw_columns(&self, variants: &VariantsState, rows: Rect, buf: &mut Buffer) {
        let theme = self.state.theme;
        let (cols, side_by_side) = columns(self.state, self.corpus, rows.width);
        let scroll = variants.scroll;
        let height = usize::from(rows.height);
        let bar = |buf: &mut Buffer, x: u16, y: u16, k: usize| {
            if k == variants.focus {
                buf.set_string(x, y, "▌", theme.header());
            }
        };
        if side_by_side {
            let count = cols.len() as u16;
            let col_w = (rows.width - (count - 1) * 3) / count;
            for (k, col) in cols.iter().enumerate() {
                let x = rows.x + k as u16 * (col_w + 3);
                for (row, line) in col.iter().skip(scroll).take(height).enumerate() {
                    let y = rows.y + row as u16;
                    bar(buf, x, y, k);
                    buf.set_line(x + 2, y, line, col_w.saturating_sub(2));
                    if k > 0 {
                        buf.set_string(x - 2, y, "│", theme.dim());
                    }
                }
            }
        } else {
            let mut all: Vec<(usize, Line)> = Vec::new();
            for (k, col) in cols.into_iter().enumerate() {
                all.extend(col.into_iter().map(|l| (k, l)));
                all.push((usize::MAX, Line::default()));
            }
            for (row, (k, line)) in all.iter().skip(scroll).take(height).enumerate() {
                let y = rows.y + row as u16;
                bar(buf, rows.x, y, *k);
                buf.set_line(rows.x + 2, y, line, rows.width.saturating_sub(2));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_and_moved_stay_apart_without_colour() {
        for theme in [Theme::default(), Theme::no_color()] {
            let quote = theme.quote(Some(0));
            let (only, moved) = (
                quote.patch(only_style(theme)),
                quote.patch(moved_style(theme)),
            );
            assert_ne!(only, moved);
            assert_ne!(only, quote);
            assert_ne!(moved, quote);
            assert_ne!(
                moved.add_modifier, quote.add_modifier,
                "told apart by modifiers too"
            );
        }
    }
}
