use crate::Document;

/// One step of the pipeline: reads what earlier stages wrote on the document and
/// adds its own annotations, never changing the text or earlier offsets.
///
/// Stages are shared across threads; each document is processed by one thread.
pub trait Stage: Send + Sync {
    /// A short name for logs, benches and `detente explain` ("tokenizer", "actors").
    fn name(&self) -> &'static str;
    /// Annotates `doc` in place.
    fn process(&self, doc: &mut Document);
}

/// An ordered list of stages, run one after another on each document.
#[derive(Default)]
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// An empty pipeline.
    pub fn new() -> Self {
        Pipeline { stages: Vec::new() }
    }
    /// Appends a stage.
    pub fn with(mut self, stage: impl Stage + 'static) -> Self {
        self.stages.push(Box::new(stage));
        self
    }
    /// Appends a boxed stage.
    pub fn push(&mut self, stage: Box<dyn Stage>) {
        self.stages.push(stage);
    }
    /// Runs every stage on `doc`, in order.
    pub fn process(&self, doc: &mut Document) {
        for s in &self.stages {
            s.process(doc);
        }
    }
    /// The stages, in order (for benches that time each one).
    pub fn stages(&self) -> &[Box<dyn Stage>] {
        &self.stages
    }
}
