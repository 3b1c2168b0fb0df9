//! `quoth articles`: one line per article.

use super::output::OutputArgs;
use super::CliError;
use crate::corpus::Corpus;
use serde::Serialize;
use std::io::Write;
use unicode_width::UnicodeWidthStr;

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
    // Columns as wide as their widest cell, so titles line up whatever the names.
    let file_w = rows.iter().map(|r| r.file.width()).max().unwrap_or(0);
    let outlet_w = rows
        .iter()
        .map(|r| r.outlet.map_or(1, UnicodeWidthStr::width))
        .max()
        .unwrap_or(0);
    output.emit(
        &rows,
        |row, out| {
            let outlet = row.outlet.unwrap_or("-");
            writeln!(
                out,
                "{}{}  {}{}  {:<10} {}",
                row.file,
                " ".repeat(file_w - row.file.width()),
                outlet,
                " ".repeat(outlet_w - outlet.width()),
                row.date.as_deref().unwrap_or("-"),
                row.title
            )
        },
        out,
    )
}
