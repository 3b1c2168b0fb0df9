//! Turning a saved news page into an article: strip page furniture, keep what
//! is metadata (headline, outlet, dateline, wire credits, captions, reading time).
//!
//! The rules describe how news sites print pages in general (navigation lines,
//! media-player residue, an outlet footer after the image placeholder, captions
//! printed twice), not any one article.

use super::article::{Paragraph, ParagraphKind};
use regex::Regex;
use regex_automata::meta;
use std::sync::LazyLock;

/// The result of cleaning one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    pub title: String,
    pub outlet: Option<String>,
    pub dateline: Option<String>,
    pub wires: Vec<String>,
    pub reading_time: Option<String>,
    /// Paragraphs joined by a blank line.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
}

/// Lines that are navigation or widget chrome wherever they appear.
fn is_furniture(line: &str) -> bool {
    static MEDIA_TIME: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s*)+$").unwrap());
    let l = line.trim();
    let lower = l.to_lowercase();
    matches!(
        lower.as_str(),
        "accessibility links"
            | "breaking news"
            | "skip to main content"
            | "skip to content"
            | "please wait"
            | "no media source currently available"
            | "advertisement"
            | "share"
            | "print"
            | "xs"
            | "sm"
            | "md"
            | "lg"
            | "xl"
    ) || (l.starts_with(|c: char| c.is_ascii_digit()) && MEDIA_TIME.is_match(l))
}

/// Lines that announce a media player; the line before them is the clip's title.
fn starts_player(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    lower == "please wait" || lower == "no media source currently available"
}

/// The image placeholder that opens an outlet's footer ("• 16x9 Image").
fn is_footer_start(line: &str) -> bool {
    static IMAGE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[•·*\-]?\s*\d+\s*x\s*\d+\s+Image$").unwrap());
    // Cheap tests first: every line of a 200,000-line article comes here.
    (line.trim_end().ends_with("Image") && IMAGE.is_match(line.trim()))
        || (line.contains("undesirable") && NOTICE.is_match(line))
}

/// The outlet's "undesirable organization" notice, which opens its footer.
static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"has been (?:declared|designated|labell?ed) an? ["“]?undesirable"#).unwrap()
});

/// Whether joining two hard-wrapped lines would write the footer notice across
/// the join. Such lines stay separate paragraphs, so that cleaning the cleaned
/// text again finds no footer in it. Looks only near the join (the notice is
/// short), which keeps joining a 200,000-line paragraph linear.
fn joins_into_notice(before: &str, after: &str) -> bool {
    const NEAR: usize = 64;
    let mut tail = before.len().saturating_sub(NEAR);
    while !before.is_char_boundary(tail) {
        tail += 1;
    }
    let mut head = after.len().min(NEAR);
    while !after.is_char_boundary(head) {
        head -= 1;
    }
    NOTICE.is_match(&format!("{} {}", &before[tail..], &after[..head]))
}

static READING_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^reading time:\s*(.+?)\s*$").unwrap());
static WIRES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:with (?:additional )?reporting by|additional reporting by|compiled from reports by)\s+(.+?)\.?\s*$")
        .unwrap()
});

/// Clean sanitized page text.
pub fn clean(input: &str) -> Cleaned {
    let lines: Vec<&str> = input.lines().map(str::trim).collect();
    let footer_at = lines
        .iter()
        .position(|l| is_footer_start(l))
        .unwrap_or(lines.len());
    let (body, footer) = lines.split_at(footer_at);

    let mut out = Cleaned {
        outlet: footer_outlet(footer),
        ..Cleaned::default()
    };
    let mut paras: Vec<(String, ParagraphKind)> = Vec::new();
    for block in body.split(|l| l.is_empty()) {
        clean_block(block, &mut out, &mut paras);
    }

    promote_headline(&mut out.title, &mut paras);

    // A standfirst may come before the dateline paragraph: look at the first two.
    if let Some((place, agency)) = paras
        .iter()
        .filter(|(_, k)| *k == ParagraphKind::Body)
        .take(2)
        .find_map(|(t, _)| dateline(t))
    {
        out.dateline = Some(place);
        if out.outlet.is_none() {
            out.outlet = agency;
        }
    }

    for (text, kind) in paras {
        for part in split_long(&text) {
            if !out.text.is_empty() {
                out.text.push_str("\n\n");
            }
            let start = out.text.len();
            out.text.push_str(part);
            out.paragraphs.push(Paragraph {
                range: start..out.text.len(),
                kind,
            });
        }
    }
    out
}

/// A saved web page opens on the site's masthead and menus ("The Hill",
/// "News | Policy | Defense", "Skip links"), so its first line is no headline.
/// There the headline is the first headline-shaped line of the few printed
/// just above the byline or date, before the story's first paragraph of
/// prose; it becomes the title, and the chrome above it is dropped. A page
/// that opens on its headline keeps it.
fn promote_headline(title: &mut String, paras: &mut Vec<(String, ParagraphKind)>) {
    let zone = paras
        .iter()
        .position(|(t, _)| is_prose(t))
        .unwrap_or(paras.len());
    // A standfirst or a caption may sit between the headline and its byline.
    let reach = (zone + 3).min(paras.len());
    let Some(byline) = (0..reach).find(|&k| is_byline_or_date(&paras[k].0)) else {
        return;
    };
    let menu_lines = paras[..byline]
        .iter()
        .filter(|(t, _)| t.contains(" | ") || t.split_whitespace().count() <= 3)
        .count();
    if !is_masthead(title) && menu_lines < 3 {
        return;
    }
    let found = (byline.saturating_sub(3)..byline.min(zone + 1))
        .find(|&k| paras[k].1 == ParagraphKind::Body && is_headline_shaped(&paras[k].0));
    if let Some(k) = found {
        *title = paras
            .drain(..=k)
            .next_back()
            .map(|(t, _)| t)
            .unwrap_or_default();
    }
}

/// A first line that is a site's name or menu rather than a headline: a
/// menu of "|"-separated items, a line of capitals, or a name of three
/// capitalised words or fewer ("The Kyiv Independent").
fn is_masthead(line: &str) -> bool {
    line.contains(" | ")
        || !line.chars().any(char::is_lowercase)
        || (line.split_whitespace().count() <= 3
            && line
                .split_whitespace()
                .all(|w| !w.starts_with(char::is_lowercase)))
        || line.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "Skip" | "Accessibility" | "Menu" | "Search" | "Sign" | "Log"
            )
        })
}

/// Running prose: a long line ending a sentence (the story or a caption).
fn is_prose(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (words >= 15 && ends_with_stop(line)) || words >= 40
}

/// A line shaped like a headline: a few words, not a menu, not a sentence
/// of body copy, not a credit or a caption.
fn is_headline_shaped(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (4..=30).contains(&words)
        && !line.contains('|')
        && !line.contains('©')
        && line.chars().any(char::is_lowercase)
        && !line.ends_with('.')
        && !is_byline_or_date(line)
        && !line.starts_with('[')
        && !line.contains("PHOTO:")
        && !line.contains("Photo:")
}

/// "By Jo Roe", "Text by: …", "September 29, 2022", "Issued on: 16/03/2014",
/// "Updated 4:12 AM EDT, Thu August 4, 2022": the line under a headline.
fn is_byline_or_date(line: &str) -> bool {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:published|updated|issued|posted|first published|last updated)\b|(?:by|text by)\b:?\s+\S|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b|\d{4}-\d{2}-\d{2}\b|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})").unwrap()
    });
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:posted|published|updated|issued on):?\s+\S").unwrap()
    });
    line.len() < 200 && (DATE.is_match(line.trim()) || STAMP.is_match(line))
}

/// Longest paragraph kept whole. News paragraphs are well under 2 KiB; a
/// longer "paragraph" is a page saved without line breaks or an attack, and
/// later stages (sentence analysis, wrapping) are not built for megabytes.
pub const MAX_PARAGRAPH: usize = 16 * 1024;

/// Split `text` into pieces of at most [`MAX_PARAGRAPH`] bytes, of similar
/// length (so no short tail could read as a furniture line), cut at a space
/// where one is near, else at a char boundary. Pieces are trimmed.
fn split_long(text: &str) -> Vec<&str> {
    if text.len() <= MAX_PARAGRAPH {
        return vec![text];
    }
    let pieces = text.len().div_ceil(MAX_PARAGRAPH);
    let target = text.len().div_ceil(pieces);
    let mut out = Vec::with_capacity(pieces + 1);
    let mut rest = text;
    while rest.len() > MAX_PARAGRAPH {
        let mut cut = rest.floor_char_boundary(target);
        let half = rest.floor_char_boundary(cut / 2);
        if let Some(space) = rest[half..cut].rfind(' ') {
            cut = half + space;
        }
        let (head, tail) = rest.split_at(cut);
        let head = head.trim();
        if !head.is_empty() {
            out.push(head);
        }
        rest = tail.trim_start();
    }
    if !rest.trim().is_empty() {
        out.push(rest.trim());
    }
    out
}

/// One blank-line-separated block of lines: metadata lines are taken out,
/// furniture dropped, twice-printed lines kept once as captions, the first
/// remaining line becomes the title, and the rest paragraphs.
fn clean_block(block: &[&str], out: &mut Cleaned, paras: &mut Vec<(String, ParagraphKind)>) {
    let mut i = 0;
    let mut pending: Vec<&str> = Vec::new();
    while i < block.len() {
        let line = block[i];
        // Metadata lines start with one of a few letters; test that before
        // running a regex on every line of a huge article.
        let first = line.chars().next().map(|c| c.to_ascii_lowercase());
        let reading = (first == Some('r'))
            .then(|| READING_TIME.captures(line))
            .flatten();
        let wires = matches!(first, Some('w' | 'a' | 'c'))
            .then(|| WIRES.captures(line))
            .flatten();
        if let Some(c) = reading {
            out.reading_time = Some(c[1].to_string());
        } else if let Some(c) = wires {
            out.wires.extend(split_list(&c[1]));
        } else if block.get(i + 1).is_some_and(|next| starts_player(next)) && !is_furniture(line) {
            // The title of an embedded video clip: a caption, not body copy.
            flush(&mut pending, out, paras);
            paras.push((line.to_string(), ParagraphKind::Caption));
        } else if is_furniture(line) {
        } else if block.get(i + 1) == Some(&line) {
            flush(&mut pending, out, paras);
            paras.push((line.to_string(), ParagraphKind::Caption));
            while block.get(i + 1) == Some(&line) {
                i += 1;
            }
        } else if out.title.is_empty() && paras.is_empty() && pending.is_empty() {
            out.title = line.to_string();
        } else {
            pending.push(line);
        }
        i += 1;
    }
    flush(&mut pending, out, paras);
}

/// Emit pending body lines: one paragraph per line, except hard-wrapped text,
/// which is joined: a line that does not end a sentence continues into the
/// next when that one opens in lowercase, or when the whole block wraps at a
/// fixed width (see [`wraps_at_width`]). A list of related-story headlines,
/// one per line, is neither, and stays one paragraph per headline.
fn flush(pending: &mut Vec<&str>, out: &mut Cleaned, paras: &mut Vec<(String, ParagraphKind)>) {
    let _ = out;
    let wrapped = wraps_at_width(pending);
    let mut current = String::new();
    for line in pending.drain(..) {
        if !current.is_empty() {
            let continues = line.starts_with(char::is_lowercase) || wrapped;
            if ends_sentence(&current) || joins_into_notice(&current, line) || !continues {
                paras.push((std::mem::take(&mut current), ParagraphKind::Body));
            } else {
                current.push(' ');
            }
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        paras.push((current, ParagraphKind::Body));
    }
}

/// Widest line a hard-wrapping editor or mailer is assumed to produce; pages
/// saved one line per paragraph have far longer lines.
const WRAP_WIDTH: usize = 100;

/// Whether `lines` read as text wrapped at a fixed width: every line that
/// stops mid-sentence does so because the next line's first word would not
/// have fitted within the widest line. Headlines listed one per line stop
/// wherever they end, most of them well short of the widest.
fn wraps_at_width(lines: &[&str]) -> bool {
    let len = |l: &str| l.chars().count();
    let Some(width) = lines.iter().map(|l| len(l)).max() else {
        return false;
    };
    if lines.len() < 2 || width > WRAP_WIDTH {
        return false;
    }
    lines.windows(2).all(|pair| {
        let (a, b) = (pair[0], pair[1]);
        let next_word = b.split(' ').next().map_or(0, len);
        ends_with_stop(a) || len(a) + 1 + next_word > width
    })
}

fn ends_sentence(s: &str) -> bool {
    // `nth(39)` rather than `count()`: constant time on a paragraph that grows
    // line by line (a 200,000-line article must not clean in quadratic time).
    ends_with_stop(s) || s.chars().nth(39).is_none()
}

fn ends_with_stop(s: &str) -> bool {
    s.ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', ')', '…'])
}

/// Split "Reuters, AFP, and TASS" into its items.
fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .flat_map(|part| part.split(" and "))
        .map(|p| p.trim().trim_start_matches("and ").trim())
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// The outlet named in a footer: the service line after the image placeholder
/// ("RFE/RL's Ukrainian Service" → "RFE/RL"), or the subject of the outlet's
/// self-description ("RFE/RL journalists report…").
fn footer_outlet(footer: &[&str]) -> Option<String> {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^([A-Z][\w/.&\-]*(?:\s+[A-Z][\w/.&\-]*){0,3}?)(?:['’]s\b.*|\s+(?:journalists|reporters|has|is|was|provides|reports)\b.*)?$").unwrap()
    });
    let lines = footer.iter().skip(1).filter(|l| !l.is_empty());
    for line in lines {
        if let Some(c) = SUBJECT.captures(line) {
            let name = c[1].trim();
            if !name.is_empty() && name.split_whitespace().count() <= 4 {
                return Some(name.to_string());
            }
        }
    }
    None
}

/// "Brussels (dpa) – …" → ("Brussels", Some("dpa")); "KYIV, Ukraine — …" → ("KYIV", None);
/// "DUBAI: …" → ("DUBAI", None).
fn dateline(par: &str) -> Option<(String, Option<String>)> {
    // Unicode letter classes under bounded repeats: building the lazy DFA's
    // reverse automaton doubled what these cost to compile (about 180 M
    // instructions, more than attributing a small corpus), and they only
    // ever search a few opening paragraphs, so they run without it.
    fn without_lazy_dfa(pattern: &str) -> meta::Regex {
        meta::Regex::builder()
            .configure(meta::Config::new().hybrid(false))
            .build(pattern)
            .unwrap()
    }
    static WITH_AGENCY: LazyLock<meta::Regex> = LazyLock::new(|| {
        without_lazy_dfa(
            r"^([A-Z][\p{L}.'\-/ ]{1,40}?)(?:,\s*[\p{L}. ]{2,30})?\s*\(([^)]{1,30})\)\s*[–—\-]{1,2}\s",
        )
    });
    static CAPS: LazyLock<meta::Regex> = LazyLock::new(|| {
        without_lazy_dfa(
            r"^([A-Z][A-Z.'\- ]{2,30}?)(?:,\s*[\p{L}. ]{2,30})?(?:(?:\s*[–—]{1,2}|\s+-{1,2})\s|:\s+[A-Z])",
        )
    });
    let group = |caps: &regex_automata::util::captures::Captures, i: usize| {
        caps.get_group(i)
            .map_or("", |s| &par[s.range()])
            .trim()
            .to_string()
    };
    let mut caps = WITH_AGENCY.create_captures();
    WITH_AGENCY.captures(par, &mut caps);
    if caps.is_match() {
        return Some((group(&caps, 1), Some(group(&caps, 2))));
    }
    let mut caps = CAPS.create_captures();
    CAPS.captures(par, &mut caps);
    caps.is_match().then(|| (group(&caps, 1), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(c: &Cleaned) -> Vec<&str> {
        c.paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Body)
            .map(|p| &c.text[p.range.clone()])
            .collect()
    }

    #[test]
    fn furniture_and_footer_removed_metadata_kept() {
        let page = "Accessibility links\n\nBreaking News\n\nHeadline Here\n\nCaption line.\nCaption line.\n\nFirst para.\n\nClip title\nplease wait\n\nNo media source currently available\n\n0:00 0:02:50 0:00\n\nSecond para.\n\nWith reporting by Reuters, AFP, and TASS\n  • 16x9 Image\n\n    Some Service\n\n    Some Outlet journalists report things.\n\nTo find out more, click here.\n\nXS\nSM\nMD\nLG";
        let c = clean(page);
        assert_eq!(c.title, "Headline Here");
        assert_eq!(body(&c), ["First para.", "Second para."]);
        assert_eq!(c.captions_for_test(), ["Caption line.", "Clip title"]);
        assert_eq!(c.wires, ["Reuters", "AFP", "TASS"]);
        assert_eq!(c.outlet.as_deref(), Some("Some Service"));
    }

    #[test]
    fn possessive_service_names_outlet() {
        let c = clean(
            "T\n\nBody.\n• 16x9 Image\n\nNews Co's Polish Service\n\nNews Co journalists report.",
        );
        assert_eq!(c.outlet.as_deref(), Some("News Co"));
    }

    #[test]
    fn dateline_and_reading_time() {
        let c = clean(
            "Head\n\nReading Time: 3 minutes\n\nBrussels (dpa) – Something happened.\n\nMore.",
        );
        assert_eq!(c.reading_time.as_deref(), Some("3 minutes"));
        assert_eq!(c.dateline.as_deref(), Some("Brussels"));
        assert_eq!(c.outlet.as_deref(), Some("dpa"));
        assert_eq!(body(&c)[0], "Brussels (dpa) – Something happened.");
        let c = clean("Head\n\nKYIV, Ukraine — Troops moved.");
        assert_eq!(c.dateline.as_deref(), Some("KYIV"));
        assert_eq!(c.outlet, None);
        // A plain hyphen set off by spaces, as some outlets type the dash.
        let c = clean("Head\n\nKIGALI - Police launched an operation.");
        assert_eq!(c.dateline.as_deref(), Some("KIGALI"));
        // Two places joined by a slash, after a standfirst paragraph.
        let c = clean("Head\n\nA standfirst line.\n\nOSLO/HELSINKI (NTB) — Ships sailed.");
        assert_eq!(c.dateline.as_deref(), Some("OSLO/HELSINKI"));
        assert_eq!(c.outlet.as_deref(), Some("NTB"));
        // A dash dateline before a lowercase word, as before the colon form.
        let c = clean("Head\n\nNEW YORK — a judge ruled.");
        assert_eq!(c.dateline.as_deref(), Some("NEW YORK"));
        // A colon after the place, as Gulf papers set it.
        let c = clean("Head\n\nKUWAIT CITY: The court ruled.");
        assert_eq!(c.dateline.as_deref(), Some("KUWAIT CITY"));
    }

    #[test]
    fn headlines_listed_one_per_line_stay_apart() {
        let c = clean("Head\n\nBody text here.\n\nMost viewed\nMinister says talks 'close to collapse' as deadline nears\nFloods hit the north again\nCouncil backs 'radical' housing plan after long debate");
        assert_eq!(
            body(&c),
            [
                "Body text here.",
                "Most viewed",
                "Minister says talks 'close to collapse' as deadline nears",
                "Floods hit the north again",
                "Council backs 'radical' housing plan after long debate",
            ]
        );
    }

    #[test]
    fn text_wrapped_at_a_width_joins_before_a_capitalised_word() {
        let c = clean("Head\n\nThe agreement was signed in the capital on Monday by\nForeign Minister Ana Costa, who called it \"a first\nstep\" towards peace.");
        assert_eq!(
            body(&c),
            ["The agreement was signed in the capital on Monday by Foreign Minister Ana Costa, who called it \"a first step\" towards peace."]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let c = clean("Head\n\nThis paragraph was wrapped by an editor at a fixed\nwidth and continues here.\nNext sentence paragraph.");
        assert_eq!(
            body(&c),
            [
                "This paragraph was wrapped by an editor at a fixed width and continues here.",
                "Next sentence paragraph."
            ]
        );
    }

    #[test]
    fn notice_written_across_a_wrap_is_not_joined() {
        let page = "Head\n\nThe station, which the government watches closely, has been declared an\n\"undesirable\" group by officials.";
        let once = clean(page);
        assert_eq!(body(&once).len(), 2);
        let again = clean(&format!("Head\n\n{}", body(&once).join("\n\n")));
        assert_eq!(body(&again), body(&once));
    }

    #[test]
    fn megabyte_paragraph_is_split_into_even_pieces() {
        let word = "word ";
        let big = format!("Head\n\n{}", word.repeat(200_000));
        let c = clean(&big);
        assert_eq!(c.paragraphs.len(), 62);
        for p in &c.paragraphs {
            let len = p.range.len();
            assert!(len <= MAX_PARAGRAPH && len > MAX_PARAGRAPH / 2, "{len}");
            assert!(c.text[p.range.clone()].ends_with("word"));
        }
        let one_char = format!("a{}", "漢".repeat(10_000));
        let c = clean(&format!("Head\n\n{one_char}"));
        assert_eq!(c.text.replace("\n\n", ""), one_char);
    }

    #[test]
    fn byte_ranges_are_exact() {
        let c = clean("Head\n\nOne.\n\nTwo “quoted”.");
        for p in &c.paragraphs {
            assert!(c.text.is_char_boundary(p.range.start) && c.text.is_char_boundary(p.range.end));
        }
        assert_eq!(&c.text[c.paragraphs[1].range.clone()], "Two “quoted”.");
    }

    #[test]
    fn a_page_dump_gets_its_headline_as_title() {
        let story = "The city council voted on Monday to close the old bridge for six months while engineers repair its piers.";
        let page = format!("The Daily Post\nNews | Sport | Weather\nWorld\nEurope\n\nCouncil votes to close the old bridge for repairs\nBy Ann Lee\nMarch 3, 2020\n\n{story}");
        let c = clean(&page);
        assert_eq!(c.title, "Council votes to close the old bridge for repairs");
        assert_eq!(body(&c), ["By Ann Lee", "March 3, 2020", story]);
        // A menu of one-word lines above the byline marks a page too, whatever
        // the first line says; the caption under the headline is passed over.
        let page = format!("Tell us what you think\nHome\nWorld\nSport\n\nFerry service cut as fuel costs climb\nCommuters wait at the pier on Monday. PHOTO: AFP\nPublished Mar 3, 2020\n\n{story}");
        assert_eq!(clean(&page).title, "Ferry service cut as fuel costs climb");
        // A standfirst and a caption between the headline and a dated stamp.
        let page = format!("Skip links\nMenu\n\nFerry service cut as fuel costs climb\nOperators blame the price of diesel for the loss of the evening sailings to the islands.\nA ferry at the pier\nLocal News · Posted: Mar 3, 2020 6:00 AM ET\n\n{story}");
        assert_eq!(clean(&page).title, "Ferry service cut as fuel costs climb");
        let page = format!("News24\nSport\nSoccer\nFerry service cut as fuel costs climb\n2020-03-03 14:32\n\n{story}");
        assert_eq!(clean(&page).title, "Ferry service cut as fuel costs climb");
    }

    #[test]
    fn an_article_that_opens_on_its_headline_keeps_it() {
        let story = "The city council voted on Monday to close the old bridge for six months while engineers repair its piers.";
        let c = clean(&format!(
            "Bridge to close\n\nRepairs will take six months\nBy Ann Lee\n\n{story}"
        ));
        assert_eq!(c.title, "Bridge to close");
        assert_eq!(
            body(&c),
            ["Repairs will take six months", "By Ann Lee", story]
        );
        // No byline or date under any line: nothing to go by.
        let c = clean(&format!(
            "The Daily Post\nNews | Sport\n\nCouncil votes to close the old bridge\n\n{story}"
        ));
        assert_eq!(c.title, "The Daily Post");
    }

    impl Cleaned {
        fn captions_for_test(&self) -> Vec<&str> {
            self.paragraphs
                .iter()
                .filter(|p| p.kind == ParagraphKind::Caption)
                .map(|p| &self.text[p.range.clone()])
                .collect()
        }
    }
}
