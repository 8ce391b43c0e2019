//! Cleaning scraped text: drops page furniture lines and trims whitespace,
//! keeping an alignment from the clean text back to the raw text.
use std::sync::OnceLock;

/// The shipped furniture rules (`dictionaries/ingest/furniture.tsv`).
const FURNITURE_TSV: &str = include_str!("../../../dictionaries/ingest/furniture.tsv");

/// Longest prefix-rule line, in words: longer lines are real prose.
const PREFIX_MAX_WORDS: usize = 12;
/// Longest suffix-rule line (contributor lines), in words.
const SUFFIX_MAX_WORDS: usize = 30;

/// How a furniture rule matches a whole line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RuleKind {
    Exact,
    Prefix,
    Suffix,
}

/// Page-furniture rules compiled once: whole lines that are not article text
/// ("Read the full article here", "Share.", "CNN's ... contributed to this report.").
#[derive(Debug, Clone)]
pub struct Furniture {
    rules: Vec<(RuleKind, String)>,
}

/// A bad line in a furniture table.
#[derive(Debug, thiserror::Error)]
#[error("furniture table line {line}: {reason}")]
pub struct FurnitureError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl Furniture {
    /// Parses a furniture table: `kind<TAB>pattern<TAB>note` lines, `#` comments.
    pub fn parse(tsv: &str) -> Result<Furniture, FurnitureError> {
        let mut rules = Vec::new();
        for (i, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let kind = match cols.next() {
                Some("exact") => RuleKind::Exact,
                Some("prefix") => RuleKind::Prefix,
                Some("suffix") => RuleKind::Suffix,
                other => return Err(FurnitureError { line: i + 1, reason: format!("unknown kind {other:?}") }),
            };
            let pattern = cols.next().map(str::trim).filter(|p| !p.is_empty());
            let Some(pattern) = pattern else {
                return Err(FurnitureError { line: i + 1, reason: "missing pattern".into() });
            };
            if cols.next().is_none_or(|n| n.trim().is_empty()) {
                return Err(FurnitureError { line: i + 1, reason: "missing note (say where the rule comes from)".into() });
            }
            rules.push((kind, pattern.to_string()));
        }
        Ok(Furniture { rules })
    }

    /// The shipped rules, parsed once.
    pub fn shipped() -> &'static Furniture {
        static SHIPPED: OnceLock<Furniture> = OnceLock::new();
        SHIPPED.get_or_init(|| Furniture::parse(FURNITURE_TSV).expect("dictionaries/ingest/furniture.tsv is checked by a unit test"))
    }

    /// True when the (trimmed) line is page furniture.
    pub fn is_furniture(&self, line: &str) -> bool {
        let line = line.trim();
        if line.is_empty() || line.len() > 400 {
            return false;
        }
        let words = line.split_whitespace().count();
        let b = line.as_bytes();
        self.rules.iter().any(|(kind, p)| {
            let p = p.as_bytes();
            match kind {
                RuleKind::Exact => b.eq_ignore_ascii_case(p),
                RuleKind::Prefix => words <= PREFIX_MAX_WORDS && b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p),
                RuleKind::Suffix => words <= SUFFIX_MAX_WORDS && b.len() >= p.len() && b[b.len() - p.len()..].eq_ignore_ascii_case(p),
            }
        })
    }
}

/// Clean text and its alignment to the raw text it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cleaned {
    /// The clean text.
    pub text: String,
    /// `(clean_offset, raw_offset)` checkpoints (see `Document::alignment`); empty when
    /// the clean text is the raw text.
    pub alignment: Vec<(u32, u32)>,
}

/// Cleans raw article text: trims every line, drops furniture lines, keeps one blank line
/// between paragraphs, and records where every kept run of raw text went.
///
/// ```
/// use detente_ingest::clean::{clean, Furniture};
/// let c = clean("Troops crossed the border.\n\nShare.\nExit mobile version", Furniture::shipped());
/// assert_eq!(c.text, "Troops crossed the border.");
/// ```
pub fn clean(raw: &str, furniture: &Furniture) -> Cleaned {
    let mut text = String::with_capacity(raw.len());
    let mut alignment: Vec<(u32, u32)> = Vec::new();
    let mut gap = false; // a blank or dropped line since the last kept line
    let mut pos = 0usize;
    let mut delta_changed = false;
    for line in raw.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim();
        if trimmed.is_empty() || furniture.is_furniture(trimmed) {
            gap = true;
            continue;
        }
        if !text.is_empty() {
            text.push_str(if gap { "\n\n" } else { "\n" });
        }
        gap = false;
        let raw_start = start + (body.len() - body.trim_start().len());
        let clean_start = text.len();
        if raw_start != clean_start || delta_changed {
            alignment.push((clean_start as u32, raw_start as u32));
        }
        delta_changed = raw_start != clean_start;
        text.push_str(trimmed);
    }
    if text.len() == raw.len() {
        // Nothing was dropped or moved: the clean text is the raw text.
        debug_assert_eq!(text, raw);
        alignment.clear();
    }
    Cleaned { text, alignment }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw_at(c: &Cleaned, clean: usize) -> usize {
        let k = c.alignment.partition_point(|&(a, _)| a as usize <= clean);
        if k == 0 {
            return clean;
        }
        let (a, r) = c.alignment[k - 1];
        r as usize + clean - a as usize
    }

    #[test]
    fn shipped_table_parses() {
        assert!(Furniture::parse(FURNITURE_TSV).unwrap().rules.len() > 40);
    }

    #[test]
    fn bad_table_lines_name_the_line() {
        let e = Furniture::parse("# c\nexact\tShare.\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(Furniture::parse("maybe\tx\ty").unwrap_err().reason.contains("unknown kind"));
    }

    #[test]
    fn drops_seed_furniture_but_keeps_sentences() {
        let f = Furniture::shipped();
        assert!(f.is_furniture("CNN’s Nectar Gan, MJ Lee and Donald Judd contributed to this report."));
        assert!(f.is_furniture("Read the full article here"));
        assert!(f.is_furniture("Share."));
        assert!(f.is_furniture("Exit mobile version"));
        assert!(f.is_furniture("Click here to subscribe"));
        assert!(!f.is_furniture("Blinken will also discuss the situation in the Middle East."));
        assert!(!f.is_furniture("Share prices fell 3% in Tokyo after the announcement by the central bank on Monday."));
        assert!(!f.is_furniture(
            "Click here was the name of the campaign that the ministry launched after the protests in the capital ended in March last year."
        ));
    }

    #[test]
    fn identical_text_has_no_alignment() {
        let c = clean("One line.\n\nTwo lines.", Furniture::shipped());
        assert_eq!(c.text, "One line.\n\nTwo lines.");
        assert!(c.alignment.is_empty());
    }

    #[test]
    fn alignment_points_every_kept_byte_at_its_raw_byte() {
        let raw = "  Title here \r\n\r\nShare.\nFirst para.\r\n\n\n\nSecond para.\nRead the full article here\n";
        let c = clean(raw, Furniture::shipped());
        assert_eq!(c.text, "Title here\n\nFirst para.\n\nSecond para.");
        for (i, ch) in c.text.char_indices() {
            if ch != '\n' {
                assert_eq!(raw[raw_at(&c, i)..].chars().next(), Some(ch), "offset {i}");
            }
        }
    }
}
