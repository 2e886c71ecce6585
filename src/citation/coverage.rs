//! `claimcheck coverage`: which numbers of the articles does no claim encode?
//!
//! Every number of every source text is found ([`find_numbers`](super::numbers::find_numbers): figures, percentages,
//! scaled figures, number words, years, fiscal years, days of months, ordinals), read as the
//! value check (CC202) reads a quote: `27 208`, `1.079.498,5` and `3,5 %` are one number each,
//! in the digits of any script, and Chinese numerals where they state a figure (`六十六`,
//! `百分之八十`; not `四川` or `一个`). A line break inside a sentence is read as a space, as
//! in a quote ([`Spaced::article`]): a figure and its scale or percent word are one number
//! across it (`7.36 lakh` then `crore`, `100` then `per cent`). Each is then:
//!
//! - **encoded** when it lies inside the passage of a claim (its quote, as found in the
//!   article) that encodes it, that is when one of these holds:
//!   - the number is a figure and the claim's value is the same figure in any notation
//!     ([`same_figure`]: `3.29 million` and `3,290,000`, `nine` and `9`); a figure that
//!     reads either way (`1.079`: 1.079 or 1079) in the reading of the decimal mark the
//!     article's other figures tell, and in either reading when they tell none or both
//!     ([`super::decimal_mark`]);
//!   - the number names a date that is the claim's `as_of` (as written: a date the claim
//!     only inherits from its source encodes nothing) or its period's first or last day: a
//!     year equal to that date's year, a month and day equal to its month and day, a bare
//!     day (`the 21st`, the `22` of `November 16 to 22`) equal to its day; a day and month
//!     written in digits in an order the text does not tell (`05/06/2020`) equal to its
//!     month and day either way;
//!   - the number is a fiscal year (`2024/25`, `2024-25`, `FY2024-25`) and the claim's
//!     period begins in its first year or ends in its second: a span, which a day's `as_of`
//!     does not name, and not the period of the fiscal year before (ending in 2024) or after;
//!   - the number is a whole count equal to the length of the claim's exhaustive member
//!     list;
//! - else **ignored** when it lies inside an occurrence of the `text` of a `coverage.yaml`
//!   entry for its source ([`super::ignores`]);
//! - else **uncovered**: a CC210 warning on the number in the article.
//!
//! A figure written onto a word (`G7`, the `1990` of `1990s`) and a time of day with its
//! minutes (`14:30`, `14.30 Uhr`) state no figure the value check reads, and are not
//! counted.
//!
//! Coverage is (encoded + ignored) / found, per source and in total; 100% when a source
//! has no number.
//!
//! Cost: finding numbers is linear in the texts, and so is finding the ignore entries'
//! texts: all of one article's at once, in one pass over it. Passages and ignored
//! stretches are each sorted by start and swept once along the numbers, so a number is
//! compared only with the passages around it: O(numbers + passages + occurrences), times
//! the passages that overlap at one place (a few quotes of one sentence).

use std::path::Path;

use rust_decimal::Decimal;
use serde::Serialize;

use super::decimal_mark::ArticleMark;
use super::ignores::{self, Ignore};
use super::normalize::{Normalized, normalize};
use super::numbers::{DatePart, DecimalMark, Language, Mention, find_numbers_up_to, month_name};
use super::spaced::Spaced;
use super::value::{figures_stating, same_figure};
use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics, Location, Severity};
use crate::load::{self, Limits};
use crate::model::{Claim, ClaimId, Listing, Project};

/// What a coverage run may read.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub limits: Limits,
}

/// The counts of one source, or of all of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub found: usize,
    pub encoded: usize,
    pub ignored: usize,
}

impl Counts {
    pub fn covered(&self) -> usize {
        self.encoded + self.ignored
    }

    pub fn uncovered(&self) -> usize {
        self.found - self.covered()
    }

    /// Covered numbers in percent, rounded down to a tenth so that 99.96% never shows as
    /// 100%; none where no number was read, as nothing read is no share covered (a share
    /// of 100% would say every number was).
    pub fn percent(&self) -> Option<Decimal> {
        if self.found == 0 {
            return None;
        }
        let tenths = Decimal::from(self.covered() * 1000) / Decimal::from(self.found);
        Some((tenths.floor() / Decimal::TEN).normalize())
    }

    /// Whether coverage is at least `minimum` percent, compared exactly.
    pub fn meets(&self, minimum: Decimal) -> bool {
        Decimal::from(self.covered()) * Decimal::ONE_HUNDRED >= minimum * Decimal::from(self.found)
    }

    fn add(&mut self, other: &Counts) {
        self.found += other.found;
        self.encoded += other.encoded;
        self.ignored += other.ignored;
    }
}

/// Coverage of one source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceCoverage {
    pub source: String,
    /// The article's file, as shown in diagnostics; `None` when it could not be read.
    pub text: Option<String>,
    #[serde(flatten)]
    pub counts: Counts,
}

/// Coverage of every source with a text, in source order, and the total.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub sources: Vec<SourceCoverage>,
    pub total: Counts,
    /// Uncovered numbers counted but given no CC210, beyond what a run reports.
    #[serde(skip)]
    pub unreported: usize,
}

/// Most numbers counted in one article, and in all the articles of a run. A real article
/// has hundreds; a text of nothing but numbers would otherwise cost gigabytes. The rest
/// of such an article is not counted, and CC002 says so.
pub const MAX_NUMBERS_PER_SOURCE: usize = 100_000;
pub const MAX_NUMBERS_PER_RUN: usize = 1_000_000;

/// A coverage run: the project, the problems with the input and `coverage.yaml`, one
/// CC210 per uncovered number, and the counts.
pub struct Coverage {
    pub project: Project,
    pub diagnostics: Vec<Diagnostic>,
    pub report: Report,
    /// Whether any diagnostic is an error, including any beyond those reported.
    pub invalid: bool,
}

impl Coverage {
    /// Shows file names from the working folder in the diagnostics and the table.
    pub fn show_paths(&mut self, shown: &crate::files::ShownPaths) {
        crate::diagnostic::show_paths(&mut self.project.files, shown, &mut self.diagnostics);
        for source in &mut self.report.sources {
            if let Some(text) = &mut source.text {
                *text = shown.show(text);
            }
        }
    }
}

/// Measures the coverage of the project under `root`.
pub fn run(root: &Path, options: &Options) -> Coverage {
    let loaded = load::load(root, &options.limits);
    let mut project = loaded.project;
    // Input errors make the run invalid; other findings belong to `claimcheck check`.
    let mut diagnostics: Vec<Diagnostic> = loaded
        .diagnostics
        .into_vec()
        .into_iter()
        .filter(|d| d.code.is_input() && d.severity == Severity::Error)
        .collect();
    // Passages only: the quote, value and member findings are `check`'s.
    let _ = super::locate(&mut project);
    let mut ignore_diagnostics = Diagnostics::default();
    let ignores = ignores::load(root, &mut project, &options.limits, &mut ignore_diagnostics);
    diagnostics.extend(ignore_diagnostics.into_vec());
    let report = measure(&project, &ignores, &mut diagnostics);
    crate::diagnostic::sort(&mut diagnostics, &project.files);
    let invalid = diagnostics.iter().any(|d| d.severity == Severity::Error);
    crate::diagnostic::bound_reported(&mut diagnostics, report.unreported);
    Coverage {
        project,
        diagnostics,
        report,
        invalid,
    }
}

/// Counts every source's numbers, reporting uncovered numbers (CC210) and unused ignore
/// entries (CC213).
pub fn measure(project: &Project, ignores: &[Ignore], diagnostics: &mut Vec<Diagnostic>) -> Report {
    let mut claims_by_source: Vec<Vec<ClaimId>> = vec![Vec::new(); project.sources.len()];
    for id in project.claim_ids() {
        claims_by_source[project.claim(id).source.0 as usize].push(id);
    }
    // The passages of the claims left out for their errors, whose quotes were found, by
    // source: (start, end, index in `project.left_out`).
    let mut left_out_by_source: Vec<Vec<(usize, usize, usize)>> =
        vec![Vec::new(); project.sources.len()];
    for (at, claim) in project.left_out.iter().enumerate() {
        if let Some(passage) = &claim.passage {
            let span = passage.span();
            left_out_by_source[claim.source.0 as usize].push((span.start, span.end, at));
        }
    }
    let mut ignores_by_source: Vec<Vec<usize>> = vec![Vec::new(); project.sources.len()];
    for (at, ignore) in ignores.iter().enumerate() {
        ignores_by_source[ignore.source.0 as usize].push(at);
    }
    let mut used = vec![false; ignores.len()];
    let mut found_as = vec![ignores::Found::Nowhere; ignores.len()];
    let mut report = Report::default();
    let mut counted = 0;
    for (index, source) in project.sources.iter().enumerate() {
        let Some(file) = source.text else {
            continue;
        };
        let text = project.files.text(file);
        let limit = MAX_NUMBERS_PER_SOURCE.min(MAX_NUMBERS_PER_RUN - counted);
        // As the value check reads it: a figure and its scale or percent word go on across
        // a line break inside a sentence (`7.36 lakh` then `crore`), and the words of the
        // language its source declares (the Polish `ten` is "this").
        let spaced = Spaced::article(text);
        let language = Language::of(source.language_tag());
        let mut mentions = crate::processing::within(project.files.name(file), || {
            find_numbers_up_to(&spaced.text, limit.saturating_add(1), language)
        });
        // Where counting stops: numbers and ignored stretches beyond it are not looked at.
        let mut counted_until = text.len();
        if mentions.len() > limit {
            mentions.truncate(limit);
            counted_until = mentions.last().map_or(0, |m| spaced.original(m.span.end));
            diagnostics.push(too_many_numbers(project.files.name(file), file, limit));
        }
        // A figure written onto a word is part of a name (`G7`, `M25`, `A380`, the `1990`
        // of `1990s`): the value check reads no figure there, so no claim could encode it.
        // Left out after the limit, which bounds the numbers read, glued or not.
        mentions.retain(|mention| !mention.is_part_of_a_word(&spaced.text));
        // A time of day with its minutes (`14:30`, `14.30 Uhr`, `2.15 p.m.`) states no
        // figure, as the value check reads it, so no claim could encode it either; nor does
        // a month without its day (`3月`, `8월`), no more than "in March" does.
        mentions.retain(|mention| {
            mention.figure.is_some()
                || mention.date.is_some()
                || !(super::numbers::in_time_of_day(&spaced.text, mention.span.start)
                    || super::numbers::is_month_alone(&spaced.text[mention.span.clone()], mention))
        });
        counted += mentions.len();
        // `1.035` reads as the article's source declares, else as its other figures write
        // their decimals.
        let mark = match &source.decimal_mark {
            Some(declared) => Some(declared.value),
            None => ArticleMark::from_mentions(&spaced.text, &mentions).mark(),
        };
        // From here on, places in the article's own bytes.
        for mention in &mut mentions {
            mention.span = spaced.original_span(mention.span.clone());
        }

        // Passages of this source's claims, by start.
        let mut passages: Vec<(usize, usize, ClaimId)> = claims_by_source[index]
            .iter()
            .filter_map(|&id| {
                let passage = project.claim(id).passage.as_ref()?;
                Some((passage.span().start, passage.span().end, id))
            })
            .collect();
        passages.sort_unstable();
        // And of its claims left out for their errors, whose quotes were found: a number in
        // one is not told to be encoded, as a claim may encode it once it loads.
        let mut left_out_passages = std::mem::take(&mut left_out_by_source[index]);
        left_out_passages.sort_unstable();

        // Stretches of the article that ignore entries name, by start, each with the text
        // it is an occurrence of.
        let article = Normalized::new(text);
        let texts = IgnoredTexts::of(ignores, &ignores_by_source[index]);
        let stretches = texts.stretches(&article, counted_until);
        let mut texts_used = vec![false; texts.entries.len()];
        let mut texts_found = vec![ignores::Found::Nowhere; texts.entries.len()];
        for &(_, _, found) in &stretches {
            texts_found[found] = ignores::Found::WithoutNumber;
        }

        let mut counts = Counts {
            found: mentions.len(),
            ..Counts::default()
        };
        let mut in_passages = Sweep::new(&passages);
        let mut in_left_out = Sweep::new(&left_out_passages);
        let mut in_stretches = Sweep::new(&stretches);
        for mention in &mentions {
            let around = in_passages.covering(&mention.span);
            let around_left_out = in_left_out.covering(&mention.span);
            let ignoring = in_stretches.covering(&mention.span);
            for &found in &ignoring {
                texts_found[found] = ignores::Found::AroundNumber;
            }
            if around
                .iter()
                .any(|&id| encodes(project.claim(id), mention, mark))
            {
                counts.encoded += 1;
                continue;
            }
            if !ignoring.is_empty() {
                for &found in &ignoring {
                    texts_used[found] = true;
                }
                counts.ignored += 1;
                continue;
            }
            // Only as many as a run reports are built; the counts still count every one.
            if diagnostics.len() > crate::diagnostic::MAX_REPORTED {
                report.unreported += 1;
                continue;
            }
            let mut finding = uncovered(
                project,
                source.id.value.as_str(),
                file,
                text,
                mention,
                &around,
            );
            if let Some(&first) = around_left_out.first() {
                finding = in_a_claim_left_out(finding, &project.left_out[first]);
            }
            diagnostics.push(finding);
        }
        texts.give(&texts_found, &mut found_as);
        texts.give(&texts_used, &mut used);
        report.total.add(&counts);
        report.sources.push(SourceCoverage {
            source: source.id.value.clone(),
            text: Some(project.files.name(file).to_string()),
            counts,
        });
    }
    for (at, ignore) in ignores.iter().enumerate() {
        let source = project.source(ignore.source);
        if !used[at] && source.text.is_some() {
            diagnostics.push(ignores::unused(
                ignore,
                &source.id.value,
                Language::of(source.language_tag()),
                found_as[at],
            ));
        }
    }
    report
}

/// The distinct texts of one source's ignore entries, found in its article in one pass
/// however many there are (entries × article, one search per entry, took minutes for tens
/// of thousands of entries).
struct IgnoredTexts {
    /// The entries of each distinct text, by the text's index.
    entries: Vec<Vec<usize>>,
    /// The texts, normalized, by index.
    texts: Vec<String>,
    /// Finds them all at once; none when there are none, or when the automaton would be
    /// too large to build, and then each text is searched for alone.
    searcher: Option<aho_corasick::AhoCorasick>,
}

impl IgnoredTexts {
    /// The texts of `entries` (indices into `ignores`), normalized as the article is.
    fn of(ignores: &[Ignore], entries: &[usize]) -> IgnoredTexts {
        let mut index: crate::hashing::HashMap<String, usize> = Default::default();
        let mut texts: Vec<String> = Vec::new();
        let mut entries_of: Vec<Vec<usize>> = Vec::new();
        for &entry in entries {
            let text = normalize(&ignores[entry].text.value);
            if text.is_empty() {
                continue;
            }
            let at = *index.entry(text.clone()).or_insert_with(|| {
                texts.push(text);
                entries_of.push(Vec::new());
                entries_of.len() - 1
            });
            entries_of[at].push(entry);
        }
        // Every occurrence of every text, overlapping ones included (`aa` in `aaa` from
        // both starts), read in the order they end.
        let searcher = (!texts.is_empty())
            .then(|| {
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::Standard)
                    .build(&texts)
                    .ok()
            })
            .flatten();
        IgnoredTexts {
            entries: entries_of,
            texts,
            searcher,
        }
    }

    /// The occurrences of the texts that start before `until` in the original article:
    /// (start, end, text), by start. Of one text, the occurrences that do not overlap, from
    /// the first on, as a search for it alone finds them.
    fn stretches(&self, article: &Normalized, until: usize) -> Vec<(usize, usize, usize)> {
        let mut stretches = Vec::new();
        let mut take = |text: usize, found: std::ops::Range<usize>| {
            let span = article.original_span(found);
            if span.start < until {
                stretches.push((span.start, span.end, text));
            }
        };
        match &self.searcher {
            Some(searcher) => {
                // Overlapping occurrences of one text (`0 0` in `0 0 0`) are each read and
                // all but the first of a run dropped: the cost is the occurrences.
                let mut free_from = vec![0usize; self.entries.len()];
                for found in searcher.find_overlapping_iter(&article.text) {
                    let text = found.pattern().as_usize();
                    if found.start() < free_from[text] {
                        continue;
                    }
                    free_from[text] = found.end();
                    take(text, found.start()..found.end());
                }
            }
            None => {
                for (text, needle) in self.texts.iter().enumerate() {
                    for (at, found) in article.text.match_indices(needle.as_str()) {
                        take(text, at..at + found.len());
                    }
                }
            }
        }
        stretches.sort_unstable();
        stretches
    }

    /// Gives each entry what is known of its text (`texts`, by text).
    fn give<T: Copy>(&self, texts: &[T], entries: &mut [T]) {
        for (of_text, &known) in self.entries.iter().zip(texts) {
            for &entry in of_text {
                entries[entry] = known;
            }
        }
    }
}

/// CC002 on an article with more numbers than coverage counts.
/// It stands at the start of the article, so that it comes first among the article's
/// diagnostics and a bounded report keeps it.
fn too_many_numbers(name: &str, file: crate::files::FileId, limit: usize) -> Diagnostic {
    Diagnostic::new(
        Code::InputLimit,
        format!("`{name}` has more numbers than coverage counts ({MAX_NUMBERS_PER_SOURCE} in one article, {MAX_NUMBERS_PER_RUN} in a run)"),
        Location::new(file, 0..0),
        format!("only the first {limit} numbers of this article are counted"),
    )
    .with_help("an article is prose: a table of numbers does not belong in sources/; cut it from the text")
}

/// Whether `claim`, whose passage holds `mention`, encodes it (see the module docs); `mark`
/// is the decimal mark of the article, which reads a figure that reads either way.
pub fn encodes(claim: &Claim, mention: &Mention, mark: Option<DecimalMark>) -> bool {
    if let Some(value) = &claim.value {
        // As the value check reads it: `value: 62` in `percent` is the figure "62%" is, and
        // the figure as written, which a quote may write without its percent word.
        let [judged_as, also] = figures_stating(claim, &value.value);
        let mut readings = std::iter::once(&value.value)
            .chain(judged_as.as_ref())
            .chain(also.as_ref());
        if readings.any(|value| {
            mention
                .figures_by(mark)
                .any(|figure| same_figure(value, figure))
        }) {
            return true;
        }
    }
    if let Some(DatePart::FiscalYear(first)) = mention.date {
        // A fiscal year is a span of a year across two: a period (not a day's `as_of`) that
        // begins in its first year or ends in its second, as a year is a date in it. Not
        // the period of the fiscal year before or after, which ends or begins in the first.
        if claim.period().is_some_and(|period| {
            period.value.start.year == first || period.value.end.year == first + 1
        }) {
            return true;
        }
    } else if let Some(part) = mention.date {
        // Only a date the encoder wrote: the source's date, which `as_of` defaults to, would
        // make any mention of the publication year look encoded by coincidence.
        let mut dates: Vec<_> = claim
            .as_of_at
            .as_ref()
            .map(|_| claim.as_of)
            .into_iter()
            .collect();
        if let Some(period) = claim.period() {
            dates.extend([period.value.start, period.value.end]);
        }
        if dates.iter().any(|date| date_names(part, date)) {
            return true;
        }
    }
    if claim.listing == Listing::Exhaustive
        && !claim.members().is_empty()
        && let Some(figure) = &mention.figure
        && figure.is_exact_count()
    {
        return figure.value == Decimal::from(claim.members().len());
    }
    false
}

fn date_names(part: DatePart, date: &Date) -> bool {
    match part {
        // Named by a period only (see `encodes`).
        DatePart::FiscalYear(_) => false,
        DatePart::Year(year) => date.year == year,
        DatePart::MonthDay { month, day } => date.month == month && date.day == day,
        DatePart::Day(day) => date.day == day,
        // `05/06/2020` names May 6 or 5 June: either encodes it.
        DatePart::MonthDayEitherWay { first, second } => {
            (date.month, date.day) == (first, second) || (date.month, date.day) == (second, first)
        }
    }
}

/// The CC210 warning for a number nothing covers.
fn uncovered(
    project: &Project,
    source_id: &str,
    file: crate::files::FileId,
    text: &str,
    mention: &Mention,
    around: &[ClaimId],
) -> Diagnostic {
    // As it was read: a figure and its word across a line break with one space between.
    let written = &*Spaced::article(&text[mention.span.clone()]).text;
    let mut diagnostic = Diagnostic::new(
        Code::UncoveredNumber,
        format!("`{written}` in source `{source_id}` is not encoded by any claim"),
        Location::new(file, mention.span.clone()),
        "no claim encodes this number",
    )
    .with_help(if mention.figure.is_none()
        && mention.date.is_none()
        && super::numbers::is_a_fraction(written)
    {
        "a fraction (\"two thirds\", \"trois quarts\") cannot be a claim's value: add the words \
         around it to coverage.yaml with a reason a reviewer can judge"
    } else if mention.figure.is_none() && mention.date.is_none() {
        // A spelled ordinal or a multiplicative: no claim's value can be written so.
        "an ordinal or a multiplicative (\"the third\", \"twice\") cannot be a claim's value: \
         add the words around it to coverage.yaml with a reason a reviewer can judge"
    } else if matches!(mention.date, Some(DatePart::FiscalYear(_))) {
        "encode it as a claim whose quote contains it and whose period is this fiscal year; if \
         it states nothing checkable, add it to coverage.yaml with a reason"
    } else {
        "encode it as a claim whose quote contains it and whose value (or as_of, or period) \
         is this number; if it states nothing checkable, add it to coverage.yaml with a reason"
    });
    if let Some(DatePart::MonthDayEitherWay { first, second }) = mention.date {
        diagnostic = diagnostic.with_note(format!(
            "`{written}` may be {} {second} or {} {first}, as the month may come first or \
             second: an as_of or a period on either day encodes it",
            month_name(first),
            month_name(second),
        ));
    }
    if let Some(DatePart::MonthDay { month, day }) = mention.date
        && let Some(date) = date_in_digits(text, mention.span.clone())
    {
        // `14.4` of `14.4.2024` reads as a decimal, though it is no figure. The parts are
        // named in the order written: `04-14` of `2024-04-14` and `4/14` of `4/14/2024`
        // write the month first.
        let first: Option<u8> = written
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|part| part.parse().ok());
        let parts = if first == Some(month) && month != day {
            "month and day"
        } else {
            "day and month"
        };
        diagnostic = diagnostic.with_note(format!(
            "`{written}` is the {parts} of the date `{date}`, {} {day}: an as_of or a period \
             on that day encodes it",
            month_name(month),
        ));
    }
    if let Some(DatePart::FiscalYear(first)) = mention.date {
        diagnostic = diagnostic.with_note(format!(
            "`{written}` is a fiscal year: a claim's period that begins in {first} or ends in \
             {} encodes it, such as `period: {first}-04-01/{}-03-31`",
            first + 1,
            first + 1
        ));
    }
    if !around.is_empty() {
        let names: Vec<String> = around
            .iter()
            .map(|&id| {
                let claim = project.claim(id);
                match &claim.value {
                    Some(value) => format!("`{}` (value {})", claim.id.value, value.value.text),
                    None => format!("`{}`", claim.id.value),
                }
            })
            .collect();
        diagnostic = diagnostic.with_note(format!(
            "it stands in the quote of {}, which {} not encode it",
            names.join(", "),
            if names.len() == 1 { "does" } else { "do" }
        ));
    }
    diagnostic
}

/// The date in digits whose day and month `text[span]` writes (`14.4` of `14.4.2024`, `04-14`
/// of `2024-04-14`), with its year: a day, a separator and a month that are one number, and
/// the separator and four digits of the year after them or before them.
fn date_in_digits(text: &str, span: std::ops::Range<usize>) -> Option<&str> {
    let written = text.get(span.clone())?;
    let separator = written.bytes().find(|b| matches!(b, b'.' | b'/' | b'-'))?;
    // The separator and four digits, in either order.
    let digits_and_separator =
        |part: &str| part.len() == 5 && part.bytes().filter(u8::is_ascii_digit).count() == 4;
    let in_digits = written
        .bytes()
        .all(|b| b.is_ascii_digit() || b == separator);
    if !in_digits {
        return None;
    }
    // Four digits, not the first or last four of a longer number (`14.4.20245`).
    let digit_at = |at: usize| text.as_bytes().get(at).is_some_and(u8::is_ascii_digit);
    let year_after = text
        .get(span.end..span.end + 5)
        .filter(|part| part.starts_with(char::from(separator)) && digits_and_separator(part))
        .filter(|_| !digit_at(span.end + 5));
    let year_before = span.start.checked_sub(5).and_then(|from| {
        text.get(from..span.start)
            .filter(|part| part.ends_with(char::from(separator)) && digits_and_separator(part))
            .filter(|_| from == 0 || !digit_at(from - 1))
    });
    match (year_after, year_before) {
        (Some(_), _) => text.get(span.start..span.end + 5),
        (None, Some(_)) => text.get(span.start - 5..span.end),
        (None, None) => None,
    }
}

/// `finding`, about a number in the quote of `claim`, a claim left out for its errors: it
/// may encode the number once it loads, so the help is to mend it, not to encode the number
/// again.
fn in_a_claim_left_out(finding: Diagnostic, claim: &crate::model::LeftOut) -> Diagnostic {
    let mut finding = finding
        .with_note(
            "it stands in the quote of a claim that did not load, for the errors reported \
             with it",
        )
        .with_label(claim.quote.at, "quoted by this claim, which did not load");
    finding.message.push_str(" that loaded");
    finding.help = Some(
        "mend the errors of the claim that quotes it first: once it loads, it may encode this \
         number"
            .into(),
    );
    finding
}

/// Intervals sorted by start, swept along increasing positions: the intervals covering
/// each span in turn. Spans must come in order of start.
struct Sweep<'a, T> {
    intervals: &'a [(usize, usize, T)],
    next: usize,
    active: Vec<usize>,
}

impl<'a, T: Copy> Sweep<'a, T> {
    fn new(intervals: &'a [(usize, usize, T)]) -> Self {
        Sweep {
            intervals,
            next: 0,
            active: Vec::new(),
        }
    }

    fn covering(&mut self, span: &std::ops::Range<usize>) -> Vec<T> {
        while self
            .intervals
            .get(self.next)
            .is_some_and(|(start, _, _)| *start <= span.start)
        {
            self.active.push(self.next);
            self.next += 1;
        }
        let intervals = self.intervals;
        self.active.retain(|&i| intervals[i].1 > span.start);
        self.active
            .iter()
            .filter(|&&i| intervals[i].1 >= span.end)
            .map(|&i| intervals[i].2)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::numbers::Separators;

    /// [`super::encodes`] in an article whose figures tell no decimal mark.
    fn encodes(claim: &Claim, mention: &Mention) -> bool {
        super::encodes(claim, mention, None)
    }
    use crate::testing::write_project;

    fn coverage(files: &[(&str, &str)]) -> Coverage {
        let dir = write_project(files);
        run(dir.path(), &Options::default())
    }

    fn codes(coverage: &Coverage) -> Vec<Code> {
        coverage.diagnostics.iter().map(|d| d.code).collect()
    }

    fn uncovered_texts(coverage: &Coverage) -> Vec<&str> {
        coverage
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::UncoveredNumber)
            .map(|d| {
                let at = d.primary().unwrap();
                &coverage.project.files.text(at.file)[at.span()]
            })
            .collect()
    }

    const CLAIMS: &str = "source: article\nclaims:\n  \
        - { id: a, quote: \"All 75 poverty-stricken counties\", subject: Gansu, metric: m, value: 75, unit: county }\n  \
        - { id: b, quote: \"By the end of 2019, 67 counties have quit\", subject: Gansu, metric: m, value: 67, unit: county, as_of: 2019-12-31 }\n  \
        - { id: c, quote: \"there are still 8 counties\", subject: Gansu, metric: m, value: eight, unit: county }\n  \
        - { id: d, quote: \"On November 20, Guangxi approved 8 counties of Rongshui, Sanjiang, Napo, Leye, Longlin, Luocheng, Dahua, and Duan\", subject: Guangxi, metric: m, value: 8, unit: county, as_of: 2020-11-20 }\n";

    #[test]
    fn numbers_in_the_passage_of_a_claim_that_encodes_them_are_covered() {
        let coverage = coverage(&[("claims/c.yaml", CLAIMS)]);
        assert_eq!(codes(&coverage), vec![]);
        assert_eq!(
            coverage.report.total,
            Counts {
                found: 6,
                encoded: 6,
                ignored: 0
            }
        );
        assert_eq!(coverage.report.total.percent(), Some(Decimal::ONE_HUNDRED));
        assert!(coverage.report.total.meets(Decimal::ONE_HUNDRED));
        assert!(!coverage.invalid);
    }

    fn without_claim_b() -> String {
        CLAIMS
            .lines()
            .filter(|l| !l.contains("id: b"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_number_outside_every_passage_is_uncovered() {
        let coverage = coverage(&[("claims/c.yaml", &without_claim_b())]);
        assert_eq!(uncovered_texts(&coverage), ["2019", "67"]);
        assert_eq!(coverage.report.total.uncovered(), 2);
        assert_eq!(coverage.report.total.percent().unwrap().to_string(), "66.6");
        assert!(!coverage.report.total.meets(Decimal::ONE_HUNDRED));
        assert!(coverage.report.total.meets(Decimal::from(60)));
        assert!(!coverage.invalid);
    }

    #[test]
    fn a_number_in_a_passage_that_states_another_figure_is_uncovered_with_a_note() {
        let claims = CLAIMS.replace("value: 67", "value: 68");
        let coverage = coverage(&[("claims/c.yaml", &claims)]);
        assert_eq!(uncovered_texts(&coverage), ["67"]);
        let note = &coverage.diagnostics[0].notes[0];
        assert_eq!(
            note,
            "it stands in the quote of `b` (value 68), which does not encode it"
        );
    }

    #[test]
    fn a_number_in_the_quote_of_a_claim_left_out_is_told_to_mend_the_claim() {
        let claims = CLAIMS.replace("as_of: 2019-12-31", "as_of: 2019");
        let coverage = coverage(&[("claims/c.yaml", &claims)]);
        assert_eq!(uncovered_texts(&coverage), ["2019", "67"]);
        for finding in coverage
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::UncoveredNumber)
        {
            assert!(
                finding
                    .message
                    .ends_with("is not encoded by any claim that loaded")
            );
            assert_eq!(
                finding.notes,
                [
                    "it stands in the quote of a claim that did not load, for the errors reported \
                  with it"
                ]
            );
            let quoted_by = &finding.labels[1];
            assert_eq!(
                &claims[quoted_by.location.span()],
                "\"By the end of 2019, 67 counties have quit\""
            );
            assert_eq!(
                quoted_by.message,
                "quoted by this claim, which did not load"
            );
            assert!(
                finding
                    .help
                    .as_deref()
                    .unwrap()
                    .starts_with("mend the errors")
            );
        }
    }

    #[test]
    fn figures_written_onto_a_word_are_names_and_not_counted() {
        let glued = coverage(&[
            (
                "sources/article.txt",
                "Leaders met at the G7 on the M25. An A380 flew over in the 1990s, with 12 \
                 passengers and RM5 juta of cargo.",
            ),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: \"with 12 passengers\", subject: \
                 Gansu, metric: m, value: 12, unit: person }\n",
            ),
        ]);
        assert_eq!(uncovered_texts(&glued), ["5 juta"]);
        assert_eq!(glued.report.total.found, 2);
        // So is one written after a hyphen onto a word: a road, a disease, an aircraft.
        let hyphened = coverage(&[
            (
                "sources/article.txt",
                "El fuego cortó 4 carreteras, entre ellas la CC-55 y la A-66, por la COVID-19; \
                 dos F-16 y la М-11.",
            ),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: \"cortó 4 carreteras\", subject: \
                 Gansu, metric: m, value: 4, unit: carretera }\n",
            ),
        ]);
        assert_eq!(uncovered_texts(&hyphened), Vec::<&str>::new());
        assert_eq!(hyphened.report.total.found, 1);
    }

    #[test]
    fn a_time_of_day_with_its_minutes_is_no_number_to_encode() {
        // Found from outside: "um 14.30 Uhr" was an uncovered number, told it was an
        // ordinal, though no claim's value can be a time.
        let coverage = coverage(&[
            (
                "sources/article.txt",
                "Das Beben kam um 14.30 Uhr. At 14:30 the vote began; by 2.15 p.m. 40 had \
                 voted, and at 5 p.m. it closed.",
            ),
            ("claims/c.yaml", "source: article\nclaims: []\n"),
        ]);
        // An hour alone states its figure, as the value check reads it.
        assert_eq!(uncovered_texts(&coverage), ["40", "5"]);
    }

    #[test]
    fn a_time_written_with_a_point_beside_a_word_of_the_clock_is_no_number_to_encode() {
        // Found from outside: Polish and Indonesian write a time with a point, and each was
        // an uncovered number.
        let coverage = coverage(&[
            (
                "sources/article.txt",
                "Kulminacja nastąpiła o godz. 14.30, a banjir terjadi pukul 22.30 WIB. Poziom \
                 wody wyniósł 3 m; kurs zamknął się na 14.30.",
            ),
            ("claims/c.yaml", "source: article\nclaims: []\n"),
        ]);
        // A plain `14.30` is a figure.
        assert_eq!(uncovered_texts(&coverage), ["3", "14.30"]);
    }

    #[test]
    fn spelled_figures_are_read_as_the_value_check_reads_them() {
        let coverage = coverage(&[
            (
                "sources/article.txt",
                "About a million people attended, and a hundred buses brought them. A \
                 quarter of a million stayed home.",
            ),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: \"About a million people \
                 attended\", subject: Gansu, metric: m, value: 1 million, unit: person }\n",
            ),
        ]);
        assert_eq!(
            uncovered_texts(&coverage),
            ["a hundred", "A quarter of a million"]
        );
        assert_eq!(coverage.report.total.encoded, 1);
    }

    /// An article hard-wrapped between figures and their words.
    const WRAPPED: &str = "The scheme covers 100\nper cent of eligible costs. The budget of \
        ₹7.36 lakh\r\n   crore was passed.\n";

    fn wrapped_claims(share: &str, budget: &str) -> String {
        format!(
            "source: article\nclaims:\n  - {{ id: share, quote: \"The scheme covers 100 per cent \
             of eligible costs\", subject: Gansu, metric: share, value: {share} }}\n  - {{ id: \
             budget, quote: \"The budget of ₹7.36 lakh crore was passed\", subject: Gansu, \
             metric: budget, value: {budget}, unit: Indian rupee }}\n"
        )
    }

    #[test]
    fn a_figure_and_its_word_across_a_line_break_are_one_number_as_the_value_check_reads_it() {
        let right = coverage(&[
            ("sources/article.txt", WRAPPED),
            (
                "claims/c.yaml",
                &wrapped_claims("\"100%\"", "7.36 trillion"),
            ),
        ]);
        assert_eq!(codes(&right), vec![]);
        assert_eq!(right.report.total.found, 2);
        assert_eq!(right.report.total.encoded, 2);
        // The figures as written before the breaks are not what the article states: claims
        // of them (which the value check refuses, CC202) encode nothing.
        let wrong = coverage(&[
            ("sources/article.txt", WRAPPED),
            (
                "claims/c.yaml",
                &wrapped_claims("100, unit: person", "\"736,000\""),
            ),
        ]);
        assert_eq!(
            uncovered_texts(&wrong),
            ["100\nper cent", "7.36 lakh\r\n   crore"]
        );
        // Named as read, with one space, and labelled in the article's own bytes.
        let messages: Vec<&str> = wrong
            .diagnostics
            .iter()
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(
            messages,
            [
                "`100 per cent` in source `article` is not encoded by any claim",
                "`7.36 lakh crore` in source `article` is not encoded by any claim"
            ]
        );
        let check = crate::testing::check_citations(&[
            ("sources/article.txt", WRAPPED),
            (
                "claims/c.yaml",
                &wrapped_claims("100, unit: person", "\"736,000\""),
            ),
        ]);
        let value_codes: Vec<Code> = crate::testing::citation_codes(&check)
            .into_iter()
            .filter(|&code| code == Code::ValueNotInQuote)
            .collect();
        assert_eq!(value_codes, [Code::ValueNotInQuote, Code::ValueNotInQuote]);
    }

    /// An article that writes fiscal years, and a claim of each whose `period:` is `period`.
    fn fiscal_years(period: &str) -> Coverage {
        coverage(&[
            (
                "sources/article.txt",
                "The council approved a budget of £1.2bn for 2024/25. The state's 2024-25 \
                 budget rose.\nIn 2024\u{2013}25, FY2024-25 closed.\n",
            ),
            (
                "claims/c.yaml",
                &format!(
                    "source: article\nclaims:\n  - {{ id: uk, quote: \"a budget of £1.2bn for \
                     2024/25\", subject: Gansu, metric: budget, value: 1.2 billion, unit: pound, \
                     {period} }}\n  - {{ id: in, quote: \"The state's 2024-25 budget rose. In \
                     2024\u{2013}25, FY2024-25 closed\", subject: Gansu, metric: m, value: 1, \
                     unit: school, {period} }}\n"
                ),
            ),
        ])
    }

    #[test]
    fn a_fiscal_year_is_one_number_that_a_period_across_its_two_years_encodes() {
        // The fiscal year itself, the calendar year it begins in, the one it ends in.
        for period in [
            "period: 2024-04-01/2025-03-31",
            "period: 2024-07-01/2025-06-30",
            "period: 2024",
            "period: 2025-01-01/2025-03-31",
        ] {
            let coverage = fiscal_years(period);
            assert_eq!(codes(&coverage), vec![], "{period}");
            assert_eq!(coverage.report.total.found, 5, "{period}");
        }
    }

    #[test]
    fn a_fiscal_year_no_period_encodes_is_reported_once() {
        // The fiscal years before and after, and a day's as_of: none is this fiscal year.
        for period in [
            "period: 2023-04-01/2024-03-31",
            "period: 2025-04-01/2026-03-31",
            "as_of: 2024-07-16",
        ] {
            let coverage = fiscal_years(period);
            assert_eq!(
                uncovered_texts(&coverage),
                ["2024/25", "2024-25", "2024\u{2013}25", "FY2024-25"],
                "{period}"
            );
        }
        let coverage = fiscal_years("as_of: 2024-07-16");
        let finding = &coverage.diagnostics[0];
        assert_eq!(
            finding.notes[0],
            "`2024/25` is a fiscal year: a claim's period that begins in 2024 or ends in 2025 \
             encodes it, such as `period: 2024-04-01/2025-03-31`"
        );
        assert!(
            finding
                .help
                .as_deref()
                .unwrap()
                .contains("whose period is this fiscal year")
        );
    }

    /// The coverage of `article`, of which one claim quotes `quote` with `value` and
    /// `as_of`.
    fn dated_article(article: &str, quote: &str, value: &str, as_of: &str) -> Coverage {
        coverage(&[
            ("sources/article.txt", article),
            (
                "claims/c.yaml",
                &format!(
                    "source: article\nclaims:\n  - {{ id: a, quote: \"{quote}\", subject: \
                     Gansu, metric: m, value: {value}, unit: family, as_of: {as_of} }}\n"
                ),
            ),
        ])
    }

    #[test]
    fn days_of_months_in_finnish_hungarian_romanian_and_georgian_are_encoded_by_as_of() {
        for (quote, value, day, written) in [
            (
                "Tampere 14. huhtikuuta 2024: 120 asukasta",
                "120",
                "2024-04-14",
                "14. huhtikuuta",
            ),
            (
                "2024. augusztus 14-én 230 családot evakuáltak",
                "230",
                "2024-08-14",
                "augusztus 14-én",
            ),
            (
                "Pe 14 august 2024, 310 familii au fost evacuate",
                "310",
                "2024-08-14",
                "14 august",
            ),
            (
                "14 აგვისტოს 250 ოჯახი გადაასახლეს",
                "250",
                "2024-08-14",
                "14 აგვისტოს",
            ),
        ] {
            let article = format!("{quote}.\n");
            let encoded = dated_article(&article, quote, value, day);
            assert_eq!(codes(&encoded), vec![], "{quote}");
            // Another day of the same year leaves the day and month uncovered.
            let other_day = dated_article(&article, quote, value, "2024-08-15");
            assert_eq!(uncovered_texts(&other_day), [written], "{quote}");
        }
    }

    #[test]
    fn a_date_in_digits_no_claim_encodes_is_named_as_the_date_it_is() {
        let coverage = dated_article(
            "Tampere, 14.4.2024. 120 asukasta evakuoitiin.\n",
            "120 asukasta evakuoitiin",
            "120",
            "2024-04-15",
        );
        // Its day and month, and its year, as other dates in digits are found.
        assert_eq!(uncovered_texts(&coverage), ["14.4", "2024"]);
        assert_eq!(
            coverage.diagnostics[0].notes[0],
            "`14.4` is the day and month of the date `14.4.2024`, April 14: an as_of or a \
             period on that day encodes it"
        );
        // With the year first, the day and month after it.
        let coverage = dated_article(
            "Tampere, 2024-04-14. 120 asukasta evakuoitiin.\n",
            "120 asukasta evakuoitiin",
            "120",
            "2023-04-15",
        );
        assert_eq!(uncovered_texts(&coverage), ["2024", "04-14"]);
        assert!(
            coverage.diagnostics[1].notes[0]
                .starts_with("`04-14` is the month and day of the date `2024-04-14`, April 14:"),
            "{:?}",
            coverage.diagnostics[1].notes
        );
        // In the American order, the month first.
        let coverage = dated_article(
            "Tampa, 4/14/2024. 120 residents were evacuated.\n",
            "120 residents were evacuated",
            "120",
            "2023-04-15",
        );
        assert_eq!(uncovered_texts(&coverage), ["4/14", "2024"]);
        assert!(
            coverage.diagnostics[0].notes[0]
                .starts_with("`4/14` is the month and day of the date `4/14/2024`, April 14:"),
            "{:?}",
            coverage.diagnostics[0].notes
        );
    }

    #[test]
    fn four_digits_of_a_longer_number_are_no_year_of_a_date() {
        assert_eq!(date_in_digits("14.4.2024.", 0..4), Some("14.4.2024"));
        assert_eq!(date_in_digits("on 2024-04-14", 8..13), Some("2024-04-14"));
        assert_eq!(date_in_digits("14.4.20245", 0..4), None);
        assert_eq!(date_in_digits("12024-04-14", 6..11), None);
        // Another separator after the day and month than before the year.
        assert_eq!(date_in_digits("14.4/2024", 0..4), None);
    }

    #[test]
    fn ignore_entries_cover_the_numbers_inside_their_text() {
        let coverage = coverage(&[
            ("claims/c.yaml", &without_claim_b()),
            (
                "coverage.yaml",
                "ignore:\n  - source: article\n    text: \"2019, 67 counties\"\n    reason: left out for the test\n",
            ),
        ]);
        assert_eq!(codes(&coverage), vec![]);
        assert_eq!(coverage.report.total.ignored, 2);
    }

    /// The messages of CC213.
    fn unused_ignores(coverage: &Coverage) -> Vec<&str> {
        coverage
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::UnusedIgnore)
            .map(|d| d.message.as_str())
            .collect()
    }

    #[test]
    fn ignore_texts_that_overlap_repeat_or_share_a_text_are_each_used() {
        let coverage = coverage(&[
            (
                "sources/article.txt",
                "About a million people attended. Codes 11 22 11 22 11 close.",
            ),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: \"About a million people \
                 attended\", subject: Gansu, metric: m, value: 1 million, unit: person }\n",
            ),
            (
                "coverage.yaml",
                // Two entries of one text; two texts whose occurrences overlap; a text that
                // overlaps itself (`11 22 11` twice in `11 22 11 22 11`, the second from
                // the last `11` of the first, which a search from the first on does not
                // take); and a text inside the numbers, which holds none whole.
                "ignore:\n  - { source: article, text: \"Codes 11\", reason: r }\n  \
                 - { source: article, text: \"Codes 11\", reason: r }\n  \
                 - { source: article, text: \"22 11 22\", reason: r }\n  \
                 - { source: article, text: \"11 22 11\", reason: r }\n  \
                 - { source: article, text: \"1\", reason: r }\n",
            ),
        ]);
        // The last `11` lies in no occurrence taken. The entry written twice is used once,
        // and its repetition ignores nothing that it does not.
        assert_eq!(coverage.report.total.ignored, 4);
        assert_eq!(uncovered_texts(&coverage), ["11"]);
        assert_eq!(
            unused_ignores(&coverage),
            [
                "the ignore entry `Codes 11` ignores nothing: an entry above ignores the same \
                 text of source `article`",
                "the ignore entry `1` ignores nothing: the article has it only as part of a longer \
              number or word"
            ]
        );
    }

    #[test]
    fn an_ignore_entry_without_reason_or_use_is_reported() {
        let coverage = coverage(&[
            ("claims/c.yaml", CLAIMS),
            (
                "coverage.yaml",
                "ignore:\n  - { source: article, text: \"75\" }\n  - { source: article, text: \"76\", reason: ' ' }\n  - { source: artcle, text: \"8\", reason: r }\n  - { source: article, text: \"75\", reason: r, note: n }\n",
            ),
        ]);
        assert_eq!(
            codes(&coverage),
            // The errors, which make the run invalid, before the warning.
            vec![
                Code::IgnoreWithoutReason,
                Code::IgnoreWithoutReason,
                Code::UnknownSource,
                Code::UnknownField,
                Code::UnusedIgnore,
            ]
        );
        assert!(coverage.invalid);
        let unused = &coverage.diagnostics[4];
        assert!(
            unused.message.contains("every number in it is encoded"),
            "{}",
            unused.message
        );
    }

    #[test]
    fn an_ignore_entry_that_repeats_one_is_reported_once_and_points_at_both() {
        let coverage = coverage(&[
            ("claims/c.yaml", CLAIMS),
            (
                "coverage.yaml",
                // One text written twice, and once more with curly quote marks, which
                // compare as the same.
                "ignore:\n  - { source: article, text: 'Codes \"11\"', reason: a code }\n  \
                 - { source: article, text: 'Codes \"11\"', reason: again }\n  \
                 - { source: article, text: 'Codes \u{201c}11\u{201d}', reason: curly }\n",
            ),
        ]);
        let repeated: Vec<&crate::diagnostic::Diagnostic> = coverage
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::UnusedIgnore && d.message.contains("an entry above"))
            .collect();
        assert_eq!(repeated.len(), 2, "{:?}", coverage.diagnostics);
        let first = "ignore:\n  - { source: article, text: ".len();
        for diagnostic in repeated {
            let labels: Vec<(&str, usize)> = diagnostic
                .labels
                .iter()
                .map(|label| (label.message.as_ref(), label.location.span().start))
                .collect();
            assert_eq!(labels[1], ("the entry it repeats", first));
            assert_eq!(labels[0].0, "repeats an entry above");
        }
    }

    #[test]
    fn an_ignore_entry_that_holds_no_number_says_so() {
        let coverage = coverage(&[
            ("claims/c.yaml", CLAIMS),
            (
                "coverage.yaml",
                "ignore:\n  - { source: article, text: \"Gansu Province\", reason: r }\n",
            ),
        ]);
        assert_eq!(
            unused_ignores(&coverage),
            ["the ignore entry `Gansu Province` ignores nothing: it holds no number"]
        );
    }

    #[test]
    fn a_value_in_percent_or_in_points_encodes_the_percentage_the_value_check_reads() {
        // Found from outside: `value: 62` with `unit: percent` passed the value check but
        // left "62 percent" uncovered, where `value: "62%"` covered it.
        let article = "Turnout was 62 percent. Some 41% voted early. Support rose 5 per cent.";
        let claim = |id: &str, quote: &str, value: &str, unit: &str| {
            format!(
                "  - {{ id: {id}, quote: \"{quote}\", subject: Gansu, metric: {id}, value: \
                 {value}, unit: {unit} }}\n"
            )
        };
        let claims = [
            claim("turnout", "Turnout was 62 percent", "62", "percent"),
            claim("early", "Some 41% voted early", "41", "percent"),
            claim(
                "support",
                "Support rose 5 per cent",
                "5",
                "percentage point",
            ),
        ]
        .concat();
        let in_percent = coverage(&[
            ("sources/article.txt", article),
            (
                "claims/c.yaml",
                &format!("source: article\nclaims:\n{claims}"),
            ),
        ]);
        assert_eq!(uncovered_texts(&in_percent), Vec::<&str>::new());
        assert_eq!(
            in_percent.report.total.percent(),
            Some(Decimal::ONE_HUNDRED)
        );
        // A plain figure in another unit is still no percentage.
        let claims = claim("turnout", "Turnout was 62 percent", "62", "voter");
        let in_voters = coverage(&[
            ("sources/article.txt", "Turnout was 62 percent."),
            (
                "claims/c.yaml",
                &format!("source: article\nclaims:\n{claims}"),
            ),
        ]);
        assert_eq!(uncovered_texts(&in_voters), ["62 percent"]);
    }

    /// A Polish article whose source declares its language, or does not.
    fn polish(language: &str) -> Coverage {
        coverage(&[
            (
                "sources/sources.yaml",
                &format!(
                    "sources:\n  - {{ id: article, title: t, published: 2024-11-20, text: \
                     article.txt{language} }}\n"
                ),
            ),
            (
                "sources/article.txt",
                "Mieszkańcy pytają, kiedy one zostaną odbudowane. Ten most był zamknięty, a \
                 statek był 15 mil od portu.",
            ),
            ("claims/c.yaml", "source: article\nclaims: []\n"),
            (
                "coverage.yaml",
                "ignore:\n  - { source: article, text: \"Ten most\", reason: r }\n",
            ),
        ])
    }

    #[test]
    fn the_words_an_article_s_declared_language_reads_otherwise_are_no_numbers() {
        // Found from outside: the Polish `one` ("they") and `ten` ("this") were uncovered
        // numbers, and `15 mil` (miles) a count of thousands.
        let declared = polish(", language: pl");
        assert_eq!(uncovered_texts(&declared), ["15"]);
        assert_eq!(
            unused_ignores(&declared),
            ["the ignore entry `Ten most` ignores nothing: it holds no number"]
        );
        // Undeclared, they are read as before.
        let undeclared = polish("");
        assert_eq!(uncovered_texts(&undeclared), ["one", "15 mil"]);
        assert_eq!(unused_ignores(&undeclared), Vec::<&str>::new());
    }

    #[test]
    fn a_date_is_encoded_by_the_claims_as_of_or_period() {
        let placeholder = crate::testing::claim("a", "q");
        let claim = |as_of: &str| Claim {
            as_of: Date::parse(as_of).unwrap(),
            as_of_at: Some(placeholder.at),
            ..crate::testing::claim("a", "q")
        };
        let mention = |part| Mention {
            span: 0..1,
            figure: None,
            date: Some(part),
            also: None,
            separators: Separators::Silent,
        };
        assert!(encodes(
            &claim("2019-12-31"),
            &mention(DatePart::Year(2019))
        ));
        assert!(!encodes(
            &claim("2020-01-01"),
            &mention(DatePart::Year(2019))
        ));
        assert!(encodes(
            &claim("2020-11-20"),
            &mention(DatePart::MonthDay { month: 11, day: 20 })
        ));
        assert!(encodes(&claim("2020-11-21"), &mention(DatePart::Day(21))));
        assert!(!encodes(&claim("2020-11-21"), &mention(DatePart::Day(20))));
        // `05/06/2020` is May 6 or 5 June: either date encodes it, no other.
        let either_way = mention(DatePart::MonthDayEitherWay {
            first: 5,
            second: 6,
        });
        assert!(encodes(&claim("2020-05-06"), &either_way));
        assert!(encodes(&claim("2020-06-05"), &either_way));
        assert!(!encodes(&claim("2020-05-05"), &either_way));
        assert!(!encodes(&claim("2020-06-06"), &either_way));
        // A date the claim only inherits from its source encodes nothing by itself.
        let defaulted = Claim {
            as_of: Date::parse("2020-11-21").unwrap(),
            ..crate::testing::claim("a", "q")
        };
        assert!(!encodes(&defaulted, &mention(DatePart::Year(2020))));
    }

    #[test]
    fn percent_is_rounded_down_and_compared_exactly() {
        let counts = Counts {
            found: 2999,
            encoded: 2998,
            ignored: 0,
        };
        assert_eq!(counts.percent().unwrap().to_string(), "99.9");
        assert!(!counts.meets(Decimal::ONE_HUNDRED));
        assert!(counts.meets(Decimal::new(9996, 2)));
        assert_eq!(Counts::default().percent(), None);
    }
}
