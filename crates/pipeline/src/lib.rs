//! The coding pipeline: segmenter → tagger/parser → actors → events → dates → places.
//!
//! [`default_pipeline`] assembles the stages with the shipped models and dictionaries;
//! [`code_stream`] codes an article stream in parallel with bounded memory, handing
//! results back in input order.
#![warn(missing_docs)]

use detente_core::{Document, Pipeline};
use rayon::prelude::*;
use std::time::{Duration, Instant};

/// Builds the default pipeline with every stage and the shipped models and dictionaries.
///
/// When the shipped language model is missing or corrupt, the analyzer stage leaves
/// documents untagged; [`language_model_problem`] says why, so callers can warn.
pub fn default_pipeline() -> Pipeline {
    Pipeline::new()
        .with(detente_text::Segmenter)
        .with(detente_text::Analyzer::shipped().unwrap_or_default())
        .with(detente_actors::ActorResolver)
        .with(detente_events::EventCoder)
        .with(detente_resolve::DateResolver)
        .with(detente_resolve::PlaceResolver)
}

/// Why the shipped language model cannot be used, if it cannot.
pub fn language_model_problem() -> Option<String> {
    detente_text::Analyzer::shipped().err().map(|e| e.to_string())
}

/// Codes a batch of documents in parallel, keeping their order.
pub fn code_batch(pipeline: &Pipeline, docs: &mut [Document]) {
    docs.par_iter_mut().for_each(|d| pipeline.process(d));
}

/// How many articles, and how many raw bytes of text, one chunk of [`code_stream`] holds.
#[derive(Debug, Clone, Copy)]
pub struct ChunkLimits {
    /// Most articles in one chunk.
    pub articles: usize,
    /// Most bytes of article text in one chunk (a chunk always holds at least one article).
    pub bytes: usize,
}

impl Default for ChunkLimits {
    fn default() -> Self {
        ChunkLimits { articles: 256, bytes: 32 << 20 }
    }
}

/// Codes the documents of `input` in parallel and hands every item, coded, to `sink` in
/// input order. Errors pass through untouched in their place.
///
/// Memory is bounded: at most two chunks (see [`ChunkLimits`]) are alive at once — one
/// being coded on the rayon pool while the calling thread reads the next.
///
/// ```
/// use detente_core::{Document, Pipeline};
/// let docs = (0..10).map(|i| Ok::<_, String>(Document::new(i.to_string(), "Text.")));
/// let mut ids = Vec::new();
/// detente_pipeline::code_stream(&Pipeline::new(), docs, Default::default(), |r| ids.push(r.unwrap().id));
/// assert_eq!(ids, (0..10).map(|i| i.to_string()).collect::<Vec<_>>());
/// ```
pub fn code_stream<E, I, F>(pipeline: &Pipeline, input: I, limits: ChunkLimits, mut sink: F)
where
    E: Send,
    I: IntoIterator<Item = Result<Document, E>>,
    F: FnMut(Result<Document, E>),
{
    let mut input = input.into_iter();
    let mut current = read_chunk(&mut input, limits);
    while !current.is_empty() {
        let next = std::thread::scope(|s| {
            let coder = s.spawn(|| {
                current.par_iter_mut().for_each(|r| {
                    if let Ok(d) = r {
                        pipeline.process(d);
                    }
                })
            });
            let next = read_chunk(&mut input, limits);
            if let Err(panic) = coder.join() {
                std::panic::resume_unwind(panic);
            }
            next
        });
        for item in current.drain(..) {
            sink(item);
        }
        current = next;
    }
}

fn read_chunk<E>(input: &mut impl Iterator<Item = Result<Document, E>>, limits: ChunkLimits) -> Vec<Result<Document, E>> {
    let mut chunk = Vec::new();
    let mut bytes = 0;
    while chunk.len() < limits.articles.max(1) && bytes < limits.bytes {
        let Some(item) = input.next() else { break };
        if let Ok(d) = &item {
            bytes += d.text.len();
        }
        chunk.push(item);
    }
    chunk
}

/// Codes `docs` stage by stage (each stage over all documents in parallel), adding each
/// stage's wall time to `times` (one slot per stage, in pipeline order). For benches.
pub fn code_batch_timed(pipeline: &Pipeline, docs: &mut [Document], times: &mut [Duration]) {
    for (stage, slot) in pipeline.stages().iter().zip(times.iter_mut()) {
        let t = Instant::now();
        docs.par_iter_mut().for_each(|d| stage.process(d));
        *slot += t.elapsed();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use detente_core::Stage;

    struct Upper;
    impl Stage for Upper {
        fn name(&self) -> &'static str {
            "upper"
        }
        fn process(&self, doc: &mut Document) {
            doc.title = Some(doc.text.to_uppercase());
        }
    }

    #[test]
    fn stream_keeps_order_and_errors_in_place() {
        let p = Pipeline::new().with(Upper);
        let input = (0..1000).map(|i| if i % 7 == 0 { Err(i) } else { Ok(Document::new(i.to_string(), format!("doc {i}"))) });
        let mut seen = Vec::new();
        code_stream(&p, input, ChunkLimits { articles: 16, bytes: 1 << 20 }, |r| match r {
            Ok(d) => {
                assert_eq!(d.title.unwrap(), format!("DOC {}", d.id));
                seen.push(d.id.parse::<i32>().unwrap());
            }
            Err(i) => seen.push(i),
        });
        assert_eq!(seen, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn chunks_respect_byte_limit() {
        let mut it = (0..10).map(|i| Ok::<_, ()>(Document::new(i.to_string(), "x".repeat(100))));
        let c = read_chunk(&mut it, ChunkLimits { articles: 100, bytes: 250 });
        assert_eq!(c.len(), 3);
    }

    #[test]
    fn default_pipeline_segments_the_seed_sentences() {
        let p = default_pipeline();
        assert_eq!(p.stages()[0].name(), "segmenter");
        let mut d = Document::new("a", "Biden spoke with Xi. They agreed to talk.");
        p.process(&mut d);
        assert_eq!(d.sentences.len(), 2);
        let mut times = vec![Duration::ZERO; p.stages().len()];
        let mut docs = vec![Document::new("b", "One. Two.")];
        code_batch_timed(&p, &mut docs, &mut times);
        assert_eq!(docs[0].sentences.len(), 2);
    }
}
