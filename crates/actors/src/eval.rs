//! Scores the resolver on `tests/data/actors_gold.tsv` (format in `tests/data/README.md`):
//! precision = correct codes / codes output on listed mentions (including `-` rows),
//! recall = correct codes / listed actor mentions. Destination mentions (places visited) are
//! not actors and are left out.
//!
//! `cargo test -p detente-actors --release actors_gold -- --nocapture` prints the figures;
//! `ACTORS_GOLD_SHOW=1` also lists every miss.
use crate::resolver::DictionaryResolver;
use crate::simple;
use chrono::NaiveDate;
use detente_core::TextRange;

/// One gold row.
struct Row {
    id: String,
    date: Option<NaiveDate>,
    sentence: String,
    mention: String,
    expected: String,
}

/// The result of scoring.
#[derive(Debug, Default)]
pub(crate) struct Score {
    pub output: usize,
    pub correct: usize,
    pub actors: usize,
    pub misses: Vec<String>,
}

/// Byte range of `m` in `s` as a whole word.
fn find_word(s: &str, m: &str) -> Option<TextRange> {
    let mut from = 0;
    while let Some(p) = s[from..].find(m) {
        let a = from + p;
        let b = a + m.len();
        let ok_a = s[..a].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let ok_b = s[b..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if ok_a && ok_b {
            return Some(TextRange::new(a, b));
        }
        from = a + m.len().max(1);
    }
    None
}

pub(crate) fn score(tsv: &str, resolver: &DictionaryResolver) -> Score {
    let mut rows = Vec::new();
    for (n, line) in tsv.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 5 {
            eprintln!("actors_gold.tsv:{}: expected 5 columns, found {}", n + 1, f.len());
            continue;
        }
        rows.push(Row {
            id: f[0].to_string(),
            date: NaiveDate::parse_from_str(f[1], "%Y-%m-%d").ok(),
            sentence: f[2].to_string(),
            mention: f[3].to_string(),
            expected: f[4].trim().to_string(),
        });
    }
    let mut s = Score::default();
    let mut i = 0;
    while i < rows.len() {
        let key = rows[i].id.split('.').next().unwrap_or("").to_string();
        let mut j = i;
        while j < rows.len() && rows[j].id.split('.').next() == Some(key.as_str()) && rows[j].sentence == rows[i].sentence {
            j += 1;
        }
        let mut doc = simple::document(&rows[i].sentence, rows[i].date);
        resolver.resolve(&mut doc);
        for r in &rows[i..j] {
            if r.expected != "-" {
                s.actors += 1;
            }
            let Some(span) = find_word(&r.sentence, &r.mention) else {
                eprintln!("{}: mention {:?} not in sentence", r.id, r.mention);
                continue;
            };
            let best = doc
                .mentions
                .iter()
                // A place visited is no actor (the gold's convention): not scored.
                .filter(|m| m.kind.is_actor() && m.range.overlaps(span))
                .max_by_key(|m| (m.range.end.min(span.end) - m.range.start.max(span.start), std::cmp::Reverse(m.range.len())));
            match best {
                Some(m) => {
                    s.output += 1;
                    if m.actor.code == r.expected {
                        s.correct += 1;
                    } else {
                        s.misses.push(format!("{}\t{}\t{}\tgot {} ({:?}, {})\t{}", r.id, r.mention, r.expected, m.actor.code, doc.slice(m.range), m.rule, r.sentence));
                    }
                }
                None if r.expected != "-" => s.misses.push(format!("{}\t{}\t{}\tgot nothing\t{}", r.id, r.mention, r.expected, r.sentence)),
                None => {}
            }
        }
        i = j.max(i + 1);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_gold() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/actors_gold.tsv");
        let Ok(tsv) = std::fs::read_to_string(path) else {
            eprintln!("skipping: {path} not found");
            return;
        };
        let s = score(&tsv, &DictionaryResolver::default());
        let p = s.correct as f64 / s.output.max(1) as f64;
        let r = s.correct as f64 / s.actors.max(1) as f64;
        if std::env::var("ACTORS_GOLD_SHOW").is_ok() {
            for m in &s.misses {
                eprintln!("{m}");
            }
        }
        eprintln!("actors_gold: precision {:.1}% ({}/{}), recall {:.1}% ({}/{})", p * 100.0, s.correct, s.output, r * 100.0, s.correct, s.actors);
        // A floor well under the measured figures: catches regressions, not a tuning target.
        assert!(p >= 0.80 && r >= 0.70, "precision {p:.3} recall {r:.3}");
    }

    #[test]
    fn finds_whole_words() {
        assert_eq!(find_word("the He said He", "He"), Some(TextRange::new(4, 6)));
        assert_eq!(find_word("there", "he"), None);
    }
}
