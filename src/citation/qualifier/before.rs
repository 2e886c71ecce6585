//! Qualifiers written before the figure they bound: the phrases of every language that writes
//! them so ([`QUOTE_QUALIFIERS`], "more than 40", `plus de 40`, `超过40`), read as the longest
//! that ends on a word boundary before the figure, unless a negation, a verb of motion or a
//! range stands before it; the Swahili ones also before the noun Swahili writes before its
//! figure (`zaidi ya watu 130,000`); and English `over` (and the Norwegian and Danish),
//! German `über` and Swedish `över`, read only where they cannot be a verb's.

use std::ops::Range;
use std::sync::LazyLock;

use super::is_arabic;
use crate::citation::numbers::Language;
use crate::quantity::Qualifier::{self, AtLeast, AtMost, LessThan, MoreThan, Nearly};

/// Qualifiers as articles write them just before a figure, lowercase, and what each means.
/// Prepositions that also say when, where, among or over what (`over 3 years`, "handed
/// over 40 documents", "verfügt über 400 Betten", "unter 40 Bewerbern", "close to 3
/// hospitals") and words of another sense in English (German `fast`) are left out: an
/// unknown word says nothing, a misread one would be a false finding. Of phrases that end
/// alike (`no more than`, `more than`), the longest that ends before the figure is read,
/// so that a negated qualifier is read as the bound it sets (`not more than`, `pas plus
/// de`, `nicht weniger als`), never as the one it negates. French and Italian elide `de`
/// and `di` before a vowel (`plus d'un million`, `più d'un milione`).
const QUOTE_QUALIFIERS: &[(&str, Qualifier)] = &[
    // English.
    ("as many as", AtMost),
    ("as much as", AtMost),
    ("more than", MoreThan),
    ("in excess of", MoreThan),
    ("upwards of", MoreThan),
    ("just over", MoreThan),
    ("well over", MoreThan),
    ("at least", AtLeast),
    ("no less than", AtLeast),
    ("no fewer than", AtLeast),
    ("not less than", AtLeast),
    ("not fewer than", AtLeast),
    ("less than", LessThan),
    ("fewer than", LessThan),
    ("just under", LessThan),
    ("up to", AtMost),
    ("at most", AtMost),
    ("no more than", AtMost),
    ("not more than", AtMost),
    ("nearly", Nearly),
    ("almost", Nearly),
    // Negated in Spanish, Portuguese, French, Italian and German: the other side's bound.
    ("no más de", AtMost),
    ("no menos de", AtLeast),
    ("não mais de", AtMost),
    ("não mais que", AtMost),
    ("não mais do que", AtMost),
    ("não menos de", AtLeast),
    ("não menos que", AtLeast),
    ("não menos do que", AtLeast),
    ("pas plus de", AtMost),
    ("pas plus d'", AtMost),
    ("pas plus d’", AtMost),
    ("pas moins de", AtLeast),
    ("pas moins d'", AtLeast),
    ("pas moins d’", AtLeast),
    ("non più di", AtMost),
    ("non meno di", AtLeast),
    ("nicht mehr als", AtMost),
    ("nicht weniger als", AtLeast),
    ("niet meer dan", AtMost),
    ("niet minder dan", AtLeast),
    // Spanish, Portuguese, French, Italian, German.
    ("más de", MoreThan),
    ("menos de", LessThan),
    ("casi", Nearly),
    ("al menos", AtLeast),
    ("mais de", MoreThan),
    ("quase", Nearly),
    ("pelo menos", AtLeast),
    ("plus de", MoreThan),
    ("plus d'", MoreThan),
    ("plus d’", MoreThan),
    ("moins de", LessThan),
    ("moins d'", LessThan),
    ("moins d’", LessThan),
    ("presque", Nearly),
    ("près de", Nearly),
    ("près d'", Nearly),
    ("près d’", Nearly),
    ("au moins", AtLeast),
    ("au bas mot", AtLeast),
    ("au minimum", AtLeast),
    ("au maximum", AtMost),
    ("più di", MoreThan),
    ("più d'", MoreThan),
    ("più d’", MoreThan),
    ("meno di", LessThan),
    ("quasi", Nearly),
    // `oltre a` is "besides", and ends in no `oltre`.
    ("oltre", MoreThan),
    ("non oltre", AtMost),
    ("almeno", AtLeast),
    ("mehr als", MoreThan),
    ("weniger als", LessThan),
    ("mindestens", AtLeast),
    ("knapp", Nearly),
    ("bis zu", AtMost),
    ("höchstens", AtMost),
    ("maximal", AtMost),
    ("nahezu", Nearly),
    ("beinahe", Nearly),
    ("ao menos", AtLeast),
    ("no mínimo", AtLeast),
    ("no máximo", AtMost),
    ("até", AtMost),
    ("acima de", MoreThan),
    ("abaixo de", LessThan),
    ("superior a", MoreThan),
    ("inferior a", LessThan),
    ("por lo menos", AtLeast),
    ("como mínimo", AtLeast),
    ("como máximo", AtMost),
    ("hasta", AtMost),
    ("por encima de", MoreThan),
    ("por debajo de", LessThan),
    ("au plus", AtMost),
    ("jusqu'à", AtMost),
    ("jusqu’à", AtMost),
    ("fino a", AtMost),
    ("al massimo", AtMost),
    // Dutch.
    ("meer dan", MoreThan),
    ("ruim", MoreThan),
    ("minder dan", LessThan),
    ("bijna", Nearly),
    ("ten minste", AtLeast),
    ("minstens", AtLeast),
    ("hooguit", AtMost),
    ("maximaal", AtMost),
    // Afrikaans, beside the Dutch it shares (`minstens`, `ten minste`); `ongeveer`, `sowat`
    // and `omtrent` are approximate.
    ("meer as", MoreThan),
    ("minder as", LessThan),
    ("byna", Nearly),
    ("hoogstens", AtMost),
    // Galician, beside the Spanish and Portuguese it shares (`menos de`, `mais de`): `case`
    // (nearly) is read only in an article that declares Galician
    // ([`QUALIFIERS_OF_DECLARED_LANGUAGES`]); `preto de`, `arredor de` and `uns` are
    // approximate.
    ("máis de", MoreThan),
    ("polo menos", AtLeast),
    // Polish. `do` ("up to", also "to" and "until": "wzrosła do 40", "do 2030") and `od`
    // ("from", "since") bound no figure often enough to be left out; `około` and `ok.` are
    // approximate, as `about` is.
    ("ponad", MoreThan),
    ("więcej niż", MoreThan),
    ("powyżej", MoreThan),
    ("mniej niż", LessThan),
    ("poniżej", LessThan),
    ("nie więcej niż", AtMost),
    ("nie mniej niż", AtLeast),
    ("co najmniej", AtLeast),
    ("przynajmniej", AtLeast),
    ("co najwyżej", AtMost),
    ("maksymalnie", AtMost),
    ("blisko", Nearly),
    ("prawie", Nearly),
    ("niemal", Nearly),
    ("niemalże", Nearly),
    ("niespełna", Nearly),
    // Indonesian. `hingga` and `sampai` ("up to", also "until" and "to": "naik hingga 40",
    // "hingga 2030") are left out as Polish `do` is; `mencapai` ("reaching") and `sebanyak`
    // ("a total of") state the figure itself, and `sekitar` and `kurang lebih` are
    // approximate.
    ("lebih dari", MoreThan),
    ("kurang dari", LessThan),
    ("tidak lebih dari", AtMost),
    ("tak lebih dari", AtMost),
    ("tidak kurang dari", AtLeast),
    ("tak kurang dari", AtLeast),
    ("setidaknya", AtLeast),
    ("sedikitnya", AtLeast),
    ("paling sedikit", AtLeast),
    ("sekurang-kurangnya", AtLeast),
    ("hampir", Nearly),
    ("nyaris", Nearly),
    // Malay, beside the Indonesian it shares (`hampir`, `sekurang-kurangnya`): `daripada`
    // for `dari`. `lebih` alone (more) is read only in an article that declares Malay
    // ([`QUALIFIERS_OF_DECLARED_LANGUAGES`]); `sekitar`, `kira-kira` and `lebih kurang`
    // are approximate.
    ("lebih daripada", MoreThan),
    ("kurang daripada", LessThan),
    ("tidak lebih daripada", AtMost),
    ("tak lebih daripada", AtMost),
    ("tidak kurang daripada", AtLeast),
    ("tak kurang daripada", AtLeast),
    // Russian. `до` ("up to", also "to" and "until": "выросло до 40", "до 2030 года") and
    // `от` ("from") are left out as Polish `do` is; `около`, `примерно` and `порядка` are
    // approximate.
    ("более", MoreThan),
    ("более чем", MoreThan),
    ("свыше", MoreThan),
    ("больше", MoreThan),
    ("менее", LessThan),
    ("менее чем", LessThan),
    ("меньше", LessThan),
    ("не менее", AtLeast),
    ("не менее чем", AtLeast),
    ("не меньше", AtLeast),
    ("не более", AtMost),
    ("не более чем", AtMost),
    ("не больше", AtMost),
    ("как минимум", AtLeast),
    ("минимум", AtLeast),
    ("максимум", AtMost),
    ("по меньшей мере", AtLeast),
    ("по крайней мере", AtLeast),
    ("почти", Nearly),
    // Ukrainian. `до` and `від` are left out as the Russian `до` and `от` are; `близько`,
    // `приблизно` and `орієнтовно` are approximate.
    ("понад", MoreThan),
    ("більше ніж", MoreThan),
    ("більш ніж", MoreThan),
    ("більше", MoreThan),
    ("менше ніж", LessThan),
    ("менш ніж", LessThan),
    ("менше", LessThan),
    ("щонайменше", AtLeast),
    ("принаймні", AtLeast),
    ("не менше ніж", AtLeast),
    ("не менше", AtLeast),
    ("мінімум", AtLeast),
    ("щонайбільше", AtMost),
    ("не більше ніж", AtMost),
    ("не більше", AtMost),
    ("максимум", AtMost),
    ("майже", Nearly),
    // Kazakh, before the figure; those after it take a case ending onto the figure (see
    // [`KAZAKH_POSTPOSITIONS`]). `шамамен` and `шамасы` are approximate.
    ("кемінде", AtLeast),
    ("кем дегенде", AtLeast),
    ("ең кемі", AtLeast),
    ("ең көбі", AtMost),
    // Greek, the comparatives in each gender. `έως` and `μέχρι` ("up to", also "until") are
    // left out as the Polish `do` is; `περίπου` and `γύρω στα` are approximate.
    ("πάνω από", MoreThan),
    ("περισσότερα από", MoreThan),
    ("περισσότεροι από", MoreThan),
    ("περισσότερες από", MoreThan),
    ("περισσότερο από", MoreThan),
    ("άνω των", MoreThan),
    ("λιγότερα από", LessThan),
    ("λιγότεροι από", LessThan),
    ("λιγότερες από", LessThan),
    ("κάτω από", LessThan),
    ("τουλάχιστον", AtLeast),
    ("το λιγότερο", AtLeast),
    ("το πολύ", AtMost),
    ("σχεδόν", Nearly),
    // Tamil, before the figure; those after it take a case ending onto the figure (see
    // [`POSTPOSED_QUALIFIERS`]). `சுமார்` and `ஏறத்தாழ` are approximate.
    ("குறைந்தது", AtLeast),
    ("குறைந்தபட்சம்", AtLeast),
    ("அதிகபட்சம்", AtMost),
    ("கிட்டத்தட்ட", Nearly),
    // Vietnamese. `khoảng` and `chừng` are approximate; `trên` and `dưới` ("above",
    // "below") also say where ("trên 3 tuyến đường", on three roads) and are left out.
    ("hơn", MoreThan),
    ("nhiều hơn", MoreThan),
    ("ít hơn", LessThan),
    ("ít nhất", AtLeast),
    ("tối thiểu", AtLeast),
    ("không dưới", AtLeast),
    ("không ít hơn", AtLeast),
    ("tối đa", AtMost),
    ("không quá", AtMost),
    ("không hơn", AtMost),
    ("không nhiều hơn", AtMost),
    ("chưa đến", LessThan),
    ("chưa tới", LessThan),
    ("gần", Nearly),
    // Turkish, before the figure; those after it take a case ending onto the figure (see
    // [`TURKISH_POSTPOSITIONS`]). `yaklaşık` is approximate.
    ("en az", AtLeast),
    ("en fazla", AtMost),
    ("en çok", AtMost),
    ("neredeyse", Nearly),
    // Arabic, also after a conjunction or preposition of one letter written onto it (`بأكثر
    // من`, "by more than"). `حوالي`, `نحو`, `قرابة` and `ما يقارب` are approximate.
    ("أكثر من", MoreThan),
    ("اكثر من", MoreThan),
    ("ما يزيد على", MoreThan),
    ("ما يزيد عن", MoreThan),
    ("أقل من", LessThan),
    ("اقل من", LessThan),
    ("لا يقل عن", AtLeast),
    ("ما لا يقل عن", AtLeast),
    ("لا يزيد على", AtMost),
    ("لا يزيد عن", AtMost),
    ("ما لا يزيد على", AtMost),
    ("ما لا يزيد عن", AtMost),
    // Japanese, written onto the figure; those after it are [`SUFFIX_QUALIFIERS`]. `約` and
    // `およそ` are approximate.
    ("少なくとも", AtLeast),
    ("最低", AtLeast),
    ("最低でも", AtLeast),
    ("最大", AtMost),
    ("最大で", AtMost),
    // Chinese, written onto the figure.
    ("超过", MoreThan),
    ("超過", MoreThan),
    ("逾", MoreThan),
    ("不到", LessThan),
    ("不足", LessThan),
    ("不超过", AtMost),
    ("不超過", AtMost),
    ("未超过", AtMost),
    ("未超過", AtMost),
    ("不少于", AtLeast),
    ("不少於", AtLeast),
    ("不低于", AtLeast),
    ("不低於", AtLeast),
    ("将近", Nearly),
    ("將近", Nearly),
    ("近", Nearly),
    ("接近", Nearly),
    ("多达", AtMost),
    ("多達", AtMost),
    ("至少", AtLeast),
    ("最少", AtLeast),
    ("至多", AtMost),
    ("最多", AtMost),
    // Arabic, also without `ما` ("عدد يزيد على 50", a number above 50); those after the
    // figure and its noun are [`POSTPOSED_QUALIFIERS`].
    ("يزيد على", MoreThan),
    ("يزيد عن", MoreThan),
    ("يقل عن", LessThan),
    ("على الأقل", AtLeast),
    // Persian, the `دست‌کم` (at least) with its zero-width non-joiner, a space or neither.
    // `حدود` and `تقریباً` are approximate.
    ("بیش از", MoreThan),
    ("بیشتر از", MoreThan),
    ("کمتر از", LessThan),
    ("دست\u{200c}کم", AtLeast),
    ("دست کم", AtLeast),
    ("دستکم", AtLeast),
    ("حداقل", AtLeast),
    ("حداکثر", AtMost),
    ("نزدیک به", Nearly),
    // Urdu. `تقریباً` and `لگ بھگ` are approximate.
    ("کم از کم", AtLeast),
    ("کم سے کم", AtLeast),
    ("زیادہ سے زیادہ", AtMost),
    // Gujarati, Punjabi and Telugu "at least" (`ઓછામાં ઓછા`, `ਘੱਟੋ-ਘੱਟ`, `కనీసం`).
    ("ઓછામાં ઓછા", AtLeast),
    ("ઓછામાં ઓછી", AtLeast),
    ("ઓછામાં ઓછું", AtLeast),
    ("ਘੱਟੋ-ਘੱਟ", AtLeast),
    ("ਘੱਟੋ ਘੱਟ", AtLeast),
    ("కనీసం", AtLeast),
    // Malayalam, Kannada and Marathi, before the figure; those after it are written onto the
    // figure or its scale word (see [`POSTPOSED_QUALIFIERS`]). At least (`കുറഞ്ഞത്`,
    // `ചുരുങ്ങിയത്`, `ಕನಿಷ್ಠ`, `किमान`, `कमीत कमी`) and at most (`പരമാവധി`, `ಗರಿಷ್ಠ`, `जास्तीत
    // जास्त`); `ಕನಿಷ್ಠ` and `किमान` are also "minimum" before a noun (`ಕನಿಷ್ಠ ತಾಪಮಾನ 20`), read
    // only right before the figure. `ഏകദേശം`, `ಸುಮಾರು`, `सुमारे` and `जवळपास` are approximate;
    // the Marathi `कमाल` ("maximum", also "wonderful") is left out.
    ("കുറഞ്ഞത്", AtLeast),
    ("ചുരുങ്ങിയത്", AtLeast),
    ("പരമാവധി", AtMost),
    ("ಕನಿಷ್ಠ", AtLeast),
    ("ಗರಿಷ್ಠ", AtMost),
    ("किमान", AtLeast),
    ("कमीत कमी", AtLeast),
    ("जास्तीत जास्त", AtMost),
    // Hebrew, with the hyphen or the maqaf written after `מ` before digits (`יותר מ-300`).
    // `כ-` (about) is approximate; `עד` also says until, and is left out.
    ("יותר מ-", MoreThan),
    ("יותר מ\u{5be}", MoreThan),
    ("למעלה מ-", MoreThan),
    ("למעלה מ\u{5be}", MoreThan),
    ("פחות מ-", LessThan),
    ("פחות מ\u{5be}", LessThan),
    ("לא יותר מ-", AtMost),
    ("לא יותר מ\u{5be}", AtMost),
    ("לא פחות מ-", AtLeast),
    ("לא פחות מ\u{5be}", AtLeast),
    ("לפחות", AtLeast),
    ("לכל הפחות", AtLeast),
    ("לכל היותר", AtMost),
    ("כמעט", Nearly),
    // Bengali; those after the figure are [`POSTPOSED_QUALIFIERS`]. `প্রায়` is approximate.
    ("কমপক্ষে", AtLeast),
    ("অন্তত", AtLeast),
    ("সর্বনিম্ন", AtLeast),
    ("সর্বোচ্চ", AtMost),
    // Hindi; those after the figure are [`POSTPOSED_QUALIFIERS`]. `लगभग`, `करीब` and
    // `तकरीबन` are approximate.
    ("कम से कम", AtLeast),
    ("न्यूनतम", AtLeast),
    ("अधिकतम", AtMost),
    ("अधिक से अधिक", AtMost),
    // `ज़्यादा` with its nukta as one character, as a letter and a mark, or without it.
    ("\u{95b}्यादा से \u{95b}्यादा", AtMost),
    ("ज\u{93c}्यादा से ज\u{93c}्यादा", AtMost),
    ("ज्यादा से ज्यादा", AtMost),
    // Thai, written onto the words before the figure (`ประชาชนกว่า 1,000 คน`), the longest
    // read, so that `ไม่เกิน` (not exceeding) is at most and `น้อยกว่า` less than, never the
    // `เกิน` or the `กว่า` that ends them. `ประมาณ` and `ราว` are approximate.
    ("กว่า", MoreThan),
    ("มากกว่า", MoreThan),
    ("เกิน", MoreThan),
    ("เกินกว่า", MoreThan),
    ("ไม่เกิน", AtMost),
    ("ไม่มากกว่า", AtMost),
    ("สูงสุด", AtMost),
    ("อย่างน้อย", AtLeast),
    ("ไม่ต่ำกว่า", AtLeast),
    ("ไม่น้อยกว่า", AtLeast),
    ("น้อยกว่า", LessThan),
    ("ต่ำกว่า", LessThan),
    ("ไม่ถึง", LessThan),
    ("เกือบ", Nearly),
    // Finnish. `alle` (less than) is left out: German `alle` ("alle 20 Minuten", every 20
    // minutes) and Italian `alle` ("alle 20", at eight in the evening) write it before a
    // figure as often; `noin`, `arviolta` and `suunnilleen` are approximate. `runsaat`
    // ("a good") is just over the figure, as Dutch `ruim` is; `vajaat` just under it.
    ("yli", MoreThan),
    ("enemmän kuin", MoreThan),
    ("runsaat", MoreThan),
    ("runsas", MoreThan),
    ("vähemmän kuin", LessThan),
    ("ainakin", AtLeast),
    ("vähintään", AtLeast),
    ("enintään", AtMost),
    ("korkeintaan", AtMost),
    ("lähes", Nearly),
    ("melkein", Nearly),
    ("liki", Nearly),
    ("vajaat", Nearly),
    ("vajaa", Nearly),
    // Hungarian, with the comma before `mint` or without it; those after the figure take
    // its case ending (see [`POSTPOSED_QUALIFIERS`]). `mintegy`, `körülbelül`, `nagyjából`
    // and `kb.` are approximate.
    ("több mint", MoreThan),
    ("több, mint", MoreThan),
    ("kevesebb mint", LessThan),
    ("kevesebb, mint", LessThan),
    ("nem több mint", AtMost),
    ("nem több, mint", AtMost),
    ("nem kevesebb mint", AtLeast),
    ("nem kevesebb, mint", AtLeast),
    ("legalább", AtLeast),
    ("legfeljebb", AtMost),
    ("közel", Nearly),
    ("csaknem", Nearly),
    ("majdnem", Nearly),
    // Romanian, `puțin` with the comma below or the cedilla older fonts write. `peste` before
    // a span of time also says when ("peste 10 ani", in ten years), and is not read there;
    // `sub` ("under") also says under whom or what, and `până la` ("up to") until when and
    // where a figure went, and both are left out as Polish `do` is. `aproximativ`, `circa`
    // and `în jur de` are approximate.
    ("peste", MoreThan),
    ("mai mult de", MoreThan),
    ("mai mult decât", MoreThan),
    ("mai bine de", MoreThan),
    ("mai puțin de", LessThan),
    ("mai puţin de", LessThan),
    ("mai puțin decât", LessThan),
    ("mai puţin decât", LessThan),
    ("cel puțin", AtLeast),
    ("cel puţin", AtLeast),
    ("nu mai puțin de", AtLeast),
    ("nu mai puţin de", AtLeast),
    ("cel mult", AtMost),
    ("nu mai mult de", AtMost),
    // The Romanian `nu` ("not") is the Dutch "now" (`nu meer dan 300`): not a negation of
    // every language, but one phrase with the qualifier it negates.
    ("nu peste", AtMost),
    ("aproape", Nearly),
    // Nepali, before the figure; those after it are [`POSTPOSED_QUALIFIERS`]. `करिब` and
    // `लगभग` are approximate.
    ("कम्तीमा", AtLeast),
    ("कम्तिमा", AtLeast),
    ("बढीमा", AtMost),
    ("झन्डै", Nearly),
    ("झण्डै", Nearly),
    // Amharic, before the figure; those after it are [`POSTPOSED_QUALIFIERS`]. `ወደ` and
    // `ገደማ` are approximate; `እስከ` ("up to") also says until when, and is left out as
    // Polish `do` is.
    ("ቢያንስ", AtLeast),
    ("ቢበዛ", AtMost),
    // Georgian, before the figure; those after it take its case ending (see
    // [`POSTPOSED_QUALIFIERS`]). `დაახლოებით` and `დაახლ.` are approximate.
    ("მინიმუმ", AtLeast),
    ("სულ მცირე", AtLeast),
    ("არანაკლებ", AtLeast),
    ("არა ნაკლებ", AtLeast),
    ("მაქსიმუმ", AtMost),
    ("არაუმეტეს", AtMost),
    ("არა უმეტეს", AtMost),
    ("თითქმის", Nearly),
    // Armenian, with the comma before `քան` (than) or without it; those after the figure
    // take its ablative (see [`POSTPOSED_QUALIFIERS`]). `մոտ` and `շուրջ` are approximate;
    // `մինչև` ("up to") also says until when, and is left out as Polish `do` is.
    ("ավելի քան", MoreThan),
    ("ավելի, քան", MoreThan),
    ("ավելի քիչ, քան", LessThan),
    ("ավելի քիչ քան", LessThan),
    ("պակաս, քան", LessThan),
    ("պակաս քան", LessThan),
    ("ոչ ավելի, քան", AtMost),
    ("ոչ ավելի քան", AtMost),
    ("ոչ պակաս, քան", AtLeast),
    ("ոչ պակաս քան", AtLeast),
    ("առնվազն", AtLeast),
    ("առավելագույնը", AtMost),
    ("գրեթե", Nearly),
    // Swahili, also before the noun Swahili writes before its figure (`zaidi ya watu
    // 130,000`, see [`SWAHILI_BEFORE_A_NOUN`]). `takriban` is approximate; `hadi` ("up to")
    // also says until when and where a figure went (`ikishuka hadi 120,000`, falling to
    // 120,000), and is left out as Polish `do` is. `karibu` is "nearly" before a figure
    // and "near" or "welcome" otherwise: not read before a year (`Karibu 2025`), nor
    // before `na` (near to).
    ("zaidi ya", MoreThan),
    ("si zaidi ya", AtMost),
    ("angalau", AtLeast),
    ("si chini ya", AtLeast),
    ("chini ya", LessThan),
    ("karibu", Nearly),
    // Tagalog, with the `sa` (than) after the comparative or without it, and the short `di`
    // of `hindi` (not). `humigit-kumulang`, `tinatayang` and `mga` (also the plural's
    // mark) are approximate; `hanggang` ("up to") also says until when, and is left out as
    // Polish `do` is; `kahit` is "even" as often as "at least", and `kulang sa` "lacking
    // in", both left out.
    ("mahigit", MoreThan),
    ("mahigit sa", MoreThan),
    ("higit sa", MoreThan),
    ("lampas sa", MoreThan),
    ("hindi bababa sa", AtLeast),
    ("di bababa sa", AtLeast),
    ("hindi kukulangin sa", AtLeast),
    ("di kukulangin sa", AtLeast),
    ("hindi hihigit sa", AtMost),
    ("di hihigit sa", AtMost),
    ("hindi lalampas sa", AtMost),
    ("wala pang", LessThan),
    ("halos", Nearly),
    // Burmese, written onto the word before the figure or apart (`အိမ်ထောင်စု အနည်းဆုံး
    // ၉,၈၀၀`); those after it are [`POSTPOSED_QUALIFIERS`].
    ("အနည်းဆုံး", AtLeast),
    ("အများဆုံး", AtMost),
    // Khmer, written onto the words before the figure (`គ្រួសារជាង ៣,២០០`, more than 3,200
    // families), the longest read, so that `តិចជាង` (fewer than) and the other comparatives
    // of less are less than, never the `ជាង` (than, more than) that ends them. `ប្រហែល` and
    // `ប្រមាណ` are approximate; `ជិត` is "near" as often as "nearly", and is left out.
    ("ជាង", MoreThan),
    ("ច្រើនជាង", MoreThan),
    ("លើសពី", MoreThan),
    ("តិចជាង", LessThan),
    ("ទាបជាង", LessThan),
    ("តូចជាង", LessThan),
    ("មិនលើសពី", AtMost),
    ("មិនលើស", AtMost),
    ("មិនតិចជាង", AtLeast),
    ("យ៉ាងហោចណាស់", AtLeast),
    ("យ៉ាងតិច", AtLeast),
    ("ស្ទើរតែ", Nearly),
    // Sinhala, before the figure; those after it take its dative (see
    // [`POSTPOSED_QUALIFIERS`]). `පමණ` and `ආසන්න වශයෙන්` are approximate.
    ("අවම වශයෙන්", AtLeast),
    ("අඩුම තරමින්", AtLeast),
    ("උපරිම වශයෙන්", AtMost),
    // Korean, before the figure; those after it are [`KOREAN_QUALIFIERS`].
    ("최소", AtLeast),
    ("최소한", AtLeast),
    ("적어도", AtLeast),
    ("최대", AtMost),
    // Czech and Slovak, with the negated forms (`ne více než`, `nie viac ako`). `přes` (over)
    // says "across" or "through" before no figure. `až` ("up to", also "until": `až do
    // 2030`) and `do` are left out as Polish `do` is; `zhruba`, `přibližně`, `približne`,
    // `asi`, `kolem`, `okolo` are approximate. The Latin `skoro` (nearly) is the Polish
    // "since" (`Skoro 40 osób przyszło`, since 40 people came), and is left out.
    ("více než", MoreThan),
    ("víc než", MoreThan),
    ("přes", MoreThan),
    ("méně než", LessThan),
    ("míň než", LessThan),
    ("ne více než", AtMost),
    ("ne méně než", AtLeast),
    ("nejméně", AtLeast),
    ("alespoň", AtLeast),
    ("minimálně", AtLeast),
    ("nejvýše", AtMost),
    ("nanejvýš", AtMost),
    ("maximálně", AtMost),
    ("téměř", Nearly),
    ("bezmála", Nearly),
    ("viac ako", MoreThan),
    ("viac než", MoreThan),
    ("vyše", MoreThan),
    ("menej ako", LessThan),
    ("menej než", LessThan),
    ("nie viac ako", AtMost),
    ("nie menej ako", AtLeast),
    ("najmenej", AtLeast),
    ("aspoň", AtLeast),
    ("minimálne", AtLeast),
    ("najviac", AtMost),
    ("maximálne", AtMost),
    ("takmer", Nearly),
    // Croatian, Serbian and Bosnian, in the Latin script and the Serbian Cyrillic. `do`
    // (also "until") is left out as Polish `do` is, and `bar` (the English noun) beside
    // `barem`; `oko`, `otprilike`, `približno` and `око` are approximate.
    ("više od", MoreThan),
    ("preko", MoreThan),
    ("manje od", LessThan),
    ("ne više od", AtMost),
    ("ne manje od", AtLeast),
    ("najmanje", AtLeast),
    ("barem", AtLeast),
    ("najviše", AtMost),
    ("gotovo", Nearly),
    ("више од", MoreThan),
    ("преко", MoreThan),
    ("мање од", LessThan),
    ("не више од", AtMost),
    ("не мање од", AtLeast),
    ("најмање", AtLeast),
    ("барем", AtLeast),
    ("највише", AtMost),
    ("готово", Nearly),
    ("скоро", Nearly),
    // Slovenian. `čez` (over) also says when (`čez 5 let`, in five years), and is left out;
    // `približno` and `okoli` are approximate.
    ("več kot", MoreThan),
    ("manj kot", LessThan),
    ("ne več kot", AtMost),
    ("ne manj kot", AtLeast),
    ("vsaj", AtLeast),
    ("najmanj", AtLeast),
    ("največ", AtMost),
    ("skoraj", Nearly),
    // Bulgarian (`почти` is Russian's, above). `над` (over) is read only in an article
    // that declares Bulgarian or Macedonian ([`QUALIFIERS_OF_DECLARED_LANGUAGES`]); `до`
    // is left out as Russian's is; `около` and `приблизително` are approximate.
    ("повече от", MoreThan),
    ("по-малко от", LessThan),
    ("не повече от", AtMost),
    ("не по-малко от", AtLeast),
    ("най-малко", AtLeast),
    ("поне", AtLeast),
    ("най-много", AtMost),
    ("близо", Nearly),
    // Macedonian (its `над` is read as Bulgarian's is, its `барем` as Serbian's). `до` is
    // left out as Russian's is; `околу` and `приближно` are approximate.
    ("повеќе од", MoreThan),
    ("помалку од", LessThan),
    ("не повеќе од", AtMost),
    ("не помалку од", AtLeast),
    ("најмалку", AtLeast),
    ("најмногу", AtMost),
    ("речиси", Nearly),
    // Belarusian. `да` ("up to", also "to" and "until") is left out as Russian's `до` is;
    // `каля` and `прыблізна` are approximate.
    ("больш за", MoreThan),
    ("больш як", MoreThan),
    ("звыш", MoreThan),
    ("менш за", LessThan),
    ("менш як", LessThan),
    ("не больш за", AtMost),
    ("не больш як", AtMost),
    ("не менш за", AtLeast),
    ("не менш як", AtLeast),
    ("прынамсі", AtLeast),
    ("амаль", Nearly),
    // Lithuanian. `per` (more than) is the English and Latin "per" (`per 100,000`), and
    // `bent` (at least) the English "bent" (`bent 90 degrees`): both left out. `iki` (also
    // "until") is left out as Polish `do` is; `apie` and `maždaug` are approximate.
    ("daugiau nei", MoreThan),
    ("daugiau kaip", MoreThan),
    ("mažiau nei", LessThan),
    ("mažiau kaip", LessThan),
    ("ne daugiau nei", AtMost),
    ("ne daugiau kaip", AtMost),
    ("ne mažiau nei", AtLeast),
    ("ne mažiau kaip", AtLeast),
    ("mažiausiai", AtLeast),
    ("daugiausia", AtMost),
    ("beveik", Nearly),
    // Latvian. `līdz` (also "until") is left out as Polish `do` is; `aptuveni`, `apmēram`
    // and `ap` are approximate.
    ("vairāk nekā", MoreThan),
    ("vairāk par", MoreThan),
    ("mazāk nekā", LessThan),
    ("mazāk par", LessThan),
    ("ne vairāk kā", AtMost),
    ("ne vairāk par", AtMost),
    ("ne mazāk kā", AtLeast),
    ("ne mazāk par", AtLeast),
    ("vismaz", AtLeast),
    ("gandrīz", Nearly),
    // Estonian. `kuni` ("up to", also "until") is left out as Polish `do` is, and `alla`
    // (under) as Finnish `alle` is; `umbes` and `ligikaudu` are approximate.
    ("üle", MoreThan),
    ("rohkem kui", MoreThan),
    ("enam kui", MoreThan),
    ("vähem kui", LessThan),
    ("mitte rohkem kui", AtMost),
    ("mitte vähem kui", AtLeast),
    ("vähemalt", AtLeast),
    ("peaaegu", Nearly),
    ("ligi", Nearly),
    // Swedish, Norwegian and Danish. `drygt` and `drøyt` ("a good") are just over the
    // figure, as Dutch `ruim` is; `knappt`, `knapt` and `knap` just under it, as German
    // `knapp` is. `över` and the Norwegian and Danish `over` are read only where they cannot
    // be a verb's, as English `over` is (see [`over_before`]); `under` is English's, `upp
    // till` and `opptil` also say where a figure went, and are left out; `cirka`, `omkring`,
    // `ungefär`, `rundt` and `omtrent` are approximate.
    ("mer än", MoreThan),
    ("fler än", MoreThan),
    ("drygt", MoreThan),
    ("mindre än", LessThan),
    ("färre än", LessThan),
    ("inte mer än", AtMost),
    ("inte fler än", AtMost),
    ("inte mindre än", AtLeast),
    ("minst", AtLeast),
    ("högst", AtMost),
    ("som mest", AtMost),
    ("nästan", Nearly),
    ("knappt", Nearly),
    ("mer enn", MoreThan),
    ("flere enn", MoreThan),
    ("drøyt", MoreThan),
    ("mindre enn", LessThan),
    ("færre enn", LessThan),
    ("ikke mer enn", AtMost),
    ("ikke flere enn", AtMost),
    ("ikke mindre enn", AtLeast),
    ("høyst", AtMost),
    ("nesten", Nearly),
    ("knapt", Nearly),
    ("mere end", MoreThan),
    ("flere end", MoreThan),
    ("mindre end", LessThan),
    ("færre end", LessThan),
    ("ikke mere end", AtMost),
    ("ikke flere end", AtMost),
    ("ikke mindre end", AtLeast),
    ("mindst", AtLeast),
    ("højst", AtMost),
    ("næsten", Nearly),
    ("knap", Nearly),
    // Catalan, which elides `de` before a vowel as French does (`més d'un milió`). `fins a`
    // ("up to", also "until") is left out as Polish `do` is; `prop de`, `uns` and
    // `aproximadament` are approximate.
    ("més de", MoreThan),
    ("més d'", MoreThan),
    ("més d’", MoreThan),
    ("menys de", LessThan),
    ("menys d'", LessThan),
    ("menys d’", LessThan),
    ("no més de", AtMost),
    ("no més d'", AtMost),
    ("no més d’", AtMost),
    ("no menys de", AtLeast),
    ("no menys d'", AtLeast),
    ("no menys d’", AtLeast),
    ("almenys", AtLeast),
    ("com a mínim", AtLeast),
    ("com a màxim", AtMost),
    ("gairebé", Nearly),
    // Uzbek, Albanian and Icelandic (Azerbaijani and Uzbek also write theirs after the
    // figure: `300-dən çox`, `300 dan ortiq`). `təxminən`, `təqribən`, `taxminan`, `rreth`
    // and `um` are approximate; `deri në` ("up to", also "until") is left out as Polish `do`
    // is; `mbi` ("over", also "on" and "about") and `yfir` ("over", also "above" a place)
    // are read only in an article that declares their language (see
    // `QUALIFIERS_OF_DECLARED_LANGUAGES`). `rúmlega` is just over the figure, as Swedish
    // `drygt` is; `tæplega` just under it, as `knappt` is.
    ("qariyb", Nearly),
    ("kamida", AtLeast),
    ("gati", Nearly),
    ("të paktën", AtLeast),
    ("rúmlega", MoreThan),
    ("nærri", Nearly),
    ("tæplega", Nearly),
    ("að minnsta kosti", AtLeast),
];

/// Qualifiers read before a figure only in an article that declares one of the languages
/// (primary subtags) whose they are, as other languages write the same word before a
/// figure in another sense: the Bulgarian and Macedonian `над` (over: `Над 300 улици`),
/// which Russian writes as "on" (`работали над 40 проектами`, worked on 40 projects); the
/// Malay `lebih` (more: `lebih 300 projek`), before a figure in Indonesian the minutes of a
/// time (`pukul 10 lebih 15 menit`), and not after `kurang` (`kurang lebih 300`, about 300);
/// the Albanian `mbi` (over: `mbi 300 projekte`) and the Icelandic `yfir` (`yfir 300
/// verkefni`), each also "on" or "above" in its own language.
const QUALIFIERS_OF_DECLARED_LANGUAGES: &[(&str, Qualifier, &[&str])] = &[
    ("над", MoreThan, &["bg", "bul", "mk", "mkd", "mac"]),
    ("lebih", MoreThan, &crate::citation::numbers::MALAY),
    ("mbi", MoreThan, &["sq", "sqi", "alb"]),
    ("yfir", MoreThan, &["is", "isl", "ice"]),
    // The Galician "nearly" (`case 40 por cento`), an English and Italian word elsewhere.
    ("case", Nearly, &["gl", "glg"]),
    ("case o", Nearly, &["gl", "glg"]),
];

/// [`QUOTE_QUALIFIERS`] by the last byte of their UTF-8, which is the last byte of the
/// letter they end in: the phrases a figure's preceding word may end in are found in one
/// step, where a filter over the whole table per figure would compare them all.
static QUALIFIERS_BY_LAST_BYTE: LazyLock<[Vec<(&str, Qualifier)>; 256]> = LazyLock::new(|| {
    let mut by_last_byte: [Vec<(&str, Qualifier)>; 256] = std::array::from_fn(|_| Vec::new());
    for &(phrase, qualifier) in QUOTE_QUALIFIERS {
        if let Some(&last) = phrase.as_bytes().last() {
            by_last_byte[usize::from(last)].push((phrase, qualifier));
        }
    }
    by_last_byte
});

/// Qualifiers that also end a range (`de 10 até 40`, `von 10 bis zu 40`, "from 10 up to
/// 40"): after a figure, or a figure and its unit, they bound no figure but join two.
const RANGE_ENDS: &[&str] = &[
    "up to",
    "até",
    "hasta",
    "bis zu",
    "jusqu'à",
    "jusqu’à",
    "fino a",
];

/// Words that turn the qualifier after them around or leave it open: a qualifier after one
/// is not read, unless the two are a phrase of [`QUOTE_QUALIFIERS`] (`not more than`, `no
/// más de`, `nicht mehr als`, `不超过` are read as at most).
const NEGATIONS: &[&str] = &[
    "not", "no", "nicht", "não", "non", "ne", "pas", "niet", "nie", "tidak", "tak", "bukan", "не",
    "لا", "không", "chưa", "ei", "nem", "ոչ", "hindi", "inte", "ikke", "mitte",
];

/// Verbs after which `up to` says where a figure went, not a bound on it: "the toll went up
/// to 40", "losses add up to $40 million", "bringing the total up to 40". Not those after
/// which it is one: "it takes up to 40 hours", "it may raise up to $5 million".
const REACHED_UP_TO: &[&str] = &[
    "went", "go", "goes", "going", "gone", "rose", "rise", "rises", "rising", "risen", "climbed",
    "climb", "climbs", "climbing", "pushed", "push", "pushes", "pushing", "brought", "bring",
    "brings", "bringing", "add", "adds", "added", "adding", "moved", "move", "moves", "jumped",
    "jump", "jumps", "shot", "soared", "surged", "came", "come", "comes", "coming", "ramped",
    "stepped", "total", "totals", "totalled", "totaled", "scaled", "revised",
];

/// The Thai word that negates the qualifier written onto it (`ไม่`), unless the two are a
/// phrase of [`QUOTE_QUALIFIERS`] (`ไม่เกิน`, not exceeding, is at most).
const THAI_NEGATION: &str = "ไม่";

/// Characters of Chinese that negate the qualifier written after them (`不超过`, `未超过`).
const CHINESE_NEGATIONS: &[char] = &['不', '未', '没', '沒'];

/// The qualifier written before `figure` in `quote`, of an article in `language`: just
/// before it ([`qualifier_right_before`]), or in Swahili before the noun written before it
/// ([`swahili_qualifier_before_a_noun`]); its span and meaning.
pub(super) fn qualifier_before(
    quote: &str,
    figure: Range<usize>,
    language: Language,
) -> Option<(Range<usize>, Qualifier)> {
    qualifier_right_before(quote, figure.clone(), language)
        .or_else(|| swahili_qualifier_before_a_noun(quote, figure))
}

/// The Swahili qualifiers also read before the counted noun, which Swahili writes between
/// them and the figure (`zaidi ya watu 130,000`, more than 130,000 people; `angalau familia
/// 40`, at least 40 families; `karibu watu 100`, nearly 100 people). Not `chini ya` (less
/// than), which before a noun is "under" as often (`chini ya kifungu 5`, under section 5).
const SWAHILI_BEFORE_A_NOUN: &[(&str, Qualifier)] = &[
    ("zaidi ya", MoreThan),
    ("si zaidi ya", AtMost),
    ("angalau", AtLeast),
    ("si chini ya", AtLeast),
    ("karibu", Nearly),
];

/// One of [`SWAHILI_BEFORE_A_NOUN`] before the one word of a noun just before `figure`, a
/// space apart: a word of three or more lowercase letters, so that neither a name (`zaidi ya
/// Nairobi 2`) nor `na` (`karibu na 100`, near 100) is taken for the noun. Of the phrases
/// that end there on a word boundary, the longest; its span and meaning.
fn swahili_qualifier_before_a_noun(
    quote: &str,
    figure: Range<usize>,
) -> Option<(Range<usize>, Qualifier)> {
    // Nor before a year, after which nothing is counted (`Karibu mwaka 2025`, welcome to
    // the year 2025).
    if written_as_a_year(&quote[figure.clone()]) {
        return None;
    }
    let before = quote[..figure.start].strip_suffix(' ')?;
    let noun_start = before.rfind(' ')? + 1;
    let noun = &before[noun_start..];
    if noun.chars().count() < 3 || !noun.chars().all(char::is_lowercase) {
        return None;
    }
    let head = &before[..noun_start - 1];
    SWAHILI_BEFORE_A_NOUN
        .iter()
        .filter_map(|&(phrase, qualifier)| {
            let at = suffix_ignoring_case(head, phrase)?;
            (!head[..at].ends_with(char::is_alphanumeric)).then_some((at..head.len(), qualifier))
        })
        .min_by_key(|(span, _)| span.start)
}

/// Whether `figure` is written as a year (four digits from 1900 to 2100), before which the
/// Swahili `karibu` is "welcome" (`Karibu 2025`), not "nearly".
fn written_as_a_year(figure: &str) -> bool {
    figure.len() == 4
        && figure.bytes().all(|b| b.is_ascii_digit())
        && figure
            .parse::<u32>()
            .is_ok_and(|year| (1900..=2100).contains(&year))
}

/// The qualifier written just before `start` in `quote` (spaces and a currency sign or code
/// may stand between: "more than $5 million", "at least US$5 million"), its span and meaning;
/// of the phrases that end there on a word boundary (those of `language`, the article's,
/// among them: [`QUALIFIERS_OF_DECLARED_LANGUAGES`]), the longest, unless a negation stands
/// before it.
fn qualifier_right_before(
    quote: &str,
    figure: Range<usize>,
    language: Language,
) -> Option<(Range<usize>, Qualifier)> {
    let is_sign = |c: char| crate::citation::numbers::CURRENCY_SIGNS.contains(&c);
    let spaced = quote[..figure.start].trim_end();
    let before = spaced.trim_end_matches(|c: char| c.is_whitespace() || is_sign(c));
    // A currency code of capitals before the figure or its sign: `US$5`, `RMB 5`; one letter
    // only onto a sign (`R$ 180`, `S$5`).
    let shortest = if before.len() < spaced.len() { 1 } else { 2 };
    let code = before
        .ends_with(|c: char| c.is_ascii_uppercase())
        .then(|| before.rsplit(|c: char| !c.is_ascii_uppercase()).next())
        .flatten()
        .filter(|code| (shortest..=3).contains(&code.len()))
        .filter(|code| !before[..before.len() - code.len()].ends_with(char::is_alphanumeric));
    let phrase_ending = |before: &str| phrase_ending(before, quote, figure.clone(), language);
    let (before, (phrase_start, qualifier)) = match code {
        Some(code) => {
            // Two or three capitals a space before the figure may be its currency (`RMB 5`)
            // or the last word of a qualifier in a headline's capitals (`EN AZ 40`, `UP TO
            // 40`, `MÁS DE 300`): no currency's code ends a qualifier, so the qualifier is
            // looked for first. Onto a sign (`CA$5`, `R$ 180`) the capitals are the
            // currency's.
            let in_capitals = (shortest == 2).then(|| phrase_ending(before)).flatten();
            match in_capitals {
                Some(found) => (before, found),
                None => {
                    let before = before[..before.len() - code.len()]
                        .trim_end_matches(|c: char| c.is_whitespace() || is_sign(c));
                    (before, phrase_ending(before)?)
                }
            }
        }
        None => {
            let before = without_currency_letters(before);
            (before, phrase_ending(before)?)
        }
    };
    let head = &before[..phrase_start];
    let word_before = head
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .map(str::to_lowercase);
    let reached = qualifier == AtMost
        && before[phrase_start..].eq_ignore_ascii_case("up to")
        && word_before
            .as_deref()
            .is_some_and(|word| REACHED_UP_TO.contains(&word));
    let phrase = before[phrase_start..].to_lowercase();
    // The end of a range: a figure stands just before, or one word before.
    let mut words_before = head.split_whitespace().rev().take(2);
    let range_end = RANGE_ENDS.contains(&phrase.as_str())
        && words_before.any(|word| word.starts_with(|c: char| c.is_ascii_digit()));
    let negated = head.ends_with(CHINESE_NEGATIONS)
        || head.ends_with(THAI_NEGATION)
        || word_before.is_some_and(|word| NEGATIONS.contains(&word.as_str()));
    (!negated && !reached && !range_end).then_some((phrase_start..before.len(), qualifier))
}

/// The qualifier phrase that ends `before` (the quote up to `figure`, its currency left
/// out) on a word boundary, the earliest starting of those that end there: where it starts
/// and what it means.
fn phrase_ending(
    before: &str,
    quote: &str,
    figure: Range<usize>,
    language: Language,
) -> Option<(usize, Qualifier)> {
    // Most figures follow a word that ends in no qualifier's last letter: only the phrases
    // that end in it are compared, found by the last byte of the letter in UTF-8.
    let last = before.chars().next_back()?.to_lowercase().next()?;
    let last_byte = *last.encode_utf8(&mut [0; 4]).as_bytes().last()?;
    let declared = QUALIFIERS_OF_DECLARED_LANGUAGES
        .iter()
        .filter(|(_, _, languages)| language.is_one_of(languages))
        .map(|&(phrase, qualifier, _)| (phrase, qualifier));
    QUALIFIERS_BY_LAST_BYTE[usize::from(last_byte)]
        .iter()
        .copied()
        .chain(declared)
        .filter_map(|(phrase, qualifier)| {
            let at = suffix_ignoring_case(before, phrase)?;
            // A phrase of a script with spaces between words ends one; Chinese is written
            // onto the words around it.
            let written_in_words = !phrase.chars().any(crate::normalize::is_unspaced_script);
            let previous = before[..at].chars().next_back();
            let proclitic =
                phrase.chars().any(is_arabic) && crate::proclitics::proclitics_before(before, at);
            let joined =
                written_in_words && previous.is_some_and(char::is_alphanumeric) && !proclitic;
            let near_in_time = phrase == "近" && !near_is_nearly(previous, &quote[figure.end..]);
            let says_when = phrase == "peste" && romanian_span_of_time(&quote[figure.end..]);
            let welcome = phrase == "karibu" && written_as_a_year(&quote[figure.clone()]);
            let more_or_less = phrase == "lebih" && after_a_figure_or_less(&before[..at]);
            (!joined && !near_in_time && !says_when && !welcome && !more_or_less)
                .then_some((at, qualifier))
        })
        .min_by_key(|&(at, _)| at)
        .or_else(|| over_before(before, &quote[figure.end..]).map(|at| (at, MoreThan)))
}

/// Whether the word before the Malay `lebih` (`head` ends before it) is a figure, as in a
/// time (`pukul 10 lebih 15`, a quarter past ten), or `kurang` (`kurang lebih 300`, more or
/// less 300): then it bounds no figure after it.
fn after_a_figure_or_less(head: &str) -> bool {
    let word = head
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    word.eq_ignore_ascii_case("kurang") || word.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether the Chinese `近` before a figure is "nearly" (`近30万人`), given the character
/// before it and the text after the figure: not in a word that ends in it (`最近`, "lately";
/// `附近`, "nearby"), nor before a span of time, where it is "the last" (`近3年来`, the last
/// three years; `近5个月`).
fn near_is_nearly(before: Option<char>, after_figure: &str) -> bool {
    const WORDS_ENDING_IN_IT: &[char] = &[
        '最', '附', '邻', '鄰', '靠', '贴', '貼', '亲', '親', '远', '遠', '新',
    ];
    const SPANS_OF_TIME: &[&str] = &[
        "年", "个月", "個月", "月", "天", "日", "周", "週", "期", "届", "屆", "次", "季",
    ];
    !before.is_some_and(|c| WORDS_ENDING_IN_IT.contains(&c))
        && !SPANS_OF_TIME
            .iter()
            .any(|span| after_figure.starts_with(span))
}

/// Whether `after_figure`, the quote after a figure, starts with a Romanian span of time, with
/// the `de` Romanian writes between a figure from 20 and its noun or without it: after
/// `peste` it says when as often as how many ("peste 10 ani", in ten years; "peste 20 de
/// zile").
fn romanian_span_of_time(after_figure: &str) -> bool {
    const SPANS_OF_TIME: &[&str] = &[
        "secundă",
        "secunde",
        "minut",
        "minute",
        "oră",
        "ore",
        "zi",
        "zile",
        "săptămână",
        "săptămâni",
        "lună",
        "luni",
        "an",
        "ani",
        "deceniu",
        "decenii",
        "secol",
        "secole",
    ];
    let words = after_figure.trim_start();
    let words = words.strip_prefix("de ").unwrap_or(words);
    let word = words
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    SPANS_OF_TIME.contains(&word.as_str())
}

/// `before` (the quote up to a figure) without the currency written in letters of both cases
/// that ends it, with or without its point (`lebih dari Rp`, `lebih dari Rp.`, `more than
/// Rs`): the capitals of a currency code do not take it in, and Indonesian articles write
/// nearly every sum so (`lebih dari Rp 5 miliar`).
fn without_currency_letters(before: &str) -> &str {
    let letters = before.strip_suffix('.').unwrap_or(before);
    crate::citation::numbers::LETTER_CURRENCIES
        .iter()
        .filter(|currency| currency.chars().any(char::is_lowercase))
        .find_map(|currency| {
            letters
                .strip_suffix(currency)
                .filter(|rest| !rest.ends_with(char::is_alphanumeric))
        })
        .map_or(before, str::trim_end)
}

/// Where `over`, `über` or `över` ends `before` (the quote up to a figure) as the "more
/// than" it may be, and only there: at the start of a sentence ("Over 1,500 children", "In
/// 2023, over 40 towns", "Über 400 Menschen", "Över 300 personer"), or after a preposition
/// ("in over 40 countries", "by over 5%", "mit über 400 Betten", "med över 300 deltagare",
/// the Norwegian and Danish "med over 300 deltakere"), where it cannot be a verb's (`handed
/// over`, `verfügt über`, `gick över`). At a sentence's start, English `over` before a span
/// of time (`after` starts with it) says when: "Over 40 years, the town grew".
fn over_before(before: &str, after: &str) -> Option<usize> {
    let (at, english, prepositions) = if let Some(at) = suffix_ignoring_case(before, "over") {
        (at, true, PREPOSITIONS_BEFORE_OVER)
    } else if let Some(at) = suffix_ignoring_case(before, "über") {
        (at, false, PREPOSITIONS_BEFORE_UBER)
    } else {
        let at = suffix_ignoring_case(before, "över")?;
        (at, false, PREPOSITIONS_BEFORE_OVER_SWEDISH)
    };
    let head = &before[..at];
    if head.ends_with(char::is_alphanumeric) {
        return None;
    }
    let head = head.trim_end();
    let capitalised = before[at..].starts_with(['O', 'Ü', 'Ö']);
    let starts_sentence = if head.is_empty() {
        // A quote may start inside a sentence ("over 40 documents" of "handed over 40
        // documents"): only a capital says it starts one.
        capitalised
    } else {
        head.ends_with(['.', '!', '?', ';', ':', ',', '(', '—', '–', '"', '“', '«'])
    };
    if starts_sentence {
        let says_when = english
            && after
                .split_whitespace()
                .next()
                .map(|word| word.trim_end_matches(|c: char| !c.is_alphanumeric()))
                .is_some_and(|word| SPANS_OF_TIME.contains(&word.to_lowercase().as_str()));
        return (!says_when).then_some(at);
    }
    let word_before = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()?
        .to_lowercase();
    prepositions.contains(&word_before.as_str()).then_some(at)
}

/// Words after which English `over` before a figure can only mean "more than", and the
/// Norwegian and Danish ones after which their `over` can only (`med`, with; `på`, on;
/// `i`, in; `av`, of; `til`, to; `fra`, from; `blant`, among; `og`, and; `eller`, or).
const PREPOSITIONS_BEFORE_OVER: &[&str] = &[
    "of", "to", "by", "from", "for", "with", "in", "at", "among", "on", "into", "across", "and",
    "or", "med", "på", "i", "av", "til", "fra", "blant", "og", "eller",
];

/// Words after which Swedish `över` before a figure can only mean "more than" (`med`, with;
/// `på`, on; `i`, in; `av`, of; `för`, for; `till`, to; `från`, from; `bland`, among;
/// `och`, and; `eller`, or).
const PREPOSITIONS_BEFORE_OVER_SWEDISH: &[&str] = &[
    "med", "på", "i", "av", "för", "till", "från", "bland", "och", "eller",
];

/// Words after which German `über` before a figure can only mean "more than".
const PREPOSITIONS_BEFORE_UBER: &[&str] = &[
    "mit", "von", "für", "bei", "auf", "in", "an", "aus", "seit", "nach", "um", "zu", "und", "oder",
];

/// Spans of time, after which `Over` at a sentence's start says when, not how many.
const SPANS_OF_TIME: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "night",
    "nights",
    "week",
    "weeks",
    "weekend",
    "weekends",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "season",
    "seasons",
    "term",
    "terms",
];

/// Where `text` ends in `phrase` (lowercase), compared character by character in any case:
/// the byte offset in `text` where that ending starts.
fn suffix_ignoring_case(text: &str, phrase: &str) -> Option<usize> {
    let mut ours = text.char_indices().rev();
    let mut at = text.len();
    for wanted in phrase.chars().rev() {
        let (index, c) = ours.next()?;
        if !crate::normalize::same_letter_ignoring_case(c, wanted) {
            return None;
        }
        at = index;
    }
    Some(at)
}
