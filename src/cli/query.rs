//! `detente query`: events from the store by filter, dyad time series, top actors and
//! GDELT-style aggregates, as a table, JSON lines or CSV.
use anyhow::{bail, Context};
use detente_store::{ActorRanking, EventFilter, Interval, SeriesQuery, Store};
use std::io::Write;
use std::path::PathBuf;

/// Filters shared by `detente query` and `detente export`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Actor as source or target: a country (USA) or a CAMEO actor code prefix (USAGOV, IGOUNO).
    #[arg(long)]
    pub actor: Option<String>,
    /// Source actor (country or code prefix).
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor (country or code prefix).
    #[arg(long)]
    pub target: Option<String>,
    /// Two actors A,B: events A→B and B→A (only A→B with --directed).
    #[arg(long)]
    pub dyad: Option<String>,
    /// Only A→B for --dyad.
    #[arg(long)]
    pub directed: bool,
    /// CAMEO event code prefix (04, 0411).
    #[arg(long)]
    pub cameo: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long)]
    pub quad_class: Option<u8>,
    /// PLOVER event type (CONSULT, ASSAULT).
    #[arg(long)]
    pub plover: Option<String>,
    /// Modality: asserted, intended, negated or hypothetical.
    #[arg(long)]
    pub modality: Option<String>,
    /// First day, YYYY-MM-DD.
    #[arg(long)]
    pub from: Option<String>,
    /// Last day, YYYY-MM-DD.
    #[arg(long)]
    pub to: Option<String>,
    /// Place name of the event.
    #[arg(long)]
    pub place: Option<String>,
    /// ISO3 country of the event's place.
    #[arg(long)]
    pub place_country: Option<String>,
    /// Full-text search in the evidence sentences (words, "phrases", OR, NOT).
    #[arg(long)]
    pub text: Option<String>,
    /// Only events of this article.
    #[arg(long)]
    pub doc_id: Option<String>,
    /// Also events of near-duplicate articles (by default each story counts once).
    #[arg(long)]
    pub include_duplicates: bool,
    /// Phoenix's one-a-day filter: one event per day, source, target and code.
    #[arg(long)]
    pub one_a_day: bool,
}

impl FilterArgs {
    /// The store's filter.
    pub fn filter(&self) -> EventFilter {
        EventFilter {
            actor: self.actor.clone(),
            source: self.source.clone(),
            target: self.target.clone(),
            dyad: self.dyad.clone(),
            directed: self.directed,
            cameo: self.cameo.clone(),
            quad_class: self.quad_class,
            plover: self.plover.clone(),
            modality: self.modality.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            place: self.place.clone(),
            place_country: self.place_country.clone(),
            text: self.text.clone(),
            doc_id: self.doc_id.clone(),
            include_duplicates: self.include_duplicates,
            one_a_day: self.one_a_day,
        }
    }
}

/// Output formats of `detente query`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// A readable table.
    Table,
    /// One JSON object a line.
    Jsonl,
    /// CSV with a header.
    Csv,
}

/// Arguments.
#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    /// What to ask; without one, events matching the filters.
    #[command(subcommand)]
    pub what: Option<What>,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// The store.
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutputFormat,
    /// At most this many events (0: all).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
}

/// Query modes besides listing events.
#[derive(clap::Subcommand, Debug)]
pub enum What {
    /// Counts by quad class, summed and mean Goldstein per period (give --dyad A,B).
    Series(SeriesArgs),
    /// Top actors by volume or Goldstein, overall or per period.
    Actors(ActorsArgs),
    /// GDELT-style aggregates: one row per day, source, target and code with mention, article and source counts.
    Aggregates(AggregatesArgs),
}

/// `detente query series`.
#[derive(clap::Args, Debug)]
pub struct SeriesArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Period: day, week, month, quarter or year.
    #[arg(long, default_value = "month")]
    pub interval: String,
    /// The store.
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutputFormat,
}

/// `detente query actors`.
#[derive(clap::Args, Debug)]
pub struct ActorsArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Rank per period (day, week, month, quarter, year) instead of over the whole range.
    #[arg(long)]
    pub interval: Option<String>,
    /// Ranking: volume, goldstein (most cooperative) or conflict (most conflictual).
    #[arg(long, default_value = "volume")]
    pub by: String,
    /// Actors per period.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// The store.
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutputFormat,
}

/// `detente query aggregates`.
#[derive(clap::Args, Debug)]
pub struct AggregatesArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// At most this many rows.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// The store.
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutputFormat,
}

/// Opens a store for reading, with a clear error when it is missing.
pub fn open(db: &PathBuf) -> anyhow::Result<Store> {
    if !db.exists() {
        bail!("no store at {} (create one with `detente ingest --db {} ARTICLES...`)", db.display(), db.display());
    }
    Store::open_read_only(db).with_context(|| format!("opening {}", db.display()))
}

fn interval(s: &str) -> anyhow::Result<Interval> {
    Interval::parse(s).with_context(|| format!("--interval {s:?} is not day, week, month, quarter or year"))
}

/// Writes rows (a header and string cells) in the chosen format; JSON lines come from `json`.
fn emit<T: serde::Serialize>(format: OutputFormat, header: &[&str], rows: &[T], cells: impl Fn(&T) -> Vec<String>) -> anyhow::Result<()> {
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    match format {
        OutputFormat::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
        }
        OutputFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(header)?;
            for r in rows {
                w.write_record(cells(r))?;
            }
            w.flush()?;
        }
        OutputFormat::Table => {
            let table: Vec<Vec<String>> = rows.iter().map(&cells).collect();
            let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
            for row in &table {
                for (w, c) in widths.iter_mut().zip(row) {
                    *w = (*w).max(c.chars().count());
                }
            }
            let line = |cells: Vec<String>| -> String {
                cells.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect::<Vec<_>>().join("  ").trim_end().to_string()
            };
            writeln!(out, "{}", line(header.iter().map(|h| h.to_string()).collect()))?;
            for row in table {
                writeln!(out, "{}", line(row))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.what {
        Some(What::Series(a)) => series(a),
        Some(What::Actors(a)) => actors(a),
        Some(What::Aggregates(a)) => aggregates(a),
        None => events(args),
    }
}

fn events(args: Args) -> anyhow::Result<i32> {
    let store = open(&args.db)?;
    let filter = args.filters.filter();
    let mut rows = Vec::new();
    let limit = if args.limit == 0 { usize::MAX } else { args.limit };
    store.for_each_event(&filter, |e| {
        if rows.len() < limit {
            rows.push(e);
        }
        Ok(())
    })?;
    if args.format == OutputFormat::Csv {
        let records: Vec<_> = rows.into_iter().map(|e| e.record).collect();
        detente_store::write_csv(&records, std::io::stdout())?;
        return Ok(0);
    }
    let header = ["date", "source", "target", "cameo", "quad", "goldstein", "modality", "event_id", "evidence"];
    let rows: Vec<_> = rows.into_iter().map(|e| e.record).collect();
    emit(args.format, &header, &rows, |r| {
        vec![
            r.date.clone().unwrap_or_default(),
            r.source.code.clone(),
            r.target.as_ref().map(|t| t.code.clone()).unwrap_or_default(),
            r.cameo.clone(),
            r.quad_class.to_string(),
            format!("{:.1}", r.goldstein),
            r.modality.clone(),
            r.event_id.clone(),
            short(&r.evidence.text, 70),
        ]
    })?;
    Ok(0)
}

fn series(a: SeriesArgs) -> anyhow::Result<i32> {
    let store = open(&a.db)?;
    let q = SeriesQuery { filter: a.filters.filter(), interval: interval(&a.interval)? };
    let points = store.series(&q)?;
    let header = ["period", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean"];
    emit(a.format, &header, &points, |p| {
        let mut v = vec![p.period.clone(), p.events.to_string()];
        v.extend(p.quad_class.iter().map(|n| n.to_string()));
        v.push(format!("{:.2}", p.goldstein_sum));
        v.push(format!("{:.3}", p.goldstein_mean));
        v
    })?;
    Ok(0)
}

fn actors(a: ActorsArgs) -> anyhow::Result<i32> {
    let store = open(&a.db)?;
    let by = match a.by.as_str() {
        "volume" => ActorRanking::Volume,
        "goldstein" => ActorRanking::Goldstein,
        "conflict" => ActorRanking::Conflict,
        other => bail!("--by {other:?} is not volume, goldstein or conflict"),
    };
    let iv = a.interval.as_deref().map(interval).transpose()?;
    let ranks = store.top_actors(&a.filters.filter(), iv, by, a.limit)?;
    emit(a.format, &["period", "actor", "events", "goldstein_sum", "goldstein_mean"], &ranks, |r| {
        vec![r.period.clone().unwrap_or_default(), r.code.clone(), r.events.to_string(), format!("{:.2}", r.goldstein_sum), format!("{:.3}", r.goldstein_mean)]
    })?;
    Ok(0)
}

fn aggregates(a: AggregatesArgs) -> anyhow::Result<i32> {
    let store = open(&a.db)?;
    let mut filter = a.filters.filter();
    // Aggregates count every mention, duplicates included, as GDELT does.
    filter.include_duplicates = true;
    let rows = store.aggregates(&filter, a.limit)?;
    let header = ["date", "source", "target", "cameo", "quad", "goldstein", "mentions", "articles", "sources", "event_id"];
    emit(a.format, &header, &rows, |r| {
        vec![
            r.date.clone().unwrap_or_default(),
            r.source.clone(),
            r.target.clone().unwrap_or_default(),
            r.cameo.clone(),
            r.quad_class.to_string(),
            format!("{:.1}", r.goldstein),
            r.mentions.to_string(),
            r.articles.to_string(),
            r.sources.to_string(),
            r.event_id.clone(),
        ]
    })?;
    Ok(0)
}
