//! Starting the reader the user's way: the config file's keys, colours and
//! sidebar width, the saved marks, and where exports go. Every problem found
//! here becomes a warning in the status bar; none stops the reader.

use super::bindings::Keymap;
use super::state::{MarksState, Notice, State};
use super::theme::{no_color_env, Theme};
use crate::config::{Config, Paths};
use crate::corpus::Corpus;
use crate::state_store::StateStore;
use std::path::PathBuf;

/// What the reader starts with besides the corpus.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    pub config: Config,
    /// Problems met while loading the config (one line each).
    pub warnings: Vec<String>,
    /// The marks file; `None`: marks are kept for this run only.
    pub state_file: Option<PathBuf>,
    /// Where exports are written.
    pub export_dir: PathBuf,
    /// Whether colours are used (`NO_COLOR` unset).
    pub color: bool,
}

impl Setup {
    /// `config` (already loaded, with its warnings) plus the environment:
    /// `XDG_DATA_HOME` / `HOME` for marks, `NO_COLOR`, the current folder.
    pub fn from_env(config: Config, mut warnings: Vec<String>) -> Setup {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let export_dir = match &config.paths.exports {
            Some(p) => cwd.join(Paths::expand(p, home.as_deref())),
            None => cwd,
        };
        let state_file = StateStore::default_path();
        if state_file.is_none() {
            warnings.push(
                "stars and read marks are kept for this run only: neither XDG_DATA_HOME nor HOME is set"
                    .into(),
            );
        }
        Setup {
            state_file,
            export_dir,
            color: !no_color_env(),
            config,
            warnings,
        }
    }

    /// Apply to a fresh `state`: keymap, theme, layout, marks (read from
    /// disk; a corrupt file is moved aside), and a warning notice listing
    /// whatever went wrong.
    pub fn apply(self, state: &mut State, corpus: &Corpus) {
        let mut warnings = self.warnings;
        let (keymap, key_warnings) = Keymap::with_overrides(&self.config.keys);
        warnings.extend(key_warnings.into_iter().map(|w| format!("config: {w}")));
        state.keymap = keymap;
        state.theme = Theme::from_config(&self.config.theme, self.color);
        state.sidebar_width = self.config.layout.sidebar_width;
        state.wrap_reader(corpus);
        state.export_dir = self.export_dir;
        match self.state_file {
            Some(path) => {
                let (store, store_warnings) = StateStore::open(&path);
                warnings.extend(store_warnings);
                state.marks = MarksState {
                    store,
                    persist: true,
                    opened: None,
                };
            }
            None => state.marks = MarksState::default(),
        }
        if !warnings.is_empty() {
            state.notice = Some(Notice::warning(warnings.join(" · ")));
        }
    }
}
