//! Word-level differences between two variants of one statement, so a view
//! can show what one outlet changed: words only one variant has, and words
//! both have but in another order.

use super::words::words;
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;

/// What became of a word in the other variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WordMark {
    /// In both variants, in the same order (on the longest common subsequence).
    Same,
    /// In both variants, but reordered (outside the common subsequence).
    Moved,
    /// Only in this variant.
    Only,
}

/// One word of a variant and its mark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffWord {
    /// Byte range in the variant's text.
    pub range: Range<usize>,
    pub mark: WordMark,
}

/// Both variants, word by word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VariantDiff {
    pub left: Vec<DiffWord>,
    pub right: Vec<DiffWord>,
}

/// Align the words of `left` and `right` (normalised: case, apostrophes and
/// possessives do not count as differences). Words on the longest common
/// subsequence are [`WordMark::Same`]; words left over on both sides are
/// [`WordMark::Moved`] as many times as the other side has them left over;
/// the rest are [`WordMark::Only`].
pub fn diff_words(left: &str, right: &str) -> VariantDiff {
    let (lw, rw) = (words(left), words(right));
    let (n, m) = (lw.len(), rw.len());
    // lcs[i][j]: length of the LCS of lw[i..] and rw[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if lw[i].norm == rw[j].norm {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut lmark = vec![WordMark::Only; n];
    let mut rmark = vec![WordMark::Only; m];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if lw[i].norm == rw[j].norm {
            lmark[i] = WordMark::Same;
            rmark[j] = WordMark::Same;
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    // Left-over words present on the other side's left-overs were moved.
    let mut right_left_over: HashMap<&str, usize> = HashMap::new();
    for (w, mark) in rw.iter().zip(&rmark) {
        if *mark == WordMark::Only {
            *right_left_over.entry(w.norm.as_str()).or_default() += 1;
        }
    }
    let mut moved: HashMap<&str, usize> = HashMap::new();
    for (w, mark) in lw.iter().zip(lmark.iter_mut()) {
        if *mark != WordMark::Only {
            continue;
        }
        if let Some(k) = right_left_over.get_mut(w.norm.as_str()).filter(|k| **k > 0) {
            *k -= 1;
            *mark = WordMark::Moved;
            *moved.entry(w.norm.as_str()).or_default() += 1;
        }
    }
    for (w, mark) in rw.iter().zip(rmark.iter_mut()) {
        if *mark != WordMark::Only {
            continue;
        }
        if let Some(k) = moved.get_mut(w.norm.as_str()).filter(|k| **k > 0) {
            *k -= 1;
            *mark = WordMark::Moved;
        }
    }
    let pack = |ws: Vec<super::words::Word>, marks: Vec<WordMark>| {
        ws.into_iter()
            .zip(marks)
            .map(|(w, mark)| DiffWord {
                range: w.range,
                mark,
            })
            .collect()
    };
    VariantDiff {
        left: pack(lw, lmark),
        right: pack(rw, rmark),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, ws: &[DiffWord], mark: WordMark) -> Vec<String> {
        ws.iter()
            .filter(|w| w.mark == mark)
            .map(|w| text[w.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn reordered_words_are_moved_and_extra_words_only() {
        let a = "unjustified, unexplained, and deeply concerning.";
        let b = "Unexplained, unjustified and deeply concerning";
        let d = diff_words(a, b);
        assert_eq!(marked(a, &d.left, WordMark::Moved), ["unjustified"]);
        assert_eq!(marked(b, &d.right, WordMark::Moved), ["unjustified"]);
        assert_eq!(
            marked(a, &d.left, WordMark::Same),
            ["unexplained", "and", "deeply", "concerning"]
        );
        assert!(marked(a, &d.left, WordMark::Only).is_empty());

        let long = "Russia's buildup is unjustified and deeply concerning";
        let d = diff_words(a, long);
        assert_eq!(marked(a, &d.left, WordMark::Only), ["unexplained"]);
        assert_eq!(
            marked(long, &d.right, WordMark::Only),
            ["Russia's", "buildup", "is"]
        );
        assert!(marked(long, &d.right, WordMark::Moved).is_empty());
    }

    #[test]
    fn identical_variants_are_all_same() {
        let t = "We call on Russia to cease its provocations";
        let d = diff_words(t, "we call on Russia’s to cease its provocations");
        assert!(d.left.iter().all(|w| w.mark == WordMark::Same));
        assert_eq!(d.left.len(), d.right.len());
    }

    proptest::proptest! {
        #[test]
        fn marks_are_consistent_across_sides(
            a in proptest::collection::vec("(alpha|beta|gamma|delta|Beta)", 0..12),
            b in proptest::collection::vec("(alpha|beta|gamma|delta|epsilon)", 0..12),
        ) {
            let (ta, tb) = (a.join(" "), b.join(" "));
            let d = diff_words(&ta, &tb);
            proptest::prop_assert_eq!(d.left.len(), a.len());
            proptest::prop_assert_eq!(d.right.len(), b.len());
            let norm = |t: &str, w: &DiffWord| t[w.range.clone()].to_lowercase();
            let bag = |t: &str, ws: &[DiffWord], m: WordMark| {
                let mut v: Vec<String> =
                    ws.iter().filter(|w| w.mark == m).map(|w| norm(t, w)).collect();
                v.sort();
                v
            };
            // The common subsequence is the same words in the same order on both sides.
            let same = |t: &str, ws: &[DiffWord]| -> Vec<String> {
                ws.iter().filter(|w| w.mark == WordMark::Same).map(|w| norm(t, w)).collect()
            };
            proptest::prop_assert_eq!(same(&ta, &d.left), same(&tb, &d.right));
            proptest::prop_assert_eq!(bag(&ta, &d.left, WordMark::Moved), bag(&tb, &d.right, WordMark::Moved));
            let only_left = bag(&ta, &d.left, WordMark::Only);
            for w in bag(&tb, &d.right, WordMark::Only) {
                proptest::prop_assert!(!only_left.contains(&w), "{} only on both sides", w);
            }
        }
    }
}
