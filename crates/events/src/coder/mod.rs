//! The event coder: finds event verbs and nouns, their source and target actors through
//! the dependency parse, the modality, and fills [`Event`]s.
//!
//! This file holds the types and the sentence loop (`code` → `code_parsed` → `code_sentence`);
//! read it first. The loop calls into sibling files, each one job of the same [`Coder`]:
//! - `repair`: parse repairs made on a copy of the tokens before coding;
//! - `matching`: which pattern of an event verb or noun fits, and the tokens its roles find;
//! - `parties`: the source and target actor mentions of a match;
//! - `reported`: speakers of reported speech and the clauses they report;
//! - `modality`: asserted, intended, hypothetical or negated;
//! - `harm`: causes of violence and disasters, and modifiers that veto an event sense;
//! - `view`: the per-sentence parse view (`Ctx`) the others read through.
use crate::{CameoTable, Lexicon, Pattern, PatternSet, TargetRole};
use detente_core::{Diagnostic, Document, Event, MentionKind, Modality, Participant, Stage, Upos};
use view::{Ctx, Scratch, NONE};
use matching::{generic, target_words};
use parties::{each_other, mutual_act, occasion_phrase};
use modality::rank;
use harm::{violent, violent_code};
use repair::repair_participles;

mod harm;
mod matching;
mod modality;
mod parties;
mod repair;
mod reported;
mod view;

/// The dictionaries a coder works from: the CAMEO table, the patterns and the word lists.
#[derive(Debug, Clone, Copy)]
pub struct Coder<'a> {
    /// The CAMEO ontology.
    pub table: &'a CameoTable,
    /// The event patterns.
    pub patterns: &'a PatternSet,
    /// Modality, control and discard word lists.
    pub lexicon: &'a Lexicon,
}

/// Codes events from parsed sentences with resolved actors, with the shipped dictionaries.
///
/// Every event keeps its modality; [`is_reported`] says which ones the output contract
/// prints by default (asserted and intended). Rejected candidates become diagnostics
/// (stage "events", kind "rejected-candidate") that `detente explain` shows.
#[derive(Debug, Default, Clone, Copy)]
pub struct EventCoder;

impl Stage for EventCoder {
    fn name(&self) -> &'static str {
        "events"
    }
    fn process(&self, doc: &mut Document) {
        Coder::builtin().code(doc);
    }
}

/// Gives `event` the code of `entry`, with its Goldstein value, quad class and PLOVER type.
fn recode(event: &mut Event, entry: &crate::CameoEntry) {
    event.cameo = entry.code.clone();
    event.goldstein = entry.goldstein;
    event.quad_class = entry.quad_class;
    event.plover = entry.plover();
}

/// An event the coder infers from others in its sentence rather than from a pattern (a visit
/// implied by a government person acting abroad, a joint act of coordinated parties): asserted,
/// on `verb`, coded `entry`, with `rule` naming the inference (or the entry declaring it) in its
/// evidence.
fn inferred_event(sentence: u32, entry: &crate::CameoEntry, source: &detente_core::Mention, target: &detente_core::Mention, verb: detente_core::TextRange, rule: &str, confidence: f32) -> Event {
    Event {
        sentence,
        source: Participant { actor: source.actor.clone(), range: source.range },
        target: Some(Participant { actor: target.actor.clone(), range: target.range }),
        cameo: entry.code.clone(),
        goldstein: entry.goldstein,
        quad_class: entry.quad_class,
        plover: entry.plover(),
        modality: Modality::Asserted,
        verb,
        rule: rule.into(),
        date: None,
        location: None,
        confidence,
    }
}

/// True when actors `a` and `b` are co-agents of one state: two different authorities
/// (`state_sectors` of coder.toml: government, forces, police, intelligence, courts,
/// parliament) of the same country, or both with no country named ("the army and police").
fn co_agents(lex: &Lexicon, a: &detente_core::Actor, b: &detente_core::Actor) -> bool {
    let authority = |x: &detente_core::Actor| x.sector.as_deref().is_some_and(|k| lex.state_sector(k));
    a.country == b.country && a.code != b.code && authority(a) && authority(b)
}

/// True when event `e`'s target is a place mention (a city or site the actors stage read as the
/// place where something happened, coded as its country), not an actor named as such.
fn place_targeted(c: &Ctx, e: &Event) -> bool {
    e.target.as_ref().is_some_and(|t| c.doc.mentions.iter().any(|m| m.range == t.range && m.kind == MentionKind::Place))
}

/// One act of violence whose victim is named is no act against the place it hit as well: "A U.S.
/// drone strike at Baghdad airport killed Qassem Soleimani" is against Soleimani (Iran), not also
/// against Iraq; "was killed by a U.S. drone strike on a safe house in Kabul" is against al-Qaeda's
/// leader, not Afghanistan (CAMEO codes the party attacked; the place is the event's location). An
/// event of a violent root coded in this sentence (from `first_event`) whose target is a place
/// (`place_targeted`) goes when the same source has an event of the same root, in the same
/// reported or asserted voice, against an actor of another code than its own that is no place and
/// of another country than the place's (victims of the place's own country already name it: "an
/// Israeli airstrike in Tyre, Lebanon, kills the head of Hezbollah's naval forces" keeps Lebanon)
/// and than the source's (a "victim" of the attacker's own country is likelier a slip of the
/// parse: "Russian operatives carried out the Novichok attack in Salisbury" keeps Britain).
fn place_gives_way_to_victim(c: &Ctx, first_event: usize, events: &mut Vec<Event>) {
    let country = |p: &Participant| p.actor.country.clone();
    let victim_of = |e: &Event, o: &Event| {
        o.cameo.get(..2) == e.cameo.get(..2)
            && o.source.actor.code == e.source.actor.code
            && is_reported(o) == is_reported(e)
            && o.target.as_ref().is_some_and(|t| t.actor.code != o.source.actor.code && country(t) != e.target.as_ref().and_then(country) && (country(t).is_none() || country(t) != country(&o.source)))
            && !place_targeted(c, o)
    };
    let mut i = first_event;
    while i < events.len() {
        let e = &events[i];
        if violent_code(&e.cameo) && place_targeted(c, e) && events[first_event..].iter().any(|o| victim_of(e, o)) {
            events.remove(i);
        } else {
            i += 1;
        }
    }
}

/// True for events the contract prints without `--all-modalities`: asserted and intended.
pub fn is_reported(event: &Event) -> bool {
    matches!(event.modality, Modality::Asserted | Modality::Intended)
}

/// Why a candidate event verb or noun produced no event.
#[derive(Debug, Clone, PartialEq)]
struct Rejection {
    token: u32,
    message: String,
    kind: &'static str,
}


/// A chosen pattern with the tokens its roles found.
struct Match {
    pattern: u32,
    sources: Vec<u32>,
    targets: Vec<u32>,
    inherited: bool,
    /// The complement clause the target was found in ("threatened to cut electricity to X"), if any.
    via: Option<u32>,
    /// A prepositional pattern passed over for this one, with why (its target only a place).
    gave_way: Option<(u32, String)>,
    /// The source and target actor mentions, when pattern choice had to resolve them already
    /// (`source_mentions`, `target_mentions`), so that the sentence loop does not again.
    actors: Option<(Parties, Parties)>,
}

/// Actor mentions of one role of an event: (mention, whether found through another word).
type Parties = Vec<(u32, bool)>;

impl Coder<'static> {
    /// The coder with the shipped dictionaries (compiled once per process).
    pub fn builtin() -> Coder<'static> {
        Coder { table: CameoTable::builtin(), patterns: PatternSet::builtin(), lexicon: Lexicon::builtin() }
    }
}

impl<'a> Coder<'a> {
    /// Codes every sentence of `doc`, appending to `doc.events` and `doc.diagnostics`.
    pub fn code(&self, doc: &mut Document) {
        // Known parse slips are repaired on a copy of the tokens for the time of coding.
        let repaired = repair_participles(doc, self.lexicon, &|l| !self.patterns.verb_patterns(l).is_empty());
        let original = repaired.map(|t| std::mem::replace(&mut doc.tokens, t));
        self.code_parsed(doc);
        if let Some(t) = original {
            doc.tokens = t;
        }
    }

    fn code_parsed(&self, doc: &mut Document) {
        let mut scratch = Scratch::default();
        let mut events = Vec::new();
        let mut rejections = Vec::new();
        // token → mention, preferring a mention whose head is the token, then the shorter one.
        let mut mention_of = vec![NONE; doc.tokens.len()];
        // token → place mention (a `Destination` or `Place`, no actor) covering it, the first one.
        let mut place_of = vec![NONE; doc.tokens.len()];
        for (mi, m) in doc.mentions.iter().enumerate() {
            // Places are no actors: only `visit_destination` and `place_at` read them.
            if !m.kind.is_actor() {
                for t in m.tokens.clone() {
                    if let Some(slot) = place_of.get_mut(t as usize).filter(|x| **x == NONE) {
                        *slot = mi as u32;
                    }
                }
                continue;
            }
            for t in m.tokens.clone() {
                let Some(slot) = mention_of.get_mut(t as usize) else { continue };
                let better = *slot == NONE || {
                    let cur = &doc.mentions[*slot as usize];
                    cur.head != t && (m.head == t || m.tokens.len() < cur.tokens.len())
                };
                if better {
                    *slot = mi as u32;
                }
            }
        }
        for si in 0..doc.sentences.len() {
            let range = doc.sentences[si].token_range();
            if range.end > doc.tokens.len() || range.is_empty() {
                continue;
            }
            let n = range.len();
            scratch.kid_start.clear();
            scratch.kid_start.resize(n + 1, 0);
            for t in range.clone() {
                if let Some(h) = doc.tokens[t].head {
                    if (h as usize) >= range.start && (h as usize) < range.end {
                        scratch.kid_start[h as usize - range.start + 1] += 1;
                    }
                }
            }
            for i in 0..n {
                scratch.kid_start[i + 1] += scratch.kid_start[i];
            }
            scratch.kids.clear();
            scratch.kids.resize(scratch.kid_start[n] as usize, 0);
            let mut fill: Vec<u32> = scratch.kid_start[..n].to_vec();
            for t in range.clone() {
                if let Some(h) = doc.tokens[t].head {
                    if (h as usize) >= range.start && (h as usize) < range.end {
                        let slot = &mut fill[h as usize - range.start];
                        scratch.kids[*slot as usize] = t as u32;
                        *slot += 1;
                    }
                }
            }
            scratch.mention_of.clear();
            scratch.mention_of.extend_from_slice(&mention_of[range.clone()]);
            scratch.place_of.clear();
            scratch.place_of.extend_from_slice(&place_of[range.clone()]);
            let ctx = Ctx { doc, base: range.start, end: range.end, s: &scratch, lex: self.lexicon };
            self.code_sentence(&ctx, si as u32, &mut events, &mut rejections);
        }
        for r in rejections {
            doc.diagnostics.push(Diagnostic {
                stage: "events".into(),
                kind: r.kind.into(),
                range: Some(doc.tokens[r.token as usize].range),
                message: r.message,
            });
        }
        doc.events.extend(events);
    }

    fn code_sentence(&self, c: &Ctx, sentence: u32, events: &mut Vec<Event>, rejections: &mut Vec<Rejection>) {
        let lex = self.lexicon;
        let first_event = events.len();
        let discard_sentence = (c.base..c.end).find(|&t| c.lower_is(t as u32, &lex.discard_sentence));
        // Heads whose complement was coded: (head, whether the complement's events have a target,
        // the complement).
        let mut absorbed: Vec<(u32, bool, u32)> = Vec::new();
        // Verbs issuing a document whose participle was coded ("issued a statement calling on
        // Iran": 0253 on "calling"); the document's own statement (root 01) on the verb gives way.
        let mut documented: Vec<u32> = Vec::new();
        // Document nouns taken for verbs whose content event noun was coded ("signed an executive
        // order imposing tariffs on Canada": 163 on "tariffs"; "order" read as a verb, 100, gives way).
        let mut instruments: Vec<u32> = Vec::new();
        for t in c.base as u32..c.end as u32 {
            let tok = &c.doc.tokens[t as usize];
            let verbal = matches!(tok.upos, Upos::Verb) || (tok.upos != Upos::Noun && tok.xpos.is_verbal() && tok.upos != Upos::Aux) || c.is_mistagged_verb(t);
            let nominal = matches!(tok.upos, Upos::Noun) && !verbal;
            // A predicative adjective anchors its own patterns ("was critical of");
            // `match_verb` reads it as a clause head and checks it is predicative.
            let adjectival = tok.upos == Upos::Adj && !verbal;
            // A hyphenated word split by the tokenizer, as its last part: the patterns may list it
            // whole ("tear-gas", "cease-fire") or closed up ("ceasefire"): "cease-fire" is a
            // ceasefire, not a "fire".
            let hyphen = c.hyphen_word(t, false).map(|h| {
                let closed = h.replace('-', "");
                [h, closed]
            });
            let whole = hyphen.iter().flatten().map(|w| if verbal { self.patterns.verb_patterns(w) } else if nominal { self.patterns.noun_patterns(w) } else { &[] }).find(|ids| !ids.is_empty());
            let ids: &[u32] = if let Some(ids) = whole {
                ids
            } else if verbal {
                let ids = self.patterns.verb_patterns(&tok.lemma);
                if ids.is_empty() && tok.xpos.as_str().len() == 3 && matches!(tok.xpos.as_str(), "VBD" | "VBN" | "VBG" | "VBZ") {
                    self.patterns.verb_patterns_by_form(c.doc.token_text(t as usize))
                } else {
                    ids
                }
            } else if nominal {
                self.patterns.noun_patterns(&tok.lemma)
            } else if adjectival {
                self.patterns.adjective_patterns(&tok.lemma)
            } else {
                &[]
            };
            if ids.is_empty() {
                continue;
            }
            let reject = |rejections: &mut Vec<Rejection>, p: Option<&Pattern>, why: String| {
                let what = p.map(|p| format!("{} ({} {})", c.lemma(t), p.rule(), p.code)).unwrap_or_else(|| c.lemma(t).to_string());
                rejections.push(Rejection { token: t, message: format!("{what}: {why}"), kind: "rejected-candidate" });
            };
            if let Some(d) = discard_sentence {
                reject(rejections, None, format!("discarded: the sentence has {:?} (sport/entertainment sense)", c.lemma(d as u32)));
                continue;
            }
            if let Some(d) = self.discard_dependent(c, t, ids.iter().all(|&id| violent(self.patterns.get(id)))) {
                reject(rejections, None, format!("discarded: dependent {:?} marks a non-political sense", c.lemma(d)));
                continue;
            }
            // "suspended military aid to Ukraine": the aid stopped is no aid given.
            if nominal && (c.dep(t).is("obj") || c.dep(t).is("nsubj:pass")) {
                if let Some(h) = c.head(t).filter(|&h| self.lexicon.halting_verbs.contains(&c.lemma(h).to_ascii_lowercase())) {
                    reject(rejections, None, format!("object of {:?}, an act stopped", c.lemma(h)));
                    continue;
                }
            }
            // A weapon that is the object of a violent act ("shoots down a Russian drone in
            // Romanian airspace", "the Houthis shoot down a Saudi reconnaissance drone") is what was hit,
            // no attack of its own: its modifier names its owner or make, not an attacker. (Not under
            // a light verb, "launched drones at Kyiv", whose own patterns code the launch.)
            if nominal && c.lower_is(t, &lex.weapon_nouns) {
                let hit = c.head(t).filter(|&h| {
                    let d = c.dep(t);
                    let on_it = d.is("obj") || (d.is("obl") && c.case_of(t).is_some_and(|x| x.eq_ignore_ascii_case("down")));
                    on_it && c.doc.tokens[h as usize].upos == Upos::Verb && !lex.light_verbs.contains(c.lemma(h)) && self.patterns.verb_patterns(c.lemma(h)).iter().any(|&id| violent(self.patterns.get(id)))
                });
                if let Some(h) = hit {
                    reject(rejections, None, format!("a weapon acted on by {:?}, not an attack of its own", c.lemma(h)));
                    continue;
                }
            }
            if nominal {
                if let Some(why) = self.background(c, t) {
                    reject(rejections, None, why);
                    continue;
                }
            }
            // A gerund clause under a background preposition is that background in verbal form,
            // no event of its own as the noun would be none ("failed to agree over implementing
            // sanctions against Israel", as "over the sanctions").
            if verbal {
                if let Some(case) = self.background_gerund(c, t) {
                    reject(rejections, None, format!("background: a gerund under {case:?}"));
                    continue;
                }
            }
            let mut claimed = None;
            if let Some(h) = self.content_head(c, t) {
                if verbal && self.own_claim(c, h, t) {
                    claimed = Some(h);
                } else if nominal && self.claimed_responsibility(c, t) == Some(h) {
                    // "claimed responsibility for an attack on a U.S. destroyer": the act claimed
                    // is asserted, the claimer its doer (`lends_subject`), beside the claim (015).
                } else {
                    reject(rejections, None, format!("content of {:?}, not an asserted event", c.lemma(h)));
                    continue;
                }
            }
            let m = if nominal { self.match_noun(c, t, ids) } else { self.match_verb(c, t, ids) };
            let mut m = match m {
                Ok(m) => m,
                Err((p, why)) => {
                    reject(rejections, p.map(|p| self.patterns.get(p)), why);
                    continue;
                }
            };
            if let Some((g, why)) = &m.gave_way {
                reject(rejections, Some(self.patterns.get(*g)), why.clone());
            }
            let p = self.patterns.get(m.pattern);
            let claim_code = match (claimed, lex.claim_code.as_deref()) {
                (Some(_), Some(cc)) if violent(p) => Some(cc),
                (Some(h), _) => {
                    reject(rejections, Some(p), format!("content of {:?}, not an asserted event", c.lemma(h)));
                    continue;
                }
                _ => None,
            };
            // A law or a document does no violence: "a U.S. law that targets Americans hiding assets
            // overseas" aims at no one by force (`law_nouns`, `document_nouns`; the subject of a
            // relative clause is its antecedent). Its author's act, if any, is coded on its own verb.
            if verbal && violent(p) {
                let doer = m.sources.first().copied().map(|s| if c.is_relative_pronoun(s) { c.head(s).and_then(|v| c.head(v)).unwrap_or(s) } else { s });
                if let Some(s) = doer.filter(|&s| c.lower_is(s, &lex.law_nouns) || c.lower_is(s, &lex.document_nouns)) {
                    reject(rejections, Some(p), format!("a text ({:?}) does no violence", c.lemma(s)));
                    continue;
                }
            }
            // Harm from a typhoon, a crash or a stampede has no attacker ("kill", "injure": `harm_verbs`).
            if verbal && violent(p) && lex.harm_verbs.contains(c.lemma(t)) {
                if let Some(d) = self.disaster_cause(c, t) {
                    reject(rejections, Some(p), format!("harm from a disaster or accident ({:?}), no attacker", c.lemma(d)));
                    continue;
                }
            }
            // An event noun under a light verb ("said it would provide aid to") takes the verb's modality.
            let light = if p.nominal { m.via } else { None };
            let (mut modality, mut why) = self.modality(c, light.unwrap_or(t), 0);
            if let Some((hm, reason)) = light.and_then(|h| self.control_modality(c, h)) {
                // "is ready for talks with", "refused talks with": the noun is the head's complement.
                if rank(hm) > rank(modality) {
                    modality = hm;
                    why = Some(reason);
                }
            }
            // A verb of answering another's act threatens only when announced on a condition
            // ("said Beijing would take resolute countermeasures if Panama went ahead":
            // `conditional_threat_verbs`); asserted or unconditioned it is no threat.
            if p.code.starts_with("13") && !p.nominal && lex.conditional_threat_verbs.contains(&p.lemma) && !(modality == Modality::Intended && self.has_condition(c, t)) {
                reject(rejections, Some(p), "an answer to another's act threatens only announced on a condition".into());
                continue;
            }
            // Refused inaction on a condition is an announced reprisal: "would not sit idly by if
            // Pelosi visited Taiwan" (`conditional_inaction_verbs`); asserted inaction threatens nothing.
            if p.code.starts_with("13") && !p.nominal && lex.conditional_inaction_verbs.contains(&p.lemma) {
                if !(modality == Modality::Negated && self.has_condition(c, t)) {
                    reject(rejections, Some(p), "inaction threatens only refused on a condition".into());
                    continue;
                }
                modality = Modality::Intended;
                why = None;
            }
            let mut code = p.code.as_str();
            // A statement about relations reported by its speaker takes its tone: "said relations
            // with China were bleak" is a pessimistic comment (012), "had stabilised" an optimistic
            // one (013) (`relations_tone`). So do talks with a counterpart ("said talks with
            // Zelensky had gone well", `toned_exchange_nouns`), coded only with a tone.
            if p.nominal && m.inherited && (p.code == "010" || (p.code.starts_with("01") && c.lower_is(t, &lex.toned_exchange_nouns))) {
                if let Some(tc) = self.relations_tone(c, t) {
                    code = tc;
                }
                // The statement is the speaker's saying: it takes the reporting verb's modality,
                // not that of the clause it reports ("Moscow saw no prospect of normal relations
                // with Britain" is said, whatever the prospect).
                if let Some(r) = self.reporting_speaker(c, t).and_then(|s| c.head(s)) {
                    (modality, why) = self.modality(c, r, 0);
                }
            }
            // "claimed it had attacked": the claim of responsibility is what is asserted.
            if let Some(cc) = claim_code {
                code = cc;
                modality = Modality::Asserted;
                why = None;
            }
            if modality == Modality::Intended {
                // A reduction of relations announced on a condition is a threat ("would cut ties
                // if ...": `conditional_threat_codes`); any other intent takes its intent code.
                let threat = lex.conditional_threat_code(code).filter(|_| self.has_condition(c, light.unwrap_or(t)));
                if let Some(ic) = threat.or_else(|| lex.intent_code(code)) {
                    code = ic;
                }
            }
            // Refused cooperation is an asserted rejection (CAMEO root 12): "will not lift the ban"
            // (1241), "refused talks with" (125); so is a failed accord, "failed to reach agreement
            // on a prisoner exchange" (057 → 120, `failure_codes`).
            if modality == Modality::Negated {
                let at = light.unwrap_or(t);
                // Cooperation said to go on "no longer" or "not ... any more" is stopped (root 16,
                // `discontinued_codes`): "will not send any more military aid to Ukraine" 1622.
                let stopped = self.discontinued(c, at).then(|| lex.discontinued_code(code)).flatten();
                let refused = stopped.or_else(|| self.refused(c, at, light.is_some()).then(|| lex.refusal_code(code)).flatten());
                if let Some(rc) = refused.or_else(|| self.failed(c, at).then(|| lex.failure_code(code)).flatten()) {
                    code = rc;
                    modality = Modality::Asserted;
                    why = None;
                }
            }
            // An act only considered is the policy option considered (CAMEO 014): "is considering
            // sending aid to Kyrgyzstan" (`considering_heads`, `considered_code`).
            if modality == Modality::Hypothetical {
                if let Some(cc) = lex.considered_code.as_deref().filter(|_| self.considering_head(c, light.unwrap_or(t)).is_some()) {
                    code = cc;
                    modality = Modality::Asserted;
                    why = None;
                }
            }
            let Some(entry) = self.table.get(code) else {
                reject(rejections, Some(p), format!("code {code} is not in the CAMEO table"));
                continue;
            };
            // Pairs of actors: sources × targets, or reciprocal pairs among coordinated sources.
            let mut pairs: Vec<(u32, Option<u32>, bool)> = Vec::new();
            // The state a held place lies in, the target when the pattern's target word is one.
            let mut held_place: Option<Participant> = None;
            let (src_mentions, mut tgt_mentions) = match m.actors.take() {
                Some(found) => found,
                None => {
                    let src = self.source_mentions(c, p, &m);
                    let tgt = self.target_mentions(c, t, p, &m, &src);
                    (src, tgt)
                }
            };
            // An intent announced to someone is a commitment to them (`commitment_addressee`).
            if modality == Modality::Intended && code.starts_with("03") && !p.nominal {
                let to = self.commitment_addressee(c, t, &src_mentions);
                if !to.is_empty() {
                    tgt_mentions = to;
                }
            }
            if src_mentions.is_empty() {
                let subj = m.sources.first().map(|&s| format!("{:?} is not a known actor", c.doc.token_text(s as usize))).unwrap_or_else(|| "no subject or agent in the parse".into());
                reject(rejections, Some(p), format!("no source actor: {subj}"));
                continue;
            }
            // "Russia and Ukraine exchanged prisoners": coordinated subjects of a verb of exchange
            // (`mutual_verbs`) act on each other, whatever the object names.
            let src_code = |x: u32| c.doc.mentions[x as usize].actor.code.as_str();
            let mutual_verb = verbal
                && src_mentions.iter().any(|&(a, _)| src_code(a) != src_code(src_mentions[0].0))
                && lex.mutual_verbs.contains(&c.lemma(t).to_ascii_lowercase());
            // "Britons and Americans who had fought for Ukraine": coordinated sources of a violent
            // act on a third party's side fight together, neither each other nor that side.
            if violent(p) && src_mentions.len() >= 2 && {
                let side = parties::allied_side(c, t, &src_mentions);
                !side.is_empty() && tgt_mentions.iter().all(|(tg, _)| side.contains(tg))
            } {
                reject(rejections, Some(p), "coordinated sources fight on the side named after 'for' or 'alongside'".into());
                continue;
            }
            // "India and Pakistan expelled each other's diplomats": a target owned by "each other"
            // is each source's act on the other, whatever country the target's words were given.
            let owned_mutually = src_mentions.len() >= 2 && m.targets.first().is_some_and(|&x| c.kids(x).iter().any(|&k| c.dep(k).is("nmod:poss") && each_other(c, k)));
            // "Putin and Xi held talks over Taiwan": coordinated parties of a reciprocal act whose
            // only targets are its topic, place or occasion act on each other.
            if mutual_verb || owned_mutually || self.reciprocal_sources(c, t, p, &m, &src_mentions, &tgt_mentions) {
                for &(a, va) in &src_mentions {
                    for &(b, _) in &src_mentions {
                        if src_code(a) != src_code(b) {
                            pairs.push((a, Some(b), va));
                        }
                    }
                }
            } else if p.target == TargetRole::None {
                // A targetless pattern may still have found a place as target (`locative_target`).
                let tg = tgt_mentions.first().map(|&(t, _)| t);
                // Or a place named by its holder that the act is aimed at, in an "on", "at",
                // "against" or "into" phrase of the verb or its object ("dropped a chlorine
                // cylinder on the rebel-held town": `held_place_country`).
                if tg.is_none() && violent(p) {
                    held_place = self.aimed_held_place(c, t, &src_mentions);
                }
                for &(s, via) in &src_mentions {
                    pairs.push((s, tg, via));
                }
            } else if tgt_mentions.is_empty() {
                // "Russia and Ukraine blamed each other": each is the other's target.
                let mutual = m.targets.first().is_some_and(|&x| each_other(c, x));
                // (Violence only when the act is mutual by its words or a "between" phrase:
                // "clashes between the army and rebels"; not "the army and police launched an
                // offensive".)
                let reciprocal = lex.reciprocal_pattern(p) && (!violent(p) || mutual_act(lex, c, t, p, &m, &src_mentions));
                // (Not parties who only put the act forward: "Pakistan and Qatar propose a
                // ceasefire", "the ceasefire plan proposed by Egypt and Qatar" name mediators,
                // `proposing_verbs`.)
                let proposed = m.via.is_some_and(|v| c.lower_is(v, &lex.proposing_verbs)) || (p.nominal && parties::proposed_by(lex, c, t).is_some_and(|a| m.sources.contains(&a)));
                if src_mentions.len() >= 2 && (reciprocal || mutual) && !proposed {
                    for &(a, va) in &src_mentions {
                        for &(b, _) in &src_mentions {
                            if a != b {
                                pairs.push((a, Some(b), va));
                            }
                        }
                    }
                } else if (parties::home_measure(&p.code) || parties::party_ban(lex, c, &p.code, m.targets.first().copied()) || (parties::home_seizure(&p.code) && c.heads_own_clause(t))) && src_mentions.iter().all(|&(s, _)| parties::home_state(lex, &p.code, &c.doc.mentions[s as usize]).is_some()) {
                    // A state's curfew, emergency or police measure whose target word names no actor
                    // ("imposed a curfew on the capital") is aimed at the state itself (`home_state`,
                    // below), and so is its ban on a party no dictionary knows (`party_ban`); so is a place that names no actor seized by rebels (`home_seizure`),
                    // when the sentence asserts the seizure in a clause of its own (not "the occupied
                    // West Bank", nor "an allegation that the NPFL had taken over the city").
                    pairs.extend(src_mentions.iter().map(|&(s, via)| (s, None, via)));
                } else if let Some((w, country)) = m.targets.first().filter(|_| violent(p)).and_then(|&w| self.held_place_country(c, w, &src_mentions).map(|y| (w, y))) {
                    // Force used on a place named only by its holder ("pounded the rebel-held
                    // enclave of eastern Ghouta") is used on the state it lies in
                    // (`held_place_country`).
                    held_place = Some(Participant { actor: detente_core::Actor::new(&country, &country), range: c.doc.tokens[w as usize].range });
                    pairs.extend(src_mentions.iter().map(|&(s, via)| (s, None, via)));
                } else if let Some((w, country)) = m.targets.first().filter(|_| violent(p) && c.heads_own_clause(t)).and_then(|&w| parties::home_post(lex, c, w, &src_mentions).or_else(|| parties::home_place(lex, c, w, &src_mentions)).map(|y| (w, y))) {
                    // Rebels attacking an army base or checkpoint at home attack their state
                    // (`home_post`): "rebels ... attacked a base" SSDREB>SSD; so do rebels taking
                    // force into a town of their own state (`home_place`).
                    held_place = Some(Participant { actor: detente_core::Actor::new(&country, &country), range: c.doc.tokens[w as usize].range });
                    pairs.extend(src_mentions.iter().map(|&(s, via)| (s, None, via)));
                } else if let Some(doer) = m.targets.first().filter(|_| p.code.starts_with("09")).and_then(|&w| parties::investigated_doer(c, w)).filter(|&d| !src_mentions.iter().any(|&(s, _)| s == d)) {
                    // An inquiry into an act no actor names is aimed at the act's doer
                    // (`investigated_doer`): "opened an investigation into crimes committed by
                    // Venezuela's government" ICC>VEN.
                    pairs.extend(src_mentions.iter().map(|&(s, via)| (s, Some(doer), via)));
                } else {
                    let tgt = m.targets.first().map(|&x| self.lost_target(c, x, &src_mentions)).unwrap_or_else(|| format!("no {} in the parse", target_words(p)));
                    reject(rejections, Some(p), format!("no target actor: {tgt}"));
                    continue;
                }
            } else {
                // The source's own country among several targets is its side, not a target:
                // "praised the cooperation between Russia and China" (Putin to China only).
                let own_country = |sm: u32, tm: u32| {
                    let (sa, ta) = (&c.doc.mentions[sm as usize].actor, &c.doc.mentions[tm as usize].actor);
                    ta.code.len() == 3 && (sa.code.get(..3) == Some(ta.code.as_str()) || sa.country.as_deref() == Some(ta.code.as_str())) && !matches!(ta.code.as_str(), "IGO" | "NGO" | "IMG" | "MNC")
                };
                for &(s, via) in &src_mentions {
                    let others = tgt_mentions.iter().any(|&(tg, _)| !own_country(s, tg));
                    for &(tg, via2) in &tgt_mentions {
                        if others && tgt_mentions.len() > 1 && own_country(s, tg) {
                            continue;
                        }
                        pairs.push((s, Some(tg), via || via2));
                    }
                }
            }
            // Co-agents of one state acting together are no dyad: "the army and police began
            // joint operations" is no cooperation of the army with the police (`co_agents`). (Not
            // violence, whose mutual act names two sides: "police and soldiers clashed".)
            if !violent(p) && !pairs.is_empty() {
                let before = pairs.len();
                pairs.retain(|&(a, b, _)| !b.is_some_and(|b| src_mentions.iter().any(|&(x, _)| x == b) && co_agents(lex, &c.doc.mentions[a as usize].actor, &c.doc.mentions[b as usize].actor)));
                if pairs.is_empty() {
                    reject(rejections, Some(p), format!("{before} pairs of co-agents of one state acting together, no dyad"));
                    continue;
                }
            }
            // A joint operation of civil authorities is police cooperation, not military.
            let civil = p.code == "062" && p.nominal && {
                let parties_found: Vec<u32> = pairs.iter().flat_map(|&(s, tg, _)| std::iter::once(s).chain(tg)).collect();
                parties::civil_operation(c, self.lexicon, t, &parties_found)
            };
            let entry = if civil { self.table.get("063").unwrap_or(entry) } else { entry };
            let before = events.len();
            for (s, tg, via) in pairs {
                let sm = &c.doc.mentions[s as usize];
                let tm = tg.map(|x| &c.doc.mentions[x as usize]);
                // A clash's participants decide its code: the crowd's side of "clashes between
                // protesters and security forces" is a violent protest, the forces' side repression.
                let head_word = |m: &detente_core::Mention| c.doc.tokens.get(m.head as usize).map(|k| k.lemma.to_lowercase()).unwrap_or_default();
                let entry = lex
                    .clash
                    .as_ref()
                    .filter(|_| modality == Modality::Asserted)
                    .and_then(|k| k.code_for(entry.code.as_str(), &c.lemma(t).to_lowercase(), &head_word(sm), tm.map(head_word).as_deref()).map(str::to_string))
                    .and_then(|code| self.table.get(&code))
                    .unwrap_or(entry);
                if let Some(tm) = tm {
                    // (Not a place of the source's own country as the target of a domestic show of
                    // force or restriction, `home_place`: "Pakistan deployed troops in Islamabad".)
                    let home = tm.kind == MentionKind::Place && (parties::home_act(&p.code) || self.home_patrol(c, &p.code, t));
                    // (Two rival armed groups under one code are two sides: `parties::rival_groups`.)
                    // (So are two people named under one code when one disapproves of or
                    // accuses the other: `parties::rival_officials`.)
                    // (And two groups of private people when one assaults the other: `parties::civilians_apart`.)
                    let rivals = tg.is_some_and(|x| (violent(p) && parties::rival_groups(lex, c, s, x)) || parties::rival_officials(c, entry.code.as_str(), s, x) || (entry.code.starts_with("18") && parties::civilians_apart(c, s, x)));
                    if (tm.actor.code == sm.actor.code && !home && !rivals) || s == tg.unwrap_or(NONE) {
                        reject(rejections, Some(p), format!("source and target are the same actor ({})", sm.actor.code));
                        continue;
                    }
                    // A visit to or hosting in one's own country is no visit ("Nepalese troops
                    // arrived in Nepal" is a parse or attribution slip).
                    if matches!(p.code.as_str(), "042" | "043") && tm.actor.code.len() == 3 && sm.actor.country.as_deref() == Some(tm.actor.code.as_str()) {
                        reject(rejections, Some(p), format!("a visit of {} to its own country", sm.actor.code));
                        continue;
                    }
                }
                // An event noun restating a coded verb's act between the same actors ("launched an
                // air strike on": 195 on the verb) adds nothing, even with a vaguer code of the root.
                // (So does a generic verb of the root after a specific act between the same actors:
                // "a missile strike kills 19 people and injures 50 others", 194 then 190.)
                let generic_verb = !p.nominal && generic(&entry.code) && tm.is_some();
                let same_code = |e: &Event| if p.nominal || generic_verb { e.cameo.get(..2) == entry.code.get(..2) } else { e.cameo == entry.code };
                // A targetless restatement of an act already coded with a target adds nothing either
                // ("is refusing to lift the curfew on Palestinians": 1241 on "refuse", with its target).
                // Nor does an event noun whose light verb was itself coded for this source ("gunmen
                // opened fire on": 180 on "open +fire", not also the 190 of the noun "fire"); a
                // meeting the verb's act followed is no restatement ("releases prisoners following
                // negotiations with").
                // (Nor is the act claimed a restatement of the claim: "claimed responsibility for an
                // attack on" is 015 and the attack.)
                let light_range = light.filter(|&h| !(p.code.starts_with("04") && occasion_phrase(c, t)) && self.claimed_responsibility(c, t) != Some(h)).map(|h| c.doc.tokens[h as usize].range);
                let dup = events[first_event..].iter().position(|e: &Event| {
                    (same_code(e) || (p.nominal && light_range == Some(e.verb))) && e.source.actor.code == sm.actor.code && (tm.is_none() || e.target.as_ref().map(|x| &x.actor.code) == tm.map(|x| &x.actor.code))
                });
                if let Some(i) = dup {
                    // A noun naming the kind of a generic act of its root ("were killed in a Russian
                    // drone attack": 190 on "kill", 195 of "drone") gives the act its code (not the
                    // object of a light verb coded for it: "mounted an invasion" stays 190).
                    let e = &mut events[first_event + i];
                    if p.nominal && generic(&e.cameo) && light_range != Some(e.verb) && entry.code != e.cameo && entry.code.get(..2) == e.cameo.get(..2) && e.modality == modality {
                        recode(e, entry);
                        e.rule = p.rule();
                    }
                    continue;
                }
                let mut confidence: f32 = 0.9;
                if m.inherited {
                    confidence -= 0.15;
                }
                if via {
                    confidence -= 0.1;
                }
                if p.nominal {
                    confidence -= 0.15;
                }
                if sm.kind == MentionKind::Pronoun || tm.is_some_and(|t| t.kind == MentionKind::Pronoun) {
                    confidence -= 0.1;
                }
                if p.target == TargetRole::None {
                    confidence -= 0.1;
                }
                if (c.dep(t).as_str() == "acl" && !c.is_root_participle(t)) || c.dep(t).as_str() == "acl:relcl" {
                    // A participle or relative clause describing a noun is background ("forces backed
                    // by Russian warplanes"; "would release hostages they are holding": the release
                    // is the news, not the holding).
                    confidence -= 0.2;
                }
                events.push(Event {
                    sentence,
                    source: Participant { actor: sm.actor.clone(), range: sm.range },
                    // (No target named: a state's domestic act is aimed at the state itself, "Yoon
                    // declared martial law" KORGOV>KOR; so is dissent, unless it is held for a
                    // cause, "rallied in Berlin in support of Kurdish forces".)
                    target: tm.map(|t| Participant { actor: t.actor.clone(), range: t.range }).or_else(|| held_place.clone()).or_else(|| {
                        let for_a_cause = p.code.starts_with("14") && c.kids(t).iter().any(|&k| self.support_phrase(c, k));
                        // (And a show of force done to put down unrest acts at home: "deployed the
                        // army to quell student-led protests" BGD>BGD, `keeps_order`.)
                        let keeps_order = || p.code.starts_with("15") && !p.nominal && self.keeps_order(c, t);
                        (!for_a_cause).then(|| parties::home_state(lex, &p.code, sm)).flatten().or_else(|| keeps_order().then(|| parties::own_state_target(lex, sm)).flatten())
                    }),
                    cameo: entry.code.clone(),
                    goldstein: entry.goldstein,
                    quad_class: entry.quad_class,
                    plover: entry.plover(),
                    modality,
                    verb: c.doc.tokens[t as usize].range,
                    rule: p.rule(),
                    date: None,
                    location: None,
                    confidence: confidence.max(0.3),
                });
            }
            // The event a pattern declares its own implies (`implies` in the pattern files): hosting
            // one foreign guest (043) is the guest's visit (042 reversed; our dev set codes both:
            // "Lula received Sanchez in Brasilia", "Zelensky was received by Duda in Warsaw"). Not
            // for several guests hosted for a meeting among them ("hosted his Afghan and Pakistani
            // counterparts"), nor between parties of one country or of none.
            if let (Some(implied), true) = (&p.implies, events.len() > before) {
                let parties: std::collections::BTreeSet<&str> = events[before..].iter().filter_map(|e| e.target.as_ref()).map(|t| t.actor.code.as_str()).collect();
                if let (1, Some(entry)) = (parties.len(), self.table.get(&implied.code)) {
                    let more: Vec<Event> = events[before..]
                        .iter()
                        .filter(|e| e.cameo == p.code)
                        .filter_map(|e| {
                            let other = e.target.clone()?;
                            let (Some(a), Some(b)) = (e.source.actor.country.as_deref(), other.actor.country.as_deref()) else {
                                return None;
                            };
                            let (source, target) = if implied.reversed { (other.clone(), e.source.clone()) } else { (e.source.clone(), other.clone()) };
                            (a != b).then(|| Event { source, target: Some(target), cameo: entry.code.clone(), goldstein: entry.goldstein, quad_class: entry.quad_class, plover: entry.plover(), confidence: e.confidence - 0.1, ..e.clone() })
                        })
                        .collect();
                    events.extend(more);
                }
            }
            if events.len() > before {
                if modality != Modality::Asserted {
                    if let Some(why) = why {
                        rejections.push(Rejection { token: t, message: format!("{} ({} {}): coded {} because {why}", c.lemma(t), p.rule(), entry.code, modality.as_str()), kind: "modality" });
                    }
                }
                if !verbal && self.instrument_author(c, t).is_some() {
                    instruments.extend(c.head(t));
                }
                if verbal && c.dep(t).as_str() == "acl" && c.doc.tokens[t as usize].xpos.as_str() == "VBG" {
                    if let Some(g) = c.head(t).filter(|&h| c.lower_is(h, &lex.document_nouns)).and_then(|h| c.head(h)) {
                        documented.push(g);
                    }
                }
                // An intent or aspect head whose complement was coded gives way to it.
                if c.dep(t).is("xcomp") {
                    if let Some(h) = c.head(t) {
                        absorbed.push((h, events[before..].iter().any(|e| e.target.is_some()), t));
                    }
                }
            }
        }
        self.code_joint_acts(c, sentence, first_event, events);
        self.code_acts_abroad(c, sentence, first_event, events);
        self.consequence_takes_kind(c, first_event, events);
        place_gives_way_to_victim(c, first_event, events);
        // A targetless event restating an act of the same root coded for the same source with a
        // target, in either order ("a suicide bomber blew himself up ..., killing three people").
        let mut i = first_event;
        while i < events.len() {
            let e = &events[i];
            let restated = e.target.is_none()
                && events[first_event..].iter().any(|o| o.target.is_some() && o.source.actor.code == e.source.actor.code && o.cameo.get(..2) == e.cameo.get(..2) && is_reported(o) == is_reported(e));
            if restated {
                events.remove(i);
            } else {
                i += 1;
            }
        }
        // The terms of an agreement signed, stated in a participle clause on its signing, are the
        // agreement, no intent of their own: "signed a mutual defence pact ..., committing each to
        // assist the others" is the 057 alone (CAMEO 1.1b3: 057 "sign formal agreement" covers
        // the commitments the agreement makes; an "-ing" clause after it says what it does).
        let signing = |w: u32| c.head(w).into_iter().flat_map(|h| std::iter::once(h).chain(c.head(h).filter(|_| c.dep(h).is("obj")))).map(|h| c.doc.tokens[h as usize].range).collect::<Vec<_>>();
        let mut i = first_event;
        while i < events.len() {
            let e = &events[i];
            let terms = e.cameo.starts_with("03")
                && c.token_at(e.verb).is_some_and(|w| {
                    let participle = c.doc.tokens[w as usize].xpos.as_str() == "VBG" && matches!(c.dep(w).as_str(), "advcl" | "acl");
                    let heads = signing(w);
                    participle && events[first_event..].iter().any(|o| o.cameo == "057" && heads.contains(&o.verb) && o.source.actor.code == e.source.actor.code && o.target.as_ref().map(|x| &x.actor.code) == e.target.as_ref().map(|x| &x.actor.code))
                });
            if terms {
                events.remove(i);
            } else {
                i += 1;
            }
        }
        // A generic act of a root gives way to a specific act of the same root between the same
        // actors coded on a word it governs ("refuses to comply with the decree": 124 on the
        // refused complement, not also 120 on "refuse"; "rejects requests to remove"). A conjunct
        // is an act of its own ("agreed to halt strikes and will hold a meeting").
        let governs = |g: u32, mut k: u32| (0..8).any(|_| match c.head(k).filter(|_| !(c.dep(k).is("conj") || c.dep(k).is("parataxis"))) {
            Some(h) => {
                k = h;
                h == g
            }
            None => false,
        });
        let mut i = first_event;
        while i < events.len() {
            let e = &events[i];
            let specific = generic(&e.cameo)
                && e.target.is_some()
                && c.token_at(e.verb).is_some_and(|g| {
                    events[first_event..].iter().any(|o| {
                        o.cameo != e.cameo && o.cameo.get(..2) == e.cameo.get(..2) && o.source.actor.code == e.source.actor.code && o.target.as_ref().map(|x| &x.actor.code) == e.target.as_ref().map(|x| &x.actor.code) && is_reported(o) == is_reported(e) && c.token_at(o.verb).is_some_and(|k| governs(g, k))
                    })
                });
            if specific {
                events.remove(i);
            } else {
                i += 1;
            }
        }
        if !instruments.is_empty() {
            let mut i = first_event;
            while i < events.len() {
                if let Some(&g) = instruments.iter().find(|&&g| c.doc.tokens[g as usize].range == events[i].verb) {
                    let e = events.remove(i);
                    rejections.push(Rejection { token: g, message: format!("{} ({} {}): gives way to the coded act of its document", c.lemma(g), e.rule, e.cameo), kind: "rejected-candidate" });
                } else {
                    i += 1;
                }
            }
        }
        if !documented.is_empty() {
            let verbs: Vec<_> = documented.iter().map(|&g| c.doc.tokens[g as usize].range).collect();
            let mut i = first_event;
            while i < events.len() {
                if events[i].cameo.starts_with("01") && verbs.contains(&events[i].verb) {
                    let e = events.remove(i);
                    let g = documented.iter().copied().find(|&g| c.doc.tokens[g as usize].range == e.verb).unwrap_or(0);
                    rejections.push(Rejection { token: g, message: format!("{} ({} {}): gives way to the coded act of its document", c.lemma(g), e.rule, e.cameo), kind: "rejected-candidate" });
                } else {
                    i += 1;
                }
            }
        }
        // Remove head events absorbed by their coded complement ("agreed to send aid": 033, not 030).
        // A complement coded with no target absorbs no head event that has one, and gives way to
        // it ("agreed to deploy troops with Australia": 0312 with its partner, not a bare 154).
        if !absorbed.is_empty() {
            let range = |x: u32| c.doc.tokens[x as usize].range;
            let head_kept = |h: u32, events: &[Event]| events.iter().any(|e| e.verb == range(h) && e.target.is_some());
            let mut i = first_event;
            while i < events.len() {
                let tok = events[i].verb;
                let has_target = events[i].target.is_some();
                let absorbed_here = absorbed.iter().any(|&(h, comp_target, _)| range(h) == tok && self.lexicon.intent_heads.contains(c.lemma(h)) && (comp_target || !has_target));
                let yields = !has_target && absorbed.iter().any(|&(h, comp_target, k)| !comp_target && range(k) == tok && self.lexicon.intent_heads.contains(c.lemma(h)) && head_kept(h, &events[first_event..]));
                if absorbed_here || yields {
                    let e = events.remove(i);
                    let h = absorbed.iter().find(|&&(h, _, k)| range(h) == tok || range(k) == tok).map(|&(h, _, k)| if range(h) == tok { h } else { k }).unwrap_or(0);
                    let why = if absorbed_here { "gives way to its coded complement" } else { "gives way to its head's event with a target" };
                    rejections.push(Rejection { token: h, message: format!("{} ({} {}): {why}", c.lemma(h), e.rule, e.cameo), kind: "rejected-candidate" });
                } else {
                    i += 1;
                }
            }
        }
        // A speaker's stated stance toward another country, when nothing else in their words was
        // coded (`code_stances`).
        self.code_stances(c, sentence, first_event, events);
    }

    /// A generic act of force (180, 190) coded on a participle clause that states what a specific
    /// act of force of the same source did ("Al-Shabaab militants detonated two car bombs outside
    /// the ministry, killing at least 100 people"; "carried out a suicide bomb attack, wounding two
    /// police officers") is that act's consequence, not a second kind of act: it takes the code of
    /// the act coded on the verb it qualifies when that code names the means (bombing, small
    /// arms, artillery, air strike, mass violence: CAMEO 1.1b3 codes the bombing, 183, with its
    /// victims), and goes when that leaves it a restatement of an event already coded.
    fn consequence_takes_kind(&self, c: &Ctx, first_event: usize, events: &mut Vec<Event>) {
        // Acts whose kind is the means that kills or wounds: bombings (183x), small arms (193),
        // artillery (194), air strikes (195x), mass violence (20x); not an occupation, blockade
        // or abduction whose clause goes on to a killing ("storm the hall, killing an employee").
        let means = |code: &str| self.lexicon.means_of_violence.iter().any(|m| code.starts_with(m.as_str())) && !generic(code);
        let mut i = first_event;
        while i < events.len() {
            let e = &events[i];
            let kind = (violent_code(&e.cameo) && generic(&e.cameo))
                .then(|| c.token_at(e.verb))
                .flatten()
                .filter(|&t| c.doc.tokens[t as usize].xpos.as_str() == "VBG" && c.dep(t).as_str() == "advcl")
                .and_then(|t| c.head(t))
                .and_then(|h| {
                    let range = c.doc.tokens[h as usize].range;
                    events[first_event..].iter().find(|o| o.verb == range && o.source.actor.code == e.source.actor.code && o.modality == e.modality && means(&o.cameo)).map(|o| (o.cameo.clone(), o.rule.clone()))
                })
                .and_then(|(code, rule)| self.table.get(&code).map(|entry| (entry, rule)));
            let Some((entry, rule)) = kind else {
                i += 1;
                continue;
            };
            let restated = events[first_event..].iter().any(|o| o.cameo == entry.code && o.source.actor.code == events[i].source.actor.code && o.target.as_ref().map(|x| &x.actor.code) == events[i].target.as_ref().map(|x| &x.actor.code));
            if restated {
                events.remove(i);
                continue;
            }
            let e = &mut events[i];
            recode(e, entry);
            e.rule = rule;
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests;
