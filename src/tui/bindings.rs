//! The keymap in use: the default table ([`KEYMAP`]) with the config file's
//! `[keys]` applied. Key dispatch and the help overlay both read it, so help
//! always shows the keys that work. Actions are named in the config file by
//! their variant in snake case (`Action::NextStatement` → `next_statement`),
//! so an action added to the table can be rebound without another list.

use super::action::Action;
use super::keymap::{Binding, Key, KEYMAP};
use crate::config::{self, BindingDoc, KeyList, KeyName, KeySpec};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;

/// One row of the keymap in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub keys: Vec<Key>,
    pub action: Action,
    pub group: &'static str,
    pub description: &'static str,
}

/// The keymap in use, in the order help lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    pub rows: Vec<Row>,
}

impl Default for Keymap {
    /// The default table, as is.
    fn default() -> Self {
        Keymap {
            rows: KEYMAP.iter().map(row).collect(),
        }
    }
}

fn row(b: &Binding) -> Row {
    Row {
        keys: b.keys.to_vec(),
        action: b.action,
        group: b.group,
        description: b.description,
    }
}

impl Keymap {
    /// The default table with `overrides` (action name → keys) applied. The
    /// warnings name unknown actions and conflicting keys; everything else
    /// still works.
    pub fn with_overrides(overrides: &BTreeMap<String, KeyList>) -> (Keymap, Vec<String>) {
        let (resolved, warnings) =
            with_binding_docs(|docs| config::resolve_bindings(docs, overrides));
        let mut keys: BTreeMap<String, Vec<Key>> = resolved
            .into_iter()
            .map(|b| (b.action, b.keys.iter().map(|k| key_of(*k)).collect()))
            .collect();
        let rows = KEYMAP
            .iter()
            .map(|b| {
                let mut r = row(b);
                // An action listed on several rows: its keys go on the first.
                r.keys = keys.remove(&action_name(b.action)).unwrap_or_default();
                r
            })
            .collect();
        (Keymap { rows }, warnings)
    }

    /// The action for a key press. Shift is ignored for characters and
    /// Shift-Tab (terminals report `G` as Shift+g or as plain `G`); for other
    /// keys an exact match wins, then one without Shift.
    pub fn action_for(&self, event: KeyEvent) -> Option<Action> {
        let exact = match event.code {
            KeyCode::Char(_) | KeyCode::BackTab => event.modifiers - KeyModifiers::SHIFT,
            _ => event.modifiers,
        };
        let loose = event.modifiers - KeyModifiers::SHIFT;
        [exact, loose].into_iter().find_map(|mods| {
            self.rows.iter().find_map(|r| {
                r.keys
                    .iter()
                    .any(|k| k.code == event.code && k.mods == mods)
                    .then_some(r.action)
            })
        })
    }

    /// A key press for a text field: printable characters (Shift allowed)
    /// are typed; everything else goes through this keymap.
    pub fn typed(&self, event: KeyEvent) -> Option<Action> {
        match event.code {
            KeyCode::Char(c) if (event.modifiers - KeyModifiers::SHIFT).is_empty() => {
                Some(Action::Type(c))
            }
            _ => self.action_for(event),
        }
    }

    /// The first key of `action`, as help writes it ("y", "Ctrl-f"), if bound.
    pub fn key_label(&self, action: Action) -> Option<String> {
        self.rows
            .iter()
            .filter(|r| r.action == action)
            .find_map(|r| r.keys.first())
            .map(Key::label)
    }
}

/// The keys of a row joined for display: "j ↓"; "(unbound)" when the config took them all.
pub fn keys_label(row: &Row) -> String {
    if row.keys.is_empty() {
        return "(unbound)".into();
    }
    row.keys
        .iter()
        .map(Key::label)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The config name of an action: its variant in snake case.
pub fn action_name(action: Action) -> String {
    let debug = format!("{action:?}");
    let mut out = String::new();
    for c in debug.chars().take_while(char::is_ascii_alphanumeric) {
        if c.is_ascii_uppercase() {
            if !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A default binding named for the config file.
pub struct Doc {
    pub name: String,
    pub keys: Vec<String>,
    pub description: &'static str,
}

/// The default bindings by config name, one per action, in table order.
pub fn docs() -> Vec<Doc> {
    let mut out: Vec<Doc> = Vec::new();
    for b in KEYMAP {
        let name = action_name(b.action);
        let keys: Vec<String> = b
            .keys
            .iter()
            .filter_map(spec_of)
            .map(|k| k.to_string())
            .collect();
        match out.iter_mut().find(|d| d.name == name) {
            Some(d) => d.keys.extend(keys),
            None => out.push(Doc {
                name,
                keys,
                description: b.description,
            }),
        }
    }
    out
}

/// Call `f` with the default bindings as [`BindingDoc`]s (for resolving the
/// config's `[keys]` and for `quoth config --default`).
pub fn with_binding_docs<R>(f: impl FnOnce(&[BindingDoc<'_>]) -> R) -> R {
    let owned = docs();
    let keys: Vec<Vec<&str>> = owned
        .iter()
        .map(|d| d.keys.iter().map(String::as_str).collect())
        .collect();
    let docs: Vec<BindingDoc<'_>> = owned
        .iter()
        .zip(&keys)
        .map(|(d, k)| BindingDoc {
            action: &d.name,
            keys: k,
            description: d.description,
        })
        .collect();
    f(&docs)
}

/// A table key in the config's spelling; `None` for keys the config cannot name.
fn spec_of(key: &Key) -> Option<KeySpec> {
    let name = match key.code {
        KeyCode::Char(' ') => "space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("f{n}"),
        KeyCode::Enter => "enter".into(),
        KeyCode::Esc => "esc".into(),
        KeyCode::Tab => "tab".into(),
        KeyCode::BackTab => "backtab".into(),
        KeyCode::Backspace => "backspace".into(),
        KeyCode::Delete => "delete".into(),
        KeyCode::Insert => "insert".into(),
        KeyCode::Home => "home".into(),
        KeyCode::End => "end".into(),
        KeyCode::PageUp => "pageup".into(),
        KeyCode::PageDown => "pagedown".into(),
        KeyCode::Up => "up".into(),
        KeyCode::Down => "down".into(),
        KeyCode::Left => "left".into(),
        KeyCode::Right => "right".into(),
        _ => return None,
    };
    let mut prefix = String::new();
    if key.mods.contains(KeyModifiers::CONTROL) {
        prefix.push_str("ctrl-");
    }
    if key.mods.contains(KeyModifiers::ALT) {
        prefix.push_str("alt-");
    }
    if key.mods.contains(KeyModifiers::SHIFT) {
        prefix.push_str("shift-");
    }
    config::parse_key(&format!("{prefix}{name}")).ok()
}

/// A config key as the terminal reports it.
fn key_of(spec: KeySpec) -> Key {
    let code = match spec.key {
        KeyName::Char(c) => KeyCode::Char(c),
        KeyName::F(n) => KeyCode::F(n),
        KeyName::Enter => KeyCode::Enter,
        KeyName::Esc => KeyCode::Esc,
        KeyName::Tab => KeyCode::Tab,
        KeyName::BackTab => KeyCode::BackTab,
        KeyName::Backspace => KeyCode::Backspace,
        KeyName::Delete => KeyCode::Delete,
        KeyName::Insert => KeyCode::Insert,
        KeyName::Home => KeyCode::Home,
        KeyName::End => KeyCode::End,
        KeyName::PageUp => KeyCode::PageUp,
        KeyName::PageDown => KeyCode::PageDown,
        KeyName::Up => KeyCode::Up,
        KeyName::Down => KeyCode::Down,
        KeyName::Left => KeyCode::Left,
        KeyName::Right => KeyCode::Right,
    };
    let mut mods = KeyModifiers::NONE;
    if spec.mods.ctrl {
        mods |= KeyModifiers::CONTROL;
    }
    if spec.mods.alt {
        mods |= KeyModifiers::ALT;
    }
    if spec.mods.shift {
        mods |= KeyModifiers::SHIFT;
    }
    Key { code, mods }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn default_keymap_is_the_table() {
        let k = Keymap::default();
        for b in KEYMAP {
            for key in b.keys {
                assert_eq!(
                    k.action_for(press(key.code, key.mods)),
                    Some(b.action),
                    "{}",
                    key.label()
                );
            }
        }
        let (same, warnings) = Keymap::with_overrides(&BTreeMap::new());
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(same, k);
    }

    #[test]
    fn names_are_snake_case_and_every_table_key_has_a_config_spelling() {
        assert_eq!(action_name(Action::NextStatement), "next_statement");
        assert_eq!(action_name(Action::Quit), "quit");
        assert_eq!(action_name(Action::CopyCitation), "copy_citation");
        let d = docs();
        let quit = d.iter().find(|d| d.name == "quit").unwrap();
        assert_eq!(quit.keys, ["q"]);
        let quit_now = d.iter().find(|d| d.name == "quit_now").unwrap();
        assert_eq!(quit_now.keys, ["ctrl-c"]);
        for b in KEYMAP {
            for key in b.keys {
                let spec = spec_of(key).unwrap_or_else(|| panic!("{}", key.label()));
                assert_eq!(key_of(spec), *key);
            }
        }
    }

    #[test]
    fn rebinding_moves_a_key_and_reports_problems() {
        let config =
            Config::parse("[keys]\ncopy_citation = \"ctrl-y\"\nquit = \"x\"\nfly = \"z\"\n")
                .unwrap();
        let (k, warnings) = Keymap::with_overrides(&config.keys);
        let ctrl_y = press(KeyCode::Char('y'), KeyModifiers::CONTROL);
        assert_eq!(k.action_for(ctrl_y), Some(Action::CopyCitation));
        assert_eq!(
            k.action_for(press(KeyCode::Char('y'), KeyModifiers::NONE)),
            None
        );
        assert_eq!(
            k.action_for(press(KeyCode::Char('x'), KeyModifiers::NONE)),
            Some(Action::Quit)
        );
        assert_eq!(
            k.action_for(press(KeyCode::Char('q'), KeyModifiers::NONE)),
            None
        );
        assert_eq!(k.key_label(Action::CopyCitation).as_deref(), Some("Ctrl-y"));
        assert_eq!(
            warnings,
            [
                "keys.fly: no such action",
                "clear_filter has no key left (\"x\" is now quit); bind it in [keys]"
            ]
        );
        let clear = k
            .rows
            .iter()
            .find(|r| r.action == Action::ClearFilter)
            .unwrap();
        assert_eq!(keys_label(clear), "(unbound)");
    }

    #[test]
    fn shifted_keys() {
        let k = Keymap::default();
        let g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(k.action_for(g), Some(Action::Bottom));
        let star = press(KeyCode::Char('*'), KeyModifiers::SHIFT);
        assert_eq!(k.action_for(star), Some(Action::ToggleStar));
        let backtab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(k.action_for(backtab), Some(Action::FocusPrev));
        // Shift-Down falls back to Down when Shift-Down is not bound.
        let sd = press(KeyCode::Down, KeyModifiers::SHIFT);
        assert_eq!(k.action_for(sd), Some(Action::Down));
    }
}
