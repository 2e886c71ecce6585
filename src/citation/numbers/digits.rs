//! How the digits of a figure are written: the digits of every script, the separators
//! that group them (spaces, points, apostrophes, the Indian pairs), decimal marks, percent
//! signs, vulgar fractions and the Chinese, Japanese and Korean myriads.

pub use crate::korean::is_hangul;

/// Whether `c` multiplies the figure before it by ten thousand or a hundred million.
pub fn is_myriad(c: char) -> bool {
    myriad_exponent(c).is_some()
}

pub use crate::quantity::myriad_exponent;

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
pub(super) const GROUP_SEPARATORS: [char; 10] = [
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
pub(super) fn indian_groups(text: &str, at: usize) -> Option<(usize, String)> {
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
pub(super) fn group_after(text: &str, at: usize, separator: char) -> Option<usize> {
    text[at..].strip_prefix(separator)?;
    let mut digits = String::new();
    let end = read_digits(text, at + separator.len_utf8(), &mut digits);
    (digits.len() == 3).then_some(end)
}

/// Whether `mark` at `at` is followed by a digit.
pub(super) fn decimal_mark_at(text: &str, at: usize, mark: char) -> bool {
    text[at..]
        .strip_prefix(mark)
        .and_then(|rest| rest.chars().next())
        .and_then(decimal_digit)
        .is_some()
}

/// Reads the digits from `at` (of any script, see [`decimal_digit`]) into `reading` as ASCII
/// digits; returns where they end.
pub(super) fn read_digits(text: &str, at: usize, reading: &mut String) -> usize {
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

/// The digits of every script, read in quotes as the figure reader reads them in values.
pub use crate::quantity::decimal_digit;

/// The decimals of a fraction character (`½` is `5`, `⅜` `375`): `Some(None)` for one
/// whose decimals never end (`⅓`, `⅙`), `None` for any other character.
pub(super) fn vulgar_fraction(c: char) -> Option<Option<&'static str>> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::chinese_numerals;
    use crate::citation::numbers::tests::{figure, found, pairs, read};
    use crate::citation::numbers::{DecimalMark, Separators, find_numbers};
    use crate::quantity::Quantity;

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
        assert!(chinese_numerals::joined_to_figure("拨款1200 万美元", 6, 10));
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
    fn digits_written_onto_a_korean_unit_are_its_lower_places() {
        let text = "미귀가자 3천870명, 대피 1만 5천820명, 예산 1천200억 원, 3천87명, 2천3백50명, \
                    3백45명, 1억 2천500만 원, 1만 4천930명";
        assert_eq!(
            found(text),
            [
                "3천870",
                "1만 5천820",
                "1천200억",
                "3천87",
                "2천3백50",
                "3백45",
                "1억 2천500만",
                "1만 4천930"
            ]
        );
        assert_eq!(
            figure(text),
            [
                "3870",
                "15820",
                "120000000000",
                "3087",
                "2350",
                "345",
                "125000000",
                "14930"
            ]
        );
        // Not the lower places: a single digit, digits worth the unit or more, digits a
        // decimal or a unit continues, digits after a space.
        assert_eq!(found("3천5명"), ["3천", "5"]);
        assert_eq!(found("3천1200명"), ["3천", "1200"]);
        assert_eq!(found("3백120명"), ["3백", "120"]);
        assert_eq!(found("2천1.5명"), ["2천", "1.5"]);
        assert_eq!(found("2천35백"), ["2천", "35"]);
        assert_eq!(found("3천 870명"), ["3천", "870"]);
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
}
