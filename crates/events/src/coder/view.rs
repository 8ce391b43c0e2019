//! The coder's view of one sentence: its tokens' children and mentions, and the questions
//! the coder asks of the parse (lemma, relation, head, children, the mention a word is in).
use detente_core::{Document, MentionKind, Upos};

/// No mention (in `Scratch::mention_of`).
pub(super) const NONE: u32 = u32::MAX;

/// Per-sentence view: children lists and token → mention map, reused across sentences.
#[derive(Default)]
pub(super) struct Scratch {
    pub(super) kid_start: Vec<u32>,
    pub(super) kids: Vec<u32>,
    pub(super) mention_of: Vec<u32>,
    /// Token → the place mention (`Destination` or `Place`) covering it, or [`NONE`].
    pub(super) place_of: Vec<u32>,
}

pub(super) struct Ctx<'d> {
    pub(super) doc: &'d Document,
    pub(super) base: usize,
    pub(super) end: usize,
    pub(super) s: &'d Scratch,
    /// The coder's word lists (`dictionaries/events/coder.toml`), for the tests on words the view
    /// makes ("their NATO membership": `membership_nouns`).
    pub(super) lex: &'d crate::Lexicon,
}

impl<'d> Ctx<'d> {
    pub(super) fn lemma(&self, t: u32) -> &'d str {
        &self.doc.tokens[t as usize].lemma
    }
    pub(super) fn dep(&self, t: u32) -> detente_core::DepRel {
        self.doc.tokens[t as usize].deprel
    }
    pub(super) fn head(&self, t: u32) -> Option<u32> {
        self.doc.tokens[t as usize].head.filter(|&h| (h as usize) >= self.base && (h as usize) < self.end)
    }
    /// The root of the sentence token `t` is in (its highest head).
    pub(super) fn sentence_root(&self, t: u32) -> Option<u32> {
        let mut x = t;
        for _ in 0..64 {
            match self.head(x) {
                Some(h) => x = h,
                None => return Some(x),
            }
        }
        None
    }
    /// The token of this sentence spanning `range` exactly (an event's verb).
    pub(super) fn token_at(&self, range: detente_core::TextRange) -> Option<u32> {
        (self.base as u32..self.end as u32).find(|&k| self.doc.tokens[k as usize].range == range)
    }
    /// The actor mention word `t` is in, or else the place mention it is in.
    pub(super) fn mention_or_place(&self, t: u32) -> Option<u32> {
        let m = self.s.mention_of[t as usize - self.base];
        if m != NONE { Some(m) } else { self.place_of(t) }
    }
    /// True when the clause at `k` is marked by "to" (a "to"-infinitive clause of purpose or
    /// complement: "deployed the army to quell protests"), whatever its verb's tag.
    pub(super) fn to_marked(&self, k: u32) -> bool {
        self.kids(k).iter().any(|&g| self.dep(g).is("mark") && self.lemma(g) == "to")
    }
    /// True when `v` is a bare verb marked by "to": "to help", "to lift".
    pub(super) fn is_to_infinitive(&self, v: u32) -> bool {
        self.doc.tokens[v as usize].xpos.as_str() == "VB" && self.kids(v).iter().any(|&k| self.dep(k).is("mark") && self.lemma(k).eq_ignore_ascii_case("to"))
    }
    /// A bounded breadth-first search down the parse from `from`: `visit(word, depth, queue)` is
    /// called on each queued word in turn (`from` at depth 0), pushes the words to look at next
    /// onto `queue`, and returns what it found, which ends the search. The search stops once
    /// `cap` words have been queued, so a slip in the parse cannot make it wander.
    pub(super) fn search_down<T>(&self, from: u32, cap: usize, mut visit: impl FnMut(u32, u8, &mut Vec<(u32, u8)>) -> Option<T>) -> Option<T> {
        let mut queue = vec![(from, 0u8)];
        let mut i = 0;
        while i < queue.len() && queue.len() < cap {
            let (x, depth) = queue[i];
            i += 1;
            if let Some(found) = visit(x, depth, &mut queue) {
                return Some(found);
            }
        }
        None
    }
    pub(super) fn kids(&self, t: u32) -> &[u32] {
        let i = t as usize - self.base;
        &self.s.kids[self.s.kid_start[i] as usize..self.s.kid_start[i + 1] as usize]
    }
    pub(super) fn kid(&self, t: u32, rel: &str) -> Option<u32> {
        self.kids(t).iter().copied().find(|&k| self.dep(k).is(rel))
    }
    pub(super) fn kid_exact(&self, t: u32, rel: &str) -> Option<u32> {
        self.kids(t).iter().copied().find(|&k| self.dep(k).as_str() == rel)
    }
    /// The preposition (case marker) of a nominal, lower-cased lemma; for a verbal
    /// preposition ("regarding", "concerning", "following") its form, not the verb's lemma.
    pub(super) fn case_of(&self, t: u32) -> Option<&'d str> {
        self.kids(t).iter().copied().find(|&k| self.dep(k).is("case") || (self.dep(k).is("mark") && self.doc.tokens[k as usize].upos == Upos::Adp)).map(|k| {
            let form = self.doc.token_text(k as usize);
            if self.doc.tokens[k as usize].upos == Upos::Verb && form.bytes().all(|b| b.is_ascii_lowercase()) {
                form
            } else {
                self.lemma(k)
            }
        })
    }
    pub(super) fn lower_is(&self, t: u32, words: &crate::lexicon::WordSet) -> bool {
        let l = self.lemma(t);
        if words.contains(l) {
            return true;
        }
        l.bytes().any(|b| b.is_ascii_uppercase()) && words.contains(&l.to_ascii_lowercase())
    }
    /// Whether noun `t` is a membership noun (`membership_nouns`: "membership", "accession",
    /// "bid": the organisation compounded with it is what is joined) with a possessive pronoun
    /// that names no actor ("their" left unresolved): it is that unnamed owner's, not the
    /// organisation's ("their NATO membership"). (Not nouns naming the organisation's own: "its
    /// NATO allies" are NATO.)
    pub(super) fn unnamed_owner(&self, t: u32) -> bool {
        self.lower_is(t, &self.lex.membership_nouns) && self.kids(t).iter().any(|&k| self.dep(k).is("nmod:poss") && self.doc.tokens[k as usize].upos == Upos::Pron && self.s.mention_of[k as usize - self.base] == NONE)
    }
    /// Whether the sentence names an actor of a country other than `home`, leaving out the
    /// mentions `except` accepts: a domestic reading (a place seized or attacked at home) holds
    /// only when no foreign actor is in the sentence.
    pub(super) fn names_foreign_actor(&self, home: &str, except: impl Fn(u32) -> bool) -> bool {
        (self.base..self.end).map(|x| self.s.mention_of[x - self.base]).any(|m| m != NONE && self.doc.mentions[m as usize].actor.country.as_deref().is_some_and(|y| y != home) && !except(m))
    }
    /// The country of the actor mention token `t` stands for (`mention_for`, its own or one on a
    /// modifier: "Chinese officials" CHN); None when it stands for none or the actor has no country.
    pub(super) fn mention_country(&self, t: u32) -> Option<String> {
        self.mention_for(t).and_then(|(m, _)| self.doc.mentions[m as usize].actor.country.clone())
    }
    /// The mention a token stands for: its own, or one on a modifier ("Chinese officials",
    /// "China's support", "the leaders of Iran"). Second value: found through a modifier.
    pub(super) fn mention_for(&self, t: u32) -> Option<(u32, bool)> {
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
        // A possessive pronoun that names no actor owns a membership noun, not the organisation
        // compounded with it: "will approve their NATO membership" is theirs, no act on NATO.
        let unnamed_owner = self.unnamed_owner(t);
        for pass in 0..2 {
            for &k in self.kids(t) {
                let d = self.dep(k);
                if unnamed_owner && d.is("compound") {
                    continue;
                }
                // An unmarked nominal before its head is a parse slip of the head's own noun: "with Xi
                // earlier" parsed as "with earlier", Xi hanging on "earlier".
                // So is a "subject" of a noun that is no predicate (no copula): "with Xi earlier this
                // month" parsed with "Xi" as the subject of "month".
                let slip = ((d.is("obl:unmarked") || d.is("nmod:unmarked")) && k < t)
                    || (d.is("nsubj") && k < t && matches!(self.doc.tokens[t as usize].upos, Upos::Noun) && !self.kids(t).iter().any(|&g| self.dep(g).is("cop")));
                // A title or description before a name no dictionary knows stands for it: "activist
                // José Daniel Ferrer", "Gyumri mayor Vardan Ghukasyan".
                let desc = d.as_str() == "nmod:desc" && k < t;
                let ok = if pass == 0 { d.is("nmod:poss") || d.is("amod") || d.is("compound") || d.is("flat") || d.is("appos") || desc || slip } else { d.is("nmod") && matches!(self.case_of(k), Some("of")) };
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
    /// The word right before the "that" that marks clause `v` ("denied that …", "claims that
    /// …"), whatever the parse made its head: the verb or noun whose content the clause is.
    pub(super) fn word_before_that(&self, v: u32) -> Option<u32> {
        self.kids(v).iter().copied()
            .find(|&k| self.dep(k).is("mark") && self.lemma(k).eq_ignore_ascii_case("that") && k as usize > self.base)
            .map(|k| k - 1)
    }
    /// The place mention (a city named as a place, `MentionKind::Place`) headed at `t`.
    pub(super) fn place_at(&self, t: u32) -> Option<u32> {
        self.place_of(t).filter(|&m| {
            let m = &self.doc.mentions[m as usize];
            m.kind == MentionKind::Place && m.head == t
        })
    }
    /// The place mention (`Destination` or `Place`) word `t` is in.
    pub(super) fn place_of(&self, t: u32) -> Option<u32> {
        let m = *self.s.place_of.get((t as usize).checked_sub(self.base)?)?;
        (m != NONE).then_some(m)
    }
    pub(super) fn mention_for_shallow(&self, t: u32) -> Option<(u32, bool)> {
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
    pub(super) fn with_conjuncts(&self, t: u32, out: &mut Vec<u32>) {
        out.push(t);
        let mut i = out.len() - 1;
        while i < out.len() && out.len() < 8 {
            let x = out[i];
            let mx = self.s.mention_of[x as usize - self.base];
            for &k in self.kids(x) {
                // An indefinite "conjunct" without a conjunction is an apposition parsed as one:
                // "Pakistan, a key U.S. ally, has refused" is Pakistan alone.
                let appositive = self.kids(k).iter().any(|&g| self.dep(g).is("det") && matches!(self.lemma(g).to_ascii_lowercase().as_str(), "a" | "an")) && !self.kids(k).iter().any(|&g| self.dep(g).is("cc"));
                // A conjunct with no conjunction of its own after a place phrase of `x` goes on
                // that place's list, not the list of parties: "clashes between a rebel group and
                // the Chadian National Army in Korbol, Moyen-Chari, Chad" (Chad is where).
                let place_list = !self.kids(k).iter().any(|&g| self.dep(g).is("cc"))
                    && self.kids(x).iter().any(|&j| j < k && j > x && self.dep(j).is("nmod") && self.case_of(j).is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "in" | "at" | "near")));
                if self.dep(k).is("conj") && !appositive && !place_list && !out.contains(&k) {
                    out.push(k);
                }
                let mk = self.s.mention_of[k as usize - self.base];
                // A list of names the parse broke up: "The US, Russia, and Switzerland met", with
                // "Russia" an unmarked modifier or appositive of "US" after the comma (two states by
                // name are never one another's apposition).
                let listed = mx != NONE
                    && mk != NONE
                    && mk != mx
                    && matches!(self.dep(k).as_str(), "nmod:unmarked" | "appos")
                    && k > x
                    && self.doc.token_text(k as usize - 1) == ","
                    && self.doc.mentions[mx as usize].actor.code != self.doc.mentions[mk as usize].actor.code
                    && [mx, mk].iter().all(|&m| {
                        let mm = &self.doc.mentions[m as usize];
                        mm.kind == MentionKind::Name && mm.actor.code.len() == 3 && mm.head == if m == mx { x } else { k }
                    });
                if listed && !out.contains(&k) {
                    out.push(k);
                }
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
                // The countries of a plural role may also come after "from" when the role is part of
                // the country's mention ("their counterparts from France, Britain and Germany"; not
                // "goods from Canada and Mexico", whose countries are found through "goods").
                let plural_of = self.doc.tokens[x as usize].xpos.as_str() == "NNS"
                    && self.dep(k).is("nmod")
                    && mk != NONE
                    && match self.case_of(k) {
                        Some("of") => mx == NONE || mk == mx,
                        Some("from") => mk == mx,
                        _ => false,
                    };
                if inner || plural_of {
                    for &g in self.kids(k) {
                        let appositive = self.kids(g).iter().any(|&h| self.dep(h).is("det") && matches!(self.lemma(h).to_ascii_lowercase().as_str(), "a" | "an")) && !self.kids(g).iter().any(|&h| self.dep(h).is("cc"));
                        let mg = self.s.mention_of[g as usize - self.base];
                        // The list of a plural role's countries broken up by the parse: "the military
                        // leaders of Mali, Burkina Faso and Niger" with "Burkina Faso" an unmarked
                        // modifier of "Mali" after the comma and "Niger" its conjunct.
                        let listed = plural_of && self.is_listed_name(g) && self.doc.mentions[mg as usize].actor.country != self.doc.mentions[mk as usize].actor.country;
                        if (self.dep(g).is("conj") && !appositive || listed) && ![NONE, mx, mk].contains(&mg) && !out.contains(&g) {
                            out.push(g);
                        }
                    }
                }
            }
            i += 1;
        }
    }
    /// A country named by its own name right after a comma and hung with no preposition on the
    /// name before it: the next item of a list of names the parse broke up ("Mali, Burkina Faso").
    fn is_listed_name(&self, g: u32) -> bool {
        let mg = self.s.mention_of[g as usize - self.base];
        mg != NONE
            && matches!(self.dep(g).as_str(), "nmod" | "nmod:unmarked" | "appos")
            && self.case_of(g).is_none()
            && self.doc.mentions[mg as usize].kind == MentionKind::Name
            && self.doc.mentions[mg as usize].actor.code.len() == 3
            && self.doc.mentions[mg as usize].head == g
            && self.doc.mentions[mg as usize].tokens.start > 0
            && self.doc.token_text(self.doc.mentions[mg as usize].tokens.start as usize - 1) == ","
    }
    /// The word heading the sum of money `w` is part of ("$33 million", "£120 million (US$141
    /// million)"): from `w` up over number, apposition and compound links through numbers and
    /// currency signs, when a currency sign (tag "$", or "$", "€", "£" in a number's form) is among
    /// them. None for a word of no sum of money.
    pub(super) fn money_sum(&self, w: u32) -> Option<u32> {
        let sign = |k: u32| self.doc.tokens[k as usize].xpos.as_str() == "$" || (self.doc.tokens[k as usize].upos == Upos::Num && self.doc.token_text(k as usize).contains(['$', '€', '£']));
        let amount = |k: u32| sign(k) || self.doc.tokens[k as usize].upos == Upos::Num;
        if !amount(w) {
            return None;
        }
        let mut top = w;
        let mut money = sign(w) || self.kids(w).iter().any(|&k| sign(k));
        while let Some(h) = self.head(top).filter(|&h| amount(h) && matches!(self.dep(top).as_str(), "nummod" | "compound" | "appos" | "nmod:unmarked")) {
            top = h;
            money |= sign(h);
        }
        money.then_some(top)
    }
    /// True when `v` is passive: it has a passive subject or auxiliary, or it is a past participle
    /// modifying a noun ("the sanctions imposed on Russia"), not a past form with a subject of its
    /// own (a relative clause with its object left out: "the curfew that the army imposed").
    /// A passive subject that is a word of the actor named by an active subject of the same verb,
    /// with no passive auxiliary, is a name part the parse split off that subject ("Boko Haram
    /// suicide bombers have killed 81 people" with "Boko" a passive subject of "killed"): a clause
    /// has one subject, and with no "be" it is active.
    pub(super) fn is_passive(&self, v: u32) -> bool {
        let mention = |k: u32| Some(self.s.mention_of[k as usize - self.base]).filter(|&m| m != NONE);
        let split_name = |k: u32| mention(k).is_some_and(|m| self.kids(v).iter().any(|&a| self.dep(a).as_str() == "nsubj" && mention(a) == Some(m)));
        self.kids(v).iter().any(|&k| self.dep(k).is("aux:pass") || (self.dep(k).is("nsubj:pass") && !split_name(k)))
            || (self.dep(v).as_str() == "acl" && self.doc.tokens[v as usize].xpos.as_str() == "VBN" && !self.is_active_participle(v) && !self.kids(v).iter().any(|&k| self.dep(k).as_str() == "nsubj"))
    }
    /// The agent of a hyphenated participle modifying a noun, the compound English forms for a
    /// passive "by" phrase: "U.S.-brokered talks" are talks brokered by the U.S., "a
    /// Turkey-mediated rapprochement" one mediated by Turkey. The actor word is a dependent of
    /// the past participle `v` (an adjectival modifier) joined to it by the hyphen right before
    /// it. None for any other word.
    pub(super) fn hyphen_agent(&self, v: u32) -> Option<u32> {
        if !matches!(self.dep(v).as_str(), "amod" | "compound") || self.doc.tokens[v as usize].xpos.as_str() != "VBN" || (v as usize) < self.base + 2 {
            return None;
        }
        if !matches!(self.doc.token_text(v as usize - 1), "-" | "\u{2013}") {
            return None;
        }
        self.kids(v).iter().copied().find(|&k| k + 1 < v && self.mention_for(k).is_some_and(|(m, _)| self.doc.mentions[m as usize].tokens.end == v - 1))
    }
    /// A past form hung as a participle modifier of a noun but taking a direct object of its own,
    /// which a passive participle never does: a past tense the parse attached to its subject
    /// ("Vietnamese-led forces launched artillery fire against ..., killing 50" with "launched"
    /// under "forces"). Not with an auxiliary or a subject of its own.
    pub(super) fn is_active_participle(&self, v: u32) -> bool {
        self.active_participle_subject(v).is_some()
    }
    /// The subject of an active past form parsed as a participle (`is_active_participle`): the
    /// noun it hangs on, or the nearest noun above a function word it hangs on ("Yeltsin on
    /// Saturday hosted Hashimoto" with "hosted" under "on", itself under "Yeltsin").
    pub(super) fn active_participle_subject(&self, v: u32) -> Option<u32> {
        if self.dep(v).as_str() != "acl"
            || self.doc.tokens[v as usize].xpos.as_str() != "VBN"
            || !self.kids(v).iter().any(|&k| self.dep(k).as_str() == "obj" && matches!(self.doc.tokens[k as usize].upos, Upos::Noun | Upos::Propn))
            || self.kids(v).iter().any(|&k| {
                let d = self.dep(k);
                d.is("aux") || d.is("nsubj") || d.is("obl:agent") || (d.is("obl") && self.case_of(k) == Some("by"))
            })
        {
            return None;
        }
        let mut h = self.head(v).filter(|&h| h < v)?;
        for _ in 0..2 {
            if matches!(self.doc.tokens[h as usize].upos, Upos::Noun | Upos::Propn) {
                return Some(h);
            }
            if !matches!(self.doc.tokens[h as usize].upos, Upos::Adp | Upos::Adv) {
                return None;
            }
            h = self.head(h)?;
        }
        None
    }
    /// A `to`-infinitive parsed as a conjunct or adverbial clause of its governing verb ("called on
    /// China both publicly and privately to press Iran"): treated as that verb's complement. So is
    /// a gerund right after its verb with no subject, conjunction or subordinator of its own
    /// ("rejected holding talks", "is considering sending aid"; CGEL ch. 14, catenative verbs):
    /// a conjunct or adverbial clause would be set off by "and" or a comma.
    pub(super) fn is_infinitive_conjunct(&self, v: u32) -> bool {
        let d = self.dep(v);
        if !(d.is("conj") || d.as_str() == "advcl") {
            return false;
        }
        match self.doc.tokens[v as usize].xpos.as_str() {
            "VB" => self.is_to_infinitive(v),
            "VBG" => self.head(v).is_some_and(|h| {
                h + 1 == v
                    && self.doc.tokens[h as usize].upos == Upos::Verb
                    && !self.kids(v).iter().any(|&k| matches!(self.dep(k).as_str(), "cc" | "mark" | "punct") || self.dep(k).is("nsubj"))
            }),
            _ => false,
        }
    }
    /// True when `t` is one of `words` (`word_keys`: lemma or form, tolerating a plural), or a
    /// hyphenated word that is, or, for a clause, has a modal auxiliary among them ("said Libya
    /// must hand over" matches `must`).
    pub(super) fn lemma_among(&self, t: u32, words: &[String]) -> bool {
        if self.is_month_name(t) {
            return false;
        }
        let keys = self.word_keys(t);
        if words.iter().any(|w| keys.is(w)) {
            return true;
        }
        // A word split at its hyphen, as written or closed up: "staged a sit-in" ("sit-in"),
        // "agreed a cease-fire" ("ceasefire"), "sit-ins".
        for j in [self.hyphen_word(t, false), self.hyphen_word(t, true)].into_iter().flatten() {
            let closed = j.replace('-', "");
            let one = j.strip_suffix('s').filter(|x| !x.ends_with('-'));
            if words.iter().any(|w| *w == j || *w == closed || Some(w.as_str()) == one) {
                return true;
            }
        }
        let d = self.dep(t);
        (d.is("ccomp") || d.is("xcomp")) && self.kids(t).iter().any(|&k| self.dep(k).is("aux") && words.iter().any(|w| w == &self.lemma(k).to_ascii_lowercase()))
    }
    /// True when `t` is a capitalised full month name after the sentence's first word ("starting
    /// from March 29", "in May"): a date, never a pattern's word (no protest "march", no modal
    /// "may"). (The same twelve names as `detente_resolve::dates::is_calendar_word`, which this
    /// crate does not depend on.)
    pub(super) fn is_month_name(&self, t: u32) -> bool {
        const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        t as usize > self.base && MONTHS.contains(&self.doc.token_text(t as usize))
    }
    /// True when `t` is the word `w` (lower case): its lemma or, for a word that is no verb, its
    /// form, either as written or without a plural "s" the lemmatizer kept or added ("troops" for
    /// "troop"; "teargas" with lemma "tearga"; "vigilantes" with lemma "vigilant"). (A verb's form
    /// is another word: "killing" is no "killing" noun.)
    /// (Lower-cased once, for a whole word list: `self.word_keys(t).is(w)`.)
    pub(super) fn word_keys(&self, t: u32) -> WordKeys {
        let verb = matches!(self.doc.tokens[t as usize].upos, Upos::Verb | Upos::Aux);
        WordKeys {
            lemma: self.lemma(t).to_ascii_lowercase(),
            form: (!verb).then(|| self.doc.token_text(t as usize).to_ascii_lowercase()),
        }
    }
    /// The hyphenated word `t` is part of when the tokenizer split it at the hyphen (as UD EWT
    /// does) and it is written without spaces, lower-cased: with `t` the last part, the first
    /// part's form and `t`'s lemma ("cease-fire", "sit-in"); with `forward`, `t` as the first
    /// part and the last part's form.
    pub(super) fn hyphen_word(&self, t: u32, forward: bool) -> Option<String> {
        let t = t as usize;
        let (a, b) = if forward { (t, t + 2) } else { (t.checked_sub(2)?, t) };
        if a < self.base || b >= self.end || self.doc.token_text(a + 1) != "-" {
            return None;
        }
        let r = |i: usize| self.doc.tokens[i].range;
        if r(a).end != r(a + 1).start || r(a + 1).end != r(b).start {
            return None;
        }
        let last = if forward { self.doc.token_text(b) } else { self.lemma(b as u32) };
        Some(format!("{}-{}", self.doc.token_text(a), last).to_lowercase())
    }
    /// A verb the tagger took for a plural or singular noun ("Oman reaches an agreement" tagged
    /// NNS): a common noun with a direct object of its own, which nouns never take.
    pub(super) fn is_mistagged_verb(&self, t: u32) -> bool {
        let tok = &self.doc.tokens[t as usize];
        tok.upos == Upos::Noun && matches!(tok.xpos.as_str(), "NNS" | "NN") && self.kids(t).iter().any(|&k| self.dep(k).as_str() == "obj")
    }
    /// A past participle hanging as `acl` on a nominal sentence root right before it, with no
    /// auxiliary: "Thousands demonstrated outside the embassy", "Xi welcomed Lula" (a past tense
    /// the tagger read as VBN), or a headline passive ("Five people killed in strike").
    pub(super) fn is_root_participle(&self, v: u32) -> bool {
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
    pub(super) fn has_object_like(&self, v: u32, particle: Option<&str>) -> bool {
        self.kids(v).iter().any(|&k| {
            let d = self.dep(k);
            d.is("obj") || self.unmarked_agent(k) || d.is("compound:prt") || (d.is("xcomp") && matches!(self.doc.tokens[k as usize].upos, Upos::Noun | Upos::Propn)) || (d.is("obl") && particle.is_some() && self.case_of(k) == particle)
        })
    }
    /// True when word `t` is `top` or hangs under it by at most `steps` arcs: `t` lies inside
    /// `top`'s phrase ("a Briton" inside "workers, a Briton and a Dane"). The bound keeps a broken
    /// parse from walking far.
    pub(super) fn in_phrase_of(&self, t: u32, top: u32, steps: usize) -> bool {
        let mut x = t;
        for _ in 0..steps {
            if x == top {
                return true;
            }
            match self.head(x) {
                Some(up) => x = up,
                None => return false,
            }
        }
        false
    }
    /// The apposition of noun `w` after a comma: its `appos` dependent, or one the parse hung on
    /// `w`'s head as an oblique or modifier with no preposition ("freed two aid workers, a Briton
    /// and a Dane", "a Briton" under "freed"), every word between `w` and the comma inside `w`'s
    /// own phrase. None when there is none.
    pub(super) fn apposition(&self, w: u32) -> Option<u32> {
        if let Some(k) = self.kids(w).iter().copied().find(|&k| k > w && self.dep(k).is("appos")) {
            return Some(k);
        }
        let h = self.head(w)?;
        let within = |t: u32| self.in_phrase_of(t, w, 6);
        self.kids(h).iter().copied().find(|&k| {
            let d = self.dep(k);
            let start = self.kids(k).iter().copied().filter(|&g| g < k && !self.dep(g).is("punct")).min().unwrap_or(k);
            k > w
                && (d.as_str() == "obl" || d.is("appos") || d.as_str() == "nmod:unmarked" || d.as_str() == "obl:unmarked")
                && !self.kids(k).iter().any(|&g| self.dep(g).is("case"))
                && start > w + 1
                && self.doc.token_text(start as usize - 1) == ","
                && (w + 1..start - 1).all(within)
        })
    }
    /// A direct object the parse took for an oblique with no preposition: "meets Israeli prime
    /// minister Benjamin Netanyahu" (the title and name run hung on the verb as `obl`). The first
    /// such nominal after verb `v` that is or carries an actor mention, with every word between the
    /// verb and it inside its phrase (no clause boundary between them); none when `v` has an object.
    pub(super) fn unmarked_object(&self, v: u32) -> Option<u32> {
        if self.kids(v).iter().any(|&k| self.dep(k).is("obj")) {
            return None;
        }
        let k = self.kids(v).iter().copied().find(|&k| k > v && self.dep(k).as_str() == "obl")?;
        let inside = |t: u32| self.in_phrase_of(t, k, 8);
        // A quantity word taken for a preposition is no preposition: "pardons around 1,500
        // defendants", "releases over 1,900 detainees" (the number right after it counts `k`).
        let marker = |g: u32| self.dep(g).is("case") || (self.dep(g).is("mark") && self.doc.tokens[g as usize].upos == Upos::Adp);
        let quantity = |g: u32| {
            QUANTITY_WORDS.contains(&self.lemma(g).to_ascii_lowercase().as_str()) && (g as usize + 1) < self.end && self.doc.tokens[g as usize + 1].upos == Upos::Num && self.head(g + 1) == Some(k)
        };
        let unmarked = self.kids(k).iter().copied().filter(|&g| marker(g)).all(quantity);
        (unmarked && self.mention_for(k).is_some() && (v + 1..k).all(inside)).then_some(k)
    }
    /// The object of `v` the parse took for the subject of its "to" infinitive: "asks Russian
    /// President Vladimir Putin to spare ..." with "Putin" the subject of "spare". (A "to"
    /// infinitive has no subject of its own but after "for".)
    pub(super) fn infinitive_subject(&self, v: u32) -> Option<u32> {
        let mark = |x: u32, w: &str| self.kids(x).iter().any(|&g| self.dep(g).is("mark") && self.lemma(g).eq_ignore_ascii_case(w));
        self.kids(v)
            .iter()
            .copied()
            .filter(|&x| x > v && ["csubj", "ccomp", "xcomp", "advcl"].iter().any(|&r| self.dep(x).is(r)) && mark(x, "to") && !mark(x, "for"))
            .find_map(|x| self.kid_exact(x, "nsubj").filter(|&s| s > v && s < x))
    }
    /// An `obl:agent` with no preposition: a direct object the parse took for a passive's agent.
    pub(super) fn unmarked_agent(&self, k: u32) -> bool {
        self.dep(k).as_str() == "obl:agent" && self.case_of(k).is_none()
    }
    /// True when verb `v` heads a clause of its own that is no content clause: not a participle
    /// modifying a noun ("a town captured by rebels") nor a "that" clause hung as an adverbial
    /// one (`is_content_clause`), which the parse may hang on a verb for a noun's content: "an
    /// allegation that the NPFL had taken over the city". (A reported clause, `ccomp`, heads its own.)
    pub(super) fn heads_own_clause(&self, v: u32) -> bool {
        !matches!(self.dep(v).as_str(), "amod" | "acl" | "advcl") || (self.dep(v).as_str() == "advcl" && !self.is_content_clause(v))
    }
    /// The clause an extraposed subject stands in: for a predicate `k` with the expletive "it" as
    /// its subject and a "that" clause after it, that clause ("said it was likely that Russian
    /// services were behind the fire" says, hedged, that the services were behind it; CGEL ch. 16,
    /// extraposition); `k` itself for any other predicate.
    pub(super) fn extraposed_clause(&self, k: u32) -> u32 {
        if !self.kids(k).iter().any(|&g| self.dep(g).is("expl") && self.lemma(g).eq_ignore_ascii_case("it")) {
            return k;
        }
        let that_clause = |g: u32| {
            g > k && matches!(self.dep(g).as_str(), "advcl" | "ccomp" | "csubj") && self.kids(g).iter().any(|&m| self.dep(m).is("mark") && self.lemma(m).eq_ignore_ascii_case("that"))
        };
        self.kids(k).iter().copied().find(|&g| that_clause(g)).unwrap_or(k)
    }
    /// A content clause: a `ccomp`, or a "that" clause the parse hung as an adverbial clause
    /// ("demanded Friday that the United States match ..."; not "so that", "now that").
    pub(super) fn is_content_clause(&self, k: u32) -> bool {
        let d = self.dep(k);
        d.is("ccomp")
            || (d.as_str() == "advcl"
                && self.head(k).is_some_and(|h| h < k)
                && self.kids(k).iter().any(|&g| self.dep(g).is("mark") && self.lemma(g).eq_ignore_ascii_case("that"))
                && !self.kids(k).iter().any(|&g| self.dep(g).is("mark") && !self.lemma(g).eq_ignore_ascii_case("that"))
                && !self.kids(k).iter().any(|&g| self.dep(g).is("advmod") && g < k && matches!(self.lemma(g).to_ascii_lowercase().as_str(), "so" | "now" | "such")))
    }
    /// A content clause that states a fact rather than demanding an act: its verb carries tense
    /// ("insists it is strictly enforcing the sanctions", "insisted the talks had failed") and no
    /// modal of obligation ("insisted that Iran must stop"). A bare base or plural-present form
    /// ("insisted that Hamas release the hostages") may be a mandative subjunctive: not declarative.
    pub(super) fn is_declarative_clause(&self, k: u32) -> bool {
        // Modals of obligation (closed class): what they govern is demanded.
        const OBLIGATION: &[&str] = &["must", "should", "shall", "need", "ought"];
        let kids = self.kids(k);
        let obliging = |t: u32| OBLIGATION.contains(&self.lemma(t).to_ascii_lowercase().as_str());
        // ("has to withdraw", "needs to stop": obligation by a verb with its infinitive.)
        let verbal_obligation = matches!(self.lemma(k).to_ascii_lowercase().as_str(), "have" | "need") && kids.iter().any(|&g| self.dep(g).is("xcomp"));
        if obliging(k) || verbal_obligation || kids.iter().any(|&g| self.dep(g).is("aux") && obliging(g)) {
            return false;
        }
        // (A tensed auxiliary, not the subjunctive "be": "insisted that the sanctions be lifted".)
        let tensed = |t: u32| matches!(self.doc.tokens[t as usize].xpos.as_str(), "VBD" | "VBZ" | "MD");
        tensed(k) || kids.iter().any(|&g| (self.dep(g).is("aux") || self.dep(g).is("cop")) && (tensed(g) || self.doc.tokens[g as usize].xpos.as_str() == "VBP"))
    }
    /// True when `v` is a relative clause the parse took for a noun's complement clause, its
    /// "that" tagged a subordinator: a verb with "that" and a subject but no object or clause of
    /// its own leaves the noun as its object gap ("a report that Beijing condemned as a farce";
    /// a complement clause is complete: "the report that Beijing condemned the strike").
    pub(super) fn is_that_relative(&self, v: u32) -> bool {
        let kids = self.kids(v);
        self.dep(v).as_str() == "acl"
            && self.doc.tokens[v as usize].upos == Upos::Verb
            && kids.iter().any(|&k| self.dep(k).is("mark") && self.lemma(k).eq_ignore_ascii_case("that"))
            && kids.iter().any(|&k| self.dep(k).as_str() == "nsubj")
            && !kids.iter().any(|&k| matches!(self.dep(k).as_str(), "obj" | "iobj" | "ccomp" | "xcomp" | "nsubj:pass"))
    }
    pub(super) fn is_relative_pronoun(&self, t: u32) -> bool {
        matches!(self.lemma(t).to_ascii_lowercase().as_str(), "who" | "which" | "that" | "whom")
    }
    /// The number noun `k` counts and the noun counted. A numeral modifying it, in digits or
    /// words ("at least 131 civilians", "100,000 Armenians", "two hundred villagers", "1.2
    /// million people"): its value and `k`. A plural of a round number ("hundreds of civilians",
    /// "tens of thousands of people"): the least number it stands for (`ROUND_PLURALS`, one
    /// times another when one counts the other) and the noun of its "of" phrase, or `k` itself
    /// without one. None when nothing counts `k`.
    pub(super) fn counted(&self, k: u32) -> Option<(u64, u32)> {
        let form = self.doc.token_text(k as usize).to_ascii_lowercase();
        if let Some(&(_, n)) = ROUND_PLURALS.iter().find(|(w, _)| *w == form) {
            let Some(of) = self.kids(k).iter().copied().find(|&g| self.dep(g).is("nmod") && self.case_of(g) == Some("of")) else {
                return Some((n, k));
            };
            return Some(match self.counted(of) {
                Some((m, noun)) if ROUND_PLURALS.iter().any(|(w, _)| self.doc.token_text(of as usize).eq_ignore_ascii_case(w)) => (n.saturating_mul(m), noun),
                _ => (n, of),
            });
        }
        let num = self.kids(k).iter().copied().find(|&g| self.dep(g).is("nummod"))?;
        // The numeral's words: the run of numbers around it before `k` ("two hundred", "1.2 million").
        let is_num = |t: u32| (t as usize) >= self.base && t < k && self.doc.tokens[t as usize].upos == Upos::Num;
        let mut first = num;
        while first > 0 && is_num(first - 1) {
            first -= 1;
        }
        let mut last = num;
        while is_num(last + 1) {
            last += 1;
        }
        let words: Vec<String> = (first..=last).map(|t| self.doc.token_text(t as usize).to_ascii_lowercase()).collect();
        number_value(&words).map(|n| (n, k))
    }
}

/// Plurals of round numbers and the least number each stands for ("hundreds" of people are at
/// least a hundred; "dozens" two dozen, "scores" two score; English usage).
const ROUND_PLURALS: &[(&str, u64)] = &[("dozens", 24), ("scores", 40), ("tens", 20), ("hundreds", 100), ("thousands", 1_000), ("millions", 1_000_000)];

/// The value of a numeral written in digits (with thousands commas and decimals) and number words:
/// "131", "100,000", "two hundred", "1.2 million", "twenty-five", "three thousand". None when a
/// word is no number.
pub(super) fn number_value(words: &[String]) -> Option<u64> {
    const UNITS: &[&str] = &[
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen",
    ];
    const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    let (mut total, mut current, mut any) = (0f64, 0f64, false);
    for word in words.iter().flat_map(|w| w.split('-')) {
        let digits = word.replace(',', "");
        if let Ok(x) = digits.parse::<f64>() {
            current += x;
        } else if let Some(i) = UNITS.iter().position(|u| *u == word) {
            current += i as f64;
        } else if let Some(i) = TENS.iter().position(|u| *u == word) {
            current += 20.0 + 10.0 * i as f64;
        } else if word == "hundred" {
            current = current.max(1.0) * 100.0;
        } else if let Some(scale) = match word {
            "thousand" => Some(1e3),
            "million" => Some(1e6),
            "billion" => Some(1e9),
            _ => None,
        } {
            total += current.max(1.0) * scale;
            current = 0.0;
        } else if word != "a" {
            return None;
        } else {
            continue;
        }
        any = true;
    }
    let n = total + current;
    (any && n.is_finite() && n >= 0.0).then_some(n as u64)
}

/// Words of approximate quantity the parse may take for a preposition before a number ("over
/// 1,900 detainees", "around 1,500 defendants"; English usage).
const QUANTITY_WORDS: &[&str] = &["over", "around", "about", "under", "above", "below", "up", "nearly", "almost", "approximately", "roughly", "some"];

/// A token's lower-cased lemma and, for a word that is no verb, its lower-cased form (see
/// `Ctx::word_keys`).
pub(super) struct WordKeys {
    lemma: String,
    form: Option<String>,
}

impl WordKeys {
    /// True when the lemma or form is `w`, either as written or without a plural "s".
    pub(super) fn is(&self, w: &str) -> bool {
        std::iter::once(&self.lemma).chain(&self.form).any(|x| x == w || x.strip_suffix('s').is_some_and(|y| y.len() > 2 && y == w))
    }
}
