//! Dates written in article text ("March 31", "on April 13, 2021") and the
//! article's inferred date: the latest one mentioned, with a year only where
//! the text supports one.

use super::article::{DateMention, TextDate};
use regex::Regex;
use std::sync::LazyLock;

/// Month names as written in dates, capitalised.
const MONTHS: &str = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{{2}})\b)?"
    ))
    .unwrap()
});

/// Day-first dates ("14 Jan 2020", "3rd March") and ISO dates ("2016-07-19").
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTHS})\b\.?(?:,?\s+((?:19|20)\d{{2}})\b)?|((?:19|20)\d{{2}})-(\d{{2}})-(\d{{2}})\b)"
    ))
    .unwrap()
});

/// Numeric dates ("16/03/2014", "12/07/21 5:48 PM ET", "04.10.2020"). Dots only
/// with a four-digit year, so version numbers ("2.1.15") are not dates.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d/.])((\d{1,2})/(\d{1,2})/((?:19|20)\d{2}|\d{2})|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2}))(?:$|[^\d/.]|\.(?:\D|$))")
        .unwrap()
});

/// A US time zone after a stamp: the page writes month first.
static US_ZONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\s\d:,-]*(?:[AaPp]\.?[Mm]\.?\s*)?(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b",
    )
    .unwrap()
});

/// Phrases that place the story in a year without a full date ("so far in 2021").
static CURRENT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:so far in|so far this year,?|earlier this year,?|since the (?:start|beginning) of|in the first \w+ months of|this year,)\s+((?:19|20)\d{2})\b")
        .unwrap()
});

fn month_number(name: &str) -> u8 {
    const PREFIXES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    PREFIXES
        .iter()
        .position(|p| lower.starts_with(p))
        .map_or(0, |i| i as u8 + 1)
}

fn days_in(month: u8) -> u8 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Dates mentioned in `text`, in order; mentions without a year take the
/// year the text places itself in, if any.
pub fn mentions(text: &str) -> Vec<DateMention> {
    let year = CURRENT_YEAR
        .captures(text)
        .and_then(|c| c[1].parse::<i32>().ok());
    let month_first = DATE.captures_iter(text).filter_map(|c| {
        // "May 5" is a date; "may 5" is not (case is checked by the regex's capital).
        let explicit = c.get(3).and_then(|y| y.as_str().parse().ok());
        mention(
            text,
            c.get(0)?,
            month_number(&c[1]),
            c[2].parse().ok()?,
            explicit.or(year),
        )
    });
    // ISO stamps ("2016-07-19") are neither order: only dates spelt day
    // first vote for it when the page's numeric order is settled.
    let mut iso = Vec::new();
    let mut day_worded = Vec::new();
    for c in DAY_FIRST.captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        if let Some(iso_year) = c.get(4) {
            let found = iso_year.as_str().parse().ok().and_then(|y| {
                mention(text, whole, c[5].parse().ok()?, c[6].parse().ok()?, Some(y))
            });
            iso.extend(found);
            continue;
        }
        let explicit = c.get(3).and_then(|y| y.as_str().parse().ok());
        day_worded.extend(mention(
            text,
            whole,
            month_number(&c[2]),
            c[1].parse().unwrap_or(0),
            explicit.or(year),
        ));
    }
    let worded: Vec<DateMention> = month_first.collect();
    let (numeric, guessed) = numeric_mentions(text, worded.len(), day_worded.len());
    let numeric_at: Vec<usize> = numeric.iter().map(|m| m.range.start).collect();
    let mut all: Vec<DateMention> = worded
        .into_iter()
        .chain(day_worded)
        .chain(iso)
        .chain(numeric)
        .collect();
    all.sort_by_key(|m| m.range.start);
    // "March 3 2020" read both ways overlaps itself: keep the first reading.
    all.dedup_by(|later, earlier| later.range.start < earlier.range.end);
    let head = header_end(text);
    for m in &mut all {
        let unsure = guessed && numeric_at.contains(&m.range.start);
        m.stamp = !unsure && m.range.start < head && is_stamp(text, m.range.clone());
    }
    all
}

/// Where the page's header (headline, standfirst, byline, stamps) ends: at the
/// first line long enough to be a paragraph of the story.
fn header_end(text: &str) -> usize {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.split_whitespace().count() > 20 {
            return at;
        }
        at += line.len();
    }
    at
}

/// Whether the date at `range` is a publication stamp: written with its year
/// on a short line that is no sentence ("2 November 2022", "Published: 14 Jan
/// 2020 13.05 GMT", "By Jo Roe | 12/07/21 5:48 PM ET").
fn is_stamp(text: &str, range: std::ops::Range<usize>) -> bool {
    let written = &text[range.clone()];
    let has_year = written.contains(['/', '.', '-'])
        || written
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit));
    if !has_year {
        return false;
    }
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    let rest = text[line_start..range.start].split_whitespace().count()
        + text[range.end..line_end].split_whitespace().count();
    // A line that ends like a sentence ("…, he said.") is prose, not a stamp.
    let line = text[line_start..line_end].trim_end();
    let sentence = line.ends_with(['!', '?'])
        || line
            .strip_suffix('.')
            .is_some_and(|l| l.ends_with(char::is_alphabetic));
    rest <= 8 && !sentence
}

/// Numeric dates, read in the order the page itself uses. A date whose first
/// number is over 12 can only be day-first, one whose second is can only be
/// month-first, and the page keeps one order throughout; failing that, a US
/// time zone after the stamp means month-first, and otherwise the order the
/// text spells its dates in words (`worded` month-first mentions against
/// `day_worded` day-first ones). A date no signal settles is left out rather
/// than guessed.
///
/// Also says whether the order was only guessed from the worded dates: pages
/// often spell dates in prose one way and stamp them the other, so a guessed
/// date is never taken for the page's stamp.
fn numeric_mentions(text: &str, worded: usize, day_worded: usize) -> (Vec<DateMention>, bool) {
    struct Raw<'t> {
        whole: regex::Match<'t>,
        first: u8,
        second: u8,
        year: i32,
        dotted: bool,
    }
    let mut guessed = false;
    let raw: Vec<Raw> = NUMERIC
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(1)?;
            let (a, b, y) = if c.get(2).is_some() {
                (2, 3, 4)
            } else {
                (5, 6, 7)
            };
            let year_text = c.get(y)?.as_str();
            let year: i32 = year_text.parse().ok()?;
            let year = match year_text.len() {
                2 if year < 70 => 2000 + year,
                2 => 1900 + year,
                _ => year,
            };
            Some(Raw {
                whole,
                first: c[a].parse().ok()?,
                second: c[b].parse().ok()?,
                year,
                dotted: a == 5,
            })
        })
        .collect();
    // Dotted dates ("12.01.2017") are written day first wherever they are used.
    let day_first = if raw.iter().any(|r| r.first > 12 || r.dotted) {
        Some(true)
    } else if raw
        .iter()
        .any(|r| r.second > 12 || US_ZONE.is_match(&text[r.whole.end()..]))
    {
        Some(false)
    } else if worded != day_worded {
        guessed = true;
        Some(day_worded > worded)
    } else {
        None
    };
    let Some(day_first) = day_first else {
        return (Vec::new(), false);
    };
    let found = raw
        .into_iter()
        .filter_map(|r| {
            let (month, day) = if day_first {
                (r.second, r.first)
            } else {
                (r.first, r.second)
            };
            mention(text, r.whole, month, day, Some(r.year))
        })
        .collect();
    (found, guessed)
}

/// A date at `whole` if the month and day make one.
fn mention(
    text: &str,
    whole: regex::Match,
    month: u8,
    day: u8,
    year: Option<i32>,
) -> Option<DateMention> {
    if month == 0 || month > 12 || day == 0 || day > days_in(month) {
        return None;
    }
    Some(DateMention {
        date: TextDate { year, month, day },
        range: whole.start()..whole.end(),
        prospective: is_prospective(&text[..whole.start()]),
        stamp: false,
    })
}

/// How far before a date [`is_prospective`] looks for a future auxiliary: longer
/// than any real sentence's lead-up to a date.
const LOOK_BACK: usize = 600;

/// Whether the clause leading up to a date looks ahead: a future auxiliary in
/// the same sentence, or a bounding preposition right before the date.
///
/// Only the last [`LOOK_BACK`] bytes are read: a 1 MB line full of dates and no
/// full stop would otherwise be scanned back to its start for every date.
fn is_prospective(before: &str) -> bool {
    let mut from = before.len().saturating_sub(LOOK_BACK);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let before = &before[from..];
    let sentence = before
        .rfind(['.', '!', '?', '\n'])
        .map_or(before, |i| &before[i + 1..]);
    let words: Vec<String> = sentence
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let last = words.iter().rev().take(2);
    words
        .iter()
        .any(|w| matches!(w.as_str(), "will" | "would" | "shall" | "next" | "upcoming"))
        || last.into_iter().any(|w| {
            matches!(
                w.as_str(),
                "until" | "till" | "through" | "by" | "from" | "before"
            )
        })
}

/// The page's date: its latest publication stamp if it shows one; otherwise
/// the latest date mentioned. When some mentions carry no year, they are taken
/// to be the story's own days and preferred over dated references to the past.
pub fn inferred(mentions: &[DateMention]) -> Option<TextDate> {
    if let Some(stamp) = mentions.iter().filter(|m| m.stamp).map(|m| m.date).max() {
        return Some(stamp);
    }
    let past: Vec<&DateMention> = mentions.iter().filter(|m| !m.prospective).collect();
    let pool: Vec<&DateMention> = if past.is_empty() {
        mentions.iter().collect()
    } else {
        past
    };
    let yearless = pool
        .iter()
        .filter(|m| m.date.year.is_none())
        .map(|m| m.date)
        .max_by_key(|d| (d.month, d.day));
    // "BEIJING, March 9 (Xinhua)" under a "2022-03-09 18:42" stamp: the
    // same day written with its year elsewhere on the page gives it one.
    let dated_same_day = |d: TextDate| {
        mentions
            .iter()
            .map(|m| m.date)
            .find(|m| m.year.is_some() && (m.month, m.day) == (d.month, d.day))
            .unwrap_or(d)
    };
    yearless
        .map(dated_same_day)
        .or_else(|| pool.iter().map(|m| m.date).max())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: Option<i32>, month: u8, day: u8) -> TextDate {
        TextDate { year, month, day }
    }

    #[test]
    fn finds_day_first_and_iso_dates() {
        let m = mentions("Tue 14 Jan 2020 13.05 GMT; the 3rd March vote; 2016-07-19 14:32; not 45 Mayor or 2016-13-01.");
        let dates: Vec<_> = m.iter().map(|m| m.date).collect();
        assert_eq!(
            dates,
            [d(Some(2020), 1, 14), d(None, 3, 3), d(Some(2016), 7, 19)]
        );
    }

    #[test]
    fn numeric_dates_follow_the_pages_own_order() {
        let dates = |t: &str| mentions(t).iter().map(|m| m.date).collect::<Vec<_>>();
        // One date over 12 settles the order for the other.
        assert_eq!(
            dates("Issued on: 05/03/2014 - 21:47 Modified: 17/03/2014 - 08:12"),
            [d(Some(2014), 3, 5), d(Some(2014), 3, 17)]
        );
        // A US time zone: month first, two-digit year.
        assert_eq!(
            dates("BY A WRITER - 12/07/21 5:48 PM ET"),
            [d(Some(2021), 12, 7)]
        );
        // Dotted, day first by the worded dates beside it.
        assert_eq!(
            dates("Updated: 04.10.2020. Talks on 3 October."),
            [d(Some(2020), 10, 4), d(None, 10, 3)]
        );
        // Nothing settles it: no date rather than a guess.
        assert!(dates("Updated: 04/10/2020").is_empty());
        // Not dates: versions, fractions, scores, runs of numbers.
        // Not dates (on a page whose order is settled): versions, fractions,
        // scores, runs of numbers.
        assert_eq!(
            dates("17/03/2014: version 2.1.15, 24/7 news, 1/2/3/4, 3/4 of 2020, 10.5.2020.1"),
            [d(Some(2014), 3, 17)]
        );
    }

    #[test]
    fn iso_stamps_do_not_vote_and_dots_are_day_first() {
        let dates = |t: &str| mentions(t).iter().map(|m| m.date).collect::<Vec<_>>();
        // One month-first date in prose against an ISO stamp: month first.
        assert_eq!(
            dates("2019-05-02 | Posted 04/05/2019. The vote on April 30 failed."),
            [d(Some(2019), 5, 2), d(Some(2019), 4, 5), d(None, 4, 30)]
        );
        // Dotted dates are day first even beside month-first prose.
        assert_eq!(
            dates("Updated 03.02.2017. Talks on January 30 and February 1."),
            [d(Some(2017), 2, 3), d(None, 1, 30), d(None, 2, 1)]
        );
    }

    #[test]
    fn the_header_stamp_is_the_pages_date() {
        let story = "The man was stabbed on April 14 after a row over a scooter, \
                     the court heard on Tuesday as the trial of the defendant opened \
                     at the Old Bailey in London.";
        let page =
            format!("Man stabbed in row, court hears\n\nBy Jo Roe\n2 November 2022\n\n{story}");
        assert_eq!(inferred(&mentions(&page)), Some(d(Some(2022), 11, 2)));
        // Without the stamp the story's own day stands.
        assert_eq!(inferred(&mentions(story)), Some(d(None, 4, 14)));
        // A dated day inside a sentence is no stamp.
        let prose = format!("Short note.\nThe talks of 3 March 2021 failed, he said.\n{story}");
        assert_eq!(inferred(&mentions(&prose)), Some(d(None, 4, 14)));
        // Nor is a numeric stamp whose order only the prose suggested.
        let guessed = format!("Updated: 04/10/2020\n\n{story}");
        assert_eq!(inferred(&mentions(&guessed)), Some(d(None, 4, 14)));
    }

    #[test]
    fn finds_dates_with_and_without_years() {
        let m = mentions("on March 31, and on April 13, 2021; not July 2020 or May 45.");
        let dates: Vec<_> = m.iter().map(|m| m.date).collect();
        assert_eq!(dates, [d(None, 3, 31), d(Some(2021), 4, 13)]);
        assert_eq!(&"on March 31, and"[m[0].range.clone()], "March 31");
    }

    #[test]
    fn year_from_context() {
        let m = mentions("Talks on April 12. Twenty were killed so far in 2021.");
        assert_eq!(inferred(&m), Some(d(Some(2021), 4, 12)));
    }

    #[test]
    fn looking_ahead_is_not_the_story_date() {
        let m = mentions(
            "Talks were held on April 13. Flights will be suspended from April 15 until June 1.",
        );
        assert!(m[1].prospective && m[2].prospective && !m[0].prospective);
        assert_eq!(inferred(&m), Some(d(None, 4, 13)));
    }

    #[test]
    fn a_yearless_day_takes_the_year_the_page_gives_that_day() {
        let m = mentions("2022-03-09 18:42 | BEIJING, March 9 (Xinhua) -- talks on March 7, 2021.");
        assert_eq!(inferred(&m), Some(d(Some(2022), 3, 9)));
    }

    #[test]
    fn latest_date_wins() {
        let m = mentions("On March 26 … March 30 … March 31 … March 30");
        assert_eq!(inferred(&m), Some(d(None, 3, 31)));
        assert_eq!(inferred(&[]), None);
    }
}
