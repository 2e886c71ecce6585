//! One metric, one spelling; one status word, one spelling (CC026).
//!
//! A metric is what `agreement`, `monotonic`, `growth` and `timeline` group claims by, and
//! a status word what `timeline` orders. Written `metric: Total population` in one claim
//! and `metric: total population` in another, one metric would be two: figures that
//! disagree would never be compared, and the run would pass without checking them. Written
//! `status: Complete`, a status would not be the `complete` a rule orders. Their capitals do
//! not change what they name, so a metric or status word that the project also writes with
//! other capitals is a warning at the field, and is read as the spelling most claims use
//! (on a tie, the one that starts in lowercase). Spacing and Unicode forms are already one
//! when the claims are read ([`crate::normalize::spaced_phrase`]).
//!
//! A value written one way throughout the project is left as it is: nothing says another
//! spelling was meant. Units have their own rules, for plurals and symbols
//! ([`super::units`], CC025).

use std::collections::BTreeMap;

use super::units::{compared_text, count_uses, most_used};
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location};
use crate::hashing::HashMap;
use crate::intern::Name;
use crate::model::{Claim, Project};

/// Reads every metric and status word written with other capitals than the rest of the
/// project writes it as that spelling, with a CC026 warning at each.
pub fn spell_one_way(project: &mut Project, diagnostics: &mut Diagnostics) {
    let (metrics, metric_spellings) =
        respellings(&count_uses(project, |claim| Some(&claim.metric)));
    let (statuses, status_spellings) = respellings(&count_uses(project, Claim::status));
    project.respelt = crate::model::Respelt {
        metrics: metric_spellings,
        statuses: status_spellings,
    };
    if metrics.is_empty() && statuses.is_empty() {
        return;
    }
    let mut warnings = Vec::new();
    for claim in project.claims.iter_mut() {
        if let Some((spelling, others)) = metrics.get(&*claim.metric.value) {
            warnings.push(respell(&mut claim.metric, "metric", spelling, *others));
        }
        let status = claim.rare.as_mut().and_then(|rare| rare.status.as_mut());
        if let Some(status) = status
            && let Some((spelling, others)) = statuses.get(&*status.value)
        {
            warnings.push(respell(status, "status", spelling, *others));
        }
    }
    diagnostics.extend(warnings);
}

/// Each value written with other capitals than a spelling the project uses more, and that
/// spelling with how many claims write it; and, by text as compared, the spelling every
/// value is read as, so that a rule's `select:` finds it in any case (`net income` selects
/// the claims that write `Net income`). Values are compared in lowercase, but for those
/// with an abbreviation or a symbol, whose case is meaning (`MW capacity` is not `mW
/// capacity`, `US aid` not `us aid`): [`compared_text`], as for units.
fn respellings(uses: &BTreeMap<Name, usize>) -> (Respellings, HashMap<String, Name>) {
    let mut respelt = HashMap::default();
    let mut chosen = HashMap::default();
    let mut by_text: HashMap<String, Vec<&Name>> = HashMap::default();
    for value in uses.keys() {
        by_text.entry(compared_text(value)).or_default().push(value);
    }
    for (text, spellings) in &by_text {
        let spelling = most_used(spellings, uses);
        for &value in spellings.iter().filter(|&&value| value != spelling) {
            respelt.insert(
                Name::clone(value),
                (Name::clone(spelling), uses[&**spelling]),
            );
        }
        chosen.insert(text.clone(), Name::clone(spelling));
    }
    (respelt, chosen)
}

/// Each value written otherwise than the spelling it is read as: that spelling, and how
/// many claims write it.
type Respellings = HashMap<Name, (Name, usize)>;

/// Reads `field` (a claim's `name:` field) as `spelling`, which `others` claims write, and
/// returns the warning.
fn respell(field: &mut Located<Name>, name: &str, spelling: &Name, others: usize) -> Diagnostic {
    let written = std::mem::replace(&mut field.value, Name::clone(spelling));
    variant_warning(name, &written, spelling, others, field.at)
}

/// The CC026 warning at a `name:` field written `written`, read as `spelling`.
fn variant_warning(
    name: &str,
    written: &str,
    spelling: &str,
    others: usize,
    at: Location,
) -> Diagnostic {
    let claims = match others {
        1 => "1 other claim writes".to_string(),
        n => format!("{n} other claims write"),
    };
    Diagnostic::new(
        Code::SpellingVariant,
        format!(
            "the {name} `{written}` is `{spelling}` written with other capitals, which {claims}: \
             read as `{spelling}`"
        ),
        at,
        format!("read as `{spelling}`"),
    )
    .with_help(format!(
        "write `{name}: {spelling}`: claims are grouped by their {name} as written, and its \
         spellings would be taken for different {name}s"
    ))
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::check_files;

    #[test]
    fn a_metric_with_other_capitals_is_read_as_the_spelling_most_claims_use() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: total population, value: 5, unit: person }\n  - { id: b, quote: x, subject: Gansu, metric: \"total  population\", value: 5, unit: person }\n  - { id: c, quote: x, subject: Gansu, metric: Total Population, value: 6, unit: person }\n";
        let rule = "rules:\n  - { id: same, kind: agreement }\n";
        let outcome = check_files(&[("claims/c.yaml", claims), ("rules/r.yaml", rule)]);
        let found: Vec<(Code, &str)> = outcome
            .diagnostics
            .iter()
            .map(|d| (d.code, d.message.as_str()))
            .collect();
        // The doubled space is one spelling already; the capitals are a warning, and the
        // figures are compared as one metric.
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[0],
            (
                Code::SpellingVariant,
                "the metric `Total Population` is `total population` written with other \
                 capitals, which 2 other claims write: read as `total population`"
            )
        );
        assert_eq!(found[1].0, Code::ValuesDisagree);
    }

    #[test]
    fn a_status_with_other_capitals_is_read_as_the_spelling_most_claims_use() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, status: complete }\n  - { id: b, quote: x, subject: Guangxi, metric: m, status: complete }\n  - { id: c, quote: x, subject: Tibet, metric: m, status: Complete }\n";
        let outcome = check_files(&[("claims/c.yaml", claims)]);
        let status = outcome
            .project
            .claims
            .iter()
            .map(|c| &*c.status().unwrap().value);
        assert!(status.into_iter().all(|s| s == "complete"));
        assert_eq!(outcome.diagnostics.len(), 1);
        assert_eq!(outcome.diagnostics[0].code, Code::SpellingVariant);
    }

    #[test]
    fn a_metric_or_status_starting_with_a_short_capitalised_word_is_read_in_any_case() {
        let claims = "source: article\nclaims:\n\
            - { id: a, quote: x, subject: Gansu, metric: Net income, value: 5 }\n\
            - { id: b, quote: x, subject: Gansu, metric: net income, value: 7 }\n\
            - { id: c, quote: x, subject: Gansu, metric: net income, value: 7 }\n\
            - { id: d, quote: x, subject: Gansu, metric: exit, status: Not complete, as_of: 2020-01-01 }\n\
            - { id: e, quote: x, subject: Gansu, metric: exit, status: not complete, as_of: 2020-02-01 }\n\
            - { id: f, quote: x, subject: Gansu, metric: exit, status: not complete, as_of: 2020-03-01 }\n";
        let outcome = check_files(&[("claims/c.yaml", claims)]);
        let variants: Vec<_> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::SpellingVariant)
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(variants.len(), 2, "{variants:#?}");
        assert!(variants[0].contains("`Net income`"), "{variants:?}");
        assert!(variants[1].contains("`Not complete`"), "{variants:?}");
    }

    #[test]
    fn a_turkish_metric_that_starts_a_sentence_with_a_dotted_capital_is_one_metric() {
        let claims = "source: article\nclaims:\n\
            - { id: a, quote: x, subject: Gansu, metric: İşsizlik oranı, value: 10.4%, period: 2022 }\n\
            - { id: b, quote: x, subject: Gansu, metric: işsizlik oranı, value: 9.4%, period: 2023 }\n\
            - { id: c, quote: x, subject: Gansu, metric: işsizlik oranı, value: 9.4%, period: 2023 }\n";
        let rule = "rules:\n  - { id: s, kind: monotonic, select: { metric: işsizlik oranı } }\n";
        let outcome = check_files(&[("claims/c.yaml", claims), ("rules/r.yaml", rule)]);
        let mut codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        codes.sort();
        assert_eq!(
            codes,
            [Code::SpellingVariant, Code::SeriesBreaks],
            "{:#?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_rule_selects_a_metric_written_one_way_in_another_case() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: Net income change, value: 120%, unit: percent }\n";
        let rule = "rules:\n  - { id: cap, kind: range, select: { metric: net income change }, max: 100 }\n";
        let outcome = check_files(&[("claims/c.yaml", claims), ("rules/r.yaml", rule)]);
        let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::OutOfRange], "{:#?}", outcome.diagnostics);
    }

    #[test]
    fn a_metric_with_an_abbreviation_keeps_its_case() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: MW capacity, value: 5, unit: plant }\n  - { id: b, quote: x, subject: Gansu, metric: mW capacity, value: 6, unit: plant }\n  - { id: c, quote: x, subject: Gansu, metric: US aid, value: 5, unit: yuan }\n  - { id: d, quote: x, subject: Gansu, metric: us aid, value: 6, unit: yuan }\n";
        let outcome = check_files(&[
            ("claims/c.yaml", claims),
            (
                "rules/r.yaml",
                "rules:\n  - { id: same, kind: agreement }\n",
            ),
        ]);
        // Four quantities of one claim each: the rule compares none, and says so.
        let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::NothingJudged], "{:?}", outcome.diagnostics);
    }

    #[test]
    fn a_rule_that_selects_another_spelling_selects_the_claims_that_wrote_it() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: total population, value: 5, unit: person, as_of: 2020-01-01 }\n  - { id: b, quote: x, subject: Gansu, metric: total population, value: 6, unit: person, as_of: 2020-02-01 }\n  - { id: c, quote: x, subject: Gansu, metric: Total population, value: 4, unit: person, as_of: 2020-03-01 }\n";
        let rule =
            "rules:\n  - { id: up, kind: monotonic, select: { metric: Total population } }\n";
        let outcome = check_files(&[("claims/c.yaml", claims), ("rules/r.yaml", rule)]);
        let found: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(
            found,
            [Code::SpellingVariant, Code::SeriesBreaks],
            "{found:?}"
        );
    }

    #[test]
    fn a_value_written_one_way_throughout_is_left_as_it_is() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: GDP, value: 5, unit: yuan }\n  - { id: b, quote: x, subject: Guangxi, metric: GDP, value: 6, unit: yuan }\n";
        let outcome = check_files(&[("claims/c.yaml", claims)]);
        assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
        assert_eq!(
            &*outcome.project.claims.iter().next().unwrap().metric.value,
            "GDP"
        );
    }
}
