//! `quoth quotes` and `quoth speakers`: the who-said-what tables.

use crate::corpus::Corpus;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct QuoteRow<'a> {
    article: &'a str,
    text: &'a str,
    speaker: Option<&'a str>,
    speaker_kind: Option<crate::attribution::SpeakerKind>,
    role: Option<&'a str>,
    cue: Option<&'a str>,
    start: usize,
    end: usize,
    paragraph: usize,
}

pub fn run_quotes(
    corpus: &Corpus,
    json: bool,
    speaker: Option<&str>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let wanted = speaker.map(str::to_lowercase);
    for s in &corpus.statements {
        let sp = s.speaker.map(|id| &corpus.speakers[id]);
        if let Some(w) = &wanted {
            let hit = sp.is_some_and(|sp| {
                sp.name.to_lowercase() == *w || sp.aliases.iter().any(|a| a.to_lowercase() == *w)
            });
            if !hit {
                continue;
            }
        }
        let row = QuoteRow {
            article: &corpus.articles[s.article].file,
            text: &s.text,
            speaker: sp.map(|sp| sp.name.as_str()),
            speaker_kind: sp.map(|sp| sp.kind),
            role: sp.and_then(|sp| sp.roles.first()).map(String::as_str),
            cue: s.cue.as_deref(),
            start: s.range.start,
            end: s.range.end,
            paragraph: s.paragraph,
        };
        if json {
            serde_json::to_writer(&mut *out, &row)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{}  {:<24} “{}”",
                row.article,
                row.speaker.unwrap_or("?"),
                row.text
            )?;
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct SpeakerRow<'a> {
    name: &'a str,
    aliases: &'a [String],
    roles: &'a [String],
    kind: crate::attribution::SpeakerKind,
    statements: usize,
    articles: Vec<&'a str>,
}

pub fn run_speakers(corpus: &Corpus, json: bool, out: &mut dyn Write) -> io::Result<()> {
    for sp in &corpus.speakers {
        let row = SpeakerRow {
            name: &sp.name,
            aliases: &sp.aliases,
            roles: &sp.roles,
            kind: sp.kind,
            statements: sp.statements.len(),
            articles: sp
                .articles
                .iter()
                .map(|&a| corpus.articles[a].file.as_str())
                .collect(),
        };
        if json {
            serde_json::to_writer(&mut *out, &row)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{:<28} {:>3} statements  {}",
                row.name,
                row.statements,
                row.roles.join("; ")
            )?;
        }
    }
    Ok(())
}
