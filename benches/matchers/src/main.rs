//! Reference matchers against quoth on the same lines, top 100 kept.
//!
//! `quoth-bench-matchers write N FILE`: write N searchable lines (generated
//! titles and paragraphs), one per line.
//! `quoth-bench-matchers run FILE`: time fuzzy-matcher, nucleo-matcher and
//! frizbee over every line, and quoth's index, for the benchmark queries.

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use quoth::search::{rank, Cache, Hit, Index, Query};
use rayon::prelude::*;
use std::time::{Duration, Instant};

const QUERIES: [&str; 4] = ["peskov", "red lines", "blnkn concern", "stoltenberg deeply concerning"];
const KEEP: usize = 100;
fn runs() -> usize {
    std::env::var("QUOTH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(5)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("write") => {
            let n: usize = args[2].parse().expect("N");
            let lines = quoth::generate::lines(n, 1);
            std::fs::write(&args[3], lines.join("\n") + "\n").expect("write lines");
        }
        Some("run") => run(&args[2]),
        _ => eprintln!("usage: quoth-bench-matchers write N FILE | run FILE"),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(f: impl Fn() -> T) -> Duration {
    median(
        (0..runs())
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

fn top(mut v: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    if v.len() > KEEP {
        v.select_nth_unstable_by(KEEP - 1, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(KEEP);
    }
    v.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn run(file: &str) {
    let text = std::fs::read_to_string(file).expect("read lines");
    let lines: Vec<&str> = text.lines().collect();
    let threads = rayon::current_num_threads();
    println!("{} lines, {} MB, {threads} threads, top {KEEP}, median of {} runs", lines.len(), text.len() / 1_000_000, runs());
    let t = Instant::now();
    let index = Index::from_lines(&lines);
    println!("quoth index build: {} ms ({} words)", ms(t.elapsed()), index.vocabulary_len());
    println!("| query | fuzzy-matcher (every line) | nucleo-matcher | frizbee | quoth (cold) | quoth typed p50 / p95 / max per keystroke |");
    println!("|---|---|---|---|---|---|");
    let skim = SkimMatcherV2::default();
    for q in QUERIES {
        let fm = time(|| {
            top(lines
                .par_iter()
                .enumerate()
                .filter_map(|(i, l)| skim.fuzzy_match(l, q).map(|s| (i as u32, s as u32)))
                .collect())
        });
        let pattern = Pattern::parse(q, CaseMatching::Ignore, Normalization::Smart);
        let nucleo = time(|| {
            top(lines
                .par_iter()
                .enumerate()
                .map_init(
                    || (Matcher::new(Config::DEFAULT), Vec::new()),
                    |(m, buf), (i, l)| pattern.score(Utf32Str::new(l, buf), m).map(|s| (i as u32, s)),
                )
                .flatten()
                .collect())
        });
        let cfg = frizbee::Config {
            sort: false,
            ..frizbee::Config::default()
        };
        let friz = time(|| {
            top(frizbee::match_list_parallel(q, &lines, &cfg, threads)
                .into_iter()
                .map(|m| (m.index, u32::from(m.score)))
                .collect())
        });
        let query = Query::parse(q);
        let cold = time(|| {
            let p = rank::Prepared::new(&index, &query, None);
            let r = p.rank(&index, KEEP, None, &|| false, &mut |_, _| {});
            r.hits.iter().take(20).map(|&(i, s)| Hit::new(&index, &p, i, s)).collect::<Vec<_>>()
        });
        let mut keystrokes = Vec::new();
        for _ in 0..runs() {
            let mut cache = Cache::default();
            for end in q.char_indices().map(|(i, c)| i + c.len_utf8()) {
                let t = Instant::now();
                let (p, r) = rank::rank_with_cache(&index, &Query::parse(&q[..end]), KEEP, &mut cache);
                let hits: Vec<Hit> = r.hits.iter().take(20).map(|&(i, s)| Hit::new(&index, &p, i, s)).collect();
                std::hint::black_box(hits);
                keystrokes.push(t.elapsed());
            }
        }
        keystrokes.sort();
        let pct = |p: f64| keystrokes[((keystrokes.len() - 1) as f64 * p).round() as usize];
        println!(
            "| `{q}` | {} | {} | {} | {} | {} / {} / {} |",
            ms(fm),
            ms(nucleo),
            ms(friz),
            ms(cold),
            ms(pct(0.5)),
            ms(pct(0.95)),
            ms(*keystrokes.last().unwrap())
        );
    }
}
