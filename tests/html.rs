//! The HTML report in a real browser: Chromium (Debian's `chromium` package; `.ci/run`
//! installs it) renders the shipped corpus's report headless with the network shut off,
//! and the rendered DOM is checked: every finding with its code, every finding's passage
//! and every passage a finding links to marked, the page's script run without error, and
//! nothing fetched. A screenshot is kept in `target/` as an artefact. Without Chromium the
//! browser test says so and passes; the markup checks run anyway.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn write_report(project: &Path, out: &Path) -> i32 {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--format", "html", "--output"])
        .arg(out)
        .current_dir(project)
        .status()
        .unwrap()
        .code()
        .unwrap()
}

fn chromium() -> Option<PathBuf> {
    let candidates = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .into_iter()
        .chain(["chromium", "chromium-browser"].map(PathBuf::from));
    candidates.into_iter().find(|candidate| {
        Command::new(candidate)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Chromium headless with every network path closed: a proxy that does not exist and a
/// resolver that resolves nothing. Killed after two minutes rather than left to hang a run.
fn headless(chromium: &Path, page: &Path, fragment: &str, extra: &[&str]) -> std::process::Output {
    let scratch = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--proxy-server=127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", scratch.path().display()))
        .args(extra)
        .arg(format!("file://{}{fragment}", page.display()))
        // Files, not pipes: a full pipe would stall Chromium while this waits for it.
        .stdout(std::fs::File::create(scratch.path().join("stdout")).unwrap())
        .stderr(std::fs::File::create(scratch.path().join("stderr")).unwrap())
        .spawn()
        .expect("chromium runs");
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish within two minutes");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    std::process::Output {
        status,
        stdout: std::fs::read(scratch.path().join("stdout")).unwrap(),
        stderr: std::fs::read(scratch.path().join("stderr")).unwrap(),
    }
}

/// The ids of `<article class="finding ...">` elements with their `data-code`.
fn findings(markup: &str) -> Vec<(String, String)> {
    markup
        .match_indices("<article id=\"finding-")
        .map(|(at, _)| {
            let tag = &markup[at..at + markup[at..].find('>').unwrap()];
            let attribute = |name: &str| {
                let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                tag[start..start + tag[start..].find('"').unwrap()].to_string()
            };
            (attribute("id"), attribute("data-code"))
        })
        .collect()
}

/// Whether the element with `id` is an anchor followed (past other anchors) by a `<mark`.
fn marked_after(markup: &str, id: &str) -> bool {
    let Some(at) = markup.find(&format!("id=\"{id}\"")) else {
        return false;
    };
    let mut rest = &markup[at..];
    rest = &rest[rest.find("</span>").map_or(0, |end| end + "</span>".len())..];
    while rest.starts_with("<span class=\"anchor\"") {
        rest = &rest[rest.find("</span>").unwrap() + "</span>".len()..];
    }
    rest.starts_with("<mark")
}

fn links(markup: &str, prefix: &str) -> Vec<String> {
    markup
        .match_indices(&format!("href=\"#{prefix}"))
        .map(|(at, _)| {
            let start = at + "href=\"#".len();
            markup[start..start + markup[start..].find('"').unwrap()].to_string()
        })
        .collect()
}

/// How many findings the JSON report gives on the shipped corpus: the page must show each.
fn corpus_findings() -> usize {
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--format", "json"])
        .current_dir(common::root())
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    report["diagnostics"].as_array().unwrap().len()
}

/// What the page requires of any DOM, served or rendered.
fn check_page(markup: &str, expected_findings: usize) {
    let found = findings(markup);
    assert_eq!(found.len(), expected_findings);
    for (id, code) in &found {
        assert!(code.starts_with("CC") && code.len() == 5, "{id}: {code}");
    }
    // Each finding links to its passage, which is marked; so is every claim's passage a
    // finding links to.
    let passages = links(markup, "finding-");
    let label_links: Vec<&String> = passages.iter().filter(|l| l.contains("-label-")).collect();
    for (id, _) in &found {
        assert!(
            label_links
                .iter()
                .any(|l| l.starts_with(&format!("{id}-label-"))),
            "{id} links to its passage"
        );
    }
    for link in label_links {
        assert!(marked_after(markup, link), "{link} is marked");
    }
    for link in links(markup, "passage-") {
        assert!(marked_after(markup, &link), "{link} is marked");
    }
    // Nothing to fetch: no `src`, no link out of the page but the sources' own URLs
    // (the corpus has none), a policy that forbids every request.
    assert!(!markup.contains(" src="), "nothing is loaded");
    assert!(!markup.contains("href=\"http"), "no link out of the page");
    assert!(markup.contains("default-src 'none'"));
}

#[test]
fn the_shipped_corpus_renders_in_chromium_with_every_finding_and_passage_marked() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    assert_eq!(write_report(&common::root(), &page), 1);
    let markup = std::fs::read_to_string(&page).unwrap();
    let expected = corpus_findings();
    assert!(expected > 0, "the shipped corpus has findings to show");
    check_page(&markup, expected);

    let Some(chromium) = chromium() else {
        // CI installs Chromium (.ci/run): there, a missing browser is a failure, not a skip.
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is not installed, and CI must run the browser test"
        );
        eprintln!(
            "SKIPPED: chromium is not installed (apt-get install chromium, or set CHROMIUM); \
             the browser half of the HTML test did not run"
        );
        return;
    };
    let output = headless(&chromium, &page, "", &["--dump-dom"]);
    let dom = String::from_utf8_lossy(&output.stdout);
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{log}");
    check_page(&dom, expected);
    assert!(
        dom.contains("data-ready=\"true\""),
        "the page's script ran to its end"
    );
    assert!(
        !dom.contains(" data-script-error=\""),
        "no script error: {dom}"
    );
    for line in log.lines() {
        assert!(
            !(line.contains("CONSOLE") || line.contains("Uncaught")),
            "console message: {line}"
        );
        assert!(
            !line.contains("Refused to"),
            "a request the policy blocked: {line}"
        );
    }
    // The filters, run by the browser: the page opened at #code=CC022 hides every other
    // finding.
    let output = headless(&chromium, &page, "#code=CC022", &["--dump-dom"]);
    let dom = String::from_utf8_lossy(&output.stdout);
    let found = findings(&dom);
    assert_eq!(found.len(), expected);
    for (id, code) in found {
        let start = dom.find(&format!("<article id=\"{id}\"")).unwrap();
        let tag = &dom[start..start + dom[start..].find('>').unwrap()];
        assert_eq!(tag.contains(" hidden"), code != "CC022", "{tag}");
    }
    // And the links to them under each rule (found from outside: they stayed).
    let by_rule = &dom[dom
        .find("<section id=\"by-rule\"")
        .expect("the findings by rule")..];
    let by_rule = &by_rule[..by_rule.find("</section>").unwrap()];
    let links: Vec<&str> = by_rule
        .match_indices("<li ")
        .map(|(at, _)| &by_rule[at..at + by_rule[at..].find('>').unwrap()])
        .filter(|tag| tag.contains("data-code="))
        .collect();
    assert!(!links.is_empty(), "{by_rule}");
    for tag in links {
        assert_eq!(
            tag.contains(" hidden"),
            !tag.contains("data-code=\"CC022\""),
            "{tag}"
        );
    }
    // The screenshot a reviewer of this test can look at.
    let shot = common::root().join("target/html-report.png");
    let output = headless(
        &chromium,
        &page,
        "",
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1280,1600",
        ],
    );
    assert!(output.status.success());
    assert!(std::fs::metadata(&shot).unwrap().len() > 10_000);
}

/// The generated markup of a fixture with findings, one element to a line, with the run's
/// date and the tool's version taken out.
#[test]
fn the_markup_of_a_failing_fixture() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    assert_eq!(write_report(&common::fixture("count-fail"), &page), 1);
    let markup = std::fs::read_to_string(&page).unwrap();
    let meta_start = markup.find("<p class=\"meta\">").unwrap();
    let meta_end = meta_start + markup[meta_start..].find("</p>").unwrap();
    let normalised = format!(
        "{}<p class=\"meta\">[version and date]{}",
        &markup[..meta_start],
        &markup[meta_end..]
    )
    .replace("><", ">\n<");
    // The style and the script are the page's own constants, not generated.
    let style = normalised.find("<style>").unwrap();
    let style_end = normalised.find("</style>").unwrap();
    let script = normalised.find("<script>").unwrap();
    let script_end = normalised.find("</script>").unwrap();
    let normalised = format!(
        "{}<style>[style]{}<script>[script]{}",
        &normalised[..style],
        &normalised[style_end..script],
        &normalised[script_end..]
    );
    check_page(&markup, findings(&markup).len());
    common::snapshot_settings().bind(|| insta::assert_snapshot!("html_count_fail", normalised));
}

#[test]
fn an_empty_run_renders_a_page_that_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    assert_eq!(write_report(&common::fixture("count-pass"), &page), 0);
    let markup = std::fs::read_to_string(&page).unwrap();
    assert!(markup.contains("No findings: every rule passed"));
    check_page(&markup, 0);
}

#[test]
fn bad_input_still_exits_2_and_the_page_says_the_input_is_invalid() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    assert_eq!(
        write_report(&common::fixture("input-yaml-syntax"), &page),
        2
    );
    let markup = std::fs::read_to_string(&page).unwrap();
    assert!(markup.contains("The input is invalid"));
}
