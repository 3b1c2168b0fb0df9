//! Which speaker a user means by a typed name: any alias exactly (ignoring
//! case), else the closest fuzzy match over names and aliases.

use crate::attribution::{Speaker, SpeakerId};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use serde::Serialize;

/// How a typed name was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// The name or an alias, ignoring case.
    Exact,
    /// The closest fuzzy match.
    Fuzzy,
}

/// A speaker found for a typed name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resolved {
    pub speaker: SpeakerId,
    /// The name or alias that matched.
    pub matched: String,
    pub how: MatchKind,
}

/// Resolve `query` to a speaker. Among equal matches the speaker with more
/// statements wins (the one a reader most likely means), then the first.
pub fn resolve_speaker(speakers: &[Speaker], query: &str) -> Option<Resolved> {
    let query = query.trim();
    if query.is_empty() {
        return None;
    }
    let wanted = query.to_lowercase();
    let names = |sp: &'_ Speaker| -> Vec<String> {
        std::iter::once(&sp.name)
            .chain(&sp.aliases)
            .cloned()
            .collect()
    };
    let rank = |sp: &Speaker| (sp.statements.len(), std::cmp::Reverse(sp.id));
    let exact = speakers
        .iter()
        .filter_map(|sp| {
            names(sp)
                .into_iter()
                .find(|n| n.to_lowercase() == wanted)
                .map(|n| (sp, n))
        })
        .max_by_key(|(sp, _)| rank(sp));
    if let Some((sp, matched)) = exact {
        return Some(Resolved {
            speaker: sp.id,
            matched,
            how: MatchKind::Exact,
        });
    }
    let matcher = SkimMatcherV2::default().ignore_case();
    speakers
        .iter()
        .filter_map(|sp| {
            names(sp)
                .into_iter()
                .filter_map(|n| matcher.fuzzy_match(&n, query).map(|score| (score, n)))
                .max_by_key(|(score, _)| *score)
                .map(|(score, n)| (score, sp, n))
        })
        .max_by_key(|(score, sp, _)| (*score, rank(sp)))
        .map(|(_, sp, matched)| Resolved {
            speaker: sp.id,
            matched,
            how: MatchKind::Fuzzy,
        })
}

/// The `n` speakers with the most statements (ties: first registered), the
/// default pair of the compare view.
pub fn most_quoted(speakers: &[Speaker], n: usize) -> Vec<SpeakerId> {
    let mut ids: Vec<SpeakerId> = speakers.iter().map(|s| s.id).collect();
    ids.sort_by_key(|&id| (std::cmp::Reverse(speakers[id].statements.len()), id));
    ids.truncate(n);
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::corpus;

    #[test]
    fn exact_alias_first_then_fuzzy() {
        let c = corpus(
            &[
                (0, "Antony Blinken", "one"),
                (0, "Dmitry Peskov", "two"),
                (0, "Dmitry Peskov", "three"),
                (0, "Kremlin", "four"),
            ],
            &[],
        );
        let r = resolve_speaker(&c.speakers, "blinken").unwrap();
        assert_eq!((r.speaker, r.how), (0, MatchKind::Exact));
        assert_eq!(r.matched, "Blinken");
        let r = resolve_speaker(&c.speakers, "peskv").unwrap();
        assert_eq!((r.speaker, r.how), (1, MatchKind::Fuzzy));
        let r = resolve_speaker(&c.speakers, " KREMLIN ").unwrap();
        assert_eq!((r.speaker, r.how), (2, MatchKind::Exact));
        assert!(resolve_speaker(&c.speakers, "zzzz").is_none());
        assert!(resolve_speaker(&c.speakers, "").is_none());
        assert_eq!(most_quoted(&c.speakers, 2), vec![1, 0]);
    }
}
