//! Statements as people quote them elsewhere: a one-line citation, Markdown
//! exports of a speaker's statements and of compare rows, and the OSC 52
//! escape sequence that puts a citation on the clipboard from a terminal.
//! Pure functions over the corpus: the TUI and the CLI both call them.

use crate::attribution::{Speaker, Statement, StatementId};
use crate::corpus::{sanitize, Article, Corpus};
use base64::Engine as _;
use std::fmt::Write as _;

/// `“text” — Speaker, role, Outlet, Apr 13, 2021, Title, url`; parts the corpus
/// does not know are left out, an unattributed statement says so.
pub fn citation(corpus: &Corpus, statement: &Statement) -> String {
    let article = &corpus.articles[statement.article];
    let speaker = statement.speaker.map(|id| &corpus.speakers[id]);
    let mut parts: Vec<String> = Vec::new();
    match speaker {
        Some(sp) => {
            parts.push(sp.name.clone());
            parts.extend(sp.roles.first().cloned());
        }
        None => parts.push("unattributed".into()),
    }
    parts.extend(source_parts(article));
    format!("“{}” — {}", statement.text, parts.join(", "))
}

/// Outlet, date, title and URL of an article, those that are known.
fn source_parts(article: &Article) -> Vec<String> {
    let mut parts = Vec::new();
    parts.extend(article.outlet.clone());
    parts.extend(article.date.map(|d| d.human()));
    if !article.title.is_empty() {
        parts.push(article.title.clone());
    }
    parts.extend(article.url.clone());
    parts
}

/// A Markdown document of everything `speaker` said, grouped by article in
/// corpus order, each statement a block quote.
pub fn speaker_markdown(corpus: &Corpus, speaker: &Speaker) -> String {
    let mut md = format!("# {}\n\n", escape_inline(&speaker.name));
    if !speaker.roles.is_empty() {
        let _ = writeln!(md, "- Roles: {}", escape_inline(&speaker.roles.join("; ")));
    }
    let others: Vec<&String> = speaker
        .aliases
        .iter()
        .filter(|a| **a != speaker.name)
        .collect();
    if !others.is_empty() {
        let names: Vec<&str> = others.iter().map(|s| s.as_str()).collect();
        let _ = writeln!(md, "- Also named: {}", escape_inline(&names.join("; ")));
    }
    let _ = writeln!(
        md,
        "- {} statement{} in {} article{}\n",
        speaker.statements.len(),
        plural(speaker.statements.len()),
        speaker.articles.len(),
        plural(speaker.articles.len())
    );
    let mut current = None;
    for &id in &speaker.statements {
        let s = &corpus.statements[id];
        if current != Some(s.article) {
            current = Some(s.article);
            let a = &corpus.articles[s.article];
            let _ = writeln!(md, "## {}\n", escape_inline(&source_parts(a).join(", ")));
        }
        let _ = writeln!(md, "> “{}”\n", escape_inline(&s.text));
    }
    md
}

/// One row of a side-by-side comparison: a topic and the statement of each
/// speaker on it (either side may be missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareRow {
    pub topic: String,
    pub left: Option<StatementId>,
    pub right: Option<StatementId>,
}

/// A Markdown table of compare rows: topic, then each speaker's statement
/// with its outlet and date.
pub fn compare_markdown(
    corpus: &Corpus,
    left: &Speaker,
    right: &Speaker,
    rows: &[CompareRow],
) -> String {
    let cell = |id: Option<StatementId>| -> String {
        id.map_or_else(String::new, |id| {
            let s = &corpus.statements[id];
            let a = &corpus.articles[s.article];
            let mut c = format!("“{}”", s.text);
            let src: Vec<String> = a
                .outlet
                .iter()
                .cloned()
                .chain(a.date.map(|d| d.human()))
                .collect();
            if !src.is_empty() {
                let _ = write!(c, " — {}", src.join(", "));
            }
            table_cell(&c)
        })
    };
    let mut md = format!(
        "# {} and {}\n\n| Topic | {} | {} |\n|---|---|---|\n",
        escape_inline(&left.name),
        escape_inline(&right.name),
        table_cell(&left.name),
        table_cell(&right.name)
    );
    for r in rows {
        let _ = writeln!(
            md,
            "| {} | {} | {} |",
            table_cell(&r.topic),
            cell(r.left),
            cell(r.right)
        );
    }
    md
}

/// The terminal escape `ESC ] 52 ; c ; <base64> BEL` that asks the terminal
/// to put `text` on the system clipboard. The text is sanitized first, so no
/// escape sequence of an article can ride along.
pub fn osc52(text: &str) -> String {
    let clean = sanitize(text);
    format!(
        "\x1b]52;c;{}\x07",
        base64::engine::general_purpose::STANDARD.encode(clean.as_bytes())
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Escape what Markdown would read as markup in running text.
pub fn escape_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A Markdown table cell: inline escapes, and no line breaks.
pub fn table_cell(s: &str) -> String {
    escape_inline(&s.replace('\n', " "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::SpeakerKind;
    use crate::corpus::{LoadedSource, Source, SourceMeta};

    /// A corpus of one structured article with two hand-made statements.
    fn corpus() -> Corpus {
        let src = LoadedSource {
            meta: SourceMeta {
                title: Some("Bridge | reopens".into()),
                outlet: Some("Valley Gazette".into()),
                date: Some("2024-07-10".into()),
                url: Some("https://g.example/b".into()),
                structured: true,
            },
            source: Source::plain(
                "b.json",
                "b.json",
                "“It is *better* than new,” said Colm Brady.\n\n“Later,” he said.",
            ),
        };
        let mut c = Corpus::from_loaded(vec![src], crate::corpus::LoadReport::default());
        let text = c.articles[0].text.clone();
        let span = |needle: &str| {
            let start = text.find(needle).unwrap();
            start..start + needle.len()
        };
        let mk = |id: usize, needle: &str, speaker| Statement {
            id,
            article: 0,
            text: needle.to_string(),
            range: span(needle),
            paragraph: id,
            speaker,
            cue: None,
            cue_range: None,
        };
        c.statements = vec![
            mk(0, "It is *better* than new,", Some(0)),
            mk(1, "Later,", None),
        ];
        c.speakers = vec![Speaker {
            id: 0,
            name: "Colm Brady".into(),
            aliases: vec!["Colm Brady".into(), "Brady".into()],
            roles: vec!["site engineer".into()],
            kind: SpeakerKind::Person,
            statements: vec![0],
            articles: vec![0],
        }];
        c
    }

    #[test]
    fn citation_names_everything_known() {
        let c = corpus();
        assert_eq!(
            citation(&c, &c.statements[0]),
            "“It is *better* than new,” — Colm Brady, site engineer, Valley Gazette, Jul 10, 2024, Bridge | reopens, https://g.example/b"
        );
        assert!(
            citation(&c, &c.statements[1]).starts_with("“Later,” — unattributed, Valley Gazette")
        );
    }

    #[test]
    fn speaker_export_is_escaped_markdown() {
        let c = corpus();
        let md = speaker_markdown(&c, &c.speakers[0]);
        assert_eq!(
            md,
            "# Colm Brady\n\n- Roles: site engineer\n- Also named: Brady\n- 1 statement in 1 article\n\n## Valley Gazette, Jul 10, 2024, Bridge \\| reopens, https://g.example/b\n\n> “It is \\*better\\* than new,”\n\n"
        );
    }

    #[test]
    fn compare_table_rows() {
        let c = corpus();
        let rows = [CompareRow {
            topic: "the bridge".into(),
            left: Some(0),
            right: None,
        }];
        let md = compare_markdown(&c, &c.speakers[0], &c.speakers[0], &rows);
        assert!(md.contains("| Topic | Colm Brady | Colm Brady |\n|---|---|---|\n"));
        assert!(md.ends_with(
            "| the bridge | “It is \\*better\\* than new,” — Valley Gazette, Jul 10, 2024 |  |\n"
        ));
    }

    #[test]
    fn osc52_is_base64_of_sanitized_text() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
        // An escape smuggled in the text never reaches the terminal.
        let seq = osc52("a\x1b]52;c;ZXZpbA==\x07b “q”");
        let payload = seq
            .strip_prefix("\x1b]52;c;")
            .unwrap()
            .strip_suffix('\x07')
            .unwrap();
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(payload)
            .unwrap();
        assert_eq!(String::from_utf8(decoded).unwrap(), "ab “q”");
    }
}
