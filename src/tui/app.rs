//! The event loop: read terminal events, turn them into actions through the
//! keymap, update the state, draw. The terminal is restored on every exit path.

use super::action::Action;
use super::effects;
use super::keymap;
use super::search_worker::SearchWorker;
use super::setup::Setup;
use super::state::{Layer, State};
use super::update::update;
use super::view::Screen;
use crate::corpus::Corpus;
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseEventKind,
};
use crossterm::execute;
use std::time::Duration;

/// How often the loop looks for search results while some are due.
const SEARCH_TICK: Duration = Duration::from_millis(15);

/// Run the reader with the user's config and marks (see [`run_with`]).
pub fn run(corpus: &Corpus) -> std::io::Result<()> {
    let (config, warnings) = crate::config::Config::load();
    run_with(corpus, Setup::from_env(config, warnings))
}

/// Run the reader until the user quits. The terminal is restored on return,
/// on error, and on panic (ratatui's panic hook, extended to mouse capture).
pub fn run_with(corpus: &Corpus, setup: Setup) -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        hook(info);
    }));
    let result = execute!(std::io::stdout(), EnableMouseCapture).and_then(|()| {
        let size = terminal.size()?;
        let mut state = State::new(corpus, size.width, size.height);
        setup.apply(&mut state, corpus);
        event_loop(&mut terminal, &mut state, corpus)
    });
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    state: &mut State,
    corpus: &Corpus,
) -> std::io::Result<()> {
    let mut search: Option<SearchWorker> = None;
    let mut redraw = true;
    while !state.quit {
        if redraw {
            terminal.draw(|frame| frame.render_widget(Screen::new(state, corpus), frame.area()))?;
        }
        // Indexing starts after the first frame, on the search thread.
        let worker = search.get_or_insert_with(|| SearchWorker::start(corpus));
        // Wait for a key, but only briefly while search results are due.
        let due = worker.busy(state);
        redraw = false;
        if !due || event::poll(SEARCH_TICK)? {
            if let Some(action) = action_for(state, &event::read()?) {
                update(state, corpus, action);
                effects::perform(state, terminal.backend_mut());
                redraw = true;
            }
        }
        redraw |= worker.sync(state);
    }
    Ok(())
}

/// The action for a terminal event, if it means anything to the reader.
fn action_for(state: &State, event: &Event) -> Option<Action> {
    match event {
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
