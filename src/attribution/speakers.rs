//! Who speaks: the subject of a reporting cue, read backwards over the
//! comma-separated chunks before it (or forwards after an inverted verb),
//! skipping parentheticals, relative clauses, ages and adverbials, and taking
//! names and roles from appositions.

pub use super::interpret::{interpret, interpret_in, named_from};
use super::lexicon::{
    is_in, singular, BODY_NOUNS, CHUNK_OPENERS_SKIP, LEADING_CONJ, PLACES, PRONOUNS, TITLE_WORDS,
};
#[cfg(test)]
use super::phrase::is_role_word;
use super::phrase::{is_det, is_joiner, is_name_word, is_noun_in};
pub use super::phrase::{np_extent, Named, Referent};
use super::text::{head, is_capitalised, tail, word_iter, words, Sentence, Word, MASK};

/// How far (bytes) before a cue its subject is looked for.
const SUBJECT_REACH: usize = 400;
/// How far (bytes) after a cue an inverted subject is read.
const OBJECT_REACH: usize = 240;
use crate::attribution::SpeakerKind;

/// Is `ws` the rest of a list of names begun at the end of the chunk
/// before, a relative clause ("with which Jo Roe toured Brazil" | "Angola and
/// Mozambique in the 1950s")? The chunk before is split into words only when
/// `ws` reads like a list's end, as few chunks do.
fn continues_relative_list<'s>(ws: &[Word], before: impl FnOnce() -> Vec<Word<'s>>) -> bool {
    if !(ws.first().is_some_and(|w| is_capitalised(w.text)) && ws.iter().any(|w| w.text == "and")) {
        return false;
    }
    let before = before();
    before.last().is_some_and(|w| is_capitalised(w.text))
        && before
            .iter()
            .any(|w| matches!(w.text, "which" | "who" | "whom" | "whose" | "where"))
}

/// The subject of a reporting verb, read backwards from the cue over the
/// comma-separated chunks of `seg` (skipping parentheticals, relative clauses and
/// adverbials; taking a name from an apposition).
pub fn subject_before(seg: &str) -> Option<Referent> {
    subject_before_in(&Sentence::none(), seg)
}

/// [`subject_before`] for a clause `seg` of the sentence `sent`, whose words
/// are read from the sentence's own split.
pub fn subject_before_in(sent: &Sentence, seg: &str) -> Option<Referent> {
    // A subject sits within a few clauses of its verb: reading a bounded tail
    // keeps a sentence with many cues linear rather than quadratic.
    let seg = without_catenative(without_perception(tail(seg, SUBJECT_REACH)));
    let chunks = split_chunks(seg);
    let mut i = chunks.len();
    // "…, including Jo Roe, a veteran, who said": the relative pronoun is the
    // subject, and its antecedent is the nearest noun phrase before it.
    let mut relative = false;
    // "She blamed the row, which …, and said": the cue is coordinated with
    // an earlier verb, whose subject it shares.
    let mut coordinated_cue = false;
    while i > 0 {
        i -= 1;
        let raw = sent.words_of(chunks[i]);
        if i + 1 == chunks.len() {
            coordinated_cue = raw.last().is_some_and(|w| matches!(w.text, "and" | "but"));
        }
        let ws = skip_leading(&raw);
        if ws.is_empty() {
            continue;
        }
        let ws = if i + 1 == chunks.len() {
            subordinate_subject(ws)
        } else {
            ws
        };
        let first = ws[0].text.to_ascii_lowercase();
        if coordinated_cue && i + 1 < chunks.len() && matches!(first.as_str(), "which" | "who") {
            continue; // a relative clause inside the first conjunct
        }
        // "Jo Roe, as her name is spelled on the list, said": an "as" aside
        // between commas is not the subject (its pronoun refers back to it).
        let raw_first = raw.first().map(|w| w.text);
        if i > 0 && i + 1 < chunks.len() && raw_first.is_some_and(|w| w == "as") {
            continue;
        }
        if i > 0 && region_of_hometown(ws, &sent.words_of(chunks[i - 1])) {
            continue;
        }
        // "…Jonathan Pryor, who (earlier) said": the cue's own relative clause
        // speaks for its antecedent, the phrase that closes the chunk before;
        // a bare "who" after a list ("including …") speaks for the listed one.
        if i + 1 == chunks.len() && first == "who" && ws[1..].iter().all(|w| is_auxiliary(w.text)) {
            let bare = ws.len() == 1;
            let listed = || {
                chunks[..i]
                    .iter()
                    .any(|c| word_iter(c).next().is_some_and(|w| opens_list(w.text)))
            };
            if i > 0 && !(bare && listed()) {
                let before = sent.words_of(chunks[i - 1]);
                if let Some(r) = antecedent(&before) {
                    // "…Sen. Jo Roe, a Dayton Democrat, who said": the
                    // description stands for the name before it.
                    let described = before.first().is_some_and(|w| matches!(w.text, "a" | "an"));
                    if described {
                        return Some(with_apposition(sent, r, &chunks[..i - 1], true, None, None));
                    }
                    return Some(r);
                }
            }
            if bare {
                relative = true;
                continue;
            }
        }
        if relative && opens_list(&first) {
            let k = usize::from(ws.get(1).is_some_and(|w| matches!(w.text, "as" | "them")));
            let rest = &ws[1 + k..];
            let n = np_extent(rest);
            if n > 0 && n == rest.len() {
                if let Some(r) = interpret_in(sent, rest) {
                    return Some(r);
                }
            }
        }
        if is_in(&PRONOUNS, &first) {
            let shared = coordinated_cue && matches!(first.as_str(), "he" | "she" | "they");
            return (ws.len() <= 3 || shared).then_some(Referent::Pronoun(first));
        }
        // "Of her neighbour she added": a fronted phrase with no comma, then
        // the subject pronoun right before the verb.
        if i + 1 == chunks.len()
            && ws.len() > 1
            && matches!(
                first.as_str(),
                "of" | "on" | "about" | "in" | "for" | "to" | "with" | "at" | "after" | "before"
            )
        {
            if let Some(p) = ws
                .last()
                .map(|w| w.text)
                .filter(|w| matches!(*w, "he" | "she" | "they"))
            {
                return Some(Referent::Pronoun(p.to_string()));
            }
        }
        if let Some(r) = free_relative_subject(ws) {
            // "For Roe, the goal was the end of what he called …": the
            // person whose view the fronted phrase gives is the pronoun.
            if matches!(r, Referent::Pronoun(_)) && i > 0 {
                if let Some(r) = point_of_view(sent, &sent.words_of(chunks[i - 1])) {
                    return Some(r);
                }
            }
            return Some(r);
        }
        // "a group that analysts call ‘a cartel’": in an object relative
        // clause the verb's subject is the phrase after "that", not the
        // antecedent the clause describes (which may be no speaker at all).
        if i + 1 == chunks.len() {
            // "the trade", "a scheme": a determiner and one or two common nouns.
            let common = |p: &[Word]| {
                (2..=3).contains(&p.len())
                    && is_det(p[0].text)
                    && p[1..].iter().all(|w| {
                        w.text.bytes().all(|b| b.is_ascii_lowercase())
                            && !w.text.ends_with("ed")
                            && !w.text.ends_with("ing")
                    })
            };
            let np = |p: &[Word]| common(p) || np_extent(p) == p.len();
            // "a match Bell called …": the same with "that" left out; a
            // common noun that names no role or body, then the name ("the
            // younger Roe" is one phrase, a relative told apart by age).
            if let Some(k) = (2..ws.len().min(4)).find(|&k| {
                common(&ws[..k])
                    && ws[1..k].iter().all(|w| {
                        !super::phrase::is_role_word(w.text)
                            && !super::interpret::is_family_age(w.text)
                            && !is_noun_in(&BODY_NOUNS, w.text)
                            && !is_in(&PRONOUNS, w.text)
                    })
                    && ws[k..].iter().all(|w| is_name_word(w.text))
            }) {
                if ws.len() - k <= 3 {
                    if let Some(r @ Referent::Named(_)) = interpret_in(sent, &ws[k..]) {
                        return Some(r);
                    }
                }
            }
            if let Some(k) = ws.iter().position(|w| w.text == "that").filter(|&k| k > 0) {
                let rest = &ws[k + 1..];
                if !rest.is_empty() && np(&ws[..k]) && np(rest) {
                    return interpret_in(sent, rest);
                }
                // "Records show that the defendant told": after a clause
                // that reports a finding, the phrase after "that" is the
                // cue's subject.
                let finding = ws[..k].iter().any(|w| {
                    matches!(
                        w.text,
                        "show"
                            | "shows"
                            | "showed"
                            | "reveal"
                            | "reveals"
                            | "revealed"
                            | "suggest"
                            | "suggests"
                            | "suggested"
                            | "indicate"
                            | "indicates"
                            | "indicated"
                            | "state"
                            | "states"
                    )
                });
                if finding && !rest.is_empty() && np_extent(rest) == rest.len() {
                    if let Some(r) = interpret_in(sent, rest) {
                        return Some(r);
                    }
                }
            }
            // "…, a request the party's office said would …": the same clause
            // with its "that" left out, a definite phrase right after the
            // common noun it describes.
            if let Some(k) = ws
                .iter()
                .skip(2)
                .position(|w| w.text == "the")
                .map(|p| p + 2)
            {
                let rest = &ws[k..];
                if i > 0 && common(&ws[..k]) && np_extent(rest) == rest.len() {
                    return interpret_in(sent, rest);
                }
            }
            // "… jailed him in a case the prosecution called …": the same
            // clause closing a longer chunk, after an indefinite antecedent.
            if let Some(k) = (3..ws.len()).rev().find(|&k| {
                ws[k].text == "the"
                    && matches!(ws[k - 2].text, "a" | "an")
                    && common(&ws[k - 2..k])
                    && !super::phrase::is_role_word(ws[k - 1].text)
            }) {
                let rest = &ws[k..];
                if rest.len() <= 3 && np_extent(rest) == rest.len() {
                    if let Some(r) = interpret_in(sent, rest) {
                        return Some(r);
                    }
                }
            }
        }
        if let Some(rel) = ws
            .iter()
            .skip(1)
            .position(|w| matches!(w.text, "who" | "which" | "whose"))
            .map(|p| p + 1)
        {
            if let Some(r) = name_given(ws, rel) {
                return Some(r);
            }
            // "a NATO official who declined to be named said": a relative
            // clause with no comma runs up to the verb; its antecedent speaks.
            if i + 1 == chunks.len() && is_det(ws[0].text) && np_extent(&ws[..rel]) == rel {
                if let Some(r) = interpret_in(sent, &ws[..rel]) {
                    return Some(r);
                }
            }
            continue; // "the Democrat who chairs the committee": an apposition
        }
        // "…, filed in federal court," / "…, one of the plaintiffs,": a participle
        // or partitive apposition between the subject and its verb.
        let partitive = matches!(
            first.as_str(),
            "one" | "some" | "both" | "part" | "among" | "each"
        ) && (first == "among" || ws.get(1).is_some_and(|w| w.text == "of"));
        let participle = i + 1 < chunks.len()
            && i > 0
            && (first.len() > 4 && (first.ends_with("ed") || first.ends_with("ing"))
                || is_irregular_participle(&first))
            && !is_capitalised(ws[0].text);
        // "Jane Roe, a lawyer, had argued": auxiliaries between the subject and its verb.
        let auxiliary = i + 1 == chunks.len() && i > 0 && ws.iter().all(|w| is_auxiliary(w.text));
        // "Kelley, 61, said": an age; "Sen. Jo Roe, D-N.M., said": a party tag.
        let age = ws.len() == 1 && ws[0].text.chars().all(|c| c.is_ascii_digit());
        let party = ws.len() == 1 && is_party_tag(ws[0].text);
        if partitive || participle || age || party || auxiliary || adverb_aside(ws, i, chunks.len())
        {
            continue;
        }
        // "Interior Minister Jo Roe (SDE) told": a party's initials in
        // brackets after a person's name; the person speaks, not the party.
        if i > 0 && ws.len() == 1 && super::phrase::is_acronym(ws[0].text) {
            let at = chunks[i].as_ptr() as usize - seg.as_ptr() as usize;
            let bracketed =
                seg[..at].ends_with('(') && seg[at + chunks[i].len()..].starts_with(')');
            if bracketed {
                if let Some(
                    r @ Referent::Named(Named {
                        kind: SpeakerKind::Person,
                        ..
                    }),
                ) = subject_before_in(sent, &seg[..at - 1])
                {
                    return Some(r);
                }
            }
        }
        if is_in(&CHUNK_OPENERS_SKIP, &first) {
            if let Some(r) = after_leading_phrase(ws) {
                return Some(r);
            }
            continue;
        }
        // "The choir, with which Jo Roe toured Brazil, Angola and Mozambique,
        // recalled": a list closing a relative clause is still that clause.
        if i > 0 && continues_relative_list(ws, || sent.words_of(chunks[i - 1])) {
            continue;
        }
        let list_tail = ws.iter().any(|w| w.text == "and")
            && ws
                .iter()
                .all(|w| w.text == "and" || is_det(w.text) || is_capitalised(w.text));
        if i > 0 && list_tail {
            let mut j = i - 1;
            while j > 0 && is_list_item(sent, chunks[j]) {
                j -= 1;
            }
            if let Some(r) = listed_complement(seg, chunks[j], chunks[i]) {
                return Some(r);
            }
        }
        // A list tail ("…, Japan, the United States and Britain"): go to its head,
        // past the items and an "including …" chunk.
        if i > 0
            && is_list_item(sent, chunks[i - 1])
            && sent.words_of(chunks[i]).iter().any(|w| w.text == "and")
        {
            let mut j = i - 1;
            while j > 0 && is_list_item(sent, chunks[j]) {
                j -= 1;
            }
            // "The Environment, Food and Rural Affairs Committee": the list is
            // the name of one body, closed by its head noun.
            if let Some(r) = listed_body_name(seg, chunks[j], chunks[i]) {
                return Some(r);
            }
            let jw = sent.words_of(chunks[j]);
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
        // "Two people familiar with the plan, who asked not to be named,
        // told": a relative clause between the source and its verb.
        let adjacent = chunks[i + 1..]
            .iter()
            .all(|c| word_iter(c).next().is_some_and(|w| w.text == "who"));
        if let Some((r, end)) = unnamed_source(ws).filter(|_| adjacent) {
            if end == ws.len() {
                return Some(r);
            }
        }
        if let Some(r) = described_then_named(ws)
            .or_else(|| name_in_mood(ws))
            .or_else(|| parent_of_children(ws))
        {
            return Some(r);
        }
        if i + 1 == chunks.len() {
            if let Some(r) = office_of_then_name(ws) {
                return Some(r);
            }
        }
        let n = np_extent(ws);
        let n = match role_then_full_name(ws, n) {
            Tail::Body(at) => {
                let text = |p: &[Word]| p.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
                return Some(Referent::Named(Named {
                    name: text(&ws[at..]),
                    kind: SpeakerKind::Organisation,
                    role: Some(text(&ws[..at])),
                    group: false,
                }));
            }
            Tail::Person => ws.len(),
            Tail::None => n,
        };
        // "Jane Roe, a spokeswoman, declined to comment but said": a verb
        // coordinated with the cue; its subject comes before.
        let coordinated = i + 1 == chunks.len()
            && i > 0
            && !is_capitalised(ws[0].text)
            && ws.len() > 1
            && matches!(ws[ws.len() - 1].text, "but" | "and");
        // "Jo Roe, a 22-year veteran of the agency, said": an indefinite
        // description between commas is an apposition to the name before it.
        let apposition = i > 0 && matches!(first.as_str(), "a" | "an");
        if n == 0 && (coordinated || apposition) {
            continue;
        }
        if n == 0 {
            // The subject is not adjacent ("… Kyiv had called on"): no subject
            // here, unless the whole chunk describes someone ("A scout said").
            return if apposition { None } else { someone(ws) };
        }
        let Some(mut r) = interpret_in(sent, &ws[..n]).or_else(|| run_body(&ws[..n])) else {
            if apposition {
                continue;
            }
            return someone(ws);
        };
        if let Referent::Document { issuer: None, noun } = r {
            r = Referent::Document {
                issuer: issuer_after(&ws[n..]),
                noun,
            };
        }
        if let Referent::Document { issuer: None, .. } = &r {
            if let Some(doc) = new_document(&ws[..n]) {
                r = Referent::Named(doc);
            }
        }
        // "Tomas Brel, Minister of Fisheries, said": an office written out in
        // capitals, which may read like a name ("of Fisheries") on its own.
        let office = (i > 0 && !is_det(ws[0].text))
            .then(|| {
                let t: Vec<&str> = ws[..n].iter().map(|w| w.text).collect();
                super::interpret::capitalised_role(&t)
            })
            .flatten()
            .and_then(|o| is_role_only(&o));
        // "Speaking beside officials of the Water Board (Metrowater), the
        // minister said": a definite role right before its verb, with no
        // closing comma, is the subject itself; the chunk before it is an
        // opening phrase, not a name it stands in apposition to.
        let own_subject = i + 1 == chunks.len()
            && i > 0
            && ws[0].text.eq_ignore_ascii_case("the")
            && n == ws.len()
            && matches!(r, Referent::Role { plural: false, .. });
        let r = if own_subject {
            r
        } else {
            let spokes = if apposition {
                spoken_for(&ws[..n])
            } else {
                None
            };
            with_apposition(sent, r, &chunks[..i], apposition, office, spokes)
        };
        return Some(with_affiliation(r, ws, n, ws.len()).0);
    }
    None
}

/// "The party, now in opposition, said", "Jo Roe, once a rebel, said": an
/// aside between commas opened by a time adverb describes the subject
/// before it and is never the subject itself.
fn adverb_aside(ws: &[Word], i: usize, chunks: usize) -> bool {
    i > 0
        && i + 1 < chunks
        && ws.len() > 1
        && matches!(ws[0].text, "now" | "still" | "once" | "already" | "long")
}

/// "a visibly relieved Lyle told", "an emotional Jo Roe said": an
/// indefinite article and a few words of mood before a name are a
/// description of the person, who is the subject.
fn name_in_mood(ws: &[Word]) -> Option<Referent> {
    if !ws.first().is_some_and(|w| matches!(w.text, "a" | "an")) {
        return None;
    }
    let k = 1 + ws[1..]
        .iter()
        .take_while(|w| w.text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .count();
    let name = &ws[k..];
    let mood = &ws[1..k];
    let plain = mood.iter().all(|w| {
        !super::phrase::is_role_word(w.text)
            && !is_noun_in(&BODY_NOUNS, w.text)
            && !super::phrase::is_plural_group(w.text)
    });
    if !(1..=3).contains(&mood.len())
        || !plain
        || !(1..=3).contains(&name.len())
        || !name.iter().all(|w| is_name_word(w.text))
    {
        return None;
    }
    let t: Vec<&str> = name.iter().map(|w| w.text).collect();
    let named = super::interpret::named_from(&t, false)?;
    (named.kind == SpeakerKind::Person).then_some(Referent::Named(named))
}

/// "the mother of four said", "the father of two added": a parent described
/// by the number of children is the person just named, like an age.
fn parent_of_children(ws: &[Word]) -> Option<Referent> {
    let [det, head, of, count] = ws else {
        return None;
    };
    let parent = matches!(
        head.text,
        "mother" | "father" | "parent" | "grandmother" | "grandfather"
    );
    let number = count.text.bytes().all(|b| b.is_ascii_digit())
        || matches!(
            count.text,
            "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        );
    if !det.text.eq_ignore_ascii_case("the") || !parent || of.text != "of" || !number {
        return None;
    }
    let text = format!("{} of {}", head.text, count.text);
    Some(Referent::Role {
        head: text.clone(),
        plural: false,
        modifiers: Vec::new(),
        text,
    })
}

/// "A shop worker in Leeds named Tomo (, who is 31,) said": someone described
/// and then given a name with "named"; the name speaks, the description is
/// the role.
fn described_then_named(ws: &[Word]) -> Option<Referent> {
    if !ws
        .first()
        .is_some_and(|w| matches!(w.text, "a" | "an" | "A" | "An"))
    {
        return None;
    }
    let k = ws.iter().position(|w| w.text == "named")?;
    let name = &ws[k + 1..];
    if k < 2
        || name.is_empty()
        || name.len() > 3
        || !name.iter().all(|w| is_name_word(w.text))
        || !is_noun_in(&super::lexicon::ROLE_NOUNS, ws[k - 1].text)
            && !ws[..k]
                .iter()
                .any(|w| matches!(w.text, "in" | "at" | "from"))
    {
        return None;
    }
    let t: Vec<&str> = name.iter().map(|w| w.text).collect();
    let mut named = super::interpret::named_from(&t, false)?;
    if named.kind != SpeakerKind::Person {
        return None;
    }
    let role: Vec<&str> = ws[1..k].iter().map(|w| w.text).collect();
    named.role = Some(role.join(" "));
    Some(Referent::Named(named))
}

/// "Chief of staff Jo Roe said", "the mayor's director of communications Jo
/// Roe said": an office written as a role noun with an "of" complement in
/// lowercase, right before a full name and its verb; the name speaks, the
/// office is the role.
fn office_of_then_name(ws: &[Word]) -> Option<Referent> {
    let m = ws
        .iter()
        .rev()
        .take(3)
        .take_while(|w| {
            is_name_word(w.text) && !is_in(&super::lexicon::TITLE_WORDS, &w.text.to_lowercase())
        })
        .count();
    let p = ws.len().checked_sub(m)?;
    if m < 2 || p < 3 || ws[..p].iter().any(|w| w.comma_after) {
        return None;
    }
    let k = ws[..p].iter().rposition(|w| w.text == "of")?;
    let complement = &ws[k + 1..p];
    let lower = |w: &Word| w.text.bytes().all(|b| b.is_ascii_lowercase()) && !is_det(w.text);
    if k == 0
        || complement.is_empty()
        || complement.len() > 2
        || !complement.iter().all(lower)
        || !super::phrase::is_role_word(&super::lexicon::singular(ws[k - 1].text))
    {
        return None;
    }
    let t: Vec<&str> = ws[p..].iter().map(|w| w.text).collect();
    let mut named = super::interpret::named_from(&t, false)?;
    if named.kind != SpeakerKind::Person {
        return None;
    }
    let from = usize::from(is_det(ws[0].text));
    let role: Vec<&str> = ws[from..p].iter().map(|w| w.text).collect();
    named.role = Some(role.join(" "));
    Some(Referent::Named(named))
}

/// "Opposition parliamentarian Jo Roe said": the phrase read so far stops at
/// capitalised words, then one or two lowercase words (a role the lexicon may
/// not know) and a full name run up to the verb. Right before its verb that
/// run is a title and the subject's name, so the phrase takes all of it.
fn role_then_full_name(ws: &[Word], n: usize) -> Tail {
    if n == 0 || n >= ws.len() || !ws[..n].iter().all(|w| is_capitalised(w.text)) {
        return Tail::None;
    }
    let plain = |w: &Word| {
        !w.comma_after
            && w.text.len() > 2
            && w.text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !is_det(w.text)
            && !is_joiner(w.text)
            && !w.text.ends_with("ed")
            && !w.text.ends_with("ing")
    };
    let roles = ws[n..].iter().take(2).take_while(|w| plain(w)).count();
    // "Lung specialist Dr Jo Roe": a title may open the name.
    let titles = ws[n + roles..]
        .iter()
        .take_while(|w| is_capitalised(w.text) && is_in(&TITLE_WORDS, w.text) && !w.comma_after)
        .count();
    let name = &ws[n + roles + titles..];
    // "… Dr Jo Roe of Acme Hospital": the name ends before its affiliation.
    let name = match name
        .iter()
        .position(|w| matches!(w.text, "of" | "at" | "from"))
    {
        Some(k) if name.get(k + 1).is_some_and(|w| is_capitalised(w.text)) => &name[..k],
        _ => name,
    };
    let shortest = if titles > 0 { 1 } else { 2 };
    if roles == 0 || name.len() < shortest || name[..name.len() - 1].iter().any(|w| w.comma_after) {
        Tail::None
    } else if name.iter().all(|w| is_name_word(w.text)) {
        Tail::Person
    } else if titles == 0
        && is_noun_in(&BODY_NOUNS, ws[n + roles - 1].text)
        && name.iter().all(|w| is_capitalised(w.text))
    {
        // "Patient advocacy group Hope For Kids": after a body noun, its name.
        Tail::Body(n + roles)
    } else {
        Tail::None
    }
}

/// What [`role_then_full_name`] found after the capitalised words.
enum Tail {
    None,
    /// A person's full name: the whole phrase is the subject.
    Person,
    /// A body's name, from this word on.
    Body(usize),
}

/// The body named by the words from chunk `first` to chunk `last` of `seg`
/// when they make one coordinated name ("the Digital, Culture, Media and Sport
/// Committee"): a noun phrase over all of them that names an organisation.
fn listed_body_name(seg: &str, first: &str, last: &str) -> Option<Referent> {
    let start = first.as_ptr() as usize - seg.as_ptr() as usize;
    let end = last.as_ptr() as usize - seg.as_ptr() as usize + last.len();
    let ws = words(seg.get(start..end)?);
    let ws = skip_leading(&ws);
    let n = np_extent(ws);
    if n == 0 || n != ws.len() {
        return None;
    }
    match interpret(ws)? {
        Referent::Named(mut named) if named.kind == SpeakerKind::Organisation => {
            // Keep the name's own commas when it is the words as written.
            let k = usize::from(is_det(ws[0].text));
            let joined = ws[k..].iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
            if k < n && named.name == joined {
                let text = &seg[start..end];
                named.name = text[ws[k].start..ws[n - 1].end].to_string();
            }
            Some(Referent::Named(named))
        }
        _ => None,
    }
}

/// A word opening a list of examples ("including Jo Roe, …").
fn opens_list(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "including" | "like" | "such" | "among"
    )
}

/// The phrase that closes `ws` (the antecedent of a following "who"): the
/// longest noun phrase, with an affiliation, that runs to the end.
fn antecedent(ws: &[Word]) -> Option<Referent> {
    for k in 0..ws.len() {
        let n = np_extent(&ws[k..]);
        if n == 0 {
            continue;
        }
        let Some(r) = interpret(&ws[k..k + n]) else {
            continue;
        };
        let (r, end) = with_affiliation(r, &ws[k..], n, ws.len() - k);
        if k + end < ws.len() {
            continue;
        }
        // "… a veteran of the agency based in Dallas, who": a place or a
        // body after a preposition is not who speaks; the relative clause
        // belongs to the head further back.
        // "according to an adviser, who said": the source "according to" names.
        let according = k > 1 && ws[k - 1].text == "to" && ws[k - 2].text == "according";
        let placed = k > 0
            && !according
            && matches!(
                ws[k - 1].text,
                "in" | "at" | "near" | "of" | "from" | "to" | "into" | "across" | "outside"
            );
        // "an adviser quoted by AFP, who said": the outlet that quoted
        // someone is not who speaks; the one quoted is.
        if k > 1
            && ws[k - 1].text == "by"
            && matches!(
                ws[k - 2].text,
                "quoted" | "cited" | "interviewed" | "contacted" | "reached"
            )
        {
            return antecedent(&ws[..k - 2]);
        }
        // "a member representing North Ward, who": the object of a
        // participle inside the description is not its head.
        if k > 1
            && !ws[k - 1].comma_after
            && ws[k - 1].text.len() > 5
            && ws[k - 1].text.ends_with("ing")
            && ws[k - 1].text.bytes().all(|b| b.is_ascii_lowercase())
            && ws.first().is_some_and(|w| matches!(w.text, "a" | "an"))
        {
            return antecedent(&ws[..k - 1]);
        }
        if placed || matches!(r, Referent::Document { .. } | Referent::Pronoun(_)) {
            return None;
        }
        return Some(r);
    }
    None
}

/// "a senior official at the foreign ministry", "a source close to the
/// presidential administration": an unnamed person keeps the affiliation
/// that tells them apart (a body follows the preposition); a place ("a woman
/// in Hakodate") does not. `ws[..n]` is the phrase, `ws[n..end]` what follows
/// up to its clause's end; returns the referent and where it now ends.
fn with_affiliation(r: Referent, ws: &[Word], n: usize, end: usize) -> (Referent, usize) {
    let Referent::Named(nm) = &r else {
        return (r, n);
    };
    let indefinite = ws.first().is_some_and(|w| {
        matches!(
            w.text.to_ascii_lowercase().as_str(),
            "a" | "an" | "one" | "another"
        )
    });
    if nm.kind != SpeakerKind::Person
        || nm.group
        || !indefinite
        || nm.name.split_whitespace().any(is_name_word)
        || n == 0
        || ws[n - 1].comma_after
    {
        return (r, n);
    }
    let (stop, core) = complement_span(ws, n, end);
    let rest = &ws[n..core];
    let opens = match rest.first().map(|w| w.text) {
        Some("at" | "in" | "with" | "inside" | "within") => 1,
        Some("close") if rest.get(1).is_some_and(|w| w.text == "to") => 2,
        _ => 0,
    };
    let verbish = |w: &str| {
        matches!(
            w,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "who"
                | "which"
                | "that"
                | "and"
                | "but"
        ) || !super::cues::find(w).is_empty()
    };
    let body = rest.iter().any(|w| {
        let core = super::text::strip_possessive(w.text).0;
        super::phrase::is_noun_in(&super::lexicon::BODY_NOUNS, core)
            || (is_capitalised(core) && is_in(&super::lexicon::ORG_HEADS, core))
    });
    // "an official at the Elysée": "the" and one proper name after "at" is an
    // institution called by its seat (not a place one is merely in).
    let seat = rest.len() == 3
        && matches!(rest[0].text, "at" | "inside" | "within")
        && rest[1].text == "the"
        && is_capitalised(rest[2].text)
        && !is_in(&PLACES, rest[2].text);
    let body = body || seat;
    if opens == 0
        || rest.len() <= opens
        || rest.len() > 10
        || !body
        || rest.iter().any(|w| verbish(w.text))
    {
        return (r, n);
    }
    let extra: Vec<&str> = rest.iter().map(|w| w.text.trim_end_matches(',')).collect();
    // "an official at the Ministry of Energy" is written, and read, as "a
    // Ministry of Energy official": a body named "X of Y" goes before the
    // role, which stays the last word.
    let titled = &extra[opens..];
    let titled = titled.strip_prefix(&["the"][..]).unwrap_or(titled);
    let of_body = opens == 1
        && rest[0].text != "with"
        && titled.len() >= 3
        && titled.contains(&"of")
        && titled
            .iter()
            .all(|w| is_capitalised(w) || matches!(*w, "of" | "and"))
        && titled.last().is_some_and(|w| is_capitalised(w));
    // So is any body of a few plain words ("an official at the Kandal
    // provincial court", "a nurse at another state hospital in the city"),
    // up to a place phrase after it; one proper name after "at the" is a
    // seat ("an official at the Elysée") and stays as written.
    let titled = if of_body || seat || opens != 1 {
        titled
    } else {
        let t = titled
            .strip_prefix(&["another"][..])
            .or_else(|| titled.strip_prefix(&["a"][..]))
            .unwrap_or(titled);
        let end = t
            .iter()
            .position(|w| matches!(*w, "in" | "at" | "near" | "on" | "outside"))
            .unwrap_or(t.len());
        &t[..end]
    };
    let plain = |w: &&str| {
        !matches!(*w, "of" | "and" | "one" | "some" | "the")
            && w.bytes()
                .all(|b| b.is_ascii_alphabetic() || b >= 0x80 || b == b'-')
    };
    let of_body = of_body
        || !seat && opens == 1 && (1..=4).contains(&titled.len()) && titled.iter().all(plain);
    let written = format!("{} {}", nm.name, extra.join(" "));
    let name = match nm.name.rsplit_once(' ') {
        _ if !of_body => written,
        Some((mods, head)) => format!("{mods} {} {head}", titled.join(" ")),
        None => format!("{} {}", titled.join(" "), nm.name),
    };
    (
        Referent::Named(Named {
            name: name.clone(),
            kind: SpeakerKind::Person,
            role: Some(name),
            group: false,
        }),
        stop,
    )
}

/// Where a complement starting at `from` ends: `stop` after the first comma
/// (inclusive) or at `end`, the clause's end; `core` before the trailing
/// auxiliaries and adverbs ("… the ministry also said", "… the matter have said").
fn complement_span(ws: &[Word], from: usize, end: usize) -> (usize, usize) {
    let stop = (from..end)
        .find(|&j| ws[j].comma_after)
        .map_or(end, |j| j + 1);
    let mut core = stop;
    while core > from && is_auxiliary(ws[core - 1].text) {
        core -= 1;
    }
    (stop, core)
}

/// "a person familiar with the investigation", "two people close to the
/// talks": an unnamed source is known only by what gives them access, so that
/// description is their name. `ws` starts at the phrase; returns the source
/// and where its description ends. Bare "a person" is no source at all.
fn unnamed_source(ws: &[Word]) -> Option<(Referent, usize)> {
    let mut k = 0;
    while k < 2
        && ws.get(k).is_some_and(|w| {
            is_det(w.text)
                || [
                    "one", "two", "three", "four", "five", "several", "some", "other", "another",
                    "multiple", "senior",
                ]
                .iter()
                .any(|d| w.text.eq_ignore_ascii_case(d))
        })
    {
        k += 1;
    }
    let head = ws.get(k)?.text;
    let plural = match head {
        "person" | "source" | "individual" | "insider" => false,
        "people" | "sources" | "individuals" | "insiders" => true,
        _ => return None,
    };
    let rest = &ws[k + 1..];
    let opener = match (
        rest.first().map(|w| w.text),
        rest.get(1).map(|w| w.text),
        rest.get(2).map(|w| w.text),
    ) {
        (Some("familiar" | "involved" | "briefed"), Some("with" | "in" | "on"), _)
        | (Some("close" | "with"), Some("to" | "knowledge"), _) => 2,
        (
            Some("with"),
            Some("direct" | "first-hand" | "firsthand" | "detailed"),
            Some("knowledge"),
        ) => 3,
        _ => return None,
    };
    let opener = opener + usize::from(rest.get(opener).is_some_and(|w| w.text == "of"));
    if rest[..opener].iter().any(|w| w.comma_after) {
        return None;
    }
    let (stop, core) = complement_span(rest, opener, rest.len());
    let complement = &rest[opener..core];
    let clause_word = |w: &str| {
        matches!(
            w,
            "who" | "which" | "that" | "and" | "but" | "is" | "are" | "was" | "were"
        ) || !super::cues::find(w).is_empty()
    };
    if complement.is_empty()
        || complement.len() > 8
        || complement.iter().any(|w| clause_word(w.text))
    {
        return None;
    }
    let described: Vec<&str> = ws[k..k + 1 + core]
        .iter()
        .map(|w| w.text.trim_end_matches(','))
        .collect();
    let name = described.join(" ");
    Some((
        Referent::Named(Named {
            name: name.clone(),
            kind: SpeakerKind::Person,
            role: Some(name),
            group: plural,
        }),
        k + 1 + stop,
    ))
}

/// "… for what Rep. Jo Roe called": in a free relative clause the subject of
/// the verb is the noun phrase right after "what", which must reach the verb.
fn free_relative_subject(ws: &[Word]) -> Option<Referent> {
    // Also an object relative clause: "trips, which the government has
    // described as …" (the relative pronoun is the verb's object).
    let k = ws.iter().rposition(|w| w.text == "what").or_else(|| {
        ws.first()
            .is_some_and(|w| matches!(w.text, "which" | "whom"))
            .then_some(0)
    })?;
    let mut rest = &ws[k + 1..];
    while let [head @ .., last] = rest {
        if !is_auxiliary(last.text) {
            break;
        }
        rest = head;
    }
    // A pronoun there ("condemned what it called") is left to the clause's
    // own subject or the cue before it, unless that subject is a thing that
    // cannot speak: "the goal was the end of what he called …" is his.
    if let [w] = rest {
        if matches!(w.text, "he" | "she") && thing_opens(&ws[..k]) {
            return Some(Referent::Pronoun(w.text.to_string()));
        }
    }
    let n = np_extent(rest);
    if n == 0 || n < rest.len() {
        return None;
    }
    interpret(rest)
}

/// "For Jo Roe," / "To Roe,": a fronted phrase naming whose view the clause
/// gives.
fn point_of_view(sent: &Sentence, ws: &[Word]) -> Option<Referent> {
    let [lead, rest @ ..] = ws else {
        return None;
    };
    if !matches!(lead.text, "For" | "To") || rest.is_empty() || np_extent(rest) != rest.len() {
        return None;
    }
    match interpret_in(sent, rest)? {
        r @ Referent::Named(Named {
            kind: SpeakerKind::Person,
            ..
        }) => Some(r),
        _ => None,
    }
}

/// The clause opens on a definite common noun that names no role, body or
/// person ("the goal was …", "this season is …").
fn thing_opens(ws: &[Word]) -> bool {
    let [det, noun, ..] = ws else {
        return false;
    };
    matches!(det.text, "the" | "The" | "this" | "This" | "that" | "That")
        && noun.text.bytes().all(|b| b.is_ascii_lowercase())
        && !super::phrase::is_role_word(noun.text)
        && !is_noun_in(&BODY_NOUNS, noun.text)
        && ws.get(2).is_some_and(|w| {
            matches!(w.text, "was" | "is" | "were" | "are") || is_auxiliary(w.text)
        })
}

/// A US party-and-state tag in apposition ("D-N.M.", "R-Texas", "I-Vt."):
/// a party letter, a hyphen, then a capitalised state or its abbreviation.
pub(super) fn is_party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && matches!(b[0], b'D' | b'R' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && w[2..]
            .bytes()
            .all(|c| c.is_ascii_alphabetic() || c == b'.' || c == b'-')
}

/// The comma-separated chunks of a clause (also split at semicolons, brackets
/// and dashes), keeping a number's thousands separator ("300,000") inside.
fn split_chunks(seg: &str) -> Vec<&str> {
    let b = seg.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in seg.char_indices() {
        let cut = match c {
            ';' | '(' | ')' | '—' | '–' => true,
            // "MUSCAT, OCT 28 - Acme Ltd reported": a hyphen spaced on both
            // sides is a dash, and closes a dateline.
            '-' => i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' '),
            // "Between the lines: a city audit had described": a lead-in
            // closed by a colon is not the subject (not "10:30").
            ':' => b.get(i + 1).is_some_and(|&n| n == b' ' || n == b'*'),
            ',' => {
                let thousands = i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit);
                !thousands && !portfolio_goes_on(&seg[start..i], &seg[i + 1..])
            }
            _ => false,
        };
        if cut {
            // "Huang Wei-lun (黃偉倫), 34, an electrician,": a name in another
            // script, or the nothing between a closing bracket and a comma, is
            // no chunk of its own, so the apposition still meets the name.
            let chunk = &seg[start..i];
            // "the Federation of Taxi Cooperatives (Fetaco),": a short name
            // in brackets after a name is part of that name's chunk.
            let short_name = c == ')'
                && start > 0
                && b[start - 1] == b'('
                && !chunk.contains(' ')
                && seg[..start - 1]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(is_capitalised);
            if chunk.bytes().any(|b| b.is_ascii_alphanumeric()) && !short_name {
                out.push(chunk);
            }
            start = i + c.len_utf8();
        }
    }
    out.push(&seg[start..]);
    out
}

/// "Minister of Environment, Water and Agriculture Eng. Sami Roe", "the
/// Department for Environment, Food and Rural Affairs (Defra)": a comma
/// inside the portfolio of a "Minister of …" (capitalised words listed up to
/// "and") belongs to the title and does not end a chunk.
fn portfolio_goes_on(before: &str, after: &str) -> bool {
    // Asked at every comma: most chunks hold no "of", and need no words then.
    if !before
        .as_bytes()
        .windows(3)
        .any(|p| p == b"of " || p == b"for")
    {
        return false;
    }
    let bw: Vec<&str> = word_iter(before).map(|w| w.text).collect();
    let Some(of) = bw.iter().rposition(|w| matches!(*w, "of" | "for")) else {
        return false;
    };
    let office = of > 0
        && matches!(
            bw[of - 1].to_ascii_lowercase().as_str(),
            "minister" | "ministry" | "secretary" | "department" | "commissioner"
        );
    let portfolio = &bw[of + 1..];
    if !office
        || portfolio.is_empty()
        || portfolio.len() > 3
        || !portfolio.iter().all(|w| is_capitalised(w))
    {
        return false;
    }
    // "Water and Agriculture", "Roads, Ports and Shipping", "Urban Planning
    // and Construction": items of one or two words, then "and" and a
    // capitalised item.
    let item_list = after.split(',').next().unwrap_or("");
    let aw: Vec<&str> = word_iter(item_list).map(|w| w.text).collect();
    let Some(and) = aw.iter().position(|w| *w == "and") else {
        // "Health, Labour, and Welfare": a middle item closed by its own comma.
        return aw.len() == 1 && is_capitalised(aw[0]) && after.contains(" and ");
    };
    and <= 2
        && aw[..and].iter().all(|w| is_capitalised(w))
        && aw.get(and + 1).is_some_and(|w| is_capitalised(w))
}

/// "The World Food Programme warned": a proper name whose head is usually a
/// thing ("programme", "project", "initiative", "forum") names the body that
/// runs it when it is the subject of a reporting verb.
fn run_body(ws: &[Word]) -> Option<Referent> {
    let ws = match ws.first() {
        Some(w) if is_det(w.text) => &ws[1..],
        _ => ws,
    };
    let last = ws.last()?.text;
    let runs_as_body = matches!(
        last.to_ascii_lowercase().as_str(),
        "programme" | "program" | "project" | "initiative" | "forum" | "conference" | "campaign"
    );
    if ws.len() < 2
        || !runs_as_body
        || !ws
            .iter()
            .all(|w| is_capitalised(w.text) || is_joiner(w.text) || w.text == "and")
    {
        return None;
    }
    let name: Vec<&str> = ws.iter().map(|w| w.text).collect();
    Some(Referent::Named(Named {
        name: name.join(" "),
        kind: SpeakerKind::Organisation,
        role: None,
        group: false,
    }))
}

/// "the joint statement released by the Foreign Office": the issuer after a document.
fn issuer_after(ws: &[Word]) -> Option<Named> {
    let k = ws.iter().position(|w| matches!(w.text, "by" | "from"))?;
    if k > 2
        || !ws[..k].iter().all(|w| {
            matches!(
                w.text,
                "released"
                    | "issued"
                    | "published"
                    | "put"
                    | "out"
                    | "sent"
                    | "posted"
                    | "circulated"
                    | "drafted"
                    | "prepared"
                    | "distributed"
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

/// "Jo Roe, a spokeswoman for the ruling party, said": a body's spokesperson
/// described after a person's name is that person's role, and the person,
/// not the body, is the one speaking. `r` is the description as read (the
/// body, with the spokesperson's role), `named` what stands before it,
/// `spokes` the description as written when it is a role "for" a body.
fn spokesperson_named(named: &Referent, r: &Referent, spokes: Option<String>) -> Option<Referent> {
    let Referent::Named(p) = named else {
        return None;
    };
    let role = match r {
        Referent::Named(body) if body.kind == SpeakerKind::Organisation => {
            spokes.or_else(|| body.role.clone())?
        }
        Referent::Body { .. } => spokes?,
        _ => return None,
    };
    (p.kind == SpeakerKind::Person && !p.group && p.name.split_whitespace().any(is_name_word)).then(
        || {
            Referent::Named(Named {
                role: Some(p.role.clone().unwrap_or(role)),
                ..p.clone()
            })
        },
    )
}

/// "a spokesman for the ministry", "an official at the party": an indefinite
/// role noun (after at most two lowercase modifiers) and the body it works
/// for or at. Returns the description without its article.
fn spoken_for(ws: &[Word]) -> Option<String> {
    if !ws.first().is_some_and(|w| matches!(w.text, "a" | "an")) {
        return None;
    }
    let k = (1..ws.len().min(4)).find(|&k| {
        super::phrase::is_role_word(ws[k].text)
            && ws
                .get(k + 1)
                .is_some_and(|w| matches!(w.text, "for" | "at" | "with" | "of"))
    })?;
    if ws[1..k]
        .iter()
        .any(|w| !w.text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
    {
        return None;
    }
    Some(ws[1..].iter().map(|w| w.text).collect::<Vec<_>>().join(" "))
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

/// "A 2023 city audit had described …": a new document (indefinite, told
/// apart by lowercase modifiers) that the text says nobody issued speaks for
/// itself, not for whoever issued the last statement.
fn new_document(ws: &[Word]) -> Option<Named> {
    let (first, rest) = ws.split_first()?;
    if !matches!(first.text, "a" | "an" | "A" | "An") {
        return None;
    }
    let words: Vec<&str> = rest
        .iter()
        .map(|w| w.text)
        .filter(|w| !w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    (words.len() >= 2
        && words
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase())))
    .then(|| Named {
        name: words.join(" "),
        kind: SpeakerKind::Organisation,
        role: None,
        group: false,
    })
}

/// "…spokeswoman, Yulia Mendel, added": a bare name takes its role from the chunk
/// before; "John Smith, a spokesman for X, said": a role chunk yields the name before.
///
/// `described`: the phrase opened on "a"/"an", so it describes whoever the
/// chunk before names ("Jo Roe, a Dayton Democrat, said").
///
/// `office`: the phrase also reads as a capitalised office ("Minister of
/// Fisheries"), which wins over a name reading when a person was just named.
fn with_apposition(
    sent: &Sentence,
    r: Referent,
    before: &[&str],
    described: bool,
    office: Option<String>,
    spokes: Option<String>,
) -> Referent {
    // "Rep. Tom Kessler (R-Ill.), a member of …": the party tag is passed over,
    // as is an age ("Jo Roe, 67, a retired nurse, said").
    let Some(prev) = before.iter().rev().find(|c| {
        let w = sent.words_of(c);
        match w.as_slice() {
            [] => false,
            [only] => !is_party_tag(only.text) && !only.text.bytes().all(|b| b.is_ascii_digit()),
            _ => true,
        }
    }) else {
        return r;
    };
    let pw = sent.words_of(prev);
    let pw = skip_leading(&pw);
    // "Ibec, the employers' group, said": a lone name described as a body is
    // that body (alone, one capitalised word would read as a surname).
    let body_description = match &r {
        Referent::Body { .. } => true,
        // "…, a Warsaw-based NGO,": an indefinite description that reads as a
        // name only through its acronym still describes the body before it.
        Referent::Named(nm) => {
            nm.kind == SpeakerKind::Organisation
                && (described
                    || nm
                        .name
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| !is_capitalised(w)))
        }
        _ => false,
    };
    // "Analysts at Halvard Capital, a Danish bank, called": people of a body
    // described as a body speak for the body.
    if body_description {
        if let [people, at, name @ ..] = pw {
            let plural =
                super::lexicon::singular(&people.text.to_lowercase()) != people.text.to_lowercase();
            if plural
                && matches!(at.text, "at" | "from")
                && !name.is_empty()
                && name.iter().all(|w| is_capitalised(w.text))
            {
                if let Some(Referent::Named(p)) = interpret_in(sent, name) {
                    return Referent::Named(Named {
                        kind: SpeakerKind::Organisation,
                        role: None,
                        group: false,
                        ..p
                    });
                }
            }
        }
    }
    // "…was backed by Jo Roe, a councillor, who said": the described name
    // closes a passive clause after its "by".
    let pw = match pw.iter().rposition(|w| w.text == "by") {
        Some(k)
            if described
                && k > 0
                && k + 1 < pw.len()
                && np_extent(&pw[k + 1..]) == pw.len() - k - 1 =>
        {
            &pw[k + 1..]
        }
        _ => pw,
    };
    let n = np_extent(pw);
    if n == 0 || n < pw.len() {
        return r;
    }
    let Some(prev_ref) = interpret_in(sent, &pw[..n]) else {
        return r;
    };
    // "Jo Roe, a member of the Sejm, the lower house, said": a body
    // description after "a member of <Name>" describes that name; the
    // member's own apposition goes back to the person before it.
    let of_name = pw.first().is_some_and(|w| matches!(w.text, "a" | "an"))
        && pw.iter().rposition(|w| w.text == "of").is_some_and(|k| {
            let mut rest = pw[k + 1..].iter().filter(|w| !is_det(w.text)).peekable();
            rest.peek().is_some() && rest.all(|w| is_capitalised(w.text))
        });
    if body_description && of_name {
        let at = before
            .iter()
            .rposition(|c| std::ptr::eq(*c, *prev))
            .unwrap_or(0);
        let person = with_apposition(sent, prev_ref.clone(), &before[..at], true, None, None);
        if matches!(&person, Referent::Named(p) if p.kind == SpeakerKind::Person
            && p.name.split_whitespace().any(is_name_word))
        {
            return person;
        }
    }
    if let Some(person) = spokesperson_named(&prev_ref, &r, spokes) {
        return person;
    }
    if let Referent::Named(p) = &prev_ref {
        // "Kestrel Rowing, the sport's governing body, said": after a definite
        // body description, a name of several words is that body too.
        if body_description
            && p.kind == SpeakerKind::Person
            && p.role.is_none()
            && (!p.name.contains(' ') || !described)
        {
            return Referent::Named(Named {
                kind: SpeakerKind::Organisation,
                ..p.clone()
            });
        }
        // "The Growers Union, a farmer-run body that …, said", "The FNSEA,
        // France's largest farm union,": a body described after its proper
        // name is the named body, not the description.
        if body_description && p.kind == SpeakerKind::Organisation && is_capitalised(&p.name) {
            return prev_ref;
        }
    }
    let named_person = matches!(&prev_ref, Referent::Named(p)
        if p.kind == SpeakerKind::Person && p.name.split_whitespace().any(is_name_word));
    let role = match office {
        Some(o) if named_person => Some(o),
        _ => is_role_only(&r),
    };
    if let Some(role) = role {
        if let (true, Referent::Named(p)) = (named_person, &prev_ref) {
            let mut p = p.clone();
            p.role = Some(role);
            return Referent::Named(p);
        }
        return r;
    }
    if let Referent::Named(nm) = &r {
        // "the national disaster agency, Senapred,": the name of a body.
        let body_before = matches!(&prev_ref, Referent::Body { .. })
            || matches!(&prev_ref, Referent::Named(p) if p.kind == SpeakerKind::Organisation);
        if body_before
            && nm.kind == SpeakerKind::Person
            && nm.role.is_none()
            && !nm.name.contains(' ')
        {
            return Referent::Named(Named {
                kind: SpeakerKind::Organisation,
                ..nm.clone()
            });
        }
        // "Jo Roe, a Dayton Democrat,": a capitalised description of a
        // person after their name is not a second person.
        if described && nm.kind == SpeakerKind::Person && !nm.group {
            if let Referent::Named(p) = &prev_ref {
                if p.kind == SpeakerKind::Person
                    && !p.group
                    && p.name.split_whitespace().any(is_name_word)
                {
                    let mut p = p.clone();
                    p.role.get_or_insert_with(|| nm.name.clone());
                    return Referent::Named(p);
                }
            }
        }
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

/// "the foreign ministers of Estonia, Latvia and Lithuania said": the list
/// completes the complement of a plural role, which speaks as one group
/// named by its head ("foreign ministers"), the whole phrase (from chunk
/// `first` to chunk `last` of `seg`) being its role as written.
fn listed_complement(seg: &str, first: &str, last: &str) -> Option<Referent> {
    let fw = words(first);
    let fw = skip_leading(&fw);
    let k = fw.iter().rposition(|w| matches!(w.text, "of" | "from"))?;
    let tail_ok = k + 1 < fw.len() && fw[k + 1..].iter().all(|w| is_capitalised(w.text));
    let lead = usize::from(fw.first().is_some_and(|w| is_det(w.text)));
    let head = fw.get(k.checked_sub(1)?)?.text.to_ascii_lowercase();
    let plural_role = super::lexicon::singular(&head) != head
        && super::phrase::is_noun_in(&super::lexicon::ROLE_NOUNS, &head);
    if !tail_ok || !plural_role || lead >= k {
        return None;
    }
    let start = fw[lead].start + (first.as_ptr() as usize - seg.as_ptr() as usize);
    let end = last.as_ptr() as usize - seg.as_ptr() as usize + last.trim_end().len();
    let text = seg
        .get(start..end)?
        .trim_end_matches([',', ' '])
        .to_string();
    let name: Vec<&str> = fw[lead..k].iter().map(|w| w.text).collect();
    Some(Referent::Named(Named {
        name: name.join(" "),
        kind: SpeakerKind::Organisation,
        role: Some(text),
        group: true,
    }))
}

/// "A soldier who gave his name only as Dmytro": the name the relative clause
/// (from word `rel`) gives is the person, the phrase before it their role.
fn name_given(ws: &[Word], rel: usize) -> Option<Referent> {
    let clause = &ws[rel..];
    let as_at = clause.iter().rposition(|w| w.text == "as")?;
    let name = &clause[as_at + 1..];
    let names_itself = clause[..as_at]
        .iter()
        .any(|w| matches!(w.text, "name" | "identified"));
    if !names_itself || name.is_empty() || name.len() > 2 {
        return None;
    }
    if !name.iter().all(|w| is_name_word(w.text)) {
        return None;
    }
    let lead = usize::from(is_det(ws[0].text));
    let role: Vec<&str> = ws[lead..rel].iter().map(|w| w.text).collect();
    let name: Vec<&str> = name.iter().map(|w| w.text).collect();
    Some(Referent::Named(Named {
        name: name.join(" "),
        kind: SpeakerKind::Person,
        role: (!role.is_empty()).then(|| role.join(" ")),
        group: false,
    }))
}

fn is_list_item(sent: &Sentence, chunk: &str) -> bool {
    let ws = sent.words_of(chunk);
    let ws = skip_leading(&ws);
    !ws.is_empty()
        && ws.len() <= 3
        && ws.iter().all(|w| is_capitalised(w.text) || is_det(w.text))
        && !is_det(ws[0].text)
        || (ws.len() <= 3
            && !ws.is_empty()
            && ws
                .iter()
                .all(|w| is_in(&PLACES, w.text) || is_det(w.text) || is_capitalised(w.text)))
}

/// Past participles not ending in "-ed" that open a phrase between a subject
/// and its verb ("…, seen by AFP, calls on").
fn is_irregular_participle(w: &str) -> bool {
    matches!(
        w,
        "seen"
            | "given"
            | "taken"
            | "written"
            | "known"
            | "shown"
            | "made"
            | "sent"
            | "held"
            | "brought"
            | "led"
            | "kept"
            | "heard"
            | "drawn"
            | "chosen"
            | "spoken"
            | "hidden"
            | "begun"
            | "won"
            | "built"
            | "read"
            | "found"
    )
}

/// "The row comes as Jo Roe told reporters", "… came after a report by the
/// Institute found": a subordinate clause closing on the cue has its own
/// subject, the noun phrase between the conjunction and the verb.
fn subordinate_subject<'b, 'a>(ws: &'b [Word<'a>]) -> &'b [Word<'a>] {
    let Some(p) = ws.iter().rposition(|w| {
        matches!(
            w.text,
            "as" | "after"
                | "when"
                | "while"
                | "because"
                | "since"
                | "although"
                | "though"
                // "He got no further before Jo Roe shouted": the subject of
                // the clause the conjunction opens.
                | "before"
                | "until"
        )
    }) else {
        return ws;
    };
    let rest = &ws[p + 1..];
    let n = np_extent(rest);
    // "…left with "no choice" after Tehran announced": a quotation before
    // the conjunction belongs to the main clause, not to this one.
    let quoted_before = ws[..p].iter().any(|w| w.text.contains(MASK as char));
    if p == 0 || n == 0 || quoted_before {
        return ws;
    }
    let fits = match interpret(&rest[..n]) {
        Some(_) if n == rest.len() => true,
        // "a new report by the Institute": a document and who issued it.
        Some(Referent::Document { .. }) => matches!(rest[n].text, "by" | "from"),
        _ => false,
    };
    if fits {
        rest
    } else {
        ws
    }
}

/// "Jo Roe, her old supervisor, used to say", "as he likes to say": a verb
/// that takes the reporting verb as its complement sits between the subject
/// and the cue; the subject is read before it.
fn without_catenative(seg: &str) -> &str {
    let t = seg.trim_end();
    let Some(rest) = t.strip_suffix(" to") else {
        return seg;
    };
    let rest = rest.strip_suffix(" on").unwrap_or(rest);
    let Some((before, verb)) = rest.rsplit_once(' ') else {
        return seg;
    };
    let catenative = matches!(
        verb,
        "used"
            | "likes"
            | "liked"
            | "loves"
            | "loved"
            | "tends"
            | "tended"
            | "went"
            | "goes"
            | "wanted"
            | "wants"
            | "began"
            | "begins"
            | "continued"
            | "continues"
    );
    if catenative {
        &seg[..=before.len()]
    } else {
        seg
    }
}

/// "The caller, Jo Roe, could be heard saying", "he was filmed telling": a
/// passive verb of perception before the cue leaves the subject before it.
fn without_perception(seg: &str) -> &str {
    let t = seg.trim_end();
    let Some((rest, last)) = t.rsplit_once(' ') else {
        return seg;
    };
    if !matches!(
        last,
        "heard" | "overheard" | "seen" | "filmed" | "recorded" | "caught" | "captured"
    ) {
        return seg;
    }
    let mut rest = rest.trim_end();
    let mut passive = false;
    while let Some((before, w)) = rest.rsplit_once(' ') {
        let is_be = matches!(w, "be" | "been" | "being" | "was" | "were" | "is" | "are");
        if !(is_be || is_auxiliary(w) || matches!(w, "clearly" | "also")) {
            break;
        }
        passive |= is_be;
        rest = before.trim_end();
    }
    if passive {
        rest
    } else {
        seg
    }
}

/// Auxiliaries and adverbs that may stand alone between an apposition and its
/// verb ("…, a lawyer, had argued", "…, has long said").
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "had"
            | "has"
            | "have"
            | "would"
            | "will"
            | "could"
            | "should"
            | "might"
            | "may"
            | "can"
            | "did"
            | "does"
            | "do"
            | "also"
            | "previously"
            | "repeatedly"
            | "already"
            | "long"
            | "once"
            | "never"
            | "earlier"
            | "later"
            | "then"
            | "not"
            | "often"
            | "always"
            | "again"
    )
}

fn skip_leading<'a, 'b>(ws: &'b [Word<'a>]) -> &'b [Word<'a>] {
    let k = ws
        .iter()
        .take_while(|w| {
            is_in(&LEADING_CONJ, w.text) && !is_capitalised(w.text)
                || w.text.eq_ignore_ascii_case("and")
                || w.text.eq_ignore_ascii_case("but")
        })
        .count();
    &ws[k..]
}

/// "Jo Roe, of Riverside, Westmoor, said": a bare name right after an "of"
/// or "from" place is the wider place it lies in, not the subject.
fn region_of_hometown(ws: &[Word], before: &[Word]) -> bool {
    let bare_name = (1..=3).contains(&ws.len()) && ws.iter().all(|w| is_capitalised(w.text));
    let hometown = before.len() >= 2
        && matches!(before[0].text, "of" | "from")
        && before[1..].iter().all(|w| is_capitalised(w.text));
    bare_name && hometown
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

/// The subject form of a third-person pronoun in any case ("him", "her",
/// "his", "their" → "he", "she", "he", "they").
pub(super) fn subject_pronoun(w: &str) -> Option<&'static str> {
    match w.to_ascii_lowercase().as_str() {
        "he" | "him" | "his" => Some("he"),
        "she" | "her" | "hers" => Some("she"),
        "they" | "them" | "their" => Some("they"),
        "it" | "its" => Some("it"),
        _ => None,
    }
}

/// The NP right after a cue ("said Kirby", "according to the ministry").
pub fn subject_after(rest: &str) -> Option<Referent> {
    subject_after_in(&Sentence::none(), rest)
}

/// "…," said one of them, Sanjay Rai.": one of a group the text spoke of,
/// named after the comma, is that person.
fn one_of_them_named(sent: &Sentence, ws: &[Word]) -> Option<Referent> {
    let [one, of, ..] = ws else { return None };
    if !one.text.eq_ignore_ascii_case("one") || of.text != "of" {
        return None;
    }
    // "them,", "the volunteers,", "the three women,".
    let k = ws
        .iter()
        .take(5)
        .position(|w| w.comma_after)
        .filter(|&k| k >= 2)?;
    person_named_first(sent, &ws[k + 1..]).map(Referent::Named)
}

/// The person the phrase opening `rest` names, after a comma ("…, Jane
/// Roe"): a name with at least one name word, never a role or a body.
fn person_named_first(sent: &Sentence, rest: &[Word]) -> Option<Named> {
    let m = np_extent(rest);
    match (m > 0).then(|| interpret_in(sent, &rest[..m])).flatten()? {
        Referent::Named(p)
            if p.kind == SpeakerKind::Person && p.name.split_whitespace().any(is_name_word) =>
        {
            Some(p)
        }
        _ => None,
    }
}

/// [`subject_after`] for the text `rest` after a cue of the sentence `sent`,
/// whose words are read from the sentence's own split.
pub fn subject_after_in(sent: &Sentence, rest: &str) -> Option<Referent> {
    let ws = sent.words_of(head(rest, OBJECT_REACH));
    // "According to her, …": an object pronoun stands for the person.
    if let Some(w) = ws.first().filter(|w| w.comma_after || ws.len() == 1) {
        let object = matches!(
            w.text.to_ascii_lowercase().as_str(),
            "him" | "her" | "them" | "it"
        );
        if let Some(p) = subject_pronoun(w.text).filter(|_| object) {
            return Some(Referent::Pronoun(p.to_string()));
        }
    }
    if let Some((r, _)) = unnamed_source(&ws) {
        return Some(r);
    }
    if let Some(r) = one_of_them_named(sent, &ws) {
        return Some(r);
    }
    let n = np_extent(&ws);
    if n == 0 {
        return None;
    }
    let (r, n) = with_affiliation(interpret_in(sent, &ws[..n])?, &ws, n, ws.len());
    // "according to a report published by WATRA": the issuer after the document.
    let r = match r {
        Referent::Document { issuer: None, noun } => Referent::Document {
            issuer: issuer_after(&ws[n..]),
            noun,
        },
        r => r,
    };
    // "said the union's spokesperson, Jane Roe": the name after the comma.
    if ws[n - 1].comma_after && is_role_only(&r).is_some() {
        if let Some(p) = person_named_first(sent, &ws[n..]) {
            return Some(Referent::Named(Named {
                role: is_role_only(&r),
                ..p
            }));
        }
    }
    // "said Jane Roe, a spokeswoman for …": the role after the comma.
    if let Referent::Named(p) = &r {
        if ws[n - 1].comma_after && p.kind == SpeakerKind::Person && p.role.is_none() {
            let rest = &ws[n..];
            let m = np_extent(rest);
            if let Some(role) = (m > 0)
                .then(|| interpret_in(sent, &rest[..m]))
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

/// "A scout said", "one longtime fan said": an indefinite person described by
/// a common noun no list knows is still the one who speaks, named by the
/// description. Only a singular lowercase head qualifies; "a" before a
/// capitalised head is a name or a body, read elsewhere.
fn someone(ws: &[Word]) -> Option<Referent> {
    let (first, rest) = ws.split_first()?;
    let indefinite = matches!(
        first.text.to_ascii_lowercase().as_str(),
        "a" | "an" | "one" | "another"
    );
    let (head, mods) = rest.split_last()?;
    let lowercase = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    let plain = head.text.len() > 2
        && lowercase(head.text)
        && singular(head.text) == head.text
        && !is_noun_in(&BODY_NOUNS, head.text);
    // Modifiers and head: a few plain words, no preposition or adverb ("a
    // week later police said" is no one described).
    let described = (1..=3).contains(&rest.len())
        && mods
            .iter()
            .all(|w| is_capitalised(w.text) || lowercase(w.text))
        && rest.iter().all(|w| {
            w.text.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                && !w.comma_after
                && !is_joiner(w.text)
                && !w.text.ends_with("ly")
                && !matches!(
                    w.text,
                    "later"
                        | "earlier"
                        | "ago"
                        | "after"
                        | "before"
                        | "then"
                        | "now"
                        | "also"
                        | "too"
                        | "still"
                        | "again"
                        | "day"
                        | "week"
                        | "month"
                        | "year"
                )
        });
    if !indefinite || !plain || !described {
        return None;
    }
    let name = rest.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
    Some(Referent::Named(Named {
        role: Some(name.clone()),
        name,
        kind: SpeakerKind::Person,
        group: false,
    }))
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
    fn names_keep_their_particles() {
        assert_eq!(
            named("Army spokesman Karim el-Haddad ").name,
            "Karim el-Haddad"
        );
        assert_eq!(
            named("Minister of State for Trade Samir al-Tamimi ").name,
            "Samir al-Tamimi"
        );
        assert_eq!(
            named("Crown Prince Faisal bin Nasser ").name,
            "Faisal bin Nasser"
        );
        assert_eq!(named("Judge Anna van der Berg ").name, "Anna van der Berg");
        assert_eq!(named("Olivier d'Aubigny ").name, "Olivier d'Aubigny");
        // A surname that opens with its particle.
        for (s, want) in [
            ("von Hallberg ", "von Hallberg"),
            (", de Santos ", "de Santos"),
            ("van der Berg ", "van der Berg"),
        ] {
            let n = named(s);
            assert_eq!(
                (n.name.as_str(), n.kind),
                (want, SpeakerKind::Person),
                "{s}"
            );
        }
    }

    #[test]
    fn office_titles_stay_out_of_the_name() {
        assert_eq!(
            named("FAA Administrator Thomas Brandt ").name,
            "Thomas Brandt"
        );
        assert_eq!(named("Navy Commodore Ramon Villa ").name, "Ramon Villa");
    }

    #[test]
    fn party_tags_are_appositions() {
        assert_eq!(named("Sen. Mary Doyle, D-Ore., ").name, "Mary Doyle");
        assert_eq!(
            named("Majority Leader Tom Reed, R-Texas, ").name,
            "Tom Reed"
        );
        assert_eq!(
            named("Rep. Ann Cole, I-Vt., one of the sponsors, ").name,
            "Ann Cole"
        );
        assert!(is_party_tag("D-N.M.") && is_party_tag("R-Ky."));
        assert!(!is_party_tag("Rolls-Royce") && !is_party_tag("D-Day's"));
    }

    #[test]
    fn titles_before_a_name() {
        assert_eq!(
            named("Speaking from Aden, Yemeni political official Omar Saleh ").name,
            "Omar Saleh"
        );
        assert_eq!(named("City Council member Dana Price ").name, "Dana Price");
        assert_eq!(
            named("UN special envoy for Libya Marta Kovacs ").name,
            "Marta Kovacs"
        );
        // A verb after a surname is not part of a title.
        assert!(subject_before("Reilly met club president Helen Marsh and ")
            .is_none_or(|r| !matches!(r, Referent::Named(ref n) if n.name == "Reilly met club president Helen Marsh")));
    }

    #[test]
    fn body_then_lowercase_role_then_name() {
        let n = named("Speaking to the paper, Liberal Party co-leader Mara Feldt-Olsen ");
        assert_eq!(
            (n.name.as_str(), n.kind, n.role.as_deref()),
            (
                "Mara Feldt-Olsen",
                SpeakerKind::Person,
                Some("Liberal Party co-leader")
            )
        );
        assert_eq!(
            named("Harbor Trust volunteer coordinator Tom Reyes ").name,
            "Tom Reyes"
        );
        assert!(matches!(
            subject_after("Blue Cross volunteer coordinator Tom Reyes."),
            Some(Referent::Named(ref n)) if n.name == "Tom Reyes"
        ));
        assert_eq!(
            named("Labour campaign strategist Ines Vidal ").name,
            "Ines Vidal"
        );
        // A verb after the capitalised words is not a role.
        assert!(subject_before("Reilly met club president Helen Marsh and ")
            .is_none_or(|r| !matches!(r, Referent::Named(ref n) if n.name.contains("Marsh"))));
        assert!(is_role_word("co-founder") && is_role_word("organizer"));
        assert!(!is_role_word("co-operation") && !is_role_word("met"));
    }

    #[test]
    fn subject_of_a_free_relative_clause() {
        assert_eq!(
            named("Critics faulted the regulator on Monday for what Sen. Mia Hart ").name,
            "Mia Hart"
        );
        // A pronoun there is not read as a fresh subject.
        assert!(free_relative_subject(&words("condemned what it ")).is_none());
        // "what" not right before the subject: the clause's own subject.
        assert_eq!(
            named("Mayor Jo Penn, asked what had gone wrong, ").name,
            "Jo Penn"
        );
    }

    #[test]
    fn a_spokesman_for_a_ministry_then_the_name() {
        for org in [
            "the ministry",
            "the Ministry of Health",
            "the Ministry of Land Management",
        ] {
            let r = subject_before(&format!("A spokesman for {org}, Seng Lot, "));
            assert!(matches!(r, Some(Referent::Named(ref n)) if n.name == "Seng Lot"));
        }
    }

    #[test]
    fn appositions_of_affiliation_and_description() {
        assert_eq!(
            named("Labour Minister Hana Kowal, of the centre-right People's Party, ").name,
            "Hana Kowal"
        );
        assert_eq!(
            named("Leo Brandt, a 30-year veteran of the fire service, ").name,
            "Leo Brandt"
        );
        assert_eq!(
            named("The panel heard from three nurses, including Leo Brandt, a veteran of the ward, who ")
                .name,
            "Leo Brandt"
        );
        // Without a relative pronoun, "including" names an example, not the subject.
        assert!(subject_before("Several coastal nations, including Chile, ")
            .is_none_or(|r| !matches!(r, Referent::Named(ref n) if n.name == "Chile")));
    }

    #[test]
    fn bodies_with_complements_and_modifiers() {
        let n = named("The Russian-backed administration, which holds the north, ");
        assert_eq!(n.name, "Russian-backed administration");
        let n = named("the Saudi-led alliance ");
        assert_eq!(n.name, "Saudi-led alliance");
        assert_eq!(
            named("the National Institutes for Health and Care ").name,
            "National Institutes for Health and Care"
        );
        assert_eq!(
            named("The national agency for the environment ").name,
            "national agency for the environment"
        );
        assert_eq!(named("The state TASS news agency ").name, "TASS");
        assert_eq!(named("The World Food Council ").name, "World Food Council");
        assert!(matches!(
            subject_after("the World Food Council, prices rose"),
            Some(Referent::Named(ref n)) if n.name == "World Food Council"
        ));
        assert_eq!(named("the official Anadolu news agency ").name, "Anadolu");
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
    fn bodies_named_after_what_they_run() {
        for (s, want) in [
            (
                "The World Food Programme last month ",
                "World Food Programme",
            ),
            ("the World Bank ", "World Bank"),
            ("The Clean Rivers Project ", "Clean Rivers Project"),
            ("the Open Data Initiative ", "Open Data Initiative"),
        ] {
            let n = named(s);
            assert_eq!((n.name.as_str(), n.kind), (want, SpeakerKind::Organisation));
        }
        // Events and wars never speak.
        assert_eq!(subject_before("The World Cup "), None);
        assert_eq!(subject_before("the Paris Peace Summit "), None);
    }

    #[test]
    fn counting_word_before_a_role() {
        for s in [
            "One engineer in the Leeds office, who asked not to be named, ",
            "One official ",
            "Another senior official ",
        ] {
            let n = named(s);
            assert_eq!(n.kind, SpeakerKind::Person, "{s}: {n:?}");
            assert!(
                n.name.ends_with("engineer") || n.name.ends_with("official"),
                "{s}: {n:?}"
            );
        }
        // Proper modifiers between the counting word and the role.
        assert_eq!(named("one EU diplomat ").name, "EU diplomat");
        assert_eq!(
            named("Another Pentagon official ").name,
            "Pentagon official"
        );
        let n = named("one London-based fund manager ");
        assert_eq!(
            (n.name.as_str(), n.kind),
            ("London-based fund manager", SpeakerKind::Person)
        );
        assert!(matches!(
            subject_after("another Texas-born oil trader."),
            Some(Referent::Named(ref n)) if n.name == "Texas-born oil trader"
        ));
        // "One of the plaintiffs" is a partitive, not a role.
        assert_eq!(subject_before("One of them, "), None);
    }

    #[test]
    fn phrases_between_subject_and_verb() {
        match subject_before(
            "A joint letter by Nordic health ministers, seen by Reuters before its release, ",
        ) {
            Some(Referent::Document {
                issuer: Some(n), ..
            }) => {
                assert_eq!(n.name, "Nordic health ministers");
            }
            other => panic!("{other:?}"),
        }
        let n = named("The mayor's lawyer, Jo Penn, had ");
        assert_eq!(
            (n.name.as_str(), n.role.as_deref()),
            ("Jo Penn", Some("mayor's lawyer"))
        );
        assert_eq!(named("Ed Bray, a lawyer, has long ").name, "Ed Bray");
    }

    #[test]
    fn unnamed_people_keep_the_affiliation_that_tells_them_apart() {
        assert_eq!(
            named(
                "A senior official at the Transport Ministry, speaking on condition of anonymity, "
            )
            .name,
            "senior Transport Ministry official"
        );
        // A body of plain words goes first too, without its place phrase;
        // one proper name after "at the" is a seat and stays as written.
        assert_eq!(
            named("A nurse at another state hospital in the city ").name,
            "state hospital nurse"
        );
        assert_eq!(
            named("An official at the Elysée ").name,
            "official at the Elysée"
        );
        assert_eq!(
            named("An engineer with the water board in Tarn County ").name,
            "water board engineer"
        );
        assert_eq!(
            named("A source in one of the regional governments ").name,
            "source in one of the regional governments"
        );
        // A body named "X of Y" goes before the role, as it is written.
        assert_eq!(
            named("A senior official at the Ministry of Fisheries ").name,
            "senior Ministry of Fisheries official"
        );
        assert_eq!(
            named("A source in the Office of Public Works ").name,
            "Office of Public Works source"
        );
        // A place is not an affiliation; an age is a modifier.
        assert_eq!(
            named("a 64-year-old man in Dresden ").name,
            "64-year-old man"
        );
        assert_eq!(
            named("a second diplomat from a Nordic country ").name,
            "second diplomat"
        );
        // A name in apposition still wins.
        assert_eq!(
            named("Ana Costa, an analyst at the Bruegel institute, ").name,
            "Ana Costa"
        );
        match subject_after("a source close to the city council, the mayor will resign") {
            Some(Referent::Named(n)) => assert_eq!(n.name, "source close to the city council"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_unnamed_source_is_named_by_its_access() {
        let name = |r: Option<Referent>| match r {
            Some(Referent::Named(n)) => (n.name, n.group),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            name(subject_before("a person familiar with the inquiry ")),
            ("person familiar with the inquiry".to_string(), false)
        );
        assert_eq!(
            name(subject_before("Two people close to the negotiations have ")),
            ("people close to the negotiations".to_string(), true)
        );
        assert_eq!(
            name(subject_after(
                "one person with direct knowledge of the payroll system."
            ))
            .0,
            "person with direct knowledge of the payroll system"
        );
        assert_eq!(
            name(subject_after(
                "a source familiar with the talks, the deal is off"
            ))
            .0,
            "source familiar with the talks"
        );
        // Bare "a person" is nobody in particular; a clause is no description.
        assert_eq!(subject_before("a person in the crowd "), None);
        assert_eq!(subject_after("people familiar with what was said"), None);
    }

    #[test]
    fn a_relative_clause_speaks_for_its_antecedent() {
        assert_eq!(
            named("Commenting on remarks made by Acme spokesman Tom Hale, who earlier ").name,
            "Tom Hale"
        );
        assert_eq!(
            named("The view was echoed by an adviser in the office of the governor, who ").name,
            "adviser in the office of the governor"
        );
        // Not a place after a preposition.
        assert!(!matches!(
            subject_before("Ed Bray, a nurse at the hospital in Leeds, who "),
            Some(Referent::Named(ref n)) if n.name == "Leeds"
        ));
    }

    #[test]
    fn participles_and_coordinated_verbs_are_not_subjects() {
        assert_eq!(subject_before("Commenting on the remarks "), None);
        assert!(matches!(
            subject_before("Referring to the report, the minister "),
            Some(Referent::Role { ref head, .. }) if head == "minister"
        ));
        let n =
            named("The agency's spokeswoman, Ada Brandt, declined to comment on the talks but ");
        assert_eq!(n.name, "Ada Brandt");
        assert_eq!(named("Mr Reeve ").name, "Reeve");
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
            Some(Referent::Document { issuer: None, .. })
        ));
        match subject_before("a White House statement ") {
            Some(Referent::Document {
                issuer: Some(n), ..
            }) => assert_eq!(n.name, "White House"),
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
