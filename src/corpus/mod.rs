//! The corpus: articles loaded, cleaned and attributed, immutable after load.

mod article;
mod clean;
mod dates;
#[doc(hidden)]
pub mod hostile;

pub mod formats;
mod load;
mod sanitize;

pub use article::{
    content_hash, Article, ArticleId, DateMention, Paragraph, ParagraphKind, TextDate,
};
pub use clean::{clean, Cleaned};
pub use load::{
    builtin_sources, collect_files, decode, read_files, LoadError, LoadReport, LoadWarning,
    LoadedSource, SkipReason, Skipped, Source, SourceMeta,
};
pub use sanitize::{sanitize, visible};

use crate::attribution::{self, Entity, Speaker, Statement};
use rayon::prelude::*;
use std::path::PathBuf;

/// Everything quoth knows about a set of articles.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub statements: Vec<Statement>,
    pub speakers: Vec<Speaker>,
    pub entities: Vec<Entity>,
    /// What loading skipped or warned about, for the status bar and stderr.
    pub report: LoadReport,
}

impl Corpus {
    /// The five built-in articles.
    pub fn builtin() -> Corpus {
        let sources = builtin_sources();
        let report = LoadReport {
            loaded: sources.len(),
            ..LoadReport::default()
        };
        Corpus::from_sources(sources, report)
    }

    /// Load files and folders. Fails only when a path is missing or unusable;
    /// bad files inside are skipped and reported.
    pub fn load(paths: &[PathBuf]) -> Result<Corpus, LoadError> {
        let files = collect_files(paths)?;
        let (sources, mut report) = read_files(&files);
        report.loaded = sources.len();
        Ok(Corpus::from_loaded(sources, report))
    }

    /// Build from already-decoded plain sources: sanitize, clean, attribute.
    pub fn from_sources(sources: Vec<Source>, report: LoadReport) -> Corpus {
        let loaded = sources
            .into_iter()
            .map(|source| LoadedSource {
                source,
                meta: SourceMeta::default(),
            })
            .collect();
        Corpus::from_loaded(loaded, report)
    }

    /// Build from sources with the metadata their format stated.
    pub fn from_loaded(sources: Vec<LoadedSource>, report: LoadReport) -> Corpus {
        let articles: Vec<Article> = sources
            .into_par_iter()
            .enumerate()
            .map(|(id, s)| build_article_with(id, s.source, &s.meta))
            .collect();
        let attribution::Attribution {
            statements,
            speakers,
            entities,
        } = attribution::attribute(&articles);
        Corpus {
            articles,
            statements,
            speakers,
            entities,
            report,
        }
    }

    /// Statements of one article, in text order.
    pub fn statements_in(&self, article: ArticleId) -> impl Iterator<Item = &Statement> {
        self.statements.iter().filter(move |s| s.article == article)
    }
}

/// Sanitize, clean and date one plain source.
pub fn build_article(id: ArticleId, source: Source) -> Article {
    build_article_with(id, source, &SourceMeta::default())
}

/// Sanitize, clean and date one source. Metadata the file states (title,
/// outlet, date, URL) wins over what cleaning infers from the text.
pub fn build_article_with(id: ArticleId, source: Source, meta: &SourceMeta) -> Article {
    let one_line = |s: &str| formats::one_line(&sanitize(s));
    let title_meta = meta
        .title
        .as_deref()
        .map(one_line)
        .filter(|t| !t.is_empty());
    // A structured body has no headline line of its own: give cleaning one, so
    // it does not take the first paragraph for the title.
    let raw = match (&title_meta, meta.structured) {
        (Some(t), true) => format!("{t}\n\n{}", source.text),
        _ => source.text,
    };
    let cleaned = clean(&sanitize(&raw));
    let dates = dates::mentions(&cleaned.text);
    let date = meta
        .date
        .as_deref()
        .and_then(formats::parse_date)
        .or_else(|| dates::inferred(&dates));
    let title = title_meta
        .or_else(|| (!cleaned.title.is_empty()).then_some(cleaned.title))
        .unwrap_or_else(|| source.name.clone());
    let outlet = meta
        .outlet
        .as_deref()
        .map(one_line)
        .filter(|o| !o.is_empty())
        .or(cleaned.outlet);
    Article {
        id,
        hash: content_hash(&cleaned.text),
        file: source.name,
        source: source.origin,
        title,
        outlet,
        dateline: cleaned.dateline,
        wires: cleaned.wires,
        reading_time: cleaned.reading_time,
        dates,
        date,
        text: cleaned.text,
        paragraphs: cleaned.paragraphs,
        url: meta.url.as_deref().map(one_line).filter(|u| !u.is_empty()),
    }
}
