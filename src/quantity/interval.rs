//! Exact decimal interval arithmetic: the sets of real values that reported figures stand
//! for, added, multiplied, divided and compared without ever claiming more than is known.
//!
//! # Exactness
//!
//! Every value is a [`Decimal`] (96-bit mantissa, up to 28 decimal places);
//! no binary floating point is used anywhere, so `0.85` is exactly 85/100.
//! Interval arithmetic is exact whenever the exact result is representable.
//! When it is not (a quotient like 1/3, a product needing more than 28
//! decimal places) the affected bound is rounded *outward* by one unit of its
//! last place, so an interval result always contains every true result
//! (it may be slightly wider, never narrower).
//!
//! # Never panics
//!
//! All arithmetic goes through `checked_*` operations. A bound whose exact
//! value would exceed the range of [`Decimal`] (about ±7.9 × 10^28) becomes
//! unbounded on its outward side (a too-large upper bound becomes `+inf`, a
//! too-small lower bound `-inf`). When an overflow happens on the *inward*
//! side (a lower bound above `Decimal::MAX`), the bound is clamped to an
//! exclusive `Decimal::MAX` (or `Decimal::MIN` for an upper bound), so the
//! result is still a superset of the truth and never falsely empty.

use std::cmp::Ordering;
use std::fmt;

use rust_decimal::Decimal;

/// One end of an [`Interval`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// No limit on this side (`-inf` below, `+inf` above).
    Unbounded,
    /// The end value belongs to the set.
    Inclusive(Decimal),
    /// The end value does not belong to the set.
    Exclusive(Decimal),
}

/// A set of real numbers between two bounds.
///
/// Equality is structural on the bounds (with `Decimal`'s numeric equality,
/// so `1.0 == 1`); two different empty intervals are not `==`, use
/// [`Interval::is_empty`] to test for emptiness.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    /// The lower end.
    pub lower: Bound,
    /// The upper end.
    pub upper: Bound,
}

/// An extended real: the finite decimals plus the two infinities. Working on these lets
/// the arithmetic treat an unbounded side like any other end; the derived order
/// (`NegativeInfinity < Finite(_) < PositiveInfinity`, finite values by value) is the
/// real one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Extended {
    NegativeInfinity,
    Finite(Decimal),
    PositiveInfinity,
}

/// A bound seen as an extended real plus whether the bound value is attained: the form
/// the arithmetic works in, so that `-inf`, `+inf` and finite ends compare and combine
/// alike.
#[derive(Clone, Copy, Debug)]
struct Endpoint {
    value: Extended,
    included: bool,
}

impl Endpoint {
    /// The end a bound gives on one side: `infinity` when it is unbounded.
    fn of(bound: Bound, infinity: Extended) -> Endpoint {
        match bound {
            Bound::Unbounded => Endpoint {
                value: infinity,
                included: false,
            },
            Bound::Inclusive(d) => Endpoint {
                value: Extended::Finite(d),
                included: true,
            },
            Bound::Exclusive(d) => Endpoint {
                value: Extended::Finite(d),
                included: false,
            },
        }
    }

    /// Of two ends on one side, the one that comes `first` in value order; at one value,
    /// that value, included as `both` says of the two.
    fn pick(
        ours: Endpoint,
        theirs: Endpoint,
        first: Ordering,
        both: fn(bool, bool) -> bool,
    ) -> Endpoint {
        match ours.value.cmp(&theirs.value) {
            Ordering::Equal => Endpoint {
                value: ours.value,
                included: both(ours.included, theirs.included),
            },
            order if order == first => ours,
            _ => theirs,
        }
    }

    fn is_zero(&self) -> bool {
        matches!(self.value, Extended::Finite(d) if d.is_zero())
    }

    /// The sign of a non-zero end (`true` for positive).
    fn is_positive(&self) -> bool {
        match self.value {
            Extended::NegativeInfinity => false,
            Extended::PositiveInfinity => true,
            Extended::Finite(d) => d.is_sign_positive(),
        }
    }
}

/// Bounds on a real result `r` that may not be representable as a [`Decimal`]:
/// `lower <= r <= upper`, and `exact` when `lower == upper == r`. An inexact result keeps
/// both sides so that each interval end can take the side that rounds it outward.
#[derive(Clone, Copy, Debug)]
struct Enclosure {
    lower: Extended,
    upper: Extended,
    exact: bool,
}

/// One of the four endpoint products (or quotients) whose hull is the result of a
/// multiplication (or division): its value, and whether members of the operands attain
/// it (which implies the value is exact), so that the result's end is inclusive.
#[derive(Clone, Copy, Debug)]
struct EndCandidate {
    enclosure: Enclosure,
    attained: bool,
}

/// Largest mantissa a `Decimal` holds (2^96 - 1).
const MAX_MANTISSA: u128 = (1u128 << 96) - 1;
/// Largest scale a `Decimal` holds.
pub(super) const MAX_SCALE: u32 = 28;

fn power_of_ten(exponent: u32) -> Option<i128> {
    10i128.checked_pow(exponent)
}

/// Builds `mantissa * 10^-scale`, first dropping trailing zero digits while the mantissa
/// is too wide or the scale too large (dropping zeros is exact).
fn decimal_from_parts(mut mantissa: i128, mut scale: u32) -> Option<Decimal> {
    while (scale > MAX_SCALE || mantissa.unsigned_abs() > MAX_MANTISSA)
        && scale > 0
        && mantissa % 10 == 0
    {
        mantissa /= 10;
        scale -= 1;
    }
    Decimal::try_from_i128_with_scale(mantissa, scale).ok()
}

/// `x + y` when it is exactly representable, else `None`.
pub(super) fn exact_sum(x: Decimal, y: Decimal) -> Option<Decimal> {
    let scale = x.scale().max(y.scale());
    let x_mantissa = x.mantissa().checked_mul(power_of_ten(scale - x.scale())?)?;
    let y_mantissa = y.mantissa().checked_mul(power_of_ten(scale - y.scale())?)?;
    decimal_from_parts(x_mantissa.checked_add(y_mantissa)?, scale)
}

/// `x * y` when it is exactly representable, else `None`.
pub(super) fn exact_product(x: Decimal, y: Decimal) -> Option<Decimal> {
    let (x, y) = (x.normalize(), y.normalize());
    decimal_from_parts(
        x.mantissa().checked_mul(y.mantissa())?,
        x.scale() + y.scale(),
    )
}

impl Enclosure {
    fn exact(d: Decimal) -> Self {
        Enclosure {
            lower: Extended::Finite(d),
            upper: Extended::Finite(d),
            exact: true,
        }
    }

    fn infinite(positive: bool) -> Self {
        let infinity = if positive {
            Extended::PositiveInfinity
        } else {
            Extended::NegativeInfinity
        };
        Enclosure {
            lower: infinity,
            upper: infinity,
            exact: false,
        }
    }

    /// A finite true value beyond the `Decimal` range.
    fn overflow(positive: bool) -> Self {
        if positive {
            Enclosure {
                lower: Extended::Finite(Decimal::MAX),
                upper: Extended::PositiveInfinity,
                exact: false,
            }
        } else {
            Enclosure {
                lower: Extended::NegativeInfinity,
                upper: Extended::Finite(Decimal::MIN),
                exact: false,
            }
        }
    }

    /// `result` is a correctly rounded (or truncated) result at its own scale, so
    /// the true value lies within one unit of its last place. A zero result
    /// of a non-zero true value means it was below 10^-28 in magnitude.
    fn rounded(result: Decimal) -> Self {
        let last_place = if result.is_zero() {
            Decimal::new(1, MAX_SCALE)
        } else {
            Decimal::new(1, result.scale())
        };
        Enclosure {
            lower: result
                .checked_sub(last_place)
                .map_or(Extended::NegativeInfinity, Extended::Finite),
            upper: result
                .checked_add(last_place)
                .map_or(Extended::PositiveInfinity, Extended::Finite),
            exact: false,
        }
    }

    /// The lower side as a decimal, `None` when it is `-inf`.
    fn lower_decimal(&self) -> Option<Decimal> {
        match self.lower {
            Extended::Finite(d) => Some(d),
            _ => None,
        }
    }

    /// The upper side as a decimal, `None` when it is `+inf`.
    fn upper_decimal(&self) -> Option<Decimal> {
        match self.upper {
            Extended::Finite(d) => Some(d),
            _ => None,
        }
    }
}

fn enclose_sum(x: Decimal, y: Decimal) -> Enclosure {
    if let Some(sum) = exact_sum(x, y) {
        return Enclosure::exact(sum);
    }
    match x.checked_add(y) {
        Some(rounded) => Enclosure::rounded(rounded),
        // Overflow needs both operands large with the same sign.
        None => Enclosure::overflow(x.is_sign_positive()),
    }
}

fn enclose_product(x: Decimal, y: Decimal) -> Enclosure {
    if let Some(product) = exact_product(x, y) {
        return Enclosure::exact(product);
    }
    match x.checked_mul(y) {
        Some(rounded) => Enclosure::rounded(rounded),
        None => Enclosure::overflow(x.is_sign_negative() == y.is_sign_negative()),
    }
}

/// `x / y` for `y != 0`. The quotient is known exact when multiplying it
/// back gives `x` exactly.
fn enclose_quotient(x: Decimal, y: Decimal) -> Enclosure {
    match x.checked_div(y) {
        Some(quotient) if exact_product(quotient, y) == Some(x) => Enclosure::exact(quotient),
        Some(quotient) => Enclosure::rounded(quotient),
        None => Enclosure::overflow(x.is_sign_negative() == y.is_sign_negative()),
    }
}

/// A decimal at most `x + y`, and equal to it when the sum is representable: the lower
/// end of a figure's rounding interval. `None` when the sum is below the `Decimal` range.
pub(super) fn sum_rounded_down(x: Decimal, y: Decimal) -> Option<Decimal> {
    enclose_sum(x, y).lower_decimal()
}

/// A decimal at least `x + y`, and equal to it when the sum is representable. `None`
/// when the sum is above the `Decimal` range.
pub(super) fn sum_rounded_up(x: Decimal, y: Decimal) -> Option<Decimal> {
    enclose_sum(x, y).upper_decimal()
}

/// A decimal at least `x * y`, and equal to it when the product is representable.
/// `None` when the product is above the `Decimal` range.
pub(super) fn product_rounded_up(x: Decimal, y: Decimal) -> Option<Decimal> {
    enclose_product(x, y).upper_decimal()
}

/// One endpoint product. `0 * inf` counts as 0: a zero end times an
/// unbounded other side still only yields 0 at that end.
fn product_of_ends(left: Endpoint, right: Endpoint) -> EndCandidate {
    let (left_is_zero, right_is_zero) = (left.is_zero(), right.is_zero());
    if left_is_zero || right_is_zero {
        // 0 * y = 0 for every y, so an included zero end attains 0 whatever the
        // other side's bound is.
        let attained = (left_is_zero && left.included)
            || (right_is_zero && right.included)
            || (left.included && right.included);
        return EndCandidate {
            enclosure: Enclosure::exact(Decimal::ZERO),
            attained,
        };
    }
    match (left.value, right.value) {
        (Extended::Finite(x), Extended::Finite(y)) => {
            let enclosure = enclose_product(x, y);
            EndCandidate {
                enclosure,
                attained: left.included && right.included && enclosure.exact,
            }
        }
        _ => EndCandidate {
            enclosure: Enclosure::infinite(left.is_positive() == right.is_positive()),
            attained: false,
        },
    }
}

/// One endpoint quotient `dividend / divisor`, seen as `dividend * (1/divisor)`: a zero
/// end of the divisor (necessarily open, the divisor excludes 0) has reciprocal `±inf`
/// on the divisor's side; an infinite end has reciprocal 0, never attained.
fn quotient_of_ends(dividend: Endpoint, divisor: Endpoint, divisor_positive: bool) -> EndCandidate {
    if dividend.is_zero() {
        return EndCandidate {
            enclosure: Enclosure::exact(Decimal::ZERO),
            attained: dividend.included,
        };
    }
    match (dividend.value, divisor.value) {
        (_, Extended::Finite(y)) if y.is_zero() => EndCandidate {
            enclosure: Enclosure::infinite(dividend.is_positive() == divisor_positive),
            attained: false,
        },
        (_, Extended::NegativeInfinity | Extended::PositiveInfinity) => EndCandidate {
            enclosure: Enclosure::exact(Decimal::ZERO),
            attained: false,
        },
        (Extended::Finite(x), Extended::Finite(y)) => {
            let enclosure = enclose_quotient(x, y);
            EndCandidate {
                enclosure,
                attained: dividend.included && divisor.included && enclosure.exact,
            }
        }
        (_, Extended::Finite(y)) => EndCandidate {
            enclosure: Enclosure::infinite(dividend.is_positive() == y.is_sign_positive()),
            attained: false,
        },
    }
}

/// The smallest interval holding every candidate.
fn hull_of_candidates(candidates: &[EndCandidate]) -> Interval {
    let lower = candidates
        .iter()
        .map(|c| c.enclosure.lower)
        .min()
        .unwrap_or(Extended::PositiveInfinity);
    let upper = candidates
        .iter()
        .map(|c| c.enclosure.upper)
        .max()
        .unwrap_or(Extended::NegativeInfinity);
    let lower_included = candidates
        .iter()
        .any(|c| c.attained && c.enclosure.lower == lower);
    let upper_included = candidates
        .iter()
        .any(|c| c.attained && c.enclosure.upper == upper);
    Interval::from_ends(
        Endpoint {
            value: lower,
            included: lower_included,
        },
        Endpoint {
            value: upper,
            included: upper_included,
        },
    )
}

/// A bound at `value` that is inclusive, exclusive or unbounded like `bound`.
fn bound_like(bound: Bound, value: Decimal) -> Bound {
    match bound {
        Bound::Inclusive(_) => Bound::Inclusive(value),
        Bound::Exclusive(_) => Bound::Exclusive(value),
        Bound::Unbounded => Bound::Unbounded,
    }
}

/// The shortest text of a decimal's value: `4000.00` shows as `4000`.
fn plain_decimal(d: Decimal) -> String {
    d.normalize().to_string()
}

/// A computed figure for a message: at most `significant` significant digits (a quotient
/// does not show 29 places its operands never had), with thousands separators:
/// `34,440,000`, `0.3333`.
pub fn show_computed(d: Decimal, significant: u32) -> String {
    let rounded = d.round_sf(significant.max(1)).unwrap_or(d).normalize();
    with_separators(&rounded.to_string())
}

/// `1234567.5` as `1,234,567.5`.
pub fn with_separators(text: &str) -> String {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}

impl Interval {
    /// An interval from its two bounds.
    pub fn new(lower: Bound, upper: Bound) -> Self {
        Interval { lower, upper }
    }

    /// The single point `[v, v]`.
    pub fn exact(v: Decimal) -> Self {
        Interval {
            lower: Bound::Inclusive(v),
            upper: Bound::Inclusive(v),
        }
    }

    /// The canonical empty interval, `(0, 0)`.
    pub fn empty() -> Self {
        Interval {
            lower: Bound::Exclusive(Decimal::ZERO),
            upper: Bound::Exclusive(Decimal::ZERO),
        }
    }

    /// All real numbers, `(-inf, +inf)`.
    pub fn unbounded() -> Self {
        Interval {
            lower: Bound::Unbounded,
            upper: Bound::Unbounded,
        }
    }

    fn lower_end(&self) -> Endpoint {
        Endpoint::of(self.lower, Extended::NegativeInfinity)
    }

    fn upper_end(&self) -> Endpoint {
        Endpoint::of(self.upper, Extended::PositiveInfinity)
    }

    fn from_ends(lower: Endpoint, upper: Endpoint) -> Self {
        let bound = |d: Decimal, included: bool| {
            if included {
                Bound::Inclusive(d)
            } else {
                Bound::Exclusive(d)
            }
        };
        Interval {
            lower: match lower.value {
                Extended::NegativeInfinity => Bound::Unbounded,
                Extended::Finite(d) => bound(d, lower.included),
                Extended::PositiveInfinity => Bound::Exclusive(Decimal::MAX),
            },
            upper: match upper.value {
                Extended::PositiveInfinity => Bound::Unbounded,
                Extended::Finite(d) => bound(d, upper.included),
                Extended::NegativeInfinity => Bound::Exclusive(Decimal::MIN),
            },
        }
    }

    /// Whether the set has a bound on both sides.
    pub fn is_bounded(&self) -> bool {
        self.lower != Bound::Unbounded && self.upper != Bound::Unbounded
    }

    /// True when no real number is in the set.
    pub fn is_empty(&self) -> bool {
        let (lower, upper) = (self.lower_end(), self.upper_end());
        match lower.value.cmp(&upper.value) {
            Ordering::Less => false,
            Ordering::Greater => true,
            Ordering::Equal => !(lower.included && upper.included),
        }
    }

    /// True when `v` is in the set.
    pub fn contains(&self, v: Decimal) -> bool {
        let above = match self.lower {
            Bound::Unbounded => true,
            Bound::Inclusive(l) => v >= l,
            Bound::Exclusive(l) => v > l,
        };
        let below = match self.upper {
            Bound::Unbounded => true,
            Bound::Inclusive(u) => v <= u,
            Bound::Exclusive(u) => v < u,
        };
        above && below
    }

    /// The finite width `upper - lower`, or `None` when a side is unbounded,
    /// the interval is empty, or the width overflows.
    pub fn width(&self) -> Option<Decimal> {
        if self.is_empty() {
            return None;
        }
        match (self.lower, self.upper) {
            (
                Bound::Inclusive(l) | Bound::Exclusive(l),
                Bound::Inclusive(u) | Bound::Exclusive(u),
            ) => u.checked_sub(l),
            _ => None,
        }
    }

    /// The set of points in both intervals.
    pub fn intersect(&self, other: &Interval) -> Interval {
        Interval::from_ends(
            Endpoint::pick(
                self.lower_end(),
                other.lower_end(),
                Ordering::Greater,
                |a, b| a && b,
            ),
            Endpoint::pick(
                self.upper_end(),
                other.upper_end(),
                Ordering::Less,
                |a, b| a && b,
            ),
        )
    }

    /// The smallest interval holding both (an empty operand is ignored).
    pub fn hull(&self, other: &Interval) -> Interval {
        if self.is_empty() {
            return *other;
        }
        if other.is_empty() {
            return *self;
        }
        Interval::from_ends(
            Endpoint::pick(
                self.lower_end(),
                other.lower_end(),
                Ordering::Less,
                |a, b| a || b,
            ),
            Endpoint::pick(
                self.upper_end(),
                other.upper_end(),
                Ordering::Greater,
                |a, b| a || b,
            ),
        )
    }

    /// True when the two sets share at least one point. Symmetric; an empty
    /// interval overlaps nothing.
    pub fn overlaps(&self, other: &Interval) -> bool {
        !self.intersect(other).is_empty()
    }

    /// `{x + y : x in self, y in other}`. A bound of the sum is inclusive only
    /// when both summed bounds are (and the sum is exact).
    pub fn add(&self, other: &Interval) -> Interval {
        if self.is_empty() || other.is_empty() {
            return Interval::empty();
        }
        let sum = |ours: Endpoint, theirs: Endpoint, lower: bool| match (ours.value, theirs.value) {
            (Extended::Finite(x), Extended::Finite(y)) => {
                let enclosure = enclose_sum(x, y);
                Endpoint {
                    value: if lower {
                        enclosure.lower
                    } else {
                        enclosure.upper
                    },
                    included: ours.included && theirs.included && enclosure.exact,
                }
            }
            // Lower ends of non-empty intervals are never +inf (nor upper
            // ends -inf), so any infinite end makes that side unbounded.
            _ => Endpoint {
                value: if lower {
                    Extended::NegativeInfinity
                } else {
                    Extended::PositiveInfinity
                },
                included: false,
            },
        };
        Interval::from_ends(
            sum(self.lower_end(), other.lower_end(), true),
            sum(self.upper_end(), other.upper_end(), false),
        )
    }

    /// `{x - y : x in self, y in other}`.
    pub fn sub(&self, other: &Interval) -> Interval {
        self.add(&other.neg())
    }

    /// `{-x : x in self}` (exact).
    pub fn neg(&self) -> Interval {
        let flip = |b: Bound| match b {
            Bound::Unbounded => Bound::Unbounded,
            Bound::Inclusive(d) => Bound::Inclusive(-d),
            Bound::Exclusive(d) => Bound::Exclusive(-d),
        };
        Interval {
            lower: flip(self.upper),
            upper: flip(self.lower),
        }
    }

    /// `{x * y : x in self, y in other}`: the hull of the four endpoint products.
    /// `0 * inf` counts as 0 (a zero endpoint contributes 0 whatever the
    /// other side is), and a product bound is inclusive when it is attained:
    /// both factors' bounds inclusive, or one factor an inclusive 0.
    pub fn mul(&self, other: &Interval) -> Interval {
        if self.is_empty() || other.is_empty() {
            return Interval::empty();
        }
        let (ours, theirs) = (
            [self.lower_end(), self.upper_end()],
            [other.lower_end(), other.upper_end()],
        );
        let candidates = [
            product_of_ends(ours[0], theirs[0]),
            product_of_ends(ours[0], theirs[1]),
            product_of_ends(ours[1], theirs[0]),
            product_of_ends(ours[1], theirs[1]),
        ];
        hull_of_candidates(&candidates)
    }

    /// `{x / y : x in self, y in other}`, or `None` when the divisor contains 0
    /// (the quotient would be unbounded or undefined). A divisor bound that
    /// is an excluded 0, like `(0, 1]`, is fine and yields an unbounded side.
    /// An empty operand gives `Some(empty)`.
    pub fn div(&self, other: &Interval) -> Option<Interval> {
        if other.contains(Decimal::ZERO) {
            return None;
        }
        if self.is_empty() || other.is_empty() {
            return Some(Interval::empty());
        }
        let divisor_positive = other.lower_end().value >= Extended::Finite(Decimal::ZERO);
        let (dividend, divisor) = (
            [self.lower_end(), self.upper_end()],
            [other.lower_end(), other.upper_end()],
        );
        let candidates = [
            quotient_of_ends(dividend[0], divisor[0], divisor_positive),
            quotient_of_ends(dividend[0], divisor[1], divisor_positive),
            quotient_of_ends(dividend[1], divisor[0], divisor_positive),
            quotient_of_ends(dividend[1], divisor[1], divisor_positive),
        ];
        Some(hull_of_candidates(&candidates))
    }

    /// Widens both finite bounds outward by `amount` (an extended value
    /// `>= 0`), keeping their inclusiveness.
    fn widen_by(&self, amount: Extended) -> Interval {
        if self.is_empty() {
            return *self;
        }
        let shift = |bound: Bound, upward: bool| match (bound, amount) {
            (Bound::Unbounded, _) | (_, Extended::PositiveInfinity) => Bound::Unbounded,
            (Bound::Inclusive(d) | Bound::Exclusive(d), Extended::Finite(by)) => {
                let shifted = if upward {
                    sum_rounded_up(d, by)
                } else {
                    sum_rounded_down(d, -by)
                };
                match shifted {
                    Some(shifted) => bound_like(bound, shifted),
                    None => Bound::Unbounded,
                }
            }
            (_, Extended::NegativeInfinity) => bound,
        };
        Interval {
            lower: shift(self.lower, false),
            upper: shift(self.upper, true),
        }
    }

    /// A tolerance: `[lower - a, upper + a]` with `a = |absolute|` (the sign
    /// is ignored so a tolerance can never shrink the set). Inclusiveness is
    /// kept; unbounded sides stay unbounded; an empty interval stays empty.
    pub fn widen(&self, absolute: Decimal) -> Interval {
        self.widen_by(Extended::Finite(absolute.abs()))
    }

    /// A relative tolerance: widens both sides by `|fraction|` times the
    /// larger magnitude of the *finite* bounds (unbounded sides are ignored
    /// when picking it, and stay unbounded). `[100, 200]` widened by `0.1`
    /// is `[80, 220]`. The amount is rounded up if inexact.
    pub fn widen_relative(&self, fraction: Decimal) -> Interval {
        match self.relative_amount(fraction) {
            Some(amount) => self.widen_by(amount),
            None => *self,
        }
    }

    /// The closed interval `[-a, a]` of what [`Interval::widen_relative`] moves each bound
    /// by: `a` is `|fraction|` times the larger magnitude of the finite bounds, rounded up,
    /// and unbounded when it exceeds the range of [`Decimal`]. `[0, 0]` when no bound is
    /// finite, as such an interval is not widened.
    pub fn relative_window(&self, fraction: Decimal) -> Interval {
        let zero = Interval::exact(Decimal::ZERO);
        match self.relative_amount(fraction) {
            Some(amount) => zero.widen_by(amount),
            None => zero,
        }
    }

    /// `|fraction|` times the larger magnitude of the finite bounds, rounded up; `None`
    /// when no bound is finite.
    fn relative_amount(&self, fraction: Decimal) -> Option<Extended> {
        let finite = [self.lower, self.upper]
            .into_iter()
            .filter_map(|b| match b {
                Bound::Inclusive(d) | Bound::Exclusive(d) => Some(d.abs()),
                Bound::Unbounded => None,
            });
        finite
            .max()
            .map(|magnitude| enclose_product(fraction.abs(), magnitude).upper)
    }

    /// Some `x` in `self` and `y` in `other` have `x < y`.
    pub fn possibly_less_than(&self, other: &Interval) -> bool {
        !self.is_empty() && !other.is_empty() && self.lower_end().value < other.upper_end().value
    }

    /// Some `x` in `self` and `y` in `other` have `x <= y`.
    pub fn possibly_less_or_equal(&self, other: &Interval) -> bool {
        if self.is_empty() || other.is_empty() {
            return false;
        }
        let (lower, upper) = (self.lower_end(), other.upper_end());
        lower.value < upper.value
            || (lower.value == upper.value && lower.included && upper.included)
    }

    /// Some `x` in `self` and `y` in `other` have `x > y`.
    pub fn possibly_greater_than(&self, other: &Interval) -> bool {
        other.possibly_less_than(self)
    }

    /// Some `x` in `self` and `y` in `other` have `x >= y`.
    pub fn possibly_greater_or_equal(&self, other: &Interval) -> bool {
        other.possibly_less_or_equal(self)
    }

    /// Every `x` in `self` is below every `y` in `other`. False when either is
    /// empty: an empty interval comes from bad input, and "certainly" must
    /// not be claimed from no evidence (this is *not* vacuous truth).
    pub fn certainly_less_than(&self, other: &Interval) -> bool {
        !self.is_empty() && !other.is_empty() && !self.possibly_greater_or_equal(other)
    }

    /// Every `x` in `self` is `<=` every `y` in `other` (false when either is empty).
    pub fn certainly_less_or_equal(&self, other: &Interval) -> bool {
        !self.is_empty() && !other.is_empty() && !self.possibly_greater_than(other)
    }

    /// Every `x` in `self` is above every `y` in `other` (false when either is empty).
    pub fn certainly_greater_than(&self, other: &Interval) -> bool {
        other.certainly_less_than(self)
    }

    /// Every `x` in `self` is `>=` every `y` in `other` (false when either is empty).
    pub fn certainly_greater_or_equal(&self, other: &Interval) -> bool {
        other.certainly_less_or_equal(self)
    }

    /// The interval for a message, its ends grouped in thousands as articles write figures:
    /// `[3,285,000, 3,295,000)`.
    pub fn grouped(&self) -> String {
        self.display_to(28)
    }

    /// The interval as [`Display`](fmt::Display) shows it, with each end a computed figure
    /// shown to `significant` digits ([`show_computed`]), or to as many more as tell its two
    /// ends apart: `[12,499,999,999.5, 12,500,000,000.5)` to six digits would show as one
    /// point, `[12,500,000,000, 12,500,000,000)`, which it is not.
    pub fn display_to(&self, significant: u32) -> String {
        if self.is_empty() {
            return "empty".to_string();
        }
        let mut significant = significant;
        if let (
            Bound::Inclusive(lower) | Bound::Exclusive(lower),
            Bound::Inclusive(upper) | Bound::Exclusive(upper),
        ) = (self.lower, self.upper)
        {
            while lower != upper
                && significant < 28
                && show_computed(lower, significant) == show_computed(upper, significant)
            {
                significant += 1;
            }
        }
        let lower = match self.lower {
            Bound::Unbounded => "(-inf".to_string(),
            Bound::Inclusive(d) => format!("[{}", show_computed(d, significant)),
            Bound::Exclusive(d) => format!("({}", show_computed(d, significant)),
        };
        let upper = match self.upper {
            Bound::Unbounded => "+inf)".to_string(),
            Bound::Inclusive(d) => format!("{}]", show_computed(d, significant)),
            Bound::Exclusive(d) => format!("{})", show_computed(d, significant)),
        };
        format!("{lower}, {upper}")
    }
}

impl fmt::Display for Interval {
    /// `[3285000, 3295000)`, `(10000, +inf)`, `(-inf, 40]`; decimals are
    /// normalized (`4000.00` shows as `4000`); any empty interval shows as
    /// `empty`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("empty");
        }
        match self.lower {
            Bound::Unbounded => f.write_str("(-inf")?,
            Bound::Inclusive(d) => write!(f, "[{}", plain_decimal(d))?,
            Bound::Exclusive(d) => write!(f, "({}", plain_decimal(d))?,
        }
        f.write_str(", ")?;
        match self.upper {
            Bound::Unbounded => f.write_str("+inf)"),
            Bound::Inclusive(d) => write!(f, "{}]", plain_decimal(d)),
            Bound::Exclusive(d) => write!(f, "{})", plain_decimal(d)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::Quantity;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// A figure's interval: the arithmetic is pinned on the sets real figures stand for.
    fn q(s: &str) -> Quantity {
        Quantity::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
    }

    fn closed(a: &str, b: &str) -> Interval {
        Interval::new(Bound::Inclusive(d(a)), Bound::Inclusive(d(b)))
    }

    #[test]
    fn computed_figures_show_to_their_precision_with_separators() {
        let third = Decimal::ONE / Decimal::from(3);
        assert_eq!(show_computed(third, 4), "0.3333");
        assert_eq!(
            show_computed(
                Decimal::from(923_000_000) / Decimal::from(268) * Decimal::TEN,
                8
            ),
            "34,440,299"
        );
        assert_eq!(show_computed(Decimal::new(399_800, 2), 8), "3,998");
        assert_eq!(with_separators("-1234567.25"), "-1,234,567.25");
        // An interval is never shown as a point it is not: its ends to the digits that tell
        // them apart.
        let around = Interval::new(
            Bound::Inclusive(d("12499999999.5")),
            Bound::Exclusive(d("12500000000.5")),
        );
        assert_eq!(around.display_to(6), "[12,499,999,999.5, 12,500,000,000.5)");
        let wide = Interval::new(
            Bound::Inclusive(d("12495000000")),
            Bound::Exclusive(d("12505000000")),
        );
        assert_eq!(wide.display_to(6), "[12,495,000,000, 12,505,000,000)");
        assert_eq!(Interval::exact(d("3")).display_to(1), "[3, 3]");
        assert_eq!(with_separators("999"), "999");
    }

    #[test]
    fn interval_basics() {
        let a = closed("1", "2");
        assert!(a.contains(d("1")) && a.contains(d("2")) && !a.contains(d("2.0001")));
        assert!(!a.is_empty());
        assert!(Interval::empty().is_empty());
        assert!(closed("2", "1").is_empty());
        assert!(Interval::new(Bound::Inclusive(d("1")), Bound::Exclusive(d("1"))).is_empty());
        assert!(!Interval::exact(d("1")).is_empty());
        assert!(!Interval::unbounded().is_empty());
        assert_eq!(a.width(), Some(d("1")));
        assert_eq!(Interval::unbounded().width(), None);
        assert_eq!(Interval::unbounded().to_string(), "(-inf, +inf)");
        assert_eq!(Interval::empty().to_string(), "empty");
        assert_eq!(
            Interval::new(Bound::Unbounded, Bound::Inclusive(d("40.50"))).to_string(),
            "(-inf, 40.5]"
        );
    }

    #[test]
    fn interval_overlaps_and_touching_ends() {
        let a = q("17").interval; // [16.5, 17.5)
        let b = q("more than 17.5").interval; // (17.5, inf)
        assert!(!a.overlaps(&b));
        let c = q("at least 17.5").interval;
        assert!(!a.overlaps(&c)); // 17.5 excluded from a
        let e = q("at least 17.4").interval;
        assert!(a.overlaps(&e) && e.overlaps(&a));
        assert!(closed("1", "2").overlaps(&closed("2", "3")));
        assert!(!Interval::empty().overlaps(&Interval::unbounded()));
        assert_eq!(
            closed("1", "3").intersect(&closed("2", "4")),
            closed("2", "3")
        );
        assert_eq!(closed("1", "2").hull(&closed("3", "4")), closed("1", "4"));
        assert_eq!(Interval::empty().hull(&closed("3", "4")), closed("3", "4"));
    }

    #[test]
    fn interval_add_sub_neg() {
        // 3.29 million + 7,993: [3285000, 3295000) + [7992.5, 7993.5)
        let s = q("3.29 million").interval.add(&q("7,993").interval);
        assert_eq!(s.to_string(), "[3292992.5, 3302993.5)");
        let t = closed("1", "2").sub(&closed("0.5", "1"));
        assert_eq!(t, closed("0", "1.5"));
        let u = q("more than 5").interval.add(&closed("1", "2"));
        assert_eq!(u.to_string(), "(6, +inf)");
        let v = q("at least 5").interval.add(&q("at least 1").interval);
        assert_eq!(v.to_string(), "[6, +inf)");
        assert_eq!(q("17").interval.neg().to_string(), "(-17.5, -16.5]");
        assert!(Interval::empty().add(&closed("1", "2")).is_empty());
    }

    #[test]
    fn interval_mul_signs_and_zero() {
        assert_eq!(
            closed("-2", "3").mul(&closed("4", "5")),
            closed("-10", "15")
        );
        assert_eq!(
            closed("-2", "-1").mul(&closed("-3", "4")),
            closed("-8", "6")
        );
        // A closed zero end attains 0 whatever the other side is.
        let z = Interval::exact(Decimal::ZERO).mul(&Interval::unbounded());
        assert_eq!(z, Interval::exact(Decimal::ZERO));
        let a = Interval::new(Bound::Exclusive(d("0")), Bound::Inclusive(d("1")));
        let b = Interval::new(Bound::Inclusive(d("1")), Bound::Unbounded);
        assert_eq!(a.mul(&b).to_string(), "(0, +inf)");
        let c = Interval::new(Bound::Inclusive(d("0")), Bound::Exclusive(d("1")));
        let e = Interval::new(Bound::Exclusive(d("2")), Bound::Exclusive(d("3")));
        assert_eq!(c.mul(&e).to_string(), "[0, 3)");
        assert_eq!(closed("-1", "1").mul(&b).to_string(), "(-inf, +inf)");
        // percent of a total: 26.8% of 7,993
        let share = q("26.8%").interval.mul(&q("7,993").interval);
        let share = share.div(&Interval::exact(d("100"))).unwrap();
        assert_eq!(share.to_string(), "[2137.99375, 2146.25475)");
    }

    #[test]
    fn interval_div() {
        assert_eq!(
            closed("6", "6").div(&closed("3", "3")),
            Some(closed("2", "2"))
        );
        assert_eq!(closed("1", "2").div(&closed("-1", "1")), None);
        assert_eq!(
            closed("1", "2").div(&Interval::new(
                Bound::Exclusive(d("0")),
                Bound::Inclusive(d("1"))
            )),
            Some(Interval::new(Bound::Inclusive(d("1")), Bound::Unbounded))
        );
        assert_eq!(
            closed("-2", "-1")
                .div(&Interval::new(
                    Bound::Inclusive(d("-1")),
                    Bound::Exclusive(d("0"))
                ))
                .unwrap()
                .to_string(),
            "[1, +inf)"
        );
        let b = Interval::new(Bound::Inclusive(d("1")), Bound::Unbounded);
        assert_eq!(b.div(&b).unwrap().to_string(), "(0, +inf)");
        assert_eq!(closed("0", "1").div(&b).unwrap().to_string(), "[0, 1]");
        // 1/3 is inexact: rounded outward, still contains the true value.
        let third = closed("1", "1").div(&closed("3", "3")).unwrap();
        assert!(third.contains(d("0.3333333333333333333333333333")));
        assert!(!third.contains(d("0.3333333333333333333333333334")));
        assert!(!third.contains(d("0.3333")));
        assert!(third.width().unwrap() > Decimal::ZERO);
        assert_eq!(
            Interval::empty().div(&closed("1", "2")),
            Some(Interval::empty())
        );
    }

    #[test]
    fn interval_overflow_becomes_unbounded_not_panic() {
        let big = Interval::exact(Decimal::MAX);
        assert_eq!(
            big.add(&big).to_string(),
            format!("({}, +inf)", Decimal::MAX)
        );
        let m = big.mul(&closed("-2", "2"));
        assert_eq!(m, Interval::unbounded());
        let tiny = Interval::exact(d("0.0000000000000000000000000001"));
        let p = tiny.mul(&tiny); // 1e-56 is not representable
        assert!(p.contains(Decimal::ZERO) && !p.is_empty());
        assert_eq!(
            big.neg().sub(&big).to_string(),
            format!("(-inf, {})", Decimal::MIN)
        );
        let w = closed("1", "2").widen(Decimal::MAX);
        assert_eq!(w.upper, Bound::Unbounded);
        assert_eq!(big.widen_relative(d("2")), Interval::unbounded());
        assert!(big.div(&tiny).is_some());
    }

    #[test]
    fn interval_widen() {
        assert_eq!(closed("1", "2").widen(d("0.5")), closed("0.5", "2.5"));
        assert_eq!(closed("1", "2").widen(d("-0.5")), closed("0.5", "2.5"));
        assert_eq!(q("17").interval.widen(d("1")).to_string(), "[15.5, 18.5)");
        assert_eq!(
            q("more than 5").interval.widen(d("1")).to_string(),
            "(4, +inf)"
        );
        assert_eq!(
            closed("100", "200").widen_relative(d("0.1")),
            closed("80", "220")
        );
        assert_eq!(
            closed("-300", "200").widen_relative(d("0.1")),
            closed("-330", "230")
        );
        assert_eq!(
            q("less than 50")
                .interval
                .widen_relative(d("0.1"))
                .to_string(),
            "(-inf, 55)"
        );
        assert!(Interval::empty().widen(d("10")).is_empty());
        assert_eq!(
            Interval::unbounded().widen_relative(d("0.1")),
            Interval::unbounded()
        );
    }

    #[test]
    fn a_relative_window_is_what_widen_relative_moves_each_bound_by() {
        assert_eq!(
            closed("-300", "200").relative_window(d("0.1")),
            closed("-30", "30")
        );
        assert_eq!(
            q("less than 50").interval.relative_window(d("0.1")),
            closed("-5", "5")
        );
        assert_eq!(
            Interval::unbounded().relative_window(d("0.1")),
            Interval::exact(Decimal::ZERO)
        );
        let big = closed("1", &Decimal::MAX.to_string());
        assert_eq!(big.relative_window(d("2")), Interval::unbounded());
    }

    #[test]
    fn interval_comparisons() {
        let a = closed("1", "2");
        let b = closed("2", "3");
        assert!(a.possibly_less_than(&b));
        assert!(a.possibly_less_or_equal(&b));
        assert!(!a.possibly_greater_than(&b));
        assert!(a.possibly_greater_or_equal(&b)); // 2 >= 2
        assert!(a.certainly_less_or_equal(&b));
        assert!(!a.certainly_less_than(&b));
        assert!(b.certainly_greater_or_equal(&a));
        let open = Interval::new(Bound::Inclusive(d("1")), Bound::Exclusive(d("2")));
        assert!(open.certainly_less_than(&b));
        assert!(b.certainly_greater_than(&open));
        assert!(!open.possibly_greater_or_equal(&b));
        let p = Interval::exact(d("2"));
        assert!(!p.possibly_less_than(&p) && p.possibly_less_or_equal(&p));
        assert!(p.overlaps(&p));
        let all = Interval::unbounded();
        assert!(all.possibly_less_than(&all) && !all.certainly_less_than(&all));
        let e = Interval::empty();
        assert!(!e.possibly_less_than(&a) && !e.certainly_less_than(&a));
        assert!(!a.certainly_greater_than(&e));
        // "more than 10,000" vs 9,800: certainly greater
        assert!(
            q("more than 10,000")
                .interval
                .certainly_greater_than(&q("9,800").interval)
        );
    }

    // --- properties -----------------------------------------------------------

    fn small_decimal() -> impl Strategy<Value = Decimal> {
        (-1_000_000i64..1_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s))
    }

    /// An interval around a known member point, with random bound kinds.
    fn interval_with_point() -> impl Strategy<Value = (Interval, Decimal)> {
        (
            small_decimal(),
            small_decimal(),
            small_decimal(),
            0u8..3,
            0u8..3,
        )
            .prop_map(|(x, dl, du, kl, ku)| {
                let lo = x - dl.abs();
                let hi = x + du.abs();
                let lower = match kl {
                    0 => Bound::Unbounded,
                    1 => Bound::Inclusive(lo),
                    _ if lo < x => Bound::Exclusive(lo),
                    _ => Bound::Inclusive(lo),
                };
                let upper = match ku {
                    0 => Bound::Unbounded,
                    1 => Bound::Inclusive(hi),
                    _ if hi > x => Bound::Exclusive(hi),
                    _ => Bound::Inclusive(hi),
                };
                (Interval::new(lower, upper), x)
            })
    }

    fn any_bound() -> impl Strategy<Value = Bound> {
        prop_oneof![
            Just(Bound::Unbounded),
            small_decimal().prop_map(Bound::Inclusive),
            small_decimal().prop_map(Bound::Exclusive),
            (-3i64..3).prop_map(|v| Bound::Inclusive(Decimal::from(v))),
            (-3i64..3).prop_map(|v| Bound::Exclusive(Decimal::from(v))),
        ]
    }

    fn any_interval() -> impl Strategy<Value = Interval> {
        (any_bound(), any_bound()).prop_map(|(l, u)| Interval::new(l, u))
    }

    /// Any Decimal at all, including huge and tiny ones.
    fn wide_decimal() -> impl Strategy<Value = Decimal> {
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28,
        )
            .prop_map(|(lo, mid, hi, neg, s)| Decimal::from_parts(lo, mid, hi, neg, s))
    }

    proptest! {
        #[test]
        fn prop_arithmetic_contains_member_results(
            (a, x) in interval_with_point(),
            (b, y) in interval_with_point(),
        ) {
            prop_assert!(a.contains(x) && b.contains(y));
            prop_assert!(a.add(&b).contains(x + y), "{} + {}", a, b);
            prop_assert!(a.sub(&b).contains(x - y), "{} - {}", a, b);
            prop_assert!(a.mul(&b).contains(x * y), "{} * {}", a, b);
            prop_assert!(a.neg().contains(-x));
            match a.div(&b) {
                None => prop_assert!(b.contains(Decimal::ZERO)),
                Some(r) => {
                    prop_assert!(!y.is_zero());
                    prop_assert!(r.contains(x / y), "{} / {} = {} not holding {}", a, b, r, x / y);
                }
            }
            let w = a.widen(Decimal::new(5, 1));
            let h = Decimal::new(5, 1);
            prop_assert!(w.contains(x - h) && w.contains(x + h));
            prop_assert!(a.widen_relative(Decimal::new(1, 1)).contains(x));
            prop_assert!(a.overlaps(&Interval::exact(x)));
            prop_assert!(a.possibly_less_or_equal(&Interval::exact(x)));
        }

        #[test]
        fn prop_arithmetic_on_wide_decimals_never_panics(
            a in wide_decimal(), b in wide_decimal(), c in wide_decimal(), e in wide_decimal(),
        ) {
            let i = Interval::exact(a).hull(&Interval::exact(b));
            let j = Interval::exact(c).hull(&Interval::exact(e));
            let check = |r: &Interval, v: Option<Decimal>| {
                // A representable exact result must be inside; a rounded one
                // is within the outward rounding margin.
                if let Some(v) = v {
                    assert!(r.contains(v), "{r} missing {v}");
                }
            };
            check(&i.add(&j), exact_sum(a, c));
            check(&i.sub(&j), exact_sum(a, -c));
            check(&i.mul(&j), exact_product(a, c));
            check(&i.mul(&j), a.checked_mul(c));
            check(&i.add(&j), a.checked_add(c));
            if let Some(r) = i.div(&j) {
                check(&r, a.checked_div(c));
            }
            let _ = i.widen(c).widen_relative(e).to_string();
            prop_assert!(!i.add(&j).is_empty() && !i.mul(&j).is_empty());
        }

        #[test]
        fn prop_overlaps_symmetric(a in any_interval(), b in any_interval()) {
            prop_assert_eq!(a.overlaps(&b), b.overlaps(&a));
            prop_assert_eq!(a.intersect(&b).is_empty(), !a.overlaps(&b));
            prop_assert_eq!(a.possibly_less_than(&b), b.possibly_greater_than(&a));
            prop_assert_eq!(
                a.certainly_less_or_equal(&b),
                !a.is_empty() && !b.is_empty() && !a.possibly_greater_than(&b)
            );
        }
    }
}
