//! The same statement carried by several articles: statements whose words are
//! near-identical (any order), or one contained in another, form one group.
//!
//! Comparing every statement with every other is quadratic; instead each
//! statement is compared only with those sharing one of its rarest words
//! (prefix filtering): two word sets that overlap enough must share at least
//! one word among the rarest few of the smaller set.

use super::words::words;
use crate::attribution::{Statement, StatementId};
use crate::corpus::ArticleId;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Two statements with at least this Jaccard similarity of their content
/// words are the same statement ("unexplained, unjustified" ≈ "unjustified, unexplained").
pub const SAME_WORDS: f32 = 0.75;
/// A statement whose content words are at least this share of another's
/// is a shorter cut of the same statement…
pub const CONTAINED: f32 = 0.9;
/// …when it has at least this many content words (shorter fragments like
/// "serious mistake" recur without being the same statement).
pub const CONTAINED_MIN_WORDS: usize = 4;

/// One statement as carried by several articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementGroup {
    /// The variants, in corpus order.
    pub statements: Vec<StatementId>,
    /// Distinct articles carrying it, ascending.
    pub articles: Vec<ArticleId>,
}

impl StatementGroup {
    /// "Reported in N articles".
    pub fn reported_in(&self) -> usize {
        self.articles.len()
    }
}

/// Every group of near-identical statements in a corpus.
#[derive(Debug, Clone, Default)]
pub struct Groups {
    /// Groups of two or more statements: most articles first, then corpus order.
    pub groups: Vec<StatementGroup>,
    /// Statement id → its group in `groups`, if any.
    of: Vec<Option<usize>>,
}

impl Groups {
    /// Find the groups among `statements` (indexed by statement id).
    pub fn new(statements: &[Statement]) -> Groups {
        let sets = word_sets(statements);
        let mut parent: Vec<usize> = (0..statements.len()).collect();
        // A statement carried word for word by many articles would make every
        // copy compare with every other (quadratic in the copies): copies join
        // their first occurrence at once, and only distinct sets are compared.
        let mut first: HashMap<&[u32], StatementId> = HashMap::new();
        let mut distinct: Vec<StatementId> = Vec::new();
        for (s, set) in sets.iter().enumerate() {
            match first.entry(set.as_slice()) {
                std::collections::hash_map::Entry::Occupied(e) => {
                    if set.len() >= 2 {
                        union(&mut parent, *e.get(), s);
                    }
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(s);
                    distinct.push(s);
                }
            }
        }
        let vocabulary = sets.iter().flatten().max().map_or(0, |&w| w as usize + 1);
        // Posting lists: word → distinct sets containing it (its length ranks
        // the word's rarity).
        let mut postings: Vec<Vec<StatementId>> = vec![Vec::new(); vocabulary];
        for &s in &distinct {
            for &w in &sets[s] {
                postings[w as usize].push(s);
            }
        }
        let mut seen: HashSet<StatementId> = HashSet::new();
        for &s in &distinct {
            let set = &sets[s];
            if set.len() < 2 {
                continue;
            }
            let mut rare = set.clone();
            rare.sort_by_key(|&w| (postings[w as usize].len(), w));
            // A pair overlapping on ≥ t of the smaller set shares one of the
            // smaller set's `n - ceil(t·n) + 1` rarest words; the smaller one
            // finds the larger. Near-identical sets (Jaccard) are at most
            // n / SAME_WORDS long; longer ones can only contain this one, which
            // needs more overlap, so a shorter prefix finds them.
            let n = set.len();
            let jaccard_prefix = n - (SAME_WORDS * n as f32).ceil() as usize + 1;
            let contained_prefix = if n >= CONTAINED_MIN_WORDS {
                n - (CONTAINED * n as f32).ceil() as usize + 1
            } else {
                0
            };
            let longest_alike = (n as f32 / SAME_WORDS).floor() as usize;
            seen.clear();
            for (rank, &w) in rare[..jaccard_prefix].iter().enumerate() {
                for &other in &postings[w as usize] {
                    let len = sets[other].len();
                    let possible = len <= longest_alike || rank < contained_prefix;
                    if other == s || len < n || !possible || !seen.insert(other) {
                        continue;
                    }
                    if same_statement(set, &sets[other]) {
                        union(&mut parent, s, other);
                    }
                }
            }
        }
        let mut by_root: HashMap<usize, Vec<StatementId>> = HashMap::new();
        for s in 0..statements.len() {
            by_root.entry(find(&mut parent, s)).or_default().push(s);
        }
        let mut groups: Vec<StatementGroup> = by_root
            .into_values()
            .filter(|members| members.len() > 1)
            .map(|members| {
                let mut articles: Vec<ArticleId> =
                    members.iter().map(|&s| statements[s].article).collect();
                articles.sort_unstable();
                articles.dedup();
                StatementGroup {
                    statements: members,
                    articles,
                }
            })
            .collect();
        groups.sort_by(|a, b| {
            b.articles
                .len()
                .cmp(&a.articles.len())
                .then(a.statements[0].cmp(&b.statements[0]))
        });
        let mut of = vec![None; statements.len()];
        for (g, group) in groups.iter().enumerate() {
            for &s in &group.statements {
                of[s] = Some(g);
            }
        }
        Groups { groups, of }
    }

    /// The group a statement belongs to, if it is carried more than once.
    pub fn group_of(&self, s: StatementId) -> Option<&StatementGroup> {
        self.of.get(s).copied().flatten().map(|g| &self.groups[g])
    }

    /// In how many articles the statement is reported (1 when not grouped).
    pub fn reported_in(&self, s: StatementId) -> usize {
        self.group_of(s).map_or(1, StatementGroup::reported_in)
    }
}

/// Each statement's distinct content words (normalised, unstemmed: variants
/// of one quotation use the same words), as sorted ids.
fn word_sets(statements: &[Statement]) -> Vec<Vec<u32>> {
    let mut ids: HashMap<String, u32> = HashMap::new();
    statements
        .iter()
        .map(|s| {
            let mut set: Vec<u32> = words(&s.text)
                .into_iter()
                .filter(|w| w.content)
                .map(|w| {
                    let next = ids.len() as u32;
                    *ids.entry(w.norm).or_insert(next)
                })
                .collect();
            set.sort_unstable();
            set.dedup();
            set
        })
        .collect()
}

/// Whether two word sets are one statement: near-identical, or the smaller a
/// long enough cut of the larger.
fn same_statement(a: &[u32], b: &[u32]) -> bool {
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let (small, union) = (a.len().min(b.len()), a.len() + b.len() - common);
    if small < 2 {
        return false;
    }
    let jaccard = common as f32 / union as f32;
    let containment = common as f32 / small as f32;
    jaccard >= SAME_WORDS || (small >= CONTAINED_MIN_WORDS && containment >= CONTAINED)
}

fn find(parent: &mut [usize], x: usize) -> usize {
    let mut root = x;
    while parent[root] != root {
        root = parent[root];
    }
    let mut x = x;
    while parent[x] != root {
        let next = parent[x];
        parent[x] = root;
        x = next;
    }
    root
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::corpus;

    #[test]
    fn reordered_and_contained_quotes_group_across_articles() {
        let c = corpus(
            &[
                (0, "A", "unjustified, unexplained, and deeply concerning."),
                (1, "A", "unexplained, unjustified and deeply concerning"),
                (
                    1,
                    "B",
                    "These large-scale troop movements, without prior notification, represent threatening activities,",
                ),
                (
                    2,
                    "C",
                    "These large-scale troop movements, without prior notification, represent threatening activities. We call on Russia to stop.",
                ),
                (2, "A", "serious mistake"),
                (0, "D", "a serious mistake, a grave one"),
                (3, "E", "We hope for dialogue on security"),
            ],
            &[],
        );
        let g = Groups::new(&c.statements);
        assert_eq!(g.groups.len(), 2, "{:?}", g.groups);
        assert_eq!(g.group_of(0).unwrap().statements, vec![0, 1]);
        assert_eq!(g.group_of(2).unwrap().statements, vec![2, 3]);
        assert_eq!(g.reported_in(3), 2);
        // Two-word fragments inside a longer quote are not the same statement.
        assert!(g.group_of(4).is_none());
        assert_eq!(g.reported_in(6), 1);
    }

    #[test]
    fn word_for_word_copies_form_one_group() {
        let mut texts = vec!["We will not be smaller-minded, whatever happens"; 3000];
        texts.push("whatever happens, we will not be smaller-minded");
        texts.push("minded");
        texts.push("minded");
        let st = crate::compare::testkit::statements(&texts);
        let g = Groups::new(&st);
        assert_eq!(g.groups.len(), 1);
        assert_eq!(g.group_of(0).unwrap().statements.len(), 3001);
        // One content word is never a statement of its own, copied or not.
        assert!(g.group_of(3001).is_none());
    }

    #[test]
    fn same_statement_needs_enough_overlap() {
        assert!(same_statement(&[1, 2, 3, 4], &[1, 2, 3, 4]));
        assert!(same_statement(&[1, 2, 3, 4], &[1, 2, 3, 4, 5, 6, 7, 8, 9]));
        assert!(!same_statement(&[1, 2, 3, 4], &[1, 2, 3, 5, 6, 7]));
        assert!(!same_statement(&[1, 2], &[1, 2, 3, 4, 5]));
        assert!(!same_statement(&[1], &[1]));
    }

    const VOCAB: [&str; 16] = [
        "troops",
        "border",
        "russia",
        "calls",
        "talks",
        "crimea",
        "buildup",
        "nato",
        "alpha",
        "beta",
        "gamma",
        "delta",
        "kyiv",
        "moscow",
        "summit",
        "sanctions",
    ];

    proptest::proptest! {
        /// The rare-word candidate search finds exactly the groups an
        /// all-pairs comparison finds. Statements are cuts of two long
        /// quotations plus stray words, so near-duplicates are common.
        #[test]
        fn candidate_search_misses_no_pair(
            bases in proptest::collection::vec(proptest::collection::vec(0..VOCAB.len(), 4..14), 2),
            cuts in proptest::collection::vec(
                (0..2usize, proptest::num::u16::ANY, proptest::collection::vec(0..VOCAB.len(), 0..3)),
                1..16,
            )
        ) {
            let mut texts: Vec<String> = cuts
                .iter()
                .map(|(b, mask, extra)| {
                    bases[*b]
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << i) != 0)
                        .map(|(_, &w)| w)
                        .chain(extra.iter().copied())
                        .map(|w| VOCAB[w])
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            // Word-for-word copies take the shortcut past the candidate search.
            let copies: Vec<String> = texts.iter().take(3).cloned().collect();
            texts.extend(copies);
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let st = crate::compare::testkit::statements(&refs);
            let fast = Groups::new(&st);
            let sets = word_sets(&st);
            let mut parent: Vec<usize> = (0..st.len()).collect();
            for i in 0..st.len() {
                for j in i + 1..st.len() {
                    if same_statement(&sets[i], &sets[j]) {
                        union(&mut parent, i, j);
                    }
                }
            }
            for i in 0..st.len() {
                for j in 0..st.len() {
                    let brute = find(&mut parent, i) == find(&mut parent, j);
                    let grouped = i == j
                        || fast.group_of(i).is_some_and(|g| g.statements.contains(&j));
                    proptest::prop_assert_eq!(brute, grouped, "{} / {}", texts[i], texts[j]);
                }
            }
        }
    }
}
