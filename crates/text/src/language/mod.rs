//! Tagger, lemmatizer and dependency parser: the [`Analyzer`] stage.
//!
//! - [`conllu`]: reading and writing Universal Dependencies treebanks.
//! - [`tagger`]: averaged-perceptron UPOS + Penn tagger.
//! - [`lemma`]: lemmatizer learned from treebank lemmas.
//! - [`morph`]: morphological features (tense, number, verb form ...) from tags and parse.
//! - [`parser`]: arc-hybrid transition parser with a dynamic oracle.
//! - [`repair`]: post-parse repairs of news parse slips (switchable bit by bit).
//! - [`clusters`]: word clusters from unlabeled text (exchange algorithm), tagger and parser features.
//! - [`train`] and [`eval`]: `detente train-language` and `detente eval-language`.
//!
//! The shipped model (`models/en/analyzer.bin`, built by `detente train-language`) is
//! embedded in the binary and decoded once per process; every [`Analyzer`] shares it.
use detente_core::{Document, Stage, Token};
use std::path::Path;
use std::sync::{Arc, OnceLock};

pub mod clusters;
pub mod codec;
pub mod conllu;
pub mod eval;
pub mod hashing;
pub mod irregular;
pub mod lemma;
pub mod morph;
pub mod parser;
pub mod repair;
pub mod tagger;
pub mod train;
pub mod weights;

use codec::{Reader, Writer};
use lemma::Lemmatizer;
use parser::{ParseInput, ParseScratch, Parser};
use tagger::{TagScratch, Tagger};

/// The words of a one-word-per-line list from `dictionaries/language/` (blank lines and `#`
/// comments skipped), for the small closed lists the stages consult ("-sis" nouns, time nouns).
pub(crate) fn word_list(text: &'static str) -> std::collections::HashSet<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

/// Problems loading a language model.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The model file could not be read.
    #[error("{0}: {1}")]
    Io(String, String),
    /// The file is not a detente language model.
    #[error("not a detente language model (bad magic bytes)")]
    BadMagic,
    /// The file ends early.
    #[error("model file truncated at byte {0}")]
    Truncated(usize),
    /// The file is inconsistent.
    #[error("corrupt model: {0}")]
    Corrupt(String),
    /// No model was embedded at build time.
    #[error("no language model was embedded in this build (run `detente train-language`)")]
    NotShipped,
}

const MAGIC: &[u8; 8] = b"DTLANG01";

/// The file name of a model inside its directory (`models/en/analyzer.bin`).
pub const MODEL_FILE: &str = "analyzer.bin";

static SHIPPED_BYTES: &[u8] = include_bytes!("../../../../models/en/analyzer.bin");
static SHIPPED: OnceLock<Result<Arc<Model>, String>> = OnceLock::new();

/// A trained tagger, lemmatizer and parser.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Part-of-speech tagger.
    pub tagger: Tagger,
    /// Lemmatizer.
    pub lemmatizer: Lemmatizer,
    /// Dependency parser.
    pub parser: Parser,
}

/// The analysis of one word.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WordAnalysis {
    /// Universal POS tag.
    pub upos: detente_core::Upos,
    /// Penn tag.
    pub xpos: detente_core::Xpos,
    /// Lemma.
    pub lemma: String,
    /// Head as a 1-based word number in the sentence; 0 for the root.
    pub head: u32,
    /// Relation to the head.
    pub deprel: detente_core::DepRel,
}

/// Reusable buffers for analysis (one per thread or per document).
#[derive(Debug, Default)]
pub struct Scratch {
    tag: TagScratch,
    classes: Vec<u8>,
    input: Vec<ParseInput>,
    parse: ParseScratch,
}

impl Model {
    /// Encodes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.bytes(MAGIC);
        self.tagger.write(&mut w);
        self.lemmatizer.write(&mut w);
        self.parser.write(&mut w);
        self.lemmatizer.write_vocabulary(&mut w);
        if !self.tagger.clusters.is_empty() {
            self.tagger.clusters.write(&mut w);
        }
        w.into_inner()
    }
    /// Decodes a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader::new(bytes);
        if r.bytes().ok() != Some(&MAGIC[..]) {
            return Err(ModelError::BadMagic);
        }
        let mut model = Model { tagger: Tagger::read(&mut r)?, lemmatizer: Lemmatizer::read(&mut r)?, parser: Parser::read(&mut r)? };
        // Sections added later, optional so that older model files still load.
        if !r.at_end() {
            model.lemmatizer.read_vocabulary(&mut r)?;
        }
        if !r.at_end() {
            model.tagger.clusters = clusters::Clusters::read(&mut r)?;
        }
        if model.parser.clustered && model.tagger.clusters.is_empty() {
            return Err(ModelError::Corrupt("the parser reads word clusters but the model has none".into()));
        }
        Ok(model)
    }
    /// Loads `DIR/analyzer.bin` (or the file itself when `path` is a file).
    pub fn load(path: &Path) -> Result<Model, ModelError> {
        let file = if path.is_dir() { path.join(MODEL_FILE) } else { path.to_path_buf() };
        let bytes = std::fs::read(&file).map_err(|e| ModelError::Io(file.display().to_string(), e.to_string()))?;
        Model::from_bytes(&bytes)
    }
    /// Tags, lemmatizes and parses one sentence's words into `out`.
    pub fn analyze(&self, words: &[&str], scratch: &mut Scratch, out: &mut Vec<WordAnalysis>) {
        self.tag_parse(words.iter().copied(), scratch);
        out.clear();
        for (i, w) in words.iter().enumerate() {
            let (upos, xpos) = self.tagger.class(scratch.classes[i]);
            out.push(WordAnalysis {
                upos,
                xpos,
                lemma: self.lemmatizer.lemma(w, xpos),
                head: Some(scratch.parse.state.heads[i + 1]).filter(|&h| h as usize <= words.len()).unwrap_or(0),
                deprel: self.parser.labels.get(scratch.parse.state.labels[i + 1] as usize).copied().unwrap_or_default(),
            });
        }
        repair::repair(out, self.parser.repairs_off());
        // A verb form a repair read as a noun ("money laundering by ...": `repair::GERUND_OBJECT`)
        // takes the noun's lemma, its own form.
        for (a, w) in out.iter_mut().zip(words) {
            if a.upos == detente_core::Upos::Noun && a.xpos.as_str() == "NN" && a.lemma != *w && w.ends_with("ing") && !a.lemma.ends_with("ing") {
                a.lemma = self.lemmatizer.lemma(w, a.xpos);
            }
        }
    }
    /// Tags and parses without lemmas (results stay in `scratch`); for benches.
    pub fn tag_parse<'a>(&self, words: impl Iterator<Item = &'a str> + Clone, scratch: &mut Scratch) {
        self.tagger.tag(words, &mut scratch.tag, &mut scratch.classes);
        scratch.input.clear();
        // The tagger already hashed each word's lower form and looked up its cluster.
        scratch.input.extend(scratch.tag.lower_and_clusters().zip(&scratch.classes).map(|((word, cluster), &c)| ParseInput { word, tag: c, cluster }));
        self.parser.parse(&scratch.input, &mut scratch.parse);
    }
    /// Tags only (results stay in `scratch`); for benches.
    pub fn tag_only<'a>(&self, words: impl Iterator<Item = &'a str>, scratch: &mut Scratch) {
        self.tagger.tag(words, &mut scratch.tag, &mut scratch.classes);
    }
}

/// Tags, lemmatizes and parses every sentence of a document.
///
/// `Analyzer::default()` uses the model embedded in the binary; when none was embedded
/// it leaves documents untouched and [`Analyzer::shipped`] reports why.
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    model: Option<Arc<Model>>,
}

impl Analyzer {
    /// The analyzer with the embedded model (decoded once per process, then shared).
    pub fn shipped() -> Result<Analyzer, ModelError> {
        let m = SHIPPED.get_or_init(|| {
            if SHIPPED_BYTES.is_empty() {
                return Err(ModelError::NotShipped.to_string());
            }
            Model::from_bytes(SHIPPED_BYTES).map(Arc::new).map_err(|e| e.to_string())
        });
        match m {
            Ok(m) => Ok(Analyzer { model: Some(m.clone()) }),
            Err(_) if SHIPPED_BYTES.is_empty() => Err(ModelError::NotShipped),
            Err(e) => Err(ModelError::Corrupt(e.clone())),
        }
    }
    /// An analyzer with the given model.
    pub fn with_model(model: Arc<Model>) -> Analyzer {
        Analyzer { model: Some(model) }
    }
    /// An analyzer loaded from a model directory or file.
    pub fn load(path: &Path) -> Result<Analyzer, ModelError> {
        Ok(Analyzer::with_model(Arc::new(Model::load(path)?)))
    }
    /// The model, when one is loaded.
    pub fn model(&self) -> Option<&Model> {
        self.model.as_deref()
    }
    fn model_or_shipped(&self) -> Option<Arc<Model>> {
        self.model.clone().or_else(|| Analyzer::shipped().ok().and_then(|a| a.model))
    }
}

impl Stage for Analyzer {
    fn name(&self) -> &'static str {
        "analyzer"
    }
    fn process(&self, doc: &mut Document) {
        let Some(model) = self.model_or_shipped() else { return };
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        let Document { text, sentences, tokens, .. } = doc;
        for s in sentences.iter() {
            let r = s.token_range();
            if r.is_empty() || r.end > tokens.len() {
                continue;
            }
            words.clear();
            words.extend(tokens[r.clone()].iter().map(|t: &Token| text.get(t.range.to_range()).unwrap_or("")));
            model.analyze(&words, &mut scratch, &mut out);
            for (t, a) in tokens[r.clone()].iter_mut().zip(out.drain(..)) {
                t.upos = a.upos;
                t.xpos = a.xpos;
                t.lemma = a.lemma;
                t.head = (a.head > 0).then(|| r.start as u32 + a.head - 1);
                t.deprel = a.deprel;
            }
        }
    }
}
