//! The case endings Tamil writes onto a name that ends in a vowel, in the same word:
//! `சென்னையில்` is the city சென்னை and `யில்` ("in"), `திருநெல்வேலியிலும்` திருநெல்வேலி and
//! `யிலும்` ("in ... too"), `மதுரைக்கு` மதுரை and `க்கு` ("to"), `கோவாவில்` கோவா and `வில்`.
//! A name followed by them still ends there. After a vowel an ending opens with a glide, `ய`
//! after i, e and ai or `வ` after a, u and o, or with a doubled consonant (`க்க`, `ச்ச`,
//! `த்த`, `ப்ப`); an ending never opens otherwise, so a longer word that only starts like the
//! name (a name with more letters of its own) is not it. A name that ends in a consonant
//! changes its last letter before an ending (`கோயம்புத்தூர்`, `கோயம்புத்தூரில்`), and is not
//! read so.

/// The virama (`்`), which writes a consonant without its vowel.
const VIRAMA: char = '\u{0BCD}';

/// Whether `c` is of the Tamil script: a letter, a vowel sign, a digit.
pub fn is_tamil(c: char) -> bool {
    ('\u{0B80}'..='\u{0BFF}').contains(&c)
}

/// What follows the glide of a case ending, each of which more may follow (`யிலும்`,
/// `யிலிருந்து`): the locative `இல்`, the genitive `இன்`, the accusative `ஐ`, the
/// instrumental `ஆல்`, the sociative `உடன்`, the locative of persons `இடம்`, and `உம்` ("and",
/// "too"), as vowel signs after the glide and without the virama that ends a word, which the
/// next ending replaces.
const ENDINGS_AFTER_A_GLIDE: &[&str] = &["ில", "ின", "ை", "ால", "ுடன", "ிடம", "ும"];

/// Whether `rest`, the text after a name whose last character is `last`, starts with a case
/// ending of Tamil, or the doubled consonant written onto a name before a word that starts
/// with it (`சென்னைப் பல்கலைக்கழகம்`): the name ends in a vowel (an independent vowel, a
/// vowel sign, or a consonant with its inherent a), and `rest` starts with a glide (`ய`,
/// `வ`) and one of [`ENDINGS_AFTER_A_GLIDE`], with the dative `க்கு`, or with `க்`, `ச்`,
/// `த்` or `ப்` alone at the end of its word. An empty `rest`, or a name that ends in a consonant: `false`.
pub fn only_case_endings_follow(last: char, rest: &str) -> bool {
    if !is_tamil(last) || last == VIRAMA {
        return false;
    }
    if let Some(after_glide) = rest.strip_prefix(['ய', 'வ']) {
        return ENDINGS_AFTER_A_GLIDE
            .iter()
            .any(|ending| after_glide.starts_with(ending));
    }
    let mut chars = rest.chars();
    match (chars.next(), chars.next(), chars.next()) {
        // The dative, `க்கு`.
        (Some('க'), Some(VIRAMA), Some('க')) => true,
        // The consonant doubled before the next word, which ends this one.
        (Some('க' | 'ச' | 'த' | 'ப'), Some(VIRAMA), again) => {
            again.is_none_or(|again| !is_tamil(again))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_glide_or_a_doubled_consonant_after_a_vowel_opens_a_case_ending() {
        for (word, name) in [
            ("சென்னையில்", "சென்னை"),
            ("திருநெல்வேலியிலும்", "திருநெல்வேலி"),
            ("தூத்துக்குடியிலும்", "தூத்துக்குடி"),
            ("மதுரைக்கு", "மதுரை"),
            ("மதுரைக்கும்", "மதுரை"),
            ("கோவாவில்", "கோவா"),
            ("சென்னைப் பல்கலைக்கழகம்", "சென்னை"),
        ] {
            let rest = word.strip_prefix(name).unwrap();
            let last = name.chars().next_back().unwrap();
            assert!(only_case_endings_follow(last, rest), "{word}");
        }
    }

    #[test]
    fn other_letters_after_a_name_make_another_word() {
        for (word, name) in [
            // A name cut before its vowel sign.
            ("கோயம்புத்தூரில்", "கோயம்புத்தூர"),
            // Letters of a longer name.
            ("மதுரைவீரன்", "மதுரை"),
            ("சென்னைப்பட்டினம்", "சென்னை"),
        ] {
            let rest = word.strip_prefix(name).unwrap();
            let last = name.chars().next_back().unwrap();
            assert!(!only_case_endings_follow(last, rest), "{word}");
        }
        assert!(!only_case_endings_follow('a', "யில்"));
        assert!(!only_case_endings_follow('ர', ""));
        assert!(!only_case_endings_follow(VIRAMA, "யில்"));
    }
}
