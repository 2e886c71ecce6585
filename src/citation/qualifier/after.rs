//! Qualifiers written after the figure they bound: the suffixes of Chinese and Japanese
//! (`100人以上`), the "and more" Chinese and Korean write onto a figure (`300多万`, `300여
//! 가구`), the qualifiers of Korean after the counter (`300명 이상`), Turkish postpositions
//! after the case they take (`300'den fazla`), and the qualifiers Arabic, Hindi, Nepali,
//! Bengali, Tamil, Thai, Burmese and Amharic write after the figure or its noun (`500 से
//! अधिक`, `৫০টির বেশি`, `လူ ၅၀၀ ကျော်`, `ከ300 በላይ`), Sinhala after the dative written onto
//! it (`250ට වැඩි`), Malayalam, Kannada and Marathi onto the figure or its scale word
//! (`1,200-ലധികം`, `೩,೯೦೦ಕ್ಕೂ ಹೆಚ್ಚು`, `25 हजारांहून अधिक`), and Hungarian, Georgian and Armenian after the case ending written onto
//! it with a hyphen (`300-nál több`, `300-ზე მეტი`, `300-ից ավելի`).

use std::ops::Range;

use super::is_arabic;
use crate::citation::numbers::Language;
use crate::quantity::Qualifier::{self, AtLeast, AtMost, LessThan, MoreThan, Nearly};

/// Qualifiers of Chinese and Japanese written after the figure and the counter or unit
/// written onto it (`11万戸以上`, `100人以上`, `500円未満`, `1万人超`, `100人近く`,
/// `100人余り`). The seismic `強` and `弱` of `震度6強` ("6 upper") are grades, not bounds, and
/// are left out.
const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("以上", AtLeast),
    ("以下", AtMost),
    ("未満", LessThan),
    ("超", MoreThan),
    ("近く", Nearly),
    ("余り", MoreThan),
];

/// The marks Chinese and Korean write onto a figure for "and more", "-odd": `300多万` is more
/// than three million, `3000余户` more than 3,000 households, `1200여만 명` more than 12
/// million people, `300여 가구` more than 300 households. Read as "more than", like the
/// Japanese `余り` after a counter: a claim that encodes the figure exact drops the bound.
/// Only written straight onto the figure, or inside it before the myriad it reads through
/// (`多万`, `여만`): after a counter `多` says "many" as often (`3人多次`, "three people, many
/// times").
const MORE_THAN_MARKS: &[char] = &['多', '余', '餘', '여'];

/// What may follow the Korean `여` after a figure for it to be the mark of "more than": a
/// myriad or a common counter (`300여명`, `20여곳`, `10여개`), else the end of the word; as
/// `여` starts other words (`3여단`, the 3rd Brigade).
const AFTER_KOREAN_MARK: &[&str] = &[
    "만", "억", "조", "명", "개", "곳", "건", "채", "가구", "척", "마리", "톤", "차례", "회", "년",
    "일", "시간",
];

/// The mark of "more than" ([`MORE_THAN_MARKS`]) of the figure at `figure` in `quote`: the
/// whole figure when the mark stands inside it (`300多万`, `1200여만`, `5천여`), else the mark
/// written straight after it (`3000余户`, `300여 가구`).
fn more_than_mark(quote: &str, figure: Range<usize>) -> Option<Range<usize>> {
    if quote[figure.clone()].contains(MORE_THAN_MARKS) {
        return Some(figure);
    }
    let mark = quote[figure.end..]
        .chars()
        .next()
        .filter(|mark| MORE_THAN_MARKS.contains(mark))?;
    let end = figure.end + mark.len_utf8();
    let rest = &quote[end..];
    let korean_word_goes_on = mark == '여'
        && rest.starts_with(crate::korean::is_hangul)
        && !AFTER_KOREAN_MARK
            .iter()
            .any(|after| rest.starts_with(after));
    (!korean_word_goes_on).then_some(figure.end..end)
}

/// Qualifiers of Korean written after the figure, its counter and the unit (`300명 이상` at
/// least 300 people, `5천만 원 미만`, `20% 초과`, `300명이 넘는`, `300명 가까이`). `이상` and
/// `이하` take the figure in (300 or more, 300 or fewer). `가량`, `정도`, `안팎` and `내외` are
/// approximate, and left out.
const KOREAN_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("이상", AtLeast),
    ("이하", AtMost),
    ("미만", LessThan),
    ("초과", MoreThan),
    ("넘게", MoreThan),
    ("넘는", MoreThan),
    ("넘은", MoreThan),
    ("남짓", MoreThan),
    ("가까이", Nearly),
];

/// Qualifiers of Arabic, Hindi, Bengali, Thai and the languages below written after the
/// figure, or after the figure and the one word of its noun or unit: `٢٠ إصابة على الأقل`
/// (at least 20 cases), `٢٠ فأكثر` (20 or more), `500 से अधिक गांव` (more than 500 villages),
/// `500 रुपये से कम`, `৫০টির বেশি` (more than 50), `1,000 กว่าคน` (1,000-odd people). A phrase
/// of a script that spaces its words ends a word there.
const POSTPOSED_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("على الأقل", AtLeast),
    ("على الأكثر", AtMost),
    ("كحد أدنى", AtLeast),
    ("كحد أقصى", AtMost),
    ("فأكثر", AtLeast),
    ("أو أكثر", AtLeast),
    ("فما فوق", AtLeast),
    ("فأقل", AtMost),
    ("أو أقل", AtMost),
    ("से अधिक", MoreThan),
    ("से \u{95b}्यादा", MoreThan),
    ("से ज\u{93c}्यादा", MoreThan),
    ("से ज्यादा", MoreThan),
    ("से ऊपर", MoreThan),
    ("से कम", LessThan),
    // Urdu, after `سے` (than).
    ("سے زائد", MoreThan),
    ("سے زیادہ", MoreThan),
    ("سے اوپر", MoreThan),
    ("سے کم", LessThan),
    // Gujarati, after `થી` (than), written onto the figure or after a space (`૧,૦૦૦થી વધુ`,
    // more than 1,000); Punjabi after `ਤੋਂ` (`੫੦੦ ਤੋਂ ਵੱਧ`), its `ਜ਼` in both spellings.
    ("થી વધુ", MoreThan),
    ("થી વધારે", MoreThan),
    ("થી ઓછા", LessThan),
    ("થી ઓછી", LessThan),
    ("થી ઓછું", LessThan),
    ("ਤੋਂ ਵੱਧ", MoreThan),
    ("ਤੋਂ ਜ\u{a3c}ਿਆਦਾ", MoreThan),
    ("ਤੋਂ \u{a5b}ਿਆਦਾ", MoreThan),
    ("ਤੋਂ ਜਿਆਦਾ", MoreThan),
    ("ਤੋਂ ਘੱਟ", LessThan),
    // Telugu, after `కంటే` or `కన్నా` (than), or the dative written onto the figure before
    // `పైగా` (over: `300కు పైగా`).
    ("కంటే ఎక్కువ", MoreThan),
    ("కన్నా ఎక్కువ", MoreThan),
    ("కంటే తక్కువ", LessThan),
    ("కన్నా తక్కువ", LessThan),
    ("కు పైగా", MoreThan),
    ("కి పైగా", MoreThan),
    // Onto `మంది`, the counter of people (`300 మందికి పైగా`, more than 300 people).
    ("మందికి పైగా", MoreThan),
    // Malayalam, written onto the figure as one word with `ൽ` (`1,200-ലധികം`, `500ലേറെ`, more
    // than), or onto a scale word after its ending (`കോടിയിലധികം`, `ലക്ഷത്തിൽ കൂടുതൽ`; below:
    // `ലക്ഷത്തിൽ താഴെ`). Not `ൽ കൂടുതൽ` or `ൽ താഴെ` right after a figure, where `ൽ` is "in"
    // as often (`2023ൽ കൂടുതൽ മഴ`, more rain in 2023).
    ("ലധികം", MoreThan),
    ("ലേറെ", MoreThan),
    ("യിലധികം", MoreThan),
    ("യിലേറെ", MoreThan),
    ("യിൽ കൂടുതൽ", MoreThan),
    ("യിൽ താഴെ", LessThan),
    ("ത്തിലധികം", MoreThan),
    ("ത്തിലേറെ", MoreThan),
    ("ത്തിൽ കൂടുതൽ", MoreThan),
    ("ത്തിൽ താഴെ", LessThan),
    // Kannada, after the dative and `ಊ` ("even") or `ಇಂತ` ("than") written onto the figure
    // or its scale word (`೩,೯೦೦ಕ್ಕೂ ಹೆಚ್ಚು`, more than 3,900; `2.5 ಲಕ್ಷಕ್ಕೂ ಹೆಚ್ಚು`; `ಕೋಟಿಗೂ
    // ಹೆಚ್ಚು`; `100ಕ್ಕಿಂತ ಕಡಿಮೆ`, fewer than 100).
    ("ಕ್ಕೂ ಹೆಚ್ಚು", MoreThan),
    ("ಕ್ಕೂ ಅಧಿಕ", MoreThan),
    ("ಕ್ಕಿಂತ ಹೆಚ್ಚು", MoreThan),
    ("ಕ್ಕಿಂತ ಅಧಿಕ", MoreThan),
    ("ಕ್ಕಿಂತ ಕಡಿಮೆ", LessThan),
    ("ಗೂ ಹೆಚ್ಚು", MoreThan),
    ("ಗೂ ಅಧಿಕ", MoreThan),
    ("ಗಿಂತ ಹೆಚ್ಚು", MoreThan),
    ("ಗಿಂತ ಅಧಿಕ", MoreThan),
    ("ಗಿಂತ ಕಡಿಮೆ", LessThan),
    // Marathi, after `पेक्षा` or `हून` (than), after a space or written onto the figure or
    // onto its scale word (`५०० पेक्षा जास्त`, `25 हजारांहून अधिक`, more than 25 thousand).
    ("पेक्षा जास्त", MoreThan),
    ("पेक्षा अधिक", MoreThan),
    ("हून अधिक", MoreThan),
    ("हून जास्त", MoreThan),
    ("पेक्षा कमी", LessThan),
    // Bengali, after the genitive written onto the figure (`৫০-এর বেশি`), its counter
    // (`৫০টির বেশি`) or the word of people (`৫০ জনের বেশি`).
    ("এর বেশি", MoreThan),
    ("টির বেশি", MoreThan),
    ("জনের বেশি", MoreThan),
    ("এর অধিক", MoreThan),
    ("এর কম", LessThan),
    ("টির কম", LessThan),
    ("জনের কম", LessThan),
    ("กว่า", MoreThan),
    // Tamil, after the dative and `and` written onto the figure (`300க்கும் மேற்பட்ட`, "more
    // than 300").
    ("க்கும் மேற்பட்ட", MoreThan),
    // The same as nouns of people (`300க்கும் மேற்பட்டோர்`, more than 300 people).
    ("க்கும் மேற்பட்டோர்", MoreThan),
    ("க்கும் அதிகமானோர்", MoreThan),
    ("க்கும் குறைவானோர்", LessThan),
    ("க்கும் அதிகமான", MoreThan),
    ("க்கும் மேல்", MoreThan),
    ("க்கும் குறைவான", LessThan),
    // Nepali, after `भन्दा` (than), after a space or written onto the figure or onto the
    // counter of people (`३०० भन्दा बढी`, `३००भन्दा बढी`, `३०० जनाभन्दा बढी`).
    ("भन्दा बढी", MoreThan),
    ("भन्दा धेरै", MoreThan),
    ("भन्दा माथि", MoreThan),
    ("भन्दा कम", LessThan),
    ("जनाभन्दा बढी", MoreThan),
    ("जनाभन्दा धेरै", MoreThan),
    ("जनाभन्दा कम", LessThan),
    // Amharic, closing the `ከ` (than, from) written onto the figure ([`AMHARIC_THAN`]):
    // `ከ300 በላይ` (more than 300), `ከ20 በታች` (under 20), `ከ100 የሚበልጡ` (exceeding 100), `ከ20
    // ያነሱ` (fewer than 20).
    ("በላይ", MoreThan),
    ("የሚበልጡ", MoreThan),
    ("የሚበልጥ", MoreThan),
    ("በታች", LessThan),
    ("ያነሱ", LessThan),
    ("ያነሰ", LessThan),
    // Hungarian, after the `-nál` or `-nél` written onto the figure with a hyphen (`300-nál
    // több`, more than 300; `12-nél kevesebb`).
    ("nál több", MoreThan),
    ("nél több", MoreThan),
    ("nál kevesebb", LessThan),
    ("nél kevesebb", LessThan),
    // Georgian, after the `-ზე` written onto the figure with a hyphen, in the cases the
    // comparative takes (`300-ზე მეტი ადამიანი`, more than 300 people; `300-ზე მეტმა`,
    // `300-ზე მეტ სახლს`).
    ("ზე მეტი", MoreThan),
    ("ზე მეტმა", MoreThan),
    ("ზე მეტს", MoreThan),
    ("ზე მეტ", MoreThan),
    ("ზე მეტის", MoreThan),
    ("ზე ნაკლები", LessThan),
    ("ზე ნაკლებმა", LessThan),
    ("ზე ნაკლებს", LessThan),
    ("ზე ნაკლებ", LessThan),
    ("ზე ნაკლების", LessThan),
    // Armenian, after the ablative `-ից` written onto the figure with a hyphen (`300-ից
    // ավելի`, more than 300; `20-ից պակաս`), negated as one phrase (`12-ից ոչ պակաս`, no
    // fewer than 12).
    ("ից ավելի", MoreThan),
    ("ից պակաս", LessThan),
    ("ից ոչ ավելի", AtMost),
    ("ից ոչ պակաս", AtLeast),
    // Burmese, after the figure, a space apart or written onto its scale word (`လူ 12,500
    // ကျော်`, more than 12,500 people; `၅ ထောင်ကျော်`); `ထက်` is "than". `ခန့်` and `လောက်`
    // are approximate.
    ("ကျော်", MoreThan),
    ("ထက်ပို", MoreThan),
    ("ထက် ပို", MoreThan),
    ("ထက်နည်း", LessThan),
    ("ထက် နည်း", LessThan),
    ("နီးပါး", Nearly),
    // Sinhala, after the dative `-ට` written onto the figure, or onto the `-ක` of one
    // (`250ට වැඩි`, `3,250කට වැඩි`, more than 3,250), negated as one word (`12කට නොඅඩු`, no
    // fewer than 12). `පමණ` is approximate.
    ("ට වැඩි", MoreThan),
    ("කට වැඩි", MoreThan),
    ("ට අඩු", LessThan),
    ("කට අඩු", LessThan),
    ("ට නොඅඩු", AtLeast),
    ("කට නොඅඩු", AtLeast),
    ("ට නොවැඩි", AtMost),
    ("කට නොවැඩි", AtMost),
];

/// Qualifiers of [`POSTPOSED_QUALIFIERS`] that are words of another sense before these: the
/// Punjabi `ਤੋਂ ਵੱਧ ਕੇ` ("rising from", `੫੦੦ ਤੋਂ ਵੱਧ ਕੇ ੮੦੦`), the Burmese `ကျော်ကြား` (famous).
const NOT_QUALIFIERS_BEFORE: &[(&str, &str)] = &[("ਤੋਂ ਵੱਧ", " ਕੇ"), ("ကျော်", "ကြား")];

/// The Amharic preposition `ከ` (than, from) written onto a figure that an Amharic qualifier of
/// [`POSTPOSED_QUALIFIERS`] closes: without it `በላይ` is the name Belay as well as "above".
const AMHARIC_THAN: char = 'ከ';

/// Whether `c` is a letter of the Ethiopic script, which Amharic is written in.
fn is_ethiopic(c: char) -> bool {
    matches!(c, '\u{1200}'..='\u{139F}')
}

/// Whether `text` starts with a letter of a script whose qualifiers [`POSTPOSED_QUALIFIERS`]
/// lists (Arabic, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada,
/// Malayalam, Sinhala, Thai,
/// Myanmar, Georgian, Armenian, Ethiopic); the Latin letters of the Hungarian ones are read
/// only after a hyphen ([`postposed_qualifier`]).
fn writes_postposed_qualifiers(text: &str) -> bool {
    text.starts_with(|c: char| {
        is_arabic(c)
            || is_ethiopic(c)
            || matches!(c, '\u{0530}'..='\u{058F}' | '\u{0900}'..='\u{0AFF}' | '\u{0B80}'..='\u{0D7F}' | '\u{0D80}'..='\u{0DFF}' | '\u{0E00}'..='\u{0E7F}' | '\u{1000}'..='\u{109F}' | '\u{10A0}'..='\u{10FF}')
    })
}

/// The qualifier of [`POSTPOSED_QUALIFIERS`] after `figure` in `quote`, right after it or
/// after the one word of its noun or unit, a space before each; right after the figure, a
/// hyphen may join the ending the qualifier follows to it (`৫০-এর বেশি`, `40-க்கும் மேற்பட்ட`,
/// `300-ზე მეტი`, and in Latin letters only so: `300-nál több`). An Amharic qualifier closes
/// the [`AMHARIC_THAN`] written onto the figure, which its span starts with (`ከ300 በላይ`).
fn postposed_qualifier(quote: &str, figure: Range<usize>) -> Option<(Range<usize>, Qualifier)> {
    let amharic_than = crate::proclitics::ethiopic_preposition_before(quote, figure.start)
        .filter(|&preposition| preposition == AMHARIC_THAN)
        .map(|preposition| figure.start - preposition.len_utf8());
    let qualifier_at = |word: &str| {
        let word_start = quote.len() - word.len();
        POSTPOSED_QUALIFIERS
            .iter()
            .find_map(|&(phrase, qualifier)| {
                let rest = word.strip_prefix(phrase)?;
                let spaced = !phrase.chars().any(crate::normalize::is_unspaced_script);
                let ends = !spaced || !rest.starts_with(char::is_alphanumeric);
                let another_sense = NOT_QUALIFIERS_BEFORE
                    .iter()
                    .any(|&(of, before)| of == phrase && rest.starts_with(before));
                if another_sense {
                    return None;
                }
                let start = if phrase.starts_with(is_ethiopic) {
                    amharic_than?
                } else {
                    word_start
                };
                ends.then_some((start..word_start + phrase.len(), qualifier))
            })
    };
    let after = &quote[figure.end..];
    let hyphened = after.strip_prefix('-');
    let first = after.strip_prefix(' ').or(hyphened).unwrap_or(after);
    let hyphened_latin = hyphened.is_some() && first.starts_with(|c: char| c.is_ascii_alphabetic());
    if !writes_postposed_qualifiers(first) && !hyphened_latin {
        return None;
    }
    qualifier_at(first).or_else(|| {
        let word_end = first.find(' ')?;
        // A clause or list ends at a comma or the Burmese `၊` (`၂၅ နှစ်၊ ကျော်ဇော`, 25 years,
        // Kyaw Zaw): the word after it is no qualifier of the figure before.
        if first[..word_end].ends_with([',', '،', '၊', '။', '.', ';']) {
            return None;
        }
        let next = &first[word_end + 1..];
        writes_postposed_qualifiers(next)
            .then(|| qualifier_at(next))
            .flatten()
    })
}

/// The copula's forms before a noun, which end a Korean qualifier's word as its particles do:
/// `10ha 미만인 농가` (farms of less than 10 ha), `300명 이상일 때`.
const ADNOMINAL_COPULA: &[&str] = &["인", "일", "임"];

/// The most characters of the one word read between a Korean figure and its qualifier: the
/// counter written onto it (`명`, `가구`, `헥타르`) or the unit after a space (`원`, `달러`).
const LONGEST_KOREAN_COUNTER: usize = 4;

/// The Korean qualifier of [`KOREAN_QUALIFIERS`] after `figure` in `quote`: after at most one
/// word, the counter or unit written onto the figure (`300명 이상`, `20% 초과`) or after it
/// (`5천만 원 미만`), which may take the subject's particle before `넘는` (`300명이 넘는`); the
/// qualifier ends its word, or particles alone follow it (`300명 이상의`, `이상이`).
fn korean_qualifier(quote: &str, figure: Range<usize>) -> Option<(Range<usize>, Qualifier)> {
    let qualifier_at = |word: &str| {
        let word_start = quote.len() - word.len();
        KOREAN_QUALIFIERS.iter().find_map(|&(phrase, qualifier)| {
            let rest = word.strip_prefix(phrase)?;
            let last = phrase.chars().next_back()?;
            let ends = !rest.starts_with(crate::korean::is_hangul)
                || crate::korean::only_particles_follow(last, rest, ADNOMINAL_COPULA);
            ends.then_some((word_start..word_start + phrase.len(), qualifier))
        })
    };
    let after = &quote[figure.end..];
    let is_counter = |c: char| crate::korean::is_hangul(c) || c.is_alphabetic() || c == '%';
    // The qualifier right after the figure, after a space or none.
    let first = after.strip_prefix(' ').unwrap_or(after);
    if first.starts_with(crate::korean::is_hangul)
        && let Some(found) = qualifier_at(first)
    {
        return Some(found);
    }
    // After one word: the counter onto the figure (`300명`) or the unit after it (`만 원`),
    // with the qualifier after a space or written onto it (`300명이상`).
    let counter = if after.starts_with(is_counter) {
        after
    } else {
        after
            .strip_prefix(' ')
            .filter(|word| word.starts_with(crate::korean::is_hangul))?
    };
    for (at, c) in counter.char_indices().take(LONGEST_KOREAN_COUNTER) {
        if !is_counter(c) {
            return None;
        }
        let next = &counter[at + c.len_utf8()..];
        if let Some(word) = next.strip_prefix(' ') {
            return word
                .starts_with(crate::korean::is_hangul)
                .then(|| qualifier_at(word))
                .flatten();
        }
        if let Some(found) = next
            .starts_with(crate::korean::is_hangul)
            .then(|| qualifier_at(next))
            .flatten()
        {
            return Some(found);
        }
    }
    None
}

/// The most characters of a counter or unit read between a figure and a qualifier of
/// [`SUFFIX_QUALIFIERS`]: `人`, `世帯`, `平方キロ`, `キロメートル`.
const LONGEST_COUNTER: usize = 6;

/// The case a Turkish postposition after a figure takes on it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Case {
    /// `-i`, `-ı`, `-u`, `-ü`, after a vowel `-yi`...: `100'ü aşkın`, `20 bini aşkın`.
    Accusative,
    /// `-e`, `-a`, after a vowel `-ye`, `-ya`: `100'e yakın`.
    Dative,
    /// `-in`, `-ın`, `-un`, `-ün`, after a vowel `-nin`...: `100'ün üzerinde`.
    Genitive,
    /// `-den`, `-dan`, after a voiceless consonant `-ten`, `-tan`: `60 binden fazla`.
    Ablative,
}

impl Case {
    /// The case of `ending`, lowercase, written onto a figure or its scale word.
    fn of(ending: &str) -> Option<Case> {
        // After a vowel (`20'yi`, `20'ye`, `20'nin`) the ending takes a consonant first.
        match ending {
            "i" | "ı" | "u" | "ü" | "yi" | "yı" | "yu" | "yü" => Some(Case::Accusative),
            "e" | "a" | "ye" | "ya" => Some(Case::Dative),
            "in" | "ın" | "un" | "ün" | "nin" | "nın" | "nun" | "nün" => Some(Case::Genitive),
            "den" | "dan" | "ten" | "tan" => Some(Case::Ablative),
            _ => None,
        }
    }
}

/// Turkish postpositions after a figure, the case they take on it, and what they mean:
/// `60 binden fazla` is more than 60,000, `300'den az` fewer than 300, `100'ü aşkın` more
/// than 100, `100'ün üzerinde` above 100, `100'e yakın` nearly 100. Only where the case ending
/// is written onto the figure or its scale word, never onto a noun after it (`3 kattan
/// fazla`). `-e kadar` ("up to", also "until" and "to": `40'a kadar yükseldi`) is left out
/// as Polish `do` is.
const TURKISH_POSTPOSITIONS: &[(&str, Case, Qualifier)] = &[
    ("fazla", Case::Ablative, MoreThan),
    ("çok", Case::Ablative, MoreThan),
    ("az", Case::Ablative, LessThan),
    ("aşkın", Case::Accusative, MoreThan),
    ("üzerinde", Case::Genitive, MoreThan),
    ("üstünde", Case::Genitive, MoreThan),
    ("altında", Case::Genitive, LessThan),
    ("yakın", Case::Dative, Nearly),
];

/// The Turkish word after a postposition that negates it: `100'den fazla değil`.
const TURKISH_NEGATION: &str = "değil";

/// Kazakh postpositions after a figure, the case they take on it, and what they mean:
/// `300-ден астам` is more than 300, `20 миллионнан асты` ("passed 20 million") more than 20
/// million, `100-ден кем` fewer than 100, `96 млрд теңгеге жуық` nearly 96 billion tenge. The
/// case ending is written onto the figure after a hyphen (`300-ден`), onto its scale word
/// (`миллионнан`) or onto the noun after it (`теңгеге`). `дейін` ("up to", also "until" and
/// "to": `3 пайызға дейін өсті`, rose to 3 percent) is left out as the Turkish `-e kadar`
/// is, and `шамамен` (about) and `-дай` are approximate.
const KAZAKH_POSTPOSITIONS: &[(&str, Case, Qualifier)] = &[
    ("астам", Case::Ablative, MoreThan),
    ("артық", Case::Ablative, MoreThan),
    ("асты", Case::Ablative, MoreThan),
    ("асады", Case::Ablative, MoreThan),
    ("асқан", Case::Ablative, MoreThan),
    ("асатын", Case::Ablative, MoreThan),
    ("кем", Case::Ablative, LessThan),
    ("аз", Case::Ablative, LessThan),
    ("жуық", Case::Dative, Nearly),
    ("жақын", Case::Dative, Nearly),
];

/// The Kazakh word after a postposition that negates it: `100-ден артық емес`.
const KAZAKH_NEGATION: &str = "емес";

/// Azerbaijani postpositions after a figure, the case they take on it after a hyphen, and
/// what they mean: `300-dən çox` and `300-dən artıq` are more than 300, `100-dən az` fewer
/// than 100, `100-ə yaxın` nearly 100. `təxminən` (about) is approximate.
const AZERBAIJANI_POSTPOSITIONS: &[(&str, Case, Qualifier)] = &[
    ("çox", Case::Ablative, MoreThan),
    ("artıq", Case::Ablative, MoreThan),
    ("az", Case::Ablative, LessThan),
    ("yaxın", Case::Dative, Nearly),
];

/// The Azerbaijani word after a postposition that negates it: `300-dən çox deyil`.
const AZERBAIJANI_NEGATION: &str = "deyil";

/// Uzbek postpositions after a figure, the case they take on it, written after a space or a
/// hyphen or onto the counter `ta` (`300 dan ortiq`, `300-dan ortiq`, `300 tadan ko'p`), and
/// what they mean. `taxminan` (about) is approximate.
const UZBEK_POSTPOSITIONS: &[(&str, Case, Qualifier)] = &[
    ("ortiq", Case::Ablative, MoreThan),
    // Written with any apostrophe ([`APOSTROPHES`]: `koʻp`, `ko’p`).
    ("ko'p", Case::Ablative, MoreThan),
    ("ko'proq", Case::Ablative, MoreThan),
    ("ziyod", Case::Ablative, MoreThan),
    ("kam", Case::Ablative, LessThan),
    ("yaqin", Case::Dative, Nearly),
];

/// The Uzbek word after a postposition that negates it: `300 dan ortiq emas`.
const UZBEK_NEGATION: &str = "emas";

/// After `figure` in `quote`: an Azerbaijani case ending after a hyphen (`300-dən`) and one of
/// [`AZERBAIJANI_POSTPOSITIONS`], or an Uzbek one after a space or a hyphen (`300 dan`,
/// `300 tadan`) and one of [`UZBEK_POSTPOSITIONS`]; whole, and not negated.
fn written_apart_postposition(
    quote: &str,
    figure: Range<usize>,
) -> Option<(Range<usize>, Qualifier)> {
    let after = &quote[figure.end..];
    let (ending, hyphen) = match after.strip_prefix('-') {
        Some(ending) => (ending, true),
        None => (after.strip_prefix(' ')?, false),
    };
    let end = ending
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(ending.len());
    let (written, rest) = ending.split_at(end);
    let azerbaijani = match written {
        "dən" | "dan" | "tən" | "tan" => Some(Case::Ablative),
        "ə" | "a" | "yə" | "ya" => Some(Case::Dative),
        _ => None,
    };
    if let Some(case) = azerbaijani.filter(|_| hyphen)
        && let Some(found) = postposition_taking(
            quote,
            rest,
            case,
            AZERBAIJANI_POSTPOSITIONS,
            AZERBAIJANI_NEGATION,
        )
    {
        return Some(found);
    }
    let case = match written {
        "dan" | "tadan" => Case::Ablative,
        "ga" | "taga" => Case::Dative,
        _ => return None,
    };
    postposition_taking(quote, rest, case, UZBEK_POSTPOSITIONS, UZBEK_NEGATION)
}

/// The Kazakh case a word written with `ending` is in, of those its postpositions take: the
/// ablative (`-дан`, `-ден`, `-тан`, `-тен`, `-нан`, `-нен`) and the dative (`-ға`, `-ге`,
/// `-қа`, `-ке`), lowercase.
fn kazakh_case(ending: &str) -> Option<Case> {
    let ablative = ["дан", "ден", "тан", "тен", "нан", "нен"];
    let dative = ["ға", "ге", "қа", "ке"];
    if ablative.iter().any(|case| ending.ends_with(case)) {
        Some(Case::Ablative)
    } else if dative.iter().any(|case| ending.ends_with(case)) {
        Some(Case::Dative)
    } else {
        None
    }
}

/// After `figure` in `quote`: a Kazakh case ending written onto the figure after a hyphen,
/// onto its scale word, or onto the one word of its noun after a space, then a space and one
/// of [`KAZAKH_POSTPOSITIONS`] that takes that case, whole, and not negated by
/// [`KAZAKH_NEGATION`] after it.
fn kazakh_postposition(quote: &str, figure: Range<usize>) -> Option<(Range<usize>, Qualifier)> {
    let after = &quote[figure.end..];
    // The postposition, or the ending before it, is the next word in Cyrillic: after any
    // other character no Kazakh qualifier follows, which is told before anything is copied
    // or searched (most figures of most quotes).
    if !crate::date::is_cyrillic(after.trim_start_matches([' ', '-'])) {
        return None;
    }
    let written = crate::words::lowercase(&quote[figure.clone()]);
    let letters_end = |text: &str| {
        text.find(|c: char| !c.is_alphabetic())
            .unwrap_or(text.len())
    };
    // `20 миллионнан`, `12 млрд-қа`: the ending is read with the figure's scale word.
    let onto_the_scale = crate::citation::numbers::KAZAKH_SCALES
        .iter()
        .find_map(|scale| {
            let (_, ending) = written.rsplit_once(scale)?;
            let ending = ending.trim_start_matches('-');
            (!ending.is_empty() && letters_end(ending) == ending.len()).then_some(ending)
        })
        .and_then(kazakh_case);
    let (case, rest) = if let Some(case) = onto_the_scale {
        (case, after)
    } else if let Some(ending) = after.strip_prefix('-') {
        // `300-ден`: onto the digits after a hyphen.
        let end = letters_end(ending);
        (
            kazakh_case(&crate::words::lowercase(&ending[..end]))?,
            &ending[end..],
        )
    } else {
        // `96 млрд теңгеге`: onto the noun after the figure.
        let noun = after.strip_prefix(' ')?;
        let end = letters_end(noun);
        (
            kazakh_case(&crate::words::lowercase(&noun[..end]))?,
            &noun[end..],
        )
    };
    postposition_taking(quote, rest, case, KAZAKH_POSTPOSITIONS, KAZAKH_NEGATION)
}

/// The qualifier written just after `figure` in `quote` (its span and meaning): the mark of
/// "more than" written onto it ([`more_than_mark`]), one of
/// [`SUFFIX_QUALIFIERS`] after the counter or unit written onto the figure, or one of
/// [`TURKISH_POSTPOSITIONS`] after the case it takes, written onto the figure after an
/// apostrophe (`300'den fazla`) or onto its scale word (`60 binden fazla`), or one of
/// [`KAZAKH_POSTPOSITIONS`] so (`300-ден астам`, `20 миллионнан асты`), or an Azerbaijani or
/// Uzbek one after its case written apart ([`written_apart_postposition`]: `300-dən çox`,
/// `300 dan ortiq`), or a Turkish, Azerbaijani or Uzbek one after the case written onto the
/// noun after the figure, in an article that declares the language
/// ([`postposition_after_the_noun`]: `300 kişiden fazla`).
pub(super) fn qualifier_after(
    quote: &str,
    figure: Range<usize>,
    language: Language,
) -> Option<(Range<usize>, Qualifier)> {
    if let Some(mark) = more_than_mark(quote, figure.clone()) {
        return Some((mark, MoreThan));
    }
    let after = &quote[figure.end..];
    let first = after.chars().next()?;
    if crate::normalize::is_unspaced_script(first) {
        return suffix_qualifier(quote, figure.end)
            .or_else(|| postposed_qualifier(quote, figure.clone()));
    }
    korean_qualifier(quote, figure.clone())
        .or_else(|| postposed_qualifier(quote, figure.clone()))
        .or_else(|| turkish_postposition(quote, figure.clone()))
        .or_else(|| written_apart_postposition(quote, figure.clone()))
        .or_else(|| postposition_after_the_noun(quote, figure.clone(), language))
        .or_else(|| kazakh_postposition(quote, figure))
}

/// After a figure ending at `at` in `quote`: up to [`LONGEST_COUNTER`] characters of Chinese
/// or Japanese that are no kana of grammar (a counter, a unit: `戸`, `世帯`, `キロ`), then
/// one of [`SUFFIX_QUALIFIERS`].
fn suffix_qualifier(quote: &str, at: usize) -> Option<(Range<usize>, Qualifier)> {
    let mut start = at;
    for (read, c) in quote[at..].chars().enumerate() {
        let rest = &quote[start..];
        if let Some(&(phrase, qualifier)) = SUFFIX_QUALIFIERS
            .iter()
            .find(|(phrase, _)| rest.starts_with(phrase))
        {
            // `超过`, `超過` ("exceeding") lead the figure after them: in `3县搬迁人口超过30万人`
            // the `超` is not the Japanese `1万人超` of the 3.
            let leads_the_next = phrase == "超" && rest[phrase.len()..].starts_with(['过', '過']);
            return (!leads_the_next).then_some((start..start + phrase.len(), qualifier));
        }
        // Hiragana are the words of grammar (`が`, `を`, `に`): a counter is written in
        // Chinese characters or katakana.
        let counter =
            crate::normalize::is_unspaced_script(c) && !('\u{3040}'..='\u{309F}').contains(&c);
        if read == LONGEST_COUNTER || !counter {
            return None;
        }
        start += c.len_utf8();
    }
    None
}

/// The case a Turkish noun is in, by the ending written onto it (lowercase), of those the
/// postpositions of [`TURKISH_POSTPOSITIONS`] take: `kişiden` (ablative), `kişinin`
/// (genitive), `kişiyi` (accusative), `kişiye` (dative).
fn turkish_noun_case(noun: &str) -> Option<Case> {
    let ends = |endings: &[&str]| endings.iter().any(|ending| noun.ends_with(ending));
    if ends(&["den", "dan", "ten", "tan"]) {
        Some(Case::Ablative)
    } else if ends(&["in", "ın", "un", "ün"]) {
        Some(Case::Genitive)
    } else if ends(&["i", "ı", "u", "ü"]) {
        Some(Case::Accusative)
    } else if ends(&["e", "a"]) {
        Some(Case::Dative)
    } else {
        None
    }
}

/// The case an Azerbaijani noun is in, of those [`AZERBAIJANI_POSTPOSITIONS`] take:
/// `nəfərdən` (ablative), `nəfərə` (dative).
fn azerbaijani_noun_case(noun: &str) -> Option<Case> {
    let ends = |endings: &[&str]| endings.iter().any(|ending| noun.ends_with(ending));
    if ends(&["dən", "dan", "tən", "tan"]) {
        Some(Case::Ablative)
    } else if ends(&["ə", "a"]) {
        Some(Case::Dative)
    } else {
        None
    }
}

/// The case an Uzbek noun is in, of those [`UZBEK_POSTPOSITIONS`] take: `kishidan`
/// (ablative), `kishiga` (dative).
fn uzbek_noun_case(noun: &str) -> Option<Case> {
    if noun.ends_with("dan") {
        Some(Case::Ablative)
    } else if ["ga", "ka", "qa"]
        .iter()
        .any(|ending| noun.ends_with(ending))
    {
        Some(Case::Dative)
    } else {
        None
    }
}

/// After `figure` in `quote`, in an article that declares Turkish, Azerbaijani or Uzbek: the
/// one word of the noun after it, a space before, with the case written onto it that one of
/// the language's postpositions takes, then a space and that postposition, whole and not
/// negated: `300 kişiden fazla` (more than 300 people), `100 kişiye yakın`, `300 nəfərdən
/// çox`, `300 kishidan ko'proq`. Only where the language is declared: elsewhere the noun's
/// ending is not known to be a case (`3 kattan fazla` is read in Turkish alone).
fn postposition_after_the_noun(
    quote: &str,
    figure: Range<usize>,
    language: Language,
) -> Option<(Range<usize>, Qualifier)> {
    use crate::citation::numbers::{AZERBAIJANI, TURKISH, UZBEK};
    let written = [
        (&TURKISH[..], &TURKISH_NOUNS),
        (&AZERBAIJANI, &AZERBAIJANI_NOUNS),
        (&UZBEK, &UZBEK_NOUNS),
    ]
    .into_iter()
    .find(|(languages, _)| language.is_one_of(languages))?
    .1;
    let noun = quote[figure.end..].strip_prefix(' ')?;
    let end = noun
        .find(|c: char| !(c.is_alphabetic() || APOSTROPHES.contains(&c)))
        .unwrap_or(noun.len());
    let case = (written.case_of)(&crate::words::lowercase(&noun[..end]))?;
    postposition_taking(
        quote,
        &noun[end..],
        case,
        written.postpositions,
        written.negation,
    )
}

/// How a language writes a postposition after the noun of a figure: the case a noun is in
/// by its ending, the postpositions and the cases they take, and the word that negates them.
struct PostpositionsAfterANoun {
    case_of: fn(&str) -> Option<Case>,
    postpositions: &'static [(&'static str, Case, Qualifier)],
    negation: &'static str,
}

const TURKISH_NOUNS: PostpositionsAfterANoun = PostpositionsAfterANoun {
    case_of: turkish_noun_case,
    postpositions: TURKISH_POSTPOSITIONS,
    negation: TURKISH_NEGATION,
};

const AZERBAIJANI_NOUNS: PostpositionsAfterANoun = PostpositionsAfterANoun {
    case_of: azerbaijani_noun_case,
    postpositions: AZERBAIJANI_POSTPOSITIONS,
    negation: AZERBAIJANI_NEGATION,
};

const UZBEK_NOUNS: PostpositionsAfterANoun = PostpositionsAfterANoun {
    case_of: uzbek_noun_case,
    postpositions: UZBEK_POSTPOSITIONS,
    negation: UZBEK_NEGATION,
};

/// The apostrophes Uzbek writes inside a word (`oʻquvchi`, `o'quvchi`).
const APOSTROPHES: [char; 4] = ['\'', 'ʻ', '‘', '’'];

/// After `figure` in `quote`: its Turkish case ending, then a space and one of
/// [`TURKISH_POSTPOSITIONS`] that takes that case, whole, and not negated by
/// [`TURKISH_NEGATION`] after it.
fn turkish_postposition(quote: &str, figure: Range<usize>) -> Option<(Range<usize>, Qualifier)> {
    let written = &quote[figure.clone()];
    let mut after = &quote[figure.end..];
    // The ending written onto a scale word (`binden`, `milyon'dan`), read with the figure, or
    // after an apostrophe onto digits (`300'den`).
    // `20 BİNİ AŞKIN` in a headline's capitals: the dotted `İ` is a plain `i`.
    let last_word = crate::words::lowercase(
        written
            .rsplit(|c: char| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
            .next()
            .unwrap_or_default(),
    );
    let ending = if last_word.is_empty() {
        let apostrophe = after.strip_prefix(['\'', '\u{2019}'])?;
        let letters = apostrophe
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(apostrophe.len());
        after = &apostrophe[letters..];
        crate::words::lowercase(&apostrophe[..letters])
    } else {
        let ending = crate::citation::numbers::TURKISH_SCALES
            .iter()
            .find_map(|scale| last_word.strip_prefix(scale))?;
        ending.trim_start_matches(['\'', '\u{2019}']).to_owned()
    };
    let case = Case::of(&ending)?;
    postposition_taking(quote, after, case, TURKISH_POSTPOSITIONS, TURKISH_NEGATION)
}

/// In `quote`, after a case ending, `rest` (the text after it): a space and one of
/// `postpositions` that takes `case`, whole, and not negated by `negation` after it; its span
/// and what it means.
fn postposition_taking(
    quote: &str,
    rest: &str,
    case: Case,
    postpositions: &[(&str, Case, Qualifier)],
    negation: &str,
) -> Option<(Range<usize>, Qualifier)> {
    let word = rest.strip_prefix(' ')?;
    let phrase_start = quote.len() - word.len();
    let (phrase_end, qualifier) =
        postpositions
            .iter()
            .find_map(|&(postposition, takes, qualifier)| {
                let at = prefix_ignoring_case(word, postposition)?;
                let whole = !word[at..].starts_with(char::is_alphanumeric);
                (takes == case && whole).then_some((phrase_start + at, qualifier))
            })?;
    let negated = prefix_ignoring_case(quote[phrase_end..].trim_start(), negation).is_some();
    (!negated).then_some((phrase_start..phrase_end, qualifier))
}

/// Where `text` starts with `phrase` (lowercase), compared character by character in any
/// case, an apostrophe of the phrase as any of [`APOSTROPHES`] (Uzbek `koʻp` for `ko'p`): the
/// byte offset in `text` where that start ends.
fn prefix_ignoring_case(text: &str, phrase: &str) -> Option<usize> {
    let mut ours = text.char_indices();
    for wanted in phrase.chars() {
        let (_, c) = ours.next()?;
        let same = if wanted == '\'' {
            APOSTROPHES.contains(&c)
        } else {
            crate::normalize::same_letter_ignoring_case(c, wanted)
        };
        if !same {
            return None;
        }
    }
    Some(ours.next().map_or(text.len(), |(at, _)| at))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The qualifier after the first figure `figure` of `quote`, as written there, in an
    /// article that declares no language.
    fn after<'a>(quote: &'a str, figure: &str) -> Option<(&'a str, Qualifier)> {
        after_in(quote, figure, None)
    }

    /// The same, in an article that declares `language`.
    fn after_in<'a>(
        quote: &'a str,
        figure: &str,
        language: Option<&str>,
    ) -> Option<(&'a str, Qualifier)> {
        let start = quote.find(figure)?;
        qualifier_after(quote, start..start + figure.len(), Language::of(language))
            .map(|(span, qualifier)| (&quote[span], qualifier))
    }

    #[test]
    fn turkish_azerbaijani_and_uzbek_postpositions_follow_the_case_written_onto_the_noun() {
        for (quote, language, said, qualifier) in [
            (
                "Toplantıya 300 kişiden fazla katıldı",
                "tr",
                "fazla",
                MoreThan,
            ),
            ("300 KİŞİDEN FAZLA katıldı", "tr", "FAZLA", MoreThan),
            ("300 kişiden az katıldı", "tr", "az", LessThan),
            ("300 kişiyi aşkın katılımcı", "tr", "aşkın", MoreThan),
            ("100 kişinin üzerinde", "tr", "üzerinde", MoreThan),
            ("100 kişiye yakın", "tr", "yakın", Nearly),
            ("40 kattan fazla arttı", "tr", "fazla", MoreThan),
            ("300 nəfərdən çox adam", "az", "çox", MoreThan),
            ("300 nəfərə yaxın", "az", "yaxın", Nearly),
            ("300 kishidan ko'proq qatnashdi", "uz", "ko'proq", MoreThan),
            ("300 o'quvchidan ortiq", "uz", "ortiq", MoreThan),
            ("300 dan ko'proq", "uz", "ko'proq", MoreThan),
            ("300 kishidan koʻproq", "uz", "koʻproq", MoreThan),
        ] {
            assert_eq!(
                after_in(quote, "300", Some(language))
                    .or_else(|| after_in(quote, "100", Some(language)))
                    .or_else(|| after_in(quote, "40", Some(language))),
                Some((said, qualifier)),
                "{quote}"
            );
        }
        for (quote, language) in [
            // Not declared, or another language: the noun's ending is not known to be a case.
            ("300 kişiden fazla katıldı", None),
            ("300 kişiden fazla katıldı", Some("az")),
            ("300 nəfərdən çox adam", Some("tr")),
            ("300 kishidan ko'proq", Some("az")),
            // Negated; a case the postposition does not take; two words between.
            ("300 kişiden fazla değil", Some("tr")),
            ("300 kişiye fazla", Some("tr")),
            ("300 yeni kişiden fazla", Some("tr")),
            ("300 nəfərdən çox deyil", Some("az")),
            // A word that only starts like the postposition.
            ("300 kişiden fazlası", Some("tr")),
        ] {
            assert_eq!(
                after_in(quote, "300", language),
                None,
                "{quote} {language:?}"
            );
        }
    }

    #[test]
    fn tamil_and_telugu_qualifiers_onto_their_nouns_of_people() {
        assert_eq!(
            after("300க்கும் மேற்பட்டோர் கலந்து கொண்டனர்", "300"),
            Some(("க்கும் மேற்பட்டோர்", MoreThan))
        );
        assert_eq!(
            after("300-க்கும் அதிகமானோர்", "300"),
            Some(("க்கும் அதிகமானோர்", MoreThan))
        );
        assert_eq!(
            after("300 మందికి పైగా హాజరయ్యారు", "300"),
            Some(("మందికి పైగా", MoreThan))
        );
        // The counter alone is no qualifier.
        assert_eq!(after("300 మంది హాజరయ్యారు", "300"), None);
    }

    #[test]
    fn sinhala_qualifiers_follow_the_dative_written_onto_the_figure() {
        assert_eq!(after("පවුල් 250ට වැඩි", "250"), Some(("ට වැඩි", MoreThan)));
        assert_eq!(
            after("පවුල් 3,250කට වැඩි ප්‍රමාණයක්", "3,250"),
            Some(("කට වැඩි", MoreThan))
        );
        assert_eq!(after("පවුල් 20ට අඩු", "20"), Some(("ට අඩු", LessThan)));
        assert_eq!(after("පවුල් 12කට නොඅඩු", "12"), Some(("කට නොඅඩු", AtLeast)));
        // A word that only begins like one, and the approximate `පමණ`.
        assert_eq!(after("පවුල් 250ට වැඩිහිටි", "250"), None);
        assert_eq!(after("පවුල් 250ක් පමණ", "250"), None);
    }

    #[test]
    fn azerbaijani_and_uzbek_qualifiers_follow_the_case_written_apart() {
        assert_eq!(after("300-dən çox layihə", "300"), Some(("çox", MoreThan)));
        assert_eq!(after("300-dən artıq", "300"), Some(("artıq", MoreThan)));
        assert_eq!(after("100-ə yaxın ailə", "100"), Some(("yaxın", Nearly)));
        assert_eq!(
            after("300 dan ortiq loyiha", "300"),
            Some(("ortiq", MoreThan))
        );
        assert_eq!(after("300-dan ko'p", "300"), Some(("ko'p", MoreThan)));
        assert_eq!(after("300 tadan koʻp", "300"), Some(("koʻp", MoreThan)));
        assert_eq!(after("300 tadan ko’p", "300"), Some(("ko’p", MoreThan)));
        assert_eq!(after("300 tadan ko‘p", "300"), Some(("ko‘p", MoreThan)));
        assert_eq!(after("100 dan kam", "100"), Some(("kam", LessThan)));
        // Negated, or the case another postposition takes, or none: no qualifier.
        assert_eq!(after("300-dən çox deyil", "300"), None);
        assert_eq!(after("300 dan ortiq emas", "300"), None);
        assert_eq!(after("300-ə çox", "300"), None);
        assert_eq!(after("300 çox", "300"), None);
        assert_eq!(after("300 dan ortiqcha", "300"), None);
    }
}
