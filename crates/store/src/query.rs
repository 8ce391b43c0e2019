//! Reading events back: filters, pages with a cursor, one event, one article with its spans,
//! dyad time series and actor rankings.
use crate::{day_date, day_number, Result, Store, StoreError};
use chrono::{Datelike, Duration as Days, NaiveDate};
use detente_core::{Actor, EventRecord, EvidenceRecord, LocationRecord, ParticipantRecord, PloverRecord};
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Which events to return. Every field is optional; all given fields must hold.
///
/// Actor selectors (`actor`, `source`, `target`, `dyad`) are a country (`USA`: any actor of
/// that country) or a CAMEO code prefix (`USAGOV`, `IGOUNO`, `NGO`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EventFilter {
    /// The actor as source or target.
    pub actor: Option<String>,
    /// The source actor.
    pub source: Option<String>,
    /// The target actor.
    pub target: Option<String>,
    /// Two actors, `A,B`: A→B, and also B→A unless `directed`.
    pub dyad: Option<String>,
    /// Only A→B for `dyad`.
    #[serde(deserialize_with = "lenient::boolean")]
    pub directed: bool,
    /// CAMEO event code prefix ("04", "0411").
    pub cameo: Option<String>,
    /// Quad class 1–4.
    #[serde(deserialize_with = "lenient::quad")]
    pub quad_class: Option<u8>,
    /// PLOVER event type ("CONSULT").
    pub plover: Option<String>,
    /// Modality ("asserted", "intended", "negated", "hypothetical").
    pub modality: Option<String>,
    /// First day (inclusive), `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day (inclusive), `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Place name of the event (exact, case-insensitive).
    pub place: Option<String>,
    /// ISO3 country of the event's place.
    pub place_country: Option<String>,
    /// Full-text search in the evidence sentences (SQLite FTS5 syntax: words, "phrases", OR, NOT).
    pub text: Option<String>,
    /// Only events of this article.
    pub doc_id: Option<String>,
    /// Also return events of near-duplicate articles (off: each story counts once).
    #[serde(deserialize_with = "lenient::boolean")]
    pub include_duplicates: bool,
    /// Phoenix's one-a-day filter: only the first event of each day/source/target/code.
    #[serde(deserialize_with = "lenient::boolean")]
    pub one_a_day: bool,
}

/// One row of the GDELT-style aggregation: a day, source, target and event code, with how
/// many event mentions, articles and sources report it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AggregateRow {
    /// The day (`YYYY-MM-DD`), or null for undated events.
    pub date: Option<String>,
    /// Source actor code.
    pub source: String,
    /// Target actor code.
    pub target: Option<String>,
    /// CAMEO event code.
    pub cameo: String,
    /// Quad class.
    pub quad_class: u8,
    /// Goldstein value.
    pub goldstein: f32,
    /// Event mentions (one per coded sentence, duplicates included).
    pub mentions: u64,
    /// Distinct articles.
    pub articles: u64,
    /// Distinct sources (publishers).
    pub sources: u64,
    /// The first event's id (the one Phoenix's one-a-day filter keeps).
    pub event_id: String,
}

/// Deserializers that take values either typed (JSON) or as strings (URL query parameters).
mod lenient {
    use serde::{de::Error, Deserialize, Deserializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Bool(bool),
        Int(i64),
        Str(String),
    }

    pub(super) fn boolean<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
        match Raw::deserialize(d)? {
            Raw::Bool(b) => Ok(b),
            Raw::Int(i) => Ok(i != 0),
            Raw::Str(s) => match s.as_str() {
                "true" | "1" | "yes" | "" => Ok(true),
                "false" | "0" | "no" => Ok(false),
                _ => Err(D::Error::custom(format!("{s:?} is not true or false"))),
            },
        }
    }

    pub(super) fn quad<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
        let n = match Raw::deserialize(d)? {
            Raw::Int(i) => i,
            Raw::Str(s) => s.trim().parse().map_err(|_| D::Error::custom(format!("quad_class {s:?} is not 1, 2, 3 or 4")))?,
            Raw::Bool(_) => return Err(D::Error::custom("quad_class is not 1, 2, 3 or 4")),
        };
        u8::try_from(n).map(Some).map_err(|_| D::Error::custom(format!("quad_class {n} is not 1, 2, 3 or 4")))
    }
}

/// An event as stored, with where it sits in its article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    /// The event in the contract's shape.
    #[serde(flatten)]
    pub record: EventRecord,
    /// The evidence sentence's byte range in the article's clean text.
    pub sentence_range: [u32; 2],
    /// True when the article is a near-duplicate of another.
    pub duplicate: bool,
    /// The article's URL.
    pub url: Option<String>,
    /// The article's headline.
    pub title: Option<String>,
    /// The article's publisher.
    pub publisher: Option<String>,
    /// The store's row number (the pagination cursor).
    #[serde(skip)]
    pub row: i64,
}

/// One page of events and the cursor of the next page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventPage {
    /// Events in store order.
    pub events: Vec<StoredEvent>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// A mention in an [`ArticleView`], with its byte span in the clean text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionSpan {
    /// Byte span in the article text.
    pub span: [u32; 2],
    /// CAMEO actor code.
    pub code: String,
    /// ISO3 country.
    pub country: Option<String>,
    /// Sector block.
    pub sector: Option<String>,
    /// Canonical name.
    pub name: String,
    /// How the mention names the actor ("name", "pronoun", ...).
    pub kind: String,
    /// Dictionary entry or rule.
    pub rule: String,
}

/// An event in an [`ArticleView`], its spans in the article's clean text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventSpan {
    /// The event's id.
    pub event_id: String,
    /// Sentence index.
    pub sentence: u32,
    /// CAMEO event code.
    pub cameo: String,
    /// Quad class.
    pub quad_class: u8,
    /// Goldstein value.
    pub goldstein: f32,
    /// Modality.
    pub modality: String,
    /// Source actor code.
    pub source_code: String,
    /// Source span in the article text.
    pub source: [u32; 2],
    /// Target actor code.
    pub target_code: Option<String>,
    /// Target span in the article text.
    pub target: Option<[u32; 2]>,
    /// Verb span in the article text.
    pub verb: [u32; 2],
}

/// An article with its clean text and every mention and event as spans of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleView {
    /// The article's id.
    pub id: String,
    /// Publication date.
    pub date: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Where it was read from.
    pub origin: Option<String>,
    /// Clean text; every span below is a byte range of it.
    pub text: String,
    /// Content hash.
    pub content_hash: String,
    /// The canonical article this one nearly duplicates.
    pub canonical: Option<String>,
    /// Estimated similarity to the canonical article.
    pub similarity: Option<f64>,
    /// Articles that nearly duplicate this one.
    pub near_duplicates: Vec<String>,
    /// Sentence ranges.
    pub sentences: Vec<[u32; 2]>,
    /// Actor mentions.
    pub mentions: Vec<MentionSpan>,
    /// Events.
    pub events: Vec<EventSpan>,
}

/// The length of the periods of a time series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Interval {
    /// Calendar days.
    Day,
    /// ISO weeks, starting on Monday.
    Week,
    /// Calendar months.
    Month,
    /// Calendar quarters.
    Quarter,
    /// Calendar years.
    Year,
}

impl Interval {
    /// Parses "day", "week", "month", "quarter" or "year".
    pub fn parse(s: &str) -> Option<Interval> {
        Some(match s.to_ascii_lowercase().as_str() {
            "day" => Interval::Day,
            "week" => Interval::Week,
            "month" => Interval::Month,
            "quarter" => Interval::Quarter,
            "year" => Interval::Year,
            _ => return None,
        })
    }
    /// The first day of the period holding `d`.
    pub fn start(self, d: NaiveDate) -> NaiveDate {
        match self {
            Interval::Day => d,
            Interval::Week => d - Days::days(d.weekday().num_days_from_monday() as i64),
            Interval::Month => d.with_day(1).unwrap_or(d),
            Interval::Quarter => NaiveDate::from_ymd_opt(d.year(), (d.month0() / 3) * 3 + 1, 1).unwrap_or(d),
            Interval::Year => NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d),
        }
    }
    /// The first day of the period after the one starting at `start`.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        let months = |n: u32| start.checked_add_months(chrono::Months::new(n)).unwrap_or(NaiveDate::MAX);
        match self {
            Interval::Day => start.succ_opt().unwrap_or(NaiveDate::MAX),
            Interval::Week => start + Days::days(7),
            Interval::Month => months(1),
            Interval::Quarter => months(3),
            Interval::Year => months(12),
        }
    }
}

/// A dyad time series request.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesQuery {
    /// The events counted (its `dyad` names the two actors).
    pub filter: EventFilter,
    /// Period length.
    pub interval: Interval,
}

/// One period of a time series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesPoint {
    /// First day of the period.
    pub period: String,
    /// Events in the period.
    pub events: u64,
    /// Events by quad class: verbal cooperation, material cooperation, verbal conflict, material conflict.
    pub quad_class: [u64; 4],
    /// Sum of Goldstein values.
    pub goldstein_sum: f64,
    /// Mean Goldstein value (0 when there are no events).
    pub goldstein_mean: f64,
}

/// How [`Store::top_actors`] ranks actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorRanking {
    /// Most events first.
    Volume,
    /// Most cooperative (highest mean Goldstein) first.
    Goldstein,
    /// Most conflictual (lowest mean Goldstein) first.
    Conflict,
}

/// An actor's volume and Goldstein values in one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRank {
    /// First day of the period, or null for the whole range.
    pub period: Option<String>,
    /// CAMEO actor code.
    pub code: String,
    /// Events the actor takes part in (as source or target).
    pub events: u64,
    /// Sum of their Goldstein values.
    pub goldstein_sum: f64,
    /// Mean Goldstein value.
    pub goldstein_mean: f64,
}

pub(crate) const EVENT_COLUMNS: &str = "e.id, e.event_id, a.doc_id, e.sentence, e.day, e.date_precision,
    e.src_code, e.src_country, e.src_sector, e.src_name, e.src_text, e.src_start, e.src_end,
    e.tgt_code, e.tgt_country, e.tgt_sector, e.tgt_name, e.tgt_text, e.tgt_start, e.tgt_end,
    e.cameo, e.root, e.goldstein, e.quad_class, e.plover_type, e.plover_mode, e.modality,
    e.loc_name, e.loc_country, e.lat, e.lon, e.geonames_id, s.text, e.verb_start, e.verb_end, e.rule, e.confidence,
    s.start, s.end, e.dup, a.url, a.title, a.publisher";

/// The FROM clause matching [`EVENT_COLUMNS`].
pub(crate) const EVENT_FROM: &str = "events e JOIN articles a ON a.id = e.article_id JOIN sentences s ON s.id = e.sentence_id";

/// Reads one row selected with [`EVENT_COLUMNS`].
pub(crate) fn event_from_row(r: &Row) -> rusqlite::Result<StoredEvent> {
    event_from_row_at(r, 0)
}

/// Reads an event whose [`EVENT_COLUMNS`] start at column `o`.
pub(crate) fn event_from_row_at(r: &Row, o: usize) -> rusqlite::Result<StoredEvent> {
    let day: Option<i64> = r.get(o + 4)?;
    let target = match r.get::<_, Option<String>>(o + 13)? {
        Some(code) => Some(ParticipantRecord {
            code,
            country: r.get(o + 14)?,
            sector: r.get(o + 15)?,
            name: r.get::<_, Option<String>>(o + 16)?.unwrap_or_default(),
            text: r.get::<_, Option<String>>(o + 17)?.unwrap_or_default(),
            span: [r.get::<_, Option<u32>>(o + 18)?.unwrap_or(0), r.get::<_, Option<u32>>(o + 19)?.unwrap_or(0)],
        }),
        None => None,
    };
    let location = match r.get::<_, Option<String>>(o + 27)? {
        Some(name) => Some(LocationRecord {
            name,
            country: r.get(o + 28)?,
            lat: r.get::<_, Option<f64>>(o + 29)?.unwrap_or(0.0),
            lon: r.get::<_, Option<f64>>(o + 30)?.unwrap_or(0.0),
            geonames_id: r.get::<_, Option<i64>>(o + 31)?.map(|g| g as u64),
        }),
        None => None,
    };
    let record = EventRecord {
        event_id: r.get(o + 1)?,
        doc_id: r.get(o + 2)?,
        sentence: r.get(o + 3)?,
        date: day.and_then(day_date).map(|d| d.to_string()),
        date_precision: r.get(o + 5)?,
        source: ParticipantRecord {
            code: r.get(o + 6)?,
            country: r.get(o + 7)?,
            sector: r.get(o + 8)?,
            name: r.get(o + 9)?,
            text: r.get(o + 10)?,
            span: [r.get(o + 11)?, r.get(o + 12)?],
        },
        target,
        cameo: r.get(o + 20)?,
        root: r.get(o + 21)?,
        goldstein: r.get::<_, f64>(o + 22)? as f32,
        quad_class: r.get(o + 23)?,
        plover: PloverRecord { event_type: r.get(o + 24)?, mode: r.get(o + 25)? },
        modality: r.get(o + 26)?,
        location,
        evidence: EvidenceRecord { text: r.get(o + 32)?, verb: [r.get(o + 33)?, r.get(o + 34)?], rule: r.get(o + 35)? },
        confidence: r.get::<_, f64>(o + 36)? as f32,
    };
    Ok(StoredEvent {
        row: r.get(o)?,
        record,
        sentence_range: [r.get(o + 37)?, r.get(o + 38)?],
        duplicate: r.get::<_, i64>(o + 39)? != 0,
        url: r.get(o + 40)?,
        title: r.get(o + 41)?,
        publisher: r.get(o + 42)?,
    })
}

/// A WHERE clause under construction: SQL conjuncts and their parameters.
#[derive(Default)]
pub(crate) struct Where {
    parts: Vec<String>,
    params: Vec<Value>,
}

impl Where {
    fn push(&mut self, sql: String, params: impl IntoIterator<Item = Value>) {
        self.parts.push(sql);
        self.params.extend(params);
    }
    pub(crate) fn sql(&self) -> String {
        if self.parts.is_empty() {
            "1".to_string()
        } else {
            self.parts.join(" AND ")
        }
    }
    pub(crate) fn params(&self) -> rusqlite::ParamsFromIter<std::slice::Iter<'_, Value>> {
        rusqlite::params_from_iter(self.params.iter())
    }
}

/// The SQL test of an actor selector in role `role` ("src" or "tgt"): a country compares
/// the country column (served by the dyad index), anything else is a code prefix.
fn actor_test(field: &'static str, role: &str, sel: &str) -> Result<(String, Value)> {
    let sel = sel.trim().to_ascii_uppercase();
    if sel.is_empty() || sel.len() > 30 || !sel.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(StoreError::InvalidFilter { field, reason: format!("{sel:?} is not a country or CAMEO actor code") });
    }
    if sel.len() == 3 && Actor::split_code(&sel).0.as_deref() == Some(sel.as_str()) {
        Ok((format!("e.{role}_country = ?"), Value::Text(sel)))
    } else {
        Ok((format!("e.{role}_code GLOB ?"), Value::Text(format!("{sel}*"))))
    }
}

fn parse_day(field: &'static str, s: &str) -> Result<i64> {
    s.trim()
        .parse::<NaiveDate>()
        .map(day_number)
        .map_err(|e| StoreError::InvalidFilter { field, reason: format!("{s:?} is not a YYYY-MM-DD date ({e})") })
}

/// Splits a dyad "A,B".
fn dyad(s: &str) -> Result<(&str, &str)> {
    match s.split_once(',') {
        Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => Ok((a, b)),
        _ => Err(StoreError::InvalidFilter { field: "dyad", reason: format!("{s:?} is not two actors separated by a comma (USA,CHN)") }),
    }
}

impl EventFilter {
    /// Checks the filter and turns it into SQL over `events e` (joined with `articles a`).
    pub(crate) fn to_where(&self) -> Result<Where> {
        let mut w = Where::default();
        if let Some(a) = &self.actor {
            let (s, p) = actor_test("actor", "src", a)?;
            let (t, q) = actor_test("actor", "tgt", a)?;
            w.push(format!("({s} OR {t})"), [p, q]);
        }
        if let Some(a) = &self.source {
            let (s, p) = actor_test("source", "src", a)?;
            w.push(s, [p]);
        }
        if let Some(a) = &self.target {
            let (s, p) = actor_test("target", "tgt", a)?;
            w.push(s, [p]);
        }
        if let Some(d) = &self.dyad {
            let (a, b) = dyad(d)?;
            let (sa, pa) = actor_test("dyad", "src", a)?;
            let (tb, pb) = actor_test("dyad", "tgt", b)?;
            if self.directed {
                w.push(format!("{sa} AND {tb}"), [pa, pb]);
            } else {
                let (sb, qb) = actor_test("dyad", "src", b)?;
                let (ta, qa) = actor_test("dyad", "tgt", a)?;
                w.push(format!("(({sa} AND {tb}) OR ({sb} AND {ta}))"), [pa, pb, qb, qa]);
            }
        }
        if let Some(c) = &self.cameo {
            let c = c.trim();
            if c.is_empty() || c.len() > 4 || !c.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Err(StoreError::InvalidFilter { field: "cameo", reason: format!("{c:?} is not a CAMEO event code prefix") });
            }
            w.push("e.cameo GLOB ?".into(), [Value::Text(format!("{c}*"))]);
        }
        if let Some(q) = self.quad_class {
            if !(1..=4).contains(&q) {
                return Err(StoreError::InvalidFilter { field: "quad_class", reason: format!("{q} is not 1, 2, 3 or 4") });
            }
            w.push("e.quad_class = ?".into(), [Value::Integer(q as i64)]);
        }
        if let Some(p) = &self.plover {
            w.push("e.plover_type = ?".into(), [Value::Text(p.trim().to_ascii_uppercase())]);
        }
        if let Some(m) = &self.modality {
            if detente_core::Modality::parse(m).is_none() {
                return Err(StoreError::InvalidFilter { field: "modality", reason: format!("{m:?} is not asserted, intended, negated or hypothetical") });
            }
            w.push("e.modality = ?".into(), [Value::Text(m.clone())]);
        }
        if let Some(f) = &self.from {
            w.push("e.day >= ?".into(), [Value::Integer(parse_day("from", f)?)]);
        }
        if let Some(t) = &self.to {
            w.push("e.day <= ?".into(), [Value::Integer(parse_day("to", t)?)]);
        }
        if let Some(p) = &self.place {
            w.push("e.loc_name = ? COLLATE NOCASE".into(), [Value::Text(p.trim().to_string())]);
        }
        if let Some(c) = &self.place_country {
            w.push("e.loc_country = ?".into(), [Value::Text(c.trim().to_ascii_uppercase())]);
        }
        if let Some(t) = &self.text {
            if t.trim().is_empty() {
                return Err(StoreError::InvalidFilter { field: "text", reason: "empty search".into() });
            }
            w.push("e.sentence_id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)".into(), [Value::Text(t.clone())]);
        }
        if let Some(d) = &self.doc_id {
            w.push("e.article_id = (SELECT id FROM articles WHERE doc_id = ?)".into(), [Value::Text(d.clone())]);
        }
        if !self.include_duplicates {
            w.push("e.dup = 0".into(), []);
        }
        if self.one_a_day {
            w.push("e.id IN (SELECT first_id FROM event_aggregates)".into(), []);
        }
        Ok(w)
    }
}

/// Turns SQLite's complaint about a bad FTS5 query into a filter error naming the field.
fn fts_error(e: StoreError, filter: &EventFilter) -> StoreError {
    match e {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(ref f, Some(ref msg))) if filter.text.is_some() && f.code == rusqlite::ErrorCode::Unknown => {
            StoreError::InvalidFilter { field: "text", reason: msg.clone() }
        }
        other => other,
    }
}

impl Store {
    /// One page of events matching `filter`, after `cursor` (from the previous page), at most `limit`.
    pub fn events(&self, filter: &EventFilter, cursor: Option<&str>, limit: usize) -> Result<EventPage> {
        let mut w = filter.to_where()?;
        if let Some(c) = cursor {
            let after: i64 = c
                .parse()
                .map_err(|_| StoreError::InvalidFilter { field: "cursor", reason: format!("{c:?} is not a cursor from a previous page") })?;
            w.push("e.id > ?".into(), [Value::Integer(after)]);
        }
        let sql = format!("SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE {} ORDER BY e.id LIMIT {}", w.sql(), limit + 1);
        let mut events = self
            .timed(|c| Ok(c.prepare_cached(&sql)?.query_map(w.params(), event_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?))
            .map_err(|e| fts_error(e, filter))?;
        let next_cursor = if events.len() > limit {
            events.truncate(limit);
            events.last().map(|e| e.row.to_string())
        } else {
            None
        };
        Ok(EventPage { events, next_cursor })
    }

    /// Calls `each` on every event matching `filter`, in store order (exports, big queries).
    pub fn for_each_event(&self, filter: &EventFilter, mut each: impl FnMut(StoredEvent) -> Result<()>) -> Result<u64> {
        let w = filter.to_where()?;
        let sql = format!("SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE {} ORDER BY e.id", w.sql());
        self.timed(|c| {
            let mut stmt = c.prepare(&sql)?;
            let mut rows = stmt.query(w.params())?;
            let mut n = 0;
            while let Some(r) = rows.next()? {
                each(event_from_row(r)?)?;
                n += 1;
            }
            Ok(n)
        })
        .map_err(|e| fts_error(e, filter))
    }

    /// GDELT-style aggregates of the events matching `filter` (applied to each group's first
    /// event), most mentioned first, at most `limit` rows.
    pub fn aggregates(&self, filter: &EventFilter, limit: usize) -> Result<Vec<AggregateRow>> {
        let w = filter.to_where()?;
        let sql = format!(
            "SELECT g.day, g.src_code, g.tgt_code, g.cameo, e.quad_class, e.goldstein, g.num_mentions, g.num_articles, g.num_sources, e.event_id
             FROM event_aggregates g JOIN events e ON e.id = g.first_id JOIN articles a ON a.id = e.article_id
             WHERE {} ORDER BY g.num_mentions DESC, g.day LIMIT {limit}",
            w.sql()
        );
        self.timed(|c| {
            Ok(c.prepare(&sql)?
                .query_map(w.params(), |r| {
                    Ok(AggregateRow {
                        date: r.get::<_, Option<i64>>(0)?.and_then(day_date).map(|d| d.to_string()),
                        source: r.get(1)?,
                        target: r.get(2)?,
                        cameo: r.get(3)?,
                        quad_class: r.get(4)?,
                        goldstein: r.get::<_, f64>(5)? as f32,
                        mentions: r.get::<_, i64>(6)? as u64,
                        articles: r.get::<_, i64>(7)? as u64,
                        sources: r.get::<_, i64>(8)? as u64,
                        event_id: r.get(9)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?)
        })
        .map_err(|e| fts_error(e, filter))
    }

    /// The event with this id (the contract's `event_id`), if stored.
    pub fn event(&self, event_id: &str) -> Result<Option<StoredEvent>> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE e.event_id = ?1 ORDER BY e.id LIMIT 1");
        self.timed(|c| Ok(c.prepare_cached(&sql)?.query_row([event_id], event_from_row).optional()?))
    }

    /// The article with this id: clean text, mentions and events as spans of the text.
    pub fn article(&self, doc_id: &str) -> Result<Option<ArticleView>> {
        self.timed(|c| {
            let head = c
                .prepare_cached(
                    "SELECT a.id, a.doc_id, a.day, a.title, a.url, a.publisher, a.origin, a.text, a.content_hash, c.doc_id, a.similarity
                     FROM articles a LEFT JOIN articles c ON c.id = a.canonical_id WHERE a.doc_id = ?1",
                )?
                .query_row([doc_id], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        ArticleView {
                            id: r.get(1)?,
                            date: r.get::<_, Option<i64>>(2)?.and_then(day_date).map(|d| d.to_string()),
                            title: r.get(3)?,
                            url: r.get(4)?,
                            publisher: r.get(5)?,
                            origin: r.get(6)?,
                            text: r.get(7)?,
                            content_hash: r.get(8)?,
                            canonical: r.get(9)?,
                            similarity: r.get(10)?,
                            near_duplicates: vec![],
                            sentences: vec![],
                            mentions: vec![],
                            events: vec![],
                        },
                    ))
                })
                .optional()?;
            let Some((id, mut view)) = head else { return Ok(None) };
            view.near_duplicates = c
                .prepare_cached("SELECT doc_id FROM articles WHERE canonical_id = ?1 ORDER BY id")?
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            view.sentences = c
                .prepare_cached("SELECT start, end FROM sentences WHERE article_id = ?1 ORDER BY idx")?
                .query_map([id], |r| Ok([r.get(0)?, r.get(1)?]))?
                .collect::<rusqlite::Result<_>>()?;
            view.mentions = c
                .prepare_cached("SELECT start, end, code, country, sector, name, kind, rule FROM mentions WHERE article_id = ?1 ORDER BY start, end")?
                .query_map([id], |r| {
                    Ok(MentionSpan {
                        span: [r.get(0)?, r.get(1)?],
                        code: r.get(2)?,
                        country: r.get(3)?,
                        sector: r.get(4)?,
                        name: r.get(5)?,
                        kind: r.get(6)?,
                        rule: r.get(7)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            view.events = c
                .prepare_cached(
                    "SELECT e.event_id, e.sentence, e.cameo, e.quad_class, e.goldstein, e.modality, e.src_code, e.src_start, e.src_end,
                        e.tgt_code, e.tgt_start, e.tgt_end, e.verb_start, e.verb_end, s.start
                     FROM events e JOIN sentences s ON s.id = e.sentence_id WHERE e.article_id = ?1 ORDER BY e.id",
                )?
                .query_map([id], |r| {
                    let base: u32 = r.get(14)?;
                    let tgt: Option<(u32, u32)> = match (r.get::<_, Option<u32>>(10)?, r.get::<_, Option<u32>>(11)?) {
                        (Some(s), Some(e)) => Some((s, e)),
                        _ => None,
                    };
                    Ok(EventSpan {
                        event_id: r.get(0)?,
                        sentence: r.get(1)?,
                        cameo: r.get(2)?,
                        quad_class: r.get(3)?,
                        goldstein: r.get::<_, f64>(4)? as f32,
                        modality: r.get(5)?,
                        source_code: r.get(6)?,
                        source: [base + r.get::<_, u32>(7)?, base + r.get::<_, u32>(8)?],
                        target_code: r.get(9)?,
                        target: tgt.map(|(s, e)| [base + s, base + e]),
                        verb: [base + r.get::<_, u32>(12)?, base + r.get::<_, u32>(13)?],
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            Ok(Some(view))
        })
    }

    /// The time series of events matching `q.filter` (normally a dyad), by period: counts by
    /// quad class, summed and mean Goldstein. Periods without events inside the range are
    /// present with zeros; events without a date are left out.
    pub fn series(&self, q: &SeriesQuery) -> Result<Vec<SeriesPoint>> {
        let w = q.filter.to_where()?;
        let sql = format!(
            "SELECT e.day, e.quad_class, count(*), sum(e.goldstein) FROM events e WHERE {} AND e.day IS NOT NULL GROUP BY e.day, e.quad_class",
            w.sql()
        );
        let rows: Vec<(i64, i64, i64, f64)> = self
            .timed(|c| Ok(c.prepare_cached(&sql)?.query_map(w.params(), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<rusqlite::Result<_>>()?))
            .map_err(|e| fts_error(e, &q.filter))?;
        let mut buckets: BTreeMap<NaiveDate, SeriesPoint> = BTreeMap::new();
        let empty = |p: NaiveDate| SeriesPoint { period: p.to_string(), events: 0, quad_class: [0; 4], goldstein_sum: 0.0, goldstein_mean: 0.0 };
        for (day, quad, n, g) in rows {
            let Some(d) = day_date(day) else { continue };
            let p = q.interval.start(d);
            let b = buckets.entry(p).or_insert_with(|| empty(p));
            b.events += n as u64;
            if (1..=4).contains(&quad) {
                b.quad_class[quad as usize - 1] += n as u64;
            }
            b.goldstein_sum += g;
        }
        let bound = |s: &Option<String>| s.as_deref().and_then(|s| s.trim().parse::<NaiveDate>().ok()).map(|d| q.interval.start(d));
        let first = bound(&q.filter.from).or_else(|| buckets.keys().next().copied());
        let last = bound(&q.filter.to).or_else(|| buckets.keys().next_back().copied());
        if let (Some(first), Some(last)) = (first, last) {
            // Fill gaps, at most a few thousand periods (a century by week).
            let mut p = first;
            let mut n = 0;
            while p <= last && n < 10_000 {
                buckets.entry(p).or_insert_with(|| empty(p));
                p = q.interval.next(p);
                n += 1;
            }
        }
        Ok(buckets
            .into_values()
            .map(|mut b| {
                if b.events > 0 {
                    b.goldstein_mean = b.goldstein_sum / b.events as f64;
                }
                b
            })
            .collect())
    }

    /// The top `limit` actors (as source or target) of events matching `filter`, ranked by
    /// `by`, for the whole range or per period of `interval`.
    pub fn top_actors(&self, filter: &EventFilter, interval: Option<Interval>, by: ActorRanking, limit: usize) -> Result<Vec<ActorRank>> {
        let w = filter.to_where()?;
        let sql = format!(
            "SELECT day, code, count(*), sum(g) FROM (
                SELECT e.day AS day, e.src_code AS code, e.goldstein AS g FROM events e WHERE {0}
                UNION ALL
                SELECT e.day, e.tgt_code, e.goldstein FROM events e WHERE {0} AND e.tgt_code IS NOT NULL)
             GROUP BY day, code",
            w.sql()
        );
        let params: Vec<Value> = w.params.iter().chain(w.params.iter()).cloned().collect();
        let rows: Vec<(Option<i64>, String, i64, f64)> = self
            .timed(|c| {
                Ok(c.prepare_cached(&sql)?
                    .query_map(rusqlite::params_from_iter(params.iter()), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                    .collect::<rusqlite::Result<_>>()?)
            })
            .map_err(|e| fts_error(e, filter))?;
        let mut groups: BTreeMap<Option<NaiveDate>, HashMap<String, (u64, f64)>> = BTreeMap::new();
        for (day, code, n, g) in rows {
            let period = match interval {
                Some(i) => match day.and_then(day_date) {
                    Some(d) => Some(i.start(d)),
                    None => continue,
                },
                None => None,
            };
            let e = groups.entry(period).or_default().entry(code).or_default();
            e.0 += n as u64;
            e.1 += g;
        }
        let mut out = Vec::new();
        for (period, actors) in groups {
            let mut ranks: Vec<ActorRank> = actors
                .into_iter()
                .map(|(code, (n, g))| ActorRank {
                    period: period.map(|p| p.to_string()),
                    code,
                    events: n,
                    goldstein_sum: g,
                    goldstein_mean: if n > 0 { g / n as f64 } else { 0.0 },
                })
                .collect();
            ranks.sort_by(|a, b| {
                let o = match by {
                    ActorRanking::Volume => b.events.cmp(&a.events),
                    ActorRanking::Goldstein => b.goldstein_mean.total_cmp(&a.goldstein_mean),
                    ActorRanking::Conflict => a.goldstein_mean.total_cmp(&b.goldstein_mean),
                };
                o.then(b.events.cmp(&a.events)).then(a.code.cmp(&b.code))
            });
            ranks.truncate(limit);
            out.extend(ranks);
        }
        Ok(out)
    }
}
