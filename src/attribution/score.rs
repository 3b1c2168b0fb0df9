//! Scoring predicted statements against a gold file, by the rules of the
//! shared `score.py` (see the annotation guidelines): word-overlap F1 ≥ 0.8 to
//! match, greedy one-to-one matching by score, and a speaker counted right when
//! its normalised name equals the gold one (or an `also`) or ends the same way.
//!
//! Kept in the library so tests (and anyone evaluating the engine on their own
//! gold) score exactly as the reference script does, without Python.

use regex::Regex;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// One gold quotation.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub article: String,
    pub quote: String,
    pub speaker: String,
    #[serde(default)]
    pub also: Vec<String>,
}

/// One predicted quotation.
#[derive(Debug, Clone)]
pub struct Predicted {
    pub article: String,
    pub text: String,
    pub speaker: Option<String>,
}

/// The figures `score.py` prints, plus the lists behind them.
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub right: usize,
    pub precision: f64,
    pub recall: f64,
    pub detection_f1: f64,
    pub attribution: f64,
    pub e2e_f1: f64,
    /// (article, gold quote) never matched.
    pub misses: Vec<(String, String)>,
    /// (article, predicted text) matching no gold quote.
    pub spurious: Vec<(String, String)>,
    /// (article, gold quote, gold speaker, predicted speaker).
    pub wrong: Vec<(String, String, String, String)>,
}

static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[a-z0-9]+(?:'[a-z]+)?").expect("word regex"));
static NAME_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[a-z0-9]+").expect("token regex"));
static POSSESSIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"'s\b").expect("possessive regex"));

/// Unify curly quotes, apostrophes and dashes, as `score.py` does.
fn unify(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            '–' | '—' => '-',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// Lowercased word tokens used for overlap.
pub fn words(text: &str) -> Vec<String> {
    WORD.find_iter(&unify(text))
        .map(|m| m.as_str().to_string())
        .collect()
}

/// Word-overlap F1 of two token lists (multiset intersection).
pub fn overlap_f1(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut count: HashMap<&str, i64> = HashMap::new();
    for w in a {
        *count.entry(w.as_str()).or_default() += 1;
    }
    let mut common = 0usize;
    for w in b {
        if let Some(c) = count.get_mut(w.as_str()) {
            if *c > 0 {
                *c -= 1;
                common += 1;
            }
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / a.len() as f64;
    let r = common as f64 / b.len() as f64;
    2.0 * p * r / (p + r)
}

/// Normalised name tokens: no articles in front, no possessive `'s`.
pub fn norm_name(name: &str) -> Vec<String> {
    let n = POSSESSIVE.replace_all(&unify(name), "").into_owned();
    let toks: Vec<String> = NAME_TOKEN
        .find_iter(&n)
        .map(|m| m.as_str().to_string())
        .collect();
    let skip = toks
        .iter()
        .take_while(|t| matches!(t.as_str(), "the" | "a" | "an"))
        .count();
    toks[skip..].to_vec()
}

/// Is `pred` an acceptable speaker for `gold`?
pub fn speaker_ok(pred: Option<&str>, gold: &GoldQuote) -> bool {
    let p = norm_name(pred.unwrap_or(""));
    let Some(last) = p.last() else {
        return false;
    };
    std::iter::once(&gold.speaker)
        .chain(gold.also.iter())
        .any(|g| {
            let g = norm_name(g);
            p == g || g.last() == Some(last)
        })
}

/// Score `pred` against `gold`. Predictions for articles absent from the gold are ignored.
pub fn score(gold: &[GoldQuote], pred: &[Predicted]) -> Score {
    let mut order: Vec<&str> = Vec::new();
    let mut gold_by: HashMap<&str, Vec<&GoldQuote>> = HashMap::new();
    for g in gold {
        if !gold_by.contains_key(g.article.as_str()) {
            order.push(&g.article);
        }
        gold_by.entry(&g.article).or_default().push(g);
    }
    let mut pred_by: HashMap<&str, Vec<&Predicted>> = HashMap::new();
    for p in pred {
        if gold_by.contains_key(p.article.as_str()) {
            pred_by.entry(&p.article).or_default().push(p);
        }
    }
    let mut s = Score::default();
    for article in order {
        let golds = &gold_by[article];
        let preds = pred_by.get(article).map(Vec::as_slice).unwrap_or_default();
        let pred_words: Vec<Vec<String>> = preds.iter().map(|p| words(&p.text)).collect();
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for (i, g) in golds.iter().enumerate() {
            let gw = words(&g.quote);
            for (j, pw) in pred_words.iter().enumerate() {
                let f = overlap_f1(&gw, pw);
                if f >= 0.8 {
                    pairs.push((f, i, j));
                }
            }
        }
        pairs.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
        let mut used_g = vec![false; golds.len()];
        let mut used_p = vec![false; preds.len()];
        for (_, i, j) in pairs {
            if used_g[i] || used_p[j] {
                continue;
            }
            used_g[i] = true;
            used_p[j] = true;
            s.matched += 1;
            if speaker_ok(preds[j].speaker.as_deref(), golds[i]) {
                s.right += 1;
            } else {
                s.wrong.push((
                    article.to_string(),
                    golds[i].quote.clone(),
                    golds[i].speaker.clone(),
                    preds[j].speaker.clone().unwrap_or_default(),
                ));
            }
        }
        for (i, g) in golds.iter().enumerate() {
            if !used_g[i] {
                s.misses.push((article.to_string(), g.quote.clone()));
            }
        }
        for (j, p) in preds.iter().enumerate() {
            if !used_p[j] {
                s.spurious.push((article.to_string(), p.text.clone()));
            }
        }
    }
    s.gold = gold_by.values().map(Vec::len).sum();
    s.predicted = pred_by.values().map(Vec::len).sum();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let f1 = |p: f64, r: f64| {
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    };
    s.precision = ratio(s.matched, s.predicted);
    s.recall = ratio(s.matched, s.gold);
    s.detection_f1 = f1(s.precision, s.recall);
    s.attribution = ratio(s.right, s.matched);
    s.e2e_f1 = f1(ratio(s.right, s.predicted), ratio(s.right, s.gold));
    s
}

impl Score {
    /// The two summary lines, formatted exactly as `score.py` prints them.
    pub fn summary(&self) -> String {
        format!(
            "gold={} predicted={} matched={} right_speaker={}\ndetection P={:.3} R={:.3} F1={:.3}  attribution={:.3}  end-to-end F1={:.3}",
            self.gold,
            self.predicted,
            self.matched,
            self.right,
            self.precision,
            self.recall,
            self.detection_f1,
            self.attribution,
            self.e2e_f1
        )
    }
}

/// Parse a gold file (JSON lines).
pub fn parse_gold(text: &str) -> Result<Vec<GoldQuote>, serde_json::Error> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect()
}

/// The corpus's statements as predictions.
pub fn predictions(corpus: &crate::corpus::Corpus) -> Vec<Predicted> {
    corpus
        .statements
        .iter()
        .map(|s| Predicted {
            article: corpus.articles[s.article].file.clone(),
            text: s.text.clone(),
            speaker: s.speaker.map(|id| corpus.speakers[id].name.clone()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(article: &str, quote: &str, speaker: &str) -> GoldQuote {
        GoldQuote {
            article: article.into(),
            quote: quote.into(),
            speaker: speaker.into(),
            also: vec![],
        }
    }

    fn p(article: &str, text: &str, speaker: &str) -> Predicted {
        Predicted {
            article: article.into(),
            text: text.into(),
            speaker: Some(speaker.into()),
        }
    }

    #[test]
    fn words_unify_marks() {
        assert_eq!(words("We’re “fine” — OK"), ["we're", "fine", "ok"]);
    }

    #[test]
    fn speaker_last_word_rule() {
        let gold = g("a", "x", "Dmitry Peskov");
        assert!(speaker_ok(Some("Peskov"), &gold));
        assert!(speaker_ok(Some("the Kremlin spokesman Peskov"), &gold));
        assert!(!speaker_ok(Some("Kremlin"), &gold));
        assert!(!speaker_ok(None, &gold));
    }

    #[test]
    fn greedy_matching_counts_each_gold_once() {
        let gold = [
            g("a", "one two three four five", "X"),
            g("b", "six seven", "Y"),
        ];
        let pred = [
            p("a", "one two three four five", "X"),
            p("a", "one two three four five", "X"),
            p("c", "ignored", "Z"),
        ];
        let s = score(&gold, &pred);
        assert_eq!((s.gold, s.predicted, s.matched, s.right), (2, 2, 1, 1));
        assert_eq!(s.misses.len(), 1);
        assert_eq!(s.spurious.len(), 1);
        assert!((s.e2e_f1 - 0.5).abs() < 1e-9);
    }
}
