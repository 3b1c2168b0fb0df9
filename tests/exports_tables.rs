//! `search` and `compare` as tables: the CSV parses back (with a real CSV
//! reader) to the same rows as the JSON lines, and the Markdown table has one
//! row per hit / pair.

use std::process::Command;

fn stdout(args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(args)
        .output()
        .expect("run quoth");
    assert!(
        o.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn json_rows(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// CSV records keyed by header.
fn csv_rows(text: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().iter().map(String::from).collect();
    let records = reader.records().map(Result::unwrap).collect();
    (headers, records)
}

fn col(headers: &[String], name: &str) -> usize {
    headers
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {headers:?}"))
}

/// A JSON scalar as the CSV writes it ("" for null).
fn as_cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[test]
fn search_csv_parses_back_to_the_json_hits() {
    // Titles with commas ("Top U.S., Ukrainian …") and statements with quotes.
    let args = ["search", "russia", "--limit", "15"];
    let json = json_rows(&stdout(&[&args[..], &["--format", "json"]].concat()));
    let (headers, records) = csv_rows(&stdout(&[&args[..], &["--format", "csv"]].concat()));
    assert!(json.len() > 5, "{json:?}");
    assert_eq!(records.len(), json.len());
    let some_comma = records
        .iter()
        .any(|r| r[col(&headers, "title")].contains(','));
    assert!(some_comma, "a title with a comma survives the round trip");
    for (r, j) in records.iter().zip(&json) {
        for name in ["kind", "article", "title", "speaker", "context", "score"] {
            assert_eq!(r[col(&headers, name)], as_cell(&j[name]), "{name}");
        }
    }
    let md = stdout(&[&args[..], &["--format", "md"]].concat());
    assert_eq!(md.lines().count(), json.len() + 2);
}

#[test]
fn compare_csv_parses_back_to_the_json_pairs() {
    let args = ["compare", "Blinken", "Peskov"];
    let json = json_rows(&stdout(&[&args[..], &["--format", "json"]].concat()));
    let (headers, records) = csv_rows(&stdout(&[&args[..], &["--format", "csv"]].concat()));
    assert!(!records.is_empty());
    assert_eq!(records.len(), json.len(), "one CSV row per pair");
    for (r, j) in records.iter().zip(&json) {
        for (side, prefix) in [("left", "left_"), ("right", "right_")] {
            for field in ["speaker", "text", "article"] {
                let cell = &r[col(&headers, &format!("{prefix}{field}"))];
                assert_eq!(cell, as_cell(&j[side][field]), "{prefix}{field}");
            }
        }
        assert_eq!(r[col(&headers, "topic")], as_cell(&j["topic"]));
    }
    let left = col(&headers, "left_text");
    let right = col(&headers, "right_text");
    let texts = |side: usize| -> Vec<String> {
        records
            .iter()
            .map(|r| r[side].to_string())
            .filter(|t| !t.is_empty())
            .collect()
    };
    // Every statement of both speakers appears once, with its commas and quotes intact.
    let mut from_json: Vec<String> = Vec::new();
    collect_texts(&serde_json::Value::Array(json), &mut from_json);
    let mut from_csv = [texts(left), texts(right)].concat();
    from_csv.sort();
    from_json.sort();
    from_json.dedup();
    from_csv.dedup();
    assert_eq!(from_csv, from_json);
    assert!(from_csv.iter().any(|t| t.contains(',')));
    let md = stdout(&[&args[..], &["--format", "md"]].concat());
    assert_eq!(md.lines().count(), records.len() + 2);
}

/// Every `"text"` string anywhere in the JSON rows.
fn collect_texts(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                match x {
                    serde_json::Value::String(s) if k == "text" => out.push(s.clone()),
                    other => collect_texts(other, out),
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_texts(x, out)),
        _ => {}
    }
}
