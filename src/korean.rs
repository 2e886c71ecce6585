//! The particles Korean writes onto a noun, in the same word: `군위군에서는` is the county
//! 군위군 and `에서는` ("in", as a topic), `예천군과` 예천군 and `과` ("and"), `원을` the won
//! and the object's `을`.
//!
//! Hangul puts spaces between its words, so a name, a unit or a counter is looked for as a
//! whole word; but a Korean word is a noun with its particles (조사), and a name or a unit
//! followed by them still ends there. The particles are a closed list ([`PARTICLES`]): the
//! case particles, the common auxiliary ones (`도`, `만`, `까지`, `부터`, `처럼`...) and the
//! copula `이다` with its common forms, which Korean grammar counts among them. Up to
//! [`MOST_STACKED`] of them follow one another (`에서` + `는`, `과` + `의`, `으로` + `는`);
//! the rest of the word must be particles and nothing else, so `서울대` (Seoul National
//! University) does not name `서울`, nor `원칙` (principle) write the won.
//!
//! Several particles have two forms, chosen by the sound the word ends in: `이`, `은`, `을`,
//! `과`, `으로` after a final consonant (`군위군이`), `가`, `는`, `를`, `와`, `로` after a
//! vowel (`봉화가`), `로` after `ㄹ` too (`서울로`). The form is read from the syllable
//! before it, so that a word the other form would make is not taken for a noun and its
//! particle: `세종로` is a street (Sejong-ro), not `세종` and `로`, which Korean writes
//! `세종으로`. After a character that is no Hangul syllable (`LA에서`, `G20을`) either form
//! is read, as the spelling does not tell the sound.

/// Whether `c` is a letter of the Korean alphabet: a syllable or a jamo.
pub fn is_hangul(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7a3}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}')
}

/// The sound a particle's form is written after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum After {
    /// Any: `의`, `에서`, `도`.
    Any,
    /// A final consonant: `이`, `은`, `을`, `과`, `으로`.
    Consonant,
    /// A vowel: `가`, `는`, `를`, `와`.
    Vowel,
    /// A vowel or a final `ㄹ`: `로` (`봉화로`, `서울로`).
    VowelOrRieul,
}

/// The particles, each with the sound its form follows. The forms made of two particles
/// (`에서는`, `과의`, `으로는`) are read as the two, one after the other.
const PARTICLES: &[(&str, After)] = &[
    // Case particles.
    ("이", After::Consonant),
    ("가", After::Vowel),
    ("은", After::Consonant),
    ("는", After::Vowel),
    ("을", After::Consonant),
    ("를", After::Vowel),
    ("의", After::Any),
    ("에", After::Any),
    ("에서", After::Any),
    ("에게", After::Any),
    ("께서", After::Any),
    ("과", After::Consonant),
    ("와", After::Vowel),
    ("으로", After::Consonant),
    ("로", After::VowelOrRieul),
    ("으로서", After::Consonant),
    ("로서", After::VowelOrRieul),
    ("으로써", After::Consonant),
    ("로써", After::VowelOrRieul),
    ("보다", After::Any),
    ("처럼", After::Any),
    // Auxiliary particles.
    ("도", After::Any),
    ("만", After::Any),
    ("까지", After::Any),
    ("부터", After::Any),
    ("마다", After::Any),
    ("조차", After::Any),
    ("마저", After::Any),
    ("밖에", After::Any),
    ("뿐", After::Any),
    ("씩", After::Any),
    ("이나", After::Consonant),
    ("나", After::Vowel),
    // The copula, in the forms a report writes: "피해가 큰 곳은 예천군이다". After a vowel
    // its `이` is written in full as often as it is dropped (`영주시이다` and `영주시다`,
    // `영주시이고`, `영주시이며`), so its full forms follow any sound; the contracted ones
    // (`다`, `였다`, `라는`) only a vowel. Not the subject's `이`, which after a vowel is `가`.
    ("이다", After::Any),
    ("다", After::Vowel),
    ("이었다", After::Any),
    ("였다", After::Vowel),
    ("이었고", After::Any),
    ("였고", After::Vowel),
    ("이었으며", After::Any),
    ("였으며", After::Vowel),
    ("입니다", After::Any),
    ("이며", After::Any),
    ("이고", After::Any),
    ("이라는", After::Any),
    ("라는", After::Vowel),
    ("이란", After::Consonant),
];

/// The most particles read one after another: `에서` + `부터` + `는`.
pub const MOST_STACKED: usize = 3;

/// Whether the word that `rest` continues ends with particles alone: `rest` is one to
/// [`MOST_STACKED`] particles (or of `endings`, other words a caller reads as particles,
/// such as the `대` and `짜리` after a unit), each in the form that the character before
/// it takes (the first after `last`, the end of the noun), and then no Hangul syllable. An
/// empty `rest`, or one that starts with no Hangul, has no particles: `false`.
pub fn only_particles_follow(last: char, rest: &str, endings: &[&str]) -> bool {
    rest.starts_with(is_hangul) && particles_end_word(last, rest, endings, MOST_STACKED)
}

/// [`only_particles_follow`], with at most `left` particles more.
fn particles_end_word(last: char, rest: &str, endings: &[&str], left: usize) -> bool {
    if !rest.starts_with(is_hangul) {
        return true;
    }
    if left == 0 {
        return false;
    }
    let particles = PARTICLES
        .iter()
        .filter(|(particle, after)| rest.starts_with(particle) && follows(*after, last))
        .map(|(particle, _)| *particle);
    let others = endings
        .iter()
        .copied()
        .filter(|ending| rest.starts_with(ending));
    particles.chain(others).any(|particle| {
        let Some(end) = particle.chars().next_back() else {
            return false;
        };
        particles_end_word(end, &rest[particle.len()..], endings, left - 1)
    })
}

/// Whether a particle's form written after `after` may follow the character `last`.
fn follows(after: After, last: char) -> bool {
    let Some(coda) = final_consonant(last) else {
        // No syllable to read the sound from: either form.
        return true;
    };
    match after {
        After::Any => true,
        After::Consonant => coda != NO_FINAL,
        After::Vowel => coda == NO_FINAL,
        After::VowelOrRieul => coda == NO_FINAL || coda == FINAL_RIEUL,
    }
}

/// The index of a syllable's final consonant that stands for none, and that of `ㄹ`.
const NO_FINAL: u32 = 0;
const FINAL_RIEUL: u32 = 8;

/// The final consonant of a Hangul syllable, as Unicode orders them (0 for none); `None`
/// for any other character. A syllable is U+AC00 + (initial × 21 + vowel) × 28 + final.
fn final_consonant(c: char) -> Option<u32> {
    matches!(c, '\u{ac00}'..='\u{d7a3}').then(|| (c as u32 - 0xAC00) % 28)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `word` is `noun` and particles only.
    fn noun_then_particles(noun: &str, word: &str) -> bool {
        let rest = word
            .strip_prefix(noun)
            .expect("the word starts with the noun");
        let last = noun.chars().next_back().expect("a noun");
        only_particles_follow(last, rest, &[])
    }

    #[test]
    fn a_noun_with_its_particles_ends_where_they_do() {
        for (noun, word) in [
            ("군위군", "군위군에서는"),
            ("예천군", "예천군과"),
            ("봉화군", "봉화군이"),
            ("서울", "서울의"),
            ("서울", "서울로"),
            ("봉화", "봉화가"),
            ("봉화", "봉화와"),
            ("예천군", "예천군과의"),
            ("예천군", "예천군으로는"),
            ("예천군", "예천군에도"),
            ("예천군", "예천군에서부터는"),
            ("예천군", "예천군이다."),
            ("봉화", "봉화였다"),
            // The copula after a vowel, in full and contracted.
            ("영주시", "영주시이다"),
            ("영주시", "영주시이고"),
            ("영주시", "영주시이며"),
            ("영주시", "영주시였고"),
            ("영주시", "영주시이었으며"),
            ("예천군", "예천군이었고"),
            ("서울", "서울만이"),
            ("LA", "LA에서"),
            ("G20", "G20을"),
        ] {
            assert!(noun_then_particles(noun, word), "{word}");
        }
    }

    #[test]
    fn a_word_that_goes_on_past_particles_is_another_word() {
        for (noun, word) in [
            // Seoul National University, the city of Seoul, Andong's county office.
            ("서울", "서울대"),
            ("서울", "서울시에서"),
            ("서울", "서울특별시"),
            ("봉화", "봉화군"),
            // The won and a principle.
            ("원", "원칙"),
            // More particles than a word stacks.
            ("예천군", "예천군에서부터는도"),
            // Nothing follows: no particle.
            ("서울", "서울"),
            ("서울", "서울 "),
        ] {
            assert!(!noun_then_particles(noun, word), "{word}");
        }
    }

    #[test]
    fn a_particle_is_read_in_the_form_that_the_sound_before_it_takes() {
        // After a vowel, the forms written after a consonant are other words.
        assert!(!noun_then_particles("봉화", "봉화이"));
        assert!(!noun_then_particles("봉화", "봉화은"));
        assert!(!noun_then_particles("봉화", "봉화과"));
        // Nor the copula's contracted forms after a consonant.
        assert!(!noun_then_particles("예천군", "예천군였고"));
        // After a consonant, the vowel's forms: Sejong-ro is a street.
        assert!(!noun_then_particles("세종", "세종로"));
        assert!(!noun_then_particles("예천군", "예천군가"));
        assert!(!noun_then_particles("예천군", "예천군를"));
        assert!(noun_then_particles("세종", "세종으로"));
        // A particle after a particle takes the form of the particle's sound: `만` ends
        // in a consonant, `에서` in a vowel.
        assert!(noun_then_particles("서울", "서울만은"));
        assert!(!noun_then_particles("서울", "서울만는"));
        assert!(noun_then_particles("서울", "서울에서는"));
        assert!(!noun_then_particles("서울", "서울에서은"));
    }

    #[test]
    fn a_caller_s_own_endings_are_read_as_particles() {
        assert!(only_particles_follow('원', "대 투자", &["대"]));
        assert!(only_particles_follow('원', "가량을", &["가량"]));
        assert!(!only_particles_follow('원', "가량을", &[]));
    }

    #[test]
    fn final_consonants_are_read_from_the_syllable() {
        assert_eq!(final_consonant('가'), Some(NO_FINAL));
        assert_eq!(final_consonant('울'), Some(FINAL_RIEUL));
        assert_eq!(final_consonant('군'), Some(4));
        assert_eq!(final_consonant('A'), None);
    }
}
