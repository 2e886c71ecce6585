//! What the table of number words holds: the languages a spelling is a number in, and
//! which number it is. Compiled into the crate, which reads the table, and into the build
//! script, which writes it from `super::spellings`.

/// The languages a spelling is a number in, one bit each.
pub type Langs = u8;
pub const FR: Langs = 1;
pub const DE: Langs = 1 << 1;
pub const ES: Langs = 1 << 2;
pub const IT: Langs = 1 << 3;
pub const PT: Langs = 1 << 4;
pub const NL: Langs = 1 << 5;
pub const GL: Langs = 1 << 6;

/// What a spelling of the table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A number from 0 to 999.
    BelowThousand(u32),
    /// A thousand: `mille`, `mil`, `mila`, `tausend`, `duizend`.
    Thousand,
}

/// The sense of a spelling: what it is, in which languages. A spelling has one: none is
/// two numbers, nor a number in one language and a thousand in another (the build script
/// stops on one that would be).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sense {
    pub langs: Langs,
    pub kind: Kind,
}

/// The German and Dutch words for one and a half, which no number word begins:
/// `anderthalb`, `anderhalf`, and `anderhalve` before a noun (`anderhalve dag`).
pub const ONE_AND_A_HALF: [(&str, Langs); 3] =
    [("anderthalb", DE), ("anderhalf", NL), ("anderhalve", NL)];

/// The index of a byte in the table's openings (the first two letters a number may begin
/// with): a lowercase ASCII letter's, 0 to 25, or 26 for any other byte.
pub fn letter_index(byte: u8) -> usize {
    match byte.to_ascii_lowercase() {
        b @ b'a'..=b'z' => usize::from(b - b'a'),
        _ => 26,
    }
}
