//! Writing coded documents into the store, one transaction per batch.
use crate::dedup::{Signature, NEAR_DUPLICATE};
use crate::{day_number, Result, Store};
use detente_core::{fnv1a, Document, EventRecord};
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::HashMap;

/// What happened to one document on ingest.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum IngestOutcome {
    /// A new article, stored with its events.
    Inserted,
    /// A new article, stored and linked to the canonical article it nearly duplicates.
    NearDuplicate {
        /// The canonical article's id.
        canonical: String,
        /// Estimated Jaccard similarity of their shingles.
        similarity: f64,
    },
    /// An article already stored under this id with other content: its old sentences,
    /// mentions and events were replaced in the same transaction.
    Replaced,
    /// The same id with the same content is already stored: nothing changed.
    Unchanged,
    /// The same content is already stored under another id: nothing changed.
    Duplicate {
        /// The id it is stored under.
        of: String,
    },
}

/// Counts of one or more ingested batches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct IngestStats {
    /// Articles written (new or replaced).
    pub articles: u64,
    /// Of those, articles that replaced an older version.
    pub replaced: u64,
    /// Of those, articles linked to a canonical article as near-duplicates.
    pub near_duplicates: u64,
    /// Documents skipped because the same id and content, or the same content, is stored.
    pub duplicates: u64,
    /// Sentences written.
    pub sentences: u64,
    /// Mentions written.
    pub mentions: u64,
    /// Events written.
    pub events: u64,
}

impl IngestStats {
    /// Adds another batch's counts.
    pub fn add(&mut self, o: &IngestStats) {
        self.articles += o.articles;
        self.replaced += o.replaced;
        self.near_duplicates += o.near_duplicates;
        self.duplicates += o.duplicates;
        self.sentences += o.sentences;
        self.mentions += o.mentions;
        self.events += o.events;
    }
}

/// The content hash of an article: FNV-1a over its clean text, as 16 hex digits.
pub(crate) fn content_hash(text: &str) -> String {
    format!("{:016x}", fnv1a(&[text]))
}

impl Store {
    /// Stores a batch of coded documents in one transaction: either all of the batch is
    /// committed or (on an error or a killed process) none of it.
    pub fn ingest(&mut self, docs: &[Document]) -> Result<IngestStats> {
        Ok(self.ingest_with_outcomes(docs)?.0)
    }

    /// Like [`Store::ingest`], also telling what happened to each document, in order.
    pub fn ingest_with_outcomes(&mut self, docs: &[Document]) -> Result<(IngestStats, Vec<IngestOutcome>)> {
        let tx = self.conn.transaction()?;
        let mut stats = IngestStats::default();
        let mut outcomes = Vec::with_capacity(docs.len());
        for doc in docs {
            outcomes.push(ingest_one(&tx, doc, &mut stats)?);
        }
        tx.commit()?;
        Ok((stats, outcomes))
    }
}

fn ingest_one(tx: &Transaction, doc: &Document, stats: &mut IngestStats) -> Result<IngestOutcome> {
    let hash = content_hash(&doc.text);
    let existing: Option<(i64, String)> = tx
        .prepare_cached("SELECT id, content_hash FROM articles WHERE doc_id = ?1")?
        .query_row([&doc.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let replacing = match existing {
        Some((_, ref h)) if *h == hash => {
            stats.duplicates += 1;
            return Ok(IngestOutcome::Unchanged);
        }
        Some((id, _)) => Some(id),
        None => {
            let same: Option<String> = tx
                .prepare_cached("SELECT doc_id FROM articles WHERE content_hash = ?1 LIMIT 1")?
                .query_row([&hash], |r| r.get(0))
                .optional()?;
            if let Some(of) = same {
                stats.duplicates += 1;
                return Ok(IngestOutcome::Duplicate { of });
            }
            None
        }
    };
    if let Some(id) = replacing {
        delete_children(tx, id)?;
    }

    // Near-duplicates: candidates share a band with a canonical article.
    let sig = Signature::of(&doc.text);
    let keys = sig.band_keys();
    let mut best: Option<(i64, f64)> = None;
    {
        let mut band = tx.prepare_cached("SELECT article_id FROM article_bands WHERE band_key = ?1")?;
        let mut get = tx.prepare_cached("SELECT minhash FROM articles WHERE id = ?1")?;
        let mut seen = Vec::new();
        for key in keys {
            let ids: Vec<i64> = band.query_map([key], |r| r.get(0))?.collect::<std::result::Result<_, _>>()?;
            for id in ids {
                if Some(id) == replacing || seen.contains(&id) {
                    continue;
                }
                seen.push(id);
                let bytes: Vec<u8> = get.query_row([id], |r| r.get(0))?;
                if let Some(other) = Signature::from_bytes(&bytes) {
                    let s = sig.similarity(&other);
                    if s >= NEAR_DUPLICATE && best.is_none_or(|(_, b)| s > b) {
                        best = Some((id, s));
                    }
                }
            }
        }
    }

    let day = doc.date.map(day_number);
    let origin = doc.origin.to_string();
    // One parameter list for both statements: ?1 is the row id to replace, or the new doc id.
    let (sql, key): (&str, &dyn rusqlite::ToSql) = match &replacing {
        Some(id) => (
            "UPDATE articles SET day=?2, title=?3, url=?4, publisher=?5, origin=?6, text=?7, content_hash=?8, minhash=?9,
                 canonical_id=?10, similarity=?11, events=?12 WHERE id=?1",
            id,
        ),
        None => (
            "INSERT INTO articles (doc_id, day, title, url, publisher, origin, text, content_hash, minhash, canonical_id, similarity, events)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            &doc.id,
        ),
    };
    tx.prepare_cached(sql)?.execute(params![
        key,
        day,
        doc.title,
        doc.url,
        doc.publisher,
        origin,
        doc.text,
        hash,
        sig.to_bytes(),
        best.map(|b| b.0),
        best.map(|b| b.1),
        doc.events.len() as i64
    ])?;
    let article_id = replacing.unwrap_or_else(|| tx.last_insert_rowid());
    if best.is_none() {
        let mut ins = tx.prepare_cached("INSERT INTO article_bands (band_key, article_id) VALUES (?1, ?2)")?;
        for key in keys {
            ins.execute(params![key, article_id])?;
        }
    }

    // Sentences, each also in the full-text index.
    let mut sentence_rows: HashMap<u32, i64> = HashMap::with_capacity(doc.sentences.len());
    {
        let mut ins = tx.prepare_cached("INSERT INTO sentences (article_id, idx, start, end, text) VALUES (?1, ?2, ?3, ?4, ?5)")?;
        let mut fts = tx.prepare_cached("INSERT INTO sentences_fts (rowid, text) VALUES (?1, ?2)")?;
        let mut put = |idx: u32, start: u32, end: u32, text: &str| -> Result<i64> {
            ins.execute(params![article_id, idx, start, end, text])?;
            let id = tx.last_insert_rowid();
            fts.execute(params![id, text])?;
            Ok(id)
        };
        for (i, s) in doc.sentences.iter().enumerate() {
            let text = doc.text.get(s.range.to_range()).unwrap_or("");
            sentence_rows.insert(i as u32, put(i as u32, s.range.start, s.range.end, text)?);
        }
        // An event naming a sentence the document does not have keeps its evidence all the same.
        for ev in &doc.events {
            if let std::collections::hash_map::Entry::Vacant(slot) = sentence_rows.entry(ev.sentence) {
                let text = doc.text.get(ev.verb.to_range()).unwrap_or("");
                slot.insert(put(ev.sentence, ev.verb.start, ev.verb.end, text)?);
            }
        }
    }
    stats.sentences += sentence_rows.len() as u64;

    {
        let mut ins = tx.prepare_cached(
            "INSERT INTO mentions (article_id, start, end, code, country, sector, name, kind, rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for m in &doc.mentions {
            let kind = serde_json::to_value(m.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            ins.execute(params![
                article_id,
                m.range.start,
                m.range.end,
                m.actor.code,
                m.actor.country,
                m.actor.sector,
                m.actor.name,
                kind,
                m.rule
            ])?;
        }
    }
    stats.mentions += doc.mentions.len() as u64;

    {
        let mut ins = tx.prepare_cached(
            "INSERT INTO events (event_id, article_id, sentence_id, sentence, dup, day, date_precision,
                src_code, src_country, src_sector, src_name, src_text, src_start, src_end,
                tgt_code, tgt_country, tgt_sector, tgt_name, tgt_text, tgt_start, tgt_end,
                cameo, root, goldstein, quad_class, plover_type, plover_mode, modality,
                loc_name, loc_country, lat, lon, geonames_id, verb_start, verb_end, rule, confidence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
                ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37)",
        )?;
        for ev in &doc.events {
            let r = EventRecord::new(doc, ev);
            let day = r.date.as_deref().and_then(|d| d.parse::<chrono::NaiveDate>().ok()).map(day_number);
            let t = r.target.as_ref();
            let l = r.location.as_ref();
            ins.execute(params![
                r.event_id,
                article_id,
                sentence_rows[&ev.sentence],
                r.sentence,
                best.is_some() as i64,
                day,
                r.date_precision,
                r.source.code,
                r.source.country,
                r.source.sector,
                r.source.name,
                r.source.text,
                r.source.span[0],
                r.source.span[1],
                t.map(|t| &t.code),
                t.and_then(|t| t.country.as_ref()),
                t.and_then(|t| t.sector.as_ref()),
                t.map(|t| &t.name),
                t.map(|t| &t.text),
                t.map(|t| t.span[0]),
                t.map(|t| t.span[1]),
                r.cameo,
                r.root,
                r.goldstein as f64,
                r.quad_class,
                r.plover.event_type,
                r.plover.mode,
                r.modality,
                l.map(|l| &l.name),
                l.and_then(|l| l.country.as_ref()),
                l.map(|l| l.lat),
                l.map(|l| l.lon),
                l.and_then(|l| l.geonames_id).map(|g| g as i64),
                r.evidence.verb[0],
                r.evidence.verb[1],
                r.evidence.rule,
                r.confidence as f64
            ])?;
        }
    }
    stats.events += doc.events.len() as u64;
    stats.articles += 1;
    Ok(match (replacing, best) {
        (Some(_), _) => {
            stats.replaced += 1;
            IngestOutcome::Replaced
        }
        (None, Some((id, similarity))) => {
            stats.near_duplicates += 1;
            let canonical = tx.query_row("SELECT doc_id FROM articles WHERE id = ?1", [id], |r| r.get(0))?;
            IngestOutcome::NearDuplicate { canonical, similarity }
        }
        (None, None) => IngestOutcome::Inserted,
    })
}

/// Removes an article's sentences (and their index entries), mentions, events and bands.
fn delete_children(tx: &Transaction, id: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM sentences_fts WHERE rowid IN (SELECT id FROM sentences WHERE article_id = ?1)")?.execute([id])?;
    for sql in [
        "DELETE FROM sentences WHERE article_id = ?1",
        "DELETE FROM mentions WHERE article_id = ?1",
        "DELETE FROM events WHERE article_id = ?1",
        "DELETE FROM article_bands WHERE article_id = ?1",
    ] {
        tx.prepare_cached(sql)?.execute([id])?;
    }
    Ok(())
}
