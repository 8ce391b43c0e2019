//! Agreement with PETRARCH2's Phoenix country dictionary: for every person in both, does
//! our home country agree with the country blocks of their codes? Reads
//! `../shared/peers/petrarch2/dictionaries/Phoenix.Countries.actors.txt` in place (never
//! copied); skipped when `../shared` is absent.
//!
//! `cargo test -p detente-actors petrarch -- --nocapture` prints the figure.
#[cfg(test)]
mod tests {
    use crate::matcher::EntryKind;
    use std::collections::{HashMap, HashSet};

    /// Upper-cased name with spaces → the PETRARCH spelling's key ("ANTONY BLINKEN").
    fn key(s: &str) -> String {
        s.trim().trim_end_matches('_').replace('_', " ").split_whitespace().collect::<Vec<_>>().join(" ").to_uppercase()
    }

    /// name → country blocks of every code in the entry.
    fn read(text: &str) -> HashMap<String, HashSet<String>> {
        let mut out: HashMap<String, HashSet<String>> = HashMap::new();
        let mut names: Vec<String> = Vec::new();
        let mut codes: HashSet<String> = HashSet::new();
        let mut flush = |names: &mut Vec<String>, codes: &mut HashSet<String>| {
            if !codes.is_empty() {
                for n in names.iter() {
                    out.entry(n.clone()).or_default().extend(codes.iter().cloned());
                }
            }
            names.clear();
            codes.clear();
        };
        for line in text.lines() {
            let body = line.split('#').next().unwrap_or("");
            if body.trim().is_empty() {
                continue;
            }
            let starts_entry = !line.starts_with(char::is_whitespace) && !line.starts_with('+') && !line.starts_with('[');
            if starts_entry {
                flush(&mut names, &mut codes);
            }
            let name_part = body.split('[').next().unwrap_or("").trim().trim_start_matches('+');
            if !name_part.is_empty() && !line.starts_with(char::is_whitespace) {
                names.push(key(name_part));
            }
            for c in body.split('[').skip(1) {
                let code = c.split([']', ' ']).next().unwrap_or("");
                if code.len() >= 3 && code.is_char_boundary(3) {
                    codes.insert(code[..3].to_string());
                }
            }
        }
        flush(&mut names, &mut codes);
        out
    }

    #[test]
    fn petrarch_country_agreement() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/peers/petrarch2/dictionaries/Phoenix.Countries.actors.txt");
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("skipping: {path} not found (../shared absent)");
            return;
        };
        let theirs = read(&text);
        assert!(theirs.len() > 1000, "parsed only {} PETRARCH names", theirs.len());
        let d = crate::shipped();
        let (mut both, mut agree) = (0, 0);
        let mut disagreements = Vec::new();
        for f in &d.files {
            for p in &f.config.person {
                let Some(ours) = p.country.as_deref() else { continue };
                let found = std::iter::once(&p.name).chain(&p.aliases).find_map(|n| theirs.get(&key(n)));
                let Some(codes) = found else { continue };
                both += 1;
                if codes.contains(ours) {
                    agree += 1;
                } else {
                    let mut c: Vec<&String> = codes.iter().collect();
                    c.sort();
                    disagreements.push(format!("{}: ours {ours}, PETRARCH {:?}", p.name, c));
                }
            }
        }
        let people = d.entries.iter().filter(|e| e.kind == EntryKind::Person).count();
        eprintln!(
            "petrarch: {both} of our {people} people are in Phoenix.Countries.actors.txt; country agrees for {agree} ({:.1}%), disagrees for {}",
            100.0 * agree as f64 / both.max(1) as f64,
            both - agree
        );
        for x in &disagreements {
            eprintln!("  {x}");
        }
        if both > 50 {
            assert!(agree * 10 >= both * 8, "country agreement below 80%");
        }
    }
}
