//! Extraction throughput harness for `perf stat -e instructions:u` (see BENCHMARKS.md):
//! the built-in articles and tests/fixtures/unseen..unseen6 through `attribute` 100 times on one thread.
use quoth::attribution::attribute;

/// The allocator the `quoth` binary uses (src/main.rs), so the harness measures it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../benches/support/held_out.rs"]
mod held_out;
fn main() {
    let articles = held_out::articles();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let n = 100;
    let t = std::time::Instant::now();
    let mut s = 0;
    for _ in 0..n {
        s += pool.install(|| attribute(&articles)).statements.len();
    }
    let e = t.elapsed().as_secs_f64();
    println!(
        "{} articles {} bytes, {:.2} MB/s ({s})",
        articles.len(),
        bytes,
        (bytes * n) as f64 / e / 1e6
    );
}
