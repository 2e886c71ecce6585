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
//! | `2,69 millones`, `13,1 млн`, `1.5 lakh`, `8,5 por ciento`, `١٠٤٫٥ مليون`, `۲۵ درصد`, `9.5 מיליון`, `১২ কোটি`, `70 ล้านคน`, `12 លានដុល្លារ` | a figure with a scale or percent word of another language ([`FOLLOWERS`]); in Thai, Burmese and Khmer also written onto the figure and the next word |
//! | `ร้อยละ 45`, `asilimia 12`, `milioni 60`, `ကျပ်သိန်း ၅၀၀`, `සියයට 12` | a figure with a scale or percent word written before it, as Thai, Swahili, Burmese and Sinhala do ([`PRECEDERS`](scales::PRECEDERS)); not after another figure (`2 milioni 300`); `laki 5` is 500,000 and [`Mention::also`] 5, as `laki` is also the Finnish "law" |
//! | `0.85%`, `3,5 %`, `3,5 ٪`, `40 percent` | a percentage |
//! | `3.29 million`, `1.749 billion`, `21 thousand` | one scaled figure |
//! | `$4.5-million`, `4.5 bn`, `300 mn`, `12 pct`, `12pc` | one scaled figure or a percentage, as English news writes them: a scale word joined by a hyphen, abbreviations after a space (lowercase; not `tn`, tonnes), `pc` and `pct` written onto the figure (`12pc` is also read as 12, as `pc` may be pieces); `mn` is minutes before a French word (`30 mn en bus` is 30) and either before no word (`en 30 mn.`), see [`mn_reading`] |
//! | `4.5bn`, `50k`, `2mn`, `£3m`, `$2B`, `$3.5MM` | one scaled figure, its scale abbreviated and written onto it (`k` and `K` anywhere; `b`, `M`, `MM` and `B` after a currency sign only, or after a range's first figure that follows one, `£2-3m`; `100m` without one is read both as 100 and as 100 million, as `m` may be metres) |
//! | `1,000km`, `20kg`, `30m²` | a figure with a unit symbol written onto it ([`UNIT_SYMBOLS`]) |
//! | `RM5 juta`, `KSh5 billion`, `Rs250`, `R5 million`, `R45 000` | a figure with a currency written in letters onto it ([`LETTER_CURRENCIES`]), not part of a word; a single letter only before a separator or a scale (`R5` alone is a road) |
//! | `1.5 bilion`, `2 trilion` | Malay scale words, read also as the Polish and Czech ones ([`Mention::also`]: `bilion` is a million million there) |
//! | `1,5 Billion Euro` | the German singular of a million million, capitalised: read as English reads `billion` and [`Mention::also`] as German does |
//! | `R$ 1,5 bi`, `US$ 300 mi`, `Rs 5 cr`, `₹3 lacs`, `1,5 Mia. Franken` | scales abbreviated as Brazilian and Indian news write them, only after a figure a currency precedes ([`CURRENCY_SCALES`](scales::CURRENCY_SCALES): `5 mi` alone is five miles), and the Swiss `Mia.` and the Swedish `mdr` only before the money they count (`Mia.` may be a name, `MDR` a strain) |
//! | `300 mil. Kč`, `300 мил. динара`, `5 mill. kroner`, `8 mia. mennesker`, `20 tis. Kč`, `15 mdkr`, `7 mnkr`, `450 t.kr.`, `120 MSEK` | the Czech, Slovak and South Slavic million abbreviated with its point, and the Norwegian and Danish million and thousand million, read in an article that declares one of those languages, and where none is declared only before money (`95 mil.` may end a Spanish sentence, `2 mill.` be a tax rate: [`scale_with_a_point_end`]); the Slavic thousand (`tis.`, `хиљ.`, `hilj.`); Swedish scales written onto the kronor they count (`mdkr`, `mnkr`, `mkr`, `tkr`, and the Danish `t.kr.`) and the Nordic scales written onto a currency's code in capitals (`120 MSEK`, `500 KSEK`), read with their currency |
//! | `three`, `Nine`, `twenty`, `forty` | a spelled-out whole number: zero to twenty and the tens up to ninety, any case |
//! | `quatre`, `zwei`, `tres`, `vingt et un`, `quatre-vingt-dix`, `einundzwanzig`, `treinta y dos`, `ventitré`, `deux mille trois cents`, `trois millions` | a whole number in words of French, German, Spanish, Italian, Portuguese or Dutch, to 999,999, with a scale or percent word after it and the words below that scale after it (`deux millions cinq cent mille`, `dois milhões e quinhentos mil`), a half (`zweieinhalb Millionen`, `deux millions et demi`) or decimals spoken after a decimal mark word (`drei Komma fünf Prozent`); articles (`un`, `ein`) and words that are other words (`dos`, `due`, `neuf`, `venti`, `null`) only where a number stands ([`super::number_words`]); `six cents` is 600 where the words around it are French, six cents where they are English, and read both ways where none tell |
//! | `четири`, `в четырёх`, `cztery`, `čtyři`, `двадцать пять`, `pětadvacet`, `двадесет и пет`, `пять тысяч`, `dwa tysiące pięćset` | a whole number in words of Russian, Ukrainian, Belarusian, Polish, Czech, Slovak, Bulgarian, Macedonian, Serbo-Croatian or Slovenian, 1 to 999,999 in any case form, read only in an article that declares the language ([`slavic_words`]); a thousand that ends it scales it as after digits (`пять тысяч` as `5 тысяч`); the word for one and words that are other words (`три`, `sto`) only where a number stands |
//! | `12 M€`, `1,2 Md€`, `3 Mds€`, `3 Mrd €`, `450 k€`, `12M€`, `12 M$`, `1,2 Md$`, `450 k$`, `1,2 G$` | a figure with a scale abbreviated before the euro or dollar sign, as French, German and Quebec write it, the sign read with it (`G` only there: `5 G` is five) |
//! | `deux tiers`, `zwei Drittel`, `une trentaine`, `deux douzaines` | a number in words of another language with the noun of a fraction after it, no figure (as `two thirds`), or of a round count, its count (30, 24; [`number_words::noun_after`]) |
//! | `twenty-one`, `one hundred and twelve`, `three thousand four hundred and three`, `a hundred`, `one hundred thousand`, `a million`, `Two and a half million`, `half a million`, `a quarter of a million`, `three-quarters of a million`, `a thousand million`, `zero point five percent` | one figure spelled in English words ([`english_words`]): groups below a thousand (a ten and its unit joined by a hyphen or a space, `hundred` and the rest after it, with `and` or not), each before a smaller scale word than the one before, `and a half` or spoken decimals (`point five`) after the first; not `a` before other words, nor `a million` counted in a fraction other than a half or quarters (`a third of a million`), nor a number word joined to a fraction (`three-quarters`) or to another number word it does not make a number with (`one-two`) |
//! | `2019` | a year (four digits from 1900 to 2100, no separator) and the figure 2019; before it the Arabic `ألف` is the verb "wrote" (`1950 ألف`), not a thousand |
//! | `2024/25`, `2024-25`, `2024–25`, `FY2024-25` | a fiscal year ([`DatePart::FiscalYear`]): a year, a slash, hyphen or en dash and the next year's last two digits, one number whose figure is the first year ([`fiscal_year`](dates::fiscal_year); not `2024/26`, `10/11`, `2019-20%`, `2019-20 million`) |
//! | `November 21`, `November 21st`, `Nov. 21`, `டிசம்பர் 19`, `augusztus 21.`, `augusztus 21-én`, `aug. 21.`, `նոյեմբերի 21-ին`, `Novemba 21`, `Nobyembre 21` | a day of a month (a capitalised English month name or its abbreviation, a Tamil, Burmese or Sinhala one with the day in any script's digits (`စက်တင်ဘာ ၁၃`), or a Hungarian, Armenian, Swahili or Tagalog one with the day's point or case ending, and a day from 1 to 31; the Tagalog `Mayo`, also a place, only before a year) |
//! | `21 November`, `21 Nov 2020`, `21st of November`, `21. November`, `21 novembre`, `1er novembre`, `21 de noviembre`, `21 de novembro` | a day of a month written day first ([`month_after_day`](dates::month_after_day)): in English (capitalised: `21 may` is no date), German with its point (with a name English shares, `21. November`, only before a year), French, Italian and Dutch (lowercase: `2 Mars rovers` is no date), Spanish and Portuguese (after `de`: `2 mayo packets` is none); Finnish with its point or without (`21. marraskuuta`), Romanian (not `mai` before a word of comparison: `cu 15 mai mult` is 15 more), Georgian with a case ending on the month's stem (`21 ნოემბერს`), Armenian in the genitive (`21 նոյեմբերի`), Swahili and Tagalog capitalised (`21 Novemba`, `ika-21 ng Nobyembre`); in Hebrew, Bengali, Persian, Arabic, Tamil and Khmer, in any script's digits (`8 באפריל`, `৮ এপ্রিল`, `۸ آوریل`, `៨ ខែតុលា`) |
//! | `November 16 to 22`, `November 16-22`, `16 to 22 November`, `16-22 novembre` | two days: `November 16` and `22`, a day of the same month (and `16` and `22 November`) |
//! | `21.11.2020`, `21/11/2020`, `11/21/2020`, `21-11-2020`, `2020-11-21`, `2020/11/21` | a date in digits with a year from 1900 to 2100 ([`date_at`]): its day and month, one number and never the decimal `21.11`, and its year, another. With points the day comes first; with slashes or hyphens the part above 12 is the day, and when both are 12 or below either may be ([`DatePart::MonthDayEitherWay`]); a year first is followed by its month. Not written onto a word (`v2.11.2020`), in a longer code (`1.21.11.2020`, `21.11.2020.5`), or without its year (`scored 21/11`, `21.11`, `pages 11-21`, `2020-2021`): those are figures, but for a day and month each closed by a point after a word that dates them (`am 3.11.`, `seit dem 21.11.`: [`dotted_day_month`](dates::dotted_day_month)) |
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
//! The language an article's source declares ([`Language`]) settles the words that are
//! numbers in one language and other words in another: English number words are read only
//! in English or where none is declared (the Polish `ten` is "this"), and `mil` after a
//! figure is a thousand only in Spanish, Portuguese and their neighbours or where none is
//! declared (the Polish `15 mil` are miles), while `mil.` is a million in Czech, Slovak and
//! the South Slavic languages (`300 mil. Kč`), and `mill.` in Norwegian and Danish (`5 mill.
//! kroner`); a month name is read as the article's
//! language reads it (`5. listopada` is in October in Croatian, `5 maja` five houses in
//! Estonian: [`MONTHS_READ_BY_LANGUAGE`](dates::MONTHS_READ_BY_LANGUAGE)). [`find_numbers`]
//! reads as where none is.
//!
//! One pass over the text, looking at each byte a bounded number of times: O(n).

use std::ops::Range;

use super::chinese_numerals;
use super::compound_scale;
use super::english_words;
use super::normalize::word_boundary_between;
use super::number_words;
use super::range_scale;
use crate::date::MonthStyle;
use crate::quantity::Quantity;

pub use crate::quantity::DecimalMark;

pub use self::dates::{
    DatePart, in_time_of_day, is_dotted_day_month, is_month_alone, may_be_in_a_date, month_name,
};
use self::dates::{YEARS, date_at, day_after, month_at, range_end, time_of_day_end};
pub(super) use self::digits::is_hangul;
pub use self::digits::{
    ARABIC_DECIMAL, ARABIC_THOUSANDS, FULLWIDTH_POINT, NUMBER_SPACES, PERCENT_SIGNS, decimal_digit,
    is_myriad, is_number_space, myriad_exponent, percent_sign_before, percent_sign_end,
};
use self::digits::{
    GROUP_SEPARATORS, decimal_mark_at, group_after, indian_groups, read_digits, vulgar_fraction,
};
use self::scales::{
    FOLLOWERS, GREEK_SCALES_ALSO_UNITS, MnReading, OTHER_SCALE_READINGS, SCALES_ALSO_WORDS,
    UNIT_SYMBOLS, billion_before_money_end, currency_scale_end, ends_in_a_crore, german_billion,
    glued_percent_end, glued_unit_end, is_follower_space, mn_reading, prefix_ignoring_case,
    scale_with_a_point_end, sign_scale_end,
};
pub use self::scales::{
    Follower, follower_end, preceder_before, scale_with_a_point_after, scaled_code_after_lowercase,
};
pub(super) use self::scales::{
    KAZAKH_SCALES, TURKISH_SCALES, kazakh_case_ending_end, powers_spelt_like,
    scale_of_one_language_after, scale_of_the_language_end,
};
pub(super) use self::scales::{
    english_scale_word, followed, glued_scale_end, hundreds_after_digits, scale, scale_by,
    scale_word,
};

mod arabic_hindi_words;
mod dates;
mod digits;
mod language;
mod scales;
mod slavic_words;

pub(crate) use self::language::{AZERBAIJANI, MALAY, TURKISH, UZBEK};
pub use self::language::{Language, NUMBER_WORDS_READ_IN};

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
        let before = text[..self.span.start].chars().next_back();
        let first = text[self.span.start..].chars().next();
        // Arabic and Hebrew write their conjunctions and prepositions of one letter onto the
        // word after them: `و٣٠` is "and 30", `بـ١٧٥` "with 175", `ל-4` "to 4".
        if crate::proclitics::proclitics_before(text, self.span.start) {
            return false;
        }
        // Amharic writes its prepositions of one letter onto a figure: `ከ300` is "than 300".
        if crate::proclitics::ethiopic_preposition_before(text, self.span.start).is_some() {
            return false;
        }
        let last = text[..self.span.end].chars().next_back();
        let after = text[self.span.end..].chars().next();
        let glued_after = matches!((last, after),
            (Some(last), Some(after)) if after.is_alphabetic() && !word_boundary_between(last, after))
            && glued_unit_end(text, self.span.end).is_none()
            // Korean writes its counters and particles onto the figure (`31개`,
            // `9,386,034명이다`), Bengali its counters and case endings (`৪টি`, `৫০জন`,
            // `২০২৪-এ`), and the languages of the scripts from Gurmukhi to Sinhala their case
            // endings and postpositions (`૧,૦૦૦થી`, `40க்கும்`, `2024లో`, `14කි`).
            && !after.is_some_and(|c| {
                is_hangul(c) || crate::bengali::is_bengali(c) || writes_endings_onto_figures(c)
            })
            // Marathi writes its postpositions onto the form of a scale or percent word
            // before them (`600 कोटींचा`, `85 टक्क्यांपर्यंत`), which the figure ends with.
            && !(last.is_some_and(|c| c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c))
                && crate::marathi::starts_with_a_postposition(&text[self.span.end..]))
            // Nepali writes `भन्दा` (than) onto it (`३००भन्दा बढी`, more than 300), and Marathi
            // `पेक्षा` and `हून` (`५००पेक्षा जास्त`, `५००हून अधिक`).
            && !THAN_WRITTEN_ONTO_A_FIGURE
                .iter()
                .any(|than| text[self.span.end..].starts_with(than));
        let glued_before = matches!((before, first), (Some(before), Some(first)) if !word_boundary_between(before, first));
        // `RM5 juta`, `KSh5 billion`: a currency, not a code; `R5 million` and `R45 000`,
        // not the road R5 nor the code N95.
        let after_currency = glued_before
            && letter_currency_before(text, self.span.start).is_some_and(|long| {
                long || text[self.span.clone()].contains(|c: char| !c.is_ascii_digit())
            });
        // The Tagalog ordinal's `ika-` before a day of a month (`ika-25 ng Hulyo`) makes it
        // the 25th, not part of a name as `A-66` is.
        let ordinal_day =
            self.date.is_some() && dates::after_tagalog_ordinal(text, self.span.start);
        glued_after
            || (glued_before && !after_currency)
            || (hyphened_onto_a_word(text, self.span.start) && !ordinal_day)
    }
}

/// The Nepali and Marathi postpositions "than", written onto the figure they compare with
/// (`३००भन्दा`, `५००पेक्षा`, `५००हून`): the other Devanagari letters written onto digits make
/// another word (the Hindi ordinal `4वें`).
const THAN_WRITTEN_ONTO_A_FIGURE: [&str; 3] = ["भन्दा", "पेक्षा", "हून"];

/// The case endings and postpositions written onto a scale or percent word after a figure
/// (`કરોડનું`, of a crore; `లక్షలకు`, to lakhs; `ಕೋಟಿಗೆ`, to a crore; `මිලියනයක්`, a million),
/// in the scripts from Gurmukhi to Sinhala but Tamil, whose endings
/// [`crate::tamil::only_case_endings_follow`] reads, and Malayalam, whose endings
/// [`crate::malayalam`] reads (they change a word that ends in the anusvara). A closed list:
/// a longer word that only begins like the scale word (`లక్ష్యాలు`, targets; `ટકાઉ`, lasting;
/// `ಲಕ್ಷಣ`, a symptom) is none.
const ENDINGS_ONTO_A_SCALE: &[&str] = &[
    // Gujarati: of, in, from, to, by.
    "નું",
    "ની",
    "ના",
    "નો",
    "નાં",
    "માં",
    "થી",
    "ને",
    "એ",
    // Gurmukhi.
    "ਦੀ",
    "ਦਾ",
    "ਦੇ",
    "ਤੋਂ",
    "ਨੂੰ",
    // Odia.
    "ର",
    "ରେ",
    "ରୁ",
    "କୁ",
    // Telugu: to, in, with, the accusative, on (a day).
    "కు",
    "కి",
    "లో",
    "తో",
    "ను",
    "ని",
    "న",
    // Kannada, after a word that ends in `a` (`ಲಕ್ಷ`, `ಸಾವಿರ`, `ಶೇಕಡ`): of, to, to ... too
    // (`ಲಕ್ಷಕ್ಕೂ ಹೆಚ್ಚು`, more than a lakh), than, in, from, to the extent of, too; after one
    // that ends in `i` (`ಕೋಟಿ`): the same after a glide (`ಯ`) or `ಗ` (`ಕೋಟಿಗೆ`, `ಕೋಟಿಗೂ`,
    // `ಕೋಟಿಗಿಂತ`); and the plural's genitive (`ಕೋಟಿಗಳ`). Not `ಗಟ್ಟಲೆ` (`ಕೋಟಿಗಟ್ಟಲೆ`, "crores
    // of"), no figure's scale.
    "ದ",
    "ಕ್ಕೆ",
    "ಕ್ಕೂ",
    "ಕ್ಕಿಂತ",
    "ದಲ್ಲಿ",
    "ದಿಂದ",
    "ದಷ್ಟು",
    "ವೂ",
    "ಯ",
    "ಗೆ",
    "ಗೂ",
    "ಗಿಂತ",
    "ಯಲ್ಲಿ",
    "ಯಿಂದ",
    "ಯಷ್ಟು",
    "ಯೂ",
    "ಗಳ",
    // Sinhala: a, to, of.
    "ක්",
    "යක්",
    "ට",
    "කට",
    "යට",
    "යි",
    "කි",
];

/// Whether `rest`, the text right after the scale or percent word `word`, starts with one of
/// the endings written onto it ([`ENDINGS_ONTO_A_SCALE`], Tamil's), which ends the word.
pub(crate) fn only_endings_follow(word: &str, rest: &str) -> bool {
    let (Some(last), Some(next)) = (word.chars().next_back(), rest.chars().next()) else {
        return false;
    };
    if !writes_endings_onto_figures(last) || !writes_endings_onto_figures(next) {
        return false;
    }
    if crate::tamil::is_tamil(last) {
        return crate::tamil::only_case_endings_follow(last, rest);
    }
    if crate::malayalam::is_malayalam(last) {
        return crate::malayalam::only_endings_follow(word, rest);
    }
    ENDINGS_ONTO_A_SCALE.iter().any(|ending| {
        rest.strip_prefix(ending).is_some_and(|after| {
            !after.starts_with(|c: char| {
                c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
            })
        })
    })
}

/// Where the scale or percent word `word` is written at the start of `text` in the form its
/// language writes an ending onto, which is not the word whole: Malayalam drops the
/// anusvara that ends a word (`ലക്ഷത്തോളം`, `ശതമാനമായി` of `ലക്ഷം`, `ശതമാനം`, see
/// [`crate::malayalam`]), Marathi takes a form before its postpositions (`हजारांहून`,
/// `कोटींचा`, see [`crate::marathi`]). The length of that form, where the ending starts.
pub(crate) fn form_before_an_ending(word: &str, text: &str) -> Option<usize> {
    // Asked for every scale or percent word a figure's next word may start: the first
    // letter of the word tells the two scripts from all the others.
    if !word.starts_with(|c| matches!(c, '\u{0900}'..='\u{097F}' | '\u{0D00}'..='\u{0D7F}')) {
        return None;
    }
    crate::malayalam::stem_with_an_ending(word, text)
        .or_else(|| crate::marathi::form_before_a_postposition(word, text))
}

/// Whether `c` is of one of the scripts from Gurmukhi to Sinhala (Gurmukhi, Gujarati, Odia,
/// Tamil, Telugu, Kannada, Malayalam, Sinhala), whose languages write case endings and
/// postpositions onto a figure and onto the scale or percent word after it: `૧,૦૦૦થી`
/// ("than 1,000"), `કરોડનું` ("of a crore"), `40க்கும்`, `2024లో` ("in 2024"), `14කි`.
pub(crate) fn writes_endings_onto_figures(c: char) -> bool {
    matches!(c, '\u{0A00}'..='\u{0DFF}')
}

/// Multiplicatives ("twice"), read as spelled ordinals are ("the seventh", "the third
/// consecutive year", [`english_words::is_ordinal`]): numbers an article states in words. They carry no figure: a claim cannot state
/// them as its `value:`, so each is encoded by an ignore entry with its reason. `once` is
/// left out: in running text it mostly means "formerly". An ordinal joined by a hyphen
/// ("third-party", "first-level", "5-millionth") is part of a compound word, not a number.
const MULTIPLICATIVES: [&str; 2] = ["twice", "thrice"];

const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Every number in `text`, in order of position, read as in an article that declares no
/// language.
pub fn find_numbers(text: &str) -> Vec<Mention> {
    find_numbers_in(text, Language::UNDECLARED)
}

/// Every number in `text`, in order of position, read as in an article in `language`.
pub fn find_numbers_in(text: &str, language: Language) -> Vec<Mention> {
    find_numbers_up_to(text, usize::MAX, language)
}

/// The first `limit` numbers in `text`, in order of position, read as in an article in
/// `language`.
pub fn find_numbers_up_to(text: &str, limit: usize, language: Language) -> Vec<Mention> {
    let mut found = scan(text, 0, language, |_, found| found < limit);
    // A date in digits is two numbers, its day and month and its year: one may be over.
    found.truncate(limit);
    found
}

/// The numbers of `text` read from byte `from`, where a word or a figure begins, up to the
/// one read from `until` (whose sign or leading point may stand before it): a few words of a long text read as [`find_numbers_in`] reads them there,
/// with the text before `from` seen as the readings look back (a sign, a leading point, a
/// word before the figure).
pub fn numbers_read_from(
    text: &str,
    from: usize,
    until: usize,
    language: Language,
) -> Vec<Mention> {
    scan(text, from, language, |at, _| at <= until)
}

/// The number of `text`, read from byte `from`, that spans byte `at`: with the parts of a
/// figure in two scales before and after it that [`find_numbers`] joins to it (`2 million
/// 300 thousand`), where reading from `from` up to `at` alone would cut it.
pub fn number_spanning(text: &str, from: usize, at: usize, language: Language) -> Option<Mention> {
    // The first part, or the first two of a figure in three scales, as `compound_scale`
    // walks back.
    let first_part = compound_scale::part_before(text, figure_word_start(text, at)?);
    let from = first_part
        .and_then(|first| compound_scale::part_before(text, first))
        .or(first_part)
        .map_or(from, |first| first.min(from));
    let mut until = at + 1;
    loop {
        let mention = numbers_read_from(text, from, until, language)
            .into_iter()
            .find(|mention| mention.span.start <= at && at < mention.span.end)?;
        let may_go_on = mention
            .figure
            .as_ref()
            .is_some_and(compound_scale::may_have_a_second_part);
        let further = mention.span.end + compound_scale::SECOND_PART_LOOKAHEAD;
        if !may_go_on || further <= until {
            return Some(mention);
        }
        until = further;
    }
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
fn scan(
    text: &str,
    from: usize,
    language: Language,
    go_on: impl Fn(usize, usize) -> bool,
) -> Vec<Mention> {
    let mut found = scan_each(text, from, language, go_on);
    range_scale::share(text, &mut found, |at| number_at(text, at, language));
    compound_scale::join(text, &mut found);
    found
}

/// The number that starts at byte `at` of `text`, read on its own: its figure may start a
/// sign word later (`minus 2`, `negative 2`).
pub(super) fn number_at(text: &str, at: usize, language: Language) -> Option<Mention> {
    const SIGN_WORD: usize = "negative ".len();
    scan_each(text, at, language, |i, found| {
        found == 0 && i <= at + SIGN_WORD
    })
    .pop()
    .filter(|mention| mention.span.start == at)
}

/// The numbers of `text` from byte `from` on, while `go_on(at, found so far)` holds, each
/// read on its own.
fn scan_each(
    text: &str,
    from: usize,
    language: Language,
    go_on: impl Fn(usize, usize) -> bool,
) -> Vec<Mention> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = from;
    // The number words of a Slavic language, looked up only where the article declares it.
    let slavic = slavic_words::lexicon_of(language);
    while i < bytes.len() && go_on(i, out.len()) {
        let b = bytes[i];
        let starts_digit = if b.is_ascii() {
            b.is_ascii_digit()
        } else {
            text[i..].chars().next().and_then(decimal_digit).is_some()
        };
        if starts_digit {
            if let Some(end) = date_at(text, i, language, &mut out) {
                i = end;
                continue;
            }
            if let Some(end) = time_of_day_end(text, i) {
                out.push(silent_mention(i..end));
                i = end;
                continue;
            }
            let (mut mention, end) = numeral(text, i, language);
            // `３日`, `23日`, `3일`: also a day of the month, as the `22` of `November 16 to
            // 22` is (the figure stays, for `23日` may count days).
            if mention.date.is_none() && mention.span == (i..end) {
                mention.date = dates::day_before_its_sign(text, i, end).map(DatePart::Day);
            }
            out.push(mention);
            // The unit written onto it is read with it: the `2` of `km2` is no number.
            i = glued_unit_end(text, end).unwrap_or(end);
        } else if b.is_ascii_alphabetic() {
            let end = letters_end(bytes, i);
            if !starts_word(text, i) {
                i = end;
            } else if let Some(lexicon) = slavic
                && let Some((mention, number_end)) = slavic_number(text, i, lexicon, language)
            {
                // `cztery`, `dwa tysiące`.
                out.push(mention);
                i = number_end;
            } else if let Some(day_end) = month_then_day_after_a_word(text, i, end, &mut out) {
                // `augusztus 14.`
                i = day_end;
            } else if !alphanumeric_at(text, end) {
                i = word(text, i, end, language, &mut out);
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
            if let Some(lexicon) = slavic
                && c.is_alphabetic()
                && starts_word(text, i)
                && let Some((mention, end)) = slavic_number(text, i, lexicon, language)
            {
                // `четири`, `čtyři`, `пять тысяч`.
                out.push(mention);
                i = end;
            } else if chinese_numerals::is_numeral(c) {
                let (mention, end) = chinese_numerals::read(text, i, language);
                out.extend(mention);
                i = end;
            } else if number_words::may_begin(c)
                && starts_word(text, i)
                && let Some((mention, end)) = other_language_number(text, i)
            {
                // `één`.
                out.push(mention);
                i = end;
            } else if arabic_hindi_words::may_begin(c)
                && starts_word(text, i)
                && let Some((mention, end)) = arabic_or_hindi_number(text, i, language)
            {
                // `ثلاث`, `तीन लाख`.
                out.push(mention);
                i = end;
            } else if let Some(end) = month_then_day(text, i, &mut out) {
                // `டிசம்பர் 19`, `április 14-én`.
                i = end;
            } else {
                i += c.len_utf8();
            }
        }
    }
    out
}

/// A month's name and the day after it, at `at` of `text`, as Tamil writes a date
/// (`டிசம்பர் 19`) and Hungarian (`augusztus 14.`, `augusztus 14-én`, `aug. 14.`, `augusztus
/// 14–16.`): pushes the day of the month, and the second day of a range; where they end.
fn month_then_day(text: &str, at: usize, out: &mut Vec<Mention>) -> Option<usize> {
    if !starts_word(text, at) {
        return None;
    }
    let (month, name_end, style) =
        month_at(text, at, &[MonthStyle::DayEitherSide, MonthStyle::DayAfter])?;
    let (day, day_end) = day_after(text, name_end, true)?;
    // `Mayo 5, 2024`, not `Mayo 2-0 Kerry` nor the Dutch "in mei 12 mensen": a month's
    // name that is a place's too, or a Swahili or Tagalog month written in lowercase as
    // another language writes its month, dates the day after it only before a year.
    let written = &text[at..name_end];
    let also_a_name = crate::date::MONTHS_ALSO_NAMES
        .iter()
        .any(|name| written.eq_ignore_ascii_case(name));
    let another_language_s = written.starts_with(|c: char| c.is_lowercase())
        && crate::date::MONTHS_CAPITALISED_WHERE_READ.contains(&written);
    if (also_a_name || another_language_s) && !dates::year_after_a_comma(text, day_end) {
        return None;
    }
    if style == MonthStyle::DayEitherSide {
        out.push(dates::date_mention(at..day_end, None, month, day));
        return Some(day_end);
    }
    Some(push_month_days(text, at, (month, day), day_end, true, out))
}

/// [`month_then_day`] at `at`, the start of a word of ASCII letters that end at `end`, after
/// a look at the bytes after the word: most words have no day after them.
fn month_then_day_after_a_word(
    text: &str,
    at: usize,
    end: usize,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    // `március`: letters beyond ASCII end the word later.
    let word_end = match bytes.get(end) {
        Some(b) if !b.is_ascii() => text[end..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(text.len(), |len| end + len),
        _ => end,
    };
    let name_end = word_end + usize::from(bytes.get(word_end) == Some(&b'.'));
    let day_start = spaces_end(bytes, name_end);
    if day_start == name_end || !bytes.get(day_start).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // A capitalised English month is read as English ([`word`]).
    let english = bytes[at].is_ascii_uppercase()
        && month_at(text, at, &[MonthStyle::English, MonthStyle::EnglishShort]).is_some();
    if english {
        return None;
    }
    month_then_day(text, at, out)
}

/// Pushes the day `(month, day)`, written from `start` (its month's name) to `day_end`, and
/// the second day of a range after it (`November 16 to 22`, `augusztus 14–16.`), each day
/// with the case ending `hungarian` writes onto it after a hyphen (`14-én`, `16-án`); where
/// they end.
fn push_month_days(
    text: &str,
    start: usize,
    (month, day): (u8, u8),
    day_end: usize,
    hungarian: bool,
    out: &mut Vec<Mention>,
) -> usize {
    let case_ending_end = |at: usize| match hungarian {
        true => case_ending_end(text, at),
        false => at,
    };
    let day_end = case_ending_end(day_end);
    out.push(dates::date_mention(start..day_end, None, month, day));
    // "November 16 to 22": the second day of the same month.
    let Some((second_start, second, second_end)) = range_end(text, day_end) else {
        return day_end;
    };
    out.push(dates::date_mention(
        second_start..case_ending_end(second_end),
        Quantity::parse(&text[second_start..second_end]).ok(),
        month,
        second,
    ));
    // The end of the range, not of its first day.
    case_ending_end(second_end)
}

/// After a day ending at `at`: where the case ending Hungarian writes onto it after a hyphen
/// ends (`14-én`, `14-i`, `1-jén`), or `at`.
fn case_ending_end(text: &str, at: usize) -> usize {
    let Some(ending) = text[at..].strip_prefix('-') else {
        return at;
    };
    let len = ending
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(ending.len());
    let lowercase = ending.starts_with(|c: char| c.is_lowercase());
    if len > 0 && lowercase {
        at + 1 + len
    } else {
        at
    }
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

/// After a figure ending at `at`: a scale or percent word ([`follower_end`]) that scales it in
/// an article in `language` (not `mil` where it is a mile: `15 mil morskich`), or a scale
/// abbreviated with a point where it is one ([`scale_with_a_point_end`]: `300 mil. Kč`, `5
/// mill. kroner`).
fn follower_end_in(text: &str, at: usize, language: Language) -> Option<(usize, Follower)> {
    // `112 min uşaq`: the Azerbaijani thousand, a minute elsewhere.
    if let Some(scale) = scales::scale_of_the_language_end(text, at, language) {
        return Some(scale);
    }
    // `300 mil. Kč`: the million of Czech and its neighbours, where `mil` is read otherwise.
    if let Some(scale) = scale_with_a_point_end(text, at, language) {
        return Some(scale);
    }
    follower_end(text, at).filter(|&(end, _)| {
        language.reads_follower(text[at..end].trim_start_matches(is_follower_space))
    })
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

/// Reads a word at `start..end`: a month followed by a day, a number word, or neither; an
/// English number word only where the article's `language` reads them. Returns where
/// scanning goes on.
fn word(text: &str, start: usize, end: usize, language: Language, out: &mut Vec<Mention>) -> usize {
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
            return push_month_days(text, start, (month, day), day_end, false, out);
        }
        // `Sept départements`: a French number, not the month.
        if let Some((mention, number_end)) = other_language_number(text, start) {
            out.push(mention);
            return number_end;
        }
        return end;
    }
    // `ten` is the Polish "this", `one` the Polish "they": a number word of another language
    // or nothing.
    if !language.reads_english_words() {
        return match other_language_number(text, start) {
            Some((mention, number_end)) => {
                out.push(mention);
                number_end
            }
            None => end,
        };
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
    // `no one` is nobody; `At one point,` a time; `Richland One` a name.
    if english_words::is_one_that_counts_nothing(text, start)
        || english_words::ends_a_name(text, start, end)
    {
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
        let (span_end, follower) = follower_end_in(text, end, language)
            .map_or((end, None), |(end, follower)| (end, Some(follower)));
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

/// A number in Arabic or Hindi words at `start` ([`arabic_hindi_words`]), with the scale or
/// percent word after it (`ثلاثة ملايين`, `तीन लाख`): the mention and where it ends.
fn arabic_or_hindi_number(
    text: &str,
    start: usize,
    language: Language,
) -> Option<(Mention, usize)> {
    let scale_after = |at: usize| {
        follower_end_in(text, at, language)
            .is_some_and(|(_, follower)| !matches!(follower, Follower::Percent))
    };
    let (span, value) = arabic_hindi_words::read(text, start, scale_after)?;
    let (end, follower) = follower_end_in(text, span.end, language)
        .map_or((span.end, None), |(end, follower)| (end, Some(follower)));
    let mention = Mention {
        span: span.start..end,
        figure: followed(&value.to_string(), follower),
        date: None,
        also: None,
        separators: Separators::Silent,
    };
    Some((mention, end))
}

/// A number in words of the Slavic language the article declares at `start`
/// ([`slavic_words`]), with the scale or percent word after it (`пять миллионов`, `dwa
/// procent`): the mention and where it ends. A number that ends in a thousand is scaled by
/// it as digits are by a thousand written after them (`пять тысяч` as `5 тысяч`); one that
/// goes on in a half or decimals this does not read (`два с половиной`) states no figure.
fn slavic_number(
    text: &str,
    start: usize,
    lexicon: &slavic_words::Lexicon,
    language: Language,
) -> Option<(Mention, usize)> {
    let scale_after = |at: usize| {
        follower_end_in(text, at, language)
            .is_some_and(|(_, follower)| !matches!(follower, Follower::Percent))
    };
    let read = slavic_words::read(text, start, lexicon, scale_after)?;
    let (end, figure) = if read.unread {
        (read.span.end, None)
    } else if read.thousands {
        let thousands = (read.value / 1000).to_string();
        (
            read.span.end,
            followed(&thousands, Some(Follower::Scale(3))),
        )
    } else {
        let (end, follower) = follower_end_in(text, read.span.end, language)
            .map_or((read.span.end, None), |(end, follower)| {
                (end, Some(follower))
            });
        (end, followed(&read.value.to_string(), follower))
    };
    let mention = Mention {
        span: start..end,
        figure,
        date: None,
        also: None,
        separators: Separators::Silent,
    };
    Some((mention, end))
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
pub(super) fn numeral(text: &str, start: usize, language: Language) -> (Mention, usize) {
    let (mention, end) = unsigned_numeral(text, start, language);
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

/// Whether the figure starting at `at` of `text` is written after a hyphen onto a word, as
/// the number of a road, a disease or a model is (`A-66`, `CC-55`, `COVID-19`, `F-16`,
/// `М-11`): part of a name, as a figure written onto its letters is (`M25`). Not after a
/// letter of a script written without spaces or of Korean, whose figures follow the word
/// that gives them, dash or none ([`sign_before`]).
pub fn hyphened_onto_a_word(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    before.next() == Some('-')
        && before.next().is_some_and(|c| {
            c.is_alphabetic() && !crate::normalize::is_unspaced_script(c) && !is_hangul(c)
        })
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
fn unsigned_numeral(text: &str, start: usize, language: Language) -> (Mention, usize) {
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
    } else if let Some((end, follower)) = follower_end_in(text, j, language) {
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
                // The Greek `χιλ.` and `εκατ.` are also kilometres and centimetres, the
                // Turkish `bin` an English word and the Hindi `अरब` "Arab".
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
        currency_scale_end(text, start, j).or_else(|| billion_before_money_end(text, j))
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
        .and_then(|year| {
            if YEARS.contains(&year) {
                Some(DatePart::Year(year))
            } else {
                dates::buddhist_era_year(text, start, year)
            }
        });
    // Declared Malay reads its own `bilion` alone: a thousand million.
    let other_scale = OTHER_SCALE_READINGS
        .iter()
        .filter(|_| !language.reads_bilion_as_a_thousand_million())
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
        || (matches!(follower, Some(Follower::Scale(10 | 12))) && ends_in_a_crore(&text[j..end]))
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
/// A single letter (`R5`, `N5`, also a road) only before a figure written with a separator
/// or a scale (`R45 000`, `R1.5`, `R5 million`, `N5bn`).
pub(super) const LETTER_CURRENCIES: [&str; 12] = [
    "RM", "Rs", "Rp", "KSh", "Ksh", "TSh", "USh", "Tk", "Sh", "R", "N", "P",
];

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

/// The currency signs before a figure that make `m` read as million: `£3m`, `US$3m`.
pub(super) const CURRENCY_SIGNS: [char; 15] = [
    '$', '£', '€', '¥', '₹', '₩', '₽', '₦', '₱', '฿', '₺', '₴', '₪', '৳', '₵',
];

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

/// After `at`: one or more of the spaces between words of a date (see
/// [`is_follower_space`]); where they end.
fn spaces_after(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let after = rest.trim_start_matches(is_follower_space);
    (after.len() < rest.len()).then_some(text.len() - after.len())
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
    use super::dates::DatePart;
    use super::*;
    use crate::quantity::DIGIT_ZEROS;

    pub(super) fn dates(text: &str) -> Vec<Option<DatePart>> {
        find_numbers(text).into_iter().map(|m| m.date).collect()
    }

    pub(super) fn found(text: &str) -> Vec<&str> {
        find_numbers(text)
            .into_iter()
            .map(|m| &text[m.span])
            .collect()
    }

    #[test]
    fn an_article_s_declared_language_settles_words_that_are_numbers_in_another() {
        // Each number as written, and its figure.
        let read = |text: &str, tag: Option<&str>| -> Vec<(String, String)> {
            find_numbers_in(text, Language::of(tag))
                .into_iter()
                .map(|m| {
                    let figure = m.figure.map(|f| f.value.normalize().to_string());
                    (text[m.span].to_string(), figure.unwrap_or_default())
                })
                .collect()
        };
        let pairs = |expected: &[(&str, &str)]| -> Vec<(String, String)> {
            expected
                .iter()
                .map(|&(written, figure)| (written.to_string(), figure.to_string()))
                .collect()
        };
        // Found from outside: the Polish `one` ("they") and `ten` ("this") were numbers, and
        // the Polish and Indonesian `mil` (miles) a thousand.
        let polish = "Kiedy one zostaną odbudowane? Ten most stał po raz trzeci, a statek był 15 \
                      mil od portu.";
        assert_eq!(read(polish, Some("pl")), pairs(&[("15", "15")]));
        assert_eq!(
            read(polish, None),
            pairs(&[("one", "1"), ("Ten", "10"), ("15 mil", "15000")])
        );
        // English reads its words, and `mil` is no thousand in it either.
        assert_eq!(
            read(polish, Some("en-GB")),
            pairs(&[("one", "1"), ("Ten", "10"), ("15", "15")])
        );
        // The Malay `bilion` is a thousand million alone where Malay or Indonesian is
        // declared, and also a million million where none is, as in Polish and Czech.
        let also = |text: &str, tag: Option<&str>| -> Vec<String> {
            find_numbers_in(text, Language::of(tag))
                .into_iter()
                .filter_map(|m| m.also.map(|f| f.value.normalize().to_string()))
                .collect()
        };
        let malay = "Belanjawan berjumlah RM2.45 bilion dan 1.2 trilion.";
        for tag in ["ms", "ms-MY", "id"] {
            assert_eq!(
                read(malay, Some(tag)),
                pairs(&[
                    ("2.45 bilion", "2450000000"),
                    ("1.2 trilion", "1200000000000")
                ]),
                "{tag}"
            );
            assert_eq!(also(malay, Some(tag)), Vec::<String>::new(), "{tag}");
        }
        for tag in [None, Some("pl"), Some("cs")] {
            assert_eq!(
                also(malay, tag),
                ["2450000000000", "1200000000000000000"],
                "{tag:?}"
            );
        }
        let indonesian = "Kapal tenggelam sekitar 5 mil laut dari pantai untuk ketiga kalinya.";
        assert_eq!(read(indonesian, Some("id")), pairs(&[("5", "5")]));
        assert_eq!(read(indonesian, None), pairs(&[("5 mil", "5000")]));
        // English ordinals and multiplicatives are words of English too.
        assert_eq!(read("the third time, twice", Some("pl")), pairs(&[]));
        assert_eq!(
            read("the third time, twice", None),
            pairs(&[("third", ""), ("twice", "")])
        );
        // `mil` is a thousand in the languages whose thousand it is; the words of other
        // languages than English are read whatever the article declares.
        for tag in [None, Some("es"), Some("pt-BR"), Some("ca")] {
            assert_eq!(
                read("Hubo 95 mil casos", tag),
                pairs(&[("95 mil", "95000")]),
                "{tag:?}"
            );
        }
        for tag in [None, Some("fr"), Some("pl")] {
            assert_eq!(
                read("les six communes et les vingt et un élus", tag),
                pairs(&[("six", "6"), ("vingt et un", "21")]),
                "{tag:?}"
            );
        }
        // `mil.` is a million in Czech, Slovak and the South Slavic languages, with its
        // point; where none is declared only before money, as a Spanish sentence may end on
        // its thousand; in other languages as they read `mil`.
        for tag in [
            Some("cs"),
            Some("sk"),
            Some("hr"),
            Some("sr"),
            Some("sl"),
            None,
        ] {
            assert_eq!(
                read("škody za 300 mil. Kč", tag),
                pairs(&[("300 mil.", "300000000")]),
                "{tag:?}"
            );
        }
        for tag in [Some("cs"), Some("sr-Cyrl"), Some("mk")] {
            assert_eq!(
                read("Узели су 300 мил. динара", tag),
                pairs(&[("300 мил.", "300000000")]),
                "{tag:?}"
            );
            assert_eq!(
                read("Bylo to 300 mil. Vláda", tag),
                pairs(&[("300 mil.", "300000000")]),
                "{tag:?}"
            );
        }
        assert_eq!(
            read("Узели су 300 мил. динара", Some("ru")),
            pairs(&[("300", "300")])
        );
        assert_eq!(
            read("namenila 5 mil. evrov za ceste", Some("sl")),
            pairs(&[("5 mil.", "5000000")])
        );
        // The Norwegian and Danish million `mill.` and thousand million `mia.`, whatever
        // they count, in an article that declares Norwegian or Danish; where none is declared
        // only before money, as English writes a tax rate's mill; in other languages not at
        // all, and never the Norwegian `mil` (ten kilometres).
        for tag in [Some("nb"), Some("nn"), Some("no"), Some("da"), None] {
            assert_eq!(
                read("får 5 mill. kroner til veier", tag),
                pairs(&[("5 mill.", "5000000")]),
                "{tag:?}"
            );
            assert_eq!(
                read("og 3,2 mill. kr til skoler", tag),
                pairs(&[("3,2 mill.", "3200000")]),
                "{tag:?}"
            );
        }
        for tag in [Some("nb"), Some("da-DK")] {
            assert_eq!(
                read("Byen har 1,2 mill. innbyggere", tag),
                pairs(&[("1,2 mill.", "1200000")]),
                "{tag:?}"
            );
            assert_eq!(
                read("Verden har 8 mia. mennesker", tag),
                pairs(&[("8 mia.", "8000000000")]),
                "{tag:?}"
            );
            assert_eq!(read("kjørte 5 mil. Deretter", tag), pairs(&[("5", "5")]));
        }
        for tag in [None, Some("en"), Some("sv"), Some("it")] {
            assert_eq!(
                read("a levy of 2 mill. for schools", tag),
                pairs(&[("2", "2")]),
                "{tag:?}"
            );
            assert_eq!(
                read("Verden har 8 mia. mennesker", tag),
                pairs(&[("8", "8")]),
                "{tag:?}"
            );
        }
        assert_eq!(
            read("a levy of 2 mill. dollars", Some("en")),
            pairs(&[("2", "2")])
        );
        assert_eq!(
            read("3 mia. kr. til veje", None),
            pairs(&[("3 mia.", "3000000000")])
        );
        assert_eq!(read("5 mill.kroner", Some("nb")), pairs(&[("5", "5")]));
        assert_eq!(
            read("Llegaron a 95 mil. El gobierno", None),
            pairs(&[("95 mil", "95000")])
        );
        assert_eq!(
            read("Llegaron a 95 mil. El gobierno", Some("es")),
            pairs(&[("95 mil", "95000")])
        );
        // Money that opens the next sentence is its own figure's.
        for next in ["R$ 20 mil vinieron", "US$ 20 mil", "USD 20 mil", "€20 mil"] {
            let text = format!("El costo fue de 95 mil. {next}");
            assert_eq!(
                read(&text, None)[0],
                ("95 mil".to_string(), "95000".to_string()),
                "{text}"
            );
        }
        assert_eq!(
            read("a 15 mil. morskich", Some("pl")),
            pairs(&[("15", "15")])
        );
        assert_eq!(
            read("a 15 mil. morskich", None),
            pairs(&[("15 mil", "15000")])
        );
        assert_eq!(
            read("škody za 300 mil Kč", Some("cs")),
            pairs(&[("300", "300")])
        );
        assert_eq!(
            read("300 mil.5", Some("cs")),
            pairs(&[("300", "300"), ("5", "5")])
        );
        // A range's first figure takes no scale the article reads as none.
        assert_eq!(
            read("od 5 do 10 mil morskich", Some("pl")),
            pairs(&[("5", "5"), ("10", "10")])
        );
        assert_eq!(
            read("de 5 a 10 mil casos", Some("es")),
            pairs(&[("5", "5000"), ("10 mil", "10000")])
        );
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
        for text in [
            "CHF50 million",
            "a USD5bn fund",
            "NOK50m",
            "TSh5 bilioni",
            "USh500",
            // A single letter before a figure written with a separator.
            "R45 000 aan elke gesin",
            "paid R45,000 to each family",
            "N5,000 a month",
            "R1,5 miljard",
        ] {
            assert!(!find_numbers(text)[0].is_part_of_a_word(text), "{text}");
        }
        // Codes stay codes: a single letter before no scale nor separator, a currency
        // inside a word.
        for code in [
            "the road R5 opened",
            "the N5 highway",
            "a P5 member",
            "N95 masks",
            "the R300 was closed",
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
    fn a_figure_after_an_amharic_preposition_or_before_the_nepali_than_is_no_part_of_a_word() {
        for text in ["ከ300 በላይ ሰዎች", "በ2016 ዓ.ም.", "३००भन्दा बढी घर"]
        {
            let numbers = find_numbers(text);
            assert_eq!(numbers.len(), 1, "{text}");
            assert!(!numbers[0].is_part_of_a_word(text), "{text}");
        }
        // The last letter of a longer word, another Devanagari word written onto the figure.
        for code in ["ቤከ300 ሰዎች", "5जी नेटवर्क"] {
            assert!(find_numbers(code)[0].is_part_of_a_word(code), "{code}");
        }
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
    fn non_ascii_text_is_skipped_safely() {
        assert_eq!(found("云南 88 个县，三"), ["88"]);
    }

    pub(super) fn figure(text: &str) -> Vec<String> {
        find_numbers(text)
            .into_iter()
            .map(|m| m.figure.map_or("-".into(), |f| f.value.to_string()))
            .collect()
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
    pub(super) fn read(text: &str) -> Vec<(&str, String)> {
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

    pub(super) fn pairs<'a>(expected: &[(&'a str, &str)]) -> Vec<(&'a str, String)> {
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
    #[test]
    fn a_marathi_scale_word_with_its_postposition_leaves_the_figure_a_figure() {
        for (text, scaled) in [
            ("600 कोटींचा निधी", "600 कोटीं"),
            ("85 टक्क्यांपर्यंत पाणीसाठा", "85 टक्क्यां"),
            ("25 हजारांहून अधिक", "25 हजारां"),
        ] {
            let mention = &find_numbers(text)[0];
            assert_eq!(&text[mention.span.clone()], scaled, "{text}");
            assert!(!mention.is_part_of_a_word(text), "{text}");
        }
        // A Hindi ordinal is no figure of Marathi's.
        let text = "4वें दिन";
        assert!(find_numbers(text)[0].is_part_of_a_word(text));
    }
}
