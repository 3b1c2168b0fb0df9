//! File formats quoth reads, one file each, and how a file's format is told:
//! by its extension first, then by sniffing the first bytes when the extension
//! says nothing (or only `.txt`, which saved pages of every kind end up with).
//!
//! Each format turns decoded text into one or more [`Source`]s; structured
//! formats hand over their paragraphs (one line each) and the metadata they
//! state, so cleaning does not have to guess what the file already says.

mod date;
mod feed;
mod html;
mod json;
mod markdown;
mod xml;

use super::load::{LoadedSource, SkipReason, Source, SourceMeta};
use std::path::Path;

pub use date::parse_date;
pub use html::fragment_paragraphs;

/// A format quoth can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text, e.g. a page saved as text from a browser.
    Plain,
    /// A web page saved from a browser.
    Html,
    /// One JSON record, an array of records, or `{"articles": [...]}`.
    Json,
    /// One JSON record per line.
    JsonLines,
    /// Markdown, with optional `---` front matter.
    Markdown,
    /// An RSS 2.0 or Atom feed.
    Feed,
}

/// What parsing one file gave: its articles and anything worth a warning
/// (a bad line in JSON lines, a feed item without text).
#[derive(Debug, Default)]
pub struct Parsed {
    pub sources: Vec<LoadedSource>,
    pub warnings: Vec<String>,
}

/// The format of a file called `name` whose text is `text`.
pub fn detect(name: &str, text: &str) -> Format {
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml" | "shtml") => Format::Html,
        Some("jsonl" | "ndjson") => Format::JsonLines,
        Some("json") => sniff(text)
            .filter(|f| *f == Format::JsonLines)
            .unwrap_or(Format::Json),
        Some("md" | "markdown" | "mdown" | "mkd") => Format::Markdown,
        Some("rss" | "atom") => Format::Feed,
        Some("xml") => sniff(text).unwrap_or(Format::Feed),
        // `.txt` or an unknown extension: trust the content, but never read
        // plain prose as Markdown unless there is no extension at all.
        Some(_) => sniff(text)
            .filter(|f| *f != Format::Markdown)
            .unwrap_or(Format::Plain),
        None => sniff(text).unwrap_or(Format::Plain),
    }
}

/// Guess a format from the content alone; `None` for prose.
pub fn sniff(text: &str) -> Option<Format> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let lower: String = head.chars().take(1024).collect::<String>().to_lowercase();
    if lower.starts_with("<?xml") || lower.starts_with("<rss") || lower.starts_with("<feed") {
        if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf") {
            return Some(Format::Feed);
        }
        if lower.contains("<html") {
            return Some(Format::Html);
        }
        return Some(Format::Feed);
    }
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<head")
        || (lower.starts_with("<!--") && lower.contains("<html"))
    {
        return Some(Format::Html);
    }
    if head.starts_with('{') {
        let first = head.lines().next().unwrap_or("");
        let more = head.lines().filter(|l| !l.trim().is_empty()).count() > 1;
        if more && serde_json::from_str::<serde_json::Value>(first).is_ok() {
            return Some(Format::JsonLines);
        }
        return Some(Format::Json);
    }
    if head.starts_with('[') && serde_json::from_str::<serde_json::Value>(head).is_ok() {
        return Some(Format::Json);
    }
    if head.starts_with("---\n") && head[4..].contains("\n---") || head.starts_with("# ") {
        return Some(Format::Markdown);
    }
    None
}

/// Parse decoded `text` of the file `name` (shown as `origin`).
pub fn parse(name: &str, origin: &str, text: String) -> Result<Parsed, SkipReason> {
    let format = detect(name, &text);
    let parsed = match format {
        Format::Plain => Parsed {
            sources: vec![LoadedSource {
                source: Source::plain(name, origin, text),
                meta: SourceMeta::default(),
            }],
            warnings: Vec::new(),
        },
        Format::Html => Parsed {
            sources: vec![html::parse(name, origin, &text)?],
            warnings: Vec::new(),
        },
        Format::Json => json::parse_json(name, origin, &text)?,
        Format::JsonLines => json::parse_lines(name, origin, &text)?,
        Format::Markdown => Parsed {
            sources: vec![markdown::parse(name, origin, &text)],
            warnings: Vec::new(),
        },
        Format::Feed => feed::parse(name, origin, &text)?,
    };
    if parsed.sources.is_empty() {
        return Err(SkipReason::Empty);
    }
    Ok(parsed)
}

/// A structured source: paragraphs become single lines separated by blank lines.
pub(crate) fn structured(
    name: String,
    origin: String,
    paragraphs: &[String],
    meta: SourceMeta,
) -> LoadedSource {
    let text = join_paragraphs(paragraphs);
    LoadedSource {
        source: Source { name, origin, text },
        meta: SourceMeta {
            structured: true,
            ..meta
        },
    }
}

/// Paragraphs as single lines (inner white space collapsed), blank-line separated.
pub(crate) fn join_paragraphs(paragraphs: &[String]) -> String {
    paragraphs
        .iter()
        .map(|p| one_line(p))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Collapse all white space runs to one space and trim.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Split free text into paragraphs: on blank lines when there are any,
/// otherwise one paragraph per line.
pub(crate) fn text_paragraphs(text: &str) -> Vec<String> {
    let normalized = text.replace("\r\n", "\n");
    let blocks: Vec<&str> = normalized
        .split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .collect();
    if blocks.len() > 1 {
        blocks.into_iter().map(one_line).collect()
    } else {
        normalized
            .lines()
            .map(one_line)
            .filter(|l| !l.is_empty())
            .collect()
    }
}

/// A text field that may hold HTML (feed content, some JSON exports).
pub(crate) fn body_paragraphs(body: &str) -> Vec<String> {
    let t = body.trim_start();
    if t.starts_with('<') || t.contains("</p>") || t.contains("<br") {
        fragment_paragraphs(body)
    } else {
        text_paragraphs(body)
    }
}

/// Name of the `i`-th (1-based) article of a multi-article file: `feed.xml#3`.
pub(crate) fn item_name(name: &str, i: usize) -> String {
    format!("{name}#{i}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_then_content() {
        assert_eq!(detect("a.html", "anything"), Format::Html);
        assert_eq!(detect("a.HTM", ""), Format::Html);
        assert_eq!(detect("a.jsonl", "{}"), Format::JsonLines);
        assert_eq!(
            detect("a.json", "{\"a\":1}\n{\"a\":2}\n"),
            Format::JsonLines
        );
        assert_eq!(detect("a.json", "{\n  \"a\": 1\n}"), Format::Json);
        assert_eq!(detect("a.md", "text"), Format::Markdown);
        assert_eq!(detect("a.rss", ""), Format::Feed);
        assert_eq!(detect("a.txt", "<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(
            detect("a.txt", "<?xml version=\"1.0\"?><rss version=\"2.0\">"),
            Format::Feed
        );
        assert_eq!(detect("a.txt", "# Not markdown in a .txt"), Format::Plain);
        assert_eq!(detect("noext", "# Heading\n\nText"), Format::Markdown);
        assert_eq!(detect("a.txt", "Headline\n\nBody."), Format::Plain);
        assert_eq!(detect("a.xml", "<feed xmlns=\"x\">"), Format::Feed);
    }

    #[test]
    fn paragraphs_from_text() {
        assert_eq!(text_paragraphs("a\nb\n\nc"), ["a b", "c"]);
        assert_eq!(text_paragraphs("a\nb\nc"), ["a", "b", "c"]);
        assert_eq!(
            join_paragraphs(&["  x \n y".into(), String::new(), "z".into()]),
            "x y\n\nz"
        );
    }
}
