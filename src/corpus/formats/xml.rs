//! A small element tree over `quick-xml` events: feeds are small, and walking
//! a tree is clearer than a hand-written state machine per feed dialect.

use quick_xml::events::Event;
use quick_xml::Reader;

/// One element: its qualified name (`content:encoded`), attributes and
/// children; `text` is its own text and CDATA, entities resolved.
#[derive(Debug, Default)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    /// Local part of the name (`encoded` for `content:encoded`).
    pub fn local(&self) -> &str {
        self.name.rsplit(':').next().unwrap_or(&self.name)
    }

    /// The first child named `name` (qualified name, or local name when `name` has no prefix).
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.is(name))
    }

    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> {
        self.children.iter().filter(move |c| c.is(name))
    }

    fn is(&self, name: &str) -> bool {
        if name.contains(':') {
            self.name == name
        } else {
            self.name == name || (self.local() == name && !self.name.starts_with("media:"))
        }
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Trimmed text of the first child `name`, if not empty.
    pub fn child_text(&self, name: &str) -> Option<String> {
        self.child(name)
            .map(|c| c.text.trim().to_string())
            .filter(|t| !t.is_empty())
    }
}

/// Parse a whole document; the root element, or a message saying what is wrong.
pub fn parse(text: &str) -> Result<Element, String> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("XML error at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(s) | Event::Empty(s) if matches!(event, Event::Empty(_)) => {
                let el = element(&s)?;
                stack.last_mut().expect("root").children.push(el);
            }
            Event::Start(s) => stack.push(element(&s)?),
            Event::End(_) => {
                let el = stack.pop().expect("balanced");
                let Some(parent) = stack.last_mut() else {
                    return Err("unbalanced closing tag".into());
                };
                parent.children.push(el);
            }
            Event::Text(t) => {
                let s = t.xml10_content();
                stack.last_mut().expect("root").text.push_str(&s);
            }
            Event::CData(c) => {
                let s = c.xml10_content();
                stack.last_mut().expect("root").text.push_str(&s);
            }
            Event::GeneralRef(r) => {
                let resolved = if let Ok(Some(c)) = r.resolve_char_ref() {
                    c.to_string()
                } else {
                    let name: &str = &r;
                    quick_xml::escape::resolve_predefined_entity(name)
                        .map_or_else(|| format!("&{name};"), str::to_string)
                };
                stack.last_mut().expect("root").text.push_str(&resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err(format!(
            "unclosed element <{}>",
            stack.last().map_or("", |e| e.name.as_str())
        ));
    }
    let mut doc = stack.pop().expect("root");
    doc.children
        .pop()
        .filter(|_| doc.children.is_empty())
        .ok_or_else(|| "no single root element".to_string())
}

fn element(s: &quick_xml::events::BytesStart<'_>) -> Result<Element, String> {
    let name = s.name().as_ref().to_string();
    let mut attrs = Vec::new();
    for a in s.attributes() {
        let a = a.map_err(|e| format!("bad attribute in <{name}>: {e}"))?;
        let key = a.key.as_ref().to_string();
        let value = a
            .normalized_value(quick_xml::XmlVersion::default())
            .map_err(|e| format!("bad attribute in <{name}>: {e}"))?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(Element {
        name,
        attrs,
        ..Element::default()
    })
}
