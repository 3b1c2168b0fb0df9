//! Fuzzy search over everything the reader shows: article titles, paragraphs,
//! statements (text and speaker) and speakers (names, aliases, roles).
//!
//! - [`query`]: what the user typed → scope, terms, exclusions.
//! - [`index`]: the fuzzy inverted index (vocabulary → postings, items → words).
//! - [`terms`]: each term matched against the vocabulary (not the items).
//! - [`rank`]: candidates from postings,
//!   scored from their words and proximity; top hits kept.
//! - [`find`]: every match inside one article, for the reading view's n / N.
//! - [`hit`]: the one-line context and highlighted characters of a visible hit.
//! - [`searcher`]: a worker thread for the UI: stale queries are cancelled and
//!   results arrive best-first.
//!
//! No ratatui here: the CLI, the TUI and the benches call the same functions.

pub mod find;
pub mod hit;
pub mod index;
pub mod query;
pub mod rank;
pub mod searcher;
pub mod terms;

pub use find::find_in;
pub use hit::Hit;
pub use index::{Index, Item, ItemSource};
pub use query::{Query, Scope, Term, TermMode};
pub use rank::{rank_with_cache, Cache, Prepared, Ranked};
pub use searcher::{SearchUpdate, Searcher};

use crate::attribution::{SpeakerId, StatementId};
use crate::corpus::ArticleId;
use serde::Serialize;
use std::ops::Range;

/// What kind of thing a hit is. The order is the tie-break order: with equal
/// scores, titles come first, then speakers (one row that sums a person up),
/// their statements, and body text last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Title = 0,
    Speaker = 1,
    Statement = 2,
    Paragraph = 3,
}

impl Kind {
    /// Every kind, in tie-break order.
    pub const ALL: [Kind; 4] = [Kind::Title, Kind::Speaker, Kind::Statement, Kind::Paragraph];

    /// Singular label ("title").
    pub fn label(self) -> &'static str {
        match self {
            Kind::Title => "title",
            Kind::Statement => "statement",
            Kind::Speaker => "speaker",
            Kind::Paragraph => "paragraph",
        }
    }

    /// Plural label ("titles"), as `--kind` takes it.
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Title => "titles",
            Kind::Statement => "statements",
            Kind::Speaker => "speakers",
            Kind::Paragraph => "paragraphs",
        }
    }
}

/// Where a hit leads in the reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "at", rename_all = "lowercase")]
pub enum Target {
    /// The top of an article.
    Title(ArticleId),
    /// A paragraph: byte range in the article's cleaned text.
    Paragraph {
        article: ArticleId,
        paragraph: usize,
        range: Range<usize>,
    },
    Statement(StatementId),
    Speaker(SpeakerId),
    /// A plain line (indexes built from lines, for benchmarks).
    Line(usize),
}

/// Rank `query` over `index` and build the best `limit` hits with their
/// context and highlighted characters.
pub fn search(index: &Index, query: &Query, limit: usize) -> Vec<Hit> {
    let prepared = rank::Prepared::new(index, query, None);
    let ranked = prepared.rank(index, limit, None, &|| false, &mut |_, _| {});
    ranked
        .hits
        .iter()
        .map(|&(item, score)| Hit::new(index, &prepared, item, score))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines() -> Index {
        Index::from_lines(&[
            "The Kremlin spokesman Dmitry Peskov said talks stalled",
            "Red lines were drawn, officials said",
            "Lines of red tape slowed everything",
            "Blinken expressed deep concern about the buildup",
            "Stoltenberg called the movements deeply concerning",
            "An unrelated paragraph about weather",
        ])
    }

    fn texts(hits: &[Hit]) -> Vec<&str> {
        hits.iter().map(|h| h.context.as_str()).collect()
    }

    #[test]
    fn all_terms_must_match_and_adjacency_ranks_first() {
        let idx = lines();
        let hits = search(&idx, &Query::parse("red lines"), 10);
        assert_eq!(hits.len(), 2);
        assert!(hits[0].context.starts_with("Red lines"));
        assert!(hits[0].score > hits[1].score);
    }

    #[test]
    fn fuzzy_terms_match_words_with_gaps() {
        let idx = lines();
        let hits = search(&idx, &Query::parse("blnkn concern"), 10);
        assert_eq!(
            texts(&hits),
            ["Blinken expressed deep concern about the buildup"]
        );
        // "concern" also matches "concerning", but "blnkn" only Blinken.
        let hits = search(&idx, &Query::parse("concern"), 10);
        assert_eq!(hits.len(), 2);
    }

    #[test]
    fn exact_and_excluded_terms() {
        let idx = lines();
        assert_eq!(search(&idx, &Query::parse("'pesk"), 10).len(), 1);
        assert!(search(&idx, &Query::parse("'pskv"), 10).is_empty());
        assert_eq!(search(&idx, &Query::parse("pskv"), 10).len(), 1);
        // Fuzzy "red" also matches "expressed"; exact does not.
        assert_eq!(search(&idx, &Query::parse("red !tape"), 10).len(), 3);
        let hits = search(&idx, &Query::parse("'red !tape"), 10);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].context.starts_with("Red lines"));
        // Only exclusions: everything else, in item order.
        assert_eq!(search(&idx, &Query::parse("!red"), 10).len(), 4);
    }

    #[test]
    fn positions_point_at_matched_characters() {
        let idx = lines();
        let hits = search(&idx, &Query::parse("pskv"), 10);
        let chars: Vec<char> = hits[0].context.chars().collect();
        let picked: String = hits[0].positions.iter().map(|&p| chars[p]).collect();
        assert_eq!(picked.to_lowercase(), "pskv");
    }

    #[test]
    fn limit_truncates_and_empty_query_finds_nothing() {
        let idx = lines();
        assert_eq!(search(&idx, &Query::parse("e"), 3).len(), 3);
        assert!(search(&idx, &Query::parse(""), 3).is_empty());
        assert!(search(&idx, &Query::parse("zzzz"), 3).is_empty());
    }

    #[test]
    fn scopes_and_tie_breaks_on_the_builtin_corpus() {
        let corpus = crate::corpus::Corpus::builtin();
        let idx = Index::build(&corpus);
        let titles = search(&idx, &Query::parse("#russia"), 50);
        assert!(!titles.is_empty());
        assert!(titles.iter().all(|h| h.kind == Kind::Title));
        let all = search(&idx, &Query::parse("russia"), 500);
        // With equal scores, titles come before paragraphs.
        for w in all.windows(2) {
            assert!(w[0].score > w[1].score || w[0].kind <= w[1].kind);
        }
    }
}
