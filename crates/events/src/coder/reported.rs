//! Reported speech: who reports the clause of an event ("X said Y attacked Z"), whom a pronoun
//! of a reported clause stands for, the accusation or claim a clause is the content of, and
//! tense backshift ("said it would lift", which `modality` reads as an intent).
use detente_core::{Event, Modality, Upos};
use super::matching::{object_predicative, placed_by};
use super::view::Ctx;
use super::Coder;

impl<'a> Coder<'a> {
    /// The tone of the reported clause a relations noun `n` is the subject of ("Lavrov said
    /// relations with Washington were bleak"): CAMEO 1.1b3 012 "make pessimistic comment" when the
    /// clause's predicate, a conjoined predicate or a word inside them is one of
    /// `pessimistic_words` ("had sunk to their lowest point"), or is held "far from" its
    /// predicate ("were still far from normal"), or an optimistic word is negated ("were not
    /// stable"); 013 "make optimistic comment" when it is one of `optimistic_words` ("had stabilised
    /// and was moving in a positive direction"). The subject itself and clauses of their own
    /// inside (adverbial, complement, relative) are not read. `None` for any other tone, and when
    /// both tones are found.
    pub(super) fn relations_tone(&self, c: &Ctx, n: u32) -> Option<&'static str> {
        let n = if c.dep(n).is("compound") { c.head(n)? } else { n };
        let subj = if c.dep(n).is("nmod") && matches!(c.case_of(n).map(str::to_ascii_lowercase).as_deref(), Some("for" | "of")) { c.head(n)? } else { n };
        if !c.dep(subj).is("nsubj") {
            return None;
        }
        let pred = c.head(subj)?;
        let own_clause = |k: u32| {
            let d = c.dep(k);
            k == subj || ["nsubj", "csubj", "advcl", "ccomp", "parataxis", "acl:relcl", "mark", "punct"].iter().any(|x| d.is(x))
        };
        let (mut pessimistic, mut optimistic) = (false, false);
        let mut stack = vec![pred];
        let mut seen = 0usize;
        while let Some(x) = stack.pop() {
            seen += 1;
            if seen > 64 {
                break;
            }
            let lemma = c.lemma(x).to_ascii_lowercase();
            let negated = c.kids(x).iter().any(|&k| c.dep(k).is("advmod") && matches!(c.lemma(k).to_ascii_lowercase().as_str(), "not" | "n't" | "never"));
            let held_far = c.kids(x).iter().any(|&k| c.dep(k).is("advmod") && c.lemma(k).eq_ignore_ascii_case("far")) && c.case_of(x).is_some_and(|p| p.eq_ignore_ascii_case("from"));
            if self.lexicon.pessimistic_words.contains(&lemma) || held_far {
                pessimistic = true;
            } else if self.lexicon.optimistic_words.contains(&lemma) {
                if negated {
                    pessimistic = true;
                } else {
                    optimistic = true;
                }
            }
            for &k in c.kids(x) {
                // A conjoined predicate with a subject of its own is another clause.
                let own_subject = c.dep(k).is("conj") && c.kids(k).iter().any(|&g| c.dep(g).as_str().starts_with("nsubj"));
                if !own_clause(k) && !own_subject {
                    stack.push(k);
                }
            }
        }
        match (pessimistic, optimistic) {
            (true, false) => Some("012"),
            (false, true) => Some("013"),
            _ => None,
        }
    }

    /// Adds the events the act entries of kind "stance" declare (`act = "stance"` in the pattern
    /// files: the statement, 010) for a speaker who states their own side's stance toward another
    /// country: "Saudi Arabia's foreign minister said Riyadh's position on Israel remained
    /// unchanged" (SAU>ISR 010; "Lithuania said it would stand by its decision to let Taiwan open
    /// an office", LTU>TWN). See [`Coder::stance`] for when a clause is one.
    pub(super) fn code_stances(&self, c: &Ctx, sentence: u32, first_event: usize, events: &mut Vec<Event>) {
        for &id in self.patterns.act_patterns("stance") {
            let p = self.patterns.get(id);
            let Some(entry) = self.table.get(&p.code) else { continue };
            for v in c.base as u32..c.end as u32 {
                if let Some((s, t)) = self.stance(c, v, &events[first_event..]) {
                    let e = super::inferred_event(sentence, entry, &c.doc.mentions[s as usize], &c.doc.mentions[t as usize], c.doc.tokens[v as usize].range, &p.rule(), 0.5);
                    events.push(e);
                }
            }
        }
    }

    /// The speaker and counterpart of a stance stated with verb `v` (`stance_heads`: "said",
    /// "insisted"), when its reported clause (`ccomp`) is the speaker's own side's ("Islamabad",
    /// "it", "the kingdom's position") and names an actor of another country outside its
    /// adverbial clauses. Nothing else in the speaker's words may be coded (`coded`, the events
    /// of the sentence so far): a stated act or a relations comment is the statement. One
    /// speaker, asserted, with a country.
    fn stance(&self, c: &Ctx, v: u32, coded: &[Event]) -> Option<(u32, u32)> {
        if c.doc.tokens[v as usize].upos != Upos::Verb || !c.lower_is(v, &self.lexicon.stance_heads) {
            return None;
        }
        let clause = c.kid_exact(v, "ccomp")?;
        let s = c.kid_exact(v, "nsubj")?;
        let mut speakers = Vec::new();
        c.with_conjuncts(s, &mut speakers);
        if speakers.len() > 1 {
            return None;
        }
        let (sm, false) = c.mention_for(s)? else { return None };
        let own = c.doc.mentions[sm as usize].actor.country.clone()?;
        // (One side: "said the U.S. and Iran have agreed" is a joint act.)
        let subj = c.kids(clause).iter().copied().find(|&k| c.dep(k).is("nsubj"))?;
        let copula = c.kids(clause).iter().any(|&k| c.dep(k).is("cop"));
        let mut sides = Vec::new();
        c.with_conjuncts(subj, &mut sides);
        let own_side = sides.len() == 1
            && match c.mention_country(subj) {
                Some(x) => x == own,
                // (An unresolved pronoun of a copula is as often the thing spoken of: "said it
                // was the largest drone attack".)
                None => !copula && c.doc.tokens[subj as usize].upos == Upos::Pron && c.lower_is(subj, &self.lexicon.speaker_pronouns),
            };
        if !own_side || self.modality(c, v, 0).0 != Modality::Asserted {
            return None;
        }
        // A stance, not an act the coder missed: a predicate of holding a position ("remained
        // committed", "would stand by", "regarded X as"), or an asserted copula ("said its position
        // was unchanged"; not one governing an act, "was ready to accept", an intent).
        let holding = c.lower_is(clause, &self.lexicon.stance_predicates);
        let copular = copula && c.kid(clause, "xcomp").is_none() && self.modality(c, clause, 0).0 == Modality::Asserted;
        if !(holding || copular) {
            return None;
        }
        // The clause's words, outside its adverbial clauses (but for an infinitive of purpose,
        // often a slip for the complement of a noun: "stand by its decision to let Taiwan open").
        let inside = |k: u32| {
            let mut x = k;
            for _ in 0..16 {
                if x == clause {
                    return true;
                }
                if (c.dep(x).is("advcl") && !c.is_to_infinitive(x)) || c.dep(x).is("parataxis") {
                    return false;
                }
                match c.head(x) {
                    Some(h) => x = h,
                    None => return false,
                }
            }
            false
        };
        if coded.iter().any(|e| c.token_at(e.verb).is_some_and(|w| w == v || inside(w))) {
            return None;
        }
        // The first actor of another country among them, not the subject's own mention.
        (c.base as u32..c.end as u32).filter(|&k| k != subj && inside(k)).find_map(|k| {
            let (m, _) = c.mention_for(k).filter(|&(_, via)| !via)?;
            let a = &c.doc.mentions[m as usize].actor;
            a.country.as_deref().is_some_and(|y| y != own).then_some((sm, m))
        })
    }

    /// The actors reporting the clause of verb `v`: the subject of the reporting verb whose
    /// content clause `v` is (through coordination and control, as `reported_speakers`).
    pub(super) fn reporters(&self, c: &Ctx, v: u32) -> Vec<u32> {
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
    pub(super) fn reported_speakers(&self, c: &Ctx, pron: u32) -> Vec<u32> {
        let tok = &c.doc.tokens[pron as usize];
        // (Or the subject of a control adjective parsed as an expletive: "says it is willing to".)
        if tok.upos != Upos::Pron || !(c.dep(pron).is("nsubj") || c.dep(pron).is("expl")) || !self.lexicon.speaker_pronouns.contains(&c.lemma(pron).to_ascii_lowercase()) {
            return Vec::new();
        }
        // The pronoun's clause is reported as `reporters` finds for any verb. (A pronoun the parse
        // hung on the clause's auxiliary stands for the clause: "says that it has shot down" with
        // "it" under "has".)
        let clause = c.head(pron).map(|h| if c.dep(h).is("aux") { c.head(h).unwrap_or(h) } else { h });
        clause.map(|h| self.reporters(c, h)).unwrap_or_default()
    }

    /// The accusation or denial head whose content `t` is ("accused Y of shelling").
    pub(super) fn content_head(&self, c: &Ctx, t: u32) -> Option<u32> {
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
            // "praised Kim on arriving in Pyongyang": a clause of time is when, not what, the
            // head says.
            if d.is("advcl") && c.kids(x).iter().any(|&k| c.dep(k).is("mark") && TIME_MARKS.contains(&c.lemma(k).to_ascii_lowercase().as_str())) {
                return None;
            }
            // A participle of a verbal act (`verbal_act`: blaming, threatening, calling) set off
            // after its head is a statement of the head's subject of its own, no content of the
            // head: "denied that its forces had struck a children's hospital, blaming a Ukrainian
            // air defence missile" blames (112) as it denies (the content is marked: "accused
            // Israel of shelling"). (A material act's participle, a killing or an arrest, is most
            // often the reported act's own, misattached.)
            if d.is("advcl") && c.doc.tokens[x as usize].xpos.as_str() == "VBG" && c.head(x).is_some_and(|h| h < x) && !c.kids(x).iter().any(|&k| c.dep(k).is("mark") || c.dep(k).is("case")) && self.verbal_act(c, x) {
                return None;
            }
            // "thanked Congress for U.S. aid during his visit to Washington": a phrase of time is
            // when, not what, the head says, as a clause of time is.
            if (d.is("obl") || d.is("nmod")) && c.case_of(x).is_some_and(|p| TIME_PREPS.iter().any(|q| p.eq_ignore_ascii_case(q))) {
                return None;
            }
            let h = c.head(x)?;
            if self.lexicon.content_heads.contains(c.lemma(h)) {
                // A claim reports its content, as "say" does (`reported_claim`).
                return (!self.reported_claim(c, h, x)).then_some(h);
            }
            x = h;
        }
        None
    }

    /// True when verb `v` names only verbal acts: each of its patterns codes a root of CAMEO
    /// 1.1b3's verbal cooperation (01-05) or verbal conflict (09-13) quad classes ("blame",
    /// "threaten"; not "work", whose "work with" is material cooperation).
    pub(super) fn verbal_act(&self, c: &Ctx, v: u32) -> bool {
        let ids = self.patterns.verb_patterns(c.lemma(v));
        !ids.is_empty() && ids.iter().all(|&id| self.patterns.get(id).code.get(..2).and_then(|r| r.parse::<u8>().ok()).is_some_and(|r| matches!(r, 1..=5 | 9..=13)))
    }

    /// True when `v` is the content a verb of claiming `h` (`claim_heads`) asserts, as a verb of
    /// saying would: a declarative "that" clause about another party's act ("The Russian Ministry
    /// of Defence claims that Russian forces have captured the village of Velyka Novosilka":
    /// RUSMIL>UKR 192, the claimed actor its source, as "X said Y did Z" codes Y>Z in our sets),
    /// or a perfect infinitive ("The Russian Armed Forces claims to have shot down eight American
    /// ATACMS missiles", "both sides claiming to have killed dozens of the other's troops": the
    /// act). A claimant's "that" clause about its own act stays its claim of responsibility
    /// (`own_claim`, coded `claim_code`: "the Islamic State claimed it had attacked Iraqi
    /// soldiers", PETR2's "The US claimed that they had attacked Iraq").
    pub(super) fn reported_claim(&self, c: &Ctx, h: u32, v: u32) -> bool {
        if !c.lower_is(h, &self.lexicon.claim_heads) || c.doc.tokens[h as usize].upos != Upos::Verb || c.head(v) != Some(h) {
            return false;
        }
        let d = c.dep(v);
        let perfect = || c.kids(v).iter().any(|&k| c.dep(k).is("aux") && c.lemma(k).eq_ignore_ascii_case("have"));
        (d.is("ccomp") && c.is_declarative_clause(v) && !self.own_claim(c, h, v)) || (d.is("xcomp") && perfect())
    }

    /// True when `v` is the complement clause of a verb of claiming `h` (`claim_heads`) whose own
    /// subject is the claimant: "the Islamic State claimed it had attacked" ("it" resolved to the
    /// Islamic State, or left to the speaker as an unresolved pronoun).
    pub(super) fn own_claim(&self, c: &Ctx, h: u32, v: u32) -> bool {
        if !self.lexicon.claim_heads.contains(&c.lemma(h).to_ascii_lowercase()) || c.head(v) != Some(h) || !c.dep(v).is("ccomp") {
            return false;
        }
        let subj = |x: u32| c.kids(x).iter().copied().find(|&k| c.dep(k).as_str() == "nsubj");
        let (Some(a), Some(b)) = (subj(h), subj(v)) else { return false };
        self.speakers_side(c, a, b)
    }

    /// True when the subject `b` of a reported clause is its speaker `a`'s own side: the same
    /// actor code, or a speaker pronoun (`speaker_pronouns`) coreference left unresolved.
    pub(super) fn speakers_side(&self, c: &Ctx, a: u32, b: u32) -> bool {
        let code = |x: u32| c.mention_for(x).map(|(m, _)| c.doc.mentions[m as usize].actor.code.as_str());
        match (code(a), code(b)) {
            (Some(x), Some(y)) => x == y,
            (Some(_), None) => c.doc.tokens[b as usize].upos == Upos::Pron && self.lexicon.speaker_pronouns.contains(&c.lemma(b).to_ascii_lowercase()),
            _ => false,
        }
    }

    /// The verb of claiming whose claim of responsibility names the act noun `n` ("Yemen's Houthis
    /// claimed responsibility for an attack on a U.S. destroyer", "claimed credit for the bombing"):
    /// `n` is the "for" oblique of a verb in `claim_heads` whose object is a noun of responsibility.
    /// Claiming an act asserts it, with the claimer as its doer.
    pub(super) fn claimed_responsibility(&self, c: &Ctx, n: u32) -> Option<u32> {
        // (A closed list of English usage: the nouns claimed with an act.)
        const RESPONSIBILITY_NOUNS: &[&str] = &["responsibility", "credit"];
        let d = c.dep(n);
        if !(d.is("obl") || d.as_str() == "nmod") || d.is("obl:agent") || d.is("obl:tmod") || !c.case_of(n).is_some_and(|p| p.eq_ignore_ascii_case("for")) {
            return None;
        }
        let h = c.head(n)?;
        // (The "for" phrase the parse hung on the noun claimed, "claimed responsibility for the
        // twin suicide bombings", is the verb's all the same.)
        let h = if d.as_str() == "nmod" {
            if !(c.dep(h).is("obj") && RESPONSIBILITY_NOUNS.contains(&c.lemma(h).to_ascii_lowercase().as_str())) {
                return None;
            }
            c.head(h)?
        } else {
            h
        };
        let claims = self.lexicon.claim_heads.contains(&c.lemma(h).to_ascii_lowercase()) && c.doc.tokens[h as usize].upos == Upos::Verb;
        (claims && c.kid_exact(h, "obj").is_some_and(|o| RESPONSIBILITY_NOUNS.contains(&c.lemma(o).to_ascii_lowercase().as_str()))).then_some(h)
    }

    /// The author of the claim, report or request that a rejection or criticism at verb `t`
    /// answers, as an actor mention: the possessor, actor modifier or "by"/"from" phrase of `t`'s
    /// object noun, or of its passive subject ("dismissed calls by the European Parliament", "a
    /// Saudi proposal was rejected by the Houthis"); or, for a rejection hung as a
    /// relative clause on a claim noun (an accusation or criticism noun, or a document noun), the
    /// noun's own author, else the reporter of the clause the noun stands in ("Amnesty said Israel
    /// was committing genocide, a charge the Israeli foreign ministry rejected": Amnesty).
    pub(super) fn claim_author(&self, c: &Ctx, t: u32) -> Option<u32> {
        let author = |n: u32| act_author(c, n);
        // (An object that is an actor itself is no claim: "rejected Russia".)
        let actor = |k: u32| c.mention_for(k).is_some_and(|(m, _)| c.doc.mentions[m as usize].head == k);
        // (The rejected thing is the subject of a passive: "A Saudi proposal for a ceasefire was
        // rejected by the Houthis".)
        let rejected = |k: u32| c.dep(k).as_str() == "obj" || c.dep(k).as_str() == "nsubj:pass";
        if let Some(a) = c.kids(t).iter().copied().filter(|&k| rejected(k) && !actor(k)).find_map(author) {
            return c.mention_for(a).map(|(m, _)| m);
        }
        let n = c.head(t).filter(|_| c.dep(t).is("acl") && !c.kids(t).iter().any(|&k| c.dep(k).as_str() == "obj"))?;
        let claim = self.lexicon.document_nouns.contains(&c.lemma(n).to_ascii_lowercase())
            || self.patterns.noun_patterns(c.lemma(n)).iter().any(|&id| matches!(self.patterns.get(id).code.as_str(), "111" | "112"));
        if !claim || actor(n) {
            return None;
        }
        if let Some(a) = author(n) {
            return c.mention_for(a).map(|(m, _)| m);
        }
        // The reporter: the subject of the nearest reporting verb above the noun.
        let mut x = n;
        for _ in 0..12 {
            x = c.head(x)?;
            if c.doc.tokens[x as usize].upos == Upos::Verb && self.lexicon.reporting_heads.contains(&c.lemma(x).to_ascii_lowercase()) {
                return self.subject(c, x, 0).and_then(|(s, _)| c.mention_for(s)).map(|(m, _)| m);
            }
        }
        None
    }

    /// The doer of an act that the judging verb `t` characterises from a relative clause set off
    /// beside the clause telling the act (CGEL ch. 15, supplementary relatives): "Iran barred IAEA
    /// inspectors, a move the watchdog's chief called disproportionate", "..., an attack Qatar's
    /// prime minister condemned as state terrorism", "..., in what the Lebanese army called a
    /// flagrant violation of the truce". `t` hangs on "what" or on an act noun (`act_nouns`, or any
    /// event noun) that names no actor, has no object of its own but a relative pronoun, and a
    /// comma comes before the noun's phrase. The doer is the noun's author (possessor, actor
    /// modifier, "by" phrase), else the actor subject of the nearest verb above the noun; a
    /// reporting verb set in parenthesis ("..., Lebanese state media said, in what ...") gives way
    /// to the clause it reports.
    pub(super) fn characterised_act_doer(&self, c: &Ctx, t: u32) -> Option<u32> {
        if !c.dep(t).is("acl") || c.kids(t).iter().any(|&k| c.dep(k).as_str() == "obj" && !c.is_relative_pronoun(k)) {
            return None;
        }
        let n = c.head(t)?;
        let what = c.doc.tokens[n as usize].upos == Upos::Pron && c.lemma(n).eq_ignore_ascii_case("what");
        let act = c.doc.tokens[n as usize].upos == Upos::Noun && (c.lower_is(n, &self.lexicon.act_nouns) || !self.patterns.noun_patterns(c.lemma(n)).is_empty());
        if !(what || act) || c.mention_for(n).is_some() {
            return None;
        }
        // (Set off: a comma before the noun's phrase, its preposition and determiners, hung on
        // the noun or right before its first word.)
        let comma = |k: u32| c.doc.token_text(k as usize) == ",";
        let words: Vec<u32> = c.kids(n).iter().copied().filter(|&k| k < n && !c.dep(k).is("punct")).collect();
        let first = words.iter().fold(n, |a, &k| a.min(k).min(c.kids(k).iter().copied().min().unwrap_or(k)));
        let set_off = c.kids(n).iter().any(|&k| k < first && c.dep(k).is("punct") && comma(k)) || ((first as usize) > c.base && comma(first - 1));
        if !set_off {
            return None;
        }
        if let Some(a) = act_author(c, n) {
            return c.mention_for(a).map(|(m, _)| m);
        }
        let mut x = n;
        for _ in 0..12 {
            x = c.head(x)?;
            if c.doc.tokens[x as usize].upos != Upos::Verb || x == t {
                continue;
            }
            if c.dep(x).is("parataxis") && c.lower_is(x, &self.lexicon.reporting_heads) {
                continue;
            }
            if let Some((m, _)) = self.subject(c, x, 0).and_then(|(s, _)| c.mention_for(s)) {
                return Some(m);
            }
        }
        None
    }

    /// The maker of what the naming verb `t` calls its object, when that object names no actor
    /// (a pronoun, a relative word, a thing), as an actor mention: the agent of a past participle
    /// on the predicative or on a word of it (CGEL ch. 16, the passive participle as a reduced
    /// relative: "calling it a sham staged by Sheikh Hasina's government", "which they called a
    /// fraud orchestrated by Maduro"), else the predicative's own author (`act_author`: "called it
    /// Russia's aggression"). Judging a thing as made by someone judges its maker. The predicative
    /// is `object_predicative`'s, or a bare noun phrase after the object that the parse left as an
    /// oblique without a preposition ("calling it a sham").
    pub(super) fn predicative_maker(&self, c: &Ctx, t: u32) -> Option<u32> {
        let first = c.kid_exact(t, "obj")?;
        if c.mention_for(first).is_some() {
            return None;
        }
        let bare = || c.kids(t).iter().copied().find(|&k| k > first && c.dep(k).is("obl") && !c.dep(k).is("obl:tmod") && c.case_of(k).is_none() && c.mention_for(k).is_none() && matches!(c.doc.tokens[k as usize].upos, Upos::Noun | Upos::Adj));
        let x = object_predicative(c, t, &self.lexicon.naming_verbs).or_else(|| if self.lexicon.naming_verbs.contains(&c.lemma(t).to_ascii_lowercase()) { bare() } else { None })?;
        let words = std::iter::once(x).chain(c.kids(x).iter().copied().filter(|&k| matches!(c.dep(k).as_str(), "amod" | "nmod" | "appos" | "conj")));
        let maker = words.clone().find_map(|w| placed_by(c, w)).filter(|&a| c.mention_for(a).is_some()).or_else(|| act_author(c, x))?;
        c.mention_for(maker).map(|(m, _)| m)
    }

    /// True when `v` is the content clause of a past-tense reporting verb, its "would" a
    /// backshifted "will". A conditional clause is backshifted only when it is about the speaker's
    /// own side and not perfect: "Iran's Defence Minister said Tehran would strike all American
    /// bases if talks failed" reports "Tehran will strike ... if", a conditional threat (CAMEO
    /// 1.1b3 root 13), and "said it would provide aid if Russia attacked" a conditional promise
    /// (033), as the same sentences in the present tense are coded; "said Russia would attack NATO
    /// if Ukraine won" is a prediction about another party and "said it would have struck if" a
    /// counterfactual.
    pub(super) fn backshifted(&self, c: &Ctx, v: u32) -> bool {
        let lex = self.lexicon;
        if !c.dep(v).is("ccomp") {
            return false;
        }
        let reported = c.head(v).is_some_and(|h| c.lower_is(h, &lex.reporting_heads) && matches!(c.doc.tokens[h as usize].xpos.as_str(), "VBD" | "VBN"));
        if !reported || !self.has_condition(c, v) {
            return reported;
        }
        let perfect = c.kids(v).iter().any(|&k| c.dep(k).is("aux") && c.lemma(k).eq_ignore_ascii_case("have"));
        !perfect && self.speaker_side_clause(c, v)
    }

    /// True when `v` has a conditional clause of its own: "would strike all American bases if
    /// talks failed", "will cut ties unless ..." (a clause marked by one of `hypothetical_marks`).
    pub(super) fn has_condition(&self, c: &Ctx, v: u32) -> bool {
        let marks = &self.lexicon.hypothetical_marks;
        c.kids(v).iter().any(|&k| (c.dep(k).is("advcl") || c.dep(k).is("ccomp")) && c.kids(k).iter().any(|&g| c.dep(g).is("mark") && c.lower_is(g, marks)))
    }

    /// True when the subject of the reported clause `v` is its reporter's own side: a speaker
    /// pronoun standing for the reporter ("said it would"), or an actor of the reporter's own
    /// country or organisation ("Iran's Defence Minister said Tehran would", "Hamas said the
    /// group would": the first three letters of the actor codes agree).
    pub(super) fn speaker_side_clause(&self, c: &Ctx, v: u32) -> bool {
        let Some(s) = c.kids(v).iter().copied().find(|&k| c.dep(k).as_str() == "nsubj") else { return false };
        let reporters = self.reporters(c, v);
        if reporters.is_empty() {
            return false;
        }
        if !self.reported_speakers(c, s).is_empty() {
            return true;
        }
        let side = |m: u32| c.doc.mentions[m as usize].actor.code.get(..3).map(str::to_owned);
        let Some((m, _)) = c.mention_for(s) else { return false };
        let Some(own) = side(m) else { return false };
        reporters.iter().any(|&r| side(r).as_deref() == Some(own.as_str()))
    }
}

/// Subordinators of a clause of time ("on arriving", "after meeting"), never reported content.
pub(super) const TIME_MARKS: [&str; 6] = ["on", "upon", "after", "before", "while", "when"];
/// Prepositions of a phrase of time: "during his visit", "after talks" (a closed class of English;
/// not "on", which also marks a topic: "commented on the attack").
const TIME_PREPS: [&str; 4] = ["during", "after", "before", "following"];

/// The actor a claim, report or act noun `n` names as its author or doer: an actor dependent that
/// is its possessor, modifier, compound, or its "by" or "from" phrase ("a charge by Kyiv", "Israel's
/// move", "the Russian decision").
fn act_author(c: &Ctx, n: u32) -> Option<u32> {
    c.kids(n).iter().copied().find(|&k| {
        let d = c.dep(k);
        let marked = (d.is("nmod") || d.is("obl")) && c.case_of(k).is_some_and(|p| p.eq_ignore_ascii_case("by") || p.eq_ignore_ascii_case("from"));
        (marked || d.is("nmod:poss") || d.is("compound") || d.is("amod")) && c.mention_for(k).is_some()
    })
}
