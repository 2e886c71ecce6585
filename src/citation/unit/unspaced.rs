//! The units Chinese, Japanese and Korean write onto a figure: `1200万美元`, `30公里`,
//! `1200万円`, `1200만 달러`. The rest of CC205 reads the words after a figure, and a
//! sentence of these scripts is one word to its end; here the unit is the word the figure's
//! characters run into, read from a table of the words for the common units
//! ([`super::COMMON_MONEY`], [`super::COMMON_MEASURES`]).
//!
//! Only the common units are read: they are what a claim in another unit is most often
//! mistaken for (a sum in dollars encoded as yuan), and each has a word that says nothing
//! else after a figure. Counters (`个`, `人`, `块`, `명`) are not units a claim can be
//! checked against, and times (`年`, `月`, `日`) write dates as often as durations: after
//! either the check says nothing, as before.

use std::ops::Range;

/// The words for the common units, each with the unit it names: the first name of the
/// unit's group, or a name within it for a kind (`美元` is the US dollar, which states
/// `dollar`; `ドル` and `달러` are any dollar). A word naming no unit (`None`) is a longer
/// word that starts like one and is something else (`元素`, an element; `克拉`, carats).
const WORDS: &[(&str, Option<&str>)] = &[
    // Chinese, simplified and traditional.
    ("元", Some("yuan")),
    ("人民币", Some("yuan")),
    ("人民幣", Some("yuan")),
    ("元素", None),
    ("美元", Some("US dollar")),
    ("美金", Some("US dollar")),
    ("日元", Some("yen")),
    ("日圆", Some("yen")),
    ("日圓", Some("yen")),
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
    ("加元", Some("Canadian dollar")),
    ("加币", Some("Canadian dollar")),
    ("加幣", Some("Canadian dollar")),
    ("新台币", Some("New Taiwan dollar")),
    ("新台幣", Some("New Taiwan dollar")),
    ("新臺幣", Some("New Taiwan dollar")),
    ("台币", Some("New Taiwan dollar")),
    ("台幣", Some("New Taiwan dollar")),
    ("新加坡元", Some("Singapore dollar")),
    ("新元", Some("Singapore dollar")),
    ("新币", Some("Singapore dollar")),
    ("韩元", Some("won")),
    ("韓元", Some("won")),
    ("卢布", Some("ruble")),
    ("盧布", Some("ruble")),
    ("卢比", Some("rupee")),
    ("盧比", Some("rupee")),
    ("瑞士法郎", Some("franc")),
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
    ("公里", Some("kilometre")),
    ("千米", Some("kilometre")),
    ("公里/小时", Some("kilometre per hour")),
    ("公里每小时", Some("kilometre per hour")),
    ("平方公里", Some("square kilometre")),
    ("平方千米", Some("square kilometre")),
    ("平方米", Some("square metre")),
    ("平方英里", Some("square mile")),
    ("公顷", Some("hectare")),
    ("公頃", Some("hectare")),
    ("亩", Some("mu")),
    ("畝", Some("mu")),
    ("英亩", Some("acre")),
    ("英畝", Some("acre")),
    ("米", Some("metre")),
    ("米/秒", Some("metre per second")),
    ("英里", Some("mile")),
    ("英尺", Some("foot")),
    ("吨", Some("tonne")),
    ("噸", Some("tonne")),
    ("公吨", Some("tonne")),
    ("公噸", Some("tonne")),
    ("千克", Some("kilogram")),
    ("公斤", Some("kilogram")),
    ("克", Some("gram")),
    ("克拉", None),
    ("盎司", Some("ounce")),
    ("升", Some("litre")),
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
    ("人民元", Some("yuan")),
    ("ユーロ", Some("euro")),
    ("ポンド", Some("pound")),
    ("ウォン", Some("won")),
    ("ルーブル", Some("ruble")),
    ("ルピー", Some("rupee")),
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
    // Korean, whose words end at a particle or a space.
    ("원", Some("won")),
    ("달러", Some("dollar")),
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
];

/// What may stand between a figure and its unit: the multipliers of a figure read without
/// them (`1200` of `1200万元`), the words that make it approximate (`1200多万元`, `300余吨`,
/// `1200여만 원`), and spaces (Korean writes `1200만 달러`).
const BETWEEN: &[char] = &[
    '十', '百', '千', '万', '萬', '亿', '億', '兆', '多', '余', '餘', '几', '幾', '来', '來', '만',
    '억', '천', '백', '조', '여', ' ', '\u{a0}',
];

/// The most characters read between a figure and its unit: `1200多万` is two.
const MOST_BETWEEN: usize = 3;

/// The particles that may follow a Korean word onto the unit (`원을`, `달러를`, `톤의`): a
/// unit of Hangul is a unit only before one of them or another script, as `원` starts
/// `원칙` (principle).
const KOREAN_PARTICLES: &[&str] = &[
    "으로",
    "에서",
    "까지",
    "부터",
    "이나",
    "어치",
    "이다",
    "이며",
    "입니다",
    "을",
    "를",
    "이",
    "가",
    "은",
    "는",
    "의",
    "에",
    "로",
    "과",
    "와",
    "도",
    "씩",
    "만",
];

/// The unit written onto the figure that ends at `figure_end` in `quote`, as its span and
/// the common unit it names: the longest word of the table at the figure's end or after
/// what may stand between ([`BETWEEN`]).
pub(super) fn unit_after(quote: &str, figure_end: usize) -> Option<(Range<usize>, &'static str)> {
    let mut at = figure_end;
    for _ in 0..=MOST_BETWEEN {
        let rest = &quote[at..];
        // Every word starts outside ASCII: a figure followed by a letter, a digit or
        // punctuation is not looked up.
        if rest.is_empty() || rest.as_bytes()[0].is_ascii() && !rest.starts_with(' ') {
            return None;
        }
        if let Some((word, named)) = longest_word_at(rest) {
            let named = named?;
            return (!is_hangul_word(word) || ends_a_korean_word(&rest[word.len()..]))
                .then_some((at..at + word.len(), named));
        }
        let between = rest.chars().next().filter(|c| BETWEEN.contains(c))?;
        at += between.len_utf8();
    }
    None
}

/// The unit a word of the table names, when a claim's `unit:` is written in one of these
/// scripts (`元`, `公里`).
pub(super) fn unit_named(word: &str) -> Option<&'static str> {
    WORDS
        .iter()
        .find(|(written, _)| *written == word)
        .and_then(|(_, named)| *named)
}

/// The longest word of the table that `text` starts with.
fn longest_word_at(text: &str) -> Option<(&'static str, Option<&'static str>)> {
    WORDS
        .iter()
        .filter(|(word, _)| text.starts_with(word))
        .max_by_key(|(word, _)| word.len())
        .copied()
}

fn is_hangul_word(word: &str) -> bool {
    word.chars().all(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c))
}

/// Whether a Korean word ends where `rest` starts: at a particle, or at anything but
/// another Hangul syllable.
fn ends_a_korean_word(rest: &str) -> bool {
    !rest
        .chars()
        .next()
        .is_some_and(|c| is_hangul_word(c.encode_utf8(&mut [0; 4])))
        || KOREAN_PARTICLES.iter().any(|particle| {
            rest.strip_prefix(particle).is_some_and(|after| {
                !after.starts_with(|c: char| ('\u{ac00}'..='\u{d7a3}').contains(&c))
            })
        })
}

#[cfg(test)]
mod tests {
    use super::{WORDS, unit_after, unit_named};

    fn named(quote: &str, figure: &str) -> Option<(&'static str, String)> {
        let Some(at) = quote.find(figure) else {
            panic!("{figure} is not in {quote}");
        };
        let end = at + figure.len();
        unit_after(quote, end).map(|(span, named)| (named, quote[span].to_string()))
    }

    #[test]
    fn the_longest_word_after_the_figure_names_its_unit() {
        assert_eq!(
            named("拨款1200万美元用于学校", "1200万"),
            Some(("US dollar", "美元".into()))
        );
        assert_eq!(
            named("拨款1200万元用于学校", "1200万"),
            Some(("yuan", "元".into()))
        );
        assert_eq!(
            named("拨款1200万日元", "1200万"),
            Some(("yen", "日元".into()))
        );
        assert_eq!(
            named("政府は1200万円を用意した", "1200万"),
            Some(("yen", "円".into()))
        );
        assert_eq!(
            named("政府は1200万ドルを支出", "1200万"),
            Some(("dollar", "ドル".into()))
        );
        assert_eq!(
            named("拨款1.2亿港元。", "1.2亿"),
            Some(("Hong Kong dollar", "港元".into()))
        );
        assert_eq!(
            named("修路30公里", "30"),
            Some(("kilometre", "公里".into()))
        );
        assert_eq!(
            named("面积3千米", "3"),
            Some(("kilometre", "千米".into())),
            "千米 before 千"
        );
        assert_eq!(
            named("面积3平方公里", "3"),
            Some(("square kilometre", "平方公里".into()))
        );
        assert_eq!(
            named("时速80公里/小时", "80"),
            Some(("kilometre per hour", "公里/小时".into()))
        );
    }

    #[test]
    fn multipliers_approximations_and_spaces_may_stand_between() {
        assert_eq!(named("拨款1200万元", "1200"), Some(("yuan", "元".into())));
        assert_eq!(named("拨款1200多万元", "1200"), Some(("yuan", "元".into())));
        assert_eq!(named("产量300余吨", "300"), Some(("tonne", "吨".into())));
        assert_eq!(
            named("예산 1200만 달러를 지원했다", "1200만"),
            Some(("dollar", "달러".into()))
        );
        assert_eq!(
            named("예산 1200만원을 지원했다", "1200"),
            Some(("won", "원".into()))
        );
        assert_eq!(
            named("拨款1200多多多多元", "1200"),
            None,
            "read only a few characters on"
        );
    }

    #[test]
    fn a_word_that_only_starts_like_a_unit_is_none() {
        assert_eq!(named("3元素", "3"), None);
        assert_eq!(named("3克拉钻石", "3"), None);
        assert_eq!(named("3 원칙", "3"), None, "원 starts 원칙, a principle");
        assert_eq!(named("1200만 원칙", "1200만"), None);
        assert_eq!(named("3원이다", "3"), Some(("won", "원".into())));
        assert_eq!(named("1200万人", "1200万"), None, "a counter is no unit");
        assert_eq!(named("2020年", "2020"), None, "nor a year");
        assert_eq!(
            named("1200 yuan", "1200"),
            None,
            "another script's words are read elsewhere"
        );
        assert_eq!(named("1200", "1200"), None);
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
