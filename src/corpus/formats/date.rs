//! Dates as files state them in metadata: ISO 8601 (`2021-04-13T09:00:00Z`),
//! RFC 2822 as in RSS (`Tue, 13 Apr 2021 09:00:00 GMT`), or prose ("April 13, 2021").

use crate::corpus::article::TextDate;
use regex::Regex;
use std::sync::LazyLock;

/// The calendar date in a metadata value, if it names one.
pub fn parse_date(s: &str) -> Option<TextDate> {
    static ISO: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})").unwrap());
    static RFC2822: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+((?:19|20)\d{2})\b",
        )
        .unwrap()
    });
    let date = if let Some(c) = ISO.captures(s) {
        TextDate {
            year: c[1].parse().ok(),
            month: c[2].parse().ok()?,
            day: c[3].parse().ok()?,
        }
    } else if let Some(c) = RFC2822.captures(s) {
        TextDate {
            year: c[3].parse().ok(),
            month: month(&c[2])?,
            day: c[1].parse().ok()?,
        }
    } else {
        let m = crate::corpus::dates::mentions(s);
        m.first()?.date
    };
    ((1..=12).contains(&date.month) && (1..=31).contains(&date.day)).then_some(date)
}

fn month(name: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    MONTHS.iter().position(|m| *m == lower).map(|i| i as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> TextDate {
        TextDate {
            year: Some(y),
            month: m,
            day,
        }
    }

    #[test]
    fn metadata_date_forms() {
        assert_eq!(
            parse_date("2021-04-13T09:00:00+02:00"),
            Some(d(2021, 4, 13))
        );
        assert_eq!(
            parse_date("Tue, 13 Apr 2021 09:00:00 GMT"),
            Some(d(2021, 4, 13))
        );
        assert_eq!(parse_date("13 April 2021"), Some(d(2021, 4, 13)));
        assert_eq!(parse_date("April 13, 2021"), Some(d(2021, 4, 13)));
        assert_eq!(parse_date("2021-13-45"), None);
        assert_eq!(parse_date("yesterday"), None);
    }
}
