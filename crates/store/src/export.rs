//! Exports: events as CSV or Parquet, in detente's own columns (the contract's flattened
//! fields), GDELT 2.0's event table columns, or Phoenix's columns.
//!
//! GDELT and Phoenix rows come from the `event_aggregates` view: one row per day, source,
//! target and event code (Phoenix's one-a-day filter), with GDELT's mention, article and
//! source counts and Phoenix's id, URL and source lists. Country columns hold ISO 3166-1
//! alpha-3 codes (detente's), also where GDELT itself uses FIPS codes for places.
use crate::query::StoredEvent;
use crate::{EventFilter, Result, Store, StoreError};
use chrono::Datelike;
use detente_core::{EventRecord, CSV_HEADER};
use std::io::Write;

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// Apache Parquet (needs the `parquet` feature).
    Parquet,
}

/// The columns of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportSchema {
    /// The contract's fields flattened with `_` (`detente code --format csv`), one row per event.
    Detente,
    /// GDELT 2.0 event table columns, one row per day/source/target/code with counts.
    Gdelt,
    /// Phoenix columns, one row per day/source/target/code (one-a-day filter).
    Phoenix,
}

/// GDELT 2.0 event table columns, in GDELT's order.
pub const GDELT_COLUMNS: &[&str] = &[
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
];

/// Phoenix data set columns, in Phoenix's order.
pub const PHOENIX_COLUMNS: &[&str] = &[
    "id", "date", "year", "month", "day", "source", "src_root", "src_agent", "src_others", "target", "tgt_root",
    "tgt_agent", "tgt_others", "code", "root_code", "quad_class", "goldstein", "issues", "lat", "lon", "placeName",
    "stateName", "countryName", "ids", "urls", "sources",
];

/// One value of an export row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Null,
    Str(String),
    Int(i64),
    Float(f64),
}

impl Cell {
    fn opt_str(s: Option<&str>) -> Cell {
        s.map(|s| Cell::Str(s.to_string())).unwrap_or(Cell::Null)
    }
    fn text(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Str(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Float(f) => f.to_string(),
        }
    }
}

/// The value type of a column (Parquet needs it; CSV ignores it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ColType {
    Str,
    Int,
    Float,
}

/// Where rows go.
trait Sink {
    fn row(&mut self, cells: Vec<Cell>) -> Result<()>;
    fn finish(self: Box<Self>) -> Result<()>;
}

struct CsvSink<W: Write>(csv::Writer<W>);

impl<W: Write> Sink for CsvSink<W> {
    fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        self.0.write_record(cells.iter().map(Cell::text)).map_err(|e| StoreError::Export(e.to_string()))
    }
    fn finish(mut self: Box<Self>) -> Result<()> {
        Ok(self.0.flush()?)
    }
}

fn sink<'a, W: Write + Send + 'a>(format: ExportFormat, columns: &[&str], types: Vec<ColType>, out: W) -> Result<Box<dyn Sink + 'a>> {
    match format {
        ExportFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(columns).map_err(|e| StoreError::Export(e.to_string()))?;
            Ok(Box::new(CsvSink(w)))
        }
        #[cfg(feature = "parquet")]
        ExportFormat::Parquet => Ok(Box::new(parquet_sink::ParquetSink::new(columns, types, out)?)),
        #[cfg(not(feature = "parquet"))]
        ExportFormat::Parquet => {
            let _ = (types, out);
            Err(StoreError::Export("this detente was built without the `parquet` feature".into()))
        }
    }
}

/// Column types of the detente schema, by [`CSV_HEADER`] name.
fn detente_type(name: &str) -> ColType {
    match name {
        "sentence" | "source_span_start" | "source_span_end" | "target_span_start" | "target_span_end" | "quad_class"
        | "location_geonames_id" | "evidence_verb_start" | "evidence_verb_end" => ColType::Int,
        "goldstein" | "location_lat" | "location_lon" | "confidence" => ColType::Float,
        _ => ColType::Str,
    }
}

/// One record's cells in the detente schema: the contract's CSV row, typed.
fn detente_cells(r: &EventRecord) -> Vec<Cell> {
    r.csv_row()
        .into_iter()
        .zip(CSV_HEADER)
        .map(|(v, name)| match (v.is_empty(), detente_type(name)) {
            (true, ColType::Int | ColType::Float) => Cell::Null,
            (_, ColType::Int) => v.parse().map(Cell::Int).unwrap_or(Cell::Str(v)),
            (_, ColType::Float) => v.parse().map(Cell::Float).unwrap_or(Cell::Str(v)),
            (_, ColType::Str) => Cell::Str(v),
        })
        .collect()
}

fn detente_types() -> Vec<ColType> {
    CSV_HEADER.iter().map(|n| detente_type(n)).collect()
}

/// Writes records as CSV in the detente columns (the contract's `--format csv`).
pub fn write_csv<W: Write + Send>(records: &[EventRecord], out: W) -> Result<()> {
    let mut s = sink(ExportFormat::Csv, CSV_HEADER, detente_types(), out)?;
    for r in records {
        s.row(detente_cells(r))?;
    }
    s.finish()
}

/// Writes records as Parquet in the detente columns (the contract's `--format parquet`).
#[cfg(feature = "parquet")]
pub fn write_parquet<W: Write + Send>(records: &[EventRecord], out: W) -> Result<()> {
    let mut s = sink(ExportFormat::Parquet, CSV_HEADER, detente_types(), out)?;
    for r in records {
        s.row(detente_cells(r))?;
    }
    s.finish()
}

/// Splits a CAMEO actor code into its 3-letter blocks.
fn blocks(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = code;
    while rest.len() >= 3 && rest.is_char_boundary(3) {
        out.push(&rest[..3]);
        rest = &rest[3..];
    }
    out
}

/// The aggregated row: counts and lists of one day/source/target/code group, and its first event.
struct Aggregate {
    mentions: i64,
    articles: i64,
    sources: i64,
    ids: Option<String>,
    urls: Option<String>,
    publishers: Option<String>,
    event: StoredEvent,
}

fn gdelt_cells(g: &Aggregate) -> Vec<Cell> {
    let r = &g.event.record;
    let date = r.date.as_deref().and_then(|d| d.parse::<chrono::NaiveDate>().ok());
    let day = date.map(crate::day_number);
    let actor = |p: Option<&detente_core::ParticipantRecord>| -> Vec<Cell> {
        let Some(p) = p else { return vec![Cell::Null; 10] };
        let b = blocks(&p.code);
        // Type codes are the role blocks after the country (or after an IGO/NGO block).
        let types: Vec<&str> = b.iter().copied().filter(|x| Some(*x) != p.country.as_deref()).collect();
        vec![
            Cell::Str(p.code.clone()),
            Cell::Str(p.name.to_uppercase()),
            Cell::opt_str(p.country.as_deref()),
            Cell::Null,
            Cell::Null,
            Cell::Null,
            Cell::Null,
            Cell::opt_str(types.first().copied()),
            Cell::opt_str(types.get(1).copied()),
            Cell::opt_str(types.get(2).copied()),
        ]
    };
    let mut row = vec![
        Cell::Int(g.event.row),
        day.map(Cell::Int).unwrap_or(Cell::Null),
        day.map(|d| Cell::Int(d / 100)).unwrap_or(Cell::Null),
        date.map(|d| Cell::Int(d.year() as i64)).unwrap_or(Cell::Null),
        date.map(|d| Cell::Float(((d.year() as f64 + d.ordinal0() as f64 / 365.0) * 10_000.0).round() / 10_000.0)).unwrap_or(Cell::Null),
    ];
    row.extend(actor(Some(&r.source)));
    row.extend(actor(r.target.as_ref()));
    row.extend([
        Cell::Int((r.sentence == 0) as i64),
        Cell::Str(r.cameo.clone()),
        Cell::Str(r.cameo.chars().take(3).collect()),
        Cell::Str(r.root.clone()),
        Cell::Int(r.quad_class as i64),
        Cell::Float(r.goldstein as f64),
        Cell::Int(g.mentions),
        Cell::Int(g.sources),
        Cell::Int(g.articles),
        Cell::Null,
    ]);
    // Actor1Geo_* and Actor2Geo_*: detente places events, not actors.
    row.extend(std::iter::repeat_n(Cell::Null, 16));
    match &r.location {
        Some(l) => row.extend([
            Cell::Int(4),
            Cell::Str(l.name.clone()),
            Cell::opt_str(l.country.as_deref()),
            Cell::Null,
            Cell::Null,
            Cell::Float(l.lat),
            Cell::Float(l.lon),
            l.geonames_id.map(|g| Cell::Str(g.to_string())).unwrap_or(Cell::Null),
        ]),
        None => row.extend(std::iter::repeat_n(Cell::Null, 8)),
    }
    row.push(day.map(|d| Cell::Int(d * 1_000_000)).unwrap_or(Cell::Null));
    row.push(Cell::opt_str(g.event.url.as_deref()));
    row
}

fn gdelt_types() -> Vec<ColType> {
    GDELT_COLUMNS
        .iter()
        .map(|c| match *c {
            "GlobalEventID" | "Day" | "MonthYear" | "Year" | "IsRootEvent" | "QuadClass" | "NumMentions" | "NumSources"
            | "NumArticles" | "Actor1Geo_Type" | "Actor2Geo_Type" | "ActionGeo_Type" | "DATEADDED" => ColType::Int,
            "FractionDate" | "GoldsteinScale" | "AvgTone" | "Actor1Geo_Lat" | "Actor1Geo_Long" | "Actor2Geo_Lat" | "Actor2Geo_Long"
            | "ActionGeo_Lat" | "ActionGeo_Long" => ColType::Float,
            _ => ColType::Str,
        })
        .collect()
}

fn phoenix_cells(g: &Aggregate) -> Vec<Cell> {
    let r = &g.event.record;
    let date = r.date.as_deref().and_then(|d| d.parse::<chrono::NaiveDate>().ok());
    let actor = |p: Option<&detente_core::ParticipantRecord>| -> Vec<Cell> {
        let Some(p) = p else { return vec![Cell::Null; 4] };
        let b = blocks(&p.code);
        vec![
            Cell::Str(p.code.clone()),
            Cell::opt_str(b.first().copied()),
            Cell::opt_str(b.get(1).copied()),
            if b.len() > 2 { Cell::Str(b[2..].join(";")) } else { Cell::Null },
        ]
    };
    let semi = |s: &Option<String>| s.as_deref().map(|s| Cell::Str(s.replace(',', ";"))).unwrap_or(Cell::Null);
    let mut row = vec![
        Cell::Str(r.event_id.clone()),
        date.map(|d| Cell::Int(crate::day_number(d))).unwrap_or(Cell::Null),
        date.map(|d| Cell::Int(d.year() as i64)).unwrap_or(Cell::Null),
        date.map(|d| Cell::Int(d.month() as i64)).unwrap_or(Cell::Null),
        date.map(|d| Cell::Int(d.day() as i64)).unwrap_or(Cell::Null),
    ];
    row.extend(actor(Some(&r.source)));
    row.extend(actor(r.target.as_ref()));
    row.extend([
        Cell::Str(r.cameo.clone()),
        Cell::Str(r.root.clone()),
        Cell::Int(r.quad_class as i64),
        Cell::Float(r.goldstein as f64),
        Cell::Null,
    ]);
    match &r.location {
        Some(l) => row.extend([Cell::Float(l.lat), Cell::Float(l.lon), Cell::Str(l.name.clone()), Cell::Null, Cell::opt_str(l.country.as_deref())]),
        None => row.extend(std::iter::repeat_n(Cell::Null, 5)),
    }
    row.extend([semi(&g.ids), semi(&g.urls), semi(&g.publishers)]);
    row
}

fn phoenix_types() -> Vec<ColType> {
    PHOENIX_COLUMNS
        .iter()
        .map(|c| match *c {
            "date" | "year" | "month" | "day" | "quad_class" => ColType::Int,
            "goldstein" | "lat" | "lon" => ColType::Float,
            _ => ColType::Str,
        })
        .collect()
}

/// Writes the events matching `filter` from `store` to `out`; returns the rows written.
pub fn write_export<W: Write + Send>(store: &Store, filter: &EventFilter, schema: ExportSchema, format: ExportFormat, out: W) -> Result<u64> {
    match schema {
        ExportSchema::Detente => {
            let mut s = sink(format, CSV_HEADER, detente_types(), out)?;
            let n = store.for_each_event(filter, |e| s.row(detente_cells(&e.record)))?;
            s.finish()?;
            Ok(n)
        }
        ExportSchema::Gdelt | ExportSchema::Phoenix => {
            type CellsOf = fn(&Aggregate) -> Vec<Cell>;
            let (columns, types, cells): (&[&str], _, CellsOf) = match schema {
                ExportSchema::Gdelt => (GDELT_COLUMNS, gdelt_types(), gdelt_cells),
                _ => (PHOENIX_COLUMNS, phoenix_types(), phoenix_cells),
            };
            let mut s = sink(format, columns, types, out)?;
            let w = filter.to_where()?;
            let cols = super::query::EVENT_COLUMNS;
            let sql = format!(
                "SELECT g.num_mentions, g.num_articles, g.num_sources, g.event_ids, g.urls, g.sources, {cols}
                 FROM event_aggregates g JOIN events e ON e.id = g.first_id JOIN articles a ON a.id = e.article_id
                 JOIN sentences s ON s.id = e.sentence_id WHERE {} ORDER BY e.id",
                w.sql()
            );
            let n = store.timed(|c| {
                let mut stmt = c.prepare(&sql)?;
                let mut rows = stmt.query(w.params())?;
                let mut n = 0u64;
                while let Some(r) = rows.next()? {
                    let event = event_from_row_offset(r)?;
                    let g = Aggregate {
                        mentions: r.get(0)?,
                        articles: r.get(1)?,
                        sources: r.get(2)?,
                        ids: r.get(3)?,
                        urls: r.get(4)?,
                        publishers: r.get(5)?,
                        event,
                    };
                    s.row(cells(&g))?;
                    n += 1;
                }
                Ok(n)
            })?;
            s.finish()?;
            Ok(n)
        }
    }
}

/// Reads an event whose columns start after the six aggregate columns.
fn event_from_row_offset(r: &rusqlite::Row) -> rusqlite::Result<StoredEvent> {
    crate::query::event_from_row_at(r, 6)
}

#[cfg(feature = "parquet")]
mod parquet_sink {
    use super::{Cell, ColType, Sink};
    use crate::{Result, StoreError};
    use arrow_array::builder::{Float64Builder, Int64Builder, StringBuilder};
    use arrow_array::{ArrayRef, RecordBatch};
    use arrow_schema::{DataType, Field, Schema};
    use parquet::arrow::ArrowWriter;
    use parquet::basic::Compression;
    use parquet::file::properties::WriterProperties;
    use std::io::Write;
    use std::sync::Arc;

    const BATCH: usize = 8192;

    /// Buffers rows and writes them as Arrow record batches of [`BATCH`] rows.
    pub(super) struct ParquetSink<W: Write + Send> {
        writer: ArrowWriter<W>,
        schema: Arc<Schema>,
        types: Vec<ColType>,
        rows: Vec<Vec<Cell>>,
    }

    fn err(e: impl std::fmt::Display) -> StoreError {
        StoreError::Export(format!("parquet: {e}"))
    }

    impl<W: Write + Send> ParquetSink<W> {
        pub(super) fn new(columns: &[&str], types: Vec<ColType>, out: W) -> Result<Self> {
            let fields: Vec<Field> = columns
                .iter()
                .zip(&types)
                .map(|(n, t)| {
                    let dt = match t {
                        ColType::Str => DataType::Utf8,
                        ColType::Int => DataType::Int64,
                        ColType::Float => DataType::Float64,
                    };
                    Field::new(*n, dt, true)
                })
                .collect();
            let schema = Arc::new(Schema::new(fields));
            let props = WriterProperties::builder().set_compression(Compression::SNAPPY).build();
            let writer = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(err)?;
            Ok(ParquetSink { writer, schema, types, rows: Vec::with_capacity(BATCH) })
        }

        fn flush(&mut self) -> Result<()> {
            if self.rows.is_empty() {
                return Ok(());
            }
            let mut arrays: Vec<ArrayRef> = Vec::with_capacity(self.types.len());
            for (i, t) in self.types.iter().enumerate() {
                let cells = self.rows.iter().map(|r| r.get(i).unwrap_or(&Cell::Null));
                let a: ArrayRef = match t {
                    ColType::Str => {
                        let mut b = StringBuilder::new();
                        for c in cells {
                            match c {
                                Cell::Null => b.append_null(),
                                other => b.append_value(other.text()),
                            }
                        }
                        Arc::new(b.finish())
                    }
                    ColType::Int => {
                        let mut b = Int64Builder::new();
                        for c in cells {
                            match c {
                                Cell::Int(v) => b.append_value(*v),
                                _ => b.append_null(),
                            }
                        }
                        Arc::new(b.finish())
                    }
                    ColType::Float => {
                        let mut b = Float64Builder::new();
                        for c in cells {
                            match c {
                                Cell::Float(v) => b.append_value(*v),
                                Cell::Int(v) => b.append_value(*v as f64),
                                _ => b.append_null(),
                            }
                        }
                        Arc::new(b.finish())
                    }
                };
                arrays.push(a);
            }
            let batch = RecordBatch::try_new(self.schema.clone(), arrays).map_err(err)?;
            self.writer.write(&batch).map_err(err)?;
            self.rows.clear();
            Ok(())
        }
    }

    impl<W: Write + Send> Sink for ParquetSink<W> {
        fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
            self.rows.push(cells);
            if self.rows.len() >= BATCH {
                self.flush()?;
            }
            Ok(())
        }
        fn finish(mut self: Box<Self>) -> Result<()> {
            self.flush()?;
            self.writer.close().map_err(err)?;
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_lists_have_the_published_lengths() {
        assert_eq!(GDELT_COLUMNS.len(), 61);
        assert_eq!(PHOENIX_COLUMNS.len(), 26);
        assert_eq!(gdelt_types().len(), 61);
    }

    #[test]
    fn actor_codes_split_into_blocks() {
        assert_eq!(blocks("USAGOVMIL"), vec!["USA", "GOV", "MIL"]);
        assert_eq!(blocks("IGOUNO"), vec!["IGO", "UNO"]);
        assert!(blocks("US").is_empty());
    }
}
