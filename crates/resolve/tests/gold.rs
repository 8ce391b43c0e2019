//! Accuracy on the team's gold tables (tests/data/dates_gold.tsv, tests/data/places_gold.tsv)
//! and on the MUC-3/4 incident locations in ../shared (skipped when absent).
//!
//! Sentences are tokenized here by a small test tokenizer and carry no tags or parse, so these
//! figures measure the resolver's fallbacks (word-form tense, preposition triggers).
//! Run: `cargo test -p detente-resolve --test gold -- --nocapture --include-ignored`

use chrono::NaiveDate;
use detente_core::{Document, Sentence, TextRange, Token};
use detente_resolve::gazetteer::{distance_km, normalize, PlaceKind};
use detente_resolve::{dates, places, Gazetteer};
use std::path::Path;

const ABBREV: &[&str] = &["Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.", "St.", "Mr.", "Dr.", "Gen."];

/// Whitespace tokens with leading/trailing punctuation split off, possessives split.
fn tokenize(text: &str, base: usize, out: &mut Vec<Token>) {
    let push = |s: usize, e: usize, out: &mut Vec<Token>| {
        if s < e {
            out.push(Token::new(TextRange::new(base + s, base + e)));
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < text.len() && !bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        let mut s = i;
        while s < j && "(\"“‘".contains(text[s..].chars().next().unwrap()) {
            let l = text[s..].chars().next().unwrap().len_utf8();
            push(s, s + l, out);
            s += l;
        }
        let mut tail = Vec::new();
        let mut e = j;
        loop {
            let w = &text[s..e];
            if w.is_empty() {
                break;
            }
            let c = w.chars().last().unwrap();
            if ",;:)\"”?!".contains(c) || (c == '.' && !(ABBREV.contains(&w) && e < text.len() - 1)) || (c == '\'' && w.len() > 1) {
                tail.push((e - c.len_utf8(), e));
                e -= c.len_utf8();
                continue;
            }
            for pos in ["'s", "’s"] {
                if w.len() > pos.len() && w.ends_with(pos) {
                    tail.push((e - pos.len(), e));
                    e -= pos.len();
                }
            }
            break;
        }
        push(s, e, out);
        for (a, b) in tail.into_iter().rev() {
            push(a, b, out);
        }
        i = j;
    }
}

/// A document with sentences split at sentence-final periods.
fn document(text: &str, date: Option<NaiveDate>) -> Document {
    let mut d = Document::new("gold", text);
    d.date = date;
    tokenize(text, 0, &mut d.tokens);
    let mut start = 0;
    for k in 0..d.tokens.len() {
        let w = d.token_text(k);
        let end_of_sentence = matches!(w, "." | "?" | "!") && (k + 1 == d.tokens.len() || d.token_text(k + 1).chars().next().is_some_and(|c| c.is_uppercase()));
        if end_of_sentence || k + 1 == d.tokens.len() {
            let r = TextRange::new(d.tokens[start].range.start as usize, d.tokens[k].range.end as usize);
            d.sentences.push(Sentence { range: r, tokens: start as u32..k as u32 + 1 });
            start = k + 1;
        }
    }
    d
}

fn data(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn overlaps(a: TextRange, s: usize, e: usize) -> bool {
    (a.start as usize) < e && s < a.end as usize
}

#[test]
fn dates_gold() {
    let text = data("dates_gold.tsv");
    let (mut n, mut ok, mut neg, mut neg_ok) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for (lineno, line) in text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 5, "dates_gold.tsv:{}: expected 5 columns", lineno + 1);
        let article: NaiveDate = f[0].parse().unwrap();
        let mut doc = document(f[1], Some(article));
        dates::annotate(&mut doc);
        if f[2] == "-" {
            neg += 1;
            if doc.times.is_empty() {
                neg_ok += 1;
            } else {
                misses.push(format!("{}: {:?} found {:?}", lineno + 1, f[1], doc.times.iter().map(|t| doc.slice(t.range)).collect::<Vec<_>>()));
            }
            continue;
        }
        n += 1;
        let s = f[1].find(f[2]).expect("expression in sentence");
        let e = s + f[2].len();
        let (want, want_end) = match f[3].split_once("..") {
            Some((a, b)) => (a.parse::<NaiveDate>().unwrap(), Some(b.parse::<NaiveDate>().unwrap())),
            None => (f[3].parse::<NaiveDate>().unwrap(), None),
        };
        let got = doc.times.iter().find(|t| overlaps(t.range, s, e));
        let good = got.and_then(|t| t.value).is_some_and(|v| v.date == want && v.end == want_end && v.precision.as_str() == f[4]);
        if good {
            ok += 1;
        } else {
            misses.push(format!("{}: {:?} [{}] want {} {} got {:?}", lineno + 1, f[1], f[2], f[3], f[4], got.map(|t| (t.value, &t.rule))));
        }
    }
    for m in &misses {
        println!("miss {m}");
    }
    let acc = ok as f64 / n as f64;
    println!("dates_gold: {ok}/{n} expressions exact ({:.1}%), {neg_ok}/{neg} negatives clean", acc * 100.0);
    assert!(n >= 200);
    assert!(acc >= 0.90, "date accuracy {acc:.3} below 0.90");
}

#[test]
fn places_gold() {
    places_gold_with(Gazetteer::global(), "embedded");
}

fn places_gold_with(gaz: &Gazetteer, label: &str) {
    let text = data("places_gold.tsv");
    let (mut n, mut country_ok, mut near_ok, mut neg, mut neg_ok) = (0, 0, 0, 0, 0);
    for (lineno, line) in text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let mut doc = document(f[0], None);
        places::annotate(&mut doc, gaz);
        if f[1] == "-" {
            neg += 1;
            if doc.places.is_empty() {
                neg_ok += 1;
            } else {
                println!("miss {}: {:?} found {:?}", lineno + 1, f[0], doc.places.iter().map(|p| doc.slice(p.range)).collect::<Vec<_>>());
            }
            continue;
        }
        n += 1;
        let s = f[0].find(f[1]).expect("mention in sentence");
        let e = s + f[1].len();
        let (lat, lon): (f64, f64) = (f[3].parse().unwrap(), f[4].parse().unwrap());
        let got = doc.places.iter().find(|p| overlaps(p.range, s, e)).and_then(|p| p.location.as_ref());
        let c = got.is_some_and(|l| l.country.as_deref() == Some(f[2]));
        let near = got.is_some_and(|l| distance_km(l.lat, l.lon, lat, lon) <= 50.0);
        country_ok += c as usize;
        near_ok += near as usize;
        if !near {
            println!("miss {}: {:?} [{}] want {} got {:?}", lineno + 1, f[0], f[1], f[2], got.map(|l| (&l.name, &l.country, l.lat, l.lon)));
        }
    }
    println!(
        "places_gold ({label}): {n} mentions: country {country_ok}/{n} ({:.1}%), within 50 km {near_ok}/{n} ({:.1}%); {neg_ok}/{neg} negatives clean",
        100.0 * country_ok as f64 / n as f64,
        100.0 * near_ok as f64 / n as f64
    );
    assert!(n >= 150);
    assert!(country_ok as f64 / n as f64 >= 0.80);
}

/// MUC-3/4: the incident location of each relevant template (country, and city within 50 km)
/// against the first non-dateline place the geoparser finds in the story.
#[test]
#[ignore = "reads ../shared/corpora/muc34; run with --include-ignored"]
fn muc34_incident_locations() {
    muc34_with(Gazetteer::global(), "embedded");
}

fn muc34_with(gaz: &Gazetteer, label: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/muc34/TASK/CORPORA");
    if !root.exists() {
        println!("skipped: {} not found", root.display());
        return;
    }
    let mut texts = std::collections::HashMap::new();
    let mut keys: Vec<(String, String)> = Vec::new();
    for dir in ["dev", "tst1", "tst2", "tst3", "tst4"] {
        let Ok(rd) = std::fs::read_dir(root.join(dir)) else { continue };
        for f in rd.flatten() {
            let name = f.file_name().to_string_lossy().to_string();
            let Ok(body) = std::fs::read_to_string(f.path()) else { continue };
            if name.starts_with("key") {
                let mut id = String::new();
                for l in body.lines() {
                    if let Some(r) = l.split_once("MESSAGE: ID") {
                        id = r.1.split_whitespace().next().unwrap_or("").to_string();
                    } else if let Some(r) = l.split_once("INCIDENT: LOCATION") {
                        let loc = r.1.trim().to_string();
                        if !loc.starts_with('*') && !loc.is_empty() && !keys.iter().any(|(k, _)| *k == id) {
                            keys.push((id.clone(), loc));
                        }
                    }
                }
            } else {
                let mut cur: Option<(String, String)> = None;
                for l in body.lines() {
                    let t = l.trim();
                    if (t.starts_with("DEV-MUC3-") || (t.starts_with("TST") && t.get(4..9) == Some("-MUC3") || t.get(4..9) == Some("-MUC4"))) && t.len() < 40 {
                        if let Some((id, txt)) = cur.take() {
                            texts.insert(id, txt);
                        }
                        cur = Some((t.split_whitespace().next().unwrap().to_string(), String::new()));
                    } else if let Some((_, txt)) = cur.as_mut() {
                        txt.push_str(t);
                        txt.push(' ');
                    }
                }
                if let Some((id, txt)) = cur.take() {
                    texts.insert(id, txt);
                }
            }
        }
    }
    let (mut n, mut country_ok, mut cities, mut city_ok, mut none, mut main_country_ok, mut main_city_ok) = (0, 0, 0, 0, 0, 0, 0);
    let (mut spent, mut sentences) = (std::time::Duration::ZERO, 0usize);
    for (id, loc) in &keys {
        let Some(text) = texts.get(id) else { continue };
        let loc = loc.trim_start_matches('(');
        let gold_country_name = loc.split(':').next().unwrap().trim();
        let Some(gold_iso) = gaz.lookup(gold_country_name).find(|p| p.kind == PlaceKind::Country).and_then(|p| p.country.clone()) else { continue };
        let gold_city = loc.split(':').nth(1).filter(|c| c.contains("(CITY)")).map(|c| c.replace("(CITY)", "").trim().to_string());
        n += 1;
        let mut doc = document(text, None);
        let t = std::time::Instant::now();
        places::annotate(&mut doc, gaz);
        dates::annotate(&mut doc);
        spent += t.elapsed();
        sentences += doc.sentences.len();
        let pred = doc.places.iter().find(|p| places::is_event_place(p)).and_then(|p| p.location.as_ref());
        if pred.is_none() {
            none += 1;
        }
        // The article's main place: the country most places are in (dateline included), and
        // the first city there.
        let mut counts: Vec<(&str, usize, usize)> = Vec::new();
        for (k, p) in doc.places.iter().enumerate() {
            if let Some(c) = p.location.as_ref().and_then(|l| l.country.as_deref()) {
                match counts.iter_mut().find(|(x, _, _)| *x == c) {
                    Some(e) => e.1 += 1,
                    None => counts.push((c, 1, k)),
                }
            }
        }
        let main = counts.iter().max_by_key(|(_, n, first)| (*n, std::cmp::Reverse(*first))).map(|(c, _, _)| c.to_string());
        let main_city = main.as_ref().and_then(|m| {
            doc.places.iter().filter_map(|p| p.location.as_ref()).find(|l| l.country.as_deref() == Some(m.as_str()) && gaz.lookup(&l.name).any(|g| g.kind == PlaceKind::City && g.name == l.name))
        });
        if main.as_deref() == Some(gold_iso.as_str()) {
            main_country_ok += 1;
        }
        if std::env::var_os("MUC_DEBUG").is_some_and(|v| v == label) && pred.is_none_or(|l| l.country.as_deref() != Some(gold_iso.as_str())) {
            println!("{id}\t{loc}\t{:?}\t{:?}", pred.map(|l| &l.name), doc.places.iter().map(|p| doc.slice(p.range)).take(6).collect::<Vec<_>>());
        }
        if pred.is_some_and(|l| l.country.as_deref() == Some(gold_iso.as_str())) {
            country_ok += 1;
        }
        if let Some(city) = gold_city {
            cities += 1;
            let gold = gaz.lookup(&city).filter(|p| p.country.as_deref() == Some(gold_iso.as_str())).max_by_key(|p| p.population.unwrap_or(0));
            let good = match (pred, gold.as_ref()) {
                (Some(l), Some(g)) => distance_km(l.lat, l.lon, g.lat, g.lon) <= 50.0,
                (Some(l), None) => normalize(&l.name) == normalize(&city),
                _ => false,
            };
            city_ok += good as usize;
            let main_good = match (main_city, gold.as_ref()) {
                (Some(l), Some(g)) => distance_km(l.lat, l.lon, g.lat, g.lon) <= 50.0,
                (Some(l), None) => normalize(&l.name) == normalize(&city),
                _ => false,
            };
            main_city_ok += main_good as usize;
        }
    }
    println!(
        "muc34 ({label}): {n} incident locations: country {country_ok}/{n} ({:.1}%); city within 50 km {city_ok}/{cities} ({:.1}%); no place found in {none}",
        100.0 * country_ok as f64 / n.max(1) as f64,
        100.0 * city_ok as f64 / cities.max(1) as f64
    );
    println!("muc34 ({label}): dates+places on {sentences} sentences in {:.3} s = {:.0} sentences/s (one thread)", spent.as_secs_f64(), sentences as f64 / spent.as_secs_f64());
    println!(
        "muc34 ({label}, article's main place: majority country incl. dateline, its first city): country {main_country_ok}/{n} ({:.1}%); city within 50 km {main_city_ok}/{cities} ({:.1}%)",
        100.0 * main_country_ok as f64 / n.max(1) as f64,
        100.0 * main_city_ok as f64 / cities.max(1) as f64
    );
}

/// `detente gazetteer import` on ../shared's GeoNames cities15000, then the gold tables and
/// MUC with the imported places added (skipped when ../shared is absent).
#[test]
#[ignore = "reads ../shared/corpora/geonames; run with --include-ignored"]
fn geonames_import_from_shared() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/geonames/cities15000.txt");
    if !src.exists() {
        println!("skipped: {} not found", src.display());
        return;
    }
    let embedded = Gazetteer::embedded();
    let mut index = Vec::new();
    let input = std::io::BufReader::new(std::fs::File::open(&src).unwrap());
    let report = detente_resolve::gazetteer::import_geonames(input, "cities15000.txt", &embedded, &mut index).unwrap();
    assert!(report.imported > 20_000, "{report:?}");
    let text = String::from_utf8(index).unwrap();
    let t = std::time::Instant::now();
    let mut g = Gazetteer::embedded();
    let embedded_ms = t.elapsed().as_secs_f64() * 1e3;
    let (n, errors) = g.load_index(&text, "index.tsv");
    let ms = t.elapsed().as_secs_f64() * 1e3;
    println!("gazetteer load: embedded {embedded_ms:.0} ms ({} places), with the index {ms:.0} ms", g.places().len() - n);
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(3)]);
    println!("geonames import: {} places imported ({} skipped); embedded + index loaded ({n} rows) in {ms:.0} ms", report.imported, report.skipped);
    places_gold_with(&g, "embedded + cities15000");
    muc34_with(&g, "embedded + cities15000");
}
