//! A hit's one-line context fitted to its column: cut around the first
//! match (so what matched is always visible), on word starts, counting wide
//! characters by their columns; a statement keeps its speaker.

use crate::tui::theme::Theme;
use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A statement's context ("words — Speaker") cut so the speaker always
/// shows: the words are cut around their first match, the speaker is kept.
pub fn statement_spans<'a>(
    context: &'a str,
    positions: &[usize],
    width: usize,
    theme: Theme,
) -> Vec<Span<'a>> {
    let split = context.rfind(" — ");
    let Some(at) = split.filter(|&at| context.width() > width && context[at..].width() < width / 2)
    else {
        return context_spans(context, positions, width, theme);
    };
    let (words, speaker) = context.split_at(at);
    let head = words.chars().count();
    let (in_words, in_speaker): (Vec<usize>, Vec<usize>) =
        positions.iter().partition(|&&p| p < head);
    let in_speaker: Vec<usize> = in_speaker.into_iter().map(|p| p - head).collect();
    let mut spans = context_spans(words, &in_words, width - speaker.width(), theme);
    spans.extend(context_spans(speaker, &in_speaker, usize::MAX, theme));
    spans
}

/// The context split into plain and highlighted pieces, cut to `width`
/// columns (when given) so that the first highlighted character is visible.
pub fn context_spans<'a>(
    context: &'a str,
    positions: &[usize],
    width: usize,
    theme: Theme,
) -> Vec<Span<'a>> {
    let chars: Vec<(usize, char)> = context.char_indices().collect();
    let (from, to) = fit(&chars, positions.first().copied(), width);
    let mut spans = Vec::new();
    if from > 0 {
        spans.push(Span::styled("…", theme.dim()));
    }
    let mut run_start = from;
    let byte = |i: usize| chars.get(i).map_or(context.len(), |c| c.0);
    let marked = |i: usize| positions.binary_search(&i).is_ok();
    for i in from..=to {
        if i == to || marked(i) != marked(run_start) {
            if i > run_start {
                let text = &context[byte(run_start)..byte(i)];
                let style = if marked(run_start) {
                    theme.search_match()
                } else {
                    Style::new()
                };
                spans.push(Span::styled(text, style));
            }
            run_start = i;
        }
    }
    if to < chars.len() {
        spans.push(Span::styled("…", theme.dim()));
    }
    spans
}

/// The character range of `chars` to show in `width` columns (room for the
/// "…" marks included), starting a little before `focus`.
fn fit(chars: &[(usize, char)], focus: Option<usize>, width: usize) -> (usize, usize) {
    let w = |c: char| c.width().unwrap_or(0);
    let total: usize = chars.iter().map(|&(_, c)| w(c)).sum();
    if total <= width {
        return (0, chars.len());
    }
    let focus = focus.unwrap_or(0).min(chars.len());
    // Keep about a quarter of the row before the match.
    let lead = width / 4;
    let mut from = focus;
    let mut used = 0;
    while from > 0 && used + w(chars[from - 1].1) <= lead {
        from -= 1;
        used += w(chars[from].1);
    }
    if from <= 1 {
        from = 0;
    }
    from = word_start(chars, from, focus);
    let room = width.saturating_sub(usize::from(from > 0) + 1);
    let mut to = from;
    let mut used = 0;
    while to < chars.len() && used + w(chars[to].1) <= room {
        used += w(chars[to].1);
        to += 1;
    }
    if to == chars.len() {
        // The end fits: use the room left for more of the start.
        let room = width.saturating_sub(1);
        let mut used: usize = chars[from..].iter().map(|&(_, c)| w(c)).sum();
        while from > 0 && used + w(chars[from - 1].1) <= room {
            from -= 1;
            used += w(chars[from].1);
        }
        from = word_start(chars, from, focus);
    }
    (from, to)
}

/// A cut start moved to the next word start, when one comes soon and
/// before `focus`, so the line does not begin with half a word.
fn word_start(chars: &[(usize, char)], from: usize, focus: usize) -> usize {
    if from == 0 {
        return 0;
    }
    let near = focus.min(from + 16).max(from);
    chars[from..near]
        .iter()
        .position(|&(_, c)| c.is_whitespace())
        .map_or(from, |skip| from + skip + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(context: &str, positions: &[usize], width: usize) -> (String, String) {
        let spans = context_spans(context, positions, width, Theme::default());
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        let marked: String = spans
            .iter()
            .filter(|s| s.style == Theme::default().search_match())
            .map(|s| s.content.as_ref())
            .collect();
        (text, marked)
    }

    #[test]
    fn a_long_context_is_cut_around_its_first_match() {
        let ctx = format!("{} Peskov said {}", "a".repeat(80), "b".repeat(80));
        let at = ctx.find("Peskov").unwrap();
        let (text, marked) = shown(&ctx, &(at..at + 6).collect::<Vec<_>>(), 30);
        assert_eq!(marked, "Peskov");
        assert!(text.starts_with('…') && text.ends_with('…'), "{text}");
        assert_eq!(text.width(), 30);
    }

    #[test]
    fn a_cut_statement_keeps_its_speaker() {
        let ctx = format!("{} and more words — Dmitry Peskov", "long ".repeat(30));
        let at = ctx.find("Peskov").unwrap();
        let p = ctx[..at].chars().count();
        let spans = statement_spans(&ctx, &[p, p + 1], 40, Theme::default());
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert!(text.starts_with("long long"), "{text}");
        assert!(text.ends_with("… — Dmitry Peskov"), "{text}");
        assert_eq!(text.width(), 40);
    }

    #[test]
    fn wide_characters_are_counted_by_columns() {
        let ctx = "東京の記者が話した Peskov の発言について";
        let at = ctx.chars().position(|c| c == 'P').unwrap();
        let (text, marked) = shown(ctx, &[at, at + 1], 20);
        assert_eq!(marked, "Pe");
        assert!(text.width() <= 20, "{text}");
        let (whole, _) = shown(ctx, &[0], 200);
        assert_eq!(whole, ctx);
    }
}
