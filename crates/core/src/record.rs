//! The event as the output contract spells it (`shared/contracts/README.md`).
use crate::{Document, Event, Location, Participant, Plover, TextRange};
use serde::{Deserialize, Serialize};

/// One event in the contract's JSON shape. Spans are byte offsets into `evidence.text`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Stable hash of doc_id, sentence, source, target and cameo.
    pub event_id: String,
    /// The article's id.
    pub doc_id: String,
    /// Sentence index in the article (0-based).
    pub sentence: u32,
    /// When the event happened (YYYY-MM-DD), or null when neither text nor article gives a date.
    pub date: Option<String>,
    /// "day", "month", "year" or "article".
    pub date_precision: Option<String>,
    /// Who acted.
    pub source: ParticipantRecord,
    /// Who was acted upon.
    pub target: Option<ParticipantRecord>,
    /// Full CAMEO event code.
    pub cameo: String,
    /// First two digits of the code.
    pub root: String,
    /// Goldstein scale value.
    pub goldstein: f32,
    /// Quad class 1–4.
    pub quad_class: u8,
    /// PLOVER type and mode.
    pub plover: PloverRecord,
    /// "asserted", "intended", "negated" or "hypothetical".
    pub modality: String,
    /// Where it happened.
    pub location: Option<LocationRecord>,
    /// The sentence, the verb span and the rule.
    pub evidence: EvidenceRecord,
    /// Confidence in [0, 1].
    pub confidence: f32,
}

/// An actor in an [`EventRecord`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParticipantRecord {
    /// CAMEO actor code.
    pub code: String,
    /// ISO3 country or null.
    pub country: Option<String>,
    /// Sector block or null.
    pub sector: Option<String>,
    /// Canonical name.
    pub name: String,
    /// The text that names the actor in the sentence.
    pub text: String,
    /// Byte span of `text` in `evidence.text`.
    pub span: [u32; 2],
}

/// The PLOVER type and mode of an [`EventRecord`]: the pipeline's [`Plover`], field for field.
pub type PloverRecord = Plover;

/// A place in an [`EventRecord`]: the contract's location object is the pipeline's
/// [`Location`], field for field (name, country, lat, lon, geonames_id).
pub type LocationRecord = Location;

/// The evidence of an [`EventRecord`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    /// The sentence as it stands in the article.
    pub text: String,
    /// Byte span of the verb in `text`.
    pub verb: [u32; 2],
    /// The pattern or model that fired.
    pub rule: String,
}

/// FNV-1a, 64 bits: stable across platforms and releases, unlike `DefaultHasher`.
pub fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0x1f)) {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    h
}

impl EventRecord {
    /// Builds the contract record of `event` in `doc`.
    pub fn new(doc: &Document, event: &Event) -> EventRecord {
        let sentence = doc.sentences.get(event.sentence as usize).map(|s| s.range).unwrap_or_else(|| event.verb);
        let participant = |p: &Participant| {
            let r = clamp(p.range, sentence);
            ParticipantRecord {
                code: p.actor.code.clone(),
                country: p.actor.country.clone(),
                sector: p.actor.sector.clone(),
                name: p.actor.name.clone(),
                text: doc.slice(r).to_string(),
                span: rel(r, sentence),
            }
        };
        let source = participant(&event.source);
        let target = event.target.as_ref().map(participant);
        let target_code = target.as_ref().map(|t| t.code.as_str()).unwrap_or("");
        let sentence_no = event.sentence.to_string();
        let event_id = format!("{:016x}", fnv1a(&[&doc.id, &sentence_no, &source.code, target_code, &event.cameo]));
        let (date, date_precision) = match (&event.date, doc.date) {
            (Some(d), _) => (Some(d.date.to_string()), Some(d.precision.as_str().to_string())),
            (None, Some(d)) => (Some(d.to_string()), Some("article".to_string())),
            (None, None) => (None, None),
        };
        EventRecord {
            event_id,
            doc_id: doc.id.clone(),
            sentence: event.sentence,
            date,
            date_precision,
            source,
            target,
            root: event.cameo.chars().take(2).collect(),
            cameo: event.cameo.clone(),
            goldstein: event.goldstein,
            quad_class: event.quad_class,
            plover: event.plover.clone(),
            modality: event.modality.as_str().to_string(),
            location: event.location.clone(),
            evidence: EvidenceRecord {
                text: doc.slice(sentence).to_string(),
                verb: rel(clamp(event.verb, sentence), sentence),
                rule: event.rule.clone(),
            },
            confidence: event.confidence,
        }
    }

    /// The record as one CSV row, in the order of [`CSV_HEADER`].
    pub fn csv_row(&self) -> Vec<String> {
        fn opt<T: ToString>(v: &Option<T>) -> String {
            v.as_ref().map(|x| x.to_string()).unwrap_or_default()
        }
        let p = |p: Option<&ParticipantRecord>| -> Vec<String> {
            match p {
                Some(p) => vec![p.code.clone(), opt(&p.country), opt(&p.sector), p.name.clone(), p.text.clone(), p.span[0].to_string(), p.span[1].to_string()],
                None => vec![String::new(); 7],
            }
        };
        let mut row = vec![self.event_id.clone(), self.doc_id.clone(), self.sentence.to_string(), opt(&self.date), opt(&self.date_precision)];
        row.extend(p(Some(&self.source)));
        row.extend(p(self.target.as_ref()));
        row.extend([
            self.cameo.clone(),
            self.root.clone(),
            self.goldstein.to_string(),
            self.quad_class.to_string(),
            self.plover.event_type.clone(),
            opt(&self.plover.mode),
            self.modality.clone(),
        ]);
        match &self.location {
            Some(l) => row.extend([l.name.clone(), opt(&l.country), l.lat.to_string(), l.lon.to_string(), opt(&l.geonames_id)]),
            None => row.extend(vec![String::new(); 5]),
        }
        row.extend([
            self.evidence.text.clone(),
            self.evidence.verb[0].to_string(),
            self.evidence.verb[1].to_string(),
            self.evidence.rule.clone(),
            self.confidence.to_string(),
        ]);
        row
    }
}

/// Column names of `--format csv`: the JSON fields flattened with `_`.
pub const CSV_HEADER: &[&str] = &[
    "event_id", "doc_id", "sentence", "date", "date_precision",
    "source_code", "source_country", "source_sector", "source_name", "source_text", "source_span_start", "source_span_end",
    "target_code", "target_country", "target_sector", "target_name", "target_text", "target_span_start", "target_span_end",
    "cameo", "root", "goldstein", "quad_class", "plover_event_type", "plover_mode", "modality",
    "location_name", "location_country", "location_lat", "location_lon", "location_geonames_id",
    "evidence_text", "evidence_verb_start", "evidence_verb_end", "evidence_rule", "confidence",
];

fn clamp(r: TextRange, within: TextRange) -> TextRange {
    let s = r.start.clamp(within.start, within.end);
    let e = r.end.clamp(s, within.end);
    TextRange { start: s, end: e }
}

fn rel(r: TextRange, base: TextRange) -> [u32; 2] {
    [r.start - base.start, r.end - base.start]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Actor, Modality, Plover, Sentence};

    #[test]
    fn record_spans_are_relative_to_the_sentence() {
        let mut doc = Document::new("d1", "Intro. Biden spoke with Xi.");
        doc.sentences = vec![
            Sentence { range: TextRange::new(0, 6), tokens: 0..0 },
            Sentence { range: TextRange::new(7, 27), tokens: 0..0 },
        ];
        let ev = Event {
            sentence: 1,
            source: Participant { actor: Actor::new("USAGOV", "Joe Biden"), range: TextRange::new(7, 12) },
            target: Some(Participant { actor: Actor::new("CHNGOV", "Xi Jinping"), range: TextRange::new(24, 26) }),
            cameo: "040".into(),
            goldstein: 1.0,
            quad_class: 1,
            plover: Plover { event_type: "CONSULT".into(), mode: None },
            modality: Modality::Asserted,
            verb: TextRange::new(13, 18),
            rule: "test".into(),
            date: None,
            location: None,
            confidence: 0.5,
        };
        let r = EventRecord::new(&doc, &ev);
        assert_eq!(r.evidence.text, "Biden spoke with Xi.");
        assert_eq!(&r.evidence.text[r.source.span[0] as usize..r.source.span[1] as usize], "Biden");
        assert_eq!(&r.evidence.text[r.evidence.verb[0] as usize..r.evidence.verb[1] as usize], "spoke");
        assert_eq!(r.target.as_ref().unwrap().text, "Xi");
        assert_eq!(r.root, "04");
        assert_eq!(r.csv_row().len(), CSV_HEADER.len());
        assert_eq!(r.event_id, EventRecord::new(&doc, &ev).event_id);
    }
}
