//! English irregular verbs (`dictionaries/language/irregular_verbs.tsv`), compiled into
//! the binary: a listed past or participle form lemmatizes to its base form, and the
//! tagger sees whether a word is such a form.
use super::hashing::hash_lower;
use super::weights::KeyMap;
use std::sync::OnceLock;

static TABLE_TSV: &str = include_str!("../../../../dictionaries/language/irregular_verbs.tsv");

/// The irregular verb table: past and participle forms → base form.
#[derive(Debug, Default)]
pub struct IrregularVerbs {
    forms: KeyMap<(u32, u8)>,
    bases: Vec<String>,
}

/// A form is a listed simple past.
pub const PAST: u8 = 1;
/// A form is a listed past participle.
pub const PARTICIPLE: u8 = 2;
/// A form is also a listed base form ("hit", "saw" of "to saw"): it can be present tense.
pub const BASE: u8 = 4;

impl IrregularVerbs {
    /// Parses the TSV (base, past, participle; alternatives split by "|"; "-" for a regular
    /// "-ed" form, which is not listed); returns the table and a message for each line that
    /// does not have three columns.
    pub fn parse(tsv: &str, file: &str) -> (IrregularVerbs, Vec<String>) {
        let mut t = IrregularVerbs::default();
        let mut errors = Vec::new();
        for (i, line) in tsv.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 3 || cols.iter().any(|c| c.is_empty()) {
                errors.push(format!("{file}:{}: expected base, past and participle separated by tabs", i + 1));
                continue;
            }
            let id = t.bases.len() as u32;
            t.bases.push(cols[0].to_string());
            for (col, kind) in [(cols[0], BASE), (cols[1], PAST), (cols[2], PARTICIPLE)] {
                for f in col.split('|').filter(|f| *f != "-") {
                    let e = t.forms.entry(hash_lower(f)).or_insert((id, 0));
                    // A past or participle form points at its own verb's base, even when the
                    // form is also another verb's base ("saw" of "see" and "to saw").
                    if kind != BASE && e.1 & (PAST | PARTICIPLE) == 0 {
                        e.0 = id;
                    }
                    e.1 |= kind;
                }
            }
        }
        (t, errors)
    }
    /// The shipped table (parsed once).
    pub fn shipped() -> &'static IrregularVerbs {
        static T: OnceLock<IrregularVerbs> = OnceLock::new();
        T.get_or_init(|| IrregularVerbs::parse(TABLE_TSV, "dictionaries/language/irregular_verbs.tsv").0)
    }
    /// `PAST | PARTICIPLE | BASE` bits for a word (by its lower-cased hash); 0 when not listed.
    pub fn kind(&self, lower_hash: u64) -> u8 {
        self.forms.get(&lower_hash).map(|e| e.1).unwrap_or(0)
    }
    /// The base form of a listed past or participle form.
    pub fn base(&self, form: &str) -> Option<&str> {
        self.forms.get(&hash_lower(form)).filter(|e| e.1 & (PAST | PARTICIPLE) != 0).map(|e| self.bases[e.0 as usize].as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn shipped_table_parses_cleanly() {
        let (t, errors) = IrregularVerbs::parse(TABLE_TSV, "irregular_verbs.tsv");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(t.base("shot"), Some("shoot"));
        assert_eq!(t.base("Fled"), Some("flee"));
        assert_eq!(t.base("were"), Some("be"));
        assert_eq!(t.base("saw"), Some("see"));
        assert_eq!(t.kind(hash_lower("shot")) & BASE, 0);
        assert_ne!(t.kind(hash_lower("hit")) & BASE, 0);
        assert_eq!(t.kind(hash_lower("taken")), PARTICIPLE);
        assert_eq!(t.kind(hash_lower("shot")), PAST | PARTICIPLE);
        assert_eq!(t.base("balloon"), None);
    }
    #[test]
    fn prefixed_and_rarer_irregular_verbs_are_listed() {
        let t = IrregularVerbs::shipped();
        for (form, base) in [
            ("retook", "retake"), ("retaken", "retake"), ("overtook", "overtake"), ("undertook", "undertake"),
            ("withdrew", "withdraw"), ("withheld", "withhold"), ("overran", "overrun"), ("overthrew", "overthrow"),
            ("forbade", "forbid"), ("foresaw", "foresee"), ("mistook", "mistake"), ("rebuilt", "rebuild"),
            ("reshot", "reshoot"), ("proven", "prove"), ("spun", "spin"), ("strode", "stride"), ("wept", "weep"),
        ] {
            assert_eq!(t.base(form), Some(base), "{form}");
        }
        assert_eq!(t.kind(hash_lower("proved")), 0, "a regular form given as \"-\" is not listed");
        assert_eq!(t.kind(hash_lower("wound")), 0, "wind/wound is left out: \"wound\" is a word of its own");
    }
    /// Every line of the shipped table: three columns, each past or participle form belongs to one
    /// verb only and lemmatizes to that verb's base when tagged VBD or VBN; only "lay" is both a
    /// past ("lie") and a base ("lay").
    #[test]
    fn every_listed_form_lemmatizes_to_its_base() {
        use crate::language::lemma::Lemmatizer;
        use detente_core::Xpos;
        let lem = Lemmatizer::default();
        let mut owner: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        let mut bases = std::collections::HashSet::new();
        let mut n = 0;
        for line in TABLE_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "{line}");
            bases.insert(cols[0].to_string());
            for f in cols[1..].iter().flat_map(|c| c.split('|')).filter(|f| *f != "-") {
                if let Some(b) = owner.insert(f.to_string(), cols[0].to_string()) {
                    assert_eq!(b, cols[0], "{f} listed for two verbs");
                }
                for x in ["VBD", "VBN"] {
                    assert_eq!(lem.lemma(f, Xpos::parse(x)), cols[0], "{f}/{x}");
                }
                n += 1;
            }
        }
        let both: Vec<&String> = owner.keys().filter(|f| bases.contains(*f) && owner[*f] != **f).collect();
        assert_eq!(both, ["lay"]);
        assert!(n > 400, "{n} forms");
    }
    #[test]
    fn bad_lines_are_reported_with_their_place() {
        let (t, errors) = IrregularVerbs::parse("# c\ngo\twent\tgone\nbroken line\n", "x.tsv");
        assert_eq!(errors, ["x.tsv:3: expected base, past and participle separated by tabs"]);
        assert_eq!(t.base("went"), Some("go"));
    }
}
