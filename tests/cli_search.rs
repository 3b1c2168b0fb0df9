//! `quoth search` and the hidden `quoth gen`, run as the real binary.

use std::process::{Command, Output};

fn quoth(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(args)
        .output()
        .expect("run quoth")
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

#[test]
fn fuzzy_terms_all_match_in_json() {
    let out = quoth(&["search", "blnkn concern", "--json"]);
    assert!(out.status.success());
    let rows = json_lines(&out);
    assert!(!rows.is_empty());
    for r in &rows {
        let ctx = r["context"].as_str().unwrap();
        let chars: Vec<char> = ctx.chars().collect();
        let marked: String = r["positions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| chars[p.as_u64().unwrap() as usize])
            .collect();
        assert!(!marked.is_empty(), "no highlight in {ctx}");
        assert!(r["article"].as_str().unwrap().starts_with("00"));
    }
    // Scores never increase down the list.
    let scores: Vec<i64> = rows.iter().map(|r| r["score"].as_i64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn limit_and_kind() {
    let out = quoth(&[
        "search", "russia", "--json", "--limit", "3", "--kind", "titles",
    ]);
    assert!(out.status.success());
    let rows = json_lines(&out);
    assert!(!rows.is_empty() && rows.len() <= 3);
    assert!(rows.iter().all(|r| r["kind"] == "title"));
}

#[test]
fn title_scope_prefix_and_text_output() {
    let out = quoth(&["search", "#troops", "--limit", "50"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.is_empty());
    assert!(text.lines().all(|l| l.starts_with("title ")), "{text}");
}

#[test]
fn exclusion_removes_items() {
    let with = json_lines(&quoth(&["search", "peskov", "--json", "--limit", "100"]));
    let without = json_lines(&quoth(&[
        "search",
        "peskov !kremlin",
        "--json",
        "--limit",
        "100",
    ]));
    assert!(without.len() < with.len());
    assert!(without.iter().all(|r| !r["context"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("kremlin")));
}

#[test]
fn conflicting_scope_is_a_one_line_error() {
    let out = quoth(&["search", "@peskov", "--kind", "titles"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn no_match_prints_nothing() {
    let out = quoth(&["search", "qqqqzzzz"]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn generated_corpus_is_searchable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    assert!(quoth(&["gen", "30", path]).status.success());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 30);
    let rows = json_lines(&quoth(&[
        "search", "troops", path, "--json", "--limit", "5",
    ]));
    assert_eq!(rows.len(), 5);
    assert!(rows[0]["article"].as_str().unwrap().starts_with("gen_"));
}

#[test]
fn statements_and_speakers_from_the_attribution_engine() {
    let rows = json_lines(&quoth(&["search", "\"red lines", "--json"]));
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["kind"] == "statement"));
    assert!(rows[0]["speaker"].is_string());
    let people = json_lines(&quoth(&["search", "@peskov", "--json"]));
    assert!(!people.is_empty());
    assert!(people.iter().all(|r| r["kind"] == "speaker"));
    // Unscoped, the speaker row comes before that speaker's statements and paragraphs.
    let all = json_lines(&quoth(&["search", "peskov", "--json", "--limit", "50"]));
    assert_eq!(all[0]["kind"], "speaker");
    assert!(all.iter().any(|r| r["kind"] == "statement"));
    assert!(all.iter().any(|r| r["kind"] == "paragraph"));
}
