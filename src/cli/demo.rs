//! `detente demo`: codes the bundled sample corpus (`samples/corpus/*.jsonl`, compiled into
//! the binary) into a fresh store, prints what it holds, then serves the API and the
//! dashboard through `detente serve`'s own code path.
use anyhow::Context;
use detente_ingest::{read_reader, InputFormat, ReadOptions};
use detente_store::{EventFilter, Store};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The bundled corpus: (file name, JSON lines), 224 reports of real events, 2019–2025.
const CORPUS: [(&str, &str); 7] = [
    ("samples/corpus/us_china.jsonl", include_str!("../../samples/corpus/us_china.jsonl")),
    ("samples/corpus/russia_ukraine.jsonl", include_str!("../../samples/corpus/russia_ukraine.jsonl")),
    ("samples/corpus/middle_east.jsonl", include_str!("../../samples/corpus/middle_east.jsonl")),
    ("samples/corpus/south_asia.jsonl", include_str!("../../samples/corpus/south_asia.jsonl")),
    ("samples/corpus/asia_pacific.jsonl", include_str!("../../samples/corpus/asia_pacific.jsonl")),
    ("samples/corpus/europe_caucasus.jsonl", include_str!("../../samples/corpus/europe_caucasus.jsonl")),
    ("samples/corpus/americas_africa.jsonl", include_str!("../../samples/corpus/americas_africa.jsonl")),
];

/// Arguments of `detente demo`.
#[derive(clap::Args)]
pub struct Args {
    /// The store to create; an existing file there is replaced.
    #[arg(long, default_value = "detente-demo.db")]
    pub db: PathBuf,
    /// Address to serve the dashboard on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Only build the store; do not serve it.
    #[arg(long)]
    pub no_serve: bool,
}

/// Builds the demo store, then (unless `--no-serve`) serves it.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let start = Instant::now();
    remove_store(&args.db)?;
    let opts = ReadOptions { format: Some(InputFormat::Jsonl), date: None };
    let mut docs = Vec::new();
    let mut errors = 0;
    for (name, text) in CORPUS {
        let reader = Box::new(std::io::Cursor::new(text.as_bytes()));
        for article in read_reader(name, reader, Some(InputFormat::Jsonl), &opts) {
            match article {
                Ok(d) => docs.push(d),
                Err(e) => {
                    eprintln!("warning: {e}");
                    errors += 1;
                }
            }
        }
    }
    let pipeline = detente_pipeline::default_pipeline();
    detente_pipeline::code_batch(&pipeline, &mut docs);
    let mut store = Store::open(&args.db).with_context(|| format!("cannot create the store {}", args.db.display()))?;
    let stats = store.ingest(&docs).context("storing the coded corpus")?;
    let counts = store.counts()?;
    let dated = store.series(&detente_store::SeriesQuery { filter: EventFilter::default(), interval: detente_store::Interval::Year })?;
    let years: Vec<&str> = dated.iter().filter(|p| p.events > 0).map(|p| &p.period[..4]).collect();
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) => format!(", dated {a}–{b}"),
        _ => String::new(),
    };
    println!(
        "detente demo: coded {} articles ({} sentences, {} actor mentions, {} events{span}) into {} in {:.1} s{}",
        stats.articles,
        counts.sentences,
        counts.mentions,
        counts.events,
        args.db.display(),
        start.elapsed().as_secs_f64(),
        if errors > 0 { format!("; {errors} unreadable inputs") } else { String::new() }
    );
    if counts.events == 0 {
        println!("note: no events were coded (the event coder may not be built yet); pages will show articles only");
    }
    if args.no_serve {
        println!("store ready: detente serve --db {} --addr {}", args.db.display(), args.addr);
        return Ok(0);
    }
    drop(store);
    println!("dashboard: http://{}/  (Ctrl-C to stop)", args.addr);
    super::serve::run(serve_args(&args.db, &args.addr)?)
}

/// `detente serve --db DB --addr ADDR`, parsed by the serve subcommand's own argument parser,
/// so the demo serves exactly as `detente serve` does.
fn serve_args(db: &Path, addr: &str) -> anyhow::Result<super::serve::Args> {
    use clap::{Args as _, FromArgMatches};
    let cmd = super::serve::Args::augment_args(clap::Command::new("serve").no_binary_name(true));
    let db = db.to_str().context("the --db path is not UTF-8")?;
    let m = cmd.try_get_matches_from(["--db", db, "--addr", addr]).context("building the serve arguments")?;
    Ok(super::serve::Args::from_arg_matches(&m)?)
}

/// Deletes a store file and its WAL companions, so the demo starts fresh.
fn remove_store(db: &Path) -> anyhow::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("cannot replace {}", Path::new(&p).display())),
        }
    }
    Ok(())
}
