//! The search popup and find-in-article driven through `update` without a
//! terminal, with the real search thread behind them: type, narrow, open,
//! come back with `/`; n / N and their counter, across a resize.

use quoth::corpus::Corpus;
use quoth::search::{Index, Kind, Target};
use quoth::tui::action::Action::{self, *};
use quoth::tui::search_worker::SearchWorker;
use quoth::tui::state::{Edit, Layer, Pane, Scope, SidebarMode, State};
use quoth::tui::update::update;
use quoth::tui::view::Screen;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use ratatui::Terminal;
use std::sync::Arc;
use std::time::Duration;

struct App {
    corpus: Corpus,
    state: State,
    worker: SearchWorker,
}

impl App {
    fn new(width: u16, height: u16) -> App {
        let corpus = Corpus::builtin();
        let worker = SearchWorker::with_index(Arc::new(Index::build(&corpus)));
        let state = State::new(&corpus, width, height);
        App {
            corpus,
            state,
            worker,
        }
    }

    /// One action, then what the event loop does after it.
    fn press(&mut self, action: Action) {
        update(&mut self.state, &self.corpus, action);
        self.worker.sync(&mut self.state);
    }

    /// Type `text` one key at a time, then wait for the final results.
    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.press(Edit(Edit::Insert(c)));
        }
        self.settle();
    }

    fn settle(&mut self) {
        assert!(
            self.worker.settle(&mut self.state, Duration::from_secs(30)),
            "search never finished"
        );
    }

    fn draw(&self) -> Terminal<TestBackend> {
        let mut t = Terminal::new(TestBackend::new(self.state.width, self.state.height)).unwrap();
        t.draw(|f| f.render_widget(Screen::new(&self.state, &self.corpus), f.area()))
            .unwrap();
        t
    }
}

#[test]
fn type_narrow_open_a_statement_and_come_back_with_the_query_intact() {
    let mut app = App::new(160, 45);
    let before = (app.state.reader.article, app.state.focus);
    app.press(OpenSearch);
    assert_eq!(app.state.layer(), Layer::Search);
    app.type_text("pesk");
    let wide = app.state.search.hits.len();
    assert!(wide > 1);
    // Narrowing: every hit of the longer query is about Peskov's red lines.
    app.type_text("ov red");
    let s = &app.state.search;
    assert_eq!(s.input.text, "peskov red");
    assert!(!s.hits.is_empty() && s.hits.len() <= wide);
    assert!(s
        .hits
        .iter()
        .all(|h| h.context.to_lowercase().contains("peskov")));
    // Select the first statement hit and open it.
    let at = s
        .hits
        .iter()
        .position(|h| h.kind == Kind::Statement)
        .expect("a statement hit");
    for _ in 0..at {
        app.press(Down);
    }
    let Target::Statement(id) = app.state.search.hits[at].target else {
        panic!("statement target");
    };
    app.press(Open);
    let st = &app.corpus.statements[id];
    assert_eq!(app.state.layer(), Layer::Pane(Pane::Reader));
    assert_eq!(app.state.reader.article, Some(st.article));
    assert_eq!(app.state.reader.current, Some(id));
    let line = app.state.reader.line_of_statement(id).unwrap();
    let top = app.state.reader.scroll;
    assert!((top..top + usize::from(app.state.reader.height)).contains(&line));
    // Every match of the query in the article is found, one inside the hit.
    let find = &app.state.find;
    assert_eq!(find.query, "peskov red");
    let cur = &find.matches[find.current.expect("a current match")];
    assert!(st.range.start <= cur.start && cur.end <= st.range.end);
    // `/` again: the same query, the same selection.
    app.press(OpenSearch);
    assert_eq!(app.state.search.input.text, "peskov red");
    assert_eq!(app.state.search.selected, at);
    app.press(Escape);
    assert_eq!(app.state.layer(), Layer::Pane(Pane::Reader));
    // Back returns to where the search started.
    app.press(Back);
    assert_eq!((app.state.reader.article, app.state.focus), before);
}

#[test]
fn editing_keys_change_the_query_and_the_results_follow() {
    let mut app = App::new(120, 40);
    app.press(OpenSearch);
    app.type_text("@kremlin spokesman");
    assert!(app
        .state
        .search
        .hits
        .iter()
        .all(|h| h.kind == Kind::Speaker));
    app.press(Edit(Edit::DeleteWord));
    app.settle();
    assert_eq!(app.state.search.input.text, "@kremlin ");
    app.press(Edit(Edit::Home));
    app.press(Edit(Edit::Delete));
    app.settle();
    assert_eq!(app.state.search.input.text, "kremlin ");
    assert!(app
        .state
        .search
        .hits
        .iter()
        .any(|h| h.kind != Kind::Speaker));
    app.press(Edit(Edit::End));
    app.press(Edit(Edit::Clear));
    assert_eq!(app.state.search.input.text, "");
    assert!(app.state.search.hits.is_empty());
    assert!(!app.state.search.waiting());
    // The same query typed again after clearing is searched again.
    app.type_text("r");
    app.press(Edit(Edit::Backspace));
    app.type_text("r");
    assert!(!app.state.search.hits.is_empty());
    app.press(Edit(Edit::Clear));
    // Typed letters are text here, not commands: `q` does not quit.
    app.type_text("q");
    assert!(!app.state.quit);
}

#[test]
fn a_speaker_hit_lists_their_statements_and_a_title_opens_at_the_top() {
    let mut app = App::new(160, 45);
    app.press(OpenSearch);
    app.type_text("@peskov");
    let Some(Target::Speaker(sp)) = app.state.search.selected_hit().map(|h| h.target.clone())
    else {
        panic!("a speaker first");
    };
    app.press(Open);
    assert_eq!(app.state.focus, Pane::Sidebar);
    assert_eq!(
        app.state.sidebar.mode,
        SidebarMode::Statements {
            speaker: sp,
            scope: Scope::Corpus
        }
    );
    assert_eq!(
        app.state.sidebar.rows.len(),
        app.corpus.speakers[sp].statements.len()
    );
    app.press(OpenSearch);
    app.press(Edit(Edit::Clear));
    app.type_text("#nato");
    let Some(Target::Title(a)) = app.state.search.selected_hit().map(|h| h.target.clone()) else {
        panic!("a title");
    };
    app.press(Open);
    assert_eq!(app.state.reader.article, Some(a));
    assert_eq!(app.state.reader.scroll, 0);
    assert_eq!(app.state.focus, Pane::Reader);
}

/// The text of the cells drawn in the "current match" colour.
fn current_match_cells(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if buf[(x, y)].bg == Color::LightRed {
                out.push_str(buf[(x, y)].symbol());
            }
        }
    }
    out
}

#[test]
fn n_and_n_step_through_matches_with_a_counter_that_survives_a_resize() {
    let mut app = App::new(160, 45);
    // Ctrl-F on the first article: matches follow each keystroke.
    app.press(Open);
    app.press(Find);
    assert_eq!(app.state.layer(), Layer::Find);
    for c in "russia".chars() {
        app.press(Edit(Edit::Insert(c)));
    }
    app.press(Open);
    let n = app.state.find.matches.len();
    assert!(n >= 4, "{n} matches");
    app.press(Top);
    app.state.find.current = None;
    app.press(NextMatch);
    assert_eq!(app.state.find.counter(), format!("1/{n}"));
    app.press(NextMatch);
    app.press(NextMatch);
    assert_eq!(app.state.find.counter(), format!("3/{n}"));
    app.press(PrevMatch);
    app.press(PrevMatch);
    app.press(PrevMatch);
    assert_eq!(app.state.find.counter(), format!("{n}/{n}"), "wraps around");
    app.press(NextMatch);
    app.press(NextMatch);
    app.press(NextMatch);
    let counter = format!("3/{n}");
    let range = app.state.find.matches[2].clone();
    let word = app.corpus.articles[0].text[range.clone()].to_string();
    let screen = app.draw();
    assert!(format!("{:?}", screen.backend()).contains(&counter));
    assert_eq!(current_match_cells(&screen), word);

    // Narrow screen: the reader re-wraps, the match is re-mapped and kept in view.
    for (w, h) in [(70, 20), (45, 16), (160, 45)] {
        app.press(Resize {
            width: w,
            height: h,
        });
        assert_eq!(app.state.find.counter(), counter);
        let line = app.state.reader.line_of_byte(range.start);
        let top = app.state.reader.scroll;
        assert!(
            (top..top + usize::from(app.state.reader.height)).contains(&line),
            "match off screen at {w}x{h}"
        );
        let screen = app.draw();
        assert!(format!("{:?}", screen.backend()).contains(&counter));
        assert_eq!(current_match_cells(&screen), word, "at {w}x{h}");
    }
    // Esc clears the find before it means anything else.
    app.press(Escape);
    assert!(!app.state.find.active());
    assert!(!app.state.quit);
}
