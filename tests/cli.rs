//! The `quoth` binary as a user runs it: subcommands, exit codes, messages.

use std::process::Command;

fn quoth(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(args)
        .output()
        .expect("run quoth")
}

fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

#[test]
fn articles_json_on_builtin_articles() {
    let out = quoth(&["articles", "--json"]);
    assert!(out.status.success());
    let rows = json_lines(&out.stdout);
    let titles: Vec<&str> = rows.iter().map(|r| r["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        [
            "U.S. Concerned Over Reported Russian Troop Movements Amid Heightened Tensions In Eastern Ukraine",
            "Top U.S., Ukrainian Diplomats Discuss Russian Troop Buildup",
            "Ukraine Says Russia Ignoring Calls For Dialogue Amid Rising Tensions",
            "In Call With Putin, Biden Urges De-Escalation At Ukrainian Border, Proposes Summit",
            "NATO chief warns of thousands of Russian troops amassed near Ukraine",
        ]
    );
    let outlets: Vec<&str> = rows.iter().map(|r| r["outlet"].as_str().unwrap()).collect();
    assert_eq!(outlets, ["RFE/RL", "RFE/RL", "RFE/RL", "RFE/RL", "dpa"]);
    let wires: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| {
            r["wires"]
                .as_array()
                .unwrap()
                .iter()
                .map(|w| w.as_str().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(wires[0], ["Reuters", "AFP", "TASS"]);
    assert_eq!(wires[1], ["AP"]);
    assert_eq!(
        wires[2],
        ["Reuters", "Interfax", "TASS", "RFE/RL’s Ukrainian Service"]
    );
    assert_eq!(wires[3], ["Reuters", "Interfax", "TASS", "AP"]);
    assert!(wires[4].is_empty());
    assert_eq!(rows[4]["dateline"], "Brussels");
    for key in ["file", "date", "paragraphs", "words"] {
        assert!(rows[0].get(key).is_some(), "missing key {key}");
    }
}

#[test]
fn folder_with_bad_files_loads_the_good_ones_and_reports_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("a_good.txt"), "A Headline\n\nSome body text.").unwrap();
    std::fs::write(p.join("b_binary.bin"), b"\x7fELF\0\0\x01binary").unwrap();
    std::fs::write(p.join("c_empty.txt"), b"").unwrap();
    std::fs::write(
        p.join("d_latin1.txt"),
        b"Caf\xe9 Headline\n\nBody \xe9t\xe9.",
    )
    .unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "UTF-16 Headline\n\nBody in UTF-16.".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(p.join("e_utf16.txt"), utf16).unwrap();
    std::fs::write(p.join(".hidden.txt"), "Hidden\n\nNot loaded.").unwrap();

    let out = quoth(&["articles", "--json", p.to_str().unwrap()]);
    assert!(out.status.success());
    let rows = json_lines(&out.stdout);
    let titles: Vec<&str> = rows.iter().map(|r| r["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        ["A Headline", "Caf\u{fffd} Headline", "UTF-16 Headline"]
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one summary line: {err}");
    assert!(err.contains("loaded 3 articles"), "{err}");
    assert!(err.contains("b_binary.bin (binary)"), "{err}");
    assert!(err.contains("c_empty.txt (empty)"), "{err}");
    assert!(err.contains("d_latin1.txt (invalid UTF-8"), "{err}");
}

#[test]
fn missing_path_is_one_line_and_status_2() {
    let out = quoth(&["articles", "/no/such/place"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim(), "quoth: /no/such/place: no such file or folder");
}

#[test]
fn folder_without_articles_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let out = quoth(&["articles", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no article could be loaded"), "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn help_lists_subcommands() {
    let out = quoth(&["--help"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["articles", "quotes", "speakers"] {
        assert!(text.contains(cmd), "{cmd} missing from help");
    }
}

/// `Usage: quoth [PATHS]... [COMMAND]`: paths written before the subcommand
/// are its paths, together with any written after it.
#[test]
fn paths_before_the_subcommand_are_loaded() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let a = dir.join("unseen9");
    let b = dir.join("unseen8");
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let after = json_lines(&quoth(&["quotes", "--json", a]).stdout).len();
    let before = quoth(&[a, "quotes", "--json"]);
    assert!(
        before.status.success(),
        "{}",
        String::from_utf8_lossy(&before.stderr)
    );
    assert_eq!(json_lines(&before.stdout).len(), after);
    let both = json_lines(&quoth(&[a, "quotes", "--json", b]).stdout).len();
    let only_b = json_lines(&quoth(&["quotes", "--json", b]).stdout).len();
    assert_eq!(both, after + only_b);
    let config = quoth(&[a, "config"]);
    assert_eq!(config.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&config.stderr).contains("takes no article paths"));
}
