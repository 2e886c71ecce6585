//! Reported quantities: the figures an article states, read as exact decimals with the
//! set of real values each stands for.
//!
//! Its parts, each in its own file:
//!
//! - `interval`: exact decimal interval arithmetic. Sums, products, quotients and
//!   comparisons of sets of reals, rounded outward when a result is not representable,
//!   so that a check never claims more than the figures say.
//! - `currency`: the currency signs figures are written with, the currencies each
//!   writes, and the currencies' names: read by the figure and the citation checks alike.
//! - `common_units`: the measures every project knows, and the symbols a claim may write
//!   one in.
//! - `digits`: the decimal digits of every script (`૧૭`, `١٧`, `１７`), which a quote may
//!   write a figure in and a `value:` is told to write in ASCII.
//! - `figure`: reading a written figure (`3.29 million`, `more than 10,000`, `three`)
//!   into a [`Quantity`]: its value and the interval its rounding and qualifier allow.
//!
//! Everything is re-exported here: callers write `crate::quantity::Interval`.

mod common_units;
mod currency;
mod digits;
mod figure;
mod followers;
mod interval;

pub(crate) use common_units::{CLAIM_SYMBOLS, COMMON_MEASURES};
pub(crate) use currency::{
    COMMON_MONEY, CURRENCY_SIGNS, MONEY_IN_OTHER_LANGUAGES, currency_named, scaled_currency,
};
#[cfg(test)]
pub(crate) use digits::DIGIT_ZEROS;
pub use digits::decimal_digit;
pub(crate) use figure::{INDIAN_SCALE_WORDS, NUMBER_WORDS, SCALE_WORDS, is_scale_of_a_larger_part};
pub use figure::{Qualifier, Quantity, QuantityError, is_measure_unit, with_a_decimal_point};
pub use followers::{FOLLOWERS, Follower, myriad_exponent};
pub use interval::{Bound, Interval, show_computed, with_separators};
pub use rust_decimal::Decimal;

/// The decimal mark a text writes: a point (`3.5`, as in English and Chinese) or a comma
/// (`3,5`, as in German, French, Spanish, Russian).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalMark {
    Point,
    Comma,
}
