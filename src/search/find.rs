//! Find in one article (the reading view's n / N): every word that matches a
//! term of the query, as byte ranges, so the view can highlight them all and
//! show "3/14". Cheap enough to run on one article per keystroke.

use super::query::{word_spans, Query, Term, TermMode};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use std::ops::Range;

/// Byte ranges of the words of `text` matching any term of `query`, in text
/// order. Fuzzy terms only count words where they match well (at least three quarters of
/// the best score any word of `text` gets), so scattered letters do not count.
pub fn find_in(text: &str, query: &Query) -> Vec<Range<usize>> {
    let m = SkimMatcherV2::default().respect_case();
    let spans: Vec<(usize, usize)> = word_spans(text).collect();
    let lowered: Vec<String> = spans
        .iter()
        .map(|&(s, e)| text[s..e].chars().flat_map(char::to_lowercase).collect())
        .collect();
    let mut hit = vec![false; spans.len()];
    for term in &query.terms {
        let scores: Vec<Option<i64>> = lowered.iter().map(|w| score(&m, w, term)).collect();
        let best = scores.iter().flatten().max().copied().unwrap_or(0);
        for (i, s) in scores.iter().enumerate() {
            if s.is_some_and(|s| s * 4 >= best * 3) {
                hit[i] = true;
            }
        }
    }
    spans
        .iter()
        .zip(hit)
        .filter(|&(_, h)| h)
        .map(|(&(s, e), _)| s..e)
        .collect()
}

fn score(m: &SkimMatcherV2, word: &str, term: &Term) -> Option<i64> {
    if term.mode == TermMode::Exact && !word.contains(term.text.as_str()) {
        return None;
    }
    m.fuzzy_match(word, &term.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_every_matching_word_in_order() {
        let t = "Peskov said. Later, peskov's aide and Pesky the cat spoke.";
        let found: Vec<&str> = find_in(t, &Query::parse("peskov"))
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(found, ["Peskov", "peskov"]);
        let found: Vec<&str> = find_in(t, &Query::parse("'pesk aide"))
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(found, ["Peskov", "peskov", "aide", "Pesky"]);
    }

    #[test]
    fn weak_scattered_matches_are_left_out() {
        let t = "red lines were expressed";
        let found: Vec<&str> = find_in(t, &Query::parse("red"))
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(found, ["red"]);
        assert!(find_in(t, &Query::parse("")).is_empty());
    }
}
