//! Language layer: sentence splitting, tokenization, tagging, lemmas and parsing.
//!
//! - [`segment`]: the [`Segmenter`] stage (sentences and Penn/UD tokens).
//! - [`language`]: the [`Analyzer`] stage (tagger, lemmatizer, dependency parser).
#![warn(missing_docs)]

pub mod language;
pub mod segment;

pub use language::Analyzer;
pub use segment::Segmenter;
