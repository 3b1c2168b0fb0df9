//! `update`: the only place that changes [`State`]. Pure: no terminal, no I/O,
//! so every key sequence can be tested without a screen.

use super::action::Action;
use super::state::{Layer, Pane, Scope, SidebarMode, SidebarRow, State};
use super::view::layout::{self, inner};
use crate::corpus::Corpus;

pub mod find;
pub mod search;

/// Lines scrolled per mouse-wheel notch.
const WHEEL_LINES: isize = 3;

/// Apply `action` to `state`.
pub fn update(state: &mut State, corpus: &Corpus, action: Action) {
    // Ctrl-C leaves from any layer, whatever that layer does with other keys.
    if action == Action::QuitNow {
        state.quit = true;
        return;
    }
    marks::clear_notice(state, action);
    // The compare index (term vectors, groups) is needed from the first
    // action on; it is built in the background after the first frame.
    state.compare.ensure_index(corpus);
    // Each layer handles its own keys; overlays (help, later search) come first.
    if action == Action::Escape && matches!(state.layer(), Layer::Pane(_)) && find::escape(state) {
        return;
    }
    match state.layer() {
        Layer::Help => help(state, corpus, action),
        Layer::Pane(_) => panes(state, corpus, action),
        Layer::Picker => compare::picker(state, corpus, action),
        Layer::Compare => compare::view(state, corpus, action),
        Layer::Variants => compare::variants(state, corpus, action),
        Layer::Search => search::popup(state, corpus, action),
        Layer::Find => find::prompt(state, corpus, action),
    }
    find::after(state, corpus, action);
    marks::note_opened(state, corpus);
}

/// Keys for the three panes (no overlay open).
fn panes(state: &mut State, corpus: &Corpus, action: Action) {
    match action {
        Action::Up => move_focused(state, corpus, Step::Lines(-1)),
        Action::Down => move_focused(state, corpus, Step::Lines(1)),
        Action::PageUp => move_focused(state, corpus, Step::Pages(-1)),
        Action::PageDown => move_focused(state, corpus, Step::Pages(1)),
        Action::Top => move_focused(state, corpus, Step::Top),
        Action::Bottom => move_focused(state, corpus, Step::Bottom),
        Action::FocusNext => focus(state, corpus, state.focus.next()),
        Action::FocusPrev => focus(state, corpus, state.focus.prev()),
        Action::FocusLeft if state.focus != Pane::Articles => {
            focus(state, corpus, state.focus.prev());
        }
        Action::FocusRight if state.focus != Pane::Sidebar => {
            focus(state, corpus, state.focus.next());
        }
        Action::Open => open(state, corpus),
        Action::NextStatement => jump(state, corpus, true),
        Action::PrevStatement => jump(state, corpus, false),
        Action::ToggleScope => toggle_scope(state, corpus),
        Action::FilterBySpeaker => {
            let speaker = state
                .sidebar
                .selected_speaker(corpus)
                .or_else(|| state.current_speaker(corpus));
            if let Some(s) = speaker {
                state.articles.filter = Some(s);
                state.articles.rebuild(corpus);
            }
        }
        Action::ClearFilter => {
            state.articles.filter = None;
            state.articles.rebuild(corpus);
        }
        Action::CycleSort => {
            state.articles.sort = state.articles.sort.next();
            state.articles.rebuild(corpus);
        }
        Action::Back => {
            if !state.pop_history(corpus) && state.sidebar.mode != SidebarMode::Entities {
                state
                    .sidebar
                    .set_mode(corpus, state.reader.article, SidebarMode::Entities);
            }
        }
        Action::ToggleHelp => {
            state.help = super::state::HelpState {
                open: true,
                scroll: 0,
            }
        }
        Action::Escape => {
            if state.sidebar.mode == SidebarMode::Entities {
                state.quit = true;
            } else {
                state
                    .sidebar
                    .set_mode(corpus, state.reader.article, SidebarMode::Entities);
            }
        }
        Action::Quit | Action::QuitNow => state.quit = true,
        Action::Wheel { column, row, delta } => {
            let panes = state.panes();
            if let Some(pane) = panes.at(column, row) {
                let step = Step::Lines(if pane == Pane::Reader {
                    WHEEL_LINES * isize::from(delta.signum())
                } else {
                    isize::from(delta.signum())
                });
                move_pane(state, corpus, pane, step);
            }
        }
        Action::Resize { width, height } => {
            state.width = width;
            state.height = height;
            state.wrap_reader(corpus);
        }
        Action::CopyCitation => clipboard::copy_citation(state, corpus),
        Action::ToggleStar => marks::toggle_star(state, corpus),
        Action::ToggleRead => marks::toggle_read(state, corpus),
        Action::Export => marks::export_speaker(state, corpus),
        Action::Compare
        | Action::Variants
        | Action::CompareOrder
        | Action::SwapSides
        | Action::Type(_) => compare::panes(state, corpus, action),
        Action::FocusLeft | Action::FocusRight | Action::Edit(_) => {}
        Action::OpenSearch => search::open(state),
        Action::Find => find::start_prompt(state),
        Action::NextMatch => find::step(state, true),
        Action::PrevMatch => find::step(state, false),
    }
    keep_lists_visible(state);
}

/// The help overlay takes the keys while open.
fn help(state: &mut State, corpus: &Corpus, action: Action) {
    match action {
        Action::ToggleHelp | Action::Escape | Action::Quit => state.help.open = false,
        Action::Down | Action::PageDown => state.help.scroll += 1,
        Action::Wheel { delta, .. } if delta > 0 => state.help.scroll += 1,
        Action::Up | Action::PageUp | Action::Wheel { .. } => {
            state.help.scroll = state.help.scroll.saturating_sub(1);
        }
        Action::Top => state.help.scroll = 0,
        Action::Bottom => state.help.scroll = usize::MAX,
        Action::Resize { width, height } => {
            state.width = width;
            state.height = height;
            state.wrap_reader(corpus);
        }
        _ => {}
    }
    let lines = super::view::help::help_lines(state).len();
    let visible = usize::from(state.height).saturating_sub(2);
    state.help.scroll = state.help.scroll.min(lines.saturating_sub(visible));
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Lines(isize),
    Pages(isize),
    Top,
    Bottom,
}

fn move_focused(state: &mut State, corpus: &Corpus, step: Step) {
    move_pane(state, corpus, state.focus, step);
}

fn pane_height(state: &State, pane: Pane) -> usize {
    let panes = state.panes();
    panes
        .get(pane)
        .map_or(1, |r| usize::from(inner(r).height).max(1))
}

fn move_pane(state: &mut State, corpus: &Corpus, pane: Pane, step: Step) {
    let page_len = pane_height(state, pane) as isize;
    match pane {
        Pane::Reader => match step {
            Step::Lines(n) => state.reader.scroll_by(n),
            Step::Pages(n) => state.reader.scroll_by(n * (page_len - 1).max(1)),
            Step::Top => state.reader.scroll = 0,
            Step::Bottom => state.reader.scroll = state.reader.max_scroll(),
        },
        Pane::Articles => {
            let before = state.articles.selected_article();
            match step {
                Step::Lines(n) => state.articles.move_by(n),
                Step::Pages(n) => state.articles.move_by(n * (page_len / 2).max(1)),
                Step::Top => state.articles.selected = 0,
                Step::Bottom => state.articles.move_by(isize::MAX),
            }
            // The selected article is shown at once in the reader.
            let after = state.articles.selected_article();
            if let Some(a) = after.filter(|_| after != before) {
                state.open_article(corpus, a);
            }
        }
        Pane::Sidebar => match step {
            Step::Lines(n) => state.sidebar.move_by(n),
            Step::Pages(n) => state.sidebar.move_by(n * (page_len / 2).max(1)),
            Step::Top => {
                state.sidebar.selected = 0;
                state.sidebar.clamp_selection();
            }
            Step::Bottom => state.sidebar.move_by(isize::MAX),
        },
    }
}

fn focus(state: &mut State, corpus: &Corpus, pane: Pane) {
    state.focus = pane;
    // In the narrow layout the reader's width changes with focus.
    state.wrap_reader(corpus);
}

fn open(state: &mut State, corpus: &Corpus) {
    match state.focus {
        Pane::Articles => {
            if let Some(a) = state.articles.selected_article() {
                if state.reader.article != Some(a) {
                    state.open_article(corpus, a);
                }
                focus(state, corpus, Pane::Reader);
            }
        }
        Pane::Reader => {
            // Enter on a statement: list what its speaker said here.
            if let Some(speaker) = state.current_speaker(corpus) {
                state.push_history();
                let mode = SidebarMode::Statements {
                    speaker,
                    scope: Scope::Article,
                };
                state.sidebar.set_mode(corpus, state.reader.article, mode);
                focus(state, corpus, Pane::Sidebar);
            }
        }
        Pane::Sidebar => match state.sidebar.selected_row() {
            Some(SidebarRow::Speaker { id, .. }) => {
                state.push_history();
                let mode = SidebarMode::Statements {
                    speaker: id,
                    scope: Scope::Article,
                };
                state.sidebar.set_mode(corpus, state.reader.article, mode);
            }
            Some(SidebarRow::Statement(id)) => open_statement(state, corpus, id),
            Some(SidebarRow::Entity { index, .. }) => show_mention(state, corpus, index),
            _ => {}
        },
    }
}

/// Show statement `id` in the reader, scrolled to it and highlighted. The
/// sidebar keeps its list so the next statement is one key away.
fn open_statement(state: &mut State, corpus: &Corpus, id: usize) {
    let Some(st) = corpus.statements.get(id) else {
        return;
    };
    state.push_history();
    if state.reader.article != Some(st.article) {
        state.reader.open(corpus, st.article);
        state.articles.select_article(st.article);
    }
    state.focus = Pane::Reader;
    state.wrap_reader(corpus);
    state.reader.focus_statement(id);
}

/// Scroll the reader to the first mention of entity `index` in this article.
fn show_mention(state: &mut State, corpus: &Corpus, index: usize) {
    let Some(entity) = corpus.entities.get(index) else {
        return;
    };
    let Some(m) = entity
        .mentions
        .iter()
        .find(|m| Some(m.article) == state.reader.article)
    else {
        return;
    };
    state.push_history();
    let line = state.reader.line_of_byte(m.range.start);
    state.reader.scroll = line.saturating_sub(usize::from(state.reader.height / 4));
    state.reader.clamp_scroll();
}

fn jump(state: &mut State, corpus: &Corpus, forward: bool) {
    let Some(i) = state.reader.neighbour(forward) else {
        return;
    };
    let id = state.reader.statements[i];
    state.reader.focus_statement(id);
    if state.sidebar.mode == SidebarMode::Entities {
        if let Some(s) = state.current_speaker(corpus) {
            state.sidebar.select_speaker(s);
        }
    }
}

fn toggle_scope(state: &mut State, corpus: &Corpus) {
    let mode = match state.sidebar.mode {
        SidebarMode::Statements { speaker, scope } => SidebarMode::Statements {
            speaker,
            scope: match scope {
                Scope::Article => Scope::Corpus,
                Scope::Corpus => Scope::Article,
            },
        },
        SidebarMode::Entities => {
            let Some(speaker) = state
                .sidebar
                .selected_speaker(corpus)
                .or_else(|| state.current_speaker(corpus))
            else {
                return;
            };
            state.push_history();
            SidebarMode::Statements {
                speaker,
                scope: Scope::Corpus,
            }
        }
    };
    state.sidebar.set_mode(corpus, state.reader.article, mode);
}

/// Keep the list selections on screen after any change.
fn keep_lists_visible(state: &mut State) {
    let panes = state.panes();
    if let Some(r) = panes.articles {
        let h = usize::from(inner(r).height)
            .saturating_sub(usize::from(state.articles.filter.is_some()));
        let list = &mut state.articles;
        list.offset = layout::list_offset(list.offset, list.selected, h, |_| 2);
    }
    if let Some(r) = panes.sidebar {
        let h =
            usize::from(inner(r).height).saturating_sub(super::view::sidebar::header_height(state));
        let rows = &state.sidebar.rows;
        let height = |i: usize| {
            rows.get(i)
                .map_or(1, |r| super::view::sidebar::row_height(*r))
        };
        state.sidebar.offset =
            layout::list_offset(state.sidebar.offset, state.sidebar.selected, h, height);
    }
}

pub mod clipboard;
mod compare;
pub mod marks;

#[cfg(test)]
mod tests;
