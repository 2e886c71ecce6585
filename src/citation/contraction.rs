//! Place names that begin with an article, written contracted with a preposition.
//!
//! French, Spanish, Italian and Portuguese join a preposition and the article of a name
//! into one word: `Le Port` is written "au Port" and "du Port", `Les Abymes` "aux Abymes"
//! and "des Abymes", `El Salvador` "del Salvador", `Il Cairo` "al Cairo", `La Spezia`
//! "della Spezia", `L'Aquila` "dell'Aquila", `O Porto` "do Porto", `A Coruña` "na Coruña".
//! A text that writes the contraction names the place as surely as one that writes its
//! article: CC203 finds a member so, and CC204 reads a listed name so. The rest of the name
//! is still looked for as whole words, case as written, and only after one of these words:
//! "Port" alone, or "le port de commerce", names no `Le Port`. German and Dutch keep the
//! article apart ("in Den Haag"), which the name as written already finds.

/// The articles a registered name may begin with, as written at its start, and the words
/// that write a preposition and that article in one, in lowercase.
const CONTRACTED_ARTICLES: &[(&str, &[&str])] = &[
    // French `à le`, `de le`; Italian `a le`, `di le`, `in le`, `da le`, `su le` (the
    // feminine plural: `Le Marche`, "nelle Marche").
    (
        "Le",
        &["au", "du", "alle", "delle", "nelle", "dalle", "sulle"],
    ),
    // French `à les`, `de les`.
    ("Les", &["aux", "des"]),
    // Spanish `a el`, `de el`.
    ("El", &["al", "del"]),
    // Italian.
    ("Il", &["al", "del", "nel", "dal", "sul"]),
    ("Lo", &["allo", "dello", "nello", "dallo", "sullo"]),
    ("La", &["alla", "della", "nella", "dalla", "sulla"]),
    // Portuguese `a o`, `de o`, `em o`, `por o`, and their feminine and plural forms.
    ("O", &["ao", "do", "no", "pelo"]),
    ("A", &["à", "da", "na", "pela"]),
    ("Os", &["aos", "dos", "nos", "pelos"]),
    ("As", &["às", "das", "nas", "pelas"]),
];

/// The Italian article elided before a vowel (`L'Aquila`), and its contractions, each
/// written onto the name with the same apostrophe: "all'Aquila", "dell'Aquila".
const ELIDED_ARTICLE: (&str, &[&str]) = ("L", &["all", "dell", "nell", "dall", "sull"]);

/// The apostrophes an elision is written with: as typed, typographic, and as a normalized
/// text writes every quote mark ([`normalize`](crate::normalize::normalize)).
const APOSTROPHES: [char; 3] = ['\'', '\u{2019}', '"'];

/// How a name's article is written contracted: the contractions, and what joins one to the
/// rest of the name (a space, or the elision's apostrophe).
struct Article {
    contractions: &'static [&'static str],
    joint: char,
}

/// The article `name` begins with and the rest of the name after it: `Le` and `Port` for
/// `Le Port`, the elided `L'` and `Aquila` for `L'Aquila`. `None` for a name that begins with
/// no such article, or is nothing but one.
fn article_of(name: &str) -> Option<(Article, &str)> {
    let spaced = CONTRACTED_ARTICLES
        .iter()
        .find_map(|&(article, contractions)| {
            let rest = name.strip_prefix(article)?.strip_prefix(' ')?;
            let joint = ' ';
            Some((
                Article {
                    contractions,
                    joint,
                },
                rest,
            ))
        });
    let elided = || {
        let (article, contractions) = ELIDED_ARTICLE;
        let after = name.strip_prefix(article)?;
        let joint = after.chars().next().filter(|c| APOSTROPHES.contains(c))?;
        Some((
            Article {
                contractions,
                joint,
            },
            &after[joint.len_utf8()..],
        ))
    };
    spaced
        .or_else(elided)
        .filter(|(_, rest)| rest.starts_with(char::is_alphabetic))
}

/// Each spelling that writes `name` with its article contracted with a preposition, in
/// lowercase and capitalised as a sentence opens: "au Port", "Au Port", "du Port", "Du
/// Port" for `Le Port`; "dell'Aquila" for `L'Aquila`; `للمفرق` for `المفرق`. None for a name
/// that begins with no article of [`CONTRACTED_ARTICLES`] or [`ELIDED_ARTICLE`] nor with the
/// Arabic article.
pub(super) fn contracted_spellings(name: &str) -> Vec<String> {
    let Some((article, rest)) = article_of(name) else {
        return after_arabic_preposition_for(name).into_iter().collect();
    };
    article
        .contractions
        .iter()
        .flat_map(|contraction| {
            [
                contraction.to_string(),
                crate::words::capitalised(contraction),
            ]
        })
        .map(|contraction| format!("{contraction}{}{rest}", article.joint))
        .collect()
}

/// The Arabic article `ال`, written onto the noun it defines.
const ARABIC_ARTICLE: &str = "\u{0627}\u{0644}";

/// The Arabic preposition `ل` ("for", "to"), before which the article loses its alef.
const ARABIC_FOR: char = '\u{0644}';

/// `name`, an Arabic name that begins with the article `ال`, as written after the preposition
/// `ل`, which drops the article's alef: `للمفرق` for `المفرق`. A conjunction may still stand
/// before it (`وللمفرق`), as before any name.
fn after_arabic_preposition_for(name: &str) -> Option<String> {
    let rest = name.strip_prefix(ARABIC_ARTICLE)?;
    rest.starts_with(char::is_alphabetic)
        .then(|| format!("{ARABIC_FOR}{ARABIC_FOR}{rest}"))
}

/// The name with the Arabic article that `written`, a stretch of a text after the preposition
/// `ل` that dropped the article's alef, stands for: `المفرق` for `للمفرق`. `None` for a stretch
/// that does not start with `لل`.
pub(super) fn before_arabic_preposition_for(written: &str) -> Option<String> {
    let rest = written.strip_prefix(ARABIC_FOR)?.strip_prefix(ARABIC_FOR)?;
    rest.starts_with(char::is_alphabetic)
        .then(|| format!("{ARABIC_ARTICLE}{rest}"))
}

/// The names that `name`, written after a contraction, may stand for, each article the
/// contraction may write put back before it: `Le Port` for "Port" after "au" or "Au";
/// `before` is the text before the name, ending with the contraction and a space, or with
/// the contraction and its apostrophe. The name may
/// itself open with a capitalised contraction, as a run of capitalised words reads "Au
/// Port" at a sentence's start: then the words after it. Empty where no contraction
/// stands there.
pub(super) fn expanded(before: &str, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    // "Au Port": the contraction opens the name.
    if let Some((first, rest)) = name.split_once(' ') {
        out.extend(
            CONTRACTED_ARTICLES
                .iter()
                .filter(|(_, contractions)| is_one_of(first, contractions))
                .map(|(article, _)| format!("{article} {rest}")),
        );
    }
    // "au Port": the contraction before the name.
    if let Some(head) = before.strip_suffix(' ') {
        let word = last_word(head);
        out.extend(
            CONTRACTED_ARTICLES
                .iter()
                .filter(|(_, contractions)| is_one_of(word, contractions))
                .map(|(article, _)| format!("{article} {name}")),
        );
    }
    // "dell'Aquila": the contraction written onto the name with its apostrophe.
    if let Some(head) = before.strip_suffix(APOSTROPHES) {
        let (article, contractions) = ELIDED_ARTICLE;
        if is_one_of(last_word(head), contractions) {
            out.push(format!("{article}'{name}"));
        }
    }
    out
}

/// Whether `word` (in lowercase) writes a preposition and an article in one: "au", "des",
/// "nella", "na".
pub(super) fn is_contraction(word: &str) -> bool {
    CONTRACTED_ARTICLES
        .iter()
        .any(|(_, contractions)| contractions.contains(&word))
}

/// Whether `word` is one of `contractions`, in lowercase or capitalised (a sentence's first
/// word), not in capitals or other cases: "AU" is a code.
fn is_one_of(word: &str, contractions: &[&str]) -> bool {
    let mut chars = word.chars();
    let (Some(first), rest) = (chars.next(), chars.as_str()) else {
        return false;
    };
    contractions.iter().any(|contraction| {
        let mut letters = contraction.chars();
        word == *contraction
            || (letters
                .next()
                .is_some_and(|lower| lower.to_uppercase().eq([first]))
                && letters.as_str() == rest)
    })
}

/// The last word of `text`, after its last character that is no letter.
fn last_word(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(at, c)| at + c.len_utf8());
    &text[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_that_begins_with_an_article_is_spelt_with_each_contraction_of_it() {
        let spellings = contracted_spellings("Le Port");
        for spelling in ["au Port", "Au Port", "du Port", "Du Port", "nelle Port"] {
            assert!(spellings.iter().any(|s| s == spelling), "{spelling}");
        }
        assert!(!spellings.iter().any(|s| s == "aux Port"));
        let spellings = contracted_spellings("Les Abymes");
        assert!(spellings.iter().any(|s| s == "des Abymes"));
        assert!(spellings.iter().any(|s| s == "aux Abymes"));
        assert!(contracted_spellings("El Salvador").contains(&"del Salvador".to_string()));
        assert!(contracted_spellings("La Spezia").contains(&"della Spezia".to_string()));
        assert!(contracted_spellings("L'Aquila").contains(&"dell'Aquila".to_string()));
        // As a normalized name writes its apostrophe.
        assert!(contracted_spellings("L\"Aquila").contains(&"dell\"Aquila".to_string()));
        assert!(contracted_spellings("O Porto").contains(&"do Porto".to_string()));
        assert!(contracted_spellings("A Coruña").contains(&"na Coruña".to_string()));
        assert!(contracted_spellings("As Pontes").contains(&"das Pontes".to_string()));
    }

    #[test]
    fn an_arabic_name_with_its_article_is_spelt_after_the_preposition_for() {
        assert_eq!(contracted_spellings("المفرق"), ["للمفرق"]);
        assert_eq!(contracted_spellings("الرمثا"), ["للرمثا"]);
        // No article: the preposition is a proclitic like any other (`لإربد`).
        assert_eq!(contracted_spellings("إربد"), Vec::<String>::new());
        assert_eq!(contracted_spellings("ال"), Vec::<String>::new());
        assert_eq!(
            before_arabic_preposition_for("للمفرق").as_deref(),
            Some("المفرق")
        );
        assert_eq!(before_arabic_preposition_for("لإربد"), None);
    }

    #[test]
    fn a_name_without_an_article_has_no_contracted_spelling() {
        for name in [
            "Saint-Paul",
            "Lens",
            "Lecce",
            "Leeds",
            "Asti",
            "Osaka",
            "Le",
            "A",
        ] {
            assert_eq!(contracted_spellings(name), Vec::<String>::new(), "{name}");
        }
    }

    #[test]
    fn a_name_after_a_contraction_stands_for_the_name_with_its_article() {
        assert!(expanded("Les livraisons au ", "Port").contains(&"Le Port".to_string()));
        assert!(expanded("Les villes du ", "Tampon").contains(&"Le Tampon".to_string()));
        assert!(expanded("", "Au Port").contains(&"Le Port".to_string()));
        assert!(expanded("la città dell'", "Aquila").contains(&"L'Aquila".to_string()));
        assert!(expanded("la città dell\u{2019}", "Aquila").contains(&"L'Aquila".to_string()));
        assert!(expanded("a viagem ao ", "Porto").contains(&"O Porto".to_string()));
        // No contraction before it: nothing.
        assert_eq!(expanded("le ", "Port"), Vec::<String>::new());
        assert_eq!(expanded("de ", "Saint-Paul"), Vec::<String>::new());
        assert_eq!(expanded("", "Saint-Paul"), Vec::<String>::new());
        // Part of a longer word, or in capitals: no contraction.
        assert_eq!(expanded("chapeau ", "Port"), Vec::<String>::new());
        assert_eq!(expanded("AU ", "Port"), Vec::<String>::new());
    }
}
