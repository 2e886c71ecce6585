//! Reading typed fields out of a YAML mapping, one diagnostic per problem.
//!
//! A record is read field by field: unknown keys, missing keys and values of the wrong
//! shape each become a diagnostic and the reader moves on, so one run reports every
//! mistake in a file.

use super::spec::Field;
use super::yaml::{Node, Value};
use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location, did_you_mean};
use crate::files::FileId;
use crate::quantity::Quantity;

/// Reads records of one file, collecting diagnostics.
pub struct Reader<'d> {
    pub file: FileId,
    pub diagnostics: &'d mut Diagnostics,
}

/// A YAML mapping being read as a record of a known kind.
pub struct Record<'a> {
    /// "claim", "source", "entity": used in messages.
    pub what: &'static str,
    pub node: &'a Node,
    entries: &'a [(Node, Node)],
    /// Fields that an unknown key was taken to be a misspelling of: their absence is
    /// already reported, on the misspelt key.
    misspelt: Vec<&'static str>,
    /// Fields whose value a comma cut short in `{ ... }` (`{ max: 1,5 }` is `max: 1` and a
    /// field `5`): reported as such, and not read (`max: 1` was not written).
    cut: Vec<&'static str>,
    /// Unknown keys taken for no field, each reported: what the record states under them
    /// may be what a check would otherwise report missing.
    unidentified: Vec<&'a Node>,
}

impl<'a> Record<'a> {
    /// The value of `key`; none for a field whose value a comma cut.
    pub fn get(&self, key: &str) -> Option<&'a Node> {
        self.entry(key).map(|(_, v)| v)
    }

    /// The key `key` as written, for a field whose value is nothing to point at.
    pub fn key_node(&self, key: &str) -> Option<&'a Node> {
        self.entry(key).map(|(k, _)| k)
    }

    fn entry(&self, key: &str) -> Option<&'a (Node, Node)> {
        if self.cut.contains(&key) {
            return None;
        }
        self.entries
            .iter()
            .find(|(k, _)| matches!(&k.value, Value::Scalar(name) if name == key))
    }

    /// Whether `field` is present, or written under a misspelt key or cut by a comma,
    /// either already reported.
    pub fn has_or_misspelt(&self, field: &str) -> bool {
        self.get(field).is_some() || self.misspelt.contains(&field) || self.cut.contains(&field)
    }

    /// The first unknown key taken for no field (`zahl:`), already reported.
    pub fn unidentified_key(&self) -> Option<&'a Node> {
        self.unidentified.first().copied()
    }

    /// Where to point when a field is missing: the record's `id` or `name` value if it has
    /// one, else its first key, so the label sits on one line instead of the whole entry.
    pub fn anchor(&self) -> std::ops::Range<usize> {
        self.get("id")
            .or_else(|| self.get("name"))
            .map(|n| n.span.clone())
            .or_else(|| self.entries.first().map(|(k, _)| k.span.clone()))
            .unwrap_or_else(|| self.node.span.clone())
    }
}

impl Reader<'_> {
    pub fn at(&self, node: &Node) -> Location {
        Location::new(self.file, node.span.clone())
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Reports a value of the wrong shape.
    pub fn wrong_type(&mut self, node: &Node, field: &str, expected: &str) {
        let at = self.at(node);
        self.wrong_type_at(node, at, field, expected);
    }

    /// Reports a value of the wrong shape at `at`: its key, when the value is nothing
    /// written (`{ unit }`, `unit:` alone), which has no place of its own to point at.
    fn wrong_type_at(&mut self, node: &Node, at: Location, field: &str, expected: &str) {
        let diagnostic = Diagnostic::new(
            Code::WrongType,
            format!(
                "`{field}` must be {expected}, but this is {}",
                node.value.describe()
            ),
            at,
            format!("expected {expected}"),
        )
        .with_help(format!("write `{field}` as {expected}"));
        self.push(diagnostic);
    }

    /// Reports a file that holds nothing (empty, or comments only), naming the fields it
    /// should have: a file put in place to be filled in later is then one clear error, not a
    /// type mismatch about "nothing (null)".
    fn empty_file(&mut self, node: &Node, what: &str, allowed: &[Field]) {
        let fields: Vec<String> = allowed
            .iter()
            .map(|field| match field.need {
                super::spec::Need::Required => format!("`{}:`", field.name),
                _ => format!("`{}:` (optional)", field.name),
            })
            .collect();
        let diagnostic = Diagnostic::new(
            Code::WrongType,
            format!("this {what} is empty"),
            self.at(node),
            "nothing here",
        )
        .with_help(format!(
            "{} holds {}; fill it in, or delete the file",
            crate::words::with_article(what),
            crate::words::and_list(&fields)
        ));
        self.push(diagnostic);
    }

    /// Opens `node` as a record whose keys must be among the fields `allowed` (declared as
    /// [`super::spec::Field`]s, which the JSON Schemas are generated from).
    pub fn record<'a>(
        &mut self,
        node: &'a Node,
        what: &'static str,
        allowed: &[Field],
    ) -> Option<Record<'a>> {
        let mut misspelt = Vec::new();
        let Value::Map(entries) = &node.value else {
            if matches!(node.value, Value::Null) && what.ends_with(" file") {
                self.empty_file(node, what, allowed);
            } else {
                self.wrong_type(node, what, &format!("a mapping of {what} fields"));
            }
            return None;
        };
        let mut cut = Vec::new();
        let mut unidentified = Vec::new();
        // The keys read as part of a figure a comma cut, reported with its first part.
        let mut figure_parts_until = 0;
        for (at, (key, _)) in entries.iter().enumerate() {
            if at < figure_parts_until {
                continue;
            }
            let name = match &key.value {
                Value::Scalar(name) => name.as_str(),
                _ => {
                    self.wrong_type(key, "a key", "a plain field name");
                    continue;
                }
            };
            if !allowed.iter().any(|field| field.name == name) {
                let mut diagnostic = Diagnostic::new(
                    Code::UnknownField,
                    format!("unknown field `{name}` in a {what}"),
                    self.at(key),
                    "not a field of this record",
                );
                if let Some(before) = at.checked_sub(1)
                    && let Some((parts, help)) = split_figure(entries, before)
                {
                    let (field, _) = &entries[before];
                    let field = allowed.iter().find(
                        |allowed| matches!(&field.value, Value::Scalar(f) if *f == allowed.name),
                    );
                    cut.extend(field.map(|field| field.name));
                    figure_parts_until = at + parts;
                    let last = &entries[at + parts - 1].0;
                    diagnostic.labels[0] = crate::diagnostic::Label {
                        location: Location::new(self.file, key.span.start..last.span.end),
                        message: "the comma before this ended the field".into(),
                        primary: true,
                    };
                    self.push(diagnostic.with_help(help));
                    continue;
                }
                let names = || allowed.iter().map(|f| f.name);
                // A word of another language is told so, even when it is also near the
                // field's spelling (`valeur`, `sujet`).
                diagnostic = match super::foreign::field_named(name, names()) {
                    Some((field, help)) => {
                        misspelt.push(field);
                        diagnostic.with_help(help)
                    }
                    None => match did_you_mean(name, names()) {
                        Some(near) => {
                            misspelt.push(near);
                            diagnostic.with_help(format!("did you mean `{near}`?"))
                        }
                        None => {
                            unidentified.push(key);
                            diagnostic.with_help(format!(
                                "a {what} has the fields: {}",
                                allowed
                                    .iter()
                                    .map(|f| f.name)
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ))
                        }
                    },
                };
                self.push(diagnostic);
            }
        }
        Some(Record {
            what,
            node,
            entries,
            misspelt,
            cut,
            unidentified,
        })
    }

    /// A list of records under `key` of a file's top-level mapping.
    pub fn list<'a>(&mut self, node: &'a Node, field: &str) -> &'a [Node] {
        match &node.value {
            Value::Seq(items) => items,
            Value::Null => &[],
            _ => {
                self.wrong_type(node, field, "a list");
                &[]
            }
        }
    }

    /// Reports that `record` lacks `field`, unless a misspelling of it was reported already.
    /// Several fields one record lacks are one finding (`- {}` lacks all of a claim's):
    /// the fields are added to the CC011 just reported on the record.
    pub fn missing(&mut self, record: &Record, field: &str, help: &str) {
        if record.misspelt.contains(&field) {
            return;
        }
        let at = Location::new(self.file, record.anchor());
        let lacks = format!("this {} has no ", record.what);
        if let Some(earlier) = self.diagnostics.last_mut().filter(|d| {
            d.code == Code::MissingField
                && d.primary() == Some(&at)
                && d.message.starts_with(&lacks)
        }) {
            // The fields named so far, each between backticks.
            let mut fields: Vec<String> = earlier.message[lacks.len()..]
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect();
            fields.push(field.to_string());
            let named: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
            let (rest, last) = named.split_at(named.len() - 1);
            let listed = |word: &str| format!("{} {word} {}", rest.join(", "), last[0]);
            earlier.message = format!("{lacks}{}", listed("or"));
            earlier.labels[0].message =
                format!("{} are missing from this {}", listed("and"), record.what).into();
            let helped = earlier.help.as_deref().unwrap_or_default();
            if !helped.contains(help) {
                // Helps are clauses without a closing stop: one after the other, as a list.
                earlier.help = Some(format!("{helped}; {help}").into());
            }
            return;
        }
        let diagnostic = Diagnostic::new(
            Code::MissingField,
            format!("{lacks}`{field}`"),
            at,
            format!("`{field}` is missing from this {}", record.what),
        )
        .with_help(help.to_string());
        self.push(diagnostic);
    }

    /// A single text value.
    pub fn text(&mut self, record: &Record, field: &str) -> Option<Located<String>> {
        let node = record.get(field)?;
        match &node.value {
            Value::Scalar(text) => Some(Located::new(text.clone(), self.at(node))),
            Value::Null => {
                let at = record
                    .key_node(field)
                    .map_or_else(|| self.at(node), |key| self.at(key));
                self.wrong_type_at(node, at, field, "a value");
                None
            }
            _ => {
                self.wrong_type(node, field, "a single value");
                None
            }
        }
    }

    /// A text value that must be present and not blank: a field written with nothing in
    /// it (`subject: ""`, `metric: "   "`) is as missing as one not written, and is reported
    /// at the blank value with the same help.
    pub fn required_text(
        &mut self,
        record: &Record,
        field: &str,
        help: &str,
    ) -> Option<Located<String>> {
        if record.get(field).is_none() {
            self.missing(record, field, help);
            return None;
        }
        let text = self.text(record, field)?;
        self.not_blank(
            text,
            || format!("the `{field}` of this {}", record.what),
            help,
        )
    }

    /// An optional text value that, when written, must not be blank: a `unit:` or a
    /// `status:` of nothing names no unit or status.
    pub fn named_text(
        &mut self,
        record: &Record,
        field: &str,
        help: &str,
    ) -> Option<Located<String>> {
        let text = self.text(record, field)?;
        self.not_blank(
            text,
            || format!("the `{field}` of this {}", record.what),
            help,
        )
    }

    /// `text`, unless it is empty or only white space, which is reported (CC011) at the
    /// value: "`thing` is blank". `thing` is worded only then: most values are not blank.
    pub fn not_blank<Thing: std::fmt::Display>(
        &mut self,
        text: Located<String>,
        thing: impl FnOnce() -> Thing,
        help: &str,
    ) -> Option<Located<String>> {
        if !text.value.trim().is_empty() {
            return Some(text);
        }
        let blank = if text.value.is_empty() {
            "empty"
        } else {
            "only white space"
        };
        self.push(
            Diagnostic::new(
                Code::MissingField,
                format!("{} is blank", thing()),
                text.at,
                blank,
            )
            .with_help(help.to_string()),
        );
        None
    }

    /// A list of single values (`[a, b]` or one per line).
    pub fn text_list(
        &mut self,
        record: &Record,
        field: &str,
    ) -> Option<(Location, Vec<Located<String>>)> {
        let node = record.get(field)?;
        let Value::Seq(items) = &node.value else {
            self.wrong_type(node, field, "a list");
            return None;
        };
        let mut values = Vec::with_capacity(items.len());
        for item in items {
            match &item.value {
                Value::Scalar(text) => values.push(Located::new(text.clone(), self.at(item))),
                _ => self.wrong_type(item, &format!("each entry of `{field}`"), "a single value"),
            }
        }
        Some((self.at(node), values))
    }

    /// An identifier: lowercase letters, digits and hyphens, starting with a letter or digit.
    pub fn id(&mut self, record: &Record, field: &str, help: &str) -> Option<Located<String>> {
        let id = self.required_text(record, field, help)?;
        if is_valid_id(&id.value) {
            return Some(id);
        }
        let suggestion = suggest_id(&id.value);
        let diagnostic = Diagnostic::new(
            Code::InvalidId,
            format!("`{}` is not a valid id", id.value),
            id.at,
            "ids use lowercase letters, digits and hyphens",
        )
        .with_help(if suggestion.is_empty() {
            "start with a letter or digit and use only a-z, 0-9 and -".to_string()
        } else {
            format!("write it as `{suggestion}`")
        });
        self.push(diagnostic);
        None
    }

    /// A date `YYYY-MM-DD`.
    pub fn date(&mut self, record: &Record, field: &str) -> Option<Located<Date>> {
        let text = self.text(record, field)?;
        match Date::parse(&text.value) {
            Ok(date) => Some(Located::new(date, text.at)),
            Err(error) => {
                let help = match crate::date::month_written(&text.value) {
                    // A month where a day goes: the day the figure stands at, or the month
                    // as a period.
                    Some((first, last)) if field == "as_of" => format!(
                        "`as_of:` is the day a figure stands at: write that day (`{last}`, \
                         the month's last, if the figure is at the month's end), or \
                         `period: {first}/{last}` for a figure about the whole month"
                    ),
                    Some((first, _)) => format!("write the day as YYYY-MM-DD, e.g. {first}"),
                    // A year, or a span of days, where a day goes: the period it is.
                    None if field == "as_of" && crate::date::Period::parse(&text.value).is_ok() => {
                        let period = text.value.trim();
                        match period.len() {
                            4 => format!(
                                "`as_of:` is the day a figure stands at: write that day \
                                 (`{period}-12-31`, the year's last, if the figure is at the \
                                 year's end), or `period: {period}` for a figure about the \
                                 whole year"
                            ),
                            _ => format!(
                                "`as_of:` is one day: a span of days is a `period:`, written \
                                 `period: {period}`"
                            ),
                        }
                    }
                    None if crate::date::is_no_such_day(&error) => {
                        crate::date::NO_SUCH_DAY_HELP.into()
                    }
                    None => other_order_help(&text.value)
                        .unwrap_or_else(|| "write dates as YYYY-MM-DD, e.g. 2020-11-21".into()),
                };
                let diagnostic = Diagnostic::new(
                    Code::InvalidDate,
                    error.message,
                    text.at,
                    "not a calendar date",
                )
                .with_help(help);
                self.push(diagnostic);
                None
            }
        }
    }

    /// A reported figure (`"7,993"`, `"3.29 million"`), read exactly; an unreadable one is
    /// reported with the label on the offending part of the scalar.
    pub fn figure(&mut self, text: Located<String>) -> Option<Located<Quantity>> {
        self.figure_in(text, None)
    }

    /// [`Reader::figure`] of a claim whose `unit:` is `unit`, which a figure written with
    /// its currency is told to keep ([`crate::quantity::QuantityError::for_a_claim_in`]).
    pub fn figure_in(
        &mut self,
        text: Located<String>,
        unit: Option<&str>,
    ) -> Option<Located<Quantity>> {
        match Quantity::parse(&text.value).map_err(|error| error.for_a_claim_in(unit)) {
            Ok(quantity) => Some(Located::new(quantity, text.at)),
            Err(error) => {
                self.push(
                    Diagnostic::new(
                        Code::InvalidQuantity,
                        format!(
                            "`{}` is not a figure claimcheck can read: {}",
                            text.value, error.message
                        ),
                        text.inner(&error.span),
                        error.message.clone(),
                    )
                    .with_help(error.help),
                );
                None
            }
        }
    }

    /// One word out of a fixed set.
    pub fn choice<T: Copy>(
        &mut self,
        record: &Record,
        field: &str,
        choices: &[(&str, T)],
    ) -> Option<Located<T>> {
        let text = self.text(record, field)?;
        if let Some((_, value)) = choices.iter().find(|(name, _)| *name == text.value) {
            return Some(Located::new(*value, text.at));
        }
        let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
        let help = match did_you_mean(&text.value, names.iter().copied()) {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!("use one of: {}", names.join(", ")),
        };
        let diagnostic = Diagnostic::new(
            Code::InvalidChoice,
            format!("`{}` is not a valid `{field}`", text.value),
            text.at,
            format!("expected one of: {}", names.join(", ")),
        )
        .with_help(help);
        self.push(diagnostic);
        None
    }
}

/// The help for a date written in another order than YYYY-MM-DD (`31.12.2022`,
/// `03/04/2022`): the day it means, or both days when it reads two ways.
pub fn other_order_help(text: &str) -> Option<String> {
    match crate::date::written_otherwise(text)[..] {
        [day] => Some(format!("dates are written YYYY-MM-DD: write `{day}`")),
        [day_first, month_first] => Some(format!(
            "dates are written YYYY-MM-DD: `{}` is `{day_first}` read day first, or \
             `{month_first}` read month first",
            text.trim()
        )),
        _ => None,
    }
}

pub fn is_valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'0'..=b'9'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'))
}

/// The id a user probably meant: lowercase, Latin letters written in ASCII as their
/// languages do without accents (`plätze-für-kinder` is `plaetze-fuer-kinder`, not
/// `pl-tze-f-r-kinder`), with runs of other characters as one hyphen. An apostrophe inside
/// a word, or the turned comma of Uzbek's `oʻ` and `gʻ`, is part of the letter or the word
/// and is left out (`oʻzbekiston` is `ozbekiston`), and so is a mark left alone.
fn suggest_id(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars().flat_map(char::to_lowercase) {
        // The dot that lowercasing leaves over the `i` of a Turkish or Azerbaijani `İ` too.
        if matches!(c, '\'' | '\u{2019}' | '\u{02BB}' | '\u{02BC}')
            || unicode_normalization::char::is_combining_mark(c)
        {
            continue;
        }
        let mut ascii = [0; 4];
        let letters = match c.is_ascii_alphanumeric() {
            true => &*c.encode_utf8(&mut ascii),
            false => super::foreign::ascii_letters(c).unwrap_or(""),
        };
        if !letters.is_empty() {
            out.push_str(letters);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The figure a comma cut in `{ ... }`, when the entry after `field` (at `entries[field]`)
/// is a key of digits written just after the comma that follows the field's number:
/// `{ max: 1,5 }` is `max: 1` and a field `5`, `{ value: 1,234,567 }` is `value: 1` and
/// fields `234` and `567`. How many keys the figure's parts take, and the help. Keys are
/// compared by where they stand, so a block mapping's `7:` on a line of its own is not one.
fn split_figure(entries: &[(Node, Node)], field: usize) -> Option<(usize, String)> {
    let (name, value) = &entries[field];
    let (Value::Scalar(name), Value::Scalar(number)) = (&name.value, &value.value) else {
        return None;
    };
    if !number.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Each part: a key of digits (with a `%` or the like after them), one comma after
    // what came before.
    let mut parts: Vec<&str> = Vec::new();
    let mut end = value.span.end;
    for (key, part_value) in &entries[field + 1..] {
        let Value::Scalar(text) = &key.value else {
            break;
        };
        let adjacent = key.span.start == end + 1;
        let first_part_or_bare = parts.is_empty() || matches!(part_value.value, Value::Null);
        if !adjacent || !text.starts_with(|c: char| c.is_ascii_digit()) || !first_part_or_bare {
            break;
        }
        parts.push(text);
        end = key.span.end;
        // Only a part without a value may be followed by another.
        if !matches!(part_value.value, Value::Null) {
            break;
        }
    }
    if parts.is_empty() {
        return None;
    }
    let written = format!("{number},{}", parts.join(","));
    let groups = parts
        .iter()
        .all(|part| part.len() == 3 && part.bytes().all(|b| b.is_ascii_digit()));
    let cut = match parts.as_slice() {
        [one] => format!("a field `{one}`"),
        several => format!(
            "fields {}",
            several
                .iter()
                .map(|part| format!("`{part}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let reads = format!(
        "in `{{ ... }}` a comma ends a field: `{name}: {written}` reads as `{name}: {number}` and {cut}"
    );
    let help = match parts.as_slice() {
        // `1,234`: thousands, or a decimal comma.
        [_] if groups => format!(
            "{reads}; quote the figure if the comma groups thousands (`{name}: \"{written}\"`), \
             or write a decimal with a point (`{name}: {}`)",
            written.replacen(',', ".", 1)
        ),
        _ if groups => format!("{reads}; quote the figure: `{name}: \"{written}\"`"),
        [decimals] => {
            format!("{reads}; the decimal mark is a point: `{name}: {number}.{decimals}`")
        }
        _ => format!("{reads}; the decimal mark is a point, and a comma groups three digits"),
    };
    Some((parts.len(), help))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_digits_and_hyphens() {
        assert!(is_valid_id("gansu-poor-counties"));
        assert!(is_valid_id("2019-census"));
        assert!(!is_valid_id("Gansu"));
        assert!(!is_valid_id("-gansu"));
        assert!(!is_valid_id("gansu counties"));
        assert!(!is_valid_id(""));
    }

    #[test]
    fn a_field_written_without_a_value_is_labelled_at_its_key() {
        for claims in [
            "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1, unit }\n",
            "source: article\nclaims:\n  - id: a\n    quote: x\n    subject: Gansu\n    metric: m\n    value: 1\n    unit:\n",
        ] {
            let outcome = crate::testing::check_files(&[("claims/c.yaml", claims)]);
            let wrong = outcome
                .diagnostics
                .iter()
                .position(|d| d.code == Code::WrongType)
                .expect("a CC012");
            assert_eq!(
                crate::testing::primary_text(&outcome, wrong),
                "unit",
                "{claims}"
            );
        }
    }

    #[test]
    fn an_empty_file_is_one_error_naming_the_fields_it_needs() {
        let outcome = crate::testing::check_files(&[
            ("claims/empty.yaml", ""),
            ("claims/comments.yaml", "# to be filled in\n"),
            ("rules/empty.yaml", "\n\n"),
        ]);
        let helps: Vec<(&str, &str)> = outcome
            .diagnostics
            .iter()
            .map(|d| (d.message.as_str(), d.help.as_deref().unwrap_or_default()))
            .collect();
        let claims = "a claims file holds `source:` (optional) and `claims:`; fill it in, or delete the file";
        assert_eq!(
            helps,
            [
                ("this claims file is empty", claims),
                ("this claims file is empty", claims),
                (
                    "this rules file is empty",
                    "a rules file holds `rules:`; fill it in, or delete the file"
                ),
            ]
        );
        // A file that is not empty but of another shape keeps the type mismatch.
        let outcome = crate::testing::check_files(&[("claims/list.yaml", "- a\n")]);
        assert!(outcome.diagnostics[0].message.contains("must be a mapping"));
    }

    #[test]
    fn a_decimal_comma_in_a_flow_mapping_is_told_as_such_and_its_rule_does_not_run() {
        let outcome = crate::testing::check_files(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1.2, unit: county }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: cap, kind: range, max: 1,5 }\n",
            ),
        ]);
        let found: Vec<(Code, &str)> = outcome
            .diagnostics
            .iter()
            .map(|d| (d.code, d.help.as_deref().unwrap_or_default()))
            .collect();
        assert_eq!(
            found,
            [(
                Code::UnknownField,
                "in `{ ... }` a comma ends a field: `max: 1,5` reads as `max: 1` and a field \
                 `5`; the decimal mark is a point: `max: 1.5`"
            )],
            "and no CC151 against a maximum of 1 that nobody wrote"
        );
        assert_eq!(outcome.summary.rules_not_run, 1);
        // In a claim, the value cut short is not read: no follow-on about `value: 1`.
        let outcome = crate::testing::check_files(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1,2% }\n",
        )]);
        let found: Vec<(Code, &str)> = outcome
            .diagnostics
            .iter()
            .map(|d| (d.code, d.labels[0].message.as_ref()))
            .collect();
        assert_eq!(
            found,
            [(Code::UnknownField, "the comma before this ended the field")]
        );
        // Thousands: one finding for every part, and both readings of one group.
        let helps = |claims: &str| -> Vec<(Code, String)> {
            crate::testing::check_files(&[("claims/c.yaml", claims)])
                .diagnostics
                .iter()
                .map(|d| (d.code, d.help.clone().unwrap_or_default().into_owned()))
                .collect()
        };
        let found = helps(
            "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1,234,567, unit: county }\n",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0]
                .1
                .ends_with("quote the figure: `value: \"1,234,567\"`"),
            "{found:?}"
        );
        let found = helps(
            "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1,500, unit: county }\n",
        );
        assert!(
            found[0].1.contains("`value: \"1,500\"`") && found[0].1.contains("`value: 1.500`"),
            "{found:?}"
        );
        // A key of digits on a line of its own in a block mapping is no cut figure.
        let found = helps(
            "source: article\nclaims:\n  - id: a\n    quote: x\n    subject: Gansu\n    metric: m\n    value: 5\n    7: x\n",
        );
        assert!(
            found
                .iter()
                .all(|(_, help)| !help.contains("a comma ends a field")),
            "{found:?}"
        );
    }

    #[test]
    fn a_misspelt_key_beside_the_field_it_resembles_leaves_that_field_read() {
        let outcome = crate::testing::check_files(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: a, ids: x, quote: x, subject: Gansu, metric: m, value: 1, unit: county, units: y }\n",
        )]);
        let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [Code::UnknownField, Code::UnknownField],
            "{:#?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_month_where_a_day_goes_gets_the_days_it_may_mean() {
        let outcome = crate::testing::check_files(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1, unit: county, as_of: 2023-02 }\n",
        )]);
        let help = outcome.diagnostics[0].help.as_deref().unwrap_or_default();
        assert_eq!(outcome.diagnostics[0].code, Code::InvalidDate);
        assert!(help.contains("`2023-02-28`"), "{help}");
        assert!(help.contains("`period: 2023-02-01/2023-02-28`"), "{help}");
    }

    #[test]
    fn a_year_or_a_span_where_a_day_goes_gets_the_period_it_is() {
        for (as_of, expected) in [
            ("\"2023\"", "`period: 2023`"),
            ("2023", "`2023-12-31`"),
            ("2025-12-05/2025-12-06", "`period: 2025-12-05/2025-12-06`"),
        ] {
            let outcome = crate::testing::check_files(&[(
                "claims/c.yaml",
                &format!(
                    "source: article\nclaims:\n  - {{ id: a, quote: x, subject: Gansu, metric: m, value: 1, unit: county, as_of: {as_of} }}\n"
                ),
            )]);
            assert_eq!(outcome.diagnostics[0].code, Code::InvalidDate, "{as_of}");
            let help = outcome.diagnostics[0].help.as_deref().unwrap_or_default();
            assert!(help.contains(expected), "{as_of}: {help}");
        }
    }

    #[test]
    fn suggested_ids_are_valid() {
        assert_eq!(suggest_id("Gansu Poor Counties"), "gansu-poor-counties");
        assert_eq!(suggest_id("  a__b  "), "a-b");
    }

    #[test]
    fn suggested_ids_write_latin_letters_without_their_accents() {
        for (id, suggested) in [
            ("plätze-für-kinder", "plaetze-fuer-kinder"),
            ("Größe-Österreich", "groesse-oesterreich"),
            ("população-são-joão", "populacao-sao-joao"),
            ("año-niño-café", "ano-nino-cafe"),
            ("Ærø-Øresund-Åland", "aero-oresund-aland"),
            ("cœur-łódź", "coeur-lodz"),
            // Azerbaijani, Uzbek, Albanian and Icelandic letters.
            ("şəki-rayonu", "seki-rayonu"),
            ("Ağdaş-Kürdəmir-İsmayıllı", "agdas-kuerdemir-ismayilli"),
            ("oʻzbekiston-gʻarbi", "ozbekiston-garbi"),
            ("shqipëri-çelës", "shqiperi-celes"),
            ("þingvellir-fjörður-ævi", "thingvellir-fjoerdur-aevi"),
            ("北京-2020", "2020"),
        ] {
            assert_eq!(suggest_id(id), suggested, "{id}");
            assert!(is_valid_id(&suggest_id(id)), "{id}");
        }
    }

    #[test]
    fn a_date_in_another_order_is_told_the_day_it_means() {
        let help = |as_of: &str| {
            let outcome = crate::testing::check_files(&[(
                "claims/c.yaml",
                &format!(
                    "source: article\nclaims:\n  - {{ id: a, quote: x, subject: Gansu, metric: m, value: 1, unit: county, as_of: \"{as_of}\" }}\n"
                ),
            )]);
            assert_eq!(outcome.diagnostics[0].code, Code::InvalidDate, "{as_of}");
            outcome.diagnostics[0]
                .help
                .clone()
                .unwrap_or_default()
                .into_owned()
        };
        for as_of in ["31.12.2022", "31/12/2022", "31-12-2022", "2022/12/31"] {
            assert_eq!(
                help(as_of),
                "dates are written YYYY-MM-DD: write `2022-12-31`",
                "{as_of}"
            );
        }
        assert_eq!(
            help("03/04/2022"),
            "dates are written YYYY-MM-DD: `03/04/2022` is `2022-04-03` read day first, or \
             `2022-03-04` read month first"
        );
        assert_eq!(
            help("31.13.2022"),
            "write dates as YYYY-MM-DD, e.g. 2020-11-21"
        );
    }
}
