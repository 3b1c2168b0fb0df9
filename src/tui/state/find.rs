//! Find in the article being read: the query, every match as a byte range of
//! the article text, and which match is current. Byte ranges do not depend on
//! the pane width, so a resize only re-maps them to lines; nothing is lost.

use super::input::TextInput;
use crate::corpus::{ArticleId, Corpus};
use crate::search::{find_in, Query};
use std::ops::Range;

/// The find prompt on the status line (Ctrl-F).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FindPrompt {
    pub input: TextInput,
    /// The query before the prompt opened, restored by Esc.
    pub previous: String,
}

/// State of find-in-article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FindState {
    /// As typed (a search scope prefix is ignored).
    pub query: String,
    /// The article `matches` were computed for.
    pub article: Option<ArticleId>,
    /// Matches in [`crate::corpus::Article::text`], in text order.
    pub matches: Vec<Range<usize>>,
    /// Index into `matches` of the match stepped to with n / N.
    pub current: Option<usize>,
    pub prompt: Option<FindPrompt>,
}

impl FindState {
    /// Whether there is a find to show.
    pub fn active(&self) -> bool {
        !self.query.trim().is_empty()
    }

    /// Find `query` in `article` (nothing when either is empty).
    pub fn set(&mut self, corpus: &Corpus, article: Option<ArticleId>, query: &str) {
        self.query = query.to_string();
        self.article = article;
        self.current = None;
        self.matches = match article.and_then(|a| corpus.articles.get(a)) {
            Some(a) if self.active() => find_in(&a.text, &Query::parse(query)),
            _ => Vec::new(),
        };
    }

    /// Stop finding: no query, no highlights.
    pub fn clear(&mut self) {
        self.query.clear();
        self.matches.clear();
        self.current = None;
    }

    /// The match index nearest after (or at) byte `pos`.
    pub fn first_from(&self, pos: usize) -> Option<usize> {
        let i = self.matches.partition_point(|m| m.end <= pos);
        (i < self.matches.len()).then_some(i)
    }

    /// "3/14", or "14 matches" before stepping, or "no match".
    pub fn counter(&self) -> String {
        let n = self.matches.len();
        match (self.current, n) {
            (_, 0) => "no match".to_string(),
            (Some(i), _) => format!("{}/{n}", i + 1),
            (None, 1) => "1 match".to_string(),
            (None, _) => format!("{n} matches"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_follow_the_article_and_the_counter_reads_naturally() {
        let c = Corpus::builtin();
        let mut f = FindState::default();
        f.set(&c, Some(0), "\"russia");
        assert!(f.matches.len() > 1, "the scope prefix is ignored");
        assert!(f.matches.windows(2).all(|w| w[0].end <= w[1].start));
        assert_eq!(f.counter(), format!("{} matches", f.matches.len()));
        f.current = Some(2);
        assert_eq!(f.counter(), format!("3/{}", f.matches.len()));
        let from = f.matches[1].end;
        assert_eq!(f.first_from(from), Some(2));
        f.set(&c, Some(0), "zzzqqq");
        assert_eq!(f.counter(), "no match");
        f.clear();
        assert!(!f.active());
    }
}
