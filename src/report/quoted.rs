//! The `quoted` words of a message (claim ids, names, values), which the formats that can
//! show code set as code.
//!
//! Messages quote what the input wrote between backticks, and the input may hold a
//! backtick itself (a member named ``Y`y``). Splitting at every backtick would then set the
//! rest of the message as code and leave a stray backtick: a quotation opens at a backtick
//! that starts a word (nothing or no letter or digit before it) and closes at the last
//! backtick before the next that starts one, where a backtick ends a word (no letter or
//! digit after it). A backtick that opens no quotation is text.

/// One piece of a message: prose, or a quotation without its backticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Prose(&'a str),
    Quoted(&'a str),
}

/// The pieces of `message`, in order; together they hold all of it but the backticks that
/// open and close quotations.
pub fn pieces(message: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut prose_from = 0;
    let mut at = 0;
    while let Some(found) = message[at..].find('`') {
        let open = at + found;
        if !starts_a_quotation(message, open) {
            at = open + 1;
            continue;
        }
        match closing_backtick(message, open + 1) {
            Some(close) => {
                if prose_from < open {
                    out.push(Piece::Prose(&message[prose_from..open]));
                }
                out.push(Piece::Quoted(&message[open + 1..close]));
                prose_from = close + 1;
                at = close + 1;
            }
            None => at = open + 1,
        }
    }
    if prose_from < message.len() {
        out.push(Piece::Prose(&message[prose_from..]));
    }
    out
}

/// Whether the backtick at `at` may open a quotation: no letter or digit before it.
fn starts_a_quotation(message: &str, at: usize) -> bool {
    !message[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// The backtick that closes a quotation whose text starts at `from`: the last backtick that
/// ends a word before the next backtick that could open another quotation after a space.
fn closing_backtick(message: &str, from: usize) -> Option<usize> {
    let ends_a_word = |at: usize| {
        !message[at + 1..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    };
    let mut close = None;
    for (offset, _) in message[from..].match_indices('`') {
        let at = from + offset;
        // `a` then ` `b` or ` (`b`)`: a backtick after a space, or one that starts a word
        // after punctuation, opens the next quotation once this one has a close.
        if close.is_some()
            && (message[..at].ends_with(' ')
                || (starts_a_quotation(message, at) && !ends_a_word(at)))
        {
            break;
        }
        if at > from && ends_a_word(at) {
            close = Some(at);
        }
    }
    close
}

#[cfg(test)]
mod tests {
    use super::Piece::{Prose, Quoted};
    use super::*;

    #[test]
    fn quoted_words_are_told_from_prose() {
        assert_eq!(
            pieces("claim `a` lists `Hong Kong`, which its quote does not name"),
            [
                Prose("claim "),
                Quoted("a"),
                Prose(" lists "),
                Quoted("Hong Kong"),
                Prose(", which its quote does not name")
            ]
        );
        assert_eq!(pieces("no quotation"), [Prose("no quotation")]);
        assert_eq!(pieces("`whole`"), [Quoted("whole")]);
    }

    #[test]
    fn a_backtick_inside_a_quoted_name_stays_in_it() {
        assert_eq!(
            pieces("the member `Y`y` names no known entity"),
            [
                Prose("the member "),
                Quoted("Y`y"),
                Prose(" names no known entity")
            ]
        );
        assert_eq!(
            pieces("claim `t` lists `Y`y`, which its quote does not name"),
            [
                Prose("claim "),
                Quoted("t"),
                Prose(" lists "),
                Quoted("Y`y"),
                Prose(", which its quote does not name")
            ]
        );
        assert_eq!(
            pieces("`a` and `b`"),
            [Quoted("a"), Prose(" and "), Quoted("b")]
        );
    }

    #[test]
    fn a_quotation_after_punctuation_is_its_own() {
        assert_eq!(
            pieces("`june` reports 38, below 42 (`may`)"),
            [
                Quoted("june"),
                Prose(" reports 38, below 42 ("),
                Quoted("may"),
                Prose(")")
            ]
        );
        assert_eq!(
            pieces("`a`, then \"`b`\""),
            [Quoted("a"), Prose(", then \""), Quoted("b"), Prose("\"")]
        );
    }

    #[test]
    fn a_backtick_that_opens_nothing_is_text() {
        assert_eq!(
            pieces("a `b` `<i>"),
            [Prose("a "), Quoted("b"), Prose(" `<i>")]
        );
        assert_eq!(pieces("it`s"), [Prose("it`s")]);
        assert_eq!(pieces("``"), [Prose("``")]);
    }

    proptest::proptest! {
        #[test]
        fn prop_the_pieces_hold_the_whole_message(message in "[a` b]{0,24}") {
            let joined: String = pieces(&message)
                .iter()
                .map(|piece| match piece {
                    Prose(text) => text.to_string(),
                    Quoted(text) => format!("`{text}`"),
                })
                .collect();
            proptest::prop_assert_eq!(joined, message);
        }
    }
}
