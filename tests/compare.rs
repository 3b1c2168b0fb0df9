//! Who said what, side by side, on the built-in articles: pairs on a shared
//! subject, the same statement carried by several articles, and the words that
//! differ between its variants. Uses the real attribution engine.

use quoth::compare::words::{stem, words};
use quoth::compare::{
    compare, diff_words, resolve_speaker, CompareIndex, MatchKind, RowOrder, WordMark,
};
use quoth::corpus::Corpus;
use std::collections::BTreeSet;
use std::process::Command;

/// Stems of a text's content words, computed here independently of the index.
fn content_stems(text: &str) -> BTreeSet<String> {
    words(text)
        .into_iter()
        .filter(|w| w.content)
        .map(|w| stem(&w.norm))
        .collect()
}

/// Compare two speakers named as a user would, check the invariants, and
/// return the paired texts.
fn pairs_of(corpus: &Corpus, a: &str, b: &str) -> Vec<(String, String, Vec<String>)> {
    let index = CompareIndex::new(corpus);
    let ra = resolve_speaker(&corpus.speakers, a).expect("left speaker");
    let rb = resolve_speaker(&corpus.speakers, b).expect("right speaker");
    assert_eq!(ra.how, MatchKind::Exact, "{a} is an alias");
    let cmp = compare(corpus, &index.terms, ra.speaker, rb.speaker, RowOrder::Date);
    // Every statement of both speakers stands on exactly one row, on its side.
    let mut seen = Vec::new();
    for r in &cmp.rows {
        for (s, who) in [(r.left, ra.speaker), (r.right, rb.speaker)] {
            if let Some(s) = s {
                assert_eq!(corpus.statements[s].speaker, Some(who));
                seen.push(s);
            }
        }
    }
    seen.sort_unstable();
    let mut all: Vec<usize> = corpus.speakers[ra.speaker]
        .statements
        .iter()
        .chain(&corpus.speakers[rb.speaker].statements)
        .copied()
        .collect();
    all.sort_unstable();
    assert_eq!(seen, all);

    let mut pairs = Vec::new();
    for r in cmp.rows.iter().filter(|r| r.is_pair()) {
        let (l, rt) = (
            &corpus.statements[r.left.unwrap()].text,
            &corpus.statements[r.right.unwrap()].text,
        );
        let common: Vec<String> = content_stems(l)
            .intersection(&content_stems(rt))
            .cloned()
            .collect();
        assert!(
            !common.is_empty(),
            "paired without a shared word: {l} | {rt}"
        );
        assert!(!r.shared.is_empty() && !r.left_marks.is_empty() && !r.right_marks.is_empty());
        for m in &r.right_marks {
            assert!(common.contains(&stem(&words(&rt[m.clone()])[0].norm)));
        }
        pairs.push((l.clone(), rt.clone(), r.shared.clone()));
    }
    pairs
}

#[test]
fn stoltenberg_and_ryabkov_pair_on_a_shared_subject() {
    let corpus = Corpus::builtin();
    let pairs = pairs_of(&corpus, "Stoltenberg", "Ryabkov");
    assert!(!pairs.is_empty());
    // Stoltenberg's call to stop provocations meets Ryabkov's "provocative measure".
    assert!(
        pairs
            .iter()
            .any(|(_, _, shared)| shared.iter().any(|w| w.starts_with("provocation"))),
        "{pairs:?}"
    );
}

#[test]
fn blinken_and_peskov_pair_on_a_shared_subject() {
    let corpus = Corpus::builtin();
    let pairs = pairs_of(&corpus, "Blinken", "Peskov");
    assert!(!pairs.is_empty());
    assert!(
        pairs
            .iter()
            .any(|(_, _, shared)| shared.iter().any(|w| w == "aggressive")),
        "{pairs:?}"
    );
}

#[test]
fn the_g7_statement_is_one_group_across_three_articles() {
    let corpus = Corpus::builtin();
    let index = CompareIndex::new(&corpus);
    let s = corpus
        .statements
        .iter()
        .find(|s| s.text.contains("large-scale troop movements"))
        .expect("the G7 statement");
    let group = index.groups.group_of(s.id).expect("a group");
    let files: Vec<&str> = group
        .articles
        .iter()
        .map(|&a| &corpus.articles[a].file[..3])
        .collect();
    assert_eq!(files, ["002", "003", "004"]);
    assert_eq!(index.groups.reported_in(s.id), 3);
    // Every variant really is the same words.
    for &v in &group.statements {
        assert!(corpus.statements[v].text.contains("troop movements"));
    }
}

#[test]
fn the_stoltenberg_variants_group_and_show_the_reordered_words() {
    let corpus = Corpus::builtin();
    let index = CompareIndex::new(&corpus);
    let find = |text: &str| {
        corpus
            .statements
            .iter()
            .find(|s| s.text.trim_end_matches('.') == text)
            .unwrap_or_else(|| panic!("statement {text:?}"))
    };
    let a = find("unjustified, unexplained, and deeply concerning");
    let b = find("unexplained, unjustified and deeply concerning");
    assert_ne!(a.article, b.article);
    let group = index.groups.group_of(a.id).expect("grouped");
    assert!(group.statements.contains(&b.id));
    assert!(group.reported_in() >= 2);

    let d = diff_words(&a.text, &b.text);
    let marked = |text: &str, ws: &[quoth::compare::DiffWord], m: WordMark| -> Vec<String> {
        ws.iter()
            .filter(|w| w.mark == m)
            .map(|w| text[w.range.clone()].to_lowercase())
            .collect()
    };
    for (text, ws) in [(&a.text, &d.left), (&b.text, &d.right)] {
        let moved = marked(text, ws, WordMark::Moved);
        assert!(!moved.is_empty(), "nothing marked moved in {text}");
        assert!(
            moved
                .iter()
                .all(|w| w == "unjustified" || w == "unexplained"),
            "{moved:?}"
        );
        assert!(marked(text, ws, WordMark::Only).is_empty());
        assert_eq!(
            marked(text, ws, WordMark::Same)[1..],
            ["and", "deeply", "concerning"]
        );
    }
}

fn quoth(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(args)
        .env("COLUMNS", "90")
        .output()
        .expect("run quoth")
}

#[test]
fn cli_compare_prints_resolved_names_then_rows() {
    let out = quoth(&["compare", "blinken", "Peskv", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Antony Blinken") && err.contains("Dmitry Peskov"),
        "{err}"
    );
    let rows: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let pair = rows
        .iter()
        .find(|r| !r["left"].is_null() && !r["right"].is_null())
        .expect("a paired row");
    assert_eq!(pair["left"]["speaker"], "Antony Blinken");
    assert_eq!(pair["right"]["speaker"], "Dmitry Peskov");
    assert!(pair["right"]["article"].as_str().unwrap().starts_with("00"));
    assert!(pair["similarity"].as_f64().unwrap() > 0.0);

    let text = quoth(&["compare", "Stoltenberg", "Ryabkov"]);
    let stdout = String::from_utf8_lossy(&text.stdout);
    let first = stdout.lines().next().unwrap();
    assert!(first.starts_with("Jens Stoltenberg") && first.ends_with("│ Sergei Ryabkov"));
    assert!(stdout
        .lines()
        .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 90));

    let bad = quoth(&["compare", "Stoltenberg", "xqxqxq"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no speaker matches"));
}

#[test]
fn cli_quotes_grouped_puts_the_widest_carried_statements_first() {
    let out = quoth(&["quotes", "--grouped", "--json"]);
    assert!(out.status.success());
    let groups: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(groups[0]["reported_in"], 3);
    let counts: Vec<u64> = groups
        .iter()
        .map(|g| g["reported_in"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    // Each statement is listed exactly once.
    let variants: usize = groups
        .iter()
        .map(|g| g["variants"].as_array().unwrap().len())
        .sum();
    let all = quoth(&["quotes", "--json"]);
    assert_eq!(
        variants,
        String::from_utf8_lossy(&all.stdout).lines().count()
    );
    let v = &groups[0]["variants"][0];
    assert!(v["article"].is_string() && v["text"].is_string());
}
