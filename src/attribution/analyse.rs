//! One article, read in order: quotation spans, sentences, mentions, cues, and
//! for every quotation the cue and speaker that own it.
//!
//! Which cue owns a quotation, in order of strength:
//! 1. an attribution right after the closing mark (`"…," Kirby said`);
//! 2. the main reporting clause before it (`Blinken warned that … "serious mistake"`),
//!    ignoring cues nested inside that clause's reported speech;
//! 3. an attribution later in the sentence (`"…" and …, the army chief said`);
//! 4. none in the sentence: a quotation opening its sentence keeps the last
//!    speaker (a quotation-only or continued paragraph); anything else is a
//!    label nobody is reported as saying, and is dropped.

use super::cues::{self, Cue, CueKind};
use super::discourse::{Discourse, SentenceRecord};
use super::entities::{scan, PlaceMention};
use super::filters::{
    blank_dateline, blank_time_stamp, characterised, described_as_label, is_heading, is_label,
    is_name_given, is_relay, is_title_of_work, names_a_programme, recase_capital_opening,
};
use super::quotes::{find_in_paragraph, opens_with_mark, QuoteSpan};
use super::speakers::{
    subject_after, subject_after_in, subject_before, subject_before_in, subject_pronoun, Named,
    Referent,
};
use super::text::{mask, sentences, word_iter, words, Sentence, MASK};
use crate::corpus::{Article, ParagraphKind};
use std::ops::Range;

/// A quotation with its owner, before the corpus-wide registry exists.
#[derive(Debug, Clone)]
pub struct LocalStatement {
    pub range: Range<usize>,
    pub paragraph: usize,
    pub speaker: Option<usize>,
    pub cue: Option<Range<usize>>,
}

/// Everything found in one article.
#[derive(Debug, Default)]
pub struct ArticleAnalysis {
    pub statements: Vec<LocalStatement>,
    pub discourse: Discourse,
    pub places: Vec<PlaceMention>,
    /// The paragraph of the last quotation given to a speaker as a turn in
    /// a dialogue (see [`dialogue_turn`]).
    dialogue_turn: Option<usize>,
}

/// A cue with its resolved speaker.
#[derive(Debug, Clone)]
#[allow(clippy::struct_excessive_bools)] // independent facts about one cue
struct Owned {
    cue: Cue,
    speaker: Option<usize>,
    /// The subject was written out (not inherited from an earlier verb).
    explicit: bool,
    /// Inside the reported speech of an earlier cue ("said that Kyiv had called on").
    embedded: bool,
    /// A relaying news agency ("according to TASS").
    relay: bool,
    /// Where its subject segment began (relative to the sentence).
    clause_start: usize,
    /// Its subject segment is a relative clause ("Pryor, who said"): asked
    /// once here, read again for each later cue of the sentence.
    relative: bool,
}

/// " that " searched for with a searcher built once (`str::rfind` and
/// `str::contains` set one up per call, which showed in profiles).
static THAT: std::sync::LazyLock<(
    memchr::memmem::Finder<'static>,
    memchr::memmem::FinderRev<'static>,
)> = std::sync::LazyLock::new(|| {
    (
        memchr::memmem::Finder::new(" that "),
        memchr::memmem::FinderRev::new(" that "),
    )
});

/// Where the last " that " in `s` starts.
fn rfind_that(s: &str) -> Option<usize> {
    THAT.1.rfind(s.as_bytes())
}

/// Does `s` hold " that "?
pub(super) fn has_that(s: &str) -> bool {
    THAT.0.find(s.as_bytes()).is_some()
}

/// Said inside a relative clause ("Pryor, who said that …"): its speaker is
/// not what the sentence is about, and its reported speech ends with the clause.
fn in_relative_clause(seg: &str) -> bool {
    matches!(last_chunk_opener(seg), "who" | "which")
}

/// The first word of the last clause chunk of `seg` (after its last comma,
/// semicolon, bracket or dash): "who" in "Jane Roe, who".
fn last_chunk_opener(seg: &str) -> &str {
    let chunk = &seg[last_chunk_start(seg)..];
    chunk.split_whitespace().next().unwrap_or("")
}

/// Where the text after the last ',', ';', '(' or '—' of `seg` starts (0
/// when it holds none): the same cut as `rsplit([',', ';', '(', '—'])`,
/// found with memrchr instead of decoding chars backwards.
fn last_chunk_start(seg: &str) -> usize {
    let b = seg.as_bytes();
    let ascii = memchr::memrchr3(b',', b';', b'(', b).map_or(0, |k| k + 1);
    // '—' is E2 80 94; 0x94 is rare in other text, and UTF-8 never has it
    // after E2 80 unless that is the dash.
    let mut end = b.len();
    while let Some(k) = memchr::memrchr(0x94, &b[ascii..end]).map(|k| ascii + k) {
        if k >= ascii + 2 && b[k - 2] == 0xE2 && b[k - 1] == 0x80 {
            return k + 1;
        }
        end = k;
    }
    ascii
}

pub fn analyse(article: &Article) -> ArticleAnalysis {
    let mut out = ArticleAnalysis::default();
    let paras = &article.paragraphs;
    let mut lede = None;
    for (pi, p) in paras.iter().enumerate() {
        if p.kind != ParagraphKind::Body {
            continue;
        }
        let text = &article.text[p.range.clone()];
        // The copyright notice closes the story in a page dump: what follows
        // (reader comments, links) is nobody's statement here.
        if is_copyright_notice(text) {
            break;
        }
        let label = furniture_label(text);
        if let Some((len, true)) = label {
            source_line(&mut out.discourse, text, len, p.range.start);
            continue;
        }
        if is_headline_line(text) {
            continue;
        }
        lede.get_or_insert(pi);
        let next_opens = paras.get(pi + 1).is_some_and(|n| {
            n.kind == ParagraphKind::Body && opens_with_mark(&article.text[n.range.clone()])
        });
        let mut spans = find_in_paragraph(text, p.range.start, next_opens);
        let nicknames = take_nicknames(text, p.range.start, &mut spans);
        let mut masked = mask(text, p.range.start, &spans);
        for r in nicknames {
            // Blanked, so that the name reads on around it ("Robert Tate").
            masked.replace_range(r.clone(), &" ".repeat(r.len()));
        }
        blank_dateline(article, text, &mut masked);
        blank_time_stamp(text, &mut masked);
        recase_capital_opening(&mut masked);
        if let Some((len, _)) = label {
            // "Details: Jo Roe repeated …": the label is not the sentence's subject.
            masked.replace_range(..len, &" ".repeat(len));
        }
        let quote_only = spans.len() == 1 && masked.trim().bytes().all(|b| b == MASK || b == b'.');
        // Spans and sentences are both in text order: walk them together.
        let mut next = 0;
        for s in sentences(&masked, text, p.range.start, &spans) {
            let base = p.range.start + s.start;
            let ms = &masked[s.clone()];
            let first = next;
            while next < spans.len() && spans[next].outer.start < base + ms.len() {
                next += 1;
            }
            let in_sentence: Vec<&QuoteSpan> = spans[first..next].iter().collect();
            sentence(article, &mut out, pi, base, ms, &in_sentence, quote_only);
        }
    }
    carry_back_continued(article, &mut out.statements);
    out.statements.retain(|s| s.speaker.is_some());
    drop_pull_quotes(article, &mut out.statements);
    if let Some(lede) = lede {
        let paragraph_of = |at: usize| paras.partition_point(|p| p.range.end <= at);
        let opens_paragraph = |at: usize| paras.iter().any(|p| p.range.start == at);
        super::lede::identify(
            &mut out.discourse,
            &mut out.statements,
            lede,
            paragraph_of,
            opens_paragraph,
            &article.text,
        );
    }
    restore_commas(&mut out.discourse, &article.text);
    out
}

/// "Ministry of Culture, Tourism and Civil Aviation": a body's name is read
/// as words, without the commas of its list of portfolios; its names are
/// written back as the article spells them.
fn restore_commas(d: &mut Discourse, text: &str) {
    for l in &mut d.locals {
        if l.kind != crate::attribution::SpeakerKind::Organisation || !l.name.contains(" and ") {
            continue;
        }
        for (form, _) in &mut l.forms {
            if let Some(written) = as_written_with_commas(form, text) {
                if *form == l.name {
                    l.name.clone_from(&written);
                }
                *form = written;
            }
        }
    }
}

/// `name`'s words as they stand in `text` with commas between some of them,
/// when the name is not in the text as it is.
fn as_written_with_commas(name: &str, text: &str) -> Option<String> {
    if text.contains(name) {
        return None;
    }
    let mut words = name.split(' ');
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    text.match_indices(first).find_map(|(at, _)| {
        let mut end = at + first.len();
        for w in &rest {
            let after = &text[end..];
            // The separator is checked first: it is one ASCII byte (or ", "),
            // so slicing past it stays on a character boundary.
            if !after.starts_with([' ', ',']) {
                return None;
            }
            let gap = if after.starts_with(", ") { 2 } else { 1 };
            if !after[gap..].starts_with(w) {
                return None;
            }
            end += gap + w.len();
        }
        let written = &text[at..end];
        written.contains(',').then(|| written.to_string())
    })
}

/// A paragraph of quotation alone, with no cue, in an exchange between two
/// people: the other one's turn, not more words of the last speaker. It is
/// the other's when the last quotation (the paragraph before, closed) was a
/// question asked ("“What did you call me?” Roe asks. / “Nothing bad.”"), when this
/// one addresses the last speaker by name ("“Birch isn't oak, Gilles.”"), or
/// when the last one was itself such a turn.
fn dialogue_turn(
    article: &Article,
    out: &ArticleAnalysis,
    paragraph: usize,
    inner: &str,
) -> Option<usize> {
    let last = out.statements.last()?;
    let a = last.speaker?;
    let closed = article.text[last.range.end..].starts_with(['"', '\u{201d}']);
    if last.paragraph + 1 != paragraph || !closed {
        return None;
    }
    // The other side of the exchange: the speaker before, a paragraph or
    // two back, a person, not the last one.
    let b = out
        .statements
        .iter()
        .rev()
        .take_while(|s| s.paragraph + 3 >= last.paragraph)
        .find_map(|s| s.speaker.filter(|&b| b != a))?;
    let people =
        |id: usize| out.discourse.locals[id].kind == crate::attribution::SpeakerKind::Person;
    if !people(a) || !people(b) {
        return None;
    }
    // Asked, not a rhetorical question closing a quotation ("Who does that?").
    let asked = article.text[last.range.clone()].trim_end().ends_with('?')
        && last
            .cue
            .as_ref()
            .is_some_and(|c| matches!(&article.text[c.clone()], "asks" | "asked" | "asking"));
    let addressed = out.discourse.locals[a]
        .name
        .split(' ')
        .any(|n| addresses(inner, n));
    let went_on = out.dialogue_turn == Some(last.paragraph);
    (asked || addressed || went_on).then_some(b)
}

/// Whether the words `inner` speak to `name`: "Birch isn't oak, Gilles.",
/// "Gilles, sit down."
fn addresses(inner: &str, name: &str) -> bool {
    let t = inner.trim_end_matches(['.', '!', '?', ',', ' ']);
    t.strip_suffix(name).is_some_and(|r| r.ends_with(", "))
        || inner
            .strip_prefix(name)
            .is_some_and(|r| r.starts_with(", "))
}

/// Page furniture that labels a paragraph of a news page rather than opening
/// its sentence ("Details: Jo Roe said …", "Quote: “…”", "Background: …"):
/// the label's length (colon and space included), and whether it names the
/// source of the quotation that follows ("Source: Jo Roe, Head of …").
fn furniture_label(text: &str) -> Option<(usize, bool)> {
    let colon = super::text::head(text, 24).find(": ")?;
    let label = text[..colon].to_ascii_lowercase();
    let source = label == "source";
    let known = source
        || matches!(
            label.as_str(),
            "details" | "quote" | "background" | "context" | "recap" | "to recap" | "update"
        );
    let next_capital = text[colon + 2..].starts_with(|c: char| c.is_uppercase());
    (known && (!source || next_capital)).then_some((colon + 2, source))
}

/// A "Source: Jo Roe, Head of the Press Office, during a briefing" line:
/// the person named (with the office written after the name) is the source
/// of the quotation that follows.
fn source_line(d: &mut Discourse, text: &str, from: usize, base: usize) {
    let rest = &text[from..];
    let end = rest
        .match_indices(", ")
        .nth(1)
        .map_or(rest.len(), |(i, _)| i + 2);
    let Some(r) = subject_before(&rest[..end]) else {
        return;
    };
    let at = base + from..base + from + end;
    if let Some(id) = d.resolve(&r, at, &SentenceRecord::default()) {
        if d.locals[id].kind == crate::attribution::SpeakerKind::Person {
            d.last_speaker = Some(id);
        }
    }
}

/// "© 2020 Example Radio.", "Copyright © 2006-2020, …": a page's copyright line.
fn is_copyright_notice(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with('\u{a9}')
        || t.strip_prefix("Copyright")
            .is_some_and(|r| r.trim_start().starts_with(['\u{a9}', '(']))
}

/// The speaker a quotation after a short lead-in ending on a colon ("Then,
/// more quietly:", "And finally:") keeps: the last one quoted in the same
/// paragraph, when the lead-in names nobody (no capitalised word after its
/// first) and has no reporting verb of its own.
fn lead_in_speaker(
    statements: &[LocalStatement],
    ms: &str,
    qs: usize,
    paragraph: usize,
) -> Option<usize> {
    let before = ms[..qs].trim_end();
    if !before.ends_with(':') || before.len() > 40 {
        return None;
    }
    let last = statements.last().filter(|s| s.paragraph == paragraph)?;
    let ws = words(before);
    let plain = ws
        .iter()
        .skip(1)
        .all(|w| !super::text::is_capitalised(w.text) && !w.text.starts_with(MASK as char));
    last.speaker.filter(|_| plain && !ws.is_empty())
}

/// A nickname quoted inside a name (`Sen. Robert "Bobby" Tate`): one or two
/// capitalised words between two capitalised name words. Taken out of
/// `spans`; returns their ranges (marks included) relative to the paragraph.
fn take_nicknames(text: &str, base: usize, spans: &mut Vec<QuoteSpan>) -> Vec<Range<usize>> {
    let word_before = |at: usize| text[..at].trim_end_matches(' ').rsplit(' ').next();
    // "Hendrik 'Hank' Roe, a farmer,": a comma may close the name.
    let word_after = |at: usize| {
        text[at..]
            .trim_start_matches(' ')
            .split(' ')
            .next()
            .map(|w| w.strip_suffix(',').unwrap_or(w))
    };
    let name_word = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.len() > 1
                && w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
        })
    };
    let mut out = Vec::new();
    spans.retain(|q| {
        let inner = &text[q.inner.start - base..q.inner.end - base];
        // A nickname has one or two words: at most one space, which is
        // told before any piece is looked at.
        let nickname = memchr::memchr_iter(b' ', inner.as_bytes()).nth(1).is_none()
            && inner.split(' ').all(|w| name_word(Some(w)))
            && text[..q.outer.start - base].ends_with(' ')
            && text[q.outer.end - base..].starts_with(' ')
            && name_word(word_before(q.outer.start - base))
            && name_word(word_after(q.outer.end - base));
        if nickname {
            out.push(q.outer.start - base..q.outer.end - base);
        }
        !nickname
    });
    out
}

/// "“The windows went first. / “Everyone ran,” she said, …": a quotation run
/// on into the next paragraph, with no attribution of its own, is the words
/// of whoever the next paragraph attributes its continuation to.
fn carry_back_continued(article: &Article, statements: &mut [LocalStatement]) {
    for i in (0..statements.len().saturating_sub(1)).rev() {
        let (a, b) = (&statements[i], &statements[i + 1]);
        if a.cue.is_some()
            || b.cue.is_none()
            || b.speaker.is_none()
            || b.paragraph != a.paragraph + 1
        {
            continue;
        }
        // Ran to its paragraph's end (no closing mark), and the next paragraph
        // reopens it: only whitespace and one opening mark lie between.
        let gap = &article.text[a.range.end..b.range.start];
        let reopened = gap.starts_with(char::is_whitespace)
            && gap.contains('\n')
            && gap
                .trim()
                .chars()
                .all(|c| matches!(c, '"' | '“' | '\'' | '‘' | '„' | '«'))
            && gap.trim().chars().count() == 1;
        if reopened {
            statements[i].speaker = statements[i + 1].speaker;
        }
    }
}

/// "“…” That was Jo Roe, a spokesman, speaking on the radio." / "So argues
/// Jo Roe, an economist.": a sentence right after a quotation that names the
/// quotation's source and quotes nothing itself. The quotation, unattributed
/// in its own sentence, becomes the named source's.
fn next_sentence_source(
    article: &Article,
    out: &mut ArticleAnalysis,
    paragraph: usize,
    base: usize,
    ms: &str,
    rec: &SentenceRecord,
) {
    let t = ms.trim_start();
    let lead = ms.len() - t.len();
    let rest_at = if let Some(r) = ["That was ", "This was "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
    {
        // A name must follow at once ("That was Jo Roe"), not "that was the plan".
        if !r.starts_with(|c: char| c.is_uppercase()) {
            return;
        }
        lead + (t.len() - r.len())
    } else if let Some(r) = ["So ", "Thus "].iter().find_map(|p| t.strip_prefix(p)) {
        let verb = r.split(' ').next().unwrap_or("");
        if !matches!(
            verb,
            "says" | "said" | "argues" | "argued" | "writes" | "wrote" | "insists" | "warns"
        ) {
            return;
        }
        lead + (t.len() - r.len()) + verb.len()
    } else {
        return;
    };
    let Some(last) = out.statements.last() else {
        return;
    };
    if last.paragraph != paragraph || last.cue.is_some() || last.range.end > base {
        return;
    }
    // The quotation closed the sentence just before this one.
    let between = &article.text[last.range.end..base];
    if !between
        .trim()
        .chars()
        .all(|c| matches!(c, '"' | '”' | '\'' | '’' | '.' | '!' | '?'))
    {
        return;
    }
    let Some(r) = subject_after(&ms[rest_at..]) else {
        return;
    };
    if !matches!(&r, Referent::Named(n) if n.kind == crate::attribution::SpeakerKind::Person || t.starts_with("So ") || t.starts_with("Thus "))
    {
        return;
    }
    let at = base + rest_at..base + ms.len();
    if let Some(id) = out.discourse.resolve(&r, at, rec) {
        out.discourse.locals[id].spoke = true;
        if let Some(s) = out.statements.last_mut() {
            s.speaker = Some(id);
        }
        out.discourse.last_speaker = Some(id);
    }
}

/// "— “…” — Jo Roe, senior fellow at a think tank.": a quotation signed after
/// a dash with a person's name, as newsletters and round-ups print them.
fn dash_source(
    article: &Article,
    discourse: &mut Discourse,
    ms: &str,
    qs: usize,
    quote: &QuoteSpan,
    rec: &SentenceRecord,
) -> Option<usize> {
    // Nothing but a dash or bullet before the quotation in its sentence.
    if !ms[..qs]
        .trim()
        .chars()
        .all(|c| matches!(c, '—' | '–' | '-' | '•' | '*'))
    {
        return None;
    }
    let after = &article.text[quote.outer.end..];
    let line = &after[..after.find('\n').unwrap_or(after.len())];
    let signed = line.trim_start_matches([' ', '.', ',']);
    let name = signed
        .strip_prefix('—')
        .or_else(|| signed.strip_prefix('–'))?;
    let referent = subject_after(name)?;
    let Referent::Named(named) = &referent else {
        return None;
    };
    if named.kind != crate::attribution::SpeakerKind::Person || !named.name.contains(' ') {
        return None;
    }
    let start = quote.outer.end + (line.len() - name.trim_start().len());
    discourse.resolve(&referent, start..start + named.name.len(), rec)
}

/// A pull quote: words printed again, large and without attribution, beside
/// the paragraph that reports them. A cue-less quotation of four words or more
/// that repeats one attributed elsewhere in the article is that copy, not a
/// second statement.
fn drop_pull_quotes(article: &Article, statements: &mut Vec<LocalStatement>) {
    if statements.iter().all(|s| s.cue.is_some()) {
        return; // every quotation has its cue: no copy to look for
    }
    let key = |s: &LocalStatement| {
        article.text[s.range.clone()]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let attributed: std::collections::HashSet<String> = statements
        .iter()
        .filter(|s| s.cue.is_some())
        .map(key)
        .collect();
    statements.retain(|s| {
        s.cue.is_some() || {
            let k = key(s);
            k.split_whitespace().nth(3).is_none() || !attributed.contains(&k)
        }
    });
}

/// A paragraph printed as a headline rather than written as prose: one line
/// of at most 25 words that ends without a stop. News paragraphs end in a
/// stop, inside or outside a closing mark (`mistake.”`, `mistake”.`); what
/// does not is a subheading, or a related-story link in a page dump ("Japan
/// calls launches 'unacceptable'"), whose quotes are nobody's statement here.
fn is_headline_line(text: &str) -> bool {
    let t = text
        .trim_end()
        .trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', ')', ']']);
    !t.ends_with([
        '.', '!', '?', ':', ';', ',', '\u{2026}', '-', '\u{2013}', '\u{2014}',
    ]) && !t.contains('\n')
        && t.split_whitespace().nth(25).is_none()
}

fn sentence(
    article: &Article,
    out: &mut ArticleAnalysis,
    paragraph: usize,
    base: usize,
    ms: &str,
    quotes: &[&QuoteSpan],
    quote_only: bool,
) {
    let d = &mut out.discourse;
    let mut rec = SentenceRecord::default();
    let sent = super::text::Sentence::new(ms, base);
    let scanned = scan(&sent, d, &mut out.places);
    rec.mentioned_org = scanned.org.and_then(|id| {
        let sentence = base..base + ms.len();
        let at = d.locals[id]
            .mentions
            .iter()
            .find(|m| sentence.contains(&m.start));
        at.map(|m| (id, m.start))
    });
    // "The president's office releases a brief statement …": who issued the
    // document that a later "the statement says" speaks for.
    if let Some((noun, at)) = issued_document(ms) {
        let issuer =
            subject_before_in(&sent, &ms[..at]).and_then(|r| d.resolve(&r, base..base + at, &rec));
        if let Some(id) = issuer {
            d.doc_issuers.push((noun, id));
        }
    }
    for q in quotes {
        let qs = q.outer.start - base;
        if let Some((role, name)) = name_goes_by(&ms[..qs], &article.text[q.inner.clone()]) {
            let named = crate::attribution::phrase::Named {
                name,
                kind: crate::attribution::SpeakerKind::Person,
                role: Some(role),
                group: false,
            };
            let id = d.intern(&named, q.inner.clone());
            rec.person = rec.person.or(Some(id));
        }
    }
    // Which quotations name something rather than report speech: asked once
    // per quotation here, then read by the cue owner and the quotation loop.
    let naming: Vec<bool> = quotes
        .iter()
        .map(|q| names_no_speech(article, ms, q.outer.start - base, q))
        .collect();
    let owned = own_cues(article, d, &sent, quotes, &naming, &mut rec);
    // Salience: the subject of the sentence's main cue, else its first mention.
    if let Some(first) = owned
        .iter()
        .find(|o| o.explicit && o.speaker.is_some() && !o.relay && !o.relative)
    {
        let id = first.speaker.unwrap_or_default();
        match d.locals[id].kind {
            crate::attribution::SpeakerKind::Person => rec.person = rec.person.or(Some(id)),
            crate::attribution::SpeakerKind::Organisation if d.locals[id].group => {
                rec.group = rec.group.or(Some(id));
            }
            crate::attribution::SpeakerKind::Organisation => rec.org = rec.org.or(Some(id)),
        }
    }
    rec.person = rec.person.or(scanned.person);
    rec.org = rec.org.or(scanned.org);
    if rec.org.is_none() {
        rec.org = body_subject(&mut out.discourse, &sent, &rec);
    }
    rec.group = rec.group.or(scanned.group);
    rec.any_person = scanned.any_person;
    rec.paragraph = paragraph;
    let d = &out.discourse;
    let other_speaks = owned.iter().any(|o| {
        o.explicit
            && !o.relay
            && o.speaker
                .is_some_and(|id| d.locals[id].kind == crate::attribution::SpeakerKind::Person)
    });
    // Titles of works and labels ("the 'Final Whistle' podcast") are not speech.
    let no_speech = naming.iter().all(|&n| n);
    if no_speech && !other_speaks {
        rec.subject_at = opening_name_at(ms, base);
    }
    if quotes.is_empty() && owned.is_empty() {
        let he_or_she = |w: &super::text::Word| match w.text {
            "he" | "He" => Some("he"),
            "she" | "She" => Some("she"),
            _ => None,
        };
        // A sentence within the look has its words split already.
        rec.pronoun = if ms.len() <= 120 {
            sent.words.iter().find_map(he_or_she)
        } else {
            super::text::word_iter(super::text::head(ms, 120)).find_map(|w| he_or_she(&w))
        };
    }
    // "“…” That was Jo Roe, speaking on the radio." / "So argues Jo Roe.":
    // a sentence after a quotation that names its source with no quotation
    // of its own.
    if quotes.is_empty() {
        next_sentence_source(article, out, paragraph, base, ms, &rec);
    }

    for (q, &names) in quotes.iter().zip(&naming) {
        let (qs, qe) = (q.outer.start - base, q.outer.end - base);
        let inner = &article.text[q.inner.clone()];
        if names {
            continue;
        }
        let pick = adjacent_after(&owned, ms, qs, qe)
            .or_else(|| main_before(&owned, qs))
            .or_else(|| {
                owned
                    .iter()
                    .find(|o| o.cue.range.start >= qe && o.speaker.is_some() && !o.relay)
            });
        let (speaker, cue) = if let Some(o) = pick {
            (
                o.speaker,
                Some(o.cue.range.start + base..o.cue.range.end + base),
            )
        } else if let Some(id) = colon_speaker(&mut out.discourse, ms, qs, base, &rec) {
            // "Chief executive Jane Roe put it bluntly: “…”"
            (Some(id), None)
        } else if let Some(id) = dash_source(article, &mut out.discourse, ms, qs, q, &rec) {
            // "— “…” — Jo Roe, senior fellow at …": a newsletter's signed quotation.
            (Some(id), None)
        } else if let Some(id) = lead_in_speaker(&out.statements, ms, qs, paragraph) {
            // "“…,” he said. Then, more quietly: “…”": a short lead-in with no
            // speaker of its own goes on with the paragraph's last speaker.
            (Some(id), None)
        } else {
            let opens_sentence = ms[..qs].trim().is_empty();
            let heading = quote_only && is_heading(inner);
            if !opens_sentence || heading {
                continue;
            }
            // "Lee Bray, speaking on a podcast, was less kind. 'We …'": the
            // person the sentence before was about, in the same paragraph.
            // Also a paragraph of quotation alone after one that opens on a
            // person already quoted ("Jo Roe was the last to leave. / '…'").
            let d = &out.discourse;
            let statements = &out.statements;
            let subject = d.records.last().and_then(|r| {
                let at = r.subject_at?;
                let id = person_named_at(d, at)?;
                let has_spoken = || statements.iter().any(|s| s.speaker == Some(id));
                // "Ita Roe, 73, whose house flooded, has no floors yet. / '…'":
                // a person introduced there by full name, first mentioned there.
                let introduced = || {
                    let l = &d.locals[id];
                    l.name.contains(' ') && l.mentions.iter().all(|m| m.start >= at)
                };
                (r.paragraph == paragraph
                    || (quote_only
                        && r.paragraph + 1 == paragraph
                        && (has_spoken() || introduced())))
                .then_some(id)
            });
            // "She pauses, pours another cup. / '…'": a quotation alone after a
            // paragraph about "she" is hers, when she has been quoted before.
            let pronoun = d
                .records
                .last()
                .filter(|r| subject.is_none() && quote_only && r.paragraph + 1 == paragraph)
                .and_then(|r| r.pronoun);
            let by_pronoun = pronoun.and_then(|p| {
                let id = out.discourse.resolve(
                    &Referent::Pronoun(p.to_string()),
                    q.outer.clone(),
                    &rec,
                )?;
                let spoken = out.statements.iter().any(|s| s.speaker == Some(id));
                (spoken && out.discourse.locals[id].kind == crate::attribution::SpeakerKind::Person)
                    .then_some(id)
            });
            let turn = (subject.is_none() && by_pronoun.is_none() && quote_only)
                .then(|| dialogue_turn(article, out, paragraph, inner))
                .flatten();
            if turn.is_some() {
                out.dialogue_turn = Some(paragraph);
            }
            (
                subject
                    .or(by_pronoun)
                    .or(turn)
                    .or(out.discourse.last_speaker),
                None,
            )
        };
        // A run-on quotation with no owner yet may take the speaker of its
        // continuation (see `carry_back_continued`); otherwise it is dropped.
        if speaker.is_none() && !q.continues {
            continue;
        }
        out.statements.push(LocalStatement {
            range: q.inner.clone(),
            paragraph,
            speaker,
            cue,
        });
        if speaker.is_some() {
            out.discourse.last_speaker = speaker;
            out.discourse.cited = None;
        }
    }
    let d = &mut out.discourse;
    d.learn_genders(ms, base);
    // "…, and Kyiv has not commented": a denied cue reports no words.
    let denied = |o: &&Owned| {
        let before = ms[..o.cue.range.start].trim_end();
        let last = before.rsplit(' ').next().unwrap_or("");
        matches!(last, "not" | "never" | "n't")
            || last.ends_with("n't")
            || before.ends_with("declined to")
            || before.ends_with("refused to")
    };
    if let Some(o) = owned
        .iter()
        .find(|o| o.explicit && o.speaker.is_some() && !o.relay && !denied(o))
    {
        if quotes.is_empty() {
            d.last_speaker = o.speaker;
            d.cited = o
                .speaker
                .filter(|_| matches!(o.cue.kind, CueKind::AccordingTo));
        }
    }
    d.records.push(rec);
}

/// Resolve every cue of the sentence to a speaker.
fn own_cues(
    article: &Article,
    d: &mut Discourse,
    sent: &Sentence,
    quotes: &[&QuoteSpan],
    naming: &[bool],
    rec: &mut SentenceRecord,
) -> Vec<Owned> {
    let (base, ms) = (sent.base, sent.text);
    let mut owned: Vec<Owned> = Vec::new();
    // Most sentences hold no cue: nothing below is asked of them.
    let cues = cues::find(ms);
    if cues.is_empty() {
        return owned;
    }
    // Where each quotation that closes a clause ends (titles, labels and quotes
    // inside a relative clause do not), ascending: found once per sentence, so
    // a sentence with many cues and quotations stays near-linear.
    let closing_ends: Vec<usize> = quotes
        .iter()
        .zip(naming)
        .filter(|&(q, &names)| !names && !inside_subject(article, ms, q.outer.start - base, q))
        .map(|(q, _)| q.outer.end - base)
        .collect();
    for cue in cues {
        let (cs, ce) = (cue.range.start, cue.range.end);
        let last_quote_end = closing_ends[..closing_ends.partition_point(|&e| e <= cs)]
            .last()
            .copied()
            .unwrap_or(0);
        // Only the stretch since the previous cue is searched: linear per sentence.
        let since = owned.last().map_or(0, |o| o.cue.range.end).min(cs);
        let that = rfind_that(&ms[since..cs]).map_or(0, |i| since + i + 6);
        let clause_start = last_quote_end.max(if owned.is_empty() { 0 } else { that });
        let seg = &ms[clause_start..cs];
        let prev = owned
            .iter()
            .rev()
            .find(|o| o.speaker.is_some())
            .map(|o| o.speaker);
        let coordinated = {
            let t = seg.trim_end();
            let lw = t.rsplit(' ').next().unwrap_or("");
            matches!(lw, "and" | "but" | "also" | "or") && prev.is_some() && {
                // Only the last few words matter: no scan of the whole clause.
                let ws = sent.words_of(super::text::tail_words(t, 3));
                // "he also said" has its own subject.
                let own_subject = |w: &super::text::Word| {
                    super::text::is_capitalised(w.text)
                        || super::lexicon::is_in(&super::lexicon::PRONOUNS, w.text)
                };
                ws.len() <= 2 || !ws.iter().rev().nth(1).is_some_and(own_subject)
            }
        };
        // "Marta, 64, who asked that her name be withheld, said": the verb
        // after a relative clause closed by its comma is the main verb of the
        // relative pronoun's antecedent.
        let after_relative = matches!(cue.kind, CueKind::Verb { .. })
            && !coordinated
            && seg.trim_end().ends_with(',')
            && owned
                .last()
                .is_some_and(|p| p.explicit && p.speaker.is_some() && p.relative);
        let (referent, explicit) = match cue.kind {
            CueKind::AccordingTo => (subject_after_in(sent, &ms[ce..]), true),
            CueKind::QuotedAs => {
                let end = cues::quoted_as_end(ms, ce).unwrap_or(ce);
                (subject_after_in(sent, &ms[ce..end]), true)
            }
            CueKind::PassiveQuoted => {
                let aux = ms[..cs].trim_end().rfind(' ').unwrap_or(0);
                (
                    subject_before_in(sent, &ms[clause_start.min(aux)..aux]),
                    true,
                )
            }
            CueKind::InWords => {
                let pronoun = ms[cs..ce]
                    .split_whitespace()
                    .nth(1)
                    .and_then(subject_pronoun)
                    .unwrap_or("it");
                (Some(Referent::Pronoun(pronoun.to_string())), true)
            }
            CueKind::Participle => match absolute_subject(&ms[..cs]) {
                Some(r) => (Some(r), true),
                None => (None, false),
            },
            CueKind::Verb { invertible } => {
                if coordinated {
                    (None, false)
                } else {
                    match subject_before_in(sent, seg) {
                        None if after_relative => (None, true),
                        Some(r) => (Some(r), true),
                        None if invertible && seg.trim().trim_matches(',').trim().is_empty() => {
                            (subject_after_in(sent, &ms[ce..]), true)
                        }
                        None => (None, false),
                    }
                }
            }
        };
        // "Bison in the forest have suffered …": a common noun opening the
        // sentence, capitalised only there, is no person.
        let referent = referent.filter(|r| !common_noun_opener(article, d, seg, r));
        let at = cs + base..ce + base;
        // "…," Interfax reported: whoever "reports" a quotation relays it; a
        // speaker named elsewhere in the sentence wins (see below).
        let reports = matches!(&ms[cs..ce], "reported" | "reports");
        // "X described it as '…', according to a report by …": a document
        // whose issuer is not read passes X's words on; alone in its sentence
        // it is the source. One "from the Foreign Ministry" is the source.
        let according = ms
            .get(cs..cs + 9)
            .is_some_and(|t| t.eq_ignore_ascii_case("according"));
        let relay = referent.as_ref().is_some_and(|r| {
            is_relay(article, r)
                || (reports && matches!(r, Referent::Named(_)))
                || (according && matches!(r, Referent::Document { issuer: None, .. }))
        });
        let speaker = match &referent {
            Some(r) => d.resolve(r, at, rec),
            None if after_relative => prev.flatten(),
            None if !explicit => prev.flatten().or_else(|| {
                // A participle opening on the sentence's subject.
                subject_before_in(sent, &ms[..cs])
                    .or_else(|| {
                        matches!(cue.kind, CueKind::Participle)
                            .then(|| subject_of_predicate(sent, &ms[..cs]))
                            .flatten()
                    })
                    .or_else(|| opening_pronoun(&ms[..cs]))
                    .and_then(|r| d.resolve(&r, cs + base..ce + base, rec))
            }),
            None => None,
        };
        let relative = in_relative_clause(seg);
        if let (Some(id), true) = (speaker, explicit && !relay) {
            d.locals[id].spoke = true;
            // A relative clause's speaker is not what the sentence is about.
            if !relative {
                // "Acme said …, and the company added": a later cue of the
                // same sentence finds the body that spoke first.
                let l = &d.locals[id];
                match l.kind {
                    crate::attribution::SpeakerKind::Person => rec.person = rec.person.or(Some(id)),
                    crate::attribution::SpeakerKind::Organisation if !l.group => {
                        rec.org = rec.org.or(Some(id));
                    }
                    crate::attribution::SpeakerKind::Organisation => {}
                }
            }
        }
        if let Some(Referent::Document { .. }) = referent {
            if let Some(id) = speaker {
                d.doc_issuer = Some(id);
            }
        }
        // "…, in a statement carried by the state broadcaster, said": an
        // aside between the subject and its verb names the document too.
        let statement_aside = seg.split(',').any(|c| {
            let c = c.trim_start();
            c.starts_with("in a ") && super::text::head(c, 40).contains("statement")
        });
        if explicit
            && speaker.is_some()
            && (statement_aside
                || ms[ce..].trim_start().starts_with("in a ") && ms[ce..].contains("statement"))
        {
            d.doc_issuer = speaker;
        }
        // "In a statement released later, Pentagon officials said": the
        // subject issued the document the sentence opens on.
        if explicit && speaker.is_some() && owned.is_empty() && opens_on_document(&ms[..cs]) {
            d.doc_issuer = speaker;
        }
        // "the firm said in a filing", "In a note to clients, he wrote": who
        // issued which kind of document, for a later "the filing said".
        if let (Some(id), true) = (speaker, explicit && !relay) {
            let kind = document_in(&ms[ce..])
                .or_else(|| seg.split(',').skip(1).find_map(document_in))
                .or_else(|| owned.is_empty().then(|| document_in(&ms[..cs])).flatten());
            if let Some(noun) = kind {
                d.doc_issuers.push((noun, id));
            }
        }
        let embedded = owned.last().is_some_and(|p| {
            let between = &ms[p.cue.range.end..cs];
            // A relative clause closes at its comma or quotation: what
            // follows is the main clause ("…, who said that …, the diplomat noted").
            let closed = p.relative && (between.contains(',') || between.contains(MASK as char));
            !closed
                && (has_that(between) || between.starts_with(" that"))
                && !between.contains(", and ")
                && !between.contains(", but ")
                && !between.contains(", while ")
                && !between.contains(", though ")
                && !between.contains(", although ")
                && !between.contains(", whereas ")
                && !between.contains(';')
        });
        owned.push(Owned {
            cue,
            speaker,
            explicit,
            embedded,
            relay,
            clause_start,
            relative,
        });
    }
    // A relay only stands when nobody else in the sentence is named as speaking.
    let has_source = owned
        .iter()
        .any(|o| o.speaker.is_some() && !o.relay && o.explicit);
    if !has_source {
        for o in &mut owned {
            o.relay = false;
        }
    }
    owned
}

/// Is `r` a lone capitalised word that opens the clause `seg`, is not
/// right before the verb, names nobody the article knows, and that the
/// article also writes in lowercase ("Bison …" where "bison" is the topic)?
fn common_noun_opener(article: &Article, d: &Discourse, seg: &str, r: &Referent) -> bool {
    let Referent::Named(n) = r else {
        return false;
    };
    let t = seg.trim();
    let opens = t
        .strip_prefix(n.name.as_str())
        .is_some_and(|rest| rest.starts_with(' '));
    if n.kind != crate::attribution::SpeakerKind::Person
        || n.role.is_some()
        || n.name.contains(' ')
        || !opens
        || d.person_by_surname(&n.name).is_some()
    {
        return false;
    }
    let lower = n.name.to_lowercase();
    // "Members of the union said", "Residents said": people by role speak.
    let people = super::phrase::is_noun_in(&super::lexicon::ROLE_NOUNS, &lower)
        || super::phrase::is_plural_group(&lower);
    lower != n.name
        && !people
        && article.text.match_indices(lower.as_str()).any(|(at, w)| {
            let before = article.text[..at].chars().next_back();
            let after = article.text[at + w.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// Where (in the article) the name that opens the sentence starts, after a
/// leading adverbial chunk such as "At a meeting on Thursday,": only text is
/// read here; which person is named there is looked up only when a quotation
/// needs it (see [`person_named_at`]).
fn opening_name_at(ms: &str, base: usize) -> Option<usize> {
    let lead = ms.len() - ms.trim_start().len();
    let t = ms.trim_start();
    let first = t.split(' ').next().unwrap_or("").to_ascii_lowercase();
    let start = if super::lexicon::is_in(&super::lexicon::CHUNK_OPENERS_SKIP, &first) {
        let comma = super::text::head(t, 100).find(", ")?;
        lead + comma + 2
    } else {
        lead
    };
    if !ms[start..].starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    Some(base + start + described_name_at(&ms[start..]).unwrap_or(0))
}

/// "The deputy commander of the fleet, Rear Adm. Jo Roe, visited …": a
/// sentence opening on a description of a person, with the name in apposition
/// after it. Where that name starts (titles skipped), relative to `t`.
fn described_name_at(t: &str) -> Option<usize> {
    let (lead, _) = t.split_once(' ')?;
    if !matches!(lead, "The" | "Its" | "His" | "Her" | "Their") {
        return None;
    }
    let comma = super::text::head(t, 120).find(", ")?;
    let desc = words(&t[..comma]);
    let role = desc
        .iter()
        .any(|w| super::lexicon::is_in(&super::lexicon::ROLE_NOUNS, w.text));
    if !role || t[..comma].contains(MASK as char) {
        return None;
    }
    let after = &t[comma + 2..];
    let close = after.find(", ")?;
    let mut at = comma + 2;
    for w in after[..close].split(' ') {
        let bare = w.trim_end_matches('.').to_ascii_lowercase();
        if !super::lexicon::is_in(&super::lexicon::TITLE_WORDS, &bare) || !is_upper_start(w) {
            break;
        }
        at += w.len() + 1;
    }
    (at < comma + 2 + close && t[at..].starts_with(|c: char| c.is_uppercase())).then_some(at)
}

fn is_upper_start(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
}

/// The person with a mention starting at byte `at`, if any.
fn person_named_at(d: &Discourse, at: usize) -> Option<usize> {
    d.locals.iter().position(|l| {
        l.kind == crate::attribution::SpeakerKind::Person
            && l.mentions.iter().any(|m| m.start == at || m.contains(&at))
    })
}

/// "A company commander who goes by the call sign 'Kuzya'": the role and the
/// name the person is known by, from the words before the quotation and its
/// text (one or two capitalised words).
fn name_goes_by(before: &str, inner: &str) -> Option<(String, String)> {
    let before = before.trim_end();
    let lead = [
        "call sign",
        "callsign",
        "nickname",
        "nom de guerre",
        "goes by",
        "go by",
        "known as",
        "nicknamed",
        "named",
        "called",
    ]
    .iter()
    .find(|l| before.ends_with(*l))?;
    let name = inner.trim().trim_end_matches([',', '.']);
    let parts: Vec<&str> = name.split_whitespace().collect();
    if parts.is_empty() || parts.len() > 2 || !parts.iter().all(|w| is_upper_start(w)) {
        return None;
    }
    let clause = &before[..before.len() - lead.len()];
    let who = clause.rfind(" who ")?;
    let ws: Vec<&str> = clause[..who].split_whitespace().collect();
    let det = ws
        .iter()
        .rposition(|w| matches!(*w, "a" | "A" | "an" | "An" | "the" | "The"))?;
    let role = &ws[det + 1..];
    let last = role.last()?;
    let lowercase = role
        .iter()
        .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
    (lowercase && role.len() <= 4 && crate::attribution::phrase::is_role_word(last))
        .then(|| (role.join(" "), name.to_string()))
}

/// A quotation that names something rather than reports speech: a title of
/// a work or a label ("the 'Final Whistle' podcast", "so-called 'red lines'").
fn names_no_speech(article: &Article, ms: &str, qs: usize, q: &QuoteSpan) -> bool {
    let qe = qs + q.outer.len();
    let inner = &article.text[q.inner.clone()];
    is_label(ms, qs)
        || is_title_of_work(inner, ms, qs)
        || is_name_given(inner, ms, qs)
        || (!characterised(&ms[..qs]) && ms.get(qe..).is_some_and(described_as_label))
        || ms
            .get(qe..)
            .is_some_and(|after| names_a_programme(inner, after.trim_start()))
}

/// A quotation that does not end the search for a subject before it (besides
/// a title or label, see [`names_no_speech`]): one inside a relative clause
/// ("Jane Roe, whose petition 'Stop the Sewage' has 300,000 signatures, said").
fn inside_subject(article: &Article, ms: &str, qs: usize, q: &QuoteSpan) -> bool {
    // A relative clause sits within a few words of its quotation: a bounded
    // look back keeps a long sentence of many quotations linear.
    let mut from = qs.saturating_sub(400);
    while !ms.is_char_boundary(from) {
        from += 1;
    }
    let before = &ms[from..qs];
    let first = last_chunk_opener(before);
    // A quotation ending on a comma closes the relative clause ("…, who said
    // Washington was "concerned," the diplomat noted").
    let closes = article.text[q.inner.clone()].trim_end().ends_with(',');
    matches!(first, "who" | "whose" | "which") && before.contains(',') && !closes
}

/// "He declined to take the credit on Sunday, saying …": a sentence that opens
/// on he, she or they, whose verb phrase the participle hangs on.
fn opening_pronoun(before: &str) -> Option<Referent> {
    let p = match before.split_whitespace().next()? {
        "He" => "he",
        "She" => "she",
        "They" => "they",
        _ => return None,
    };
    // One clause only: no second subject between the pronoun and the participle.
    let one_clause =
        !before.contains(" and ") && !before.contains(" but ") && before.matches(',').count() <= 1;
    one_clause.then(|| Referent::Pronoun(p.to_string()))
}

/// "Jo Roe, whose father built the depot, spoke before the vote, telling …":
/// the participle's subject is the main clause's, written before the
/// predicate chunk ("spoke before the vote") that opens on a past-tense verb.
fn subject_of_predicate(sent: &Sentence, before: &str) -> Option<Referent> {
    let t = before.trim_end().strip_suffix(',')?;
    let cut = t.rfind(", ")?;
    let verb = t[cut + 2..].split(' ').next()?;
    let past = verb.len() > 3 && verb.ends_with("ed")
        || matches!(
            verb,
            "spoke"
                | "made"
                | "stood"
                | "took"
                | "gave"
                | "went"
                | "came"
                | "rose"
                | "met"
                | "wrote"
                | "sat"
                | "left"
                | "held"
                | "led"
                | "broke"
                | "began"
                | "sent"
        );
    if !past || !verb.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    subject_before_in(sent, &t[..=cut])
}

/// "…, with developing countries accusing …": the subject of an absolute
/// participle clause, written between "with" and the participle.
fn absolute_subject(before: &str) -> Option<Referent> {
    let chunk = before.rsplit([',', ';']).next()?.trim();
    let rest = chunk.strip_prefix("with ")?;
    let ws = words(rest);
    if ws.is_empty() || ws.len() > 4 || rest.contains(MASK as char) {
        return None;
    }
    if let Some(Referent::Named(n)) = subject_before(rest) {
        return Some(Referent::Named(n));
    }
    let group = ws.last().is_some_and(|w| w.text.ends_with('s'));
    Some(Referent::Named(Named {
        name: rest.trim_start_matches("the ").to_string(),
        kind: crate::attribution::SpeakerKind::Organisation,
        role: None,
        group,
    }))
}

/// "The regional transport authority sees it differently.": a sentence whose
/// subject is an unnamed body ("the" + a body noun) makes that body the one a
/// later "it" refers to.
fn body_subject(d: &mut Discourse, sent: &Sentence, rec: &SentenceRecord) -> Option<usize> {
    let (ms, base) = (sent.text, sent.base);
    let t = ms.trim_start();
    if !(t.starts_with("The ") || t.starts_with("the ")) {
        return None;
    }
    let ws = sent.head_words(160);
    let n = super::speakers::np_extent(&ws);
    if n < 2 || ws[n - 1].comma_after {
        return None;
    }
    let r = super::speakers::interpret_in(sent, &ws[..n])?;
    let Referent::Body { head, text } = &r else {
        return None;
    };
    if !text.contains(' ') {
        // "The alliance …": only a body the article has already named.
        return d.locals.iter().rposition(|l| {
            l.kind == crate::attribution::SpeakerKind::Organisation
                && l.name
                    .split_whitespace()
                    .any(|w| super::lexicon::singular(w) == *head)
        });
    }
    let id = d.resolve(&r, base..base + ws[n - 1].end, rec)?;
    (d.locals[id].kind == crate::attribution::SpeakerKind::Organisation).then_some(id)
}

/// A quotation introduced by a colon after a clause with no reporting verb:
/// its speaker is the clause's subject.
fn colon_speaker(
    d: &mut Discourse,
    ms: &str,
    qs: usize,
    base: usize,
    rec: &SentenceRecord,
) -> Option<usize> {
    let before = ms[..qs].trim_end();
    let clause = before.strip_suffix(':')?;
    if clause.contains(MASK as char) {
        return None;
    }
    let r = subject_before(clause)?;
    d.resolve(&r, base..base + clause.len(), rec)
}

/// "In a statement released after the briefing, …": a sentence opening on
/// a chunk "In a/an … <document>".
/// The kind of document an "in a …" phrase opening `t` names ("in a filing
/// with the exchange" → "filing"), looked for in its first few words.
fn document_in(t: &str) -> Option<String> {
    let t = t.trim_start();
    // "In her written statement, Jo Roe said": a possessive names the same
    // issuer as the sentence's speaker.
    let rest = [
        "in a ",
        "in an ",
        "In a ",
        "In an ",
        "in her ",
        "In her ",
        "in his ",
        "In his ",
        "in their ",
        "In their ",
        "in its ",
        "In its ",
        // "Jo Roe wrote in the email": the document named before is hers.
        "in the ",
    ]
    .iter()
    .find_map(|p| t.strip_prefix(p))?;
    doc_noun_among(first_clause(rest), 3)
}

/// Text up to the first comma, full stop or semicolon.
fn first_clause(t: &str) -> &str {
    t.split([',', '.', ';']).next().unwrap_or("")
}

/// The first document noun among the first `n` words of `t`, lowercased.
fn doc_noun_among(t: &str, n: usize) -> Option<String> {
    words(t)
        .iter()
        .take(n)
        .map(|w| w.text.to_ascii_lowercase())
        .find(|w| super::lexicon::is_in(&super::lexicon::DOC_NOUNS, w))
}

/// "releases a brief statement", "issued a joint communique": the kind of
/// document a sentence's verb of issuing puts out, and where that verb starts.
fn issued_document(ms: &str) -> Option<(String, usize)> {
    // One regex pass (its literal prefilter skips most sentences at once):
    // eight substring searches per sentence showed in the harness.
    static ISSUES: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r" (?:releas|issu|publish)e[ds]? |puts? out ").expect("issuing verbs")
    });
    let m = ISSUES.find(ms)?;
    let at = m.start() + usize::from(ms.as_bytes()[m.start()] == b' ');
    let after = &ms[m.end()..];
    let clause = first_clause(after);
    let determined = word_iter(clause)
        .next()
        .is_some_and(|w| matches!(w.text, "a" | "an" | "its" | "his" | "her" | "their"));
    if !determined {
        return None;
    }
    doc_noun_among(clause, 5).map(|noun| (noun, at))
}

fn opens_on_document(before: &str) -> bool {
    let t = before.trim_start();
    if !(t.starts_with("In a ") || t.starts_with("In an ")) {
        return false;
    }
    let chunk = t.split(',').next().unwrap_or("");
    chunk.len() < before.len()
        && words(chunk)
            .iter()
            .take(4)
            .any(|w| super::lexicon::is_in(&super::lexicon::DOC_NOUNS, w.text))
}

/// Does the quotation (starting at `qs`) continue the clause of a cue before
/// it (`Pryor said that Washington was "…," the diplomat noted`)? Then that
/// cue owns it, not the attribution after it.
fn continues_earlier_clause(owned: &[Owned], ms: &str, qs: usize) -> bool {
    let Some(p) = owned.iter().rev().find(|o| o.cue.range.end <= qs) else {
        return false;
    };
    let between = &ms[p.cue.range.end..qs];
    p.speaker.is_some()
        && p.explicit
        && !p.relay
        && matches!(p.cue.kind, CueKind::Verb { .. })
        && !between.trim().is_empty()
        && !between.contains([',', ';', '.', '!', '?', ':', MASK as char])
        // Counted without a vector: at most twelve words.
        && word_iter(between).nth(12).is_none()
}

/// Strength 1: the attribution right after the closing mark.
fn adjacent_after<'a>(owned: &'a [Owned], ms: &str, qs: usize, qe: usize) -> Option<&'a Owned> {
    let o = owned.iter().find(|o| o.cue.range.start >= qe)?;
    if matches!(o.cue.kind, CueKind::Verb { .. }) && continues_earlier_clause(owned, ms, qs) {
        return None;
    }
    if o.speaker.is_none() || o.relay || !o.explicit || o.clause_start > qe {
        return None;
    }
    let between = &ms[qe..o.cue.range.start];
    if between.contains(MASK as char) || has_that(between) {
        return None;
    }
    if between.trim_start().starts_with(['.', '!', '?'])
        || between.split(' ').nth(40).is_some()
        // Counted without a vector: more than twelve words.
        || word_iter(between).nth(12).is_some()
    {
        return None;
    }
    Some(o)
}

/// Strength 2: the main reporting clause before the quotation.
fn main_before(owned: &[Owned], qs: usize) -> Option<&Owned> {
    let before: Vec<&Owned> = owned
        .iter()
        .filter(|o| o.cue.range.end <= qs && o.speaker.is_some() && !o.relay)
        .collect();
    before
        .iter()
        .rev()
        .find(|o| o.explicit && !o.embedded)
        .or_else(|| before.first())
        .copied()
}

#[cfg(test)]
mod tests {
    /// A word followed by a curly quotation mark is no comma-separated name,
    /// and looking must not cut the mark in two (a panic found by the
    /// property test on random text).
    #[test]
    fn commas_are_looked_for_on_character_boundaries() {
        assert_eq!(
            super::as_written_with_commas("officials Uxhrbt", "officials\u{201c} Uxhrbt"),
            None
        );
        assert_eq!(
            super::as_written_with_commas("Ministry of Land Roads", "Ministry of Land, Roads"),
            Some("Ministry of Land, Roads".to_string())
        );
    }

    /// The byte scan cuts where `rsplit` on the four chars does, on text
    /// with dashes, other E2 80 punctuation, accents and no cut at all.
    #[test]
    fn last_chunk_start_matches_rsplit() {
        for s in [
            "",
            "Jane Roe, who",
            "a (b; c — who said",
            "the minister—who",
            "“quoted” – not a cut … who",
            "Café owner Zoë said",
            "one, two; three ( four — five — six",
            "—",
            ",",
            "ends on a comma,",
        ] {
            let want = s.rsplit([',', ';', '(', '—']).next().unwrap_or("");
            assert_eq!(&s[super::last_chunk_start(s)..], want, "{s}");
        }
    }
}
