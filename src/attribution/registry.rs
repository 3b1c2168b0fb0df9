//! One registry across the corpus: every person or body that speaks becomes a
//! single [`Speaker`], however each article spells or titles them; the other
//! named people, bodies and places become [`Entity`]s for the sidebar.

use super::analyse::ArticleAnalysis;
use super::discourse::Local;
use super::lexicon::{is_in, BODY_NOUNS, ORG_HEADS};
use super::names::{parts, Bucket, Key};
use super::{Attribution, Entity, EntityKind, Mention, Speaker, SpeakerKind, Statement};
use crate::corpus::{Article, ArticleId};
use rustc_hash::FxHashMap;

/// A speaker being assembled from the articles' locals. Its names and roles
/// borrow the locals' strings: they are copied once, into the output.
#[derive(Debug, Default)]
struct Draft<'a> {
    kind: Option<SpeakerKind>,
    forms: Vec<(&'a str, usize)>,
    roles: Vec<&'a str>,
    best: &'a str,
    /// Folded keys of the canonical name (persons) or of every form (bodies).
    keys: Vec<Key>,
    /// The merge round (article) that opened the draft.
    round: usize,
    /// `keys` are the keys of `forms`, one each in order (a body's keys).
    keys_of_forms: bool,
}

/// A person known only by a description ("the official", "a senior U.S.
/// defense official", "woman"): the head word is a common noun. Two articles'
/// "official" are two people, so such a person never joins another article's.
fn nameless(l: &Local) -> bool {
    // "official at the Foreign Ministry" opens, "EU diplomat" ends, on a
    // common noun; "von der Leyen" and "al-Kaabi" open on a name particle.
    let lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    let mut words = l.name.split_whitespace();
    let opens = words.next().is_some_and(|w| {
        lower(w) && !w.contains(['-', '\'', '’']) && !super::phrase::is_particle(w)
    });
    // "Nic an tSaoi" ends on a Gaelic mutated surname, still a name.
    let common = |w: &str| lower(w) && !super::text::is_capitalised(w);
    l.kind == SpeakerKind::Person && (opens || words.last().is_some_and(common))
}

impl<'a> Draft<'a> {
    fn matches(&self, l: &Local) -> bool {
        self.kind == Some(l.kind) && self.keys.iter().any(|k| k.same(&l.key))
    }

    /// The given name of a person's canonical key, if the draft has one.
    fn key_given(&self) -> Option<&str> {
        match self.keys.first() {
            Some(Key::Person { given, .. }) => given.as_deref(),
            _ => None,
        }
    }

    /// Take in one article's local; true when the draft's keys changed.
    fn absorb(&mut self, l: &'a Local) -> bool {
        self.kind = Some(l.kind);
        let old_forms = self.forms.len();
        for (f, n) in &l.forms {
            if let Some((_, m)) = self.forms.iter_mut().find(|(g, _)| g == f) {
                *m += n;
            } else {
                self.forms.push((f.as_str(), *n));
            }
        }
        let new_form = self.forms.len() > old_forms;
        for r in &l.roles {
            if !self.roles.contains(&r.as_str()) {
                self.roles.push(r);
            }
        }
        let best = self.canonical();
        if best == self.best && !new_form {
            return false; // the keys stand: no refolding for the thousandth "Kremlin"
        }
        self.best = best;
        match l.kind {
            // A local's key is the key of its name: no refolding when that is the best form.
            SpeakerKind::Person => {
                self.keys = vec![if self.best == l.name.as_str() {
                    l.key.clone()
                } else {
                    Key::person(self.best)
                }];
            }
            // A body's keys are its forms' keys, in order: forms are only ever
            // appended, so only the new ones need folding.
            SpeakerKind::Organisation => {
                let from = if self.keys.len() == old_forms && self.keys_of_forms {
                    old_forms
                } else {
                    self.keys.clear();
                    0
                };
                let new: Vec<Key> = self.forms[from..]
                    .iter()
                    .map(|(f, _)| {
                        if *f == l.name.as_str() {
                            l.key.clone()
                        } else {
                            Key::org(f)
                        }
                    })
                    .collect();
                self.keys.extend(new);
            }
        }
        self.keys_of_forms = l.kind == SpeakerKind::Organisation;
        true
    }

    /// The fullest form for a person (most words, then most frequent); the most
    /// frequent form for a body (then the shortest), never its head noun alone
    /// ("the Department" after "the Department of Finance").
    fn canonical(&self) -> &'a str {
        let words = |s: &str| s.split_whitespace().count();
        let named = |s: &str| !super::lexicon::is_bare_org_head(s);
        let best = match self.kind {
            Some(SpeakerKind::Person) => self
                .forms
                .iter()
                .max_by(|a, b| (words(a.0), a.1).cmp(&(words(b.0), b.1)).then(b.0.cmp(a.0))),
            _ => self.forms.iter().max_by(|a, b| {
                (named(a.0), a.1, std::cmp::Reverse(a.0.len())).cmp(&(
                    named(b.0),
                    b.1,
                    std::cmp::Reverse(b.0.len()),
                ))
            }),
        };
        best.map_or("", |(f, _)| *f)
    }

    fn aliases(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .forms
            .iter()
            .filter(|(f, _)| *f != self.best)
            .map(|(f, _)| (*f).to_string())
            .collect();
        if self.kind == Some(SpeakerKind::Person) {
            let p = parts(self.best);
            if p.len() > 1 {
                let surname = p[p.len() - 1].to_string();
                if !out.contains(&surname) {
                    out.push(surname);
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

/// Drafts indexed by [`Key::bucket`] (first letter and length of a surname), so
/// merging a corpus stays near-linear.
#[derive(Default)]
struct Merger<'a> {
    drafts: Vec<Draft<'a>>,
    buckets: FxHashMap<Bucket, Vec<usize>>,
    /// The latest draft filed under each exact key: most locals repeat a name
    /// already seen, and find it here without any fuzzy comparison.
    exact: FxHashMap<Key, usize>,
    /// How many articles have been merged so far.
    round: usize,
}

impl<'a> Merger<'a> {
    /// The draft `l` joins. A bare surname ("Smith") joins only when one person
    /// of that surname is known: with two (John and Jane Smith) it stays apart
    /// rather than be given to either.
    fn find(&self, l: &Local) -> Option<usize> {
        if nameless(l) {
            // Only within its own article (two locals of one description).
            return self
                .drafts
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, d)| d.round == self.round)
                .find(|(_, d)| d.matches(l))
                .map(|(g, _)| g);
        }
        let bare = matches!(l.key, Key::Person { given: None, .. });
        if let Some(&g) = self.exact.get(&l.key) {
            if !bare && self.drafts[g].matches(l) {
                return Some(g);
            }
        }
        let mut hits = l
            .key
            .probes()
            .filter_map(|b| self.buckets.get(&b))
            .flat_map(|ids| ids.iter().copied().filter(|&g| self.drafts[g].matches(l)));
        let first = hits.next()?;
        if !matches!(l.key, Key::Person { given: None, .. }) {
            return Some(first);
        }
        // A bare surname: the one fully named person of that surname, if only one.
        let mut full = None;
        for g in std::iter::once(first).chain(hits) {
            if let Some(given) = self.drafts[g].key_given() {
                match full {
                    None => full = Some((g, given)),
                    Some((h, other)) if h != g && other != given => {
                        // Ambiguous: the one draft of this bare surname, if any.
                        return self
                            .exact
                            .get(&l.key)
                            .copied()
                            .filter(|&b| self.drafts[b].key_given().is_none());
                    }
                    Some(_) => {}
                }
            }
        }
        Some(full.map_or(first, |(g, _)| g))
    }

    /// Merge `locals`; returns the draft index of each kept local.
    fn merge(
        &mut self,
        locals: &'a [Local],
        keep: impl Fn(usize, &Local) -> bool,
    ) -> Vec<Option<usize>> {
        self.round += 1;
        locals
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if !keep(i, l) {
                    return None;
                }
                let found = self.find(l);
                let g = found.unwrap_or_else(|| {
                    self.drafts.push(Draft {
                        round: self.round,
                        ..Draft::default()
                    });
                    self.drafts.len() - 1
                });
                if self.drafts[g].absorb(l) {
                    for k in &self.drafts[g].keys {
                        self.exact.insert(k.clone(), g);
                        let ids = self.buckets.entry(k.bucket()).or_default();
                        if !ids.contains(&g) {
                            ids.push(g);
                        }
                    }
                }
                Some(g)
            })
            .collect()
    }
}

/// A body named only generically ("foreign ministers") joins the one proper
/// body whose name ends with it ("Group of Seven foreign ministers"), across
/// the corpus; with two or more candidates it stays apart. Returns the kept
/// drafts and, for each old draft, its new index.
fn fold_generic_groups(mut drafts: Vec<Draft<'_>>) -> (Vec<Draft<'_>>, Vec<usize>) {
    let org = |d: &Draft| d.kind == Some(SpeakerKind::Organisation);
    let lower: Vec<String> = drafts.iter().map(|d| d.best.to_lowercase()).collect();
    let mut target: Vec<usize> = (0..drafts.len()).collect();
    for (i, d) in drafts.iter().enumerate() {
        let generic = org(d) && d.best.contains(' ') && !d.best.chars().any(char::is_uppercase);
        if !generic {
            continue;
        }
        let tail = format!(" {}", lower[i]);
        let mut hits = drafts.iter().enumerate().filter(|(j, e)| {
            *j != i
                && org(e)
                && e.best.chars().any(char::is_uppercase)
                && lower[*j].ends_with(&tail)
        });
        if let (Some((j, _)), None) = (hits.next(), hits.next()) {
            target[i] = j;
        }
    }
    for i in 0..drafts.len() {
        let j = target[i];
        if j != i {
            let moved = std::mem::take(&mut drafts[i]);
            let into = &mut drafts[j];
            for (f, n) in moved.forms {
                match into.forms.iter_mut().find(|(g, _)| *g == f) {
                    Some((_, m)) => *m += n,
                    None => into.forms.push((f, n)),
                }
            }
            for r in moved.roles {
                if !into.roles.contains(&r) {
                    into.roles.push(r);
                }
            }
        }
    }
    let mut new_id = vec![0; drafts.len()];
    let mut kept = Vec::new();
    for (i, d) in drafts.into_iter().enumerate() {
        if target[i] == i {
            new_id[i] = kept.len();
            kept.push(d);
        }
    }
    let remap = target.iter().map(|&j| new_id[j]).collect();
    (kept, remap)
}

/// Build statements, speakers and entities from per-article analyses.
pub fn build(articles: &[Article], analyses: &[ArticleAnalysis]) -> Attribution {
    let mut merger = Merger::default();
    let mut maps: Vec<Vec<Option<usize>>> = Vec::with_capacity(analyses.len());
    for an in analyses {
        // One pass over the statements (not one per local).
        let mut quoted = vec![false; an.discourse.locals.len()];
        for s in &an.statements {
            if let Some(q) = s.speaker.and_then(|i| quoted.get_mut(i)) {
                *q = true;
            }
        }
        maps.push(merger.merge(&an.discourse.locals, |i, l| {
            quoted[i] || (l.spoke && l.kind == SpeakerKind::Person && l.name.contains(' '))
        }));
    }
    let (drafts, remap) = fold_generic_groups(merger.drafts);
    for m in &mut maps {
        for g in m.iter_mut().flatten() {
            *g = remap[*g];
        }
    }
    let mut speakers: Vec<Speaker> = drafts
        .iter()
        .enumerate()
        .map(|(id, d)| Speaker {
            id,
            name: d.best.to_string(),
            aliases: d.aliases(),
            roles: d.roles.iter().map(|r| (*r).to_string()).collect(),
            kind: d.kind.unwrap_or(SpeakerKind::Person),
            statements: Vec::new(),
            articles: Vec::new(),
        })
        .collect();
    // Sized once: a corpus holds thousands of statements, and growing the
    // vector by doubling copied them over and over.
    let mut statements = Vec::with_capacity(analyses.iter().map(|a| a.statements.len()).sum());
    for (a, an) in analyses.iter().enumerate() {
        let article = &articles[a];
        for s in &an.statements {
            let id = statements.len();
            let speaker = s.speaker.and_then(|l| maps[a][l]);
            if let Some(g) = speaker {
                speakers[g].statements.push(id);
                if speakers[g].articles.last() != Some(&article.id) {
                    speakers[g].articles.push(article.id);
                }
            }
            statements.push(Statement {
                id,
                article: article.id,
                text: article.text[s.range.clone()].to_string(),
                range: s.range.clone(),
                paragraph: s.paragraph,
                speaker,
                cue: s.cue.as_ref().map(|r| article.text[r.clone()].to_string()),
                cue_range: s.cue.clone(),
            });
        }
    }
    let entities = entities(articles, analyses, &speakers);
    Attribution {
        statements,
        speakers,
        entities,
    }
}

/// People and bodies (every local) and places, merged across the corpus.
fn entities(
    articles: &[Article],
    analyses: &[ArticleAnalysis],
    speakers: &[Speaker],
) -> Vec<Entity> {
    // Each speaker by its name and aliases, so linking stays linear in the corpus.
    let mut by_name: FxHashMap<(bool, &str), usize> = FxHashMap::default();
    let mut by_alias = by_name.clone();
    for s in speakers {
        let person = s.kind == SpeakerKind::Person;
        by_name.entry((person, s.name.as_str())).or_insert(s.id);
        for n in &s.aliases {
            by_alias.entry((person, n.as_str())).or_insert(s.id);
        }
    }
    let mut merger = Merger::default();
    let mut mentions: Vec<Vec<Mention>> = Vec::new();
    for (a, an) in analyses.iter().enumerate() {
        let map = merger.merge(&an.discourse.locals, |_, _| true);
        mentions.resize_with(merger.drafts.len(), Vec::new);
        for (l, g) in an.discourse.locals.iter().zip(map) {
            if let Some(g) = g {
                // Where the name is written; a local only ever reached through
                // cues (a role noun, a document) keeps those.
                let spans = if l.spans.is_empty() {
                    &l.mentions
                } else {
                    &l.spans
                };
                mentions[g].extend(spans.iter().map(|r| Mention {
                    article: articles[a].id,
                    range: r.clone(),
                }));
            }
        }
    }
    let text_of: FxHashMap<ArticleId, &str> =
        articles.iter().map(|a| (a.id, a.text.as_str())).collect();
    let mut out: Vec<Entity> = merger
        .drafts
        .iter()
        .zip(mentions)
        .filter_map(|(d, mut m)| {
            let kind = d.kind.unwrap_or(SpeakerKind::Person);
            let person = kind == SpeakerKind::Person;
            // The canonical name or an alias of a speaker, or a speaker's name
            // among the forms.
            let named = by_name
                .get(&(person, d.best))
                .or_else(|| by_alias.get(&(person, d.best)));
            // One word that never speaks ("Heavy shelling…", "Residents said", a
            // town missing from the gazetteer, a bare "lawyer") is too weak a sign
            // of a person to list among the people, unless a role noun introduced
            // it ("his wife, Natalya").
            let introduced = || {
                super::text::is_capitalised(d.best)
                    && d.roles.iter().any(|r| {
                        r.rsplit(' ').next().is_some_and(|w| {
                            super::phrase::is_noun_in(&super::lexicon::ROLE_NOUNS, w)
                        })
                    })
            };
            if person && !d.best.contains(' ') && named.is_none() && !introduced() {
                return None;
            }
            if !person && named.is_none() && !is_body_name(d.best) {
                return None;
            }
            let speaker = named
                .or_else(|| d.forms.iter().find_map(|(f, _)| by_name.get(&(person, *f))))
                .copied();
            m.sort_by_key(|m| (m.article, m.range.start));
            m.dedup();
            // "Technical teams…", "Aid agencies…": a capital that only opens
            // sentences, on a word the same articles write in lowercase too.
            if named.is_none() {
                let mut read = m.iter().map(|m| m.article).collect::<Vec<_>>();
                read.dedup();
                let texts: Vec<&str> = read
                    .iter()
                    .filter_map(|id| text_of.get(id).copied())
                    .collect();
                if is_common_word(d.best, &texts) {
                    return None;
                }
            }
            Some(Entity {
                name: d.best.to_string(),
                kind: match kind {
                    SpeakerKind::Person => EntityKind::Person,
                    SpeakerKind::Organisation => EntityKind::Organisation,
                },
                speaker,
                mentions: m,
            })
        })
        .collect();
    let mut places: Vec<Entity> = Vec::new();
    let mut place_index: FxHashMap<String, usize> = FxHashMap::default();
    for (a, an) in analyses.iter().enumerate() {
        for p in &an.places {
            let m = Mention {
                article: articles[a].id,
                range: p.range.clone(),
            };
            let i = *place_index.entry(p.name.to_lowercase()).or_insert_with(|| {
                places.push(Entity {
                    name: p.name.clone(),
                    kind: EntityKind::Place,
                    speaker: None,
                    mentions: Vec::new(),
                });
                places.len() - 1
            });
            places[i].mentions.push(m);
        }
    }
    out.extend(places);
    out.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then(a.name.cmp(&b.name))
    });
    out
}

/// Whether a body that never speaks is named well enough to list in the sidebar.
/// Generic groups ("officials", "figures"), compound modifiers ("Russian-backed",
/// "U.S.-led", "Soviet-era") and sums ("US$100") pass through the scanner as
/// bodies but are not names a reader would look up; a body that speaks is always
/// kept, whatever its name, since the sidebar links it to its statements.
fn is_body_name(name: &str) -> bool {
    let has_capital = name.chars().any(char::is_uppercase);
    let modifier = name
        .rsplit_once('-')
        .is_some_and(|(_, last)| last.starts_with(|c: char| c.is_lowercase()));
    let sum = name.contains(['$', '€', '£']) || name.starts_with(|c: char| c.is_ascii_digit());
    has_capital && !modifier && !sum
}

/// Whether a one-word name is an ordinary word capitalised by its place: the
/// articles that mention it write it in lowercase somewhere, and capitalise it
/// only where a sentence or line opens. Acronyms and the heads that name bodies
/// ("Parliament", "Commission") are never ordinary.
fn is_common_word(name: &str, texts: &[&str]) -> bool {
    let mut chars = name.chars();
    let proper = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().count() > 1
        && chars.all(char::is_lowercase);
    if !proper || is_in(&ORG_HEADS, name) || is_in(&BODY_NOUNS, name) {
        return false;
    }
    let lower = name.to_lowercase();
    texts
        .iter()
        .any(|t| whole_word_at(t, &lower).next().is_some())
        && texts
            .iter()
            .all(|t| whole_word_at(t, name).all(|at| opens_sentence(t, at)))
}

/// Where `word` stands in `text` as a whole word.
fn whole_word_at<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, word.as_bytes()).filter(move |&at| {
        let before = bytes[..at]
            .last()
            .is_none_or(|b| !b.is_ascii_alphanumeric());
        let after = bytes
            .get(at + word.len())
            .is_none_or(|b| !b.is_ascii_alphanumeric());
        before && after
    })
}

/// Whether the word at byte `at` of `text` is the first of its sentence or line.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let before = before.trim_end_matches([' ', '"', '\u{201c}', '\u{2018}', '\'', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '\u{201d}'])
}

#[cfg(test)]
mod tests {
    use crate::corpus::{Corpus, LoadReport, Source};

    fn corpus(bodies: &[&str]) -> Corpus {
        let sources = bodies
            .iter()
            .enumerate()
            .map(|(i, b)| Source {
                name: format!("{i}.txt"),
                origin: "test".into(),
                text: format!("Headline {i}\n\n{b}\n"),
            })
            .collect();
        Corpus::from_sources(sources, LoadReport::default())
    }

    fn speaker_of(c: &Corpus, quote_start: &str) -> String {
        c.statements
            .iter()
            .find(|s| s.text.starts_with(quote_start))
            .and_then(|s| s.speaker)
            .map_or("?".into(), |i| c.speakers[i].name.clone())
    }

    #[test]
    fn described_people_in_two_articles_stay_two_people() {
        let c = corpus(&[
            "\"The convoy left at dawn,\" a senior U.S. defense official said.",
            "A senior official at the Interior Ministry spoke late on Monday.\n\n\"We did not expect the storm to turn north,\" the official said.",
        ]);
        assert_eq!(speaker_of(&c, "The convoy"), "senior U.S. defense official");
        assert_ne!(speaker_of(&c, "We did not"), "senior U.S. defense official");
    }

    #[test]
    fn named_people_and_bodies_still_merge_across_articles() {
        let c = corpus(&[
            "\"Talks will resume,\" Kremlin spokesman Dmitry Peskov said.\n\n\"No date is set,\" the Kremlin said.",
            "\"We see no progress,\" Peskov said.\n\n\"The door is open,\" the Kremlin said.",
        ]);
        assert_eq!(speaker_of(&c, "We see"), "Dmitry Peskov");
        let kremlin = c.speakers.iter().filter(|s| s.name == "Kremlin").count();
        assert_eq!(kremlin, 1);
    }

    #[test]
    fn names_with_particles_are_names() {
        let c = corpus(&[
            "\"Soon,\" Rashid al-Kaabi said.",
            "\"Later,\" al-Kaabi said.",
        ]);
        assert_eq!(speaker_of(&c, "Later"), "Rashid al-Kaabi");
    }

    #[test]
    fn generic_groups_and_modifiers_are_not_listed_as_bodies() {
        let c = corpus(&[
            "Russian-backed separatists shelled the town, officials in Kyiv said, citing figures from U.S.-led monitors.\n\nThe Interior Ministry said the Red Cross had sent US$100 million in aid.\n\n\"We are ready,\" the Red Cross said.",
        ]);
        let bodies: Vec<&str> = c
            .entities
            .iter()
            .filter(|e| e.kind == crate::attribution::EntityKind::Organisation)
            .map(|e| e.name.as_str())
            .collect();
        assert!(bodies.contains(&"Red Cross"), "{bodies:?}");
        assert!(bodies.contains(&"Interior Ministry"), "{bodies:?}");
        for junk in [
            "officials",
            "figures",
            "Russian-backed",
            "U.S.-led",
            "US$100",
        ] {
            assert!(!bodies.contains(&junk), "{junk} listed in {bodies:?}");
        }
    }

    #[test]
    fn the_common_word_test_needs_both_cases_and_only_sentence_openings() {
        assert!(super::is_common_word(
            "Technical",
            &["Technical teams met. The technical work."]
        ));
        assert!(!super::is_common_word(
            "Guardian",
            &["She told the Guardian. Her guardian agreed."]
        ));
        assert!(!super::is_common_word(
            "Athens",
            &["Athens agreed. Talks in Athens."]
        ));
        assert!(!super::is_common_word(
            "Parliament",
            &["Parliament met. The parliament sat."]
        ));
        assert!(!super::is_common_word("NATO", &["NATO met. nato"]));
    }
}
