//! CC133 and the note on units: the units each sum of an `equation` rule's relation adds
//! or compares, a note when they differ, and the finding that leaves the relation
//! unevaluated when one of them is money or a measure. Its own file because it is asked of
//! every equation before any figure is computed, and speaks of units, not figures.

use serde::Serialize;

use super::EquationRule;
use crate::codes::Code;
use crate::hashing::{HashMap, HashSet};
use crate::model::{ClaimId, Project};
use crate::quantity::is_measure_unit;
use crate::rules::Finding;

/// CC133's facts: the expression, and each unit of the sum that mixes them with its claims.
#[derive(Serialize)]
struct EquationMixesUnits<'a> {
    expression: &'a str,
    units: Vec<UnitClaims<'a>>,
}

#[derive(Serialize)]
struct UnitClaims<'a> {
    unit: &'a str,
    claims: Vec<&'a str>,
}

/// How many claims of each unit a note on a sum in several units names; it counts the rest.
pub(super) const NAMED_PER_UNIT: usize = 10;

impl EquationRule {
    /// The units of each sum of the relation (and of the comparison itself, its sides'
    /// terms) that has claims in more than one: each unit in order of first appearance,
    /// with its claims, each once. Products and quotients are sums of their own, as their
    /// factors may differ in unit (a price times a count).
    fn units_of_sums<'p>(&self, project: &'p Project) -> Vec<Vec<(&'p str, Vec<ClaimId>)>> {
        let mut sums = Vec::new();
        let mut top = Vec::new();
        self.equation.left.additive_terms(&mut top, &mut sums);
        self.equation.right.additive_terms(&mut top, &mut sums);
        sums.push(top);
        let mut mixed = Vec::new();
        for sum in sums {
            // Found through maps: a sum may have thousands of terms.
            let mut units: Vec<(&str, Vec<ClaimId>)> = Vec::new();
            let mut unit_at: HashMap<&str, usize> = HashMap::default();
            let mut seen: HashSet<ClaimId> = HashSet::default();
            for slot in sum {
                let Some(&id) = self.claims.get(slot) else {
                    continue;
                };
                let Some(unit) = project.claim(id).unit_name() else {
                    continue;
                };
                if !seen.insert(id) {
                    continue;
                }
                let at = *unit_at.entry(unit).or_insert_with(|| {
                    units.push((unit, Vec::new()));
                    units.len() - 1
                });
                units[at].1.push(id);
            }
            if units.len() > 1 {
                mixed.push(units);
            }
        }
        mixed
    }

    /// The first sum whose units cannot be added: one of them is money or a measure, and
    /// they are not a percentage and percentage points (`share-2020 - share-2019 ==
    /// change` in `percent` and `percentage point` is a difference of two percentages).
    pub(super) fn unaddable_units<'p>(
        &self,
        project: &'p Project,
    ) -> Option<Vec<(&'p str, Vec<ClaimId>)>> {
        // Asked of every equation on every run, most of whose claims share one unit: the
        // sums are gathered, with their maps, only when two units meet.
        let mut units = self
            .claims
            .iter()
            .filter_map(|&id| project.claim(id).unit_name());
        let first = units.next()?;
        if units.all(|unit| unit == first) {
            return None;
        }
        self.units_of_sums(project).into_iter().find(|units| {
            let shares = units
                .iter()
                .all(|(unit, _)| matches!(*unit, "percent" | "percentage point"));
            !shares && units.iter().any(|(unit, _)| is_measure_unit(unit))
        })
    }

    /// `units` as a note names them: each with the first [`NAMED_PER_UNIT`] of its claims,
    /// then how many more.
    fn list_units(project: &Project, units: &[(&str, Vec<ClaimId>)]) -> String {
        let list: Vec<String> = units
            .iter()
            .map(|(unit, ids)| {
                let mut named: Vec<String> = ids
                    .iter()
                    .take(NAMED_PER_UNIT)
                    .map(|&id| format!("`{}`", project.claim(id).id.value))
                    .collect();
                if ids.len() > NAMED_PER_UNIT {
                    named.push(format!("{} more", ids.len() - NAMED_PER_UNIT));
                }
                format!("{unit} ({})", named.join(", "))
            })
            .collect();
        list.join("; ")
    }

    /// A note for each sum (or the comparison itself) whose claims are in different units,
    /// naming the first [`NAMED_PER_UNIT`] claims of each unit.
    pub(super) fn unit_notes(&self, project: &Project) -> Vec<String> {
        self.units_of_sums(project)
            .iter()
            .map(|units| {
                format!(
                    "the claims added, subtracted or compared here are in different units: {}",
                    Self::list_units(project, units)
                )
            })
            .collect()
    }

    /// The CC133 finding for a sum of `units`, not evaluated: labelled at the expression,
    /// and at the unit of the first claim of each unit.
    pub(super) fn mixes_units(&self, project: &Project, units: &[(&str, Vec<ClaimId>)]) -> Finding {
        let names: Vec<String> = units.iter().map(|(unit, _)| format!("`{unit}`")).collect();
        let mut finding = Finding::new(
            Code::EquationMixesUnits,
            format!(
                "`{}` adds or compares figures in different units ({}), so it checks nothing",
                self.expression.value,
                names.join(", ")
            ),
            "an equation adds figures as they are written, converting none: write it over \
             claims in one currency or measure (as the article gives them), or leave out the \
             claims in another",
        )
        .primary(self.expression.at, "figures in different units")
        .note(format!(
            "the claims are in {}",
            Self::list_units(project, units)
        ));
        for (unit, ids) in units {
            if let Some(at) = ids.first().and_then(|&id| project.claim(id).unit.as_ref()) {
                finding = finding.label(at.at, format!("in {unit}"));
            }
        }
        let named = units.iter().flat_map(|(_, ids)| ids);
        let finding = self.about_claims(project, finding, named);
        self.about_claims(project, finding, &self.claims)
            .data(&EquationMixesUnits {
                expression: &self.expression.value,
                units: units
                    .iter()
                    .map(|(unit, ids)| UnitClaims {
                        unit,
                        claims: ids
                            .iter()
                            .map(|&id| project.claim(id).id.value.as_str())
                            .collect(),
                    })
                    .collect(),
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::rules::equation::tests::checked;
    use crate::testing::codes;

    #[test]
    fn claims_in_different_units_get_a_note() {
        let outcome = checked(
            "a + b == c",
            &[
                ("a", "67", "county"),
                ("b", "9", "province"),
                ("c", "70", "county"),
            ],
        );
        assert_eq!(codes(&outcome), vec![Code::EquationFails]);
        assert!(outcome.diagnostics[0].notes.contains(
            &"the claims added, subtracted or compared here are in different units: county (`a`, \
              `c`); province (`b`)"
                .to_string()
        ));
        // A product's factors may differ in unit.
        let product = checked(
            "a * b == c",
            &[
                ("a", "2", "percent"),
                ("b", "100", "county"),
                ("c", "5", "county"),
            ],
        );
        assert_eq!(codes(&product), vec![Code::EquationFails]);
        assert!(
            !product.diagnostics[0]
                .notes
                .iter()
                .any(|n| n.contains("different units"))
        );
    }

    #[test]
    fn money_or_measures_in_different_units_are_not_added() {
        // Figures that add up, and figures that do not: either way one CC133, no CC131.
        for total in ["12", "13"] {
            let outcome = checked(
                "eu + canton == total",
                &[
                    ("eu", "5", "euro"),
                    ("canton", "7", "Swiss franc"),
                    ("total", total, "Swiss franc"),
                ],
            );
            assert_eq!(codes(&outcome), vec![Code::EquationMixesUnits], "{total}");
            let finding = &outcome.diagnostics[0];
            assert_eq!(
                finding.message,
                "`eu + canton == total` adds or compares figures in different units (`euro`, \
                 `Swiss franc`), so it checks nothing"
            );
            assert_eq!(
                finding.notes,
                ["the claims are in euro (`eu`); Swiss franc (`canton`, `total`)"]
            );
        }
        for mixed in [
            [("a", "5", "km"), ("b", "3", "mile"), ("c", "8", "km")],
            [
                ("a", "300", "yuan"),
                ("b", "2", "household"),
                ("c", "302", "yuan"),
            ],
            [
                ("a", "5", "percent"),
                ("b", "3", "county"),
                ("c", "8", "percent"),
            ],
        ] {
            assert_eq!(
                codes(&checked("a + b == c", &mixed)),
                vec![Code::EquationMixesUnits],
                "{mixed:?}"
            );
        }
        // A comparison is a sum of its sides.
        assert_eq!(
            codes(&checked(
                "a > b",
                &[("a", "5", "euro"), ("b", "3", "dollar")]
            )),
            vec![Code::EquationMixesUnits]
        );
        // Percentage points are a difference of two percentages.
        assert!(
            codes(&checked(
                "a - b == c",
                &[
                    ("a", "12.5", "percent"),
                    ("b", "10", "percent"),
                    ("c", "2.5", "percentage point")
                ],
            ))
            .is_empty()
        );
        // A product's factors may differ in unit: a price times a count.
        assert!(
            codes(&checked(
                "a * b == c",
                &[
                    ("a", "300", "yuan"),
                    ("b", "2", "household"),
                    ("c", "600", "yuan")
                ],
            ))
            .is_empty()
        );
        // Counts of different things are added as written.
        assert!(
            codes(&checked(
                "a + b == c",
                &[
                    ("a", "67", "county"),
                    ("b", "3", "district"),
                    ("c", "70", "county")
                ],
            ))
            .is_empty()
        );
    }
}
