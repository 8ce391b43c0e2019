//! `detente eval-language`: accuracy of the language model on a CoNLL-U treebank, with
//! gold tokenization and with detente's own segmentation.
use anyhow::Context;
use detente_text::language::conllu::{read_file, TreeSentence};
use detente_text::language::eval::{evaluate, evaluate_segmented};
use detente_text::language::Model;
use detente_text::Analyzer;
use std::path::PathBuf;
use std::time::Instant;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// The gold treebank (CoNLL-U).
    #[arg(long)]
    pub conllu: PathBuf,
    /// A model directory or file (default: the model built into the binary).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Only sentences of documents whose id contains this ("_news_" for GUM news).
    #[arg(long)]
    pub doc_filter: Option<String>,
    /// Only the first N sentences.
    #[arg(long)]
    pub limit: Option<usize>,
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let t = Instant::now();
    let analyzer = match &args.model {
        Some(p) => Analyzer::load(p).with_context(|| format!("loading model {}", p.display()))?,
        None => Analyzer::shipped().context("loading the built-in language model")?,
    };
    let model: &Model = analyzer.model().context("no language model")?;
    let load_ms = t.elapsed().as_secs_f64() * 1000.0;
    let (sents, errors) = read_file(&args.conllu)?;
    for e in &errors {
        eprintln!("warning: skipped sentence: {e}");
    }
    let mut sel: Vec<&TreeSentence> =
        sents.iter().filter(|s| args.doc_filter.as_deref().map(|f| s.doc.contains(f)).unwrap_or(true)).collect();
    if let Some(n) = args.limit {
        sel.truncate(n);
    }
    println!("{}: {} sentences (model loaded in {load_ms:.0} ms)", args.conllu.display(), sel.len());
    let t = Instant::now();
    let gold = evaluate(model, &sel);
    let secs = t.elapsed().as_secs_f64();
    println!("gold tokenization:  {}  [{:.0} words/s]", gold.summary(), gold.words as f64 / secs.max(1e-9));
    println!("features (gold tokenization, derived from tags and parse): {}", gold.feats.summary());
    let own = evaluate_segmented(model, &sel);
    println!("own tokenization:   {}", own.summary());
    Ok(0)
}
