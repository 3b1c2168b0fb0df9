//! The user's configuration: `$XDG_CONFIG_HOME/quoth/config.toml` (falling
//! back to `~/.config/quoth/config.toml`). Theme colours, key bindings
//! (action name → keys; the TUI owns the list of actions), sidebar width and
//! default paths. A bad file never stops quoth: the loader returns defaults
//! and a one-line warning naming the key.

mod bindings;
mod keys;
mod theme;

pub use bindings::{resolve as resolve_bindings, Binding};
pub use keys::{parse_key, KeyList, KeyName, KeySpec, Modifiers};
pub use theme::{parse_colour, Colour, Theme, MAX_SPEAKER_COLOURS};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Everything the config file can set; every section and field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub theme: Theme,
    /// Action name (as the reader's help lists them) → key or keys. Only the
    /// actions named here change; the others keep their default keys.
    pub keys: BTreeMap<String, KeyList>,
    pub layout: Layout,
    pub paths: Paths,
}

/// Pane sizes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Layout {
    /// Width of the entity sidebar in columns (12–80); unset: a quarter of
    /// the screen, 24 to 44 columns, like the article list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sidebar_width: Option<u16>,
}

/// Where things are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Paths {
    /// Files or folders opened when none are given (`~/` allowed); empty: the built-in articles.
    pub articles: Vec<PathBuf>,
    /// Folder for Markdown exports from the reader; unset: the current folder.
    pub exports: Option<PathBuf>,
}

impl Paths {
    /// `path` with a leading `~/` replaced by `home`.
    pub fn expand(path: &Path, home: Option<&Path>) -> PathBuf {
        match (path.strip_prefix("~"), home) {
            (Ok(rest), Some(h)) => h.join(rest),
            _ => path.to_path_buf(),
        }
    }
}

impl Config {
    /// The config file's path: `$XDG_CONFIG_HOME/quoth/config.toml`, else `~/.config/quoth/config.toml`.
    pub fn default_path() -> Option<PathBuf> {
        config_path(
            std::env::var_os("XDG_CONFIG_HOME"),
            std::env::var_os("HOME"),
        )
    }

    /// Load from the default path; see [`Config::load_from`].
    pub fn load() -> (Config, Vec<String>) {
        match Config::default_path() {
            Some(p) => Config::load_from(&p),
            None => (Config::default(), Vec::new()),
        }
    }

    /// Load `path`. A missing file gives the defaults silently; a file that
    /// cannot be read or understood gives the defaults and one warning line
    /// naming the file, the line and the key. Key conflicts are left to
    /// [`resolve_bindings`], which knows the reader's own keys too.
    pub fn load_from(path: &Path) -> (Config, Vec<String>) {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (Config::default(), Vec::new())
            }
            Err(e) => {
                return (
                    Config::default(),
                    vec![format!(
                        "{}: cannot read ({e}); using defaults",
                        path.display()
                    )],
                )
            }
        };
        match Config::parse(&text) {
            Ok(c) => (c, Vec::new()),
            Err(e) => (
                Config::default(),
                vec![format!("{}: {e}; using defaults", path.display())],
            ),
        }
    }

    /// Parse config text; the error is one line: `line 7: keys.quit[1]: unknown key "ctl"`.
    pub fn parse(text: &str) -> Result<Config, String> {
        let de = toml::de::Deserializer::parse(text).map_err(|e| one_line_error(text, &e, ""))?;
        let config: Config = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            one_line_error(text, e.inner(), &path)
        })?;
        if let Some(w) = config
            .layout
            .sidebar_width
            .filter(|w| !(12..=80).contains(w))
        {
            return Err(format!("layout.sidebar_width: {w} is out of range (12–80)"));
        }
        let n = config.theme.speakers.len();
        if n > theme::MAX_SPEAKER_COLOURS {
            return Err(format!(
                "theme.speakers: {n} colours, at most {} are used",
                theme::MAX_SPEAKER_COLOURS
            ));
        }
        Ok(config)
    }

    /// The same key bound to two actions (reported at start; the first
    /// action in name order keeps it).
    pub fn key_conflicts(&self) -> Vec<String> {
        let mut seen: BTreeMap<KeySpec, &str> = BTreeMap::new();
        let mut out = Vec::new();
        for (action, list) in &self.keys {
            for k in list.keys() {
                if let Some(first) = seen.get(k) {
                    out.push(format!("key \"{k}\" is bound to both {first} and {action}"));
                } else {
                    seen.insert(*k, action);
                }
            }
        }
        out
    }

    /// Actions named in `[keys]` that the reader does not have (`known` is
    /// the TUI's action list).
    pub fn unknown_actions(&self, known: &[&str]) -> Vec<String> {
        self.keys
            .keys()
            .filter(|a| !known.contains(&a.as_str()))
            .map(|a| format!("keys.{a}: no such action"))
            .collect()
    }
}

/// Resolve the config file from `XDG_CONFIG_HOME` and `HOME` (relative XDG values are ignored).
pub fn config_path(xdg_config_home: Option<OsString>, home: Option<OsString>) -> Option<PathBuf> {
    let base = xdg_config_home
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| home.map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("quoth").join("config.toml"))
}

/// "line 7: keys.quit[1]: unknown key …" from a toml error and a key path.
fn one_line_error(text: &str, e: &toml::de::Error, path: &str) -> String {
    let mut s = String::new();
    if let Some(span) = e.span() {
        let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
        let _ = write!(s, "line {line}: ");
    }
    if !path.is_empty() && path != "." {
        let _ = write!(s, "{path}: ");
    }
    s.push_str(&e.message().split_whitespace().collect::<Vec<_>>().join(" "));
    s
}

/// A binding the reader offers, for the commented default file.
#[derive(Debug, Clone, Copy)]
pub struct BindingDoc<'a> {
    pub action: &'a str,
    pub keys: &'a [&'a str],
    pub description: &'a str,
}

/// The commented default config file (`quoth config --default`). Every
/// setting is present with its default value, so the file parses back to
/// [`Config::default`]; key bindings are listed commented out.
pub fn default_file(bindings: &[BindingDoc<'_>]) -> String {
    let t = Theme::default();
    let mut s = String::from(
        "# quoth configuration: $XDG_CONFIG_HOME/quoth/config.toml\n\
         # (or ~/.config/quoth/config.toml). Every setting is optional; a bad\n\
         # value is reported in one line and quoth starts with the defaults.\n\n\
         # Colours: a name (black red green yellow blue magenta cyan gray dark-gray\n\
         # light-red light-green light-yellow light-blue light-magenta light-cyan\n\
         # white), \"reset\" for the terminal's own, 0-255, or \"#rrggbb\".\n\
         [theme]\n",
    );
    let colours = [
        ("text", t.text, "running text"),
        (
            "muted",
            t.muted,
            "outlets, dates, counts, hints (always dimmed)",
        ),
        ("accent", t.accent, "focused pane border, headings"),
        (
            "quote",
            t.quote,
            "unattributed quotations (all, if speakers = [])",
        ),
        ("speaker", t.speaker, "speaker names, if speakers = []"),
        (
            "selection",
            t.selection,
            "selected line background (reset: reverse)",
        ),
        ("matched", t.matched, "search matches"),
        ("starred", t.starred, "star on starred statements"),
        ("notice", t.notice, "active filter, confirmations"),
        ("error", t.error, "warnings and errors"),
    ];
    for (name, colour, what) in colours {
        let _ = writeln!(s, "{:<28}# {what}", format!("{name} = \"{colour}\""));
    }
    let speakers: Vec<String> = t.speakers.iter().map(|c| format!("\"{c}\"")).collect();
    let _ = writeln!(
        s,
        "# Each speaker's quotations and name, in turn (up to {}; [] for one colour).\n\
         speakers = [{}]",
        theme::MAX_SPEAKER_COLOURS,
        speakers.join(", ")
    );
    s.push_str(
        "\n# Key bindings: action = \"key\" or [\"key\", \"key\"]. Keys: a character\n\
         # (\"g\", \"G\", \"/\"), a name (enter esc tab backspace delete insert home end\n\
         # pageup pagedown up down left right space f1-f24), with modifiers\n\
         # \"ctrl-\", \"alt-\", \"shift-\" (\"ctrl-f\", \"shift-tab\"). Listed here commented\n\
         # out with their defaults; uncomment to rebind. A key bound twice is reported.\n\
         [keys]\n",
    );
    for b in bindings {
        let keys: Vec<String> = b.keys.iter().map(|k| format!("\"{k}\"")).collect();
        let value = if keys.len() == 1 {
            keys[0].clone()
        } else {
            format!("[{}]", keys.join(", "))
        };
        let _ = writeln!(
            s,
            "# {:<36}# {}",
            format!("{} = {value}", b.action),
            b.description
        );
    }
    let _ = write!(
        s,
        "\n[layout]\n# Sidebar width in columns, 12-80 (default: a quarter of the screen, 24-44).\n\
         # sidebar_width = 36\n\n\
         [paths]\n\
         # Opened when quoth is started without paths (\"~/\" allowed); empty: built-in articles.\n\
         articles = []\n\
         # Folder for Markdown exports from the reader (default: the current folder).\n\
         # exports = \"~/Documents/quoth\"\n"
    );
    s
}

#[cfg(test)]
mod tests;
