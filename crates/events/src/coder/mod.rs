//! The event coder: finds event verbs and nouns, their source and target actors through
//! the dependency parse, the modality, and fills [`Event`]s.
use crate::{CameoTable, Lexicon, Pattern, PatternSet, TargetRole};
use detente_core::{Diagnostic, Document, Event, MentionKind, Modality, Participant, Stage, Upos};

mod view;
use view::{Ctx, Scratch, NONE};

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
        let repaired = repair_participles(doc, &self.lexicon.temporal_nouns, &|l| !self.patterns.verb_patterns(l).is_empty());
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
            let ctx = Ctx { doc, base: range.start, end: range.end, s: &scratch };
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
        for t in c.base as u32..c.end as u32 {
            let tok = &c.doc.tokens[t as usize];
            let verbal = matches!(tok.upos, Upos::Verb) || (tok.upos != Upos::Noun && tok.xpos.is_verbal() && tok.upos != Upos::Aux) || c.is_mistagged_verb(t);
            let nominal = matches!(tok.upos, Upos::Noun) && !verbal;
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
            if let Some(d) = self.discard_dependent(c, t) {
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
            let mut claimed = None;
            if let Some(h) = self.content_head(c, t) {
                if verbal && self.own_claim(c, h, t) {
                    claimed = Some(h);
                } else {
                    reject(rejections, None, format!("content of {:?}, not an asserted event", c.lemma(h)));
                    continue;
                }
            }
            let m = if verbal { self.match_verb(c, t, ids) } else { self.match_noun(c, t, ids) };
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
            let mut code = p.code.as_str();
            // "claimed it had attacked": the claim of responsibility is what is asserted.
            if let Some(cc) = claim_code {
                code = cc;
                modality = Modality::Asserted;
                why = None;
            }
            if modality == Modality::Intended {
                if let Some(ic) = lex.intent_code(code) {
                    code = ic;
                }
            }
            // Refused cooperation is an asserted rejection (CAMEO root 12): "will not lift the ban"
            // (1241), "refused talks with" (125).
            if modality == Modality::Negated && self.refused(c, light.unwrap_or(t), light.is_some()) {
                if let Some(rc) = lex.refusal_code(code) {
                    code = rc;
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
            let (src_mentions, tgt_mentions) = match m.actors.take() {
                Some(found) => found,
                None => {
                    let src = self.source_mentions(c, p, &m);
                    let tgt = self.target_mentions(c, t, p, &m, &src);
                    (src, tgt)
                }
            };
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
            if mutual_verb {
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
                for &(s, via) in &src_mentions {
                    pairs.push((s, tg, via));
                }
            } else if tgt_mentions.is_empty() {
                // "Russia and Ukraine blamed each other": each is the other's target.
                let mutual = m.targets.first().is_some_and(|&x| each_other(c, x));
                if src_mentions.len() >= 2 && (lex.reciprocal(&p.code) || mutual) {
                    for &(a, va) in &src_mentions {
                        for &(b, _) in &src_mentions {
                            if a != b {
                                pairs.push((a, Some(b), va));
                            }
                        }
                    }
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
                    if tm.actor.code == sm.actor.code || s == tg.unwrap_or(NONE) {
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
                let same_code = |e: &Event| if p.nominal { e.cameo.get(..2) == entry.code.get(..2) } else { e.cameo == entry.code };
                // A targetless restatement of an act already coded with a target adds nothing either
                // ("is refusing to lift the curfew on Palestinians": 1241 on "refuse", with its target).
                // Nor does an event noun whose light verb was itself coded for this source ("gunmen
                // opened fire on": 180 on "open +fire", not also the 190 of the noun "fire").
                let light_range = light.map(|h| c.doc.tokens[h as usize].range);
                let dup = events[first_event..].iter().position(|e: &Event| {
                    (same_code(e) || (p.nominal && light_range == Some(e.verb))) && e.source.actor.code == sm.actor.code && (tm.is_none() || e.target.as_ref().map(|x| &x.actor.code) == tm.map(|x| &x.actor.code))
                });
                if let Some(i) = dup {
                    // A noun naming the kind of a generic act of its root ("were killed in a Russian
                    // drone attack": 190 on "kill", 195 of "drone") gives the act its code (not the
                    // object of a light verb coded for it: "mounted an invasion" stays 190).
                    let e = &mut events[first_event + i];
                    let generic = e.cameo.len() == 3 && e.cameo.ends_with('0');
                    if p.nominal && generic && light_range != Some(e.verb) && entry.code != e.cameo && entry.code.get(..2) == e.cameo.get(..2) && e.modality == modality {
                        e.cameo = entry.code.clone();
                        e.goldstein = entry.goldstein;
                        e.quad_class = entry.quad_class;
                        e.plover = entry.plover();
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
                if c.dep(t).as_str() == "acl" && !c.is_root_participle(t) {
                    // A participle describing a noun is background ("forces backed by Russian warplanes").
                    confidence -= 0.2;
                }
                events.push(Event {
                    sentence,
                    source: Participant { actor: sm.actor.clone(), range: sm.range },
                    target: tm.map(|t| Participant { actor: t.actor.clone(), range: t.range }),
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
            if events.len() > before {
                if modality != Modality::Asserted {
                    if let Some(why) = why {
                        rejections.push(Rejection { token: t, message: format!("{} ({} {}): coded {} because {why}", c.lemma(t), p.rule(), entry.code, modality.as_str()), kind: "modality" });
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
    }

    /// The source actors of a matched pattern: the mentions of its source words, else the speaker
    /// of a reported clause whose subject pronoun is unresolved, else (for a verb) the agent of an
    /// act named as its subject ("an attack by militants killed 12").
    fn source_mentions(&self, c: &Ctx, p: &Pattern, m: &Match) -> Vec<(u32, bool)> {
        let mut src_mentions: Vec<(u32, bool)> = m.sources.iter().filter_map(|&s| c.mention_for(s)).collect();
        if src_mentions.is_empty() {
            // "Farc has said it will release ...": an unresolved subject pronoun of a reported
            // clause stands for the reporting verb's subject.
            if let Some(&s) = m.sources.first() {
                src_mentions.extend(self.reported_speakers(c, s).into_iter().map(|x| (x, true)));
            }
        }
        if src_mentions.is_empty() && !p.nominal {
            // "The Russian-led offensive killed 20", "an attack by militants killed 12": an act
            // as subject stands for its agent.
            if let Some(&s) = m.sources.first().filter(|&&s| c.doc.tokens[s as usize].upos == Upos::Noun && self.patterns.noun_patterns(c.lemma(s)).iter().any(|&id| violent(self.patterns.get(id)))) {
                let mut by = Vec::new();
                self.obliques(c, s, &["by".to_string()], &mut by);
                // (Or the agent of its participle: "a car bomb planted by al-Shabaab killed 20".)
                if let Some(a) = by.first().copied().or_else(|| self.led_by(c, s)).or_else(|| {
                    c.kids(s).iter().copied().filter(|&k| c.dep(k).as_str() == "acl" && c.doc.tokens[k as usize].xpos.as_str() == "VBN").find_map(|k| c.kids(k).iter().copied().find(|&g| c.dep(g).is("obl:agent") || (c.dep(g).is("obl") && c.case_of(g) == Some("by"))))
                }) {
                    src_mentions.extend(c.mention_for(a).map(|(x, _)| (x, true)));
                }
            }
        }
        src_mentions
    }

    /// The target actors of pattern `p` matched at `t`: the mentions of its target words, else
    /// those found through the target noun, the place of violence in another country, the party
    /// a threat's condition is on or the place visited. Empty when none is an actor.
    fn target_mentions(&self, c: &Ctx, t: u32, p: &Pattern, m: &Match, src_mentions: &[(u32, bool)]) -> Vec<(u32, bool)> {
        // (An act of violence done in a city named as a place, in another country than its
        // source's, targets that country: "a Russian drone attack in Kharkiv".)
        let src_country = src_mentions.first().and_then(|&(sm, _)| c.doc.mentions[sm as usize].actor.country.as_deref());
        let elsewhere = |x: u32| violent(p) && src_country.is_some_and(|sc| c.doc.mentions[x as usize].actor.country.as_deref().is_some_and(|pc| pc != sc));
        let mut tgt_mentions: Vec<(u32, bool)> = m.targets.iter().filter_map(|&s| c.mention_for(s).or_else(|| c.place_at(s).filter(|&x| elsewhere(x)).map(|x| (x, false)))).collect();
        let code_of = |m: u32| c.doc.mentions[m as usize].actor.code.as_str();
        // A state's own armed forces as the object ("Britain mobilized army reservists for a
        // war against Iraq", "Jordan and Britain agreed to undertake joint military exercises"):
        // the forces are the means, not the target. (Rebels or protesters against the army are
        // a real dyad.)
        let own_forces = |sm: u32, tm: u32| own_forces(code_of(sm), code_of(tm));
        // Unnamed victims that only borrowed the attacker's country ("Palestinian suicide bombers
        // killed 23 people ... in Tel Aviv": "people" taken for Palestinians) are no dyad of their
        // own: violence done in another country targets that country.
        let borrowed = |sm: u32, tm: u32| {
            let (s, t) = (&c.doc.mentions[sm as usize], &c.doc.mentions[tm as usize]);
            // (A capitalised word names them: "Israeli civilians", not "the presidential administration".)
            let named = t.tokens.clone().any(|k| k != t.head && c.doc.token_text(k as usize).starts_with(|x: char| x.is_uppercase()));
            t.kind == MentionKind::Agent && !named && t.actor.country.is_some() && t.actor.country == s.actor.country
        };
        // (Not when an actor is named inside the victims' phrase, by more than an agent word:
        // "killed four commanders of Hamas in Gaza City" targets Hamas.)
        let named_inside = || self.target_through_noun(c, t, &m.targets, src_mentions, false, None).is_some_and(|(f, _)| c.doc.mentions[f as usize].kind != MentionKind::Agent);
        if !p.nominal && violent(p) && !tgt_mentions.is_empty() && tgt_mentions.iter().all(|&(tm, _)| src_mentions.iter().any(|&(sm, _)| borrowed(sm, tm))) && !named_inside() {
            let src = src_mentions.first().map(|&(sm, _)| c.doc.mentions[sm as usize].head).filter(|&h| (h as usize) >= c.base && (h as usize) < c.end);
            // In the clause itself, in one that says how it happened ("when they blew themselves up
            // in Tel Aviv") or in a coordinated one ("kills a woman and injures two others in Israel").
            let place = self.locative_target(c, t, m.targets.first().copied(), src, true).or_else(|| {
                // (Hung on the verb or, by a parse slip, on one of its dependents: "late Sunday when ...".)
                let near = c.kids(t).iter().copied().filter(|&k| !c.dep(k).is("nsubj")).flat_map(|k| c.kids(k).iter().copied());
                let verbal = |k: u32| matches!(c.doc.tokens[k as usize].upos, Upos::Verb);
                c.kids(t).iter().copied().chain(near).filter(|&k| c.dep(k).is("advcl") || (c.dep(k).is("conj") && verbal(k))).find_map(|k| self.locative_target(c, k, None, src, true))
            });
            if let Some((_, pm)) = place {
                tgt_mentions = vec![(pm, true)];
            }
        }
        if !tgt_mentions.is_empty() && tgt_mentions.iter().all(|&(tm, _)| src_mentions.iter().any(|&(sm, _)| code_of(sm) == code_of(tm) || own_forces(sm, tm))) {
            // The object resolved to the source's own side ("tanks shelled positions of the
            // Palestinian forces", "positions" taken for the tanks' army): look inside it.
            tgt_mentions.clear();
        }
        if tgt_mentions.is_empty() && p.target != TargetRole::None {
            // The target named through its noun: "suspended aid to El Salvador", "attacked a convoy in Gaza"
            // (a meeting's place is no counterpart: "held talks in Egypt"; a visit's is).
            let places = !p.code.starts_with("04") || p.code == "042";
            let through = |v: u32| self.target_through_noun(c, v, &m.targets, src_mentions, places, Some(&p.code)).filter(|&(f, _)| !src_mentions.iter().any(|&(sm, _)| own_forces(sm, f)));
            // Through the clause or noun the target was found in, else through the event word
            // itself ("rejected the government's dialogue offer": the target word "dialogue"
            // hangs on "offer", whose possessor is the target).
            let on_object = m.targets.first().and_then(|&x| c.head(x)).is_some_and(|h| c.dep(h).is("obj") && c.head(h) == Some(t));
            let found = through(m.via.unwrap_or(t)).or_else(|| m.via.filter(|&x| x != t && on_object).and_then(|_| through(t)));
            // Violence against unnamed victims in another country targets that country: "an
            // Israeli airstrike killed five people in Lebanon".
            let found = found.or_else(|| {
                if p.nominal || !violent(p) {
                    return None;
                }
                let src = src_mentions.first().map(|&(sm, _)| c.doc.mentions[sm as usize].head).filter(|&h| (h as usize) >= c.base && (h as usize) < c.end)?;
                self.locative_target(c, t, m.targets.first().copied(), Some(src), true).map(|(_, pm)| (pm, true))
            });
            if let Some((found, via)) = found {
                // With the actors coordinated with it: "relations with Congo and Costa Rica".
                let head = c.doc.mentions[found as usize].head;
                let mut conj = Vec::new();
                if (head as usize) >= c.base && (head as usize) < c.end {
                    c.with_conjuncts(head, &mut conj);
                }
                tgt_mentions.push((found, via));
                for k in conj.into_iter().skip(1) {
                    if let Some((mm, _)) = c.mention_for(k) {
                        if !tgt_mentions.iter().any(|x| x.0 == mm) {
                            tgt_mentions.push((mm, via));
                        }
                    }
                }
            }
        }
        if tgt_mentions.is_empty() && p.target != TargetRole::None && !p.nominal && p.code.starts_with("13") {
            // A threat made on a condition is addressed to the party the condition is on:
            // "Russia threatened to stop negotiations if the United States goes ahead".
            let party = self.condition_party(c, t).and_then(|k| c.mention_for(k)).filter(|&(tm, _)| !src_mentions.iter().any(|&(sm, _)| code_of(sm) == code_of(tm)));
            tgt_mentions.extend(party.map(|(tm, _)| (tm, true)));
        }
        if tgt_mentions.is_empty() && p.target != TargetRole::None {
            tgt_mentions.extend(visit_destination(c, &p.code, &m.targets));
        }
        if tgt_mentions.is_empty() && p.target != TargetRole::None && !p.nominal {
            // An unresolved possessive of the target in a reported clause with a subject of its
            // own is the speaker's: "Russia said Ukraine had attacked its border posts" (its =
            // Russia's). (Not the clause's subject's own: that would be no act on another.)
            let possessive = m.targets.iter().flat_map(|&x| c.kids(x).iter().copied()).find(|&k| {
                c.dep(k).is("nmod:poss") && c.doc.tokens[k as usize].upos == Upos::Pron && c.mention_for(k).is_none() && self.lexicon.speaker_possessives.contains(&c.doc.token_text(k as usize).to_ascii_lowercase())
            });
            if possessive.is_some() && !src_mentions.is_empty() && !m.inherited {
                // (Speakers of a known country other than the source's: "Iran's foreign minister
                // states that Iran seeks to end the war on its own terms" is Iran's own.)
                let country = |x: u32| c.doc.mentions[x as usize].actor.country.clone();
                let speakers = self.reporters(c, t);
                if !speakers.is_empty() && speakers.iter().all(|&sp| country(sp).is_some() && !src_mentions.iter().any(|&(sm, _)| code_of(sm) == code_of(sp) || country(sm).is_none() || country(sm) == country(sp))) {
                    tgt_mentions.extend(speakers.into_iter().map(|sp| (sp, true)));
                }
            }
        }
        tgt_mentions
    }

    /// The actors reporting the clause of verb `v`: the subject of the reporting verb whose
    /// content clause `v` is (through coordination and control, as `reported_speakers`).
    fn reporters(&self, c: &Ctx, v: u32) -> Vec<u32> {
        let mut out = Vec::new();
        let mut x = v;
        for _ in 0..4 {
            let d = c.dep(x);
            let Some(h) = c.head(x) else { break };
            if d.is("ccomp") && self.lexicon.reporting_heads.contains(&c.lemma(h).to_ascii_lowercase()) {
                if let Some((s, _)) = self.subject(c, h, 0) {
                    let mut speakers = Vec::new();
                    c.with_conjuncts(s, &mut speakers);
                    for k in speakers {
                        if let Some((m, _)) = c.mention_for(k) {
                            if !out.contains(&m) {
                                out.push(m);
                            }
                        }
                    }
                }
                break;
            }
            if !(d.is("conj") || d.is("xcomp")) {
                break;
            }
            x = h;
        }
        out
    }
    /// The actors a subject pronoun of a reported clause stands for: the subject of the reporting
    /// verb that the pronoun's clause is the complement of ("Israel has said it will not lift the
    /// embargo": it = Israel). Follows coordination and control up to the reporting clause.
    /// With coordinated speakers, one mention each ("Obama and Putin said they will ...").
    fn reported_speakers(&self, c: &Ctx, pron: u32) -> Vec<u32> {
        let mut out = Vec::new();
        let tok = &c.doc.tokens[pron as usize];
        // (Or the subject of a control adjective parsed as an expletive: "says it is willing to".)
        if tok.upos != Upos::Pron || !(c.dep(pron).is("nsubj") || c.dep(pron).is("expl")) || !self.lexicon.speaker_pronouns.contains(&c.lemma(pron).to_ascii_lowercase()) {
            return out;
        }
        let Some(mut x) = c.head(pron) else { return out };
        for _ in 0..4 {
            let d = c.dep(x);
            let Some(h) = c.head(x) else { break };
            if d.is("ccomp") && self.lexicon.reporting_heads.contains(&c.lemma(h).to_ascii_lowercase()) {
                if let Some((s, _)) = self.subject(c, h, 0) {
                    let mut speakers = Vec::new();
                    c.with_conjuncts(s, &mut speakers);
                    for k in speakers {
                        if let Some((m, _)) = c.mention_for(k) {
                            if !out.contains(&m) {
                                out.push(m);
                            }
                        }
                    }
                }
                break;
            }
            if !(d.is("conj") || d.is("xcomp")) {
                break;
            }
            x = h;
        }
        out
    }

    /// A target actor reached through a non-actor target noun or the verb's obliques:
    /// first a modifier of the noun with a directional preposition, then an oblique of the verb.
    /// Without `places`, a place ("in", "at" ...) is never the target: "held talks in Egypt"
    /// is no meeting with Egypt. With `place_code` (the code of the event) of a root in
    /// `place_target_roots`, a city named as a place in another country than the sources'
    /// stands for that country when no actor is found.
    fn target_through_noun(&self, c: &Ctx, v: u32, targets: &[u32], sources: &[(u32, bool)], places: bool, place_code: Option<&str>) -> Option<(u32, bool)> {
        const DIRECTIONAL: &[&str] = &["to", "against", "on", "for", "with", "toward", "towards", "into", "of", "from", "over"];
        const PLACE: &[&str] = &["in", "at", "near", "outside", "inside"];
        // (Nor the source's own armed forces: "launch a new military offensive in its war with
        // Iraq" is against Iraq, not the army that fights it.)
        let usable = |m: (u32, bool)| {
            let t = c.doc.mentions[m.0 as usize].actor.code.as_str();
            !sources.iter().any(|&(s, _)| {
                let s = c.doc.mentions[s as usize].actor.code.as_str();
                s == t || own_forces(s, t)
            })
        };
        // The noun's own actor modifiers first: "opposes the US arms sale to Taiwan" targets the US.
        for &n in targets {
            for &k in c.kids(n) {
                if !(c.dep(k).is("compound") || c.dep(k).is("amod") || c.dep(k).is("nmod:poss")) {
                    continue;
                }
                for &g in std::iter::once(&k).chain(c.kids(k).iter()) {
                    let d = c.dep(g);
                    if g != k && !(d.is("compound") || d.is("amod") || d.is("nmod:poss") || d.is("flat")) {
                        continue;
                    }
                    let m = c.s.mention_of[g as usize - c.base];
                    if m != NONE && usable((m, true)) {
                        return Some((m, true));
                    }
                }
            }
        }
        // The verb's own object and the nouns hanging from it: "invited Iran to a summit",
        // "raised concerns with China about the patrols".
        let objs: Vec<u32> = c.kids(v).iter().copied().filter(|&k| c.dep(k).is("obj") && !targets.contains(&k)).collect();
        for (pass, preps) in [DIRECTIONAL, if places { PLACE } else { &[] }].into_iter().enumerate() {
            if pass == 1 {
                // (Not the source's own means named as armed forces of its country: "Hezbollah
                // fired rockets at ...", "rockets" taken for Lebanese forces.)
                let own_means = |m: u32| {
                    let a = &c.doc.mentions[m as usize];
                    a.kind == MentionKind::Agent && a.actor.sector.as_deref() == Some("MIL") && a.actor.country.is_some() && sources.iter().any(|&(s, _)| c.doc.mentions[s as usize].actor.country == a.actor.country)
                };
                for &o in &objs {
                    if let Some((m, _)) = c.mention_for(o) {
                        if usable((m, true)) && !c.is_relative_pronoun(o) && !own_means(m) {
                            return Some((m, true));
                        }
                    }
                }
            }
            // (And the nouns coordinated with them: "suspended military aid and weapons deals
            // with Pakistan"; not by their own "of": "a ceasefire and the release of hostages".)
            let conjuncts: Vec<u32> = targets.iter().chain(objs.iter()).flat_map(|&n| c.kids(n).iter().copied().filter(|&k| c.dep(k).is("conj") && matches!(c.doc.tokens[k as usize].upos, Upos::Noun | Upos::Propn))).collect();
            for &n in targets.iter().chain(std::iter::once(&v)).chain(objs.iter()).chain(conjuncts.iter()) {
                for &k in c.kids(n) {
                    if conjuncts.contains(&n) && c.case_of(k) == Some("of") {
                        continue;
                    }
                    let d = c.dep(k);
                    if (d.is("nmod") || d.is("obl")) && !d.is("obl:agent") && !d.is("obl:tmod") && c.case_of(k).is_some_and(|p| preps.contains(&p)) && !c.lower_is(k, &self.lexicon.setting_nouns) {
                        if let Some((m, _)) = c.mention_for(k) {
                            if usable((m, true)) {
                                return Some((m, true));
                            }
                        }
                    }
                }
            }
        }
        // Deeper inside the target phrase: "a ban imposed on Chadian citizens", "an assault on the
        // last ISIS group bastion", "the enclave of the rebels": the nearest actor among the
        // nominal dependents of the target noun (not crossing into clauses of their own).
        // Failing an actor, a city named there as a place in another country than the source's
        // stands for that country ("opened humanitarian corridors in Aleppo", "shelled the old
        // city of Mosul"), when places may be targets at all.
        let source_countries: Vec<&str> = sources.iter().filter_map(|&(s, _)| {
            let a = &c.doc.mentions[s as usize].actor;
            a.country.as_deref().or_else(|| a.code.get(..3).filter(|_| !matches!(a.code.get(..3), Some("IGO" | "NGO" | "IMG" | "MNC"))))
        }).collect();
        let elsewhere = |pm: u32| c.doc.mentions[pm as usize].actor.code.get(..3).is_some_and(|pc| !source_countries.contains(&pc)) && usable((pm, true));
        let place_roots = places && place_code.and_then(|x| x.get(..2)).is_some_and(|r| self.lexicon.place_target_roots.contains(r));
        let mut place: Option<u32> = None;
        let mut stack: Vec<(u32, u8)> = targets.iter().filter(|&&t| !c.lower_is(t, &self.lexicon.setting_nouns)).map(|&t| (t, 0)).collect();
        let mut i = 0;
        while i < stack.len() && stack.len() < 48 {
            let (n, depth) = stack[i];
            i += 1;
            let time = c.lower_is(n, &self.lexicon.temporal_nouns);
            // The source's own side (its own name or forces) is looked into only for its nominal
            // dependents: "the withdrawal of invasion forces from Panama" targets Panama, but
            // "strikes ... in response to American service members killed in Jordan" is no strike
            // on Jordan.
            let own = n != targets.first().copied().unwrap_or(NONE) && c.s.mention_of[n as usize - c.base] != NONE && c.doc.mentions[c.s.mention_of[n as usize - c.base] as usize].head == n;
            for &k in c.kids(n) {
                let d = c.dep(k);
                // What a parse slip hung on a time as its apposition is no part of the target phrase
                // ("exercises this month, a Jordanian official confirmed").
                if time && d.is("appos") {
                    continue;
                }
                let nominal = d.is("nmod") || d.is("compound") || d.is("amod") || d.is("appos") || d.is("flat") || d.is("conj");
                let reduced = d.as_str() == "acl" || (depth > 0 && d.is("obl") && !d.is("obl:agent") && !d.is("obl:tmod"));
                if !(nominal || reduced) || (own && reduced) || c.is_relative_pronoun(k) {
                    continue;
                }
                if d.is("obl") && c.case_of(k).is_some_and(|p| matches!(p, "by" | "after" | "before" | "during" | "since")) {
                    continue;
                }
                if !places && (d.is("nmod") || d.is("obl")) && c.case_of(k).is_some_and(|p| PLACE.contains(&p)) {
                    continue;
                }
                if c.lower_is(k, &self.lexicon.setting_nouns) {
                    continue;
                }
                let m = c.s.mention_of[k as usize - c.base];
                if m != NONE && usable((m, true)) {
                    return Some((m, true));
                }
                // (Near the target noun, not a word of a name: "the Vienna Convention".)
                let in_name = d.is("compound") && c.doc.tokens[n as usize].upos == Upos::Propn;
                if place_roots && place.is_none() && m == NONE && depth <= 1 && !in_name {
                    place = c.place_at(k).filter(|&pm| elsewhere(pm));
                }
                if depth < 3 {
                    stack.push((k, depth + 1));
                }
            }
        }
        place.map(|pm| (pm, true))
    }

    fn discard_dependent(&self, c: &Ctx, t: u32) -> Option<u32> {
        let lex = self.lexicon;
        for &k in c.kids(t) {
            let d = c.dep(k);
            if d.is("obj") || d.is("nsubj") || d.is("obl") || d.is("nmod") || d.is("iobj") {
                // A word inside an actor's name is not a sense marker: "the Arab League", "Real Madrid club".
                if c.s.mention_of[k as usize - c.base] != NONE {
                    continue;
                }
                if c.lower_is(k, &lex.discard_dependents) {
                    // "held war games near Taiwan", "military games": a military exercise.
                    let military = c.kids(k).iter().any(|&g| (c.dep(g).is("compound") || c.dep(g).is("amod")) && c.lower_is(g, &lex.discard_military));
                    if military {
                        continue;
                    }
                    return Some(k);
                }
                for &g in c.kids(k) {
                    if (c.dep(g).is("compound") || c.dep(g).is("nmod")) && c.lower_is(g, &lex.discard_dependents) {
                        return Some(g);
                    }
                }
            }
        }
        None
    }

    /// True when `x`, a target found through a preposition, is only a place: a name that is no
    /// actor after a preposition of place ("into the Sea of Japan", "in Beijing"). (Places are
    /// resolved after coding, so a name is all there is to go by here.)
    fn is_place_only(&self, c: &Ctx, x: u32) -> bool {
        c.mention_for(x).is_none()
            && c.doc.tokens[x as usize].upos == Upos::Propn
            && c.case_of(x).is_some_and(|p| self.lexicon.place_prepositions.contains(&p.to_ascii_lowercase()))
    }

    /// The accusation or denial head whose content `t` is ("accused Y of shelling").
    fn content_head(&self, c: &Ctx, t: u32) -> Option<u32> {
        // "welcomed NATO's decision to send trainers": the act decided is what is welcomed.
        if let Some(h) = self.control_noun_of(c, t).filter(|&n| c.dep(n).is("obj")).and_then(|n| c.head(n)) {
            if self.lexicon.content_heads.contains(c.lemma(h)) {
                return Some(h);
            }
        }
        let mut x = t;
        for _ in 0..3 {
            let d = c.dep(x);
            if !(d.is("xcomp") || d.is("ccomp") || d.is("advcl") || d.is("acl") || d.is("obl") || d.is("nmod")) || d.is("acl:relcl") {
                return None;
            }
            let h = c.head(x)?;
            if self.lexicon.content_heads.contains(c.lemma(h)) {
                return Some(h);
            }
            x = h;
        }
        None
    }

    /// True when `v` is the complement clause of a verb of claiming `h` (`claim_heads`) whose own
    /// subject is the claimant: "the Islamic State claimed it had attacked" ("it" resolved to the
    /// Islamic State, or left to the speaker as an unresolved pronoun).
    fn own_claim(&self, c: &Ctx, h: u32, v: u32) -> bool {
        if !self.lexicon.claim_heads.contains(&c.lemma(h).to_ascii_lowercase()) || c.head(v) != Some(h) || !c.dep(v).is("ccomp") {
            return false;
        }
        let subj = |x: u32| c.kids(x).iter().copied().find(|&k| c.dep(k).as_str() == "nsubj");
        let (Some(a), Some(b)) = (subj(h), subj(v)) else { return false };
        let code = |x: u32| c.mention_for(x).map(|(m, _)| c.doc.mentions[m as usize].actor.code.as_str());
        match (code(a), code(b)) {
            (Some(x), Some(y)) => x == y,
            (Some(_), None) => c.doc.tokens[b as usize].upos == Upos::Pron && self.lexicon.speaker_pronouns.contains(&c.lemma(b).to_ascii_lowercase()),
            _ => false,
        }
    }

    /// The subject of `v`, following control, coordination and relative clauses.
    fn subject(&self, c: &Ctx, v: u32, depth: u8) -> Option<(u32, bool)> {
        let temporal = |k: u32| c.lower_is(k, &self.lexicon.temporal_nouns);
        let nsubj = |k: &u32| c.dep(*k).is("nsubj") && !c.dep(*k).is("nsubj:pass");
        // With two subjects in the parse ("Human rights organization Amnesty International
        // demanded"), the one that is an actor.
        let mut found = c.kids(v).iter().copied().filter(nsubj).filter(|&k| !temporal(k)).find(|&k| c.mention_for(k).is_some()).or_else(|| c.kids(v).iter().copied().filter(nsubj).find(|&k| !temporal(k)));
        if found.is_none() {
            // "Pakistan today threatened": the actor parsed as a modifier of the time word.
            found = c.kids(v).iter().copied().filter(nsubj).flat_map(|k| c.kids(k).iter().copied()).find(|&g| (c.dep(g).is("compound") || c.dep(g).is("nmod:poss")) && c.s.mention_of[g as usize - c.base] != NONE);
        }
        if found.is_none() {
            // "Bangladesh has once again rejected" with "has" tagged a verb: the subject hung on the
            // auxiliary of the verb.
            found = c.kids(v).iter().copied().filter(|&k| c.dep(k).is("aux")).flat_map(|k| c.kids(k).iter().copied()).find(|&g| nsubj(&g) && !temporal(g));
        }
        if found.is_none() && c.doc.tokens[v as usize].upos == Upos::Adj && c.kid(v, "xcomp").is_some() {
            // "Syria says it is willing to withdraw": the subject of a control adjective parsed as
            // an expletive (no expletive takes a control adjective with its own infinitive).
            let l = c.lemma(v).to_ascii_lowercase();
            let lex = self.lexicon;
            if lex.intent_heads.contains(&l) || lex.negating_heads.contains(&l) || lex.hypothetical_heads.contains(&l) {
                found = c.kids(v).iter().copied().find(|&k| c.dep(k).is("expl") && c.doc.tokens[k as usize].upos == Upos::Pron);
            }
        }
        if let Some(s) = found {
            if c.is_relative_pronoun(s) && c.dep(v).is("acl:relcl") {
                return c.head(v).map(|h| (h, false));
            }
            return Some((s, false));
        }
        if depth > 3 {
            return None;
        }
        let d = c.dep(v);
        let h = c.head(v)?;
        if let Some(s) = self.slipped_clause_subject(c, v) {
            return Some((s, false));
        }
        if d.is("xcomp") || c.is_infinitive_conjunct(v) {
            if self.lexicon.object_control.contains(c.lemma(h)) {
                if let Some(o) = c.kid(h, "obj").or_else(|| c.kid(h, "iobj")) {
                    return Some((o, true));
                }
                if let Some(o) = c.kids(h).iter().copied().find(|&k| c.dep(k).is("obl") && matches!(c.case_of(k), Some("on" | "upon"))) {
                    return Some((o, true));
                }
            }
            if c.is_passive(h) {
                if let Some(s) = c.kid(h, "nsubj:pass") {
                    return Some((s, true));
                }
            }
            return self.subject(c, h, depth + 1).map(|(s, _)| (s, true));
        }
        if d.is("acl:relcl") {
            return Some((h, true));
        }
        if let Some(s) = c.active_participle_subject(v) {
            // "forces launched artillery fire": the noun the past form hangs on is its subject.
            return Some((s, true));
        }
        if let Some(n) = self.control_noun_of(c, v) {
            // "Russia's decision to expel diplomats", "the decision of the government to", "China
            // announced its decision to impose sanctions": the noun's owner, or the subject of the
            // light verb it is the object of.
            let owner = c.kids(n).iter().copied().find(|&k| {
                let d = c.dep(k);
                (d.is("nmod:poss") || d.is("amod") || d.is("compound") || (d.is("nmod") && c.case_of(k) == Some("of"))) && c.mention_for(k).is_some() && !c.is_relative_pronoun(k)
            });
            if let Some(o) = owner {
                return Some((o, true));
            }
            let g = c.head(n)?;
            if c.dep(n).is("obj") && (self.lexicon.light_verbs.contains(c.lemma(g)) || c.lemma(g) == "take") {
                return self.subject(c, g, depth + 1).map(|(s, _)| (s, true));
            }
            return None;
        }
        // An infinitive on the object of a light verb or on a predicate noun has the clause's
        // subject: "the UN launches a mission to investigate Israel", "Israel becomes the first
        // country to recognize Somaliland", "Israel is the first country to".
        if d.as_str() == "acl" && c.doc.tokens[v as usize].xpos.as_str() == "VB" && c.kids(v).iter().any(|&k| c.dep(k).is("mark") && c.lemma(k) == "to") && c.doc.tokens[h as usize].upos == Upos::Noun && c.mention_for(h).is_none() {
            if c.kids(h).iter().any(|&k| c.dep(k).is("cop")) {
                return self.subject(c, h, depth + 1).map(|(s, _)| (s, true));
            }
            if let Some(g) = c.head(h).filter(|_| c.dep(h).is("obj") || c.dep(h).is("xcomp")) {
                if matches!(c.lemma(g), "become" | "remain") || self.lexicon.light_verbs.contains(c.lemma(g)) {
                    return self.subject(c, g, depth + 1).map(|(s, _)| (s, true));
                }
            }
        }
        if d.is("conj") || (d.is("advcl") && !c.doc.tokens[v as usize].xpos.as_str().starts_with("VBD")) {
            if c.is_passive(h) && !d.is("conj") {
                return None;
            }
            return self.subject(c, h, depth + 1).map(|(s, _)| (s, true));
        }
        // "Turkey issued a statement condemning Israel": the participle of a document noun speaks
        // for its author, the noun's possessor ("Turkey's statement condemning") or the subject of
        // the verb it is the object of.
        if d.as_str() == "acl" && c.doc.tokens[v as usize].xpos.as_str() == "VBG" && c.lower_is(h, &self.lexicon.document_nouns) {
            if let Some(p) = c.kids(h).iter().copied().find(|&k| c.dep(k).is("nmod:poss") && c.mention_for(k).is_some()) {
                return Some((p, true));
            }
            if c.dep(h).is("obj") && c.head(h).is_some_and(|g| self.lexicon.document_verbs.contains(c.lemma(g))) {
                return self.subject(c, c.head(h)?, depth + 1).map(|(s, _)| (s, true));
            }
        }
        None
    }

    /// Source and target of a state act named by noun `n` in an "under" oblique ("was put under
    /// investigation in Italy", "placed him under arrest"): for a passive, the agent (or the
    /// country it was done in) and the passive subject; else the subject and the object.
    fn put_under(&self, c: &Ctx, n: u32) -> Option<(u32, u32)> {
        let d = c.dep(n);
        if !d.is("obl") || d.is("obl:agent") || c.case_of(n) != Some("under") {
            return None;
        }
        let h = c.head(n)?;
        if !matches!(c.lemma(h), "put" | "place" | "keep" | "hold" | "come") {
            return None;
        }
        if c.is_passive(h) {
            let t = c.kid(h, "nsubj:pass")?;
            let s = c.kids(h).iter().copied().find(|&k| c.dep(k).is("obl:agent") || (c.dep(k).is("obl") && c.case_of(k) == Some("by"))).or_else(|| self.state_place(c, h))?;
            return Some((s, t));
        }
        if c.lemma(h) == "come" {
            // "came under investigation in Italy": the subject is the one investigated.
            let (t, _) = self.subject(c, h, 0)?;
            let mut by = Vec::new();
            self.obliques(c, n, &["by".to_string()], &mut by);
            return Some((by.first().copied().or_else(|| self.state_place(c, h))?, t));
        }
        let t = c.kid_exact(h, "obj")?;
        let (s, _) = self.subject(c, h, 0)?;
        Some((s, t))
    }

    /// The control noun `v` is the "to"-infinitive of ("Russia's decision to expel"), if any.
    fn control_noun_of(&self, c: &Ctx, v: u32) -> Option<u32> {
        if c.dep(v).as_str() != "acl" || c.doc.tokens[v as usize].xpos.as_str() != "VB" || !c.kids(v).iter().any(|&k| c.dep(k).is("mark") && c.lemma(k) == "to") {
            return None;
        }
        let n = c.head(v)?;
        (c.doc.tokens[n as usize].upos == Upos::Noun && self.lexicon.control_nouns.contains_key(&c.lemma(n).to_ascii_lowercase())).then_some(n)
    }

    /// The actor right before a finite verb the parse gave no subject ("The Palestinians reject
    /// ...", "A top U.S. official today praised ..." parsed with the actor elsewhere): the
    /// nearest word to the left, past adverbs, auxiliaries and time words, when it belongs to an
    /// actor mention. Only for a finite verb with no subject of any kind.
    fn adjacent_subject(&self, c: &Ctx, v: u32) -> Option<u32> {
        if !(matches!(c.doc.tokens[v as usize].xpos.as_str(), "VBD" | "VBZ" | "VBP") || c.is_mistagged_verb(v)) || c.kids(v).iter().any(|&k| c.dep(k).is("nsubj") || c.dep(k).is("csubj") || c.dep(k).is("expl")) {
            return None;
        }
        let t = self.word_before(c, v)?;
        // Not the object of a preposition: "the Red Cross operating in Iraq said".
        let in_phrase = c.kids(t).iter().any(|&k| c.dep(k).is("case")) || c.dep(t).is("obl") || c.dep(t).is("nmod");
        (c.s.mention_of[t as usize - c.base] != NONE && !c.is_relative_pronoun(t) && !in_phrase).then_some(t)
    }

    /// The nearest word of the sentence before `v` that is not an adverb, auxiliary, particle or
    /// time word: where a subject the parser missed stands.
    fn word_before(&self, c: &Ctx, v: u32) -> Option<u32> {
        (c.base as u32..v).rev().find(|&t| {
            let tok = &c.doc.tokens[t as usize];
            !(matches!(tok.upos, Upos::Adv | Upos::Aux | Upos::Part) || c.lower_is(t, &self.lexicon.temporal_nouns))
        })
    }

    /// True when the negated act of `v` is a refusal: "will not lift", "cannot accept" (a negated
    /// future or ability), or the complement of a negating head that is itself a rejection verb
    /// ("refused to release", "declined talks"; not "failed to reach"), or of a negated head of will
    /// ("is not going to lift", "decided not to lift"). With `head`, `v` is the
    /// control head of an event noun.
    fn refused(&self, c: &Ctx, v: u32, head: bool) -> bool {
        let lex = self.lexicon;
        let rejection_verb = |h: u32| lex.negating_heads.contains(&c.lemma(h).to_ascii_lowercase()) && self.patterns.verb_patterns(c.lemma(h)).iter().any(|&id| self.patterns.get(id).code.starts_with("12"));
        let negated_future = |x: u32| {
            let kids = c.kids(x);
            kids.iter().any(|&k| (c.dep(k).is("advmod") || c.dep(k).is("neg") || c.dep(k).is("aux")) && lex.negation.contains(&c.lemma(k).to_ascii_lowercase()))
                && kids.iter().any(|&k| c.dep(k).is("aux") && matches!(c.lemma(k).to_ascii_lowercase().as_str(), "will" | "wo" | "would" | "can" | "ca" | "shall"))
        };
        if negated_future(v) || (head && rejection_verb(v)) {
            return true;
        }
        let d = c.dep(v);
        if !head && (d.is("xcomp") || c.is_infinitive_conjunct(v)) && c.head(v).is_some_and(rejection_verb) {
            return true;
        }
        // A negated will: "is not going to lift", "does not intend to", "has no plans to",
        // "decided not to lift", "is not going to hold talks with" (the light verb as `v`).
        let negated = |x: u32| c.kids(x).iter().any(|&k| (c.dep(k).is("advmod") || c.dep(k).is("neg") || c.dep(k).is("det")) && lex.negation.contains(&c.lemma(k).to_ascii_lowercase()));
        (d.is("xcomp") || d.is("acl") || c.is_infinitive_conjunct(v))
            && c.head(v).is_some_and(|h| lex.refusal_heads.contains(&c.lemma(h).to_ascii_lowercase()) && (negated(h) || negated(v)))
    }

    /// The agent of a light verb's participle on event noun `n`, with the participle: "a drone
    /// strike launched by the RSF", "sanctions imposed by the US", "an attack claimed by ISIS".
    fn participle_agent(&self, c: &Ctx, n: u32) -> Option<(u32, u32)> {
        c.kids(n)
            .iter()
            .copied()
            .filter(|&k| c.dep(k).as_str() == "acl" && c.doc.tokens[k as usize].xpos.as_str() == "VBN" && (self.lexicon.light_verbs.contains(c.lemma(k)) || c.lemma(k) == "claim"))
            .find_map(|k| c.kids(k).iter().copied().find(|&g| c.dep(g).is("obl:agent") || (c.dep(g).is("obl") && c.case_of(g) == Some("by"))).map(|a| (a, k)))
    }

    /// The subject of a finite clause the parse hung on the main verb with its subordinator taken
    /// for the preposition of that subject: "were killed after gunmen attacked a church", parsed
    /// "killed after gunmen" + "attacked" as a complement or conjunct of "killed".
    fn slipped_clause_subject(&self, c: &Ctx, v: u32) -> Option<u32> {
        let d = c.dep(v);
        if !(d.is("xcomp") || d.is("conj") || d.is("advcl")) || !matches!(c.doc.tokens[v as usize].xpos.as_str(), "VBD" | "VBZ" | "VBP") || c.kids(v).iter().any(|&k| c.dep(k).is("nsubj") || c.dep(k).is("expl")) {
            return None;
        }
        let s = self.adjacent_subject_marked(c, v)?;
        let marked = c.kids(s).iter().any(|&g| c.dep(g).is("case") && matches!(c.lemma(g).to_ascii_lowercase().as_str(), "after" | "as" | "when" | "while" | "before"));
        (marked && c.dep(s).is("obl") && c.head(s) == c.head(v)).then_some(s)
    }

    /// The nominal right before clause `v` (past adverbs and time words) when it carries a
    /// preposition: a subordinator the parser took for the preposition of the clause's subject.
    fn adjacent_subject_marked(&self, c: &Ctx, v: u32) -> Option<u32> {
        let t = self.word_before(c, v)?;
        (matches!(c.doc.tokens[t as usize].upos, Upos::Noun | Upos::Propn) && c.mention_for(t).is_some()).then_some(t)
    }

    /// The actor behind an agentless passive through the violent act it happened in: "five
    /// people were killed in a Russian drone strike", "... during Israeli shelling of Gaza". The
    /// act is an oblique event noun of roots 18-20 with an actor modifier (or a "by" agent, or a
    /// "-led" leader); for a violent passive (`violent_act`) also an oblique of a coordinated verb
    /// or the subject of an adverbial attack clause.
    fn violent_cause(&self, c: &Ctx, v: u32, violent_act: bool) -> Option<u32> {
        // For a violent act itself, the cause may hang on a coordinated verb ("five are killed and
        // five injured during Israeli airstrikes", the oblique on "injured") or be told in an
        // adverbial clause (below).
        let mut verbs = vec![v];
        if violent_act {
            verbs.extend(c.kids(v).iter().copied().filter(|&k| c.dep(k).is("conj") && c.doc.tokens[k as usize].upos == Upos::Verb));
            if c.dep(v).is("conj") {
                verbs.extend(c.head(v));
            }
        }
        for &k in verbs.iter().flat_map(|&x| c.kids(x)) {
            if !c.dep(k).is("obl") || c.dep(k).is("obl:tmod") || !c.case_of(k).is_some_and(|p| matches!(p, "in" | "during" | "amid" | "after" | "following")) {
                continue;
            }
            let violent = self.patterns.noun_patterns(c.lemma(k)).iter().any(|&id| violent(self.patterns.get(id)));
            if !violent {
                continue;
            }
            let actor = c.kids(k).iter().copied().find(|&g| {
                let d = c.dep(g);
                (d.is("nmod:poss") || d.is("amod") || d.is("compound")) && c.s.mention_of[g as usize - c.base] != NONE
            });
            let by = || c.kids(k).iter().copied().find(|&g| c.dep(g).is("nmod") && c.case_of(g) == Some("by") && c.mention_for(g).is_some());
            if let Some(a) = actor.or_else(by).or_else(|| self.led_by(c, k)).or_else(|| self.participle_agent(c, k).map(|(a, _)| a).filter(|&a| c.mention_for(a).is_some())) {
                return Some(a);
            }
        }
        // The attack told in an adverbial clause: "23 civilians were killed as government forces
        // launched air strikes", "... after the Islamic State attacked a camp".
        if !violent_act {
            return None;
        }
        for &k in c.kids(v) {
            let when = |x: u32| matches!(c.lemma(x).to_ascii_lowercase().as_str(), "after" | "as" | "when" | "while");
            let slipped_clause = (c.dep(k).is("xcomp") || c.dep(k).is("conj")) && self.slipped_clause_subject(c, k).is_some();
            if (c.dep(k).as_str() != "advcl" && !slipped_clause) || c.is_passive(k) {
                continue;
            }
            // A violent sense whose object word, if it needs one, is there ("launched air strikes",
            // not "tightened their grip").
            let violent = self.patterns.verb_patterns(c.lemma(k)).iter().any(|&id| {
                let p = self.patterns.get(id);
                violent(p)
                    && p.particle.is_none()
                    && (p.objects.is_empty() || c.kids(k).iter().any(|&o| (c.dep(o).is("obj") || c.dep(o).is("obl")) && (c.lemma_among(o, &p.objects) || c.kids(o).iter().any(|&g| c.dep(g).is("compound") && c.lemma_among(g, &p.objects)))))
            });
            if !violent {
                continue;
            }
            let marked = slipped_clause || c.kids(k).iter().any(|&g| c.dep(g).is("mark") && when(g));
            // The subordinator parsed as the preposition of the clause's subject: "killed as
            // government forces launched strikes" with "as" on "forces".
            let slipped = if c.kids(k).iter().any(|&g| c.dep(g).is("nsubj")) { None } else { self.adjacent_subject_marked(c, k).filter(|&s| c.kids(s).iter().any(|&g| c.dep(g).is("case") && when(g))) };
            if !marked && slipped.is_none() {
                continue;
            }
            if let Some(s) = slipped.or_else(|| self.subject(c, k, 0).map(|(s, _)| s)) {
                if c.mention_for(s).is_some() {
                    return Some(s);
                }
                // "after a Taliban-claimed car bomb struck a bus": the act's claimant or leader.
                if let Some(a) = self.led_by(c, s) {
                    return Some(a);
                }
            }
        }
        None
    }

    /// The disaster or accident a violent verb's harm comes from, which names no attacker (the
    /// `disaster_nouns` and `accident_verbs` of `coder.toml`): its subject ("Typhoon Haiyan killed
    /// 40", "a crowd crush kills 39"), the accident clause it hangs on ("a plane crashed, killing
    /// all on board", "the collapse of the bridge, which killed 43", up to two levels), or its oblique
    /// or adverbial clause ("were killed in a helicopter crash", "killed as Typhoon Halong made
    /// landfall").
    fn disaster_cause(&self, c: &Ctx, v: u32) -> Option<u32> {
        let lex = self.lexicon;
        let lower = |x: u32| c.lemma(x).to_ascii_lowercase();
        let disaster = |x: u32| {
            let tok = &c.doc.tokens[x as usize];
            if !matches!(tok.upos, Upos::Noun | Upos::Propn) && tok.xpos.as_str() != "VBG" {
                return false;
            }
            let l = lower(x);
            lex.disaster_nouns.contains(&l)
                || c.kids(x).iter().any(|&k| {
                    let d = c.dep(k);
                    // "gas explosion"; a named storm: "Typhoon Halong".
                    (d.is("compound") && lex.disaster_nouns.contains(&format!("{} {l}", lower(k))))
                        || (tok.upos == Upos::Propn && (d.is("compound") || d.is("flat")) && lex.disaster_nouns.contains(&lower(k)))
                })
        };
        let accident = |x: u32| {
            // (Any tag for the verb: "A passenger train derails" is parsed with a noun "derails".)
            lex.accident_verbs.contains(&lower(x)) || disaster(x) || c.kid_exact(x, "nsubj").is_some_and(disaster)
        };
        if let Some(s) = c.kid_exact(v, "nsubj").filter(|&s| disaster(s)) {
            return Some(s);
        }
        let mut x = v;
        for _ in 0..2 {
            let d = c.dep(x);
            // (Through a noun's modifier too: "the collapse of the Ponte Morandi, which killed 43".)
            if !(d.is("advcl") || d.is("acl") || d.is("conj") || d.is("xcomp") || d.is("parataxis") || (x != v && d.is("nmod"))) {
                break;
            }
            let Some(h) = c.head(x) else { break };
            if accident(h) {
                return Some(h);
            }
            x = h;
        }
        c.kids(v).iter().copied().find(|&k| {
            let d = c.dep(k);
            let obl = d.is("obl") && !d.is("obl:tmod") && c.case_of(k).is_some_and(|p| matches!(p, "in" | "during" | "after" | "by" | "amid" | "from" | "following")) && disaster(k);
            let clause = d.as_str() == "advcl" && c.kids(k).iter().any(|&g| c.dep(g).is("mark") && matches!(lower(g).as_str(), "as" | "when" | "after" | "while")) && accident(k);
            obl || clause
        })
    }

    /// The subject of a condition ("if" or "unless" clause) on `v` or on its complement clauses:
    /// "threatened to stop negotiations to reduce weapons if the United States goes ahead" gives
    /// "States". Only an actor subject.
    fn condition_party(&self, c: &Ctx, v: u32) -> Option<u32> {
        self.condition_subject(c, v, &["if", "unless"])
    }

    /// The actor subject of an adverbial clause marked by one of `marks` on `v` or on its
    /// complement clauses (down to three levels).
    fn condition_subject(&self, c: &Ctx, v: u32, marks: &[&str]) -> Option<u32> {
        let mut stack = vec![(v, 0u8)];
        let mut i = 0;
        while i < stack.len() && stack.len() < 24 {
            let (x, depth) = stack[i];
            i += 1;
            for &k in c.kids(x) {
                let d = c.dep(k);
                if d.as_str() == "advcl" && c.kids(k).iter().any(|&g| c.dep(g).is("mark") && marks.contains(&c.lemma(g).to_ascii_lowercase().as_str())) {
                    if let Some(s) = c.kid_exact(k, "nsubj").filter(|&s| c.mention_for(s).is_some() && !c.is_relative_pronoun(s)) {
                        return Some(s);
                    }
                } else if depth < 3 && (d.is("xcomp") || d.is("ccomp") || c.is_infinitive_conjunct(k)) {
                    stack.push((k, depth + 1));
                }
            }
        }
        None
    }

    /// The country an act only a state does was done in, standing for its authorities when an
    /// agentless passive names no one ("a missionary was arrested in Lebanon"): an "in" oblique
    /// of `v` that is a country by name, or its capital or government.
    fn state_place(&self, c: &Ctx, v: u32) -> Option<u32> {
        let mut cand = Vec::new();
        self.obliques(c, v, &["in".to_string()], &mut cand);
        cand.into_iter().find(|&k| {
            let m = c.s.mention_of[k as usize - c.base];
            if m == NONE {
                return false;
            }
            let m = &c.doc.mentions[m as usize];
            let a = &m.actor;
            m.head == k && matches!(m.kind, MentionKind::Name | MentionKind::Metonym) && a.country.as_deref().is_some_and(|x| a.code == x || (a.code.len() == 6 && a.code.starts_with(x) && a.code.ends_with("GOV")))
        })
    }

    /// The one helped by support or aid given for a purpose: the actor object of a `to`-infinitive
    /// adverbial of `v` or of a clause on its object ("donated ventilators to assist Ethiopia",
    /// "sent money to help the refugees"). Returns the clause and the target token.
    fn purpose_target(&self, c: &Ctx, v: u32) -> Option<(u32, u32)> {
        let infinitive = |k: u32| c.doc.tokens[k as usize].xpos.as_str() == "VB" && c.kids(k).iter().any(|&g| c.dep(g).is("mark") && c.lemma(g) == "to");
        let mut clauses: Vec<u32> = c.kids(v).iter().copied().filter(|&k| c.dep(k).as_str() == "advcl" && infinitive(k)).collect();
        let mut nouns: Vec<u32> = c.kids(v).iter().copied().filter(|&k| c.dep(k).is("obj")).collect();
        let mut i = 0;
        while i < nouns.len() && nouns.len() < 12 {
            let n = nouns[i];
            i += 1;
            for &k in c.kids(n) {
                let d = c.dep(k);
                // (Or an adverbial the parse hung on the object: "provided $1.7 billion in
                // humanitarian assistance to support Syrian refugees".)
                if (d.as_str() == "acl" || d.as_str() == "advcl") && infinitive(k) {
                    clauses.push(k);
                } else if d.is("nmod") || d.is("conj") {
                    nouns.push(k);
                }
            }
        }
        clauses.into_iter().find_map(|x| {
            let o = c.kid_exact(x, "obj").or_else(|| c.kid(x, "iobj"))?;
            (c.mention_for(o).is_some_and(|(_, via)| !via) && !c.is_relative_pronoun(o)).then_some((x, o))
        })
    }

    /// The actor leading or claiming the act named by noun `n`: "the Russian-led offensive", "a
    /// Taliban-claimed car bomb" (a participle "led" or "claimed" after a hyphen, with the actor as
    /// its modifier).
    fn led_by(&self, c: &Ctx, n: u32) -> Option<u32> {
        c.kids(n).iter().copied().filter(|&k| (c.dep(k).is("amod") || c.dep(k).is("compound") || c.dep(k).as_str() == "acl") && matches!(c.doc.token_text(k as usize).to_ascii_lowercase().as_str(), "led" | "claimed") && k > c.base as u32 && c.doc.token_text(k as usize - 1) == "-").find_map(|k| {
            c.kids(k).iter().copied().find(|&g| g < k && (c.dep(g).is("compound") || c.dep(g).is("amod") || c.dep(g).is("nmod") || c.dep(g).is("obl") || c.dep(g).is("nmod:poss")) && c.mention_for(g).is_some())
        })
    }

    /// The verb a meeting noun `n` states the purpose of, with the one met there when the verb's
    /// object (or the object `n` hangs from) is an actor: "joined Zarif for a meeting", "will
    /// gather for a meeting", "join Trump and Abe for talks" (parsed under "Abe"), "led a
    /// delegation on a visit". Not after an evaluating verb ("criticized X for talks with Y").
    fn purpose_head(&self, c: &Ctx, n: u32) -> Option<(u32, Option<u32>)> {
        if !matches!(c.case_of(n), Some("for" | "on")) {
            return None;
        }
        let d = c.dep(n);
        let h = c.head(n)?;
        let is_verb = |v: u32| c.doc.tokens[v as usize].upos == Upos::Verb && !self.lexicon.content_heads.contains(c.lemma(v)) && !self.lexicon.request_heads.contains(c.lemma(v));
        let actor_obj = |v: u32| c.kids(v).iter().copied().find(|&k| c.dep(k).is("obj") && c.mention_for(k).is_some() && !c.is_relative_pronoun(k));
        if d.is("obl") && !d.is("obl:tmod") && !d.is("obl:agent") && is_verb(h) {
            return Some((h, actor_obj(h)));
        }
        if d.is("nmod") && c.kids(h).iter().any(|&k| c.dep(k).is("cop")) && c.kids(h).iter().any(|&k| c.dep(k).as_str() == "nsubj" && c.mention_for(k).is_some()) {
            // On a place predicate: "Lavrov is in Beijing for talks with Wang Yi" (the subject of
            // the copula is the one who came for the talks).
            return Some((h, None));
        }
        if d.is("nmod") {
            // Hanging on the verb's object or on a conjunct of it.
            let mut o = h;
            if c.dep(o).is("conj") {
                o = c.head(o)?;
            }
            let v = c.head(o)?;
            if c.dep(o).is("obj") && is_verb(v) && c.mention_for(o).is_some_and(|(_, via)| !via) {
                return Some((v, Some(o)));
            }
        }
        None
    }

    /// True when a nominal or reduced-relative dependent of `n` (down to `depth` levels) is
    /// marked by one of `preps`.
    fn has_prep_inside(&self, c: &Ctx, n: u32, preps: &[String], depth: u8) -> bool {
        c.kids(n).iter().any(|&k| {
            let d = c.dep(k);
            ((d.is("nmod") || d.is("obl")) && c.case_of(k).is_some_and(|x| preps.iter().any(|p| p == x))) || (depth > 1 && (d.is("acl") || d.is("nmod") || d.is("conj")) && self.has_prep_inside(c, k, preps, depth - 1))
        })
    }

    fn obliques(&self, c: &Ctx, t: u32, preps: &[String], out: &mut Vec<u32>) {
        // (Also those hung on a time word of `t`, an attachment slip: "launched a mediation effort
        // on Saturday between the Emirates and Saudi Arabia".)
        let temporal = c.kids(t).iter().copied().filter(|&k| {
            let d = c.dep(k);
            (d.is("obl") || d.is("nmod")) && c.lower_is(k, &self.lexicon.temporal_nouns)
        });
        // (Not an "of" phrase, which is the time's own: "during the holy month of Ramadan".)
        let kids: Vec<u32> = c.kids(t).iter().copied().chain(temporal.flat_map(|k| c.kids(k).iter().copied().filter(|&g| c.case_of(g) != Some("of")))).collect();
        for k in kids {
            let d = c.dep(k);
            // A time is no party: "mobilized reservists for a war against Iraq on Tuesday".
            if c.lower_is(k, &self.lexicon.temporal_nouns) {
                continue;
            }
            // An agent with another preposition is a parse slip for a plain oblique ("a ban imposed
            // on Chadian citizens" with "citizens" labelled obl:agent).
            if (d.is("obl") || d.is("nmod")) && !(d.is("obl:agent") && matches!(c.case_of(k), Some("by") | None)) {
                if let Some(case) = c.case_of(k) {
                    if preps.iter().any(|p| p == case) {
                        out.push(k);
                    }
                }
            }
            // A participle adjective before a name taken for a clause: "withdraw its troops from
            // neighboring Lebanon" ("from" the mark of "neighboring", "Lebanon" its object). Not a
            // verb that names an act of its own ("withdrew from defending Israel").
            if d.as_str() == "advcl" && c.doc.tokens[k as usize].xpos.as_str() == "VBG" && self.patterns.verb_patterns(c.lemma(k)).is_empty() {
                let mark = c.kids(k).iter().copied().find(|&g| c.dep(g).is("mark") && g + 1 == k).map(|g| c.doc.token_text(g as usize).to_ascii_lowercase());
                if mark.is_some_and(|m| preps.contains(&m)) {
                    out.extend(c.kids(k).iter().copied().filter(|&g| g == k + 1 && c.dep(g).is("obj") && c.doc.tokens[g as usize].upos == Upos::Propn));
                }
            }
            // A participle naming the target: "sanctions targeting Russia's energy sector".
            if d.is("acl") && !d.is("acl:relcl") && c.doc.tokens[k as usize].xpos.as_str() == "VBG" {
                let form = c.doc.token_text(k as usize).to_ascii_lowercase();
                if self.lexicon.target_participles.contains(&form) && preps.iter().any(|p| *p == form || p == "on" || p == "against") {
                    out.extend(c.kids(k).iter().copied().filter(|&g| c.dep(g).is("obj")));
                }
            }
        }
    }

    /// The pattern of verb `v` among `ids` and the words its roles found. A pattern whose target
    /// is only a place that is no actor after its preposition, with no target actor found
    /// elsewhere either ("test-fired missiles into the Sea of Japan", "in Nairobi"), gives way to
    /// the verb's targetless patterns (150 with no target) when one matches.
    fn match_verb(&self, c: &Ctx, v: u32, ids: &[u32]) -> Result<Match, (Option<u32>, String)> {
        let mut m = self.choose_verb_pattern(c, v, ids)?;
        let mut p = self.patterns.get(m.pattern);
        // A targetless pattern that won by the kind of doer gives way to a pattern of the same
        // code whose target is there: "Thousands of protesters threw objects at police" (145 at
        // the police, not 145 with no target).
        if p.target == TargetRole::None && !p.agents.is_empty() {
            let rest: Vec<u32> = ids.iter().copied().filter(|&id| {
                let q = self.patterns.get(id);
                q.code == p.code && q.target != TargetRole::None && q.agents.is_empty()
            }).collect();
            if let Ok(m2) = self.choose_verb_pattern(c, v, &rest) {
                if !m2.targets.is_empty() && m2.targets.iter().any(|&x| c.mention_for(x).is_some()) {
                    m = m2;
                    p = self.patterns.get(m.pattern);
                }
            }
        }
        let sources = self.source_mentions(c, p, &m);
        if sources.is_empty() {
            return Ok(m);
        }
        // An attack launched by a state or its forces is conventional force (CAMEO 1.1b3 190), not
        // the unconventional violence of 180, when an equally specific 19x pattern of the verb
        // matches too ("Russia launched attacks on Kharkiv").
        let state = |s: u32| {
            let a = &c.doc.mentions[s as usize].actor;
            (a.code.len() == 3 && a.country.as_deref() == Some(a.code.as_str())) || a.sector.as_deref() == Some("MIL")
        };
        if p.code == "180" && sources.iter().all(|&(s, _)| state(s)) {
            let conventional: Vec<u32> = ids.iter().copied().filter(|&id| {
                let q = self.patterns.get(id);
                q.code.starts_with("19") && q.specificity() == p.specificity()
            }).collect();
            if let Ok(m2) = self.choose_verb_pattern(c, v, &conventional) {
                let q = self.patterns.get(m2.pattern);
                let q_sources = self.source_mentions(c, q, &m2);
                if !q_sources.is_empty() && q.target == TargetRole::None {
                    return Ok(m2);
                }
                let q_targets = if q_sources.is_empty() { Vec::new() } else { self.target_mentions(c, v, q, &m2, &q_sources) };
                if !q_targets.is_empty() {
                    return Ok(Match { actors: Some((q_sources, q_targets)), ..m2 });
                }
            }
        }
        if p.target == TargetRole::None {
            return Ok(m);
        }
        if sources.len() >= 2 && self.lexicon.reciprocal(&p.code) {
            return Ok(m);
        }
        let targets = self.target_mentions(c, v, p, &m, &sources);
        if !targets.is_empty() {
            return Ok(Match { actors: Some((sources, targets)), ..m });
        }
        // The target found is no actor. A place named after a preposition of place ("held drills
        // in Nairobi") gives way to any targetless pattern of the verb; any other name that is no
        // actor to an equally specific targetless pattern of the same code, which asks the same of
        // the verb but a target ("staged a sit-in at the Capitol": 141 either way). (Giving way for
        // common nouns too, "deployed troops to the area", lowered precision on our gold: the
        // source-only events count as false there.)
        let place = m.targets.first().copied().filter(|&x| self.is_place_only(c, x));
        let named = m.targets.first().is_some_and(|&x| c.doc.tokens[x as usize].upos == Upos::Propn);
        let content = |q: &Pattern| q.specificity() - (!q.preps.is_empty()) as u32;
        let rest: Vec<u32> = ids.iter().copied().filter(|&id| {
            let q = self.patterns.get(id);
            id != m.pattern && q.target == TargetRole::None && (place.is_some() || (named && q.code == p.code && content(q) >= content(p)))
        }).collect();
        match self.choose_verb_pattern(c, v, &rest) {
            Ok(targetless) if !rest.is_empty() => {
                let why = match m.targets.first() {
                    Some(&x) => format!("no target actor: {}", self.lost_target(c, x, &sources)),
                    None => format!("no {} in the parse", target_words(p)),
                };
                Ok(Match { gave_way: Some((m.pattern, why)), ..targetless })
            }
            // (None matches: the prepositional pattern is rejected for its missing target.)
            _ => Ok(m),
        }
    }

    fn choose_verb_pattern(&self, c: &Ctx, v: u32, ids: &[u32]) -> Result<Match, (Option<u32>, String)> {
        let mut order: Vec<u32> = ids.to_vec();
        // Equally constrained patterns: the deeper CAMEO code wins ("sought a loan from" is 0231, not 021).
        order.sort_by_key(|&id| {
            let p = self.patterns.get(id);
            std::cmp::Reverse((p.specificity(), p.code.len()))
        });
        let mut first_fail: Option<(Option<u32>, String)> = None;
        // A failure after the particle and object checks passed says more than a specific
        // variant's missing object ("kill +death"): it is the one reported when both exist.
        let mut role_fail: Option<(Option<u32>, String)> = None;
        let passive_parse = c.is_passive(v);
        let root_acl = c.is_root_participle(v);
        let has_by = c.kids(v).iter().any(|&k| c.dep(k).is("obl") && c.case_of(k) == Some("by"));
        // A phrasal verb: the next word is the particle of one of the verb's patterns and no time
        // ("gave in to Germany" is "give in", whatever the parse made of "in"; "called on Friday"
        // is no "call on"). Patterns without that particle are another sense of the verb.
        let next = v + 1;
        let is_phrasal = (next as usize) < c.end
            && matches!(c.doc.tokens[next as usize].upos, Upos::Adp | Upos::Adv | Upos::Part)
            && !c.head(next).is_some_and(|h| h != v && c.lower_is(h, &self.lexicon.temporal_nouns))
            && ids.iter().any(|&id| self.patterns.get(id).particle.as_deref() == Some(c.lemma(next)));
        let phrasal = is_phrasal.then(|| c.lemma(next));
        // "Israel is opposed to French mediation": a stative passive with no agent is the
        // subject's stance toward the "to" oblique, read as an active verb with that object.
        let stative = (passive_parse && !has_by && c.kid(v, "nsubj:pass").is_some() && self.lexicon.stative_passives.contains(c.lemma(v)))
            .then(|| c.kids(v).iter().copied().find(|&k| c.dep(k).is("obl") && c.case_of(k) == Some("to")))
            .flatten();
        // "amid fighting between Israel and Hezbollah": a gerund with no subject of its own whose
        // "between" phrase names two actors has them as its parties (for a reciprocal act).
        let gerund_parties: Vec<u32> = if c.doc.tokens[v as usize].xpos.as_str() == "VBG" && !c.kids(v).iter().any(|&k| c.dep(k).is("nsubj")) {
            let parties = self.between_parties(c, &[v]);
            if parties.iter().filter(|&&x| c.mention_for(x).is_some()).count() >= 2 { parties } else { Vec::new() }
        } else {
            Vec::new()
        };
        // A match whose pattern lists prepositions while its target came through another one,
        // kept until an equally specific pattern matches with its own preposition: "opened an
        // investigation against Netanyahu" is the "against" pattern, whatever the file order.
        let mut deferred: Option<(u32, Match)> = None;
        for id in order {
            let p = self.patterns.get(id);
            if deferred.as_ref().is_some_and(|(spec, _)| p.specificity() < *spec) {
                break;
            }
            // (A pattern that takes the word as its preposition reads it so too: "called on Israel for".)
            if phrasal.is_some_and(|w| p.particle.as_deref() != Some(w) && !p.preps.iter().any(|x| x == w)) {
                first_fail.get_or_insert((Some(id), format!("the verb is phrasal with {:?}", phrasal.unwrap_or_default())));
                continue;
            }
            // "Unions called off the strike" parsed as the noun "Unions" with a participle: read it
            // as a clause when it has an object-like dependent or the pattern takes no direct object.
            let active_root_acl = root_acl && !has_by && (c.has_object_like(v, p.particle.as_deref()) || !matches!(p.target, TargetRole::Object));
            let passive = passive_parse && !active_root_acl && stative.is_none();
            // Particle: a compound:prt (or adverb) dependent, the next word, or the preposition of the target.
            let mut particle_case: Option<u32> = None;
            if let Some(part) = &p.particle {
                let as_prt = c.kids(v).iter().any(|&k| (c.dep(k).is("compound:prt") || c.dep(k).is("advmod")) && c.lemma(k) == part)
                    || (v as usize + 1 < c.end && c.lemma(v + 1) == part && matches!(c.doc.tokens[v as usize + 1].upos, Upos::Adp | Upos::Adv | Upos::Part) && !c.dep(v + 1).is("case"));
                if !as_prt {
                    // Not a time ("called with Putin on Friday" is no "call on").
                    // Nor a setting: "called for sanctions in the wake of the execution" is no "call in".
                    particle_case = c.kids(v).iter().copied().find(|&k| c.dep(k).is("obl") && c.case_of(k) == Some(part.as_str()) && !c.lower_is(k, &self.lexicon.temporal_nouns) && !c.lower_is(k, &self.lexicon.setting_nouns));
                    if particle_case.is_none() {
                        first_fail.get_or_insert((Some(id), format!("particle {part:?} not found")));
                        continue;
                    }
                }
            }
            // Light-verb object ("held talks", "spoke on the phone", "talks were held").
            let mut obj_noun: Option<u32> = None;
            if !p.objects.is_empty() {
                obj_noun = c.kids(v).iter().copied().find(|&k| {
                    let d = c.dep(k);
                    // A clause's verb is no object word when it is a finite or perfect form: "has
                    // called on China" (misparsed as "have" + complement) is not "have a call".
                    let clausal = d.is("xcomp") || d.is("advcl") || d.is("ccomp");
                    // A mandative "that" clause keeps its base form, often tagged VBP: "demanded that
                    // Russia release the journalist" names the release demanded.
                    let mandative = c.is_content_clause(k) && c.doc.tokens[k as usize].xpos.as_str() == "VBP";
                    let finite_verb = clausal && !mandative && matches!(c.doc.tokens[k as usize].xpos.as_str(), "VBN" | "VBD" | "VBZ" | "VBP");
                    // Nor a negated content clause: "said Iran was not responsible" blames no one.
                    let negated = d.is("ccomp") && c.kids(k).iter().any(|&g| c.dep(g).is("advmod") && self.lexicon.negation.contains(&c.lemma(g).to_ascii_lowercase()));
                    (d.is("obj") || d.is("nsubj:pass") || d.is("obl") || d.is("iobj") || clausal) && !finite_verb && !negated && c.lemma_among(k, &p.objects)
                });
                if obj_noun.is_none() {
                    // One level down: "called on Serbia for reform" (the oblique hangs on the addressee),
                    // "urged the prime minister to resign" (the complement parsed under the object).
                    obj_noun = c.kids(v).iter().copied().filter(|&k| {
                        let d = c.dep(k);
                        d.is("obj") || d.is("iobj") || (d.is("obl") && !d.is("obl:tmod") && !d.is("obl:agent"))
                    }).find_map(|k| {
                        c.kids(k).iter().copied().find(|&g| {
                            let d = c.dep(g);
                            (d.is("nmod") || d.is("acl") || d.is("xcomp") || d.is("obj") || d.is("obl")) && !d.is("acl:relcl") && c.lemma_among(g, &p.objects)
                        })
                    });
                }
                if obj_noun.is_none() {
                    // A compound naming the kind of act: "went on hunger strike", "withdraw the
                    // peacekeeping force", "allowing aid convoys"; or the direct object's adjective:
                    // "dropped an atomic bomb".
                    obj_noun = c.kids(v).iter().copied().filter(|&k| {
                        let d = c.dep(k);
                        d.is("obj") || (d.is("obl") && !d.is("obl:tmod") && !d.is("obl:agent"))
                    }).find_map(|k| c.kids(k).iter().copied().find(|&g| (c.dep(g).is("compound") || (c.dep(g).is("amod") && c.dep(k).is("obj"))) && c.lemma_among(g, &p.objects)));
                }
                if obj_noun.is_none() {
                    first_fail.get_or_insert((Some(id), format!("object {:?} not found", p.objects.join("|"))));
                    continue;
                }
            }
            if !p.unless.is_empty() {
                if let Some(k) = c.kids(v).iter().copied().find(|&k| (c.dep(k).is("obj") || c.dep(k).is("nsubj:pass")) && c.lemma_among(k, &p.unless)) {
                    first_fail.get_or_insert((Some(id), format!("object {:?} vetoes the pattern", c.lemma(k))));
                    continue;
                }
                // Or a modifier of the light-verb object: "continued the general strike", "resumed
                // the sale of oil".
                if let Some(k) = obj_noun.and_then(|o| c.kids(o).iter().copied().find(|&k| vetoing_modifier(c, k) && c.lemma_among(k, &p.unless))) {
                    first_fail.get_or_insert((Some(id), format!("modifier {:?} vetoes the pattern", c.lemma(k))));
                    continue;
                }
            }
            let mut sources = Vec::new();
            let mut targets = Vec::new();
            let mut inherited = false;
            let tgt_tok: Option<u32>;
            let mut src_tok: Option<u32>;
            if p.target == TargetRole::SwapFrom {
                let mut from = Vec::new();
                self.obliques(c, v, &["from".to_string()], &mut from);
                if let Some(o) = obj_noun {
                    self.obliques(c, o, &["from".to_string()], &mut from);
                }
                src_tok = from.first().copied();
                tgt_tok = if passive { c.kid(v, "nsubj:pass") } else { self.subject(c, v, 0).map(|(s, i)| { inherited = i; s }) };
            } else {
                if passive {
                    src_tok = c.kids(v).iter().copied().find(|&k| c.dep(k).is("obl:agent") || (c.dep(k).is("obl") && c.case_of(k) == Some("by")));
                    if src_tok.is_none() {
                        src_tok = self.violent_cause(c, v, violent(p));
                        inherited = src_tok.is_some();
                    }
                    if src_tok.is_none() && self.lexicon.state_act(&p.code) {
                        // "A missionary was arrested in Lebanon": the state where it was done.
                        src_tok = self.state_place(c, v);
                        inherited = src_tok.is_some();
                    }
                    if src_tok.is_none() {
                        // A passive subject with no agent: "the balloon was shot down".
                        role_fail.get_or_insert((Some(id), "passive with no agent (by ...)".into()));
                        continue;
                    }
                } else {
                    src_tok = self.subject(c, v, 0).map(|(s, i)| {
                        inherited = i;
                        s
                    });
                    if stative.is_some() {
                        src_tok = c.kid(v, "nsubj:pass");
                    }
                    if src_tok.is_none() && active_root_acl {
                        src_tok = c.head(v);
                    }
                    if src_tok.is_none() {
                        src_tok = self.adjacent_subject(c, v);
                        inherited = src_tok.is_some();
                    }
                }
                let passive_subject = || {
                    if c.dep(v).as_str() == "acl" {
                        c.head(v)
                    } else {
                        c.kid(v, "nsubj:pass")
                    }
                };
                tgt_tok = match p.target {
                    TargetRole::Object => {
                        if passive {
                            passive_subject()
                        } else {
                            let temporal = |k: &u32| c.lower_is(*k, &self.lexicon.temporal_nouns);
                            let o = c.kids(v).iter().copied().find(|k| c.dep(*k).as_str() == "obj" && !temporal(k)).or_else(|| c.kids(v).iter().copied().find(|k| c.dep(*k).is("obj") && !temporal(k)));
                            // A root participle's object parsed as an agent with no "by".
                            let o = o.or_else(|| if active_root_acl { c.kids(v).iter().copied().find(|&k| c.unmarked_agent(k)) } else { None }).or(stative);
                            // The object after a fronted "as" predicative, which the parse hangs
                            // under it: "denounced as an ugly crime Serbia's suppression of the unrest".
                            let o = o.or_else(|| {
                                let as_phrase = c.kids(v).iter().copied().find(|&k| k > v && (c.dep(k).is("advmod") || c.dep(k).is("obl")) && (c.lemma(k).eq_ignore_ascii_case("as") || c.case_of(k) == Some("as")))?;
                                let inner = |x: u32| c.kids(x).iter().copied().find(|&g| c.dep(g).as_str() == "obj" && c.mention_for(g).is_some());
                                inner(as_phrase).or_else(|| c.kids(as_phrase).iter().copied().find_map(inner))
                            });
                            match o {
                                Some(o) if c.is_relative_pronoun(o) && c.dep(v).is("acl:relcl") => c.head(v),
                                Some(o) => Some(o),
                                // "asked Uganda to reopen the border": the addressee parsed as iobj.
                                None if (c.kid(v, "xcomp").is_some() || c.kid(v, "advcl").is_some()) && c.kid(v, "iobj").is_some() => c.kid(v, "iobj"),
                                // "Xi hosted Putin in Beijing": a named object parsed as a nominal xcomp.
                                None if c.kid(v, "xcomp").is_some_and(|x| matches!(c.doc.tokens[x as usize].upos, Upos::Propn | Upos::Noun) && c.mention_for(x).is_some()) => c.kid(v, "xcomp"),
                                // "met Russian President Vladimir Putin" with the demonym taken for an
                                // adjectival xcomp: the named mention headed there is the object.
                                None if c.kid(v, "xcomp").is_some_and(|x| c.doc.tokens[x as usize].upos == Upos::Adj && c.mention_for(x).is_some_and(|(m, via)| !via && c.doc.mentions[m as usize].head == x && matches!(c.doc.mentions[m as usize].kind, MentionKind::Name | MentionKind::Title))) => c.kid(v, "xcomp"),
                                None => c.kid(v, "xcomp").and_then(|x| c.kid(x, "obj")).or_else(|| c.kids(v).iter().copied().find(|&x| c.is_content_clause(x)).and_then(|x| c.kid_exact(x, "nsubj").or_else(|| c.kid_exact(x, "nsubj:outer")))).or_else(|| if c.dep(v).is("acl:relcl") && src_tok.is_some_and(|s| s != c.head(v).unwrap_or(NONE)) { c.head(v) } else { None }),
                            }
                        }
                    }
                    TargetRole::ObjectOrParticle => {
                        if let Some(pc) = particle_case {
                            Some(pc)
                        } else if passive {
                            passive_subject()
                        } else {
                            c.kid(v, "obj")
                        }
                    }
                    TargetRole::Oblique | TargetRole::IndirectObject => {
                        let mut obl = Vec::new();
                        if p.target == TargetRole::IndirectObject {
                            if let Some(i) = c.kid(v, "iobj") {
                                obl.push(i);
                            }
                        }
                        self.obliques(c, v, &p.preps, &mut obl);
                        if obl.is_empty() && p.code.starts_with("12") {
                            // A rejection's object word found inside a proposal named by its author:
                            // "rejected a United Nations appeal for deploying troops along its border
                            // with Israel" rejects the UN, not Israel.
                            let proposal = obj_noun.and_then(|o| c.head(o)).filter(|&k| Some(k) != obj_noun && c.dep(k).is("obj") && c.head(k) == Some(v));
                            obl.extend(proposal.and_then(|k| {
                                c.kids(k).iter().copied().find(|&g| (c.dep(g).is("compound") || c.dep(g).is("amod") || c.dep(g).is("nmod:poss")) && c.s.mention_of[g as usize - c.base] != NONE)
                            }));
                        }
                        if let Some(o) = obj_noun {
                            self.obliques(c, o, &p.preps, &mut obl);
                        }
                        if obl.is_empty() && passive && p.objects.is_empty() {
                            obl.extend(passive_subject());
                        }
                        if obl.is_empty() {
                            if let Some(x) = c.kid(v, "xcomp") {
                                self.obliques(c, x, &p.preps, &mut obl);
                            }
                        }
                        // (Only a criticism or complaint, 111/114, with no named object: "accused Rwanda
                        // of ... by alleging Paris played a role" accuses Rwanda.)
                        if obl.is_empty() && matches!(p.code.as_str(), "111" | "114") && !passive && c.kid_exact(v, "obj").is_none_or(|o| c.mention_for(o).is_none()) {
                            // A complaint told as a content clause is about its subject: "Kenya
                            // complained that Uganda was harbouring rebels", "Japan protested that
                            // China had violated its airspace".
                            // (The parse may take "that" for the object and hang the clause under it.)
                            let clause = c.kids(v).iter().copied().find(|&x| c.is_content_clause(x)).or_else(|| c.kid_exact(v, "obj").filter(|&o| c.lemma(o).eq_ignore_ascii_case("that")).and_then(|o| c.kid(o, "ccomp")));
                            obl.extend(clause.and_then(|x| c.kid_exact(x, "nsubj").or_else(|| c.kid_exact(x, "nsubj:outer"))).filter(|&x| c.mention_for(x).is_some()));
                        }
                        if obl.is_empty() {
                            // A prepositional-phrase attachment slip: the pattern's oblique hung on
                            // another oblique or adverb of the verb ("spoke on the phone with Xi
                            // earlier", with "with Xi" under "phone" or "earlier").
                            // (An "of" phrase is the oblique's own, never the verb's: "during the
                            // month of Ramadan".)
                            let slipped: Vec<String> = p.preps.iter().filter(|x| x.as_str() != "of").cloned().collect();
                            for &x in c.kids(v) {
                                let d = c.dep(x);
                                if ((d.is("obl") && !d.is("obl:agent")) || d.is("advmod")) && obl.is_empty() {
                                    self.obliques(c, x, &slipped, &mut obl);
                                }
                            }
                        }
                        if obl.is_empty() && p.code.starts_with("04") {
                            // The counterpart of a meeting hung on the object: "discussed the Syrian
                            // crisis with his Turkish counterpart" (not the Syrian of the crisis).
                            if let Some(o) = c.kid_exact(v, "obj") {
                                let mut inner = Vec::new();
                                self.obliques(c, o, &p.preps, &mut inner);
                                obl.extend(inner.into_iter().find(|&k| c.mention_for(k).is_some_and(|(_, via)| !via)));
                            }
                        }
                        if obl.is_empty() && !passive {
                            // The light-verb word found in an oblique while a named actor is the
                            // direct object: "met Xi on the sidelines of the G20 summit" meets Xi,
                            // not the G20 inside the oblique.
                            if let Some(o) = obj_noun.filter(|&o| c.dep(o).is("obl")).and_then(|_| c.kid_exact(v, "obj")).filter(|&o| c.mention_for(o).is_some_and(|(_, via)| !via)) {
                                obl.push(o);
                            }
                        }
                        if obl.is_empty() {
                            // The target deeper in the light-verb object: "lifted a ban imposed on X".
                            // A plain object only with the pattern's preposition inside it ("imposed
                            // restrictions on X"; not "strikes a building in Kyiv" for "strike over").
                            let plain = || c.kid_exact(v, "obj").filter(|&o| self.has_prep_inside(c, o, &p.preps, 2));
                            // The light-verb object's adjective is no target without the pattern's
                            // preposition, unless it names a nation ("rejected an Australian
                            // ultimatum"): "conducting military exercises in Alaska" is with no one.
                            let adjectival = |o: u32| c.kids(o).iter().any(|&k| {
                                let m = c.s.mention_of[k as usize - c.base];
                                c.dep(k).is("amod") && m != NONE && c.doc.mentions[m as usize].kind != MentionKind::Demonym
                            });
                            if let Some(o) = obj_noun.filter(|&o| !adjectival(o) || self.has_prep_inside(c, o, &p.preps, 2)).or_else(plain) {
                                if self.target_through_noun(c, v, &[o], &[], !p.code.starts_with("04") || p.code == "042", None).is_some() {
                                    obl.push(o);
                                }
                            }
                        }
                        if p.code.starts_with("11") && obl.len() > 1 {
                            // A complaint's target is what it is about, not whom it is made to:
                            // "complained to the United Nations over Israeli air raids" (Lebanon → Israel).
                            let about = |k: &u32| c.case_of(*k).is_some_and(|x| matches!(x, "about" | "over" | "against")) && c.mention_for(*k).is_some();
                            if let Some(i) = obl.iter().position(about) {
                                move_to_front(&mut obl, i);
                            }
                        }
                        obl.first().copied()
                    }
                    TargetRole::SwapFrom | TargetRole::None => None,
                };
            }
            let mut via = None;
            let tgt_tok = match tgt_tok {
                // The object of the complement, not an actor itself ("threatened to cut off
                // electricity to Nakhichevan"): the actor is looked for in that clause.
                Some(t) if c.mention_for(t).is_none() && c.head(t).is_some_and(|x| x != v && c.head(x) == Some(v)) => {
                    match self.complement_target(c, v, &p.preps) {
                        Some((x, found)) => {
                            via = Some(x);
                            Some(found)
                        }
                        None => {
                            via = c.head(t);
                            Some(t)
                        }
                    }
                }
                Some(t) => Some(t),
                // An intent head's complement is an intention: a target found only there goes with
                // an intent pattern ("agreed to set up a centre for refugees" is no 019 "agree with").
                None if self.lexicon.intent_heads.contains(c.lemma(v)) && p.objects.is_empty() && !p.code.starts_with("03") => None,
                // A request's addressee is its object ("Congress is asking Obama to help Iran"): the
                // complement's object is not the target of the request.
                None if self.lexicon.request_heads.contains(c.lemma(v)) && c.kids(v).iter().any(|&k| c.dep(k).is("obj") && c.mention_for(k).is_some()) => None,
                // A named direct object is the verb's counterpart, which a prepositional pattern
                // left out: "met Zelensky in Kiev to discuss Russia" is no meeting with Russia (the
                // pattern taking the object comes next).
                None if matches!(p.target, TargetRole::Oblique | TargetRole::IndirectObject) && p.objects.is_empty() && c.kid_exact(v, "obj").is_some_and(|o| c.mention_for(o).is_some_and(|(_, via)| !via)) => None,
                // A meeting's counterpart is never inside a clause of the verb: "Ukraine reports
                // intercepting Russian drones", "met in Beijing to discuss Iran".
                None if p.code.starts_with("04") && p.target != TargetRole::None => None,
                None if p.target != TargetRole::None && p.target != TargetRole::SwapFrom => {
                    // The target named inside the complement: "threatened to cut off electricity to
                    // Nakhichevan", "agreed to lift embargoes against OPEC".
                    // (A threat made on a condition: the party the condition is on, "threatened to
                    // respond with force if South Korea continues the drills".)
                    self.complement_target(c, v, &p.preps)
                        .or_else(|| if matches!(&p.code[..2], "05" | "06" | "07") { self.purpose_target(c, v) } else { None })
                        .or_else(|| if p.code.starts_with("13") { self.condition_party(c, v).and_then(|t| Some((c.head(t)?, t))) } else { None })
                        // (A refusal until someone acts is addressed to that party: "will not lift
                        // the embargo until China signs the covenant".)
                        .or_else(|| if self.refused(c, v, false) { self.condition_subject(c, v, &["until", "unless", "if"]).and_then(|t| Some((c.head(t)?, t))) } else { None })
                        .map(|(x, t)| {
                        via = Some(x);
                        t
                    })
                }
                // A targetless act done in another country targets that country: "Serbia lifted a
                // night curfew in Montenegro", "prisoners rioted at a jail in northern Israel".
                None if p.target == TargetRole::None && !passive => self.locative_target(c, v, obj_noun, src_tok, violent(p)).map(|(k, _)| k),
                None => None,
            };
            if let Some(s) = src_tok {
                c.with_conjuncts(s, &mut sources);
                // The last of a list of subjects hung on the verb with the conjunction: "The US,
                // Russia, and Switzerland met" ("Switzerland" a second subject of "met").
                if c.head(s) == Some(v) && c.dep(s).as_str() == "nsubj" {
                    let more: Vec<u32> = c.kids(v).iter().copied().filter(|&k| k > s && c.dep(k).as_str() == "nsubj" && c.mention_for(k).is_some_and(|(_, via)| !via) && c.dep(k - 1).is("cc") && c.head(k - 1).is_some_and(|h| h == k || h == v)).collect();
                    for k in more {
                        c.with_conjuncts(k, &mut sources);
                    }
                }
            }
            if let Some(t) = tgt_tok {
                c.with_conjuncts(t, &mut targets);
            }
            if !gerund_parties.is_empty() && targets.is_empty() && p.target != TargetRole::SwapFrom && self.lexicon.reciprocal(&p.code) {
                sources.clone_from(&gerund_parties);
                inherited = false;
            }
            if sources.is_empty() {
                role_fail.get_or_insert((Some(id), "no subject or agent in the parse".into()));
                continue;
            }
            // The kind of doer the pattern needs: "a suicide bomber killed 20" (1831), not any killer.
            if !p.agents.is_empty() && !src_tok.is_some_and(|s| self.is_agent(c, s, &p.agents)) {
                first_fail.get_or_insert((Some(id), format!("source is no {}", p.agents.join("|"))));
                continue;
            }
            // The kind of target the pattern needs: "withdrew from the WHO" (161), not any "from".
            if !p.target_kinds.is_empty() && !self.target_of_kind(c, &targets, &p.target_kinds) {
                first_fail.get_or_insert((Some(id), format!("target is no {}", p.target_kinds.join("|"))));
                continue;
            }
            // Prefer a pattern whose target role is filled; keep looking otherwise.
            if targets.is_empty() && p.target != TargetRole::None {
                let has_mentions = sources.iter().filter(|&&s| c.mention_for(s).is_some()).count() >= 2;
                if !(has_mentions && self.lexicon.reciprocal(&p.code)) {
                    role_fail.get_or_insert((Some(id), format!("no {} in the parse", target_words(p))));
                    continue;
                }
            }
            let m = Match { pattern: id, sources, targets, inherited, via, gave_way: None, actors: None };
            let prep_pattern = !p.preps.is_empty() && matches!(p.target, TargetRole::Oblique | TargetRole::IndirectObject) && via.is_none();
            if prep_pattern {
                // Its preposition marks the target, or the light-verb object the target hangs from.
                let present = tgt_tok.is_none_or(|t| c.case_of(t).is_some_and(|x| p.preps.iter().any(|q| q == x)) || (c.case_of(t).is_none() && self.has_prep_inside(c, t, &p.preps, 1)) || c.dep(t).is("iobj"));
                if !present {
                    deferred.get_or_insert((p.specificity(), m));
                    continue;
                }
            } else if deferred.is_some() {
                continue;
            }
            return Ok(m);
        }
        if let Some((_, m)) = deferred {
            return Ok(m);
        }
        Err(role_fail.or(first_fail).unwrap_or((None, "no pattern matched".into())))
    }

    /// True when one of the target tokens `targets` names an actor of one of `kinds` (a pattern's
    /// `target_kind`: "igo", "ngo", "state").
    fn target_of_kind(&self, c: &Ctx, targets: &[u32], kinds: &[String]) -> bool {
        targets.iter().filter_map(|&t| c.mention_for(t)).any(|(m, _)| {
            let a = &c.doc.mentions[m as usize].actor;
            kinds.iter().any(|k| crate::patterns::actor_is_kind(k, &a.code, a.country.as_deref(), a.sector.as_deref()))
        })
    }

    /// Why target word `x` gave no target actor: it names none, or only the source's own side
    /// ("Trump dismisses Kristi Noem", USAGOV both).
    fn lost_target(&self, c: &Ctx, x: u32, src_mentions: &[(u32, bool)]) -> String {
        let text = c.doc.token_text(x as usize);
        let code_of = |m: u32| c.doc.mentions[m as usize].actor.code.as_str();
        match c.mention_for(x) {
            Some((tm, _)) if src_mentions.iter().any(|&(sm, _)| code_of(sm) == code_of(tm) || own_forces(code_of(sm), code_of(tm))) => {
                format!("{text:?} ({}) is the source's own side", code_of(tm))
            }
            _ => format!("{text:?} is not a known actor"),
        }
    }

    /// True when `s` is one of the doers `agents` names: its lemma (or lower-cased form) is an
    /// entry's last word and the entry's earlier words modify it ("suicide bomber", "car bomb").
    /// A quantity word stands for the phrase's head noun ("Dozens of militants" tests "militants"),
    /// as the actor mention does.
    fn is_agent(&self, c: &Ctx, s: u32, agents: &[String]) -> bool {
        let m = c.s.mention_of[s as usize - c.base];
        if m != NONE {
            let of = c.kids(s).iter().copied().find(|&k| c.dep(k).is("nmod") && c.case_of(k) == Some("of"));
            if of.is_some_and(|k| c.doc.mentions[m as usize].tokens.contains(&k) && self.is_agent(c, k, agents)) {
                return true;
            }
        }
        agents.iter().any(|a| {
            let words: Vec<&str> = a.split_whitespace().collect();
            let Some((head, mods)) = words.split_last() else { return false };
            c.word_is(s, head)
                && mods.iter().all(|m| {
                    c.kids(s).iter().any(|&k| (c.dep(k).is("compound") || c.dep(k).is("amod") || c.dep(k).is("nmod")) && c.lemma(k).eq_ignore_ascii_case(m))
                })
        })
    }

    /// The place of a targetless act when it is a country other than the source's: an `in`
    /// oblique of `v`, of its light-verb object `obj`, or of another oblique of `v` ("at a jail in
    /// Israel"); with `places`, also a city named as a place (an act of violence: "shelled targets
    /// in Jericho"). None when the source is unknown or the place is the source's own country.
    /// Returns the place's token and its mention.
    fn locative_target(&self, c: &Ctx, v: u32, obj: Option<u32>, src: Option<u32>, places: bool) -> Option<(u32, u32)> {
        let src_country = c.doc.mentions[c.mention_for(src?)?.0 as usize].actor.country.as_deref()?;
        let inn = ["in".to_string()];
        let mut cand = Vec::new();
        self.obliques(c, v, &inn, &mut cand);
        for &k in c.kids(v).iter().chain(obj.iter()) {
            let d = c.dep(k);
            if k == obj.unwrap_or(NONE) || ((d.is("obl") || d.is("obj")) && !d.is("obl:agent") && !d.is("obl:tmod")) {
                self.obliques(c, k, &inn, &mut cand);
            }
        }
        cand.into_iter().find_map(|k| {
            let m = c.s.mention_of[k as usize - c.base];
            let m = if m != NONE { m } else if places { c.place_at(k)? } else { return None };
            c.doc.mentions[m as usize].actor.country.as_deref().is_some_and(|x| x != src_country).then_some((k, m))
        })
    }

    /// A target inside the clausal complement of `v` (xcomp, ccomp or a `to`-infinitive parsed as a
    /// conjunct): an actor oblique with one of `preps`, the object or indirect object, an actor
    /// oblique with a directional preposition, or an object noun an actor hangs from. Returns the
    /// complement and the target token.
    fn complement_target(&self, c: &Ctx, v: u32, preps: &[String]) -> Option<(u32, u32)> {
        const DIRECTIONAL: &[&str] = &["to", "against", "on", "for", "with", "toward", "towards", "into", "from", "over"];
        let comps: Vec<u32> = c.kids(v).iter().copied().filter(|&k| {
            let d = c.dep(k);
            (d.is("xcomp") || c.is_content_clause(k) || c.is_infinitive_conjunct(k)) && !matches!(c.doc.tokens[k as usize].upos, Upos::Noun | Upos::Propn)
        }).collect();
        for x in comps {
            // A content clause with an actor of its own as subject ("demanded that the United
            // States match the EU's support"): that subject is the addressee, which the object
            // patterns take; the clause's object is not the target.
            if c.is_content_clause(x) && c.kids(x).iter().any(|&k| c.dep(k).as_str() == "nsubj" && c.doc.tokens[k as usize].upos != Upos::Pron && c.mention_for(k).is_some()) {
                continue;
            }
            let mut obl = Vec::new();
            self.obliques(c, x, preps, &mut obl);
            if let Some(&o) = obl.iter().find(|&&o| c.mention_for(o).is_some()) {
                return Some((x, o));
            }
            let obj = c.kid_exact(x, "obj").or_else(|| c.kid(x, "obj"));
            for k in [obj, c.kid(x, "iobj")].into_iter().flatten() {
                if c.mention_for(k).is_some() && !c.is_relative_pronoun(k) {
                    return Some((x, k));
                }
            }
            for &k in c.kids(x) {
                let d = c.dep(k);
                if d.is("obl") && !d.is("obl:agent") && !d.is("obl:tmod") && c.case_of(k).is_some_and(|p| DIRECTIONAL.contains(&p)) && c.mention_for(k).is_some() {
                    return Some((x, k));
                }
            }
            if let Some(o) = obj {
                if self.target_through_noun(c, x, &[o], &[], true, None).is_some() {
                    return Some((x, o));
                }
            }
        }
        None
    }

    /// True when verb `h` lends its subject (or passive agent) to the event noun `n` that
    /// depends on it: the object of a light verb ("launched strikes"), its passive subject
    /// ("talks were held"), or an oblique of a listed verb + preposition ("agreed to a ceasefire").
    fn lends_subject(&self, c: &Ctx, n: u32, h: u32) -> bool {
        let lex = self.lexicon;
        let d = c.dep(n);
        if d.is("obj") || d.is("nsubj:pass") {
            return lex.light_verbs.contains(c.lemma(h));
        }
        if d.is("obl") && !d.is("obl:agent") && !d.is("obl:tmod") {
            if let Some(p) = c.case_of(n) {
                let l = c.lemma(h);
                let mut key = String::with_capacity(l.len() + p.len() + 1);
                key.push_str(l);
                key.push(' ');
                key.push_str(p);
                return lex.light_obliques.contains(&key);
            }
        }
        false
    }

    /// The modality a control or intent head gives the event noun it governs, with the reason:
    /// "plans talks with" (intended), "refused talks with" (negated), "called for talks with",
    /// "threatened war" (hypothetical), "resumed talks" (none: asserted). None when `h` is no
    /// such head. Accusation and praise heads ("condemned the attack") are not control heads:
    /// their subject is not the noun's agent.
    fn control_modality(&self, c: &Ctx, h: u32) -> Option<(Modality, String)> {
        let lex = self.lexicon;
        let hw = c.lemma(h).to_ascii_lowercase();
        if lex.light_verbs.contains(&hw) {
            // "undertook a mediation mission", "offered assistance": the light verb performs the act.
            return None;
        }
        let m = if lex.negating_heads.contains(&hw) {
            Modality::Negated
        } else if lex.request_heads.contains(&hw) || lex.hypothetical_heads.contains(&hw) {
            Modality::Hypothetical
        } else if lex.intent_heads.contains(&hw) {
            Modality::Intended
        } else if lex.aspect_heads.contains(&hw) {
            Modality::Asserted
        } else {
            return None;
        };
        Some((m, format!("governed by {hw:?}")))
    }

    /// The parties a "between" phrase on one of `heads` names: its noun and the nouns coordinated
    /// with it ("talks between Biden and Xi"), also a second party the parse hung on the clause as a
    /// conjunct of its own ("broke out between police and protesters"). Empty without one.
    fn between_parties(&self, c: &Ctx, heads: &[u32]) -> Vec<u32> {
        let mut between = Vec::new();
        for &x in heads {
            self.obliques(c, x, &["between".to_string()], &mut between);
        }
        let mut parties = Vec::new();
        if let Some(&b) = between.first() {
            c.with_conjuncts(b, &mut parties);
            if parties.len() == 1 {
                let slipped = c.head(b).and_then(|h| {
                    c.kids(h).iter().copied().find(|&k| k > b && c.dep(k).is("conj") && matches!(c.doc.tokens[k as usize].upos, Upos::Noun | Upos::Propn) && c.kids(k).iter().any(|&g| c.dep(g).is("cc") && c.lemma(g).eq_ignore_ascii_case("and")))
                });
                if let Some(k) = slipped {
                    c.with_conjuncts(k, &mut parties);
                }
            }
        }
        parties
    }

    fn match_noun(&self, c: &Ctx, n: u32, ids: &[u32]) -> Result<Match, (Option<u32>, String)> {
        let mut first_fail = None;
        // A pattern whose preposition the noun has comes first: "a call between Biden and Xi" is
        // the call between two parties (041), not the appeal to someone (020).
        let mut order: Vec<u32> = ids.to_vec();
        order.sort_by_key(|&id| {
            let p = self.patterns.get(id);
            !c.kids(n).iter().any(|&k| c.case_of(k).is_some_and(|x| p.preps.iter().any(|q| q == x)))
        });
        for id in order {
            let p = self.patterns.get(id);
            // A modifier that marks another sense vetoes the pattern: "a general strike", "a hunger
            // strike", "the release of satellite imagery".
            if let Some(k) = c.kids(n).iter().copied().find(|&k| vetoing_modifier(c, k) && c.lemma_among(k, &p.unless)) {
                first_fail.get_or_insert((Some(id), format!("modifier {:?} vetoes the pattern", c.lemma(k))));
                continue;
            }
            // An event noun modifying another noun stands for the phrase: "a mediation effort
            // between X and Y", "launched a mediation mission".
            let anchor = match c.head(n) {
                Some(h) if c.dep(n).is("compound") && c.doc.tokens[h as usize].upos == Upos::Noun => h,
                _ => n,
            };
            let nodes: &[u32] = if anchor == n { &[n][..] } else { &[n, anchor][..] };
            let mut src: Option<u32> = nodes.iter().flat_map(|&x| c.kids(x).iter().copied()).find(|&k| {
                let d = c.dep(k);
                k != n && (d.is("nmod:poss") || d.is("amod") || d.is("compound")) && c.s.mention_of[k as usize - c.base] != NONE
            });
            let mut inherited = false;
            let mut by = Vec::new();
            let mut obl_from_participle: Option<(u32, u32)> = None;
            if src.is_none() {
                // "the attack by Hamas on Israel"
                for &x in nodes {
                    self.obliques(c, x, &["by".to_string()], &mut by);
                }
                src = by.first().copied();
            }
            if src.is_none() {
                // "a drone strike launched by the RSF", "sanctions imposed by the US": the agent of a
                // light verb's participle on the noun.
                if let Some((a, k)) = nodes.iter().find_map(|&x| self.participle_agent(c, x)) {
                    src = Some(a);
                    // The participle's own obliques name the target: "launched by X on Y".
                    obl_from_participle = Some((k, a));
                }
            }
            if src.is_none() && !c.dep(anchor).is("nmod") {
                // "the Russian-led offensive": the leader of the act is its source (not for an act
                // named inside another noun phrase: "assistance to the US-led war").
                src = nodes.iter().find_map(|&x| self.led_by(c, x));
            }
            if src.is_none() && self.lexicon.state_act(&p.code) {
                // "A US national has been put under investigation in Italy", "police placed him under
                // arrest": the one put under the act is its target, the one putting or the state
                // where it was done its source.
                if let Some((s, t)) = self.put_under(c, anchor) {
                    let mut sources = Vec::new();
                    let mut targets = Vec::new();
                    c.with_conjuncts(s, &mut sources);
                    c.with_conjuncts(t, &mut targets);
                    return Ok(Match { pattern: id, sources, targets, inherited: true, via: None, gave_way: None, actors: None });
                }
            }
            // The verb the noun names the act of: "launched strikes", "agreed to a ceasefire",
            // "talks were held".
            let light: Option<u32> = c.head(anchor).filter(|&h| self.lends_subject(c, anchor, h) || (self.control_modality(c, h).is_some() && (c.dep(anchor).is("obj") || (c.dep(anchor).is("obl") && !c.dep(anchor).is("obl:tmod") && !c.dep(anchor).is("obl:agent")))));
            // A meeting or visit the clause is for: "will join Trump and Abe for talks", "gathered
            // for a meeting", "led a delegation on a visit to Russia".
            let purpose = if light.is_none() && p.code.starts_with("04") { self.purpose_head(c, anchor) } else { None };
            let light = light.or(purpose.map(|(h, _)| h));
            if src.is_none() && light.is_none() && c.kids(anchor).iter().any(|&k| c.dep(k).is("cop")) && c.kids(anchor).iter().any(|&k| c.dep(k).is("case")) {
                // The event noun as a prepositional predicate: "Putin is on a visit to China",
                // "Israel and Hamas are in talks": the subject of the copula is the doer.
                src = c.kids(anchor).iter().copied().find(|&k| c.dep(k).as_str() == "nsubj" && c.mention_for(k).is_some());
                inherited = src.is_some();
            }
            if src.is_none() {
                if let Some(h) = light {
                    src = if c.dep(anchor).is("nsubj:pass") {
                        c.kids(h).iter().copied().find(|&k| c.dep(k).is("obl") && c.case_of(k) == Some("by"))
                    } else {
                        self.subject(c, h, 0).map(|(s, _)| s)
                    };
                    inherited = src.is_some();
                }
            }
            let mut obl = Vec::new();
            for &x in nodes {
                self.obliques(c, x, &p.preps, &mut obl);
            }
            if obl.is_empty() {
                // "launched strikes on Beirut" with the oblique on the light verb.
                if let Some(h) = light {
                    self.obliques(c, h, &p.preps, &mut obl);
                }
            }
            if obl.is_empty() {
                // "an attack by militants on a convoy" with "on a convoy" attached to the agent.
                // (Not a place: "crimes by U.S. troops in Afghanistan" is where the troops are.)
                if let Some(&b) = by.first().filter(|&&b| Some(b) == src) {
                    let directional: Vec<String> = p.preps.iter().filter(|x| !matches!(x.as_str(), "in" | "at" | "near" | "inside")).cloned().collect();
                    self.obliques(c, b, &directional, &mut obl);
                }
            }
            if let Some((k, a)) = obl_from_participle.filter(|_| obl.is_empty()) {
                self.obliques(c, k, &p.preps, &mut obl);
                if obl.is_empty() {
                    // Hung on the agent: "launched by the RSF on two fuel stations".
                    let directional: Vec<String> = p.preps.iter().filter(|x| !matches!(x.as_str(), "in" | "at" | "near" | "inside")).cloned().collect();
                    self.obliques(c, a, &directional, &mut obl);
                }
            }
            if obl.is_empty() && !by.is_empty() && src == by.first().copied() && c.case_of(anchor) == Some("of") && c.dep(anchor).is("nmod") {
                // "the embassy was the target of an attack by militants": the subject of the copula
                // whose predicate is a noun of the victim (`victim_nouns`) is the target.
                if let Some(h) = c.head(anchor).filter(|&h| c.lower_is(h, &self.lexicon.victim_nouns) && c.kids(h).iter().any(|&k| c.dep(k).is("cop"))) {
                    obl.extend(c.kids(h).iter().copied().find(|&k| c.dep(k).is("nsubj") && c.mention_for(k).is_some()));
                }
            }
            if obl.is_empty() && src.is_some() {
                // The one met in the clause the meeting is for: "joined Trump for talks".
                if let Some((_, Some(o))) = purpose {
                    obl.push(o);
                }
            }
            let mut sources = Vec::new();
            let mut targets = Vec::new();
            if src.is_none() {
                // "talks between Biden and Xi": the parties are the conjuncts, each other's
                // counterpart when the act is reciprocal, else the first is the source. (Also on
                // the clause the noun is the subject of: "clashes broke out between police and
                // protesters", "fighting erupted between".)
                let clause = c.head(anchor).filter(|_| c.dep(anchor).is("nsubj"));
                let heads: Vec<u32> = nodes.iter().chain(light.iter()).chain(clause.iter()).copied().collect();
                sources = self.between_parties(c, &heads);
                if sources.len() >= 2 {
                    if !self.lexicon.reciprocal(&p.code) {
                        targets = sources.split_off(1);
                    }
                    return Ok(Match { pattern: id, sources, targets, inherited: false, via: light, gave_way: None, actors: None });
                }
                let place = c.head(anchor).map(|h| format!(" ({} of {:?})", c.dep(anchor).as_str(), c.lemma(h))).unwrap_or_else(|| " (root)".into());
                first_fail.get_or_insert((Some(id), format!("event noun without a possessor, actor modifier or light-verb subject{place}")));
                continue;
            }
            if let Some(s) = src {
                c.with_conjuncts(s, &mut sources);
            }
            if let Some(&t) = obl.first() {
                c.with_conjuncts(t, &mut targets);
            }
            if targets.is_empty() && p.target != TargetRole::None && !inherited {
                // Two actors modifying the noun: "the Israel-Hamas war", "US-China talks".
                let is_mod = |k: u32| {
                    let d = c.dep(k);
                    (d.is("compound") || d.is("amod") || d.is("nmod:poss")) && c.s.mention_of[k as usize - c.base] != NONE
                };
                let mut mods: Vec<u32> = c.kids(n).iter().copied().filter(|&k| is_mod(k)).collect();
                for i in 0..mods.len() {
                    let more: Vec<u32> = c.kids(mods[i]).iter().copied().filter(|&k| is_mod(k) || (c.dep(k).is("conj") && c.s.mention_of[k as usize - c.base] != NONE)).collect();
                    mods.extend(more);
                }
                mods.sort_unstable();
                mods.dedup_by_key(|&mut k| c.doc.mentions[c.s.mention_of[k as usize - c.base] as usize].actor.code.clone());
                if mods.len() >= 2 {
                    if self.lexicon.reciprocal(&p.code) {
                        return Ok(Match { pattern: id, sources: mods, targets: Vec::new(), inherited: false, via: None, gave_way: None, actors: None });
                    }
                    return Ok(Match { pattern: id, sources: vec![mods[0]], targets: vec![mods[1]], inherited: false, via: None, gave_way: None, actors: None });
                }
            }
            if targets.is_empty() && p.target != TargetRole::None {
                // "Israel and Lebanon renewed negotiations": coordinated parties of a reciprocal event.
                let parties = sources.iter().filter(|&&s| c.mention_for(s).is_some()).count();
                if !(parties >= 2 && self.lexicon.reciprocal(&p.code)) {
                    first_fail.get_or_insert((Some(id), format!("no {} in the parse", target_words(p))));
                    continue;
                }
            }
            if !p.target_kinds.is_empty() && !self.target_of_kind(c, &targets, &p.target_kinds) {
                first_fail.get_or_insert((Some(id), format!("target is no {}", p.target_kinds.join("|"))));
                continue;
            }
            return Ok(Match { pattern: id, sources, targets, inherited, via: light, gave_way: None, actors: None });
        }
        Err(first_fail.unwrap_or((None, "no pattern matched".into())))
    }

    /// True when `v` is the content clause of a past-tense reporting verb and not conditional.
    fn backshifted(&self, c: &Ctx, v: u32) -> bool {
        let lex = self.lexicon;
        if !c.dep(v).is("ccomp") || c.kids(v).iter().any(|&k| (c.dep(k).is("advcl") || c.dep(k).is("ccomp")) && c.kids(k).iter().any(|&g| c.dep(g).is("mark") && lex.hypothetical_marks.contains(&c.lemma(g).to_ascii_lowercase()))) {
            return false;
        }
        c.head(v).is_some_and(|h| lex.reporting_heads.contains(&c.lemma(h).to_ascii_lowercase()) && matches!(c.doc.tokens[h as usize].xpos.as_str(), "VBD" | "VBN"))
    }

    fn modality(&self, c: &Ctx, v: u32, depth: u8) -> (Modality, Option<String>) {
        let lex = self.lexicon;
        let mut m = Modality::Asserted;
        let mut why = None;
        let mut raise = |m: &mut Modality, new: Modality, reason: String| {
            if rank(new) > rank(*m) {
                *m = new;
                why = Some(reason);
            }
        };
        let mut has_aux = false;
        for &k in c.kids(v) {
            let d = c.dep(k);
            let l = c.lemma(k);
            if (d.is("advmod") || d.is("neg") || d.is("det") || d.is("aux") || d.is("cc:preconj")) && lex.negation.contains(&l.to_ascii_lowercase()) {
                raise(&mut m, Modality::Negated, format!("{:?} negates it", c.doc.token_text(k as usize)));
            } else if d.is("aux") {
                has_aux = true;
                let lw = l.to_ascii_lowercase();
                if lex.intent_aux.contains(&lw) {
                    raise(&mut m, Modality::Intended, format!("auxiliary {:?}", c.doc.token_text(k as usize)));
                } else if lex.backshift_aux.contains(&lw) && self.backshifted(c, v) {
                    raise(&mut m, Modality::Intended, format!("auxiliary {:?} reported by a past-tense verb (backshifted \"will\")", c.doc.token_text(k as usize)));
                } else if lex.hypothetical_aux.contains(&lw) {
                    raise(&mut m, Modality::Hypothetical, format!("auxiliary {:?}", c.doc.token_text(k as usize)));
                }
            } else if d.is("mark") && lex.hypothetical_marks.contains(&l.to_ascii_lowercase()) {
                raise(&mut m, Modality::Hypothetical, format!("{:?} makes it conditional", c.doc.token_text(k as usize)));
            } else if d.is("advmod") && lex.hypothetical_adverbs.contains(&l.to_ascii_lowercase()) {
                raise(&mut m, Modality::Hypothetical, format!("adverb {:?}", c.doc.token_text(k as usize)));
            } else if (d.is("obj") || d.is("nsubj:pass")) && c.doc.tokens[k as usize].upos == Upos::Noun {
                // "held no talks"
                if c.kids(k).iter().any(|&g| c.dep(g).is("det") && lex.negation.contains(&c.lemma(g).to_ascii_lowercase())) {
                    raise(&mut m, Modality::Negated, "its object is negated (\"no\")".into());
                }
            }
        }
        if depth > 3 {
            return (m, why);
        }
        let d = c.dep(v);
        if let Some(h) = c.head(v) {
            let hl = c.lemma(h);
            // A subjunctive content clause of a request is only requested ("demanded that its
            // partners refuse to recognize"): a base or plural-present form, not a report ("told
            // reporters that Russia attacks").
            let requested_clause = c.is_content_clause(v) && c.doc.tokens[v as usize].xpos.as_str() == "VBP" && lex.request_heads.contains(&hl.to_ascii_lowercase()) && !lex.reporting_heads.contains(&hl.to_ascii_lowercase());
            if d.is("xcomp") || c.is_infinitive_conjunct(v) || (d.is("ccomp") && c.doc.tokens[v as usize].xpos.as_str() == "VB") || requested_clause {
                let hw = hl.to_ascii_lowercase();
                let has_obj = c.kid(h, "obj").is_some();
                if lex.negating_heads.contains(&hw) {
                    raise(&mut m, Modality::Negated, format!("complement of {hl:?}"));
                } else if lex.request_heads.contains(&hw) && (has_obj || hw != "want") {
                    raise(&mut m, Modality::Hypothetical, format!("only requested by {hl:?}"));
                } else if lex.hypothetical_heads.contains(&hw) {
                    raise(&mut m, Modality::Hypothetical, format!("complement of {hl:?}"));
                } else if lex.intent_heads.contains(&hw) {
                    raise(&mut m, Modality::Intended, format!("complement of {hl:?}"));
                }
                let (hm, hwhy) = self.modality(c, h, depth + 1);
                if let Some(r) = hwhy {
                    raise(&mut m, hm, format!("{hl:?} is {}: {r}", hm.as_str()));
                }
            } else if d.is("conj") && !has_aux && c.kid(v, "nsubj").is_none() {
                let (hm, hwhy) = self.modality(c, h, depth + 1);
                if let Some(r) = hwhy {
                    raise(&mut m, hm, format!("coordinated with {hl:?}: {r}"));
                }
            } else if d.is("advcl") && c.kids(h).iter().any(|&k| c.dep(k).is("mark") && lex.hypothetical_marks.contains(&c.lemma(k).to_ascii_lowercase())) {
                raise(&mut m, Modality::Hypothetical, format!("main clause of a condition on {hl:?}"));
            } else if let Some(hw) = self.control_noun_of(c, v).and_then(|n| lex.control_nouns.get(&c.lemma(n).to_ascii_lowercase())) {
                // "decision to expel" as "decided to expel", "attempt to" as "tried to".
                if lex.negating_heads.contains(hw) {
                    raise(&mut m, Modality::Negated, format!("complement of {hl:?}"));
                } else if lex.hypothetical_heads.contains(hw) {
                    raise(&mut m, Modality::Hypothetical, format!("complement of {hl:?}"));
                } else if lex.intent_heads.contains(hw) {
                    raise(&mut m, Modality::Intended, format!("complement of {hl:?}"));
                }
                // The noun's own negation or the modality of the verb it is the object of ("will
                // not announce a decision to").
                let (hm, hwhy) = self.modality(c, h, depth + 1);
                if let Some(r) = hwhy {
                    raise(&mut m, hm, format!("{hl:?} is {}: {r}", hm.as_str()));
                }
                if let Some(g) = c.head(h).filter(|_| c.dep(h).is("obj")) {
                    let (gm, gwhy) = self.modality(c, g, depth + 2);
                    if let Some(r) = gwhy {
                        raise(&mut m, gm, format!("{:?} is {}: {r}", c.lemma(g), gm.as_str()));
                    }
                }
            }
        }
        (m, why)
    }
}

/// True for a pattern of the violent roots (CAMEO 18 assault, 19 fight, 20 mass violence).
fn violent(p: &Pattern) -> bool {
    matches!(p.code.get(..2), Some("18" | "19" | "20"))
}

/// True when the actor coded `t` is the armed forces of the state (or its government or leaders)
/// coded `s`: "Britain mobilized army reservists", the army being Britain's means, not its target.
/// True when `t` is the reciprocal pronoun "each other" or "one another", either word its head.
fn each_other(c: &Ctx, t: u32) -> bool {
    let word = |k: usize, w: &str| k >= c.base && k < c.end && c.doc.token_text(k).eq_ignore_ascii_case(w);
    let t = t as usize;
    [("each", "other"), ("one", "another")].iter().any(|&(a, b)| (word(t, a) && word(t + 1, b)) || (t > 0 && word(t - 1, a) && word(t, b)))
}

/// A dependent of an event noun that can mark another sense of it (a pattern's `unless`): an
/// adjective, a compound or an "of" phrase ("the release of satellite imagery").
fn vetoing_modifier(c: &Ctx, k: u32) -> bool {
    let d = c.dep(k);
    d.is("amod") || d.is("compound") || (d.is("nmod") && c.case_of(k) == Some("of"))
}

fn own_forces(s: &str, t: &str) -> bool {
    (s.len() == 3 || (s.len() == 6 && (s.ends_with("GOV") || s.ends_with("ELI")))) && t.len() == 6 && t.starts_with(&s[..3]) && t.ends_with("MIL") && !matches!(&s[..3], "IGO" | "NGO" | "IMG")
}

/// A copy of the tokens with a finite verb the parser hung as a participle modifier of a noun put
/// back at the head of its clause, or None when no sentence needs it:
/// - a verb with its own subject or auxiliary hung as `amod` of the noun after it ("Theresa May has
///   held talks with ...", "held" under "talks"): the verb takes the noun's place, the noun is its object;
/// - a past form as `amod` inside the nominal root's phrase of a sentence with no finite verb ("A
///   Czech court on Tuesday released Syrian Kurdish leader Salih Muslim"): the verb is the root, the
///   root noun its subject and the modified noun its object;
/// - an "-ing" verb of an event pattern (`is_event_verb`) hung as the `case` marker of a noun that
///   modifies the noun before it ("passed a resolution condemning Israel", "condemning" the case of
///   "Israel"): the verb becomes an `acl` of that noun, the marked noun its object, as the parser
///   gives "issued a statement criticising Japan".
fn repair_participles(doc: &Document, temporal: &crate::lexicon::WordSet, is_event_verb: &dyn Fn(&str) -> bool) -> Option<Vec<detente_core::Token>> {
    let mut out: Option<Vec<detente_core::Token>> = None;
    let amod = detente_core::DepRel::parse("amod");
    let obj = detente_core::DepRel::parse("obj");
    let acl = detente_core::DepRel::parse("acl");
    for s in &doc.sentences {
        let r = s.token_range();
        if r.end > doc.tokens.len() || r.is_empty() {
            continue;
        }
        let toks = &doc.tokens;
        let inside = |h: Option<u32>| h.filter(|&h| (h as usize) >= r.start && (h as usize) < r.end);
        let kids_of = |v: usize| (r.start..r.end).filter(move |&k| toks[k].head == Some(v as u32));
        let root = (r.start..r.end).find(|&t| toks[t].head.is_none());
        let finite = (r.start..r.end).any(|t| matches!(toks[t].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD") && toks[t].deprel != amod);
        for v in r.clone() {
            let tv = &toks[v];
            if tv.upos == Upos::Verb && tv.xpos.as_str() == "VBG" && tv.deprel.is("case") && is_event_verb(&tv.lemma.to_lowercase()) {
                let Some(h) = inside(tv.head).map(|h| h as usize) else { continue };
                let Some(n) = inside(toks[h].head).map(|n| n as usize) else { continue };
                // The verb alone marks the noun: not a compound preposition ("according to officials").
                let alone = kids_of(v).next().is_none() && kids_of(h).all(|k| k == v || !toks[k].deprel.is("case"));
                if alone && h > v && n < v && toks[h].deprel.is("nmod") && matches!(toks[h].upos, Upos::Noun | Upos::Propn) && toks[n].upos == Upos::Noun {
                    let t = out.get_or_insert_with(|| doc.tokens.clone());
                    t[v].head = Some(n as u32);
                    t[v].deprel = acl;
                    t[h].head = Some(v as u32);
                    t[h].deprel = obj;
                }
                continue;
            }
            if tv.upos != Upos::Verb || !matches!(tv.xpos.as_str(), "VBD" | "VBN") || tv.deprel != amod {
                continue;
            }
            let Some(h) = inside(tv.head) else { continue };
            let h = h as usize;
            if h <= v || !matches!(toks[h].upos, Upos::Noun | Upos::Propn) {
                continue;
            }
            let clause = kids_of(v).any(|k| {
                let d = toks[k].deprel;
                (d.is("aux") && !d.is("aux:pass")) || (d.is("nsubj") && !d.is("nsubj:pass"))
            });
            // The headline-less case: the verb after the root noun, inside its phrase.
            let rooted = !clause
                && !finite
                && !kids_of(v).any(|k| toks[k].deprel.is("aux") || toks[k].deprel.is("nsubj"))
                // A preposition of the modified noun before the verb belongs to a time between the
                // subject and the verb ("court on Tuesday released"), not to a noun phrase ("execution
                // of a British national angered London" stays as parsed).
                && kids_of(h).filter(|&k| k < v && toks[k].deprel.is("case")).all(|k| toks.get(k + 1).is_some_and(|n| temporal.contains(&n.lemma.to_ascii_lowercase())))
                && root.is_some_and(|rt| {
                    rt < v && matches!(toks[rt].upos, Upos::Noun | Upos::Propn) && !kids_of(rt).any(|k| toks[k].deprel.is("cop")) && {
                        // `h` hangs from the root through nominal relations only.
                        let mut x = h;
                        let mut ok = false;
                        for _ in 0..4 {
                            match inside(toks[x].head) {
                                Some(p) if p as usize == rt => {
                                    ok = toks[x].deprel.is("nmod") || toks[x].deprel.is("appos");
                                    break;
                                }
                                Some(p) if toks[x].deprel.is("nmod") || toks[x].deprel.is("appos") || toks[x].deprel.is("conj") => x = p as usize,
                                _ => break,
                            }
                        }
                        ok
                    }
                });
            if !(clause || rooted) {
                continue;
            }
            let t = out.get_or_insert_with(|| doc.tokens.clone());
            if clause {
                t[v].head = t[h].head;
                t[v].deprel = t[h].deprel;
            } else {
                let rt = root.unwrap_or(v);
                t[v].head = None;
                t[v].deprel = t[rt].deprel;
                t[rt].head = Some(v as u32);
                t[rt].deprel = detente_core::DepRel::parse("nsubj");
            }
            t[h].head = Some(v as u32);
            t[h].deprel = obj;
        }
    }
    out
}

fn rank(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 0,
        Modality::Intended => 1,
        Modality::Hypothetical => 2,
        Modality::Negated => 3,
    }
}

/// Moves `v[i]` to the front, keeping the order of the rest.
fn move_to_front(v: &mut [u32], i: usize) {
    v[..=i].rotate_right(1);
}

/// The place a visit or a hosting goes to, as its target: a `MentionKind::Destination` mention
/// (a capital or city the actors stage read as the place visited, coded as its country) on one
/// of the pattern's target words. Only for the visit and host codes 042 and 043 (042 becomes
/// 036 when intended: "will travel to Beijing"); for every other code, and as a source, a place
/// visited is no actor. A place in the source's own country is a trip home ("Putin returned to
/// Moscow"), which the own-country check on every visit rejects.
fn visit_destination(c: &Ctx, code: &str, targets: &[u32]) -> Option<(u32, bool)> {
    if !matches!(code, "042" | "043") {
        return None;
    }
    targets.iter().find_map(|&t| {
        let mi = c.place_of(t)?;
        let m = &c.doc.mentions[mi as usize];
        let here = (m.head as usize) >= c.base && (m.head as usize) < c.end;
        (m.kind == MentionKind::Destination && here).then_some((mi, false))
    })
}

fn target_words(p: &Pattern) -> String {
    match p.target {
        TargetRole::Object | TargetRole::ObjectOrParticle if p.preps.is_empty() || p.particle.is_some() => "object".into(),
        TargetRole::SwapFrom => "subject".into(),
        _ => format!("target with {:?}", p.preps.join("|")),
    }
}


#[cfg(test)]
mod tests;
