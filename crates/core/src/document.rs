use crate::{Event, Mention, PlaceMention, TextRange, TimeExpr, Token};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Where a piece of input came from: a file (or `-` for stdin) and, where it
/// applies, a 1-based line or record number. Every error and diagnostic names one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Place {
    /// File path, or "-" for standard input.
    pub file: String,
    /// 1-based line (JSON lines) or record (WARC) number, when meaningful.
    pub line: Option<u64>,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}", self.file, l),
            None => write!(f, "{}", self.file),
        }
    }
}

/// A note a stage leaves on a document: something it could not use or resolve.
/// Counted and shown by `detente explain`, never raised as an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The stage that left it ("actors", "events", ...).
    pub stage: String,
    /// A short machine-readable kind ("unresolved-mention").
    pub kind: String,
    /// Where in the clean text, when it concerns a span.
    pub range: Option<TextRange>,
    /// Human-readable detail.
    pub message: String,
}

/// A sentence: a range of the clean text and the tokens inside it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Sentence {
    /// Where the sentence is in the clean text.
    pub range: TextRange,
    /// Indices of its tokens in [`Document::tokens`].
    pub tokens: Range<u32>,
}

impl Sentence {
    /// Token indices as a `usize` range.
    pub fn token_range(&self) -> Range<usize> {
        self.tokens.start as usize..self.tokens.end as usize
    }
}

/// One news article and everything the pipeline found in it.
///
/// The document owns flat vectors; sentences, mentions and events refer to
/// tokens by index and to text by [`TextRange`] into [`Document::text`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Document {
    /// Stable id (from the input, or the file name, or the line number).
    pub id: String,
    /// Publication date; relative dates ("last June") resolve against it.
    pub date: Option<NaiveDate>,
    /// Headline, when known.
    pub title: Option<String>,
    /// Source URL, when known.
    pub url: Option<String>,
    /// Publisher ("CNN"), when known.
    pub publisher: Option<String>,
    /// Clean article text: body only, furniture removed. All offsets point here.
    pub text: String,
    /// Where the article was read from.
    pub origin: Place,
    /// Alignment of clean text to raw input: sorted `(clean_offset, raw_offset)`
    /// checkpoints, one at the start of each kept run of raw text. Empty when the
    /// clean text is the raw text.
    pub alignment: Vec<(u32, u32)>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Actor mentions, resolved to CAMEO actor codes.
    pub mentions: Vec<Mention>,
    /// Coded events.
    pub events: Vec<Event>,
    /// Temporal expressions found, with their resolution.
    pub times: Vec<TimeExpr>,
    /// Place mentions found, with their resolution.
    pub places: Vec<PlaceMention>,
    /// Notes left by stages (unresolved mentions, rejected candidates, ...).
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// A document with the given id and clean text and nothing else.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document { id: id.into(), text: text.into(), ..Default::default() }
    }
    /// The text under a range.
    pub fn slice(&self, r: TextRange) -> &str {
        &self.text[r.to_range()]
    }
    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &str {
        self.slice(self.tokens[i].range)
    }
    /// The tokens of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> &[Token] {
        &self.tokens[self.sentences[s].token_range()]
    }
    /// The sentence that holds token `i` (binary search).
    pub fn sentence_of_token(&self, i: usize) -> Option<usize> {
        let i = i as u32;
        let k = self.sentences.partition_point(|s| s.tokens.end <= i);
        (k < self.sentences.len() && self.sentences[k].tokens.contains(&i)).then_some(k)
    }
    /// Direct dependents of token `i`, in order (scans the token's sentence).
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let range = self.sentence_of_token(i).map(|s| self.sentences[s].token_range()).unwrap_or(0..0);
        range.filter(move |&j| self.tokens[j].head == Some(i as u32))
    }
    /// Maps a clean-text offset back to the raw input offset, using [`Document::alignment`].
    pub fn raw_offset(&self, clean: usize) -> usize {
        let clean = clean as u32;
        let k = self.alignment.partition_point(|&(c, _)| c <= clean);
        if k == 0 {
            return clean as usize;
        }
        let (c, r) = self.alignment[k - 1];
        (r + (clean - c)) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_offsets_follow_alignment() {
        let mut d = Document::new("a", "Hello world");
        d.alignment = vec![(0, 10), (6, 30)];
        assert_eq!(d.raw_offset(0), 10);
        assert_eq!(d.raw_offset(4), 14);
        assert_eq!(d.raw_offset(7), 31);
    }

    #[test]
    fn sentence_of_token_finds_owner() {
        let mut d = Document::new("a", "A b. C d.");
        d.sentences = vec![
            Sentence { range: TextRange::new(0, 4), tokens: 0..3 },
            Sentence { range: TextRange::new(5, 9), tokens: 3..6 },
        ];
        assert_eq!(d.sentence_of_token(0), Some(0));
        assert_eq!(d.sentence_of_token(4), Some(1));
        assert_eq!(d.sentence_of_token(6), None);
    }
}
