//! Training the shipped model: `detente train-language --ud DIR --out models/en`.
//!
//! 1. The tagger trains on EWT train + GUM (CC BY part) train; the epoch count is tuned
//!    on EWT dev + GUM dev.
//! 2. The lemmatizer learns from the training lemmas.
//! 3. Training sentences are re-tagged by jackknifing (k taggers, each trained without
//!    one fold, tag that fold), so the parser learns from tags as noisy as at run time.
//! 4. The parser trains with the dynamic oracle; its epoch count is tuned on dev LAS.
//!
//! With unlabeled text (`--unlabeled`), word clusters are learned first, from that text and
//! the training sentences' words, and both the tagger and the parser read them.
//!
//! Every random choice uses a fixed seed, so the same data gives the same model.
use super::conllu::{read_file, ConlluError, TreeSentence};
use super::eval::{evaluate, Scores};
use super::hashing::hash_lower;
use super::parser::{FeatureSet, ParseExample, ParseInput, ParseScratch, Parser, ParserTraining, Scorer};
use super::tagger::{TagScratch, Tagger};
use super::{Lemmatizer, Model};
use detente_core::{DepRel, DEPRELS};
use std::collections::HashMap;
use super::clusters::{read_unlabeled, ClusterConfig, ClusterError, Clusters};
use std::path::{Path, PathBuf};

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Most tagger epochs (the best on dev is kept).
    pub tagger_epochs: usize,
    /// Most parser epochs (the best on dev is kept).
    pub parser_epochs: usize,
    /// Jackknife folds for the parser's training tags (0 or 1: gold tags).
    pub folds: usize,
    /// Tagger features updated fewer times than this are dropped from the model.
    pub tagger_min_updates: u32,
    /// Parser features updated fewer times than this are dropped from the model.
    pub parser_min_updates: u32,
    /// How often a rare word's identity features are hidden while training the tagger.
    pub word_dropout: f64,
    /// The parser's feature templates.
    pub feature_set: FeatureSet,
    /// How the parser scores transitions.
    pub scorer: Scorer,
    /// Random seed.
    pub seed: u64,
    /// The parser's exploration probability ([`ParserTraining::explore`]).
    pub parser_explore: f64,
    /// With word clusters, whether the parser also reads the extra cluster templates
    /// ([`ParserTraining::rich_clusters`]).
    pub parser_rich_clusters: bool,
    /// Unlabeled text (files or directories, see [`read_unlabeled`]) clustered, with the
    /// training sentences' own text, into word clusters for the tagger and parser; none:
    /// no cluster features.
    pub unlabeled: Vec<PathBuf>,
    /// How the word clusters are learned.
    pub clusters: ClusterConfig,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { tagger_epochs: 12, parser_epochs: 8, folds: 4, tagger_min_updates: 2, parser_min_updates: 3, feature_set: FeatureSet::Compact, scorer: Scorer::Joint, word_dropout: 0.25, seed: 20_260_601, parser_explore: 0.9, parser_rich_clusters: false, unlabeled: Vec::new(), clusters: ClusterConfig::default() }
    }
}

/// The treebank files read from a UD directory.
pub const TRAIN_FILES: [&str; 2] = ["en_ewt-ud-train.conllu", "en_gum-ccby-ud-train.conllu"];
/// The development files.
pub const DEV_FILES: [&str; 2] = ["en_ewt-ud-dev.conllu", "en_gum-ccby-ud-dev.conllu"];

/// Reads several CoNLL-U files from `dir`, reporting each bad sentence through `warn`.
pub fn read_files(dir: &Path, names: &[&str], warn: &mut dyn FnMut(&str)) -> Result<Vec<TreeSentence>, ConlluError> {
    let mut all = Vec::new();
    for n in names {
        let (s, errs) = read_file(&dir.join(n))?;
        for e in errs {
            warn(&format!("skipped sentence: {e}"));
        }
        all.extend(s);
    }
    Ok(all)
}

/// Problems training from files.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    /// A treebank could not be read.
    #[error(transparent)]
    Conllu(#[from] ConlluError),
    /// Unlabeled text could not be read.
    #[error(transparent)]
    Unlabeled(#[from] ClusterError),
}

/// Trains on the standard files of a UD directory (and `cfg.unlabeled` for clusters).
pub fn train_dir(ud: &Path, cfg: &TrainConfig, log: &mut dyn FnMut(&str)) -> Result<Model, TrainError> {
    let train = read_files(ud, &TRAIN_FILES, log)?;
    let dev = read_files(ud, &DEV_FILES, log)?;
    log(&format!("read {} training and {} dev sentences", train.len(), dev.len()));
    let tr: Vec<&TreeSentence> = train.iter().collect();
    let dv: Vec<&TreeSentence> = dev.iter().collect();
    let clusters = if cfg.unlabeled.is_empty() {
        Clusters::default()
    } else {
        let t0 = std::time::Instant::now();
        let mut text = read_unlabeled(&cfg.unlabeled)?;
        let n_unlabeled: usize = text.iter().map(Vec::len).sum();
        text.extend(train.iter().map(|s| s.words.iter().map(|w| hash_lower(&w.form)).collect::<Vec<u64>>()));
        let n: usize = text.iter().map(Vec::len).sum();
        let c = Clusters::learn(&text, &cfg.clusters);
        log(&format!(
            "clusters: {} words ({} unlabeled + {} treebank tokens) -> {} words in {} fine / {} coarse classes ({:.1}s)",
            n,
            n_unlabeled,
            n - n_unlabeled,
            c.len(),
            cfg.clusters.fine,
            cfg.clusters.coarse,
            t0.elapsed().as_secs_f64()
        ));
        c
    };
    Ok(train_model(&tr, &dv, &clusters, cfg, log))
}

fn parse_examples(sents: &[&TreeSentence], tags: &[Vec<u8>], label_ids: &HashMap<DepRel, u8>, clusters: &Clusters) -> Vec<ParseExample> {
    sents
        .iter()
        .zip(tags)
        .map(|(s, t)| ParseExample {
            input: s.words.iter().zip(t).map(|(w, &c)| {
                let word = hash_lower(&w.form);
                ParseInput { word, tag: c, cluster: clusters.get(word) }
            }).collect(),
            heads: s.words.iter().map(|w| w.head).collect(),
            labels: s.words.iter().map(|w| label_ids.get(&w.deprel).copied().unwrap_or(0)).collect(),
        })
        .collect()
}

fn tag_all(tagger: &Tagger, sents: &[&TreeSentence], map: &HashMap<(detente_core::Upos, detente_core::Xpos), u8>) -> Vec<Vec<u8>> {
    let mut scratch = TagScratch::default();
    let mut out = Vec::new();
    sents
        .iter()
        .map(|s| {
            tagger.tag(s.words.iter().map(|w| w.form.as_str()), &mut scratch, &mut out);
            out.iter().map(|&c| map.get(&tagger.class(c)).copied().unwrap_or(c)).collect()
        })
        .collect()
}

/// Trains a whole model on gold-tokenized sentences (with cluster features when
/// `clusters` is not empty).
pub fn train_model(train: &[&TreeSentence], dev: &[&TreeSentence], clusters: &Clusters, cfg: &TrainConfig, log: &mut dyn FnMut(&str)) -> Model {
    let t0 = std::time::Instant::now();
    let (tagger, curve) = Tagger::train(train, dev, clusters, cfg.tagger_epochs, cfg.tagger_min_updates, cfg.word_dropout, cfg.seed);
    let best_epochs = curve.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0))).map(|p| p.0 + 1).unwrap_or(cfg.tagger_epochs);
    log(&format!(
        "tagger: dev joint-tag accuracy by epoch {:?}; kept epoch {best_epochs} ({:.1}s)",
        curve.iter().map(|a| format!("{:.2}", a * 100.0)).collect::<Vec<_>>(),
        t0.elapsed().as_secs_f64()
    ));
    let lemmatizer = Lemmatizer::train(train);
    let class_map: HashMap<_, u8> = tagger.classes.iter().enumerate().map(|(i, c)| (*c, i as u8)).collect();
    let mut train_tags: Vec<Vec<u8>> = train.iter().map(|s| s.words.iter().map(|w| class_map[&(w.upos, w.xpos)]).collect()).collect();
    if cfg.folds > 1 {
        for k in 0..cfg.folds {
            let rest: Vec<&TreeSentence> = train.iter().enumerate().filter(|(i, _)| i % cfg.folds != k).map(|p| *p.1).collect();
            let held: Vec<usize> = (0..train.len()).filter(|i| i % cfg.folds == k).collect();
            let (t, _) = Tagger::train(&rest, &[], clusters, best_epochs, cfg.tagger_min_updates, cfg.word_dropout, cfg.seed + k as u64 + 1);
            let held_sents: Vec<&TreeSentence> = held.iter().map(|&i| train[i]).collect();
            for (i, tags) in held.iter().zip(tag_all(&t, &held_sents, &class_map)) {
                train_tags[*i] = tags;
            }
            log(&format!("jackknife fold {}/{} tagged ({:.1}s)", k + 1, cfg.folds, t0.elapsed().as_secs_f64()));
        }
    }
    let mut labels: Vec<DepRel> = (1..DEPRELS.len() as u8).map(DepRel).filter(|l| train.iter().any(|s| s.words.iter().any(|w| w.deprel == *l))).collect();
    labels.sort_by_key(|l| l.0);
    let label_ids: HashMap<DepRel, u8> = labels.iter().enumerate().map(|(i, l)| (*l, i as u8)).collect();
    let examples = parse_examples(train, &train_tags, &label_ids, clusters);
    let dev_tags = tag_all(&tagger, dev, &class_map);
    let dev_examples = parse_examples(dev, &dev_tags, &label_ids, clusters);
    let score_dev = |p: &Parser| {
        let mut scratch = ParseScratch::default();
        let (mut ok, mut n) = (0usize, 0usize);
        for ex in &dev_examples {
            p.parse(&ex.input, &mut scratch);
            for (i, (&h, &l)) in ex.heads.iter().zip(&ex.labels).enumerate() {
                ok += (scratch.state.heads[i + 1] == h && scratch.state.labels[i + 1] == l) as usize;
                n += 1;
            }
        }
        100.0 * ok as f64 / n.max(1) as f64
    };
    let (parser, _) = Parser::train(
        labels,
        &examples,
        &ParserTraining {
            feature_set: cfg.feature_set,
            scorer: cfg.scorer,
            clustered: !clusters.is_empty(),
            rich_clusters: cfg.parser_rich_clusters,
            max_epochs: cfg.parser_epochs,
            min_updates: cfg.parser_min_updates,
            seed: cfg.seed,
            explore: cfg.parser_explore,
        },
        score_dev,
        |e, s| log(&format!("parser epoch {e}: dev LAS {s:.2} ({:.1}s)", t0.elapsed().as_secs_f64())),
    );
    log(&format!(
        "tagger: {} features, {} weights; parser: {} features, {} weights",
        tagger.weights().n_features(),
        tagger.weights().len(),
        parser.weights().n_features() + parser.label_weights().n_features(),
        parser.weights().len() + parser.label_weights().len()
    ));
    let model = Model { tagger, lemmatizer, parser };
    if !dev.is_empty() {
        let s: Scores = evaluate(&model, dev);
        log(&format!("dev: {}", s.summary()));
    }
    model
}
