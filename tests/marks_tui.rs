//! Stars, read marks, exports and the clipboard through the library, the way
//! the app loop runs them: keys → `update` → effects performed → state file.
//! "Restarting" is a fresh corpus and state on the same state file.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use quoth::cite;
use quoth::config::Config;
use quoth::corpus::Corpus;
use quoth::tui::effects;
use quoth::tui::setup::Setup;
use quoth::tui::state::{NoticeKind, Pane, SidebarMode, State};
use quoth::tui::update::update;
use quoth::tui::view::Screen;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::{Path, PathBuf};

struct App {
    corpus: Corpus,
    state: State,
    /// What was written to the terminal besides the screen (OSC 52).
    terminal: Vec<u8>,
}

fn start(state_file: &Path, export_dir: &Path) -> App {
    let corpus = Corpus::builtin();
    let mut state = State::new(&corpus, 160, 45);
    Setup {
        config: Config::default(),
        warnings: vec![],
        state_file: Some(state_file.to_path_buf()),
        export_dir: export_dir.to_path_buf(),
        color: false,
    }
    .apply(&mut state, &corpus);
    App {
        corpus,
        state,
        terminal: Vec::new(),
    }
}

impl App {
    /// Type `keys` ('\r' is Enter, '\t' is Tab) and perform the effects after each.
    fn keys(&mut self, keys: &str) {
        for c in keys.chars() {
            let code = match c {
                '\r' => KeyCode::Enter,
                '\t' => KeyCode::Tab,
                c => KeyCode::Char(c),
            };
            let event = KeyEvent::new(code, KeyModifiers::NONE);
            if let Some(action) = self.state.keymap.action_for(event) {
                update(&mut self.state, &self.corpus, action);
                effects::perform(&mut self.state, &mut self.terminal);
            }
        }
    }

    fn notice(&self) -> String {
        self.state
            .notice
            .as_ref()
            .map_or(String::new(), |n| n.text.clone())
    }

    fn screen(&self) -> String {
        let (w, h) = (self.state.width, self.state.height);
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| f.render_widget(Screen::new(&self.state, &self.corpus), f.area()))
            .unwrap();
        let buf = t.backend().buffer();
        (0..h)
            .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
            .collect()
    }
}

fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data/quoth/state.json");
    (dir, file)
}

#[test]
fn stars_and_read_marks_survive_a_restart() {
    let (dir, file) = temp();
    let mut app = start(&file, dir.path());
    let first = app.state.reader.article.unwrap();
    // Moving through the list shows articles without opening them.
    app.keys("j");
    let second = app.state.reader.article.unwrap();
    assert!(!app.state.marks.is_read(&app.corpus.articles[second]));
    app.keys("k\r]");
    assert_eq!(app.state.focus, Pane::Reader);
    let starred = app.state.reader.current.expect("a statement");
    app.keys("*");
    assert!(app.notice().starts_with("★ Starred “"), "{}", app.notice());
    assert!(app.screen().contains('★'), "the reader marks the star");
    assert!(file.exists(), "saved at once");

    // Restart: the first article is read, the statement starred.
    let mut app = start(&file, dir.path());
    assert_eq!(app.notice(), "");
    let c = &app.corpus;
    assert!(app.state.marks.is_read(&c.articles[first]));
    assert!(!app.state.marks.is_read(&c.articles[second]));
    assert!(app.state.marks.is_starred(c, &c.statements[starred]));
    app.keys("\r]");
    assert_eq!(app.state.reader.current, Some(starred));
    assert!(app.screen().contains('★'));
    // Its speaker's list in the sidebar shows the star too.
    app.keys("\r");
    assert!(matches!(
        app.state.sidebar.mode,
        SidebarMode::Statements { .. }
    ));
    assert!(app.screen().contains("★ “"), "{}", app.screen());

    // Unstar it, and mark the first article unread from the list.
    app.keys("b*");
    assert!(app.notice().starts_with("Unstarred"), "{}", app.notice());
    app.keys("hhm");
    assert_eq!(app.state.focus, Pane::Articles);
    assert!(
        app.notice().starts_with("Marked unread: "),
        "{}",
        app.notice()
    );

    let app = start(&file, dir.path());
    let c = &app.corpus;
    assert!(!app.state.marks.is_starred(c, &c.statements[starred]));
    assert!(!app.state.marks.is_read(&c.articles[first]));
}

#[test]
fn marked_unread_stays_unread_while_open() {
    let (dir, file) = temp();
    let mut app = start(&file, dir.path());
    let a = app.state.reader.article.unwrap();
    app.keys("\r");
    assert!(app.state.marks.is_read(&app.corpus.articles[a]));
    app.keys("m]]");
    assert!(!app.state.marks.is_read(&app.corpus.articles[a]));
    app.keys("m");
    assert!(app.state.marks.is_read(&app.corpus.articles[a]));
}

#[test]
fn a_corrupt_state_file_is_moved_aside_with_a_warning() {
    let (dir, file) = temp();
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, b"{\"read\": [\"abc\"").unwrap();
    let mut app = start(&file, dir.path());
    let notice = app.state.notice.clone().unwrap();
    assert_eq!(notice.kind, NoticeKind::Warning);
    assert!(notice.text.contains("is corrupt"), "{}", notice.text);
    assert!(
        app.screen().contains("is corrupt"),
        "shown in the status bar"
    );
    let kept: Vec<_> = std::fs::read_dir(file.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("state.json.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert!(notice.text.contains(&kept[0]));
    // Marks work and save afresh.
    app.keys("\r]*");
    assert!(app.notice().starts_with("★ Starred"));
    assert!(start(&file, dir.path()).state.notice.is_none());
}

#[test]
fn export_writes_the_speakers_statements_and_never_overwrites() {
    let (dir, file) = temp();
    let out = dir.path().join("exports");
    let mut app = start(&file, &out);
    app.keys("\r]");
    let speaker = app
        .state
        .current_speaker(&app.corpus)
        .expect("the first statement has a speaker");
    let sp = app.corpus.speakers[speaker].clone();
    app.keys("e");
    let notice = app.notice();
    let path = out.join(format!("quoth-{}.md", quoth::export::slug(&sp.name)));
    assert_eq!(
        notice,
        match sp.statements.len() {
            1 => format!(
                "Exported the one statement by {} to {}",
                sp.name,
                path.display()
            ),
            n => format!(
                "Exported all {n} statements by {} to {}",
                sp.name,
                path.display()
            ),
        }
    );
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, cite::speaker_markdown(&app.corpus, &sp));
    app.keys("e");
    assert!(app.notice().ends_with("-2.md"), "{}", app.notice());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
}

#[test]
fn copy_sends_the_citation_as_osc52_and_confirms() {
    let (dir, file) = temp();
    let mut app = start(&file, dir.path());
    app.keys("y");
    assert!(
        app.terminal.is_empty(),
        "nothing to copy before a statement"
    );
    assert!(
        app.notice().starts_with("No statement to copy: ] steps"),
        "{}",
        app.notice()
    );
    app.keys("\r]");
    let st = &app.corpus.statements[app.state.reader.current.unwrap()];
    let expected = cite::citation(&app.corpus, st);
    app.keys("y");
    assert_eq!(app.terminal, cite::osc52(&expected).into_bytes());
    assert!(
        app.notice().starts_with("Copied citation: “"),
        "{}",
        app.notice()
    );
    // From the sidebar: its selected statement.
    app.terminal.clear();
    app.keys("\rjy");
    let selected = quoth::tui::update::marks::focused_statement(&app.state).unwrap();
    let expected = cite::citation(&app.corpus, &app.corpus.statements[selected]);
    assert_eq!(app.terminal, cite::osc52(&expected).into_bytes());
}

#[test]
fn e_in_the_compare_view_exports_the_comparison_and_y_copies_its_statement() {
    use quoth::tui::action::Action;
    let (dir, file) = temp();
    let mut app = start(&file, dir.path());
    let (s, c) = (&mut app.state, &app.corpus);
    update(s, c, Action::Compare);
    for ch in "Blinken".chars() {
        update(s, c, Action::Type(ch));
    }
    update(s, c, Action::Open);
    for ch in "peskov".chars() {
        update(s, c, Action::Type(ch));
    }
    update(s, c, Action::Open);
    assert_eq!(s.layer(), quoth::tui::state::Layer::Compare);
    let view = s.compare.view.clone().unwrap();
    app.keys("e");
    let path = dir.path().join("quoth-antony-blinken-vs-dmitry-peskov.md");
    let rows = view.comparison.rows.len();
    assert_eq!(
        app.notice(),
        format!(
            "Exported {rows} compared rows (Antony Blinken and Dmitry Peskov) to {}",
            path.display()
        )
    );
    let md = std::fs::read_to_string(&path).unwrap();
    assert!(
        md.starts_with("# Antony Blinken and Dmitry Peskov\n"),
        "{md}"
    );
    assert_eq!(md.lines().filter(|l| l.starts_with("| ")).count(), rows + 1);

    // y copies the statement focused in the view.
    app.keys("y");
    let focused = view.focused_statement().unwrap();
    let expected = cite::citation(&app.corpus, &app.corpus.statements[focused]);
    assert_eq!(app.terminal, cite::osc52(&expected).into_bytes());
}
