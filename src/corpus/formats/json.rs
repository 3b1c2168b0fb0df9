//! JSON and JSON lines: records with a title and a body, as exported by news
//! APIs, scrapers and read-later services. Field names vary, so each field
//! accepts the usual spellings (`body` / `text` / `content`, `source` / `outlet`…).

use super::{body_paragraphs, item_name, structured, Parsed};
use crate::corpus::load::{SkipReason, SourceMeta};
use serde_json::{Map, Value};

const TITLE: &[&str] = &["title", "headline", "name"];
const BODY: &[&str] = &[
    "body",
    "text",
    "content",
    "article",
    "full_text",
    "fulltext",
];
const OUTLET: &[&str] = &[
    "source",
    "outlet",
    "site",
    "site_name",
    "publisher",
    "publication",
];
const DATE: &[&str] = &[
    "date",
    "published",
    "published_at",
    "publishedAt",
    "pubDate",
    "datePublished",
    "created_at",
];
const URL: &[&str] = &["url", "link", "canonical_url", "permalink"];

/// A JSON document: one record, an array of records, or an object holding an
/// array under `articles` / `items` / `data` / `results`.
pub fn parse_json(name: &str, origin: &str, text: &str) -> Result<Parsed, SkipReason> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| SkipReason::Malformed(format!("invalid JSON: {e}")))?;
    let records: Vec<&Value> = match &value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) => ["articles", "items", "data", "results", "entries"]
            .iter()
            .find_map(|k| map.get(*k).and_then(Value::as_array))
            .map_or_else(|| vec![&value], |items| items.iter().collect()),
        _ => {
            return Err(SkipReason::Malformed(
                "JSON holds no object or array of records".into(),
            ))
        }
    };
    let single = records.len() == 1;
    let mut parsed = Parsed::default();
    for (i, record) in records.into_iter().enumerate() {
        let label = format!("record {}", i + 1);
        take(record, name, origin, i, single, &label, &mut parsed);
    }
    finish(parsed, "no record with a body (body, text or content)")
}

/// JSON lines: one record per non-blank line; a bad line is a warning.
pub fn parse_lines(name: &str, origin: &str, text: &str) -> Result<Parsed, SkipReason> {
    let mut parsed = Parsed::default();
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let single = lines.len() == 1;
    let mut bad = 0;
    for (n, (lineno, line)) in lines.iter().enumerate() {
        let label = format!("line {}", lineno + 1);
        match serde_json::from_str::<Value>(line) {
            Ok(record) => take(&record, name, origin, n, single, &label, &mut parsed),
            Err(e) => {
                bad += 1;
                parsed.warnings.push(format!("{label}: invalid JSON: {e}"));
            }
        }
    }
    if parsed.sources.is_empty() && bad > 0 {
        return Err(SkipReason::Malformed(format!(
            "no valid JSON line ({bad} invalid)"
        )));
    }
    finish(parsed, "no record with a body (body, text or content)")
}

fn finish(parsed: Parsed, why: &str) -> Result<Parsed, SkipReason> {
    if parsed.sources.is_empty() {
        Err(SkipReason::Malformed(why.into()))
    } else {
        Ok(parsed)
    }
}

/// Turn one record into a source, or a warning saying why not.
fn take(
    record: &Value,
    name: &str,
    origin: &str,
    index: usize,
    single: bool,
    label: &str,
    parsed: &mut Parsed,
) {
    let Some(map) = record.as_object() else {
        parsed.warnings.push(format!("{label}: not an object"));
        return;
    };
    let paragraphs = match field(map, BODY) {
        Some(Value::String(s)) => body_paragraphs(s),
        Some(Value::Array(parts)) => parts
            .iter()
            .filter_map(Value::as_str)
            .flat_map(body_paragraphs)
            .collect(),
        _ => Vec::new(),
    };
    if paragraphs.is_empty() {
        parsed
            .warnings
            .push(format!("{label}: no body (body, text or content)"));
        return;
    }
    let meta = SourceMeta {
        title: string_field(map, TITLE),
        outlet: string_field(map, OUTLET),
        date: string_field(map, DATE),
        url: string_field(map, URL),
        structured: true,
    };
    let (item, item_origin) = if single {
        (name.to_string(), origin.to_string())
    } else {
        (item_name(name, index + 1), item_name(origin, index + 1))
    };
    parsed
        .sources
        .push(structured(item, item_origin, &paragraphs, meta));
}

fn field<'a>(map: &'a Map<String, Value>, names: &[&str]) -> Option<&'a Value> {
    names
        .iter()
        .find_map(|n| map.get(*n).filter(|v| !v.is_null()))
}

/// A string field; an object such as `{"name": "Outlet"}` gives its name.
fn string_field(map: &Map<String, Value>, names: &[&str]) -> Option<String> {
    let v = field(map, names)?;
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Object(o) => ["name", "title", "href", "url"]
            .iter()
            .find_map(|k| o.get(*k).and_then(Value::as_str))?
            .to_string(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let s = s.trim().to_string();
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_spellings_and_nested_outlet() {
        let p = parse_json(
            "a.json",
            "/x/a.json",
            r#"{"headline":"H","content":"One.\n\nTwo.","source":{"name":"Wire"},"publishedAt":"2021-04-13"}"#,
        )
        .unwrap();
        let s = &p.sources[0];
        assert_eq!(s.source.name, "a.json");
        assert_eq!(s.source.text, "One.\n\nTwo.");
        assert_eq!(s.meta.title.as_deref(), Some("H"));
        assert_eq!(s.meta.outlet.as_deref(), Some("Wire"));
        assert_eq!(s.meta.date.as_deref(), Some("2021-04-13"));
    }

    #[test]
    fn bad_lines_warn_good_lines_load() {
        let p = parse_lines(
            "a.jsonl",
            "a.jsonl",
            "{\"title\":\"A\",\"body\":\"x\"}\n{oops\n{\"title\":\"no body\"}\n",
        )
        .unwrap();
        assert_eq!(p.sources.len(), 1);
        assert_eq!(p.sources[0].source.name, "a.jsonl#1");
        assert_eq!(p.warnings.len(), 2);
        assert!(p.warnings[0].starts_with("line 2: invalid JSON"));
        assert!(matches!(
            parse_lines("b.jsonl", "b", "{bad\n"),
            Err(SkipReason::Malformed(_))
        ));
    }
}
