//! What a noun phrase names: a person with a title, a body, a pronoun, a role
//! noun to resolve, or a document that speaks for its issuer. Names are
//! recognised by shape, never looked up: a run of capitalised words that are not
//! titles, places or organisation heads is a person's name; the words before it
//! are the role as written ("Kremlin spokesman").

use super::lexicon::{
    is_in, singular, BODY_NOUNS, DEMONYMS, DOC_NOUNS, NOT_NAME, ORG_HEADS, PLACES, PRONOUNS,
    ROLE_NOUNS, THING_HEADS, TITLE_WORDS,
};
use super::phrase::{
    gaelic_article, is_acronym, is_descriptor, is_det, is_joiner, is_name_word, is_noun_in,
    is_participle_compound, is_particle, is_plural_group, is_role_noun, is_role_word, Named,
    Referent,
};
use super::text::{is_capitalised, strip_possessive, Sentence, Word};
use crate::attribution::SpeakerKind;

/// "elder", "younger": the word that tells apart two relatives who share a
/// surname ("the elder Roe").
pub(super) fn is_family_age(w: &str) -> bool {
    matches!(w, "elder" | "younger")
}

/// "Mira Sen", "Ada Gov": a word that is also a title's short form ("Sen."
/// for Senator) but ends a phrase right after a given name, with no period, is
/// a surname; a title stands before the name it goes with, never last.
fn is_short_title_surname(w: &str, before: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    !w.ends_with('.')
        && is_capitalised(w)
        && is_name_word(before)
        && is_in(&TITLE_WORDS, &lower)
        && is_in(&TITLE_WORDS, &format!("{lower}."))
}

/// "Cardinal said": a title written alone, capitalised and without a
/// determiner, reads as a role, which the discourse may find to be the
/// surname of a person named earlier ("Delia Cardinal … Cardinal said").
fn lone_title(ws: &[&str]) -> Option<Referent> {
    let [w] = ws else {
        return None;
    };
    let lower = w.to_ascii_lowercase();
    let title = w.len() >= 5 && is_capitalised(w) && is_in(&TITLE_WORDS, &lower);
    (title && !is_in(&ROLE_NOUNS, &lower)).then(|| Referent::Role {
        head: lower.clone(),
        plural: false,
        modifiers: Vec::new(),
        text: (*w).to_string(),
    })
}

/// Interpret the noun phrase `ws` (already delimited).
pub fn interpret(ws: &[Word]) -> Option<Referent> {
    interpret_phrase(ws).map(without_seat)
}

/// `interpret(ws)` for words of the sentence `sent`, read once per phrase:
/// the mention scan and the subject readers of a sentence ask about many of
/// the same phrases ("Jo Roe" before "said"), and the answer depends on the
/// words' text alone. Words that are not the sentence's own are read afresh.
pub fn interpret_in(sent: &Sentence, ws: &[Word]) -> Option<Referent> {
    let Some(i) = sent.position_of(ws) else {
        return interpret(ws);
    };
    let key = (i, ws.len());
    if let Some((_, r)) = sent.interpreted.borrow().iter().find(|(k, _)| *k == key) {
        return r.clone();
    }
    let r = interpret(ws);
    sent.interpreted.borrow_mut().push((key, r.clone()));
    r
}

/// [`interpret_in`] for the sentence's own words `ws` (the mention scan's
/// phrases): the answer stays in the sentence's record, and its index
/// there is returned, so the scan reads it in place instead of a copy.
pub fn interpret_kept(sent: &Sentence, ws: &[Word]) -> usize {
    let at = sent.position_of(ws);
    let mut memo = sent.interpreted.borrow_mut();
    if let Some(k) = at.and_then(|i| memo.iter().position(|(k, _)| *k == (i, ws.len()))) {
        return k;
    }
    // Words not the sentence's own (never the scan's) go under a key no
    // phrase of the sentence has, so that no reader finds them.
    memo.push(((at.unwrap_or(usize::MAX), ws.len()), interpret(ws)));
    memo.len() - 1
}

/// " of " and " in " inside a body's name, searched with prebuilt finders
/// (this runs for every body name read; `split_once` set up a substring
/// searcher each time).
static OF_IN: std::sync::LazyLock<(
    memchr::memmem::Finder<'static>,
    memchr::memmem::FinderRev<'static>,
)> = std::sync::LazyLock::new(|| {
    (
        memchr::memmem::Finder::new(" of "),
        memchr::memmem::FinderRev::new(" in "),
    )
});

/// "The State Border Committee in Minsk said": where a body sits is not part
/// of its name (a body named with "of" or "for", such as "the Embassy of
/// Ukraine in Washington", keeps its place).
fn without_seat(r: Referent) -> Referent {
    let Referent::Named(mut n) = r else {
        return r;
    };
    if n.kind == SpeakerKind::Organisation {
        // "the Mammal Research Institute of the Polish Academy of Sciences":
        // a unit with a proper name of its own, then the body it belongs
        // to, is called by its own name.
        let of = OF_IN.0.find(n.name.as_bytes());
        if let Some((own, parent)) = of.map(|k| (&n.name[..k], &n.name[k + 4..])) {
            let own_words: Vec<&str> = own.split_whitespace().collect();
            let parent = parent.strip_prefix("the ").unwrap_or(parent);
            let own_name = own_words.len() >= 3
                && own_words.iter().all(|w| is_capitalised(w))
                && own_words.last().is_some_and(|w| is_in(&ORG_HEADS, w));
            let parent_body = parent.split_whitespace().count() >= 2
                && parent
                    .split_whitespace()
                    .all(|w| is_capitalised(w) || matches!(w, "of" | "and" | "for"))
                && parent.split_whitespace().any(|w| is_in(&ORG_HEADS, w));
            if own_name && parent_body {
                n.name = own.to_string();
            }
        }
        let in_at = OF_IN.1.rfind(n.name.as_bytes());
        if let Some((own, seat)) = in_at.map(|k| (&n.name[..k], &n.name[k + 4..])) {
            let seat = seat.strip_prefix("the ").unwrap_or(seat);
            let placed = !seat.is_empty() && seat.split_whitespace().all(is_capitalised);
            let own_words: Vec<&str> = own.split_whitespace().collect();
            let headed = own_words.len() >= 2
                && !own_words.iter().any(|w| matches!(*w, "of" | "for" | "in"))
                && own_words.last().is_some_and(|w| {
                    let l = w.to_ascii_lowercase();
                    is_noun_in(&BODY_NOUNS, &l) || is_in(&ORG_HEADS, w)
                })
                // "the Russian Embassy in Washington", "the Higher Court in
                // Kruševac": a diplomatic post or a court is named by its seat.
                && !own_words.iter().any(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "embassy"
                            | "consulate"
                            | "mission"
                            | "delegation"
                            | "legation"
                            | "high"
                            | "court"
                            | "tribunal"
                    )
                });
            if placed && headed {
                n.name = own.to_string();
            }
        }
    }
    Referent::Named(n)
}

fn interpret_phrase(ws: &[Word]) -> Option<Referent> {
    let ws = Texts::collect(ws.iter().map(|w| w.text));
    interpret_texts(ws.as_slice())
}

fn interpret_texts(ws: &[&str]) -> Option<Referent> {
    if ws.is_empty() {
        return None;
    }
    if ws.len() == 1 && is_in(&PRONOUNS, ws[0]) {
        return Some(Referent::Pronoun(ws[0].to_ascii_lowercase()));
    }
    if let Some(r) = lone_title(ws) {
        return Some(r);
    }
    // "One engineer", "another official" read as "an engineer".
    let counting = ws.len() > 1
        && matches!(ws[0], "One" | "one" | "Another" | "another")
        && (!is_capitalised(ws[1])
            || is_participle_compound(ws[1])
            || !is_capitalised(ws[ws.len() - 1]));
    let det = ws
        .first()
        .filter(|w| is_det(w))
        .map(|w| w.to_ascii_lowercase())
        .or_else(|| counting.then(|| "a".to_string()));
    let body: &[&str] = if det.is_some() { &ws[1..] } else { ws };
    if body.is_empty() {
        return None;
    }
    // "the elder Roe", "the younger Roe": a family member told apart by age
    // is the person of that name; the age, kept as the role, says it is
    // not the Roe the bare surname stands for (see `Discourse::intern`).
    if det.as_deref() == Some("the") && body.len() > 1 && is_family_age(body[0]) {
        let name = &body[1..];
        if name.iter().all(|w| is_name_word(w)) {
            return named_from(name, false).map(|mut n| {
                n.role = Some(body[0].to_string());
                Referent::Named(n)
            });
        }
    }
    // "Jane Roe of the Acme institute": a person, whatever follows "of".
    if let Some(k) = body.iter().position(|w| matches!(*w, "of" | "from" | "at")) {
        if k >= 2 && det.is_none() && body[..k].iter().all(|w| is_name_word(w)) {
            return named_from(&body[..k], false).map(Referent::Named);
        }
    }
    // Split a lowercase head from its complement: "ministers | from the G7".
    let split = body.iter().enumerate().position(|(i, w)| {
        let Some(&prev) = i.checked_sub(1).and_then(|p| body.get(p)) else {
            return false;
        };
        is_joiner(w)
            && (!is_capitalised(prev) && !is_acronym(prev)
                || det.is_some() && is_role_acronym(prev))
    });
    let (head_part, complement) = match split {
        Some(k) => (&body[..k], &body[k + 1..]),
        None => (body, &[][..]),
    };
    let head = *head_part.last()?;
    let lhead = head.to_ascii_lowercase();
    let complement: Vec<&str> = complement.iter().copied().filter(|w| !is_det(w)).collect();

    if is_in(&DOC_NOUNS, &lhead) && !is_capitalised(head) {
        // "Her statement said": the document speaks for the one "her" is.
        let owner = match ws[0] {
            "Her" | "her" => Some("she"),
            "His" | "his" => Some("he"),
            _ => None,
        };
        if let (Some(p), true) = (owner, complement.is_empty()) {
            return Some(Referent::Pronoun(p.to_string()));
        }
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
        return Some(Referent::Document {
            issuer,
            noun: lhead.clone(),
        });
    }
    // "the Labour MP", "the company's CEO": a role written as an acronym. Without
    // a determiner it is letters after a name ("said Ann Lyle MP").
    let role_acronym = det.is_some() && is_role_acronym(head);
    // "the 58-year-old said": the person of that age, found like a role.
    // "said the Spaniard": a noun for someone of a country is, like an age,
    // a description of a person already named.
    let demonym_noun = is_capitalised(head) && is_in(&super::lexicon::DEMONYM_NOUNS, &lhead);
    if det.as_deref() == Some("the")
        && body.len() == 1
        && (super::phrase::is_age_modifier(&lhead) || demonym_noun)
    {
        return Some(Referent::Role {
            head: lhead.clone(),
            plural: false,
            modifiers: Vec::new(),
            text: body.join(" "),
        });
    }
    if role_acronym || (!is_capitalised(head) && !is_acronym(head)) {
        let plural = singular(&lhead) != lhead;
        let mods: Vec<String> = head_part[..head_part.len() - 1]
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        let has_proper_mod = head_part[..head_part.len() - 1]
            .iter()
            .any(|w| is_capitalised(w) || is_acronym(w));
        let text = body.join(" ");
        if is_collective(&lhead) && complement.is_empty() {
            // "the family said … they said": relatives speaking as one.
            return Some(Referent::Named(Named {
                name: text,
                kind: SpeakerKind::Organisation,
                role: None,
                group: true,
            }));
        }
        if is_role_noun(&lhead) && !plural && named_after_complement(&complement) {
            // "UN special envoy for Yemen Anders Lindqvist": the name closes the title.
            return named_from(body, false).map(Referent::Named);
        }
        if is_role_noun(&lhead) || is_plural_group(&lhead) {
            let group = plural;
            if plural
                && !complement.is_empty()
                && !complement
                    .iter()
                    .all(|w| is_in(&PLACES, strip_possessive(w).0))
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
                // "Yemen's Houthi rebels" are the Houthi rebels.
                let own = head_part
                    .iter()
                    .position(|w| {
                        let (core, possessive) = strip_possessive(w);
                        !(possessive && is_in(&PLACES, core))
                    })
                    .filter(|&k| {
                        head_part[k..]
                            .iter()
                            .any(|w| is_capitalised(w) || is_acronym(w))
                    })
                    .unwrap_or(0);
                let name = head_part[own..].join(" ");
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
                        // The body keeps the mouthpiece as a role, so that a
                        // later "the spokesperson" is found to speak for it.
                        if let Some(r) = body_of(&complement) {
                            return Some(match r {
                                Referent::Named(n) => Referent::Named(Named {
                                    role: Some(lhead.clone()),
                                    ..n
                                }),
                                r => r,
                            });
                        }
                    }
                    // "a Russian-installed official": a participle compound
                    // says who installed or backs the person, not whom they speak for.
                    let proper: Vec<&str> = head_part[..head_part.len() - 1]
                        .iter()
                        .copied()
                        .filter(|w| {
                            (is_capitalised(w) || is_acronym(w)) && !is_participle_compound(w)
                        })
                        .collect();
                    if !proper.is_empty()
                        && !proper
                            .iter()
                            .all(|w| is_in(&DEMONYMS, w) || is_in(&PLACES, w))
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
            // "His lawyer said": the text keeps whose role it is, so that the
            // holder is found through the person "his" refers to.
            let owned = !plural
                && complement.is_empty()
                && mods.is_empty()
                && !is_mouthpiece(&lhead)
                && matches!(det.as_deref(), Some("his" | "her"));
            let text = if owned {
                format!("{} {text}", det.as_deref().unwrap_or_default())
            } else {
                text
            };
            return Some(Referent::Role {
                head: singular(&lhead),
                plural,
                modifiers: mods,
                text,
            });
        }
        if let Some(owner) = press_office_owner(ws, ws.len() - body.len(), head_part) {
            return interpret_texts(&owner);
        }
        if is_noun_in(&BODY_NOUNS, &lhead) || is_descriptor(&lhead) {
            // "the IG Metall union", "the Labour party": the proper name is the body.
            let proper: Vec<&str> = head_part[..head_part.len() - 1]
                .iter()
                .copied()
                .filter(|w| is_capitalised(w) || is_acronym(w))
                .collect();
            // "the official Xinhua news agency": descriptors around the name.
            let descriptors = head_part[..head_part.len() - 1]
                .iter()
                .filter(|w| !is_capitalised(w) && !is_acronym(w))
                .all(|w| is_agency_descriptor(w));
            // "the Haifa municipality", "the Kyiv city council": a body that
            // governs the place named before it is not called by that place;
            // nor is the force that polices it ("Port Vale police said").
            let governs = matches!(lhead.as_str(), "municipality" | "council" | "police");
            let own_name = !proper.is_empty()
                && complement.is_empty()
                && descriptors
                && !governs
                && proper.iter().all(|w| {
                    !strip_possessive(w).1
                        && !is_in(&DEMONYMS, w)
                        && !is_in(&PLACES, w)
                        && !is_in(&TITLE_WORDS, w)
                        && !is_participle_compound(w)
                });
            if own_name {
                return Some(Referent::Named(Named {
                    name: proper.join(" "),
                    kind: SpeakerKind::Organisation,
                    role: None,
                    group: false,
                }));
            }
            if has_proper_mod || !complement.is_empty() {
                let name = strip_leading_titles(body).join(" ");
                return Some(Referent::Named(Named {
                    name,
                    kind: SpeakerKind::Organisation,
                    role: None,
                    group: false,
                }));
            }
            // "the city's water department": a body owned by another is one
            // of its own, never the company the story is about.
            let owned = head_part.len() > 2
                && head_part[..head_part.len() - 1]
                    .iter()
                    .any(|w| strip_possessive(w).1);
            if owned && det.as_deref() == Some("the") {
                return Some(Referent::Named(Named {
                    name: text,
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
    // "the Idaho Republican", "the Democrat": a member of a US party, read
    // like "the senator" and resolved to the person the text tagged so.
    if det.as_deref() == Some("the") && body.len() <= 3 {
        let party = strip_possessive(head).0;
        if matches!(party, "Republican" | "Democrat" | "Independent") {
            return Some(Referent::Role {
                head: party.to_ascii_lowercase(),
                plural: false,
                modifiers: body[..body.len() - 1]
                    .iter()
                    .map(|s| (*s).to_string())
                    .collect(),
                text: body.join(" "),
            });
        }
    }
    let named = named_from(body, det.as_deref() == Some("the"));
    match (named, det.as_deref()) {
        (None, Some("the") | None) => capitalised_role(body),
        // "Jo Roe, Director of the Office of Nuclear Security, said": a run
        // of capitalised titles with no name is an office, not a body.
        (Some(n), None) if n.kind == SpeakerKind::Organisation => {
            capitalised_role(body).or(Some(Referent::Named(n)))
        }
        // "The Ashanti Regional Minister", "the Northern Commissioner": an
        // office closed by a title, its other words the region it serves.
        // "The Minister for Tourism": a title before its portfolio is an
        // office, whatever the portfolio's word, not a body of that name.
        (Some(n), Some("the")) if n.kind == SpeakerKind::Organisation => regional_office(body)
            .or_else(|| capitalised_role(body))
            .or(Some(Referent::Named(n))),
        (n, _) => n.map(Referent::Named),
    }
}

/// "the ministry's press service said", "Gazprom's press office": the office
/// that issues a body's statements speaks for that body, as its spokesman
/// does, so the phrase stands for its owner ("the ministry", "Gazprom").
/// `head_part` starts at `ws[from]`.
fn press_office_owner<'a>(
    ws: &[&'a str],
    from: usize,
    head_part: &[&'a str],
) -> Option<Vec<&'a str>> {
    let [.., owner, kind, office] = head_part else {
        return None;
    };
    let press = matches!(*kind, "press" | "media" | "communications" | "information")
        && matches!(
            *office,
            "service" | "office" | "department" | "team" | "unit"
        );
    let (core, possessive) = strip_possessive(owner);
    if !press || !possessive || core.is_empty() {
        return None;
    }
    let at = from + head_part.len() - 3;
    let mut words = ws[..at].to_vec();
    words.push(core);
    Some(words)
}

/// "Ashanti Regional Minister": capitalised words closed by a singular title
/// that is a role noun, none of them a body's head or a joiner, make an office.
fn regional_office(title: &[&str]) -> Option<Referent> {
    let (last, mods) = title.split_last()?;
    let head = last.to_ascii_lowercase();
    let office = !mods.is_empty()
        && is_in(&TITLE_WORDS, &head)
        && is_noun_in(&ROLE_NOUNS, &head)
        && singular(&head) == head
        && mods.iter().all(|w| {
            is_capitalised(w) && !is_joiner(w) && !is_in(&ORG_HEADS, strip_possessive(w).0)
        });
    office.then(|| Referent::Role {
        head: head.clone(),
        plural: false,
        modifiers: mods.iter().map(|w| w.to_ascii_lowercase()).collect(),
        text: title.join(" "),
    })
}

/// "The Taoiseach", "The Prime Minister", "The Minister for Foreign Affairs":
/// a capitalised title with no name is a role, resolved like "the minister".
pub(super) fn capitalised_role(body: &[&str]) -> Option<Referent> {
    let k = body.iter().position(|w| is_joiner(w)).unwrap_or(body.len());
    let title = &body[..k];
    let head = title.last()?.to_ascii_lowercase();
    let all_titles = title.iter().all(|w| is_in(&TITLE_WORDS, w));
    if !all_titles || !is_noun_in(&ROLE_NOUNS, &head) || singular(&head) != head {
        return None;
    }
    let modifiers = body
        .iter()
        .filter(|w| !is_joiner(w) && !w.eq_ignore_ascii_case(&head))
        .map(|w| w.to_ascii_lowercase())
        .collect();
    Some(Referent::Role {
        head,
        plural: false,
        modifiers,
        text: body.join(" "),
    })
}

/// Lowercase words that describe a body around its own name ("the official
/// Xinhua news agency", "state broadcaster"): not part of the name.
fn is_agency_descriptor(w: &str) -> bool {
    matches!(
        w,
        "official"
            | "semi-official"
            | "semiofficial"
            | "state"
            | "state-run"
            | "state-owned"
            | "state-controlled"
            | "government-run"
            | "news"
            | "press"
            | "wire"
    )
}

/// Nouns for relatives speaking together ("the family", "her parents").
fn is_collective(lw: &str) -> bool {
    matches!(lw, "family" | "relatives" | "parents")
}

/// Does a title's complement end with a person's full name after its own
/// words ("for Yemen | Anders Lindqvist")?
fn named_after_complement(complement: &[&str]) -> bool {
    let run = complement
        .iter()
        .rev()
        .take_while(|w| is_name_word(w) && !strip_possessive(w).1)
        .count();
    run >= 2 && run < complement.len()
}

/// Roles that speak for a body rather than for themselves ("a Kremlin
/// spokesman"). An unnamed official or source speaks for themselves: "a
/// senior Commission official" is a person, not the Commission.
/// A role written as an acronym: "MP", "CEO", "MEP".
fn is_role_acronym(w: &str) -> bool {
    is_acronym(w) && is_noun_in(&ROLE_NOUNS, &w.to_ascii_lowercase())
}

pub(super) fn is_mouthpiece(lhead: &str) -> bool {
    matches!(
        lhead,
        "spokesman" | "spokeswoman" | "spokesperson" | "representative"
    )
}

/// The body in a complement ("for the ministry", "for Acme Corp").
pub(super) fn body_of(complement: &[&str]) -> Option<Referent> {
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
        // "a spokeswoman for the Health Minister": an office held by one
        // person is no body; the spokeswoman speaks as herself.
        Referent::Named(Named {
            kind: SpeakerKind::Organisation,
            name,
            ..
        }) if name.rsplit(' ').next().is_some_and(|w| {
            let l = w.to_ascii_lowercase();
            singular(&l) == l && is_in(&ROLE_NOUNS, &l) && is_in(&TITLE_WORDS, &l)
        }) =>
        {
            None
        }
        r @ (Referent::Body { .. }
        | Referent::Named(Named {
            kind: SpeakerKind::Organisation,
            ..
        })) => Some(r),
        _ => None,
    }
}

pub(super) fn strip_leading_titles<'a>(ws: &[&'a str]) -> Vec<&'a str> {
    let skip = ws
        .iter()
        .take_while(|w| {
            is_in(&TITLE_WORDS, w)
                || is_in(&DEMONYMS, w)
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
    // "Nic an tSaoi": the Gaelic article inside a surname is no determiner.
    let mut texts = Texts::collect(ws.iter().enumerate().filter_map(|(i, w)| {
        let inside = i > 0 && gaelic_article(ws[i - 1], w, ws.get(i + 1).copied());
        (inside || !is_det(w)).then_some(*w)
    }));
    // "Milley's" (as in "Milley's calls"): the possessor is the entity.
    if let Some(last) = texts.as_mut_slice().last_mut() {
        *last = strip_possessive(last).0;
    }
    let mut ws = texts.as_slice();
    if ws.is_empty() {
        return None;
    }
    // "JSE-listed", "Kremlin-backed" standing alone: a description of what
    // follows, no one's name.
    if ws.iter().all(|w| super::phrase::is_participle_compound(w)) {
        return None;
    }
    // "Sarah Whitcombe KC", "Jo Roe MP": letters after a full name are an
    // honour or an office, not part of the name.
    if let [.., a, b, last] = ws {
        if is_post_nominal(last) && is_name_word(a) && is_name_word(b) {
            ws = &ws[..ws.len() - 1];
        }
    }
    // "NATO said", "The U.N. said", "Nato said": an acronym that usually
    // modifies ("NATO allies") names the body itself when it stands alone.
    let lone_acronym = ws.len() == 1 && {
        let w = strip_possessive(ws[0]).0;
        is_acronym(w) || (is_capitalised(w) && w.len() <= 4 && is_in(&DEMONYMS, w))
    };
    if !lone_acronym
        && ws
            .iter()
            .all(|w| is_in(&DEMONYMS, w) || is_in(&TITLE_WORDS, w) || is_in(&NOT_NAME, w))
    {
        return None;
    }
    if ws.last().is_some_and(|w| is_in(&THING_HEADS, w)) {
        return None;
    }
    // "Hurricane Beryl", "Typhoon Haiyan", "Storm Ciarán": a named storm.
    if ws.len() > 1
        && matches!(
            ws[0],
            "Hurricane" | "Typhoon" | "Cyclone" | "Storm" | "Tropical" | "Tornado" | "Bushfire"
        )
    {
        return None;
    }
    let has_org_head = ws
        .iter()
        .any(|w| is_in(&ORG_HEADS, strip_possessive(w).0) && is_capitalised(w));
    // "Cedric Schuster of Samoa", "Jane Roe at Acme": the name ends before "of".
    // "Pieter de Graaf of the Rabobank": a particle may stand inside.
    if let Some(k) = ws.iter().position(|w| matches!(*w, "of" | "from" | "at")) {
        let named_before = k > 1
            && is_name_word(ws[k - 1])
            && (is_name_word(ws[k - 2])
                || (k > 2 && is_particle(ws[k - 2]) && is_name_word(ws[k - 3])));
        if !after_the && named_before {
            ws = &ws[..k];
        }
    }
    // "von Bredow": a surname written with its lowercase particle first.
    let particle_first = ws.len() > 1 && is_particle(ws[0]) && is_name_word(ws[ws.len() - 1]);
    // Trailing run of name words (particles allowed inside).
    let mut k = ws.len();
    while k > 0
        && (is_name_word(ws[k - 1])
            || (k == ws.len() && k >= 2 && is_short_title_surname(ws[k - 1], ws[k - 2]))
            || (k < ws.len() && (k > 1 || particle_first) && is_particle(ws[k - 1]))
            || (k > 1 && k < ws.len() && gaelic_article(ws[k - 2], ws[k - 1], Some(ws[k]))))
        && !ws[k - 1].ends_with("'s")
        && !ws[k - 1].ends_with("’s")
    {
        k -= 1;
    }
    // "Teammate Park Yong-taik", "Neighbour Ann Lee": a capitalised role noun
    // opening a full name is who the person is, not a first given name.
    if ws.len() - k >= 3
        && is_capitalised(ws[k])
        && is_role_noun(&ws[k].to_ascii_lowercase())
        && ws[k + 1..].iter().all(|w| is_name_word(w))
    {
        k += 1;
    }
    let run = &ws[k..];
    if k > 0 && !run.is_empty() {
        let before = ws[k - 1].to_ascii_lowercase();
        if is_descriptor(&before)
            || (is_noun_in(&BODY_NOUNS, &before) && !is_capitalised(ws[k - 1]))
        {
            return Some(Named {
                name: run.join(" "),
                kind: SpeakerKind::Organisation,
                role: Some(ws[..k].join(" ")),
                group: false,
            });
        }
    }
    let last_is_org = is_in(&ORG_HEADS, ws[ws.len() - 1]);
    // "Department of Health and Social Care": the words after "and" end the
    // body's name; they are nobody's name.
    let joined_to_body = has_org_head && k > 0 && matches!(ws[k - 1], "and" | "&");
    if joined_to_body {
        return Some(Named {
            name: ws.join(" "),
            kind: SpeakerKind::Organisation,
            role: None,
            group: false,
        });
    }
    // "Secretary of Health and Human Services Dana Mercer": the run after an
    // office's "and" opens with the rest of the office; the name is its last
    // two words (and a particle before them).
    if k > 1 && ws[k - 1] == "and" && run.len() > 2 && ws[..k].iter().any(|w| is_joiner(w)) {
        let mut j = ws.len() - 2;
        while j > k + 1 && is_particle(ws[j - 1]) {
            j -= 1;
        }
        k = j;
    }
    // "Minister of Information Jamal Jarrah", "Director for Tourism Jo Roe":
    // an office's "of" or "for" is followed by its portfolio, so the first
    // word after it belongs to the office even when no list knows the word.
    if k >= 2
        && ws.len() - k >= 2
        && matches!(ws[k - 1], "of" | "for")
        && is_capitalised(ws[k - 2])
        && (is_in(&TITLE_WORDS, ws[k - 2]) || is_role_noun(&ws[k - 2].to_ascii_lowercase()))
    {
        k += 1;
    }
    let run = &ws[k..];
    // "the farmer Tomas Brel": after "the", a role noun in lowercase and then
    // a full name is that person, not a body called by its name.
    let role_then_name = after_the
        && k > 0
        && run.len() >= 2
        && !is_capitalised(ws[k - 1])
        && is_role_word(ws[k - 1])
        && !has_org_head;
    // "SPAC Research", "IBM Research", "BBC Sport": one capitalised word after
    // acronyms alone is a body's name, not a person with an acronym for a role.
    if run.len() == 1 && k > 0 && ws[..k].iter().all(|w| is_acronym(w)) {
        return Some(Named {
            name: ws.join(" "),
            kind: SpeakerKind::Organisation,
            role: None,
            group: false,
        });
    }
    // "president of the Federation of Taxi Cooperatives": the words after a
    // body's own "of" complete the body's name; they are nobody's name.
    let body_complement = k >= 2
        && matches!(ws[k - 1], "of" | "for")
        && is_capitalised(ws[k - 2])
        && is_in(&ORG_HEADS, ws[k - 2]);
    if role_then_name
        || !(run.is_empty()
            || after_the
            || last_is_org
            || has_org_head && k == 0
            || body_complement)
    {
        let name = run.join(" ");
        let role = (k > 0).then(|| ws[..k].join(" "));
        return Some(Named {
            name,
            kind: SpeakerKind::Person,
            role,
            group: false,
        });
    }
    // "the watchdog Centre for Press Freedom", "the Belgrade-based NGO Centre
    // for …", "the ruling Progress Party": what stands before a body's
    // capitalised name describes it.
    let lead = ws
        .iter()
        .take_while(|w| {
            !is_capitalised(w) && !is_acronym(w)
                || is_participle_compound(w)
                || is_acronym(w) && is_descriptor(&w.to_ascii_lowercase())
        })
        .count();
    if has_org_head
        && lead > 0
        && ws[lead..].len() >= 2
        && ws[lead..]
            .iter()
            .any(|w| is_in(&ORG_HEADS, strip_possessive(w).0))
    {
        return Some(Named {
            name: ws[lead..].join(" "),
            kind: SpeakerKind::Organisation,
            role: Some(ws[..lead].join(" ")),
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

/// Letters written after a name for an honour, a rank at the bar or a seat
/// ("KC", "QC", "MP", "OBE", a doctorate).
fn is_post_nominal(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "KC" | "QC"
            | "SC"
            | "MP"
            | "MSP"
            | "MEP"
            | "MLA"
            | "MPP"
            | "TD"
            | "OBE"
            | "MBE"
            | "CBE"
            | "KBE"
            | "DBE"
            | "PhD"
    )
}

/// The words of a noun phrase as text: on the stack when there are few (as
/// there nearly always are), so reading a phrase allocates nothing.
struct Texts<'a> {
    buf: [&'a str; 16],
    len: usize,
    heap: Vec<&'a str>,
}

impl<'a> Texts<'a> {
    #[inline]
    fn collect(it: impl Iterator<Item = &'a str>) -> Self {
        let mut t = Texts {
            buf: [""; 16],
            len: 0,
            heap: Vec::new(),
        };
        for w in it {
            if t.len < t.buf.len() {
                t.buf[t.len] = w;
                t.len += 1;
            } else {
                if t.heap.is_empty() {
                    t.heap.extend_from_slice(&t.buf);
                }
                t.heap.push(w);
            }
        }
        t
    }

    fn as_slice(&self) -> &[&'a str] {
        if self.heap.is_empty() {
            &self.buf[..self.len]
        } else {
            &self.heap
        }
    }

    fn as_mut_slice(&mut self) -> &mut [&'a str] {
        if self.heap.is_empty() {
            &mut self.buf[..self.len]
        } else {
            &mut self.heap
        }
    }
}
