//! Who a noun phrase names: a person with a title, a body, a pronoun, a role
//! noun to resolve ("the army chief"), or a document that speaks for its issuer.
//!
//! Names are recognised by shape, never looked up: a run of capitalised words
//! that are not titles, places or organisation heads is a person's name; the
//! words before it are the role as written ("Kremlin spokesman").

use super::lexicon::{
    is_in, singular, BODY_NOUNS, CHUNK_OPENERS_SKIP, DEMONYMS, DOC_NOUNS, LEADING_CONJ, NOT_NAME,
    NP_MODIFIERS, ORG_HEADS, PLACES, PRONOUNS, ROLE_NOUNS, THING_HEADS, TITLE_WORDS,
};
use super::text::{is_capitalised, strip_possessive, words, Word};
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
    },
}

fn is_det(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
    )
}

fn is_noun_in(list: &[&str], w: &str) -> bool {
    is_in(list, w) || is_in(list, &singular(w))
}

fn is_acronym(w: &str) -> bool {
    let core = strip_possessive(w).0;
    let letters = core.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && core
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '-' || c == '&')
        || (core.len() >= 2
            && core.starts_with(|c: char| c.is_ascii_uppercase())
            && core[1..].chars().all(|c| c.is_ascii_digit()))
}

/// Could this capitalised word be part of a person's name?
pub fn is_name_word(w: &str) -> bool {
    let (core, _) = strip_possessive(w);
    is_capitalised(core)
        && !is_acronym(core)
        && !is_in(TITLE_WORDS, core)
        && !is_in(ORG_HEADS, core)
        && !is_in(DEMONYMS, core)
        && !is_in(PLACES, core)
        && !is_in(NOT_NAME, core)
        && !core.contains(['#', '@'])
        && core.chars().any(char::is_lowercase)
}

/// Lowercase prepositions that can join the parts of one noun phrase.
fn is_joiner(w: &str) -> bool {
    matches!(w, "of" | "for" | "to" | "from" | "in")
}

/// Longest noun phrase at the start of `ws`; returns how many words it took.
pub fn np_extent(ws: &[Word]) -> usize {
    let mut n = 0;
    let mut last_content = 0; // words up to the last head-like word
    let mut in_org_name = false; // after "Department of…": "and" may join
    while n < ws.len() {
        let w = ws[n].text;
        let lw = strip_possessive(w).0.to_ascii_lowercase();
        if w.contains('#') {
            break;
        }
        let ok = if n == 0 && is_det(w) {
            true
        } else if is_capitalised(w) || is_acronym(w) {
            !is_in(NOT_NAME, strip_possessive(w).0) || (n > 0 && is_in(PLACES, w))
        } else if is_noun_in(ROLE_NOUNS, &lw)
            || is_noun_in(BODY_NOUNS, &lw)
            || is_in(DOC_NOUNS, &lw)
            || is_plural_group(&lw)
            || is_in(NP_MODIFIERS, &lw)
        {
            true
        } else if n > 0
            && (is_particle(&lw) || (lw == "and" && in_org_name))
            && is_capitalised(ws[n - 1].text)
            && ws.get(n + 1).is_some_and(|x| is_capitalised(x.text))
            && !ws[n - 1].comma_after
        {
            // "Villeroy de Galhau", "Department of Health and Social Care"
            true
        } else if n > 0 && is_premodifier(ws, n, &lw) {
            // "UN climate chief", "Tesla chief executive"
            true
        } else if is_joiner(&lw) && n > 0 && n == last_content {
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
                        && (is_in(NP_MODIFIERS, ws[k].text)
                            || is_noun_in(ROLE_NOUNS, ws[k].text))));
            if lw == "in" && !is_noun_in(BODY_NOUNS, ws[n - 1].text) {
                false
            } else if next_ok {
                in_org_name |=
                    is_in(ORG_HEADS, ws[n - 1].text) && matches!(lw.as_str(), "of" | "for");
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
        let head_like = is_capitalised(w)
            || is_acronym(w)
            || is_noun_in(ROLE_NOUNS, &lw)
            || is_noun_in(BODY_NOUNS, &lw)
            || is_in(DOC_NOUNS, &lw)
            || is_plural_group(&lw);
        if head_like && !(n == 1 && is_det(w)) {
            last_content = n;
        }
        if ws[n - 1].comma_after {
            break;
        }
    }
    last_content
}

/// Lowercase particles inside names ("Villeroy de Galhau", "van der Leyen").
fn is_particle(lw: &str) -> bool {
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
            | "ibn"
            | "al"
            | "dos"
            | "das"
            | "ter"
            | "y"
    )
}

/// A lowercase word inside a title before its role noun ("UN climate chief",
/// "Tesla chief executive"): accepted when a role noun follows within two words.
fn is_premodifier(ws: &[Word], n: usize, lw: &str) -> bool {
    const STOP: &[&str] = &[
        "and", "or", "but", "to", "of", "who", "which", "that", "has", "have", "had", "was", "is",
        "are", "were", "will", "would", "on", "in", "at", "for", "with", "by", "from", "as",
        "said", "says", "also", "not", "after", "before", "than", "then",
    ];
    if !lw.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        || STOP.contains(&lw)
        || ws[n - 1].comma_after
        || is_name_word(ws[n - 1].text)
    {
        return false; // after a name, a lowercase word is its verb ("Reilly met …")
    }
    ws[n + 1..]
        .iter()
        .take(2)
        .take_while(|w| !STOP.contains(&w.text))
        .any(|w| is_in(ROLE_NOUNS, &singular(w.text)) && !is_capitalised(w.text))
}

/// Plural nouns for groups speaking together ("the G7 nations", "the allies").
fn is_plural_group(lw: &str) -> bool {
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
    )
}

/// Interpret the noun phrase `ws` (already delimited).
pub fn interpret(ws: &[Word]) -> Option<Referent> {
    let ws: Vec<&str> = ws.iter().map(|w| w.text).collect();
    if ws.is_empty() {
        return None;
    }
    if ws.len() == 1 && is_in(PRONOUNS, ws[0]) {
        return Some(Referent::Pronoun(ws[0].to_ascii_lowercase()));
    }
    let det = ws
        .first()
        .filter(|w| is_det(w))
        .map(|w| w.to_ascii_lowercase());
    let body: Vec<&str> = if det.is_some() {
        ws[1..].to_vec()
    } else {
        ws.clone()
    };
    if body.is_empty() {
        return None;
    }
    // Split a lowercase head from its complement: "ministers | from the G7".
    let split = body.iter().enumerate().position(|(i, w)| {
        i > 0 && is_joiner(w) && !is_capitalised(body[i - 1]) && !is_acronym(body[i - 1])
    });
    let (head_part, complement) = match split {
        Some(k) => (&body[..k], &body[k + 1..]),
        None => (&body[..], &[][..]),
    };
    let head = *head_part.last()?;
    let lhead = head.to_ascii_lowercase();
    let complement: Vec<&str> = complement.iter().copied().filter(|w| !is_det(w)).collect();

    if is_in(DOC_NOUNS, &lhead) && !is_capitalised(head) {
        let issuer_words: Vec<&str> = head_part[..head_part.len() - 1]
            .iter()
            .copied()
            .filter(|w| is_capitalised(w) || is_acronym(w))
            .collect();
        let issuer = if complement.is_empty() {
            named_from(&issuer_words, det.as_deref() == Some("the"))
        } else {
            named_from(&complement, false)
        };
        return Some(Referent::Document { issuer });
    }
    if !is_capitalised(head) && !is_acronym(head) {
        let plural = singular(&lhead) != lhead;
        let mods: Vec<String> = head_part[..head_part.len() - 1]
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        let has_proper_mod = head_part[..head_part.len() - 1]
            .iter()
            .any(|w| is_capitalised(w) || is_acronym(w));
        let text = body.join(" ");
        if is_noun_in(ROLE_NOUNS, &lhead) || is_plural_group(&lhead) {
            let group = plural;
            if plural
                && !complement.is_empty()
                && !complement
                    .iter()
                    .all(|w| is_in(PLACES, strip_possessive(w).0))
            {
                // "Foreign ministers from the G7" → "G7 foreign ministers"
                let mut org_words: Vec<&str> = Vec::new();
                for (k, w) in complement.iter().enumerate() {
                    let joins =
                        *w == "of" && complement.get(k + 1).is_some_and(|n| is_capitalised(n));
                    if is_capitalised(w) || is_acronym(w) || joins {
                        org_words.push(w);
                    } else {
                        break;
                    }
                }
                if !org_words.is_empty() {
                    let name = format!(
                        "{} {}",
                        org_words.join(" "),
                        head_part.join(" ").to_lowercase()
                    );
                    return Some(Referent::Named(Named {
                        name,
                        kind: SpeakerKind::Organisation,
                        role: None,
                        group: true,
                    }));
                }
            }
            if plural && !complement.is_empty() {
                let name = head_part.join(" ");
                return Some(Referent::Named(Named {
                    name,
                    kind: SpeakerKind::Organisation,
                    role: None,
                    group,
                }));
            }
            if plural && has_proper_mod {
                let name = head_part.join(" ");
                return Some(Referent::Named(Named {
                    name,
                    kind: SpeakerKind::Organisation,
                    role: None,
                    group,
                }));
            }
            if matches!(det.as_deref(), Some("a" | "an")) && !plural {
                // "a spokeswoman for the ministry", "a Kremlin spokesman": the body speaks.
                if is_mouthpiece(&lhead) {
                    if !complement.is_empty() {
                        if let Some(r) = body_of(&complement) {
                            return Some(r);
                        }
                    }
                    let proper: Vec<&str> = head_part[..head_part.len() - 1]
                        .iter()
                        .copied()
                        .filter(|w| is_capitalised(w) || is_acronym(w))
                        .collect();
                    if !proper.is_empty()
                        && !proper
                            .iter()
                            .all(|w| is_in(DEMONYMS, w) || is_in(PLACES, w))
                    {
                        if let Some(n) = named_from(&proper, true) {
                            return Some(Referent::Named(n));
                        }
                    }
                }
                let name = head_part.join(" ");
                return Some(Referent::Named(Named {
                    name,
                    kind: SpeakerKind::Person,
                    role: Some(text),
                    group: false,
                }));
            }
            return Some(Referent::Role {
                head: singular(&lhead),
                plural,
                modifiers: mods,
                text,
            });
        }
        if is_noun_in(BODY_NOUNS, &lhead) {
            if has_proper_mod || !complement.is_empty() {
                let name = strip_leading_titles(&body).join(" ");
                return Some(Referent::Named(Named {
                    name,
                    kind: SpeakerKind::Organisation,
                    role: None,
                    group: false,
                }));
            }
            return Some(Referent::Body {
                head: singular(&lhead),
                text,
            });
        }
        return None;
    }
    named_from(&body, det.as_deref() == Some("the")).map(Referent::Named)
}

/// Roles that speak for a body rather than for themselves.
fn is_mouthpiece(lhead: &str) -> bool {
    matches!(
        lhead,
        "spokesman" | "spokeswoman" | "spokesperson" | "official" | "source" | "representative"
    )
}

/// The body in a complement ("for the ministry", "for Acme Corp").
fn body_of(complement: &[&str]) -> Option<Referent> {
    let words: Vec<Word> = complement
        .iter()
        .map(|t| Word {
            text: t,
            start: 0,
            end: 0,
            comma_after: false,
        })
        .collect();
    match interpret(&words)? {
        r @ (Referent::Body { .. }
        | Referent::Named(Named {
            kind: SpeakerKind::Organisation,
            ..
        })) => Some(r),
        _ => None,
    }
}

fn strip_leading_titles<'a>(ws: &[&'a str]) -> Vec<&'a str> {
    let skip = ws
        .iter()
        .take_while(|w| {
            is_in(TITLE_WORDS, w)
                || is_in(DEMONYMS, w)
                || is_name_word(w) && !w.ends_with("'s") && !w.ends_with("’s")
        })
        .count();
    if skip < ws.len()
        && ws[skip..]
            .iter()
            .any(|w| w.ends_with("'s") || w.ends_with("’s"))
    {
        // keep "Zelenskiy's office" rather than "office"
        let k = ws
            .iter()
            .position(|w| w.ends_with("'s") || w.ends_with("’s"))
            .unwrap_or(0);
        let start = ws[..k]
            .iter()
            .rposition(|w| !is_name_word(w))
            .map_or(0, |i| i + 1);
        return ws[start..].to_vec();
    }
    ws.to_vec()
}

/// A person or body from capitalised words ("Kremlin spokesman Dmitry Peskov",
/// "the Kremlin", "Ukraine's Foreign Ministry", "NATO").
pub fn named_from(ws: &[&str], after_the: bool) -> Option<Named> {
    let mut ws: Vec<&str> = ws.iter().copied().filter(|w| !is_det(w)).collect();
    if ws.is_empty() {
        return None;
    }
    // "Milley's" (as in "Milley's calls"): the possessor is the entity.
    if let Some(last) = ws.last_mut() {
        *last = strip_possessive(last).0;
    }
    if ws
        .iter()
        .all(|w| is_in(DEMONYMS, w) || is_in(TITLE_WORDS, w) || is_in(NOT_NAME, w))
    {
        return None;
    }
    if ws.last().is_some_and(|w| is_in(THING_HEADS, w)) {
        return None;
    }
    let has_org_head = ws
        .iter()
        .any(|w| is_in(ORG_HEADS, strip_possessive(w).0) && is_capitalised(w));
    // "Cedric Schuster of Samoa", "Jane Roe at Acme": the name ends before "of".
    if let Some(k) = ws.iter().position(|w| matches!(*w, "of" | "from" | "at")) {
        if !after_the && k > 1 && is_name_word(ws[k - 1]) && is_name_word(ws[k - 2]) {
            ws.truncate(k);
        }
    }
    // Trailing run of name words (particles allowed inside).
    let mut k = ws.len();
    while k > 0
        && (is_name_word(ws[k - 1]) || (k < ws.len() && k > 1 && is_particle(ws[k - 1])))
        && !ws[k - 1].ends_with("'s")
        && !ws[k - 1].ends_with("’s")
    {
        k -= 1;
    }
    let run = &ws[k..];
    let last_is_org = is_in(ORG_HEADS, ws[ws.len() - 1]);
    if !(run.is_empty() || after_the || last_is_org || has_org_head && k == 0) {
        let name = run.join(" ");
        let role = (k > 0).then(|| ws[..k].join(" "));
        return Some(Named {
            name,
            kind: SpeakerKind::Person,
            role,
            group: false,
        });
    }
    let name = ws.join(" ");
    Some(Named {
        name,
        kind: SpeakerKind::Organisation,
        role: None,
        group: false,
    })
}

/// The subject of a reporting verb, read backwards from the cue over the
/// comma-separated chunks of `seg` (skipping parentheticals, relative clauses and
/// adverbials; taking a name from an apposition).
pub fn subject_before(seg: &str) -> Option<Referent> {
    let chunks: Vec<&str> = seg.split([',', ';', '(', ')', '—', '–']).collect();
    let mut i = chunks.len();
    while i > 0 {
        i -= 1;
        let ws = words(chunks[i]);
        let ws = skip_leading(&ws);
        if ws.is_empty() {
            continue;
        }
        let first = ws[0].text.to_ascii_lowercase();
        if is_in(PRONOUNS, &first) {
            return (ws.len() <= 3).then_some(Referent::Pronoun(first));
        }
        if ws
            .iter()
            .skip(1)
            .any(|w| matches!(w.text, "who" | "which" | "whose"))
        {
            continue; // "the Democrat who chairs the committee": an apposition
        }
        if is_in(CHUNK_OPENERS_SKIP, &first) {
            if let Some(r) = after_leading_phrase(ws) {
                return Some(r);
            }
            continue;
        }
        // A list tail ("…, Japan, the United States and Britain"): go to its head,
        // past the items and an "including …" chunk.
        if i > 0 && is_list_item(chunks[i - 1]) && words(chunks[i]).iter().any(|w| w.text == "and")
        {
            let mut j = i - 1;
            while j > 0 && is_list_item(chunks[j]) {
                j -= 1;
            }
            let jw = words(chunks[j]);
            if jw
                .first()
                .is_some_and(|w| matches!(w.text, "including" | "like" | "such"))
            {
                i = j;
                continue;
            }
            i = j + 1;
            continue;
        }
        let n = np_extent(ws);
        if n == 0 {
            // The subject is not adjacent ("… Kyiv had called on"): no subject here.
            return None;
        }
        let mut r = interpret(&ws[..n])?;
        if let Referent::Document { issuer: None } = r {
            r = Referent::Document {
                issuer: issuer_after(&ws[n..]),
            };
        }
        return Some(with_apposition(r, &chunks[..i]));
    }
    None
}

/// "the joint statement released by the Foreign Office": the issuer after a document.
fn issuer_after(ws: &[Word]) -> Option<Named> {
    let k = ws.iter().position(|w| matches!(w.text, "by" | "from"))?;
    if k > 2
        || !ws[..k].iter().all(|w| {
            matches!(
                w.text,
                "released" | "issued" | "published" | "put" | "out" | "sent" | "posted"
            )
        })
    {
        return None;
    }
    let rest = &ws[k + 1..];
    let n = np_extent(rest);
    match interpret(&rest[..n])? {
        Referent::Named(nm) => Some(nm),
        _ => None,
    }
}

/// Is this a role description rather than a name ("chairman of the Joint Chiefs")?
fn is_role_only(r: &Referent) -> Option<String> {
    match r {
        Referent::Role {
            text,
            plural: false,
            ..
        } => Some(text.clone()),
        Referent::Named(n)
            if n.kind == SpeakerKind::Person && !n.name.split_whitespace().any(is_name_word) =>
        {
            Some(n.role.clone().unwrap_or_else(|| n.name.clone()))
        }
        _ => None,
    }
}

/// "…spokeswoman, Yulia Mendel, added": a bare name takes its role from the chunk
/// before; "John Smith, a spokesman for X, said": a role chunk yields the name before.
fn with_apposition(r: Referent, before: &[&str]) -> Referent {
    let Some(prev) = before.iter().rev().find(|c| !c.trim().is_empty()) else {
        return r;
    };
    let pw = words(prev);
    let pw = skip_leading(&pw);
    let n = np_extent(pw);
    if n == 0 || n < pw.len() {
        return r;
    }
    let Some(prev_ref) = interpret(&pw[..n]) else {
        return r;
    };
    if let Some(role) = is_role_only(&r) {
        if let Referent::Named(p) = &prev_ref {
            if p.kind == SpeakerKind::Person && p.name.split_whitespace().any(is_name_word) {
                let mut p = p.clone();
                p.role = Some(role);
                return Referent::Named(p);
            }
        }
        return r;
    }
    if let Referent::Named(nm) = &r {
        if nm.kind == SpeakerKind::Person && nm.role.is_none() {
            if let Some(role) = is_role_only(&prev_ref) {
                return Referent::Named(Named {
                    role: Some(role),
                    ..nm.clone()
                });
            }
        }
    }
    r
}

fn is_list_item(chunk: &str) -> bool {
    let ws = words(chunk);
    let ws = skip_leading(&ws);
    !ws.is_empty()
        && ws.len() <= 3
        && ws.iter().all(|w| is_capitalised(w.text) || is_det(w.text))
        && !is_det(ws[0].text)
        || (ws.len() <= 3
            && !ws.is_empty()
            && ws
                .iter()
                .all(|w| is_in(PLACES, w.text) || is_det(w.text) || is_capitalised(w.text)))
}

fn skip_leading<'a, 'b>(ws: &'b [Word<'a>]) -> &'b [Word<'a>] {
    let k = ws
        .iter()
        .take_while(|w| {
            is_in(LEADING_CONJ, w.text) && !is_capitalised(w.text)
                || w.text.eq_ignore_ascii_case("and")
                || w.text.eq_ignore_ascii_case("but")
        })
        .count();
    &ws[k..]
}

/// "On Monday the G7 nations also": the NP after a short leading phrase.
fn after_leading_phrase(ws: &[Word]) -> Option<Referent> {
    let first = ws[0].text.to_ascii_lowercase();
    if !matches!(
        first.as_str(),
        "on" | "in" | "at" | "earlier" | "later" | "meanwhile" | "separately" | "also"
    ) {
        return None;
    }
    let k = ws
        .iter()
        .position(|w| is_det(w.text) && w.text.eq_ignore_ascii_case("the"))?;
    if k > 4 {
        return None;
    }
    let n = np_extent(&ws[k..]);
    interpret(&ws[k..k + n])
}

/// The NP right after a cue ("said Kirby", "according to the ministry").
pub fn subject_after(rest: &str) -> Option<Referent> {
    let ws = words(rest);
    let n = np_extent(&ws);
    if n == 0 {
        return None;
    }
    let r = interpret(&ws[..n])?;
    // "said the union's spokesperson, Jane Roe": the name after the comma.
    if ws[n - 1].comma_after && is_role_only(&r).is_some() {
        let rest = &ws[n..];
        let m = np_extent(rest);
        if let Some(Referent::Named(p)) = (m > 0).then(|| interpret(&rest[..m])).flatten() {
            if p.kind == SpeakerKind::Person && p.name.split_whitespace().any(is_name_word) {
                return Some(Referent::Named(Named {
                    role: is_role_only(&r),
                    ..p
                }));
            }
        }
    }
    // "said Jane Roe, a spokeswoman for …": the role after the comma.
    if let Referent::Named(p) = &r {
        if ws[n - 1].comma_after && p.kind == SpeakerKind::Person && p.role.is_none() {
            let rest = &ws[n..];
            let m = np_extent(rest);
            if let Some(role) = (m > 0)
                .then(|| interpret(&rest[..m]))
                .flatten()
                .as_ref()
                .and_then(is_role_only)
            {
                return Some(Referent::Named(Named {
                    role: Some(role),
                    ..p.clone()
                }));
            }
        }
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(s: &str) -> Named {
        match subject_before(s) {
            Some(Referent::Named(n)) => n,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn person_with_title() {
        let n = named("Defense Department spokesman John Kirby ");
        assert_eq!(n.name, "John Kirby");
        assert_eq!(n.role.as_deref(), Some("Defense Department spokesman"));
        assert_eq!(
            named("U.S. Secretary of State Antony Blinken").name,
            "Antony Blinken"
        );
        assert_eq!(
            named("In Moscow, Deputy Foreign Minister Sergei Ryabkov")
                .role
                .as_deref(),
            Some("Deputy Foreign Minister")
        );
    }

    #[test]
    fn skips_adverbials_and_relative_clauses() {
        assert_eq!(named("Khomchak on March 30 ").name, "Khomchak");
        assert_eq!(
            named("Blinken, who flew to Brussels after a visit, ").name,
            "Blinken"
        );
        assert_eq!(
            named("Mayor Jane Roe, in comments to reporters on Monday, ").name,
            "Jane Roe"
        );
        assert_eq!(
            named("At a news conference with Smith, Jones ").name,
            "Jones"
        );
    }

    #[test]
    fn organisations() {
        let n = named("the State Department ");
        assert_eq!(
            (n.name.as_str(), n.kind),
            ("State Department", SpeakerKind::Organisation)
        );
        assert_eq!(named("The Kremlin had earlier ").name, "Kremlin");
        assert_eq!(
            named("Ukraine's Foreign Ministry last week ").name,
            "Ukraine's Foreign Ministry"
        );
        assert_eq!(
            named("the U.S. mission to the OSCE ").name,
            "U.S. mission to the OSCE"
        );
    }

    #[test]
    fn apposition_names_the_speaker() {
        let n = named("The mayor's spokeswoman, Jane Roe, ");
        assert_eq!(n.name, "Jane Roe");
        assert_eq!(n.role.as_deref(), Some("mayor's spokeswoman"));
    }

    #[test]
    fn roles_pronouns_documents() {
        assert!(
            matches!(subject_before("the Ukrainian army chief "), Some(Referent::Role { ref head, .. }) if head == "chief")
        );
        assert_eq!(
            subject_before(", he "),
            Some(Referent::Pronoun("he".into()))
        );
        assert!(matches!(
            subject_before("the statement "),
            Some(Referent::Document { issuer: None })
        ));
        match subject_before("a White House statement ") {
            Some(Referent::Document { issuer: Some(n) }) => assert_eq!(n.name, "White House"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn groups() {
        assert_eq!(
            named("Foreign ministers from the G7 group of nations ").name,
            "G7 foreign ministers"
        );
        let n =
            named("the foreign ministers of Canada, France, Japan, the United States and Britain ");
        assert!(n.group || n.name.contains("ministers"), "{n:?}");
    }
}
