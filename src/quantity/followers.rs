//! The words after a figure that scale it or make it a percentage, in English and the other
//! languages articles are written in: the citation checks read figures in articles with
//! them, and a value's error names the English scale word one of them is (`1,5 млрд` is
//! written `1.5 billion`).

/// What a word after a figure makes of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Follower {
    /// A percentage: `40 percent`, `8,5 por ciento`, `12 Prozent`.
    Percent,
    /// The figure times ten to this power: `3.29 million` (6), `1.5 lakh` (5).
    Scale(u32),
    /// The same in English, which [`Quantity`](super::Quantity) reads and writes as words.
    EnglishScale(u32),
}

/// The words after a figure that belong to it, lowercased, in English and in the other
/// languages articles are most often written in (two-word ones first, so that `mil
/// millones` is read before `mil`). Words that are also common English words after a
/// figure are read both ways (the Turkish `bin`, a thousand, which the citation checks read both ways)
/// or left out (the French `billion`, a million million, which English reads as a thousand
/// million).
pub const FOLLOWERS: &[(&str, Follower)] = {
    use Follower::{EnglishScale as En, Percent, Scale};
    &[
        ("percent", Percent),
        ("thousand", En(3)),
        ("million", En(6)),
        ("billion", En(9)),
        ("trillion", En(12)),
        // Spanish, Portuguese, French, Italian.
        ("per cent", Percent),
        ("mil millones", Scale(9)),
        // European Portuguese: a thousand million, its `bilião` being a million million.
        ("mil milhões", Scale(9)),
        ("mil milhão", Scale(9)),
        // `95 mil` is 95,000 in Spanish and Portuguese. Read as a thousand alone: the
        // English mil (a thousandth of an inch) is rare after a figure in an article, and a
        // reading without it would let a claim that drops the thousand pass.
        ("mil", Scale(3)),
        ("por ciento", Percent),
        ("por cento", Percent),
        ("pour cent", Percent),
        ("per cento", Percent),
        ("millón", Scale(6)),
        ("millones", Scale(6)),
        ("milhão", Scale(6)),
        ("milhões", Scale(6)),
        ("bilhão", Scale(9)),
        ("bilhões", Scale(9)),
        ("millions", Scale(6)),
        ("milliard", Scale(9)),
        ("milliards", Scale(9)),
        ("milliers", Scale(3)),
        // The French `billion` is a million million; read only where French follows it
        // (`1 billion d'euros`, `2 billions de dollars`), as English never writes it: not
        // `billion de facto`, nor before a name (`billion d'Amato`, see `follower_end`).
        ("billions de", Scale(12)),
        ("billion d'", Scale(12)),
        ("billions d'", Scale(12)),
        ("billion d\u{2019}", Scale(12)),
        ("billions d\u{2019}", Scale(12)),
        // Spanish and European Portuguese: a million million; Brazilian `trilhão` too.
        ("billón", Scale(12)),
        ("billones", Scale(12)),
        ("bilião", Scale(12)),
        ("biliões", Scale(12)),
        ("trilhão", Scale(12)),
        ("trilhões", Scale(12)),
        ("milione", Scale(6)),
        ("milioni", Scale(6)),
        ("miliardo", Scale(9)),
        ("miliardi", Scale(9)),
        ("mila", Scale(3)),
        // German, Dutch, the Scandinavian languages, Polish, Czech.
        ("tausend", Scale(3)),
        ("millionen", Scale(6)),
        ("milliarde", Scale(9)),
        ("milliarden", Scale(9)),
        // The German `Billion` is a million million: its plural, which English never
        // writes, is read so; the singular is read as English reads it.
        ("billionen", Scale(12)),
        ("mio.", Scale(6)),
        ("mrd.", Scale(9)),
        ("tsd.", Scale(3)),
        ("mio", Scale(6)),
        ("mrd", Scale(9)),
        ("prozent", Percent),
        ("duizend", Scale(3)),
        ("miljoen", Scale(6)),
        ("miljard", Scale(9)),
        ("biljoen", Scale(12)),
        // Swedish, Danish, Norwegian, Finnish.
        ("tusen", Scale(3)),
        ("tusind", Scale(3)),
        ("miljon", Scale(6)),
        ("miljoner", Scale(6)),
        ("millioner", Scale(6)),
        ("miljarder", Scale(9)),
        ("milliarder", Scale(9)),
        ("tuhatta", Scale(3)),
        ("miljoonaa", Scale(6)),
        ("milj.", Scale(6)),
        ("miljardia", Scale(9)),
        // Finnish percent, after a figure in the partitive and in its other cases.
        ("prosenttia", Percent),
        ("prosentti", Percent),
        ("prosentin", Percent),
        ("prosenttiin", Percent),
        ("prosentilla", Percent),
        // Polish, Czech, Slovak.
        ("tysiąc", Scale(3)),
        ("tysiące", Scale(3)),
        ("tysięcy", Scale(3)),
        // The genitive after a decimal: `2,5 tysiąca`.
        ("tysiąca", Scale(3)),
        ("milion", Scale(6)),
        ("miliony", Scale(6)),
        ("milionów", Scale(6)),
        // The genitive after a decimal: `2,5 miliona`, `2,5 miliarda`; Czech `2,5 milionu`.
        ("miliona", Scale(6)),
        ("milionu", Scale(6)),
        ("miliarda", Scale(9)),
        ("milionů", Scale(6)),
        ("miliard", Scale(9)),
        ("miliardy", Scale(9)),
        ("miliardów", Scale(9)),
        // A million million: the Polish and Czech `bilion` is read both ways (see
        // `OTHER_SCALE_READINGS`), its other forms only as they read.
        ("biliony", Scale(12)),
        ("biliona", Scale(12)),
        ("bilionów", Scale(12)),
        ("bilionu", Scale(12)),
        ("bilionů", Scale(12)),
        // The Slovak million million, in the forms a figure takes (`1,5 bilióna eur`).
        ("bilión", Scale(12)),
        ("bilióna", Scale(12)),
        ("bilióny", Scale(12)),
        ("biliónov", Scale(12)),
        ("miliardu", Scale(9)),
        ("tisíc", Scale(3)),
        ("tisíce", Scale(3)),
        // The Czech, Slovak, Croatian and Slovenian thousand abbreviated (`20 tis. Kč`, `5
        // tis. kuna`), and the Serbian one in Cyrillic and in Latin letters (`5 хиљ.
        // динара`, `300 hilj. dinara`): with the point only, as no other language writes
        // them so. Their million, `mil.`, is a thousand
        // in Spanish (`95 mil.` may end its sentence), and is read by the article's
        // declared language (see `Language::reads_scale_with_a_point`).
        ("tis.", Scale(3)),
        ("хиљ.", Scale(3)),
        ("hilj.", Scale(3)),
        // Czech and Slovak, the other forms (`5 procenty`, by 5 percent; the Slovak `2,5
        // milióna`, `300 miliónov`, `5 miliárd`).
        ("procenty", Percent),
        ("milión", Scale(6)),
        ("milióna", Scale(6)),
        ("milióny", Scale(6)),
        ("miliónov", Scale(6)),
        ("miliárd", Scale(9)),
        ("percentá", Percent),
        // Croatian, Serbian and Bosnian in the Latin script (`milion` and `miliona` are
        // Polish's, above), and Slovenian, in the forms a figure takes. The Croatian and
        // Serbian `posto` is percent, read only in an article that declares one of those
        // languages (see `Language::reads_follower`): Italian and Portuguese write it after a
        // figure for a seat, a place or a post (`1 posto libero`).
        ("tisuća", Scale(3)),
        ("tisuće", Scale(3)),
        ("tisuću", Scale(3)),
        ("hiljada", Scale(3)),
        ("hiljade", Scale(3)),
        ("hiljadu", Scale(3)),
        ("milijun", Scale(6)),
        ("milijuna", Scale(6)),
        ("milijarda", Scale(9)),
        ("milijardi", Scale(9)),
        ("milijardu", Scale(9)),
        ("posto", Percent),
        ("odsto", Percent),
        ("procenata", Percent),
        ("tisoč", Scale(3)),
        ("milijon", Scale(6)),
        ("milijona", Scale(6)),
        ("milijoni", Scale(6)),
        ("milijonov", Scale(6)),
        ("milijard", Scale(9)),
        ("milijarde", Scale(9)),
        ("milijardo", Scale(9)),
        ("odstotek", Percent),
        ("odstotka", Percent),
        ("odstotke", Percent),
        ("odstotki", Percent),
        ("odstotkov", Percent),
        // Serbian in its Cyrillic, and Bulgarian (`милиона` is both; `процента` and
        // `процент` are Russian's, below), with Bulgarian's abbreviated thousand (`5 хил.`).
        ("хиљада", Scale(3)),
        ("хиљаде", Scale(3)),
        ("хиљаду", Scale(3)),
        ("милион", Scale(6)),
        ("милиона", Scale(6)),
        ("милијарда", Scale(9)),
        ("милијарде", Scale(9)),
        ("милијарди", Scale(9)),
        ("посто", Percent),
        ("одсто", Percent),
        ("процената", Percent),
        ("хиляда", Scale(3)),
        ("хиляди", Scale(3)),
        ("хил.", Scale(3)),
        ("милиард", Scale(9)),
        ("милиарда", Scale(9)),
        ("милиарди", Scale(9)),
        // Macedonian (its `милион`, `милијарда` and `милијарди` are Serbian's, above, its
        // `процент` and `процента` Russian's, below): the thousand, the plural million and
        // percent in its two words (`600 илјади`, `230 милиони`, `12 отсто`, `12 проценти`).
        ("илјада", Scale(3)),
        ("илјади", Scale(3)),
        ("милиони", Scale(6)),
        ("отсто", Percent),
        ("проценти", Percent),
        // Lithuanian and Latvian, in the forms a figure takes (the genitive singular after a
        // decimal, `3,5 milijono`, and `milijardo` as Slovenian's, above; the accusative
        // after a verb, `skyrė 3 milijonus`), and their abbreviations with the point (`mln.`
        // is Polish's, above).
        ("tūkst.", Scale(3)),
        ("tūkstantis", Scale(3)),
        ("tūkstantį", Scale(3)),
        ("tūkstančio", Scale(3)),
        ("tūkstančiai", Scale(3)),
        ("tūkstančius", Scale(3)),
        ("tūkstančių", Scale(3)),
        ("milijonas", Scale(6)),
        ("milijoną", Scale(6)),
        ("milijono", Scale(6)),
        ("milijonai", Scale(6)),
        ("milijonus", Scale(6)),
        ("milijonų", Scale(6)),
        ("milijardas", Scale(9)),
        ("milijardą", Scale(9)),
        ("milijardai", Scale(9)),
        ("milijardus", Scale(9)),
        ("milijardų", Scale(9)),
        ("mlrd.", Scale(9)),
        ("procentas", Percent),
        ("procentai", Percent),
        ("procentų", Percent),
        ("tūkstotis", Scale(3)),
        ("tūkstoša", Scale(3)),
        ("tūkstoši", Scale(3)),
        ("tūkstošus", Scale(3)),
        ("tūkstošiem", Scale(3)),
        ("tūkstošu", Scale(3)),
        ("miljons", Scale(6)),
        ("miljona", Scale(6)),
        ("miljoni", Scale(6)),
        ("miljonus", Scale(6)),
        ("miljonu", Scale(6)),
        ("miljoniem", Scale(6)),
        ("miljards", Scale(9)),
        ("miljarda", Scale(9)),
        ("miljardi", Scale(9)),
        ("miljardus", Scale(9)),
        ("miljardu", Scale(9)),
        ("miljardiem", Scale(9)),
        ("mljrd.", Scale(9)),
        ("procents", Percent),
        ("procenti", Percent),
        ("procentu", Percent),
        ("procentiem", Percent),
        // Estonian, in the partitive after a figure (`5 miljonit`) and the genitive
        // (`5 miljoni euro`, spelt as the Latvian plural, above); `miljon` and `miljard` are
        // Swedish's and Dutch's.
        ("tuhat", Scale(3)),
        ("tuhande", Scale(3)),
        ("miljonit", Scale(6)),
        ("miljardit", Scale(9)),
        ("protsent", Percent),
        ("protsenti", Percent),
        ("protsendi", Percent),
        // Danish and Norwegian news abbreviate the million and the thousand million (`5 mio.
        // kr.`, `2 mrd.`, above); their `mia.` is read before the kroner it counts (see
        // `billion_before_money_end`), as `Mia.` may be a name, and so is the Swedish `mdr` before
        // its kronor (`3 mdr kronor`; `500 MDR-TB cases`). Not `mill.` here (a tax rate's mill,
        // "a levy of 2 mill."): it and `mia.` are read by the article's declared language
        // (`5 mill. kroner`, `8 mia. mennesker`; see `Language::reads_scale_with_a_point`).
        // Swedish writes the kronor onto the scale too (`15 mdkr`, `7 mnkr`): see
        // `SCALED_CURRENCIES`.
        // Catalan: `3 milions`, `un milió`, `5 milers` (thousands), `2 mil milions` (a
        // thousand million); `mil` is Spanish's and `per cent` English's, above.
        ("milió", Scale(6)),
        ("milions", Scale(6)),
        ("milers", Scale(3)),
        ("mil milions", Scale(9)),
        // Galician: `1,5 millóns`, `un millón` (Spanish's, above), `3 mil millóns` (a
        // thousand million); `mil` and `por cento` are Spanish's and Portuguese's, above.
        ("millóns", Scale(6)),
        ("mil millóns", Scale(9)),
        ("mil millón", Scale(9)),
        // Hungarian, Greek.
        ("ezer", Scale(3)),
        ("millió", Scale(6)),
        // Vietnamese: `25 nghìn tỷ đồng` (a thousand billion), `3 tỷ`, `5 triệu`.
        ("nghìn tỷ", Scale(12)),
        ("ngàn tỷ", Scale(12)),
        ("nghìn", Scale(3)),
        ("ngàn", Scale(3)),
        ("triệu", Scale(6)),
        ("tỷ", Scale(9)),
        ("tỉ", Scale(9)),
        ("milliárd", Scale(9)),
        // Hungarian percent and the cases written onto it: `12,5 százalékkal` (by 12.5
        // percent), `38 százaléka` (38 percent of it).
        ("százalék", Percent),
        ("százalékkal", Percent),
        ("százaléka", Percent),
        ("százalékát", Percent),
        ("százalékot", Percent),
        ("százalékos", Percent),
        ("százalékra", Percent),
        ("százalékban", Percent),
        // Romanian: `1,2 milioane de lei`, `3 miliarde`, `5 mii de oameni`, `12,5 la sută`;
        // `de` after a figure of 20 and more (`20 de milioane`, `300 de mii`, `25 de
        // procente`).
        ("milioane", Scale(6)),
        ("miliarde", Scale(9)),
        ("mii", Scale(3)),
        ("la sută", Percent),
        ("procente", Percent),
        ("de milioane", Scale(6)),
        ("de miliarde", Scale(9)),
        ("de mii", Scale(3)),
        ("de procente", Percent),
        // Georgian, whose nouns take their case endings: `1,2 მილიონი ლარი`, `მილიონ`
        // before a noun, `5 ათასი`, `12,5 პროცენტი`, `პროცენტით` (by ... percent).
        ("ათასი", Scale(3)),
        ("ათას", Scale(3)),
        ("ათასის", Scale(3)),
        ("მილიონი", Scale(6)),
        ("მილიონ", Scale(6)),
        ("მილიონის", Scale(6)),
        ("მილიონით", Scale(6)),
        ("მილიარდი", Scale(9)),
        ("მილიარდ", Scale(9)),
        ("მილიარდის", Scale(9)),
        ("მილიარდით", Scale(9)),
        ("პროცენტი", Percent),
        ("პროცენტით", Percent),
        ("პროცენტს", Percent),
        ("პროცენტის", Percent),
        ("პროცენტზე", Percent),
        // Amharic: `1.2 ሚሊዮን ብር`, `5 ሺህ`, `12.5 በመቶ` ("in a hundred").
        ("ሺህ", Scale(3)),
        ("ሚሊዮን", Scale(6)),
        ("ቢሊዮን", Scale(9)),
        ("ትሪሊዮን", Scale(12)),
        ("በመቶ", Percent),
        // Armenian, whose nouns take their article and case endings: `2,5 միլիարդ դրամ`,
        // `900 միլիոնը` (the 900 million), `1,2 միլիարդից` (of 1.2 billion), `5 հազար`,
        // `3,2 տոկոսը` (3.2 percent of it), `տոկոսով` (by ... percent); news abbreviates the
        // million and the billion (`900 մլն`, `2,5 մլրդ`).
        ("հազար", Scale(3)),
        ("հազարը", Scale(3)),
        ("հազարի", Scale(3)),
        ("հազարից", Scale(3)),
        ("հազարով", Scale(3)),
        ("միլիոն", Scale(6)),
        ("միլիոնը", Scale(6)),
        ("միլիոնի", Scale(6)),
        ("միլիոնից", Scale(6)),
        ("միլիոնով", Scale(6)),
        ("մլն", Scale(6)),
        ("մլն.", Scale(6)),
        ("միլիարդ", Scale(9)),
        ("միլիարդը", Scale(9)),
        ("միլիարդի", Scale(9)),
        ("միլիարդից", Scale(9)),
        ("միլիարդով", Scale(9)),
        ("մլրդ", Scale(9)),
        ("մլրդ.", Scale(9)),
        ("տրիլիոն", Scale(12)),
        ("տրիլիոնը", Scale(12)),
        ("տրիլիոնի", Scale(12)),
        ("տոկոս", Percent),
        ("տոկոսը", Percent),
        ("տոկոսի", Percent),
        ("տոկոսից", Percent),
        ("տոկոսով", Percent),
        ("տոկոսում", Percent),
        // Swahili writes its scale words before the figure (`shilingi bilioni 10`, see
        // `PRECEDERS`), and after it beside a currency code or sign (`KSh 4 bilioni`, `Sh1
        // bilioni`, `TSh 500 elfu`); `milioni` is Italian's too, above.
        ("elfu", Scale(3)),
        ("bilioni", Scale(9)),
        ("trilioni", Scale(12)),
        ("χιλιάδες", Scale(3)),
        ("εκατομμύριο", Scale(6)),
        ("εκατομμύρια", Scale(6)),
        ("δισεκατομμύριο", Scale(9)),
        ("δισεκατομμύρια", Scale(9)),
        // Greek news abbreviates them: `2,5 δισ. ευρώ`, `3 εκατ. ευρώ`, `5 χιλ. ευρώ`.
        ("χιλ.", Scale(3)),
        ("εκατ.", Scale(6)),
        ("δισ.", Scale(9)),
        ("τρισ.", Scale(12)),
        ("τοις εκατό", Percent),
        ("procent", Percent),
        // Polish news abbreviates it (`85 proc.`); Czech and Slovak inflect it.
        ("proc.", Percent),
        ("procenta", Percent),
        ("percenta", Percent),
        ("prosent", Percent),
        ("tys.", Scale(3)),
        ("mln", Scale(6)),
        ("mln.", Scale(6)),
        ("mld", Scale(9)),
        ("mld.", Scale(9)),
        // Wire-service English: `$3.5 bln`, `1.2 trln yen` (beside `mln`, above).
        ("bln", Scale(9)),
        ("trln", Scale(12)),
        // Russian, Ukrainian.
        ("тыс.", Scale(3)),
        ("тысяча", Scale(3)),
        ("тысячи", Scale(3)),
        ("тысяч", Scale(3)),
        ("млн", Scale(6)),
        ("млн.", Scale(6)),
        ("миллион", Scale(6)),
        ("миллиона", Scale(6)),
        ("миллионов", Scale(6)),
        ("млрд", Scale(9)),
        ("млрд.", Scale(9)),
        ("миллиард", Scale(9)),
        ("миллиарда", Scale(9)),
        ("миллиардов", Scale(9)),
        ("трлн", Scale(12)),
        ("трлн.", Scale(12)),
        ("триллион", Scale(12)),
        ("триллиона", Scale(12)),
        ("триллионов", Scale(12)),
        ("тисяча", Scale(3)),
        ("тисячі", Scale(3)),
        ("тисяч", Scale(3)),
        ("процент", Percent),
        ("процента", Percent),
        ("процентов", Percent),
        ("тис.", Scale(3)),
        ("мільйон", Scale(6)),
        ("мільйона", Scale(6)),
        ("мільйонів", Scale(6)),
        ("мільярд", Scale(9)),
        ("мільярда", Scale(9)),
        ("мільярдів", Scale(9)),
        ("відсоток", Percent),
        ("відсотка", Percent),
        ("відсотків", Percent),
        // Belarusian, in the forms a figure takes (its `тысяча`, `тысяч`, `млн`, `млрд`,
        // `мільярд` and `мільярда` are Russian's and Ukrainian's, above).
        ("тысячы", Scale(3)),
        ("мільён", Scale(6)),
        ("мільёна", Scale(6)),
        ("мільёны", Scale(6)),
        ("мільёнаў", Scale(6)),
        ("мільярды", Scale(9)),
        ("мільярдаў", Scale(9)),
        ("трыльён", Scale(12)),
        ("трыльёны", Scale(12)),
        ("трыльёнаў", Scale(12)),
        ("працэнт", Percent),
        ("працэнта", Percent),
        ("працэнты", Percent),
        ("працэнтаў", Percent),
        // Kazakh: the thousand and percent (its million, thousand million and million million
        // are Russian's, above), with the endings written onto them (see
        // `citation::numbers::kazakh_case_ending_end`).
        ("мың", Scale(3)),
        ("пайыз", Percent),
        // Turkish, Indonesian and Malay, Vietnamese.
        ("bin", Scale(3)),
        ("milyon", Scale(6)),
        ("milyar", Scale(9)),
        ("trilyon", Scale(12)),
        // Tagalog, beside the Turkish `milyon` and `trilyon`, with the linker `-ng` written
        // onto a scale before its noun (`₱5 bilyong pondo`, `3 libong katao`); `porsiyento`
        // and `porsyento` are percent, as is the native `bahagdan`.
        ("libo", Scale(3)),
        ("libong", Scale(3)),
        ("milyong", Scale(6)),
        ("bilyon", Scale(9)),
        ("bilyong", Scale(9)),
        ("trilyong", Scale(12)),
        ("porsiyento", Percent),
        ("porsiyentong", Percent),
        ("porsyento", Percent),
        ("porsyentong", Percent),
        ("bahagdan", Percent),
        ("ribu", Scale(3)),
        ("juta", Scale(6)),
        ("miliar", Scale(9)),
        ("triliun", Scale(12)),
        ("persen", Percent),
        // Afrikaans (`12 persent`); its `miljoen` and `miljard` are Dutch's, above.
        ("persent", Percent),
        ("phần trăm", Percent),
        ("nghìn", Scale(3)),
        ("ngàn", Scale(3)),
        ("triệu", Scale(6)),
        ("tỷ", Scale(9)),
        ("tỉ", Scale(9)),
        // Indian English and Hindi: a lakh is a hundred thousand, a crore ten million. The
        // Hindi crore's last letter is written with its nukta as two characters (U+0921
        // U+093C, as normalizing writes it) or one (U+095C), or without the nukta, as
        // Nepali writes the word.
        ("lakh crore", Scale(12)),
        ("lakh", Scale(5)),
        ("lakhs", Scale(5)),
        ("crore", Scale(7)),
        ("crores", Scale(7)),
        ("लाख करोड़", Scale(12)),
        ("लाख करो\u{95c}", Scale(12)),
        ("लाख करोड", Scale(12)),
        ("लाख", Scale(5)),
        ("करोड़", Scale(7)),
        ("करो\u{95c}", Scale(7)),
        ("करोड", Scale(7)),
        ("हज़ार", Scale(3)),
        ("हजार", Scale(3)),
        // A thousand million: the Hindi `अरब` (also "Arab", so the figure is read without it
        // too, see `SCALES_ALSO_WORDS`) and the Nepali `अर्ब`.
        ("अरब", Scale(9)),
        ("अर्ब", Scale(9)),
        ("प्रतिशत", Percent),
        // Bengali: a lakh, a crore, a thousand, percent.
        ("লাখ", Scale(5)),
        ("লক্ষ", Scale(5)),
        ("কোটি", Scale(7)),
        ("লাখ কোটি", Scale(12)),
        ("লক্ষ কোটি", Scale(12)),
        ("হাজার", Scale(3)),
        ("শতাংশ", Percent),
        // The other scripts of India: Tamil, Telugu (singular and plural), Kannada,
        // Malayalam, Gujarati, Gurmukhi, Odia and Marathi's crore (its lakh is Hindi's): a
        // lakh, a crore, a thousand, percent.
        ("லட்சம்", Scale(5)),
        ("இலட்சம்", Scale(5)),
        ("கோடி", Scale(7)),
        ("ஆயிரம்", Scale(3)),
        ("சதவீதம்", Percent),
        ("లక్ష", Scale(5)),
        ("లక్షలు", Scale(5)),
        ("లక్షల", Scale(5)),
        ("కోటి", Scale(7)),
        ("కోట్లు", Scale(7)),
        ("కోట్ల", Scale(7)),
        ("వేలు", Scale(3)),
        ("వేల", Scale(3)),
        ("శాతం", Percent),
        ("ಲಕ್ಷ", Scale(5)),
        ("ಕೋಟಿ", Scale(7)),
        ("ಸಾವಿರ", Scale(3)),
        // Kannada percent after the figure, in both spellings of `ಶೇಕಡಾ` and as `ಪ್ರತಿಶತ`
        // (`12 ಶೇಕಡಾ`); news writes it before the figure more often (`ಶೇ 62ರಷ್ಟು`, see
        // `PRECEDERS`).
        ("ಶೇಕಡಾ", Percent),
        ("ಶೇಕಡ", Percent),
        ("ಪ್ರತಿಶತ", Percent),
        ("ലക്ഷം", Scale(5)),
        ("കോടി", Scale(7)),
        ("ആയിരം", Scale(3)),
        ("ശതമാനം", Percent),
        ("લાખ", Scale(5)),
        ("કરોડ", Scale(7)),
        ("હજાર", Scale(3)),
        ("ટકા", Percent),
        ("ਲੱਖ", Scale(5)),
        ("ਕਰੋੜ", Scale(7)),
        ("ਹਜ\u{a3c}ਾਰ", Scale(3)),
        ("ਹ\u{a5b}ਾਰ", Scale(3)),
        // Gurmukhi's `ਫ਼` is one character (U+0A5E) or, in Unicode's normal form, `ਫ` and a
        // nukta; some write it without the nukta.
        ("ਫ\u{a3c}ੀਸਦੀ", Percent),
        ("\u{a5e}ੀਸਦੀ", Percent),
        ("ਫੀਸਦੀ", Percent),
        ("ਪ੍ਰਤੀਸ਼ਤ", Percent),
        ("ਪ੍ਰਤੀਸ\u{a3c}ਤ", Percent),
        ("ଲକ୍ଷ", Scale(5)),
        ("କୋଟି", Scale(7)),
        ("ପ୍ରତିଶତ", Percent),
        ("कोटी", Scale(7)),
        ("टक्के", Percent),
        // Arabic: `ألف` (thousand) is also the verb "wrote", written the same without its
        // vowel marks, but after a figure it is the thousand (`50 ألف شخص`).
        ("ألف", Scale(3)),
        ("آلاف", Scale(3)),
        ("مليون", Scale(6)),
        ("ملايين", Scale(6)),
        ("مليار", Scale(9)),
        ("مليارات", Scale(9)),
        ("في المائة", Percent),
        ("في المئة", Percent),
        ("بالمائة", Percent),
        ("بالمئة", Percent),
        // Urdu: a lakh, a crore, a lakh crore.
        ("لاکھ کروڑ", Scale(12)),
        ("لاکھ", Scale(5)),
        ("کروڑ", Scale(7)),
        // Urdu's thousand, written with its own heh (U+06C1) where Persian writes `هزار`; its
        // thousand million (also "Arab", so the figure is read without it too, see
        // `SCALES_ALSO_WORDS`) and hundred thousand million; percent, in one word or two.
        ("ہزار", Scale(3)),
        ("ارب", Scale(9)),
        ("کھرب", Scale(11)),
        ("ملین", Scale(6)),
        ("فیصد", Percent),
        ("فی صد", Percent),
        // Persian.
        ("هزار", Scale(3)),
        ("میلیون", Scale(6)),
        ("میلیارد", Scale(9)),
        ("درصد", Percent),
        // Hebrew.
        ("אלף", Scale(3)),
        ("מיליון", Scale(6)),
        ("מיליארד", Scale(9)),
        ("אחוז", Percent),
        ("אחוזים", Percent),
        // Thai, written without spaces: read onto the figure and the word after it too
        // (`70 ล้านคน`). `พัน` (thousand) is left out, as it begins words (`พันธุ์`, a breed).
        ("หมื่น", Scale(4)),
        ("แสน", Scale(5)),
        ("ล้าน", Scale(6)),
        ("พันล้าน", Scale(9)),
        ("เปอร์เซ็นต์", Percent),
        // Burmese, written without spaces too: read onto the figure and the word after it
        // (`၂.၅ ဘီလီယံ`, `၅ သိန်းကျော်`). A lakh (`သိန်း`) and a million (`သန်း`) are also written
        // before the figure (`ကျပ်သိန်း ၅၀၀`, see `PRECEDERS`); `သန်း` is not read where
        // `ခေါင်` follows it (`သန်းခေါင်`, midnight; `သန်းခေါင်စာရင်း`, the census, see
        // `follower_end`).
        ("ထောင်", Scale(3)),
        ("သောင်း", Scale(4)),
        ("သိန်း", Scale(5)),
        ("သန်း", Scale(6)),
        ("ကုဋေ", Scale(7)),
        ("ဘီလီယံ", Scale(9)),
        ("ထရီလီယံ", Scale(12)),
        ("ရာခိုင်နှုန်း", Percent),
        // Khmer, written without spaces too (`២០០ លានរៀល`, `12 លានដុល្លារ`): a thousand, ten
        // thousand, a hundred thousand, a million, ten million, a thousand million (`ពាន់លាន`,
        // read before `ពាន់`) and its borrowed name.
        ("ពាន់", Scale(3)),
        ("ម៉ឺន", Scale(4)),
        ("សែន", Scale(5)),
        ("លាន", Scale(6)),
        ("កោដិ", Scale(7)),
        ("ពាន់លាន", Scale(9)),
        ("ប៊ីលាន", Scale(9)),
        ("ភាគរយ", Percent),
        // Sinhala, which writes them before the figure more often (`රුපියල් මිලියන 500`, see
        // `PRECEDERS`): a lakh, a crore, a million, a thousand million.
        ("ලක්ෂ", Scale(5)),
        ("කෝටි", Scale(7)),
        ("මිලියන", Scale(6)),
        ("බිලියන", Scale(9)),
        // Malay (`bilion` and `trilion` are also the Polish and Czech million million and
        // million million million: that reading is `also`, see `OTHER_SCALE_READINGS`).
        ("peratus", Percent),
        // Japanese and Korean percent, in katakana and hangul, written onto the figure.
        ("パーセント", Percent),
        ("퍼센트", Percent),
        ("bilion", Scale(9)),
        ("trilion", Scale(12)),
        // Azerbaijani (`milyon` and `trilyon` are Turkish's, above; its thousand `min` is a
        // minute elsewhere, and is read only in an article that declares Azerbaijani, see
        // `SCALES_OF_ONE_LANGUAGE`), with the possessive its percent takes (`54 faizi`, 54
        // percent of them) and the dative (`faizə`): Turkish "interest", read only in an
        // article that declares Azerbaijani or no language (see `Language::reads_follower`).
        ("milyard", Scale(9)),
        ("faiz", Percent),
        ("faizi", Percent),
        ("faizə", Percent),
        // Uzbek in the Latin script (`mln.`, `mlrd.`, `trln`, `million`, `milliard` and
        // `trillion` are read above; `ming`, its thousand, only where Uzbek is declared), with
        // the possessive and the dative of its percent (`52 foizi`, `foizga`).
        ("trln.", Scale(12)),
        ("foiz", Percent),
        ("foizi", Percent),
        ("foizga", Percent),
        // Albanian, with the plurals a figure takes (`2,39 milionë`, `48,5 miliardë`; `milion`
        // and `miliard` are Polish's, above).
        ("mijë", Scale(3)),
        ("milionë", Scale(6)),
        ("miliardë", Scale(9)),
        ("për qind", Percent),
        // Icelandic, in the cases a figure takes (`41 milljarði króna`, the dative), and its
        // thousand abbreviated (`5 þús. kr.`); `m.kr.` and `ma.kr.` are millions and thousand
        // millions of krónur (see `SCALED_CURRENCIES`).
        ("þúsund", Scale(3)),
        ("þús.", Scale(3)),
        ("milljón", Scale(6)),
        ("milljónir", Scale(6)),
        ("milljóna", Scale(6)),
        ("milljónum", Scale(6)),
        ("milljarður", Scale(9)),
        ("milljarðar", Scale(9)),
        ("milljarða", Scale(9)),
        ("milljarði", Scale(9)),
        ("milljörðum", Scale(9)),
        ("prósent", Percent),
        ("prósentu", Percent),
        ("prósenta", Percent),
    ]
};

/// The Chinese, Japanese and Korean units of ten thousand, a hundred million and a million
/// million written after digits (`923万`, `1.2亿`, `330만`, `2조`), and their powers of ten.
const MYRIADS: [(char, u32); 8] = [
    ('万', 4),
    ('萬', 4),
    ('만', 4),
    ('亿', 8),
    ('億', 8),
    ('억', 8),
    ('兆', 12),
    ('조', 12),
];

/// The power of ten that `c` multiplies the figure before it by, if it is one of
/// [`MYRIADS`]: 4 for `万`, 8 for `亿`, 12 for `兆`. Read after the digits of an article's
/// figures, and in a value, whose help writes the figure out.
pub fn myriad_exponent(c: char) -> Option<u32> {
    MYRIADS
        .iter()
        .find(|(sign, _)| *sign == c)
        .map(|&(_, exponent)| exponent)
}
