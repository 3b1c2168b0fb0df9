//! Output formats and files, shells and the man page, through the real binary.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats")
}

fn quoth(args: &[&str]) -> std::process::Output {
    quoth_env(args, &[])
}

fn quoth_env(args: &[&str], env: &[(&str, &Path)]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_quoth"));
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run quoth")
}

fn stdout(o: &std::process::Output) -> String {
    assert!(
        o.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn json_titles(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["title"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn csv_parses_back_to_the_same_rows() {
    let dir = fixtures();
    let dir = dir.to_str().unwrap();
    let json = stdout(&quoth(&["articles", dir, "--format", "json"]));
    let csv_text = stdout(&quoth(&["articles", dir, "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "file");
    let title_col = headers.iter().position(|h| h == "title").unwrap();
    let url_col = headers.iter().position(|h| h == "url").unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let titles: Vec<String> = records.iter().map(|r| r[title_col].to_string()).collect();
    assert_eq!(titles, json_titles(&json));
    assert_eq!(records.len(), 10);
    assert!(records
        .iter()
        .any(|r| &r[url_col] == "https://ledger.example/news/port-strike-ends"));
}

#[test]
fn builtin_csv_quotes_fields_with_commas() {
    let csv_text = stdout(&quoth(&["articles", "--format", "csv"]));
    // "Top U.S., Ukrainian Diplomats…" holds a comma: quoted, and read back whole.
    assert!(csv_text.contains("\"Top U.S., Ukrainian Diplomats Discuss Russian Troop Buildup\""));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let wires: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[4].to_string())
        .collect();
    assert_eq!(wires[0], "Reuters; AFP; TASS");
}

#[test]
fn markdown_table_has_one_row_per_article() {
    let md = stdout(&quoth(&["articles", "--format", "md"]));
    let lines: Vec<&str> = md.lines().collect();
    assert!(lines[0].starts_with("| file | title |"));
    assert!(lines[1].starts_with("|---|"));
    assert_eq!(lines.len(), 2 + 5);
    let cols = lines[0].matches(" | ").count();
    for l in &lines[2..] {
        // Every row has as many unescaped separators as the header.
        assert_eq!(l.replace("\\|", "").matches(" | ").count(), cols, "{l}");
    }
}

#[test]
fn json_flag_is_an_alias() {
    assert_eq!(
        stdout(&quoth(&["speakers", "--json"])),
        stdout(&quoth(&["speakers", "--format", "json"]))
    );
    let both = quoth(&["articles", "--json", "--format", "csv"]);
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn output_file_written_whole_and_errors_name_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("articles.csv");
    let out = quoth(&["articles", "--format", "csv", "-o", file.to_str().unwrap()]);
    assert_eq!(stdout(&out), "");
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(written, stdout(&quoth(&["articles", "--format", "csv"])));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temp file left"
    );

    let bad = dir.path().join("no/such/dir/out.md");
    let out = quoth(&["quotes", "--format", "md", "-o", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("quoth: cannot write {}: ", bad.display())),
        "{err}"
    );
}

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let s = stdout(&quoth(&["completions", shell]));
        for word in ["articles", "quotes", "speakers", "completions"] {
            assert!(s.contains(word), "{shell} completion lacks {word}");
        }
        assert!(s.contains("--format"), "{shell}");
    }
    assert_eq!(quoth(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn man_page_from_the_cli_definition() {
    let page = stdout(&quoth(&["man"]));
    assert!(page.contains(".TH quoth 1"));
    assert!(page.contains("quoth\\-articles"));
    let sub = stdout(&quoth(&["man", "quotes"]));
    assert!(sub.contains(".TH quoth-quotes 1"));
    assert!(sub.contains("\\-\\-format"));
    assert_eq!(quoth(&["man", "nope"]).status.code(), Some(2));
}

#[test]
fn config_default_and_check() {
    let dir = tempfile::tempdir().unwrap();
    let text = stdout(&quoth(&["config", "--default"]));
    assert_eq!(
        quoth::config::Config::parse(&text),
        Ok(quoth::config::Config::default())
    );
    let env = [("XDG_CONFIG_HOME", dir.path())];
    let out = stdout(&quoth_env(&["config"], &env));
    assert!(out.contains("not present"), "{out}");
    std::fs::create_dir_all(dir.path().join("quoth")).unwrap();
    std::fs::write(
        dir.path().join("quoth/config.toml"),
        "[theme]\naccent = \"mauve\"\n",
    )
    .unwrap();
    let out = quoth_env(&["config"], &env);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1);
    assert!(
        err.contains("line 2: theme.accent: unknown colour \"mauve\""),
        "{err}"
    );
    // A bad config never stops the other commands.
    assert!(quoth_env(&["articles"], &env).status.success());
}

#[test]
fn quotes_csv_round_trips_statement_text() {
    let json = stdout(&quoth(&["quotes", "--format", "json"]));
    let csv_text = stdout(&quoth(&["quotes", "--format", "csv"]));
    let rows: Vec<serde_json::Value> = json
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        rows.len() > 20,
        "the built-in articles hold many statements"
    );
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let text_col = headers.iter().position(|h| h == "text").unwrap();
    let speaker_col = headers.iter().position(|h| h == "speaker").unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), rows.len());
    for (r, j) in records.iter().zip(&rows) {
        assert_eq!(&r[text_col], j["text"].as_str().unwrap());
        assert_eq!(&r[speaker_col], j["speaker"].as_str().unwrap_or(""));
    }
    // Markdown: one table row per statement, whatever the text holds.
    let md = stdout(&quoth(&["quotes", "--format", "md"]));
    assert_eq!(md.lines().count(), rows.len() + 2);
}
