//! Plurals and inflected forms: whether a word after a figure is a plural, and whether it
//! is an inflected plural of a unit in another language (`Landkreise`, `parchi`, `luces`).

use std::ops::Range;

/// Whether `word` reads as a plural noun: English ("counties", "regions"), not an adjective
/// ending in s ("various", "previous") or a singular ("business", "basis"); or French in
/// `-aux`, `-eux`, `-oux` ("hôpitaux", "jeux").
pub(super) fn looks_plural(word: &str) -> bool {
    let lower = word.to_lowercase();
    let english = lower.ends_with('s')
        && !["ss", "us", "is"]
            .iter()
            .any(|ending| lower.ends_with(ending));
    let french = ["aux", "eux", "oux"]
        .iter()
        .any(|ending| lower.ends_with(ending));
    lower.len() > 2 && (english || french)
}

/// A unit's name or a word in lowercase with the umlauts German writes in plurals folded
/// (`städte` as `stadte`, `krankenhäuser` as `krankenhauser`), for [`inflected_plural_of`]
/// and [`stem_of`].
pub(super) fn fold_for_inflection(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'ä' => 'a',
            'ö' => 'o',
            'ü' => 'u',
            c => c,
        })
        .collect()
}

/// The endings by which languages other than English make a plural of a noun: the ending
/// the singular drops, and the one the plural adds. Italian `comune` / `comuni`,
/// `provincia` / `province`, `parco` / `parchi`; French `hôpital` / `hôpitaux`; Spanish
/// `hospital` / `hospitales`, `luz` / `luces`; Portuguese `hospital` / `hospitais`,
/// `região` / `regiões`; Dutch `ziekenhuis` / `ziekenhuizen`, `gemeente` / `gemeenten`.
/// German's own, added to a capitalised noun, are [`GERMAN_ENDINGS`].
pub(super) const INFLECTIONS: &[(&str, &str)] = &[
    ("", "s"),
    ("", "es"),
    ("", "x"),
    ("e", "i"),
    ("o", "i"),
    ("a", "e"),
    ("ia", "e"),
    ("co", "chi"),
    ("go", "ghi"),
    ("ca", "che"),
    ("ga", "ghe"),
    ("al", "aux"),
    ("ail", "aux"),
    ("au", "aux"),
    ("eu", "eux"),
    ("l", "is"),
    ("ão", "ões"),
    ("ão", "ães"),
    ("ão", "ãos"),
    ("z", "ces"),
    ("s", "zen"),
];

/// The endings German adds to a noun for its plural (with an umlaut, which
/// [`fold_for_inflection`] takes off): `Landkreise`, `Kliniken`, `Gemeinden`,
/// `Krankenhäuser`, `Städte`, `Ärztinnen`. Only after a capitalised unit: added to an
/// English word they make other words (`ward` / `warden`, `gold` / `golden`).
const GERMAN_ENDINGS: &[&str] = &["e", "en", "n", "er", "nen"];

/// Whether `word` (lowercase, folded) is a plural of the unit `name` (lowercase, folded;
/// `capitalised` when the project writes it so, as German writes nouns) by one of the
/// [`INFLECTIONS`], or of the [`GERMAN_ENDINGS`], or a Dutch `n` after a final `e`
/// (`gemeente` / `gemeenten`). Exact: the word is the stem and the ending, nothing more.
pub(super) fn inflected_plural_of(word: &str, name: &str, capitalised: bool) -> bool {
    let by_ending = INFLECTIONS.iter().any(|(drops, adds)| {
        name.strip_suffix(drops)
            .and_then(|stem| word.strip_prefix(stem))
            .is_some_and(|ending| ending == *adds)
    });
    let rest = word.strip_prefix(name);
    let german = capitalised && rest.is_some_and(|ending| GERMAN_ENDINGS.contains(&ending));
    let dutch = name.ends_with('e') && rest == Some("n");
    by_ending || german || dutch
}

/// The first word of `window` (lowercase) that starts with the stem of a one-word `unit` of
/// five letters or more (the unit less its last two letters): a plural that is not the
/// singular plus `s` ("hôpital" / "hôpitaux", "Landkreis" / "Landkreise", "comunidad" /
/// "comunidades") still states the claim's unit, so the check says nothing rather than
/// read another word as the unit.
pub(super) fn stem_of(window: &str, unit: &str) -> Option<Range<usize>> {
    let unit = unit.to_lowercase();
    let letters: Vec<char> = unit.chars().collect();
    if unit.contains(' ') || letters.len() < 5 {
        return None;
    }
    let stem: String = letters[..letters.len() - 2].iter().collect();
    let stem = fold_for_inflection(&stem);
    window
        .split(|c: char| !c.is_alphanumeric())
        .find(|word| fold_for_inflection(word).starts_with(&stem))
        .map(|word| {
            let at = word.as_ptr() as usize - window.as_ptr() as usize;
            at..at + word.len()
        })
}

/// The plural Italian gives a word that ends in `o` or `a` (`chilometro` / `chilometri`,
/// `tonnellata` / `tonnellate`), as [`INFLECTIONS`] reads it; another
/// word as written.
pub(super) fn italian_plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('o') {
        format!("{stem}i")
    } else if let Some(stem) = word.strip_suffix('a') {
        format!("{stem}e")
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_are_exact_stems_and_endings() {
        assert!(inflected_plural_of("landkreise", "landkreis", true));
        assert!(
            !inflected_plural_of("landkreise", "landkreis", false),
            "German endings need a capital"
        );
        assert!(inflected_plural_of("krankenhauser", "krankenhaus", true));
        assert!(inflected_plural_of("province", "provincia", false));
        assert!(inflected_plural_of("parchi", "parco", false));
        assert!(inflected_plural_of("hospitais", "hospital", false));
        assert!(inflected_plural_of("luces", "luz", false));
        assert!(!inflected_plural_of("landkreisen", "landkreis", false));
        assert!(!inflected_plural_of("villas", "village", false));
        assert!(!inflected_plural_of("gemeinsame", "gemeinde", true));
        assert_eq!(fold_for_inflection("städte"), "stadte");
    }
}
