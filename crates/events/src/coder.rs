//! The event coder: finds event verbs and nouns, their source and target actors through
//! the dependency parse, the modality, and fills [`Event`]s.
use crate::{CameoTable, Lexicon, Pattern, PatternSet, TargetRole};
use detente_core::{Diagnostic, Document, Event, MentionKind, Modality, Participant, Stage, Upos};

const NONE: u32 = u32::MAX;

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

/// Per-sentence view: children lists and token → mention map, reused across sentences.
#[derive(Default)]
struct Scratch {
    kid_start: Vec<u32>,
    kids: Vec<u32>,
    mention_of: Vec<u32>,
}

struct Ctx<'d> {
    doc: &'d Document,
    base: usize,
    end: usize,
    s: &'d Scratch,
}

impl<'d> Ctx<'d> {
    fn lemma(&self, t: u32) -> &'d str {
        &self.doc.tokens[t as usize].lemma
    }
    fn dep(&self, t: u32) -> detente_core::DepRel {
        self.doc.tokens[t as usize].deprel
    }
    fn head(&self, t: u32) -> Option<u32> {
        self.doc.tokens[t as usize].head.filter(|&h| (h as usize) >= self.base && (h as usize) < self.end)
    }
    fn kids(&self, t: u32) -> &[u32] {
        let i = t as usize - self.base;
        &self.s.kids[self.s.kid_start[i] as usize..self.s.kid_start[i + 1] as usize]
    }
    fn kid(&self, t: u32, rel: &str) -> Option<u32> {
        self.kids(t).iter().copied().find(|&k| self.dep(k).is(rel))
    }
    fn kid_exact(&self, t: u32, rel: &str) -> Option<u32> {
        self.kids(t).iter().copied().find(|&k| self.dep(k).as_str() == rel)
    }
    /// The preposition (case marker) of a nominal, lower-cased lemma; for a verbal
    /// preposition ("regarding", "concerning", "following") its form, not the verb's lemma.
    fn case_of(&self, t: u32) -> Option<&'d str> {
        self.kids(t).iter().copied().find(|&k| self.dep(k).is("case") || (self.dep(k).is("mark") && self.doc.tokens[k as usize].upos == Upos::Adp)).map(|k| {
            let form = self.doc.token_text(k as usize);
            if self.doc.tokens[k as usize].upos == Upos::Verb && form.bytes().all(|b| b.is_ascii_lowercase()) {
                form
            } else {
                self.lemma(k)
            }
        })
    }
    fn lower_is(&self, t: u32, words: &crate::lexicon::WordSet) -> bool {
        let l = self.lemma(t);
        if words.contains(l) {
            return true;
        }
        l.bytes().any(|b| b.is_ascii_uppercase()) && words.contains(&l.to_ascii_lowercase())
    }
    /// The mention a token stands for: its own, or one on a modifier ("Chinese officials",
    /// "China's support", "the leaders of Iran"). Second value: found through a modifier.
    fn mention_for(&self, t: u32) -> Option<(u32, bool)> {
        let m = self.s.mention_of[t as usize - self.base];
        if m != NONE {
            // A bare role with no country ("Quatar's emir", the country unknown) named by an
            // appositive that has one ("..., Sheikh Hamad bin Khalifa al-Thani"): the appositive.
            let a = &self.doc.mentions[m as usize].actor;
            if a.country.is_none() && a.code.len() == 3 {
                let named = self.kids(t).iter().copied().filter(|&k| self.dep(k).is("appos")).map(|k| self.s.mention_of[k as usize - self.base]).find(|&x| x != NONE && x != m && self.doc.mentions[x as usize].actor.country.is_some());
                if let Some(x) = named {
                    return Some((x, false));
                }
            }
            return Some((m, false));
        }
        for pass in 0..2 {
            for &k in self.kids(t) {
                let d = self.dep(k);
                // An unmarked nominal before its head is a parse slip of the head's own noun: "with Xi
                // earlier" parsed as "with earlier", Xi hanging on "earlier".
                // So is a "subject" of a noun that is no predicate (no copula): "with Xi earlier this
                // month" parsed with "Xi" as the subject of "month".
                let slip = ((d.is("obl:unmarked") || d.is("nmod:unmarked")) && k < t)
                    || (d.is("nsubj") && k < t && matches!(self.doc.tokens[t as usize].upos, Upos::Noun) && !self.kids(t).iter().any(|&g| self.dep(g).is("cop")));
                let ok = if pass == 0 { d.is("nmod:poss") || d.is("amod") || d.is("compound") || d.is("flat") || d.is("appos") || slip } else { d.is("nmod") && matches!(self.case_of(k), Some("of")) };
                if ok {
                    let m = self.s.mention_of[k as usize - self.base];
                    if m != NONE {
                        return Some((m, true));
                    }
                    if pass == 1 {
                        if let Some((m, _)) = self.mention_for_shallow(k) {
                            return Some((m, true));
                        }
                    }
                }
            }
        }
        None
    }
    fn mention_for_shallow(&self, t: u32) -> Option<(u32, bool)> {
        self.kids(t).iter().copied().find_map(|k| {
            let d = self.dep(k);
            let m = self.s.mention_of[k as usize - self.base];
            ((d.is("nmod:poss") || d.is("amod") || d.is("compound")) && m != NONE).then_some((m, true))
        })
    }
    /// `t` and every conjunct coordinated with it ("Russia and China").
    /// Not an indefinite conjunct with no conjunction (an apposition: "Pakistan, a U.S. ally").
    /// Also coordinated demonyms sharing the head noun: "Russian and Iranian leaders" (the first
    /// demonym its own mention, the head's mention starting at the second) gives both, as does a
    /// name compound coordinated with the demonym ("U.S. and Russian negotiators").
    fn with_conjuncts(&self, t: u32, out: &mut Vec<u32>) {
        out.push(t);
        let mut i = out.len() - 1;
        while i < out.len() && out.len() < 8 {
            let x = out[i];
            let mx = self.s.mention_of[x as usize - self.base];
            for &k in self.kids(x) {
                // An indefinite "conjunct" without a conjunction is an apposition parsed as one:
                // "Pakistan, a key U.S. ally, has refused" is Pakistan alone.
                let appositive = self.kids(k).iter().any(|&g| self.dep(g).is("det") && matches!(self.lemma(g).to_ascii_lowercase().as_str(), "a" | "an")) && !self.kids(k).iter().any(|&g| self.dep(g).is("cc"));
                if self.dep(k).is("conj") && !appositive && !out.contains(&k) {
                    out.push(k);
                }
                let mk = self.s.mention_of[k as usize - self.base];
                let shared = mx != NONE
                    && mk != NONE
                    && mk != mx
                    && ((self.dep(k).is("amod") && self.doc.mentions[mk as usize].kind == MentionKind::Demonym) || self.dep(k).is("compound"))
                    && self.kids(k).iter().any(|&g| self.dep(g).is("conj") && self.s.mention_of[g as usize - self.base] == mx);
                if shared && !out.contains(&k) {
                    out.push(k);
                }
                // A conjunct hung on a word inside the mention rather than on its head: the name of
                // a titled person ("Libyan leader Muammar Gaddafi and Bulgarian President Todor
                // Zhivkov", the second conjunct on "Gaddafi") or the countries of a plural role
                // ("the foreign ministers of India and Pakistan", the leaders of both).
                // So are the countries of conjoined modifiers of a head that is no actor itself:
                // "the Turkish and Greek sides".
                let inner = (mx != NONE && mk == mx && (self.dep(k).is("appos") || self.dep(k).is("flat")))
                    || (mx == NONE && mk != NONE && (self.dep(k).is("amod") || self.dep(k).is("compound")) && self.doc.tokens[x as usize].upos == Upos::Noun);
                let plural_of = self.doc.tokens[x as usize].xpos.as_str() == "NNS" && self.dep(k).is("nmod") && self.case_of(k) == Some("of") && mk != NONE && (mx == NONE || mk == mx);
                if inner || plural_of {
                    for &g in self.kids(k) {
                        let appositive = self.kids(g).iter().any(|&h| self.dep(h).is("det") && matches!(self.lemma(h).to_ascii_lowercase().as_str(), "a" | "an")) && !self.kids(g).iter().any(|&h| self.dep(h).is("cc"));
                        if self.dep(g).is("conj") && !appositive && ![NONE, mx, mk].contains(&self.s.mention_of[g as usize - self.base]) && !out.contains(&g) {
                            out.push(g);
                        }
                    }
                }
            }
            i += 1;
        }
    }
    fn is_passive(&self, v: u32) -> bool {
        self.kids(v).iter().any(|&k| self.dep(k).is("nsubj:pass") || self.dep(k).is("aux:pass"))
            || (self.dep(v).as_str() == "acl" && self.doc.tokens[v as usize].xpos.as_str() == "VBN")
    }
    /// A `to`-infinitive parsed as a conjunct or adverbial clause of its governing verb ("called on
    /// China both publicly and privately to press Iran"): treated as that verb's complement.
    fn is_infinitive_conjunct(&self, v: u32) -> bool {
        (self.dep(v).is("conj") || self.dep(v).as_str() == "advcl") && self.doc.tokens[v as usize].xpos.as_str() == "VB" && self.kids(v).iter().any(|&k| self.dep(k).is("mark") && self.lemma(k) == "to")
    }
    /// True when the lemma of `t` is one of `words`, tolerating a plural the lemmatizer kept
    /// ("troops" for "troop") and, for a clause, a modal auxiliary of it ("said Libya must hand
    /// over" matches `must`).
    fn lemma_among(&self, t: u32, words: &[String]) -> bool {
        let l = self.lemma(t);
        let lower = l.to_ascii_lowercase();
        let singular = lower.strip_suffix('s').filter(|x| x.len() > 2);
        if words.iter().any(|w| *w == lower || Some(w.as_str()) == singular) {
            return true;
        }
        let d = self.dep(t);
        (d.is("ccomp") || d.is("xcomp")) && self.kids(t).iter().any(|&k| self.dep(k).is("aux") && words.iter().any(|w| w == &self.lemma(k).to_ascii_lowercase()))
    }
    /// A verb the tagger took for a plural or singular noun ("Oman reaches an agreement" tagged
    /// NNS): a common noun with a direct object of its own, which nouns never take.
    fn is_mistagged_verb(&self, t: u32) -> bool {
        let tok = &self.doc.tokens[t as usize];
        tok.upos == Upos::Noun && matches!(tok.xpos.as_str(), "NNS" | "NN") && self.kids(t).iter().any(|&k| self.dep(k).as_str() == "obj")
    }
    /// A past participle hanging as `acl` on a nominal sentence root right before it, with no
    /// auxiliary: "Thousands demonstrated outside the embassy", "Xi welcomed Lula" (a past tense
    /// the tagger read as VBN), or a headline passive ("Five people killed in strike").
    fn is_root_participle(&self, v: u32) -> bool {
        let Some(h) = self.head(v) else { return false };
        let tok = &self.doc.tokens[v as usize];
        tok.xpos.as_str() == "VBN"
            && self.dep(v).as_str() == "acl"
            && self.doc.tokens[h as usize].head.is_none()
            && matches!(self.doc.tokens[h as usize].upos, Upos::Noun | Upos::Propn | Upos::Pron)
            && h < v
            && (h + 1..v).all(|t| self.head(t).is_some_and(|x| x == h || (x > h && x < v)))
            && !self.kids(v).iter().any(|&k| self.dep(k).is("aux") || self.dep(k).is("aux:pass"))
            && !self.kids(h).iter().any(|&k| self.dep(k).is("cop"))
    }
    /// True when `v` has a dependent that reads as a direct object: an object, a particle, a
    /// nominal complement, an oblique marked by the pattern's particle ("called off the strike"),
    /// or an "agent" with no preposition ("Indian police detained separatist leaders").
    fn has_object_like(&self, v: u32, particle: Option<&str>) -> bool {
        self.kids(v).iter().any(|&k| {
            let d = self.dep(k);
            d.is("obj") || self.unmarked_agent(k) || d.is("compound:prt") || (d.is("xcomp") && matches!(self.doc.tokens[k as usize].upos, Upos::Noun | Upos::Propn)) || (d.is("obl") && particle.is_some() && self.case_of(k) == particle)
        })
    }
    /// An `obl:agent` with no preposition: a direct object the parse took for a passive's agent.
    fn unmarked_agent(&self, k: u32) -> bool {
        self.dep(k).as_str() == "obl:agent" && self.case_of(k).is_none()
    }
    fn is_relative_pronoun(&self, t: u32) -> bool {
        matches!(self.lemma(t).to_ascii_lowercase().as_str(), "who" | "which" | "that" | "whom")
    }
}

/// A chosen pattern with the tokens its roles found.
struct Match {
    pattern: u32,
    sources: Vec<u32>,
    targets: Vec<u32>,
    inherited: bool,
    /// The complement clause the target was found in ("threatened to cut electricity to X"), if any.
    via: Option<u32>,
}

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
        let repaired = repair_participles(doc, &self.lexicon.temporal_nouns);
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
        for (mi, m) in doc.mentions.iter().enumerate() {
            // Places visited are no actors: only `visit_destination` reads them.
            if !m.kind.is_actor() {
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
        let mut absorbed: Vec<u32> = Vec::new();
        for t in c.base as u32..c.end as u32 {
            let tok = &c.doc.tokens[t as usize];
            let verbal = matches!(tok.upos, Upos::Verb) || (tok.upos != Upos::Noun && tok.xpos.is_verbal() && tok.upos != Upos::Aux) || c.is_mistagged_verb(t);
            let nominal = matches!(tok.upos, Upos::Noun) && !verbal;
            let ids: &[u32] = if verbal {
                let ids = self.patterns.verb_patterns(&tok.lemma);
                if ids.is_empty() && tok.xpos.as_str().len() == 3 && matches!(tok.xpos.as_str(), "VBD" | "VBN" | "VBG" | "VBZ") {
                    self.patterns.verb_patterns_by_form(c.doc.token_text(t as usize))
                } else {
                    ids
                }
            } else if nominal {
                // A hyphenated compound written as one word in the patterns: "cease-fire" is a
                // ceasefire, not a "fire".
                let joined = (t as usize >= c.base + 2 && c.doc.token_text(t as usize - 1) == "-")
                    .then(|| format!("{}{}", c.doc.token_text(t as usize - 2).to_ascii_lowercase(), tok.lemma))
                    .map(|w| self.patterns.noun_patterns(&w))
                    .filter(|ids| !ids.is_empty());
                joined.unwrap_or_else(|| self.patterns.noun_patterns(&tok.lemma))
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
            if let Some(h) = self.content_head(c, t) {
                reject(rejections, None, format!("content of {:?}, not an asserted event", c.lemma(h)));
                continue;
            }
            let m = if verbal { self.match_verb(c, t, ids) } else { self.match_noun(c, t, ids) };
            let m = match m {
                Ok(m) => m,
                Err((p, why)) => {
                    reject(rejections, p.map(|p| self.patterns.get(p)), why);
                    continue;
                }
            };
            let p = self.patterns.get(m.pattern);
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
                if let Some(&s) = m.sources.first().filter(|&&s| c.doc.tokens[s as usize].upos == Upos::Noun && self.patterns.noun_patterns(c.lemma(s)).iter().any(|&id| matches!(&self.patterns.get(id).code[..2], "18" | "19" | "20"))) {
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
            let mut tgt_mentions: Vec<(u32, bool)> = m.targets.iter().filter_map(|&s| c.mention_for(s)).collect();
            let code_of = |m: u32| c.doc.mentions[m as usize].actor.code.as_str();
            // A state's own armed forces as the object ("Britain mobilized army reservists for a
            // war against Iraq", "Jordan and Britain agreed to undertake joint military exercises"):
            // the forces are the means, not the target. (Rebels or protesters against the army are
            // a real dyad.)
            let own_forces = |sm: u32, tm: u32| {
                let (s, t) = (code_of(sm), code_of(tm));
                (s.len() == 3 || (s.len() == 6 && s.ends_with("GOV"))) && t.len() == 6 && t.starts_with(&s[..3]) && t.ends_with("MIL") && !matches!(&s[..3], "IGO" | "NGO" | "IMG")
            };
            // Unnamed victims that only borrowed the attacker's country ("Palestinian suicide bombers
            // killed 23 people ... in Tel Aviv": "people" taken for Palestinians) are no dyad of their
            // own: violence done in another country targets that country.
            let borrowed = |sm: u32, tm: u32| {
                let (s, t) = (&c.doc.mentions[sm as usize], &c.doc.mentions[tm as usize]);
                // (A capitalised word names them: "Israeli civilians", not "the presidential administration".)
                let named = t.tokens.clone().any(|k| k != t.head && c.doc.token_text(k as usize).starts_with(|x: char| x.is_uppercase()));
                t.kind == MentionKind::Agent && !named && t.actor.country.is_some() && t.actor.country == s.actor.country
            };
            if !p.nominal && matches!(&p.code[..2], "18" | "19" | "20") && !tgt_mentions.is_empty() && tgt_mentions.iter().all(|&(tm, _)| src_mentions.iter().any(|&(sm, _)| borrowed(sm, tm))) {
                let src = src_mentions.first().map(|&(sm, _)| c.doc.mentions[sm as usize].head).filter(|&h| (h as usize) >= c.base && (h as usize) < c.end);
                // In the clause itself, in one that says how it happened ("when they blew themselves up
                // in Tel Aviv") or in a coordinated one ("kills a woman and injures two others in Israel").
                let place = self.locative_target(c, t, m.targets.first().copied(), src).or_else(|| {
                    // (Hung on the verb or, by a parse slip, on one of its dependents: "late Sunday when ...".)
                    let near = c.kids(t).iter().copied().filter(|&k| !c.dep(k).is("nsubj")).flat_map(|k| c.kids(k).iter().copied());
                    let verbal = |k: u32| matches!(c.doc.tokens[k as usize].upos, Upos::Verb);
                    c.kids(t).iter().copied().chain(near).filter(|&k| c.dep(k).is("advcl") || (c.dep(k).is("conj") && verbal(k))).find_map(|k| self.locative_target(c, k, None, src))
                });
                if let Some((pm, _)) = place.and_then(|x| c.mention_for(x)) {
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
                let through = |v: u32| self.target_through_noun(c, v, &m.targets, &src_mentions, places).filter(|&(f, _)| !src_mentions.iter().any(|&(sm, _)| own_forces(sm, f)));
                // Through the clause or noun the target was found in, else through the event word
                // itself ("rejected the government's dialogue offer": the target word "dialogue"
                // hangs on "offer", whose possessor is the target).
                let on_object = m.targets.first().and_then(|&x| c.head(x)).is_some_and(|h| c.dep(h).is("obj") && c.head(h) == Some(t));
                let found = through(m.via.unwrap_or(t)).or_else(|| m.via.filter(|&x| x != t && on_object).and_then(|_| through(t)));
                // Violence against unnamed victims in another country targets that country: "an
                // Israeli airstrike killed five people in Lebanon".
                let found = found.or_else(|| {
                    if p.nominal || !matches!(&p.code[..2], "18" | "19" | "20") {
                        return None;
                    }
                    let src = src_mentions.first().map(|&(sm, _)| c.doc.mentions[sm as usize].head).filter(|&h| (h as usize) >= c.base && (h as usize) < c.end)?;
                    let place = self.locative_target(c, t, m.targets.first().copied(), Some(src))?;
                    c.mention_for(place).map(|(pm, _)| (pm, true))
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
            if tgt_mentions.is_empty() && p.target != TargetRole::None {
                tgt_mentions.extend(visit_destination(c, &p.code, &m.targets));
            }
            if src_mentions.is_empty() {
                let subj = m.sources.first().map(|&s| format!("{:?} is not a known actor", c.doc.token_text(s as usize))).unwrap_or_else(|| "no subject or agent in the parse".into());
                reject(rejections, Some(p), format!("no source actor: {subj}"));
                continue;
            }
            if p.target == TargetRole::None {
                // A targetless pattern may still have found a place as target (`locative_target`).
                let tg = tgt_mentions.first().map(|&(t, _)| t);
                for &(s, via) in &src_mentions {
                    pairs.push((s, tg, via));
                }
            } else if tgt_mentions.is_empty() {
                if src_mentions.len() >= 2 && lex.reciprocal(&p.code) {
                    for &(a, va) in &src_mentions {
                        for &(b, _) in &src_mentions {
                            if a != b {
                                pairs.push((a, Some(b), va));
                            }
                        }
                    }
                } else {
                    let tgt = m.targets.first().map(|&s| format!("{:?} is not a known actor", c.doc.token_text(s as usize))).unwrap_or_else(|| format!("no {} in the parse", target_words(p)));
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
                let dup = events[first_event..].iter().any(|e: &Event| {
                    (same_code(e) || (p.nominal && light_range == Some(e.verb))) && e.source.actor.code == sm.actor.code && (tm.is_none() || e.target.as_ref().map(|x| &x.actor.code) == tm.map(|x| &x.actor.code))
                });
                if dup {
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
                        absorbed.push(h);
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
        if !absorbed.is_empty() {
            let mut i = first_event;
            while i < events.len() {
                let tok = events[i].verb;
                let absorbed_here = absorbed.iter().any(|&h| c.doc.tokens[h as usize].range == tok && self.lexicon.intent_heads.contains(c.lemma(h)));
                if absorbed_here {
                    let e = events.remove(i);
                    let h = absorbed.iter().copied().find(|&h| c.doc.tokens[h as usize].range == tok).unwrap_or(0);
                    rejections.push(Rejection { token: h, message: format!("{} ({} {}): gives way to its coded complement", c.lemma(h), e.rule, e.cameo), kind: "rejected-candidate" });
                } else {
                    i += 1;
                }
            }
        }
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
    /// is no meeting with Egypt.
    fn target_through_noun(&self, c: &Ctx, v: u32, targets: &[u32], sources: &[(u32, bool)], places: bool) -> Option<(u32, bool)> {
        const DIRECTIONAL: &[&str] = &["to", "against", "on", "for", "with", "toward", "towards", "into", "of", "from", "over"];
        const PLACE: &[&str] = &["in", "at", "near", "outside", "inside"];
        let usable = |m: (u32, bool)| !sources.iter().any(|&(s, _)| c.doc.mentions[s as usize].actor.code == c.doc.mentions[m.0 as usize].actor.code);
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
                for &o in &objs {
                    if let Some((m, _)) = c.mention_for(o) {
                        if usable((m, true)) && !c.is_relative_pronoun(o) {
                            return Some((m, true));
                        }
                    }
                }
            }
            for &n in targets.iter().chain(std::iter::once(&v)).chain(objs.iter()) {
                for &k in c.kids(n) {
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
        let mut stack: Vec<(u32, u8)> = targets.iter().map(|&t| (t, 0)).collect();
        let mut i = 0;
        while i < stack.len() && stack.len() < 48 {
            let (n, depth) = stack[i];
            i += 1;
            for &k in c.kids(n) {
                let d = c.dep(k);
                let nominal = d.is("nmod") || d.is("compound") || d.is("amod") || d.is("appos") || d.is("flat") || d.is("conj");
                let reduced = d.as_str() == "acl" || (depth > 0 && d.is("obl") && !d.is("obl:agent") && !d.is("obl:tmod"));
                if !(nominal || reduced) || c.is_relative_pronoun(k) {
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
                if depth < 3 {
                    stack.push((k, depth + 1));
                }
            }
        }
        None
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

    /// The accusation or denial head whose content `t` is ("accused Y of shelling").
    fn content_head(&self, c: &Ctx, t: u32) -> Option<u32> {
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
    /// ("refused to release", "declined talks"; not "failed to reach"). With `head`, `v` is the
    /// control head of an event noun.
    fn refused(&self, c: &Ctx, v: u32, head: bool) -> bool {
        let lex = self.lexicon;
        let rejection_verb = |h: u32| lex.negating_heads.contains(&c.lemma(h).to_ascii_lowercase()) && self.patterns.verb_patterns(c.lemma(h)).iter().any(|&id| self.patterns.get(id).code.starts_with("12"));
        let negated_future = |x: u32| {
            let kids = c.kids(x);
            kids.iter().any(|&k| (c.dep(k).is("advmod") || c.dep(k).is("neg") || c.dep(k).is("aux")) && lex.negation.contains(&c.lemma(k).to_ascii_lowercase()))
                && kids.iter().any(|&k| c.dep(k).is("aux") && matches!(c.lemma(k).to_ascii_lowercase().as_str(), "will" | "wo" | "would" | "can" | "ca" | "shall"))
        };
        if head {
            return rejection_verb(v) || negated_future(v);
        }
        if negated_future(v) {
            return true;
        }
        let d = c.dep(v);
        (d.is("xcomp") || c.is_infinitive_conjunct(v)) && c.head(v).is_some_and(rejection_verb)
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
            let violent = self.patterns.noun_patterns(c.lemma(k)).iter().any(|&id| matches!(&self.patterns.get(id).code[..2], "18" | "19" | "20"));
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
            if c.dep(k).as_str() != "advcl" || c.is_passive(k) {
                continue;
            }
            // A violent sense whose object word, if it needs one, is there ("launched air strikes",
            // not "tightened their grip").
            let violent = self.patterns.verb_patterns(c.lemma(k)).iter().any(|&id| {
                let p = self.patterns.get(id);
                matches!(&p.code[..2], "18" | "19" | "20")
                    && p.particle.is_none()
                    && (p.objects.is_empty() || c.kids(k).iter().any(|&o| (c.dep(o).is("obj") || c.dep(o).is("obl")) && (c.lemma_among(o, &p.objects) || c.kids(o).iter().any(|&g| c.dep(g).is("compound") && c.lemma_among(g, &p.objects)))))
            });
            if !violent {
                continue;
            }
            let marked = c.kids(k).iter().any(|&g| c.dep(g).is("mark") && when(g));
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
                if d.as_str() == "acl" && infinitive(k) {
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
        let kids: Vec<u32> = c.kids(t).iter().copied().chain(temporal.flat_map(|k| c.kids(k).iter().copied())).collect();
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
        }
    }

    fn match_verb(&self, c: &Ctx, v: u32, ids: &[u32]) -> Result<Match, (Option<u32>, String)> {
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
                    particle_case = c.kids(v).iter().copied().find(|&k| c.dep(k).is("obl") && c.case_of(k) == Some(part.as_str()) && !c.lower_is(k, &self.lexicon.temporal_nouns));
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
                    let mandative = d.is("ccomp") && c.doc.tokens[k as usize].xpos.as_str() == "VBP";
                    let finite_verb = clausal && !mandative && matches!(c.doc.tokens[k as usize].xpos.as_str(), "VBN" | "VBD" | "VBZ" | "VBP");
                    (d.is("obj") || d.is("nsubj:pass") || d.is("obl") || d.is("iobj") || clausal) && !finite_verb && c.lemma_among(k, &p.objects)
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
                if let Some(k) = c.kids(v).iter().copied().find(|&k| (c.dep(k).is("obj") || c.dep(k).is("nsubj:pass")) && p.unless.iter().any(|u| u == c.lemma(k))) {
                    first_fail.get_or_insert((Some(id), format!("object {:?} vetoes the pattern", c.lemma(k))));
                    continue;
                }
                // Or a modifier of the light-verb object: "continued the general strike".
                if let Some(k) = obj_noun.and_then(|o| c.kids(o).iter().copied().find(|&k| (c.dep(k).is("amod") || c.dep(k).is("compound")) && p.unless.iter().any(|u| *u == c.lemma(k).to_ascii_lowercase()))) {
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
                        src_tok = self.violent_cause(c, v, matches!(&p.code[..2], "18" | "19" | "20"));
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
                                None => c.kid(v, "xcomp").and_then(|x| c.kid(x, "obj")).or_else(|| c.kid(v, "ccomp").and_then(|x| c.kid_exact(x, "nsubj"))).or_else(|| if c.dep(v).is("acl:relcl") && src_tok.is_some_and(|s| s != c.head(v).unwrap_or(NONE)) { c.head(v) } else { None }),
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
                        if obl.is_empty() {
                            // A prepositional-phrase attachment slip: the pattern's oblique hung on
                            // another oblique or adverb of the verb ("spoke on the phone with Xi
                            // earlier", with "with Xi" under "phone" or "earlier").
                            for &x in c.kids(v) {
                                let d = c.dep(x);
                                if ((d.is("obl") && !d.is("obl:agent")) || d.is("advmod")) && obl.is_empty() {
                                    self.obliques(c, x, &p.preps, &mut obl);
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
                                if self.target_through_noun(c, v, &[o], &[], !p.code.starts_with("04") || p.code == "042").is_some() {
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
                    self.complement_target(c, v, &p.preps).or_else(|| if matches!(&p.code[..2], "05" | "06" | "07") { self.purpose_target(c, v) } else { None }).map(|(x, t)| {
                        via = Some(x);
                        t
                    })
                }
                // A targetless act done in another country targets that country: "Serbia lifted a
                // night curfew in Montenegro", "prisoners rioted at a jail in northern Israel".
                None if p.target == TargetRole::None && !passive => self.locative_target(c, v, obj_noun, src_tok),
                None => None,
            };
            if let Some(s) = src_tok {
                c.with_conjuncts(s, &mut sources);
            }
            if let Some(t) = tgt_tok {
                c.with_conjuncts(t, &mut targets);
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
            // Prefer a pattern whose target role is filled; keep looking otherwise.
            if targets.is_empty() && p.target != TargetRole::None {
                let has_mentions = sources.iter().filter(|&&s| c.mention_for(s).is_some()).count() >= 2;
                if !(has_mentions && self.lexicon.reciprocal(&p.code)) {
                    role_fail.get_or_insert((Some(id), format!("no {} in the parse", target_words(p))));
                    continue;
                }
            }
            let m = Match { pattern: id, sources, targets, inherited, via };
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

    /// True when `s` is one of the doers `agents` names: its lemma (or lower-cased form) is an
    /// entry's last word and the entry's earlier words modify it ("suicide bomber", "car bomb").
    fn is_agent(&self, c: &Ctx, s: u32, agents: &[String]) -> bool {
        let lemma = c.lemma(s).to_lowercase();
        let form = c.doc.token_text(s as usize).to_lowercase();
        agents.iter().any(|a| {
            let words: Vec<&str> = a.split_whitespace().collect();
            let Some((head, mods)) = words.split_last() else { return false };
            (lemma == *head || form == *head)
                && mods.iter().all(|m| {
                    c.kids(s).iter().any(|&k| (c.dep(k).is("compound") || c.dep(k).is("amod") || c.dep(k).is("nmod")) && c.lemma(k).eq_ignore_ascii_case(m))
                })
        })
    }

    /// The place of a targetless act when it is a country other than the source's: an `in`
    /// oblique of `v`, of its light-verb object `obj`, or of another oblique of `v` ("at a jail in
    /// Israel"). None when the source is unknown or the place is the source's own country.
    fn locative_target(&self, c: &Ctx, v: u32, obj: Option<u32>, src: Option<u32>) -> Option<u32> {
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
        cand.into_iter().find(|&k| {
            let m = c.s.mention_of[k as usize - c.base];
            m != NONE && c.doc.mentions[m as usize].actor.country.as_deref().is_some_and(|x| x != src_country)
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
            (d.is("xcomp") || d.is("ccomp") || c.is_infinitive_conjunct(k)) && !matches!(c.doc.tokens[k as usize].upos, Upos::Noun | Upos::Propn)
        }).collect();
        for x in comps {
            // A content clause with an actor of its own as subject ("demanded that the United
            // States match the EU's support"): that subject is the addressee, which the object
            // patterns take; the clause's object is not the target.
            if c.dep(x).is("ccomp") && c.kids(x).iter().any(|&k| c.dep(k).as_str() == "nsubj" && c.doc.tokens[k as usize].upos != Upos::Pron && c.mention_for(k).is_some()) {
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
                if self.target_through_noun(c, x, &[o], &[], true).is_some() {
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
            // A modifier that marks another sense vetoes the pattern: "a general strike", "a hunger strike".
            if let Some(k) = c.kids(n).iter().copied().find(|&k| (c.dep(k).is("amod") || c.dep(k).is("compound")) && p.unless.iter().any(|u| u.as_str() == c.lemma(k).to_ascii_lowercase())) {
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
            // The verb the noun names the act of: "launched strikes", "agreed to a ceasefire",
            // "talks were held".
            let light: Option<u32> = c.head(anchor).filter(|&h| self.lends_subject(c, anchor, h) || (self.control_modality(c, h).is_some() && (c.dep(anchor).is("obj") || (c.dep(anchor).is("obl") && !c.dep(anchor).is("obl:tmod") && !c.dep(anchor).is("obl:agent")))));
            // A meeting or visit the clause is for: "will join Trump and Abe for talks", "gathered
            // for a meeting", "led a delegation on a visit to Russia".
            let purpose = if light.is_none() && p.code.starts_with("04") { self.purpose_head(c, anchor) } else { None };
            let light = light.or(purpose.map(|(h, _)| h));
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
            if obl.is_empty() && src.is_some() {
                // The one met in the clause the meeting is for: "joined Trump for talks".
                if let Some((_, Some(o))) = purpose {
                    obl.push(o);
                }
            }
            let mut sources = Vec::new();
            let mut targets = Vec::new();
            if src.is_none() {
                // "talks between Biden and Xi": the first conjunct is the source.
                let mut between = Vec::new();
                for &x in nodes.iter().chain(light.iter()) {
                    self.obliques(c, x, &["between".to_string()], &mut between);
                }
                if let Some(&b) = between.first() {
                    c.with_conjuncts(b, &mut sources);
                    if sources.len() >= 2 {
                        targets = sources.split_off(1);
                        return Ok(Match { pattern: id, sources, targets, inherited: false, via: light });
                    }
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
                        return Ok(Match { pattern: id, sources: mods, targets: Vec::new(), inherited: false, via: None });
                    }
                    return Ok(Match { pattern: id, sources: vec![mods[0]], targets: vec![mods[1]], inherited: false, via: None });
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
            return Ok(Match { pattern: id, sources, targets, inherited, via: light });
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
            let requested_clause = d.is("ccomp") && c.doc.tokens[v as usize].xpos.as_str() == "VBP" && lex.request_heads.contains(&hl.to_ascii_lowercase()) && !lex.reporting_heads.contains(&hl.to_ascii_lowercase());
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
            }
        }
        (m, why)
    }
}

/// A copy of the tokens with a finite verb the parser hung as a participle modifier of a noun put
/// back at the head of its clause, or None when no sentence needs it:
/// - a verb with its own subject or auxiliary hung as `amod` of the noun after it ("Theresa May has
///   held talks with ...", "held" under "talks"): the verb takes the noun's place, the noun is its object;
/// - a past form as `amod` inside the nominal root's phrase of a sentence with no finite verb ("A
///   Czech court on Tuesday released Syrian Kurdish leader Salih Muslim"): the verb is the root, the
///   root noun its subject and the modified noun its object.
fn repair_participles(doc: &Document, temporal: &crate::lexicon::WordSet) -> Option<Vec<detente_core::Token>> {
    let mut out: Option<Vec<detente_core::Token>> = None;
    let amod = detente_core::DepRel::parse("amod");
    let obj = detente_core::DepRel::parse("obj");
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
    c.doc.mentions.iter().enumerate().find_map(|(mi, m)| {
        let here = (m.head as usize) >= c.base && (m.head as usize) < c.end;
        (m.kind == MentionKind::Destination && here && targets.iter().any(|t| m.tokens.contains(t))).then_some((mi as u32, false))
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
mod tests {
    use super::*;
    use crate::testdoc::doc;

    fn code(d: &mut Document) -> Vec<String> {
        EventCoder.process(d);
        d.events
            .iter()
            .map(|e| format!("{}>{}:{}:{}", e.source.actor.code, e.target.as_ref().map(|t| t.actor.code.as_str()).unwrap_or("-"), e.cameo, e.modality.as_str()))
            .collect()
    }

    #[test]
    fn intended_travel_is_an_intent_to_meet() {
        let mut d = doc(
            "1 Blinken Blinken PROPN NNP 3 nsubj
             2 will will AUX MD 3 aux
             3 travel travel VERB VB 0 root
             4 to to ADP IN 5 case
             5 China China PROPN NNP 3 obl
             6 . . PUNCT . 3 punct",
            &[(1, 1, "USAGOV"), (5, 5, "CHN")],
        );
        assert_eq!(code(&mut d), ["USAGOV>CHN:036:intended"]);
        assert!(d.events[0].rule.starts_with("dictionaries/events/04_consult.toml:"));
        assert_eq!(d.events[0].plover.event_type, "AGREE");
        assert_eq!(d.slice(d.events[0].verb), "travel");
    }

    #[test]
    fn particle_verb_with_demonym_actors() {
        let mut d = doc(
            "1 An a DET DT 4 det
             2 American American ADJ JJ 4 amod
             3 fighter fighter NOUN NN 4 compound
             4 plane plane NOUN NN 5 nsubj
             5 shot shoot VERB VBD 0 root
             6 down down ADP RP 5 compound:prt
             7 a a DET DT 10 det
             8 Chinese Chinese ADJ JJ 10 amod
             9 surveillance surveillance NOUN NN 10 compound
             10 balloon balloon NOUN NN 5 obj
             11 . . PUNCT . 5 punct",
            &[(2, 2, "USA"), (8, 8, "CHN")],
        );
        assert_eq!(code(&mut d), ["USA>CHN:190:asserted"]);
        assert_eq!(d.events[0].goldstein, -10.0);
    }

    #[test]
    fn phone_call_light_construction() {
        let mut d = doc(
            "1 Biden Biden PROPN NNP 2 nsubj
             2 spoke speak VERB VBD 0 root
             3 on on ADP IN 5 case
             4 the the DET DT 5 det
             5 phone phone NOUN NN 2 obl
             6 with with ADP IN 7 case
             7 Xi Xi PROPN NNP 2 obl
             8 . . PUNCT . 2 punct",
            &[(1, 1, "USAGOV"), (7, 7, "CHNGOV")],
        );
        assert_eq!(code(&mut d), ["USAGOV>CHNGOV:041:asserted"]);
    }

    #[test]
    fn target_oblique_attached_to_another_oblique() {
        // The parser hung "with Xi" on "earlier": the pattern's oblique is still found.
        let mut d = doc(
            "1 Biden Biden PROPN NNP 2 nsubj
             2 spoke speak VERB VBD 0 root
             3 on on ADP IN 5 case
             4 the the DET DT 5 det
             5 phone phone NOUN NN 2 obl
             6 with with ADP IN 7 case
             7 Xi Xi PROPN NNP 8 obl
             8 earlier early ADV RBR 2 advmod
             9 . . PUNCT . 2 punct",
            &[(1, 1, "USAGOV"), (7, 7, "CHNGOV")],
        );
        assert_eq!(code(&mut d), ["USAGOV>CHNGOV:041:asserted"]);
        // ... or "with" on "earlier" and Xi an unmarked nominal under it.
        let mut d = doc(
            "1 Biden Biden PROPN NNP 2 nsubj
             2 spoke speak VERB VBD 0 root
             3 on on ADP IN 5 case
             4 the the DET DT 5 det
             5 phone phone NOUN NN 2 obl
             6 with with ADP IN 8 case
             7 Xi xi NOUN NN 8 obl:unmarked
             8 earlier early ADV RBR 2 obl
             9 . . PUNCT . 2 punct",
            &[(1, 1, "USAGOV"), (7, 7, "CHNGOV")],
        );
        assert_eq!(code(&mut d), ["USAGOV>CHNGOV:041:asserted"]);
    }

    #[test]
    fn perfect_participle_is_not_a_light_verb_object() {
        // "has called on China" misparsed as "have" with a complement "called": no "have a call".
        let mut d = doc(
            "1 The the DET DT 2 det
             2 US US PROPN NNP 3 nsubj
             3 has have VERB VBZ 0 root
             4 called call VERB VBN 3 xcomp
             5 on on ADP IN 6 case
             6 China China PROPN NNP 4 obl
             7 . . PUNCT . 3 punct",
            &[(2, 2, "USA"), (6, 6, "CHN")],
        );
        assert!(!code(&mut d).iter().any(|e| e.contains(":041:")), "{:?}", d.events);
    }

    #[test]
    fn call_on_codes_the_appeal_and_only_requests_the_complement() {
        let mut d = doc(
            "1 The the DET DT 2 det
             2 US US PROPN NNP 4 nsubj
             3 has have AUX VBZ 4 aux
             4 called call VERB VBN 0 root
             5 on on ADP IN 6 case
             6 China China PROPN NNP 4 obl
             7 to to PART TO 8 mark
             8 press press VERB VB 4 xcomp
             9 Iran Iran PROPN NNP 8 obj
             10 to to PART TO 11 mark
             11 exercise exercise VERB VB 8 xcomp
             12 restraint restraint NOUN NN 11 obj
             13 . . PUNCT . 4 punct",
            &[(2, 2, "USA"), (6, 6, "CHN"), (9, 9, "IRN")],
        );
        let got = code(&mut d);
        let reported: Vec<&Event> = d.events.iter().filter(|e| is_reported(e)).collect();
        assert_eq!(reported.len(), 1, "{got:?} {:?}", d.diagnostics);
        assert_eq!((reported[0].source.actor.code.as_str(), reported[0].target.as_ref().unwrap().actor.code.as_str()), ("USA", "CHN"));
        assert!(reported[0].cameo.starts_with("02"), "{got:?}");
        assert!(got.iter().any(|g| g.starts_with("CHN>IRN:") && g.ends_with(":hypothetical")), "{got:?}");
    }

    #[test]
    fn negated_meeting_is_not_reported() {
        let mut d = doc(
            "1 Blinken Blinken PROPN NNP 4 nsubj
             2 did do AUX VBD 4 aux
             3 not not PART RB 4 advmod
             4 meet meet VERB VB 0 root
             5 Wang Wang PROPN NNP 4 obj
             6 . . PUNCT . 4 punct",
            &[(1, 1, "USAGOV"), (5, 5, "CHNGOV")],
        );
        assert_eq!(code(&mut d), ["USAGOV>CHNGOV:040:negated"]);
        assert!(!is_reported(&d.events[0]));
    }

    #[test]
    fn accusation_codes_accuser_and_not_the_alleged_act() {
        let mut d = doc(
            "1 Ukraine Ukraine PROPN NNP 2 nsubj
             2 accused accuse VERB VBD 0 root
             3 Russia Russia PROPN NNP 2 obj
             4 of of SCONJ IN 5 mark
             5 shelling shell VERB VBG 2 advcl
             6 Kharkiv Kharkiv PROPN NNP 5 obj
             7 . . PUNCT . 2 punct",
            &[(1, 1, "UKR"), (3, 3, "RUS"), (6, 6, "UKR")],
        );
        assert_eq!(code(&mut d), ["UKR>RUS:1123:asserted"]);
        assert!(d.diagnostics.iter().any(|x| x.message.contains("content of \"accuse\"")), "{:?}", d.diagnostics);
    }

    #[test]
    fn passive_agent_is_the_source() {
        let mut d = doc(
            "1 The the DET DT 3 det
             2 Chinese Chinese ADJ JJ 3 amod
             3 balloon balloon NOUN NN 6 nsubj:pass
             4 was be AUX VBD 6 aux:pass
             5 reportedly reportedly ADV RB 6 advmod
             6 shot shoot VERB VBN 0 root
             7 down down ADP RP 6 compound:prt
             8 by by ADP IN 10 case
             9 the the DET DT 10 det
             10 US US PROPN NNP 6 obl:agent
             11 . . PUNCT . 6 punct",
            &[(2, 2, "CHN"), (10, 10, "USA")],
        );
        assert_eq!(code(&mut d), ["USA>CHN:190:asserted"]);
    }

    #[test]
    fn coordinated_sources_give_one_event_each() {
        let mut d = doc(
            "1 Russia Russia PROPN NNP 4 nsubj
             2 and and CCONJ CC 3 cc
             3 China China PROPN NNP 1 conj
             4 condemned condemn VERB VBD 0 root
             5 Japan Japan PROPN NNP 4 obj
             6 . . PUNCT . 4 punct",
            &[(1, 1, "RUS"), (3, 3, "CHN"), (5, 5, "JPN")],
        );
        assert_eq!(code(&mut d), ["RUS>JPN:111:asserted", "CHN>JPN:111:asserted"]);
    }

    #[test]
    fn reciprocal_meeting_between_coordinated_actors() {
        let mut d = doc(
            "1 Biden Biden PROPN NNP 4 nsubj
             2 and and CCONJ CC 3 cc
             3 Xi Xi PROPN NNP 1 conj
             4 met meet VERB VBD 0 root
             5 . . PUNCT . 4 punct",
            &[(1, 1, "USAGOV"), (3, 3, "CHNGOV")],
        );
        assert_eq!(code(&mut d), ["USAGOV>CHNGOV:040:asserted", "CHNGOV>USAGOV:040:asserted"]);
    }

    #[test]
    fn coordinated_titled_persons_and_a_plural_role_of_two_countries_act_mutually() {
        // The second name hangs on the first one's name, not on the head of its mention.
        let mut d = doc(
            "1 Libyan Libyan ADJ JJ 2 amod
             2 leader leader NOUN NN 7 nsubj
             3 Gaddafi Gaddafi PROPN NNP 2 appos
             4 and and CCONJ CC 6 cc
             5 President President PROPN NNP 6 nmod:desc
             6 Zhivkov Zhivkov PROPN NNP 3 conj
             7 signed sign VERB VBD 0 root
             8 a a DET DT 9 det
             9 treaty treaty NOUN NN 7 obj
             10 . . PUNCT . 7 punct",
            &[(1, 3, "LBYGOV"), (5, 6, "BGRGOV")],
        );
        assert_eq!(code(&mut d), ["LBYGOV>BGRGOV:057:asserted", "BGRGOV>LBYGOV:057:asserted"]);
        let mut d = doc(
            "1 The the DET DT 3 det
             2 foreign foreign ADJ JJ 3 amod
             3 ministers minister NOUN NNS 8 nsubj
             4 of of ADP IN 5 case
             5 India India PROPN NNP 3 nmod
             6 and and CCONJ CC 7 cc
             7 Pakistan Pakistan PROPN NNP 5 conj
             8 met meet VERB VBD 0 root
             9 . . PUNCT . 8 punct",
            &[(1, 5, "INDGOV"), (7, 7, "PAK")],
        );
        assert_eq!(code(&mut d), ["INDGOV>PAK:040:asserted", "PAK>INDGOV:040:asserted"]);
        // A singular role is one person: "the minister of India and Pakistan" is no pair.
        let mut d = doc(
            "1 The the DET DT 2 det
             2 minister minister NOUN NN 7 nsubj
             3 of of ADP IN 4 case
             4 India India PROPN NNP 2 nmod
             5 and and CCONJ CC 6 cc
             6 Pakistan Pakistan PROPN NNP 4 conj
             7 met meet VERB VBD 0 root
             8 . . PUNCT . 7 punct",
            &[(1, 4, "INDGOV"), (6, 6, "PAK")],
        );
        assert!(code(&mut d).is_empty());
    }

    #[test]
    fn a_name_compound_coordinated_with_the_demonym_of_the_head_is_a_party() {
        let mut d = doc(
            "1 U.S. U.S. PROPN NNP 4 compound
             2 and and CCONJ CC 3 cc
             3 Russian Russian ADJ JJ 1 conj
             4 negotiators negotiator NOUN NNS 5 nsubj
             5 met meet VERB VBD 0 root
             6 . . PUNCT . 5 punct",
            &[(1, 1, "USA"), (3, 4, "RUSGOV")],
        );
        assert_eq!(code(&mut d), ["RUSGOV>USA:040:asserted", "USA>RUSGOV:040:asserted"]);
    }

    #[test]
    fn the_expletive_of_a_control_adjective_is_its_subject() {
        let mut d = doc(
            "1 Syria Syria PROPN NNP 2 nsubj
             2 says say VERB VBZ 0 root
             3 it it PRON PRP 5 expl
             4 is be AUX VBZ 5 cop
             5 willing willing ADJ JJ 2 ccomp
             6 to to PART TO 7 mark
             7 withdraw withdraw VERB VB 5 xcomp
             8 from from ADP IN 9 case
             9 Lebanon Lebanon PROPN NNP 7 obl
             10 . . PUNCT . 2 punct",
            &[(1, 1, "SYR"), (9, 9, "LBN")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("SYR>LBN:") && e.ends_with(":intended")), "{got:?}");
        // A real expletive before an adjective that controls nothing stays one.
        let mut d = doc(
            "1 it it PRON PRP 3 expl
             2 is be AUX VBZ 3 cop
             3 important important ADJ JJ 0 root
             4 to to PART TO 5 mark
             5 withdraw withdraw VERB VB 3 xcomp
             6 from from ADP IN 7 case
             7 Lebanon Lebanon PROPN NNP 5 obl
             8 . . PUNCT . 3 punct",
            &[(7, 7, "LBN")],
        );
        assert!(code(&mut d).is_empty());
    }

    #[test]
    fn subject_on_a_mistagged_auxiliary_and_conjoined_modifiers_of_a_plain_head() {
        let mut d = doc(
            "1 Bangladesh Bangladesh PROPN NNP 2 nsubj
             2 has have VERB VBZ 3 aux
             3 rejected reject VERB VBD 0 root
             4 an a DET DT 6 det
             5 Indian Indian ADJ JJ 6 amod
             6 proposal proposal NOUN NN 3 obj
             7 . . PUNCT . 3 punct",
            &[(1, 1, "BGD"), (5, 5, "IND")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("BGD>IND:12")), "{got:?}");
        let mut d = doc(
            "1 The the DET DT 5 det
             2 Turkish Turkish ADJ JJ 5 amod
             3 and and CCONJ CC 4 cc
             4 Greek Greek ADJ JJ 2 conj
             5 sides side NOUN NNS 6 nsubj
             6 met meet VERB VBD 0 root
             7 . . PUNCT . 6 punct",
            &[(2, 2, "TUR"), (4, 4, "GRC")],
        );
        assert_eq!(code(&mut d), ["TUR>GRC:040:asserted", "GRC>TUR:040:asserted"]);
    }

    #[test]
    fn a_target_phrase_hung_on_a_time_word_is_the_acts_own() {
        let mut d = doc(
            "1 Qatar Qatar PROPN NNP 2 nsubj
             2 mediated mediate VERB VBD 0 root
             3 on on ADP IN 4 case
             4 Saturday Saturday PROPN NNP 2 obl
             5 between between ADP IN 6 case
             6 Israel Israel PROPN NNP 4 nmod
             7 and and CCONJ CC 8 cc
             8 Hamas Hamas PROPN NNP 6 conj
             9 . . PUNCT . 2 punct",
            &[(1, 1, "QAT"), (6, 6, "ISR"), (8, 8, "PSEHMS")],
        );
        assert_eq!(code(&mut d), ["QAT>ISR:045:asserted", "QAT>PSEHMS:045:asserted"]);
    }

    #[test]
    fn a_time_is_never_an_oblique_party() {
        let mut d = doc(
            "1 Britain Britain PROPN NNP 2 nsubj
             2 mobilized mobilize VERB VBD 0 root
             3 reservists reservist NOUN NNS 2 obj
             4 against against ADP IN 5 case
             5 Iraq Iraq PROPN NNP 3 nmod
             6 on on ADP IN 7 case
             7 Tuesday Tuesday PROPN NNP 2 obl
             8 . . PUNCT . 2 punct",
            &[(1, 1, "GBR"), (5, 5, "IRQ")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("GBR>IRQ:15")), "{got:?}");
    }

    #[test]
    fn a_stative_passive_is_the_subjects_stance() {
        let mut d = doc(
            "1 Israel Israel PROPN NNP 3 nsubj:pass
             2 is be AUX VBZ 3 aux:pass
             3 opposed oppose VERB VBN 0 root
             4 to to ADP IN 6 case
             5 French French ADJ JJ 6 amod
             6 mediation mediation NOUN NN 3 obl
             7 . . PUNCT . 3 punct",
            &[(1, 1, "ISR"), (5, 5, "FRA")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("ISR>FRA:11")), "{got:?}");
    }

    #[test]
    fn a_place_visited_is_the_target_of_a_visit_only() {
        let arrived = "1 Blinken Blinken PROPN NNP 2 nsubj
             2 arrived arrive VERB VBD 0 root
             3 in in ADP IN 4 case
             4 Amman Amman PROPN NNP 2 obl
             5 . . PUNCT . 2 punct";
        let mut d = doc(arrived, &[(1, 1, "USAGOV"), (4, 4, "JOR")]);
        d.mentions[1].kind = MentionKind::Destination;
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("USAGOV>JOR:042")), "{got:?}");
        // Never a source, nor the target of another code ("met officials in Amman", "Amman said").
        let met = "1 Blinken Blinken PROPN NNP 2 nsubj
             2 criticized criticize VERB VBD 0 root
             3 Amman Amman PROPN NNP 2 obj
             4 . . PUNCT . 2 punct";
        let mut d = doc(met, &[(1, 1, "USAGOV"), (3, 3, "JOR")]);
        d.mentions[1].kind = MentionKind::Destination;
        let got = code(&mut d);
        assert!(got.iter().all(|e| !e.contains(">JOR")), "{got:?}");
        let said = "1 Amman Amman PROPN NNP 2 nsubj
             2 criticized criticize VERB VBD 0 root
             3 Blinken Blinken PROPN NNP 2 obj
             4 . . PUNCT . 2 punct";
        let mut d = doc(said, &[(1, 1, "JOR"), (3, 3, "USAGOV")]);
        d.mentions[0].kind = MentionKind::Destination;
        let got = code(&mut d);
        assert!(got.iter().all(|e| !e.starts_with("JOR")), "{got:?}");
        // A trip home is no visit.
        let mut d = doc(arrived, &[(1, 1, "JORGOV"), (4, 4, "JOR")]);
        d.mentions[1].kind = MentionKind::Destination;
        let got = code(&mut d);
        assert!(got.iter().all(|e| !e.contains(">JOR")), "{got:?}");
    }

    #[test]
    fn a_bare_role_takes_the_actor_of_its_named_appositive() {
        let mut d = doc(
            "1 the the DET DT 2 det
             2 emir emir NOUN NN 5 nsubj
             3 , , PUNCT , 4 punct
             4 Hamad Hamad PROPN NNP 2 appos
             5 visited visit VERB VBD 0 root
             6 Cairo Cairo PROPN NNP 5 obj
             7 . . PUNCT . 5 punct",
            &[(2, 2, "GOV"), (4, 4, "QATGOV"), (6, 6, "EGYGOV")],
        );
        d.mentions[1].actor.country = Some("QAT".into());
        d.mentions[2].actor.country = Some("EGY".into());
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("QATGOV>EGYGOV:042")), "{got:?}");
    }

    #[test]
    fn nominal_event_with_demonym_source() {
        let mut d = doc(
            "1 The the DET DT 3 det
             2 Israeli Israeli ADJ JJ 3 amod
             3 strike strike NOUN NN 6 nsubj
             4 on on ADP IN 5 case
             5 Beirut Beirut PROPN NNP 3 nmod
             6 killed kill VERB VBD 0 root
             7 five five NUM CD 8 nummod
             8 people people NOUN NNS 6 obj
             9 . . PUNCT . 6 punct",
            &[(2, 2, "ISR"), (5, 5, "LBN")],
        );
        assert_eq!(code(&mut d), ["ISR>LBN:190:asserted"]);
        assert!(d.diagnostics.iter().any(|x| x.message.starts_with("kill") && x.message.contains("no target actor")), "{:?}", d.diagnostics);
    }

    #[test]
    fn reported_speech_codes_the_content_not_the_saying() {
        let mut d = doc(
            "1 Kyiv Kyiv PROPN NNP 2 nsubj
             2 said say VERB VBD 0 root
             3 Russia Russia PROPN NNP 4 nsubj
             4 attacked attack VERB VBD 2 ccomp
             5 Odesa Odesa PROPN NNP 4 obj
             6 . . PUNCT . 2 punct",
            &[(1, 1, "UKRGOV"), (3, 3, "RUS"), (5, 5, "UKR")],
        );
        assert_eq!(code(&mut d), ["RUS>UKR:190:asserted"]);
    }

    #[test]
    fn control_verb_turns_aid_into_intent_and_gives_way() {
        let mut d = doc(
            "1 Japan Japan PROPN NNP 2 nsubj
             2 agreed agree VERB VBD 0 root
             3 to to PART TO 4 mark
             4 send send VERB VB 2 xcomp
             5 aid aid NOUN NN 4 obj
             6 to to ADP IN 7 case
             7 Turkey Turkey PROPN NNP 4 obl
             8 . . PUNCT . 2 punct",
            &[(1, 1, "JPN"), (7, 7, "TUR")],
        );
        assert_eq!(code(&mut d), ["JPN>TUR:033:intended"]);
    }

    #[test]
    fn sports_sense_is_discarded() {
        let mut d = doc(
            "1 Brazil Brazil PROPN NNP 2 nsubj
             2 beat beat VERB VBD 0 root
             3 Argentina Argentina PROPN NNP 2 obj
             4 in in ADP IN 7 case
             5 the the DET DT 7 det
             6 Cup cup PROPN NNP 7 compound
             7 final final NOUN NN 2 obl
             8 . . PUNCT . 2 punct",
            &[(1, 1, "BRA"), (3, 3, "ARG")],
        );
        assert_eq!(code(&mut d), Vec::<String>::new());
        assert!(d.diagnostics.iter().any(|x| x.message.contains("discarded")), "{:?}", d.diagnostics);
    }

    #[test]
    fn relative_clause_subject_is_the_head_noun() {
        let mut d = doc(
            "1 Hamas Hamas PROPN NNP 6 nsubj
             2 , , PUNCT , 4 punct
             3 which which PRON WDT 4 nsubj
             4 attacked attack VERB VBD 1 acl:relcl
             5 Israel Israel PROPN NNP 4 obj
             6 refused refuse VERB VBD 0 root
             7 . . PUNCT . 6 punct",
            &[(1, 1, "PSEREB"), (5, 5, "ISR")],
        );
        assert_eq!(code(&mut d), ["PSEREB>ISR:190:asserted"]);
    }

    #[test]
    fn conditional_and_future_modality() {
        let mut d = doc(
            "1 Iran Iran PROPN NNP 3 nsubj
             2 would would AUX MD 3 aux
             3 attack attack VERB VB 0 root
             4 Israel Israel PROPN NNP 3 obj
             5 . . PUNCT . 3 punct",
            &[(1, 1, "IRN"), (4, 4, "ISR")],
        );
        assert_eq!(code(&mut d), ["IRN>ISR:190:hypothetical"]);
    }

    #[test]
    fn nominal_event_with_by_agent() {
        let mut d = doc(
            "1 The the DET DT 2 det
             2 attack attack NOUN NN 8 nsubj
             3 by by ADP IN 4 case
             4 Hamas Hamas PROPN NNP 2 nmod
             5 on on ADP IN 6 case
             6 Israel Israel PROPN NNP 2 nmod
             7 was be AUX VBD 8 cop
             8 condemned condemn VERB VBN 0 root
             9 . . PUNCT . 8 punct",
            &[(4, 4, "PSEREB"), (6, 6, "ISR")],
        );
        assert_eq!(code(&mut d), ["PSEREB>ISR:190:asserted"]);
    }

    #[test]
    fn bad_heads_and_empty_documents_do_not_panic() {
        let mut d = doc("1 Russia Russia PROPN NNP 2 nsubj\n2 attacked attack VERB VBD 0 root\n3 Ukraine Ukraine PROPN NNP 2 obj", &[(1, 1, "RUS"), (3, 3, "UKR")]);
        d.tokens[0].head = Some(999);
        d.mentions[0].tokens = 0..50;
        EventCoder.process(&mut d);
        let mut empty = Document::new("e", "");
        EventCoder.process(&mut empty);
        assert!(empty.events.is_empty());
    }

    #[test]
    fn addressee_parsed_as_indirect_object_is_the_appeal_target() {
        let mut d = doc(
            "1 Kenya Kenya PROPN NNP 2 nsubj
             2 asked ask VERB VBD 0 root
             3 Uganda Uganda PROPN NNP 2 iobj
             4 to to PART TO 5 mark
             5 reopen reopen VERB VB 2 xcomp
             6 the the DET DT 7 det
             7 border border NOUN NN 5 obj
             8 . . PUNCT . 2 punct",
            &[(1, 1, "KEN"), (3, 3, "UGA")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("KEN>UGA:02") && e.ends_with(":asserted")), "{got:?}");
        assert!(!got.iter().any(|e| e.contains(">-:") || e.contains("border")), "{got:?}");
    }

    #[test]
    fn target_found_inside_a_reduced_relative_of_the_object() {
        let mut d = doc(
            "1 The the DET DT 2 det
             2 US US PROPN NNP 3 nsubj
             3 lifted lift VERB VBD 0 root
             4 a a DET DT 5 det
             5 ban ban NOUN NN 3 obj
             6 imposed impose VERB VBN 5 acl
             7 on on ADP IN 9 case
             8 Chadian Chadian ADJ JJ 9 amod
             9 citizens citizen NOUN NNS 6 obl
             10 . . PUNCT . 3 punct",
            &[(2, 2, "USA"), (8, 9, "TCDCVL")],
        );
        let got = code(&mut d);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("USA>TCDCVL:081"), "{got:?}");
    }

    #[test]
    fn would_under_a_past_reporting_verb_is_an_intention_unless_conditional() {
        let conll = "1 Germany Germany PROPN NNP 2 nsubj
             2 said say VERB VBD 0 root
             3 it it PRON PRP 5 nsubj
             4 would would AUX MD 5 aux
             5 provide provide VERB VB 2 ccomp
             6 aid aid NOUN NN 5 obj
             7 to to ADP IN 8 case
             8 Ukraine Ukraine PROPN NNP 5 obl
             9 . . PUNCT . 2 punct";
        let mut d = doc(conll, &[(1, 1, "DEU"), (3, 3, "DEU"), (8, 8, "UKR")]);
        assert_eq!(code(&mut d), ["DEU>UKR:033:intended"]);
        // The same clause with a condition stays hypothetical.
        let conll_if = "1 Germany Germany PROPN NNP 2 nsubj
             2 said say VERB VBD 0 root
             3 it it PRON PRP 5 nsubj
             4 would would AUX MD 5 aux
             5 provide provide VERB VB 2 ccomp
             6 aid aid NOUN NN 5 obj
             7 to to ADP IN 8 case
             8 Ukraine Ukraine PROPN NNP 5 obl
             9 if if SCONJ IN 11 mark
             10 Russia Russia PROPN NNP 11 nsubj
             11 attacked attack VERB VBD 5 advcl
             12 . . PUNCT . 2 punct";
        let mut d = doc(conll_if, &[(1, 1, "DEU"), (3, 3, "DEU"), (8, 8, "UKR"), (10, 10, "RUS")]);
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("DEU>UKR:07") && e.ends_with(":hypothetical")), "{got:?}");
    }

    #[test]
    fn a_mislemmatized_regular_verb_is_found_by_its_form() {
        // The lemma "shel" is a lemmatizer slip for "shelled"; the form still finds "shell".
        let mut d = doc(
            "1 Russia Russia PROPN NNP 2 nsubj
             2 shelled shel VERB VBD 0 root
             3 Kharkiv Kharkiv PROPN NNP 2 obj
             4 . . PUNCT . 2 punct",
            &[(1, 1, "RUS"), (3, 3, "UKR")],
        );
        assert_eq!(code(&mut d), ["RUS>UKR:194:asserted"]);
    }

    #[test]
    fn two_actor_modifiers_of_an_event_noun_are_its_parties() {
        let mut d = doc(
            "1 The the DET DT 5 det
             2 Israel Israel PROPN NNP 4 compound
             3 - - PUNCT HYPH 2 punct
             4 Hamas Hamas PROPN NNP 5 compound
             5 war war NOUN NN 6 nsubj
             6 continued continue VERB VBD 0 root
             7 . . PUNCT . 6 punct",
            &[(2, 2, "ISR"), (4, 4, "PSEREB")],
        );
        let got = code(&mut d);
        assert!(got.contains(&"ISR>PSEREB:190:asserted".to_string()) && got.contains(&"PSEREB>ISR:190:asserted".to_string()), "{got:?}");
    }
    #[test]
    fn target_found_in_the_complement_clause() {
        let mut d = doc(
            "1 Iran Iran PROPN NNP 2 nsubj
             2 threatened threaten VERB VBD 0 root
             3 to to PART TO 4 mark
             4 cut cut VERB VB 2 xcomp
             5 off off ADP RP 4 compound:prt
             6 electricity electricity NOUN NN 4 obj
             7 to to ADP IN 8 case
             8 Nakhichevan Nakhichevan PROPN NNP 4 obl
             9 . . PUNCT . 2 punct",
            &[(1, 1, "IRN"), (8, 8, "AZE")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("IRN>AZE:13") && e.ends_with(":asserted")), "{got:?} {:?}", d.diagnostics);
    }

    #[test]
    fn time_word_parsed_as_subject_or_object_is_looked_past() {
        let mut d = doc(
            "1 Pakistan Pakistan PROPN NNP 2 compound
             2 today today NOUN NN 3 nsubj
             3 condemned condemn VERB VBD 0 root
             4 Thursday Thursday PROPN NNP 3 obj
             5 India India PROPN NNP 3 obj
             6 . . PUNCT . 3 punct",
            &[(1, 1, "PAK"), (5, 5, "IND")],
        );
        assert_eq!(code(&mut d), ["PAK>IND:111:asserted"]);
    }

    #[test]
    fn event_noun_compound_of_a_light_verb_object() {
        let mut d = doc(
            "1 Qatar Qatar PROPN NNP 2 nsubj
             2 launched launch VERB VBD 0 root
             3 a a DET DT 5 det
             4 mediation mediation NOUN NN 5 compound
             5 effort effort NOUN NN 2 obj
             6 between between ADP IN 7 case
             7 Sudan Sudan PROPN NNP 5 nmod
             8 and and CCONJ CC 9 cc
             9 Chad Chad PROPN NNP 7 conj
             10 . . PUNCT . 2 punct",
            &[(1, 1, "QAT"), (7, 7, "SDN"), (9, 9, "TCD")],
        );
        let got = code(&mut d);
        assert!(got.contains(&"QAT>SDN:045:asserted".to_string()) && got.contains(&"QAT>TCD:045:asserted".to_string()), "{got:?} {:?}", d.diagnostics);
    }

    #[test]
    fn a_word_of_an_actor_name_does_not_discard() {
        let mut d = doc(
            "1 Arab Arab ADJ JJ 2 amod
             2 League League PROPN NNP 3 nsubj
             3 condemned condemn VERB VBD 0 root
             4 Israel Israel PROPN NNP 3 obj
             5 . . PUNCT . 3 punct",
            &[(1, 2, "IGOARL"), (4, 4, "ISR")],
        );
        assert_eq!(code(&mut d), ["IGOARL>ISR:111:asserted"]);
    }

    #[test]
    fn unresolved_pronoun_of_a_reported_clause_is_the_speaker() {
        // "it" left unresolved by coreference: the reporting verb's subject is the source.
        let mut d = doc(
            "1 Farc Farc PROPN NNP 3 nsubj
             2 has have AUX VBZ 3 aux
             3 said say VERB VBN 0 root
             4 it it PRON PRP 6 nsubj
             5 will will AUX MD 6 aux
             6 release release VERB VB 3 ccomp
             7 the the DET DT 8 det
             8 hostages hostage NOUN NNS 6 obj
             9 to to ADP IN 10 case
             10 Colombia Colombia PROPN NNP 6 obl
             11 . . PUNCT . 3 punct",
            &[(1, 1, "COLREB"), (10, 10, "COL")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("COLREB>COL:035") && e.ends_with(":intended")), "{got:?} {:?}", d.diagnostics);
    }

    #[test]
    fn reported_pronoun_with_coordinated_speakers_gives_one_source_each() {
        let mut d = doc(
            "1 Obama Obama PROPN NNP 4 nsubj
             2 and and CCONJ CC 3 cc
             3 Putin Putin PROPN NNP 1 conj
             4 said say VERB VBD 0 root
             5 they they PRON PRP 7 nsubj
             6 will will AUX MD 7 aux
             7 attack attack VERB VB 4 ccomp
             8 Iraq Iraq PROPN NNP 7 obj",
            &[(1, 1, "USAGOV"), (3, 3, "RUSGOV"), (8, 8, "IRQ")],
        );
        let got = code(&mut d);
        // An announced attack is a threat of force (1384), one per speaker.
        assert_eq!(got, ["USAGOV>IRQ:1384:intended", "RUSGOV>IRQ:1384:intended"], "{:?}", d.diagnostics);
    }

    #[test]
    fn actor_right_before_a_verb_without_subject() {
        // The parser hung "Palestinians" on "said": the adjacent actor is the rejecter.
        let mut d = doc(
            "1 The the DET DT 2 det
             2 Palestinians Palestinian PROPN NNPS 7 nsubj
             3 reject reject VERB VBP 7 ccomp
             4 the the DET DT 5 det
             5 plan plan NOUN NN 3 obj
             6 Erakat Erakat PROPN NNP 7 nsubj
             7 said say VERB VBD 0 root
             8 . . PUNCT . 7 punct",
            &[(2, 2, "PSE"), (6, 6, "PSEGOV")],
        );
        code(&mut d);
        assert!(d.diagnostics.iter().all(|x| !x.message.contains("reject") || !x.message.contains("no subject")), "{:?}", d.diagnostics);
        // Not through a prepositional phrase: "the Red Cross operating in Iraq said".
        let mut d = doc(
            "1 workers worker NOUN NNS 5 obl
             2 operating operate VERB VBG 1 acl
             3 in in ADP IN 4 case
             4 Iraq Iraq PROPN NNP 2 obl
             5 condemned condemn VERB VBD 0 root
             6 Israel Israel PROPN NNP 5 obj",
            &[(4, 4, "IRQ"), (6, 6, "ISR")],
        );
        assert_eq!(code(&mut d), Vec::<String>::new());
    }

    #[test]
    fn intent_head_complement_is_no_target_for_a_non_intent_pattern() {
        // "agreed to set up a centre for refugees": no 019 "agree with" through the complement.
        let mut d = doc(
            "1 Romania Romania PROPN NNP 2 nsubj
             2 agreed agree VERB VBD 0 root
             3 to to PART TO 4 mark
             4 set set VERB VB 2 xcomp
             5 up up ADP RP 4 compound:prt
             6 a a DET DT 7 det
             7 centre centre NOUN NN 4 obj
             8 for for ADP IN 9 case
             9 refugees refugee NOUN NNS 7 nmod
             10 . . PUNCT . 2 punct",
            &[(1, 1, "ROU"), (9, 9, "ROUREF")],
        );
        let got = code(&mut d);
        assert!(!got.iter().any(|e| e.contains(":019:")), "{got:?}");
        assert!(got.iter().all(|e| e.contains(":03")), "{got:?}");
    }

    #[test]
    fn subjunctive_clause_of_a_demand_is_only_requested() {
        let mut d = doc(
            "1 Greece Greece PROPN NNP 2 nsubj
             2 demanded demand VERB VBD 0 root
             3 that that SCONJ IN 5 mark
             4 partners partner NOUN NNS 5 nsubj
             5 reject reject VERB VBP 2 ccomp
             6 Macedonia Macedonia PROPN NNP 5 obj
             7 . . PUNCT . 2 punct",
            &[(1, 1, "GRC"), (4, 4, "EUR"), (6, 6, "MKD")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("EUR>MKD:12") && e.ends_with(":hypothetical")), "{got:?}");
    }

    #[test]
    fn event_noun_takes_the_subject_and_modality_of_its_control_head() {
        // "Iran is ready for talks with the US": intended talks (036), source the adjective's subject.
        let mut d = doc(
            "1 Iran Iran PROPN NNP 3 nsubj
             2 is be AUX VBZ 3 cop
             3 ready ready ADJ JJ 0 root
             4 for for ADP IN 5 case
             5 talks talk NOUN NNS 3 obl
             6 with with ADP IN 8 case
             7 the the DET DT 8 det
             8 US US PROPN NNP 5 nmod
             9 . . PUNCT . 3 punct",
            &[(1, 1, "IRN"), (8, 8, "USA")],
        );
        assert_eq!(code(&mut d), ["IRN>USA:036:intended"], "{:?}", d.diagnostics);
        // "Armenia agreed to a ceasefire with Azerbaijan": the oblique of a listed verb + preposition.
        let mut d = doc(
            "1 Armenia Armenia PROPN NNP 2 nsubj
             2 agreed agree VERB VBD 0 root
             3 to to ADP IN 5 case
             4 a a DET DT 5 det
             5 ceasefire ceasefire NOUN NN 2 obl
             6 with with ADP IN 7 case
             7 Azerbaijan Azerbaijan PROPN NNP 5 nmod
             8 . . PUNCT . 2 punct",
            &[(1, 1, "ARM"), (7, 7, "AZE")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("ARM>AZE:0871:asserted")), "{got:?} {:?}", d.diagnostics);
    }

    #[test]
    fn talks_held_between_two_actors_in_the_passive() {
        let mut d = doc(
            "1 Talks talk NOUN NNS 3 nsubj:pass
             2 were be AUX VBD 3 aux:pass
             3 held hold VERB VBN 0 root
             4 between between ADP IN 5 case
             5 Armenia Armenia PROPN NNP 3 obl
             6 and and CCONJ CC 7 cc
             7 Azerbaijan Azerbaijan PROPN NNP 5 conj
             8 . . PUNCT . 3 punct",
            &[(5, 5, "ARM"), (7, 7, "AZE")],
        );
        let got = code(&mut d);
        assert!(got.contains(&"ARM>AZE:040:asserted".to_string()), "{got:?} {:?}", d.diagnostics);
    }

    #[test]
    fn agentless_passive_killing_takes_the_actor_of_the_attack_it_happened_in() {
        let mut d = doc(
            "1 Five five NUM CD 2 nummod
             2 Palestinians Palestinian PROPN NNPS 4 nsubj:pass
             3 were be AUX VBD 4 aux:pass
             4 killed kill VERB VBN 0 root
             5 in in ADP IN 8 case
             6 an a DET DT 8 det
             7 Israeli Israeli ADJ JJ 8 amod
             8 airstrike airstrike NOUN NN 4 obl
             9 . . PUNCT . 4 punct",
            &[(2, 2, "PSE"), (7, 7, "ISR")],
        );
        let got = code(&mut d);
        assert!(got.contains(&"ISR>PSE:190:asserted".to_string()), "{got:?} {:?}", d.diagnostics);
    }

    #[test]
    fn a_noun_with_an_object_is_a_mistagged_verb() {
        let mut d = doc(
            "1 Oman oman ADJ JJ 2 amod
             2 reaches reach NOUN NNS 0 root
             3 an a DET DT 4 det
             4 agreement agreement NOUN NN 2 obj
             5 with with ADP IN 6 case
             6 France France PROPN NNP 4 nmod
             7 . . PUNCT . 2 punct",
            &[(1, 1, "OMN"), (6, 6, "FRA")],
        );
        assert_eq!(code(&mut d), ["OMN>FRA:057:asserted"], "{:?}", d.diagnostics);
    }

    #[test]
    fn a_preposition_pattern_does_not_take_a_target_from_an_unmarked_object() {
        // "strike over" (labour strike) must not code "strikes a building in Kyiv".
        let mut d = doc(
            "1 A a DET DT 3 det
             2 Russian Russian ADJ JJ 3 amod
             3 drone drone NOUN NN 4 nsubj
             4 strikes strike VERB VBZ 0 root
             5 a a DET DT 6 det
             6 building building NOUN NN 4 obj
             7 in in ADP IN 8 case
             8 Kyiv Kyiv PROPN NNP 6 nmod
             9 . . PUNCT . 4 punct",
            &[(2, 3, "RUSMIL"), (8, 8, "UKR")],
        );
        // (A drone as the doer makes it the aerial use of force, 195: dictionaries/events/agents.toml.)
        assert_eq!(code(&mut d), ["RUSMIL>UKR:195:asserted"], "{:?}", d.diagnostics);
    }

    #[test]
    fn a_general_strike_is_no_military_strike() {
        let mut d = doc(
            "1 Unions union NOUN NNS 2 nsubj
             2 continued continue VERB VBD 0 root
             3 the the DET DT 5 det
             4 general general ADJ JJ 5 amod
             5 strike strike NOUN NN 2 obj
             6 against against ADP IN 7 case
             7 Milei Milei PROPN NNP 5 nmod
             8 . . PUNCT . 2 punct",
            &[(1, 1, "ARGLAB"), (7, 7, "ARGGOV")],
        );
        let got = code(&mut d);
        assert!(!got.iter().any(|e| e.contains(":190:")), "{got:?}");
        assert!(d.diagnostics.iter().any(|x| x.message.contains("vetoes")), "{:?}", d.diagnostics);
    }

    #[test]
    fn a_specific_variant_failing_on_its_object_reports_the_general_failure() {
        // "kill" has variants needing an object ("kill +leader"); the reported reason is the
        // general pattern's: no target actor.
        let mut d = doc(
            "1 Russia Russia PROPN NNP 2 nsubj
             2 killed kill VERB VBD 0 root
             3 civilians civilian NOUN NNS 2 obj
             4 . . PUNCT . 2 punct",
            &[(1, 1, "RUS")],
        );
        code(&mut d);
        let kill: Vec<&str> = d.diagnostics.iter().filter(|x| x.message.starts_with("kill")).map(|x| x.message.as_str()).collect();
        assert!(!kill.is_empty() && kill.iter().all(|m| !m.contains("not found")), "{kill:?}");
    }

    #[test]
    fn an_adjective_of_the_direct_object_is_an_object_word() {
        // "dropped an atomic bomb on Hiroshima" is the nuclear attack (2042), not a plain 195.
        let mut d = doc(
            "1 America America PROPN NNP 2 nsubj
             2 dropped drop VERB VBD 0 root
             3 an a DET DT 5 det
             4 atomic atomic ADJ JJ 5 amod
             5 bomb bomb NOUN NN 2 obj
             6 on on ADP IN 7 case
             7 Hiroshima Hiroshima PROPN NNP 5 nmod
             8 . . PUNCT . 2 punct",
            &[(1, 1, "USA"), (7, 7, "JPN")],
        );
        assert!(code(&mut d).iter().any(|e| e.starts_with("USA>JPN:2042")), "{:?}", d.events);
    }

    #[test]
    fn a_pattern_whose_preposition_marks_the_target_outranks_an_equal_one() {
        // "investigation into|of|on" (090) comes first in the file, but the target is "against".
        let mut d = doc(
            "1 Prosecutors prosecutor NOUN NNS 2 nsubj
             2 opened open VERB VBD 0 root
             3 an a DET DT 4 det
             4 investigation investigation NOUN NN 2 obj
             5 against against ADP IN 6 case
             6 Netanyahu Netanyahu PROPN NNP 4 nmod
             7 . . PUNCT . 2 punct",
            &[(1, 1, "JUD"), (6, 6, "ISRGOV")],
        );
        assert_eq!(code(&mut d), vec!["JUD>ISRGOV:091:asserted"]);
    }

    #[test]
    fn the_participle_of_an_issued_statement_has_the_issuers_subject() {
        let mut d = doc(
            "1 Turkey Turkey PROPN NNP 2 nsubj
             2 issued issue VERB VBD 0 root
             3 a a DET DT 4 det
             4 statement statement NOUN NN 2 obj
             5 condemning condemn VERB VBG 4 acl
             6 Israel Israel PROPN NNP 5 obj
             7 . . PUNCT . 2 punct",
            &[(1, 1, "TUR"), (6, 6, "ISR")],
        );
        assert!(code(&mut d).iter().any(|e| e.starts_with("TUR>ISR:11")), "{:?}", d.events);
        // A vetoed resolution's participle is not the vetoer's act.
        let mut d = doc(
            "1 America America PROPN NNP 2 nsubj
             2 vetoed veto VERB VBD 0 root
             3 a a DET DT 4 det
             4 resolution resolution NOUN NN 2 obj
             5 condemning condemn VERB VBG 4 acl
             6 Israel Israel PROPN NNP 5 obj
             7 . . PUNCT . 2 punct",
            &[(1, 1, "USA"), (6, 6, "ISR")],
        );
        assert!(!code(&mut d).iter().any(|e| e.starts_with("USA>ISR:11")), "{:?}", d.events);
    }

    #[test]
    fn past_tense_read_as_a_participle_of_the_root_noun_is_a_clause() {
        // "Israeli jets bombed Gaza" tagged VBN and hung on "jets" as acl: still jets → Gaza.
        let mut d = doc(
            "1 Israeli Israeli ADJ JJ 2 amod
             2 jets jet NOUN NNS 0 root
             3 bombed bomb VERB VBN 2 acl
             4 Gaza Gaza PROPN NNP 3 obj
             5 . . PUNCT . 2 punct",
            &[(1, 2, "ISRMIL"), (4, 4, "PSE")],
        );
        assert_eq!(code(&mut d), ["ISRMIL>PSE:195:asserted"], "{:?}", d.diagnostics);
        // A headline passive keeps its passive reading: no object, a transitive pattern.
        let mut d = doc(
            "1 Palestinians Palestinian PROPN NNPS 0 root
             2 killed kill VERB VBN 1 acl
             3 in in ADP IN 5 case
             4 Israeli Israeli ADJ JJ 5 amod
             5 strike strike NOUN NN 2 obl",
            &[(1, 1, "PSE"), (4, 4, "ISR")],
        );
        let got = code(&mut d);
        assert!(!got.iter().any(|e| e.starts_with("PSE>")), "{got:?}");
    }

    #[test]
    fn the_subject_of_a_demanded_clause_is_the_addressee_not_its_object() {
        let mut d = doc(
            "1 Officials official NOUN NNS 2 nsubj
             2 demanded demand VERB VBD 0 root
             3 that that SCONJ IN 5 mark
             4 Washington Washington PROPN NNP 5 nsubj
             5 match match VERB VBP 2 ccomp
             6 the the DET DT 8 det
             7 EU EU PROPN NNP 8 compound
             8 support support NOUN NN 5 obj
             9 . . PUNCT . 2 punct",
            &[(1, 1, "PSEGOV"), (4, 4, "USA"), (7, 7, "IGOEUREEC")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("PSEGOV>USA:10")), "{got:?}");
        assert!(!got.iter().any(|e| e.starts_with("PSEGOV>IGOEUREEC")), "{got:?}");
    }

    #[test]
    fn an_object_resolved_to_the_sources_own_side_is_looked_into() {
        // "positions" took the tanks' army as its actor; the target is the forces they belong to.
        let mut d = doc(
            "1 Israeli Israeli ADJ JJ 2 amod
             2 tanks tank NOUN NNS 3 nsubj
             3 shelled shell VERB VBD 0 root
             4 positions position NOUN NNS 3 obj
             5 of of ADP IN 7 case
             6 Palestinian Palestinian ADJ JJ 7 amod
             7 forces force NOUN NNS 4 nmod
             8 . . PUNCT . 3 punct",
            &[(1, 2, "ISRMIL"), (4, 4, "ISRMIL"), (6, 7, "PSEMIL")],
        );
        assert_eq!(code(&mut d), ["ISRMIL>PSEMIL:194:asserted"], "{:?}", d.diagnostics);
    }

    #[test]
    fn a_request_targets_its_addressee_not_the_object_of_the_requested_act() {
        let mut d = doc(
            "1 Congress Congress PROPN NNP 3 nsubj
             2 is be AUX VBZ 3 aux
             3 asking ask VERB VBG 0 root
             4 Obama Obama PROPN NNP 3 obj
             5 to to PART TO 6 mark
             6 help help VERB VB 3 xcomp
             7 Iran Iran PROPN NNP 6 obj
             8 . . PUNCT . 3 punct",
            &[(1, 1, "USALEG"), (4, 4, "USAGOV"), (7, 7, "IRN")],
        );
        let got = code(&mut d);
        assert!(!got.iter().any(|e| e.starts_with("USALEG>IRN")), "{got:?}");
        assert!(got.iter().any(|e| e.starts_with("USALEG>USAGOV:02")), "{got:?} {:?}", d.diagnostics);
    }

    #[test]
    fn an_air_strike_launched_is_no_labour_strike() {
        let mut d = doc(
            "1 The the DET DT 3 det
             2 United United PROPN NNP 3 compound
             3 States States PROPN NNP 4 nsubj
             4 launched launch VERB VBD 0 root
             5 an a DET DT 7 det
             6 air air NOUN NN 7 compound
             7 strike strike NOUN NN 4 obj
             8 against against ADP IN 9 case
             9 ISIS ISIS PROPN NNP 7 nmod
             10 . . PUNCT . 4 punct",
            &[(2, 3, "USA"), (9, 9, "IMGMOSISL")],
        );
        let got = code(&mut d);
        assert_eq!(got, ["USA>IMGMOSISL:195:asserted"], "{:?}", d.diagnostics);
    }

    #[test]
    fn a_states_own_forces_as_object_are_not_its_target() {
        // "Britain mobilized army reservists": the army is the means; with no other actor, no event.
        let mut d = doc(
            "1 Britain Britain PROPN NNP 2 nsubj
             2 mobilized mobilize VERB VBD 0 root
             3 army army NOUN NN 4 compound
             4 reservists reservist NOUN NNS 2 obj
             5 . . PUNCT . 2 punct",
            &[(1, 1, "GBR"), (3, 3, "GBRMIL")],
        );
        assert_eq!(code(&mut d), Vec::<String>::new(), "{:?}", d.diagnostics);
        // Rebels attacking the army of their country are a real dyad.
        let mut d = doc(
            "1 Rebels rebel NOUN NNS 2 nsubj
             2 attacked attack VERB VBD 0 root
             3 the the DET DT 4 det
             4 army army NOUN NN 2 obj
             5 . . PUNCT . 2 punct",
            &[(1, 1, "FRAREB"), (4, 4, "FRAMIL")],
        );
        assert_eq!(code(&mut d), ["FRAREB>FRAMIL:190:asserted"]);
    }

    #[test]
    fn a_named_object_parsed_as_xcomp_is_the_target() {
        let mut d = doc(
            "1 Xi Xi PROPN NNP 2 nsubj
             2 hosted host VERB VBN 0 root
             3 Putin Putin PROPN NNP 2 xcomp
             4 in in ADP IN 5 case
             5 Beijing Beijing PROPN NNP 3 nmod
             6 . . PUNCT . 2 punct",
            &[(1, 1, "CHNGOV"), (3, 3, "RUSGOV")],
        );
        assert_eq!(code(&mut d), ["CHNGOV>RUSGOV:043:asserted"], "{:?}", d.diagnostics);
    }

    #[test]
    fn equally_constrained_patterns_prefer_the_deeper_code() {
        // "seek +loan [from]" is 0231 (appeal for economic aid), not the root-level appeal.
        let mut d = doc(
            "1 Egypt Egypt PROPN NNP 2 nsubj
             2 sought seek VERB VBD 0 root
             3 a a DET DT 4 det
             4 loan loan NOUN NN 2 obj
             5 from from ADP IN 7 case
             6 the the DET DT 7 det
             7 IMF IMF PROPN NNP 4 nmod
             8 . . PUNCT . 2 punct",
            &[(1, 1, "EGY"), (7, 7, "IGOBUSIMF")],
        );
        assert_eq!(code(&mut d), ["EGY>IGOBUSIMF:0231:asserted"], "{:?}", d.diagnostics);
    }

    #[test]
    fn a_targetless_act_in_another_country_targets_it() {
        let conll = "1 Serbia Serbia PROPN NNP 2 nsubj
             2 lifted lift VERB VBD 0 root
             3 a a DET DT 5 det
             4 night night NOUN NN 5 compound
             5 curfew curfew NOUN NN 2 obj
             6 in in ADP IN 7 case
             7 Montenegro Montenegro PROPN NNP 5 nmod
             8 . . PUNCT . 2 punct";
        let mut d = doc(conll, &[(1, 1, "SRB"), (7, 7, "MNE")]);
        assert_eq!(code(&mut d), ["SRB>MNE:0813:asserted"], "{:?}", d.diagnostics);
        // In its own country the act keeps no target.
        let mut d = doc(&conll.replace("Serbia", "Montenegro"), &[(1, 1, "MNE"), (7, 7, "MNE")]);
        assert_eq!(code(&mut d), ["MNE>-:0813:asserted"], "{:?}", d.diagnostics);
    }

    #[test]
    fn a_time_is_no_particle_and_a_phrasal_verb_takes_its_own_sense() {
        // "called with Putin on Friday" is a phone call, not "call on".
        let mut d = doc(
            "1 Erdogan Erdogan PROPN NNP 2 nsubj
             2 called call VERB VBD 0 root
             3 with with ADP IN 4 case
             4 Putin Putin PROPN NNP 2 obl
             5 on on ADP IN 6 case
             6 Friday Friday PROPN NNP 2 obl
             7 . . PUNCT . 2 punct",
            &[(1, 1, "TURGOV"), (4, 4, "RUSGOV")],
        );
        assert_eq!(code(&mut d), ["TURGOV>RUSGOV:041:asserted"], "{:?}", d.diagnostics);
        // "gave in to Germany on the bailout terms" is "give in" (080), whatever "in" was parsed as.
        let mut d = doc(
            "1 Greece Greece PROPN NNP 2 nsubj
             2 gave give VERB VBD 0 root
             3 in in ADP IN 5 case
             4 to to ADP IN 5 case
             5 Germany Germany PROPN NNP 2 obl
             6 on on ADP IN 9 case
             7 the the DET DT 9 det
             8 bailout bailout NOUN NN 9 compound
             9 terms term NOUN NNS 2 obl
             10 . . PUNCT . 2 punct",
            &[(1, 1, "GRC"), (5, 5, "DEU")],
        );
        assert_eq!(code(&mut d), ["GRC>DEU:080:asserted"], "{:?}", d.diagnostics);
    }

    #[test]
    fn a_mandative_clause_names_the_act_demanded() {
        let mut d = doc(
            "1 Washington Washington PROPN NNP 2 nsubj
             2 demanded demand VERB VBD 0 root
             3 that that SCONJ IN 5 mark
             4 Russia Russia PROPN NNP 5 nsubj
             5 release release VERB VBP 2 ccomp
             6 the the DET DT 7 det
             7 journalist journalist NOUN NN 5 obj
             8 . . PUNCT . 2 punct",
            &[(1, 1, "USAGOV"), (4, 4, "RUS")],
        );
        let got = code(&mut d);
        assert!(got.contains(&"USAGOV>RUS:1053:asserted".to_string()), "{got:?} {:?}", d.diagnostics);
    }

    #[test]
    fn a_compound_names_the_kind_of_act_and_a_call_between_is_mutual() {
        let mut d = doc(
            "1 Doctors doctor NOUN NNS 2 nsubj
             2 went go VERB VBD 0 root
             3 on on ADP IN 5 case
             4 hunger hunger NOUN NN 5 compound
             5 strike strike NOUN NN 2 obl
             6 against against ADP IN 8 case
             7 the the DET DT 8 det
             8 government government NOUN NN 5 nmod
             9 . . PUNCT . 2 punct",
            &[(1, 1, "KENMED"), (8, 8, "KENGOV")],
        );
        assert_eq!(code(&mut d), ["KENMED>KENGOV:142:asserted"], "{:?}", d.diagnostics);
        let mut d = doc(
            "1 A a DET DT 3 det
             2 phone phone NOUN NN 3 compound
             3 call call NOUN NN 8 nsubj
             4 between between ADP IN 5 case
             5 Biden Biden PROPN NNP 3 nmod
             6 and and CCONJ CC 7 cc
             7 Xi Xi PROPN NNP 5 conj
             8 took take VERB VBD 0 root
             9 place place NOUN NN 8 obj
             10 . . PUNCT . 8 punct",
            &[(5, 5, "USAGOV"), (7, 7, "CHNGOV")],
        );
        let got = code(&mut d);
        assert!(got.iter().all(|e| e.contains(":041:")) && !got.is_empty(), "{got:?} {:?}", d.diagnostics);
    }

    #[test]
    fn an_adjective_of_the_light_verb_object_is_no_target_without_the_preposition() {
        // "military" resolved to an actor is not who Russia exercises with (062 needs "with").
        let mut d = doc(
            "1 Russia Russia PROPN NNP 3 nsubj
             2 is be AUX VBZ 3 aux
             3 conducting conduct VERB VBG 0 root
             4 military military ADJ JJ 5 amod
             5 exercises exercise NOUN NNS 3 obj
             6 in in ADP IN 7 case
             7 Alaska Alaska PROPN NNP 3 obl
             8 . . PUNCT . 3 punct",
            &[(1, 1, "RUS"), (4, 4, "USAMIL")],
        );
        let got = code(&mut d);
        assert!(!got.iter().any(|e| e.contains(":062:")), "{got:?} {:?}", d.diagnostics);
    }

    #[test]
    fn a_led_act_takes_its_leader_as_source_also_as_subject_of_a_verb() {
        let mut d = doc(
            "1 The the DET DT 5 det
             2 Russian Russian ADJ JJ 4 compound
             3 - - PUNCT HYPH 2 punct
             4 led lead VERB VBN 5 amod
             5 offensive offensive NOUN NN 8 nsubj
             6 on on ADP IN 7 case
             7 Aleppo Aleppo PROPN NNP 5 nmod
             8 killed kill VERB VBD 0 root
             9 20 20 NUM CD 10 nummod
             10 civilians civilian NOUN NNS 8 obj
             11 . . PUNCT . 8 punct",
            &[(2, 2, "RUS"), (7, 7, "SYR"), (10, 10, "SYRCVL")],
        );
        let got = code(&mut d);
        assert!(got.contains(&"RUS>SYR:190:asserted".to_string()) && got.contains(&"RUS>SYRCVL:190:asserted".to_string()), "{got:?}");
        // Not for an act named inside another noun phrase ("assistance to the US-led war").
        let mut d = doc(
            "1 Turkey Turkey PROPN NNP 2 nsubj
             2 refused refuse VERB VBD 0 root
             3 assistance assistance NOUN NN 2 obj
             4 to to ADP IN 9 case
             5 the the DET DT 9 det
             6 US US PROPN NNP 8 compound
             7 - - PUNCT HYPH 6 punct
             8 led lead VERB VBN 9 amod
             9 war war NOUN NN 3 nmod
             10 . . PUNCT . 2 punct",
            &[(1, 1, "TUR"), (6, 6, "USA")],
        );
        assert!(!code(&mut d).iter().any(|e| e.starts_with("USA>")));
    }

    #[test]
    fn an_agent_keeps_the_target_attached_to_it() {
        let mut d = doc(
            "1 An a DET DT 2 det
             2 attack attack NOUN NN 0 root
             3 by by ADP IN 4 case
             4 militants militant NOUN NNS 2 nmod
             5 on on ADP IN 8 case
             6 a a DET DT 8 det
             7 Nigerian Nigerian ADJ JJ 8 amod
             8 convoy convoy NOUN NN 4 nmod
             9 . . PUNCT . 2 punct",
            &[(4, 4, "REB"), (7, 8, "NGAMIL")],
        );
        assert_eq!(code(&mut d), ["REB>NGAMIL:190:asserted"]);
    }

    #[test]
    fn a_meeting_the_clause_is_for_takes_its_subject_and_object() {
        let mut d = doc(
            "1 Tillerson Tillerson PROPN NNP 2 nsubj
             2 joined join VERB VBD 0 root
             3 Zarif Zarif PROPN NNP 2 obj
             4 for for ADP IN 6 case
             5 a a DET DT 6 det
             6 meeting meeting NOUN NN 2 obl
             7 . . PUNCT . 2 punct",
            &[(1, 1, "USAGOV"), (3, 3, "IRNGOV")],
        );
        assert!(code(&mut d).contains(&"USAGOV>IRNGOV:040:asserted".to_string()));
        let mut d = doc(
            "1 Trump Trump PROPN NNP 5 nsubj
             2 and and CCONJ CC 3 cc
             3 Abdullah Abdullah PROPN NNP 1 conj
             4 will will AUX MD 5 aux
             5 gather gather VERB VB 0 root
             6 for for ADP IN 8 case
             7 a a DET DT 8 det
             8 meeting meeting NOUN NN 5 obl
             9 . . PUNCT . 5 punct",
            &[(1, 1, "USAGOV"), (3, 3, "JORGOV")],
        );
        assert_eq!(code(&mut d), ["USAGOV>JORGOV:036:intended", "JORGOV>USAGOV:036:intended"]);
        // The purpose of a thing, not of the clause: "touted UN support for talks".
        let mut d = doc(
            "1 Pyongyang Pyongyang PROPN NNP 2 nsubj
             2 touted tout VERB VBD 0 root
             3 UN UN PROPN NNP 4 compound
             4 support support NOUN NN 2 obj
             5 for for ADP IN 6 case
             6 talks talk NOUN NNS 4 nmod
             7 . . PUNCT . 2 punct",
            &[(1, 1, "PRKGOV"), (3, 3, "IGOUNO")],
        );
        assert!(!code(&mut d).iter().any(|e| e.contains(":04")));
    }

    #[test]
    fn a_named_object_parsed_as_an_adjectival_xcomp_is_the_target() {
        let mut d = doc(
            "1 Netanyahu Netanyahu PROPN NNP 2 nsubj
             2 met meet VERB VBD 0 root
             3 Russian Russian ADJ JJ 2 xcomp
             4 President President PROPN NNP 5 nmod:desc
             5 Putin Putin PROPN NNP 3 parataxis
             6 . . PUNCT . 2 punct",
            &[(1, 1, "ISRGOV"), (3, 5, "RUSGOV")],
        );
        d.mentions[1].head = 2;
        assert_eq!(code(&mut d), ["ISRGOV>RUSGOV:040:asserted"]);
    }

    #[test]
    fn an_agent_with_another_preposition_is_a_plain_oblique() {
        let mut d = doc(
            "1 Egypt Egypt PROPN NNP 2 nsubj
             2 lifted lift VERB VBD 0 root
             3 the the DET DT 4 det
             4 ban ban NOUN NN 2 obj
             5 on on ADP IN 6 case
             6 Hamas Hamas PROPN NNP 2 obl:agent
             7 . . PUNCT . 2 punct",
            &[(1, 1, "EGY"), (6, 6, "PSEREB")],
        );
        assert_eq!(code(&mut d), ["EGY>PSEREB:0812:asserted"]);
    }

    #[test]
    fn the_possessor_of_the_object_a_target_word_hangs_on_is_the_target() {
        let mut d = doc(
            "1 The the DET DT 2 det
             2 Taliban Taliban PROPN NNP 3 nsubj
             3 rejected reject VERB VBD 0 root
             4 the the DET DT 5 det
             5 government government NOUN NN 8 nmod:poss
             6 's 's PART POS 5 case
             7 dialogue dialogue NOUN NN 8 compound
             8 offer offer NOUN NN 3 obj
             9 . . PUNCT . 3 punct",
            &[(2, 2, "AFGREB"), (5, 5, "AFGGOV")],
        );
        assert_eq!(code(&mut d), ["AFGREB>AFGGOV:125:asserted"]);
    }

    #[test]
    fn aid_given_to_help_someone_targets_the_one_helped() {
        let mut d = doc(
            "1 Washington Washington PROPN NNP 2 nsubj
             2 donated donate VERB VBD 0 root
             3 ventilators ventilator NOUN NNS 2 obj
             4 to to PART TO 5 mark
             5 assist assist VERB VB 3 acl
             6 Ethiopia Ethiopia PROPN NNP 5 obj
             7 . . PUNCT . 2 punct",
            &[(1, 1, "USAGOV"), (6, 6, "ETH")],
        );
        assert_eq!(code(&mut d), ["USAGOV>ETH:070:asserted"]);
    }

    #[test]
    fn a_finite_verb_parsed_as_a_noun_modifier_heads_its_clause() {
        // "held" with its own subject and auxiliary hung under "talks".
        let mut d = doc(
            "1 Theresa Theresa PROPN NNP 3 nsubj
             2 has have AUX VBZ 3 aux
             3 held hold VERB VBN 4 amod
             4 talks talk NOUN NNS 0 root
             5 with with ADP IN 6 case
             6 Varadkar Varadkar PROPN NNP 4 nmod
             7 . . PUNCT . 4 punct",
            &[(1, 1, "GBRGOV"), (6, 6, "IRLGOV")],
        );
        let got = code(&mut d);
        assert_eq!(got, ["GBRGOV>IRLGOV:040:asserted"], "{:?}", d.diagnostics);
        // A sentence with no finite verb: the past form inside the root noun's phrase.
        let mut d = doc(
            "1 A a DET DT 2 det
             2 court court NOUN NN 0 root
             3 on on ADP IN 6 case
             4 Tuesday Tuesday PROPN NNP 6 compound
             5 released release VERB VBN 6 amod
             6 Muslim Muslim PROPN NNP 2 nmod
             7 . . PUNCT . 2 punct",
            &[(2, 2, "CZEJUD"), (6, 6, "SYRREB")],
        );
        assert_eq!(code(&mut d), ["CZEJUD>SYRREB:0841:asserted"]);
        assert_eq!(d.tokens[4].deprel.as_str(), "amod", "the document keeps its parse");
        // Not when the preposition belongs to the noun phrase.
        let mut d = doc(
            "1 Iran Iran PROPN NNP 2 nmod:poss
             2 execution execution NOUN NN 0 root
             3 of of ADP IN 6 case
             4 Britons Briton PROPN NNPS 6 compound
             5 angered anger VERB VBN 6 amod
             6 London London PROPN NNP 2 nmod
             7 . . PUNCT . 2 punct",
            &[(1, 1, "IRN"), (6, 6, "GBRGOV")],
        );
        assert_eq!(code(&mut d), ["IRN>GBRGOV:180:asserted"]);
    }

    #[test]
    fn an_agentless_killing_takes_the_attacker_of_the_clause_it_happened_in() {
        // "as" parsed as the preposition of the clause's subject.
        let mut d = doc(
            "1 Civilians civilian NOUN NNS 3 nsubj:pass
             2 were be AUX VBD 3 aux:pass
             3 killed kill VERB VBN 0 root
             4 as as ADP IN 6 case
             5 government government NOUN NN 6 compound
             6 forces force NOUN NNS 3 obl
             7 launched launch VERB VBD 3 advcl
             8 air air NOUN NN 9 compound
             9 strikes strike NOUN NNS 7 obj
             10 . . PUNCT . 3 punct",
            &[(1, 1, "SYRCVL"), (5, 6, "SYRGOV")],
        );
        assert!(code(&mut d).contains(&"SYRGOV>SYRCVL:190:asserted".to_string()));
        // Not a clause of another sense: "as rebels tighten their grip".
        let mut d = doc(
            "1 Prisoners prisoner NOUN NNS 3 nsubj:pass
             2 were be AUX VBD 3 aux:pass
             3 released release VERB VBN 0 root
             4 as as SCONJ IN 6 mark
             5 rebels rebel NOUN NNS 6 nsubj
             6 tighten tighten VERB VBP 3 advcl
             7 their their PRON PRP$ 8 nmod:poss
             8 grip grip NOUN NN 6 obj
             9 . . PUNCT . 3 punct",
            &[(1, 1, "LBYCVL"), (5, 5, "LBYREB")],
        );
        assert!(code(&mut d).is_empty());
    }

    #[test]
    fn the_agent_of_a_light_verb_participle_is_the_source_of_the_act() {
        let mut d = doc(
            "1 The the DET DT 2 det
             2 sanctions sanction NOUN NNS 10 nsubj
             3 imposed impose VERB VBN 2 acl
             4 by by ADP IN 6 case
             5 the the DET DT 6 det
             6 US US PROPN NNP 3 obl:agent
             7 on on ADP IN 8 case
             8 Iran Iran PROPN NNP 6 nmod
             9 have have AUX VBP 10 aux
             10 hurt hurt VERB VBN 0 root
             11 . . PUNCT . 10 punct",
            &[(6, 6, "USA"), (8, 8, "IRN")],
        );
        assert_eq!(code(&mut d), ["USA>IRN:163:asserted"]);
    }

    #[test]
    fn a_hyphenated_ceasefire_is_no_fire() {
        let mut d = doc(
            "1 Kabul Kabul PROPN NNP 2 nsubj
             2 announced announce VERB VBD 0 root
             3 a a DET DT 6 det
             4 cease cease NOUN NN 6 compound
             5 - - PUNCT HYPH 4 punct
             6 fire fire NOUN NN 2 obj
             7 with with ADP IN 9 case
             8 the the DET DT 9 det
             9 Taliban Taliban PROPN NNP 6 nmod
             10 . . PUNCT . 2 punct",
            &[(1, 1, "AFGGOV"), (9, 9, "AFGREB")],
        );
        let got = code(&mut d);
        assert!(got.iter().all(|e| !e.contains(":19")) && got.iter().any(|e| e.starts_with("AFGGOV>AFGREB:0871")), "{got:?}");
    }

    #[test]
    fn the_attack_behind_a_killing_may_hang_on_a_coordinated_verb() {
        let mut d = doc(
            "1 Five five NUM CD 2 nummod
             2 soldiers soldier NOUN NNS 4 nsubj:pass
             3 are be AUX VBP 4 aux:pass
             4 killed kill VERB VBN 0 root
             5 and and CCONJ CC 7 cc
             6 others other NOUN NNS 7 nsubj
             7 injured injure VERB VBN 4 conj
             8 during during ADP IN 10 case
             9 Israeli Israeli ADJ JJ 10 amod
             10 airstrikes airstrike NOUN NNS 7 obl
             11 . . PUNCT . 4 punct",
            &[(2, 2, "LBNMIL"), (9, 9, "ISR")],
        );
        assert!(code(&mut d).contains(&"ISR>LBNMIL:190:asserted".to_string()));
    }

    #[test]
    fn violence_against_unnamed_victims_in_another_country_targets_it() {
        let mut d = doc(
            "1 Russian Russian ADJ JJ 2 amod
             2 missiles missile NOUN NNS 3 nsubj
             3 killed kill VERB VBD 0 root
             4 three three NUM CD 5 nummod
             5 people people NOUN NNS 3 obj
             6 in in ADP IN 8 case
             7 a a DET DT 8 det
             8 village village NOUN NN 3 obl
             9 in in ADP IN 10 case
             10 Ukraine Ukraine PROPN NNP 8 nmod
             11 . . PUNCT . 3 punct",
            &[(1, 1, "RUS"), (10, 10, "UKR")],
        );
        d.mentions[0].actor.country = Some("RUS".into());
        d.mentions[1].actor.country = Some("UKR".into());
        assert_eq!(code(&mut d), ["RUS>UKR:190:asserted"]);
    }

    #[test]
    fn refused_cooperation_is_an_asserted_rejection_with_a_refusal_table() {
        let mut lexicon = Lexicon::parse(crate::lexicon::BUILTIN_LEXICON, "test").unwrap();
        lexicon.refusal_codes = [("08", "124"), ("081", "1241")].into_iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        let coder = Coder { lexicon: &lexicon, ..Coder::builtin() };
        let mut plain = Lexicon::parse(crate::lexicon::BUILTIN_LEXICON, "test").unwrap();
        plain.refusal_codes.clear();
        let without = Coder { lexicon: &plain, ..Coder::builtin() };
        let sentence = |aux: &str, lemma: &str| {
            doc(
                &format!(
                    "1 Egypt Egypt PROPN NNP 4 nsubj
                     2 {aux} {lemma} AUX MD 4 aux
                     3 not not PART RB 4 advmod
                     4 lift lift VERB VB 0 root
                     5 the the DET DT 6 det
                     6 ban ban NOUN NN 4 obj
                     7 on on ADP IN 8 case
                     8 Hamas Hamas PROPN NNP 4 obl
                     9 . . PUNCT . 4 punct"
                ),
                &[(1, 1, "EGY"), (8, 8, "PSEREB")],
            )
        };
        let run = |coder: &Coder, mut d: Document| {
            coder.code(&mut d);
            d.events.iter().map(|e| format!("{}:{}", e.cameo, e.modality.as_str())).collect::<Vec<_>>()
        };
        assert_eq!(run(&coder, sentence("will", "will")), ["1241:asserted"]);
        // A past negation reports no refusal; without the table the event stays negated.
        assert_eq!(run(&coder, sentence("did", "do")), ["0812:negated"]);
        assert_eq!(run(&without, sentence("will", "will")), ["0812:negated"]);
    }

    #[test]
    fn a_subject_of_a_non_predicate_noun_is_that_nouns_own_actor() {
        // "with Xi earlier this month" parsed with "Xi" as the subject of "month".
        let mut d = doc(
            "1 Biden Biden PROPN NNP 2 nsubj
             2 spoke speak VERB VBD 0 root
             3 on on ADP IN 5 case
             4 the the DET DT 5 det
             5 phone phone NOUN NN 2 obl
             6 with with ADP IN 10 case
             7 Xi Xi PROPN NNP 10 nsubj
             8 earlier early ADV RBR 10 advmod
             9 this this DET DT 10 det
             10 month month NOUN NN 2 obl
             11 . . PUNCT . 2 punct",
            &[(1, 1, "USAGOV"), (7, 7, "CHNGOV")],
        );
        assert_eq!(code(&mut d), ["USAGOV>CHNGOV:041:asserted"]);
    }

    #[test]
    fn a_named_object_beats_an_actor_inside_the_sidelines_oblique() {
        let mut d = doc(
            "1 Moon Moon PROPN NNP 2 nsubj
             2 met meet VERB VBD 0 root
             3 Xi Xi PROPN NNP 2 obj
             4 on on ADP IN 6 case
             5 the the DET DT 6 det
             6 sidelines sideline NOUN NNS 2 obl
             7 of of ADP IN 10 case
             8 the the DET DT 10 det
             9 G20 G20 PROPN NNP 10 compound
             10 summit summit NOUN NN 6 nmod
             11 . . PUNCT . 2 punct",
            &[(1, 1, "KORGOV"), (3, 3, "CHNGOV"), (9, 9, "IGOBUS")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("KORGOV>CHNGOV:04")), "{got:?} {:?}", d.diagnostics);
        assert!(!got.iter().any(|e| e.contains("IGOBUS")), "{got:?}");
    }

    #[test]
    fn the_sources_own_country_among_several_targets_is_left_out() {
        let mut d = doc(
            "1 Putin Putin PROPN NNP 2 nsubj
             2 praised praise VERB VBD 0 root
             3 the the DET DT 4 det
             4 cooperation cooperation NOUN NN 2 obj
             5 between between ADP IN 6 case
             6 Russia Russia PROPN NNP 4 nmod
             7 and and CCONJ CC 8 cc
             8 China China PROPN NNP 6 conj
             9 . . PUNCT . 2 punct",
            &[(1, 1, "RUSGOV"), (6, 6, "RUS"), (8, 8, "CHN")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("RUSGOV>CHN:051")), "{got:?} {:?}", d.diagnostics);
        assert!(!got.iter().any(|e| e.starts_with("RUSGOV>RUS:")), "{got:?}");
    }

    #[test]
    fn the_place_of_talks_is_no_party_to_them() {
        let mut d = doc(
            "1 Israel Israel PROPN NNP 4 nsubj
             2 and and CCONJ CC 3 cc
             3 Hamas Hamas PROPN NNP 1 conj
             4 held hold VERB VBD 0 root
             5 indirect indirect ADJ JJ 6 amod
             6 talks talk NOUN NNS 4 obj
             7 in in ADP IN 8 case
             8 Egypt Egypt PROPN NNP 6 nmod
             9 . . PUNCT . 4 punct",
            &[(1, 1, "ISR"), (3, 3, "PSEREB"), (8, 8, "EGY")],
        );
        let got = code(&mut d);
        assert!(got.contains(&"ISR>PSEREB:040:asserted".to_string()), "{got:?} {:?}", d.diagnostics);
        assert!(!got.iter().any(|e| e.contains(">EGY")), "{got:?}");
    }

    #[test]
    fn a_named_object_is_met_not_the_topic_of_the_purpose_clause() {
        let mut d = doc(
            "1 Merkel Merkel PROPN NNP 2 nsubj
             2 met meet VERB VBD 0 root
             3 Zelensky Zelensky PROPN NNP 2 obj
             4 in in ADP IN 5 case
             5 Kiev Kiev PROPN NNP 3 nmod
             6 to to PART TO 7 mark
             7 discuss discuss VERB VB 2 advcl
             8 Russia Russia PROPN NNP 7 obj
             9 . . PUNCT . 2 punct",
            &[(1, 1, "DEUGOV"), (3, 3, "UKRGOV"), (8, 8, "RUS")],
        );
        let got = code(&mut d);
        assert!(got.contains(&"DEUGOV>UKRGOV:040:asserted".to_string()), "{got:?} {:?}", d.diagnostics);
        assert!(!got.iter().any(|e| e.starts_with("DEUGOV>RUS:04")), "{got:?}");
    }

    #[test]
    fn an_agent_without_by_of_a_root_participle_is_its_object() {
        let mut d = doc(
            "1 Indian Indian ADJ JJ 2 amod
             2 police police NOUN NN 0 root
             3 detained detain VERB VBN 2 acl
             4 separatist separatist NOUN NN 5 compound
             5 leaders leader NOUN NNS 3 obl:agent
             6 . . PUNCT . 2 punct",
            &[(1, 2, "INDCOP"), (4, 5, "INDSEP")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("INDCOP>INDSEP:17")), "{got:?} {:?}", d.diagnostics);
        assert!(!got.iter().any(|e| e.starts_with("INDSEP>")), "{got:?}");
    }

    #[test]
    fn coordinated_demonyms_of_one_head_are_two_targets() {
        let mut d = doc(
            "1 Erdogan Erdogan PROPN NNP 2 nsubj
             2 met meet VERB VBD 0 root
             3 Russian Russian ADJ JJ 6 amod
             4 and and CCONJ CC 5 cc
             5 Iranian Iranian ADJ JJ 3 conj
             6 leaders leader NOUN NNS 2 obj
             7 . . PUNCT . 2 punct",
            &[(1, 1, "TURGOV"), (3, 3, "RUS"), (5, 6, "IRNGOV")],
        );
        let got = code(&mut d);
        assert!(got.contains(&"TURGOV>RUS:040:asserted".to_string()), "{got:?} {:?}", d.diagnostics);
        assert!(got.contains(&"TURGOV>IRNGOV:040:asserted".to_string()), "{got:?}");
    }

    #[test]
    fn an_indefinite_conjunct_without_a_conjunction_is_an_apposition() {
        let mut d = doc(
            "1 Pakistan Pakistan PROPN NNP 8 nsubj
             2 , , PUNCT , 5 punct
             3 a a DET DT 5 det
             4 key key ADJ JJ 5 amod
             5 U.S. U.S. PROPN NNP 1 conj
             6 ally ally NOUN NN 5 flat
             7 , , PUNCT , 1 punct
             8 criticized criticize VERB VBD 0 root
             9 Iraq Iraq PROPN NNP 8 obj
             10 . . PUNCT . 8 punct",
            &[(1, 1, "PAK"), (5, 5, "USA"), (9, 9, "IRQ")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("PAK>IRQ:11")), "{got:?} {:?}", d.diagnostics);
        assert!(!got.iter().any(|e| e.starts_with("USA>")), "{got:?}");
    }

    #[test]
    fn no_target_is_looked_for_inside_the_sidelines_of_a_summit() {
        let mut d = doc(
            "1 Armenia Armenia PROPN NNP 4 nsubj
             2 and and CCONJ CC 3 cc
             3 Pakistan Pakistan PROPN NNP 1 conj
             4 agree agree VERB VBP 0 root
             5 to to PART TO 6 mark
             6 establish establish VERB VB 4 xcomp
             7 diplomatic diplomatic ADJ JJ 8 amod
             8 relations relation NOUN NNS 6 obj
             9 on on ADP IN 11 case
             10 the the DET DT 11 det
             11 sidelines sideline NOUN NNS 8 nmod
             12 of of ADP IN 14 case
             13 SCO SCO PROPN NNP 14 compound
             14 summit summit NOUN NN 11 nmod
             15 . . PUNCT . 4 punct",
            &[(1, 1, "ARM"), (3, 3, "PAK"), (13, 13, "IGOASASCO")],
        );
        let got = code(&mut d);
        assert!(!got.iter().any(|e| e.contains(">IGOASASCO")), "{got:?} {:?}", d.diagnostics);
    }

    #[test]
    fn a_counterpart_hung_on_the_discussed_object_is_the_target() {
        let mut d = doc(
            "1 Lavrov Lavrov PROPN NNP 2 nsubj
             2 discussed discuss VERB VBD 0 root
             3 the the DET DT 5 det
             4 Syrian Syrian ADJ JJ 5 amod
             5 crisis crisis NOUN NN 2 obj
             6 with with ADP IN 9 case
             7 his his PRON PRP$ 9 nmod:poss
             8 Turkish Turkish ADJ JJ 9 amod
             9 counterpart counterpart NOUN NN 5 nmod
             10 . . PUNCT . 2 punct",
            &[(1, 1, "RUSGOV"), (4, 4, "SYR"), (8, 9, "TURGOV")],
        );
        let got = code(&mut d);
        assert!(got.contains(&"RUSGOV>TURGOV:040:asserted".to_string()), "{got:?} {:?}", d.diagnostics);
        assert!(!got.iter().any(|e| e.contains(">SYR")), "{got:?}");
    }

    #[test]
    fn the_kind_of_doer_makes_the_act_specific() {
        let mut d = doc(
            "1 A a DET DT 3 det
             2 suicide suicide NOUN NN 3 compound
             3 bomber bomber NOUN NN 4 nsubj
             4 killed kill VERB VBD 0 root
             5 Afghan Afghan ADJ JJ 6 amod
             6 soldiers soldier NOUN NNS 4 obj
             7 . . PUNCT . 4 punct",
            &[(2, 3, "AFGREB"), (5, 6, "AFGMIL")],
        );
        assert_eq!(code(&mut d), vec!["AFGREB>AFGMIL:1831:asserted"]);
        // Without the modifier the doer is no suicide bomber: the plain use of force.
        let mut d = doc(
            "1 The the DET DT 2 det
             2 rebels rebel NOUN NNS 3 nsubj
             3 killed kill VERB VBD 0 root
             4 Afghan Afghan ADJ JJ 5 amod
             5 soldiers soldier NOUN NNS 3 obj
             6 . . PUNCT . 3 punct",
            &[(2, 2, "AFGREB"), (4, 5, "AFGMIL")],
        );
        assert_eq!(code(&mut d), vec!["AFGREB>AFGMIL:190:asserted"]);
    }

    #[test]
    fn an_event_noun_under_a_coded_light_verb_adds_nothing() {
        let mut d = doc(
            "1 Taliban Taliban PROPN NNP 2 compound
             2 gunmen gunman NOUN NNS 3 nsubj
             3 opened open VERB VBD 0 root
             4 fire fire NOUN NN 3 obj
             5 on on ADP IN 7 case
             6 Afghan Afghan ADJ JJ 7 amod
             7 police police NOUN NN 3 obl
             8 . . PUNCT . 3 punct",
            &[(1, 2, "AFGREB"), (6, 7, "AFGCOP")],
        );
        assert_eq!(code(&mut d), vec!["AFGREB>AFGCOP:180:asserted"]);
    }

    #[test]
    fn unnamed_victims_with_the_attackers_country_give_way_to_the_place() {
        let mut d = doc(
            "1 Palestinian Palestinian ADJ JJ 2 amod
             2 gunmen gunman NOUN NNS 3 nsubj
             3 killed kill VERB VBD 0 root
             4 three three NUM CD 5 nummod
             5 people people NOUN NNS 3 obj
             6 in in ADP IN 7 case
             7 Israel Israel PROPN NNP 3 obl
             8 . . PUNCT . 3 punct",
            &[(1, 2, "PSEREB"), (4, 5, "PSECVL"), (7, 7, "ISR")],
        );
        d.mentions[1].kind = MentionKind::Agent;
        assert_eq!(code(&mut d), vec!["PSEREB>ISR:180:asserted"]);
        // Named victims of the attackers' own country stay the target.
        let mut d = doc(
            "1 Palestinian Palestinian ADJ JJ 2 amod
             2 gunmen gunman NOUN NNS 3 nsubj
             3 killed kill VERB VBD 0 root
             4 three three NUM CD 5 nummod
             5 Palestinians Palestinian PROPN NNPS 3 obj
             6 in in ADP IN 7 case
             7 Israel Israel PROPN NNP 3 obl
             8 . . PUNCT . 3 punct",
            &[(1, 2, "PSEREB"), (5, 5, "PSECVL"), (7, 7, "ISR")],
        );
        assert_eq!(code(&mut d), vec!["PSEREB>PSECVL:180:asserted"]);
    }
    #[test]
    fn a_targetless_restatement_gives_way_to_the_act_with_a_target_after_it() {
        let mut d = doc(
            "1 The the DET DT 3 det
             2 suicide suicide NOUN NN 3 compound
             3 bomber bomber NOUN NN 4 nsubj
             4 blew blow VERB VBD 0 root
             5 himself himself PRON PRP 4 obj
             6 up up ADP RP 4 compound:prt
             7 , , PUNCT , 8 punct
             8 killing kill VERB VBG 4 advcl
             9 Afghan Afghan ADJ JJ 10 amod
             10 soldiers soldier NOUN NNS 8 obj
             11 . . PUNCT . 4 punct",
            &[(2, 3, "AFGREB"), (9, 10, "AFGMIL")],
        );
        assert_eq!(code(&mut d), vec!["AFGREB>AFGMIL:1831:asserted"]);
    }
    #[test]
    fn a_rejected_proposal_targets_its_author_not_an_actor_inside_it() {
        let mut d = doc(
            "1 Lebanon Lebanon PROPN NNP 2 nsubj
             2 rejected reject VERB VBD 0 root
             3 a a DET DT 5 det
             4 UN UN PROPN NNP 5 compound
             5 appeal appeal NOUN NN 2 obj
             6 for for SCONJ IN 7 mark
             7 deploying deploy VERB VBG 5 acl
             8 troops troops NOUN NNS 7 obj
             9 with with ADP IN 10 case
             10 Israel Israel PROPN NNP 7 obl
             11 . . PUNCT . 2 punct",
            &[(1, 1, "LBN"), (4, 4, "IGOUNO"), (10, 10, "ISR")],
        );
        let got = code(&mut d);
        assert!(!got.is_empty() && got.iter().all(|e| e.starts_with("LBN>IGOUNO:12")), "{got:?}");
    }
    #[test]
    fn a_complaint_targets_what_it_is_about_not_its_addressee() {
        let mut d = doc(
            "1 Lebanon Lebanon PROPN NNP 2 nsubj
             2 complained complain VERB VBD 0 root
             3 to to ADP IN 5 case
             4 the the DET DT 5 det
             5 UN UN PROPN NNP 2 obl
             6 over over ADP IN 9 case
             7 Israeli Israeli ADJ JJ 9 amod
             8 air air NOUN NN 9 compound
             9 raids raid NOUN NNS 2 obl
             10 . . PUNCT . 2 punct",
            &[(1, 1, "LBN"), (5, 5, "IGOUNO"), (7, 7, "ISR")],
        );
        let got = code(&mut d);
        assert!(got.iter().any(|e| e.starts_with("LBN>ISR:11")) && !got.iter().any(|e| e.starts_with("LBN>IGOUNO")), "{got:?}");
    }
}
