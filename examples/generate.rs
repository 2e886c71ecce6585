//! A synthetic claimcheck project of any size, with known inconsistencies planted in it.
//!
//! ```sh
//! cargo run --release --example generate -- --claims 1000000 --out /tmp/cc-1m --seed 1 --planted 10
//! cargo run --release -- check /tmp/cc-1m --format json > /tmp/cc-1m.json
//! cargo run --release --example generate -- verify /tmp/cc-1m /tmp/cc-1m.json
//! ```
//!
//! The project is made of *blocks*, one per region (a province of a made-up country with a
//! few counties), 30 claims each, about 33 blocks to a claims file and its article:
//!
//! - a series of the registered poor population and one of the poverty incidence (a
//!   percentage), 2015 to 2019, both falling (`monotonic`, and `range` for percentages);
//! - the share of households with safe drinking water (`range`: a percentage within 0-100);
//! - the counties approved to exit in 2020, listed with their count (`count`);
//! - the counties out of poverty at the end of 2018 and of 2019, a cumulative list (`growth`);
//! - poor counties = exited + remaining, and the 2019 income = the 2018 income + its increase,
//!   with cents (`equation`: one rule per relation, two per block);
//! - the region "not complete" in 2019 and "complete" in 2020, two of its counties "not
//!   complete" before that (`timeline`, with the parent chain);
//! - two facts of a region of the previous file restated by this file's article: a repeated
//!   fact from another source (`agreement`);
//! - the poor villages of four counties, which no rule checks.
//!
//! Every quote is a sentence of its source's article text, verbatim. `--planted K` breaks K
//! blocks per rule kind (count, monotonic, growth, equation, agreement, range, timeline), each
//! in one place, and writes the (code, claim id) every break must be reported as to
//! `planted.json`. The claim id is the claim entry holding the finding's primary label.
//!
//! `verify DIR REPORT` reads `claimcheck check DIR --format json`'s report and compares its
//! findings with `DIR/planted.json`: exit 0 when they are exactly the planted set.
//!
//! Deterministic for a seed: the same arguments write the same bytes.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Claims in one block.
pub const BLOCK: usize = 30;
/// Blocks in one claims file (and article): about 1,000 claims.
pub const BLOCKS_PER_FILE: usize = 33;
/// Regions (with their counties) in one entities file.
const REGIONS_PER_ENTITY_FILE: usize = 1_000;
/// Equation rules in one rules file.
const EQUATIONS_PER_RULE_FILE: usize = 1_000;

/// The rule kinds, in the order plants are drawn.
pub const KINDS: [&str; 7] = [
    "count",
    "monotonic",
    "growth",
    "equation",
    "agreement",
    "range",
    "timeline",
];

#[derive(Clone, Debug)]
pub struct Params {
    pub claims: usize,
    pub seed: u64,
    /// Inconsistencies planted per rule kind.
    pub planted: usize,
}

/// One planted inconsistency: what it must be reported as.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Planted {
    pub code: &'static str,
    /// The claim holding the finding's primary label.
    pub claim: String,
    pub kind: &'static str,
    /// The claim whose figure, list or date was changed.
    pub changed: String,
}

/// What was written.
#[derive(Debug)]
pub struct Written {
    pub claims: usize,
    pub files: usize,
    pub bytes: u64,
    pub planted: Vec<Planted>,
}

/// xorshift64*: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut state = seed ^ 0x9E37_79B9_7F4A_7C15;
        if state == 0 {
            state = 1;
        }
        let mut rng = Rng(state);
        for _ in 0..8 {
            rng.next();
        }
        rng
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `low..=high`.
    fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }
}

/// A made-up place name: consonant-vowel syllables, all of one length in a run, so that no
/// two indexes give one name.
fn place_name(index: usize, syllables: usize) -> String {
    const CONSONANTS: &[u8] = b"bdfghjklmnpqrstwxyz";
    const VOWELS: &[u8] = b"aeiou";
    let base = CONSONANTS.len() * VOWELS.len();
    let mut digits = Vec::with_capacity(syllables);
    let mut rest = index;
    for _ in 0..syllables {
        digits.push(rest % base);
        rest /= base;
    }
    let mut name = String::with_capacity(syllables * 2);
    for (i, digit) in digits.iter().rev().enumerate() {
        let consonant = CONSONANTS[digit / VOWELS.len()] as char;
        name.push(if i == 0 {
            consonant.to_ascii_uppercase()
        } else {
            consonant
        });
        name.push(VOWELS[digit % VOWELS.len()] as char);
    }
    name
}

/// Syllables needed for `count` distinct names (at least two).
fn syllables_for(count: usize) -> usize {
    let base = 19 * 5;
    let mut syllables = 2;
    let mut capacity = base * base;
    while capacity < count {
        syllables += 1;
        capacity *= base;
    }
    syllables
}

/// A day as `YYYY-MM-DD`, counted from 2021-01-01.
fn date_after_2020(days: usize) -> String {
    // Civil-from-days (Howard Hinnant), from 1970-01-01; 2021-01-01 is day 18628.
    let z = 18_628 + days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// `1234567` as `1,234,567`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Cents as `12,345.67`.
fn money(cents: u64) -> String {
    format!("{}.{:02}", thousands(cents / 100), cents % 100)
}

/// Tenths of a percent as `12.3%`.
fn percent(tenths: u64) -> String {
    format!("{}.{}%", tenths / 10, tenths % 10)
}

/// The figures of one region, drawn from the generator.
struct Region {
    index: usize,
    name: String,
    counties: Vec<String>,
    /// Poor counties that had exited by the end of 2019 (the first `exited` counties).
    exited: usize,
    /// Counties out of poverty at the end of 2018 (the first `out_2018`).
    out_2018: usize,
    /// Registered poor population at the end of 2015..=2019.
    population: [u64; 5],
    /// Poverty incidence in tenths of a percent, 2015..=2019.
    incidence: [u64; 5],
    /// Households with safe drinking water, tenths of a percent.
    water: u64,
    /// Per capita disposable income of poor households, cents, 2018 and 2019.
    income: [u64; 2],
    villages: [u64; 4],
}

impl Region {
    fn new(index: usize, rng: &mut Rng, syllables: usize, first_county: usize) -> Region {
        let county_count = rng.range(4, 12) as usize;
        let counties = (0..county_count)
            .map(|c| format!("{} County", place_name(first_county + c, syllables + 1)))
            .collect();
        let exited = rng.range(2, county_count as u64 - 1) as usize;
        let out_2018 = rng.range(1, exited as u64 - 1) as usize;
        let mut population = [0; 5];
        population[0] = rng.range(80_000, 900_000);
        for year in 1..5 {
            let kept = rng.range(55, 85);
            population[year] = population[year - 1] * kept / 100;
        }
        let mut incidence = [0; 5];
        incidence[0] = rng.range(80, 300);
        for year in 1..5 {
            let kept = rng.range(50, 85);
            incidence[year] = (incidence[year - 1] * kept / 100).max(1);
        }
        let income_2018 = rng.range(500_000, 1_200_000);
        Region {
            index,
            name: format!("{} Province", place_name(index, syllables)),
            counties,
            exited,
            out_2018,
            population,
            incidence,
            water: rng.range(850, 999),
            income: [income_2018, income_2018 + rng.range(40_000, 250_000)],
            villages: [
                rng.range(20, 400),
                rng.range(20, 400),
                rng.range(20, 400),
                rng.range(20, 400),
            ],
        }
    }

    fn id(&self, what: &str) -> String {
        format!("r{:06}-{what}", self.index)
    }
}

/// What is broken in one block.
#[derive(Clone, Copy, Debug, Default)]
struct Breaks {
    count: bool,
    monotonic: bool,
    growth: bool,
    /// Which equation: the counties (even plants) or the income (odd).
    equation: Option<bool>,
    /// The restated fact of the previous file's region disagrees.
    agreement: bool,
    range: bool,
    /// A county "not complete" after its province is "complete" (true), or a claim dated
    /// after its source was published (false).
    timeline: Option<bool>,
}

/// One claim as written.
struct Claim {
    id: String,
    quote: String,
    subject: String,
    metric: &'static str,
    value: Option<String>,
    unit: Option<&'static str>,
    as_of: Option<String>,
    members: Option<Vec<String>>,
    status: Option<&'static str>,
}

impl Claim {
    fn new(id: String, quote: String, subject: &str, metric: &'static str) -> Claim {
        Claim {
            id,
            quote,
            subject: subject.to_string(),
            metric,
            value: None,
            unit: None,
            as_of: None,
            members: None,
            status: None,
        }
    }

    fn value(mut self, value: String, unit: Option<&'static str>) -> Claim {
        self.value = Some(value);
        self.unit = unit;
        self
    }

    fn dated(mut self, date: &str) -> Claim {
        self.as_of = Some(date.to_string());
        self
    }

    fn write(&self, out: &mut String) {
        let _ = writeln!(out, "  - id: {}", self.id);
        let _ = writeln!(out, "    quote: \"{}\"", self.quote);
        let _ = writeln!(out, "    subject: {}", self.subject);
        let _ = writeln!(out, "    metric: {}", self.metric);
        if let Some(value) = &self.value {
            let _ = writeln!(out, "    value: \"{value}\"");
        }
        if let Some(unit) = self.unit {
            let _ = writeln!(out, "    unit: {unit}");
        }
        if let Some(as_of) = &self.as_of {
            let _ = writeln!(out, "    as_of: {as_of}");
        }
        if let Some(members) = &self.members {
            let _ = writeln!(out, "    members: [{}]", members.join(", "));
        }
        if let Some(status) = self.status {
            let _ = writeln!(out, "    status: {status}");
        }
    }
}

/// The claims of one block, and the equations over them.
fn block_claims(
    region: &Region,
    earlier: Option<&Region>,
    published: &str,
    breaks: Breaks,
    planted: &mut Vec<Planted>,
) -> (Vec<Claim>, Vec<String>) {
    let r = region;
    let name = &r.name;
    let mut claims = Vec::with_capacity(BLOCK);
    let mut plant = |code, claim: String, kind, changed: String| {
        planted.push(Planted {
            code,
            claim,
            kind,
            changed,
        });
    };

    // The poor population, falling every year.
    for (i, year) in (2015..=2019).enumerate() {
        let mut people = r.population[i];
        if breaks.monotonic && i == 3 {
            // 2018 above 2017: the series breaks at 2018, and 2019 is below both.
            people = r.population[2] + r.population[2] / 10 + 1;
            plant(
                "CC111",
                r.id(&format!("poor-population-{year}")),
                "monotonic",
                r.id(&format!("poor-population-{year}")),
            );
        }
        let figure = thousands(people);
        claims.push(
            Claim::new(
                r.id(&format!("poor-population-{year}")),
                format!(
                    "By the end of {year}, {name} had a registered poor population of {figure}"
                ),
                name,
                "registered poor population",
            )
            .value(figure, Some("person"))
            .dated(&format!("{year}-12-31")),
        );
    }
    // The poverty incidence, falling.
    for (i, year) in (2015..=2019).enumerate() {
        let figure = percent(r.incidence[i]);
        claims.push(
            Claim::new(
                r.id(&format!("incidence-{year}")),
                format!("The poverty incidence in {name} was {figure} at the end of {year}"),
                name,
                "poverty incidence",
            )
            .value(figure, None)
            .dated(&format!("{year}-12-31")),
        );
    }
    // Safe drinking water: a percentage.
    let water_id = r.id("safe-water");
    let water = if breaks.range {
        plant("CC151", water_id.clone(), "range", water_id.clone());
        1_000 + r.water % 50 + 1
    } else {
        r.water
    };
    let water_figure = percent(water);
    let mut water_claim = Claim::new(
        water_id.clone(),
        format!(
            "{water_figure} of the registered poor households in {name} have safe drinking water"
        ),
        name,
        "households with safe drinking water",
    )
    .value(water_figure, None);
    if breaks.timeline == Some(false) {
        // Dated ten days after its article appeared.
        water_claim = water_claim.dated(&after(published, 10));
        plant("CC161", water_id.clone(), "timeline", water_id);
    }
    claims.push(water_claim);

    // The counties approved to exit in 2020: the remaining ones, listed.
    let remaining = &r.counties[r.exited..];
    let approved_id = r.id("counties-approved-2020");
    let stated = if breaks.count {
        plant("CC101", approved_id.clone(), "count", approved_id.clone());
        remaining.len() + 1
    } else {
        remaining.len()
    };
    let mut approved = Claim::new(
        approved_id,
        format!(
            "In 2020, {name} approved {stated} counties to exit poverty: {}",
            remaining.join(", ")
        ),
        name,
        "counties approved to exit",
    )
    .value(stated.to_string(), Some("county"));
    approved.members = Some(remaining.to_vec());
    claims.push(approved);

    // Counties out of poverty, a cumulative list.
    let first = &r.counties[..r.out_2018];
    let mut out_2018 = Claim::new(
        r.id("counties-out-2018"),
        format!(
            "By the end of 2018, {} counties in {name} were out of poverty: {}",
            first.len(),
            first.join(", ")
        ),
        name,
        "counties out of poverty",
    )
    .value(first.len().to_string(), Some("county"))
    .dated("2018-12-31");
    out_2018.members = Some(first.to_vec());
    claims.push(out_2018);
    let mut second: Vec<String> = r.counties[..r.exited].to_vec();
    let out_2019_id = r.id("counties-out-2019");
    if breaks.growth {
        // The 2019 list leaves out a county of 2018's, and counts itself right.
        second.remove(0);
        plant("CC121", out_2019_id.clone(), "growth", out_2019_id.clone());
    }
    let mut out_2019 = Claim::new(
        out_2019_id,
        format!(
            "By the end of 2019, {} counties in {name} were out of poverty: {}",
            second.len(),
            second.join(", ")
        ),
        name,
        "counties out of poverty",
    )
    .value(second.len().to_string(), Some("county"))
    .dated("2019-12-31");
    out_2019.members = Some(second);
    claims.push(out_2019);

    // Poor counties = exited + remaining.
    let total = r.counties.len();
    let mut left = total - r.exited;
    if breaks.equation == Some(true) {
        left += 1;
        plant(
            "CC131",
            r.id("poor-counties"),
            "equation",
            r.id("counties-remaining-2019"),
        );
    }
    claims.push(
        Claim::new(
            r.id("poor-counties"),
            format!("{name} had {total} poor counties when they were identified in 2014"),
            name,
            "poor counties",
        )
        .value(total.to_string(), Some("county"))
        .dated("2014-12-31"),
    );
    claims.push(
        Claim::new(
            r.id("counties-exited-2019"),
            format!(
                "By the end of 2019, {} of them had exited poverty",
                r.exited
            ),
            name,
            "poor counties exited",
        )
        .value(r.exited.to_string(), Some("county"))
        .dated("2019-12-31"),
    );
    claims.push(
        Claim::new(
            r.id("counties-remaining-2019"),
            format!("and {left} poor counties in {name} remained at the end of 2019"),
            name,
            "poor counties remaining",
        )
        .value(left.to_string(), Some("county"))
        .dated("2019-12-31"),
    );
    let counties_equation = format!(
        "{} + {} == {}",
        r.id("counties-exited-2019"),
        r.id("counties-remaining-2019"),
        r.id("poor-counties")
    );

    // Income 2019 = income 2018 + increase.
    let mut increase = r.income[1] - r.income[0];
    if breaks.equation == Some(false) {
        increase += 1_000;
        plant(
            "CC131",
            r.id("income-increase-2019"),
            "equation",
            r.id("income-increase-2019"),
        );
    }
    for (i, year) in [2018, 2019].into_iter().enumerate() {
        let figure = money(r.income[i]);
        claims.push(
            Claim::new(
                r.id(&format!("income-{year}")),
                format!(
                    "the per capita disposable income of poor households in {name} was {figure} yuan in {year}"
                ),
                name,
                "per capita disposable income of poor households",
            )
            .value(figure, Some("yuan"))
            .dated(&format!("{year}-12-31")),
        );
    }
    let increase_figure = money(increase);
    claims.push(
        Claim::new(
            r.id("income-increase-2019"),
            format!("an increase of {increase_figure} yuan over the year before"),
            name,
            "increase in per capita disposable income of poor households",
        )
        .value(increase_figure, Some("yuan"))
        .dated("2019-12-31"),
    );
    let income_equation = format!(
        "{} - {} == {}",
        r.id("income-2019"),
        r.id("income-2018"),
        r.id("income-increase-2019")
    );

    // The exit of the region's poor counties, in order.
    let mut not_complete = Claim::new(
        r.id("exit-not-complete-2019"),
        format!("At the end of 2019 the exit of poor counties in {name} was not complete"),
        name,
        "county poverty exit",
    )
    .dated("2019-12-31");
    not_complete.status = Some("not complete");
    claims.push(not_complete);
    for (c, county) in r.counties[r.exited..].iter().take(2).enumerate() {
        let mut date = "2020-06-30".to_string();
        if breaks.timeline == Some(true) && c == 0 {
            // Still not complete after the province was reported complete.
            date = "2020-11-25".to_string();
            plant(
                "CC162",
                r.id("exit-complete-2020"),
                "timeline",
                r.id(&format!("county-exit-not-complete-{c}")),
            );
        }
        let mut claim = Claim::new(
            r.id(&format!("county-exit-not-complete-{c}")),
            format!("{county} was still working to exit poverty on {date}"),
            county,
            "county poverty exit",
        )
        .dated(&date);
        claim.status = Some("not complete");
        claims.push(claim);
    }
    // Blocks whose region has a single remaining county have one county claim: keep 30.
    if r.counties.len() - r.exited < 2 {
        let county = &r.counties[r.counties.len() - 1];
        claims.push(
            Claim::new(
                r.id("county-last-roads"),
                format!("{county} built roads to {} villages", r.villages[0] + 1),
                county,
                "villages with new roads",
            )
            .value((r.villages[0] + 1).to_string(), Some("village")),
        );
    }
    let mut complete = Claim::new(
        r.id("exit-complete-2020"),
        format!("On 2020-11-20, {name} announced that all its poor counties had exited poverty"),
        name,
        "county poverty exit",
    )
    .dated("2020-11-20");
    complete.status = Some("complete");
    claims.push(complete);

    // Two facts of a region of the previous file, restated by this article.
    match earlier {
        Some(e) => {
            let total = if breaks.agreement {
                plant(
                    "CC141",
                    r.id("restated-poor-counties"),
                    "agreement",
                    r.id("restated-poor-counties"),
                );
                e.counties.len() + 2
            } else {
                e.counties.len()
            };
            claims.push(
                Claim::new(
                    r.id("restated-poor-counties"),
                    format!("{} had {total} poor counties in 2014", e.name),
                    &e.name,
                    "poor counties",
                )
                .value(total.to_string(), Some("county"))
                .dated("2014-12-31"),
            );
            let people = thousands(e.population[4]);
            claims.push(
                Claim::new(
                    r.id("restated-poor-population-2019"),
                    format!(
                        "{} still counted {people} poor people at the end of 2019",
                        e.name
                    ),
                    &e.name,
                    "registered poor population",
                )
                .value(people, Some("person"))
                .dated("2019-12-31"),
            );
        }
        None => {
            for (i, county) in r.counties.iter().skip(4).take(2).enumerate() {
                claims.push(
                    Claim::new(
                        r.id(&format!("county-{}-villages", i + 4)),
                        format!("{county} has {} poor villages", r.villages[i] + 7),
                        county,
                        "poor villages",
                    )
                    .value((r.villages[i] + 7).to_string(), Some("village")),
                );
            }
            // Regions with fewer than six counties: pad with the province's own figure.
            for i in claims.len()..BLOCK - 4 {
                claims.push(
                    Claim::new(
                        r.id(&format!("villages-note-{i}")),
                        format!(
                            "{name} listed {} villages for relocation",
                            r.villages[3] + i as u64
                        ),
                        name,
                        "villages listed for relocation",
                    )
                    .value((r.villages[3] + i as u64).to_string(), Some("village")),
                );
            }
        }
    }
    // Poor villages of four counties: facts no rule checks.
    for (i, county) in r.counties.iter().take(4).enumerate() {
        claims.push(
            Claim::new(
                r.id(&format!("county-{i}-villages")),
                format!("{county} has {} poor villages", r.villages[i]),
                county,
                "poor villages",
            )
            .value(r.villages[i].to_string(), Some("village")),
        );
    }
    debug_assert_eq!(claims.len(), BLOCK, "{}", r.index);
    (claims, vec![counties_equation, income_equation])
}

/// `date` plus `days`, both `YYYY-MM-DD` after 2021-01-01.
fn after(date: &str, days: usize) -> String {
    let mut offset = 0;
    while date_after_2020(offset) != date {
        offset += 1;
    }
    date_after_2020(offset + days)
}

/// Chooses the blocks to break: `per_kind` distinct blocks for each kind, none broken twice;
/// agreement breaks only in blocks that restate an earlier region.
fn choose_breaks(blocks: usize, per_kind: usize, rng: &mut Rng) -> Result<Vec<Breaks>, String> {
    let mut order: Vec<usize> = (0..blocks).collect();
    for i in (1..order.len()).rev() {
        let j = rng.range(0, i as u64) as usize;
        order.swap(i, j);
    }
    let mut breaks = vec![Breaks::default(); blocks];
    let mut used = vec![false; blocks];
    for (k, kind) in KINDS.iter().enumerate() {
        let mut chosen = 0;
        for &block in &order {
            if chosen == per_kind {
                break;
            }
            if used[block] || (*kind == "agreement" && block < BLOCKS_PER_FILE) {
                continue;
            }
            used[block] = true;
            let b = &mut breaks[block];
            match k {
                0 => b.count = true,
                1 => b.monotonic = true,
                2 => b.growth = true,
                3 => b.equation = Some(chosen % 2 == 0),
                4 => b.agreement = true,
                5 => b.range = true,
                _ => b.timeline = Some(chosen % 2 == 0),
            }
            chosen += 1;
        }
        if chosen < per_kind {
            return Err(format!(
                "{blocks} blocks of {BLOCK} claims are too few to plant {per_kind} {kind} inconsistencies \
                 in distinct blocks: ask for more claims or fewer plants"
            ));
        }
    }
    Ok(breaks)
}

const RULES: &str = "\
# The cross-checks of a synthetic project: each selects its claims by metric or unit, so
# that evaluating it costs time in proportion to the claims it selects.
rules:
  - id: series-fall
    kind: monotonic
    select:
      metric: [registered poor population, poverty incidence]
    direction: non-increasing
    message: the registered poor population and the poverty incidence fall year by year

  - id: counties-out-only-grow
    kind: growth
    select:
      metric: counties out of poverty
    message: a county out of poverty stays out, and the count grows by the counties added

  - id: lists-match-counts
    kind: count
    select:
      metric: counties approved to exit
    message: a list of counties matches the count stated beside it

  - id: restated-facts-agree
    kind: agreement
    select:
      metric: [poor counties, registered poor population]
    message: a fact restated by another article keeps its figure

  - id: percentages-are-percentages
    kind: range
    select:
      unit: percent
    min: 0
    max: 100
    message: a share or rate lies between 0% and 100%

  - id: exits-in-order
    kind: timeline
    select:
      metric: county poverty exit
    before: not complete
    after: complete
    message: a province is complete only after each of its counties

  - id: claims-dated-by-their-sources
    kind: timeline
    message: no claim speaks of a date after its article was published
";

/// Writes a project of `params.claims` claims under `out`, which must not hold one already.
pub fn generate(params: &Params, out: &Path) -> Result<Written, String> {
    let io = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    for folder in ["claims", "sources", "entities", "rules"] {
        let path = out.join(folder);
        if path.exists() {
            return Err(format!(
                "{} exists: generate into a new folder",
                path.display()
            ));
        }
        std::fs::create_dir_all(&path).map_err(|e| io(&path, e))?;
    }
    let mut rng = Rng::new(params.seed);
    let blocks = params.claims / BLOCK;
    let breaks = choose_breaks(blocks, params.planted, &mut rng)?;
    let syllables = syllables_for(blocks.max(1));
    let mut regions: Vec<Region> = Vec::with_capacity(blocks);
    let mut next_county = 0;
    for index in 0..blocks {
        let region = Region::new(index, &mut rng, syllables, next_county);
        next_county += region.counties.len();
        regions.push(region);
    }

    let mut written = Written {
        claims: 0,
        files: 0,
        bytes: 0,
        planted: Vec::new(),
    };
    let write = |path: PathBuf, text: &str, written: &mut Written| {
        std::fs::write(&path, text).map_err(|e| io(&path, e))?;
        written.files += 1;
        written.bytes += text.len() as u64;
        Ok::<(), String>(())
    };

    // Entities: the country, its provinces and their counties.
    let entity_files = blocks.div_ceil(REGIONS_PER_ENTITY_FILE).max(1);
    for file in 0..entity_files {
        let mut text = String::from("entities:\n");
        if file == 0 {
            text.push_str("  - name: Ardenia\n    kind: country\n");
        }
        let start = file * REGIONS_PER_ENTITY_FILE;
        for region in regions.iter().skip(start).take(REGIONS_PER_ENTITY_FILE) {
            let _ = writeln!(
                text,
                "  - name: {}\n    kind: province\n    parent: Ardenia",
                region.name
            );
            for county in &region.counties {
                let _ = writeln!(
                    text,
                    "  - name: {county}\n    kind: county\n    parent: {}",
                    region.name
                );
            }
        }
        write(
            out.join(format!("entities/regions-{:04}.yaml", file + 1)),
            &text,
            &mut written,
        )?;
    }

    // Claims, one file per article, and the articles.
    let files = params.claims.div_ceil(BLOCK * BLOCKS_PER_FILE).max(1);
    let mut sources = String::from("sources:\n");
    let mut equations: Vec<String> = Vec::with_capacity(blocks * 2);
    for file in 0..files {
        let source = format!("article-{:05}", file + 1);
        let published = date_after_2020(file);
        let _ = writeln!(
            sources,
            "  - id: {source}\n    title: \"Poverty alleviation in the provinces, report {}\"\n    \
             publisher: Synthetic News Service\n    published: {published}\n    text: {source}.txt",
            file + 1
        );
        let mut claims_text = format!("source: {source}\nclaims:\n");
        let mut article = format!(
            "Poverty alleviation in the provinces, report {}\n\n",
            file + 1
        );
        let first_block = file * BLOCKS_PER_FILE;
        let last_block = ((file + 1) * BLOCKS_PER_FILE).min(blocks);
        for block in first_block..last_block {
            let earlier = block
                .checked_sub(BLOCKS_PER_FILE)
                .map(|earlier| &regions[earlier]);
            let (claims, relations) = block_claims(
                &regions[block],
                earlier,
                &published,
                breaks[block],
                &mut written.planted,
            );
            equations.extend(relations);
            for claim in &claims {
                claim.write(&mut claims_text);
                article.push_str(&claim.quote);
                article.push_str(". ");
            }
            article.push_str("\n\n");
            written.claims += claims.len();
        }
        if file + 1 == files {
            // Whatever does not fill a block: figures no rule checks.
            for extra in 0..params.claims - blocks * BLOCK {
                let claim = Claim::new(
                    format!("extra-{extra:03}"),
                    format!(
                        "Ardenia trained {} village officials in session {extra}",
                        extra + 10
                    ),
                    "Ardenia",
                    "village officials trained",
                )
                .value((extra + 10).to_string(), Some("person"))
                .dated(&format!("2020-{:02}-01", extra % 12 + 1));
                claim.write(&mut claims_text);
                article.push_str(&claim.quote);
                article.push_str(". ");
                written.claims += 1;
            }
        }
        write(
            out.join(format!("claims/{source}.yaml")),
            &claims_text,
            &mut written,
        )?;
        write(
            out.join(format!("sources/{source}.txt")),
            &article,
            &mut written,
        )?;
    }
    write(out.join("sources/sources.yaml"), &sources, &mut written)?;

    // Rules: the few that select by metric, and one equation per relation.
    write(out.join("rules/checks.yaml"), RULES, &mut written)?;
    for (file, chunk) in equations.chunks(EQUATIONS_PER_RULE_FILE).enumerate() {
        let mut text = String::from("rules:\n");
        for (i, expression) in chunk.iter().enumerate() {
            let n = file * EQUATIONS_PER_RULE_FILE + i + 1;
            let _ = writeln!(
                text,
                "  - id: equation-{n:07}\n    kind: equation\n    expression: {expression}"
            );
        }
        write(
            out.join(format!("rules/equations-{:04}.yaml", file + 1)),
            &text,
            &mut written,
        )?;
    }

    written.planted.sort();
    let mut json = String::from("[\n");
    for (i, p) in written.planted.iter().enumerate() {
        let _ = writeln!(
            json,
            "  {{\"code\": \"{}\", \"claim\": \"{}\", \"kind\": \"{}\", \"changed\": \"{}\"}}{}",
            p.code,
            p.claim,
            p.kind,
            p.changed,
            if i + 1 < written.planted.len() {
                ","
            } else {
                ""
            }
        );
    }
    json.push_str("]\n");
    std::fs::write(out.join("planted.json"), json).map_err(|e| io(&out.join("planted.json"), e))?;
    Ok(written)
}

/// How a report compares with the planted set.
#[derive(Debug, Default)]
pub struct Verdict {
    pub planted: usize,
    pub found: usize,
    /// Planted but not reported.
    pub missing: Vec<(String, String)>,
    /// Reported but not planted.
    pub unexpected: Vec<(String, String)>,
}

impl Verdict {
    pub fn exact(&self) -> bool {
        self.missing.is_empty() && self.unexpected.is_empty()
    }
}

/// Compares `report` (the text of `claimcheck check DIR --format json`) with
/// `DIR/planted.json`. Each finding is taken as (code, id of the entry that holds its primary
/// label): the nearest `- id:` line at or above the label's line in its file.
pub fn verify(dir: &Path, report: &str) -> Result<Verdict, String> {
    let planted_text = std::fs::read_to_string(dir.join("planted.json"))
        .map_err(|e| format!("{}: {e}", dir.join("planted.json").display()))?;
    let planted_json: serde_json::Value =
        serde_json::from_str(&planted_text).map_err(|e| format!("planted.json: {e}"))?;
    let planted: BTreeSet<(String, String)> = planted_json
        .as_array()
        .ok_or("planted.json is not a list")?
        .iter()
        .map(|p| {
            (
                p["code"].as_str().unwrap_or_default().to_string(),
                p["claim"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let report: serde_json::Value =
        serde_json::from_str(report).map_err(|e| format!("the report is not JSON: {e}"))?;
    let diagnostics = report["diagnostics"]
        .as_array()
        .ok_or("the report has no `diagnostics` list")?;
    let mut lines: HashMap<String, Vec<String>> = HashMap::new();
    let mut found: BTreeMap<(String, String), usize> = BTreeMap::new();
    for diagnostic in diagnostics {
        let code = diagnostic["code"].as_str().unwrap_or_default().to_string();
        let entry = match (diagnostic["file"].as_str(), diagnostic["line"].as_u64()) {
            (Some(file), Some(line)) => {
                let text = lines.entry(file.to_string()).or_insert_with(|| {
                    // Reports name files from the folder the run was made in: the
                    // project's own folder, or another when the project lies under it
                    // (`claims-1000000/claims/...`), or absolutely when it lies elsewhere.
                    let in_project = dir.join(file);
                    let path = if in_project.is_file() {
                        in_project
                    } else {
                        std::path::PathBuf::from(file)
                    };
                    std::fs::read_to_string(path)
                        .unwrap_or_default()
                        .lines()
                        .map(str::to_string)
                        .collect()
                });
                text.iter()
                    .take(line as usize)
                    .rev()
                    .find_map(|l| l.trim_start().strip_prefix("- id: "))
                    .map_or_else(|| format!("{file}:{line}"), |id| id.trim().to_string())
            }
            _ => diagnostic["message"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        };
        *found.entry((code, entry)).or_default() += 1;
    }
    let mut verdict = Verdict {
        planted: planted.len(),
        found: found.values().sum(),
        ..Verdict::default()
    };
    for pair in &planted {
        if !found.contains_key(pair) {
            verdict.missing.push(pair.clone());
        }
    }
    for (pair, times) in &found {
        if !planted.contains(pair) {
            verdict.unexpected.push(pair.clone());
        } else if *times > 1 {
            verdict.unexpected.push((
                pair.0.clone(),
                format!("{} (reported {times} times)", pair.1),
            ));
        }
    }
    Ok(verdict)
}

fn usage() -> String {
    "usage:\n  generate --claims N --out DIR [--seed S] [--planted K]\n  generate verify DIR REPORT.json"
        .to_string()
}

fn run(args: &[String]) -> Result<(), String> {
    if args.first().map(String::as_str) == Some("verify") {
        let [_, dir, report] = args else {
            return Err(usage());
        };
        let text = std::fs::read_to_string(report).map_err(|e| format!("{report}: {e}"))?;
        let verdict = verify(Path::new(dir), &text)?;
        println!(
            "planted {}, reported {}, missing {}, unexpected {}",
            verdict.planted,
            verdict.found,
            verdict.missing.len(),
            verdict.unexpected.len()
        );
        for (code, id) in &verdict.missing {
            println!("  missing: {code} {id}");
        }
        for (code, id) in &verdict.unexpected {
            println!("  unexpected: {code} {id}");
        }
        return if verdict.exact() {
            Ok(())
        } else {
            Err("the findings are not exactly the planted ones".to_string())
        };
    }
    let mut params = Params {
        claims: 0,
        seed: 1,
        planted: 0,
    };
    let mut out = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let mut value = || rest.next().cloned().ok_or_else(usage);
        let number = |text: String| {
            text.replace('_', "")
                .parse::<u64>()
                .map_err(|_| format!("`{text}` is not a number\n{}", usage()))
        };
        match flag.as_str() {
            "--claims" => params.claims = number(value()?)? as usize,
            "--seed" => params.seed = number(value()?)?,
            "--planted" => params.planted = number(value()?)? as usize,
            "--out" => out = Some(PathBuf::from(value()?)),
            _ => return Err(usage()),
        }
    }
    let out = out.ok_or_else(usage)?;
    let written = generate(&params, &out)?;
    println!(
        "{} claims, {} files, {} bytes, {} planted inconsistencies in {}",
        written.claims,
        written.files,
        written.bytes,
        written.planted.len(),
        out.display()
    );
    Ok(())
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            std::process::ExitCode::from(2)
        }
    }
}
