//! Tagger, lemmatizer and dependency parser.
use detente_core::{Document, Stage};

/// Tags, lemmatizes and parses every sentence of a document.
#[derive(Debug, Default)]
pub struct Analyzer;

impl Stage for Analyzer {
    fn name(&self) -> &'static str {
        "analyzer"
    }
    fn process(&self, _doc: &mut Document) {}
}
