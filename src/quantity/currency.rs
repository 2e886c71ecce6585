//! The currency signs figures are written with, and the currencies each writes, and the
//! currencies' names and codes in English and other languages: one set of tables for every
//! reader of money. A quote is read with them (`$12 million`, `12 M€`, `Rs 500`, `12
//! millones de dólares`: which currency the article states), and so is a claim's `value:`
//! that writes its currency (`$5bn`, `3.2 million Euro`: the figure is the value, its
//! currency the claim's unit).

/// The currency signs written before a figure or after it, longest first where one ends
/// another (`HK$`, `R$` before `$`; `GH¢` before `¢`; `Rs.` before `Rs`), each with the
/// currencies it writes, the most read first: `¥` is the yen's and the yuan's, `$` the
/// dollar's and the peso's. Codes of three capitals ("RMB 80 million", "CHF 50 million")
/// are not signs: each reader reads them with the currency's names.
pub(crate) const CURRENCY_SIGNS: &[(&str, &[&str])] = &[
    ("HK$", &["Hong Kong dollar"]),
    ("US$", &["US dollar"]),
    ("AU$", &["Australian dollar"]),
    ("NZ$", &["New Zealand dollar"]),
    ("NT$", &["New Taiwan dollar"]),
    ("A$", &["Australian dollar"]),
    ("C$", &["Canadian dollar"]),
    ("S$", &["Singapore dollar"]),
    ("R$", &["Brazilian real"]),
    // The peso's sign in Latin America ("aportarán $ 12.400 millones" in Buenos Aires).
    ("$", &["dollar", "peso"]),
    ("€", &["euro"]),
    ("£", &["pound"]),
    ("¥", &["yen", "yuan"]),
    ("￥", &["yen", "yuan"]),
    ("₹", &["rupee"]),
    ("₩", &["won"]),
    ("₽", &["ruble"]),
    ("₱", &["peso"]),
    ("₦", &["naira"]),
    ("฿", &["baht"]),
    ("₺", &["lira"]),
    ("₴", &["hryvnia"]),
    ("₪", &["shekel"]),
    ("৳", &["taka"]),
    ("₵", &["cedi"]),
    ("₸", &["tenge"]),
    ("₼", &["manat"]),
    ("֏", &["dram"]),
    ("₭", &["kip"]),
    ("៛", &["riel"]),
    ("GH¢", &["cedi"]),
    // After the figure: `99¢`.
    ("¢", &["cent"]),
    // Currencies written in letters, before the figure or after it (`Rs 500`, `Rs. 500`,
    // `RM5 juta`, `Rp. 500`, `500 zł`, `500 TL`). Not single letters: `R5` is a road, `N5` a code.
    ("Rs.", &["rupee"]),
    ("Rs", &["rupee"]),
    // The rupee abbreviated in the scripts of India, with its point or without (`ರೂ. 500
    // ಕೋಟಿ`, `रु. 500`, `ரூ.500`).
    ("ರೂ.", &["rupee"]),
    ("ರೂ", &["rupee"]),
    ("रु.", &["rupee"]),
    ("रू.", &["rupee"]),
    ("ரூ.", &["rupee"]),
    ("రూ.", &["rupee"]),
    ("രൂ.", &["rupee"]),
    ("RM", &["ringgit"]),
    ("Rp.", &["rupiah"]),
    ("Rp", &["rupiah"]),
    ("KSh.", &["shilling"]),
    ("Ksh.", &["shilling"]),
    ("Kshs", &["shilling"]),
    ("KSh", &["shilling"]),
    ("Ksh", &["shilling"]),
    // The Tanzanian and Ugandan shillings, as their news writes them (`TSh 500 elfu`).
    ("TSh", &["shilling"]),
    ("USh", &["shilling"]),
    ("Tk", &["taka"]),
    ("TL", &["lira"]),
    ("zł", &["zloty"]),
    ("руб.", &["ruble"]),
    ("руб", &["ruble"]),
    ("грн", &["hryvnia"]),
    // The Bulgarian lev after its figure (`15 млн. лв.`), with its point or without.
    ("лв.", &["lev"]),
    ("лв", &["lev"]),
    // The Macedonian denar after its figure (`900 мил. ден.`), with its point only: `ден`
    // alone is "day" in Macedonian and Bulgarian.
    ("ден.", &["denar"]),
    ("Kč", &["koruna"]),
    // The crowns abbreviated, after the figure or before it: with the point as Danish
    // writes them (`5 mio. kr.`, `kr. 500`), the krone first; without it as Swedish and
    // Norwegian do (`500 kr`, `3,2 mill. kr`), the krona first.
    ("kr.", &["krone", "krona"]),
    ("kr", &["krona", "krone"]),
    // The Swiss franc as Swiss German writes it (`Fr. 6,2 Mio.`, `450'000 Fr.`): with its
    // point and capital only, as French writes `fr.` for other words and a sentence may
    // start with `Fr`.
    ("Fr.", &["franc"]),
    // In capitals only, as signs are compared: `500 ft` is feet.
    ("Ft", &["forint"]),
];

/// Abbreviations that write a scale and a currency in one word after a figure, as Swedish
/// news does (`15 mdkr`, miljarder kronor; `7 mnkr` and `7 mkr`, miljoner kronor; `500 tkr`,
/// tusen kronor), and Danish and Norwegian news for kroner (`500 tkr.`; the Danish `450
/// t.kr.`, tusind kroner, with its points): each with its power of ten and the currencies it
/// writes, the krona or the krone. Read in lowercase
/// or with a capital first (`Mkr`), not in capitals (`MKR` is a crypto token's ticker). Not
/// the Swedish `mdr` and `mn` alone, which name no currency: `mn` is read as English news
/// writes it, and `mdr` only before the kronor it counts (`3 mdr kronor`; `500 MDR-TB
/// cases`). A scale written onto a code in capitals (`120 MSEK`) is read by
/// [`SCALES_ON_A_CODE`].
pub(crate) const SCALED_CURRENCIES: &[(&str, u32, &[&str])] = &[
    // Icelandic: millions and thousand millions of krónur (`389 ma.kr.`, `50 m.kr.`).
    ("ma.kr.", 9, &["krona", "krone"]),
    ("m.kr.", 6, &["krona", "krone"]),
    ("mdkr", 9, &["krona", "krone"]),
    ("mnkr", 6, &["krona", "krone"]),
    ("mkr", 6, &["krona", "krone"]),
    ("tkr", 3, &["krona", "krone"]),
    ("t.kr.", 3, &["krone", "krona"]),
];

/// The scales Nordic business news writes in capitals onto a currency's code, as one word
/// after a figure (`120 MSEK`, millions of kronor; `40 MNOK`, `30 MDKK`, `25 MEUR`, `3 MUSD`;
/// `500 KSEK`, thousands): each letter with its power of ten. Read before the codes of
/// [`CODES_WRITTEN_SCALED`] only, in capitals only, as other capitals are names (`MAUD`) and
/// other terms (`MCAD`).
const SCALES_ON_A_CODE: [(char, u32); 2] = [('M', 6), ('K', 3)];

/// The codes [`SCALES_ON_A_CODE`] are written onto.
const CODES_WRITTEN_SCALED: [&str; 5] = ["SEK", "NOK", "DKK", "EUR", "USD"];

/// The scale and currencies `word` writes in one word: an entry of [`SCALED_CURRENCIES`], as
/// written (lowercase, or with a capital first), or a code scaled by one of
/// [`SCALES_ON_A_CODE`] (`MSEK`), whose currency is the code's.
pub(crate) fn scaled_currency(word: &str) -> Option<(u32, &'static [&'static str])> {
    let mut chars = word.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    if let Some(&(_, exponent)) = SCALES_ON_A_CODE.iter().find(|(scale, _)| *scale == first)
        && CODES_WRITTEN_SCALED.contains(&rest)
    {
        let names = COMMON_MONEY.iter().find(|names| names.contains(&rest))?;
        return Some((exponent, &names[..1]));
    }
    let first = first.to_ascii_lowercase();
    SCALED_CURRENCIES
        .iter()
        .find(|(abbreviation, _, _)| abbreviation.strip_prefix(first) == Some(rest))
        .map(|&(_, exponent, currencies)| (exponent, currencies))
}

/// Currencies every project knows, whether or not its claims use them, each with the other
/// names and codes that write it (the first names it): a figure in another currency than
/// the claim's is a discrepancy however the project is written. A claim in `dollar` whose
/// quote says "12 million yuan" is a finding even when no claim uses yuan. A dollar of a
/// country is its own unit, stated by its own names and by plain "dollars" (the broader name,
/// which an earlier group names: see the unit check), not by another country's:
/// `AUD` is stated by "Australian dollars" and "dollars", not by "US dollars".
pub(crate) const COMMON_MONEY: &[&[&str]] = &[
    &["yuan", "renminbi", "RMB", "CNY"],
    &["dollar", "USD", "US dollar", "US$"],
    &["Australian dollar", "AUD", "A$", "AU$", "dollar"],
    &["Canadian dollar", "CAD", "C$", "dollar"],
    &["Hong Kong dollar", "HKD", "HK$", "dollar"],
    &["New Zealand dollar", "NZD", "NZ$", "dollar"],
    &["Singapore dollar", "SGD", "S$", "dollar"],
    &["New Taiwan dollar", "TWD", "NT$", "Taiwan dollar", "dollar"],
    &["euro", "EUR"],
    &["pound", "pound sterling", "GBP"],
    &["yen", "JPY"],
    &["rupee", "INR"],
    &["won", "KRW"],
    &["ruble", "rouble", "RUB"],
    &["franc", "CHF"],
    &["peso"],
    &["Mexican peso", "MXN", "peso"],
    &["Argentine peso", "ARS", "peso"],
    &["Chilean peso", "CLP", "peso"],
    &["Colombian peso", "COP", "peso"],
    &["Philippine peso", "PHP", "peso"],
    &["dinar"],
    &["dirham", "AED"],
    &["naira", "NGN"],
    &["shilling", "KES"],
    &["baht", "THB"],
    &["ringgit", "MYR"],
    &["rupiah", "IDR"],
    &["dong", "VND"],
    // The crowns: Sweden's krona (kronor), Norway's and Denmark's krone (kroner).
    &["krona"],
    &["krone"],
    &["Swedish krona", "SEK", "krona"],
    &["Norwegian krone", "NOK", "krone"],
    &["Danish krone", "DKK", "krone"],
    &["rand", "ZAR"],
    &["Brazilian real", "BRL", "R$"],
    &["lira", "TRY"],
    &["zloty", "PLN"],
    &["hryvnia", "UAH"],
    &["shekel", "ILS", "NIS"],
    &["taka", "BDT"],
    &["cedi", "GHS"],
    &["forint", "HUF"],
    &["leu", "RON"],
    &["lev", "BGN"],
    // The Macedonian denar, not the Serbian dinar.
    &["denar", "MKD"],
    &["lari", "GEL"],
    &["birr", "ETB"],
    // The currencies of Central and South-East Asia and the Caucasus. The Laotian `kip` and
    // the Armenian `dram` are English words too ("a short kip", "a dram of whisky"): read
    // only right after their figure or its scale (see the unit check). Not the dram's code
    // `AMD`, before a figure as often a chipmaker's model; not the Kyrgyz som as `som`
    // alone, the Swedish, Norwegian and Danish "who" right after a figure ("300 som kom").
    &["tenge", "KZT"],
    &["manat", "AZN"],
    &["dram"],
    &["kip", "LAK"],
    &["kyat", "MMK"],
    &["riel", "KHR"],
    &["Kyrgyz som", "KGS"],
    // The Uzbek so'm, with the turned comma Uzbek writes in it or the apostrophes typed for
    // it; not `sum`, an English word after a figure too. The Albanian lek and the Icelandic
    // króna, whose code `ISK` names it beside the other crowns; not the lek's `ALL`, an
    // English word in capitals.
    &["so'm", "UZS", "soʻm", "so’m", "so‘m"],
    &["lek"],
    &["Icelandic krona", "ISK", "krona"],
    // Not `SAR`, before a figure as often the Hong Kong SAR's.
    &["riyal"],
    &["koruna", "CZK"],
    // The coins of a hundredth of a currency: "55 cents" is no 55 dollars, "80 pence" no 80
    // pounds. Not the yuan's `fen` nor the yen's `sen`, other words after a figure too.
    &["cent"],
    &["penny", "pennies"],
    &["centavo"],
    &["céntimo", "centimo"],
    &["centime"],
    &["kopeck", "kopek"],
    &["paisa"],
    &["grosz"],
];

/// The names of [`COMMON_MONEY`]'s currencies (by the group's first name) in the languages
/// whose scale words the value check reads, as articles write them after a figure, singular
/// and plural: each states its currency as written, and names it when it is not the
/// claim's. Left out where they are other common words after a figure: the Portuguese
/// singular `real` ("5 real problems"), the Russian `вон` ("out"). A claim's unit may be one
/// of them (`unit: рубль`).
pub(crate) const MONEY_IN_OTHER_LANGUAGES: &[(&str, &[&str])] = &[
    ("yuan", &["yuanes", "юань", "юаня", "юаней", "يوان"]),
    (
        "dollar",
        &[
            "dólar",
            "dólares",
            "dollaro",
            "dollari",
            "доллар",
            "доллара",
            "долларов",
            "долар",
            "долара",
            "долари",
            "doleris",
            "doleriai",
            "dolerių",
            "dolerius",
            "δολάρια",
            "δολαρίων",
            "دولار",
            "دولارات",
            "डॉलर",
            "ڈالر",
            "ડોલર",
            "ਡਾਲਰ",
            "డాలర్లు",
            "డాలర్ల",
            "டாலர்",
        ],
    ),
    // With the cases Finnish and Hungarian write onto it: `850 000 euroa`, `1 millió eurót`;
    // the genitive after a figure of Croatian (`eura`), Serbian (`евра`, `evra`), Slovenian
    // (`evrov`) and Czech and Slovak (`eur`); the Lithuanian cases (`12 mln. eurų`, the
    // genitive plural a figure takes; `eurai`, `eurus`).
    (
        "euro",
        &[
            "eura",
            "евра",
            "evra",
            "evrov",
            "eur",
            "eurų",
            "eurai",
            "eurus",
            "евро",
            "ευρώ",
            "يورو",
            "यूरो",
            "euroa",
            "euron",
            "euró",
            "eurót",
            "ევრო",
        ],
    ),
    (
        "pound",
        &[
            "libra",
            "libras",
            "sterlina",
            "sterline",
            "Pfund",
            "фунт",
            "фунта",
            "фунтов",
            "جنيه",
        ],
    ),
    ("yen", &["yenes", "иен", "иена", "иены"]),
    // Not the Spanish `rupias` nor the Russian `рупий`: the rupee's and the rupiah's both.
    // In Hindi and Nepali, Marathi (its plural before a postposition: `600 कोटी रुपयांचा`, of
    // 600 crore rupees), Urdu, Gujarati, Punjabi, Telugu, Tamil, Kannada, Malayalam (with the
    // endings written onto it: `1,250 കോടി രൂപയുടെ`, of 1,250 crore rupees) and Odia. Not the
    // Bengali `টাকা`, the taka of Bangladesh as well as the rupee of India.
    (
        "rupee",
        &[
            "रुपया",
            "रुपये",
            "रुपए",
            "रुपयों",
            "रुपैयाँ",
            "रुपैयां",
            "रुपयांचा",
            "रुपयांची",
            "रुपयांचे",
            "रुपयांच्या",
            "रुपयांना",
            "रुपयांपर्यंत",
            "روپے",
            "روپیہ",
            "روپوں",
            "روپیے",
            "રૂપિયા",
            "રૂપિયાનું",
            "રૂપિયાની",
            "રૂપિયાના",
            "ਰੁਪਏ",
            "ਰੁਪਈਏ",
            "రూపాయలు",
            "రూపాయల",
            "రూపాయి",
            "రూపాయిలు",
            "ரூபாய்",
            "ரூபாயை",
            "ரூபாய்க்கு",
            "ರೂಪಾಯಿ",
            "ರೂಪಾಯಿಗಳ",
            "ರೂಪಾಯಿಗಳು",
            "ರೂಪಾಯಿಯ",
            "ರೂಪಾಯಿಗೆ",
            "രൂപ",
            "രൂപയുടെ",
            "രൂപയാണ്",
            "രൂപയായി",
            "രൂപയും",
            "രൂപയോളം",
            "രൂപയിലധികം",
            "രൂപയ്ക്ക്",
            "രൂപയിൽ",
            "ଟଙ୍କା",
            "ଟଙ୍କାର",
        ],
    ),
    (
        "ruble",
        &[
            "Rubel",
            "rublo",
            "rublos",
            "рубль",
            "рубля",
            "рублей",
            // Belarusian, as its ruble is written after a figure (`1,5 мільярда рублёў`).
            "рубель",
            "рублі",
            "рублёў",
            "روبل",
        ],
    ),
    ("franc", &["Franken", "francos", "франк", "франков"]),
    // With the Serbian genitives after a figure, in either script (`15 милијарди динара`).
    (
        "dinar",
        &[
            "دينار",
            "динар",
            "динаров",
            "динара",
            "динари",
            "dinara",
            "dinari",
        ],
    ),
    // The Czech and Slovak koruna in the forms a figure takes (`15 miliard korun`).
    ("koruna", &["korun", "koruny", "korunu", "korún"]),
    ("dirham", &["درهم"]),
    ("Brazilian real", &["reais"]),
    // `đồng` is also a syllable of other words (`đồng bằng`, a plain; `cộng đồng`, a
    // community) and of names (`Đồng Tháp`): a currency in the singular is read only right
    // after its figure (see the unit check).
    ("dong", &["đồng"]),
    ("zloty", &["złoty", "złotych"]),
    ("forint", &["forintot", "forintos", "forintnyi"]),
    // The Romanian plural, after a figure and `de`: `1,2 milioane de lei`.
    ("leu", &["lei"]),
    // The Bulgarian lev, singular and after a figure (`15 милиона лева`).
    ("lev", &["лев", "лева"]),
    // The Macedonian denar, singular, plural and after a figure (`900 мил. денари`).
    ("denar", &["денар", "денари", "денара"]),
    ("lari", &["ლარი", "ლარს", "ლარის", "ლარით"]),
    ("birr", &["ብር"]),
    // The Kazakh tenge with the endings written onto it after a figure (`185,3 млрд
    // теңгесі`, its possessive; `96 млрд теңгеге`, `теңгеден`), and as Russian writes it.
    (
        "tenge",
        &[
            "теңге",
            "теңгесі",
            "теңгеге",
            "теңгеден",
            "теңгені",
            "теңгенің",
            "теңгеде",
            "теңгемен",
            "тенге",
        ],
    ),
    ("Kyrgyz som", &["сом"]),
    // The Uzbek so'm in the Cyrillic script, and as the Latin writes its accusative (`34,7
    // trillion so'mni`) and dative.
    ("so'm", &["сўм", "so'mni", "so'mga", "soʻmni", "soʻmga"]),
    // The Albanian lek in the forms a figure takes (`730 miliardë lekë`, `lekëve`).
    ("lek", &["lekë", "lekëve", "lekësh"]),
    // The Icelandic króna, as a figure takes it (`1.509 milljarðar króna`, the genitive
    // plural; `krónur`, `krónum`, `krónu`).
    ("krona", &["króna", "krónur", "krónum", "krónu"]),
];

/// The currency `name` names in letters, as a value may be written with it (`3.2 million
/// Euro`, `5 million US dollars`, `1,2 Mrd. Euro`, `300 reais`): the first name of its group
/// of [`COMMON_MONEY`], the unit to write (`euro`, `dollar`, `Brazilian real`). A name of a
/// group, in any case, singular or with an English plural's `s`, or a name of
/// [`MONEY_IN_OTHER_LANGUAGES`]; not a code (`USD`), which is read as one.
pub(crate) fn currency_named(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    let singular = lower.strip_suffix('s').filter(|stem| !stem.is_empty());
    let is = |other: &str| {
        let other = other.to_lowercase();
        other == lower || Some(other.as_str()) == singular
    };
    let named = |names: &[&str]| {
        names
            .iter()
            .filter(|name| !name.bytes().all(|b| b.is_ascii_uppercase() || b == b'$'))
            .any(|name| is(name))
    };
    COMMON_MONEY
        .iter()
        .find(|names| named(names))
        .or_else(|| {
            let (first, _) = MONEY_IN_OTHER_LANGUAGES
                .iter()
                .find(|(_, names)| names.iter().any(|other| is(other)))?;
            COMMON_MONEY.iter().find(|names| names[0] == *first)
        })
        .map(|names| names[0])
}

/// Whether a claim's `unit:` names one of `currencies` (the first names of groups of
/// [`COMMON_MONEY`], or codes no group holds): by a name or code of its group (`euro`,
/// `Euro`, `EUR`, `euros`, `евро`), as a kind of it or its broader name (`Australian
/// dollar` for the dollar, `dollar` for the Australian dollar), by its last word (`Indian
/// rupee`), or as a sign that writes it (`€`).
pub(crate) fn names_one_of(unit: &str, currencies: &[String]) -> bool {
    let last = unit.rsplit(' ').next().unwrap_or(unit);
    let named = [currency_named(unit), currency_named(last)];
    let signed = CURRENCY_SIGNS
        .iter()
        .find(|(sign, _)| *sign == unit)
        .map_or(&[][..], |(_, written)| *written);
    currencies.iter().any(|currency| {
        currency.eq_ignore_ascii_case(unit)
            || signed.contains(&currency.as_str())
            || COMMON_MONEY.iter().any(|group| {
                let names_group = group.iter().any(|name| name.eq_ignore_ascii_case(unit))
                    || named.contains(&Some(group[0]));
                names_group && group.iter().any(|name| name.eq_ignore_ascii_case(currency))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::{CURRENCY_SIGNS, currency_named};

    #[test]
    fn a_claim_s_unit_names_a_currency_by_any_of_its_names_kinds_and_signs() {
        let named = |unit: &str, currencies: &[&str]| {
            let currencies: Vec<String> = currencies.iter().map(|c| c.to_string()).collect();
            super::names_one_of(unit, &currencies)
        };
        for (unit, currencies) in [
            ("ringgit", &["ringgit"][..]),
            ("MYR", &["ringgit"]),
            ("Euro", &["euro"]),
            ("euros", &["euro"]),
            ("евро", &["euro"]),
            ("€", &["euro"]),
            ("Australian dollar", &["dollar", "peso"]),
            ("dollar", &["Australian dollar"]),
            ("Indian rupee", &["rupee"]),
            ("Mexican peso", &["dollar", "peso"]),
            ("теңге", &["tenge"]),
            ("XYZ", &["XYZ"]),
        ] {
            assert!(named(unit, currencies), "{unit}");
        }
        for (unit, currencies) in [
            ("dollar", &["ringgit"][..]),
            ("rumah", &["ringgit"]),
            ("house", &["euro"]),
            ("euro", &["dollar", "peso"]),
            ("yen", &["Australian dollar"]),
        ] {
            assert!(!named(unit, currencies), "{unit}");
        }
    }

    #[test]
    fn a_scale_and_a_currency_written_in_one_word_are_read_in_lowercase_or_capitalised() {
        for (word, read) in [
            ("mdkr", Some(9)),
            ("Mdkr", Some(9)),
            ("mnkr", Some(6)),
            ("mkr", Some(6)),
            ("Mkr", Some(6)),
            ("tkr", Some(3)),
            ("MKR", None),
            ("MDKR", None),
            ("mKr", None),
            ("mdr", None),
            ("kr", None),
            ("mkrs", None),
            ("t.kr.", Some(3)),
            ("T.kr.", Some(3)),
            ("t.kr", None),
            ("t.KR.", None),
            ("MSEK", Some(6)),
            ("MNOK", Some(6)),
            ("MDKK", Some(6)),
            ("MEUR", Some(6)),
            ("MUSD", Some(6)),
            ("KSEK", Some(3)),
            ("Msek", None),
            ("mSEK", None),
            ("MSEKS", None),
            ("MAUD", None),
            ("MCAD", None),
            ("SEK", None),
        ] {
            assert_eq!(
                super::scaled_currency(word).map(|(exponent, _)| exponent),
                read,
                "{word}"
            );
        }
        assert_eq!(
            super::scaled_currency("mdkr").unwrap().1,
            ["krona", "krone"]
        );
        for (word, currency) in [
            ("MSEK", "Swedish krona"),
            ("MNOK", "Norwegian krone"),
            ("KDKK", "Danish krone"),
            ("MEUR", "euro"),
            ("MUSD", "dollar"),
        ] {
            assert_eq!(
                super::scaled_currency(word).unwrap().1,
                [currency],
                "{word}"
            );
        }
    }

    #[test]
    fn a_currency_is_named_in_any_case_singular_or_plural_and_in_other_languages() {
        for (name, unit) in [
            ("Euro", Some("euro")),
            ("euros", Some("euro")),
            ("EUROS", Some("euro")),
            ("dollars", Some("dollar")),
            ("US dollars", Some("dollar")),
            ("Hong Kong dollars", Some("Hong Kong dollar")),
            ("yuan", Some("yuan")),
            ("renminbi", Some("yuan")),
            ("reais", Some("Brazilian real")),
            ("Franken", Some("franc")),
            ("dólares", Some("dollar")),
            ("pennies", Some("penny")),
            ("euroa", Some("euro")),
            ("forintot", Some("forint")),
            ("lei", Some("leu")),
            ("ლარი", Some("lari")),
            ("ብር", Some("birr")),
            ("лева", Some("lev")),
            ("долара", Some("dollar")),
            ("eurų", Some("euro")),
            ("dolerių", Some("dollar")),
            ("രൂപ", Some("rupee")),
            ("രൂപയുടെ", Some("rupee")),
            ("ଟଙ୍କା", Some("rupee")),
            ("रुपयांचा", Some("rupee")),
            ("tenge", Some("tenge")),
            ("теңгесі", Some("tenge")),
            ("теңгеден", Some("tenge")),
            ("kyats", Some("kyat")),
            ("сом", Some("Kyrgyz som")),
            ("денари", Some("denar")),
            ("denars", Some("denar")),
            ("рублёў", Some("ruble")),
            ("рублі", Some("ruble")),
            // The Macedonian denar is not the Serbian dinar.
            ("динари", Some("dinar")),
            // The Kyrgyz som is not `som` alone, a Nordic word.
            ("som", None),
            // Codes are read as codes; other words name no currency.
            ("USD", None),
            ("people", None),
            ("s", None),
            ("", None),
        ] {
            assert_eq!(currency_named(name), unit, "{name}");
        }
    }

    /// Readers take the first sign that matches, before a figure (a sign that ends the
    /// text before it) or after it (one that ends the value's last word): a sign that ends
    /// another must come first, or `3 R$` would be read as dollars.
    #[test]
    fn a_sign_that_ends_another_comes_before_it() {
        for (index, (sign, _)) in CURRENCY_SIGNS.iter().enumerate() {
            for (earlier, _) in &CURRENCY_SIGNS[..index] {
                assert!(
                    !sign.ends_with(earlier) && !sign.starts_with(earlier),
                    "`{sign}` comes after `{earlier}`, which it contains at an end"
                );
            }
        }
    }

    #[test]
    fn every_sign_writes_a_currency_and_is_listed_once() {
        for (index, (sign, currencies)) in CURRENCY_SIGNS.iter().enumerate() {
            assert!(!currencies.is_empty(), "{sign}");
            assert!(
                CURRENCY_SIGNS[index + 1..]
                    .iter()
                    .all(|(other, _)| other != sign),
                "{sign}"
            );
        }
    }
}
