//! Reading article files: walking folders, decoding bytes, and reporting what
//! was skipped and why. One bad file never stops the others.

use super::sanitize::visible;

use super::formats::{self, Parsed};
use rayon::prelude::*;
use std::collections::HashSet;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

/// Raw text of one article before cleaning.
#[derive(Debug, Clone)]
pub struct Source {
    /// File name without directories.
    pub name: String,
    /// Full path, or `built-in:NAME`.
    pub origin: String,
    /// Decoded text (not yet sanitized). For structured formats: the body
    /// paragraphs, one line each, separated by a blank line.
    pub text: String,
}

/// A source as a file format delivered it: the text and what the format
/// states outright (HTML meta tags, JSON fields, feed items), which is
/// preferred over what cleaning infers from the text.
#[derive(Debug, Clone)]
pub struct LoadedSource {
    pub source: Source,
    pub meta: SourceMeta,
}

/// Metadata a structured format carries, all raw (sanitized when the article is built).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMeta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// As written in the file ("2021-04-13T09:00:00Z", "Tue, 13 Apr 2021 …").
    pub date: Option<String>,
    pub url: Option<String>,
    /// The text is already split into paragraphs by the format (one per line).
    pub structured: bool,
}

impl Source {
    /// A plain-text source with no metadata.
    pub fn plain(
        name: impl Into<String>,
        origin: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        Source {
            name: name.into(),
            origin: origin.into(),
            text: text.into(),
        }
    }
}

/// Why a file was not loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// A NUL byte in the first 8 KiB.
    Binary,
    /// No bytes, or only white space.
    Empty,
    /// The file system refused (permissions, a folder that vanished…).
    Unreadable(String),
    /// The content could not be understood in its detected format.
    Malformed(String),
    /// Not a regular file: a FIFO, socket or device (reading one could block
    /// forever or never end), or a symbolic link to nothing.
    Special(&'static str),
    /// Larger than [`MAX_FILE_BYTES`]: not an article, and too slow to show.
    TooLarge(u64),
}

/// Largest file read as an article (64 MiB). A long news article is well under
/// 1 MiB; this still admits stress input such as a 200,000-line article.
pub const MAX_FILE_BYTES: u64 = 64 << 20;

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::Binary => f.write_str("binary"),
            SkipReason::Empty => f.write_str("empty"),
            SkipReason::Unreadable(e) => write!(f, "unreadable: {e}"),
            SkipReason::Malformed(e) => write!(f, "malformed: {e}"),
            SkipReason::Special(kind) => write!(f, "not a regular file: {kind}"),
            SkipReason::TooLarge(n) => write!(
                f,
                "too large: {} MiB, limit {} MiB",
                n.div_ceil(1 << 20),
                MAX_FILE_BYTES >> 20
            ),
        }
    }
}

/// A file that was skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: String,
    pub reason: SkipReason,
}

/// A file that loaded, but not cleanly (e.g. invalid UTF-8 replaced).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadWarning {
    pub path: String,
    pub message: String,
}

/// What loading did: shown as one line on stderr or in the status bar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    pub loaded: usize,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<LoadWarning>,
}

impl LoadReport {
    /// One line: "loaded 3 articles; skipped 2: a.bin (binary), e.txt (empty); …".
    pub fn summary(&self) -> String {
        let mut s = format!(
            "loaded {} article{}",
            self.loaded,
            if self.loaded == 1 { "" } else { "s" }
        );
        if !self.skipped.is_empty() {
            let items: Vec<String> = self
                .skipped
                .iter()
                .map(|k| format!("{} ({})", short(&k.path), k.reason))
                .collect();
            let _ = write!(s, "; skipped {}: {}", self.skipped.len(), items.join(", "));
        }
        if !self.warnings.is_empty() {
            let items: Vec<String> = self
                .warnings
                .iter()
                .map(|w| format!("{} ({})", short(&w.path), w.message))
                .collect();
            let _ = write!(
                s,
                "; {} with warnings: {}",
                self.warnings.len(),
                items.join(", ")
            );
        }
        s
    }
}

fn short(path: &str) -> &str {
    Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(path)
}

/// A path argument that cannot be used at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    NotFound(String),
    Unreadable(String, String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound(p) => write!(f, "{p}: no such file or folder"),
            LoadError::Unreadable(p, e) => write!(f, "{p}: cannot read: {e}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// The five built-in articles, compiled into the binary.
pub fn builtin_sources() -> Vec<Source> {
    macro_rules! builtin {
        ($($name:literal),* $(,)?) => {
            vec![$(Source::plain(
                $name,
                concat!("built-in:", $name),
                include_str!(concat!("../../assets/articles/", $name)),
            )),*]
        };
    }
    builtin![
        "000_b76be02c087bb1c1.txt",
        "001_2bc2202a6c3ce3ad.txt",
        "002_cf600912db72d493.txt",
        "003_15f7e79a0c8f1013.txt",
        "004_a427199928c5f6c1.txt",
    ]
}

/// Files named by `paths`: files as given, folders walked recursively in name
/// order; hidden entries (a name starting with `.`) inside folders are skipped.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                LoadError::NotFound(shown(p))
            } else {
                LoadError::Unreadable(shown(p), io_reason(&e))
            }
        })?;
        if meta.is_dir() {
            walk(p, &mut files, &mut seen, 0);
        } else {
            files.push(p.clone());
        }
    }
    Ok(files)
}

/// A path as printed in messages: lossy UTF-8, controls made visible.
pub fn shown(path: &Path) -> String {
    visible(&path.display().to_string())
}

/// Each folder is walked once (by its canonical path), so links that loop
/// back to a parent (`a/up -> ..`, two of which would double the walk at every
/// level) end; the depth limit stops pathologically deep trees.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, seen: &mut HashSet<PathBuf>, depth: usize) {
    if depth > 32 {
        return;
    }
    if let Ok(canonical) = std::fs::canonicalize(dir) {
        if !seen.insert(canonical) {
            return;
        }
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        // Reported when read: push the folder itself so it shows up as unreadable.
        out.push(dir.to_path_buf());
        return;
    };
    let mut names: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.as_encoded_bytes().starts_with(b"."))
        })
        .collect();
    names.sort();
    for p in names {
        if p.is_dir() {
            walk(&p, out, seen, depth + 1);
        } else {
            out.push(p);
        }
    }
}

/// Read, decode and parse every file (in parallel), keeping order. A file in
/// a multi-article format (feed, JSON lines) yields several sources.
pub fn read_files(files: &[PathBuf]) -> (Vec<LoadedSource>, LoadReport) {
    let results: Vec<(PathBuf, Result<Parsed, SkipReason>)> = files
        .par_iter()
        .map(|p| {
            // Names travel into every output: controls made visible here, once.
            let shown = shown(p);
            let parsed = read_one(p).and_then(|(text, warning)| {
                let mut parsed = formats::parse(short(&shown), &shown, text)?;
                parsed.warnings.extend(warning);
                Ok(parsed)
            });
            (p.clone(), parsed)
        })
        .collect();
    let mut report = LoadReport::default();
    let mut sources = Vec::new();
    for (path, r) in results {
        let shown = shown(&path);
        match r {
            Ok(parsed) => {
                for message in parsed.warnings {
                    report.warnings.push(LoadWarning {
                        path: shown.clone(),
                        message,
                    });
                }
                sources.extend(parsed.sources);
            }
            Err(reason) => report.skipped.push(Skipped {
                path: shown,
                reason,
            }),
        }
    }
    (sources, report)
}

/// Decoded text and an optional warning, or why the file was skipped.
pub type Decoded = Result<(String, Option<String>), SkipReason>;

fn read_one(path: &Path) -> Decoded {
    check_file(path)?;
    let bytes = std::fs::read(path).map_err(|e| SkipReason::Unreadable(io_reason(&e)))?;
    decode(&bytes)
}

/// Refuse, before opening, what is not worth reading: special files (opening a
/// FIFO blocks until a writer comes), dangling links, unlistable folders and
/// oversized files.
fn check_file(path: &Path) -> Result<(), SkipReason> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            let dangling = e.kind() == std::io::ErrorKind::NotFound
                && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            return Err(if dangling {
                SkipReason::Special("link to nothing")
            } else {
                SkipReason::Unreadable(io_reason(&e))
            });
        }
    };
    let kind = meta.file_type();
    if kind.is_dir() {
        // Only folders that could not be listed end up here (see `walk`).
        let e = std::fs::read_dir(path).err();
        return Err(SkipReason::Unreadable(e.map_or_else(
            || "is a folder".to_string(),
            |e| format!("cannot list folder: {}", io_reason(&e)),
        )));
    }
    if !kind.is_file() {
        return Err(SkipReason::Special(special_kind(kind)));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(SkipReason::TooLarge(meta.len()));
    }
    Ok(())
}

#[cfg(unix)]
fn special_kind(kind: std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "FIFO"
    } else if kind.is_socket() {
        "socket"
    } else if kind.is_block_device() || kind.is_char_device() {
        "device"
    } else {
        "special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: std::fs::FileType) -> &'static str {
    "special file"
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a folder".into(),
        _ => {
            // Drop the "(os error N)" tail: users need the words, not the number.
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_lowercase()
        }
    }
}

/// Decode file bytes to text: UTF-8 (BOM dropped), UTF-16 with a BOM, or lossy
/// UTF-8 with a warning. Binary (NUL in the first 8 KiB) and empty files are refused.
pub fn decode(bytes: &[u8]) -> Decoded {
    let (text, warning) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8(rest)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)
    } else if let Some(little) = utf16_without_bom(bytes) {
        utf16(
            bytes,
            if little {
                u16::from_le_bytes
            } else {
                u16::from_be_bytes
            },
        )
    } else {
        utf8(bytes)?
    };
    if text.trim().is_empty() {
        return Err(SkipReason::Empty);
    }
    Ok((text, warning))
}

fn utf8(bytes: &[u8]) -> Decoded {
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(SkipReason::Binary);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        Ok((s.to_string(), None))
    } else {
        let s = String::from_utf8_lossy(bytes);
        let bad = s.matches('\u{fffd}').count();
        Ok((
            s.into_owned(),
            Some(format!("invalid UTF-8, {bad} replaced")),
        ))
    }
}

/// UTF-16 saved without a byte-order mark (mostly Latin text): NUL in nearly
/// every other byte of the first 8 KiB and nowhere else. `Some(true)` for
/// little-endian, `Some(false)` for big-endian, `None` when it does not look
/// like UTF-16 (then the NUL rule calls the file binary).
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(8192)];
    if head.len() < 4 {
        return None;
    }
    let zeros = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let half = head.len() / 2;
    if odd * 10 >= half * 9 && even == 0 {
        Some(true)
    } else if even * 10 >= half * 9 && odd == 0 {
        Some(false)
    } else {
        None
    }
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> (String, Option<String>) {
    let units = bytes.chunks_exact(2).map(|c| word([c[0], c[1]]));
    let mut bad = usize::from(bytes.len() % 2 == 1);
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad += 1;
                '\u{fffd}'
            })
        })
        .collect();
    let warning = (bad > 0).then(|| format!("invalid UTF-16, {bad} replaced"));
    (text, warning)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms_and_refuses_binary_and_empty() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi").unwrap().0, "hi");
        assert_eq!(decode(b"\xFF\xFEh\0i\0").unwrap().0, "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i").unwrap().0, "hi");
        assert_eq!(decode(b"ab\0cd"), Err(SkipReason::Binary));
        assert_eq!(decode(b"h\0i\0!\0").unwrap().0, "hi!");
        assert_eq!(decode(b"\0h\0i\0!").unwrap().0, "hi!");
        assert_eq!(
            decode(b"\x7fELF\x02\x01\x01\0\0\0"),
            Err(SkipReason::Binary)
        );
        assert_eq!(decode(b""), Err(SkipReason::Empty));
        assert_eq!(decode(b" \n\t\n"), Err(SkipReason::Empty));
        let (t, w) = decode(b"caf\xE9 ok").unwrap();
        assert_eq!(t, "caf\u{fffd} ok");
        assert!(w.unwrap().contains("invalid UTF-8"));
    }

    #[test]
    fn nul_after_8k_is_not_binary() {
        let mut b = vec![b'a'; 9000];
        b.push(0);
        assert!(decode(&b).is_ok());
    }

    #[test]
    fn io_errors_in_words() {
        use std::io::{Error, ErrorKind};
        assert_eq!(
            io_reason(&Error::from(ErrorKind::PermissionDenied)),
            "permission denied"
        );
        assert_eq!(
            SkipReason::Unreadable(io_reason(&Error::from(ErrorKind::PermissionDenied)))
                .to_string(),
            "unreadable: permission denied"
        );
        assert_eq!(
            SkipReason::TooLarge(MAX_FILE_BYTES + 1).to_string(),
            "too large: 65 MiB, limit 64 MiB"
        );
    }

    #[test]
    fn summary_line() {
        let r = LoadReport {
            loaded: 3,
            skipped: vec![Skipped {
                path: "/x/bin.dat".into(),
                reason: SkipReason::Binary,
            }],
            warnings: vec![],
        };
        assert_eq!(
            r.summary(),
            "loaded 3 articles; skipped 1: bin.dat (binary)"
        );
    }
}
