//! Load + clean throughput on the built-in articles, in MB/s.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quoth::corpus::{build_article, builtin_sources};

fn load_clean(c: &mut Criterion) {
    let sources = builtin_sources();
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let mut g = c.benchmark_group("load");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("sanitize+clean+dates (5 built-in articles)", |b| {
        b.iter(|| {
            let articles: Vec<_> = sources
                .iter()
                .cloned()
                .enumerate()
                .map(|(i, s)| build_article(i, s))
                .collect();
            std::hint::black_box(articles)
        });
    });
    g.finish();
}

criterion_group!(benches, load_clean);
criterion_main!(benches);
