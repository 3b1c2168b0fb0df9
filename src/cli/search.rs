//! `quoth search`: the reader's fuzzy search, printed as text or JSON lines;
//! and the hidden `quoth gen` that writes a synthetic corpus for benchmarks.

use super::output::OutputArgs;
use super::CliError;
use crate::corpus::Corpus;
use crate::search::{self, Hit, Index, Kind, Query, Target};
use clap::ValueEnum;
use serde::Serialize;
use std::io::Write;

/// `--kind`: restrict the search to one kind of item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Titles,
    Paragraphs,
    Statements,
    Speakers,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Kind {
        match k {
            KindArg::Titles => Kind::Title,
            KindArg::Paragraphs => Kind::Paragraph,
            KindArg::Statements => Kind::Statement,
            KindArg::Speakers => Kind::Speaker,
        }
    }
}

#[derive(Serialize)]
struct HitRow<'a> {
    kind: Kind,
    /// Article file name (a speaker's first article).
    article: Option<&'a str>,
    title: Option<&'a str>,
    speaker: Option<&'a str>,
    score: i32,
    context: &'a str,
    /// Character indices in `context` that matched.
    positions: &'a [usize],
    target: &'a Target,
}

/// Parse `input`, apply `--kind`, and search the corpus.
pub fn hits(
    corpus: &Corpus,
    input: &str,
    kind: Option<KindArg>,
    limit: usize,
) -> Result<Vec<Hit>, CliError> {
    let mut query = Query::parse(input);
    if let Some(k) = kind {
        let k = Kind::from(k);
        if query.scope.is_some_and(|s| s != k) {
            return Err(CliError(format!(
                "the query searches {} but --kind asks for {}",
                query.effective_scope().label(),
                k.plural()
            )));
        }
        query.scope = Some(k);
    }
    let index = Index::build(corpus);
    Ok(search::search(&index, &query, limit))
}

pub fn run(
    corpus: &Corpus,
    input: &str,
    kind: Option<KindArg>,
    limit: usize,
    output: &OutputArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let found = hits(corpus, input, kind, limit)?;
    let rows: Vec<HitRow> = found.iter().map(|h| row(corpus, h)).collect();
    output.emit(
        &rows,
        |row, out| {
            writeln!(
                out,
                "{:<9}  {:<26}  {}",
                row.kind.label(),
                row.article.unwrap_or("-"),
                row.context
            )
        },
        out,
    )
}

fn row<'a>(corpus: &'a Corpus, h: &'a Hit) -> HitRow<'a> {
    let article = h.article.map(|a| &corpus.articles[a]);
    let speaker = match h.target {
        Target::Statement(s) => corpus.statements[s]
            .speaker
            .map(|sp| corpus.speakers[sp].name.as_str()),
        Target::Speaker(sp) => Some(corpus.speakers[sp].name.as_str()),
        _ => None,
    };
    HitRow {
        kind: h.kind,
        article: article.map(|a| a.file.as_str()),
        title: article.map(|a| a.title.as_str()),
        speaker,
        score: h.score,
        context: &h.context,
        positions: &h.positions,
        target: &h.target,
    }
}
