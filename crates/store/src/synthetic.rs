//! Synthetic coded documents for benchmarks and tests of the store (not real news).
//!
//! `documents(start, n)` builds articles `syn-{start}` … `syn-{start+n-1}`, deterministic in
//! their index: ten events in five sentences each, between twenty countries, dated over the ten
//! years 2015–2024. The event codes, Goldstein values and quad classes follow the CAMEO
//! codebook's values for those codes, so series and exports behave as on real data.
use chrono::NaiveDate;
use detente_core::{Actor, Document, Event, Location, Mention, MentionKind, Modality, Participant, Plover, Sentence, TextRange};

/// Events per synthetic document.
pub const EVENTS_PER_DOCUMENT: usize = 10;

/// (code, name, capital, lat, lon): the countries of the synthetic world.
const COUNTRIES: &[(&str, &str, &str, f64, f64)] = &[
    ("USA", "United States", "Washington", 38.895, -77.036),
    ("CHN", "China", "Beijing", 39.907, 116.397),
    ("RUS", "Russia", "Moscow", 55.752, 37.616),
    ("UKR", "Ukraine", "Kyiv", 50.450, 30.524),
    ("GBR", "United Kingdom", "London", 51.507, -0.128),
    ("FRA", "France", "Paris", 48.853, 2.349),
    ("DEU", "Germany", "Berlin", 52.524, 13.411),
    ("JPN", "Japan", "Tokyo", 35.690, 139.692),
    ("IND", "India", "New Delhi", 28.636, 77.224),
    ("IRN", "Iran", "Tehran", 35.694, 51.422),
    ("ISR", "Israel", "Jerusalem", 31.769, 35.216),
    ("TUR", "Turkey", "Ankara", 39.920, 32.854),
    ("BRA", "Brazil", "Brasilia", -15.780, -47.929),
    ("ZAF", "South Africa", "Pretoria", -25.745, 28.188),
    ("EGY", "Egypt", "Cairo", 30.063, 31.249),
    ("KOR", "South Korea", "Seoul", 37.566, 126.978),
    ("PRK", "North Korea", "Pyongyang", 39.034, 125.755),
    ("ARM", "Armenia", "Yerevan", 40.182, 44.514),
    ("AZE", "Azerbaijan", "Baku", 40.377, 49.892),
    ("KEN", "Kenya", "Nairobi", -1.283, 36.817),
];

/// (CAMEO code, verb phrase, Goldstein, quad class, PLOVER type): a spread over the four quad classes.
const CODES: &[(&str, &str, f32, u8, &str)] = &[
    ("040", "consulted", 1.0, 1, "CONSULT"),
    ("042", "visited", 1.9, 1, "CONSULT"),
    ("051", "praised", 3.4, 1, "SUPPORT"),
    ("061", "signed a trade deal with", 6.4, 2, "COOPERATE"),
    ("070", "sent aid to", 7.0, 2, "AID"),
    ("112", "accused", -2.0, 3, "ACCUSE"),
    ("130", "threatened", -4.4, 3, "THREATEN"),
    ("163", "imposed an embargo on", -8.0, 4, "SANCTION"),
    ("190", "attacked", -10.0, 4, "ASSAULT"),
];

const SECTORS: &[(&str, &str)] = &[("", ""), ("GOV", "the government of "), ("MIL", "the army of ")];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545f4914f6cdd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// `n` synthetic coded documents starting at index `start`.
pub fn documents(start: u64, n: usize) -> Vec<Document> {
    (start..start + n as u64).map(document).collect()
}

/// The synthetic coded document number `i`.
pub fn document(i: u64) -> Document {
    let mut rng = Rng(i.wrapping_mul(0x9e3779b97f4a7c15) | 1);
    let base = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap_or_default();
    let date = base + chrono::Duration::days(rng.below(3653) as i64);
    let mut doc = Document::new(format!("syn-{i}"), String::new());
    doc.date = Some(date);
    doc.title = Some(format!("Synthetic report {i}"));
    doc.url = Some(format!("https://example.org/synthetic/{i}"));
    doc.publisher = Some(format!("Synthetic Wire {}", i % 7));
    let mut text = String::with_capacity(600);
    for s in 0..EVENTS_PER_DOCUMENT / 2 {
        let start = text.len();
        for half in 0..2 {
            let a = COUNTRIES[rng.below(COUNTRIES.len())];
            let mut b = COUNTRIES[rng.below(COUNTRIES.len())];
            if a.0 == b.0 {
                b = COUNTRIES[(COUNTRIES.iter().position(|c| c.0 == a.0).unwrap_or(0) + 1) % COUNTRIES.len()];
            }
            let sector = SECTORS[rng.below(SECTORS.len())];
            let code = CODES[rng.below(CODES.len())];
            if half == 1 {
                text.push_str(", and ");
            }
            let a_start = text.len();
            text.push_str(sector.1);
            text.push_str(a.1);
            let a_range = TextRange::new(a_start, text.len());
            text.push(' ');
            let v_start = text.len();
            text.push_str(code.1);
            let v_range = TextRange::new(v_start, text.len());
            text.push(' ');
            let b_start = text.len();
            text.push_str(b.1);
            let b_range = TextRange::new(b_start, text.len());
            let actor_a = Actor::new(format!("{}{}", a.0, sector.0), a.1);
            let actor_b = Actor::new(b.0, b.1);
            for (range, actor) in [(a_range, &actor_a), (b_range, &actor_b)] {
                doc.mentions.push(Mention {
                    range,
                    tokens: 0..0,
                    head: 0,
                    actor: actor.clone(),
                    kind: MentionKind::Name,
                    rule: "synthetic".into(),
                });
            }
            doc.events.push(Event {
                sentence: s as u32,
                source: Participant { actor: actor_a, range: a_range },
                target: Some(Participant { actor: actor_b, range: b_range }),
                cameo: code.0.into(),
                goldstein: code.2,
                quad_class: code.3,
                plover: Plover { event_type: code.4.into(), mode: None },
                modality: if rng.below(5) == 0 { Modality::Intended } else { Modality::Asserted },
                verb: v_range,
                rule: "synthetic".into(),
                date: None,
                location: (rng.below(3) == 0).then(|| Location {
                    name: b.2.into(),
                    country: Some(b.0.into()),
                    lat: b.3,
                    lon: b.4,
                    geonames_id: None,
                }),
                confidence: 0.9,
            });
        }
        text.push_str(&format!(" (item {i}.{s})."));
        doc.sentences.push(Sentence { range: TextRange::new(start, text.len()), tokens: 0..0 });
        text.push(' ');
    }
    text.pop();
    doc.text = text;
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_documents_are_consistent_and_deterministic() {
        let d = document(42);
        assert_eq!(d.events.len(), EVENTS_PER_DOCUMENT);
        assert_eq!(d.sentences.len(), EVENTS_PER_DOCUMENT / 2);
        for e in &d.events {
            assert!(d.slice(e.source.range).len() > 3);
            let s = d.sentences[e.sentence as usize].range;
            assert!(s.start <= e.verb.start && e.verb.end <= s.end);
        }
        assert_eq!(d.text, document(42).text);
        assert_ne!(d.text, document(43).text);
    }
}
