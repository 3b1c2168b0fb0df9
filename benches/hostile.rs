//! Hostile sizes: decode + sanitize + clean + dates + attribution of a 1 MB
//! single-line article and a 200,000-line article (see `corpus::hostile`).
//! Linear-time cleaning shows here as MB/s in line with the built-in articles.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quoth::corpus::{decode, hostile, Corpus, LoadReport, Source};

fn hostile_sizes(c: &mut Criterion) {
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    for file in hostile::large() {
        g.throughput(Throughput::Bytes(file.bytes.len() as u64));
        g.bench_function(format!("load+clean+attribute {}", file.name), |b| {
            b.iter(|| {
                let (text, _) = decode(&file.bytes).expect("decodes");
                let source = Source {
                    name: file.name.clone(),
                    origin: file.name.clone(),
                    text,
                };
                std::hint::black_box(Corpus::from_sources(vec![source], LoadReport::default()))
            });
        });
    }
    g.finish();
}

criterion_group!(benches, hostile_sizes);
criterion_main!(benches);
