//! The gazetteer: every country and first-level division (from the `keshvar` crate), the cities,
//! capitals and features we wrote in `dictionaries/gazetteer/`, and — when the user has run
//! `detente gazetteer import` — every place of a GeoNames dump, behind one name index.

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
    index: HashMap<String, Vec<u32>>,
    demonyms: HashMap<String, String>,
    iso2: HashMap<String, String>,
    first_words: std::collections::HashSet<String>,
    /// Longest indexed name, in words (bounds the mention matcher's window).
    pub max_words: usize,
}

const CITIES: &str = include_str!("../../../dictionaries/gazetteer/cities.tsv");
const COUNTRY_ALIASES: &str = include_str!("../../../dictionaries/gazetteer/country_aliases.tsv");

/// Folds a name for the index: lower case, common Latin diacritics removed, curly quotes and
/// hyphens made plain ("Kostiantynivka", "Zürich" → "zurich", "Port-au-Prince" → "port au prince").
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    normalize_into(name, &mut out);
    out
}

/// [`normalize`], appending to `out` (no allocation when `out` has room). Spaces are not
/// doubled across calls, so tokens appended one after another give the same key as their text.
pub fn normalize_into(name: &str, out: &mut String) {
    let base = out.len();
    for c in name.trim().chars() {
        let c = fold(c);
        if c == ' ' || c == '-' || c == '‐' || c.is_whitespace() {
            if out.len() > base && !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        if c == '.' {
            continue;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
    }
    if out.len() > base && out.ends_with(' ') {
        out.pop();
    }
}

fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Č' => 'C',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'É' | 'È' | 'Ê' => 'E',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'Í' | 'İ' => 'I',
        'ñ' | 'ń' | 'ň' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'Ó' | 'Ö' | 'Ø' => 'O',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ú' | 'Ü' => 'U',
        'ý' | 'ÿ' => 'y',
        'ş' | 'ș' | 'š' | 'ś' => 's',
        'Ş' | 'Ș' | 'Š' | 'Ś' => 'S',
        'ţ' | 'ț' => 't',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ğ' => 'g',
        'đ' => 'd',
        '’' | '‘' | 'ʼ' => '\'',
        '–' | '—' => '-',
        c => c,
    }
}

/// True for names written in Latin script (others are never matched in English text).
fn is_latin(s: &str) -> bool {
    s.chars().all(|c| (c as u32) < 0x250 || matches!(c, '’' | '‘' | 'ʼ' | '–' | 'ș' | 'ț'))
}

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

    /// Countries and divisions from `keshvar`, our cities, capitals, features and country aliases.
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
        self.first_words.contains(normalized_word)
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

    /// Every place, in load order.
    pub fn places(&self) -> &[GazetteerPlace] {
        &self.places
    }

    /// The places a name may refer to (folded with [`normalize`]).
    pub fn lookup(&self, name: &str) -> impl Iterator<Item = &GazetteerPlace> + '_ {
        self.lookup_ids(&normalize(name)).iter().map(|&k| &self.places[k as usize])
    }

    /// Place ids for an already-normalized name.
    pub fn lookup_ids(&self, normalized: &str) -> &[u32] {
        self.index.get(normalized).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// The place with id `k`.
    pub fn place(&self, k: u32) -> &GazetteerPlace {
        &self.places[k as usize]
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
