//! Drawing the compare layers on ratatui's `TestBackend`: the compare view and
//! the variants view on the built-in corpus at 200×60, and on a generated
//! 1,000-article corpus the two most-quoted speakers' comparison (the key
//! that opens it, then a frame at the bottom of the rows).

use criterion::{criterion_group, criterion_main, Criterion};
use quoth::compare::most_quoted;
use quoth::corpus::Corpus;
use quoth::tui::action::Action::{self, Bottom, Compare, Down, Open, Variants};
use quoth::tui::state::State;
use quoth::tui::update::update;
use quoth::tui::view::Screen;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn frame(terminal: &mut Terminal<TestBackend>, state: &State, corpus: &Corpus) {
    terminal.clear().unwrap();
    terminal
        .draw(|f| f.render_widget(Screen::new(state, corpus), f.area()))
        .unwrap();
}

fn run(state: &mut State, corpus: &Corpus, keys: &[Action]) {
    for k in keys {
        update(state, corpus, *k);
    }
}

/// `c`, then the picker's default pair (Enter with nothing typed).
fn open_compare(corpus: &Corpus) -> State {
    let mut state = State::new(corpus, 200, 60);
    run(&mut state, corpus, &[Compare, Open]);
    assert!(state.compare.view_shown());
    state
}

fn builtin(c: &mut Criterion) {
    let corpus = Corpus::builtin();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut g = c.benchmark_group("compare view");
    let state = open_compare(&corpus);
    g.bench_function("built-in: full frame 200x60", |b| {
        b.iter(|| frame(&mut terminal, &state, &corpus));
    });
    let mut variants = state.clone();
    // The first row with a statement carried more than once.
    while variants
        .compare
        .view
        .as_ref()
        .and_then(quoth::tui::state::CompareView::focused_statement)
        .is_some_and(|s| variants.compare.reported_in(s) < 2)
    {
        let before = variants.compare.view.as_ref().map(|v| v.focus);
        run(&mut variants, &corpus, &[Down]);
        if variants.compare.view.as_ref().map(|v| v.focus) == before {
            break;
        }
    }
    run(&mut variants, &corpus, &[Variants]);
    g.bench_function("built-in: variants view 200x60", |b| {
        b.iter(|| frame(&mut terminal, &variants, &corpus));
    });
    g.finish();
}

fn generated(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    quoth::generate::write(1000, 11, dir.path()).unwrap();
    let corpus = Corpus::load(&[dir.path().to_path_buf()]).unwrap();
    let top = most_quoted(&corpus.speakers, 2);
    let n: usize = top
        .iter()
        .map(|&s| corpus.speakers[s].statements.len())
        .sum();
    eprintln!(
        "generated: {} statements; the two most quoted have {n}",
        corpus.statements.len()
    );
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut g = c.benchmark_group("compare view");
    let state = open_compare(&corpus);
    g.bench_function("1,000 articles: open (Enter in the picker)", |b| {
        b.iter_batched(
            || {
                let mut s = state.clone();
                run(&mut s, &corpus, &[Compare]);
                s
            },
            |mut s| update(&mut s, &corpus, Open),
            criterion::BatchSize::SmallInput,
        );
    });
    g.bench_function("1,000 articles: G then a full frame 200x60", |b| {
        b.iter(|| {
            let mut s = state.clone();
            update(&mut s, &corpus, Bottom);
            frame(&mut terminal, &s, &corpus);
        });
    });
    g.finish();
}

criterion_group!(benches, builtin, generated);
criterion_main!(benches);
