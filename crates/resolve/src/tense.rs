//! Tense of the clause that governs a span, and attachment of spans to verbs, from the
//! parse when there is one and from the words around the span when there is not.

use detente_core::{Document, Upos};
use std::ops::Range;

/// The time of a clause relative to the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past ("met", "has visited").
    Past,
    /// Future ("will travel", "is scheduled to").
    Future,
    /// Present or not known.
    Unknown,
}

impl Tense {
    /// A short name for rules ("past").
    pub fn as_str(self) -> &'static str {
        match self {
            Tense::Past => "past",
            Tense::Future => "future",
            Tense::Unknown => "untensed",
        }
    }
}

/// Irregular past forms common in news, for text without tags.
const IRREGULAR_PAST: &[&str] = &[
    "said", "met", "was", "were", "had", "did", "held", "took", "began", "came", "went", "made", "told", "gave",
    "left", "fell", "rose", "struck", "shot", "fought", "led", "sent", "won", "lost", "spoke", "broke", "saw",
    "found", "brought", "thought", "ran", "stood", "knew", "wrote", "drove", "flew", "sought", "fled", "bought",
    "caught", "swore", "became", "withdrew", "overtook", "arose", "sank", "shook", "stole", "dealt", "meant",
    "felt", "kept", "built", "spent", "heard", "paid", "laid", "hung", "sat", "got", "drew", "grew", "threw",
    "blew", "rode", "chose", "wore", "tore", "hid", "hit", "ate", "forgot", "understood", "slew", "bit", "lit",
];

/// Words that end in "-ed" but are not past verbs.
const NOT_PAST_ED: &[&str] = &["need", "speed", "seed", "feed", "bed", "red", "shed", "creed", "breed", "greed", "weed", "hundred", "indeed", "sacred", "naked", "wicked", "embed"];

/// A token's own tense marker: Past, Future, or none.
fn marker(doc: &Document, i: usize, sentence: &Range<usize>) -> Option<Tense> {
    let t = &doc.tokens[i];
    let w = doc.token_text(i);
    let lw = |s: &str| w.eq_ignore_ascii_case(s);
    if lw("will") && t.upos != Upos::Propn && (w != "Will" || i == sentence.start) || lw("'ll") || lw("’ll") || lw("shall") || lw("wo") {
        return Some(Tense::Future);
    }
    let next_is_to = i + 1 < sentence.end && doc.token_text(i + 1).eq_ignore_ascii_case("to");
    if lw("scheduled") || lw("due") || lw("upcoming") {
        return Some(Tense::Future);
    }
    if next_is_to && (lw("expected") || lw("set") || lw("plans") || lw("plan") || lw("planning") || lw("going") || lw("intends") || lw("aims")) {
        return Some(Tense::Future);
    }
    if t.xpos.as_str() != "_" {
        return t.xpos.is_past().then_some(Tense::Past);
    }
    // "will be held", "to be completed": a participle after "be" takes the tense of its auxiliary.
    if i > sentence.start && ["be", "being", "to"].iter().any(|b| doc.token_text(i - 1).eq_ignore_ascii_case(b)) {
        return None;
    }
    // No tags: word forms.
    if IRREGULAR_PAST.iter().any(|p| lw(p)) {
        return Some(Tense::Past);
    }
    let lower_start = w.chars().next().is_some_and(|c| c.is_lowercase());
    if lower_start && w.len() > 4 && w.ends_with("ed") && !NOT_PAST_ED.iter().any(|p| lw(p)) {
        // "was expected to", "scheduled" are handled above; "-ed" right after "has"/"have" is still past.
        return Some(Tense::Past);
    }
    None
}

/// True when the sentence carries a dependency parse.
pub fn has_parse(doc: &Document, sentence: &Range<usize>) -> bool {
    sentence.clone().any(|i| doc.tokens[i].head.is_some())
}

/// The token of `start..end` whose head lies outside it: the span's syntactic head.
pub fn span_head(doc: &Document, start: usize, end: usize) -> usize {
    (start..end)
        .find(|&i| doc.tokens[i].head.map(|h| !(start..end).contains(&(h as usize))).unwrap_or(true))
        .unwrap_or(start)
}

fn is_verbal(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.upos == Upos::Verb || (t.upos != Upos::Aux && t.xpos.is_verbal())
}

/// The nearest verb above token `i` in the parse (the clause the span belongs to).
pub fn governing_verb(doc: &Document, i: usize) -> Option<usize> {
    let mut cur = doc.tokens[i].head.map(|h| h as usize);
    let mut steps = 0;
    while let Some(c) = cur {
        if is_verbal(doc, c) || doc.tokens[c].head.is_none() {
            return Some(c);
        }
        cur = doc.tokens[c].head.map(|h| h as usize);
        steps += 1;
        if steps > 64 {
            break;
        }
    }
    None
}

/// The tense of the clause a verb heads, from the verb's tag and its auxiliaries.
fn clause_tense(doc: &Document, v: usize, sentence: &Range<usize>) -> Tense {
    let mut tense = if doc.tokens[v].xpos.is_past() { Tense::Past } else { Tense::Unknown };
    for c in sentence.clone().filter(|&j| doc.tokens[j].head == Some(v as u32)) {
        let d = doc.tokens[c].deprel;
        if d.is("aux") {
            match marker(doc, c, sentence) {
                Some(Tense::Future) => return Tense::Future,
                Some(Tense::Past) => tense = Tense::Past,
                _ => {
                    let w = doc.token_text(c);
                    if w.eq_ignore_ascii_case("has") || w.eq_ignore_ascii_case("have") {
                        tense = Tense::Past;
                    }
                }
            }
        }
    }
    if tense == Tense::Unknown {
        // "expected to resume": the infinitive takes the time of the verb that governs it.
        if let Some(h) = doc.tokens[v].head.map(|h| h as usize) {
            if doc.tokens[v].deprel.is("xcomp") {
                if let Some(Tense::Future) = marker(doc, h, sentence) {
                    return Tense::Future;
                }
            }
        }
    }
    tense
}

/// The tense that governs the span `start..end` of a sentence: the parse's clause when it
/// says something, else the nearest tense marker in the sentence (preceding ones preferred).
pub fn tense_at(doc: &Document, sentence: Range<usize>, start: usize, end: usize) -> Tense {
    if has_parse(doc, &sentence) {
        if let Some(v) = governing_verb(doc, span_head(doc, start, end)) {
            let t = clause_tense(doc, v, &sentence);
            if t != Tense::Unknown {
                return t;
            }
        }
    }
    let mut best: Option<(usize, Tense)> = None;
    for i in sentence.clone() {
        if (start..end).contains(&i) {
            continue;
        }
        if let Some(t) = marker(doc, i, &sentence) {
            let dist = if i < start { (start - i) * 2 } else { (i - end + 1) * 2 + 1 };
            if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, t));
            }
        }
    }
    best.map(|(_, t)| t).unwrap_or(Tense::Unknown)
}

/// How closely a span is tied to an event's verb: 0 a direct dependent of the verb in the parse
/// ("met in Beijing"), 1 deeper in the verb's clause ("trip to China ... met"), otherwise 2 plus
/// the distance in tokens (larger is weaker).
pub fn attachment(doc: &Document, sentence: &Range<usize>, start: usize, end: usize, verb: usize) -> usize {
    if has_parse(doc, sentence) {
        let h = span_head(doc, start, end);
        if doc.tokens[h].head == Some(verb as u32) {
            return 0;
        }
        if governing_verb(doc, h) == Some(verb) {
            return 1;
        }
    }
    2 + if verb < start { start - verb } else { verb.saturating_sub(end - 1) }
}
