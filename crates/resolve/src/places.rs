//! Geoparsing: place mentions found in context ("in Beijing", "near Second Thomas Shoal", "the
//! eastern Ukrainian city of Kostyantynivka", "Springfield, Illinois"), then disambiguated by
//! population prior, the countries of the sentence's actors and the article's other places,
//! and explicit qualifiers. Capitals acting as actors (metonym mentions, subjects,
//! possessors) are not places.

use crate::gazetteer::{normalize, normalize_into, Gazetteer, PlaceKind};
use detente_core::{Document, Location, MentionKind, PlaceMention, TextRange, Upos};
use std::collections::HashSet;
use std::ops::Range;

const LOCATIVE: &[&str] = &[
    "in", "at", "near", "from", "to", "into", "outside", "inside", "across", "around", "toward", "towards", "through",
    "throughout", "off", "within", "along", "over", "via", "across", "onto", "beyond", "past", "nearby",
];

/// Words that name divisions somewhere ("Central", "Northern") but alone are directions or
/// common words in news; never a place by themselves.
const GENERIC: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "capital", "national", "coast", "upper", "lower", "north east", "valley", "islands", "lakes", "river", "mountain",
    "northeast", "northwest", "southeast", "southwest", "interior", "littoral", "plateau", "border", "federal", "metropolitan",
    "western area", "greater", "highlands", "lagoons", "savanes", "plateaux", "centre-est", "est", "nord", "sud", "ouest",
    // Ordinary English words that are also (alternate) names of some place.
    "the", "and", "for", "say", "all", "one", "our", "see", "come", "make", "air", "police", "downtown", "las", "los",
    "san", "santa", "new", "old", "fort", "port", "saint", "mount", "lake", "bay", "union", "independence", "liberty",
    "victoria", "progress", "hope", "paradise", "concord", "commerce", "industry", "university", "university park",
    "president", "army", "government", "peace", "justice", "unity", "freedom", "republic", "march", "may", "june",
    "july", "august", "today", "monday", "sunday", "mission", "colony", "garden", "gardens", "city", "town", "village",
];

/// Words that may stand between a preposition and a place ("in the", "in western").
const SKIPPABLE: &[&str] = &[
    "the", "both", "either", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
];

const DESCRIPTORS: &[&str] = &[
    "city", "town", "village", "province", "region", "state", "district", "department", "governorate", "oblast",
    "port", "capital", "island", "islands", "municipality", "county", "suburb", "neighborhood", "neighbourhood", "enclave",
];

/// Words that, before "of", make "X of NAME" an organisation ("Bank of China") unless they are
/// place descriptors ("City of", "Republic of", "Gulf of").
const PLACE_HEADS: &[&str] = &["City", "Republic", "Kingdom", "State", "Gulf", "Bay", "Strait", "Sea", "Island", "Islands", "Province", "Sultanate", "Emirate", "Commonwealth", "Isle"];

/// How a mention was recognized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    Preposition,
    Descriptor,
    Qualifier,
    Coordination,
    Dateline,
    Bare,
}

impl Trigger {
    fn as_str(self) -> &'static str {
        match self {
            Trigger::Preposition => "after-preposition",
            Trigger::Descriptor => "descriptor",
            Trigger::Qualifier => "qualified",
            Trigger::Coordination => "coordinated",
            Trigger::Dateline => "dateline",
            Trigger::Bare => "bare-name",
        }
    }
}

struct Candidate {
    start: usize,
    end: usize,
    sentence: usize,
    ids: Vec<u32>,
    trigger: Trigger,
    /// A country the text itself names for this place ("Ukrainian city of", "Paris, Texas").
    hint_country: Option<String>,
    /// A division name the text gives ("Springfield, Illinois").
    hint_admin: Option<String>,
}

fn eqi(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// True when a sentence is written in capitals (wire copy, MUC): case then tells nothing.
fn all_caps(doc: &Document, r: &Range<usize>) -> bool {
    let (mut up, mut letters) = (0, 0);
    for i in r.clone() {
        let w = doc.token_text(i);
        if w.chars().any(|c| c.is_alphabetic()) {
            letters += 1;
            if !w.chars().any(|c| c.is_lowercase()) {
                up += 1;
            }
        }
    }
    letters > 3 && up * 10 >= letters * 8
}

/// Finds, disambiguates and records the place mentions of `doc` in `doc.places`.
pub fn annotate(doc: &mut Document, gaz: &Gazetteer) {
    let mut cands: Vec<Candidate> = Vec::new();
    let metonyms: Vec<TextRange> = doc.mentions.iter().filter(|m| m.kind == MentionKind::Metonym).map(|m| m.range).collect();
    let (mut buf, mut offs) = (String::new(), Vec::new());
    for s in 0..doc.sentences.len() {
        find_in_sentence(doc, gaz, s, &metonyms, &mut buf, &mut offs, &mut cands);
    }
    // Countries the article is about: its actors, and places with a single candidate country.
    let mut article: HashSet<&str> = doc.mentions.iter().filter_map(|m| m.actor.country.as_deref()).collect();
    for c in &cands {
        let mut cs = c.ids.iter().filter_map(|&k| gaz.place(k).country.as_deref());
        if let Some(first) = cs.next() {
            if cs.all(|x| x == first) {
                article.insert(first);
            }
        }
    }
    let mut places = Vec::with_capacity(cands.len());
    for c in &cands {
        let srange = doc.sentences[c.sentence].token_range();
        let sentence_actors: HashSet<&str> = doc
            .mentions
            .iter()
            .filter(|m| srange.contains(&(m.head as usize)))
            .filter_map(|m| m.actor.country.as_deref())
            .collect();
        let mut best: Option<(f64, u32)> = None;
        for &k in &c.ids {
            let p = gaz.place(k);
            let mut score = match p.kind {
                PlaceKind::Country => 7.0,
                PlaceKind::Division => p.population.map(|n| (n as f64 + 1.0).log10()).unwrap_or(5.5),
                PlaceKind::City | PlaceKind::Feature => (p.population.unwrap_or(1000) as f64 + 1.0).log10() + if p.capital { 0.7 } else { 0.0 },
            };
            if let Some(pc) = p.country.as_deref() {
                if sentence_actors.contains(pc) {
                    score += 1.5;
                } else if article.contains(pc) {
                    score += 1.0;
                }
                if c.hint_country.as_deref() == Some(pc) {
                    score += 3.0;
                }
            }
            if let (Some(h), Some(a)) = (&c.hint_admin, &p.admin1) {
                if normalize(a) == *h {
                    score += 3.0;
                }
            }
            if c.trigger == Trigger::Descriptor && p.kind == PlaceKind::City {
                score += 1.0;
            }
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, k));
            }
        }
        let Some((_, k)) = best else { continue };
        let p = gaz.place(k);
        let range = TextRange::new(doc.tokens[c.start].range.start as usize, doc.tokens[c.end - 1].range.end as usize);
        places.push(PlaceMention {
            range,
            sentence: c.sentence as u32,
            location: Some(Location { name: p.name.clone(), country: p.country.clone(), lat: p.lat, lon: p.lon, geonames_id: p.geonames_id }),
            rule: format!("places:{}:{}:{}-candidates", c.trigger.as_str(), p.kind.as_str(), c.ids.len()),
        });
    }
    doc.places = places;
}

/// True when a place mention may be an event's location (datelines name where the reporter
/// was, not where the event happened).
pub fn is_event_place(p: &PlaceMention) -> bool {
    !p.rule.contains("dateline") && !p.rule.contains("qualified")
}

fn find_in_sentence(doc: &Document, gaz: &Gazetteer, s: usize, metonyms: &[TextRange], buf: &mut String, offs: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let r = doc.sentences[s].token_range();
    let caps = all_caps(doc, &r);
    let max = gaz.max_words.clamp(1, 6);
    let first_in_sentence = out.len();
    // The sentence's tokens normalized once, joined as in the text: a window's key is a slice.
    buf.clear();
    offs.clear();
    for k in r.clone() {
        if k > r.start && doc.tokens[k].range.start > doc.tokens[k - 1].range.end && !buf.ends_with(' ') && !buf.is_empty() {
            buf.push(' ');
        }
        let a = buf.len();
        normalize_into(doc.token_text(k), buf);
        offs.push((a, buf.len()));
    }
    let mut i = r.start;
    while i < r.end {
        let w = doc.token_text(i);
        let starts_name = w.chars().next().is_some_and(|c| c.is_alphabetic()) && (capitalized(w) || caps);
        let (a, b) = offs[i - r.start];
        let first_word = buf[a..b].split(' ').next().unwrap_or("");
        if !starts_name || !gaz.starts_a_name(first_word) {
            i += 1;
            continue;
        }
        // Longest name first.
        let mut found: Option<(usize, &[u32])> = None;
        let mut j = (i + max).min(r.end);
        while j > i {
            let last = doc.token_text(j - 1);
            let single_generic = j == i + 1 && GENERIC.iter().any(|g| eqi(g, last));
            if (capitalized(last) || caps) && last.chars().next().is_some_and(|c| c.is_alphabetic()) && !single_generic {
                let key = buf[a..offs[j - 1 - r.start].1].trim_end();
                let ids = gaz.lookup_ids(key);
                if !ids.is_empty() {
                    found = Some((j, ids));
                    break;
                }
            }
            j -= 1;
        }
        let Some((end, ids)) = found else {
            i += 1;
            continue;
        };
        if let Some(trigger) = accept(doc, &r, i, end, caps, metonyms, out, first_in_sentence) {
            let (mut hint_country, hint_admin) = hints(doc, gaz, &r, i, end);
            if trigger == Trigger::Qualifier {
                // "Atlanta, Georgia": the qualifier is in the country of the place it qualifies.
                if let Some(prev) = out.last() {
                    let mut cs = prev.ids.iter().filter_map(|&k| gaz.place(k).country.as_deref());
                    if let Some(first) = cs.next() {
                        if cs.all(|x| x == first) {
                            hint_country = Some(first.to_string());
                        }
                    }
                }
            }
            out.push(Candidate { start: i, end, sentence: s, ids: ids.to_vec(), trigger, hint_country, hint_admin });
        }
        i = end;
    }
}

/// Decides whether a gazetteer match at `i..end` is a place mention here, and why.
#[allow(clippy::too_many_arguments)]
fn accept(doc: &Document, r: &Range<usize>, i: usize, end: usize, caps: bool, metonyms: &[TextRange], prev: &[Candidate], first: usize) -> Option<Trigger> {
    let span = TextRange::new(doc.tokens[i].range.start as usize, doc.tokens[end - 1].range.end as usize);
    if metonyms.iter().any(|m| m.start < span.end && span.start < m.end) {
        return None;
    }
    let text = |k: usize| doc.token_text(k);
    // Possessors and subjects act; they are not places.
    if end < r.end && matches!(text(end), "'s" | "’s" | "'" | "’") {
        return None;
    }
    let head = crate::tense::span_head(doc, i, end);
    let d = doc.tokens[head].deprel;
    if d.is("nsubj") || d.is("nmod:poss") || d.is("compound") && doc.tokens[head].head.is_some_and(|h| doc.tokens[h as usize].upos != Upos::Propn) {
        return None;
    }
    // Part of a longer capitalized name ("Washington Post", "Bank of China").
    if !caps && end < r.end && capitalized(text(end)) && text(end).chars().all(|c| c.is_alphabetic()) {
        return None;
    }
    let mut p = i;
    while p > r.start && SKIPPABLE.iter().any(|x| eqi(x, text(p - 1))) {
        p -= 1;
    }
    if p > r.start && eqi(text(p - 1), "of") && p >= r.start + 2 {
        let before = text(p - 2);
        if DESCRIPTORS.iter().any(|x| eqi(x, before)) {
            return Some(Trigger::Descriptor);
        }
        if capitalized(before) && !caps && !PLACE_HEADS.contains(&before) {
            return None;
        }
        // "the streets of Port-au-Prince", "control of Kandahar"
        if !capitalized(before) && before.chars().all(|c| c.is_alphabetic()) {
            return Some(Trigger::Preposition);
        }
    }
    // Dateline: "KYIV, Ukraine, April 18 (AP) -" at the start of the article's sentence.
    if i == r.start && end < r.end && (text(end) == "," || text(end) == "(") && doc.token_text(i).chars().all(|c| !c.is_lowercase()) && (r.end - r.start) > 4 {
        let rest = (end..r.end.min(end + 12)).any(|k| matches!(text(k), "(" | "-" | "--" | "—" | "–"));
        if rest {
            return Some(Trigger::Dateline);
        }
    }
    if p > r.start {
        let before = text(p - 1);
        if LOCATIVE.iter().any(|x| eqi(x, before)) {
            return Some(Trigger::Preposition);
        }
        // "Manipur's capital, Imphal"
        if before == "," && p >= r.start + 2 && DESCRIPTORS.iter().any(|x| eqi(x, text(p - 2))) {
            return Some(Trigger::Descriptor);
        }
        // "Springfield, Illinois" / "Kostyantynivka, Donetsk region": the qualifier after a place.
        if before == "," {
            if let Some(c) = prev[first..].last() {
                if c.end + 1 == i {
                    return Some(Trigger::Qualifier);
                }
            }
        }
        if eqi(before, "and") || eqi(before, "or") || before == "," {
            if let Some(c) = prev[first..].last() {
                if c.end + 1 == p && c.trigger != Trigger::Dateline {
                    return Some(Trigger::Coordination);
                }
            }
        }
    }
    // The parse says it is a place-like dependent of a verb: "attacked Kharkiv", "stormed Sanaa".
    if doc.tokens[head].head.is_some() {
        if d.is("obl") || d.is("obj") {
            return Some(Trigger::Bare);
        }
    } else if p > r.start && !crate::tense::has_parse(doc, r) {
        // No parse: the object of a past-tense verb ("hit Sanaa", "entered Crimea").
        let before = text(p - 1);
        if before.chars().all(|c| c.is_ascii_lowercase()) && (before.ends_with("ed") || ["hit", "took", "struck", "shot", "won", "left", "fled", "seized", "visited", "entered", "captured", "shelled", "pounded"].contains(&before)) {
            return Some(Trigger::Bare);
        }
    }
    None
}

/// Country or division named around the mention: "the eastern Ukrainian city of X",
/// "X, Ukraine", "X, Illinois".
fn hints(doc: &Document, gaz: &Gazetteer, r: &Range<usize>, i: usize, end: usize) -> (Option<String>, Option<String>) {
    let mut country = None;
    let mut admin = None;
    for k in i.saturating_sub(5).max(r.start)..i {
        if let Some(c) = gaz.demonym_country(doc.token_text(k)) {
            country = Some(c.to_string());
        }
    }
    if end + 1 < r.end && doc.token_text(end) == "," {
        let mut j = end + 2;
        while j < r.end && j < end + 5 && capitalized(doc.token_text(j)) {
            j += 1;
        }
        let q = &doc.text[doc.tokens[end + 1].range.start as usize..doc.tokens[j - 1].range.end as usize];
        let key = normalize(q);
        for &k in gaz.lookup_ids(&key) {
            let p = gaz.place(k);
            match p.kind {
                PlaceKind::Country => country = p.country.clone(),
                PlaceKind::Division => {
                    country = p.country.clone();
                    admin = Some(key.clone());
                }
                _ => {}
            }
        }
    }
    (country, admin)
}
