//! Reported quantities: the figures a news article states (`17`, `7,993`,
//! `3.29 million`, `0.85%`, `more than 10,000`, `three`) read as exact
//! decimals, together with the interval of real values each figure stands for.
//!
//! # Why intervals
//!
//! A reporter who writes "3.29 million" has rounded some true count to the
//! last digit they wrote. The claim is therefore not "the value is 3290000"
//! but "the value is in [3285000, 3295000)". Checking a claim (a sum of parts
//! against a total, a percentage against its counts, two sources against each
//! other) must compare those sets, or it will flag honest rounding as an
//! error. Qualifiers ("more than", "about", ...) change the set further; see
//! [`Qualifier`] for the exact meaning chosen for each.

use std::fmt;
use std::ops::Range;

use rust_decimal::Decimal;

use super::currency::CURRENCY_SIGNS;
use super::followers::{FOLLOWERS, Follower};
use super::interval::{
    Bound, Interval, MAX_SCALE, exact_product, exact_sum, product_rounded_up, sum_rounded_down,
    sum_rounded_up, with_separators,
};

/// Whether a unit measures a quantity (money, an area, a length, a mass, a volume, a
/// duration, energy, power, a temperature, a rate) rather than counting things: a measured
/// figure is always read as its rounding interval, never as an exact count. A rate (`euro
/// per litre`, `km/h`, `child per woman`) measures; so does a unit named by a measure's
/// word (`cubic hectometre`, `kilowatt`, `milligram`), in English, French or German, or by
/// one after another word (`US dollar`, `metric ton`), in the plural too (`inches`), a
/// common unit written in Chinese, Japanese or Korean (`元`, `亩`), and money as other
/// languages name it (`рубль`, `دينار`, `تومان`, `টাকা`, `ש"ח`, `บาท`). A `point` or a `degree`
/// alone counts (a score, a diploma): `index point` and `degree Celsius` measure.
pub fn is_measure_unit(unit: &str) -> bool {
    const MEASURES: &[&str] = &[
        // Money: the common currencies, their codes and their smaller coins.
        "aed",
        "ars",
        "bdt",
        "brl",
        "clp",
        "czk",
        "dkk",
        "ghs",
        "huf",
        "idr",
        "ils",
        "kes",
        "mxn",
        "myr",
        "ngn",
        "nis",
        "nok",
        "php",
        "pln",
        "sek",
        "thb",
        "uah",
        "zar",
        "centavo",
        "centime",
        "centimo",
        "céntimo",
        "grosz",
        "kopeck",
        "yuan",
        "renminbi",
        "rmb",
        "cny",
        "dollar",
        "usd",
        "euro",
        "eur",
        "pound",
        "gbp",
        "yen",
        "jpy",
        "rupee",
        "inr",
        "won",
        "krw",
        "ruble",
        "rouble",
        "rub",
        "franc",
        "chf",
        "peso",
        "dinar",
        "dirham",
        "naira",
        "shilling",
        "baht",
        "ringgit",
        "rupiah",
        "dong",
        "vnd",
        "đồng",
        "krona",
        "krone",
        "rand",
        "real",
        "lira",
        "zloty",
        "hryvnia",
        "shekel",
        "taka",
        "cedi",
        "forint",
        "leu",
        "ron",
        "lev",
        "bgn",
        "denar",
        "mkd",
        "lari",
        "gel",
        "birr",
        "etb",
        "riyal",
        "rial",
        "tenge",
        "kzt",
        "manat",
        "azn",
        "dram",
        "kip",
        "lak",
        "kyat",
        "mmk",
        "riel",
        "khr",
        "kyrgyz som",
        "kgs",
        "so'm",
        "soʻm",
        "so’m",
        "so‘m",
        "uzs",
        "lek",
        "isk",
        "koruna",
        "aud",
        "cad",
        "hkd",
        "nzd",
        "sgd",
        "twd",
        "cent",
        "penny",
        "pence",
        "paisa",
        "kopek",
        "fen",
        "jiao",
        "yuan renminbi",
        "sterling",
        // The same, as Chinese, Japanese and Korean write them (`unit: 元`, `亩`).
        "元",
        "人民币",
        "美元",
        "港元",
        "港币",
        "欧元",
        "日元",
        "英镑",
        "円",
        "ドル",
        "ユーロ",
        "원",
        "달러",
        // As Persian, Bengali, Hebrew and Thai write their money and the dollar (`unit:
        // تومان`, `unit: টাকা`, `unit: ש"ח`); the names the value check reads in a quote are
        // those of `MONEY_IN_OTHER_LANGUAGES`, which measure too.
        "تومان",
        "ریال",
        "ريال",
        "دلار",
        "টাকা",
        "ডলার",
        "রুপি",
        "שקל",
        "שקלים",
        "ש\"ח",
        "ש\u{5f4}ח",
        "דולר",
        "דולרים",
        "บาท",
        "ดอลลาร์",
        "亩",
        "公顷",
        "平方公里",
        "平方米",
        "公里",
        "千米",
        "吨",
        "公斤",
        "千克",
        "斤",
        "立方米",
        "キロメートル",
        "トン",
        // Area, length, mass, volume.
        "km2",
        "km²",
        "m2",
        "m²",
        "sq km",
        "sq m",
        "sq mi",
        "sq ft",
        "hectare",
        "ha",
        "acre",
        "mu",
        "km",
        "m",
        "cm",
        "mm",
        "mile",
        "mi",
        "foot",
        "feet",
        "ft",
        "inch",
        "yard",
        "yd",
        "ton",
        "tonne",
        "t",
        "kg",
        "kilo",
        "g",
        "mg",
        "lb",
        "ounce",
        "oz",
        "carat",
        "jin",
        "m3",
        "m³",
        "gallon",
        "gal",
        "barrel",
        "bbl",
        "bushel",
        "l",
        "ml",
        "hektar",
        "tonnen",
        // Time.
        "second",
        "minute",
        "min",
        "hour",
        "hr",
        "h",
        "day",
        "week",
        "month",
        "year",
        "decade",
        "century",
        // Energy, power, speed, temperature.
        "kwh",
        "mwh",
        "gwh",
        "twh",
        "kw",
        "mw",
        "gw",
        "calorie",
        "kcal",
        "knot",
        "mph",
        "kph",
        "degree celsius",
        "degree fahrenheit",
        "celsius",
        "fahrenheit",
        // Shares and indices (`1.035 points`).
        "percent",
        "percentage point",
        "basis point",
        "index point",
    ];
    /// The metric units, named with or without a prefix (`kilometre`, `milligram`,
    /// `Kilogramm`, `megawatt`, `kilowatt-hour`), in English, French and German.
    const METRIC: &[&str] = &[
        "metre",
        "meter",
        "mètre",
        "gram",
        "gramm",
        "gramme",
        "litre",
        "liter",
        "watt",
        "watt-hour",
        "watt hour",
        "wattstunde",
        "joule",
        "second",
        "tonne",
    ];
    const PREFIXES: &[&str] = &[
        "", "kilo", "milli", "centi", "deci", "hecto", "hekto", "deca", "deka", "mega", "giga",
        "tera", "micro", "mikro", "nano",
    ];
    /// A measure's words, starting a unit's name (`square foot`, `cubic hectometre`).
    const MEASURE_STARTS: &[&str] = &["square ", "cubic ", "sq ", "cu ", "quadrat", "kubik"];
    // Rules ask this of a claim many times over: the names are looked up in a table built
    // once, not compared with each in turn.
    static NAMES: std::sync::LazyLock<crate::hashing::HashSet<String>> =
        std::sync::LazyLock::new(|| {
            let other_languages = super::currency::MONEY_IN_OTHER_LANGUAGES
                .iter()
                .flat_map(|(_, names)| names.iter());
            MEASURES
                .iter()
                .chain(other_languages)
                .map(|name| name.to_lowercase())
                .collect()
        });
    // Currency codes that are English words in lowercase (a rugby try, a cop): money only
    // in capitals.
    const CODES_ALSO_WORDS: &[&str] = &["COP", "TRY"];
    if CODES_ALSO_WORDS.contains(&unit.trim()) {
        return true;
    }
    let lower = unit.trim().to_lowercase();
    // The singular of an English plural: `inches`, `centuries`, `kilometres`.
    // Borrowed where no letter changes: rules ask this of every claim they compare.
    let singular: std::borrow::Cow<'_, str> = if let Some(stem) = lower.strip_suffix("ies") {
        format!("{stem}y").into()
    } else if let Some(stem) = lower.strip_suffix("hes") {
        format!("{stem}h").into()
    } else {
        lower.strip_suffix('s').unwrap_or(&lower).into()
    };
    let singular = singular.as_ref();
    // A unit named with a word before its measure's (`US dollar`, `metric ton`, `Indian
    // rupee`) is that measure.
    let last_word = lower.rsplit_once(' ').map(|(_, last)| last);
    let metric = |name: &str| {
        METRIC.iter().any(|base| {
            name.strip_suffix(base)
                .is_some_and(|prefix| PREFIXES.contains(&prefix))
        })
    };
    NAMES.contains(lower.as_str())
        || NAMES.contains(singular)
        || last_word.is_some_and(|last| NAMES.contains(last))
        || lower.contains(" per ")
        || lower.contains('/')
        || metric(&lower)
        || metric(singular)
        || MEASURE_STARTS.iter().any(|start| lower.starts_with(start))
}

/// How a qualifier word changes what a figure `x` stands for.
///
/// The vague ones need a fixed reading so that checks are reproducible; the
/// choices are deliberately generous (a checker should not flag a claim for
/// a reasonable reading of a vague word):
///
/// | qualifier | words | interval |
/// | --- | --- | --- |
/// | `Exact` | (none) | `[x - step/2, x + step/2)`, `step` = one unit of the last written digit |
/// | `MoreThan` | more than, over, above | `(x, +inf)` |
/// | `AtLeast` | at least, no less than | `[x, +inf)` |
/// | `LessThan` | less than, fewer than, under, below | `(-inf, x)` |
/// | `AtMost` | up to, at most, no more than | `(-inf, x]` |
/// | `Nearly` | nearly, almost | `[0.9x, x)`: close to `x` but short of it in magnitude, so for `x < 0` it is `(x, 0.9x]` |
/// | `About` | about, around, approximately, some | `[x - 0.1|x|, x + 0.1|x|]` (±10%, relative even for percentages: "about 40%" is `[36, 44]` percent, not ±10 points) |
///
/// `Nearly 0` and `About 0` would collapse to nothing or a point, so for
/// `x = 0` they fall back to the rounding interval of the plain figure. The
/// directional qualifiers use the figure as written, without its rounding
/// interval ("more than 10,000" is `(10000, +inf)`, not `(9999.5, +inf)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// No qualifier: the figure is rounded at its last digit.
    Exact,
    /// more than, over, above.
    MoreThan,
    /// at least, no less than.
    AtLeast,
    /// less than, fewer than, under, below.
    LessThan,
    /// up to, at most, no more than.
    AtMost,
    /// nearly, almost.
    Nearly,
    /// about, around, approximately, some.
    About,
}

/// Every accepted qualifier phrase (lowercase, single spaces).
const QUALIFIER_PHRASES: &[(&str, Qualifier)] = &[
    ("more than", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("less than", Qualifier::LessThan),
    ("fewer than", Qualifier::LessThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    ("up to", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    ("no more than", Qualifier::AtMost),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("approximately", Qualifier::About),
    ("some", Qualifier::About),
];

impl Qualifier {
    /// The phrases that express this qualifier (lowercase; empty for `Exact`).
    pub fn phrases(self) -> Vec<&'static str> {
        QUALIFIER_PHRASES
            .iter()
            .filter(|(_, qualifier)| *qualifier == self)
            .map(|(phrase, _)| *phrase)
            .collect()
    }

    /// The qualifier a phrase names: case-insensitive, any run of whitespace
    /// between words. `None` for anything else (including the empty phrase).
    pub fn from_phrase(phrase: &str) -> Option<Qualifier> {
        let normalized = phrase
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        QUALIFIER_PHRASES
            .iter()
            .find(|(known, _)| *known == normalized)
            .map(|(_, qualifier)| *qualifier)
    }
}

/// A figure as reported, with what it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quantity {
    /// The text as reported, trimmed.
    pub text: Box<str>,
    /// The number the text names, scaled and normalized: "3.29 million" ->
    /// 3290000, "0.85%" -> 0.85, "more than 10,000" -> 10000.
    pub value: Decimal,
    /// The set of true values the figure stands for under rounding and the
    /// qualifier. Its rounding bounds are exact: a figure whose bounds would need
    /// more digits than a decimal holds is refused when parsed.
    pub interval: Interval,
    /// The qualifier before the number.
    pub qualifier: Qualifier,
    /// A percentage (`%` or `percent`); `value` is then in percent units.
    pub is_percent: bool,
    /// Digits after the decimal point as written, before scaling ("3.29
    /// million" -> 2). The rounding step is `10^-decimals * multiplier`.
    pub decimals: u32,
    /// The scale word's power of ten: 0, 3 (thousand), 6 (million), 9 (billion) or 12
    /// (trillion); see [`Quantity::multiplier`]. A byte, not the factor itself, as every
    /// claim with a figure keeps one.
    pub exponent: u8,
    /// Byte range of the number part (after the qualifier) within `text`,
    /// e.g. `10..16` for "more than 10,000": the citation check's notations of the
    /// figure start from it. 32-bit, as figures are short.
    pub number_span: Range<u32>,
}

impl Quantity {
    /// The scale word's factor: 1, 1000 (thousand), 10^6 (million), 10^9 (billion) or
    /// 10^12 (trillion); `None` only for an exponent no figure is read with.
    pub fn multiplier(&self) -> Option<Decimal> {
        power_of_ten(u32::from(self.exponent))
    }

    /// The byte range of the number part within `text` (see `number_span`).
    pub fn number_range(&self) -> Range<usize> {
        self.number_span.start as usize..self.number_span.end as usize
    }

    /// The number part of the text, e.g. `10,000` of "more than 10,000" (the whole text
    /// when the range does not lie in it).
    pub fn number(&self) -> &str {
        self.text.get(self.number_range()).unwrap_or(&self.text)
    }

    /// Reads a reported figure. See the module docs and [`Qualifier`] for
    /// what is accepted; everything else is an error that says what is wrong,
    /// where (a byte range into `text`), and how to write it instead.
    ///
    /// Accepted, after trimming: an optional qualifier phrase; then either a
    /// numeral (optional leading `-`, digits with well-formed comma thousands
    /// separators or none, optional `.` and fraction digits, no leading
    /// zeros) or a whole-number word (zero..twenty, thirty..ninety by tens,
    /// hundred, "a hundred", "a dozen"; case-insensitive); then optionally a
    /// scale word (thousand, million, billion, trillion) *or* a percent mark
    /// (a `%` attached to the number, or the word `percent`), not both.
    pub fn parse(text: &str) -> Result<Quantity, QuantityError> {
        parse_quantity(text)
    }

    /// The figure of a percentage without its percent sign or word (`12.5` of `12.5%` or
    /// `12.5 PERCENT`): what a quote that writes it bare writes. `None` for no percentage.
    pub fn without_percent(&self) -> Option<Quantity> {
        if !self.is_percent {
            return None;
        }
        let number = self.number().trim_end_matches('%').trim_end();
        let word_at = number.len().checked_sub("percent".len());
        let number = match word_at.and_then(|at| Some((at, number.get(at..)?))) {
            Some((at, word)) if word.eq_ignore_ascii_case("percent") => &number[..at],
            _ => number,
        };
        Quantity::parse(number.trim_end()).ok()
    }

    /// An integer count written to the unit with no qualifier: `17`,
    /// `7,993`, `three`, and `-2`, as a change in a count (a net loss of two
    /// counties) is as whole as the count. Percentages and scaled figures
    /// (`3 million` has a rounding step of a million, so it is not an exact
    /// count even though its value is an integer) are not.
    pub fn is_exact_count(&self) -> bool {
        self.qualifier == Qualifier::Exact
            && !self.is_percent
            && self.value.is_integer()
            && self.step() == Some(Decimal::ONE)
    }

    /// One unit of the last written digit, scaled: "3.29 million" -> 10000,
    /// "0.85%" -> 0.01, "17" -> 1. `None` only for a hand-built quantity
    /// whose step is not representable.
    pub fn step(&self) -> Option<Decimal> {
        let unit = Decimal::try_from_i128_with_scale(1, self.decimals).ok()?;
        exact_product(unit, self.multiplier()?)
    }
}

impl fmt::Display for Quantity {
    /// The reported text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::str::FromStr for Quantity {
    type Err = QuantityError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Quantity::parse(s)
    }
}

/// Why a figure could not be read: a message and a help line for a person
/// editing the YAML, and the byte range inside the given (untrimmed) text of
/// the offending part — always on `char` boundaries and, when the message
/// quotes part of the text in backticks, exactly the first quoted part (so
/// a diagnostic renderer can underline what the message talks about).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuantityError {
    /// What is wrong, e.g. "`79,93` has a misplaced thousands separator".
    pub message: String,
    /// Byte range of the offending part inside the text given to `parse`.
    pub span: Range<usize>,
    /// How to fix it, e.g. "write 7,993 or 7993".
    pub help: String,
    /// For a figure written with its currency (`€3.2m`, `3.2 million Euro`), the value to
    /// write without it (`3.2 million`), when it reads one way: a claim that already writes
    /// its `unit:` is told to keep it ([`QuantityError::for_a_claim_in`]).
    pub figure_alone: Option<String>,
    /// For such a figure, the currencies it is written in (`RM`: the ringgit; `$`: the
    /// dollar or the peso), by the first names of their groups of
    /// [`COMMON_MONEY`](super::currency::COMMON_MONEY): a claim's `unit:` that names none of
    /// them is not the value's currency.
    pub currencies: Vec<String>,
}

impl QuantityError {
    /// The error as told to a claim whose `unit:` is `unit`: a figure written with its
    /// currency is told to write the figure alone and keep that unit, where it names the
    /// currency, rather than another name of it (`unit: EUR` beside `unit: euro` would
    /// make two units of one currency). Where it names another currency or none (`RM150
    /// juta` for `unit: dollar` or `unit: rumah`), it is told the unit the value writes, and
    /// that the claim's is not it.
    pub fn for_a_claim_in(mut self, unit: Option<&str>) -> QuantityError {
        if let (Some(figure), Some(unit)) = (&self.figure_alone, unit) {
            self.help = if super::currency::names_one_of(unit, &self.currencies) {
                format!(
                    "write `value: {figure}`: a value is the figure alone, and its currency is \
                     the claim's `unit: {unit}`"
                )
            } else {
                let join = |each: &dyn Fn(&str) -> String| {
                    let each: Vec<String> = self.currencies.iter().map(|c| each(c)).collect();
                    each.join(" or ")
                };
                format!(
                    "write `value: {figure}` and {}: a value is the figure alone, and its \
                     currency, {}, is not the claim's `unit: {unit}`",
                    join(&|currency| format!("`unit: {currency}`")),
                    join(&|currency| format!("the {currency}")),
                )
            };
        }
        self
    }
}

impl fmt::Display for QuantityError {
    /// The message only; render `help` and `span` separately.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for QuantityError {}

fn error(message: impl Into<String>, span: Range<usize>, help: impl Into<String>) -> QuantityError {
    QuantityError {
        message: message.into(),
        span,
        help: help.into(),
        figure_alone: None,
        currencies: Vec::new(),
    }
}

const NUMBER_HELP: &str = "write digits (7,993 or 7993), a decimal (11,487.39), a scaled figure \
     (3.29 million), a percentage (0.85%), or an English whole-number word (zero to twenty, \
     thirty to ninety, hundred, a dozen); a figure the article spells in another language \
     (`zwei`, `trois`) is written in digits, and its quote is still read in the article's words";

const FOLLOW_HELP: &str = "a figure may be followed only by a scale word (thousand, million, \
     billion, trillion, lakh, crore) or by percent";

fn qualifier_help() -> String {
    let list: Vec<&str> = QUALIFIER_PHRASES
        .iter()
        .map(|(phrase, _)| *phrase)
        .collect();
    format!("accepted qualifiers: {}", list.join(", "))
}

/// Whole-number words read like digits.
pub(crate) const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
];

/// Scale words and the power of ten each multiplies by.
pub(crate) const SCALE_WORDS: &[(&str, u32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
];

/// Abbreviated scales sometimes glued to a figure ("3.29m"); only used to
/// suggest the spelled-out word.
const SCALE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("k", "thousand"),
    ("m", "million"),
    ("mn", "million"),
    ("mln", "million"),
    ("b", "billion"),
    ("bn", "billion"),
    ("bln", "billion"),
    ("tn", "trillion"),
    ("trln", "trillion"),
    // As other languages abbreviate them: German (Tsd., Mio., Mrd., Swiss Mia.), Italian
    // and Polish (mln, mld), French (Md, Mds), Portuguese (mi, bi) and the Spanish and
    // Portuguese mil, which is a thousand.
    ("tsd", "thousand"),
    ("mil", "thousand"),
    // The Serbian, Macedonian and Bulgarian million (`900 мил.`).
    ("мил", "million"),
    ("mio", "million"),
    ("mi", "million"),
    ("mrd", "billion"),
    ("mia", "billion"),
    ("mld", "billion"),
    ("md", "billion"),
    ("mds", "billion"),
    ("bi", "billion"),
];

/// The English scale word that `lower`, a word after a figure in lowercase, abbreviates
/// (`mio.`, `k`) or is in another language whose figures the citation checks read
/// ([`FOLLOWERS`]: `milliarden`, `млрд`, `milyon`, `مليار`), which a value is not written in
/// but an article may be.
fn other_scale(lower: &str) -> Option<&'static str> {
    // `mil.` with its point is the million of Czech, Slovak, Croatian, Serbian, Slovenian and
    // Macedonian (`300 mil. Kč`); the Spanish and Portuguese thousand is written without one
    // (`300 mil`), and a value, unlike a sentence, has no point to end on.
    if lower == "mil." {
        return Some("million");
    }
    let bare = lower.strip_suffix('.').unwrap_or(lower);
    if let Some((_, word)) = SCALE_ABBREVIATIONS.iter().find(|(other, _)| *other == bare) {
        return Some(word);
    }
    FOLLOWERS
        .iter()
        .find(|(other, _)| *other == lower || *other == bare)
        .and_then(|(_, follower)| match follower {
            // `2 लाख` is written `2 lakh`, as English writes India's scales.
            Follower::Scale(power) | Follower::EnglishScale(power) => SCALE_WORDS
                .iter()
                .chain(INDIAN_SCALE_WORDS)
                .find(|(_, english)| english == power)
                .map(|(word, _)| *word),
            Follower::Percent => None,
        })
}

/// Whether `word`, in any case, is a scale of millions or more, or a lakh or a crore, in a
/// language an article may be written in (`million`, `milioni`, `Milliarden`, `Mio.`,
/// `crore`, `কোটি`): the larger part of a figure written in two scales (`2 milioni 300
/// mila`, `3 crore 20 lakh`).
pub(crate) fn is_scale_of_a_larger_part(word: &str) -> bool {
    // Every such word and abbreviation of the Latin script starts with an m, a b, a t, a c
    // or an l: most words are told without a lowercased copy.
    if word.starts_with(|c: char| {
        c.is_ascii() && !matches!(c.to_ascii_lowercase(), 'm' | 'b' | 't' | 'c' | 'l')
    }) {
        return false;
    }
    let lower = word.to_lowercase();
    let english = other_scale(&lower).unwrap_or(&lower);
    SCALE_WORDS
        .iter()
        .any(|(scale, power)| *power >= 6 && *scale == english)
        || INDIAN_SCALE_WORDS
            .iter()
            .any(|(scale, _)| *scale == english)
}

/// The value of a whole-number word, given in lowercase.
fn number_word(lower: &str) -> Option<u32> {
    NUMBER_WORDS
        .iter()
        .find(|(word, _)| *word == lower)
        .map(|(_, value)| *value)
}

/// The Indian scale words, which a value may be written in as the article writes it (`1.2
/// lakh`, `12,000 crore`, `7.36 lakh crore`): converted to millions, a figure loses the
/// precision its article gives it (`12,040 crore` is `120.4 billion`, rounded to a hundred
/// million where the crore was ten million). Not among [`SCALE_WORDS`]: a figure in lakh
/// or crore is not written in millions, nor one in millions in lakh.
pub(crate) const INDIAN_SCALE_WORDS: &[(&str, u32)] =
    &[("lakh", 5), ("lakhs", 5), ("crore", 7), ("crores", 7)];

/// The power of ten a scale word, given in lowercase, multiplies by.
fn scale_exponent(lower: &str) -> Option<u32> {
    SCALE_WORDS
        .iter()
        .chain(INDIAN_SCALE_WORDS)
        .find(|(word, _)| *word == lower)
        .map(|(_, exponent)| *exponent)
}

/// "twenty-one" and the like: not accepted, but recognised to suggest digits.
fn compound_number(lower: &str) -> Option<u32> {
    let (tens, units) = lower.split_once('-')?;
    let tens = number_word(tens).filter(|tens| (20..=90).contains(tens) && tens % 10 == 0)?;
    let units = number_word(units).filter(|units| (1..=9).contains(units))?;
    Some(tens + units)
}

/// A whitespace-separated word of the figure's text, with its byte offset so that an
/// error can point at it.
#[derive(Clone, Copy, Debug)]
struct Word<'a> {
    text: &'a str,
    start: usize,
}

impl Word<'_> {
    fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// Whitespace-separated words with their byte offsets.
fn split_words(text: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut word_start = None;
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(start) = word_start.take() {
                words.push(Word {
                    text: &text[start..at],
                    start,
                });
            }
        } else if word_start.is_none() {
            word_start = Some(at);
        }
    }
    if let Some(start) = word_start {
        words.push(Word {
            text: &text[start..],
            start,
        });
    }
    words
}

/// The words as one lowercase phrase, single-spaced, as qualifier phrases are listed.
fn phrase_of(words: &[Word<'_>]) -> String {
    words
        .iter()
        .map(|word| word.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the number part starts at word `index`. Generous on purpose: anything
/// that looks like an attempt at a number starts it, so that a malformed
/// number is reported as such rather than as an unknown qualifier.
fn starts_number(words: &[Word<'_>], index: usize) -> bool {
    let word = words[index].text;
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_numeric() || matches!(first, '-' | '+' | '.' | ',' | '\u{2212}' | '\u{2013}') {
        return true;
    }
    let lower = word.to_lowercase();
    let body = lower.strip_suffix('%').unwrap_or(&lower);
    if number_word(body).is_some() || body == "dozen" || compound_number(body).is_some() {
        return true;
    }
    lower == "a"
        && words
            .get(index + 1)
            .is_some_and(|next| matches!(next.text.to_lowercase().as_str(), "dozen" | "hundred"))
}

/// The number part of a figure, read but not yet scaled.
struct NumberPart {
    /// The number as written: `3.29` of "3.29 million".
    literal: Decimal,
    /// Digits written after the decimal point.
    decimals: u32,
    /// The scale word's power of ten, 0 without one.
    exponent: u32,
    /// Marked as a percentage (`%` or `percent`).
    percent: bool,
    /// Byte range of the number part, scale word or percent mark included.
    span: Range<usize>,
}

/// "write 7,993 or 7993" (or just "write 793" when no separator is needed).
fn write_help(sign: &str, whole_digits: &str, fraction: Option<&str>) -> String {
    write_help_with_suffix(sign, whole_digits, fraction, "")
}

/// [`write_help`] with what follows the number (`%`, ` million`) written
/// after each form, so that the help can replace the whole labelled text.
fn write_help_with_suffix(
    sign: &str,
    whole_digits: &str,
    fraction: Option<&str>,
    suffix: &str,
) -> String {
    let whole = whole_digits.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let fraction = fraction
        .map(|fraction| format!(".{fraction}"))
        .unwrap_or_default();
    let plain = format!("{sign}{whole}{fraction}{suffix}");
    if whole.len() > 3 {
        format!(
            "write {sign}{}{fraction}{suffix} or {plain}",
            with_separators(whole)
        )
    } else {
        format!("write {plain}")
    }
}

/// The whole and fraction digits of a numeral written with a decimal comma,
/// as much of Europe writes figures: `3,5` (a comma followed by other than
/// exactly three digits, so it cannot be a thousands separator) or `1.234,5`
/// (points between groups of three, then one comma). `None` for anything
/// else, `7,993` included.
///
/// claimcheck's decimal mark is the point, so such a figure is refused; but
/// the help must not say "write 35" for `3,5`: whoever follows it changes
/// the figure tenfold.
fn decimal_comma_reading(digits: &str) -> Option<(String, &str)> {
    let (whole, fraction) = digits.split_once(',')?;
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(fraction) {
        return None;
    }
    let mut groups = whole.split('.');
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    let whole_digits = if rest.is_empty() {
        // `3,5`: a comma that cannot separate thousands; nor can one after a whole part of
        // zero (`0,500`), as no grouped number is below a thousand.
        let zero = first.bytes().all(|b| b == b'0');
        if (fraction.len() == 3 && !zero) || !all_digits(first) {
            return None;
        }
        first.to_string()
    } else {
        // `1.234,5`: points that do separate thousands.
        let grouped = all_digits(first)
            && first.len() <= 3
            && rest
                .iter()
                .all(|group| group.len() == 3 && all_digits(group));
        if !grouped {
            return None;
        }
        whole.replace('.', "")
    };
    Some((whole_digits, fraction))
}

/// `number`, a numeral without sign or words, written with a decimal point where it is
/// written with a decimal comma (`1,5` is `1.5`, `1.234,5` is `1234.5`; see
/// [`decimal_comma_reading`]): for the help of a field read without the figure grammar, a
/// rule's `tolerance:`.
pub fn with_a_decimal_point(number: &str) -> Option<String> {
    let (whole, fraction) = decimal_comma_reading(number)?;
    Some(format!("{whole}.{fraction}"))
}

/// The error for a numeral with a decimal comma (see [`decimal_comma_reading`]):
/// it labels the number with the percent mark or scale word that follows it,
/// and the help writes them all with a decimal point (`3,5 %` becomes `3.5%`).
fn decimal_comma_error(
    text: &str,
    words: &[Word<'_>],
    body: &str,
    attached_percent: bool,
    whole_digits: &str,
    fraction: &str,
) -> QuantityError {
    let head = words[0];
    let sign = if body.starts_with('-') { "-" } else { "" };
    let (suffix, end) = if attached_percent {
        ("%".to_string(), head.end())
    } else {
        match words.get(1) {
            Some(next) if next.text == "%" || next.text.eq_ignore_ascii_case("percent") => {
                ("%".to_string(), next.end())
            }
            Some(next) if scale_exponent(&next.text.to_lowercase()).is_some() => {
                (format!(" {}", next.text.to_lowercase()), next.end())
            }
            // `1,5 Mio.`: a decimal comma and a scale as the same language writes them,
            // both rewritten in one help.
            // `1,5 mil millones`: a scale of two words, a thousand million, not its first.
            Some(next)
                if let Some(after) = words.get(2)
                    && let Some(scale) = other_scale(&format!(
                        "{} {}",
                        next.text.to_lowercase(),
                        after.text.to_lowercase()
                    )) =>
            {
                (format!(" {scale}"), after.end())
            }
            Some(next) if other_scale(&next.text.to_lowercase()).is_some() => {
                let scale = other_scale(&next.text.to_lowercase()).unwrap_or_default();
                (format!(" {scale}"), next.end())
            }
            _ => (String::new(), head.start + body.len()),
        }
    };
    let what = if body.contains('.') {
        "a decimal comma and points between thousands"
    } else {
        "a decimal comma"
    };
    error(
        format!(
            "`{}` looks like a figure with {what}",
            &text[head.start..end]
        ),
        head.start..end,
        format!(
            "{}: the decimal mark is a point, and a comma only separates groups of three digits",
            write_help_with_suffix(sign, whole_digits, Some(fraction), &suffix)
        ),
    )
}

/// What a figure written as Chinese, Japanese and Korean write figures is, and its help:
/// in full-width digits (`５５１`: "write 551"), or with a unit of ten thousand or a hundred
/// million after its digits (`551万`: "write 5.51 million"; `4.5亿` and `4.5억`: "write 450
/// million"), which a value writes in English words: the message about `body`, the figure
/// as written, and the help. `None` for anything else.
fn written_in_chinese_japanese_or_korean(
    body: &str,
    sign: &str,
    digits: &str,
) -> Option<(String, String)> {
    let mut full_width = false;
    let ascii: String = digits
        .chars()
        .map(|c| match c {
            '０'..='９' => {
                full_width = true;
                char::from(b'0' + (c as u32 - '０' as u32) as u8)
            }
            '．' => {
                full_width = true;
                '.'
            }
            '，' => {
                full_width = true;
                ','
            }
            c => c,
        })
        .collect();
    let is_figure = |text: &str| {
        !text.is_empty()
            && text
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    let last = ascii.chars().next_back()?;
    if let Some(exponent) = super::followers::myriad_exponent(last) {
        let head = &ascii[..ascii.len() - last.len_utf8()];
        if !is_figure(head) {
            return None;
        }
        let number: Decimal = head.replace(',', "").parse().ok()?;
        let value = number.checked_mul(Decimal::from(10u64.checked_pow(exponent)?))?;
        let (scale, word) = [(12, " trillion"), (9, " billion"), (6, " million")]
            .into_iter()
            .find(|&(power, _)| value >= Decimal::from(10u64.pow(power)))
            .map_or((Decimal::ONE, ""), |(power, word)| {
                (Decimal::from(10u64.pow(power)), word)
            });
        let written = with_separators(&(value / scale).normalize().to_string());
        let unit = match exponent {
            4 => "ten thousand",
            8 => "a hundred million",
            _ => "a million million",
        };
        return Some((
            format!("`{body}` multiplies its figure by `{last}`, {unit}"),
            format!("write {sign}{written}{word}"),
        ));
    }
    (full_width && is_figure(&ascii)).then(|| {
        (
            format!("`{body}` is written in full-width digits"),
            format!("write {sign}{ascii}"),
        )
    })
}

/// Parses a numeral like `-11,487.39` starting at byte `offset` of the text; `percent` when
/// a `%` is written onto it, which a help that rewrites the numeral writes too.
fn parse_numeral(
    body: &str,
    offset: usize,
    percent: bool,
) -> Result<(Decimal, u32), QuantityError> {
    let all = offset..offset + body.len();
    let mut chars = body.chars();
    let first = chars.next().unwrap_or('0');
    if first == '+' {
        return Err(error(
            "`+` is not needed before a figure",
            offset..offset + 1,
            format!("write {}", chars.as_str()),
        ));
    }
    if matches!(first, '\u{2212}' | '\u{2013}') {
        return Err(error(
            format!("`{first}` is not the minus sign `-`"),
            offset..offset + first.len_utf8(),
            format!("write -{}", chars.as_str()),
        ));
    }
    let (sign, digits, digits_offset) = match body.strip_prefix('-') {
        Some(rest) => ("-", rest, offset + 1),
        None => ("", body, offset),
    };
    for (at, c) in digits.char_indices() {
        if c.is_ascii_digit() || c == ',' || c == '.' {
            continue;
        }
        let (head, tail) = digits.split_at(at);
        let is_figure = |head: &str| {
            !head.is_empty()
                && head
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        };
        // `565-tisíc`, `4.5-million`: a scale word joined to its figure by a hyphen, as
        // Slovak and Czech news write it and English writes an adjective, is one figure.
        if c == '-'
            && is_figure(head)
            && let Some(word) = other_scale(&tail[1..].to_lowercase())
        {
            return Err(error(
                format!("`{body}` joins a scale word to its figure with a hyphen"),
                all,
                format!("write {sign}{head} {word}"),
            ));
        }
        // `10-krát`, `10-fold`: a word that is no figure joined to one (a multiplier, as
        // Czech and Slovak write "times"), which no qualifier makes a range of.
        if c == '-'
            && is_figure(head)
            && let Some(joined_word) = tail.strip_prefix('-').map(|w| w.trim_end_matches('.'))
            && joined_word.starts_with(char::is_alphabetic)
            && joined_word.chars().all(char::is_alphabetic)
        {
            return Err(error(
                format!("`{body}` joins the word `{joined_word}` to its figure with a hyphen"),
                all,
                format!(
                    "write the figure alone, {sign}{head}, and say what `{joined_word}` means \
                     in `metric:` or `unit:` (a multiplier, \"{head} times\", is no range)"
                ),
            ));
        }
        if c == '-' && !head.is_empty() {
            return Err(error(
                format!("`{body}` looks like a range, not one figure"),
                all,
                format!(
                    "write one figure with a qualifier, e.g. at least {sign}{head} or up to {}",
                    tail.trim_start_matches('-')
                ),
            ));
        }
        let tail_lower = tail.to_lowercase();
        if let Some(word) = other_scale(&tail_lower)
            && is_figure(head)
        {
            return Err(error(
                format!("`{body}` uses an abbreviated scale"),
                all,
                format!("write the scale word out: {sign}{head} {word}"),
            ));
        }
        if let Some((message, help)) = written_in_chinese_japanese_or_korean(body, sign, digits) {
            return Err(error(message, all, help));
        }
        return Err(error(
            format!("unexpected character `{c}` in `{body}`"),
            digits_offset + at..digits_offset + at + c.len_utf8(),
            "a figure is written with the digits 0-9, commas between groups of three digits, \
             and at most one decimal point",
        ));
    }
    if !digits.chars().any(|c| c.is_ascii_digit()) {
        return Err(error(
            format!("`{body}` has no digits"),
            all,
            "write the figure with digits, e.g. 7,993",
        ));
    }
    if digits.matches('.').count() > 1 {
        // `1.230.000`, as German, Spanish and Italian write thousands: told as a value
        // writes them.
        let groups: Vec<&str> = digits.split('.').collect();
        let thousands = (1..=3).contains(&groups[0].len())
            && groups[1..].iter().all(|group| group.len() == 3)
            && groups
                .iter()
                .all(|group| group.bytes().all(|b| b.is_ascii_digit()));
        let help = match thousands {
            true => format!(
                "write {sign}{}{}: points between groups of three digits are written as \
                 commas, and the decimal mark is a point",
                groups.join(","),
                if percent { "%" } else { "" }
            ),
            false => "use commas for thousands and one point for decimals, e.g. 1,234.5".into(),
        };
        return Err(error(
            format!("`{body}` has more than one decimal point"),
            all,
            help,
        ));
    }
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let whole_digits: String = whole.chars().filter(|c| *c != ',').collect();
    if whole_digits.is_empty() {
        let fraction_digits: String = fraction
            .unwrap_or("")
            .chars()
            .filter(|c| *c != ',')
            .collect();
        // An article's `.5%` states the value written `0.5%`.
        let suffix = if percent { "%" } else { "" };
        return Err(error(
            format!("`{body}{suffix}` has no digit before the decimal point"),
            offset..offset + body.len() + suffix.len(),
            format!(
                "write {sign}0.{fraction_digits}{suffix}: a figure the article writes \
                 `{body}{suffix}` is stated by it"
            ),
        ));
    }
    if let Some(fraction) = fraction {
        if fraction.is_empty() {
            return Err(error(
                format!("`{body}` ends with a decimal point"),
                all,
                write_help(sign, &whole_digits, None),
            ));
        }
        if fraction.contains(',') {
            // Not `1.234,5` (a decimal comma, read before this), so which
            // mark was meant is unknown: joining the digits would guess.
            return Err(error(
                format!("`{body}` has a comma after the decimal point"),
                all,
                "commas separate thousands only, before the one decimal point, e.g. 1,234.5",
            ));
        }
    }
    if whole.contains(',') {
        let groups: Vec<&str> = whole.split(',').collect();
        let grouped_in_thousands =
            (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|group| group.len() == 3);
        if !(grouped_in_thousands || grouped_the_indian_way(&groups)) {
            return Err(error(
                format!("`{body}` has a misplaced thousands separator"),
                all,
                write_help(sign, &whole_digits, fraction),
            ));
        }
    }
    if whole_digits.len() > 1 && whole_digits.starts_with('0') {
        return Err(error(
            format!("`{body}` has a leading zero"),
            all,
            write_help(sign, &whole_digits, fraction),
        ));
    }
    let fraction = fraction.unwrap_or("");
    let too_big = || {
        error(
            format!("`{body}` has too many digits to check exactly"),
            all.clone(),
            "write at most 28 significant digits and at most 27 decimal places",
        )
    };
    let too_many_decimals = || {
        error(
            format!(
                "`{body}` has {} decimal places, more than can be checked exactly",
                fraction.len()
            ),
            all.clone(),
            "write at most 27 decimal places (and at most 28 significant digits)",
        )
    };
    let decimals = u32::try_from(fraction.len()).map_err(|_| too_many_decimals())?;
    if decimals >= MAX_SCALE {
        return Err(too_many_decimals());
    }
    let mut mantissa: i128 = 0;
    for digit in whole_digits.bytes().chain(fraction.bytes()) {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|shifted| shifted.checked_add(i128::from(digit - b'0')))
            .ok_or_else(too_big)?;
    }
    if sign == "-" {
        mantissa = -mantissa;
    }
    let literal = Decimal::try_from_i128_with_scale(mantissa, decimals).map_err(|_| too_big())?;
    Ok((literal, decimals))
}

/// Whether the comma-separated `groups` of a whole number's digits are grouped the Indian
/// way, as Indian articles write figures: the last three digits, then twos, the first of
/// one or two (`1,42,300`, `12,34,567`, `1,23,45,678`). Exactly that pattern, not any
/// commas: `1,4,2300` is grouped no way.
fn grouped_the_indian_way(groups: &[&str]) -> bool {
    let [first, twos @ .., last] = groups else {
        return false;
    };
    (1..=2).contains(&first.len()) && twos.iter().all(|group| group.len() == 2) && last.len() == 3
}

/// Parses the number part: a numeral or number word, then an optional scale
/// word or percent mark. `words` starts at the number.
fn parse_number(text: &str, words: &[Word<'_>]) -> Result<NumberPart, QuantityError> {
    let head = words[0];
    let head_lower = head.text.to_lowercase();
    let (body, mut percent) = match head.text.strip_suffix('%') {
        Some(number) => (number, true),
        None => (head.text, false),
    };
    let body_lower = body.to_lowercase();
    let mut numeral_digits = None;
    let (literal, decimals, mut consumed) = if head_lower == "a" {
        // starts_number guarantees "dozen" or "hundred" follows.
        let value = if words[1].text.to_lowercase() == "dozen" {
            12
        } else {
            100
        };
        (Decimal::from(value), 0, 2)
    } else if body_lower == "dozen" {
        return Err(error(
            format!("`{body}` needs an `a` before it"),
            head.start..head.start + body.len(),
            "write a dozen or 12",
        ));
    } else if let Some(value) = number_word(&body_lower) {
        (Decimal::from(value), 0, 1)
    } else if let Some(value) = compound_number(&body_lower) {
        return Err(error(
            format!("`{body}` is not one of the number words this checker reads"),
            head.start..head.start + body.len(),
            format!("write it in digits: {value}"),
        ));
    } else if let Some((whole_digits, fraction)) =
        decimal_comma_reading(body.strip_prefix('-').unwrap_or(body))
    {
        return Err(decimal_comma_error(
            text,
            words,
            body,
            percent,
            &whole_digits,
            fraction,
        ));
    } else {
        let (literal, decimals) =
            parse_numeral(body, head.start, percent).map_err(|mut error| {
                // A plus sign is only dropped: the help writes the rest as given, with its
                // scale word or percent sign (`+3 million` is `3 million`).
                if body.starts_with('+') {
                    error.help = format!("write {}", text.trim().replacen('+', "", 1));
                }
                error
            })?;
        numeral_digits = Some(body);
        (literal, decimals, 1)
    };
    let mut end = words[consumed - 1].end();
    let mut exponent: Option<u32> = None;
    while let Some(word) = words.get(consumed) {
        let lower = word.text.to_lowercase();
        let next_lower = words.get(consumed + 1).map(|next| next.text.to_lowercase());
        let number_text = || &text[words[0].start..end];
        if let Some(scale) = scale_exponent(&lower) {
            if percent {
                return Err(error(
                    format!("`{}` cannot follow a percentage", word.text),
                    word.start..word.end(),
                    "write either a percentage (0.85%) or a scaled figure (3.29 million)",
                ));
            }
            // A lakh crore (`7.36 lakh crore`) is a million million, as India writes it,
            // and a thousand crore (`5 thousand crore`) ten thousand million.
            if let Some(below @ (3 | 5)) = exponent
                && scale == 7
            {
                exponent = Some(below + 7);
                consumed += 1;
                end = word.end();
                continue;
            }
            if exponent.is_some() {
                return Err(error(
                    format!("`{}` is a second scale word", word.text),
                    word.start..word.end(),
                    "use one scale word, e.g. 3.29 billion",
                ));
            }
            exponent = Some(scale);
        } else if lower
            .strip_suffix('%')
            .is_some_and(|stripped| scale_exponent(stripped).is_some())
        {
            return Err(error(
                format!("`{}` mixes a scale word and a percent sign", word.text),
                word.start..word.end(),
                "write either a percentage (0.85%) or a scaled figure (3.29 million)",
            ));
        } else if lower == "percent" {
            if percent {
                return Err(error(
                    format!("`{}` repeats the percent sign", word.text),
                    word.start..word.end(),
                    "write 0.85% or 0.85 percent, not both",
                ));
            }
            if exponent.is_some() {
                return Err(error(
                    format!("`{}` cannot follow a scale word", word.text),
                    word.start..word.end(),
                    "write either a percentage (0.85%) or a scaled figure (3.29 million)",
                ));
            }
            percent = true;
        } else if lower == "%" {
            let number = number_text();
            return Err(error(
                "`%` is separated from the number",
                word.start..word.end(),
                format!("write {number}% without a space"),
            ));
        } else if lower == "per" && next_lower.as_deref() == Some("cent") {
            let span = word.start..words[consumed + 1].end();
            return Err(error(
                format!("`{}` is not read", &text[span.clone()]),
                span,
                "write percent or %",
            ));
        } else if lower == "or"
            && matches!(
                next_lower.as_deref(),
                Some("more" | "over" | "above" | "less" | "fewer" | "under" | "below")
            )
        {
            let span = word.start..words[consumed + 1].end();
            let number = number_text();
            let suggestion = if matches!(next_lower.as_deref(), Some("more" | "over" | "above")) {
                format!("write at least {number}")
            } else {
                format!("write at most {number}")
            };
            return Err(error(
                format!("`{}` after the number is not read", &text[span.clone()]),
                span,
                format!("put the qualifier before the number: {suggestion}"),
            ));
        } else if consumed == 1
            && let Some(digits) = numeral_digits
            && !percent
            && digits
                .strip_prefix('-')
                .unwrap_or(digits)
                .chars()
                .all(|c| c.is_ascii_digit())
            && let Some((groups, fraction, percent)) = space_groups(&words[consumed..])
        {
            // `1 234`, `1 234 567`, `1 234,5`, `-1 234,5 %`: thousands grouped by spaces, as
            // French, Russian and many more write them, with a decimal comma at the end.
            let last = &words[consumed + groups - 1];
            let span = word.start..last.end();
            let sign = if digits.starts_with('-') { "-" } else { "" };
            let joined: String = digits
                .chars()
                .chain(
                    words[consumed..consumed + groups]
                        .iter()
                        .flat_map(|w| w.text.chars()),
                )
                .filter(char::is_ascii_digit)
                .collect();
            let whole = &joined[..joined.len() - fraction.map_or(0, str::len)];
            // What follows the figure, written after it in the help too.
            let after = words.get(consumed + groups).map(|w| w.text.to_lowercase());
            let suffix = match after {
                _ if percent => "%".to_string(),
                Some(word) if word == "%" || word == "percent" => "%".to_string(),
                Some(word) if scale_exponent(&word).is_some() => format!(" {word}"),
                // `1 314,6 тыс.`: the scale in English, as the figure is written in it. Not a
                // letter or two (`m`, `mi`), which may as well be a unit.
                Some(word) if word.chars().count() > 2 => {
                    other_scale(&word).map_or(String::new(), |scale| format!(" {scale}"))
                }
                Some(_) | None => String::new(),
            };
            let what = if fraction.is_some() && last.text.contains(',') {
                "thousands separators are commas, not spaces, and the decimal mark is a point"
            } else {
                "thousands separators are commas, not spaces"
            };
            return Err(error(
                format!("`{}` looks like part of the number", &text[span.clone()]),
                span,
                format!(
                    "{what}: {}",
                    write_help_with_suffix(sign, whole, fraction, &suffix)
                ),
            ));
        } else if number_word(&lower).is_some() || compound_number(&lower).is_some() {
            return Err(error(
                format!("unexpected `{}` after the number", word.text),
                word.start..word.end(),
                "write compound numbers in digits, e.g. 21 or 300",
            ));
        } else if !percent
            && exponent.is_none()
            && let Some(mut scale) = other_scale(&lower)
        {
            // `7.36 लाख करोड़`, a lakh crore in two words: both are told, as one; and so is a
            // scale of two words (`3 mil millones`, a thousand million), not its first.
            let mut span = word.start..word.end();
            if scale == "lakh"
                && let Some(next) = next_lower.as_deref()
                && other_scale(next) == Some("crore")
            {
                scale = "lakh crore";
                span.end = words[consumed + 1].end();
            } else if let Some(next) = next_lower.as_deref()
                && let Some(both) = other_scale(&format!("{lower} {next}"))
            {
                scale = both;
                span.end = words[consumed + 1].end();
            }
            // `420 m` may as well be metres, which no value writes.
            let metres = match lower.as_str() {
                "m" => "; a unit, such as metres, is written in `unit:`",
                _ => "",
            };
            // `6.600 milioni`: the languages that write the scale so write a dot between
            // thousands, which a value reads as a decimal point.
            let written = format!("{} {scale}", number_text());
            let help = match thousands_by_a_dot(&written) {
                Some(thousands) => format!(
                    "write {thousands} if the dot groups thousands, as German, Spanish and \
                     Italian write them ({written} if it is a decimal point){metres}"
                ),
                None => format!("write {written}{metres}"),
            };
            return Err(error(
                format!(
                    "`{}` is not a scale word claimcheck reads",
                    &text[span.clone()]
                ),
                span,
                help,
            ));
        } else {
            return Err(error(
                format!("unexpected `{}` after the number", word.text),
                word.start..word.end(),
                FOLLOW_HELP,
            ));
        }
        end = word.end();
        consumed += 1;
    }
    Ok(NumberPart {
        literal,
        decimals,
        exponent: exponent.unwrap_or(0),
        percent,
        span: words[0].start..end,
    })
}

/// Words after a number that continue it in groups of three digits (`234`, `567`), the
/// last of which may carry decimals after a comma or a point (`234,5`: where spaces group
/// the thousands, a comma is the decimal mark) and a percent sign: how many words, the
/// decimals, and whether a `%` ends them.
fn space_groups<'a>(words: &[Word<'a>]) -> Option<(usize, Option<&'a str>, bool)> {
    let digits = |text: &str| text.len() == 3 && text.bytes().all(|b| b.is_ascii_digit());
    let mut count = 0;
    for word in words {
        let (text, percent) = match word.text.strip_suffix('%') {
            Some(text) => (text, true),
            None => (word.text, false),
        };
        if digits(text) {
            count += 1;
            if percent {
                return Some((count, None, true));
            }
            continue;
        }
        let decimals = text.split_once([',', '.']).filter(|(group, decimals)| {
            digits(group) && !decimals.is_empty() && decimals.bytes().all(|b| b.is_ascii_digit())
        });
        return match decimals {
            Some((_, decimals)) => Some((count + 1, Some(decimals), percent)),
            None => (count > 0).then_some((count, None, false)),
        };
    }
    (count > 0).then_some((count, None, false))
}

/// `10^exponent` as a decimal, `None` beyond the `Decimal` range.
fn power_of_ten(exponent: u32) -> Option<Decimal> {
    Decimal::try_from_i128_with_scale(10i128.checked_pow(exponent)?, 0).ok()
}

/// [`Quantity::parse`]: the qualifier, the number part, then the interval they allow. A
/// figure written with its currency, as an article writes money (`3.2 M€`, `€3.2m`,
/// `$5bn`), is told the value and the unit to write ([`currency_error`]).
fn parse_quantity(text: &str) -> Result<Quantity, QuantityError> {
    // Asked only of a value that does not read: a currency sign or a digit of another
    // script is in none that does.
    parse_figure(text).map_err(|error| {
        written_in_other_digits(text)
            .or_else(|| currency_error(text))
            .unwrap_or(error)
    })
}

/// Where `text`, a value that does not read, writes its figure in the decimal digits of
/// another script than 0-9 (`૧૭`, `١٢٫٥`, `१,४२,३००`, full-width `１７`: any Unicode gives a
/// decimal value, as the citation checks read them in quotes), the error at the first
/// figure so written, whose help is the value in ASCII digits (`about ૧૭` is told `about 17`,
/// `૧૭%` `17%`), or the help that value would get in turn (`२ लाख` is told `2 lakh`, `૧૭万`
/// `170,000`). `None` where no figure is written so, and for one that mixes those digits
/// with ASCII ones (`1٢`), which may be a slip of one character rather than a figure.
fn written_in_other_digits(text: &str) -> Option<QuantityError> {
    if text.is_ascii() {
        return None;
    }
    // The characters of a figure in those digits: the digits, the separators between them
    // (ASCII, full-width, Arabic), each with its ASCII spelling.
    let ascii_of = |c: char| match c {
        '.' | ',' => Some(c),
        '．' | '\u{66b}' => Some('.'),
        '，' | '\u{66c}' => Some(','),
        c => super::decimal_digit(c).map(|digit| char::from(b'0' + digit)),
    };
    let mut figures: Vec<(Range<usize>, bool)> = Vec::new();
    let mut ascii = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        match ascii_of(c) {
            Some(written) => {
                let other = !c.is_ascii() && written.is_ascii_digit();
                match figures.last_mut() {
                    Some((figure, others)) if figure.end == at => {
                        figure.end = at + c.len_utf8();
                        *others |= other;
                    }
                    _ => figures.push((at..at + c.len_utf8(), other)),
                }
                ascii.push(written);
            }
            // The percent signs that go with those digits (Arabic `٪`, full-width `％`).
            None if matches!(c, '\u{66a}' | '％' | '\u{fe6a}') => ascii.push('%'),
            None => ascii.push(c),
        }
    }
    // Each figure in the digits of another script, the first of them pointed at.
    let mut written_so = figures
        .into_iter()
        .filter(|(_, others)| *others)
        .map(|(figure, _)| figure)
        .peekable();
    let first = written_so.peek()?.clone();
    if written_so.any(|figure| text[figure].chars().any(|c| c.is_ascii_digit())) {
        return None;
    }
    let body = &text[first.clone()];
    let body_in_ascii: String = body.chars().filter_map(ascii_of).collect();
    let script = match body
        .chars()
        .all(|c| c.is_ascii() || matches!(c, '０'..='９' | '．' | '，'))
    {
        true => "full-width digits",
        false => "digits other than 0-9",
    };
    let (help, figure_alone, currencies) = match parse_quantity(&ascii) {
        Ok(_) => (format!("write {ascii}"), None, Vec::new()),
        Err(error) if error.help.starts_with("write ") => {
            (error.help, error.figure_alone, error.currencies)
        }
        // The rest of the value does not read either (`१२ से अधिक`, `૧૭–૧૮`): told so, and
        // what to do about it, not the figure alone, which would drop the rest.
        Err(error) if ascii != body_in_ascii => (
            format!(
                "write the digits 0-9 (`{ascii}`), which does not read either: {}; {}",
                error.message, error.help
            ),
            None,
            Vec::new(),
        ),
        Err(_) => (format!("write {body_in_ascii}"), None, Vec::new()),
    };
    Some(QuantityError {
        figure_alone,
        currencies,
        ..error(format!("`{body}` is written in {script}"), first, help)
    })
}

/// Where `text`, a value that does not read, writes a currency (a sign of
/// [`CURRENCY_SIGNS`], or a code of three capitals, before the figure or after it, alone or
/// written onto it or onto its scale: `€3.2m`, `$ 5 billion`, `EUR 3.2 million`, `3.2 M€`,
/// `3,2 Md€`, `450 k$`, `3.2 million €`, `12 USD`), the error that says so, with the value
/// and the unit to write: "write `value: 3.2 million` and `unit: euro`". `None` where it
/// writes none.
fn currency_error(text: &str) -> Option<QuantityError> {
    let words = split_words(text);
    let starts_a_figure = |word: Option<&Word<'_>>| {
        word.is_some_and(|word| word.text.starts_with(|c: char| c.is_ascii_digit()))
    };
    // Before the figure: a sign that opens its word (`€3.2m`) or stands alone before it
    // (`€ 3.2 million`), or a code before it (`EUR 3.2 million`).
    let before = words.iter().enumerate().find_map(|(index, word)| {
        let next = words.get(index + 1);
        if let Some((sign, units)) = CURRENCY_SIGNS
            .iter()
            .find(|(sign, _)| word.text.starts_with(sign))
        {
            let rest = &word.text[sign.len()..];
            let figure = match rest.is_empty() {
                true => starts_a_figure(next),
                false => rest.starts_with(|c: char| c.is_ascii_digit()),
            };
            return figure.then(|| (word.start..word.start + sign.len(), units.to_vec()));
        }
        (is_currency_code(word.text) && starts_a_figure(next))
            .then(|| (word.start..word.end(), vec![currency_of(word.text)]))
    });
    // After it: a sign that ends the last word (`3.2 M€`, `3.2€`, `3.2 million €`), or a
    // code (`3.2 million USD`).
    let after = || {
        let last = words.last()?;
        if let Some((sign, units)) = CURRENCY_SIGNS
            .iter()
            .find(|(sign, _)| last.text.ends_with(sign))
        {
            return Some((last.end() - sign.len()..last.end(), units.to_vec()));
        }
        (words.len() > 1 && is_currency_code(last.text))
            .then(|| (last.start..last.end(), vec![currency_of(last.text)]))
    };
    let Some((at, units)) = before.or_else(after) else {
        return currency_named_after(text, &words);
    };
    // The scale the sign is written onto (`M€`) is named with it; `G`, giga, is a scale
    // only there, as Quebec and French news write a billion (`1,2 G$`).
    let word = words
        .iter()
        .find(|word| word.start <= at.start && at.end <= word.end())?;
    let onto = &text[word.start..word.end()];
    let rest = onto.replacen(&text[at.clone()], "", 1).to_lowercase();
    let giga = rest == "g";
    let without = match giga {
        true => format!("{} billion {}", &text[..word.start], &text[word.end()..]),
        false => format!("{} {}", &text[..at.start], &text[at.end..]),
    };
    let without = without.split_whitespace().collect::<Vec<_>>().join(" ");
    let (span, message) = if giga || other_scale(&rest).is_some() {
        (
            word.start..word.end(),
            format!("`{onto}` is a scale and a currency sign"),
        )
    } else {
        (at.clone(), format!("`{}` is a currency", &text[at.clone()]))
    };
    let help = money_help(&without, &units);
    Some(QuantityError {
        figure_alone: figure_alone(&without),
        currencies: units.into_iter().map(String::from).collect(),
        ..error(message, span, help)
    })
}

/// `without`, a value less its currency, as a value writes it, when it reads one way (not
/// `650.000`, which may group thousands).
fn figure_alone(without: &str) -> Option<String> {
    figure_written_as_a_value(without).filter(|figure| thousands_by_a_dot(figure).is_none())
}

/// [`currency_error`] for a value that names its currency in letters after the figure (`3.2
/// million Euro`, `5 million US dollars`, `1,2 Mrd. Euro`): the error that says so, with
/// the value and the unit to write, when the words before it read as a figure.
fn currency_named_after(text: &str, words: &[Word<'_>]) -> Option<QuantityError> {
    let last = words.last()?;
    // A name of one to three words (`Euro`, `US dollars`, `Hong Kong dollars`), the
    // longest first, after at least one word of the figure.
    (1..words.len().min(4)).rev().find_map(|count| {
        let first = &words[words.len() - count];
        let name = &text[first.start..last.end()];
        let unit = super::currency::currency_named(name)?;
        let figure = text[..first.start].trim_end();
        figure_written_as_a_value(figure)?;
        Some(QuantityError {
            figure_alone: figure_alone(figure),
            currencies: vec![unit.to_string()],
            ..error(
                format!("`{name}` names a currency"),
                first.start..last.end(),
                money_help(figure, &[unit]),
            )
        })
    })
}

/// The help of a value written with its currency: the figure alone to write in `value:`
/// (`without`, the value less its currency, as a value writes it), and the currency as the
/// claim's unit, one of `units`.
fn money_help(without: &str, units: &[&str]) -> String {
    let unit = units
        .iter()
        .map(|unit| format!("`unit: {unit}`"))
        .collect::<Vec<_>>()
        .join(" or ");
    match figure_written_as_a_value(without) {
        // Money written with its currency is often written with a dot between thousands
        // (`650.000 €`), which a value reads as a decimal point.
        Some(figure) => match thousands_by_a_dot(&figure) {
            Some(thousands) => format!(
                "write `value: {thousands}` and {unit} if the dot groups thousands, as German, \
                 Spanish and Italian write them (`value: {figure}` if it is a decimal point): \
                 a value is the figure alone, and its currency the claim's unit"
            ),
            None => format!(
                "write `value: {figure}` and {unit}: a value is the figure alone, and its \
                 currency the claim's unit"
            ),
        },
        None => format!("write the figure alone in `value:`, and its currency as {unit}"),
    }
}

/// `figure` with its one dot read as grouping thousands, written as a value writes them
/// (`650,000` for `650.000`), when it reads either way: one to three digits, a dot and
/// three digits. `None` for any other figure.
fn thousands_by_a_dot(figure: &str) -> Option<String> {
    let numeral = figure
        .split_whitespace()
        .find(|word| word.starts_with(|c: char| c.is_ascii_digit()))?;
    let (whole, thousands) = numeral.split_once('.')?;
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let reads_either_way = (1..=3).contains(&whole.len())
        && !whole.starts_with('0')
        && thousands.len() == 3
        && digits(whole)
        && digits(thousands);
    reads_either_way.then(|| figure.replacen(numeral, &format!("{whole},{thousands}"), 1))
}

/// The currency a code of three capitals writes, by the name a unit gives it (`euro` for
/// `EUR`, `yuan` for `RMB`), or the code itself when it is none the tables know.
fn currency_of(code: &str) -> &str {
    super::currency::COMMON_MONEY
        .iter()
        .find(|names| names[1..].contains(&code))
        .map_or(code, |names| names[0])
}

/// Whether `word` may be a currency's code: three capitals that abbreviate no scale (`MIO`,
/// `MRD` do).
fn is_currency_code(word: &str) -> bool {
    word.len() == 3
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && other_scale(&word.to_lowercase()).is_none()
}

/// `text`, a figure written without its currency, as a value writes it: as written when it
/// reads, else as the help of its error writes it (`3.2 million` for `3.2m` or `3,2 M`),
/// after the qualifier `text` writes (`about 3 million` for `about 3m`).
///
/// Read with [`parse_figure`], which reads no currency: a currency read again here would
/// ask this of what its error's help writes, which may be the text again, without end.
fn figure_written_as_a_value(text: &str) -> Option<String> {
    let error = match parse_figure(text) {
        Ok(quantity) => return Some(quantity.text.to_string()),
        Err(error) => error,
    };
    let written = error
        .help
        .strip_prefix("write the scale word out: ")
        .or_else(|| error.help.strip_prefix("write "))?;
    let figure = written
        .split([':', ';'])
        .next()?
        .split(" or ")
        .next()?
        .split(" if ")
        .next()?
        .trim();
    let qualifier: Vec<&str> = text
        .split_whitespace()
        .take_while(|word| !word.starts_with(|c: char| c.is_ascii_digit() || c == '-'))
        .collect();
    [
        format!("{} {figure}", qualifier.join(" ")),
        figure.to_string(),
    ]
    .into_iter()
    .map(|candidate| candidate.trim().to_string())
    .find(|candidate| parse_figure(candidate).is_ok())
}

/// A figure as written, with no currency read: see [`parse_quantity`].
fn parse_figure(text: &str) -> Result<Quantity, QuantityError> {
    let words = split_words(text);
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Err(error(
            "empty value",
            0..text.len(),
            "write the figure as reported, e.g. 7,993, 3.29 million, 0.85% or more than 10,000",
        ));
    };
    let Some(number_start) = (0..words.len()).find(|&index| starts_number(&words, index)) else {
        return Err(no_number_error(text, &words));
    };
    let qualifier = if number_start == 0 {
        Qualifier::Exact
    } else {
        let span = first.start..words[number_start - 1].end();
        Qualifier::from_phrase(&phrase_of(&words[..number_start])).ok_or_else(|| {
            error(
                format!("unknown qualifier `{}`", &text[span.clone()]),
                span,
                qualifier_help(),
            )
        })?
    };
    let part = parse_number(text, &words[number_start..])?;
    let number_text = &text[part.span.clone()];
    let too_large = || {
        error(
            format!("`{number_text}` is too large to check exactly"),
            part.span.clone(),
            "figures up to 79 octillion with at most 28 significant digits can be checked",
        )
    };
    let multiplier = power_of_ten(part.exponent).ok_or_else(too_large)?;
    let value = exact_product(part.literal, multiplier)
        .ok_or_else(too_large)?
        .normalize();
    let half_unit =
        Decimal::try_from_i128_with_scale(5, part.decimals + 1).map_err(|_| too_large())?;
    let half_step = exact_product(half_unit, multiplier).ok_or_else(too_large)?;
    // A figure stands for the values that round to it, whose bounds take one digit more
    // than the figure. Rounded outward, two figures of 28 digits that disagree would
    // overlap and pass: such a figure is refused instead.
    if exact_sum(value, half_step).is_none() || exact_sum(value, -half_step).is_none() {
        return Err(error(
            format!("`{number_text}` has too many digits for its rounding to be checked exactly"),
            part.span.clone(),
            "a figure stands for the values that round to it, whose bounds take one digit more \
             than the figure: write at most 27 significant digits, and with a scale word a \
             figure below about 7.9 × 10^27",
        ));
    }
    let lower = |delta: Decimal, inclusive: bool| match sum_rounded_down(value, delta) {
        Some(d) if inclusive => Bound::Inclusive(d),
        Some(d) => Bound::Exclusive(d),
        None => Bound::Unbounded,
    };
    let upper = |delta: Decimal, inclusive: bool| match sum_rounded_up(value, delta) {
        Some(d) if inclusive => Bound::Inclusive(d),
        Some(d) => Bound::Exclusive(d),
        None => Bound::Unbounded,
    };
    // Halves are rounded away from zero, as articles round and as a reader checking by
    // hand would (Python's `ROUND_HALF_UP`): 16.5 is written 17 and -16.5 is written -17,
    // so 17 stands for [16.5, 17.5), -17 for (-17.5, -16.5] and 0 for (-0.5, 0.5).
    let rounding = match value.cmp(&Decimal::ZERO) {
        std::cmp::Ordering::Greater => {
            Interval::new(lower(-half_step, true), upper(half_step, false))
        }
        std::cmp::Ordering::Less => Interval::new(lower(-half_step, false), upper(half_step, true)),
        std::cmp::Ordering::Equal => {
            Interval::new(lower(-half_step, false), upper(half_step, false))
        }
    };
    let Some(tenth) = product_rounded_up(value.abs(), Decimal::new(1, 1)) else {
        return Err(too_large());
    };
    let interval = match qualifier {
        Qualifier::Exact => rounding,
        Qualifier::MoreThan => Interval::new(Bound::Exclusive(value), Bound::Unbounded),
        Qualifier::AtLeast => Interval::new(Bound::Inclusive(value), Bound::Unbounded),
        Qualifier::LessThan => Interval::new(Bound::Unbounded, Bound::Exclusive(value)),
        Qualifier::AtMost => Interval::new(Bound::Unbounded, Bound::Inclusive(value)),
        Qualifier::Nearly | Qualifier::About if value.is_zero() => rounding,
        Qualifier::Nearly if value.is_sign_positive() => {
            Interval::new(lower(-tenth, true), Bound::Exclusive(value))
        }
        Qualifier::Nearly => Interval::new(Bound::Exclusive(value), upper(tenth, true)),
        Qualifier::About => Interval::new(lower(-tenth, true), upper(tenth, true)),
    };
    let offset = first.start;
    Ok(Quantity {
        text: text[offset..last.end()].into(),
        value,
        interval,
        qualifier,
        is_percent: part.percent,
        decimals: part.decimals,
        // At most 28: `power_of_ten` gave the multiplier.
        exponent: part.exponent as u8,
        // Figures are read from scalars of at most a line, far below 4 GiB.
        number_span: (part.span.start - offset) as u32..(part.span.end - offset) as u32,
    })
}

/// No word starts a number: say whether a qualifier is left hanging or the
/// rest is simply not a number.
fn no_number_error(text: &str, words: &[Word<'_>]) -> QuantityError {
    let first = words[0];
    let last = words[words.len() - 1];
    for qualifier_words in (1..=words.len()).rev() {
        if Qualifier::from_phrase(&phrase_of(&words[..qualifier_words])).is_none() {
            continue;
        }
        let qualifier = first.start..words[qualifier_words - 1].end();
        if qualifier_words == words.len() {
            return error(
                format!("`{}` is not followed by a number", &text[qualifier.clone()]),
                qualifier,
                "write the figure after the qualifier, e.g. more than 10,000",
            );
        }
        let rest = words[qualifier_words].start..last.end();
        return error(
            format!("`{}` is not a number", &text[rest.clone()]),
            rest,
            NUMBER_HELP,
        );
    }
    let all = first.start..last.end();
    error(
        format!("`{}` is not a number", &text[all.clone()]),
        all,
        NUMBER_HELP,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percentage_without_its_sign_or_word_is_its_figure() {
        for text in ["12.5%", "12.5 percent", "12.5 PERCENT", "more than 12.5%"] {
            let plain = Quantity::parse(text).unwrap().without_percent().unwrap();
            assert_eq!(
                (plain.text.as_ref(), plain.is_percent),
                ("12.5", false),
                "{text}"
            );
        }
        assert!(Quantity::parse("12.5").unwrap().without_percent().is_none());
    }

    #[test]
    fn scales_of_millions_are_told_in_every_language_and_case() {
        for word in [
            "million",
            "Millionen",
            "MILIONI",
            "millón",
            "milhões",
            "Mio",
            "bn",
            "trillion",
        ] {
            assert!(super::is_scale_of_a_larger_part(word), "{word}");
        }
        for word in ["lakh", "Crore", "কোটি", "লাখ", "करोड़", "لاکھ"] {
            assert!(super::is_scale_of_a_larger_part(word), "{word}");
        }
        for word in [
            "thousand",
            "mila",
            "Tausend",
            "mil",
            "k",
            "miles",
            "e",
            "",
            "হাজার",
            "lake",
        ] {
            assert!(!super::is_scale_of_a_larger_part(word), "{word}");
        }
    }

    #[test]
    fn a_unit_measures_or_counts() {
        for measure in [
            "yuan",
            "EUR",
            "euro per litre",
            "child per woman",
            "km/h",
            "cubic hectometre",
            "megawatt",
            "Kilogramm",
            "kilowatt-hour",
            "knots",
            "basis point",
            "Tonnen",
            "square foot",
            "inches",
            "centuries",
            "US dollar",
            "metric ton",
            "pound sterling",
            "亩",
            "BRL",
            "COP",
            "TRY",
            // Money as other languages name it.
            "рубль",
            "دينار",
            "تومان",
            "ریال",
            "টাকা",
            "ש\"ח",
            "שקלים",
            "บาท",
        ] {
            assert!(is_measure_unit(measure), "{measure}");
        }
        for count in [
            "village",
            "county",
            "person",
            "program",
            "parameter",
            "household",
            "Beschäftigte",
            "point",
            "degree",
            "个",
            "try",
            "cop",
        ] {
            assert!(!is_measure_unit(count), "{count}");
        }
    }
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn q(s: &str) -> Quantity {
        Quantity::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
    }

    fn iv(s: &str) -> String {
        q(s).interval.to_string()
    }

    fn err(s: &str) -> QuantityError {
        check_parse_result(s);
        match Quantity::parse(s) {
            Ok(v) => panic!("{s:?} parsed as {v:?}"),
            Err(e) => e,
        }
    }

    /// The error's span, as text.
    fn at(s: &str) -> String {
        let e = err(s);
        s[e.span].to_string()
    }

    // --- parsing: forms -----------------------------------------------------

    #[test]
    fn plain_integers() {
        let x = q("17");
        assert_eq!(x.value, d("17"));
        assert_eq!(x.interval.to_string(), "[16.5, 17.5)");
        assert_eq!(x.decimals, 0);
        assert_eq!(x.qualifier, Qualifier::Exact);
        assert!(!x.is_percent);
        assert!(x.is_exact_count());
        assert_eq!(x.step(), Some(Decimal::ONE));
        assert_eq!(iv("0"), "(-0.5, 0.5)");
        assert!(q("0").is_exact_count());
    }

    #[test]
    fn thousands_separators() {
        let x = q("7,993");
        assert_eq!(x.value, d("7993"));
        assert_eq!(x.interval.to_string(), "[7992.5, 7993.5)");
        assert_eq!(q("7993").value, d("7993"));
        assert_eq!(q("1,234,567").value, d("1234567"));
        assert_eq!(q("123,456").value, d("123456"));
    }

    #[test]
    fn decimals_with_separators() {
        let x = q("11,487.39");
        assert_eq!(x.value, d("11487.39"));
        assert_eq!(x.decimals, 2);
        assert_eq!(x.interval.to_string(), "[11487.385, 11487.395)");
        assert!(!x.is_exact_count());
        assert_eq!(x.step(), Some(d("0.01")));
    }

    #[test]
    fn indian_scale_words_keep_the_precision_the_article_gives() {
        let lakh = q("1.2 lakh");
        assert_eq!(lakh.value, d("120000"));
        assert_eq!(lakh.interval.to_string(), "[115000, 125000)");
        // Rounded to the crore, where `120.4 billion` would be rounded to a hundred million.
        let crore = q("12,040 crore");
        assert_eq!(crore.value, d("120400000000"));
        assert_eq!(crore.interval.to_string(), "[120395000000, 120405000000)");
        assert_eq!(q("3 lakhs").value, d("300000"));
        assert_eq!(q("more than 2 crores").value, d("20000000"));
        let lakh_crore = q("7.36 lakh crore");
        assert_eq!(lakh_crore.value, d("7360000000000"));
        assert_eq!(
            lakh_crore.interval.to_string(),
            "[7355000000000, 7365000000000)"
        );
        let thousand_crore = q("5 thousand crore");
        assert_eq!(thousand_crore.value, d("50000000000"));
        assert_eq!(
            thousand_crore.interval.to_string(),
            "[45000000000, 55000000000)"
        );
        for wrong in [
            "1.2 crore lakh",
            "1.2 crore thousand",
            "1.2 lakh million",
            "1.2 lakh%",
        ] {
            assert!(Quantity::parse(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn scale_words() {
        let x = q("3.29 million");
        assert_eq!(x.value, d("3290000"));
        assert_eq!(x.value.to_string(), "3290000");
        assert_eq!(x.decimals, 2);
        assert_eq!(x.multiplier(), Some(d("1000000")));
        assert_eq!(x.step(), Some(d("10000")));
        assert_eq!(x.interval.to_string(), "[3285000, 3295000)");
        assert!(!x.is_exact_count());
        let b = q("1.749 billion");
        assert_eq!(b.value, d("1749000000"));
        assert_eq!(b.interval.to_string(), "[1748500000, 1749500000)");
        assert_eq!(q("2 thousand").interval.to_string(), "[1500, 2500)");
        assert_eq!(q("1.5 trillion").value, d("1500000000000"));
        assert_eq!(q("3.29 MILLION").value, d("3290000"));
        assert_eq!(q("3 Billion").value, d("3000000000"));
        assert_eq!(q("three million").value, d("3000000"));
        assert_eq!(q("a hundred thousand").value, d("100000"));
    }

    #[test]
    fn percentages() {
        let x = q("0.85%");
        assert!(x.is_percent);
        assert_eq!(x.value, d("0.85"));
        assert_eq!(x.interval.to_string(), "[0.845, 0.855)");
        assert!(!x.is_exact_count());
        assert_eq!(iv("26.8%"), "[26.75, 26.85)");
        let w = q("26.8 percent");
        assert!(w.is_percent);
        assert_eq!(w.value, d("26.8"));
        assert!(q("5 PERCENT").is_percent);
        assert!(q("three percent").is_percent);
        assert_eq!(q("three percent").value, d("3"));
        assert!(!q("5%").is_exact_count());
        let m = q("more than 40%");
        assert!(m.is_percent);
        assert_eq!(m.qualifier, Qualifier::MoreThan);
        assert_eq!(m.interval.to_string(), "(40, +inf)");
    }

    #[test]
    fn qualifiers() {
        assert_eq!(iv("more than 10,000"), "(10000, +inf)");
        assert_eq!(iv("over 90"), "(90, +inf)");
        assert_eq!(iv("above 90"), "(90, +inf)");
        assert_eq!(iv("at least 5"), "[5, +inf)");
        assert_eq!(iv("no less than 5"), "[5, +inf)");
        assert_eq!(iv("less than 5"), "(-inf, 5)");
        assert_eq!(iv("fewer than 5"), "(-inf, 5)");
        assert_eq!(iv("under 5"), "(-inf, 5)");
        assert_eq!(iv("below 5"), "(-inf, 5)");
        assert_eq!(iv("up to 3"), "(-inf, 3]");
        assert_eq!(iv("at most 3"), "(-inf, 3]");
        assert_eq!(iv("no more than 3"), "(-inf, 3]");
        assert_eq!(iv("nearly 40"), "[36, 40)");
        assert_eq!(iv("almost 40"), "[36, 40)");
        assert_eq!(iv("about 40"), "[36, 44]");
        assert_eq!(iv("around 40"), "[36, 44]");
        assert_eq!(iv("approximately 40"), "[36, 44]");
        assert_eq!(iv("some 40"), "[36, 44]");
        assert_eq!(iv("about 40%"), "[36, 44]");
        assert_eq!(iv("about 3.29 million"), "[2961000, 3619000]");
        let x = q("More  Than\t10,000");
        assert_eq!(x.qualifier, Qualifier::MoreThan);
        assert_eq!(x.value, d("10000"));
        assert!(!x.is_exact_count());
        assert_eq!(q("at least 5").qualifier, Qualifier::AtLeast);
        assert_eq!(q("up to 3").qualifier, Qualifier::AtMost);
        assert_eq!(q("nearly 40").qualifier, Qualifier::Nearly);
        assert_eq!(q("about 40").qualifier, Qualifier::About);
        assert_eq!(q("less than 5").qualifier, Qualifier::LessThan);
    }

    #[test]
    fn qualifiers_on_negatives_and_zero() {
        assert_eq!(iv("nearly -40"), "(-40, -36]");
        assert_eq!(iv("about -40"), "[-44, -36]");
        assert_eq!(iv("nearly 0"), "(-0.5, 0.5)");
        assert_eq!(iv("about zero"), "(-0.5, 0.5)");
        assert_eq!(iv("more than -5"), "(-5, +inf)");
    }

    #[test]
    fn qualifier_phrase_lookup() {
        assert_eq!(
            Qualifier::from_phrase("No  More THAN"),
            Some(Qualifier::AtMost)
        );
        assert_eq!(Qualifier::from_phrase(""), None);
        assert_eq!(Qualifier::from_phrase("roughly"), None);
        assert_eq!(Qualifier::Exact.phrases(), Vec::<&str>::new());
        assert_eq!(Qualifier::Nearly.phrases(), vec!["nearly", "almost"]);
    }

    #[test]
    fn number_words() {
        let x = q("three");
        assert_eq!(x.value, d("3"));
        assert_eq!(x.interval.to_string(), "[2.5, 3.5)");
        assert!(x.is_exact_count());
        assert_eq!(q("nine").value, d("9"));
        assert_eq!(q("Zero").value, d("0"));
        assert_eq!(q("TWENTY").value, d("20"));
        assert_eq!(q("ninety").value, d("90"));
        assert_eq!(q("hundred").value, d("100"));
        assert_eq!(q("a hundred").value, d("100"));
        let dz = q("a dozen");
        assert_eq!(dz.value, d("12"));
        assert_eq!(dz.interval.to_string(), "[11.5, 12.5)");
        assert_eq!(q("about a dozen").qualifier, Qualifier::About);
        assert_eq!(q("nearly forty").interval.to_string(), "[36, 40)");
        for (w, n) in NUMBER_WORDS {
            assert_eq!(q(w).value, Decimal::from(*n), "{w}");
        }
    }

    #[test]
    fn halves_round_away_from_zero_on_either_side_of_it() {
        // 1,250,000 is written 1.3 million and -1,250,000 -1.3 million: neither is 1.2.
        let contains = |figure: &str, value: &str| q(figure).interval.contains(d(value));
        assert!(contains("1.2 million", "1150000"));
        assert!(!contains("1.2 million", "1250000"));
        assert!(contains("-1.2 million", "-1150000"));
        assert!(!contains("-1.2 million", "-1250000"));
        assert_eq!(iv("-1.2 million"), "(-1250000, -1150000]");
        assert_eq!(iv("-0.5%"), "(-0.55, -0.45]");
        assert_eq!(iv("0.00 million"), "(-5000, 5000)");
        assert!(!contains("0", "0.5") && !contains("0", "-0.5") && contains("0", "-0.4"));
    }

    #[test]
    fn whitespace_and_negatives() {
        let x = q("  \t 7,993 \n");
        assert_eq!(&*x.text, "7,993");
        assert_eq!(x.to_string(), "7,993");
        assert_eq!(x.number_range(), 0..5);
        let n = q("-17");
        assert_eq!(n.value, d("-17"));
        assert_eq!(n.interval.to_string(), "(-17.5, -16.5]");
        // A change in a count is whole: as exact as the count.
        assert!(n.is_exact_count());
        assert!(!q("-17.5").is_exact_count());
        assert_eq!(q("-0.5%").value, d("-0.5"));
        assert_eq!(q("-1,234.5").value, d("-1234.5"));
        let m = q("  more than 10,000 ");
        assert_eq!(&*m.text, "more than 10,000");
        assert_eq!(m.number(), "10,000");
        assert_eq!("0.85%".parse::<Quantity>().unwrap().value, d("0.85"));
    }

    #[test]
    fn trailing_zeros_are_precision() {
        let x = q("4000.00");
        assert_eq!(x.decimals, 2);
        assert_eq!(x.value.to_string(), "4000");
        assert_eq!(x.interval.to_string(), "[3999.995, 4000.005)");
        assert_eq!(Interval::exact(d("4000.00")).to_string(), "[4000, 4000]");
        assert_eq!(q("-0").value.to_string(), "0");
    }

    // --- parsing: errors ----------------------------------------------------

    #[test]
    fn error_empty() {
        for s in ["", "   ", "\t\n"] {
            let e = err(s);
            assert_eq!(e.message, "empty value");
            assert_eq!(e.span, 0..s.len());
            assert!(e.help.contains("7,993"));
        }
    }

    #[test]
    fn figures_grouped_the_indian_way_are_the_same_number() {
        for (indian, western) in [
            ("1,42,300", "142,300"),
            ("12,34,567", "1,234,567"),
            ("1,23,45,678", "12,345,678"),
            ("more than 1,00,000", "more than 100,000"),
            ("-1,42,300.5", "-142,300.5"),
            ("12,34,567%", "1,234,567%"),
            ("1,20,000 crore", "120,000 crore"),
        ] {
            let (indian, western) = (q(indian), q(western));
            assert_eq!(indian.value, western.value, "{}", indian.text);
            assert_eq!(indian.interval, western.interval, "{}", indian.text);
        }
        // Only the pattern: twos between a first group of one or two and a last of three.
        for wrong in ["1,4,2300", "123,45,678", "1,42,30", "1,42,3000", "12,3,456"] {
            assert!(
                err(wrong)
                    .message
                    .ends_with("has a misplaced thousands separator"),
                "{wrong}"
            );
        }
        assert_eq!(err("1,4,2300").help, "write 142,300 or 142300");
    }

    #[test]
    fn error_misplaced_separator() {
        let e = err("1234,567");
        assert_eq!(e.message, "`1234,567` has a misplaced thousands separator");
        assert_eq!(e.help, "write 1,234,567 or 1234567");
        assert_eq!(e.span, 0..8);
        assert_eq!(at("more than 12,34,5678%"), "12,34,5678");
        assert_eq!(err(",793").help, "write 793");
        assert_eq!(err("7,,993").help, "write 7,993 or 7993");
        assert_eq!(err("7993,").help, "write 7,993 or 7993");
        assert_eq!(err("-79,93.5").help, "write -7,993.5 or -7993.5");
        assert_eq!(err("01,234").help, "write 1,234 or 1234");
        assert!(err("1,2,3").message.contains("misplaced"));
    }

    const POINT: &str =
        ": the decimal mark is a point, and a comma only separates groups of three digits";

    #[test]
    fn error_decimal_comma_suggests_the_decimal_point() {
        let e = err("3,5 %");
        assert_eq!(
            e.message,
            "`3,5 %` looks like a figure with a decimal comma"
        );
        assert_eq!(e.help, format!("write 3.5%{POINT}"));
        assert_eq!(e.span, 0..5);
        let e = err("1,5");
        assert_eq!((e.span, e.help), (0..3, format!("write 1.5{POINT}")));
        assert_eq!(err("3,5%").help, format!("write 3.5%{POINT}"));
        assert_eq!(err("3,5 percent").help, format!("write 3.5%{POINT}"));
        assert_eq!(at("more than 79,93%"), "79,93%");
        assert_eq!(err("79,93").help, format!("write 79.93{POINT}"));
        assert_eq!(err("7,9930").help, format!("write 7.9930{POINT}"));
        assert_eq!(err("-0,25").help, format!("write -0.25{POINT}"));
        // After a leading zero three digits are decimals too: no grouped number begins
        // with a zero.
        assert_eq!(err("0,500").help, format!("write 0.500{POINT}"));
        assert_eq!(err("00,500").help, format!("write 0.500{POINT}"));
        assert_eq!(
            err("1234,5").help,
            format!("write 1,234.5 or 1234.5{POINT}")
        );
        assert_eq!(
            err("12,34 Million").help,
            format!("write 12.34 million{POINT}")
        );
        assert_eq!(at("about 12,34 million people"), "12,34 million");
        let e = err("1.079.498,5");
        assert_eq!(
            e.message,
            "`1.079.498,5` looks like a figure with a decimal comma and points between thousands"
        );
        assert_eq!(e.help, format!("write 1,079,498.5 or 1079498.5{POINT}"));
        assert_eq!(
            err("1.234,567").help,
            format!("write 1,234.567 or 1234.567{POINT}")
        );
        // Three digits after the comma are thousands, and stay readable.
        assert_eq!(q("7,993").value, d("7993"));
        assert_eq!(err("00,5").help, format!("write 0.5{POINT}"));
        // Neither reading is sure: no help joins the digits.
        assert!(
            err("1.23,5")
                .message
                .contains("comma after the decimal point")
        );
    }

    #[test]
    fn error_unknown_qualifier() {
        let e = err("roughly about 40");
        assert_eq!(e.message, "unknown qualifier `roughly about`");
        assert_eq!(e.span, 0..13);
        assert!(e.help.starts_with("accepted qualifiers: more than, over"));
        assert!(e.help.contains("approximately"));
        assert_eq!(at("  Roughly 40"), "Roughly");
        assert_eq!(err("than more 5").message, "unknown qualifier `than more`");
    }

    #[test]
    fn error_not_a_number() {
        let e = err("lots");
        assert_eq!(e.message, "`lots` is not a number");
        assert_eq!(e.span, 0..4);
        assert_eq!(e.help, NUMBER_HELP);
        assert_eq!(at("about a lot"), "a lot");
        let e = err(" more than ");
        assert_eq!(e.message, "`more than` is not followed by a number");
        assert_eq!(e.span, 1..10);
        assert_eq!(err("many people").message, "`many people` is not a number");
    }

    #[test]
    fn error_decimal_points() {
        let e = err("17.");
        assert_eq!(e.message, "`17.` ends with a decimal point");
        assert_eq!(e.help, "write 17");
        let e = err(".5");
        assert_eq!(e.message, "`.5` has no digit before the decimal point");
        assert_eq!(
            e.help,
            "write 0.5: a figure the article writes `.5` is stated by it"
        );
        assert!(err("-.5").help.starts_with("write -0.5:"));
        // The percent sign written onto it is in the message, the span and the help.
        let e = err("about .5%");
        assert_eq!(e.message, "`.5%` has no digit before the decimal point");
        assert_eq!(e.span, 6..9);
        assert!(e.help.starts_with("write 0.5%:"), "{}", e.help);
        let e = err("1.2.3");
        assert_eq!(e.message, "`1.2.3` has more than one decimal point");
        assert!(e.help.starts_with("use commas for thousands"), "{}", e.help);
        // Found from outside: points between thousands, as German, Spanish and Italian
        // write them, are told as commas.
        for (value, help) in [
            ("1.230.000", "write 1,230,000:"),
            ("-12.345.678", "write -12,345,678:"),
        ] {
            let e = err(value);
            assert!(e.help.starts_with(help), "{value}: {}", e.help);
        }
        // And a scale in another language after a point before three digits is told both
        // readings, the thousands first (`6.600 milioni` is 6,600 million).
        assert!(
            err("6.600 milioni")
                .help
                .starts_with("write 6,600 million if the dot groups thousands"),
            "{}",
            err("6.600 milioni").help
        );
        assert_eq!(err("1.5 milioni").help, "write 1.5 million");
        assert!(
            err("€ 6.600 milioni")
                .help
                .starts_with("write `value: 6,600 million` and `unit: euro`"),
            "{}",
            err("€ 6.600 milioni").help
        );
        let e = err("1.23,5");
        assert_eq!(e.message, "`1.23,5` has a comma after the decimal point");
        assert_eq!(
            e.help,
            "commas separate thousands only, before the one decimal point, e.g. 1,234.5"
        );
    }

    #[test]
    fn error_leading_zero() {
        let e = err("007");
        assert_eq!(e.message, "`007` has a leading zero");
        assert_eq!(e.help, "write 7");
        assert_eq!(err("00.5").help, "write 0.5");
        assert_eq!(err("01,234").help, "write 1,234 or 1234");
    }

    #[test]
    fn error_figures_written_as_chinese_japanese_and_korean_write_them() {
        for (written, message, help) in [
            (
                "4.5亿",
                "`4.5亿` multiplies its figure by `亿`, a hundred million",
                "write 450 million",
            ),
            (
                "4.5억",
                "`4.5억` multiplies its figure by `억`, a hundred million",
                "write 450 million",
            ),
            (
                "551万",
                "`551万` multiplies its figure by `万`, ten thousand",
                "write 5.51 million",
            ),
            (
                "3万",
                "`3万` multiplies its figure by `万`, ten thousand",
                "write 30,000",
            ),
            (
                "1,200億",
                "`1,200億` multiplies its figure by `億`, a hundred million",
                "write 120 billion",
            ),
            (
                "2조",
                "`2조` multiplies its figure by `조`, a million million",
                "write 2 trillion",
            ),
            (
                "５５１",
                "`５５１` is written in full-width digits",
                "write 551",
            ),
            (
                "１．５",
                "`１．５` is written in full-width digits",
                "write 1.5",
            ),
        ] {
            let e = err(written);
            assert_eq!(e.message, message, "{written}");
            assert_eq!(e.help, help, "{written}");
            assert_eq!(e.span, 0..written.len(), "{written}");
        }
        // A sign before: the help keeps it.
        assert_eq!(err("-3万").help, "write -30,000");
        // The rest of the value is written as it was: its percent sign, qualifier, scale.
        assert_eq!(err("１７%").help, "write 17%");
        assert_eq!(err("about １７").help, "write about 17");
        // Not a figure with a unit after it.
        assert_eq!(err("3万人").message, "unexpected character `万` in `3万人`");
    }

    #[test]
    fn a_figure_in_the_digits_of_another_script_is_told_in_ascii_digits() {
        for (written, figure, help) in [
            ("૧૭", "૧૭", "write 17"),
            ("١٢٫٥", "١٢٫٥", "write 12.5"),
            ("१,४२,३००", "१,४२,३००", "write 1,42,300"),
            ("-৫", "৫", "write -5"),
            ("more than ๑๐", "๑๐", "write more than 10"),
            ("૧૭.૫%", "૧૭.૫", "write 17.5%"),
            ("٣٫٥٪", "٣٫٥", "write 3.5%"),
            ("٣٫٥ ٪", "٣٫٥", "write 3.5% without a space"),
            ("૧૭ million", "૧૭", "write 17 million"),
            // The help the value in ASCII digits gets in turn: a scale of another language,
            // a myriad.
            ("२ लाख", "२", "write 2 lakh"),
            ("๑๗万", "๑๗", "write 170,000"),
        ] {
            let e = err(written);
            assert_eq!(
                e.message,
                format!("`{figure}` is written in digits other than 0-9"),
                "{written}"
            );
            assert_eq!(e.help, help, "{written}");
            assert_eq!(&written[e.span.clone()], figure, "{written}");
        }
    }

    #[test]
    fn a_value_in_other_digits_whose_rest_does_not_read_is_told_so_whole() {
        // Not the figure alone, which would drop the qualifier or the range's other end.
        for (written, ascii) in [("१२ से अधिक", "12 से अधिक"), ("૧૭–૧૮", "17–18")]
        {
            let e = err(written);
            assert!(
                e.help.starts_with(&format!(
                    "write the digits 0-9 (`{ascii}`), which does not read either: "
                )),
                "{written}: {}",
                e.help
            );
        }
    }

    #[test]
    fn error_characters_and_signs() {
        let e = err("12a");
        assert_eq!(e.message, "unexpected character `a` in `12a`");
        assert_eq!(e.span, 2..3);
        assert_eq!(at("about 1e6"), "e");
        let e = err("+5");
        assert_eq!(e.message, "`+` is not needed before a figure");
        assert_eq!((e.span, e.help), (0..1, "write 5".to_string()));
        assert_eq!(err("+3 million").help, "write 3 million");
        assert_eq!(err("+1.2%").help, "write 1.2%");
        assert_eq!(err("more than +40").help, "write more than 40");
        let e = err("\u{2212}5");
        assert_eq!(e.span, 0..3);
        assert_eq!(e.help, "write -5");
        let e = err("-");
        assert_eq!(e.message, "`-` has no digits");
        assert_eq!(err("--5").span, 1..2);
        // Non-ASCII digits are pointed at on char boundaries: full-width ones as the
        // whole figure they write, which the help writes in ASCII.
        assert_eq!(at("１２"), "１２");
        assert_eq!(at("1٢"), "٢");
        let s = "5%%";
        assert_eq!(at(s), "%");
    }

    #[test]
    fn error_range_and_abbreviations() {
        let e = err("10-15");
        assert_eq!(e.message, "`10-15` looks like a range, not one figure");
        assert_eq!(
            e.help,
            "write one figure with a qualifier, e.g. at least 10 or up to 15"
        );
        let e = err("3.29m");
        assert_eq!(e.message, "`3.29m` uses an abbreviated scale");
        assert_eq!(e.help, "write the scale word out: 3.29 million");
        assert_eq!(err("5bn").help, "write the scale word out: 5 billion");
        assert_eq!(err("5bln").help, "write the scale word out: 5 billion");
        assert_eq!(err("12K").help, "write the scale word out: 12 thousand");
        assert_eq!(err("420Mio.").help, "write the scale word out: 420 million");
        // A scale word joined by a hyphen is one figure, not a range.
        let e = err("565-tisíc");
        assert_eq!(
            e.message,
            "`565-tisíc` joins a scale word to its figure with a hyphen"
        );
        assert_eq!(e.help, "write 565 thousand");
        assert_eq!(err("4.5-million").help, "write 4.5 million");
        assert_eq!(err("2-miliardy").help, "write 2 billion");
        assert_eq!(err("30-tis.").help, "write 30 thousand");
        // A word that is no figure after the hyphen is no range's end either.
        let e = err("10-krát");
        assert_eq!(
            e.message,
            "`10-krát` joins the word `krát` to its figure with a hyphen"
        );
        assert_eq!(
            e.help,
            "write the figure alone, 10, and say what `krát` means in `metric:` or `unit:` (a \
             multiplier, \"10 times\", is no range)"
        );
        assert!(
            err("2.5-fold")
                .help
                .starts_with("write the figure alone, 2.5,")
        );
        assert!(
            err("-3-krát")
                .help
                .starts_with("write the figure alone, -3,")
        );
        // A range stays one, and so does a second figure written with a word after it.
        assert!(err("10-15").help.contains("at least 10 or up to 15"));
        assert!(
            err("10-15krát")
                .help
                .contains("at least 10 or up to 15krát")
        );
    }

    #[test]
    fn a_figure_written_with_its_currency_is_told_the_value_and_the_unit() {
        for (value, at, message, help) in [
            (
                "3.2 M€",
                "M€",
                "`M€` is a scale and a currency sign",
                "`value: 3.2 million` and `unit: euro`",
            ),
            (
                "3,2 M€",
                "M€",
                "`M€` is a scale and a currency sign",
                "`value: 3.2 million` and `unit: euro`",
            ),
            (
                "3,2 Md€",
                "Md€",
                "`Md€` is a scale and a currency sign",
                "`value: 3.2 billion` and `unit: euro`",
            ),
            (
                "450 k$",
                "k$",
                "`k$` is a scale and a currency sign",
                "`value: 450 thousand` and `unit: dollar` or `unit: peso`",
            ),
            (
                "1,2 G$",
                "G$",
                "`G$` is a scale and a currency sign",
                "`value: 1.2 billion` and `unit: dollar` or `unit: peso`",
            ),
            (
                "€3.2m",
                "€",
                "`€` is a currency",
                "`value: 3.2 million` and `unit: euro`",
            ),
            (
                "$5bn",
                "$",
                "`$` is a currency",
                "`value: 5 billion` and `unit: dollar` or `unit: peso`",
            ),
            (
                "€ 3.2 million",
                "€",
                "`€` is a currency",
                "`value: 3.2 million` and `unit: euro`",
            ),
            (
                "US$ 12 million",
                "US$",
                "`US$` is a currency",
                "`value: 12 million` and `unit: US dollar`",
            ),
            (
                "about £38m",
                "£",
                "`£` is a currency",
                "`value: about 38 million` and `unit: pound`",
            ),
            (
                "3.2 million €",
                "€",
                "`€` is a currency",
                "`value: 3.2 million` and `unit: euro`",
            ),
            (
                "1.234,5 €",
                "€",
                "`€` is a currency",
                "`value: 1,234.5` and `unit: euro`",
            ),
            (
                "EUR 80",
                "EUR",
                "`EUR` is a currency",
                "`value: 80` and `unit: euro`",
            ),
            (
                "12 USD",
                "USD",
                "`USD` is a currency",
                "`value: 12` and `unit: dollar`",
            ),
            (
                "¥300",
                "¥",
                "`¥` is a currency",
                "`value: 300` and `unit: yen` or `unit: yuan`",
            ),
            // The signs a quote's currency is read with are a value's too: a sign that
            // ends another is told apart from it, and signs written in letters are read.
            (
                "3 R$",
                "R$",
                "`R$` is a currency",
                "`value: 3` and `unit: Brazilian real`",
            ),
            (
                "HK$ 1.2 billion",
                "HK$",
                "`HK$` is a currency",
                "`value: 1.2 billion` and `unit: Hong Kong dollar`",
            ),
            (
                "Rs. 500",
                "Rs.",
                "`Rs.` is a currency",
                "`value: 500` and `unit: rupee`",
            ),
            (
                "500 zł",
                "zł",
                "`zł` is a currency",
                "`value: 500` and `unit: zloty`",
            ),
            (
                "₦5bn",
                "₦",
                "`₦` is a currency",
                "`value: 5 billion` and `unit: naira`",
            ),
            (
                "99¢",
                "¢",
                "`¢` is a currency",
                "`value: 99` and `unit: cent`",
            ),
            // A currency named in letters after the figure, in English or another
            // language, the figure read as its own error's help writes it.
            (
                "3.2 million Euro",
                "Euro",
                "`Euro` names a currency",
                "`value: 3.2 million` and `unit: euro`",
            ),
            (
                "1,2 Mrd. Euro",
                "Euro",
                "`Euro` names a currency",
                "`value: 1.2 billion` and `unit: euro`",
            ),
            (
                "5 million US dollars",
                "US dollars",
                "`US dollars` names a currency",
                "`value: 5 million` and `unit: dollar`",
            ),
            (
                "about 300 reais",
                "reais",
                "`reais` names a currency",
                "`value: about 300` and `unit: Brazilian real`",
            ),
        ] {
            let e = err(value);
            assert_eq!(
                (at_of(value, &e), e.message.as_str()),
                (at, message),
                "{value}"
            );
            assert_eq!(
                e.help,
                format!(
                    "write {help}: a value is the figure alone, and its currency the claim's unit"
                ),
                "{value}"
            );
        }
        // Found from outside: a claim that writes its unit is told to keep it (following
        // `unit: EUR` beside another claim's `unit: euro` made two units of one currency).
        let e = err("EUR 6.6 billion").for_a_claim_in(Some("euro"));
        assert_eq!(
            e.help,
            "write `value: 6.6 billion`: a value is the figure alone, and its currency is the \
             claim's `unit: euro`"
        );
        let e = err("3.2 million Euro").for_a_claim_in(Some("Euro"));
        assert!(
            e.help.starts_with("write `value: 3.2 million`:"),
            "{}",
            e.help
        );
        // A claim in another currency or in none is told the unit its value writes, and
        // that the claim's is not it.
        assert_eq!(
            err("RM150 juta").for_a_claim_in(Some("rumah")).help,
            "write `value: 150 million` and `unit: ringgit`: a value is the figure alone, and \
             its currency, the ringgit, is not the claim's `unit: rumah`"
        );
        assert_eq!(
            err("$5 million").for_a_claim_in(Some("euro")).help,
            "write `value: 5 million` and `unit: dollar` or `unit: peso`: a value is the figure \
             alone, and its currency, the dollar or the peso, is not the claim's `unit: euro`"
        );
        assert_eq!(
            err("3.2 million Euro").for_a_claim_in(Some("dollar")).help,
            "write `value: 3.2 million` and `unit: euro`: a value is the figure alone, and its \
             currency, the euro, is not the claim's `unit: dollar`"
        );
        assert!(
            err("RM150 juta")
                .for_a_claim_in(Some("MYR"))
                .help
                .ends_with("its currency is the claim's `unit: MYR`")
        );
        // Found from outside: the Galician million was told `value: 1.5`, a million times
        // too small; the scale is kept.
        assert!(
            err("1,5 millóns de euros")
                .for_a_claim_in(Some("euro"))
                .help
                .starts_with("write `value: 1.5 million`:"),
            "{}",
            err("1,5 millóns de euros").help
        );
        // Without a unit, or where the figure reads two ways, the help stands.
        assert_eq!(
            err("EUR 6.6 billion").for_a_claim_in(None).help,
            err("EUR 6.6 billion").help
        );
        assert_eq!(
            err("650.000 €").for_a_claim_in(Some("euro")).help,
            err("650.000 €").help
        );
        // Found from outside: `650.000 €` was told `value: 650.000`, which reads as 650,
        // where the article wrote 650,000. A dot before three digits reads either way.
        for (value, both) in [
            (
                "650.000 €",
                "`value: 650,000` and `unit: euro` if the dot groups thousands",
            ),
            (
                "€ 1.200",
                "`value: 1,200` and `unit: euro` if the dot groups thousands",
            ),
            (
                "about 12.500 €",
                "`value: about 12,500` and `unit: euro` if the dot groups",
            ),
        ] {
            let help = err(value).help;
            assert!(
                help.starts_with(&format!("write {both}")),
                "{value}: {help}"
            );
        }
        assert!(
            err("650.000 €")
                .help
                .contains("(`value: 650.000` if it is a decimal point)")
        );
        for value in ["6.5 €", "1234.567 €", "1.2345 €", "1.200,5 €", "0.500 €"] {
            let help = err(value).help;
            assert!(!help.contains("groups thousands"), "{value}: {help}");
        }
        // A word after a figure that names no currency, or a name after no figure, is no
        // currency.
        assert_eq!(
            err("3.2 million people").message,
            "unexpected `people` after the number"
        );
        assert_eq!(err("Euro").message, "`Euro` is not a number");
        // A currency beside a figure that does not read: the unit still, and the figure
        // alone; beside no figure, no currency is read.
        assert_eq!(err("€ lots").message, "`€ lots` is not a number");
        assert_eq!(
            err("€3 lots").help,
            "write the figure alone in `value:`, and its currency as `unit: euro`"
        );
    }

    #[test]
    fn words_that_are_no_currency_keep_their_own_help() {
        // A scale abbreviated in capitals is no currency's code, nor is a month's name.
        assert_eq!(err("3 MRD").help, "write 3 billion");
        assert_eq!(err("3 mars").help, FOLLOW_HELP);
        assert_eq!(err("3 Mars").help, FOLLOW_HELP);
        assert_eq!(err("12 people").help, FOLLOW_HELP);
        // Three capitals alone are no figure with a currency.
        assert_eq!(err("ABC").message, "`ABC` is not a number");
    }

    #[test]
    fn signs_on_signs_are_read_once_and_end() {
        // Found by fuzzing: the help of a figure read without its sign was read again as a
        // figure with one, without end, until the stack ran out.
        for value in [
            "+$$$;$$$$$$",
            "$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$",
            "€$£¥€$£¥ 3",
            "3 $€$€$€$€",
        ] {
            assert!(Quantity::parse(value).is_err(), "{value}");
        }
        // One sign still says what to write.
        assert_eq!(
            err("$3bn").help,
            "write `value: 3 billion` and `unit: dollar` or `unit: peso`: a value is the figure \
             alone, and its currency the claim's unit"
        );
    }

    /// The text under an error's span.
    fn at_of<'a>(value: &'a str, e: &QuantityError) -> &'a str {
        &value[e.span.clone()]
    }

    #[test]
    fn a_scale_abbreviated_or_in_another_language_is_written_out() {
        let e = err("420 Mio.");
        assert_eq!(e.message, "`Mio.` is not a scale word claimcheck reads");
        assert_eq!((e.span, e.help.as_str()), (4..8, "write 420 million"));
        for (value, help) in [
            ("1.2 Mrd.", "write 1.2 billion"),
            ("3 Mia.", "write 3 billion"),
            ("12 Tsd.", "write 12 thousand"),
            ("420 mil", "write 420 thousand"),
            // With its point, the Czech, Slovak, Serbo-Croatian, Slovenian and Macedonian
            // million; in Cyrillic, the Serbian, Macedonian and Bulgarian one.
            ("300 mil.", "write 300 million"),
            ("300mil.", "write the scale word out: 300 million"),
            ("900 мил.", "write 900 million"),
            ("7 mln", "write 7 million"),
            ("2 mld", "write 2 billion"),
            ("5 bn", "write 5 billion"),
            ("12 k", "write 12 thousand"),
            ("3 Milliarden", "write 3 billion"),
            ("118 milhões", "write 118 million"),
            ("about 40 Mio.", "write 40 million"),
            // The scale words of every language the citation checks read figures in.
            ("2 млн", "write 2 million"),
            ("3 bin", "write 3 thousand"),
            ("4 juta", "write 4 million"),
            ("5 miljoen", "write 5 million"),
            // India's, in English as the value writes them.
            ("2 लाख", "write 2 lakh"),
            ("625.3 करोड़", "write 625.3 crore"),
            ("625.3 करो\u{95c}", "write 625.3 crore"),
            ("12 কোটি", "write 12 crore"),
            ("5 لاکھ", "write 5 lakh"),
            ("7.36 लाख करोड़", "write 7.36 lakh crore"),
            // A scale of two words is told whole, not by its first (`mil`, a thousand).
            ("3 mil millones", "write 3 billion"),
            ("3 mil millóns", "write 3 billion"),
            ("3 mil milhões", "write 3 billion"),
            ("3 millóns", "write 3 million"),
            ("3 mil personas", "write 3 thousand"),
        ] {
            assert_eq!(err(value).help, help, "{value}");
        }
        // With a decimal comma, as the same languages write it: both rewritten at once.
        for (value, help) in [
            ("1,5 Mio.", "write 1.5 million:"),
            ("4,2 Milliarden", "write 4.2 billion:"),
            ("1,5 млрд", "write 1.5 billion:"),
            ("13,5 milyon", "write 13.5 million:"),
            ("2,5 مليار", "write 2.5 billion:"),
            ("1,5 δισ.", "write 1.5 billion:"),
            ("1,5 millóns", "write 1.5 million:"),
            ("1,5 mil millones", "write 1.5 billion:"),
            ("1,5 mil millóns", "write 1.5 billion:"),
            ("1,5 mil personas", "write 1.5 thousand:"),
        ] {
            assert!(
                err(value).help.starts_with(help),
                "{value}: {}",
                err(value).help
            );
        }
        // Grouped by spaces too: the scale is kept, in English; not a letter that may be a
        // unit.
        assert!(
            err("1 314,6 тыс.")
                .help
                .ends_with("write 1,314.6 thousand or 1314.6 thousand"),
            "{}",
            err("1 314,6 тыс.").help
        );
        assert!(err("1 314 m").help.ends_with("write 1,314 or 1314"));
        assert_eq!(
            err("420 m").help,
            "write 420 million; a unit, such as metres, is written in `unit:`"
        );
        assert_eq!(err("420 Mi").help, "write 420 million");
        // A word that is none keeps the list of words a figure may be followed by.
        assert_eq!(err("420 Stück").help, FOLLOW_HELP);
    }

    #[test]
    fn error_words_after_number() {
        let e = err("40 people");
        assert_eq!(e.message, "unexpected `people` after the number");
        assert_eq!(e.span, 3..9);
        assert_eq!(e.help, FOLLOW_HELP);
        let e = err("10 000");
        assert_eq!(e.message, "`000` looks like part of the number");
        assert_eq!(
            e.help,
            "thousands separators are commas, not spaces: write 10,000 or 10000"
        );
        assert_eq!(e.span, 3..6);
        let e = err("0.85 %");
        assert_eq!(e.message, "`%` is separated from the number");
        assert_eq!(e.help, "write 0.85% without a space");
        let e = err("40 per cent");
        assert_eq!(e.message, "`per cent` is not read");
        assert_eq!(e.span, 3..11);
        let e = err("5 or more");
        assert_eq!(e.message, "`or more` after the number is not read");
        assert_eq!(
            e.help,
            "put the qualifier before the number: write at least 5"
        );
        assert_eq!(
            err("5 or fewer").help,
            "put the qualifier before the number: write at most 5"
        );
        assert_eq!(at("3 millions"), "millions");
    }

    #[test]
    fn error_compound_words_and_stray_digits() {
        let e = err("one hundred");
        assert_eq!(e.message, "unexpected `hundred` after the number");
        assert_eq!(e.help, "write compound numbers in digits, e.g. 21 or 300");
        assert_eq!(at("twenty one"), "one");
        let e = err("1 5");
        assert_eq!(e.message, "unexpected `5` after the number");
        // Thousands grouped by spaces, with a decimal comma or point at the end.
        for (written, part, help) in [
            ("1 234", "234", "write 1,234 or 1234"),
            ("1 234 567", "234 567", "write 1,234,567 or 1234567"),
            ("1 234,5", "234,5", "write 1,234.5 or 1234.5"),
            (
                "12 345 678,25",
                "345 678,25",
                "write 12,345,678.25 or 12345678.25",
            ),
            ("1 234.5", "234.5", "write 1,234.5 or 1234.5"),
        ] {
            let e = err(written);
            assert_eq!(e.message, format!("`{part}` looks like part of the number"));
            assert!(e.help.ends_with(help), "{written}: {}", e.help);
            assert_eq!(
                e.help.contains("decimal mark"),
                written.contains(','),
                "{written}"
            );
        }
        // Where spaces group the thousands, a comma is the decimal mark.
        assert!(
            err("12 345,678")
                .help
                .ends_with("write 12,345.678 or 12345.678")
        );
        assert!(
            err("1 234 million")
                .help
                .ends_with("write 1,234 million or 1234 million")
        );
        assert!(err("-1 234,5").help.ends_with("write -1,234.5 or -1234.5"));
        assert!(err("1 234,5%").help.ends_with("write 1,234.5% or 1234.5%"));
        assert!(err("1 234,5 %").help.ends_with("write 1,234.5% or 1234.5%"));
    }

    #[test]
    fn error_scale_and_percent_mixed() {
        assert_eq!(
            err("5% million").message,
            "`million` cannot follow a percentage"
        );
        assert_eq!(
            err("3 million percent").message,
            "`percent` cannot follow a scale word"
        );
        assert_eq!(
            err("3 million%").message,
            "`million%` mixes a scale word and a percent sign"
        );
        assert_eq!(
            err("5% percent").message,
            "`percent` repeats the percent sign"
        );
        assert_eq!(
            err("3 thousand million").message,
            "`million` is a second scale word"
        );
        assert_eq!(at("3 thousand million"), "million");
    }

    #[test]
    fn error_number_words() {
        let e = err("twenty-one");
        assert_eq!(
            e.message,
            "`twenty-one` is not one of the number words this checker reads"
        );
        assert_eq!(e.help, "write it in digits: 21");
        let e = err("about dozen");
        assert_eq!(e.message, "`dozen` needs an `a` before it");
        assert_eq!(e.span, 6..11);
        assert_eq!(at("nine nine"), "nine");
    }

    #[test]
    fn error_too_many_digits() {
        let e = err("123456789012345678901234567890");
        assert!(e.message.contains("too many digits"), "{}", e.message);
        let e = err("0.0000000000000000000000000001");
        assert!(
            e.message.contains("has 28 decimal places, more than"),
            "{}",
            e.message
        );
        let e = err("at least 79,228,162,514,264,337,593,543,951 thousand");
        assert!(e.message.contains("too large"), "{}", e.message);
        assert_eq!(e.span, 9..e.span.end);
        assert!(
            err("80 octillion")
                .message
                .contains("unexpected `octillion`")
        );
        // Representable, but not its rounding bounds: rounded outward, two such
        // figures that disagree would overlap and pass (found from outside).
        for figure in [
            "79,228,162,514,264,337,593,543,950 thousand",
            "9,000,000,000,000,000,000,000,000,001",
            "79228162514264337593543950335",
            "more than 79228162514264337593543950333",
        ] {
            let e = err(figure);
            assert!(
                e.message
                    .contains("too many digits for its rounding to be checked exactly"),
                "{figure}: {}",
                e.message
            );
        }
        // 28 digits whose bounds fit are read exactly.
        let y = q("7,000,000,000,000,000,000,000,000,001");
        assert_eq!(
            (y.interval.lower, y.interval.upper),
            (
                Bound::Inclusive(d("7000000000000000000000000000.5")),
                Bound::Exclusive(d("7000000000000000000000000001.5"))
            )
        );
        // the largest figures that fit still parse
        assert!(Quantity::parse("79,228,162,514,264,337,593,543").is_ok());
        assert!(Quantity::parse("0.000000000000000000000000001").is_ok());
    }

    #[test]
    fn error_display_and_spans_are_relative_to_given_text() {
        let e = err("   7993,");
        assert_eq!(e.span, 3..8);
        assert_eq!(e.to_string(), e.message);
        let boxed: Box<dyn std::error::Error> = Box::new(e);
        assert!(boxed.to_string().contains("misplaced"));
    }

    #[test]
    fn hand_built_quantity_with_an_unrepresentable_step_is_no_exact_count() {
        let mut x = q("17");
        x.decimals = 99;
        assert_eq!(x.step(), None);
        assert!(!x.is_exact_count());
    }

    // --- properties -----------------------------------------------------------

    /// A decimal `m / 10^dec` with its text and the text with separators.
    fn render(m: u64, dec: u32, neg: bool, sep: bool) -> (Decimal, String) {
        let v = Decimal::from_i128_with_scale(i128::from(m), dec);
        let v = if neg { -v } else { v };
        let s = v.to_string();
        (v, if sep { with_separators(&s) } else { s })
    }

    fn token_soup() -> impl Strategy<Value = String> {
        let tokens = vec![
            "more",
            "than",
            "at",
            "least",
            "-",
            "1",
            "12",
            ",",
            "000",
            ".",
            "5",
            "%",
            "million",
            "a",
            "dozen",
            "twenty-one",
            "é",
            "\u{2212}",
            " ",
            "  ",
            "percent",
            "0",
            "three",
            "per",
            "cent",
            "or",
            "k",
            "e",
            "１",
            "\t",
            "about",
            "roughly",
        ];
        prop::collection::vec(prop::sample::select(tokens), 0..10).prop_map(|v| v.concat())
    }

    fn check_parse_result(s: &str) {
        match Quantity::parse(s) {
            Ok(x) => {
                assert!(x.text.get(x.number_range()).is_some());
                assert!(!x.interval.is_empty(), "{s:?}");
            }
            Err(e) => {
                let spanned = s.get(e.span.clone());
                assert!(spanned.is_some(), "{s:?} {e:?}");
                assert!(!e.message.is_empty() && !e.help.is_empty());
                // The span is exactly the first thing the message quotes.
                let quoted = e.message.split('`').nth(1);
                if !s.contains('`') && e.message != "empty value" {
                    assert_eq!(spanned, quoted, "{s:?} {e:?}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn prop_parse_render_roundtrip(
            m in 0u64..1_000_000_000_000_000,
            dec in 0u32..8,
            neg in any::<bool>(),
            sep in any::<bool>(),
            scale in 0usize..5,
            percent in any::<bool>(),
        ) {
            let (lit, text) = render(m, dec, neg, sep);
            let (text, expected) = if scale > 0 {
                let (word, e) = SCALE_WORDS[scale - 1];
                let mult = power_of_ten(e).unwrap();
                (format!("{text} {word}"), lit * mult)
            } else if percent {
                (format!("{text}%"), lit)
            } else {
                (text, lit)
            };
            let x = Quantity::parse(&text).unwrap();
            prop_assert_eq!(x.value, expected);
            prop_assert!(x.interval.contains(expected));
            prop_assert_eq!(x.decimals, dec);
            prop_assert_eq!(x.is_percent, percent && scale == 0);
            prop_assert_eq!(x.qualifier, Qualifier::Exact);
            // property 2: the width is one unit of the last digit
            let step = x.step().unwrap();
            prop_assert_eq!(step, Decimal::new(1, dec) * x.multiplier().unwrap());
            prop_assert_eq!(x.interval.width(), Some(step));
        }

        #[test]
        fn prop_qualified_contains_or_excludes(m in 1u64..1_000_000_000, dec in 0u32..4) {
            let (v, s) = render(m, dec, false, true);
            for (qual, inside) in [
                ("more than", false),
                ("at least", true),
                ("nearly", false),
                ("about", true),
                ("up to", true),
                ("under", false),
            ] {
                let text = format!("{qual} {s}");
                prop_assert_eq!(q(&text).interval.contains(v), inside, "{}", text);
            }
        }

        #[test]
        fn prop_parse_never_panics_any_string(s in any::<String>()) {
            check_parse_result(&s);
        }

        #[test]
        fn prop_parse_never_panics_printable(s in "\\PC{0,30}") {
            check_parse_result(&s);
        }

        #[test]
        fn prop_parse_never_panics_token_soup(s in token_soup()) {
            check_parse_result(&s);
        }
    }
}
