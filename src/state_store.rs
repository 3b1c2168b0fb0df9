//! What the reader remembers between runs: starred statements and read
//! articles, in `$XDG_DATA_HOME/quoth/state.json` (or `~/.local/share/…`).
//!
//! Marks are keyed by the article's content hash ([`Article::hash`]) and the
//! statement's byte range, not by file name, so a renamed or moved file keeps
//! its marks. Writes are atomic; a file that cannot be read back is moved
//! aside with a warning, never overwritten.

use crate::corpus::Article;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::ffi::OsString;
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A statement, independent of file names and load order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct StatementKey {
    /// [`Article::hash`] in hex (JSON numbers lose precision past 2^53).
    pub article: String,
    pub start: usize,
    pub end: usize,
}

impl StatementKey {
    /// The key of a statement: `range` is [`crate::attribution::Statement::range`].
    pub fn new(article: &Article, range: &Range<usize>) -> Self {
        StatementKey {
            article: hash_key(article),
            start: range.start,
            end: range.end,
        }
    }
}

fn hash_key(article: &Article) -> String {
    format!("{:016x}", article.hash)
}

/// The marks themselves, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Marks {
    /// File layout version, for future migrations.
    #[serde(default = "version")]
    pub version: u32,
    #[serde(default)]
    pub starred: BTreeSet<StatementKey>,
    /// Content hashes (hex) of articles the user has opened.
    #[serde(default)]
    pub read: BTreeSet<String>,
}

fn version() -> u32 {
    1
}

impl Default for Marks {
    /// No marks, in the current file layout.
    fn default() -> Self {
        Marks {
            version: version(),
            starred: BTreeSet::new(),
            read: BTreeSet::new(),
        }
    }
}

/// Marks bound to the file they are saved in.
#[derive(Debug, Clone)]
pub struct StateStore {
    pub path: PathBuf,
    pub marks: Marks,
}

impl StateStore {
    /// `$XDG_DATA_HOME/quoth/state.json`, else `$HOME/.local/share/quoth/state.json`.
    pub fn default_path() -> Option<PathBuf> {
        state_path(std::env::var_os("XDG_DATA_HOME"), std::env::var_os("HOME"))
    }

    /// Open the store at `path`. A missing file is an empty store; an
    /// unreadable or corrupt one is moved aside (`state.json.corrupt-<secs>`)
    /// and reported in the returned warnings, and the store starts empty.
    pub fn open(path: &Path) -> (StateStore, Vec<String>) {
        let mut warnings = Vec::new();
        let marks = match std::fs::read(path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Marks::default(),
            Err(e) => {
                warnings.push(format!("{}: cannot read: {e}", path.display()));
                Marks::default()
            }
            Ok(bytes) => match serde_json::from_slice::<Marks>(&bytes) {
                Ok(m) => m,
                Err(e) => {
                    let aside = aside_path(path);
                    let moved = std::fs::rename(path, &aside);
                    let failed = moved.is_err();
                    warnings.push(match moved {
                        Ok(()) => format!(
                            "{} is corrupt ({e}); kept as {} and starting afresh",
                            path.display(),
                            aside.display()
                        ),
                        Err(m) => format!(
                            "{} is corrupt ({e}) and could not be moved aside ({m}); it will not be overwritten",
                            path.display()
                        ),
                    });
                    if failed {
                        // Saving would destroy the only copy: save elsewhere.
                        return (
                            StateStore {
                                path: aside,
                                marks: Marks::default(),
                            },
                            warnings,
                        );
                    }
                    Marks::default()
                }
            },
        };
        (
            StateStore {
                path: path.to_path_buf(),
                marks,
            },
            warnings,
        )
    }

    /// Whether the statement at `range` ([`crate::attribution::Statement::range`]) of `article` is starred.
    pub fn is_starred(&self, article: &Article, range: &Range<usize>) -> bool {
        self.marks
            .starred
            .contains(&StatementKey::new(article, range))
    }

    /// Star or unstar; returns whether the statement is now starred.
    pub fn toggle_star(&mut self, article: &Article, range: &Range<usize>) -> bool {
        let key = StatementKey::new(article, range);
        if self.marks.starred.remove(&key) {
            false
        } else {
            self.marks.starred.insert(key);
            true
        }
    }

    pub fn is_read(&self, article: &Article) -> bool {
        self.marks.read.contains(&hash_key(article))
    }

    pub fn mark_read(&mut self, article: &Article) {
        self.marks.read.insert(hash_key(article));
    }

    /// Mark `article` read or unread.
    pub fn set_read(&mut self, article: &Article, read: bool) {
        if read {
            self.mark_read(article);
        } else {
            self.marks.read.remove(&hash_key(article));
        }
    }

    /// Write the marks (creating the folder), atomically.
    pub fn save(&self) -> io::Result<()> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut bytes = serde_json::to_vec_pretty(&self.marks)?;
        bytes.push(b'\n');
        write_atomic(&self.path, &bytes)
    }
}

/// Resolve the state file from `XDG_DATA_HOME` and `HOME` (relative XDG
/// values are ignored, as the spec says).
pub fn state_path(xdg_data_home: Option<OsString>, home: Option<OsString>) -> Option<PathBuf> {
    let base = xdg_data_home
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| home.map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(base.join("quoth").join("state.json"))
}

fn aside_path(path: &Path) -> PathBuf {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".corrupt-{secs}"));
    let mut aside = path.with_file_name(&name);
    let mut n = 1;
    while aside.exists() {
        let mut again = name.clone();
        again.push(format!("-{n}"));
        aside = path.with_file_name(again);
        n += 1;
    }
    aside
}

/// Replace `path` with `bytes` through a temporary file in the same folder
/// and a rename: a crash leaves the old file or the new one, never half of one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let mut tmp_name = OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    #[test]
    fn xdg_then_home() {
        assert_eq!(
            state_path(Some("/x/data".into()), Some("/home/u".into())),
            Some(PathBuf::from("/x/data/quoth/state.json"))
        );
        assert_eq!(
            state_path(Some("relative".into()), Some("/home/u".into())),
            Some(PathBuf::from("/home/u/.local/share/quoth/state.json"))
        );
        assert_eq!(state_path(None, None), None);
    }

    #[test]
    fn marks_survive_reload_and_renames() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quoth/state.json");
        let corpus = Corpus::builtin();
        let a = &corpus.articles[1];
        let s = 10..20;
        let (mut store, warnings) = StateStore::open(&path);
        assert!(warnings.is_empty());
        assert!(store.toggle_star(a, &s));
        store.mark_read(a);
        store.save().unwrap();

        let (again, warnings) = StateStore::open(&path);
        assert!(warnings.is_empty());
        assert_eq!(again.marks.version, 1);
        // Same content under another name and position: still marked.
        let mut renamed = a.clone();
        renamed.file = "renamed.txt".into();
        renamed.id = 7;
        assert!(again.is_starred(&renamed, &(10..20)));
        assert!(again.is_read(&renamed));
        assert!(!again.is_starred(a, &(10..21)));
        assert!(!again.is_read(&corpus.articles[0]));
    }

    #[test]
    fn corrupt_file_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        std::fs::write(&path, b"{\"starred\": [oops").unwrap();
        let (mut store, warnings) = StateStore::open(&path);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("corrupt"), "{warnings:?}");
        let aside: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.starts_with("state.json.corrupt-"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(
            std::fs::read(dir.path().join(&aside[0])).unwrap(),
            b"{\"starred\": [oops"
        );
        // Saving afresh does not touch the kept copy.
        let corpus = Corpus::builtin();
        store.mark_read(&corpus.articles[0]);
        store.save().unwrap();
        assert!(StateStore::open(&path).0.is_read(&corpus.articles[0]));
        assert!(dir.path().join(&aside[0]).exists());
    }

    #[test]
    fn atomic_write_replaces_whole_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_atomic(&path, b"old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(write_atomic(&dir.path().join("missing/x"), b"x").is_err());
    }
}
