//! Citations: does the article really say that?
//!
//! Built-in checks that run on every claim of every run, before the rules:
//!
//! - [`quote`] (CC201): the quote stands verbatim in the source's text, up to the
//!   [normalization](normalize) of whitespace, quote marks and dashes. A found quote gives
//!   the claim its `passage`, the byte span in the article;
//! - [`value`] (CC202): the claim's value is stated by its quote, in any equivalent
//!   notation, a figure that reads two ways (`1.035`) read by the decimal mark its article
//!   writes ([`decimal_mark`]); where the article does not settle it, a value stated by one
//!   of the two readings is a warning (CC206);
//! - [`member`] (CC203): every listed member is named in the quote.
//!
//! After the rules, [`passages::label_passages`] adds the passage to every diagnostic about
//! a claim, so that each finding shows what the article says next to the YAML.
//!
//! [`coverage`] answers the converse question: which numbers of the articles no claim
//! encodes (`claimcheck coverage`), with a reviewed ignore list in `coverage.yaml`
//! ([`ignores`]).
//!
//! Cost: one normalization per article (O(text)) and one linear search per quote, so
//! O(texts + quotes) for a corpus whose quotes are all found; see [`quote`] for the cost
//! of a quote that is not. An article's decimal mark is read once, the first time one of
//! its claims needs it (O(text)), from the figures with a point or a comma only.

pub mod chinese_numerals;
pub mod compound_scale;
pub mod contraction;
pub mod coverage;
pub mod decimal_mark;
pub mod english_words;
pub mod ignores;
pub mod kind_suffix;
pub mod left_out;
pub mod member;
pub mod notation;
pub mod number_words;
pub mod numbers;
pub mod passages;
pub mod qualifier;
pub mod quote;
pub mod range_scale;
pub mod spaced;
mod uncased_list;
pub mod unit;
pub mod value;

/// Quotes, names and articles are compared in their [normalized](crate::normalize) forms.
pub use crate::normalize;

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Location};
use crate::model::{EntityId, Project, Resolver, SourceId};
use crate::quantity::Quantity;
pub use passages::label_passages;

/// Runs the quote, value and member checks over every claim, recording each found
/// quote's passage on its claim. Claims whose source has no readable text are skipped:
/// loading has already said why.
pub fn verify(project: &mut Project) -> Vec<Diagnostic> {
    let units = unit::UnitWords::new(project);
    let (passages, diagnostics) = check_by_source(project, Some(&units));
    passages.set(project);
    diagnostics
}

/// Finds each claim's quote in its article and records the passage on the claim: the first
/// step of [`verify`], and all that coverage needs. The diagnostics are the quotes not found.
pub fn locate(project: &mut Project) -> Vec<Diagnostic> {
    let (passages, diagnostics) = check_by_source(project, None);
    passages.set(project);
    diagnostics
}

/// The passages found: of the claims, run by run, and of the claims left out
/// ([`Project::left_out`]) whose quote was found, by their place in that list; and what the
/// rules read some claims by ([`ReadAs`]), by claim.
struct Passages {
    claims: Vec<RunPassages>,
    left_out: Vec<(usize, Location)>,
    read_as: Vec<(usize, Box<ReadAs>)>,
}

impl Passages {
    fn set(self, project: &mut Project) {
        set_passages(&mut project.claims, self.claims);
        for (at, passage) in self.left_out {
            project.left_out[at].passage = Some(passage);
        }
        for (index, read_as) in self.read_as {
            let Some(claim) = project.claims.get_mut(index) else {
                continue;
            };
            let ReadAs { figure, members } = *read_as;
            if let Some(figure) = figure {
                claim.set_as_quoted(figure);
            }
            for (member, place) in members {
                claim.set_misspelt_member(member, place);
            }
        }
    }
}

/// What the rules read a claim by where the citation checks found it says something other
/// than it writes, since a claim reports what its article says, and its one finding is the
/// citation check's: the quote's figure, where it states the value to another precision
/// ([`value::Checked::as_quoted`]), and the place a member misspells, which its quote lists
/// (CC203 says which): a later list naming that place drops nothing, and one leaving it out
/// drops it ("`dic` drops Coyuca"), not the misspelling. Both only where the quote stands
/// in the article: a quote not found says nothing of it.
#[derive(Default)]
struct ReadAs {
    figure: Option<Box<Quantity>>,
    /// Members by their place in `members:`, each with the place it misspells.
    members: Vec<(usize, EntityId)>,
}

impl ReadAs {
    /// Boxed, or `None` when there is nothing to read otherwise: few claims have any.
    fn boxed(self) -> Option<Box<ReadAs>> {
        (self.figure.is_some() || !self.members.is_empty()).then(|| Box::new(self))
    }
}

/// A claim's passage, or why its quote was not found.
type Located = Result<Location, Box<Diagnostic>>;

/// What checking one claim gave: its passage, the finding that its quote was not found
/// (boxed: every claim has a slot, and few fill it), its other findings, and what the rules
/// read it by ([`ReadAs`]; boxed, as few claims have any).
type ClaimChecked = (
    Option<Location>,
    Option<Box<Diagnostic>>,
    Vec<Diagnostic>,
    Option<Box<ReadAs>>,
);

/// Claims of one article handed to a worker at a time.
const CLAIMS_PER_TASK: usize = 64;

/// The passages of a run of claims that cite one source: where the run begins in the claim
/// list, and each of its claims' passage in order.
type RunPassages = (usize, Vec<Option<Location>>);

/// What the claims of one source gave: their passages run by run, the quotes not found,
/// each claim's other findings, the passages of the claims left out that cite it, and what
/// the rules read claims by ([`ReadAs`]), by claim.
type SourceChecked = (
    Vec<RunPassages>,
    Vec<Diagnostic>,
    Vec<(usize, Vec<Diagnostic>)>,
    Vec<(usize, Location)>,
    Vec<(usize, Box<ReadAs>)>,
);

/// Each claim's passage in its article, run by run in claim order, and the diagnostics: the
/// quotes not found (by source, then claim), then with `units` the value, member, left-out
/// and unit findings of each claim in claim order. Claims are grouped by source so that each
/// article is normalized and indexed once and dropped when its claims are done; sources, and
/// the claims of one source, are checked in parallel. Each quote is normalized once, for
/// every check that reads it. A source's claims are found as runs (claims come file by file,
/// and a file's claims mostly cite one source), so that grouping and merging cost the number
/// of runs, not of claims, on the calling thread. The quotes of the claims left out are
/// looked up in the same article, for the passage their errors show; not finding one is no
/// finding, as the claim is not checked.
fn check_by_source(
    project: &Project,
    units: Option<&unit::UnitWords>,
) -> (Passages, Vec<Diagnostic>) {
    let claims = &project.claims;
    let starts: Vec<usize> = std::iter::once(0)
        .chain(
            (1..claims.len())
                .into_par_iter()
                .filter(|&at| claims[at].source != claims[at - 1].source)
                .collect::<Vec<_>>(),
        )
        .filter(|&start| start < claims.len())
        .collect();
    let mut by_source: Vec<Vec<std::ops::Range<usize>>> = vec![Vec::new(); project.sources.len()];
    for (run, &start) in starts.iter().enumerate() {
        let end = starts.get(run + 1).copied().unwrap_or(claims.len());
        let SourceId(source) = claims[start].source;
        by_source[source as usize].push(start..end);
    }
    let mut left_out_by_source: Vec<Vec<usize>> = vec![Vec::new(); project.sources.len()];
    for (at, claim) in project.left_out.iter().enumerate() {
        left_out_by_source[claim.source.0 as usize].push(at);
    }
    let checked: Vec<SourceChecked> = by_source
        .par_iter()
        .zip(&left_out_by_source)
        .enumerate()
        .map(|(source, (runs, left_out))| {
            let source = project.source(SourceId(source as u32));
            let indices: Vec<usize> = runs.iter().cloned().flatten().collect();
            let mut left_out_passages = Vec::new();
            let mut contradiction = None;
            let results: Vec<ClaimChecked> = match source.text {
                None => indices
                    .iter()
                    .map(|_| (None, None, Vec::new(), None))
                    .collect(),
                Some(file) => {
                    let name = project.files.name(file);
                    // Read for this source's claims and let go after them: the articles
                    // are not all held at once.
                    let text = project.files.get(file).text_for_one_pass();
                    let declared = source.decimal_mark.as_ref();
                    let article = crate::processing::within(name, || {
                        quote::Article::new(&text)
                            .with_declared_mark(declared.map(|declared| declared.value))
                            .with_language(numbers::Language::of(source.language_tag()))
                    });
                    // A declared mark is read by: checked once against what the
                    // article's own figures tell.
                    contradiction = declared.filter(|_| units.is_some()).and_then(|declared| {
                        crate::processing::within(name, || {
                            decimal_mark::contradicted(
                                &source.id.value,
                                declared,
                                article.spaced(),
                                file,
                            )
                        })
                    });
                    left_out_passages = crate::processing::within(name, || {
                        left_out
                            .iter()
                            .filter_map(|&at| {
                                let quote = normalize::normalize(&project.left_out[at].quote.value);
                                if quote.is_empty() {
                                    return None;
                                }
                                let span = article.find(&quote)?;
                                Some((at, Location::new(file, span)))
                            })
                            .collect()
                    });
                    let article = ArticleRef {
                        source,
                        article: &article,
                        file,
                        name,
                    };
                    indices
                        .par_chunks(CLAIMS_PER_TASK)
                        .flat_map_iter(|chunk| {
                            crate::processing::within(name, || {
                                // The places these quotes name, each resolved once for the task.
                                let mut names = Resolver::new(&project.entities);
                                chunk
                                    .iter()
                                    .map(|&index| {
                                        check_claim(project, index, article, &mut names, units)
                                    })
                                    .collect::<Vec<_>>()
                            })
                        })
                        .collect()
                }
            };
            let mut not_found: Vec<Diagnostic> = contradiction.into_iter().collect();
            let mut checks = Vec::new();
            let mut read_as = Vec::new();
            let mut passages = Vec::with_capacity(results.len());
            for (&index, (passage, missing, found, read)) in indices.iter().zip(results) {
                passages.push(passage);
                not_found.extend(missing.map(|missing| *missing));
                if !found.is_empty() {
                    checks.push((index, found));
                }
                read_as.extend(read.map(|read| (index, read)));
            }
            // The passages cut back into the runs they came from.
            let mut passages = passages.into_iter();
            let runs = runs
                .iter()
                .map(|run| (run.start, passages.by_ref().take(run.len()).collect()))
                .collect();
            (runs, not_found, checks, left_out_passages, read_as)
        })
        .collect();
    let mut runs = Vec::with_capacity(starts.len());
    let mut diagnostics = Vec::new();
    // Few claims have findings: those that do, put in claim order.
    let mut checks: Vec<(usize, Vec<Diagnostic>)> = Vec::new();
    let mut left_out = Vec::new();
    let mut read_as = Vec::new();
    for (passages, not_found, found, left_out_passages, read) in checked {
        runs.extend(passages);
        diagnostics.extend(not_found);
        checks.extend(found);
        left_out.extend(left_out_passages);
        read_as.extend(read);
    }
    runs.sort_unstable_by_key(|&(start, _)| start);
    checks.sort_unstable_by_key(|(index, _)| *index);
    diagnostics.reserve_exact(checks.iter().map(|(_, found)| found.len()).sum());
    diagnostics.extend(checks.into_iter().flat_map(|(_, found)| found));
    let passages = Passages {
        claims: runs,
        left_out,
        read_as,
    };
    (passages, diagnostics)
}

/// The source a claim cites, its article prepared for search, and the article's file and
/// name as shown.
#[derive(Clone, Copy)]
struct ArticleRef<'a> {
    source: &'a crate::model::Source,
    article: &'a quote::Article<'a>,
    file: crate::files::FileId,
    name: &'a str,
}

/// One claim's passage (or why its quote was not found) and, with `units`, its other
/// findings.
fn check_claim(
    project: &Project,
    index: usize,
    article: ArticleRef,
    names: &mut Resolver,
    units: Option<&unit::UnitWords>,
) -> ClaimChecked {
    let ArticleRef {
        source,
        article,
        file,
        name,
    } = article;
    let claim = &project.claims[index];
    let quote = normalize::normalize(&claim.quote.value);
    let found: Located = quote::locate(claim, &quote, source, article, file, name);
    let mut read_as = ReadAs::default();
    let checks = units.map_or_else(Vec::new, |units| {
        let passage = found.as_ref().ok();
        let mut checks = Vec::new();
        let value = value::check(claim, &quote, passage, Some(article));
        // A value written as a percentage (`value: "5%"`) that the quote writes as one names
        // no other unit: the unit check has something to say only where it writes it bare.
        let percentage = claim.value.as_ref().is_some_and(|v| v.value.is_percent);
        let unit_finding = (!percentage || value.percent_written_bare)
            .then(|| unit::check(claim, units, passage, article.language()))
            .flatten();
        // A value the quote states may still have its qualifier turned around; and one it
        // states in only one reading of a figure that reads two ways ("oltre 1.500" for
        // `value: 1,500`) is wrong in both when it drops the figure's qualifier: that is
        // the finding, rather than the warning to settle the decimal mark.
        let value_finding = match value.finding {
            Some(one_of_two) if one_of_two.code == crate::codes::Code::ValueReadOneWayOfTwo => {
                qualifier::check(claim, passage, article.language()).or(Some(one_of_two))
            }
            // A percentage the quote writes bare with another unit after it ("5 pounds")
            // is the unit check's finding, which names that unit.
            Some(_) if value.percent_written_bare && unit_finding.is_some() => None,
            found => found.or_else(|| qualifier::check(claim, passage, article.language())),
        };
        // The claim stands for its quote's figure only where the value check has the last
        // word: the quote found in the article, its value stated with its qualifier and in
        // one reading.
        if passage.is_some() && value_finding.is_none() {
            read_as.figure = value.as_quoted.map(Box::new);
        }
        checks.extend(value_finding);
        // A quote not found is corrected from the closest passage: a member that passage
        // names is named once the quote is copied right ("Sedavi" for "Sedaví"), and
        // CC201 says so; telling the member apart would point at the member instead.
        let closest = found.as_ref().err().and_then(|not_found| {
            let label = not_found
                .labels
                .iter()
                .find(|label| label.location.file == file)?;
            let passage = article.original.get(label.location.span())?;
            Some(normalize::normalize(passage))
        });
        let (member_findings, misspelt) = members(
            claim,
            &quote,
            closest.as_deref(),
            names,
            passage,
            article.language(),
        );
        checks.extend(member_findings);
        // Read as the places they misspell only where the quote is the article's words.
        if passage.is_some() {
            read_as.members = misspelt;
        }
        checks.extend(unit_finding);
        checks.shrink_to_fit();
        for check in &mut checks {
            check.shrink_to_fit();
        }
        checks
    });
    let read_as = read_as.boxed();
    match found {
        Ok(passage) => (Some(passage), None, checks, read_as),
        Err(diagnostic) => (None, Some(diagnostic), checks, read_as),
    }
}

/// The members the quote does not name (CC203) and the places it lists that `members:`
/// leaves out (CC204), `quote` normalized. A member that names no registered entity and is
/// a near spelling of a place left out (`Susex` beside `Kent, Surrey and Sussex`) is one
/// slip, reported once: as the member that is probably that place, with the fix, and the
/// place is not reported apart. Names that are not near each other stay two findings. In a
/// script without capitals, whose lists CC204 does not read, such a member is matched with a
/// registered place the quote names that no member lists (`المفرك` for "وإربد والمفرق").
/// With the findings, the members so matched, by their place in `members:`, each with the
/// place it misspells ([`ReadAs::members`]).
fn members(
    claim: &crate::model::Claim,
    quote: &str,
    closest: Option<&str>,
    names: &mut Resolver,
    passage: Option<&Location>,
    language: numbers::Language,
) -> (Vec<Diagnostic>, Vec<(usize, EntityId)>) {
    let entities = names.entities();
    let mut unnamed = member::unnamed(claim, quote, entities, language);
    if let Some(closest) = closest.filter(|_| !unnamed.is_empty()) {
        let unnamed_there = member::unnamed(claim, closest, entities, language);
        unnamed.retain(|missing| {
            unnamed_there
                .iter()
                .any(|there| std::ptr::eq(there.member, missing.member))
        });
    }
    let mut left_out = left_out::left_out(claim, quote, names, language);
    let mut out = Vec::with_capacity(unnamed.len() + left_out.len());
    let raw = member::RawQuote::new(&claim.quote.value);
    // The places left out by the names `members:` would list them by (as the quote writes
    // them, and by their registered name where the quote writes an alias: `Кетовский` of
    // `Кетовский район`), each with its place's position, gathered again only when one is
    // taken.
    let written = |left_out: &[left_out::LeftOut]| -> Vec<(String, usize)> {
        left_out
            .iter()
            .enumerate()
            .flat_map(|(position, place)| {
                std::iter::once(place.name(&claim.quote.value).to_string())
                    .chain(place.known_as.clone())
                    .map(move |name| (name, position))
            })
            .collect()
    };
    let mut places = written(&left_out);
    let mut index = None;
    // The registered places the quote names that members misspell, where CC204 reads no
    // list that holds them (a script without capitals, names after articles): each matched
    // to one member.
    let mut stretches = member::QuoteStretches::default();
    let mut taken = Vec::new();
    let mut misspelt_members = Vec::new();
    let position_of = |missing: &member::Unnamed| {
        claim
            .members()
            .iter()
            .position(|member| std::ptr::eq(member, missing.member))
    };
    for missing in &unnamed {
        let misspelt = match places.is_empty() {
            true => None,
            false => {
                let names: Vec<&str> = places.iter().map(|(name, _)| name.as_str()).collect();
                member::misspelling_of(missing, &names, &mut index, entities)
            }
        };
        match misspelt {
            Some(closest) => {
                let (name, position) = places[closest].clone();
                let place = left_out.remove(position);
                places = written(&left_out);
                index = None;
                // Taken: another member misspelling it is no slip for it too.
                taken.push(place.entity);
                misspelt_members.extend(position_of(missing).map(|at| (at, place.entity)));
                out.push(member::misspelt(claim, passage, missing, &place, &name));
            }
            None => match member::misspelling_in_quote(
                claim,
                quote,
                missing,
                entities,
                &mut stretches,
                &taken,
            ) {
                Some(place) => {
                    taken.push(place.entity);
                    misspelt_members.extend(position_of(missing).map(|at| (at, place.entity)));
                    out.push(member::misspelt_in_quote(
                        claim, passage, missing, &place, &raw,
                    ));
                }
                None => {
                    let finding = member::finding(claim, quote, &raw, entities, passage, missing);
                    // A member that stands only inside the longer name of a place the
                    // quote lists and `members:` leaves out (`宁县` inside `威宁县`): that
                    // place is what the member was written for, one slip.
                    let inside = missing.inside_places(quote).find_map(|around| {
                        left_out
                            .iter()
                            .position(|place| place.name(&claim.quote.value) == around)
                    });
                    match inside {
                        Some(place) => {
                            let place = left_out.remove(place);
                            places = written(&left_out);
                            index = None;
                            out.push(member::with_left_out_folded(
                                finding, claim, passage, &place,
                            ));
                        }
                        None => out.push(finding),
                    }
                }
            },
        }
    }
    out.extend(
        left_out
            .iter()
            .filter_map(|place| left_out::finding(claim, place, passage)),
    );
    (out, misspelt_members)
}

/// Records each claim's passage, from the runs [`check_by_source`] gives in claim order,
/// on rayon's pool.
fn set_passages(claims: &mut crate::model::Claims, runs: Vec<RunPassages>) {
    claims.par_chunks_mut().for_each(|(first, chunk)| {
        chunk
            .par_iter_mut()
            .enumerate()
            .for_each(|(offset, claim)| {
                let index = first + offset;
                let run = runs.partition_point(|&(start, _)| start <= index);
                claim.passage = run
                    .checked_sub(1)
                    .and_then(|run| {
                        let (start, passages) = &runs[run];
                        passages.get(index - start).copied()
                    })
                    .flatten();
            });
    });
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::{check_citations, citation_codes, is_citation};

    fn claims(body: &str) -> String {
        format!("source: article\nclaims:\n{body}")
    }

    #[test]
    fn a_claim_stands_for_its_quote_s_figure_only_where_the_value_check_has_the_last_word() {
        let outcome = check_citations(&[
            (
                "sources/article.txt",
                "Some 1.2 million residents live here. More than 2.5 million visit.",
            ),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: found, quote: \"Some 1.2 million residents\", subject: Gansu, metric: m, value: \"1,200,000\", unit: resident }\n  \
                     - { id: not-found, quote: \"Some 1.3 million residents\", subject: Gansu, metric: n, value: \"1,300,000\", unit: resident }\n  \
                     - { id: qualifier-dropped, quote: \"More than 2.5 million visit\", subject: Gansu, metric: v, value: \"2,500,000\", unit: visitor }\n",
                ),
            ),
        ]);
        assert_eq!(
            citation_codes(&outcome),
            [Code::QuoteNotFound, Code::ValueNotInQuote]
        );
        let as_quoted: Vec<Option<&str>> = outcome
            .project
            .claims
            .iter()
            .map(|claim| claim.as_quoted().map(|figure| &*figure.text))
            .collect();
        // A quote the article does not hold, and a value that drops its quote's qualifier,
        // are reported: the claim keeps its own reading until they are mended.
        assert_eq!(as_quoted, [Some("1.2 million"), None, None]);
    }

    #[test]
    fn locating_finds_the_passages_and_runs_none_of_the_other_checks() {
        let dir = crate::testing::write_project(&[(
            "claims/c.yaml",
            &claims(
                "  - { id: a, quote: \"67 counties have quit\", subject: Gansu, metric: m, value: 76, unit: county }\n  - { id: b, quote: \"67 counties have left\", subject: Gansu, metric: m, value: 67, unit: county }\n",
            ),
        )]);
        let loaded = crate::load::load(dir.path(), &crate::load::Limits::default());
        let mut project = loaded.project;
        let located = super::locate(&mut project);
        let codes: Vec<Code> = located.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::QuoteNotFound], "no value check: {located:?}");
        assert!(project.claims[0].passage.is_some());
        assert!(project.claims[1].passage.is_none());
        let mut codes: Vec<Code> = super::verify(&mut project).iter().map(|d| d.code).collect();
        codes.sort_by_key(|code| code.id());
        assert_eq!(codes, [Code::QuoteNotFound, Code::ValueNotInQuote]);
    }

    #[test]
    fn a_verbatim_quote_with_its_value_and_members_passes_and_gets_its_passage() {
        let outcome = check_citations(&[(
            "claims/c.yaml",
            &claims(
                "  - id: a\n    quote: \"approved 8 counties of Rongshui,\n      Sanjiang\"\n    subject: Guangxi\n    metric: m\n    value: eight\n    unit: county\n    members: [Rongshui County, Sanjiang]\n    list: partial\n",
            ),
        )]);
        assert_eq!(citation_codes(&outcome), vec![]);
        let claim = &outcome.project.claims[0];
        let passage = claim.passage.as_ref().expect("a passage");
        assert_eq!(
            &outcome.project.files.text(passage.file)[passage.span()],
            "approved 8 counties of Rongshui, Sanjiang"
        );
    }

    #[test]
    fn a_qualifier_dropped_from_a_figure_that_reads_two_ways_is_wrong_either_way() {
        // Found from outside: "oltre 1.500" for `value: 1,500` was only CC206, a warning to
        // settle the decimal mark, though the value is wrong in both readings.
        let outcome = check_citations(&[
            ("sources/article.txt", "Il fondo vale oltre 1.500 euro."),
            (
                "claims/c.yaml",
                &claims(concat!(
                    "  - { id: exact, quote: \"oltre 1.500 euro\", subject: Gansu, metric: m, value: \"1,500\", unit: euro }\n",
                    "  - { id: kept, quote: \"oltre 1.500 euro\", subject: Gansu, metric: n, value: \"more than 1,500\", unit: euro }\n",
                )),
            ),
        ]);
        let found: Vec<(Code, &str)> = outcome
            .diagnostics
            .iter()
            .filter(|d| matches!(d.code, Code::ValueNotInQuote | Code::ValueReadOneWayOfTwo))
            .map(|d| (d.code, d.claims[0].as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (Code::ValueNotInQuote, "exact"),
                (Code::ValueReadOneWayOfTwo, "kept")
            ]
        );
        assert_eq!(
            citation_codes(&outcome).len(),
            2,
            "{:#?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_changed_word_is_quote_not_found_at_the_quote_with_the_closest_passage() {
        let outcome = check_citations(&[(
            "claims/c.yaml",
            &claims(
                "  - { id: a, quote: \"67 counties have left\", subject: Gansu, metric: m, value: 67, unit: county }\n",
            ),
        )]);
        assert_eq!(citation_codes(&outcome), vec![Code::QuoteNotFound]);
        let diagnostic = &outcome.diagnostics[0];
        let files = &outcome.project.files;
        let primary = diagnostic.primary().unwrap();
        assert_eq!(
            &files.text(primary.file)[primary.span()],
            "\"67 counties have left\""
        );
        let closest = &diagnostic.labels[1].location;
        assert_eq!(
            &files.text(closest.file)[closest.span()],
            "67 counties have quit"
        );
        assert_eq!(
            diagnostic.notes,
            ["the article has `quit` where the quote has `left`"]
        );
        assert!(outcome.project.claims[0].passage.is_none());
    }

    #[test]
    fn a_member_the_closest_passage_names_is_no_finding_of_its_own() {
        // Found from outside: "Sedavi" in the quote for the article's "Sedaví" was CC201,
        // and CC203 besides, whose help was to remove the member the article does list.
        let outcome = check_citations(&[
            (
                "sources/article.txt",
                "Los comercios de Paiporta, Alfafar y Sedaví han reabierto.",
            ),
            (
                "claims/c.yaml",
                &claims(concat!(
                    "  - { id: a, quote: \"Paiporta, Alfafar y Sedavi han reabierto\", subject: Gansu, metric: m, members: [Paiporta, Alfafar, Sedaví] }\n",
                    // A member the article does not name there either is still told apart.
                    "  - { id: b, quote: \"Paiporta, Alfafar y Sedavi han reabierto\", subject: Gansu, metric: n, members: [Paiporta, Alfafar, Sedaví, Chiva] }\n",
                )),
            ),
        ]);
        let found: Vec<(Code, &str)> = outcome
            .diagnostics
            .iter()
            .filter(|d| is_citation(d.code))
            .map(|d| (d.code, d.claims[0].as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (Code::QuoteNotFound, "a"),
                (Code::QuoteNotFound, "b"),
                (Code::MemberNotInQuote, "b"),
            ],
            "{:#?}",
            outcome.diagnostics
        );
        let member = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == Code::MemberNotInQuote);
        assert!(member.unwrap().message.contains("`Chiva`"));
    }

    #[test]
    fn a_value_the_quote_does_not_state_is_value_not_in_quote_on_the_value() {
        let outcome = check_citations(&[(
            "claims/c.yaml",
            &claims(
                "  - { id: a, quote: \"67 counties have quit\", subject: Gansu, metric: m, value: 76, unit: county }\n",
            ),
        )]);
        assert_eq!(citation_codes(&outcome), vec![Code::ValueNotInQuote]);
        let primary = outcome.diagnostics[0].primary().unwrap();
        assert_eq!(
            &outcome.project.files.text(primary.file)[primary.span()],
            "76"
        );
        assert_eq!(outcome.diagnostics[0].notes, ["the quote states `67`"]);
    }

    #[test]
    fn a_member_the_quote_does_not_name_is_member_not_in_quote_on_the_member() {
        let outcome = check_citations(&[(
            "claims/c.yaml",
            &claims(
                "  - { id: a, quote: \"8 counties of Rongshui, Sanjiang\", subject: Guangxi, metric: m, value: 8, unit: county, members: [Rongshui, Sanjiang, Tibet], list: partial }\n",
            ),
        )]);
        assert_eq!(citation_codes(&outcome), vec![Code::MemberNotInQuote]);
        let diagnostic = &outcome.diagnostics[0];
        let primary = diagnostic.primary().unwrap();
        assert_eq!(
            &outcome.project.files.text(primary.file)[primary.span()],
            "Tibet"
        );
        assert_eq!(
            diagnostic.notes[0],
            "looked for `Tibet` and its other names `Xizang`, as whole words, case as written"
        );
    }

    #[test]
    fn a_member_named_through_an_alias_of_its_entity_passes() {
        let outcome = check_citations(&[(
            "claims/c.yaml",
            &claims(
                "  - { id: a, quote: \"8 counties of Rongshui, Sanjiang\", subject: Guangxi, metric: m, members: [Rongshui County, Sanjiang County], list: partial }\n",
            ),
        )]);
        assert_eq!(citation_codes(&outcome), vec![]);
    }

    #[test]
    fn claims_of_a_source_without_text_are_skipped() {
        let outcome = check_citations(&[
            (
                "sources/more.yaml",
                "sources:\n  - { id: lost, title: T, published: 2020-11-21, text: lost.txt }\n",
            ),
            (
                "claims/c.yaml",
                "source: lost\nclaims:\n  - { id: a, quote: \"anything\", subject: Gansu, metric: m, value: 1, unit: county }\n",
            ),
        ]);
        assert_eq!(citation_codes(&outcome), vec![]);
        assert!(
            outcome
                .diagnostics
                .iter()
                .any(|d| d.code == Code::SourceTextMissing)
        );
    }

    #[test]
    fn a_figure_grouped_by_spaces_in_the_quote_has_its_unit_judged() {
        let outcome = check_citations(&[
            (
                "sources/article.txt",
                "En 2019, la province comptait 27 208 villages et 1.079 communes.\n",
            ),
            (
                "claims/c.yaml",
                &claims(concat!(
                    "  - { id: a, quote: \"la province comptait 27 208 villages\", subject: Gansu, metric: m, value: \"27,208\", unit: county }\n",
                    "  - { id: b, quote: \"1.079 communes\", subject: Gansu, metric: n, value: 1079, unit: commune }\n",
                )),
            ),
        ]);
        assert_eq!(citation_codes(&outcome), vec![Code::UnitNotInQuote]);
        let diagnostic = &outcome.diagnostics[0];
        assert!(
            diagnostic.message.contains("its quote says villages"),
            "{}",
            diagnostic.message
        );
    }

    /// Two Springfields, each with a `Forest Park`; `Mason Square` in Massachusetts's only;
    /// and an article that lists two wards.
    fn springfield_wards(members: &str) -> crate::check::Outcome {
        check_citations(&[
            (
                "sources/article.txt",
                "Springfield has 2 wards: Forest Park and Mason Square.\n",
            ),
            (
                "entities/more.yaml",
                "entities:\n  - { name: Illinois, kind: state }\n  - { name: Massachusetts, kind: state }\n  - { name: Springfield, kind: city, parent: Illinois }\n  - { name: Springfield, kind: city, parent: Massachusetts }\n  - { name: Forest Park, kind: ward, parent: Springfield (Illinois) }\n  - { name: Forest Park, kind: ward, parent: Springfield (Massachusetts) }\n  - { name: Mason Square, kind: ward, parent: Springfield (Massachusetts) }\n",
            ),
            (
                "claims/c.yaml",
                &claims(&format!(
                    "  - {{ id: a, quote: \"Springfield has 2 wards: Forest Park and Mason Square\", metric: m, value: 2, unit: ward, {members} }}\n"
                )),
            ),
        ])
    }

    #[test]
    fn a_place_left_out_whose_name_places_elsewhere_share_is_the_one_within_the_subject() {
        let outcome = springfield_wards(
            "subject: Springfield (Massachusetts), members: [Mason Square], list: partial",
        );
        assert_one_left_out(&outcome, "lists `Forest Park`");
        // A subject its members settle settles the place as well.
        let outcome =
            springfield_wards("subject: Springfield, members: [Mason Square], list: partial");
        assert_one_left_out(&outcome, "lists `Forest Park`");
    }

    #[test]
    fn a_member_written_qualified_is_named_and_listed_by_the_name_it_qualifies() {
        // Resolved: nothing to report.
        let outcome = springfield_wards(
            "subject: Springfield, members: [Forest Park (Springfield (Massachusetts)), Mason Square]",
        );
        assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
        // Not resolved (both Springfields qualify, and nothing else tells): the name is
        // ambiguous, but the quote names it all the same, and it lists it, so the place
        // beside it is left out.
        let outcome = springfield_wards(
            "subject: Springfield, members: [Forest Park (Springfield)], list: partial",
        );
        let found = crate::testing::codes_and_messages(&outcome);
        assert_eq!(
            found,
            [
                (
                    Code::MemberLeftOut,
                    "the quote of `a` lists `Mason Square` with its members, but `members:` \
                     leaves it out"
                ),
                (
                    Code::AmbiguousEntity,
                    "the subject `Springfield` could name 2 entities"
                ),
                (
                    Code::AmbiguousEntity,
                    "the member `Forest Park (Springfield)` could name 2 entities"
                ),
            ]
        );
    }

    /// The outcome is one diagnostic, a CC204 whose message contains `says`.
    fn assert_one_left_out(outcome: &crate::check::Outcome, says: &str) {
        let found: Vec<(Code, &str)> = outcome
            .diagnostics
            .iter()
            .map(|d| (d.code, d.message.as_str()))
            .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Code::MemberLeftOut);
        assert!(found[0].1.contains(says), "{found:?}");
    }

    #[test]
    fn a_place_the_quote_lists_twice_is_left_out_once() {
        for quote in [
            "Grants went to Kent, Surrey, Sussex, Kent and Sussex",
            "Kent, Surrey and Sussex reported cases; Kent, Surrey and Sussex closed schools",
        ] {
            let outcome = check_citations(&[
                ("sources/article.txt", &format!("{quote}.\n")),
                (
                    "entities/england.yaml",
                    "entities:\n  - { name: England, kind: country }\n  - { name: Kent, kind: \
                     county, parent: England }\n  - { name: Surrey, kind: county, parent: England \
                     }\n  - { name: Sussex, kind: county, parent: England }\n",
                ),
                (
                    "claims/c.yaml",
                    &claims(&format!(
                        "  - {{ id: a, quote: \"{quote}\", subject: England, metric: m, unit: \
                         county, members: [Kent, Surrey] }}\n"
                    )),
                ),
            ]);
            assert_one_left_out(&outcome, "`a` lists `Sussex` with its members");
            // Labelled where the quote first names it.
            let at = quote.find("Sussex").unwrap();
            let claim_start = "source: article\nclaims:\n  - { id: a, quote: \"".len();
            let label = &outcome.diagnostics[0].labels[0];
            assert_eq!(label.location.span().start, claim_start + at, "{quote}");
        }
    }

    #[test]
    fn a_list_of_counties_leaves_out_no_city_named_beside_it_and_joins_by_et() {
        let outcome = check_citations(&[
            (
                "sources/article.txt",
                "The 2 sites of Nanning, Rongshui and Sanjiang grow. Les 2 sites : Rongshui et Sanjiang.\n",
            ),
            (
                "entities/more.yaml",
                "entities:\n  - { name: Nanning, kind: city, parent: Guangxi }\n",
            ),
            (
                "claims/c.yaml",
                &claims(concat!(
                    "  - { id: a, quote: \"The 2 sites of Nanning, Rongshui and Sanjiang\", subject: Guangxi, metric: m, value: 2, unit: site, members: [Rongshui County, Sanjiang County] }\n",
                    "  - { id: b, quote: \"Les 2 sites : Rongshui et Sanjiang\", subject: Guangxi, metric: m, value: 2, unit: site, members: [Rongshui County], list: partial }\n",
                )),
            ),
        ]);
        assert_one_left_out(&outcome, "`b` lists `Sanjiang`");
    }

    #[test]
    fn a_city_among_the_towns_of_one_department_is_of_their_list() {
        let entities = "entities:\n  - { name: Drôme, kind: department }\n  - { name: \
                        Montélimar, kind: city, parent: Drôme }\n  - { name: Pierrelatte, \
                        kind: town, parent: Drôme }\n  - { name: Nyons, kind: town, parent: \
                        Drôme }\n  - { name: Valence, kind: city, parent: Isère }\n  - { \
                        name: Isère, kind: department }\n";
        let listing = |first: &str| {
            let quote = format!("Les communes de {first}, Pierrelatte et Nyons sont en crise");
            check_citations(&[
                ("sources/article.txt", &format!("{quote}.\n")),
                ("entities/more.yaml", entities),
                (
                    "claims/c.yaml",
                    &claims(&format!(
                        "  - {{ id: a, quote: \"{quote}\", subject: Drôme, metric: m, members: \
                         [Pierrelatte, Nyons] }}\n"
                    )),
                ),
            ])
        };
        assert_one_left_out(&listing("Montélimar"), "`a` lists `Montélimar`");
        // A city of another department is not: the list is of the members' level, by kind
        // or by place.
        let outcome = listing("Valence");
        assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    }

    #[test]
    fn a_place_left_out_that_the_quote_names_by_an_alias_is_named_by_its_own_name_too() {
        let quote = "hiekkasäkkejä jaettiin Oulussa, Iissä ja Pudasjärvellä";
        let outcome = check_citations(&[
            ("sources/article.txt", &format!("{quote}.\n")),
            (
                "entities/more.yaml",
                "entities:\n  - { name: Pohjois-Pohjanmaa, kind: region }\n  - { name: Oulu, \
                 kind: municipality, parent: Pohjois-Pohjanmaa, aliases: [Oulussa] }\n  - { \
                 name: Ii, kind: municipality, parent: Pohjois-Pohjanmaa, aliases: [Iissä] }\n  \
                 - { name: Pudasjärvi, kind: municipality, parent: Pohjois-Pohjanmaa, aliases: \
                 [Pudasjärvellä] }\n",
            ),
            (
                "claims/c.yaml",
                &claims(&format!(
                    "  - {{ id: a, quote: \"{quote}\", subject: Pohjois-Pohjanmaa, metric: m, \
                     unit: municipality, members: [Oulu, Pudasjärvi] }}\n"
                )),
            ),
        ]);
        assert_one_left_out(&outcome, "`a` lists `Iissä` (`Ii`) with its members");
        assert_eq!(
            outcome.diagnostics[0].help.as_deref(),
            Some(
                "add `Iissä` (or `Ii`) to `members:`; if the article lists it by mistake, keep \
                 it listed and let the other checks find the discrepancy"
            )
        );
        // The JSON report carries both names.
        let data = outcome.diagnostics[0].data.as_ref().unwrap().value();
        assert_eq!(data["place"], "Iissä");
        assert_eq!(data["known_as"], "Ii");
    }

    #[test]
    fn a_city_that_shares_its_name_with_its_municipality_is_left_out_and_listed_by_a_name_that_picks_it()
     {
        // The municipality `Шабац` and the city `Шабац` within it, which the quote names by
        // its locative `Шапцу`.
        let entities = "entities:\n  - { name: Србија, kind: country }\n  - { name: Шабац, \
                        kind: municipality, parent: Србија }\n  - { name: Шабац, kind: city, \
                        parent: Шабац (Србија), aliases: [Шапцу] }\n  - { name: Ваљево, kind: \
                        city, parent: Србија, aliases: [Ваљеву] }\n  - { name: Ужице, kind: \
                        city, parent: Србија, aliases: [Ужицу] }\n";
        let listing = |quote: &str, unit: &str, members: &str| {
            check_citations(&[
                ("sources/article.txt", &format!("{quote}.\n")),
                ("entities/more.yaml", entities),
                (
                    "claims/c.yaml",
                    &claims(&format!(
                        "  - {{ id: a, quote: \"{quote}\", subject: Србија, metric: m, \
                         unit: {unit}, members: [{members}] }}\n"
                    )),
                ),
            ])
        };
        let locative = "проглашена у Ваљеву, Шапцу и Ужицу";
        // Left out by its alias: named by the qualified name that picks it, as CC024 offers
        // it, not by the alias again.
        let outcome = listing(locative, "city", "Ваљево, Ужице");
        assert_one_left_out(
            &outcome,
            "`a` lists `Шапцу` (`Шабац (Шабац)`) with its members",
        );
        assert_eq!(
            outcome.diagnostics[0].help.as_deref(),
            Some(
                "add `Шапцу` (or `Шабац (Шабац)`) to `members:`; if the article lists it by \
                 mistake, keep it listed and let the other checks find the discrepancy"
            )
        );
        let data = outcome.diagnostics[0].data.as_ref().unwrap().value();
        assert_eq!(data["known_as"], "Шабац (Шабац)");
        // Listed, and settled as the city by the cities beside it: no finding.
        for members in ["Ваљево, Шабац, Ужице", "Ваљево, Шабац (Шабац), Ужице"]
        {
            let outcome = listing(locative, "city", members);
            assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
        }
        // Left unsettled (no city is a village): the ambiguity alone, which the quote's
        // alias of one of its places does not turn into a member it does not name and a
        // place left out.
        let outcome = listing(locative, "village", "Ваљево, Шабац, Ужице");
        assert_eq!(
            citation_codes(&outcome),
            [] as [Code; 0],
            "{:?}",
            outcome.diagnostics
        );
        // Left out by the shared name the subject holds twice: the one of the members'
        // kind, both being cities to the unit.
        let outcome = listing("Ваљево, Шабац и Ужице", "city", "Ваљево, Ужице");
        assert_one_left_out(&outcome, "`a` lists `Шабац` with its members");
        assert_eq!(
            outcome.diagnostics[0].labels[0].message, "listed here: a city",
            "{:?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_place_of_a_list_that_shares_its_kind_is_left_out_by_its_registered_name() {
        let entities = "entities:\n  - { name: Oregon, kind: state }\n  - { name: \
                        Washington County, kind: county, parent: Oregon }\n  - { name: \
                        Multnomah County, kind: county, parent: Oregon }\n  - { name: \
                        Clackamas County, kind: county, parent: Oregon }\n";
        for quote in [
            "the declaration covers Washington, Multnomah and Clackamas counties",
            "three counties were covered: Washington, Multnomah and Clackamas",
        ] {
            let outcome = check_citations(&[
                ("sources/article.txt", &format!("{quote}.\n")),
                ("entities/more.yaml", entities),
                (
                    "claims/c.yaml",
                    &claims(&format!(
                        "  - {{ id: a, quote: \"{quote}\", subject: Oregon, metric: m, unit: \
                         county, members: [Washington County, Multnomah County] }}\n"
                    )),
                ),
            ]);
            assert_one_left_out(&outcome, "`a` lists `Clackamas County` with its members");
        }
        // A member of another place of that name is listed: the wrong place is one slip,
        // which CC104 tells, not a place left out besides.
        let entities = format!(
            "{entities}  - {{ name: Missouri, kind: state }}\n  - {{ name: Washington County, \
             kind: county, parent: Missouri }}\n"
        );
        let quote = "the declaration covers Washington, Multnomah and Clackamas counties";
        let outcome = check_citations(&[
            ("sources/article.txt", &format!("{quote}.\n")),
            ("entities/more.yaml", &entities),
            (
                "claims/c.yaml",
                &claims(&format!(
                    "  - {{ id: a, quote: \"{quote}\", subject: Oregon, metric: m, unit: county, \
                     members: [Washington County (Missouri), Multnomah County, Clackamas County] }}\n"
                )),
            ),
        ]);
        assert!(
            !citation_codes(&outcome).contains(&Code::MemberLeftOut),
            "{:?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_place_left_out_of_a_list_joined_by_armenian_or_tagalog_and_is_told() {
        let entities = "entities:\n  - { name: Shirak, kind: province }\n  - { name: Գյումրի, kind: \
                        city, parent: Shirak, aliases: [Գյումրին] }\n  - { name: Արթիկ, kind: city, \
                        parent: Shirak, aliases: [Արթիկը] }\n  - { name: Pampanga, kind: province }\n  \
                        - { name: Angeles, kind: city, parent: Pampanga }\n  - { name: Arayat, kind: \
                        city, parent: Pampanga }\n";
        let left_out = |quote: &str, subject: &str, member: &str| {
            let outcome = check_citations(&[
                ("sources/article.txt", &format!("{quote}.\n")),
                ("entities/places.yaml", entities),
                (
                    "claims/c.yaml",
                    &format!(
                        "source: article\nclaims:\n  - {{ id: a, quote: \"{quote}\", subject: \
                         {subject}, metric: m, unit: city, members: [{member}] }}\n"
                    ),
                ),
            ]);
            citation_codes(&outcome).contains(&Code::MemberLeftOut)
        };
        assert!(left_out(
            "ջուրը հեղեղել է Գյումրին \u{587} Արթիկը",
            "Shirak",
            "Գյումրի"
        ));
        assert!(left_out(
            "ջուրը հեղեղել է Գյումրին եւ Արթիկը",
            "Shirak",
            "Գյումրի"
        ));
        assert!(left_out(
            "binaha ang Angeles at Arayat",
            "Pampanga",
            "Angeles"
        ));
        // An English `at` between a member and a name the registry does not hold lists
        // nothing, nor one between a member and a place of the claim's subject that is
        // listed.
        assert!(!left_out(
            "the mayor of Angeles at Clark Airport",
            "Pampanga",
            "Angeles"
        ));
        assert!(!left_out(
            "binaha ang Angeles at Arayat",
            "Pampanga",
            "Angeles, Arayat"
        ));
    }

    #[test]
    fn of_two_lists_in_a_quote_the_one_that_lists_every_member_is_judged() {
        let outcome = check_citations(&[
            (
                "sources/article.txt",
                "Rongshui, Sanjiang and Napo reported floods; Rongshui and Sanjiang closed schools.\n",
            ),
            (
                "entities/more.yaml",
                "entities:\n  - { name: Napo County, kind: county, parent: Guangxi, aliases: [Napo] }\n",
            ),
            (
                "claims/c.yaml",
                &claims(concat!(
                    "  - { id: a, quote: \"Rongshui, Sanjiang and Napo reported floods; Rongshui and Sanjiang closed schools\", subject: Guangxi, metric: m, members: [Rongshui County, Sanjiang County] }\n",
                    "  - { id: b, quote: \"Rongshui, Sanjiang and Napo reported floods; Rongshui\", subject: Guangxi, metric: n, members: [Rongshui County, Sanjiang County] }\n",
                )),
            ),
        ]);
        assert_one_left_out(&outcome, "`b` lists `Napo`");
    }

    #[test]
    fn a_name_of_a_list_inside_a_longer_registered_name_is_that_name() {
        let outcome = check_citations(&[
            (
                "sources/article.txt",
                "Leeds, Newcastle upon Tyne and York \u{2014} 3 cities grew. Leeds, Newcastle upon Tyne and York grew.\n",
            ),
            (
                "entities/more.yaml",
                "entities:\n  - { name: England, kind: country }\n  - { name: Australia, kind: country }\n  - { name: Leeds, kind: city, parent: England }\n  - { name: York, kind: city, parent: England }\n  - { name: Newcastle upon Tyne, kind: city, parent: England }\n  - { name: Newcastle, kind: city, parent: Australia }\n",
            ),
            (
                "claims/c.yaml",
                &claims(concat!(
                    "  - { id: a, quote: \"Leeds, Newcastle upon Tyne and York — 3 cities\", subject: England, metric: m, value: 3, unit: city, members: [Leeds, Newcastle upon Tyne, York] }\n",
                    "  - { id: b, quote: \"Leeds, Newcastle upon Tyne and York grew\", subject: England, metric: n, unit: city, members: [Leeds, York] }\n",
                )),
            ),
        ]);
        // Not the `Newcastle` of Australia in `a`, and `b` leaves out the whole name.
        assert_one_left_out(&outcome, "`b` lists `Newcastle upon Tyne`");
        let primary = outcome.diagnostics[0].primary().unwrap();
        assert_eq!(
            &outcome.project.files.text(primary.file)[primary.span()],
            "Newcastle upon Tyne"
        );
    }

    /// Checks the project of `files` (with [`check_citations`]), giving every diagnostic's
    /// code and message.
    fn codes_and_messages(files: &[(&str, &str)]) -> Vec<(Code, String)> {
        check_citations(files)
            .diagnostics
            .iter()
            .map(|d| (d.code, d.message.clone()))
            .collect()
    }

    /// Checks one claim on the counties of England that quotes "Kent, Surrey and Sussex"
    /// (with Essex also registered) and lists `members`, giving every diagnostic's code and
    /// message.
    fn english_counties(members: &str) -> Vec<(Code, String)> {
        codes_and_messages(&[
            (
                "sources/article.txt",
                "Grants went to 3 counties: Kent, Surrey and Sussex.\n",
            ),
            (
                "entities/more.yaml",
                "entities:\n  - { name: England, kind: country }\n  - { name: Kent, kind: county, parent: England }\n  - { name: Surrey, kind: county, parent: England }\n  - { name: Sussex, kind: county, parent: England }\n  - { name: Essex, kind: county, parent: England }\n",
            ),
            (
                "claims/c.yaml",
                &claims(&format!(
                    "  - {{ id: a, quote: \"3 counties: Kent, Surrey and Sussex\", subject: England, metric: m, value: 3, unit: county, members: [{members}] }}\n"
                )),
            ),
        ])
    }

    #[test]
    fn a_member_misspelling_a_place_the_quote_lists_is_one_finding_with_the_fix() {
        let outcome = check_citations(&[
            (
                "sources/article.txt",
                "Grants went to 3 counties: Kent, Surrey and Sussex.\n",
            ),
            (
                "entities/more.yaml",
                "entities:\n  - { name: England, kind: country }\n  - { name: Kent, kind: county, parent: England }\n  - { name: Surrey, kind: county, parent: England }\n  - { name: Sussex, kind: county, parent: England }\n",
            ),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: \"3 counties: Kent, Surrey and Sussex\", subject: England, metric: m, value: 3, unit: county, members: [Kent, Surrey, Susex] }\n",
                ),
            ),
        ]);
        // Not also CC204 for Sussex, nor CC022 for Susex: one slip.
        assert_eq!(outcome.diagnostics.len(), 1, "{:#?}", outcome.diagnostics);
        let finding = &outcome.diagnostics[0];
        assert_eq!(finding.code, Code::MemberNotInQuote);
        assert_eq!(
            finding.message,
            "claim `a` lists `Susex`, which its quote does not name: probably `Sussex`, which \
             the quote lists"
        );
        assert_eq!(
            finding.help.as_deref(),
            Some("write `Sussex` instead of `Susex`")
        );
        let files = &outcome.project.files;
        let at = |i: usize| {
            let location = &finding.labels[i].location;
            &files.text(location.file)[location.span()]
        };
        assert_eq!((at(0), at(1)), ("Susex", "Sussex"));
        assert_eq!(finding.labels[0].message, "probably `Sussex`");
        assert_eq!(
            finding.notes,
            [
                "the same slip is also CC204 member-left-out (error): the quote of `a` lists \
                 `Sussex` with its members, but `members:` leaves it out",
                "looked for `Susex` as whole words, case as written",
                "the same slip is also CC022 unknown-entity (warning): the member `Susex` names \
                 no known entity",
            ]
        );
        let data = finding.data.as_ref().unwrap().value();
        assert_eq!(data["probably"], "Sussex");
    }

    #[test]
    fn a_member_misspelling_the_registered_name_of_a_place_the_quote_names_by_an_alias_is_one_finding()
     {
        let outcome = check_citations(&[
            (
                "sources/article.txt",
                "Подтопление грозит 5 районам: Кетовский и Белозерский.\n",
            ),
            (
                "entities/more.yaml",
                "entities:\n  - { name: Курганская область, kind: region }\n  - { name: Кетовский район, kind: district, parent: Курганская область, aliases: [Кетовский] }\n  - { name: Белозерский район, kind: district, parent: Курганская область, aliases: [Белозерский] }\n",
            ),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: \"5 районам: Кетовский и Белозерский\", subject: Курганская область, metric: m, members: [Кетовкий район, Белозерский район], list: partial }\n",
                ),
            ),
        ]);
        // Not also CC204 for Кетовский, nor CC022 for Кетовкий район: one slip, whose fix is
        // the name `members:` lists the others by.
        assert_eq!(outcome.diagnostics.len(), 1, "{:#?}", outcome.diagnostics);
        let finding = &outcome.diagnostics[0];
        assert_eq!(finding.code, Code::MemberNotInQuote);
        assert_eq!(
            finding.help.as_deref(),
            Some("write `Кетовский район` instead of `Кетовкий район`")
        );
    }

    /// A misspelt member is read by the rules as the place it misspells, in the later list
    /// (`Esex` for Essex) or the earlier (`Esex` there, Essex later): the list drops nothing,
    /// and the one finding is the CC203 that names the place. A real drop beside it is its
    /// own finding, naming only the place dropped; so is a later list's drop of the place
    /// the earlier misspells, named as the place.
    #[test]
    fn a_member_misspelt_in_a_growing_list_is_read_as_the_place_it_misspells() {
        let run = |earlier: &str, later: &str| {
            let claims = format!(
                "source: a\nclaims:\n  - {{ id: y2022, quote: \"3 counties: Kent, Surrey and Essex\", subject: England, metric: m, period: 2022, value: 3, unit: county, members: [{earlier}] }}\n  - {{ id: y2023, quote: \"4 counties: Kent, Surrey, Essex and Sussex\", subject: England, metric: m, period: 2023, value: 4, unit: county, members: [{later}] }}\n"
            );
            let entities = "entities:\n  - { name: England, kind: country }\n  - { name: Kent, kind: county, parent: England }\n  - { name: Surrey, kind: county, parent: England }\n  - { name: Essex, kind: county, parent: England }\n  - { name: Sussex, kind: county, parent: England }\n";
            codes_and_messages(&[
                ("claims/c.yaml", &claims),
                ("entities/e.yaml", entities),
                ("rules/r.yaml", "rules:\n  - { id: grows, kind: growth }\n"),
                (
                    "sources/sources.yaml",
                    "sources:\n  - { id: a, title: A, published: 2024-01-19, text: a.txt }\n",
                ),
                (
                    "sources/a.txt",
                    "In 2022, 3 counties: Kent, Surrey and Essex. In 2023, 4 counties: Kent, Surrey, Essex and Sussex.",
                ),
            ])
        };
        for (earlier, later) in [
            ("Kent, Surrey, Essex", "Kent, Surrey, Esex, Sussex"),
            ("Kent, Surrey, Esex", "Kent, Surrey, Essex, Sussex"),
        ] {
            let found = run(earlier, later);
            let codes: Vec<Code> = found.iter().map(|(code, _)| *code).collect();
            assert_eq!(codes, [Code::MemberNotInQuote], "{found:#?}");
        }
        // Surrey is dropped too: that drop is the article's, and it names Surrey alone.
        let found = run("Kent, Surrey, Esex", "Kent, Essex, Sussex");
        assert!(
            found.contains(&(
                Code::MemberDropped,
                "`y2023` drops Surrey in 2023: `y2022` listed it in 2022".to_string()
            )),
            "{found:#?}"
        );
        // The earlier list misspells Essex, and the later one leaves Essex out: a drop of
        // Essex, named so.
        let found = run("Kent, Surrey, Esex", "Kent, Surrey, Sussex, Sussex");
        assert!(
            found
                .iter()
                .any(|(code, message)| *code == Code::MemberDropped
                    && message.starts_with("`y2023` drops Essex in 2023")),
            "{found:#?}"
        );
    }

    /// A misspelt member is read as its place only where its quote is the article's words,
    /// and one place only once: a second member misspelling it is no slip for it too, and
    /// the list names one member more than its count. A `disjoint` finding names the place.
    #[test]
    fn a_misspelt_member_is_read_as_its_place_once_and_only_where_its_quote_is_found() {
        let run = |quote: &str, members: &str, value: &str| {
            let claims = format!(
                "source: a\nclaims:\n  - {{ id: quit, quote: \"Kent and Essex quit\", subject: England, metric: quit, unit: county, members: [Kent, Essex], list: partial }}\n  - {{ id: remain, quote: \"{quote}\", subject: England, metric: remaining, {value}unit: county, members: [{members}], list: partial }}\n"
            );
            let entities = "entities:\n  - { name: England, kind: country }\n  - { name: Kent, kind: county, parent: England }\n  - { name: Surrey, kind: county, parent: England }\n  - { name: Essex, kind: county, parent: England }\n";
            codes_and_messages(&[
                ("claims/c.yaml", &claims),
                ("entities/e.yaml", entities),
                (
                    "rules/r.yaml",
                    "rules:\n  - { id: counts, kind: count }\n  - { id: apart, kind: disjoint, select: { metric: quit }, against: { metric: remaining } }\n",
                ),
                (
                    "sources/sources.yaml",
                    "sources:\n  - { id: a, title: A, published: 2024-01-19, text: a.txt }\n",
                ),
                (
                    "sources/a.txt",
                    "Kent and Essex quit. 3 counties remain: Kent, Surrey and Essex.",
                ),
            ])
        };
        let found = run(
            "3 counties remain: Kent, Surrey and Essex",
            "Surrey, Esex",
            "",
        );
        assert!(
            found.contains(&(
                Code::MemberInBoth,
                "`Essex` is listed both by `quit` (quit) and by `remain` (remaining), which \
                 exclude each other"
                    .to_string()
            )),
            "{found:#?}"
        );
        // The quote not found: the member is read as written, and lists nothing of `quit`.
        let found = run("2 counties remain: Surrey and Essex", "Surrey, Esex", "");
        let codes: Vec<Code> = found.iter().map(|(code, _)| *code).collect();
        assert!(!codes.contains(&Code::MemberInBoth), "{found:#?}");
        // Two members misspelling Essex: one is read as it; the list still counts four.
        let found = run(
            "3 counties remain: Kent, Surrey and Essex",
            "Kent, Surrey, Esex, Essx",
            "value: 3, ",
        );
        let codes: Vec<Code> = found.iter().map(|(code, _)| *code).collect();
        assert!(codes.contains(&Code::CountMismatch), "{found:#?}");
        assert!(!codes.contains(&Code::DuplicateMember), "{found:#?}");
    }

    /// Checks one claim quoting `quote` (in the article as written), listing `members`, in a
    /// registry of Jordan's provinces and a few places of scripts without capitals, giving
    /// every diagnostic's code and message.
    fn places_without_capitals(quote: &str, members: &str) -> Vec<(Code, String)> {
        codes_and_messages(&[
            ("sources/article.txt", &format!("{quote}\n")),
            (
                "entities/more.yaml",
                "entities:\n  - { name: الأردن, kind: country }\n  - { name: عمان, kind: province, parent: الأردن }\n  - { name: إربد, kind: province, parent: الأردن }\n  - { name: المفرق, kind: province, parent: الأردن }\n  - { name: المفرك, kind: person }\n  - { name: بني عبيد, kind: county, parent: إربد }\n  - { name: عبيد, kind: city, parent: إربد }\n  - { name: सीतामढ़ी, kind: district, parent: الأردن }\n  - { name: เชียงใหม่, kind: province, parent: الأردن }\n  - { name: 新潟県, kind: prefecture, parent: الأردن }\n",
            ),
            (
                "claims/c.yaml",
                &claims(&format!(
                    "  - {{ id: a, quote: \"{quote}\", subject: الأردن, metric: m, members: [{members}], list: partial }}\n"
                )),
            ),
        ])
    }

    #[test]
    fn a_member_misspelling_a_place_its_quote_names_in_a_script_without_capitals_is_one_finding() {
        for (quote, member, place) in [
            ("هي عمان وإربد والمفرق", "المفرگ", "المفرق"),
            ("ووصلت المساعدات للمفرق", "المفرگ", "المفرق"),
            ("ووصلت المساعدات لإربد", "اربد", "إربد"),
            ("बाढ़ से सीतामढ़ी जिला प्रभावित", "सीतामढी", "सीतामढ़ी"),
            ("ฝนตกหนักในจังหวัดเชียงใหม่", "เชียงใม่", "เชียงใหม่"),
            ("大雨で新潟県に避難指示", "新渇県", "新潟県"),
        ] {
            let found = places_without_capitals(quote, member);
            assert_eq!(
                found,
                [(
                    Code::MemberNotInQuote,
                    format!(
                        "claim `a` lists `{member}`, which its quote does not name: probably \
                         `{place}`, which the quote lists"
                    )
                )],
                "{quote}"
            );
        }
    }

    #[test]
    fn a_list_in_a_script_without_capitals_is_read_in_a_quote_that_opens_on_spaces() {
        // Found in review: the list was read in the quote's trimmed normal form and mapped
        // back through its untrimmed one, a byte off: a panic inside a Devanagari letter.
        let quote = "  गण्डकी प्रदेशका कास्की, तनहुँ र स्याङ्जामा बाढी";
        let outcome = check_citations(&[
            ("sources/article.txt", &format!("{}\n", quote.trim())),
            (
                "entities/more.yaml",
                "entities:\n  - { name: नेपाल, kind: country }\n  - { name: गण्डकी, kind: province, parent: नेपाल }\n  - { name: कास्की, kind: district, parent: गण्डकी }\n  - { name: तनहुँ, kind: district, parent: गण्डकी }\n  - { name: स्याङ्जा, kind: district, parent: गण्डकी }\n",
            ),
            (
                "claims/c.yaml",
                &claims(&format!(
                    "  - {{ id: a, quote: \"{quote}\", subject: गण्डकी, metric: m, unit: district, members: [कास्की, तनहुँ] }}\n"
                )),
            ),
        ]);
        assert_one_left_out(&outcome, "`a` lists `स्याङ्जा` with its members");
    }

    #[test]
    fn a_member_near_no_place_its_quote_names_and_no_other_stays_unnamed_and_unknown() {
        let plain = |found: Vec<(Code, String)>| {
            found
                .into_iter()
                .map(|(code, message)| (code, !message.contains("probably")))
                .collect::<Vec<_>>()
        };
        let unknown_and_unnamed = [(Code::UnknownEntity, true), (Code::MemberNotInQuote, true)];
        // Nowhere near the places the quote names: those it lists and `members:` leaves out
        // are each a CC204 of their own.
        assert_eq!(
            plain(places_without_capitals(
                "هي عمان وإربد والمفرق",
                "عمان, الزرقاء"
            )),
            [
                (Code::MemberLeftOut, true),
                (Code::MemberLeftOut, true),
                (Code::UnknownEntity, true),
                (Code::MemberNotInQuote, true)
            ]
        );
        // Near a place another member lists already.
        assert_eq!(
            plain(places_without_capitals("هي إربد", "إربد, اربد")),
            unknown_and_unnamed
        );
        // Near a place the quote names only inside another registered name: "بني عبيد" is
        // the county, not the town `عبيد`.
        assert_eq!(
            plain(places_without_capitals("في بني عبيد", "عبيدة")),
            unknown_and_unnamed
        );
        // A registered name near a quoted place is another entity, not a slip: no CC022,
        // and the place the list names beside it is left out, two problems (as `Essex` for
        // "Kent, Surrey and Sussex").
        assert_eq!(
            plain(places_without_capitals("هي إربد والمفرق", "إربد, المفرك")),
            [(Code::MemberLeftOut, true), (Code::MemberNotInQuote, true)]
        );
    }

    #[test]
    fn each_misspelt_member_is_matched_with_its_own_place() {
        let found = english_counties("Kent, Surey, Susex");
        let messages: Vec<&str> = found.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(
            messages,
            [
                "claim `a` lists `Surey`, which its quote does not name: probably `Surrey`, \
                 which the quote lists",
                "claim `a` lists `Susex`, which its quote does not name: probably `Sussex`, \
                 which the quote lists",
            ]
        );
    }

    #[test]
    fn a_wrong_member_and_a_place_left_out_that_are_not_near_stay_two_findings() {
        // A name nowhere near `Sussex`: a wrong member, and a place left out.
        let codes: Vec<Code> = english_counties("Kent, Surrey, Cornwall")
            .into_iter()
            .map(|(code, _)| code)
            .collect();
        assert_eq!(
            codes,
            [
                Code::MemberLeftOut,
                Code::UnknownEntity,
                Code::MemberNotInQuote
            ]
        );
        // A registered county, near `Sussex` in spelling, is another county, not a slip of
        // the keyboard.
        let found = english_counties("Kent, Surrey, Essex");
        let codes: Vec<Code> = found.iter().map(|(code, _)| *code).collect();
        assert_eq!(codes, [Code::MemberLeftOut, Code::MemberNotInQuote]);
        assert_eq!(
            found[1].1,
            "claim `a` lists `Essex`, which its quote does not name"
        );
    }

    /// A French article and its registry: Réunion's communes, two of whose names begin with
    /// an article, and the Drôme's, one of which shares its name with a town elsewhere.
    fn french_communes(article: &str, claims_body: &str) -> crate::check::Outcome {
        check_citations(&[
            ("sources/article.txt", article),
            (
                "entities/more.yaml",
                "entities:\n  - { name: France, kind: country }\n  - { name: La Réunion, kind: department, parent: France }\n  - { name: Drôme, kind: department, parent: France }\n  - { name: Isère, kind: department, parent: France }\n  - { name: Savoie, kind: department, parent: France }\n  - { name: Tarn-et-Garonne, kind: department, parent: France }\n  - { name: Le Port, kind: city, parent: La Réunion }\n  - { name: Le Tampon, kind: city, parent: La Réunion }\n  - { name: Saint-Paul, kind: city, parent: La Réunion }\n  - { name: Saint-Pierre, kind: city, parent: La Réunion }\n  - { name: Valence, kind: city, parent: Drôme }\n  - { name: Montélimar, kind: city, parent: Drôme }\n  - { name: Romans-sur-Isère, kind: city, parent: Drôme }\n  - { name: Valence, kind: town, parent: Tarn-et-Garonne }\n",
            ),
            ("claims/c.yaml", &claims(claims_body)),
        ])
    }

    #[test]
    fn a_place_whose_name_begins_with_an_article_is_named_by_its_contraction() {
        let outcome = french_communes(
            "Les livraisons ont progressé au Port et à Saint-Paul. Les villes du Tampon et de Saint-Pierre ont signé. Au Port, rien.\n",
            concat!(
                "  - { id: a, quote: \"Les livraisons ont progressé au Port et à Saint-Paul.\", subject: La Réunion, metric: m, members: [Le Port, Saint-Paul] }\n",
                "  - { id: b, quote: \"Les villes du Tampon et de Saint-Pierre ont signé.\", subject: La Réunion, metric: n, members: [Le Tampon, Saint-Pierre] }\n",
                "  - { id: c, quote: \"Au Port, rien.\", subject: La Réunion, metric: o, members: [Le Port] }\n",
            ),
        );
        assert_eq!(citation_codes(&outcome), vec![]);
    }

    #[test]
    fn the_rest_of_a_name_without_its_article_or_a_contraction_names_nothing() {
        let outcome = french_communes(
            "Le port de commerce a grandi. Le Port a grandi. Le chapeau Port a grandi.\n",
            concat!(
                "  - { id: a, quote: \"Le port de commerce a grandi.\", subject: La Réunion, metric: m, members: [Le Port] }\n",
                "  - { id: b, quote: \"Le chapeau Port a grandi.\", subject: La Réunion, metric: n, members: [Le Port] }\n",
                "  - { id: c, quote: \"Le Port a grandi.\", subject: La Réunion, metric: o, members: [Le Port] }\n",
            ),
        );
        let found = crate::testing::codes_and_messages(&outcome);
        assert_eq!(
            found,
            [
                (
                    Code::MemberNotInQuote,
                    "claim `a` lists `Le Port`, which its quote does not name"
                ),
                (
                    Code::MemberNotInQuote,
                    "claim `b` lists `Le Port`, which its quote does not name"
                ),
            ]
        );
    }

    #[test]
    fn a_list_reads_a_contracted_name_as_the_place_with_its_article() {
        let article = "Les communes du Port, Saint-Paul et Saint-Pierre ont signé.\n";
        let quote = "Les communes du Port, Saint-Paul et Saint-Pierre ont signé.";
        let outcome = french_communes(
            article,
            &format!(
                "  - {{ id: a, quote: \"{quote}\", subject: La Réunion, metric: m, members: [Saint-Paul, Saint-Pierre] }}\n"
            ),
        );
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "the quote of `a` lists `Le Port` with its members, but `members:` leaves it out"
        );
        assert_eq!(crate::testing::primary_text(&outcome, 0), "Port");
        assert_eq!(
            diagnostic.help.as_deref(),
            Some(
                "add `Le Port` to `members:`; if the article lists it by mistake, keep it \
                 listed and let the other checks find the discrepancy"
            )
        );
        assert_eq!(outcome.diagnostics.len(), 1, "{:?}", outcome.diagnostics);
        let outcome = french_communes(
            article,
            &format!(
                "  - {{ id: a, quote: \"{quote}\", subject: La Réunion, metric: m, members: [Le Port, Saint-Paul, Saint-Pierre] }}\n"
            ),
        );
        assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    }

    #[test]
    fn the_place_a_sentence_opens_in_is_not_one_of_the_list_after_it() {
        let article = "Dans la Drôme, Valence, Montélimar et Romans-sur-Isère ont signé. Pour la Drôme, Montélimar et Valence ont signé. Hier, dans la Drôme, Montélimar et Romans-sur-Isère ont signé.\n";
        let outcome = french_communes(
            article,
            concat!(
                // Valence is two places, a city and a town: the list of cities is of the
                // city, and the department the sentence opens in is neither.
                "  - { id: a, quote: \"Dans la Drôme, Valence, Montélimar et Romans-sur-Isère ont signé.\", subject: France, metric: m, members: [Valence, Montélimar, Romans-sur-Isère] }\n",
                "  - { id: b, quote: \"Pour la Drôme, Montélimar et Valence ont signé.\", subject: France, metric: n, members: [Valence (Drôme), Montélimar] }\n",
                "  - { id: c, quote: \"Hier, dans la Drôme, Montélimar et Romans-sur-Isère ont signé.\", subject: France, metric: o, members: [Montélimar] }\n",
            ),
        );
        let found = crate::testing::codes_and_messages(&outcome);
        assert_eq!(
            found,
            [(
                Code::MemberLeftOut,
                "the quote of `c` lists `Romans-sur-Isère` with its members, but `members:` \
                     leaves it out"
            ),]
        );
    }

    #[test]
    fn a_place_after_an_article_is_still_listed_beside_places_of_its_level() {
        // Departments after the Drôme: a list, and the Drôme one of it.
        let outcome = french_communes(
            "Dans la Drôme, Isère et Savoie, 40 communes ont signé. Dans la Drôme, l'Isère et la Savoie, 40 communes ont signé.\n",
            concat!(
                "  - { id: a, quote: \"Dans la Drôme, Isère et Savoie, 40 communes ont signé.\", subject: France, metric: m, members: [Isère, Savoie] }\n",
                "  - { id: b, quote: \"Dans la Drôme, l'Isère et la Savoie, 40 communes ont signé.\", subject: France, metric: n, members: [Drôme, Isère, Savoie] }\n",
            ),
        );
        let found = crate::testing::codes_and_messages(&outcome);
        assert_eq!(
            found,
            [(
                Code::MemberLeftOut,
                "the quote of `a` lists `Drôme` with its members, but `members:` leaves it out"
            )]
        );
    }

    #[test]
    fn a_list_whose_members_are_all_ambiguous_is_of_the_kinds_they_may_be() {
        // No sentence opens on the Drôme here: it stands in the list, and is no city or
        // town, as the Valences are.
        let outcome = french_communes(
            "Drôme, Valence et Montélimar ont signé.\n",
            "  - { id: a, quote: \"Drôme, Valence et Montélimar ont signé.\", subject: France, metric: m, members: [Valence] }\n",
        );
        let found = crate::testing::codes_and_messages(&outcome);
        assert_eq!(
            found,
            [
                (
                    Code::MemberLeftOut,
                    "the quote of `a` lists `Montélimar` with its members, but `members:` \
                     leaves it out"
                ),
                (
                    Code::AmbiguousEntity,
                    "the member `Valence` could name 2 entities"
                ),
            ]
        );
    }
}
