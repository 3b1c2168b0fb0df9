//! Key sequences on the real built-in corpus, driven through `update` without
//! a terminal: the reading loop of the issue (open 000, step to Kirby, open a
//! statement from the sidebar, go back).

use quoth::corpus::Corpus;
use quoth::tui::action::Action::{self, *};
use quoth::tui::state::{Pane, Scope, SidebarMode, SidebarRow, State};
use quoth::tui::update::update;
use quoth::tui::view::Screen;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn run(state: &mut State, corpus: &Corpus, keys: &[Action]) {
    for k in keys {
        update(state, corpus, *k);
    }
}

fn sidebar_text(state: &State, corpus: &Corpus) -> String {
    let mut t = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    t.draw(|f| f.render_widget(Screen::new(state, corpus), f.area()))
        .unwrap();
    let buf = t.backend().buffer();
    let side = quoth::tui::view::layout::panes(state.width, state.height, state.focus)
        .sidebar
        .unwrap();
    let mut out = String::new();
    for y in side.top()..side.bottom() {
        for x in side.left()..side.right() {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn open_000_step_to_kirby_open_a_statement_from_the_sidebar_and_go_back() {
    let c = Corpus::builtin();
    let kirby = c
        .speakers
        .iter()
        .position(|s| s.name == "John Kirby")
        .expect("Kirby in the registry");
    let mut s = State::new(&c, 160, 45);
    assert!(c.articles[s.reader.article.unwrap()]
        .file
        .starts_with("000"));
    run(&mut s, &c, &[Open]);
    assert_eq!(s.focus, Pane::Reader);

    // Next statement until Kirby speaks; he is among the first few.
    let mut presses = 0;
    while s.current_speaker(&c) != Some(kirby) && presses < 6 {
        run(&mut s, &c, &[NextStatement]);
        presses += 1;
    }
    assert_eq!(s.current_speaker(&c), Some(kirby));
    let side = sidebar_text(&s, &c);
    assert!(side.contains("Said by John Kirby"), "{side}");
    assert!(matches!(
        s.sidebar.selected_row(),
        Some(SidebarRow::Speaker { id, count: 2 }) if id == kirby
    ));
    let reading = (s.reader.article, s.reader.scroll, s.reader.current);

    // His statements in this article, then open the second one.
    run(&mut s, &c, &[FocusRight, Open]);
    assert_eq!(
        s.sidebar.mode,
        SidebarMode::Statements {
            speaker: kirby,
            scope: Scope::Article
        }
    );
    assert_eq!(s.sidebar.rows.len(), 2);
    let Some(SidebarRow::Statement(second)) = s.sidebar.rows.get(1).copied() else {
        panic!("statement rows expected");
    };
    run(&mut s, &c, &[Down, Open]);
    assert_eq!(s.focus, Pane::Reader);
    assert_eq!(s.reader.current, Some(second));
    let line = s.reader.line_of_statement(second).unwrap();
    let visible = s.reader.scroll..s.reader.scroll + usize::from(s.reader.height);
    assert!(visible.contains(&line), "{line} not in {visible:?}");

    // Back to the list, then back to where we were reading.
    run(&mut s, &c, &[Back]);
    assert_eq!(s.focus, Pane::Sidebar);
    assert!(matches!(s.sidebar.mode, SidebarMode::Statements { .. }));
    run(&mut s, &c, &[Back]);
    assert_eq!(s.sidebar.mode, SidebarMode::Entities);
    assert_eq!(
        (s.reader.article, s.reader.scroll, s.reader.current),
        reading
    );
}

#[test]
fn peskov_across_the_corpus_and_the_article_filter() {
    let c = Corpus::builtin();
    let peskov = c
        .speakers
        .iter()
        .position(|s| s.name == "Dmitry Peskov")
        .expect("Peskov in the registry");
    let mut s = State::new(&c, 160, 45);
    run(&mut s, &c, &[Open]);
    while s.current_speaker(&c) != Some(peskov) {
        let before = s.reader.current;
        run(&mut s, &c, &[NextStatement]);
        assert_ne!(s.reader.current, before, "no Peskov statement in 000");
    }
    run(&mut s, &c, &[FocusRight, ToggleScope]);
    let n = c.speakers[peskov].statements.len();
    assert_eq!(s.sidebar.rows.len(), n);
    // The last one is in another article: it opens there.
    run(&mut s, &c, &[Bottom, Open]);
    let SidebarRow::Statement(last) = s.sidebar.rows[n - 1] else {
        panic!()
    };
    assert_eq!(s.reader.article, Some(c.statements[last].article));
    assert_ne!(s.reader.article, Some(0));
    assert_eq!(s.reader.current, Some(last));

    run(&mut s, &c, &[FilterBySpeaker]);
    let mut listed = s.articles.order.clone();
    listed.sort_unstable();
    assert_eq!(listed, c.speakers[peskov].articles);
    assert!(listed.len() < c.articles.len());
    run(&mut s, &c, &[ClearFilter]);
    assert_eq!(s.articles.order.len(), c.articles.len());
}
