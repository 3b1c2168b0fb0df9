//! Writing an export from the reader: a file name from what is exported
//! ("Colm Brady" → `quoth-colm-brady.md`), never over an existing file, written
//! atomically. The TUI shows the returned path in its status bar.

use std::io;
use std::path::{Path, PathBuf};

/// A file-name-safe slug: lower-case letters and digits, words joined by `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    let mut end = trimmed.len().min(60);
    while !trimmed.is_char_boundary(end) {
        end -= 1;
    }
    trimmed[..end].trim_end_matches('-').to_string()
}

/// Write `markdown` to `dir/quoth-<slug of what>.md`, or `…-2.md`, `…-3.md`
/// when taken. Returns the path written.
pub fn write_markdown(dir: &Path, what: &str, markdown: &str) -> io::Result<PathBuf> {
    let stem = match slug(what) {
        s if s.is_empty() => "quoth-export".to_string(),
        s => format!("quoth-{s}"),
    };
    let mut path = dir.join(format!("{stem}.md"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.md"));
        n += 1;
    }
    crate::state_store::write_atomic(&path, markdown.as_bytes())?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Colm Brady"), "colm-brady");
        assert_eq!(slug("  A/B: “c” vs. Dé "), "a-b-c-vs-dé");
        assert_eq!(slug("***"), "");
    }

    #[test]
    fn never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let a = write_markdown(dir.path(), "Colm Brady", "one").unwrap();
        let b = write_markdown(dir.path(), "Colm Brady", "two").unwrap();
        assert_eq!(a.file_name().unwrap(), "quoth-colm-brady.md");
        assert_eq!(b.file_name().unwrap(), "quoth-colm-brady-2.md");
        assert_eq!(std::fs::read_to_string(a).unwrap(), "one");
        assert_eq!(std::fs::read_to_string(b).unwrap(), "two");
    }
}
