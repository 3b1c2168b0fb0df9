//! TF-IDF term vectors of every statement, built once per corpus so that
//! comparing two speakers costs only the dot products of their statements.

use super::words::{stem, words};
use crate::attribution::{Statement, StatementId};
use std::collections::HashMap;
use std::ops::Range;

/// Index of a stem in a [`TermIndex`].
pub type TermId = u32;

/// One content word of a statement, by stem, and where it stands in the text.
#[derive(Debug, Clone)]
struct Occurrence {
    term: TermId,
    range: Range<usize>,
    /// Index in [`TermIndex::norms`].
    norm: u32,
}

/// The term vectors of a corpus's statements: stems of content words
/// weighted by term frequency × inverse document frequency (a statement is a
/// document), normalised to unit length so a dot product is a cosine.
#[derive(Debug, Clone, Default)]
pub struct TermIndex {
    stems: Vec<String>,
    /// Distinct normalised words, for display.
    norms: Vec<String>,
    /// Per statement: (term, weight), sorted by term, unit length.
    vectors: Vec<Vec<(TermId, f32)>>,
    /// Per statement: its content words in text order.
    occurrences: Vec<Vec<Occurrence>>,
}

impl TermIndex {
    /// Build the vectors of `statements` (indexed by statement id).
    pub fn new(statements: &[Statement]) -> TermIndex {
        let mut ids: HashMap<String, TermId> = HashMap::new();
        let mut stems = Vec::new();
        // Normalised word → (its index in `norms`, its term): each distinct
        // word is stemmed once.
        let mut by_norm: HashMap<String, (u32, TermId)> = HashMap::new();
        let mut norms = Vec::new();
        let occurrences: Vec<Vec<Occurrence>> = statements
            .iter()
            .map(|s| {
                words(&s.text)
                    .into_iter()
                    .filter(|w| w.content)
                    .map(|w| {
                        let (norm, term) = if let Some(&known) = by_norm.get(&w.norm) {
                            known
                        } else {
                            let st = stem(&w.norm);
                            let next = stems.len() as TermId;
                            let term = *ids.entry(st.clone()).or_insert_with(|| {
                                stems.push(st);
                                next
                            });
                            let norm = norms.len() as u32;
                            norms.push(w.norm.clone());
                            by_norm.insert(w.norm, (norm, term));
                            (norm, term)
                        };
                        Occurrence {
                            term,
                            range: w.range,
                            norm,
                        }
                    })
                    .collect()
            })
            .collect();

        let mut df = vec![0u32; stems.len()];
        let counts: Vec<Vec<(TermId, u32)>> = occurrences
            .iter()
            .map(|occ| {
                let mut terms: Vec<TermId> = occ.iter().map(|o| o.term).collect();
                terms.sort_unstable();
                let mut counted: Vec<(TermId, u32)> = Vec::new();
                for t in terms {
                    match counted.last_mut() {
                        Some((last, n)) if *last == t => *n += 1,
                        _ => counted.push((t, 1)),
                    }
                }
                for &(t, _) in &counted {
                    df[t as usize] += 1;
                }
                counted
            })
            .collect();

        let n = statements.len() as f32;
        let vectors = counts
            .into_iter()
            .map(|counted| {
                let mut v: Vec<(TermId, f32)> = counted
                    .into_iter()
                    .map(|(t, tf)| {
                        let idf = ((1.0 + n) / (1.0 + df[t as usize] as f32)).ln() + 1.0;
                        (t, tf as f32 * idf)
                    })
                    .collect();
                let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
                if norm > 0.0 {
                    for (_, w) in &mut v {
                        *w /= norm;
                    }
                }
                v
            })
            .collect();
        TermIndex {
            stems,
            norms,
            vectors,
            occurrences,
        }
    }

    /// Cosine similarity of two statements' vectors (0 when they share no stem).
    pub fn cosine(&self, a: StatementId, b: StatementId) -> f32 {
        self.overlap(a, b).map(|(_, wa, wb)| wa * wb).sum()
    }

    /// Stems both statements contain, strongest contribution to the cosine first.
    pub fn shared_terms(&self, a: StatementId, b: StatementId) -> Vec<TermId> {
        let mut shared: Vec<(TermId, f32)> =
            self.overlap(a, b).map(|(t, wa, wb)| (t, wa * wb)).collect();
        shared.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        shared.into_iter().map(|(t, _)| t).collect()
    }

    /// The statement's terms with their weights, sorted by term.
    pub fn vector(&self, s: StatementId) -> &[(TermId, f32)] {
        &self.vectors[s]
    }

    /// The stem of a term.
    pub fn stem(&self, t: TermId) -> &str {
        &self.stems[t as usize]
    }

    /// The word as first written in statement `s` (normalised), for display.
    pub fn surface(&self, s: StatementId, t: TermId) -> Option<&str> {
        self.occurrences[s]
            .iter()
            .find(|o| o.term == t)
            .map(|o| self.norms[o.norm as usize].as_str())
    }

    /// Byte ranges in statement `s`'s text of every word whose stem is in `terms`,
    /// so a view can highlight them.
    pub fn marks(&self, s: StatementId, terms: &[TermId]) -> Vec<Range<usize>> {
        self.occurrences[s]
            .iter()
            .filter(|o| terms.contains(&o.term))
            .map(|o| o.range.clone())
            .collect()
    }

    /// Terms in both vectors with both weights (a merge of two sorted lists).
    fn overlap(
        &self,
        a: StatementId,
        b: StatementId,
    ) -> impl Iterator<Item = (TermId, f32, f32)> + '_ {
        let (va, vb) = (&self.vectors[a], &self.vectors[b]);
        let (mut i, mut j) = (0, 0);
        std::iter::from_fn(move || {
            while i < va.len() && j < vb.len() {
                let (ta, wa) = va[i];
                let (tb, wb) = vb[j];
                match ta.cmp(&tb) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        i += 1;
                        j += 1;
                        return Some((ta, wa, wb));
                    }
                }
            }
            None
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::statements;

    #[test]
    fn cosine_is_one_for_same_words_and_zero_without_shared_stems() {
        let st = statements(&[
            "Russia must stop its provocations",
            "its provocations, Russia must stop",
            "We hope for dialogue",
            "a grossly provocative measure",
        ]);
        let index = TermIndex::new(&st);
        assert!((index.cosine(0, 1) - 1.0).abs() < 1e-5);
        assert!(index.cosine(0, 2).abs() < 1e-9);
        assert!(index.shared_terms(0, 2).is_empty());
        // "provocations" and "provocative" share a stem.
        let shared = index.shared_terms(0, 3);
        assert_eq!(shared.len(), 1);
        assert_eq!(index.surface(3, shared[0]), Some("provocative"));
        assert_eq!(index.marks(0, &shared), vec![21..33]);
        assert!(index.cosine(0, 3) > 0.0 && index.cosine(0, 3) < 1.0);
    }

    #[test]
    fn rare_words_weigh_more_than_common_ones() {
        let st = statements(&[
            "Russia troops tinderbox",
            "Russia tinderbox",
            "Russia troops",
            "Russia again",
            "Russia once more",
        ]);
        let index = TermIndex::new(&st);
        // "Russia" is in every statement, so sharing only it counts for little.
        assert!(index.cosine(1, 0) > index.cosine(3, 0));
        assert!(index.cosine(2, 0) > index.cosine(3, 0));
    }
}
