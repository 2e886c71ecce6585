//! The unit check as a whole: quotes and claims in, findings out.

use super::{
    LONGEST_WORD, UnitWords, figure_spans, find_word, grouped_otherwise, in_lowercase, leads_away,
    looks_plural, occurrences, singular_unit, stem_of, window_end,
};
use crate::quantity::Quantity;
use proptest::prelude::*;
use std::borrow::Cow;

#[test]
fn the_unit_of_a_figure_in_unspaced_text_is_looked_for_in_its_first_characters() {
    // A sentence of Chinese is one word to its end; its unit follows the figure.
    let text = format!("拨款1200万美元{}。", "用于学校".repeat(10_000));
    let from = text.find('美').unwrap();
    let end = window_end(&text, from);
    assert!(end - from <= LONGEST_WORD, "{}", end - from);
    assert!(text[from..end].starts_with("美元"));
}
proptest! {
    #[test]
    fn prop_occurrences_are_those_of_match_indices(
        text in "[ab é,.]{0,24}",
        word in "[ab é]{1,4}",
    ) {
        let expected: Vec<usize> = text.match_indices(word.as_str()).map(|(at, _)| at).collect();
        prop_assert_eq!(occurrences(&text, &word).collect::<Vec<_>>(), expected);
    }
}

proptest! {
    /// The lookup by first word finds what searching for every phrase finds: the
    /// earliest plural of another unit, of those the longest, and of those the first
    /// unit in name order.
    #[test]
    fn prop_the_other_unit_is_the_earliest_plural_of_any_unit(
        words in proptest::collection::vec(
            "(dollars|km|kilometres|sq|km²|grams|per|litre|villages|kilowatt-hours|us|of|,|12)",
            0..8,
        ),
        own in "(gram per litre|dollar|kilometre|village)",
    ) {
        let units = UnitWords::of_names(["dollar", "gram", "gram per litre", "village"]);
        let window = words.join(" ");
        let expected = units
            .units
            .iter()
            .filter(|other| find_word(&own, &other.lower).is_none())
            .flat_map(|other| {
                other.plurals.iter().filter_map(|phrase| {
                    find_word(&window, phrase)
                        .map(|at| (other.name.as_str(), at..at + phrase.len()))
                })
            })
            .min_by_key(|(_, found)| (found.start, std::cmp::Reverse(found.end)));
        prop_assert_eq!(units.other_plural_in(&window, &own, window.len()), expected);
    }
}

#[test]
fn a_figure_is_found_in_another_notation_and_with_its_thousands_grouped_otherwise() {
    let value = |text: &str| Quantity::parse(text).expect("a figure");
    let after = |quote: &str, figure: &str| -> Vec<String> {
        figure_spans(quote, &value(figure))
            .into_iter()
            .map(|span| quote[span.end..].to_string())
            .collect()
    };
    assert_eq!(after("27 208 villages", "27,208"), [" villages"]);
    assert_eq!(after("27.208 Dörfer", "27208"), [" Dörfer"]);
    assert_eq!(after("27\u{202f}208,5 hectares", "27,208.5"), [" hectares"]);
    assert_eq!(
        after("1\u{202f}079\u{202f}498 foyers", "1,079,498"),
        [" foyers"]
    );
    assert_eq!(after("3,290,000 people", "3.29 million"), [" people"]);
    assert_eq!(after("three regions and 3 counties", "3"), [" counties"]);
    assert_eq!(
        after("one of the regions", "1"),
        Vec::<String>::new(),
        "words are prose"
    );
    assert_eq!(after("127 208 villages", "27208"), Vec::<String>::new());
    assert_eq!(after("3 200 000 villages", "200,000"), Vec::<String>::new());
    assert_eq!(after("3,200,000 villages", "200,000"), Vec::<String>::new());
    assert_eq!(
        after("200 000 villages, 3 regions", "200,000"),
        [" villages, 3 regions"]
    );
    let spelled = |notation: &str| -> Vec<String> {
        grouped_otherwise(notation)
            .into_iter()
            .map(|spelling| spelling.text)
            .collect()
    };
    assert_eq!(
        spelled("1,079,498.5")[1..],
        [
            "1 079 498,5",
            "1 079 498.5",
            "1\u{a0}079\u{a0}498,5",
            "1\u{a0}079\u{a0}498.5",
            "1\u{202f}079\u{202f}498,5",
            "1\u{202f}079\u{202f}498.5",
            "1\u{2009}079\u{2009}498,5",
            "1\u{2009}079\u{2009}498.5",
            "1.079.498,5",
            "1'079'498.5",
            "1\u{2019}079\u{2019}498.5"
        ]
    );
    assert_eq!(spelled("27208"), ["27208"]);
    assert_eq!(spelled("3.29 million"), ["3.29 million"]);
}

/// The citation checks of a project of one claim `value`/`unit` quoting `quote`, whose
/// article is the quote.
fn checked(quote: &str, value: &str, unit: &str) -> crate::check::Outcome {
    let claims = format!(
        "source: article\nclaims:\n  - {{ id: c, quote: \"{quote}\", subject: Gansu, metric: m, value: \"{value}\", unit: {unit} }}\n"
    );
    let article = format!("{quote}.");
    crate::testing::check_citations(&[
        ("claims/c.yaml", &claims),
        ("sources/article.txt", &article),
    ])
}

/// The codes a project of one claim `value`/`unit` quoting `quote` gets.
fn judged(quote: &str, value: &str, unit: &str) -> Vec<crate::codes::Code> {
    crate::testing::citation_codes(&checked(quote, value, unit))
}

/// What the CC205 of a claim `value`/`unit` quoting `quote` says the quote says.
fn said(quote: &str, value: &str, unit: &str) -> String {
    let outcome = checked(quote, value, unit);
    let finding = outcome
        .diagnostics
        .iter()
        .find(|d| d.code == crate::codes::Code::UnitNotInQuote)
        .expect("a CC205");
    let (_, says) = finding
        .message
        .split_once("its quote says ")
        .expect("CC205 says what its quote says");
    says.split(" (").next().unwrap_or(says).to_string()
}

/// The codes a claim in `unit` gets from `quote`, beside a claim that counts `other`
/// (so that the project uses that unit too).
fn judged_beside(quote: &str, value: &str, unit: &str, other: &str) -> Vec<crate::codes::Code> {
    let claims = format!(
        "source: article\nclaims:\n  - {{ id: c, quote: \"{quote}\", subject: Gansu, metric: m, value: \"{value}\", unit: {unit} }}\n  - {{ id: d, quote: \"75\", subject: Gansu, metric: n, value: 75, unit: {other} }}\n"
    );
    let article = format!("{quote}. 75.");
    let outcome = crate::testing::check_citations(&[
        ("claims/c.yaml", &claims),
        ("sources/article.txt", &article),
    ]);
    crate::testing::citation_codes(&outcome)
}

#[test]
fn measures_named_in_other_languages_state_and_name_their_measure() {
    use crate::codes::Code::UnitNotInQuote;
    for (quote, own, other, says) in [
        (
            "Le réseau compte 35 kilomètres de pistes",
            "km",
            "mile",
            "kilomètres",
        ),
        (
            "La red tiene 35 kilómetros de carriles",
            "kilometre",
            "mile",
            "kilómetros",
        ),
        (
            "A rede tem 35 quilômetros de ciclovias",
            "km",
            "mile",
            "quilômetros",
        ),
        (
            "A rede tem 35 quilómetros de ciclovias",
            "km",
            "mile",
            "quilómetros",
        ),
        (
            "La rete conta 35 chilometri di piste",
            "km",
            "mile",
            "chilometri",
        ),
        (
            "Die Strecke ist 35 Kilometer lang",
            "km",
            "mile",
            "Kilometer",
        ),
        (
            "Het netwerk telt 35 kilometer fietspad",
            "km",
            "mile",
            "kilometer",
        ),
        ("Il parco copre 35 ettari", "hectare", "acre", "ettari"),
        (
            "El viñedo ocupa 35 hectáreas",
            "hectare",
            "acre",
            "hectáreas",
        ),
        ("Der Park hat 35 Hektar", "hectare", "acre", "Hektar"),
        (
            "On a collecté 35 tonnes de déchets",
            "tonne",
            "kg",
            "tonnes",
        ),
        (
            "Se recogieron 35 toneladas de basura",
            "tonne",
            "kg",
            "toneladas",
        ),
        (
            "Sono state raccolte 35 tonnellate",
            "tonne",
            "kg",
            "tonnellate",
        ),
        (
            "Es wurden 35 Tonnen Müll gesammelt",
            "tonne",
            "kg",
            "Tonnen",
        ),
        ("Il pèse 35 kilogrammes", "kg", "pound", "kilogrammes"),
        ("Pesa 35 chilogrammi", "kg", "pound", "chilogrammi"),
        (
            "On a distribué 35 litres d'eau",
            "litre",
            "gallon",
            "litres",
        ),
        (
            "Se repartieron 35 litros de agua",
            "litre",
            "gallon",
            "litros",
        ),
        ("Es gab 35 Liter Wasser", "litre", "gallon", "Liter"),
        ("Le mur fait 35 mètres", "metre", "foot", "mètres"),
        ("Il muro è lungo 35 metri", "metre", "foot", "metri"),
        (
            "Le parc couvre 35 kilomètres carrés",
            "km2",
            "hectare",
            "kilomètres carrés",
        ),
        (
            "El parque cubre 35 kilómetros cuadrados",
            "square kilometre",
            "km",
            "kilómetros cuadrados",
        ),
        (
            "O apartamento tem 35 metros quadrados",
            "m2",
            "hectare",
            "metros quadrados",
        ),
        (
            "Die Wohnung hat 35 Quadratmeter",
            "m2",
            "hectare",
            "Quadratmeter",
        ),
    ] {
        assert_eq!(judged(quote, "35", own), [], "{quote} states {own}");
        assert_eq!(
            judged(quote, "35", other),
            [UnitNotInQuote],
            "{quote} is no {other}"
        );
        assert_eq!(said(quote, "35", other), says, "{quote}");
    }
    // A claim's unit written in one of those languages is its measure.
    assert_eq!(judged("The trail runs 35 km", "35", "kilomètre"), []);
    assert_eq!(
        judged("The trail runs 35 miles", "35", "kilomètre"),
        [UnitNotInQuote]
    );
    // What a figure counts beside its measure is no count of it.
    assert_eq!(
        judged("Le réseau compte 35 kilomètres de pistes", "35", "piste"),
        [UnitNotInQuote]
    );
}

#[test]
fn a_measure_in_another_language_is_no_other_unit_than_a_rate_or_area_of_it() {
    for (quote, own) in [
        // A rate of the measure the quote writes in another language, with words for
        // per that the check does not read: nothing to judge.
        ("On roule 35 kilomètres par jour", "km per day"),
        ("Die Züge fahren 35 Kilometer pro Stunde", "km/h"),
        // The English meter that counts gas or parking, the Dutch meter beside it.
        ("The city hired 35 meter readers", "reader"),
        // A singular of those languages names its measure only after one: an English
        // metro is a railway.
        ("The city has 35 metro stations", "station"),
    ] {
        assert_eq!(judged(quote, "35", own), [], "{quote} for {own}");
    }
}

#[test]
fn currencies_named_in_other_languages_state_and_name_their_currency() {
    use crate::codes::Code::UnitNotInQuote;
    for (quote, value, own, other) in [
        (
            "El plan cuesta 30 millones de dólares",
            "30 million",
            "dollar",
            "euro",
        ),
        (
            "Расходы составили 1,2 млрд рублей",
            "1.2 billion",
            "ruble",
            "dollar",
        ),
        (
            "Расходы составили 1,2 млрд рублей",
            "1.2 billion",
            "рубль",
            "dollar",
        ),
        (
            "بلغت الصادرات 2.5 مليار دولار",
            "2.5 billion",
            "dollar",
            "euro",
        ),
        (
            "सरकार ने 1,200 करोड़ रुपये खर्च किए",
            "12 billion",
            "rupee",
            "dollar",
        ),
        ("διέθεσε 2,5 δισ. ευρώ", "2.5 billion", "euro", "dollar"),
        (
            "gastou 3 bilhões de reais",
            "3 billion",
            "Brazilian real",
            "dollar",
        ),
        (
            "Kosten von 5 Millionen Franken",
            "5 million",
            "franc",
            "euro",
        ),
    ] {
        assert_eq!(judged(quote, value, own), [], "{quote}");
        assert_eq!(judged(quote, value, other), [UnitNotInQuote], "{quote}");
    }
    // A country's dollar is stated by the dollar of another language, as by "dollars".
    assert_eq!(
        judged("30 millones de dólares australianos", "30 million", "AUD"),
        []
    );
    assert_eq!(
        judged("El plan cuesta 5 millones de rupias", "5 million", "rupiah"),
        []
    );
    // A claim in a currency named in another language is judged as that currency.
    assert_eq!(
        judged(
            "Расходы составили 1,2 млрд долларов",
            "1.2 billion",
            "рубль"
        ),
        [UnitNotInQuote]
    );
    // Not the Portuguese singular `real`, an English adjective after a figure.
    assert_eq!(judged("He saw 5 real problems", "5", "problem"), []);
}

#[test]
fn the_first_figure_of_a_range_has_the_unit_written_after_the_second() {
    use crate::codes::Code::UnitNotInQuote;
    for quote in [
        "Prices rose 12-15 yuan",
        "Prices rose 12–15 yuan",
        "Prices rose 12 to 15 yuan",
        "Prices rose 12 or 15 yuan",
        "between 12 and 15 million yuan",
    ] {
        let value = if quote.contains("million") {
            "12 million"
        } else {
            "12"
        };
        assert_eq!(judged(quote, value, "dollar"), [UnitNotInQuote], "{quote}");
        assert_eq!(judged(quote, value, "yuan"), [], "{quote}");
    }
    assert_eq!(
        judged("von 12 bis 15 Euro", "12", "dollar"),
        [UnitNotInQuote]
    );
    // A negative amount's currency sign stands after its minus sign.
    assert_eq!(
        judged("Net flows were -$5 million", "-5 million", "euro"),
        [UnitNotInQuote]
    );
    assert_eq!(
        judged("Net flows were −€5 million", "-5 million", "euro"),
        []
    );
    assert_eq!(
        said("Net flows were −€5 million", "-5 million", "dollar"),
        "−€5 million"
    );
    // A unit of the first figure's own is its unit; years make no range of amounts.
    assert_eq!(judged("12 € bis 15 € pro Stück", "12", "euro"), []);
    assert_eq!(judged("3 of 15 yuan coins", "3", "coin"), []);
    assert_eq!(
        judged("In 2019 and 2020 yuan deposits rose", "2019", "year"),
        []
    );
}

#[test]
fn plurals_other_languages_form_of_another_unit_are_findings() {
    use crate::codes::Code::UnitNotInQuote;
    for (quote, other) in [
        ("In Hessen gibt es 21 Landkreise", "Landkreis"),
        ("13 Kliniken", "Klinik"),
        ("5 Krankenhäuser", "Krankenhaus"),
        ("4 Städte", "Stadt"),
        ("12 hôpitaux", "hôpital"),
        ("7 comuni", "comune"),
        ("3 regiões", "região"),
        ("9 ziekenhuizen", "ziekenhuis"),
        ("6 gemeenten", "gemeente"),
    ] {
        let unit = "Gemeinde";
        let figure = quote
            .split_whitespace()
            .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap();
        assert_eq!(
            judged_beside(quote, figure, unit, other),
            [UnitNotInQuote],
            "{quote}"
        );
        // The claim in that unit is stated by the same words.
        assert_eq!(judged_beside(quote, figure, other, unit), [], "{quote}");
    }
    // Not a plural of the other unit: endings that make other words, and units too
    // short to tell.
    assert_eq!(judged_beside("12 golden medals", "12", "medal", "gold"), []);
    assert_eq!(judged_beside("4 wardens", "4", "guard", "ward"), []);
    assert_eq!(
        judged_beside("21 gemeinsame Projekte", "21", "Projekt", "Gemeinde"),
        []
    );
    assert_eq!(
        judged_beside("8 Landkreise", "8", "Landkreis", "Kreis"),
        [],
        "its own unit"
    );
}

#[test]
fn a_singular_of_another_language_after_a_figure_other_than_one_counts_nothing() {
    use crate::codes::Code::UnitNotInQuote;
    // The year the figure is dated by is not what it counts, in German as in English.
    assert_eq!(
        judged_beside("nach 2,3 Mio. im Jahr 2022", "2.3 million", "Fahrt", "Jahr"),
        []
    );
    assert_eq!(
        judged_beside(
            "after 2.3 million in the year 2022",
            "2.3 million",
            "trip",
            "year"
        ),
        []
    );
    assert_eq!(
        judged_beside("12 im Landkreis Kassel", "12", "Gemeinde", "Landkreis"),
        []
    );
    assert_eq!(
        judged_beside("12 caminhão novo", "12", "trator", "caminhão"),
        []
    );
    // After one, a singular that ends its phrase is still the figure's unit.
    assert_eq!(
        judged_beside("nach 1 Jahr", "1", "Fahrt", "Jahr"),
        [UnitNotInQuote]
    );
    // Words their languages keep in the plural, and currencies, still name their unit.
    for (quote, other) in [
        ("Es gab 300 Einwohner", "Einwohner"),
        ("Es waren 300 Kilometer", "Kilometer"),
        ("Es waren 300 Hektar", "Hektar"),
        ("Es kostete 300 Euro", "Euro"),
        ("Il y a 300 pays", "pays"),
        ("Ci sono 300 città", "città"),
    ] {
        assert_eq!(
            judged_beside(quote, "300", "Fahrt", other),
            [UnitNotInQuote],
            "{quote}"
        );
    }
    // The plural of a German unit is found by its ending, as before.
    assert_eq!(
        judged_beside(
            "In Hessen gibt es 21 Landkreise",
            "21",
            "Gemeinde",
            "Landkreis"
        ),
        [UnitNotInQuote]
    );
}

#[test]
fn a_figure_a_preposition_attaches_to_something_else_has_no_unit_after_it() {
    use crate::codes::Code::UnitNotInQuote;
    assert_eq!(
        judged_beside(
            "davon entfallen 830 auf Frankfurt und 390 auf die übrigen Kommunen",
            "390",
            "Platz",
            "Kommune"
        ),
        []
    );
    assert_eq!(
        judged_beside(
            "830 went to Frankfurt and 390 to the other municipalities",
            "390",
            "place",
            "municipality"
        ),
        []
    );
    for (quote, other) in [
        ("390 for the villages", "village"),
        ("390 into villages", "village"),
        ("390 towards the villages", "village"),
        ("390 für die Kommunen", "Kommune"),
        ("390 zu den Gemeinden", "Gemeinde"),
        ("390 nach Gemeinden", "Gemeinde"),
        ("390 pour les communes", "commune"),
        ("390 aux communes", "commune"),
        ("390 vers les communes", "commune"),
        ("390 para los municipios", "municipio"),
        ("390 hacia las provincias", "provincia"),
        ("390 aos municípios", "município"),
        ("390 ai comuni", "comune"),
    ] {
        assert_eq!(judged_beside(quote, "390", "school", other), [], "{quote}");
        // Right after the figure, the noun is its unit.
        let (_, noun) = quote.rsplit_once(' ').unwrap_or_default();
        let unattached = format!("390 {noun}");
        assert_eq!(
            judged_beside(&unattached, "390", "school", other),
            [UnitNotInQuote],
            "{unattached}"
        );
    }
    // The words that join a figure to its unit, or a rate to what it is per, are no
    // such prepositions.
    assert_eq!(
        judged("3 millones de euros", "3 million", "dollar"),
        [UnitNotInQuote]
    );
    assert_eq!(judged("80 dollars a barrel", "80", "USD per barrel"), []);
    assert_eq!(judged("5 dollars per kg", "5", "dollar per kg"), []);
    assert_eq!(judged("8 euro per person", "8", "person"), [UnitNotInQuote]);
    assert_eq!(
        judged("300 yuan per household", "300", "household"),
        [UnitNotInQuote]
    );
    assert_eq!(judged("12 to 15 yuan", "12", "dollar"), [UnitNotInQuote]);
    assert_eq!(
        judged("390 villages to the north", "390", "county"),
        [UnitNotInQuote]
    );
    // A currency sign by the figure is still its currency.
    assert_eq!(
        judged("$390 to the villages", "390", "euro"),
        [UnitNotInQuote]
    );
    assert_eq!(
        judged("390 € pour les écoles", "390", "dollar"),
        [UnitNotInQuote]
    );
}

#[test]
fn a_word_is_copied_into_lowercase_only_when_a_letter_changes() {
    for word in ["in", "agli", "às", "für", "12", "l'"] {
        assert!(
            matches!(in_lowercase(word), Cow::Borrowed(w) if w == word),
            "{word}"
        );
    }
    for (word, lower) in [("In", "in"), ("ÀS", "às"), ("Für", "für"), ("ǅ", "ǆ")] {
        assert!(
            matches!(in_lowercase(word), Cow::Owned(w) if w == lower),
            "{word}"
        );
    }
    assert!(leads_away("In", None));
    assert!(leads_away("Per", Some("Il")));
    assert!(!leads_away("Per", Some("chilo")));
    assert!(leads_away("an", Some("Die")));
    assert!(!leads_away("an", Some("hour")));
}

#[test]
fn a_preposition_after_the_figure_s_words_leads_away_from_its_unit() {
    // Found from outside, in English, Italian and Portuguese: a noun after the figure,
    // a word or two and a preposition was read as its unit.
    use crate::codes::Code::UnitNotInQuote;
    for (quote, value, unit, other) in [
        ("700,000 in towns", "700,000", "person", "town"),
        ("300,000 living in villages", "300,000", "person", "village"),
        ("5,000 in villages were poor", "5,000", "person", "village"),
        ("390 went to municipalities", "390", "grant", "municipality"),
        (
            "1.9 billion went to hospitals",
            "1.9 billion",
            "euro",
            "hospital",
        ),
        (
            "1,9 miliardi andranno agli ospedali",
            "1.9 billion",
            "euro",
            "ospedale",
        ),
        (
            "12 milioni destinati ai comuni",
            "12 million",
            "euro",
            "comune",
        ),
        (
            "12 milioni ripartiti tra i comuni",
            "12 million",
            "euro",
            "comune",
        ),
        ("12 milioni alle scuole", "12 million", "euro", "scuola"),
        ("12 milioni per i comuni", "12 million", "euro", "comune"),
        (
            "12 milhões entre os municípios",
            "12 million",
            "real",
            "município",
        ),
        (
            "12 Millionen an die Kommunen",
            "12 million",
            "euro",
            "Kommune",
        ),
    ] {
        assert_eq!(judged_beside(quote, value, unit, other), [], "{quote}");
    }
    // What the figure counts, before the preposition, is still its unit; so is the
    // currency a sum is stated in after `in`.
    assert_eq!(
        judged_beside("700,000 towns in the valley", "700,000", "person", "town"),
        [UnitNotInQuote]
    );
    assert_eq!(
        judged("3 billion in US dollars", "3 billion", "yuan"),
        [UnitNotInQuote]
    );
    assert_eq!(judged("3 billion in yuan", "3 billion", "yuan"), []);
}

#[test]
fn the_swiss_franc_is_written_fr_with_its_point_and_capital() {
    use crate::codes::Code::UnitNotInQuote;
    for (quote, value) in [
        ("Winterthur erhält Fr. 6,2 Mio.", "6.2 million"),
        ("Der Kanton zahlt 2 Mia. Fr. für Strassen", "2 billion"),
        ("Bülach erhält 450'000 Fr.", "450,000"),
    ] {
        assert_eq!(judged(quote, value, "euro"), [UnitNotInQuote], "{quote}");
        for unit in ["CHF", "Swiss franc", "franc"] {
            assert_eq!(judged(quote, value, unit), [], "{quote} {unit}");
        }
    }
    assert_eq!(
        said("Winterthur erhält Fr. 6,2 Mio.", "6.2 million", "euro"),
        "Fr. 6,2 Mio."
    );
    // Not in lowercase, nor without its point; nor, as letters, for a claim of no money.
    assert_eq!(judged("Il a reçu 500 fr. de plus", "500", "euro"), []);
    assert_eq!(judged("Gruppe Fr 500 erhält", "500", "euro"), []);
    assert_eq!(judged("Am Fr. 12 Teilnehmer", "12", "Teilnehmer"), []);
}

#[test]
fn portuguese_plurals_state_their_unit_and_name_it() {
    use crate::codes::Code::{UnitNotInQuote, UnitVariant};
    // A claim that writes the plural is read as the singular the other writes, and
    // the quote's plural states it.
    let claims = "source: article\nclaims:\n  - { id: c1, quote: \"Em outubro eram 6.500 caminhões\", subject: Gansu, metric: m1, value: \"6,500\", unit: caminhões }\n  - { id: c2, quote: \"A operação usa 6.840 caminhões\", subject: Gansu, metric: m2, value: \"6,840\", unit: caminhão }\n";
    let article = "A operação usa 6.840 caminhões. Em outubro eram 6.500 caminhões.";
    let outcome = crate::testing::check_citations(&[
        ("claims/c.yaml", claims),
        ("sources/article.txt", article),
    ]);
    assert_eq!(crate::testing::citation_codes(&outcome), []);
    assert!(outcome.diagnostics.iter().any(|d| d.code == UnitVariant));
    // A plural of a unit too short for its endings to be compared names it.
    assert_eq!(
        judged_beside("Foram 12 pães", "12", "trator", "pão"),
        [UnitNotInQuote]
    );
    assert_eq!(judged_beside("Foram 12 pães", "12", "pão", "trator"), []);
    assert_eq!(
        judged_beside("Foram 12 hotéis", "12", "hotel", "trator"),
        []
    );
    assert_eq!(
        judged_beside("Foram 12 hotéis", "12", "trator", "hotel"),
        [UnitNotInQuote]
    );
}

#[test]
fn a_capitalised_english_unit_is_stated_by_its_english_plural() {
    use crate::codes::Code::UnitNotInQuote;
    assert_eq!(
        judged_beside(
            "They found 12 people households",
            "12",
            "Person",
            "household"
        ),
        []
    );
    assert_eq!(
        judged_beside("12 families moved", "12", "Family", "household"),
        []
    );
    assert_eq!(
        judged_beside("12 households moved", "12", "Family", "household"),
        [UnitNotInQuote]
    );
}

#[test]
fn a_currency_sign_after_the_figure_states_its_currency() {
    use crate::codes::Code::UnitNotInQuote;
    // Read with a scale abbreviation (`12 M€`), or after the figure (`12 €`).
    for (quote, value) in [
        ("La commune a reçu 12 M€ de l’État", "12 million"),
        ("Le projet coûte 1,2 Md€", "1.2 billion"),
        ("Le plan atteint 3 Mds€", "3 billion"),
        ("Der Bund gibt 3 Mrd € aus", "3 billion"),
        ("Le réseau coûte 3 G€", "3 billion"),
        ("Le billet coûte 12 € par mois", "12"),
    ] {
        assert_eq!(judged(quote, value, "euro"), [], "{quote}");
        assert_eq!(judged(quote, value, "dollar"), [UnitNotInQuote], "{quote}");
    }
    // The dollar sign after a scale abbreviation, as Quebec writes it.
    for (quote, value) in [
        ("La ville a reçu 12 M$ d’Ottawa", "12 million"),
        ("Le projet coûte 1,2 Md$", "1.2 billion"),
        ("LE PLAN ATTEINT 3 MDS$", "3 billion"),
        ("un budget de 450 k$", "450,000"),
        ("la Ville investit 1,2 G$ dans le métro", "1.2 billion"),
    ] {
        assert_eq!(judged(quote, value, "dollar"), [], "{quote}");
        assert_eq!(judged(quote, value, "euro"), [UnitNotInQuote], "{quote}");
    }
    // A sign before the next figure is that figure's.
    assert_eq!(judged("12 fondi, € 15 milioni", "12", "dollar"), []);
    assert_eq!(judged("12 € 15", "12", "dollar"), []);
}

#[test]
fn a_currency_written_in_letters_states_its_currency() {
    use crate::codes::Code::UnitNotInQuote;
    for (quote, unit) in [
        ("It cost Rs 500", "rupee"),
        ("It cost Rs. 500", "rupee"),
        ("It cost Rs500", "rupee"),
        ("It cost RM 500", "ringgit"),
        ("It cost Rp 500", "rupiah"),
        ("It cost KSh 500", "shilling"),
        ("It cost Tk 500", "taka"),
        ("It cost 500 zł.", "zloty"),
        ("It cost 500 TL", "lira"),
        ("It cost ₺500", "lira"),
        ("It cost 500 руб.", "ruble"),
        ("It cost ₪500", "shekel"),
        ("It cost NIS 500", "shekel"),
        ("It cost GH¢500", "cedi"),
        ("It cost ₴500", "hryvnia"),
    ] {
        assert_eq!(judged(quote, "500", unit), [], "{quote}");
        assert_eq!(judged(quote, "500", "dollar"), [UnitNotInQuote], "{quote}");
    }
    for quote in [
        "The fee is Ksh.500",
        "The fee is Kshs 500",
        "It cost Rs\u{2009}500",
        "It cost 500 грн",
        "It cost 500 Kč",
        "It cost 500 Ft",
    ] {
        assert_eq!(judged(quote, "500", "dollar"), [UnitNotInQuote], "{quote}");
    }
    // Not a single letter, nor letters ending a word, nor feet in lowercase.
    assert_eq!(judged("It took the R 500 road", "500", "dollar"), []);
    assert_eq!(judged("the HRs 500 series", "500", "dollar"), []);
    assert!(super::money::currency_sign_after("It is 500 ft high", 6..9).is_none());
    assert!(super::money::currency_sign_after("It cost 500 Ft", 8..11).is_some());
    // A currency named with its country is judged by the signs of the one it names.
    assert_eq!(judged("It cost Rs 500", "500", "Indian rupee"), []);
    assert_eq!(judged("It cost ₹500", "500", "Indian rupee"), []);
    assert_eq!(
        judged("It cost $500", "500", "Indian rupee"),
        [UnitNotInQuote]
    );
    assert_eq!(
        judged("It cost ₪500", "500", "Jordanian dinar"),
        [UnitNotInQuote]
    );
    // `$` is the peso's sign as much as the dollar's; `US$` is the dollar's alone.
    for unit in ["peso", "Argentine peso", "Mexican peso", "ARS"] {
        assert_eq!(
            judged("aportarán $ 12 millones", "12 million", unit),
            [],
            "{unit}"
        );
        assert_eq!(
            judged("aportarán US$ 12 millones", "12 million", unit),
            [UnitNotInQuote],
            "{unit}"
        );
    }
    assert_eq!(judged("It cost $500", "500", "km"), [UnitNotInQuote]);
}

#[test]
fn every_sign_that_ends_in_no_capital_is_looked_for_after_its_last_letter() {
    for (sign, _) in crate::quantity::CURRENCY_SIGNS {
        let last = sign.chars().next_back().unwrap_or_default();
        if last.is_alphanumeric() && !last.is_ascii_uppercase() {
            assert!(
                super::money::LOWERCASE_SIGN_ENDINGS.contains(&last),
                "{sign}"
            );
        }
    }
}

#[test]
fn a_rate_of_money_is_in_the_currency_its_sign_writes() {
    use crate::codes::Code::UnitNotInQuote;
    assert_eq!(
        judged("Oil sold at €80 a barrel", "80", "euro per barrel"),
        []
    );
    assert_eq!(
        judged("Oil sold at $80 a barrel", "80", "dollar per barrel"),
        []
    );
    assert_eq!(
        judged("Oil sold at A$80 a barrel", "80", "dollar per barrel"),
        []
    );
    assert_eq!(
        judged("Oil sold at $80 a barrel", "80", "euro per barrel"),
        [UnitNotInQuote]
    );
    assert_eq!(
        judged("Diesel costs Rs. 95 a litre", "95", "euro per litre"),
        [UnitNotInQuote]
    );
    // A rate of something else is money by its sign, as any figure of a claim that
    // counts no money.
    assert_eq!(
        judged("It paid $80 a day", "80", "hour per day"),
        [UnitNotInQuote]
    );
    // A rate written with a slash, a code or in capitals is one too.
    for unit in ["euro/barrel", "EUR/bbl", "EURO PER BARREL"] {
        assert_eq!(
            judged("Oil sold at $80 a barrel", "80", unit),
            [UnitNotInQuote],
            "{unit}"
        );
    }
    // What the rate is per, after a sign that writes its currency, by any of its names.
    for (quote, value, unit) in [
        ("Rice costs $5 per kg", "5", "dollar per kg"),
        ("Gold hit $2,000/oz", "2,000", "dollar per oz"),
        (
            "Power costs €0.30 per kWh",
            "0.30",
            "euro per kilowatt hour",
        ),
        ("Taxis charge Rs 20 per km", "20", "rupee per km"),
        // And the currency's other names, joined by a slash or `a`.
        ("Rice costs 5 dollars/kg", "5", "dollar per kg"),
        (
            "Brent traded at 80 dollars a barrel",
            "80",
            "USD per barrel",
        ),
        ("It cost 500 rupees a day", "500", "INR per day"),
    ] {
        assert_eq!(judged(quote, value, unit), [], "{quote}");
    }
    // A rate of one currency per another is judged by the one it counts, not by the one
    // it is per.
    for (quote, value, unit) in [
        ("The dollar rose to ¥150", "150", "yen per dollar"),
        ("The euro fell to $1.05", "1.05", "dollar per euro"),
        ("It traded at Rs 83 to the dollar", "83", "rupee per dollar"),
    ] {
        assert_eq!(judged(quote, value, unit), [], "{quote}");
    }
    assert_eq!(
        judged("The dollar rose to €150", "150", "yen per dollar"),
        [UnitNotInQuote]
    );
    // Another currency before what it is per is still another unit.
    for quote in ["It cost 80 euros per kg", "It cost 80 euros a kg"] {
        assert_eq!(
            judged(quote, "80", "dollar per kg"),
            [UnitNotInQuote],
            "{quote}"
        );
    }
}

#[test]
fn coins_are_their_own_unit() {
    use crate::codes::Code::UnitNotInQuote;
    // A coin counts the figure, whether named, signed or written onto it.
    for (quote, value, unit, says) in [
        ("A stamp costs 55 cents", "55", "dollar", "cents"),
        ("Bread costs 80 pence", "80", "pound", "pence"),
        ("Bread costs 80p now", "80", "pound", "80p"),
        ("It costs 99¢ now", "99", "dollar", "99¢"),
        ("It sells for 50 centavos", "50", "peso", "centavos"),
        ("A coin of 55 euro cents", "55", "euro", "cents"),
        ("Prices rose 55 cents", "55", "percent", "cents"),
    ] {
        assert_eq!(said(quote, value, unit), says, "{quote}");
    }
    for (quote, value, unit) in [
        ("A stamp costs 55 cents", "55", "cent"),
        ("Bread costs 80 pence", "80", "penny"),
        ("Bread costs 80p now", "80", "penny"),
        ("Fuel rose 2p a litre", "2", "penny per litre"),
        ("It costs 99¢ now", "99", "cent"),
        ("Power costs 28p per kWh", "28", "penny per kWh"),
        ("A coin of 55 euro cents", "55", "cent"),
        ("They minted 5 cent coins", "5", "coin"),
        // A letter written onto a figure is no unit of a claim that counts things.
        ("A 1080p screen", "1080", "line"),
    ] {
        assert_eq!(judged(quote, value, unit), [], "{quote}");
    }
    assert_eq!(judged("Only 1 cent", "1", "dollar"), [UnitNotInQuote]);
}

#[test]
fn a_currency_symbol_or_code_by_the_figure_of_a_claim_that_counts_no_money_is_another_unit() {
    for (quote, value, unit, says) in [
        ("The road cost $3m.", "3 million", "km", "$3m"),
        ("The road cost £300.", "300", "tonne", "£300"),
        ("It paid US$300 per household", "300", "household", "US$300"),
        ("It paid 300 € per household", "300", "household", "300 €"),
        ("It cost EUR 80 in total", "80", "person", "EUR 80"),
    ] {
        assert_eq!(said(quote, value, unit), says, "{quote}");
    }
    for (quote, value, unit) in [
        // A currency written in letters is read so only for a claim of money.
        ("The RM 500 model sold well", "500", "model"),
        // Another figure's sign is not this one's.
        ("A $5 million fund helped 300 families", "300", "family"),
        // A rate of money is judged by its currency.
        ("It cost $80 a barrel", "80", "dollar per barrel"),
    ] {
        assert_eq!(judged(quote, value, unit), [], "{quote}");
    }
}

#[test]
fn a_figure_written_as_a_percentage_is_left_to_the_value_check() {
    use crate::codes::Code::ValueNotInQuote;
    // Its value is not stated, and "cent" of "per cent" is no coin.
    for quote in [
        "Some 5 per cent of the population was poor",
        "Rates rose 5 per cent a year",
        "Some 5% of households were poor",
    ] {
        assert_eq!(
            judged(quote, "5", "household"),
            [ValueNotInQuote],
            "{quote}"
        );
    }
}

#[test]
fn a_claim_in_percent_is_judged_where_its_figure_is_no_percentage() {
    use crate::codes::Code::UnitNotInQuote;
    for quote in [
        "Tax rose 5% in a year",
        "Tax rose 5 per cent in a year",
        "Tax rose 5 percent for 20 households",
        "Tax rose 5% for households",
        "Vergi yüzde 5 arttı",
        "税收增长百分之5",
        // A bare figure is not judged, nor one whose percent stands further on.
        "Tax rose by 5",
        "Tax rose for 5 in every 100 households",
        // One mention written as a percentage states it.
        "Fees rose by 5 pounds, or 5%",
    ] {
        assert_eq!(judged(quote, "5", "percent"), [], "{quote}");
    }
    for quote in [
        // Percentage points are a difference of two percentages.
        "Tax rose 5 percentage points",
        "Fees rose by 5 pounds",
        "Fees rose by $5",
        "Fees rose by 5 €",
        "The road grew 5 km",
        "Fees rose by Rs 5",
        "Yields rose 5 basis points",
        "Yields rose 5bps",
    ] {
        assert_eq!(judged(quote, "5", "percent"), [UnitNotInQuote], "{quote}");
    }
    // A difference of two percentages is judged so too.
    assert_eq!(
        judged("Tax rose 5 percentage points", "5", "percentage point"),
        []
    );
    assert_eq!(
        judged("Fees rose by $5", "5", "percentage point"),
        [UnitNotInQuote]
    );
}

#[test]
fn a_claim_written_in_a_symbol_is_stated_by_its_units_words() {
    use crate::codes::Code::UnitNotInQuote;
    for (quote, unit) in [
        ("They walked 20 miles", "mi"),
        ("They walked 20 mi", "mile"),
        ("They walked 20 metres", "m"),
        ("It took 20 hours", "h"),
        ("It took 20 minutes", "min"),
        ("It weighs 20 grams", "g"),
        ("It holds 20 litres", "L"),
        ("It holds 20 gallons", "gal"),
        ("It weighs 20 tonnes", "t"),
        ("The bag weighs 20 lb", "pound"),
        ("They used 20 kilowatt hours", "kWh"),
        ("They used 20 kilowatt-hours", "kilowatt hour"),
        ("It holds 20 cubic metres", "m³"),
        ("Density is 20 inhabitants per km²", "inhabitant per km2"),
        (
            "Density is 20 inhabitants per square kilometre",
            "inhabitant per km2",
        ),
    ] {
        assert_eq!(judged(quote, "20", unit), [], "{quote}");
    }
    // Each is still told from another unit.
    for (quote, unit) in [
        ("It lasted 20 years", "h"),
        ("It took 20 min", "hour"),
        ("They used 20 kilowatt hours", "hour"),
        ("They used 20 terawatt hours", "hour"),
        ("It holds 20 cubic metres", "metre"),
        ("A room of 20 square feet", "foot"),
        (
            "Density is 20 inhabitants per km²",
            "inhabitant per hectare",
        ),
    ] {
        assert_eq!(judged(quote, "20", unit), [UnitNotInQuote], "{quote}");
    }
    // A letter after a figure is no unit of its own in a quote: `5 m` may be millions.
    assert_eq!(judged("They hired 20 m people", "20", "person"), []);
    // Symbols that are names in capitals (`Mi-8`, `M3`, `GAL`).
    assert_eq!(
        judged("Russia sent 40 Mi-8 helicopters", "40", "helicopter"),
        []
    );
    assert_eq!(judged("BMW sold 40 M3 sedans", "40", "sedan"), []);
    // `ft` is feet in lowercase only: `Ft` is the forint.
    assert_eq!(judged("The ticket costs 500 Ft", "500", "forint"), []);
    assert_eq!(
        judged("The fence is 20 ft high", "20", "forint"),
        [UnitNotInQuote]
    );
}

#[test]
fn a_figure_in_words_has_its_unit_judged() {
    use crate::codes::Code::UnitNotInQuote;
    for (quote, value) in [
        ("The county spent two hundred euros on it", "200"),
        ("The county spent two million euros on it", "2 million"),
        (
            "El gobierno destinó doscientos millones de euros al plan",
            "200 million",
        ),
        (
            "Le gouvernement a dépensé deux millions d'euros",
            "2 million",
        ),
        ("Drei Millionen Euro wurden gespendet", "3 million"),
    ] {
        assert_eq!(judged(quote, value, "euro"), [], "{quote}");
        assert_eq!(judged(quote, value, "dollar"), [UnitNotInQuote], "{quote}");
    }
    // One in words is prose as often as a count: its unit is not judged.
    assert_eq!(judged("He paid one euro for it", "1", "dollar"), []);
    assert_eq!(judged("One of the regions spent euros", "1", "dollar"), []);
    assert_eq!(
        judged("He paid 1 euro for it", "1", "dollar"),
        [UnitNotInQuote]
    );
}

#[test]
fn money_and_measures_are_known_units_though_no_claim_uses_them() {
    use crate::codes::Code::UnitNotInQuote;
    assert_eq!(
        judged(
            "The province spent 12 million yuan on roads",
            "12 million",
            "dollar"
        ),
        [UnitNotInQuote]
    );
    assert_eq!(
        judged("Farms now cover 40 hectares", "40", "acre"),
        [UnitNotInQuote]
    );
    assert_eq!(
        judged("the line runs 30 miles", "30", "kilometre"),
        [UnitNotInQuote]
    );
    // Another name or symbol of the claim's unit states it.
    assert_eq!(judged("the line runs 30 km", "30", "kilometer"), []);
    assert_eq!(judged("it weighs 30 metric tons", "30", "tonne"), []);
    assert_eq!(
        judged("a fund of 5 million renminbi", "5 million", "yuan"),
        []
    );
    assert_eq!(
        judged(
            "the project covers 12 km² of hills",
            "12",
            "square kilometre"
        ),
        []
    );
    // A unit the claim's is made of is not another unit.
    assert_eq!(
        judged("salt at 4 grams per litre", "4", "gram per litre"),
        []
    );
    // A single letter is not taken for a unit.
    assert_eq!(judged("5 m residents voted", "5", "resident"), []);
}

#[test]
fn rates_symbols_and_codes_are_stated_by_their_words() {
    for (quote, value, unit) in [
        ("The limit is 60 miles per hour", "60", "mph"),
        ("Trains reach 100 kilometres per hour", "100", "km/h"),
        ("Farms yield 5 tonnes per hectare", "5", "t/ha"),
        ("He bought 3 pounds of rice", "3", "lb"),
        (
            "The bridge cost 12 million Australian dollars",
            "12 million",
            "AUD",
        ),
        ("The bridge cost 12 million dollars", "12 million", "AUD"),
        ("It cost 5 billion Hong Kong dollars", "5 billion", "HKD"),
        ("It cost HK$5 billion", "5 billion", "HK$"),
        (
            "It cost 5 million Australian dollars",
            "5 million",
            "dollar",
        ),
        ("The plant cost $12 million", "12 million", "USD"),
        ("The plant cost HK$ 12 million", "12 million", "dollar"),
        ("The plant cost ¥12 million", "12 million", "yuan"),
        ("a grant of RMB 80 million", "80 million", "yuan"),
        ("a budget of CHF 50 million", "50 million", "franc"),
        ("a budget of ZAR 9 billion", "9 billion", "rand"),
        ("a budget of SEK 9 billion", "9 billion", "krona"),
        ("a budget of 9 billion kronor", "9 billion", "krona"),
        ("a budget of 9 billion kronor", "9 billion", "SEK"),
        ("a budget of 9 billion Swedish kronor", "9 billion", "SEK"),
        ("a budget of 9 billion Norwegian kroner", "9 billion", "NOK"),
        ("a budget of 9 billion kroner", "9 billion", "DKK"),
        ("a budget of MXN 9 billion", "9 billion", "peso"),
        ("The road is 12 kilometres long", "12", "km"),
        ("speeds of 60 mph", "60", "mile per hour"),
    ] {
        assert_eq!(judged(quote, value, unit), [], "{quote} / {unit}");
    }
}

#[test]
fn another_unit_before_or_around_the_claims_and_another_currency_sign_are_findings() {
    use crate::codes::Code::UnitNotInQuote;
    for (quote, value, unit) in [
        ("The county gave 300 yuan per household", "300", "household"),
        ("The plant cost $12 million", "12 million", "yuan"),
        ("The plant cost €12 million", "12 million", "dollar"),
        ("a budget of CHF 50 million", "50 million", "euro"),
        ("a budget of AUD 70 million", "70 million", "euro"),
        ("a budget of PLN 70 million", "70 million", "euro"),
        ("a budget of NOK 50 million", "50 million", "SEK"),
        ("a budget of CLP 900 million", "900 million", "MXN"),
        ("The plant cost US$12 million", "12 million", "AUD"),
        (
            "The loan was 5 million Australian dollars",
            "5 million",
            "USD",
        ),
        ("The loan was 5 million US dollars", "5 million", "AUD"),
        ("The park covers 500 square kilometres", "500", "km"),
        ("Trains reach 100 kilometres per hour", "100", "kilometre"),
        ("The limit is 60 miles per hour", "60", "mile"),
    ] {
        assert_eq!(
            judged(quote, value, unit),
            [UnitNotInQuote],
            "{quote} / {unit}"
        );
    }
}

#[test]
fn a_letter_that_changes_length_in_lowercase_does_not_move_what_is_named() {
    // `ẞ` is a byte shorter in lowercase and `İ` a byte longer: the unit found after
    // them is named as the quote writes it, and never cut inside a character.
    for (quote, said) in [
        ("Die 12 GROẞE HK$", "HK$"),
        ("Die 12 GROẞEN „HK$-Fonds“ verloren", "HK$"),
        ("Toplam 12 İLÇE YUAN", "YUAN"),
    ] {
        let claims = format!(
            "source: article\nclaims:\n  - {{ id: c, quote: \"{quote}\", subject: Gansu, metric: m, value: 12, unit: euro }}\n"
        );
        let outcome = crate::testing::check_citations(&[
            ("claims/c.yaml", &claims),
            ("sources/article.txt", &format!("{quote}.")),
        ]);
        let finding = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == crate::codes::Code::UnitNotInQuote)
            .unwrap_or_else(|| panic!("{quote}: {:?}", outcome.diagnostics));
        assert!(
            finding
                .message
                .contains(&format!("its quote says {said} (a `")),
            "{}",
            finding.message
        );
    }
}

#[test]
fn figures_only_the_value_check_reads_codes_after_a_figure_and_singular_currencies_are_judged() {
    use crate::codes::Code::UnitNotInQuote;
    for (quote, value, unit) in [
        // Found as the value check reads it: a decimal comma, a scale word of another
        // language, a sign before such a figure.
        (
            "El Gobierno destinará 3,2 millones de euros",
            "3.2 million",
            "dollar",
        ),
        ("La entrada cuesta 12,50 euros", "12.50", "dollar"),
        ("Il budget è di € 15 milioni", "15 million", "dollar"),
        // A code after the figure, though no claim writes it.
        ("Exports reached 355.5 billion USD", "355.5 billion", "euro"),
        ("Imports reached 13 billion EUR", "13 billion", "dollar"),
        // A currency in the singular after any figure, as many languages write it.
        ("Il biglietto costa 454 euro", "454", "dollar"),
        ("Die Karte kostet 120 Euro", "120", "dollar"),
        ("The fine is 300 euro.", "300", "pound"),
        // ... and goes on after it.
        ("Costa 454 euro al mese", "454", "dollar"),
        ("The city spent 300 euro on new schools", "300", "dollar"),
        ("They paid 300 euro more than others", "300", "dollar"),
        (
            "Das Land stellt 12,5 Millionen Euro Fördermittel bereit",
            "12.5 million",
            "dollar",
        ),
        ("They paid 300 euro Monday", "300", "dollar"),
        ("They paid 8 euro per person", "8", "person"),
        // The crowns by their plurals.
        ("a budget of 9 billion Norwegian kroner", "9 billion", "SEK"),
        ("a budget of 9 billion kroner", "9 billion", "SEK"),
        ("a budget of 9 billion Swedish kronor", "9 billion", "NOK"),
        ("Oslo paid 500 kroner", "500", "krona"),
        ("Stockholm paid 600 kronor", "600", "krone"),
        (
            "Der Senat stellt 12,5 Millionen Euro bereit",
            "12.5 million",
            "dollar",
        ),
        ("Es kostet 120 Euro für Kinder", "120", "dollar"),
    ] {
        assert_eq!(
            judged(quote, value, unit),
            [UnitNotInQuote],
            "{quote} / {unit}"
        );
    }
    for (quote, value, unit) in [
        (
            "El Gobierno destinará 3,2 millones de euros",
            "3.2 million",
            "euro",
        ),
        (
            "Exports reached 355.5 billion USD",
            "355.5 billion",
            "dollar",
        ),
        ("Il biglietto costa 454 euro", "454", "euro"),
        // A singular before a noun is an adjective: the noun is what is counted.
        ("The museum shows 12 dollar bills", "12", "bill"),
        ("They minted 40 euro coins", "40", "coin"),
        ("They minted 50 yen coins", "50", "coin"),
        ("The bank printed 100 yuan notes", "100", "note"),
        // A currency before the noun it qualifies is no unit.
        ("The 19 euro area members agreed", "19", "country"),
        ("The 19 euro zone members agreed", "19", "country"),
    ] {
        assert_eq!(judged(quote, value, unit), [], "{quote} / {unit}");
    }
}

#[test]
fn a_unit_written_onto_a_figure_in_chinese_japanese_or_korean_is_the_figures() {
    use crate::codes::Code::UnitNotInQuote;
    let other: &[(&str, &str, &str)] = &[
        ("该县拨款1200万美元用于学校", "12000000", "yuan"),
        ("该县拨款1200万元用于学校", "12000000", "dollar"),
        ("该县拨款1200多万元用于学校", "12000000", "dollar"),
        ("拨款1.2亿港元", "120000000", "yuan"),
        ("拨款1.2亿人民币", "120000000", "euro"),
        ("政府は1200万円を用意した", "12000000", "yuan"),
        ("政府は1200万ドルを支出した", "12000000", "yen"),
        ("예산 1200만 달러를 지원했다", "12000000", "won"),
        ("예산 1200만 원을 지원했다", "12000000", "dollar"),
        ("修路30公里", "30", "mile"),
        ("该县拨款12美元用于学校", "12", "元"),
        ("该县拨款1200万美元用于学校", "12000000", "person"),
        ("该县拨款人民币1200万", "12000000", "dollar"),
        ("港府撥款HK$1200萬資助學校", "12000000", "yuan"),
        ("行政院核定新台幣1200萬元補助", "12000000", "yuan"),
        ("It cost $12 million", "12000000", "元"),
        // A sign before the figure names the currency the word after it writes.
        ("港府撥款HK$1200萬元資助學校", "12000000", "yuan"),
    ];
    for (quote, value, unit) in other {
        assert_eq!(
            judged(quote, value, unit),
            [UnitNotInQuote],
            "{quote} for {unit}"
        );
    }
    let stated: &[(&str, &str, &str)] = &[
        ("该县拨款1200万元用于学校", "12000000", "yuan"),
        ("该县拨款1200万美元用于学校", "12000000", "dollar"),
        ("拨款1.2亿港元", "120000000", "dollar"),
        ("拨款1.2亿元人民币", "120000000", "RMB"),
        ("政府は1200万円を用意した", "12000000", "yen"),
        ("예산 1200만 원을 지원했다", "12000000", "won"),
        ("修路30公里", "30", "km"),
        ("该县拨款12元用于学校", "12", "元"),
        ("政府は1200万ドルを支出した", "12000000", "美元"),
        // A counter or a year is no unit: the figure is not judged.
        ("该县有1200万人", "12000000", "yuan"),
        ("2020年", "2020", "dollar"),
        // Hong Kong, Taiwan and Singapore write their dollar `元`.
        ("港府撥款1200萬元資助學校", "12000000", "Hong Kong dollar"),
        ("行政院核定新台幣1200萬元補助", "12000000", "TWD"),
        // A rate's unit states a claim in a rate of it, and judges no other.
        ("高铁列车时速350公里", "350", "km/h"),
        ("粮价为3000元/吨", "3000", "yuan per tonne"),
        ("粮价为3000元/吨", "3000", "dollar"),
        ("拨款12元", "12", "yuan per person"),
        ("高铁列车时速350公里", "350", "km"),
        ("港府撥款HK$1200萬元資助學校", "12000000", "dollar"),
        ("融资US$1200万元", "12000000", "US dollar"),
        ("¥1200万元", "12000000", "yuan"),
        // A claim's unit written in Chinese is stated in English too.
        ("It cost 12 million yuan", "12000000", "元"),
        ("The road is 30 km long", "30", "公里"),
    ];
    for (quote, value, unit) in stated {
        assert_eq!(judged(quote, value, unit), [], "{quote} for {unit}");
    }
}

#[test]
fn the_verb_won_is_no_currency_before_a_plural() {
    // `won` is not made its own plural (as `yen` is): the verb would then be read as
    // another unit's plural before any noun, where as a singular it qualifies one.
    assert_eq!(
        judged("Of the 12 candidates, 5 won seats", "5", "candidate"),
        []
    );
    assert_eq!(
        judged("It cost 500 baht", "500", "dollar"),
        [crate::codes::Code::UnitNotInQuote]
    );
}

#[test]
fn a_currency_sign_is_judged_where_it_stands() {
    use crate::codes::Code::UnitNotInQuote;
    // A sign before a figure of a claim that counts something else is another unit,
    // whatever words follow.
    assert_eq!(
        judged("$300 per household was paid", "300", "household"),
        [UnitNotInQuote]
    );
    // Another figure's sign is not this one's.
    assert_eq!(judged("it cost 12 million $ in 2020", "2020", "year"), []);
    // A sign that is the end of a word is not the sign.
    assert_eq!(judged("AU$12 million", "12 million", "AUD"), []);
    // Words after the figure that state the claim's currency win over an odd sign.
    assert_eq!(judged("a $12 million yuan loan", "12 million", "yuan"), []);
}

#[test]
fn plurals_that_are_not_the_singular_plus_s_state_the_unit() {
    assert_eq!(stem_of(" hôpitaux et cliniques", "hôpital"), Some(1..10));
    assert!(stem_of(" landkreise", "Landkreis").is_some());
    assert!(stem_of(" comunidades autónomas", "comunidad").is_some());
    assert_eq!(stem_of(" cliniques", "hôpital"), None);
    assert_eq!(stem_of(" lands", "Land"), None, "too short to have a stem");
    assert!(looks_plural("hôpitaux") && looks_plural("jeux") && !looks_plural("beau"));
}

#[test]
fn after_one_a_singular_that_ends_its_phrase_is_the_unit() {
    let units = UnitWords::of_names(["school", "village", "municipio"]);
    let found = |text: &str| {
        singular_unit(text, text, &units, "household", true).map(|(unit, _)| unit.to_string())
    };
    assert_eq!(found(" school in Kent"), Some("school".into()));
    assert_eq!(
        found(" universidad y 1 municipio."),
        Some("municipio".into())
    );
    assert_eq!(found(" new school"), Some("school".into()));
    assert_eq!(found(" village official"), None);
    assert_eq!(found(" school district"), None);
}

#[test]
fn the_window_ends_after_the_counted_noun_or_four_words_and_words_are_whole() {
    // (text, where the figure ends, the words that may give its unit)
    let cases = [
        (
            "17 impoverished counties in my country",
            2,
            " impoverished counties",
        ),
        ("2 regions opened new clinics", 1, " regions"),
        (
            "21 autonomous regions and municipalities",
            2,
            " autonomous regions",
        ),
        (
            "8 deeply poor natural villages",
            1,
            " deeply poor natural villages",
        ),
        ("1,800 per month, paid in cash", 5, " per month,"),
        (
            "6 new business district offices",
            1,
            " new business district offices",
        ),
        ("$4.5 billion on 295 school districts", 12, ""),
        ("45 minutes, 3 counties", 2, " minutes,"),
        ("60 miles per hour, the limit", 2, " miles per hour"),
        ("60 miles per hour", 2, " miles per hour"),
        ("60 miles and hours", 2, " miles"),
        // The currency written before the next figure is that figure's.
        ("12 got US$ 3 million in aid", 2, " got"),
        ("12 İLÇE'ye “US$ 3 milyon”", 2, " İLÇE'ye"),
        ("12 fondi, € 15 milioni", 2, " fondi,"),
        ("12 paid USD 3 each", 2, " paid"),
        // A currency after the figure, before no other, is its own.
        ("12 US$ in aid", 2, " US$"),
        // A preposition that attaches the figure to something else.
        ("390 auf die übrigen Kommunen", 3, ""),
        ("390 to the other municipalities", 3, ""),
        ("390 Für Kommunen", 3, ""),
        ("80 per person, paid", 2, " per person,"),
        // A preposition after the figure's words too: what follows is where the figure
        // goes or is, but the currency a sum is stated in.
        ("700,000 in towns", 7, ""),
        ("300,000 living in villages", 7, " living"),
        ("390 went to municipalities", 3, " went"),
        (
            "1,9 miliardi andranno agli ospedali",
            3,
            " miliardi andranno",
        ),
        ("12 milioni per i comuni", 2, " milioni"),
        ("12 milhões entre os municípios", 2, " milhões"),
        ("12 euro per chilo", 2, " euro per chilo"),
        ("12 Millionen an die Kommunen", 2, " Millionen"),
        ("3 billion in US dollars", 1, " billion in US dollars"),
        ("5 mil en euros", 1, " mil en euros"),
    ];
    for (text, figure_end, window) in cases {
        assert_eq!(
            &text[figure_end..window_end(text, figure_end)],
            window,
            "{text}"
        );
    }
    assert_eq!(find_word("counties in", "counties"), Some(0));
    assert_eq!(find_word("subcounties", "counties"), None);
}

#[test]
fn a_rate_of_money_per_another_span_of_time_is_another_unit() {
    for (quote, value, unit, says) in [
        (
            "It pays ₹1500 a month",
            "1500",
            "rupee per year",
            "₹1500 a month",
        ),
        ("It pays $12 an hour", "12", "dollar per day", "$12 an hour"),
        (
            "It pays 1200 rupees per week",
            "1200",
            "rupee per month",
            "1200 rupees per week",
        ),
        (
            "Rent is 900 dollars monthly",
            "900",
            "dollar per year",
            "900 dollars monthly",
        ),
        ("A fee of €5/day", "5", "euro per week", "€5/day"),
    ] {
        assert_eq!(said(quote, value, unit), says, "{quote}");
    }
    for (quote, value, unit) in [
        ("It pays ₹1500 a month", "1500", "rupee per month"),
        ("It pays $12 an hour", "12", "dollar/hour"),
        ("Rent is 900 dollars monthly", "900", "dollar per month"),
        ("It pays 3000 yuan a year", "3000", "yuan per annum"),
        // Per no span of time, or none said: not judged by time.
        ("It costs $80 a barrel", "80", "dollar per barrel"),
        ("It pays ₹1500 to each mother", "1500", "rupee per year"),
        // A time, not what the rate is per.
        (
            "It pays $15 an hour, up from $12 a year ago",
            "12",
            "dollar per hour",
        ),
        ("It paid $1200 a month earlier", "1200", "dollar per week"),
        (
            "It pays 12 dollars a year-end bonus",
            "12",
            "dollar per month",
        ),
        ("It costs $5 a day pass", "5", "dollar per week"),
        (
            "It costs $30 each quarter of an hour",
            "30",
            "dollar per hour",
        ),
    ] {
        assert_eq!(judged(quote, value, unit), [], "{quote}");
    }
}

#[test]
fn every_currency_the_unit_check_knows_measures() {
    // Rules read a measured figure as its rounding interval and never count a list by
    // it: a currency this check reads is money to them too.
    let counted: Vec<&str> = crate::quantity::COMMON_MONEY
        .iter()
        .flat_map(|names| names.iter().copied())
        .filter(|name| !name.contains('$') && !crate::quantity::is_measure_unit(name))
        .collect();
    assert_eq!(counted, Vec::<&str>::new());
}
