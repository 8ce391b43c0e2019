//! Events: what happened between whom.
//!
//! - [`CameoTable`]: the CAMEO ontology with Goldstein values, quad classes and PLOVER types
//!   (`dictionaries/cameo.tsv`).
//! - [`PatternSet`]: verb, particle, light-verb and event-noun patterns (`dictionaries/events/*.toml`),
//!   compiled once into a lemma index.
//! - [`EventCoder`]: the pipeline stage that finds source and target through the parse, the
//!   modality, and fills [`detente_core::Event`]s; [`Coder`] does the work with any dictionaries.
#![warn(missing_docs)]

mod cameo;
pub mod check;
mod coder;
mod error;
mod lexicon;
mod patterns;
#[cfg(test)]
mod testdoc;

pub use cameo::{CameoEntry, CameoTable, BUILTIN_TABLE, BUILTIN_TABLE_PATH};
pub use coder::{is_reported, Coder, EventCoder};
pub use error::EventsError;
pub use lexicon::{Lexicon, WordSet, BUILTIN_LEXICON, BUILTIN_LEXICON_PATH};
pub use patterns::{Implication, Pattern, PatternSet, TargetRole, ACT_KINDS, BUILTIN_PATTERN_FILES};
