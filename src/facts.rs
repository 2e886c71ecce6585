//! What a finding is about, as data for machines.
//!
//! A finding's message is a sentence for the person who must act on it. The same facts
//! reach the JSON report as the diagnostic's `data`, typed by the check that found them,
//! so that a program reads the count stated or the interval a figure stands for without
//! parsing English. Each check module declares its findings' data as a `Serialize` struct
//! built from the pieces here, and attaches it with `Finding::data` or `Diagnostic::with_data`.

use serde::Serialize;

use crate::model::Claim;
use crate::quantity::{Interval, Quantity};

/// A reported figure: the text as written, the number it names, and the set of true
/// values it stands for under rounding and its qualifier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Figure {
    /// As the claim writes it: `3.29 million`, `more than 10,000`.
    pub written: String,
    /// The number, exact and normalised: `3290000`.
    pub value: String,
    /// The interval in mathematical notation: `[3285000, 3295000)`, `(10000, +inf)`.
    pub interval: String,
    /// The figure as the claim's quote writes it, where the claim stands for that figure
    /// rather than its value (`1.2 million` for `value: 1,200,000`, see
    /// [`Claim::as_quoted`]): what `interval` is then read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_quoted: Option<String>,
}

impl Figure {
    /// The figure as written, standing for its rounding interval.
    pub fn of(quantity: &Quantity) -> Figure {
        Figure::reading(quantity, &quantity.interval)
    }

    /// A claim's figure as the rules compare it ([`Claim::reading`]): an exact count
    /// stands for its number alone. `None` for a claim without a value.
    pub fn of_claim(claim: &Claim) -> Option<Figure> {
        let quantity = &claim.value.as_ref()?.value;
        let mut figure = Figure::reading(quantity, &claim.reading()?);
        figure.as_quoted = claim.as_quoted().map(|quoted| quoted.text.to_string());
        Some(figure)
    }

    /// A claim's `value:` as it writes it, standing for what it names: exactly its number
    /// for a count of things ([`Claim::counts_exactly`]: `4` villages is 4, not `[3.5,
    /// 4.5)`), else its rounding interval. What the findings about the value itself report;
    /// the rules report [`Figure::of_claim`], which reads the quote's figure where it stands
    /// for the value.
    pub fn of_value(claim: &Claim, value: &Quantity) -> Figure {
        if claim.counts_exactly(value) {
            Figure::reading(value, &Interval::exact(value.value))
        } else {
            Figure::of(value)
        }
    }

    /// The figure as written, standing for `interval`.
    pub fn reading(quantity: &Quantity, interval: &Interval) -> Figure {
        Figure {
            written: quantity.text.to_string(),
            value: quantity.value.normalize().to_string(),
            interval: interval.to_string(),
            as_quoted: None,
        }
    }
}

/// A computed interval (a side of an equation, a bound) in the notation of
/// [`Figure::interval`].
pub fn interval(interval: &Interval) -> String {
    interval.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_keeps_its_text_value_and_interval() {
        let figure = Figure::of(&Quantity::parse("3.29 million").unwrap());
        assert_eq!(figure.written, "3.29 million");
        assert_eq!(figure.value, "3290000");
        assert_eq!(figure.interval, "[3285000, 3295000)");
        let data = serde_json::to_value(&figure).unwrap();
        assert_eq!(data["interval"], "[3285000, 3295000)");
    }

    #[test]
    fn a_value_stands_for_exactly_its_count_and_a_measure_for_its_rounding() {
        use crate::diagnostic::Located;
        let with = |value: &str, unit: &str| {
            let mut claim = crate::testing::claim("c", "q");
            let at = claim.at;
            let value = Quantity::parse(value).unwrap();
            claim.value = Some(Located::new(value.clone(), at));
            claim.unit = Some(Located::new(unit.into(), at));
            Figure::of_value(&claim, &value).interval
        };
        assert_eq!(with("4", "village"), "[4, 4]");
        assert_eq!(with("7,993", "village"), "[7993, 7993]");
        // Not a count: a measured figure, a rounded one, a percentage.
        assert_eq!(with("4", "km"), "[3.5, 4.5)");
        assert_eq!(with("3.29 million", "person"), "[3285000, 3295000)");
        assert_eq!(with("4%", "percent"), "[3.5, 4.5)");
    }
}
