//! `detente export`: events from the store as CSV or Parquet, in detente's, GDELT's or
//! Phoenix's columns.
use super::query::{open, FilterArgs};
use anyhow::Context;
use detente_store::{ExportFormat, ExportSchema};
use std::path::PathBuf;

/// File formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    /// Comma-separated values.
    Csv,
    /// Apache Parquet.
    Parquet,
}

/// Column sets.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Schema {
    /// The contract's fields, flattened (one row per event).
    Detente,
    /// GDELT 2.0 event table columns (one row per day/source/target/code, with counts).
    Gdelt,
    /// Phoenix columns (one-a-day filtered, with id, URL and source lists).
    Phoenix,
}

/// Arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// File format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: Format,
    /// Columns.
    #[arg(long, value_enum, default_value = "detente")]
    pub schema: Schema,
    /// The store.
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    /// Output file (standard output when absent).
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub filters: FilterArgs,
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let store = open(&args.db)?;
    let format = match args.format {
        Format::Csv => ExportFormat::Csv,
        Format::Parquet => ExportFormat::Parquet,
    };
    let schema = match args.schema {
        Schema::Detente => ExportSchema::Detente,
        Schema::Gdelt => ExportSchema::Gdelt,
        Schema::Phoenix => ExportSchema::Phoenix,
    };
    let mut filter = args.filters.filter();
    if !matches!(schema, ExportSchema::Detente) {
        // GDELT and Phoenix rows count every mention, duplicates included.
        filter.include_duplicates = true;
    }
    let started = std::time::Instant::now();
    let rows = match &args.out {
        Some(path) => {
            let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
            let n = detente_store::write_export(&store, &filter, schema, format, std::io::BufWriter::new(file))?;
            eprintln!("wrote {n} rows to {} in {:.2} s", path.display(), started.elapsed().as_secs_f64());
            n
        }
        None => detente_store::write_export(&store, &filter, schema, format, std::io::BufWriter::new(std::io::stdout()))?,
    };
    let _ = rows;
    Ok(0)
}
