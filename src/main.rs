//! `detente`: political event data from news, in one binary.
//!
//! Each subcommand lives in its own module under `cli/`; this file only parses
//! the command line and dispatches.
use clap::{Parser, Subcommand};

mod cli;

/// detente turns news articles into political event data: who did what to whom,
/// when and where, coded in CAMEO (and PLOVER), with the evidence for every event.
///
/// Start with `detente demo` (codes the bundled sample corpus and opens the
/// dashboard) or `detente code ARTICLES...` (prints events as JSON lines).
#[derive(Parser)]
#[command(name = "detente", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code articles into events (JSON lines or CSV on stdout).
    Code(cli::code::Args),
    /// Print the tagged and parsed sentences of articles as CoNLL-U.
    Parse(cli::parse::Args),
    /// Show how a sentence or article is coded: tokens, parse, actors, dates, places, events and why.
    Explain(cli::explain::Args),
    /// Train the tagger, lemmatizer and parser from Universal Dependencies treebanks.
    TrainLanguage(cli::train_language::Args),
    /// Evaluate the language models on a CoNLL-U file (UPOS, XPOS, lemma, UAS, LAS).
    EvalLanguage(cli::eval_language::Args),
    /// Look up actors in the dictionaries.
    Actors(cli::actors::Args),
    /// Check the dictionaries: lint every file and code their example sentences.
    Dictionaries(cli::dictionaries::Args),
    /// Print a CAMEO event code's entry: name, Goldstein value, quad class, PLOVER type.
    Cameo(cli::cameo::Args),
    /// Manage the gazetteer (import a GeoNames dump, look up places).
    Gazetteer(cli::gazetteer::Args),
    /// Code articles into the embedded store.
    Ingest(cli::ingest::Args),
    /// Query events in the store (filters, time series).
    Query(Box<cli::query::Args>),
    /// Export events from the store as CSV or Parquet (detente, GDELT or Phoenix columns).
    Export(cli::export::Args),
    /// Serve the HTTP API and the dashboard.
    Serve(cli::serve::Args),
    /// Code the bundled sample corpus into a fresh store and serve the dashboard.
    Demo(cli::demo::Args),
    /// Measure throughput (articles/s, sentences/s, MB/s, peak RSS) on a corpus.
    Bench(cli::bench::Args),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(a) => cli::code::run(a),
        Command::Parse(a) => cli::parse::run(a),
        Command::Explain(a) => cli::explain::run(a),
        Command::TrainLanguage(a) => cli::train_language::run(a),
        Command::EvalLanguage(a) => cli::eval_language::run(a),
        Command::Actors(a) => cli::actors::run(a),
        Command::Dictionaries(a) => cli::dictionaries::run(a),
        Command::Cameo(a) => cli::cameo::run(a),
        Command::Gazetteer(a) => cli::gazetteer::run(a),
        Command::Ingest(a) => cli::ingest::run(a),
        Command::Query(a) => cli::query::run(*a),
        Command::Export(a) => cli::export::run(a),
        Command::Serve(a) => cli::serve::run(a),
        Command::Demo(a) => cli::demo::run(a),
        Command::Bench(a) => cli::bench::run(a),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::exit(2);
        }
    }
}
