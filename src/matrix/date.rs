//! Publication dates: the first full date (day, month and year) in an article's text, datelines and page
//! furniture included, since that is where pages print when they were published.

use crate::corpus::Article;
use crate::facts::month;
use crate::normalize::words;
use serde::Serialize;
use std::fmt;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year.
    pub year: u32,
    /// The month, 1–12.
    pub month: u32,
    /// The day, 1–31.
    pub day: u32,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The first full date of the article's blocks, in reading order.
pub fn publication_date(article: &Article) -> Option<Date> {
    (0..article.blocks.len()).find_map(|i| find_date(&article.block_text(i)))
}

/// The first full date in a text: "2022-08-15", "15 August 2022", "15-Aug-2022", "August 15, 2022".
pub fn find_date(text: &str) -> Option<Date> {
    // Dashes and slashes separate date parts as spaces do.
    let spaced: String = text.chars().map(|c| if matches!(c, '-' | '/' | ',') { ' ' } else { c }).collect();
    let toks: Vec<&str> = words(&spaced).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    for (i, w) in toks.iter().enumerate() {
        let next = |k: usize| toks.get(i + k).copied().unwrap_or("");
        let date = if let Some(y) = year(w) {
            // ISO: year, month number, day.
            number(next(1), 12).zip(number(next(2), 31)).map(|(m, d)| (y, m, d))
        } else if let Some(d) = number(w, 31) {
            month(next(1)).zip(year(next(2))).map(|(m, y)| (y, m, d))
        } else if let Some(m) = w.starts_with(char::is_uppercase).then(|| month(w)).flatten() {
            number(next(1), 31).zip(year(next(2))).map(|(d, y)| (y, m, d))
        } else {
            None
        };
        if let Some((year, month, day)) = date {
            return Some(Date { year, month, day });
        }
    }
    None
}

fn year(w: &str) -> Option<u32> {
    (w.len() == 4).then(|| w.parse().ok()).flatten().filter(|y| (1900..=2100).contains(y))
}

fn number(w: &str, max: u32) -> Option<u32> {
    let end = w.find(|c: char| !c.is_ascii_digit()).unwrap_or(w.len());
    let (digits, rest) = w.split_at(end);
    let suffix_ok = matches!(rest, "" | "st" | "nd" | "rd" | "th") || rest.starts_with('T');
    (suffix_ok && (1..=2).contains(&digits.len()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|n| (1..=max).contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u32, m: u32, d: u32) -> Option<Date> {
        Some(Date { year: y, month: m, day: d })
    }

    #[test]
    fn date_formats() {
        assert_eq!(find_date("Tue, 21-Oct-2025"), d(2025, 10, 21));
        assert_eq!(find_date("Published 2022-08-15T10:00"), d(2022, 8, 15));
        assert_eq!(find_date("On 15 August 2022 it rained"), d(2022, 8, 15));
        assert_eq!(find_date("August 15th, 2022"), d(2022, 8, 15));
        assert_eq!(find_date("In July, 30 missiles"), None);
        assert_eq!(find_date("the 2022 season may 3"), None);
    }
}
