//! The coding pipeline: segmenter → tagger/parser → actors → events → dates → places.
#![warn(missing_docs)]

use detente_core::{Document, Pipeline};

/// Builds the default pipeline with every stage and the shipped models and dictionaries.
pub fn default_pipeline() -> Pipeline {
    Pipeline::new()
        .with(detente_text::Segmenter)
        .with(detente_text::Analyzer)
        .with(detente_actors::ActorResolver)
        .with(detente_events::EventCoder)
        .with(detente_resolve::DateResolver)
        .with(detente_resolve::PlaceResolver)
}

/// Codes a batch of documents in parallel, keeping their order.
pub fn code_batch(pipeline: &Pipeline, docs: &mut [Document]) {
    use rayon::prelude::*;
    docs.par_iter_mut().for_each(|d| pipeline.process(d));
}
