//! Calendar dates and periods as the corpus writes them: `2020-11-21`, `2019`,
//! `2020-11-16/2020-11-22`; and the month names of the languages articles are read in,
//! which date a figure in a quote and tell the day a field means when it writes one
//! (`3 novembre 2023` is `2023-11-03`).

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
        // And a month written with its name: `novembre 2023`, `November 2023`.
        let month = month_parts
            .and_then(|(year, month, slash)| month_days(year, month).map(|days| (days, slash)))
            .or_else(|| month_written(text).map(|days| (days, "")));
        if let Some(((first, last), slash)) = month {
            return Err(DateError {
                message: format!(
                    "`{text}` is not a period: a month is written as its first and last days \
                     (`{first}/{last}`){slash}"
                ),
            });
        }
        // A year that runs across two, as fiscal and school years are written (`2022-23`,
        // `2022/23`, `2022–2023`): said, and not read as a period it may not be. `2022/2023`
        // is two calendar years, as any START/END of years is.
        if let Some((first, second)) = across_two_years(text) {
            return Err(DateError {
                message: format!(
                    "`{text}` is not a period: a year that runs across two (a fiscal or school \
                     year) is written as its first and last days, e.g. \
                     `{first}-04-01/{second}-03-31` or `{first}-09-01/{second}-08-31`, and \
                     `{first}/{second}` is both calendar years"
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

/// How a month name is written, and where its day stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthStyle {
    /// English, capitalised (`may` and `march` are verbs): the day after it or before it
    /// (`November 21`, `21 November`, `21st of November`).
    English,
    /// An English abbreviation, capitalised, a point may follow it (`Nov. 21`, `21 Nov 2020`).
    EnglishShort,
    /// German, capitalised as nouns are: the day before it with a point (`21. November`).
    German,
    /// French, Italian, Dutch, Swedish, Bulgarian, lowercase as they write it: the day before
    /// it (`21 novembre`, `1er novembre`, `21 mei`, `21 maj`, `21 март`). Capitalised it is too often a name (`2 Mars rovers`).
    DayBefore,
    /// Spanish, Portuguese, Catalan: the day before it and `de` between (`21 de noviembre`,
    /// `21 de novembro`, `21 de gener`), elided in Catalan before a vowel (`21 d'abril`),
    /// lowercase or capitalised.
    AfterDe,
    /// Turkish, Indonesian, capitalised as they write it: the day before it (`20 Şubat`,
    /// `5 Maret`), a Turkish case ending after an apostrophe (`20 Şubat'ta`).
    DayBeforeCapitalised,
    /// Tamil, Burmese, Khmer and Sinhala, scripts without capitals: the day after it or before
    /// it (`டிசம்பர் 19`, `19 டிசம்பர்`, `စက်တင်ဘာ ၁၃`, `៨ ខែតុលា`, `ජූනි 2`).
    DayEitherSide,
    /// Finnish, lowercase as it writes months: the day before it with its point (`14.
    /// huhtikuuta`, the month in the partitive a day takes) or without; so Czech, Slovak,
    /// Croatian, Serbian, Slovenian, Latvian, Estonian, Norwegian and Danish write theirs
    /// (`14. června`, `14. јануара`, `14. janvārī`, `14. jaanuaril`, `14. januar`). A point before a
    /// lowercase word ends no sentence, so no year need follow as German's does.
    DayWithPoint,
    /// Hungarian and Lithuanian, lowercase as they write months (capitalised at a sentence's
    /// start), the year before it: the day after it, with its point or a case ending after a
    /// hyphen (`augusztus 14.`, `augusztus 14-én`, `aug. 14.`, `sausio 14 d.`); the
    /// abbreviations keep their point.
    DayAfter,
    /// Georgian, a script without capitals, and Kazakh, Azerbaijani and Uzbek, lowercase as
    /// they write months: the day before the month's stem, which a case ending is written
    /// onto ([`GEORGIAN_CASE_ENDINGS`]: `14 აგვისტოს`, `14 სექტემბრის`;
    /// [`KAZAKH_MONTH_ENDINGS`]: `20 желтоқсанда`, `1 қарашадағы`;
    /// [`AZERBAIJANI_UZBEK_MONTH_ENDINGS`]: `15 noyabrda`, `5-dekabrdan`), Uzbek's day
    /// with a hyphen before it (`5-dekabr`).
    DayBeforeStem,
}

/// The case endings Georgian writes onto a month's stem ([`MonthStyle::DayBeforeStem`]), the
/// longest first: the nominative `-ი`, the dative `-ს` a date takes (`14 აგვისტოს`), the
/// genitive `-ის` (`14 სექტემბრის`), `-ში` ("in"), `-დან` ("from"), `-მდე` ("until"), `-ზე`
/// ("on") and `-ით`, and none (`აგვისტო`).
pub const GEORGIAN_CASE_ENDINGS: [&str; 11] = [
    "იდან",
    "ამდე",
    "დან",
    "მდე",
    "ის",
    "ში",
    "ზე",
    "ით",
    "ი",
    "ს",
    "",
];

/// Whether `text` begins in the Georgian script.
pub fn is_georgian(text: &str) -> bool {
    text.starts_with(|c: char| ('\u{10D0}'..='\u{10FF}').contains(&c))
}

/// Whether `text` begins in the Cyrillic script (its basic block, which holds Kazakh's
/// letters as well as Russian's).
pub fn is_cyrillic(text: &str) -> bool {
    text.starts_with(|c: char| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// The case endings Kazakh writes onto a month ([`MonthStyle::DayBeforeStem`]), in the back
/// and the front vowels that vowel harmony gives its names, after a vowel or voiced
/// consonant and after a voiceless one: the locative a date takes (`20 желтоқсанда`, `5
/// қыркүйекте`), the adjective of it (`1 қарашадағы`, "of November 1"), the dative
/// (`желтоқсанға`, "until"), the ablative (`қаңтардан`, "from"), the genitive, the
/// possessive (`қарашасы`), and none (`20 желтоқсан`).
pub const KAZAKH_MONTH_ENDINGS: [&str; 29] = [
    "дағы", "дегі", "тағы", "тегі", "да", "де", "та", "те", "ға", "ге", "қа", "ке", "дан", "ден",
    "тан", "тен", "ның", "нің", "дың", "дің", "тың", "тің", "ы", "і", "сы", "сі", "нда", "нде", "",
];

/// The case endings Azerbaijani and Uzbek write onto a month ([`MonthStyle::DayBeforeStem`]),
/// the longest first: the Azerbaijani locative a date takes in the back and the front
/// vowels that vowel harmony gives its names (`15 noyabrda`, `1 apreldə`), the adjective of
/// it (`15 noyabrdakı`), the ablative (`1 yanvardan`, "from"), the dative (`31 dekabra`)
/// and `-dək` after it (`31 dekabradək`, "until"), and the genitive (`noyabrın`); the
/// Uzbek locative (`5-dekabrda`), adjective (`1-yanvardagi`, "of January 1"), ablative,
/// dative (`dekabrga`) and `-gacha` ("until"); and none (`15 noyabr`).
pub const AZERBAIJANI_UZBEK_MONTH_ENDINGS: [&str; 18] = [
    "gacha", "dakı", "dəki", "dagi", "ning", "adək", "ədək", "dan", "dən", "da", "də", "ga", "ın",
    "in", "un", "a", "ə", "",
];

/// How many bytes of `rest`, the text right after the month name `name` of `style`, belong
/// to the month's word: none for a name that ends its word, a case ending for a Georgian,
/// Kazakh, Azerbaijani or Uzbek stem; `None` where the word goes on as another word
/// (`Marsch`). Thai writes the words after a month onto it (`12 กันยายนที่ผ่านมา`).
pub fn month_word_rest(style: MonthStyle, name: &str, rest: &str) -> Option<usize> {
    let ends = |at: usize| !rest[at..].starts_with(char::is_alphabetic);
    if style == MonthStyle::DayBeforeStem {
        let endings: &[&str] = if is_georgian(name) {
            &GEORGIAN_CASE_ENDINGS
        } else if is_cyrillic(name) {
            &KAZAKH_MONTH_ENDINGS
        } else {
            &AZERBAIJANI_UZBEK_MONTH_ENDINGS
        };
        return endings
            .iter()
            .find(|ending| rest.starts_with(**ending) && ends(ending.len()))
            .map(|ending| ending.len());
    }
    (ends(0) || is_thai(name)).then_some(0)
}

/// The month names read in dates, with their month and how they are written: in an
/// article's figures, and in a date a field writes with one (`3 novembre 2023`). A name may
/// stand in several languages (`novembre`, `agosto`); each writing is an entry.
pub const MONTH_NAMES: &[(&str, u8, MonthStyle)] = {
    use MonthStyle::{
        AfterDe, DayAfter, DayBefore, DayBeforeCapitalised, DayBeforeStem, DayEitherSide,
        DayWithPoint, English, EnglishShort, German,
    };
    &[
        ("January", 1, English),
        ("February", 2, English),
        ("March", 3, English),
        ("April", 4, English),
        ("May", 5, English),
        ("June", 6, English),
        ("July", 7, English),
        ("August", 8, English),
        ("September", 9, English),
        ("October", 10, English),
        ("November", 11, English),
        ("December", 12, English),
        ("Jan", 1, EnglishShort),
        ("Feb", 2, EnglishShort),
        ("Mar", 3, EnglishShort),
        ("Apr", 4, EnglishShort),
        ("Jun", 6, EnglishShort),
        ("Jul", 7, EnglishShort),
        ("Aug", 8, EnglishShort),
        ("Sep", 9, EnglishShort),
        ("Sept", 9, EnglishShort),
        ("Oct", 10, EnglishShort),
        ("Nov", 11, EnglishShort),
        ("Dec", 12, EnglishShort),
        ("Januar", 1, German),
        ("Jänner", 1, German),
        ("Februar", 2, German),
        ("März", 3, German),
        ("April", 4, German),
        ("Mai", 5, German),
        ("Juni", 6, German),
        ("Juli", 7, German),
        ("August", 8, German),
        ("September", 9, German),
        ("Oktober", 10, German),
        ("November", 11, German),
        ("Dezember", 12, German),
        // French.
        ("janvier", 1, DayBefore),
        ("février", 2, DayBefore),
        ("mars", 3, DayBefore),
        ("avril", 4, DayBefore),
        ("mai", 5, DayBefore),
        ("juin", 6, DayBefore),
        ("juillet", 7, DayBefore),
        ("août", 8, DayBefore),
        ("septembre", 9, DayBefore),
        ("octobre", 10, DayBefore),
        ("novembre", 11, DayBefore),
        ("décembre", 12, DayBefore),
        // Italian (`novembre` is French's).
        ("gennaio", 1, DayBefore),
        ("febbraio", 2, DayBefore),
        ("marzo", 3, DayBefore),
        ("aprile", 4, DayBefore),
        ("maggio", 5, DayBefore),
        ("giugno", 6, DayBefore),
        ("luglio", 7, DayBefore),
        ("agosto", 8, DayBefore),
        ("settembre", 9, DayBefore),
        ("ottobre", 10, DayBefore),
        ("dicembre", 12, DayBefore),
        // Dutch.
        ("januari", 1, DayBefore),
        ("februari", 2, DayBefore),
        ("maart", 3, DayBefore),
        ("april", 4, DayBefore),
        ("mei", 5, DayBefore),
        ("juni", 6, DayBefore),
        ("juli", 7, DayBefore),
        ("augustus", 8, DayBefore),
        ("september", 9, DayBefore),
        ("oktober", 10, DayBefore),
        ("november", 11, DayBefore),
        ("december", 12, DayBefore),
        // Spanish.
        ("enero", 1, AfterDe),
        ("febrero", 2, AfterDe),
        ("marzo", 3, AfterDe),
        ("abril", 4, AfterDe),
        ("mayo", 5, AfterDe),
        ("junio", 6, AfterDe),
        ("julio", 7, AfterDe),
        ("agosto", 8, AfterDe),
        ("septiembre", 9, AfterDe),
        ("setiembre", 9, AfterDe),
        ("octubre", 10, AfterDe),
        ("noviembre", 11, AfterDe),
        ("diciembre", 12, AfterDe),
        // Portuguese (`abril`, `agosto` are Spanish's).
        ("janeiro", 1, AfterDe),
        ("fevereiro", 2, AfterDe),
        ("março", 3, AfterDe),
        ("maio", 5, AfterDe),
        ("junho", 6, AfterDe),
        ("julho", 7, AfterDe),
        ("setembro", 9, AfterDe),
        ("outubro", 10, AfterDe),
        ("novembro", 11, AfterDe),
        ("dezembro", 12, AfterDe),
        // Galician (`marzo`, `abril`, `agosto` are Spanish's; `maio`, `setembro`, `outubro`,
        // `novembro` Portuguese's).
        ("xaneiro", 1, AfterDe),
        ("febreiro", 2, AfterDe),
        ("xuño", 6, AfterDe),
        ("xullo", 7, AfterDe),
        ("decembro", 12, AfterDe),
        // Russian, Ukrainian and Polish, in the genitive a day takes (`8 апреля`, `8 квітня`,
        // `8 kwietnia`), lowercase as they write it.
        ("января", 1, DayBefore),
        ("февраля", 2, DayBefore),
        ("марта", 3, DayBefore),
        ("апреля", 4, DayBefore),
        ("мая", 5, DayBefore),
        ("июня", 6, DayBefore),
        ("июля", 7, DayBefore),
        ("августа", 8, DayBefore),
        ("сентября", 9, DayBefore),
        ("октября", 10, DayBefore),
        ("ноября", 11, DayBefore),
        ("декабря", 12, DayBefore),
        ("січня", 1, DayBefore),
        ("лютого", 2, DayBefore),
        ("березня", 3, DayBefore),
        ("квітня", 4, DayBefore),
        ("травня", 5, DayBefore),
        ("червня", 6, DayBefore),
        ("липня", 7, DayBefore),
        ("серпня", 8, DayBefore),
        ("вересня", 9, DayBefore),
        ("жовтня", 10, DayBefore),
        ("листопада", 11, DayBefore),
        ("грудня", 12, DayBefore),
        ("stycznia", 1, DayBefore),
        ("lutego", 2, DayBefore),
        ("marca", 3, DayBefore),
        ("kwietnia", 4, DayBefore),
        ("maja", 5, DayBefore),
        ("czerwca", 6, DayBefore),
        ("lipca", 7, DayBefore),
        ("sierpnia", 8, DayBefore),
        ("września", 9, DayBefore),
        ("października", 10, DayBefore),
        ("listopada", 11, DayBefore),
        ("grudnia", 12, DayBefore),
        // Turkish.
        ("Ocak", 1, DayBeforeCapitalised),
        ("Şubat", 2, DayBeforeCapitalised),
        ("Mart", 3, DayBeforeCapitalised),
        ("Nisan", 4, DayBeforeCapitalised),
        ("Mayıs", 5, DayBeforeCapitalised),
        ("Haziran", 6, DayBeforeCapitalised),
        ("Temmuz", 7, DayBeforeCapitalised),
        ("Ağustos", 8, DayBeforeCapitalised),
        ("Eylül", 9, DayBeforeCapitalised),
        ("Ekim", 10, DayBeforeCapitalised),
        ("Kasım", 11, DayBeforeCapitalised),
        ("Aralık", 12, DayBeforeCapitalised),
        // Indonesian (`April`, `September`, `November` are English's).
        ("Januari", 1, DayBeforeCapitalised),
        ("Februari", 2, DayBeforeCapitalised),
        ("Maret", 3, DayBeforeCapitalised),
        ("Mei", 5, DayBeforeCapitalised),
        ("Juni", 6, DayBeforeCapitalised),
        ("Juli", 7, DayBeforeCapitalised),
        ("Agustus", 8, DayBeforeCapitalised),
        ("Oktober", 10, DayBeforeCapitalised),
        ("Desember", 12, DayBeforeCapitalised),
        // Afrikaans, capitalised (`30 Junie 2024`; `Mei`, `Oktober`, `Desember` are
        // Indonesian's, `April`, `September`, `November` English's). `Junie`, `Julie` and
        // `Augustus`, names in English, are read only in an article that declares Afrikaans
        // (`citation::numbers::MONTHS_READ_BY_LANGUAGE`).
        ("Januarie", 1, DayBeforeCapitalised),
        ("Februarie", 2, DayBeforeCapitalised),
        ("Maart", 3, DayBeforeCapitalised),
        // Hindi, with the nukta of `फ़रवरी` as a letter and a mark, as one character, or
        // left out, and both spellings of the nasal (`सितंबर`, `सितम्बर`).
        ("जनवरी", 1, DayBefore),
        ("फ\u{93c}रवरी", 2, DayBefore),
        ("\u{95e}रवरी", 2, DayBefore),
        ("फरवरी", 2, DayBefore),
        ("मार्च", 3, DayBefore),
        ("अप्रैल", 4, DayBefore),
        ("मई", 5, DayBefore),
        ("जून", 6, DayBefore),
        ("जुलाई", 7, DayBefore),
        ("अगस्त", 8, DayBefore),
        ("सितंबर", 9, DayBefore),
        ("सितम्बर", 9, DayBefore),
        ("अक्टूबर", 10, DayBefore),
        ("अक्तूबर", 10, DayBefore),
        ("नवंबर", 11, DayBefore),
        ("नवम्बर", 11, DayBefore),
        ("दिसंबर", 12, DayBefore),
        ("दिसम्बर", 12, DayBefore),
        // Thai, and the abbreviations Thai news writes in a dateline (`12 ก.ย. 2567`).
        ("มกราคม", 1, DayBefore),
        ("กุมภาพันธ์", 2, DayBefore),
        ("มีนาคม", 3, DayBefore),
        ("เมษายน", 4, DayBefore),
        ("พฤษภาคม", 5, DayBefore),
        ("มิถุนายน", 6, DayBefore),
        ("กรกฎาคม", 7, DayBefore),
        ("สิงหาคม", 8, DayBefore),
        ("กันยายน", 9, DayBefore),
        ("ตุลาคม", 10, DayBefore),
        ("พฤศจิกายน", 11, DayBefore),
        ("ธันวาคม", 12, DayBefore),
        ("ม.ค.", 1, DayBefore),
        ("ก.พ.", 2, DayBefore),
        ("มี.ค.", 3, DayBefore),
        ("เม.ย.", 4, DayBefore),
        ("พ.ค.", 5, DayBefore),
        ("มิ.ย.", 6, DayBefore),
        ("ก.ค.", 7, DayBefore),
        ("ส.ค.", 8, DayBefore),
        ("ก.ย.", 9, DayBefore),
        ("ต.ค.", 10, DayBefore),
        ("พ.ย.", 11, DayBefore),
        ("ธ.ค.", 12, DayBefore),
        // Hebrew, bare and after the `ב` ("in") a date is written with (`15 באוגוסט 2024`).
        ("ינואר", 1, DayBefore),
        ("פברואר", 2, DayBefore),
        ("מרץ", 3, DayBefore),
        ("מרס", 3, DayBefore),
        ("אפריל", 4, DayBefore),
        ("מאי", 5, DayBefore),
        ("יוני", 6, DayBefore),
        ("יולי", 7, DayBefore),
        ("אוגוסט", 8, DayBefore),
        ("ספטמבר", 9, DayBefore),
        ("אוקטובר", 10, DayBefore),
        ("נובמבר", 11, DayBefore),
        ("דצמבר", 12, DayBefore),
        ("בינואר", 1, DayBefore),
        ("בפברואר", 2, DayBefore),
        ("במרץ", 3, DayBefore),
        ("במרס", 3, DayBefore),
        ("באפריל", 4, DayBefore),
        ("במאי", 5, DayBefore),
        ("ביוני", 6, DayBefore),
        ("ביולי", 7, DayBefore),
        ("באוגוסט", 8, DayBefore),
        ("בספטמבר", 9, DayBefore),
        ("באוקטובר", 10, DayBefore),
        ("בנובמבר", 11, DayBefore),
        ("בדצמבר", 12, DayBefore),
        // Bengali, the `য়` of January and February as NFC writes it (a letter and its
        // nukta) and as one character, and the long and short final vowels both written.
        ("জানু\u{9af}\u{9bc}ারি", 1, DayBefore),
        ("জানু\u{9af}\u{9bc}ারী", 1, DayBefore),
        ("জানু\u{9df}ারি", 1, DayBefore),
        ("জানু\u{9df}ারী", 1, DayBefore),
        ("ফেব্রু\u{9af}\u{9bc}ারি", 2, DayBefore),
        ("ফেব্রু\u{9af}\u{9bc}ারী", 2, DayBefore),
        ("ফেব্রু\u{9df}ারি", 2, DayBefore),
        ("ফেব্রু\u{9df}ারী", 2, DayBefore),
        ("মার্চ", 3, DayBefore),
        ("এপ্রিল", 4, DayBefore),
        ("মে", 5, DayBefore),
        ("জুন", 6, DayBefore),
        ("জুলাই", 7, DayBefore),
        ("আগস্ট", 8, DayBefore),
        ("আগষ্ট", 8, DayBefore),
        ("সেপ্টেম্বর", 9, DayBefore),
        ("অক্টোবর", 10, DayBefore),
        ("নভেম্বর", 11, DayBefore),
        ("ডিসেম্বর", 12, DayBefore),
        // Arabic, the names of Egypt and the Gulf, with and without the hamza, and of the
        // Levant and Iraq.
        ("يناير", 1, DayBefore),
        ("فبراير", 2, DayBefore),
        ("أبريل", 4, DayBefore),
        ("ابريل", 4, DayBefore),
        ("إبريل", 4, DayBefore),
        ("مايو", 5, DayBefore),
        ("يونيو", 6, DayBefore),
        ("يوليو", 7, DayBefore),
        ("أغسطس", 8, DayBefore),
        ("اغسطس", 8, DayBefore),
        ("سبتمبر", 9, DayBefore),
        ("أكتوبر", 10, DayBefore),
        ("اكتوبر", 10, DayBefore),
        ("نوفمبر", 11, DayBefore),
        ("ديسمبر", 12, DayBefore),
        ("كانون الثاني", 1, DayBefore),
        ("شباط", 2, DayBefore),
        ("آذار", 3, DayBefore),
        ("نيسان", 4, DayBefore),
        ("أيار", 5, DayBefore),
        ("حزيران", 6, DayBefore),
        ("تموز", 7, DayBefore),
        ("آب", 8, DayBefore),
        ("أيلول", 9, DayBefore),
        ("تشرين الأول", 10, DayBefore),
        ("تشرين الثاني", 11, DayBefore),
        ("كانون الأول", 12, DayBefore),
        // Tamil, the months of the common era.
        ("ஜனவரி", 1, DayEitherSide),
        ("பிப்ரவரி", 2, DayEitherSide),
        ("மார்ச்", 3, DayEitherSide),
        ("ஏப்ரல்", 4, DayEitherSide),
        ("மே", 5, DayEitherSide),
        ("ஜூன்", 6, DayEitherSide),
        ("ஜூலை", 7, DayEitherSide),
        ("ஆகஸ்ட்", 8, DayEitherSide),
        ("ஆகஸ்டு", 8, DayEitherSide),
        ("செப்டம்பர்", 9, DayEitherSide),
        ("அக்டோபர்", 10, DayEitherSide),
        ("நவம்பர்", 11, DayEitherSide),
        ("டிசம்பர்", 12, DayEitherSide),
        // Burmese, the month before its day (`စက်တင်ဘာ ၁၃ ရက်`, the 13th of September) in
        // Burmese digits or others, August also with the `သြ` many write for `ဩ`.
        ("ဇန်နဝါရီ", 1, DayEitherSide),
        ("ဖေဖော်ဝါရီ", 2, DayEitherSide),
        ("မတ်", 3, DayEitherSide),
        ("ဧပြီ", 4, DayEitherSide),
        ("မေ", 5, DayEitherSide),
        ("ဇွန်", 6, DayEitherSide),
        ("ဇူလိုင်", 7, DayEitherSide),
        ("ဩဂုတ်", 8, DayEitherSide),
        ("သြဂုတ်", 8, DayEitherSide),
        ("စက်တင်ဘာ", 9, DayEitherSide),
        ("အောက်တိုဘာ", 10, DayEitherSide),
        ("နိုဝင်ဘာ", 11, DayEitherSide),
        ("ဒီဇင်ဘာ", 12, DayEitherSide),
        // Khmer, the day before the month, which a date writes after `ខែ` ("month":
        // `ថ្ងៃទី៨ ខែតុលា`, the 8th of October) and a field may write without it.
        ("ខែមករា", 1, DayEitherSide),
        ("ខែកុម្ភៈ", 2, DayEitherSide),
        ("ខែមីនា", 3, DayEitherSide),
        ("ខែមេសា", 4, DayEitherSide),
        ("ខែឧសភា", 5, DayEitherSide),
        ("ខែមិថុនា", 6, DayEitherSide),
        ("ខែកក្កដា", 7, DayEitherSide),
        ("ខែសីហា", 8, DayEitherSide),
        ("ខែកញ្ញា", 9, DayEitherSide),
        ("ខែតុលា", 10, DayEitherSide),
        ("ខែវិច្ឆិកា", 11, DayEitherSide),
        ("ខែធ្នូ", 12, DayEitherSide),
        ("មករា", 1, DayEitherSide),
        ("កុម្ភៈ", 2, DayEitherSide),
        ("មីនា", 3, DayEitherSide),
        ("មេសា", 4, DayEitherSide),
        ("ឧសភា", 5, DayEitherSide),
        ("មិថុនា", 6, DayEitherSide),
        ("កក្កដា", 7, DayEitherSide),
        ("សីហា", 8, DayEitherSide),
        ("កញ្ញា", 9, DayEitherSide),
        ("តុលា", 10, DayEitherSide),
        ("វិច្ឆិកា", 11, DayEitherSide),
        ("ធ្នូ", 12, DayEitherSide),
        // Sinhala, the month before its day (`ජූනි 2 වන දින`, `2024 ජූනි 3`); April with the
        // zero-width joiner of its `ප්‍ර` or without it.
        ("ජනවාරි", 1, DayEitherSide),
        ("පෙබරවාරි", 2, DayEitherSide),
        ("මාර්තු", 3, DayEitherSide),
        ("අප්\u{200d}රේල්", 4, DayEitherSide),
        ("අප්රේල්", 4, DayEitherSide),
        ("මැයි", 5, DayEitherSide),
        ("ජූනි", 6, DayEitherSide),
        ("ජූලි", 7, DayEitherSide),
        ("අගෝස්තු", 8, DayEitherSide),
        ("සැප්තැම්බර්", 9, DayEitherSide),
        ("ඔක්තෝබර්", 10, DayEitherSide),
        ("නොවැම්බර්", 11, DayEitherSide),
        ("දෙසැම්බර්", 12, DayEitherSide),
        // Urdu, the day before its month (`۲ ستمبر ۲۰۲۳`).
        ("جنوری", 1, DayBefore),
        ("فروری", 2, DayBefore),
        ("مارچ", 3, DayBefore),
        ("اپریل", 4, DayBefore),
        ("مئی", 5, DayBefore),
        ("جون", 6, DayBefore),
        ("جولائی", 7, DayBefore),
        ("اگست", 8, DayBefore),
        ("ستمبر", 9, DayBefore),
        ("اکتوبر", 10, DayBefore),
        ("نومبر", 11, DayBefore),
        ("دسمبر", 12, DayBefore),
        // Gujarati and Punjabi, the day before its month (`૩૦ ઓગસ્ટ ૨૦૨૪`, `੧੫ ਜੁਲਾਈ`),
        // the Punjabi February with its nukta as a letter and a mark, as one character, or
        // left out.
        ("જાન્યુઆરી", 1, DayBefore),
        ("ફેબ્રુઆરી", 2, DayBefore),
        ("માર્ચ", 3, DayBefore),
        ("એપ્રિલ", 4, DayBefore),
        ("મે", 5, DayBefore),
        ("જૂન", 6, DayBefore),
        ("જુલાઈ", 7, DayBefore),
        ("ઓગસ્ટ", 8, DayBefore),
        ("સપ્ટેમ્બર", 9, DayBefore),
        ("ઓક્ટોબર", 10, DayBefore),
        ("નવેમ્બર", 11, DayBefore),
        ("ડિસેમ્બર", 12, DayBefore),
        ("ਜਨਵਰੀ", 1, DayBefore),
        ("ਫ\u{a3c}ਰਵਰੀ", 2, DayBefore),
        ("\u{a5e}ਰਵਰੀ", 2, DayBefore),
        ("ਫਰਵਰੀ", 2, DayBefore),
        ("ਮਾਰਚ", 3, DayBefore),
        ("ਅਪ੍ਰੈਲ", 4, DayBefore),
        ("ਅਪਰੈਲ", 4, DayBefore),
        ("ਮਈ", 5, DayBefore),
        ("ਜੂਨ", 6, DayBefore),
        ("ਜੁਲਾਈ", 7, DayBefore),
        ("ਅਗਸਤ", 8, DayBefore),
        ("ਸਤੰਬਰ", 9, DayBefore),
        ("ਅਕਤੂਬਰ", 10, DayBefore),
        ("ਨਵੰਬਰ", 11, DayBefore),
        ("ਦਸੰਬਰ", 12, DayBefore),
        // Telugu, the day before or after its month (`22 జూలై 2024`, `సెప్టెంబర్ 3న`), in the
        // spellings with and without the final `ఉ`.
        ("జనవరి", 1, DayEitherSide),
        ("ఫిబ్రవరి", 2, DayEitherSide),
        ("మార్చి", 3, DayEitherSide),
        ("ఏప్రిల్", 4, DayEitherSide),
        ("మే", 5, DayEitherSide),
        ("జూన్", 6, DayEitherSide),
        ("జూలై", 7, DayEitherSide),
        ("జులై", 7, DayEitherSide),
        ("ఆగస్టు", 8, DayEitherSide),
        ("ఆగస్ట్", 8, DayEitherSide),
        ("సెప్టెంబర్", 9, DayEitherSide),
        ("సెప్టెంబరు", 9, DayEitherSide),
        ("అక్టోబర్", 10, DayEitherSide),
        ("అక్టోబరు", 10, DayEitherSide),
        ("నవంబర్", 11, DayEitherSide),
        ("నవంబరు", 11, DayEitherSide),
        ("డిసెంబర్", 12, DayEitherSide),
        ("డిసెంబరు", 12, DayEitherSide),
        // Kannada and Malayalam, the day before or after its month (`ಜುಲೈ 17ರಂದು`, `ജൂലൈ
        // 25ന്`, `25 ജൂലൈ 2024`), in their common spellings; Malayalam's chillus as the atomic
        // letters (`ർ`, `ൺ`, `ൽ`).
        ("ಜನವರಿ", 1, DayEitherSide),
        ("ಫೆಬ್ರುವರಿ", 2, DayEitherSide),
        ("ಫೆಬ್ರವರಿ", 2, DayEitherSide),
        ("ಮಾರ್ಚ್", 3, DayEitherSide),
        ("ಏಪ್ರಿಲ್", 4, DayEitherSide),
        ("ಮೇ", 5, DayEitherSide),
        ("ಜೂನ್", 6, DayEitherSide),
        ("ಜುಲೈ", 7, DayEitherSide),
        ("ಆಗಸ್ಟ್", 8, DayEitherSide),
        ("ಸೆಪ್ಟೆಂಬರ್", 9, DayEitherSide),
        ("ಅಕ್ಟೋಬರ್", 10, DayEitherSide),
        ("ನವೆಂಬರ್", 11, DayEitherSide),
        ("ಡಿಸೆಂಬರ್", 12, DayEitherSide),
        ("ജനുവരി", 1, DayEitherSide),
        ("ഫെബ്രുവരി", 2, DayEitherSide),
        ("മാർച്ച്", 3, DayEitherSide),
        ("ഏപ്രിൽ", 4, DayEitherSide),
        ("മേയ്", 5, DayEitherSide),
        ("മെയ്", 5, DayEitherSide),
        ("ജൂൺ", 6, DayEitherSide),
        ("ജൂലൈ", 7, DayEitherSide),
        ("ഓഗസ്റ്റ്", 8, DayEitherSide),
        ("ആഗസ്റ്റ്", 8, DayEitherSide),
        ("സെപ്റ്റംബർ", 9, DayEitherSide),
        ("ഒക്ടോബർ", 10, DayEitherSide),
        ("നവംബർ", 11, DayEitherSide),
        ("ഡിസംബർ", 12, DayEitherSide),
        // Marathi, the day before its month (`२२ जुलै २०२४`); its March and June are Hindi's,
        // above.
        ("जानेवारी", 1, DayBefore),
        ("फेब्रुवारी", 2, DayBefore),
        ("एप्रिल", 4, DayBefore),
        ("मे", 5, DayBefore),
        ("जुलै", 7, DayBefore),
        ("ऑगस्ट", 8, DayBefore),
        ("सप्टेंबर", 9, DayBefore),
        ("ऑक्टोबर", 10, DayBefore),
        ("नोव्हेंबर", 11, DayBefore),
        ("डिसेंबर", 12, DayBefore),
        // Persian, the months of the common era (`15 اوت 2024`); not those of the solar
        // hijri calendar, whose days are other days.
        ("ژانویه", 1, DayBefore),
        ("فوریه", 2, DayBefore),
        ("مارس", 3, DayBefore), // and Arabic's
        ("آوریل", 4, DayBefore),
        ("مه", 5, DayBefore),
        ("ژوئن", 6, DayBefore),
        ("ژوئیه", 7, DayBefore),
        ("اوت", 8, DayBefore),
        ("سپتامبر", 9, DayBefore),
        ("اکتبر", 10, DayBefore),
        ("نوامبر", 11, DayBefore),
        ("دسامبر", 12, DayBefore),
        // Romanian (`mai` is French's, and is also "more": see the reader of a day before
        // a month).
        ("ianuarie", 1, DayBefore),
        ("februarie", 2, DayBefore),
        ("martie", 3, DayBefore),
        ("aprilie", 4, DayBefore),
        ("iunie", 6, DayBefore),
        ("iulie", 7, DayBefore),
        ("august", 8, DayBefore),
        ("septembrie", 9, DayBefore),
        ("octombrie", 10, DayBefore),
        ("noiembrie", 11, DayBefore),
        ("decembrie", 12, DayBefore),
        // Finnish, in the partitive a day takes (`14. huhtikuuta`) and in the nominative a
        // month alone takes (`huhtikuu 2024`).
        ("tammikuuta", 1, DayWithPoint),
        ("helmikuuta", 2, DayWithPoint),
        ("maaliskuuta", 3, DayWithPoint),
        ("huhtikuuta", 4, DayWithPoint),
        ("toukokuuta", 5, DayWithPoint),
        ("kesäkuuta", 6, DayWithPoint),
        ("heinäkuuta", 7, DayWithPoint),
        ("elokuuta", 8, DayWithPoint),
        ("syyskuuta", 9, DayWithPoint),
        ("lokakuuta", 10, DayWithPoint),
        ("marraskuuta", 11, DayWithPoint),
        ("joulukuuta", 12, DayWithPoint),
        ("tammikuu", 1, DayWithPoint),
        ("helmikuu", 2, DayWithPoint),
        ("maaliskuu", 3, DayWithPoint),
        ("huhtikuu", 4, DayWithPoint),
        ("toukokuu", 5, DayWithPoint),
        ("kesäkuu", 6, DayWithPoint),
        ("heinäkuu", 7, DayWithPoint),
        ("elokuu", 8, DayWithPoint),
        ("syyskuu", 9, DayWithPoint),
        ("lokakuu", 10, DayWithPoint),
        ("marraskuu", 11, DayWithPoint),
        ("joulukuu", 12, DayWithPoint),
        // Hungarian, and its abbreviations with their point (`aug. 14.`).
        ("január", 1, DayAfter),
        ("február", 2, DayAfter),
        ("március", 3, DayAfter),
        ("április", 4, DayAfter),
        ("május", 5, DayAfter),
        ("június", 6, DayAfter),
        ("július", 7, DayAfter),
        ("augusztus", 8, DayAfter),
        ("szeptember", 9, DayAfter),
        ("október", 10, DayAfter),
        ("november", 11, DayAfter),
        ("december", 12, DayAfter),
        ("jan.", 1, DayAfter),
        ("febr.", 2, DayAfter),
        ("márc.", 3, DayAfter),
        ("ápr.", 4, DayAfter),
        ("máj.", 5, DayAfter),
        ("jún.", 6, DayAfter),
        ("júl.", 7, DayAfter),
        ("aug.", 8, DayAfter),
        ("szept.", 9, DayAfter),
        ("okt.", 10, DayAfter),
        ("nov.", 11, DayAfter),
        ("dec.", 12, DayAfter),
        // Georgian, the stems a case ending is written onto (`აგვისტოს`, `სექტემბერში`),
        // and those whose last vowel the genitive drops (`სექტემბრის`, `იანვრის`).
        ("იანვარ", 1, DayBeforeStem),
        ("იანვრ", 1, DayBeforeStem),
        ("თებერვალ", 2, DayBeforeStem),
        ("თებერვლ", 2, DayBeforeStem),
        ("მარტ", 3, DayBeforeStem),
        ("აპრილ", 4, DayBeforeStem),
        ("მაის", 5, DayBeforeStem),
        ("ივნის", 6, DayBeforeStem),
        ("ივლის", 7, DayBeforeStem),
        ("აგვისტო", 8, DayBeforeStem),
        ("სექტემბერ", 9, DayBeforeStem),
        ("სექტემბრ", 9, DayBeforeStem),
        ("ოქტომბერ", 10, DayBeforeStem),
        ("ოქტომბრ", 10, DayBeforeStem),
        ("ნოემბერ", 11, DayBeforeStem),
        ("ნოემბრ", 11, DayBeforeStem),
        ("დეკემბერ", 12, DayBeforeStem),
        ("დეკემბრ", 12, DayBeforeStem),
        // Kazakh, the names a case ending is written onto (`20 желтоқсанда`, `1 қарашадағы`).
        ("қаңтар", 1, DayBeforeStem),
        ("ақпан", 2, DayBeforeStem),
        ("наурыз", 3, DayBeforeStem),
        ("сәуір", 4, DayBeforeStem),
        ("мамыр", 5, DayBeforeStem),
        ("маусым", 6, DayBeforeStem),
        ("шілде", 7, DayBeforeStem),
        ("тамыз", 8, DayBeforeStem),
        ("қыркүйек", 9, DayBeforeStem),
        ("қазан", 10, DayBeforeStem),
        ("қараша", 11, DayBeforeStem),
        ("желтоқсан", 12, DayBeforeStem),
        // Azerbaijani and Uzbek, the names a case ending is written onto, the day before
        // them (`15 noyabr 2024`, `15 noyabrda`), in Uzbek also with a hyphen (`5-dekabr`,
        // `1-yanvardan`); each spelling of either language. Their March and May, `mart` and
        // `may`, are English words, read only where one of them is declared (see
        // `citation::numbers::MONTHS_READ_BY_LANGUAGE`).
        ("yanvar", 1, DayBeforeStem),
        ("fevral", 2, DayBeforeStem),
        ("aprel", 4, DayBeforeStem),
        ("iyun", 6, DayBeforeStem),
        ("iyul", 7, DayBeforeStem),
        ("avqust", 8, DayBeforeStem),
        ("avgust", 8, DayBeforeStem),
        ("sentyabr", 9, DayBeforeStem),
        ("sentabr", 9, DayBeforeStem),
        ("oktyabr", 10, DayBeforeStem),
        ("oktabr", 10, DayBeforeStem),
        ("noyabr", 11, DayBeforeStem),
        ("dekabr", 12, DayBeforeStem),
        // Armenian, in the genitive a day takes, before the month (`27 մայիսի 2024`) and
        // after it with the case ending written onto the day after a hyphen (`մայիսի 27-ի`,
        // `հունիսի 20-ը`), and in the nominative of a month alone (`մայիս 2024`). The capitals
        // whose first byte is not their small letter's are entries of their own, as the
        // names are looked up by their first byte.
        ("հունվարի", 1, DayBefore),
        ("փետրվարի", 2, DayBefore),
        ("մարտի", 3, DayBefore),
        ("ապրիլի", 4, DayBefore),
        ("մայիսի", 5, DayBefore),
        ("հունիսի", 6, DayBefore),
        ("հուլիսի", 7, DayBefore),
        ("օգոստոսի", 8, DayBefore),
        ("սեպտեմբերի", 9, DayBefore),
        ("հոկտեմբերի", 10, DayBefore),
        ("նոյեմբերի", 11, DayBefore),
        ("դեկտեմբերի", 12, DayBefore),
        ("հունվարի", 1, DayAfter),
        ("փետրվարի", 2, DayAfter),
        ("Փետրվարի", 2, DayAfter),
        ("մարտի", 3, DayAfter),
        ("ապրիլի", 4, DayAfter),
        ("Ապրիլի", 4, DayAfter),
        ("մայիսի", 5, DayAfter),
        ("հունիսի", 6, DayAfter),
        ("հուլիսի", 7, DayAfter),
        ("օգոստոսի", 8, DayAfter),
        ("Օգոստոսի", 8, DayAfter),
        ("սեպտեմբերի", 9, DayAfter),
        ("հոկտեմբերի", 10, DayAfter),
        ("նոյեմբերի", 11, DayAfter),
        ("դեկտեմբերի", 12, DayAfter),
        ("Դեկտեմբերի", 12, DayAfter),
        ("հունվար", 1, DayBefore),
        ("փետրվար", 2, DayBefore),
        ("մարտ", 3, DayBefore),
        ("ապրիլ", 4, DayBefore),
        ("մայիս", 5, DayBefore),
        ("հունիս", 6, DayBefore),
        ("հուլիս", 7, DayBefore),
        ("օգոստոս", 8, DayBefore),
        ("սեպտեմբեր", 9, DayBefore),
        ("հոկտեմբեր", 10, DayBefore),
        ("նոյեմբեր", 11, DayBefore),
        ("դեկտեմբեր", 12, DayBefore),
        // Swahili and Tagalog, capitalised: the day before the month (`29 Aprili 2024`,
        // Tagalog also after `ng`, "of": `ika-25 ng Hulyo`) and after it (`Aprili 29, 2024`,
        // `Hulyo 25, 2024`). Swahili's `Januari`, `Februari`, `Mei` and `Juni` are
        // Indonesian's, above, for the day before; the Tagalog `Mayo` is also a place (County
        // Mayo) and a name (the Mayo Clinic), its day after it read only before a year.
        ("Machi", 3, DayBeforeCapitalised),
        ("Aprili", 4, DayBeforeCapitalised),
        ("Julai", 7, DayBeforeCapitalised),
        ("Agosti", 8, DayBeforeCapitalised),
        ("Septemba", 9, DayBeforeCapitalised),
        ("Oktoba", 10, DayBeforeCapitalised),
        ("Novemba", 11, DayBeforeCapitalised),
        ("Desemba", 12, DayBeforeCapitalised),
        ("januari", 1, DayAfter),
        ("februari", 2, DayAfter),
        ("machi", 3, DayAfter),
        ("aprili", 4, DayAfter),
        ("mei", 5, DayAfter),
        ("juni", 6, DayAfter),
        ("julai", 7, DayAfter),
        ("agosti", 8, DayAfter),
        ("septemba", 9, DayAfter),
        ("oktoba", 10, DayAfter),
        ("novemba", 11, DayAfter),
        ("desemba", 12, DayAfter),
        ("Enero", 1, DayBeforeCapitalised),
        ("Pebrero", 2, DayBeforeCapitalised),
        ("Marso", 3, DayBeforeCapitalised),
        ("Abril", 4, DayBeforeCapitalised),
        ("Mayo", 5, DayBeforeCapitalised),
        ("Hunyo", 6, DayBeforeCapitalised),
        ("Hulyo", 7, DayBeforeCapitalised),
        ("Agosto", 8, DayBeforeCapitalised),
        ("Setyembre", 9, DayBeforeCapitalised),
        ("Oktubre", 10, DayBeforeCapitalised),
        ("Nobyembre", 11, DayBeforeCapitalised),
        ("Disyembre", 12, DayBeforeCapitalised),
        ("enero", 1, DayAfter),
        ("pebrero", 2, DayAfter),
        ("marso", 3, DayAfter),
        ("abril", 4, DayAfter),
        ("mayo", 5, DayAfter),
        ("hunyo", 6, DayAfter),
        ("hulyo", 7, DayAfter),
        ("agosto", 8, DayAfter),
        ("setyembre", 9, DayAfter),
        ("oktubre", 10, DayAfter),
        ("nobyembre", 11, DayAfter),
        ("disyembre", 12, DayAfter),
        // Czech, Slovak, Croatian, Serbian (in both its scripts), Bosnian and Slovenian, in
        // the genitive a day takes, the day before it with its point (`5. června 2024`, `5.
        // mája`, `5. siječnja`, `5. јануара`, `5. januarja`) or without. Names Polish or
        // Russian writes too (`marca`, `maja`, `марта`, `августа`) are read after the point
        // here. The Croatian October, `listopada`, is the Polish November, and is left out:
        // an article that declares Croatian reads it as October (see
        // `citation::numbers::MONTHS_READ_BY_LANGUAGE`).
        ("ledna", 1, DayWithPoint),
        ("února", 2, DayWithPoint),
        ("března", 3, DayWithPoint),
        ("dubna", 4, DayWithPoint),
        ("května", 5, DayWithPoint),
        ("června", 6, DayWithPoint),
        ("července", 7, DayWithPoint),
        ("srpna", 8, DayWithPoint),
        ("září", 9, DayWithPoint),
        ("října", 10, DayWithPoint),
        ("listopadu", 11, DayWithPoint),
        ("prosince", 12, DayWithPoint),
        ("januára", 1, DayWithPoint),
        ("februára", 2, DayWithPoint),
        ("marca", 3, DayWithPoint),
        ("apríla", 4, DayWithPoint),
        ("mája", 5, DayWithPoint),
        ("júna", 6, DayWithPoint),
        ("júla", 7, DayWithPoint),
        ("augusta", 8, DayWithPoint),
        ("septembra", 9, DayWithPoint),
        ("októbra", 10, DayWithPoint),
        ("novembra", 11, DayWithPoint),
        ("decembra", 12, DayWithPoint),
        // The dative a reference date takes after `k` ("by"), as statistics write it in
        // Slovak (`k 31. decembru 2022`, `ku 1. januáru 2024`) and in Czech (`k 31. prosinci
        // 2023`, `ke 30. červnu`; the Czech `listopadu` and `září` are the genitive's, above).
        ("januáru", 1, DayWithPoint),
        ("februáru", 2, DayWithPoint),
        ("marcu", 3, DayWithPoint),
        ("aprílu", 4, DayWithPoint),
        ("máju", 5, DayWithPoint),
        ("júnu", 6, DayWithPoint),
        ("júlu", 7, DayWithPoint),
        ("augustu", 8, DayWithPoint),
        ("septembru", 9, DayWithPoint),
        ("októbru", 10, DayWithPoint),
        ("novembru", 11, DayWithPoint),
        ("decembru", 12, DayWithPoint),
        ("lednu", 1, DayWithPoint),
        ("únoru", 2, DayWithPoint),
        ("březnu", 3, DayWithPoint),
        ("dubnu", 4, DayWithPoint),
        ("květnu", 5, DayWithPoint),
        ("červnu", 6, DayWithPoint),
        ("červenci", 7, DayWithPoint),
        ("srpnu", 8, DayWithPoint),
        ("říjnu", 10, DayWithPoint),
        ("prosinci", 12, DayWithPoint),
        ("siječnja", 1, DayWithPoint),
        ("veljače", 2, DayWithPoint),
        ("ožujka", 3, DayWithPoint),
        ("travnja", 4, DayWithPoint),
        ("svibnja", 5, DayWithPoint),
        ("lipnja", 6, DayWithPoint),
        ("srpnja", 7, DayWithPoint),
        ("kolovoza", 8, DayWithPoint),
        ("rujna", 9, DayWithPoint),
        ("studenoga", 11, DayWithPoint),
        ("studenog", 11, DayWithPoint),
        ("prosinca", 12, DayWithPoint),
        ("januara", 1, DayWithPoint),
        ("februara", 2, DayWithPoint),
        ("marta", 3, DayWithPoint),
        ("aprila", 4, DayWithPoint),
        ("maja", 5, DayWithPoint),
        ("juna", 6, DayWithPoint),
        ("jula", 7, DayWithPoint),
        ("avgusta", 8, DayWithPoint),
        ("oktobra", 10, DayWithPoint),
        ("januarja", 1, DayWithPoint),
        ("februarja", 2, DayWithPoint),
        ("junija", 6, DayWithPoint),
        ("julija", 7, DayWithPoint),
        ("јануара", 1, DayWithPoint),
        ("фебруара", 2, DayWithPoint),
        ("марта", 3, DayWithPoint),
        ("априла", 4, DayWithPoint),
        ("маја", 5, DayWithPoint),
        ("јуна", 6, DayWithPoint),
        ("јула", 7, DayWithPoint),
        ("августа", 8, DayWithPoint),
        ("септембра", 9, DayWithPoint),
        ("октобра", 10, DayWithPoint),
        ("новембра", 11, DayWithPoint),
        ("децембра", 12, DayWithPoint),
        // Bulgarian, the day before it without a point (`5 март 2024`).
        ("януари", 1, DayBefore),
        ("февруари", 2, DayBefore),
        ("март", 3, DayBefore),
        ("април", 4, DayBefore),
        ("май", 5, DayBefore),
        ("юни", 6, DayBefore),
        ("юли", 7, DayBefore),
        ("август", 8, DayBefore),
        ("септември", 9, DayBefore),
        ("октомври", 10, DayBefore),
        ("ноември", 11, DayBefore),
        ("декември", 12, DayBefore),
        // Macedonian, the day before it as Bulgarian writes it (`30 јуни 2024`); its other
        // names are Bulgarian's, above, and its `мај` the Serbian May too.
        ("јануари", 1, DayBefore),
        ("мај", 5, DayBefore),
        ("јуни", 6, DayBefore),
        ("јули", 7, DayBefore),
        // Belarusian, in the genitive a day takes (`15 лістапада 2024 г.`), lowercase; its
        // May is Russian's (`мая`), above.
        ("студзеня", 1, DayBefore),
        ("лютага", 2, DayBefore),
        ("сакавіка", 3, DayBefore),
        ("красавіка", 4, DayBefore),
        ("чэрвеня", 6, DayBefore),
        ("ліпеня", 7, DayBefore),
        ("жніўня", 8, DayBefore),
        ("верасня", 9, DayBefore),
        ("кастрычніка", 10, DayBefore),
        ("лістапада", 11, DayBefore),
        ("снежня", 12, DayBefore),
        // Latvian, in the locative a day takes (`5. janvārī`) and the genitive (`5. janvāra`),
        // the day before it with its point.
        ("janvārī", 1, DayWithPoint),
        ("februārī", 2, DayWithPoint),
        ("martā", 3, DayWithPoint),
        ("aprīlī", 4, DayWithPoint),
        ("maijā", 5, DayWithPoint),
        ("jūnijā", 6, DayWithPoint),
        ("jūlijā", 7, DayWithPoint),
        ("augustā", 8, DayWithPoint),
        ("septembrī", 9, DayWithPoint),
        ("oktobrī", 10, DayWithPoint),
        ("novembrī", 11, DayWithPoint),
        ("decembrī", 12, DayWithPoint),
        ("janvāra", 1, DayWithPoint),
        ("februāra", 2, DayWithPoint),
        ("aprīļa", 4, DayWithPoint),
        ("maija", 5, DayWithPoint),
        ("jūnija", 6, DayWithPoint),
        ("jūlija", 7, DayWithPoint),
        // Estonian, in the nominative (`5. jaanuar 2024`) and the adessive a day takes (`5.
        // jaanuaril`), the day before it with its point. May's adessive, `mail`, is the
        // English word (`5 mail servers`), and is left out.
        ("jaanuar", 1, DayWithPoint),
        ("veebruar", 2, DayWithPoint),
        ("märts", 3, DayWithPoint),
        ("aprill", 4, DayWithPoint),
        ("mai", 5, DayWithPoint),
        ("juuni", 6, DayWithPoint),
        ("juuli", 7, DayWithPoint),
        ("august", 8, DayWithPoint),
        ("september", 9, DayWithPoint),
        ("oktoober", 10, DayWithPoint),
        ("november", 11, DayWithPoint),
        ("detsember", 12, DayWithPoint),
        ("jaanuaril", 1, DayWithPoint),
        ("veebruaril", 2, DayWithPoint),
        ("märtsil", 3, DayWithPoint),
        ("aprillil", 4, DayWithPoint),
        ("juunil", 6, DayWithPoint),
        ("juulil", 7, DayWithPoint),
        ("augustil", 8, DayWithPoint),
        ("septembril", 9, DayWithPoint),
        ("oktoobril", 10, DayWithPoint),
        ("novembril", 11, DayWithPoint),
        ("detsembril", 12, DayWithPoint),
        // Norwegian and Danish, the day before it with its point (`5. januar`, `5. marts`);
        // Swedish writes it without (`5 maj`, `5 augusti`; its other names are Dutch's and
        // French's, above).
        ("januar", 1, DayWithPoint),
        ("februar", 2, DayWithPoint),
        ("mars", 3, DayWithPoint),
        ("april", 4, DayWithPoint),
        ("juni", 6, DayWithPoint),
        ("juli", 7, DayWithPoint),
        ("oktober", 10, DayWithPoint),
        ("desember", 12, DayWithPoint),
        ("marts", 3, DayWithPoint),
        ("maj", 5, DayWithPoint),
        ("december", 12, DayWithPoint),
        ("maj", 5, DayBefore),
        ("augusti", 8, DayBefore),
        // Icelandic, the day before it with its point (`1. nóvember`; `mars`, `september`
        // and `desember` are Norwegian's, above).
        ("janúar", 1, DayWithPoint),
        ("febrúar", 2, DayWithPoint),
        ("apríl", 4, DayWithPoint),
        ("maí", 5, DayWithPoint),
        ("júní", 6, DayWithPoint),
        ("júlí", 7, DayWithPoint),
        ("ágúst", 8, DayWithPoint),
        ("október", 10, DayWithPoint),
        ("nóvember", 11, DayWithPoint),
        // Albanian, the day before it without a point (`28 nëntor 2024`; `mars` is French's
        // and `maj` Swedish's, above).
        ("janar", 1, DayBefore),
        ("shkurt", 2, DayBefore),
        ("prill", 4, DayBefore),
        ("qershor", 6, DayBefore),
        ("korrik", 7, DayBefore),
        ("gusht", 8, DayBefore),
        ("shtator", 9, DayBefore),
        ("tetor", 10, DayBefore),
        ("nëntor", 11, DayBefore),
        ("dhjetor", 12, DayBefore),
        // Lithuanian, in the genitive, the day after it (`sausio 5 d.`, `2024 m. kovo 12
        // d.`), as Hungarian writes it.
        ("sausio", 1, DayAfter),
        ("vasario", 2, DayAfter),
        ("kovo", 3, DayAfter),
        ("balandžio", 4, DayAfter),
        ("gegužės", 5, DayAfter),
        ("birželio", 6, DayAfter),
        ("liepos", 7, DayAfter),
        ("rugpjūčio", 8, DayAfter),
        ("rugsėjo", 9, DayAfter),
        ("spalio", 10, DayAfter),
        ("lapkričio", 11, DayAfter),
        ("gruodžio", 12, DayAfter),
        // Catalan, the day before it and `de` between, elided before a vowel (`5 de gener`,
        // `5 d'abril`, `12 d'octubre`; `abril` and `octubre` are Spanish's, above).
        ("gener", 1, AfterDe),
        ("febrer", 2, AfterDe),
        ("març", 3, AfterDe),
        ("maig", 5, AfterDe),
        ("juny", 6, AfterDe),
        ("juliol", 7, AfterDe),
        ("agost", 8, AfterDe),
        ("setembre", 9, AfterDe),
        ("novembre", 11, AfterDe),
        ("desembre", 12, AfterDe),
    ]
};

/// Month names of [`MONTH_NAMES`] that are places and names too (the Tagalog `Mayo`: County
/// Mayo, the Mayo Clinic, "Mayo 2-0 Kerry"), lowercase: the day after one is read only
/// before a year (`Mayo 5, 2024`).
pub const MONTHS_ALSO_NAMES: [&str; 1] = ["mayo"];

/// The Swahili and Tagalog month names of [`MONTH_NAMES`], which those languages capitalise
/// and which are also other languages' months, written in lowercase before a count ("In mei
/// 12 mensen", "En abril 12 personas", "ad agosto 12 persone"): written in lowercase, the
/// day after one is read only before a year.
pub const MONTHS_CAPITALISED_WHERE_READ: &[&str] = &[
    "januari",
    "februari",
    "machi",
    "aprili",
    "mei",
    "juni",
    "julai",
    "agosti",
    "septemba",
    "oktoba",
    "novemba",
    "desemba",
    "enero",
    "pebrero",
    "marso",
    "abril",
    "hunyo",
    "hulyo",
    "agosto",
    "setyembre",
    "oktubre",
    "nobyembre",
    "disyembre",
];

/// The years of the Buddhist era are those of the common era and 543: Thai writes the year
/// 2024 as 2567 (`พ.ศ. 2567`).
pub const BUDDHIST_ERA_OFFSET: i32 = 543;

/// Whether `word` is written in Thai: a Thai month's name, whose dates count the years of the
/// Buddhist era.
pub fn is_thai(word: &str) -> bool {
    word.starts_with(|c: char| ('\u{0E00}'..='\u{0E7F}').contains(&c))
}

/// Abbreviations of the months that a date written in a field may use, in French, Spanish,
/// Portuguese, Italian, German and Dutch (`3 nov. 2023`, `3. Okt. 2023`, `3 mrt 2023`),
/// beside the names and English abbreviations of [`MONTH_NAMES`]: not read in an article,
/// where several are other words (`set`, `out`, `mag`, `gen`).
const MONTH_ABBREVIATIONS: &[(&str, u8)] = &[
    // French (`mars`, `mai`, `juin`, `sept`, `oct`, `nov` are written so too).
    ("janv", 1),
    ("févr", 2),
    ("fév", 2),
    ("avr", 4),
    ("juil", 7),
    ("déc", 12),
    // Spanish.
    ("ene", 1),
    ("abr", 4),
    ("ago", 8),
    ("dic", 12),
    // Portuguese.
    ("fev", 2),
    ("set", 9),
    ("out", 10),
    ("dez", 12),
    // Italian.
    ("gen", 1),
    ("mag", 5),
    ("giu", 6),
    ("lug", 7),
    ("ott", 10),
    // German.
    ("mär", 3),
    ("okt", 10),
    // Dutch.
    ("mrt", 3),
];

/// `word` in lowercase without its accents, as month names are compared in a field:
/// `Décembre`, `decembre` and `DÉCEMBRE` are one.
fn folded(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The month `word` names, in any of the languages of [`MONTH_NAMES`] or by an
/// abbreviation, with or without its point, in any case and with or without its accents.
fn month_number(word: &str) -> Option<u8> {
    // Catalan's elided `de` written onto the month: `5 d'abril de 2024`.
    let word = ["d'", "d\u{2019}"]
        .iter()
        .find_map(|elided| word.strip_prefix(elided))
        .unwrap_or(word);
    let word = folded(word.strip_suffix('.').unwrap_or(word));
    let stem_of = |name: &str, style: MonthStyle| {
        // A Georgian stem with its case ending (`აგვისტოს`, `სექტემბერი`).
        style == MonthStyle::DayBeforeStem
            && word
                .strip_prefix(name)
                .is_some_and(|ending| month_word_rest(style, name, ending) == Some(ending.len()))
    };
    MONTH_NAMES
        .iter()
        .map(|&(name, month, style)| (name, month, style))
        .chain(
            MONTH_ABBREVIATIONS
                .iter()
                .map(|&(name, month)| (name, month, MonthStyle::DayBefore)),
        )
        .find(|&(name, _, style)| {
            folded(name.strip_suffix('.').unwrap_or(name)) == word || stem_of(name, style)
        })
        .map(|(_, month, _)| month)
}

/// The day of the month `word` writes: one or two digits, with the point German writes
/// after it or an ordinal's ending (`3.`, `1er`, `1st`, `3rd`, `1º`, `1°`).
fn day_number(word: &str) -> Option<u8> {
    const ENDINGS: [&str; 9] = [".", "er", "st", "nd", "rd", "th", "º", "°", "ª"];
    // The Tagalog ordinal's `ika-` before it (`ika-25 ng Hulyo`).
    let word = word.strip_prefix("ika-").unwrap_or(word);
    let digits = ENDINGS
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .unwrap_or(word);
    let day = (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    day.then(|| digits.parse().ok()).flatten()
}

/// The words of a date written with its month's name, without the commas between them and
/// the words that join a day, a month and a year or go before a day (`de`, `del`, `of`;
/// `the`, `le`, `el`, `il`, `am`): `3`, `noviembre`, `2023` of "3 de noviembre de 2023";
/// `Nov.`, `3`, `2023` of "Nov. 3, 2023".
fn date_words(text: &str) -> Vec<&str> {
    // The Tagalog `ng` ("of", `ika-25 ng Hulyo`) and the Armenian `թ.` (year, `27 մայիսի
    // 2024 թ.`) too.
    const JOINING: [&str; 11] = [
        "de", "del", "of", "the", "le", "el", "il", "am", "ng", "թ.", "թ",
    ];
    // The word for "year" written after one: the Lithuanian `m.` (`2023 m. lapkričio 3 d.`),
    // the Bulgarian and Russian `г.` (`31 януари 2024 г.`), the Russian `года` and `год.`,
    // the Serbian `године` and `год.` (`3. новембра 2023. године`), the Ukrainian `р.` and
    // `року`.
    const AFTER_A_YEAR: [&str; 8] = ["m.", "г.", "г", "год.", "года", "године", "р.", "року"];
    // The Lithuanian `d.` ("day") written after the day (`lapkričio 3 d.`).
    const AFTER_A_DAY: [&str; 1] = ["d."];
    let mut words: Vec<&str> = Vec::new();
    for word in text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
    {
        let lower = word.to_lowercase();
        let after = words.last().copied();
        let marks_the_year = after.is_some_and(|year| written_as_a_year(year).is_some())
            && AFTER_A_YEAR.contains(&lower.as_str());
        let marks_the_day = after.is_some_and(|day| day_number(day).is_some())
            && AFTER_A_DAY.contains(&lower.as_str());
        if !JOINING.contains(&lower.as_str()) && !marks_the_year && !marks_the_day {
            words.push(word);
        }
    }
    words
}

/// A year of four digits, with the point Hungarian writes after it when first and Serbian
/// and Croatian when last (`2024.`) or without it, as its digits.
fn written_as_a_year(word: &str) -> Option<&str> {
    let digits = word.strip_suffix('.').unwrap_or(word);
    (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// The day a date written with its month's name means, in any language of [`MONTH_NAMES`],
/// the day before or after the month: "3 November 2023", "November 3, 2023", "Nov. 3, 2023",
/// "3 novembre 2023", "1er janvier 2024", "3 de noviembre de 2023", "3. November 2023", "3.
/// marraskuuta 2023", and the year first as Hungarian writes it, "2023. november 3.". `None`
/// for anything else, and for a day the month lacks.
pub fn day_in_words(text: &str) -> Option<Date> {
    let (day, month, year) = match date_words(text)[..] {
        // Hungarian writes the year first, with its point: `2024. augusztus 14.`.
        [year, month, day] if year_with_point(year).is_some() => (
            day_number(day)?,
            month_number(month)?,
            year_with_point(year)?,
        ),
        // Armenian and Lithuanian write the year first without it: `2024 թ. մայիսի 27`,
        // `2023 m. lapkričio 3 d.`.
        [year, month, day]
            if year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
                && day_number(day).is_some() =>
        {
            (day_number(day)?, month_number(month)?, year)
        }
        [first, second, year] => match (day_number(first), month_number(second)) {
            (Some(day), Some(month)) => (day, month, year),
            _ => (day_number(second)?, month_number(first)?, year),
        },
        // A month's name of two words (`3 تشرين الثاني 2023`).
        [first, second, third, year] => (
            day_number(first)?,
            month_number(&format!("{second} {third}"))?,
            year,
        ),
        _ => return None,
    };
    let year: i32 = written_as_a_year(year)?.parse().ok()?;
    // A Thai month's year is of the Buddhist era (`20 กันยายน 2567` is 20 September 2024).
    let thai = date_words(text).iter().any(|word| is_thai(word));
    let year = if thai && year > 2400 {
        year - BUDDHIST_ERA_OFFSET
    } else {
        year
    };
    Date::parse(&format!("{year:04}-{month:02}-{day:02}")).ok()
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

/// The first and last days of the month `text` writes as `YYYY-MM` (ISO 8601's month) or
/// with the month's name (`November 2023`, `novembre 2023`, `noviembre de 2023`), where a
/// day was expected.
pub fn month_written(text: &str) -> Option<(Date, Date)> {
    if let Some((year, month)) = text.trim().split_once('-')
        && let Some(days) = month_days(year, month)
    {
        return Some(days);
    }
    let (month, year) = match date_words(text)[..] {
        // Hungarian writes the year first, with its point: `2024. augusztus`.
        [year, month] if year_with_point(year).is_some() => (month, year_with_point(year)?),
        [month, year] => (month, year),
        _ => return None,
    };
    month_days(year, &month_number(month)?.to_string())
}

/// A year written first with the point Hungarian writes after it (`2024.`), without it.
fn year_with_point(word: &str) -> Option<&str> {
    word.strip_suffix('.')
        .filter(|year| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
}

/// `YYYY` as a year.
fn year(text: &str) -> Option<i32> {
    let text = text.trim();
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// The two years of a year that runs across them, as written `2022-23`, `2022/23`,
/// `2022–23` or `2022-2023` (not `2022/2023`, two calendar years): the second the year
/// after the first. `2011-12` is a month, read before this is asked.
fn across_two_years(text: &str) -> Option<(i32, i32)> {
    let (first, second, slash) = ['-', '–', '/']
        .into_iter()
        .find_map(|joiner| text.split_once(joiner).map(|(a, b)| (a, b, joiner == '/')))?;
    let first = year(first)?;
    let next = first + 1;
    let second = second.trim();
    let is_next = match second.len() {
        2 => second.parse::<i32>().ok() == Some(next % 100),
        4 => !slash && year(second) == Some(next),
        _ => false,
    };
    (is_next && second.bytes().all(|b| b.is_ascii_digit())).then_some((first, next))
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
/// between day and month is read either way unless one of the two is above 12. A date
/// written with its month's name reads one way ([`day_in_words`]: `3 novembre 2023`).
pub fn written_otherwise(text: &str) -> Vec<Date> {
    if let Some(day) = day_in_words(text).or_else(|| day_with_signs(text)) {
        return vec![day];
    }
    // Vietnamese writes "ngày" ("day") before a date: `ngày 5/9/2024`.
    let text = text.trim();
    let text = text
        .strip_prefix("ngày ")
        .or_else(|| text.strip_prefix("Ngày "))
        .unwrap_or(text)
        .trim();
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

/// The day a date written with the signs of its year, month and day means, as Chinese and
/// Japanese (`2020年11月23日`, in full-width digits too) and Korean (`2023년 8월 10일`) write
/// it, and Vietnamese in words (`ngày 5 tháng 9 năm 2024`). `None` for anything else, and for
/// a day the month lacks.
fn day_with_signs(text: &str) -> Option<Date> {
    // Full-width digits as ASCII, and no spaces: `2023년 8월 10일` is `2023년8월10일`.
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            c => c,
        })
        .collect();
    let number = |part: &str| {
        (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let (year, month, day) = if let Some(rest) = compact.strip_prefix("ngày") {
        let (day, rest) = rest.split_once("tháng")?;
        let (month, year) = rest.split_once("năm")?;
        (year, month, day)
    } else {
        let (year, rest) = compact.split_once(['年', '년'])?;
        let (month, rest) = rest.split_once(['月', '월'])?;
        let day = rest.strip_suffix(['日', '일'])?;
        (year, month, day)
    };
    let (year, month, day) = (number(year)?, number(month)?, number(day)?);
    (1000..=9999).contains(&year).then_some(())?;
    Date::parse(&format!("{year:04}-{month:02}-{day:02}")).ok()
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
        for text in ["31.13.2022", "32/12/2022", "31.12.22", "2022-12", "12.2022"] {
            assert!(read(text).is_empty(), "{text}");
        }
        // With the signs of a year, a month and a day, and the Vietnamese "ngày".
        for text in [
            "2020年11月23日",
            "２０２０年１１月２３日",
            "2020 年 11 月 23 日",
            "2020년 11월 23일",
            "ngày 23 tháng 11 năm 2020",
            "ngày 23/11/2020",
        ] {
            assert_eq!(read(text), ["2020-11-23"], "{text}");
        }
        assert_eq!(read("ngày 5/9/2024"), ["2024-09-05", "2024-05-09"]);
        for text in [
            "2020年2月30日",
            "2020年11月",
            "20年11月23日",
            "2020年11月23",
        ] {
            assert!(read(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_date_written_with_its_month_s_name_reads_as_its_day_in_every_language_read() {
        for text in [
            "3 November 2023",
            "November 3, 2023",
            "Nov. 3, 2023",
            "Nov 3 2023",
            "3rd November 2023",
            "the 3rd of November 2023",
            "3 novembre 2023",
            "3 nov. 2023",
            "3 de noviembre de 2023",
            "3 de novembro de 2023",
            "3 novembre 2023",
            "3. November 2023",
            "3. Nov. 2023",
            "3 november 2023",
            "3 NOVEMBRE 2023",
            "le 3 novembre 2023",
            "am 3. November 2023",
            "3 ноября 2023",
            "3 listopada 2023",
            "3 Kasım 2023",
            "3 November 2023",
        ] {
            assert_eq!(
                day_in_words(text).map(|day| day.to_string()).as_deref(),
                Some("2023-11-03"),
                "{text}"
            );
        }
        for (text, day) in [
            ("1er janvier 2024", "2024-01-01"),
            ("3 בנובמבר 2023", "2023-11-03"),
            ("3 নভেম্বর 2023", "2023-11-03"),
            ("3 نوامبر 2023", "2023-11-03"),
            ("3 تشرين الثاني 2023", "2023-11-03"),
            ("நவம்பர் 3, 2023", "2023-11-03"),
            ("1º de janeiro de 2024", "2024-01-01"),
            ("1° gennaio 2024", "2024-01-01"),
            ("29 février 2024", "2024-02-29"),
            ("31 décembre 2023", "2023-12-31"),
            ("31 decembre 2023", "2023-12-31"),
            ("15. März 2022", "2022-03-15"),
            ("15 maart 2022", "2022-03-15"),
            ("15 mrt 2022", "2022-03-15"),
            ("7 agosto 2021", "2021-08-07"),
            ("7 ago. 2021", "2021-08-07"),
            ("Dec 31, 2022", "2022-12-31"),
            ("10 जुलाई 2024", "2024-07-10"),
            ("10 फरवरी 2024", "2024-02-10"),
            // A Thai month's year is of the Buddhist era, 543 years on.
            ("20 กันยายน 2567", "2024-09-20"),
            ("12 ก.ย. 2567", "2024-09-12"),
            ("12 ก.ย 2567", "2024-09-12"),
            ("14. huhtikuuta 2024", "2024-04-14"),
            ("14 huhtikuuta 2024", "2024-04-14"),
            ("2024. augusztus 14.", "2024-08-14"),
            ("2024. aug. 14.", "2024-08-14"),
            ("2024. március 15.", "2024-03-15"),
            ("14 august 2024", "2024-08-14"),
            ("14 septembrie 2024", "2024-09-14"),
            ("14 აგვისტო 2024", "2024-08-14"),
            ("14 აგვისტოს 2024", "2024-08-14"),
            ("3 სექტემბერი 2024", "2024-09-03"),
            ("27 մայիսի 2024", "2024-05-27"),
            ("27 մայիսի 2024 թ.", "2024-05-27"),
            ("2024 թ. մայիսի 27", "2024-05-27"),
            ("Մայիսի 27, 2024", "2024-05-27"),
            ("27 մայիս 2024", "2024-05-27"),
            ("29 Aprili 2024", "2024-04-29"),
            ("Aprili 29, 2024", "2024-04-29"),
            ("3 Mei 2024", "2024-05-03"),
            ("Hulyo 25, 2024", "2024-07-25"),
            ("25 Hulyo 2024", "2024-07-25"),
            ("ika-25 ng Hulyo 2024", "2024-07-25"),
            ("5 Mayo 2024", "2024-05-05"),
            ("13 စက်တင်ဘာ 2024", "2024-09-13"),
            ("စက်တင်ဘာ 13, 2024", "2024-09-13"),
            ("8 ខែតុលា 2024", "2024-10-08"),
            ("8 តុលា 2024", "2024-10-08"),
            ("2024 ජූනි 3", "2024-06-03"),
            ("ජූනි 3, 2024", "2024-06-03"),
            ("2 ستمبر 2023", "2023-09-02"),
            ("30 ઓગસ્ટ 2024", "2024-08-30"),
            ("15 ਜੁਲਾਈ 2023", "2023-07-15"),
            ("22 జూలై 2024", "2024-07-22"),
            ("సెప్టెంబర్ 3, 2024", "2024-09-03"),
            ("5. června 2024", "2024-06-05"),
            ("5. mája 2024", "2024-05-05"),
            ("31. decembru 2022", "2022-12-31"),
            ("1. januáru 2024", "2024-01-01"),
            ("31. prosinci 2023", "2023-12-31"),
            ("5. siječnja 2024", "2024-01-05"),
            ("5. јануара 2024", "2024-01-05"),
            ("5. januarja 2024", "2024-01-05"),
            ("5 март 2024", "2024-03-05"),
            ("5. janvārī 2024", "2024-01-05"),
            ("5. jaanuar 2024", "2024-01-05"),
            ("5 maj 2024", "2024-05-05"),
            ("5. marts 2024", "2024-03-05"),
            ("5 de gener de 2024", "2024-01-05"),
            ("5 d'abril de 2024", "2024-04-05"),
            ("sausio 5, 2024", "2024-01-05"),
            // The words for "year" and "day" after them: Lithuanian, Bulgarian, Russian,
            // Serbian, Ukrainian.
            ("2023 m. lapkričio 3 d.", "2023-11-03"),
            ("2024 m. sausio 5 d.", "2024-01-05"),
            ("31 януари 2024 г.", "2024-01-31"),
            ("31 януари 2024 г", "2024-01-31"),
            ("3 ноября 2023 года", "2023-11-03"),
            ("3 ноября 2023 г.", "2023-11-03"),
            ("3. новембра 2023. године", "2023-11-03"),
            ("3. новембра 2023.", "2023-11-03"),
            ("3 листопада 2023 р.", "2023-11-03"),
            ("30 јуни 2024", "2024-06-30"),
            ("1 јануари 2024", "2024-01-01"),
            ("5 мај 2024", "2024-05-05"),
            ("15 јули 2024 г.", "2024-07-15"),
            ("15 лістапада 2024 г.", "2024-11-15"),
            ("1 студзеня 2024 года", "2024-01-01"),
            ("30 верасня 2024", "2024-09-30"),
            ("31 кастрычніка 2024 года", "2024-10-31"),
            ("3 снежня 2024 г.", "2024-12-03"),
            ("8 жніўня 2024", "2024-08-08"),
            ("17 ಜುಲೈ 2024", "2024-07-17"),
            ("ജൂലൈ 25, 2024", "2024-07-25"),
            ("22 जुलै 2024", "2024-07-22"),
            ("15 noyabr 2024", "2024-11-15"),
            ("1 apreldə 2024", "2024-04-01"),
            ("5 dekabr 2024", "2024-12-05"),
            ("28 nëntor 2024", "2024-11-28"),
            ("12. september 2024", "2024-09-12"),
            ("1. nóvember 2024", "2024-11-01"),
        ] {
            assert_eq!(
                day_in_words(text).map(|day| day.to_string()).as_deref(),
                Some(day),
                "{text}"
            );
        }
        // A day the month lacks, no year, a year of other than four digits, no month, or
        // words that are no date: none.
        for text in [
            "31 novembre 2023",
            "29 février 2023",
            "3 mars",
            "3 novembre 23",
            "3 2023",
            "3 Mars rovers",
            "novembre 2023",
            "3 trucs 2023",
            "32 mai 2023",
            "2024. augusztus 32.",
            "14 მარტივი 2024",
            "2024 մայիսի 32",
            "ika-25 ng Hulyo",
            "2024 ජූනි 31",
            "2023 m. lapkričio 31 d.",
            "lapkričio 3 d.",
            "31 януари г. 2024",
            "3 d. 2023",
            "5 dekabrist 2024",
        ] {
            assert_eq!(day_in_words(text), None, "{text}");
        }
    }

    #[test]
    fn a_month_written_with_its_name_is_its_first_and_last_days() {
        let days =
            |text| month_written(text).map(|(first, last)| (first.to_string(), last.to_string()));
        let november = Some(("2023-11-01".to_string(), "2023-11-30".to_string()));
        for text in [
            "2023-11",
            "November 2023",
            "novembre 2023",
            "noviembre de 2023",
            "Nov. 2023",
            "November, 2023",
        ] {
            assert_eq!(days(text), november, "{text}");
        }
        assert_eq!(
            days("février 2024"),
            Some(("2024-02-01".to_string(), "2024-02-29".to_string()))
        );
        let april = Some(("2024-04-01".to_string(), "2024-04-30".to_string()));
        for text in [
            "huhtikuu 2024",
            "2024. április",
            "aprilie 2024",
            "აპრილი 2024",
        ] {
            assert_eq!(days(text), april, "{text}");
        }
        for text in ["3 novembre 2023", "novembre", "2023", "mars 23"] {
            assert_eq!(days(text), None, "{text}");
        }
        let error = Period::parse("novembre 2023").unwrap_err();
        assert_eq!(
            error.message,
            "`novembre 2023` is not a period: a month is written as its first and last days \
             (`2023-11-01/2023-11-30`)"
        );
    }

    #[test]
    fn a_year_across_two_is_told_its_days() {
        for text in ["2022-23", "2022/23", "2022–23", "2022-2023", "1999-00"] {
            let message = Period::parse(text).unwrap_err().message;
            assert!(
                message.contains("a year that runs across two (a fiscal or school year)"),
                "{text}: {message}"
            );
        }
        assert!(
            Period::parse("2022-23")
                .unwrap_err()
                .message
                .contains("`2022-04-01/2023-03-31` or `2022-09-01/2023-08-31`, and `2022/2023`")
        );
        // Two calendar years, a month, and years not one after the other are as before.
        assert!(Period::parse("2022/2023").is_ok());
        assert!(
            Period::parse("2022-11")
                .unwrap_err()
                .message
                .contains("a month")
        );
        for text in ["2022-25", "2022/25"] {
            assert!(
                !Period::parse(text)
                    .unwrap_err()
                    .message
                    .contains("across two")
            );
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
