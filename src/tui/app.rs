//! The event loop: read terminal events, turn them into actions through the
//! keymap, update the state, draw. The terminal is restored on every exit
//! path: return, error, panic (see [`super::panic`]) and signals (see
//! [`super::signals`]).

use super::action::Action;
use super::effects;
use super::keymap;
use super::panic::TestPanic;
use super::search_worker::SearchWorker;
use super::setup::Setup;
use super::signals::Signals;
use super::state::{Layer, State};
use super::terminal;
use super::update::update;
use super::view::Screen;
use crate::corpus::Corpus;
use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers, MouseEventKind};
use std::sync::Arc;
use std::time::Duration;

/// How often the loop looks for search results while some are due.
const SEARCH_TICK: Duration = Duration::from_millis(15);

/// How often the loop looks for a signal while no event arrives.
const TICK: Duration = Duration::from_millis(100);

/// How the reader ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// A signal (SIGTERM, SIGHUP…) asked it to stop.
    Signal(i32),
}

impl Exit {
    /// The process exit status: 0, or 128 + the signal number.
    pub fn status(self) -> u8 {
        match self {
            Exit::Quit => 0,
            Exit::Signal(sig) => u8::try_from(128 + sig).unwrap_or(1),
        }
    }
}

/// Run the reader with the user's config and marks (see [`run_with`]).
pub fn run(corpus: &Arc<Corpus>) -> std::io::Result<Exit> {
    let (config, warnings) = crate::config::Config::load();
    run_with(corpus, Setup::from_env(config, warnings))
}

/// Run the reader until the user quits or a signal arrives. The terminal is
/// restored on return, on error, on panic and on SIGTERM / SIGHUP.
///
/// The corpus is shared (not copied) with the search thread that indexes it.
pub fn run_with(corpus: &Arc<Corpus>, setup: Setup) -> std::io::Result<Exit> {
    super::panic::install();
    let signals = Signals::install()?;
    let result = terminal::enter().and_then(|mut term| {
        let _watchdog = super::watchdog::Watchdog::start(signals.flag());
        let size = term.size()?;
        let mut state = State::new(corpus, size.width, size.height);
        setup.apply(&mut state, corpus);
        event_loop(&mut term, &mut state, corpus, &signals)
    });
    terminal::restore();
    match (result, signals.caught()) {
        // The terminal failed because it hung up (SIGHUP) or the process is
        // being ended: report the signal, not the error it caused.
        (Err(_), Some(sig)) => Ok(Exit::Signal(sig)),
        (result, _) => result,
    }
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    state: &mut State,
    corpus: &Arc<Corpus>,
    signals: &Signals,
) -> std::io::Result<Exit> {
    let test_panic = TestPanic::from_env();
    let mut search: Option<SearchWorker> = None;
    let mut dirty = true;
    loop {
        if let Some(sig) = signals.caught() {
            return Ok(Exit::Signal(sig));
        }
        if state.quit {
            return Ok(Exit::Quit);
        }
        if dirty {
            // A whole frame under the lock, so a panicking thread restoring
            // the terminal (see `panic`) never interleaves with it.
            let _frame = std::io::stdout().lock();
            terminal.draw(|frame| frame.render_widget(Screen::new(state, corpus), frame.area()))?;
            dirty = false;
        }
        // Indexing starts after the first frame, on the search and compare
        // threads.
        let worker = search.get_or_insert_with(|| {
            state.compare.prebuild(Arc::clone(corpus));
            SearchWorker::start(Arc::clone(corpus))
        });
        // Wait for a key: briefly while search results are due, else one
        // signal tick.
        let tick = if worker.busy(state) {
            SEARCH_TICK
        } else {
            TICK
        };
        if event::poll(tick)? {
            let event = event::read()?;
            if let (Some(trigger), Event::Key(_)) = (test_panic, &event) {
                trigger.fire();
            }
            if let Some(action) = action_for(state, &event) {
                update(state, corpus, action);
                effects::perform(state, terminal.backend_mut());
                dirty = true;
            }
        }
        dirty |= worker.sync(state);
    }
}

/// The action for a terminal event, if it means anything to the reader.
fn action_for(state: &State, event: &Event) -> Option<Action> {
    match event {
        // Ctrl-C even with Alt: a busy reader may read Esc and Ctrl-C typed
        // after it as one Alt-Ctrl-C, and Ctrl-C must always quit.
        Event::Key(k)
            if k.kind != KeyEventKind::Release
                && k.code == KeyCode::Char('c')
                && k.modifiers.contains(KeyModifiers::CONTROL) =>
        {
            Some(Action::QuitNow)
        }
        Event::Key(k) if k.kind != KeyEventKind::Release => match state.layer() {
            Layer::Search | Layer::Find => keymap::text::action_for(*k),
            Layer::Help | Layer::Pane(_) | Layer::Compare | Layer::Variants => {
                state.keymap.action_for(*k)
            }
            // The picker's query takes letters; Tab still switches slots.
            Layer::Picker => state.keymap.typed(*k),
        },
        Event::Mouse(m) => {
            let delta = match m.kind {
                MouseEventKind::ScrollDown => 1,
                MouseEventKind::ScrollUp => -1,
                _ => return None,
            };
            Some(Action::Wheel {
                column: m.column,
                row: m.row,
                delta,
            })
        }
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEvent;

    #[test]
    fn ctrl_c_quits_even_glued_to_an_esc() {
        let corpus = crate::tui::testing::corpus();
        let mut state = State::new(&corpus, 120, 40);
        for mods in [
            KeyModifiers::CONTROL,
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        ] {
            let ev = Event::Key(KeyEvent::new(KeyCode::Char('c'), mods));
            for (help, search) in [(false, false), (true, false), (false, true)] {
                state.help.open = help;
                state.search.open = search;
                assert_eq!(action_for(&state, &ev), Some(Action::QuitNow));
            }
        }
        state.help.open = false;
        state.search.open = false;
        assert!(matches!(state.layer(), Layer::Pane(_)));
        let alt_q = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT));
        assert_eq!(action_for(&state, &alt_q), None);
    }
}
