//! What an article has said so far: the people and bodies mentioned (with the
//! roles the text gave them), who was the subject of each sentence, which
//! statement was issued by whom. Pronouns, role nouns ("the army chief") and
//! documents ("the statement") are resolved against this state, in text order.

use super::lexicon::{BODY_NOUNS, ORG_HEADS};
use super::names::Key;
use super::phrase::is_noun_in;
use super::speakers::{Named, Referent};
use super::text::{is_capitalised, strip_possessive};
use crate::attribution::SpeakerKind;

/// One person or body of an article.
#[derive(Debug, Clone)]
pub struct Local {
    /// Fullest form seen in the article.
    pub name: String,
    /// Every form seen, with how often.
    pub forms: Vec<(String, usize)>,
    pub kind: SpeakerKind,
    /// `name` folded for comparison.
    pub key: Key,
    pub roles: Vec<String>,
    pub group: bool,
    /// Last mention (byte offset in the article).
    pub last: usize,
    /// The subject of a reporting cue somewhere in the article.
    pub spoke: bool,
    /// Where the text refers to it (byte ranges in the article text), including
    /// the cue of a pronoun or role noun resolved to it: for resolution order.
    pub mentions: Vec<std::ops::Range<usize>>,
    /// Where its name is written: the entity's mentions for the sidebar (never
    /// a reporting verb or pronoun).
    pub spans: Vec<std::ops::Range<usize>>,
    /// What the text has signalled (a title, he/she referring back): `None` until then.
    pub gender: Option<Gender>,
    /// An age given in apposition ("Jo Roe, 47,"), for a later "the 47-year-old".
    pub age: Option<u16>,
}

impl Local {
    /// A person named in full whose name the bare surname `key` stands for.
    fn bears_surname(&self, key: &Key) -> bool {
        self.kind == SpeakerKind::Person && self.name.contains(' ') && self.key.same(key)
    }
}

/// A person's grammatical gender as the article signals it, for he/she.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    /// The gender a pronoun or possessive signals ("she", "his", …).
    pub fn of_pronoun(w: &str) -> Option<Gender> {
        // Every such pronoun opens on h or s: most words fail on their first byte.
        if !matches!(w.as_bytes().first().map(|b| b | 0x20), Some(b'h' | b's')) {
            return None;
        }
        let is = |list: &[&str]| list.iter().any(|p| w.eq_ignore_ascii_case(p));
        if is(&["he", "him", "his", "himself"]) {
            Some(Gender::Male)
        } else if is(&["she", "her", "hers", "herself"]) {
            Some(Gender::Female)
        } else {
            None
        }
    }

    /// The gender a title or role signals ("Mr", "Ms", "spokeswoman", "actress").
    pub fn of_role(role: &str) -> Option<Gender> {
        role.split_whitespace().find_map(|w| {
            // Lowercased on the stack: every role given to a person passes here.
            let lower = super::lexicon::Lower::new(w.trim_end_matches('.'));
            let w = lower.as_str();
            match w {
                "mr" | "sir" | "lord" | "king" | "prince" | "husband" | "father" | "son"
                | "brother" | "widower" => Some(Gender::Male),
                "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "actress"
                | "wife" | "mother" | "daughter" | "sister" | "widow" => Some(Gender::Female),
                _ if w.ends_with("woman") => Some(Gender::Female),
                _ => None,
            }
        })
    }
}

/// A courtesy title alone ("Mr", "Ms.", "Mrs"), or the style of a knight or
/// dame ("Sir", "Dame"), which says nothing of office.
pub(super) fn is_honorific(role: &str) -> bool {
    let role = role.trim_end_matches('.');
    // Asked for every role interned, most of them longer than any honorific;
    // the rest are lowercased on the stack.
    role.len() <= 4
        && matches!(
            super::lexicon::Lower::new(role).as_str(),
            "mr" | "ms" | "mrs" | "miss" | "mx" | "sir" | "dame"
        )
}

/// Salient referents of one sentence, for pronouns.
#[derive(Debug, Clone, Copy, Default)]
pub struct SentenceRecord {
    pub person: Option<usize>,
    /// First person mentioned anywhere in the sentence (after a preposition too).
    pub any_person: Option<usize>,
    pub org: Option<usize>,
    /// The first body the sentence mentions and where, known before its cues
    /// are read: "Acme will cut 200 jobs, the company said" finds Acme in it.
    pub mentioned_org: Option<(usize, usize)>,
    pub group: Option<usize>,
    /// Where the name opening the sentence as its subject starts (after a
    /// leading adverbial), when the sentence has no quotation and no other
    /// person speaks in it: a quotation-only sentence after it is theirs.
    pub subject_at: Option<usize>,
    /// "She pauses, pours another cup.": the he/she of a sentence with no
    /// quotation and no reporting verb, whose words a quotation-only
    /// paragraph after it may be.
    pub pronoun: Option<&'static str>,
    pub paragraph: usize,
}

/// The article's state while it is read in order.
#[derive(Debug, Default)]
pub struct Discourse {
    pub locals: Vec<Local>,
    pub records: Vec<SentenceRecord>,
    /// Who issued the statement last mentioned.
    pub doc_issuer: Option<usize>,
    /// Who issued each kind of document named so far ("in a filing", "in a
    /// note to clients"), in text order.
    pub doc_issuers: Vec<(String, usize)>,
    /// Speaker of the last attributed words (quoted or reported).
    pub last_speaker: Option<usize>,
    /// The last speaker when only cited for a fact, with no words of its own
    /// ("according to the transit authority, 80 per cent …").
    pub cited: Option<usize>,
    /// Short names given in brackets after a body's name ("the Central Bank
    /// (BCRA)"), with the body they stand for.
    pub acronyms: Vec<(String, usize)>,
    /// The person each bare surname (folded) first stood for while one
    /// person of the article bore it: see [`Self::surname_holder`].
    pub surname_holders: Vec<(String, usize)>,
}

impl Discourse {
    /// The local for `named`, merging with an earlier form of the same person or body.
    pub fn intern(&mut self, named: &Named, at: std::ops::Range<usize>) -> usize {
        // A local's key is the key of its name: a name met again (the usual
        // case) borrows the folded key from its local instead of refolding,
        // and copies it only if a local takes it.
        let known = self
            .locals
            .iter()
            .rposition(|l| l.kind == named.kind && l.name == named.name);
        let fresh = match known {
            Some(_) => None,
            None => Some(match named.kind {
                SpeakerKind::Person => Key::person(&named.name),
                SpeakerKind::Organisation => Key::org(&named.name),
            }),
        };
        // `known` is set whenever `fresh` is not.
        let key = fresh
            .as_ref()
            .unwrap_or_else(|| &self.locals[known.unwrap_or_default()].key);
        let owned = |fresh: Option<Key>, locals: &[Local]| {
            fresh.unwrap_or_else(|| locals[known.unwrap_or_default()].key.clone())
        };
        // "Zahid Iqbal … his daughter, Shabana Iqbal … Mr Iqbal said": of
        // two people of one name, the title says which. It is read only when
        // the last of that name is of a known gender: most names are met
        // with no title, or only once.
        let same = |l: &Local| l.kind == named.kind && l.key.same(key);
        let found = self
            .shared_surname(named, key)
            .or_else(|| {
                let last = self.locals.iter().rposition(same)?;
                let titled = self.locals[last]
                    .gender
                    .and_then(|h| Some((h, named.role.as_deref().and_then(Gender::of_role)?)));
                match titled {
                    Some((h, g)) if h != g => self
                        .locals
                        .iter()
                        .rposition(|l| same(l) && l.gender.is_none_or(|h| h == g))
                        .or(Some(last)),
                    _ => Some(last),
                }
            })
            .or_else(|| self.acronym_of(named))
            .or_else(|| self.by_role_initials(named))
            .or_else(|| self.same_group(named))
            .or_else(|| self.by_first_part(named, key))
            .or_else(|| self.by_last_parts(named))
            .or_else(|| self.by_first_parts(named))
            .or_else(|| self.by_middle_part(named))
            .or_else(|| self.by_bare_head(named))
            // "Voltaris Mobility, the van maker," typed the name as a body:
            // the same words met again, shaped like a person's, are that body.
            .or_else(|| {
                (named.kind == SpeakerKind::Person)
                    .then(|| {
                        self.locals.iter().rposition(|l| {
                            l.kind == SpeakerKind::Organisation && l.name == named.name
                        })
                    })
                    .flatten()
            });
        let id = if let Some(i) = found {
            let l = &self.locals[i];
            // "foreign ministers", then "Group of Seven foreign ministers".
            let longer_group = named.group && named.name.len() > l.name.len();
            let fuller_person = named.kind == SpeakerKind::Person
                && named.name.split_whitespace().count() > l.name.split_whitespace().count();
            if longer_group || fuller_person {
                let key = owned(fresh, &self.locals);
                let l = &mut self.locals[i];
                l.name.clone_from(&named.name);
                l.key = key;
            }
            let l = &mut self.locals[i];
            match l.forms.iter_mut().find(|(f, _)| *f == named.name) {
                Some((_, n)) => *n += 1,
                None => l.forms.push((named.name.clone(), 1)),
            }
            i
        } else {
            let key = owned(fresh, &self.locals);
            self.locals.push(Local {
                name: named.name.clone(),
                forms: vec![(named.name.clone(), 1)],
                kind: named.kind,
                key,
                roles: Vec::new(),
                group: named.group,
                last: 0,
                spoke: false,
                mentions: Vec::new(),
                spans: Vec::new(),
                gender: None,
                age: None,
            });
            self.locals.len() - 1
        };
        if named.kind == SpeakerKind::Person && named.role.is_none() {
            self.note_surname(key_word(&named.name), id);
        }
        let l = &mut self.locals[id];
        if let Some(r) = &named.role {
            if l.kind == SpeakerKind::Person && l.gender.is_none() {
                l.gender = Gender::of_role(r);
            }
            // "Mr", "Ms": an honorific tells the gender but is no role, and
            // "elder" in "the elder Roe" only tells two Roes apart.
            if !is_honorific(r)
                && !super::interpret::is_family_age(r)
                && !l.roles.iter().any(|x| x == r)
            {
                l.roles.push(r.clone());
            }
        }
        l.last = l.last.max(at.start);
        if !l.mentions.contains(&at) {
            l.mentions.push(at);
        }
        id
    }

    /// "The BCRA said" after "the Central Bank (BCRA)": the body whose short
    /// name it is.
    fn acronym_of(&self, named: &Named) -> Option<usize> {
        if self.acronyms.is_empty() {
            return None;
        }
        let short = named.name.strip_prefix("the ").unwrap_or(&named.name);
        let short = super::text::strip_possessive(short).0;
        self.acronyms
            .iter()
            .rev()
            .find(|(a, _)| a == short)
            .map(|&(_, id)| id)
    }

    /// "the DPP added" after "Deputy public prosecutor Jo Roe": a short form
    /// of three or more capitals that spells the initials of a person's role
    /// is that person, not a body of that name.
    fn by_role_initials(&self, named: &Named) -> Option<usize> {
        let short = named.name.strip_prefix("the ").unwrap_or(&named.name);
        if short.len() < 3 || !short.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        self.locals.iter().rposition(|l| {
            l.kind == SpeakerKind::Person
                && l.roles.iter().any(|r| {
                    let initials: String = r
                        .split_whitespace()
                        .filter_map(|w| w.chars().next())
                        .collect();
                    initials.eq_ignore_ascii_case(short)
                })
        })
    }

    /// Remember `short` as the short name of body `id`.
    pub fn add_acronym(&mut self, short: &str, id: usize) {
        if !self.acronyms.iter().any(|(a, i)| a == short && *i == id) {
            self.acronyms.push((short.to_string(), id));
        }
    }

    /// Within one article, "foreign ministers" and "Group of Seven foreign
    /// ministers" are one group: one name ends with the other, whole words.
    fn same_group(&self, named: &Named) -> Option<usize> {
        if !named.group {
            return None;
        }
        let a = named.name.to_lowercase();
        self.locals.iter().rposition(|l| {
            if !l.group || l.kind != named.kind {
                return false;
            }
            let b = l.name.to_lowercase();
            let (long, short) = if a.len() >= b.len() {
                (&a, &b)
            } else {
                (&b, &a)
            };
            short.contains(' ')
                && long
                    .strip_suffix(short.as_str())
                    .is_some_and(|p| p.is_empty() || p.ends_with(' '))
        })
    }

    /// Record that the text refers to local `id` at `at` (a surname, a role
    /// opening a sentence), for the resolution order.
    pub fn note_mention(&mut self, id: usize, at: std::ops::Range<usize>) {
        let l = &mut self.locals[id];
        l.last = l.last.max(at.start);
        l.mentions.push(at);
    }

    /// Give local `id` the role `role`, once.
    pub fn add_role(&mut self, id: usize, role: String) {
        let l = &mut self.locals[id];
        if !l.roles.contains(&role) {
            l.roles.push(role);
        }
    }

    /// Record that the name of local `id` is written at `span`.
    pub fn note_span(&mut self, id: usize, span: std::ops::Range<usize>) {
        let l = &mut self.locals[id];
        if !l.spans.contains(&span) {
            l.spans.push(span);
        }
    }

    /// Learn genders from the pronouns of a sentence (masked text `ms` at byte
    /// `base`): a he/she/his/her refers to the one person named earlier in the
    /// sentence, or, when none was, to the previous sentence's subject. Only
    /// an unambiguous referent of unknown gender learns it.
    pub fn learn_genders(&mut self, ms: &str, base: usize) {
        // Space-separated tokens trimmed to their ASCII letters, walked as
        // bytes: every byte of a non-ASCII character is trimmed like the
        // character, and the trimmed ends fall on ASCII letters (char
        // boundaries), so this is `split(' ')` + `trim_matches` without the
        // per-token search and character decoding.
        //
        // Every gendered pronoun holds an "h": only the tokens around an h
        // (found with memchr) are looked at, in order, each once.
        let bytes = ms.as_bytes();
        let mut pos = 0;
        while let Some(k) = memchr::memchr2(b'h', b'H', &bytes[pos..]) {
            let at_h = pos + k;
            let start = memchr::memrchr(b' ', &bytes[pos..at_h]).map_or(pos, |j| pos + j + 1);
            let end = memchr::memchr(b' ', &bytes[at_h..]).map_or(bytes.len(), |j| at_h + j);
            let (mut lo, mut hi) = (start, end);
            pos = end;
            while lo < hi && !bytes[lo].is_ascii_alphabetic() {
                lo += 1;
            }
            while hi > lo && !bytes[hi - 1].is_ascii_alphabetic() {
                hi -= 1;
            }
            if !(2..=7).contains(&(hi - lo)) {
                continue;
            }
            let Some(g) = Gender::of_pronoun(&ms[lo..hi]) else {
                continue;
            };
            if matches!(&ms[lo..hi], "his" | "her" | "His" | "Her") {
                continue;
            }
            let at = base + lo;
            let mut before = self.locals.iter().enumerate().filter(|(_, l)| {
                l.kind == SpeakerKind::Person
                    // Mentions are recorded in reading order: only this
                    // sentence's tail needs looking at (long articles stay linear).
                    && l
                        .mentions
                        .iter()
                        .rev()
                        .take_while(|m| m.start >= base)
                        .any(|m| m.start < at)
            });
            let referent = match (before.next(), before.next()) {
                (Some((i, _)), None) => {
                    // "Jo Roe took the floor after him": an object pronoun in
                    // the clause of the person named is someone else. Only
                    // across a clause boundary ("…said officials had told
                    // him") may it refer back to that person; a relative
                    // "who" is no such boundary, as its clause is still the
                    // person's own ("Jo Roe, who is not related to him").
                    let from = self.locals[i]
                        .mentions
                        .iter()
                        .rev()
                        .find(|m| m.start >= base && m.start < at)
                        .map_or(at, |m| m.end.min(at));
                    // A mention may end inside a wide space that closes the
                    // name ("Jo Roe\u{3000}"): step back to a whole character.
                    let mut from = from - base;
                    while !ms.is_char_boundary(from) {
                        from -= 1;
                    }
                    let between = &ms[from..at - base];
                    let same_clause = ms[lo..hi].eq_ignore_ascii_case("him")
                        && !super::analyse::has_that(between)
                        && super::cues::find(between).is_empty();
                    (!same_clause && !after_addressee(&ms[..lo])).then_some(i)
                }
                (Some(_), Some(_)) => None,
                // "…found Sam Roe guilty. The court also ordered him to
                // pay": an object pronoun may be anyone the last sentence
                // named, not only the person it was about.
                (None, _) if ms[lo..hi].eq_ignore_ascii_case("him") => None,
                (None, _) => self.records.last().and_then(|r| r.person),
            };
            if let Some(i) = referent {
                if self.locals[i].gender.is_none() {
                    self.locals[i].gender = Some(g);
                }
            }
        }
    }

    /// The person the last few sentences were about: "…came from Jo Roe, who
    /// represents Arak" gives the one named there, unless a he/she was the
    /// subject ("Under questioning by Al Poe, she …").
    pub fn recent_person(&self) -> Option<usize> {
        self.records
            .iter()
            .rev()
            .take(4)
            .find_map(|r| r.person.or(r.any_person.filter(|_| r.pronoun.is_none())))
    }

    /// A person known by the bare surname `word`, if the article named them fully.
    pub fn person_by_surname(&self, word: &str) -> Option<usize> {
        let key = Key::person(strip_possessive(word).0);
        self.surname_holder(&key)
            .or_else(|| self.locals.iter().rposition(|l| l.bears_surname(&key)))
            // A person's word: no `Named` is built just to say so.
            .or_else(|| self.first_part_of(&key))
    }

    /// [`Self::person_by_surname`], remembering whom the surname stood for.
    pub fn bare_surname(&mut self, word: &str) -> Option<usize> {
        let id = self.person_by_surname(word)?;
        self.note_surname(key_word(strip_possessive(word).0), id);
        Some(id)
    }

    /// "Tomas Vidal died … Vidal opened the shop … his son, Luis Vidal, said
    /// … Vidal rarely gave interviews": a bare surname goes on standing for
    /// the person it first stood for, while that person was the only one of
    /// the article to bear it; news writing tells a relative named later
    /// apart by given name or as "the younger Vidal".
    fn surname_holder(&self, key: &Key) -> Option<usize> {
        let Key::Person {
            surname,
            given: None,
        } = key
        else {
            return None;
        };
        self.surname_holders
            .iter()
            .find(|(s, _)| s == surname)
            .map(|&(_, id)| id)
    }

    /// A bare person's name as interned: the one who holds the surname, or,
    /// for "the younger Vidal" (a family age as its role), the last other
    /// person of that surname.
    fn shared_surname(&self, named: &Named, key: &Key) -> Option<usize> {
        if named.kind != SpeakerKind::Person {
            return None;
        }
        let holder = self.surname_holder(key)?;
        match named.role.as_deref() {
            None => Some(holder),
            Some(r) if super::interpret::is_family_age(r) => self
                .locals
                .iter()
                .rposition(|l| l.bears_surname(key))
                .filter(|&i| i != holder)
                .or(Some(holder)),
            Some(_) => None,
        }
    }

    /// Remember that the bare surname `word` stood for person `id`, when
    /// `id` is the only person of the article named in full with it.
    fn note_surname(&mut self, word: Option<String>, id: usize) {
        let Some(word) = word else { return };
        if self.surname_holders.iter().any(|(s, _)| *s == word) {
            return;
        }
        let key = Key::Person {
            surname: word.clone(),
            given: None,
        };
        let mut bearers = self
            .locals
            .iter()
            .enumerate()
            .filter(|(_, l)| l.bears_surname(&key));
        if let (Some((i, _)), None) = (bearers.next(), bearers.next()) {
            if i == id {
                self.surname_holders.push((word, id));
            }
        }
    }

    /// A one-word name that is the first part of exactly one full name in
    /// the article: a name written surname first ("Guo Yanhong … Guo said")
    /// or a person called by the given name in a feature ("Miriam said").
    /// Of two candidates, the one named last, unless they were named together:
    /// the byline's "By Park Ji-won" is not the "Park" quoted after "Teammate
    /// Park Yong-taik", but "Chen Bo and Chen Hui … Chen said" is neither.
    fn by_first_part(&self, named: &Named, key: &Key) -> Option<usize> {
        if named.kind != SpeakerKind::Person {
            return None;
        }
        self.first_part_of(key)
    }

    /// [`Self::by_first_part`] for a person's one-word `key`.
    fn first_part_of(&self, key: &Key) -> Option<usize> {
        let Key::Person {
            surname: word,
            given: None,
        } = key
        else {
            return None;
        };
        if word.is_empty() {
            return None;
        }
        let mut found: Vec<(usize, usize)> = self
            .locals
            .iter()
            .enumerate()
            .filter(|(_, l)| {
                l.kind == SpeakerKind::Person
                    && matches!(&l.key, Key::Person { given: Some(g), .. } if g == word)
            })
            .map(|(i, l)| (l.last, i))
            .collect();
        found.sort_unstable();
        match found.as_slice() {
            [] => None,
            [(_, i)] => Some(*i),
            // Named together ("Chen Bo and Chen Hui"): neither.
            [.., (before, _), (last, i)] => (last - before > 100).then_some(*i),
        }
    }

    /// "The Department of Health … a spokesperson for the Department": a
    /// body's head noun alone, capitalised, is the body of that kind named
    /// last in full.
    fn by_bare_head(&self, named: &Named) -> Option<usize> {
        let head = &named.name;
        if named.kind != SpeakerKind::Organisation || !super::lexicon::is_bare_org_head(head) {
            return None;
        }
        self.locals.iter().rposition(|l| {
            l.kind == SpeakerKind::Organisation
                && !l.group
                && l.name.contains(' ')
                && l.name.split_whitespace().any(|w| w == head)
        })
    }

    /// A name of two or more words that ends exactly one longer full name of
    /// the article: a double surname used alone after the full name ("Ernesto
    /// Llanes Barrios … Llanes Barrios said"), whose first word is no given name.
    fn by_last_parts(&self, named: &Named) -> Option<usize> {
        // " {name}" at the end, read in place: no string is built for the
        // many names that `only_longer_person` turns away at once.
        self.only_longer_person(named, |full| {
            full.strip_suffix(named.name.as_str())
                .is_some_and(|rest| rest.ends_with(' '))
        })
    }

    /// A name of two or more words that opens exactly one longer full name of
    /// the article: given names used alone after a name that ends in a clan or
    /// family name ("Pasang Gyalzen Sherpa … Pasang Gyalzen said").
    fn by_first_parts(&self, named: &Named) -> Option<usize> {
        // "{name} " at the start, read in place (see `by_last_parts`).
        self.only_longer_person(named, |full| {
            full.strip_prefix(named.name.as_str())
                .is_some_and(|rest| rest.starts_with(' '))
        })
    }

    /// One word that stands inside exactly one person's full name of three
    /// or more words, neither first nor last: the family name of a name
    /// written with a patronymic or a second surname after it ("Yousif
    /// Al-Tayeb Hamad … Al-Tayeb added").
    fn by_middle_part(&self, named: &Named) -> Option<usize> {
        let word = named.name.as_str();
        if named.kind != SpeakerKind::Person || word.contains(' ') || word.len() < 3 {
            return None;
        }
        // The words between the first and the last, read in place: this is
        // asked of every person for many one-word names.
        let mut found = self.locals.iter().enumerate().filter(|(_, l)| {
            l.kind == SpeakerKind::Person
                && l.name
                    .split_once(' ')
                    .and_then(|(_, rest)| rest.rsplit_once(' '))
                    .is_some_and(|(middle, _)| middle.split(' ').any(|p| p == word))
        });
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// The one person of the article, named longer than the several-word
    /// `named`, whose full name `holds` it; none when two are.
    fn only_longer_person(&self, named: &Named, holds: impl Fn(&str) -> bool) -> Option<usize> {
        if named.kind != SpeakerKind::Person || !named.name.contains(' ') {
            return None;
        }
        let mut found = self.locals.iter().enumerate().filter(|(_, l)| {
            l.kind == SpeakerKind::Person && l.name.len() > named.name.len() + 1 && holds(&l.name)
        });
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// "Tom Bishop … Bishop said": a title word written alone, capitalised and
    /// with no determiner, is the surname of a person named earlier, when
    /// there is one ("the bishop said" stays a role).
    fn surname_like_title(&self, text: &str, at: usize) -> Option<usize> {
        if text.contains(' ') || !is_capitalised(text) {
            return None;
        }
        self.locals.iter().rposition(|l| {
            // "Tom Bishop" may have been read as a body for its last word.
            l.name.split(' ').count() >= 2
                && l.name.split(' ').all(is_capitalised)
                && l.name.rsplit(' ').next() == Some(text)
                && l.mentions.iter().any(|m| m.start < at)
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
                // he/she skip a person the text has shown to be of the other gender.
                let gender = Gender::of_pronoun(p);
                let fits = |id: &usize| {
                    gender.is_none_or(|g| self.locals[*id].gender.is_none_or(|h| h == g))
                };
                let pick = |rec: &SentenceRecord| match p.as_str() {
                    "he" | "she" => rec.person.filter(fits).or(rec.any_person.filter(fits)),
                    "it" => rec.org,
                    "they" => rec.group.or(rec.org),
                    _ => None,
                };
                // Within the sentence, only referents mentioned before the pronoun.
                let before =
                    |id: usize| self.locals[id].mentions.iter().any(|m| m.start < at.start);
                pick(current)
                    .filter(|&id| before(id))
                    .or_else(|| self.records.iter().rev().take(8).find_map(pick))
            }
            Referent::Role {
                head,
                plural,
                modifiers,
                text,
            } => {
                if let Some(id) = self.surname_like_title(text, at.start) {
                    return Some(id);
                }
                if let Some(id) = self.owned_role(text, at.clone(), current) {
                    return Some(id);
                }
                let found = self.holder_of(head, *plural, modifiers);
                // "A spokesperson for the Harbour Board said …; the
                // spokesperson said": the body a mouthpiece was introduced for.
                let found = found.or_else(|| {
                    (!plural && super::interpret::is_mouthpiece(head))
                        .then(|| {
                            self.locals.iter().rposition(|l| {
                                l.kind == SpeakerKind::Organisation
                                    && l.mentions.iter().any(|m| m.start < at.start)
                                    && l.roles.iter().any(|r| super::interpret::is_mouthpiece(r))
                            })
                        })
                        .flatten()
                });
                let found = found.or_else(|| {
                    // "the Arsenal manager" for the person the story is about.
                    let mouthpiece = matches!(
                        head.as_str(),
                        "spokesman" | "spokeswoman" | "spokesperson" | "official" | "source"
                    );
                    // Only a named person: "the minister" is never the "one
                    // diplomat" quoted just before, who has no name to carry a role.
                    let named = |id: &usize| is_capitalised(&self.locals[*id].name);
                    // "the representative of China" names its own office: it is
                    // not whoever the story was last about.
                    // So does "Ukraine's acting foreign minister": the office
                    // of a named country or body, introduced as such.
                    let own_office = text
                        .split_once(" of ")
                        .is_some_and(|(_, of)| of.split_whitespace().any(is_capitalised))
                        || modifiers
                            .iter()
                            .any(|m| is_capitalised(m) && strip_possessive(m).1);
                    // "Col. Jo Roe told reporters …; the spokesman said": the
                    // person who spoke last, whom the text gave no office
                    // (a military rank at most), is the one speaking for the
                    // body; a named minister is not "the spokesman".
                    let officeless = |id: &usize| {
                        let l = &self.locals[*id];
                        self.last_speaker == Some(*id)
                            && head != "source"
                            && l.roles.iter().all(|r| is_rank(r))
                    };
                    // "the wife of one of the soldiers": someone's relative
                    // is never the person the story is about.
                    let kin = matches!(
                        head.as_str(),
                        "wife"
                            | "husband"
                            | "partner"
                            | "mother"
                            | "father"
                            | "parent"
                            | "son"
                            | "daughter"
                            | "child"
                            | "brother"
                            | "sister"
                            | "widow"
                            | "widower"
                            | "relative"
                            | "cousin"
                            | "uncle"
                            | "aunt"
                            | "niece"
                            | "nephew"
                            | "grandmother"
                            | "grandfather"
                    );
                    // Nor is a party to a case whom the text never named as such
                    // ("the Indian defendant" after his lawyer was named).
                    let party = matches!(
                        head.as_str(),
                        "defendant"
                            | "plaintiff"
                            | "claimant"
                            | "complainant"
                            | "appellant"
                            | "petitioner"
                            | "suspect"
                            | "juror"
                    );
                    (!plural && !own_office && !kin && !party)
                        .then(|| {
                            current
                                .person
                                .or_else(|| self.recent_person())
                                .filter(named)
                                .filter(|id| !mouthpiece || officeless(id))
                        })
                        .flatten()
                });
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
                // "the club" is never "two South African clubs": a plural
                // noun in a name answers only a plural description.
                let plural_asked = text
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| super::lexicon::singular(w) != w.to_lowercase());
                // "police figures" holds "police" only as a modifier of
                // another common noun: it is not "the police".
                let found = self.locals.iter().enumerate().rev().find(|(_, l)| {
                    let ws: Vec<&str> = l.name.split_whitespace().collect();
                    l.kind == SpeakerKind::Organisation
                        && ws.iter().enumerate().any(|(k, w)| {
                            let s = super::lexicon::singular(w);
                            let modifier = !is_capitalised(w)
                                && ws.get(k + 1).is_some_and(|n| !is_capitalised(n));
                            (s == *head && (plural_asked || s.len() == w.len())
                                || agent_of(head, &s))
                                && !modifier
                        })
                });
                // "Belarusbank said …; the bank's press service said": a
                // one-word name closed by the noun asked for, read as a body
                // even where the scan took it for a person (no role, no gender).
                let found = found.or_else(|| {
                    self.locals.iter().enumerate().rev().find(|(_, l)| {
                        let bare = match l.kind {
                            SpeakerKind::Organisation => !l.group,
                            SpeakerKind::Person => l.roles.is_empty() && l.gender.is_none(),
                        };
                        bare && l.mentions.iter().any(|m| m.start < at.start)
                            && is_compound_of(&l.name, head)
                    })
                });
                // "Goldman Sachs said …; "…," the bank said": a body that just
                // spoke, whose name carries no head noun of its own, is nearer
                // than an older body whose name merely holds the noun.
                let found = found.map(|(i, _)| {
                    self.last_speaker
                        .filter(|&r| {
                            // A source cited for a fact has not spoken.
                            if self.cited == Some(r) {
                                return false;
                            }
                            // A roleless "person" called "the bank" is a body
                            // whose name looks like a person's ("Goldman Sachs").
                            let l = &self.locals[r];
                            let bare = match l.kind {
                                SpeakerKind::Organisation => !l.group,
                                SpeakerKind::Person => l.roles.is_empty() && l.gender.is_none(),
                            };
                            // A document nobody was read to issue ("according
                            // to a statement") is no body that just spoke.
                            let document = l.kind == SpeakerKind::Organisation
                                && is_noun_in(&super::lexicon::DOC_NOUNS, &l.name);
                            bare && !document
                                && r != i
                                && l.last > self.locals[i].last
                                && !l.name.split_whitespace().any(|w| {
                                    is_noun_in(&BODY_NOUNS, w) || is_noun_in(&ORG_HEADS, w)
                                })
                        })
                        .unwrap_or(i)
                });
                // "Voltaris Mobility, the van maker, …; the company said": a
                // body described as a business answers for any business word.
                let found = found.or_else(|| {
                    is_business_noun(head)
                        .then(|| {
                            self.locals
                                .iter()
                                .enumerate()
                                .filter(|(_, l)| {
                                    l.kind == SpeakerKind::Organisation
                                        && l.mentions.iter().any(|m| m.start < at.start)
                                        && l.roles.iter().any(|r| {
                                            r.split_whitespace().any(|w| {
                                                is_business_noun(&super::lexicon::singular(w))
                                            })
                                        })
                                })
                                .max_by_key(|(_, l)| l.last)
                                .map(|(i, _)| i)
                        })
                        .flatten()
                });
                // "the union said" after "the Irish Nurses Organisation": a
                // body named by a generic word for an association is the
                // union, federation or association the text calls it.
                let found = found.or_else(|| {
                    self.locals
                        .iter()
                        .enumerate()
                        .filter(|(_, l)| {
                            l.kind == SpeakerKind::Organisation
                                && !l.group
                                && l.mentions.iter().any(|m| m.start < at.start)
                                && generic_association(head, &l.name)
                        })
                        .max_by_key(|(_, l)| l.last)
                        .map(|(i, _)| i)
                });
                // "the company said": else the body the story is about.
                // A body whose own name says it is another kind of body ("the
                // government" is not "the Helsinki Foundation") is not meant.
                let fits = |id: &usize| !other_kind_of_body(head, &self.locals[*id].name);
                // "Acme will cut 200 jobs, the family-owned company said": a
                // body named earlier in the same sentence, whose cue has not
                // been read yet, comes before the sentences above.
                let earlier =
                    |id: &usize| self.locals[*id].mentions.iter().any(|m| m.start < at.start);
                let found = found.or_else(|| {
                    current
                        .org
                        .filter(earlier)
                        .filter(fits)
                        .or_else(|| {
                            current
                                .mentioned_org
                                .filter(|&(_, start)| start < at.start)
                                .map(|(id, _)| id)
                                .filter(fits)
                        })
                        .or_else(|| {
                            self.records
                                .iter()
                                .rev()
                                .take(4)
                                .find_map(|r| r.org.filter(fits))
                        })
                });
                // "Kinneret Analytics Ltd. … the company said", paragraphs
                // later: the last business whose name says it is one.
                let found = found.or_else(|| {
                    is_business_noun(head)
                        .then(|| {
                            self.locals.iter().rposition(|l| {
                                l.kind == SpeakerKind::Organisation
                                    && !l.group
                                    && l.mentions.iter().any(|m| m.start < at.start)
                                    && l.name.rsplit(' ').next().is_some_and(is_company_suffix)
                            })
                        })
                        .flatten()
                });
                match found {
                    Some(i) => Some(i),
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
            Referent::Document { issuer, noun } => {
                if let Some(n) = issuer {
                    let id = self.intern(n, at);
                    self.doc_issuer = Some(id);
                    self.doc_issuers.push((noun.clone(), id));
                    return Some(id);
                }
                let before =
                    |id: &usize| self.locals[*id].mentions.iter().any(|m| m.start < at.start);
                // A research paper speaks for its authors, not for the last body
                // the article named (their university, the journal).
                let research = matches!(noun.as_str(), "paper" | "papers");
                // "the filing said" after "the firm said in a filing": the
                // issuer of that kind of document, over the last one issued.
                let same_kind = self
                    .doc_issuers
                    .iter()
                    .rev()
                    .find(|(n, _)| n == noun)
                    .map(|&(_, id)| id);
                // "the ruling said" after "the Higher Court in Kruševac
                // sentenced …": a court's documents are the last court's.
                let court = matches!(
                    noun.as_str(),
                    "ruling" | "verdict" | "judgment" | "judgement" | "sentencing"
                )
                .then(|| {
                    self.locals
                        .iter()
                        .enumerate()
                        .filter(|(id, l)| {
                            l.kind == SpeakerKind::Organisation
                                && before(id)
                                && l.name
                                    .split_whitespace()
                                    .any(|w| matches!(w, "Court" | "Tribunal"))
                        })
                        .max_by_key(|(_, l)| l.last)
                        .map(|(id, _)| id)
                })
                .flatten();
                let found = same_kind
                    .or(court)
                    .or(self.doc_issuer)
                    .or(current.org.filter(before))
                    .or_else(|| self.records.iter().rev().take(8).find_map(|r| r.org))
                    .filter(|_| !research);
                // Nobody issued it in the text: the document itself speaks.
                found.or_else(|| {
                    Some(self.intern(
                        &Named {
                            name: noun.clone(),
                            kind: SpeakerKind::Organisation,
                            role: None,
                            group: false,
                        },
                        at,
                    ))
                })
            }
        }
    }

    /// "His lawyer said": the lawyer of the person "his" refers to — someone
    /// introduced as "Roe's lawyer", else that role itself ("Roe's lawyer"),
    /// never the lawyer of another person or the owner himself.
    fn owned_role(
        &mut self,
        text: &str,
        at: std::ops::Range<usize>,
        current: &SentenceRecord,
    ) -> Option<usize> {
        let (pronoun, role) = if let Some(r) = text.strip_prefix("his ") {
            ("he", r)
        } else {
            ("she", text.strip_prefix("her ")?)
        };
        let owner = self.resolve(&Referent::Pronoun(pronoun.to_string()), at.clone(), current)?;
        let surname = self.locals[owner]
            .name
            .split_whitespace()
            .last()?
            .to_string();
        let of_owner = format!("{surname}'s {role}");
        let curly = format!("{surname}’s {role}");
        let known = self.locals.iter().rposition(|l| {
            l.kind == SpeakerKind::Person
                && l.roles
                    .iter()
                    .any(|r| r.contains(&of_owner) || r.contains(&curly))
        });
        Some(known.unwrap_or_else(|| {
            self.intern(
                &Named {
                    name: of_owner,
                    kind: SpeakerKind::Person,
                    role: None,
                    group: false,
                },
                at,
            )
        }))
    }

    /// The person (or group, for plurals) whose role or name carries `head`,
    /// preferring matching modifiers, then the most recent mention.
    pub fn holder_of(&self, head: &str, plural: bool, modifiers: &[String]) -> Option<usize> {
        // "Jo Roe, 47, … the 47-year-old said": the person of that age.
        if let Some(age) = head
            .strip_suffix("-year-old")
            .and_then(|n| n.parse::<u16>().ok())
        {
            if let Some(i) = self
                .locals
                .iter()
                .rposition(|l| l.kind == SpeakerKind::Person && l.age == Some(age))
            {
                return Some(i);
            }
        }
        let stem = |w: &str| -> String {
            let w = strip_possessive(w).0.to_lowercase();
            w.chars().take(5).collect()
        };
        let mods: Vec<String> = modifiers.iter().map(|m| stem(m)).collect();
        let ranks: Vec<String> = modifiers
            .iter()
            .map(|m| m.to_lowercase())
            .filter(|m| matches!(m.as_str(), "deputy" | "vice" | "assistant" | "associate"))
            .collect();
        // The proper names among the modifiers ("Kremlin" in "the Kremlin
        // official"), a possessor left out ("the club's official").
        let proper: Vec<String> = modifiers
            .iter()
            .filter(|m| is_capitalised(m) && !strip_possessive(m).1)
            .map(|m| stem(m))
            .collect();
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
            // The words of the holder's name and roles, hyphenated parts apart.
            let role_words = || {
                texts
                    .iter()
                    .flat_map(|t| t.split(|c: char| c.is_whitespace() || c == '-'))
            };
            let holds = role_words().any(|w| {
                let w = super::lexicon::singular(w);
                w == head || holds_as(head, &w)
            }) || (!plural && texts.iter().any(|t| titled_as(head, t)));
            // "the deputy mayor" is not the mayor: a rank the description
            // asks for must be in the holder's role.
            let ranked = ranks
                .iter()
                .all(|r| role_words().any(|w| w.eq_ignore_ascii_case(r)));
            let overlap = texts
                .iter()
                .flat_map(|t| t.split_whitespace())
                .filter(|w| mods.contains(&stem(w)))
                .count();
            // "the Kremlin official" for "Kremlin deputy spokesman Jo Roe": any
            // office holder is an official, when the body served is the same.
            let official = head == "official"
                && proper.iter().any(|m| {
                    texts
                        .iter()
                        .flat_map(|t| t.split_whitespace())
                        .any(|w| stem(w) == *m)
                })
                && role_words().any(|w| is_office_word(&super::lexicon::singular(w)));
            if !(holds || official) || !ranked {
                continue;
            }
            let key = (overlap, l.last, i);
            if best.is_none_or(|b| (key.0, key.1) > (b.0, b.1)) {
                best = Some(key);
            }
        }
        best.map(|b| b.2)
    }
}

/// "the regulator" for the "Energy Regulatory Authority", "the regulator"
/// for a "Banking Regulation Commission": a body noun that names an agent
/// ("-or") answers for the adjective or action noun made of its stem.
fn agent_of(head: &str, word: &str) -> bool {
    head.strip_suffix("or").is_some_and(|stem| {
        stem.len() >= 4
            && word
                .strip_prefix(stem)
                .is_some_and(|rest| matches!(rest, "ory" | "ion"))
    })
}

/// The folded surname of a one-word person's name ("Vidal's" → "vidal").
fn key_word(name: &str) -> Option<String> {
    // Most names interned are full names: no key is folded for them.
    if name.contains(' ') {
        return None;
    }
    match Key::person(name) {
        Key::Person {
            surname,
            given: None,
        } => Some(surname),
        _ => None,
    }
}

/// Does the body called `name` have a head noun saying it is a kind of body
/// other than `head` ("the Helsinki Foundation for Human Rights" is no
/// "government")? The head is the last word before a complement ("of …",
/// "for …"). Words for a business stand for each other ("the firm", "the
/// company", "the group"), as do words for armed forces ("the army" for a
/// "Home Front Command"). A centre or museum names where a body works, not
/// its kind: the "Centers for Disease Control" are "the agency".
fn other_kind_of_body(head: &str, name: &str) -> bool {
    let kind = |w: &str| match w {
        "company" | "firm" | "group" | "corporation" => 1,
        "army" | "military" | "command" | "navy" | "force" => 2,
        "court" | "bench" | "tribunal" => 3,
        _ => 0,
    };
    let same_kind = |a: &str, b: &str| kind(a) != 0 && kind(a) == kind(b);
    let own = name
        .split_whitespace()
        .take_while(|w| !matches!(*w, "of" | "for" | "in" | "at" | "on" | "to"))
        .last()
        .map(|w| super::lexicon::singular(strip_possessive(w).0));
    let place_of_work = |w: &str| matches!(w, "center" | "centre" | "museum");
    own.is_some_and(|w| {
        is_noun_in(&BODY_NOUNS, &w) && !place_of_work(&w) && w != head && !same_kind(&w, head)
    })
}

/// Is `name` a body whose own head is a generic word for an association
/// ("… Organisation", "… Federation", "Congress of …") that news writing
/// calls by the kind of association it is (`head`: "the union")?
fn generic_association(head: &str, name: &str) -> bool {
    let kinds = |w: &str| matches!(w, "union" | "association" | "federation");
    let own = name
        .split_whitespace()
        .take_while(|w| !matches!(*w, "of" | "for" | "in" | "at" | "on" | "to"))
        .last()
        .map(|w| super::lexicon::singular(strip_possessive(w).0));
    kinds(head)
        && own.is_some_and(|w| {
            kinds(&w)
                || matches!(
                    w.as_str(),
                    "organisation" | "organization" | "confederation" | "congress" | "guild"
                )
        })
}

/// A word for a business: "the company", "the firm", "the carmaker".
pub(super) fn is_business_noun(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "corporation"
            | "manufacturer"
            | "producer"
            | "retailer"
            | "startup"
            | "start-up"
            | "conglomerate"
            | "lender"
            | "insurer"
            | "supplier"
    ) || w.ends_with("maker")
}

/// A one-word name made of a word and a body's head noun ("Belarusbank",
/// "Sberbank" for "bank"). A head noun itself is no such name, and neither
/// is a word that merely ends in one ("Commission" is not a "mission").
fn is_compound_of(name: &str, head: &str) -> bool {
    name.len() >= head.len() + 4
        && !name.contains(' ')
        && !is_noun_in(&ORG_HEADS, name)
        && !is_noun_in(&BODY_NOUNS, name)
        && name.is_char_boundary(name.len() - head.len())
        && name[name.len() - head.len()..].eq_ignore_ascii_case(head)
}

/// The word that closes a company's legal name ("Ltd.", "Inc", "plc", "`GmbH`").
fn is_company_suffix(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "ltd"
            | "inc"
            | "corp"
            | "plc"
            | "llc"
            | "gmbh"
            | "ag"
            | "nv"
            | "bv"
            | "pty"
            | "limited"
            | "incorporated"
            | "corporation"
            | "company"
            | "holdings"
            // Listed and closely held companies in the Gulf ("… SAOG",
            // "… PJSC"), Malaysia ("Sdn Bhd") and Indonesia ("Tbk").
            | "saog"
            | "saoc"
            | "pjsc"
            | "bhd"
            | "tbk"
    )
}

/// A role that is only a military rank or a service ("Army Col.", "Lt. Gen."),
/// which says nothing of the office a person speaks for.
fn is_rank(role: &str) -> bool {
    role.split_whitespace().all(|w| {
        matches!(
            w.trim_end_matches('.').to_ascii_lowercase().as_str(),
            "army"
                | "navy"
                | "air"
                | "force"
                | "marine"
                | "marines"
                | "col"
                | "colonel"
                | "lt"
                | "lieutenant"
                | "gen"
                | "general"
                | "maj"
                | "major"
                | "capt"
                | "captain"
                | "cmdr"
                | "commander"
                | "adm"
                | "admiral"
                | "brig"
                | "brigadier"
                | "sgt"
                | "sergeant"
                | "rear"
                | "vice"
                | "retired"
                | "ret"
        )
    })
}

/// A role word naming a government or company office whose holder news
/// writing may later call "the <body> official".
fn is_office_word(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "minister"
            | "secretary"
            | "adviser"
            | "advisor"
            | "aide"
            | "director"
            | "ambassador"
            | "envoy"
            | "negotiator"
            | "commissioner"
    )
}

/// A title written before a name that news writing later replaces by a role
/// noun: "Justice Jo Roe" is "the judge" (but a "Justice Minister" is not:
/// the title must end the role, right before the name).
fn titled_as(head: &str, role: &str) -> bool {
    let last = role.rsplit(' ').next().unwrap_or("");
    match head {
        "judge" => last.eq_ignore_ascii_case("justice"),
        _ => false,
    }
}

/// A role noun that news writing uses for holders of other offices: "the
/// envoy" or "the diplomat" for an ambassador or a permanent representative,
/// "the spokeswoman" for the head of a press office or a press secretary.
/// `role_word` is one (lowercase, singular) word of the holder's role.
fn holds_as(head: &str, role_word: &str) -> bool {
    match head {
        "envoy" => matches!(role_word, "ambassador" | "representative"),
        "diplomat" => matches!(
            role_word,
            "ambassador" | "representative" | "envoy" | "consul"
        ),
        "spokesman" | "spokeswoman" | "spokesperson" => role_word == "press",
        _ => false,
    }
}

/// "…ended the hearing by telling the defendant he had 30 days": a pronoun
/// just after someone is told something may be the addressee's, so it says
/// nothing of the gender of the person named before.
fn after_addressee(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    // Reading back from the pronoun: the addressee's words, its determiner,
    // then the verb of telling.
    words.windows(2).any(|w| {
        matches!(w[0], "the" | "a" | "an" | "his" | "her" | "their")
            && matches!(
                w[1],
                "told"
                    | "tell"
                    | "tells"
                    | "telling"
                    | "informed"
                    | "informing"
                    | "reminded"
                    | "reminding"
                    | "warned"
                    | "warning"
                    | "assured"
                    | "assuring"
                    | "asked"
                    | "asking"
                    | "promised"
                    | "promising"
                    | "urged"
                    | "urging"
            )
    })
}
