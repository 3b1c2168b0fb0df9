//! Stars in the reading pane: a `★` on the pane's left border beside every
//! line of a starred statement, so marks show without changing the text's
//! wrapping (and without colour).

use crate::corpus::Corpus;
use crate::tui::state::{LineKind, State};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The star drawn on the border.
pub const STAR: &str = "★";

/// Draw the stars over the reader pane `area` (already drawn).
pub fn reader_stars(state: &State, corpus: &Corpus, area: Rect, buf: &mut Buffer) {
    let reader = &state.reader;
    let inner = super::layout::inner(area);
    // Only the cached wrap is for this width (the view re-wraps otherwise).
    if inner.is_empty() || reader.wrap_width != inner.width {
        return;
    }
    let starred: Vec<&std::ops::Range<usize>> = reader
        .statements
        .iter()
        .filter_map(|&id| corpus.statements.get(id))
        .filter(|st| state.marks.is_starred(corpus, st))
        .map(|st| &st.range)
        .collect();
    if starred.is_empty() {
        return;
    }
    let visible = reader.lines.iter().skip(reader.scroll);
    for (row, line) in visible.take(usize::from(inner.height)).enumerate() {
        if !matches!(line.kind, LineKind::Body | LineKind::Caption) {
            continue;
        }
        let on_line = |r: &&std::ops::Range<usize>| {
            r.start < line.range.end.max(line.range.start + 1) && line.range.start < r.end
        };
        if starred.iter().any(on_line) {
            buf.set_string(area.x, inner.y + row as u16, STAR, state.theme.starred());
        }
    }
}
