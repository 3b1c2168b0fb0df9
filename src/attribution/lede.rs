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
    opens_paragraph: impl Fn(usize) -> bool,
    text: &str,
) {
    let first_at = |d: &Discourse, id: usize| d.locals[id].spans.iter().map(|r| r.start).min();
    let mut office_holders: Vec<usize> = statements
        .iter()
        .filter(|s| s.paragraph == lede)
        .filter_map(|s| s.speaker)
        .filter(|&id| {
            let l = &d.locals[id];
            // "A former senior customs official … denied": a description
            // stands for a person as an office does.
            l.kind == SpeakerKind::Person
                && l.roles
                    .iter()
                    .all(|r| *r == l.name || !r.split_whitespace().any(is_name_word))
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
        // "Jo Roe Diaz, who ran the office, …; "…," Roe told the court":
        // the person speaks under a surname alone.
        let spoke = l.spoke
            || d.locals.iter().any(|o| {
                o.spoke
                    && o.kind == SpeakerKind::Person
                    && l.name.split_whitespace().skip(1).any(|w| w == o.name)
            });
        // A description ("a former senior customs official") is not someone
        // given another role ("Jo Roe, a resident,"): their role words agree.
        let office_name = &d.locals[office].name;
        let described = d.locals[office].roles.iter().any(|r| r == office_name);
        let agrees = l.roles.is_empty()
            || l.roles.iter().any(|r| {
                r.split_whitespace().any(|w| {
                    w.len() > 3
                        && office_name
                            .split_whitespace()
                            .any(|o| o.eq_ignore_ascii_case(w))
                })
            });
        // …and the name is introduced as the described one is: opening its
        // paragraph with who the person is ("Jo Roe, who ran the office,"),
        // not merely speaking there ("Speaking in Galway, Jo Roe said").
        let introduced = || {
            let end = l.spans.iter().find(|r| r.start == at).map_or(at, |r| r.end);
            let after = text.get(end..).unwrap_or("");
            opens_paragraph(at)
                && [", who ", ", a ", ", an ", ", the "]
                    .iter()
                    .any(|p| after.starts_with(p))
        };
        if !named
            || !spoke
            || described && !(agrees && introduced())
            || paragraph_of(at) > lede + REACH
        {
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
