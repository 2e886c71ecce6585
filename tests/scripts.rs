//! Figures and names in languages and scripts other than English, as `claimcheck check` and
//! `claimcheck coverage` read them: the same figure for both, and no word boundary looked for
//! in a script written without spaces.

mod common;

use std::path::Path;

/// The codes of the findings `claimcheck check` reports on the project in `dir`, with the
/// notes of each, and its exit code.
fn check(dir: &Path) -> (Vec<(String, Vec<String>)>, i32) {
    let (json, code) = common::run(dir, &["check", ".", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let findings = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let notes = d["notes"]
                .as_array()
                .map(|notes| {
                    notes
                        .iter()
                        .map(|n| n.as_str().unwrap().to_string())
                        .collect()
                })
                .unwrap_or_default();
            (d["code"].as_str().unwrap().to_string(), notes)
        })
        .collect();
    (findings, code)
}

/// A project of one article and these claims of it.
/// `claimcheck coverage` finds `figures` numbers in the article, encodes every one, and
/// passes a minimum of 100%.
fn assert_every_figure_encoded(dir: &Path, figures: u64) {
    let (json, code) = common::run(
        dir,
        &["coverage", ".", "--format", "json", "--min-coverage", "100"],
    );
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["coverage"]["total"]["found"], figures, "{json}");
    assert_eq!(value["coverage"]["total"]["encoded"], figures, "{json}");
    assert_eq!(code, 0);
}

fn project(article: &str, claims: &str) -> tempfile::TempDir {
    let dir = common::one_source_project(article);
    std::fs::write(
        dir.path().join("claims/a.yaml"),
        format!("source: a\nclaims:\n{claims}"),
    )
    .unwrap();
    dir
}

#[test]
fn figures_and_members_written_among_chinese_characters_are_found() {
    let dir = project(
        "贵州省最后9个贫困县全部退出。贫困发生率降至0.85%。贫困人口减少了923万人。其中包括紫云县、纳雍县和威宁县等。\n",
        concat!(
            "  - { id: c1, quote: \"贵州省最后9个贫困县\", subject: 贵州省, metric: m1, value: 9, unit: county }\n",
            "  - { id: c2, quote: \"贫困发生率降至0.85%\", subject: 贵州省, metric: m2, value: \"0.85%\" }\n",
            "  - { id: c3, quote: \"贫困人口减少了923万人\", subject: 贵州省, metric: m3, value: \"9.23 million\", unit: person }\n",
            "  - { id: c4, quote: \"其中包括紫云县、纳雍县和威宁县等\", subject: 贵州省, metric: m4, members: [紫云县, 纳雍县, 威宁县], list: partial }\n",
        ),
    );
    let (findings, code) = check(dir.path());
    assert_eq!(findings, [], "exit code {code}");
    assert_eq!(code, 0);
    // A wrong figure is still wrong, and the note says what the quote does state.
    common::edit(dir.path(), "claims/a.yaml", "value: 9,", "value: 8,");
    let (findings, _) = check(dir.path());
    assert_eq!(
        findings,
        [(
            "CC202".to_string(),
            vec!["the quote states `9`".to_string()]
        )]
    );
}

#[test]
fn figures_grouped_by_apostrophes_state_the_value_and_notes_show_figures_whole() {
    let dir = project(
        "There are 27'208 villages. Es gibt 1’079’498 Einwohner. La région compte 27 208 villages.\n",
        concat!(
            "  - { id: a, quote: \"There are 27'208 villages\", subject: S, metric: a, value: \"27,208\", unit: village }\n",
            "  - { id: b, quote: \"Es gibt 1’079’498 Einwohner\", subject: S, metric: b, value: \"1,079,498\", unit: Einwohner }\n",
            "  - { id: c, quote: \"La région compte 27 208 villages\", subject: S, metric: c, value: 27209, unit: village }\n",
        ),
    );
    let (findings, _) = check(dir.path());
    assert_eq!(
        findings,
        [(
            "CC202".to_string(),
            vec!["the quote states `27 208`".to_string()]
        )]
    );
}

#[test]
fn arabic_digits_percent_signs_and_the_prefix_for_and_are_read() {
    let dir = project(
        "تضم محافظة أسوان 5 مراكز، منها: كوم أمبو، إدفو ونصر النوبة. بلغ معدل البطالة 3,5 ٪ هذا العام، وعدد السكان ١٥٠٠٠٠٠ نسمة.\n",
        concat!(
            "  - { id: m, quote: \"تضم محافظة أسوان 5 مراكز، منها: كوم أمبو، إدفو ونصر النوبة\", subject: أسوان, metric: m, value: 5, unit: county, members: [كوم أمبو, إدفو, نصر النوبة], list: partial }\n",
            "  - { id: r, quote: \"بلغ معدل البطالة 3,5 ٪ هذا العام\", subject: أسوان, metric: r, value: \"3.5%\" }\n",
            "  - { id: p, quote: \"وعدد السكان ١٥٠٠٠٠٠ نسمة\", subject: أسوان, metric: p, value: \"1,500,000\", unit: person }\n",
        ),
    );
    let (findings, code) = check(dir.path());
    assert_eq!(findings, [], "exit code {code}");
}

#[test]
fn coverage_reads_each_figure_as_check_does() {
    let dir = project(
        "La région compte 27 208 villages et un taux de 3,5 %. Le budget est de 1.079.498,5 euros.\n",
        concat!(
            "  - { id: v, quote: \"La région compte 27 208 villages\", subject: R, metric: villages, value: 27208, unit: village }\n",
            "  - { id: t, quote: \"un taux de 3,5 %\", subject: R, metric: taux, value: \"3.5%\" }\n",
            "  - { id: b, quote: \"Le budget est de 1.079.498,5 euros\", subject: R, metric: budget, value: \"1,079,498.5\", unit: euro }\n",
        ),
    );
    let (findings, code) = check(dir.path());
    assert_eq!((findings, code), (vec![], 0));
    assert_every_figure_encoded(dir.path(), 3);
}

#[test]
fn chinese_numerals_state_figures_for_check_and_coverage_but_names_and_words_do_not() {
    let dir = project(
        "四川、三亚、十堰、六盘水、万州的一些干部说，全省共有六十六个贫困县，统一推进“十四五”规划，千方百计增加三千万元投入，贫困发生率降至百分之零点八五。\n",
        concat!(
            "  - { id: c, quote: \"全省共有六十六个贫困县\", subject: S, metric: c, value: 66, unit: county }\n",
            "  - { id: m, quote: \"千方百计增加三千万元投入\", subject: S, metric: m, value: \"30 million\", unit: yuan }\n",
            "  - { id: r, quote: \"贫困发生率降至百分之零点八五\", subject: S, metric: r, value: \"0.85%\" }\n",
        ),
    );
    let (findings, code) = check(dir.path());
    assert_eq!((findings, code), (vec![], 0));
    // Coverage finds the three figures and nothing in the names and words around them.
    assert_every_figure_encoded(dir.path(), 3);
    // A value the quote does not state is still wrong, and the note reads the numerals.
    common::edit(dir.path(), "claims/a.yaml", "value: 66,", "value: 67,");
    let (findings, _) = check(dir.path());
    assert_eq!(
        findings,
        [(
            "CC202".to_string(),
            vec!["the quote states `六十六`".to_string()]
        )]
    );
}
