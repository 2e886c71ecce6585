//! The shipped corpus and its rules: exactly the articles' real discrepancies are found,
//! and changing any figure or list a rule covers produces a new finding.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// The exit code and the JSON report of `claimcheck check` on the project at `root`.
fn report(root: &Path) -> (i32, serde_json::Value) {
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--format", "json"])
        .current_dir(root)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&output.stdout).unwrap();
    (output.status.code().unwrap(), json)
}

/// (code, the claim it is about first) for every finding, from the report's `claims`.
fn findings(root: &Path) -> (i32, BTreeSet<(String, String)>) {
    let (code, json) = report(root);
    let set = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let claim = d["claims"][0].as_str().unwrap_or("(no claim)").to_string();
            (d["code"].as_str().unwrap().to_string(), claim)
        })
        .collect();
    (code, set)
}

fn pair(code: &str, subject: &str) -> (String, String) {
    (code.to_string(), subject.to_string())
}

#[test]
fn the_shipped_corpus_reports_exactly_the_articles_discrepancies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (code, found) = findings(root);
    let expected: BTreeSet<_> = [
        // 14 Nov: "17 impoverished counties ... including Yunnan, Xinjiang, and Anhui" names
        // provinces, and the same article counts the same 17 as provinces twice: one slip,
        // one finding (CC103, with the unit disagreement, CC142, as its note).
        pair("CC103", "provinces-cleared-nov14-said-counties"),
        // 21 Nov: "21 projects in Gansu, Guangxi, ..." for the 21 provinces.
        pair("CC142", "provinces-cleared-nov21-said-projects"),
        // 14 Nov: "Aktao County" for the Akto County named three paragraphs earlier.
        pair("CC022", "ganakiz-residence"),
        // 23 Nov: "Yong County", a truncated Nayong County, in the list of nine: no entity
        // has that name, and the article's three lists of the nine counties name ten.
        pair("CC022", "guizhou-counties-assessed"),
        pair("CC143", "guizhou-counties-assessed"),
    ]
    .into_iter()
    .collect();
    assert_eq!(found, expected);
    assert_eq!(code, 1, "the real discrepancies are errors");
}

#[test]
fn every_finding_names_the_claims_it_is_about_and_they_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_, json) = report(root);
    let listed = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["list", "claims", "."])
        .current_dir(root)
        .output()
        .unwrap();
    let ids: BTreeSet<String> = String::from_utf8(listed.stdout)
        .unwrap()
        .lines()
        .skip(1)
        .filter_map(|line| line.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(ids.len() > 100, "{} claims listed", ids.len());
    for diagnostic in json["diagnostics"].as_array().unwrap() {
        let code = diagnostic["code"].as_str().unwrap();
        let claims = diagnostic["claims"].as_array().unwrap();
        // Rule findings (CC1xx), citation findings (CC2xx) and names that resolve to no
        // entity are each about claims; a machine reads which from `claims`.
        if code.starts_with("CC1") || code.starts_with("CC2") || code == "CC022" {
            assert!(!claims.is_empty(), "{code} names no claim: {diagnostic}");
        }
        for claim in claims {
            let id = claim.as_str().unwrap();
            assert!(ids.contains(id), "{code} names `{id}`, which is no claim");
        }
        if code.starts_with("CC1") {
            assert!(diagnostic["rule"].is_string(), "{code} names no rule");
            assert!(diagnostic["data"].is_object(), "{code} carries no data");
        }
    }
}

#[test]
fn findings_carry_their_facts_as_data() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_, json) = report(root);
    let diagnostics = json["diagnostics"].as_array().unwrap();
    let of = |code: &str| {
        diagnostics
            .iter()
            .find(|d| d["code"] == code)
            .unwrap_or_else(|| panic!("no {code}"))
    };
    let kinds = &of("CC103")["data"];
    assert_eq!(kinds["unit"], "county");
    let wrong: Vec<&str> = kinds["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(wrong, ["Yunnan", "Xinjiang", "Anhui"]);
    let units = of("CC142");
    assert_eq!(units["data"]["unit"], "project");
    assert_eq!(units["data"]["majority_unit"], "province");
    assert_eq!(units["claims"][1], "provinces-cleared-nov21");
    let members = &of("CC143")["data"];
    assert_eq!(members["count"], "9");
    assert_eq!(members["named"].as_array().unwrap().len(), 10);
}

/// Edits one file of a corpus copy and returns the findings that were not there before.
fn new_findings(file: &str, from: &str, to: &str) -> BTreeSet<(String, String)> {
    new_findings_after(&[(file, from, to)])
}

/// Makes each edit (file, text, replacement; the text once in the file) in a corpus copy,
/// so that an article and its claim change together, and returns the new findings.
fn new_findings_after(edits: &[(&str, &str, &str)]) -> BTreeSet<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_, before) = findings(root);
    let dir = common::corpus_copy();
    for (file, from, to) in edits {
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.matches(from).count(), 1, "`{from}` once in {file}");
        std::fs::write(&path, text.replace(from, to)).unwrap();
    }
    let (_, after) = findings(dir.path());
    after.difference(&before).cloned().collect()
}

fn assert_new_finding(file: &str, from: &str, to: &str, code: &str) {
    let new = new_findings(file, from, to);
    assert!(
        new.iter().any(|(c, _)| c == code),
        "changing `{from}` to `{to}` in {file}: expected a new {code}, got {new:?}"
    );
}

const GUIZHOU: &str = "claims/2020-11-23-cns-guizhou.yaml";
const GANSU: &str = "claims/2020-11-21-cns-gansu-guangxi.yaml";
const SHANXI: &str = "claims/2022-09-29-cns-shanxi-decade.yaml";

/// Restates a figure in a corpus copy: `stated` becomes `restated` wherever the article and
/// the claims file write it (the article's sentence and the quotes of it), and the claim's
/// `value` line becomes `value_to`, so that its quote still states its value. Returns the
/// findings that were not there before: what the rules make of an article that says so.
fn new_findings_restated(
    file: &str,
    article: &str,
    (stated, restated): (&str, &str),
    (value_from, value_to): (&str, &str),
) -> BTreeSet<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_, before) = findings(root);
    let dir = common::corpus_copy();
    for path in [
        dir.path().join(file),
        dir.path().join("sources").join(article),
    ] {
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(stated), "`{stated}` in {}", path.display());
        std::fs::write(&path, text.replace(stated, restated)).unwrap();
    }
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text.matches(value_from).count(),
        1,
        "`{value_from}` once in {file}"
    );
    std::fs::write(&path, text.replace(value_from, value_to)).unwrap();
    let (_, after) = findings(dir.path());
    after.difference(&before).cloned().collect()
}

const GUIZHOU_ARTICLE: &str = "2020-11-23-cns-guizhou.txt";
const GANSU_ARTICLE: &str = "2020-11-21-cns-gansu-guangxi.txt";

#[test]
fn an_income_gap_changed_by_two_yuan_breaks_the_equation() {
    let new = new_findings_restated(
        GUIZHOU,
        GUIZHOU_ARTICLE,
        ("which is 7487.39 yuan", "which is 7489.39 yuan"),
        ("value: \"7487.39\"", "value: \"7489.39\""),
    );
    assert!(new.iter().any(|(code, _)| code == "CC131"), "{new:?}");
}

#[test]
fn a_county_count_off_by_one_breaks_the_sum() {
    let new = new_findings_restated(
        GANSU,
        GANSU_ARTICLE,
        ("67 counties have quit", "68 counties have quit"),
        ("value: 67", "value: 68"),
    );
    assert!(new.iter().any(|(code, _)| code == "CC131"), "{new:?}");
}

#[test]
fn a_value_its_quote_does_not_state_takes_in_the_rule_findings_that_compare_it() {
    // Only the claim is edited: the article still says 67. The equation fails on the
    // miswritten value, which is the one thing to fix: one finding, the CC202, with the
    // CC131 as its note.
    let new = new_findings(GANSU, "value: 67", "value: 68");
    assert_eq!(
        new,
        [pair("CC202", "gansu-counties-exited-by-2019")].into(),
        "one slip, one finding"
    );
    let dir = common::corpus_copy();
    let path = dir.path().join(GANSU);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("value: 67", "value: 68")).unwrap();
    let (code, json) = report(dir.path());
    assert_eq!(code, 1, "the CC202 is an error: the run still fails");
    let unstated = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "CC202")
        .unwrap();
    let notes = unstated["notes"].as_array().unwrap();
    assert!(
        notes.iter().any(|note| note
            .as_str()
            .unwrap()
            .starts_with("the equation rule `gansu-exited-and-remaining-make-the-total`")),
        "{notes:?}"
    );
}

#[test]
fn a_county_dropped_from_an_exhaustive_list_is_reported() {
    // The quote still names Duan: one finding, that `members:` leaves it out (CC204), with
    // the count that is one short (CC101) as its note.
    let new = new_findings(GANSU, "Dahua, Duan]", "Dahua]");
    assert_eq!(
        new,
        [pair("CC204", "guangxi-counties-approved")].into(),
        "one slip, one finding"
    );
}

#[test]
fn a_province_missing_from_the_later_complete_list_is_reported() {
    // The 21 names of 21 November, with Hubei (cleared by 14 November) replaced.
    assert_new_finding(GANSU, "Qinghai, Hubei]", "Qinghai, Guizhou]", "CC121");
}

#[test]
fn a_cumulative_count_that_falls_is_reported() {
    let claims =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(GANSU)).unwrap();
    // The second "value: 21" in the file is `provinces-cleared-nov21`.
    let at = claims.find("id: provinces-cleared-nov21\n").unwrap();
    let value = at + claims[at..].find("value: 21").unwrap();
    let dir = common::corpus_copy();
    let mut edited = claims.clone();
    edited.replace_range(value..value + "value: 21".len(), "value: 16");
    // The article says 16 too, so that the quote states the value: a value its quote does
    // not state is a CC202, with the series' finding as its note.
    let stated = "counties in 21 provinces, autonomous regions, and municipalities including";
    let restated = stated.replace("21", "16");
    std::fs::write(dir.path().join(GANSU), edited.replace(stated, &restated)).unwrap();
    let article = dir.path().join("sources").join(GANSU_ARTICLE);
    let text = std::fs::read_to_string(&article).unwrap();
    assert!(text.contains(stated));
    std::fs::write(&article, text.replace(stated, &restated)).unwrap();
    let (_, after) = findings(dir.path());
    assert!(
        after
            .iter()
            .any(|(c, s)| c == "CC111" && s == "provinces-cleared-nov21"),
        "{after:?}"
    );
}

#[test]
fn a_part_larger_than_its_whole_is_reported() {
    let new = new_findings_restated(
        SHANXI,
        "2022-09-29-cns-shanxi-decade.txt",
        ("covered 6,833 impoverished", "covered 8,833 impoverished"),
        ("value: \"6,833\"", "value: \"8,833\""),
    );
    assert!(new.iter().any(|(code, _)| code == "CC151"), "{new:?}");
}

#[test]
fn a_rising_poverty_rate_is_reported() {
    let new = new_findings_restated(
        GUIZHOU,
        GUIZHOU_ARTICLE,
        ("to 0.85% in 2019", "to 30% in 2019"),
        ("value: \"0.85%\"", "value: \"30%\""),
    );
    assert!(new.iter().any(|(code, _)| code == "CC111"), "{new:?}");
}

const FINAL_SPRINT: &str = "claims/2020-10-17-final-sprint.yaml";

#[test]
fn a_period_of_this_year_that_runs_past_the_article_is_reported() {
    // "nearly 40 people this year", reported on 17 October, encoded as the whole of 2020.
    assert_new_finding(
        FINAL_SPRINT,
        "unit: person\n    period: 2020-01-01/2020-10-17",
        "unit: person\n    period: 2020",
        "CC161",
    );
}

#[test]
fn the_list_of_ten_for_nine_is_reported_even_when_a_figure_of_the_nine_disagrees() {
    // "the 9 impoverished counties" of the evaluation become 8, in article and claims.
    let quote = "the comprehensive poverty incidence rate of the 9 impoverished counties is 0";
    let changed = quote.replace("9 impoverished", "8 impoverished");
    let dir = common::corpus_copy();
    let claims = dir.path().join(GUIZHOU);
    let text = std::fs::read_to_string(&claims).unwrap();
    let value = format!(
        "{quote}\"\n    subject: Guizhou\n    metric: counties approved to exit\n    value: 9"
    );
    assert_eq!(text.matches(&value).count(), 1);
    let text = text.replace(&value, &value.replace("value: 9", "value: 8"));
    std::fs::write(&claims, text.replace(quote, &changed)).unwrap();
    let article = dir.path().join("sources/2020-11-23-cns-guizhou.txt");
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(&article, text.replace(quote, &changed)).unwrap();
    let (_, after) = findings(dir.path());
    assert!(
        after.contains(&pair("CC141", "guizhou-counties-evaluated")),
        "{after:?}"
    );
    assert!(
        after.contains(&pair("CC143", "guizhou-counties-assessed")),
        "{after:?}"
    );
}

/// Appends `sentence` to an article and `claim` (a YAML entry) to a claims file of a corpus
/// copy, and returns the findings that were not there before.
fn new_findings_with(
    article: &str,
    sentence: &str,
    file: &str,
    claim: &str,
) -> BTreeSet<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_, before) = findings(root);
    let dir = common::corpus_copy();
    let text_path = dir.path().join("sources").join(article);
    let text = std::fs::read_to_string(&text_path).unwrap();
    std::fs::write(&text_path, format!("{}\n\n{sentence}\n", text.trim_end())).unwrap();
    let claims_path = dir.path().join(file);
    let claims = std::fs::read_to_string(&claims_path).unwrap();
    std::fs::write(&claims_path, format!("{}\n\n{claim}", claims.trim_end())).unwrap();
    let (_, after) = findings(dir.path());
    after.difference(&before).cloned().collect()
}

#[test]
fn a_figure_restated_differently_a_week_later_with_no_dates_is_an_info() {
    // The 21 November article restating Yunnan's 88 poor counties (14 November) as 89.
    let new = new_findings_with(
        "2020-11-21-cns-gansu-guangxi.txt",
        "Yunnan's 89 poor counties have all been lifted out of poverty.",
        GANSU,
        "  - id: yunnan-poor-counties-restated\n    quote: \"Yunnan's 89 poor counties have all been lifted out of poverty\"\n    subject: Yunnan\n    metric: poor counties\n    value: 89\n    unit: county\n",
    );
    assert!(
        new.contains(&pair("CC144", "yunnan-poor-counties-restated")),
        "{new:?}"
    );
}

#[test]
fn a_misspelt_metric_in_a_rule_is_a_warning_not_a_silent_pass() {
    assert_new_finding(
        "rules/provinces.yaml",
        "      metric: county poverty exit\n",
        "      metric: county poverty exits\n",
        "CC045",
    );
}

#[test]
fn a_rule_naming_a_claim_that_did_not_load_says_so_without_a_did_you_mean() {
    // The 75 counties lose their `metric:`; the Gansu sum names the claim.
    let new = new_findings(
        GANSU,
        "  - id: gansu-poor-counties\n    quote: \"There are 75 poverty-stricken counties in Gansu Province\"\n    subject: Gansu\n    metric: poor counties\n",
        "  - id: gansu-poor-counties\n    quote: \"There are 75 poverty-stricken counties in Gansu Province\"\n    subject: Gansu\n",
    );
    assert!(
        new.contains(&pair("CC046", "gansu-poor-counties")),
        "{new:?}"
    );
    assert!(!new.iter().any(|(code, _)| code == "CC042"), "{new:?}");
}

const GANSU_TEXT: &str = "sources/2020-11-21-cns-gansu-guangxi.txt";

#[test]
fn a_county_of_another_province_in_a_list_is_outside_its_subject() {
    // Guangxi's 8 counties with Gansu's Min County for Du'an, in article and claim.
    let new = new_findings_after(&[
        (
            GANSU_TEXT,
            "Dahua, and Duan to withdraw",
            "Dahua, and Min County to withdraw",
        ),
        (
            GANSU,
            "Luocheng, Dahua, and Duan\"",
            "Luocheng, Dahua, and Min County\"",
        ),
        (GANSU, "Dahua, Duan]", "Dahua, Min County]"),
    ]);
    assert!(
        new.contains(&pair("CC104", "guangxi-counties-approved")),
        "{new:?}"
    );
    // Gansu's remaining counties with Guizhou's Weining County for Min County.
    let new = new_findings_after(&[
        (
            GANSU_TEXT,
            "Tongwei County, and Min County.",
            "Tongwei County, and Weining County.",
        ),
        (
            GANSU,
            "Tongwei County, and Min County\"",
            "Tongwei County, and Weining County\"",
        ),
        (
            GANSU,
            "Tongwei County, Min County]",
            "Tongwei County, Weining County]",
        ),
    ]);
    assert!(
        new.contains(&pair("CC104", "gansu-counties-remaining-2019")),
        "{new:?}"
    );
}

#[test]
fn a_province_the_quote_lists_but_the_members_leave_out_is_reported() {
    // Hubei dropped from the 17 of 14 November, in `members:` only.
    let new = new_findings(
        "claims/2020-11-14-seventeen-provinces-cleared.yaml",
        "Qinghai, Hubei, Jiangxi, Anhui, Yunnan, Xinjiang]",
        "Qinghai, Jiangxi, Anhui, Yunnan, Xinjiang]",
    );
    assert!(
        new.contains(&pair("CC204", "provinces-cleared-nov14")),
        "{new:?}"
    );
}

#[test]
fn a_unit_the_quote_does_not_state_is_reported() {
    // "17 impoverished counties" encoded as 17 provinces: the muddle would vanish silently.
    let new = new_findings(
        "claims/2020-11-14-seventeen-provinces-cleared.yaml",
        "    value: 17\n    unit: county\n",
        "    value: 17\n    unit: province\n",
    );
    assert!(
        new.contains(&pair("CC205", "provinces-cleared-nov14-said-counties")),
        "{new:?}"
    );
}

#[test]
fn more_people_relocated_than_lifted_out_of_poverty_is_reported() {
    let new = new_findings_after(&[
        (
            "sources/2022-09-29-cns-shanxi-decade.txt",
            "with 472,000 people",
            "with 4,720,000 people",
        ),
        (SHANXI, "with 472,000 people\"", "with 4,720,000 people\""),
        (SHANXI, "value: \"472,000\"", "value: \"4,720,000\""),
    ]);
    assert!(
        new.contains(&pair("CC151", "shanxi-people-relocated")),
        "{new:?}"
    );
}

#[test]
fn a_poverty_rate_that_no_longer_fits_its_poor_population_is_reported() {
    // 308,000 people at 0.65% would be a base of 47 million, against 34 million in 2012.
    let new = new_findings_after(&[
        (
            "sources/2020-11-23-cns-guizhou.txt",
            "to 0.85% in 2019",
            "to 0.65% in 2019",
        ),
        (GUIZHOU, "to 0.85% in 2019\"", "to 0.65% in 2019\""),
        (GUIZHOU, "value: \"0.85%\"", "value: \"0.65%\""),
    ]);
    assert!(new.iter().any(|(code, _)| code == "CC131"), "{new:?}");
}

#[test]
fn a_county_both_quit_and_remaining_at_the_end_of_2019_is_reported() {
    // The articles give no two lists that exclude each other, so the shipped rules have no
    // `disjoint`; plant one: the Gansu article names, among the 67 that have quit by the end
    // of 2019, Min County, which it also names among the 8 remaining then.
    let dir = common::corpus_copy();
    std::fs::write(
        dir.path().join("rules/apart.yaml"),
        "rules:\n  - id: quit-and-remaining-are-apart\n    kind: disjoint\n    select: { metric: poor counties exited }\n    against: { metric: poor counties remaining }\n",
    )
    .unwrap();
    let article = dir.path().join(GANSU_TEXT);
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(
        &article,
        format!(
            "{}\n\nAmong the counties that have quit is Min County.\n",
            text.trim_end()
        ),
    )
    .unwrap();
    let claims = dir.path().join(GANSU);
    let text = std::fs::read_to_string(&claims).unwrap();
    std::fs::write(
        &claims,
        format!(
            "{}\n\n  - id: gansu-counties-exited-named\n    quote: \"Among the counties that have quit is Min County\"\n    subject: Gansu\n    metric: poor counties exited\n    as_of: 2019-12-31\n    members: [Min County]\n    list: partial\n",
            text.trim_end()
        ),
    )
    .unwrap();
    let (_, after) = findings(dir.path());
    assert!(
        after.contains(&pair("CC171", "gansu-counties-remaining-2019")),
        "{after:?}"
    );
}

#[test]
fn a_claim_two_timeline_rules_select_is_reported_once_naming_both() {
    // Gansu's "not complete" dated after its article: both timeline rules select it.
    let dir = common::corpus_copy();
    let path = dir.path().join(GANSU);
    let text = std::fs::read_to_string(&path).unwrap();
    let from = "    status: not complete\n    as_of: 2019-12-31\n";
    assert_eq!(text.matches(from).count(), 1);
    let to = "    status: not complete\n    as_of: 2020-12-31\n";
    std::fs::write(&path, text.replace(from, to)).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--format", "json"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let late: Vec<&serde_json::Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "CC161")
        .collect();
    assert_eq!(late.len(), 1, "{late:?}");
    let notes = late[0]["notes"].to_string();
    assert!(notes.contains("also found by rule `"), "{notes}");
}
