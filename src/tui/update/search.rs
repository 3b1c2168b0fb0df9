//! The search popup's keys, the results arriving from the search thread, and
//! opening a hit in the reader. The popup only edits its query here; the
//! search itself runs on `tui::search_worker`'s thread, which hands its
//! results to [`receive`].

use super::find;
use crate::corpus::Corpus;
use crate::search::{SearchUpdate, Target};
use crate::tui::action::Action;
use crate::tui::state::{Edit, Pane, Scope, SearchState, SidebarMode, State};

/// Rows of hits the popup shows (for paging); the view sizes it the same way.
fn page(state: &State) -> isize {
    let (_, rows) = crate::tui::view::search::popup_size(state.width, state.height);
    rows.max(1) as isize
}

/// `/`: show the popup with the last query and selection.
pub fn open(state: &mut State) {
    state.search.open = true;
}

/// Keys while the popup is open.
pub fn popup(state: &mut State, corpus: &Corpus, action: Action) {
    let page = page(state);
    let s = &mut state.search;
    match action {
        Action::Edit(edit) => typed(s, edit),
        Action::Up => s.move_by(-1),
        Action::Wheel { delta, .. } => s.move_by(isize::from(delta.signum())),
        Action::Down => s.move_by(1),
        Action::PageUp => s.move_by(-page),
        Action::PageDown => s.move_by(page),
        Action::Open => open_selected(state, corpus),
        Action::Escape | Action::OpenSearch => state.search.open = false,
        Action::Quit => state.quit = true,
        Action::Resize { width, height } => {
            state.width = width;
            state.height = height;
            state.wrap_reader(corpus);
        }
        _ => {}
    }
    keep_selection_visible(state);
}

/// A key edited the query. An empty query has no results: no need to ask
/// the search thread; any other is submitted by the worker after this update.
fn typed(s: &mut SearchState, edit: Edit) {
    if s.input.apply(edit) && s.query().is_empty() {
        let text = s.input.text.clone();
        s.show(&text, Vec::new());
        s.total = Some(0);
        s.more = false;
        s.done = true;
    }
}

/// Take an update from the search thread. Updates for a query that is no
/// longer typed are dropped: the popup only shows results for what it shows.
pub fn receive(state: &mut State, update: SearchUpdate) {
    let s = &mut state.search;
    if update.input != s.input.text {
        return;
    }
    s.show(&update.input, update.hits);
    s.total = update.total;
    s.more = update.more;
    s.done = update.done;
    s.elapsed = Some(update.elapsed);
    keep_selection_visible(state);
}

fn keep_selection_visible(state: &mut State) {
    let rows = page(state) as usize;
    let s = &mut state.search;
    s.offset = crate::tui::view::layout::list_offset(s.offset, s.selected, rows, |_| 1);
}

/// Enter: close the popup and show the selected hit where it lives. Every
/// match of the query in that article is then highlighted for n / N.
fn open_selected(state: &mut State, corpus: &Corpus) {
    let Some(hit) = state.search.selected_hit().cloned() else {
        return;
    };
    state.search.open = false;
    state.push_history();
    let query = state.search.input.text.clone();
    match hit.target {
        Target::Title(article) => {
            show_article(state, corpus, article);
            state.reader.scroll = 0;
            state.reader.current = None;
            state.find.set(corpus, Some(article), &query);
        }
        Target::Paragraph { article, range, .. } => {
            show_article(state, corpus, article);
            state.reader.current = None;
            state.find.set(corpus, Some(article), &query);
            let inside = state
                .find
                .first_from(range.start)
                .filter(|&i| state.find.matches[i].start < range.end);
            state.find.current = inside;
            let at = inside.map_or(range.start, |i| state.find.matches[i].start);
            find::scroll_to_byte(state, at);
        }
        Target::Statement(id) => {
            let Some(st) = corpus.statements.get(id) else {
                return;
            };
            show_article(state, corpus, st.article);
            state.reader.focus_statement(id);
            state.find.set(corpus, Some(st.article), &query);
            state.find.current = state
                .find
                .first_from(st.range.start)
                .filter(|&i| state.find.matches[i].start < st.range.end);
        }
        Target::Speaker(speaker) => {
            let mode = SidebarMode::Statements {
                speaker,
                scope: Scope::Corpus,
            };
            state.sidebar.set_mode(corpus, state.reader.article, mode);
            state.focus = Pane::Sidebar;
            state.wrap_reader(corpus);
            state.find.set(corpus, state.reader.article, &query);
        }
        Target::Line(_) => {}
    }
}

/// Put `article` in the reader (keeping it if already there) and focus it.
fn show_article(state: &mut State, corpus: &Corpus, article: usize) {
    if state.reader.article != Some(article) {
        state.open_article(corpus, article);
    }
    state.articles.select_article(article);
    state.focus = Pane::Reader;
    state.wrap_reader(corpus);
}
