//! The fuzzy inverted index: searchable items, their vocabulary, and for each
//! distinct word the items containing it.
//!
//! Matching a term against the few distinct words of the corpus (instead of
//! every item) is what keeps a keystroke cheap at a million items.

use super::query::word_spans;
use super::{Kind, Target};
use crate::corpus::{ArticleId, Corpus, ParagraphKind, TextDate};
use rayon::prelude::*;
use std::collections::HashMap;
use std::ops::Range;

/// One searchable thing: a title, paragraph, statement or speaker.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: Kind,
    pub target: Target,
    /// The article it belongs to (a speaker's first article).
    pub article: Option<ArticleId>,
    /// The text searched and shown, on one line.
    pub text: String,
}

/// An item before indexing, with the date used to order ties.
#[derive(Debug, Clone)]
pub struct ItemSource {
    pub item: Item,
    /// Sort key of the article's date; newer is larger, undated is 0.
    pub date: u32,
}

/// Items, vocabulary and postings. Immutable once built; share it with `Arc`.
///
/// Item ids follow the tie-break order (titles, speakers, statements, then
/// paragraphs; newer articles first), so among equal scores the lower id wins
/// and postings, sorted by id, are already in tie-break order.
#[derive(Debug, Default)]
pub struct Index {
    pub(crate) items: Vec<Item>,
    /// Id range of each kind, indexed by `Kind as usize`.
    pub(crate) kind_ranges: [Range<u32>; 4],
    /// Distinct lowercased words.
    pub(crate) vocab: Vec<Box<str>>,
    /// For each word, which characters it holds (a cheap pre-filter).
    pub(crate) bags: Vec<u64>,
    /// Word id → items containing it: `postings[post_offsets[w]..post_offsets[w + 1]]`.
    pub(crate) post_offsets: Vec<u32>,
    pub(crate) postings: Vec<u32>,
    /// Item id → its words in order: `tokens[token_offsets[i]..token_offsets[i + 1]]`.
    pub(crate) token_offsets: Vec<u32>,
    pub(crate) tokens: Vec<u32>,
}

/// A bit per letter or digit (and a few hashed bits for other characters).
pub(crate) fn char_bag(word: &str) -> u64 {
    word.chars().fold(0, |bag, c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            _ => 36 + (c as u32 % 28),
        };
        bag | (1 << bit)
    })
}

fn date_key(date: Option<&TextDate>) -> u32 {
    date.map_or(0, |d| {
        let year = d.year.map_or(0, |y| y.clamp(0, 9999) as u32);
        year * 10_000 + u32::from(d.month) * 100 + u32::from(d.day)
    })
}

impl Index {
    /// Index everything in a corpus.
    pub fn build(corpus: &Corpus) -> Index {
        Index::from_sources(corpus_items(corpus))
    }

    /// Index plain lines as paragraphs (for benchmarks and the matcher comparison).
    pub fn from_lines<S: AsRef<str>>(lines: &[S]) -> Index {
        Index::from_sources(
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| ItemSource {
                    item: Item {
                        kind: Kind::Paragraph,
                        target: Target::Line(i),
                        article: None,
                        text: l.as_ref().to_string(),
                    },
                    date: 0,
                })
                .collect(),
        )
    }

    /// Order items for tie-breaks, then build vocabulary, tokens and postings.
    pub fn from_sources(mut sources: Vec<ItemSource>) -> Index {
        // Stable: equal keys keep corpus order.
        sources.par_sort_by_key(|s| (s.item.kind as u8, std::cmp::Reverse(s.date)));
        let items: Vec<Item> = sources.into_iter().map(|s| s.item).collect();
        let mut kind_ranges: [Range<u32>; 4] = Default::default();
        for k in Kind::ALL {
            let start = items.partition_point(|i| (i.kind as u8) < k as u8) as u32;
            let end = items.partition_point(|i| (i.kind as u8) <= k as u8) as u32;
            kind_ranges[k as usize] = start..end;
        }
        // One pass; a word is allocated only the first time it is seen.
        let mut word_ids: HashMap<Box<str>, u32> = HashMap::new();
        let mut vocab: Vec<Box<str>> = Vec::new();
        let mut token_offsets = Vec::with_capacity(items.len() + 1);
        let mut tokens = Vec::new();
        let mut buf = String::new();
        token_offsets.push(0u32);
        for it in &items {
            for (s, e) in word_spans(&it.text) {
                let raw = &it.text[s..e];
                let word = if raw.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                    raw
                } else {
                    buf.clear();
                    buf.extend(raw.chars().flat_map(char::to_lowercase));
                    buf.as_str()
                };
                let id = if let Some(&id) = word_ids.get(word) {
                    id
                } else {
                    let id = vocab.len() as u32;
                    let b: Box<str> = word.into();
                    vocab.push(b.clone());
                    word_ids.insert(b, id);
                    id
                };
                tokens.push(id);
            }
            token_offsets.push(tokens.len() as u32);
        }
        let bags = vocab.par_iter().map(|w| char_bag(w)).collect();
        let (post_offsets, postings) = build_postings(vocab.len(), &token_offsets, &tokens);
        Index {
            items,
            kind_ranges,
            vocab,
            bags,
            post_offsets,
            postings,
            token_offsets,
            tokens,
        }
    }

    /// Number of searchable items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when there is nothing to search.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Number of distinct words.
    pub fn vocabulary_len(&self) -> usize {
        self.vocab.len()
    }

    /// One item by id.
    pub fn item(&self, id: u32) -> &Item {
        &self.items[id as usize]
    }

    pub(crate) fn posting(&self, word: u32) -> &[u32] {
        let w = word as usize;
        &self.postings[self.post_offsets[w] as usize..self.post_offsets[w + 1] as usize]
    }

    pub(crate) fn item_tokens(&self, item: u32) -> &[u32] {
        let i = item as usize;
        &self.tokens[self.token_offsets[i] as usize..self.token_offsets[i + 1] as usize]
    }
}

/// Counting sort of (word, item) pairs into per-word item lists, each item once.
fn build_postings(vocab_len: usize, token_offsets: &[u32], tokens: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let mut counts = vec![0u32; vocab_len + 1];
    let mut last_seen = vec![u32::MAX; vocab_len];
    let items = token_offsets.len() - 1;
    for item in 0..items {
        for &w in &tokens[token_offsets[item] as usize..token_offsets[item + 1] as usize] {
            if last_seen[w as usize] != item as u32 {
                last_seen[w as usize] = item as u32;
                counts[w as usize + 1] += 1;
            }
        }
    }
    for i in 1..counts.len() {
        counts[i] += counts[i - 1];
    }
    let offsets = counts.clone();
    let mut fill = counts;
    let mut postings = vec![0u32; offsets[vocab_len] as usize];
    last_seen.fill(u32::MAX);
    for item in 0..items {
        for &w in &tokens[token_offsets[item] as usize..token_offsets[item + 1] as usize] {
            if last_seen[w as usize] != item as u32 {
                last_seen[w as usize] = item as u32;
                postings[fill[w as usize] as usize] = item as u32;
                fill[w as usize] += 1;
            }
        }
    }
    (offsets, postings)
}

/// Every searchable item of a corpus.
fn corpus_items(corpus: &Corpus) -> Vec<ItemSource> {
    let date_of = |a: ArticleId| date_key(corpus.articles[a].date.as_ref());
    let mut out = Vec::new();
    for a in &corpus.articles {
        let date = date_key(a.date.as_ref());
        out.push(ItemSource {
            item: Item {
                kind: Kind::Title,
                target: Target::Title(a.id),
                article: Some(a.id),
                text: one_line(&a.title),
            },
            date,
        });
        for (i, p) in a.paragraphs.iter().enumerate() {
            if p.kind == ParagraphKind::Body || p.kind == ParagraphKind::Caption {
                out.push(ItemSource {
                    item: Item {
                        kind: Kind::Paragraph,
                        target: Target::Paragraph {
                            article: a.id,
                            paragraph: i,
                            range: p.range.clone(),
                        },
                        article: Some(a.id),
                        text: one_line(&a.text[p.range.clone()]),
                    },
                    date,
                });
            }
        }
    }
    for s in &corpus.statements {
        let speaker = s.speaker.map(|id| corpus.speakers[id].name.as_str());
        let text = match speaker {
            Some(name) => format!("{} — {name}", one_line(&s.text)),
            None => one_line(&s.text),
        };
        out.push(ItemSource {
            item: Item {
                kind: Kind::Statement,
                target: Target::Statement(s.id),
                article: Some(s.article),
                text,
            },
            date: date_of(s.article),
        });
    }
    for sp in &corpus.speakers {
        let mut text = sp.name.clone();
        for extra in sp.aliases.iter().chain(&sp.roles) {
            text.push_str(" · ");
            text.push_str(extra);
        }
        let newest = sp.articles.iter().map(|&a| date_of(a)).max().unwrap_or(0);
        out.push(ItemSource {
            item: Item {
                kind: Kind::Speaker,
                target: Target::Speaker(sp.id),
                article: sp.articles.first().copied(),
                text: one_line(&text),
            },
            date: newest,
        });
    }
    out
}

/// Collapse white space so every item shows on one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_list_each_item_once_in_order() {
        let idx = Index::from_lines(&["red red lines", "lines of red", "blue"]);
        let id = |w: &str| idx.vocab.iter().position(|v| &**v == w).unwrap() as u32;
        let (red, lines) = (id("red"), id("lines"));
        assert_eq!(idx.posting(red), &[0, 1]);
        assert_eq!(idx.posting(lines), &[0, 1]);
        assert_eq!(idx.item_tokens(0), &[red, red, lines]);
        assert_eq!(idx.vocabulary_len(), 4);
    }

    #[test]
    fn items_follow_tie_break_order() {
        let c = Corpus::builtin();
        let idx = Index::build(&c);
        assert_eq!(
            idx.kind_ranges[Kind::Title as usize].len(),
            c.articles.len()
        );
        let kinds: Vec<u8> = idx.items.iter().map(|i| i.kind as u8).collect();
        assert!(kinds.windows(2).all(|w| w[0] <= w[1]));
        assert!(idx.items.iter().all(|i| !i.text.contains('\n')));
    }

    #[test]
    fn char_bag_is_a_superset_test() {
        assert_eq!(char_bag("peskov") & char_bag("psk"), char_bag("psk"));
        assert_ne!(char_bag("peskov") & char_bag("pz"), char_bag("pz"));
    }
}
