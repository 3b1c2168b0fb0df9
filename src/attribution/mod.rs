//! Who said what: quotation spans → speakers → one registry across the corpus.
//!
//! The engine uses general knowledge of English news writing only (reporting
//! verbs, titles, pronouns, "according to"); it holds no list of particular names.

mod analyse;
mod cues;
mod discourse;
mod entities;
mod filters;
mod interpret;
mod lede;
mod lexicon;
mod model;
mod names;
mod phrase;
mod quotes;
mod registry;
pub mod score;
mod speakers;
mod text;

pub use model::{
    Entity, EntityKind, Mention, Speaker, SpeakerId, SpeakerKind, Statement, StatementId,
};

use crate::corpus::Article;
use rayon::prelude::*;

/// Everything the attribution pass derives from the articles.
#[derive(Debug, Clone, Default)]
pub struct Attribution {
    pub statements: Vec<Statement>,
    pub speakers: Vec<Speaker>,
    pub entities: Vec<Entity>,
}

/// Find every statement in `articles`, attribute it, and build the speaker registry.
///
/// Articles are read independently (in parallel); the registry then merges
/// their people and bodies into one list of speakers.
pub fn attribute(articles: &[Article]) -> Attribution {
    let analyses: Vec<analyse::ArticleAnalysis> =
        articles.par_iter().map(analyse::analyse).collect();
    registry::build(articles, &analyses)
}

/// Developer aid: the people and bodies the engine tracked in one article, with
/// roles, as text (used by `examples/dump.rs`).
#[doc(hidden)]
pub fn explain(article: &Article) -> String {
    use std::fmt::Write as _;
    let an = analyse::analyse(article);
    let mut s = String::new();
    for (i, l) in an.discourse.locals.iter().enumerate() {
        let _ = writeln!(
            s,
            "{i}: {:?} {:?} roles={:?} forms={:?} spoke={} group={} gender={:?}",
            l.name, l.kind, l.roles, l.forms, l.spoke, l.group, l.gender
        );
    }
    s
}
#[cfg(test)]
mod tests;
