//! Time and place: temporal expressions resolved against the article date, places found and
//! geocoded with an offline gazetteer, and each event given its date and location.
#![warn(missing_docs)]

pub mod dates;
pub mod gazetteer;
pub mod places;
pub mod tense;
mod normalize;

pub use gazetteer::{Gazetteer, GazetteerError, GazetteerPlace, PlaceKind};

use detente_core::{Document, Stage};

/// Finds temporal expressions (`Document::times`) and dates each event with the expression
/// attached to its verb, else the sentence's; events without one keep `date: None` (the record
/// then falls back to the article date with precision "article").
#[derive(Debug, Default)]
pub struct DateResolver;

impl Stage for DateResolver {
    fn name(&self) -> &'static str {
        "dates"
    }
    fn process(&self, doc: &mut Document) {
        dates::annotate(doc);
        for e in 0..doc.events.len() {
            let s = doc.events[e].sentence;
            let candidates = doc.times.iter().filter(|t| t.sentence == s && t.value.is_some()).map(|t| t.range);
            let best = closest_to_verb(doc, e, candidates, can_date_event);
            doc.events[e].date = best.and_then(|r| doc.times.iter().find(|t| t.range == r && t.sentence == s)).and_then(|t| t.value);
        }
    }
}

/// Finds place mentions (`Document::places`), geocodes them with the gazetteer, and places
/// each event at the place attached to its verb, else the sentence's, else nowhere.
#[derive(Debug, Default)]
pub struct PlaceResolver;

impl Stage for PlaceResolver {
    fn name(&self) -> &'static str {
        "places"
    }
    fn process(&self, doc: &mut Document) {
        places::annotate(doc, Gazetteer::global());
        for e in 0..doc.events.len() {
            let s = doc.events[e].sentence;
            let candidates = doc.places.iter().filter(|p| p.sentence == s && p.location.is_some() && places::is_event_place(p)).map(|p| p.range);
            let best = closest_to_verb(doc, e, candidates, |_, _, _| true);
            doc.events[e].location = best.and_then(|r| doc.places.iter().find(|p| p.range == r && p.sentence == s)).and_then(|p| p.location.clone());
        }
    }
}

/// Words before a time expression that make it a bound of a period, not the time of an
/// event: "since the 1971 war", "until the end of 2028", "by 2030".
const BOUNDS: &[&str] = &["since", "until", "till", "by"];

/// True when the time expression starting at token `a` can be when an event happened: not a
/// bound of a period ("since 1994", "until the end of 2028").
fn can_date_event(doc: &Document, sentence: &std::ops::Range<usize>, a: usize) -> bool {
    let word = |i: usize| doc.token_text(i).to_ascii_lowercase();
    let mut p = a; // step back over "the end of" in "until the end of 2028"
    while p > sentence.start && matches!(word(p - 1).as_str(), "the" | "end" | "of" | "start" | "beginning" | "middle" | "close") {
        p -= 1;
    }
    if p > sentence.start && BOUNDS.contains(&word(p - 1).as_str()) {
        return false;
    }
    true
}

/// Of the candidate spans in event `e`'s sentence, the one most closely attached to the
/// event's verb in the parse (the first on ties); `usable` filters candidates by their first
/// token. Shared by the date and place stages.
fn closest_to_verb(
    doc: &Document,
    e: usize,
    candidates: impl Iterator<Item = detente_core::TextRange>,
    usable: impl Fn(&Document, &std::ops::Range<usize>, usize) -> bool,
) -> Option<detente_core::TextRange> {
    let range = doc.sentences.get(doc.events[e].sentence as usize)?.token_range();
    let verb = verb_token(doc, e);
    let mut best: Option<(usize, detente_core::TextRange)> = None;
    for r in candidates {
        let Some((a, b)) = token_span(doc, &range, r) else { continue };
        if !usable(doc, &range, a) {
            continue;
        }
        let score = verb.map(|v| tense::attachment(doc, &range, a, b, v)).unwrap_or(1);
        if best.is_none_or(|(sc, _)| score < sc) {
            best = Some((score, r));
        }
    }
    best.map(|(_, r)| r)
}

/// The token of event `e`'s verb.
fn verb_token(doc: &Document, e: usize) -> Option<usize> {
    let ev = &doc.events[e];
    let range = doc.sentences.get(ev.sentence as usize)?.token_range();
    range.clone().find(|&i| doc.tokens[i].range.start == ev.verb.start).or_else(|| range.clone().find(|&i| doc.tokens[i].range.end > ev.verb.start))
}

/// The tokens of a sentence that a text range covers, as `start..end` indices.
fn token_span(doc: &Document, sentence: &std::ops::Range<usize>, r: detente_core::TextRange) -> Option<(usize, usize)> {
    let a = sentence.clone().find(|&i| doc.tokens[i].range.end > r.start)?;
    let b = sentence.clone().rev().find(|&i| doc.tokens[i].range.start < r.end)? + 1;
    (a < b).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use detente_core::{Actor, DatePrecision, DepRel, Event, Mention, Modality, Participant, Plover, Sentence, TextRange, Token, Upos, Xpos};

    /// A parsed sentence from (word, upos, xpos, head offset in the sentence or -1, deprel).
    fn parsed(doc: &mut Document, words: &[(&str, Upos, &str, i32, &str)]) {
        let base_tok = doc.tokens.len() as u32;
        let base_txt = if doc.text.is_empty() { 0 } else { doc.text.len() + 1 };
        if !doc.text.is_empty() {
            doc.text.push(' ');
        }
        for (k, (w, upos, xpos, head, rel)) in words.iter().enumerate() {
            if k > 0 && *w != "." {
                doc.text.push(' ');
            }
            let s = doc.text.len();
            doc.text.push_str(w);
            let mut t = Token::new(TextRange::new(s, doc.text.len()));
            t.upos = *upos;
            t.xpos = Xpos::parse(xpos);
            t.head = (*head >= 0).then(|| base_tok + *head as u32);
            t.deprel = DepRel::parse(rel);
            t.lemma = w.to_lowercase();
            doc.tokens.push(t);
        }
        let end = doc.tokens.len() as u32;
        doc.sentences.push(Sentence { range: TextRange::new(base_txt, doc.text.len()), tokens: base_tok..end });
    }

    fn event(doc: &Document, sentence: u32, verb: usize) -> Event {
        let p = Participant { actor: Actor::new("USAGOV", "Antony Blinken"), range: doc.tokens[0].range };
        Event {
            sentence,
            source: p.clone(),
            target: None,
            cameo: "040".into(),
            goldstein: 1.0,
            quad_class: 1,
            plover: Plover::default(),
            modality: Modality::Asserted,
            verb: doc.tokens[verb].range,
            rule: "test".into(),
            date: None,
            location: None,
            confidence: 0.5,
        }
    }

    use Upos::*;

    #[test]
    fn seed_events_get_their_dates_and_places() {
        let mut doc = Document::new("seed", "");
        doc.date = "2024-04-19".parse().ok();
        // "During Blinken's trip to China last June, he met in Beijing with top officials."
        parsed(&mut doc, &[
            ("During", Adp, "IN", 2, "case"), ("Blinken", Propn, "NNP", 2, "nmod:poss"), ("trip", Noun, "NN", 9, "obl"),
            ("to", Adp, "IN", 4, "case"), ("China", Propn, "NNP", 2, "nmod"), ("last", Adj, "JJ", 6, "amod"),
            ("June", Propn, "NNP", 2, "obl:tmod"), (",", Punct, ",", 9, "punct"), ("he", Pron, "PRP", 9, "nsubj"),
            ("met", Verb, "VBD", -1, "root"), ("in", Adp, "IN", 11, "case"), ("Beijing", Propn, "NNP", 9, "obl"),
            (".", Punct, ".", 9, "punct"),
        ]);
        // "Blinken also met with Wang Yi in July."
        parsed(&mut doc, &[
            ("Blinken", Propn, "NNP", 2, "nsubj"), ("also", Adv, "RB", 2, "advmod"), ("met", Verb, "VBD", -1, "root"),
            ("with", Adp, "IN", 4, "case"), ("Wang", Propn, "NNP", 2, "obl"), ("in", Adp, "IN", 6, "case"),
            ("July", Propn, "NNP", 2, "obl"), (".", Punct, ".", 2, "punct"),
        ]);
        // "Blinken will meet officials in Shanghai during his April 24-26 visit."
        parsed(&mut doc, &[
            ("Blinken", Propn, "NNP", 2, "nsubj"), ("will", Aux, "MD", 2, "aux"), ("meet", Verb, "VB", -1, "root"),
            ("officials", Noun, "NNS", 2, "obj"), ("in", Adp, "IN", 5, "case"), ("Shanghai", Propn, "NNP", 2, "obl"),
            ("during", Adp, "IN", 10, "case"), ("his", Pron, "PRP$", 10, "nmod:poss"), ("April", Propn, "NNP", 10, "compound"),
            ("24-26", Num, "CD", 8, "nummod"), ("visit", Noun, "NN", 2, "obl"), (".", Punct, ".", 2, "punct"),
        ]);
        let first_met = 9;
        let second_met = doc.sentences[1].tokens.start as usize + 2;
        let meet = doc.sentences[2].tokens.start as usize + 2;
        doc.events = vec![event(&doc, 0, first_met), event(&doc, 1, second_met), event(&doc, 2, meet)];
        DateResolver.process(&mut doc);
        PlaceResolver.process(&mut doc);
        let d = |e: usize| doc.events[e].date.map(|d| (d.date.to_string(), d.end.map(|x| x.to_string()), d.precision));
        assert_eq!(d(0), Some(("2023-06-01".into(), None, DatePrecision::Month)));
        assert_eq!(d(1), Some(("2023-07-01".into(), None, DatePrecision::Month)));
        assert_eq!(d(2), Some(("2024-04-24".into(), Some("2024-04-26".into()), DatePrecision::Day)));
        let place = |e: usize| doc.events[e].location.as_ref().map(|l| (l.name.clone(), l.country.clone()));
        assert_eq!(place(0), Some(("Beijing".into(), Some("CHN".into()))));
        assert_eq!(place(1), None);
        assert_eq!(place(2), Some(("Shanghai".into(), Some("CHN".into()))));
        // "trip to China" is a place mention too, but the event's verb governs "in Beijing".
        assert!(doc.places.iter().any(|p| doc.slice(p.range) == "China"));
    }

    #[test]
    fn capitals_acting_as_actors_are_not_places() {
        let mut doc = Document::new("m", "");
        // "Beijing warned Washington over Taiwan."
        parsed(&mut doc, &[
            ("Beijing", Propn, "NNP", 1, "nsubj"), ("warned", Verb, "VBD", -1, "root"), ("Washington", Propn, "NNP", 1, "obj"),
            ("over", Adp, "IN", 4, "case"), ("Taiwan", Propn, "NNP", 1, "obl"), (".", Punct, ".", 1, "punct"),
        ]);
        for k in [0usize, 2] {
            doc.mentions.push(Mention {
                range: doc.tokens[k].range,
                tokens: k as u32..k as u32 + 1,
                head: k as u32,
                actor: Actor::new(if k == 0 { "CHNGOV" } else { "USAGOV" }, "government"),
                kind: detente_core::MentionKind::Metonym,
                rule: "test".into(),
            });
        }
        PlaceResolver.process(&mut doc);
        let found: Vec<&str> = doc.places.iter().map(|p| doc.slice(p.range)).collect();
        assert!(!found.contains(&"Beijing") && !found.contains(&"Washington"), "{found:?}");
    }

    #[test]
    fn bounds_of_a_period_do_not_date_an_event() {
        let mut doc = Document::new("b", "");
        doc.date = "2019-08-06".parse().ok();
        parsed(
            &mut doc,
            &[
                ("Washington", Propn, "NNP", 1, "nsubj"),
                ("sanctioned", Verb, "VBD", -1, "root"),
                ("Beijing", Propn, "NNP", 1, "obj"),
                ("for", Adp, "IN", 5, "case"),
                ("the", Det, "DT", 5, "det"),
                ("first", Adj, "JJ", 6, "amod"),
                ("time", Noun, "NN", 1, "obl"),
                ("since", Adp, "IN", 8, "case"),
                ("1994", Num, "CD", 6, "nmod"),
                (".", Punct, ".", 1, "punct"),
            ],
        );
        doc.events = vec![event(&doc, 0, 1)];
        DateResolver.process(&mut doc);
        assert!(!doc.times.is_empty(), "1994 is still found as a time expression");
        assert!(doc.events[0].date.is_none(), "since 1994 is a bound, not the event's date");
    }

    #[test]
    fn events_without_a_time_expression_keep_no_date() {
        let mut doc = Document::new("n", "");
        doc.date = "2024-04-19".parse().ok();
        parsed(&mut doc, &[("Police", Noun, "NNS", 1, "nsubj"), ("arrested", Verb, "VBD", -1, "root"), ("protesters", Noun, "NNS", 1, "obj")]);
        doc.events = vec![event(&doc, 0, 1)];
        DateResolver.process(&mut doc);
        assert!(doc.events[0].date.is_none());
        assert!(doc.times.is_empty());
    }
}
