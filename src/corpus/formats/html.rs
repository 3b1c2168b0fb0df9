//! Web pages saved from a browser: the main article text by readability-style
//! scoring (`dom_smoothie`, a port of Mozilla's Readability), and the metadata
//! pages declare for link previews (Open Graph, `article:*`, canonical link).

use super::{one_line, structured};
use crate::corpus::load::{LoadedSource, SkipReason, SourceMeta};
use dom_query::Document;
use regex::Regex;
use std::sync::LazyLock;

/// Block elements whose text is one paragraph each.
/// `div` counts only when it holds no other block (sites that set paragraphs as divs).
const BLOCKS: &str = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, div";

/// Parse a full page into one source.
pub fn parse(name: &str, origin: &str, html: &str) -> Result<LoadedSource, SkipReason> {
    let doc = Document::from(html);
    let meta = page_meta(&doc);
    let config = dom_smoothie::Config {
        // Keep short pages (a brief with three quotes is still an article).
        char_threshold: 200,
        ..dom_smoothie::Config::default()
    };
    let extracted = dom_smoothie::Readability::with_document(doc.clone(), None, Some(config))
        .ok()
        .and_then(|mut r| r.parse().ok());
    let mut paragraphs = extracted
        .as_ref()
        .map(|a| fragment_paragraphs(&a.content))
        .unwrap_or_default();
    if paragraphs.is_empty() {
        // Readability found nothing it trusts: every paragraph of the body
        // (only `p` and quotes: lists and divs there are mostly navigation).
        paragraphs = leaf_blocks(&doc, "body", "p, blockquote");
    }
    let title = meta
        .title
        .clone()
        .or_else(|| extracted.as_ref().map(|a| a.title.clone()))
        .map(|t| one_line(&t))
        .filter(|t| !t.is_empty());
    // The headline often opens the extracted content as well.
    if let (Some(t), Some(first)) = (&title, paragraphs.first()) {
        if first == t {
            paragraphs.remove(0);
        }
    }
    if paragraphs.is_empty() {
        return Err(SkipReason::Malformed("no article text in the page".into()));
    }
    let meta = SourceMeta {
        title,
        outlet: meta
            .outlet
            .or_else(|| extracted.as_ref().and_then(|a| a.site_name.clone())),
        date: meta
            .date
            .or_else(|| extracted.as_ref().and_then(|a| a.published_time.clone())),
        url: meta
            .url
            .or_else(|| extracted.as_ref().and_then(|a| a.url.clone())),
        structured: true,
    };
    Ok(structured(name.into(), origin.into(), &paragraphs, meta))
}

/// Metadata a page states in its head.
fn page_meta(doc: &Document) -> SourceMeta {
    let meta = |selectors: &[&str]| -> Option<String> {
        selectors.iter().find_map(|s| {
            doc.select(s)
                .iter()
                .find_map(|m| m.attr("content").or_else(|| m.attr("datetime")))
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        })
    };
    let title = meta(&[
        r#"meta[property="og:title"]"#,
        r#"meta[name="twitter:title"]"#,
    ])
    .or_else(|| {
        let t = one_line(&doc.select("head title").text());
        (!t.is_empty()).then_some(t)
    });
    let url = doc
        .select(r#"link[rel="canonical"]"#)
        .attr("href")
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| meta(&[r#"meta[property="og:url"]"#]));
    SourceMeta {
        title,
        outlet: meta(&[
            r#"meta[property="og:site_name"]"#,
            r#"meta[name="application-name"]"#,
            r#"meta[name="publisher"]"#,
        ]),
        date: meta(&[
            r#"meta[property="article:published_time"]"#,
            r#"meta[name="article:published_time"]"#,
            r#"meta[itemprop="datePublished"]"#,
            r#"meta[name="pubdate"]"#,
            r#"meta[name="date"]"#,
            r#"meta[name="dc.date"]"#,
            r#"meta[property="og:published_time"]"#,
            "time[datetime]",
        ]),
        url,
        structured: true,
    }
}

/// Paragraphs of an HTML fragment (extracted content, feed item bodies):
/// the text of each innermost block element, figures and scripts left out.
/// A fragment without blocks is split at line breaks.
pub fn fragment_paragraphs(html: &str) -> Vec<String> {
    static BR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)<br\s*/?>").unwrap());
    let html = BR.replace_all(html, "\n");
    let doc = Document::fragment(html.as_ref());
    doc.select("script, style, noscript, figure, figcaption, nav, aside, form, button")
        .remove();
    let blocks = leaf_blocks(&doc, "html", BLOCKS);
    if blocks.is_empty() {
        super::text_paragraphs(&doc.text())
    } else {
        blocks
    }
}

/// Text of every `blocks` element under `root` that holds no other block.
fn leaf_blocks(doc: &Document, root: &str, blocks: &str) -> Vec<String> {
    doc.select(root)
        .select(blocks)
        .iter()
        .filter(|b| !b.select(BLOCKS).exists())
        .map(|b| one_line(&b.text()))
        .filter(|t| !t.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_page_falls_back_to_its_paragraphs() {
        let s = parse(
            "p.html",
            "p.html",
            "<html><head><title>Brief</title></head><body><p>“Short,” she said.</p></body></html>",
        )
        .unwrap();
        assert_eq!(s.source.text, "“Short,” she said.");
        assert_eq!(s.meta.title.as_deref(), Some("Brief"));
    }

    #[test]
    fn page_without_text_is_malformed() {
        assert!(matches!(
            parse("e.html", "e.html", "<html><body><nav></nav></body></html>"),
            Err(SkipReason::Malformed(_))
        ));
    }

    #[test]
    fn fragment_blocks_and_line_breaks() {
        assert_eq!(
            fragment_paragraphs("<p>One <b>bold</b>\n word.</p><blockquote><p>Two.</p></blockquote><figure><figcaption>Cap</figcaption></figure>"),
            ["One bold word.", "Two."]
        );
        assert_eq!(
            fragment_paragraphs("First line.<br><br/>Second line."),
            ["First line.", "Second line."]
        );
    }
}
