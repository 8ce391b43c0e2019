//! Modality: whether an event is asserted, intended, hypothetical or negated, read off negation,
//! auxiliaries, conditional marks and adverbs, and the verbs and nouns that control the event
//! ("plans to", "refused to", "decision to"). Every event keeps its modality; the output contract
//! prints asserted and intended ones by default, so this decides what is reported. `rank`
//! orders modalities so that the less certain of two readings wins.
use detente_core::{Modality, Upos};
use super::view::Ctx;
use super::Coder;

/// The actor sector of courts and judges (CAMEO "JUD"), whose orders bind
/// (`binding_order_verbs` in coder.toml). A CAMEO sector code, not a word list: kept here.
const JUDICIAL_SECTOR: &str = "JUD";
/// Determiners of free choice: "any Israeli strike on Iran's facilities could draw the region into
/// war" names no particular strike (CGEL ch. 5, free-choice "any"). A closed grammatical class,
/// not a word list to extend: kept here. Lower-case lemmas.
const FREE_CHOICE_DETERMINERS: &[&str] = &["any", "whatever"];
/// Subordinators of a gerund of what an act is against: "warned Egypt against sending
/// troops to Somalia" (the sending is warned against, not done). A closed grammatical class
/// (the preposition "against"): kept here. Lower-case lemmas.
const AVERTED_MARKS: &[&str] = &["against"];
/// Head nouns of the complex prepositions of condition "in case of" and "in the event of": "committing
/// each to assist the others in case of an armed rebellion", "threatens strikes in the event of a
/// U.S. attack" (the assistance and the attack are only possible; CGEL ch. 7, complex
/// prepositions, and ch. 8, conditional adjuncts). A closed grammatical class: kept here.
/// Lower-case lemmas.
const CONDITION_NOUNS: &[&str] = &["case", "event"];

impl<'a> Coder<'a> {
    pub(super) fn modality(&self, c: &Ctx, v: u32, depth: u8) -> (Modality, Option<String>) {
        let lex = self.lexicon;
        let mut m = Modality::Asserted;
        let mut why = None;
        let mut raise = |m: &mut Modality, new: Modality, reason: String| {
            if rank(new) > rank(*m) {
                *m = new;
                why = Some(reason);
            }
        };
        // "Sharon has vowed not to return the Golan Heights to Syria": a head of will
        // (`refusal_heads`) whose infinitive complement is negated voices no intent of its own;
        // the complement, when it is an act coded, is the refusal (`refused`).
        let negated_complement = |x: u32| (c.dep(x).is("xcomp") || c.is_infinitive_conjunct(x)) && c.kids(x).iter().any(|&k| (c.dep(k).is("advmod") || c.dep(k).is("neg")) && lex.negation.contains(&c.lemma(k).to_ascii_lowercase()));
        if lex.refusal_heads.contains(&c.lemma(v).to_ascii_lowercase()) && c.kids(v).iter().any(|&x| negated_complement(x)) {
            raise(&mut m, Modality::Negated, "its complement is negated".into());
        }
        let mut has_aux = false;
        for &k in c.kids(v) {
            let d = c.dep(k);
            let l = c.lemma(k);
            // (A negated adverb of time negates the verb too: "would no longer insist".)
            let negated_adverb = d.is("advmod")
                && lex.negated_adverbs.contains(&c.doc.token_text(k as usize).to_ascii_lowercase())
                && c.kids(k).iter().any(|&g| lex.negation.contains(&c.lemma(g).to_ascii_lowercase()));
            if (d.is("advmod") || d.is("neg") || d.is("det") || d.is("aux") || d.is("cc:preconj")) && lex.negation.contains(&l.to_ascii_lowercase()) {
                raise(&mut m, Modality::Negated, format!("{:?} negates it", c.doc.token_text(k as usize)));
            } else if negated_adverb {
                raise(&mut m, Modality::Negated, format!("negated {:?} negates it", c.doc.token_text(k as usize)));
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
            } else if d.is("mark") && l.eq_ignore_ascii_case("as") && k >= 2 && c.lemma(k - 1).eq_ignore_ascii_case("long") && ["as", "so"].iter().any(|w| c.lemma(k - 2).eq_ignore_ascii_case(w)) {
                // "for as long as London kept supplying Ukraine": a condition on the main clause.
                raise(&mut m, Modality::Hypothetical, "\"as long as\" makes it conditional".into());
            } else if (d.is("mark") || d.is("case")) && ["on", "about"].iter().any(|w| l.eq_ignore_ascii_case(w)) && c.doc.tokens[v as usize].xpos.as_str() == "VBG" && k as usize > c.base && c.doc.tokens[k as usize - 1].upos == Upos::Noun {
                // A gerund that is the topic of a noun before it: "met for talks on restoring the
                // operations of their embassies", "an agreement on reducing troops" (the restoring
                // is discussed, not done; "on arriving in Kyiv" has no noun before it).
                raise(&mut m, Modality::Hypothetical, format!("the topic of {:?}", c.lemma(k - 1)));
            } else if d.is("mark") && lex.future_time_marks.contains(&l.to_ascii_lowercase()) && matches!(c.doc.tokens[v as usize].xpos.as_str(), "VBZ" | "VBP") {
                // "demanded that Ukraine restore the rights before Budapest supports its talks": a
                // present tense after "before" or "until" is an act still to come (CGEL ch. 3,
                // the present for future time in temporal clauses), the condition of another.
                raise(&mut m, Modality::Hypothetical, format!("{:?} with a present tense: a future condition", c.doc.token_text(k as usize)));
            } else if d.is("advmod") && lex.hypothetical_adverbs.contains(&l.to_ascii_lowercase()) {
                raise(&mut m, Modality::Hypothetical, format!("adverb {:?}", c.doc.token_text(k as usize)));
            } else if (d.is("obl") || d.is("nmod")) && self.condition_phrase(c, k) {
                // "to assist the others in case of an armed rebellion": done only on a condition.
                raise(&mut m, Modality::Hypothetical, format!("\"in {} of\" makes it conditional", c.lemma(k).to_ascii_lowercase()));
            } else if (d.is("obj") || d.is("nsubj")) && c.doc.tokens[k as usize].upos == Upos::Noun {
                // "held no talks"; a subject with "no" too: "No Israeli delegation attended the
                // talks", "no talks were held".
                if c.kids(k).iter().any(|&g| c.dep(g).is("det") && lex.negation.contains(&c.lemma(g).to_ascii_lowercase())) {
                    raise(&mut m, Modality::Negated, "its object is negated (\"no\")".into());
                }
            }
        }
        // "any Israeli strike on Iran's facilities could draw the region into war": an event noun
        // with a determiner of free choice names no particular act.
        if c.doc.tokens[v as usize].upos == Upos::Noun {
            if let Some(k) = c.kids(v).iter().copied().find(|&k| c.dep(k).is("det") && FREE_CHOICE_DETERMINERS.contains(&c.lemma(k).to_ascii_lowercase().as_str())) {
                raise(&mut m, Modality::Hypothetical, format!("{:?} names no particular act", c.doc.token_text(k as usize)));
            }
            // "the proposed deal between the DRC and the US", "a planned meeting between Slovak and
            // Ukrainian officials": a modifier naming the act as only proposed or planned.
            if let Some(k) = c.kids(v).iter().copied().find(|&k| (c.dep(k).is("amod") || c.dep(k).is("compound")) && self.unrealised_modifier(c, k)) {
                raise(&mut m, Modality::Hypothetical, format!("{:?} names an act not yet done", c.doc.token_text(k as usize)));
            }
        }
        // "in the event of a U.S. attack on its power plants": the event noun is the condition
        // itself, not an act done (so is a conjunct of it: "in case of a rebellion or aggression").
        let noun = if c.dep(v).as_str() == "conj" { c.head(v).unwrap_or(v) } else { v };
        if c.doc.tokens[v as usize].upos == Upos::Noun && c.dep(noun).is("nmod") && c.case_of(noun).is_some_and(|p| p.eq_ignore_ascii_case("of")) {
            if let Some(h) = c.head(noun).filter(|&h| self.condition_phrase(c, h)) {
                raise(&mut m, Modality::Hypothetical, format!("the condition of \"in {} of\"", c.lemma(h).to_ascii_lowercase()));
            }
        }
        if let Some(r) = self.unasserted_content(c, v) {
            raise(&mut m, Modality::Hypothetical, r);
        }
        if depth > 3 {
            return (m, why);
        }
        // "in an effort to broker a ceasefire deal between Iran and the United States", "tried to
        // secure an agreement with": an indefinite event noun that is the object of a verb only
        // tried, possible or negated names no particular act done (a non-specific indefinite under an unrealised
        // predicate; CGEL ch. 5, specific and non-specific indefinites). A definite one may be a
        // known act ("refused to condemn the attack"), so it keeps its own modality.
        if let Some(h) = self.unrealised_object_head(c, v) {
            let (hm, hwhy) = self.modality(c, h, depth + 1);
            // (Not an intent: "will resume talks to support a ceasefire between Iran and the U.S."
            // supports a ceasefire that may hold already.)
            if let Some(r) = hwhy.filter(|_| matches!(hm, Modality::Hypothetical | Modality::Negated)) {
                raise(&mut m, hm, format!("the indefinite object of {:?}, {}: {r}", c.lemma(h), hm.as_str()));
            }
        }
        // A mediation participle on talks or a deal is done when they are: "will hold a
        // Qatar-mediated meeting", "will hold talks mediated by Qatar" (intended). The talks are
        // the mediation itself, unlike a participle of an act before the noun's clause ("will lift
        // sanctions imposed on Russia"). Only the clause's own auxiliaries and negation count
        // (the depth past the limit): a deal in which an act is only agreed is made ("agreed to
        // normalise relations in a deal brokered by the United States").
        if let Some(h) = self.mediated_clause(c, v) {
            let (hm, hwhy) = self.modality(c, h, 4);
            if let Some(r) = hwhy {
                raise(&mut m, hm, format!("mediates the talks of {:?}, {}: {r}", c.lemma(h), hm.as_str()));
            }
        }
        let d = c.dep(v);
        // (Not a plural present, which a bare infinitive after "and" is often tagged as.)
        let finite = |x: u32| matches!(c.doc.tokens[x as usize].xpos.as_str(), "VBZ" | "VBD");
        if let Some(h) = c.head(v) {
            let hl = c.lemma(h);
            // The content of an attitude voiced, hung on the verb of voicing: "expressed hopes the
            // Croatian government will change its policy" (`voicing_verbs`, `attitude_nouns`).
            if d.is("ccomp") && c.lower_is(h, &lex.voicing_verbs) && c.kid_exact(h, "obj").is_some_and(|o| c.lower_is(o, &lex.attitude_nouns)) && !self.about_the_speaker(c, h, v) {
                raise(&mut m, Modality::Hypothetical, format!("the content of the attitude {hl:?} voices"));
            }
            // The finite clause of a verb of wishing is only hoped for (`wishing_verbs`).
            if d.is("ccomp") && c.lower_is(h, &lex.wishing_verbs) && c.doc.tokens[h as usize].upos == Upos::Verb && !self.about_the_speaker(c, h, v) {
                raise(&mut m, Modality::Hypothetical, format!("the content of {hl:?}, only hoped for"));
            }
            // A subjunctive content clause of a request is only requested ("demanded that its
            // partners refuse to recognize"): a base or plural-present form, not a report ("told
            // reporters that Russia attacks").
            // So is that of a verb of saying that demands by itself ("insisted that Hamas release
            // the hostages": "insist" has a demand pattern with no object word), not of one that
            // demands only with "must" ("said that Sudan must return").
            let demanding_report = lex.reporting_heads.contains(&hl.to_ascii_lowercase())
                && self.patterns.verb_patterns(hl).iter().any(|&id| {
                    let p = self.patterns.get(id);
                    p.code.starts_with("10") && p.objects.is_empty()
                });
            let requested_clause = c.is_content_clause(v) && c.doc.tokens[v as usize].xpos.as_str() == "VBP" && ((lex.request_heads.contains(&hl.to_ascii_lowercase()) && !lex.reporting_heads.contains(&hl.to_ascii_lowercase())) || demanding_report);
            // The subject and the content of a modal prediction are no acts done: "allowing Ukraine
            // to fire Western missiles would mean NATO countries were at war with Russia" (neither
            // the firing nor the war), "a Chinese blockade of Taiwan would cost $5 trillion" (an
            // indefinite event noun as the subject, one not yet done: not "the deal between Iran
            // and the US would allow", nor under a past verb of saying, whose "would" is a
            // backshifted "will": "said an offensive would continue", nor with a perfect "could
            // have killed").
            let modal = c.kids(h).iter().copied().find(|&k| c.dep(k).is("aux") && lex.hypothetical_aux.contains(&c.lemma(k).to_ascii_lowercase()));
            let perfect = c.kids(h).iter().any(|&k| c.dep(k).is("aux") && c.lemma(k).eq_ignore_ascii_case("have"));
            let predicted_clause = d.is("csubj") || d.is("ccomp");
            let indefinite = c.kids(v).iter().any(|&k| c.dep(k).is("det") && ["a", "an", "any"].iter().any(|w| c.lemma(k).eq_ignore_ascii_case(w)));
            let predicted_noun = d.as_str() == "nsubj" && c.doc.tokens[v as usize].upos == Upos::Noun && indefinite && !perfect && !self.backshifted(c, h);
            // The clause of an accusation, denial or judgement that a light verb heads: "accused
            // Azerbaijan of carrying out ethnic cleansing" (the cleansing is the charge, as a
            // verb's own content is: `content_heads`).
            let charged_clause = (d.is("ccomp") || d.is("xcomp") || (d.is("advcl") && c.kids(v).iter().any(|&k| c.dep(k).is("mark") && ["of", "for"].iter().any(|w| c.lemma(k).eq_ignore_ascii_case(w)))))
                && lex.content_heads.contains(&hl.to_ascii_lowercase())
                && !self.reported_claim(c, h, v);
            // A "that" clause right after a verb of accusation or denial is its content however
            // the parse hangs it: "denied that its troops were fighting alongside M23 rebels, a
            // spokeswoman said" (the clause hung on the parenthetical "said"). Not a claim, which
            // may be the claimant's own report of its act (`reported_claim`, `claim_heads`).
            let verb_before_that = c.word_before_that(v)
                .filter(|&p| p != h && c.doc.tokens[p as usize].upos == Upos::Verb && c.lower_is(p, &lex.content_heads) && !c.lower_is(p, &lex.claim_heads));
            if charged_clause {
                raise(&mut m, Modality::Hypothetical, format!("the content of {hl:?}"));
            } else if let Some(p) = verb_before_that {
                raise(&mut m, Modality::Hypothetical, format!("the content of {:?}, right before its \"that\"", c.lemma(p)));
            } else if let Some(n) = self.requesting_noun(c, v) {
                // Before the head's own sense: "rejected demands to lift its ban" is no refusal
                // to lift it, only the rejection of a demand.
                raise(&mut m, Modality::Hypothetical, format!("only requested by {:?}", c.lemma(n)));
            } else if let Some(k) = modal.filter(|_| predicted_clause || predicted_noun) {
                let role = if d.is("ccomp") { "content" } else { "subject" };
                raise(&mut m, Modality::Hypothetical, format!("the {role} of {hl:?} under {:?}, a prediction", c.doc.token_text(k as usize)));
            } else if d.is("xcomp") || c.is_infinitive_conjunct(v) || (d.is("ccomp") && c.doc.tokens[v as usize].xpos.as_str() == "VB") || requested_clause
                // (A gerund the parse hung as an adverbial clause of "give up": "have given up fighting".)
                || (d.is("advcl") && c.doc.tokens[v as usize].xpos.as_str() == "VBG" && Self::ruling_out(c, h))
            {
                let hw = hl.to_ascii_lowercase();
                let has_obj = c.kid(h, "obj").is_some();
                if lex.negating_heads.contains(&hw) || Self::ruling_out(c, h) {
                    raise(&mut m, Modality::Negated, format!("complement of {hl:?}"));
                } else if (lex.request_heads.contains(&hw) || (requested_clause && demanding_report)) && (has_obj || hw != "want") && !self.binding_order(c, h) && !self.finite_content(c, v) {
                    raise(&mut m, Modality::Hypothetical, format!("only requested by {hl:?}"));
                } else if lex.hypothetical_heads.contains(&hw) {
                    raise(&mut m, Modality::Hypothetical, format!("complement of {hl:?}"));
                } else if lex.intent_heads.contains(&hw) && !lex.decision_heads.contains(&hw) && !Self::phrasal(c, h) {
                    raise(&mut m, Modality::Intended, format!("complement of {hl:?}"));
                }
                let (hm, hwhy) = self.modality(c, h, depth + 1);
                if let Some(r) = hwhy.filter(|_| !self.ongoing_under_request(c, h)) {
                    if hm == Modality::Intended && d.as_str() == "advcl" && !lex.decision_heads.contains(&hw) && self.purpose_of_force(c, v, h) {
                        // "offered to lead a police force to Haiti to fight gang violence": the
                        // force is the aim of the act announced, no threat of force (CAMEO 138
                        // is force threatened as the act itself).
                        raise(&mut m, Modality::Hypothetical, format!("the purpose of {hl:?}, an act announced: force aimed at, not threatened"));
                    } else {
                        raise(&mut m, hm, format!("{hl:?} is {}: {r}", hm.as_str()));
                    }
                } else if d.as_str() == "advcl" && !lex.decision_heads.contains(&hw) && self.purpose_only_aimed(c, v, h) {
                    // The purpose of an act done is only its aim; that of an act announced is
                    // announced with it ("will visit Mauritania to mediate": intended).
                    raise(&mut m, Modality::Hypothetical, format!("the purpose of {hl:?}, an aim"));
                }
            } else if d.is("advcl") && c.doc.tokens[v as usize].xpos.as_str() == "VBG" && c.kids(v).iter().any(|&k| (c.dep(k).is("mark") || c.dep(k).is("case")) && ["in", "by"].iter().any(|w| c.lemma(k).eq_ignore_ascii_case(w))) {
                // A gerund of manner is done as its head is: "called on Germany to follow Spain in
                // recognising Palestine", "urged Europe to help by sending troops" (requested).
                let (hm, hwhy) = self.modality(c, h, depth + 1);
                if let Some(r) = hwhy {
                    raise(&mut m, hm, format!("the manner of {hl:?}: {r}"));
                }
            } else if d.is("conj") && !has_aux && c.kid(v, "nsubj").is_none() && (!finite(v) || finite(h)) {
                // (A finite verb is no conjunct of a gerund or infinitive: "accuses Hamas of
                // violating the ceasefire and demands the return" coordinates "demands" with
                // "accuses", whatever the parse says.)
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
                    // "turned down Russia's offer to hold talks", "rejected a plan to annex": the
                    // act offered or planned is not done.
                    if self.rejecting(c, g) {
                        raise(&mut m, Modality::Negated, format!("{hl:?} is the object of {:?}, rejected", c.lemma(g)));
                    }
                    let (gm, gwhy) = self.modality(c, g, depth + 2);
                    if let Some(r) = gwhy {
                        raise(&mut m, gm, format!("{:?} is {}: {r}", c.lemma(g), gm.as_str()));
                    }
                }
            }
        }
        (m, why)
    }

    /// True when `k`, a modifier of an event noun, is one of `unrealised_modifiers` by its
    /// lower-cased form ("proposed", "planned", "draft", "possible").
    fn unrealised_modifier(&self, c: &Ctx, k: u32) -> bool {
        self.lexicon.unrealised_modifiers.contains(&c.doc.token_text(k as usize).to_ascii_lowercase())
    }

    /// True when `h`, a verb of ordering (`binding_order_verbs`), has a court or judge (an actor of
    /// the judicial sector) as its subject or passive agent: "A Dutch appeals court ordered the
    /// government to halt all exports of F-35 parts to Israel", "a judge ordered the Treasury to
    /// reinstate the workers". A court's order binds: the act ordered is reported as the
    /// state's, not only requested.
    fn binding_order(&self, c: &Ctx, h: u32) -> bool {
        if !c.lower_is(h, &self.lexicon.binding_order_verbs) {
            return false;
        }
        let judicial = |t: u32| c.mention_for(t).is_some_and(|(m, _)| c.doc.mentions[m as usize].actor.sector.as_deref() == Some(JUDICIAL_SECTOR));
        c.kids(h).iter().any(|&k| (c.dep(k).as_str() == "nsubj" || c.dep(k).is("obl:agent")) && judicial(k))
    }

    /// True when `h` is a verb of continuing (`continuative_heads`) requested or ordered: "ordered
    /// the military to keep fighting Hezbollah" asks that a fight go on, so the fight is going on
    /// (continuing presupposes the act under way; CGEL ch. 14, aspectual catenatives).
    fn ongoing_under_request(&self, c: &Ctx, h: u32) -> bool {
        c.lower_is(h, &self.lexicon.continuative_heads)
            && (c.dep(h).is("xcomp") || c.is_infinitive_conjunct(h))
            && c.head(h).is_some_and(|g| c.lower_is(g, &self.lexicon.request_heads))
    }

    /// True when `v` is a finite content clause with a modal auxiliary of its own: "has told Israel
    /// and Hamas that it will suspend its efforts to mediate" informs of an intent (its "will"
    /// decides), it does not request; only a bare, subjunctive clause is the content of a request
    /// ("demanded that Israel withdraw").
    fn finite_content(&self, c: &Ctx, v: u32) -> bool {
        let lex = self.lexicon;
        c.is_content_clause(v)
            && c.kids(v).iter().any(|&k| c.dep(k).is("aux") && (c.lower_is(k, &lex.intent_aux) || c.lower_is(k, &lex.hypothetical_aux)))
    }

    /// True when the verb `g` rejects or stops what its object names: a verb of
    /// `negating_heads` ("rejected a plan to annex") or `halting_verbs` ("suspended its efforts to
    /// mediate"), or "turn down" ("turned down Russia's offer").
    fn rejecting(&self, c: &Ctx, g: u32) -> bool {
        c.lower_is(g, &self.lexicon.negating_heads) || c.lower_is(g, &self.lexicon.halting_verbs) || (c.lemma(g).eq_ignore_ascii_case("turn") && c.kids(g).iter().any(|&k| c.dep(k).is("compound:prt") && c.lemma(k).eq_ignore_ascii_case("down")))
    }

    /// The reason the clause or event noun `v` is content, not an act asserted, by what governs
    /// it: a noun of possibility ("leaving open the possibility of supplying lethal aid",
    /// `possibility_nouns`), a noun rejected or stopped ("vetoed a resolution demanding a
    /// ceasefire", "suspended its efforts to mediate"), a gerund of what is warned or argued against ("warned Egypt against
    /// sending troops", `AVERTED_MARKS`), the "from" gerund of a verb of preventing ("bans its
    /// citizens from traveling", `preventing_verbs`), or a declarative that-clause of a verb rejecting a claim
    /// ("rejected that New Delhi had targeted civilian sites", `rejecting_claim_verbs`), or the
    /// content of a noun of allegation ("on suspicion of attacking", `allegation_nouns`).
    fn unasserted_content(&self, c: &Ctx, v: u32) -> Option<String> {
        let h = c.head(v)?;
        let d = c.dep(v);
        let hl = c.lemma(h).to_ascii_lowercase();
        let marked = |words: &[&str]| c.kids(v).iter().any(|&k| (c.dep(k).is("mark") || c.dep(k).is("case")) && words.contains(&c.lemma(k).to_ascii_lowercase().as_str()));
        // (A that-clause the parse read as a relative clause, "that" its subject beside a subject
        // of its own: "the possibility that Russia invades Ukraine".)
        // (Or its object beside an object of its own: "an allegation that Wagner fighters had
        // attacked civilians".)
        let two_subjects = d.is("acl:relcl")
            && ["nsubj", "obj"].iter().any(|role| {
                c.kids(v).iter().any(|&k| c.dep(k).is(role) && c.lemma(k).eq_ignore_ascii_case("that"))
                    && c.kids(v).iter().any(|&k| c.dep(k).is(role) && !c.is_relative_pronoun(k) && !c.lemma(k).eq_ignore_ascii_case("that"))
            });
        let noun_content = d.as_str() == "acl" || two_subjects || (d.is("nmod") && marked(&["of"]));
        if c.doc.tokens[h as usize].upos == Upos::Noun && self.lexicon.possibility_nouns.contains(&hl) && noun_content {
            return Some(format!("the content of {hl:?}, a possibility"));
        }
        // "arrest 25 people on suspicion of attacking a UNIFIL convoy", "denied Canada's allegation
        // that its agents were linked to the killing": the content of a noun of allegation is
        // charged, not asserted (unless confirmed: "confirmed allegations that ...").
        // (The gerund the parse hung on the verb, right after the noun and its "of": "arrest 25
        // people on suspicion of attacking".)
        let of_mark = c.kids(v).iter().copied().find(|&k| c.dep(k).is("mark") && c.lemma(k).eq_ignore_ascii_case("of") && k as usize > c.base);
        if let Some(n) = of_mark.map(|k| k - 1).filter(|&n| d.is("advcl") && c.doc.tokens[v as usize].xpos.as_str() == "VBG" && c.doc.tokens[n as usize].upos == Upos::Noun && self.lexicon.allegation_nouns.contains(&c.lemma(n).to_ascii_lowercase())) {
            return Some(format!("the content of {:?}, an allegation", c.lemma(n).to_ascii_lowercase()));
        }
        // (An allegation the object of a verb of confirming is asserted: "confirmed claims that".)
        let confirmed_noun = |n: u32| c.dep(n).is("obj") && c.head(n).is_some_and(|g| c.lower_is(g, &self.lexicon.confirming_verbs));
        let confirmed = confirmed_noun(h);
        // (A clause marked as content, not a participle the parse hung on the noun: "on allegations
        // of espionage, accusing the suspect of" is the accuser's own act.)
        let charged = (d.as_str() == "acl" && marked(&["that", "of"])) || two_subjects || (d.is("nmod") && marked(&["of"]));
        if c.doc.tokens[h as usize].upos == Upos::Noun && self.lexicon.allegation_nouns.contains(&hl) && charged && !confirmed {
            return Some(format!("the content of {hl:?}, an allegation"));
        }
        // (The that-clause right after the noun, however the parse hung it: "launched an
        // investigation into claims that two servicemen abused children", the clause hung on
        // "investigation".)
        if let Some(n) = c.word_before_that(v).filter(|&n| n != h && c.doc.tokens[n as usize].upos == Upos::Noun && c.lower_is(n, &self.lexicon.allegation_nouns) && !confirmed_noun(n)) {
            return Some(format!("the content of {:?}, an allegation, right before its \"that\"", c.lemma(n).to_ascii_lowercase()));
        }
        if (d.is("advcl") || d.is("acl")) && c.doc.tokens[v as usize].xpos.as_str() == "VBG" && marked(AVERTED_MARKS) {
            return Some(format!("what {hl:?} is against"));
        }
        // "bans its citizens from traveling to Iran": the gerund after "from" of a verb of
        // preventing (`preventing_verbs`) is an act kept from happening.
        if (d.is("advcl") || d.is("xcomp")) && c.doc.tokens[v as usize].xpos.as_str() == "VBG" && marked(&["from"]) && self.lexicon.preventing_verbs.contains(&hl) {
            return Some(format!("what {hl:?} prevents"));
        }
        // "vetoed a resolution demanding a ceasefire", "turned down Russia's offer to hold talks":
        // the clause of a noun that is rejected or stopped says what is not done.
        // (Not a past participle, an act done before: "rejected the agreement signed by Israel and
        // Lebanon", "rejected an injunction sought by the senator"; nor a clause with a
        // subordinator of its own: "suspended the pact after Belgium criticized Rwanda".)
        let content_form = c.doc.tokens[v as usize].xpos.as_str() == "VBG" || c.is_to_infinitive(v);
        let subordinated = c.kids(v).iter().any(|&k| c.dep(k).is("mark") && !c.lemma(k).eq_ignore_ascii_case("to"));
        if d.as_str() == "acl" && content_form && !subordinated && c.doc.tokens[h as usize].upos == Upos::Noun && c.dep(h).is("obj") {
            if let Some(g) = c.head(h).filter(|&g| self.rejecting(c, g)) {
                return Some(format!("the content of {hl:?}, the object of {:?}", c.lemma(g)));
            }
        }
        // "suspended the talks they had been mediating": a relative clause in the progressive
        // on the object of a verb of halting names the act going on that the verb stops. (Not a
        // finished act, "suspended the deal they signed in 2015", nor a rejection's object, "rejected
        // the plan they were drafting": the drafting was done.)
        let progressive = c.doc.tokens[v as usize].xpos.as_str() == "VBG" && c.kids(v).iter().any(|&k| c.dep(k).is("aux") && c.lemma(k).eq_ignore_ascii_case("be"));
        // (The noun is the clause's own gap, its object or subject: a clause with an object of its
        // own or a relative phrase, "amid a crisis in which militants are targeting the junta", is
        // about another noun the parse may have hung it on.)
        let gapped = !c.kids(v).iter().any(|&k| (c.dep(k).is("obj") && !c.is_relative_pronoun(k)) || c.kids(k).iter().any(|&g| c.is_relative_pronoun(g)));
        if d.is("acl:relcl") && progressive && gapped && c.dep(h).is("obj") {
            if let Some(g) = c.head(h).filter(|&g| c.lower_is(g, &self.lexicon.halting_verbs)) {
                return Some(format!("the act going on in {hl:?}, stopped by {:?}", c.lemma(g)));
            }
        }
        // (The participle the parse hung on the verb, right after its object with no comma or
        // subordinator: "vetoed a resolution demanding a ceasefire".)
        if d.as_str() == "advcl" && c.doc.tokens[v as usize].xpos.as_str() == "VBG" && self.rejecting(c, h) && !c.kids(v).iter().any(|&k| c.dep(k).is("mark") || c.dep(k).is("nsubj")) {
            if let Some(n) = c.kids(h).iter().copied().find(|&n| c.dep(n).is("obj") && n < v && c.doc.tokens[n as usize].upos == Upos::Noun) {
                if !(n + 1..v).any(|t| c.doc.tokens[t as usize].upos == Upos::Punct) {
                    return Some(format!("the content of {:?}, the object of {hl:?}", c.lemma(n)));
                }
            }
        }
        // "will suspend its efforts to mediate a ceasefire": the infinitive of a control noun
        // ("effort", "offer", "plan") the parse hung on the verb that stops or rejects the noun.
        if d.as_str() == "advcl" && c.is_to_infinitive(v) && self.rejecting(c, h) {
            if let Some(n) = c.kids(h).iter().copied().find(|&n| c.dep(n).is("obj") && n < v && self.lexicon.control_nouns.contains_key(&c.lemma(n).to_ascii_lowercase())) {
                return Some(format!("{:?} is the object of {hl:?}, stopped or rejected", c.lemma(n)));
            }
        }
        if self.lexicon.rejecting_claim_verbs.contains(&hl) && c.is_content_clause(v) && c.is_declarative_clause(v) {
            return Some(format!("the content of {hl:?}, a claim rejected"));
        }
        None
    }

    /// True when the verb `h` has a particle other than "out": a phrasal verb is another verb than
    /// its bare head, so "set up a centre to fight" is no intent ("is set to fight"); "set out to"
    /// keeps it (CGEL ch. 16, verb-particle constructions).
    fn phrasal(c: &Ctx, h: u32) -> bool {
        c.kids(h).iter().any(|&k| c.dep(k).as_str() == "compound:prt" && !c.lemma(k).eq_ignore_ascii_case("out"))
    }

    /// The verb whose indefinite object the event noun `v` is ("broker a ceasefire deal", or a
    /// conjunct of it: "secure a ceasefire and broader agreement"), if any: the noun or the first
    /// conjunct carries "a"/"an" and no possessor.
    fn unrealised_object_head(&self, c: &Ctx, v: u32) -> Option<u32> {
        if c.doc.tokens[v as usize].upos != Upos::Noun {
            return None;
        }
        let first = if c.dep(v).as_str() == "conj" { c.head(v)? } else { v };
        if !c.dep(first).is("obj") || c.doc.tokens[first as usize].upos != Upos::Noun {
            return None;
        }
        let indefinite = |n: u32| c.kids(n).iter().any(|&k| c.dep(k).is("det") && ["a", "an"].iter().any(|w| c.lemma(k).eq_ignore_ascii_case(w)));
        let owned = |n: u32| c.kids(n).iter().any(|&k| c.dep(k).is("nmod:poss"));
        if !(indefinite(first) || indefinite(v)) || owned(first) || owned(v) {
            return None;
        }
        c.head(first).filter(|&h| c.doc.tokens[h as usize].upos == Upos::Verb)
    }

    /// True when `h` is "rule out" or "give up", whose complement is excluded or abandoned, not
    /// done: "ruled out sending warships", "refused to rule out the annexation of Greenland" (a
    /// possibility at most; either way no act), "have given up fighting". Phrasal verbs, so kept
    /// here rather than among `negating_heads` lemmas.
    fn ruling_out(c: &Ctx, h: u32) -> bool {
        const PHRASAL: &[(&str, &str)] = &[("rule", "out"), ("give", "up")];
        PHRASAL.iter().any(|&(verb, particle)| c.lemma(h).eq_ignore_ascii_case(verb) && c.kids(h).iter().any(|&k| c.dep(k).as_str() == "compound:prt" && c.lemma(k).eq_ignore_ascii_case(particle)))
    }

    /// True when the verb `v` names a use of force by itself: its patterns with no object word,
    /// count or kind of doer are all of roots 18-20, and there is one ("fight", "attack", "shell";
    /// not "push", which bare is a demand, 100, and a push into territory only with its object).
    fn use_of_force(&self, c: &Ctx, v: u32) -> bool {
        let mut bare = self.patterns.verb_patterns(c.lemma(v)).iter().map(|&id| self.patterns.get(id)).filter(|p| p.objects.is_empty() && p.agents.is_empty() && p.count.is_none()).peekable();
        bare.peek().is_some() && bare.all(|p| matches!(p.code.get(..2), Some("18" | "19" | "20")))
    }

    /// True when the infinitive `v` under the verb `h` is a use of force that is only the purpose
    /// of `h` ([`Self::purpose_only_aimed`]; a phrasal head, "set up a centre to fight", is no
    /// control head of it).
    fn purpose_of_force(&self, c: &Ctx, v: u32, h: u32) -> bool {
        self.use_of_force(c, v) && (self.purpose_only_aimed(c, v, h) || (Self::phrasal(c, h) && c.is_to_infinitive(v)))
    }

    /// True when `k`, an oblique or noun modifier, is the head noun of "in case of" (bare "case":
    /// "in the case of Ukraine" is a topic, "as for") or "in the event of", with its "of" phrase.
    fn condition_phrase(&self, c: &Ctx, k: u32) -> bool {
        let l = c.lemma(k).to_ascii_lowercase();
        if !CONDITION_NOUNS.contains(&l.as_str()) || !c.case_of(k).is_some_and(|p| p.eq_ignore_ascii_case("in")) {
            return false;
        }
        let det = c.kids(k).iter().copied().find(|&g| c.dep(g).is("det"));
        let determiner_fits = if l == "case" { det.is_none() } else { det.is_some_and(|g| c.lemma(g).eq_ignore_ascii_case("the")) };
        determiner_fits && c.kids(k).iter().any(|&g| c.dep(g).is("nmod") && c.case_of(g).is_some_and(|p| p.eq_ignore_ascii_case("of")))
    }

    /// True when the infinitive clause `v` (an advcl with "to") under the verb `h` is a purpose
    /// that says what the act was for, not that it was done: "sent troops to help fight the
    /// rebels", "deployed gendarmes to quell riots", "blocked a highway to demand a deal" (the
    /// sending and the blocking are reported, the fighting and the demand only aimed at; CGEL
    /// ch. 8, purpose adjuncts; the caller asks this only of a head done, not announced). Not
    /// under a control head (its complement's modality is its own), nor a head of a done purpose
    /// ("used drones to attack", "phoned Pezeshkian to urge", "summoned the envoy to protest",
    /// `purpose_done_heads`), not an object's complement the parse hung as a purpose ("prompting
    /// the bloc to exclude", `object_control`, `prompting_verbs`), and not a purpose the act does
    /// by itself ("blocked roads to protest against the policies", "opened the bridge to allow",
    /// `done_purposes`).
    fn purpose_only_aimed(&self, c: &Ctx, v: u32, h: u32) -> bool {
        let lex = self.lexicon;
        let hw = c.lemma(h).to_ascii_lowercase();
        // Only a "to"-infinitive: not a gerund the parse hung as a clause ("reports intercepting").
        if !c.is_to_infinitive(v) {
            return false;
        }
        // (The object of a verb of causing acts only if it is an actor: "provoked the migrant
        // crisis to justify a military build-up" is a purpose, the crisis justifies nothing.)
        let object_complement = c.kid(h, "obj").is_some_and(|o| lex.object_control.contains(&hw) || (lex.prompting_verbs.contains(&hw) && c.s.mention_of[o as usize - c.base] != super::view::NONE));
        let control_head = [&lex.aspect_heads, &lex.intent_heads, &lex.negating_heads, &lex.request_heads, &lex.hypothetical_heads].iter().any(|l| l.contains(&hw));
        !(control_head || lex.purpose_done_heads.contains(&hw) || object_complement || c.lower_is(v, &lex.done_purposes))
    }

    /// The noun of request whose content the clause `v` is, only requested of its doer: "rejected
    /// China's demand that it remove the warship", "an Israeli demand that its fighters disarm"
    /// (the parse may read "that" as a relative pronoun: a bare or plural-present verb with a
    /// subject of its own is still the content), "Britain's request to extradite the officers",
    /// "rejected demands from the United Nations to lift its ban" (the infinitive the parse hung
    /// on the verb whose object the noun is). Not a relative clause on the noun ("a demand that
    /// Israel rejected"). Nouns of `request_nouns`.
    fn requesting_noun(&self, c: &Ctx, v: u32) -> Option<u32> {
        let lex = self.lexicon;
        let is_request = |n: u32| n < v && c.doc.tokens[n as usize].upos == Upos::Noun && c.lower_is(n, &lex.request_nouns);
        let infinitive = c.is_to_infinitive(v);
        let h = c.head(v)?;
        let d = c.dep(v);
        if d.is("acl") && is_request(h) {
            let that_mark = c.kids(v).iter().any(|&k| c.dep(k).is("mark") && c.lemma(k).eq_ignore_ascii_case("that"));
            // "demand that its fighters disarm" read as a relative clause: a subject of its own and
            // a mandative (bare or plural-present) verb.
            let mandative = matches!(c.doc.tokens[v as usize].xpos.as_str(), "VB" | "VBP")
                && c.kids(v).iter().any(|&k| c.dep(k).is("nsubj") && !c.is_relative_pronoun(k) && !c.lemma(k).eq_ignore_ascii_case("that"))
                && c.kids(v).iter().any(|&k| c.lemma(k).eq_ignore_ascii_case("that") && k + 1 < v);
            return (infinitive || that_mark || mandative).then_some(h);
        }
        if d.as_str() == "advcl" && infinitive {
            return c.kids(h).iter().copied().find(|&n| c.dep(n).is("obj") && is_request(n));
        }
        None
    }

    /// The modality a control or intent head gives the event noun it governs, with the reason:
    /// "plans talks with" (intended), "refused talks with" (negated), "called for talks with",
    /// "threatened war" (hypothetical), "resumed talks" (none: asserted). None when `h` is no
    /// such head. Accusation and praise heads ("condemned the attack") are not control heads:
    /// their subject is not the noun's agent.
    /// The verb of the clause whose object or oblique is the noun that mediation participle `v`
    /// modifies ("hold talks mediated by Qatar", "hold a Qatar-mediated meeting"): a past
    /// participle (`acl`, or hyphenated with its agent, `Ctx::hyphen_agent`) of a verb with a
    /// mediation pattern (045). None otherwise.
    fn mediated_clause(&self, c: &Ctx, v: u32) -> Option<u32> {
        let participle = (c.dep(v).as_str() == "acl" && c.doc.tokens[v as usize].xpos.as_str() == "VBN") || c.hyphen_agent(v).is_some();
        if !participle || !self.patterns.verb_patterns(c.lemma(v)).iter().any(|&id| self.patterns.get(id).code == "045") {
            return None;
        }
        let n = c.head(v).filter(|&n| c.doc.tokens[n as usize].upos == Upos::Noun)?;
        let d = c.dep(n);
        let complement = d.is("obj") || (d.is("obl") && !d.is("obl:tmod") && !d.is("obl:agent"));
        c.head(n).filter(|&h| complement && c.doc.tokens[h as usize].upos == Upos::Verb)
    }

    pub(super) fn control_modality(&self, c: &Ctx, h: u32) -> Option<(Modality, String)> {
        let lex = self.lexicon;
        let hw = c.lemma(h).to_ascii_lowercase();
        // "Iran is open to talks with the US": the adjective "open" heading a predicate is
        // willingness (its oblique the act the subject would take part in); the verb is not
        // ("opened the bridge", "opened talks").
        if c.doc.tokens[h as usize].upos == Upos::Adj && lex.open_adjectives.contains(&hw) && (c.kids(h).iter().any(|&k| c.dep(k).is("cop")) || c.dep(h).is("xcomp")) {
            return Some((Modality::Intended, format!("predicate {hw:?}")));
        }
        if lex.light_verbs.contains(&hw) {
            // "undertook a mediation mission", "offered assistance": the light verb performs the act.
            return None;
        }
        let m = if lex.negating_heads.contains(&hw) || Self::ruling_out(c, h) {
            Modality::Negated
        } else if lex.request_heads.contains(&hw) || lex.hypothetical_heads.contains(&hw) {
            Modality::Hypothetical
        } else if lex.intent_heads.contains(&hw) && !lex.decision_heads.contains(&hw) {
            Modality::Intended
        } else if lex.aspect_heads.contains(&hw) || lex.decision_heads.contains(&hw) {
            // (A decision enacts its object as it does its infinitive: "Japan decides new
            // sanctions against North Korea" imposes them.)
            Modality::Asserted
        } else {
            return None;
        };
        Some((m, format!("governed by {hw:?}")))
    }

    /// True when the negated act of `v` is a refusal: "will not lift", "cannot accept" (a negated
    /// future or ability), or the complement of a negating head that is itself a rejection verb
    /// ("refused to release", "declined talks"; not "failed to reach"), or of a negated head of will
    /// ("is not going to lift", "decided not to lift"). With `head`, `v` is the
    /// control head of an event noun.
    pub(super) fn refused(&self, c: &Ctx, v: u32, head: bool) -> bool {
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

    /// True when the negated act of `v` is said to go on no more: "no longer" or "anymore" on the
    /// verb, or "any more"/"no more" right after it or on its object ("will not send any more
    /// military aid", "will no longer supply weapons"): cooperation stopped, not refused.
    pub(super) fn discontinued(&self, c: &Ctx, v: u32) -> bool {
        let word = |k: u32| c.doc.token_text(k as usize).to_ascii_lowercase();
        let on_verb = c.kids(v).iter().any(|&k| c.dep(k).is("advmod") && matches!(word(k).as_str(), "longer" | "anymore"));
        let any_more = (v + 1..(v + 5).min(c.end as u32 - 1)).any(|k| matches!(word(k).as_str(), "any" | "no") && word(k + 1) == "more");
        on_verb || any_more
    }

    /// True when the negated act of `v` is the complement of a head of failure (`failure_heads`):
    /// "failed to reach agreement" (`v` the light verb "reach"), "failed to agree".
    pub(super) fn failed(&self, c: &Ctx, v: u32) -> bool {
        (c.dep(v).is("xcomp") || c.is_infinitive_conjunct(v)) && c.head(v).is_some_and(|h| c.lower_is(h, &self.lexicon.failure_heads))
    }

    /// The asserted verb of considering (`considering_heads`) whose option the act of `v` is:
    /// its complement or object ("is considering sending aid to Kyrgyzstan", "is weighing
    /// sanctions against Russia", a gerund the parse made a conjunct). Not a verb of
    /// considering in its sense of regarding, with a predicate of its own ("considers the
    /// occupation illegal", "considered the strike as an act of war"). `v` is the verb, or the
    /// control head of an event noun.
    pub(super) fn considering_head(&self, c: &Ctx, v: u32) -> Option<u32> {
        let lex = self.lexicon;
        let considering = |g: u32| {
            c.lower_is(g, &lex.considering_heads)
                && !c.kids(g).iter().any(|&k| c.dep(k).is("xcomp") && k != v)
                && !c.kids(g).iter().any(|&k| c.dep(k).is("obl") && c.kids(k).iter().any(|&x| c.dep(x).is("case") && c.lemma(x).eq_ignore_ascii_case("as")))
                && self.modality(c, g, 0).0 == Modality::Asserted
        };
        let h = c.head(v)?;
        let d = c.dep(v);
        ((d.is("xcomp") || d.is("ccomp") || d.is("obj") || c.is_infinitive_conjunct(v)) && considering(h)).then_some(h)
    }
}

pub(super) fn rank(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 0,
        Modality::Intended => 1,
        Modality::Hypothetical => 2,
        Modality::Negated => 3,
    }
}
