//! Keys while a text field has them (the search popup, the find prompt):
//! printable characters are typed, not looked up in [`super::KEYMAP`], so
//! `q` or `n` can be searched for.

use crate::tui::action::Action;
use crate::tui::state::Edit;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The action for a key pressed while a text field is focused.
pub fn action_for(event: KeyEvent) -> Option<Action> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    let edit = |e| Some(Action::Edit(e));
    match event.code {
        KeyCode::Char('c') if ctrl => Some(Action::Quit),
        KeyCode::Char('w') if ctrl => edit(Edit::DeleteWord),
        KeyCode::Backspace if ctrl || alt => edit(Edit::DeleteWord),
        KeyCode::Char('h') if ctrl => edit(Edit::Backspace),
        KeyCode::Char('u') if ctrl => edit(Edit::Clear),
        KeyCode::Char('a') if ctrl => edit(Edit::Home),
        KeyCode::Char('e') if ctrl => edit(Edit::End),
        KeyCode::Char('p') if ctrl => Some(Action::Up),
        KeyCode::Char('n') if ctrl => Some(Action::Down),
        KeyCode::Char(_) if ctrl || alt => None,
        KeyCode::Char(c) => edit(Edit::Insert(c)),
        KeyCode::Backspace => edit(Edit::Backspace),
        KeyCode::Delete => edit(Edit::Delete),
        KeyCode::Left => edit(Edit::Left),
        KeyCode::Right => edit(Edit::Right),
        KeyCode::Home => edit(Edit::Home),
        KeyCode::End => edit(Edit::End),
        KeyCode::Up | KeyCode::BackTab => Some(Action::Up),
        KeyCode::Down | KeyCode::Tab => Some(Action::Down),
        KeyCode::PageUp => Some(Action::PageUp),
        KeyCode::PageDown => Some(Action::PageDown),
        KeyCode::Enter => Some(Action::Open),
        KeyCode::Esc => Some(Action::Escape),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> Option<Action> {
        action_for(KeyEvent::new(code, mods))
    }

    #[test]
    fn letters_are_typed_and_control_keys_edit() {
        let none = KeyModifiers::NONE;
        let ctrl = KeyModifiers::CONTROL;
        assert_eq!(
            key(KeyCode::Char('q'), none),
            Some(Action::Edit(Edit::Insert('q')))
        );
        assert_eq!(
            key(KeyCode::Char('N'), KeyModifiers::SHIFT),
            Some(Action::Edit(Edit::Insert('N')))
        );
        assert_eq!(
            key(KeyCode::Char('w'), ctrl),
            Some(Action::Edit(Edit::DeleteWord))
        );
        assert_eq!(
            key(KeyCode::Char('u'), ctrl),
            Some(Action::Edit(Edit::Clear))
        );
        assert_eq!(key(KeyCode::Char('n'), ctrl), Some(Action::Down));
        assert_eq!(key(KeyCode::Char('p'), ctrl), Some(Action::Up));
        assert_eq!(key(KeyCode::Char('c'), ctrl), Some(Action::Quit));
        assert_eq!(key(KeyCode::Enter, none), Some(Action::Open));
        assert_eq!(key(KeyCode::Esc, none), Some(Action::Escape));
        assert_eq!(key(KeyCode::Char('x'), ctrl), None);
    }
}
