//! How a statement's words and source are shown, shared by the compare and
//! variants views: wrapped with some words in their own style, then the
//! article, outlet and date it comes from.

use super::super::truncate;
use crate::attribution::StatementId;
use crate::corpus::Corpus;
use crate::tui::state::State;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use std::ops::Range;

/// Byte ranges of `text` wrapped to `width` columns (slices of the input).
pub(crate) fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let base = text.as_ptr() as usize;
    let mut from = 0;
    textwrap::wrap(text, textwrap::Options::new(width.max(1)))
        .iter()
        .map(|line| {
            let start = match line {
                std::borrow::Cow::Borrowed(s) => s.as_ptr() as usize - base,
                std::borrow::Cow::Owned(s) => {
                    text[from..].find(s.as_str()).map_or(from, |i| from + i)
                }
            };
            let end = (start + line.len()).min(text.len());
            from = end;
            start..end
        })
        .collect()
}

/// `text` wrapped to `width`, in `base` style, with the byte ranges of
/// `marks` (sorted, disjoint) in their own styles.
pub(crate) fn styled_wrap(
    text: &str,
    width: usize,
    base: Style,
    marks: &[(Range<usize>, Style)],
) -> Vec<Line<'static>> {
    wrap_ranges(text, width)
        .into_iter()
        .map(|r| {
            let mut spans = Vec::new();
            let mut at = r.start;
            for (m, style) in marks
                .iter()
                .filter(|(m, _)| m.end > r.start && m.start < r.end)
            {
                let (s, e) = (m.start.max(r.start), m.end.min(r.end));
                if s > at {
                    spans.push(Span::styled(text[at..s].to_string(), base));
                }
                spans.push(Span::styled(text[s..e].to_string(), base.patch(*style)));
                at = e;
            }
            if at < r.end {
                spans.push(Span::styled(text[at..r.end].to_string(), base));
            }
            Line::from(spans)
        })
        .collect()
}

/// "reported in N articles", when more than one carried the statement.
pub(crate) fn reported_label(state: &State, s: StatementId) -> Option<String> {
    let n = state.compare.reported_in(s);
    (n > 1).then(|| format!("reported in {n} articles"))
}

/// Where a statement comes from: "↳ title" (two lines at most) and
/// "outlet · date".
pub(crate) fn source_lines(corpus: &Corpus, s: StatementId, width: usize) -> Vec<String> {
    let Some(a) = corpus
        .statements
        .get(s)
        .and_then(|st| corpus.articles.get(st.article))
    else {
        return vec![];
    };
    let opts = textwrap::Options::new(width.max(1))
        .initial_indent("↳ ")
        .subsequent_indent("  ");
    let mut out: Vec<String> = textwrap::wrap(&a.title, opts)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect();
    if out.len() > 2 {
        let second = format!("{}…", out[1].trim_end());
        out.truncate(1);
        out.push(truncate(&second, width));
    }
    let mut meta: Vec<String> = a.outlet.iter().cloned().collect();
    meta.extend(a.date.map(|d| d.human()));
    if meta.is_empty() {
        meta.push(a.file.clone());
    }
    out.push(truncate(&format!("  {}", meta.join(" · ")), width));
    out
}
