//! `detente bench`: throughput and memory of ingest and of every pipeline stage.
use anyhow::Context;
use detente_core::Document;
use detente_ingest::read_paths;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Arguments of `detente bench`.
#[derive(clap::Args)]
pub struct Args {
    /// Articles: files or folders, as for `detente code`.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Read every input as this kind: text, html, jsonl or warc.
    #[arg(long, value_parser = ["text", "html", "jsonl", "warc"])]
    pub input_format: Option<String>,
    /// Publication date (YYYY-MM-DD) of .txt articles.
    #[arg(long)]
    pub date: Option<String>,
}

/// Peak resident memory of this process, in MiB (VmHWM), when the platform reports it.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn rate(n: usize, d: Duration) -> f64 {
    n as f64 / d.as_secs_f64().max(1e-9)
}

/// Runs `detente bench`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let started = Instant::now();
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n).build_global().context("setting --threads")?;
    }
    let opts = super::code::read_options(args.input_format.as_deref(), args.date.as_deref())?;
    let pipeline = detente_pipeline::default_pipeline();
    pipeline.process(&mut Document::new("warm-up", "Biden spoke with Xi on Tuesday."));
    let startup = started.elapsed();
    if let Some(problem) = detente_pipeline::language_model_problem() {
        println!("note: language model unavailable ({problem})");
    }

    // 1. Ingest alone (read, decode, extract, clean), kept in memory for the stage pass.
    let t = Instant::now();
    let (mut docs, mut errors) = (Vec::new(), 0usize);
    for r in read_paths(&args.paths, &opts) {
        match r {
            Ok(d) => docs.push(d),
            Err(_) => errors += 1,
        }
    }
    let ingest = t.elapsed();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mb = bytes as f64 / 1e6;

    // 2. End to end, streaming, as `detente code` runs.
    let t = Instant::now();
    let (mut articles, mut sentences, mut tokens, mut events) = (0usize, 0usize, 0usize, 0usize);
    detente_pipeline::code_stream(&pipeline, read_paths(&args.paths, &opts), Default::default(), |r| {
        if let Ok(d) = r {
            articles += 1;
            sentences += d.sentences.len();
            tokens += d.tokens.len();
            events += d.events.len();
        }
    });
    let total = t.elapsed();

    // 3. Stage by stage over the documents read in step 1.
    let mut times = vec![Duration::ZERO; pipeline.stages().len()];
    for chunk in docs.chunks_mut(256) {
        detente_pipeline::code_batch_timed(&pipeline, chunk, &mut times);
    }

    let threads = rayon::current_num_threads();
    println!("corpus: {} articles ({} unreadable), {:.2} MB of clean text, {} threads", articles, errors, mb, threads);
    println!("start-up (pipeline built, models and dictionaries loaded): {:.3} s", startup.as_secs_f64());
    println!("ingest only: {:.3} s, {:.0} articles/s, {:.1} MB/s", ingest.as_secs_f64(), rate(docs.len(), ingest), mb / ingest.as_secs_f64().max(1e-9));
    println!(
        "end to end: {:.3} s, {:.0} articles/s, {:.0} sentences/s, {:.0} tokens/s, {:.2} MB/s, {} events",
        total.as_secs_f64(),
        rate(articles, total),
        rate(sentences, total),
        rate(tokens, total),
        mb / total.as_secs_f64().max(1e-9),
        events
    );
    println!("{:<12} {:>10} {:>14} {:>14} {:>10}", "stage", "seconds", "sentences/s", "tokens/s", "MB/s");
    for (stage, d) in pipeline.stages().iter().zip(&times) {
        println!(
            "{:<12} {:>10.3} {:>14.0} {:>14.0} {:>10.1}",
            stage.name(),
            d.as_secs_f64(),
            rate(sentences, *d),
            rate(tokens, *d),
            mb / d.as_secs_f64().max(1e-9)
        );
    }
    match peak_rss_mib() {
        Some(m) => println!("peak RSS: {m:.1} MiB"),
        None => println!("peak RSS: unknown (no /proc/self/status)"),
    }
    Ok(0)
}
