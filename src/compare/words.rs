//! Words of a statement, as the comparisons see them: split, normalised,
//! stopwords marked, and folded to a light stem.
//!
//! Two forms serve two purposes. The *normalised* form (lowercase, curly
//! apostrophe made straight, possessive dropped) decides whether two variants
//! of a quotation are the same words. The *stem* (normalised, then plural and
//! common suffixes folded) decides whether two statements talk about the same
//! thing ("provocations" / "provocative", "escalate" / "escalation").

use std::ops::Range;

/// One word of a text, with where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the text it came from.
    pub range: Range<usize>,
    /// Lowercase, straight apostrophe, possessive dropped.
    pub norm: String,
    /// Whether the word carries content (not a function word, not a single letter).
    pub content: bool,
}

/// Split `text` into words: runs of letters and digits, keeping apostrophes
/// inside a word ("don't", "Russia’s"). Hyphens and other punctuation split.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_apostrophe = is_apostrophe(c)
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            push_word(&mut out, text, s..i);
        }
    }
    if let Some(s) = start {
        push_word(&mut out, text, s..text.len());
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn push_word(out: &mut Vec<Word>, text: &str, range: Range<usize>) {
    let norm = normalise(&text[range.clone()]);
    if norm.is_empty() {
        return;
    }
    let content = norm.chars().count() > 1 && !is_stopword(&norm);
    out.push(Word {
        range,
        norm,
        content,
    });
}

/// Lowercase, straighten apostrophes and drop a possessive `'s` / trailing `'`.
pub fn normalise(word: &str) -> String {
    let mut w: String = word
        .chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    if let Some(stripped) = w.strip_suffix("'s") {
        // Keep contractions that are function words anyway ("it's", "that's"):
        // they are stopwords in either form, so stripping is harmless.
        w.truncate(stripped.len());
    }
    while w.ends_with('\'') {
        w.pop();
    }
    w
}

/// Suffixes [`stem`] folds, a longer one before any shorter one it ends with.
const SUFFIXES: [&str; 22] = [
    "ibility", "ational", "ations", "atory", "ation", "ative", "ement", "ments", "ities", "ingly",
    "ness", "ment", "ings", "able", "ible", "ity", "ing", "ive", "ion", "ate", "ed", "ly",
];

/// Fold a normalised word to a light stem: plural first, then one common
/// derivational or inflectional suffix, keeping at least four letters, then a
/// final silent `e`. Deliberately small: it merges the obvious families and
/// leaves the rest alone rather than conflating unrelated words.
pub fn stem(norm: &str) -> String {
    let mut w = norm.to_string();
    if w.chars().count() <= 4 || !w.is_ascii() {
        return w;
    }
    // Plurals.
    if let Some(s) = w.strip_suffix("ies") {
        w = format!("{s}y");
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
    // Only the longest matching suffix is considered: "station" must not fall
    // back from "-ation" (too short a stem) to "-ion" and meet "state".
    let kept = SUFFIXES
        .iter()
        .find_map(|suffix| w.strip_suffix(suffix))
        .map(str::len);
    if let Some(n) = kept.filter(|&n| n >= 4) {
        w.truncate(n);
    }
    if w.len() > 4 && w.ends_with('e') {
        w.pop();
    }
    // "unjustified" → "unjustify" → the same stem as "unjustify"/"unjustifiable".
    if let Some(s) = w.strip_suffix("ifi") {
        w = format!("{s}ify");
    }
    w
}

/// English function words and fillers that say nothing about the subject.
#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "de", "did", "didn't",
    "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "either", "even",
    "ever", "every", "few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have",
    "haven't", "having", "he", "he'd", "he'll", "her", "here", "hers", "herself", "him",
    "himself", "his", "how", "however", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into",
    "is", "isn't", "it", "it'll", "its", "itself", "just", "let", "may", "maybe", "me", "might",
    "more", "most", "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of",
    "off", "on", "once", "one", "only", "or", "other", "others", "ought", "our", "ours",
    "ourselves", "out", "over", "own", "per", "quite", "rather", "really", "said", "same",
    "say", "says", "shall", "shan't", "she", "she'd", "she'll", "should", "shouldn't", "since",
    "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "these", "they", "they'd", "they'll", "they're", "they've",
    "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon",
    "us", "very", "via", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were",
    "weren't", "what", "whatever", "when", "where", "whereas", "wherever", "whether", "which",
    "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "won't",
    "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours",
];

/// Whether a normalised word is a function word.
pub fn is_stopword(norm: &str) -> bool {
    STOPWORDS.binary_search(&norm).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopword_list_is_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]), "unsorted");
    }

    #[test]
    fn no_suffix_hides_a_longer_one_after_it() {
        for (i, short) in SUFFIXES.iter().enumerate() {
            for long in &SUFFIXES[i + 1..] {
                assert!(!long.ends_with(short), "{short} before {long}");
            }
        }
    }

    #[test]
    fn splits_keeps_inner_apostrophes_and_drops_possessives() {
        let ws = words("Russia’s “de-escalation” — we don't, NATO's allies'");
        let norms: Vec<&str> = ws.iter().map(|w| w.norm.as_str()).collect();
        assert_eq!(
            norms,
            [
                "russia",
                "de",
                "escalation",
                "we",
                "don't",
                "nato",
                "allies"
            ]
        );
        let content: Vec<&str> = ws
            .iter()
            .filter(|w| w.content)
            .map(|w| w.norm.as_str())
            .collect();
        assert_eq!(content, ["russia", "escalation", "nato", "allies"]);
        let text = "Russia’s troops";
        assert_eq!(&text[words(text)[0].range.clone()], "Russia’s");
    }

    #[test]
    fn stems_fold_word_families() {
        assert_eq!(stem("provocations"), stem("provocative"));
        assert_eq!(stem("escalation"), stem("escalate"));
        assert_eq!(stem("concerning"), stem("concerned"));
        assert_eq!(stem("concerns"), "concern");
        assert_eq!(stem("activities"), stem("activity"));
        assert_eq!(stem("aggressive"), stem("aggression"));
        assert_eq!(stem("troops"), "troop");
        // Short words and unrelated words stay apart.
        assert_eq!(stem("bus"), "bus");
        assert_ne!(stem("state"), stem("station"));
        assert_ne!(stem("nation"), stem("native"));
    }
}
