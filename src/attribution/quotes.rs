//! Quotation spans: which stretches of a paragraph sit between quotation marks.
//!
//! Marks are classified by their neighbours, because straight quotes and the
//! right single quote serve several purposes: `"` opens after a space and closes
//! after a word; `’` between letters is an apostrophe (Russia’s), after a plural
//! `s` before a lowercase word a possessive (States’ support). A span never
//! crosses a paragraph unless the next paragraph reopens the quotation, so an
//! unbalanced mark cannot swallow the rest of the article.

use std::ops::Range;

/// One quotation found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Bytes inside the marks (absolute offsets in the article text).
    pub inner: Range<usize>,
    /// Bytes including the marks.
    pub outer: Range<usize>,
    /// Runs to the paragraph end because the quotation continues in the next one.
    pub continues: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    OpenDouble,
    CloseDouble,
    OpenSingle,
    CloseSingle,
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\''
                )
        }
    }
}

/// Classify the mark `c` from its neighbours; `None` when it is not a quotation mark here.
fn classify(c: char, prev: Option<char>, rest: &str) -> Option<Mark> {
    let next = rest.chars().next();
    let next_is_word = next.is_some_and(char::is_alphanumeric);
    let prev_is_word = prev.is_some_and(char::is_alphanumeric);
    match c {
        '“' | '„' | '«' => Some(Mark::OpenDouble),
        '”' | '»' => Some(Mark::CloseDouble),
        '"' => {
            let next_space = next.is_none_or(char::is_whitespace);
            if is_opening_context(prev) && !next_space {
                Some(Mark::OpenDouble)
            } else if prev.is_some_and(|p| !p.is_whitespace()) {
                Some(Mark::CloseDouble)
            } else {
                None
            }
        }
        '‘' | '’' | '\'' => {
            if prev_is_word && next_is_word {
                return None; // apostrophe inside a word: Russia’s, don't
            }
            if is_opening_context(prev) && next_is_word {
                // ’90s, ’n’: a decade or elision, not an opening mark.
                let b = rest.as_bytes();
                if b.len() >= 3 && b[0].is_ascii_digit() && b[1].is_ascii_digit() && b[2] == b's' {
                    return None;
                }
                if c == '’' {
                    return None;
                }
                return Some(Mark::OpenSingle);
            }
            if prev.is_some_and(|p| !p.is_whitespace()) && !next_is_word {
                return Some(Mark::CloseSingle);
            }
            None
        }
        _ => None,
    }
}

/// Is the single closing mark at `pos` more likely a plural possessive (the
/// ministers' claims) than the end of a quotation?
/// Only when another closing mark follows in the paragraph: 'disastrous' and … closes.
fn looks_possessive(text: &str, pos: usize, mark_len: usize) -> bool {
    let before = &text[..pos];
    let after = &text[pos + mark_len..];
    before.ends_with('s')
        && after.starts_with(' ')
        && after[1..].chars().next().is_some_and(char::is_lowercase)
        && has_later_single_close(after)
}

/// Is the next single mark (apostrophes inside words aside) one that closes a
/// quotation? If the next one opens a new quotation instead, the mark at hand
/// must have been the closer.
fn has_later_single_close(text: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut it = text.chars().peekable();
    while let Some(c) = it.next() {
        if matches!(c, '\'' | '’' | '‘') {
            let next_word = it.peek().is_some_and(|n| n.is_alphanumeric());
            let prev_word = prev.is_some_and(char::is_alphanumeric);
            if prev_word && next_word {
                prev = Some(c);
                continue; // apostrophe
            }
            return prev.is_some_and(|p| !p.is_whitespace()) && !next_word;
        }
        prev = Some(c);
    }
    false
}

/// Quotation spans of one paragraph. `base` is the paragraph's offset in the
/// article text; `next_opens` says whether the next paragraph opens with a mark.
pub fn find_in_paragraph(text: &str, base: usize, next_opens: bool) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    // Only bytes that can open a mark are looked at: `"`, `'`, and the lead
    // bytes of « » (0xC2) and “ ” „ ‘ ’ (0xE2); the character before a mark
    // is read back from the text.
    let bytes = text.as_bytes();
    let mut at = 0;
    // 0xC2 (rare) is searched apart from the other three (memchr3), and its
    // next position kept until passed.
    let mut next_c2 = memchr::memchr(0xC2, bytes).unwrap_or(usize::MAX);
    loop {
        if next_c2 < at {
            next_c2 = memchr::memchr(0xC2, &bytes[at..]).map_or(usize::MAX, |k| at + k);
        }
        let other = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[at..]).map_or(usize::MAX, |k| at + k);
        let i = other.min(next_c2);
        if i == usize::MAX {
            break;
        }
        let c = text[i..].chars().next().unwrap_or_default();
        at = i + c.len_utf8();
        if matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'') {
            let prev = text[..i].chars().next_back();
            let len = c.len_utf8();
            match classify(c, prev, &text[i + len..]) {
                Some(Mark::OpenDouble) => double = Some(i),
                Some(Mark::CloseDouble) => {
                    if let Some(o) = double.take() {
                        let open_len = text[o..].chars().next().map_or(1, char::len_utf8);
                        push(&mut spans, base, o, o + open_len, i, i + len, false);
                        if single.is_some_and(|s| s > o) {
                            single = None;
                        }
                    }
                }
                Some(Mark::OpenSingle) if double.is_none() && single.is_none() => single = Some(i),
                Some(Mark::CloseSingle) if double.is_none() => {
                    if let Some(o) = single {
                        if !looks_possessive(text, i, len) {
                            let open_len = text[o..].chars().next().map_or(1, char::len_utf8);
                            push(&mut spans, base, o, o + open_len, i, i + len, false);
                            single = None;
                        }
                    }
                }
                _ => {}
            }
        }
    }
    // A single-marked quotation that opens its paragraph and runs to its end
    // continues in the next one, as with double marks (British style).
    let single_runs_on = single.filter(|&o| text[..o].trim().is_empty());
    if let Some(o) = double.or(single_runs_on) {
        if next_opens {
            let open_len = text[o..].chars().next().map_or(1, char::len_utf8);
            let end = text.trim_end().len();
            push(&mut spans, base, o, o + open_len, end, end, true);
        }
    }
    // Quotations nested in another are part of it, not statements of their own.
    spans.sort_by_key(|s: &QuoteSpan| (s.outer.start, std::cmp::Reverse(s.outer.end)));
    let mut out: Vec<QuoteSpan> = Vec::with_capacity(spans.len());
    for s in spans {
        if out.last().is_some_and(|l| l.outer.end >= s.outer.end) {
            continue;
        }
        out.push(s);
    }
    out
}

fn push(
    spans: &mut Vec<QuoteSpan>,
    base: usize,
    open: usize,
    inner_start: usize,
    inner_end: usize,
    close_end: usize,
    continues: bool,
) {
    if inner_end <= inner_start || inner_end - inner_start < 2 {
        return;
    }
    spans.push(QuoteSpan {
        inner: base + inner_start..base + inner_end,
        outer: base + open..base + close_end,
        continues,
    });
}

/// Does this paragraph open with a quotation mark (a continued quotation)?
pub fn opens_with_mark(text: &str) -> bool {
    text.trim_start()
        .starts_with(['“', '"', '„', '«', '‘', '\''])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        find_in_paragraph(text, 0, false)
            .into_iter()
            .map(|s| &text[s.inner])
            .collect()
    }

    #[test]
    fn curly_straight_and_mixed_pairs() {
        assert_eq!(
            inner("He said “yes,” and \"no\" then “maybe\"."),
            ["yes,", "no", "maybe"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            inner("Russia’s troops and the States' position don't move."),
            Vec::<&str>::new()
        );
        assert_eq!(
            inner("Blinken affirmed the United States' \"unwavering support\" today."),
            ["unwavering support"]
        );
    }

    #[test]
    fn single_quotes_as_marks() {
        assert_eq!(
            inner("'We will not give up,' she said."),
            ["We will not give up,"]
        );
        assert_eq!(
            inner("'We reject the ministers' claims,' he said of the 1990s' crisis."),
            ["We reject the ministers' claims,"]
        );
    }

    #[test]
    fn nested_quotes_belong_to_the_outer_one() {
        assert_eq!(
            inner("“He called it ‘a farce’ in public,” she said."),
            ["He called it ‘a farce’ in public,"]
        );
        assert_eq!(
            inner("'They said \"never\" twice,' he added."),
            ["They said \"never\" twice,"]
        );
    }

    #[test]
    fn unbalanced_mark_stays_in_its_paragraph() {
        assert_eq!(
            inner("He said “this never closes. And more text."),
            Vec::<&str>::new()
        );
        let spans = find_in_paragraph("“This runs on", 10, true);
        assert_eq!(spans.len(), 1);
        assert!(spans[0].continues);
        assert_eq!(spans[0].inner, 13..25);
    }

    #[test]
    fn single_marked_quotation_runs_on_into_the_next_paragraph() {
        let text = "'We lost the barn first. Then the hay went";
        let spans = find_in_paragraph(text, 0, true);
        assert_eq!(spans.len(), 1);
        assert!(spans[0].continues);
        assert_eq!(
            &text[spans[0].inner.clone()],
            "We lost the barn first. Then the hay went"
        );
        // Not when the next paragraph does not reopen, nor from mid-paragraph.
        assert!(find_in_paragraph(text, 0, false).is_empty());
        assert!(find_in_paragraph("He said 'no and left", 0, true).is_empty());
    }

    #[test]
    fn brackets_and_ellipses_inside() {
        assert_eq!(
            inner("He was \"not aware of any [such] requests,\" and “one … two” more."),
            ["not aware of any [such] requests,", "one … two"]
        );
    }

    #[test]
    fn back_to_back_and_split_quotes() {
        assert_eq!(
            inner("“First,” he said. “Second.” “Third.”"),
            ["First,", "Second.", "Third."]
        );
    }
}
