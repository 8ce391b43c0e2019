//! Morphological features (the CoNLL-U FEATS column): tense, number, person, mood, verb form,
//! voice, degree, and the closed-class features of pronouns and determiners.
//!
//! English inflection is almost entirely visible in the Penn tag and the parse, so the
//! features are derived, not predicted: `VBD` is `Tense=Past|VerbForm=Fin`, a plural noun
//! `Number=Plur`, a finite verb takes the number and person of its subject ("they were" →
//! `Number=Plur|Person=3`), a participle with a "be" auxiliary and no "have" is passive, a
//! base form with no subject or auxiliary at the head of its clause is an imperative. Pronouns,
//! determiners, wh-words and negation come from a table, `dictionaries/language/features.tsv`.
//! `detente eval-language` scores the result (UFeats, as in the CoNLL 2018 shared task).
//!
//! ```
//! use detente_core::{DepRel, Upos, Xpos};
//! use detente_text::language::morph::{sentence_features, MorphWord};
//! let w = |form, upos, xpos: &str, head, rel: &str| MorphWord { form, upos, xpos: Xpos::parse(xpos), head, deprel: DepRel::parse(rel) };
//! let words = [w("They", Upos::Pron, "PRP", 2, "nsubj"), w("met", Upos::Verb, "VBD", 0, "root")];
//! let feats = sentence_features(&words);
//! assert_eq!(feats[1], "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin");
//! ```
use detente_core::{DepRel, Upos, Xpos};
use std::collections::HashMap;
use std::sync::OnceLock;

static TABLE_TSV: &str = include_str!("../../../../dictionaries/language/features.tsv");

/// One word of a parsed sentence, as the feature rules read it.
#[derive(Debug, Clone, Copy)]
pub struct MorphWord<'a> {
    /// The word form.
    pub form: &'a str,
    /// Universal POS tag.
    pub upos: Upos,
    /// Penn tag.
    pub xpos: Xpos,
    /// Head as a 1-based word number; 0 for the root.
    pub head: u32,
    /// Relation to the head.
    pub deprel: DepRel,
}

/// The closed-class table: (UPOS, Penn tag, lower-case form) → FEATS.
fn table() -> &'static HashMap<(Upos, Xpos, String), String> {
    static TABLE: OnceLock<HashMap<(Upos, Xpos, String), String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        TABLE_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut c = l.split('\t');
                let (u, x, w, f) = (c.next()?, c.next()?, c.next()?, c.next()?);
                Some(((Upos::parse(u)?, Xpos::parse(x), w.to_string()), f.to_string()))
            })
            .collect()
    })
}

/// The features of every word of a sentence, in order ("_" when a word has none).
pub fn sentence_features(words: &[MorphWord]) -> Vec<String> {
    let mut children = vec![Vec::new(); words.len()];
    for (k, w) in words.iter().enumerate() {
        if w.head > 0 && (w.head as usize) <= words.len() {
            children[w.head as usize - 1].push(k);
        }
    }
    let kids = |i: usize| children[i].iter().copied();
    (0..words.len()).map(|i| word_features(words, i, &kids)).collect()
}

fn word_features<I: Iterator<Item = usize>>(words: &[MorphWord], i: usize, kids: &impl Fn(usize) -> I) -> String {
    let w = &words[i];
    let x = w.xpos.as_str();
    let lower = w.form.to_lowercase();
    if let Some(f) = table().get(&(w.upos, w.xpos, lower)) {
        // The table lists pronouns in the nominative; the case is the word's function.
        if f.contains("Case=Nom") && !matches!(w.deprel.as_str(), "nsubj" | "nsubj:pass" | "nsubj:outer" | "csubj" | "expl") {
            return f.replacen("Case=Nom", "Case=Acc", 1);
        }
        return f.clone();
    }
    let feats = match (w.upos, x) {
        (_, "ADD" | "GW" | "NFP" | "SYM" | "LS") => "_".to_string(),
        (Upos::Noun | Upos::Propn, "NNS" | "NNPS") => "Number=Plur".to_string(),
        (Upos::Noun | Upos::Propn, _) => "Number=Sing".to_string(),
        (Upos::Adj, "JJR") => "Degree=Cmp".to_string(),
        (Upos::Adj, "JJS") => "Degree=Sup".to_string(),
        (Upos::Adj, _) => "Degree=Pos".to_string(),
        (Upos::Adv, "RBR") => "Degree=Cmp".to_string(),
        (Upos::Adv, "RBS") => "Degree=Sup".to_string(),
        (Upos::Num, _) if w.form.chars().any(|c| c.is_ascii_digit()) => "NumForm=Digit|NumType=Card".to_string(),
        (Upos::Num, _) => "NumForm=Word|NumType=Card".to_string(),
        (_, "MD") => "VerbForm=Fin".to_string(),
        (_, "VBZ") => "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin".to_string(),
        (_, "VBD" | "VBP") => {
            let (number, person) = subject_agreement(words, i, kids).unwrap_or(if x == "VBP" { ("Plur", '3') } else { ("Sing", '3') });
            let tense = if x == "VBD" { "Past" } else { "Pres" };
            format!("Mood=Ind|Number={number}|Person={person}|Tense={tense}|VerbForm=Fin")
        }
        (_, "VB") if imperative(words, i, kids) => "Mood=Imp|VerbForm=Fin".to_string(),
        (_, "VB") => "VerbForm=Inf".to_string(),
        (_, "VBG") if gerund(words, i, kids) => "VerbForm=Ger".to_string(),
        (_, "VBG") => "Tense=Pres|VerbForm=Part".to_string(),
        (_, "VBN") if !passive(words, i, kids) => "Tense=Past|VerbForm=Part".to_string(),
        (_, "VBN") => "Tense=Past|VerbForm=Part|Voice=Pass".to_string(),
        _ => "_".to_string(),
    };
    feats
}

/// A past participle is passive unless "have" makes it perfect; a conjunct participle without
/// auxiliaries of its own shares its first conjunct's ("has arrived and left").
fn passive<I: Iterator<Item = usize>>(words: &[MorphWord], i: usize, kids: &impl Fn(usize) -> I) -> bool {
    if kids(i).any(|k| is_have(words[k].form) && words[k].deprel.as_str() == "aux") {
        return false;
    }
    let own_aux = kids(i).any(|k| matches!(words[k].deprel.as_str(), "aux" | "aux:pass"));
    if !own_aux && words[i].deprel.as_str() == "conj" && words[i].head > 0 {
        let h = words[i].head as usize - 1;
        if h < i && words[h].xpos.as_str() == "VBN" {
            return passive(words, h, kids);
        }
    }
    true
}

fn is_have(form: &str) -> bool {
    matches!(form.to_lowercase().as_str(), "have" | "has" | "had" | "having" | "'ve" | "'d" | "ve")
}

/// Number and person of the subject of the finite verb `i`: its own subject, or, for an
/// auxiliary or copula, its head's; a conjunct verb shares its first conjunct's subject.
fn subject_agreement<I: Iterator<Item = usize>>(words: &[MorphWord], i: usize, kids: &impl Fn(usize) -> I) -> Option<(&'static str, char)> {
    let mut v = i;
    if matches!(words[i].deprel.as_str(), "aux" | "aux:pass" | "cop") && words[i].head > 0 {
        v = words[i].head as usize - 1;
    }
    for _ in 0..3 {
        if let Some(s) = kids(v).find(|&k| matches!(words[k].deprel.as_str(), "nsubj" | "nsubj:pass" | "nsubj:outer" | "expl")) {
            // A relative pronoun agrees as the noun the clause modifies ("people who know").
            let relative = matches!(words[s].form.to_lowercase().as_str(), "who" | "which" | "that") && words[v].deprel.as_str() == "acl:relcl" && words[v].head > 0;
            return Some(agreement_of(words, if relative { words[v].head as usize - 1 } else { s }, kids));
        }
        if words[v].deprel.as_str() != "conj" || words[v].head == 0 {
            return None;
        }
        v = words[v].head as usize - 1;
    }
    None
}

/// Number and person a subject word imposes on its verb.
fn agreement_of<I: Iterator<Item = usize>>(words: &[MorphWord], s: usize, kids: &impl Fn(usize) -> I) -> (&'static str, char) {
    let lower = words[s].form.to_lowercase();
    match lower.as_str() {
        "i" => return ("Sing", '1'),
        "we" => return ("Plur", '1'),
        "you" | "u" | "ya" => return ("Sing", '2'),
        "they" | "these" | "those" | "many" | "some" | "both" | "few" | "several" | "all" | "most" | "others" => return ("Plur", '3'),
        _ => {}
    }
    if kids(s).any(|k| words[k].deprel.as_str() == "conj") || matches!(words[s].xpos.as_str(), "NNS" | "NNPS") {
        ("Plur", '3')
    } else {
        ("Sing", '3')
    }
}

/// A base form heading its clause with no subject, auxiliary, marker or "to": "Call me."
fn imperative<I: Iterator<Item = usize>>(words: &[MorphWord], i: usize, kids: &impl Fn(usize) -> I) -> bool {
    let clause_head = matches!(words[i].deprel.as_str(), "root" | "parataxis" | "ccomp") || (words[i].deprel.as_str() == "conj" && words[i].head > 0 && {
        let h = words[i].head as usize - 1;
        words[h].xpos.as_str() == "VB" && imperative(words, h, kids)
    });
    clause_head && !kids(i).any(|k| matches!(words[k].deprel.as_str(), "nsubj" | "nsubj:pass" | "expl" | "aux" | "aux:pass" | "mark"))
}

/// An "-ing" form the EWT annotation calls a gerund: one in a noun's or a verb's
/// complement ("the men fighting there", "stopped shelling", "bombing civilians is a crime");
/// adverbial clauses, clause heads with an auxiliary and predicates are participles ("by
/// signing", "is fighting"). A conjunct takes its first conjunct's form.
fn gerund<I: Iterator<Item = usize>>(words: &[MorphWord], i: usize, kids: &impl Fn(usize) -> I) -> bool {
    if kids(i).any(|k| matches!(words[k].deprel.as_str(), "aux" | "aux:pass" | "cop")) {
        return false;
    }
    let rel = words[i].deprel.as_str();
    match rel.split(':').next().unwrap_or(rel) {
        "advcl" | "root" | "case" | "aux" | "cop" | "parataxis" | "mark" | "dep" => false,
        "conj" => words[i].head > 0 && {
            let h = words[i].head as usize - 1;
            words[h].xpos.as_str() == "VBG" && h != i && gerund(words, h, kids)
        },
        _ => true,
    }
}

/// Accuracy of derived features against gold FEATS: exact match of the whole column
/// (UFeats) and of the three features issue 3 names, each compared as present-with-value or
/// absent. Typo, Abbr and Style (annotation of the text, not of the word's grammar) are ignored.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct FeatScores {
    /// Words scored.
    pub words: usize,
    /// Whole FEATS column equal.
    pub ufeats: usize,
    /// `Tense` equal.
    pub tense: usize,
    /// `Number` equal.
    pub number: usize,
    /// `VerbForm` equal.
    pub verb_form: usize,
}

impl FeatScores {
    /// Scores one word's predicted FEATS against the gold column.
    pub fn add(&mut self, gold: &str, pred: &str) {
        let clean = |f: &str| -> Vec<String> { f.split('|').filter(|k| *k != "_" && !k.is_empty() && !matches!(k.split('=').next(), Some("Typo" | "Abbr" | "Style"))).map(str::to_string).collect() };
        let (g, p) = (clean(gold), clean(pred));
        let value = |v: &[String], key: &str| v.iter().find(|k| k.split('=').next() == Some(key)).cloned();
        self.words += 1;
        self.ufeats += (g == p) as usize;
        self.tense += (value(&g, "Tense") == value(&p, "Tense")) as usize;
        self.number += (value(&g, "Number") == value(&p, "Number")) as usize;
        self.verb_form += (value(&g, "VerbForm") == value(&p, "VerbForm")) as usize;
    }
    /// Adds another set of counts.
    pub fn merge(&mut self, o: &FeatScores) {
        self.words += o.words;
        self.ufeats += o.ufeats;
        self.tense += o.tense;
        self.number += o.number;
        self.verb_form += o.verb_form;
    }
    /// One line: "UFeats 93.10 (Tense 98.20  Number 97.00  VerbForm 97.50)".
    pub fn summary(&self) -> String {
        let pct = |n: usize| 100.0 * n as f64 / self.words.max(1) as f64;
        format!("UFeats {:.2} (Tense {:.2}  Number {:.2}  VerbForm {:.2})", pct(self.ufeats), pct(self.tense), pct(self.number), pct(self.verb_form))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(rows: &[(&'static str, Upos, &str, u32, &str)]) -> Vec<String> {
        let words: Vec<MorphWord> = rows.iter().map(|&(form, upos, x, head, rel)| MorphWord { form, upos, xpos: Xpos::parse(x), head, deprel: DepRel::parse(rel) }).collect();
        sentence_features(&words)
    }

    #[test]
    fn finite_verbs_agree_with_their_subjects() {
        let f = sentence(&[("Soldiers", Upos::Noun, "NNS", 3, "nsubj:pass"), ("were", Upos::Aux, "VBD", 3, "aux:pass"), ("sent", Upos::Verb, "VBN", 0, "root")]);
        assert_eq!(f[0], "Number=Plur");
        assert_eq!(f[1], "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin");
        assert_eq!(f[2], "Tense=Past|VerbForm=Part|Voice=Pass");
        let f = sentence(&[("I", Upos::Pron, "PRP", 2, "nsubj"), ("agree", Upos::Verb, "VBP", 0, "root")]);
        assert_eq!(f[0], "Case=Nom|Number=Sing|Person=1|PronType=Prs");
        assert_eq!(f[1], "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin");
    }

    #[test]
    fn perfect_participles_are_not_passive_and_bare_clause_heads_are_imperative() {
        let f = sentence(&[("China", Upos::Propn, "NNP", 3, "nsubj"), ("has", Upos::Aux, "VBZ", 3, "aux"), ("warned", Upos::Verb, "VBN", 0, "root")]);
        assert_eq!(f[2], "Tense=Past|VerbForm=Part");
        let f = sentence(&[("Stop", Upos::Verb, "VB", 0, "root"), ("it", Upos::Pron, "PRP", 1, "obj")]);
        assert_eq!(f[0], "Mood=Imp|VerbForm=Fin");
        let f = sentence(&[("to", Upos::Part, "TO", 2, "mark"), ("stop", Upos::Verb, "VB", 0, "root")]);
        assert_eq!(f[1], "VerbForm=Inf");
    }

    #[test]
    fn gerunds_in_complements_participles_in_adverbial_clauses() {
        let f = sentence(&[("stopped", Upos::Verb, "VBD", 0, "root"), ("shelling", Upos::Verb, "VBG", 1, "xcomp")]);
        assert_eq!(f[1], "VerbForm=Ger");
        let f = sentence(&[("by", Upos::Sconj, "IN", 2, "mark"), ("signing", Upos::Verb, "VBG", 0, "advcl")]);
        assert_eq!(f[1], "Tense=Pres|VerbForm=Part");
        let f = sentence(&[("is", Upos::Aux, "VBZ", 2, "aux"), ("fighting", Upos::Verb, "VBG", 0, "root")]);
        assert_eq!(f[1], "Tense=Pres|VerbForm=Part");
    }

    #[test]
    fn scores_ignore_typo_marks() {
        let mut s = FeatScores::default();
        s.add("Number=Sing|Typo=Yes", "Number=Sing");
        s.add("Tense=Past|VerbForm=Fin", "Tense=Pres|VerbForm=Fin");
        assert_eq!((s.words, s.ufeats, s.tense, s.number, s.verb_form), (2, 1, 1, 2, 2));
    }
}
