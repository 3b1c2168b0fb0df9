//! Two speakers side by side: each statement of one paired with the statement
//! of the other that talks most about the same thing, the rest standing alone.

use super::tfidf::{TermId, TermIndex};
use crate::attribution::{SpeakerId, StatementId};
use crate::corpus::{Corpus, TextDate};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Below this cosine two statements are not on the same subject. Low on
/// purpose: statements are short, and one rare shared word ("tinderbox",
/// "provocations") is a real link; a shared common word alone scores under it.
pub const PAIR_THRESHOLD: f32 = 0.12;

/// How the rows of a comparison are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RowOrder {
    /// By the article's inferred date, then article, then position in it.
    #[default]
    Date,
    /// Rows about the same subject together, the closest pairs first.
    Topic,
}

impl RowOrder {
    /// The other order (one key switches between them).
    #[must_use]
    pub fn toggled(self) -> RowOrder {
        match self {
            RowOrder::Date => RowOrder::Topic,
            RowOrder::Topic => RowOrder::Date,
        }
    }
}

/// One row of the comparison: a statement of the left speaker, of the right
/// speaker, or one of each on the same subject.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub left: Option<StatementId>,
    pub right: Option<StatementId>,
    /// Cosine of the two statements (0 for a statement standing alone).
    pub similarity: f32,
    /// Content words both statements use, as first written in the statement
    /// of the speaker compared (the left one before any swap), the strongest
    /// link first. Empty for a statement standing alone.
    pub shared: Vec<String>,
    /// Byte ranges of the shared words in the left statement's text.
    pub left_marks: Vec<Range<usize>>,
    /// Byte ranges of the shared words in the right statement's text.
    pub right_marks: Vec<Range<usize>>,
    /// The word the row is about (its strongest shared or weighted word).
    pub topic: Option<String>,
    #[serde(skip)]
    topic_term: Option<TermId>,
}

impl Row {
    /// Whether the row pairs two statements.
    pub fn is_pair(&self) -> bool {
        self.left.is_some() && self.right.is_some()
    }
}

/// The rows for two speakers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub left: SpeakerId,
    pub right: SpeakerId,
    pub order: RowOrder,
    pub rows: Vec<Row>,
}

impl Comparison {
    /// The same rows with the sides swapped.
    #[must_use]
    pub fn swapped(&self) -> Comparison {
        let rows: Vec<Row> = self
            .rows
            .iter()
            .cloned()
            .map(|mut r| {
                std::mem::swap(&mut r.left, &mut r.right);
                std::mem::swap(&mut r.left_marks, &mut r.right_marks);
                r
            })
            .collect();
        Comparison {
            left: self.right,
            right: self.left,
            order: self.order,
            rows,
        }
    }

    /// Order the same rows differently.
    #[must_use]
    pub fn reordered(&self, corpus: &Corpus, order: RowOrder) -> Comparison {
        let mut c = self.clone();
        c.order = order;
        sort_rows(corpus, &mut c.rows, order);
        c
    }
}

/// Pair the statements of `left` and `right` and order the rows.
///
/// Every candidate pair above [`PAIR_THRESHOLD`] that shares at least one
/// content word is ranked by cosine; the best pairs are taken first, each
/// statement at most once (greedy best-first assignment).
pub fn compare(
    corpus: &Corpus,
    index: &TermIndex,
    left: SpeakerId,
    right: SpeakerId,
    order: RowOrder,
) -> Comparison {
    let ls = &corpus.speakers[left].statements;
    let rs = &corpus.speakers[right].statements;
    // Dot products through the right speaker's postings (term → statements),
    // so only statement pairs that share a term are ever touched.
    let mut postings: HashMap<TermId, Vec<(usize, f32)>> = HashMap::new();
    for (j, &b) in rs.iter().enumerate() {
        for &(t, w) in index.vector(b) {
            postings.entry(t).or_default().push((j, w));
        }
    }
    let mut scores = vec![0f32; rs.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut candidates: Vec<(f32, StatementId, StatementId)> = Vec::new();
    for &a in ls {
        for (t, wa) in index.vector(a) {
            for &(j, wb) in postings.get(t).into_iter().flatten() {
                if scores[j] == 0.0 {
                    touched.push(j);
                }
                scores[j] += wa * wb;
            }
        }
        for j in touched.drain(..) {
            let sim = std::mem::take(&mut scores[j]);
            if sim >= PAIR_THRESHOLD && rs[j] != a {
                candidates.push((sim, a, rs[j]));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut used_left = HashSet::new();
    let mut used_right = HashSet::new();
    let mut rows = Vec::new();
    for (sim, a, b) in candidates {
        if used_left.contains(&a) || used_right.contains(&b) {
            continue;
        }
        let shared = index.shared_terms(a, b);
        if shared.is_empty() {
            continue;
        }
        used_left.insert(a);
        used_right.insert(b);
        rows.push(Row {
            left: Some(a),
            right: Some(b),
            similarity: sim,
            shared: shared
                .iter()
                .filter_map(|&t| index.surface(a, t).map(str::to_string))
                .collect(),
            left_marks: index.marks(a, &shared),
            right_marks: index.marks(b, &shared),
            topic: index.surface(a, shared[0]).map(str::to_string),
            topic_term: Some(shared[0]),
        });
    }
    let pair_topics: Vec<TermId> = rows.iter().filter_map(|r| r.topic_term).collect();
    let alone = |s: StatementId, is_left: bool| {
        let term = topic_of(index, s, &pair_topics);
        Row {
            left: is_left.then_some(s),
            right: (!is_left).then_some(s),
            similarity: 0.0,
            shared: vec![],
            left_marks: vec![],
            right_marks: vec![],
            topic: term.and_then(|t| index.surface(s, t)).map(str::to_string),
            topic_term: term,
        }
    };
    for &a in ls.iter().filter(|a| !used_left.contains(a)) {
        rows.push(alone(a, true));
    }
    for &b in rs.iter().filter(|b| !used_right.contains(b)) {
        rows.push(alone(b, false));
    }
    sort_rows(corpus, &mut rows, order);
    Comparison {
        left,
        right,
        order,
        rows,
    }
}

/// Compare `left` with each of `rights` in turn (the view cycles the right column).
pub fn compare_each(
    corpus: &Corpus,
    index: &TermIndex,
    left: SpeakerId,
    rights: &[SpeakerId],
    order: RowOrder,
) -> Vec<Comparison> {
    rights
        .iter()
        .map(|&r| compare(corpus, index, left, r, order))
        .collect()
}

/// The topic of a statement standing alone: its heaviest word among the
/// topics of the pairs (so it joins them when ordered by topic), else its
/// heaviest word.
fn topic_of(index: &TermIndex, s: StatementId, pair_topics: &[TermId]) -> Option<TermId> {
    let heaviest = |among_pairs: bool| {
        index
            .vector(s)
            .iter()
            .filter(|(t, _)| !among_pairs || pair_topics.contains(t))
            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)))
            .map(|&(t, _)| t)
    };
    heaviest(true).or_else(|| heaviest(false))
}

/// Where a statement stands in time: undated last, then date, article, position.
type DateKey = (bool, Option<i32>, u8, u8, usize, usize);

/// Orders statements by their article's date. A date whose year the article
/// does not state is taken to be in the year most articles state, so
/// "April 13" sorts between "2021-04-12" and "2021-04-14" rather than before all.
struct Chronology<'a> {
    corpus: &'a Corpus,
    usual_year: Option<i32>,
}

impl<'a> Chronology<'a> {
    fn new(corpus: &'a Corpus) -> Self {
        let mut years: HashMap<i32, usize> = HashMap::new();
        for y in corpus.articles.iter().filter_map(|a| a.date?.year) {
            *years.entry(y).or_default() += 1;
        }
        let usual_year = years
            .into_iter()
            .max_by_key(|&(y, n)| (n, y))
            .map(|(y, _)| y);
        Chronology { corpus, usual_year }
    }

    fn statement(&self, s: StatementId) -> DateKey {
        let st = &self.corpus.statements[s];
        let date: Option<TextDate> = self.corpus.articles.get(st.article).and_then(|a| a.date);
        let year = date.and_then(|d| d.year.or(self.usual_year));
        let (month, day) = date.map_or((0, 0), |d| (d.month, d.day));
        (date.is_none(), year, month, day, st.article, st.range.start)
    }

    fn row(&self, r: &Row) -> DateKey {
        r.left
            .into_iter()
            .chain(r.right)
            .map(|s| self.statement(s))
            .min()
            .unwrap_or((true, None, 0, 0, usize::MAX, usize::MAX))
    }
}

fn sort_rows(corpus: &Corpus, rows: &mut [Row], order: RowOrder) {
    let time = Chronology::new(corpus);
    match order {
        RowOrder::Date => rows.sort_by_cached_key(|r| time.row(r)),
        RowOrder::Topic => {
            // A topic's rank: its best pair, then its earliest row.
            let mut best: HashMap<Option<TermId>, (f32, DateKey)> = HashMap::new();
            for r in rows.iter() {
                let d = time.row(r);
                let e = best.entry(r.topic_term).or_insert((r.similarity, d));
                e.0 = e.0.max(r.similarity);
                e.1 = e.1.min(d);
            }
            rows.sort_by(|x, y| {
                let (bx, by) = (best[&x.topic_term], best[&y.topic_term]);
                by.0.total_cmp(&bx.0)
                    .then(bx.1.cmp(&by.1))
                    .then(x.topic_term.cmp(&y.topic_term))
                    .then(y.similarity.total_cmp(&x.similarity))
                    .then(time.row(x).cmp(&time.row(y)))
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::corpus;

    fn fixture() -> Corpus {
        corpus(
            &[
                (
                    0,
                    "Jens Stoltenberg",
                    "Russia must stop its provocations and de-escalate",
                ),
                (
                    1,
                    "Jens Stoltenberg",
                    "the largest massing of troops since 2014",
                ),
                (2, "Jens Stoltenberg", "We support our partner"),
                (0, "Sergei Ryabkov", "This is a grossly provocative measure"),
                (
                    1,
                    "Sergei Ryabkov",
                    "the troops massing is a challenge to our security",
                ),
                (2, "Sergei Ryabkov", "We will hold talks"),
                (1, "Sergei Ryabkov", "provocations everywhere"),
            ],
            &[13, 12, 16],
        )
    }

    #[test]
    fn pairs_on_shared_content_each_statement_once() {
        let c = fixture();
        let index = TermIndex::new(&c.statements);
        let cmp = compare(&c, &index, 0, 1, RowOrder::Date);
        let pairs: Vec<(StatementId, StatementId)> = cmp
            .rows
            .iter()
            .filter(|r| r.is_pair())
            .map(|r| (r.left.unwrap(), r.right.unwrap()))
            .collect();
        // Statement 0 ("provocations") takes the closer of 3 and 6; "We …"
        // statements share no content word and stay alone.
        assert!(pairs.contains(&(1, 4)), "{pairs:?}");
        assert!(pairs.contains(&(0, 6)), "{pairs:?}");
        assert_eq!(pairs.len(), 2);
        for r in cmp.rows.iter().filter(|r| r.is_pair()) {
            assert!(!r.shared.is_empty());
            assert!(!r.left_marks.is_empty() && !r.right_marks.is_empty());
            assert!(r.similarity >= PAIR_THRESHOLD);
        }
        let row = cmp.rows.iter().find(|r| r.left == Some(1)).unwrap();
        let mut shared = row.shared.clone();
        shared.sort();
        assert_eq!(shared, ["massing", "troops"]);
        assert_eq!(&c.statements[4].text[row.right_marks[0].clone()], "troops");
        // Every statement is on exactly one row.
        let mut seen: Vec<StatementId> = cmp
            .rows
            .iter()
            .flat_map(|r| r.left.into_iter().chain(r.right))
            .collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..7).collect::<Vec<_>>());
    }

    #[test]
    fn orders_by_date_or_by_topic_and_swaps() {
        let c = fixture();
        let index = TermIndex::new(&c.statements);
        let by_date = compare(&c, &index, 0, 1, RowOrder::Date);
        // Article 1 is dated April 12, before article 0 (April 13).
        let first = &by_date.rows[0];
        assert_eq!(c.statements[first.left.or(first.right).unwrap()].article, 1);
        let days: Vec<u8> = by_date
            .rows
            .iter()
            .map(|r| {
                let s = r.left.or(r.right).unwrap();
                c.articles[c.statements[s].article].date.unwrap().day
            })
            .collect();
        assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");

        let by_topic = by_date.reordered(&c, RowOrder::Topic);
        assert!(by_topic.rows[0].is_pair());
        assert!(by_topic.rows[0].similarity >= by_topic.rows[1].similarity);
        // The lone "provocative" statement joins the provocations pair.
        let pos = |s| {
            by_topic
                .rows
                .iter()
                .position(|r| r.right == Some(s))
                .unwrap()
        };
        assert_eq!(pos(3).abs_diff(pos(6)), 1, "{:?}", by_topic.rows);

        let swapped = by_date.swapped();
        assert_eq!((swapped.left, swapped.right), (1, 0));
        assert_eq!(swapped.rows[0].right, by_date.rows[0].left);
        assert_eq!(RowOrder::Date.toggled(), RowOrder::Topic);
    }
}
