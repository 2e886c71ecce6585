//! The letters Arabic writes onto the word after them: the conjunctions `و` (and) and `ف`
//! (so), and the prepositions `ب` (by, in, with), `ل` (for, to) and `ك` (as, like). A figure
//! or a phrase after them is still read: `بـ١٧٥ إصابة` is "with 175 cases", `و٣٠` "and 30",
//! `بأكثر من 40` "by more than 40". Up to [`MOST_STACKED`] of them stand together (`وب`,
//! `ول`, `فب`), and a tatweel (`ـ`, U+0640), the stroke that joins a letter to what follows
//! without a letter of its own, may stand after them, as Arabic writes before digits and
//! Latin letters (`بـ١٧٥`, `لـ45`).

/// The conjunctions and prepositions of one letter.
pub const PROCLITICS: &[char] = &['و', 'ف', 'ب', 'ل', 'ك'];

/// The tatweel, written after a proclitic before what it cannot join (`بـ١٧٥`).
pub const TATWEEL: char = '\u{0640}';

/// The most proclitics written one after another: `و` + `ب` in `وبأكثر`.
pub const MOST_STACKED: usize = 2;

/// Whether `letters`, a word's letters before what it is read for, are one to
/// [`MOST_STACKED`] proclitics, with tatweels after them or none.
pub fn only_proclitics(letters: &str) -> bool {
    let letters = letters.trim_end_matches(TATWEEL);
    let count = letters.chars().count();
    (1..=MOST_STACKED).contains(&count) && letters.chars().all(|c| PROCLITICS.contains(&c))
}

/// Whether the letters of `text` just before byte `at`, back to the start of their word,
/// are proclitics alone ([`only_proclitics`]): `at` starts the word they are written onto.
pub fn proclitics_before(text: &str, at: usize) -> bool {
    let head = &text[..at];
    // Only a proclitic or a tatweel can end them: most words end in neither, and are not
    // walked back.
    if !head.ends_with(|c: char| c == TATWEEL || PROCLITICS.contains(&c)) {
        return false;
    }
    let start = head
        .char_indices()
        .rev()
        .take(MOST_STACKED + 4)
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(at, |(start, _)| start);
    let word_starts = head[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    word_starts && only_proclitics(&head[start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_or_two_proclitics_with_or_without_a_tatweel_are_proclitics() {
        for letters in ["و", "ب", "بـ", "لـ", "كـ", "وب", "ولـ", "فبـ", "بــ"] {
            assert!(only_proclitics(letters), "{letters}");
        }
        for letters in ["", "ـ", "وبل", "عم", "با", "x"] {
            assert!(!only_proclitics(letters), "{letters}");
        }
    }

    #[test]
    fn the_word_before_a_place_is_read_back_to_its_start() {
        let text = "تلتها عمان بـ١٧٥ إصابة و٣٠ وفاة ولـ45 وعم٢٠";
        let at = |figure: &str| text.find(figure).unwrap();
        assert!(proclitics_before(text, at("١٧٥")));
        assert!(proclitics_before(text, at("٣٠")));
        assert!(proclitics_before(text, at("45")));
        // The end of a longer word, and no word at all.
        assert!(!proclitics_before(text, at("٢٠")));
        assert!(!proclitics_before(text, 0));
        assert!(proclitics_before("x و5", "x و5".find('5').unwrap()));
    }
}
