//! Named people, organisations and places mentioned in the text, quoted or not.
//!
//! A capitalised-sequence recogniser with general rules: a title or two name
//! words make a person; an organisation head noun, an acronym or "the" before a
//! proper noun make a body; the gazetteer of countries and cities makes a place.
//! A bare surname counts once the article has named that person in full.

use super::discourse::{Discourse, SentenceRecord};
use super::lexicon::{is_in, NOT_NAME, PLACES, ROLE_NOUNS};
use super::speakers::{interpret_in, named_from, np_extent, Referent};
use super::text::{is_capitalised, strip_possessive, words};
use crate::attribution::SpeakerKind;
use std::ops::Range;

/// A place mention found by [`scan`].
#[derive(Debug, Clone)]
pub struct PlaceMention {
    pub name: String,
    pub range: Range<usize>,
}

fn after_preposition(prev: Option<&str>) -> bool {
    prev.is_some_and(|p| {
        matches!(
            super::lexicon::Lower::new(p).as_str(),
            "with"
                | "to"
                | "from"
                | "by"
                | "for"
                | "of"
                | "against"
                | "on"
                | "at"
                | "in"
                | "between"
                | "and"
                | "toward"
                | "towards"
                | "into"
                | "about"
                | "over"
                | "than"
                // The addressee of "told the Commons" is never the one speaking.
                | "told"
                | "tells"
                | "telling"
                | "informed"
                | "reminded"
                | "reminding"
                | "addressed"
        )
    })
}

/// Record the mentions of one masked sentence (starting at `base` in the article)
/// into `d`, and return its salient person and body for later pronouns.
pub fn scan(
    sent: &super::text::Sentence,
    disc: &mut Discourse,
    places: &mut Vec<PlaceMention>,
) -> SentenceRecord {
    let (masked, base, ws) = (sent.text, sent.base, &sent.words);
    let mut rec = SentenceRecord::default();
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i].text;
        // Asked once: every test but "the" below needs a capitalised word,
        // and most words of a sentence are not.
        let cap = is_capitalised(w);
        // "Russia-backed separatists": a compound modifier opens no name.
        let starts = cap
            && (!is_in(&NOT_NAME, strip_possessive(w).0)
                && !super::speakers::is_party_tag(w)
                && !super::phrase::is_participle_compound(w)
                || super::phrase::opens_body_name(ws, i)
                // "His daughter, Elin,": a sentence opening on a role noun.
                || super::phrase::is_det(w))
            || (w.eq_ignore_ascii_case("the")
                && ws.get(i + 1).is_some_and(|n| {
                    is_capitalised(n.text)
                        // "Asked …, the 51-year-old shook his head": see below.
                        || (super::phrase::is_age_modifier(n.text)
                            && (i == 0 || opens_main_clause(ws, i)))
                }));
        if !starts {
            i += 1;
            continue;
        }
        // "the 51-year-old shook his head": an age after "the" is the whole
        // phrase, which `np_extent` closes only where a clause ends.
        let age = !cap
            && ws
                .get(i + 1)
                .is_some_and(|n| super::phrase::is_age_modifier(n.text));
        let n = if age { 2 } else { np_extent(&ws[i..]).max(1) };
        // "per US dollar", "the Hong Kong dollar": a country before its
        // currency names the money, not a body that could speak.
        if ws.get(i + n).is_some_and(|x| is_currency(x.text)) {
            i += n + 1;
            continue;
        }
        let span = ws[i].start + base..ws[i + n - 1].end + base;
        // "a man from Co Clare", "County Durham": a county is a place.
        if n == 2 && matches!(w, "Co" | "Co." | "County") {
            places.push(PlaceMention {
                name: format!("{} {}", w, ws[i + 1].text),
                range: span,
            });
            i += n;
            continue;
        }
        let prev = (i > 0).then(|| ws[i - 1].text);
        let sentence_start = i == 0;
        let cap_words = ws[i..i + n]
            .iter()
            .filter(|w| is_capitalised(w.text))
            .count();
        // "President Jane Roe's spokeswoman": the possessor is a mention too.
        if let Some(k) = ws[i..i + n - 1]
            .iter()
            .position(|w| strip_possessive(w.text).1)
        {
            let owner: Vec<&str> = ws[i..=i + k].iter().map(|w| w.text).collect();
            if let Some(named) = named_from(&owner, false) {
                if named.kind == SpeakerKind::Person && named.name.contains(' ') {
                    let at = ws[i].start + base..ws[i + k].end + base;
                    let id = disc.intern(&named, at.clone());
                    disc.note_span(id, at);
                }
            }
        }
        // "A consultant at the hospital, Dr Jo Roe, said": a description,
        // then the person's name in apposition; the description is a role
        // of that person (a later "the consultant"), not another person.
        if matches!(w, "A" | "An" | "a" | "an" | "Another" | "another") {
            if let Some((id, next)) = apposed_person(sent, i, n, disc) {
                rec.any_person = rec.any_person.or(Some(id));
                if !after_preposition(prev) {
                    rec.person = rec.person.or(Some(id));
                }
                i = next;
                continue;
            }
        }
        // Read from the sentence's record of phrases, where the subject
        // readers find it again, without a copy.
        let at = super::interpret::interpret_kept(sent, &ws[i..i + n]);
        let read = sent.interpreted.borrow();
        match &read[at].1 {
            Some(Referent::Named(named)) => {
                let place = strip_possessive(&named.name).0;
                // "the Crimean peninsula": an adjective of the place (a
                // demonym, or a word with an adjective's ending), no name.
                let adjective = is_in(&super::lexicon::DEMONYMS, place)
                    || (!place.contains(' ')
                        && ["ean", "ian", "ese", "ish"]
                            .iter()
                            .any(|x| place.ends_with(x)));
                if adjective && before_landform_noun(&ws[i + n..]) {
                    i += n;
                    continue;
                }
                // "the Gulf of Tarn", "the Old Town's park", "the Vesna coast":
                // a feature of the land, by its head noun or the lowercase
                // noun the name modifies. A place once so placed stays one
                // ("the Al Haouz province … in Al Haouz").
                if is_landform_name(&named.name)
                    || (!ws[i + n - 1].comma_after && before_landform_noun(&ws[i + n..]))
                    || places.iter().any(|p| p.name == place)
                {
                    places.push(PlaceMention {
                        name: place.to_string(),
                        range: span,
                    });
                    i += n;
                    continue;
                }
                let mut named = std::borrow::Cow::Borrowed(named);
                if named.kind == SpeakerKind::Person {
                    if let Some(d) = business_apposition(masked, ws[i + n - 1].end) {
                        let named = named.to_mut();
                        named.kind = SpeakerKind::Organisation;
                        named.role = Some(d);
                    } else if named.role.is_none() && prev.is_some_and(is_outlet_noun) {
                        // "told local portal Vestis Vega": a publication
                        // named after its kind, however personal its name.
                        named.to_mut().kind = SpeakerKind::Organisation;
                    }
                }
                let id = match named.kind {
                    // "St. Paul", "Saint Louis", "Ste. Foy": a name opened by a
                    // saint's title is a town, a parish or a church, and "Mt
                    // Kenya" a mountain; no one in the news is named so.
                    SpeakerKind::Person
                        if opens_with_place_title(&named.name)
                            || before_us_state(&masked[ws[i + n - 1].end..]) =>
                    {
                        places.push(PlaceMention {
                            name: strip_possessive(&named.name).0.to_string(),
                            range: span.clone(),
                        });
                        None
                    }
                    // "a former Kingsford City academy coach": a name
                    // written before a lowercase role or body noun modifies
                    // it; a club or a town so used is nobody who speaks.
                    SpeakerKind::Person
                        if named.role.is_none()
                            && !ws[i + n - 1].comma_after
                            && !strip_possessive(ws[i + n - 1].text).1
                            && modifies_noun(&ws[i + n..]) =>
                    {
                        None
                    }
                    // "Executive Order 9066", "Resolution 2231": capitalised
                    // words numbered right after are a designation, not a name.
                    SpeakerKind::Person
                        if !ws[i + n - 1].comma_after
                            && ws.get(i + n).is_some_and(|x| {
                                x.text.bytes().next().is_some_and(|b| b.is_ascii_digit())
                                    && x.text
                                        .bytes()
                                        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
                            }) =>
                    {
                        None
                    }
                    SpeakerKind::Person => {
                        let full = named.name.contains(' ') || named.role.is_some();
                        if full {
                            Some(disc.intern(named.as_ref(), span.clone()))
                        } else {
                            disc.bare_surname(&named.name)
                                .inspect(|&id| disc.note_mention(id, span.clone()))
                                .or_else(|| {
                                    // "Ilya, a 27-year-old programmer, crossed …": a
                                    // given name introduced with who the person is.
                                    let end = ws[i + n - 1].end;
                                    let described = masked[end..].starts_with(", a ")
                                        || masked[end..].starts_with(", an ");
                                    let role = described
                                        .then(|| apposition_role(masked, end))
                                        .flatten()?;
                                    let named = super::phrase::Named {
                                        role: Some(role),
                                        ..named.as_ref().clone()
                                    };
                                    Some(disc.intern(&named, span.clone()))
                                })
                        }
                    }
                    SpeakerKind::Organisation => {
                        let single_place =
                            cap_words == 1 && is_in(&PLACES, strip_possessive(&named.name).0);
                        if single_place || not_a_body(&named.name) {
                            places.push(PlaceMention {
                                name: strip_possessive(&named.name).0.to_string(),
                                range: span.clone(),
                            });
                            None
                        } else if sentence_start
                            && cap_words == 1
                            && !named.name.chars().all(char::is_uppercase)
                            && !ws[i].text.eq_ignore_ascii_case("the")
                        {
                            None
                        } else {
                            Some(disc.intern(named.as_ref(), span.clone()))
                        }
                    }
                };
                if let Some(id) = id {
                    disc.note_span(id, span.clone());
                    if named.kind == SpeakerKind::Organisation {
                        if let Some(short) = bracketed_acronym(&masked[ws[i + n - 1].end..]) {
                            disc.add_acronym(short, id);
                        }
                    }
                    if named.kind == SpeakerKind::Person {
                        add_apposition_role(masked, ws[i + n - 1].end, disc, id);
                        add_party_role(masked, ws[i + n - 1].end, disc, id);
                        // "Mr Barr", "Ms Holt": the honorific tells the gender.
                        let l = &mut disc.locals[id];
                        if l.gender.is_none() {
                            l.gender = prev.and_then(super::discourse::Gender::of_role);
                        }
                    }
                    let fronted = in_fronted_clause(ws, i);
                    if disc.locals[id].kind == SpeakerKind::Person
                        && rec.any_person.is_none()
                        && !fronted
                    {
                        rec.any_person = Some(id);
                    }
                    if !after_preposition(prev) && !fronted {
                        let l = &disc.locals[id];
                        match l.kind {
                            SpeakerKind::Person if rec.person.is_none() => rec.person = Some(id),
                            SpeakerKind::Organisation if l.group && rec.group.is_none() => {
                                rec.group = Some(id);
                            }
                            SpeakerKind::Organisation if rec.org.is_none() => rec.org = Some(id),
                            _ => {}
                        }
                    }
                }
            }
            // "His daughter, Elin, …": a role, then a name in apposition.
            Some(Referent::Role {
                plural: false,
                text,
                ..
            }) if ws[i + n - 1].comma_after
                && role_apposition(&ws[i + n + leading_titles(&ws[i + n..])..], masked, i == 0)
                    > 0 =>
            {
                // "the state Commissioner for Health, Dr. Jo Roe,": titles
                // may stand before the holder's name.
                let titles = leading_titles(&ws[i + n..]);
                let from = i + n + titles;
                let len = role_apposition(&ws[from..], masked, i == 0);
                let role = text
                    .split_whitespace()
                    .skip_while(|w| super::phrase::is_det(w))
                    .collect::<Vec<_>>()
                    .join(" ");
                let id = intern_named_with_role(&ws[from..from + len], role, base, disc);
                if titles > 0 && disc.locals[id].gender.is_none() {
                    disc.locals[id].gender = super::discourse::Gender::of_role(ws[from - 1].text);
                }
                rec.any_person = rec.any_person.or(Some(id));
                if !after_preposition(prev) {
                    rec.person = rec.person.or(Some(id));
                }
                i = from + len;
                continue;
            }
            // "The Kremlin official also addressed …": a definite role opening
            // the sentence is its known holder, the subject a later "he" means.
            Some(Referent::Role {
                head,
                plural: false,
                modifiers,
                ..
            }) if w.eq_ignore_ascii_case("the") && (i == 0 || opens_main_clause(ws, i)) => {
                // "the 51-year-old", "the Spaniard": a description of someone
                // already named, whose age or country the text gives only now.
                let described = modifiers.is_empty()
                    && (super::phrase::is_age_modifier(head)
                        || is_in(&super::lexicon::DEMONYM_NOUNS, head));
                let id = disc
                    .holder_of(head, false, modifiers)
                    .or_else(|| described.then(|| disc.recent_person()).flatten());
                if let Some(id) = id {
                    disc.note_mention(id, span.clone());
                    rec.any_person = rec.any_person.or(Some(id));
                    // The main clause's subject outranks a person named in
                    // the clause before it ("scored by striker Jo Roe").
                    rec.person = if i == 0 {
                        rec.person.or(Some(id))
                    } else {
                        Some(id)
                    };
                }
            }
            _ => {
                for w in &ws[i..i + n] {
                    let core = strip_possessive(w.text).0;
                    if is_in(&PLACES, core) && is_capitalised(core) {
                        places.push(PlaceMention {
                            name: core.to_string(),
                            range: w.start + base..w.start + base + core.len(),
                        });
                    }
                }
            }
        }
        i += n;
    }
    rec
}

/// Capitalised heads naming a feature of the land or sea ("Gulf of Riga",
/// "Red Sea"); a body is never named so at its end.
const LANDFORM_HEADS: &[&str] = &[
    "Gulf",
    "Sea",
    "Bay",
    "Lake",
    "River",
    "Island",
    "Islands",
    "Coast",
    "Valley",
    "Mountains",
    "Peninsula",
    "Strait",
    "Straits",
    "Ocean",
    "Desert",
    "Delta",
    "Basin",
];

/// A name closed by a landform head, or opened by one before "of" ("Gulf of
/// Tarn", "Lake of the Woods"), or a city's "Old Town" (a "Millbrook Town"
/// may be a football club).
fn is_landform_name(name: &str) -> bool {
    if strip_possessive(name).0 == "Old Town" {
        return true;
    }
    let mut ws = name.split_whitespace();
    let first = ws.next().unwrap_or("");
    let head = |w: &str| LANDFORM_HEADS.contains(&strip_possessive(w).0);
    (ws.next() == Some("of") && head(first))
        || (name.split_whitespace().nth(1).is_some() && name.rsplit(' ').next().is_some_and(head))
}

/// The words after a name open on a lowercase noun for a stretch of land
/// ("the Kurzeme coast"), not itself a modifier of a body or role noun ("the
/// coast guard").
fn before_landform_noun(after: &[super::text::Word]) -> bool {
    let landform = |w: &str| {
        matches!(
            w,
            "coast"
                | "coastline"
                | "region"
                | "province"
                | "valley"
                | "peninsula"
                | "countryside"
                | "shore"
                | "lowlands"
                | "highlands"
                | "plateau"
                | "basin"
                | "delta"
                | "hinterland"
        )
    };
    after.first().is_some_and(|w| landform(w.text))
        && after.get(1).is_none_or(|w| {
            !(is_in(&ROLE_NOUNS, w.text) || is_in(&super::lexicon::BODY_NOUNS, w.text))
        })
}

/// Lowercase nouns for a publication or broadcaster, written before its name
/// ("the newspaper", "local portal").
fn is_outlet_noun(w: &str) -> bool {
    matches!(
        w,
        "newspaper"
            | "paper"
            | "daily"
            | "weekly"
            | "tabloid"
            | "portal"
            | "website"
            | "magazine"
            | "broadcaster"
            | "channel"
            | "station"
            | "outlet"
            | "podcast"
    )
}

/// "Asked whether the penalty stood, the 51-year-old …": the word after the
/// comma closing an opening participle or subordinate clause begins the main
/// clause, whose subject it is.
fn opens_main_clause(ws: &[super::text::Word], i: usize) -> bool {
    let opener = ws[0].text;
    i > 1
        && ws[i - 1].comma_after
        && (matches!(
            opener,
            "When" | "After" | "Before" | "While" | "As" | "Although" | "Though" | "Despite"
        ) || (opener.len() > 4
            && is_capitalised(opener)
            && (opener.ends_with("ed") || opener.ends_with("ing"))
            && !is_capitalised(ws[1].text)))
}

/// "academy coach", "club captain", "council": the words after a name, when
/// they open on a lowercase role or body noun that the name modifies. A verb
/// after a name ("advocates") is not taken: only the noun as written in the
/// singular counts.
fn modifies_noun(after: &[super::text::Word]) -> bool {
    let noun = |w: &str| {
        w.bytes().all(|b| b.is_ascii_lowercase())
            && (is_in(&ROLE_NOUNS, w)
                || is_in(&super::lexicon::BODY_NOUNS, w)
                || is_in(&super::lexicon::ORG_HEADS, w))
    };
    after.first().is_some_and(|a| noun(a.text))
}

/// "In May 1942, after Governor Jo Roe signed the order, the family moved":
/// a person named right after the conjunction of a clause that opens the
/// sentence (or follows its first comma) is background to the main clause,
/// neither its subject nor whom the next "she" means.
fn in_fronted_clause(ws: &[super::text::Word], i: usize) -> bool {
    let Some(c) = i.checked_sub(1) else {
        return false;
    };
    let opens = c == 0 || ws[c - 1].comma_after;
    opens
        && matches!(
            super::lexicon::Lower::new(ws[c].text).as_str(),
            "after"
                | "before"
                | "when"
                | "while"
                | "because"
                | "although"
                | "though"
                | "since"
                | "until"
                | "once"
                | "whereas"
                | "unless"
        )
        && ws[i..].iter().any(|w| w.comma_after)
}

/// "from Duluth, Minn., in 1994": a name followed by a US state after a
/// comma is a town, not a person ("Jo Roe, a Texas lawyer" has an article).
fn before_us_state(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let word = rest.split([' ', ',', ';']).next().unwrap_or("");
    // "Ohio." closing the sentence keeps its period; "Minn." is written with one.
    let word = if super::lexicon::US_STATES_AFTER_TOWN.contains(&word) {
        word
    } else {
        word.trim_end_matches('.')
    };
    super::lexicon::US_STATES_AFTER_TOWN.contains(&word)
}

/// The person named in apposition after the description `ws[i..i + n]`
/// ("A consultant"), interned with the description as a role; also where
/// the text after the name starts.
fn apposed_person(
    sent: &super::text::Sentence,
    i: usize,
    n: usize,
    disc: &mut Discourse,
) -> Option<(usize, usize)> {
    let (masked, base, ws) = (sent.text, sent.base, &sent.words);
    let Some(Referent::Named(described)) = interpret_in(sent, &ws[i..i + n]) else {
        return None;
    };
    // "A spokesman for the Ministry of Health, Jo Roe,": the body is read as
    // the one described, with the role of its spokesman; the role is the
    // person's, and the body is only mentioned.
    let body = described.kind == SpeakerKind::Organisation && described.role.is_some();
    // "A Baptist pastor": capitalised modifiers before a lowercase role noun
    // still describe an unnamed person.
    let role_head = described
        .name
        .rsplit(' ')
        .next()
        .is_some_and(|h| !is_capitalised(h) && super::phrase::is_role_word(h));
    if !body
        && (described.kind != SpeakerKind::Person
            || (described.name.split_whitespace().any(is_capitalised) && !role_head))
    {
        return None;
    }
    let (close, from, len) = described_then_apposed(&ws[i + n - 1..], masked)?;
    let (close, from) = (i + n - 1 + close, i + n - 1 + from);
    if body {
        let opens = (i + 1..i + n).find(|&k| is_capitalised(ws[k].text))?;
        let at = ws[opens].start + base..ws[i + n - 1].end + base;
        let named = super::phrase::Named {
            role: None,
            ..described
        };
        let org = disc.intern(&named, at.clone());
        disc.note_span(org, at);
    }
    // As written, with the commas of a list of portfolios.
    let role = masked[ws[i + 1].start..ws[close].end].to_string();
    let id = intern_named_with_role(&ws[from..from + len], role, base, disc);
    let l = &mut disc.locals[id];
    if l.gender.is_none() {
        l.gender = super::discourse::Gender::of_role(ws[from - 1].text);
    }
    Some((id, from + len))
}

/// The person whose name is the words `name` (masked-text offsets from
/// `base`), interned with `role` and the name's span noted for the sidebar.
fn intern_named_with_role(
    name: &[super::text::Word],
    role: String,
    base: usize,
    disc: &mut Discourse,
) -> usize {
    let text: Vec<&str> = name.iter().map(|w| w.text).collect();
    let named = super::phrase::Named {
        name: text.join(" "),
        kind: SpeakerKind::Person,
        role: Some(role),
        group: false,
    };
    let at = name[0].start + base..name[name.len() - 1].end + base;
    let id = disc.intern(&named, at.clone());
    disc.note_span(id, at);
    id
}

/// How many words after a role and its comma are the holder's name: closed
/// by a comma (see [`appositive_name`]) or, when the role opens the
/// sentence, by the verb right after it (see [`unclosed_name`]); 0 for none.
fn role_apposition(ws: &[super::text::Word], text: &str, sentence_start: bool) -> usize {
    match appositive_name(ws, text) {
        0 if sentence_start => unclosed_name(ws),
        m => m,
    }
}

/// How many courtesy or academic titles ("Dr.", "Mr", "Prof.") open `ws`,
/// at most two, when a name follows them. An office ("Deputy Ambassador")
/// is not skipped: it is a role of its own.
fn leading_titles(ws: &[super::text::Word]) -> usize {
    let t = ws
        .iter()
        .take(2)
        .take_while(|w| {
            !w.comma_after
                && is_capitalised(w.text)
                && (super::discourse::is_honorific(w.text)
                    || matches!(w.text.trim_end_matches('.'), "Dr" | "Prof" | "Rev"))
        })
        .count();
    if ws
        .get(t)
        .is_some_and(|w| super::phrase::is_name_word(w.text))
    {
        t
    } else {
        0
    }
}

/// After a description that ends on `ws[0]` ("A consultant"): its complement
/// up to a comma ("in emergency medicine at the hospital,"), then titles and
/// a full name closed by a comma ("Dr Jo Roe,"). Returns the index of the
/// word closing the description, where the name starts and its length.
fn described_then_apposed(ws: &[super::text::Word], text: &str) -> Option<(usize, usize, usize)> {
    let k = ws.iter().take(10).position(|w| w.comma_after)?;
    // The complement is lowercase prose, not a list of names; a place may
    // close it ("A pastor in Port Vale, Reverend Jo Roe,").
    let place = ws[1..=k]
        .iter()
        .rposition(|w| matches!(w.text, "in" | "from" | "near"))
        .map_or(k + 1, |p| p + 2);
    if ws[1..=k].iter().enumerate().any(|(j, w)| {
        (is_capitalised(w.text) && j + 1 < place) || w.text.contains(super::text::MASK as char)
    }) {
        return None;
    }
    // "A former student, retired teacher Jo Roe,": the name may follow its
    // own lowercase role.
    let lower = ws[k + 1..]
        .iter()
        .take(3)
        .take_while(|w| {
            !w.comma_after && w.text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        })
        .count();
    let lower = if lower > 0 && super::phrase::is_role_word(ws[k + lower].text) {
        lower
    } else {
        0
    };
    let titles = ws[k + 1 + lower..]
        .iter()
        .take(3)
        .take_while(|w| {
            is_in(&super::lexicon::TITLE_WORDS, &w.text.to_ascii_lowercase())
                && is_capitalised(w.text)
        })
        .count();
    let t = k + 1 + lower + titles;
    let m = appositive_name(ws.get(t..)?, text);
    // A full name (a given name and a surname), not a lone capitalised word.
    (m >= 2 && ws[t + m - 1].comma_after).then_some((k, t, m))
}

/// Whether `name` opens with a saint's title ("St.", "St", "Ste.", "Saint")
/// or a mountain's ("Mt Everest", "Mount Kenya") followed by more words.
/// "Saint-Pierre", one hyphenated word, may be a surname.
fn opens_with_place_title(name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or("");
    matches!(
        first,
        "St." | "St" | "Ste." | "Ste" | "Saint" | "Sainte" | "Mt" | "Mt." | "Mount"
    ) && name.len() > first.len()
}

/// A capitalised phrase that names no body: a demonym before a common plural
/// ("Russian speakers", "Ukrainian troops") or a pair of places
/// ("Ukraine-Russia").
fn not_a_body(name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    let Some(last) = ws.last() else {
        return false;
    };
    let core = strip_possessive(last).0;
    if ws.len() == 1 && core.contains('-') {
        return core.split('-').all(|p| is_in(&PLACES, p));
    }
    let lw = core.to_ascii_lowercase();
    let common = !is_capitalised(core)
        && !super::phrase::is_noun_in(&super::lexicon::BODY_NOUNS, &lw)
        && !super::phrase::is_noun_in(&ROLE_NOUNS, &lw)
        && !super::phrase::is_plural_group(&lw)
        && !super::phrase::is_descriptor(&lw);
    common
        && ws[..ws.len() - 1]
            .iter()
            .all(|w| is_in(&super::lexicon::DEMONYMS, w) || !is_capitalised(w))
}

/// " (BCRA) raised …": the short name a body's name is followed by.
fn bracketed_acronym(after: &str) -> Option<&str> {
    let inner = after.strip_prefix(" (")?;
    let short = &inner[..inner.find(')')?];
    super::phrase::is_acronym(short).then_some(short)
}

/// How many words of `ws` make a name standing in apposition: one to three
/// capitalised name words closed by a comma ("Elin," in "His daughter, Elin,").
///
/// `text` is the string the words index: "Jo Roe (Green Party)," closes the
/// name at the bracket when the comma follows it.
fn appositive_name(ws: &[super::text::Word], text: &str) -> usize {
    let mut m = 0;
    for w in ws.iter().take(3) {
        if !super::phrase::is_name_word(w.text) || strip_possessive(w.text).1 {
            break;
        }
        m += 1;
        if w.comma_after {
            break;
        }
        let after = text.get(w.end..).unwrap_or("");
        if let Some(inner) = after.strip_prefix(" (") {
            let bracketed = inner
                .find(')')
                .is_some_and(|k| k < 40 && inner[k + 1..].starts_with(','));
            return if bracketed { m } else { 0 };
        }
    }
    let closed = m > 0 && (ws[m - 1].comma_after || ws.len() == m);
    if closed {
        m
    } else {
        0
    }
}

/// "The Regional Minister, Simon Osei Mensah has …": a full name of two or
/// three name words after a sentence-opening role, whose closing comma the
/// writer left out, ended by the lowercase verb that follows it.
fn unclosed_name(ws: &[super::text::Word]) -> usize {
    let m = ws
        .iter()
        .take(3)
        .take_while(|w| {
            super::phrase::is_name_word(w.text) && !strip_possessive(w.text).1 && !w.comma_after
        })
        .count();
    let verb = ws.get(m).is_some_and(|w| {
        w.text.bytes().all(|b| b.is_ascii_lowercase()) && !matches!(w.text, "and" | "or" | "of")
    });
    if m >= 2 && verb {
        m
    } else {
        0
    }
}

/// "Sen. Jo Roe (R-Idaho)" or "Jo Roe, D-N.H.," → role "Idaho Republican"
/// ("N.H. Democrat"), the words a later "the Idaho Republican" uses.
fn add_party_role(masked: &str, end: usize, d: &mut Discourse, id: usize) {
    let rest = &masked[end..];
    let Some(rest) = rest.strip_prefix(" (").or_else(|| rest.strip_prefix(", ")) else {
        return;
    };
    let tag = &rest[..rest.find([')', ',', ' ']).unwrap_or(rest.len())];
    if !super::speakers::is_party_tag(tag) {
        return;
    }
    let party = match tag.as_bytes()[0] {
        b'D' => "Democrat",
        b'R' => "Republican",
        _ => "Independent",
    };
    d.add_role(id, format!("{} {party}", &tag[2..]));
}

/// "General Jane Roe, chief of the general staff," → role "chief of the general staff".
fn add_apposition_role(masked: &str, end: usize, d: &mut Discourse, id: usize) {
    if let Some(role) = apposition_role(masked, end) {
        d.add_role(id, role);
    }
    // "Valon Roe, 47, who headed the office": an age between commas.
    let age = masked[end..]
        .strip_prefix(", ")
        .and_then(|r| r.split_once(','))
        .and_then(|(n, _)| n.parse::<u16>().ok())
        .filter(|&n| (1..=120).contains(&n));
    if age.is_some() && d.locals[id].age.is_none() {
        d.locals[id].age = age;
    }
}

/// The role in apposition after the name that ends at `end`, if any.
fn apposition_role(masked: &str, end: usize) -> Option<String> {
    let rest = &masked[end..];
    let rest = rest.strip_prefix(", ")?;
    let stop = rest.find([',', '.', ';', '#', '(']).unwrap_or(rest.len());
    let chunk = rest[..stop].trim();
    let ws = words(chunk);
    if ws.is_empty()
        || ws.len() > 12
        || is_capitalised(ws[0].text)
            && !ws[0].text.eq_ignore_ascii_case("the")
            // "Mele Taufa, Fiji's climate envoy,": a country's office.
            && !(strip_possessive(ws[0].text).1 && ws.len() > 1)
    {
        return None;
    }
    let has_role = ws
        .iter()
        .any(|w| super::phrase::is_role_word(&super::lexicon::singular(w.text)));
    let first = ws[0].text;
    let opens_np = matches!(first, "the" | "a" | "an" | "his" | "her" | "its" | "their")
        || is_in(&ROLE_NOUNS, &super::lexicon::singular(first))
        || is_in(&super::lexicon::NP_MODIFIERS, first)
        || is_capitalised(first);
    (has_role && opens_np).then(|| {
        chunk
            .strip_prefix("the ")
            .or_else(|| chunk.strip_prefix("a "))
            .or_else(|| chunk.strip_prefix("an "))
            .unwrap_or(chunk)
            .to_string()
    })
}

/// "Voltaris Mobility, the van maker that listed in May,", "Kestrel, a
/// company that …": a name described in apposition as a business is a body;
/// the description (without its article) is returned.
fn business_apposition(masked: &str, end: usize) -> Option<String> {
    let rest = masked[end..].strip_prefix(", ")?;
    let chunk = &rest[..rest.find([',', '.', ';', '(']).unwrap_or(rest.len())];
    let ws = words(chunk);
    if !ws
        .first()
        .is_some_and(|w| matches!(w.text, "the" | "a" | "an"))
    {
        return None;
    }
    let stop = ws
        .iter()
        .position(|w| {
            matches!(
                w.text,
                "that"
                    | "which"
                    | "who"
                    | "whose"
                    | "with"
                    | "of"
                    | "in"
                    | "by"
                    | "from"
                    | "at"
                    | "for"
                    | "based"
                    | "and"
                    | "or"
            )
        })
        .unwrap_or(ws.len());
    let head = ws[..stop].last()?;
    let head_lower = head.text.to_ascii_lowercase();
    if stop < 2
        || strip_possessive(head.text).1
        || !super::discourse::is_business_noun(&super::lexicon::singular(&head_lower))
    {
        return None;
    }
    Some(chunk[ws[1].start..head.end].to_string())
}

/// A currency noun ("dollar", "euros"); ambiguous words ("won", "real",
/// "rand") are left out.
fn is_currency(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.', ';', ':']);
    matches!(
        w.strip_suffix('s').unwrap_or(w),
        "dollar"
            | "euro"
            | "pound"
            | "yen"
            | "yuan"
            | "peso"
            | "rupee"
            | "franc"
            | "ruble"
            | "rouble"
            | "lira"
            | "shekel"
            | "ringgit"
            | "baht"
            | "dinar"
            | "dirham"
            | "riyal"
            | "krona"
            | "krone"
    )
}
