//! `quoth compare A B` (two speakers side by side) and `quoth quotes --grouped`
//! (each statement once, with every article that carried it).

use super::output::{Format, OutputArgs};
use super::CliError;
use crate::attribution::{Speaker, StatementId};
use crate::compare::{self, CompareIndex, Comparison, MatchKind, Resolved, Row, RowOrder};
use crate::corpus::Corpus;
use serde::Serialize;
use std::io::{self, IsTerminal, Write};
use unicode_width::UnicodeWidthStr;

/// Row order on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OrderArg {
    /// By article date, then position.
    #[default]
    Date,
    /// Rows on the same subject together, closest pairs first.
    Topic,
}

impl From<OrderArg> for RowOrder {
    fn from(o: OrderArg) -> RowOrder {
        match o {
            OrderArg::Date => RowOrder::Date,
            OrderArg::Topic => RowOrder::Topic,
        }
    }
}

/// One side of a row, as printed in JSON.
#[derive(Serialize)]
struct Side<'a> {
    id: StatementId,
    speaker: Option<&'a str>,
    text: &'a str,
    article: &'a str,
    title: &'a str,
    outlet: Option<&'a str>,
    date: Option<String>,
}

#[derive(Serialize)]
struct RowJson<'a> {
    left: Option<Side<'a>>,
    right: Option<Side<'a>>,
    similarity: f32,
    shared: &'a [String],
    topic: Option<&'a str>,
}

fn side(corpus: &Corpus, s: StatementId) -> Side<'_> {
    let st = &corpus.statements[s];
    let a = &corpus.articles[st.article];
    Side {
        id: s,
        speaker: st.speaker.map(|sp| corpus.speakers[sp].name.as_str()),
        text: &st.text,
        article: &a.file,
        title: &a.title,
        outlet: a.outlet.as_deref(),
        date: a.date.map(|d| d.iso()),
    }
}

/// Resolve a typed speaker name or fail with a one-line message.
pub fn resolve(corpus: &Corpus, name: &str) -> Result<Resolved, CliError> {
    compare::resolve_speaker(&corpus.speakers, name).ok_or_else(|| {
        if corpus.speakers.is_empty() {
            CliError("no speaker found in these articles".into())
        } else {
            CliError(format!(
                "no speaker matches “{name}” (see `quoth speakers`)"
            ))
        }
    })
}

fn describe(corpus: &Corpus, r: &Resolved) -> String {
    let sp: &Speaker = &corpus.speakers[r.speaker];
    let n = sp.statements.len();
    let how = match r.how {
        MatchKind::Exact if r.matched == sp.name => String::new(),
        MatchKind::Exact => format!(" (as “{}”)", r.matched),
        MatchKind::Fuzzy => format!(" (closest match: “{}”)", r.matched),
    };
    format!(
        "{}{how}, {n} statement{}",
        sp.name,
        if n == 1 { "" } else { "s" }
    )
}

/// The terminal's width when printing to one, else `$COLUMNS`, else 100.
pub fn output_width() -> usize {
    if io::stdout().is_terminal() {
        if let Ok((w, _)) = crossterm::terminal::size() {
            if w > 0 {
                return usize::from(w);
            }
        }
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .filter(|&w: &usize| w > 0)
        .unwrap_or(100)
}

/// Resolve both typed names (reported on stderr); they must be two speakers.
pub fn resolve_pair(corpus: &Corpus, a: &str, b: &str) -> Result<(Resolved, Resolved), CliError> {
    let (ra, rb) = (resolve(corpus, a)?, resolve(corpus, b)?);
    if ra.speaker == rb.speaker {
        return Err(CliError(format!(
            "“{a}” and “{b}” are the same speaker: {}",
            corpus.speakers[ra.speaker].name
        )));
    }
    eprintln!(
        "quoth: comparing {} with {}",
        describe(corpus, &ra),
        describe(corpus, &rb)
    );
    Ok((ra, rb))
}

/// `quoth compare A B`: pair the two speakers' statements and print two
/// columns `width` wide, or one row per line in the chosen format (JSON keeps
/// each side as an object; CSV and Markdown flatten them to `left_*`/`right_*`).
pub fn run(
    corpus: &Corpus,
    (a, b): &(Resolved, Resolved),
    order: OrderArg,
    output: &OutputArgs,
    width: usize,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let index = CompareIndex::new(corpus);
    let cmp = compare::compare(corpus, &index.terms, a.speaker, b.speaker, order.into());
    match output.format() {
        Format::Text => {
            let mut buf = Vec::new();
            print_columns(corpus, &cmp, width, &mut buf)?;
            output.send(&buf, out)
        }
        Format::Json => output.emit(&json_rows(corpus, &cmp), |_, _| Ok(()), out),
        Format::Csv | Format::Md => output.emit(&flat_rows(corpus, &cmp), |_, _| Ok(()), out),
    }
}

fn json_rows<'a>(corpus: &'a Corpus, cmp: &'a Comparison) -> Vec<RowJson<'a>> {
    cmp.rows
        .iter()
        .map(|r| RowJson {
            left: r.left.map(|s| side(corpus, s)),
            right: r.right.map(|s| side(corpus, s)),
            similarity: (r.similarity * 1000.0).round() / 1000.0,
            shared: &r.shared,
            topic: r.topic.as_deref(),
        })
        .collect()
}

/// A row for tables: one column per field of each side.
#[derive(Serialize)]
struct FlatRow<'a> {
    left_speaker: Option<&'a str>,
    left_text: Option<&'a str>,
    left_article: Option<&'a str>,
    left_date: Option<String>,
    right_speaker: Option<&'a str>,
    right_text: Option<&'a str>,
    right_article: Option<&'a str>,
    right_date: Option<String>,
    similarity: f32,
    shared: &'a [String],
    topic: Option<&'a str>,
}

fn flat_rows<'a>(corpus: &'a Corpus, cmp: &'a Comparison) -> Vec<FlatRow<'a>> {
    json_rows(corpus, cmp)
        .into_iter()
        .map(|r| {
            let (l, rt) = (r.left, r.right);
            FlatRow {
                left_speaker: l.as_ref().and_then(|s| s.speaker),
                left_text: l.as_ref().map(|s| s.text),
                left_article: l.as_ref().map(|s| s.article),
                left_date: l.and_then(|s| s.date),
                right_speaker: rt.as_ref().and_then(|s| s.speaker),
                right_text: rt.as_ref().map(|s| s.text),
                right_article: rt.as_ref().map(|s| s.article),
                right_date: rt.and_then(|s| s.date),
                similarity: r.similarity,
                shared: r.shared,
                topic: r.topic,
            }
        })
        .collect()
}

/// Below this width the two columns are printed one above the other.
const MIN_TWO_COLUMNS: usize = 50;
const GUTTER: &str = " │ ";

fn print_columns(
    corpus: &Corpus,
    cmp: &Comparison,
    width: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let names = (
        corpus.speakers[cmp.left].name.as_str(),
        corpus.speakers[cmp.right].name.as_str(),
    );
    let stacked = width < MIN_TWO_COLUMNS;
    let col = if stacked {
        width.saturating_sub(2).max(20)
    } else {
        (width - GUTTER.width()) / 2
    };
    if stacked {
        writeln!(out, "{} ◂▸ {}", names.0, names.1)?;
    } else {
        write_columns(
            out,
            &cell_lines(names.0, col),
            &cell_lines(names.1, col),
            col,
        )?;
        writeln!(out, "{}┼{}", "─".repeat(col + 1), "─".repeat(col + 1))?;
    }
    for r in &cmp.rows {
        let left = r
            .left
            .map(|s| statement_lines(corpus, s, col))
            .unwrap_or_default();
        let right = r
            .right
            .map(|s| statement_lines(corpus, s, col))
            .unwrap_or_default();
        if stacked {
            for (name, lines) in [(names.0, &left), (names.1, &right)] {
                if !lines.is_empty() {
                    writeln!(out, "{name}:")?;
                    for l in lines {
                        writeln!(out, "  {l}")?;
                    }
                }
            }
        } else {
            write_columns(out, &left, &right, col)?;
        }
        if let Some(line) = shared_line(r) {
            for l in textwrap::wrap(&line, width.max(20)) {
                writeln!(out, "{l}")?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

fn shared_line(r: &Row) -> Option<String> {
    r.is_pair()
        .then(|| format!("    ↔ {:.2} shared: {}", r.similarity, r.shared.join(", ")))
}

fn cell_lines(text: &str, col: usize) -> Vec<String> {
    textwrap::wrap(text, col)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}

/// A statement's quoted text, then where it was published.
fn statement_lines(corpus: &Corpus, s: StatementId, col: usize) -> Vec<String> {
    let st = &corpus.statements[s];
    let a = &corpus.articles[st.article];
    let mut lines = cell_lines(&format!("“{}”", st.text), col);
    let mut source = vec![a.title.clone()];
    source.extend(a.outlet.clone());
    source.extend(a.date.map(|d| d.human()));
    lines.extend(cell_lines(&format!("— {}", source.join(" · ")), col));
    lines
}

fn write_columns(
    out: &mut dyn Write,
    left: &[String],
    right: &[String],
    col: usize,
) -> io::Result<()> {
    for i in 0..left.len().max(right.len()) {
        let l = left.get(i).map_or("", String::as_str);
        let r = right.get(i).map_or("", String::as_str);
        let pad = col.saturating_sub(l.width());
        let line = format!("{l}{}{GUTTER}{r}", " ".repeat(pad));
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// One variant of a group, as printed.
#[derive(Serialize)]
struct VariantJson<'a> {
    article: &'a str,
    text: &'a str,
    speaker: Option<&'a str>,
    outlet: Option<&'a str>,
    date: Option<String>,
}

#[derive(Serialize)]
struct GroupJson<'a> {
    reported_in: usize,
    variants: Vec<VariantJson<'a>>,
}

/// `quoth quotes --grouped`: each statement once, grouped with its variants in
/// other articles; groups carried by the most articles first, then every
/// statement carried once, in corpus order. `speaker` keeps only groups where
/// that speaker (any alias, ignoring case) is quoted.
pub fn run_grouped(
    corpus: &Corpus,
    output: &OutputArgs,
    speaker: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let groups = compare::Groups::new(&corpus.statements);
    let singles = corpus
        .statements
        .iter()
        .filter(|s| groups.group_of(s.id).is_none())
        .map(|s| vec![s.id]);
    let all = groups
        .groups
        .iter()
        .map(|g| g.statements.clone())
        .chain(singles);
    let by_wanted =
        |s: StatementId| super::quotes::said_by(corpus, corpus.statements[s].speaker, speaker);
    let rows: Vec<GroupJson> = all
        .filter(|m| m.iter().any(|&s| by_wanted(s)))
        .map(|members| group_row(corpus, &members))
        .collect();
    match output.format() {
        Format::Json | Format::Text => output.emit(&rows, write_group, out),
        // Tables get one row per variant, numbered by group.
        Format::Csv | Format::Md => {
            let flat: Vec<VariantRow> = rows
                .iter()
                .enumerate()
                .flat_map(|(g, group)| {
                    group.variants.iter().map(move |v| VariantRow {
                        group: g + 1,
                        reported_in: group.reported_in,
                        article: v.article,
                        speaker: v.speaker,
                        text: v.text,
                        outlet: v.outlet,
                        date: v.date.clone(),
                    })
                })
                .collect();
            output.emit(&flat, |_, _| Ok(()), out)
        }
    }
}

/// One variant of a group, as a table row.
#[derive(Serialize)]
struct VariantRow<'a> {
    group: usize,
    reported_in: usize,
    article: &'a str,
    speaker: Option<&'a str>,
    text: &'a str,
    outlet: Option<&'a str>,
    date: Option<String>,
}

fn group_row<'a>(corpus: &'a Corpus, members: &[StatementId]) -> GroupJson<'a> {
    let variants: Vec<VariantJson> = members
        .iter()
        .map(|&s| {
            let side = side(corpus, s);
            VariantJson {
                article: side.article,
                text: side.text,
                speaker: side.speaker,
                outlet: side.outlet,
                date: side.date,
            }
        })
        .collect();
    let mut articles: Vec<&str> = variants.iter().map(|v| v.article).collect();
    articles.sort_unstable();
    articles.dedup();
    GroupJson {
        reported_in: articles.len(),
        variants,
    }
}

fn write_group(group: &GroupJson, out: &mut dyn Write) -> io::Result<()> {
    let n = group.reported_in;
    writeln!(
        out,
        "reported in {n} article{}:",
        if n == 1 { "" } else { "s" }
    )?;
    for v in &group.variants {
        writeln!(
            out,
            "  {}  {:<24} “{}”",
            v.article,
            v.speaker.unwrap_or("?"),
            v.text
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::corpus;

    fn fixture() -> Corpus {
        corpus(
            &[
                (
                    0,
                    "Jens Stoltenberg",
                    "Russia must stop its provocations and de-escalate",
                ),
                (0, "Sergei Ryabkov", "This is a grossly provocative measure"),
                (
                    1,
                    "Sergei Ryabkov",
                    "We will hold talks about the weather in Geneva next week",
                ),
                (
                    1,
                    "Jens Stoltenberg",
                    "unjustified, unexplained, and deeply concerning",
                ),
                (
                    2,
                    "Jens Stoltenberg",
                    "unexplained, unjustified and deeply concerning",
                ),
            ],
            &[13, 14, 15],
        )
    }

    fn json_output() -> OutputArgs {
        OutputArgs {
            json: true,
            ..OutputArgs::default()
        }
    }

    fn compare_out(json: bool, width: usize) -> String {
        let c = fixture();
        let pair = resolve_pair(&c, "stoltenberg", "Ryabkv").unwrap();
        assert_eq!(pair.1.how, MatchKind::Fuzzy);
        let mut out = Vec::new();
        let output = OutputArgs {
            json,
            ..OutputArgs::default()
        };
        run(&c, &pair, OrderArg::Date, &output, width, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn json_rows_carry_both_sides_and_shared_words() {
        let out = compare_out(true, 100);
        let rows: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(rows.len(), 4, "{out}");
        let pair = &rows[0];
        assert_eq!(pair["left"]["speaker"], "Jens Stoltenberg");
        assert_eq!(
            pair["right"]["text"],
            "This is a grossly provocative measure"
        );
        assert_eq!(pair["right"]["article"], "000_test.txt");
        assert_eq!(pair["left"]["date"], "2021-04-13");
        assert_eq!(pair["shared"], serde_json::json!(["provocations"]));
        assert!(pair["similarity"].as_f64().unwrap() > 0.0);
        assert!(rows[1]["left"].is_null() && rows[1]["similarity"] == 0.0);
    }

    #[test]
    fn text_fits_the_width_in_two_columns_or_stacks() {
        for width in [60, 100, 140] {
            let out = compare_out(false, width);
            assert!(out.starts_with("Jens Stoltenberg"), "{out}");
            for line in out.lines() {
                assert!(line.width() <= width, "{width}: {line:?}");
            }
            let first = out.lines().next().unwrap();
            assert!(first.contains("│ Sergei Ryabkov"), "{first}");
            assert!(out.contains("shared: provocations"), "{out}");
        }
        let narrow = compare_out(false, 40);
        assert!(narrow.starts_with("Jens Stoltenberg ◂▸ Sergei Ryabkov"));
        assert!(!narrow.contains('│'));
        assert!(narrow.lines().all(|l| l.width() <= 40), "{narrow}");
    }

    #[test]
    fn unknown_or_identical_speakers_are_errors() {
        let c = fixture();
        assert!(resolve_pair(&c, "Stoltenberg", "qqqq").is_err());
        let e = resolve_pair(&c, "Stoltenberg", "jens stoltenberg").unwrap_err();
        assert!(e.0.contains("same speaker"), "{e}");
    }

    #[test]
    fn grouped_quotes_list_each_statement_once_with_its_variants() {
        let c = fixture();
        let mut out = Vec::new();
        run_grouped(&c, &json_output(), None, &mut out).unwrap();
        let groups: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(groups.len(), 4);
        assert_eq!(groups[0]["reported_in"], 2);
        let arts: Vec<&str> = groups[0]["variants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["article"].as_str().unwrap())
            .collect();
        assert_eq!(arts, ["001_test.txt", "002_test.txt"]);
        assert_eq!(
            groups[0]["variants"][1]["text"],
            "unexplained, unjustified and deeply concerning"
        );
        assert!(groups[1..].iter().all(|g| g["reported_in"] == 1));

        let mut out = Vec::new();
        run_grouped(&c, &OutputArgs::default(), Some("ryabkov"), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.matches("reported in 1 article:").count(), 2, "{text}");
        assert!(!text.contains("Stoltenberg"));
    }
}
