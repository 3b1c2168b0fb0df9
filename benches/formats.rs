//! Parsing throughput of each input format on the test fixtures, in MB/s:
//! detection + format parsing + sanitize/clean (no attribution).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quoth::corpus::{build_article_with, formats};

fn parse_formats(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats");
    let mut g = c.benchmark_group("formats");
    for name in [
        "harbour.html",
        "council.json",
        "wire.jsonl",
        "interview.md",
        "feed.rss",
        "feed.atom",
        "plain.txt",
    ] {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                let parsed = formats::parse(name, name, text.clone()).unwrap();
                let articles: Vec<_> = parsed
                    .sources
                    .into_iter()
                    .enumerate()
                    .map(|(i, s)| build_article_with(i, s.source, &s.meta))
                    .collect();
                std::hint::black_box(articles)
            });
        });
    }
    g.finish();
}

criterion_group!(benches, parse_formats);
criterion_main!(benches);
