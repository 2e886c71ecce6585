//! The currency signs figures are written with, and the currencies each writes: one table
//! for every reader of money. A quote is read with it (`$12 million`, `12 M€`, `Rs 500`:
//! which currency the article states), and so is a claim's `value:` that writes its
//! currency (`$5bn`: the figure is the value, its currency the claim's unit).

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
    ("GH¢", &["cedi"]),
    // After the figure: `99¢`.
    ("¢", &["cent"]),
    // Currencies written in letters, before the figure or after it (`Rs 500`, `Rs. 500`,
    // `RM5 juta`, `500 zł`, `500 TL`). Not single letters: `R5` is a road, `N5` a code.
    ("Rs.", &["rupee"]),
    ("Rs", &["rupee"]),
    ("RM", &["ringgit"]),
    ("Rp", &["rupiah"]),
    ("KSh.", &["shilling"]),
    ("Ksh.", &["shilling"]),
    ("Kshs", &["shilling"]),
    ("KSh", &["shilling"]),
    ("Ksh", &["shilling"]),
    ("Tk", &["taka"]),
    ("TL", &["lira"]),
    ("zł", &["zloty"]),
    ("руб.", &["ruble"]),
    ("руб", &["ruble"]),
    ("грн", &["hryvnia"]),
    ("Kč", &["koruna"]),
    // The Swiss franc as Swiss German writes it (`Fr. 6,2 Mio.`, `450'000 Fr.`): with its
    // point and capital only, as French writes `fr.` for other words and a sentence may
    // start with `Fr`.
    ("Fr.", &["franc"]),
    // In capitals only, as signs are compared: `500 ft` is feet.
    ("Ft", &["forint"]),
];

#[cfg(test)]
mod tests {
    use super::CURRENCY_SIGNS;

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
