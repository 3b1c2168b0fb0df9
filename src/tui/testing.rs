//! A hand-attributed corpus for unit tests: the built-in articles with a few
//! statements filled in by hand, so the reader's tests do not depend on the
//! attribution engine's current quality.

use crate::attribution::{Entity, EntityKind, Mention, Speaker, SpeakerKind, Statement};
use crate::corpus::Corpus;

/// (article file prefix, quoted words, speaker index in `SPEAKERS`).
const QUOTES: &[(&str, &str, usize)] = &[
    ("000", "in the face of Russia’s ongoing aggression", 0),
    (
        "000",
        "expressed concern about the security situation in eastern Ukraine,",
        0,
    ),
    ("000", "Russia's destabilizing actions undermine", 1),
    ("000", "We are discussing our concerns", 1),
    (
        "000",
        "under the guise of preparing for strategic exercises",
        2,
    ),
    ("000", "red lines", 3),
    ("002", "not aware of any [such] requests made lately,", 3),
    (
        "003",
        "that in recent days, there have been no requests.",
        3,
    ),
];

/// (name, aliases, role, kind).
const SPEAKERS: &[(&str, &[&str], &str, SpeakerKind)] = &[
    ("State Department", &[], "", SpeakerKind::Organisation),
    (
        "John Kirby",
        &["Kirby"],
        "Defense Department spokesman",
        SpeakerKind::Person,
    ),
    (
        "Ruslan Khomchak",
        &["Khomchak"],
        "commander in chief",
        SpeakerKind::Person,
    ),
    (
        "Dmitry Peskov",
        &["Peskov"],
        "Kremlin spokesman",
        SpeakerKind::Person,
    ),
];

/// The built-in corpus with the statements above.
pub fn corpus() -> Corpus {
    let mut c = Corpus::builtin();
    c.statements.clear();
    c.entities.clear();
    c.speakers = SPEAKERS
        .iter()
        .enumerate()
        .map(|(id, (name, aliases, role, kind))| Speaker {
            id,
            name: (*name).into(),
            aliases: aliases.iter().map(|a| (*a).to_string()).collect(),
            roles: if role.is_empty() {
                vec![]
            } else {
                vec![(*role).into()]
            },
            kind: *kind,
            statements: vec![],
            articles: vec![],
        })
        .collect();
    for (prefix, words, speaker) in QUOTES {
        let article = c
            .articles
            .iter()
            .find(|a| a.file.starts_with(prefix))
            .expect("built-in article");
        let start = article.text.find(words).expect("quote in article");
        let id = c.statements.len();
        let range = start..start + words.len();
        c.statements.push(Statement {
            id,
            article: article.id,
            text: (*words).into(),
            paragraph: article.paragraph_at(start).unwrap_or(0),
            range,
            speaker: Some(*speaker),
            cue: None,
            cue_range: None,
        });
        let sp = &mut c.speakers[*speaker];
        sp.statements.push(id);
        if !sp.articles.contains(&article.id) {
            sp.articles.push(article.id);
        }
    }
    let a0 = &c.articles[0];
    let at = a0.text.find("NATO").expect("NATO mentioned");
    c.entities.push(Entity {
        name: "NATO".into(),
        kind: EntityKind::Organisation,
        speaker: None,
        mentions: vec![Mention {
            article: 0,
            range: at..at + 4,
        }],
    });
    c
}
