//! Actors: who is who, and resolving every mention to a CAMEO actor code.
//!
//! The dictionaries in `dictionaries/actors/` (TOML: `[[actor]]`, `[[person]]`, `[[agent]]`)
//! are embedded in the binary and compiled once into an [`ActorDictionary`]: one
//! Aho-Corasick automaton over normalized, space-delimited word sequences. The
//! [`ActorResolver`] stage reads a document's tokens (and parse, when present) and adds
//! [`detente_core::Mention`]s: compounds, possessives, titles, dated roles, capitals that
//! act, and coreference of pronouns, titles, surnames and "the two countries".
//! The word lists its rules read (which words make a city a place, a weapon an actor only
//! with a country, ...) are data too: `dictionaries/actors/words.toml`, read by [`words`].
#![warn(missing_docs)]

pub mod check;
pub mod coverage;
pub mod dictionary;
#[cfg(test)]
mod eval;
mod petrarch;
pub mod lookup;
pub mod matcher;
pub mod resolver;
pub mod simple;
pub mod words;

pub use dictionary::{DictionaryError, FileConfig, Role};
pub use lookup::{lookup, LookupResult};
pub use matcher::{ActorDictionary, Entry, EntryKind, Form};
pub use resolver::{shipped, ActorResolver, DictionaryResolver};

/// CAMEO codes of three letters that are not countries (regions as in the CAMEO actor codebook:
/// North America is NMR, NAM being Namibia's ISO code).
pub const NON_COUNTRY: &[&str] = &[
    "IGO", "NGO", "IMG", "MNC", "UIS", "NGM", "INT", "AFR", "ASA", "EUR", "MEA", "WST", "SAM", "NMR", "CAU", "SCN", "BLK", "LAM", "CAS", "CRB", "SEA",
    "SAS", "EAF", "WAF", "NAF", "SAF", "EEU", "WEU", "PGS", "MDT", "ARB",
];
