//! Noun phrases: the types for what a phrase names, the word classes, and how
//! far a phrase reaches ("UN climate chief Simon Stiell", "the U.S. mission to
//! the OSCE"). What a phrase names is read in `interpret.rs`.

use super::lexicon::{
    is_in, singular, Lower, BODY_NOUNS, DEMONYMS, DOC_NOUNS, NOT_NAME, NP_MODIFIERS, ORG_HEADS,
    PLACES, ROLE_NOUNS, THING_HEADS, TITLE_WORDS,
};
use super::text::{is_capitalised, strip_possessive, Word};
use crate::attribution::SpeakerKind;

/// A named source as written in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub kind: SpeakerKind,
    /// Title or role as written ("Deputy Foreign Minister").
    pub role: Option<String>,
    /// A group of people speaking as one ("G7 foreign ministers").
    pub group: bool,
}

/// What a subject noun phrase refers to, before resolution against the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Referent {
    Named(Named),
    /// he, she, it, they, we, i (lowercase).
    Pronoun(String),
    /// "the spokesman", "the Ukrainian army chief", "the ministers".
    Role {
        head: String,
        plural: bool,
        modifiers: Vec<String>,
        text: String,
    },
    /// "the ministry", "the mission": a body named earlier.
    Body {
        head: String,
        text: String,
    },
    /// "the statement": speaks for its issuer.
    Document {
        issuer: Option<Named>,
        /// The document as written ("complaint"), the speaker of last resort.
        noun: String,
    },
}

pub(super) fn is_det(w: &str) -> bool {
    // By length first (asked for most words of a phrase): at most five
    // comparisons, and none for a word longer than "their".
    let is = |d: &str| w.eq_ignore_ascii_case(d);
    match w.len() {
        1 => is("a"),
        2 => is("an") || is("my"),
        3 => is("the") || is("his") || is("her") || is("its") || is("our"),
        4 => is("your"),
        5 => is("their"),
        _ => false,
    }
}

/// "One engineer", "another official": a counting word standing as an
/// article before a lowercase role noun (with its modifiers).
pub(super) fn is_counting_det(ws: &[Word], n: usize) -> bool {
    // "one EU diplomat", "another Pentagon official": proper modifiers may
    // stand between the counting word and its lowercase role noun.
    n == 0
        && matches!(ws[0].text, "One" | "one" | "Another" | "another")
        && ws[1..]
            .iter()
            .take(3)
            .take_while(|w| !is_joiner(w.text) && !is_det(w.text))
            .any(|w| !is_capitalised(w.text) && is_noun_in(&ROLE_NOUNS, w.text))
        // "another sister, Mia Roe,": the role noun itself may close on the
        // comma before its holder's name.
        && ws.get(1).is_some_and(|w| {
            w.text != "of"
                && (!w.comma_after || is_noun_in(&ROLE_NOUNS, w.text))
        })
}

/// An age written as a modifier ("72-year-old", "six-year-old").
pub(super) fn is_age_modifier(lw: &str) -> bool {
    lw.strip_suffix("-year-old")
        .or_else(|| lw.strip_suffix("-month-old"))
        .is_some_and(|n| !n.is_empty() && !n.contains(' '))
}

/// "the 58-year-old" closing the phrase: an age after "the" alone, used as a
/// noun for the person of that age.
fn age_as_head(ws: &[Word], n: usize, lw: &str) -> bool {
    n == 1 && n + 1 == ws.len() && ws[0].text.eq_ignore_ascii_case("the") && is_age_modifier(lw)
}

/// A number joined to a unit before a noun ("four-page", "40-page",
/// "two-year"): "the four-page document".
fn is_measure_modifier(lw: &str) -> bool {
    let Some((num, unit)) = lw.split_once('-') else {
        return false;
    };
    let number = (!num.is_empty() && num.bytes().all(|b| b.is_ascii_digit()))
        || matches!(
            num,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "twelve"
                | "twenty"
                | "fifty"
                | "hundred"
        );
    number && !unit.is_empty() && unit.bytes().all(|b| b.is_ascii_lowercase())
}

/// A capitalised "-ing" word opening a phrase and followed by a preposition
/// or article ("Commenting on the remarks", "Referring to the report"): a
/// participle clause, never a name.
pub(super) fn is_opening_participle(ws: &[Word], n: usize) -> bool {
    let w = ws[n].text;
    n == 0
        && w.len() > 5
        && w.ends_with("ing")
        && !ws[n].comma_after
        && ws.get(n + 1).is_some_and(|x| {
            matches!(
                x.text,
                "on" | "to"
                    | "about"
                    | "at"
                    | "with"
                    | "from"
                    | "after"
                    | "over"
                    | "through"
                    | "into"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "this"
                    | "that"
            ) && !(x.text == "on" && ws.get(n + 2).is_some_and(|y| is_capitalised(y.text)))
        })
}

pub(super) fn is_noun_in(list: &super::lexicon::WordList, w: &str) -> bool {
    if is_in(list, w) {
        return true;
    }
    // The singular, built on the stack (this runs for most words of a text).
    let b = w.as_bytes();
    let mut buf = [0u8; 48];
    if b.len() + 1 > buf.len() || !w.is_ascii() {
        return is_in(list, &singular(w));
    }
    let lower = |x: &[u8]| x.eq_ignore_ascii_case(b"ies");
    let n = if b.len() >= 3 && lower(&b[b.len() - 3..]) {
        buf[..b.len() - 3].copy_from_slice(&b[..b.len() - 3]);
        buf[b.len() - 3] = b'y';
        b.len() - 2
    } else if b.len() >= 2 && b[b.len() - 2..].eq_ignore_ascii_case(b"ss") {
        return false;
    } else if b.len() >= 3 && b[b.len() - 3..].eq_ignore_ascii_case(b"men") {
        buf[..b.len()].copy_from_slice(b);
        buf[b.len() - 2] = b'a';
        b.len()
    } else if b.last().is_some_and(|c| c.eq_ignore_ascii_case(&b's')) {
        buf[..b.len() - 1].copy_from_slice(&b[..b.len() - 1]);
        b.len() - 1
    } else {
        return false;
    };
    // ASCII (checked above), so no UTF-8 check is needed to look it up.
    super::lexicon::is_in_bytes(list, &buf[..n])
}

pub(super) fn is_acronym(w: &str) -> bool {
    let core = strip_possessive(w).0;
    let b = core.as_bytes();
    // A lowercase ASCII letter first or second (most name words: "Roe")
    // makes it neither all capitals nor a capital and digits.
    if b.first().is_some_and(u8::is_ascii_lowercase) || b.get(1).is_some_and(u8::is_ascii_lowercase)
    {
        return false;
    }
    core.chars()
        .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '-' || c == '&')
        && core.chars().filter(|c| c.is_alphabetic()).count() >= 2
        || (core.len() >= 2
            && core.starts_with(|c: char| c.is_ascii_uppercase())
            && core[1..].chars().all(|c| c.is_ascii_digit()))
}

/// Could this capitalised word be part of a person's name?
pub fn is_name_word(w: &str) -> bool {
    let (core, _) = strip_possessive(w);
    // The Irish patronymic particle, with or without its accent ("Seán Ó
    // Ceallaigh", "Mr O Ceallaigh"), is a name part with no lowercase letter.
    if matches!(core, "Ó" | "O") {
        return true;
    }
    // A middle initial ("Franklin D. Roosevelt", "Ana B. Lyle") is part of
    // the name, not the end of a title before it.
    if let [b'A'..=b'Z', b'.'] = core.as_bytes() {
        return true;
    }
    is_capitalised(core)
        && !is_acronym(core)
        // Not in TITLE_WORDS, ORG_HEADS, DEMONYMS, PLACES or NOT_NAME: one lookup.
        && super::lexicon::lists_of(core)
            & (super::lexicon::IN_TITLE_WORDS
                | super::lexicon::IN_ORG_HEADS
                | super::lexicon::IN_DEMONYMS
                | super::lexicon::IN_PLACES
                | super::lexicon::IN_NOT_NAME)
            == 0
        && !is_participle_compound(core)
        && !core.bytes().any(|b| b == b'#' || b == b'@')
        && core.chars().any(char::is_lowercase)
}

/// Common capitalised words that open the name of a body when another
/// capitalised word follows ("World Health Organization", "West Midlands Police").
static NAME_OPENERS: super::lexicon::WordList = super::lexicon::WordList::new(&[
    "world", "northern", "southern", "east", "west", "north", "south", "eastern", "western",
]);

/// "World", "West"… open the name of a body ("the World Food Programme",
/// "West Midlands Police") when a capitalised word follows that is not the
/// head of an event or thing ("World War", "World Cup") nor a place
/// ("North Korea", "West Bank": places, not bodies).
pub(super) fn opens_body_name(ws: &[Word], n: usize) -> bool {
    // Capitalised only: "eastern Ukraine" is a region, not a body.
    is_capitalised(ws[n].text)
        && is_in(&NAME_OPENERS, ws[n].text)
        && !ws[n].comma_after
        && ws.get(n + 1).is_some_and(|x| {
            is_capitalised(x.text)
                && !is_in(&THING_HEADS, x.text)
                && !is_in(&PLACES, strip_possessive(x.text).0)
                && !is_in(&NOT_NAME, strip_possessive(x.text).0)
        })
}

/// Lowercase prepositions that can join the parts of one noun phrase.
pub(super) fn is_joiner(w: &str) -> bool {
    matches!(w, "of" | "for" | "to" | "from" | "in")
}

/// Longest noun phrase at the start of `ws`; returns how many words it took.
pub fn np_extent(ws: &[Word]) -> usize {
    let mut n = 0;
    let mut last_content = 0; // words up to the last head-like word
    let mut in_org_name = false; // after "Department of…": "and" may join
    let mut in_title = false; // after "Secretary of…"
    let mut title_part: Option<usize> = None; // where the title's last "of/for" part opens
    while n < ws.len() {
        let w = ws[n].text;
        // Asked once: a capitalised word or an acronym takes the name branch
        // below (or an earlier one) and counts as head-like, and only other
        // words read `lw`, so they alone are lowercased.
        let capish = is_capitalised(w) || is_acronym(w);
        let lower = Lower::new(if capish { "" } else { strip_possessive(w).0 });
        let lw = lower.as_str();
        // A role, body or document noun, or a plural group: asked by the
        // noun branch below and again by `head_like`, answered once.
        let nounish = std::cell::OnceCell::new();
        let is_nounish = || {
            *nounish.get_or_init(|| {
                is_role_noun(lw)
                    || is_noun_in(&BODY_NOUNS, lw)
                    || is_in(&DOC_NOUNS, lw)
                    || is_plural_group(lw)
            })
        };
        // "Rep. Tom Kessler (R-Ill.)": a party tag closes the name.
        if w.bytes().any(|b| b == b'#') || super::speakers::is_party_tag(w) {
            break;
        }
        // "National Security and Defence Council", "the Environment, Food and
        // Rural Affairs Committee": a coordinated name closed by its head noun.
        if let Some(end) = coordinated_org_end(ws, n) {
            n = end;
            last_content = end;
            if ws[end - 1].comma_after {
                break;
            }
            continue;
        }
        let ok = if n == 0 && (is_det(w) || is_counting_det(ws, n)) {
            true
        } else if n == 1
            && ws[0].text.eq_ignore_ascii_case("the")
            && super::interpret::is_family_age(w)
            && ws.get(2).is_some_and(|x| is_name_word(x.text))
        {
            // "the elder Roe told reporters"
            true
        } else if n == 0 && particle_opens_name(ws) {
            // "von Bredow told reporters": a surname written with its particle.
            true
        } else if capish {
            (!is_in(&NOT_NAME, strip_possessive(w).0)
                || is_in(&DEMONYMS, w)
                || (n > 0 && is_in(&PLACES, w))
                || opens_body_name(ws, n)
                // "Mr Reeve": a title before a name.
                || (is_in(&TITLE_WORDS, w)
                    && !ws[n].comma_after
                    && ws.get(n + 1).is_some_and(|x| is_name_word(x.text))))
                && !is_opening_participle(ws, n)
        } else if n == 1
            && is_det(ws[0].text)
            && lw.len() == 4
            && (lw.starts_with("19") || lw.starts_with("20"))
            && lw.bytes().all(|b| b.is_ascii_digit())
            && !ws[n].comma_after
        {
            // "a 2023 city audit", "the 2019 report": a year before the head.
            true
        } else if n > 0
            && lw.bytes().all(|b| b.is_ascii_lowercase())
            && !ws[n].comma_after
            && ws.get(n + 1).is_some_and(|x| is_in(&DOC_NOUNS, x.text))
        {
            // "a city audit", "the police report": a noun modifying a document.
            true
        } else if (is_age_modifier(lw) || is_measure_modifier(lw))
            && ws
                .get(n + 1)
                .is_some_and(|x| !is_capitalised(x.text) && !ws[n].comma_after)
        {
            // "a 72-year-old woman"
            true
        } else if age_as_head(ws, n, lw) {
            // "the 58-year-old said": the age stands for the person.
            true
        } else if is_nounish()
            || is_in(&NP_MODIFIERS, lw)
            || (is_descriptor(lw)
                && ws
                    .get(n + 1)
                    .is_some_and(|x| is_capitalised(x.text) || is_acronym(x.text)))
        {
            true
        } else if n > 0 && gaelic_article(ws[n - 1].text, lw, ws.get(n + 1).map(|x| x.text)) {
            // "Nic an tSaoi", "Mac an Bhaird": the article inside a patronymic.
            !ws[n - 1].comma_after
        } else if n > 0
            && (is_particle(lw)
                || (lw == "and"
                    && (in_org_name
                        || title_part.is_some_and(|k| {
                            n == k + 1 || n > k + 1 && ws[k..n - 1].iter().all(|x| x.comma_after)
                        }))))
            && (is_capitalised(ws[n - 1].text) || is_particle(ws[n - 1].text))
            && ws
                .get(n + 1)
                .is_some_and(|x| is_capitalised(x.text) || (is_particle(lw) && is_particle(x.text)))
            && !ws[n - 1].comma_after
        {
            // "Villeroy de Galhau", "van der Leyen", "Department of Health and Social Care"
            true
        } else if n > 0
            && is_ordinal(lw)
            && is_in(&TITLE_WORDS, ws[n - 1].text)
            && ws.get(n + 1).is_some_and(|x| x.text == "Class")
        {
            // "Sgt. 1st Class Jo Roe": a rank with its grade.
            true
        } else if leads_to_name(ws, n) || role_run_to_name(ws, n) {
            // "grower Paul Verne", "head librarian Ines Duarte": a role written
            // in lowercase words of its own, then the full name; "Green Party
            // co-leader Jonas Roe": the same after the body it serves.
            true
        } else if n > 0 && is_premodifier(ws, n, lw) {
            // "UN climate chief", "Tesla chief executive"
            true
        } else if lw == "on"
            && n > 0
            && is_capitalised(ws[n - 1].text)
            && is_in(&ORG_HEADS, ws[n - 1].text)
            && !ws[n - 1].comma_after
            && ws.get(n + 1).is_some_and(|x| {
                is_capitalised(x.text) && !is_in(&NOT_NAME, strip_possessive(x.text).0)
            })
        {
            // "the Council on Foreign Relations", "the Committee on Human Rights"
            true
        } else if is_joiner(lw) && n > 0 && n == last_content {
            // "Secretary of State", "mission to the OSCE", "ministers from the G7"
            let mut k = n + 1;
            if k < ws.len() && is_det(ws[k].text) {
                k += 1;
            }
            let head_lower = !is_capitalised(ws[n - 1].text);
            let next_ok = k < ws.len()
                && (is_capitalised(ws[k].text)
                    || is_acronym(ws[k].text)
                    || (head_lower
                        && (is_in(&NP_MODIFIERS, ws[k].text)
                            || is_noun_in(&ROLE_NOUNS, ws[k].text))));
            if lw == "in" && !is_noun_in(&BODY_NOUNS, ws[n - 1].text) {
                false
            } else if lowercase_complement_to_end(ws, n, k) {
                last_content = ws.len();
                break;
            } else if next_ok {
                // "Department of Health and Social Care", and the same in an
                // office's title: "Secretary of Health and Human Services".
                let head = ws[n - 1].text;
                let of_for = matches!(lw, "of" | "for");
                in_org_name |= is_noun_in(&ORG_HEADS, head) && of_for;
                // In a title only one word may come before the "and" ("of
                // Health and …"): "Secretary of State Jo Roe and …" is a name.
                if of_for && (in_title || (is_capitalised(head) && is_in(&TITLE_WORDS, head))) {
                    in_title = true;
                    title_part = Some(k);
                }
                n = k;
                continue;
            } else {
                false
            }
        } else {
            false
        };
        if !ok {
            break;
        }
        n += 1;
        let head_like = capish || is_nounish() || age_as_head(ws, n - 1, lw);
        if head_like && !(n == 1 && (is_det(w) || is_counting_det(ws, 0))) {
            last_content = n;
        }
        if ws[n - 1].comma_after && !((in_title || in_org_name) && portfolio_list_at(ws, n)) {
            break;
        }
    }
    last_content
}

/// "(Minister of Environment,) Water and Agriculture", "(Ministry of Land
/// Management,) Urban Planning and Construction": capitalised items of one or
/// two words, listed with commas up to "and" and a last item, go on with an
/// office's portfolio or a ministry's name after the comma.
fn portfolio_list_at(ws: &[Word], n: usize) -> bool {
    let cap = |i: usize| {
        ws.get(i)
            .is_some_and(|w| is_capitalised(w.text) && w.text != "and")
    };
    let mut j = n;
    for _ in 0..4 {
        if !cap(j) {
            return false;
        }
        let mut e = j;
        if !ws[e].comma_after && cap(e + 1) {
            e += 1;
        }
        if !ws[e].comma_after {
            return ws.get(e + 1).is_some_and(|w| w.text == "and") && cap(e + 2);
        }
        j = e + 1;
    }
    false
}

/// Where a body's name that coordinates its parts ends, when `ws[n]` is the
/// "and" inside it ("Security and Defence Council") or a part closed by a comma
/// ("Environment, Food and Rural Affairs Committee"): the words that follow are
/// capitalised (with commas and one "and" for a list) up to an organisation
/// head noun. `None` when no such name goes on from here.
fn coordinated_org_end(ws: &[Word], n: usize) -> Option<usize> {
    let w = &ws[n];
    let list = w.comma_after && is_capitalised(w.text) && !is_in(&NOT_NAME, w.text);
    let joined = n > 0
        && w.text == "and"
        && is_capitalised(ws[n - 1].text)
        && !ws[n - 1].comma_after
        && !is_in(&NOT_NAME, ws[n - 1].text);
    if !list && !joined {
        return None;
    }
    let mut seen_and = joined;
    for (i, x) in ws.iter().enumerate().skip(n + 1).take(8) {
        if x.text == "and" && !seen_and {
            seen_and = true;
            continue;
        }
        let core = strip_possessive(x.text).0;
        if !is_capitalised(core) || is_in(&NOT_NAME, core) {
            return None;
        }
        if is_in(&ORG_HEADS, core) && seen_and {
            return Some(i + 1);
        }
        if x.comma_after && seen_and {
            return None;
        }
    }
    None
}

/// "a spokesperson for the mission said": a mouthpiece for a body the text
/// calls by its bare head noun, one word to the end of the subject, so that
/// the mission named before speaks, not an anonymous "spokesperson".
fn mouthpiece_for_bare_body(ws: &[Word], n: usize, k: usize) -> bool {
    super::interpret::is_mouthpiece(ws[n - 1].text)
        && ws.len() == k + 1
        && is_noun_in(&BODY_NOUNS, ws[k].text)
}

/// "the federal office for the environment said": after a lowercase body noun,
/// "of"/"for" and (after "the" at most) one to three plain lowercase words
/// that run to the end of the words given (the subject slice before its verb).
fn lowercase_complement_to_end(ws: &[Word], n: usize, k: usize) -> bool {
    let j = n + 1;
    let det_ok = k == j || ws[j].text == "the";
    let head = ws[n - 1].text;
    det_ok
        && matches!(ws[n].text, "of" | "for")
        && (is_noun_in(&BODY_NOUNS, head) || mouthpiece_for_bare_body(ws, n, k))
        && !is_capitalised(head)
        && (1..=3).contains(&(ws.len() - k.min(ws.len())))
        && ws[k..].iter().enumerate().all(|(i, w)| {
            w.text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !is_det(w.text)
                && !is_joiner(w.text)
                && !w.text.ends_with("ly")
                && !matches!(
                    w.text,
                    "has"
                        | "have"
                        | "had"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "will"
                        | "would"
                        | "also"
                        | "not"
                        | "then"
                        | "which"
                        | "who"
                        | "that"
                        | "and"
                        | "or"
                )
                && (!w.comma_after || i + k + 1 == ws.len())
        })
}

/// Do the words from `n` run through at most three lowercase words (no comma)
/// into a name of two or more name words?
fn leads_to_name(ws: &[Word], n: usize) -> bool {
    // Only a phrase that has no capitalised word yet ("Reilly met club
    // president Helen Marsh" is a clause, not a title).
    // A determiner opening the sentence ("The lung specialist Jo Roe") is
    // capitalised only for its place.
    if ws[..n]
        .iter()
        .enumerate()
        .any(|(i, w)| !(w.text.bytes().all(|b| b.is_ascii_lowercase()) || i == 0 && is_det(w.text)))
    {
        return false;
    }
    let mut j = n;
    while j < ws.len() && j < n + 3 {
        let w = &ws[j];
        if is_name_word(w.text) {
            break;
        }
        let lower = w.text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        if !lower || w.comma_after || is_joiner(w.text) || is_det(w.text) {
            return false;
        }
        j += 1;
    }
    j > n
        && j + 1 < ws.len()
        && is_name_word(ws[j].text)
        && !ws[j].comma_after
        && is_name_word(ws[j + 1].text)
}

/// "Red Cross volunteer coordinator Lisa Ortega", "Green Party co-leader Jo
/// Albrecht": after capitalised words (the body served), one to three
/// lowercase words that read as a role — the first a role noun or a title
/// modifier, the last a role noun — then a full name of two name words.
/// A verb after a name ("Reilly met club president Helen Marsh") is no role
/// noun, so that clause is not read as one title.
fn role_run_to_name(ws: &[Word], n: usize) -> bool {
    let mut s = n;
    while s > 0
        && ws[s - 1]
            .text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-')
    {
        s -= 1;
    }
    if s == 0 || ws[s - 1].comma_after || !is_capitalised(ws[s - 1].text) {
        return false;
    }
    let mut j = n;
    while j < ws.len() && j < s + 3 && !is_capitalised(ws[j].text) {
        if ws[j].comma_after || is_joiner(ws[j].text) || is_det(ws[j].text) {
            return false;
        }
        j += 1;
    }
    let run = &ws[s..j];
    let first = run.first().map_or("", |w| w.text);
    let last = run.last().map_or("", |w| w.text);
    !run.is_empty()
        && (is_role_word(first) || is_in(&NP_MODIFIERS, first) || is_adjective_shaped(first))
        && is_role_word(last)
        && j + 1 < ws.len()
        && is_name_word(ws[j].text)
        && !ws[j].comma_after
        && is_name_word(ws[j + 1].text)
}

/// "1st", "2nd", "23rd", "4th".
fn is_ordinal(lw: &str) -> bool {
    let digits = lw.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&lw[digits..], "st" | "nd" | "rd" | "th")
}

/// A listed role noun, or the same with a prefix ("vice-president",
/// "co-chair", "ex-minister").
pub(super) fn is_role_noun(lw: &str) -> bool {
    if is_noun_in(&ROLE_NOUNS, lw) {
        return true;
    }
    // The same cut as `split_once('-')`, found by a byte scan (most words
    // hold no hyphen, and the char searcher's setup showed in profiles).
    lw.bytes().position(|b| b == b'-').is_some_and(|k| {
        let (pre, rest) = (&lw[..k], &lw[k + 1..]);
        matches!(
            pre,
            "co" | "vice" | "deputy" | "ex" | "acting" | "assistant" | "associate" | "joint"
        ) && is_noun_in(&ROLE_NOUNS, rest)
    })
}

/// A lowercase word naming a role: a listed role noun, the same with a
/// prefix ("co-leader", "vice-chair", "ex-minister"), or an agent noun by its
/// ending ("coordinator", "organizer", "strategist").
pub(super) fn is_role_word(lw: &str) -> bool {
    if is_role_noun(lw) {
        return true;
    }
    if lw.contains('-') {
        return false;
    }
    lw.len() >= 7
        && lw.bytes().all(|b| b.is_ascii_lowercase())
        && ["ator", "izer", "iser", "ist", "ician", "keeper", "worker"]
            .iter()
            .any(|suf| lw.ends_with(suf))
}

/// Does the phrase open with a lowercase name particle and a surname
/// ("von Bredow", "van der Berg", "de Santis")?
pub(super) fn particle_opens_name(ws: &[Word]) -> bool {
    let k = ws
        .iter()
        .take(2)
        .take_while(|w| is_particle(w.text) && !w.comma_after)
        .count();
    k > 0 && ws.get(k).is_some_and(|w| is_name_word(w.text))
}

/// The Gaelic article "an"/"na" inside a patronymic surname, between "Mac",
/// "Nic", "Ní", "Ó"… and the capitalised or mutated word ("Nic an tSaoi",
/// "Mac an t-Saoir", "Mac na Mara").
pub(super) fn gaelic_article(prev: &str, lw: &str, next: Option<&str>) -> bool {
    matches!(lw, "an" | "na")
        && matches!(
            prev,
            "Mac" | "Mc" | "Nic" | "Ní" | "Ni" | "Ó" | "O" | "Uí" | "Ui" | "Ua" | "Mhic"
        )
        && next.is_some_and(is_capitalised)
}

/// Lowercase particles inside names ("Villeroy de Galhau", "van der Leyen").
pub(super) fn is_particle(lw: &str) -> bool {
    matches!(
        lw,
        "de" | "da"
            | "di"
            | "del"
            | "della"
            | "der"
            | "den"
            | "du"
            | "van"
            | "von"
            | "la"
            | "le"
            | "bin"
            // "Maryam bint Said", "Siti binti Ahmad": daughter of.
            | "bint"
            | "binti"
            // Iban and Bidayuh "child of": "Mayang anak Jimbun".
            | "anak"
            | "ibn"
            | "al"
            | "dos"
            | "das"
            | "ter"
            | "y"
            // Maori "of" inside a name: "Te Kawerau ā Maki".
            | "ā"
            // The Arabic article as written in South Asian names: "Ina ul
            // Rashid", "Sami ud Farooq", "Ali ur Zaman".
            | "ul"
            | "ud"
            | "ur"
    )
}

/// A lowercase word inside a title before its role noun ("UN climate chief",
/// "Tesla chief executive"): accepted when a role noun follows within two words.
pub(super) fn is_premodifier(ws: &[Word], n: usize, lw: &str) -> bool {
    // Words that end a title run (a `match`: asked for up to three words per call).
    fn is_stop(w: &str) -> bool {
        matches!(
            w,
            "and"
                | "or"
                | "but"
                | "to"
                | "of"
                | "who"
                | "which"
                | "that"
                | "has"
                | "have"
                | "had"
                | "was"
                | "is"
                | "are"
                | "were"
                | "will"
                | "would"
                | "on"
                | "in"
                | "at"
                | "for"
                | "with"
                | "by"
                | "from"
                | "as"
                | "said"
                | "says"
                | "also"
                | "not"
                | "after"
                | "before"
                | "than"
                | "then"
        )
    }
    // "the FBI's Denver field office", "the Kyiv city council": after a place
    // (known, or a name after a body's possessive), a noun before a head noun
    // is the body's own modifier, not a verb.
    let placed = || {
        (is_in(&PLACES, ws[n - 1].text) || (n >= 2 && strip_possessive(ws[n - 2].text).1))
            && !lw.ends_with("ed")
            && super::cues::find(lw).is_empty()
            && ws.get(n + 1).is_some_and(is_head_noun)
    };
    // A determiner opens a new phrase: "Acme Corp fired its workers" is a
    // body and its verb's object, not one name.
    if !lw.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        || is_stop(lw)
        || is_det(lw)
        || ws[n - 1].comma_after
        || (is_name_word(ws[n - 1].text)
            && !strip_possessive(ws[n - 1].text).1
            && !is_adjective_shaped(lw)
            && !placed())
    {
        // After a name, a lowercase word is its verb ("Reilly met …"); after a
        // possessive it is not ("Tonga's climate envoy").
        return false;
    }
    ws[n + 1..]
        .iter()
        .take(2)
        .take_while(|w| !is_stop(w.text) && !is_det(w.text))
        .any(is_head_noun)
}

/// A lowercase role or body noun that a premodifier can lean on ("envoy",
/// "office", "councils").
fn is_head_noun(w: &Word) -> bool {
    !is_capitalised(w.text) && {
        let one = singular(w.text);
        is_in(&ROLE_NOUNS, &one) || is_in(&BODY_NOUNS, &one)
    }
}

/// An adjective by its ending ("political", "economic", "military",
/// "Norwegian"), or a listed noun-phrase modifier: after a proper modifier it
/// continues a title ("Houthi political official") rather than starting a verb.
fn is_adjective_shaped(lw: &str) -> bool {
    is_in(&NP_MODIFIERS, lw)
        || (lw.len() > 4
            && ["al", "ic", "ary", "ian", "ive", "ese", "ous"]
                .iter()
                .any(|suf| lw.ends_with(suf)))
}

/// A hyphenated participle compound ("Saudi-led", "Singapore-based",
/// "state-owned"): a modifier, never a name or the whole name of a body.
pub fn is_participle_compound(w: &str) -> bool {
    // Most words hold no hyphen: a plain byte test settles them.
    // (A plain loop: words are short, and memchr's setup cost more.)
    if !w.bytes().any(|b| b == b'-') {
        return false;
    }
    w.rsplit_once('-').is_some_and(|(a, b)| {
        !a.is_empty()
            && matches!(
                b,
                "led"
                    | "backed"
                    | "based"
                    | "owned"
                    | "run"
                    | "funded"
                    | "linked"
                    | "allied"
                    | "aligned"
                    | "supported"
                    | "controlled"
                    | "born"
                    | "bred"
                    | "made"
                    | "registered"
                    | "listed"
                    | "headquartered"
                    | "sponsored"
                    | "affiliated"
                    | "installed"
                    | "appointed"
                    | "imposed"
                    | "elected"
                    | "trained"
                    | "educated"
                    | "raised"
                    | "founded"
                    | "brokered"
                    | "financed"
                    | "inspired"
                    | "dominated"
                    | "occupied"
                    | "held"
            )
    })
}

/// Lowercase nouns that describe a company or body before its name
/// ("mining giant Codelco", "rights group Amnesty").
pub(super) fn is_descriptor(lw: &str) -> bool {
    matches!(
        lw,
        "giant"
            | "maker"
            | "major"
            | "carrier"
            | "retailer"
            | "lender"
            | "insurer"
            | "operator"
            | "producer"
            | "startup"
            | "start-up"
            | "conglomerate"
            | "chain"
            | "broadcaster"
            | "carmaker"
            | "automaker"
            | "chipmaker"
            | "drugmaker"
            | "manufacturer"
            | "airline"
            | "utility"
            | "developer"
            | "publisher"
            | "supplier"
            | "provider"
            | "platform"
            | "outlet"
            | "daily"
            | "tabloid"
            | "group"
            | "company"
            | "firm"
            | "union"
            | "party"
            | "charity"
            | "agency"
            | "organisation"
            | "organization"
            | "institute"
            | "trust"
            | "ngo"
            | "watchdog"
    )
}

/// Plural nouns for groups speaking together ("the G7 nations", "the allies").
pub(super) fn is_plural_group(lw: &str) -> bool {
    matches!(
        lw,
        "nations"
            | "countries"
            | "allies"
            | "members"
            | "states"
            | "leaders"
            | "governments"
            | "officials"
            | "ministers"
            | "family"
            | "relatives"
            | "parents"
            // Armed groups speak as one ("Houthi rebels said", "the separatists said").
            | "rebels"
            | "fighters"
            | "militants"
            | "separatists"
            | "insurgents"
            | "militias"
    )
}
