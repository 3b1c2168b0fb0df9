//! Attribution throughput in MB/s of cleaned article text, on one core: the
//! built-in articles plus the held-out fixtures, through quotation spans, cues,
//! speakers, the registry and entities.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quoth::attribution::attribute;

#[path = "support/held_out.rs"]
mod held_out;

fn extract(c: &mut Criterion) {
    let articles = held_out::articles();
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
    long_sentence(c, &pool);
}

/// One paragraph that is a single 100 KB sentence full of cues, clauses and
/// quotations: the per-cue look-back and look-ahead are bounded, so this must
/// run at about the speed of ordinary prose (a quadratic path would not).
fn long_sentence(c: &mut Criterion, pool: &rayon::ThreadPool) {
    let clause = concat!(
        "Mayor Jane Roe, who told reporters on Monday that the council, according to ",
        "officials, had \"no plan at all\", said that Tom Hale warned the board; "
    );
    let mut text = String::from("Long sentence\n\n");
    while text.len() < 100_000 {
        text.push_str(clause);
    }
    text.push_str("and that was all.\n");
    let corpus = quoth::corpus::Corpus::from_sources(
        vec![quoth::corpus::Source {
            name: "long.txt".into(),
            origin: "bench".into(),
            text,
        }],
        quoth::corpus::LoadReport::default(),
    );
    let articles = corpus.articles;
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("attribution");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("attribute (one 100 KB sentence, one core)", |b| {
        b.iter(|| pool.install(|| std::hint::black_box(attribute(&articles))));
    });
    g.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
