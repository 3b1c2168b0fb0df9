//! Ranking: each term is matched against the vocabulary (not the items), then
//! postings give the candidate items, scored from their best word per term
//! plus a bonus when terms sit next to each other in the typed order.
//!
//! One term: words are visited best score first and the walk stops once the
//! top `limit` is settled. Several terms: the most selective term's postings
//! (or the previous keystroke's survivors) are checked against the others on
//! each item's word ids, in parallel blocks, so a stale search can stop early
//! and a first batch can be shown before the ranking finishes.

use super::index::Index;
use super::query::{Query, Term};
use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::ops::Range;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// An item id with its score.
pub type Scored = (u32, i32);

/// Bonus when two consecutive terms match adjacent words, and when they are near.
const ADJACENT_BONUS: i32 = 40;
const NEAR_BONUS: i32 = 15;
/// Candidates checked between two cancellation checks.
const BLOCK: usize = 32 * 1024;

/// What one keystroke leaves for the next: matched words per term, and the
/// full set of items that matched (when it was computed).
#[derive(Debug, Default)]
pub struct Cache {
    pub(crate) terms: HashMap<Term, Arc<Vec<Scored>>>,
    pub(crate) survivors: Option<(Query, Arc<Vec<u32>>)>,
}

/// The result of ranking.
#[derive(Debug, Clone, Default)]
pub struct Ranked {
    /// Best first: higher score, then lower item id (the tie-break order).
    pub hits: Vec<Scored>,
    /// Number of matching items when all were counted.
    pub total: Option<usize>,
    /// True when more items match than `hits` holds.
    pub more: bool,
    /// True when ranking stopped because the search was cancelled.
    pub cancelled: bool,
}

/// A query with its terms matched against the vocabulary.
pub struct Prepared {
    pub(crate) query: Query,
    /// Per term: matched words, best score first.
    pub(crate) words: Vec<Arc<Vec<Scored>>>,
    /// Per term: score of every vocabulary word (0 = no match).
    pub(crate) dense: Vec<Vec<i32>>,
    /// Vocabulary words that exclude an item.
    pub(crate) excluded: Vec<bool>,
    pub(crate) scope: Range<u32>,
    pub(crate) matcher: SkimMatcherV2,
}

impl Prepared {
    pub(crate) fn matcher(&self) -> &SkimMatcherV2 {
        &self.matcher
    }

    /// Rank the items. `cancelled` is polled between blocks; `partial` gets a
    /// first best-first batch when ranking takes longer than a frame.
    pub fn rank(
        &self,
        index: &Index,
        limit: usize,
        cache: Option<&mut Cache>,
        cancelled: &(dyn Fn() -> bool + Sync),
        partial: &mut dyn FnMut(&[Scored], bool),
    ) -> Ranked {
        match self.words.len() {
            0 => self.rank_unscored(index, limit),
            1 => self.rank_one_term(index, limit),
            _ => self.rank_terms(index, limit, cache, cancelled, partial),
        }
    }

    /// Only exclusions (or nothing): items in tie-break order.
    fn rank_unscored(&self, index: &Index, limit: usize) -> Ranked {
        if self.query.excluded.is_empty() {
            return Ranked::default();
        }
        let mut hits = Vec::new();
        let mut more = false;
        for item in self.scope.clone() {
            if self.is_excluded(index, item) {
                continue;
            }
            if hits.len() == limit {
                more = true;
                break;
            }
            hits.push((item, 0));
        }
        Ranked {
            total: (!more).then_some(hits.len()),
            hits,
            more,
            cancelled: false,
        }
    }

    fn is_excluded(&self, index: &Index, item: u32) -> bool {
        !self.excluded.is_empty()
            && index
                .item_tokens(item)
                .iter()
                .any(|&w| self.excluded[w as usize])
    }

    /// One term: an item scores its best word, so words are visited best
    /// first and the walk stops once `limit` items are settled.
    fn rank_one_term(&self, index: &Index, limit: usize) -> Ranked {
        let words = &self.words[0];
        let mut seen = vec![0u64; index.items.len().div_ceil(64)];
        let mut out: Vec<Scored> = Vec::new();
        let mut stopped = false;
        let mut i = 0;
        while i < words.len() {
            let score = words[i].1;
            while i < words.len() && words[i].1 == score {
                for &item in self.in_scope(index.posting(words[i].0)) {
                    let (slot, bit) = (item as usize / 64, 1u64 << (item % 64));
                    if seen[slot] & bit == 0 {
                        seen[slot] |= bit;
                        if !self.is_excluded(index, item) {
                            out.push((item, score));
                        }
                    }
                }
                i += 1;
            }
            if out.len() >= limit && i < words.len() {
                stopped = true;
                break;
            }
        }
        let total = out.len();
        let hits = top(out, limit);
        Ranked {
            more: stopped || total > hits.len(),
            total: (!stopped).then_some(total),
            hits,
            cancelled: false,
        }
    }

    /// The part of a posting list inside the scope's id range.
    fn in_scope<'a>(&self, posting: &'a [u32]) -> &'a [u32] {
        let a = posting.partition_point(|&i| i < self.scope.start);
        let b = posting.partition_point(|&i| i < self.scope.end);
        &posting[a..b]
    }

    /// Several terms: check candidates on their word ids. Candidates come
    /// from the previous keystroke's survivors when the query narrows it, else
    /// from the most selective term's words, best score first, stopping once
    /// no later word can lift an item into the top `limit`.
    fn rank_terms(
        &self,
        index: &Index,
        limit: usize,
        cache: Option<&mut Cache>,
        cancelled: &(dyn Fn() -> bool + Sync),
        partial: &mut dyn FnMut(&[Scored], bool),
    ) -> Ranked {
        let reused = cache.as_deref().and_then(|c| {
            c.survivors
                .as_ref()
                .filter(|(q, _)| self.query.refines(q))
                .map(|(_, s)| s.clone())
        });
        let mut run = Run {
            started: Instant::now(),
            survivors: Vec::new(),
            kth: BinaryHeap::new(),
            limit,
            sent_partial: false,
        };
        let mut complete = true;
        if let Some(candidates) = reused {
            for block in candidates.chunks(BLOCK) {
                if cancelled() {
                    return Ranked::cancelled();
                }
                self.check_block(index, block, &mut run, partial);
            }
        } else {
            let driver = self.driver(index);
            // The most any item can gain from the other terms and proximity.
            let others: i32 = self
                .words
                .iter()
                .enumerate()
                .filter(|&(t, _)| t != driver)
                .map(|(_, l)| l.first().map_or(0, |w| w.1))
                .sum::<i32>()
                + ADJACENT_BONUS * (self.words.len() as i32 - 1);
            let words = &self.words[driver];
            let mut seen = vec![0u64; index.items.len().div_ceil(64)];
            let mut group: Vec<u32> = Vec::new();
            let mut i = 0;
            while i < words.len() {
                let score = words[i].1;
                if run.kth_score().is_some_and(|k| k > score + others) {
                    complete = false;
                    break;
                }
                while i < words.len() && words[i].1 == score {
                    for &item in self.in_scope(index.posting(words[i].0)) {
                        let (slot, bit) = (item as usize / 64, 1u64 << (item % 64));
                        if seen[slot] & bit == 0 {
                            seen[slot] |= bit;
                            group.push(item);
                        }
                    }
                    i += 1;
                }
                for block in group.chunks(BLOCK) {
                    if cancelled() {
                        return Ranked::cancelled();
                    }
                    self.check_block(index, block, &mut run, partial);
                }
                group.clear();
            }
        }
        let mut survivors = run.survivors;
        let total = survivors.len();
        let cut = limit.min(total);
        if cut > 0 && cut < total {
            survivors.select_nth_unstable_by(cut - 1, best_first);
        }
        if let Some(c) = cache {
            // Only a complete set can be narrowed by the next keystroke.
            c.survivors = complete.then(|| {
                (
                    self.query.clone(),
                    Arc::new(survivors.iter().map(|&(i, _)| i).collect()),
                )
            });
        }
        survivors.truncate(cut);
        survivors.sort_unstable_by(best_first);
        Ranked {
            hits: survivors,
            total: complete.then_some(total),
            more: !complete || total > cut,
            cancelled: false,
        }
    }

    /// Score a block of candidates in parallel, keep the matches, and send a
    /// first batch once ranking has taken longer than half a frame.
    fn check_block(
        &self,
        index: &Index,
        block: &[u32],
        run: &mut Run,
        partial: &mut dyn FnMut(&[Scored], bool),
    ) {
        let found: Vec<Scored> = block
            .par_chunks(2048)
            .flat_map_iter(|chunk| {
                let mut scratch = Scratch::new(self.words.len());
                chunk
                    .iter()
                    .filter_map(move |&item| {
                        self.score_item(index, item, &mut scratch)
                            .map(|s| (item, s))
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        for &(_, s) in &found {
            run.kth.push(Reverse(s));
            if run.kth.len() > run.limit {
                run.kth.pop();
            }
        }
        run.survivors.extend(found);
        if !run.sent_partial
            && run.started.elapsed() >= Duration::from_millis(8)
            && !run.survivors.is_empty()
        {
            run.sent_partial = true;
            partial(&top(run.survivors.clone(), run.limit), true);
        }
    }

    /// The term whose words occur in the fewest items.
    fn driver(&self, index: &Index) -> usize {
        let cost = |t: usize| -> usize {
            self.words[t]
                .iter()
                .map(|&(w, _)| index.posting(w).len())
                .sum()
        };
        (0..self.words.len())
            .min_by_key(|&t| cost(t))
            .expect("several terms")
    }

    /// Score of an item that has a word for every term, or `None`.
    fn score_item(&self, index: &Index, item: u32, s: &mut Scratch) -> Option<i32> {
        s.reset();
        for (pos, &w) in index.item_tokens(item).iter().enumerate() {
            if !self.excluded.is_empty() && self.excluded[w as usize] {
                return None;
            }
            for t in 0..self.dense.len() {
                let score = self.dense[t][w as usize];
                if score == 0 {
                    continue;
                }
                s.best[t] = s.best[t].max(score);
                if t > 0 {
                    if let Some(prev) = s.last[t - 1] {
                        let gap = pos - prev;
                        s.gap[t] = s.gap[t].min(gap);
                    }
                }
                s.last[t] = Some(pos);
            }
        }
        if s.best.contains(&0) {
            return None;
        }
        let bonus: i32 = s.gap[1..]
            .iter()
            .map(|&g| match g {
                1 => ADJACENT_BONUS,
                2..=3 => NEAR_BONUS,
                _ => 0,
            })
            .sum();
        Some(s.best.iter().sum::<i32>() + bonus)
    }
}

/// The state of one multi-term ranking.
struct Run {
    started: Instant,
    survivors: Vec<Scored>,
    /// The best `limit` scores so far (a min-heap): its top is the score to beat.
    kth: BinaryHeap<Reverse<i32>>,
    limit: usize,
    sent_partial: bool,
}

impl Run {
    fn kth_score(&self) -> Option<i32> {
        (self.kth.len() >= self.limit && self.limit > 0).then(|| self.kth.peek().map_or(0, |r| r.0))
    }
}

impl Ranked {
    fn cancelled() -> Ranked {
        Ranked {
            cancelled: true,
            ..Ranked::default()
        }
    }
}

/// Per-thread working memory for scoring one item.
struct Scratch {
    best: Vec<i32>,
    last: Vec<Option<usize>>,
    gap: Vec<usize>,
}

impl Scratch {
    fn new(terms: usize) -> Scratch {
        Scratch {
            best: vec![0; terms],
            last: vec![None; terms],
            gap: vec![usize::MAX; terms],
        }
    }

    fn reset(&mut self) {
        self.best.fill(0);
        self.last.fill(None);
        self.gap.fill(usize::MAX);
    }
}

/// Higher score first, then lower item id.
#[allow(clippy::trivially_copy_pass_by_ref)] // sort comparators take references
fn best_first(a: &Scored, b: &Scored) -> std::cmp::Ordering {
    b.1.cmp(&a.1).then(a.0.cmp(&b.0))
}

/// The best `limit` of `v`, sorted.
fn top(mut v: Vec<Scored>, limit: usize) -> Vec<Scored> {
    if limit == 0 {
        return Vec::new();
    }
    if v.len() > limit {
        v.select_nth_unstable_by(limit - 1, best_first);
        v.truncate(limit);
    }
    v.sort_unstable_by(best_first);
    v
}

/// Ranking with a keystroke cache: what the [`super::Searcher`] and benches call.
pub fn rank_with_cache(
    index: &Index,
    query: &Query,
    limit: usize,
    cache: &mut Cache,
) -> (Prepared, Ranked) {
    let p = Prepared::new(index, query, Some(cache));
    let r = p.rank(index, limit, Some(cache), &|| false, &mut |_, _| {});
    (p, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Index {
        Index::from_lines(&[
            "peskov said red lines",
            "red and then lines",
            "lines red",
            "pesky lines",
            "nothing here",
        ])
    }

    #[test]
    fn cached_keystrokes_give_the_same_results() {
        let idx = index();
        let mut cache = Cache::default();
        let mut typed = String::new();
        for c in "red lines".chars() {
            typed.push(c);
            let q = Query::parse(&typed);
            let (_, with) = rank_with_cache(&idx, &q, 10, &mut cache);
            let p = Prepared::new(&idx, &q, None);
            let without = p.rank(&idx, 10, None, &|| false, &mut |_, _| {});
            assert_eq!(with.hits, without.hits, "query {typed:?}");
        }
    }

    #[test]
    fn proximity_and_order_break_ties() {
        let idx = index();
        let p = Prepared::new(&idx, &Query::parse("red lines"), None);
        let r = p.rank(&idx, 10, None, &|| false, &mut |_, _| {});
        let ids: Vec<u32> = r.hits.iter().map(|h| h.0).collect();
        // Adjacent in typed order, then near, then reversed order.
        assert_eq!(ids, [0, 1, 2]);
        assert_eq!(r.total, Some(3));
    }

    #[test]
    fn one_term_stops_early_but_reports_more() {
        let idx = index();
        let p = Prepared::new(&idx, &Query::parse("lines"), None);
        let r = p.rank(&idx, 2, None, &|| false, &mut |_, _| {});
        assert_eq!(r.hits.len(), 2);
        assert!(r.more);
    }

    #[test]
    fn pruned_ranking_equals_scoring_every_item() {
        let lines = crate::generate::lines(3000, 5);
        let idx = Index::from_lines(&lines);
        for q in [
            "red lines",
            "blnkn concern",
            "stoltenberg deeply concerning",
            "ru tr",
            "a e i",
        ] {
            let p = Prepared::new(&idx, &Query::parse(q), None);
            let r = p.rank(&idx, 25, None, &|| false, &mut |_, _| {});
            let mut scratch = Scratch::new(p.words.len());
            let all: Vec<Scored> = (0..idx.len() as u32)
                .filter_map(|i| p.score_item(&idx, i, &mut scratch).map(|s| (i, s)))
                .collect();
            assert_eq!(r.hits, top(all, 25), "query {q:?}");
        }
    }

    #[test]
    fn cancellation_stops_ranking() {
        let idx = index();
        let p = Prepared::new(&idx, &Query::parse("red lines"), None);
        let r = p.rank(&idx, 10, None, &|| true, &mut |_, _| {});
        assert!(r.cancelled);
        assert!(r.hits.is_empty());
    }

    #[test]
    fn better_word_scores_rank_first() {
        let idx = Index::from_lines(&["a pesky thing", "peskov"]);
        let p = Prepared::new(&idx, &Query::parse("peskov"), None);
        let r = p.rank(&idx, 10, None, &|| false, &mut |_, _| {});
        assert_eq!(r.hits.len(), 1);
        let p = Prepared::new(&idx, &Query::parse("pesk"), None);
        let r = p.rank(&idx, 10, None, &|| false, &mut |_, _| {});
        assert_eq!(r.hits.len(), 2);
    }
}
