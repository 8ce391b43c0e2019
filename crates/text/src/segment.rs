//! Sentence splitting and tokenization.
use detente_core::{Document, Stage};

/// Splits a document's clean text into sentences and tokens.
#[derive(Debug, Default)]
pub struct Segmenter;

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segmenter"
    }
    fn process(&self, _doc: &mut Document) {}
}
