//! The article list: order, filter and selection.

use crate::attribution::SpeakerId;
use crate::corpus::{ArticleId, Corpus, TextDate};
use std::cmp::Ordering;

/// How the article list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Oldest first (coverage reads as a timeline); undated articles last.
    #[default]
    Date,
    Outlet,
    Title,
}

impl SortKey {
    #[must_use]
    pub fn next(self) -> SortKey {
        match self {
            SortKey::Date => SortKey::Outlet,
            SortKey::Outlet => SortKey::Title,
            SortKey::Title => SortKey::Date,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Outlet => "outlet",
            SortKey::Title => "title",
        }
    }
}

/// State of the article list pane.
#[derive(Debug, Clone, Default)]
pub struct ArticleListState {
    pub sort: SortKey,
    /// Only articles quoting this speaker, when set.
    pub filter: Option<SpeakerId>,
    /// Visible articles, sorted and filtered.
    pub order: Vec<ArticleId>,
    /// Index into `order`.
    pub selected: usize,
    /// First visible item.
    pub offset: usize,
    /// Statements per article (indexed by article id).
    pub counts: Vec<usize>,
    /// The year assumed for dates the text gives without one (the most common
    /// year in the corpus), so "March 31" sorts next to "April 12, 2021".
    pub assumed_year: i32,
}

impl ArticleListState {
    pub fn new(corpus: &Corpus) -> ArticleListState {
        let mut counts = vec![0; corpus.articles.len()];
        for s in &corpus.statements {
            if let Some(c) = counts.get_mut(s.article) {
                *c += 1;
            }
        }
        let mut years: Vec<i32> = corpus
            .articles
            .iter()
            .filter_map(|a| a.date.and_then(|d| d.year))
            .collect();
        years.sort_unstable();
        let assumed_year = years
            .chunk_by(|a, b| a == b)
            .max_by_key(|c| c.len())
            .map_or(0, |c| c[0]);
        let mut list = ArticleListState {
            counts,
            assumed_year,
            ..ArticleListState::default()
        };
        list.rebuild(corpus);
        list
    }

    /// The selected article, if the list is not empty.
    pub fn selected_article(&self) -> Option<ArticleId> {
        self.order.get(self.selected).copied()
    }

    /// Select `id` if it is in the list.
    pub fn select_article(&mut self, id: ArticleId) {
        if let Some(i) = self.order.iter().position(|a| *a == id) {
            self.selected = i;
        }
    }

    fn date_key(&self, date: Option<TextDate>) -> Option<(i32, u8, u8)> {
        date.map(|d| (d.year.unwrap_or(self.assumed_year), d.month, d.day))
    }

    /// Recompute `order` after a sort or filter change, keeping the selected
    /// article selected when it is still listed.
    pub fn rebuild(&mut self, corpus: &Corpus) {
        let keep = self.selected_article();
        let mut order: Vec<ArticleId> = match self.filter.and_then(|s| corpus.speakers.get(s)) {
            Some(speaker) => speaker.articles.clone(),
            None => (0..corpus.articles.len()).collect(),
        };
        order.retain(|a| *a < corpus.articles.len());
        let arts = &corpus.articles;
        order.sort_by(|&x, &y| {
            let (a, b) = (&arts[x], &arts[y]);
            let primary = match self.sort {
                SortKey::Date => match (self.date_key(a.date), self.date_key(b.date)) {
                    (Some(p), Some(q)) => p.cmp(&q),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                },
                SortKey::Outlet => match (&a.outlet, &b.outlet) {
                    (Some(p), Some(q)) => p.to_lowercase().cmp(&q.to_lowercase()),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                },
                SortKey::Title => Ordering::Equal,
            };
            primary
                .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
                .then(x.cmp(&y))
        });
        self.order = order;
        self.selected = 0;
        self.offset = 0;
        if let Some(k) = keep {
            self.select_article(k);
        }
    }

    /// Move the selection by `delta` items, clamped to the list.
    pub fn move_by(&mut self, delta: isize) {
        let last = self.order.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{build_article, Source};

    fn corpus(texts: &[(&str, &str)]) -> Corpus {
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, (name, text))| {
                let source = Source {
                    name: (*name).into(),
                    origin: (*name).into(),
                    text: (*text).into(),
                };
                build_article(i, source)
            })
            .collect();
        Corpus {
            articles,
            ..Corpus::default()
        }
    }

    #[test]
    fn sorts_by_date_then_title_and_keeps_selection() {
        let c = corpus(&[
            ("b.txt", "Bravo\n\nIt happened on April 12, 2021 in town."),
            ("a.txt", "Alpha\n\nIt happened on March 31 in town."),
            ("c.txt", "Charlie\n\nNo date here at all."),
        ]);
        let mut list = ArticleListState::new(&c);
        assert_eq!(list.order, vec![1, 0, 2]);
        list.select_article(0);
        list.sort = SortKey::Title;
        list.rebuild(&c);
        assert_eq!(list.order, vec![1, 0, 2]);
        assert_eq!(list.selected_article(), Some(0));
        list.move_by(10);
        assert_eq!(list.selected, 2);
        list.move_by(-10);
        assert_eq!(list.selected, 0);
    }
}
