//! The articles extraction is measured on: the built-in five and the first six
//! held-out sets (31 articles), numbered in load order. Shared by
//! `benches/extract.rs` and `examples/extract_loop.rs` so both count the same text.

use quoth::corpus::{Article, Corpus};
use std::path::Path;

pub fn articles() -> Vec<Article> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut articles = Corpus::builtin().articles;
    for dir in [
        "unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6",
    ] {
        if let Ok(more) = Corpus::load(&[root.join(dir)]) {
            articles.extend(more.articles);
        }
    }
    for (i, a) in articles.iter_mut().enumerate() {
        a.id = i;
    }
    articles
}
