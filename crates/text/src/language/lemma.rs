//! Lemmatizer learned from treebank lemmas: an exception table (form + Penn tag →
//! lemma) for what the rules get wrong, and suffix rules per tag ("strip k characters,
//! append s"), chosen by the longest known suffix of the word.
//!
//! A suffix rule can overreach ("bombed" → "bom" by the rule of "robbed" → "rob"); when its
//! result is not a known lemma, simpler English edits ("bombed" → "bomb") are tried against the
//! vocabulary of lemmas and base forms seen in training, and the first known one wins.
//!
//! Proper nouns keep their case; other words are lemmatized lower-cased, as in UD English.
use super::codec::{Reader, Writer};
use super::conllu::TreeSentence;
use super::hashing::{feat, hash_str};
use super::weights::KeyMap;
use super::ModelError;
use detente_core::Xpos;
use std::collections::HashMap;

const MAX_SUFFIX: usize = 5;

/// A learned lemmatizer.
#[derive(Debug, Clone, Default)]
pub struct Lemmatizer {
    exceptions: KeyMap<u32>,
    rules: KeyMap<(u8, u32)>,
    strings: Vec<String>,
    /// Sorted hashes of the lemmas and base forms (VB, VBP, NN, JJ) seen in training.
    known: Vec<u64>,
}

fn is_proper(x: Xpos) -> bool {
    matches!(x.as_str(), "NNP" | "NNPS")
}

fn form_key(form: &str, x: Xpos) -> std::borrow::Cow<'_, str> {
    if is_proper(x) || !form.chars().any(char::is_uppercase) {
        std::borrow::Cow::Borrowed(form)
    } else {
        std::borrow::Cow::Owned(form.to_lowercase())
    }
}

fn exception_key(form: &str, x: Xpos) -> u64 {
    feat(100, x.0 as u64, hash_str(form), 0)
}

/// Byte offset where the last `k` characters of `s` start (None when `s` is shorter).
fn suffix_start(s: &str, k: usize) -> Option<usize> {
    if k == 0 {
        return Some(s.len());
    }
    s.char_indices().rev().nth(k - 1).map(|p| p.0)
}

fn rule_key(x: Xpos, suffix: &str, k: usize) -> u64 {
    feat(200 + k as u64, x.0 as u64, hash_str(suffix), 0)
}

/// The edit turning `form` into `lemma`: characters to strip and text to append.
fn edit(form: &str, lemma: &str) -> (usize, String) {
    let common = form.chars().zip(lemma.chars()).take_while(|(a, b)| a == b).count();
    let strip = form.chars().count() - common;
    (strip, lemma.chars().skip(common).collect())
}

static SIS_NOUNS_TXT: &str = include_str!("../../../../dictionaries/language/sis_nouns.txt");

/// Whether `lemma` is a listed "-sis" noun (`dictionaries/language/sis_nouns.txt`).
fn is_sis_noun(lemma: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| super::word_list(SIS_NOUNS_TXT)).contains(lemma)
}

impl Lemmatizer {
    /// The lemma of `form` tagged `x`.
    ///
    /// A plural in "-ses" is read as a "-sis" noun only when that noun is listed
    /// (`dictionaries/language/sis_nouns.txt`: "crises" → "crisis"); otherwise it keeps its "-se"
    /// singular ("bases" → "base", where the treebanks' rules and exceptions give "basis").
    pub fn lemma(&self, form: &str, x: Xpos) -> String {
        let lemma = self.lemma_by_model(form, x);
        if x.as_str() == "NNS" && lemma.ends_with("sis") && !is_sis_noun(&lemma) {
            let key = form_key(form, x);
            if let Some(stem) = key.strip_suffix("ses") {
                return format!("{stem}se");
            }
        }
        lemma
    }

    fn lemma_by_model(&self, form: &str, x: Xpos) -> String {
        if matches!(x.as_str(), "VBD" | "VBN") {
            if let Some(base) = super::irregular::IrregularVerbs::shipped().base(form) {
                return base.to_string();
            }
        }
        let key = form_key(form, x);
        if let Some(&i) = self.exceptions.get(&exception_key(&key, x)) {
            return self.strings[i as usize].clone();
        }
        if form.bytes().any(|b| b.is_ascii_digit()) {
            // Numbers, dates and codes ("20.000", "01-Feb-02", "EB3326") are their own lemma.
            return form.to_string();
        }
        let by_rule = self.by_rule(&key, x);
        if self.known.is_empty() || self.is_known(&by_rule) || is_proper(x) {
            return by_rule;
        }
        // A rule that overreaches on a mis-tagged base form ("kill" tagged VBD → "ki", "cyber"
        // tagged JJR → "cyb") gives way to the form itself when that is a known word.
        inflection_edits(&key, x)
            .into_iter()
            .find(|c| self.is_known(c))
            .or_else(|| self.is_known(&key).then(|| key.to_string()))
            .or_else(|| silent_e(&key, x))
            .unwrap_or(by_rule)
    }

    fn is_known(&self, lemma: &str) -> bool {
        self.known.binary_search(&hash_str(lemma)).is_ok()
    }

    fn by_rule(&self, key: &str, x: Xpos) -> String {
        for k in (0..=MAX_SUFFIX).rev() {
            let Some(start) = suffix_start(key, k) else { continue };
            if let Some(&(strip, add)) = self.rules.get(&rule_key(x, &key[start..], k)) {
                if let Some(cut) = suffix_start(key, strip as usize) {
                    let mut out = String::with_capacity(key.len() + 4);
                    out.push_str(&key[..cut]);
                    out.push_str(&self.strings[add as usize]);
                    if !out.is_empty() {
                        return out;
                    }
                }
            }
        }
        key.to_string()
    }

    /// Learns rules and exceptions from gold (form, tag, lemma) triples.
    pub fn train(sents: &[&TreeSentence]) -> Lemmatizer {
        let mut types: HashMap<(String, Xpos), HashMap<String, u32>> = HashMap::new();
        for s in sents {
            for w in &s.words {
                if w.lemma.is_empty() || w.lemma == "_" {
                    continue;
                }
                let key = form_key(&w.form, w.xpos).into_owned();
                *types.entry((key, w.xpos)).or_default().entry(w.lemma.clone()).or_default() += 1;
            }
        }
        // A lemma given to a single token, never seen as a word itself, where a plain English edit
        // of the form is a word that is seen, is taken for an annotation slip (GUM's "freed" →
        // "fre", where "free" is a word): learned from neither rules nor exceptions.
        let mut lemma_tokens: HashMap<&str, u32> = HashMap::new();
        let mut forms: std::collections::HashSet<String> = std::collections::HashSet::new();
        for s in sents {
            for w in &s.words {
                *lemma_tokens.entry(w.lemma.as_str()).or_default() += 1;
                forms.insert(w.form.to_lowercase());
            }
        }
        let slip = |form: &str, x: Xpos, lemma: &str| {
            lemma_tokens.get(lemma).copied().unwrap_or(0) <= 1
                && !forms.contains(&lemma.to_lowercase())
                && inflection_edits(form, x).iter().any(|c| c != lemma && forms.contains(c))
        };
        let mut best: Vec<(&(String, Xpos), &String)> = types
            .iter()
            .filter(|(k, ls)| !(ls.len() == 1 && ls.keys().all(|l| slip(&k.0, k.1, l))))
            .map(|(k, ls)| (k, ls.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).expect("non-empty").0))
            .collect();
        best.sort_by(|a, b| (a.0 .0.as_str(), a.0 .1 .0).cmp(&(b.0 .0.as_str(), b.0 .1 .0)));
        let mut strings: Vec<String> = Vec::new();
        let mut string_ids: HashMap<String, u32> = HashMap::new();
        let mut intern = |s: &str, strings: &mut Vec<String>| -> u32 {
            *string_ids.entry(s.to_string()).or_insert_with(|| {
                strings.push(s.to_string());
                (strings.len() - 1) as u32
            })
        };
        // Suffix rules: counted over word types, so frequent words do not dominate.
        let mut counts: HashMap<u64, HashMap<(usize, String), u32>> = HashMap::new();
        for ((form, x), lemma) in &best {
            // Rules edit case-folded text: a lemma that only restores a capital ("indian" →
            // "Indian") is left to the exception table, not learned as "strip 6, append
            // Indian", which made "Chadian" "cIndian".
            let folded;
            let target = if is_proper(*x) {
                lemma.as_str()
            } else {
                folded = lemma.to_lowercase();
                folded.as_str()
            };
            let e = edit(form, target);
            for k in 0..=MAX_SUFFIX {
                let Some(start) = suffix_start(form, k) else { break };
                *counts.entry(rule_key(*x, &form[start..], k)).or_default().entry(e.clone()).or_default() += 1;
                if start == 0 {
                    break;
                }
            }
        }
        let mut keys: Vec<_> = counts.keys().copied().collect();
        keys.sort();
        let mut lem = Lemmatizer::default();
        for key in keys {
            let c = &counts[&key];
            let ((strip, add), n) = c.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).expect("non-empty");
            if *n >= 2 {
                let id = intern(add, &mut strings);
                lem.rules.insert(key, (*strip as u8, id));
            }
        }
        lem.strings = strings;
        let mut known: Vec<u64> = Vec::new();
        for ((form, x), lemma) in &best {
            known.push(hash_str(lemma));
            if matches!(x.as_str(), "VB" | "VBP" | "NN" | "JJ") {
                known.push(hash_str(form));
            }
        }
        known.sort_unstable();
        known.dedup();
        lem.known = known;
        for ((form, x), lemma) in &best {
            if &lem.lemma(form, *x) != *lemma {
                let id = intern(lemma, &mut lem.strings);
                lem.exceptions.insert(exception_key(form, *x), id);
            }
        }
        lem
    }

    /// Writes the lemmatizer into a model file.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.strings.len() as u32);
        self.strings.iter().for_each(|s| w.str(s));
        let mut ex: Vec<_> = self.exceptions.iter().map(|(k, v)| (*k, *v)).collect();
        ex.sort();
        w.u64s(&ex.iter().map(|e| e.0).collect::<Vec<_>>());
        w.u32s(&ex.iter().map(|e| e.1).collect::<Vec<_>>());
        let mut rules: Vec<_> = self.rules.iter().map(|(k, v)| (*k, *v)).collect();
        rules.sort();
        w.u64s(&rules.iter().map(|e| e.0).collect::<Vec<_>>());
        w.bytes(&rules.iter().map(|e| e.1 .0).collect::<Vec<_>>());
        w.u32s(&rules.iter().map(|e| e.1 .1).collect::<Vec<_>>());
    }

    /// Writes the known-lemma vocabulary (a section of its own at the end of the model
    /// file, so models written before it existed still load, without it).
    pub fn write_vocabulary(&self, w: &mut Writer) {
        w.u64s(&self.known);
    }

    /// Reads what [`Lemmatizer::write_vocabulary`] wrote.
    pub fn read_vocabulary(&mut self, r: &mut Reader) -> Result<(), ModelError> {
        let known = r.u64s()?;
        if known.windows(2).any(|p| p[0] >= p[1]) {
            return Err(ModelError::Corrupt("lemma vocabulary not sorted".into()));
        }
        self.known = known;
        Ok(())
    }

    /// Reads a lemmatizer written by [`Lemmatizer::write`].
    pub fn read(r: &mut Reader) -> Result<Lemmatizer, ModelError> {
        let n = r.u32()? as usize;
        let mut strings = Vec::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            strings.push(r.str()?.to_string());
        }
        let bad = || ModelError::Corrupt("lemma table sizes disagree".into());
        let (ek, ev) = (r.u64s()?, r.u32s()?);
        let (rk, rs, ra) = (r.u64s()?, r.bytes()?, r.u32s()?);
        if ek.len() != ev.len() || rk.len() != rs.len() || rk.len() != ra.len() {
            return Err(bad());
        }
        if ev.iter().chain(ra.iter()).any(|&i| i as usize >= strings.len()) {
            return Err(ModelError::Corrupt("lemma string id out of range".into()));
        }
        Ok(Lemmatizer {
            exceptions: ek.into_iter().zip(ev).collect(),
            rules: rk.into_iter().zip(rs.iter().copied().zip(ra)).collect(),
            strings,
            known: Vec::new(),
        })
    }
}

/// The base form with its silent "e" restored of an "-ed" or "-ing" form none of whose readings is
/// a known word ("rebuked" → "rebuke", "eroding" → "erode", "criticized" → "criticize"), by
/// English spelling: the stem left by the suffix ends in a single vowel and a consonant that a
/// base form cannot end in there without a final "e". A one-syllable or end-stressed base
/// doubles such a consonant before "-ed" ("stopped"), so an undoubled one after a single vowel
/// marks a dropped "e"; the letters listed are those that close an unstressed final syllable
/// (which does not double: "visited", "opened", "offered") rarely: "c", "v" and "z" always take
/// the "e" (base forms end in "-ce", "-ve", "-ze"; "-c" verbs take "-ked"), as do "b", "d",
/// "k", "s" and "-ar", "-ir", "-ur", "-ut", "-at" after a single vowel. None when the rule does
/// not apply; base forms from training win over it (the caller tries them first).
fn silent_e(word: &str, x: Xpos) -> Option<String> {
    let stem = match x.as_str() {
        "VBD" | "VBN" => word.strip_suffix("ed")?,
        "VBG" => word.strip_suffix("ing")?,
        _ => return None,
    };
    let b = stem.as_bytes();
    if b.len() < 3 || !b.iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let (c, v, before) = (b[b.len() - 1], b[b.len() - 2], b[b.len() - 3]);
    let takes_e = match c {
        b'c' | b'v' | b'z' => c != v,
        b'b' | b'd' | b'k' | b's' => vowel(v) && v != b'y' && !vowel(before),
        b'r' => matches!(v, b'a' | b'i' | b'u') && !vowel(before),
        b't' => matches!(v, b'a' | b'u') && !vowel(before),
        _ => false,
    };
    takes_e.then(|| format!("{stem}e"))
}

/// Candidate lemmas of an inflected form by plain English edits, most likely first:
/// "-ed"/"-d" (with undoubling: "shelled" → "shell", "stopped" → "stop"), "-ied" → "-y",
/// "-ing" (with "-e" restored or undoubled), "-s"/"-es"/"-ies" → "-y".
fn inflection_edits(word: &str, x: Xpos) -> Vec<String> {
    let mut out = Vec::new();
    let undouble = |stem: &str| -> Option<String> {
        let b = stem.as_bytes();
        (b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && b[b.len() - 1].is_ascii_alphabetic()).then(|| stem[..stem.len() - 1].to_string())
    };
    match x.as_str() {
        "VBD" | "VBN" => {
            if let Some(stem) = word.strip_suffix("ied") {
                out.push(format!("{stem}y"));
            }
            if let Some(stem) = word.strip_suffix("ed") {
                out.push(stem.to_string());
                out.extend(undouble(stem));
                out.push(format!("{stem}e"));
            }
        }
        "VBG" => {
            if let Some(stem) = word.strip_suffix("ing") {
                out.push(stem.to_string());
                out.push(format!("{stem}e"));
                out.extend(undouble(stem));
            }
        }
        "VBZ" | "NNS" => {
            if let Some(stem) = word.strip_suffix("ies") {
                out.push(format!("{stem}y"));
            }
            if let Some(stem) = word.strip_suffix("es") {
                out.push(stem.to_string());
            }
            if let Some(stem) = word.strip_suffix('s') {
                out.push(stem.to_string());
            }
        }
        _ => {}
    }
    out.retain(|c| c.len() >= 2);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::conllu::parse;

    fn tiny() -> Vec<TreeSentence> {
        let rows = [
            ("shot", "shoot", "VBD"), ("shot", "shoot", "VBN"), ("talks", "talk", "NNS"), ("walks", "walk", "VBZ"),
            ("boats", "boat", "NNS"), ("cats", "cat", "NNS"), ("dogs", "dog", "NNS"), ("upgrade", "upgrade", "VB"),
            ("walked", "walk", "VBD"), ("jumped", "jump", "VBD"), ("played", "play", "VBD"), ("The", "the", "DT"),
            ("Paris", "Paris", "NNP"), ("I", "I", "PRP"), ("make", "make", "VB"), ("take", "take", "VB"),
        ];
        let mut text = String::new();
        for (i, (f, l, x)) in rows.iter().enumerate() {
            text.push_str(&format!("{}\t{f}\t{l}\tX\t{x}\t_\t0\troot\t_\t_\n\n", 1));
            let _ = i;
        }
        parse(&text, "t").0
    }

    #[test]
    fn learns_rules_and_exceptions() {
        let s = tiny();
        let refs: Vec<&TreeSentence> = s.iter().collect();
        let l = Lemmatizer::train(&refs);
        assert_eq!(l.lemma("shot", Xpos::parse("VBD")), "shoot");
        assert_eq!(l.lemma("talks", Xpos::parse("NNS")), "talk");
        assert_eq!(l.lemma("rats", Xpos::parse("NNS")), "rat");
        assert_eq!(l.lemma("kicked", Xpos::parse("VBD")), "kick");
        assert_eq!(l.lemma("upgrade", Xpos::parse("VB")), "upgrade");
        assert_eq!(l.lemma("The", Xpos::parse("DT")), "the");
        assert_eq!(l.lemma("Berlin", Xpos::parse("NNP")), "Berlin");
        let mut w = Writer::default();
        l.write(&mut w);
        let b = w.into_inner();
        let l2 = Lemmatizer::read(&mut Reader::new(&b)).unwrap();
        assert!(l2.known.is_empty(), "the vocabulary is a section of its own");
        assert_eq!(l2.lemma("shot", Xpos::parse("VBN")), "shoot");
        assert_eq!(l2.lemma("dogs", Xpos::parse("NNS")), "dog");
    }

    /// Lemma accuracy with gold tags on EWT test, trained on EWT + GUM train, with and
    /// without the vocabulary check (`cargo test --release -p detente-text lemma_vocabulary
    /// -- --ignored --nocapture`; needs ../shared/ud).
    #[test]
    #[ignore]
    fn lemma_vocabulary_on_ewt_test() {
        let ud = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/ud");
        let read = |f: &str| std::fs::read_to_string(ud.join(f)).map(|t| parse(&t, f).0);
        let (Ok(a), Ok(b), Ok(test)) = (read("en_ewt-ud-train.conllu"), read("en_gum-ccby-ud-train.conllu"), read("en_ewt-ud-test.conllu")) else {
            eprintln!("skipping: ../shared/ud not found");
            return;
        };
        let train: Vec<&TreeSentence> = a.iter().chain(b.iter()).collect();
        let mut l = Lemmatizer::train(&train);
        let score = |l: &Lemmatizer| {
            let words = test.iter().flat_map(|s| &s.words).filter(|w| w.lemma != "_");
            let (ok, n) = words.fold((0, 0), |(ok, n), w| (ok + (l.lemma(&w.form, w.xpos) == w.lemma) as usize, n + 1));
            100.0 * ok as f64 / n as f64
        };
        let with = score(&l);
        l.known.clear();
        let without = score(&l);
        eprintln!("EWT test lemma accuracy, gold tags: {without:.2} without the vocabulary check, {with:.2} with it");
        assert!(with >= without);
    }

    /// A lemmatizer trained on one-word sentences of (form, lemma, Penn tag).
    fn train_on(rows: &[(&str, &str, &str)]) -> Lemmatizer {
        let mut text = String::new();
        for (f, l, x) in rows {
            text.push_str(&format!("1\t{f}\t{l}\tX\t{x}\t_\t0\troot\t_\t_\n\n"));
        }
        let s = parse(&text, "t").0;
        let refs: Vec<&TreeSentence> = s.iter().collect();
        Lemmatizer::train(&refs)
    }

    #[test]
    fn annotation_slips_are_not_learned_and_mis_tagged_base_forms_stay() {
        let l = train_on(&[
            ("freed", "fre", "VBN"), ("free", "free", "JJ"), ("agreed", "agree", "VBN"), ("agree", "agree", "VB"),
            ("decreed", "decree", "VBN"), ("kill", "kill", "VB"), ("fell", "fall", "VBD"), ("spill", "spill", "VB"),
            ("spilt", "spill", "VBD"), ("filled", "fill", "VBD"), ("fill", "fill", "VB"), ("cyber", "cyber", "JJ"),
            ("bigger", "big", "JJR"), ("older", "old", "JJR"), ("big", "big", "JJ"), ("old", "old", "JJ"),
        ]);
        assert_eq!(l.lemma("freed", Xpos::parse("VBN")), "free", "the one-off lemma \"fre\" is a slip");
        assert_eq!(l.lemma("cyber", Xpos::parse("JJR")), "cyber", "a known word mis-tagged as comparative");
        assert_eq!(l.lemma("older", Xpos::parse("JJR")), "old");
    }

    #[test]
    fn ses_plurals_are_sis_nouns_only_when_listed() {
        let l = train_on(&[("crises", "crisis", "NNS"), ("analyses", "analysis", "NNS"), ("bases", "basis", "NNS"), ("theses", "thesis", "NNS")]);
        assert_eq!(l.lemma("crises", Xpos::parse("NNS")), "crisis");
        assert_eq!(l.lemma("hypotheses", Xpos::parse("NNS")), "hypothesis", "by the rule, listed");
        assert_eq!(l.lemma("bases", Xpos::parse("NNS")), "base", "learned as an exception, but \"basis\" is not listed");
        assert_eq!(l.lemma("Bases", Xpos::parse("NNS")), "base");
        assert!(is_sis_noun("crisis") && !is_sis_noun("basis"));
    }

    #[test]
    fn a_capital_restored_by_a_lemma_is_no_suffix_rule() {
        let l = train_on(&[("Indian", "Indian", "JJ"), ("Canadian", "Canadian", "JJ"), ("Nigerian", "Nigerian", "JJ"), ("Indian", "Indian", "JJ")]);
        assert_eq!(l.lemma("Indian", Xpos::parse("JJ")), "Indian", "seen: the exception keeps the capital");
        assert_eq!(l.lemma("Chadian", Xpos::parse("JJ")), "chadian", "unseen: no \"Indian\" grafted on");
    }

    #[test]
    fn an_unknown_rule_result_gives_way_to_a_known_lemma() {
        let l = train_on(&[("robbed", "rob", "VBD"), ("grabbed", "grab", "VBD"), ("bomb", "bomb", "NN"), ("shell", "shell", "NN"), ("compelled", "compel", "VBD"), ("propelled", "propel", "VBD")]);
        assert_eq!(l.lemma("bombed", Xpos::parse("VBD")), "bomb");
        assert_eq!(l.lemma("shelled", Xpos::parse("VBD")), "shell");
        assert_eq!(l.lemma("stabbed", Xpos::parse("VBD")), "stab", "no known lemma: the rule stands");
    }

    #[test]
    fn an_unknown_stem_after_a_single_vowel_gets_its_silent_e() {
        let l = train_on(&[("walked", "walk", "VBD"), ("visited", "visit", "VBD"), ("visit", "visit", "VB"), ("opened", "open", "VBD"), ("open", "open", "VB")]);
        assert_eq!(l.lemma("rebuked", Xpos::parse("VBD")), "rebuke");
        assert_eq!(l.lemma("eroding", Xpos::parse("VBG")), "erode");
        assert_eq!(l.lemma("criticized", Xpos::parse("VBN")), "criticize");
        assert_eq!(l.lemma("visited", Xpos::parse("VBD")), "visit", "a known base form wins");
        assert_eq!(l.lemma("opened", Xpos::parse("VBD")), "open");
        assert_eq!(l.lemma("shelled", Xpos::parse("VBD")), "shell", "a doubled consonant is no dropped e");
        assert_eq!(l.lemma("attacked", Xpos::parse("VBD")), "attack", "two consonants");
        assert_eq!(silent_e("feared", Xpos::parse("VBD")), None, "two vowels");
        assert_eq!(silent_e("targeted", Xpos::parse("VBD")), None, "\"-et\" closes unstressed syllables");
    }
}
