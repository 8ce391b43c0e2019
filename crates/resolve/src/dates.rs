//! Temporal expressions: a hand-written matcher over a sentence's tokens, and their
//! resolution against the article date, using the tense of the governing verb.
//!
//! The matcher never allocates per token: it reads token texts as borrowed slices and
//! compares them case-insensitively against fixed word lists.

use crate::tense::{tense_at, Tense};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use detente_core::{DatePrecision, Document, EventDate, TextRange, TimeExpr};

/// What a matched expression says, before it is resolved against the article date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// A full date with its year ("24 April 2024", "2024-04-24"); `end` for ranges.
    Absolute {
        /// First day.
        date: NaiveDate,
        /// Last day of a range.
        end: Option<NaiveDate>,
    },
    /// A month and day without a year ("April 24", "Apr. 24-26"); the year comes from tense.
    MonthDay {
        /// Month 1–12.
        month: u32,
        /// Day of month.
        day: u32,
        /// End of a range as (month, day).
        end: Option<(u32, u32)>,
    },
    /// A month with its year ("March 2022").
    MonthYear {
        /// Month 1–12.
        month: u32,
        /// Year.
        year: i32,
    },
    /// A month alone ("in November", "mid-May"); the year comes from tense and context.
    Month(u32),
    /// "last June" (-1), "this June" (0), "next June" (+1).
    RelativeMonth {
        /// Month 1–12.
        month: u32,
        /// Direction.
        direction: i8,
    },
    /// A year ("in 2019", "mid-2022").
    Year(i32),
    /// A weekday: `direction` 0 means by tense, -1 "last", +1 "next".
    Weekday {
        /// The day of the week.
        weekday: Weekday,
        /// Direction.
        direction: i8,
    },
    /// Days from the article date ("yesterday" -1, "two weeks ago" -14).
    DayOffset(i64),
    /// Months from the article's month ("last month" -1, "three months ago" -3).
    MonthOffset(i32),
    /// Years from the article's year ("last year" -1).
    YearOffset(i32),
    /// Calendar weeks from the article's week, Monday to Sunday ("last week" -1).
    WeekOffset(i32),
    /// A weekend: -1 the last one ("over the weekend"), 0 this week's.
    Weekend(i8),
    /// A fixed-date holiday ("Christmas Day"); the year comes from tense.
    Holiday {
        /// Month 1–12.
        month: u32,
        /// Day of month.
        day: u32,
    },
}

/// A temporal expression found in one sentence: token span (document indices), meaning, rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeMatch {
    /// First token (document index).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it says.
    pub meaning: Meaning,
    /// The rule that matched.
    pub rule: &'static str,
}

const MONTHS: [(&str, u32, bool); 24] = [
    ("january", 1, true), ("jan", 1, false), ("february", 2, true), ("feb", 2, false), ("march", 3, true),
    ("mar", 3, false), ("april", 4, true), ("apr", 4, false), ("may", 5, true), ("june", 6, true),
    ("jun", 6, false), ("july", 7, true), ("jul", 7, false), ("august", 8, true), ("aug", 8, false),
    ("september", 9, true), ("sept", 9, false), ("sep", 9, false), ("october", 10, true), ("oct", 10, false),
    ("november", 11, true), ("nov", 11, false), ("december", 12, true), ("dec", 12, false),
];

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon), ("tuesday", Weekday::Tue), ("wednesday", Weekday::Wed), ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri), ("saturday", Weekday::Sat), ("sunday", Weekday::Sun),
];

/// Words before a bare month or year that make it a date ("in May", "since 2018").
const DATE_LEADS: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "to", "through", "early",
    "mid", "late", "between", "and", "around", "the", "last", "next", "this", "mid-", "until", "throughout",
];

const NUMBER_WORDS: [(&str, i64); 15] = [
    ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("several", 3),
];

fn eq(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The month a word names, and whether it is a full name. "Sept." and "Sept" both count.
fn month_word(w: &str) -> Option<(u32, bool)> {
    let w = w.strip_suffix('.').unwrap_or(w);
    MONTHS.iter().find(|(n, _, _)| eq(n, w)).map(|&(_, m, full)| (m, full))
}

/// True for a full month or weekday name ("May", "monday"), in any case: news copy puts them
/// after a name ("Trump Monday said"), where they are no part of it.
pub fn is_calendar_word(w: &str) -> bool {
    month_word(w).is_some_and(|(_, full)| full) || weekday_word(w).is_some()
}

fn weekday_word(w: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(n, _)| eq(n, w)).map(|&(_, d)| d)
}

/// A day of month ("24", "1st", "3rd").
fn day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !suffix.is_empty() && !["st", "nd", "rd", "th"].iter().any(|s| eq(s, suffix)) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A year 1900–2099 written as four digits.
fn year_number(w: &str) -> Option<i32> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = w.parse().ok()?;
        return (1900..=2099).contains(&y).then_some(y);
    }
    None
}

/// "24-26" or "24–26" written as one token.
fn day_range_token(w: &str) -> Option<(u32, u32)> {
    let (a, b) = w.split_once(['-', '–'])?;
    Some((day_number(a)?, day_number(b)?))
}

fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
}

fn number_word(w: &str) -> Option<i64> {
    if let Ok(n) = w.parse::<i64>() {
        return (1..=1000).contains(&n).then_some(n);
    }
    NUMBER_WORDS.iter().find(|(n, _)| eq(n, w)).map(|&(_, v)| v)
}

/// The words of one sentence, with the document index of the first.
struct Words<'a> {
    words: &'a [&'a str],
    base: usize,
}

impl<'a> Words<'a> {
    fn get(&self, i: usize) -> Option<&'a str> {
        self.words.get(i).copied()
    }
    fn is(&self, i: usize, w: &str) -> bool {
        self.get(i).is_some_and(|x| eq(x, w))
    }
    /// A month word at `i`, consuming a following "." after an abbreviation. Returns (month, next index).
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.get(i)?;
        if !is_capitalized(w) {
            return None;
        }
        let (m, full) = month_word(w)?;
        let next = if !full && !w.ends_with('.') && self.is(i + 1, ".") && self.get(i + 2).is_some() { i + 2 } else { i + 1 };
        Some((m, next))
    }
    /// An optional ", YYYY" or " YYYY" after a day; returns (year, next index).
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        if self.is(i, ",") {
            if let Some(y) = self.get(i + 1).and_then(year_number) {
                return Some((y, i + 2));
            }
        }
        self.get(i).and_then(year_number).map(|y| (y, i + 1))
    }
    fn prev_is_lead(&self, i: usize) -> bool {
        i > 0 && self.get(i - 1).is_some_and(|p| DATE_LEADS.iter().any(|l| eq(l, p)))
    }
}

/// Finds every temporal expression in the tokens `words` (one sentence, starting at document
/// token `base`), longest match first, left to right.
pub fn find_expressions(words: &[&str], base: usize) -> Vec<TimeMatch> {
    let w = Words { words, base };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((len, meaning, rule)) = match_at(&w, i) {
            out.push(TimeMatch { start: base + i, end: base + i + len, meaning, rule });
            i += len;
        } else {
            i += 1;
        }
    }
    let _ = w.base;
    out
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Month-day forms starting at a month word: "April 24", "Apr. 24-26", "June 19, 2023",
/// "April 8 to April 10", "March 2022".
fn month_first(w: &Words, i: usize) -> Option<(usize, Meaning, &'static str)> {
    let (m, j) = w.month(i)?;
    let next = w.get(j)?;
    if let Some((d1, d2)) = day_range_token(next) {
        let k = j + 1;
        if let Some((y, k2)) = w.year_after(k) {
            return Some((k2 - i, Meaning::Absolute { date: date(y, m, d1)?, end: date(y, m, d2) }, "month-day-range-year"));
        }
        return Some((k - i, Meaning::MonthDay { month: m, day: d1, end: Some((m, d2)) }, "month-day-range"));
    }
    if let Some(d) = day_number(next) {
        let mut k = j + 1;
        let mut end = None;
        // "24-26", "24 - 26", "8 to April 10", "8 to 10"
        if w.get(k).is_some_and(|x| is_dash(x) || eq(x, "to") || eq(x, "through") || eq(x, "until")) {
            if let Some(d2) = w.get(k + 1).and_then(day_number) {
                end = Some((m, d2));
                k += 2;
            } else if let Some((m2, k2)) = w.month(k + 1) {
                if let Some(d2) = w.get(k2).and_then(day_number) {
                    end = Some((m2, d2));
                    k = k2 + 1;
                }
            }
        }
        if let Some((y, k2)) = w.year_after(k) {
            let start = date(y, m, d)?;
            let end = end.and_then(|(m2, d2)| date(if m2 < m { y + 1 } else { y }, m2, d2));
            return Some((k2 - i, Meaning::Absolute { date: start, end }, "month-day-year"));
        }
        return Some((k - i, Meaning::MonthDay { month: m, day: d, end }, if end.is_some() { "month-day-range" } else { "month-day" }));
    }
    if let Some(y) = year_number(next) {
        return Some((j + 1 - i, Meaning::MonthYear { month: m, year: y }, "month-year"));
    }
    None
}

/// Day-first forms: "24 April 2024", "7 October", "8 to 10 April", "3rd of April".
fn day_first(w: &Words, i: usize) -> Option<(usize, Meaning, &'static str)> {
    let d = day_number(w.get(i)?)?;
    let mut j = i + 1;
    let mut end_day = None;
    if let Some(x) = w.get(j) {
        if is_dash(x) || eq(x, "to") || eq(x, "and") {
            if let Some(d2) = w.get(j + 1).and_then(day_number) {
                end_day = Some(d2);
                j += 2;
            }
        }
    }
    if w.is(j, "of") {
        j += 1;
    }
    let (m, k) = w.month(j)?;
    let end = end_day.map(|d2| (m, d2));
    if let Some(y) = w.get(k).and_then(year_number) {
        return Some((k + 1 - i, Meaning::Absolute { date: date(y, m, d)?, end: end.and_then(|(m2, d2)| date(y, m2, d2)) }, "day-month-year"));
    }
    Some((k - i, Meaning::MonthDay { month: m, day: d, end }, "day-month"))
}

fn match_at(w: &Words, i: usize) -> Option<(usize, Meaning, &'static str)> {
    let t = w.get(i)?;
    let lower_is = |s: &str| eq(t, s);

    // ISO dates: 2024-04-24.
    if t.len() == 10 && t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-' {
        if let (Some(y), Ok(m), Ok(d)) = (year_number(&t[..4]), t[5..7].parse::<u32>(), t[8..10].parse::<u32>()) {
            if let Some(dt) = date(y, m, d) {
                return Some((1, Meaning::Absolute { date: dt, end: None }, "iso-date"));
            }
        }
    }
    // Weekday, optionally followed by ", April 12" or by a part of the day.
    if let Some(wd) = weekday_word(t).filter(|_| is_capitalized(t)) {
        if w.is(i + 1, ",") {
            if let Some((len, m, r)) = month_first(w, i + 2) {
                return Some((len + 2, m, r));
            }
        }
        if let Some((len, m, r)) = month_first(w, i + 1) {
            return Some((len + 1, m, r));
        }
        let len = if w.get(i + 1).is_some_and(|x| ["morning", "afternoon", "evening", "night"].iter().any(|p| eq(p, x))) { 2 } else { 1 };
        return Some((len, Meaning::Weekday { weekday: wd, direction: 0 }, "weekday"));
    }
    // Month-first forms.
    if let Some(r) = month_first(w, i) {
        return Some(r);
    }
    // A bare month after a lead word ("in November", "early March", "mid-May").
    if let Some((m, j)) = w.month(i) {
        let (_, full) = month_word(t)?;
        if full && w.prev_is_lead(i) {
            return Some((j - i, Meaning::Month(m), "month"));
        }
        return None;
    }
    // "mid-May", "mid-2022" written as one token.
    for prefix in ["mid-", "early-", "late-"] {
        if t.len() > prefix.len() && t.is_char_boundary(prefix.len()) && eq(&t[..prefix.len()], prefix) {
            let rest = &t[prefix.len()..];
            if let Some(y) = year_number(rest) {
                return Some((1, Meaning::Year(y), "part-year"));
            }
            if let Some((m, true)) = month_word(rest).filter(|_| is_capitalized(rest)) {
                return Some((1, Meaning::Month(m), "part-month"));
            }
        }
    }
    // Day-first forms.
    if let Some(r) = day_first(w, i) {
        return Some(r);
    }
    // "the 3rd of April": start at "the".
    if lower_is("the") {
        if let Some((len, m, r)) = day_first(w, i + 1) {
            if w.is(i + 2, "of") {
                return Some((len + 1, m, r));
            }
        }
    }
    // Years: "in 2019", "early 2023", "mid - 2022".
    if let Some(y) = year_number(t) {
        if w.prev_is_lead(i) || (i == 0 && w.is(1, ",")) {
            return Some((1, Meaning::Year(y), "year"));
        }
        return None;
    }
    if (lower_is("mid") || lower_is("early") || lower_is("late")) && w.get(i + 1).is_some() {
        let mut j = i + 1;
        if w.get(j).is_some_and(is_dash) {
            j += 1;
        }
        if let Some(y) = w.get(j).and_then(year_number) {
            return Some((j + 1 - i, Meaning::Year(y), "part-year"));
        }
        if let Some((m, k)) = w.month(j) {
            return Some((k - i, Meaning::Month(m), "part-month"));
        }
        // "late last year", "early next year", "late this year"
        if let Some((len, meaning, _)) = relative(w, j) {
            if matches!(meaning, Meaning::YearOffset(_)) {
                return Some((len + j - i, meaning, "part-relative-year"));
            }
        }
        return None;
    }
    relative(w, i).or_else(|| holiday(w, i))
}

/// Deictic and relative expressions: "yesterday", "last week", "earlier this month",
/// "two days ago", "last June", "the coming week", "over the weekend".
fn relative(w: &Words, i: usize) -> Option<(usize, Meaning, &'static str)> {
    let t = w.get(i)?;
    let is = |s: &str| eq(t, s);
    if is("yesterday") {
        return Some((1, Meaning::DayOffset(-1), "yesterday"));
    }
    if is("today") || is("tonight") {
        return Some((1, Meaning::DayOffset(0), "today"));
    }
    if is("tomorrow") {
        return Some((1, Meaning::DayOffset(1), "tomorrow"));
    }
    if is("this") && w.get(i + 1).is_some_and(|x| ["morning", "afternoon", "evening"].iter().any(|p| eq(p, x))) {
        return Some((2, Meaning::DayOffset(0), "this-part-of-day"));
    }
    if is("last") && w.is(i + 1, "night") {
        return Some((2, Meaning::DayOffset(-1), "last-night"));
    }
    // "earlier this month", "later this week"
    if (is("earlier") || is("later")) && w.is(i + 1, "this") {
        if let Some(m) = w.get(i + 2).and_then(|u| unit_meaning(u, 0)) {
            return Some((3, m, "earlier-later-this"));
        }
    }
    // "over the weekend", "at the weekend"
    if (is("over") || is("at")) && w.is(i + 1, "the") && w.is(i + 2, "weekend") {
        return Some((3, Meaning::Weekend(if is("over") { -1 } else { 0 }), "the-weekend"));
    }
    // "the coming week", "the past week", "the previous month", "the next year"
    let (dir_at, offset) = if is("the") { (i + 1, 1) } else { (i, 0) };
    if let Some(d) = w.get(dir_at) {
        let direction = if eq(d, "last") || eq(d, "past") || eq(d, "previous") {
            Some(-1)
        } else if eq(d, "next") || eq(d, "coming") {
            Some(1)
        } else if eq(d, "this") && offset == 0 {
            Some(0)
        } else {
            None
        };
        if let Some(dir) = direction {
            let u = w.get(dir_at + 1)?;
            if eq(u, "weekend") {
                return Some((2 + offset, Meaning::Weekend(if dir < 0 { -1 } else { 0 }), "relative-weekend"));
            }
            if let Some(m) = unit_meaning(u, dir) {
                return Some((2 + offset, m, "relative-unit"));
            }
            if let Some((m, k)) = w.month(dir_at + 1) {
                return Some((k - i, Meaning::RelativeMonth { month: m, direction: dir as i8 }, "relative-month"));
            }
            if let Some(wd) = weekday_word(u).filter(|_| is_capitalized(u)) {
                if dir != 0 {
                    return Some((2 + offset, Meaning::Weekday { weekday: wd, direction: dir as i8 }, "relative-weekday"));
                }
                return Some((2, Meaning::Weekday { weekday: wd, direction: 0 }, "weekday"));
            }
        }
    }
    // "two days ago", "a year ago"
    if let Some(n) = number_word(t) {
        if let (Some(u), true) = (w.get(i + 1), w.is(i + 2, "ago")) {
            let u = u.strip_suffix('s').unwrap_or(u);
            let m = if eq(u, "day") {
                Meaning::DayOffset(-n)
            } else if eq(u, "week") {
                Meaning::DayOffset(-7 * n)
            } else if eq(u, "month") {
                Meaning::MonthOffset(-(n as i32))
            } else if eq(u, "year") {
                Meaning::YearOffset(-(n as i32))
            } else {
                return None;
            };
            return Some((3, m, "ago"));
        }
    }
    None
}

fn unit_meaning(u: &str, dir: i32) -> Option<Meaning> {
    if eq(u, "week") {
        Some(Meaning::WeekOffset(dir))
    } else if eq(u, "month") {
        Some(Meaning::MonthOffset(dir))
    } else if eq(u, "year") {
        Some(Meaning::YearOffset(dir))
    } else {
        None
    }
}

/// Fixed-date holidays: "Christmas Day", "Christmas Eve", "New Year's Day", "New Year's Eve".
fn holiday(w: &Words, i: usize) -> Option<(usize, Meaning, &'static str)> {
    let t = w.get(i)?;
    if t == "Christmas" {
        if w.get(i + 1) == Some("Day") {
            return Some((2, Meaning::Holiday { month: 12, day: 25 }, "holiday"));
        }
        if w.get(i + 1) == Some("Eve") {
            return Some((2, Meaning::Holiday { month: 12, day: 24 }, "holiday"));
        }
    }
    if t == "New" {
        let mut j = i + 1;
        if w.get(j) == Some("Year's") {
            j += 1;
        } else if w.get(j) == Some("Year") && w.get(j + 1).is_some_and(|x| x == "'s" || x == "’s") {
            j += 2;
        } else {
            return None;
        }
        match w.get(j) {
            Some("Day") => return Some((j + 1 - i, Meaning::Holiday { month: 1, day: 1 }, "holiday")),
            Some("Eve") => return Some((j + 1 - i, Meaning::Holiday { month: 12, day: 31 }, "holiday")),
            _ => {}
        }
    }
    None
}

/// Monday of the week holding `d`.
fn monday_of(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

fn first_of_month(y: i32, m: i32) -> Option<NaiveDate> {
    let idx = y * 12 + (m - 1);
    date(idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32, 1)
}

fn day(d: NaiveDate) -> EventDate {
    EventDate { date: d, end: None, precision: DatePrecision::Day }
}

fn days(d: NaiveDate, e: NaiveDate) -> EventDate {
    EventDate { date: d, end: Some(e), precision: DatePrecision::Day }
}

fn month(d: NaiveDate) -> EventDate {
    EventDate { date: d, end: None, precision: DatePrecision::Month }
}

fn year(y: i32) -> Option<EventDate> {
    Some(EventDate { date: date(y, 1, 1)?, end: None, precision: DatePrecision::Year })
}

/// Picks the year for a month (and day) given without one: the most recent one not after the
/// article for past tense, the next one not before it for future, and otherwise the nearest
/// (for a bare month: the article's year). A year set by an earlier expression in the
/// article ("last June ... in July") wins when it agrees with the tense.
fn pick_year(article: NaiveDate, tense: Tense, context_year: Option<i32>, make: impl Fn(i32) -> Option<NaiveDate>, bare_month: bool) -> Option<NaiveDate> {
    let a = article;
    let key = |d: NaiveDate| if bare_month { first_of_month(d.year(), d.month() as i32).unwrap_or(d) } else { d };
    let a_key = if bare_month { first_of_month(a.year(), a.month() as i32)? } else { a };
    let candidates = [make(a.year() - 1), make(a.year()), make(a.year() + 1)];
    let nearest = candidates.iter().flatten().copied().min_by_key(|&d| (d - a).num_days().abs());
    let from_context = context_year.and_then(&make).filter(|&d| match tense {
        Tense::Past => key(d) <= a_key,
        Tense::Future => key(d) >= a_key,
        Tense::Unknown => (d - a).num_days().abs() <= 366,
    });
    let by_tense = from_context.or_else(|| match tense {
        Tense::Past => candidates.iter().flatten().copied().filter(|&d| key(d) <= a_key).max(),
        Tense::Future => candidates.iter().flatten().copied().filter(|&d| key(d) >= a_key).min(),
        Tense::Unknown if bare_month => make(a.year()),
        Tense::Unknown => nearest,
    });
    // A day given without a year that lies within two weeks of the article is that one, even
    // where the clause's tense or an earlier year points a year away ("said ... during his April 24-26 visit" in an
    // article of April 19, the date parsed under "said"): news names a day half a year or more
    // away with its year.
    match (by_tense, nearest) {
        (Some(t), Some(n)) if !bare_month && (t - a).num_days().abs() > 183 && (n - a).num_days().abs() <= 14 => Some(n),
        _ => by_tense,
    }
}

/// Resolves a meaning against the article date, the tense of its clause, and the year an
/// earlier expression set. Returns `None` when the text names an impossible date.
pub fn resolve(meaning: Meaning, article: NaiveDate, tense: Tense, context_year: Option<i32>) -> Option<EventDate> {
    let a = article;
    Some(match meaning {
        Meaning::Absolute { date, end } => EventDate { date, end, precision: DatePrecision::Day },
        Meaning::MonthDay { month: m, day: d, end } => {
            let start = pick_year(a, tense, context_year, |y| date(y, m, d), false)?;
            let end = end.and_then(|(m2, d2)| date(if m2 < m { start.year() + 1 } else { start.year() }, m2, d2));
            EventDate { date: start, end, precision: DatePrecision::Day }
        }
        Meaning::Holiday { month: m, day: d } => day(pick_year(a, tense, None, |y| date(y, m, d), false)?),
        Meaning::MonthYear { month: m, year: y } => month(date(y, m, 1)?),
        Meaning::Month(m) => month(pick_year(a, tense, context_year, |y| date(y, m, 1), true)?),
        Meaning::RelativeMonth { month: m, direction } => {
            let this = date(a.year(), m, 1)?;
            let y = match direction {
                -1 if m >= a.month() => a.year() - 1,
                1 if m <= a.month() => a.year() + 1,
                _ => this.year(),
            };
            month(date(y, m, 1)?)
        }
        Meaning::Year(y) => return year(y),
        Meaning::Weekday { weekday, direction } => {
            let back = (7 + a.weekday().num_days_from_monday() as i64 - weekday.num_days_from_monday() as i64) % 7;
            let fwd = (7 - back) % 7;
            match (direction, tense) {
                (-1, _) => day(a - Duration::days(if back == 0 { 7 } else { back })),
                (1, _) => day(a + Duration::days(if fwd == 0 { 7 } else { fwd })),
                (_, Tense::Future) => day(a + Duration::days(fwd)),
                _ => day(a - Duration::days(back)),
            }
        }
        Meaning::DayOffset(n) => day(a + Duration::days(n)),
        Meaning::MonthOffset(n) => month(first_of_month(a.year(), a.month() as i32 + n)?),
        Meaning::YearOffset(n) => return year(a.year() + n),
        Meaning::WeekOffset(n) => {
            let mon = monday_of(a) + Duration::days(7 * n as i64);
            days(mon, mon + Duration::days(6))
        }
        Meaning::Weekend(dir) => {
            let sat = monday_of(a) + Duration::days(5);
            let sat = if dir < 0 && a < sat { sat - Duration::days(7) } else { sat };
            days(sat, sat + Duration::days(1))
        }
    })
}

/// The year an expression fixes for later month-only expressions ("last June" → 2023).
fn context_year_of(meaning: Meaning, value: &EventDate) -> Option<i32> {
    match meaning {
        Meaning::Absolute { .. } | Meaning::MonthYear { .. } | Meaning::RelativeMonth { .. } | Meaning::Year(_) | Meaning::YearOffset(_) => {
            Some(value.date.year())
        }
        _ => None,
    }
}

/// Finds and resolves the temporal expressions of a whole document into `doc.times`.
pub fn annotate(doc: &mut Document) {
    let mut times = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut context: Option<(i32, usize)> = None;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let range = sentence.token_range();
        words.clear();
        words.extend(range.clone().map(|i| doc.token_text(i)));
        let matches = find_expressions(&words, range.start);
        for m in matches {
            let dateline = is_dateline(&words, m.start - range.start);
            let tense = if dateline { Tense::Past } else { tense_at(doc, range.clone(), m.start, m.end) };
            let ctx = context.filter(|&(_, at)| s <= at + 3).map(|(y, _)| y);
            let value = doc.date.and_then(|a| resolve(m.meaning, a, tense, ctx));
            if let Some(v) = &value {
                if let Some(y) = context_year_of(m.meaning, v) {
                    context = Some((y, s));
                }
            }
            let rule = format!("dates:{}{}:{}", m.rule, if dateline { "+dateline" } else { "" }, tense.as_str());
            let r = TextRange::new(doc.tokens[m.start].range.start as usize, doc.tokens[m.end - 1].range.end as usize);
            times.push(TimeExpr { range: r, sentence: s as u32, value, rule });
        }
    }
    doc.times = times;
}

/// True when the expression at `at` sits in a dateline: "KYIV, Ukraine, April 18 (AP) -".
fn is_dateline(words: &[&str], at: usize) -> bool {
    if at == 0 || at > 8 || !words[0].chars().all(|c| !c.is_lowercase()) || !words[..at].contains(&",") {
        return false;
    }
    words[at..words.len().min(at + 8)].iter().any(|w| *w == "(" || is_dash(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn one(words: &[&str]) -> Meaning {
        let m = find_expressions(words, 0);
        assert_eq!(m.len(), 1, "{words:?} gave {m:?}");
        m[0].meaning
    }

    #[test]
    fn matches_the_forms_news_uses() {
        assert_eq!(one(&["his", "April", "24-26", "visit"]), Meaning::MonthDay { month: 4, day: 24, end: Some((4, 26)) });
        assert_eq!(one(&["on", "April", "24", "-", "26"]), Meaning::MonthDay { month: 4, day: 24, end: Some((4, 26)) });
        assert_eq!(one(&["on", "24", "April", "2024"]), Meaning::Absolute { date: d("2024-04-24"), end: None });
        assert_eq!(one(&["on", "Apr", ".", "24"]), Meaning::MonthDay { month: 4, day: 24, end: None });
        assert_eq!(one(&["on", "June", "19", ",", "2023"]), Meaning::Absolute { date: d("2023-06-19"), end: None });
        assert_eq!(one(&["in", "2019"]), Meaning::Year(2019));
        assert_eq!(one(&["in", "mid-2022"]), Meaning::Year(2022));
        assert_eq!(one(&["last", "June"]), Meaning::RelativeMonth { month: 6, direction: -1 });
        assert_eq!(one(&["two", "days", "ago"]), Meaning::DayOffset(-2));
        assert_eq!(one(&["earlier", "this", "month"]), Meaning::MonthOffset(0));
        assert_eq!(one(&["in", "the", "coming", "week"]), Meaning::WeekOffset(1));
    }

    #[test]
    fn ignores_words_that_only_look_like_dates() {
        for s in [&["officials", "may", "meet"][..], &["Theresa", "May", "met"], &["Will", "Smith"], &["2,000", "troops"], &["they", "march", "on"]] {
            assert!(find_expressions(s, 0).is_empty(), "{s:?}");
        }
    }

    #[test]
    fn resolves_by_tense_and_context() {
        let a = d("2024-04-19"); // a Friday
        let r = |m, t, c| resolve(m, a, t, c).unwrap();
        assert_eq!(r(Meaning::Month(11), Tense::Past, None).date, d("2023-11-01"));
        assert_eq!(r(Meaning::Month(11), Tense::Future, None).date, d("2024-11-01"));
        assert_eq!(r(Meaning::Month(7), Tense::Past, Some(2023)).date, d("2023-07-01"));
        assert_eq!(r(Meaning::Weekday { weekday: Weekday::Tue, direction: 0 }, Tense::Past, None).date, d("2024-04-16"));
        assert_eq!(r(Meaning::Weekday { weekday: Weekday::Tue, direction: 0 }, Tense::Future, None).date, d("2024-04-23"));
        // A day within two weeks of the article is that day, whatever the tense says.
        assert_eq!(r(Meaning::MonthDay { month: 4, day: 24, end: None }, Tense::Past, None).date, d("2024-04-24"));
        assert_eq!(r(Meaning::MonthDay { month: 3, day: 2, end: None }, Tense::Future, None).date, d("2025-03-02"));
        let visit = r(Meaning::MonthDay { month: 4, day: 24, end: Some((4, 26)) }, Tense::Future, None);
        assert_eq!((visit.date, visit.end), (d("2024-04-24"), Some(d("2024-04-26"))));
        assert_eq!(r(Meaning::RelativeMonth { month: 6, direction: -1 }, Tense::Unknown, None).date, d("2023-06-01"));
        assert_eq!(r(Meaning::WeekOffset(1), Tense::Unknown, None).end, Some(d("2024-04-28")));
        assert_eq!(r(Meaning::Weekend(-1), Tense::Past, None).date, d("2024-04-13"));
    }
}
