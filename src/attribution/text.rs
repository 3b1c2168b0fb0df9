//! Paragraph text with its quotations masked out, split into sentences and words.
//!
//! Attribution reasons about the words *around* quotations, so each paragraph is
//! copied once with every quotation (marks included) overwritten by `#` bytes.
//! Offsets stay identical to the original, the copy stays valid UTF-8, and a
//! reporting verb inside a quotation can never be mistaken for a cue.

use super::quotes::QuoteSpan;
use std::ops::Range;

/// The fill byte standing for quoted text in a masked paragraph.
pub const MASK: u8 = b'#';

/// `para` (starting at `base` in the article) with `spans` overwritten by [`MASK`].
pub fn mask(para: &str, base: usize, spans: &[QuoteSpan]) -> String {
    let mut bytes = para.as_bytes().to_vec();
    for s in spans {
        let (a, b) = (s.outer.start - base, s.outer.end - base);
        bytes[a..b].fill(MASK);
    }
    // Only whole UTF-8 sequences were overwritten with ASCII, so this cannot fail.
    String::from_utf8(bytes).unwrap_or_default()
}

/// Abbreviations after which a period does not end a sentence (a hashed
/// word list: this is asked for every word that ends on a period).
static ABBREVIATIONS: super::lexicon::WordList = super::lexicon::WordList::new(&[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cmdr", "adm", "rep", "sen",
    "gov", "pres", "prof", "rev", "st", "jr", "sr", "no", "vol", "jan", "feb", "mar", "apr", "aug",
    "sept", "sep", "oct", "nov", "dec", "inc", "ltd", "corp", "co", "vs", "fig", "mt", "ft",
    "approx", "est", "brig", "eng",
    // Styles written before a name: "Coun. Jo Roe", "Hon. Jo Roe", "Supt. Roe".
    "coun", "cllr", "hon", "mdm", "supt", "insp", "det", "cpl", "pte", "atty", "asst", "amb", "cdr",
    "lieut", "spc", "pfc",
]);

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()) {
        return true; // an initial: "John F. Kennedy"
    }
    if w.contains('.') {
        return true; // U.S., U.N., a.m.
    }
    super::lexicon::is_in(&ABBREVIATIONS, w)
}

/// Can a sentence start with the character `c`?
fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || c == MASK as char
        || matches!(c, '(' | '[' | '—' | '–')
}

/// Sentence ranges (relative to the paragraph) of a masked paragraph. `spans`
/// (absolute, offset by `base`) tell where a quotation ending in `.`/`?`/`!`
/// closes a sentence of its own.
pub fn sentences(
    masked: &str,
    original: &str,
    base: usize,
    spans: &[QuoteSpan],
) -> Vec<Range<usize>> {
    let bytes = masked.as_bytes();
    let mut cuts = Vec::new();
    // Only the stops are visited (memchr); the word a period ends is found
    // backwards from it when needed.
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        let next_is_space = bytes.get(i + 1).is_some_and(|&n| n == b' ' || n == b'\n');
        if !next_is_space {
            continue;
        }
        let follow = masked[i + 1..].trim_start().chars().next();
        if !follow.is_some_and(starts_sentence) {
            continue;
        }
        if bytes[i] == b'.' {
            let word_start = memchr::memrchr2(b' ', b'\n', &bytes[..i]).map_or(0, |k| k + 1);
            if is_abbreviation(&masked[word_start..i]) {
                continue;
            }
        }
        cuts.push(i + 1);
    }
    // A quotation ending a sentence inside its marks: “We will win.” Next…
    for s in spans {
        let (inner_end, outer_end) = (s.inner.end - base, s.outer.end - base);
        let inner = original[s.inner.start - base..inner_end].trim_end();
        if inner.ends_with(['.', '!', '?', '…']) {
            let follow = masked[outer_end..].trim_start();
            if masked[outer_end..].starts_with(' ')
                && follow.chars().next().is_some_and(starts_sentence)
                && !(inner.ends_with(['?', '!']) && attribution_follows(follow))
            {
                cuts.push(outer_end);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for c in cuts {
        if c > start {
            out.push(start..c);
            start = c;
        }
    }
    if start < masked.len() {
        out.push(start..masked.len());
    }
    out
}

/// `"Where was the board?" Quill asked.`: a question or exclamation closing its
/// marks, then a name or pronoun and a reporting verb, is one sentence with its
/// attribution rather than two.
fn attribution_follows(follow: &str) -> bool {
    let h = head(follow, 80);
    let Some(c) = super::cues::find(h).into_iter().next() else {
        return false;
    };
    if !matches!(c.kind, super::cues::CueKind::Verb { .. }) {
        return false;
    }
    let ws = words(&h[..c.range.start]);
    let pronoun = ws.len() == 1 && super::lexicon::is_in(&super::lexicon::PRONOUNS, ws[0].text);
    let name = (1..=3).contains(&ws.len())
        && ws.iter().all(|w| {
            is_capitalised(w.text)
                && !w.comma_after
                && !super::lexicon::is_in(&super::lexicon::NOT_NAME, w.text)
        });
    pronoun || name
}

/// A word of a masked sentence with its byte range (relative to the string given).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// A comma, semicolon or colon followed the word (a phrase boundary).
    pub comma_after: bool,
}

/// Words separated by spaces, with leading/trailing punctuation other than
/// `.` in abbreviations and `'s` possessives trimmed off.
pub fn words(s: &str) -> Vec<Word<'_>> {
    // About one word per five bytes of news prose: one allocation, mostly.
    let mut out: Vec<Word> = Vec::with_capacity(s.len() / 5 + 1);
    let bytes = s.as_bytes();
    let mut start = 0;
    loop {
        let end = next_space(bytes, start);
        if let Some(w) = piece(&s[start..end], start, end) {
            // "Jo Roe (Daniel McIntyre) said": a bracket closes the phrase
            // before it, as a comma would (a ward, a party, an acronym).
            if bytes[start] == b'(' {
                if let Some(prev) = out.last_mut() {
                    prev.comma_after = true;
                }
            }
            out.push(w);
        }
        if end == bytes.len() {
            break;
        }
        start = end + 1;
    }
    out
}

/// A masked sentence split into words once: the mention scan, the cue
/// owner and the subject readers all read these words instead of splitting
/// the sentence (or a clause of it) again.
pub struct Sentence<'a> {
    /// The masked sentence.
    pub text: &'a str,
    /// Where it starts in the article.
    pub base: usize,
    /// `words(text)`.
    pub words: Vec<Word<'a>>,
    /// What [`super::interpret::interpret_in`] made of the phrases of this
    /// sentence read so far, by (first word, word count): the mention scan
    /// and the subject readers ask about many of the same phrases.
    pub(super) interpreted: std::cell::RefCell<Vec<Interpreted>>,
}

/// One phrase of a sentence read by `interpret`: where it starts among the
/// sentence's words, how many words, and what it names.
pub(super) type Interpreted = ((usize, usize), Option<super::phrase::Referent>);

impl<'a> Sentence<'a> {
    /// No sentence: [`Sentence::words_of`] then splits whatever it is given.
    pub fn none() -> Self {
        Sentence {
            text: "",
            base: 0,
            words: Vec::new(),
            interpreted: std::cell::RefCell::default(),
        }
    }

    pub fn new(text: &'a str, base: usize) -> Self {
        Sentence {
            text,
            base,
            words: words(text),
            interpreted: std::cell::RefCell::default(),
        }
    }

    /// Where `ws` stands among the sentence's own words: `Some(i)` when `ws`
    /// is exactly `self.words[i..i + ws.len()]`, the same slices of the same
    /// text (a word trimmed anew at a clause's cut, or words of another
    /// string, are not), so that what one reader made of a phrase holds for
    /// every other reader of the sentence.
    pub fn position_of(&self, ws: &[Word]) -> Option<usize> {
        let first = ws.first()?;
        let at = (first.text.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        if at >= self.text.len() {
            return None;
        }
        let i = self.words.partition_point(|w| w.start < at);
        let own = self.words.get(i..i + ws.len())?;
        let same =
            |a: &Word, b: &Word| a.text.as_ptr() == b.text.as_ptr() && a.text.len() == b.text.len();
        own.iter().zip(ws).all(|(a, b)| same(a, b)).then_some(i)
    }

    /// The words of `head(text, n)`: the sentence's own when all of it fits.
    pub fn head_words(&self, n: usize) -> std::borrow::Cow<'_, [Word<'a>]> {
        if self.text.len() <= n {
            std::borrow::Cow::Borrowed(&self.words)
        } else {
            std::borrow::Cow::Owned(self.words_of(head(self.text, n)))
        }
    }

    /// Exactly `words(sub)`, for any `sub`; when `sub` is a piece of this
    /// sentence (a clause, a comma chunk) its words are taken from the
    /// sentence's own rather than split again. Only a space-free piece cut by
    /// `sub`'s ends is trimmed anew, and a comma or bracket after a word
    /// counts only inside `sub`.
    pub fn words_of<'s>(&self, sub: &'s str) -> Vec<Word<'s>> {
        let (at, text_at) = (sub.as_ptr() as usize, self.text.as_ptr() as usize);
        if at < text_at || at + sub.len() > text_at + self.text.len() || self.text.is_empty() {
            return words(sub);
        }
        let (lo, hi) = (at - text_at, at - text_at + sub.len());
        let bytes = self.text.as_bytes();
        let piece_start = |i: usize| memchr::memrchr(b' ', &bytes[..i]).map_or(0, |k| k + 1);
        let piece_end = |i: usize| next_space(bytes, i);
        // The space-free pieces that `sub` cuts at its start and at its end.
        let cut_lo = lo > 0 && lo < bytes.len() && bytes[lo - 1] != b' ' && bytes[lo] != b' ';
        let cut_hi = hi > lo && hi < bytes.len() && bytes[hi - 1] != b' ' && bytes[hi] != b' ';
        // The sentence's words from `from` to `until` are whole inside `sub`.
        let from = if cut_lo { piece_end(lo).min(hi) } else { lo };
        let until = if cut_hi {
            piece_start(hi).max(from)
        } else {
            hi
        };
        let mut out: Vec<Word<'s>> = Vec::with_capacity(sub.len() / 5 + 1);
        let push = |out: &mut Vec<Word<'s>>, w: Word<'s>, bracket: bool| {
            if bracket {
                if let Some(prev) = out.last_mut() {
                    prev.comma_after = true;
                }
            }
            out.push(w);
        };
        if cut_lo {
            if let Some(w) = piece(&sub[..from - lo], 0, from - lo) {
                push(&mut out, w, bytes[lo] == b'(');
            }
        }
        let first = self.words.partition_point(|w| w.start < from);
        for w in &self.words[first..] {
            if w.start >= until {
                break;
            }
            let ps = if w.start == 0 || bytes[w.start - 1] == b' ' {
                w.start
            } else {
                piece_start(w.start)
            };
            let comma_after = w.comma_after && {
                // Its own punctuation, not a bracket opening the next piece.
                let raw = &self.text[ps..piece_end(w.end)];
                raw.ends_with([',', ';', ':']) || raw.ends_with(",\"") || raw.ends_with(",”")
            };
            let (start, end) = (w.start - lo, w.end - lo);
            let word = Word {
                text: &sub[start..end],
                start,
                end,
                comma_after,
            };
            push(&mut out, word, bytes[ps] == b'(');
        }
        if cut_hi && until < hi {
            if let Some(w) = piece(&sub[until - lo..], until - lo, hi - lo) {
                push(&mut out, w, bytes[until] == b'(');
            }
        }
        out
    }
}

/// The first space at or after `start` (else the end). A masked quotation
/// is one long run of [`MASK`] bytes: that run is crossed with memchr, while
/// a word (a few bytes) is walked byte by byte, which is cheaper there.
#[inline]
fn next_space(bytes: &[u8], start: usize) -> usize {
    if bytes.get(start) == Some(&MASK) {
        return memchr::memchr(b' ', &bytes[start..]).map_or(bytes.len(), |k| start + k);
    }
    bytes[start..]
        .iter()
        .position(|&b| b == b' ')
        .map_or(bytes.len(), |k| start + k)
}

/// The words of [`words`], one at a time and without a vector: for callers
/// that want only the first word or stop at the first match.
pub fn word_iter(s: &str) -> WordIter<'_> {
    WordIter {
        s,
        start: 0,
        done: false,
    }
}

/// Iterator behind [`word_iter`] (the same pieces as [`words`], which keeps
/// its own loop: pushing from this iterator measured slower).
pub struct WordIter<'a> {
    s: &'a str,
    start: usize,
    done: bool,
}

impl<'a> Iterator for WordIter<'a> {
    type Item = Word<'a>;

    #[inline]
    fn next(&mut self) -> Option<Word<'a>> {
        let bytes = self.s.as_bytes();
        while !self.done {
            let start = self.start;
            let end = next_space(bytes, start);
            if end == bytes.len() {
                self.done = true;
            } else {
                self.start = end + 1;
            }
            if let Some(w) = piece(&self.s[start..end], start, end) {
                return Some(w);
            }
        }
        None
    }
}

/// The word in the space-free piece `raw` at `start..end`, if any.
#[inline]
fn piece(raw: &str, start: usize, end: usize) -> Option<Word<'_>> {
    match (raw.as_bytes().first(), raw.as_bytes().last()) {
        // Most words are plain: a letter or digit at both ends needs no trimming.
        (Some(a), Some(z)) if a.is_ascii_alphanumeric() && z.is_ascii_alphanumeric() => {
            Some(Word {
                text: raw,
                start,
                end,
                comma_after: false,
            })
        }
        _ => trimmed_word(raw, start),
    }
}

/// One space-separated piece (at `start`) with its punctuation trimmed, if
/// any word is left.
fn trimmed_word(raw: &str, start: usize) -> Option<Word<'_>> {
    // Most pieces trimmed here start on a letter (punctuation after them):
    // nothing to trim in front, and no character decoding to find that out.
    let plain_start = raw
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'@' || b == b'#');
    let lead = if plain_start {
        0
    } else {
        raw.len()
            - raw
                .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '#')
                .len()
    };
    let mut t = &raw[lead..];
    let comma_after = t.ends_with([',', ';', ':']) || t.ends_with(",\"") || t.ends_with(",”");
    t = t.trim_end_matches(|c: char| {
        matches!(c, ',' | ';' | ':' | ')' | ']' | '"' | '”' | '’' | '!' | '?')
    });
    if t.ends_with('.')
        && !is_abbreviation(t.trim_end_matches('.'))
        && !t[..t.len() - 1].contains('.')
    {
        // "(Daniel McIntyre).": the bracket before the full stop goes too.
        t = t[..t.len() - 1].trim_end_matches([')', ']']);
    }
    if t.is_empty() {
        return None;
    }
    Some(Word {
        text: t,
        start: start + lead,
        end: start + lead + t.len(),
        comma_after,
    })
}

/// At most the first `n` bytes of `s`, cut on a char boundary: cues only look
/// a few words ahead, and bounding the look keeps long sentences linear.
pub fn head(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut i = n;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// At most the last `n` bytes of `s`, starting at a phrase boundary (comma,
/// semicolon, bracket or dash) so no clause is read from its middle; empty
/// when the last `n` bytes hold no boundary.
pub fn tail(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut i = s.len() - n;
    while !s.is_char_boundary(i) {
        i += 1;
    }
    match s[i..].find([',', ';', '(', ')', '—', '–']) {
        Some(k) => &s[i + k..],
        None => "",
    }
}

/// The last `n` space-separated words of `s` (all of it when shorter).
pub fn tail_words(s: &str, n: usize) -> &str {
    let mut seen = 0;
    for (i, b) in s.bytes().enumerate().rev() {
        if b == b' ' {
            seen += 1;
            if seen == n {
                return &s[i + 1..];
            }
        }
    }
    s
}

/// Is the word capitalised (a candidate name part)? A name written with a
/// lowercase particle joined by a hyphen or apostrophe ("al-Kaabi", "el-Sisi",
/// "bin-Talal", "d'Estaing") counts as capitalised.
#[inline]
pub fn is_capitalised(w: &str) -> bool {
    match w.as_bytes().first() {
        // Most lowercase words hold no joiner where a particle would end.
        Some(b) if b.is_ascii_lowercase() => {
            // Nor anything but lowercase letters in their first five bytes,
            // which rules out both a particle's joiner and a mutated capital.
            let b = w.as_bytes();
            let n = b.len().min(5);
            let mut i = 1;
            while i < n && b[i].is_ascii_lowercase() {
                i += 1;
            }
            if i == n {
                return false;
            }
            (w.bytes()
                .take(5)
                .any(|c| c == b'-' || c == b'\'' || c == 0xE2)
                && particle_prefix(w) > 0)
                || is_gaelic_mutation(w)
        }
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => w.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// An Irish or Scottish Gaelic name word after an initial mutation: a short
/// lowercase prefix then the capitalised word ("tSaoi", "bhFear", "nGael",
/// "hÉireann"). A capital must be followed by a lowercase letter, so "mRNA"
/// and "pH" stay lowercase words.
fn is_gaelic_mutation(w: &str) -> bool {
    // Every mutation prefix is one or two letters: counting past three
    // lowercase bytes (most lowercase words) cannot change the answer.
    let k = w.bytes().take(3).take_while(u8::is_ascii_lowercase).count();
    if k == 3 {
        return false;
    }
    let prefix = &w[..k];
    let mut rest = w[k..].chars();
    matches!(
        prefix,
        "t" | "n" | "h" | "b" | "bh" | "d" | "dt" | "g" | "gc" | "m" | "mb" | "nd" | "ng" | "bp"
    ) && rest.next().is_some_and(char::is_uppercase)
        && rest.next().is_some_and(char::is_lowercase)
}

/// Length of a lowercase name particle and its joiner at the start of `w`
/// ("al-" in "al-Kaabi", "d'" in "d'Estaing") when a capital follows; else 0.
pub fn particle_prefix(w: &str) -> usize {
    let b = w.as_bytes();
    let Some(k) = b
        .iter()
        .take(5)
        .position(|&c| c == b'-' || c == b'\'' || c == 0xE2)
    else {
        return 0;
    };
    let joiner = if b[k] == 0xE2 {
        if !w[k..].starts_with('’') {
            return 0;
        }
        '’'.len_utf8()
    } else {
        1
    };
    let particle = &w[..k];
    let known = match b[k] {
        b'-' => matches!(
            particle,
            "al" | "el"
                | "ad"
                | "an"
                | "ar"
                | "as"
                | "ash"
                | "at"
                | "az"
                | "ud"
                | "ul"
                | "bin"
                | "bint"
                | "ibn"
                | "ben"
                | "abu"
                // Gaelic "t-Saoir", "n-Ó": the mutation before a vowel or "S".
                | "t"
                | "n"
        ),
        _ => matches!(particle, "d" | "l" | "dell"),
    };
    let next = w[k + joiner..].chars().next();
    if known && next.is_some_and(char::is_uppercase) {
        k + joiner
    } else {
        0
    }
}

/// The word without a possessive ending, and whether it had one.
pub fn strip_possessive(w: &str) -> (&str, bool) {
    // Every possessive ending ends in `s`, `'` or the last byte of `’`.
    if !matches!(w.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return (w, false);
    }
    for suf in ["'s", "’s", "s'", "s’"] {
        if let Some(s) = w.strip_suffix(suf) {
            if suf.starts_with('s') {
                return (&w[..=s.len()], true);
            }
            return (s, true);
        }
    }
    (w, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_words_of_any_piece_match_a_fresh_split() {
        let cases = [
            "Interior Minister Jo Roe (SDE) told reporters, \"on Monday,\" that it was over.",
            "The Environment, Food and Rural Affairs Committee — chaired by Sen. J. Roe, D-N.M. — said 300,000 (of 1,000,000) were lost; “no,” she said: ##### (Daniel McIntyre).",
            "  Jo Roe,   73, (—) whose house flooded at 10:30, has no floors yet... U.S. officials said ",
            "a,b,c (d) e,(f) g:h @user #tag Mr. O’Neill’s al-Kaabi,” ok",
        ];
        for s in cases {
            let sent = Sentence::new(s, 0);
            assert_eq!(sent.words, words(s));
            let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            for &i in &bounds {
                for &j in bounds.iter().filter(|&&j| j >= i) {
                    let c = &s[i..j];
                    assert_eq!(sent.words_of(c), words(c), "{i}..{j} {c:?}");
                }
            }
        }
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let p = "U.S. Secretary Antony Blinken spoke. Mr. Smith left. He stayed.";
        let s = sentences(p, p, 0, &[]);
        let got: Vec<&str> = s.iter().map(|r| p[r.clone()].trim()).collect();
        assert_eq!(
            got,
            [
                "U.S. Secretary Antony Blinken spoke.",
                "Mr. Smith left.",
                "He stayed."
            ]
        );
    }

    #[test]
    fn quotation_can_end_a_sentence() {
        let p = "“Yes,” he said. “We will win.” Then he left.";
        let spans = super::super::quotes::find_in_paragraph(p, 0, false);
        let m = mask(p, 0, &spans);
        let s = sentences(&m, p, 0, &spans);
        assert_eq!(s.len(), 3);
    }

    #[test]
    fn particle_names_count_as_capitalised() {
        for w in [
            "al-Kaabi",
            "el-Sisi",
            "bin-Talal",
            "d'Estaing",
            "d’Alema",
            "Kaabi",
        ] {
            assert!(is_capitalised(w), "{w}");
        }
        for w in [
            "al-",
            "el-nino",
            "all-Party",
            "well-known",
            "d'oh",
            "said",
            "",
        ] {
            assert!(!is_capitalised(w), "{w}");
        }
        assert_eq!(particle_prefix("al-Mahdi"), 3);
        assert_eq!(particle_prefix("d’Estaing"), 4);
    }

    #[test]
    fn capitalised_shapes_past_the_lowercase_fast_path() {
        // Mutated Gaelic words and joined particles are names; plain
        // lowercase words, short or long, and "mRNA"/"pH" are not.
        for w in [
            "tSaoi",
            "bhFear",
            "nGael",
            "hÉireann",
            "t-Saoir",
            "al-Mahdi",
        ] {
            assert!(is_capitalised(w), "{w}");
        }
        for w in [
            "t",
            "an",
            "the",
            "said",
            "reporters",
            "mRNA",
            "pH",
            "bhf",
            "tsaoi",
        ] {
            assert!(!is_capitalised(w), "{w}");
        }
    }

    #[test]
    fn question_then_its_speaker_is_one_sentence() {
        let p = "“Who paid?” Ruth Pell asked the court. “Nobody?” Then she sat down.";
        let spans = super::super::quotes::find_in_paragraph(p, 0, false);
        let m = mask(p, 0, &spans);
        let got: Vec<&str> = sentences(&m, p, 0, &spans)
            .iter()
            .map(|r| p[r.clone()].trim())
            .collect();
        assert_eq!(
            got,
            [
                "“Who paid?” Ruth Pell asked the court.",
                "“Nobody?”",
                "Then she sat down."
            ]
        );
    }

    #[test]
    fn words_trim_punctuation() {
        let w: Vec<&str> = words("Peskov, in comments (to reporters), said U.S. Gen. Smith.")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(
            w,
            [
                "Peskov",
                "in",
                "comments",
                "to",
                "reporters",
                "said",
                "U.S.",
                "Gen.",
                "Smith"
            ]
        );
    }
}
