//! The units Chinese, Japanese and Korean write onto a figure: `1200万美元`, `30公里`,
//! `1200万円`, `1200만 달러`, and the currencies they write before it (`人民币1200万`,
//! `港幣1200萬元`). The rest of CC205 reads the words after a figure, and a sentence of these
//! scripts is one word to its end; here the unit is the word the figure's characters run
//! into, read from a table of the words for the common units ([`crate::quantity::COMMON_MONEY`],
//! [`crate::quantity::COMMON_MEASURES`]).
//!
//! Only the common units are read, and of their words only those that after a figure say
//! nothing else: not `升` (a litre, but also "rose": `从49.1升至50.8`), not `米` alone (a
//! metre, but also America and rice: `2024米大統領選`), not `桶` (a barrel, or a bucket).
//! Counters (`个`, `人`, `块`, `명`) are not units a claim can be checked against, and
//! times (`年`, `月`, `日`) write dates as often as durations: after either the check says
//! nothing, as before.

use std::ops::Range;

use super::super::numbers::is_hangul;

/// The words for the common units, each with the unit it names: the first name of the
/// unit's group, or a name within it for a kind (`美元` is the US dollar, which states
/// `dollar`; `ドル` and `달러` are any dollar). A word naming no unit (`None`) is a longer
/// word that starts like one and is something else (`元素`, an element; `克拉`, carats).
const WORDS: &[(&str, Option<&str>)] = &[
    // Chinese, simplified and traditional. `元` is the yuan, and the dollar of Hong Kong,
    // Taiwan and Singapore where they write it ([`LOCAL_DOLLARS_WRITTEN_YUAN`]).
    ("元", Some("yuan")),
    ("人民币", Some("yuan")),
    ("人民幣", Some("yuan")),
    ("元素", None),
    ("元旦", None),
    ("美元", Some("US dollar")),
    ("美金", Some("US dollar")),
    ("日元", Some("yen")),
    ("日圆", Some("yen")),
    ("日圓", Some("yen")),
    ("日币", Some("yen")),
    ("日幣", Some("yen")),
    ("欧元", Some("euro")),
    ("歐元", Some("euro")),
    ("英镑", Some("pound")),
    ("英鎊", Some("pound")),
    ("港元", Some("Hong Kong dollar")),
    ("港币", Some("Hong Kong dollar")),
    ("港幣", Some("Hong Kong dollar")),
    ("澳元", Some("Australian dollar")),
    ("澳币", Some("Australian dollar")),
    ("澳幣", Some("Australian dollar")),
    ("澳大利亚元", Some("Australian dollar")),
    ("澳大利亞元", Some("Australian dollar")),
    ("加元", Some("Canadian dollar")),
    ("加币", Some("Canadian dollar")),
    ("加幣", Some("Canadian dollar")),
    ("加拿大元", Some("Canadian dollar")),
    ("新西兰元", Some("New Zealand dollar")),
    ("紐西蘭元", Some("New Zealand dollar")),
    ("新台币", Some("New Taiwan dollar")),
    ("新台幣", Some("New Taiwan dollar")),
    ("新臺幣", Some("New Taiwan dollar")),
    ("台币", Some("New Taiwan dollar")),
    ("台幣", Some("New Taiwan dollar")),
    ("新加坡元", Some("Singapore dollar")),
    ("新元", Some("Singapore dollar")),
    ("新币", Some("Singapore dollar")),
    ("新幣", Some("Singapore dollar")),
    ("韩元", Some("won")),
    ("韓元", Some("won")),
    ("韩币", Some("won")),
    ("韓幣", Some("won")),
    ("卢布", Some("ruble")),
    ("盧布", Some("ruble")),
    ("卢比", Some("rupee")),
    ("盧比", Some("rupee")),
    ("印度卢比", Some("rupee")),
    ("印度盧比", Some("rupee")),
    ("瑞士法郎", Some("franc")),
    ("瑞郎", Some("franc")),
    ("法郎", Some("franc")),
    ("泰铢", Some("baht")),
    ("泰銖", Some("baht")),
    ("林吉特", Some("ringgit")),
    ("印尼盾", Some("rupiah")),
    ("兰特", Some("rand")),
    ("蘭特", Some("rand")),
    ("雷亚尔", Some("Brazilian real")),
    ("雷亞爾", Some("Brazilian real")),
    ("里拉", Some("lira")),
    ("比索", Some("peso")),
    ("菲律宾比索", Some("Philippine peso")),
    ("菲律賓比索", Some("Philippine peso")),
    ("公里", Some("kilometre")),
    ("千米", Some("kilometre")),
    ("平方公里", Some("square kilometre")),
    ("平方千米", Some("square kilometre")),
    ("平方米", Some("square metre")),
    ("平方公尺", Some("square metre")),
    ("平方英里", Some("square mile")),
    ("公顷", Some("hectare")),
    ("公頃", Some("hectare")),
    ("亩", Some("mu")),
    ("畝", Some("mu")),
    ("英亩", Some("acre")),
    ("英畝", Some("acre")),
    ("公尺", Some("metre")),
    ("英里", Some("mile")),
    ("英尺", Some("foot")),
    ("英呎", Some("foot")),
    ("吨", Some("tonne")),
    ("噸", Some("tonne")),
    ("公吨", Some("tonne")),
    ("公噸", Some("tonne")),
    ("千克", Some("kilogram")),
    ("公斤", Some("kilogram")),
    ("克", Some("gram")),
    ("公克", Some("gram")),
    ("克拉", None),
    // The crown is written `克朗` in Sweden, Denmark and Norway alike: named alone, it is none
    // of them in particular.
    ("克朗", None),
    ("瑞典克朗", Some("Swedish krona")),
    ("丹麦克朗", Some("Danish krone")),
    ("丹麥克朗", Some("Danish krone")),
    ("挪威克朗", Some("Norwegian krone")),
    ("克罗地亚", None),
    ("克羅地亞", None),
    ("磅", Some("lb")),
    ("盎司", Some("ounce")),
    ("公升", Some("litre")),
    ("加仑", Some("gallon")),
    ("加侖", Some("gallon")),
    ("千瓦时", Some("kilowatt-hour")),
    ("千瓦時", Some("kilowatt-hour")),
    ("千瓦", Some("kilowatt")),
    ("兆瓦", Some("megawatt")),
    ("吉瓦", Some("gigawatt")),
    // Japanese.
    ("円", Some("yen")),
    ("ドル", Some("dollar")),
    ("米ドル", Some("US dollar")),
    ("香港ドル", Some("Hong Kong dollar")),
    ("豪ドル", Some("Australian dollar")),
    ("カナダドル", Some("Canadian dollar")),
    ("台湾ドル", Some("New Taiwan dollar")),
    ("シンガポールドル", Some("Singapore dollar")),
    ("人民元", Some("yuan")),
    ("ユーロ", Some("euro")),
    ("ポンド", Some("pound")),
    ("ウォン", Some("won")),
    ("ルーブル", Some("ruble")),
    ("ルピー", Some("rupee")),
    ("スイスフラン", Some("franc")),
    ("キロメートル", Some("kilometre")),
    ("平方キロメートル", Some("square kilometre")),
    ("平方メートル", Some("square metre")),
    ("メートル", Some("metre")),
    ("ヘクタール", Some("hectare")),
    ("トン", Some("tonne")),
    ("キログラム", Some("kilogram")),
    ("グラム", Some("gram")),
    ("マイル", Some("mile")),
    ("リットル", Some("litre")),
    ("バレル", Some("barrel")),
    ("キロワット", Some("kilowatt")),
    ("メガワット", Some("megawatt")),
    // Korean, whose words end at a particle, an ending or a space ([`ends_a_korean_word`]).
    ("원", Some("won")),
    ("달러", Some("dollar")),
    ("미국 달러", Some("US dollar")),
    ("호주달러", Some("Australian dollar")),
    ("홍콩달러", Some("Hong Kong dollar")),
    ("엔", Some("yen")),
    ("위안", Some("yuan")),
    ("유로", Some("euro")),
    ("파운드", Some("pound")),
    ("루블", Some("ruble")),
    ("루피", Some("rupee")),
    ("킬로미터", Some("kilometre")),
    ("제곱킬로미터", Some("square kilometre")),
    ("제곱미터", Some("square metre")),
    ("미터", Some("metre")),
    ("헥타르", Some("hectare")),
    ("톤", Some("tonne")),
    ("킬로그램", Some("kilogram")),
    ("그램", Some("gram")),
    ("마일", Some("mile")),
    ("리터", Some("litre")),
    ("배럴", Some("barrel")),
    ("메가와트", Some("megawatt")),
];

/// The dollars that Hong Kong, Taiwan and Singapore write `元` (`港府撥款1200萬元`): `元`
/// states a claim in one of them as it states one in yuan. A claim in plain `dollar` is
/// not stated by it: that is the US dollar's name first.
pub(super) const LOCAL_DOLLARS_WRITTEN_YUAN: &[&str] =
    &["Hong Kong dollar", "New Taiwan dollar", "Singapore dollar"];

/// What may stand between a figure and its unit: the multipliers of a figure read without
/// them (`1200` of `1200万元`), the words that make it approximate (`1200多万元`, `300余吨`),
/// and spaces (Korean writes `1200만 달러`).
const BETWEEN: &[char] = &[
    '十', '百', '千', '万', '萬', '亿', '億', '兆', '多', '余', '餘', '几', '幾', '来', '來', '만',
    '억', '천', '백', '조', '여', ' ', '\u{a0}', '\u{3000}',
];

/// The most characters read between a figure and its unit: `1200多万` is two.
const MOST_BETWEEN: usize = 3;

/// What joins the two figures of a range (`1200万至1500万美元`, `10~20만 원`): the unit after
/// the second is the first's too.
const RANGE_JOINERS: &[&str] = &["至", "到", "~", "～", "〜", "-", "–", "—"];

/// What makes the unit after a figure part of a rate: written before the figure (`时速350公里`,
/// `每秒45米`, `人均1.2万元`, `시속 300킬로미터`) or after the unit (`3000元/吨`, `5元每斤`).
const RATE_BEFORE: &[&str] = &[
    "时速",
    "時速",
    "秒速",
    "分速",
    "시속",
    "초속",
    "每小时",
    "每小時",
    "每秒",
    "每分钟",
    "每分鐘",
    "每天",
    "每日",
    "每年",
    "每月",
    "每人",
    "每户",
    "每戶",
    "每吨",
    "每噸",
    "每公斤",
    "人均",
    "户均",
    "戶均",
    "平均每",
];
const RATE_AFTER: &[&str] = &["/", "／", "每", "당"];

/// The endings other than particles that a Korean unit may run into (`원대`, `원가량`,
/// `원짜리`, `달러어치`, `달러화`), read as its particles are (`원을`, `원이었다`, `원에는`, see
/// [`crate::korean`]): a unit of Hangul is one only before them or another script, as `원`
/// starts `원칙` (principle) and `엔` `엔진` (engine).
const KOREAN_UNIT_ENDINGS: &[&str] = &["어치", "가량", "짜리", "정도", "대", "화"];

/// A unit written onto a figure: where the word stands, the common unit it names, and whether
/// it is part of a rate (then it states a claim whose unit is a rate of it, and no other is
/// judged by it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Written {
    pub span: Range<usize>,
    pub named: &'static str,
    pub word: &'static str,
    pub rate: bool,
}

/// The unit written onto the figure at `figure` in `quote`: the longest word of the table at
/// the figure's end, or after what may stand between ([`BETWEEN`]) or after the second
/// figure of a range; else a currency written just before the figure (`人民币1200万`). A
/// currency before the figure names it where the word after it is a currency too
/// (`港幣1200萬元` is Hong Kong dollars).
pub(super) fn unit_written(quote: &str, figure: Range<usize>) -> Option<Written> {
    let after = unit_after(quote, figure.end);
    let before = currency_before(quote, figure.start);
    let written = match (before, after) {
        (Some((at, (word, named))), None) => Written {
            span: at.start..figure.end,
            named,
            word,
            rate: false,
        },
        (Some((at, (word, named))), Some(after)) if super::is_money(after.named) => Written {
            span: at.start..after.span.end,
            named,
            word,
            rate: after.rate,
        },
        (_, Some(after)) => Written {
            span: figure.start..after.span.end,
            ..after
        },
        (None, None) => return None,
    };
    // Read only where a unit is written: most figures have none.
    let before_it = quote[..written.span.start].trim_end();
    let rate = written.rate || RATE_BEFORE.iter().any(|word| before_it.ends_with(word));
    Some(Written { rate, ..written })
}

/// The unit written after the figure that ends at `figure_end`.
fn unit_after(quote: &str, figure_end: usize) -> Option<Written> {
    let mut at = figure_end;
    let mut read = 0;
    let mut ranged = false;
    while read <= MOST_BETWEEN {
        let rest = &quote[at..];
        // Every word starts outside ASCII: a figure followed by a letter, a digit or
        // punctuation is not looked up (but for the joiners of a range, of which `~` and `-`
        // are ASCII: asked by their first byte before any joiner is compared).
        let first = rest.as_bytes().first()?;
        if first.is_ascii() && !matches!(first, b' ' | b'~' | b'-') {
            return None;
        }
        if let Some(joiner) = RANGE_JOINERS
            .iter()
            .find(|joiner| rest.starts_with(**joiner))
            && !ranged
        {
            let second = &rest[joiner.len()..];
            let digits = second
                .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',')))
                .unwrap_or(second.len());
            if digits == 0 {
                return None;
            }
            at += joiner.len() + digits;
            ranged = true;
            continue;
        }
        if rest.is_empty() || rest.as_bytes()[0].is_ascii() && !rest.starts_with(' ') {
            return None;
        }
        if let Some((word, named)) = longest_word_at(rest) {
            let named = named?;
            let after = &rest[word.len()..];
            let whole = if is_hangul_word(word) {
                word.chars()
                    .next_back()
                    .is_some_and(|last| ends_a_korean_word(last, after))
            } else {
                !ends_in_katakana(word) || !after.starts_with(is_katakana)
            };
            return whole.then(|| Written {
                span: at..at + word.len(),
                named,
                word,
                rate: RATE_AFTER.iter().any(|joiner| after.starts_with(joiner)),
            });
        }
        let between = rest.chars().next().filter(|c| BETWEEN.contains(c))?;
        at += between.len_utf8();
        read += 1;
    }
    None
}

/// A currency written just before the figure at `figure_start` (joined, or after a space):
/// where its word stands, the word, and the currency it names.
fn currency_before(
    quote: &str,
    figure_start: usize,
) -> Option<(Range<usize>, (&'static str, &'static str))> {
    let before = &quote[..figure_start];
    let before = before
        .strip_suffix([' ', '\u{a0}', '\u{3000}'])
        .unwrap_or(before);
    // Every word ends outside ASCII.
    if before.as_bytes().last().is_none_or(u8::is_ascii) {
        return None;
    }
    WORDS
        .iter()
        // A currency's name, not `元` alone, which writes it after the figure: before one it
        // is a word's last character (`公元2020年`, the year 2020).
        .filter(|(word, named)| {
            word.chars().nth(1).is_some()
                && before.ends_with(word)
                && named.is_some_and(super::is_money)
        })
        .max_by_key(|(word, _)| word.len())
        .and_then(|&(word, named)| {
            let start = before.len() - word.len();
            Some((start..start + word.len(), (word, named?)))
        })
}

/// The unit a word of the table names, when a claim's `unit:` is written in one of these
/// scripts (`元`, `公里`).
pub(super) fn unit_named(word: &str) -> Option<&'static str> {
    // Every word of the table starts outside ASCII, and most units asked about are English.
    if word.as_bytes().first().is_none_or(u8::is_ascii) {
        return None;
    }
    WORDS
        .iter()
        .find(|(written, _)| *written == word)
        .and_then(|(_, named)| *named)
}

/// The longest word of the table that `text` starts with.
fn longest_word_at(text: &str) -> Option<(&'static str, Option<&'static str>)> {
    // Every word starts outside ASCII: most text after a figure is looked up no further.
    if text.as_bytes().first().is_none_or(u8::is_ascii) {
        return None;
    }
    WORDS
        .iter()
        .filter(|(word, _)| text.starts_with(word))
        .max_by_key(|(word, _)| word.len())
        .copied()
}

fn is_hangul_word(word: &str) -> bool {
    word.chars().all(|c| is_hangul(c) || c == ' ')
}

/// Whether `c` is a letter of katakana: not the middle dot `・` between words, nor `゠`.
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30a1}'..='\u{30fa}' | '\u{30fc}'..='\u{30ff}' | '\u{ff66}'..='\u{ff9f}')
}

/// Whether `word` ends in katakana, which writes one word to its last katakana: `トン` is a
/// tonne, `トンネル` a tunnel.
fn ends_in_katakana(word: &str) -> bool {
    word.chars().next_back().is_some_and(is_katakana)
}

/// Whether a Korean word that ends in `last` ends where `rest` starts: at anything but
/// another Hangul syllable, or at particles and endings ([`KOREAN_UNIT_ENDINGS`]) that do.
fn ends_a_korean_word(last: char, rest: &str) -> bool {
    !rest.starts_with(is_hangul)
        || crate::korean::only_particles_follow(last, rest, KOREAN_UNIT_ENDINGS)
}

#[cfg(test)]
mod tests {
    use super::{RANGE_JOINERS, WORDS, unit_named, unit_written};

    /// The readers skip text by its first byte: a word must not start in ASCII, nor a range's
    /// joiner but `~` and `-`, or it would never be read.
    #[test]
    fn words_and_joiners_start_where_the_readers_look() {
        for (word, _) in WORDS {
            assert!(!word.as_bytes()[0].is_ascii(), "{word} starts in ASCII");
        }
        for joiner in RANGE_JOINERS {
            let first = joiner.as_bytes()[0];
            assert!(
                !first.is_ascii() || matches!(first, b'~' | b'-'),
                "{joiner}"
            );
        }
    }

    /// The unit written onto `figure` where it first stands in `quote`: the unit named, what
    /// the quote says (the figure with its words), and whether it is a rate's.
    fn written(quote: &str, figure: &str) -> Read {
        let Some(at) = quote.find(figure) else {
            panic!("{figure} is not in {quote}");
        };
        unit_written(quote, at..at + figure.len())
            .map(|written| (written.named, quote[written.span].to_string(), written.rate))
    }

    /// The unit named, what the quote says (the figure with its words), and whether it is a
    /// rate's.
    type Read = Option<(&'static str, String, bool)>;

    fn unit(named: &'static str, says: &str) -> Read {
        Some((named, says.to_string(), false))
    }

    /// Asserts what [`written`] reads for each (quote, figure, expected).
    fn assert_read(cases: &[(&str, &str, Read)]) {
        for (quote, figure, expected) in cases {
            assert_eq!(&written(quote, figure), expected, "{quote}");
        }
    }

    #[test]
    fn the_longest_word_after_the_figure_names_its_unit() {
        let cases = [
            (
                "拨款1200万美元用于学校",
                "1200万",
                unit("US dollar", "1200万美元"),
            ),
            ("拨款1200万元用于学校", "1200万", unit("yuan", "1200万元")),
            ("拨款1200万日元", "1200万", unit("yen", "1200万日元")),
            (
                "政府は1200万円を用意した",
                "1200万",
                unit("yen", "1200万円"),
            ),
            (
                "政府は1200万ドルを支出",
                "1200万",
                unit("dollar", "1200万ドル"),
            ),
            (
                "拨款1.2亿港元。",
                "1.2亿",
                unit("Hong Kong dollar", "1.2亿港元"),
            ),
            ("修路30公里", "30", unit("kilometre", "30公里")),
            ("面积3千米", "3", unit("kilometre", "3千米")),
            ("面积3平方公里", "3", unit("square kilometre", "3平方公里")),
            ("体重200磅", "200", unit("lb", "200磅")),
            (
                "50亿瑞典克朗",
                "50亿",
                unit("Swedish krona", "50亿瑞典克朗"),
            ),
            // The middle dot between katakana words ends the word before it.
            (
                "1200万ドル・約18億円",
                "1200万",
                unit("dollar", "1200万ドル"),
            ),
        ];
        assert_read(&cases);
    }

    #[test]
    fn multipliers_approximations_spaces_and_ranges_may_stand_between() {
        let cases = [
            ("拨款1200万元", "1200", unit("yuan", "1200万元")),
            ("拨款1200多万元", "1200", unit("yuan", "1200多万元")),
            ("产量300余吨", "300", unit("tonne", "300余吨")),
            (
                "예산 1200만 달러를 지원했다",
                "1200만",
                unit("dollar", "1200만 달러"),
            ),
            ("예산 1200만원을 지원했다", "1200", unit("won", "1200만원")),
            (
                "拨款1200万　美元",
                "1200万",
                unit("US dollar", "1200万　美元"),
            ),
            (
                "投资1200万至1500万美元",
                "1200万",
                unit("US dollar", "1200万至1500万美元"),
            ),
            ("长度为30-50公里", "30", unit("kilometre", "30-50公里")),
            ("10~20만 원의 지원금", "10", unit("won", "10~20만 원")),
            ("拨款1200多多多多元", "1200", None),
        ];
        assert_read(&cases);
    }

    #[test]
    fn a_currency_written_before_the_figure_names_it() {
        let cases = [
            (
                "该县拨款人民币1200万。",
                "1200万",
                unit("yuan", "人民币1200万"),
            ),
            (
                "该县拨款美元1200万",
                "1200万",
                unit("US dollar", "美元1200万"),
            ),
            (
                "港府撥款港幣1200萬元",
                "1200萬",
                unit("Hong Kong dollar", "港幣1200萬元"),
            ),
            (
                "行政院核定新台幣1200萬元",
                "1200萬",
                unit("New Taiwan dollar", "新台幣1200萬元"),
            ),
            // `元` alone writes a currency after its figure; before one it ends a word.
            ("公元2020年", "2020", None),
        ];
        assert_read(&cases);
    }

    #[test]
    fn a_unit_in_a_rate_is_told() {
        let rate = |named, says: &str| Some((named, says.to_string(), true));
        let cases = [
            ("高铁列车时速350公里", "350", rate("kilometre", "350公里")),
            ("每秒45公尺", "45", rate("metre", "45公尺")),
            ("粮价为3000元/吨", "3000", rate("yuan", "3000元")),
            ("金价2000美元/盎司", "2000", rate("US dollar", "2000美元")),
            ("人均1.2万元", "1.2万", rate("yuan", "1.2万元")),
            (
                "열차는 시속 300킬로미터로",
                "300",
                rate("kilometre", "300킬로미터"),
            ),
        ];
        assert_read(&cases);
    }

    #[test]
    fn a_word_that_only_starts_like_a_unit_is_none() {
        let cases = [
            ("3元素", "3"),
            ("3克拉钻石", "3"),
            ("50亿克朗投资", "50亿"),
            ("2021元旦", "2021"),
            ("从49.1升至50.8", "49.1"),
            ("【2024米大統領選】", "2024"),
            ("新東名の第2トンネルで", "2"),
            ("3 원칙", "3"),
            ("1200만 원칙", "1200만"),
            ("3 엔진", "3"),
            ("1200万人", "1200万"),
            ("2020年", "2020"),
            ("1200 yuan", "1200"),
            ("1200", "1200"),
        ];
        for (quote, figure) in cases {
            assert_eq!(written(quote, figure), None, "{quote}");
        }
    }

    #[test]
    fn a_korean_unit_ends_at_its_particles_and_endings() {
        for quote in [
            "3원이다",
            "1200만 원이었다",
            "1조 원대 투자",
            "1200만 원가량을",
            "1200만 원짜리 시계",
            "1200만 원에는",
            "50만 원밖에",
            "1200만 원.",
        ] {
            assert!(
                written(quote, quote.split(['원', ' ']).next().unwrap_or(quote)).is_some(),
                "{quote}"
            );
        }
        // A particle in the form of another sound makes another word: the won takes
        // `으로`, and `원로` is an elder.
        assert_eq!(written("1200만 원로", "1200만"), None);
        assert_eq!(
            written("1200만 달러어치를 수입", "1200만"),
            unit("dollar", "1200만 달러")
        );
        assert_eq!(
            written("500억 위안화를 투입", "500억"),
            unit("yuan", "500억 위안")
        );
    }

    #[test]
    fn every_unit_named_is_a_common_one() {
        for (word, named) in WORDS {
            if let Some(named) = named {
                assert!(
                    !super::super::same_unit_names(named).is_empty(),
                    "{word} names {named}, which is no common unit"
                );
            }
        }
        assert_eq!(unit_named("元"), Some("yuan"));
        assert_eq!(unit_named("元素"), None);
        assert_eq!(unit_named("yuan"), None);
    }
}
