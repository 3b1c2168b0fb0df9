//! The hostile corpus (see `quoth::corpus::hostile`) through loading and every
//! CLI output: nothing that reaches stdout or stderr may be a terminal control.

use quoth::corpus::{hostile, Corpus};
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile")
}

/// Characters that must never be written to a terminal by quoth: C0 controls
/// but line feed and tab, DEL, C1 controls, bidi controls, and invisible
/// characters that make text lie about what it says.
fn forbidden(c: char) -> bool {
    (c < ' ' && c != '\n' && c != '\t')
        || ('\u{7f}'..='\u{9f}').contains(&c)
        || matches!(c,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200f}'
            | '\u{61c}' | '\u{feff}' | '\u{e0000}'..='\u{e007f}')
}

/// The output must be UTF-8 and hold no forbidden character.
fn assert_inert(bytes: &[u8], what: &str) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: not UTF-8: {e}"));
    if let Some((i, c)) = text.char_indices().find(|&(_, c)| forbidden(c)) {
        let from = text.floor_char_boundary(i.saturating_sub(40));
        panic!("{what}: {c:?} at byte {i}, after {:?}", &text[from..i]);
    }
}

fn quoth(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_quoth"))
        .args(args)
        .output()
        .expect("run quoth")
}

/// Every subcommand in every format on `dir`; returns the stdout of
/// `articles` and the stderr of the last run.
fn every_output_is_inert(dir: &Path) -> (String, String) {
    let dir = dir.to_str().unwrap();
    let mut stderr = String::new();
    let mut listing = String::new();
    for cmd in ["articles", "quotes", "speakers"] {
        for json in [false, true] {
            let mut args = vec![cmd, dir];
            if json {
                args.push("--json");
            }
            let out = quoth(&args);
            let what = args.join(" ");
            assert!(out.status.success(), "{what}: {out:?}");
            assert_inert(&out.stdout, &format!("{what} stdout"));
            assert_inert(&out.stderr, &format!("{what} stderr"));
            if json {
                for line in String::from_utf8_lossy(&out.stdout).lines() {
                    serde_json::from_str::<serde_json::Value>(line).expect("a JSON line");
                }
            }
            stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            if cmd == "articles" && !json {
                listing = String::from_utf8_lossy(&out.stdout).into_owned();
            }
            assert!(stderr.lines().count() <= 1, "{what}: {stderr}");
        }
    }
    (listing, stderr)
}

#[test]
fn committed_fixtures_match_the_generator() {
    let dir = fixtures();
    let files = hostile::small();
    if std::env::var_os("QUOTH_WRITE_FIXTURES").is_some() {
        for f in &files {
            std::fs::write(dir.join(&f.name), &f.bytes).unwrap();
        }
    }
    for f in &files {
        let on_disk = std::fs::read(dir.join(&f.name))
            .unwrap_or_else(|e| panic!("{}: {e} (QUOTH_WRITE_FIXTURES=1 writes it)", f.name));
        assert!(on_disk == f.bytes, "{} differs from the generator", f.name);
    }
    let count = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(count, files.len(), "stray files in {}", dir.display());
}

#[test]
fn cli_on_committed_fixtures_is_inert() {
    let (_, stderr) = every_output_is_inert(&fixtures());
    // Broken encodings load with a warning; nothing is skipped.
    assert!(stderr.contains("loaded 13 articles"), "{stderr}");
    assert!(
        stderr.contains("invalid_utf8.txt (invalid UTF-8"),
        "{stderr}"
    );
    assert!(stderr.contains("utf16le.txt (invalid UTF-16"), "{stderr}");
}

#[test]
fn cli_on_full_hostile_corpus_with_special_files_is_inert() {
    let dir = tempfile::tempdir().unwrap();
    hostile::write_corpus(dir.path(), true).unwrap();
    special_files(dir.path());
    let (listing, stderr) = every_output_is_inert(dir.path());
    assert!(stderr.contains("loaded 16 articles"), "{stderr}");
    // The escape-laden file name is listed with visible placeholders.
    #[cfg(unix)]
    assert!(
        listing.contains("name␛]0;pwned␇␛[31m<U+202E>red<U+009B>1m.txt"),
        "{listing}"
    );
    #[cfg(unix)]
    {
        assert!(
            stderr.contains("fifo (not a regular file: FIFO)"),
            "{stderr}"
        );
        assert!(
            stderr.contains("socket (not a regular file: socket)"),
            "{stderr}"
        );
        assert!(
            stderr.contains("dangling.txt (not a regular file: link to nothing)"),
            "{stderr}"
        );
    }
}

/// A FIFO (reading it would block forever), a socket and a dangling link.
fn special_files(dir: &Path) {
    #[cfg(unix)]
    {
        let fifo = dir.join("fifo");
        let made = Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo failed");
        let socket = std::os::unix::net::UnixListener::bind(dir.join("socket")).unwrap();
        std::mem::forget(socket);
        std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("dangling.txt")).unwrap();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[test]
fn loaded_articles_hold_no_control_in_any_field() {
    let dir = tempfile::tempdir().unwrap();
    let paths = hostile::write_corpus(dir.path(), true).unwrap();
    let corpus = Corpus::load(&paths).unwrap();
    assert_eq!(corpus.articles.len(), paths.len());
    for a in &corpus.articles {
        let what = &a.file;
        for field in [&a.file, &a.source, &a.title, &a.text]
            .into_iter()
            .chain(a.outlet.iter())
            .chain(a.dateline.iter())
            .chain(a.wires.iter())
        {
            assert_inert(field.as_bytes(), what);
            assert!(!field.contains('\u{1b}') && !field.contains('\r'), "{what}");
        }
    }
    for s in &corpus.statements {
        assert_inert(s.text.as_bytes(), "statement");
    }
    for sp in &corpus.speakers {
        assert_inert(sp.name.as_bytes(), "speaker");
    }
    // The 10,000-mark cluster is capped, the 200,000 lines all arrive.
    let zalgo = corpus
        .articles
        .iter()
        .find(|a| a.file == "combining.txt")
        .unwrap();
    assert!(zalgo.text.len() < 5_000, "{}", zalgo.text.len());
    let long = corpus
        .articles
        .iter()
        .find(|a| a.file == "long_article.txt")
        .unwrap();
    assert!(long.text.contains("on line 199999 and"));
}

#[test]
fn hostile_path_in_an_error_is_shown_inertly_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join(hostile::hostile_name());
    let out = quoth(&["articles", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_inert(&out.stderr, "stderr");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("name␛]0;pwned␇␛[31m<U+202E>red<U+009B>1m.txt: no such file or folder"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn special_file_named_directly_is_refused_not_read() {
    let dir = tempfile::tempdir().unwrap();
    special_files(dir.path());
    let out = quoth(&["articles", dir.path().join("fifo").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fifo (not a regular file: FIFO)"), "{err}");
}

#[cfg(unix)]
#[test]
fn permission_denied_is_one_line_naming_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a_ok.txt"), "Title\n\nBody.").unwrap();
    let locked = dir.path().join("b_locked.txt");
    std::fs::write(&locked, "Secret\n\nBody.").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let sub = dir.path().join("c_locked_folder");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("inner.txt"), "Inner\n\nBody.").unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        eprintln!("skipped: running as a user who can read mode-000 files (root?)");
        return;
    }
    let out = quoth(&["articles", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("b_locked.txt (unreadable: permission denied)"),
        "{err}"
    );
    assert!(
        err.contains("c_locked_folder (unreadable: cannot list folder: permission denied)"),
        "{err}"
    );
    let out = quoth(&["articles", locked.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn hostile_argument_in_a_usage_error_is_shown_inertly() {
    let out = quoth(&["articles", "--\u{1b}]0;pwned\u{7}\u{9b}2J"]);
    assert_eq!(out.status.code(), Some(2));
    assert_inert(&out.stderr, "stderr");
    let err = String::from_utf8_lossy(&out.stderr);
    // clap's plain rendering already drops 7-bit sequences; the rest is shown.
    assert!(err.contains("'--<U+009B>2J'"), "{err}");
}

#[cfg(unix)]
#[test]
fn folder_links_that_loop_are_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Title\n\nBody.").unwrap();
    // Two links back to the folder would double the walk at every level.
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop1")).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop2")).unwrap();
    let out = quoth(&["articles", "--json", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}
