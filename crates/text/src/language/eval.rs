//! Accuracy of a model against a treebank: UPOS, Penn tag, lemma, UAS and LAS, with gold
//! tokenization (and, given an aligned tokenization, with our own).
use super::conllu::TreeSentence;
use super::morph::{sentence_features, FeatScores, MorphWord};
use super::{Model, Scratch, WordAnalysis};

/// Counts of correct annotations over the scored words.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Words scored.
    pub words: usize,
    /// Correct UPOS.
    pub upos: usize,
    /// Correct Penn tags.
    pub xpos: usize,
    /// Correct lemmas.
    pub lemma: usize,
    /// Correct heads.
    pub uas: usize,
    /// Correct heads and relations.
    pub las: usize,
    /// Morphological features derived from the predicted tags and parse ([`super::morph`]).
    pub feats: FeatScores,
}

impl Scores {
    /// A count as a percentage of the words scored.
    pub fn pct(&self, n: usize) -> f64 {
        100.0 * n as f64 / self.words.max(1) as f64
    }
    /// Adds another set of counts.
    pub fn add(&mut self, o: &Scores) {
        self.words += o.words;
        self.upos += o.upos;
        self.xpos += o.xpos;
        self.lemma += o.lemma;
        self.uas += o.uas;
        self.las += o.las;
        self.feats.merge(&o.feats);
    }
    /// One line: "UPOS 96.80  XPOS 96.30  lemma 97.90  UAS 89.10  LAS 86.40  (25096 words)".
    pub fn summary(&self) -> String {
        format!(
            "UPOS {:.2}  XPOS {:.2}  lemma {:.2}  UAS {:.2}  LAS {:.2}  ({} words)",
            self.pct(self.upos),
            self.pct(self.xpos),
            self.pct(self.lemma),
            self.pct(self.uas),
            self.pct(self.las),
            self.words
        )
    }
}

/// Scores one predicted sentence against gold (same words).
pub fn score_sentence(gold: &TreeSentence, pred: &[WordAnalysis]) -> Scores {
    let mut s = Scores::default();
    for (g, p) in gold.words.iter().zip(pred) {
        s.words += 1;
        s.upos += (g.upos == p.upos) as usize;
        s.xpos += (g.xpos == p.xpos) as usize;
        s.lemma += (g.lemma == p.lemma) as usize;
        let head_ok = g.head == p.head;
        s.uas += head_ok as usize;
        s.las += (head_ok && g.deprel == p.deprel) as usize;
    }
    let words: Vec<MorphWord> = gold.words.iter().zip(pred).map(|(g, p)| MorphWord { form: &g.form, upos: p.upos, xpos: p.xpos, head: p.head, deprel: p.deprel }).collect();
    for (g, f) in gold.words.iter().zip(sentence_features(&words)) {
        s.feats.add(&g.feats, &f);
    }
    s
}

/// Analyzes gold-tokenized sentences and scores them.
pub fn evaluate(model: &Model, sents: &[&TreeSentence]) -> Scores {
    let mut scratch = Scratch::default();
    let mut out = Vec::new();
    let mut total = Scores::default();
    let mut words: Vec<&str> = Vec::new();
    for s in sents {
        words.clear();
        words.extend(s.words.iter().map(|w| w.form.as_str()));
        model.analyze(&words, &mut scratch, &mut out);
        total.add(&score_sentence(s, &out));
    }
    total
}

/// Scores with our own segmentation: words match when their character spans match
/// (CoNLL 2018 shared task style); every figure is an F1 over gold and system words.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AlignedScores {
    /// Gold words.
    pub gold: usize,
    /// System words.
    pub system: usize,
    /// Counts over the matched words (`words` is the number matched).
    pub matched: Scores,
    /// Gold sentences.
    pub gold_sentences: usize,
    /// System sentences.
    pub system_sentences: usize,
}

impl AlignedScores {
    fn f1(&self, n: usize) -> f64 {
        200.0 * n as f64 / (self.gold + self.system).max(1) as f64
    }
    /// One line of F1 figures.
    pub fn summary(&self) -> String {
        let m = &self.matched;
        format!(
            "words F1 {:.2}  UPOS {:.2}  XPOS {:.2}  lemma {:.2}  UAS {:.2}  LAS {:.2}  ({} gold / {} system words, {} / {} sentences)",
            self.f1(m.words),
            self.f1(m.upos),
            self.f1(m.xpos),
            self.f1(m.lemma),
            self.f1(m.uas),
            self.f1(m.las),
            self.gold,
            self.system,
            self.gold_sentences,
            self.system_sentences
        )
    }
}

#[allow(clippy::default_constructed_unit_structs)]
/// Rebuilds each document's text from the gold sentences, segments it with
/// [`crate::Segmenter`], analyzes it, and scores against gold by character spans.
pub fn evaluate_segmented(model: &Model, sents: &[&TreeSentence]) -> AlignedScores {
    use detente_core::{Document, Stage};
    use std::collections::HashMap;
    let mut total = AlignedScores::default();
    let mut scratch = Scratch::default();
    let mut out = Vec::new();
    let mut start = 0;
    while start < sents.len() {
        let doc_id = &sents[start].doc;
        let mut end = start + 1;
        while end < sents.len() && &sents[end].doc == doc_id {
            end += 1;
        }
        // The text, and each gold word's span (None when the form is not found verbatim).
        let mut text = String::new();
        let mut spans: Vec<Option<(u32, u32)>> = Vec::new();
        let mut gold: Vec<(&super::conllu::TreeWord, usize)> = Vec::new(); // word, global head (usize::MAX = root)
        for s in &sents[start..end] {
            if !text.is_empty() {
                text.push(' ');
            }
            let base = text.len();
            let surface = s.surface();
            text.push_str(&surface);
            let first = spans.len();
            let mut cursor = 0;
            for w in &s.words {
                let rest = &surface[cursor..];
                let skip = rest.len() - rest.trim_start().len();
                let found = rest[skip..].starts_with(w.form.as_str()).then_some(skip).or_else(|| {
                    rest.find(w.form.as_str()).filter(|&p| p <= skip + 3)
                });
                match found {
                    Some(p) if !w.form.is_empty() => {
                        let a = cursor + p;
                        cursor = a + w.form.len();
                        spans.push(Some(((base + a) as u32, (base + cursor) as u32)));
                    }
                    _ => spans.push(None),
                }
                gold.push((w, if w.head == 0 { usize::MAX } else { first + w.head as usize - 1 }));
            }
        }
        total.gold += gold.len();
        total.gold_sentences += end - start;
        let by_span: HashMap<(u32, u32), usize> = spans.iter().enumerate().filter_map(|(i, s)| s.map(|s| (s, i))).collect();
        let mut doc = Document::new(doc_id.clone(), text);
        crate::Segmenter::default().process(&mut doc);
        total.system += doc.tokens.len();
        total.system_sentences += doc.sentences.len();
        let mut words: Vec<&str> = Vec::new();
        for s in &doc.sentences {
            let r = s.token_range();
            if r.is_empty() || r.end > doc.tokens.len() {
                continue;
            }
            words.clear();
            words.extend(doc.tokens[r.clone()].iter().map(|t| doc.text.get(t.range.to_range()).unwrap_or("")));
            model.analyze(&words, &mut scratch, &mut out);
            let span_of = |k: usize| -> (u32, u32) {
                let t = &doc.tokens[r.start + k];
                (t.range.start, t.range.end)
            };
            for (k, a) in out.iter().enumerate() {
                let Some(&gi) = by_span.get(&span_of(k)) else { continue };
                let (g, gh) = gold[gi];
                let m = &mut total.matched;
                m.words += 1;
                m.upos += (g.upos == a.upos) as usize;
                m.xpos += (g.xpos == a.xpos) as usize;
                m.lemma += (g.lemma == a.lemma) as usize;
                let sys_head = if a.head == 0 { Some(usize::MAX) } else { by_span.get(&span_of(a.head as usize - 1)).copied() };
                let head_ok = sys_head == Some(gh);
                m.uas += head_ok as usize;
                m.las += (head_ok && g.deprel == a.deprel) as usize;
            }
        }
        start = end;
    }
    total
}
