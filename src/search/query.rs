//! Query parsing: a scope prefix, then space-separated terms that must all match.
//!
//! `@` searches speakers, `"` statements, `#` titles; `'term` matches a word
//! exactly (as a substring, like fzf), `!term` excludes items containing it.
//! Everything is lowercased: search is case-insensitive.

use super::Kind;

/// Which kinds of items a query looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Everything: titles, statements, speakers and paragraphs.
    All,
    /// Only one kind of item.
    Only(Kind),
}

impl Scope {
    /// Whether items of `kind` are searched.
    pub fn includes(self, kind: Kind) -> bool {
        match self {
            Scope::All => true,
            Scope::Only(k) => k == kind,
        }
    }

    /// A short label for the popup ("all", "speakers"…).
    pub fn label(self) -> &'static str {
        match self {
            Scope::All => "all",
            Scope::Only(k) => k.plural(),
        }
    }
}

/// How one term matches a word.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TermMode {
    /// Characters in order, gaps allowed, scored by `SkimMatcherV2`.
    Fuzzy,
    /// The word contains the term as written.
    Exact,
}

/// One required term (already lowercased, only letters and digits).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Term {
    pub text: String,
    pub mode: TermMode,
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Where to search; `None` means the prefix left it open (all kinds).
    pub scope: Option<Kind>,
    /// Terms that must all match, in the order typed.
    pub terms: Vec<Term>,
    /// Words that must not occur (matched exactly, as substrings).
    pub excluded: Vec<String>,
}

impl Query {
    /// Parse the text typed in the popup or on the command line.
    pub fn parse(input: &str) -> Query {
        let mut rest = input.trim_start();
        let scope = match rest.chars().next() {
            Some('@') => Some(Kind::Speaker),
            Some('"') => Some(Kind::Statement),
            Some('#') => Some(Kind::Title),
            _ => None,
        };
        if scope.is_some() {
            rest = &rest[1..];
        }
        let mut query = Query {
            scope,
            ..Query::default()
        };
        for raw in rest.split_whitespace() {
            let (mode, body, exclude) = if let Some(b) = raw.strip_prefix('!') {
                (TermMode::Exact, b.strip_prefix('\'').unwrap_or(b), true)
            } else if let Some(b) = raw.strip_prefix('\'') {
                (TermMode::Exact, b, false)
            } else {
                (TermMode::Fuzzy, raw, false)
            };
            // Words are runs of letters and digits, so a term is too: "o'brien"
            // becomes two terms that must both match, as the text is indexed.
            for part in words(body) {
                if exclude {
                    query.excluded.push(part);
                } else {
                    query.terms.push(Term {
                        text: part,
                        mode: mode.clone(),
                    });
                }
            }
        }
        query
    }

    /// The scope, with "no prefix" meaning all kinds.
    pub fn effective_scope(&self) -> Scope {
        self.scope.map_or(Scope::All, Scope::Only)
    }

    /// True when every item matching `self` also matches `previous`, so the
    /// previous keystroke's survivors can be narrowed instead of searching again.
    pub fn refines(&self, previous: &Query) -> bool {
        self.scope == previous.scope
            && previous.excluded.iter().all(|e| self.excluded.contains(e))
            && previous
                .terms
                .iter()
                .all(|old| self.terms.iter().any(|new| term_refines(new, old)))
    }

    /// True when nothing positive was typed.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Whether every word matching `new` also matches `old`.
fn term_refines(new: &Term, old: &Term) -> bool {
    match (&new.mode, &old.mode) {
        (_, TermMode::Exact) => new.mode == TermMode::Exact && new.text.contains(&old.text),
        // A word containing `new` holds its characters in order, so the
        // subsequence test serves both modes of `new`.
        (_, TermMode::Fuzzy) => is_subsequence(&old.text, &new.text),
    }
}

/// Whether the characters of `needle` occur in `hay` in order.
pub fn is_subsequence(needle: &str, hay: &str) -> bool {
    let mut hay = hay.chars();
    needle.chars().all(|c| hay.any(|h| h == c))
}

/// The lowercased words of `text`: maximal runs of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    word_spans(text).map(move |(s, e)| text[s..e].chars().flat_map(char::to_lowercase).collect())
}

/// Byte spans of the words of `text`.
pub fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = iter.by_ref().find(|(_, c)| c.is_alphanumeric())?;
        let mut end = text.len();
        while let Some(&(i, c)) = iter.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            iter.next();
        }
        Some((start, end))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fuzzy(t: &str) -> Term {
        Term {
            text: t.into(),
            mode: TermMode::Fuzzy,
        }
    }

    #[test]
    fn scopes_by_prefix() {
        assert_eq!(Query::parse("@peskov").scope, Some(Kind::Speaker));
        assert_eq!(Query::parse("\"red lines").scope, Some(Kind::Statement));
        assert_eq!(Query::parse("#troops").scope, Some(Kind::Title));
        assert_eq!(Query::parse("troops").scope, None);
        assert_eq!(Query::parse("  @x").terms, vec![fuzzy("x")]);
        assert_eq!(
            Query::parse("#").effective_scope(),
            Scope::Only(Kind::Title)
        );
        assert!(Query::parse("#").is_empty());
    }

    #[test]
    fn terms_exact_and_excluded() {
        let q = Query::parse("Red 'LINES !nato !'kremlin");
        assert_eq!(
            q.terms,
            vec![
                fuzzy("red"),
                Term {
                    text: "lines".into(),
                    mode: TermMode::Exact
                }
            ]
        );
        assert_eq!(q.excluded, vec!["nato".to_string(), "kremlin".to_string()]);
    }

    #[test]
    fn punctuation_splits_terms_like_the_text() {
        let q = Query::parse("o'brien u.s.");
        let texts: Vec<_> = q.terms.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["o", "brien", "u", "s"]);
        assert!(Query::parse("! ' ...").is_empty());
    }

    #[test]
    fn refinement_follows_typing() {
        let p = |s| Query::parse(s);
        assert!(p("pesk").refines(&p("pes")));
        assert!(p("red lines").refines(&p("red")));
        assert!(p("red l").refines(&p("red")));
        assert!(p("blnkn concern").refines(&p("blnk")));
        assert!(!p("pes").refines(&p("pesk")));
        assert!(!p("@pesk").refines(&p("pes")));
        assert!(!p("pes").refines(&p("pes !x")));
        assert!(p("pes !x").refines(&p("pes")));
        assert!(p("'pesk").refines(&p("pes")));
        assert!(!p("pesk").refines(&p("'pes")));
        assert!(p("'pesk").refines(&p("'pes")));
    }

    #[test]
    fn word_spans_handle_unicode() {
        let t = "Zelensky’s “red lines” — déjà vu 2021";
        let w: Vec<_> = words(t).collect();
        assert_eq!(w, ["zelensky", "s", "red", "lines", "déjà", "vu", "2021"]);
    }
}
