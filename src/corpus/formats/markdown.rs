//! Markdown (notes, read-later exports, static-site posts): markup stripped to
//! text paragraphs, the first heading as the title, and simple `---` front
//! matter (`title:`, `date:`, `source:`, `url:`) as metadata.

use super::{one_line, structured};
use crate::corpus::load::{LoadedSource, SourceMeta};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Parse a Markdown file into one source. Markdown never fails to parse.
pub fn parse(name: &str, origin: &str, text: &str) -> LoadedSource {
    let (front, body) = front_matter(text);
    let mut meta = SourceMeta {
        title: front.get("title").cloned(),
        outlet: ["source", "outlet", "site", "publisher"]
            .iter()
            .find_map(|k| front.get(*k).cloned()),
        date: ["date", "published"]
            .iter()
            .find_map(|k| front.get(*k).cloned()),
        url: ["url", "link", "canonical"]
            .iter()
            .find_map(|k| front.get(*k).cloned()),
        structured: true,
    };
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut heading = false;
    let mut skip = 0usize;
    for event in Parser::new(body) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = true,
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. } | Tag::HtmlBlock) => skip += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::Image | TagEnd::HtmlBlock) => {
                skip = skip.saturating_sub(1);
            }
            Event::Text(t) | Event::Code(t) if skip == 0 => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::End(TagEnd::Heading(_)) => {
                heading = false;
                let h = one_line(&std::mem::take(&mut current));
                if meta.title.is_none() && !h.is_empty() {
                    meta.title = Some(h);
                } else if !h.is_empty() && meta.title.as_deref() != Some(h.as_str()) {
                    paragraphs.push(h);
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableRow) if !heading => {
                let p = one_line(&std::mem::take(&mut current));
                if !p.is_empty() {
                    paragraphs.push(p);
                }
            }
            Event::End(TagEnd::TableCell) => current.push_str(" | "),
            _ => {}
        }
    }
    let tail = one_line(&current);
    if !tail.is_empty() {
        paragraphs.push(tail);
    }
    structured(name.into(), origin.into(), &paragraphs, meta)
}

/// Split off `---` front matter: simple `key: value` lines (quotes trimmed).
fn front_matter(text: &str) -> (std::collections::HashMap<String, String>, &str) {
    let mut map = std::collections::HashMap::new();
    let t = text.trim_start_matches('\u{feff}');
    let Some(rest) = t
        .strip_prefix("---\n")
        .or_else(|| t.strip_prefix("---\r\n"))
    else {
        return (map, text);
    };
    let Some(end) = rest.find("\n---") else {
        return (map, text);
    };
    for line in rest[..end].lines() {
        if let Some((k, v)) = line.split_once(':') {
            let v = v.trim().trim_matches(['"', '\'']).trim();
            if !v.is_empty() {
                map.insert(k.trim().to_ascii_lowercase(), v.to_string());
            }
        }
    }
    let after = &rest[end + 4..];
    let body = after.split_once('\n').map_or("", |(_, b)| b);
    (map, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_title_and_stripped_markup() {
        let s = parse(
            "n.md",
            "n.md",
            "# The *Title*\n\nSome **bold** and [a link](http://x).\nWrapped.\n\n> “Quoted,” she said.\n\n- item one\n\n```\ncode\n```\n",
        );
        assert_eq!(s.meta.title.as_deref(), Some("The Title"));
        assert_eq!(
            s.source.text,
            "Some bold and a link. Wrapped.\n\n“Quoted,” she said.\n\nitem one"
        );
    }

    #[test]
    fn front_matter_wins() {
        let s = parse(
            "n.md",
            "n.md",
            "---\ntitle: \"From front\"\ndate: 2021-04-13\nsource: Daily\n---\n# Heading\n\nBody.\n",
        );
        assert_eq!(s.meta.title.as_deref(), Some("From front"));
        assert_eq!(s.meta.outlet.as_deref(), Some("Daily"));
        assert_eq!(s.source.text, "Heading\n\nBody.");
    }
}
