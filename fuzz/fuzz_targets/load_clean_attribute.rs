//! Fuzz loading, cleaning and attribution: arbitrary bytes are split into up
//! to three files (on `0x1E 0x1E`), decoded as files are, and built into a
//! corpus. Nothing may panic, and every range must point at text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quoth::corpus::{decode, sanitize, Corpus, LoadReport, Source};

fuzz_target!(|data: &[u8]| {
    let mut sources = Vec::new();
    let mut rest = data;
    while sources.len() < 3 {
        let (part, tail) = match rest.windows(2).position(|w| w == [0x1e, 0x1e]) {
            Some(i) => (&rest[..i], Some(&rest[i + 2..])),
            None => (rest, None),
        };
        if let Ok((text, _)) = decode(part) {
            sources.push(Source {
                name: format!("{}.txt", sources.len()),
                origin: "fuzz".to_string(),
                text,
            });
        }
        match tail {
            Some(t) => rest = t,
            None => break,
        }
    }
    let corpus = Corpus::from_sources(sources, LoadReport::default());
    for a in &corpus.articles {
        assert_eq!(sanitize(&a.text), a.text, "article text not sanitized");
        for p in &a.paragraphs {
            assert!(a.text.get(p.range.clone()).is_some(), "paragraph range");
        }
        for d in &a.dates {
            assert!(a.text.get(d.range.clone()).is_some(), "date range");
        }
    }
    for s in &corpus.statements {
        let a = &corpus.articles[s.article];
        assert_eq!(
            a.text.get(s.range.clone()),
            Some(s.text.as_str()),
            "statement range"
        );
        assert!(s.paragraph < a.paragraphs.len(), "statement paragraph");
        if let Some(cue) = &s.cue_range {
            assert!(a.text.get(cue.clone()).is_some(), "cue range");
        }
        if let Some(sp) = s.speaker {
            assert!(corpus.speakers[sp].statements.contains(&s.id), "registry");
        }
    }
    for e in &corpus.entities {
        for m in &e.mentions {
            assert!(
                corpus.articles[m.article]
                    .text
                    .get(m.range.clone())
                    .is_some(),
                "mention"
            );
        }
    }
});
