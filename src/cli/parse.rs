//! `detente parse`: prints the tagged and parsed sentences of any input as CoNLL-U.
use anyhow::Context;
use detente_core::Stage;
use detente_text::language::conllu::write_document;
use detente_text::{Analyzer, Segmenter};
use std::io::Write;
use std::path::PathBuf;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Articles: files (.txt, .html, .jsonl, .warc, optionally gzipped), folders, or "-"
    /// for standard input (the default).
    pub paths: Vec<PathBuf>,
    /// A model directory or file to use instead of the model built into the binary.
    #[arg(long)]
    pub model: Option<PathBuf>,
}

/// Runs the subcommand: 0 when every input was read, 1 when some could not be.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let analyzer = match &args.model {
        Some(p) => Analyzer::load(p).with_context(|| format!("loading model {}", p.display()))?,
        None => Analyzer::shipped().context("loading the built-in language model")?,
    };
    let segmenter = Segmenter;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    let mut buf = String::new();
    for item in detente_ingest::read_paths(&args.paths, &detente_ingest::ReadOptions::default()) {
        match item {
            Ok(mut doc) => {
                segmenter.process(&mut doc);
                analyzer.process(&mut doc);
                buf.clear();
                write_document(&mut buf, &doc);
                out.write_all(buf.as_bytes())?;
            }
            Err(e) => {
                eprintln!("warning: {e}");
                failed += 1;
            }
        }
    }
    out.flush()?;
    Ok(if failed > 0 { 1 } else { 0 })
}
