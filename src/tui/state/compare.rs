//! The compare layers: the speaker picker, the two-column compare view, and
//! the variants of one statement. Their data outlives their being on screen,
//! so a statement opened from them can come back to them with `Back`.

use crate::attribution::{SpeakerId, StatementId};
use crate::compare::{compare, CompareIndex, Comparison, RowOrder};
use crate::corpus::Corpus;
use std::sync::{Arc, OnceLock};

mod picker;
pub use picker::{default_pair, PickerMatch, PickerState};

/// A column of the compare view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Side {
    #[default]
    Left,
    Right,
}

impl Side {
    #[must_use]
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// Which compare layers are on screen; remembered by `Back` history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Overlays {
    pub compare: bool,
    pub variants: bool,
}

/// The compare view: the chosen speakers and the rows of the two shown.
#[derive(Debug, Clone)]
pub struct CompareView {
    /// The left speaker, then the right column's speakers in turn (≥ 2).
    pub speakers: Vec<SpeakerId>,
    /// Which of the right column's speakers is shown (index into `speakers[1..]`).
    pub right: usize,
    pub comparison: Comparison,
    /// The focused row.
    pub focus: usize,
    pub side: Side,
    /// First visible row.
    pub offset: usize,
}

impl CompareView {
    /// Compare `speakers[0]` with `speakers[1]`, rows in `order`.
    pub fn new(
        corpus: &Corpus,
        index: &CompareIndex,
        speakers: Vec<SpeakerId>,
        order: RowOrder,
    ) -> CompareView {
        let comparison = compare(corpus, &index.terms, speakers[0], speakers[1], order);
        CompareView {
            speakers,
            right: 0,
            comparison,
            focus: 0,
            side: Side::Left,
            offset: 0,
        }
    }

    pub fn left_speaker(&self) -> SpeakerId {
        self.speakers[0]
    }

    pub fn right_speaker(&self) -> SpeakerId {
        self.speakers[1 + self.right]
    }

    /// The statement on `side` of row `i`, if any.
    pub fn cell(&self, i: usize, side: Side) -> Option<StatementId> {
        let row = self.comparison.rows.get(i)?;
        match side {
            Side::Left => row.left,
            Side::Right => row.right,
        }
    }

    /// The side actually focused: the chosen side, or the other when the
    /// focused row stands alone on the other side.
    pub fn focused_side(&self) -> Side {
        if self.cell(self.focus, self.side).is_some() {
            self.side
        } else {
            self.side.other()
        }
    }

    /// The focused statement.
    pub fn focused_statement(&self) -> Option<StatementId> {
        self.cell(self.focus, self.focused_side())
    }

    /// Re-pair the current speakers in `order`, keeping the focused
    /// statement focused (on whichever side it now stands).
    pub fn recompute(&mut self, corpus: &Corpus, index: &CompareIndex, order: RowOrder) {
        let keep = self.focused_statement();
        self.comparison = compare(
            corpus,
            &index.terms,
            self.left_speaker(),
            self.right_speaker(),
            order,
        );
        self.focus = 0;
        self.offset = 0;
        let found = keep.and_then(|s| {
            self.comparison.rows.iter().enumerate().find_map(|(i, r)| {
                if r.left == Some(s) {
                    Some((i, Side::Left))
                } else if r.right == Some(s) {
                    Some((i, Side::Right))
                } else {
                    None
                }
            })
        });
        if let Some((i, side)) = found {
            self.focus = i;
            self.side = side;
        }
    }

    /// Exchange the left speaker with the right one shown.
    pub fn swap(&mut self, corpus: &Corpus, index: &CompareIndex) {
        self.speakers.swap(0, 1 + self.right);
        self.recompute(corpus, index, self.comparison.order);
    }

    /// Show the next (or previous) of the right column's speakers.
    pub fn cycle_right(&mut self, corpus: &Corpus, index: &CompareIndex, forward: bool) {
        let n = self.speakers.len() - 1;
        if n < 2 {
            return;
        }
        self.right = if forward {
            (self.right + 1) % n
        } else {
            (self.right + n - 1) % n
        };
        self.recompute(corpus, index, self.comparison.order);
    }

    /// Move the focus by `delta` rows, clamped.
    pub fn move_by(&mut self, delta: isize) {
        let last = self.comparison.rows.len().saturating_sub(1);
        self.focus = self.focus.saturating_add_signed(delta).min(last);
    }
}

/// The variants of one statement as the articles carried it.
#[derive(Debug, Clone, Default)]
pub struct VariantsState {
    /// The variants (statements), in article order; one when not grouped.
    pub statements: Vec<StatementId>,
    /// The focused variant: the reference the others are compared with.
    pub focus: usize,
    /// First visible line.
    pub scroll: usize,
}

impl VariantsState {
    /// The variants of statement `id` (its group, or itself alone), focused on it.
    pub fn of(corpus: &Corpus, index: &CompareIndex, id: StatementId) -> VariantsState {
        let mut statements = index
            .groups
            .group_of(id)
            .map_or_else(|| vec![id], |g| g.statements.clone());
        statements.sort_by_key(|&s| (corpus.statements[s].article, s));
        let focus = statements.iter().position(|&s| s == id).unwrap_or(0);
        VariantsState {
            statements,
            focus,
            scroll: 0,
        }
    }

    pub fn focused(&self) -> Option<StatementId> {
        self.statements.get(self.focus).copied()
    }
}

/// Everything the compare layers remember.
#[derive(Debug, Clone, Default)]
pub struct CompareState {
    /// Term vectors and groups, built once: on a background thread after
    /// the first frame (see [`CompareState::prebuild`]), or on the first
    /// action that needs them when there is no such thread.
    pub index: Option<Arc<CompareIndex>>,
    /// Shared with the background builder: whoever comes first builds, the
    /// other waits for that build instead of starting a second one.
    built: Arc<OnceLock<Arc<CompareIndex>>>,
    pub picker: Option<PickerState>,
    pub view: Option<CompareView>,
    pub variants: Option<VariantsState>,
    /// Which of `view` and `variants` are on screen.
    pub shown: Overlays,
}

impl CompareState {
    /// Start building the index on a thread of its own, so that the first
    /// key press of a large corpus does not wait for it.
    pub fn prebuild(&self, corpus: Arc<Corpus>) {
        let built = Arc::clone(&self.built);
        let spawned = std::thread::Builder::new()
            .name("compare-index".into())
            .spawn(move || {
                built.get_or_init(|| Arc::new(CompareIndex::new(&corpus)));
            });
        // No thread: `ensure_index` builds it when first needed.
        drop(spawned);
    }

    /// The index, built here if the background build has not run; waits for
    /// a background build under way.
    pub fn ensure_index(&mut self, corpus: &Corpus) -> Arc<CompareIndex> {
        let built = &self.built;
        self.index
            .get_or_insert_with(|| {
                Arc::clone(built.get_or_init(|| Arc::new(CompareIndex::new(corpus))))
            })
            .clone()
    }

    /// In how many articles statement `id` is reported (1 when unknown).
    pub fn reported_in(&self, id: StatementId) -> usize {
        self.index.as_ref().map_or(1, |i| i.groups.reported_in(id))
    }

    /// Whether the compare view is on screen.
    pub fn view_shown(&self) -> bool {
        self.shown.compare && self.view.is_some()
    }

    /// Whether the variants view is on screen.
    pub fn variants_shown(&self) -> bool {
        self.shown.variants && self.variants.is_some()
    }

    /// The compare layer on top, if any: the picker over the variants over
    /// the compare view.
    pub fn layer(&self) -> Option<super::Layer> {
        if self.picker.is_some() {
            Some(super::Layer::Picker)
        } else if self.variants_shown() {
            Some(super::Layer::Variants)
        } else if self.view_shown() {
            Some(super::Layer::Compare)
        } else {
            None
        }
    }

    /// Whether typed characters are text (the picker's query), not keys.
    pub fn wants_text(&self) -> bool {
        self.picker.is_some()
    }

    /// Put the layers back as a `Back` history entry had them.
    pub fn restore(&mut self, shown: Overlays) {
        self.picker = None;
        self.shown = shown;
    }
}
