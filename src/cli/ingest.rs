//! `detente ingest`: code articles and store them, batch by batch.
//!
//! Reading and coding run on this thread (coding in parallel within a batch); a writer thread
//! commits each coded batch in one transaction, so storing overlaps with coding the next
//! batch, and a killed process loses at most the batches in flight.
use anyhow::{bail, Context};
use detente_core::Document;
use detente_store::{IngestStats, Store};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Instant;

/// Arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Articles: files or folders (walked recursively); "-" or nothing for standard input.
    pub paths: Vec<PathBuf>,
    /// The store (created if missing).
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    /// Input format, overriding file extensions: text, html, jsonl, warc.
    #[arg(long)]
    pub input_format: Option<String>,
    /// Publication date (YYYY-MM-DD) for .txt inputs.
    #[arg(long)]
    pub date: Option<String>,
    /// Articles per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Exit 0 even when some inputs could not be read.
    #[arg(long)]
    pub keep_going: bool,
    /// Instead of reading PATHs, store N synthetic coded articles (ten events each) for
    /// benchmarks and tests; they are not real news.
    #[arg(long, value_name = "N")]
    pub synthetic: Option<u64>,
    /// Print the summary as one JSON object on standard output.
    #[arg(long)]
    pub json: bool,
    /// No progress bar.
    #[arg(long)]
    pub quiet: bool,
    /// Read and code but store nothing: the baseline that measures what storing costs.
    #[arg(long)]
    pub no_store: bool,
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let batch = args.batch.max(1);
    let mut store = Store::open(&args.db).with_context(|| format!("opening the store {}", args.db.display()))?;
    let progress = if !args.quiet && std::io::stderr().is_terminal() {
        let p = indicatif::ProgressBar::new_spinner();
        p.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} {pos} articles  {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        p.enable_steady_tick(std::time::Duration::from_millis(200));
        Some(p)
    } else {
        None
    };

    let started = Instant::now();
    let (tx, rx) = mpsc::sync_channel::<Vec<Document>>(2);
    let bar = progress.clone();
    let no_store = args.no_store;
    let writer = std::thread::spawn(move || -> anyhow::Result<IngestStats> {
        let mut total = IngestStats::default();
        for docs in rx {
            let s = if no_store {
                IngestStats { events: docs.iter().map(|d| d.events.len() as u64).sum(), ..Default::default() }
            } else {
                store.ingest(&docs).context("writing a batch to the store")?
            };
            total.add(&s);
            if let Some(p) = &bar {
                p.inc(docs.len() as u64);
                p.set_message(format!("{} events, {} duplicates", total.events, total.duplicates));
            }
        }
        Ok(total)
    });

    let mut errors = 0u64;
    let mut read = 0u64;
    let send = |docs: Vec<Document>| tx.send(docs).is_ok();
    if let Some(n) = args.synthetic {
        let mut i = 0;
        while i < n {
            let k = (n - i).min(batch as u64) as usize;
            read += k as u64;
            if !send(detente_store::synthetic::documents(i, k)) {
                break;
            }
            i += k as u64;
        }
    } else {
        let format = match &args.input_format {
            Some(f) => Some(detente_ingest::InputFormat::parse(f).with_context(|| format!("--input-format {f:?} is not text, html, jsonl or warc"))?),
            None => None,
        };
        let date = match &args.date {
            Some(d) => Some(detente_ingest::parse_date(d).with_context(|| format!("--date {d:?} is not YYYY-MM-DD"))?),
            None => None,
        };
        let opts = detente_ingest::ReadOptions { format, date };
        let pipeline = detente_pipeline::default_pipeline();
        let mut pending = Vec::with_capacity(batch);
        for item in detente_ingest::read_paths(&args.paths, &opts) {
            match item {
                Ok(doc) => {
                    read += 1;
                    pending.push(doc);
                    if pending.len() >= batch {
                        detente_pipeline::code_batch(&pipeline, &mut pending);
                        if !send(std::mem::replace(&mut pending, Vec::with_capacity(batch))) {
                            break;
                        }
                    }
                }
                Err(e) => {
                    errors += 1;
                    match &progress {
                        Some(p) => p.suspend(|| eprintln!("error: {e}")),
                        None => eprintln!("error: {e}"),
                    }
                }
            }
        }
        if !pending.is_empty() {
            detente_pipeline::code_batch(&pipeline, &mut pending);
            send(pending);
        }
    }
    drop(tx);
    let stats = match writer.join() {
        Ok(r) => r?,
        Err(_) => bail!("the store writer thread panicked"),
    };
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    if args.json {
        let mut v = serde_json::to_value(stats)?;
        v["read"] = read.into();
        v["errors"] = errors.into();
        v["seconds"] = secs.into();
        v["articles_per_second"] = (read as f64 / secs).into();
        println!("{v}");
    }
    eprintln!(
        "{} articles stored ({} replaced, {} near-duplicates), {} sentences, {} events; {} duplicates unchanged; {} errors; {:.0} articles/s ({:.1} s) into {}",
        stats.articles,
        stats.replaced,
        stats.near_duplicates,
        stats.sentences,
        stats.events,
        stats.duplicates,
        errors,
        read as f64 / secs,
        secs,
        args.db.display()
    );
    Ok(if errors > 0 && !args.keep_going { 1 } else { 0 })
}
