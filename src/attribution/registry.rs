//! One registry across the corpus: every person or body that speaks becomes a
//! single [`Speaker`], however each article spells or titles them; the other
//! named people, bodies and places become [`Entity`]s for the sidebar.

use super::analyse::ArticleAnalysis;
use super::discourse::Local;
use super::names::{parts, same_org, same_person};
use super::{Attribution, Entity, EntityKind, Mention, Speaker, SpeakerKind, Statement};
use crate::corpus::Article;

/// A speaker being assembled from the articles' locals.
#[derive(Debug, Default)]
struct Draft {
    kind: Option<SpeakerKind>,
    forms: Vec<(String, usize)>,
    roles: Vec<String>,
    best: String,
}

impl Draft {
    fn matches(&self, l: &Local) -> bool {
        if self.kind != Some(l.kind) {
            return false;
        }
        match l.kind {
            SpeakerKind::Person => same_person(&self.best, &l.name),
            SpeakerKind::Organisation => self.forms.iter().any(|(f, _)| same_org(f, &l.name)),
        }
    }

    fn absorb(&mut self, l: &Local) {
        self.kind = Some(l.kind);
        for (f, n) in &l.forms {
            match self.forms.iter_mut().find(|(g, _)| g == f) {
                Some((_, m)) => *m += n,
                None => self.forms.push((f.clone(), *n)),
            }
        }
        for r in &l.roles {
            if !self.roles.contains(r) {
                self.roles.push(r.clone());
            }
        }
        self.best = self.canonical();
    }

    /// The fullest form for a person (most words, then most frequent); the most
    /// frequent form for a body (then the shortest).
    fn canonical(&self) -> String {
        let words = |s: &str| s.split_whitespace().count();
        let best = match self.kind {
            Some(SpeakerKind::Person) => self.forms.iter().max_by(|a, b| {
                (words(&a.0), a.1)
                    .cmp(&(words(&b.0), b.1))
                    .then(b.0.cmp(&a.0))
            }),
            _ => self.forms.iter().max_by(|a, b| {
                (a.1, std::cmp::Reverse(a.0.len())).cmp(&(b.1, std::cmp::Reverse(b.0.len())))
            }),
        };
        best.map(|(f, _)| f.clone()).unwrap_or_default()
    }

    fn aliases(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .forms
            .iter()
            .map(|(f, _)| f.clone())
            .filter(|f| *f != self.best)
            .collect();
        if self.kind == Some(SpeakerKind::Person) {
            let p = parts(&self.best);
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

/// Merge `locals` into `drafts`; returns the draft index of each local (or None).
fn merge(
    drafts: &mut Vec<Draft>,
    locals: &[Local],
    keep: impl Fn(usize, &Local) -> bool,
) -> Vec<Option<usize>> {
    locals
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if !keep(i, l) {
                return None;
            }
            let g = drafts.iter().position(|d| d.matches(l)).unwrap_or_else(|| {
                drafts.push(Draft::default());
                drafts.len() - 1
            });
            drafts[g].absorb(l);
            Some(g)
        })
        .collect()
}

/// Build statements, speakers and entities from per-article analyses.
pub fn build(articles: &[Article], analyses: &[ArticleAnalysis]) -> Attribution {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut maps: Vec<Vec<Option<usize>>> = Vec::with_capacity(analyses.len());
    for an in analyses {
        let quoted: Vec<bool> = (0..an.discourse.locals.len())
            .map(|i| an.statements.iter().any(|s| s.speaker == Some(i)))
            .collect();
        maps.push(merge(&mut drafts, &an.discourse.locals, |i, l| {
            quoted[i] || (l.spoke && l.kind == SpeakerKind::Person && l.name.contains(' '))
        }));
    }
    let mut speakers: Vec<Speaker> = drafts
        .iter()
        .enumerate()
        .map(|(id, d)| Speaker {
            id,
            name: d.best.clone(),
            aliases: d.aliases(),
            roles: d.roles.clone(),
            kind: d.kind.unwrap_or(SpeakerKind::Person),
            statements: Vec::new(),
            articles: Vec::new(),
        })
        .collect();
    let mut statements = Vec::new();
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
    let mut drafts: Vec<Draft> = Vec::new();
    let mut mentions: Vec<Vec<Mention>> = Vec::new();
    for (a, an) in analyses.iter().enumerate() {
        let map = merge(&mut drafts, &an.discourse.locals, |_, _| true);
        mentions.resize_with(drafts.len(), Vec::new);
        for (l, g) in an.discourse.locals.iter().zip(map) {
            if let Some(g) = g {
                mentions[g].extend(l.mentions.iter().map(|r| Mention {
                    article: articles[a].id,
                    range: r.clone(),
                }));
            }
        }
    }
    let mut out: Vec<Entity> = drafts
        .iter()
        .zip(mentions)
        .map(|(d, mut m)| {
            m.sort_by_key(|m| (m.article, m.range.start));
            m.dedup();
            let kind = d.kind.unwrap_or(SpeakerKind::Person);
            let speaker = speakers.iter().position(|s| {
                s.kind == kind
                    && (s.name == d.best
                        || s.aliases.contains(&d.best)
                        || d.forms.iter().any(|(f, _)| *f == s.name))
            });
            Entity {
                name: d.best.clone(),
                kind: match kind {
                    SpeakerKind::Person => EntityKind::Person,
                    SpeakerKind::Organisation => EntityKind::Organisation,
                },
                speaker,
                mentions: m,
            }
        })
        .collect();
    let mut places: Vec<Entity> = Vec::new();
    for (a, an) in analyses.iter().enumerate() {
        for p in &an.places {
            let m = Mention {
                article: articles[a].id,
                range: p.range.clone(),
            };
            match places
                .iter_mut()
                .find(|e| e.name.eq_ignore_ascii_case(&p.name))
            {
                Some(e) => e.mentions.push(m),
                None => places.push(Entity {
                    name: p.name.clone(),
                    kind: EntityKind::Place,
                    speaker: None,
                    mentions: vec![m],
                }),
            }
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
