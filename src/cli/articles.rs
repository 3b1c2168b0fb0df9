//! `quoth articles`: one line per article.

use super::output::OutputArgs;
use super::CliError;
use crate::corpus::Corpus;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct ArticleRow<'a> {
    file: &'a str,
    title: &'a str,
    outlet: Option<&'a str>,
    dateline: Option<&'a str>,
    wires: &'a [String],
    date: Option<String>,
    url: Option<&'a str>,
    paragraphs: usize,
    words: usize,
}

pub fn run(corpus: &Corpus, output: &OutputArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let rows: Vec<ArticleRow> = corpus
        .articles
        .iter()
        .map(|a| ArticleRow {
            file: &a.file,
            title: &a.title,
            outlet: a.outlet.as_deref(),
            dateline: a.dateline.as_deref(),
            wires: &a.wires,
            date: a.date.map(|d| d.iso()),
            url: a.url.as_deref(),
            paragraphs: a.paragraphs.len(),
            words: a.words(),
        })
        .collect();
    output.emit(
        &rows,
        |row, out| {
            writeln!(
                out,
                "{}  {:<8} {:<10} {}",
                row.file,
                row.outlet.unwrap_or("-"),
                row.date.as_deref().unwrap_or("-"),
                row.title
            )
        },
        out,
    )
}
