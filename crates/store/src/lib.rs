//! The embedded event store: SQLite (bundled, WAL) holding articles, sentences, mentions and
//! events with their evidence, near-duplicate links, GDELT-style aggregates and Phoenix's
//! one-a-day view; filtered queries, dyad time series and exports (CSV and Parquet in the
//! detente, GDELT and Phoenix columns).
//!
//! ```
//! use detente_store::{Store, EventFilter};
//! let mut store = Store::open_in_memory().unwrap();
//! let docs = detente_store::synthetic::documents(0, 3);
//! let stats = store.ingest(&docs).unwrap();
//! assert_eq!(stats.articles, 3);
//! let page = store.events(&EventFilter::default(), None, 100).unwrap();
//! assert_eq!(page.events.len() as u64, stats.events);
//! ```
#![warn(missing_docs)]

pub mod dashboard;
pub mod dedup;
mod export;
mod ingest;
mod query;
mod schema;
pub mod synthetic;

pub use export::{write_csv, write_export, ExportFormat, ExportSchema, GDELT_COLUMNS, PHOENIX_COLUMNS};
#[cfg(feature = "parquet")]
pub use export::write_parquet;
pub use ingest::{IngestOutcome, IngestStats};
pub use query::{
    ActorRank, ActorRanking, AggregateRow, ArticleView, EventFilter, EventPage, Interval, MentionSpan, EventSpan, SeriesPoint, SeriesQuery,
    StoredEvent,
};
pub use schema::SCHEMA_VERSION;

use rusqlite::Connection;
use std::path::Path;
use std::time::{Duration, Instant};

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed (I/O, corruption, a locked database after the busy timeout).
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database file was written by an incompatible version of detente.
    #[error("the store has schema version {found}, this detente reads version {expected}")]
    SchemaVersion {
        /// Version found in the file.
        found: i64,
        /// Version this build reads.
        expected: i64,
    },
    /// A query parameter is not usable; `field` names it.
    #[error("invalid {field}: {reason}")]
    InvalidFilter {
        /// The filter field ("dyad", "from", "cameo").
        field: &'static str,
        /// Why.
        reason: String,
    },
    /// A query ran past its time limit and was interrupted.
    #[error("query interrupted after its time limit of {0:?}")]
    Timeout(Duration),
    /// Writing an export failed.
    #[error("export: {0}")]
    Export(String),
    /// Reading or writing a file failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Shorthand for store results.
pub type Result<T> = std::result::Result<T, StoreError>;

/// A connection to a detente store (one SQLite file, or memory for tests).
///
/// One `Store` writes at a time (SQLite's rule); any number may read, also while a writer
/// commits, thanks to WAL.
pub struct Store {
    conn: Connection,
    time_limit: Option<Duration>,
}

impl Store {
    /// Opens (creating if needed) the store at `path`, in WAL mode, and brings the schema up.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Self::setup(Connection::open(path)?)
    }

    /// Opens an existing store for reading only (the API's and `detente query`'s connection).
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        use rusqlite::OpenFlags;
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        conn.execute_batch("PRAGMA busy_timeout = 10000; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;")?;
        check_version(&conn)?;
        Ok(Store { conn, time_limit: None })
    }

    /// A fresh store in memory (tests, `POST /api/code` never needs one).
    pub fn open_in_memory() -> Result<Store> {
        Self::setup(Connection::open_in_memory()?)
    }

    fn setup(conn: Connection) -> Result<Store> {
        conn.execute_batch(schema::PRAGMAS)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version == 0 {
            conn.execute_batch(&format!("BEGIN; {} PRAGMA user_version = {}; COMMIT;", schema::SCHEMA, SCHEMA_VERSION))?;
        }
        check_version(&conn)?;
        Ok(Store { conn, time_limit: None })
    }

    /// Interrupts any later query that runs longer than `limit` with [`StoreError::Timeout`].
    pub fn set_time_limit(&mut self, limit: Option<Duration>) {
        self.time_limit = limit;
    }

    /// The underlying connection, for checks and ad-hoc SQL (e.g. `PRAGMA integrity_check`).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` under the time limit: a progress handler interrupts SQLite past the deadline.
    fn timed<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let Some(limit) = self.time_limit else { return f(&self.conn) };
        let deadline = Instant::now() + limit;
        self.conn.progress_handler(10_000, Some(move || Instant::now() > deadline));
        let out = f(&self.conn);
        self.conn.progress_handler(10_000, None::<fn() -> bool>);
        match out {
            Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _))) if e.code == rusqlite::ErrorCode::OperationInterrupted => {
                Err(StoreError::Timeout(limit))
            }
            other => other,
        }
    }

    /// Counts of what the store holds.
    pub fn counts(&self) -> Result<StoreCounts> {
        let one = |sql: &str| -> Result<u64> { Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64) };
        Ok(StoreCounts {
            articles: one("SELECT count(*) FROM articles")?,
            near_duplicates: one("SELECT count(*) FROM articles WHERE canonical_id IS NOT NULL")?,
            sentences: one("SELECT count(*) FROM sentences")?,
            mentions: one("SELECT count(*) FROM mentions")?,
            events: one("SELECT count(*) FROM events")?,
        })
    }
}

fn check_version(conn: &Connection) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found != SCHEMA_VERSION {
        return Err(StoreError::SchemaVersion { found, expected: SCHEMA_VERSION });
    }
    Ok(())
}

/// How many rows of each kind a store holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct StoreCounts {
    /// Articles (near-duplicates included).
    pub articles: u64,
    /// Articles linked to a canonical article as near-duplicates.
    pub near_duplicates: u64,
    /// Sentences.
    pub sentences: u64,
    /// Actor mentions.
    pub mentions: u64,
    /// Events.
    pub events: u64,
}

/// `YYYYMMDD` for a date: the store's integer day.
pub(crate) fn day_number(d: chrono::NaiveDate) -> i64 {
    use chrono::Datelike;
    d.year() as i64 * 10_000 + d.month() as i64 * 100 + d.day() as i64
}

/// The date of a `YYYYMMDD` integer, if valid.
pub(crate) fn day_date(n: i64) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt((n / 10_000) as i32, (n / 100 % 100) as u32, (n % 100) as u32)
}

#[cfg(test)]
mod tests;
