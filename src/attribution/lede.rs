//! Delayed identification: a news lede often names a speaker by office only
//! ("The Minister for Foreign Affairs has warned …") and gives the name in the
//! next paragraph ("Speaking in Dublin, Seán Ó Ceallaigh said …"). The office
//! then belongs to that person.

use super::analyse::LocalStatement;
use super::discourse::Discourse;
use super::phrase::is_name_word;
use crate::attribution::SpeakerKind;

/// How many paragraphs after the lede the holder's name may first appear in.
const REACH: usize = 2;

/// Give the lede's statements by an unnamed office holder to the person first
/// named, as a speaker, in the paragraphs that follow; the office becomes one
/// of that person's roles. `lede` is the index of the lede paragraph and
/// `paragraph_of` maps a byte offset to its paragraph.
pub fn identify(
    d: &mut Discourse,
    statements: &mut [LocalStatement],
    lede: usize,
    paragraph_of: impl Fn(usize) -> usize,
) {
    let first_at = |d: &Discourse, id: usize| d.locals[id].spans.iter().map(|r| r.start).min();
    let mut office_holders: Vec<usize> = statements
        .iter()
        .filter(|s| s.paragraph == lede)
        .filter_map(|s| s.speaker)
        .filter(|&id| {
            let l = &d.locals[id];
            l.kind == SpeakerKind::Person
                && l.roles.is_empty()
                && !l.name.split_whitespace().any(is_name_word)
                && l.mentions
                    .iter()
                    .map(|r| r.start)
                    .min()
                    .is_none_or(|at| paragraph_of(at) == lede)
        })
        .collect();
    office_holders.dedup();
    for office in office_holders {
        // The first person named after the lede, if that is soon and they speak.
        let next = (0..d.locals.len())
            .filter(|&id| d.locals[id].kind == SpeakerKind::Person && id != office)
            .filter_map(|id| first_at(d, id).map(|at| (at, id)))
            .filter(|&(at, _)| paragraph_of(at) > lede)
            .min();
        let Some((at, holder)) = next else {
            continue;
        };
        let l = &d.locals[holder];
        let named = l
            .name
            .split_whitespace()
            .filter(|w| is_name_word(w))
            .count()
            >= 2;
        if !named || !l.spoke || paragraph_of(at) > lede + REACH {
            continue;
        }
        let role = d.locals[office].name.clone();
        for s in statements.iter_mut().filter(|s| s.speaker == Some(office)) {
            s.speaker = Some(holder);
        }
        let l = &mut d.locals[holder];
        if !l.roles.contains(&role) {
            l.roles.push(role);
        }
        d.locals[office].spoke = false;
    }
}
