//! Figures written in Chinese and Japanese numerals, for [`super::numbers::find_numbers`]:
//! `六十六` (66), `三千万` (30,000,000), `两百` (200), `一千零八` (1008), `二〇二〇年` (the
//! year 2020), `百分之八十` (80%), `一点五万` (15,000), and digits before a multiplier,
//! `3千万`, `5百`, `1.2万亿`, `300多万`.
//!
//! The characters of numerals are also the characters of words and names: 四川 (Sichuan),
//! 三亚, 十堰, 六盘水, 万州, 一些, 统一, 进一步, 千方百计. Chinese puts no space between
//! words, so a run of numeral characters (the longest, never a part of one) is read as a
//! figure only when its grammar is a number's and it stands where a number does:
//!
//! 1. **Grammar.** Digits `〇零一二两三四五六七八九` (and the financial `壹贰叁肆伍陆柒捌玖`)
//!    and multipliers `十百千万亿` (`拾佰仟`) in positional order: within ten thousand,
//!    `千`, `百`, `十` in decreasing order, each after its digit (any may open the number
//!    without one: `十二`, `百二十`, `千二百`), then a units digit after `十` or `零`; above it, such a section
//!    before `万`, and a number below a hundred million before `亿` (`三万亿` is 3×10¹²).
//!    `零` marks skipped places (`一千零八`). Digits side by side are read one by one
//!    (`二〇二〇`, `一九四九`) when there are three or more: two are an approximation
//!    (`三四个`, "three or four"), as are two before a multiplier (`七八十`, "seventy or
//!    eighty"), and are not read. A point `点` before digits is a decimal point
//!    (`零点八五`). Whatever breaks the grammar leaves the whole run unread: `十十`,
//!    `千百`, `万` or `亿` without its digit (`万州`), the
//!    plan names `十四五` and `十三五`, and a units digit left after a higher place, which
//!    speech uses for short (`一万五` for 15,000) and idiom otherwise (`二百五`).
//! 2. **Place.** A number of two or more characters with a multiplier (`六十六`, `三千`,
//!    `十二`), a decimal scaled by `万` or `亿`, and a digit-by-digit number with a zero
//!    (`二〇二〇`) stand on their own. Anything else, a single numeral above all, is read only
//!    before what counts things: a classifier or a unit from a closed list (`counter_len`:
//!    `个`, `名`, `人`, `户`, `项`, `次`, `年`, `岁`, `倍`, `公里`, `吨`...; also a kind of
//!    place, `两县`, `三省`), or a percent sign.
//!    So `四川`, `三亚` and `十堰` are not figures, and `三个` and `两年` are. Left out of the
//!    list are the measure words that begin names and words more often than they count:
//!    `元` (`二元结构`, "dual structure"; `三元里`), `分` (`十分`, "very"), `台` (`五台山`,
//!    `七台河`), `门` (`三门峡`), `盘` (`六盘水`), `道` (`五道口`), `里` (`三里屯`), `头`
//!    (`两头`, "both ends"), `本` (`六本木`) and `月`, after which a numeral names a month.
//!    A financial numeral is read only in a number that stands on its own: alone it is
//!    mostly part of a word (`队伍`, a team; `大陆`, the mainland).
//!
//! What stands around a number may make it something else than a figure:
//!
//! - `第三`, `第十八` are ordinals: a number without a figure, as `third` is in English;
//! - `百分之八十` is a percentage (80%), `百分之百` 100%, `百分之80` too;
//! - `三分之一` is a fraction: not read, and its numerator with it;
//! - `十一月二十日` is a day of a month; a month (`三月`, March) or a day (`五日`) alone is
//!   not read;
//! - `三百多万` and `十余万` are "more than three million" and "more than 100,000", read as
//!   the number (3,000,000), as "more than 10,000" is; `几`, `数` and `来` make a number
//!   vague (`十几个`, `数十万`, `二十来万`) and it is not read;
//! - a number before `大` or `届` names a Party congress or a term (`十八大`, `十九届`) and
//!   is not read, nor a numeral after `初` (`初三`, a school year or a day of a lunar month);
//! - a lone `一` is not read: before a classifier it is mostly the article "a" (`一个`,
//!   `一项`), and in words it is everywhere (`一些`, `一定`, `统一`, `一带一路`), where
//!   reading it would bury an article's figures in noise. `一` in a number is read (`十一`,
//!   `一百`, `一千零八`), and after `第`, `百分之` and in a date;
//! - a single numeral with another numeral two characters away is part of an idiom or a
//!   range (`三番五次`, `三心二意`, `三至五年`), not a figure.
//!
//! - a number opening with `百` or `千` without its digit is read when digits follow in it
//!   (`千二百`, as Japanese writes 1,200), or when only `万` and `亿` do and what it counts
//!   or a currency comes next (`千亿元`, `百万人口`); `千万` alone is mostly "by all means",
//!   and `百` and `千` alone are words (`百姓`, `千方百计`).
//!
//! Japanese writes figures the same way (`三人`, `五回`, `一万円`); `千円` and `百人`, a
//! multiplier alone, are not read, as in Chinese (`千方百计`).
//!
//! Each figure is read exactly, as a [`Quantity`] from the number written out in digits.
//!
//! Cost: nothing for a text without these characters but one comparison per character of
//! more than one byte. A single numeral in a word is passed over after a look at the
//! characters beside it; a longer run is read once, its tokens on the stack, and the few
//! characters around it looked at: O(n).

use super::numbers::{
    DatePart, Language, Mention, Separators, decimal_digit, is_hangul, myriad_exponent, numeral,
    percent_sign_end, scale_by,
};
use crate::quantity::{Decimal, Quantity};

/// One character of a numeral.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    /// `〇`, `零`.
    Zero,
    /// `一` to `九`, as 1 to 9.
    Digit(u8),
    /// `两`: two, before a multiplier (`两百`) or alone (`两个`).
    Two,
    /// The power of ten a multiplier stands for: 1 `十`, 2 `百`, 3 `千`, 4 `万`, 8 `亿`.
    Multiplier(u8),
    /// `点` before digits: a decimal point.
    Point,
}

use Token::{Digit, Multiplier, Point, Two, Zero};

/// Which characters a run of numerals is made of: the common ones, the financial ones
/// (written on cheques so that no stroke turns one into another), or digits of any script
/// before common multipliers (`3千万`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Common,
    Financial,
    Mixed,
}

fn common(c: char) -> Option<Token> {
    Some(match c {
        '〇' | '零' => Zero,
        '一' => Digit(1),
        '二' => Digit(2),
        '三' => Digit(3),
        '四' => Digit(4),
        '五' => Digit(5),
        '六' => Digit(6),
        '七' => Digit(7),
        '八' => Digit(8),
        '九' => Digit(9),
        '两' | '兩' => Two,
        '十' => Multiplier(1),
        '百' => Multiplier(2),
        '千' => Multiplier(3),
        '万' | '萬' => Multiplier(4),
        '亿' | '億' => Multiplier(8),
        _ => return None,
    })
}

fn financial(c: char) -> Option<Token> {
    Some(match c {
        '零' => Zero,
        '壹' => Digit(1),
        '贰' | '貳' => Digit(2),
        '叁' | '參' => Digit(3),
        '肆' => Digit(4),
        '伍' => Digit(5),
        '陆' | '陸' => Digit(6),
        '柒' => Digit(7),
        '捌' => Digit(8),
        '玖' => Digit(9),
        '拾' => Multiplier(1),
        '佰' => Multiplier(2),
        '仟' => Multiplier(3),
        '万' | '萬' => Multiplier(4),
        '亿' | '億' => Multiplier(8),
        _ => return None,
    })
}

fn token(c: char, style: Style) -> Option<Token> {
    match style {
        Style::Common => common(c),
        Style::Financial => financial(c),
        Style::Mixed => {
            common(c).or_else(|| decimal_digit(c).map(|d| if d == 0 { Zero } else { Digit(d) }))
        }
    }
}

/// Whether `c` is a character Chinese or Japanese numerals are written with, from which
/// [`read`] reads a run. The check for every other character of a text: one comparison for
/// all that lie below the ideographs.
pub fn is_numeral(c: char) -> bool {
    u32::from(c) >= 0x3007 && (common(c).is_some() || financial(c).is_some())
}

/// Whether `c` is a common numeral: one two characters away from a single numeral makes it
/// part of an idiom or a range.
fn is_common_numeral(c: char) -> bool {
    common(c).is_some()
}

/// The units that `千` before them makes a kilo-unit (`千米`, a kilometre; `千克`, a
/// kilogram), where it is not a thousand.
fn is_kilo_unit(c: char) -> bool {
    matches!(c, '米' | '克' | '瓦' | '焦' | '卡' | '帕')
}

/// The most characters a number is written with (`九千九百九十九万...` below 10¹⁶ takes 31,
/// and digits read one by one more than a figure holds): a longer run is read as no number,
/// and its tokens are kept on the stack.
const LONGEST_RUN: usize = 40;

/// A run of numeral characters of one style from `start`, and where it ends (at `start`
/// when the first character is not one).
struct Run {
    buffer: [Token; LONGEST_RUN],
    len: usize,
    end: usize,
}

impl Run {
    /// The run's tokens; `None` for a run longer than any number is written.
    fn tokens(&self) -> Option<&[Token]> {
        self.buffer.get(..self.len)
    }
}

fn run(text: &str, start: usize, style: Style) -> Run {
    let mut buffer = [Zero; LONGEST_RUN];
    let mut len = 0;
    let mut end = start;
    let mut chars = text[start..].chars().peekable();
    let mut seen_point = false;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        // The `点` of a time (`三点钟`) or of `一点儿` ("a little") has no digit after it.
        let token = if matches!(c, '点' | '點')
            && style == Style::Common
            && !seen_point
            && len > 0
            && next
                .and_then(common)
                .is_some_and(|t| matches!(t, Zero | Digit(_)))
        {
            seen_point = true;
            Point
        } else {
            match token(c, style) {
                Some(token) => token,
                None => break,
            }
        };
        // `千米` is a kilometre.
        if token == Multiplier(3) && next.is_some_and(is_kilo_unit) {
            break;
        }
        if let Some(slot) = buffer.get_mut(len) {
            *slot = token;
        }
        len += 1;
        end += c.len_utf8();
        // A run of digits and multipliers is read from each of its digits in turn
        // ([`multiplied_digit`]), so it ends where it is known to be too long to read;
        // read to its end from each digit, `3千` written 40,000 times took minutes.
        if style == Style::Mixed && len > LONGEST_RUN {
            break;
        }
    }
    Run { buffer, len, end }
}

/// How a numeral is written, which decides where it may stand (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// A whole number in positional grammar, or a single numeral: `六十六`, `三`, `十`.
    Whole,
    /// Two or more digits read one by one: `二〇二〇`.
    Digits,
    /// A decimal, scaled by `万` or `亿` or not: `一点五万`, `零点八五`.
    Decimal { scaled: bool },
}

/// A numeral read.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Numeral {
    shape: Shape,
    /// A whole number's value: `66`; `2020` for `二〇二〇`.
    whole: Option<u64>,
    /// The figure in digits when it is not `whole`: `0.85`, `15000` for `一点五万`, `007` (a
    /// digit-by-digit number keeps its leading zeros, as `007` does in digits, and states no
    /// figure then).
    written: Option<String>,
}

impl Numeral {
    /// The figure in digits, as [`Quantity::parse`] reads it.
    fn digits(&self) -> String {
        match (&self.written, self.whole) {
            (Some(written), _) => written.clone(),
            (None, Some(whole)) => whole.to_string(),
            (None, None) => String::new(),
        }
    }
}

/// Reads a run's tokens (see the module docs); `None` when they are not a number.
fn parse(tokens: &[Token]) -> Option<Numeral> {
    if tokens.contains(&Point) {
        return decimal(tokens);
    }
    if tokens.len() >= 2 && !tokens.iter().any(|t| matches!(t, Multiplier(_))) {
        let digits = tokens
            .iter()
            .map(|t| match t {
                Zero => Some('0'),
                Digit(d) => Some(char::from(b'0' + d)),
                _ => None,
            })
            .collect::<Option<String>>()?;
        return Some(Numeral {
            shape: Shape::Digits,
            whole: digits.parse().ok(),
            written: Some(digits),
        });
    }
    let value = match tokens {
        [Zero] => 0,
        _ => whole_number(tokens)?,
    };
    Some(Numeral {
        shape: Shape::Whole,
        whole: Some(value),
        written: None,
    })
}

const TEN_THOUSAND: u64 = 10_000;
const HUNDRED_MILLION: u64 = 100_000_000;

/// A whole number in positional grammar: below 10¹⁶.
fn whole_number(tokens: &[Token]) -> Option<u64> {
    match tokens.iter().rposition(|&t| t == Multiplier(8)) {
        Some(at) => {
            let high = below_hundred_million(&tokens[..at], true)?;
            let low = remainder(&tokens[at + 1..], 8)?;
            Some(high * HUNDRED_MILLION + low)
        }
        None => below_hundred_million(tokens, true),
    }
}

/// A number from 1 to 10⁸ - 1: a section, or a section before `万` and what follows it.
/// `leading`: it opens the whole number, where `十` needs no digit.
fn below_hundred_million(tokens: &[Token], leading: bool) -> Option<u64> {
    if tokens.contains(&Multiplier(8)) {
        return None;
    }
    match tokens.iter().position(|&t| t == Multiplier(4)) {
        Some(at) => {
            let high = section(&tokens[..at], leading)?;
            let low = remainder(&tokens[at + 1..], 4)?;
            Some(high * TEN_THOUSAND + low)
        }
        None => section(tokens, leading),
    }
}

/// What follows `万` (`power` 4) or `亿` (8): nothing, or a number below it. A digit alone
/// only after `零` (`一千零八`): `一万五` is speech's short form of 15,000.
fn remainder(tokens: &[Token], power: u8) -> Option<u64> {
    let rest = match tokens {
        [] => return Some(0),
        [Zero, rest @ ..] => rest,
        _ if !tokens.iter().any(|t| matches!(t, Multiplier(_))) => return None,
        _ => tokens,
    };
    if rest.first().is_none_or(|&t| t == Zero) {
        return None;
    }
    if power == 8 {
        below_hundred_million(rest, false)
    } else {
        section(rest, false)
    }
}

/// A number from 1 to 9999: `千`, `百` and `十` in decreasing order, each after its digit,
/// then a units digit after `十` or `零`.
fn section(tokens: &[Token], leading: bool) -> Option<u64> {
    let mut value = 0;
    let mut last_power = 4;
    let mut digit = None;
    let mut zero = false;
    let mut terms = 0;
    for (index, &token) in tokens.iter().enumerate() {
        match token {
            Zero if digit.is_none() && !zero && terms > 0 => zero = true,
            Digit(_) | Two if digit.is_none() => digit = Some(token),
            Multiplier(power @ 1..=3) if power < last_power => {
                let coefficient = match digit.take() {
                    Some(Digit(d)) => u64::from(d),
                    Some(Two) if power >= 2 => 2,
                    // `十二`; and `千二百`, `百万`, read where they stand ([`bare_multiplier`]).
                    None if index == 0 && leading => 1,
                    _ => return None,
                };
                value += coefficient * 10u64.pow(u32::from(power));
                last_power = power;
                zero = false;
                terms += 1;
            }
            _ => return None,
        }
    }
    match digit {
        None if terms > 0 && !zero => Some(value),
        Some(Digit(d)) if terms == 0 || last_power == 1 || zero => Some(value + u64::from(d)),
        Some(Two) if terms == 0 => Some(2),
        _ => None,
    }
}

/// A decimal: a whole part (`零`, a digit or a section), `点`, digits, and `万`, `亿` or
/// `万亿` after them.
fn decimal(tokens: &[Token]) -> Option<Numeral> {
    let point = tokens.iter().position(|&t| t == Point)?;
    let (whole, rest) = (&tokens[..point], &tokens[point + 1..]);
    let whole = match whole {
        [Zero] => 0,
        [Two] => return None,
        _ => section(whole, true)?,
    };
    let fraction_len = rest
        .iter()
        .take_while(|t| matches!(t, Zero | Digit(_)))
        .count();
    let (fraction, scale) = rest.split_at(fraction_len);
    let exponent = match scale {
        [] => 0,
        [Multiplier(4)] => 4,
        [Multiplier(8)] => 8,
        [Multiplier(4), Multiplier(8)] => 12,
        _ => return None,
    };
    if fraction.is_empty() {
        return None;
    }
    let mut written = format!("{whole}.");
    for token in fraction {
        written.push(match token {
            Digit(d) => char::from(b'0' + d),
            _ => '0',
        });
    }
    let digits = if exponent == 0 {
        written
    } else {
        let number: Decimal = written.parse().ok()?;
        scale_by(number, exponent)?
    };
    Some(Numeral {
        shape: Shape::Decimal {
            scaled: exponent > 0,
        },
        whole: None,
        written: Some(digits),
    })
}

/// Whether a number that opens with `百` or `千` without its digit (`tokens`, before
/// `rest`) is read: when digits follow in it, as Japanese writes 1,200 (`千二百`) and
/// both languages 120 (`百二十`); or when only `万` and `亿` do and what it counts or a
/// currency comes next (`千亿元`, `百万人口`, `千万円`), since `千万` alone is mostly "by all
/// means". Alone, `百` and `千` are words (`百姓`, `千方百计`). Any other number is read.
fn bare_multiplier(tokens: &[Token], rest: &str) -> bool {
    const MONEY: &[&str] = &[
        "元",
        "円",
        "美元",
        "欧元",
        "歐元",
        "英镑",
        "英鎊",
        "港元",
        "港币",
        "港幣",
        "日元",
        "韩元",
        "韓元",
        "人民币",
        "人民幣",
        "卢布",
        "盧布",
        "ドル",
        "ユーロ",
    ];
    match tokens {
        [Multiplier(2 | 3)] => false,
        [Multiplier(2 | 3), rest_of_number @ ..] => {
            rest_of_number
                .iter()
                .any(|t| matches!(t, Digit(_) | Two | Zero))
                || counter_len(rest).is_some()
                || percent_sign_end(rest, 0).is_some()
                || MONEY.iter().any(|money| rest.starts_with(money))
        }
        _ => true,
    }
}

/// The classifiers and units after which a numeral counts things (see the module docs),
/// and the kinds of place a list of places counts (`紫云、纳雍两县`, `东三省`) but for those
/// that follow a numeral in names more often (`九州`, Kyushu; `三乡`, `三村`): the length of
/// the one `rest` starts with.
fn counter_len(rest: &str) -> Option<usize> {
    const WORDS: &[&str] = &[
        "公里", "公顷", "公頃", "公斤", "平方", "立方", "千米", "千克", "千瓦", "小时", "小時",
        "分钟", "分鐘", "世纪", "世紀", "ヶ所", "か所", "カ所", "箇所",
    ];
    if let Some(word) = WORDS.iter().find(|w| rest.starts_with(**w)) {
        return Some(word.len());
    }
    // Simplified, traditional and Japanese forms.
    const CHARACTERS: &str = "个個名人户戶家位项項座所条條次年岁歲歳块塊亩畝吨噸米倍天周批件种種类類\
        只隻辆輛架艘栋棟幢间間处處层層级級期轮輪场場部篇份套支克斤秒回枚円社校宗例起つ\
        县縣県省市区區镇鎮";
    let c = rest.chars().next()?;
    CHARACTERS.contains(c).then(|| c.len_utf8())
}

/// `多` or `余` ("more than") and the `万` or `亿` after it (`三百多万`): the length of
/// both and the power of ten.
fn approximate_myriad(rest: &str) -> Option<(usize, u32)> {
    let mut chars = rest.chars();
    // Korean writes `여` as Chinese writes `余`: `1200여만` is over twelve million.
    let more = chars
        .next()
        .filter(|c| matches!(c, '多' | '余' | '餘' | '여'))?;
    let myriad = chars.next()?;
    let power = match myriad {
        '万' | '萬' | '만' => 4,
        '亿' | '億' | '억' => 8,
        _ => return None,
    };
    Some((more.len_utf8() + myriad.len_utf8(), power))
}

/// What the run of numerals at `start` states: a figure, an ordinal, a day of a month or
/// nothing; and where scanning goes on, always after `start`. Digits after `百分之` are read
/// as in an article in `language`.
pub fn read(text: &str, start: usize, language: Language) -> (Option<Mention>, usize) {
    match alone_in_a_word(text, start) {
        Some(end) => (None, end),
        None => read_run(text, start, language),
    }
}

/// Where a single numeral at `start` ends when [`read_run`] would read it as nothing, found
/// without reading a run: most numerals in running text stand alone in words (`四川`,
/// `一些`, `统一`). A single numeral is read only after `第`, before `月`, `分之`, `多` or
/// `余`, or before what it counts, and `一` not even then.
fn alone_in_a_word(text: &str, start: usize) -> Option<usize> {
    let first = text[start..].chars().next()?;
    let after_first = &text[start + first.len_utf8()..];
    let single = !after_first.starts_with(|c| is_numeral(c) || matches!(c, '点' | '點'));
    (single
        && !text[start..].starts_with("百分之")
        && !text[..start].ends_with('第')
        && !after_first.starts_with(['月', '分', '多', '余', '餘'])
        && (first == '一'
            || (counter_len(after_first).is_none()
                && percent_sign_end(text, start + first.len_utf8()).is_none())))
    .then(|| text.len() - after_first.len())
}

/// [`read`], reading the whole run.
fn read_run(text: &str, start: usize, language: Language) -> (Option<Mention>, usize) {
    let Some(first) = text[start..].chars().next() else {
        return (None, text.len());
    };
    if text[start..].starts_with("百分之") {
        return percentage(text, start, language);
    }
    let style = if common(first).is_some() {
        Style::Common
    } else {
        Style::Financial
    };
    let run = run(text, start, style);
    let end = run.end;
    let unread = (None, end);
    let Some(tokens) = run.tokens() else {
        return unread;
    };
    if tokens.is_empty() {
        // `千` of `千米`: the unit's, not a numeral.
        return (None, start + first.len_utf8());
    }
    let Some(numeral) = parse(tokens) else {
        return unread;
    };
    let before = text[..start].chars().next_back();
    let rest = &text[end..];
    if !bare_multiplier(tokens, rest) {
        return unread;
    }
    if before == Some('第') {
        let ordinal = Mention {
            span: start - '第'.len_utf8()..end,
            figure: None,
            date: None,
            also: None,
            separators: Separators::Silent,
        };
        return match numeral.shape {
            Shape::Whole => (Some(ordinal), end),
            _ => unread,
        };
    }
    if let Some(after) = rest.strip_prefix("分之") {
        // A fraction: its numerator goes with it.
        let numerator = text.len() - after.len();
        return (None, self::run(text, numerator, style).end);
    }
    let vague_before =
        matches!(before, Some('几' | '幾' | '数' | '數')) && tokens.first() == Some(&Multiplier(1));
    if vague_before || before == Some('初') {
        return unread;
    }
    if let Some(after_month) = rest.strip_prefix('月') {
        return month_day(text, start, &numeral, text.len() - after_month.len());
    }
    let mut following = rest.chars();
    let next = following.next();
    let vague_after = matches!(next, Some('几' | '幾'))
        || (matches!(next, Some('来' | '來'))
            && matches!(following.next().and_then(common), Some(Multiplier(_))));
    if vague_after || matches!(next, Some('日' | '号' | '號' | '大' | '届' | '屆')) {
        return unread;
    }
    let ends_with_multiplier = matches!(tokens.last(), Some(Multiplier(_)));
    if let Some((length, power)) = approximate_myriad(rest) {
        let scaled = match (tokens.last(), numeral.whole) {
            (Some(&Multiplier(last)), Some(whole)) if u32::from(last) < power => {
                scale_by(Decimal::from(whole), power)
            }
            _ => None,
        };
        return match scaled {
            Some(digits) => {
                let end = end + length;
                (Some(figure(start..end, &digits, None)), end)
            }
            None => unread,
        };
    }
    let percent_end = percent_sign_end(text, end);
    let counts = percent_end.is_some()
        || counter_len(rest).is_some()
        || (ends_with_multiplier
            && rest
                .strip_prefix(['多', '余', '餘'])
                .and_then(counter_len)
                .is_some());
    let single = tokens.len() == 1;
    let stands_alone = match numeral.shape {
        Shape::Whole => !single && tokens.iter().any(|t| matches!(t, Multiplier(_))),
        Shape::Decimal { scaled } => scaled,
        Shape::Digits => tokens.len() >= 3 && tokens.contains(&Zero),
    };
    // A financial numeral alone is mostly a word: `队伍` (a team), `大陆` (the mainland).
    if style == Style::Financial && !stands_alone {
        return unread;
    }
    let read = stands_alone
        || counts
            && match numeral.shape {
                Shape::Whole => {
                    !single || (tokens[0] != Digit(1) && !beside_another_numeral(text, start, end))
                }
                Shape::Digits => tokens.len() >= 3,
                Shape::Decimal { .. } => true,
            };
    if !read {
        return unread;
    }
    let year = (numeral.shape == Shape::Digits
        && tokens.len() == 4
        && tokens[0] != Zero
        && percent_end.is_none())
    .then_some(numeral.whole)
    .flatten()
    .filter(|year| (1900..=2100).contains(year))
    .map(|year| DatePart::Year(year as i32));
    match percent_end {
        Some(end) => (
            Some(figure(start..end, &format!("{}%", numeral.digits()), None)),
            end,
        ),
        None => (Some(figure(start..end, &numeral.digits(), year)), end),
    }
}

/// A mention of the figure `digits` (English notation).
fn figure(span: std::ops::Range<usize>, digits: &str, date: Option<DatePart>) -> Mention {
    Mention {
        span,
        figure: Quantity::parse(digits).ok(),
        date,
        also: None,
        separators: Separators::Silent,
    }
}

/// Whether a numeral of one character at `start..end` has another numeral two characters
/// before or after it: an idiom (`三番五次`, `三心二意`) or a range (`三至五年`, `三、四个`).
fn beside_another_numeral(text: &str, start: usize, end: usize) -> bool {
    let two_before = text[..start].chars().rev().nth(1);
    let two_after = text[end..].chars().nth(1);
    two_before
        .into_iter()
        .chain(two_after)
        .any(is_common_numeral)
}

/// `百分之` at `start` and the number after it: a percentage (`百分之八十`, `百分之百`,
/// `百分之零点八五`, `百分之80`).
fn percentage(text: &str, start: usize, language: Language) -> (Option<Mention>, usize) {
    let after = start + "百分之".len();
    // After digits, `百分之` is a fraction's: `5百分之一` is one five-hundredth.
    let fraction = text[..start]
        .chars()
        .next_back()
        .and_then(decimal_digit)
        .is_some();
    if text[after..]
        .chars()
        .next()
        .and_then(decimal_digit)
        .is_some()
    {
        let (mention, end) = numeral(text, after, language);
        if fraction {
            return (None, end);
        }
        let percent = mention
            .figure
            .as_ref()
            .filter(|figure| !figure.is_percent && figure.exponent == 0)
            .and_then(|figure| Quantity::parse(&format!("{}%", figure.text)).ok());
        return match percent {
            Some(percent) => (
                Some(Mention {
                    span: start..end,
                    figure: Some(percent),
                    date: None,
                    also: None,
                    separators: Separators::Silent,
                }),
                end,
            ),
            None => (Some(mention), end),
        };
    }
    let run = run(text, after, Style::Common);
    if fraction {
        return (None, run.end);
    }
    let digits = match run.tokens() {
        None => return (None, run.end),
        Some([]) => return (None, after),
        Some([Multiplier(2)]) => "100".to_string(),
        Some(tokens) => match parse(tokens) {
            Some(numeral) if numeral.shape != Shape::Digits => numeral.digits(),
            _ => return (None, run.end),
        },
    };
    (
        Some(figure(start..run.end, &format!("{digits}%"), None)),
        run.end,
    )
}

/// A numeral before `月` (at `start`, the day's run at `day_start`): a day of that month
/// when a day and `日` or `号` follow (`十一月二十日`); a month alone is a name, not read.
fn month_day(
    text: &str,
    start: usize,
    month: &Numeral,
    day_start: usize,
) -> (Option<Mention>, usize) {
    let unread = (None, day_start);
    let Some(month) = month
        .whole
        .filter(|m| month.shape == Shape::Whole && (1..=12).contains(m))
    else {
        return unread;
    };
    let day_run = run(text, day_start, Style::Common);
    let day = day_run
        .tokens()
        .and_then(parse)
        .filter(|day| day.shape == Shape::Whole)
        .and_then(|day| day.whole)
        .filter(|day| (1..=31).contains(day));
    let mark = text[day_run.end..]
        .chars()
        .next()
        .filter(|c| matches!(c, '日' | '号' | '號'));
    let (Some(day), Some(mark)) = (day, mark) else {
        return unread;
    };
    let end = day_run.end + mark.len_utf8();
    (
        Some(Mention {
            span: start..end,
            figure: None,
            date: Some(DatePart::MonthDay {
                month: month as u8,
                day: day as u8,
            }),
            also: None,
            separators: Separators::Silent,
        }),
        end,
    )
}

/// After the digit 1 to 9 at `start`: the figure it makes with the Chinese multipliers
/// after it (`3千万`, `5百`, `2千3百万`), and its end.
pub fn multiplied_digit(text: &str, start: usize) -> Option<(Mention, usize)> {
    let run = run(text, start, Style::Mixed);
    let tokens = run.tokens()?;
    if !matches!(tokens, [Digit(_), Multiplier(_), ..]) {
        return None;
    }
    let numeral = parse(tokens)?;
    let whole = numeral.whole?;
    let rest = &text[run.end..];
    if rest.starts_with("分之") {
        return None;
    }
    if let Some((length, power)) = approximate_myriad(rest) {
        let &Multiplier(last) = tokens.last()? else {
            return None;
        };
        if u32::from(last) >= power {
            return None;
        }
        let end = run.end + length;
        return Some((
            figure(start..end, &scale_by(Decimal::from(whole), power)?, None),
            end,
        ));
    }
    Some(match percent_sign_end(text, run.end) {
        Some(end) => (figure(start..end, &format!("{whole}%"), None), end),
        None => (figure(start..run.end, &numeral.digits(), None), run.end),
    })
}

/// After a figure in digits read as `reading` (English notation) ending at `at`: the
/// multipliers that scale it, `万`, `亿` and `兆` and the Korean `만`, `억` and `조`
/// (`923万`, `1.2亿`, `1.2万亿`, `330만`, `2조`), after a figure below ten also `百` and `千`
/// (`2.5千万`), and `多` or `余` before `万` or `亿` (`300多万`, more than three million);
/// where they end and the figure they make, in digits.
pub fn scaled(text: &str, at: usize, reading: &str) -> Option<(usize, String)> {
    let number: Decimal = reading.replace(',', "").parse().ok()?;
    let mut end = at;
    let mut exponent = 0;
    if let Some((length, power)) = approximate_myriad(&text[at..]) {
        if !number.is_integer() {
            return None;
        }
        end += length;
        exponent = power;
    }
    // The highest multiplier so far: each after it is higher (`千万`, `万亿`).
    let mut last = exponent;
    // The Korean thousands, hundreds and tens after a digit (`2천` is 2,000, `2천3백` 2,300):
    // a figure below the myriad, which a myriad after it scales whole (`3천5백만`).
    let mut number = number;
    if exponent == 0
        && let Some((group_end, group)) = korean_below_myriad(text, at, number)
    {
        number = group;
        end = group_end;
        last = 3;
        // `3천여만` is over thirty million.
        if let Some((length, power)) = approximate_myriad(&text[end..]) {
            end += length;
            exponent = power;
            last = power;
        }
    }
    let mut chars = text[end..].chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let below_ten = number < Decimal::TEN && number > Decimal::ZERO;
        let power = match (common(c), myriad_exponent(c)) {
            (Some(Multiplier(power @ (2 | 3))), _) if last == 0 && below_ten => {
                if power == 3 && next.is_some_and(is_kilo_unit) {
                    break;
                }
                u32::from(power)
            }
            // `兆瓦` is a megawatt, `兆赫` a megahertz.
            (_, Some(12)) if c == '兆' && next.is_some_and(|n| "瓦赫帕焦字".contains(n)) => {
                break;
            }
            (_, Some(power)) if power > last => power,
            _ => break,
        };
        exponent += power;
        last = power;
        end += c.len_utf8();
    }
    // `5百分之一` is a fraction, one five-hundredth.
    if end == at || text[end..].starts_with("分之") {
        return None;
    }
    Some((end, scale_by(number, exponent)?))
}

/// The power of ten of a Korean unit below the myriad: `천` (thousand), `백` (hundred), `십`
/// (ten).
fn korean_unit_power(c: char) -> Option<u32> {
    match c {
        '천' => Some(3),
        '백' => Some(2),
        '십' => Some(1),
        _ => None,
    }
}

/// After a figure `number` ending at `at`: the Korean units below the myriad that it and
/// the digits after it make, each a digit from 1 to 9 before a lower unit, written on or
/// after one space (`2천` is 2,000, `2천3백` and `2천 3백` 2,300, `3천5백` 3,500, `2.5천`
/// 2,500), then the digits of the places below the last unit written onto it
/// ([`lower_places`]: `3천870` is 3,870, `1천200억` 120 billion); where they end and the
/// figure. Only the first may have decimals, as only a figure below ten may go before the
/// unit.
fn korean_below_myriad(text: &str, at: usize, number: Decimal) -> Option<(usize, Decimal)> {
    let first = text[at..].chars().next()?;
    let mut last = korean_unit_power(first)?;
    if !(number > Decimal::ZERO && number < Decimal::TEN) {
        return None;
    }
    let mut total = number.checked_mul(Decimal::from(10u64.pow(last)))?;
    let mut end = at + first.len_utf8();
    while number.is_integer() {
        let after_space = end + usize::from(text[end..].starts_with(' '));
        let mut chars = text[after_space..].chars();
        let (Some(digit), Some(unit)) = (chars.next().and_then(decimal_digit), chars.next()) else {
            break;
        };
        let Some(power) = korean_unit_power(unit).filter(|&power| power < last) else {
            break;
        };
        if digit == 0 {
            break;
        }
        total = total.checked_add(Decimal::from(u64::from(digit) * 10u64.pow(power)))?;
        last = power;
        end = after_space + text[after_space..].chars().next()?.len_utf8() + unit.len_utf8();
    }
    if number.is_integer()
        && let Some((digits_end, lower)) = lower_places(text, end, last)
    {
        total = total.checked_add(lower)?;
        end = digits_end;
    }
    Some((end, total))
}

/// After a Korean unit of power `last` ending at `at` (`천`, `백`): the digits written onto
/// it that make the places below it, as Korean writes a figure by its units and the rest in
/// digits (`3천870명` is 3,870, `3천87명` 3,087, `1천200억` 1,200 hundred million), and where
/// they end. Two digits or more, worth less than the unit, written straight on: a single
/// digit (`3천5`) may be said for 3,500 as well as 3,005 and is left as written, as `3万5`
/// is; digits a decimal mark, another digit group or a unit continues (`2천1.5백`, `2천35백`)
/// are a figure of their own.
fn lower_places(text: &str, at: usize, last: u32) -> Option<(usize, Decimal)> {
    let rest = &text[at..];
    let length = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (digits, after) = rest.split_at(length);
    let mut after_chars = after.chars();
    let continued = match (after_chars.next(), after_chars.next()) {
        (Some('.' | ','), Some(next)) => next.is_ascii_digit(),
        (Some(unit), _) => korean_unit_power(unit).is_some(),
        _ => false,
    };
    if digits.len() < 2 || continued {
        return None;
    }
    let value: u64 = digits.parse().ok()?;
    (value > 0 && value < 10u64.checked_pow(last)?).then(|| (at + length, Decimal::from(value)))
}

/// A figure in digits scaled by a myriad (`found`, read up to its end), continued by the
/// figures below that myriad that follow it: `1億2000万` is 120,000,000, `1万5000円` 15,000,
/// the Korean `1만 2천` (which spaces its units) 12,000, `1억 2,000만` 120,000,000. A
/// following figure is added only when it is worth less than the myriad before it (`2万3000万`
/// is two figures), and a bare number only when it is written straight on, in two digits or
/// more: `330만 2020년` is 3,300,000 and the year 2020, and `3万5` is left as written.
pub fn continued_after_myriad(text: &str, found: (Mention, usize)) -> (Mention, usize) {
    let (mut mention, mut end) = found;
    // A myriad below the last is added in turn: `1億2000万5000`.
    while let Some(last) = text[..end].chars().next_back().and_then(myriad_exponent)
        && let Some(figure) = &mention.figure
        && figure.value.is_integer()
        && let Some((next_end, below)) = below_myriad(text, end, last)
        && let Some(total) = figure.value.checked_add(below)
        && let Ok(total) = Quantity::parse(&total.normalize().to_string())
    {
        mention.figure = Some(total);
        mention.span.end = next_end;
        end = next_end;
    }
    (mention, end)
}

/// After a myriad of power `last` that ends at `at`: the figure written next that is worth
/// less than it, and where it ends (see [`continued_after_myriad`]).
fn below_myriad(text: &str, at: usize, last: u32) -> Option<(usize, Decimal)> {
    let spaced =
        text[..at].chars().next_back().is_some_and(is_hangul) && text[at..].starts_with(' ');
    let start = at + usize::from(spaced);
    // Digits of any script, full-width ones too (`１億２０００万`), with commas before each
    // group of three (`2,000만`).
    let bytes = text.as_bytes();
    let mut digits = String::new();
    let mut end = start;
    while let Some(c) = text[end..].chars().next() {
        match c {
            ',' if !digits.is_empty()
                && bytes
                    .get(end + 1..end + 4)
                    .is_some_and(|group| group.iter().all(u8::is_ascii_digit)) => {}
            c => match decimal_digit(c) {
                Some(digit) => digits.push(char::from(b'0' + digit)),
                None => break,
            },
        }
        end += c.len_utf8();
    }
    // A decimal point or another digit after them makes them a figure of their own.
    let decimal_after = matches!(bytes.get(end), Some(b'.' | b','))
        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
    if digits.is_empty() || decimal_after {
        return None;
    }
    let (end, value) = match scaled(text, end, &digits) {
        Some((end, value)) => (end, value.parse::<Decimal>().ok()?),
        None if !spaced && digits.len() >= 2 => (end, digits.parse::<Decimal>().ok()?),
        None => return None,
    };
    let myriad = Decimal::from(10u64.checked_pow(last)?);
    (value > Decimal::ZERO && value < myriad).then_some((end, value))
}

/// Whether the figure at `start..end` of `text` (a value found as written in a quote) is
/// read with the Chinese numerals around it as another figure: a numeral beside it
/// (`3千万`, `923万`, the `9` of `9十9`), `多万` after it (`300多万`), or `百分之` before it
/// (`百分之80`). Then the figures as read tell whether it is stated.
pub fn joined_to_figure(text: &str, start: usize, end: usize) -> bool {
    let rest = &text[end..];
    let numeral_beside = text[..start]
        .chars()
        .next_back()
        .into_iter()
        .chain(rest.chars().next())
        .any(is_numeral);
    // `1200 万`, as Chinese typeset with spaces around digits writes it.
    let spaced_myriad = rest
        .strip_prefix(' ')
        .is_some_and(|after| after.starts_with(['万', '萬', '亿', '億']));
    numeral_beside
        || spaced_myriad
        || approximate_myriad(rest).is_some()
        || text[..start].ends_with("百分之")
}

/// The runs of numeral characters in `text` that lie outside every span of `read` (the
/// mentions found in it), each with the characters around it: what a CC202 note names as
/// not read (`一` in `统一投`, `四` in `四川`).
pub fn unread_runs(text: &str, read: &[std::ops::Range<usize>]) -> Vec<(String, String)> {
    let mut runs = Vec::new();
    let mut current: Option<usize> = None;
    // The spans in order, walked once beside the text: a quote may hold thousands.
    let mut spans: Vec<&std::ops::Range<usize>> = read.iter().collect();
    spans.sort_unstable_by_key(|span| span.start);
    let mut next_span = 0;
    let mut reach = 0;
    let mut inside = |at: usize| {
        while let Some(span) = spans.get(next_span)
            && span.start <= at
        {
            reach = reach.max(span.end);
            next_span += 1;
        }
        at < reach
    };
    let mut unread_until = |from: usize, to: usize| {
        let before = text[..from].chars().next_back().map_or(0, char::len_utf8);
        let after = text[to..].chars().next().map_or(0, char::len_utf8);
        runs.push((
            text[from..to].to_string(),
            text[from - before..to + after].to_string(),
        ));
    };
    for (at, c) in text.char_indices() {
        let numeral = is_numeral(c) && !inside(at);
        match (numeral, current) {
            (true, None) => current = Some(at),
            (false, Some(from)) => {
                unread_until(from, at);
                current = None;
            }
            _ => {}
        }
    }
    if let Some(from) = current {
        unread_until(from, text.len());
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token> {
        run(text, 0, Style::Common).tokens().unwrap().to_vec()
    }

    fn value(text: &str) -> Option<String> {
        parse(&tokens(text)).map(|n| n.digits())
    }

    /// The figures `find_numbers` reads in `text`, as digits.
    fn read_as(text: &str) -> Vec<String> {
        crate::citation::numbers::find_numbers(text)
            .into_iter()
            .filter_map(|m| m.figure.map(|f| f.value.to_string()))
            .collect()
    }

    #[test]
    fn positional_grammar_reads_whole_numbers() {
        for (written, digits) in [
            ("六十六", "66"),
            ("十二", "12"),
            ("十", "10"),
            ("二十", "20"),
            ("两百", "200"),
            ("三千", "3000"),
            ("一千零八", "1008"),
            ("一千零八十", "1080"),
            ("三百零五", "305"),
            ("三十五万", "350000"),
            ("三千万", "30000000"),
            ("九百二十三万", "9230000"),
            ("一万零五百", "10500"),
            ("一万五千", "15000"),
            ("三亿五千万", "350000000"),
            ("一亿零五百万", "105000000"),
            ("三万亿", "3000000000000"),
            ("十万", "100000"),
            ("两万", "20000"),
            ("一百一十", "110"),
        ] {
            assert_eq!(value(written).as_deref(), Some(digits), "{written}");
        }
        assert_eq!(
            parse(run("壹仟零捌拾", 0, Style::Financial).tokens().unwrap()).map(|n| n.digits()),
            Some("1080".into())
        );
    }

    #[test]
    fn a_number_opening_with_a_hundred_or_a_thousand_without_its_digit_is_read_where_it_counts() {
        for (text, figure) in [
            ("负债千亿元。", "100000000000"),
            ("全市有百万人口", "1000000"),
            ("投资千万元", "10000000"),
            ("百亿美元", "10000000000"),
            ("人口は千二百人", "1200"),
            ("百二十", "120"),
            ("千五百", "1500"),
            ("百分之千二百", "1200"),
        ] {
            assert_eq!(read_as(text), [figure], "{text}");
        }
        // Alone they are words, and `千万` with nothing counted after it is "by all means".
        for words in [
            "百姓",
            "千方百计",
            "千万不要",
            "百万富翁",
            "百人",
            "千円",
            "千百年",
        ] {
            assert_eq!(read_as(words), Vec::<String>::new(), "{words}");
        }
    }

    #[test]
    fn a_numeral_before_a_kind_of_place_counts_the_places() {
        for (text, figure) in [
            ("紫云、纳雍两县退出", "2"),
            ("东三省", "3"),
            ("贵州等五省", "5"),
            ("武汉三镇", "3"),
            ("新潟など三県", "3"),
        ] {
            assert_eq!(read_as(text), [figure], "{text}");
        }
        // Names where a numeral stands before a kind of place they do not count.
        for name in ["九州", "三乡镇", "三村さん"] {
            assert_eq!(read_as(name), Vec::<String>::new(), "{name}");
        }
    }

    #[test]
    fn what_breaks_the_grammar_is_no_number() {
        for written in [
            "十十",
            "千百",
            "万",
            "十四五",
            "十三五",
            "一万五",
            "二百五",
            "两十",
            "十两",
            "三四百",
            "十七八",
            "五六十",
            "一两",
            "三千零",
            "一万万",
            "一亿亿",
            "一百零十",
        ] {
            assert_eq!(value(written), None, "{written}");
        }
    }

    #[test]
    fn digits_side_by_side_are_read_one_by_one_and_decimals_after_a_point() {
        assert_eq!(value("二〇二〇").as_deref(), Some("2020"));
        assert_eq!(value("一九四九").as_deref(), Some("1949"));
        assert_eq!(value("〇〇七").as_deref(), Some("007"));
        assert_eq!(value("零点八五").as_deref(), Some("0.85"));
        assert_eq!(value("三点五〇").as_deref(), Some("3.50"));
        assert_eq!(value("十二点五").as_deref(), Some("12.5"));
        assert_eq!(value("一点五万").as_deref(), Some("15000"));
        assert_eq!(value("一点二万亿").as_deref(), Some("1200000000000"));
        assert_eq!(value("两点五"), None);
        assert_eq!(value("三点五十"), None);
    }

    #[test]
    fn a_kilo_unit_and_a_percent_end_the_run_before_them() {
        assert_eq!(tokens("三千米"), [Digit(3)]);
        assert_eq!(tokens("三千千米"), [Digit(3), Multiplier(3)]);
        assert_eq!(tokens("三百分之一"), [Digit(3), Multiplier(2)]);
        assert_eq!(tokens("一点儿"), [Digit(1)]);
    }

    #[test]
    fn a_single_numeral_left_unread_without_its_run_is_left_unread_with_it() {
        let befores = ["", "第", "县", "几", "初", "3", "三"];
        let afters = [
            "",
            "个",
            "%",
            " %",
            "月",
            "月五日",
            "分之一",
            "多个",
            "多万",
            "余人",
            "川",
            "点五",
            "十",
            "米",
            "千米",
            "日",
            "大",
            "几个",
            "来万",
            "之",
            "一",
        ];
        let numerals = "〇零一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";
        for numeral in numerals.chars() {
            for before in befores {
                for after in afters {
                    let text = format!("{before}{numeral}{after}");
                    let start = before.len();
                    if let Some(end) = alone_in_a_word(&text, start) {
                        assert_eq!(
                            read_run(&text, start, Language::UNDECLARED),
                            (None, end),
                            "{text}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_run_longer_than_any_number_is_not_read() {
        let long = "一二三四五六七八九".repeat(5);
        let text = format!("{long}个，3个，{long}");
        let found = crate::citation::numbers::find_numbers(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.clone()], "3");
        assert_eq!(read(&text, 0, Language::UNDECLARED), (None, long.len()));
    }

    #[test]
    fn the_runs_a_note_names_lie_outside_the_figures() {
        let text = "四川有六十六个县和一些村";
        let spans: Vec<_> = crate::citation::numbers::find_numbers(text)
            .into_iter()
            .map(|m| m.span)
            .collect();
        assert_eq!(&text[spans[0].clone()], "六十六");
        let pair = |run: &str, around: &str| (run.to_string(), around.to_string());
        assert_eq!(
            unread_runs(text, &spans),
            [pair("四", "四川"), pair("一", "和一些")]
        );
        assert_eq!(unread_runs("共三", &[]), [pair("三", "共三")]);
        assert_eq!(unread_runs("三四", &[]), [pair("三四", "三四")]);
        // Spans in any order, nested or overlapping, are walked as one.
        let text = "三四五六七";
        let at = |c: &str| text.find(c).unwrap();
        let spans = [at("六")..text.len(), at("三")..at("五"), at("三")..at("四")];
        assert_eq!(unread_runs(text, &spans), [pair("五", "四五六")]);
    }

    #[test]
    fn a_digit_before_a_long_run_of_multipliers_is_read_without_reading_the_run() {
        // `3千` written over and over: from each of its digits, the run is read no further
        // than a number can be written, and each `3千` is still its own figure.
        let text = "3千".repeat(1_000);
        assert_eq!(multiplied_digit(&text, 0), None);
        let found = crate::citation::numbers::find_numbers(&text);
        assert_eq!(found.len(), 1_000);
        assert!(
            found
                .iter()
                .all(|mention| &text[mention.span.clone()] == "3千")
        );
    }
}
