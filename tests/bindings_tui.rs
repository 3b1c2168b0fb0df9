//! Key bindings from the config file, end to end through the library: the
//! keymap in use drives `update` and the help overlay, and problems in the
//! config are reported in the status bar while the rest keeps working.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use quoth::config::Config;
use quoth::corpus::Corpus;
use quoth::tui::setup::Setup;
use quoth::tui::state::{Pane, State};
use quoth::tui::update::update;
use quoth::tui::view::Screen;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn start(corpus: &Corpus, config: Config, warnings: Vec<String>) -> State {
    let mut s = State::new(corpus, 160, 45);
    Setup {
        config,
        warnings,
        // Marks for this run only: nothing is written.
        state_file: None,
        export_dir: std::env::temp_dir(),
        color: false,
    }
    .apply(&mut s, corpus);
    s
}

/// Type `keys` as a terminal would report them ('\r' is Enter).
fn type_keys(state: &mut State, corpus: &Corpus, keys: &str) {
    for c in keys.chars() {
        let code = if c == '\r' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        if let Some(action) = state
            .keymap
            .action_for(KeyEvent::new(code, KeyModifiers::NONE))
        {
            update(state, corpus, action);
        }
    }
}

fn draw(state: &State, corpus: &Corpus) -> Vec<String> {
    let mut t = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    t.draw(|f| f.render_widget(Screen::new(state, corpus), f.area()))
        .unwrap();
    let buf = t.backend().buffer();
    (0..state.height)
        .map(|y| (0..state.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

/// The help line of `description`: the overlay's cell between its borders.
fn help_line(screen: &[String], description: &str) -> String {
    screen
        .iter()
        .flat_map(|l| l.split('│'))
        .find(|cell| cell.contains(description))
        .unwrap_or_else(|| panic!("help lacks {description}:\n{}", screen.join("\n")))
        .trim()
        .to_string()
}

#[test]
fn rebinding_a_key_changes_behaviour_and_help() {
    let c = Corpus::builtin();
    let config =
        Config::parse("[keys]\nnext_statement = \"J\"\nquit = [\"Q\", \"ctrl-q\"]\n").unwrap();
    let mut s = start(&c, config, vec![]);
    assert_eq!(s.notice, None, "a clean config reports nothing");

    type_keys(&mut s, &c, "\r");
    assert_eq!(s.focus, Pane::Reader);
    // The old key no longer steps; the new one does.
    type_keys(&mut s, &c, "n");
    assert_eq!(s.reader.current, None);
    type_keys(&mut s, &c, "J");
    let first = s.reader.current.expect("J steps to the first statement");
    type_keys(&mut s, &c, "J");
    assert_ne!(s.reader.current, Some(first));
    // `]` was next_statement's default key: replaced.
    let second = s.reader.current;
    type_keys(&mut s, &c, "]");
    assert_eq!(s.reader.current, second);

    // Help shows the keys in use (on a screen tall enough for all of it).
    update(
        &mut s,
        &c,
        quoth::tui::action::Action::Resize {
            width: 160,
            height: 70,
        },
    );
    type_keys(&mut s, &c, "?");
    let screen = draw(&s, &c);
    let next = help_line(&screen, "Next statement");
    assert!(next.starts_with("J "), "{next}");
    let quit = help_line(&screen, "Quit");
    assert!(quit.starts_with("Q Ctrl-q "), "{quit}");
    assert!(help_line(&screen, "Previous statement").starts_with("[ "));
    type_keys(&mut s, &c, "?");

    // The status bar hints follow too.
    let status = draw(&s, &c).pop().unwrap();
    assert!(status.contains("J/[ next/prev quote"), "{status}");

    type_keys(&mut s, &c, "q");
    assert!(!s.quit, "q is no longer quit");
    type_keys(&mut s, &c, "Q");
    assert!(s.quit);
}

#[test]
fn conflicts_and_unknown_actions_are_reported_and_the_rest_works() {
    let c = Corpus::builtin();
    let config = Config::parse(
        "[keys]\nfly = \"z\"\ntoggle_star = \"s\"\nexport = \"s\"\ncopy_citation = \"ctrl-y\"\n",
    )
    .unwrap();
    let mut s = start(&c, config, vec![]);
    let status = draw(&s, &c).pop().unwrap();
    assert!(status.contains("keys.fly: no such action"), "{status}");
    let notice = s.notice.clone().unwrap().text;
    assert!(
        notice.contains("key \"s\" is bound to both toggle_star and export; toggle_star keeps it"),
        "{notice}"
    );
    assert!(notice.contains("cycle_sort has no key left"), "{notice}");
    // The next key clears the notice; everything else still works.
    type_keys(&mut s, &c, "\r]");
    assert_eq!(s.notice, None);
    assert!(s.reader.current.is_some());
    type_keys(&mut s, &c, "s");
    assert!(s.notice.as_ref().unwrap().text.starts_with("★ Starred"));
}

#[test]
fn a_bad_config_file_is_one_line_and_the_defaults_apply() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "[keys]\nquit = \"x\"\n[theme]\naccent = \"mauve\"\n").unwrap();
    let (config, warnings) = Config::load_from(&path);
    assert_eq!(warnings.len(), 1);
    let c = Corpus::builtin();
    let mut s = start(&c, config, warnings);
    let status = draw(&s, &c).pop().unwrap();
    assert!(
        status.contains("line 4: theme.accent: unknown colour \"mauve\""),
        "{status}"
    );
    // Defaults: x is not quit, q is.
    type_keys(&mut s, &c, "x");
    assert!(!s.quit);
    type_keys(&mut s, &c, "q");
    assert!(s.quit);
}
