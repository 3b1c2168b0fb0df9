//! Who said what, side by side: two speakers' statements paired by subject,
//! the same statement as several articles carried it, and what differs
//! between its variants. Pure functions over a [`Corpus`]; no terminal code.
//!
//! Build a [`TermIndex`] and [`Groups`] once per corpus (both linear in the
//! number of statements, give or take the few candidates sharing rare words),
//! then [`compare`] any two speakers cheaply.

mod diff;
mod groups;
mod pairing;
mod resolve;
mod tfidf;
pub mod words;

#[cfg(test)]
pub(crate) mod testkit;

pub use diff::{diff_words, DiffWord, VariantDiff, WordMark};
pub use groups::{Groups, StatementGroup, CONTAINED, CONTAINED_MIN_WORDS, SAME_WORDS};
pub use pairing::{compare, compare_each, Comparison, Row, RowOrder, PAIR_THRESHOLD};
pub use resolve::{most_quoted, resolve_speaker, MatchKind, Resolved};
pub use tfidf::{TermId, TermIndex};

use crate::corpus::Corpus;

/// What the compare view and the CLI need, computed once per corpus.
#[derive(Debug, Clone, Default)]
pub struct CompareIndex {
    pub terms: TermIndex,
    pub groups: Groups,
}

impl CompareIndex {
    /// Index the statements of `corpus`.
    pub fn new(corpus: &Corpus) -> CompareIndex {
        CompareIndex {
            terms: TermIndex::new(&corpus.statements),
            groups: Groups::new(&corpus.statements),
        }
    }
}
