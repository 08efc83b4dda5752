//! Publication dates: the first full date (day, month and year) in an article's text, datelines and page
//! furniture included, since that is where pages print when they were published, with the time of day
//! printed beside it.
//!
//! Wire copy and the reports drawn on it are mostly published the same day, so a date alone rarely says
//! which came first; the time does, when both pages name their zone ("11:42 AM GMT", "13:05 BST",
//! "2026-03-03T11:42:00Z"). A time without a zone is kept and shown, but never compared: two outlets may
//! print local times half a world apart.

use crate::boilerplate::Reason;
use crate::corpus::Article;
use crate::facts::any_month;
use crate::normalize::words;
use serde::Serialize;
use std::cmp::Ordering;
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

impl Date {
    /// Days since 1970-01-01 (proleptic Gregorian calendar).
    fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

/// A time zone as a page names it: an abbreviation ("GMT", "EST"), an offset ("+01:00"), or both ("GMT+1").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone {
    /// The abbreviation as printed, upper case; empty for a bare offset.
    pub name: &'static str,
    /// Minutes east of UTC, the abbreviation's and the printed offset's together.
    pub offset: i32,
    /// The offset printed after the abbreviation (or alone), in minutes.
    pub shift: i32,
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)?;
        if self.shift != 0 || self.name.is_empty() {
            let sign = if self.shift < 0 { '-' } else { '+' };
            let (h, m) = (self.shift.abs() / 60, self.shift.abs() % 60);
            if self.name.is_empty() || m != 0 { write!(f, "{sign}{h:02}:{m:02}") } else { write!(f, "{sign}{h}") }
        } else {
            Ok(())
        }
    }
}

/// A time of day printed beside a date, on the 24-hour clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// The hour, 0–23.
    pub hour: u32,
    /// The minute, 0–59.
    pub minute: u32,
    /// The zone the page names, if any.
    pub zone: Option<Zone>,
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)?;
        match self.zone {
            Some(z) => write!(f, " {z}"),
            None => Ok(()),
        }
    }
}

impl Serialize for Clock {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// When a page says it was published: a date, and the time beside it when one is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// The date as printed (the page's own calendar day, not UTC's).
    pub date: Date,
    /// The time printed with it.
    pub time: Option<Clock>,
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date)?;
        match self.time {
            Some(t) => write!(f, " {t}"),
            None => Ok(()),
        }
    }
}

impl Serialize for Published {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Published {
    /// Minutes since 1970-01-01 00:00 UTC, when the page gives a time and its zone.
    fn instant(&self) -> Option<i64> {
        let t = self.time?;
        let zone = t.zone?;
        Some(self.date.days() * 1440 + i64::from(t.hour * 60 + t.minute) - i64::from(zone.offset))
    }

    /// Which of two pages was published first, when their stamps can tell: by the moment, when both give a
    /// time in a named zone; otherwise by the calendar day. `None` when they cannot tell (the same day, and
    /// no two zoned times; or the same moment).
    pub fn order(&self, other: &Published) -> Option<Ordering> {
        if let (Some(a), Some(b)) = (self.instant(), other.instant()) {
            return (a != b).then(|| a.cmp(&b));
        }
        (self.date != other.date).then(|| self.date.cmp(&other.date))
    }

    /// Which of two pages of one day was published first by the clock times they print, when at least one
    /// has no zone (with two, [`Published::order`] tells): `None` on two days, without two times, or at one
    /// time.
    pub fn order_by_clock(&self, other: &Published) -> Option<Ordering> {
        let (a, b) = (self.time?, other.time?);
        let at = |c: Clock| (c.hour, c.minute);
        (self.date == other.date && (a.zone.is_none() || b.zone.is_none()) && at(a) != at(b)).then(|| at(a).cmp(&at(b)))
    }
}

/// The first full date of the article's blocks, in reading order, with the time printed beside it.
///
/// A masthead prints the day's date without a time ("Sunday 14 September 2025"), above the report's own
/// stamp ("Sun 14 Sep 2025 20.05 BST"): when the first date has no time, a stamp of the same day a few
/// blocks further down lends it one, so that two reports of one day can still be ordered.
pub fn publication_date(article: &Article) -> Option<Published> {
    let n = article.blocks.len();
    let order = if reads_as_english(article) { Order::Either } else { Order::DayFirst };
    // A date inside the story's paragraphs is one the story tells of ("The company, which launched on 2
    // January 2023, …"), not the day the page was published: there it counts only where a dateline sets
    // it, among a paragraph's first words ("WASHINGTON, March 5, 2025 — The Senate …"). Taken anywhere,
    // an undated copy took the date its story gave, and was named the source of the report it copied.
    //
    // Readers' comments carry when each was posted ("Davenport_Dave   17 May 2024 15:49"), after the page
    // was published: on a page that prints its own date without a year, the first comment's was taken.
    let date_of = |i: usize, skip_updated: bool| {
        if article.blocks[i].boilerplate == Some(Reason::Comments) {
            return None;
        }
        let reach = if article.blocks[i].boilerplate.is_none() { DATELINE_WORDS } else { usize::MAX };
        find_date_with(&article.block_text(i), order, skip_updated, reach)
    };
    let (i, first) = (0..n).find_map(|i| date_of(i, false).map(|p| (i, p)))?;
    // A page that prints when it was updated above when it was published ("Updated 11/8/2024 8:12 a.m.
    // ET", then "Published 11/7/2024 6:45 p.m. ET"): the first date not labelled an update, a few blocks
    // on at most and no later, is the day of publishing.
    let published = (i..n.min(i + STAMP_REACH)).find_map(|j| date_of(j, true));
    let first = published.filter(|p| p.date <= first.date).unwrap_or(first);
    if first.time.is_some() {
        return Some(first);
    }
    let stamped = (i + 1..n.min(i + 1 + STAMP_REACH))
        .filter_map(|j| date_of(j, false))
        .find(|p| p.date == first.date && p.time.is_some());
    Some(stamped.unwrap_or(first))
}

/// Which of a date's first two figures between slashes is the day, where either could be ("03/06/2025").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    /// Either: English pages write the month first in America and the day first elsewhere, so such a
    /// date is read only when its figures tell.
    Either,
    /// The day: pages in every other language write the day first.
    DayFirst,
}

/// Whether a report is written in English, as English's commonest words tell: at least one in twenty of
/// its first words of story is one of them, where a page in another language has few or none.
fn reads_as_english(article: &Article) -> bool {
    const COMMON: &[&str] = &[
        "the", "and", "of", "to", "that", "with", "was", "were", "said", "for", "from", "this", "which", "have", "has",
        "are", "will", "would", "their",
    ];
    let words = article.sentences.iter().flat_map(|s| words(&s.text)).take(ENGLISH_SAMPLE);
    let (mut all, mut common) = (0, 0);
    for w in words {
        all += 1;
        common += usize::from(COMMON.iter().any(|c| c.eq_ignore_ascii_case(w)));
    }
    all > 0 && common * 20 >= all
}

/// How many words of a report's story [`reads_as_english`] reads.
const ENGLISH_SAMPLE: usize = 300;

/// How many blocks under a date without a time [`publication_date`] looks for the same day's stamp.
const STAMP_REACH: usize = 30;

/// Among how many of a story paragraph's first words a dateline's date starts ([`sets_a_dateline`]):
/// "WASHINGTON (AP) — March 5, 2025 —" starts at the fourth, a forum's "樓主　夜貓子阿凱　LV5 資深嵐友　發表於
/// 2025-09-15 08:12" at the sixth.
const DATELINE_WORDS: usize = 12;

/// The first full date in a text: "2022-08-15", "15 August 2022", "15-Aug-2022", "August 15, 2022"; and a
/// time of day printed just after it ("August 15, 2022 11:42 AM GMT", "2022-08-15T10:00:00Z") or just
/// before it ("13:05 BST, 15 August 2022"). Figures between slashes that could be either day or month
/// ("03/06/2025") are read in `order`. Dates labelled as an update ([`UPDATED`]) are passed over when
/// `skip_updated`, and only a date that starts among the first `reach` words is taken.
fn find_date_with(text: &str, order: Order, skip_updated: bool, reach: usize) -> Option<Published> {
    // A date in another script's digits ("٢٠٢٥-١٢-٠٥", "２０２５/１２/５") is read in ASCII ones.
    let read;
    let text = if crate::digits::reads_in_ascii(text) {
        read = crate::digits::with_ascii_digits(text).0;
        read.as_str()
    } else {
        text
    };
    let spaced = date_parts_spaced(text);
    // A word without the punctuation around it, but with the marks written over or under its last letter
    // ("กุมภาพันธ์", "மார்ச்"), which Unicode counts no letters.
    let toks: Vec<&str> = words(&spaced)
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric() && !crate::facts::is_joined_mark(c)))
        .collect();
    let at = |w: &str| w.as_ptr() as usize - spaced.as_ptr() as usize;
    // Thai pages count years in the Buddhist era ("17 ก.ย. 2567").
    let buddhist = crate::months::in_buddhist_era(text);
    let year = |w: &str| year(w, buddhist);
    for (i, w) in toks.iter().enumerate().take(reach) {
        let next = |k: usize| toks.get(i + k).copied().unwrap_or("");
        // The words of a date, past the "de" of "12 de marzo de 2025".
        let mut parts = (1..).map(next).filter(|w| !matches!(*w, "de" | "del")).take(2);
        let (second, third) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        // Each way of writing a date, with its last word.
        let date = if let Some(y) = year(w) {
            // ISO: year, month number, day. And Hungarian's year with its full stop, month's name and day:
            // "2024. október 16.".
            let stopped = text.as_bytes().get(at(w) + w.len()) == Some(&b'.');
            let named = || stopped.then(|| any_month(next(1)).zip(number(next(2), 31))).flatten();
            number(next(1), 12).zip(number(next(2), 31)).or_else(named).map(|(m, d)| (y, m, d, next(2)))
        } else if let Some(d) = number(w, 31) {
            let solar = || {
                let (y, m, d) = crate::months::solar_hijri(d, second, third)?;
                Some((y, m, d, third))
            };
            // Vietnamese numbers its months: "ngày 9 tháng 10 năm 2025" (day 9, month 10, year 2025).
            let numbered_month = || {
                let m = next(1).eq_ignore_ascii_case("tháng").then(|| number(next(2), 12)).flatten()?;
                let last = if next(3).eq_ignore_ascii_case("năm") { next(4) } else { next(3) };
                Some((year(last)?, m, d, last))
            };
            let named = any_month(second).zip(year(third)).map(|(m, y)| (y, m, d, third));
            named.or_else(solar).or_else(numbered_month).or_else(|| {
                // "28/10/2025": day, month and year in figures, between slashes. Whether the day or the
                // month comes first differs by country, so only a date that reads one way alone is taken.
                let after = |t: &str| text.as_bytes().get(at(t) + t.len()).copied();
                let (a, b) = (d, number(next(1), 31)?);
                match (after(w), after(next(1))) {
                    // "12.09.2024": between full stops, always the day first, as Europe writes it; and with
                    // a year of two figures ("12.09.24"), as Europe writes a date short.
                    (Some(b'.'), Some(b'.')) if b <= 12 => {
                        let y = year(next(2)).or_else(|| short_year(next(2)))?;
                        Some((y, b, a, next(2)))
                    }
                    (Some(b'/'), Some(b'/')) => {
                        let y = year(next(2))?;
                        match (a > 12, b > 12) {
                            (true, false) => Some((y, b, a, next(2))),
                            (false, true) => Some((y, a, b, next(2))),
                            // "09/09/2025" reads one way either way.
                            (false, false) if a == b || order == Order::DayFirst => Some((y, b, a, next(2))),
                            // An American zone beside it: "11/7/2024 6:45 p.m. ET" is 7 November.
                            (false, false) if american_zone_after(&text[at(next(2)) + next(2).len()..]) => {
                                Some((y, a, b, next(2)))
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                }
            })
        } else if let Some(m) = opens_like_a_name(w).then(|| any_month(w)).flatten() {
            // "August 15, 2022", "Septemba 14, 2025", "ஆகஸ்ட் 22, 2025": the month first.
            number(next(1), 31).zip(year(next(2))).map(|(d, y)| (y, m, d, next(2)))
        } else {
            None
        };
        // "31 February 2026" is no date a page was published on.
        let date = date.filter(|&(y, m, d, _)| d <= days_in_month(y, m));
        let date = date.filter(|_| !skip_updated || !labelled_updated(&text[..at(w)]));
        if let Some((year, month, day, last)) = date {
            // The date ends with its last number's digits: an ISO day runs on into its time ("15T10:00").
            let end = at(last) + last.bytes().take_while(u8::is_ascii_digit).count();
            let date = Date { year, month, day };
            let mut time = clock_after(&text[end..]).or_else(|| clock_before(&text[..at(w)]));
            // A time beside it makes a date a stamp, whatever stands around it.
            if reach < usize::MAX && time.is_none() && !sets_a_dateline(&text[..at(w)], &text[end..]) {
                continue;
            }
            if let Some(z) = time.as_mut().and_then(|t| t.zone.as_mut())
                && matches!(z.name, "ET" | "CT" | "MT" | "PT")
                && us_summer(date)
            {
                z.offset += 60;
            }
            return Some(Published { date, time });
        }
    }
    None
}

/// Whether a date that a story paragraph opens with stands as a dateline does: after a label ("Starting
/// date:") or nothing but a place or an agency, each word capitalised ("WASHINGTON (AP) —", "LONDON,"),
/// and before a dateline's mark or the end ("— The Senate …", "(Reuters) -"), not a comma. "On 4 March
/// 2025, staff were told" and "the company launched on 2 January 2023" are sentences of the story.
fn sets_a_dateline(before: &str, after: &str) -> bool {
    let after = after.trim_start();
    let capitalised = |w: &str| !w.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(char::is_lowercase);
    (before.trim_end().ends_with(':') || before.split_whitespace().all(capitalised))
        && (after.is_empty()
            || after.starts_with(['—', '–', '-', '(', '|', '/', ':', '·', '•', '.'])
            || after.starts_with(|c: char| c.is_ascii_digit()))
}

/// Marks that stand between a date and the time beside it: "3 March 2026, 13:05", "March 3, 2026 | 11:42
/// AM", "3 March 2026 at 11:42", "3. März 2026 um 11:42 Uhr", "3 mars 2026 à 11h42".
const BETWEEN: &[&str] = &[",", "|", "·", "•", "-", "–", "—", "/", "@", "at ", "um ", "à ", "a las ", "alle ", "om "];

/// The time printed right after a date, past a few [`BETWEEN`] marks.
fn clock_after(text: &str) -> Option<Clock> {
    // The day's sign of Chinese, Japanese and Korean that closes a date ("18日 09:42").
    let mut rest = text.strip_prefix(['日', '일']).unwrap_or(text);
    // A word that says "at" before the time: then a full stop between hour and minute ("klo 6.30") is
    // a time's, not a decimal point's.
    let mut at_word = false;
    for _ in 0..4 {
        rest = rest.trim_start();
        // ISO 8601 joins date and time with a T.
        if let Some(after) = rest.strip_prefix('T').filter(|r| r.starts_with(|c: char| c.is_ascii_digit())) {
            rest = after;
            break;
        }
        if let Some(after) = AT_TIME.iter().find_map(|m| rest.strip_prefix(m)) {
            (rest, at_word) = (after, true);
            continue;
        }
        // Past a weekday in brackets ("２０２４年１１月２０日（水）１８：００"), and past a full stop, which
        // Korean pages end a date with ("2025.11.04. 오후 3:02"); not before a date, where it ends the "p.m."
        // of a time ("at 2:00 p.m. on June 12").
        let past = BETWEEN.iter().find_map(|m| rest.strip_prefix(m));
        match past.or_else(|| bracketed_weekday(rest)).or_else(|| rest.strip_prefix('.')) {
            Some(after) => rest = after,
            None => break,
        }
    }
    // Japanese and Chinese hours and minutes: "15時30分", "9点05分".
    if let Some(c) = hours_and_minutes(rest) {
        return Some(c);
    }
    // Korean, Japanese and Chinese set the half of the day before the time: "오후 3:02", "午後3時".
    let half = HALF_DAY_BEFORE.iter().find_map(|&(m, pm)| rest.strip_prefix(m).map(|r| (r.trim_start(), pm)));
    match half {
        Some((after, pm)) => {
            let (mut c, _) = clock(after)?;
            if (1..=12).contains(&c.hour) {
                c.hour = c.hour % 12 + if pm { 12 } else { 0 };
            }
            Some(c)
        }
        None if at_word => clock_at(rest, true).map(|(c, _)| c),
        None => clock(rest).map(|(c, _)| c),
    }
}

/// Words for "at" that pages set between a date and its time, beyond [`BETWEEN`]'s: Finnish, Danish,
/// Norwegian and Swedish, Catalan, Portuguese, Russian, Ukrainian, Polish and Czech, Turkish and Italian.
const AT_TIME: &[&str] =
    &["klo ", "kello ", "kl. ", "kl ", "a les ", "às ", "в ", "о ", "o ", "v ", "saat ", "ore ", "alle ", "um "];

/// `text` past a weekday of one to three letters in brackets at its start ("(화)", "（水）"); `None` when
/// it opens with none.
fn bracketed_weekday(text: &str) -> Option<&str> {
    let (inner, close) = match text.strip_prefix('(') {
        Some(inner) => (inner, ')'),
        None => (text.strip_prefix('（')?, '）'),
    };
    let end = inner.find(close)?;
    let day = &inner[..end];
    ((1..=3).contains(&day.chars().count()) && day.chars().all(char::is_alphabetic))
        .then(|| &inner[end + close.len_utf8()..])
}

/// A time written with the signs of hour and minute of Japanese and Chinese at the start of `text`:
/// "15時30分", "9点05分".
fn hours_and_minutes(text: &str) -> Option<Clock> {
    let digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
    let h = digits(text);
    let rest = text[h..].strip_prefix(['時', '点', '시'])?;
    let m = digits(rest);
    rest[m..].strip_prefix(['分', '분'])?;
    let (hour, minute): (u32, u32) = (text[..h].parse().ok()?, rest[..m].parse().ok()?);
    ((1..=2).contains(&h) && (1..=2).contains(&m) && hour <= 23 && minute <= 59).then_some(Clock {
        hour,
        minute,
        zone: None,
    })
}

/// The words for the morning and the afternoon that Korean, Japanese and Chinese set before a time of
/// day, and whether each is after noon.
const HALF_DAY_BEFORE: &[(&str, bool)] =
    &[("오전", false), ("오후", true), ("午前", false), ("午後", true), ("上午", false), ("下午", true)];

/// The words other languages set after a time of day for the morning and the afternoon, as English sets
/// "am" and "pm": Arabic's letters for them ("٠٩:٤٥ م"), and Bengali's and Hindi's words and spellings of
/// "AM" and "PM" ("৪:১৫ অপরাহ্ণ", "১১:০৫ এএম").
const HALF_DAY_AFTER: &[(&str, bool)] = &[
    ("م", true),
    ("ص", false),
    ("এএম", false),
    ("পিএম", true),
    ("পূর্বাহ্ণ", false),
    ("পূর্বাহ্ন", false),
    ("অপরাহ্ণ", true),
    ("অপরাহ্ন", true),
    ("पूर्वाह्न", false),
    ("अपराह्न", true),
    ("एएम", false),
    ("पीएम", true),
];

/// The time printed right before a date ("13:05 BST, 3 March 2026", "Published 11:42 GMT on 3 March
/// 2026"): a time that `text` ends with, past a few [`BETWEEN`] marks or an "on".
fn clock_before(text: &str) -> Option<Clock> {
    let mut t = text;
    for _ in 0..4 {
        t = t.trim_end();
        // The date's weekday stands between it and the time: "7:15 PM EDT, Sun September 14, 2025".
        let last = t.rfind(' ').map_or(0, |k| k + 1);
        if is_weekday(&t[last..]) {
            t = &t[..last];
            continue;
        }
        match BETWEEN.iter().chain(&[" on"]).find_map(|m| t.strip_suffix(m.trim_end())) {
            Some(before) => t = before,
            None => break,
        }
    }
    let b = t.as_bytes();
    // A time is a dozen bytes or so, its zone and offset included.
    (t.len().saturating_sub(24)..t.len())
        .filter(|&p| b[p].is_ascii_digit() && (p == 0 || !matches!(b[p - 1], b'0'..=b'9' | b'.' | b':')))
        .find_map(|p| clock(&t[p..]).filter(|&(_, n)| p + n == t.len()))
        .map(|(c, _)| c)
}

/// Whether a line is a time of day and nothing else ("17.56 BST", "09:14", "11:42 am ET"), as a live
/// report opens each entry with.
pub(crate) fn is_clock_line(text: &str) -> bool {
    let t = text.trim();
    clock(t).is_some_and(|(_, n)| t[n..].trim().is_empty())
}

/// An English weekday, in full or cut to three or four letters ("Sunday", "Sun", "Tues."), any case.
pub(crate) fn is_weekday(w: &str) -> bool {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let w = w.trim_end_matches('.');
    (3..=9).contains(&w.len())
        && DAYS.iter().any(|d| {
            d.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)) && (w.len() <= 4 || w.len() == d.len())
        })
}

/// A time of day at the start of `text` and the bytes it takes: "11:42", "9.05 pm", "11:42:07 AM GMT",
/// "10:00:00.000Z", "13:05 BST", "11h42", "11:42 GMT+1", "11:42:00+01:00".
fn clock(text: &str) -> Option<(Clock, usize)> {
    clock_at(text, false)
}

/// [`clock`], where a time with a full stop between hour and minute and neither zone nor half of the day
/// is read too when `after_at` (a word for "at" stands before it: "klo 6.30", "kl. 21.30").
fn clock_at(text: &str, after_at: bool) -> Option<(Clock, usize)> {
    let b = text.as_bytes();
    let digits = |from: usize| b.get(from..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    let h = digits(0);
    let sep = *b.get(h)?;
    if !(1..=2).contains(&h) || !matches!(sep, b':' | b'.' | b'h') || digits(h + 1) != 2 {
        return None;
    }
    let (mut hour, minute): (u32, u32) = (text[..h].parse().ok()?, text[h + 1..h + 3].parse().ok()?);
    let mut i = h + 3;
    // Seconds, and a fraction of them.
    if sep == b':' && b.get(i) == Some(&b':') && digits(i + 1) == 2 {
        i += 3;
        if b.get(i) == Some(&b'.') && digits(i + 1) > 0 {
            i += 1 + digits(i + 1);
        }
    }
    if hour > 23 || minute > 59 || b.get(i).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let meridiem = meridiem(&text[i..]);
    if let Some((pm, n)) = meridiem {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
        i += n;
    }
    let zone = zone(&text[i..]);
    if let Some((_, n)) = zone {
        i += n;
    }
    // "11.42" alone is a decimal far more often than a time.
    if sep == b'.' && meridiem.is_none() && zone.is_none() && !after_at {
        return None;
    }
    Some((Clock { hour, minute, zone: zone.map(|(z, _)| z) }, i))
}

/// "am" or "pm" ("AM", "a.m.", "p.m."), after at most one space: whether it is pm, and the bytes taken.
fn meridiem(text: &str) -> Option<(bool, usize)> {
    let rest = text.strip_prefix(' ').unwrap_or(text);
    let skipped = text.len() - rest.len();
    let b = rest.as_bytes();
    let (pm, n) = [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)]
        .iter()
        .chain(if b.first().is_some_and(|c| !c.is_ascii()) { HALF_DAY_AFTER } else { &[] })
        .find(|(m, _)| b.get(..m.len()).is_some_and(|p| p.eq_ignore_ascii_case(m.as_bytes())))
        .map(|&(m, pm)| (pm, m.len()))?;
    // Not the start of a longer word ("11:42 amid …").
    (!rest[n..].starts_with(|c: char| c.is_alphabetic())).then_some((pm, skipped + n))
}

/// Zone abbreviations news pages print, with their offsets in minutes east of UTC. Ones that name two
/// zones far apart ("CST": America's Central or China's; "IST": India's or Ireland's) are left out.
#[rustfmt::skip]
const ZONES: &[(&str, i32)] = &[
    ("UTC", 0), ("GMT", 0), ("WET", 0), ("BST", 60), ("WEST", 60), ("CET", 60), ("MEZ", 60), ("WAT", 60),
    ("CEST", 120), ("MESZ", 120), ("EET", 120), ("SAST", 120), ("CAT", 120), ("EEST", 180), ("MSK", 180),
    ("EAT", 180), ("PKT", 300), ("ICT", 420), ("WIB", 420), ("HKT", 480), ("SGT", 480), ("AWST", 480),
    ("PHT", 480), ("JST", 540), ("KST", 540), ("ACST", 570), ("AEST", 600), ("ACDT", 630), ("AEDT", 660),
    ("NZST", 720), ("NZDT", 780), ("EST", -300), ("EDT", -240), ("CDT", -300), ("MST", -420),
    ("MDT", -360), ("PST", -480), ("PDT", -420), ("AKST", -540), ("AKDT", -480), ("HST", -600),
    // American pages name the zone without the season ("11:42 am ET"); [`find_date_with`] moves these an hour
    // in summer.
    ("ET", -300), ("CT", -360), ("MT", -420), ("PT", -480),
];

/// Whether `word` is one of the zone abbreviations of [`ZONES`] ("PT", "GMT").
pub(crate) fn is_zone_name(word: &str) -> bool {
    ZONES.iter().any(|(z, _)| *z == word)
}

/// Whether a US zone named without its season ("ET") keeps summer time on `date`: from the second Sunday
/// of March to the first Sunday of November (the hour of the change aside).
fn us_summer(date: Date) -> bool {
    let sunday = |month: u32, nth: i64| {
        let first = Date { year: date.year, month, day: 1 }.days();
        // 1970-01-01 was a Thursday.
        first + (7 - (first + 4).rem_euclid(7)) % 7 + 7 * (nth - 1)
    };
    (sunday(3, 2)..sunday(11, 1)).contains(&date.days())
}

/// A zone after a time: "Z" or an offset right after it (ISO 8601), or an abbreviation after a space,
/// with an offset of its own ("GMT+1"). The bytes taken come with it.
fn zone(text: &str) -> Option<(Zone, usize)> {
    if let Some(rest) = text.strip_prefix('Z')
        && !rest.starts_with(|c: char| c.is_alphanumeric())
    {
        return Some((Zone { name: "UTC", offset: 0, shift: 0 }, 1));
    }
    let rest = text.strip_prefix(' ').unwrap_or(text);
    let skipped = text.len() - rest.len();
    // An offset right after the time or a space after it: "11:42:00+01:00", "11:42 +0100".
    if let Some((shift, n)) = offset(rest) {
        return Some((Zone { name: "", offset: shift, shift }, skipped + n));
    }
    let mut len = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    // Pages saved as text often glue the next line's word on: "11:42 AM GMTUpdated 2 hours ago".
    if rest[len..].starts_with(|c: char| c.is_lowercase()) {
        len = len.saturating_sub(1);
    }
    let &(name, base) = ZONES.iter().find(|(z, _)| *z == &rest[..len])?;
    let (shift, n) = if matches!(name, "GMT" | "UTC") { offset(&rest[len..]).unwrap_or((0, 0)) } else { (0, 0) };
    Some((Zone { name, offset: base + shift, shift }, skipped + len + n))
}

/// An offset from UTC: "+01:00", "-0500", "+1", "+5:30"; in minutes, with the bytes taken.
fn offset(text: &str) -> Option<(i32, usize)> {
    let sign = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let b = &text.as_bytes()[1..];
    let run = |from: usize| b.get(from..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    let num = |r: std::ops::Range<usize>| std::str::from_utf8(&b[r]).ok()?.parse::<i32>().ok();
    let h = run(0);
    let (hours, minutes, used) = match h {
        1 | 2 if b.get(h) == Some(&b':') && run(h + 1) == 2 => (num(0..h)?, num(h + 1..h + 3)?, h + 3),
        1 | 2 => (num(0..h)?, 0, h),
        4 => (num(0..2)?, num(2..4)?, 4),
        _ => return None,
    };
    (hours <= 14 && minutes < 60 && run(used) == 0).then_some((sign * (hours * 60 + minutes), 1 + used))
}

/// The days of `month` (1–12) in `year`, by the Gregorian calendar.
fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A year of the common era, 1900 to 2100; with `buddhist`, a year of the Buddhist era is read too ("2567"
/// is 2024). Arabic's "م" after a year (of the common era, "٢٠٢٥م") is passed over.
fn year(w: &str, buddhist: bool) -> Option<u32> {
    let w = w.strip_suffix('م').unwrap_or(w);
    let y: u32 = (w.len() == 4).then(|| w.parse().ok()).flatten()?;
    crate::months::common_era_year(y, 1900, buddhist)
}

/// Words that label the date after them as a page's last update, lowered: English's, and those of the
/// other languages whose dates are read.
#[rustfmt::skip]
const UPDATED: &[&str] = &[
    "updated", "update", "modified", "last edited", "обновлено", "оновлено", "обновено", "ажурирано",
    "aktualizacja", "zaktualizowano", "aktualizováno", "aktualisiert", "aktualisiert am", "güncelleme", "güncellendi",
    "päivitetty", "opdateret", "oppdatert", "uppdaterad", "bijgewerkt", "actualizado", "actualizada",
    "actualización", "atualizado", "atualizada", "actualitzat", "actualitzada", "mis à jour", "mise à jour",
    "modifié le", "aggiornato", "aggiornamento", "actualizat", "frissítve", "ενημέρωση", "עודכן", "تحديث",
    "آخر تحديث", "به‌روزرسانی", "بروزرسانی", "اپڈیٹ", "अपडेट", "আপডেট", "புதுப்பிக்கப்பட்டது", "ปรับปรุง",
    "ปรับปรุงล่าสุด", "cập nhật", "diperbarui", "imesasishwa", "수정", "更新", "更新时间", "修改",
];

/// Whether the text before a date ends with a label of [`UPDATED`], past the marks between them.
fn labelled_updated(before: &str) -> bool {
    let from = before.len().saturating_sub(60);
    let from = (from..before.len()).find(|&k| before.is_char_boundary(k)).unwrap_or(before.len());
    let tail = before[from..].trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    UPDATED.iter().any(|w| tail.ends_with(w))
}

/// A year of two figures, in a short date ("12.09.24"): of this century.
fn short_year(w: &str) -> Option<u32> {
    (w.len() == 2).then(|| w.parse::<u32>().ok()).flatten().map(|y| 2000 + y)
}

/// Whether the time printed after a date names an American zone ("6:45 p.m. ET", "18:45 EDT"), which
/// tells that figures between slashes before it put the month first.
fn american_zone_after(text: &str) -> bool {
    clock_after(text).and_then(|c| c.zone).is_some_and(|z| !z.name.is_empty() && (-600..=-240).contains(&z.offset))
}

/// Whether a word may be a month's name set before its day: capitalised ("August", "Septemba"), or in a
/// script without case ("ஆகஸ்ட்"). A word in lower case is not: "the 2022 season may 3".
fn opens_like_a_name(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase() || (!c.is_lowercase() && !c.is_ascii()))
}

/// `text` with the marks between a date's parts as spaces, each taking the bytes it took, so that a word
/// stands at the same bytes in both: dashes, slashes and commas; a full stop between two digits
/// ("12.09.2024", "2025.11.04"); and the year, month and day signs of Chinese, Japanese and Korean after a
/// digit ("2025年3月16日", "2025년 11월 4일").
fn date_parts_spaced(text: &str) -> String {
    let mut spaced = String::with_capacity(text.len());
    let mut prev = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let after_digit = prev.is_some_and(|p: char| p.is_ascii_digit());
        let part = match c {
            // And Arabic script's comma: "23 جنوری ، 2025".
            '-' | '/' | ',' | '،' => true,
            '.' => after_digit && chars.peek().is_some_and(char::is_ascii_digit),
            '年' | '月' | '日' | '년' | '월' | '일' => after_digit,
            _ => false,
        };
        if part {
            spaced.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            spaced.push(c);
        }
        prev = Some(c);
    }
    spaced
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

    /// The first full date anywhere in a text.
    fn find_date_in(text: &str, order: Order) -> Option<Published> {
        find_date_with(text, order, false, usize::MAX)
    }

    proptest::proptest! {
        /// Any text, however its digits, marks and names of months mix, gives a date or none, and any date it
        /// gives is a day of the calendar.
        #[test]
        fn any_text_gives_a_true_day_or_none(
            text in "([0-9٠-٩۰-۹০-৯๐-๙０-９]{1,4}|[./\\-,: ]|年|月|日|일|월|년|오후|ก\\.ย\\.|กันยายน|سبتمبر|آبان|م|October|okt|d'abril|בספטמבר|ஆகஸ்ட்|pm|a\\.m\\.|GMT|অপরাহ্ণ){0,16}",
            day_first in proptest::bool::ANY,
        ) {
            let order = if day_first { Order::DayFirst } else { Order::Either };
            if let Some(p) = find_date_in(&text, order) {
                let Date { year, month, day } = p.date;
                proptest::prop_assert!((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day));
            }
        }
    }

    fn d(y: u32, m: u32, d: u32) -> Option<Date> {
        Some(Date { year: y, month: m, day: d })
    }

    fn date(text: &str) -> Option<Date> {
        find_date_in(text, Order::Either).map(|p| p.date)
    }

    /// The time found beside the date, as shown.
    fn time(text: &str) -> Option<String> {
        find_date_in(text, Order::Either)?.time.map(|t| t.to_string())
    }

    #[test]
    fn date_formats() {
        assert_eq!(date("Tue, 21-Oct-2025"), d(2025, 10, 21));
        assert_eq!(date("Published 2022-08-15T10:00"), d(2022, 8, 15));
        assert_eq!(date("On 15 August 2022 it rained"), d(2022, 8, 15));
        assert_eq!(date("August 15th, 2022"), d(2022, 8, 15));
        assert_eq!(date("In July, 30 missiles"), None);
        assert_eq!(date("Miércoles, 12 de marzo de 2025"), d(2025, 3, 12));
        // No such day: the next date is taken.
        assert_eq!(date("31 February 2026, then 3 March 2026"), d(2026, 3, 3));
        assert_eq!(date("Feb 29, 2025"), None);
        assert_eq!(date("Feb 29, 2024"), d(2024, 2, 29));
        assert_eq!(date("Publié le 3 mars 2026"), d(2026, 3, 3));
        assert_eq!(date("3. März 2026, 11:42 Uhr"), d(2026, 3, 3));
        assert_eq!(date("the 2022 season may 3"), None);
        // Figures between slashes: only a date that reads one way alone.
        assert_eq!(date("28/10/2025, 22:14"), d(2025, 10, 28));
        assert_eq!(date("10/28/2025 10:14 PM"), d(2025, 10, 28));
        assert_eq!(date("03/04/2025"), None);
        assert_eq!(date("09/09/2025"), d(2025, 9, 9));
        assert_eq!(date("28 10 2025"), None);
        // A page in a language that writes the day first.
        let day_first = |text: &str| find_date_in(text, Order::DayFirst).map(|p| p.date);
        assert_eq!(day_first("Publié le 11/03/2025 à 07h15"), d(2025, 3, 11));
        assert_eq!(day_first("10/28/2025"), d(2025, 10, 28));
        // An American zone after it puts the month first.
        assert_eq!(date("Published 11/7/2024 6:45 p.m. ET"), d(2024, 11, 7));
        assert_eq!(date("Published 11/7/2024 18:45 GMT"), None);
        // Between full stops, the day first; year first, as Korean pages write it.
        assert_eq!(date("ЖКХ · 14.01.2025 · 10:05"), d(2025, 1, 14));
        assert_eq!(date("07.10.2024. 14:32"), d(2024, 10, 7));
        assert_eq!(date("입력 2025.11.04. 오후 3:02"), d(2025, 11, 4));
        assert_eq!(date("up 3.5 per cent in 2024"), None);
        // Chinese, Japanese and Korean signs of year, month and day.
        assert_eq!(date("2025年3月16日(日) 11:50 更新"), d(2025, 3, 16));
        assert_eq!(date("原创 2025年06月28日 20:15"), d(2025, 6, 28));
        assert_eq!(date("2025년 11월 4일 화요일"), d(2025, 11, 4));
        // Months named in other languages, and the month before its day.
        assert_eq!(date("12 сентября 2024, 15:08 GMT"), d(2024, 9, 12));
        assert_eq!(date("Пʼятниця, 13 вересня 2024"), d(2024, 9, 13));
        assert_eq!(date("Πέμπτη 18 Σεπτεμβρίου 2025"), d(2025, 9, 18));
        assert_eq!(date("نُشر في: 14 أكتوبر 2025 - 18:42"), d(2025, 10, 14));
        assert_eq!(date("יום חמישי, 11 בספטמבר 2025"), d(2025, 9, 11));
        assert_eq!(date("गुरुवार, 02 अक्टूबर 2025"), d(2025, 10, 2));
        assert_eq!(date("9 Maret 2025, 13:47 WIB"), d(2025, 3, 9));
        assert_eq!(date("Jumapili, Septemba 14, 2025"), d(2025, 9, 14));
        assert_eq!(date("Last Updated: ஆகஸ்ட் 22, 2025, 09:40 IST"), d(2025, 8, 22));
        assert_eq!(date("வெளியிடப்பட்டது: 22 ஆக. 2025"), d(2025, 8, 22));
        // Hungarian: the year with its full stop, the month's name, the day.
        assert_eq!(date("2024. október 16., szerda 16:22"), d(2024, 10, 16));
        assert_eq!(date("In 2025 may 12 people"), None);
        // Welsh, Afrikaans and Catalan months, and common shortenings.
        assert_eq!(date("2 Medi 2024, 16:20"), d(2024, 9, 2));
        assert_eq!(date("21 Januarie 2025, 09:40"), d(2025, 1, 21));
        assert_eq!(date("Dimarts, 11 de març de 2025 · 12:58"), d(2025, 3, 11));
        assert_eq!(date("Publicerad 14 okt 2025 · 10:15"), d(2025, 10, 14));
        // Vietnamese numbers its months.
        assert_eq!(date("Hà Nội, ngày 09 tháng 10 năm 2025"), d(2025, 10, 9));
        assert_eq!(date("9 Tháng 10, 2025 | 06:00"), d(2025, 10, 9));
        // Arabic script's comma between a date's words, and a year of two figures in a short date.
        assert_eq!(date("23 جنوری ، 2025 | 08:15 PM"), d(2025, 1, 23));
        assert_eq!(date("פורסם: 20.10.25, 09:47"), d(2025, 10, 20));
        assert_eq!(date("12/09/24"), None);
        // The Solar Hijri calendar of Iranian pages.
        assert_eq!(date("دوشنبه ۱۹ آبان ۱۴۰۴"), d(2025, 11, 10));
        // Thai pages count years in the Buddhist era.
        assert_eq!(date("วันอังคารที่ 17 กันยายน 2567"), d(2024, 9, 17));
        assert_eq!(date("17 ก.ย. 2567 เวลา 16:05 น."), d(2024, 9, 17));
        assert_eq!(date("14 กุมภาพันธ์ 2568"), d(2025, 2, 14));
        assert_eq!(date("17 September 2567"), None);
        // In another script's digits.
        assert_eq!(date("الأربعاء ٢٣ ربيع الآخر ١٤٤٧ هـ - ١٥ أكتوبر ٢٠٢٥م"), d(2025, 10, 15));
        assert_eq!(date("প্রকাশিত: ১৩ নভেম্বর ২০২৪, ১১:০৫ এএম"), d(2024, 11, 13));
        assert_eq!(date("نشر في ٢٠٢٥-١٢-٠٥ ١٠:٣٠"), d(2025, 12, 5));
        assert_eq!(date("প্রকাশ: ২৮/১০/২০২৫"), d(2025, 10, 28));
        assert_eq!(date("２０２５-１２-０５"), d(2025, 12, 5));
    }

    #[test]
    fn the_date_of_publishing_is_taken_over_the_date_of_an_update_printed_above_it() {
        let page = |text: &str| {
            let article = Article::from_text("a.txt", text, "utf-8");
            publication_date(&article).map(|p| (p.date, p.time.map(|t| t.to_string())))
        };
        let story = "Crews began work on the harbour wall on Tuesday, the council said. The repairs will take \
                     six weeks and cost the town about $2 million, officials told residents at a meeting.";
        let updated_first = format!(
            "Harbour wall repairs\n\nUpdated March 5, 2025 at 7:42 a.m. EST\n\n\
                                     Published March 4, 2025 at 8:15 p.m. EST\n\n{story}"
        );
        assert_eq!(page(&updated_first), Some((d(2025, 3, 4).unwrap(), Some("20:15 EST".to_string()))));
        // An update alone is the only date there is.
        let updated_only = format!("Harbour wall repairs\n\nUpdated March 5, 2025\n\n{story}");
        assert_eq!(page(&updated_only).map(|p| p.0), d(2025, 3, 5));
    }

    #[test]
    fn a_page_in_another_language_than_english_writes_the_day_first() {
        let page = |text: &str| {
            let article = Article::from_text("a.txt", text, "utf-8");
            publication_date(&article).map(|p| p.date)
        };
        let french = "La grève des cheminots\n\nPublié le 11/03/2025 à 07h15\n\nLes trains régionaux ne \
                      circuleront pas mardi, a annoncé la direction régionale. Les syndicats demandent une \
                      hausse des salaires et de nouvelles embauches dans les ateliers.";
        assert_eq!(page(french), d(2025, 3, 11));
        let english = "Rail staff strike\n\nPosted 11/03/2025\n\nRegional trains will not run on Tuesday, the \
                       operator said. The unions have asked for a pay rise and for new hires in the workshops.";
        assert_eq!(page(english), None);
    }

    #[test]
    fn a_date_the_story_tells_of_is_not_when_the_page_was_published() {
        let page = |text: &str| publication_date(&Article::from_text("a.txt", text, "utf-8")).map(|p| p.date);
        let story = "Brightwell, the meal-kit startup, has collapsed owing suppliers millions, administrators \
                     said.\n\nThe company, which launched on 2 January 2023 with backing from investors, employed \
                     340 people.\n\nOn 4 March 2025, staff were told they would not be paid.";
        // Undated: neither date in the story's sentences is the page's.
        assert_eq!(page(&format!("Startup Brightwell collapses\n\n{story}")), None);
        // A dateline of its own, or one that opens the first paragraph as wire copy sets it.
        assert_eq!(page(&format!("Startup Brightwell collapses\n\n5 March 2025\n\n{story}")), d(2025, 3, 5));
        let wire = format!("Startup Brightwell collapses\n\nLONDON, 5 March 2025 (Reuters) - {story}");
        assert_eq!(page(&wire), d(2025, 3, 5));
        // Nor is the time a reader posted a comment under it.
        let comments = "Comments\nSupplierSue   6 March 2025 09:12\nThey owe us thousands. Disgraceful.\n\
                        KitFan   6 March 2025 10:40\nShame, the boxes were good.";
        assert_eq!(page(&format!("Startup Brightwell collapses\n\n{story}\n\n{comments}")), None);
    }

    #[test]
    fn times_beside_the_date() {
        let t = |s: &str| time(s);
        // After a word for "at", a full stop may part hour and minute; past a weekday in brackets; in
        // full-width figures; with Japanese signs of hour and minute; with Arabic's letter for the evening.
        assert_eq!(t("8.1.2025 klo 6.30").as_deref(), Some("06:30"));
        assert_eq!(t("11. december 2024 kl. 21.30").as_deref(), Some("21:30"));
        assert_eq!(t("16 de gener del 2025 a les 12:40").as_deref(), Some("12:40"));
        assert_eq!(t("12 марта 2025 в 14:37").as_deref(), Some("14:37"));
        assert_eq!(t("２０２４年１１月２０日（水）１８：００").as_deref(), Some("18:00"));
        assert_eq!(t("2025年06月18日 09:42").as_deref(), Some("09:42"));
        assert_eq!(t("2025年4月7日 15時30分").as_deref(), Some("15:30"));
        assert_eq!(t("الأحد ١٦ فبراير ٢٠٢٥ - ٠٩:٤٥ م").as_deref(), Some("21:45"));
        assert_eq!(t("12 March 2025, 3.5 per cent"), None);
        // The morning and the afternoon in other languages, before the time or after it.
        assert_eq!(t("입력 2025.11.04. 오후 3:02").as_deref(), Some("15:02"));
        assert_eq!(t("প্রকাশিত: বুধবার, ১৩ নভেম্বর, ২০২৪ | ৪:১৫ অপরাহ্ণ").as_deref(), Some("16:15"));
        assert_eq!(t("প্রকাশিত: ১৩ নভেম্বর ২০২৪, ১১:০৫ এএম").as_deref(), Some("11:05"));
        assert_eq!(t("March 3, 2026 11:42 AM GMTUpdated 2 hours ago").as_deref(), Some("11:42 GMT"));
        assert_eq!(t("Published 3rd Mar 2026, 13:05 GMT").as_deref(), Some("13:05 GMT"));
        assert_eq!(t("2026-03-03T11:42:00Z").as_deref(), Some("11:42 UTC"));
        assert_eq!(t("2026-03-03T11:42:00.000-05:00").as_deref(), Some("11:42 -05:00"));
        assert_eq!(t("3 March 2026 11:42 +0100").as_deref(), Some("11:42 +01:00"));
        assert_eq!(t("Tue 3 Mar 2026 11.42 GMT").as_deref(), Some("11:42 GMT"));
        assert_eq!(t("3 March 2026 at 9.05pm BST").as_deref(), Some("21:05 BST"));
        assert_eq!(t("March 3, 2026 12:15 a.m. EST").as_deref(), Some("00:15 EST"));
        assert_eq!(t("3 March 2026 | 11:42 GMT+1").as_deref(), Some("11:42 GMT+1"));
        assert_eq!(t("3 mars 2026 à 11h42").as_deref(), Some("11:42"));
        assert_eq!(t("12 de marzo de 2025 - 09:15 CET").as_deref(), Some("09:15 CET"));
        assert_eq!(t("13:05 BST, 3 March 2026").as_deref(), Some("13:05 BST"));
        assert_eq!(t("Updated 11:42 am ET on March 3, 2026").as_deref(), Some("11:42 ET"));
        assert_eq!(t("Updated 7:15 PM EDT, Sun September 14, 2025").as_deref(), Some("19:15 EDT"));
        assert_eq!(t("28/10/2025, 22:14").as_deref(), Some("22:14"));
        // Not times: a decimal, a count, a score, a year's tail.
        assert_eq!(t("3 March 2026 11.5 million people"), None);
        assert_eq!(t("3 March 2026 1,200 jobs"), None);
        assert_eq!(t("3 March 2026: 3-1 win"), None);
        assert_eq!(t("On 3 March 2026 at 11:42 amid protests"), Some("11:42".to_string()));
        // A zone that names two zones far apart is not taken.
        assert_eq!(t("3 March 2026 11:42 CST").as_deref(), Some("11:42"));
    }

    #[test]
    fn a_mastheads_date_takes_the_time_of_the_reports_stamp() {
        let page = "Sunday 14 September 2025\n\nThe Daily Courier\n\nQuake strikes south of the capital\n\n\
Sun 14 Sep 2025 20.05 BST\n\nA magnitude 6.4 earthquake struck south of the capital on Sunday afternoon.\n";
        let published = publication_date(&Article::from_text("a.txt", page, "utf-8")).map(|p| p.to_string());
        assert_eq!(published.as_deref(), Some("2025-09-14 20:05 BST"));
        // A stamp of another day lends no time.
        let page = page.replace("Sun 14 Sep", "Mon 15 Sep");
        let published = publication_date(&Article::from_text("a.txt", &page, "utf-8")).map(|p| p.to_string());
        assert_eq!(published.as_deref(), Some("2025-09-14"));
    }

    #[test]
    fn zoned_times_order_pages_published_the_same_day() {
        let p = |s: &str| find_date_in(s, Order::Either).unwrap();
        let wire = p("March 3, 2026 11:42 AM GMT");
        let local = p("Published 3rd Mar 2026, 13:05 GMT");
        assert_eq!(wire.order(&local), Some(Ordering::Less));
        assert_eq!(local.order(&wire), Some(Ordering::Greater));
        // 12:30 in Berlin is 11:30 GMT: before the wire copy, though its clock reads later.
        assert_eq!(p("3 March 2026 12:30 CET").order(&wire), Some(Ordering::Less));
        // The moment decides even across midnight: 00:30 CET on the 4th is 23:30 GMT on the 3rd.
        assert_eq!(p("4 March 2026 00:30 CET").order(&p("3 March 2026 23:45 GMT")), Some(Ordering::Less));
        // Without a zone, the times cannot be compared; the day still can.
        assert_eq!(p("3 March 2026 09:00").order(&wire), None);
        assert_eq!(p("2 March 2026 23:00").order(&wire), Some(Ordering::Less));
        assert_eq!(p("3 March 2026").order(&p("3 March 2026")), None);
        assert_eq!(wire.order(&p("March 3, 2026 6:42 AM EST")), None, "the same moment");
    }

    #[test]
    fn a_zone_named_without_its_season_keeps_summer_time() {
        let utc = |s: &str| find_date_in(s, Order::Either).unwrap().instant().map(|m| m.rem_euclid(1440) / 60);
        // 2026: summer time from 8 March to 1 November.
        assert_eq!(utc("March 7, 2026 9:00 am ET"), Some(14));
        assert_eq!(utc("March 9, 2026 9:00 am ET"), Some(13));
        assert_eq!(utc("October 31, 2026 9:00 am PT"), Some(16));
        assert_eq!(utc("November 2, 2026 9:00 am PT"), Some(17));
    }

    #[test]
    fn days_since_the_epoch() {
        assert_eq!(Date { year: 1970, month: 1, day: 1 }.days(), 0);
        assert_eq!(Date { year: 2000, month: 3, day: 1 }.days(), 11_017);
        assert_eq!(Date { year: 2026, month: 3, day: 3 }.days(), 20_515);
    }
}
