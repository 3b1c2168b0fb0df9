//! The entity sidebar: who is quoted and mentioned in the article, or one
//! speaker's statements (in this article or across the corpus).

use crate::attribution::{EntityKind, SpeakerId, StatementId};
use crate::corpus::{ArticleId, Corpus};

/// Where a speaker's statements are taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Article,
    Corpus,
}

/// What the sidebar lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SidebarMode {
    /// Speakers of the article, then other people, organisations, places.
    #[default]
    Entities,
    /// One speaker's statements.
    Statements { speaker: SpeakerId, scope: Scope },
}

/// One row of the sidebar list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidebarRow {
    /// A section title; not selectable.
    Header(&'static str),
    /// A speaker quoted in the article, with the number of statements there.
    Speaker { id: SpeakerId, count: usize },
    /// Another entity mentioned (index into `Corpus::entities`) and how often.
    Entity { index: usize, mentions: usize },
    /// A statement (in `Statements` mode).
    Statement(StatementId),
}

impl SidebarRow {
    pub fn selectable(self) -> bool {
        !matches!(self, SidebarRow::Header(_))
    }
}

/// State of the sidebar pane.
#[derive(Debug, Clone, Default)]
pub struct SidebarState {
    pub mode: SidebarMode,
    pub rows: Vec<SidebarRow>,
    /// Index into `rows`; always a selectable row when there is one.
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
}

impl SidebarState {
    /// List the speakers and entities of `article`.
    pub fn show_entities(&mut self, corpus: &Corpus, article: ArticleId) {
        self.set_mode(corpus, Some(article), SidebarMode::Entities);
    }

    /// Switch to `mode` for `article` and rebuild the rows, selection on the first item.
    pub fn set_mode(&mut self, corpus: &Corpus, article: Option<ArticleId>, mode: SidebarMode) {
        self.mode = mode;
        self.rows = match mode {
            SidebarMode::Entities => article.map_or_else(Vec::new, |a| entity_rows(corpus, a)),
            SidebarMode::Statements { speaker, scope } => {
                statement_rows(corpus, article, speaker, scope)
            }
        };
        self.selected = 0;
        self.offset = 0;
        self.clamp_selection();
    }

    /// The selected row.
    pub fn selected_row(&self) -> Option<SidebarRow> {
        self.rows
            .get(self.selected)
            .copied()
            .filter(|r| r.selectable())
    }

    /// The speaker the sidebar is about: the selected speaker row, or the
    /// speaker whose statements are listed.
    pub fn selected_speaker(&self, corpus: &Corpus) -> Option<SpeakerId> {
        match (self.mode, self.selected_row()) {
            (SidebarMode::Statements { speaker, .. }, _) => Some(speaker),
            (_, Some(SidebarRow::Speaker { id, .. })) => Some(id),
            (_, Some(SidebarRow::Entity { index, .. })) => {
                corpus.entities.get(index).and_then(|e| e.speaker)
            }
            _ => None,
        }
    }

    /// Select the row of speaker `id` in `Entities` mode, if listed.
    pub fn select_speaker(&mut self, id: SpeakerId) {
        if let Some(i) = self
            .rows
            .iter()
            .position(|r| matches!(r, SidebarRow::Speaker { id: s, .. } if *s == id))
        {
            self.selected = i;
        }
    }

    /// Move the selection by `delta` selectable rows, clamped.
    pub fn move_by(&mut self, delta: isize) {
        let selectable: Vec<usize> = (0..self.rows.len())
            .filter(|&i| self.rows[i].selectable())
            .collect();
        if selectable.is_empty() {
            self.selected = 0;
            return;
        }
        let at = selectable.partition_point(|&i| i < self.selected);
        let to = at.saturating_add_signed(delta).min(selectable.len() - 1);
        self.selected = selectable[to];
    }

    /// Put the selection on a selectable row (the next one down, else up).
    pub fn clamp_selection(&mut self) {
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
        if self
            .rows
            .get(self.selected)
            .is_some_and(|r| !r.selectable())
        {
            self.move_by(0);
        }
    }
}

fn entity_rows(corpus: &Corpus, article: ArticleId) -> Vec<SidebarRow> {
    let mut counts: Vec<(SpeakerId, usize)> = Vec::new();
    for s in corpus.statements_in(article) {
        let Some(id) = s.speaker else { continue };
        match counts.iter_mut().find(|(sp, _)| *sp == id) {
            Some((_, n)) => *n += 1,
            None => counts.push((id, 1)),
        }
    }
    let name = |id: SpeakerId| corpus.speakers.get(id).map_or("", |s| s.name.as_str());
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| name(a.0).cmp(name(b.0))));
    let mut rows = vec![SidebarRow::Header("Quoted")];
    rows.extend(
        counts
            .iter()
            .map(|&(id, count)| SidebarRow::Speaker { id, count }),
    );
    let groups = [
        (EntityKind::Person, "People"),
        (EntityKind::Organisation, "Organisations"),
        (EntityKind::Place, "Places"),
    ];
    for (kind, title) in groups {
        let mut found: Vec<(usize, usize)> = corpus
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == kind)
            .filter(|(_, e)| !e.speaker.is_some_and(|s| counts.iter().any(|c| c.0 == s)))
            .map(|(i, e)| {
                (
                    i,
                    e.mentions.iter().filter(|m| m.article == article).count(),
                )
            })
            .filter(|&(_, n)| n > 0)
            .collect();
        if found.is_empty() {
            continue;
        }
        found.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| corpus.entities[a.0].name.cmp(&corpus.entities[b.0].name))
        });
        rows.push(SidebarRow::Header(title));
        rows.extend(
            found
                .into_iter()
                .map(|(index, mentions)| SidebarRow::Entity { index, mentions }),
        );
    }
    rows
}

fn statement_rows(
    corpus: &Corpus,
    article: Option<ArticleId>,
    speaker: SpeakerId,
    scope: Scope,
) -> Vec<SidebarRow> {
    let Some(sp) = corpus.speakers.get(speaker) else {
        return Vec::new();
    };
    let mut ids: Vec<StatementId> = sp
        .statements
        .iter()
        .copied()
        .filter(|&s| scope == Scope::Corpus || Some(corpus.statements[s].article) == article)
        .collect();
    ids.sort_by_key(|&s| {
        (
            corpus.statements[s].article,
            corpus.statements[s].range.start,
        )
    });
    ids.into_iter().map(SidebarRow::Statement).collect()
}
