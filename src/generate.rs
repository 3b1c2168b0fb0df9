//! A synthetic corpus for measuring load, extraction and search at scale:
//! N articles recombined from the built-in paragraphs, with names swapped for
//! made-up ones and varied dates, written as plain-text article files.
//!
//! Deterministic for a given seed, so benchmark runs compare like with like.

use crate::corpus::{Corpus, ParagraphKind};
use std::collections::BTreeSet;
use std::io;
use std::path::Path;

/// One generated article: a file name and its text.
#[derive(Debug, Clone)]
pub struct Generated {
    pub name: String,
    pub text: String,
}

/// A small deterministic generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SYLLABLES: [&str; 24] = [
    "ka", "lo", "ven", "mir", "do", "sa", "tek", "ri", "an", "bor", "el", "nu", "gra", "vi", "sto",
    "len", "ma", "zur", "ot", "pel", "qui", "har", "del", "ros",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn made_up_name(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let mut s: String = (0..n)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect();
    s[..1].make_ascii_uppercase();
    s
}

/// Capitalised words seen after the first word of a sentence: names of
/// people, places and bodies in general, found without any list of them.
fn name_like_words(paragraphs: &[String]) -> Vec<String> {
    let mut names = BTreeSet::new();
    for p in paragraphs {
        let mut sentence_start = true;
        for w in p.split_whitespace() {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            let mut chars = core.chars();
            if !sentence_start
                && core.len() > 3
                && chars.next().is_some_and(char::is_uppercase)
                && chars.all(char::is_lowercase)
            {
                names.insert(core.to_string());
            }
            sentence_start = w.ends_with(['.', '?', '!']) || w.ends_with(".\"");
        }
    }
    names.into_iter().collect()
}

/// Replace whole-word occurrences of `from` with `to`.
fn replace_word(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(from) {
        let before_ok = !rest[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after_ok = !rest[i + from.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        out.push_str(&rest[..i]);
        out.push_str(if before_ok && after_ok { to } else { from });
        rest = &rest[i + from.len()..];
    }
    out.push_str(rest);
    out
}

/// Build `n` articles from the built-in coverage.
pub fn articles(n: usize, seed: u64) -> Vec<Generated> {
    let base = Corpus::builtin();
    let titles: Vec<String> = base.articles.iter().map(|a| a.title.clone()).collect();
    let paragraphs: Vec<String> = base
        .articles
        .iter()
        .flat_map(|a| {
            a.paragraphs
                .iter()
                .filter(|p| p.kind == ParagraphKind::Body)
                .map(|p| a.text[p.range.clone()].to_string())
        })
        .collect();
    let names = name_like_words(&paragraphs);
    let mut rng = Rng(seed);
    (0..n)
        .map(|i| {
            let count = 6 + rng.below(9);
            let mut body: Vec<String> = (0..count)
                .map(|_| paragraphs[rng.below(paragraphs.len())].clone())
                .collect();
            let mut title = titles[rng.below(titles.len())].clone();
            // Swap a few names so the vocabulary grows with the corpus, as real coverage does.
            for _ in 0..3 {
                if names.is_empty() {
                    break;
                }
                let from = &names[rng.below(names.len())];
                let to = made_up_name(&mut rng);
                title = replace_word(&title, from, &to);
                for p in &mut body {
                    *p = replace_word(p, from, &to);
                }
            }
            let date = format!(
                "{} {}, {}",
                MONTHS[rng.below(12)],
                1 + rng.below(28),
                2015 + rng.below(11)
            );
            let text = format!("{title}\n\nPublished {date}.\n\n{}\n", body.join("\n\n"));
            Generated {
                name: format!("gen_{i:06}.txt"),
                text,
            }
        })
        .collect()
}

/// At least `n` searchable lines (titles and paragraphs of generated
/// articles), exactly `n` returned: the items of the search benchmarks.
pub fn lines(n: usize, seed: u64) -> Vec<String> {
    let mut out = Vec::with_capacity(n);
    let mut batch_seed = seed;
    while out.len() < n {
        let want = (n - out.len()).div_ceil(10).max(1);
        for g in articles(want, batch_seed) {
            out.extend(
                g.text
                    .split("\n\n")
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with("Published "))
                    .map(|l| l.replace('\n', " ")),
            );
        }
        batch_seed = batch_seed.wrapping_add(1);
    }
    out.truncate(n);
    out
}

/// Write `n` generated articles into `dir` (created if needed).
pub fn write(n: usize, seed: u64, dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for g in articles(n, seed) {
        std::fs::write(dir.join(&g.name), g.text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{LoadReport, Source};

    #[test]
    fn deterministic_and_varied() {
        let a = articles(20, 7);
        let b = articles(20, 7);
        assert_eq!(a[3].text, b[3].text);
        assert_ne!(a[3].text, a[4].text);
        assert_ne!(articles(20, 8)[3].text, a[3].text);
    }

    #[test]
    fn generated_articles_load_with_titles_paragraphs_and_dates() {
        let sources = articles(10, 1)
            .into_iter()
            .map(|g| Source::plain(g.name.clone(), g.name, g.text))
            .collect();
        let c = Corpus::from_sources(sources, LoadReport::default());
        assert_eq!(c.articles.len(), 10);
        for a in &c.articles {
            assert!(a.paragraphs.len() >= 6, "{}", a.title);
            assert!(a.date.is_some());
        }
    }

    #[test]
    fn lines_are_exactly_n_single_lines() {
        let l = lines(333, 2);
        assert_eq!(l.len(), 333);
        assert!(l.iter().all(|x| !x.is_empty() && !x.contains("\n\n")));
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(replace_word("Kir Kirby Kir.", "Kir", "Bo"), "Bo Kirby Bo.");
    }
}
