//! Calendar dates and periods as the corpus writes them: `2020-11-21`, `2019`,
//! `2020-11-16/2020-11-22`.

use std::fmt;

/// A day in the proleptic Gregorian calendar. Ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Why a date did not parse, in the author's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    pub message: String,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let error = |message: String| Err(DateError { message });
        let parts: Vec<&str> = text.trim().split('-').collect();
        let [year, month, day] = parts.as_slice() else {
            return error(format!("`{text}` is not a date of the form YYYY-MM-DD"));
        };
        let digits = |part: &str, width: usize| {
            part.len() == width && part.bytes().all(|b| b.is_ascii_digit())
        };
        if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
            return error(format!("`{text}` is not a date of the form YYYY-MM-DD"));
        }
        let (year, month, day): (i32, u8, u8) = (
            year.parse().unwrap_or_default(),
            month.parse().unwrap_or_default(),
            day.parse().unwrap_or_default(),
        );
        if !(1..=12).contains(&month) {
            return error(format!(
                "`{text}` has month {month}; months run from 01 to 12"
            ));
        }
        let last = days_in_month(year, month);
        if day == 0 || day > last {
            return error(format!(
                "`{text}` has day {day}, but that month has {last} days"
            ));
        }
        Ok(Date { year, month, day })
    }

    pub fn first_of_year(year: i32) -> Date {
        Date {
            year,
            month: 1,
            day: 1,
        }
    }

    pub fn last_of_year(year: i32) -> Date {
        Date {
            year,
            month: 12,
            day: 31,
        }
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A span of days a figure refers to, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub start: Date,
    pub end: Date,
}

impl Period {
    /// The one day `date`, as a period.
    pub fn day(date: Date) -> Period {
        Period {
            start: date,
            end: date,
        }
    }

    pub fn is_one_day(&self) -> bool {
        self.start == self.end
    }

    /// Whether every day of this period comes before every day of `other`: 2022 is before
    /// 2023, while 2020 and its last day, or 2019/2021 and 2020, overlap and neither is
    /// before the other. The order of a series: a figure for 2020 and one for its last day
    /// may both be true whatever their values, as may a total for 2019/2021 and one for 2020.
    pub fn before(&self, other: &Period) -> bool {
        self.end < other.start
    }

    /// The period in running text, with its preposition: "on 2020-11-21" for one day, "in
    /// 2022", "in 2019/2021" or "in 2020-01-01/2020-11-21" for longer ones, written as the
    /// claims write them.
    pub fn in_words(&self) -> String {
        match self.is_one_day() {
            true => format!("on {self}"),
            false => format!("in {self}"),
        }
    }

    /// Parses `YYYY` (the whole year), `YYYY-MM-DD` (one day) or `START/END`, whose ends
    /// are each a day or a year as alone: `2019/2021` runs from the first day of 2019 to
    /// the last of 2021.
    pub fn parse(text: &str) -> Result<Period, DateError> {
        let text = text.trim();
        // `2024/01/01`, `2024/1/1`: one day written with slashes, not a period of two ends;
        // `2024/01`: a month.
        let parts: Vec<&str> = text.split('/').collect();
        let number = |part: &str, digits: std::ops::RangeInclusive<usize>| {
            digits.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
        };
        if let [year, month, day] = parts[..]
            && number(year, 4..=4)
            && number(month, 1..=2)
            && number(day, 1..=2)
        {
            let dashed = format!("{year}-{month:0>2}-{day:0>2}");
            if Date::parse(&dashed).is_ok() {
                return Err(DateError {
                    message: format!(
                        "`{text}` is not a period: a day is written YYYY-MM-DD (`{dashed}`), and \
                         `/` joins the two ends of a period"
                    ),
                });
            }
        }
        // `2024/02`, and `2024-02` as ISO 8601 writes a month.
        let month_parts = match parts[..] {
            [year, month] => Some((year, month, ", and `/` joins the two ends of a period")),
            [one] => one.split_once('-').map(|(year, month)| (year, month, "")),
            _ => None,
        };
        if let Some((year, month, slash)) = month_parts
            && let Some((first, last)) = month_days(year, month)
        {
            return Err(DateError {
                message: format!(
                    "`{text}` is not a period: a month is written as its first and last days \
                     (`{first}/{last}`){slash}"
                ),
            });
        }
        if let Some((start, end)) = text.split_once('/') {
            // Months at either end (`2020-02/2020-04`): from the first day of the first
            // to the last day of the last.
            let first = month_written(start).map(|(first, _)| first.to_string());
            let last = month_written(end).map(|(_, last)| last.to_string());
            if first.is_some() || last.is_some() {
                let first = first.unwrap_or_else(|| start.trim().to_string());
                let last = last.unwrap_or_else(|| end.trim().to_string());
                // Said only of a period that then reads, in order.
                let suggested = format!("{first}/{last}");
                if Period::parse(&suggested).is_ok() {
                    return Err(DateError {
                        message: format!(
                            "`{text}` is not a period: a month is written as its days, so from \
                             the first to the last: `{suggested}`"
                        ),
                    });
                }
            }
            let start = match year(start) {
                Some(year) => Date::first_of_year(year),
                None => Date::parse(start).map_err(not_an_end)?,
            };
            let end = match year(end) {
                Some(year) => Date::last_of_year(year),
                None => Date::parse(end).map_err(not_an_end)?,
            };
            if end < start {
                return Err(DateError {
                    message: format!("the period `{text}` ends before it starts"),
                });
            }
            return Ok(Period { start, end });
        }
        if let Some(year) = year(text) {
            return Ok(Period {
                start: Date::first_of_year(year),
                end: Date::last_of_year(year),
            });
        }
        // A day of the right form that the calendar lacks (`2024-02-30`) is told so, as
        // `as_of:` tells it: "is not a period" would send the author after its form.
        let day = Date::parse(text).map_err(|error| match is_form_error(&error) {
            true => DateError {
                message: format!("`{text}` is not a period: write YYYY, YYYY-MM-DD or START/END"),
            },
            false => error,
        })?;
        Ok(Period {
            start: day,
            end: day,
        })
    }
}

/// The first and last days of the month `month` (one or two digits) of `year` (four).
fn month_days(year: &str, month: &str) -> Option<(Date, Date)> {
    let digits = |text: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(year, 4..=4) || !digits(month, 1..=2) {
        return None;
    }
    let first = Date::parse(&format!("{year}-{month:0>2}-01")).ok()?;
    let last = (28..=31)
        .rev()
        .find_map(|day| Date::parse(&format!("{year}-{month:0>2}-{day}")).ok())
        .unwrap_or(first);
    Some((first, last))
}

/// The first and last days of the month `text` writes as `YYYY-MM` (ISO 8601's month),
/// where a day was expected.
pub fn month_written(text: &str) -> Option<(Date, Date)> {
    let (year, month) = text.trim().split_once('-')?;
    month_days(year, month)
}

/// `YYYY` as a year.
fn year(text: &str) -> Option<i32> {
    let text = text.trim();
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Whether `error` is about the form of a date, not a day the calendar lacks.
pub fn is_form_error(error: &DateError) -> bool {
    error
        .message
        .ends_with("is not a date of the form YYYY-MM-DD")
}

/// The help for a date of the right form that names a day the calendar lacks.
pub const NO_SUCH_DAY_HELP: &str =
    "check the day against the article and write the one it gives, as YYYY-MM-DD";

/// Whether `error` says a date of the right form names a day the calendar lacks
/// (`2024-02-30`, `2024-13-01`), rather than that its form is wrong.
pub fn is_no_such_day(error: &DateError) -> bool {
    error.message.contains("that month has") || error.message.contains("months run from")
}

/// The days a date written in another order means (`31.12.2022`, `12/31/2022`,
/// `2022/12/31`), each as YYYY-MM-DD: one when the text reads one way only, two (day first,
/// then month first) when it reads both ways (`03/04/2022`). A dotted date is read day
/// first, as every language that writes dates with dots writes them; a dash or a slash
/// between day and month is read either way unless one of the two is above 12.
pub fn written_otherwise(text: &str) -> Vec<Date> {
    let text = text.trim();
    let Some(separator) = text.chars().find(|c| matches!(c, '.' | '/' | '-')) else {
        return Vec::new();
    };
    let parts: Vec<&str> = text.split(separator).collect();
    let [first, second, third] = parts[..] else {
        return Vec::new();
    };
    let number = |part: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let day = |year: u32, month: u32, day: u32| {
        Date::parse(&format!("{year:04}-{month:02}-{day:02}")).ok()
    };
    // Year first: only as YYYY-MM-DD orders it, with another separator.
    if let (Some(year), Some(month), Some(d)) = (
        number(first, 4..=4),
        number(second, 1..=2),
        number(third, 1..=2),
    ) {
        return day(year, month, d).into_iter().collect();
    }
    let (Some(a), Some(b), Some(year)) = (
        number(first, 1..=2),
        number(second, 1..=2),
        number(third, 4..=4),
    ) else {
        return Vec::new();
    };
    let day_first = day(year, b, a);
    let month_first = day(year, a, b);
    match (day_first, month_first) {
        (Some(one), Some(other)) if separator != '.' && one != other => vec![one, other],
        (Some(one), _) => vec![one],
        (None, other) if separator != '.' => other.into_iter().collect(),
        (None, _) => Vec::new(),
    }
}

/// An end of `START/END` that is neither a day nor a year: its error says both are allowed.
fn not_an_end(error: DateError) -> DateError {
    match is_form_error(&error) {
        true => DateError {
            message: format!("{} or a year YYYY", error.message),
        },
        false => error,
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else if self.start == Date::first_of_year(self.start.year)
            && self.end == Date::last_of_year(self.end.year)
        {
            match self.start.year == self.end.year {
                // Four digits, as a claim must write a year: `0001`, not `1`.
                true => write!(f, "{:04}", self.start.year),
                false => write!(f, "{:04}/{:04}", self.start.year, self.end.year),
            }
        } else {
            write!(f, "{}/{}", self.start, self.end)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_the_calendar_lacks_is_told_from_a_wrong_form() {
        let no_such_day = |text: &str| is_no_such_day(&Date::parse(text).unwrap_err());
        assert!(no_such_day("2024-02-30"));
        assert!(no_such_day("2024-13-01"));
        assert!(!no_such_day("30.02.2024"));
        assert!(!no_such_day("2024/02"));
    }

    #[test]
    fn a_period_of_whole_years_is_shown_as_written_with_four_digits() {
        for written in ["0001", "0000/9999", "2019/2021", "2020"] {
            assert_eq!(Period::parse(written).unwrap().to_string(), written);
        }
    }

    #[test]
    fn parses_real_days_only() {
        assert_eq!(
            Date::parse("2020-11-21"),
            Ok(Date {
                year: 2020,
                month: 11,
                day: 21
            })
        );
        assert!(Date::parse("2020-02-29").is_ok());
        assert!(Date::parse("2019-02-29").is_err());
        assert!(Date::parse("1900-02-29").is_err());
        assert!(Date::parse("2000-02-29").is_ok());
        assert!(Date::parse("2020-13-01").is_err());
        assert!(Date::parse("2020-1-01").is_err());
        assert!(Date::parse("21/11/2020").is_err());
        assert!(Date::parse("").is_err());
    }

    #[test]
    fn dates_order_chronologically() {
        assert!(Date::parse("2019-12-31").unwrap() < Date::parse("2020-01-01").unwrap());
    }

    #[test]
    fn periods_cover_years_days_and_ranges() {
        let year = Period::parse("2019").unwrap();
        assert_eq!(year.start.to_string(), "2019-01-01");
        assert_eq!(year.end.to_string(), "2019-12-31");
        assert_eq!(year.to_string(), "2019");
        let range = Period::parse("2020-11-16/2020-11-22").unwrap();
        assert_eq!(range.to_string(), "2020-11-16/2020-11-22");
        assert!(Period::parse("2020-11-22/2020-11-16").is_err());
        assert!(Period::parse("last year").is_err());
    }

    #[test]
    fn periods_are_ordered_only_when_they_do_not_overlap() {
        let period = |text| Period::parse(text).unwrap();
        assert!(period("2022").before(&period("2023")));
        assert!(!period("2023").before(&period("2022")));
        assert!(period("2019/2021").before(&period("2022")));
        assert!(period("2019-12-31").before(&period("2020")));
        // Nested or overlapping: neither way.
        for (a, b) in [
            ("2020", "2020-12-31"),
            ("2019/2021", "2020"),
            ("2020", "2020"),
            ("2019/2020", "2020/2021"),
        ] {
            assert!(!period(a).before(&period(b)), "{a} before {b}");
            assert!(!period(b).before(&period(a)), "{b} before {a}");
        }
    }

    #[test]
    fn a_period_in_words_says_on_a_day_and_in_a_longer_period() {
        let words = |text| Period::parse(text).unwrap().in_words();
        assert_eq!(words("2020-11-21"), "on 2020-11-21");
        assert_eq!(words("2022"), "in 2022");
        assert_eq!(words("2019/2021"), "in 2019/2021");
        assert_eq!(words("2020-01-01/2020-11-21"), "in 2020-01-01/2020-11-21");
        assert_eq!(
            Period::day(Date::parse("2020-11-21").unwrap()).in_words(),
            "on 2020-11-21"
        );
    }

    #[test]
    fn a_day_written_with_slashes_is_told_how_to_write_it() {
        assert_eq!(
            Period::parse("2024/01/01").unwrap_err().message,
            "`2024/01/01` is not a period: a day is written YYYY-MM-DD (`2024-01-01`), and `/` \
             joins the two ends of a period"
        );
        assert!(
            Period::parse("2024/1/1")
                .unwrap_err()
                .message
                .contains("(`2024-01-01`)")
        );
        assert_eq!(
            Period::parse("2024/02").unwrap_err().message,
            "`2024/02` is not a period: a month is written as its first and last days \
             (`2024-02-01/2024-02-29`), and `/` joins the two ends of a period"
        );
        assert_eq!(
            Period::parse("2020-02/2020-04").unwrap_err().message,
            "`2020-02/2020-04` is not a period: a month is written as its days, so from the \
             first to the last: `2020-02-01/2020-04-30`"
        );
        assert!(
            Period::parse("2020-01-15/2020-04")
                .unwrap_err()
                .message
                .ends_with("`2020-01-15/2020-04-30`")
        );
        assert_eq!(
            Period::parse("2023-02").unwrap_err().message,
            "`2023-02` is not a period: a month is written as its first and last days \
             (`2023-02-01/2023-02-28`)"
        );
        assert!(Period::parse("2019/2021").is_ok());
    }

    #[test]
    fn a_period_of_a_day_the_month_lacks_says_so_as_a_date_does() {
        let message = |text| Period::parse(text).unwrap_err().message;
        assert_eq!(
            message("2024-02-30"),
            "`2024-02-30` has day 30, but that month has 29 days"
        );
        assert_eq!(
            message("2024-02-30"),
            Date::parse("2024-02-30").unwrap_err().message
        );
        assert_eq!(
            message("2023-13-01"),
            "`2023-13-01` has month 13; months run from 01 to 12"
        );
        assert_eq!(
            message("2024-01-01/2024-02-30"),
            "`2024-02-30` has day 30, but that month has 29 days"
        );
        assert_eq!(
            message("2024-2-3"),
            "`2024-2-3` is not a period: write YYYY, YYYY-MM-DD or START/END"
        );
    }

    #[test]
    fn a_date_written_in_another_order_reads_as_the_days_it_may_mean() {
        let read = |text| {
            written_otherwise(text)
                .iter()
                .map(Date::to_string)
                .collect::<Vec<_>>()
        };
        // Dots are day first; a day above 12 tells the order; year first is YYYY-MM-DD.
        for text in [
            "31.12.2022",
            "31/12/2022",
            "31-12-2022",
            "12/31/2022",
            "2022/12/31",
            "2022.12.31",
        ] {
            assert_eq!(read(text), ["2022-12-31"], "{text}");
        }
        assert_eq!(read("3.4.2022"), ["2022-04-03"]);
        // Both ways: day first, then month first.
        assert_eq!(read("03/04/2022"), ["2022-04-03", "2022-03-04"]);
        assert_eq!(read("03-04-2022"), ["2022-04-03", "2022-03-04"]);
        assert_eq!(read("04/04/2022"), ["2022-04-04"]);
        // No day at all, in any order; or no date of three parts.
        for text in [
            "31.13.2022",
            "32/12/2022",
            "31.12.22",
            "2022-12",
            "Dec 31, 2022",
            "12.2022",
        ] {
            assert!(read(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_range_may_end_on_years_as_a_period_may_be_one() {
        let years = Period::parse("2019/2021").unwrap();
        assert_eq!(years.start.to_string(), "2019-01-01");
        assert_eq!(years.end.to_string(), "2021-12-31");
        assert_eq!(years.to_string(), "2019/2021");
        let mixed = Period::parse("2019/2020-11-21").unwrap();
        assert_eq!(mixed.to_string(), "2019-01-01/2020-11-21");
        assert_eq!(
            Period::parse("2020-03-01/2020").unwrap().end.to_string(),
            "2020-12-31"
        );
        assert_eq!(Period::parse("2019/2019").unwrap().to_string(), "2019");
        assert!(Period::parse("2021/2019").is_err());
        // A month at one end: its first day, and the year as written at the other.
        assert_eq!(
            Period::parse("2019-03/2021").unwrap_err().message,
            "`2019-03/2021` is not a period: a month is written as its days, so from the \
             first to the last: `2019-03-01/2021`"
        );
        assert!(Period::parse("2019-03-01/2021").is_ok());
        // No period that would not read either: reversed, or an end that is no date.
        assert_eq!(
            Period::parse("2020-04/2020-02").unwrap_err().message,
            "`2020-04` is not a date of the form YYYY-MM-DD or a year YYYY"
        );
        assert!(
            !Period::parse("2020-02/xyz")
                .unwrap_err()
                .message
                .contains("2020-02-01")
        );
        assert_eq!(
            Period::parse("2019-3-x/2021").unwrap_err().message,
            "`2019-3-x` is not a date of the form YYYY-MM-DD or a year YYYY"
        );
    }
}
