//! The reading view: which article, where it is scrolled, the statement being
//! read, and the article wrapped for the pane width (cached per width, so a
//! resize re-wraps once and scrolling never re-wraps).

use crate::attribution::{SpeakerId, StatementId};
use crate::corpus::{Article, ArticleId, Corpus, ParagraphKind};
use std::ops::Range;

/// What a wrapped line shows, and where its text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Part of the headline (`range` is in [`Article::title`]).
    Headline,
    /// Part of the metadata line (`range` is in [`ReaderState::meta`]).
    Meta,
    /// Body text (`range` is in [`Article::text`]).
    Body,
    /// Caption text (`range` is in [`Article::text`]).
    Caption,
    /// An empty separator line.
    Blank,
}

/// One line on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualLine {
    pub kind: LineKind,
    pub range: Range<usize>,
}

/// What a stretch of the article text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// A quotation.
    Quote {
        statement: StatementId,
        speaker: Option<SpeakerId>,
    },
    /// A speaker's name.
    Name { speaker: SpeakerId },
}

/// A styled stretch of the article text (byte range in [`Article::text`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub range: Range<usize>,
    pub kind: MarkKind,
}

/// State of the reading pane.
#[derive(Debug, Clone, Default)]
pub struct ReaderState {
    pub article: Option<ArticleId>,
    /// First visible line (usize: long articles wrap to hundreds of thousands of lines).
    pub scroll: usize,
    /// The statement being read (highlighted).
    pub current: Option<StatementId>,
    /// Statements of the article, in text order.
    pub statements: Vec<StatementId>,
    /// Quotations and names, sorted by start, not overlapping.
    pub marks: Vec<Mark>,
    /// The metadata line: outlet · dateline · date · wires.
    pub meta: String,
    /// Width the cache below was wrapped for.
    pub wrap_width: u16,
    /// Visible height of the pane, for paging and clamping.
    pub height: u16,
    pub lines: Vec<VisualLine>,
    /// Line where each of `statements` starts.
    pub statement_lines: Vec<usize>,
}

impl ReaderState {
    /// Show article `id` from the top.
    pub fn open(&mut self, corpus: &Corpus, id: ArticleId) {
        let Some(article) = corpus.articles.get(id) else {
            return;
        };
        let mut statements: Vec<StatementId> = corpus.statements_in(id).map(|s| s.id).collect();
        statements.sort_by_key(|&s| corpus.statements[s].range.start);
        self.article = Some(id);
        self.scroll = 0;
        self.current = None;
        self.marks = marks(corpus, article, &statements);
        self.statements = statements;
        self.meta = meta_line(article);
        self.wrap_width = 0;
        self.lines.clear();
        self.statement_lines.clear();
    }

    /// Wrap for `width` unless already wrapped for it.
    pub fn ensure_wrapped(&mut self, corpus: &Corpus, width: u16, height: u16) {
        self.height = height;
        let Some(article) = self.article.and_then(|a| corpus.articles.get(a)) else {
            return;
        };
        if self.wrap_width != width || self.lines.is_empty() {
            self.lines = wrap_article(article, &self.meta, usize::from(width));
            self.statement_lines = self
                .statements
                .iter()
                .map(|&s| line_of(&self.lines, corpus.statements[s].range.start))
                .collect();
            self.wrap_width = width;
        }
        self.clamp_scroll();
    }

    /// Largest useful scroll position: the last line at the bottom of the pane.
    pub fn max_scroll(&self) -> usize {
        self.lines
            .len()
            .saturating_sub(usize::from(self.height.max(1)))
    }

    pub fn clamp_scroll(&mut self) {
        self.scroll = self.scroll.min(self.max_scroll());
    }

    pub fn scroll_by(&mut self, delta: isize) {
        self.scroll = self.scroll.saturating_add_signed(delta);
        self.clamp_scroll();
    }

    /// Line showing byte `pos` of the article text.
    pub fn line_of_byte(&self, pos: usize) -> usize {
        line_of(&self.lines, pos)
    }

    /// Line where statement `id` starts, if it is in this article.
    pub fn line_of_statement(&self, id: StatementId) -> Option<usize> {
        let i = self.statements.iter().position(|&s| s == id)?;
        self.statement_lines.get(i).copied()
    }

    /// Make `id` the current statement and scroll it into view, a quarter
    /// down the pane so the sentence before it stays visible.
    pub fn focus_statement(&mut self, id: StatementId) {
        self.current = Some(id);
        if let Some(line) = self.line_of_statement(id) {
            self.scroll = line.saturating_sub(usize::from(self.height / 4));
            self.clamp_scroll();
        }
    }

    /// Index (in `statements`) of the statement after (`forward`) or before the
    /// current one; without a visible current statement, counted from the view.
    pub fn neighbour(&self, forward: bool) -> Option<usize> {
        let visible = self.scroll..self.scroll + usize::from(self.height.max(1));
        let at = self
            .current
            .and_then(|c| self.statements.iter().position(|&s| s == c))
            .filter(|&i| visible.contains(&self.statement_lines.get(i).copied().unwrap_or(0)));
        let n = self.statements.len();
        match (at, forward) {
            (Some(i), true) => (i + 1 < n).then_some(i + 1),
            (Some(i), false) => i.checked_sub(1),
            (None, true) => self.statement_lines.iter().position(|&l| l >= self.scroll),
            (None, false) => self.statement_lines.iter().rposition(|&l| l < visible.end),
        }
    }
}

/// "RFE/RL · Brussels · Apr 13, 2021 · Reuters, AFP".
fn meta_line(article: &Article) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(article.outlet.clone());
    parts.extend(article.dateline.clone());
    parts.extend(article.date.map(|d| d.human()));
    if !article.wires.is_empty() {
        parts.push(format!("wires: {}", article.wires.join(", ")));
    }
    if let Some(t) = &article.reading_time {
        parts.push(format!("{t} read"));
    }
    parts.join(" · ")
}

/// Byte ranges of `text` after wrapping to `width` columns.
fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let base = text.as_ptr() as usize;
    let mut from = 0;
    let mut out = Vec::new();
    for line in textwrap::wrap(text, textwrap::Options::new(width.max(1))) {
        // textwrap returns slices of the input when it does not indent; fall
        // back to searching in case a line was rebuilt.
        let start = match &line {
            std::borrow::Cow::Borrowed(s) => s.as_ptr() as usize - base,
            std::borrow::Cow::Owned(s) => text[from..].find(s.as_str()).map_or(from, |i| from + i),
        };
        let end = (start + line.len()).min(text.len());
        from = end;
        out.push(start..end);
    }
    out
}

/// The article as screen lines: headline, metadata, blank, paragraphs with a
/// blank line between them.
pub fn wrap_article(article: &Article, meta: &str, width: usize) -> Vec<VisualLine> {
    let mut lines = Vec::new();
    let mut push = |kind, ranges: Vec<Range<usize>>, offset: usize| {
        for r in ranges {
            lines.push(VisualLine {
                kind,
                range: r.start + offset..r.end + offset,
            });
        }
    };
    push(LineKind::Headline, wrap_ranges(&article.title, width), 0);
    if !meta.is_empty() {
        push(LineKind::Meta, wrap_ranges(meta, width), 0);
    }
    for p in &article.paragraphs {
        let kind = match p.kind {
            ParagraphKind::Body => LineKind::Body,
            ParagraphKind::Caption => LineKind::Caption,
        };
        push(
            LineKind::Blank,
            std::iter::once(p.range.start..p.range.start).collect(),
            0,
        );
        let text = &article.text[p.range.clone()];
        push(kind, wrap_ranges(text, width), p.range.start);
    }
    lines
}

/// The first text line whose range ends after byte `pos`.
fn line_of(lines: &[VisualLine], pos: usize) -> usize {
    let first = lines
        .iter()
        .position(|l| matches!(l.kind, LineKind::Blank | LineKind::Body | LineKind::Caption))
        .unwrap_or(lines.len());
    let text = &lines[first..];
    let i = text.partition_point(|l| l.range.end <= pos);
    (first + i).min(lines.len().saturating_sub(1))
}

/// Quotations of the article and the names of the speakers quoted in it.
fn marks(corpus: &Corpus, article: &Article, statements: &[StatementId]) -> Vec<Mark> {
    let mut out: Vec<Mark> = statements
        .iter()
        .map(|&s| {
            let st = &corpus.statements[s];
            Mark {
                range: st.range.clone(),
                kind: MarkKind::Quote {
                    statement: s,
                    speaker: st.speaker,
                },
            }
        })
        .collect();
    let mut names: Vec<Mark> = Vec::new();
    for e in &corpus.entities {
        let Some(speaker) = e.speaker else { continue };
        for m in e.mentions.iter().filter(|m| m.article == article.id) {
            names.push(Mark {
                range: m.range.clone(),
                kind: MarkKind::Name { speaker },
            });
        }
    }
    // Speakers quoted here, by every form of their name, so names are marked
    // even when the entity pass found no mention.
    let mut quoted: Vec<SpeakerId> = statements
        .iter()
        .filter_map(|&s| corpus.statements[s].speaker)
        .collect();
    quoted.sort_unstable();
    quoted.dedup();
    for id in quoted {
        let Some(sp) = corpus.speakers.get(id) else {
            continue;
        };
        for form in std::iter::once(&sp.name).chain(&sp.aliases) {
            for (at, _) in article.text.match_indices(form.as_str()) {
                if is_word_bounded(&article.text, at..at + form.len()) {
                    names.push(Mark {
                        range: at..at + form.len(),
                        kind: MarkKind::Name { speaker: id },
                    });
                }
            }
        }
    }
    // Longest names first, so "Dmitry Peskov" wins over "Peskov".
    names.sort_by_key(|m| (m.range.start, std::cmp::Reverse(m.range.end)));
    out.sort_by_key(|m| m.range.start);
    for n in names {
        if !out
            .iter()
            .any(|m| m.range.start < n.range.end && n.range.start < m.range.end)
        {
            let at = out.partition_point(|m| m.range.start < n.range.start);
            out.insert(at, n);
        }
    }
    out
}

fn is_word_bounded(text: &str, r: Range<usize>) -> bool {
    let before = text[..r.start].chars().next_back();
    let after = text[r.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_ranges_cover_the_words_in_order() {
        let text = "The quick brown fox jumps over the lazy dog again and again";
        let ranges = wrap_ranges(text, 10);
        assert!(ranges.len() > 4);
        let rebuilt: Vec<&str> = ranges.iter().map(|r| text[r.clone()].trim()).collect();
        assert_eq!(rebuilt.join(" "), text);
        assert!(ranges.iter().all(|r| text[r.clone()].chars().count() <= 10));
    }

    #[test]
    fn width_zero_does_not_loop_or_panic() {
        assert!(!wrap_ranges("abc def", 0).is_empty());
    }

    #[test]
    fn word_bounds() {
        assert!(is_word_bounded("Mr Peskov said", 3..9));
        assert!(!is_word_bounded("Peskovs", 0..6));
    }
}
