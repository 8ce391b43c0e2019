//! Aggregates the dashboard draws: the top dyads (or one actor's counterparts) and event
//! locations grouped by place, both over any [`EventFilter`].
use crate::{EventFilter, Result, Store, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Two actors (countries where known, else CAMEO actor codes) and the events between them,
/// in either direction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DyadRank {
    /// One side (the alphabetically first of the two).
    pub a: String,
    /// The other side.
    pub b: String,
    /// Events between them, both directions.
    pub events: u64,
    /// Events by quad class (verbal coop., material coop., verbal conflict, material conflict).
    pub quad_class: [u64; 4],
    /// Sum of Goldstein values.
    pub goldstein_sum: f64,
    /// Mean Goldstein value.
    pub goldstein_mean: f64,
}

/// Events at one place: where, how many, and of which quad classes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceCount {
    /// Place name.
    pub name: String,
    /// ISO3 country of the place.
    pub country: Option<String>,
    /// Latitude (mean of the events' coordinates).
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Events there.
    pub events: u64,
    /// Events by quad class.
    pub quad_class: [u64; 4],
    /// The most frequent quad class (the lower one on a tie).
    pub dominant_quad: u8,
    /// Mean Goldstein value.
    pub goldstein_mean: f64,
}

fn quad_index(q: i64) -> Option<usize> {
    (1..=4).contains(&q).then(|| q as usize - 1)
}

impl Store {
    /// The `limit` dyads with most events matching `filter` (events without a target are
    /// left out), most events first. Each side is the actor's country, or its code when it
    /// has none (`IGOUNO`), so `USAGOV→CHNGOV` and `USAMIL→CHN` count for `CHN–USA`.
    pub fn top_dyads(&self, filter: &EventFilter, limit: usize) -> Result<Vec<DyadRank>> {
        let w = filter.to_where()?;
        let sql = format!(
            "SELECT coalesce(e.src_country, e.src_code), coalesce(e.tgt_country, e.tgt_code), e.quad_class, count(*), sum(e.goldstein)
             FROM events e WHERE {} AND e.tgt_code IS NOT NULL GROUP BY 1, 2, 3",
            w.sql()
        );
        let rows: Vec<(String, String, i64, i64, f64)> = self.timed(|c| {
            Ok(c.prepare_cached(&sql)?
                .query_map(w.params(), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
                .collect::<rusqlite::Result<_>>()?)
        })?;
        let mut dyads: HashMap<(String, String), DyadRank> = HashMap::new();
        for (s, t, q, n, g) in rows {
            let key = if s <= t { (s, t) } else { (t, s) };
            let d = dyads.entry(key.clone()).or_insert_with(|| DyadRank {
                a: key.0,
                b: key.1,
                events: 0,
                quad_class: [0; 4],
                goldstein_sum: 0.0,
                goldstein_mean: 0.0,
            });
            d.events += n as u64;
            if let Some(i) = quad_index(q) {
                d.quad_class[i] += n as u64;
            }
            d.goldstein_sum += g;
        }
        let mut out: Vec<DyadRank> = dyads.into_values().collect();
        for d in &mut out {
            d.goldstein_mean = if d.events > 0 { d.goldstein_sum / d.events as f64 } else { 0.0 };
        }
        out.sort_by(|x, y| y.events.cmp(&x.events).then_with(|| x.a.cmp(&y.a)).then_with(|| x.b.cmp(&y.b)));
        out.truncate(limit);
        Ok(out)
    }

    /// Events matching `filter` that have coordinates, grouped by place name and country,
    /// most events first, at most `limit` places.
    pub fn event_places(&self, filter: &EventFilter, limit: usize) -> Result<Vec<PlaceCount>> {
        if limit == 0 {
            return Err(StoreError::InvalidFilter { field: "limit", reason: "must be at least 1".into() });
        }
        let w = filter.to_where()?;
        let sql = format!(
            "SELECT e.loc_name, e.loc_country, e.quad_class, count(*), avg(e.lat), avg(e.lon), sum(e.goldstein)
             FROM events e WHERE {} AND e.loc_name IS NOT NULL AND e.lat IS NOT NULL AND e.lon IS NOT NULL
             GROUP BY 1, 2, 3",
            w.sql()
        );
        type Row = (String, Option<String>, i64, i64, f64, f64, f64);
        let rows: Vec<Row> = self.timed(|c| {
            Ok(c.prepare_cached(&sql)?
                .query_map(w.params(), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))?
                .collect::<rusqlite::Result<_>>()?)
        })?;
        // (name, country) -> (place, sum of lat·n, sum of lon·n, sum of Goldstein)
        type PlaceKey = (String, Option<String>);
        let mut places: HashMap<PlaceKey, (PlaceCount, f64, f64, f64)> = HashMap::new();
        for (name, country, q, n, lat, lon, g) in rows {
            let e = places.entry((name.clone(), country.clone())).or_insert_with(|| {
                let p = PlaceCount { name, country, lat: 0.0, lon: 0.0, events: 0, quad_class: [0; 4], dominant_quad: 1, goldstein_mean: 0.0 };
                (p, 0.0, 0.0, 0.0)
            });
            e.0.events += n as u64;
            if let Some(i) = quad_index(q) {
                e.0.quad_class[i] += n as u64;
            }
            e.1 += lat * n as f64;
            e.2 += lon * n as f64;
            e.3 += g;
        }
        let mut out: Vec<PlaceCount> = places
            .into_values()
            .map(|(mut p, lat, lon, g)| {
                let n = p.events.max(1) as f64;
                p.lat = lat / n;
                p.lon = lon / n;
                p.goldstein_mean = g / n;
                let mut best = 0;
                for i in 1..4 {
                    if p.quad_class[i] > p.quad_class[best] {
                        best = i;
                    }
                }
                p.dominant_quad = best as u8 + 1;
                p
            })
            .collect();
        out.sort_by(|x, y| y.events.cmp(&x.events).then_with(|| x.name.cmp(&y.name)));
        out.truncate(limit);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic;

    fn store() -> Store {
        let mut s = Store::open_in_memory().unwrap();
        s.ingest(&synthetic::documents(0, 60)).unwrap();
        s
    }

    #[test]
    fn top_dyads_count_both_directions() {
        let s = store();
        let all = s.events(&EventFilter::default(), None, 100_000).unwrap().events;
        let dyads = s.top_dyads(&EventFilter::default(), 1000).unwrap();
        let with_target = all.iter().filter(|e| e.record.target.is_some()).count() as u64;
        assert!(with_target > 0, "synthetic data has dyadic events");
        assert_eq!(dyads.iter().map(|d| d.events).sum::<u64>(), with_target);
        for d in &dyads {
            assert!(d.a <= d.b);
            assert_eq!(d.quad_class.iter().sum::<u64>(), d.events);
            // The same count as the event filter for the dyad, both directions.
            if d.a.len() == 3 && d.b.len() == 3 && d.a != d.b {
                let f = EventFilter { dyad: Some(format!("{},{}", d.a, d.b)), ..Default::default() };
                let n = s.events(&f, None, 100_000).unwrap().events.len() as u64;
                assert!(n >= d.events, "{}-{}: filter finds {n}, dyad counts {}", d.a, d.b, d.events);
            }
        }
        assert!(dyads.windows(2).all(|w| w[0].events >= w[1].events));
        assert!(s.top_dyads(&EventFilter::default(), 1).unwrap().len() <= 1);
    }

    #[test]
    fn places_group_events_with_coordinates() {
        let s = store();
        let all = s.events(&EventFilter::default(), None, 100_000).unwrap().events;
        let located = all.iter().filter(|e| e.record.location.is_some()).count() as u64;
        let places = s.event_places(&EventFilter::default(), 10_000).unwrap();
        assert_eq!(places.iter().map(|p| p.events).sum::<u64>(), located);
        for p in &places {
            assert!((-90.0..=90.0).contains(&p.lat) && (-180.0..=180.0).contains(&p.lon));
            assert!(p.quad_class[p.dominant_quad as usize - 1] == *p.quad_class.iter().max().unwrap());
        }
        assert!(s.event_places(&EventFilter::default(), 0).is_err());
    }

    #[test]
    fn bad_filters_are_errors() {
        let s = store();
        let f = EventFilter { actor: Some("U S A".into()), ..Default::default() };
        assert!(matches!(s.top_dyads(&f, 10), Err(StoreError::InvalidFilter { field: "actor", .. })));
    }
}
