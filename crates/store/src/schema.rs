//! The SQLite schema: tables, indexes, full-text index and the aggregation views.

/// Bumped when the schema changes incompatibly; stored in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i64 = 1;

/// Connection settings applied to every connection: WAL journal, NORMAL sync (a committed
/// batch survives a killed process; only the transaction in flight is lost), a busy timeout
/// so readers and the writer wait for each other instead of failing.
pub(crate) const PRAGMAS: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA busy_timeout = 10000;
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -65536;
";

/// Tables and indexes. Dates are integers `YYYYMMDD` so months (`day / 100`) and ranges are
/// integer arithmetic; country columns are denormalised onto events for the dyad index.
pub(crate) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS articles (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL UNIQUE,
    day           INTEGER,
    title         TEXT,
    url           TEXT,
    publisher     TEXT,
    origin        TEXT,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    minhash       BLOB NOT NULL,
    canonical_id  INTEGER,
    similarity    REAL,
    events        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS articles_content_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_canonical ON articles(canonical_id) WHERE canonical_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS article_bands (
    band_key    INTEGER NOT NULL,
    article_id  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS article_bands_key ON article_bands(band_key);
CREATE INDEX IF NOT EXISTS article_bands_article ON article_bands(article_id);

CREATE TABLE IF NOT EXISTS sentences (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL,
    idx         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sentences_article ON sentences(article_id, idx);

CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(text, content='', contentless_delete=1);

CREATE TABLE IF NOT EXISTS mentions (
    article_id  INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    code        TEXT NOT NULL,
    country     TEXT,
    sector      TEXT,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    rule        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);

CREATE TABLE IF NOT EXISTS events (
    id              INTEGER PRIMARY KEY,
    event_id        TEXT NOT NULL,
    article_id      INTEGER NOT NULL,
    sentence_id     INTEGER NOT NULL,
    sentence        INTEGER NOT NULL,
    dup             INTEGER NOT NULL DEFAULT 0,
    day             INTEGER,
    date_precision  TEXT,
    src_code        TEXT NOT NULL,
    src_country     TEXT,
    src_sector      TEXT,
    src_name        TEXT NOT NULL,
    src_text        TEXT NOT NULL,
    src_start       INTEGER NOT NULL,
    src_end         INTEGER NOT NULL,
    tgt_code        TEXT,
    tgt_country     TEXT,
    tgt_sector      TEXT,
    tgt_name        TEXT,
    tgt_text        TEXT,
    tgt_start       INTEGER,
    tgt_end         INTEGER,
    cameo           TEXT NOT NULL,
    root            TEXT NOT NULL,
    goldstein       REAL NOT NULL,
    quad_class      INTEGER NOT NULL,
    plover_type     TEXT NOT NULL,
    plover_mode     TEXT,
    modality        TEXT NOT NULL,
    loc_name        TEXT,
    loc_country     TEXT,
    lat             REAL,
    lon             REAL,
    geonames_id     INTEGER,
    verb_start      INTEGER NOT NULL,
    verb_end        INTEGER NOT NULL,
    rule            TEXT NOT NULL,
    confidence      REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_event_id ON events(event_id);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_day ON events(day);
CREATE INDEX IF NOT EXISTS events_dyad ON events(src_country, tgt_country, day, quad_class, goldstein, dup);
CREATE INDEX IF NOT EXISTS events_target ON events(tgt_country, day);
CREATE INDEX IF NOT EXISTS events_src_code ON events(src_code);
CREATE INDEX IF NOT EXISTS events_tgt_code ON events(tgt_code);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);

-- GDELT-style aggregation: one row per day, source, target and event code, with how many
-- mentions (event rows, duplicates included), articles and distinct sources (publishers, or
-- the article id when the publisher is unknown) report it. Phoenix's one-a-day filter keeps
-- exactly one event per such key: the first one stored (`first_id`).
CREATE VIEW IF NOT EXISTS event_aggregates AS
SELECT
    e.day                                   AS day,
    e.src_code                              AS src_code,
    e.tgt_code                              AS tgt_code,
    e.cameo                                 AS cameo,
    min(e.id)                               AS first_id,
    count(*)                                AS num_mentions,
    count(DISTINCT e.article_id)            AS num_articles,
    count(DISTINCT coalesce(a.publisher, a.doc_id)) AS num_sources,
    group_concat(DISTINCT e.event_id)       AS event_ids,
    group_concat(DISTINCT a.url)            AS urls,
    group_concat(DISTINCT a.publisher)      AS sources
FROM events e JOIN articles a ON a.id = e.article_id
GROUP BY e.day, e.src_code, e.tgt_code, e.cameo;

CREATE VIEW IF NOT EXISTS events_one_a_day AS
SELECT e.* FROM events e JOIN event_aggregates g ON e.id = g.first_id;
";
