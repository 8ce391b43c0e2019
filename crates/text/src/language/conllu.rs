//! Reading and writing CoNLL-U (<https://universaldependencies.org/format.html>).
//!
//! Multiword-token ranges (`3-4`) and empty nodes (`5.1`) are skipped: the tagger and
//! parser work on syntactic words. A malformed sentence is reported with its file and
//! line and dropped; the rest of the file is still read.
use super::morph::{sentence_features, MorphWord};
use detente_core::{DepRel, Upos, Xpos};
use std::path::Path;

/// One syntactic word of a treebank sentence.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TreeWord {
    /// Word form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Universal POS tag.
    pub upos: Upos,
    /// Penn Treebank tag.
    pub xpos: Xpos,
    /// Head as a 1-based word number; 0 is the root.
    pub head: u32,
    /// Relation to the head.
    pub deprel: DepRel,
    /// Morphological features (the FEATS column; "_" when none).
    pub feats: String,
    /// False when the MISC column says `SpaceAfter=No`.
    pub space_after: bool,
}

/// One treebank sentence with its comments' metadata.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TreeSentence {
    /// `# sent_id`.
    pub id: String,
    /// `# text`, when given.
    pub text: Option<String>,
    /// The latest `# newdoc id` before this sentence.
    pub doc: String,
    /// Words in order.
    pub words: Vec<TreeWord>,
}

impl TreeSentence {
    /// The sentence text: `# text` when present, else the forms joined by their spacing.
    pub fn surface(&self) -> String {
        if let Some(t) = &self.text {
            return t.clone();
        }
        let mut s = String::new();
        for w in &self.words {
            s.push_str(&w.form);
            if w.space_after {
                s.push(' ');
            }
        }
        s.trim_end().to_string()
    }
    /// True when no two arcs cross (a transition parser can derive the tree exactly).
    pub fn is_projective(&self) -> bool {
        let n = self.words.len();
        for (i, w) in self.words.iter().enumerate() {
            let (d, h) = (i + 1, w.head as usize);
            let (lo, hi) = (d.min(h), d.max(h));
            for k in lo + 1..hi {
                let hk = self.words[k - 1].head as usize;
                if hk < lo || hk > hi {
                    return false;
                }
            }
            debug_assert!(h <= n);
        }
        true
    }
}

/// A CoNLL-U problem, with the place it was found.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConlluError {
    /// The file could not be read.
    #[error("{file}: {message}")]
    Io {
        /// The file.
        file: String,
        /// What went wrong.
        message: String,
    },
    /// A line that does not follow the format.
    #[error("{file}:{line}: {field}: {message}")]
    Format {
        /// The file.
        file: String,
        /// 1-based line number.
        line: usize,
        /// The column ("HEAD") or part ("sentence") at fault.
        field: &'static str,
        /// What is wrong.
        message: String,
    },
}

/// Reads a CoNLL-U file: the good sentences and an error for each bad one.
pub fn read_file(path: &Path) -> Result<(Vec<TreeSentence>, Vec<ConlluError>), ConlluError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConlluError::Io { file: path.display().to_string(), message: e.to_string() })?;
    Ok(parse(&text, &path.display().to_string()))
}

/// Parses CoNLL-U text; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> (Vec<TreeSentence>, Vec<ConlluError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut cur = TreeSentence::default();
    let mut doc = String::new();
    let mut bad: Option<ConlluError> = None;
    let mut start_line = 1;
    let err = |line: usize, field: &'static str, message: String| ConlluError::Format { file: file.to_string(), line, field, message };
    let finish = |cur: &mut TreeSentence, bad: &mut Option<ConlluError>, start: usize, out: &mut Vec<TreeSentence>, errors: &mut Vec<ConlluError>| {
        let s = std::mem::take(cur);
        if let Some(e) = bad.take() {
            errors.push(e);
            return;
        }
        if s.words.is_empty() {
            return;
        }
        let n = s.words.len() as u32;
        if let Some(w) = s.words.iter().find(|w| w.head > n) {
            errors.push(err(start, "HEAD", format!("head {} beyond the sentence's {} words", w.head, n)));
            return;
        }
        out.push(s);
    };
    for (i, raw) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            finish(&mut cur, &mut bad, start_line, &mut out, &mut errors);
            start_line = lineno + 1;
            continue;
        }
        if cur.words.is_empty() && cur.id.is_empty() && cur.text.is_none() && bad.is_none() {
            start_line = lineno;
            cur.doc = doc.clone();
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim();
            if let Some(v) = c.strip_prefix("newdoc id =") {
                doc = v.trim().to_string();
                cur.doc = doc.clone();
            } else if let Some(v) = c.strip_prefix("sent_id =") {
                cur.id = v.trim().to_string();
            } else if let Some(v) = c.strip_prefix("text =") {
                cur.text = Some(v.trim().to_string());
            }
            continue;
        }
        if bad.is_some() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            bad = Some(err(lineno, "line", format!("expected 10 tab-separated columns, found {}", cols.len())));
            continue;
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue; // multiword token range or empty node
        }
        let Ok(id) = cols[0].parse::<u32>() else {
            bad = Some(err(lineno, "ID", format!("not a word number: {:?}", cols[0])));
            continue;
        };
        if id as usize != cur.words.len() + 1 {
            bad = Some(err(lineno, "ID", format!("expected word {}, found {}", cur.words.len() + 1, id)));
            continue;
        }
        let head = if cols[6] == "_" {
            0
        } else {
            match cols[6].parse::<u32>() {
                Ok(h) => h,
                Err(_) => {
                    bad = Some(err(lineno, "HEAD", format!("not a word number: {:?}", cols[6])));
                    continue;
                }
            }
        };
        let upos = match cols[3] {
            "_" => Upos::X,
            u => match Upos::parse(u) {
                Some(u) => u,
                None => {
                    bad = Some(err(lineno, "UPOS", format!("unknown tag {u:?}")));
                    continue;
                }
            },
        };
        cur.words.push(TreeWord {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos,
            xpos: Xpos::parse(cols[4]),
            head,
            deprel: DepRel::parse(cols[7]),
            feats: cols[5].to_string(),
            space_after: !cols[9].split('|').any(|m| m == "SpaceAfter=No"),
        });
    }
    finish(&mut cur, &mut bad, start_line, &mut out, &mut errors);
    (out, errors)
}

/// Writes one sentence as CoNLL-U (with `# sent_id` and `# text` comments).
pub fn write_sentence(out: &mut String, s: &TreeSentence) {
    use std::fmt::Write;
    if !s.id.is_empty() {
        let _ = writeln!(out, "# sent_id = {}", s.id);
    }
    let _ = writeln!(out, "# text = {}", s.surface());
    for (i, w) in s.words.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
            i + 1,
            w.form,
            if w.lemma.is_empty() { "_" } else { &w.lemma },
            w.upos.as_str(),
            w.xpos.as_str(),
            if w.feats.is_empty() { "_" } else { &w.feats },
            w.head,
            w.deprel.as_str(),
            if w.space_after { "_" } else { "SpaceAfter=No" }
        );
    }
    out.push('\n');
}

/// Writes a document's analyzed sentences as CoNLL-U, with `# newdoc id`, `# sent_id`
/// (`DOC-N`) and `# text` comments. Heads are written relative to each sentence.
pub fn write_document(out: &mut String, doc: &detente_core::Document) {
    use std::fmt::Write;
    let _ = writeln!(out, "# newdoc id = {}", doc.id);
    for (si, s) in doc.sentences.iter().enumerate() {
        let r = s.token_range();
        if r.is_empty() || r.end > doc.tokens.len() {
            continue;
        }
        let _ = writeln!(out, "# sent_id = {}-{}", doc.id, si + 1);
        let text = doc.text.get(s.range.to_range()).unwrap_or("");
        let _ = writeln!(out, "# text = {}", text.split_whitespace().collect::<Vec<_>>().join(" "));
        let words: Vec<MorphWord> = r
            .clone()
            .map(|i| {
                let t = &doc.tokens[i];
                let head = match t.head {
                    Some(h) if (h as usize) >= r.start && (h as usize) < r.end => h - r.start as u32 + 1,
                    _ => 0,
                };
                let deprel = if t.head.is_none() && t.deprel.0 == 0 { DepRel::parse("root") } else { t.deprel };
                MorphWord { form: doc.text.get(t.range.to_range()).unwrap_or(""), upos: t.upos, xpos: t.xpos, head, deprel }
            })
            .collect();
        let feats = sentence_features(&words);
        for (k, i) in r.clone().enumerate() {
            let t = &doc.tokens[i];
            let form = doc.text.get(t.range.to_range()).unwrap_or("_");
            let head = match t.head {
                Some(h) if (h as usize) >= r.start && (h as usize) < r.end => h as usize - r.start + 1,
                _ => 0,
            };
            let deprel = if t.head.is_none() && t.deprel.0 == 0 { "root" } else { t.deprel.as_str() };
            let lemma = if t.lemma.is_empty() { "_" } else { &t.lemma };
            let space = if t.space_after { "_" } else { "SpaceAfter=No" };
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
                k + 1,
                form.replace(['\t', '\n'], " "),
                lemma,
                t.upos.as_str(),
                t.xpos.as_str(),
                feats[k],
                head,
                deprel,
                space
            );
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = s1\n# text = It's done.\n1-2\tIt's\t_\t_\t_\t_\t_\t_\t_\t_\n1\tIt\tit\tPRON\tPRP\t_\t3\tnsubj:pass\t_\t_\n2\t's\tbe\tAUX\tVBZ\t_\t3\taux:pass\t_\t_\n3\tdone\tdo\tVERB\tVBN\t_\t0\troot\t_\tSpaceAfter=No\n3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n# sent_id = s2\n1\tbad\n\n# sent_id = s3\n1\tOk\tok\tINTJ\tUH\t_\t0\troot\t_\t_\n";

    #[test]
    fn reads_words_skips_ranges_and_reports_bad_lines() {
        let (s, e) = parse(SAMPLE, "t.conllu");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words.len(), 4);
        assert_eq!(s[0].doc, "d1");
        assert_eq!(s[0].words[1].lemma, "be");
        assert_eq!(s[0].words[0].deprel.as_str(), "nsubj:pass");
        assert!(!s[0].words[2].space_after);
        assert_eq!(s[1].id, "s3");
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].to_string(), "t.conllu:12: line: expected 10 tab-separated columns, found 2");
    }

    #[test]
    fn projectivity() {
        let (s, _) = parse(SAMPLE, "t");
        assert!(s[0].is_projective());
        let mut np = s[0].clone();
        // 1 -> 3, 2 -> 4 crossing: make word 2 depend on 4 and word 3 on 1.
        np.words[1].head = 4;
        np.words[2].head = 1;
        np.words[0].head = 0;
        np.words[3].head = 1;
        assert!(!np.is_projective());
    }
}
