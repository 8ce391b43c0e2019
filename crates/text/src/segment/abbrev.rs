//! The abbreviation table (`dictionaries/segment/abbreviations.tsv`), compiled once.
use std::collections::HashSet;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../../dictionaries/segment/abbreviations.tsv");

/// What an abbreviation allows at a sentence boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevKind {
    /// Precedes a name; never ends a sentence ("Sen.", "Gen.", "Jan.").
    Title,
    /// May end a sentence before a usual sentence starter ("U.S.", "Inc.").
    Abbrev,
}

/// Abbreviations that keep their period, by kind.
#[derive(Debug, Default)]
pub struct Abbreviations {
    exact: std::collections::HashMap<String, AbbrevKind>,
    folded: std::collections::HashMap<String, AbbrevKind>,
}

/// A bad line of the abbreviation table.
#[derive(Debug, thiserror::Error)]
#[error("abbreviation table line {line}: {reason}")]
pub struct AbbrevError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl Abbreviations {
    /// Parses `kind<TAB>abbreviation<TAB>note` lines (`#` starts a comment).
    pub fn parse(tsv: &str) -> Result<Self, AbbrevError> {
        let mut a = Abbreviations::default();
        for (i, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let err = |reason: &str| AbbrevError { line: i + 1, reason: reason.to_string() };
            if cols.len() < 3 || cols[2].trim().is_empty() {
                return Err(err("expected kind, abbreviation and a note"));
            }
            let kind = match cols[0] {
                "title" => AbbrevKind::Title,
                "abbrev" => AbbrevKind::Abbrev,
                _ => return Err(err("kind must be `title` or `abbrev`")),
            };
            let word = cols[1].trim();
            if word.is_empty() || word.ends_with('.') {
                return Err(err("abbreviation must be non-empty and written without its final period"));
            }
            if word.chars().any(char::is_uppercase) {
                a.exact.insert(word.to_string(), kind);
                a.exact.insert(word.to_uppercase(), kind);
            } else {
                a.folded.insert(word.to_string(), kind);
            }
        }
        Ok(a)
    }

    /// The shipped table, parsed once.
    pub fn shipped() -> &'static Abbreviations {
        static T: OnceLock<Abbreviations> = OnceLock::new();
        T.get_or_init(|| Abbreviations::parse(TABLE).expect("dictionaries/segment/abbreviations.tsv is checked by a unit test"))
    }

    /// The kind of `word` (written without its final period), if it is an abbreviation.
    pub fn kind(&self, word: &str) -> Option<AbbrevKind> {
        if let Some(k) = self.exact.get(word) {
            return Some(*k);
        }
        if self.folded.is_empty() || word.len() > 12 {
            return None;
        }
        let mut buf = [0u8; 12];
        let b = word.as_bytes();
        if !b.is_ascii() {
            return None;
        }
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        std::str::from_utf8(&buf[..b.len()]).ok().and_then(|w| self.folded.get(w)).copied()
    }
}

/// Words that usually begin a sentence: after an abbreviation such as "U.S." or "Inc.",
/// a boundary is placed only before one of these.
pub fn is_sentence_starter(word: &str) -> bool {
    static STARTERS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    STARTERS
        .get_or_init(|| {
            [
                "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
                "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "If", "When", "While", "After", "Before", "As",
                "His", "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most", "All", "No", "Not", "What", "Who",
                "Why", "How", "Where", "Then", "Now", "Also", "However", "Meanwhile", "Officials", "Mr.", "Mrs.", "Ms.",
                "Dr.", "By", "With", "From", "One", "Two", "Three", "Both", "Each", "Still", "Since", "Although",
                "THE", "HE", "SHE", "IT", "THEY", "WE", "THIS", "THAT", "THERE", "BUT", "IN", "ON", "AT", "IF",
            ]
            .into_iter()
            .collect()
        })
        .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_table_parses_and_matches() {
        let a = Abbreviations::parse(TABLE).unwrap();
        assert_eq!(a.kind("Sen"), Some(AbbrevKind::Title));
        assert_eq!(a.kind("SEN"), Some(AbbrevKind::Title));
        assert_eq!(a.kind("sen"), None);
        assert_eq!(a.kind("U.S"), Some(AbbrevKind::Abbrev));
        assert_eq!(a.kind("e.g"), Some(AbbrevKind::Abbrev));
        assert_eq!(a.kind("E.G"), Some(AbbrevKind::Abbrev));
        assert_eq!(a.kind("said"), None);
    }

    #[test]
    fn bad_lines_are_named() {
        assert_eq!(Abbreviations::parse("title\tMr.\tx").unwrap_err().line, 1);
        assert!(Abbreviations::parse("# c\nfoo\tMr\tx").unwrap_err().reason.contains("kind"));
    }
}
