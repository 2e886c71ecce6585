//! The ways a figure can be written in running text (`3.29 million`, `3,290,000`,
//! `3290000`; `three`, `3`; `0.85%`, `0.85 percent`), so that the value check can confirm
//! a claim's figure appears in its quote whichever of them the article used.

use crate::quantity::{
    Decimal, INDIAN_SCALE_WORDS, NUMBER_WORDS, Quantity, SCALE_WORDS, with_separators,
};

/// The scale word that multiplies by `10^exponent`, if there is one: English's, a lakh or
/// a crore, or a thousand crore (`5 हज़ार करोड़`, as India writes it).
fn scale_word(exponent: u32) -> Option<&'static str> {
    SCALE_WORDS
        .iter()
        .chain(INDIAN_SCALE_WORDS)
        .find(|(_, power)| *power == exponent)
        .map(|(word, _)| *word)
        .or((exponent == 10).then_some("thousand crore"))
}

/// One of each English scale word, written in words, with its power of ten.
const ONE_OF_A_SCALE: [(u32, [&str; 2]); 4] = [
    (3, ["a thousand", "one thousand"]),
    (6, ["a million", "one million"]),
    (9, ["a billion", "one billion"]),
    (12, ["a trillion", "one trillion"]),
];

/// The number words for a small whole number, canonical first.
fn words_for(n: Decimal) -> Vec<&'static str> {
    let mut out = Vec::new();
    if let Some((word, _)) = NUMBER_WORDS
        .iter()
        .find(|(_, value)| Decimal::from(*value) == n && *value != 100)
    {
        out.push(*word);
    }
    if n == Decimal::from(12) {
        out.push("a dozen");
    }
    if n == Decimal::from(100) {
        out.extend(["a hundred", "one hundred"]);
    }
    // A scale word alone: `a million`, `one thousand`.
    for (power, words) in ONE_OF_A_SCALE {
        if 10u64.checked_pow(power).map(Decimal::from) == Some(n) {
            out.extend(words);
        }
    }
    out
}

/// The ways the number part of a figure can be written in running text, so
/// that a checker can confirm a claim's figure appears in its quote.
///
/// Contract:
/// - The first entry is the number part exactly as written (the qualifier
///   is stripped: it is checked separately), e.g. `10,000` for "more than
///   10,000", `Three` for "Three".
/// - Then, without duplicates: for a scaled figure, the full expansion with
///   and without thousands separators (`3,290,000`, `3290000`), then the
///   literal forms with the canonical lowercase scale word; for a
///   percentage, each numeral with `%` and with ` percent` (a word form only
///   with ` percent`); otherwise the numeral with and without separators
///   (`7,993`, `7993`), keeping the written number of decimals (`4000.00`
///   stays `4000.00`: dropping digits would be a different figure), then
///   the number words for whole numbers 0..=20, the tens, 12 (`twelve`, `a
///   dozen`) and 100 (`a hundred`, `one hundred`), lowercase.
/// - Entries are case as given; callers should compare case-insensitively
///   and on word/number boundaries (a match of `17` must not be followed by
///   a digit, nor by `.` or `,` and a digit, so that it does not "appear" in
///   `170` or `17.5`).
/// - A hand-built quantity whose fields disagree gets at least the text.
pub fn notations(q: &Quantity) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    push(q.number().to_string());
    // The power of ten of the figure's scale word (0 without one), and the number as
    // written before it: `3.29` of "3.29 million".
    let exponent = [0, 3, 5, 6, 7, 9, 10, 12]
        .into_iter()
        .find(|e| *e == u32::from(q.exponent));
    let written = exponent.and_then(|e| {
        let value = q.value.normalize();
        Decimal::try_from_i128_with_scale(value.mantissa(), value.scale() + e).ok()
    });
    let (Some(exponent), Some(mut written)) = (exponent, written) else {
        return out;
    };
    written.rescale(q.decimals);
    let plain = written.to_string();
    let mut numerals = vec![(with_separators(&plain), true), (plain, true)];
    if q.decimals == 0 {
        numerals.extend(
            words_for(written)
                .into_iter()
                .map(|word| (word.to_string(), false)),
        );
    }
    if q.is_percent {
        for (numeral, is_digits) in numerals {
            if is_digits {
                push(format!("{numeral}%"));
            }
            push(format!("{numeral} percent"));
        }
    } else if let Some(word) = scale_word(exponent) {
        let full = q.value.normalize().to_string();
        push(with_separators(&full));
        push(full);
        for (numeral, _) in numerals {
            push(format!("{numeral} {word}"));
        }
        // `a million`, as `a hundred` is 100.
        if written == Decimal::ONE && q.decimals == 0 {
            push(format!("a {word}"));
        }
    } else {
        for (numeral, _) in numerals {
            push(numeral);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn q(s: &str) -> Quantity {
        Quantity::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
    }

    fn n(s: &str) -> Vec<String> {
        notations(&q(s))
    }

    #[test]
    fn notations_examples() {
        assert_eq!(n("3.29 million"), ["3.29 million", "3,290,000", "3290000"]);
        assert_eq!(n("7,993"), ["7,993", "7993"]);
        assert_eq!(n("7993"), ["7993", "7,993"]);
        assert_eq!(n("0.85%"), ["0.85%", "0.85 percent"]);
        assert_eq!(n("0.85 percent"), ["0.85 percent", "0.85%"]);
        assert_eq!(n("more than 10,000"), ["10,000", "10000"]);
        assert_eq!(n("three"), ["three", "3"]);
        assert_eq!(n("Three"), ["Three", "3", "three"]);
        assert_eq!(n("9"), ["9", "nine"]);
        assert_eq!(n("12"), ["12", "twelve", "a dozen"]);
        assert_eq!(n("a dozen"), ["a dozen", "12", "twelve"]);
        assert_eq!(n("100"), ["100", "a hundred", "one hundred"]);
        assert_eq!(
            n("1,000,000"),
            ["1,000,000", "1000000", "a million", "one million"]
        );
        assert_eq!(n("11,487.39"), ["11,487.39", "11487.39"]);
        assert_eq!(n("4000.00"), ["4000.00", "4,000.00"]);
        assert_eq!(n("-7,993"), ["-7,993", "-7993"]);
        assert_eq!(n("three percent"), ["three percent", "3%", "3 percent"]);
        assert_eq!(
            n("1,200%"),
            ["1,200%", "1,200 percent", "1200%", "1200 percent"]
        );
        assert_eq!(
            n("1,200 Million"),
            [
                "1,200 Million",
                "1,200,000,000",
                "1200000000",
                "1,200 million",
                "1200 million"
            ]
        );
        assert_eq!(
            n("three million"),
            ["three million", "3,000,000", "3000000", "3 million"]
        );
        assert_eq!(
            n("1 million"),
            [
                "1 million",
                "1,000,000",
                "1000000",
                "one million",
                "a million"
            ]
        );
        assert_eq!(
            n("1.2345 thousand"),
            ["1.2345 thousand", "1,234.5", "1234.5"]
        );
        assert_eq!(
            n("5 thousand crore"),
            [
                "5 thousand crore",
                "50,000,000,000",
                "50000000000",
                "five thousand crore"
            ]
        );
        assert_eq!(
            n("about 1.749 billion"),
            ["1.749 billion", "1,749,000,000", "1749000000"]
        );
    }

    #[test]
    fn a_figure_in_lakh_or_crore_is_written_out_as_a_figure_in_millions_is() {
        assert_eq!(n("2 lakh"), ["2 lakh", "200,000", "200000", "two lakh"]);
        assert_eq!(
            n("12,040 crore"),
            [
                "12,040 crore",
                "120,400,000,000",
                "120400000000",
                "12040 crore"
            ]
        );
        assert_eq!(n("1.5 lakh"), ["1.5 lakh", "150,000", "150000"]);
        assert_eq!(
            n("1 crore"),
            ["1 crore", "10,000,000", "10000000", "one crore", "a crore"]
        );
    }

    #[test]
    fn notations_of_hand_built_quantity_never_panic() {
        let mut x = q("17");
        x.exponent = 8;
        assert_eq!(notations(&x), ["17"]);
        x.number_span = 1..50;
        assert_eq!(notations(&x), ["17"]);
        x.decimals = 99;
        assert_eq!(notations(&x), ["17"]);
    }

    /// Text made of the pieces figures are written with, so that many of them read.
    fn figure_soup() -> impl Strategy<Value = String> {
        let pieces = vec![
            "more than ",
            "about ",
            "nearly ",
            "-",
            "1",
            "12",
            ",",
            "000",
            ".",
            "5",
            "%",
            " million",
            " thousand",
            " percent",
            "a dozen",
            "a hundred",
            "three",
            "twenty",
            "0",
            " ",
        ];
        prop::collection::vec(prop::sample::select(pieces), 0..8).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn prop_first_notation_is_the_text_and_digit_notations_read_back(
            m in 0u64..1_000_000_000_000_000,
            dec in 0u32..8,
            neg in any::<bool>(),
            sep in any::<bool>(),
            scale in 0usize..5,
            percent in any::<bool>(),
        ) {
            let value = Decimal::from_i128_with_scale(i128::from(m), dec);
            let value = if neg { -value } else { value };
            let plain = value.to_string();
            let text = if sep { with_separators(&plain) } else { plain };
            let text = if scale > 0 {
                format!("{text} {}", SCALE_WORDS[scale - 1].0)
            } else if percent {
                format!("{text}%")
            } else {
                text
            };
            let x = q(&text);
            let all = notations(&x);
            prop_assert_eq!(&all[0], &text);
            let digits = all
                .iter()
                .filter(|n| n.starts_with(|c: char| c.is_ascii_digit() || c == '-'));
            for notation in digits {
                prop_assert_eq!(q(notation).value, x.value);
            }
        }

        #[test]
        fn prop_notations_of_any_figure_never_panic_and_start_with_its_number(s in "\\PC{0,30}") {
            if let Ok(x) = Quantity::parse(&s) {
                // The number as written comes first: `value::states_in` tries it alone.
                let all = notations(&x);
                prop_assert_eq!(all.first().map(String::as_str), Some(x.number()));
            }
        }

        #[test]
        fn prop_notations_of_figure_like_text_never_panic_and_start_with_its_number(s in figure_soup()) {
            if let Ok(x) = Quantity::parse(&s) {
                // The number as written comes first: `value::states_in` tries it alone.
                let all = notations(&x);
                prop_assert_eq!(all.first().map(String::as_str), Some(x.number()));
            }
        }
    }
}
