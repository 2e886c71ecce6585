//! The HTML report: one self-contained page for a reviewer.
//!
//! The page holds each article's full text with every claim's passage marked (`<mark>`),
//! passages that carry findings marked by severity with a symbol as well as a colour; every
//! finding (`data-code`, `data-severity`) with its message, notes, help, rule and the YAML
//! it points at, linked to its passage and back; the findings grouped by article and by
//! rule, with filters by severity and code that run in the page; and the rules with how
//! many claims each checked and whether it passed.
//!
//! Markup comes from maud, which escapes every value it inserts: an article or a claim
//! holding `<script>` shows as text. CSS and the filters' script are inline, and a content
//! security policy forbids the page any request: it reads the same offline, attached to a
//! CI run. Its size grows linearly with the articles and the findings: each finding shows
//! only its labelled lines, and each article is walked once.

use std::io::{self, Write};

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::check::Outcome;
use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::files::{File, FileId};
use crate::hashing::HashMap;
use crate::model::SourceId;
use crate::report::quoted::Piece;
use crate::report::{Report, article_of, counted};

mod article;
mod excerpt;

/// What the page says about its run that the outcome does not hold.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The project's name, for the title.
    pub project: String,
    /// When the report was made, as it should read (the caller owns the clock).
    pub generated: String,
}

const STYLE: &str = include_str!("html/style.css");
const SCRIPT: &str = include_str!("html/filters.js");
/// No request of any kind: styles and the script are inline, nothing is fetched.
const POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/// The self-contained page of the run.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(document(report.outcome, &report.options.html).as_bytes())
}

fn document(outcome: &Outcome, options: &Options) -> String {
    crate::normalize::written_out_controls(Page::new(outcome).markup(options).into_string())
}

/// The run, indexed for the page.
struct Page<'a> {
    outcome: &'a Outcome,
    /// The article of each finding, by index.
    articles: Vec<Option<SourceId>>,
    /// The source whose text each article file is.
    article_files: HashMap<FileId, SourceId>,
    /// The claims whose passage lies in each article file, by index.
    passages: HashMap<FileId, Vec<usize>>,
    /// The labels of findings in each article file: (finding, label) by index.
    labels: HashMap<FileId, Vec<(usize, usize)>>,
    passed: Vec<bool>,
    /// Each rule by its id, and by where its id is written (the place its findings label).
    rules_by_id: HashMap<&'a str, usize>,
    rules_by_place: HashMap<(FileId, usize), usize>,
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

fn severity_badge(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✖ error",
        Severity::Warning => "⚠ warning",
        Severity::Info => "ℹ note",
    }
}

fn finding_id(index: usize) -> String {
    format!("finding-{}", index + 1)
}

/// The anchor of a finding's label in an article's text.
fn label_anchor(finding: usize, label: usize) -> String {
    format!("finding-{}-label-{}", finding + 1, label + 1)
}

fn passage_anchor(claim: &str) -> String {
    format!("passage-{claim}")
}

fn rule_anchor(rule: &str) -> String {
    format!("rule-{rule}")
}

/// Most findings the section of findings by rule links under one rule; the findings
/// themselves are all on the page.
const LINKED_PER_RULE: usize = 100;

fn source_anchor(source: &str) -> String {
    format!("article-{source}")
}

impl<'a> Page<'a> {
    fn new(outcome: &'a Outcome) -> Page<'a> {
        let project = &outcome.project;
        let article_files: HashMap<FileId, SourceId> = project
            .sources
            .iter()
            .enumerate()
            .filter_map(|(index, source)| Some((source.text?, SourceId(index as u32))))
            .collect();
        let mut passages: HashMap<FileId, Vec<usize>> = HashMap::default();
        for (index, claim) in project.claims.iter().enumerate() {
            if let Some(passage) = &claim.passage {
                passages.entry(passage.file).or_default().push(index);
            }
        }
        let mut labels: HashMap<FileId, Vec<(usize, usize)>> = HashMap::default();
        for (finding, diagnostic) in outcome.diagnostics.iter().enumerate() {
            for (label, l) in diagnostic.labels.iter().enumerate() {
                if article_files.contains_key(&l.location.file) {
                    labels
                        .entry(l.location.file)
                        .or_default()
                        .push((finding, label));
                }
            }
        }
        let rules = &outcome.rules;
        Page {
            outcome,
            rules_by_id: rules
                .iter()
                .enumerate()
                .map(|(index, rule)| (rule.id.value.as_str(), index))
                .collect(),
            rules_by_place: rules
                .iter()
                .enumerate()
                .map(|(index, rule)| ((rule.id.at.file, rule.id.at.span().start), index))
                .collect(),
            passages,
            labels,
            articles: outcome
                .diagnostics
                .iter()
                .map(|d| article_of(d, project))
                .collect(),
            article_files,
            passed: outcome.rules_passed(),
        }
    }

    fn file(&self, id: FileId) -> &File {
        self.outcome.project.files.get(id)
    }

    fn markup(&self, options: &Options) -> Markup {
        let summary = &self.outcome.summary;
        let title = if options.project.is_empty() {
            "claimcheck report".to_string()
        } else {
            format!("claimcheck report: {}", options.project)
        };
        html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta http-equiv="Content-Security-Policy" content=(POLICY);
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (title) }
                    style { (PreEscaped(STYLE)) }
                }
                body {
                    header.run {
                        h1 { (title) }
                        p.counts {
                            span { (counted(summary.sources, "source")) } " · "
                            span { (counted(summary.claims, "claim")) } " · "
                            span { (counted(summary.entities, "entity")) } " · "
                            span { (counted(summary.rules, "rule")) } " · "
                            span.error { (severity_badge(Severity::Error)) "s: " (summary.errors) } " · "
                            span.warning { (severity_badge(Severity::Warning)) "s: " (summary.warnings) } " · "
                            span.info { (severity_badge(Severity::Info)) "s: " (summary.infos) }
                            @if summary.suppressed > 0 { " · " span { (summary.suppressed) " suppressed" } }
                        }
                        @if summary.input_errors > 0 {
                            p.invalid {
                                "The input is invalid: " (super::counted(summary.input_errors, "input error"))
                                @if summary.rules_not_run > 0 {
                                    ", for which " (super::counted(summary.rules_not_run, "rule")) " did not run"
                                }
                                ". Findings of the rules may be missing."
                            }
                        }
                        p.meta { "claimcheck " (env!("CARGO_PKG_VERSION")) @if !options.generated.is_empty() { " · " (options.generated) } }
                        nav {
                            a href="#findings" { "Findings by article" } " · "
                            a href="#by-rule" { "by rule" } " · "
                            a href="#rules" { "Rules checked" } " · "
                            a href="#articles" { "Articles" }
                        }
                    }
                    main {
                        (self.findings())
                        (self.by_rule())
                        (self.rules())
                        (self.articles())
                    }
                    script { (PreEscaped(SCRIPT)) }
                }
            }
        }
    }

    /// The findings, grouped by article in source order; those about no article last.
    fn groups(&self) -> Vec<(Option<SourceId>, Vec<usize>)> {
        let mut groups: HashMap<Option<SourceId>, Vec<usize>> = HashMap::default();
        for (index, article) in self.articles.iter().enumerate() {
            groups.entry(*article).or_default().push(index);
        }
        let mut groups: Vec<_> = groups.into_iter().collect();
        groups.sort_by_key(|(article, _)| article.map_or(u32::MAX, |a| a.0));
        groups
    }

    fn findings(&self) -> Markup {
        let diagnostics = &self.outcome.diagnostics;
        let mut codes: Vec<_> = diagnostics.iter().map(|d| d.code).collect();
        codes.sort();
        codes.dedup();
        html! {
            section #findings {
                h2 { "Findings" }
                @if diagnostics.is_empty() {
                    p.empty { "No findings: every rule passed and every citation was found." }
                } @else {
                    form.filters {
                        "Show: "
                        @for severity in [Severity::Error, Severity::Warning, Severity::Info] {
                            label class=(severity_class(severity)) {
                                input type="checkbox" checked value=(severity_class(severity)) data-filter-severity;
                                " " (severity_badge(severity))
                            }
                            " "
                        }
                        label {
                            " code "
                            select #filter-code {
                                option value="" { "all" }
                                @for code in &codes {
                                    option value=(code.id()) { (code.id()) " " (code.name()) }
                                }
                            }
                        }
                    }
                    @for (article, indices) in self.groups() {
                        section.finding-group {
                            @match article {
                                Some(id) => {
                                    @let source = self.outcome.project.source(id);
                                    h3 { a href={ "#" (source_anchor(&source.id.value)) } { (source.display_title()) } }
                                }
                                None => { h3 { "Not about an article" } }
                            }
                            @for index in indices {
                                (self.finding(index, &diagnostics[index]))
                            }
                        }
                    }
                }
            }
        }
    }

    fn finding(&self, index: usize, diagnostic: &Diagnostic) -> Markup {
        let severity = severity_class(diagnostic.severity);
        let rule = diagnostic
            .rule
            .as_deref()
            .and_then(|id| self.rules_by_id.get(id))
            .map(|&index| &self.outcome.rules[index]);
        // Labels by file, in the order the files first appear.
        let mut groups: Vec<(FileId, Vec<(usize, &Label)>)> = Vec::new();
        for (at, label) in diagnostic.labels.iter().enumerate() {
            match groups.iter_mut().find(|(f, _)| *f == label.location.file) {
                Some((_, labels)) => labels.push((at, label)),
                None => groups.push((label.location.file, vec![(at, label)])),
            }
        }
        let first_passage = diagnostic
            .labels
            .iter()
            .position(|l| self.article_files.contains_key(&l.location.file));
        html! {
            article id=(finding_id(index)) class={ "finding " (severity) } data-code=(diagnostic.code.id()) data-severity=(severity) {
                header {
                    span class={ "badge " (severity) } { (severity_badge(diagnostic.severity)) }
                    " " code.code { (diagnostic.code.id()) } " " span.name { (diagnostic.code.name()) }
                    @if let Some(at) = first_passage {
                        " " a.to-passage href={ "#" (label_anchor(index, at)) } { "the passage ↓" }
                    }
                }
                p.message { (prose(&diagnostic.message)) }
                @if !diagnostic.notes.is_empty() {
                    ul.notes { @for note in &diagnostic.notes { li { "note: " (prose(note)) } } }
                }
                @if let Some(help) = &diagnostic.help { p.help { "help: " (prose(help)) } }
                @if let Some(rule) = rule {
                    p.rule {
                        "rule " a href={ "#" (rule_anchor(&rule.id.value)) } { code { (rule.id.value) } }
                        " (" (rule.kind) ")"
                        @if let Some(message) = &rule.message { ": " (message) }
                    }
                }
                @for (file, labels) in &groups {
                    @if self.article_files.contains_key(file) {
                        (self.article_labels(index, *file, labels))
                    } @else {
                        (excerpt::render(self, index, *file, labels))
                    }
                }
            }
        }
    }

    /// Labels in an article: the passage quoted, linking to its place in the text.
    fn article_labels(&self, finding: usize, file: FileId, labels: &[(usize, &Label)]) -> Markup {
        let text: &str = self.file(file).text();
        let source = self.outcome.project.source(self.article_files[&file]);
        html! {
            @for (at, label) in labels {
                @let span = &label.location.span();
                @let quoted = text.get(span.clone()).unwrap_or_default();
                blockquote.passage-quote {
                    a href={ "#" (label_anchor(finding, *at)) } {
                        (if label.message.is_empty() { "in the article" } else { label.message.as_ref() })
                        " (" (source.id.value) ")"
                    }
                    ": “" bdi lang=[source.language_tag()] { (shortened(quoted, 400)) } "”"
                }
            }
        }
    }

    /// The findings under each rule that found them, at most [`LINKED_PER_RULE`] per rule:
    /// many rules that all find the same findings would otherwise link each once per rule.
    fn by_rule(&self) -> Markup {
        let mut by_rule: HashMap<&str, Vec<usize>> = HashMap::default();
        // Rules that did not run, for their errors, in the order their errors come.
        let mut not_run: Vec<&str> = Vec::new();
        let mut without: Vec<usize> = Vec::new();
        for (index, diagnostic) in self.outcome.diagnostics.iter().enumerate() {
            if diagnostic.rule.is_none() {
                without.push(index);
            }
            // Under every rule that found it, another rule's finding folded in too.
            for rule in diagnostic.rules() {
                let found = by_rule.entry(rule).or_default();
                if found.is_empty() && !self.rules_by_id.contains_key(rule) {
                    not_run.push(rule);
                }
                found.push(index);
            }
        }
        let link = |index: usize| {
            let d = &self.outcome.diagnostics[index];
            html! {
                li class=(severity_class(d.severity)) data-code=(d.code.id()) data-severity=(severity_class(d.severity)) {
                    a href={ "#" (finding_id(index)) } { (severity_badge(d.severity)) " " (d.code.id()) } " " (prose(&shortened(&d.message, 200)))
                }
            }
        };
        html! {
            section #by-rule {
                h2 { "Findings by rule" }
                @if self.outcome.diagnostics.is_empty() { p.empty { "No findings." } }
                @for rule in &self.outcome.rules {
                    @if let Some(indices) = by_rule.get(rule.id.value.as_str()) {
                        h3 { a href={ "#" (rule_anchor(&rule.id.value)) } { code { (rule.id.value) } } " (" (rule.kind) ")" }
                        ul.links {
                            @for index in indices.iter().take(LINKED_PER_RULE) { (link(*index)) }
                            @if indices.len() > LINKED_PER_RULE {
                                li.more { "… and " (indices.len() - LINKED_PER_RULE) " more findings of this rule, among those above" }
                            }
                        }
                    }
                }
                @for rule in &not_run {
                    h3 { code { (rule) } " (not run, for its errors)" }
                    ul.links { @for index in &by_rule[rule] { (link(*index)) } }
                }
                @if !without.is_empty() {
                    h3 { "Citations, entities and the input" }
                    ul.links { @for index in &without { (link(*index)) } }
                }
            }
        }
    }

    fn rules(&self) -> Markup {
        let outcome = self.outcome;
        let mut findings: HashMap<&str, usize> = HashMap::default();
        for d in &outcome.diagnostics {
            for rule in d.rules() {
                *findings.entry(rule).or_default() += 1;
            }
        }
        html! {
            section #rules {
                h2 { "Rules checked" }
                @if outcome.rules.is_empty() {
                    p.empty { "The project has no rules." }
                } @else {
                    p { (self.passed.iter().filter(|p| **p).count()) " of " (outcome.rules.len()) " rules passed." }
                    table.rules {
                        thead { tr { th { "rule" } th { "kind" } th.number { "claims checked" } th { "result" } th { "what it says" } } }
                        tbody {
                            @for (index, ((rule, passed), checked)) in outcome.rules.iter().zip(&self.passed).zip(&outcome.claims_checked).enumerate() {
                                @let failed = outcome.rules_worst.get(index).copied().flatten() == Some(Severity::Error);
                                tr id=(rule_anchor(&rule.id.value)) class=(if *passed { "passed" } else if failed { "failed" } else { "warned" }) {
                                    td { code { (rule.id.value) } }
                                    td { (rule.kind) }
                                    td.number { (checked) }
                                    td {
                                        @if *passed { "✔ passed" } @else {
                                            // Warnings alone do not fail the run (unless denied).
                                            (if failed { "✖ failed: " } else { "⚠ warnings: " })
                                            (super::counted(findings.get(rule.id.value.as_str()).copied().unwrap_or(0), "finding"))
                                        }
                                    }
                                    td { (rule.message.as_deref().unwrap_or_default()) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn articles(&self) -> Markup {
        let project = &self.outcome.project;
        html! {
            section #articles {
                h2 { "Articles" }
                @if project.sources.is_empty() { p.empty { "The project has no sources." } }
                @for (index, source) in project.sources.iter().enumerate() {
                    article.source id=(source_anchor(&source.id.value)) {
                        h3 { (source.display_title()) }
                        dl.meta {
                            dt { "id" } dd { code { (source.id.value) } }
                            @if let Some(publisher) = &source.publisher { dt { "publisher" } dd { (publisher.value) } }
                            @if let Some(published) = &source.published { dt { "published" } dd { (published.value.to_string()) } }
                            @if let Some(place) = &source.place { dt { "place" } dd { (place.value) } }
                            @if let Some(language) = &source.language { dt { "language" } dd { code { (language.value) } } }
                            @if let Some(url) = &source.url {
                                // Only a web address is a link: `javascript:` and the like stay text.
                                dt { "url" } dd {
                                    @if url.value.starts_with("https://") || url.value.starts_with("http://") {
                                        a href=(url.value) rel="noreferrer" { (url.value) }
                                    } @else { (url.value) }
                                }
                            }
                        }
                        @match source.text {
                            Some(file) => { (article::text(self, SourceId(index as u32), file)) }
                            None => { p.empty { "The article's text could not be read." } }
                        }
                    }
                }
            }
        }
    }
}

/// A message with its `quoted` words (claim ids, names) set as code.
fn prose(text: &str) -> Markup {
    html! {
        @for piece in super::quoted::pieces(text) {
            @match piece {
                Piece::Quoted(part) => code { (part) },
                Piece::Prose(part) => (part),
            }
        }
    }
}

/// At most `limit` characters of `text`, with an ellipsis when cut.
fn shortened(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// `2026-11-30 00:42 UTC` for a time in seconds since the Unix epoch.
pub fn utc(seconds: u64) -> String {
    let time = crate::report::clock::Utc::from_unix(seconds);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        time.year, time.month, time.day, time.hour, time.minute
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_reads_the_calendar() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc(1_798_590_180), "2026-12-30 00:23 UTC");
    }

    #[test]
    fn markup_in_the_input_renders_as_text() {
        let outcome = crate::testing::check_files(&[(
            "claims/a.yaml",
            "source: article\nclaims:\n  - { id: c, quote: \"75 poverty-stricken counties\", subject: \"<script>alert(1)</script>\", metric: m, value: 75, unit: county }\n",
        )]);
        let page = document(&outcome, &Options::default());
        assert!(!page.contains("<script>alert"), "{page}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert_eq!(
            page.matches("<script>").count(),
            1,
            "only the page's own script"
        );
    }

    #[test]
    fn bidirectional_controls_in_the_input_are_written_out_not_obeyed() {
        let outcome = crate::testing::check_files(&[(
            "claims/a.yaml",
            "source: article\nclaims:\n  - { id: c, quote: \"75 poverty-stricken counties\", subject: \"Foo\u{202e} 21 sllew\", metric: m, value: 75, unit: county }\n",
        )]);
        let page = document(&outcome, &Options::default());
        assert!(!page.contains('\u{202e}'));
        assert!(page.contains("Foo\\u{202e} 21 sllew"), "{page}");
    }

    #[test]
    fn a_source_url_is_a_link_only_when_it_is_a_web_address() {
        let page = |url: &str| {
            let dir = crate::testing::write_project(&[(
                "claims/a.yaml",
                "source: article\nclaims:\n  - { id: c, quote: \"75 poverty-stricken counties\", subject: Gansu, metric: m, value: 75, unit: county }\n",
            )]);
            let path = dir.path().join("sources/sources.yaml");
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(
                &path,
                text.replace(
                    "    text: article.txt",
                    &format!("    url: \"{url}\"\n    text: article.txt"),
                ),
            )
            .unwrap();
            let outcome = crate::check::check(dir.path(), &crate::check::Options::default());
            assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
            document(&outcome, &Options::default())
        };
        assert!(
            page("https://example.org/a?b=1&c=2")
                .contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noreferrer\">")
        );
        let hostile = page("javascript:alert(1)");
        assert!(!hostile.contains("href=\"javascript"));
        assert!(hostile.contains("<dd>javascript:alert(1)</dd>"));
    }

    #[test]
    fn an_article_in_a_declared_language_is_marked_with_it() {
        let page = |language: Option<&str>| {
            let dir = crate::testing::write_project(&[(
                "claims/a.yaml",
                "source: article\nclaims:\n  - { id: c, quote: \"75 poverty-stricken counties\", subject: Gansu, metric: m, value: 76, unit: county }\n",
            )]);
            if let Some(language) = language {
                let path = dir.path().join("sources/sources.yaml");
                let text = std::fs::read_to_string(&path).unwrap();
                let declared = format!("    language: {language}\n    text: article.txt");
                std::fs::write(&path, text.replace("    text: article.txt", &declared)).unwrap();
            }
            let outcome = crate::check::check(dir.path(), &crate::check::Options::default());
            document(&outcome, &Options::default())
        };
        let declared = page(Some("zh-Hans"));
        assert!(
            declared.contains("<div class=\"text\" lang=\"zh-Hans\">"),
            "{declared}"
        );
        // The passage a finding quotes, too; the page around it stays English.
        assert!(declared.contains("<bdi lang=\"zh-Hans\">"), "{declared}");
        assert!(declared.contains("<html lang=\"en\">"));
        assert!(declared.contains("<dt>language</dt><dd><code>zh-Hans</code></dd>"));
        let undeclared = page(None);
        assert!(undeclared.contains("<div class=\"text\">"), "{undeclared}");
        assert!(!undeclared.contains("<bdi lang="));
    }

    #[test]
    fn the_errors_of_a_rule_that_did_not_run_are_listed_under_it() {
        let outcome = crate::testing::check_files(&[
            (
                "claims/a.yaml",
                "source: article\nclaims:\n  - { id: c, quote: \"75 poverty-stricken counties\", subject: Gansu, metric: m, value: 75, unit: county }\n",
            ),
            ("rules/r.yaml", "rules:\n  - { id: counts, kind: cuont }\n"),
        ]);
        let page = document(&outcome, &Options::default());
        let by_rule = &page[page.find("<section id=\"by-rule\">").unwrap()..];
        let by_rule = &by_rule[..by_rule.find("</section>").unwrap()];
        assert!(
            by_rule.contains("<h3><code>counts</code> (not run, for its errors)</h3>"),
            "{by_rule}"
        );
        assert!(by_rule.contains("data-code=\"CC040\""), "{by_rule}");
        assert!(!by_rule.contains("Citations, entities and the input"));
    }

    #[test]
    fn findings_by_rule_link_the_first_hundred_of_a_rule() {
        let outcome = crate::testing::one_rule_failing_on(130);
        let page = document(&outcome, &Options::default());
        let by_rule = &page[page.find("<section id=\"by-rule\">").unwrap()..];
        let by_rule = &by_rule[..by_rule.find("</section>").unwrap()];
        assert_eq!(
            by_rule.matches("data-code=\"CC151\"").count(),
            LINKED_PER_RULE
        );
        assert!(
            by_rule.contains("… and 30 more findings of this rule, among those above"),
            "{by_rule}"
        );
        assert_eq!(
            page.matches("id=\"finding-").count(),
            130,
            "every finding is on the page"
        );
    }

    #[test]
    fn a_passage_many_claims_quote_names_the_first_twenty() {
        let claims: String = std::iter::once("source: article\nclaims:\n".to_string())
            .chain((0..50).map(|n| {
                format!("  - {{ id: c{n}, quote: \"75 poverty-stricken counties\", subject: Gansu, metric: m{n}, value: 75, unit: county }}\n")
            }))
            .collect();
        let outcome = crate::testing::check_files(&[("claims/a.yaml", &claims)]);
        let page = document(&outcome, &Options::default());
        let named: Vec<String> = (0..20).map(|n| format!("c{n}")).collect();
        let mark = format!(
            "<mark class=\"passage\" tabindex=\"0\" data-claims=\"{}\" title=\"claims: {} and 30 more\">",
            named.join(" "),
            named.join(", ")
        );
        assert!(
            page.contains(&mark),
            "{}",
            &page[page.find("<mark").unwrap()..][..1200]
        );
        assert!(
            page.contains("id=\"passage-c49\""),
            "every passage keeps its anchor"
        );
    }

    #[test]
    fn an_empty_run_says_so() {
        let outcome = crate::testing::check_files(&[(
            "claims/a.yaml",
            "source: article\nclaims:\n  - { id: c, quote: \"75 poverty-stricken counties\", subject: Gansu, metric: m, value: 75, unit: county }\n",
        )]);
        assert!(outcome.diagnostics.is_empty());
        let page = document(&outcome, &Options::default());
        assert!(page.contains("No findings: every rule passed"));
        assert!(
            page.contains("<mark class=\"passage\""),
            "the passage is marked"
        );
    }
}
