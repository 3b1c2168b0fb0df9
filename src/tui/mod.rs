//! The terminal reader. The only module that imports ratatui and crossterm.

use crate::corpus::Corpus;
use crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::widgets::{Block, List, ListState};

/// Run the reader until the user quits. The terminal is restored on return
/// and on panic (ratatui's panic hook).
pub fn run(corpus: &Corpus) -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let mut state = ListState::default().with_selected(Some(0));
    let result = (|| loop {
        terminal.draw(|f| {
            let items: Vec<String> = corpus.articles.iter().map(|a| a.title.clone()).collect();
            let list = List::new(items)
                .block(Block::bordered().title(corpus.report.summary()))
                .highlight_symbol("> ");
            f.render_stateful_widget(list, f.area(), &mut state);
        })?;
        if let Event::Key(k) = event::read()? {
            if k.kind != KeyEventKind::Press {
                continue;
            }
            match k.code {
                KeyCode::Char('q') | KeyCode::Esc => return Ok(()),
                KeyCode::Down | KeyCode::Char('j') => state.select_next(),
                KeyCode::Up | KeyCode::Char('k') => state.select_previous(),
                _ => {}
            }
        }
    })();
    ratatui::restore();
    result
}
