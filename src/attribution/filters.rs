//! What is not a statement, or not a source: labels and titles of works,
//! subheadings, relaying news agencies, and the dateline stamp that opens a story.

use super::lexicon::{is_in, BODY_NOUNS, ROLE_NOUNS};
use super::speakers::{Named, Referent};
use crate::corpus::Article;

/// Words before an opening mark that make the quotation a label or a title.
const LABEL_LEADS: &[&str] = &[
    "so-called",
    "dubbed",
    "titled",
    "entitled",
    "named",
    "headlined",
    "term",
    "word",
    "slogan",
    "motto",
    "hashtag",
    "phrase",
    "nicknamed",
    "codenamed",
    "code-named",
    "film",
    "book",
    "song",
    "album",
    "novel",
    "documentary",
    "series",
    "programme",
    "program",
    "operation",
    "show",
];

/// Nouns that mark a relaying outlet rather than a source.
const RELAY_WORDS: &[&str] = &[
    "agency",
    "agencies",
    "news",
    "media",
    "newspaper",
    "newspapers",
    "television",
    "tv",
    "radio",
    "broadcaster",
    "channel",
    "daily",
    "outlet",
    "outlets",
    "wire",
    "website",
    "reports",
    "report",
    "press",
];

/// "NEW YORK — …", "SANTIAGO (AFP) - …", "DUBAI: …": the dateline opening the story is a
/// place stamp, not a mention; blank it (same length) so it names nobody.
pub(super) fn blank_dateline(article: &Article, text: &str, masked: &mut String) {
    let Some(d) = &article.dateline else { return };
    if !text.starts_with(d.as_str()) {
        return;
    }
    let head = &text[..text.floor_char_boundary(80)];
    let Some(end) = [" — ", " – ", " - ", " -- ", ": "]
        .iter()
        .filter_map(|sep| head.find(sep).map(|i| i + sep.len()))
        .min()
    else {
        return;
    };
    let blank: String = masked[..end]
        .chars()
        .map(|c| if c.is_ascii() { ' ' } else { c })
        .collect();
    if blank.len() == end {
        masked.replace_range(..end, &blank);
    }
}

pub(super) fn is_relay(article: &Article, r: &Referent) -> bool {
    let (Referent::Named(Named { name, role, .. })
    | Referent::Document {
        issuer: Some(Named { name, role, .. }),
        ..
    }) = r
    else {
        return false;
    };
    let relay_word = |w: &str| RELAY_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w));
    name.split_whitespace().any(relay_word)
        // "Russian state news agency Tass": the description's head says what
        // the name does not ("press secretary Jo Roe" is no relay).
        || role
            .as_deref()
            .and_then(|r| r.split_whitespace().last())
            .is_some_and(relay_word)
        || article.wires.iter().any(|w| w.eq_ignore_ascii_case(name))
}

/// "A FORMER camp officer told …", "GALWAY COUNCILLOR Jo Roe has warned …":
/// a paragraph whose first words are set in capitals, as many papers set a
/// lede, is read as written in ordinary case (same length), so the role is
/// no name. An acronym there ("A UNHCR spokeswoman") stays as it is: only a
/// run holding a known lowercase word is recased.
pub(super) fn recase_capital_opening(masked: &mut str) {
    let start = masked.len() - masked.trim_start().len();
    let mut run = Vec::new();
    let mut at = start;
    for w in masked[start..].split(' ') {
        if !w.bytes().all(|b| b.is_ascii_uppercase()) || w.is_empty() || run.len() == 4 {
            break;
        }
        run.push((at, w.len()));
        at += w.len() + 1;
    }
    let next_lower = masked[at.min(masked.len())..]
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_lowercase());
    let known = |w: &str| {
        let lw = w.to_ascii_lowercase();
        is_in(&ROLE_NOUNS, &lw)
            || is_in(&BODY_NOUNS, &lw)
            || matches!(
                lw.as_str(),
                "former" | "new" | "senior" | "top" | "leading" | "retired" | "young" | "local"
            )
    };
    if run.len() < 2 || !next_lower {
        return;
    }
    let is_known: Vec<bool> = run.iter().map(|&(i, n)| known(&masked[i..i + n])).collect();
    if !is_known[1..].contains(&true) {
        return;
    }
    for (k, &(i, n)) in run.iter().enumerate() {
        // The first word keeps its capital, as does a name ("Galway").
        let from = i + usize::from(k == 0 || !is_known[k]);
        masked[from..i + n].make_ascii_lowercase();
    }
}

/// "16:40 Political analyst Jo Roe said …": a live blog's time stamp opening
/// a paragraph is no word of the sentence; blank it (same length) so the
/// subject after it is read as opening the sentence.
pub(super) fn blank_time_stamp(text: &str, masked: &mut String) {
    let b = text.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let stamp = (1..=2).contains(&digits)
        && matches!(b.get(digits), Some(b':' | b'.'))
        && b.get(digits + 1..digits + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
        && b.get(digits + 3) == Some(&b' ');
    let end = digits + 3;
    if stamp && masked.is_char_boundary(end) && masked[..end].is_ascii() {
        masked.replace_range(..end, &" ".repeat(end));
    }
}

/// A quotation introduced as a name rather than as words someone said.
pub(super) fn is_label(ms: &str, qs: usize) -> bool {
    let before = ms[..qs].trim_end();
    let last = before.rsplit(' ').next().unwrap_or("");
    // The leads are lowercase: compare without a lowercased copy.
    LABEL_LEADS.iter().any(|l| l.eq_ignore_ascii_case(last))
        || known_as(before)
        || under_the_name(before)
        || apposed_label(last)
}

/// "shops that trade under the name 'Huis van Brood'", "sold under the brand
/// 'Kestrel'", "goes by the name 'Doc'": a trade name, nobody's words. Not
/// "she had heard the name 'only at home'", which reports what she said.
fn under_the_name(before: &str) -> bool {
    let mut ws = before.rsplit(' ');
    ws.next().is_some_and(|w| matches!(w, "name" | "brand"))
        && ws.next() == Some("the")
        && ws.next().is_some_and(|w| matches!(w, "under" | "by"))
}

/// A label noun set off by a comma before the marks names the quotation, as
/// "its motto, “…”" or "the slogan, “…”" do; only nouns that are never a
/// speaker's channel ("in his book, “…”" may open words he wrote).
fn apposed_label(last: &str) -> bool {
    last.strip_suffix(',').is_some_and(|w| {
        [
            "motto",
            "slogan",
            "hashtag",
            "nickname",
            "catchphrase",
            "watchword",
        ]
        .iter()
        .any(|l| l.eq_ignore_ascii_case(w))
    })
}

/// "known as", "better known as", "known to friends as": a name someone goes
/// by, however many words sit between "known" and "as".
fn known_as(before: &str) -> bool {
    let mut ws = before.rsplit(' ');
    ws.next() == Some("as") && ws.take(4).any(|w| w == "known")
}

/// A name given rather than words said: "the union calls it the 'zero-hours
/// quay'" (the article stays outside the marks), or a single capitalised
/// word right after "calls" ("a group the trade calls 'G-20+'"), or a term
/// a group uses ("what clinicians call 'access block'", "what growers call
/// the 'white gold'").
pub(super) fn is_name_given(inner: &str, ms: &str, qs: usize) -> bool {
    let before = ms[..qs].trim_end();
    let mut ws = before.rsplit(' ');
    let call = |w: Option<&str>| w.is_some_and(|w| matches!(w, "call" | "calls" | "called"));
    let last = ws.next();
    if last == Some("the") {
        // "what growers proudly call the 'white gold' of the plains": the
        // term a group uses for a thing, in the generic present. "what he
        // called the 'glaring gaps'" is one speaker's own words.
        let next = ws.next();
        if call(next) {
            let pronoun = |w: &str| matches!(w, "he" | "she" | "it" | "they" | "we" | "I");
            let group: Vec<&str> = ws.take(4).collect();
            let Some(k) = group.iter().position(|w| w.eq_ignore_ascii_case("what")) else {
                return false;
            };
            return next == Some("call") && !group[..k].iter().any(|w| pronoun(w));
        }
        return next.is_some_and(|w| matches!(w, "it" | "them")) && call(ws.next());
    }
    // Both readings below need "call" right before the marks: most
    // quotations stop here, before their words are counted.
    if !call(last) {
        return false;
    }
    let t = inner.trim();
    // "whom fans have called 'Mr. October'": a name of a few capitalised words.
    let title_cased = t.split_whitespace().count() <= 3
        && t.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
    if call(last) && title_cased && !t.ends_with(['!', '?', ',']) {
        return true;
    }
    // "what clinicians call 'access block'": a term a trade or group uses,
    // in a few words with no sentence in them. "what he called 'a provocation'"
    // is the speaker's own words, so the group must be a plain plural noun and
    // the verb the generic present.
    let group: Vec<&str> = ws.by_ref().take_while(|w| *w != "what").take(3).collect();
    let generic = !group.is_empty()
        && group.len() < 3
        && group.iter().all(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(*w, "they" | "we" | "you" | "i" | "he" | "she" | "it")
        });
    last == Some("call")
        && generic
        && before.rsplit(' ').nth(group.len() + 1) == Some("what")
        && t.split_whitespace().nth(4).is_none()
        && !t.ends_with(['.', '!', '?', ','])
}

/// The words before a quotation end on "as" ("described the offensive as
/// a “…”"): a reporting verb characterises something in the speaker's words,
/// whatever the sentence says of the term after it.
pub(super) fn characterised(before: &str) -> bool {
    let mut ws = before.split_whitespace().rev();
    let last = ws.next().unwrap_or("");
    last == "as" || matches!(last, "a" | "an" | "the") && ws.next() == Some("as")
}

/// `after` follows a quotation that an apposition calls a label: "its
/// register of “foreign agents,” a designation that …", "“mission
/// creep”, the term critics use", "the “iron graveyard,” a name now on
/// postcards".
pub(super) fn described_as_label(after: &str) -> bool {
    let t = after.trim_start().trim_start_matches(',').trim_start();
    let mut ws = t.split(' ');
    matches!(ws.next(), Some("a" | "an" | "the"))
        && ws.next().is_some_and(|w| {
            matches!(
                w.trim_end_matches([',', '.', ';']),
                "designation"
                    | "label"
                    | "term"
                    | "category"
                    | "classification"
                    | "euphemism"
                    | "slogan"
                    | "nickname"
                    | "status"
                    // "the “iron graveyard,” a name now on postcards".
                    | "name"
            )
        })
}

/// A name in Title Case, commas and all, that the noun after it calls a
/// campaign or the like: "the ministry's 'Safe Roads, Safe Homes' campaign"
/// names a programme, nobody's words. "'Enough,' campaign staff said" keeps
/// its sentence punctuation and stays a statement.
pub(super) fn names_a_programme(inner: &str, after: &str) -> bool {
    let t = inner.trim();
    let noun = after.split(' ').next().unwrap_or("");
    let programme = matches!(
        noun.trim_end_matches([',', '.', ';']),
        "campaign" | "programme" | "program" | "initiative" | "scheme" | "slogan" | "motto"
    );
    programme
        && !t.ends_with([',', '.', '!', '?', ':', ';'])
        && t.split_whitespace().nth(1).is_some()
        && t.split_whitespace().nth(6).is_none()
        && t.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// A title in Title Case with no sentence punctuation, not introduced by a verb.
pub(super) fn is_title_of_work(inner: &str, ms: &str, qs: usize) -> bool {
    // American punctuation puts the sentence's period inside: "The Quiet Hours."
    let inner = inner.trim_end().trim_end_matches(['.', ',']);
    // Cheap tests first, and the words walked lazily: most quotations are
    // sentences, and fail on their first lowercase word.
    if inner.ends_with(['?', '!']) || memchr::memchr2(b'.', b',', inner.as_bytes()).is_some() {
        return false;
    }
    let ws = || inner.split_whitespace();
    if ws().nth(1).is_none() {
        return false;
    }
    // A title or a name opens on a capital or an article ("the Forgotten
    // Base"); "in Polish and English" is a phrase of someone's words.
    let first = ws().next().unwrap_or("");
    if !(first.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || matches!(first, "the" | "a" | "an"))
    {
        return false;
    }
    let small = [
        "of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "with",
    ];
    let all_title = ws().all(|w| {
        small.contains(&w)
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    all_title
        && !ms[..qs].trim_end().ends_with(':')
        && ws().filter(|w| !small.contains(w)).count() >= 2
}

/// A paragraph that is only a short quoted phrase without sentence punctuation
/// is a subheading ('40,000 Troops').
pub(super) fn is_heading(inner: &str) -> bool {
    let t = inner.trim();
    t.split_whitespace().count() <= 8 && !t.ends_with(['.', ',', '?', '!', '…', ':'])
}
