//! Whole screens drawn on ratatui's `TestBackend` from the built-in corpus,
//! driven by actions, and compared with reviewed insta snapshots.

use quoth::corpus::Corpus;
use quoth::tui::action::Action::{self, *};
use quoth::tui::state::{Pane, State};
use quoth::tui::update::update;
use quoth::tui::view::Screen;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn run(state: &mut State, corpus: &Corpus, keys: &[Action]) {
    for k in keys {
        update(state, corpus, *k);
    }
}

fn draw(state: &State, corpus: &Corpus) -> String {
    let mut t = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    t.draw(|f| f.render_widget(Screen::new(state, corpus), f.area()))
        .unwrap();
    t.backend().to_string()
}

/// Select article `file` in the list and open it at its first statement.
fn open_article(state: &mut State, corpus: &Corpus, file: &str) {
    let id = corpus
        .articles
        .iter()
        .position(|a| a.file == file)
        .expect("built-in article");
    state.focus = Pane::Articles;
    run(state, corpus, &[Top]);
    while state.articles.selected_article() != Some(id) {
        run(state, corpus, &[Down]);
    }
    run(state, corpus, &[Open, NextStatement]);
}

#[test]
fn main_screen_of_each_builtin_article() {
    let corpus = Corpus::builtin();
    for article in &corpus.articles {
        let mut state = State::new(&corpus, 140, 40);
        open_article(&mut state, &corpus, &article.file);
        let name = article.file.split('_').next().unwrap();
        insta::assert_snapshot!(format!("main_{name}"), draw(&state, &corpus));
    }
}

#[test]
fn sidebar_lists_peskovs_statements_across_the_corpus() {
    let corpus = Corpus::builtin();
    let peskov = corpus
        .speakers
        .iter()
        .position(|s| s.name.contains("Peskov"))
        .expect("Peskov is a speaker");
    let first = corpus.speakers[peskov].statements[0];
    let article = &corpus.articles[corpus.statements[first].article];
    let mut state = State::new(&corpus, 140, 40);
    open_article(&mut state, &corpus, &article.file);
    for _ in 0..corpus.statements.len() {
        if state.current_speaker(&corpus) == Some(peskov) {
            break;
        }
        run(&mut state, &corpus, &[NextStatement]);
    }
    assert_eq!(state.current_speaker(&corpus), Some(peskov));
    run(&mut state, &corpus, &[FocusRight, ToggleScope]);
    let screen = draw(&state, &corpus);
    assert!(screen.contains("all articles"));
    insta::assert_snapshot!("peskov_across_corpus", screen);
}

#[test]
fn help_overlay() {
    let corpus = Corpus::builtin();
    // Tall enough for every key (the compare and search keys made it longer).
    let mut state = State::new(&corpus, 100, 60);
    run(&mut state, &corpus, &[ToggleHelp]);
    let screen = draw(&state, &corpus);
    for b in quoth::tui::keymap::KEYMAP {
        assert!(
            screen.contains(b.description),
            "help lacks {}",
            b.description
        );
    }
    insta::assert_snapshot!("help", screen);
}

#[test]
fn sixty_columns_show_one_pane_with_tabs() {
    let corpus = Corpus::builtin();
    let mut state = State::new(&corpus, 60, 24);
    run(&mut state, &corpus, &[Open, NextStatement]);
    let screen = draw(&state, &corpus);
    assert!(screen.contains("Articles  │  Reader  │  Who"));
    insta::assert_snapshot!("narrow_60", screen);
}
