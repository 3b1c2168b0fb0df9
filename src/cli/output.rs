//! Output shared by every listing subcommand: `--format text|json|csv|md` and
//! `-o FILE`. A command builds its rows (any `Serialize` struct) and a text
//! line renderer; this module does the rest, so a new command plugs in with
//! `#[command(flatten)] output: OutputArgs` and one call to [`OutputArgs::emit`].

use clap::{Args, ValueEnum};
use serde::Serialize;
use serde_json::Value;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::CliError;

/// How rows are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned lines for reading in a terminal.
    Text,
    /// JSON lines: one object per row.
    Json,
    /// RFC 4180 CSV with a header row; lists joined by "; ".
    Csv,
    /// A Markdown table.
    Md,
}

/// The output options every listing subcommand takes.
#[derive(Debug, Clone, Default, Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Same as `--format json`.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// Write to FILE instead of standard output (replaced whole, never half-written).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl OutputArgs {
    /// The chosen format (`text` by default).
    pub fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.format.unwrap_or(Format::Text)
        }
    }

    /// Print `rows` in the chosen format to `out`, or to the `-o` file.
    /// `text` renders one row as a line for the text format.
    pub fn emit<R: Serialize>(
        &self,
        rows: &[R],
        text: impl Fn(&R, &mut dyn Write) -> io::Result<()>,
        out: &mut dyn Write,
    ) -> Result<(), CliError> {
        match &self.output {
            None => super::io_result(write_rows(rows, self.format(), &text, out)),
            Some(path) => {
                let mut buf = Vec::new();
                write_rows(rows, self.format(), &text, &mut buf)?;
                write_file(path, &buf)
            }
        }
    }
}

impl OutputArgs {
    /// Send already-rendered output (a command's own text layout) to `out`,
    /// or to the `-o` file.
    pub fn send(&self, bytes: &[u8], out: &mut dyn Write) -> Result<(), CliError> {
        match &self.output {
            None => super::io_result(out.write_all(bytes)),
            Some(path) => write_file(path, bytes),
        }
    }
}

/// Write `rows` in `format` to `out`.
pub fn write_rows<R: Serialize>(
    rows: &[R],
    format: Format,
    text: &dyn Fn(&R, &mut dyn Write) -> io::Result<()>,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => {
            for r in rows {
                text(r, out)?;
            }
        }
        Format::Json => {
            for r in rows {
                serde_json::to_writer(&mut *out, r)?;
                writeln!(out)?;
            }
        }
        // No rows: no header either (the columns come from the rows).
        Format::Csv | Format::Md if rows.is_empty() => {}
        Format::Csv => {
            let (header, cells) = table(rows)?;
            let mut w = csv::Writer::from_writer(out);
            w.write_record(&header)?;
            for row in cells {
                w.write_record(&row)?;
            }
            w.flush()?;
        }
        Format::Md => {
            let (header, cells) = table(rows)?;
            writeln!(out, "| {} |", escape_all(&header).join(" | "))?;
            writeln!(out, "|{}", "---|".repeat(header.len()))?;
            for row in cells {
                writeln!(out, "| {} |", escape_all(&row).join(" | "))?;
            }
        }
    }
    Ok(())
}

/// Rows as a header and string cells: lists joined by "; ", nested objects
/// as JSON, null as empty. Columns follow the struct's field order.
pub fn table<R: Serialize>(rows: &[R]) -> io::Result<(Vec<String>, Vec<Vec<String>>)> {
    let mut header: Vec<String> = Vec::new();
    let mut cells = Vec::with_capacity(rows.len());
    for r in rows {
        let Value::Object(map) = serde_json::to_value(r)? else {
            return Err(io::Error::other("rows must be structs"));
        };
        if header.is_empty() {
            header = map.keys().cloned().collect();
        }
        cells.push(
            header
                .iter()
                .map(|k| map.get(k).map(cell).unwrap_or_default())
                .collect(),
        );
    }
    Ok((header, cells))
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

/// A Markdown table cell: `|` escaped, line breaks as `<br>`.
pub fn escape_md_cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace('\n', "<br>")
}

fn escape_all(row: &[String]) -> Vec<String> {
    row.iter().map(|c| escape_md_cell(c)).collect()
}

/// Write `bytes` to `path` through a temporary file in the same folder and a
/// rename, so readers never see half a file. Errors name the file.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    crate::state_store::write_atomic(path, bytes)
        .map_err(|e| CliError(format!("cannot write {}: {}", path.display(), io_words(&e))))
}

fn io_words(e: &io::Error) -> String {
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Row {
        name: &'static str,
        tags: Vec<&'static str>,
        n: Option<u32>,
    }

    fn rows() -> Vec<Row> {
        vec![
            Row {
                name: "a|b, \"c\"",
                tags: vec!["x", "y"],
                n: Some(1),
            },
            Row {
                name: "line\nbreak",
                tags: vec![],
                n: None,
            },
        ]
    }

    fn render(format: Format) -> String {
        let mut out = Vec::new();
        write_rows(&rows(), format, &|r, w| writeln!(w, "{}", r.name), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_is_rfc4180() {
        assert_eq!(
            render(Format::Csv),
            "name,tags,n\n\"a|b, \"\"c\"\"\",x; y,1\n\"line\nbreak\",,\n"
        );
    }

    #[test]
    fn markdown_escapes_pipes_and_breaks() {
        assert_eq!(
            render(Format::Md),
            "| name | tags | n |\n|---|---|---|\n| a\\|b, \"c\" | x; y | 1 |\n| line<br>break |  |  |\n"
        );
    }

    #[test]
    fn json_lines() {
        assert_eq!(
            render(Format::Json),
            "{\"name\":\"a|b, \\\"c\\\"\",\"tags\":[\"x\",\"y\"],\"n\":1}\n{\"name\":\"line\\nbreak\",\"tags\":[],\"n\":null}\n"
        );
    }
}
