//! `quoth quotes` and `quoth speakers`: the who-said-what tables.

use super::output::OutputArgs;
use super::CliError;
use crate::attribution::SpeakerId;
use crate::corpus::Corpus;
use serde::Serialize;
use std::io::Write;
use unicode_width::UnicodeWidthStr;

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

/// Whether a statement's speaker answers to `name` (its name or any alias,
/// ignoring case); every statement does when no name is asked for.
pub(super) fn said_by(corpus: &Corpus, speaker: Option<SpeakerId>, name: Option<&str>) -> bool {
    let Some(name) = name else { return true };
    speaker.is_some_and(|id| {
        let sp = &corpus.speakers[id];
        std::iter::once(&sp.name)
            .chain(&sp.aliases)
            .any(|n| n.to_lowercase() == name.to_lowercase())
    })
}

pub fn run_quotes(
    corpus: &Corpus,
    output: &OutputArgs,
    speaker: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let mut rows = Vec::new();
    for s in &corpus.statements {
        let sp = s.speaker.map(|id| &corpus.speakers[id]);
        if !said_by(corpus, s.speaker, speaker) {
            continue;
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
        rows.push(row);
    }
    output.emit(
        &rows,
        |row, out| {
            writeln!(
                out,
                "{}  {:<24} “{}”",
                row.article,
                row.speaker.unwrap_or("?"),
                row.text
            )
        },
        out,
    )
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

pub fn run_speakers(
    corpus: &Corpus,
    output: &OutputArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let mut rows: Vec<SpeakerRow> = corpus
        .speakers
        .iter()
        .map(|sp| SpeakerRow {
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
        })
        .collect();
    // Most quoted first; the registry's order (first appearance) breaks ties.
    rows.sort_by_key(|r| std::cmp::Reverse(r.statements));
    let name_w = rows.iter().map(|r| r.name.width()).max().unwrap_or(0);
    output.emit(
        &rows,
        |row, out| {
            let n = row.statements;
            writeln!(
                out,
                "{}{}  {n:>3} statement{}  {}",
                row.name,
                " ".repeat(name_w - row.name.width()),
                if n == 1 { " " } else { "s" },
                row.roles.join("; ")
            )
        },
        out,
    )
}
