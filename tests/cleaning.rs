//! Cleaning the built-in articles: no furniture left, no caption twice, no body text lost.

use quoth::corpus::{builtin_sources, sanitize, Corpus, ParagraphKind};

const FURNITURE: &[&str] = &[
    "Accessibility links",
    "Breaking News",
    "please wait",
    "No media source currently available",
    "0:00",
    "16x9 Image",
    "undesirable organization",
    "To find out more, click here.",
    "journalists report the news in 27 languages",
    "Reading Time",
    "With reporting by",
];

#[test]
fn no_paragraph_contains_furniture() {
    let corpus = Corpus::builtin();
    for a in &corpus.articles {
        for (i, p) in a.paragraphs.iter().enumerate() {
            let text = &a.text[p.range.clone()];
            for f in FURNITURE {
                assert!(!text.contains(f), "{} ¶{i} contains {f:?}: {text}", a.file);
            }
            assert!(
                !matches!(text, "XS" | "SM" | "MD" | "LG"),
                "{}: {text}",
                a.file
            );
        }
    }
}

#[test]
fn captions_kept_once_and_not_body() {
    let corpus = Corpus::builtin();
    let a = &corpus.articles[0];
    let captions: Vec<&str> = a.captions().collect();
    assert_eq!(captions.len(), 2, "{captions:?}");
    assert!(captions[0].starts_with("Ukrainian servicemen take up positions"));
    for c in &captions {
        assert_eq!(a.text.matches(c).count(), 1, "caption twice: {c}");
    }
    assert_eq!(
        corpus.articles[4].reading_time.as_deref(),
        Some("3 minutes")
    );
}

/// Every line of a seed that is not furniture, footer or metadata is in the cleaned text.
#[test]
fn no_body_text_is_lost() {
    let corpus = Corpus::builtin();
    for (src, a) in builtin_sources().iter().zip(&corpus.articles) {
        let body_end = src.text.find("• 16x9 Image").unwrap_or(src.text.len());
        let seed = sanitize(&src.text[..body_end]);
        for line in seed.lines().map(str::trim) {
            if line.is_empty()
                || line == a.title
                || FURNITURE.iter().any(|f| line.contains(f))
                || matches!(line, "XS" | "SM" | "MD" | "LG")
            {
                continue;
            }
            assert!(a.text.contains(line), "{}: lost {line:?}", a.file);
        }
        assert!(a.paragraphs.iter().any(|p| p.kind == ParagraphKind::Body));
    }
}

#[test]
fn paragraph_ranges_tile_the_text() {
    for a in &Corpus::builtin().articles {
        let mut end = 0;
        for p in &a.paragraphs {
            assert!(p.range.start >= end && p.range.start < p.range.end);
            assert!(a.text.is_char_boundary(p.range.start) && a.text.is_char_boundary(p.range.end));
            end = p.range.end;
        }
        assert_eq!(end, a.text.len());
    }
}

#[test]
fn inferred_dates() {
    let c = Corpus::builtin();
    let dates: Vec<Option<String>> = c.articles.iter().map(|a| a.date.map(|d| d.iso())).collect();
    assert_eq!(
        dates,
        [
            Some("--03-31".into()),
            Some("--11-10".into()),
            Some("2021-04-12".into()),
            Some("--04-13".into()),
            None
        ]
    );
}
