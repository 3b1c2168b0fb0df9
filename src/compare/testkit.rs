//! Hand-built corpora for the comparison tests, independent of the
//! attribution engine: articles made of the given quotations, attributed as told.

use crate::attribution::{Speaker, SpeakerKind, Statement};
use crate::corpus::{content_hash, Article, Corpus, Paragraph, ParagraphKind, TextDate};

/// Statements with the given texts, one per article.
pub fn statements(texts: &[&str]) -> Vec<Statement> {
    let quotes: Vec<(usize, &str, &str)> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| (i, "Someone", *t))
        .collect();
    corpus(&quotes, &[]).statements
}

/// A corpus where quote `(article, speaker, text)` is a statement of that
/// speaker in that article. `days[i]` is the April day of article `i` (undated
/// when missing). A speaker's last word is its alias.
pub fn corpus(quotes: &[(usize, &str, &str)], days: &[u8]) -> Corpus {
    let n_articles = quotes.iter().map(|q| q.0 + 1).max().unwrap_or(0);
    let mut texts = vec![String::new(); n_articles];
    let mut statements = Vec::new();
    let mut speakers: Vec<Speaker> = Vec::new();
    for &(article, name, quote) in quotes {
        let sp = speakers
            .iter()
            .position(|s| s.name == name)
            .unwrap_or_else(|| {
                let alias = name.rsplit(' ').next().unwrap_or(name).to_string();
                speakers.push(Speaker {
                    id: speakers.len(),
                    name: name.to_string(),
                    aliases: if alias == name { vec![] } else { vec![alias] },
                    roles: vec![],
                    kind: SpeakerKind::Person,
                    statements: vec![],
                    articles: vec![],
                });
                speakers.len() - 1
            });
        let text = &mut texts[article];
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let paragraph = text.matches("\n\n").count();
        text.push_str(name);
        text.push_str(" said: “");
        let start = text.len();
        text.push_str(quote);
        let end = text.len();
        text.push('”');
        let id = statements.len();
        statements.push(Statement {
            id,
            article,
            text: quote.to_string(),
            range: start..end,
            paragraph,
            speaker: Some(sp),
            cue: Some("said".into()),
            cue_range: None,
        });
        speakers[sp].statements.push(id);
        if !speakers[sp].articles.contains(&article) {
            speakers[sp].articles.push(article);
        }
    }
    let articles = texts
        .into_iter()
        .enumerate()
        .map(|(id, text)| article(id, days.get(id).copied(), text))
        .collect();
    Corpus {
        articles,
        statements,
        speakers,
        ..Corpus::default()
    }
}

fn article(id: usize, day: Option<u8>, text: String) -> Article {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for part in text.split("\n\n") {
        paragraphs.push(Paragraph {
            range: start..start + part.len(),
            kind: ParagraphKind::Body,
        });
        start += part.len() + 2;
    }
    Article {
        id,
        file: format!("{id:03}_test.txt"),
        source: format!("test:{id}"),
        title: format!("Article {id}"),
        outlet: Some(format!("Outlet {id}")),
        url: None,
        dateline: None,
        wires: vec![],
        reading_time: None,
        dates: vec![],
        date: day.map(|day| TextDate {
            year: Some(2021),
            month: 4,
            day,
        }),
        hash: content_hash(&text),
        text,
        paragraphs,
    }
}
