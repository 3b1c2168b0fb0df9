//! Reporting cues: the verbs and phrases through which news English attributes
//! words to a source ("said", "told reporters", "according to", "quoted X as
//! saying"). Found in masked sentences, so a verb inside a quotation never counts.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// How a cue relates to its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// An active reporting verb: speaker before it, or after it when inverted ("said Kirby").
    Verb { invertible: bool },
    /// A participle or a verb coordinated with an earlier one ("…, adding that"):
    /// the speaker is the subject of the clause it hangs on.
    Participle,
    /// "according to X": the speaker follows.
    AccordingTo,
    /// "Y quoted X as saying": the speaker sits between "quoted" and "as".
    QuotedAs,
    /// "X was quoted as saying": the speaker precedes.
    PassiveQuoted,
    /// "In his words, …": the possessive names the speaker.
    InWords,
}

/// One cue in a masked sentence (offsets relative to that sentence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub range: Range<usize>,
    pub kind: CueKind,
}

/// Verbs that may come before their subject ("…,” said the minister).
const INVERTIBLE: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "asked",
    "wrote",
    "writes",
    "explained",
    "continued",
    "insisted",
    "noted",
    "warned",
    "stressed",
    "recalled",
    "recalls",
    "argued",
    "argues",
    "explains",
    "insists",
    "notes",
    "warns",
    "replies",
    "continues",
    "asks",
    "concluded",
    "replied",
    "tweeted",
    "declared",
    "announced",
    "told",
    "testified",
];

static CUE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = [
        "said",
        "says",
        "told",
        "tells",
        "added",
        "adds",
        "warned",
        "warns",
        "stressed",
        "stresses",
        "noted",
        "notes",
        "accused",
        "accuses",
        "urged",
        "urges",
        "called on",
        "calls on",
        "called for",
        "calls for",
        "called",
        "calls",
        "condemned",
        "condemns",
        "spoke of",
        "speaks of",
        "reaffirmed",
        "reaffirms",
        "affirmed",
        "affirms",
        "brushed aside",
        "brushes aside",
        "described",
        "describes",
        "insisted",
        "insists",
        "stated",
        "opined",
        "opines",
        "declared",
        "declares",
        "announced",
        "announces",
        "explained",
        "explains",
        "testified",
        "testifies",
        "confirmed",
        "confirms",
        "asserted",
        "asserts",
        "claimed",
        "claims",
        "argued",
        "argues",
        "wrote",
        "writes",
        "tweeted",
        "posted",
        "texted",
        "emailed",
        "messaged",
        "replied",
        "responded",
        "remarked",
        "commented",
        "admitted",
        "acknowledged",
        "emphasised",
        "emphasized",
        "emphasises",
        "emphasizes",
        "underlined",
        "underscored",
        "highlighted",
        "voiced",
        "expressed",
        "pledged",
        "promised",
        "vowed",
        "threatened",
        "predicted",
        "cautioned",
        "demanded",
        "denied",
        "dismissed",
        "rejected",
        "criticised",
        "criticized",
        "praised",
        "welcomed",
        "labelled",
        "labeled",
        "branded",
        "dubbed",
        "mentioned",
        "suggested",
        "recalled",
        "conceded",
        "countered",
        "concluded",
        "observed",
        "pointed out",
        "complained",
        "lamented",
        "maintained",
        "reiterated",
        "repeated",
        "asked",
        "answered",
        "quipped",
        "joked",
        "shouted",
        "yelled",
        "screamed",
        "hailed",
        "slammed",
        "decried",
        "denounced",
        "assured",
        "alleged",
        "charged",
        "contended",
        "disclosed",
        "revealed",
        "reported",
        "appealed",
        "advised",
        "proposed",
        "recommended",
        "recommends",
        "questioned",
        "boasted",
        "echoed",
        "referred to",
        "continued",
        "indicated",
        "signalled",
        "signaled",
        "informed",
        "agreed",
        "believes",
        "believed",
        "thinks",
        "thought",
        "feared",
        "fears",
        "hopes",
        "hoped",
        "recounted",
        "explained",
        "estimated",
        "forecast",
        "predicts",
        "warned of",
        // Findings and forecasts of a report or a body ("a review found
        // 'serious gaps'", "the agency expects 'a record fall'"), and verdicts
        // ("blamed it on 'human error'", "credited the plan as 'the reason'").
        "found",
        "flagged",
        "expects",
        "blamed",
        "credited",
        // Present tense, as features and magazines write ("he recalls").
        "recalls",
        "recounts",
        "admits",
        "acknowledges",
        "concedes",
        "counters",
        "observes",
        "points out",
        "complains",
        "laments",
        "maintains",
        "reiterates",
        "asks",
        "answers",
        "replies",
        "responds",
        "jokes",
        "quips",
        "suggests",
        "continues",
        "concludes",
        "cautions",
        "predicts",
        "remarks",
        "comments",
        "tweets",
        "vows",
        "promises",
    ];
    let participles = [
        "saying",
        "adding",
        "noting",
        "warning",
        "stressing",
        "telling",
        "insisting",
        "arguing",
        "claiming",
        "calling on",
        "calling for",
        "calling",
        "urging",
        "describing",
        "accusing",
        "explaining",
        "writing",
        "declaring",
        "stating",
        "asking",
        "vowing",
        "pledging",
        "promising",
        "emphasising",
        "emphasizing",
        "citing",
        "reiterating",
        "underlining",
        "expressing",
        "voicing",
        "denying",
        "rejecting",
        "dismissing",
        "condemning",
        "shouting",
        "yelling",
        "screaming",
    ];
    let alt = |list: &[&str]| {
        let mut v: Vec<&str> = list.to_vec();
        v.sort_by_key(|s| std::cmp::Reverse(s.len()));
        v.iter()
            .map(|s| s.replace(' ', r"\s+"))
            .collect::<Vec<_>>()
            .join("|")
    };
    Regex::new(&format!(
        r"(?-u:\b)(?:[Aa]ccording\s+to|[Ii]n\s+(?:his|her|their|its)\s+(?:own\s+)?words|[Ii]n\s+the\s+words\s+of|quoted|{}|{})(?-u:\b)",
        alt(&participles),
        alt(&verbs)
    ))
    .expect("cue regex")
});

/// Auxiliaries that make a following participle passive ("was told", "is said").
const PASSIVE_AUX: &[&str] = &[
    "was", "were", "is", "are", "been", "be", "being", "get", "got", "gets",
];

fn previous_word(s: &str, pos: usize) -> &str {
    let before = s[..pos].trim_end();
    let start = before.rfind([' ', '\n']).map_or(0, |i| i + 1);
    &before[start..]
}

/// All reporting cues in a masked sentence, in order.
pub fn find(masked: &str) -> Vec<Cue> {
    let mut out = Vec::new();
    // Plain matching (no capture groups) lets the regex engine use its DFA;
    // the kind is read from the matched words.
    for m in CUE_RE.find_iter(masked) {
        let first = m.as_str().split_whitespace().next().unwrap_or("");
        let prev = previous_word(masked, m.start()).to_ascii_lowercase();
        if masked[..m.start()].ends_with('-') {
            continue; // so-called, well-said
        }
        let kind = if first.eq_ignore_ascii_case("according") {
            CueKind::AccordingTo
        } else if first.eq_ignore_ascii_case("in") {
            if m.as_str().ends_with("of") {
                CueKind::AccordingTo // "in the words of X"
            } else {
                CueKind::InWords
            }
        } else if first == "quoted" {
            if PASSIVE_AUX.contains(&prev.as_str()) {
                CueKind::PassiveQuoted
            } else if masked[m.end()..].trim_start().starts_with("as saying") {
                continue; // "…, quoted as saying" after a name: handled as passive below
            } else {
                CueKind::QuotedAs
            }
        } else if first.ends_with("ing") {
            CueKind::Participle
        } else {
            if PASSIVE_AUX.contains(&prev.as_str()) || prev == "the" || prev == "a" {
                continue;
            }
            if is_adjective_use(masked, m.start(), m.end(), &prev) {
                continue;
            }
            let verb = m.as_str().split_whitespace().next().unwrap_or("");
            CueKind::Verb {
                invertible: INVERTIBLE.contains(&verb),
            }
        };
        out.push(Cue {
            range: m.start()..m.end(),
            kind,
        });
    }
    out
}

/// "his repeated warnings", "ignored repeated warnings": an "-ed" form after a
/// possessive, or right after another past-tense verb, and before a lowercase
/// noun, is an adjective, not a reporting verb.
fn is_adjective_use(masked: &str, start: usize, end: usize, prev: &str) -> bool {
    let verb = &masked[start..end];
    if !verb.ends_with("ed") || verb.contains(' ') {
        return false;
    }
    let next = masked[end..]
        .trim_start()
        .split([' ', ',', '.'])
        .next()
        .unwrap_or("");
    let noun_next = !next.is_empty()
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            next,
            "that"
                | "to"
                | "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "on"
                | "in"
                | "at"
                | "by"
                | "for"
                | "with"
                | "of"
                | "as"
                | "and"
                | "but"
                | "it"
                | "he"
                | "she"
                | "they"
                | "we"
                | "him"
                | "them"
                | "us"
                | "me"
                | "this"
                | "what"
                | "how"
                | "why"
                | "when"
                | "there"
                | "not"
                | "no"
                | "about"
                | "from"
                | "into"
                | "over"
        );
    let possessive = matches!(
        prev,
        "his" | "her" | "its" | "their" | "our" | "my" | "your" | "these" | "those"
    ) || prev.ends_with("'s")
        || prev.ends_with("’s");
    let after_verb = prev.len() > 4 && prev.ends_with("ed");
    noun_next && (possessive || after_verb)
}

/// The end of "quoted X as saying": where the speaker NP stops (`as saying`).
pub fn quoted_as_end(masked: &str, from: usize) -> Option<usize> {
    let rest = &masked[from..];
    let i = rest
        .find(" as saying")
        .or_else(|| rest.find(" as telling"))?;
    (i < 120).then_some(from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(String, CueKind)> {
        find(s)
            .into_iter()
            .map(|c| (s[c.range.clone()].to_string(), c.kind))
            .collect()
    }

    #[test]
    fn verbs_participles_and_phrases() {
        let k = kinds(
            "Kirby said the Pentagon, adding that, according to officials, it called on Moscow",
        );
        let names: Vec<&str> = k.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(names, ["said", "adding", "according to", "called on"]);
        assert_eq!(k[1].1, CueKind::Participle);
        assert_eq!(k[2].1, CueKind::AccordingTo);
    }

    #[test]
    fn in_someones_words() {
        let k = kinds("In her words, the plan was doomed");
        assert_eq!(k[0], ("In her words".to_string(), CueKind::InWords));
        let k = kinds("in the words of one minister, it was over");
        assert_eq!(k[0].1, CueKind::AccordingTo);
        assert!(kinds("In other words, it was over").is_empty());
    }

    #[test]
    fn adjectives_are_not_cues() {
        assert!(kinds("The board ignored repeated warnings").is_empty());
        assert!(kinds("Her repeated pleas went unheard").is_empty());
        assert_eq!(kinds("She repeated her warning")[0].0, "repeated");
        assert_eq!(kinds("Officials voiced concerns")[0].0, "voiced");
    }

    #[test]
    fn testimony_is_reported_speech() {
        assert_eq!(
            kinds("Estrada testified before the panel")[0].0,
            "testified"
        );
        // As the engine sees it: the quotation masked out.
        assert_eq!(kinds("####### testified the inspector.")[0].0, "testified");
    }

    #[test]
    fn passives_and_labels_are_not_cues() {
        assert!(kinds("He was told to leave the so-called zone").is_empty());
        assert_eq!(kinds("RT quoted Putin as saying")[0].1, CueKind::QuotedAs);
        assert_eq!(
            kinds("Putin was quoted as saying")[0].1,
            CueKind::PassiveQuoted
        );
    }
}
