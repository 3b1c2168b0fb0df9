//! Who-said-what types: statements, speakers and other named entities.

use crate::corpus::ArticleId;
use serde::Serialize;
use std::ops::Range;

/// Index of a statement in [`crate::corpus::Corpus::statements`].
pub type StatementId = usize;
/// Index of a speaker in [`crate::corpus::Corpus::speakers`].
pub type SpeakerId = usize;

/// Whether a speaker (or entity) is a person or a body (ministry, agency, palace…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organisation,
}

/// One quotation found in an article, linked to its speaker.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    pub id: StatementId,
    pub article: ArticleId,
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Byte range of `text` in the article's cleaned text (inside the marks).
    pub range: Range<usize>,
    /// Paragraph index in the article.
    pub paragraph: usize,
    /// Registry speaker, when the engine found one.
    pub speaker: Option<SpeakerId>,
    /// The reporting cue as written ("said", "according to", "told reporters").
    pub cue: Option<String>,
    /// Byte range of the cue in the article text.
    pub cue_range: Option<Range<usize>>,
}

/// One person or body across the whole corpus, however the articles spell them.
#[derive(Debug, Clone, Serialize)]
pub struct Speaker {
    pub id: SpeakerId,
    /// The fullest form seen ("Dmitry Peskov").
    pub name: String,
    /// Other forms that refer to the same speaker ("Peskov", "Dmitri Peskov").
    pub aliases: Vec<String>,
    /// Roles and titles as written ("Kremlin spokesman").
    pub roles: Vec<String>,
    pub kind: SpeakerKind,
    /// Statements attributed to this speaker, in corpus order.
    pub statements: Vec<StatementId>,
    /// Articles where this speaker is quoted, ascending.
    pub articles: Vec<ArticleId>,
}

/// Kind of a named entity mentioned in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
}

/// Where an entity is mentioned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub article: ArticleId,
    pub range: Range<usize>,
}

/// A named person, organisation or place mentioned anywhere (quoted or not),
/// for the sidebar.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    /// The registry speaker this entity is, if it is quoted.
    pub speaker: Option<SpeakerId>,
    pub mentions: Vec<Mention>,
}
