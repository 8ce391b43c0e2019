//! Store behaviour end to end on small built documents.
use super::*;
use detente_core::{Actor, Document, Event, Modality, Participant, Plover, Sentence, TextRange};

/// A one-sentence article "{a} {verb} {b}." with one event, plus a filler sentence.
#[allow(clippy::too_many_arguments)] // a test builder: each argument is one field of the article
fn article(id: &str, date: &str, body: &str, a: (&str, &str), b: (&str, &str), cameo: &str, goldstein: f32, quad: u8) -> Document {
    let first = format!("{} {} {}.", a.1, "criticized", b.1);
    let text = format!("{first} {body}");
    let mut d = Document::new(id, text);
    d.date = Some(date.parse().unwrap());
    d.url = Some(format!("https://news.example/{id}"));
    d.publisher = Some(format!("Paper {}", id.len()));
    let a_end = a.1.len();
    let v_start = a_end + 1;
    let b_start = v_start + "criticized".len() + 1;
    d.sentences = vec![
        Sentence { range: TextRange::new(0, first.len()), tokens: 0..0 },
        Sentence { range: TextRange::new(first.len() + 1, d.text.len()), tokens: 0..0 },
    ];
    d.events.push(Event {
        sentence: 0,
        source: Participant { actor: Actor::new(a.0, a.1), range: TextRange::new(0, a_end) },
        target: Some(Participant { actor: Actor::new(b.0, b.1), range: TextRange::new(b_start, b_start + b.1.len()) }),
        cameo: cameo.into(),
        goldstein,
        quad_class: quad,
        plover: Plover { event_type: "ACCUSE".into(), mode: None },
        modality: Modality::Asserted,
        verb: TextRange::new(v_start, v_start + "criticized".len()),
        rule: "test".into(),
        date: None,
        location: None,
        confidence: 0.8,
    });
    d
}

const BODY: &str = "The statement came after weeks of tension over trade tariffs, export controls on advanced \
    semiconductors and military exercises near the island, and officials on both sides said further talks were planned \
    for the coming month in a neutral capital to be named later by the two foreign ministries.";

fn usa_chn(id: &str, date: &str) -> Document {
    article(id, date, BODY, ("USAGOV", "Washington"), ("CHN", "China"), "111", -2.0, 3)
}

#[test]
fn ingest_is_idempotent_and_replaces_changed_articles() {
    let mut s = Store::open_in_memory().unwrap();
    let a = usa_chn("a1", "2024-04-19");
    let st = s.ingest(std::slice::from_ref(&a)).unwrap();
    assert_eq!((st.articles, st.events, st.sentences), (1, 1, 2));
    // Same id, same text: nothing changes.
    let (st, out) = s.ingest_with_outcomes(std::slice::from_ref(&a)).unwrap();
    assert_eq!(out, vec![IngestOutcome::Unchanged]);
    assert_eq!(st.articles, 0);
    // Same text under another id: a duplicate, nothing stored.
    let mut b = a.clone();
    b.id = "copy".into();
    assert_eq!(s.ingest_with_outcomes(&[b]).unwrap().1, vec![IngestOutcome::Duplicate { of: "a1".into() }]);
    assert_eq!(s.counts().unwrap().articles, 1);
    // Same id, new text: replaced, old events gone.
    let c = article("a1", "2024-04-20", "Entirely different follow-up text.", ("RUS", "Russia"), ("UKR", "Ukraine"), "190", -10.0, 4);
    assert_eq!(s.ingest_with_outcomes(&[c]).unwrap().1, vec![IngestOutcome::Replaced]);
    let counts = s.counts().unwrap();
    assert_eq!((counts.articles, counts.events, counts.sentences), (1, 1, 2));
    let page = s.events(&EventFilter::default(), None, 10).unwrap();
    assert_eq!(page.events[0].record.source.code, "RUS");
    // The full-text index followed the replacement.
    let f = EventFilter { text: Some("tariffs".into()), ..Default::default() };
    assert!(s.events(&f, None, 10).unwrap().events.is_empty());
    let f = EventFilter { text: Some("russia".into()), ..Default::default() };
    assert_eq!(s.events(&f, None, 10).unwrap().events.len(), 1);
}

#[test]
fn stored_events_read_back_as_the_contract_records() {
    let mut s = Store::open_in_memory().unwrap();
    let d = usa_chn("a1", "2024-04-19");
    s.ingest(std::slice::from_ref(&d)).unwrap();
    let want = EventRecord::new(&d, &d.events[0]);
    let got = s.event(&want.event_id).unwrap().unwrap();
    assert_eq!(got.record, want);
    assert_eq!(got.url.as_deref(), Some("https://news.example/a1"));
    let view = s.article("a1").unwrap().unwrap();
    assert_eq!(view.text, d.text);
    let e = &view.events[0];
    assert_eq!(&view.text[e.source[0] as usize..e.source[1] as usize], "Washington");
    assert_eq!(&view.text[e.target.unwrap()[0] as usize..e.target.unwrap()[1] as usize], "China");
    assert_eq!(&view.text[e.verb[0] as usize..e.verb[1] as usize], "criticized");
    assert!(s.article("nope").unwrap().is_none());
}

use detente_core::EventRecord;

#[test]
fn near_duplicates_link_to_the_canonical_article() {
    let mut s = Store::open_in_memory().unwrap();
    let a = usa_chn("wire-1", "2024-04-19");
    let mut b = usa_chn("wire-2", "2024-04-19");
    b.text.push_str(" Reporting by A. Writer; editing by B. Editor.");
    let (_, out) = s.ingest_with_outcomes(&[a, b]).unwrap();
    assert_eq!(out[0], IngestOutcome::Inserted);
    assert!(matches!(&out[1], IngestOutcome::NearDuplicate { canonical, .. } if canonical == "wire-1"), "{out:?}");
    // Each story once by default, both when asked.
    assert_eq!(s.events(&EventFilter::default(), None, 10).unwrap().events.len(), 1);
    let all = EventFilter { include_duplicates: true, ..Default::default() };
    assert_eq!(s.events(&all, None, 10).unwrap().events.len(), 2);
    // GDELT-style aggregation counts both mentions and articles; one-a-day keeps one event.
    let agg = s.aggregates(&all, 10).unwrap();
    assert_eq!(agg.len(), 1);
    assert_eq!((agg[0].mentions, agg[0].articles, agg[0].sources), (2, 2, 1));
    let one = EventFilter { include_duplicates: true, one_a_day: true, ..Default::default() };
    assert_eq!(s.events(&one, None, 10).unwrap().events.len(), 1);
    assert_eq!(s.article("wire-1").unwrap().unwrap().near_duplicates, vec!["wire-2".to_string()]);
}

#[test]
fn filters_pages_and_series() {
    let mut s = Store::open_in_memory().unwrap();
    let docs = synthetic::documents(0, 200);
    let st = s.ingest(&docs).unwrap();
    assert_eq!(st.near_duplicates, 0, "synthetic articles are distinct stories");
    // Cursor pages cover every event exactly once.
    let mut seen = 0;
    let mut cursor: Option<String> = None;
    loop {
        let page = s.events(&EventFilter::default(), cursor.as_deref(), 300).unwrap();
        seen += page.events.len() as u64;
        match page.next_cursor {
            Some(c) => cursor = Some(c),
            None => break,
        }
    }
    assert_eq!(seen, st.events);
    // A dyad both ways equals the two directed counts.
    let count = |f: EventFilter| s.events(&f, None, 100_000).unwrap().events.len();
    let both = count(EventFilter { dyad: Some("USA,CHN".into()), ..Default::default() });
    let ab = count(EventFilter { dyad: Some("USA,CHN".into()), directed: true, ..Default::default() });
    let ba = count(EventFilter { dyad: Some("CHN,USA".into()), directed: true, ..Default::default() });
    assert!(both > 0);
    assert_eq!(both, ab + ba);
    // Code prefixes, quad class and dates.
    let gov = count(EventFilter { source: Some("USAGOV".into()), ..Default::default() });
    let usa = count(EventFilter { source: Some("USA".into()), ..Default::default() });
    assert!(gov > 0 && gov < usa);
    for e in s.events(&EventFilter { cameo: Some("19".into()), quad_class: Some(4), from: Some("2020-01-01".into()), ..Default::default() }, None, 1000).unwrap().events {
        assert!(e.record.cameo.starts_with("19") && e.record.quad_class == 4);
        assert!(e.record.date.unwrap().as_str() >= "2020-01-01");
    }
    // The series sums to the dyad's dated events, by month, with gaps filled.
    let q = SeriesQuery { filter: EventFilter { dyad: Some("USA,CHN".into()), ..Default::default() }, interval: Interval::Month };
    let points = s.series(&q).unwrap();
    assert_eq!(points.iter().map(|p| p.events).sum::<u64>() as usize, both);
    assert!(points.windows(2).all(|w| Interval::Month.next(w[0].period.parse().unwrap()).to_string() == w[1].period));
    for p in &points {
        assert_eq!(p.quad_class.iter().sum::<u64>(), p.events);
    }
    // Top actors.
    let top = s.top_actors(&EventFilter::default(), None, ActorRanking::Volume, 5).unwrap();
    assert_eq!(top.len(), 5);
    assert!(top.windows(2).all(|w| w[0].events >= w[1].events));
}

#[test]
fn bad_filters_are_errors_naming_the_field() {
    let mut s = Store::open_in_memory().unwrap();
    s.ingest(&synthetic::documents(0, 1)).unwrap();
    let err = |f: EventFilter| match s.events(&f, None, 10) {
        Err(StoreError::InvalidFilter { field, .. }) => field,
        other => panic!("{other:?}"),
    };
    assert_eq!(err(EventFilter { dyad: Some("USA".into()), ..Default::default() }), "dyad");
    assert_eq!(err(EventFilter { from: Some("yesterday".into()), ..Default::default() }), "from");
    assert_eq!(err(EventFilter { quad_class: Some(7), ..Default::default() }), "quad_class");
    assert_eq!(err(EventFilter { actor: Some("US*".into()), ..Default::default() }), "actor");
    assert_eq!(err(EventFilter { text: Some("\"unbalanced".into()), ..Default::default() }), "text");
    assert!(matches!(s.events(&EventFilter::default(), Some("x"), 10), Err(StoreError::InvalidFilter { field: "cursor", .. })));
}

#[test]
fn exports_have_the_schema_columns() {
    let mut s = Store::open_in_memory().unwrap();
    s.ingest(&synthetic::documents(0, 20)).unwrap();
    for (schema, cols) in [(ExportSchema::Detente, detente_core::CSV_HEADER), (ExportSchema::Gdelt, GDELT_COLUMNS), (ExportSchema::Phoenix, PHOENIX_COLUMNS)] {
        let mut out = Vec::new();
        let n = write_export(&s, &EventFilter::default(), schema, ExportFormat::Csv, &mut out).unwrap();
        let mut r = csv::Reader::from_reader(out.as_slice());
        assert_eq!(r.headers().unwrap().iter().collect::<Vec<_>>(), cols.to_vec());
        let rows: Vec<_> = r.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len() as u64, n);
        assert!(n > 0 && rows.iter().all(|r| r.len() == cols.len()));
    }
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_export_reads_back() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let mut s = Store::open_in_memory().unwrap();
    s.ingest(&synthetic::documents(0, 20)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.parquet");
    let n = write_export(&s, &EventFilter::default(), ExportSchema::Gdelt, ExportFormat::Parquet, std::fs::File::create(&path).unwrap()).unwrap();
    let r = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
    assert_eq!(r.metadata().file_metadata().num_rows() as u64, n);
    assert_eq!(r.metadata().file_metadata().schema_descr().num_columns(), GDELT_COLUMNS.len());
    let records: Vec<_> = synthetic::documents(0, 2).iter().flat_map(|d| d.events.iter().map(|e| EventRecord::new(d, e)).collect::<Vec<_>>()).collect();
    let path = dir.path().join("records.parquet");
    write_parquet(&records, std::fs::File::create(&path).unwrap()).unwrap();
    let r = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
    assert_eq!(r.metadata().file_metadata().num_rows() as usize, records.len());
}


#[test]
fn query_time_limit_interrupts() {
    let mut s = Store::open_in_memory().unwrap();
    s.ingest(&synthetic::documents(0, 50)).unwrap();
    s.set_time_limit(Some(std::time::Duration::from_nanos(1)));
    // A cross join big enough to outlast a nanosecond.
    let r = s.timed(|c| Ok(c.query_row("SELECT count(*) FROM events a, events b, events c", [], |r| r.get::<_, i64>(0))?));
    assert!(matches!(r, Err(StoreError::Timeout(_))), "{r:?}");
}
