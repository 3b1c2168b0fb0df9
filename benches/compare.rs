//! Comparison on a large synthetic corpus: indexing every statement once
//! (term vectors and near-identical groups), then pairing two speakers.

use criterion::{criterion_group, criterion_main, Criterion};
use quoth::attribution::{Speaker, SpeakerKind, Statement};
use quoth::compare::{compare, CompareIndex, Groups, RowOrder, TermIndex};
use quoth::corpus::Corpus;

/// Deterministic pseudo-random numbers (a 64-bit LCG), so every run is the same corpus.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }

    /// Log-uniform below `n` (rank r drawn with probability ∝ 1/r, as word
    /// frequencies in text roughly are).
    fn zipf(&mut self, n: usize) -> usize {
        let u = self.next(1 << 20) as f64 / f64::from(1 << 20);
        ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
}

/// `n` statements of 4–30 words over a 50,000-word vocabulary with a skewed
/// Zipf-like frequency, by 400 speakers; one in ten repeats an
/// earlier statement with a word dropped, as another outlet would carry it.
fn synthetic(n: usize) -> Corpus {
    let mut rng = Lcg(7);
    let vocab: Vec<String> = (0..50_000).map(|i| format!("word{i}x")).collect();
    let mut corpus = Corpus {
        speakers: (0..400)
            .map(|id| Speaker {
                id,
                name: format!("Speaker {id}"),
                aliases: vec![],
                roles: vec![],
                kind: SpeakerKind::Person,
                statements: vec![],
                articles: vec![],
            })
            .collect(),
        ..Corpus::default()
    };
    for id in 0..n {
        let text = if id > 10 && rng.next(10) == 0 {
            let earlier: &String = &corpus.statements[rng.next(id)].text;
            let mut words: Vec<&str> = earlier.split(' ').collect();
            words.remove(rng.next(words.len()));
            words.join(" ")
        } else {
            let len = 4 + rng.next(27);
            (0..len)
                .map(|_| vocab[rng.zipf(vocab.len())].as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        // Skewed speakers too: a few are quoted far more than the rest.
        let speaker = rng.zipf(400);
        corpus.speakers[speaker].statements.push(id);
        corpus.statements.push(Statement {
            id,
            article: id / 20,
            range: 0..text.len(),
            text,
            paragraph: 0,
            speaker: Some(speaker),
            cue: None,
            cue_range: None,
        });
    }
    corpus
}

fn builtin(c: &mut Criterion) {
    let corpus = Corpus::builtin();
    let mut g = c.benchmark_group("compare built-in");
    g.bench_function("index the built-in statements", |b| {
        b.iter(|| std::hint::black_box(CompareIndex::new(&corpus)));
    });
    let index = CompareIndex::new(&corpus);
    let [a, b] = quoth::compare::most_quoted(&corpus.speakers, 2)[..] else {
        return;
    };
    g.bench_function("pair the two most-quoted speakers", |bench| {
        bench.iter(|| std::hint::black_box(compare(&corpus, &index.terms, a, b, RowOrder::Date)));
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let corpus = synthetic(20_000);
    let mut g = c.benchmark_group("compare");
    g.sample_size(10);
    g.bench_function("split words of 20k statements", |b| {
        b.iter(|| {
            let n: usize = corpus
                .statements
                .iter()
                .map(|s| quoth::compare::words::words(&s.text).len())
                .sum();
            std::hint::black_box(n)
        });
    });
    g.bench_function("term vectors of 20k statements", |b| {
        b.iter(|| std::hint::black_box(TermIndex::new(&corpus.statements)));
    });
    g.bench_function("groups of 20k statements", |b| {
        b.iter(|| std::hint::black_box(Groups::new(&corpus.statements)));
    });
    let index = CompareIndex::new(&corpus);
    let (a, b) = (0, 1);
    let pairs = corpus.speakers[a].statements.len() * corpus.speakers[b].statements.len();
    g.bench_function(
        format!("pair two speakers ({pairs} statement pairs)"),
        |bench| {
            bench.iter(|| {
                std::hint::black_box(compare(&corpus, &index.terms, a, b, RowOrder::Date))
            });
        },
    );
    g.finish();
}

criterion_group!(benches, builtin, bench);
criterion_main!(benches);
