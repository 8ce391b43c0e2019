//! `detente train-language`: trains the tagger, lemmatizer and parser from UD treebanks.
use anyhow::Context;
use detente_text::language::clusters::ClusterConfig;
use detente_text::language::parser::{FeatureSet, Scorer};
use detente_text::language::train::{train_dir, TrainConfig};
use detente_text::language::MODEL_FILE;
use std::io::Write;
use std::path::PathBuf;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Directory holding en_ewt-ud-{train,dev}.conllu and en_gum-ccby-ud-{train,dev}.conllu.
    #[arg(long)]
    pub ud: PathBuf,
    /// Output directory; the model is written to OUT/analyzer.bin and the log to OUT/train.log.
    #[arg(long)]
    pub out: PathBuf,
    /// Most tagger epochs (the best on dev is kept).
    #[arg(long, default_value_t = TrainConfig::default().tagger_epochs)]
    pub tagger_epochs: usize,
    /// Most parser epochs (the best on dev is kept).
    #[arg(long, default_value_t = TrainConfig::default().parser_epochs)]
    pub parser_epochs: usize,
    /// Jackknife folds for the parser's training tags (0: gold tags).
    #[arg(long, default_value_t = TrainConfig::default().folds)]
    pub folds: usize,
    /// The parser's feature templates: "compact" (the shipped model; faster) or "full"
    /// (about one LAS point better, 40% slower).
    #[arg(long, default_value = "compact", value_parser = ["full", "compact"])]
    pub features: String,
    /// How the parser scores transitions: "joint" (one model over every labeled
    /// transition) or "two-stage" (the transition type, then the arc's label).
    #[arg(long, default_value = "joint", value_parser = ["joint", "two-stage"])]
    pub scorer: String,
    /// Parser features updated fewer times than this in training are dropped from the model
    /// (smaller table, fewer cache misses; too high costs accuracy).
    #[arg(long, default_value_t = TrainConfig::default().parser_min_updates)]
    pub parser_min_updates: u32,
    /// From the parser's second epoch on, how often training follows the parser's own wrong
    /// move instead of the oracle's (dynamic-oracle exploration).
    #[arg(long, default_value_t = TrainConfig::default().parser_explore)]
    pub parser_explore: f64,
    /// Which word-cluster templates the parser reads (with --unlabeled): "basic" (5, the
    /// shipped model) or "rich" (8 more: cluster pairs of the stack and buffer words).
    #[arg(long, default_value = "basic", value_parser = ["basic", "rich"])]
    pub parser_clusters: String,
    /// Unlabeled text for word clusters (a file or directory; repeatable): clustered with the
    /// training treebanks' text into word classes that the tagger and parser read as features.
    /// Markdown files lose their links and front matter; files named `key-*` are skipped.
    #[arg(long)]
    pub unlabeled: Vec<PathBuf>,
    /// Number of fine word clusters (with --unlabeled).
    #[arg(long, default_value_t = TrainConfig::default().clusters.fine)]
    pub fine_clusters: usize,
    /// Number of coarse word clusters, each a union of fine ones (with --unlabeled).
    #[arg(long, default_value_t = TrainConfig::default().clusters.coarse)]
    pub coarse_clusters: usize,
    /// Words seen fewer times than this in the clustered text get no cluster.
    #[arg(long, default_value_t = TrainConfig::default().clusters.min_count)]
    pub cluster_min_count: u32,
    /// Random seed (training is deterministic for a given seed).
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    pub seed: u64,
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let cfg = TrainConfig {
        tagger_epochs: args.tagger_epochs,
        parser_epochs: args.parser_epochs,
        folds: args.folds,
        seed: args.seed,
        parser_min_updates: args.parser_min_updates,
        parser_explore: args.parser_explore,
        parser_rich_clusters: args.parser_clusters == "rich",
        feature_set: if args.features == "compact" { FeatureSet::Compact } else { FeatureSet::Full },
        scorer: if args.scorer == "two-stage" { Scorer::TwoStage } else { Scorer::Joint },
        unlabeled: args.unlabeled.clone(),
        clusters: ClusterConfig {
            fine: args.fine_clusters,
            coarse: args.coarse_clusters,
            min_count: args.cluster_min_count,
            ..ClusterConfig::default()
        },
        ..TrainConfig::default()
    };
    std::fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let unlabeled: String = args.unlabeled.iter().map(|p| format!(" --unlabeled {}", p.display())).collect();
    let mut log_lines = vec![format!("detente train-language --ud {}{unlabeled} --out {} ({cfg:?})", args.ud.display(), args.out.display())];
    let model = train_dir(&args.ud, &cfg, &mut |m| {
        eprintln!("{m}");
        log_lines.push(m.to_string());
    })?;
    let bytes = model.to_bytes();
    let path = args.out.join(MODEL_FILE);
    std::fs::write(&path, &bytes).with_context(|| format!("writing {}", path.display()))?;
    let msg = format!("wrote {} ({:.1} MB)", path.display(), bytes.len() as f64 / 1e6);
    eprintln!("{msg}");
    log_lines.push(msg);
    let mut f = std::fs::File::create(args.out.join("train.log")).context("writing train.log")?;
    writeln!(f, "{}", log_lines.join("\n"))?;
    Ok(0)
}
