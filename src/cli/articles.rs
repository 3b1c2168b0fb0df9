//! `quoth articles`: one line per article.

use crate::corpus::Corpus;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct ArticleRow<'a> {
    file: &'a str,
    title: &'a str,
    outlet: Option<&'a str>,
    dateline: Option<&'a str>,
    wires: &'a [String],
    date: Option<String>,
    paragraphs: usize,
    words: usize,
}

pub fn run(corpus: &Corpus, json: bool, out: &mut dyn Write) -> io::Result<()> {
    for a in &corpus.articles {
        let row = ArticleRow {
            file: &a.file,
            title: &a.title,
            outlet: a.outlet.as_deref(),
            dateline: a.dateline.as_deref(),
            wires: &a.wires,
            date: a.date.map(|d| d.iso()),
            paragraphs: a.paragraphs.len(),
            words: a.words(),
        };
        if json {
            serde_json::to_writer(&mut *out, &row)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{}  {:<8} {:<10} {}",
                row.file,
                row.outlet.unwrap_or("-"),
                row.date.as_deref().unwrap_or("-"),
                row.title
            )?;
        }
    }
    Ok(())
}
