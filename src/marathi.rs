//! The postpositions Marathi writes onto a scale or percent word after a figure, in the same
//! word, on the form the word takes before them: `25 हजारांहून अधिक` is "more than 25
//! thousand" (`हजारां`, the thousand's plural before a postposition, and `हून`, "than"),
//! `600 कोटींचा निधी` "a fund of 600 crore", `3 लाखांचे` "of 3 lakh", `12 टक्क्यांनी` "by 12
//! percent", `1 कोटीचा` "of 1 crore". The forms and the postpositions are closed lists: the
//! Hindi plurals `हज़ारों`, `लाखों` ("thousands of", "lakhs of") are no figure's scale, and
//! digits with a Devanagari ending written onto them (the Hindi ordinal `4वें`) are not read
//! here.

/// Marathi's scale and percent words as the value check reads them after a figure (in the
/// spellings of Hindi's thousand too), each with the forms it takes before a postposition:
/// the plural's (`हजारां`, `कोटीं`, `टक्क्यां`) and the singular's (`हजारा`, `लाखा`, `कोटी`).
const FORMS_BEFORE_A_POSTPOSITION: &[(&str, &[&str])] = &[
    ("हजार", &["हजारां", "हजारा"]),
    ("हज़ार", &["हज़ारां", "हज़ारा"]),
    ("लाख", &["लाखां", "लाखा"]),
    ("कोटी", &["कोटीं", "कोटी"]),
    ("टक्के", &["टक्क्यां", "टक्क्या"]),
];

/// The postpositions written onto those forms: "than" (`हून`, `पेक्षा`), "of" (`चा`, `ची`,
/// `चे`, `च्या`), "to" and "by" (`ना`, `नी`, and `ने` of the singular: `0.5 टक्क्याने वाढला`,
/// rose by 0.5 percent), "in" (`त`, `मध्ये`), "up to" (`पर्यंत`), "on" and "at" (`वर`), "too"
/// (`ही`).
const POSTPOSITIONS: &[&str] = &[
    "ने",
    "हून",
    "पेक्षा",
    "चा",
    "ची",
    "चे",
    "च्या",
    "ना",
    "नी",
    "त",
    "मध्ये",
    "पर्यंत",
    "वर",
    "ही",
];

/// Whether `c` is of the Devanagari script: a letter, a vowel sign, a digit.
fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

/// Where the scale or percent word `word` is written at the start of `text` in a form of
/// [`FORMS_BEFORE_A_POSTPOSITION`] with one of [`POSTPOSITIONS`] after it, ending the word
/// (`हजारांहून`, `कोटींचा`): the byte length of the form, where the postposition starts.
pub fn form_before_a_postposition(word: &str, text: &str) -> Option<usize> {
    let (_, forms) = FORMS_BEFORE_A_POSTPOSITION
        .iter()
        .find(|(scale, _)| *scale == word)?;
    forms.iter().find_map(|form| {
        let rest = text.strip_prefix(form)?;
        starts_with_a_postposition(rest).then_some(form.len())
    })
}

/// Whether `rest` starts with one of [`POSTPOSITIONS`] that ends its word: the rest of a
/// scale or percent word read in the form before it ([`form_before_a_postposition`]), which
/// leaves the figure and its word a figure, not a part of another word.
pub fn starts_with_a_postposition(rest: &str) -> bool {
    POSTPOSITIONS.iter().any(|postposition| {
        rest.strip_prefix(postposition)
            .is_some_and(|after| !after.starts_with(is_devanagari))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_postposition_written_onto_a_scale_word_ends_it() {
        for (written, word, form) in [
            ("हजारांहून अधिक", "हजार", "हजारां"),
            ("हजारांपेक्षा", "हजार", "हजारां"),
            ("कोटींचा निधी", "कोटी", "कोटीं"),
            ("कोटीचा", "कोटी", "कोटी"),
            ("लाखांचे", "लाख", "लाखां"),
            ("टक्क्यांनी", "टक्के", "टक्क्यां"),
            ("टक्क्याने वाढला", "टक्के", "टक्क्या"),
        ] {
            assert_eq!(
                form_before_a_postposition(word, written),
                Some(form.len()),
                "{written}"
            );
        }
    }

    #[test]
    fn other_words_and_forms_are_none() {
        // The Hindi plurals, a form with no postposition, letters after one, another word.
        for (written, word) in [
            ("हज़ारों", "हज़ार"),
            ("लाखों", "लाख"),
            ("हजारां", "हजार"),
            ("कोटींचाच", "कोटी"),
            ("लाखांचेही", "लाख"),
            ("अरबांचा", "अरब"),
        ] {
            assert_eq!(form_before_a_postposition(word, written), None, "{written}");
        }
    }
}
