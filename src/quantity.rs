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
use std::ops::Range;

pub use rust_decimal::Decimal;

// ---------------------------------------------------------------------------
// Intervals
// ---------------------------------------------------------------------------

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

/// An extended real: the finite decimals plus the two infinities. The derived
/// order (`NegInf < Fin(_) < PosInf`, finite values by value) is the real one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Ext {
    NegInf,
    Fin(Decimal),
    PosInf,
}

/// A bound seen as an extended real plus whether the bound value is attained.
#[derive(Clone, Copy, Debug)]
struct End {
    at: Ext,
    closed: bool,
}

/// An enclosure of a real number `r` that may not be representable:
/// `lo <= r <= hi`; `exact` when `lo == hi == r`.
#[derive(Clone, Copy, Debug)]
struct Encl {
    lo: Ext,
    hi: Ext,
    exact: bool,
}

/// A candidate bound of a product or quotient: its enclosure and whether the
/// candidate value is attained by members of the operands (implies `exact`).
#[derive(Clone, Copy, Debug)]
struct Cand {
    e: Encl,
    closed: bool,
}

/// Largest mantissa a `Decimal` holds (2^96 - 1).
const MAX_MANTISSA: u128 = (1u128 << 96) - 1;
/// Largest scale a `Decimal` holds.
const MAX_SCALE: u32 = 28;

fn pow10_i128(k: u32) -> Option<i128> {
    10i128.checked_pow(k)
}

/// Builds `m * 10^-s`, first dropping trailing zero digits while the mantissa
/// is too wide or the scale too large (dropping zeros is exact).
fn fit(mut m: i128, mut s: u32) -> Option<Decimal> {
    while (s > MAX_SCALE || m.unsigned_abs() > MAX_MANTISSA) && s > 0 && m % 10 == 0 {
        m /= 10;
        s -= 1;
    }
    Decimal::try_from_i128_with_scale(m, s).ok()
}

/// `x + y` when it is exactly representable, else `None`.
fn exact_add(x: Decimal, y: Decimal) -> Option<Decimal> {
    let s = x.scale().max(y.scale());
    let mx = x.mantissa().checked_mul(pow10_i128(s - x.scale())?)?;
    let my = y.mantissa().checked_mul(pow10_i128(s - y.scale())?)?;
    fit(mx.checked_add(my)?, s)
}

/// `x * y` when it is exactly representable, else `None`.
fn exact_mul(x: Decimal, y: Decimal) -> Option<Decimal> {
    let (x, y) = (x.normalize(), y.normalize());
    fit(
        x.mantissa().checked_mul(y.mantissa())?,
        x.scale() + y.scale(),
    )
}

impl Encl {
    fn exact(d: Decimal) -> Self {
        Encl {
            lo: Ext::Fin(d),
            hi: Ext::Fin(d),
            exact: true,
        }
    }

    fn infinite(positive: bool) -> Self {
        let e = if positive { Ext::PosInf } else { Ext::NegInf };
        Encl {
            lo: e,
            hi: e,
            exact: false,
        }
    }

    /// A finite true value beyond the `Decimal` range.
    fn overflow(positive: bool) -> Self {
        if positive {
            Encl {
                lo: Ext::Fin(Decimal::MAX),
                hi: Ext::PosInf,
                exact: false,
            }
        } else {
            Encl {
                lo: Ext::NegInf,
                hi: Ext::Fin(Decimal::MIN),
                exact: false,
            }
        }
    }

    /// `r` is a correctly rounded (or truncated) result at its own scale, so
    /// the true value lies within one unit of its last place. A zero result
    /// of a non-zero true value means it was below 10^-28 in magnitude.
    fn rounded(r: Decimal) -> Self {
        let ulp = if r.is_zero() {
            Decimal::new(1, MAX_SCALE)
        } else {
            Decimal::new(1, r.scale())
        };
        Encl {
            lo: r.checked_sub(ulp).map_or(Ext::NegInf, Ext::Fin),
            hi: r.checked_add(ulp).map_or(Ext::PosInf, Ext::Fin),
            exact: false,
        }
    }
}

fn add_fin(x: Decimal, y: Decimal) -> Encl {
    if let Some(s) = exact_add(x, y) {
        return Encl::exact(s);
    }
    match x.checked_add(y) {
        Some(r) => Encl::rounded(r),
        // Overflow needs both operands large with the same sign.
        None => Encl::overflow(x.is_sign_positive()),
    }
}

fn mul_fin(x: Decimal, y: Decimal) -> Encl {
    if let Some(p) = exact_mul(x, y) {
        return Encl::exact(p);
    }
    match x.checked_mul(y) {
        Some(r) => Encl::rounded(r),
        None => Encl::overflow(x.is_sign_negative() == y.is_sign_negative()),
    }
}

/// `x / y` for `y != 0`. The quotient is known exact when multiplying it
/// back gives `x` exactly.
fn div_fin(x: Decimal, y: Decimal) -> Encl {
    match x.checked_div(y) {
        Some(q) if exact_mul(q, y) == Some(x) => Encl::exact(q),
        Some(q) => Encl::rounded(q),
        None => Encl::overflow(x.is_sign_negative() == y.is_sign_negative()),
    }
}

fn is_zero(e: &End) -> bool {
    matches!(e.at, Ext::Fin(d) if d.is_zero())
}

/// Sign of a non-zero extended value (`true` for positive).
fn positive(e: &End) -> bool {
    match e.at {
        Ext::NegInf => false,
        Ext::PosInf => true,
        Ext::Fin(d) => d.is_sign_positive(),
    }
}

/// One endpoint product. `0 * inf` counts as 0: a zero end times an
/// unbounded other side still only yields 0 at that end.
fn mul_ends(a: End, b: End) -> Cand {
    let (az, bz) = (is_zero(&a), is_zero(&b));
    if az || bz {
        // 0 * y = 0 for every y, so a closed zero end attains 0 whatever the
        // other side's bound is.
        let closed = (az && a.closed) || (bz && b.closed) || (a.closed && b.closed);
        return Cand {
            e: Encl::exact(Decimal::ZERO),
            closed,
        };
    }
    match (a.at, b.at) {
        (Ext::Fin(x), Ext::Fin(y)) => {
            let e = mul_fin(x, y);
            Cand {
                e,
                closed: a.closed && b.closed && e.exact,
            }
        }
        _ => Cand {
            e: Encl::infinite(positive(&a) == positive(&b)),
            closed: false,
        },
    }
}

/// One endpoint quotient `a / b`, seen as `a * (1/b)`: a zero end of the
/// divisor (necessarily open, the divisor excludes 0) has reciprocal `±inf`
/// on the divisor's side; an infinite end has reciprocal 0, never attained.
fn div_ends(a: End, b: End, divisor_positive: bool) -> Cand {
    let az = is_zero(&a);
    if az {
        return Cand {
            e: Encl::exact(Decimal::ZERO),
            closed: a.closed,
        };
    }
    match (a.at, b.at) {
        (_, Ext::Fin(y)) if y.is_zero() => Cand {
            e: Encl::infinite(positive(&a) == divisor_positive),
            closed: false,
        },
        (_, Ext::NegInf | Ext::PosInf) => Cand {
            e: Encl::exact(Decimal::ZERO),
            closed: false,
        },
        (Ext::Fin(x), Ext::Fin(y)) => {
            let e = div_fin(x, y);
            Cand {
                e,
                closed: a.closed && b.closed && e.exact,
            }
        }
        (_, Ext::Fin(y)) => Cand {
            e: Encl::infinite(positive(&a) == y.is_sign_positive()),
            closed: false,
        },
    }
}

/// The smallest interval holding every candidate.
fn hull_of(cands: &[Cand]) -> Interval {
    let lo = cands.iter().map(|c| c.e.lo).min().unwrap_or(Ext::PosInf);
    let hi = cands.iter().map(|c| c.e.hi).max().unwrap_or(Ext::NegInf);
    let lo_closed = cands.iter().any(|c| c.closed && c.e.lo == lo);
    let hi_closed = cands.iter().any(|c| c.closed && c.e.hi == hi);
    Interval::from_ends(
        End {
            at: lo,
            closed: lo_closed,
        },
        End {
            at: hi,
            closed: hi_closed,
        },
    )
}

fn same_kind(b: Bound, d: Decimal) -> Bound {
    match b {
        Bound::Inclusive(_) => Bound::Inclusive(d),
        Bound::Exclusive(_) => Bound::Exclusive(d),
        Bound::Unbounded => Bound::Unbounded,
    }
}

fn fmt_decimal(d: Decimal) -> String {
    d.normalize().to_string()
}

/// Whether a unit measures a quantity (money, an area, a length, a mass, a volume, a
/// duration, energy, a rate) rather than counting things: a measured figure is always
/// read as its rounding interval, never as an exact count.
pub fn is_measure_unit(unit: &str) -> bool {
    const MEASURES: &[&str] = &[
        "yuan",
        "renminbi",
        "rmb",
        "dollar",
        "euro",
        "pound",
        "yen",
        "rupee",
        "km2",
        "km²",
        "square kilometer",
        "square kilometre",
        "square meter",
        "square metre",
        "m2",
        "m²",
        "hectare",
        "ha",
        "acre",
        "mu",
        "km",
        "kilometer",
        "kilometre",
        "meter",
        "metre",
        "m",
        "mile",
        "ton",
        "tonne",
        "t",
        "kg",
        "kilogram",
        "gram",
        "g",
        "jin",
        "liter",
        "litre",
        "cubic meter",
        "m3",
        "m³",
        "second",
        "minute",
        "hour",
        "day",
        "week",
        "month",
        "year",
        "kwh",
        "kw",
        "mw",
        "gw",
        "percent",
    ];
    MEASURES.contains(&unit.to_lowercase().as_str())
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

    fn lo_end(&self) -> End {
        match self.lower {
            Bound::Unbounded => End {
                at: Ext::NegInf,
                closed: false,
            },
            Bound::Inclusive(d) => End {
                at: Ext::Fin(d),
                closed: true,
            },
            Bound::Exclusive(d) => End {
                at: Ext::Fin(d),
                closed: false,
            },
        }
    }

    fn hi_end(&self) -> End {
        match self.upper {
            Bound::Unbounded => End {
                at: Ext::PosInf,
                closed: false,
            },
            Bound::Inclusive(d) => End {
                at: Ext::Fin(d),
                closed: true,
            },
            Bound::Exclusive(d) => End {
                at: Ext::Fin(d),
                closed: false,
            },
        }
    }

    /// Back from extended ends. An infinite end on the inward side can only
    /// come from overflow and is clamped to the representable extreme.
    fn from_ends(lo: End, hi: End) -> Self {
        let bound = |d: Decimal, closed: bool| {
            if closed {
                Bound::Inclusive(d)
            } else {
                Bound::Exclusive(d)
            }
        };
        Interval {
            lower: match lo.at {
                Ext::NegInf => Bound::Unbounded,
                Ext::Fin(d) => bound(d, lo.closed),
                Ext::PosInf => Bound::Exclusive(Decimal::MAX),
            },
            upper: match hi.at {
                Ext::PosInf => Bound::Unbounded,
                Ext::Fin(d) => bound(d, hi.closed),
                Ext::NegInf => Bound::Exclusive(Decimal::MIN),
            },
        }
    }

    /// True when no real number is in the set.
    pub fn is_empty(&self) -> bool {
        let (lo, hi) = (self.lo_end(), self.hi_end());
        match lo.at.cmp(&hi.at) {
            Ordering::Less => false,
            Ordering::Greater => true,
            Ordering::Equal => !(lo.closed && hi.closed),
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
        let (a, b) = (self.lo_end(), other.lo_end());
        let lo = match a.at.cmp(&b.at) {
            Ordering::Greater => a,
            Ordering::Less => b,
            Ordering::Equal => End {
                at: a.at,
                closed: a.closed && b.closed,
            },
        };
        let (a, b) = (self.hi_end(), other.hi_end());
        let hi = match a.at.cmp(&b.at) {
            Ordering::Less => a,
            Ordering::Greater => b,
            Ordering::Equal => End {
                at: a.at,
                closed: a.closed && b.closed,
            },
        };
        Interval::from_ends(lo, hi)
    }

    /// The smallest interval holding both (an empty operand is ignored).
    pub fn hull(&self, other: &Interval) -> Interval {
        if self.is_empty() {
            return *other;
        }
        if other.is_empty() {
            return *self;
        }
        let (a, b) = (self.lo_end(), other.lo_end());
        let lo = match a.at.cmp(&b.at) {
            Ordering::Less => a,
            Ordering::Greater => b,
            Ordering::Equal => End {
                at: a.at,
                closed: a.closed || b.closed,
            },
        };
        let (a, b) = (self.hi_end(), other.hi_end());
        let hi = match a.at.cmp(&b.at) {
            Ordering::Greater => a,
            Ordering::Less => b,
            Ordering::Equal => End {
                at: a.at,
                closed: a.closed || b.closed,
            },
        };
        Interval::from_ends(lo, hi)
    }

    /// True when the two sets share at least one point. Symmetric; an empty
    /// interval overlaps nothing.
    pub fn overlaps(&self, other: &Interval) -> bool {
        !self.intersect(other).is_empty()
    }

    /// `{x + y : x in self, y in o}`. A bound of the sum is inclusive only
    /// when both summed bounds are (and the sum is exact).
    pub fn add(&self, o: &Interval) -> Interval {
        if self.is_empty() || o.is_empty() {
            return Interval::empty();
        }
        let sum = |a: End, b: End, lower: bool| match (a.at, b.at) {
            (Ext::Fin(x), Ext::Fin(y)) => {
                let e = add_fin(x, y);
                End {
                    at: if lower { e.lo } else { e.hi },
                    closed: a.closed && b.closed && e.exact,
                }
            }
            // Lower ends of non-empty intervals are never +inf (nor upper
            // ends -inf), so any infinite end makes that side unbounded.
            _ => End {
                at: if lower { Ext::NegInf } else { Ext::PosInf },
                closed: false,
            },
        };
        Interval::from_ends(
            sum(self.lo_end(), o.lo_end(), true),
            sum(self.hi_end(), o.hi_end(), false),
        )
    }

    /// `{x - y : x in self, y in o}`.
    pub fn sub(&self, o: &Interval) -> Interval {
        self.add(&o.neg())
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

    /// `{x * y : x in self, y in o}`: the hull of the four endpoint products.
    /// `0 * inf` counts as 0 (a zero endpoint contributes 0 whatever the
    /// other side is), and a product bound is inclusive when it is attained:
    /// both factors' bounds inclusive, or one factor an inclusive 0.
    pub fn mul(&self, o: &Interval) -> Interval {
        if self.is_empty() || o.is_empty() {
            return Interval::empty();
        }
        let (a, b) = ([self.lo_end(), self.hi_end()], [o.lo_end(), o.hi_end()]);
        let cands = [
            mul_ends(a[0], b[0]),
            mul_ends(a[0], b[1]),
            mul_ends(a[1], b[0]),
            mul_ends(a[1], b[1]),
        ];
        hull_of(&cands)
    }

    /// `{x / y : x in self, y in o}`, or `None` when the divisor contains 0
    /// (the quotient would be unbounded or undefined). A divisor bound that
    /// is an excluded 0, like `(0, 1]`, is fine and yields an unbounded side.
    /// An empty operand gives `Some(empty)`.
    pub fn div(&self, o: &Interval) -> Option<Interval> {
        if o.contains(Decimal::ZERO) {
            return None;
        }
        if self.is_empty() || o.is_empty() {
            return Some(Interval::empty());
        }
        let divisor_positive = o.lo_end().at >= Ext::Fin(Decimal::ZERO);
        let (a, b) = ([self.lo_end(), self.hi_end()], [o.lo_end(), o.hi_end()]);
        let cands = [
            div_ends(a[0], b[0], divisor_positive),
            div_ends(a[0], b[1], divisor_positive),
            div_ends(a[1], b[0], divisor_positive),
            div_ends(a[1], b[1], divisor_positive),
        ];
        Some(hull_of(&cands))
    }

    /// Widens both finite bounds outward by `amount` (an extended value
    /// `>= 0`), keeping their inclusiveness.
    fn widen_by(&self, amount: Ext) -> Interval {
        if self.is_empty() {
            return *self;
        }
        let shift = |b: Bound, up: bool| match (b, amount) {
            (Bound::Unbounded, _) | (_, Ext::PosInf) => Bound::Unbounded,
            (Bound::Inclusive(d) | Bound::Exclusive(d), Ext::Fin(a)) => {
                let e = add_fin(d, if up { a } else { -a });
                match if up { e.hi } else { e.lo } {
                    Ext::Fin(v) => same_kind(b, v),
                    _ => Bound::Unbounded,
                }
            }
            (_, Ext::NegInf) => b,
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
        self.widen_by(Ext::Fin(absolute.abs()))
    }

    /// A relative tolerance: widens both sides by `|fraction|` times the
    /// larger magnitude of the *finite* bounds (unbounded sides are ignored
    /// when picking it, and stay unbounded). `[100, 200]` widened by `0.1`
    /// is `[80, 220]`. The amount is rounded up if inexact.
    pub fn widen_relative(&self, fraction: Decimal) -> Interval {
        let finite = [self.lower, self.upper]
            .into_iter()
            .filter_map(|b| match b {
                Bound::Inclusive(d) | Bound::Exclusive(d) => Some(d.abs()),
                Bound::Unbounded => None,
            });
        match finite.max() {
            Some(m) => self.widen_by(mul_fin(fraction.abs(), m).hi),
            None => *self,
        }
    }

    /// Some `x` in `self` and `y` in `o` have `x < y`.
    pub fn possibly_less_than(&self, o: &Interval) -> bool {
        !self.is_empty() && !o.is_empty() && self.lo_end().at < o.hi_end().at
    }

    /// Some `x` in `self` and `y` in `o` have `x <= y`.
    pub fn possibly_less_or_equal(&self, o: &Interval) -> bool {
        if self.is_empty() || o.is_empty() {
            return false;
        }
        let (lo, hi) = (self.lo_end(), o.hi_end());
        lo.at < hi.at || (lo.at == hi.at && lo.closed && hi.closed)
    }

    /// Some `x` in `self` and `y` in `o` have `x > y`.
    pub fn possibly_greater_than(&self, o: &Interval) -> bool {
        o.possibly_less_than(self)
    }

    /// Some `x` in `self` and `y` in `o` have `x >= y`.
    pub fn possibly_greater_or_equal(&self, o: &Interval) -> bool {
        o.possibly_less_or_equal(self)
    }

    /// Some `x` in `self` equals some `y` in `o` (same as [`Interval::overlaps`]).
    pub fn possibly_equal(&self, o: &Interval) -> bool {
        self.overlaps(o)
    }

    /// Every `x` in `self` is below every `y` in `o`. False when either is
    /// empty: an empty interval comes from bad input, and "certainly" must
    /// not be claimed from no evidence (this is *not* vacuous truth).
    pub fn certainly_less_than(&self, o: &Interval) -> bool {
        !self.is_empty() && !o.is_empty() && !self.possibly_greater_or_equal(o)
    }

    /// Every `x` in `self` is `<=` every `y` in `o` (false when either is empty).
    pub fn certainly_less_or_equal(&self, o: &Interval) -> bool {
        !self.is_empty() && !o.is_empty() && !self.possibly_greater_than(o)
    }

    /// Every `x` in `self` is above every `y` in `o` (false when either is empty).
    pub fn certainly_greater_than(&self, o: &Interval) -> bool {
        o.certainly_less_than(self)
    }

    /// Every `x` in `self` is `>=` every `y` in `o` (false when either is empty).
    pub fn certainly_greater_or_equal(&self, o: &Interval) -> bool {
        o.certainly_less_or_equal(self)
    }
}

impl Interval {
    /// The interval for a message, its ends grouped in thousands as articles write figures:
    /// `[3,285,000, 3,295,000)`.
    pub fn grouped(&self) -> String {
        self.display_to(28)
    }

    /// The interval as [`Display`](fmt::Display) shows it, with each end a computed figure
    /// shown to `significant` digits ([`show_computed`]).
    pub fn display_to(&self, significant: u32) -> String {
        if self.is_empty() {
            return "empty".to_string();
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
            Bound::Inclusive(d) => write!(f, "[{}", fmt_decimal(d))?,
            Bound::Exclusive(d) => write!(f, "({}", fmt_decimal(d))?,
        }
        f.write_str(", ")?;
        match self.upper {
            Bound::Unbounded => f.write_str("+inf)"),
            Bound::Inclusive(d) => write!(f, "{}]", fmt_decimal(d)),
            Bound::Exclusive(d) => write!(f, "{})", fmt_decimal(d)),
        }
    }
}

// ---------------------------------------------------------------------------
// Quantities
// ---------------------------------------------------------------------------

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
            .filter(|(_, q)| *q == self)
            .map(|(p, _)| *p)
            .collect()
    }

    /// The qualifier a phrase names: case-insensitive, any run of whitespace
    /// between words. `None` for anything else (including the empty phrase).
    pub fn from_phrase(phrase: &str) -> Option<Qualifier> {
        let norm = phrase
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        QUALIFIER_PHRASES
            .iter()
            .find(|(p, _)| *p == norm)
            .map(|(_, q)| *q)
    }
}

/// A figure as reported, with what it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quantity {
    /// The text as reported, trimmed.
    pub text: String,
    /// The number the text names, scaled and normalized: "3.29 million" ->
    /// 3290000, "0.85%" -> 0.85, "more than 10,000" -> 10000.
    pub value: Decimal,
    /// The set of true values the figure stands for under rounding and the
    /// qualifier. Exact, except for a figure with 28 significant digits
    /// whose rounding bounds would need a 29th: those are rounded outward.
    pub interval: Interval,
    /// The qualifier before the number.
    pub qualifier: Qualifier,
    /// A percentage (`%` or `percent`); `value` is then in percent units.
    pub is_percent: bool,
    /// Digits after the decimal point as written, before scaling ("3.29
    /// million" -> 2). The rounding step is `10^-decimals * multiplier`.
    pub decimals: u32,
    /// The scale word's factor: 1, 1000 (thousand), 10^6 (million), 10^9
    /// (billion) or 10^12 (trillion).
    pub multiplier: Decimal,
    /// Byte range of the number part (after the qualifier) within `text`,
    /// e.g. `10..16` for "more than 10,000"; [`notations`] starts from it.
    pub number_span: Range<usize>,
}

impl Quantity {
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

    /// An integer count written to the unit with no qualifier: `17`,
    /// `7,993`, `three`. Percentages, negative figures and scaled figures
    /// (`3 million` has a rounding step of a million, so it is not an exact
    /// count even though its value is an integer) are not.
    pub fn is_exact_count(&self) -> bool {
        self.qualifier == Qualifier::Exact
            && !self.is_percent
            && self.value.is_integer()
            && !self.value.is_sign_negative()
            && self.step() == Some(Decimal::ONE)
    }

    /// One unit of the last written digit, scaled: "3.29 million" -> 10000,
    /// "0.85%" -> 0.01, "17" -> 1. `None` only for a hand-built quantity
    /// whose step is not representable.
    pub fn step(&self) -> Option<Decimal> {
        let unit = Decimal::try_from_i128_with_scale(1, self.decimals).ok()?;
        exact_mul(unit, self.multiplier)
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
    }
}

const NUMBER_HELP: &str = "write digits (7,993 or 7993), a decimal (11,487.39), a scaled figure \
     (3.29 million), a percentage (0.85%), or a whole-number word (zero to twenty, thirty to \
     ninety, hundred, a dozen)";

const FOLLOW_HELP: &str = "a figure may be followed only by a scale word (thousand, million, \
     billion, trillion) or by percent";

fn qualifier_help() -> String {
    let list: Vec<&str> = QUALIFIER_PHRASES.iter().map(|(p, _)| *p).collect();
    format!("accepted qualifiers: {}", list.join(", "))
}

/// Whole-number words read like digits.
const NUMBER_WORDS: &[(&str, u32)] = &[
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

const SCALE_WORDS: &[(&str, u32)] = &[
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
    ("tn", "trillion"),
];

fn number_word(lower: &str) -> Option<u32> {
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|(_, n)| *n)
}

fn scale_exponent(lower: &str) -> Option<u32> {
    SCALE_WORDS
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|(_, e)| *e)
}

/// "twenty-one" and the like: not accepted, but recognised to suggest digits.
fn compound_number(lower: &str) -> Option<u32> {
    let (tens, units) = lower.split_once('-')?;
    let t = number_word(tens).filter(|t| (20..=90).contains(t) && t % 10 == 0)?;
    let u = number_word(units).filter(|u| (1..=9).contains(u))?;
    Some(t + u)
}

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
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(Word {
                    text: &text[s..i],
                    start: s,
                });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: &text[s..],
            start: s,
        });
    }
    out
}

fn phrase_of(words: &[Word<'_>]) -> String {
    words
        .iter()
        .map(|w| w.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the number part starts at word `i`. Generous on purpose: anything
/// that looks like an attempt at a number starts it, so that a malformed
/// number is reported as such rather than as an unknown qualifier.
fn starts_number(words: &[Word<'_>], i: usize) -> bool {
    let w = words[i].text;
    let Some(c) = w.chars().next() else {
        return false;
    };
    if c.is_numeric() || matches!(c, '-' | '+' | '.' | ',' | '\u{2212}' | '\u{2013}') {
        return true;
    }
    let lower = w.to_lowercase();
    let body = lower.strip_suffix('%').unwrap_or(&lower);
    if number_word(body).is_some() || body == "dozen" || compound_number(body).is_some() {
        return true;
    }
    lower == "a"
        && words
            .get(i + 1)
            .is_some_and(|n| matches!(n.text.to_lowercase().as_str(), "dozen" | "hundred"))
}

/// The number part before scaling.
struct NumberPart {
    literal: Decimal,
    decimals: u32,
    exponent: u32,
    percent: bool,
    span: Range<usize>,
}

/// Inserts a comma between each group of three integer digits.
fn group_thousands(s: &str) -> String {
    let (sign, rest) = match s.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", s),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut out = String::from(sign);
    let n = int.chars().count();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// "write 7,993 or 7993" (or just "write 793" when no separator is needed).
fn write_help(sign: &str, int_digits: &str, frac: Option<&str>) -> String {
    let int = int_digits.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.map(|f| format!(".{f}")).unwrap_or_default();
    let plain = format!("{sign}{int}{frac}");
    if int.len() > 3 {
        format!("write {sign}{}{frac} or {plain}", group_thousands(int))
    } else {
        format!("write {plain}")
    }
}

/// Parses a numeral like `-11,487.39` starting at byte `off` of the text.
fn parse_numeral(body: &str, off: usize) -> Result<(Decimal, u32), QuantityError> {
    let all = off..off + body.len();
    let mut chars = body.chars();
    let first = chars.next().unwrap_or('0');
    if first == '+' {
        return Err(error(
            "`+` is not needed before a figure",
            off..off + 1,
            format!("write {}", chars.as_str()),
        ));
    }
    if matches!(first, '\u{2212}' | '\u{2013}') {
        return Err(error(
            format!("`{first}` is not the minus sign `-`"),
            off..off + first.len_utf8(),
            format!("write -{}", chars.as_str()),
        ));
    }
    let (sign, digits, doff) = match body.strip_prefix('-') {
        Some(rest) => ("-", rest, off + 1),
        None => ("", body, off),
    };
    for (j, c) in digits.char_indices() {
        if c.is_ascii_digit() || c == ',' || c == '.' {
            continue;
        }
        let (head, tail) = digits.split_at(j);
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
        if let Some((_, word)) = SCALE_ABBREVIATIONS.iter().find(|(a, _)| *a == tail_lower)
            && !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            return Err(error(
                format!("`{body}` uses an abbreviated scale"),
                all,
                format!("write the scale word out: {sign}{head} {word}"),
            ));
        }
        return Err(error(
            format!("unexpected character `{c}` in `{body}`"),
            doff + j..doff + j + c.len_utf8(),
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
        return Err(error(
            format!("`{body}` has more than one decimal point"),
            all,
            "use commas for thousands and one point for decimals, e.g. 1,234.5",
        ));
    }
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let int_plain: String = int.chars().filter(|c| *c != ',').collect();
    if int_plain.is_empty() {
        let frac_digits: String = frac.unwrap_or("").chars().filter(|c| *c != ',').collect();
        return Err(error(
            format!("`{body}` has no digit before the decimal point"),
            all,
            format!("write {sign}0.{frac_digits}"),
        ));
    }
    if let Some(f) = frac {
        if f.is_empty() {
            return Err(error(
                format!("`{body}` ends with a decimal point"),
                all,
                write_help(sign, &int_plain, None),
            ));
        }
        if f.contains(',') {
            let f_plain: String = f.chars().filter(|c| *c != ',').collect();
            return Err(error(
                format!("`{body}` has a comma after the decimal point"),
                all,
                format!(
                    "commas separate thousands only: {}",
                    write_help(sign, &int_plain, Some(&f_plain))
                ),
            ));
        }
    }
    if int.contains(',') {
        let mut groups = int.split(',');
        let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
        if !first_ok || !groups.all(|g| g.len() == 3) {
            return Err(error(
                format!("`{body}` has a misplaced thousands separator"),
                all,
                write_help(sign, &int_plain, frac),
            ));
        }
    }
    if int_plain.len() > 1 && int_plain.starts_with('0') {
        return Err(error(
            format!("`{body}` has a leading zero"),
            all,
            write_help(sign, &int_plain, frac),
        ));
    }
    let frac = frac.unwrap_or("");
    let too_big = || {
        error(
            format!("`{body}` has too many digits to check exactly"),
            all.clone(),
            "write at most 28 significant digits and at most 27 decimal places",
        )
    };
    let decimals = u32::try_from(frac.len()).map_err(|_| too_big())?;
    if decimals >= MAX_SCALE {
        return Err(too_big());
    }
    let mut mantissa: i128 = 0;
    for d in int_plain.bytes().chain(frac.bytes()) {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(i128::from(d - b'0')))
            .ok_or_else(too_big)?;
    }
    if sign == "-" {
        mantissa = -mantissa;
    }
    let literal = Decimal::try_from_i128_with_scale(mantissa, decimals).map_err(|_| too_big())?;
    Ok((literal, decimals))
}

/// Parses the number part: a numeral or number word, then an optional scale
/// word or percent mark. `words` starts at the number.
fn parse_number(text: &str, words: &[Word<'_>]) -> Result<NumberPart, QuantityError> {
    let head = words[0];
    let head_lower = head.text.to_lowercase();
    let (body, mut percent) = match head.text.strip_suffix('%') {
        Some(b) => (b, true),
        None => (head.text, false),
    };
    let body_lower = body.to_lowercase();
    let mut numeral_digits = None;
    let (literal, decimals, mut consumed) = if head_lower == "a" {
        // starts_number guarantees "dozen" or "hundred" follows.
        let n = if words[1].text.to_lowercase() == "dozen" {
            12
        } else {
            100
        };
        (Decimal::from(n), 0, 2)
    } else if body_lower == "dozen" {
        return Err(error(
            format!("`{body}` needs an `a` before it"),
            head.start..head.start + body.len(),
            "write a dozen or 12",
        ));
    } else if let Some(n) = number_word(&body_lower) {
        (Decimal::from(n), 0, 1)
    } else if let Some(n) = compound_number(&body_lower) {
        return Err(error(
            format!("`{body}` is not one of the number words this checker reads"),
            head.start..head.start + body.len(),
            format!("write it in digits: {n}"),
        ));
    } else {
        let (lit, dec) = parse_numeral(body, head.start)?;
        numeral_digits = Some(body);
        (lit, dec, 1)
    };
    let mut end = words[consumed - 1].end();
    let mut exponent: Option<u32> = None;
    while let Some(w) = words.get(consumed) {
        let lower = w.text.to_lowercase();
        let next_lower = words.get(consumed + 1).map(|n| n.text.to_lowercase());
        let number_text = || &text[words[0].start..end];
        if let Some(e) = scale_exponent(&lower) {
            if percent {
                return Err(error(
                    format!("`{}` cannot follow a percentage", w.text),
                    w.start..w.end(),
                    "write either a percentage (0.85%) or a scaled figure (3.29 million)",
                ));
            }
            if exponent.is_some() {
                return Err(error(
                    format!("`{}` is a second scale word", w.text),
                    w.start..w.end(),
                    "use one scale word, e.g. 3.29 billion",
                ));
            }
            exponent = Some(e);
        } else if lower
            .strip_suffix('%')
            .is_some_and(|s| scale_exponent(s).is_some())
        {
            return Err(error(
                format!("`{}` mixes a scale word and a percent sign", w.text),
                w.start..w.end(),
                "write either a percentage (0.85%) or a scaled figure (3.29 million)",
            ));
        } else if lower == "percent" {
            if percent {
                return Err(error(
                    format!("`{}` repeats the percent sign", w.text),
                    w.start..w.end(),
                    "write 0.85% or 0.85 percent, not both",
                ));
            }
            if exponent.is_some() {
                return Err(error(
                    format!("`{}` cannot follow a scale word", w.text),
                    w.start..w.end(),
                    "write either a percentage (0.85%) or a scaled figure (3.29 million)",
                ));
            }
            percent = true;
        } else if lower == "%" {
            let num = number_text();
            return Err(error(
                "`%` is separated from the number",
                w.start..w.end(),
                format!("write {num}% without a space"),
            ));
        } else if lower == "per" && next_lower.as_deref() == Some("cent") {
            let span = w.start..words[consumed + 1].end();
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
            let span = w.start..words[consumed + 1].end();
            let num = number_text();
            let suggestion = if matches!(next_lower.as_deref(), Some("more" | "over" | "above")) {
                format!("write at least {num}")
            } else {
                format!("write at most {num}")
            };
            return Err(error(
                format!("`{}` after the number is not read", &text[span.clone()]),
                span,
                format!("put the qualifier before the number: {suggestion}"),
            ));
        } else if consumed == 1
            && numeral_digits.is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()))
            && w.text
                .split(',')
                .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
        {
            let joined: String = numeral_digits
                .unwrap_or("")
                .chars()
                .chain(w.text.chars())
                .filter(|c| *c != ',')
                .collect();
            return Err(error(
                format!("`{}` looks like part of the number", w.text),
                w.start..w.end(),
                format!(
                    "thousands separators are commas, not spaces: {}",
                    write_help("", &joined, None)
                ),
            ));
        } else if number_word(&lower).is_some() || compound_number(&lower).is_some() {
            return Err(error(
                format!("unexpected `{}` after the number", w.text),
                w.start..w.end(),
                "write compound numbers in digits, e.g. 21 or 300",
            ));
        } else {
            return Err(error(
                format!("unexpected `{}` after the number", w.text),
                w.start..w.end(),
                FOLLOW_HELP,
            ));
        }
        end = w.end();
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

fn ten_pow(exponent: u32) -> Option<Decimal> {
    Decimal::try_from_i128_with_scale(pow10_i128(exponent)?, 0).ok()
}

fn parse_quantity(text: &str) -> Result<Quantity, QuantityError> {
    let words = split_words(text);
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Err(error(
            "empty value",
            0..text.len(),
            "write the figure as reported, e.g. 7,993, 3.29 million, 0.85% or more than 10,000",
        ));
    };
    let Some(i) = (0..words.len()).find(|&i| starts_number(&words, i)) else {
        return Err(no_number_error(text, &words));
    };
    let qualifier = if i == 0 {
        Qualifier::Exact
    } else {
        let span = first.start..words[i - 1].end();
        Qualifier::from_phrase(&phrase_of(&words[..i])).ok_or_else(|| {
            error(
                format!("unknown qualifier `{}`", &text[span.clone()]),
                span,
                qualifier_help(),
            )
        })?
    };
    let part = parse_number(text, &words[i..])?;
    let number_text = &text[part.span.clone()];
    let too_large = || {
        error(
            format!("`{number_text}` is too large to check exactly"),
            part.span.clone(),
            "figures up to 79 octillion with at most 28 significant digits can be checked",
        )
    };
    let multiplier = ten_pow(part.exponent).ok_or_else(too_large)?;
    let value = exact_mul(part.literal, multiplier)
        .ok_or_else(too_large)?
        .normalize();
    let unit = Decimal::try_from_i128_with_scale(5, part.decimals + 1).map_err(|_| too_large())?;
    let half_step = exact_mul(unit, multiplier).ok_or_else(too_large)?;
    // Bounds are exact whenever representable; a 28-digit figure's rounding
    // bounds need a 29th digit, so they are rounded outward instead.
    let lower = |delta: Decimal| match add_fin(value, delta).lo {
        Ext::Fin(d) => Bound::Inclusive(d),
        _ => Bound::Unbounded,
    };
    let upper = |delta: Decimal, inclusive: bool| match add_fin(value, delta).hi {
        Ext::Fin(d) if inclusive => Bound::Inclusive(d),
        Ext::Fin(d) => Bound::Exclusive(d),
        _ => Bound::Unbounded,
    };
    let rounding = Interval::new(lower(-half_step), upper(half_step, false));
    let tenth = match mul_fin(value.abs(), Decimal::new(1, 1)).hi {
        Ext::Fin(t) => t,
        _ => return Err(too_large()),
    };
    let interval = match qualifier {
        Qualifier::Exact => rounding,
        Qualifier::MoreThan => Interval::new(Bound::Exclusive(value), Bound::Unbounded),
        Qualifier::AtLeast => Interval::new(Bound::Inclusive(value), Bound::Unbounded),
        Qualifier::LessThan => Interval::new(Bound::Unbounded, Bound::Exclusive(value)),
        Qualifier::AtMost => Interval::new(Bound::Unbounded, Bound::Inclusive(value)),
        Qualifier::Nearly | Qualifier::About if value.is_zero() => rounding,
        Qualifier::Nearly if value.is_sign_positive() => {
            Interval::new(lower(-tenth), Bound::Exclusive(value))
        }
        Qualifier::Nearly => Interval::new(Bound::Exclusive(value), upper(tenth, true)),
        Qualifier::About => Interval::new(lower(-tenth), upper(tenth, true)),
    };
    let offset = first.start;
    Ok(Quantity {
        text: text[offset..last.end()].to_string(),
        value,
        interval,
        qualifier,
        is_percent: part.percent,
        decimals: part.decimals,
        multiplier,
        number_span: part.span.start - offset..part.span.end - offset,
    })
}

/// No word starts a number: say whether a qualifier is left hanging or the
/// rest is simply not a number.
fn no_number_error(text: &str, words: &[Word<'_>]) -> QuantityError {
    let first = words[0];
    let last = words[words.len() - 1];
    for k in (1..=words.len()).rev() {
        if Qualifier::from_phrase(&phrase_of(&words[..k])).is_none() {
            continue;
        }
        let qual = first.start..words[k - 1].end();
        if k == words.len() {
            return error(
                format!("`{}` is not followed by a number", &text[qual.clone()]),
                qual,
                "write the figure after the qualifier, e.g. more than 10,000",
            );
        }
        let rest = words[k].start..last.end();
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

// ---------------------------------------------------------------------------
// Notations
// ---------------------------------------------------------------------------

fn scale_word(exponent: u32) -> Option<&'static str> {
    SCALE_WORDS
        .iter()
        .find(|(_, e)| *e == exponent)
        .map(|(w, _)| *w)
}

/// The number words for a small whole number, canonical first.
fn words_for(n: Decimal) -> Vec<&'static str> {
    let mut out = Vec::new();
    if let Some((w, _)) = NUMBER_WORDS
        .iter()
        .find(|(_, v)| Decimal::from(*v) == n && *v != 100)
    {
        out.push(*w);
    }
    if n == Decimal::from(12) {
        out.push("a dozen");
    }
    if n == Decimal::from(100) {
        out.extend(["a hundred", "one hundred"]);
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
    push(
        q.text
            .get(q.number_span.clone())
            .unwrap_or(&q.text)
            .to_string(),
    );
    let exponent = (0..=12u32)
        .step_by(3)
        .find(|e| ten_pow(*e) == Some(q.multiplier));
    let literal = exponent.and_then(|e| {
        let v = q.value.normalize();
        fit(v.mantissa(), v.scale() + e)
    });
    let (Some(exponent), Some(mut literal)) = (exponent, literal) else {
        return out;
    };
    literal.rescale(q.decimals);
    let plain = literal.to_string();
    let mut numerals = vec![(group_thousands(&plain), true), (plain, true)];
    if q.decimals == 0 {
        numerals.extend(
            words_for(literal)
                .into_iter()
                .map(|w| (w.to_string(), false)),
        );
    }
    if q.is_percent {
        for (n, is_digits) in numerals {
            if is_digits {
                push(format!("{n}%"));
            }
            push(format!("{n} percent"));
        }
    } else if let Some(word) = scale_word(exponent) {
        let full = q.value.normalize().to_string();
        push(group_thousands(&full));
        push(full);
        for (n, _) in numerals {
            push(format!("{n} {word}"));
        }
    } else {
        for (n, _) in numerals {
            push(n);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {

    #[test]
    fn computed_figures_show_to_their_precision_with_separators() {
        use super::{show_computed, with_separators};
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
        assert_eq!(with_separators("999"), "999");
    }
    use super::*;
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

    fn closed(a: &str, b: &str) -> Interval {
        Interval::new(Bound::Inclusive(d(a)), Bound::Inclusive(d(b)))
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
        assert_eq!(iv("0"), "[-0.5, 0.5)");
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
    fn scale_words() {
        let x = q("3.29 million");
        assert_eq!(x.value, d("3290000"));
        assert_eq!(x.value.to_string(), "3290000");
        assert_eq!(x.decimals, 2);
        assert_eq!(x.multiplier, d("1000000"));
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
        assert_eq!(iv("nearly 0"), "[-0.5, 0.5)");
        assert_eq!(iv("about zero"), "[-0.5, 0.5)");
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
    fn whitespace_and_negatives() {
        let x = q("  \t 7,993 \n");
        assert_eq!(x.text, "7,993");
        assert_eq!(x.to_string(), "7,993");
        assert_eq!(x.number_span, 0..5);
        let n = q("-17");
        assert_eq!(n.value, d("-17"));
        assert_eq!(n.interval.to_string(), "[-17.5, -16.5)");
        assert!(!n.is_exact_count());
        assert_eq!(q("-0.5%").value, d("-0.5"));
        assert_eq!(q("-1,234.5").value, d("-1234.5"));
        let m = q("  more than 10,000 ");
        assert_eq!(m.text, "more than 10,000");
        assert_eq!(&m.text[m.number_span.clone()], "10,000");
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
    fn error_misplaced_separator() {
        let e = err("79,93");
        assert_eq!(e.message, "`79,93` has a misplaced thousands separator");
        assert_eq!(e.help, "write 7,993 or 7993");
        assert_eq!(e.span, 0..5);
        assert_eq!(at("more than 79,93%"), "79,93");
        assert_eq!(err("1,23").help, "write 123");
        assert_eq!(err("1234,567").help, "write 1,234,567 or 1234567");
        assert_eq!(err("7,9930").help, "write 79,930 or 79930");
        assert_eq!(err(",793").help, "write 793");
        assert_eq!(err("7,,993").help, "write 7,993 or 7993");
        assert_eq!(err("7993,").help, "write 7,993 or 7993");
        assert_eq!(err("-79,93.5").help, "write -7,993.5 or -7993.5");
        assert!(err("12,34 million").message.contains("misplaced"));
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
        assert_eq!(e.help, "write 0.5");
        assert_eq!(err("-.5").help, "write -0.5");
        let e = err("1.2.3");
        assert_eq!(e.message, "`1.2.3` has more than one decimal point");
        let e = err("1.234,5");
        assert_eq!(e.message, "`1.234,5` has a comma after the decimal point");
        assert_eq!(e.help, "commas separate thousands only: write 1.2345");
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
    fn error_characters_and_signs() {
        let e = err("12a");
        assert_eq!(e.message, "unexpected character `a` in `12a`");
        assert_eq!(e.span, 2..3);
        assert_eq!(at("about 1e6"), "e");
        let e = err("+5");
        assert_eq!(e.message, "`+` is not needed before a figure");
        assert_eq!((e.span, e.help), (0..1, "write 5".to_string()));
        let e = err("\u{2212}5");
        assert_eq!(e.span, 0..3);
        assert_eq!(e.help, "write -5");
        let e = err("-");
        assert_eq!(e.message, "`-` has no digits");
        assert_eq!(err("--5").span, 1..2);
        // Non-ASCII digits are pointed at, on a char boundary.
        let s = "１２";
        assert_eq!(at(s), "１");
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
        assert_eq!(err("12K").help, "write the scale word out: 12 thousand");
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
        assert_eq!(
            err("12 345,678").help,
            "thousands separators are commas, not spaces: write 12,345,678 or 12345678"
        );
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
        assert!(e.message.contains("too many digits"), "{}", e.message);
        let e = err("at least 79,228,162,514,264,337,593,543,951 thousand");
        assert!(e.message.contains("too large"), "{}", e.message);
        assert_eq!(e.span, 9..e.span.end);
        assert!(
            err("80 octillion")
                .message
                .contains("unexpected `octillion`")
        );
        // Just representable: the rounding bounds would need a 29th digit, so
        // they are rounded outward (or become unbounded) instead of failing.
        let x = q("79,228,162,514,264,337,593,543,950 thousand");
        assert_eq!(x.value, d("79228162514264337593543950000"));
        assert_eq!(x.interval.upper, Bound::Unbounded);
        let y = q("9,000,000,000,000,000,000,000,000,001");
        let v = d("9000000000000000000000000001");
        assert!(y.interval.contains(v));
        let w = y.interval.width().unwrap();
        assert!(w >= Decimal::ONE && w <= Decimal::from(4), "{w}");
        // the largest figures that fit still parse
        assert!(Quantity::parse("79,228,162,514,264,337,593,543").is_ok());
        assert!(Quantity::parse("0.000000000000000000000000001").is_ok());
    }

    #[test]
    fn error_display_and_spans_are_relative_to_given_text() {
        let e = err("   79,93");
        assert_eq!(e.span, 3..8);
        assert_eq!(e.to_string(), e.message);
        let boxed: Box<dyn std::error::Error> = Box::new(e);
        assert!(boxed.to_string().contains("misplaced"));
    }

    // --- notations ------------------------------------------------------------

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
            n("1.2345 thousand"),
            ["1.2345 thousand", "1,234.5", "1234.5"]
        );
        assert_eq!(
            n("about 1.749 billion"),
            ["1.749 billion", "1,749,000,000", "1749000000"]
        );
    }

    #[test]
    fn notations_of_hand_built_quantity_never_panic() {
        let mut x = q("17");
        x.multiplier = d("7");
        assert_eq!(notations(&x), ["17"]);
        x.number_span = 1..50;
        assert_eq!(notations(&x), ["17"]);
        x.decimals = 99;
        assert_eq!(x.step(), None);
        assert!(!x.is_exact_count());
    }

    // --- intervals ------------------------------------------------------------

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
        assert!(p.possibly_equal(&p));
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

    /// A decimal `m / 10^dec` with its text and the text with separators.
    fn render(m: u64, dec: u32, neg: bool, sep: bool) -> (Decimal, String) {
        let v = Decimal::from_i128_with_scale(i128::from(m), dec);
        let v = if neg { -v } else { v };
        let s = v.to_string();
        (v, if sep { group_thousands(&s) } else { s })
    }

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
                assert!(x.text.get(x.number_span.clone()).is_some());
                assert!(!x.interval.is_empty(), "{s:?}");
                let _ = notations(&x);
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
                let mult = ten_pow(e).unwrap();
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
            prop_assert_eq!(step, Decimal::new(1, dec) * x.multiplier);
            prop_assert_eq!(x.interval.width(), Some(step));
            // the text itself is among its notations, and each digit notation
            // reads back to the same value
            let ns = notations(&x);
            prop_assert_eq!(&ns[0], &text);
            for n in ns.iter().filter(|n| n.starts_with(|c: char| c.is_ascii_digit() || c == '-')) {
                let y = Quantity::parse(n).unwrap();
                prop_assert_eq!(y.value, expected);
            }
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
            check(&i.add(&j), exact_add(a, c));
            check(&i.sub(&j), exact_add(a, -c));
            check(&i.mul(&j), exact_mul(a, c));
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
