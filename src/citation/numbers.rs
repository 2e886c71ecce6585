//! Finding the numbers a text states, for the value check and for `claimcheck coverage`.
//!
//! A number is any of:
//!
//! | written | read as |
//! | --- | --- |
//! | `17`, `7,993`, `11,487.39`, `0771` | a figure (digits, comma thousands separators in groups of three, a decimal part) |
//! | `−3.2%`, `-5 million`, `(-7)`, `-$5 million` | a negative figure: a minus sign (U+2212, or a hyphen-minus or en dash where no hyphen or dash can stand) directly before it or before its currency sign ([`sign_before_figure`]; not `COVID-19`, `0771-5530647`, `2019-2020`, nor after a figure, its unit and a space, `2018 -2019`, `9 a.m. -5 p.m.`, `9h -17h`, a range; nor `- 5`) |
//! | `.5%`, `.25 points`, `$.75` | a fraction below one written without its zero: a point before digits where nothing stands before it but a space, a bracket, a quote, a currency sign or a sign (not `1.5`, `v.5`, `No.5`; see [`leading_point_before`]) |
//! | `27 208`, `1.079.498,5`, `27'208`, `1’079’498`, `3,5` | a figure as other languages write it: thousands grouped by spaces (also no-break, narrow and thin), points or apostrophes, a decimal comma |
//! | `١٥٠٠٠٠٠`, `۱۵۰۰`, `१५००`, `１５` | a figure in the digits of another script: any that Unicode gives a decimal value |
//! | `923万`, `1.2亿`, `1.2万亿`, `3千万`, `5百`, `300多万`, `330만`, `2조`, `2천`, `3천만` | a figure in digits times Chinese, Japanese or Korean multipliers: ten thousand, a hundred million, a million million (`兆`, `조`), and a hundred or a thousand after a figure below ten (`百`, `千`, `백`, `천`); `多`/`余` ("more than") before `万` or `亿` |
//! | `2천3백`, `2천 3백`, `3천5백만`, `4천2백3십` | one figure below the Korean myriad: a digit before each of `천`, `백`, `십` in turn, written on or after a space (2,300, 2,300, 35 million, 4,230); a myriad after it scales it whole |
//! | `1億2000万`, `1万5000円`, `1만 2천`, `1억 2,000만` | one figure: a figure scaled by a myriad, then the figures below that myriad written after it (Korean puts a space between them); a bare number only written straight on and in two digits or more (`330만 2020년` is two numbers) |
//! | `六十六`, `三千万`, `两百`, `一千零八`, `十二`, `一点五万`, `壹仟零捌拾` | a figure in Chinese or Japanese numerals, standing alone when a multiplier makes it more than one character |
//! | `三个`, `两年`, `三点五倍` | a single numeral or a decimal before a classifier or unit (`个`, `年`, `倍`...) |
//! | `二〇二〇年`, `一九四九年` | a year (four digits read one by one, from 1900 to 2100) and the figure |
//! | `百分之八十`, `百分之零点八五`, `八十%` | a percentage |
//! | `十一月二十日` | a day of a month |
//! | `第三`, `第十八` | an ordinal |
//! | `1,00,000`, `19,98,12,341` | a figure grouped the Indian way: pairs of digits, then three |
//! | `１１．２％`, `１，２００億`, `%8,5` | a fullwidth decimal point and thousands comma; a percent sign written first (Turkish) |
//! | `2,69 millones`, `13,1 млн`, `1.5 lakh`, `8,5 por ciento`, `١٠٤٫٥ مليون`, `۲۵ درصد`, `9.5 מיליון`, `১২ কোটি`, `70 ล้านคน` | a figure with a scale or percent word of another language ([`FOLLOWERS`]); in Thai also written onto the figure and the next word |
//! | `ร้อยละ 45`, `asilimia 12`, `milioni 60` | a figure with a scale or percent word written before it, as Thai and Swahili do ([`PRECEDERS`]); not after another figure (`2 milioni 300`); `laki 5` is 500,000 and [`Mention::also`] 5, as `laki` is also the Finnish "law" |
//! | `0.85%`, `3,5 %`, `3,5 ٪`, `40 percent` | a percentage |
//! | `3.29 million`, `1.749 billion`, `21 thousand` | one scaled figure |
//! | `$4.5-million`, `4.5 bn`, `300 mn`, `12 pct`, `12pc` | one scaled figure or a percentage, as English news writes them: a scale word joined by a hyphen, abbreviations after a space (lowercase; not `tn`, tonnes), `pc` and `pct` written onto the figure (`12pc` is also read as 12, as `pc` may be pieces); `mn` is minutes before a French word (`30 mn en bus` is 30) and either before no word (`en 30 mn.`), see [`mn_reading`] |
//! | `4.5bn`, `50k`, `2mn`, `£3m`, `$2B`, `$3.5MM` | one scaled figure, its scale abbreviated and written onto it (`k` and `K` anywhere; `b`, `M`, `MM` and `B` after a currency sign only, or after a range's first figure that follows one, `£2-3m`; `100m` without one is read both as 100 and as 100 million, as `m` may be metres) |
//! | `1,000km`, `20kg`, `30m²` | a figure with a unit symbol written onto it ([`UNIT_SYMBOLS`]) |
//! | `RM5 juta`, `KSh5 billion`, `Rs250`, `R5 million` | a figure with a currency written in letters onto it ([`LETTER_CURRENCIES`]), not part of a word; a single letter only before a scale (`R5` alone is a road) |
//! | `1.5 bilion`, `2 trilion` | Malay scale words, read also as the Polish and Czech ones ([`Mention::also`]: `bilion` is a million million there) |
//! | `1,5 Billion Euro` | the German singular of a million million, capitalised: read as English reads `billion` and [`Mention::also`] as German does |
//! | `R$ 1,5 bi`, `US$ 300 mi`, `Rs 5 cr`, `₹3 lacs`, `1,5 Mia. Franken` | scales abbreviated as Brazilian and Indian news write them, only after a figure a currency precedes ([`CURRENCY_SCALES`]: `5 mi` alone is five miles), and the Swiss `Mia.` only before the money it counts (`Mia.` may be a name) |
//! | `three`, `Nine`, `twenty`, `forty` | a spelled-out whole number: zero to twenty and the tens up to ninety, any case |
//! | `quatre`, `zwei`, `tres`, `vingt et un`, `quatre-vingt-dix`, `einundzwanzig`, `treinta y dos`, `ventitré`, `deux mille trois cents`, `trois millions` | a whole number in words of French, German, Spanish, Italian, Portuguese or Dutch, to 999,999, with a scale or percent word after it and the words below that scale after it (`deux millions cinq cent mille`, `dois milhões e quinhentos mil`), a half (`zweieinhalb Millionen`, `deux millions et demi`) or decimals spoken after a decimal mark word (`drei Komma fünf Prozent`); articles (`un`, `ein`) and words that are other words (`dos`, `due`, `neuf`, `venti`, `null`) only where a number stands ([`super::number_words`]); `six cents` is 600 where the words around it are French, six cents where they are English, and read both ways where none tell |
//! | `12 M€`, `1,2 Md€`, `3 Mds€`, `3 Mrd €`, `450 k€`, `12M€`, `12 M$`, `1,2 Md$`, `450 k$`, `1,2 G$` | a figure with a scale abbreviated before the euro or dollar sign, as French, German and Quebec write it, the sign read with it (`G` only there: `5 G` is five) |
//! | `deux tiers`, `zwei Drittel`, `une trentaine`, `deux douzaines` | a number in words of another language with the noun of a fraction after it, no figure (as `two thirds`), or of a round count, its count (30, 24; [`number_words::noun_after`]) |
//! | `twenty-one`, `one hundred and twelve`, `three thousand four hundred and three`, `a hundred`, `one hundred thousand`, `a million`, `Two and a half million`, `half a million`, `a quarter of a million`, `three-quarters of a million`, `a thousand million`, `zero point five percent` | one figure spelled in English words ([`english_words`]): groups below a thousand (a ten and its unit joined by a hyphen or a space, `hundred` and the rest after it, with `and` or not), each before a smaller scale word than the one before, `and a half` or spoken decimals (`point five`) after the first; not `a` before other words, nor `a million` counted in a fraction other than a half or quarters (`a third of a million`), nor a number word joined to a fraction (`three-quarters`) or to another number word it does not make a number with (`one-two`) |
//! | `2019` | a year (four digits from 1900 to 2100, no separator) and the figure 2019; before it the Arabic `ألف` is the verb "wrote" (`1950 ألف`), not a thousand |
//! | `2024/25`, `2024-25`, `2024–25`, `FY2024-25` | a fiscal year ([`DatePart::FiscalYear`]): a year, a slash, hyphen or en dash and the next year's last two digits, one number whose figure is the first year ([`fiscal_year`]; not `2024/26`, `10/11`, `2019-20%`, `2019-20 million`) |
//! | `November 21`, `November 21st`, `Nov. 21` | a day of a month (a capitalised English month name or its abbreviation, and a day from 1 to 31) |
//! | `21 November`, `21 Nov 2020`, `21st of November`, `21. November`, `21 novembre`, `1er novembre`, `21 de noviembre`, `21 de novembro` | a day of a month written day first ([`month_after_day`]): in English (capitalised: `21 may` is no date), German with its point (with a name English shares, `21. November`, only before a year), French, Italian and Dutch (lowercase: `2 Mars rovers` is no date), Spanish and Portuguese (after `de`: `2 mayo packets` is none) |
//! | `November 16 to 22`, `November 16-22`, `16 to 22 November`, `16-22 novembre` | two days: `November 16` and `22`, a day of the same month (and `16` and `22 November`) |
//! | `21.11.2020`, `21/11/2020`, `11/21/2020`, `21-11-2020`, `2020-11-21`, `2020/11/21` | a date in digits with a year from 1900 to 2100 ([`date_at`]): its day and month, one number and never the decimal `21.11`, and its year, another. With points the day comes first; with slashes or hyphens the part above 12 is the day, and when both are 12 or below either may be ([`DatePart::MonthDayEitherWay`]); a year first is followed by its month. Not written onto a word (`v2.11.2020`), in a longer code (`1.21.11.2020`, `21.11.2020.5`), or without its year (`scored 21/11`, `21.11`, `pages 11-21`, `2020-2021`): those are figures, but for a day and month each closed by a point after a word that dates them (`am 3.11.`, `seit dem 21.11.`: [`dotted_day_month`]) |
//! | `18th`, `21st`, `23rd` | an ordinal; from 1st to 31st also a day of an unnamed month |
//!
//! Grouping is read one way: a first group of one to three digits, then one separator
//! throughout, each group after it of exactly three digits (`2021 250` is two numbers); no
//! group follows a zero (`0.035` and `0,035` have decimals). Another comma or point before
//! digits is a decimal mark (`3,5`, `3.5`). A single point or comma before three digits, with
//! no other separator (`1.079`, `1,079`), reads either way ([`Separators::Either`]): the
//! figure is the reading with a decimal point (1.079, 1079) and [`Mention::also`] the one
//! with a decimal comma (1079, 1.079); the text's decimal mark, told by its other figures
//! ([`Mention::separators`], see [`super::decimal_mark`]), picks one
//! ([`Mention::figures_by`]). Before an English scale word or abbreviation the point is
//! decimal and the comma groups (`1.749 billion`, `1,035bn`).
//! Digits are found beside any character: `9` in `最后9个`, as in `G17` and `5G`
//! ([`Mention::is_part_of_a_word`] tells them apart: a unit symbol written onto a figure
//! does not make it a code).
//!
//! Chinese numerals are also the characters of words and names (`四川`, `一些`, `万州`,
//! `千方百计`): [`super::chinese_numerals`] reads a run of them as a figure only in a
//! number's grammar and where a number stands, and says which are not read (`一个`, "a";
//! approximations such as `三四个`; fractions; `十四五`, a plan's name).
//!
//! Ordinal words (`third`, `Eighteenth`) are numbers without a figure. Not numbers: vague
//! plurals (`hundreds of`, `thousands of`, `数十万`). A `-` between digits or after a letter
//! is punctuation, not a sign: `0771-5530647` is two numbers, both positive. Digits are numbers wherever they stand,
//! also inside names and codes (`COVID-19`, a licence number): coverage reports them and a
//! reviewer ignores them with a reason.
//!
//! One pass over the text, looking at each byte a bounded number of times: O(n).

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;

use super::chinese_numerals;
use super::compound_scale;
use super::english_words;
use super::normalize::{is_unspaced_script, word_boundary_between};
use super::number_words;
use super::range_scale;
use crate::date::{MONTH_NAMES, MonthStyle};
use crate::quantity::{Decimal, Quantity};

pub use crate::quantity::DecimalMark;

/// What the points and commas of a figure say about its text's decimal mark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Separators {
    /// Nothing: none is written (`1035`, `27 208`), or one that no convention sets apart
    /// (the Arabic `٫`, a fullwidth point).
    #[default]
    Silent,
    /// Only this mark reads the figure: `3.5`, `1,234.5`, `12,500,000`, `1.749 billion`,
    /// `0.035` for a point; `3,5`, `1.234,5`, `12.500.000`, `27 208,5` for a comma.
    Tells(DecimalMark),
    /// One point or comma before exactly three digits, and no other separator (`1.035`,
    /// `1,035`): a decimal mark or a thousands separator, as the text's convention has it.
    /// [`Mention::figure`] is the figure read with a decimal point (`1.035` is 1.035,
    /// `1,035` is 1035), [`Mention::also`] with a decimal comma (1035 and 1.035).
    Either,
}

/// A number found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the text: `3.29 million`, `November 21`, `82%`.
    pub span: Range<usize>,
    /// The figure it states, when it reads as one (`020`, with its leading zero, and dates
    /// do not).
    pub figure: Option<Quantity>,
    /// The calendar date it names or helps name.
    pub date: Option<DatePart>,
    /// The figure read another way: when one point or comma before three digits may be a
    /// decimal mark or a thousands separator, with a decimal comma (`1.079` is `figure`
    /// 1.079 in English and `also` 1079 in German, see [`Separators::Either`]); `laki 5` is
    /// also 5, `100m` also 100 million.
    pub also: Option<Quantity>,
    /// What its points and commas say about the text's decimal mark.
    pub separators: Separators,
}

impl Mention {
    /// The figures it may state: [`Mention::figure`], then [`Mention::also`].
    pub fn figures(&self) -> impl Iterator<Item = &Quantity> {
        self.figure.iter().chain(&self.also)
    }

    /// The figures it states in a text whose decimal mark is `mark`: of a figure that reads
    /// [either way](Separators::Either), the one reading with that mark; without a mark,
    /// both, as [`Mention::figures`].
    pub fn figures_by(&self, mark: Option<DecimalMark>) -> impl Iterator<Item = &Quantity> {
        let (figure, also) = match (self.separators, mark) {
            (Separators::Either, Some(DecimalMark::Point)) => (self.figure.as_ref(), None),
            (Separators::Either, Some(DecimalMark::Comma)) => (None, self.also.as_ref()),
            _ => (self.figure.as_ref(), self.also.as_ref()),
        };
        figure.into_iter().chain(also)
    }

    /// Of a figure that reads [either way](Separators::Either), the reading other than
    /// `reading`.
    pub fn other_reading(&self, reading: &Quantity) -> Option<&Quantity> {
        if self.separators != Separators::Either {
            return None;
        }
        self.figures().find(|other| *other != reading)
    }

    /// Whether the number is written onto a word of `text`, the text it was found in, as part
    /// of a name or a code (`G17`, `v2`, `208a`, `5G`): a letter or digit of a script that
    /// spaces its words stands right before it, or a letter of one right after it that does
    /// not begin a unit symbol (`1,000km`, `20kg` stand alone, see [`UNIT_SYMBOLS`]). A
    /// figure inside Chinese or Thai text (`最后9个`) is not.
    pub fn is_part_of_a_word(&self, text: &str) -> bool {
        let mut preceding = text[..self.span.start].chars().rev();
        let before = preceding.next();
        let first = text[self.span.start..].chars().next();
        // The Arabic `و` ("and") is written onto the word after it: `و٣٠` is "and 30".
        if before == Some('و') && preceding.next().is_none_or(|c| !c.is_alphanumeric()) {
            return false;
        }
        let last = text[..self.span.end].chars().next_back();
        let after = text[self.span.end..].chars().next();
        let glued_after = matches!((last, after),
            (Some(last), Some(after)) if after.is_alphabetic() && !word_boundary_between(last, after))
            && glued_unit_end(text, self.span.end).is_none()
            // Korean writes its counters and particles onto the figure: `31개`, `9,386,034명이다`.
            && !after.is_some_and(is_hangul);
        let glued_before = matches!((before, first), (Some(before), Some(first)) if !word_boundary_between(before, first));
        // `RM5 juta`, `KSh5 billion`: a currency, not a code; `R5 million`, not the road R5.
        let after_currency = glued_before
            && letter_currency_before(text, self.span.start).is_some_and(|long| {
                long || text[self.span.clone()].contains(|c: char| c.is_alphabetic())
            });
        glued_after || (glued_before && !after_currency)
    }
}

/// What a number says about a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    /// `2019`.
    Year(i32),
    /// `November 21`; also the `22` of `November 16 to 22`.
    MonthDay { month: u8, day: u8 },
    /// `the 21st`: a day of a month the text does not name.
    Day(u8),
    /// `05/06/2020`: a day and a month written in digits in an order the text does not tell,
    /// both 12 or below: the `first` month's `second` day (May 6) or the `second` month's
    /// `first` day (5 June).
    MonthDayEitherWay { first: u8, second: u8 },
    /// `2024/25`, `2024-25`, `FY2024-25`: a fiscal year (as the United Kingdom, India or
    /// Australia write it) that begins in this year and ends in the next, whose last two
    /// digits are written after it.
    FiscalYear(i32),
}

/// The years a date may name in digits, alone (`2019`) or in a date (`21.11.2020`).
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The English name of `month` (1 to 12).
pub fn month_name(month: u8) -> &'static str {
    MONTH_NAMES
        .get(usize::from(month).wrapping_sub(1))
        .filter(|&&(_, number, style)| number == month && style == MonthStyle::English)
        .map_or("", |&(name, _, _)| name)
}

/// Whether a byte begins one of [`MONTH_NAMES`], in either case: most words after a figure
/// ("13 villages") are no month, and one lookup tells.
static MONTH_INITIALS: [bool; 256] = {
    let mut initials = [false; 256];
    let mut i = 0;
    while i < MONTH_NAMES.len() {
        let first = MONTH_NAMES[i].0.as_bytes()[0];
        initials[first.to_ascii_lowercase() as usize] = true;
        initials[first.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    initials
};

/// Whether `word` is one of [`MONTH_NAMES`] or their abbreviations, in any case.
fn is_month_name_in_any_case(word: &str) -> bool {
    word.as_bytes()
        .first()
        .is_some_and(|&first| MONTH_INITIALS[usize::from(first)])
        && MONTH_NAMES.iter().any(|&(name, _, _)| {
            // Lowercasing keeps the length of every month name.
            name.len() == word.len()
                && (name.eq_ignore_ascii_case(word)
                    || (!name.is_ascii()
                        && name
                            .chars()
                            .flat_map(char::to_lowercase)
                            .eq(word.chars().flat_map(char::to_lowercase))))
        })
}

/// Whether the digits at `start..end` of `text`, in any case (the value check looks in a
/// lowercased quote), may be the day or the month of a date that [`find_numbers`] reads:
/// one or two digits beside a date's separator and a digit (`21/11`, `11/21`, `2020-11-21`)
/// or beside a month's name (`21 November`, `21. November`, `21 de noviembre`, `November
/// 21`, `Nov. 21`), or before a month's or day's sign (`11月21日`). A cheap test that holds for more than the dates read (`21 may rise`,
/// `pages 10-12`): where it holds, the figures as read tell. Looks at a word on each side.
pub fn may_be_in_a_date(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    if !(1..=2).contains(&(end - start)) || !bytes[start..end].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let is_separator = |b: u8| matches!(b, b'/' | b'-' | b'.');
    let digit_at = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    if bytes.get(end).is_some_and(|&b| is_separator(b)) && digit_at(end + 1) {
        return true;
    }
    if start >= 2 && is_separator(bytes[start - 1]) && digit_at(start - 2) {
        return true;
    }
    // `11月21日`, `11월 21일`: a month's or a day's sign after it.
    if text[end..].starts_with(['月', '日', '월', '일'])
        || cjk_first_month_of_range(text, end).is_some()
    {
        return true;
    }
    fn word_after(from: &str) -> Option<(&str, &str)> {
        let word = from.trim_start_matches(is_follower_space);
        let word_end = word
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(word.len());
        (word.len() < from.len()).then(|| word.split_at(word_end))
    }
    // After it: `21 November`, `21. November` (German), `21 de noviembre`, `21 of November`.
    let after = &text[end..];
    if let Some((word, rest)) = word_after(after.strip_prefix('.').unwrap_or(after)) {
        let name = if word.eq_ignore_ascii_case("de") || word.eq_ignore_ascii_case("of") {
            word_after(rest).map_or("", |(name, _)| name)
        } else {
            word
        };
        if is_month_name_in_any_case(name) {
            return true;
        }
    }
    // Before it: `November 21`, `Nov. 21`.
    let before = text[..start].trim_end_matches(is_follower_space);
    if before.len() == start {
        return false;
    }
    let before = before.strip_suffix('.').unwrap_or(before);
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(at, c)| at + c.len_utf8());
    is_month_name_in_any_case(&before[word_start..])
}

/// The month named at `at` in one of `styles`, as a whole word: its month, where its name
/// ends, and its style. Names of [`MonthStyle::AfterDe`] are read capitalised too.
fn month_at(text: &str, at: usize, styles: &[MonthStyle]) -> Option<(u8, usize, MonthStyle)> {
    let rest = text.get(at..)?;
    let first = *rest.as_bytes().first()?;
    if !MONTH_INITIALS[usize::from(first)] {
        return None;
    }
    MONTH_NAMES.iter().find_map(|&(name, month, style)| {
        // The first letter before the rest: most names begin otherwise.
        let initial = name.as_bytes()[0];
        let capitalised = style == MonthStyle::AfterDe && first == initial.to_ascii_uppercase();
        if (first != initial && !capitalised) || !styles.contains(&style) {
            return None;
        }
        let written = rest.get(..name.len())?;
        let same = written[1..] == name[1..];
        let end = at + name.len();
        (same && !text[end..].starts_with(char::is_alphabetic)).then_some((month, end, style))
    })
}

/// Multiplicatives ("twice"), read as spelled ordinals are ("the seventh", "the third
/// consecutive year", [`english_words::is_ordinal`]): numbers an article states in words. They carry no figure: a claim cannot state
/// them as its `value:`, so each is encoded by an ignore entry with its reason. `once` is
/// left out: in running text it mostly means "formerly". An ordinal joined by a hyphen
/// ("third-party", "first-level", "5-millionth") is part of a compound word, not a number.
const MULTIPLICATIVES: [&str; 2] = ["twice", "thrice"];

/// What a word after a figure makes of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Follower {
    /// A percentage: `40 percent`, `8,5 por ciento`, `12 Prozent`.
    Percent,
    /// The figure times ten to this power: `3.29 million` (6), `1.5 lakh` (5).
    Scale(u32),
    /// The same in English, which [`Quantity`] reads and writes as words.
    EnglishScale(u32),
}

/// Whether the scale word `written` after a figure is a lakh crore (`lakh crore`, `लाख
/// करोड़`), a million million that India writes, grouping its figures with commas as it
/// groups those before a lakh or a crore.
fn is_lakh_crore(written: &str) -> bool {
    let written = written.trim_end();
    written.ends_with("करोड़")
        || written
            .len()
            .checked_sub("crore".len())
            .and_then(|start| written.get(start..))
            .is_some_and(|last| last.eq_ignore_ascii_case("crore"))
}

/// The words after a figure that belong to it, lowercased, in English and in the other
/// languages articles are most often written in (two-word ones first, so that `mil
/// millones` is read before `mil`). Words that are also common English words after a
/// figure are read both ways (the Turkish `bin`, a thousand: see [`SCALES_ALSO_WORDS`])
/// or left out (the French `billion`, a million million, which English reads as a thousand
/// million).
pub const FOLLOWERS: &[(&str, Follower)] = {
    use Follower::{EnglishScale as En, Percent, Scale};
    &[
        ("percent", Percent),
        ("thousand", En(3)),
        ("million", En(6)),
        ("billion", En(9)),
        ("trillion", En(12)),
        // Spanish, Portuguese, French, Italian.
        ("per cent", Percent),
        ("mil millones", Scale(9)),
        // European Portuguese: a thousand million, its `bilião` being a million million.
        ("mil milhões", Scale(9)),
        ("mil milhão", Scale(9)),
        // `95 mil` is 95,000 in Spanish and Portuguese. Read as a thousand alone: the
        // English mil (a thousandth of an inch) is rare after a figure in an article, and a
        // reading without it would let a claim that drops the thousand pass.
        ("mil", Scale(3)),
        ("por ciento", Percent),
        ("por cento", Percent),
        ("pour cent", Percent),
        ("per cento", Percent),
        ("millón", Scale(6)),
        ("millones", Scale(6)),
        ("milhão", Scale(6)),
        ("milhões", Scale(6)),
        ("bilhão", Scale(9)),
        ("bilhões", Scale(9)),
        ("millions", Scale(6)),
        ("milliard", Scale(9)),
        ("milliards", Scale(9)),
        ("milliers", Scale(3)),
        // The French `billion` is a million million; read only where French follows it
        // (`1 billion d'euros`, `2 billions de dollars`), as English never writes it: not
        // `billion de facto`, nor before a name (`billion d'Amato`, see `follower_end`).
        ("billions de", Scale(12)),
        ("billion d'", Scale(12)),
        ("billions d'", Scale(12)),
        ("billion d\u{2019}", Scale(12)),
        ("billions d\u{2019}", Scale(12)),
        // Spanish and European Portuguese: a million million; Brazilian `trilhão` too.
        ("billón", Scale(12)),
        ("billones", Scale(12)),
        ("bilião", Scale(12)),
        ("biliões", Scale(12)),
        ("trilhão", Scale(12)),
        ("trilhões", Scale(12)),
        ("milione", Scale(6)),
        ("milioni", Scale(6)),
        ("miliardo", Scale(9)),
        ("miliardi", Scale(9)),
        ("mila", Scale(3)),
        // German, Dutch, the Scandinavian languages, Polish, Czech.
        ("tausend", Scale(3)),
        ("millionen", Scale(6)),
        ("milliarde", Scale(9)),
        ("milliarden", Scale(9)),
        // The German `Billion` is a million million: its plural, which English never
        // writes, is read so; the singular is read as English reads it.
        ("billionen", Scale(12)),
        ("mio.", Scale(6)),
        ("mrd.", Scale(9)),
        ("tsd.", Scale(3)),
        ("mio", Scale(6)),
        ("mrd", Scale(9)),
        ("prozent", Percent),
        ("duizend", Scale(3)),
        ("miljoen", Scale(6)),
        ("miljard", Scale(9)),
        ("biljoen", Scale(12)),
        // Swedish, Danish, Norwegian, Finnish.
        ("tusen", Scale(3)),
        ("tusind", Scale(3)),
        ("miljon", Scale(6)),
        ("miljoner", Scale(6)),
        ("millioner", Scale(6)),
        ("miljarder", Scale(9)),
        ("milliarder", Scale(9)),
        ("tuhatta", Scale(3)),
        ("miljoonaa", Scale(6)),
        ("milj.", Scale(6)),
        ("miljardia", Scale(9)),
        // Polish, Czech, Slovak.
        ("tysiąc", Scale(3)),
        ("tysiące", Scale(3)),
        ("tysięcy", Scale(3)),
        ("milion", Scale(6)),
        ("miliony", Scale(6)),
        ("milionów", Scale(6)),
        // The genitive after a decimal: `2,5 miliona`, `2,5 miliarda`; Czech `2,5 milionu`.
        ("miliona", Scale(6)),
        ("milionu", Scale(6)),
        ("miliarda", Scale(9)),
        ("milionů", Scale(6)),
        ("miliard", Scale(9)),
        ("miliardy", Scale(9)),
        ("miliardów", Scale(9)),
        ("tisíc", Scale(3)),
        ("tisíce", Scale(3)),
        // Hungarian, Greek.
        ("ezer", Scale(3)),
        ("millió", Scale(6)),
        // Vietnamese: `25 nghìn tỷ đồng` (a thousand billion), `3 tỷ`, `5 triệu`.
        ("nghìn tỷ", Scale(12)),
        ("ngàn tỷ", Scale(12)),
        ("nghìn", Scale(3)),
        ("ngàn", Scale(3)),
        ("triệu", Scale(6)),
        ("tỷ", Scale(9)),
        ("tỉ", Scale(9)),
        ("milliárd", Scale(9)),
        ("χιλιάδες", Scale(3)),
        ("εκατομμύριο", Scale(6)),
        ("εκατομμύρια", Scale(6)),
        ("δισεκατομμύριο", Scale(9)),
        ("δισεκατομμύρια", Scale(9)),
        // Greek news abbreviates them: `2,5 δισ. ευρώ`, `3 εκατ. ευρώ`, `5 χιλ. ευρώ`.
        ("χιλ.", Scale(3)),
        ("εκατ.", Scale(6)),
        ("δισ.", Scale(9)),
        ("τρισ.", Scale(12)),
        ("τοις εκατό", Percent),
        ("procent", Percent),
        ("prosent", Percent),
        ("tys.", Scale(3)),
        ("mln", Scale(6)),
        ("mln.", Scale(6)),
        ("mld", Scale(9)),
        ("mld.", Scale(9)),
        // Wire-service English: `$3.5 bln`, `1.2 trln yen` (beside `mln`, above).
        ("bln", Scale(9)),
        ("trln", Scale(12)),
        // Russian, Ukrainian.
        ("тыс.", Scale(3)),
        ("тысяча", Scale(3)),
        ("тысячи", Scale(3)),
        ("тысяч", Scale(3)),
        ("млн", Scale(6)),
        ("млн.", Scale(6)),
        ("миллион", Scale(6)),
        ("миллиона", Scale(6)),
        ("миллионов", Scale(6)),
        ("млрд", Scale(9)),
        ("млрд.", Scale(9)),
        ("миллиард", Scale(9)),
        ("миллиарда", Scale(9)),
        ("миллиардов", Scale(9)),
        ("трлн", Scale(12)),
        ("трлн.", Scale(12)),
        ("триллион", Scale(12)),
        ("триллиона", Scale(12)),
        ("триллионов", Scale(12)),
        ("тисяча", Scale(3)),
        ("тисячі", Scale(3)),
        ("тисяч", Scale(3)),
        ("процент", Percent),
        ("процента", Percent),
        ("процентов", Percent),
        ("тис.", Scale(3)),
        ("мільйон", Scale(6)),
        ("мільйона", Scale(6)),
        ("мільйонів", Scale(6)),
        ("мільярд", Scale(9)),
        ("мільярда", Scale(9)),
        ("мільярдів", Scale(9)),
        ("відсоток", Percent),
        ("відсотка", Percent),
        ("відсотків", Percent),
        // Turkish, Indonesian and Malay, Vietnamese.
        ("bin", Scale(3)),
        ("milyon", Scale(6)),
        ("milyar", Scale(9)),
        ("trilyon", Scale(12)),
        ("ribu", Scale(3)),
        ("juta", Scale(6)),
        ("miliar", Scale(9)),
        ("triliun", Scale(12)),
        ("persen", Percent),
        ("phần trăm", Percent),
        ("nghìn", Scale(3)),
        ("ngàn", Scale(3)),
        ("triệu", Scale(6)),
        ("tỷ", Scale(9)),
        ("tỉ", Scale(9)),
        // Indian English and Hindi: a lakh is a hundred thousand, a crore ten million.
        ("lakh crore", Scale(12)),
        ("lakh", Scale(5)),
        ("lakhs", Scale(5)),
        ("crore", Scale(7)),
        ("crores", Scale(7)),
        ("लाख करोड़", Scale(12)),
        ("लाख", Scale(5)),
        ("करोड़", Scale(7)),
        ("हज़ार", Scale(3)),
        ("हजार", Scale(3)),
        ("प्रतिशत", Percent),
        // Bengali: a lakh, a crore, a thousand, percent.
        ("লাখ", Scale(5)),
        ("লক্ষ", Scale(5)),
        ("কোটি", Scale(7)),
        ("হাজার", Scale(3)),
        ("শতাংশ", Percent),
        // Arabic: `ألف` (thousand) is also the verb "wrote", written the same without its
        // vowel marks, but after a figure it is the thousand (`50 ألف شخص`).
        ("ألف", Scale(3)),
        ("آلاف", Scale(3)),
        ("مليون", Scale(6)),
        ("ملايين", Scale(6)),
        ("مليار", Scale(9)),
        ("مليارات", Scale(9)),
        ("في المائة", Percent),
        ("في المئة", Percent),
        ("بالمائة", Percent),
        ("بالمئة", Percent),
        // Persian.
        ("هزار", Scale(3)),
        ("میلیون", Scale(6)),
        ("میلیارد", Scale(9)),
        ("درصد", Percent),
        // Hebrew.
        ("אלף", Scale(3)),
        ("מיליון", Scale(6)),
        ("מיליארד", Scale(9)),
        ("אחוז", Percent),
        ("אחוזים", Percent),
        // Thai, written without spaces: read onto the figure and the word after it too
        // (`70 ล้านคน`). `พัน` (thousand) is left out, as it begins words (`พันธุ์`, a breed).
        ("หมื่น", Scale(4)),
        ("แสน", Scale(5)),
        ("ล้าน", Scale(6)),
        ("พันล้าน", Scale(9)),
        ("เปอร์เซ็นต์", Percent),
        // Malay (`bilion` and `trilion` are also the Polish and Czech million million and
        // million million million: that reading is `also`, see `OTHER_SCALE_READINGS`).
        ("peratus", Percent),
        // Japanese and Korean percent, in katakana and hangul, written onto the figure.
        ("パーセント", Percent),
        ("퍼센트", Percent),
        ("bilion", Scale(9)),
        ("trilion", Scale(12)),
    ]
};

/// The words before a figure that belong to it, lowercased, in the languages that write
/// them first: Thai `ร้อยละ 45` (45 percent), Swahili `asilimia 12` (12 percent), Turkish
/// `yüzde 5` (5 percent), `milioni 60`
/// (60 million), `laki 5` (500,000). See [`preceder_before`].
pub const PRECEDERS: &[(&str, Follower)] = {
    use Follower::{Percent, Scale};
    &[
        ("ร้อยละ", Percent),
        ("asilimia", Percent),
        // Turkish: `yüzde 5` (5 percent), beside `%5`.
        ("yüzde", Percent),
        ("elfu", Scale(3)),
        ("laki", Scale(5)),
        ("milioni", Scale(6)),
        ("bilioni", Scale(9)),
        ("trilioni", Scale(12)),
    ]
};

const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Every number in `text`, in order of position.
pub fn find_numbers(text: &str) -> Vec<Mention> {
    find_numbers_up_to(text, usize::MAX)
}

/// The first `limit` numbers in `text`, in order of position.
pub fn find_numbers_up_to(text: &str, limit: usize) -> Vec<Mention> {
    let mut found = scan(text, 0, |_, found| found < limit);
    // A date in digits is two numbers, its day and month and its year: one may be over.
    found.truncate(limit);
    found
}

/// The numbers of `text` read from byte `from`, where a word or a figure begins, up to the
/// one read from `until` (whose sign or leading point may stand before it): a few words of a long text read as [`find_numbers`] reads them there,
/// with the text before `from` seen as the readings look back (a sign, a leading point, a
/// word before the figure).
pub fn numbers_read_from(text: &str, from: usize, until: usize) -> Vec<Mention> {
    scan(text, from, |at, _| at <= until)
}

/// How far back from a place of a text the figure around it is looked for, in bytes: more
/// than any figure with its sign, groups and decimals.
const FIGURE_LOOKBACK: usize = 64;

/// Where the word or figure around byte `at` of `article` begins, to read the figure there
/// with [`numbers_read_from`]: back over everything but spaces, and
/// over a space between digits (`12 500`), at most [`FIGURE_LOOKBACK`] bytes back.
pub fn figure_word_start(article: &str, at: usize) -> Option<usize> {
    let mut start = at;
    let mut preceding = article[..at].char_indices().rev().peekable();
    while let Some((index, c)) = preceding.next() {
        if at - index > FIGURE_LOOKBACK {
            return None;
        }
        if c.is_whitespace() {
            let between_digits = is_number_space(c)
                && preceding
                    .peek()
                    .is_some_and(|&(_, c)| decimal_digit(c).is_some())
                && article[index + c.len_utf8()..]
                    .chars()
                    .next()
                    .and_then(decimal_digit)
                    .is_some();
            if !between_digits {
                break;
            }
        }
        start = index;
    }
    Some(start)
}

/// The numbers of `text` from byte `from` on, while `go_on(at, found so far)` holds, each
/// first figure of a range read with the scale or percent written after the second
/// ([`range_scale`]).
fn scan(text: &str, from: usize, go_on: impl Fn(usize, usize) -> bool) -> Vec<Mention> {
    let mut found = scan_each(text, from, go_on);
    range_scale::share(text, &mut found, |at| number_at(text, at));
    compound_scale::join(text, &mut found);
    found
}

/// The number that starts at byte `at` of `text`, read on its own: its figure may start a
/// sign word later (`minus 2`, `negative 2`).
pub(super) fn number_at(text: &str, at: usize) -> Option<Mention> {
    const SIGN_WORD: usize = "negative ".len();
    scan_each(text, at, |i, found| found == 0 && i <= at + SIGN_WORD)
        .pop()
        .filter(|mention| mention.span.start == at)
}

/// The numbers of `text` from byte `from` on, while `go_on(at, found so far)` holds, each
/// read on its own.
fn scan_each(text: &str, from: usize, go_on: impl Fn(usize, usize) -> bool) -> Vec<Mention> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = from;
    while i < bytes.len() && go_on(i, out.len()) {
        let b = bytes[i];
        let starts_digit = if b.is_ascii() {
            b.is_ascii_digit()
        } else {
            text[i..].chars().next().and_then(decimal_digit).is_some()
        };
        if starts_digit {
            if let Some(end) = date_at(text, i, &mut out) {
                i = end;
                continue;
            }
            if let Some(end) = time_of_day_end(text, i) {
                out.push(silent_mention(i..end));
                i = end;
                continue;
            }
            let (mention, end) = numeral(text, i);
            out.push(mention);
            // The unit written onto it is read with it: the `2` of `km2` is no number.
            i = glued_unit_end(text, end).unwrap_or(end);
        } else if b.is_ascii_alphabetic() {
            let end = letters_end(bytes, i);
            if !starts_word(text, i) {
                i = end;
            } else if !alphanumeric_at(text, end) {
                i = word(text, i, end, &mut out);
            } else if let Some((mention, end)) = other_language_number(text, i) {
                // A word with letters beyond ASCII: `fünf`, `dieciséis`, `ventitré`.
                out.push(mention);
                i = end;
            } else {
                i = end;
            }
        } else if b.is_ascii() {
            i += 1;
        } else {
            let c = text[i..].chars().next().unwrap_or_default();
            if chinese_numerals::is_numeral(c) {
                let (mention, end) = chinese_numerals::read(text, i);
                out.extend(mention);
                i = end;
            } else if number_words::may_begin(c)
                && starts_word(text, i)
                && let Some((mention, end)) = other_language_number(text, i)
            {
                // `één`.
                out.push(mention);
                i = end;
            } else {
                i += c.len_utf8();
            }
        }
    }
    out
}

/// Whether the word at `start..end` is joined by a hyphen to a number word: `one` and
/// `twenty` of `twenty-one`, a number these words do not state alone (a ten and its unit
/// are read as one number, [`english_words`]; `one-two` is none). `five` of `five-year`
/// stands alone.
pub fn in_compound_number(text: &str, start: usize, end: usize) -> bool {
    let is_number_word = |word: &str| english_words::word_value(word).is_some();
    // `three-quarters`, `two-thirds`: a fraction, not three or two.
    let is_fraction_word =
        |word: &str| FRACTION_WORDS.contains(&word.to_ascii_lowercase().as_str());
    let before = text[..start].strip_suffix('-').map(|before| {
        // After the last character that is not an ASCII letter, whatever its length.
        let from = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(at, c)| at + c.len_utf8());
        &before[from..]
    });
    let after = text[end..].strip_prefix('-').map(|after| {
        let to = after
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after.len());
        &after[..to]
    });
    before.is_some_and(is_number_word)
        || after.is_some_and(|after| is_number_word(after) || is_fraction_word(after))
}

/// The words of a fraction: before `of a million` (`a quarter of a million`), they make the
/// million no million; joined to a number word (`three-quarters`), no three.
const FRACTION_WORDS: [&str; 11] = [
    "half", "halves", "quarter", "quarters", "third", "thirds", "fifth", "fifths", "tenth",
    "tenths", "fraction",
];

/// Whether `written`, a number in words read with no figure, is a fraction: its last word is
/// a fraction's (`Two thirds`, `three-quarters`, `one half`, `deux tiers`, `zwei Drittel`,
/// `tres cuartas partes`), not an ordinal's (`twenty-third`, `one hundred and first`).
pub fn is_a_fraction(written: &str) -> bool {
    let mut words = written.split([' ', '-', '\u{a0}']);
    let first = words.next().unwrap_or_default();
    let last = words.next_back().unwrap_or_default().to_lowercase();
    let ordinal = |word: &str| word != "second" && english_words::is_ordinal(word);
    number_words::is_fraction_noun(&last)
        || matches!(last.as_str(), "quarters" | "halves")
        || last.strip_suffix('s').is_some_and(ordinal)
        || (first.eq_ignore_ascii_case("one")
            && (matches!(last.as_str(), "half" | "quarter") || ordinal(&last)))
}

/// Whether the words before `at` of `text` count a fraction of what follows: `half`,
/// `quarter of`, `two-thirds of` (`half a million`, `a quarter of a million`).
pub fn after_a_fraction(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(is_follower_space);
    let before = before
        .strip_suffix(" of")
        .or_else(|| before.strip_suffix(" Of"))
        .unwrap_or(before);
    let from = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(at, c)| at + c.len_utf8());
    let last_word = &before[from..];
    last_word.len() <= "fraction".len()
        && FRACTION_WORDS
            .iter()
            .any(|fraction| fraction.eq_ignore_ascii_case(last_word))
}

/// Whether a number spelled in words at `start..at` goes on in words as [`find_numbers`]
/// reads them: the English words of a longer number after it (`three` of `three thousand
/// four hundred`, `one` of `one hundred thousand`, `twenty` of `twenty one`, `Two` of `Two
/// and a half million`, see [`english_words`]), or the words of a longer number of another
/// language ([`number_words::goes_on`]: `six` of `six mille`, `zero` of `zero virgola
/// cinque`).
pub fn spelled_number_goes_on(text: &str, start: usize, at: usize) -> bool {
    english_words::read(text, start).is_some_and(|spelled| spelled.end > at)
        || (text[at..].starts_with(' ') && number_words::goes_on(text, start, at))
}

/// After `at`: an English scale word (`thousand`, `million`, ...) after a space, whole; where
/// it ends and its power of ten.
pub(super) fn english_scale_after(text: &str, at: usize) -> Option<(usize, u32)> {
    let rest = text[at..].strip_prefix([' ', '-'])?;
    FOLLOWERS.iter().find_map(|&(scale, follower)| {
        let Follower::EnglishScale(exponent) = follower else {
            return None;
        };
        let end = at + 1 + prefix_ignoring_case(rest, scale)?;
        (!alphanumeric_at(text, end)).then_some((end, exponent))
    })
}

/// Reads a word at `start..end`: a month followed by a day, a number word, or neither.
/// Returns where scanning goes on.
fn word(text: &str, start: usize, end: usize, out: &mut Vec<Mention>) -> usize {
    let word = &text[start..end];
    // English month names are capitalised: most words are not, and are no month.
    let capitalised = text.as_bytes()[start].is_ascii_uppercase();
    if let Some((month, _, style)) = capitalised
        .then(|| {
            month_at(
                text,
                start,
                &[MonthStyle::English, MonthStyle::EnglishShort],
            )
        })
        .flatten()
    {
        // `Nov. 21`: the point of the abbreviation.
        let name_end = if style == MonthStyle::EnglishShort && text[end..].starts_with('.') {
            end + 1
        } else {
            end
        };
        if let Some((day, day_end)) = day_after(text, name_end, true) {
            out.push(Mention {
                span: start..day_end,
                figure: None,
                date: Some(DatePart::MonthDay { month, day }),
                also: None,
                separators: Separators::Silent,
            });
            // "November 16 to 22": the second day of the same month.
            if let Some((day_start, day, day_end)) = range_end(text, day_end) {
                out.push(Mention {
                    span: day_start..day_end,
                    figure: Quantity::parse(&text[day_start..day_end]).ok(),
                    date: Some(DatePart::MonthDay { month, day }),
                    also: None,
                    separators: Separators::Silent,
                });
                // The end of the range, not of its first day.
                return day_end;
            }
            return day_end;
        }
        // `Sept départements`: a French number, not the month.
        if let Some((mention, number_end)) = other_language_number(text, start) {
            out.push(mention);
            return number_end;
        }
        return end;
    }
    let lower = word.to_ascii_lowercase();
    if (english_words::is_ordinal(&lower) || MULTIPLICATIVES.contains(&lower.as_str()))
        && !text[end..].starts_with('-')
        && !text[..start].ends_with('-')
    {
        out.push(Mention {
            span: start..end,
            figure: None,
            date: None,
            also: None,
            separators: Separators::Silent,
        });
        return end;
    }
    // `six` of `trois virgule six`: decimals, read with the number before the mark or not
    // at all.
    if english_words::word_value(&lower).is_some()
        && number_words::after_a_decimal_mark(text, start)
    {
        return end;
    }
    // Spelled compounds: `twenty-one`, `three thousand four hundred and three`, `a hundred
    // thousand`, `two and a half million`, `half a million`.
    let number_word = english_words::word_value(&lower).is_some();
    if matches!(lower.as_str(), "a" | "an" | "half" | "nought" | "naught")
        || (number_word && text[end..].starts_with([' ', '-']))
    {
        if let Some(spelled) = english_words::read(text, start).filter(|read| read.compound) {
            out.push(spoken_sign(
                text,
                Mention {
                    span: start..spelled.end,
                    figure: spelled.figure,
                    date: None,
                    also: None,
                    separators: Separators::Silent,
                },
            ));
            return spelled.end;
        }
        if !number_word {
            return end;
        }
    }
    // `no one` is nobody; `At one point,` a time.
    if english_words::is_one_that_counts_nothing(text, start) {
        return end;
    }
    // `six mille`, `six cent vingt`: French words after the one English shares. `six
    // cents` alone is 600 in French and six cents in English: the words around it tell
    // which, and where none do it is read both ways.
    if lower == "six"
        && text[end..].starts_with([' ', '\u{a0}'])
        && let Some(read) = number_words::read(text, start)
        && read.single.is_none()
    {
        // `six cents`, the one spelling of 600 that begins with `six` and ends with `cents`.
        let cents_alone = read.value == 600
            && text[..read.end]
                .get(read.end.saturating_sub("cents".len())..)
                .is_some_and(|last| last.eq_ignore_ascii_case("cents"))
            && follower_end(text, read.end).is_none();
        let reading = if cents_alone {
            number_words::six_cents(text, start, read.end)
        } else {
            number_words::SixCents::Hundreds
        };
        match reading {
            number_words::SixCents::Hundreds => {
                if let Some((mention, number_end)) = other_language_number(text, start) {
                    out.push(mention);
                    return number_end;
                }
            }
            number_words::SixCents::Either if !alphanumeric_at(text, read.end) => {
                out.push(Mention {
                    span: start..read.end,
                    figure: Quantity::parse("6").ok(),
                    date: None,
                    also: Quantity::parse("600").ok(),
                    separators: Separators::Silent,
                });
                return read.end;
            }
            number_words::SixCents::Either | number_words::SixCents::Cents => {}
        }
    }
    // `zero virgola tre`, `zero vírgula três por cento`: Italian and Portuguese words after
    // the zero English shares, read with it.
    if lower == "zero"
        && text[end..].starts_with(' ')
        && let Some((mention, number_end)) = other_language_number(text, start)
        && number_end > end
    {
        out.push(mention);
        return number_end;
    }
    if english_words::word_value(&lower).is_some() && !in_compound_number(text, start, end) {
        let (span_end, follower) =
            follower_end(text, end).map_or((end, None), |(end, follower)| (end, Some(follower)));
        out.push(spoken_sign(
            text,
            Mention {
                span: start..span_end,
                // `three-million` as `three million`.
                figure: Quantity::parse(&text[start..span_end])
                    .ok()
                    .or_else(|| followed(word, follower)),
                date: None,
                also: None,
                separators: Separators::Silent,
            },
        ));
        return span_end;
    }
    match other_language_number(text, start) {
        Some((mention, number_end)) => {
            out.push(mention);
            number_end
        }
        None => end,
    }
}

/// A number in words of French, German, Spanish, Italian, Portuguese or Dutch at `start`
/// ([`number_words`]), with the scale or percent word after it (`trois millions`, `un
/// millón`, `quinze pour cent`, `zwölf Prozent`) and the words below that scale after it
/// (`deux millions cinq cent mille`, `dois milhões e quinhentos mil`), or a half or
/// decimals (`zweieinhalb Millionen`, `deux millions et demi`, `drei Komma fünf Prozent`):
/// the mention and where it ends. Words after a decimal mark word are none
/// ([`number_words::after_a_decimal_mark`]). A word that may be another word (`un`, `dos`,
/// `neuf`) is read alone only where it stands for the number
/// ([`number_words::stands_alone`]); before a scale word it does.
fn other_language_number(text: &str, start: usize) -> Option<(Mention, usize)> {
    let Some(words) = number_in_words(text, start, None) else {
        // `millón y medio`, as English reads `a million and a half`.
        let end = number_words::million_and_a_half(text, start)?;
        let figure = followed("1.5", Some(Follower::Scale(6)))?;
        return Some((silent_figure(start..end, figure), end));
    };
    // Looked at only for words that read as a number, most words being none.
    if number_words::after_a_decimal_mark(text, start) {
        return None;
    }
    // `deux tiers`: a fraction, no count, as English reads `two thirds`.
    if words.fraction {
        let mention = Mention {
            span: start..words.end,
            figure: None,
            date: None,
            also: None,
            separators: Separators::Silent,
        };
        return Some((mention, words.end));
    }
    let figure = match words.below {
        // As English writes it, keeping its notation (`3 million`, `2.5 million`, `3.5%`).
        0 => {
            let reading = match &words.decimals {
                Some(digits) => format!("{}.{digits}", words.value),
                None => words.value.to_string(),
            };
            followed(&reading, words.follower)?
        }
        below => {
            let scale = match words.follower? {
                Follower::Scale(exponent) | Follower::EnglishScale(exponent) => exponent,
                Follower::Percent => return None,
            };
            let whole = u128::from(words.value)
                .checked_mul(10u128.checked_pow(scale)?)?
                .checked_add(below)?;
            Quantity::parse(&whole.to_string()).ok()?
        }
    };
    Some((silent_figure(start..words.end, figure), words.end))
}

/// `mention`, a number in English words, with the sign spoken before it (`minus five`,
/// `negative twenty percent`): its span starts at the sign and its figure is negative.
fn spoken_sign(text: &str, mut mention: Mention) -> Mention {
    let Some(sign_start) =
        english_words::spoken_sign_before(text, mention.span.start, mention.span.end)
    else {
        return mention;
    };
    let Some(figure) = &mention.figure else {
        return mention;
    };
    // A figure read from words keeps them as its text (`twenty percent`): then its value.
    let percent = if figure.is_percent { "%" } else { "" };
    let negative = Quantity::parse(&format!("-{}", figure.text))
        .ok()
        .or_else(|| Quantity::parse(&format!("-{}{percent}", figure.value)).ok());
    if negative.is_some() {
        mention.figure = negative;
        mention.span.start = sign_start;
    }
    mention
}

/// A figure written with no point or comma: in words.
fn silent_figure(span: Range<usize>, figure: Quantity) -> Mention {
    Mention {
        span,
        figure: Some(figure),
        date: None,
        also: None,
        separators: Separators::Silent,
    }
}

/// A number in words read by [`number_in_words`].
struct NumberInWords {
    /// The number of its first words: `deux` of `deux millions cinq cent mille`.
    value: u32,
    /// The digits after the decimal point its words state: `5` of `zweieinhalb`, of `drei
    /// Komma fünf` and of `deux millions et demi`.
    decimals: Option<String>,
    /// The scale or percent word after them: `millions`.
    follower: Option<Follower>,
    /// The whole number its words below that scale state: 500,000.
    below: u128,
    /// Whether the noun of a fraction follows it (`deux tiers`): no count.
    fraction: bool,
    end: usize,
}

/// The number in words at `start` (see [`other_language_number`]); when it is the rest of
/// a number after a scale word, ten to `below_exponent`, one below that scale, with no
/// percent word. Each rest is below a smaller scale than the one before it, so a number
/// reads at most four scales deep.
fn number_in_words(text: &str, start: usize, below_exponent: Option<u32>) -> Option<NumberInWords> {
    let read = number_words::read(text, start)?;
    if alphanumeric_at(text, read.end) {
        return None;
    }
    let mut decimals = read.half.then(|| "5".to_string());
    let mut number_end = read.end;
    if !read.half {
        match number_words::fraction_after(text, &read) {
            Some(number_words::Fraction::Decimals {
                digits,
                end,
                needs_scale_or_percent,
            }) if !needs_scale_or_percent || follower_end(text, end).is_some() => {
                decimals = Some(digits);
                number_end = end;
            }
            // `drei Komma zwei fünfundzwanzig`: no figure, rather than 3.
            Some(number_words::Fraction::Unread) => return None,
            _ => {}
        }
    }
    // Below a scale, a number goes on in whole words only.
    if below_exponent.is_some() && decimals.is_some() {
        return None;
    }
    let follower = follower_end(text, number_end);
    // The noun of a fraction or of a round count after it (`deux tiers`, `une trentaine`,
    // `deux douzaines`): the noun says what the number is, whatever word it is.
    if below_exponent.is_none()
        && follower.is_none()
        && decimals.is_none()
        && let Some((noun, end)) = number_words::noun_after(text, &read)
    {
        let (value, fraction) = match noun {
            number_words::NounAfter::Fraction => (read.value, true),
            number_words::NounAfter::Times(count) => (count, false),
        };
        return Some(NumberInWords {
            value,
            decimals: None,
            follower: None,
            below: 0,
            fraction,
            end,
        });
    }
    // Decimals make any number word a number: `null Komma fünf`.
    if follower.is_none()
        && decimals.is_none()
        && let Some(word) = &read.single
        && !number_words::stands_alone(text, start, read.end, word)
    {
        return None;
    }
    let (end, follower) =
        follower.map_or((number_end, None), |(end, follower)| (end, Some(follower)));
    let exponent = match follower {
        None => 0,
        Some(Follower::Scale(exponent) | Follower::EnglishScale(exponent)) => exponent,
        Some(Follower::Percent) if below_exponent.is_none() => 0,
        Some(Follower::Percent) => return None,
    };
    if let Some(limit) = below_exponent {
        let whole = u128::from(read.value).checked_mul(10u128.checked_pow(exponent)?)?;
        if read.value == 0 || exponent >= limit || whole >= 10u128.checked_pow(limit)? {
            return None;
        }
    }
    let mut words = NumberInWords {
        value: read.value,
        decimals,
        follower,
        below: 0,
        fraction: false,
        end,
    };
    // `deux millions et demi`, as English reads `two million and a half`.
    if exponent >= 6
        && below_exponent.is_none()
        && words.decimals.is_none()
        && let Some(half_end) = number_words::half_after_scale(text, &read, end)
    {
        words.decimals = Some("5".to_string());
        words.end = half_end;
        return Some(words);
    }
    // `deux ans et demi`: a half of what the noun after the number counts.
    if follower.is_none()
        && below_exponent.is_none()
        && words.decimals.is_none()
        && let Some(half_end) = number_words::half_after_noun(text, &read, end)
    {
        words.decimals = Some("5".to_string());
        words.end = half_end;
        return Some(words);
    }
    // A scale of a million or more may have the words below it after it; below a
    // thousand, [`number_words::read`] read them already.
    if exponent >= 6
        && read.value > 0
        && words.decimals.is_none()
        && let Some(rest) = text[end..].strip_prefix(' ')
    {
        // Portuguese and Italian join them by `e`: `dois milhões e quinhentos mil`.
        let rest = rest.strip_prefix("e ").unwrap_or(rest);
        let rest_start = text.len() - rest.len();
        if rest.starts_with(number_words::may_begin)
            && let Some(rest) = number_in_words(text, rest_start, Some(exponent))
        {
            let scale = 10u128.checked_pow(rest_exponent(rest.follower))?;
            words.below = u128::from(rest.value)
                .checked_mul(scale)?
                .checked_add(rest.below)?;
            words.end = rest.end;
        }
    }
    Some(words)
}

/// The power of ten a scale word after a number stands for; none, 0.
fn rest_exponent(follower: Option<Follower>) -> u32 {
    match follower {
        Some(Follower::Scale(exponent) | Follower::EnglishScale(exponent)) => exponent,
        _ => 0,
    }
}

/// A numeral starting at `start` (a digit not preceded by one), and where it ends. It is read
/// into English notation (`reading`), the one [`Quantity::parse`] reads: digits of any script
/// become ASCII digits, thousands separators commas, a decimal comma a point. A minus sign
/// before it makes it negative (see [`sign_before`]).
pub(super) fn numeral(text: &str, start: usize) -> (Mention, usize) {
    let (mention, end) = unsigned_numeral(text, start);
    let mention = signed(text, mention);
    // `minus 5 degrees`, as `minus five degrees`.
    if mention.span.start == start {
        return (spoken_sign(text, mention), end);
    }
    (mention, end)
}

/// `mention` with the minus sign before it, if one stands there: its span starts at the sign
/// and its figures are negative. A number without a figure (`020`, `21st`) keeps no sign.
fn signed(text: &str, mut mention: Mention) -> Mention {
    let Some(sign_start) = sign_before_figure(text, mention.span.start) else {
        return mention;
    };
    let Some(figure) = &mention.figure else {
        return mention;
    };
    fn negative(figure: &Quantity) -> Option<Quantity> {
        Quantity::parse(&format!("-{}", figure.text)).ok()
    }
    mention.figure = negative(figure);
    mention.also = mention.also.as_ref().and_then(negative);
    mention.span.start = sign_start;
    // `-2019` is no year.
    mention.date = None;
    mention
}

/// Before a figure starting at `at`: a minus sign that makes it negative; where the sign
/// starts. The minus sign (U+2212), or the hyphen-minus or an en dash that typesetting puts
/// for it, directly before the figure and where a hyphen or a dash cannot be: after the start
/// of the text, a space, an opening bracket or quote, `=`, `:`, a comma or a semicolon
/// ("growth was −3.2%", "stood at -5 million", "(-7 degrees)"). Not after a letter or a digit
/// (`COVID-19`, `Route-5`, `0771-5530647`, `2019-2020`, `pages 10-15`, `5−3`), nor after a
/// space that follows a figure, with or without its unit, time of day, percent sign or
/// scale (`2018 -2019`, `9 a.m. -5 p.m.`, `9h -17h`, `3% -5%`, `2 million -3 million`: the
/// dash of a range, see [`figure_ends_before`]), nor with a space after it (`- 5 counties`,
/// a dash). After the Chinese and Japanese words and particles that give a figure, which
/// those languages write onto it, and the Korean particles (`增速为−3.2%`, `前期比−0.5%`,
/// `성장률은-3.2%`; see [`gives_a_figure_unspaced`]), and after their full-width
/// punctuation (`增速为：-3.2%`); not after a name (`歼-20`) or a unit (`1月-3月`).
pub fn sign_before(text: &str, at: usize) -> Option<usize> {
    let mut before = text[..at].chars().rev();
    let sign = before
        .next()
        .filter(|c| matches!(c, '-' | '\u{2212}' | '\u{2013}'))?;
    let sign_start = at - sign.len_utf8();
    let stands_alone = match before.next() {
        None => true,
        Some(c) if c.is_whitespace() => !figure_ends_before(text, sign_start - c.len_utf8()),
        Some(
            '(' | '[' | '{' | '"' | '\u{201c}' | '\u{2018}' | '\u{ab}' | '=' | ':' | ',' | ';'
            | '（' | '［' | '「' | '『' | '【' | '〔' | '＝' | '：' | '，' | '；' | '、',
        ) => true,
        // Chinese and Japanese write a figure onto the word before it (`增速为-3.2%`), and
        // Korean onto a particle (`성장률은-3.2%`): after the words and particles that give
        // a figure. Elsewhere the dash joins a name to its number (`歼-20`, `코로나-19`) or
        // the ends of a range (`1月-3月`, `10公里-20公里`).
        Some(c) => gives_a_figure_unspaced(c),
    };
    stands_alone.then_some(sign_start)
}

/// Before a figure starting at `at`: a minus sign before it ([`sign_before`]) or before the
/// currency sign written onto it (`-$5 million`, `−£3bn`, `-US$2`, `−R$ 5`): where the minus
/// sign starts.
pub fn sign_before_figure(text: &str, at: usize) -> Option<usize> {
    sign_before(text, at).or_else(|| sign_before(text, currency_sign_start(text, at)?))
}

/// Before a figure starting at `at`: the currency sign or code written before it, a space
/// or none apart ([`super::unit::currency_sign_before`]: `$`, `£ `, `US$`, `R$ `, `EUR`);
/// where it starts.
fn currency_sign_start(text: &str, at: usize) -> Option<usize> {
    super::unit::currency_sign_before(text, at).map(|(sign, _)| sign.start)
}

/// Whether `c`, written right before a figure in Chinese, Japanese or Korean, gives a
/// figure: a verb or preposition of Chinese that does (`为`, `至`, `到`, `是`, `达`, `约`,
/// `降`, `升`, `比`...), a Japanese particle (any hiragana: `は`, `が`, `に`...), or a Korean
/// particle (`은`, `는`, `이`, `가`, `을`, `를`, `에`, `로`, `도`...).
fn gives_a_figure_unspaced(c: char) -> bool {
    const CHINESE: &str = "为為至到是达達约約在降升比了从從由增减減跌涨漲及";
    const KOREAN: &str = "은는이가을를에로도과와서";
    CHINESE.contains(c) || KOREAN.contains(c) || matches!(c, '\u{3041}'..='\u{309f}')
}

/// Words written after a figure, besides the [`UNIT_SYMBOLS`], that end it as its unit or
/// its time of day: after them and a space, a dash begins a range's other end (`9 a.m. -5
/// p.m.`, `9 Uhr -17 Uhr`, `5 °C -10 °C`), not a negative figure.
const TIME_AND_DEGREE_WORDS: [&str; 11] = [
    "a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M.", "Uhr", "°C", "°F",
];

/// The longest word [`figure_ends_before`] looks at: a figure and its unit written onto it.
const LONGEST_FIGURE_WORD: usize = 32;

/// Whether `text[..end]` ends with a figure, alone (`2018`, `5%`) or followed by its unit or
/// time of day, written onto it or after a space (`17h`, `9am`, `9 a.m.`, `5 km`; see
/// [`TIME_AND_DEGREE_WORDS`]), or by its scale or percent word (`2 million`, `5 percent`,
/// see [`follower_end`]). A dash after it and a space joins two ends of a range. Looks at
/// two words at most.
fn figure_ends_before(text: &str, end: usize) -> bool {
    let before = &text[..end];
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    if decimal_digit(last).is_some() || PERCENT_SIGNS.contains(&last) {
        return true;
    }
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(at, c)| !c.is_whitespace() && end - at <= LONGEST_FIGURE_WORD)
        .last()
        .map_or(end, |(at, _)| at);
    if word_start > 0 && !before[..word_start].ends_with(char::is_whitespace) {
        // Longer than any figure and its unit.
        return false;
    }
    let word = &before[word_start..];
    let is_unit = |word: &str| {
        let word = word.trim_end_matches(['²', '³']);
        UNIT_SYMBOLS.contains(&word) || TIME_AND_DEGREE_WORDS.contains(&word)
    };
    // Written onto the figure: `17h`, `9am`, `5km`.
    if let Some((at, digit)) = word
        .char_indices()
        .rev()
        .find(|&(_, c)| decimal_digit(c).is_some())
    {
        return is_unit(&word[at + digit.len_utf8()..]);
    }
    // After the figure and a space: `9 a.m.`, `5 km`, `2 million`.
    let figure_end = before[..word_start]
        .trim_end_matches(is_follower_space)
        .len();
    let after_a_figure = figure_end < word_start
        && before[..figure_end]
            .chars()
            .next_back()
            .and_then(decimal_digit)
            .is_some();
    after_a_figure
        && (is_unit(word) || follower_end(text, figure_end).is_some_and(|(to, _)| to == end))
}

/// [`numeral`] without its sign.
fn unsigned_numeral(text: &str, start: usize) -> (Mention, usize) {
    let bytes = text.as_bytes();
    // `.5%` is 0.5%: the figure starts at its point, and its digits are all decimals.
    let leading_point = leading_point_before(text, start);
    let digits_start = start;
    let start = leading_point.unwrap_or(start);
    let mut reading = String::new();
    if leading_point.is_some() {
        reading.push_str("0.");
    }
    let int_end = read_digits(text, digits_start, &mut reading);
    let int_len = reading.len();
    let mut j = int_end;
    let mut grouped_by = None;
    let mut groups = 0;
    let mut indian = false;
    if leading_point.is_some() {
        // No separator, decimal mark or multiplier of its own goes with a fraction's digits.
    } else if let Some((end, digits)) = (int_len <= 2).then(|| indian_groups(text, j)).flatten() {
        // `19,98,12,341`: read without its separators, which English places elsewhere.
        reading.push_str(&digits);
        j = end;
        groups = 1;
        grouped_by = Some(',');
        indian = true;
    } else if int_len <= 3 && reading != "0" {
        // One separator throughout, each group exactly three digits; no group follows a
        // zero (`0.035`, `0,035` have decimals).
        for separator in GROUP_SEPARATORS {
            while let Some(end) = group_after(text, j, separator) {
                reading.push(',');
                read_digits(text, j + separator.len_utf8(), &mut reading);
                j = end;
                groups += 1;
                grouped_by = Some(separator);
            }
            if grouped_by.is_some() {
                break;
            }
        }
    }
    // One point or comma before three digits, and no decimal mark after: a decimal mark in
    // one convention, a thousands separator in the other (`1.079`, `1,079`). The reading
    // with a decimal point is the figure, the one with a decimal comma `also` (see
    // [`Separators::Either`]).
    let mut comma_decimal_reading = None;
    if grouped_by == Some('.') && groups == 1 && !decimal_mark_at(text, j, ',') {
        comma_decimal_reading = Some(reading.clone());
        reading.truncate(int_len);
        j = int_end;
        grouped_by = None;
    } else if grouped_by == Some(',')
        && groups == 1
        && !indian
        && !decimal_mark_at(text, j, '.')
        && !decimal_mark_at(text, j, FULLWIDTH_POINT)
    {
        comma_decimal_reading = Some(reading.replacen(',', ".", 1));
    }
    let mut decimal_mark = None;
    let decimal_marks: &[char] = match grouped_by {
        None if leading_point.is_some() => &[],
        None => &['.', ',', ARABIC_DECIMAL, FULLWIDTH_POINT],
        Some(',') => &['.', FULLWIDTH_POINT],
        Some('.') => &[','],
        Some(ARABIC_THOUSANDS) => &[ARABIC_DECIMAL],
        Some(_) => &['.', ',', ARABIC_DECIMAL],
    };
    for &mark in decimal_marks {
        if !decimal_mark_at(text, j, mark) {
            continue;
        }
        // Ungrouped, a comma before exactly three digits groups thousands (`1234,567` is
        // two numbers, as in English): only another count of digits is a decimal comma.
        let mut decimals = String::new();
        let end = read_digits(text, j + mark.len_utf8(), &mut decimals);
        if mark == ',' && grouped_by.is_none() && decimals.len() == 3 && reading != "0" {
            continue;
        }
        reading.push('.');
        reading.push_str(&decimals);
        j = end;
        decimal_mark = Some(mark);
        break;
    }
    // A fraction character written onto the whole number, or after a space: `2½` and `2 ½`
    // are 2.5, `9¾` 9.75. One whose decimals never end (`2⅓`) states no figure that a value
    // could write exactly. After a space, only a whole number of up to three digits takes
    // it: `By 2030 ¾ of new cars` is a year, then a share.
    let fraction_at = match text[j..].chars().next() {
        Some(space) if is_follower_space(space) && reading.len() <= 3 => j + space.len_utf8(),
        _ => j,
    };
    if decimal_mark.is_none()
        && comma_decimal_reading.is_none()
        && leading_point.is_none()
        && let Some(fraction) = text[fraction_at..].chars().next()
        && let Some(decimals) = vulgar_fraction(fraction)
    {
        let end = fraction_at + fraction.len_utf8();
        let Some(decimals) = decimals else {
            return (silent_mention(start..end), end);
        };
        reading.push('.');
        reading.push_str(decimals);
        j = end;
    }
    let separators = if comma_decimal_reading.is_some() {
        Separators::Either
    } else if leading_point.is_some() {
        Separators::Tells(DecimalMark::Point)
    } else {
        match (grouped_by, decimal_mark) {
            // `12.500.000`, `1.079,5`, `27 208,5`, `3,5`.
            (Some('.'), _) | (_, Some(',')) => Separators::Tells(DecimalMark::Comma),
            // `12,500,000`, `1,00,000`, `1,234.5`, `3.5`.
            (Some(','), _) | (_, Some('.')) => Separators::Tells(DecimalMark::Point),
            _ => Separators::Silent,
        }
    };
    // Where a notation only English writes follows (`1.5bn`, `1,035bn`, `12pc`, `1.2万`): the
    // reading with a decimal point.
    let english_separators = match separators {
        Separators::Either => Separators::Tells(DecimalMark::Point),
        told => told,
    };
    let plain = leading_point.is_none() && grouped_by.is_none() && reading.len() == int_len;
    // Chinese multipliers after the figure (`3千万`, `923万`) are read only when a character
    // of more than one byte follows it.
    let before_multiplier = bytes.get(j).is_some_and(|b| !b.is_ascii());
    if before_multiplier
        && plain
        && int_len == 1
        && reading != "0"
        && let Some(found) = chinese_numerals::multiplied_digit(text, start)
    {
        return chinese_numerals::continued_after_myriad(text, found);
    }
    // Chinese typeset with a space between digits and characters writes `1200 万`.
    let multiplier_at =
        if text[j..].starts_with(' ') && text[j + 1..].starts_with(['万', '萬', '亿', '億']) {
            j + 1
        } else {
            j
        };
    if (before_multiplier || multiplier_at > j)
        && let Some((end, scaled)) = chinese_numerals::scaled(text, multiplier_at, &reading)
    {
        let mention = Mention {
            span: start..end,
            figure: Quantity::parse(&scaled).ok(),
            date: None,
            also: None,
            separators: english_separators,
        };
        return chinese_numerals::continued_after_myriad(text, (mention, end));
    }
    let number = reading.clone();
    // An ordinal: 18th, 21st.
    if plain && bytes.get(j).is_some_and(u8::is_ascii_alphabetic) {
        let end = letters_end(bytes, j);
        let suffix = text[j..end].to_ascii_lowercase();
        if ORDINAL_SUFFIXES.contains(&suffix.as_str()) && !alphanumeric_at(text, end) {
            let date = number
                .parse::<u8>()
                .ok()
                .filter(|d| (1..=31).contains(d))
                .map(DatePart::Day);
            return (
                Mention {
                    span: start..end,
                    figure: None,
                    date,
                    also: None,
                    separators: Separators::Silent,
                },
                end,
            );
        }
    }
    // `12M€`, `1,2Md€`, `12M$`: a scale and the currency sign written onto the figure, read
    // below as a scale word after it.
    let glued_sign_scale = sign_scale_end(text, j);
    if glued_sign_scale.is_none()
        && let Some(glued) = glued_scale_end(text, start, j)
    {
        // `1.5bn` is one and a half billion: before a scale the point is decimal.
        let scaled = scale(&reading, glued.exponent);
        let end = glued.end;
        let plain = || Quantity::parse(&reading).ok();
        // `3m` without a currency sign may be three metres as well as three million.
        let (figure, also) = if glued.also_plain {
            (plain(), scaled)
        } else if &text[j..end] == "mn" {
            match mn_reading(text, start, end) {
                MnReading::Million => (scaled, None),
                MnReading::MillionOrMinutes => (scaled, plain()),
                MnReading::Minutes => (plain(), None),
            }
        } else {
            (scaled, None)
        };
        return (
            Mention {
                span: start..end,
                figure,
                date: None,
                also,
                separators: english_separators,
            },
            end,
        );
    }
    if let Some((end, may_be_plain)) = glued_percent_end(text, j) {
        return (
            Mention {
                span: start..end,
                figure: followed(&reading, Some(Follower::Percent)),
                date: None,
                also: if may_be_plain {
                    Quantity::parse(&reading).ok()
                } else {
                    None
                },
                separators: english_separators,
            },
            end,
        );
    }
    let mut start = start;
    // Whether the figure without its word is a reading too (`laki 5`, `30 mn.`).
    let mut plain_too = false;
    let (end, follower) = if let Some((end, follower)) = glued_sign_scale {
        (end, Some(follower))
    } else if let Some(end) = percent_sign_end(text, j) {
        (end, Some(Follower::Percent))
    } else if let Some(sign_start) = percent_sign_before(text, start) {
        // Turkish writes the sign first: `%8,5` is 8.5%.
        start = sign_start;
        (j, Some(Follower::Percent))
    } else if let Some((end, exponent)) = hundreds_after_digits(text, j) {
        (end, Some(Follower::Scale(exponent)))
    } else if let Some((end, follower)) = follower_end(text, j) {
        // `30 mn` is thirty minutes in French.
        let mn = text[..end]
            .strip_suffix("mn")
            .is_some_and(|before| before.ends_with(is_follower_space));
        // `1950 ألف` is "in 1950 he wrote": `ألف` is the verb after a year.
        let verb_after_year = text[..end].ends_with("ألف")
            && plain
            && int_len == 4
            && number
                .parse::<u16>()
                .is_ok_and(|year| (1900..=2100).contains(&year));
        match (mn, follower) {
            _ if verb_after_year => (j, None),
            (true, Follower::EnglishScale(6)) => match mn_reading(text, start, end) {
                MnReading::Million => (end, Some(follower)),
                MnReading::MillionOrMinutes => {
                    plain_too = true;
                    (end, Some(follower))
                }
                MnReading::Minutes => (end, None),
            },
            _ => {
                // The Greek `χιλ.` and `εκατ.` are also kilometres and centimetres, and the
                // Turkish `bin` an English word.
                plain_too = GREEK_SCALES_ALSO_UNITS
                    .iter()
                    .any(|word| text[..end].ends_with(word))
                    || SCALES_ALSO_WORDS.iter().any(|word| {
                        end.checked_sub(word.len())
                            .and_then(|from| text.get(from..end))
                            .is_some_and(|written| written.eq_ignore_ascii_case(word))
                    });
                (end, Some(follower))
            }
        }
    } else if let Some((end, follower)) =
        currency_scale_end(text, start, j).or_else(|| swiss_billion_end(text, j))
    {
        (end, Some(follower))
    } else if let Some((word_start, follower)) = preceder_before(text, start) {
        // Thai and Swahili write the word first: `ร้อยละ 45`, `milioni 60`. The Swahili
        // `laki` is also the Finnish "law" (`laki 5`): the figure alone is read too.
        start = word_start;
        plain_too = text
            .get(word_start..word_start + "laki".len())
            .is_some_and(|word| word.eq_ignore_ascii_case("laki"));
        (j, Some(follower))
    } else {
        (j, None)
    };
    // `3 milhões e meio`, `2 millions et demi`: a half of the scale, after a whole figure.
    let (end, reading) = match follower {
        Some(Follower::Scale(exponent))
            if exponent >= 6 && !reading.contains('.') && comma_decimal_reading.is_none() =>
        {
            match number_words::half_after_digits_and_scale(text, end) {
                Some(half_end) => (half_end, format!("{reading}.5")),
                None => (end, reading),
            }
        }
        _ => (end, reading),
    };
    let date = (plain && int_len == 4 && end == j)
        .then(|| number.parse::<i32>().ok())
        .flatten()
        .filter(|year| YEARS.contains(year))
        .map(DatePart::Year);
    let other_scale = OTHER_SCALE_READINGS
        .iter()
        .find(|(word, _)| {
            end.checked_sub(word.len())
                .and_then(|from| text.get(from..end))
                .is_some_and(|written| written.eq_ignore_ascii_case(word))
        })
        .map(|&(_, exponent)| exponent)
        // German writes its nouns with a capital: `1,5 Billion Euro` is a million million.
        .or_else(|| german_billion(text, start, j, end).then_some(12));
    let (also, separators) = if plain_too {
        (Quantity::parse(&reading).ok(), Separators::Silent)
    } else if let Some(exponent) = other_scale {
        (scale(&reading, exponent), Separators::Silent)
    } else if matches!(follower, Some(Follower::EnglishScale(_)))
        || matches!(follower, Some(Follower::Scale(5 | 7)))
        || (follower == Some(Follower::Scale(12)) && is_lakh_crore(&text[j..end]))
    {
        // Before an English scale word the point is decimal: `1.749 billion` is never 1749
        // billion, and `1,035 billion` is 1035 billion. So it is before a lakh and a crore
        // (and Thai's `แสน`), which the languages that write them group with commas:
        // `₹15,000 crore` is fifteen thousand crore.
        (None, english_separators)
    } else {
        let also = comma_decimal_reading.and_then(|other| followed(&other, follower));
        (also, separators)
    };
    (
        Mention {
            span: start..end,
            figure: followed(&reading, follower),
            date,
            also,
            separators,
        },
        end,
    )
}

/// Scale words that mean another power of ten in another language, with that power: the
/// Malay `bilion` (a thousand million) is the Polish and Czech million million, `trilion`
/// the Czech million million million. The figure is read both ways.
const OTHER_SCALE_READINGS: [(&str, u32); 2] = [("bilion", 12), ("trilion", 18)];

/// Scale words that are common English words too (the Turkish `bin`, a thousand, beside
/// "5 bin bags"): the figure before one is read with it and without it, so that "5 bin
/// kişi" states 5,000 and 5.
const SCALES_ALSO_WORDS: [&str; 1] = ["bin"];

/// Greek scale abbreviations that are also units' (`χιλ.` kilometres, `εκατ.` centimetres):
/// the figure before one is read without it too.
const GREEK_SCALES_ALSO_UNITS: [&str; 2] = ["χιλ.", "εκατ."];

/// The German singular of a million million, capitalised as German writes nouns.
const GERMAN_BILLION: &str = "Billion";

/// The money German counts in `Billion`, capitalised: after it, the scale is German.
const GERMAN_MONEY_AFTER_BILLION: [&str; 6] = [
    "Euro",
    "Franken",
    "US-Dollar",
    "Rubel",
    "Pfund",
    "Schweizer",
];

/// Whether the figure from `start` to `figure_end`, its scale word ending at `end`, is read
/// also as the German [`GERMAN_BILLION`], a million million: where German surrounds it, the
/// figure written with a decimal comma (`1,5 Billion`) or the money after it German's
/// (`1 Billion Euro`). English writes `Billion` capitalised in titles (`$1 Billion Deal`),
/// read as English reads it. The figure is read both ways, as the Malay and Polish `bilion`
/// is ([`OTHER_SCALE_READINGS`]).
fn german_billion(text: &str, start: usize, figure_end: usize, end: usize) -> bool {
    if end <= figure_end || !text[..end].ends_with(GERMAN_BILLION) {
        return false;
    }
    let figure = &text[start..figure_end];
    let decimal_comma = figure.rsplit_once(',').is_some_and(|(_, decimals)| {
        decimals.len() != 3 && decimals.bytes().all(|b| b.is_ascii_digit())
    });
    let money_after = text[end..]
        .strip_prefix(is_follower_space)
        .is_some_and(|rest| {
            GERMAN_MONEY_AFTER_BILLION
                .iter()
                .any(|money| rest.starts_with(money) && !alphanumeric_at(rest, money.len()))
        });
    decimal_comma || money_after
}

/// Scale abbreviations read only after a figure that a currency precedes, as Brazilian and
/// Indian news write amounts of money (`R$ 1,5 bi`, `US$ 300 mi`, `R$ 2 tri`, `Rs 5 cr`,
/// `₹12 Cr.`, `Rs 3 lacs`), and Indonesian (`Rp5 jt`, `Rp 500 rb`); a point after one is
/// left to the sentence. Elsewhere they are
/// other words: `5 mi` is five miles, `3 lacs` three lakes in French, `4 cr` four credits.
const CURRENCY_SCALES: [(&str, u32); 8] = [
    ("bi", 9),
    ("mi", 6),
    ("tri", 12),
    ("cr", 7),
    ("lac", 5),
    ("lacs", 5),
    // Indonesian news: `Rp5 jt` (juta, a million), `Rp 500 rb` (ribu, a thousand).
    ("jt", 6),
    ("rb", 3),
];

/// After a figure from `start` to `at`: a space or none and one of [`CURRENCY_SCALES`],
/// whole (`bi`, `mi`, `tri` in lowercase, `cr` and `lac` in any case), neither joined to
/// another word by a hyphen nor before a number; where it ends, and the scale. Only where a
/// currency is written before the figure ([`currency_written_before`]).
fn currency_scale_end(text: &str, start: usize, at: usize) -> Option<(usize, Follower)> {
    let rest = &text[at..];
    let word = rest.trim_start_matches(is_follower_space);
    let word_start = text.len() - word.len();
    let letters = letters_end(text.as_bytes(), word_start) - word_start;
    let written = &word[..letters];
    let &(abbreviation, exponent) = CURRENCY_SCALES
        .iter()
        .find(|(abbreviation, _)| written.eq_ignore_ascii_case(abbreviation))?;
    // Brazil writes `bi`, `mi` and `tri` in lowercase: `Mi` is a name (`the $300 Mi 11`).
    let lowercase_only = matches!(abbreviation, "bi" | "mi" | "tri" | "jt" | "rb");
    let after = &word[letters..];
    // Not a word's first part (`bi-weekly`, `Lac-Mégantic`) nor a name before its number.
    let goes_on = after.starts_with(['-', '\u{2010}', '\u{2011}'])
        || after
            .strip_prefix(is_follower_space)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if (lowercase_only && written != abbreviation)
        || goes_on
        || alphanumeric_at(text, word_start + letters)
        || !currency_written_before(text, start)
    {
        return None;
    }
    Some((word_start + letters, Follower::Scale(exponent)))
}

/// The Swiss German `Mia.` (a thousand million), read before the money it counts, a space
/// apart (`1,5 Mia. Franken`, `2 Mia. Fr.`, `3 Mia. CHF`): elsewhere `Mia.` may be a name.
const SWISS_BILLION: &str = "Mia.";

/// The money [`SWISS_BILLION`] is read before.
const SWISS_MONEY: [&str; 8] = [
    "Franken",
    "Fr.",
    "CHF",
    "Euro",
    "EUR",
    "Dollar",
    "US-Dollar",
    "USD",
];

/// After a figure ending at `at`: a space, [`SWISS_BILLION`], a space and one of
/// [`SWISS_MONEY`], whole; where the abbreviation ends, and its scale.
fn swiss_billion_end(text: &str, at: usize) -> Option<(usize, Follower)> {
    let word = text[at..].strip_prefix(is_follower_space)?;
    let after = word.strip_prefix(SWISS_BILLION)?;
    let money = after.strip_prefix(is_follower_space)?;
    let end = text.len() - after.len();
    SWISS_MONEY
        .iter()
        .any(|name| {
            money.starts_with(name) && (name.ends_with('.') || !alphanumeric_at(money, name.len()))
        })
        .then_some((end, Follower::Scale(9)))
}

/// Whether a currency is written just before a figure starting at `start`, a space or none
/// apart: a sign or a code ([`currency_sign_start`]: `R$`, `US$`, `₹`, `BRL`, `INR`), or
/// `Rs`, with or without its point (`Rs. 5`).
fn currency_written_before(text: &str, start: usize) -> bool {
    if currency_sign_start(text, start).is_some() {
        return true;
    }
    let before = text[..start].trim_end_matches(is_follower_space);
    let word = before.strip_suffix('.').unwrap_or(before);
    word.strip_suffix("Rs")
        .is_some_and(|rest| starts_word(text, rest.len()))
}

/// Currencies written in letters onto a figure (`RM5 juta`, `KSh5 billion`, `Rs5 crore`,
/// `Rp5 triliun`, `R5 million`, the Philippine `P5 million`): the figure stands alone rather
/// than in a code like `G17`.
/// A single letter (`R5`, `N5`, also a road) only before a scale (`R5 million`, `N5bn`).
const LETTER_CURRENCIES: [&str; 10] = ["RM", "Rs", "Rp", "KSh", "Ksh", "Tk", "Sh", "R", "N", "P"];

/// Before a figure at `at` of `text`: one of [`LETTER_CURRENCIES`], or a currency code, written
/// onto it, starting a word; whether it is of more than one letter.
fn letter_currency_before(text: &str, at: usize) -> Option<bool> {
    let before = &text[..at];
    // A currency code written onto its figure: `CHF50 million`, `USD5bn`.
    if let Some(start) = at.checked_sub(3)
        && before.is_char_boundary(start)
        && super::unit::is_currency_code(&before[start..])
        && starts_word(text, start)
    {
        return Some(true);
    }
    LETTER_CURRENCIES.iter().find_map(|currency| {
        let start = before.strip_suffix(currency).map(str::len)?;
        starts_word(text, start).then_some(currency.len() > 1)
    })
}

/// How `mn` after a figure reads: a million in English news (`300 mn dollars`, `$2mn`), and
/// minutes in French (`30 mn en voiture`, `45mn de marche`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MnReading {
    /// After a currency sign, or before a word that is not French.
    Million,
    /// Before no word (`in 30 mn.`): either.
    MillionOrMinutes,
    /// Before a French word that goes after a duration (`en`, `de`, `à`...).
    Minutes,
}

/// French words after a duration in minutes (`30 mn en voiture`, `15 mn de marche`, `45 mn
/// à pied`), none of which follows a million in English.
const FRENCH_AFTER_MINUTES: [&str; 21] = [
    "en", "de", "d", "du", "des", "à", "au", "aux", "pour", "par", "et", "ou", "environ", "avant",
    "après", "sur", "dans", "entre", "avec", "sans", "chrono",
];

/// How the `mn` that ends at `mn_end`, after the figure starting at `figure_start`, reads.
fn mn_reading(text: &str, figure_start: usize, mn_end: usize) -> MnReading {
    if text[..figure_start]
        .chars()
        .next_back()
        .is_some_and(|c| CURRENCY_SIGNS.contains(&c))
    {
        return MnReading::Million;
    }
    let Some(rest) = text[mn_end..].strip_prefix(' ') else {
        return MnReading::MillionOrMinutes;
    };
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    if word.is_empty() {
        MnReading::MillionOrMinutes
    } else if FRENCH_AFTER_MINUTES.contains(&word) {
        MnReading::Minutes
    } else {
        MnReading::Million
    }
}

/// Before digits starting at `at`: a decimal point with no digit before it, as English
/// writes a fraction below one (`.5%`, `.25 points`, `$.75`); where the point is. Only where
/// nothing that a point could end or join stands before it: the start of the text, a space,
/// an opening bracket or quote, a currency sign, a sign or a comparison. Not in `1.5` (a
/// decimal), `v.5`, `No.5` or `end.5` (a code, or a sentence run into the next), `..5` or
/// `%.5`.
pub fn leading_point_before(text: &str, at: usize) -> Option<usize> {
    let point = at.checked_sub(1).filter(|&p| text.as_bytes()[p] == b'.')?;
    let opens_a_figure = text[..point].chars().next_back().is_none_or(|c| {
        c.is_whitespace()
            || CURRENCY_SIGNS.contains(&c)
            || matches!(
                c,
                '(' | '['
                    | '{'
                    | '"'
                    | '\''
                    | '\u{201c}'
                    | '\u{2018}'
                    | '\u{ab}'
                    | '-'
                    | '\u{2212}'
                    | '\u{2013}'
                    | '+'
                    | '\u{b1}'
                    | '='
                    | ':'
                    | '~'
                    | '\u{2248}'
                    | '<'
                    | '>'
            )
    });
    opens_a_figure.then_some(point)
}

/// The figure `reading` (English notation) with the word that follows it, if any.
pub(super) fn followed(reading: &str, follower: Option<Follower>) -> Option<Quantity> {
    match follower {
        None => Quantity::parse(reading).ok(),
        Some(Follower::Percent) => Quantity::parse(&format!("{reading}%")).ok(),
        // Read as English writes it, so that the figure keeps its notation (`3.29 million`).
        Some(Follower::EnglishScale(exponent) | Follower::Scale(exponent)) => {
            match english_scale_word(exponent) {
                Some(word) => Quantity::parse(&format!("{reading} {word}")).ok(),
                None => scale(reading, exponent),
            }
        }
    }
}

/// After a figure in digits ending at `at`: ` hundred`, maybe with a larger scale word
/// after it (`3 hundred`, `3 hundred thousand`); where it ends, and the power of ten it
/// makes. As numbers in words read it, where English news seldom writes it.
pub(super) fn hundreds_after_digits(text: &str, at: usize) -> Option<(usize, u32)> {
    let rest = text[at..].strip_prefix(' ')?;
    let word = rest.get(.."hundred".len())?;
    let end = text.len() - rest.len() + word.len();
    if !word.eq_ignore_ascii_case("hundred") || alphanumeric_at(text, end) {
        return None;
    }
    Some(match english_scale_after(text, end) {
        Some((end, exponent)) => (end, 2 + exponent),
        None => (end, 2),
    })
}

/// The English scale word for ten to the `exponent`, when there is one.
pub(super) fn english_scale_word(exponent: u32) -> Option<&'static str> {
    FOLLOWERS.iter().find_map(|(word, follower)| {
        (*follower == Follower::EnglishScale(exponent)).then_some(*word)
    })
}

/// Scale words abbreviated and written onto a figure, with the power of ten each stands
/// for: `50k`, `3K`, `4.5bn`, `2mn`, `1tn`, the Italian `30mila`. Matched case-sensitively,
/// as news writes them. `K` is read everywhere, as `k` is (`3K followers`), though it also
/// makes names (`401K`, a `5K` race). Without a currency sign before the figure, `m` may be
/// metres: the figure is read both plain and scaled (see [`GluedScale::also_plain`]); `M`
/// and `B` make names there (`3M`, `Room 2B`, `F-35B`) and are read only after one.
const GLUED_SCALES: [(&str, u32); 13] = [
    ("k", 3),
    ("K", 3),
    ("mila", 3),
    ("mn", 6),
    ("mln", 6),
    ("bln", 9),
    ("trln", 12),
    ("bn", 9),
    ("Bn", 9),
    ("BN", 9),
    ("tn", 12),
    ("trn", 12),
    ("m", 6),
];

/// Scales that are abbreviations of an amount of money after a currency sign (`£3m`, `$2B`,
/// `$3.5MM`), where they scale the figure and nothing else.
const GLUED_MONEY_SCALES: [(&str, u32); 5] = [("m", 6), ("M", 6), ("MM", 6), ("b", 9), ("B", 9)];

/// The currency signs before a figure that make `m` read as million: `£3m`, `US$3m`.
pub(super) const CURRENCY_SIGNS: [char; 15] = [
    '$', '£', '€', '¥', '₹', '₩', '₽', '₦', '₱', '฿', '₺', '₴', '₪', '৳', '₵',
];

/// Unit symbols written onto a figure (`1,000km`, `20kg`, `5kWh`), after which the figure
/// stands alone rather than being part of a code like `G17` or `208a`. Matched
/// case-sensitively: `5G` is a network, `5g` five grams. `s` is left out (`1990s` is a
/// decade), as are words (`in`, `am`, `pm`), and `c` and `C`, which end more codes and names
/// (`Article 5c`, `Room 3C`, `iPhone 15c`) than cents or degrees. `p` is pence (`80p`), or a
/// screen's lines (`1080p`), a number either way.
pub const UNIT_SYMBOLS: [&str; 41] = [
    "km", "m", "cm", "mm", "kg", "g", "mg", "t", "kt", "Mt", "ha", "sqm", "sqkm", "L", "l", "ml",
    "mL", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "mph", "kph", "kmh", "ft", "mi", "yd",
    "lb", "lbs", "oz", "h", "hr", "hrs", "min", "GB", "bp", "bps", "p",
];

/// After a figure ending at `at`: a unit symbol written onto it (`km` of `1,000km`, `m²` of
/// `30m²`), ending its word; the end of the symbol.
fn glued_unit_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let letters = letters_end(bytes, at);
    let symbol = &text[at..letters];
    if !UNIT_SYMBOLS.contains(&symbol) {
        return None;
    }
    // An area or a volume: `m²`, `km2`.
    let end = match &text[letters..] {
        rest if rest.starts_with(['²', '³']) => letters + '²'.len_utf8(),
        rest if rest.starts_with(['2', '3']) && symbol.ends_with('m') => letters + 1,
        _ => letters,
    };
    (!alphanumeric_at(text, end)).then_some(end)
}

/// A scale abbreviation written onto a figure.
pub(super) struct GluedScale {
    /// Where the abbreviation ends.
    pub end: usize,
    /// The power of ten it stands for.
    pub exponent: u32,
    /// Whether the figure alone is a reading too: an `m` with no currency sign before the
    /// figure, metres or million.
    pub also_plain: bool,
}

/// After a figure that starts at `start` and is read up to `at`: a scale abbreviation written
/// onto it that ends its word (`bn` of `4.5bn`, `m` of `£3m`).
pub(super) fn glued_scale_end(text: &str, start: usize, at: usize) -> Option<GluedScale> {
    let bytes = text.as_bytes();
    let end = letters_end(bytes, at);
    if end == at || alphanumeric_at(text, end) {
        return None;
    }
    let letters = &text[at..end];
    let money = after_a_currency_sign(text, start)
        .then(|| GLUED_MONEY_SCALES.iter().find(|(abbr, _)| *abbr == letters))
        .flatten();
    if let Some(&(_, exponent)) = money {
        return Some(GluedScale {
            end,
            exponent,
            also_plain: false,
        });
    }
    let &(abbreviation, exponent) = GLUED_SCALES.iter().find(|(abbr, _)| *abbr == letters)?;
    Some(GluedScale {
        end,
        exponent,
        also_plain: abbreviation == "m",
    })
}

/// Whether a currency sign stands just before the figure at `start` of `text`, or before the
/// first figure of a range that it ends, written with a dash and no spaces (`£2-3m`,
/// `$2–3M`): a range's currency is written once, before both.
fn after_a_currency_sign(text: &str, start: usize) -> bool {
    let sign_ends = |before: &str| {
        before
            .chars()
            .next_back()
            .is_some_and(|c| CURRENCY_SIGNS.contains(&c))
    };
    let before = &text[..start];
    if sign_ends(before) {
        return true;
    }
    let Some(first) = before.strip_suffix(['-', '\u{2013}']) else {
        return false;
    };
    let before_first = first.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    before_first.len() < first.len() && sign_ends(before_first)
}

/// The figure `reading` (English notation) times ten to the `exponent`.
pub(super) fn scale(reading: &str, exponent: u32) -> Option<Quantity> {
    let number: Decimal = reading.replace(',', "").parse().ok()?;
    Quantity::parse(&scale_by(number, exponent)?).ok()
}

/// `number` times ten to `exponent`, in digits; `None` past what a decimal holds.
pub(super) fn scale_by(number: Decimal, exponent: u32) -> Option<String> {
    let factor = Decimal::from(10u64.checked_pow(exponent)?);
    Some(number.checked_mul(factor)?.normalize().to_string())
}

/// The Chinese, Japanese and Korean units of ten thousand, a hundred million and a million
/// million written after digits (`923万`, `1.2亿`, `330만`, `2조`), and their powers of ten.
const MYRIADS: [(char, u32); 8] = [
    ('万', 4),
    ('萬', 4),
    ('만', 4),
    ('亿', 8),
    ('億', 8),
    ('억', 8),
    ('兆', 12),
    ('조', 12),
];

/// Whether `c` is a letter of the Korean alphabet: a syllable or a jamo.
pub(super) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7a3}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}')
}

/// Whether `c` multiplies the figure before it by ten thousand or a hundred million.
pub fn is_myriad(c: char) -> bool {
    myriad_exponent(c).is_some()
}

/// The power of ten that `c` multiplies the figure before it by, if it is one of
/// [`MYRIADS`]: 4 for `万`, 8 for `亿`, 12 for `兆` (see [`chinese_numerals::scaled`]).
pub fn myriad_exponent(c: char) -> Option<u32> {
    MYRIADS
        .iter()
        .find(|(sign, _)| *sign == c)
        .map(|&(_, exponent)| exponent)
}

/// The spaces that group a figure's thousands (`27 208`, French and SI) or stand between a
/// figure and its percent sign (`3,5 %`): plain, no-break, narrow no-break and thin.
pub const NUMBER_SPACES: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// Whether `c` is one of [`NUMBER_SPACES`].
pub fn is_number_space(c: char) -> bool {
    NUMBER_SPACES.contains(&c)
}

/// The characters that group a figure's thousands: a comma (English), a space (one of
/// [`NUMBER_SPACES`]), a point (German), an apostrophe (Swiss, straight or typographic), the
/// fullwidth comma (`１，２００`, as Chinese and Japanese write fullwidth digits). The comma
/// comes first: `1,079` is 1079.
const GROUP_SEPARATORS: [char; 10] = [
    ',',
    FULLWIDTH_COMMA,
    NUMBER_SPACES[0],
    NUMBER_SPACES[1],
    NUMBER_SPACES[2],
    NUMBER_SPACES[3],
    '.',
    '\'',
    '\u{2019}',
    ARABIC_THOUSANDS,
];

/// The Arabic thousands separator (`١٬٥٠٠`) and decimal separator (`٣٫٥`): unambiguous, unlike
/// the comma and the point.
pub const ARABIC_THOUSANDS: char = '\u{66c}';
pub const ARABIC_DECIMAL: char = '\u{66b}';

/// The fullwidth comma, which groups fullwidth digits by thousands (`１，２００億`).
pub const FULLWIDTH_COMMA: char = '\u{ff0c}';

/// The fullwidth full stop, a decimal point between fullwidth digits in Japanese and
/// Chinese text (`１１．２％`).
pub const FULLWIDTH_POINT: char = '\u{ff0e}';

/// Percent signs: ASCII, Arabic (`٪`), fullwidth and small.
pub const PERCENT_SIGNS: [char; 4] = ['%', '\u{066a}', '\u{ff05}', '\u{fe6a}'];

/// After a figure ending at `at`: a percent sign, right after it or after one space; the end
/// of the sign.
pub fn percent_sign_end(text: &str, at: usize) -> Option<usize> {
    let mut rest = &text[at..];
    if let Some(space) = rest.chars().next().filter(|&c| is_number_space(c)) {
        rest = &rest[space.len_utf8()..];
    }
    let sign = rest.chars().next().filter(|c| PERCENT_SIGNS.contains(c))?;
    Some(text.len() - rest.len() + sign.len_utf8())
}

/// Before a figure starting at `at`: a percent sign written first, as in Turkish (`%8,5`,
/// `%85'i`), right before the digits and not after another figure (`5% 8` is 5% and 8);
/// where the sign starts.
pub fn percent_sign_before(text: &str, at: usize) -> Option<usize> {
    let before = &text[..at];
    let sign = before
        .chars()
        .next_back()
        .filter(|c| PERCENT_SIGNS.contains(c))?;
    let sign_start = at - sign.len_utf8();
    let mut earlier = text[..sign_start].chars().rev();
    let after_a_figure = match earlier.next() {
        Some(c) if is_number_space(c) => earlier.next().and_then(decimal_digit).is_some(),
        Some(c) => c.is_alphanumeric(),
        None => false,
    };
    (!after_a_figure).then_some(sign_start)
}

/// After the first one or two digits of a figure, ending at `at`: the rest of a figure
/// grouped the Indian way, in pairs by commas and then a last group of three (`,98,12,341`
/// of `19,98,12,341`, `,00,000` of `1,00,000`, a lakh); where it ends, and its digits.
fn indian_groups(text: &str, at: usize) -> Option<(usize, String)> {
    let mut digits = String::new();
    let mut j = at;
    let mut pairs = 0;
    while text[j..].starts_with(',') {
        let mut group = String::new();
        let end = read_digits(text, j + 1, &mut group);
        match group.len() {
            2 => pairs += 1,
            // The last group, unless another follows: then it is no Indian figure.
            3 if pairs > 0 && !decimal_mark_at(text, end, ',') => {
                digits.push_str(&group);
                return Some((end, digits));
            }
            _ => return None,
        }
        digits.push_str(&group);
        j = end;
    }
    None
}

/// Where the group of exactly three digits after `separator` at `at` ends, if there is one.
fn group_after(text: &str, at: usize, separator: char) -> Option<usize> {
    text[at..].strip_prefix(separator)?;
    let mut digits = String::new();
    let end = read_digits(text, at + separator.len_utf8(), &mut digits);
    (digits.len() == 3).then_some(end)
}

/// Whether `mark` at `at` is followed by a digit.
fn decimal_mark_at(text: &str, at: usize, mark: char) -> bool {
    text[at..]
        .strip_prefix(mark)
        .and_then(|rest| rest.chars().next())
        .and_then(decimal_digit)
        .is_some()
}

/// Reads the digits from `at` (of any script, see [`decimal_digit`]) into `reading` as ASCII
/// digits; returns where they end.
fn read_digits(text: &str, at: usize, reading: &mut String) -> usize {
    let mut end = at;
    for c in text[at..].chars() {
        let Some(digit) = decimal_digit(c) else {
            break;
        };
        reading.push(char::from(b'0' + digit));
        end += c.len_utf8();
    }
    end
}

/// The first code point of each run of ten decimal digits (zero to nine) that Unicode gives
/// (general category Nd), in order: ASCII, Arabic-Indic, Extended Arabic-Indic, NKo,
/// Devanagari, Bengali, ..., Thai, Lao, Tibetan, Myanmar, Khmer, ..., fullwidth, ... up to
/// Unicode 16. `char::to_digit` reads ASCII only.
const DIGIT_ZEROS: &[u32] = &[
    0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450,
    0x114D0, 0x11650, 0x116C0, 0x116D0, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50,
    0x11DA0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8,
    0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
];

/// The value of `c` as a decimal digit of any script (`٣`, `۳`, `३`, `๓`, `３` are all 3).
pub fn decimal_digit(c: char) -> Option<u8> {
    let code = u32::from(c);
    let block = DIGIT_ZEROS
        .partition_point(|&zero| zero <= code)
        .checked_sub(1)?;
    let offset = code - DIGIT_ZEROS[block];
    (offset < 10).then_some(offset as u8)
}

/// After a figure ending at `at`: a space (one of [`NUMBER_SPACES`], a tab or a
/// bidirectional mark) and then one of
/// the [`FOLLOWERS`], whole and in any case; where it ends, and what it makes of the figure.
/// Runs after most figures of every quote, so it allocates nothing: the words are compared
/// character by character, lowercased as they are read.
pub fn follower_end(text: &str, at: usize) -> Option<(usize, Follower)> {
    let rest = &text[at..];
    if let Some(word) = rest.strip_prefix('-') {
        return hyphenated_scale_end(text, word);
    }
    let word = rest.trim_start_matches(is_follower_space);
    // Thai writes its scale words onto the figure (`70ล้าน`) as well as apart, and so do
    // Japanese and Korean their percent (`2.5パーセント`, `2.5퍼센트`).
    if word.len() == rest.len() && !word.starts_with(|c| is_unspaced_script(c) || is_hangul(c)) {
        return None;
    }
    let word_start = text.len() - word.len();
    if let Some(found) = abbreviated_follower_end(text, word_start) {
        return Some(found);
    }
    if let Some(found) = sign_scale_end(text, word_start) {
        return Some(found);
    }
    let first = word.chars().next()?.to_lowercase().next()?;
    // Most words after a figure are no follower ("75 impoverished counties"): one lookup
    // by their first letter tells.
    let candidates = FOLLOWERS_BY_INITIAL.get(&first)?;
    // The longest that matches: `mil millones` before `mil`, `тыс.` before `тыс`.
    candidates
        .iter()
        .filter_map(|&(follower, meaning)| {
            let matched = prefix_ignoring_case(word, follower)?;
            let end = word_start + matched;
            // Whole: no letter or mark goes on after it, but in a script written without
            // spaces, where the next word follows (`ล้านคน`, "million people").
            // Nor after an elided article before a noun (`billion d'euros`, not `billion
            // d'Amato`), or in Korean, which writes its particles onto the word (`퍼센트였다`).
            let next = text[end..].chars().next();
            let elided = follower.ends_with(['\'', '\u{2019}']);
            if elided && !next.is_some_and(char::is_lowercase) {
                return None;
            }
            let goes_on = next.is_some_and(|c| c.is_alphabetic() || is_combining_mark(c))
                && !elided
                && !follower.ends_with(|c| is_unspaced_script(c) || is_hangul(c));
            (!goes_on).then_some((end, meaning))
        })
        .max_by_key(|&(end, _)| end)
}

/// Before a figure starting at `at`: one of [`PRECEDERS`], whole and in any case, and a
/// space (none in a script written without spaces: `ร้อยละ45`); where the word starts, and
/// what it makes of the figure. Not after another figure: in Italian `2 milioni 300 mila`,
/// `milioni` is the 2's. Runs before most figures of every quote, so it allocates nothing.
pub fn preceder_before(text: &str, at: usize) -> Option<(usize, Follower)> {
    let before = text[..at].trim_end_matches(is_follower_space);
    let spaced = before.len() < at;
    // Most figures have no preceder before them: a letter of one ends the text before.
    let last = before.chars().next_back()?;
    if !last.is_alphabetic() && !is_combining_mark(last) {
        return None;
    }
    // Only the words that end in that letter, in either comparison below, are compared.
    let last_lowercase = last.to_lowercase().last();
    let ends_alike = |word: &str| {
        word.chars()
            .next_back()
            .is_some_and(|end| Some(end) == last_lowercase || end.eq_ignore_ascii_case(&last))
    };
    PRECEDERS.iter().find_map(|&(word, follower)| {
        if !ends_alike(word) {
            return None;
        }
        let unspaced = word.starts_with(is_unspaced_script);
        let start = before.len().checked_sub(word.len())?;
        let written = before.get(start..)?;
        // In any case of any script: `YÜZDE 5` as `yüzde 5`.
        let same = written.eq_ignore_ascii_case(word)
            || written
                .chars()
                .flat_map(char::to_lowercase)
                .eq(word.chars());
        if !(spaced || unspaced) || !same {
            return None;
        }
        let mut earlier = before[..start].chars().rev();
        let whole = unspaced || !earlier.clone().next().is_some_and(char::is_alphanumeric);
        let after_a_figure = earlier
            .find(|&c| !is_follower_space(c))
            .is_some_and(|c| decimal_digit(c).is_some());
        (whole && !after_a_figure).then_some((start, follower))
    })
}

/// Abbreviations after a figure and a space that scale it or make it a percentage, as
/// English news writes them: `4.5 bn`, `300 mn`, `12 pct`. Matched case-sensitively, as the
/// capitals are other words (`MN`, Minnesota); `tn` (tonnes) and `pc` (pieces) are left out.
const ABBREVIATED_FOLLOWERS: [(&str, Follower); 4] = [
    ("bn", Follower::EnglishScale(9)),
    ("Bn", Follower::EnglishScale(9)),
    ("mn", Follower::EnglishScale(6)),
    ("pct", Follower::Percent),
];

/// The scale abbreviations French and German write before a currency sign, longest first:
/// `12 M€`, `1,2 Md€`, `3 Mds€`, `3 Mrd €`, `2 Mio. €`, `450 k€`, and as Quebec and
/// French news write dollars, `12 M$`, `1,2 Md$`, `450 k$`, `1,2 G$` (giga, a billion).
const SIGN_SCALES: [(&str, u32); 7] = [
    ("mds", 9),
    ("mrd", 9),
    ("mio", 6),
    ("md", 9),
    ("m", 6),
    ("k", 3),
    ("g", 9),
];

/// Of [`SIGN_SCALES`], those read before the sign only, never before the money's name: a
/// `G` is grams or a network's generation far more often (`5 G de données`), and Quebec
/// writes a billion so only with its sign.
const SCALES_BEFORE_A_SIGN_ONLY: [&str; 1] = ["g"];

/// The currency signs written after a figure's scale abbreviation ([`SIGN_SCALES`]).
const SIGNS_AFTER_A_SCALE: [char; 2] = ['€', '$'];

/// At `at`, after a figure and a space or none: one of [`SIGN_SCALES`] in any case (the
/// value check reads a lowercased quote), its point, and the euro or dollar sign after a
/// space or none; where the sign ends, and the scale. The sign is read with the figure,
/// whose currency it is: a claim in another currency is told so (CC205).
fn sign_scale_end(text: &str, at: usize) -> Option<(usize, Follower)> {
    let rest = &text[at..];
    let &(abbreviation, exponent) = SIGN_SCALES.iter().find(|(abbreviation, _)| {
        rest.get(..abbreviation.len())
            .is_some_and(|written| written.eq_ignore_ascii_case(abbreviation))
    })?;
    let mut end = at + abbreviation.len();
    if abbreviation.len() > 1 && text[end..].starts_with('.') {
        end += 1;
    }
    let after = &text[end..];
    // French writes the currency's name after it too: `2 Mds d'euros`, `12 M de dollars`.
    // The name is the unit's, read by the unit check after the figure.
    if let Some(space) = after
        .chars()
        .next()
        .filter(|&c| is_number_space(c) && !SCALES_BEFORE_A_SIGN_ONLY.contains(&abbreviation))
    {
        let named = &after[space.len_utf8()..];
        let money_named = MONEY_AFTER_A_SCALE.iter().any(|name| {
            named
                .get(..name.len())
                .is_some_and(|written| written.eq_ignore_ascii_case(name))
                && !alphanumeric_at(named, name.len())
        });
        if money_named {
            return Some((end, Follower::Scale(exponent)));
        }
    }
    let sign_text = after.strip_prefix(is_number_space).unwrap_or(after);
    let sign = sign_text
        .chars()
        .next()
        .filter(|c| SIGNS_AFTER_A_SCALE.contains(c))?;
    let sign_end = text.len() - sign_text.len() + sign.len_utf8();
    (!alphanumeric_at(text, sign_end)).then_some((sign_end, Follower::Scale(exponent)))
}

/// The names of money French writes after a scale abbreviation ([`SIGN_SCALES`]), as they
/// stand after it: `2 Mds d'euros`, `12 M de dollars`.
const MONEY_AFTER_A_SCALE: [&str; 6] = [
    "d'euros",
    "d\u{2019}euros",
    "de dollars",
    "de francs",
    "de livres",
    "de yuans",
];

/// One of [`ABBREVIATED_FOLLOWERS`] at `at`, ending its word; where it ends.
fn abbreviated_follower_end(text: &str, at: usize) -> Option<(usize, Follower)> {
    let rest = &text[at..];
    ABBREVIATED_FOLLOWERS
        .iter()
        .find_map(|&(abbreviation, follower)| {
            let end = at + abbreviation.len();
            (rest.starts_with(abbreviation) && !alphanumeric_at(text, end))
                .then_some((end, follower))
        })
}

/// After a figure and a hyphen, `word`: an English scale word joined to it as an adjective
/// (`$4.5-million contract`, `a $1.2-billion plan`), or a lakh or a crore (`a ₹15,000-crore
/// outlay`), whole; where it ends.
fn hyphenated_scale_end(text: &str, word: &str) -> Option<(usize, Follower)> {
    let word_start = text.len() - word.len();
    FOLLOWERS.iter().find_map(|&(scale, follower)| {
        // English's, and India's lakh and crore (`a ₹15,000-crore outlay`).
        if !matches!(follower, Follower::EnglishScale(_))
            && !matches!(scale, "lakh" | "crore" | "lakh crore")
        {
            return None;
        }
        let end = word_start + prefix_ignoring_case(word, scale)?;
        (!alphanumeric_at(text, end)).then_some((end, follower))
    })
}

/// After a figure ending at `at`: `pc` or `pct` written onto it, as British and agency news
/// write a percentage (`12pc`, `3.5pct`), ending its word; where it ends, and whether it may
/// also be the figure alone (`pc` is pieces too: `a 12pc set`).
fn glued_percent_end(text: &str, at: usize) -> Option<(usize, bool)> {
    let end = letters_end(text.as_bytes(), at);
    match &text[at..end] {
        _ if alphanumeric_at(text, end) => None,
        "pct" => Some((end, false)),
        "pc" => Some((end, true)),
        _ => None,
    }
}

/// [`FOLLOWERS`] by their first letter.
static FOLLOWERS_BY_INITIAL: std::sync::LazyLock<
    crate::hashing::HashMap<char, Vec<(&'static str, Follower)>>,
> = std::sync::LazyLock::new(|| {
    let mut by_initial: crate::hashing::HashMap<char, Vec<(&'static str, Follower)>> =
        crate::hashing::HashMap::default();
    for &(follower, meaning) in FOLLOWERS {
        if let Some(initial) = follower.chars().next() {
            by_initial
                .entry(initial)
                .or_default()
                .push((follower, meaning));
        }
    }
    by_initial
});

/// How many bytes of `text` spell `lowercase` (a follower: lowercase, its words apart by
/// one space) in any case, where any of the follower spaces stands for its space.
fn prefix_ignoring_case(text: &str, lowercase: &str) -> Option<usize> {
    let mut wanted = lowercase.chars();
    let mut matched = 0;
    let mut chars = text.chars();
    loop {
        let Some(want) = wanted.next() else {
            return Some(matched);
        };
        let have = chars.next()?;
        let same = if want == ' ' {
            is_follower_space(have)
        } else {
            have == want || have.to_lowercase().eq(std::iter::once(want))
        };
        if !same {
            return None;
        }
        matched += have.len_utf8();
    }
}

/// Whether `c` may stand between a figure and its word: a space of [`NUMBER_SPACES`], a
/// tab, or a bidirectional control, which Hebrew and Arabic text puts beside a figure
/// (`5.3\u{200e} אחוז`) and which shows nothing.
fn is_follower_space(c: char) -> bool {
    c == '\t' || is_number_space(c) || crate::normalize::is_bidi_control(c)
}

/// A day of the month after a month name ending at `at`: spaces, one or two digits from 1
/// to 31, and optionally an ordinal suffix.
fn day_after(text: &str, at: usize, need_space: bool) -> Option<(u8, usize)> {
    let bytes = text.as_bytes();
    let start = spaces_end(bytes, at);
    if need_space && start == at {
        return None;
    }
    let end = digits_end(bytes, start);
    if !(1..=2).contains(&(end - start)) {
        return None;
    }
    let day: u8 = text[start..end].parse().ok()?;
    if !(1..=31).contains(&day) || continues_number(bytes, end) {
        return None;
    }
    let after = letters_end(bytes, end);
    if after > end {
        let suffix = text[end..after].to_ascii_lowercase();
        if !ORDINAL_SUFFIXES.contains(&suffix.as_str()) || alphanumeric_at(text, after) {
            return None;
        }
        return Some((day, after));
    }
    Some((day, end))
}

/// `to 22`, `-22`, `– 22` after a day: the second day of a range.
fn range_end(text: &str, at: usize) -> Option<(usize, u8, usize)> {
    let bytes = text.as_bytes();
    let mut i = spaces_end(bytes, at);
    let rest = &text[i..];
    let joiner = ["to ", "-", "\u{2013}", "\u{2014}"]
        .iter()
        .find(|j| rest.starts_with(**j))?;
    i = spaces_end(bytes, i + joiner.len());
    let end = digits_end(bytes, i);
    if !(1..=2).contains(&(end - i)) || continues_number(bytes, end) {
        return None;
    }
    if alphanumeric_at(text, end) {
        return None;
    }
    let day: u8 = text[i..end].parse().ok()?;
    (1..=31).contains(&day).then_some((i, day, end))
}

/// A date starting at `start`, where a figure would (ASCII digits, not preceded by a digit):
/// pushes its numbers onto `out` and returns where scanning goes on.
///
/// - a day before a month name: `21 November`, `21 Nov`, `21st of November`, `21. November`
///   (German), `21 novembre`, `1er novembre` (French, Italian, Dutch), `21 de noviembre`
///   (Spanish, Portuguese), and a range of days before one: `16 to 22 November`,
///   `16-22 novembre` (see [`month_after_day`]);
/// - a date in digits with a four-digit year: `2020-11-21`, `2020/11/21`, `2020.11.21` (the
///   year first, then the month), `21.11.2020` (the day first, as German and Russian write
///   it), `21/11/2020`, `11/21/2020`, `21-11-2020` (the part above 12 is the day; when both
///   are 12 or below, [`DatePart::MonthDayEitherWay`]). Its day and month are one number,
///   never a decimal (`21.11`), and its year another, read as a year alone is, as in
///   `November 21, 2020`.
///
/// Runs before most figures of every text, so it allocates nothing unless it finds a date.
fn date_at(text: &str, start: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let bytes = text.as_bytes();
    if let Some(date_end) = cjk_month_day(text, start, out) {
        return Some(date_end);
    }
    let end = digits_end(bytes, start);
    if end - start == 4
        && let Some(marker) = fiscal_year_marker_before(text, start)
    {
        // `FY2024-25`; `FY2024` alone stays a figure written onto a word, a code.
        return fiscal_year(text, marker, start, end, out);
    }
    if !matches!(end - start, 1 | 2 | 4) || !date_may_start(text, start) {
        return None;
    }
    let number = small_number(&bytes[start..end]);
    if end - start == 4 {
        return year_first_date(text, start, end, number, out)
            .or_else(|| fiscal_year(text, start, start, end, out));
    }
    let first = u8::try_from(number).ok().filter(|n| (1..=31).contains(n))?;
    numeric_date(text, start, end, first, out)
        .or_else(|| dotted_day_month(text, start, end, first, out))
        .or_else(|| day_range_before_month(text, start, end, first, out))
        .or_else(|| {
            let (month, month_end) = month_after_day(text, end, first)?;
            out.push(date_mention(start..month_end, None, month, first));
            Some(month_end)
        })
}

/// `11月21日` (Chinese, Japanese), `11월 21일` (Korean): the month at `start..end`, its sign,
/// then the day and its sign. The month's sign follows its digits directly, as it does in
/// a date and not in a duration (`3个月`, `3か月`, `3개월`); a CJK character may stand just
/// before (`2020年11月21日`, `政府11月21日宣布`), as words are not spaced. Pushes the month
/// and day as one number.
fn cjk_month_day(text: &str, start: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let (month, end) = one_or_two_digits(text, start)?;
    let month = Some(month).filter(|month| (1..=12).contains(month))?;
    let after = &text[end..];
    let Some(after) = after
        .strip_prefix('月')
        .or_else(|| after.strip_prefix('월'))
    else {
        let range_end = cjk_first_month_of_range(text, end)?;
        out.push(silent_mention(start..range_end));
        return Some(range_end);
    };
    let month_end = text.len() - after.len();
    let spaced = after.trim_start_matches(' ');
    let day_start = text.len() - spaced.len();
    let day = one_or_two_digits(text, day_start).filter(|(day, _)| (1..=31).contains(day));
    let rest = day.map(|(_, day_end)| &text[day_end..]);
    match (
        day,
        rest.and_then(|rest| rest.strip_prefix('日').or_else(|| rest.strip_prefix('일'))),
    ) {
        (Some((day, _)), Some(rest)) => {
            let date_end = text.len() - rest.len();
            out.push(date_mention(start..date_end, None, month, day));
            Some(date_end)
        }
        // A month alone (`3月`, `2020年11月`): no figure, though no day to date it by.
        _ => {
            out.push(silent_mention(start..month_end));
            Some(month_end)
        }
    }
}

/// Where the range of months ends that the month at `..end` opens, the last one carrying
/// the sign: `3至5月`, `3到5月`, `3～5月`, `3-5월` (March to May).
fn cjk_first_month_of_range(text: &str, end: usize) -> Option<usize> {
    let after = &text[end..];
    let connector = ['至', '到', '～', '〜', '~', '-', '–', '—']
        .into_iter()
        .find(|&c| after.starts_with(c))?;
    let (month, month_end) = one_or_two_digits(text, end + connector.len_utf8())?;
    let sign = text[month_end..].chars().next()?;
    ((1..=12).contains(&month) && matches!(sign, '月' | '월')).then(|| month_end + sign.len_utf8())
}

/// The number of one or two decimal digits of one script at `at` (`11`, `１１`, not `123`),
/// and where they end: a month or a day.
fn one_or_two_digits(text: &str, at: usize) -> Option<(u8, usize)> {
    let mut chars = text[at..].chars();
    let first = chars.next()?;
    let tens = decimal_digit(first)?;
    let mut end = at + first.len_utf8();
    let mut number = tens;
    if let Some(second) = chars.next()
        && let Some(units) = decimal_digit(second)
    {
        // Two scripts in one number are no number of either: their zeros differ.
        let zero = |c: char, digit: u8| u32::from(c) - u32::from(digit);
        if zero(first, tens) != zero(second, units) {
            return None;
        }
        number = tens * 10 + units;
        end += second.len_utf8();
    }
    let goes_on = text[end..].chars().next().and_then(decimal_digit).is_some();
    (!goes_on).then_some((number, end))
}

/// A number at `span` that states nothing: a month without its day.
/// The words after an hour that make it a time of day, after a space or written onto it.
const CLOCK_WORDS: [&str; 10] = [
    "a.m.",
    "p.m.",
    "A.M.",
    "P.M.",
    "AM",
    "PM",
    "o'clock",
    "o\u{2019}clock",
    "Uhr",
    "uhr",
];

/// The words before an hour that make `14:30` a time of day (`at 14:30`, `um 14:30`, `à
/// 14:30`, `a las 14:30`, `alle 14:30`, `om 14:30`, `kl. 14:30`, `в 14:30`, `until 14:30`).
const TIME_WORDS_BEFORE: [&str; 17] = [
    "at", "um", "à", "às", "las", "alle", "om", "kl.", "klo", "в", "until", "till", "ab", "bis",
    "gegen", "vers", "desde",
];

/// Whether a word of [`TIME_WORDS_BEFORE`] stands before `start`, in any case.
fn time_word_before(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    if before.len() == start {
        return false;
    }
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .to_lowercase();
    TIME_WORDS_BEFORE.contains(&word.as_str())
}

/// Whether the digits at `start` of `text` are the hour or the minutes of a time of day
/// ([`time_of_day_end`]): `5` of `5 p.m.`, `30` of `14:30`.
pub fn in_time_of_day(text: &str, start: usize) -> bool {
    if time_of_day_end(text, start).is_some() {
        return true;
    }
    let Some(before) = text[..start].strip_suffix([':', '.']) else {
        return false;
    };
    let bytes = before.as_bytes();
    let hour_digits = bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let hour_start = before.len() - hour_digits;
    matches!(hour_digits, 1 | 2) && time_of_day_end(text, hour_start).is_some_and(|end| end > start)
}

/// At `start`, where ASCII digits begin: a time of day written with its minutes, a number
/// that states no figure (neither 14 nor 30 nor 14.3); where it ends. An hour and its
/// minutes after a colon, with seconds, a word of [`CLOCK_WORDS`] after it or one of
/// [`TIME_WORDS_BEFORE`] before it (`9:05:30`, `14:30 Uhr`, `at 14:30`), or after a point
/// before a clock word (`14.30 Uhr`, `2.15 p.m.`). Not a score, a ratio, a scale or a verse
/// (`3:1`, `1:20`, `1:25,000`, `16:10`, `Genesis 1:27`). An hour alone is read as its figure (`5 p.m.` states 5, as
/// `17h` states 17): a claim may give the hour a place closes at.
fn time_of_day_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let hour_end = digits_end(bytes, start);
    if !matches!(hour_end - start, 1 | 2) || small_number(&bytes[start..hour_end]) > 24 {
        return None;
    }
    let clock_word_end = |at: usize| {
        let rest = &text[at..];
        let word = rest.strip_prefix(' ').unwrap_or(rest);
        CLOCK_WORDS.iter().find_map(|clock| {
            let end = text.len() - word.len() + clock.len();
            (word.starts_with(clock) && !alphanumeric_at(text, end)).then_some(end)
        })
    };
    // Minutes, and seconds, of two digits each after a separator.
    let minutes_end = |at: usize, separator: u8| {
        (bytes.get(at) == Some(&separator)
            && digits_end(bytes, at + 1) == at + 3
            && small_number(&bytes[at + 1..at + 3]) < 60)
            .then_some(at + 3)
    };
    if let Some(mut end) = minutes_end(hour_end, b':') {
        let mut seconds = false;
        if let Some(seconds_end) = minutes_end(end, b':') {
            end = seconds_end;
            seconds = true;
        }
        // `14:30:5` or `14:305` goes on as something else.
        if alphanumeric_at(text, end) || matches!(bytes.get(end), Some(b':' | b',')) {
            return None;
        }
        // Without seconds or a clock word, only after a word that gives a time (`at 14:30`,
        // `um 14:30`): elsewhere it may be a ratio, a scale or a verse (`1:20`, `16:10`,
        // `Genesis 1:27`), two figures.
        return match clock_word_end(end) {
            Some(clock_end) => Some(clock_end),
            None if seconds || time_word_before(text, start) => Some(end),
            None => None,
        };
    }
    clock_word_end(minutes_end(hour_end, b'.')?)
}

/// The decimals of a fraction character (`½` is `5`, `⅜` `375`): `Some(None)` for one
/// whose decimals never end (`⅓`, `⅙`), `None` for any other character.
fn vulgar_fraction(c: char) -> Option<Option<&'static str>> {
    Some(Some(match c {
        '½' => "5",
        '¼' => "25",
        '¾' => "75",
        '⅛' => "125",
        '⅜' => "375",
        '⅝' => "625",
        '⅞' => "875",
        '⅕' => "2",
        '⅖' => "4",
        '⅗' => "6",
        '⅘' => "8",
        '⅒' => "1",
        '⅓' | '⅔' | '⅙' | '⅚' | '⅐' | '⅑' => return Some(None),
        _ => return None,
    }))
}

fn silent_mention(span: Range<usize>) -> Mention {
    Mention {
        span,
        figure: None,
        date: None,
        also: None,
        separators: Separators::Silent,
    }
}

/// The number that ASCII `digits` (at most four) write.
fn small_number(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |number, digit| number * 10 + u32::from(digit - b'0'))
}

/// A mention of the `month`'s `day` at `span`.
fn date_mention(span: Range<usize>, figure: Option<Quantity>, month: u8, day: u8) -> Mention {
    Mention {
        span,
        figure,
        date: Some(DatePart::MonthDay { month, day }),
        also: None,
        separators: Separators::Silent,
    }
}

/// The mention of a year at `span`, alone or the first of a fiscal year (`date`), whose
/// figure is the year as written at `year_at`, as a year alone is a figure.
fn year_mention(text: &str, span: Range<usize>, year_at: Range<usize>, date: DatePart) -> Mention {
    Mention {
        span,
        figure: Quantity::parse(&text[year_at]).ok(),
        date: Some(date),
        also: None,
        separators: Separators::Silent,
    }
}

/// Whether a date may start at `at`: not written onto a word (`v2.11.2020`), nor after a
/// separator that follows digits, as the later parts of a longer code (`1.21.11.2020`).
fn date_may_start(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    match before.next() {
        Some(c) if c.is_alphanumeric() => false,
        Some('.' | ',' | '/' | '-' | ':') => !before.next().is_some_and(|c| c.is_ascii_digit()),
        _ => true,
    }
}

/// Whether a date in digits ending at `at` goes on as a longer code: a letter or a digit,
/// or a separator and a digit (`21.11.2020.5`, `2020-11-21-3`).
fn code_goes_on(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    alphanumeric_at(text, at)
        || (matches!(bytes.get(at), Some(b'.' | b',' | b'/' | b'-'))
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit))
}

/// After `at`: `separator`, then one or two ASCII digits; the number and where it ends.
fn part_after(bytes: &[u8], at: usize, separator: u8) -> Option<(u8, usize)> {
    if bytes.get(at) != Some(&separator) {
        return None;
    }
    let end = digits_end(bytes, at + 1);
    (1..=2)
        .contains(&(end - at - 1))
        .then(|| (small_number(&bytes[at + 1..end]) as u8, end))
}

/// `2020-11-21`, `2020/11/21`, `2020.11.21`: the year `year` at `start..end`, then a month
/// and a day. Pushes the year and the month and day as two numbers.
fn year_first_date(
    text: &str,
    start: usize,
    end: usize,
    year: u32,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let year = i32::try_from(year)
        .ok()
        .filter(|year| YEARS.contains(year))?;
    let separator = *bytes.get(end).filter(|b| matches!(b, b'-' | b'/' | b'.'))?;
    let (month, month_end) = part_after(bytes, end, separator)?;
    let (day, day_end) = part_after(bytes, month_end, separator)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || code_goes_on(text, day_end) {
        return None;
    }
    out.push(year_mention(
        text,
        start..end,
        start..end,
        DatePart::Year(year),
    ));
    out.push(date_mention(end + 1..day_end, None, month, day));
    Some(day_end)
}

/// `FY` written onto the year at `at`, as a word of its own (not `XFY2024`): where it
/// starts.
fn fiscal_year_marker_before(text: &str, at: usize) -> Option<usize> {
    let marker = at.checked_sub(2)?;
    (text.get(marker..at) == Some("FY") && starts_word(text, marker)).then_some(marker)
}

/// The separators of a fiscal year's two years: a slash, a hyphen or an en dash
/// (`2024/25`, `2024-25`, `2024–25`).
const FISCAL_YEAR_SEPARATORS: [&str; 3] = ["/", "-", "\u{2013}"];

/// `2024/25`, `2024-25`, `2024–25`, `FY2024-25`: the year at `start..end` (four digits in
/// [`YEARS`]), a [separator](FISCAL_YEAR_SEPARATORS) and the next year's last two digits
/// (`1999/00`), read from `from` (`start`, or the `FY` before it). One number, a
/// [`DatePart::FiscalYear`] whose figure is its first year, as a year alone is: the two
/// digits after it are no figure, as a date's day and month are none. Only the next year:
/// `2024/26` and `2024-2025` are two numbers, and `10/11` is no year. Not in a longer code
/// or figure (`2024/25/26`, `2024-25,000`), nor before a percent or scale word, where the
/// digits are a figure of their own (`2019-20%`, `2019-20 million`).
fn fiscal_year(
    text: &str,
    from: usize,
    start: usize,
    end: usize,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let year = i32::try_from(small_number(&bytes[start..end]))
        .ok()
        .filter(|year| YEARS.contains(year))?;
    let rest = &text[end..];
    let separator = FISCAL_YEAR_SEPARATORS
        .iter()
        .find(|separator| rest.starts_with(**separator))?;
    let short_start = end + separator.len();
    let short_end = digits_end(bytes, short_start);
    if short_end - short_start != 2
        || small_number(&bytes[short_start..short_end]) as i32 != (year + 1) % 100
        || code_goes_on(text, short_end)
        || percent_sign_end(text, short_end).is_some()
        || follower_end(text, short_end).is_some()
    {
        return None;
    }
    out.push(year_mention(
        text,
        from..short_end,
        start..end,
        DatePart::FiscalYear(year),
    ));
    Some(short_end)
}

/// `21.11.2020`, `21/11/2020`, `11/21/2020`, `21-11-2020`: the number `first` at
/// `start..end`, another of one or two digits, and a year of four, apart by one separator.
/// Pushes the day and month as one number; the year is read after it.
fn numeric_date(
    text: &str,
    start: usize,
    end: usize,
    first: u8,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let separator = *bytes.get(end).filter(|b| matches!(b, b'.' | b'/' | b'-'))?;
    let (second, second_end) = part_after(bytes, end, separator)?;
    let year_start = second_end + 1;
    let year_end = digits_end(bytes, year_start);
    if bytes.get(second_end) != Some(&separator)
        || year_end - year_start != 4
        || !YEARS.contains(&(small_number(&bytes[year_start..year_end]) as i32))
        || code_goes_on(text, year_end)
    {
        return None;
    }
    let date = if separator == b'.' {
        // The day first, as German and Russian write it: never the month.
        (1..=12).contains(&second).then_some(DatePart::MonthDay {
            month: second,
            day: first,
        })?
    } else {
        day_and_month(first, second)?
    };
    out.push(Mention {
        span: start..second_end,
        figure: None,
        date: Some(date),
        also: None,
        separators: Separators::Silent,
    });
    Some(second_end)
}

/// The German words after which `3.11.` is a day and a month and no decimal: `am 3.11.`,
/// `vom 1.3.`, `bis zum 5.3.`, `seit dem 21.11.`, `ab dem 1.1.`. Not `bis` or an article
/// alone, after which a decimal ends a sentence as often (`stieg bis 3.11.`, `al 3.5.`).
const GERMAN_DATING_WORDS: &[&str] = &["am", "vom", "zum", "seit", "dem"];

/// `am 3.11.`, `seit dem 21.11.`: a day and a month in digits, each followed by a point and
/// no year, as German writes a date after a word that dates it ([`GERMAN_DATING_WORDS`]): one
/// number, never the decimal `3.11`. Elsewhere (`stieg auf 3.11.` at a sentence's end) the
/// figure stays a figure.
fn dotted_day_month(
    text: &str,
    start: usize,
    end: usize,
    day: u8,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let (month, month_end) = dotted_month_after(text, start, end)?;
    out.push(Mention {
        span: start..month_end,
        figure: None,
        date: Some(DatePart::MonthDay { month, day }),
        also: None,
        separators: Separators::Silent,
    });
    Some(month_end)
}

/// The month, and where its digits end, of a day and month written `3.11.` whose day is
/// `start..end` ([`dotted_day_month`]).
fn dotted_month_after(text: &str, start: usize, end: usize) -> Option<(u8, usize)> {
    let bytes = text.as_bytes();
    let (month, month_end) = part_after(bytes, end, b'.')?;
    let closed = bytes.get(month_end) == Some(&b'.')
        && !bytes.get(month_end + 1).is_some_and(u8::is_ascii_digit);
    if !(1..=12).contains(&month) || !closed {
        return None;
    }
    let before = text[..start].trim_end_matches(' ');
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .filter(|word| before.len() < start && !word.is_empty())?
        .to_lowercase();
    GERMAN_DATING_WORDS
        .contains(&word.as_str())
        .then_some((month, month_end))
}

/// Whether `text[start..end]` is a day and month written `3.11.` after a word that dates it
/// ([`dotted_day_month`]): a date, not the decimal it looks like.
pub fn is_dotted_day_month(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let day_end = digits_end(bytes, start);
    (1..=2).contains(&(day_end - start))
        && (1..=31).contains(&small_number(&bytes[start..day_end]))
        && dotted_month_after(text, start, day_end).is_some_and(|(_, month_end)| month_end == end)
}

/// `first/second` of a date in digits, which the United States writes month first and most
/// of the world day first: a part above 12 is the day; when both are 12 or below, either
/// may be.
fn day_and_month(first: u8, second: u8) -> Option<DatePart> {
    let is_month = |n: u8| (1..=12).contains(&n);
    let is_day = |n: u8| (1..=31).contains(&n);
    match (is_month(first), is_month(second)) {
        (true, true) => Some(DatePart::MonthDayEitherWay { first, second }),
        (true, false) if is_day(second) => Some(DatePart::MonthDay {
            month: first,
            day: second,
        }),
        (false, true) if is_day(first) => Some(DatePart::MonthDay {
            month: second,
            day: first,
        }),
        _ => None,
    }
}

/// `16 to 22 November`, `16-22 novembre`: the day `first` at `start..end`, a second day, and
/// a month name after it. Pushes the first day (which keeps its figure, as the second of
/// `November 16 to 22` does) and the second with its month.
fn day_range_before_month(
    text: &str,
    start: usize,
    end: usize,
    first: u8,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let (second_start, second, second_end) = range_end(text, end)?;
    let (month, month_end) = month_after_day(text, second_end, second)?;
    out.push(date_mention(
        start..end,
        Quantity::parse(&text[start..end]).ok(),
        month,
        first,
    ));
    out.push(date_mention(second_start..month_end, None, month, second));
    Some(month_end)
}

/// After the digits of the day `day`, ending at `at`: the month name that makes it a date,
/// its month and where its name ends. `21 November`, `21 Nov`, `21st November`, `21st of
/// November` (English, capitalised: `21 may` is no date); `21. November` (German; with a
/// name English shares, only before a year, as `21. November` may end a sentence and begin
/// the next); `21 novembre`, `1er novembre`, `21 mei` (French, Italian, Dutch, lowercase);
/// `21 de noviembre`, `21 de novembro` (Spanish, Portuguese).
fn month_after_day(text: &str, at: usize, day: u8) -> Option<(u8, usize)> {
    use MonthStyle::{AfterDe, DayBefore, English, EnglishShort, German};
    let bytes = text.as_bytes();
    let named = |at: usize, styles: &[MonthStyle]| {
        month_at(text, at, styles).map(|(month, end, _)| (month, end))
    };
    let suffix_end = letters_end(bytes, at);
    if suffix_end > at {
        let suffix = &text[at..suffix_end];
        if day == 1 && suffix == "er" {
            return named(spaces_after(text, suffix_end)?, &[DayBefore]);
        }
        if !ORDINAL_SUFFIXES
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s))
        {
            return None;
        }
        let name = spaces_after(text, suffix_end)?;
        let name = match text[name..].strip_prefix("of") {
            Some(_) => spaces_after(text, name + 2)?,
            None => name,
        };
        return named(name, &[English, EnglishShort]);
    }
    if bytes.get(at) == Some(&b'.') {
        let name = spaces_after(text, at + 1)?;
        let (month, end) = named(name, &[German])?;
        let english = month_at(text, name, &[English]).is_some();
        return (!english || year_after(text, end)).then_some((month, end));
    }
    let name = spaces_after(text, at)?;
    if let Some(found) = named(name, &[English, EnglishShort, DayBefore]) {
        return Some(found);
    }
    // `de`, or `De` in a headline's capitals.
    if !(text[name..].starts_with("de") || text[name..].starts_with("De")) {
        return None;
    }
    named(spaces_after(text, name + 2)?, &[AfterDe])
}

/// After `at`: one or more of the spaces between words of a date (see
/// [`is_follower_space`]); where they end.
fn spaces_after(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let after = rest.trim_start_matches(is_follower_space);
    (after.len() < rest.len()).then_some(text.len() - after.len())
}

/// Whether a year (four digits in [`YEARS`]) follows `at`, after spaces.
fn year_after(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(start) = spaces_after(text, at) else {
        return false;
    };
    let end = digits_end(bytes, start);
    end - start == 4
        && YEARS.contains(&(small_number(&bytes[start..end]) as i32))
        && !continues_number(bytes, end)
}

/// Whether a number ending at `at` goes on: another digit, or a `.`/`,` and a digit.
fn continues_number(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(b) if b.is_ascii_digit() => true,
        Some(b'.' | b',') => bytes.get(at + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    }
}

fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

fn letters_end(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

/// Spaces and tabs only: a figure and its scale word stand on one line.
fn spaces_end(bytes: &[u8], mut i: usize) -> usize {
    while matches!(bytes.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    i
}

/// Whether the character at byte `at` is a letter or digit (any script).
pub(super) fn alphanumeric_at(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// Whether a word starts at `at`: the character before is not a letter or digit.
fn starts_word(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find_numbers(text)
            .into_iter()
            .map(|m| &text[m.span])
            .collect()
    }

    fn dates(text: &str) -> Vec<Option<DatePart>> {
        find_numbers(text).into_iter().map(|m| m.date).collect()
    }

    #[test]
    fn figures_with_separators_decimals_and_percent_marks_are_one_number() {
        assert_eq!(
            found("5,379 villages, 11,487.39 yuan, 0.85% in 2019, 67 counties"),
            ["5,379", "11,487.39", "0.85%", "2019", "67"]
        );
        assert_eq!(found("99.12% , All"), ["99.12%"]);
        assert_eq!(found("in 2012."), ["2012"]);
    }

    #[test]
    fn scale_words_and_percent_belong_to_their_figure() {
        assert_eq!(
            found("All 3.29 million poor, 1.749 billion yuan, 40 percent, three million"),
            [
                "3.29 million",
                "1.749 billion",
                "40 percent",
                "three million"
            ]
        );
        let mention = &find_numbers("3.29 million")[0];
        assert_eq!(
            mention.figure.as_ref().unwrap().value,
            rust_decimal::Decimal::from(3_290_000)
        );
    }

    #[test]
    fn number_words_are_whole_words_in_any_case() {
        assert_eq!(
            found("spans three counties; Nine; someone; Five-Year; one by one"),
            ["three", "Nine", "Five", "one", "one"]
        );
        // A compound number word is one number, not its parts.
        assert_eq!(
            found("twenty-one counties, Forty-Nine, one-two"),
            ["twenty-one", "Forty-Nine"]
        );
        assert_eq!(figure("twenty-one counties, Forty-Nine"), ["21", "49"]);
        // Whatever stands before the compound.
        assert_eq!(found("é-one, ½-two, 六-three"), ["one", "two", "three"]);
        assert_eq!(found("hundreds of thousands, the year"), Vec::<&str>::new());
    }

    #[test]
    fn mn_is_a_million_in_english_and_minutes_before_french() {
        let figures = |text: &str| -> Vec<(String, Option<String>)> {
            find_numbers(text)
                .into_iter()
                .map(|m| {
                    let value = |f: Quantity| f.value.to_string();
                    (m.figure.map_or("-".into(), value), m.also.map(value))
                })
                .collect()
        };
        let million = |n: &str| (n.to_string(), None);
        let either = |n: &str, m: &str| (n.to_string(), Some(m.to_string()));
        assert_eq!(
            figures("300 mn dollars, $2 mn, £3mn, 4mn people"),
            [
                million("300000000"),
                million("2000000"),
                million("3000000"),
                million("4000000")
            ]
        );
        assert_eq!(
            figures("30 mn en voiture, 45mn de marche, 15 mn à pied"),
            [million("30"), million("45"), million("15")]
        );
        // Before no word, either.
        assert_eq!(
            figures("en 30 mn. Il part dans 20mn"),
            [either("30000000", "30"), either("20000000", "20")]
        );
    }

    #[test]
    fn a_currency_written_in_letters_onto_a_figure_leaves_it_a_figure() {
        let text =
            "RM5 juta, KSh5 billion, Rs5 crore, Rp5 triliun, R5 million, N5bn, Rs250, P5 million";
        let numbers = find_numbers(text);
        assert_eq!(
            numbers
                .iter()
                .map(|m| &text[m.span.clone()])
                .collect::<Vec<_>>(),
            [
                "5 juta",
                "5 billion",
                "5 crore",
                "5 triliun",
                "5 million",
                "5bn",
                "250",
                "5 million"
            ]
        );
        // Indonesian abbreviates a million and a thousand after the rupiah.
        assert_eq!(figure("Rp5 jt, Rp 500 rb"), ["5000000", "500000"]);
        assert_eq!(figure("5 jt, 500 rb"), ["5", "500"]);
        assert!(numbers.iter().all(|m| !m.is_part_of_a_word(text)));
        // A currency code written onto its figure, as in financial news.
        for text in ["CHF50 million", "a USD5bn fund", "NOK50m"] {
            assert!(!find_numbers(text)[0].is_part_of_a_word(text), "{text}");
        }
        // Codes stay codes: a single letter before no scale, a currency inside a word.
        for code in [
            "the road R5 opened",
            "the N5 highway",
            "a P5 member",
            "G17 million",
            "BRM5 juta",
            "XCHF50 units",
            "the ABC5 gene",
        ] {
            let numbers = find_numbers(code);
            assert!(numbers[0].is_part_of_a_word(code), "{code}");
        }
    }

    #[test]
    fn scale_words_of_two_meanings_give_both_readings() {
        for (text, first, also) in [
            ("1,5 Billion Euro", "1500000000", "1500000000000"),
            ("1 Billion Euro Schulden", "1000000000", "1000000000000"),
            ("2,5 Billion", "2500000000", "2500000000000"),
            // The Greek `χιλ.` and `εκατ.` are kilometres and centimetres too.
            ("3 εκατ. ευρώ", "3000000", "3"),
            ("50 χιλ. από την Αθήνα", "50000", "50"),
        ] {
            let mention = &find_numbers(text)[0];
            assert_eq!(
                mention.figure.as_ref().unwrap().value.to_string(),
                first,
                "{text}"
            );
            assert_eq!(
                mention.also.as_ref().unwrap().value.to_string(),
                also,
                "{text}"
            );
        }
        // English writes it in lowercase, and capitalised in titles: one reading.
        for english in [
            "1.5 billion euros",
            "Startup In $1 Billion Deal",
            "$1.035 Billion Revenue",
            "1 Billion Dollar Question",
        ] {
            let mention = &find_numbers(english)[0];
            assert_eq!(mention.also, None, "{english}");
        }
    }

    #[test]
    fn malay_bilion_is_a_thousand_million_and_also_a_million_million() {
        let mention = &find_numbers("bernilai 1.5 bilion ringgit")[0];
        assert_eq!(
            mention.figure.as_ref().unwrap().value.to_string(),
            "1500000000"
        );
        assert_eq!(
            mention.also.as_ref().unwrap().value.to_string(),
            "1500000000000"
        );
        let mention = &find_numbers("RM2 trilion")[0];
        assert_eq!(
            mention.figure.as_ref().unwrap().value.to_string(),
            "2000000000000"
        );
    }

    #[test]
    fn the_arabic_alf_after_a_year_is_the_verb() {
        let text = "وفي عام 1950 ألف كتابه الأول عن 12 مدينة، و50 ألف شخص، و2500 ألف، و١٩٥٠ ألف";
        assert_eq!(found(text), ["1950", "12", "50 ألف", "2500 ألف", "١٩٥٠"]);
        assert_eq!(
            dates(text)[0],
            Some(DatePart::Year(1950)),
            "the year is read as one"
        );
        assert_eq!(figure(text)[2], "50000");
    }

    #[test]
    fn laki_before_a_figure_is_also_the_figure_alone() {
        let mention = &find_numbers("watu laki 5 walihudhuria")[0];
        assert_eq!(mention.figure.as_ref().unwrap().value.to_string(), "500000");
        assert_eq!(mention.also.as_ref().unwrap().value.to_string(), "5");
        // The other Swahili words have one reading.
        let mention = &find_numbers("watu milioni 60")[0];
        assert_eq!(
            mention.figure.as_ref().unwrap().value.to_string(),
            "60000000"
        );
        assert_eq!(mention.also, None);
    }

    #[test]
    fn spelled_english_compounds_are_one_figure() {
        let text = "A hundred thousand people marched. Two and a half million people voted. \
                    one hundred thousand, one and a half million, half a million, a million, \
                    a thousand million, a million and a half, a hundred buses, two and a half \
                    years, An hundred";
        assert_eq!(
            found(text),
            [
                "A hundred thousand",
                "Two and a half million",
                "one hundred thousand",
                "one and a half million",
                "half a million",
                "a million",
                "a thousand million",
                "a million and a half",
                "a hundred",
                "two and a half",
                "An hundred"
            ]
        );
        assert_eq!(
            figure(text),
            [
                "100000",
                "2500000",
                "100000",
                "1500000",
                "500000",
                "1000000",
                "1000000000",
                "1500000",
                "100",
                "2.5",
                "100"
            ]
        );
        // `a` before no scale, a fraction of a million that writes no figure exactly, a
        // fraction's number word: nothing. Quarters of a million are figures.
        assert_eq!(
            found("a quarter of a million, three-quarters of a million"),
            ["a quarter of a million", "three-quarters of a million"]
        );
        for none in [
            "a man, a half, a lot, two-thirds of a million, three-quarters",
            "a 5, a. million, a-million",
        ] {
            assert_eq!(
                found(none),
                ["5"][..usize::from(none.contains('5'))],
                "{none}"
            );
        }
        // A dozen is twelve: `a dozen`, `two dozen`, `half a dozen`; `dozens` counts none.
        let text = "a dozen, two dozen, half a dozen, dozens of";
        assert_eq!(found(text), ["a dozen", "two dozen", "half a dozen"]);
        assert_eq!(figure(text), ["12", "24", "6"]);
        // `a` is no article of `mil millones`, which is a thousand million alone in Spanish.
        assert_eq!(found("a mil millones"), ["mil millones"]);
        assert_eq!(figure("a mil millones"), ["1000000000"]);
        // The number words alone and with a scale are read as before.
        assert_eq!(found("three million, two years"), ["three million", "two"]);
    }

    #[test]
    fn months_with_a_day_are_dates() {
        assert_eq!(found("On November 20, the"), ["November 20"]);
        assert_eq!(
            dates("On November 20, the"),
            [Some(DatePart::MonthDay { month: 11, day: 20 })]
        );
        assert_eq!(found("May I say; in May"), Vec::<&str>::new());
        assert_eq!(found("November 2019"), ["2019"]);
    }

    #[test]
    fn a_day_range_names_two_days_of_one_month() {
        assert_eq!(found("From November 16 to 22, in"), ["November 16", "22"]);
        assert_eq!(
            dates("From November 16 to 22, in")[1],
            Some(DatePart::MonthDay { month: 11, day: 22 })
        );
    }

    fn month_day(month: u8, day: u8) -> Option<DatePart> {
        Some(DatePart::MonthDay { month, day })
    }

    #[test]
    fn a_day_before_an_english_month_name_is_a_date() {
        let year = Some(DatePart::Year(2020));
        for text in [
            "On 21 November 2020, officials",
            "On 21 Nov 2020, officials",
            "On 21 Nov. 2020, officials",
            "On 21st November 2020, officials",
            "On the 21st of November 2020, officials",
        ] {
            assert_eq!(dates(text), [month_day(11, 21), year], "{text}");
            assert!(
                find_numbers(text)[0].figure.is_none(),
                "{text}: a day is no figure"
            );
        }
        assert_eq!(found("the 21st of November"), ["21st of November"]);
        assert_eq!(found("by 1 May, 3 March"), ["1 May", "3 March"]);
        // Lowercase, `may` and `march` are verbs; an ordinal alone stays a day.
        assert_eq!(dates("21 may rise, 3 march on"), [None, None]);
        assert_eq!(dates("on the 21st"), [Some(DatePart::Day(21))]);
        // Not a day: a figure above 31, a decimal, a word that only begins like a month.
        assert_eq!(
            dates("45 November, 2.5 November, 21 Novembers"),
            [None, None, None]
        );
        assert_eq!(
            dates("12 Marches, 4 Decembrists, 7 Mayors"),
            [None, None, None]
        );
    }

    #[test]
    fn an_english_month_abbreviation_before_a_day_is_a_date() {
        assert_eq!(
            found("On Nov. 21, 2020 and Sept 11"),
            ["Nov. 21", "2020", "Sept 11"]
        );
        assert_eq!(dates("Nov. 21"), [month_day(11, 21)]);
        assert_eq!(dates("Sept 11"), [month_day(9, 11)]);
        assert_eq!(found("Novel 21, Nov"), ["21"]);
    }

    #[test]
    fn a_day_before_a_month_name_of_another_language_is_a_date() {
        assert_eq!(found("le 1er novembre"), ["1er novembre"]);
        assert_eq!(dates("le 1er novembre"), [month_day(11, 1)]);
        let cases = [
            ("Le 21 novembre 2020, 14 communes", "21 novembre"),
            ("le 21\u{a0}novembre", "21\u{a0}novembre"),
            ("il 21 novembre", "21 novembre"),
            ("op 21 november", "21 november"),
            ("el 21 de noviembre de 2020", "21 de noviembre"),
            ("El 21 De Noviembre", "21 De Noviembre"),
            ("em 21 de novembro de 2020", "21 de novembro"),
            ("am 21. November 2020", "21. November"),
        ];
        for (text, date) in cases {
            let mention = &find_numbers(text)[0];
            assert_eq!(&text[mention.span.clone()], date, "{text}");
            assert_eq!(mention.date, month_day(11, 21), "{text}");
            assert_eq!(mention.figure, None, "{text}");
        }
        assert_eq!(
            dates("le 14 juillet, le 15 août, am 3. März"),
            [month_day(7, 14), month_day(8, 15), month_day(3, 3)]
        );
        assert_eq!(
            dates("el 2 de mayo, o 25 de abril"),
            [month_day(5, 2), month_day(4, 25)]
        );
    }

    #[test]
    fn a_chinese_japanese_or_korean_month_and_day_are_a_date() {
        for (text, date, month, day) in [
            ("11月21日，贵州有9个县退出贫困", "11月21日", 11, 21),
            ("2020年11月21日，9个县", "11月21日", 11, 21),
            ("省政府11月21日宣布", "11月21日", 11, 21),
            ("5月1日、札幌で3人が負傷した", "5月1日", 5, 1),
            ("１１月２１日，贵州有９个县退出贫困", "１１月２１日", 11, 21),
            ("2020年１１月２１日宣布", "１１月２１日", 11, 21),
            ("11월 21일 서울에서 3명이 다쳤다", "11월 21일", 11, 21),
        ] {
            let mention = find_numbers(text)
                .into_iter()
                .find(|m| m.date.is_some() && m.figure.is_none())
                .unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&text[mention.span.clone()], date, "{text}");
            assert_eq!(mention.date, month_day(month, day), "{text}");
        }
        // A month alone names no figure.
        let month = find_numbers("2020年11月，9个县");
        assert!(
            month
                .iter()
                .all(|m| m.figure.as_ref().is_none_or(|f| f.value != 11.into()))
        );
        // A duration is counted, not dated: `3个月` is three months.
        let figures: Vec<&str> = find_numbers("历时3个月，13月1日")
            .iter()
            .filter(|m| m.figure.is_some())
            .map(|m| &"历时3个月，13月1日"[m.span.clone()])
            .collect();
        assert!(figures.contains(&"3"), "{figures:?}");
        assert!(figures.contains(&"13"), "no 13th month: {figures:?}");
    }

    #[test]
    fn a_bidirectional_mark_between_a_figure_and_its_word_is_passed_over() {
        let with_mark = find_numbers("על 5.3\u{200E} אחוז");
        let without = find_numbers("על 5.3 אחוז");
        assert_eq!(
            with_mark[0].figure.as_ref().map(|f| f.to_string()),
            without[0].figure.as_ref().map(|f| f.to_string())
        );
        assert!(
            with_mark[0]
                .figure
                .as_ref()
                .unwrap()
                .to_string()
                .contains('%'),
            "{:?}",
            with_mark[0].figure
        );
    }

    #[test]
    fn a_range_of_months_in_cjk_names_no_figure() {
        for text in ["3至5月，9个县", "3到5月", "3～5月", "3-5월", "11~12月"] {
            let figures: Vec<&str> = find_numbers(text)
                .iter()
                .filter(|m| m.figure.is_some())
                .map(|m| &text[m.span.clone()])
                .collect();
            let expected: &[&str] = if text.contains('9') { &["9"] } else { &[] };
            assert_eq!(figures, expected, "{text}");
        }
        // Not a range of months: a 13th month, a duration, a count before a month.
        for (text, figure) in [("3至13月", "3"), ("3至5个月", "3"), ("30至5月", "30")] {
            let figures: Vec<&str> = find_numbers(text)
                .iter()
                .filter(|m| m.figure.is_some())
                .map(|m| &text[m.span.clone()])
                .collect();
            assert!(figures.contains(&figure), "{text}: {figures:?}");
        }
    }

    #[test]
    fn a_day_before_a_foreign_month_name_that_may_be_another_word_is_a_figure() {
        // Capitalised, a French name is a name: `Mars` the planet, a `Mai Tai`.
        assert_eq!(dates("2 Mars rovers, 3 Mai Tais"), [None, None]);
        // Spanish and Portuguese need their `de`: `mayo` is also a sauce.
        assert_eq!(dates("2 mayo packets, 2 desks"), [None, None]);
        assert_eq!(dates("2nd de mayo"), [Some(DatePart::Day(2))]);
        // `21. November` may end a sentence and begin the next: with a name English
        // shares, only before a year; German's own names are read alone.
        assert_eq!(dates("rose by 21. November saw more"), [None]);
        assert_eq!(
            dates("am 21. November 2020"),
            [month_day(11, 21), Some(DatePart::Year(2020))]
        );
        assert_eq!(dates("am 21. Dezember"), [month_day(12, 21)]);
        // `1er` is French for the first only.
        assert_eq!(dates("le 2er novembre"), [None]);
    }

    #[test]
    fn a_range_of_days_before_a_month_name_names_two_days() {
        for text in ["16 to 22 November", "16-22 novembre", "16\u{2013}22 Nov"] {
            let found = find_numbers(text);
            assert_eq!(
                found.iter().map(|m| m.date).collect::<Vec<_>>(),
                [month_day(11, 16), month_day(11, 22)],
                "{text}"
            );
            assert_eq!(&text[found[0].span.clone()], "16", "{text}");
        }
        assert_eq!(dates("pages 11-21 of the report"), [None, None]);
    }

    #[test]
    fn dates_in_digits_are_a_day_and_month_and_a_year() {
        let year = Some(DatePart::Year(2020));
        for (text, day_and_month) in [
            ("Am 21.11.2020 waren", "21.11"),
            ("by 21/11/2020,", "21/11"),
            ("by 11/21/2020,", "11/21"),
            ("on 21-11-2020.", "21-11"),
        ] {
            let found = find_numbers(text);
            assert_eq!(
                found
                    .iter()
                    .map(|m| &text[m.span.clone()])
                    .collect::<Vec<_>>(),
                [day_and_month, "2020"],
                "{text}"
            );
            assert_eq!(found[0].date, month_day(11, 21), "{text}");
            assert_eq!(found[0].figure, None, "{text}: never the decimal 21.11");
            assert_eq!(found[1].date, year, "{text}");
        }
        for text in ["On 2020-11-21.", "2020/11/21", "2020.11.21"] {
            assert_eq!(found(text).len(), 2, "{text}");
            assert_eq!(dates(text), [year, month_day(11, 21)], "{text}");
        }
        assert_eq!(found("On 2020-11-21."), ["2020", "11-21"]);
        assert_eq!(
            dates("1.2.2019"),
            [month_day(2, 1), Some(DatePart::Year(2019))]
        );
    }

    #[test]
    fn a_fiscal_year_with_the_next_years_last_two_digits_is_one_number() {
        for (text, written) in [
            ("a budget for 2024/25.", "2024/25"),
            ("The state's 2024-25 budget", "2024-25"),
            ("In 2024\u{2013}25 the city", "2024\u{2013}25"),
            ("FY2024-25 closed", "FY2024-25"),
            ("(FY 2024/25)", "2024/25"),
        ] {
            let found = find_numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(&text[found[0].span.clone()], written, "{text}");
            assert_eq!(found[0].date, Some(DatePart::FiscalYear(2024)), "{text}");
            // Its figure is its first year, as a year alone is; the short year is none.
            assert_eq!(
                found[0]
                    .figure
                    .as_ref()
                    .map(|f| f.text.to_string())
                    .as_deref(),
                Some("2024"),
                "{text}"
            );
            assert!(!found[0].is_part_of_a_word(text), "{text}");
        }
        assert_eq!(dates("in 1999/00"), [Some(DatePart::FiscalYear(1999))]);
    }

    #[test]
    fn figures_that_only_look_like_a_fiscal_year_are_figures() {
        // Not the next year's digits, a full second year, no four-digit year.
        assert_eq!(found("2024/26"), ["2024", "26"]);
        assert_eq!(found("2024/24"), ["2024", "24"]);
        assert_eq!(found("the 2024-2025 season"), ["2024", "2025"]);
        assert_eq!(found("scored 10/11"), ["10", "11"]);
        assert_eq!(found("in 2024/5"), ["2024", "5"]);
        // A longer code or figure, a percentage or a scaled figure after the year.
        assert_eq!(found("2024/25/26"), ["2024", "25", "26"]);
        assert_eq!(found("2024-25,000 people"), ["2024", "25,000"]);
        assert_eq!(found("2019-20% off"), ["2019", "20%"]);
        assert_eq!(found("2019-20 million"), ["2019", "20 million"]);
        assert_eq!(found("2024/25th"), ["2024", "25th"]);
        // A date with its year first stays one.
        assert_eq!(found("2024-12-25"), ["2024", "12-25"]);
        // `FY` inside a longer word, or before a year alone: a code, as `G7` is.
        let glued = |text: &str| {
            find_numbers(text)
                .into_iter()
                .filter(|m| !m.is_part_of_a_word(text))
                .count()
        };
        assert_eq!(glued("FY2025 results"), 0);
        assert_eq!(glued("XFY2024-25"), 1, "the 25 alone");
        assert!(
            dates("FY2025, XFY2024-25")
                .iter()
                .all(|d| !matches!(d, Some(DatePart::FiscalYear(_))))
        );
    }

    #[test]
    fn a_date_in_digits_whose_order_is_not_told_may_be_read_either_way() {
        assert_eq!(
            dates("on 05/06/2020")[0],
            Some(DatePart::MonthDayEitherWay {
                first: 5,
                second: 6
            })
        );
        // With a point, the day comes first.
        assert_eq!(dates("am 05.06.2020")[0], month_day(6, 5));
        // Neither part a month: no date.
        assert_eq!(found("21/21/2020"), ["21", "21", "2020"]);
    }

    #[test]
    fn the_days_and_months_of_every_date_read_may_be_in_a_date() {
        let text = "On 21/11/2020, 11/21/2020, 21-11-2020, 2020-11-21, 2020/11/21, 2020.11.21, \
                    21.11.2020, 05/06/2020, November 21, Nov. 21, 21 November 2020, 21 Nov \
                    2020, 21. November 2020, am 3. Dezember, le 21 novembre, el 21 de \
                    noviembre, 21 de novembro, 21 mei, 16 to 22 November, 16-22 novembre, \
                    November 16 to 22";
        // The value check looks in the lowercased quote: ASCII here, at the same places.
        let lowercase = text.to_lowercase();
        assert_eq!(lowercase.len(), text.len());
        let mut days = 0;
        for mention in find_numbers(text) {
            // A day or month that is no figure: those a value is not found in as written.
            if mention.figure.is_some() || mention.date.is_none() {
                continue;
            }
            let mut at = mention.span.start;
            while at < mention.span.end {
                let end = digits_end(text.as_bytes(), at);
                if end == at {
                    at += 1;
                    continue;
                }
                if end - at <= 2 {
                    days += 1;
                    for written in [text, lowercase.as_str()] {
                        assert!(
                            may_be_in_a_date(written, at, end),
                            "{} in {}",
                            &text[at..end],
                            &text[mention.span.clone()]
                        );
                    }
                }
                at = end;
            }
        }
        assert!(days >= 25, "{days} days and months read");
        // The first month of a range of months (`3至5月`, March to May) has no sign of its own.
        for text in ["3至5月", "3-5월"] {
            assert!(may_be_in_a_date(text, 0, 1), "{text}");
        }
        for (text, span) in [
            ("21 projects", 0..2),
            ("in 21, 22 and 23", 3..5),
            ("page 12 of 30", 5..7),
            ("Section 21 says", 8..10),
            ("2020 villages", 0..4),
            ("7,993 villages", 2..5),
        ] {
            assert!(!may_be_in_a_date(text, span.start, span.end), "{text}");
        }
    }

    #[test]
    fn digits_that_only_look_like_a_date_are_not_one() {
        // No year: a score, a ratio, a time, a decimal.
        assert_eq!(dates("scored 21/11, at 21.11"), [None, None, None]);
        assert_eq!(
            find_numbers("at 21.11")[0]
                .figure
                .as_ref()
                .map(|f| f.text.to_string())
                .as_deref(),
            Some("21.11")
        );
        // Ranges of years and pages, version numbers, codes.
        assert_eq!(found("the 2020-2021 season"), ["2020", "2021"]);
        assert_eq!(
            dates("the 2020-2021 season"),
            [Some(DatePart::Year(2020)), Some(DatePart::Year(2021))]
        );
        assert_eq!(found("pages 11-21"), ["11", "21"]);
        assert_eq!(found("1.2.3"), ["1.2", "3"]);
        // Written onto a word, or after a figure and a point: read as before.
        assert_eq!(found("v2.11.2020"), ["2.11", "2020"]);
        assert_eq!(found("1.21.11.2020"), ["1.21", "11.2020"]);
        assert!(
            dates("v2.11.2020, 1.21.11.2020")
                .iter()
                .all(|d| !matches!(d, Some(DatePart::MonthDay { .. })))
        );
        assert_eq!(found("21.11.2020.5"), ["21.11", "2020.5"]);
        // A day and month with their points and no year, after a word that dates them.
        assert_eq!(
            dates("seit dem 3.11. gilt er, vom 1.3. bis zum 5.3."),
            [
                Some(DatePart::MonthDay { month: 11, day: 3 }),
                Some(DatePart::MonthDay { month: 3, day: 1 }),
                Some(DatePart::MonthDay { month: 3, day: 5 })
            ]
        );
        assert_eq!(dates("Die Quote stieg auf 3.11. Danach"), [None]);
        for text in [
            "Die Quote stieg bis 3.11.",
            "La inflación subió al 3.5.",
            "puis au 3.6.",
        ] {
            assert_eq!(dates(text).last(), Some(&None), "{text}");
        }
        assert_eq!(found("am 3.11.2020 und am 3.11"), ["3.11", "2020", "3.11"]);
        assert_eq!(dates("am 3.11"), [None]);
        assert_eq!(
            dates("2020-11-21-3, 2020-13-01, 2020-11-32"),
            [
                Some(DatePart::Year(2020)),
                None,
                None,
                None,
                Some(DatePart::Year(2020)),
                None,
                None,
                Some(DatePart::Year(2020)),
                None,
                None,
            ]
        );
        // A year out of range, or not of four digits.
        assert_eq!(dates("21.11.1789, 21.11.20"), [None; 4]);
        // A dotted number of another kind: thousands in German.
        assert_eq!(found("1.079.498"), ["1.079.498"]);
    }

    #[test]
    fn spelled_ordinals_and_multiplicatives_are_numbers_but_not_in_compounds() {
        assert_eq!(
            found(
                "the seventh Day, the third consecutive year, done twice; a third-party agency, the Eighteenth Congress"
            ),
            ["seventh", "third", "twice", "Eighteenth"]
        );
        assert!(find_numbers("the seventh")[0].figure.is_none());
        assert_eq!(found("there were once problems"), Vec::<&str>::new());
    }

    #[test]
    fn ordinals_are_numbers_and_small_ones_days() {
        assert_eq!(found("the 18th Congress, on the 21st"), ["18th", "21st"]);
        assert_eq!(dates("on the 21st"), [Some(DatePart::Day(21))]);
        assert_eq!(dates("the 45th"), [None]);
        assert!(find_numbers("the 21st")[0].figure.is_none());
    }

    #[test]
    fn years_are_four_plain_digits_from_1900_to_2100() {
        assert_eq!(dates("in 2019"), [Some(DatePart::Year(2019))]);
        assert_eq!(dates("2,019 and 3000 and 2019.5"), [None, None, None]);
        assert!(find_numbers("in 2019")[0].figure.is_some());
    }

    #[test]
    fn digits_in_codes_are_numbers_without_signs() {
        assert_eq!(found("hotline: 0771-5530647"), ["0771", "5530647"]);
        assert!(find_numbers("No. 020")[0].figure.is_none(), "leading zero");
        assert_eq!(found("COVID-19 and 3+1"), ["19", "3", "1"]);
    }

    #[test]
    fn a_point_before_digits_with_none_before_it_is_a_decimal_point() {
        let text = "raised by .5% in May, fell .25 points, $.75 each, (.8 percent), .5bn";
        assert_eq!(
            read(text),
            pairs(&[
                (".5%", "0.5%"),
                (".25", "0.25"),
                (".75", "0.75"),
                (".8 percent", "0.8%"),
                (".5bn", "500000000"),
            ])
        );
        assert_eq!(read(".5 at the start"), pairs(&[(".5", "0.5")]));
        // After a digit, a letter or another point the point decimal or a full stop: a
        // decimal (`1.5`), a code (`v.5`, `No.5`), a sentence run into the next.
        assert_eq!(
            read("1.5 and v.5 and No.5 and the end.5 and wait..5, then 5%.5"),
            pairs(&[
                ("1.5", "1.5"),
                ("5", "5"),
                ("5", "5"),
                ("5", "5"),
                ("5", "5"),
                ("5%", "5%"),
                ("5", "5")
            ])
        );
        // Its digits are all decimals: no grouping, no second point, no year.
        assert_eq!(
            read("by .500,000 and .5.3 in .2019"),
            pairs(&[
                (".500", "0.5"),
                ("000", "-"),
                (".5", "0.5"),
                ("3", "3"),
                (".2019", "0.2019")
            ])
        );
        assert_eq!(dates("in .2019"), [None]);
    }

    #[test]
    fn a_minus_sign_before_a_figure_makes_it_negative() {
        let text = "growth was \u{2212}3.2% in 2020, stood at -5 million dollars, (-7 degrees), \
                    fell to \u{2013}0.4%, x=-2, -.5% and -12";
        assert_eq!(
            read(text),
            pairs(&[
                ("\u{2212}3.2%", "-3.2%"),
                ("2020", "2020"),
                ("-5 million", "-5000000"),
                ("-7", "-7"),
                ("\u{2013}0.4%", "-0.4%"),
                ("-2", "-2"),
                ("-.5%", "-0.5%"),
                ("-12", "-12"),
            ])
        );
        // Where a hyphen or a dash joins a word, a code, a range or a telephone number, or
        // stands apart as a dash, it is no sign.
        for unsigned in [
            "hotline 0771-5530647",
            "in 2019-2020",
            "COVID-19",
            "Route-5",
            "pages 10-15",
            "from 2018 -2019",
            "at 5% -3",
            "- 5 counties",
            "5\u{2212}3",
            "x\u{2212}5",
            "1990\u{2013}2000",
        ] {
            assert!(
                find_numbers(unsigned).iter().all(|m| {
                    m.figure
                        .as_ref()
                        .is_none_or(|f| !f.value.is_sign_negative())
                        && !unsigned[m.span.clone()].starts_with(['-', '\u{2212}', '\u{2013}'])
                }),
                "{unsigned}: {:?}",
                read(unsigned)
            );
        }
        // A number without a figure keeps no sign, nor is a signed year a year.
        assert_eq!(
            read("-020 and -21st"),
            pairs(&[("020", "-"), ("21st", "-")])
        );
        assert_eq!(dates("-2019"), [None]);
        // A negative amount writes its minus sign before its currency sign.
        assert_eq!(
            read("flows of -$5 million, −£3bn, −€ 4, -US$2 and COVID-$5"),
            pairs(&[
                ("-$5 million", "-5000000"),
                ("−£3bn", "-3000000000"),
                ("−€ 4", "-4"),
                ("-US$2", "-2"),
                ("5", "5"),
            ])
        );
    }

    #[test]
    fn a_minus_sign_written_onto_a_word_of_an_unspaced_script_makes_it_negative() {
        for (text, written) in [
            ("实际GDP增速为\u{2212}3.2%。", "\u{2212}3.2%"),
            ("气温降至-5度。", "-5"),
            ("実質GDPは前期比\u{2212}0.5%となった。", "\u{2212}0.5%"),
            ("增速为：-3.2%", "-3.2%"),
            ("GDP 성장률은-3.2%였다", "-3.2%"),
        ] {
            let found = read(text);
            assert!(
                found.iter().any(|(span, figure)| *span == written
                    && figure.len() > 1
                    && figure.starts_with('-')),
                "{text}: {found:?}"
            );
        }
        // After a figure and its unit, a dash joins a range, and after a name its number.
        for range in [
            "1月-3月",
            "3万-5万",
            "三月-五月",
            "10公里-20公里",
            "1200万美元-1500万美元",
            "3个百分点-5个百分点",
            "歼-20战斗机",
            "코로나-19",
        ] {
            assert!(
                read(range).iter().all(|(span, _)| !span.starts_with('-')),
                "{range}: {:?}",
                read(range)
            );
        }
    }

    #[test]
    fn a_fraction_character_written_onto_a_whole_number_is_its_decimals() {
        assert_eq!(
            read("About 2½ million live there, on 9¾ km and 12⅛ ha; 2⅓ cups"),
            pairs(&[
                ("2½ million", "2500000"),
                ("9¾", "9.75"),
                ("12⅛", "12.125"),
                ("2⅓", "-"),
            ])
        );
        // After a space, as typesetters write it, too; a space and another character not.
        assert_eq!(
            read("Some 2 ½ million, 9\u{a0}¾ km; 3 ½-inch pipes; 4 x; by 2030 ½ of cars"),
            pairs(&[
                ("2 ½ million", "2500000"),
                ("9\u{a0}¾", "9.75"),
                ("3 ½", "3.5"),
                ("4", "4"),
                ("2030", "2030"),
            ])
        );
    }

    #[test]
    fn a_time_of_day_states_no_figure() {
        let figures = |text: &str| -> Vec<String> {
            find_numbers(text)
                .into_iter()
                .filter_map(|m| m.figure.map(|f| f.value.to_string()))
                .collect()
        };
        for (text, expected) in [
            ("Um 14:30 Uhr wurden 3 Verletzte gemeldet.", &["3"][..]),
            ("Um 14:30 wurden 3 Verletzte gemeldet.", &["3"]),
            ("The train left at 9:05 with 40 people.", &["40"]),
            ("a ratio of 1:20", &["1", "20"]),
            ("a 1:50 scale model", &["1", "50"]),
            ("at 1:25,000 scale", &["1", "25000"]),
            ("a 16:10 aspect ratio", &["16", "10"]),
            ("The vote was 12:10", &["12", "10"]),
            ("Genesis 1:27", &["1", "27"]),
            ("Um 14.30 Uhr wurden 3 Verletzte gemeldet.", &["3"]),
            ("At 2.15 p.m. 4 trains left.", &["4"]),
            ("at 9:05:30 sharp", &[]),
            // An hour alone is its figure.
            ("At 2 p.m. 4 trains left.", &["2", "4"]),
            // A score, a ratio, a decimal, a count of hours: figures.
            ("Das Spiel endete 3:1", &["3", "1"]),
            ("a ratio of 10:1", &["10", "1"]),
            ("it rose 14.30 percent", &["14.3"]),
            ("25:30 is no time", &["25", "30"]),
        ] {
            assert_eq!(figures(text), expected, "{text}");
        }
        assert!(in_time_of_day("at 14:30", 6));
        assert!(in_time_of_day("at 14:30", 3));
        assert!(!in_time_of_day("3:1", 2));
        assert!(!in_time_of_day("at 5 p.m.", 3));
    }

    #[test]
    fn a_dash_after_a_figure_its_unit_and_a_space_joins_a_range() {
        // The last figure of each is the range's other end, positive.
        for range in [
            "open 9 a.m. -5 p.m.",
            "open 9 A.M. \u{2013}5 P.M.",
            "open 9am -5pm",
            "from 9 -5",
            "pages 10 -12",
            "2019 -2020",
            "open 9h -17h",
            "von 9 Uhr -17 Uhr",
            "rates of 3% -5%",
            "from 2 million -3 million",
            "5 km -10 km",
            "20m² -30m²",
            "between 5 °C -10 °C",
        ] {
            let last = find_numbers(range).pop().expect("a figure");
            assert!(
                last.figure
                    .as_ref()
                    .is_some_and(|f| !f.value.is_sign_negative()),
                "{range}: {:?}",
                read(range)
            );
        }
        // After a word that is no figure's unit, or a comma, the sign stays.
        for (negative, figure) in [
            ("it fell to -5", "-5"),
            ("the temperature -5 °C", "-5"),
            ("change: -3.2%", "-3.2%"),
            ("at 9 a.m., -5 °C", "-5"),
            ("in 2020 it stood at -5", "-5"),
            ("at 9 the mercury -3", "-3"),
            ("route 66 west -4 degrees", "-4"),
        ] {
            let last = find_numbers(negative).pop().expect("a figure");
            assert_eq!(
                last.figure.map(|f| f.text.to_string()),
                Some(figure.to_string()),
                "{negative}"
            );
        }
    }

    #[test]
    fn english_news_scales_and_percentages_are_read() {
        let text = "a $4.5-million contract, a $1.2-billion plan, 4.5 bn dollars, 300 mn \
                    dollars, 12 pct, 3.5pct, three-million";
        assert_eq!(
            read(text),
            pairs(&[
                ("4.5-million", "4500000"),
                ("1.2-billion", "1200000000"),
                ("4.5 bn", "4500000000"),
                ("300 mn", "300000000"),
                ("12 pct", "12%"),
                ("3.5pct", "3.5%"),
                ("three-million", "3000000"),
            ])
        );
        // `pc` written onto a figure is a percentage, or pieces.
        let mention = &find_numbers("rose 12pc in May")[0];
        assert_eq!(mention.span, 5..9);
        assert!(mention.figure.as_ref().unwrap().is_percent);
        assert!(!mention.also.as_ref().unwrap().is_percent);
        assert!(!mention.is_part_of_a_word("rose 12pc in May"));
        // Capitals, other words and longer words are not these abbreviations.
        assert_eq!(
            read("Duluth 55802 MN, 5 tn of coal, 12 pc set, 3 mnemonics, 4 BN, 5-millionth, 7pcs"),
            pairs(&[
                ("55802", "55802"),
                ("5", "5"),
                ("12", "12"),
                ("3", "3"),
                ("4", "4"),
                ("5", "5"),
                ("7", "7"),
            ])
        );
    }

    #[test]
    fn number_words_of_other_languages_are_figures() {
        let text = "Les quatre départements, die Stadt hat zwei Bahnhöfe, hay tres hospitales, \
                    ventitré comuni, quatre-vingt-dix communes, einundzwanzig Kreise, treinta y \
                    dos municipios, vinte e um estados, tweeëntwintig gemeenten";
        assert_eq!(
            found(text),
            [
                "quatre",
                "zwei",
                "tres",
                "ventitré",
                "quatre-vingt-dix",
                "einundzwanzig",
                "treinta y dos",
                "vinte e um",
                "tweeëntwintig"
            ]
        );
        assert_eq!(
            figure(text),
            ["4", "2", "3", "23", "90", "21", "32", "21", "22"]
        );
        // With a scale or percent word after them, an article before one too.
        let scaled = "trois millions, un millón, eine Million, quinze pour cent, zwölf Prozent";
        assert_eq!(
            found(scaled),
            [
                "trois millions",
                "un millón",
                "eine Million",
                "quinze pour cent",
                "zwölf Prozent"
            ]
        );
        assert_eq!(
            figure(scaled),
            ["3000000", "1000000", "1000000", "15", "12"]
        );
    }

    #[test]
    fn numbers_in_words_go_on_below_their_scale() {
        for (text, expected) in [
            ("deux millions cinq cent mille", "2500000"),
            ("zwei Millionen fünfhunderttausend", "2500000"),
            ("dos millones quinientos mil", "2500000"),
            ("due milioni cinquecentomila", "2500000"),
            ("due milioni e cinquecentomila", "2500000"),
            ("dois milhões e quinhentos mil", "2500000"),
            ("twee miljoen vijfhonderdduizend", "2500000"),
            ("trois millions deux cents", "3000200"),
            ("deux milliards trois cents millions", "2300000000"),
            (
                "deux milliards trois cents millions quatre cent mille",
                "2300400000",
            ),
        ] {
            assert_eq!(found(text), [text], "{text}");
            assert_eq!(figure(text), [expected], "{text}");
        }
        // A number with one scale keeps its notation.
        assert_eq!(figure("trois millions d’habitants"), ["3000000"]);
        // Not below the scale: after a comma, another figure of the same scale, no number.
        assert_eq!(
            figure("deux millions, trois cent mille"),
            ["2000000", "300000"]
        );
        assert_eq!(
            figure("zwei Millionen drei Millionen"),
            ["2000000", "3000000"]
        );
        assert_eq!(found("zwei Millionen Euro"), ["zwei Millionen"]);
        // A figure in digits before the scale word does not go on into words; the figure
        // in words after it is its part below the scale all the same (`compound_scale`).
        assert_eq!(
            found("2 millions cinq cent mille"),
            ["2 millions cinq cent mille"]
        );
        assert_eq!(figure("2 millions cinq cent mille"), ["2500000"]);
        // A word that is a number only where one stands is read so after a scale too.
        assert_eq!(found("trois millions une fois"), ["trois millions"]);
    }

    #[test]
    fn halves_in_words_of_other_languages_read_as_english_reads_them() {
        let the_figure = |text: &str| find_numbers(text).into_iter().next()?.figure;
        for (text, words, english) in [
            (
                "zweieinhalb Millionen Euro",
                "zweieinhalb Millionen",
                "two and a half million",
            ),
            (
                "anderthalb Millionen Menschen",
                "anderthalb Millionen",
                "one and a half million",
            ),
            (
                "eineinhalb Millionen Menschen",
                "eineinhalb Millionen",
                "one and a half million",
            ),
            (
                "dreieinhalb Milliarden Euro",
                "dreieinhalb Milliarden",
                "three and a half billion",
            ),
            (
                "deux millions et demi d’habitants",
                "deux millions et demi",
                "two and a half million",
            ),
            (
                "un million et demi",
                "un million et demi",
                "a million and a half",
            ),
            (
                "trois milliards et demi",
                "trois milliards et demi",
                "three and a half billion",
            ),
            (
                "dos millones y medio de personas",
                "dos millones y medio",
                "two and a half million",
            ),
            (
                "un millón y medio",
                "un millón y medio",
                "a million and a half",
            ),
            (
                "millón y medio de votos",
                "millón y medio",
                "a million and a half",
            ),
            (
                "dos y medio millones",
                "dos y medio millones",
                "two and a half million",
            ),
            (
                "due milioni e mezzo",
                "due milioni e mezzo",
                "two and a half million",
            ),
            (
                "un milione e mezzo",
                "un milione e mezzo",
                "a million and a half",
            ),
            (
                "dois milhões e meio",
                "dois milhões e meio",
                "two and a half million",
            ),
            (
                "um milhão e meio",
                "um milhão e meio",
                "a million and a half",
            ),
            (
                "milhão e meio de pessoas",
                "milhão e meio",
                "a million and a half",
            ),
            (
                "tweeënhalf miljoen",
                "tweeënhalf miljoen",
                "two and a half million",
            ),
            (
                "twee en een half miljoen",
                "twee en een half miljoen",
                "two and a half million",
            ),
            (
                "anderhalf miljoen",
                "anderhalf miljoen",
                "one and a half million",
            ),
            ("zweieinhalb Stunden", "zweieinhalb", "two and a half years"),
            (
                "twee en een halve dag",
                "twee en een halve",
                "two and a half years",
            ),
            ("anderhalve maand", "anderhalve", "one and a half years"),
        ] {
            assert_eq!(found(text), [words], "{text}");
            assert_eq!(the_figure(text), the_figure(english), "{text}");
        }
        assert_eq!(figure("zweieinhalb Millionen Euro"), ["2500000"]);
        assert_eq!(figure("zweieinhalb Stunden"), ["2.5"]);
        // A half of a number the Romance languages write only before a scale or percent
        // word: `las dos y media` is a time, `tres y medio` may count anything.
        assert_eq!(figure("dos y medio por ciento"), ["2.5"]);
        assert_eq!(found("las dos y media"), ["dos"]);
        assert_eq!(found("son las tres y medio kilo"), ["tres"]);
        assert_eq!(found("deux et demi"), ["deux"]);
        // No half after a scale with words below it, after digits, nor of a thousand.
        assert_eq!(figure("deux millions cinq cent mille et demi"), ["2500000"]);
        assert_eq!(figure("dos mil y medio"), ["2000"]);
        // Halves of other kinds are not read: a half before a scale, after a German or
        // Dutch scale.
        assert_eq!(
            found("medio millón, eine halbe Million, een half miljoen"),
            Vec::<&str>::new()
        );
        // A half after the noun the number counts goes with the number.
        assert_eq!(found("deux ans et demi"), ["deux ans et demi"]);
        for text in [
            "trois ans et demi",
            "tres horas y media",
            "tre anni e mezzo",
            "três anos e meio",
        ] {
            assert_eq!(figure(text), ["3.5"], "{text}");
        }
        // Not after a capitalised name, nor a half of something else.
        assert_eq!(figure("deux Français et demi-finales"), ["2"]);
        assert_eq!(figure("zwei Millionen und eine halbe"), ["2000000"]);
        // `einhalb` alone, and words that only end as a half does, are no number.
        assert_eq!(found("einhalb, Zweihalb, behalf"), Vec::<&str>::new());
    }

    #[test]
    fn decimals_in_words_of_other_languages_are_read() {
        for (text, words, expected) in [
            ("drei Komma fünf Prozent", "drei Komma fünf Prozent", "3.5"),
            ("null Komma fünf Prozent", "null Komma fünf Prozent", "0.5"),
            ("drei Komma zwei fünf", "drei Komma zwei fünf", "3.25"),
            (
                "null Komma null fünf Prozent",
                "null Komma null fünf Prozent",
                "0.05",
            ),
            (
                "drei Komma fünf Millionen Euro",
                "drei Komma fünf Millionen",
                "3500000",
            ),
            (
                "trois virgule cinq pour cent",
                "trois virgule cinq pour cent",
                "3.5",
            ),
            (
                "trois virgule vingt-cinq",
                "trois virgule vingt-cinq",
                "3.25",
            ),
            ("tres coma cinco", "tres coma cinco", "3.5"),
            ("tres coma veinticinco", "tres coma veinticinco", "3.25"),
            ("tre virgola cinque", "tre virgola cinque", "3.5"),
            ("três vírgula cinco", "três vírgula cinco", "3.5"),
            // The zero English shares, read with the Italian and Portuguese words after it.
            (
                "zero virgola tre per cento",
                "zero virgola tre per cento",
                "0.3",
            ),
            (
                "Zero vírgula três por cento",
                "Zero vírgula três por cento",
                "0.3",
            ),
            ("zero virgola cinque cliniche", "zero virgola cinque", "0.5"),
            ("drie komma vijf procent", "drie komma vijf procent", "3.5"),
            (
                "drie komma nul vijfentwintig",
                "drie komma nul vijfentwintig",
                "3.025",
            ),
        ] {
            assert_eq!(found(text), [words], "{text}");
            assert_eq!(figure(text), [expected], "{text}");
        }
        // Read as digits of the same precision would be.
        let the_figure = |text: &str| find_numbers(text).into_iter().next()?.figure;
        assert_eq!(
            the_figure("null Komma fünf Prozent").map(|f| (f.interval, f.is_percent)),
            the_figure("0.5%").map(|f| (f.interval, f.is_percent))
        );
        // Decimals that read no way this reads: no figure, and none of their words alone.
        for text in [
            "drei Komma zwei fünfundzwanzig",
            "trois virgule cinq mille",
            "3 Komma fünf Prozent",
            "drei Komma zweitausend",
            "trois virgule six",
        ] {
            let words: Vec<&str> = found(text)
                .into_iter()
                .filter(|n| !n.starts_with(|c: char| c.is_ascii_digit()))
                .collect();
            let expected: &[&str] = if text == "trois virgule six" {
                &["trois virgule six"]
            } else {
                &[]
            };
            assert_eq!(words, expected, "{text}");
        }
        // One is an article before the noun "comma": the words after it are read as no
        // number, neither decimals nor a figure of their own.
        assert_eq!(figure("un virgule cinq"), ["1.5"]);
        assert_eq!(
            found("il manque une virgule deux lignes plus bas"),
            Vec::<&str>::new()
        );
        // A comma in words, and a coma, are no decimal mark: the numbers around them read.
        assert_eq!(found("zwei Komma gesetzt"), ["zwei"]);
        assert_eq!(found("en coma, tres semanas"), ["tres"]);
        assert_eq!(found("estuvo en coma tres semanas"), ["tres"]);
        assert_eq!(found("nach dem Komma zwei Stellen"), ["zwei"]);
    }

    #[test]
    fn six_cents_is_six_hundred_in_french() {
        for text in [
            "les six cents habitants",
            "à six cents mètres",
            "compte six cents habitants",
            "il y a six cents habitants",
            "Six cents personnes ont manifesté.",
            "six cents millions",
        ] {
            let figures: Vec<String> = figure(text);
            let hundreds = if text.ends_with("millions") {
                "600000000"
            } else {
                "600"
            };
            assert_eq!(figures, [hundreds], "{text}");
        }
        // In English, six cents.
        let english = "The stamp costs six cents more than it did.";
        assert_eq!(found(english), ["six"]);
        assert_eq!(figure(english), ["6"]);
        assert_eq!(figure("les six\u{a0}cents habitants"), ["600"]);
        // Where nothing tells, both.
        let either = find_numbers("six cents");
        assert_eq!(either.len(), 1);
        let figures: Vec<String> = either[0].figures().map(|f| f.value.to_string()).collect();
        assert_eq!(figures, ["6", "600"]);
        // `six cent vingt`, `six mille` as before.
        assert_eq!(figure("six cent vingt"), ["620"]);
        assert_eq!(figure("six mille"), ["6000"]);
    }

    #[test]
    fn german_and_dutch_zero_before_a_percent_or_a_noun() {
        assert_eq!(
            found("null Prozent, nul procent"),
            ["null Prozent", "nul procent"]
        );
        assert_eq!(figure("null Prozent, nul procent"), ["0", "0"]);
        assert_eq!(figure("Es gab null Tote"), ["0"]);
        assert_eq!(found("null and void, un match nul"), Vec::<&str>::new());
        // `null Komma fünf` is 0.5, neither zero nor five.
        assert_eq!(found("null Komma fünf"), ["null Komma fünf"]);
        assert_eq!(figure("null Komma fünf"), ["0.5"]);
    }

    #[test]
    fn articles_and_other_words_of_other_languages_are_no_figures() {
        for text in [
            "Il y a un total de 12 hospitales",
            "une commune, uno con otro, una ciudad, um estado, uma cidade, ein Kreis, eine Stadt, \
             een gemeente, un comune",
            "a maioria dos municípios, mal au dos, due to the rain, in due course, once again, \
             moved to seize power, in onze gemeente, não sei, água doce, not a cent",
            "un stade neuf, remis à neuf, les Deux-Sèvres, le Pont-Neuf, Otto Schily",
            "Sept. 2020",
        ] {
            let digits: Vec<&str> = found(text)
                .into_iter()
                .filter(|n| !n.contains(|c: char| c.is_ascii_digit()))
                .collect();
            assert_eq!(digits, Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn an_article_that_says_one_of_is_a_figure() {
        for text in [
            "uno de los distritos",
            "une des communes",
            "eine der Städte",
        ] {
            assert_eq!(found(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn euro_scale_abbreviations_are_read_with_the_sign() {
        let text = "12 M€, 1,2 Md€, 3 Mds€, 3 Mrd €, 2 Mio. €, 450 k€, 450 K€, 12M€, \
                    1,2\u{202f}Md€, 7\u{a0}M€, 12 M\u{a0}€";
        assert_eq!(
            found(text),
            [
                "12 M€",
                "1,2 Md€",
                "3 Mds€",
                "3 Mrd €",
                "2 Mio. €",
                "450 k€",
                "450 K€",
                "12M€",
                "1,2\u{202f}Md€",
                "7\u{a0}M€",
                "12 M\u{a0}€"
            ]
        );
        assert_eq!(
            figure(text),
            [
                "12000000",
                "1200000000",
                "3000000000",
                "3000000000",
                "2000000",
                "450000",
                "450000",
                "12000000",
                "1200000000",
                "7000000",
                "12000000"
            ]
        );
        // A scale letter without the sign is no scale: `12 M` is 12, `12 Mds` too.
        assert_eq!(figure("12 M de plus, 12 Mds"), ["12", "12"]);
        // Before the name of the money, it is: `2 Mds d'euros`.
        assert_eq!(
            figure("2 Mds d'euros, 1,5 Md d’euros, 12 M de dollars, 3 Mrd. de francs"),
            ["2000000000", "1500000000", "12000000", "3000000000"]
        );
        assert_eq!(figure("12 M d'eurodéputés"), ["12"]);
    }

    #[test]
    fn dollar_scale_abbreviations_are_read_with_the_sign() {
        let text = "12 M$, 1,2 Md$, 3 Mds$, 2 Mrd. $, 450 k$, 12M$, 7\u{a0}M$";
        assert_eq!(
            found(text),
            [
                "12 M$",
                "1,2 Md$",
                "3 Mds$",
                "2 Mrd. $",
                "450 k$",
                "12M$",
                "7\u{a0}M$"
            ]
        );
        assert_eq!(
            figure(text),
            [
                "12000000",
                "1200000000",
                "3000000000",
                "2000000000",
                "450000",
                "12000000",
                "7000000"
            ]
        );
        // A sign before the next figure is that figure's: `5 m` is five, then `$15`.
        assert_eq!(found("5 m $15"), ["5", "15"]);
    }

    #[test]
    fn a_fraction_or_a_round_count_in_words_of_other_languages_is_read_with_its_noun() {
        let text = "Les deux tiers des ménages, une trentaine de manifestants, \
                    des centaines de bénévoles, zwei Drittel der Befragten";
        assert_eq!(found(text), ["deux tiers", "une trentaine", "zwei Drittel"]);
        assert_eq!(figure(text), ["-", "30", "-"]);
        assert!(is_a_fraction("deux tiers"));
        assert!(is_a_fraction("Two thirds"));
        assert!(is_a_fraction("three-quarters"));
        assert!(is_a_fraction("one third"));
        assert!(!is_a_fraction("twenty third"));
        assert!(!is_a_fraction("the first"));
        assert!(!is_a_fraction("twice"));
    }

    #[test]
    fn giga_before_a_currency_sign_is_a_billion() {
        let text = "1,2 G$, 3 G€, 3G$, 7\u{a0}G$, 2 g€";
        assert_eq!(found(text), ["1,2 G$", "3 G€", "3G$", "7\u{a0}G$", "2 g€"]);
        assert_eq!(
            figure(text),
            [
                "1200000000",
                "3000000000",
                "3000000000",
                "7000000000",
                "2000000000"
            ]
        );
        // No sign right after it: grams, a network, a vitamin, a sign that is the next
        // figure's, and the money's name, which Quebec writes after a `G` no more than a
        // sign.
        assert_eq!(
            figure("5 G, 5G, 5 g de sucre, vitamine K, 5 G $15, 2 G de dollars"),
            ["5", "5", "5", "5", "15", "2"]
        );
        assert_eq!(found("vitamine K et 5 G"), ["5"]);
    }

    #[test]
    fn non_ascii_text_is_skipped_safely() {
        assert_eq!(found("云南 88 个县，三"), ["88"]);
    }

    fn figure(text: &str) -> Vec<String> {
        find_numbers(text)
            .into_iter()
            .map(|m| m.figure.map_or("-".into(), |f| f.value.to_string()))
            .collect()
    }

    #[test]
    fn figures_grouped_by_spaces_points_or_apostrophes_are_one_number() {
        assert_eq!(
            found("27 208 villages, 1.079.498,5 foyers, 27'208 Dörfer, 1’079’498 Einwohner"),
            ["27 208", "1.079.498,5", "27'208", "1’079’498"]
        );
        assert_eq!(
            figure("27 208, 1.079.498,5, 27'208, 1’079’498, 27\u{202f}208,5, 27 208.5"),
            [
                "27208",
                "1079498.5",
                "27208",
                "1079498",
                "27208.5",
                "27208.5"
            ]
        );
        // One separator throughout, groups of exactly three digits after at most three.
        assert_eq!(found("in 2021 250 foyers"), ["2021", "250"]);
        assert_eq!(found("3 20 villages; 1.07 m"), ["3", "20", "1.07"]);
        assert_eq!(figure("1,079,498 and 1 234 567"), ["1079498", "1234567"]);
    }

    #[test]
    fn a_decimal_comma_and_a_spaced_percent_sign_belong_to_the_figure() {
        assert_eq!(
            found("un taux de 3,5 % et 6,8% et 3,5\u{a0}%"),
            ["3,5 %", "6,8%", "3,5\u{a0}%"]
        );
        assert_eq!(figure("3,5 %"), ["3.5"]);
        assert!(find_numbers("3,5 %")[0].figure.as_ref().unwrap().is_percent);
        // A comma before three digits groups thousands, as in English.
        assert_eq!(figure("1,079 and 1234,567"), ["1079", "1234", "567"]);
    }

    #[test]
    fn one_point_before_three_digits_reads_both_ways() {
        let mention = &find_numbers("1.079 communes")[0];
        assert_eq!(mention.figure.as_ref().unwrap().value.to_string(), "1.079");
        assert_eq!(mention.also.as_ref().unwrap().value.to_string(), "1079");
        assert!(
            find_numbers("1.749 billion")[0]
                .figure
                .as_ref()
                .unwrap()
                .value
                == rust_decimal::Decimal::from(1_749_000_000)
        );
        assert!(find_numbers("1.079.498")[0].also.is_none());
    }

    /// The first number of `text`: what its separators tell, its figure and its other
    /// reading, as plain decimals.
    fn separators(text: &str) -> (Separators, String, Option<String>) {
        let mention = find_numbers(text).remove(0);
        let plain = |q: &Quantity| q.value.normalize().to_string();
        (
            mention.separators,
            mention.figure.as_ref().map_or("-".into(), plain),
            mention.also.as_ref().map(plain),
        )
    }

    #[test]
    fn one_point_or_comma_before_three_digits_reads_either_way_and_other_figures_tell_the_mark() {
        use DecimalMark::{Comma, Point};
        let either = |figure: &str, also: &str| {
            (
                Separators::Either,
                figure.to_string(),
                Some(also.to_string()),
            )
        };
        // The reading with a decimal point is the figure, the one with a comma `also`.
        assert_eq!(separators("1.035 Einwohner"), either("1.035", "1035"));
        assert_eq!(separators("1,035 residents"), either("1035", "1.035"));
        assert_eq!(separators("1,035%"), either("1035", "1.035"));
        assert_eq!(
            separators("1,035 millones"),
            either("1035000000", "1035000")
        );
        for (text, mark, figure) in [
            ("3.5 percent", Point, "3.5"),
            ("12,500,000", Point, "12500000"),
            ("1,234.5", Point, "1234.5"),
            ("Rs 1,00,000", Point, "100000"),
            ("0.035", Point, "0.035"),
            ("1.749 billion", Point, "1749000000"),
            ("1,035 billion", Point, "1035000000000"),
            ("by .5%", Point, "0.5"),
            ("1.5bn", Point, "1500000000"),
            ("1,035bn", Point, "1035000000000"),
            ("3,5 Prozent", Comma, "3.5"),
            ("12.500.000", Comma, "12500000"),
            ("1.234,5", Comma, "1234.5"),
            ("0,035", Comma, "0.035"),
            ("27 208,5", Comma, "27208.5"),
            ("2,69 millones", Comma, "2690000"),
        ] {
            let (told, read, _) = separators(text);
            assert_eq!(told, Separators::Tells(mark), "{text}");
            assert_eq!(read, figure, "{text}");
        }
        for text in [
            "1035",
            "27 208",
            "27'208",
            "١٬٥٠٠",
            "１１．２％",
            "2019",
            "laki 5",
        ] {
            assert_eq!(separators(text).0, Separators::Silent, "{text}");
        }
    }

    #[test]
    fn digits_of_every_script_read_as_the_same_figure() {
        assert_eq!(
            figure("١٥٠٠٠٠٠ and ۱۵۰۰۰۰۰ and १५०० and ๑๕ and １５ and 3,5 ٪"),
            ["1500000", "1500000", "1500", "15", "15", "3.5"]
        );
        assert!(find_numbers("3,5 ٪")[0].figure.as_ref().unwrap().is_percent);
        assert_eq!(decimal_digit('٣'), Some(3));
        assert_eq!(decimal_digit('a'), None);
        assert_eq!(
            decimal_digit('²'),
            None,
            "a superscript is no decimal digit"
        );
        assert_eq!(decimal_digit('六'), None);
    }

    #[test]
    fn every_digit_zero_starts_ten_numeric_characters_in_order() {
        assert!(DIGIT_ZEROS.windows(2).all(|w| w[0] + 10 <= w[1]));
        for &zero in DIGIT_ZEROS {
            for offset in 0..10 {
                let c = char::from_u32(zero + offset).unwrap();
                assert!(c.is_numeric(), "U+{:04X}", zero + offset);
                assert_eq!(decimal_digit(c), Some(offset as u8));
            }
        }
    }

    #[test]
    fn figures_beside_chinese_characters_and_before_myriads_are_read() {
        assert_eq!(found("贵州省最后9个贫困县。降至0.85%。"), ["9", "0.85%"]);
        assert_eq!(found("减少了923万人，1.2亿元"), ["923万", "1.2亿"]);
        assert_eq!(figure("减少了923万人，1.2亿元"), ["9230000", "120000000"]);
        let text = "最后9个";
        assert!(!find_numbers(text)[0].is_part_of_a_word(text));
        let text = "road G17 and v2";
        assert!(find_numbers(text).iter().all(|m| m.is_part_of_a_word(text)));
        let text = "room 208a, 5G, 3D, the 1990s";
        assert!(find_numbers(text).iter().all(|m| m.is_part_of_a_word(text)));
        let text = "the 17th, 3 million, 5%";
        assert!(
            find_numbers(text)
                .iter()
                .all(|m| !m.is_part_of_a_word(text))
        );
    }

    #[test]
    fn figures_below_a_myriad_continue_it() {
        let text = "人口は1億2000万人。費用は1万5000円。인구는 1만 2천 명, 예산은 2천 원, \
                    3천만 명, 1억 2,000만 원, 1億2000万5000人";
        assert_eq!(
            found(text),
            [
                "1億2000万",
                "1万5000",
                "1만 2천",
                "2천",
                "3천만",
                "1억 2,000만",
                "1億2000万5000"
            ]
        );
        assert_eq!(
            figure(text),
            [
                "120000000",
                "15000",
                "12000",
                "2000",
                "30000000",
                "120000000",
                "120005000"
            ]
        );
        // Not continued: a figure worth the myriad or more, a spaced bare number (a year
        // after Korean), a single digit (`3万5`, shorthand), a decimal.
        assert_eq!(found("2万3000万"), ["2万", "3000万"]);
        assert_eq!(found("330만 2020년"), ["330만", "2020"]);
        assert_eq!(found("3万5人"), ["3万", "5"]);
        assert_eq!(found("1万2.5"), ["1万", "2.5"]);
        // Full-width digits continue a myriad as ASCII ones do.
        assert_eq!(figure("１億２０００万円"), ["120000000"]);
    }

    #[test]
    fn a_myriad_after_a_space_and_korean_approximations_are_read() {
        // Chinese typeset with a space between digits and characters; not a space before
        // another character.
        assert_eq!(found("拨款1200 万美元"), ["1200 万"]);
        assert_eq!(figure("拨款1200 万美元"), ["12000000"]);
        assert_eq!(figure("拨款 1.2 亿元"), ["120000000"]);
        assert_eq!(found("共1200 人"), ["1200"]);
        // The figure written before the space is read with the myriad, as without it.
        assert!(super::chinese_numerals::joined_to_figure(
            "拨款1200 万美元",
            6,
            10
        ));
        // Korean `여` is Chinese `余`, "over": after the figure or its thousands.
        assert_eq!(figure("정부는 1200여만 원을"), ["12000000"]);
        assert_eq!(figure("3천여만 원"), ["30000000"]);
        assert_eq!(figure("1200余万元"), ["12000000"]);
    }

    #[test]
    fn korean_thousands_and_hundreds_make_one_figure_below_the_myriad() {
        let text = "예산은 3천5백만 원이다. 주민 1만 2천3백 명, 2천3백 명, 2천 3백 명, 5백 명, \
                    2.5천 명, 1억 3천5백만 원, 4천2백3십 원";
        assert_eq!(
            found(text),
            [
                "3천5백만",
                "1만 2천3백",
                "2천3백",
                "2천 3백",
                "5백",
                "2.5천",
                "1억 3천5백만",
                "4천2백3십"
            ]
        );
        assert_eq!(
            figure(text),
            [
                "35000000",
                "12300",
                "2300",
                "2300",
                "500",
                "2500",
                "135000000",
                "4230"
            ]
        );
        // Not one figure: a unit no lower than the one before it, a figure of two digits
        // before a unit, a decimal after the first, a zero, a comma between them.
        assert_eq!(found("3백 5천 명"), ["3백", "5천"]);
        assert_eq!(found("2천 35백 명"), ["2천", "35"]);
        assert_eq!(found("2천1.5백"), ["2천", "1.5백"]);
        assert_eq!(found("2천0백"), ["2천", "0"]);
        assert_eq!(found("2천, 3백"), ["2천", "3백"]);
    }

    #[test]
    fn scale_and_percent_words_of_other_languages_belong_to_their_figure() {
        let text = "2,69 millones, 4,5 bilhões, 1,5 milyon, 13,1\u{a0}млн, 1 314,6 тыс., \
                    12 Millionen, 3 Mrd. Euro, 5 लाख, 1.5 lakh farmers, 2.5 लाख करोड़, \
                    1,2 mil millones, 8,5 por ciento, 8,5 процента, 40 per cent";
        assert_eq!(
            found(text),
            [
                "2,69 millones",
                "4,5 bilhões",
                "1,5 milyon",
                "13,1\u{a0}млн",
                "1 314,6 тыс.",
                "12 Millionen",
                "3 Mrd.",
                "5 लाख",
                "1.5 lakh",
                "2.5 लाख करोड़",
                "1,2 mil millones",
                "8,5 por ciento",
                "8,5 процента",
                "40 per cent"
            ]
        );
        assert_eq!(
            figure(text),
            [
                "2690000",
                "4500000000",
                "1500000",
                "13100000",
                "1314600",
                "12000000",
                "3000000000",
                "500000",
                "150000",
                "2500000000000",
                "1200000000",
                "8.5",
                "8.5",
                "40"
            ]
        );
        assert!(
            find_numbers("8,5 por ciento")[0]
                .figure
                .as_ref()
                .unwrap()
                .is_percent
        );
        // A point before a scale word of another language may group thousands.
        let mention = &find_numbers("1.500 millones")[0];
        assert_eq!(
            mention.figure.as_ref().unwrap().value.to_string(),
            "1500000"
        );
        assert_eq!(
            mention.also.as_ref().unwrap().value.to_string(),
            "1500000000"
        );
        // `bin` is English as well as Turkish: the figure is read with it and without it;
        // a word that only starts like a scale is none.
        assert_eq!(found("5 bin bags, 3 milestones"), ["5 bin", "3"]);
        let bags = &find_numbers("5 bin bags")[0];
        let read: Vec<String> = bags.figures().map(|q| q.value.to_string()).collect();
        assert_eq!(read, ["5000", "5"]);
    }

    #[test]
    fn the_scale_words_of_more_languages_and_their_abbreviations_are_read() {
        for (text, digits) in [
            ("2,5 Billionen Euro", "2500000000000"),
            ("1 billion d'euros", "1000000000000"),
            ("2 billions de dollars", "2000000000000"),
            ("2,3 billones de pesos", "2300000000000"),
            ("1,5 bilião", "1500000000000"),
            ("3 трлн рублей", "3000000000000"),
            ("3 trilyon lira", "3000000000000"),
            ("2 biljoen euro", "2000000000000"),
            ("30mila turisti", "30000"),
            ("3,5 Tsd. Euro", "3500"),
            ("2 miliony ludzi", "2000000"),
            ("5 tisíc lidí", "5000"),
            ("5 тисяч людей", "5000"),
            ("5 χιλιάδες άνθρωποι", "5000"),
            ("5 ezer ember", "5000"),
            ("YÜZDE 5", "5"),
            ("2,5 miliarda złotych", "2500000000"),
            ("1,5 miliona osób", "1500000"),
            ("2,5 milionu korun", "2500000"),
            ("25 nghìn tỷ đồng", "25000000000000"),
            ("3 tỷ đồng", "3000000000"),
            ("5 triệu người", "5000000"),
            ("12 nghìn người", "12000"),
            ("3 miljarder kronor", "3000000000"),
            ("3 miljardia euroa", "3000000000"),
            ("3 milliers de manifestants", "3000"),
            ("2.5パーセント", "2.5"),
            ("2.5퍼센트였다", "2.5"),
            ("a ₹15,000-crore outlay", "150000000000"),
            ("a Rs 2-lakh grant", "200000"),
            ("₹1,000 crore", "10000000000"),
            ("₹1,000 lakh crore", "1000000000000000"),
            ("₹1,000 Lakh Crore", "1000000000000000"),
            ("₹1,000 लाख करोड़", "1000000000000000"),
            ("1,5 Mia. Franken", "1500000000"),
            ("2,5 δισ. ευρώ", "2500000000"),
            ("1,2 τρισ. ευρώ", "1200000000000"),
            ("2 Mia. Fr. für die Bahn", "2000000000"),
            ("R$ 1,5 bi", "1500000000"),
            ("US$ 300 mi em dinheiro", "300000000"),
            ("R$2 tri", "2000000000000"),
            ("Rs 5 cr.", "50000000"),
            ("Rs. 12 Cr. this year", "120000000"),
            ("₹3 lacs", "300000"),
            ("INR 5 lac", "500000"),
        ] {
            let found = find_numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let figure = found[0].figure.as_ref().unwrap();
            assert_eq!(figure.value.to_string(), digits, "{text}");
            assert_eq!(found[0].also, None, "{text}: one reading");
        }
        // English's billion is a thousand million, in English: `de` or `d'` before a noun
        // after it are French.
        for english in [
            "1 billion euros",
            "$5 billion de facto",
            "$2 billion d'Amato said",
        ] {
            assert_eq!(
                figure(english)[0],
                english[..english.find(' ').unwrap()]
                    .trim_start_matches('$')
                    .to_string()
                    + "000000000",
                "{english}"
            );
        }
        // Abbreviations that are also words or codes after a figure are not read as scales.
        for text in [
            "500 MDR-TB cases",
            "6 mdr.",
            "300 CR-V units",
            "3 cr. hours",
            "47 Lac-Mégantic residents",
            "a levy of 2 mill.",
            "12 Mia. Hamm",
            "5 Mia. ",
            "he ran 5 mi today",
            "4 cr this term",
            "les 3 lacs du Jura",
            "2 bi-weekly issues",
            "R 5 cr",
            "Mrs 5 cr",
            "$5 milk",
            "$5 bi-weekly dues",
            "$300 Mi phones",
            "the $200 Lac-Mégantic fund",
        ] {
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(figure(text), [digits], "{text}");
        }
        // Nor before a name's number: `the $300 Mi 11`.
        assert_eq!(figure("the $300 mi 11 Lite"), ["300", "11"]);
    }

    #[test]
    fn scale_and_percent_words_of_arabic_persian_hebrew_indic_and_thai_are_read() {
        let text = "بلغ ١٠٤٫٥ مليون نسمة، ٥٠ ألف شخص، ٤٥ في المائة، ۸۵ میلیون نفر، ۲۵ درصد، \
                    9.5 מיליון תושבים, 5.3 אחוז, ১২ কোটি জন, ৩ লাখ, 70 ล้านคน, 3พันล้าน, \
                    45 เปอร์เซ็นต์, 12 प्रतिशत";
        assert_eq!(
            read(text),
            pairs(&[
                ("١٠٤٫٥ مليون", "104500000"),
                ("٥٠ ألف", "50000"),
                ("٤٥ في المائة", "45%"),
                ("۸۵ میلیون", "85000000"),
                ("۲۵ درصد", "25%"),
                ("9.5 מיליון", "9500000"),
                ("5.3 אחוז", "5.3%"),
                ("১২ কোটি", "120000000"),
                ("৩ লাখ", "300000"),
                ("70 ล้าน", "70000000"),
                ("3พันล้าน", "3000000000"),
                ("45 เปอร์เซ็นต์", "45%"),
                ("12 प्रतिशत", "12%"),
            ])
        );
        // A word that only begins like one, in a script that spaces its words, is not it.
        assert_eq!(read("5 مليونير"), pairs(&[("5", "5")]));
    }

    #[test]
    fn a_scale_or_percent_word_written_before_the_figure_is_read() {
        let text = "ร้อยละ 45 ของประชากร, คิดเป็นร้อยละ12, Asilimia 12 ya watu, watu milioni 60, \
                    shilingi bilioni 2.5, laki 5";
        assert_eq!(
            read(text),
            pairs(&[
                ("ร้อยละ 45", "45%"),
                ("ร้อยละ12", "12%"),
                ("Asilimia 12", "12%"),
                ("milioni 60", "60000000"),
                ("bilioni 2.5", "2500000000"),
                ("laki 5", "500000"),
            ])
        );
        // After another figure the word is that figure's; inside a longer word it is none;
        // without a space it is part of a word.
        assert_eq!(
            read("2 milioni 300 mila, kimilioni 5, milioni5, asilimia-12"),
            pairs(&[
                // One figure in two scales (`compound_scale`), not 300 million.
                ("2 milioni 300 mila", "2300000"),
                ("5", "5"),
                ("5", "5"),
                ("12", "12"),
            ])
        );
    }

    #[test]
    fn mil_after_a_figure_is_a_thousand_and_bin_is_one_or_an_english_word() {
        for (text, read) in [
            ("casi 95 mil casos", &["95000"][..]),
            ("más de 300 mil turistas", &["300000"]),
            ("5 bin kişi", &["5000", "5"]),
        ] {
            let mentions = find_numbers(text);
            let found: Vec<String> = mentions[0].figures().map(|q| q.value.to_string()).collect();
            assert_eq!(found, read, "{text}");
        }
        // `mil millones` is one scale, read before `mil`; a word that goes on is none.
        assert_eq!(figure("3 mil millones, 4 miles"), ["3000000000", "4"]);
        assert_eq!(figure("2,5 mil milhões de euros"), ["2500000000"]);
        // A half of the scale after a whole figure; not after one with decimals.
        assert_eq!(figure("3 milhões e meio de pessoas"), ["3500000"]);
        assert_eq!(figure("2 millions et demi d'habitants"), ["2500000"]);
        assert_eq!(figure("3 millones y medio ambiente"), ["3000000"]);
    }

    #[test]
    fn figures_grouped_the_indian_way_are_one_number() {
        let text = "Rs 1,00,000 for 19,98,12,341 people, 12,34,567.50 rupees and १२,३४,५६७";
        assert_eq!(
            found(text),
            ["1,00,000", "19,98,12,341", "12,34,567.50", "१२,३४,५६७"]
        );
        assert_eq!(
            figure(text),
            ["100000", "199812341", "1234567.5", "1234567"]
        );
        // Not pairs then three digits: read as before.
        assert_eq!(figure("1,079 and 3,5 and 12,34"), ["1079", "3.5", "12.34"]);
        assert!(!found("1,00,000,5").contains(&"1,00,000"));
    }

    #[test]
    fn east_asian_and_turkish_notations_are_read() {
        assert_eq!(found("全国の１１．２％を占める"), ["１１．２％"]);
        assert_eq!(figure("全国の１１．２％を占める"), ["11.2"]);
        assert_eq!(
            found("政府編列１，２００億元預算，其中３，５００人受惠"),
            ["１，２００億", "３，５００"]
        );
        assert_eq!(
            figure("政府編列１，２００億元預算，其中３，５００人受惠"),
            ["120000000000", "3500"]
        );
        assert_eq!(found("İşsizlik oranı %8,5 oldu, (%85'i)"), ["%8,5", "%85"]);
        assert!(
            find_numbers("oranı %8,5 oldu")[0]
                .figure
                .as_ref()
                .unwrap()
                .is_percent
        );
        // A sign after a figure is that figure's.
        assert_eq!(found("5% 8 köy, 5 % 8"), ["5%", "8", "5 %", "8"]);
        assert!(
            find_numbers("5% 8")[1]
                .figure
                .as_ref()
                .is_some_and(|f| !f.is_percent)
        );
        let text = "경기도에는 31개 시군이 있다. 인구는 9,386,034명이다. 330만 명, 2조 원";
        assert_eq!(found(text), ["31", "9,386,034", "330만", "2조"]);
        assert_eq!(figure(text), ["31", "9386034", "3300000", "2000000000000"]);
        assert!(
            find_numbers(text)
                .iter()
                .all(|m| !m.is_part_of_a_word(text))
        );
    }

    #[test]
    fn a_unit_symbol_written_onto_a_figure_leaves_it_a_figure() {
        let text = "built 1,000km of roads, 20kg bags, 30m², 5kWh and 12.5km2";
        assert_eq!(found(text), ["1,000", "20", "30", "5", "12.5"]);
        assert!(
            find_numbers(text)
                .iter()
                .all(|m| !m.is_part_of_a_word(text))
        );
        // A symbol is matched whole and case-sensitively: `5G` is a network, `3kmx` a code.
        for code in ["5G", "3kmx", "20kgs", "4Km"] {
            assert!(find_numbers(code)[0].is_part_of_a_word(code), "{code}");
        }
    }

    #[test]
    fn a_scale_abbreviation_written_onto_a_figure_scales_it() {
        assert_eq!(
            found("£3m, $4.5bn, 50k, US$2B, €40K, 1.2tn, 7mn"),
            ["3m", "4.5bn", "50k", "2B", "40K", "1.2tn", "7mn"]
        );
        assert_eq!(
            figure("£3m, $4.5bn, 50k, US$2B, €40K, 1.2tn, 7mn"),
            [
                "3000000",
                "4500000000",
                "50000",
                "2000000000",
                "40000",
                "1200000000000",
                "7000000"
            ]
        );
        // Without a currency sign `m` may be metres: both figures are read.
        let mention = &find_numbers("a 100m sprint")[0];
        assert_eq!(mention.figure.as_ref().unwrap().value.to_string(), "100");
        assert_eq!(
            mention.also.as_ref().unwrap().value.to_string(),
            "100000000"
        );
        // American finance writes a million `MM`, after a currency sign only.
        assert_eq!(figure("$3.5MM in fees"), ["3500000"]);
        assert!(find_numbers("3MM")[0].is_part_of_a_word("3MM"));
        // A range's currency sign, written once before its first figure, is the second's
        // too (`£2-3m`: up to 3 million), not for a range with spaces or none before it.
        assert_eq!(
            figure("£2-3m, $2–3M"),
            ["2000000", "3000000", "2000000", "3000000"]
        );
        let mention = &find_numbers("2-3m deep")[1];
        assert!(mention.also.is_some(), "3m with no currency may be metres");
        // Without a currency sign `M` and `B` make names (`3M`, `Room 2B`).
        for code in ["3M", "2B"] {
            assert!(find_numbers(code)[0].is_part_of_a_word(code), "{code}");
        }
        // `K` is a thousand everywhere, as `k` is.
        assert_eq!(
            figure("3K followers, 2.5K views, a 10K run"),
            ["3000", "2500", "10000"]
        );
        // The wire services' abbreviations, after a space or written onto the figure.
        assert_eq!(
            figure("$3.5 bln, 1.2trln yen, 5 mln barrels"),
            ["3500000000", "1200000000000", "5000000"]
        );
        // A point before an abbreviated scale is decimal, never a German thousands point.
        assert!(find_numbers("£1.035bn")[0].also.is_none());
    }

    #[test]
    fn hundreds_after_digits_scale_them() {
        assert_eq!(
            read("Some 3 hundred came, 3 hundred thousand live here, 5 hundreds of them"),
            pairs(&[
                ("3 hundred", "300"),
                ("3 hundred thousand", "300000"),
                ("5", "5")
            ])
        );
    }

    #[test]
    fn a_spoken_sign_before_digits_makes_them_negative() {
        assert_eq!(
            read("It was minus 5 degrees, then fell to negative 2.5%."),
            pairs(&[("minus 5", "-5"), ("negative 2.5%", "-2.5%")])
        );
        // A subtraction and a margin: no sign.
        assert_eq!(
            read("5 minus 2, plus or minus 3"),
            pairs(&[("5", "5"), ("2", "2"), ("3", "3")])
        );
    }

    /// The figure of each number found, `-` for none, `%` after a percentage.
    fn read(text: &str) -> Vec<(&str, String)> {
        find_numbers(text)
            .into_iter()
            .map(|m| {
                let figure = m.figure.map_or("-".into(), |f| {
                    format!("{}{}", f.value, if f.is_percent { "%" } else { "" })
                });
                (&text[m.span], figure)
            })
            .collect()
    }

    fn pairs<'a>(expected: &[(&'a str, &str)]) -> Vec<(&'a str, String)> {
        expected.iter().map(|&(w, f)| (w, f.to_string())).collect()
    }

    #[test]
    fn chinese_numerals_in_a_number_grammar_are_read_exactly() {
        assert_eq!(
            read("全省共有六十六个贫困县，三千万人口，两百户，一千零八名，十二个，一亿零五百万元"),
            pairs(&[
                ("六十六", "66"),
                ("三千万", "30000000"),
                ("两百", "200"),
                ("一千零八", "1008"),
                ("十二", "12"),
                ("一亿零五百万", "105000000"),
            ])
        );
        // A number with a multiplier stands on its own, whatever follows it.
        assert_eq!(
            read("减少九百二十三万，达三万亿。"),
            pairs(&[("九百二十三万", "9230000"), ("三万亿", "3000000000000")])
        );
        // Financial numerals, and the traditional characters.
        assert_eq!(
            read("金额壹仟零捌拾元，兩萬個"),
            pairs(&[("壹仟零捌拾", "1080"), ("兩萬", "20000")])
        );
        // Decimals, scaled or before what they count.
        assert_eq!(
            read("一点五万人，增长三点五倍，零点八五%"),
            pairs(&[
                ("一点五万", "15000"),
                ("三点五", "3.5"),
                ("零点八五%", "0.85%")
            ])
        );
    }

    #[test]
    fn a_single_numeral_is_read_only_before_what_it_counts() {
        assert_eq!(
            read("三个县，两年，十人，五公里，七%，三千米"),
            pairs(&[
                ("三", "3"),
                ("两", "2"),
                ("十", "10"),
                ("五", "5"),
                ("七%", "7%"),
                ("三", "3")
            ])
        );
        // Before anything else a single numeral is part of a word or a name.
        for words in [
            "四川",
            "三亚",
            "十堰",
            "六盘水",
            "九寨沟",
            "万州",
            "万宁",
            "三江",
            "九龙",
            "两岸",
            "三农",
            "三门峡",
            "五台山",
            "七台河",
            "三里屯",
            "五道口",
            "二元结构",
            "三元里",
            "十分重要",
            "两头跑",
            "三月",
            "五日",
            "初三",
            "队伍人员",
            "大陆人口",
        ] {
            assert_eq!(read(words), [], "{words}");
        }
    }

    #[test]
    fn one_alone_is_the_article_and_not_read_but_one_in_a_number_is() {
        for words in [
            "一个",
            "一项",
            "一些",
            "一定",
            "一直",
            "统一",
            "进一步",
            "一带一路",
            "一位村干部",
        ] {
            assert_eq!(read(words), [], "{words}");
        }
        assert_eq!(
            read("十一个，一百人，一千零一夜，百分之一，第一"),
            pairs(&[
                ("十一", "11"),
                ("一百", "100"),
                ("一千零一", "1001"),
                ("百分之一", "1%"),
                ("第一", "-")
            ])
        );
    }

    #[test]
    fn idioms_slogans_and_plan_names_are_not_read() {
        for words in [
            "千方百计",
            "十四五规划",
            "十三五时期",
            "三番五次",
            "三心二意",
            "五位一体",
            "两不愁三保障",
            "党的十八大以来",
            "十九届五中全会",
            "千万不要",
            "百万富翁",
            "亿万人民",
            "成千上万",
            "二百五",
        ] {
            assert_eq!(read(words), [], "{words}");
        }
    }

    #[test]
    fn broken_numeral_grammar_is_not_read() {
        for broken in [
            "十十个",
            "千百个",
            "两十个",
            "十两个",
            "一万五人",
            "三千零个",
            "一万万个",
            "一百零十个",
        ] {
            assert_eq!(read(broken), [], "{broken}");
        }
    }

    #[test]
    fn approximations_vague_numbers_and_fractions_are_not_read() {
        for vague in [
            "三四个",
            "七八十个",
            "三四百人",
            "十七八岁",
            "一两个",
            "十几个",
            "二十几万",
            "数十万",
            "几十个",
            "二十来万",
            "三至五年",
            "三、四个",
            "三分之一",
            "二十分之一",
            "三百分之一",
            "5百分之一",
        ] {
            let read = read(vague);
            assert!(read.iter().all(|(w, _)| *w == "5"), "{vague}: {read:?}");
        }
        // "More than": the number, as in "more than 10,000".
        assert_eq!(
            read("三百多万人，十余万人，三十多个，一万多公里，300多万"),
            pairs(&[
                ("三百多万", "3000000"),
                ("十余万", "100000"),
                ("三十", "30"),
                ("一万", "10000"),
                ("300多万", "3000000")
            ])
        );
    }

    #[test]
    fn ordinals_years_days_and_percentages_in_chinese_numerals() {
        assert_eq!(
            read(
                "第三，第十八次，二〇二〇年，一九四九年，百分之八十，百分之零点八五，百分之百，百分之80"
            ),
            pairs(&[
                ("第三", "-"),
                ("第十八", "-"),
                ("二〇二〇", "2020"),
                ("一九四九", "1949"),
                ("百分之八十", "80%"),
                ("百分之零点八五", "0.85%"),
                ("百分之百", "100%"),
                ("百分之80", "80%"),
            ])
        );
        assert_eq!(
            dates("二〇二〇年十一月二十三日，第三"),
            [
                Some(DatePart::Year(2020)),
                Some(DatePart::MonthDay { month: 11, day: 23 }),
                None
            ]
        );
        assert_eq!(
            found("二〇二〇年十一月二十三日"),
            ["二〇二〇", "十一月二十三日"]
        );
        // Digit by digit, two digits are an approximation and three need what they count.
        assert_eq!(found("一二九运动，五一，〇〇七"), ["〇〇七"]);
        assert!(find_numbers("〇〇七")[0].figure.is_none(), "a leading zero");
    }

    #[test]
    fn spans_of_chinese_numerals_are_exact_byte_ranges() {
        let text = "a六十六个、第三、百分之八十和十一月二十日";
        let spans: Vec<_> = find_numbers(text).into_iter().map(|m| m.span).collect();
        assert_eq!(spans, [1..10, 16..22, 25..40, 43..61]);
        assert_eq!(&text[1..10], "六十六");
        assert_eq!(&text[43..61], "十一月二十日");
        let text = "共3千万元";
        assert_eq!(find_numbers(text)[0].span, 3..10);
    }

    #[test]
    fn digits_before_chinese_multipliers_are_multiplied() {
        assert_eq!(
            read("3千万元，5百人，1.2万，1.2万亿，2.5千万，2千3百万，923万"),
            pairs(&[
                ("3千万", "30000000"),
                ("5百", "500"),
                ("1.2万", "12000"),
                ("1.2万亿", "1200000000000"),
                ("2.5千万", "25000000"),
                ("2千3百万", "23000000"),
                ("923万", "9230000"),
            ])
        );
        // Korean and `兆` (a million million) too, but `兆瓦` is a megawatt.
        assert_eq!(
            read("330만 명, 2조 원, 1.5兆円, 5兆瓦"),
            pairs(&[
                ("330만", "3300000"),
                ("2조", "2000000000000"),
                ("1.5兆", "1500000000000"),
                ("5", "5")
            ])
        );
        // `千` before a unit is its kilo: 3 kilometres, 3 kilograms.
        assert_eq!(
            read("3千米，3千克，12千"),
            pairs(&[("3", "3"), ("3", "3"), ("12", "12")])
        );
    }

    /// `n` as Chinese numerals are written in full (`一千零八`, `一亿零五百万`).
    fn chinese(n: u64) -> String {
        const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
        fn section(n: u64, leading: bool) -> String {
            let mut out = String::new();
            let mut zero = false;
            for (power, multiplier) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
                let digit = (n / power % 10) as usize;
                if digit == 0 {
                    zero = !out.is_empty();
                    continue;
                }
                if zero {
                    out.push('零');
                    zero = false;
                }
                if !(leading && out.is_empty() && power == 10 && digit == 1) {
                    out.push(DIGITS[digit]);
                }
                out.push_str(multiplier);
            }
            out
        }
        fn write(n: u64, leading: bool) -> String {
            for (unit, sign) in [(100_000_000, "亿"), (10_000, "万")] {
                if n >= unit {
                    let rest = n % unit;
                    let rest = match rest {
                        0 => String::new(),
                        _ if rest < unit / 10 => format!("零{}", write(rest, false)),
                        _ => write(rest, false),
                    };
                    return format!("{}{sign}{rest}", write(n / unit, leading));
                }
            }
            section(n, leading)
        }
        write(n, true)
    }

    #[test]
    fn numbers_written_in_full_in_chinese() {
        assert_eq!(chinese(1008), "一千零八");
        assert_eq!(chinese(105_000_000), "一亿零五百万");
        assert_eq!(chinese(12), "十二");
        assert_eq!(chinese(100_010), "十万零一十");
    }

    proptest::proptest! {
        #[test]
        fn prop_a_figure_in_any_script_is_the_figure_in_ascii(
            n in 0u64..10_000_000_000,
            zero in proptest::sample::select(DIGIT_ZEROS),
        ) {
            let ascii = n.to_string();
            let script: String = ascii
                .bytes()
                .map(|b| char::from_u32(zero + u32::from(b - b'0')).unwrap())
                .collect();
            let read = figure(&script);
            proptest::prop_assert_eq!(read, vec![ascii]);
        }

        /// Every whole number written in full in Chinese numerals is read as itself, and
        /// its span is the numerals.
        #[test]
        fn prop_a_number_in_chinese_numerals_is_read_as_itself(n in 2u64..10_000_000_000_000) {
            let written = chinese(n);
            let text = format!("共{written}个");
            let found = find_numbers(&text);
            proptest::prop_assert_eq!(found.len(), 1, "{}", text);
            proptest::prop_assert_eq!(&text[found[0].span.clone()], written.as_str());
            let figure = found[0].figure.as_ref().map(|f| f.value.to_string());
            proptest::prop_assert_eq!(figure, Some(n.to_string()));
        }
    }
}
