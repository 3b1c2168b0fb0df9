//! The keymap as plain data: which keys trigger which [`Action`], with the
//! description the help overlay and the README show. Help is generated from
//! this table, so the two cannot drift apart.

use super::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt::Write as _;

pub mod text;

/// One key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    /// How the key is written in help and the README.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Backspace => "Backspace".into(),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// One row of the keymap: the keys, what they do, and a group for help.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub group: &'static str,
    pub description: &'static str,
}

const fn bind(
    keys: &'static [Key],
    action: Action,
    group: &'static str,
    description: &'static str,
) -> Binding {
    Binding {
        keys,
        action,
        group,
        description,
    }
}

const MOVE: &str = "Move (every pane)";
const PANES: &str = "Panes";
const READ: &str = "Reading";
const WHO: &str = "Speakers and articles";
const APP: &str = "Reader";
const MARKS: &str = "Marks and exports";
const COMPARE: &str = "Who said what, side by side";
const FIND: &str = "Search and find";

/// Every key the reader understands, in the order help lists them.
pub const KEYMAP: &[Binding] = &[
    bind(
        &[Key::ch('j'), Key::plain(KeyCode::Down)],
        Action::Down,
        MOVE,
        "Down one line",
    ),
    bind(
        &[Key::ch('k'), Key::plain(KeyCode::Up)],
        Action::Up,
        MOVE,
        "Up one line",
    ),
    bind(
        &[Key::plain(KeyCode::PageDown), Key::ch(' ')],
        Action::PageDown,
        MOVE,
        "Down one page",
    ),
    bind(
        &[Key::plain(KeyCode::PageUp)],
        Action::PageUp,
        MOVE,
        "Up one page",
    ),
    bind(
        &[Key::ch('g'), Key::plain(KeyCode::Home)],
        Action::Top,
        MOVE,
        "Go to the top",
    ),
    bind(
        &[Key::ch('G'), Key::plain(KeyCode::End)],
        Action::Bottom,
        MOVE,
        "Go to the bottom",
    ),
    bind(
        &[Key::plain(KeyCode::Tab)],
        Action::FocusNext,
        PANES,
        "Next pane",
    ),
    bind(
        &[Key::plain(KeyCode::BackTab)],
        Action::FocusPrev,
        PANES,
        "Previous pane",
    ),
    bind(
        &[Key::ch('h'), Key::plain(KeyCode::Left)],
        Action::FocusLeft,
        PANES,
        "Pane to the left",
    ),
    bind(
        &[Key::ch('l'), Key::plain(KeyCode::Right)],
        Action::FocusRight,
        PANES,
        "Pane to the right",
    ),
    bind(
        &[Key::plain(KeyCode::Enter)],
        Action::Open,
        PANES,
        "Open article, speaker or statement",
    ),
    bind(
        &[Key::ch(']')],
        Action::NextStatement,
        READ,
        "Next statement",
    ),
    bind(
        &[Key::ch('[')],
        Action::PrevStatement,
        READ,
        "Previous statement",
    ),
    bind(
        &[Key::ch('b'), Key::plain(KeyCode::Backspace)],
        Action::Back,
        READ,
        "Back to where you were",
    ),
    bind(
        &[Key::ch('a')],
        Action::ToggleScope,
        WHO,
        "Speaker's statements: this article / all",
    ),
    bind(
        &[Key::ch('f')],
        Action::FilterBySpeaker,
        WHO,
        "Only articles quoting this speaker",
    ),
    bind(
        &[Key::ch('x')],
        Action::ClearFilter,
        WHO,
        "Clear the article filter",
    ),
    bind(
        &[Key::ch('s')],
        Action::CycleSort,
        WHO,
        "Sort articles: date, outlet, title",
    ),
    bind(
        &[Key::ch('y')],
        Action::CopyCitation,
        MARKS,
        "Copy the statement as a citation",
    ),
    bind(
        &[Key::ch('*')],
        Action::ToggleStar,
        MARKS,
        "Star or unstar the statement",
    ),
    bind(
        &[Key::ch('m')],
        Action::ToggleRead,
        MARKS,
        "Mark the article read or unread",
    ),
    bind(
        &[Key::ch('e')],
        Action::Export,
        MARKS,
        "Export the speaker's statements or the comparison (Markdown)",
    ),
    bind(
        &[Key::ch('c')],
        Action::Compare,
        COMPARE,
        "Compare two speakers (pick them; Space adds more)",
    ),
    bind(
        &[Key::ch('v')],
        Action::Variants,
        COMPARE,
        "Variants of this statement across articles",
    ),
    bind(
        &[Key::ch('o')],
        Action::CompareOrder,
        COMPARE,
        "Compare view: order by date / topic",
    ),
    bind(
        &[Key::ch('w')],
        Action::SwapSides,
        COMPARE,
        "Compare view: swap sides (] [ next speaker)",
    ),
    bind(
        &[Key::ch('/')],
        Action::OpenSearch,
        FIND,
        "Search everything (again: back to the last query)",
    ),
    bind(
        &[Key {
            code: KeyCode::Char('f'),
            mods: KeyModifiers::CONTROL,
        }],
        Action::Find,
        FIND,
        "Find in this article",
    ),
    bind(&[Key::ch('n')], Action::NextMatch, FIND, "Next match"),
    bind(&[Key::ch('N')], Action::PrevMatch, FIND, "Previous match"),
    bind(
        &[Key::ch('?')],
        Action::ToggleHelp,
        APP,
        "Show or hide this help",
    ),
    bind(
        &[Key::plain(KeyCode::Esc)],
        Action::Escape,
        APP,
        "Close help, list or find; quit",
    ),
    bind(&[Key::ch('q')], Action::Quit, APP, "Quit"),
    bind(
        &[Key {
            code: KeyCode::Char('c'),
            mods: KeyModifiers::CONTROL,
        }],
        Action::QuitNow,
        APP,
        "Quit at once, from any pane or popup",
    ),
];

/// The action bound to a key press, if any. Shift is ignored for characters
/// (terminals report `G` as Shift+g or as plain `G`).
pub fn action_for(event: KeyEvent) -> Option<Action> {
    let mods = event.modifiers - KeyModifiers::SHIFT;
    KEYMAP.iter().find_map(|b| {
        b.keys
            .iter()
            .any(|k| k.code == event.code && k.mods == mods)
            .then_some(b.action)
    })
}

/// A key press as text for a text field: printable characters (Shift
/// allowed) become [`Action::Type`]; everything else goes through the keymap.
pub fn typed(event: KeyEvent) -> Option<Action> {
    match event.code {
        KeyCode::Char(c) if (event.modifiers - KeyModifiers::SHIFT).is_empty() => {
            Some(Action::Type(c))
        }
        _ => action_for(event),
    }
}

/// The keys of a binding joined for display: "j ↓".
pub fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(Key::label)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The keymap as a Markdown table, for the README (a test keeps them equal).
pub fn markdown_table() -> String {
    let mut out = String::from("| Keys | Action |\n|---|---|\n");
    for b in KEYMAP {
        let keys: Vec<String> = b.keys.iter().map(|k| format!("`{}`", k.label())).collect();
        let _ = writeln!(out, "| {} | {} |", keys.join(" "), b.description);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn no_key_is_bound_twice() {
        let keys: Vec<Key> = KEYMAP.iter().flat_map(|b| b.keys.iter().copied()).collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(k), "{} bound twice", k.label());
        }
    }

    #[test]
    fn the_issue_keys_are_bound() {
        let expect = [
            (KeyCode::Char('j'), Action::Down),
            (KeyCode::Down, Action::Down),
            (KeyCode::Char('k'), Action::Up),
            (KeyCode::Char('g'), Action::Top),
            (KeyCode::Char('G'), Action::Bottom),
            (KeyCode::PageDown, Action::PageDown),
            (KeyCode::PageUp, Action::PageUp),
            (KeyCode::Tab, Action::FocusNext),
            (KeyCode::BackTab, Action::FocusPrev),
            (KeyCode::Char('h'), Action::FocusLeft),
            (KeyCode::Char('l'), Action::FocusRight),
            (KeyCode::Char('q'), Action::Quit),
            (KeyCode::Esc, Action::Escape),
            (KeyCode::Char('?'), Action::ToggleHelp),
        ];
        for (code, action) in expect {
            assert_eq!(action_for(press(code)), Some(action), "{code:?}");
        }
        assert_eq!(action_for(press(KeyCode::Char('Z'))), None);
    }

    #[test]
    fn shifted_letters_match() {
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(action_for(ev), Some(Action::Bottom));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(ctrl_c), Some(Action::QuitNow));
    }

    #[test]
    fn every_binding_has_keys_and_words() {
        for b in KEYMAP {
            assert!(!b.keys.is_empty() && !b.description.is_empty(), "{b:?}");
        }
        assert!(markdown_table().contains("| `j` `↓` | Down one line |"));
    }
}

#[cfg(test)]
mod readme {
    /// The README's key table is the keymap's; regenerate it with
    /// `QUOTH_WRITE_README=1 cargo test readme`.
    #[test]
    fn readme_key_table_matches_the_keymap() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
        let readme = std::fs::read_to_string(path).unwrap();
        let start = readme.find("<!-- keys:start").expect("keys:start marker");
        let start = start + readme[start..].find('\n').unwrap() + 1;
        let end = readme.find("<!-- keys:end -->").expect("keys:end marker");
        let table = super::markdown_table();
        if std::env::var_os("QUOTH_WRITE_README").is_some() {
            let updated = format!("{}{table}{}", &readme[..start], &readme[end..]);
            std::fs::write(path, updated).unwrap();
            return;
        }
        assert_eq!(
            readme[start..end],
            table,
            "README keys differ from the keymap"
        );
    }
}
