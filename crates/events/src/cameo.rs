//! The CAMEO event ontology as data: every code with its name, Goldstein value,
//! quad class and PLOVER type, read from `dictionaries/cameo.tsv`.
use crate::EventsError;
use detente_core::Plover;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The shipped table, compiled into the binary.
pub const BUILTIN_TABLE: &str = include_str!("../../../dictionaries/cameo.tsv");
/// Where the shipped table lives, for messages and rule ids.
pub const BUILTIN_TABLE_PATH: &str = "dictionaries/cameo.tsv";

/// One CAMEO event code and what it means.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoEntry {
    /// The code ("042", "1122").
    pub code: String,
    /// Codebook name ("Make a visit").
    pub name: String,
    /// Goldstein scale value, -10 to +10.
    pub goldstein: f32,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// PLOVER event type ("CONSULT"); empty where PLOVER drops the category (01).
    pub plover_type: String,
    /// PLOVER mode ("visit"), when one applies.
    pub plover_mode: Option<String>,
    /// PLOVER context ("diplomatic"), when one applies.
    pub plover_context: Option<String>,
    /// 1-based line in the table file.
    pub line: usize,
}

impl CameoEntry {
    /// The two-digit root ("04" for "042").
    pub fn root(&self) -> &str {
        &self.code[..2]
    }
    /// The PLOVER type and mode as the core data model holds them.
    pub fn plover(&self) -> Plover {
        Plover { event_type: self.plover_type.clone(), mode: self.plover_mode.clone() }
    }
}

/// Every CAMEO code, looked up by code.
///
/// ```
/// let t = detente_events::CameoTable::builtin();
/// let e = t.get("042").unwrap();
/// assert_eq!(e.name, "Make a visit");
/// assert_eq!(e.plover_type, "CONSULT");
/// ```
#[derive(Debug, Clone, Default)]
pub struct CameoTable {
    entries: Vec<CameoEntry>,
    by_code: HashMap<String, usize>,
}

impl CameoTable {
    /// The shipped table, parsed once per process.
    pub fn builtin() -> &'static CameoTable {
        static TABLE: OnceLock<CameoTable> = OnceLock::new();
        TABLE.get_or_init(|| CameoTable::parse(BUILTIN_TABLE, BUILTIN_TABLE_PATH).expect("the shipped dictionaries/cameo.tsv is valid (checked by tests)"))
    }

    /// Parses a table: `#` comments, a header row starting with `code`, then tab-separated
    /// rows `code goldstein quad plover mode context name`.
    pub fn parse(text: &str, file: &str) -> Result<CameoTable, EventsError> {
        let mut t = CameoTable::default();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            if raw.trim().is_empty() || raw.starts_with('#') || raw.starts_with("code\t") {
                continue;
            }
            let err = |m: String| EventsError::Table { file: file.to_string(), line, message: m };
            let f: Vec<&str> = raw.split('\t').collect();
            if f.len() != 7 {
                return Err(err(format!("expected 7 tab-separated fields, found {}", f.len())));
            }
            let code = f[0].trim();
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err(format!("field code: {code:?} is not a 2-4 digit CAMEO code")));
            }
            let goldstein: f32 = f[1].trim().parse().map_err(|_| err(format!("field goldstein: {:?} is not a number", f[1])))?;
            if !(-10.0..=10.0).contains(&goldstein) {
                return Err(err(format!("field goldstein: {goldstein} outside -10..10")));
            }
            let quad_class: u8 = f[2].trim().parse().map_err(|_| err(format!("field quad: {:?} is not 1-4", f[2])))?;
            if !(1..=4).contains(&quad_class) {
                return Err(err(format!("field quad: {quad_class} is not 1-4")));
            }
            let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
            if t.by_code.contains_key(code) {
                return Err(err(format!("code {code} appears twice")));
            }
            t.by_code.insert(code.to_string(), t.entries.len());
            t.entries.push(CameoEntry {
                code: code.to_string(),
                name: f[6].trim().to_string(),
                goldstein,
                quad_class,
                plover_type: f[3].trim().to_string(),
                plover_mode: opt(f[4]),
                plover_context: opt(f[5]),
                line,
            });
        }
        Ok(t)
    }

    /// The entry of `code`, if the table has it.
    pub fn get(&self, code: &str) -> Option<&CameoEntry> {
        self.by_code.get(code).map(|&i| &self.entries[i])
    }

    /// Every entry in file order.
    pub fn entries(&self) -> &[CameoEntry] {
        &self.entries
    }

    /// The entries under a code: `children("04")` lists 040..046.
    pub fn children<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a CameoEntry> + 'a {
        self.entries.iter().filter(move |e| e.code.len() == code.len() + 1 && e.code.starts_with(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn builtin_table_covers_every_root_and_level() {
        let t = CameoTable::builtin();
        assert!(t.entries().len() >= 300, "{} codes", t.entries().len());
        for r in 1..=20 {
            let root = format!("{r:02}");
            assert!(t.get(&root).is_some(), "root {root}");
            assert!(t.children(&root).count() >= 2, "3-digit codes under {root}");
        }
        assert!(t.entries().iter().any(|e| e.code.len() == 4));
        let e = t.get("190").unwrap();
        assert_eq!((e.goldstein, e.quad_class, e.plover_type.as_str()), (-10.0, 4, "ASSAULT"));
        assert_eq!(t.get("041").unwrap().plover_mode.as_deref(), Some("phone"));
        for e in t.entries() {
            let want = match e.root().parse::<u8>().unwrap() {
                1..=5 => 1,
                6..=8 => 2,
                9..=13 => 3,
                _ => 4,
            };
            assert_eq!(e.quad_class, want, "quad of {}", e.code);
        }
    }

    #[test]
    fn malformed_rows_name_their_line() {
        let e = CameoTable::parse("code\tg\n040\tx\t1\tCONSULT\t\t\tConsult\n", "t.tsv").unwrap_err();
        assert_eq!(e.to_string(), "t.tsv:2: field goldstein: \"x\" is not a number");
        let e = CameoTable::parse("04\t1\t1\n", "t.tsv").unwrap_err();
        assert!(e.to_string().starts_with("t.tsv:1: expected 7"));
    }

    /// Goldstein values where detente follows the CAMEO project's Goldstein assignment
    /// rather than the Phoenix pipeline's table.
    const KNOWN_GOLDSTEIN_DIFFERENCES: &[&str] = &["022", "163", "166"];
    /// Codes the Phoenix table carries that are not in the CAMEO 1.1b3 codebook.
    const PHOENIX_ONLY: &[&str] = &["0110", "0357", "109", "1641", "1642", "1643"];

    #[test]
    fn agrees_with_the_phoenix_goldstein_table() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/peers/phoenix_pipeline/CAMEO_goldstein_quad.tsv");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipped: {} not found (../shared absent)", path.display());
            return;
        };
        let t = CameoTable::builtin();
        let mut compared = 0;
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            let (code, g, quad) = (f[0], f[1], f[2]);
            if PHOENIX_ONLY.contains(&code) {
                continue;
            }
            let e = t.get(code).unwrap_or_else(|| panic!("Phoenix code {code} missing from our table"));
            // Phoenix quad 0 is "neutral" (01, 02) and puts root 16 under verbal conflict; detente
            // follows GDELT's quad classes: 01-05 verbal cooperation, 16 material conflict.
            let q: u8 = quad.parse().unwrap();
            let q = match (q, e.root()) {
                (0, _) => 1,
                (3, "16") => 4,
                (q, _) => q,
            };
            assert_eq!(q, e.quad_class, "quad of {code}");
            if let Ok(g) = g.parse::<f32>() {
                if !KNOWN_GOLDSTEIN_DIFFERENCES.contains(&code) {
                    assert_eq!(g, e.goldstein, "Goldstein of {code}");
                }
            }
            compared += 1;
        }
        assert!(compared > 300, "compared {compared}");
    }

    #[test]
    fn agrees_with_the_cameo2plover_table() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/peers/plover/CAMEO2PLOVER-2021.txt");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipped: {} not found (../shared absent)", path.display());
            return;
        };
        let t = CameoTable::builtin();
        let mut compared = 0;
        for line in text.lines() {
            let Some((code, rest)) = line.split_once(':') else { continue };
            let code = code.trim();
            if code.len() < 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let body = rest.split('#').next().unwrap_or("");
            let f: Vec<&str> = body.split(',').map(str::trim).collect();
            let e = t.get(code).unwrap_or_else(|| panic!("PLOVER table code {code} missing"));
            assert_eq!(e.plover_type, f[0], "PLOVER type of {code}");
            let mode = f.get(1).copied().filter(|m| !m.is_empty());
            // 175 carries a context word in the mode column of the 2021 table; 0813/0814 dropped "ease".
            if code != "175" {
                assert_eq!(e.plover_mode.as_deref(), mode, "PLOVER mode of {code}");
            }
            compared += 1;
        }
        assert!(compared > 250, "compared {compared}");
    }
}
