//! The decimal digits of every script: a figure written in them is the figure written in
//! ASCII digits, to the citation checks that read quotes and to the figure reader, which
//! tells a `value:` written in them the ASCII figure to write.

/// The first code point of each run of ten decimal digits (zero to nine) that Unicode gives
/// (general category Nd), in order: ASCII, Arabic-Indic, Extended Arabic-Indic, NKo,
/// Devanagari, Bengali, ..., Thai, Lao, Tibetan, Myanmar, Khmer, ..., fullwidth, ... up to
/// Unicode 16. `char::to_digit` reads ASCII only.
pub(crate) const DIGIT_ZEROS: &[u32] = &[
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

#[cfg(test)]
mod tests {
    use super::{DIGIT_ZEROS, decimal_digit};

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
}
