//! RSS 2.0 and Atom feeds whose items carry the full article: one article per
//! item, the channel's title as the outlet unless the item names its own source.

use super::xml::{self, Element};
use super::{body_paragraphs, item_name, one_line, structured, Parsed};
use crate::corpus::load::{SkipReason, SourceMeta};

/// Parse a feed file into one source per item with text.
pub fn parse(name: &str, origin: &str, text: &str) -> Result<Parsed, SkipReason> {
    let root = xml::parse(text).map_err(SkipReason::Malformed)?;
    let (outlet, items): (Option<String>, Vec<&Element>) = match root.local() {
        "rss" => {
            let channel = root
                .child("channel")
                .ok_or_else(|| SkipReason::Malformed("RSS without <channel>".into()))?;
            (
                channel.child_text("title"),
                channel.children_named("item").collect(),
            )
        }
        // RSS 1.0 (RDF): items are siblings of the channel.
        "RDF" => (
            root.child("channel").and_then(|c| c.child_text("title")),
            root.children_named("item").collect(),
        ),
        "feed" => (
            root.child_text("title"),
            root.children_named("entry").collect(),
        ),
        other => {
            return Err(SkipReason::Malformed(format!(
                "XML root <{other}> is not an RSS or Atom feed"
            )))
        }
    };
    let mut parsed = Parsed::default();
    for (i, item) in items.iter().enumerate() {
        let label = item.child_text("title").map_or_else(
            || format!("item {}", i + 1),
            |t| format!("item “{}”", one_line(&t)),
        );
        let paragraphs = body(item);
        if paragraphs.is_empty() {
            parsed.warnings.push(format!("{label}: no text"));
            continue;
        }
        let meta = SourceMeta {
            title: item.child_text("title").map(|t| one_line(&t)),
            outlet: item
                .child("source")
                .and_then(|s| {
                    Some(s.text.trim().to_string())
                        .filter(|t| !t.is_empty())
                        .or_else(|| s.child_text("title"))
                })
                .or_else(|| outlet.clone()),
            date: ["pubDate", "published", "dc:date", "updated"]
                .iter()
                .find_map(|n| item.child_text(n)),
            url: link(item),
            structured: true,
        };
        parsed.sources.push(structured(
            item_name(name, i + 1),
            item_name(origin, i + 1),
            &paragraphs,
            meta,
        ));
    }
    if parsed.sources.is_empty() && !items.is_empty() {
        return Err(SkipReason::Malformed("no feed item carries text".into()));
    }
    Ok(parsed)
}

/// The fullest text an item carries: `content:encoded` or Atom `content`,
/// else the description or summary.
fn body(item: &Element) -> Vec<String> {
    for name in ["content:encoded", "content", "description", "summary"] {
        if let Some(el) = item.child(name) {
            let paragraphs = if el.attr("type") == Some("xhtml") {
                let text: Vec<String> = el.children.iter().flat_map(flatten).collect();
                text
            } else {
                body_paragraphs(&el.text)
            };
            if !paragraphs.is_empty() {
                return paragraphs;
            }
        }
    }
    Vec::new()
}

/// Inline XHTML content (Atom `type="xhtml"`): the text of each block.
fn flatten(el: &Element) -> Vec<String> {
    let blocks = ["p", "li", "blockquote", "h1", "h2", "h3", "h4", "pre"];
    if blocks.contains(&el.local()) && !el.children.iter().any(|c| blocks.contains(&c.local())) {
        let mut s = String::new();
        all_text(el, &mut s);
        let s = one_line(&s);
        return if s.is_empty() { Vec::new() } else { vec![s] };
    }
    el.children.iter().flat_map(flatten).collect()
}

fn all_text(el: &Element, out: &mut String) {
    // Text and children interleave in the source; the tree keeps them apart,
    // which only matters for inline markup inside a block.
    out.push_str(&el.text);
    for c in &el.children {
        out.push(' ');
        all_text(c, out);
    }
}

/// The item's web address: RSS `<link>`, Atom `<link rel="alternate" href>`, or a permalink guid.
fn link(item: &Element) -> Option<String> {
    if let Some(t) = item.child_text("link") {
        return Some(t);
    }
    let atom = item
        .children_named("link")
        .find(|l| matches!(l.attr("rel"), None | Some("alternate")))
        .and_then(|l| l.attr("href"));
    if let Some(h) = atom {
        return Some(h.to_string());
    }
    item.child("guid")
        .filter(|g| g.attr("isPermaLink") != Some("false"))
        .map(|g| g.text.trim().to_string())
        .filter(|g| g.starts_with("http"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_become_articles() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Daily &amp; Co</title>
<item><title>One</title><link>https://x/1</link><pubDate>Tue, 13 Apr 2021 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>First “quote,” he said.</p><p>Second.</p>]]></content:encoded></item>
<item><title>Empty</title></item></channel></rss>"#;
        let p = parse("f.xml", "/d/f.xml", rss).unwrap();
        assert_eq!(p.sources.len(), 1);
        let s = &p.sources[0];
        assert_eq!(s.source.name, "f.xml#1");
        assert_eq!(s.source.text, "First “quote,” he said.\n\nSecond.");
        assert_eq!(s.meta.outlet.as_deref(), Some("Daily & Co"));
        assert_eq!(s.meta.url.as_deref(), Some("https://x/1"));
        assert_eq!(p.warnings, ["item “Empty”: no text"]);
    }

    #[test]
    fn broken_xml_is_malformed() {
        assert!(matches!(
            parse("f.xml", "f", "<rss><channel><item></channel></rss>"),
            Err(SkipReason::Malformed(_))
        ));
        assert!(matches!(
            parse("f.xml", "f", "<html><body/></html>"),
            Err(SkipReason::Malformed(_))
        ));
    }
}
