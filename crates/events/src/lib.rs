//! Events: the CAMEO ontology, verb patterns, and the coder.
#![warn(missing_docs)]

use detente_core::{Document, Stage};

/// Codes events from parsed sentences with resolved actors.
#[derive(Debug, Default)]
pub struct EventCoder;

impl Stage for EventCoder {
    fn name(&self) -> &'static str {
        "events"
    }
    fn process(&self, _doc: &mut Document) {}
}
