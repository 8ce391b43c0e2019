//! Actors: who is who, and resolving every mention to a CAMEO actor code.
#![warn(missing_docs)]

use detente_core::{Document, Stage};

/// Finds actor mentions and resolves them to CAMEO actor codes.
#[derive(Debug, Default)]
pub struct ActorResolver;

impl Stage for ActorResolver {
    fn name(&self) -> &'static str {
        "actors"
    }
    fn process(&self, _doc: &mut Document) {}
}
