//! Terms against the vocabulary: the only place `fuzzy_match` runs while
//! ranking. A char-bag test drops most words before the matcher sees them, and
//! a term that extends one from the previous keystroke only re-checks the
//! words that term matched (a word matching `pesk` also matches `pes`).

use super::index::{char_bag, Index};
use super::query::{Query, Term, TermMode};
use super::rank::{Cache, Prepared, Scored};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

pub(crate) fn matcher() -> SkimMatcherV2 {
    // Terms and words are both lowercased already.
    SkimMatcherV2::default().respect_case()
}

/// Score of a term against one word, or `None`.
pub(crate) fn word_score(m: &SkimMatcherV2, word: &str, term: &Term) -> Option<i32> {
    if term.mode == TermMode::Exact && !word.contains(term.text.as_str()) {
        return None;
    }
    m.fuzzy_match(word, &term.text).map(|s| (s as i32).max(1))
}

impl Prepared {
    /// Match every term against the vocabulary, reusing `cache` when a term
    /// extends one matched at the previous keystroke.
    pub fn new(index: &Index, query: &Query, cache: Option<&mut Cache>) -> Prepared {
        let m = matcher();
        let mut words = Vec::with_capacity(query.terms.len());
        let mut new_terms = HashMap::new();
        for term in &query.terms {
            let base = cache.as_deref().and_then(|c| {
                c.terms
                    .iter()
                    .filter(|(old, _)| {
                        Query {
                            terms: vec![term.clone()],
                            ..Query::default()
                        }
                        .refines(&Query {
                            terms: vec![(*old).clone()],
                            ..Query::default()
                        })
                    })
                    .min_by_key(|(_, list)| list.len())
                    .map(|(_, list)| list.clone())
            });
            let list = Arc::new(match_term(
                index,
                &m,
                term,
                base.as_deref().map(Vec::as_slice),
            ));
            new_terms.insert(term.clone(), list.clone());
            words.push(list);
        }
        if let Some(c) = cache {
            c.terms = new_terms;
        }
        let dense = words
            .iter()
            .map(|list| {
                let mut d = vec![0; index.vocab.len()];
                for &(w, s) in list.iter() {
                    d[w as usize] = s;
                }
                d
            })
            .collect();
        let mut excluded = vec![
            false;
            if query.excluded.is_empty() {
                0
            } else {
                index.vocab.len()
            }
        ];
        for e in &query.excluded {
            for (w, word) in index.vocab.iter().enumerate() {
                if word.contains(e.as_str()) {
                    excluded[w] = true;
                }
            }
        }
        let scope = match query.scope {
            Some(k) => index.kind_ranges[k as usize].clone(),
            None => 0..index.items.len() as u32,
        };
        Prepared {
            query: query.clone(),
            words,
            dense,
            excluded,
            scope,
            matcher: m,
        }
    }
}

/// Words matching `term`, best first: from `base` (the words a shorter form
/// of the term matched) when given, else the whole vocabulary.
fn match_term(
    index: &Index,
    m: &SkimMatcherV2,
    term: &Term,
    base: Option<&[Scored]>,
) -> Vec<Scored> {
    let bag = char_bag(&term.text);
    let check = |w: u32| -> Option<Scored> {
        if index.bags[w as usize] & bag != bag {
            return None;
        }
        word_score(m, &index.vocab[w as usize], term).map(|s| (w, s))
    };
    let mut out: Vec<Scored> = match base {
        Some(list) => list
            .par_iter()
            .with_min_len(4096)
            .filter_map(|&(w, _)| check(w))
            .collect(),
        None => (0..index.vocab.len() as u32)
            .into_par_iter()
            .with_min_len(4096)
            .filter_map(check)
            .collect(),
    };
    out.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}
