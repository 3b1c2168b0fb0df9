//! Keys of the compare layers: the speaker picker, the compare view and the
//! variants view. A statement opened from them is read in the reading view;
//! `Back` returns to them (the history remembers which were on screen).

use super::open_statement;
use crate::attribution::StatementId;
use crate::compare::RowOrder;
use crate::corpus::Corpus;
use crate::tui::action::Action;
use crate::tui::state::{default_pair, CompareView, Pane, PickerState, Side, SidebarRow, State};
use crate::tui::state::{Overlays, VariantsState};
use crate::tui::view::{compare as geometry, picker as picker_view, variants as variants_view};

/// The compare keys pressed in the panes: `c` opens the picker, `v` the
/// variants; the keys of the views themselves mean nothing here.
pub(super) fn panes(state: &mut State, corpus: &Corpus, action: Action) {
    match action {
        Action::Compare => open_picker(state, corpus),
        Action::Variants => open_variants_from_panes(state, corpus),
        _ => {}
    }
}

/// `c`: open the picker, pre-filled with the speakers on screen, else the
/// sidebar's speaker and the most quoted.
fn open_picker(state: &mut State, corpus: &Corpus) {
    let chosen = match state.compare.view.as_ref() {
        Some(v) if state.compare.view_shown() => v.speakers.clone(),
        _ => {
            let preferred = state
                .sidebar
                .selected_speaker(corpus)
                .or_else(|| state.current_speaker(corpus));
            default_pair(corpus, preferred)
        }
    };
    state.compare.picker = Some(PickerState::new(corpus, chosen));
}

/// `v` in the panes: the variants of the sidebar's statement, else of the
/// statement being read.
fn open_variants_from_panes(state: &mut State, corpus: &Corpus) {
    let from_sidebar = match (state.focus, state.sidebar.selected_row()) {
        (Pane::Sidebar, Some(SidebarRow::Statement(id))) => Some(id),
        _ => None,
    };
    if let Some(id) = from_sidebar.or(state.reader.current) {
        open_variants(state, corpus, id);
    }
}

fn open_variants(state: &mut State, corpus: &Corpus, id: StatementId) {
    if corpus.statements.get(id).is_none() {
        return;
    }
    let index = state.compare.ensure_index(corpus);
    state.compare.variants = Some(VariantsState::of(corpus, &index, id));
    state.compare.shown.variants = true;
}

/// Read statement `id` in the reading view; the layers on screen are
/// hidden, and the history entry made on the way remembers them.
fn read(state: &mut State, corpus: &Corpus, id: StatementId) {
    open_statement(state, corpus, id);
    state.compare.shown = Overlays::default();
}

fn resize(state: &mut State, corpus: &Corpus, width: u16, height: u16) {
    state.width = width;
    state.height = height;
    state.wrap_reader(corpus);
}

/// The picker takes typed characters as its query.
pub(super) fn picker(state: &mut State, corpus: &Corpus, action: Action) {
    let page = picker_view::list_height(state.width, state.height) as isize;
    let Some(p) = state.compare.picker.as_mut() else {
        return;
    };
    let step = |p: &mut PickerState, delta: isize| {
        let last = p.matches.len().saturating_sub(1);
        p.selected = p.selected.saturating_add_signed(delta).min(last);
        p.browsed = true;
    };
    match action {
        Action::Type(' ') => {
            if let Some(s) = p.highlighted() {
                p.toggle(s);
                p.query.clear();
                p.refilter(corpus);
            }
        }
        Action::Type(c) => {
            p.query.push(c);
            p.refilter(corpus);
            p.browsed = false;
        }
        Action::Back => {
            p.query.pop();
            p.refilter(corpus);
        }
        Action::Up => step(p, -1),
        Action::Down => step(p, 1),
        Action::PageUp => step(p, -page),
        Action::PageDown => step(p, page),
        Action::Top => step(p, isize::MIN / 2),
        Action::Bottom => step(p, isize::MAX / 2),
        Action::Wheel { delta, .. } => step(p, isize::from(delta.signum())),
        Action::FocusNext | Action::FocusPrev => p.slot = 1 - p.slot.min(1),
        Action::FocusLeft => p.slot = 0,
        Action::FocusRight => p.slot = 1,
        Action::Open => pick_or_confirm(state, corpus),
        Action::Escape | Action::Compare => state.compare.picker = None,
        Action::Quit => state.quit = true,
        Action::Resize { width, height } => resize(state, corpus, width, height),
        _ => {}
    }
    let height = picker_view::list_height(state.width, state.height);
    if let Some(p) = state.compare.picker.as_mut() {
        p.offset = crate::tui::view::layout::list_offset(p.offset, p.selected, height, |_| 1);
    }
}

/// Enter: with a query typed (or a speaker chosen by hand), put the
/// highlighted speaker in the slot being filled and go on to the next slot;
/// otherwise (or after the right slot) open the compare view.
fn pick_or_confirm(state: &mut State, corpus: &Corpus) {
    let Some(p) = state.compare.picker.as_mut() else {
        return;
    };
    let picked = (!p.query.trim().is_empty() || p.browsed)
        .then(|| p.highlighted())
        .flatten();
    if let Some(s) = picked {
        let slot = p.slot;
        p.assign(slot, s);
        p.query.clear();
        p.refilter(corpus);
        p.browsed = false;
        if slot == 0 {
            p.slot = 1;
            return;
        }
    }
    if p.chosen.len() < 2 {
        p.slot = p.chosen.len().min(1);
        return;
    }
    let speakers = p.chosen.clone();
    let index = state.compare.ensure_index(corpus);
    let order = state
        .compare
        .view
        .as_ref()
        .map_or(RowOrder::Date, |v| v.comparison.order);
    state.compare.view = Some(CompareView::new(corpus, &index, speakers, order));
    state.compare.picker = None;
    state.compare.shown = Overlays {
        compare: true,
        variants: false,
    };
    keep_visible(state, corpus);
}

/// Keys of the compare view.
pub(super) fn view(state: &mut State, corpus: &Corpus, action: Action) {
    if super::marks::in_overlay(state, corpus, action) {
        return;
    }
    let index = state.compare.ensure_index(corpus);
    let page = page_rows(state, corpus);
    let Some(v) = state.compare.view.as_mut() else {
        return;
    };
    match action {
        Action::Up => v.move_by(-1),
        Action::Down => v.move_by(1),
        Action::PageUp => v.move_by(-page),
        Action::PageDown => v.move_by(page),
        Action::Top => v.focus = 0,
        Action::Bottom => v.move_by(isize::MAX),
        Action::Wheel { delta, .. } => v.move_by(isize::from(delta.signum())),
        Action::FocusLeft => v.side = Side::Left,
        Action::FocusRight => v.side = Side::Right,
        Action::FocusNext | Action::FocusPrev => v.side = v.focused_side().other(),
        Action::CompareOrder => {
            let order = v.comparison.order.toggled();
            v.recompute(corpus, &index, order);
        }
        Action::SwapSides => v.swap(corpus, &index),
        Action::NextStatement => v.cycle_right(corpus, &index, true),
        Action::PrevStatement => v.cycle_right(corpus, &index, false),
        Action::Open => {
            if let Some(id) = v.focused_statement() {
                read(state, corpus, id);
            }
        }
        Action::Variants => {
            if let Some(id) = v.focused_statement() {
                open_variants(state, corpus, id);
            }
        }
        Action::Compare => open_picker(state, corpus),
        Action::Escape | Action::Back => {
            state.compare.view = None;
            state.compare.shown = Overlays::default();
        }
        Action::ToggleHelp => state.help.open = true,
        Action::Quit => state.quit = true,
        Action::Resize { width, height } => resize(state, corpus, width, height),
        _ => {}
    }
    keep_visible(state, corpus);
}

/// Rows that fit on a page from the focused one (at least one).
fn page_rows(state: &State, corpus: &Corpus) -> isize {
    let Some(v) = state.compare.view.as_ref() else {
        return 1;
    };
    let area = geometry::rows_area(geometry::body(state.width, state.height));
    let height = usize::from(area.height);
    let mut used = 0;
    let mut n = 0;
    for i in v.focus..v.comparison.rows.len() {
        used += geometry::row_block(state, corpus, v, i, area.width).height();
        if used > height {
            break;
        }
        n += 1;
    }
    n.max(1)
}

/// Scroll so that the focused row is on screen.
fn keep_visible(state: &mut State, corpus: &Corpus) {
    let Some(v) = state.compare.view.as_ref() else {
        return;
    };
    let area = geometry::rows_area(geometry::body(state.width, state.height));
    let offset =
        crate::tui::view::layout::list_offset(v.offset, v.focus, usize::from(area.height), |i| {
            geometry::row_block(state, corpus, v, i, area.width).height()
        });
    if let Some(v) = state.compare.view.as_mut() {
        v.offset = offset;
    }
}

/// Keys of the variants view.
pub(super) fn variants(state: &mut State, corpus: &Corpus, action: Action) {
    if super::marks::in_overlay(state, corpus, action) {
        return;
    }
    let (page, total) = variants_view::scroll_extent(state, corpus);
    let Some(v) = state.compare.variants.as_mut() else {
        return;
    };
    let n = v.statements.len().max(1);
    let max_scroll = total.saturating_sub(page);
    let scroll = |v: &mut VariantsState, delta: isize| {
        v.scroll = v.scroll.saturating_add_signed(delta).min(max_scroll);
    };
    let page = page.saturating_sub(1).max(1) as isize;
    match action {
        Action::Up => scroll(v, -1),
        Action::Down => scroll(v, 1),
        Action::PageUp => scroll(v, -page),
        Action::PageDown => scroll(v, page),
        Action::Top => v.scroll = 0,
        Action::Bottom => v.scroll = max_scroll,
        Action::Wheel { delta, .. } => scroll(v, isize::from(delta.signum())),
        Action::FocusLeft | Action::FocusPrev => v.focus = (v.focus + n - 1) % n,
        Action::FocusRight | Action::FocusNext => v.focus = (v.focus + 1) % n,
        Action::Open => {
            if let Some(id) = v.focused() {
                read(state, corpus, id);
            }
        }
        Action::Escape | Action::Back | Action::Variants => {
            state.compare.variants = None;
            state.compare.shown.variants = false;
        }
        Action::Compare => open_picker(state, corpus),
        Action::ToggleHelp => state.help.open = true,
        Action::Quit => state.quit = true,
        Action::Resize { width, height } => resize(state, corpus, width, height),
        _ => {}
    }
}
