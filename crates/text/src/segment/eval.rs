//! Sentence and token boundary F1 against a Universal Dependencies treebank.
//!
//! Each treebank document's raw text is rebuilt from `# text` (sentences of a paragraph
//! joined by a space, paragraphs by a blank line at `# newpar`), then segmented, and the
//! predicted sentence and token spans are compared with the gold ones. Gold tokens are
//! syntactic words where their forms spell the surface ("do" + "n't"), else the surface
//! token.
use std::collections::HashSet;

/// Precision, recall and F1 of one kind of span.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Spans in both.
    pub correct: usize,
}

impl Prf {
    /// Precision in [0, 1].
    pub fn precision(&self) -> f64 {
        self.correct as f64 / self.predicted.max(1) as f64
    }
    /// Recall in [0, 1].
    pub fn recall(&self) -> f64 {
        self.correct as f64 / self.gold.max(1) as f64
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
    fn add(&mut self, gold: &[(u32, u32)], predicted: &[(u32, u32)]) {
        let g: HashSet<&(u32, u32)> = gold.iter().collect();
        self.gold += gold.len();
        self.predicted += predicted.len();
        self.correct += predicted.iter().filter(|p| g.contains(p)).count();
    }
}

/// Sentence and token scores over a treebank (or the documents of it that were kept).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SegmentScores {
    /// Documents scored.
    pub documents: usize,
    /// Sentence spans.
    pub sentences: Prf,
    /// Token spans.
    pub tokens: Prf,
    /// Gold words whose form could not be found in `# text` (scored as surface tokens).
    pub unaligned: usize,
}

/// A treebank document rebuilt as raw text, with its gold spans.
#[derive(Debug, Default)]
struct GoldDoc {
    id: String,
    text: String,
    sentences: Vec<(u32, u32)>,
    tokens: Vec<(u32, u32)>,
}

/// Scores the segmenter on CoNLL-U text; `keep` chooses documents by their `newdoc id`.
pub fn evaluate(conllu: &str, keep: impl Fn(&str) -> bool) -> SegmentScores {
    let mut scores = SegmentScores::default();
    let mut docs = Vec::new();
    let mut cur = GoldDoc::default();
    let mut par_break = false;
    let mut sent_text: Option<String> = None;
    let mut sent_base = 0usize;
    let mut pos = 0usize; // byte offset within the sentence text
    // The multiword token being read: (first word, last word, start, surface length,
    // offset reached inside it, words pushed, all forms matched).
    let mut mwt: Option<(u32, u32, usize, usize, usize, usize, bool)> = None;
    let mut sent_tokens_start = 0usize;
    for line in conllu.lines() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            if !cur.text.is_empty() {
                docs.push(std::mem::take(&mut cur));
            }
            cur.id = id.trim().to_string();
            par_break = false;
        } else if line.starts_with("# newpar") {
            par_break = true;
        } else if let Some(t) = line.strip_prefix("# text = ") {
            if !cur.text.is_empty() {
                cur.text.push_str(if par_break { "\n\n" } else { " " });
            }
            par_break = false;
            sent_base = cur.text.len();
            cur.text.push_str(t);
            sent_text = Some(t.to_string());
            pos = 0;
            sent_tokens_start = cur.tokens.len();
        } else if line.is_empty() {
            if sent_text.take().is_some() && cur.tokens.len() > sent_tokens_start {
                let s = cur.tokens[sent_tokens_start].0;
                let e = cur.tokens.last().map_or(s, |x| x.1);
                cur.sentences.push((s, e));
            }
        } else if !line.starts_with('#') {
            let Some(text) = sent_text.as_deref() else { continue };
            let mut cols = line.split('\t');
            let (Some(id), Some(form)) = (cols.next(), cols.next()) else { continue };
            if id.contains('.') {
                continue;
            }
            let p = pos + text[pos..].len() - text[pos..].trim_start().len();
            if let Some((a, b)) = id.split_once('-') {
                let (first, last) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
                let len = if text[p..].starts_with(form) {
                    form.len()
                } else {
                    scores.unaligned += 1;
                    text[p..].find(char::is_whitespace).unwrap_or(text.len() - p)
                };
                mwt = Some((first, last, p, len, 0, 0, text[p..].starts_with(form)));
                pos = p + len;
                continue;
            }
            let n: u32 = id.parse().unwrap_or(0);
            if let Some((first, last, start, len, off, pushed, ok)) = mwt.as_mut() {
                if n >= *first && n <= *last {
                    let surface = &text[*start..*start + *len];
                    if *ok && surface[*off..].starts_with(form) && !form.is_empty() {
                        let s = (sent_base + *start + *off) as u32;
                        cur.tokens.push((s, s + form.len() as u32));
                        *off += form.len();
                        *pushed += 1;
                    } else {
                        *ok = false;
                    }
                    if n == *last {
                        if !*ok || *off != *len {
                            cur.tokens.truncate(cur.tokens.len() - *pushed);
                            let s = (sent_base + *start) as u32;
                            cur.tokens.push((s, s + *len as u32));
                        }
                        mwt = None;
                    }
                    continue;
                }
                mwt = None;
            }
            if text[p..].starts_with(form) {
                cur.tokens.push(((sent_base + p) as u32, (sent_base + p + form.len()) as u32));
                pos = p + form.len();
            } else {
                scores.unaligned += 1;
                let e = text[p..].find(char::is_whitespace).map_or(text.len(), |k| p + k);
                if e > p {
                    cur.tokens.push(((sent_base + p) as u32, (sent_base + e) as u32));
                }
                pos = e;
            }
        }
    }
    if !cur.text.is_empty() {
        docs.push(cur);
    }
    for d in docs.iter().filter(|d| keep(&d.id)) {
        let (ss, ts) = super::segment(&d.text);
        let ps: Vec<(u32, u32)> = ss.iter().map(|s| (s.range.start, s.range.end)).collect();
        let pt: Vec<(u32, u32)> = ts.iter().map(|t| (t.range.start, t.range.end)).collect();
        scores.documents += 1;
        if std::env::var_os("SEGMENT_F1_ERRORS").is_some() {
            let g: HashSet<&(u32, u32)> = d.sentences.iter().collect();
            for p in ps.iter().filter(|p| !g.contains(p)) {
                eprintln!("[{}] predicted sentence not in gold: {:?}", d.id, &d.text[p.0 as usize..p.1 as usize]);
            }
            let pset: HashSet<&(u32, u32)> = ps.iter().collect();
            for g in d.sentences.iter().filter(|g| !pset.contains(g)) {
                eprintln!("[{}] gold sentence missed: {:?}", d.id, &d.text[g.0 as usize..g.1 as usize]);
            }
            let g: HashSet<&(u32, u32)> = d.tokens.iter().collect();
            for p in pt.iter().filter(|p| !g.contains(p)) {
                let (mut a, mut b) = ((p.0 as usize).saturating_sub(15), (p.1 as usize + 15).min(d.text.len()));
                while !d.text.is_char_boundary(a) {
                    a -= 1;
                }
                while !d.text.is_char_boundary(b) {
                    b += 1;
                }
                let ctx = &d.text[a..b];
                eprintln!("[{}] predicted token not in gold: {:?} in {:?}", d.id, &d.text[p.0 as usize..p.1 as usize], ctx);
            }
        }
        scores.sentences.add(&d.sentences, &ps);
        scores.tokens.add(&d.tokens, &pt);
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# newpar\n# text = Headline here\n1\tHeadline\t_\n2\there\t_\n\n# newpar\n# text = I don't know.\n1\tI\t_\n2-3\tdon't\t_\n2\tdo\t_\n3\tn't\t_\n4\tknow\t_\n5\t.\t_\n\n";

    #[test]
    fn rebuilds_text_and_scores() {
        let s = evaluate(SAMPLE, |_| true);
        assert_eq!(s.documents, 1);
        assert_eq!(s.unaligned, 0);
        assert_eq!((s.sentences.gold, s.sentences.correct), (2, 2));
        assert_eq!((s.tokens.gold, s.tokens.correct), (7, 7));
        assert_eq!(s.tokens.f1(), 1.0);
    }

    fn shared_ud(name: &str) -> Option<String> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/ud").join(name);
        match std::fs::read_to_string(&p) {
            Ok(s) => Some(s),
            Err(_) => {
                eprintln!("skipping: {} not found (../shared is absent)", p.display());
                None
            }
        }
    }

    /// Boundary F1 on the shared UD treebanks. Run with
    /// `cargo test -p detente-text --release -- --ignored segment_f1 --nocapture`.
    #[test]
    #[ignore]
    fn segment_f1() {
        println!("{:<28} {:>5} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}", "treebank", "docs", "sent P", "sent R", "sent F1", "tok P", "tok R", "tok F1");
        for (file, label, keep) in [
            ("en_ewt-ud-test.conllu", "EWT test", None),
            ("en_gum-ccby-ud-test.conllu", "GUM test", None),
            ("en_gum-ccby-ud-test.conllu", "GUM test, news", Some("GUM_news")),
            ("en_gum-ccby-ud-dev.conllu", "GUM dev, news", Some("GUM_news")),
            ("en_gum-ccby-ud-train.conllu", "GUM train, news", Some("GUM_news")),
        ] {
            let Some(text) = shared_ud(file) else { return };
            let s = evaluate(&text, |id| keep.is_none_or(|k| id.starts_with(k)));
            println!(
                "{:<28} {:>5} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>8.2}",
                label,
                s.documents,
                100.0 * s.sentences.precision(),
                100.0 * s.sentences.recall(),
                100.0 * s.sentences.f1(),
                100.0 * s.tokens.precision(),
                100.0 * s.tokens.recall(),
                100.0 * s.tokens.f1()
            );
        }
    }
}
