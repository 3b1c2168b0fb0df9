//! The corpus: articles loaded, cleaned and attributed, immutable after load.

mod article;
mod clean;
mod dates;
#[doc(hidden)]
pub mod hostile;
mod load;
mod sanitize;

pub use article::{
    content_hash, Article, ArticleId, DateMention, Paragraph, ParagraphKind, TextDate,
};
pub use clean::{clean, Cleaned};
pub use load::{
    builtin_sources, collect_files, decode, read_files, LoadError, LoadReport, LoadWarning,
    SkipReason, Skipped, Source,
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
        Ok(Corpus::from_sources(sources, report))
    }

    /// Build from already-decoded sources: sanitize, clean, attribute.
    pub fn from_sources(sources: Vec<Source>, report: LoadReport) -> Corpus {
        let articles: Vec<Article> = sources
            .into_par_iter()
            .enumerate()
            .map(|(id, s)| build_article(id, s))
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

/// Sanitize, clean and date one source.
pub fn build_article(id: ArticleId, source: Source) -> Article {
    let cleaned = clean(&sanitize(&source.text));
    let dates = dates::mentions(&cleaned.text);
    let date = dates::inferred(&dates);
    let title = if cleaned.title.is_empty() {
        source.name.clone()
    } else {
        cleaned.title
    };
    Article {
        id,
        hash: content_hash(&cleaned.text),
        file: source.name,
        source: source.origin,
        title,
        outlet: cleaned.outlet,
        dateline: cleaned.dateline,
        wires: cleaned.wires,
        reading_time: cleaned.reading_time,
        dates,
        date,
        text: cleaned.text,
        paragraphs: cleaned.paragraphs,
    }
}
