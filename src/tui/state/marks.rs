//! What the reader keeps for the user beyond the screen: stars and read
//! marks (persisted through [`StateStore`]), the one-line notice in the status
//! bar, and the side effects `update` asks for but does not perform itself
//! (writing to the clipboard, saving marks, writing an export).

use crate::attribution::Statement;
use crate::corpus::{Article, ArticleId, Corpus};
use crate::state_store::StateStore;
use std::path::PathBuf;

/// Stars and read marks.
#[derive(Debug, Clone)]
pub struct MarksState {
    pub store: StateStore,
    /// Whether marks are saved to `store.path` (false: kept for this run only).
    pub persist: bool,
    /// The article last marked read on opening, so `m` (unread) sticks
    /// while it stays open.
    pub opened: Option<ArticleId>,
}

impl Default for MarksState {
    /// Marks for this run only.
    fn default() -> Self {
        MarksState {
            store: StateStore {
                path: PathBuf::new(),
                marks: crate::state_store::Marks::default(),
            },
            persist: false,
            opened: None,
        }
    }
}

impl MarksState {
    pub fn is_starred(&self, corpus: &Corpus, statement: &Statement) -> bool {
        corpus
            .articles
            .get(statement.article)
            .is_some_and(|a| self.store.is_starred(a, &statement.range))
    }

    pub fn is_read(&self, article: &Article) -> bool {
        self.store.is_read(article)
    }
}

/// How a notice reads: information or a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
}

/// One line for the status bar, shown until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Notice {
        Notice {
            kind: NoticeKind::Info,
            text: text.into(),
        }
    }

    pub fn warning(text: impl Into<String>) -> Notice {
        Notice {
            kind: NoticeKind::Warning,
            text: text.into(),
        }
    }
}

/// Work with side effects, queued by `update` and carried out by the app
/// loop ([`crate::tui::effects::perform`]), which reports back in a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this citation on the clipboard (OSC 52); `confirm` is the notice on success.
    Clipboard { text: String, confirm: String },
    /// Save the marks.
    SaveMarks,
    /// Write a Markdown export named after `what`; `confirm` precedes the path.
    Export {
        what: String,
        markdown: String,
        confirm: String,
    },
}
