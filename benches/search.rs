//! Search per keystroke at 100k and 1M items, and loading + extraction + indexing
//! of 10k generated articles.
//!
//! Besides criterion's timing of whole typed queries, this prints per-keystroke
//! percentiles (criterion has no p95): each query is typed one character at a
//! time, the way the popup does it (a keystroke cache, top 100 ranked, the 20
//! visible rows built with highlights), and again through the worker-thread
//! `Searcher` to time the first batch and the final results.
//!
//! `QUOTH_BENCH_ITEMS=100000,1000000` (default) picks the sizes;
//! `QUOTH_BENCH_ARTICLES=10000` the load benchmark's article count.

use criterion::Criterion;
use quoth::corpus::{Corpus, LoadReport, Source};
use quoth::search::{rank_with_cache, Cache, Hit, Index, Query, Searcher};
use std::sync::Arc;
use std::time::{Duration, Instant};

const QUERIES: [&str; 4] = [
    "peskov",
    "red lines",
    "blnkn concern",
    "stoltenberg deeply concerning",
];
const RANKED: usize = 100;
const VISIBLE: usize = 20;
const REPEATS: usize = 10;

fn prefixes(q: &str) -> impl Iterator<Item = &str> {
    q.char_indices().map(move |(i, c)| &q[..i + c.len_utf8()])
}

fn keystroke(index: &Index, input: &str, cache: &mut Cache) -> Vec<Hit> {
    let (p, r) = rank_with_cache(index, &Query::parse(input), RANKED, cache);
    r.hits
        .iter()
        .take(VISIBLE)
        .map(|&(i, s)| Hit::new(index, &p, i, s))
        .collect()
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn pct(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn report_keystrokes(label: &str, index: &Arc<Index>) {
    println!(
        "\n### {label} items ({} distinct words)",
        index.vocabulary_len()
    );
    println!("| query | keystrokes | p50 ms | p95 ms | max ms | slowest keystroke | Searcher first batch p95 ms | Searcher final p95 ms |");
    println!("|---|---|---|---|---|---|---|---|");
    let searcher = Searcher::new(index.clone());
    for q in QUERIES {
        let mut direct = Vec::new();
        let mut first = Vec::new();
        let mut last = Vec::new();
        let mut slowest = (Duration::ZERO, "");
        for _ in 0..REPEATS {
            let mut cache = Cache::default();
            for input in prefixes(q) {
                let t = Instant::now();
                std::hint::black_box(keystroke(index, input, &mut cache));
                let d = t.elapsed();
                if d > slowest.0 {
                    slowest = (d, input);
                }
                direct.push(d);
            }
            for input in prefixes(q) {
                let t = Instant::now();
                searcher.submit(input, RANKED);
                let u = searcher.wait(Duration::from_secs(30)).expect("update");
                first.push(t.elapsed());
                if !u.done {
                    searcher.wait_done(Duration::from_secs(30)).expect("final");
                }
                last.push(t.elapsed());
            }
        }
        println!(
            "| `{q}` | {} | {} | {} | {} | `{}` | {} | {} |",
            q.chars().count(),
            ms(pct(&mut direct, 0.5)),
            ms(pct(&mut direct, 0.95)),
            ms(pct(&mut direct, 1.0)),
            slowest.1,
            ms(pct(&mut first, 0.95)),
            ms(pct(&mut last, 0.95)),
        );
    }
}

fn report_load(n: usize) {
    let generated = quoth::generate::articles(n, 1);
    let bytes: usize = generated.iter().map(|g| g.text.len()).sum();
    let sources: Vec<Source> = generated
        .into_iter()
        .map(|g| Source::plain(g.name.clone(), g.name, g.text))
        .collect();
    let mut times = Vec::new();
    let mut items = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let corpus = Corpus::from_sources(sources.clone(), LoadReport::default());
        let built = t.elapsed();
        let index = Index::build(&corpus);
        items = index.len();
        times.push((built, t.elapsed()));
    }
    times.sort();
    let (built, total) = times[1];
    println!(
        "\n### {n} generated articles ({} MB): clean + extract {} ms, + search index {} ms ({items} items), median of 3",
        bytes / 1_000_000,
        ms(built),
        ms(total)
    );
}

fn sizes() -> Vec<usize> {
    std::env::var("QUOTH_BENCH_ITEMS")
        .unwrap_or_else(|_| "100000,1000000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(10)
        .configure_from_args();
    for n in sizes() {
        let t = Instant::now();
        let lines = quoth::generate::lines(n, 1);
        let index = Arc::new(Index::from_lines(&lines));
        drop(lines);
        println!(
            "\n{n} items generated and indexed in {} ms",
            ms(t.elapsed())
        );
        report_keystrokes(&n.to_string(), &index);
        let mut g = criterion.benchmark_group(format!("search/{n}"));
        for q in QUERIES {
            g.bench_function(format!("type `{q}`"), |b| {
                b.iter(|| {
                    let mut cache = Cache::default();
                    for input in prefixes(q) {
                        std::hint::black_box(keystroke(&index, input, &mut cache));
                    }
                });
            });
        }
        g.finish();
    }
    let articles = std::env::var("QUOTH_BENCH_ARTICLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    report_load(articles);
    criterion.final_summary();
}
