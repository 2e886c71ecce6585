//! The units every project knows besides money (which `currency` holds): the measures, and
//! the single-letter symbols a claim may write one in. Read by the citation checks, which
//! judge the unit a quote writes, and by loading, which reads every name of one unit as one
//! spelling (CC025).

/// Measures every project knows, as [`COMMON_MONEY`](super::COMMON_MONEY): a claim's unit that is one of the
/// names of a group is stated by any of them (`kilometer` by "kilometres" and "km"). A rate
/// is its own unit ("X per Y", with its symbols: `km/h` is stated by "kilometres per hour"),
/// so "kilometres per hour" does not state `kilometre` nor "square kilometres" `km`. Single
/// letters (`m`, `t`, `h`) are left out: after a figure they are as often "million" or a
/// typo as a unit.
pub(crate) const COMMON_MEASURES: &[&[&str]] = &[
    // Area.
    &["hectare", "ha"],
    &["acre"],
    &["mu"],
    &[
        "square kilometre",
        "square kilometer",
        "km2",
        "km²",
        "sq km",
    ],
    &["square mile", "sq mi"],
    &["square metre", "square meter", "m2", "m²", "sq m"],
    &["square foot", "sq ft"],
    // Length, mass, volume, energy and power.
    &["kilometre", "kilometer", "km"],
    &["mile", "mi"],
    &["metre", "meter"],
    &["foot", "ft"],
    &["tonne", "ton", "metric ton"],
    &["kilogram", "kilo", "kg"],
    &["gram"],
    &["lb", "pound"],
    &["ounce", "oz"],
    &["litre", "liter"],
    &["cubic metre", "cubic meter", "m3", "m³", "cu m"],
    &["gallon", "gal"],
    &["barrel"],
    &["kilowatt-hour", "kilowatt hour", "kwh"],
    &["megawatt-hour", "megawatt hour", "mwh"],
    &["gigawatt-hour", "gigawatt hour", "gwh"],
    &["terawatt-hour", "terawatt hour", "twh"],
    &["kilowatt", "kw"],
    &["megawatt", "mw"],
    &["gigawatt", "gw"],
    // Rates.
    &["mile per hour", "mph"],
    &[
        "kilometre per hour",
        "kilometer per hour",
        "km/h",
        "kph",
        "kmh",
        "km per hour",
    ],
    &["metre per second", "meter per second", "m/s"],
    &["tonne per hectare", "ton per hectare", "t/ha"],
    &["kilogram per hectare", "kg/ha"],
    // Time.
    &["decade"],
    &["year"],
    &["month"],
    &["week"],
    &["day"],
    &["hour", "hr"],
    &["minute", "min"],
];

/// Symbols of a single letter that a claim's `unit:` may be written as, with the common
/// unit each is. They name that unit in a claim only: in a quote a letter after a figure is
/// as often something else (`5 m` is five million in British news).
pub(crate) const CLAIM_SYMBOLS: [(&str, &str); 6] = [
    ("m", "metre"),
    ("g", "gram"),
    ("h", "hour"),
    ("l", "litre"),
    ("L", "litre"),
    ("t", "tonne"),
];
