//! English words for messages: the plural of a unit noun.

/// The plural of a unit noun: county -> counties, person -> people, poor household -> poor
/// households, yuan -> yuan. A unit written with a digit or a symbol (`km2`, `m³`, `t/ha`)
/// or as a known abbreviation stays as written: it is a symbol, not a word.
pub fn plural(unit: &str) -> String {
    // A rate takes the plural before its `per`: "gram per litre" -> "grams per litre".
    if let Some((counted, per)) = unit.split_once(" per ") {
        return format!("{} per {per}", plural(counted));
    }
    // The last word takes the plural: "poor person" -> "poor people".
    let (head, last) = match unit.rsplit_once(' ') {
        Some((head, last)) => (format!("{head} "), last),
        None => (String::new(), unit),
    };
    format!("{head}{}", plural_word(last))
}

fn plural_word(word: &str) -> String {
    const SAME: &[&str] = &[
        "yuan", "mu", "percent", "renminbi", "yen", "sheep", "fish", "deer", "series", "species",
        "km", "kg", "ha", "cm", "mm", "m", "t", "kw", "kwh", "mw", "gw",
    ];
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
    ];
    if word.is_empty()
        || SAME.contains(&word.to_lowercase().as_str())
        || !word.chars().all(|c| c.is_alphabetic() || c == '-')
    {
        return word.to_string();
    }
    if let Some((_, plural)) = IRREGULAR.iter().find(|(one, _)| *one == word) {
        return plural.to_string();
    }
    if is_plural(word, IRREGULAR) {
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

/// A noun with its indefinite article: "a county", "an autonomous region".
pub fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {noun}")
}

/// Whether `word` is already a plural (a unit written `dollars` or `counties`, which the
/// unit's singular convention does not stop), so that it is not made plural twice
/// (`dollarses`): an irregular plural, or the regular plural of a stem that could be an
/// English singular. Stems ending in `a`, `i`, `o` or `u` are not taken for one, which keeps
/// `bus`, `census`, `status` and `atlas` singular.
fn is_plural(word: &str, irregular: &[(&str, &str)]) -> bool {
    if irregular.iter().any(|(_, plural)| *plural == word) {
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
            && plural_word(&stem) == word
    })
}

#[cfg(test)]
mod tests {
    use super::plural;

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
        assert_eq!(plural("km"), "km");
    }
}
