//! The case endings Bengali writes onto a noun, in the same word: `সুনামগঞ্জে` is the district
//! সুনামগঞ্জ and `ে` ("in"), `সিলেটের` সিলেট and `ের` ("of"), `ঢাকায়` ঢাকা and `য়` ("in", after
//! a vowel), `জেলার` জেলা and `র` ("of", after a vowel); a scale or percent word takes them too
//! (`৩.৫ লাখে`, `৬৫ শতাংশের`). A name, a scale word or a unit followed by them still ends
//! there. The endings are a closed list ([`CASE_ENDINGS`]): the locative, the genitive, the
//! objective (`কে`), the instrumental `তে`, each with the `ও` ("too", "also") or `ই` (just) that
//! may follow it, and those alone. `য়` is written as one character (U+09DF) or as `য` and a
//! nukta (U+09AF U+09BC), as Unicode's normal form writes it.

/// The case endings, after a consonant (`ে`, `ের`) or after a vowel (`য়`, `র`), each alone or
/// with `ও` or `ই` after it, `য়` in both of its spellings.
pub const CASE_ENDINGS: &[&str] = &[
    "\u{09C7}",
    "\u{09C7}\u{09B0}",
    "\u{09C7}\u{0993}",
    "\u{09C7}\u{0987}",
    "\u{09C7}\u{09B0}\u{0993}",
    "\u{09B0}",
    "\u{09B0}\u{0993}",
    "\u{098F}",
    "\u{098F}\u{09B0}",
    "\u{0993}",
    "\u{0987}",
    "\u{09A4}\u{09C7}",
    "\u{09A4}\u{09C7}\u{0993}",
    "\u{0995}\u{09C7}",
    "\u{0995}\u{09C7}\u{0993}",
    "\u{09DF}",
    "\u{09DF}\u{09C7}\u{09B0}",
    "\u{09DF}\u{0993}",
    "\u{09AF}\u{09BC}",
    "\u{09AF}\u{09BC}\u{09C7}\u{09B0}",
    "\u{09AF}\u{09BC}\u{0993}",
];

/// Whether `c` is of the Bengali script: a letter, a vowel sign, a digit.
pub fn is_bengali(c: char) -> bool {
    ('\u{0980}'..='\u{09FF}').contains(&c)
}

/// Whether `rest`, the text after a noun, starts with one of [`CASE_ENDINGS`] that ends its
/// word (no letter or sign of Bengali after it): `ে` of `সুনামগঞ্জে`, `য়` of `ঢাকায়`. An empty
/// `rest`, or one that starts with no ending, has none: `false`.
pub fn only_case_endings_follow(rest: &str) -> bool {
    rest.starts_with(is_bengali)
        && CASE_ENDINGS.iter().any(|ending| {
            rest.strip_prefix(ending)
                .is_some_and(|after| !after.starts_with(is_bengali))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_case_endings_written_onto_a_noun_end_its_word() {
        let ending_of = |word: &str, noun: &str| word.strip_prefix(noun).unwrap().to_string();
        for (word, noun) in [
            ("সুনামগঞ্জে", "সুনামগঞ্জ"),
            ("সিলেটের", "সিলেট"),
            ("ঢাকায়", "ঢাকা"),
            ("ঢাকা\u{09AF}\u{09BC}", "ঢাকা"),
            ("জেলার", "জেলা"),
            ("ঢাকাতে", "ঢাকা"),
            ("ঢাকাকে", "ঢাকা"),
            ("ঢাকাও", "ঢাকা"),
            ("লাখে", "লাখ"),
            ("শতাংশের", "শতাংশ"),
        ] {
            let rest = ending_of(word, noun);
            assert!(only_case_endings_follow(&format!("{rest} আরও")), "{word}");
            assert!(only_case_endings_follow(&rest), "{word}");
        }
        // Another word that starts alike, or no ending.
        for rest in ["", " ঢাকা", "রাজশাহী", "েরপুর", "x"] {
            assert!(!only_case_endings_follow(rest), "{rest}");
        }
    }
}
