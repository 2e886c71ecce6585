//! The endings Malayalam writes onto a scale or percent word after a figure, in the same
//! word: `3,400 കോടിയായി` is 3,400 crore and `യായി` ("became"), `1,250 കോടിയുടെ` "of 1,250
//! crore", `2.4 ലക്ഷത്തോളം` "about 2.4 lakh", `78.5 ശതമാനമായി` "became 78.5 percent". A word
//! that ends in a vowel (`കോടി`) takes them after a glide (`യ`) or as the dative `ക്ക്`; a
//! word that ends in the anusvara (`ലക്ഷം`, `ശതമാനം`, `ആയിരം`) drops it and takes them after
//! `മ`, `ത്ത` or `വ` (`ലക്ഷത്തിന്റെ`, `ശതമാനമായി`, `ലക്ഷവും`). The endings are a closed list:
//! a longer word that only begins like the scale word (`ലക്ഷ്യം`, a target; `ലക്ഷണം`, a
//! symptom; the name `കോടിയേരി`) is none. The chillus are read as the atomic letters Unicode
//! gives them (`ൽ`, U+0D7D), as news writes them today.

/// The anusvara (`ം`), which ends `ലക്ഷം` and `ശതമാനം` alone and is dropped before an ending.
const ANUSVARA: char = '\u{0D02}';

/// Whether `c` is of the Malayalam script: a letter, a vowel sign, a digit.
pub fn is_malayalam(c: char) -> bool {
    ('\u{0D00}'..='\u{0D7F}').contains(&c)
}

/// The endings written onto a word that ends in a vowel (`കോടി`): "became" and "is", "was",
/// "will be", "and" (`യും`), "about" (`യോളം`), "more than" (`യിലധികം`, `യിലേറെ`), "in" and
/// "in ... too", "of" (`യുടെ`, and `യിലെ`, "in the"), and the dative in its two spellings.
const AFTER_A_VOWEL: &[&str] = &[
    "യായി",
    "യാണ്",
    "യായിരുന്നു",
    "യാകും",
    "യും",
    "യോളം",
    "യിലധികം",
    "യിലേറെ",
    "യിൽ",
    "യിലും",
    "യിലെ",
    "യുടെ",
    "ക്ക്",
    "യ്ക്ക്",
];

/// The endings written onto the stem of a word that ends in the anusvara, which drops it
/// (`ലക്ഷം`, `ലക്ഷത്തോളം`), in the same senses as [`AFTER_A_VOWEL`]: after `മ` (`മായി`,
/// `മാണ്`), after `ത്ത` (`ത്തോളം`, `ത്തിലധികം`, `ത്തിന്റെ`, the dative `ത്തിന്`), and `വും`.
const AFTER_THE_STEM: &[&str] = &[
    "മായി",
    "മാണ്",
    "മായിരുന്നു",
    "മാകും",
    "വും",
    "ത്തോളം",
    "ത്തിലധികം",
    "ത്തിലേറെ",
    "ത്തിൽ",
    "ത്തിലും",
    "ത്തിലെ",
    "ത്തിന്റെ",
    "ത്തിന്",
    "ത്തിനും",
];

/// Whether `rest` starts with one of `endings` that ends its word (no letter or sign of
/// Malayalam after it).
fn starts_with_an_ending(rest: &str, endings: &[&str]) -> bool {
    endings.iter().any(|ending| {
        rest.strip_prefix(ending)
            .is_some_and(|after| !after.starts_with(is_malayalam))
    })
}

/// Whether `rest`, the text right after the scale or percent word `word` written whole,
/// starts with one of the endings of [`AFTER_A_VOWEL`] that ends its word: `യായി` after
/// `കോടി`. A word that ends in the anusvara takes its endings on its stem
/// ([`stem_with_an_ending`]), never after it: `false`.
pub fn only_endings_follow(word: &str, rest: &str) -> bool {
    !word.ends_with(ANUSVARA) && starts_with_an_ending(rest, AFTER_A_VOWEL)
}

/// Where the scale or percent word `word`, which ends in the anusvara (`ലക്ഷം`), is written
/// at the start of `text` as its stem with one of [`AFTER_THE_STEM`] after it, ending the
/// word (`ലക്ഷത്തോളം`, `ശതമാനമായി`): the byte length of the stem, where the ending starts.
pub fn stem_with_an_ending(word: &str, text: &str) -> Option<usize> {
    let stem = word.strip_suffix(ANUSVARA)?;
    let rest = text.strip_prefix(stem)?;
    starts_with_an_ending(rest, AFTER_THE_STEM).then_some(stem.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_endings_written_onto_a_scale_word_end_it() {
        for (written, word) in [
            ("കോടിയായി", "കോടി"),
            ("കോടിയുടെ നഷ്ടം", "കോടി"),
            ("കോടിയിലധികം", "കോടി"),
            ("കോടിക്ക്", "കോടി"),
            ("കോടിയും", "കോടി"),
        ] {
            let rest = written.strip_prefix(word).unwrap();
            assert!(only_endings_follow(word, rest), "{written}");
        }
        for (written, word) in [
            ("ലക്ഷത്തോളം", "ലക്ഷം"),
            ("ലക്ഷത്തിലധികം പേർ", "ലക്ഷം"),
            ("ശതമാനമായി", "ശതമാനം"),
            ("ശതമാനത്തിന്റെ", "ശതമാനം"),
            ("ആയിരത്തിലേറെ", "ആയിരം"),
            ("ലക്ഷവും", "ലക്ഷം"),
        ] {
            let stem = word.trim_end_matches(ANUSVARA);
            assert_eq!(
                stem_with_an_ending(word, written),
                Some(stem.len()),
                "{written}"
            );
        }
    }

    #[test]
    fn a_longer_word_that_begins_like_a_scale_word_is_none() {
        // A target, a symptom, a name, the word alone, letters after an ending.
        for (written, word) in [
            ("ലക്ഷ്യം", "ലക്ഷം"),
            ("ലക്ഷണം", "ലക്ഷം"),
            ("ലക്ഷം", "ലക്ഷം"),
            ("ലക്ഷത്തോളംപേർ", "ലക്ഷം"),
        ] {
            assert_eq!(stem_with_an_ending(word, written), None, "{written}");
        }
        for (written, word) in [("കോടിയേരി", "കോടി"), ("കോടിയായിട്ട", "കോടി")]
        {
            let rest = written.strip_prefix(word).unwrap();
            assert!(!only_endings_follow(word, rest), "{written}");
        }
        // A word with the anusvara takes no ending after it whole.
        assert!(!only_endings_follow("ലക്ഷം", "യായി"));
        assert_eq!(stem_with_an_ending("കോടി", "കോടിയായി"), None);
    }
}
