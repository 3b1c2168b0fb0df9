//! The article model: what one cleaned news article is made of.

use serde::Serialize;
use std::ops::Range;

/// Index of an article in [`crate::corpus::Corpus::articles`].
pub type ArticleId = usize;

/// What a paragraph of the cleaned text is, so views can style it and the
/// attribution engine can skip what is not body copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// Running text of the article.
    Body,
    /// A photo or video caption (printed twice in the saved page, kept once here).
    Caption,
}

/// One paragraph: its byte range in [`Article::text`] and its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub range: Range<usize>,
    pub kind: ParagraphKind,
}

/// A calendar date as far as the text supports it: month and day are always
/// known, the year only when the article states or implies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct TextDate {
    pub year: Option<i32>,
    pub month: u8,
    pub day: u8,
}

impl TextDate {
    /// Month abbreviations used for display.
    const MONTHS: [&'static str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];

    /// ISO-like form: `2021-04-13`, or `--04-13` when the year is unknown
    /// (the ISO 8601 notation for a date without a year).
    pub fn iso(&self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-{:02}-{:02}", self.month, self.day),
            None => format!("--{:02}-{:02}", self.month, self.day),
        }
    }

    /// Short human form: `Apr 13, 2021` or `Apr 13`.
    pub fn human(&self) -> String {
        let m = Self::MONTHS[usize::from(self.month.clamp(1, 12)) - 1];
        match self.year {
            Some(y) => format!("{m} {}, {y}", self.day),
            None => format!("{m} {}", self.day),
        }
    }
}

/// A date written in the text ("March 31", "on April 13, 2021") and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    pub date: TextDate,
    pub range: Range<usize>,
    /// Looks ahead ("will host … on April 16", "until June 1"): not the story's own day.
    pub prospective: bool,
    /// A publication stamp in the page's header, written with its year on a
    /// line of its own: the page's date, whatever days the story mentions.
    pub stamp: bool,
}

/// One cleaned article. Immutable once the corpus is built.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    pub id: ArticleId,
    /// File name (no directory), as users and the gold files refer to it.
    pub file: String,
    /// Path it was loaded from, or `built-in:NAME` for compiled-in assets.
    pub source: String,
    /// The headline.
    pub title: String,
    /// Publishing outlet (from the footer, service name or dateline).
    pub outlet: Option<String>,
    /// Place of the dateline ("Brussels" in "Brussels (dpa) –").
    pub dateline: Option<String>,
    /// News agencies credited ("With reporting by Reuters, AFP, and TASS").
    pub wires: Vec<String>,
    /// Reading time as printed ("3 minutes").
    pub reading_time: Option<String>,
    /// Dates mentioned in the text, in order of appearance.
    pub dates: Vec<DateMention>,
    /// The inferred date of the article: the latest date mentioned.
    pub date: Option<TextDate>,
    /// Cleaned, sanitized text: paragraphs separated by a blank line.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// Stable content hash (FNV-1a of the cleaned text), so marks survive renames.
    pub hash: u64,
    /// Web address the file states (canonical link, feed item link, JSON `url`).
    pub url: Option<String>,
}

impl Article {
    /// Text of paragraph `i`.
    pub fn paragraph_text(&self, i: usize) -> &str {
        &self.text[self.paragraphs[i].range.clone()]
    }

    /// Captions, in order.
    pub fn captions(&self) -> impl Iterator<Item = &str> {
        self.paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Caption)
            .map(|p| &self.text[p.range.clone()])
    }

    /// Index of the paragraph containing byte `pos` of the text, if any.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.range.end <= pos);
        (i < self.paragraphs.len() && self.paragraphs[i].range.start <= pos).then_some(i)
    }

    /// Number of words in the body paragraphs.
    pub fn words(&self) -> usize {
        self.paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Body)
            .map(|p| self.text[p.range.clone()].split_whitespace().count())
            .sum()
    }
}

/// FNV-1a, 64 bit: tiny, stable across versions and platforms (unlike `DefaultHasher`).
pub fn content_hash(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
