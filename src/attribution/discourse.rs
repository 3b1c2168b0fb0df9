//! What an article has said so far: the people and bodies mentioned (with the
//! roles the text gave them), who was the subject of each sentence, which
//! statement was issued by whom. Pronouns, role nouns ("the army chief") and
//! documents ("the statement") are resolved against this state, in text order.

use super::names::{same_org, same_person};
use super::speakers::{Named, Referent};
use super::text::strip_possessive;
use crate::attribution::SpeakerKind;

/// One person or body of an article.
#[derive(Debug, Clone)]
pub struct Local {
    /// Fullest form seen in the article.
    pub name: String,
    /// Every form seen, with how often.
    pub forms: Vec<(String, usize)>,
    pub kind: SpeakerKind,
    pub roles: Vec<String>,
    pub group: bool,
    /// Last mention (byte offset in the article).
    pub last: usize,
    /// The subject of a reporting cue somewhere in the article.
    pub spoke: bool,
    /// Mentions (byte ranges in the article text).
    pub mentions: Vec<std::ops::Range<usize>>,
}

/// Salient referents of one sentence, for pronouns.
#[derive(Debug, Clone, Copy, Default)]
pub struct SentenceRecord {
    pub person: Option<usize>,
    pub org: Option<usize>,
    pub group: Option<usize>,
}

/// The article's state while it is read in order.
#[derive(Debug, Default)]
pub struct Discourse {
    pub locals: Vec<Local>,
    pub records: Vec<SentenceRecord>,
    /// Who issued the statement last mentioned.
    pub doc_issuer: Option<usize>,
    /// Speaker of the last attributed words (quoted or reported).
    pub last_speaker: Option<usize>,
}

impl Discourse {
    /// The local for `named`, merging with an earlier form of the same person or body.
    pub fn intern(&mut self, named: &Named, at: std::ops::Range<usize>) -> usize {
        let found = self.locals.iter().rposition(|l| {
            l.kind == named.kind
                && match named.kind {
                    SpeakerKind::Person => same_person(&l.name, &named.name),
                    SpeakerKind::Organisation => same_org(&l.name, &named.name),
                }
        });
        let id = if let Some(i) = found {
            let l = &mut self.locals[i];
            if named.kind == SpeakerKind::Person
                && named.name.split_whitespace().count() > l.name.split_whitespace().count()
            {
                l.name.clone_from(&named.name);
            }
            match l.forms.iter_mut().find(|(f, _)| *f == named.name) {
                Some((_, n)) => *n += 1,
                None => l.forms.push((named.name.clone(), 1)),
            }
            i
        } else {
            self.locals.push(Local {
                name: named.name.clone(),
                forms: vec![(named.name.clone(), 1)],
                kind: named.kind,
                roles: Vec::new(),
                group: named.group,
                last: 0,
                spoke: false,
                mentions: Vec::new(),
            });
            self.locals.len() - 1
        };
        let l = &mut self.locals[id];
        if let Some(r) = &named.role {
            if !l.roles.iter().any(|x| x == r) {
                l.roles.push(r.clone());
            }
        }
        l.last = l.last.max(at.start);
        if !l.mentions.contains(&at) {
            l.mentions.push(at);
        }
        id
    }

    /// A person known by the bare surname `word`, if the article named them fully.
    pub fn person_by_surname(&self, word: &str) -> Option<usize> {
        let w = strip_possessive(word).0;
        self.locals.iter().rposition(|l| {
            l.kind == SpeakerKind::Person && l.name.contains(' ') && same_person(&l.name, w)
        })
    }

    /// Resolve a referent at byte `at`; `current` holds salient referents of the
    /// sentence so far (checked before earlier sentences).
    pub fn resolve(
        &mut self,
        r: &Referent,
        at: std::ops::Range<usize>,
        current: &SentenceRecord,
    ) -> Option<usize> {
        match r {
            Referent::Named(n) => Some(self.intern(n, at)),
            Referent::Pronoun(p) => {
                let pick = |rec: &SentenceRecord| match p.as_str() {
                    "he" | "she" => rec.person,
                    "it" => rec.org,
                    "they" => rec.group.or(rec.org),
                    _ => None,
                };
                pick(current).or_else(|| self.records.iter().rev().take(8).find_map(pick))
            }
            Referent::Role {
                head,
                plural,
                modifiers,
                text,
            } => {
                let found = self.holder_of(head, *plural, modifiers);
                found.or_else(|| {
                    let kind = if *plural {
                        SpeakerKind::Organisation
                    } else {
                        SpeakerKind::Person
                    };
                    let name = text.clone();
                    Some(self.intern(
                        &Named {
                            name,
                            kind,
                            role: None,
                            group: *plural,
                        },
                        at,
                    ))
                })
            }
            Referent::Body { head, text } => {
                let found = self.locals.iter().enumerate().rev().find(|(_, l)| {
                    l.kind == SpeakerKind::Organisation
                        && l.name
                            .split_whitespace()
                            .any(|w| super::lexicon::singular(w) == *head)
                });
                match found {
                    Some((i, _)) => Some(i),
                    None => Some(self.intern(
                        &Named {
                            name: text.clone(),
                            kind: SpeakerKind::Organisation,
                            role: None,
                            group: false,
                        },
                        at,
                    )),
                }
            }
            Referent::Document { issuer } => match issuer {
                Some(n) => {
                    let id = self.intern(n, at);
                    self.doc_issuer = Some(id);
                    Some(id)
                }
                None => self
                    .doc_issuer
                    .or(current.org)
                    .or_else(|| self.records.iter().rev().take(8).find_map(|r| r.org)),
            },
        }
    }

    /// The person (or group, for plurals) whose role or name carries `head`,
    /// preferring matching modifiers, then the most recent mention.
    fn holder_of(&self, head: &str, plural: bool, modifiers: &[String]) -> Option<usize> {
        let stem = |w: &str| -> String {
            let w = strip_possessive(w).0.to_lowercase();
            w.chars().take(5).collect()
        };
        let mods: Vec<String> = modifiers.iter().map(|m| stem(m)).collect();
        let mut best: Option<(usize, usize, usize)> = None;
        for (i, l) in self.locals.iter().enumerate() {
            let texts: Vec<&str> = if plural || l.group {
                std::iter::once(l.name.as_str())
                    .chain(l.roles.iter().map(String::as_str))
                    .collect()
            } else {
                l.roles.iter().map(String::as_str).collect()
            };
            if plural != l.group || (l.kind == SpeakerKind::Organisation && !l.group) {
                continue;
            }
            let holds = texts.iter().any(|t| {
                t.split(|c: char| c.is_whitespace() || c == '-')
                    .any(|w| super::lexicon::singular(w) == head)
            });
            if !holds {
                continue;
            }
            let overlap = texts
                .iter()
                .flat_map(|t| t.split_whitespace())
                .filter(|w| mods.contains(&stem(w)))
                .count();
            let key = (overlap, l.last, i);
            if best.is_none_or(|b| (key.0, key.1) > (b.0, b.1)) {
                best = Some(key);
            }
        }
        best.map(|b| b.2)
    }
}
