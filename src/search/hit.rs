//! A hit as the popup and the CLI show it: kind, article, a one-line context
//! around the first match, and which characters of it matched.
//!
//! `fuzzy_indices` is only called here, for the hits actually shown.

use super::index::Index;
use super::query::{word_spans, TermMode};
use super::rank::Prepared;
use super::terms::word_score;
use super::{Kind, Target};
use crate::corpus::ArticleId;
use fuzzy_matcher::FuzzyMatcher;
use serde::Serialize;

/// Characters of context shown around the first match.
pub const CONTEXT_CHARS: usize = 160;
/// Characters kept before the first match when the text is cut.
const LEAD_CHARS: usize = 40;

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hit {
    /// Item id in the index.
    pub item: u32,
    pub kind: Kind,
    pub article: Option<ArticleId>,
    pub target: Target,
    pub score: i32,
    /// One line of text around the first match ("…" where cut).
    pub context: String,
    /// Character (not byte) indices in `context` to highlight, ascending.
    pub positions: Vec<usize>,
}

impl Hit {
    /// Build the shown form of `item`.
    pub fn new(index: &Index, prepared: &Prepared, item: u32, score: i32) -> Hit {
        let it = index.item(item);
        let text = it.text.as_str();
        let tokens = index.item_tokens(item);
        // Per term, the best score any word of this item reaches: only those
        // words are highlighted, so a one-letter query does not light up everything.
        let best: Vec<i32> = prepared
            .dense
            .iter()
            .map(|d| tokens.iter().map(|&w| d[w as usize]).max().unwrap_or(0))
            .collect();
        let mut marks: Vec<usize> = Vec::new(); // byte offsets in `text`
        let mut first: Option<usize> = None;
        for ((start, end), &w) in word_spans(text).zip(tokens) {
            for (t, term) in prepared.query.terms.iter().enumerate() {
                let s = prepared.dense[t][w as usize];
                if s == 0 || s < best[t] {
                    continue;
                }
                first = Some(first.map_or(start, |f| f.min(start)));
                let word = &text[start..end];
                marks.extend(
                    word_marks(prepared, word, term)
                        .into_iter()
                        .map(|o| start + o),
                );
            }
        }
        let (context, positions) = window(text, first.unwrap_or(0), &marks);
        Hit {
            item,
            kind: it.kind,
            article: it.article,
            target: it.target.clone(),
            score,
            context,
            positions,
        }
    }
}

/// Byte offsets in `word` of the characters `term` matched.
fn word_marks(prepared: &Prepared, word: &str, term: &super::Term) -> Vec<usize> {
    let lower = word.to_lowercase();
    // Lowercasing can change lengths for a few scripts; then mark the whole word.
    let same_shape = lower.len() == word.len();
    let char_offsets: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
    let picked: Vec<usize> = match term.mode {
        TermMode::Exact => lower
            .find(term.text.as_str())
            .map(|b| {
                let from = lower[..b].chars().count();
                (from..from + term.text.chars().count()).collect()
            })
            .unwrap_or_default(),
        TermMode::Fuzzy => {
            if word_score(prepared.matcher(), &lower, term).is_none() {
                return Vec::new();
            }
            prepared
                .matcher()
                .fuzzy_indices(&lower, &term.text)
                .map(|(_, idx)| idx)
                .unwrap_or_default()
        }
    };
    if !same_shape {
        return char_offsets;
    }
    picked
        .into_iter()
        .filter_map(|c| char_offsets.get(c).copied())
        .collect()
}

/// Cut `text` to about [`CONTEXT_CHARS`] around byte `focus`, and turn the
/// byte `marks` into character positions in the cut line.
fn window(text: &str, focus: usize, marks: &[usize]) -> (String, Vec<usize>) {
    let total = text.chars().count();
    let focus_char = text[..focus].chars().count();
    let (mut from, to) = if total <= CONTEXT_CHARS {
        (0, total)
    } else {
        let from = focus_char
            .saturating_sub(LEAD_CHARS)
            .min(total - CONTEXT_CHARS);
        (from, from + CONTEXT_CHARS)
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Start on a word boundary when cut.
    if from > 0 {
        let limit = focus_char.min(to);
        while from < limit && !chars[from - 1].1.is_whitespace() {
            from += 1;
        }
    }
    let prefix = usize::from(from > 0);
    let mut context = String::with_capacity(CONTEXT_CHARS * 2);
    if from > 0 {
        context.push('…');
    }
    context.extend(chars[from..to].iter().map(|&(_, c)| c));
    if to < total {
        context.push('…');
    }
    let mut positions: Vec<usize> = marks
        .iter()
        .filter_map(|&b| {
            let c = chars.partition_point(|&(i, _)| i < b);
            (c >= from && c < to).then_some(c - from + prefix)
        })
        .collect();
    positions.sort_unstable();
    positions.dedup();
    (context, positions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_around_the_match() {
        let long = format!(
            "{} the peskov remark {}",
            "word ".repeat(100),
            "tail ".repeat(100)
        );
        let (ctx, pos) = window(
            &long,
            long.find("peskov").unwrap(),
            &[long.find("peskov").unwrap()],
        );
        assert!(ctx.starts_with('…') && ctx.ends_with('…'));
        assert!(ctx.chars().count() <= CONTEXT_CHARS + 2);
        let chars: Vec<char> = ctx.chars().collect();
        assert_eq!(chars[pos[0]], 'p');
    }

    #[test]
    fn short_text_is_whole() {
        let (ctx, pos) = window("Peskov said", 0, &[0, 1]);
        assert_eq!(ctx, "Peskov said");
        assert_eq!(pos, [0, 1]);
    }
}
