//! Everything the reader remembers between frames: one sub-state per pane or
//! overlay. Which layer receives keys is derived from this state (help open or
//! not, which pane is focused), never stored as a separate mode flag.
//!
//! New panes or overlays (search, compare, variants) add their own sub-state
//! file here and one field in [`State`]; `update` and the views pick them up.

mod articles;
mod compare;
mod find;
mod input;
mod marks;
mod reader;
mod search;
mod sidebar;

pub use articles::{ArticleListState, SortKey};
pub use compare::{
    default_pair, CompareState, CompareView, Overlays, PickerMatch, PickerState, Side,
    VariantsState,
};
pub use find::{FindPrompt, FindState};
pub use input::{Edit, TextInput};
pub use marks::{Effect, MarksState, Notice, NoticeKind};
pub use reader::{wrap_article, LineKind, Mark, MarkKind, ReaderState, VisualLine};
pub use search::{SearchState, HIT_LIMIT};
pub use sidebar::{Scope, SidebarMode, SidebarRow, SidebarState};

use super::theme::Theme;
use crate::attribution::{SpeakerId, StatementId};
use crate::corpus::{ArticleId, Corpus};

/// The three panes of the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Articles,
    Reader,
    Sidebar,
}

impl Pane {
    /// Left to right.
    pub const ALL: [Pane; 3] = [Pane::Articles, Pane::Reader, Pane::Sidebar];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Articles => "Articles",
            Pane::Reader => "Reader",
            Pane::Sidebar => "Who",
        }
    }

    fn index(self) -> usize {
        Pane::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The pane to the right, wrapping around.
    #[must_use]
    pub fn next(self) -> Pane {
        Pane::ALL[(self.index() + 1) % 3]
    }

    /// The pane to the left, wrapping around.
    #[must_use]
    pub fn prev(self) -> Pane {
        Pane::ALL[(self.index() + 2) % 3]
    }
}

/// Which layer gets the keys, derived from the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Help,
    Pane(Pane),
    /// The speaker picker of the compare view.
    Picker,
    /// Two speakers side by side.
    Compare,
    /// The variants of one statement.
    Variants,
    /// The search popup.
    Search,
    /// The find prompt on the status line.
    Find,
}

/// The key-help overlay.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpState {
    pub open: bool,
    pub scroll: usize,
}

/// A place to come back to with `Back`: what was open and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub focus: Pane,
    pub article: Option<ArticleId>,
    pub scroll: usize,
    pub current: Option<StatementId>,
    pub sidebar_mode: SidebarMode,
    pub sidebar_selected: usize,
    /// The compare layers on screen.
    pub overlays: Overlays,
}

/// How many jumps `Back` remembers.
const HISTORY_LIMIT: usize = 100;

/// The whole reader state.
#[derive(Debug, Clone)]
pub struct State {
    /// Terminal size, as last reported (`Action::Resize`).
    pub width: u16,
    pub height: u16,
    pub focus: Pane,
    pub theme: Theme,
    pub articles: ArticleListState,
    pub reader: ReaderState,
    pub sidebar: SidebarState,
    pub help: HelpState,
    /// The compare view, its picker and the variants view.
    pub compare: CompareState,
    pub search: SearchState,
    pub find: FindState,
    /// Where `Back` returns to, most recent last.
    pub history: Vec<Location>,
    pub quit: bool,
    /// The keys in use: the default table with the config's `[keys]`.
    pub keymap: super::bindings::Keymap,
    /// Stars and read marks.
    pub marks: MarksState,
    /// The status bar's message, until the next key.
    pub notice: Option<Notice>,
    /// Side effects asked for by `update`, carried out by the app loop.
    pub effects: Vec<Effect>,
    /// Sidebar width from the config; `None`: automatic.
    pub sidebar_width: Option<u16>,
    /// Where `Export` writes its files.
    pub export_dir: std::path::PathBuf,
}

impl State {
    /// A fresh reader on `corpus`, first article open, sized `width`×`height`.
    pub fn new(corpus: &Corpus, width: u16, height: u16) -> State {
        let articles = ArticleListState::new(corpus);
        let mut state = State {
            width,
            height,
            focus: Pane::Articles,
            theme: Theme::default(),
            articles,
            reader: ReaderState::default(),
            sidebar: SidebarState::default(),
            help: HelpState::default(),
            compare: CompareState::default(),
            search: SearchState::default(),
            find: FindState::default(),
            history: Vec::new(),
            quit: false,
            keymap: super::bindings::Keymap::default(),
            marks: MarksState::default(),
            notice: None,
            effects: Vec::new(),
            sidebar_width: None,
            export_dir: std::path::PathBuf::from("."),
        };
        if let Some(id) = state.articles.selected_article() {
            state.open_article(corpus, id);
        }
        state
    }

    /// The layer that receives keys.
    pub fn layer(&self) -> Layer {
        if self.search.open {
            return Layer::Search;
        }
        if self.find.prompt.is_some() {
            return Layer::Find;
        }
        if self.help.open {
            Layer::Help
        } else if let Some(layer) = self.compare.layer() {
            layer
        } else {
            Layer::Pane(self.focus)
        }
    }

    /// The speaker of the statement being read, if any.
    pub fn current_speaker(&self, corpus: &Corpus) -> Option<SpeakerId> {
        self.reader
            .current
            .and_then(|s| corpus.statements.get(s))
            .and_then(|s| s.speaker)
    }

    /// Show article `id` from its top; the sidebar lists its entities.
    pub fn open_article(&mut self, corpus: &Corpus, id: ArticleId) {
        self.reader.open(corpus, id);
        self.sidebar.show_entities(corpus, id);
        self.wrap_reader(corpus);
    }

    /// Where the panes are on the current screen.
    pub fn panes(&self) -> super::view::layout::Panes {
        super::view::layout::panes_sized(self.width, self.height, self.focus, self.sidebar_width)
    }

    /// Re-wrap the reader for its current pane width (cached per width).
    pub fn wrap_reader(&mut self, corpus: &Corpus) {
        let panes = self.panes();
        if let Some(r) = panes.reader {
            let inner = super::view::layout::inner(r);
            self.reader
                .ensure_wrapped(corpus, inner.width, inner.height);
        }
    }

    /// Remember where we are before a jump.
    pub fn push_history(&mut self) {
        let here = Location {
            focus: self.focus,
            article: self.reader.article,
            scroll: self.reader.scroll,
            current: self.reader.current,
            sidebar_mode: self.sidebar.mode,
            sidebar_selected: self.sidebar.selected,
            overlays: self.compare.shown,
        };
        if self.history.last() != Some(&here) {
            self.history.push(here);
        }
        if self.history.len() > HISTORY_LIMIT {
            self.history.remove(0);
        }
    }

    /// Go back to the last remembered place. Returns false when there is none.
    pub fn pop_history(&mut self, corpus: &Corpus) -> bool {
        let Some(loc) = self.history.pop() else {
            return false;
        };
        if let Some(a) = loc.article {
            if self.reader.article != Some(a) {
                self.reader.open(corpus, a);
            }
            self.articles.select_article(a);
        }
        self.sidebar
            .set_mode(corpus, self.reader.article, loc.sidebar_mode);
        self.sidebar.selected = loc.sidebar_selected;
        self.sidebar.clamp_selection();
        self.focus = loc.focus;
        self.wrap_reader(corpus);
        self.reader.current = loc.current;
        self.reader.scroll = loc.scroll;
        self.reader.clamp_scroll();
        self.compare.restore(loc.overlays);
        true
    }
}
