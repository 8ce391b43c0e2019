//! `detente code`: articles in, events out (JSON lines or CSV), per the contract.
use anyhow::{bail, Context};
use detente_core::{Document, EventRecord, Modality, CSV_HEADER};
use detente_ingest::{read_paths, InputFormat, ReadOptions};
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `detente code`.
#[derive(clap::Args)]
pub struct Args {
    /// Articles: files or folders (walked recursively); `-` or nothing for standard input.
    /// Kind by extension: .txt, .html/.htm, .jsonl/.ndjson (optionally .gz), .warc (optionally .gz).
    pub paths: Vec<PathBuf>,
    /// Output format: jsonl (one event per line) or csv (the same fields flattened).
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv", "parquet"])]
    pub format: String,
    /// Read every input as this kind, whatever its extension: text, html, jsonl or warc.
    #[arg(long, value_parser = ["text", "html", "jsonl", "warc"])]
    pub input_format: Option<String>,
    /// Publication date (YYYY-MM-DD) of .txt articles, for resolving relative dates.
    #[arg(long)]
    pub date: Option<String>,
    /// Exit 0 even when some inputs could not be read (they are still reported).
    #[arg(long)]
    pub keep_going: bool,
    /// Also print negated and hypothetical events (dropped by default).
    #[arg(long)]
    pub all_modalities: bool,
}

/// The options `detente code` and `detente bench` share for reading articles.
pub fn read_options(input_format: Option<&str>, date: Option<&str>) -> anyhow::Result<ReadOptions> {
    let format = input_format.map(|f| InputFormat::parse(f).with_context(|| format!("unknown --input-format {f:?}"))).transpose()?;
    let date = date
        .map(|d| detente_ingest::parse_date(d).with_context(|| format!("--date {d:?} is not YYYY-MM-DD")))
        .transpose()?;
    Ok(ReadOptions { format, date })
}

/// The contract records of a coded document, in order; negated and hypothetical events
/// only when `all_modalities`.
pub fn records(doc: &Document, all_modalities: bool) -> impl Iterator<Item = EventRecord> + '_ {
    doc.events
        .iter()
        .filter(move |e| all_modalities || matches!(e.modality, Modality::Asserted | Modality::Intended))
        .map(move |e| EventRecord::new(doc, e))
}

/// Runs `detente code`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    if args.format == "parquet" {
        bail!("--format parquet is written by the store: run `detente ingest ARTICLES` then `detente export --format parquet`; `detente code` writes jsonl or csv");
    }
    let opts = read_options(args.input_format.as_deref(), args.date.as_deref())?;
    if let Some(problem) = detente_pipeline::language_model_problem() {
        eprintln!("warning: language model unavailable ({problem}); events need the parse and will be missing");
    }
    let pipeline = detente_pipeline::default_pipeline();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut csv = (args.format == "csv").then(|| csv::WriterBuilder::new().from_writer(Vec::new()));
    if let Some(w) = csv.as_mut() {
        w.write_record(CSV_HEADER)?;
        w.flush()?;
        out.write_all(w.get_ref())?;
        *w = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
    }
    let mut errors = 0usize;
    let mut write_error: Option<std::io::Error> = None;
    detente_pipeline::code_stream(&pipeline, read_paths(&args.paths, &opts), Default::default(), |item| {
        if write_error.is_some() {
            return;
        }
        let doc = match item {
            Ok(d) => d,
            Err(e) => {
                errors += 1;
                eprintln!("error: {e}");
                return;
            }
        };
        let result = (|| -> std::io::Result<()> {
            for r in records(&doc, args.all_modalities) {
                match csv.as_mut() {
                    Some(w) => {
                        w.write_record(r.csv_row())?;
                        w.flush()?;
                        out.write_all(w.get_ref())?;
                        *w = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
                    }
                    None => {
                        serde_json::to_writer(&mut out, &r)?;
                        out.write_all(b"\n")?;
                    }
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            write_error = Some(e);
        }
    });
    match write_error.map_or_else(|| out.flush(), Err) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(0),
        r => r.context("writing events to standard output")?,
    }
    if errors > 0 {
        eprintln!("{errors} input(s) could not be read{}", if args.keep_going { " (--keep-going: exit 0)" } else { "" });
        return Ok(if args.keep_going { 0 } else { 1 });
    }
    Ok(0)
}
