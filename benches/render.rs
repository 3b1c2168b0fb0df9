//! Drawing one full frame of the reader at 200×60 on ratatui's `TestBackend`
//! (layout, article list, wrapped reading view with quotation styling,
//! sidebar, status bar, and the terminal's diff). Goal: under 2 ms.

use criterion::{criterion_group, criterion_main, Criterion};
use quoth::corpus::Corpus;
use quoth::tui::action::Action;
use quoth::tui::state::State;
use quoth::tui::update::update;
use quoth::tui::view::Screen;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn render(c: &mut Criterion) {
    let corpus = Corpus::builtin();
    let mut state = State::new(&corpus, 200, 60);
    for a in [Action::Open, Action::NextStatement, Action::NextStatement] {
        update(&mut state, &corpus, a);
    }
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut g = c.benchmark_group("render");
    g.bench_function("full frame 200x60", |b| {
        b.iter(|| {
            // Clear so every iteration draws and diffs a whole frame.
            terminal.clear().unwrap();
            terminal
                .draw(|f| f.render_widget(Screen::new(&state, &corpus), f.area()))
                .unwrap();
        });
    });
    g.bench_function("full frame 200x60, help open", |b| {
        let mut help = state.clone();
        update(&mut help, &corpus, Action::ToggleHelp);
        b.iter(|| {
            terminal.clear().unwrap();
            terminal
                .draw(|f| f.render_widget(Screen::new(&help, &corpus), f.area()))
                .unwrap();
        });
    });
    g.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
