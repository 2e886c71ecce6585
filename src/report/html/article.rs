//! An article's full text, with every claim's passage marked and the places findings point
//! at linked both ways. The text is cut at every start and end of a passage or label, and
//! walked once: overlapping passages become consecutive marks, each naming every claim
//! that covers it.

use maud::{Markup, html};

use super::{Page, finding_id, label_anchor, passage_anchor, severity_class};
use crate::diagnostic::Severity;
use crate::files::FileId;
use crate::hashing::HashMap;
use crate::model::SourceId;

enum Covers {
    Passage(usize),
    Label { finding: usize, label: usize },
}

struct Stretch {
    start: usize,
    end: usize,
    covers: Covers,
}

enum Piece<'t> {
    Anchor(String),
    Text(&'t str),
    Mark {
        text: &'t str,
        class: String,
        claims: String,
        title: String,
    },
    Back {
        finding: usize,
        code: &'static str,
        severity: Severity,
    },
}

/// Most claims (and findings) one mark names: a passage that thousands of claims quote
/// would otherwise name them all, at every stretch of it.
const NAMED_PER_MARK: usize = 20;

pub(super) fn text(page: &Page, source: SourceId, file: FileId) -> Markup {
    let project = &page.outcome.project;
    // The article's language, when its source declares it: the browser hyphenates, reads
    // aloud and spell-checks the text as that language rather than as the page's English.
    let language = project.source(source).language_tag();
    let diagnostics = &page.outcome.diagnostics;
    let text: &str = project.files.get(file).text();
    let boundary = |mut at: usize| {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let mut stretches: Vec<Stretch> = Vec::new();
    for &claim in page.passages.get(&file).map_or(&[][..], Vec::as_slice) {
        if let Some(passage) = &project.claims[claim].passage {
            stretches.push(Stretch {
                start: boundary(passage.span().start),
                end: boundary(passage.span().end),
                covers: Covers::Passage(claim),
            });
        }
    }
    for &(finding, label) in page.labels.get(&file).map_or(&[][..], Vec::as_slice) {
        let span = &diagnostics[finding].labels[label].location.span();
        stretches.push(Stretch {
            start: boundary(span.start),
            end: boundary(span.end),
            covers: Covers::Label { finding, label },
        });
    }
    for stretch in &mut stretches {
        stretch.end = stretch.end.max(stretch.start);
    }
    let mut cuts: Vec<usize> = stretches
        .iter()
        .flat_map(|s| [s.start, s.end])
        .chain([0, text.len()])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut starting: HashMap<usize, Vec<usize>> = HashMap::default();
    let mut ending: HashMap<usize, Vec<usize>> = HashMap::default();
    for (index, stretch) in stretches.iter().enumerate() {
        starting.entry(stretch.start).or_default().push(index);
        ending.entry(stretch.end).or_default().push(index);
    }

    let mut pieces: Vec<Piece> = Vec::new();
    let mut active: Vec<usize> = Vec::new();
    for (i, &at) in cuts.iter().enumerate() {
        // Links back from the places findings point at, where each place ends.
        for &index in ending.get(&at).map_or(&[][..], Vec::as_slice) {
            if let Covers::Label { finding, .. } = stretches[index].covers {
                let d = &diagnostics[finding];
                pieces.push(Piece::Back {
                    finding,
                    code: d.code.id(),
                    severity: d.severity,
                });
            }
        }
        active.retain(|&index| stretches[index].end > at);
        for &index in starting.get(&at).map_or(&[][..], Vec::as_slice) {
            pieces.push(Piece::Anchor(match stretches[index].covers {
                Covers::Passage(claim) => passage_anchor(&project.claims[claim].id.value),
                Covers::Label { finding, label } => label_anchor(finding, label),
            }));
            if stretches[index].end > at {
                active.push(index);
            }
        }
        let Some(&next) = cuts.get(i + 1) else {
            break;
        };
        let piece = &text[at..next];
        if active.is_empty() {
            pieces.push(Piece::Text(piece));
            continue;
        }
        let mut claims = Vec::new();
        let mut claims_not_named = 0;
        let mut codes = Vec::new();
        let mut codes_not_named = 0;
        let mut severity = None;
        for &index in &active {
            match stretches[index].covers {
                Covers::Passage(_) if claims.len() == NAMED_PER_MARK => claims_not_named += 1,
                Covers::Passage(claim) => claims.push(project.claims[claim].id.value.as_str()),
                Covers::Label { finding, .. } => {
                    let d = &diagnostics[finding];
                    match codes.len() {
                        NAMED_PER_MARK => codes_not_named += 1,
                        _ => codes.push(d.code.id()),
                    }
                    severity = severity.max(Some(d.severity));
                }
            }
        }
        let more = |n: usize| match n {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        let mut title = format!("claims: {}{}", claims.join(", "), more(claims_not_named));
        if !codes.is_empty() {
            title.push_str(&format!(
                "\nfindings: {}{}",
                codes.join(", "),
                more(codes_not_named)
            ));
        }
        pieces.push(Piece::Mark {
            text: piece,
            // Findings stand out by severity, with a symbol (see the style) as well as colour.
            class: match severity {
                Some(severity) => format!("passage finding {}", severity_class(severity)),
                None => "passage".to_string(),
            },
            claims: claims.join(" "),
            title,
        });
    }

    html! {
        div.text lang=[language] {
            @for piece in &pieces {
                @match piece {
                    Piece::Anchor(id) => { span.anchor id=(id) {} }
                    Piece::Text(text) => { (text) }
                    Piece::Mark { text, class, claims, title } => {
                        mark class=(class) tabindex="0" data-claims=(claims) title=(title) { (text) }
                    }
                    Piece::Back { finding, code, severity } => {
                        a class={ "back " (severity_class(*severity)) } href={ "#" (finding_id(*finding)) } { "↩ " (code) }
                    }
                }
            }
        }
    }
}
