//! Every input format, loaded from the fixtures in `tests/fixtures/formats/`.

use quoth::corpus::{Article, Corpus, SkipReason, TextDate};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats")
        .join(name)
}

fn load(names: &[&str]) -> Corpus {
    Corpus::load(&names.iter().map(|n| fixture(n)).collect::<Vec<_>>()).unwrap()
}

fn date(y: i32, m: u8, d: u8) -> TextDate {
    TextDate {
        year: Some(y),
        month: m,
        day: d,
    }
}

fn body(a: &Article) -> Vec<&str> {
    (0..a.paragraphs.len())
        .map(|i| a.paragraph_text(i))
        .collect()
}

#[test]
fn html_page_main_text_and_meta() {
    let c = load(&["harbour.html"]);
    assert!(c.report.skipped.is_empty(), "{:?}", c.report);
    let a = &c.articles[0];
    assert_eq!(a.title, "Port strike ends after overnight talks");
    assert_eq!(a.outlet.as_deref(), Some("Coastal Ledger"));
    assert_eq!(a.date, Some(date(2024, 3, 8)));
    assert_eq!(
        a.url.as_deref(),
        Some("https://ledger.example/news/port-strike-ends")
    );
    let paras = body(a);
    assert!(paras
        .iter()
        .any(|p| p.starts_with("“Nobody got everything")));
    assert!(paras
        .iter()
        .any(|p| p.starts_with("Port director Helena Marsh")));
    // Navigation, share bar, related links, footer, caption and script stay out.
    for chrome in [
        "Home",
        "Share",
        "Ferry timetable",
        "All rights reserved",
        "Cranes at",
        "analytics",
    ] {
        assert!(
            !a.text.contains(chrome),
            "{chrome:?} leaked into {:?}",
            a.text
        );
    }
    assert_eq!(a.dateline.as_deref(), Some("DOCKSIDE"));
}

#[test]
fn json_record_with_nested_source() {
    let c = load(&["council.json"]);
    let a = &c.articles[0];
    assert_eq!(a.file, "council.json");
    assert_eq!(a.title, "Council delays vote on river crossing");
    assert_eq!(a.outlet.as_deref(), Some("Riverside Herald"));
    assert_eq!(a.date, Some(date(2024, 5, 14)));
    assert_eq!(body(a).len(), 3);
    assert!(body(a)[1].starts_with("\"We cannot sign a blank cheque,\""));
}

#[test]
fn json_lines_one_article_per_line_bad_lines_warned() {
    let c = load(&["wire.jsonl"]);
    let files: Vec<&str> = c.articles.iter().map(|a| a.file.as_str()).collect();
    assert_eq!(files, ["wire.jsonl#1", "wire.jsonl#2"]);
    assert_eq!(c.articles[1].title, "Rail fares to rise in autumn");
    // HTML in a JSON body is reduced to paragraphs.
    assert_eq!(body(&c.articles[1]).len(), 2);
    assert!(!c.articles[1].text.contains("<p>"));
    assert_eq!(c.articles[0].date, Some(date(2024, 6, 3)));
    assert_eq!(
        c.articles[0].url.as_deref(),
        Some("https://plains.example/wheat")
    );
    let warnings: Vec<&str> = c
        .report
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].starts_with("line 3: no body"));
    assert!(warnings[1].starts_with("line 4: invalid JSON"));
}

#[test]
fn markdown_stripped_front_matter_used() {
    let c = load(&["interview.md"]);
    let a = &c.articles[0];
    assert_eq!(a.title, "Interview: the last lighthouse keeper");
    assert_eq!(a.outlet.as_deref(), Some("Northern Notes"));
    assert_eq!(a.date, Some(date(2023, 11, 20)));
    assert_eq!(a.url.as_deref(), Some("https://notes.example/lighthouse"));
    assert!(a.text.contains(
        "Margit Holm has kept the Skarv Point light for 31 years. When the automation crew"
    ));
    assert!(a
        .text
        .contains("\"People think it is lonely. It is not lonely, it is quiet,\" Holm said."));
    for markup in ["**", "](", "```", "not article text", "# "] {
        assert!(!a.text.contains(markup), "{markup:?} in {:?}", a.text);
    }
}

#[test]
fn rss_and_atom_items_become_articles() {
    let c = load(&["feed.rss", "feed.atom"]);
    let files: Vec<&str> = c.articles.iter().map(|a| a.file.as_str()).collect();
    assert_eq!(
        files,
        ["feed.rss#1", "feed.rss#2", "feed.atom#1", "feed.atom#2"]
    );
    let bridge = &c.articles[0];
    assert_eq!(bridge.title, "Bridge reopens after repairs");
    assert_eq!(bridge.outlet.as_deref(), Some("Valley Gazette"));
    assert_eq!(bridge.date, Some(date(2024, 7, 10)));
    // Full text (content:encoded), not the one-line description; entities resolved.
    assert!(bridge
        .text
        .contains("“It is better than new,” said site engineer Colm Brady."));
    let ferry = &c.articles[2];
    assert_eq!(ferry.outlet.as_deref(), Some("Harbour Bulletin"));
    assert_eq!(
        ferry.url.as_deref(),
        Some("https://bulletin.example/ferry-winter")
    );
    assert_eq!(body(ferry).len(), 2);
    let roof = &c.articles[3];
    assert_eq!(roof.date, Some(date(2024, 9, 2)));
    assert_eq!(
        body(roof),
        [
            "The school board approved the roof repair on Monday.",
            "“The children will be dry by winter,” board chair Mina Tahir said."
        ]
    );
}

#[test]
fn plain_text_as_before() {
    let c = load(&["plain.txt"]);
    let a = &c.articles[0];
    assert_eq!(a.title, "Orchard harvest begins early");
    assert_eq!(a.url, None);
    assert_eq!(body(a).len(), 2);
}

#[test]
fn malformed_files_are_skipped_the_rest_loads() {
    let c = load(&["broken.json", "broken.rss", "council.json"]);
    assert_eq!(c.articles.len(), 1);
    assert_eq!(c.report.skipped.len(), 2);
    for s in &c.report.skipped {
        assert!(matches!(s.reason, SkipReason::Malformed(_)), "{s:?}");
    }
    let summary = c.report.summary();
    assert!(
        summary.contains("broken.json (malformed: invalid JSON"),
        "{summary}"
    );
    assert!(summary.contains("broken.rss (malformed:"), "{summary}");
}

#[test]
fn whole_folder_loads_every_format() {
    let c = Corpus::load(&[fixture("")]).unwrap();
    // 1 html + 1 json + 2 jsonl + 1 md + 2 rss + 2 atom + 1 txt.
    assert_eq!(c.articles.len(), 10);
    assert_eq!(c.report.loaded, 10);
}

#[test]
fn sniffed_when_the_extension_says_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let html = std::fs::read_to_string(fixture("harbour.html")).unwrap();
    std::fs::write(dir.path().join("saved_page.txt"), html).unwrap();
    let rss = std::fs::read_to_string(fixture("feed.rss")).unwrap();
    std::fs::write(dir.path().join("download"), rss).unwrap();
    let c = Corpus::load(&[dir.path().to_path_buf()]).unwrap();
    let titles: Vec<&str> = c.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Bridge reopens after repairs",
            "Library extends opening hours",
            "Port strike ends after overnight talks"
        ]
    );
}

#[test]
fn control_characters_in_metadata_are_sanitized() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("evil.json");
    std::fs::write(&p, "{\"title\":\"Hi\\u001b]52;c;AAAA\\u0007 there\",\"source\":\"Out\\u202elet\",\"body\":\"Text \\u001b[31mred.\"}").unwrap();
    let c = Corpus::load(&[p]).unwrap();
    let a = &c.articles[0];
    assert!(
        !a.title.contains('\u{1b}') && !a.title.contains('\u{7}'),
        "{:?}",
        a.title
    );
    assert_eq!(a.outlet.as_deref(), Some("Outlet"));
    assert_eq!(a.text, "Text red.");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// No input makes a format parser panic, and whatever loads is sanitized.
    #[test]
    fn parsers_never_panic(
        body in r#"(<p>|</p>|<rss>|<item>|<feed>|<entry>|\{"title":|"body":|\}|\n|# |---\n|&amp;|&#1;|[a-z “”"]{0,8}|\x1b\[3m){0,40}"#,
        ext in proptest::sample::select(vec!["html", "json", "jsonl", "md", "rss", "atom", "xml", "txt", ""]),
    ) {
        let name = if ext.is_empty() { "f".to_string() } else { format!("f.{ext}") };
        if let Ok(parsed) = quoth::corpus::formats::parse(&name, &name, body) {
            for (i, s) in parsed.sources.into_iter().enumerate() {
                let a = quoth::corpus::build_article_with(i, s.source, &s.meta);
                let clean = !a.text.contains('\x1b') && !a.title.contains('\x1b');
                proptest::prop_assert!(clean, "escape in {:?}", a.title);
            }
        }
    }
}
