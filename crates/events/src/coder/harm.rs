//! Harm and false senses: who caused a killing or destruction when the clause names no attacker
//! (the actor behind an agentless passive, or a disaster or accident that is no actor), and the
//! dependents that give an event word a non-political sense ("won the match", "hit by the
//! storm"; a pattern's `unless` modifier). Kept together because each decides whether a word
//! that sounds like an event, often of the violent roots 18-20 (`violent`), is one between actors.
use crate::Pattern;
use detente_core::Upos;
use super::view::{Ctx, NONE};
use super::Coder;

impl<'a> Coder<'a> {
    /// The actor behind an agentless passive through the violent act it happened in: "five
    /// people were killed in a Russian drone strike", "... during Israeli shelling of Gaza". The
    /// act is an oblique event noun of roots 18-20 with an actor modifier (or a "by" agent, or a
    /// "-led" leader); a weapon it was done "with" names its user through a participle ("attacked
    /// with gas launched by the government"); for a violent passive (`violent_act`) also the agent
    /// or an oblique of a coordinated verb, or the subject of an adverbial attack clause.
    pub(super) fn violent_cause(&self, c: &Ctx, v: u32, violent_act: bool) -> Option<u32> {
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
        // The agent of a coordinated passive: "two soldiers were killed and three wounded by Taliban
        // fighters". (Only a violent verb's: not "... injured, infuriated by the United States
        // opening its embassy"; and only a real "by" agent: not "injured in China" parsed as one.)
        let violent_verb = |x: u32| self.patterns.verb_patterns(c.lemma(x)).iter().any(|&id| violent(self.patterns.get(id)));
        let agent = verbs
            .iter()
            .skip(1)
            .filter(|&&x| (c.is_passive(x) || c.doc.tokens[x as usize].xpos.as_str() == "VBN") && violent_verb(x))
            .flat_map(|&x| c.kids(x).iter().copied())
            .find(|&k| (c.dep(k).is("obl:agent") || c.dep(k).is("obl")) && matches!(c.case_of(k), Some("by")) && c.mention_for(k).is_some());
        if agent.is_some() {
            return agent;
        }
        for &k in verbs.iter().flat_map(|&x| c.kids(x)) {
            if !c.dep(k).is("obl") || c.dep(k).is("obl:tmod") || !c.case_of(k).is_some_and(|p| matches!(p, "in" | "during" | "amid" | "after" | "following" | "with")) {
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
            // A weapon's user is the agent of any participle on it: "were attacked with poisonous
            // gas launched by the Syrian government", "... with rockets fired by Hezbollah".
            let with = c.case_of(k) == Some("with");
            let user = || {
                c.kids(k).iter().copied().filter(|&x| c.dep(x).as_str() == "acl" && c.doc.tokens[x as usize].xpos.as_str() == "VBN").find_map(|x| {
                    let mut by = Vec::new();
                    self.obliques(c, x, &["by".to_string()], &mut by);
                    // (Or the participle's own passive complement: "gas believed to have been launched by".)
                    for y in c.kids(x).iter().copied().filter(|&y| c.dep(y).is("xcomp")) {
                        self.obliques(c, y, &["by".to_string()], &mut by);
                        by.extend(c.kids(y).iter().copied().filter(|&g| c.dep(g).is("obl:agent") && c.case_of(g) == Some("by")));
                    }
                    by.extend(c.kids(x).iter().copied().filter(|&g| c.dep(g).is("obl:agent") && c.case_of(g) == Some("by")));
                    by.into_iter().find(|&a| c.mention_for(a).is_some())
                })
            };
            let found = if with { actor.or_else(user) } else { actor.or_else(by).or_else(|| self.led_by(c, k)).or_else(|| self.participle_agent(c, k).map(|(a, _)| a).filter(|&a| c.mention_for(a).is_some())) };
            if let Some(a) = found {
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
    /// landfall"), or the object of the clause its participle follows ("reports an outbreak,
    /// killing 39").
    pub(super) fn disaster_cause(&self, c: &Ctx, v: u32) -> Option<u32> {
        let lex = self.lexicon;
        let lower = |x: u32| c.lemma(x).to_ascii_lowercase();
        let disaster = |x: u32| {
            let tok = &c.doc.tokens[x as usize];
            if !matches!(tok.upos, Upos::Noun | Upos::Propn) && tok.xpos.as_str() != "VBG" {
                return false;
            }
            let l = lower(x);
            // (A counted "fire" is a blaze: "A fire at a building kills eight".)
            let counted = || c.kids(x).iter().any(|&k| c.dep(k).is("det") && matches!(lower(k).as_str(), "a" | "an"));
            lex.disaster_nouns.contains(&l)
                || (lex.counted_disaster_nouns.contains(&l) && counted())
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
            // A participle after the object tells that object's harm: "reports a dengue fever
            // outbreak in Blue Nile state, killing 39 people".
            if d.as_str() == "advcl" && c.doc.tokens[x as usize].xpos.as_str() == "VBG" {
                if let Some(o) = c.kid_exact(h, "obj").filter(|&o| o < x && disaster(o)) {
                    return Some(o);
                }
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

    /// A dependent that gives event word `t` a non-political sense (`sense_marker`). For an
    /// event of the violent roots only (`violent_only`), a sports result also counts: a score
    /// ("beat England 2-1"), a shoot-out ("beat France on penalties"), or a marker in a purpose or
    /// result clause ("beat France to win the World Cup", "... has won a test match").
    pub(super) fn discard_dependent(&self, c: &Ctx, t: u32, violent_only: bool) -> Option<u32> {
        if let Some(k) = self.sense_marker(c, t) {
            return Some(k);
        }
        if !violent_only {
            return None;
        }
        let score = |k: u32| c.doc.tokens[k as usize].upos == Upos::Num && is_score(c.doc.token_text(k as usize));
        for &k in c.kids(t) {
            let d = c.dep(k);
            if d.is("xcomp") || d.is("advcl") || d.is("ccomp") {
                if let Some(g) = self.sense_marker(c, k) {
                    return Some(g);
                }
            }
            if score(k) {
                return Some(k);
            }
            if d.is("obj") {
                if let Some(&g) = c.kids(k).iter().find(|&&g| score(g)) {
                    return Some(g);
                }
            }
            if d.is("obl") && c.case_of(k) == Some("on") && matches!(c.lemma(k).to_ascii_lowercase().as_str(), "penalty" | "penalties") {
                return Some(k);
            }
        }
        None
    }

    /// A direct dependent (object, subject, oblique, or their compound or "of" phrase) of `t` listed
    /// as a non-political sense marker ("won the match", "hit by the storm"), not inside an
    /// actor's name and not a military exercise ("war games").
    fn sense_marker(&self, c: &Ctx, t: u32) -> Option<u32> {
        let lex = self.lexicon;
        for &k in c.kids(t) {
            let d = c.dep(k);
            if d.is("obj") || d.is("nsubj") || d.is("obl") || d.is("nmod") || d.is("iobj") {
                // A word inside an actor's name is not a sense marker: "the Arab League", "Real Madrid club".
                if c.s.mention_of[k as usize - c.base] != NONE {
                    continue;
                }
                // A disaster in a phrase of time is the act's occasion, not its sense: "sent
                // rescuers and tents to Turkey after the earthquake" (the harm a disaster does is
                // told apart by `disaster_cause`).
                // (So is one the act is about: "expressed sympathy over the floods".)
                if (d.is("obl") || d.is("nmod")) && self.disaster_occasion(c, k) {
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
                    // (A disaster the object is about or follows is its occasion too: "conveyed
                    // Ankara's sympathy over the devastating floods", "condolences after the
                    // earthquake".)
                    if c.dep(g).is("nmod") && self.disaster_occasion(c, g) {
                        continue;
                    }
                    if (c.dep(g).is("compound") || c.dep(g).is("nmod")) && c.lower_is(g, &lex.discard_dependents) {
                        return Some(g);
                    }
                }
            }
        }
        None
    }

    /// True when `k`, a phrase hung on an event word or its object, is a disaster noun
    /// (`disaster_nouns`) after a preposition of occasion ("after the earthquake") or of topic
    /// ("over the floods"): what the act follows or is about, not a non-political sense of it.
    fn disaster_occasion(&self, c: &Ctx, k: u32) -> bool {
        let occasion = c.case_of(k).is_some_and(|p| OCCASION_PREPS.iter().chain(TOPIC_PREPS.iter()).any(|o| p.eq_ignore_ascii_case(o)));
        occasion && self.lexicon.disaster_nouns.contains(&c.lemma(k).to_ascii_lowercase())
    }
}

/// Prepositions of a phrase of time that tells an act's occasion: "after the earthquake",
/// "following the floods", "since the storm" (a closed class of English).
const OCCASION_PREPS: [&str; 3] = ["after", "following", "since"];

/// Prepositions of a phrase that tells what a statement is about: "sympathy over the floods",
/// "concern about the drought" (a closed class of English).
const TOPIC_PREPS: [&str; 2] = ["over", "about"];

/// True for a sports score written as two numbers joined by a hyphen or dash: "2-1", "3–0".
pub(super) fn is_score(text: &str) -> bool {
    let mut parts = text.split(['-', '\u{2013}']);
    let mut number = || parts.next().is_some_and(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()));
    number() && number() && parts.next().is_none()
}

/// True for a pattern of the violent roots (CAMEO 18 assault, 19 fight, 20 mass violence).
/// The sectors that wield a state's force: its military, its government and its police. A bombing
/// or seizure by them is the state's act, not a non-state group's.
pub(super) const STATE_FORCES: [&str; 3] = ["MIL", "GOV", "COP"];

/// Whether an actor acts with a state's force: a bare state ("RUS") or an actor of one of
/// `sectors` (`STATE_FORCES`, or only "MIL").
pub(super) fn state_or_sector(a: &detente_core::Actor, sectors: &[&str]) -> bool {
    (a.code.len() == 3 && a.country.as_deref() == Some(a.code.as_str())) || a.sector.as_deref().is_some_and(|s| sectors.contains(&s))
}

pub(super) fn violent(p: &Pattern) -> bool {
    violent_code(&p.code)
}

/// True for a code (or root) of the violent roots: 18 assault, 19 fight, 20 mass violence.
pub(super) fn violent_code(code: &str) -> bool {
    matches!(code.get(..2), Some("18" | "19" | "20"))
}

/// A dependent of an event noun that can mark another sense of it (a pattern's `unless`): an
/// adjective, a compound or an "of" phrase ("the release of satellite imagery").
pub(super) fn vetoing_modifier(c: &Ctx, k: u32) -> bool {
    let d = c.dep(k);
    d.is("amod") || d.is("compound") || (d.is("nmod") && c.case_of(k) == Some("of"))
}
