//! The search popup drawn on ratatui's `TestBackend` from the built-in corpus
//! and compared with reviewed insta snapshots: mixed results, each scope, no
//! results, a narrow terminal, and the reader after opening a hit.

use quoth::corpus::Corpus;
use quoth::search::Index;
use quoth::tui::action::Action;
use quoth::tui::search_worker::SearchWorker;
use quoth::tui::state::{Edit, State};
use quoth::tui::update::update;
use quoth::tui::view::Screen;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::sync::Arc;
use std::time::Duration;

/// Open the popup on a `width`×`height` screen and type `query`, waiting for
/// the final results; the timing is hidden so snapshots do not vary.
fn searched(corpus: &Corpus, width: u16, height: u16, query: &str) -> State {
    let mut worker = SearchWorker::with_index(Arc::new(Index::build(corpus)));
    let mut state = State::new(corpus, width, height);
    update(&mut state, corpus, Action::OpenSearch);
    for c in query.chars() {
        update(&mut state, corpus, Action::Edit(Edit::Insert(c)));
        worker.sync(&mut state);
    }
    assert!(worker.settle(&mut state, Duration::from_secs(30)));
    state.search.elapsed = None;
    state
}

fn draw(state: &State, corpus: &Corpus) -> String {
    let mut t = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    t.draw(|f| f.render_widget(Screen::new(state, corpus), f.area()))
        .unwrap();
    t.backend().to_string()
}

#[test]
fn mixed_results() {
    let c = Corpus::builtin();
    let state = searched(&c, 120, 32, "peskov");
    let kinds: std::collections::HashSet<_> = state.search.hits.iter().map(|h| h.kind).collect();
    assert!(kinds.len() >= 3, "{kinds:?}");
    let screen = draw(&state, &c);
    assert!(screen.contains("Search in all"));
    insta::assert_snapshot!("search_mixed", screen);
}

#[test]
fn each_scope() {
    let c = Corpus::builtin();
    for (name, query, label) in [
        ("speakers", "@kremlin", "in speakers"),
        ("statements", "\"red lines", "in statements"),
        ("titles", "#ukraine", "in titles"),
    ] {
        let state = searched(&c, 120, 32, query);
        assert!(!state.search.hits.is_empty(), "{query}");
        let screen = draw(&state, &c);
        assert!(screen.contains(label), "{query}: {screen}");
        insta::assert_snapshot!(format!("search_scope_{name}"), screen);
    }
}

#[test]
fn no_results() {
    let c = Corpus::builtin();
    let state = searched(&c, 120, 32, "zqxjv");
    let screen = draw(&state, &c);
    assert!(screen.contains("No results"));
    insta::assert_snapshot!("search_none", screen);
}

#[test]
fn forty_columns() {
    let c = Corpus::builtin();
    let state = searched(&c, 40, 20, "blnkn concern");
    let screen = draw(&state, &c);
    assert!(screen.contains("blnkn concern"));
    insta::assert_snapshot!("search_40_columns", screen);
}

#[test]
fn reader_after_opening_a_paragraph_hit() {
    let c = Corpus::builtin();
    let mut state = searched(&c, 120, 32, "red lines");
    let at = state
        .search
        .hits
        .iter()
        .position(|h| h.kind == quoth::search::Kind::Paragraph)
        .expect("a paragraph hit");
    for _ in 0..at {
        update(&mut state, &c, Action::Down);
    }
    update(&mut state, &c, Action::Open);
    let screen = draw(&state, &c);
    assert!(screen.contains(": red lines"), "{screen}");
    insta::assert_snapshot!("search_opened_paragraph", screen);
}
