//! Find in the article being read: the Ctrl-F prompt, n / N, and keeping the
//! matches right when the article changes or the pane is re-wrapped.

use crate::corpus::Corpus;
use crate::tui::action::Action;
use crate::tui::state::{Edit, FindPrompt, State, TextInput};

/// Ctrl-F: prompt on the status line, starting from the current find.
pub fn start_prompt(state: &mut State) {
    state.find.prompt = Some(FindPrompt {
        input: TextInput::with(&state.find.query),
        previous: state.find.query.clone(),
    });
}

/// Keys while the prompt is open: matches follow every keystroke, Enter
/// keeps them, Esc puts back the find there was before.
pub fn prompt(state: &mut State, corpus: &Corpus, action: Action) {
    let Some(p) = state.find.prompt.as_mut() else {
        return;
    };
    match action {
        Action::Edit(edit) => typed(state, corpus, edit),
        Action::Open => {
            state.find.prompt = None;
            if state.find.query.trim().is_empty() {
                state.find.clear();
            }
        }
        Action::Escape => {
            let previous = p.previous.clone();
            state.find.prompt = None;
            state.find.set(corpus, state.reader.article, &previous);
        }
        Action::Quit => state.quit = true,
        Action::Resize { width, height } => {
            state.width = width;
            state.height = height;
            state.wrap_reader(corpus);
            show_current(state);
        }
        _ => {}
    }
}

/// A key edited the prompt: when the text changed, find it from the top of
/// the view on.
fn typed(state: &mut State, corpus: &Corpus, edit: Edit) {
    let Some(p) = state.find.prompt.as_mut() else {
        return;
    };
    if !p.input.apply(edit) {
        return;
    }
    let text = p.input.text.clone();
    state.find.set(corpus, state.reader.article, &text);
    let top = state.reader.lines.get(state.reader.scroll);
    let from = top.map_or(0, |l| l.range.start);
    let any = !state.find.matches.is_empty();
    state.find.current = state.find.first_from(from).or(any.then_some(0));
    show_current(state);
}

/// n / N: the next (or previous) match, wrapping around the article. Before
/// the first step, counted from what is on screen.
pub fn step(state: &mut State, forward: bool) {
    let n = state.find.matches.len();
    if n == 0 {
        return;
    }
    let next = match (state.find.current, forward) {
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
        (None, true) => {
            let top = state.reader.lines.get(state.reader.scroll);
            top.and_then(|l| state.find.first_from(l.range.start))
                .unwrap_or(0)
        }
        (None, false) => {
            let end = state.reader.scroll + usize::from(state.reader.height.max(1));
            let bottom = state
                .reader
                .lines
                .get(end)
                .map_or(usize::MAX, |l| l.range.start);
            state
                .find
                .matches
                .iter()
                .rposition(|m| m.start < bottom)
                .unwrap_or(n - 1)
        }
    };
    state.find.current = Some(next);
    show_current(state);
}

/// After any action: matches follow the article being read, and the current
/// match stays on screen across a re-wrap.
pub fn after(state: &mut State, corpus: &Corpus, action: Action) {
    if state.find.active() && state.find.article != state.reader.article {
        let query = state.find.query.clone();
        state.find.set(corpus, state.reader.article, &query);
    }
    if matches!(action, Action::Resize { .. }) {
        show_current(state);
    }
}

/// Esc with a find showing clears it first (before Esc's other meanings).
pub fn escape(state: &mut State) -> bool {
    if state.find.active() {
        state.find.clear();
        return true;
    }
    false
}

/// Scroll the current match into view when it is not.
fn show_current(state: &mut State) {
    let Some(m) = state.find.current.and_then(|i| state.find.matches.get(i)) else {
        return;
    };
    let line = state.reader.line_of_byte(m.start);
    let visible = state.reader.scroll..state.reader.scroll + usize::from(state.reader.height);
    if !visible.contains(&line) {
        scroll_to_byte(state, m.start);
    }
}

/// Put byte `pos` of the article a quarter down the pane.
pub fn scroll_to_byte(state: &mut State, pos: usize) {
    let line = state.reader.line_of_byte(pos);
    state.reader.scroll = line.saturating_sub(usize::from(state.reader.height / 4));
    state.reader.clamp_scroll();
}
