//! Stars, read marks and Markdown exports. These change [`State`] and queue
//! [`Effect`]s (saving, writing files); the app loop carries the effects out.

use crate::attribution::{SpeakerId, StatementId};
use crate::cite::{self, CompareRow};
use crate::corpus::Corpus;
use crate::tui::action::Action;
use crate::tui::state::{Effect, Layer, Notice, Pane, SidebarRow, State};

/// A notice lasts until the next key; resizes and the wheel keep it.
pub(super) fn clear_notice(state: &mut State, action: Action) {
    if !matches!(action, Action::Resize { .. } | Action::Wheel { .. }) {
        state.notice = None;
    }
}

/// The statement a key like `y` or `*` acts on: in the compare or variants
/// view, its focused statement; else the sidebar's selected statement when
/// the sidebar has focus, else the one being read, else the sidebar's
/// selected statement.
pub fn focused_statement(state: &State) -> Option<StatementId> {
    match state.layer() {
        Layer::Compare => return state.compare.view.as_ref()?.focused_statement(),
        Layer::Variants => return state.compare.variants.as_ref()?.focused(),
        _ => {}
    }
    let in_sidebar = match state.sidebar.selected_row() {
        Some(SidebarRow::Statement(id)) => Some(id),
        _ => None,
    };
    if state.focus == Pane::Sidebar {
        in_sidebar.or(state.reader.current)
    } else {
        state.reader.current.or(in_sidebar)
    }
}

/// "No statement to copy: ] steps to the next one" with the keys in use.
pub(super) fn no_statement(state: &mut State, verb: &str) {
    let step = state
        .keymap
        .key_label(Action::NextStatement)
        .map_or_else(String::new, |k| format!(": {k} steps to the next one"));
    state.notice = Some(Notice::warning(format!("No statement to {verb}{step}")));
}

/// The first words of a statement, for notices.
pub(super) fn excerpt(text: &str) -> String {
    const WORDS: usize = 8;
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut s = words[..words.len().min(WORDS)].join(" ");
    if words.len() > WORDS {
        s.push('…');
    }
    format!("“{s}”")
}

pub(super) fn toggle_star(state: &mut State, corpus: &Corpus) {
    let Some(st) = focused_statement(state).and_then(|id| corpus.statements.get(id)) else {
        return no_statement(state, "star");
    };
    let Some(article) = corpus.articles.get(st.article) else {
        return;
    };
    let starred = state.marks.store.toggle_star(article, &st.range);
    let verb = if starred { "★ Starred" } else { "Unstarred" };
    state.notice = Some(Notice::info(format!("{verb} {}", excerpt(&st.text))));
    state.effects.push(Effect::SaveMarks);
}

/// `m`: the article selected in the list (list focused) or the one being read.
pub(super) fn toggle_read(state: &mut State, corpus: &Corpus) {
    let id = if state.focus == Pane::Articles {
        state.articles.selected_article()
    } else {
        state.reader.article
    };
    let Some(article) = id.and_then(|a| corpus.articles.get(a)) else {
        state.notice = Some(Notice::warning("No article to mark"));
        return;
    };
    let read = !state.marks.store.is_read(article);
    state.marks.store.set_read(article, read);
    // Opening marks read; an article marked unread stays so while it is open.
    state.marks.opened = state.reader.article;
    let how = if read { "read" } else { "unread" };
    state.notice = Some(Notice::info(format!("Marked {how}: {}", article.title)));
    state.effects.push(Effect::SaveMarks);
}

/// Mark the article in the reader read once the reader has focus (moving
/// through the list shows articles without opening them).
pub(super) fn note_opened(state: &mut State, corpus: &Corpus) {
    if state.focus != Pane::Reader || state.reader.article == state.marks.opened {
        return;
    }
    state.marks.opened = state.reader.article;
    if let Some(article) = state.reader.article.and_then(|a| corpus.articles.get(a)) {
        if !state.marks.store.is_read(article) {
            state.marks.store.set_read(article, true);
            state.effects.push(Effect::SaveMarks);
        }
    }
}

/// The speaker `e` exports: the one being read when the reader has focus,
/// else the sidebar's (its selected speaker, or the speaker it lists).
fn export_speaker_id(state: &State, corpus: &Corpus) -> Option<SpeakerId> {
    let side = state.sidebar.selected_speaker(corpus);
    let reading = state.current_speaker(corpus);
    if state.focus == Pane::Reader {
        reading.or(side)
    } else {
        side.or(reading)
    }
}

/// `e`: every statement of the current speaker, as a Markdown file.
pub(super) fn export_speaker(state: &mut State, corpus: &Corpus) {
    let Some(speaker) = export_speaker_id(state, corpus).and_then(|s| corpus.speakers.get(s))
    else {
        state.notice = Some(Notice::warning(
            "No speaker to export: select one in the Who pane, or step to a statement",
        ));
        return;
    };
    let n = speaker.statements.len();
    state.effects.push(Effect::Export {
        what: speaker.name.clone(),
        markdown: cite::speaker_markdown(corpus, speaker),
        confirm: match n {
            1 => format!("Exported the one statement by {} to", speaker.name),
            n => format!("Exported all {n} statements by {} to", speaker.name),
        },
    });
}

/// `y`, `*` and `e` in the compare and variants views; true when `action`
/// was one of them. `e` exports the comparison shown, rows in screen order.
pub(super) fn in_overlay(state: &mut State, corpus: &Corpus, action: Action) -> bool {
    match action {
        Action::CopyCitation => super::clipboard::copy_citation(state, corpus),
        Action::ToggleStar => toggle_star(state, corpus),
        Action::Export => {
            let shown = state
                .compare
                .view
                .as_ref()
                .filter(|_| state.layer() == Layer::Compare);
            let Some(c) = shown.map(|v| &v.comparison) else {
                state.notice = Some(Notice::warning(
                    "Export works in the compare view and the Who pane",
                ));
                return true;
            };
            let rows: Vec<CompareRow> = c
                .rows
                .iter()
                .map(|r| CompareRow {
                    topic: r.topic.clone().unwrap_or_default(),
                    left: r.left,
                    right: r.right,
                })
                .collect();
            let (left, right) = (c.left, c.right);
            export_compare(state, corpus, left, right, &rows);
        }
        _ => return false,
    }
    true
}

/// Export a comparison of two speakers: a Markdown table of `rows`.
pub fn export_compare(
    state: &mut State,
    corpus: &Corpus,
    left: SpeakerId,
    right: SpeakerId,
    rows: &[CompareRow],
) {
    let (Some(l), Some(r)) = (corpus.speakers.get(left), corpus.speakers.get(right)) else {
        return;
    };
    state.effects.push(Effect::Export {
        what: format!("{} vs {}", l.name, r.name),
        markdown: cite::compare_markdown(corpus, l, r, rows),
        confirm: format!(
            "Exported {} compared row{} ({} and {}) to",
            rows.len(),
            if rows.len() == 1 { "" } else { "s" },
            l.name,
            r.name
        ),
    });
}
