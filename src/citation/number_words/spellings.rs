//! Every spelling of the numbers 0 to 999 in French, Spanish, Portuguese, Galician,
//! Italian, German and Dutch, with the words that go with them (a thousand, zero, the articles that are one
//! before a scale word), as the table [`super`] reads numbers in words with.
//!
//! The build script runs this module and writes its [`table`] as static arrays, so that no
//! run spends its time building the table (some thousands of spellings, which took a third
//! of the check of a small project when built on first use). The crate compiles it only for
//! its tests, which check the arrays against it.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};

use super::senses::{DE, ES, FR, GL, IT, Kind, Langs, NL, ONE_AND_A_HALF, PT, Sense, letter_index};

/// The table of number words.
pub struct Table {
    /// Every spelling (the words of a number apart by one space) with its sense, in byte
    /// order.
    pub spellings: Vec<(String, Sense)>,
    /// Every word of a spelling, in byte order.
    pub words: Vec<String>,
    /// The first two letters a number may begin with, lowercase: bit `b` of `openings[a]`
    /// for the letters `a` and `b` ([`letter_index`]).
    pub openings: [u32; 26],
}

#[derive(Default)]
struct Builder {
    spellings: BTreeMap<String, Sense>,
    words: BTreeSet<String>,
    openings: [u32; 26],
}

impl Builder {
    /// Lets a number begin as `spelling` does.
    fn open(&mut self, spelling: &str) {
        if let [first, second, ..] = spelling.as_bytes()
            && letter_index(*first) < 26
        {
            self.openings[letter_index(*first)] |= 1 << letter_index(*second);
        }
    }

    /// Adds `spelling` as `kind` in `langs`, to the languages it is already in.
    ///
    /// # Panics
    ///
    /// When `spelling` is already another number: the reader takes a spelling's one sense,
    /// so a second would be read as the first in every language.
    fn add(&mut self, langs: Langs, spelling: &str, kind: Kind) {
        self.open(spelling);
        for word in spelling.split(' ') {
            if !self.words.contains(word) {
                self.words.insert(word.to_string());
            }
        }
        match self.spellings.entry(spelling.to_string()) {
            Entry::Vacant(entry) => {
                entry.insert(Sense { langs, kind });
            }
            Entry::Occupied(mut entry) if entry.get().kind == kind => {
                entry.get_mut().langs |= langs;
            }
            Entry::Occupied(entry) => panic!(
                "`{spelling}` spells two numbers: {:?} and {kind:?}",
                entry.get().kind
            ),
        }
    }

    fn add_all(&mut self, langs: Langs, value: u32, spellings: &[String]) {
        for spelling in spellings {
            self.add(langs, spelling, Kind::BelowThousand(value));
        }
    }
}

/// The whole table.
pub fn table() -> Table {
    let mut lexicon = Builder::default();
    for n in 0..1000 {
        lexicon.add_all(FR, n, &french(n));
        lexicon.add_all(ES, n, &spanish(n));
        lexicon.add_all(PT, n, &portuguese(n));
        lexicon.add_all(GL, n, &galician(n));
        lexicon.add_all(IT, n, &italian(n));
        lexicon.add_all(DE, n, &german(n));
        lexicon.add_all(NL, n, &dutch(n));
    }
    for (langs, word) in [
        (FR | IT, "mille"),
        (ES | PT | GL, "mil"),
        (IT, "mila"),
        (DE, "tausend"),
        (NL, "duizend"),
    ] {
        lexicon.add(langs, word, Kind::Thousand);
    }
    // Zero, also English "null" and French "nul": read alone only where a number stands
    // (`Alone::GermanZero`, `Alone::DutchZero`), and before a percent or scale word.
    lexicon.add(DE, "null", Kind::BelowThousand(0));
    lexicon.add(NL, "nul", Kind::BelowThousand(0));
    // The articles, 1 before a scale word: `un million`, `eine Million`.
    for (langs, word) in [
        (FR | ES | IT | GL, "un"),
        (FR, "une"),
        (ES | IT, "una"),
        (ES | IT, "uno"),
        (PT, "um"),
        (PT, "uma"),
        (GL, "unha"),
        (DE, "ein"),
        (DE, "eine"),
        (NL, "een"),
    ] {
        lexicon.add(langs, word, Kind::BelowThousand(1));
    }
    // One and a half in one word, read by [`one_word_half`]: `anderthalb`, `anderhalf`.
    for (word, _) in ONE_AND_A_HALF {
        lexicon.open(word);
    }
    Table {
        spellings: lexicon.spellings.into_iter().collect(),
        words: lexicon.words.into_iter().collect(),
        openings: lexicon.openings,
    }
}

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

/// `head`'s spellings, each followed by `separator` and each of `tail`'s when there is a
/// tail (`treinta` or `treinta y dos`).
fn followed(head: Vec<String>, separator: &str, tail: Option<Vec<String>>) -> Vec<String> {
    match tail {
        Some(tail) => joined(&head, separator, &tail),
        None => head,
    }
}

/// Every spelling of `a` followed by every spelling of `b`, joined by `joint`.
fn joined(a: &[String], joint: &str, b: &[String]) -> Vec<String> {
    a.iter()
        .flat_map(|a| b.iter().map(move |b| format!("{a}{joint}{b}")))
        .collect()
}

/// The French spellings of `n` (0 to 999), words apart by a space.
fn french(n: u32) -> Vec<String> {
    const BELOW_SEVENTEEN: [&str; 17] = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize",
    ];
    fn below_twenty(n: u32) -> Vec<String> {
        match n {
            1 => strings(&["un", "une"]),
            0..=16 => strings(&[BELOW_SEVENTEEN[n as usize]]),
            _ => vec![format!("dix {}", BELOW_SEVENTEEN[n as usize - 10])],
        }
    }
    // Tens that add their units as twenty does: `vingt et un`, `vingt deux`.
    fn regular(tens: &str, units: u32) -> Vec<String> {
        match units {
            0 => strings(&[tens]),
            1 => vec![format!("{tens} et un"), format!("{tens} et une")],
            _ => joined(&strings(&[tens]), " ", &below_twenty(units)),
        }
    }
    fn below_hundred(n: u32) -> Vec<String> {
        let (tens, units) = (n / 10, n % 10);
        let mut out = match n {
            0..=19 => below_twenty(n),
            20..=69 => regular(
                ["vingt", "trente", "quarante", "cinquante", "soixante"][tens as usize - 2],
                units,
            ),
            // `soixante-dix`, `soixante et onze`, `soixante-douze`.
            70..=79 if units == 1 => strings(&["soixante et onze"]),
            70..=79 => joined(&strings(&["soixante"]), " ", &below_twenty(n - 60)),
            // `quatre-vingts`, `quatre-vingt-un` (no `et`), `quatre-vingt-dix`.
            80 => strings(&["quatre vingts", "quatre vingt"]),
            _ => joined(&strings(&["quatre vingt"]), " ", &below_twenty(n - 80)),
        };
        // Belgium and Switzerland: `septante`, `huitante` or `octante`, `nonante`.
        match tens {
            7 => out.extend(regular("septante", units)),
            8 => {
                out.extend(regular("huitante", units));
                out.extend(regular("octante", units));
            }
            9 => out.extend(regular("nonante", units)),
            _ => {}
        }
        out
    }
    let (hundreds, rest) = (n / 100, n % 100);
    let below = below_hundred(rest);
    match (hundreds, rest) {
        (0, _) => below,
        (1, 0) => strings(&["cent"]),
        (1, _) => joined(&strings(&["cent"]), " ", &below),
        // `deux cents`, and `deux cent` before `mille`.
        (_, 0) => joined(&below_twenty(hundreds), " ", &strings(&["cents", "cent"])),
        _ => joined(
            &joined(&below_twenty(hundreds), " ", &strings(&["cent"])),
            " ",
            &below,
        ),
    }
}

/// The Spanish spellings of `n` (0 to 999).
fn spanish(n: u32) -> Vec<String> {
    const BELOW_SIXTEEN: [&str; 16] = [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
        "once", "doce", "trece", "catorce", "quince",
    ];
    fn units(n: u32) -> Vec<String> {
        match n {
            1 => strings(&["uno", "un", "una"]),
            _ => strings(&[BELOW_SIXTEEN[n as usize]]),
        }
    }
    fn below_hundred(n: u32) -> Vec<String> {
        let (tens, unit) = (n / 10, n % 10);
        match n {
            1 => units(1),
            0..=15 => strings(&[BELOW_SIXTEEN[n as usize]]),
            16 => strings(&["dieciséis", "dieciseis"]),
            17 => strings(&["diecisiete"]),
            18 => strings(&["dieciocho"]),
            19 => strings(&["diecinueve"]),
            20 => strings(&["veinte"]),
            21 => strings(&["veintiuno", "veintiún", "veintiun", "veintiuna"]),
            22 => strings(&["veintidós", "veintidos"]),
            23 => strings(&["veintitrés", "veintitres"]),
            26 => strings(&["veintiséis", "veintiseis"]),
            24..=29 => vec![format!("veinti{}", BELOW_SIXTEEN[unit as usize])],
            _ => {
                let word = [
                    "treinta",
                    "cuarenta",
                    "cincuenta",
                    "sesenta",
                    "setenta",
                    "ochenta",
                    "noventa",
                ][tens as usize - 3];
                followed(strings(&[word]), " y ", (unit != 0).then(|| units(unit)))
            }
        }
    }
    let (hundreds, rest) = (n / 100, n % 100);
    let below = below_hundred(rest);
    let hundred: Vec<String> = match hundreds {
        0 => return below,
        1 if rest == 0 => return strings(&["cien"]),
        1 => strings(&["ciento"]),
        5 => strings(&["quinientos", "quinientas"]),
        7 => strings(&["setecientos", "setecientas"]),
        9 => strings(&["novecientos", "novecientas"]),
        _ => {
            let stem = BELOW_SIXTEEN[hundreds as usize];
            vec![format!("{stem}cientos"), format!("{stem}cientas")]
        }
    };
    followed(hundred, " ", (rest != 0).then_some(below))
}

/// The Portuguese spellings of `n` (0 to 999), of Brazil and of Portugal.
fn portuguese(n: u32) -> Vec<String> {
    fn units(n: u32) -> Vec<String> {
        match n {
            1 => strings(&["um", "uma"]),
            2 => strings(&["dois", "duas"]),
            3 => strings(&["três", "tres"]),
            _ => strings(&[["quatro", "cinco", "seis", "sete", "oito", "nove"][n as usize - 4]]),
        }
    }
    fn below_hundred(n: u32) -> Vec<String> {
        let (tens, unit) = (n / 10, n % 10);
        match n {
            0 => strings(&["zero"]),
            1..=9 => units(n),
            14 => strings(&["catorze", "quatorze"]),
            16 => strings(&["dezesseis", "dezasseis"]),
            17 => strings(&["dezessete", "dezassete"]),
            19 => strings(&["dezenove", "dezanove"]),
            10..=19 => strings(&[[
                "dez", "onze", "doze", "treze", "", "quinze", "", "", "dezoito",
            ][n as usize - 10]]),
            _ => {
                let word = [
                    "vinte",
                    "trinta",
                    "quarenta",
                    "cinquenta",
                    "sessenta",
                    "setenta",
                    "oitenta",
                    "noventa",
                ][tens as usize - 2];
                followed(strings(&[word]), " e ", (unit != 0).then(|| units(unit)))
            }
        }
    }
    let (hundreds, rest) = (n / 100, n % 100);
    let below = below_hundred(rest);
    let hundred: Vec<String> = match hundreds {
        0 => return below,
        1 if rest == 0 => return strings(&["cem"]),
        1 => strings(&["cento"]),
        _ => {
            let stem = [
                "duzent",
                "trezent",
                "quatrocent",
                "quinhent",
                "seiscent",
                "setecent",
                "oitocent",
                "novecent",
            ][hundreds as usize - 2];
            vec![format!("{stem}os"), format!("{stem}as")]
        }
    };
    followed(hundred, " e ", (rest != 0).then_some(below))
}

/// The Galician spellings of `n` (0 to 999): the units after the tens joined by `e`
/// (`vinte e un`, `trinta e dúas`), the rest after the hundreds with none (`cento vinte`,
/// `douscentos trinta e catro`), `cen` alone and `cento` before the rest, both genders
/// (`dous`, `dúas`, `douscentos`, `duascentas`), and `quiñentos` beside `cincocentos`.
fn galician(n: u32) -> Vec<String> {
    fn units(n: u32) -> Vec<String> {
        match n {
            1 => strings(&["un", "unha"]),
            2 => strings(&["dous", "dúas"]),
            _ => strings(&[
                ["tres", "catro", "cinco", "seis", "sete", "oito", "nove"][n as usize - 3]
            ]),
        }
    }
    fn below_hundred(n: u32) -> Vec<String> {
        let (tens, unit) = (n / 10, n % 10);
        match n {
            0 => strings(&["cero"]),
            1..=9 => units(n),
            10..=19 => strings(&[[
                "dez", "once", "doce", "trece", "catorce", "quince", "dezaseis", "dezasete",
                "dezaoito", "dezanove",
            ][n as usize - 10]]),
            _ => {
                let word = [
                    "vinte",
                    "trinta",
                    "corenta",
                    "cincuenta",
                    "sesenta",
                    "setenta",
                    "oitenta",
                    "noventa",
                ][tens as usize - 2];
                followed(strings(&[word]), " e ", (unit != 0).then(|| units(unit)))
            }
        }
    }
    let (hundreds, rest) = (n / 100, n % 100);
    let below = below_hundred(rest);
    let hundred: Vec<String> = match hundreds {
        0 => return below,
        1 if rest == 0 => return strings(&["cen"]),
        1 => strings(&["cento"]),
        2 => strings(&["douscentos", "duascentas"]),
        5 => strings(&["cincocentos", "cincocentas", "quiñentos", "quiñentas"]),
        _ => {
            let stem = ["tres", "catro", "", "seis", "sete", "oito", "nove"][hundreds as usize - 3];
            vec![format!("{stem}centos"), format!("{stem}centas")]
        }
    };
    followed(hundred, " ", (rest != 0).then_some(below))
}

/// The Italian spellings of `n` (0 to 999), one word: the vowel of the tens and of `cento`
/// falls before `uno` and `otto` (`ventuno`, `centottanta`, also written `centoottanta`),
/// and a final `tre` takes its accent (`ventitré`, also written `ventitre`).
fn italian(n: u32) -> Vec<String> {
    const BELOW_TWENTY: [&str; 20] = [
        "zero",
        "uno",
        "due",
        "tre",
        "quattro",
        "cinque",
        "sei",
        "sette",
        "otto",
        "nove",
        "dieci",
        "undici",
        "dodici",
        "tredici",
        "quattordici",
        "quindici",
        "sedici",
        "diciassette",
        "diciotto",
        "diciannove",
    ];
    const TENS: [&str; 8] = [
        "venti",
        "trenta",
        "quaranta",
        "cinquanta",
        "sessanta",
        "settanta",
        "ottanta",
        "novanta",
    ];
    // `head` and `tail` written as one word, the vowel of `head` falling before a vowel.
    fn compound(head: &str, tail: &str, elision_optional: bool) -> Vec<String> {
        let starts_with_vowel = tail.starts_with(['u', 'o']);
        let elided = format!("{}{tail}", &head[..head.len() - 1]);
        match (starts_with_vowel, elision_optional) {
            (false, _) => vec![format!("{head}{tail}")],
            (true, false) => vec![elided],
            (true, true) => vec![elided, format!("{head}{tail}")],
        }
    }
    fn below_hundred(n: u32) -> Vec<String> {
        let (tens, unit) = (n / 10, n % 10);
        match (n, unit) {
            (0..=19, _) => strings(&[BELOW_TWENTY[n as usize]]),
            (_, 0) => strings(&[TENS[tens as usize - 2]]),
            (_, 3) => {
                let tens = TENS[tens as usize - 2];
                vec![format!("{tens}tré"), format!("{tens}tre")]
            }
            _ => compound(TENS[tens as usize - 2], BELOW_TWENTY[unit as usize], false),
        }
    }
    let (hundreds, rest) = (n / 100, n % 100);
    if hundreds == 0 {
        return below_hundred(rest);
    }
    let hundred = match hundreds {
        1 => "cento".to_string(),
        _ => format!("{}cento", BELOW_TWENTY[hundreds as usize]),
    };
    if rest == 0 {
        return vec![hundred];
    }
    // `centotré` as `ventitré`.
    let rest = if rest == 3 {
        strings(&["tré", "tre"])
    } else {
        below_hundred(rest)
    };
    rest.iter()
        .flat_map(|tail| compound(&hundred, tail, true))
        .collect()
}

/// The German spellings of `n` (0 to 999), one word, with `ss` for `ß` as Switzerland
/// writes it and `ue`, `oe` for `ü`, `ö` as ASCII does (`dreissig`, `fuenf`, `zwoelf`).
fn german(n: u32) -> Vec<String> {
    const UNITS: [&str; 10] = [
        "", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
    ];
    const TEENS: [&str; 10] = [
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ];
    const TENS: [&str; 8] = [
        "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
    ];
    fn below_hundred(n: u32) -> String {
        let (tens, unit) = (n / 10, n % 10);
        match (n, unit) {
            (1, _) => "eins".to_string(),
            (0..=9, _) => UNITS[n as usize].to_string(),
            (10..=19, _) => TEENS[unit as usize].to_string(),
            (_, 0) => TENS[tens as usize - 2].to_string(),
            _ => format!("{}und{}", UNITS[unit as usize], TENS[tens as usize - 2]),
        }
    }
    let (hundreds, rest) = (n / 100, n % 100);
    let mut out = Vec::new();
    match (hundreds, rest) {
        (0, 0) => return out,
        (0, _) => out.push(below_hundred(rest)),
        _ => {
            let tail = if rest == 0 {
                String::new()
            } else {
                below_hundred(rest)
            };
            if hundreds == 1 {
                out.push(format!("hundert{tail}"));
            }
            out.push(format!("{}hundert{tail}", UNITS[hundreds as usize]));
        }
    }
    let ascii: Vec<String> = out
        .iter()
        .filter(|s| !s.is_ascii())
        .flat_map(|s| {
            [
                s.replace('ß', "ss"),
                s.replace('ß', "ss").replace('ü', "ue").replace('ö', "oe"),
            ]
        })
        .collect();
    out.extend(ascii);
    out.dedup();
    out
}

/// The Dutch spellings of `n` (1 to 999), one word: the units before the tens, joined by
/// `en`, written `ën` after an `e` (`eenentwintig`, `tweeëntwintig`, also written
/// `tweeentwintig`).
fn dutch(n: u32) -> Vec<String> {
    const UNITS: [&str; 10] = [
        "", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
    ];
    const TEENS: [&str; 10] = [
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
    ];
    const TENS: [&str; 8] = [
        "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
    ];
    fn below_hundred(n: u32, alone: bool) -> Vec<String> {
        let (tens, unit) = (n / 10, n % 10);
        match (n, unit) {
            (1, _) if alone => strings(&["één", "eén"]),
            (0..=9, _) => strings(&[UNITS[n as usize]]),
            (10..=19, _) => strings(&[TEENS[unit as usize]]),
            (_, 0) => strings(&[TENS[tens as usize - 2]]),
            _ => {
                let units = UNITS[unit as usize];
                let tens = TENS[tens as usize - 2];
                if units.ends_with('e') {
                    vec![format!("{units}ën{tens}"), format!("{units}en{tens}")]
                } else {
                    vec![format!("{units}en{tens}")]
                }
            }
        }
    }
    let (hundreds, rest) = (n / 100, n % 100);
    match (hundreds, rest) {
        (0, 0) => Vec::new(),
        (0, _) => below_hundred(rest, true),
        _ => {
            let head = match hundreds {
                1 => "honderd".to_string(),
                _ => format!("{}honderd", UNITS[hundreds as usize]),
            };
            if rest == 0 {
                vec![head]
            } else {
                joined(&[head], "", &below_hundred(rest, false))
            }
        }
    }
}
