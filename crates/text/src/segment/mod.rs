//! Sentence splitting and tokenization: the [`Segmenter`] stage.
//!
//! Rule-based and tuned to news: abbreviations ("U.S.", "Sen.", "Jan."), initials,
//! decimals, quotes and brackets after a final stop, headlines and paragraphs without a
//! final stop (a blank line always ends a sentence), datelines ("BEIJING (Reuters) -").
//! Tokens follow Penn/UD English (see [`tokenize`]). Every range is an exact byte range
//! of the clean text.
//!
//! ```
//! use detente_core::{Document, Stage};
//! let mut doc = Document::new("d", "Sen. Warren met U.S. officials. They didn't agree.");
//! detente_text::Segmenter.process(&mut doc);
//! assert_eq!(doc.sentences.len(), 2);
//! assert_eq!(doc.slice(doc.sentences[1].range), "They didn't agree.");
//! assert_eq!(doc.token_text(8), "n't");
//! ```
use detente_core::{Document, Sentence, Stage, Token};

pub mod abbrev;
pub mod eval;
pub mod tokenize;

use abbrev::{is_sentence_starter, AbbrevKind, Abbreviations};
use tokenize::RawToken;

/// The longest sentence, in tokens: longer runs are cut so later stages stay linear.
pub const MAX_SENTENCE_TOKENS: usize = 250;
/// A line shorter than this (in bytes) that ends without a stop and is followed by a
/// single line break and a capitalized line is taken as a headline or list item.
const SHORT_LINE: usize = 60;

/// Splits a document's clean text into sentences and tokens.
#[derive(Debug, Default)]
pub struct Segmenter;

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segmenter"
    }
    fn process(&self, doc: &mut Document) {
        let (sentences, tokens) = segment(&doc.text);
        doc.sentences = sentences;
        doc.tokens = tokens;
    }
}

/// Segments `text` into sentences and tokens (what [`Segmenter`] stores on a document).
pub fn segment(text: &str) -> (Vec<Sentence>, Vec<Token>) {
    let abbrevs = Abbreviations::shipped();
    let mut raw = Vec::with_capacity(text.len() / 5 + 1);
    tokenize::tokenize(text, abbrevs, &mut raw);
    let mut tokens = Vec::with_capacity(raw.len());
    for t in &raw {
        let end = t.range.end as usize;
        let space_after = text[end..].starts_with(char::is_whitespace);
        tokens.push(Token { space_after, ..Token::new(t.range) });
    }
    let mut sentences = Vec::new();
    let mut start = 0usize;
    for end in sentence_ends(text, &raw, abbrevs) {
        let range = raw[start].range.cover(raw[end - 1].range);
        sentences.push(Sentence { range, tokens: start as u32..end as u32 });
        start = end;
    }
    (sentences, tokens)
}

fn is_terminal(t: &str) -> bool {
    !t.is_empty() && t.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn is_closer(t: &str) -> bool {
    matches!(t, "\"" | "”" | "’" | "'" | ")" | "]" | "}" | "»" | "''" | "“" | "‘") || is_terminal(t)
}

/// Whether a token can begin a sentence: anything but a word in lower case.
fn can_start(t: &str) -> bool {
    !t.starts_with(|c: char| c.is_lowercase())
}

/// Token indices (exclusive ends) where sentences end.
fn sentence_ends(text: &str, toks: &[RawToken], abbrevs: &Abbreviations) -> Vec<usize> {
    let n = toks.len();
    let mut ends = Vec::new();
    let tok = |i: usize| &text[toks[i].range];
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let t = tok(i);
        let mut boundary = None; // index of the first token of the next sentence
        if is_terminal(t) {
            let mut j = i + 1;
            while j < n && toks[j].newlines_before == 0 && is_closer(tok(j)) && toks[j].range.start == toks[j - 1].range.end {
                j += 1;
            }
            if j == n || toks[j].newlines_before > 0 || can_start(tok(j)) {
                boundary = Some(j);
            } else {
                i = j - 1;
            }
        } else if t.len() > 1 && t.ends_with('.') && i + 1 < n {
            // An abbreviation that kept its period: "U.S." ends a sentence only before a
            // usual sentence starter; titles ("Sen.") never do.
            let word = &t[..t.len() - 1];
            let title = abbrevs.kind(word) == Some(AbbrevKind::Title);
            if !title && is_sentence_starter(tok(i + 1)) {
                boundary = Some(i + 1);
            }
        }
        if boundary.is_none() && i + 1 < n {
            let gap = toks[i + 1].newlines_before;
            if gap >= 2 || (gap == 1 && short_line_break(text, toks, i)) {
                boundary = Some(i + 1);
            }
        }
        if boundary.is_none() && i + 1 - start >= MAX_SENTENCE_TOKENS {
            boundary = Some(i + 1);
        }
        match boundary {
            Some(b) if b < n => {
                ends.push(b);
                start = b;
                i = b;
            }
            Some(_) => break,
            None => i += 1,
        }
    }
    if start < n {
        ends.push(n);
    }
    ends
}

/// A single line break after token `i` ends a sentence when the line is short (a headline,
/// a list item, a dateline on its own line) and the next line starts with a capital.
fn short_line_break(text: &str, toks: &[RawToken], i: usize) -> bool {
    let end = toks[i].range.end as usize;
    let line_start = text[..end].rfind('\n').map_or(0, |p| p + 1);
    let last = &text[toks[i].range];
    let next = &text[toks[i + 1].range];
    end - line_start < SHORT_LINE
        && !last.ends_with([',', ';', ':', '-', '–', '—', '(', '&'])
        && next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'(•*-–—".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(s: &str) -> Vec<String> {
        let (ss, _) = segment(s);
        ss.iter().map(|x| s[x.range].to_string()).collect()
    }

    #[test]
    fn news_sentences() {
        assert_eq!(
            sents("Sen. Warren met Gen. Milley on Jan. 5 in Washington. The U.S. Embassy said it was 3.5 times larger. He left."),
            ["Sen. Warren met Gen. Milley on Jan. 5 in Washington.", "The U.S. Embassy said it was 3.5 times larger.", "He left."]
        );
        assert_eq!(sents("They met in the U.S. The talks ended."), ["They met in the U.S.", "The talks ended."]);
        assert_eq!(sents("John F. Kennedy spoke. J. R. R. Tolkien wrote."), ["John F. Kennedy spoke.", "J. R. R. Tolkien wrote."]);
    }

    #[test]
    fn quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            sents("“We are in a different place,” an official said. “Talks (which began in May.) will go on.” Then he left."),
            ["“We are in a different place,” an official said.", "“Talks (which began in May.) will go on.”", "Then he left."]
        );
        assert_eq!(sents("“Why?” he asked. She laughed!"), ["“Why?” he asked.", "She laughed!"]);
    }

    #[test]
    fn headlines_paragraphs_and_datelines() {
        assert_eq!(
            sents("Blinken to travel to China\n\nBEIJING (Reuters) - China said on Friday it would talk.\nShort headline\nNext line starts here."),
            ["Blinken to travel to China", "BEIJING (Reuters) - China said on Friday it would talk.", "Short headline", "Next line starts here."]
        );
        // hard-wrapped prose is not split at its line breaks
        let wrapped = "THE ARMED FORCES OF EL SALVADOR TODAY REPORTED THAT A GROUP OF GUERRILLAS\nATTACKED A MILITARY POST NEAR THE CAPITAL.";
        assert_eq!(sents(wrapped).len(), 1);
        assert_eq!(sents("WASHINGTON, April 19 (AP) — The Senate voted. It adjourned."), ["WASHINGTON, April 19 (AP) — The Senate voted.", "It adjourned."]);
        assert_eq!(sents("Pro-Beijing - and other - groups met."), ["Pro-Beijing - and other - groups met."]);
    }

    #[test]
    fn spans_are_exact_and_space_after_is_set() {
        let text = "China’s support, don't.";
        let (ss, ts) = segment(text);
        assert_eq!(ss.len(), 1);
        let words: Vec<&str> = ts.iter().map(|t| &text[t.range]).collect();
        assert_eq!(words, ["China", "’s", "support", ",", "do", "n't", "."]);
        let spaces: Vec<bool> = ts.iter().map(|t| t.space_after).collect();
        assert_eq!(spaces, [false, true, false, true, false, false, false]);
    }

    #[test]
    fn empty_and_whitespace_text() {
        assert!(segment("").0.is_empty());
        assert!(segment(" \n\n ").1.is_empty());
        assert_eq!(sents("..."), ["..."]);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn offsets_are_exact_ordered_and_inside_sentences(text in "[A-Za-z0-9 .,!?'’\"“”()\\-$%\n:/é…—]{0,200}") {
                let text: &str = &text;
                let (ss, ts) = segment(text);
                let mut prev_end = 0u32;
                for t in &ts {
                    prop_assert!(t.range.start < t.range.end);
                    prop_assert!(t.range.start >= prev_end);
                    prop_assert!(text.is_char_boundary(t.range.start as usize) && text.is_char_boundary(t.range.end as usize));
                    prop_assert!(!text[t.range].contains(char::is_whitespace));
                    prev_end = t.range.end;
                }
                let mut next_tok = 0u32;
                for s in &ss {
                    prop_assert_eq!(s.tokens.start, next_tok);
                    prop_assert!(s.tokens.end > s.tokens.start);
                    for t in &ts[s.token_range()] {
                        prop_assert!(s.range.contains(t.range));
                    }
                    next_tok = s.tokens.end;
                }
                prop_assert_eq!(next_tok as usize, ts.len());
                // every non-space character is in some token
                let covered: usize = ts.iter().map(|t| t.range.len()).sum();
                let non_space: usize = text.chars().filter(|c| !c.is_whitespace()).map(char::len_utf8).sum();
                prop_assert_eq!(covered, non_space);
            }
        }
    }
}
