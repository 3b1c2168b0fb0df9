//! Attribution throughput in MB/s of cleaned article text, on one core: the
//! built-in articles plus the held-out fixtures, through quotation spans, cues,
//! speakers, the registry and entities.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quoth::attribution::attribute;
use quoth::corpus::Corpus;
use std::path::Path;

fn extract(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut articles = Corpus::builtin().articles;
    for dir in ["unseen", "unseen2", "unseen3", "unseen4"] {
        if let Ok(more) = Corpus::load(&[root.join(dir)]) {
            articles.extend(more.articles);
        }
    }
    for (i, a) in articles.iter_mut().enumerate() {
        a.id = i;
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    // One worker thread: the figure is per core.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("thread pool");
    let mut g = c.benchmark_group("attribution");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(
        format!("attribute ({} articles, one core)", articles.len()),
        |b| {
            b.iter(|| pool.install(|| std::hint::black_box(attribute(&articles))));
        },
    );
    g.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
