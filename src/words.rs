//! English words for messages: the plural of a unit noun, the other plural forms a unit
//! is written in (`persons`, `kms`), and lists of names in a sentence.

/// `text` in lowercase, with the Turkish dotted capital `İ` as a plain `i`: `to_lowercase`
/// writes it as `i` and a combining dot, which no word typed in lowercase has, so that
/// `İşsizlik oranı` at the start of a sentence would be another metric than `işsizlik oranı`.
pub fn lowercase(text: &str) -> String {
    let lower = text.to_lowercase();
    if text.contains('İ') {
        lower.replace("i\u{307}", "i")
    } else {
        lower
    }
}

/// `word` with its first letter in capitals: `Au`, `Dell`, `À`, `County`.
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Kinds of place that Ukrainian and Russian name with an adjective before them (`Полтавська
/// область`, `Московская область`), in the plural a list writes once after its names
/// ("Полтавська, Київська і Черкаська області"), and in the singular a registered name ends
/// in: `(plural, singular)`.
pub const SLAVIC_PLACE_KINDS: &[(&str, &str)] = &[
    ("області", "область"),
    ("области", "область"),
    ("райони", "район"),
    ("районы", "район"),
    ("громади", "громада"),
    ("краї", "край"),
    ("края", "край"),
    ("округи", "округ"),
    ("округа", "округ"),
];

/// The plural of a unit noun: county -> counties, person -> people, poor household -> poor
/// households, yuan -> yuan. A unit written with a digit or a symbol (`km2`, `m³`, `t/ha`)
/// or as an abbreviation ([`is_abbreviation`]: `lb`, `mph`, `AUD`, `Rs`) stays as written:
/// it is a symbol, not a word. So does a word of another language as far as its spelling
/// tells ([`is_foreign_word`]: `hôpital`, `Landkreis`): its plural is not the English one
/// ("Landkreises"), and a message that counts "22 Landkreis" quotes the unit as written.
pub fn plural(unit: &str) -> String {
    plural_by(unit, true)
}

/// The unit a message counts, for a claim whose article is in English (`english`: its
/// source declares no other `language:`) or not: [`plural`] in English, and as written in
/// another language, whose plural English spelling cannot make ("vittima" would count
/// "13 vittimas", where the Italian article writes "13 vittime").
pub fn unit_plural(unit: &str, english: bool) -> String {
    if english {
        plural(unit)
    } else {
        unit.to_string()
    }
}

/// Units that are English words claimcheck knows, beyond the nouns whose plurals it spells
/// ([`IRREGULAR`], [`SAME`]): the people, things and events reporting counts most. A
/// claim of an article in another language that counts in one of them is counted in English
/// (`Claim::counted`).
const ENGLISH_UNITS: &[&str] = &[
    "case",
    "death",
    "victim",
    "patient",
    "resident",
    "inhabitant",
    "household",
    "family",
    "worker",
    "employee",
    "job",
    "student",
    "pupil",
    "teacher",
    "doctor",
    "nurse",
    "hospital",
    "school",
    "bed",
    "house",
    "home",
    "dwelling",
    "building",
    "vehicle",
    "car",
    "passenger",
    "flight",
    "tourist",
    "visitor",
    "migrant",
    "refugee",
    "voter",
    "vote",
    "seat",
    "member",
    "company",
    "firm",
    "farm",
    "farmer",
    "project",
    "dose",
    "test",
    "infection",
    "injury",
    "birth",
    "arrest",
    "crime",
    "tonne",
    "ton",
    "litre",
    "liter",
    "metre",
    "meter",
    "kilometre",
    "kilometer",
    "hectare",
    "acre",
    "mile",
    "kilogram",
    "gram",
    "ounce",
    "gallon",
    "barrel",
    "kilowatt",
    "megawatt",
    "gigawatt",
    "kilowatt-hour",
    "megawatt-hour",
    "gigawatt-hour",
    "terawatt-hour",
    "dollar",
    "euro",
    "pound",
    // The currencies whose English plural takes an `s` (`krona` is among the irregular
    // nouns; `lira`, `rand` and `won` are left as written).
    "ruble",
    "rouble",
    "rupee",
    "franc",
    "peso",
    "dinar",
    "dirham",
    "shilling",
    "zloty",
    "hryvnia",
    "shekel",
    "cedi",
    "forint",
    "riyal",
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "percent",
    "point",
    "percentage point",
];

/// Whether `unit` is an English word claimcheck knows: one of [`ENGLISH_UNITS`] or a noun
/// whose plural it spells by rule of its own ([`IRREGULAR`], [`SAME`]); in any case, and by
/// its last word ("poor household", "autonomous region").
pub fn is_english_unit(unit: &str) -> bool {
    let lower = lowercase(unit);
    let (_, last) = last_word(&lower);
    [lower.as_str(), last].iter().any(|word| {
        ENGLISH_UNITS.contains(word)
            || SAME.contains(word)
            || IRREGULAR.iter().any(|(one, _)| one == word)
    })
}

/// The plural English gives `unit`, whatever language it looks like: `Persons`, `Families`
/// for a unit written with a capital. The unit check looks for it in quotes beside
/// [`plural`]'s, so that a capitalised English unit is stated by its plural as it was
/// before, while messages quote a German noun as written.
pub fn english_plural(unit: &str) -> String {
    plural_by(unit, false)
}

fn plural_by(unit: &str, foreign_as_written: bool) -> String {
    // A rate takes the plural before its `per`: "gram per litre" -> "grams per litre".
    if let Some((counted, per)) = unit.split_once(" per ") {
        return format!("{} per {per}", plural_by(counted, foreign_as_written));
    }
    // The last word takes the plural: "poor person" -> "poor people".
    let (head, last) = last_word(unit);
    format!("{head}{}", plural_word(last, foreign_as_written))
}

/// Names in a sentence: "Hubei", "Hubei and Hebei", "Hubei, Hebei and Henan".
pub fn and_list(names: &[impl AsRef<str>]) -> String {
    match names {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", rest.join(", "), last.as_ref())
        }
    }
}

/// A unit's words before its last (with the space after them) and its last word, which
/// takes the plural: "poor " and "person" of "poor person".
fn last_word(unit: &str) -> (&str, &str) {
    match unit.rfind(' ') {
        Some(space) => unit.split_at(space + 1),
        None => ("", unit),
    }
}

/// The singular of a unit written in a plural of an irregular noun, in either plural it is
/// written in: `people` and `persons` are `person`'s, `children` is `child`'s, `poor
/// people` is `poor person`'s. The last word in lowercase; `None` for any other unit.
pub fn irregular_singular(unit: &str) -> Option<String> {
    let (head, last) = last_word(unit);
    let lower = last.to_lowercase();
    IRREGULAR
        .iter()
        .find(|(one, many)| *many == lower || lower.strip_suffix('s') == Some(*one))
        .map(|(one, _)| format!("{head}{one}"))
}

/// Nouns whose plural is the singular.
const SAME: &[&str] = &[
    "yuan", "mu", "percent", "renminbi", "yen", "baht", "ringgit", "rupiah", "dong", "naira",
    "sheep", "fish", "deer", "series", "species",
];

/// Abbreviations in lowercase that have a vowel, which [`is_abbreviation`] does not tell
/// from words by their letters.
const LOWERCASE_ABBREVIATIONS: &[&str] =
    &["ha", "mi", "oz", "cal", "kcal", "gal", "min", "sec", "mol"];

/// Whether a one-word unit is an abbreviation or a symbol rather than a word, whose plural
/// and case are not an English noun's: written with a character other than a letter or a
/// hyphen (`km2`, `t/ha`, `HK$`); with a capital other than a first letter (`AUD`, `MW`,
/// `mW`, `G`); capitalised and shorter than four letters (`Rs`, `Gy`, `Cal`: a short
/// capitalised unit is more often a symbol than a word at the start of a sentence);
/// or in ASCII lowercase without a vowel (`km`, `lb`, `hr`, `mph`, `kwh`; `y` is a vowel from
/// three letters on, so `gym` is a word and `yr` is not), or one of a few that have one
/// (`ha`, `oz`, `cal`, `min`).
pub fn is_abbreviation(word: &str) -> bool {
    if word.is_empty() || !word.chars().all(|c| c.is_alphabetic() || c == '-') {
        return true;
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let first_is_capital = letters.next().is_some_and(char::is_uppercase);
    if letters.any(char::is_uppercase) {
        return true;
    }
    let count = word.chars().filter(|c| c.is_alphabetic()).count();
    if first_is_capital {
        return count < 4;
    }
    // A word with letters outside ASCII has vowels outside it too (`погибших`, `tırı`): only
    // an ASCII word is told an abbreviation by wanting one.
    let vowels: &[char] = if count >= 3 {
        &['a', 'e', 'i', 'o', 'u', 'y']
    } else {
        &['a', 'e', 'i', 'o', 'u']
    };
    (word.is_ascii() && !word.contains(vowels)) || LOWERCASE_ABBREVIATIONS.contains(&word)
}

/// Every plural a unit is written in besides [`plural`]'s: the regular plural of an
/// irregular noun (`persons` for `person`), an `s` added to an invariable noun (`yuans`)
/// or to an abbreviation of two letters or more that does not end in `s` (`kms`, `hrs`,
/// `lbs`, `MWs`; not `Rs` for `R`, which names another unit), the Spanish plural of a
/// noun that ends in a consonant ([`spanish_plural`]: `hogares`, `regiones`) and the
/// Portuguese plurals of one that ends in `-ão`, `-l` or `-m` ([`portuguese_plurals`]:
/// `caminhões`, `hotéis`, `itens`). In the unit's own case.
pub fn other_plurals(unit: &str) -> Vec<String> {
    let (head, last) = last_word(unit);
    let mut forms = Vec::new();
    let lower = last.to_lowercase();
    let irregular = IRREGULAR.iter().any(|(one, _)| *one == lower);
    let invariable = SAME.contains(&lower.as_str());
    let abbreviation = is_abbreviation(last)
        && last.chars().all(char::is_alphabetic)
        && last.chars().count() >= 2
        && !last.ends_with('s');
    if irregular || invariable || abbreviation {
        forms.push(format!("{head}{last}s"));
    }
    if !(irregular || invariable || abbreviation) {
        if let Some(spanish) = spanish_plural(last) {
            forms.push(format!("{head}{spanish}"));
        }
        forms.extend(
            portuguese_plurals(last)
                .into_iter()
                .map(|portuguese| format!("{head}{portuguese}")),
        );
    }
    forms
}

/// The plurals Portuguese gives a noun in lowercase: `-ão` as `-ões`, `-ães` or `-ãos`
/// (`caminhões`, `pães`, `cidadãos`: which one is the word's own is not in its spelling, and
/// the others are no words); `-al`, `-ol` and `-ul` as `-ais`, `-óis`, `-uis` (`animais`,
/// `faróis`, `azuis`); `-el` as `-éis` (`hotéis`); `-il` as `-is` (`barris`); and `-m` as
/// `-ns` (`itens`, `armazéns`). A word with an accent before its last syllable is stressed
/// there, and its `-el` and `-il` make `-eis` (`níveis`, `fósseis`). Words of four letters
/// or more, as for [`spanish_plural`], but for `-ão`, which no English word ends in (`pão`).
fn portuguese_plurals(word: &str) -> Vec<String> {
    if !word.chars().all(char::is_lowercase) {
        return Vec::new();
    }
    if let Some(stem) = word.strip_suffix("ão") {
        return ["ões", "ães", "ãos"]
            .iter()
            .map(|ending| format!("{stem}{ending}"))
            .collect();
    }
    if word.chars().count() < 4 {
        return Vec::new();
    }
    let accented_before = |stem: &str| stem.contains(['á', 'é', 'í', 'ó', 'ú', 'â', 'ê', 'ô']);
    let plural = if let Some(stem) = word.strip_suffix("el") {
        let ending = if accented_before(stem) { "eis" } else { "éis" };
        format!("{stem}{ending}")
    } else if let Some(stem) = word.strip_suffix("il") {
        let ending = if accented_before(stem) { "eis" } else { "is" };
        format!("{stem}{ending}")
    } else if let Some(stem) = word.strip_suffix("ol") {
        let ending = if accented_before(stem) { "ois" } else { "óis" };
        format!("{stem}{ending}")
    } else if let Some(stem) = word.strip_suffix('l') {
        format!("{stem}is")
    } else if let Some(stem) = word.strip_suffix('m') {
        format!("{stem}ns")
    } else {
        return Vec::new();
    };
    vec![plural]
}

/// The plural Spanish gives a noun that ends in `r`, `l`, `n`, `d` or `j` (`hogar`,
/// `hospital`, `región`, `ciudad`, `reloj`): `es` after it, the accent of a last syllable
/// in `n` dropped (`regiones`). Words of four letters or more, in lowercase: `mil` is no
/// `miles`, whose singular is `mile`. An English word it fits (`dollar`, `year`) gains a
/// spelling no text writes.
fn spanish_plural(word: &str) -> Option<String> {
    let letters = word.chars().count();
    if letters < 4
        || !word.chars().all(char::is_lowercase)
        || !word.ends_with(['r', 'l', 'n', 'd', 'j'])
    {
        return None;
    }
    const ACCENTED: [(char, char); 5] =
        [('á', 'a'), ('é', 'e'), ('í', 'i'), ('ó', 'o'), ('ú', 'u')];
    let mut stem: Vec<char> = word.chars().collect();
    if word.ends_with('n')
        && let Some(vowel) = stem.get_mut(letters - 2)
        && let Some(&(_, plain)) = ACCENTED.iter().find(|(accented, _)| accented == vowel)
    {
        *vowel = plain;
    }
    Some(stem.into_iter().chain("es".chars()).collect())
}

const IRREGULAR: &[(&str, &str)] = &[
    ("person", "people"),
    ("child", "children"),
    ("man", "men"),
    ("woman", "women"),
    ("foot", "feet"),
    ("tooth", "teeth"),
    ("mouse", "mice"),
    ("criterion", "criteria"),
    ("phenomenon", "phenomena"),
    ("datum", "data"),
    ("analysis", "analyses"),
    ("crisis", "crises"),
    ("thesis", "theses"),
    ("leaf", "leaves"),
    ("life", "lives"),
    ("wife", "wives"),
    ("half", "halves"),
    ("shelf", "shelves"),
    // The crowns keep their own plurals in English: Swedish kronor, Norwegian and Danish
    // kroner.
    ("krona", "kronor"),
    ("krone", "kroner"),
    // The Romanian leu's plural, which English writes too.
    ("leu", "lei"),
    // The Bulgarian lev's plural, which English writes too.
    ("lev", "leva"),
    // The coins: British pence, Indian paise, Polish groszy.
    ("penny", "pence"),
    ("paisa", "paise"),
    ("grosz", "groszy"),
    // The zloty, whose `y` is no English noun's: "zlotys", not "zloties".
    ("zloty", "zlotys"),
];

/// Whether a unit's word is, by its spelling, not English: it has a letter outside ASCII
/// (`hôpital`, `município`, `Krankenhaus` aside, `Städte`), or it is capitalised as German
/// writes every noun (`Landkreis`, `Gemeinde`, `Bett`), where English writes a unit noun in
/// lowercase. Abbreviations are told apart before this ([`is_abbreviation`]).
fn is_foreign_word(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let capitalised =
        letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase);
    !word.is_ascii() || capitalised
}

/// Measures German writes in the singular after any figure (`500 Hektar`, `30 Grad`), as
/// it does every masculine or neuter measure: words its nouns' endings do not tell.
const GERMAN_MEASURES: &[&str] = &[
    "hektar",
    "ar",
    "grad",
    "gramm",
    "kilogramm",
    "kilo",
    "pfund",
    "stück",
    "fuß",
    "zoll",
    "paar",
    "dutzend",
    "prozent",
];

/// Whether `c` is a letter of the Latin script: ASCII, or of Latin-1 to Latin Extended-B
/// (`é`, `ß`, `ł`, `ș`).
pub fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && (c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c))
}

/// Whether a one-word unit is a singular that [`plural`] keeps as written only for want of
/// its plural, a word of another language (`Jahr`, whose plural is `Jahre`; `caminhão`;
/// `hôpital`; `Fahrt`): after a figure other than one that word is then no plural, and
/// counts nothing ("2,3 Mio. im Jahr 2022" is no count of years). Not a word whose
/// ending its language keeps in the plural: a German noun in `-er`, `-el`, `-en`
/// (`Einwohner`, `Kilometer`, `Mittel`, `Mädchen`) or `-lein`, or a German measure
/// ([`GERMAN_MEASURES`]); a word in lowercase that ends in `s`, `x` or `z` (`pays`, `prix`,
/// `lápis`) or in an accented vowel (`città`). Nor a word in a script other than the Latin,
/// whose nouns change after a figure by their own rules (`человек`).
pub fn is_foreign_singular(unit: &str) -> bool {
    let latin = |c: char| c == '-' || is_latin_letter(c);
    if unit.is_empty() || !unit.chars().all(latin) || is_abbreviation(unit) {
        return false;
    }
    let lower = unit.to_lowercase();
    if !is_foreign_word(unit) || SAME.contains(&lower.as_str()) || is_plural(&lower) {
        return false;
    }
    let capitalised = unit.starts_with(char::is_uppercase);
    let kept_in_german = capitalised
        && (["er", "el", "en", "lein"]
            .iter()
            .any(|ending| lower.ends_with(ending))
            || GERMAN_MEASURES.contains(&lower.as_str()));
    let kept_otherwise = !capitalised
        && lower.ends_with([
            's', 'x', 'z', 'à', 'á', 'è', 'é', 'ì', 'í', 'ò', 'ó', 'ù', 'ú',
        ]);
    !(kept_in_german || kept_otherwise)
}

fn plural_word(word: &str, foreign_as_written: bool) -> String {
    // An abbreviation's plural is itself, and so is an abbreviation with an `s` (`mins`).
    let abbreviation_plural = word
        .strip_suffix('s')
        .is_some_and(|stem| stem.chars().count() >= 2 && is_abbreviation(stem));
    if SAME.contains(&word.to_lowercase().as_str())
        || is_abbreviation(word)
        || abbreviation_plural
        || (foreign_as_written && is_foreign_word(word))
    {
        return word.to_string();
    }
    if let Some((_, plural)) = IRREGULAR.iter().find(|(one, _)| *one == word) {
        return plural.to_string();
    }
    if is_plural(word) {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    if word.ends_with(['s', 'x', 'z']) || word.ends_with("ch") || word.ends_with("sh") {
        return format!("{word}es");
    }
    format!("{word}s")
}

/// A noun with its indefinite article: "a county", "an autonomous region", "an
/// `Australian dollar` unit", "a euro".
pub fn with_article(noun: &str) -> String {
    format!("{} {noun}", indefinite_article(noun))
}

/// "a" or "an" before `word` (a leading backtick aside), by its first sound as far as its
/// spelling tells: "an hour", "a euro", "a union", "a one".
pub fn indefinite_article(word: &str) -> &'static str {
    let lower = word.trim_start_matches('`').to_lowercase();
    let sounds_like_a_consonant = ["eu", "uni", "use", "usd", "us ", "one"]
        .iter()
        .any(|start| lower.starts_with(start));
    let silent_h = ["hour", "honou", "honest", "heir"]
        .iter()
        .any(|start| lower.starts_with(start));
    if silent_h || !sounds_like_a_consonant && lower.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// Whether `word` is already a plural (a unit written `dollars` or `counties`, which the
/// unit's singular convention does not stop), so that it is not made plural twice
/// (`dollarses`): an irregular plural, or the regular plural of a stem that could be an
/// English singular, or the regular plural of an irregular noun (`persons`). Stems ending
/// in `a`, `i`, `o` or `u` are not taken for one, which keeps `bus`, `census`, `status` and
/// `atlas` singular.
fn is_plural(word: &str) -> bool {
    let regular_of_irregular =
        |(one, plural): &(&str, &str)| *plural == word || word.strip_suffix('s') == Some(*one);
    if IRREGULAR.iter().any(regular_of_irregular) {
        return true;
    }
    let stems = [
        word.strip_suffix("ies").map(|stem| format!("{stem}y")),
        word.strip_suffix("es").map(str::to_string),
        word.strip_suffix('s').map(str::to_string),
    ];
    stems.into_iter().flatten().any(|stem| {
        stem.chars().count() >= 3
            && !stem.ends_with(['a', 'i', 'o', 'u', 's'])
            && plural_word(&stem, false) == word
    })
}

#[cfg(test)]
mod tests {
    use super::{and_list, irregular_singular, lowercase, plural, with_article};

    #[test]
    fn the_turkish_dotted_capital_lowercases_to_a_plain_i() {
        assert_eq!(lowercase("İşsizlik oranı"), "işsizlik oranı");
        assert_eq!(lowercase("İSTANBUL"), "istanbul");
        assert_eq!(lowercase("Net Income"), "net income");
    }

    #[test]
    fn the_indefinite_article_goes_by_the_first_sound() {
        assert_eq!(with_article("county"), "a county");
        assert_eq!(with_article("autonomous region"), "an autonomous region");
        assert_eq!(
            with_article("`Australian dollar` unit"),
            "an `Australian dollar` unit"
        );
        assert_eq!(with_article("euro"), "a euro");
        assert_eq!(with_article("`USD` unit"), "a `USD` unit");
        assert_eq!(with_article("`US dollar` unit"), "a `US dollar` unit");
        assert_eq!(with_article("user"), "a user");
        assert_eq!(with_article("usher"), "an usher");
        assert_eq!(with_article("`hour` unit"), "an `hour` unit");
    }

    #[test]
    fn names_in_a_sentence_are_joined_with_commas_and_a_last_and() {
        let none: [&str; 0] = [];
        assert_eq!(and_list(&none), "");
        assert_eq!(and_list(&["Hubei"]), "Hubei");
        assert_eq!(and_list(&["Hubei", "Hebei"]), "Hubei and Hebei");
        assert_eq!(
            and_list(&["Hubei".to_string(), "Hebei".into(), "Henan".into()]),
            "Hubei, Hebei and Henan"
        );
    }

    #[test]
    fn a_unit_of_an_article_in_another_language_is_counted_as_written() {
        assert_eq!(super::unit_plural("county", true), "counties");
        assert_eq!(super::unit_plural("vittima", true), "vittimas");
        assert_eq!(super::unit_plural("vittima", false), "vittima");
        assert_eq!(
            super::unit_plural("poor household", false),
            "poor household"
        );
        for unit in [
            "person",
            "Hospital",
            "poor household",
            "yuan",
            "percentage point",
            // The measures every project knows.
            "mile",
            "square mile",
            "gallon",
            "megawatt-hour",
            // Currencies English counts in.
            "ruble",
            "rupee",
            "Mexican peso",
        ] {
            assert!(super::is_english_unit(unit), "{unit}");
        }
        for unit in [
            "vittima",
            "comune",
            "ospedale",
            "persona",
            "Landkreis",
            "caso",
            "hogar",
            "рубль",
        ] {
            assert!(!super::is_english_unit(unit), "{unit}");
        }
    }

    #[test]
    fn a_word_is_an_abbreviation_by_its_letters_in_any_script() {
        for word in ["km", "mph", "MW", "Rs", "km2", "МВт", "µg/m³"] {
            assert!(super::is_abbreviation(word), "{word}");
        }
        // Vowels outside ASCII are vowels: these are words.
        for word in ["village", "погибших", "tırı", "νεκρών", "Landkreis"] {
            assert!(!super::is_abbreviation(word), "{word}");
        }
    }

    #[test]
    fn plural_follows_english_spelling() {
        assert_eq!(plural("county"), "counties");
        assert_eq!(plural("province"), "provinces");
        assert_eq!(plural("day"), "days");
        assert_eq!(plural("person"), "people");
        assert_eq!(plural("yuan"), "yuan");
        assert_eq!(plural("inch"), "inches");
        assert_eq!(plural("household"), "households");
    }

    #[test]
    fn the_zloty_takes_an_s_as_english_writes_it() {
        assert_eq!(plural("zloty"), "zlotys");
        assert_eq!(plural("zlotys"), "zlotys");
        assert_eq!(plural("Polish zloty"), "Polish zlotys");
        assert_eq!(irregular_singular("zlotys").as_deref(), Some("zloty"));
    }

    #[test]
    fn irregular_nouns_and_the_last_word_of_a_phrase_take_the_plural() {
        assert_eq!(plural("criterion"), "criteria");
        assert_eq!(plural("poor person"), "poor people");
        assert_eq!(plural("demonstration village"), "demonstration villages");
        assert_eq!(plural("gram per litre"), "grams per litre");
        assert_eq!(plural("yuan per person"), "yuan per person");
    }

    #[test]
    fn a_plural_is_not_made_plural_again() {
        assert_eq!(plural("dollars"), "dollars");
        assert_eq!(plural("counties"), "counties");
        assert_eq!(plural("villages"), "villages");
        assert_eq!(plural("people"), "people");
    }

    #[test]
    fn a_plural_of_an_irregular_noun_has_its_singular() {
        for (unit, singular) in [
            ("people", "person"),
            ("persons", "person"),
            ("People", "person"),
            ("children", "child"),
            ("poor people", "poor person"),
            ("kronor", "krona"),
        ] {
            assert_eq!(
                irregular_singular(unit).as_deref(),
                Some(singular),
                "{unit}"
            );
        }
        // A singular, a regular plural and a word that only ends like one have none.
        for unit in ["person", "child", "counties", "steeple", "spersons"] {
            assert_eq!(irregular_singular(unit), None, "{unit}");
        }
        assert_eq!(plural("churches"), "churches");
        // Singulars that end in `s` still take the plural.
        assert_eq!(plural("bus"), "buses");
        assert_eq!(plural("census"), "censuses");
        assert_eq!(plural("status"), "statuses");
        assert_eq!(plural("atlas"), "atlases");
        assert_eq!(plural("class"), "classes");
    }

    #[test]
    fn symbols_and_abbreviations_stay_as_written() {
        assert_eq!(plural("km2"), "km2");
        assert_eq!(plural("m³"), "m³");
        assert_eq!(plural("t/ha"), "t/ha");
        for symbol in [
            "km", "kms", "lb", "lbs", "hr", "hrs", "yr", "mph", "kwh", "ms", "ha", "AUD", "HKD",
            "HK$", "MW", "mW", "G", "R", "Rs", "Gy", "Cal", "Gal", "cal", "min", "mins",
        ] {
            assert_eq!(plural(symbol), symbol);
        }
        assert_eq!(plural("persons"), "persons", "a plural already");
        // Words stay words: short ones, with `y` as a vowel, and capitalised ones.
        assert_eq!(plural("gym"), "gyms");
        assert_eq!(plural("day"), "days");
        assert_eq!(plural("cow"), "cows");
        assert_eq!(plural("bus"), "buses");
        assert_eq!(plural("gas"), "gases");
        assert_eq!(plural("mile per hour"), "miles per hour");
    }

    #[test]
    fn the_english_plural_is_given_whatever_the_unit_looks_like() {
        use super::english_plural;
        assert_eq!(english_plural("Family"), "Families");
        assert_eq!(
            english_plural("Person"),
            "Persons",
            "irregular nouns are found in lowercase"
        );
        assert_eq!(english_plural("person"), "people");
        assert_eq!(english_plural("Village"), "Villages");
    }

    #[test]
    fn words_of_other_languages_stay_as_written() {
        // English writes a unit noun in lowercase; German capitalises every noun.
        for word in [
            "Landkreis",
            "Gemeinde",
            "Bett",
            "Village",
            "hôpital",
            "município",
        ] {
            assert_eq!(plural(word), word);
        }
        assert_eq!(plural("Australian dollar"), "Australian dollars");
        assert_eq!(plural("New Taiwan dollar"), "New Taiwan dollars");
        assert_eq!(plural("Krankenhaus pro Kreis"), "Krankenhaus pro Kreis");
    }

    #[test]
    fn other_plurals_are_the_regular_plural_of_irregular_nouns_and_of_abbreviations() {
        use super::other_plurals;
        assert_eq!(other_plurals("person"), ["persons"]);
        assert_eq!(other_plurals("poor person"), ["poor persons"]);
        assert_eq!(other_plurals("yuan"), ["yuans"]);
        assert_eq!(other_plurals("km"), ["kms"]);
        assert_eq!(other_plurals("hr"), ["hrs"]);
        assert_eq!(other_plurals("MW"), ["MWs"]);
        assert_eq!(
            other_plurals("R"),
            Vec::<String>::new(),
            "Rs is another unit"
        );
        assert_eq!(other_plurals("ms"), Vec::<String>::new());
        // The Spanish plural of a noun that ends in a consonant, its last accent dropped.
        assert_eq!(other_plurals("hogar"), ["hogares"]);
        assert_eq!(other_plurals("región"), ["regiones"]);
        assert_eq!(other_plurals("ciudad"), ["ciudades"]);
        for none in ["mil", "escuela", "county", "Hogar", "país"] {
            assert_eq!(other_plurals(none), Vec::<String>::new(), "{none}");
        }
        assert_eq!(other_plurals("county"), Vec::<String>::new());
        assert_eq!(other_plurals("km/h"), Vec::<String>::new());
    }

    #[test]
    fn portuguese_plurals_follow_the_spanish() {
        use super::other_plurals;
        assert_eq!(
            other_plurals("caminhão"),
            ["caminhões", "caminhães", "caminhãos"]
        );
        assert_eq!(other_plurals("pão"), ["pões", "pães", "pãos"]);
        assert_eq!(other_plurals("animal"), ["animales", "animais"]);
        assert_eq!(other_plurals("hotel"), ["hoteles", "hotéis"]);
        assert_eq!(other_plurals("barril"), ["barriles", "barris"]);
        assert_eq!(other_plurals("farol"), ["faroles", "faróis"]);
        assert_eq!(other_plurals("nível"), ["níveles", "níveis"]);
        assert_eq!(other_plurals("fóssil"), ["fóssiles", "fósseis"]);
        assert_eq!(other_plurals("item"), ["itens"]);
        assert_eq!(other_plurals("armazém"), ["armazéns"]);
        assert_eq!(other_plurals("trator"), ["tratores"]);
        assert_eq!(
            other_plurals("poor animal"),
            ["poor animales", "poor animais"]
        );
        for none in ["mil", "escola", "Hotel", "lápis", "county"] {
            assert_eq!(other_plurals(none), Vec::<String>::new(), "{none}");
        }
    }

    #[test]
    fn a_singular_of_another_language_is_no_plural_as_written() {
        use super::is_foreign_singular;
        for singular in [
            "Jahr",
            "Fahrt",
            "Landkreis",
            "Gemeinde",
            "caminhão",
            "hôpital",
            "Village",
        ] {
            assert!(is_foreign_singular(singular), "{singular}");
        }
        // Words their languages keep in the plural, English words, abbreviations, and
        // words of other scripts.
        for kept in [
            "Einwohner",
            "Kilometer",
            "Mittel",
            "Mädchen",
            "Hektar",
            "pays",
            "prix",
            "città",
            "year",
            "village",
            "yuan",
            "km",
            "AUD",
            "Villages",
            "человек",
            "Euro pro Kopf",
        ] {
            assert!(!is_foreign_singular(kept), "{kept}");
        }
    }
}
