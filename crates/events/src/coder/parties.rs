//! The parties of an event: the source and target actor mentions of a matched pattern, found
//! through the dependency parse. Beyond the plain subject and object this follows controlled
//! and purpose clauses, participles the parser misattached, "led by" phrases, locative and
//! complement targets, conditions, visits to a place, "each other" and a state's own forces.
//! Everything here answers "who did it, and to whom".
use crate::{Lexicon, Pattern, TargetRole};
use detente_core::{MentionKind, Upos};
use super::view::{Ctx, NONE};
use super::{Coder, Match};
use super::harm::{violent, STATE_FORCES};

impl<'a> Coder<'a> {
    /// The source actors of a matched pattern: the mentions of its source words, else the speaker
    /// of a reported clause whose subject pronoun is unresolved, else (for a verb) the agent of an
    /// act named as its subject ("an attack by militants killed 12").
    pub(super) fn source_mentions(&self, c: &Ctx, p: &Pattern, m: &Match) -> Vec<(u32, bool)> {
        // (A city named where a state's act was done stands for the state: `state_place_mention`.)
        let mut src_mentions: Vec<(u32, bool)> = m.sources.iter().filter_map(|&s| c.mention_for(s).or_else(|| self.state_place_mention(c, p, s).map(|x| (x, false)))).collect();
        with_same_words(c, &mut src_mentions);
        if src_mentions.is_empty() {
            // "Farc has said it will release ...": an unresolved subject pronoun of a reported
            // clause stands for the reporting verb's subject.
            if let Some(&s) = m.sources.first() {
                src_mentions.extend(self.reported_speakers(c, s).into_iter().map(|x| (x, true)));
            }
        }
        if src_mentions.is_empty() && !p.nominal {
            // "The Russian-led offensive killed 20", "an attack by militants killed 12": an act
            // as subject stands for its agent. So does a weapon that names an attack by its use
            // (`weapon_nouns`) for the agent of its participle: "the missiles fired by the Israeli
            // military struck an arms depot".
            let act_or_weapon = |s: u32| self.patterns.noun_patterns(c.lemma(s)).iter().any(|&id| violent(self.patterns.get(id))) || (violent(p) && c.lower_is(s, &self.lexicon.weapon_nouns));
            if let Some(&s) = m.sources.first().filter(|&&s| c.doc.tokens[s as usize].upos == Upos::Noun && act_or_weapon(s)) {
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
    pub(super) fn target_mentions(&self, c: &Ctx, t: u32, p: &Pattern, m: &Match, src_mentions: &[(u32, bool)]) -> Vec<(u32, bool)> {
        // (An act of violence done in a city named as a place, in another country than its
        // source's, targets that country: "a Russian drone attack in Kharkiv". So does a show or
        // build-up of force there, root 15: "Russia is conducting military exercises in Alaska".)
        let src_country = src_mentions.first().and_then(|&(sm, _)| c.doc.mentions[sm as usize].actor.country.as_deref());
        let elsewhere = |x: u32| (violent(p) || p.code.starts_with("15")) && src_country.is_some_and(|sc| c.doc.mentions[x as usize].actor.country.as_deref().is_some_and(|pc| pc != sc));
        // (A target word that is no actor itself names its actors by its modifier, possessor or
        // "of" phrase, with every actor coordinated there: "block Sweden's and Finland's
        // applications", "the assets of France and Denmark" are acts on both.)
        let mut tgt_mentions: Vec<(u32, bool)> = Vec::new();
        // (An act investigated, criticised or rejected, roots 09, 11 and 12, named with its doer
        // in a "by" phrase, targets the doer before the act's own "of" phrase: "condemned the
        // killing of protesters by Iranian security forces", "investigating the execution of
        // captured Ukrainian soldiers by Russian troops"; CAMEO 09x and 11x: the target is the
        // one investigated or criticised, who did the act, not its victims.)
        let answered = matches!(p.code.get(..2), Some("09" | "11" | "12"));
        for &s in &m.targets {
            // (A court a legal action is brought in is its forum, not its target: "filed a
            // lawsuit with the International Court of Justice".)
            if c.mention_for(s).is_some_and(|(x, _)| court_forum(c, &p.code, x)) {
                continue;
            }
            // (Or the target word is the act's "of" phrase itself, when the pattern's
            // prepositions reach it: "documented the torture of Palestinian detainees by Israeli
            // soldiers".)
            let act = if c.s.mention_of[s as usize - c.base] == NONE { Some(s) } else { c.head(s).filter(|_| c.dep(s).as_str() == "nmod" && c.case_of(s) == Some("of")) };
            let doer = act
                .filter(|_| answered)
                .and_then(|n| act_doer(c, n))
                .filter(|&x| !src_mentions.iter().any(|&(sm, _)| c.doc.mentions[sm as usize].actor.code == c.doc.mentions[x as usize].actor.code));
            let found = match doer.map(|x| (x, true)).or_else(|| c.mention_for(s)) {
                Some((x, true)) => with_coordinated(c, x, true),
                Some(x) => {
                    let mut same = vec![x];
                    with_same_words(c, &mut same);
                    // (A conjunct hung on a word inside the mention: `inner_conjuncts`.)
                    for k in inner_conjuncts(c, x.0) {
                        same.extend(c.mention_for(k).filter(|&(mm, _)| !same.iter().any(|y| y.0 == mm)));
                    }
                    same
                }
                None => others_of(c, s).or_else(|| c.place_at(s).filter(|&x| elsewhere(x)).map(|x| (x, false))).into_iter().collect(),
            };
            for f in found {
                if !tgt_mentions.iter().any(|&(x, _)| x == f.0) {
                    tgt_mentions.push(f);
                }
            }
        }
        let code_of = |m: u32| c.doc.mentions[m as usize].actor.code.as_str();
        if violent(p) {
            // Violence against a place named by whom it houses is against them: "fired missiles at
            // two Iraqi bases housing U.S. troops" (the troops, not Iraq).
            if let Some(o) = m.targets.iter().find_map(|&w| self.occupants(c, w, src_mentions)) {
                tgt_mentions = vec![o];
            }
        }
        if tgt_mentions.is_empty() && !p.nominal {
            // The pattern's object word is the verb of the content clause ("demanded that Japan
            // open its market", "open" the object word): the clause's subject is the one addressed.
            let clause_verb = m.targets.first().copied().filter(|&w| c.head(w) == Some(t) && c.doc.tokens[w as usize].upos == Upos::Verb && c.is_content_clause(w));
            if let Some((sm, _)) = clause_verb.and_then(|w| c.kid_exact(w, "nsubj")).and_then(|k| c.mention_for(k)) {
                tgt_mentions = with_coordinated(c, sm, true);
            }
        }
        // A target found inside the content clause of a verb that has an actor object
        // of its own gives way to that object, the one addressed: "Díaz-Canel warns the United
        // States that his forces will wage a guerrilla campaign" (not "forces").
        // (The clause the target word was found in: its ancestor among the verb's dependents.)
        let clause_of = |w: u32| {
            let mut x = w;
            for _ in 0..8 {
                match c.head(x) {
                    Some(h) if h == t => return Some(x),
                    Some(h) => x = h,
                    None => return None,
                }
            }
            None
        };
        let in_content = m.via.or_else(|| m.targets.first().and_then(|&w| clause_of(w))).is_some_and(|x| x != t && c.head(x) == Some(t) && c.is_content_clause(x));
        if !p.nominal && in_content {
            let addressee = c.kids(t).iter().copied().filter(|&k| (c.dep(k).is("obj") || c.dep(k).is("iobj")) && !c.is_relative_pronoun(k)).find_map(|k| {
                // (A country named as a place is one too: "warns the United States".)
                c.mention_for(k).or_else(|| c.place_at(k).filter(|&x| c.doc.mentions[x as usize].actor.country.as_deref() == Some(code_of(x))).map(|x| (x, false)))
            }).filter(|&(am, _)| !src_mentions.iter().any(|&(sm, _)| code_of(sm) == code_of(am)));
            if let Some((am, _)) = addressee {
                tgt_mentions = with_coordinated(c, am, false);
            }
        }
        // A state's own armed forces as the object ("Britain mobilized army reservists for a
        // war against Iraq", "Jordan and Britain agreed to undertake joint military exercises"):
        // the forces are the means, not the target. (Rebels or protesters against the army are
        // a real dyad.)
        let own_forces = |sm: u32, tm: u32| own_forces(code_of(sm), code_of(tm));
        // A state as a whole is no target of its own government, forces or people: named as where
        // they act ("the RSF struck a kindergarten in South Kordofan, Sudan" is no act on Sudan,
        // "the Israeli military intercepts a missile at the Nevatim Airbase in southern Israel").
        // (Rebels and the opposition do act on their state, and a protest is against its own.)
        // (Of every source: "Turkish and Syrian intelligence conduct an operation in Syria" is
        // Turkey's act in Syria.)
        // (Nor is taking control of a place an act done where one is: "the Sudanese Army recaptures
        // El Geteina" is a seizure of Sudanese territory, coded against the state like a protest.
        // Only by the state's forces or government: not "a detainee from Jenin, occupied West
        // Bank", parsed with "occupied" the detainee's verb.)
        let seized = p.code == "192" && !c.dep(t).is("amod") && !src_mentions.is_empty() && src_mentions.iter().all(|&(sm, _)| c.doc.mentions[sm as usize].actor.sector.as_deref().is_some_and(|s| STATE_FORCES.contains(&s)));
        let own_state_of_all = |tm: u32| !p.code.starts_with("14") && !seized && !src_mentions.is_empty() && src_mentions.iter().all(|&(sm, _)| own_state(self.lexicon, &c.doc.mentions[sm as usize].actor, &c.doc.mentions[tm as usize].actor));
        // (A capitalised word names an agent's country: "Israeli civilians", not "the presidential
        // administration".)
        let named = |x: u32| named_by_modifier(c, x);
        // Unnamed victims (or titles) that only borrowed the attacker's country ("Palestinian
        // suicide bombers killed 23 people ... in Tel Aviv": "people" taken for Palestinians) are no
        // dyad of their own: violence done in another country targets that country.
        let borrowed = |sm: u32, tm: u32| {
            let (s, t) = (&c.doc.mentions[sm as usize], &c.doc.mentions[tm as usize]);
            // (Nor one a possessive gives its owner: "dismisses its ambassador to the United States".)
            let owned = c.kids(t.head).iter().any(|&k| c.dep(k).is("nmod:poss"));
            matches!(t.kind, MentionKind::Agent | MentionKind::Title) && !named(tm) && !owned && t.actor.country.is_some() && t.actor.country == s.actor.country
        };
        // (Not when an actor is named inside the victims' phrase, by more than an agent word:
        // "killed four commanders of Hamas in Gaza City" targets Hamas.)
        let named_inside = || self.target_through_noun(c, t, &m.targets, src_mentions, false, None).is_some_and(|(f, _)| c.doc.mentions[f as usize].kind != MentionKind::Agent);
        // (Targets of the source's own code are left out of the test, being no targets anyway: an
        // "others" taken for the attackers in "kill five people and injure several others".)
        let victims: Vec<u32> = tgt_mentions.iter().map(|&(tm, _)| tm).filter(|&tm| !src_mentions.iter().any(|&(sm, _)| code_of(sm) == code_of(tm))).collect();
        if violent(p) && !victims.is_empty() && victims.iter().all(|&tm| src_mentions.iter().any(|&(sm, _)| borrowed(sm, tm))) && !named_inside() {
            let src = src_mentions.first().map(|&(sm, _)| c.doc.mentions[sm as usize].head).filter(|&h| (h as usize) >= c.base && (h as usize) < c.end);
            // In the clause itself, in one that says how it happened ("when they blew themselves up
            // in Tel Aviv") or in a coordinated one ("kills a woman and injures two others in Israel").
            let place = self.locative_target(c, t, m.targets.first().copied(), src, true).or_else(|| {
                // (Hung on the verb or, by a parse slip, on one of its dependents: "late Sunday when ...".)
                let near = c.kids(t).iter().copied().filter(|&k| !c.dep(k).is("nsubj")).flat_map(|k| c.kids(k).iter().copied());
                let verbal = |k: u32| matches!(c.doc.tokens[k as usize].upos, Upos::Verb);
                // (A relative clause on a time word is a "when" clause: "late Sunday when they blew
                // themselves up in Tel Aviv".)
                let when = |k: u32| c.dep(k).is("acl:relcl") && verbal(k) && c.head(k).is_some_and(|h| c.lower_is(h, &self.lexicon.temporal_nouns));
                // (Or hung on the reporting verb of the clause, between the two: "... killed 23 people
                // when they blew themselves up in Tel Aviv, police said".)
                let reporter = c.head(t).filter(|&h| c.dep(t).is("ccomp") && h > t && self.lexicon.reporting_heads.contains(c.lemma(h)));
                let beside = reporter.into_iter().flat_map(|h| c.kids(h).iter().copied().filter(move |&k| k > t && k < h));
                c.kids(t).iter().copied().chain(near).chain(beside).filter(|&k| c.dep(k).is("advcl") || (c.dep(k).is("conj") && verbal(k)) || when(k)).find_map(|k| self.locative_target(c, k, None, src, true))
            });
            // Or inside the victims' own phrase: "kill nine people, including two paramedics, in
            // southern Lebanon".
            let place = place.or_else(|| self.victims_place(c, *m.targets.first()?, src?));
            // Or in the phrase of the act the harm came from, as its subject or oblique: "a Russian
            // drone strike on a business park in Bohodukhiv, Kharkiv Oblast, kills three people",
            // "are killed by an Israeli attack on a police vehicle in Az-Zawayda, Palestine".
            let place = place.or_else(|| {
                let src = src?;
                let violent_noun = |x: u32| matches!(c.doc.tokens[x as usize].upos, Upos::Noun) && self.patterns.noun_patterns(c.lemma(x)).iter().any(|&id| violent(self.patterns.get(id)));
                // (The source word itself, or the act its actor modifies: "Russian" of "a Russian strike".)
                let from_sources = m.sources.iter().flat_map(|&x| std::iter::once(x).chain(c.head(x).filter(|_| c.dep(x).is("amod") || c.dep(x).is("compound") || c.dep(x).is("nmod:poss"))));
                let obliques = c.kids(t).iter().copied().filter(|&k| c.dep(k).is("obl") && !c.dep(k).is("obl:tmod"));
                let acts: Vec<u32> = from_sources.chain(obliques).filter(|&x| violent_noun(x)).collect();
                acts.into_iter().find_map(|n| self.act_place(c, n, src))
            });
            if let Some((_, pm)) = place {
                tgt_mentions = vec![(pm, true)];
            }
        }
        if !tgt_mentions.is_empty() && tgt_mentions.iter().all(|&(tm, _)| src_mentions.iter().any(|&(sm, _)| borrowed(sm, tm))) {
            // Unnamed people who only borrowed the source's country give way to an actor of another
            // country named inside their own phrase, for any act: "Bush will meet with exiled
            // dissidents from military-ruled Myanmar" (the dissidents taken for Americans). (Or an
            // agent named with its own country: "sanctions on leaders of Israeli settler groups".)
            let country = |x: u32| c.doc.mentions[x as usize].actor.country.as_deref();
            let foreign = |f: u32| (c.doc.mentions[f as usize].kind != MentionKind::Agent || named(f)) && country(f).is_some() && !src_mentions.iter().any(|&(sm, _)| country(sm) == country(f));
            if let Some(&w) = m.targets.first() {
                if let Some((f, _)) = self.target_through_noun(c, w, &m.targets, src_mentions, false, None).filter(|&(f, _)| foreign(f)) {
                    tgt_mentions = with_coordinated(c, f, true);
                } else if let Some((f, _)) = c.apposition(w).and_then(|k| c.mention_for(k)).filter(|&(f, _)| foreign(f)) {
                    // Or in an apposition after them: "freed two aid workers, a Briton and a
                    // Dane" (Britain and Denmark, not the workers taken for Afghans).
                    tgt_mentions = with_coordinated(c, f, true);
                }
            }
        }
        if matches!(p.code.get(..2), Some("02" | "10")) && !p.nominal && tgt_mentions.iter().all(|&(tm, _)| src_mentions.iter().any(|&(sm, _)| code_of(sm) == code_of(tm) || c.doc.mentions[sm as usize].actor.country.as_deref().is_some_and(|sc| c.doc.mentions[tm as usize].actor.country.as_deref() == Some(sc)))) {
            // An appeal or demand for the release or return of captives or things held by another
            // ("demanded the release of all hostages held by Hamas", "called for the release of
            // Americans detained by Russia") is made of their holder: the captives, of the
            // source's own country, are what is asked for, not whom it is asked of.
            if let Some(h) = m.targets.iter().chain(m.via.iter()).find_map(|&w| self.holder(c, w, src_mentions)) {
                tgt_mentions = vec![h];
            }
        }
        // (Nor, for material cooperation, its own civilians or organs: "North Korea has trained
        // more than 500 computer hackers" is no cooperation between two actors.)
        let own_people = |tm: u32| src_mentions.iter().any(|&(sm, _)| own_people(self.lexicon, &p.code, &c.doc.mentions[sm as usize].actor, &c.doc.mentions[tm as usize].actor));
        // (Nor, for a show or build-up of force (root 15), its own forces, police or coast guard:
        // "The Philippines deployed four coast guard ships to Sabina Shoal" sends them, no act on them.)
        let means = |tm: u32| p.code.starts_with("15") && deployed_means(self.lexicon, src_mentions.iter().map(|&(sm, _)| &c.doc.mentions[sm as usize].actor), &c.doc.mentions[tm as usize].actor);
        // (Two rival armed groups under one code are no one side when they fight: `rival_groups`.)
        let rival = |sm: u32, tm: u32| violent(p) && rival_groups(self.lexicon, c, sm, tm);
        // (Nor, for a disapproval, two people named under one code: `rival_officials`.)
        // (Nor two groups of private people under one code when one assaults the other: `civilians_apart`.)
        let civil = |sm: u32, tm: u32| p.code.starts_with("18") && civilians_apart(c, sm, tm);
        // (Nor, for a reduction of relations (root 16), its own government or diplomats: "Iraq
        // recalled its charge d'affaires from Stockholm" reduces relations with Sweden.)
        let own_envoys = |sm: u32, tm: u32| p.code.starts_with("16") && own_organ(code_of(sm), code_of(tm), "GOV");
        let own_side = |tm: u32| src_mentions.iter().any(|&(sm, _)| (code_of(sm) == code_of(tm) && !rival(sm, tm) && !civil(sm, tm) && !rival_officials(c, &p.code, sm, tm)) || own_forces(sm, tm) || own_envoys(sm, tm)) || own_state_of_all(tm) || own_people(tm) || means(tm);
        if !p.nominal && !tgt_mentions.is_empty() && tgt_mentions.iter().all(|&(tm, _)| own_side(tm)) {
            // A content clause whose subject is the source itself names the target as the object
            // (or the oblique of direction) of its verb: "warned that it could ban Sheikh Hasina's
            // Awami League", "warned that they would shut down any non-governmental organisation".
            // (The source named again or by a pronoun, not another of its kind: "students demanded
            // that the university divest" is a demand of the university.)
            let itself = |w: u32| c.doc.tokens[w as usize].upos == Upos::Pron || c.mention_for(w).is_some_and(|(x, _)| matches!(c.doc.mentions[x as usize].kind, MentionKind::Name | MentionKind::Metonym));
            let clause = m.targets.first().filter(|&&w| itself(w)).and_then(|&w| c.head(w).filter(|&x| c.dep(w).is("nsubj") && c.head(x) == Some(t) && c.is_content_clause(x)));
            if let Some((km, _)) = clause.and_then(|x| self.clause_target(c, x, &p.preps)).and_then(|k| c.mention_for(k)).filter(|&(km, _)| !own_side(km)) {
                tgt_mentions = with_coordinated(c, km, true);
            }
        }
        if p.code.starts_with("15") {
            // The forces, police or coast guard a state deploys or puts on alert are its means,
            // never whom the show of force is aimed at: "deployed four coast guard ships to Sabina
            // Shoal to keep watch over Chinese vessels" (not the coast guard, PHLCOP), "will send
            // soldiers and police officers to Haiti". The aim is then sought as for a targetless one.
            tgt_mentions.retain(|&(tm, _)| !means(tm));
        }
        if !tgt_mentions.is_empty() && tgt_mentions.iter().all(|&(tm, _)| own_side(tm)) {
            // The object resolved to the source's own side ("tanks shelled positions of the
            // Palestinian forces", "positions" taken for the tanks' army): look inside it.
            // (For an accusation, a group owned by "its"/"their" is another's: `accused_owner`.)
            let owner = if p.code.starts_with("11") { tgt_mentions.iter().find_map(|&(tm, _)| self.accused_owner(c, tm, src_mentions)) } else { None };
            tgt_mentions = owner.filter(|&o| !own_side(o)).map(|o| vec![(o, true)]).unwrap_or_default();
        }
        // "imposed sanctions on several officials, including Russia's defence minister", "strikes on
        // six countries, including Qatar": a target of an act of force or coercion named only as a
        // kind (no country) or not at all gives way to the actors an "including" phrase names.
        // (A kind: a bare sector code with no country, "officials" GOV; not a named group.)
        let generic = |tm: u32| c.doc.mentions[tm as usize].actor.code.len() == 3 && c.doc.mentions[tm as usize].actor.country.is_none();
        let coercive = violent(p) || matches!(p.code.get(..2), Some("15" | "16" | "17"));
        if coercive && p.target != TargetRole::None && tgt_mentions.iter().all(|&(tm, _)| generic(tm)) {
            if let Some(k) = included(c, t, &m.targets).or_else(|| m.via.filter(|&v| v != t).and_then(|v| included(c, v, &m.targets))) {
                let members = with_coordinated(c, k, true);
                // (Not the source's own side: "deploy military assets, including two RNZAF aircraft".)
                let country = |x: u32| c.doc.mentions[x as usize].actor.country.as_deref();
                if !members.iter().any(|&(x, _)| src_mentions.iter().any(|&(sm, _)| code_of(sm) == code_of(x) || (country(x).is_some() && country(sm) == country(x)))) {
                    tgt_mentions = members;
                }
            }
        }
        if p.code.starts_with("115") {
            // (However found, a court the action is brought in is no target.)
            tgt_mentions.retain(|&(x, _)| !court_forum(c, &p.code, x));
        }
        if tgt_mentions.is_empty() && !p.nominal && p.code.starts_with("115") {
            // A legal action brought in a court with no party "against" is against the one it
            // accuses: "South Africa filed a case at the International Court of Justice accusing
            // Israel of genocide" (Israel, not the court).
            tgt_mentions.extend(self.accused_party(c, t, &m.targets, src_mentions));
        }
        if tgt_mentions.is_empty() && p.target != TargetRole::None {
            // The target named through its noun: "suspended aid to El Salvador", "attacked a convoy in Gaza"
            // (a meeting's place is no counterpart: "held talks in Egypt"; a visit's is).
            let places = !p.code.starts_with("04") || p.code == "042";
            let through = |v: u32| self.target_through_noun(c, v, &m.targets, src_mentions, places, Some(&p.code)).filter(|&(f, _)| !src_mentions.iter().any(|&(sm, _)| own_forces(sm, f)) && !means(f));
            // Through the clause or noun the target was found in, else through the event word
            // itself ("rejected the government's dialogue offer": the target word "dialogue"
            // hangs on "offer", whose possessor is the target).
            let on_object = m.targets.first().and_then(|&x| c.head(x)).is_some_and(|h| c.dep(h).is("obj") && c.head(h) == Some(t));
            let found = through(m.via.unwrap_or(t)).or_else(|| m.via.filter(|&x| x != t && on_object).and_then(|_| through(t)));
            // A trip to a place for an occasion is a visit to the place's country, not to a party
            // named in the occasion: "will travel to Islamabad for a meeting of the Shanghai
            // Cooperation Organisation" is India's visit to Pakistan (CAMEO 042: travel to another
            // location for a meeting; the host is the target; `visit_destination` below).
            let found = found.filter(|&(f, _)| !(matches!(p.code.as_str(), "042" | "043") && purpose_phrase(c, c.doc.mentions[f as usize].head, t) && visit_destination(c, &p.code, &m.targets).is_some()));
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
                tgt_mentions = with_coordinated(c, found, via);
                // (Not the source's own state alone: "struck a village in Darfur, Sudan"; nor its
                // own people, for material cooperation.)
                if tgt_mentions.iter().all(|&(tm, _)| own_state_of_all(tm) || own_people(tm) || means(tm)) {
                    tgt_mentions.clear();
                }
            }
        }
        if tgt_mentions.is_empty() && p.code.starts_with("192") {
            // A place seized named by a common noun, in the sources' own country ("captured the
            // town of Katale in Masisi Territory", "recaptured the last areas of Khartoum state"), is
            // that country's territory: coded against the state, as a place named alone is
            // ("the Sudanese Army recaptures El Geteina").
            // The side the place is named as held by or fallen to is the one it is taken from
            // (`seized_from`), before the home state.
            tgt_mentions.extend(m.targets.iter().find_map(|&w| self.seized_from(c, w, src_mentions).or_else(|| self.seized_home(c, w, src_mentions))));
        }
        if tgt_mentions.is_empty() && p.target != TargetRole::None && !p.nominal && p.code.starts_with("13") {
            // A threat made on a condition is addressed to the party the condition is on:
            // "Russia threatened to stop negotiations if the United States goes ahead".
            let party = self.condition_party(c, t).and_then(|k| c.mention_for(k)).filter(|&(tm, _)| !src_mentions.iter().any(|&(sm, _)| code_of(sm) == code_of(tm)));
            tgt_mentions.extend(party.map(|(tm, _)| (tm, true)));
        }
        if tgt_mentions.is_empty() && p.target != TargetRole::None && !p.nominal && (p.code.starts_with("11") || p.code.starts_with("13")) {
            // A reproach or a threat made after another state's act answers the doer of that act:
            // "Japan lodged a strong protest through diplomatic channels after a Chinese navy
            // helicopter flew within 100 metres of a Japanese destroyer" (JPN → CHN, 114). Only a
            // party of a country other than the source's.
            let abroad = |tm: u32| {
                let theirs = c.doc.mentions[tm as usize].actor.country.as_deref();
                theirs.is_some() && src_mentions.iter().all(|&(sm, _)| c.doc.mentions[sm as usize].actor.country.as_deref() != theirs)
            };
            let doer = self.condition_subject(c, t, &["after"]).and_then(|k| c.mention_for(k)).filter(|&(tm, _)| abroad(tm) && !own_side(tm));
            tgt_mentions.extend(doer.map(|(tm, _)| (tm, true)));
        }
        if tgt_mentions.is_empty() && p.target != TargetRole::None {
            // (A trip home called off reduces no relations: "Putin cancelled a trip to Moscow".)
            tgt_mentions.extend(visit_destination(c, &p.code, &m.targets).filter(|&(tm, _)| p.code.starts_with("04") || !own_side(tm)));
        }
        if tgt_mentions.is_empty() && p.code.starts_with("14") {
            // A protest named with no target of its own (or against no actor: "marched against
            // corruption") may say what it is against in a phrase of purpose: "blocked streets in
            // defiance of Chinese authorities", "demonstrate in protest of the Prime Minister's
            // policies", "march to denounce the government".
            let heads = std::iter::once(t).chain(m.via.filter(|&x| x != t));
            tgt_mentions.extend(heads.into_iter().find_map(|x| self.protest_target(c, x, src_mentions)));
            // Else a protest held in the protesters' own country is against its state: "thousands
            // marched against corruption in Belgrade" (CAMEO codes a domestic protest with no
            // named target against the state where it is held).
            if tgt_mentions.is_empty() {
                tgt_mentions.extend(self.protest_state(c, t, m, src_mentions, false));
            }
            // Else one held over a party of another country its sentence names is against that
            // party: "a march ... attempted to reach the American embassy in Islamabad". (With none,
            // dissent names its own state, `home_state`.) (Only for a protest coded whether or not
            // it names a target: a pattern that needs one names it in its own words.)
            if tgt_mentions.is_empty() && p.target == TargetRole::None {
                tgt_mentions.extend(self.foreign_party(c, src_mentions));
            }
            // Else one held in another country than the protesters' is against the state it is held
            // in, not their own: "US and British activists staged a protest in Beijing" GBR>CHN,
            // USA>CHN (as the PETR2 GSR codes it; the protesters' own state names no place of it).
            if tgt_mentions.is_empty() {
                tgt_mentions.extend(self.protest_state(c, t, m, src_mentions, true));
            }
        }
        // A region a show of force is sent to ("ordered fighter squadrons to the Middle East to
        // defend Israel from possible attacks by Iran") is where it goes, no party: the actor it is
        // aimed at, when one is named, is its target (IRN, not MEA). (A region: an actor of no
        // country named by a bare code that is no role: MEA, EUR.)
        let region = |tm: u32| {
            let a = &c.doc.mentions[tm as usize].actor;
            a.country.is_none() && a.code.len() == 3 && !detente_core::is_role_block(&a.code) && !matches!(a.code.as_str(), "IGO" | "NGO" | "IMG" | "MNC" | "UIS" | "NGM" | "INT")
        };
        if p.code.starts_with("15") && !p.nominal && !tgt_mentions.is_empty() && tgt_mentions.iter().all(|&(tm, _)| region(tm)) {
            let aim = self.force_aim(c, t, src_mentions);
            if !aim.is_empty() {
                tgt_mentions = aim;
            }
        }
        if tgt_mentions.is_empty() && p.code.starts_with("15") && !p.nominal {
            // A show of force against an actor or in response to its act is aimed at it: "put its
            // forces on high alert in response to the Israeli strikes", "deploys its jets against
            // Russian forces".
            tgt_mentions.extend(self.force_aim(c, t, src_mentions));
        }
        if tgt_mentions.is_empty() && !p.nominal && matches!(p.code.get(..2), Some("15" | "16")) {
            // A show of force or a cut in relations prompted by another's act answers that actor:
            // "Mexico granted asylum to ..., prompting Peru to break off diplomatic relations".
            tgt_mentions.extend(self.prompting_party(c, t, src_mentions));
        }
        if tgt_mentions.is_empty() && !p.nominal && matches!(p.code.as_str(), "015" | "016") {
            // A claim or denial of responsibility for an act of violence is made toward its victim
            // (CAMEO 015, 016): "claimed responsibility for the bombing that targeted Chinese
            // engineers", "denied any involvement in the drone attacks on Saudi oil facilities".
            tgt_mentions.extend(self.victim_of_claimed_act(c, t, src_mentions));
        }
        if tgt_mentions.is_empty() && !p.nominal && p.code == "011" {
            // A comment withheld on a report, or an answer withheld on whether something is so, is
            // withheld from the party the report or question is about: "declined to comment on a
            // report that U.S. intelligence agencies were reviewing ...", "declined to confirm
            // whether Russian forces shot down the Azerbaijani airliner" (`withheld_content_party`).
            tgt_mentions.extend(self.withheld_content_party(c, t, &m.targets, src_mentions, &own_side).map(|am| (am, true)));
        }
        if tgt_mentions.is_empty() && !p.nominal && (p.code == "016" || matches!(p.code.get(..2), Some("11" | "12"))) {
            // A rejection, denial or criticism of a claim, report or request is aimed at its
            // author: "dismissed calls by the European Parliament", "..., a charge Kyiv denied".
            tgt_mentions.extend(self.claim_author(c, t).filter(|&am| !own_side(am)).map(|am| (am, true)));
        }
        if tgt_mentions.is_empty() && !p.nominal && matches!(p.code.get(..2), Some("11" | "12")) {
            // A judgement in a relative clause set off beside an act is aimed at the act's doer:
            // "..., a move the IAEA chief called disproportionate" (`characterised_act_doer`).
            tgt_mentions.extend(self.characterised_act_doer(c, t).filter(|&am| !own_side(am)).map(|am| (am, true)));
        }
        if tgt_mentions.is_empty() && !p.nominal && matches!(p.code.get(..2), Some("11" | "12")) {
            // A judgement of a thing named as made by someone is aimed at its maker: "calling it a
            // sham staged by Sheikh Hasina's government" (`predicative_maker`).
            tgt_mentions.extend(self.predicative_maker(c, t).filter(|&am| !own_side(am)).map(|am| (am, true)));
        }
        let patrol = self.home_patrol(c, &p.code, t);
        if tgt_mentions.is_empty() && !p.nominal && (home_act(&p.code) || patrol) {
            // A deployment of police or troops, a curfew or martial law at home, in a place of the
            // sources' own country, is aimed at that country: "Kenyan authorities deployed riot
            // police in central Nairobi" (KEN), "declared a state of emergency in Lima" (CAMEO
            // codes a domestic act with no other target against the state where it is done). (Not
            // a show aimed at no one: "holds a military parade in Beijing", 150.)
            tgt_mentions.extend(self.home_place(c, t, src_mentions, patrol));
        }
        if tgt_mentions.is_empty() && !p.nominal && (p.code.starts_with("175") || violent(p)) {
            // Repression or violence used as, when or after another actor did a hostile act falls on
            // that actor: "Police fired tear gas as protesters marched on parliament". (Not other
            // state acts: "declares a state of emergency after gunmen attacked" is no act on them.)
            tgt_mentions.extend(self.clause_party(c, t, src_mentions, &["as", "when", "while", "after"]));
        }
        if tgt_mentions.is_empty() && p.target != TargetRole::None && !p.nominal && p.code.starts_with("01") {
            // A statement made in the purpose of a contact names its addressee there: "telephoned
            // his Libyan counterpart to convey Ankara's sympathy" (`contact_addressee`).
            tgt_mentions.extend(self.contact_addressee(c, t).and_then(|k| c.mention_for(k)).filter(|&(am, _)| !own_side(am)).map(|(am, _)| (am, true)));
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
        if p.code.starts_with("115") && tgt_mentions.iter().any(|&(x, _)| court_forum(c, &p.code, x)) {
            // (Nor a court a later step found: "filed a lawsuit with the International Court of
            // Justice" names no target.)
            tgt_mentions.retain(|&(x, _)| !court_forum(c, &p.code, x));
        }
        tgt_mentions
    }

    /// The party a refusal to comment at `v` (011) is about when its target words name none: the
    /// first actor not of the source's own side (`own_side`) in a content clause withheld, the
    /// clause of the verb of commenting or confirming the refusal governs ("declined to confirm
    /// whether Russian forces shot down ...") or of a report in the target words ("declined to comment on a
    /// report that U.S. intelligence agencies were reviewing ..."; a "that" the parse made the
    /// noun's object carries the clause). Not an author or a topic outside such a clause ("declined
    /// to comment on a report by Reuters"), and only for sources of a known country, the party
    /// being of another ("a spokesman declined to confirm whether Warsaw would ...": no party).
    fn withheld_content_party(&self, c: &Ctx, v: u32, targets: &[u32], sources: &[(u32, bool)], own_side: &impl Fn(u32) -> bool) -> Option<u32> {
        let country = |m: u32| c.doc.mentions[m as usize].actor.country.clone();
        let homes: Vec<String> = sources.iter().filter_map(|&(sm, _)| country(sm)).collect();
        if homes.is_empty() || homes.len() < sources.len() {
            return None;
        }
        let abroad = |am: u32| !own_side(am) && country(am).is_none_or(|x| !homes.contains(&x));
        let clause = |k: u32| c.is_content_clause(k) || c.dep(k).as_str().starts_with("acl");
        let mut roots: Vec<u32> = Vec::new();
        for &x in c.kids(v).iter().filter(|&&k| c.dep(k).is("xcomp")) {
            roots.extend(c.kids(x).iter().copied().filter(|&k| c.is_content_clause(k)));
        }
        for &n in targets {
            for &k in c.kids(n) {
                if clause(k) {
                    roots.push(k);
                } else if c.doc.tokens[k as usize].upos == Upos::Pron && c.is_relative_pronoun(k) {
                    roots.extend(c.kids(k).iter().copied().filter(|&g| clause(g)));
                }
            }
        }
        roots.into_iter().find_map(|r| {
            c.search_down(r, 48, |x, depth, queue| {
                if let Some((am, _)) = c.mention_for(x).filter(|&(am, _)| abroad(am)) {
                    return Some(am);
                }
                if depth < 6 {
                    queue.extend(c.kids(x).iter().map(|&k| (k, depth + 1)));
                }
                None
            })
        })
    }

    /// The party a legal action at `v` is against when its pattern found none: an "against"
    /// phrase hung inside the court it is brought in, else the object of an "-ing" clause of
    /// accusing on the verb, its object or the court phrase ("filed a case at the International
    /// Court of Justice accusing Israel of genocide"). Not the sources' own code, nor a court.
    fn accused_party(&self, c: &Ctx, v: u32, targets: &[u32], sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        let code_of = |m: u32| c.doc.mentions[m as usize].actor.code.as_str();
        let objs = c.kids(v).iter().copied().filter(|&k| c.dep(k).is("obj"));
        let nouns: Vec<u32> = std::iter::once(v).chain(targets.iter().copied()).chain(objs).collect();
        // (And the nouns hung on them, where the parse put the clause on the court: "its case at
        // the International Court of Justice accusing Iran".)
        let inner = nouns.iter().skip(1).flat_map(|&n| c.kids(n).iter().copied().filter(|&k| c.dep(k).is("nmod")));
        let heads: Vec<u32> = nouns.iter().copied().chain(inner).collect();
        let other = |x: u32| !sources.iter().any(|&(sm, _)| code_of(sm) == code_of(x)) && !court_forum(c, "115", x);
        // (An "against" phrase the parse hung inside the court's name: "in the International
        // Court of Justice against the United Arab Emirates".)
        let court_words = heads.iter().skip(1).copied().filter(|&k| c.mention_for(k).is_some_and(|(x, _)| court_forum(c, "115", x)));
        let against = court_words.flat_map(|k| c.kids(k).iter().copied().chain(c.kids(k).iter().flat_map(|&g| c.kids(g).iter().copied())).collect::<Vec<_>>()).filter(|&g| c.dep(g).is("nmod") && c.case_of(g) == Some("against")).find_map(|g| c.mention_for(g).filter(|&(x, _)| other(x)));
        against.or_else(|| heads.iter().flat_map(|&n| c.kids(n).iter().copied()).filter(|&k| {
            (c.dep(k).is("advcl") || c.dep(k).is("acl")) && c.doc.tokens[k as usize].xpos.as_str() == "VBG" && c.lower_is(k, &self.lexicon.accusing_verbs)
        }).find_map(|k| {
            let (x, _) = c.mention_for(c.kid_exact(k, "obj")?)?;
            other(x).then_some((x, true))
        }))
    }

    /// What a protest at `v` is against, told in a phrase of purpose: an "in protest of" or "in
    /// defiance of" phrase or a "to"-infinitive of protest ("to denounce", "to oppose"), each with
    /// the actor in its object or "of", "against", "at" or "over" phrase (or inside it: "the Prime
    /// Minister's policies"). Not the source's own side.
    fn protest_target(&self, c: &Ctx, v: u32, sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        // (Closed lists of English usage: the nouns and verbs that say what a protest is against.
        // Not the verb "protest", whose own patterns code the clause with its target.)
        const PROTEST_NOUNS: &[&str] = &["protest", "defiance", "opposition", "objection"];
        const PROTEST_VERBS: &[&str] = &["denounce", "condemn", "oppose", "decry", "reject", "challenge", "defy"];
        let among = |k: u32, words: &[&str]| words.contains(&c.lemma(k).to_ascii_lowercase().as_str());
        let code_of = |m: u32| c.doc.mentions[m as usize].actor.code.as_str();
        let other = |m: u32| !sources.iter().any(|&(s, _)| code_of(s) == code_of(m) || own_forces(code_of(s), code_of(m)));
        let actor_in = |k: u32| c.mention_for(k).map(|(m, _)| (m, true)).filter(|&(m, _)| other(m)).or_else(|| self.target_through_noun(c, k, &[k], sources, false, None));
        // (The object of the verb "protest" itself, when its patterns found no actor in it: "to
        // protest an Alternative for Germany convention". Not a participle read as a verb before
        // its noun: "clash with protesting miners".)
        if c.lemma(v).eq_ignore_ascii_case("protest") {
            let participle = c.doc.tokens[v as usize].xpos.as_str() == "VBG";
            if let Some(found) = c.kids(v).iter().copied().filter(|&k| c.dep(k).as_str() == "obj" && !c.is_relative_pronoun(k) && !(participle && k == v + 1)).find_map(actor_in) {
                return Some(found);
            }
        }
        for &k in c.kids(v) {
            let d = c.dep(k);
            let phrase = (d.is("obl") || d.is("nmod")) && !d.is("obl:agent") && !d.is("obl:tmod") && c.case_of(k) == Some("in") && among(k, PROTEST_NOUNS);
            let clause = d.as_str() == "advcl" && among(k, PROTEST_VERBS) && c.to_marked(k);
            let inner: Vec<u32> = if phrase {
                c.kids(k).iter().copied().filter(|&g| c.dep(g).is("nmod") && matches!(c.case_of(g), Some("of" | "against" | "at" | "over"))).collect()
            } else if clause {
                c.kids(k).iter().copied().filter(|&g| c.dep(g).as_str() == "obj" || (c.dep(g).is("obl") && matches!(c.case_of(g), Some("against" | "over")))).collect()
            } else {
                continue;
            };
            if let Some(found) = inner.into_iter().filter(|&g| !c.is_relative_pronoun(g)).find_map(actor_in) {
                return Some(found);
            }
        }
        None
    }

    /// The actor a show of force at `v` is aimed at: named in an "against" phrase of the verb or
    /// of its object, or as the maker of the act an "in response to", "in retaliation for" phrase
    /// names (its possessor, modifier, "of" or "by" phrase), or of a hostile act (roots 13-20) it
    /// followed or met ("after the attack by Hezbollah", "after Cambodian soldiers opened fire",
    /// "as protesters marched"), or in a phrase that says at whom it is aimed (`aimed_phrase`:
    /// "in a show of force aimed at the United States", "amid rising tension with Kosovo") or
    /// a clause of its purpose or reason (`purpose_party`: "to counter provocations by Minsk",
    /// "citing aggressive statements by NATO"). Not the source's own side.
    fn force_aim(&self, c: &Ctx, v: u32, sources: &[(u32, bool)]) -> Vec<(u32, bool)> {
        let other = |x: u32| self.other_side(c, sources, x);
        let maker = |g: u32| force_maker(c, g);
        let words = std::iter::once(v).chain(c.kids(v).iter().copied().filter(|&k| c.dep(k).as_str() == "obj"));
        for w in words.collect::<Vec<_>>() {
            for &k in c.kids(w) {
                // (With the actors coordinated with it: "aimed at the United States and South Korea".)
                if let Some(g) = aimed_phrase(self.lexicon, c, k) {
                    let named: Vec<(u32, bool)> = std::iter::once(g).chain(c.kids(g).iter().copied().filter(|&j| c.dep(j).is("conj"))).filter_map(|j| c.mention_for(j)).map(|(x, _)| x).filter(|&x| other(x)).map(|x| (x, true)).collect();
                    if !named.is_empty() {
                        return named;
                    }
                }
                let d = c.dep(k);
                if !(d.is("obl") || d.is("nmod")) || d.is("obl:agent") || d.is("obl:tmod") || c.is_relative_pronoun(k) {
                    continue;
                }
                let found = match c.case_of(k) {
                    Some("against") => maker(k),
                    Some("in") if self.lexicon.response_nouns.contains(&c.lemma(k).to_ascii_lowercase()) => c.kids(k).iter().copied().filter(|&g| c.dep(g).is("nmod") && matches!(c.case_of(g), Some("to" | "for" | "against"))).find_map(maker),
                    // (A hostile act it followed: "mobilized reservists after the attack by Hezbollah".)
                    Some("after" | "following" | "follow") if self.patterns.noun_patterns(c.lemma(k)).iter().any(|&id| hostile(&self.patterns.get(id).code)) => maker(k),
                    _ => None,
                };
                if let Some(x) = found.filter(|&x| other(x)) {
                    return vec![(x, true)];
                }
            }
        }
        // Or the actor whose hostile act it followed or met, in an "after", "as", "when" or "while"
        // clause: "deployed troops to the border after Cambodian soldiers opened fire", "deployed
        // police as protesters marched on parliament".
        self.clause_party(c, v, sources, &["as", "when", "while", "after"]).or_else(|| self.purpose_party(c, v, sources)).or_else(|| self.conjunct_object(c, v, sources)).or_else(|| self.feared_attacker(c, sources)).into_iter().collect()
    }

    /// The maker of an attack its sentence says is feared, not yet made: a violent act noun
    /// (roots 18-20) awaited ("as the country braced for an Iranian attack", `awaiting_verbs`:
    /// its maker), planned (`plotting_verbs`: "militants were planning attacks", the planner) or
    /// modified as not yet made (`feared_modifiers`: "possible attacks by Iran"). The one an alert
    /// or mobilisation with no target of its own answers. Not the sources' own side.
    fn feared_attacker(&self, c: &Ctx, sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        let lex = self.lexicon;
        // (An attack: an act of violence, roots 18-20; not a planned protest, "ahead of planned
        // anti-government protests", which police deployed at home meet.)
        let attack = |n: u32| c.doc.tokens[n as usize].upos == Upos::Noun && self.patterns.noun_patterns(c.lemma(n)).iter().any(|&id| violent(self.patterns.get(id)));
        (c.base as u32..c.end as u32).filter(|&n| attack(n)).find_map(|n| {
            let head = c.head(n).filter(|&h| c.doc.tokens[h as usize].upos == Upos::Verb && (c.dep(n).as_str() == "obj" || c.dep(n).is("obl")));
            let feared = c.kids(n).iter().any(|&k| c.dep(k).is("amod") && lex.feared_modifiers.contains(&c.doc.token_text(k as usize).to_ascii_lowercase()));
            let maker = if head.is_some_and(|h| c.lower_is(h, &lex.plotting_verbs)) && c.dep(n).as_str() == "obj" {
                head.and_then(|h| c.kids(h).iter().copied().find(|&g| c.dep(g).is("nsubj") && !c.is_relative_pronoun(g))).and_then(|g| c.mention_for(g)).map(|(x, _)| x)
            } else if feared || head.is_some_and(|h| c.lower_is(h, &lex.awaiting_verbs)) {
                force_maker(c, n)
            } else {
                None
            };
            maker.filter(|&x| self.other_side(c, sources, x)).map(|x| (x, true))
        })
    }

    /// True when the show of force (150) at verb `v` is a patrol (`coder.toml` `patrol_verbs`): done
    /// where the forces are, so that, like a deployment (`home_act`), one in a place of their own
    /// country is aimed at that country ("Bangladesh's army patrolled the streets of Dhaka" BGD>BGD;
    /// CAMEO codes a domestic show of force against the state where it is done). (Not a parade or
    /// drill held at home, which shows force to no one in particular.)
    pub(super) fn home_patrol(&self, c: &Ctx, code: &str, v: u32) -> bool {
        code == "150" && c.lower_is(v, &self.lexicon.patrol_verbs)
    }

    /// True when a show of force at `v` is done to put down unrest: a "to"-clause of purpose whose
    /// verb is one of `quelling_verbs` and whose object (or the object's "of" phrase) is one of
    /// `unrest_nouns` ("deployed the army to quell student-led protests"). Such a deployment acts at
    /// home: with no other target it is aimed at the state itself (`own_state_target`).
    pub(super) fn keeps_order(&self, c: &Ctx, v: u32) -> bool {
        let lex = self.lexicon;
        c.kids(v).iter().copied().filter(|&k| matches!(c.dep(k).as_str(), "advcl" | "xcomp") && c.to_marked(k) && c.lower_is(k, &lex.quelling_verbs)).any(|k| {
            c.kids(k).iter().copied().filter(|&o| c.dep(o).as_str() == "obj").any(|o| c.lower_is(o, &lex.unrest_nouns) || c.kids(o).iter().any(|&g| c.dep(g).is("nmod") && c.case_of(g) == Some("of") && c.lower_is(g, &lex.unrest_nouns)))
        })
    }

    /// The actor a show of force at `v` is meant to meet, named in the object of a "to"-clause
    /// of purpose whose verb says so ("to counter provocations by Minsk", "to deter Russia",
    /// "to keep watch over a swarm of Chinese vessels": the object of its complement too) or of
    /// a participle of reason ("citing aggressive statements by NATO", "after accusing Ukraine of
    /// planning an attack"): the object's actor, its
    /// maker ("by" phrase, possessor) or an actor inside it. Not the sources' own side.
    fn purpose_party(&self, c: &Ctx, v: u32, sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        // (Verbs of countering, of guarding and of giving a reason: `countering_verbs`,
        // `guarding_verbs`, `reason_verbs` in coder.toml.)
        let lex = self.lexicon;
        // (The clause hung as an adverbial or, after an object, as a complement: "deployed
        // troops to counter ...".)
        for k in c.kids(v).iter().copied().filter(|&k| matches!(c.dep(k).as_str(), "advcl" | "xcomp")) {
            let purpose = c.to_marked(k);
            let reason = c.doc.tokens[k as usize].xpos.as_str() == "VBG" && c.lower_is(k, &lex.reason_verbs);
            if !purpose && !reason {
                continue;
            }
            // (The verb of countering itself or its complement: "to keep watch over".)
            let verbs: Vec<u32> = std::iter::once(k).chain(c.kids(k).iter().copied().filter(|&g| c.dep(g).as_str() == "xcomp")).filter(|&x| reason || c.lower_is(x, &lex.countering_verbs) || c.lower_is(x, &lex.guarding_verbs)).collect();
            for x in verbs {
                // (The object, or the "to", "against", "over" phrase of an intransitive one: "respond
                // to"; or the object's "by" phrase the parse hung on the verb: "counter provocations
                // by Russia". Of a verb of guarding, only its "from" or "against" phrase.)
                let guarding = c.lower_is(x, &lex.guarding_verbs);
                let named = |g: u32| {
                    let obl = c.dep(g).is("obl") || c.dep(g).is("nmod");
                    if guarding {
                        return obl && matches!(c.case_of(g), Some("from" | "against"));
                    }
                    c.dep(g).as_str() == "obj" || (obl && matches!(c.case_of(g), Some("to" | "against" | "over" | "by")))
                };
                let objects = c.kids(x).iter().copied().filter(|&g| named(g) && !c.is_relative_pronoun(g));
                for o in objects.collect::<Vec<_>>() {
                    let found = force_maker(c, o).filter(|&m| self.other_side(c, sources, m)).map(|m| (m, true)).or_else(|| self.target_through_noun(c, o, &[o], sources, false, None).filter(|&(m, _)| self.other_side(c, sources, m)));
                    if found.is_some() {
                        return found;
                    }
                }
            }
        }
        None
    }

    /// The actor addressed by the contact whose purpose infinitive is `v`: the object, or the
    /// "to"/"with" phrase, of a verb in `contact_verbs` ("telephoned his Libyan counterpart to
    /// convey Ankara's sympathy", "spoke with Erdogan to offer condolences"): the word that heads
    /// an actor's mention.
    pub(super) fn contact_addressee(&self, c: &Ctx, v: u32) -> Option<u32> {
        let purpose = (c.dep(v).is("xcomp") || c.dep(v).is("advcl")) && c.to_marked(v);
        let h = c.head(v).filter(|_| purpose)?;
        if !c.lower_is(h, &self.lexicon.contact_verbs) || c.doc.tokens[h as usize].upos != Upos::Verb {
            return None;
        }
        let addressed = |k: u32| c.dep(k).as_str() == "obj" || ((c.dep(k).is("obl") || c.dep(k).is("nmod")) && matches!(c.case_of(k), Some("to" | "with")));
        c.kids(h).iter().copied().find(|&k| addressed(k) && !c.is_relative_pronoun(k) && c.mention_for(k).is_some())
    }

    /// The actor whose act prompted the act at `v`, done by the object of a participle of
    /// prompting ("..., prompting the U.S. Navy to dispatch four destroyers", "prompting Peru to
    /// break off diplomatic relations"): the subject of the nearest verb above the participle. Not
    /// the sources' own side.
    fn prompting_party(&self, c: &Ctx, v: u32, sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        let p = c.head(v).filter(|_| c.dep(v).is("xcomp") || c.dep(v).is("advcl"))?;
        if !self.lexicon.prompting_verbs.contains(&c.lemma(p).to_ascii_lowercase()) || c.doc.tokens[p as usize].xpos.as_str() != "VBG" {
            return None;
        }
        // (The prompted one is the act's own source: "prompting Peru to break off".)
        let prompted = c.kid_exact(p, "obj").and_then(|o| c.mention_for(o)).map(|(m, _)| m);
        if !prompted.is_some_and(|pm| sources.iter().any(|&(sm, _)| sm == pm)) {
            return None;
        }
        let mut x = p;
        for _ in 0..4 {
            x = c.head(x)?;
            if c.doc.tokens[x as usize].upos == Upos::Verb {
                // (A participle on its doer: "warships sailed near Alaska ..., prompting".)
                let s = self.subject(c, x, 0).map(|(s, _)| s).or_else(|| c.head(x).filter(|_| c.dep(x).as_str() == "acl"))?;
                return c.mention_for(s).filter(|&(m, _)| self.other_side(c, sources, m)).map(|(m, _)| (m, true));
            }
        }
        None
    }

    /// The actor object of a hostile act (roots 13-20) coordinated with the show of force at `v`,
    /// the same subject's: "Iran put its air defences on high alert and warned Israel against
    /// any further attacks" (the alert is aimed at Israel), "massed troops and threatened Ukraine".
    /// Not the sources' own side.
    fn conjunct_object(&self, c: &Ctx, v: u32, sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        let verb = |k: u32| c.doc.tokens[k as usize].upos == Upos::Verb;
        let conjuncts = c.kids(v).iter().copied().filter(|&k| c.dep(k).is("conj") && verb(k)).chain(c.head(v).filter(|&h| c.dep(v).is("conj") && verb(h)));
        for k in conjuncts.collect::<Vec<_>>() {
            // (With no subject of its own: another's act is no part of this one.)
            if c.kids(k).iter().any(|&g| c.dep(g).is("nsubj")) && c.head(v) != Some(k) {
                continue;
            }
            if !self.patterns.verb_patterns(c.lemma(k)).iter().any(|&id| hostile(&self.patterns.get(id).code)) {
                continue;
            }
            let found = c.kids(k).iter().copied().filter(|&g| c.dep(g).as_str() == "obj" && !c.is_relative_pronoun(g)).find_map(|g| c.mention_for(g)).map(|(x, _)| x).filter(|&x| self.other_side(c, sources, x));
            if let Some(x) = found {
                return Some((x, true));
            }
        }
        None
    }

    /// The actor subject of an adverbial clause on `v` marked by one of `marks` ("as", "when",
    /// "while", "after") whose verb names a hostile act (roots 13-20): "fired tear gas as protesters
    /// marched", "opened fire when demonstrators threw stones", "deployed troops after Cambodian
    /// soldiers opened fire". The one a show of force, repression or violence with no target of
    /// its own is aimed at. Not the source's own side.
    fn clause_party(&self, c: &Ctx, v: u32, sources: &[(u32, bool)], marks: &[&str]) -> Option<(u32, bool)> {
        let other = |x: u32| self.other_side(c, sources, x);
        // (The marker hung on the clause or, by a parse slip, on its subject: "after protesters blocked".)
        let marked = |w: u32| c.kids(w).iter().any(|&g| (c.dep(g).is("mark") || c.dep(g).is("advmod") || c.dep(g).is("case")) && marks.contains(&c.lemma(g).to_ascii_lowercase().as_str()));
        // (Or one hung on a verb coordinated with `v` that shares its subject, the clause being
        // both acts' occasion: "raised its alert posture and fired warning shots after North Korea
        // blew up sections of roads".)
        let shared = c.kids(v).iter().copied().filter(|&k| c.dep(k).is("conj") && c.doc.tokens[k as usize].upos == Upos::Verb && !c.kids(k).iter().any(|&g| c.dep(g).is("nsubj")));
        let heads: Vec<u32> = std::iter::once(v).chain(shared).collect();
        heads.into_iter().flat_map(|h| c.kids(h).iter().copied()).filter(|&k| c.dep(k).as_str() == "advcl").find_map(|k| {
            let acts = self.patterns.verb_patterns(c.lemma(k)).iter().any(|&id| hostile(&self.patterns.get(id).code));
            let subj = c.kids(k).iter().copied().find(|&g| c.dep(g).is("nsubj") && !c.is_relative_pronoun(g))?;
            (acts && (marked(k) || marked(subj))).then(|| c.mention_for(subj)).flatten().map(|(x, _)| x).filter(|&x| other(x)).map(|x| (x, true))
        })
    }

    /// True when actor mention `x` is not the sources' own side: not one of their codes, their own
    /// armed forces or (for a state's government, forces or people) their state as a whole.
    fn other_side(&self, c: &Ctx, sources: &[(u32, bool)], x: u32) -> bool {
        let code_of = |m: u32| c.doc.mentions[m as usize].actor.code.as_str();
        !sources.iter().any(|&(s, _)| code_of(s) == code_of(x) || own_forces(code_of(s), code_of(x)) || own_state(self.lexicon, &c.doc.mentions[s as usize].actor, &c.doc.mentions[x as usize].actor))
    }

    /// The party of another country a protest that names no target, purpose or home place is
    /// held over: the first actor its sentence names (by name, demonym, metonym, title or agent;
    /// no place, pronoun or actor of no country) of another country than the protesters', who are
    /// no authority of their state (`coder.toml` `state_sectors`). "Prisoners rioted in Dili,
    /// demanding a referendum on independence from Indonesian rule" TLSCVL>IDN, "an anti-war
    /// demonstration is held at the U.S. Embassy in Seoul" KORCVL>USA (a protest about a foreign
    /// party is against it; the protesters' own state otherwise, `home_state`).
    fn foreign_party(&self, c: &Ctx, sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        let actor = |x: u32| &c.doc.mentions[x as usize].actor;
        let home = actor(sources.first()?.0).country.as_deref()?;
        let dissent = |x: u32| {
            let a = actor(x);
            a.country.as_deref() == Some(home) && a.code != home && a.sector.as_deref().is_some_and(|y| !self.lexicon.state_sector(y))
        };
        if !sources.iter().all(|&(s, _)| dissent(s)) {
            return None;
        }
        let inside = |x: &detente_core::Mention| (x.head as usize) >= c.base && (x.head as usize) < c.end;
        let own = |x: &detente_core::Mention| sources.iter().any(|&(s, _)| {
            let sm = &c.doc.mentions[s as usize];
            x.tokens.start < sm.tokens.end && sm.tokens.start < x.tokens.end
        });
        // (Not the party a protest supports: "in solidarity with Gaza", `support_nouns`.)
        // (Or a modifier of it: "in support of Kurdish forces".)
        let support = |h: u32| self.support_phrase(c, h);
        let supported = |x: &detente_core::Mention| {
            let modifier = matches!(c.dep(x.head).as_str(), "amod" | "compound" | "nmod:poss" | "flat");
            c.head(x.head).is_some_and(|h| support(h) || (modifier && c.head(h).is_some_and(support)))
        };
        c.doc
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, x)| inside(x) && !own(x) && !supported(x) && matches!(x.kind, MentionKind::Name | MentionKind::Demonym | MentionKind::Metonym | MentionKind::Title | MentionKind::Agent))
            .filter(|(_, x)| x.actor.country.as_deref().is_some_and(|k| k != home))
            .min_by_key(|(_, x)| x.tokens.start)
            .map(|(i, _)| (i as u32, true))
    }

    /// True when `h` heads an "in support of" / "in solidarity with" phrase (`support_nouns`): what
    /// it names is the cause a protest is held for, not its target.
    pub(super) fn support_phrase(&self, c: &Ctx, h: u32) -> bool {
        c.case_of(h) == Some("in") && c.lower_is(h, &self.lexicon.support_nouns)
    }

    /// The state a protest at `v` is held in, when it is the protesters' own: a country, its
    /// capital or a city of it named in an "in", "across", "through" or "throughout" phrase of the
    /// protest verb, of the clause it is the purpose of ("gathered in Tirana to protest"), of its
    /// object ("blocked roads in Poland") or target word ("against corruption in Belgrade") or of a
    /// protester ("protesters in Tbilisi"), in the country of every source; none for the state's
    /// own authorities, a protest for another's cause, or one coded in its "to" clause. With
    /// `abroad`, the place is of another country than the protesters' ("staged a protest in
    /// Beijing", CHN). Returns the place's mention.
    fn protest_state(&self, c: &Ctx, v: u32, m: &Match, sources: &[(u32, bool)], abroad: bool) -> Option<(u32, bool)> {
        // (coder.toml: `state_sectors`, the state's own authorities, who protest against no state of
        // their own; `support_nouns`, a protest for another's cause, "in solidarity with Gaza".)
        let country = |x: u32| c.doc.mentions[x as usize].actor.country.as_deref();
        let home = country(sources.first()?.0)?;
        let state_side = |x: u32| self.lexicon.state_authority(&c.doc.mentions[x as usize].actor);
        // (Abroad, protesters of several countries may march together: "US and British activists".)
        if sources.iter().any(|&(s, _)| (!abroad && country(s) != Some(home)) || country(s).is_none() || state_side(s)) {
            return None;
        }
        // (A "to" clause of protest on the verb is the protest, coded with its own patterns: "gather
        // at the plaza to protest against Israel's attacks".)
        let protest_verb = |k: u32| self.patterns.verb_patterns(c.lemma(k)).iter().any(|&id| self.patterns.get(id).code.starts_with("14"));
        if c.kids(v).iter().any(|&k| matches!(c.dep(k).as_str(), "advcl" | "xcomp") && c.to_marked(k) && protest_verb(k)) {
            return None;
        }
        let inside = |x: u32| (x as usize) >= c.base && (x as usize) < c.end;
        // (The clause a "to" infinitive of protest is the purpose of: "gather in Tirana to protest".)
        let purpose = c.head(v).filter(|_| matches!(c.dep(v).as_str(), "advcl" | "xcomp") && c.to_marked(v));
        let support = |h: u32| c.kids(h).iter().any(|&k| (c.dep(k).is("obl") || c.dep(k).is("nmod")) && c.case_of(k) == Some("in") && self.lexicon.support_nouns.contains(&c.lemma(k).to_ascii_lowercase()));
        if std::iter::once(v).chain(purpose).any(support) {
            return None;
        }
        let protesters = sources.iter().map(|&(s, _)| c.doc.mentions[s as usize].head).filter(|&h| inside(h));
        let objects = c.kids(v).iter().copied().filter(|&k| c.dep(k).as_str() == "obj");
        let heads: Vec<u32> = std::iter::once(v).chain(purpose).chain(objects).chain(m.targets.iter().copied()).chain(protesters).collect();
        let preps = ["in".to_string(), "across".to_string(), "throughout".to_string(), "through".to_string()];
        let mut cand = Vec::new();
        for h in heads {
            self.obliques(c, h, &preps, &mut cand);
        }
        // (A place, or the state by name or metonym: not an actor of it, "fasted in protest" with
        // "protest" read as protesters.)
        // (With `abroad`, a place of another country: the protesters' own state is then no target.)
        let state = |pm: u32| {
            let x = &c.doc.mentions[pm as usize];
            let country = x.actor.country.as_deref();
            let there = if abroad { country.is_some_and(|k| !sources.iter().any(|&(s, _)| c.doc.mentions[s as usize].actor.country.as_deref() == Some(k))) } else { country == Some(home) };
            there && (matches!(x.kind, MentionKind::Place | MentionKind::Destination) || country == Some(x.actor.code.as_str()) || (x.kind == MentionKind::Metonym && x.actor.code.len() == 6 && x.actor.code.ends_with("GOV")))
        };
        cand.into_iter().find_map(|k| self.place_where(c, k, true, &state)).map(|(_, pm)| (pm, true))
    }

    /// The victim of the act of violence (roots 18-20) a claim or denial of responsibility at `v`
    /// is about, named in its object's phrase or its content clause, down to three levels: the
    /// object of a violent verb ("the bombing that targeted Chinese engineers", "denied that its
    /// forces had struck a children's hospital") or the target a violent noun names
    /// (`target_through_noun`: "the drone attacks on Saudi oil facilities"). Not the sources'
    /// own side.
    pub(super) fn victim_of_claimed_act(&self, c: &Ctx, v: u32, sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        // (Nor the sources' own country as a whole, mostly a place of theirs: "deny that they have
        // closed the Bab-el-Mandeb" is no act of the Houthis on Yemen.)
        let home = |x: u32| sources.iter().any(|&(s, _)| c.doc.mentions[s as usize].actor.country.as_deref() == Some(c.doc.mentions[x as usize].actor.code.as_str()));
        let other = |x: u32| self.other_side(c, sources, x) && !home(x);
        c.search_down(v, 32, |x, depth, queue| {
            if x != v {
                let verb = c.doc.tokens[x as usize].upos == Upos::Verb;
                let ids = if verb { self.patterns.verb_patterns(c.lemma(x)) } else { self.patterns.noun_patterns(c.lemma(x)) };
                if ids.iter().any(|&id| violent(self.patterns.get(id))) {
                    let objects = c.kids(x).iter().copied().filter(|&k| verb && c.dep(k).as_str() == "obj" && !c.is_relative_pronoun(k));
                    let found = objects.filter_map(|k| c.mention_for(k)).map(|(m, _)| (m, true)).find(|&(m, _)| other(m));
                    let found = found.or_else(|| self.target_through_noun(c, x, &[x], sources, false, None).filter(|&(m, _)| other(m)));
                    if found.is_some() {
                        return found;
                    }
                }
            }
            if depth < 3 {
                let next = c.kids(x).iter().copied().filter(|&k| {
                    let d = c.dep(k);
                    (d.as_str() == "obj" || d.is("ccomp") || d.is("acl") || ((d.is("obl") || d.is("nmod")) && !d.is("obl:tmod") && !d.is("obl:agent") && !d.is("nmod:poss"))) && !c.is_relative_pronoun(k)
                });
                queue.extend(next.map(|k| (k, depth + 1)));
            }
            None
        })
    }

    /// The holder of the captives or things named at `w` or inside its phrase (down to two
    /// levels: "the release of all hostages held by Hamas", "the return of the tanker seized by
    /// Iran"): the actor in the "by" phrase of a participle of holding or taking on them. Not the
    /// sources' own side.
    fn holder(&self, c: &Ctx, w: u32, sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        c.search_down(w, 24, |x, depth, queue| {
            for &k in c.kids(x) {
                let d = c.dep(k);
                if d.as_str() == "acl" && c.doc.tokens[k as usize].xpos.as_str() == "VBN" && holding_verb(c, k) {
                    if let Some((hm, _)) = by_agent(c, k).and_then(|g| c.mention_for(g)).filter(|&(hm, _)| self.other_side(c, sources, hm)) {
                        return Some((hm, true));
                    }
                }
                if depth < 2 && (d.is("nmod") || d.as_str() == "obj") && !d.is("nmod:poss") && !c.is_relative_pronoun(k) {
                    queue.push((k, depth + 1));
                }
            }
            None
        })
    }

    /// The captor who frees the people an agentless passive of release `v` names ("were released",
    /// "are freed"): the holder named by "by" on a participle or relative clause of holding on them
    /// ("Two Russian citizens who had been held by the U.N.-backed government in Libya were
    /// released") or on a passive clause of holding under `v` ("are freed in Afghanistan after
    /// being detained by the Taliban"); else a country named where they were held or freed (an
    /// "in" or "from" phrase of `v` or of such a participle, or the "in" phrase of a "from
    /// captivity" or "from prison" phrase, `captivity_nouns`: "An American citizen detained in
    /// Belarus", "is released from Iran",
    /// "released from captivity in Libya"), when it is not the freed people's own: a state
    /// releasing its own people names no captor this way. Returns the captor's word.
    pub(super) fn captor(&self, c: &Ctx, v: u32) -> Option<u32> {
        let freed = c.kid(v, "nsubj:pass")?;
        let passive = |k: u32| c.kids(k).iter().any(|&g| c.dep(g).is("aux:pass") || c.dep(g).is("nsubj:pass")) || c.doc.tokens[k as usize].xpos.as_str() == "VBN";
        // The participles and relative clauses of holding on the freed, and the passive clauses of
        // holding under the release ("after being detained by").
        let on_freed = c.kids(freed).iter().copied().filter(|&k| matches!(c.dep(k).as_str(), "acl" | "acl:relcl"));
        let under = c.kids(v).iter().copied().filter(|&k| c.dep(k).is("advcl"));
        let holding: Vec<u32> = on_freed.chain(under).filter(|&k| holding_verb(c, k) && passive(k)).collect();
        if let Some(g) = holding.iter().find_map(|&k| by_agent(c, k).filter(|&g| c.mention_for(g).is_some())) {
            return Some(g);
        }
        let own = c.mention_for(freed).and_then(|(m, _)| c.doc.mentions[m as usize].actor.country.clone())?;
        let mut places = Vec::new();
        self.obliques(c, v, &["in", "from"], &mut places);
        // (Or of the predicate of holding: "held captive in Libya", "held hostage in Gaza".)
        let predicates = holding.iter().flat_map(|&k| c.kids(k).iter().copied().filter(|&g| matches!(c.dep(g).as_str(), "obj" | "xcomp") && c.mention_for(g).is_none()));
        for k in holding.iter().copied().chain(predicates).collect::<Vec<u32>>() {
            self.obliques(c, k, &["in"], &mut places);
        }
        // ("from captivity in Libya": the place of the captivity.)
        let captivity: Vec<u32> = places.iter().copied().filter(|&k| c.lower_is(k, &self.lexicon.captivity_nouns)).flat_map(|k| c.kids(k).iter().copied().filter(|&g| c.dep(g).is("nmod") && c.case_of(g) == Some("in"))).collect();
        places.into_iter().chain(captivity).find(|&k| country_by_name(c, k).is_some_and(|x| x != own))
    }

    /// The side a place seized at target noun `w` is taken from, named in the noun's phrase: the
    /// holder in a "by" phrase of a participle of holding (`holder`: "the last areas of Khartoum
    /// state held by the Rapid Support Forces", also when the parse hangs the participle on the
    /// seizing verb after the noun), else the party in the "to" phrase of a relative clause or
    /// participle of falling on the noun (`falling_verbs`: "recaptured several towns that fell to
    /// M23 rebels"; a name after "to" taken for an infinitive is that phrase too). Not the sources'
    /// own side. Returns the party's mention.
    fn seized_from(&self, c: &Ctx, w: u32, sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        if let Some(h) = self.holder(c, w, sources) {
            return Some(h);
        }
        let other = |g: u32| c.mention_for(g).filter(|&(hm, _)| self.other_side(c, sources, hm));
        let slipped = c.head(w).filter(|_| c.dep(w).is("obj")).into_iter().flat_map(|v| c.kids(v).iter().copied().filter(move |&k| k > w && c.dep(k).is("xcomp")));
        if let Some(h) = slipped.filter(|&k| c.doc.tokens[k as usize].xpos.as_str() == "VBN" && holding_verb(c, k)).find_map(|k| by_agent(c, k).and_then(other)) {
            return Some((h.0, true));
        }
        let falls = c.kids(w).iter().copied().filter(|&k| matches!(c.dep(k).as_str(), "acl:relcl" | "acl") && c.lower_is(k, &self.lexicon.falling_verbs));
        let to = falls.flat_map(|k| {
            c.kids(k).iter().copied().filter(|&g| (c.dep(g).is("obl") && c.case_of(g) == Some("to")) || (c.dep(g).is("xcomp") && c.kids(g).iter().any(|&x| c.dep(x).is("mark") && c.lemma(x).eq_ignore_ascii_case("to"))))
        });
        let party = to.filter_map(other).next()?;
        Some((party.0, true))
    }

    /// The sources' own country as the owner of the place seized at target noun `w`, a common
    /// noun: the country, or a place in it, named in the noun's phrase (its "of" or "in" phrase,
    /// apposition, modifier, compound or possessor, down to three levels, not into clauses): "the
    /// town of Katale in Masisi Territory, North Kivu", "the last areas of Khartoum state", "the
    /// Blue Nile town of Kurmuk". Only in a sentence that names no actor of another country: a
    /// foreign holder or occupier is the one the place is taken from ("retook villages in Kursk
    /// Oblast ..., the main town occupied by the Ukrainian military"). None when the sources are
    /// of different or no country. Returns the country's or place's mention.
    fn seized_home(&self, c: &Ctx, w: u32, sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        let country = |x: u32| c.doc.mentions[x as usize].actor.country.as_deref();
        let home = country(sources.first()?.0)?;
        if sources.iter().any(|&(s, _)| country(s) != Some(home)) || c.doc.tokens[w as usize].upos != Upos::Noun || c.mention_for(w).is_some() {
            return None;
        }
        if c.names_foreign_actor(home, |_| false) {
            return None;
        }
        c.search_down(w, 24, |x, depth, queue| {
            if depth > 0 {
                if let Some(m) = c.mention_or_place(x) {
                    let a = &c.doc.mentions[m as usize];
                    return (a.actor.code == home && matches!(a.kind, MentionKind::Place | MentionKind::Destination | MentionKind::Name | MentionKind::Metonym)).then_some((m, true));
                }
            }
            if depth < 3 {
                queue.extend(c.kids(x).iter().copied().filter(|&k| {
                    let d = c.dep(k);
                    (d.is("nmod") && !d.is("nmod:tmod") && matches!(c.case_of(k), Some("of" | "in") | None)) || d.is("nmod:poss") || d.is("appos") || d.is("compound") || d.is("amod") || d.is("flat") || (d.is("conj") && depth > 0)
                }).map(|k| (k, depth + 1)));
            }
            None
        })
    }

    /// The country of the place that target noun `w`, a common noun naming no actor, describes by
    /// its holder through a hyphenated participle of holding (`holding_participles`: "the
    /// rebel-held enclave of Eastern Ghouta", "Houthi-controlled areas"): force used on a held
    /// place is used on the state it lies in. The country is that of a place or country named in
    /// the noun's phrase ("the rebel-held eastern Ghouta region near Damascus"; its "of", "in",
    /// "near" phrases, appositions, possessor, down to three levels, not into clauses), else the
    /// holder's ("Houthi-controlled" YEM), else the sources' own when they share one and the
    /// sentence names no actor or place of another country but an ally backing them ("Syrian
    /// regime air strikes hit the rebel-held enclave" SYR). None for a noun no such participle
    /// describes.
    pub(super) fn held_place_country(&self, c: &Ctx, w: u32, sources: &[(u32, bool)]) -> Option<String> {
        if c.doc.tokens[w as usize].upos != Upos::Noun || c.mention_for(w).is_some() {
            return None;
        }
        let held = c.kids(w).iter().copied().find(|&k| {
            matches!(c.dep(k).as_str(), "amod" | "acl" | "compound") && c.doc.tokens[k as usize].xpos.as_str() == "VBN" && c.lower_is(k, &self.lexicon.holding_participles) && c.hyphen_word(k, false).is_some()
        })?;
        let country = |m: u32| c.doc.mentions[m as usize].actor.country.clone();
        let in_phrase = c.search_down(w, 24, |x, depth, queue| {
            if depth > 0 {
                if let Some(m) = c.mention_or_place(x) {
                    let a = &c.doc.mentions[m as usize];
                    if matches!(a.kind, MentionKind::Place | MentionKind::Destination | MentionKind::Name | MentionKind::Metonym) {
                        if let Some(y) = country(m) {
                            return Some(y);
                        }
                    }
                }
            }
            if depth < 3 {
                queue.extend(c.kids(x).iter().copied().filter(|&k| {
                    let d = c.dep(k);
                    (d.is("nmod") && !d.is("nmod:tmod")) || d.is("appos") || d.is("flat") || (d.is("compound") && c.doc.tokens[k as usize].upos == Upos::Propn)
                }).map(|k| (k, depth + 1)));
            }
            None
        });
        if in_phrase.is_some() {
            return in_phrase;
        }
        // (The holder is the word the hyphen joins to the participle: "Houthi" in "Houthi-controlled".)
        let holder = c.kids(held).iter().copied().find(|&h| h + 2 == held).and_then(|h| c.mention_country(h));
        if holder.is_some() {
            return holder;
        }
        let home = country(sources.first()?.0)?;
        // (An ally named as backing the sources tells nothing of where the place lies: "Syrian
        // government forces, backed by Russian air strikes, captured the rebel-held town".)
        let backing = |m: u32| {
            let h = c.doc.mentions[m as usize].head;
            c.head(h).is_some_and(|v| {
                c.case_of(h) == Some("by") && c.dep(v).as_str() == "acl" && c.doc.tokens[v as usize].xpos.as_str() == "VBN" && c.head(v).is_some_and(|n| sources.iter().any(|&(s, _)| c.doc.mentions[s as usize].head == n))
            })
        };
        let foreign = c.names_foreign_actor(&home, backing);
        (sources.iter().all(|&(s, _)| country(s).as_deref() == Some(home.as_str())) && !foreign).then_some(home)
    }

    /// The state a targetless act of force at verb `v` is aimed at through a place named by its
    /// holder (`held_place_country`) in an "on", "at", "against" or "into" phrase of the verb or
    /// of its object ("dropped a chlorine cylinder on the rebel-held town of Saraqeb" SYR), as a
    /// participant standing at the place's word. None when no such phrase names a held place.
    pub(super) fn aimed_held_place(&self, c: &Ctx, v: u32, sources: &[(u32, bool)]) -> Option<detente_core::Participant> {
        let preps = ["on", "at", "against", "into"];
        let mut cand = Vec::new();
        self.obliques(c, v, &preps, &mut cand);
        if let Some(o) = c.kid_exact(v, "obj") {
            self.obliques(c, o, &preps, &mut cand);
        }
        cand.into_iter().find_map(|w| {
            let country = self.held_place_country(c, w, sources)?;
            Some(detente_core::Participant { actor: detente_core::Actor::new(&country, &country), range: c.doc.tokens[w as usize].range })
        })
    }

    /// The place in the sources' own country where an act at `v` is done: named in an "in",
    /// "to", "into", "across" or "throughout" phrase of the verb or of its object ("deployed
    /// troops in Islamabad", "sent gendarmes to New Caledonia", "imposed a curfew in Kathmandu"),
    /// as a place or the country by name; with `patrol`, also inside the object a patrol patrols
    /// ("patrolled the streets of Dhaka"). None when the sources are of different or no country.
    /// Returns the place's mention.
    fn home_place(&self, c: &Ctx, v: u32, sources: &[(u32, bool)], patrol: bool) -> Option<(u32, bool)> {
        let country = |x: u32| c.doc.mentions[x as usize].actor.country.as_deref();
        let home = country(sources.first()?.0)?;
        if sources.iter().any(|&(s, _)| country(s) != Some(home)) {
            return None;
        }
        const HOME_PREPOSITIONS: &[&str] = &["in", "to", "into", "across", "throughout"];
        let mut cand = Vec::new();
        self.obliques(c, v, HOME_PREPOSITIONS, &mut cand);
        for k in c.kids(v).iter().copied().filter(|&k| c.dep(k).as_str() == "obj") {
            self.obliques(c, k, HOME_PREPOSITIONS, &mut cand);
            // (What a patrol patrols is where it is done: "patrolled the streets of Dhaka".)
            if patrol {
                cand.push(k);
                cand.extend(c.kids(k).iter().copied().filter(|&g| c.dep(g).is("nmod") && c.case_of(g) == Some("of")));
            }
        }
        let state = |pm: u32| {
            let x = &c.doc.mentions[pm as usize];
            // (The country by name only when the source is not the country itself: "In Canada,
            // British Columbia declares ..." is no act of Canada on Canada.)
            let named = x.actor.code == home && !sources.iter().any(|&(s, _)| c.doc.mentions[s as usize].actor.code == home);
            x.actor.country.as_deref() == Some(home) && (matches!(x.kind, MentionKind::Place | MentionKind::Destination) || named)
        };
        cand.into_iter().find_map(|k| self.place_where(c, k, true, &state)).map(|(_, pm)| (pm, true))
    }

    /// A target actor reached through a non-actor target noun or the verb's obliques:
    /// first a modifier of the noun with a directional preposition, then an oblique of the verb.
    /// Without `places`, a place ("in", "at" ...) is never the target: "held talks in Egypt"
    /// is no meeting with Egypt. With `place_code` (the code of the event) of a root in
    /// `place_target_roots`, a city named as a place in another country than the sources'
    /// stands for that country when no actor is found.
    pub(super) fn target_through_noun(&self, c: &Ctx, v: u32, targets: &[u32], sources: &[(u32, bool)], places: bool, place_code: Option<&str>) -> Option<(u32, bool)> {
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
        // The leader of a "-led" or "-backed" noun: "US" hung on the participle "led" in "the
        // US-led war" (before the participle, as its bare oblique or compound).
        // (Only a participle of leading or backing: "Yemen-based Houthis" names a place.)
        const LED: &[&str] = &["lead", "back", "sponsor", "support", "fund", "finance", "command"];
        let led_by = |k: u32, g: u32| {
            g < k && c.dep(k).is("amod") && c.doc.tokens[k as usize].xpos.as_str() == "VBN" && LED.contains(&c.lemma(k).to_ascii_lowercase().as_str()) && (c.dep(g).is("obl") || c.dep(g).is("compound") || c.dep(g).is("nsubj"))
        };
        // An act against a thing (disapproval, rejection, reduced relations, coercion, violence:
        // roots 11, 12, 16-20, and a claim of violence, 015) is against the one who made, used or
        // held it; a mediated, organised or backed thing is no act with its maker. (Not with no
        // code, as when a pattern's object is tried: "the ceasefire declared by the rebels"
        // names its own source.)
        let answers = place_code.is_some_and(|x| x == "015" || matches!(x.get(..2), Some("11" | "12" | "16" | "17" | "18" | "19" | "20")));
        // An investigation (root 09) is of the one who did what is investigated: "opened an
        // investigation into crimes committed by Venezuela's government" targets the government
        // (CAMEO 09x: the target is the party investigated).
        let investigated = place_code.is_some_and(|x| x.starts_with("09"));
        // In the phrase of a measure aimed at a party (`object_phrase_target_roots`: aid, yielding,
        // sanctions, coercion), the sources' own state is where the thing goes or whose deal it is,
        // no party to the act (the caller rejects a target of the source's own state, `own_state`):
        // the search goes on past it, "a tariff on steel imports into the US from Brazil" by Trump
        // aimed at Brazil. (Not of other roots: "a raid in Myawaddy, Myanmar, near the border with
        // Thailand" is no act on Thailand.)
        let home_state = |m: u32| {
            place_code.and_then(|x| x.get(..2)).is_some_and(|r| self.lexicon.object_phrase_target_roots.contains(r))
                && !sources.is_empty()
                && sources.iter().all(|&(s, _)| own_state(self.lexicon, &c.doc.mentions[s as usize].actor, &c.doc.mentions[m as usize].actor))
        };
        // The noun's own actor modifiers first: "opposes the US arms sale to Taiwan" targets the US.
        // (Not an organisation compounded with a membership noun a possessive pronoun that names
        // no actor owns: "will approve their NATO membership" is theirs, no act on NATO;
        // `Ctx::unnamed_owner`.)
        for &n in targets {
            let owned = c.unnamed_owner(n);
            for &k in c.kids(n) {
                if !(c.dep(k).is("compound") || c.dep(k).is("amod") || c.dep(k).is("nmod:poss")) || (owned && c.dep(k).is("compound")) {
                    continue;
                }
                for &g in std::iter::once(&k).chain(c.kids(k).iter()) {
                    let d = c.dep(g);
                    if g != k && !(d.is("compound") || d.is("amod") || d.is("nmod:poss") || d.is("flat") || led_by(k, g)) {
                        continue;
                    }
                    let m = c.s.mention_of[g as usize - c.base];
                    if m != NONE && usable((m, true)) {
                        return Some((m, true));
                    }
                }
                // An owner a possessive pronoun names, before the noun's own phrases, for an act
                // against the owner's thing: "criticised its military drills around Taiwan" (its =
                // Beijing), not Taiwan. (Of another country than the sources': "Iran will not give
                // its uranium to the U.S.")
                let foreign = |m: u32| {
                    let country = |x: u32| c.doc.mentions[x as usize].actor.country.clone();
                    country(m).is_some() && !sources.iter().any(|&(s, _)| country(s) == country(m))
                };
                if let Some(m) = self.pronoun_owner(c, v, k).filter(|&m| answers && usable((m, true)) && foreign(m)) {
                    return Some((m, true));
                }
            }
        }
        // The verb's own object and the nouns hanging from it: "invited Iran to a summit",
        // "raised concerns with China about the patrols".
        let objs: Vec<u32> = c.kids(v).iter().copied().filter(|&k| c.dep(k).is("obj") && !targets.contains(&k)).collect();
        // (A show of force names where its forces come "from", not whom they face: "moving troops
        // from Gaza to the northern border" is no build-up against Gaza.)
        let origin = place_code.is_some_and(|x| x.starts_with("15"));
        for (pass, preps) in [DIRECTIONAL, if places { PLACE } else { &[] }].into_iter().enumerate() {
            if pass == 1 {
                // (Not the source's own means named as armed forces of its country: "Hezbollah
                // fired rockets at ...", "rockets" taken for Lebanese forces.)
                let own_means = |m: u32| {
                    let a = &c.doc.mentions[m as usize];
                    a.kind == MentionKind::Agent && a.actor.sector.as_deref() == Some("MIL") && a.actor.country.is_some() && sources.iter().any(|&(s, _)| c.doc.mentions[s as usize].actor.country == a.actor.country)
                };
                // (Nor, for a protest, its own word read as protesters by the actor stage: "US and
                // British activists staged a protest in Beijing" is against no opposition of China;
                // the dissent is by the opposition, never against its own act.)
                let protest = place_code.is_some_and(|x| x.starts_with("14"));
                let own_act = |m: u32, o: u32| {
                    let a = &c.doc.mentions[m as usize];
                    protest && a.head == o && a.kind == MentionKind::Agent && a.actor.sector.as_deref() == Some("OPP")
                };
                for &o in &objs {
                    if let Some((m, _)) = c.mention_for(o) {
                        if usable((m, true)) && !c.is_relative_pronoun(o) && !own_means(m) && !own_act(m, o) {
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
                    if (d.is("nmod") || d.is("obl")) && !d.is("obl:agent") && !d.is("obl:tmod") && c.case_of(k).is_some_and(|p| preps.contains(&p) && !(origin && p == "from")) && !c.lower_is(k, &self.lexicon.setting_nouns) && !companion(c, k) {
                        if let Some((m, _)) = c.mention_for(k) {
                            if usable((m, true)) && !place_code.is_some_and(|x| court_forum(c, x, m)) && !home_state(m) {
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
        // With no target word found, the verb's object is the target phrase of a measure aimed at
        // a party (`object_phrase_target_roots`: aid, yielding, sanctions, coercion): "lifted a
        // travel ban imposed on Chadian citizens" (the pattern's "on" hangs on the participle, not
        // on "ban"). Not of talks or statements: "held meetings focused on Syria" is no meeting
        // with Syria.
        let measure = place_code.and_then(|x| x.get(..2)).is_some_and(|r| self.lexicon.object_phrase_target_roots.contains(r));
        let phrase = if targets.is_empty() && measure { objs.as_slice() } else { targets };
        let mut stack: Vec<(u32, u8)> = phrase.iter().filter(|&&t| !c.lower_is(t, &self.lexicon.setting_nouns)).map(|&t| (t, 0)).collect();
        let mut i = 0;
        while i < stack.len() && stack.len() < 48 {
            let (n, depth) = stack[i];
            i += 1;
            let time = c.lower_is(n, &self.lexicon.temporal_nouns);
            // The source's own side (its own name or forces) is looked into only for its nominal
            // dependents: "the withdrawal of invasion forces from Panama" targets Panama, but
            // "strikes ... in response to American service members killed in Jordan" is no strike
            // on Jordan.
            let own = n != phrase.first().copied().unwrap_or(NONE) && c.s.mention_of[n as usize - c.base] != NONE && c.doc.mentions[c.s.mention_of[n as usize - c.base] as usize].head == n;
            for &k in c.kids(n) {
                let d = c.dep(k);
                // What a parse slip hung on a time as its apposition is no part of the target phrase
                // ("exercises this month, a Jordanian official confirmed").
                if (time && d.is("appos")) || (d.is("compound") && c.unnamed_owner(n)) {
                    continue;
                }
                let nominal = d.is("nmod") || d.is("compound") || d.is("amod") || d.is("appos") || d.is("flat") || d.is("conj");
                // The doer of what the target noun names, the agent of a participle on it: "rejected
                // the offer made by Israel", "shelled positions held by the rebels".
                let maker = (answers || investigated) && depth == 1 && c.dep(n).as_str() == "acl" && c.doc.tokens[n as usize].xpos.as_str() == "VBN" && (d.as_str() == "obl:agent" || (d.as_str() == "obl" && c.case_of(k) == Some("by")));
                // (An "obl:agent" marked by another preposition than "by" is the parser's slip for
                // an oblique: "a ban imposed on Chadian citizens".)
                let agent = d.is("obl:agent") && c.case_of(k).is_none_or(|p| p == "by");
                let reduced = d.as_str() == "acl" || maker || (depth > 0 && d.is("obl") && !agent && !d.is("obl:tmod"));
                if !(nominal || reduced) || (own && reduced) || c.is_relative_pronoun(k) {
                    continue;
                }
                if !maker && d.is("obl") && c.case_of(k).is_some_and(|p| matches!(p, "by" | "after" | "before" | "during" | "since")) {
                    continue;
                }
                if !places && (d.is("nmod") || d.is("obl")) && c.case_of(k).is_some_and(|p| PLACE.contains(&p)) {
                    continue;
                }
                if c.lower_is(k, &self.lexicon.setting_nouns) {
                    continue;
                }
                let m = c.s.mention_of[k as usize - c.base];
                if m != NONE && usable((m, true)) && !place_code.is_some_and(|x| court_forum(c, x, m)) && !home_state(m) {
                    return Some((m, true));
                }
                // The leader of a nested noun before its other dependents: "assistance to the
                // US-led war against Iraq" would go to the US, not to Iraq.
                if m == NONE && !reduced {
                    if let Some(lm) = c.kids(k).iter().filter(|&&g| led_by(k, g)).map(|&g| c.s.mention_of[g as usize - c.base]).find(|&lm| lm != NONE && usable((lm, true))) {
                        return Some((lm, true));
                    }
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

    /// The occupants of place noun `n` named by a reduced relative clause of housing or sheltering
    /// on it ("two Iraqi bases housing U.S. troops", "a school sheltering displaced Palestinians"):
    /// the actor object of the participle, when it is not of the sources' own code.
    fn occupants(&self, c: &Ctx, n: u32, sources: &[(u32, bool)]) -> Option<(u32, bool)> {
        let code_of = |m: u32| c.doc.mentions[m as usize].actor.code.as_str();
        c.kids(n).iter().copied().filter(|&k| c.dep(k).as_str() == "acl" && c.doc.tokens[k as usize].xpos.as_str() == "VBG" && self.lexicon.housing_verbs.contains(&c.lemma(k).to_ascii_lowercase())).find_map(|k| {
            let (m, _) = c.mention_for(c.kid_exact(k, "obj")?)?;
            (!sources.iter().any(|&(s, _)| code_of(s) == code_of(m))).then_some((m, true))
        })
    }

    /// The actor a possessive pronoun `k` left unresolved names, for a noun in the clause of `v`:
    /// "its" the sentence's first actor before it ("Beijing hit back after U.S. officials
    /// criticised its drills"), "his"/"her" the subject of a clause above `v` ("Petro threatened
    /// ... after the ambassador criticised his comments"). None for any other word, or one the
    /// resolver already gave a mention.
    fn pronoun_owner(&self, c: &Ctx, v: u32, k: u32) -> Option<u32> {
        if !c.dep(k).is("nmod:poss") || c.doc.tokens[k as usize].upos != Upos::Pron || c.s.mention_of[k as usize - c.base] != NONE {
            return None;
        }
        match c.doc.token_text(k as usize).to_ascii_lowercase().as_str() {
            "its" => (c.base as u32..k).map(|w| c.s.mention_of[w as usize - c.base]).find(|&m| m != NONE && !matches!(c.doc.mentions[m as usize].kind, MentionKind::Place | MentionKind::Destination | MentionKind::Pronoun)),
            "his" | "her" => {
                let mut a = c.head(v);
                for _ in 0..4 {
                    let x = a?;
                    if let Some(s) = c.kids(x).iter().copied().find(|&s| c.dep(s).as_str() == "nsubj") {
                        return c.mention_for(s).map(|(m, _)| m).filter(|&m| matches!(c.doc.mentions[m as usize].kind, MentionKind::Name | MentionKind::Title));
                    }
                    a = c.head(x);
                }
                None
            }
            _ => None,
        }
    }

    /// The subject of `v`, following control, coordination and relative clauses.
    pub(super) fn subject(&self, c: &Ctx, v: u32, depth: u8) -> Option<(u32, bool)> {
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
                // A document that names no actor speaks for its author: "issued a report that
                // calls on the government to act" (`document_author`).
                let document = c.head(v).filter(|&h| c.lower_is(h, &self.lexicon.document_nouns) && c.mention_for(h).is_none());
                if let Some(author) = document.filter(|_| depth <= 3).and_then(|h| self.document_author(c, v, h, depth)) {
                    return Some(author);
                }
                return c.head(v).map(|h| (h, false));
            }
            // "granted asylum to Evo Morales, who resigned on Sunday": a non-restrictive relative
            // clause the parse hung elsewhere still has the actor named just before its comma
            // (English usage: ", who" opens a relative clause on the person before it).
            let before = |k: u32| (k as usize) >= c.base + 2 && c.doc.token_text(k as usize - 1) == "," && c.s.mention_of[k as usize - 2 - c.base] != NONE;
            if c.lemma(s).eq_ignore_ascii_case("who") && !c.dep(v).is("acl:relcl") && before(s) {
                return Some((s - 2, false));
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
        // country to recognize Somaliland", "Israel is the first country to". Only for the
        // infinitive itself, not a clause reached through it ("... to sign X, securing funds to
        // support the military" is no act of the subject on its own military).
        if depth == 0 && d.as_str() == "acl" && c.doc.tokens[v as usize].xpos.as_str() == "VB" && c.kids(v).iter().any(|&k| c.dep(k).is("mark") && c.lemma(k) == "to") && c.doc.tokens[h as usize].upos == Upos::Noun && c.mention_for(h).is_none() {
            if c.kids(h).iter().any(|&k| c.dep(k).is("cop")) {
                return self.subject(c, h, depth + 1).map(|(s, _)| (s, true));
            }
            if let Some(g) = c.head(h).filter(|_| c.dep(h).is("obj") || c.dep(h).is("xcomp")) {
                if matches!(c.lemma(g), "become" | "remain") || self.lexicon.light_verbs.contains(c.lemma(g)) {
                    return self.subject(c, g, depth + 1).map(|(s, _)| (s, true));
                }
            }
        }
        if let Some(g) = self.time_gap_clause(c, v, h) {
            // "Iran warned Israel, hours before launching drones at Israeli territory": the
            // clause the time word measures from has the doer.
            return self.subject(c, g, depth + 1).map(|(s, _)| (s, true));
        }
        if let Some(r) = trailing_participle_clause(c, v, h).or_else(|| self.speech_past_relative(c, v, h)).or_else(|| self.speech_on_noun(c, v, h)) {
            // "Modi landed in Warsaw, the first visit ... in 45 years, before travelling on to
            // Kyiv": a participle after a comma that the parse hung on a noun or adjective of the
            // clause modifies the main clause and has its subject.
            return self.subject(c, r, depth + 1).map(|(s, _)| (s, true));
        }
        if d.is("conj") || (d.is("advcl") && !c.doc.tokens[v as usize].xpos.as_str().starts_with("VBD")) {
            if c.is_passive(h) && !d.is("conj") {
                // (A verbal act's "-ing" clause after a comma on a reported passive with no agent is
                // the reporter's: "The UAE says two vessels were attacked in the Strait of Hormuz,
                // accusing Iran of being behind the attacks" (`reported_passive_speaker`).)
                return self.reported_passive_speaker(c, v, h).and_then(|r| self.subject(c, r, depth + 1)).map(|(s, _)| (s, true));
            }
            // A past verb hung as a conjunct on a present reporting verb belongs to the reported
            // clause, a parse slip: "Russian media reports that police raided the office and
            // arrested several employees" (the police arrested, not the media).
            if d.is("conj") && c.doc.tokens[v as usize].xpos.as_str() == "VBD" && matches!(c.doc.tokens[h as usize].xpos.as_str(), "VBZ" | "VBP") && self.lexicon.reporting_heads.contains(c.lemma(h)) {
                if let Some(r) = c.kids(h).iter().copied().find(|&k| c.dep(k).is("ccomp") && k < v && c.doc.tokens[k as usize].xpos.as_str() == "VBD") {
                    return self.subject(c, r, depth + 1);
                }
            }
            return self.subject(c, h, depth + 1).map(|(s, _)| (s, true));
        }
        // An "-ing" clause set off by a comma that the parse hung on the predicate noun of a
        // copular clause has that clause's subject (a supplementive clause, CGEL ch. 14): "Germany
        // has been the second-largest donor, contributing $46 million to the Iraq Humanitarian Fund".
        if d.as_str() == "acl" && c.doc.tokens[v as usize].xpos.as_str() == "VBG" && c.kids(h).iter().any(|&k| c.dep(k).is("cop")) && set_off_by_comma(c, v) {
            return self.subject(c, h, depth + 1).map(|(s, _)| (s, true));
        }
        // "Turkey issued a statement condemning Israel": the participle of a document noun speaks
        // for its author (`document_author`).
        if d.as_str() == "acl" && c.doc.tokens[v as usize].xpos.as_str() == "VBG" && c.lower_is(h, &self.lexicon.document_nouns) {
            return self.document_author(c, v, h, depth);
        }
        None
    }

    /// The author a document noun `h` speaks for in the clause `v` on it (a participle, "issued a
    /// statement condemning Israel", or a relative clause, "issued a report that calls on the
    /// government"): the noun's possessor ("Turkey's statement condemning") or the subject of the
    /// verb of issuing (`document_verbs`) it is the object of.
    fn document_author(&self, c: &Ctx, v: u32, h: u32, depth: u8) -> Option<(u32, bool)> {
        if let Some(p) = c.kids(h).iter().copied().find(|&k| c.dep(k).is("nmod:poss") && c.mention_for(k).is_some()) {
            return Some((p, true));
        }
        if c.dep(h).is("obj") && c.head(h).is_some_and(|g| self.lexicon.document_verbs.contains(c.lemma(g))) {
            let author = self.subject(c, c.head(h)?, depth + 1).map(|(s, _)| (s, true))?;
            // A law's content speaks for its legislator only when it names a party abroad:
            // "passed a law banning UNRWA" (ISR > UNRWA), not "a bill banning social media for
            // children" (a domestic rule, no event).
            if c.lower_is(h, &self.lexicon.law_nouns) && !self.names_party_abroad(c, v, author.0) {
                return None;
            }
            return Some(author);
        }
        None
    }

    /// The reporting verb whose speaker does the verbal act of the "-ing" clause `v` (accusing,
    /// blaming, calling: `verbal_act`) that the parse hung, after a comma, on the passive verb `h`
    /// of the reported clause, when that passive names no agent: the passive's subject suffers the
    /// act and no one else in the clause can speak ("The UAE says two vessels were attacked in
    /// the Strait of Hormuz, accusing Iran of being behind the attacks").
    fn reported_passive_speaker(&self, c: &Ctx, v: u32, h: u32) -> Option<u32> {
        if c.doc.tokens[v as usize].xpos.as_str() != "VBG" || !self.verbal_act(c, v) || !c.dep(h).is("ccomp") || v < h {
            return None;
        }
        if c.kids(h).iter().any(|&k| c.dep(k).is("obl:agent") || (c.dep(k).is("obl") && c.case_of(k) == Some("by"))) {
            return None;
        }
        if !set_off_by_comma(c, v) {
            return None;
        }
        c.head(h).filter(|&r| c.doc.tokens[r as usize].upos == Upos::Verb && c.lower_is(r, &self.lexicon.reporting_heads))
    }

    /// The one an intent in the content clause `v` of a reporting verb (`coder.toml`
    /// `reporting_heads`: promise, tell, assure, inform) is announced to, with the actors
    /// coordinated with it: the verb's actor object when the intent is the reporter's own (its
    /// source, `sources`, is the reporter). "Mali's junta promised ECOWAS that it would hand power
    /// to civilians" is a commitment to ECOWAS, not an act on the civilians (CAMEO root 03: the
    /// intent is expressed to its target). Empty when the verb names no other actor as object.
    pub(super) fn commitment_addressee(&self, c: &Ctx, v: u32, sources: &[(u32, bool)]) -> Vec<(u32, bool)> {
        let code_of = |m: u32| c.doc.mentions[m as usize].actor.code.as_str();
        let Some(h) = c.head(v).filter(|&h| c.is_content_clause(v) && self.lexicon.reporting_heads.contains(c.lemma(h))) else {
            return Vec::new();
        };
        let Some((reporter, _)) = self.subject(c, h, 0).and_then(|(k, _)| c.mention_for(k)) else {
            return Vec::new();
        };
        if !sources.iter().any(|&(s, _)| code_of(s) == code_of(reporter)) {
            return Vec::new();
        }
        let addressee = c.kids(h).iter().copied().filter(|&k| k != v && (c.dep(k).is("obj") || c.dep(k).is("iobj")) && !c.is_relative_pronoun(k)).find_map(|k| c.mention_for(k)).filter(|&(a, _)| code_of(a) != code_of(reporter));
        addressee.map(|(a, _)| with_coordinated(c, a, false)).unwrap_or_default()
    }

    /// The verb of the clause a subjectless "-ing" clause `v` after "before" or "after" is timed
    /// from, when the parse hung `v` on `h`, a unit of time measuring the gap (`coder.toml`
    /// `duration_nouns`): "Iran warned Israel, hours before launching drones" (launching hung on
    /// "hours", itself on "warned"); the nearest verb above `h`.
    fn time_gap_clause(&self, c: &Ctx, v: u32, h: u32) -> Option<u32> {
        let timed = c.kids(v).iter().any(|&k| c.dep(k).is("mark") && matches!(c.lemma(k).to_ascii_lowercase().as_str(), "before" | "after"));
        if !(c.dep(v).is("acl") || c.dep(v).is("advcl")) || c.doc.tokens[v as usize].xpos.as_str() != "VBG" || !timed || !c.lower_is(h, &self.lexicon.duration_nouns) || c.kid(v, "nsubj").is_some() {
            return None;
        }
        let mut x = h;
        for _ in 0..4 {
            x = c.head(x)?;
            if c.doc.tokens[x as usize].upos == Upos::Verb {
                return Some(x);
            }
        }
        None
    }

    /// The main verb a verbal act's subjectless "-ing" clause `v` belongs to when the parse hung
    /// it, after a comma, on the verb `h` of a relative clause whose noun is no actor: "Protesters
    /// demanded the resignation of senior officials over the nightclub fire that killed 59 people,
    /// accusing the government of tolerating corruption" (the protesters accuse, not the fire),
    /// "... would name and shame those who blocked reforms, accusing the political class of
    /// betraying the country". A sentence-final participle set off by a comma modifies the main
    /// clause, not a restrictive relative clause; only a verbal act (`verbal_act`: accusing,
    /// blaming, calling), which a thing or an unnamed "those" does not do. (The relative clause's
    /// own act keeps its noun: "a fire that killed 59 people, injuring 100".)
    fn speech_past_relative(&self, c: &Ctx, v: u32, h: u32) -> Option<u32> {
        if !c.dep(h).is("acl:relcl") || c.doc.tokens[h as usize].upos != Upos::Verb || !self.verbal_act(c, v) {
            return None;
        }
        let n = c.head(h).filter(|&n| c.mention_for(n).is_none())?;
        if !c.dep(v).is("advcl") || c.doc.tokens[v as usize].xpos.as_str() != "VBG" || v < h {
            return None;
        }
        main_verb_after_comma(c, v, n)
    }

    /// The main verb a verbal act's "-ing" clause `v` belongs to when the parse hung it, after a
    /// comma, as a participle on a noun `h` that names no actor: "Trump threatened to demand that
    /// Panama hand back control of the canal, accusing the Central American country of charging
    /// excessive fees" (Trump accuses, not the control). A sentence-final participle set off by a
    /// comma is a free adjunct of the main clause; only a verbal act (`verbal_act`: accusing,
    /// blaming, calling), which a thing does not do.
    ///
    /// So is such a clause led by a subordinator, comma or none: "agreed to deploy a joint military
    /// group after accusing Ukraine of planning an attack" (CGEL ch. 8, a preposition with a
    /// gerund-participial complement is an adjunct of the clause, never of a noun).
    fn speech_on_noun(&self, c: &Ctx, v: u32, h: u32) -> Option<u32> {
        let noun = matches!(c.doc.tokens[h as usize].upos, Upos::Noun | Upos::Propn);
        if c.dep(v).as_str() != "acl" || c.doc.tokens[v as usize].xpos.as_str() != "VBG" || v < h || !noun || c.s.mention_of[h as usize - c.base] != NONE || !self.verbal_act(c, v) {
            return None;
        }
        let subordinate = c.kids(v).iter().any(|&k| k < v && c.dep(k).is("mark") && super::reported::TIME_MARKS.contains(&c.lemma(k).to_ascii_lowercase().as_str()));
        main_verb_after_comma(c, v, h).or_else(|| if subordinate { main_verb_above(c, v, h) } else { None })
    }

    /// Source and target of a state act named by noun `n` in an "under" oblique ("was put under
    /// investigation in Italy", "placed him under arrest"): for a passive, the agent (or the
    /// country it was done in) and the passive subject; else the subject and the object.
    pub(super) fn put_under(&self, c: &Ctx, n: u32) -> Option<(u32, u32)> {
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
            // (The place may hang on the act's noun: "was put under investigation in France".)
            let s = c.kids(h).iter().copied().find(|&k| c.dep(k).is("obl:agent") || (c.dep(k).is("obl") && c.case_of(k) == Some("by"))).or_else(|| self.state_place(c, h)).or_else(|| self.state_place(c, n))?;
            return Some((s, t));
        }
        if c.lemma(h) == "come" {
            // "came under investigation in Italy": the subject is the one investigated.
            let (t, _) = self.subject(c, h, 0)?;
            let mut by = Vec::new();
            self.obliques(c, n, &["by".to_string()], &mut by);
            return Some((by.first().copied().or_else(|| self.state_place(c, h)).or_else(|| self.state_place(c, n))?, t));
        }
        let t = c.kid_exact(h, "obj")?;
        let (s, _) = self.subject(c, h, 0)?;
        Some((s, t))
    }

    /// The control noun `v` is the "to"-infinitive of ("Russia's decision to expel"), if any.
    pub(super) fn control_noun_of(&self, c: &Ctx, v: u32) -> Option<u32> {
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
    pub(super) fn adjacent_subject(&self, c: &Ctx, v: u32) -> Option<u32> {
        if !(matches!(c.doc.tokens[v as usize].xpos.as_str(), "VBD" | "VBZ" | "VBP") || c.is_mistagged_verb(v)) || c.kids(v).iter().any(|&k| c.dep(k).is("nsubj") || c.dep(k).is("csubj") || c.dep(k).is("expl")) {
            return None;
        }
        let t = self.word_before(c, v)?;
        // Not the object of a preposition: "the Red Cross operating in Iraq said".
        let in_phrase = c.kids(t).iter().any(|&k| c.dep(k).is("case")) || c.dep(t).is("obl") || c.dep(t).is("nmod");
        (c.s.mention_of[t as usize - c.base] != NONE && !c.is_relative_pronoun(t) && !in_phrase).then_some(t)
    }

    /// The nominal right before clause `v` (past adverbs and time words) when it carries a
    /// preposition: a subordinator the parser took for the preposition of the clause's subject.
    pub(super) fn adjacent_subject_marked(&self, c: &Ctx, v: u32) -> Option<u32> {
        let t = self.word_before(c, v)?;
        (matches!(c.doc.tokens[t as usize].upos, Upos::Noun | Upos::Propn) && c.mention_for(t).is_some()).then_some(t)
    }

    /// The nearest word of the sentence before `v` that is not an adverb, auxiliary, particle or
    /// time word: where a subject the parser missed stands.
    fn word_before(&self, c: &Ctx, v: u32) -> Option<u32> {
        (c.base as u32..v).rev().find(|&t| {
            let tok = &c.doc.tokens[t as usize];
            !(matches!(tok.upos, Upos::Adv | Upos::Aux | Upos::Part) || c.lower_is(t, &self.lexicon.temporal_nouns))
        })
    }

    /// The agent of a light verb's participle on event noun `n`, with the participle: "a drone
    /// strike launched by the RSF", "sanctions imposed by the US", "an attack claimed by ISIS".
    pub(super) fn participle_agent(&self, c: &Ctx, n: u32) -> Option<(u32, u32)> {
        c.kids(n)
            .iter()
            .copied()
            .filter(|&k| c.dep(k).as_str() == "acl" && c.doc.tokens[k as usize].xpos.as_str() == "VBN" && (self.lexicon.light_verbs.contains(c.lemma(k)) || c.lemma(k) == "claim"))
            .find_map(|k| c.kids(k).iter().copied().find(|&g| c.dep(g).is("obl:agent") || (c.dep(g).is("obl") && c.case_of(g) == Some("by"))).map(|a| (a, k)))
    }

    /// The subject of a finite clause the parse hung on the main verb with its subordinator taken
    /// for the preposition of that subject: "were killed after gunmen attacked a church", parsed
    /// "killed after gunmen" + "attacked" as a complement or conjunct of "killed".
    pub(super) fn slipped_clause_subject(&self, c: &Ctx, v: u32) -> Option<u32> {
        let d = c.dep(v);
        if !(d.is("xcomp") || d.is("conj") || d.is("advcl")) || !matches!(c.doc.tokens[v as usize].xpos.as_str(), "VBD" | "VBZ" | "VBP") || c.kids(v).iter().any(|&k| c.dep(k).is("nsubj") || c.dep(k).is("expl")) {
            return None;
        }
        let s = self.adjacent_subject_marked(c, v)?;
        let marked = c.kids(s).iter().any(|&g| c.dep(g).is("case") && matches!(c.lemma(g).to_ascii_lowercase().as_str(), "after" | "as" | "when" | "while" | "before"));
        (marked && c.dep(s).is("obl") && c.head(s) == c.head(v)).then_some(s)
    }

    /// The one helped by support or aid given for a purpose: the actor object of a `to`-infinitive
    /// adverbial of `v` or of a clause on its object ("donated ventilators to assist Ethiopia",
    /// "sent money to help the refugees"). Returns the clause and the target token.
    pub(super) fn purpose_target(&self, c: &Ctx, v: u32) -> Option<(u32, u32)> {
        self.purpose_clauses(c, v).into_iter().find_map(|x| {
            let o = c.kid_exact(x, "obj").or_else(|| c.kid(x, "iobj"))?;
            (c.mention_for(o).is_some_and(|(_, via)| !via) && !c.is_relative_pronoun(o)).then_some((x, o))
        })
    }

    /// The recipient of aid given for a purpose in a place: the country (of another country than
    /// the giver `src`'s) named in an "in" phrase of a purpose clause of `v` (`purpose_clauses`) or
    /// of its object ("gave 352.5 million euros to promote private investment and sustainable
    /// economic development in Ethiopia", "provided more than $400 million to promote freedom and
    /// democracy in Cuba"). Aid for a purpose in a country goes to that country. Returns the
    /// clause and the place's token.
    /// (A giver of unknown country takes any country named there.)
    pub(super) fn purpose_place(&self, c: &Ctx, v: u32, src: Option<u32>) -> Option<(u32, u32)> {
        let src_country = src.and_then(|s| c.mention_for(s)).and_then(|(m, _)| c.doc.mentions[m as usize].actor.country.as_deref());
        let abroad = |m: u32| c.doc.mentions[m as usize].actor.country.as_deref().is_some_and(|y| src_country.is_none_or(|s| s != y));
        let inn = ["in"];
        self.purpose_clauses(c, v).into_iter().find_map(|x| {
            let mut phrases = Vec::new();
            self.obliques(c, x, &inn, &mut phrases);
            let mut objects = Vec::new();
            if let Some(o) = c.kid_exact(x, "obj") {
                c.with_conjuncts(o, &mut objects);
            }
            for o in objects {
                self.obliques(c, o, &inn, &mut phrases);
            }
            phrases.into_iter().find_map(|k| self.place_where(c, k, false, &abroad)).map(|(k, _)| (x, k))
        })
    }

    /// The purpose clauses of `v`: its `to`-infinitive adverbials and those on its object (through
    /// the object's "of" phrases and conjuncts): "sent money to help the refugees", "provided $1.7
    /// billion in humanitarian assistance to support Syrian refugees".
    fn purpose_clauses(&self, c: &Ctx, v: u32) -> Vec<u32> {
        let infinitive = |k: u32| c.doc.tokens[k as usize].xpos.as_str() == "VB" && c.to_marked(k);
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
        clauses
    }

    /// The verb a meeting noun `n` states the purpose of, with the one met there when the verb's
    /// object (or the object `n` hangs from) is an actor: "joined Zarif for a meeting", "will
    /// gather for a meeting", "join Trump and Abe for talks" (parsed under "Abe"), "led a
    /// delegation on a visit". Not after an evaluating verb ("criticized X for talks with Y").
    pub(super) fn purpose_head(&self, c: &Ctx, n: u32) -> Option<(u32, Option<u32>)> {
        let d = c.dep(n);
        let h = c.head(n)?;
        let is_verb = |v: u32| c.doc.tokens[v as usize].upos == Upos::Verb && !self.lexicon.content_heads.contains(c.lemma(v)) && !self.lexicon.request_heads.contains(c.lemma(v));
        // A meeting or visit with no owner in a fronted adverbial phrase of time is the
        // main clause's subject's: "During a phone call with Trump, Putin offered ...", "Following
        // a call with Trump, Trudeau said ...", "During a state visit to Beijing, Sharif announced".
        // (Only in front of the clause's subject: a phrase after the verb may be anyone's. Any verb,
        // a reporting one too: the speaker is the one who held the call.)
        if matches!(c.case_of(n).map(str::to_ascii_lowercase).as_deref(), Some("during" | "following" | "follow" | "after" | "at" | "in"))
            && d.is("obl")
            && !d.is("obl:tmod")
            && !d.is("obl:agent")
            && c.doc.tokens[h as usize].upos == Upos::Verb
            && c.kids(h).iter().any(|&k| c.dep(k).as_str() == "nsubj" && k > n && c.mention_for(k).is_some() && !c.is_relative_pronoun(k))
        {
            return Some((h, None));
        }
        // After the verb, a meeting in a phrase of time is the subject's only when it names its
        // counterpart with "with": "Belarus releases 52 prisoners following negotiations with the
        // United States", "Trudeau announces tariffs after a call with Trump" (the parse may hang
        // the phrase on the verb's object). The subject stands before the phrase and is an actor.
        // Not for force, done while others talk: "Israel struck Gaza during a meeting with Trump",
        // "launched strikes on Gaza after talks with Egypt".
        if occasion_phrase(c, n)
            && c.kids(n).iter().any(|&k| c.dep(k).is("nmod") && c.case_of(k).is_some_and(|x| x.eq_ignore_ascii_case("with")) && c.mention_for(k).is_some())
        {
            let verb = if d.is("obl") && !d.is("obl:tmod") && !d.is("obl:agent") {
                Some(h)
            } else if d.is("nmod") && c.dep(h).is("obj") {
                c.head(h)
            } else {
                None
            };
            // (A verb is violent by a pattern whose object words, if any, it has: "release
            // prisoners" is no release of a chemical agent.)
            let objs: Vec<u32> = verb.map(|v| c.kids(v).iter().copied().filter(|&k| c.dep(k).is("obj")).collect()).unwrap_or_default();
            let violent_verb = |v: u32| {
                self.patterns.verb_patterns(c.lemma(v)).iter().map(|&id| self.patterns.get(id)).any(|p| super::harm::violent(p) && (p.objects.is_empty() || objs.iter().any(|&k| c.lemma_among(k, &p.objects))))
            };
            let violent_noun = |k: u32| self.patterns.noun_patterns(c.lemma(k)).iter().any(|&id| super::harm::violent(self.patterns.get(id)));
            let force = |v: u32| violent_verb(v) || objs.iter().any(|&k| violent_noun(k));
            if let Some(v) = verb.filter(|&v| c.doc.tokens[v as usize].upos == Upos::Verb && !force(v)) {
                if c.kids(v).iter().any(|&k| c.dep(k).as_str() == "nsubj" && k < n && c.mention_for(k).is_some() && !c.is_relative_pronoun(k)) {
                    return Some((v, None));
                }
            }
        }
        if !matches!(c.case_of(n), Some("for" | "on")) {
            return None;
        }
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

    /// The actor leading or claiming the act named by noun `n`: "the Russian-led offensive", "a
    /// Taliban-claimed car bomb" (a participle "led" or "claimed" after a hyphen, with the actor as
    /// its modifier).
    pub(super) fn led_by(&self, c: &Ctx, n: u32) -> Option<u32> {
        c.kids(n).iter().copied().filter(|&k| (c.dep(k).is("amod") || c.dep(k).is("compound") || c.dep(k).as_str() == "acl") && matches!(c.doc.token_text(k as usize).to_ascii_lowercase().as_str(), "led" | "claimed") && k > c.base as u32 && c.doc.token_text(k as usize - 1) == "-").find_map(|k| {
            c.kids(k).iter().copied().find(|&g| g < k && (c.dep(g).is("compound") || c.dep(g).is("amod") || c.dep(g).is("nmod") || c.dep(g).is("obl") || c.dep(g).is("nmod:poss")) && c.mention_for(g).is_some())
        })
    }

    /// The place of a targetless act when it is a country other than the source's: an `in`
    /// oblique of `v`, of its light-verb object `obj`, or of another oblique of `v` ("at a jail in
    /// Israel"); with `places`, also a city named as a place (an act of violence: "shelled targets
    /// in Jericho"). None when the source is unknown or the place is the source's own country.
    /// Returns the place's token and its mention.
    pub(super) fn locative_target(&self, c: &Ctx, v: u32, obj: Option<u32>, src: Option<u32>, places: bool) -> Option<(u32, u32)> {
        let src_country = c.doc.mentions[c.mention_for(src?)?.0 as usize].actor.country.as_deref()?;
        let inn = ["in".to_string(), "across".to_string()];
        let mut cand = Vec::new();
        self.obliques(c, v, &inn, &mut cand);
        for &k in c.kids(v).iter().chain(obj.iter()) {
            let d = c.dep(k);
            if k == obj.unwrap_or(NONE) || ((d.is("obl") || d.is("obj")) && !d.is("obl:agent") && !d.is("obl:tmod")) {
                self.obliques(c, k, &inn, &mut cand);
            }
        }
        cand.into_iter().find_map(|k| self.place_country(c, k, src_country, places))
    }

    /// The actor or (with `places`) the city named as a place at place phrase `k`, when its
    /// country is not `src_country`. An unknown place names its country further on: "in
    /// Ad-Doueir, Tibnin and Shebaa in southern Lebanon", "in Chernechchyna, Sumy Oblast, Ukraine"
    /// (through a name's conjuncts and appositions and any word's own "in" phrase; not past a place
    /// already known). Returns the place's token and its mention.
    fn place_country(&self, c: &Ctx, k: u32, src_country: &str, places: bool) -> Option<(u32, u32)> {
        self.place_where(c, k, places, &|m| c.doc.mentions[m as usize].actor.country.as_deref().is_some_and(|y| y != src_country))
    }

    /// The actor or (with `places`) the city named as a place at place phrase `k` (searched as
    /// `place_country` does), when its mention passes `keep`. Returns the place's token and its
    /// mention.
    fn place_where(&self, c: &Ctx, k: u32, places: bool, keep: &dyn Fn(u32) -> bool) -> Option<(u32, u32)> {
        c.search_down(k, 16, |x, depth, queue| {
            let m = c.s.mention_of[x as usize - c.base];
            let m = if m != NONE { Some(m) } else if places { c.place_at(x) } else { None };
            if let Some(m) = m {
                // A place with its country in apposition is in that country, whatever a namesake
                // elsewhere took it for: "an attack on Tripoli, Lebanon".
                let is_country = |y: u32| {
                    let a = &c.doc.mentions[y as usize].actor;
                    a.country.as_deref() == Some(a.code.as_str())
                };
                let named_country = c.kids(x).iter().copied().filter(|&g| c.dep(g).is("appos")).find_map(|g| {
                    let gm = c.s.mention_of[g as usize - c.base];
                    (gm != NONE && is_country(gm)).then_some((g, gm))
                });
                if let Some((g, gm)) = named_country.filter(|&(_, gm)| c.doc.mentions[gm as usize].actor.country != c.doc.mentions[m as usize].actor.country) {
                    return keep(gm).then_some((g, gm));
                }
                return keep(m).then_some((x, m));
            }
            if depth < 3 {
                // (A common noun only through its own "in" phrase: "in a village in Ukraine", not
                // an apposition a parse slip hung on it, "in a strike, according to the Governor".)
                let name = c.doc.tokens[x as usize].upos == Upos::Propn;
                // (And a country named as the possessor of a place: "in Iran's Sistan-Baluchestan
                // province", "in Russia's Kursk region".)
                let owner = |g: u32| c.dep(g).is("nmod:poss") && c.doc.tokens[g as usize].upos == Upos::Propn && c.mention_for(g).is_some_and(|(m, _)| {
                    let a = &c.doc.mentions[m as usize].actor;
                    a.country.as_deref() == Some(a.code.as_str())
                });
                let deeper = c.kids(x).iter().copied().filter(|&g| {
                    let d = c.dep(g);
                    (name && (d.is("conj") || d.is("appos") || d.is("flat"))) || (d.is("nmod") && c.case_of(g) == Some("in")) || owner(g)
                });
                queue.extend(deeper.map(|g| (g, depth + 1)));
            }
            None
        })
    }

    /// The place of an act of violence named inside its victims' phrase, in another country than
    /// the source's: "kill at least nine people, including two paramedics, in southern Lebanon",
    /// "kills 24 people collecting their pensions in Yarova, Donetsk Oblast, Ukraine" (an "in" or
    /// "across" phrase hung on a word of the phrase, down to four levels; an attack named in such a
    /// phrase by its own place, `act_place`). Returns the place's token and its mention.
    pub(super) fn victims_place(&self, c: &Ctx, victims: u32, src: u32) -> Option<(u32, u32)> {
        let src_country = c.doc.mentions[c.mention_for(src)?.0 as usize].actor.country.as_deref()?;
        c.search_down(victims, 32, |x, depth, queue| {
            for &k in c.kids(x) {
                let d = c.dep(k);
                if !(d.is("nmod") || d.is("conj") || d.is("appos") || d.as_str() == "acl" || d.is("obj") || (d.is("obl") && !d.is("obl:agent") && !d.is("obl:tmod"))) {
                    continue;
                }
                if matches!(c.case_of(k), Some("in" | "across")) {
                    if let Some(found) = self.place_country(c, k, src_country, true) {
                        return Some(found);
                    }
                    // (Or an attack the phrase says they were hit in, by its own place: "kills
                    // three people and injures 13 others in an attack on Tripoli, Lebanon".)
                    if self.patterns.noun_patterns(c.lemma(k)).iter().any(|&id| violent(self.patterns.get(id))) {
                        if let Some(found) = self.act_place(c, k, src) {
                            return Some(found);
                        }
                    }
                } else if depth < 4 {
                    queue.push((k, depth + 1));
                }
            }
            None
        })
    }

    /// The place an act of violence named by noun `n` was done, in another country than the
    /// source's: its "in", "on", "at" or "against" phrase ("a strike on Tripoli, Lebanon") or a
    /// place deeper inside the phrase, as `victims_place` finds it ("a strike on a business park in
    /// Bohodukhiv, Kharkiv Oblast"). Returns the place's token and its mention.
    fn act_place(&self, c: &Ctx, n: u32, src: u32) -> Option<(u32, u32)> {
        let src_country = c.doc.mentions[c.mention_for(src)?.0 as usize].actor.country.as_deref()?;
        let mut cand = Vec::new();
        self.obliques(c, n, &["in", "across", "on", "against", "at", "near"], &mut cand);
        cand.into_iter().find_map(|k| self.place_country(c, k, src_country, true)).or_else(|| self.victims_place(c, n, src))
    }

    /// A target inside the clausal complement of `v` (xcomp, ccomp or a `to`-infinitive parsed as a
    /// conjunct): an actor oblique with one of `preps`, the object or indirect object, an actor
    /// oblique with a directional preposition, or an object noun an actor hangs from. Returns the
    /// complement and the target token.
    pub(super) fn complement_target(&self, c: &Ctx, v: u32, preps: &[String]) -> Option<(u32, u32)> {
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
            if let Some(k) = self.clause_target(c, x, preps) {
                return Some((x, k));
            }
        }
        None
    }

    /// The first pattern of verb `h` whose code begins with `code`, a reduce-relations code ("16" for root
    /// 16, "161" for a cut in diplomatic relations), by its lemma or, when the lemma has none, by
    /// its inflected form ("severed" lemmatized "severe"); None when it has none.
    pub(super) fn relations_cut(&self, c: &Ctx, h: u32, code: &str) -> Option<&Pattern> {
        let ids = match self.patterns.verb_patterns(c.lemma(h)) {
            [] => self.patterns.verb_patterns_by_form(c.doc.token_text(h as usize)),
            ids => ids,
        };
        ids.iter().map(|&id| self.patterns.get(id)).find(|q| q.code.starts_with(code))
    }

    /// The party of the cut in relations (root 16) that clause verb `v`, a cut with no party of its
    /// own, is set beside by a subordinator of parallel acts (`coder.toml` `parallel_marks`):
    /// "Bolivia severed diplomatic ties with Israel, while Chile and Colombia recalled their
    /// ambassadors" (the recall is aimed at Israel). Returns (the parallel verb, the party's word).
    /// Only a cut beside a cut: "Russia invaded Ukraine, while Chile recalled its ambassador" names
    /// no party of the recall.
    pub(super) fn parallel_cut_target(&self, c: &Ctx, v: u32) -> Option<(u32, u32)> {
        let d = c.dep(v);
        if !(d.is("conj") || d.is("advcl")) || !c.kids(v).iter().any(|&k| c.dep(k).is("mark") && c.lower_is(k, &self.lexicon.parallel_marks)) {
            return None;
        }
        let h = c.head(v)?;
        let cut = self.relations_cut(c, h, "16")?;
        // (Named inside the object first, before a reason: "severed diplomatic ties with Israel
        // over its military offensive".)
        let inside = c.kid_exact(h, "obj").filter(|&o| c.mention_for(o).is_none()).and_then(|o| self.target_through_noun(c, h, &[o], &[], false, None));
        if let Some((f, _)) = inside {
            return Some((h, c.doc.mentions[f as usize].head));
        }
        let k = self.clause_target(c, h, &cut.preps)?;
        c.mention_for(k).is_some().then_some((h, k))
    }

    /// The word naming the actor that the act of clause verb `x` is done to: an oblique with one
    /// of `preps`, else its object or indirect object, else an oblique of direction ("to",
    /// "against", "on" ...), else an object whose phrase names an actor ("cut off electricity to
    /// Nakhichevan").
    fn clause_target(&self, c: &Ctx, x: u32, preps: &[String]) -> Option<u32> {
        const DIRECTIONAL: &[&str] = &["to", "against", "on", "for", "with", "toward", "towards", "into", "from", "over"];
        let mut obl = Vec::new();
        self.obliques(c, x, preps, &mut obl);
        if let Some(&o) = obl.iter().find(|&&o| c.mention_for(o).is_some()) {
            return Some(o);
        }
        let obj = c.kid_exact(x, "obj").or_else(|| c.kid(x, "obj"));
        if let Some(k) = [obj, c.kid(x, "iobj")].into_iter().flatten().find(|&k| c.mention_for(k).is_some() && !c.is_relative_pronoun(k)) {
            return Some(k);
        }
        let directional = c.kids(x).iter().copied().find(|&k| {
            let d = c.dep(k);
            d.is("obl") && !d.is("obl:agent") && !d.is("obl:tmod") && c.case_of(k).is_some_and(|p| DIRECTIONAL.contains(&p)) && c.mention_for(k).is_some()
        });
        directional.or_else(|| obj.filter(|&o| self.target_through_noun(c, x, &[o], &[], true, None).is_some()))
    }

    /// True when verb `h` lends its subject (or passive agent) to the event noun `n` that
    /// depends on it: the object of a light verb ("launched strikes"), its passive subject
    /// ("talks were held"), or an oblique of a listed verb (+ object) + preposition ("agreed to a
    /// ceasefire", "took part in the riot").
    pub(super) fn lends_subject(&self, c: &Ctx, n: u32, h: u32) -> bool {
        let lex = self.lexicon;
        let d = c.dep(n);
        if d.is("obj") || d.is("nsubj:pass") {
            return lex.light_verbs.contains(c.lemma(h));
        }
        // "claimed responsibility for an attack": the claimer is the attacker.
        if self.claimed_responsibility(c, n) == Some(h) {
            return true;
        }
        if d.is("obl") && !d.is("obl:agent") && !d.is("obl:tmod") {
            if let Some(p) = c.case_of(n) {
                let l = c.lemma(h);
                let mut key = String::with_capacity(l.len() + p.len() + 1);
                key.push_str(l);
                key.push(' ');
                key.push_str(p);
                if lex.light_obliques.contains(&key) {
                    return true;
                }
                // Or verb + object + preposition: "took part in the riot".
                return c.kid_exact(h, "obj").is_some_and(|o| lex.light_obliques.contains(&format!("{l} {} {p}", c.lemma(o).to_ascii_lowercase())));
            }
        }
        false
    }

    /// Whether word `v` (a law's participle or noun) has a dependent of its own (object,
    /// oblique) naming an actor of another country than author token `a`'s, or of none, an
    /// international body: "a law banning UNRWA" (Israel's parliament), not "a law requiring
    /// citizens living abroad to ..., following reports of Russian efforts" (Armenia's parliament:
    /// the citizens are its own, the Russians only background).
    fn names_party_abroad(&self, c: &Ctx, v: u32, a: u32) -> bool {
        let Some((am, _)) = c.mention_for(a) else {
            return false;
        };
        let home = c.doc.mentions[am as usize].actor.country.clone();
        let mut words = Vec::new();
        for &k in c.kids(v) {
            let d = c.dep(k);
            if d.is("obj") || d.is("iobj") || (d.is("obl") && !d.is("obl:tmod")) || d.is("nmod") {
                c.with_conjuncts(k, &mut words);
            }
            // (The content noun of an order or bill read as an adjective's object: "tariffs on Canada".)
            if d.is("obj") {
                words.extend(c.kids(k).iter().copied().filter(|&g| c.dep(g).is("nmod")));
            }
        }
        words.into_iter().filter_map(|k| c.mention_for(k)).any(|(m, _)| {
            let m = &c.doc.mentions[m as usize];
            m.kind != MentionKind::Place && (m.actor.country.is_none() || m.actor.country != home)
        })
    }

    /// The verb that issued the instrument whose content event noun `n` names, when the parse
    /// made `n` the object of a document noun (a noun takes no object: its participle was tagged
    /// an adjective, "signed an executive order imposing tariffs on Canada") and that noun is
    /// the object of one of `document_verbs`: the verb whose subject is the doer of the content.
    pub(super) fn instrument_author(&self, c: &Ctx, n: u32) -> Option<u32> {
        let h = c.head(n)?;
        if !c.dep(n).is("obj") || !c.lower_is(h, &self.lexicon.document_nouns) || !matches!(c.doc.tokens[h as usize].upos, Upos::Noun) || !c.dep(h).is("obj") {
            return None;
        }
        let g = c.head(h).filter(|&g| self.lexicon.document_verbs.contains(c.lemma(g)))?;
        // (A law's, as for its participle: only when the content names a party abroad.)
        if c.lower_is(h, &self.lexicon.law_nouns) {
            let (a, _) = self.subject(c, g, 0)?;
            if !self.names_party_abroad(c, h, a) {
                return None;
            }
        }
        Some(g)
    }

    /// Why target word `x` gave no target actor: it names none, only the source's own side
    /// ("Trump dismisses Kristi Noem", USAGOV both), the source's own state ("Azerbaijani troops
    /// fired rockets at Ganja", AZEMIL and AZE) or a place ("patrolled the streets of Dhaka" with
    /// "Dhaka" the target word).
    pub(super) fn lost_target(&self, c: &Ctx, x: u32, src_mentions: &[(u32, bool)]) -> String {
        let text = c.doc.token_text(x as usize);
        let code_of = |m: u32| c.doc.mentions[m as usize].actor.code.as_str();
        let actor = |m: u32| &c.doc.mentions[m as usize].actor;
        match c.mention_for(x) {
            Some((tm, _)) if src_mentions.iter().any(|&(sm, _)| code_of(sm) == code_of(tm) || own_forces(code_of(sm), code_of(tm))) => {
                format!("{text:?} ({}) is the source's own side", code_of(tm))
            }
            Some((tm, _)) if src_mentions.iter().any(|&(sm, _)| own_state(self.lexicon, actor(sm), actor(tm))) => {
                format!("{text:?} is the source's own state ({})", code_of(tm))
            }
            None => match c.place_at(x) {
                Some(pm) => format!("{text:?} names a place ({})", code_of(pm)),
                None => format!("{text:?} is not a known actor"),
            },
            _ => format!("{text:?} is not a known actor"),
        }
    }

    /// The country an act only a state does was done in, standing for its authorities when an
    /// agentless passive names no one ("a missionary was arrested in Lebanon"): an "in" oblique
    /// of `v` that is a country by name, or its capital or government.
    pub(super) fn state_place(&self, c: &Ctx, v: u32) -> Option<u32> {
        self.state_in_phrase(c, v, "in", false)
    }

    /// The country named in a "from" oblique of `v` by its name or capital, standing for the
    /// authorities that sent someone away ("expelled from North Korea"); not a party or body
    /// coded as its government ("expelled from the Chinese Communist Party").
    pub(super) fn state_from(&self, c: &Ctx, v: u32) -> Option<u32> {
        self.state_in_phrase(c, v, "from", true)
    }

    /// The country named in a `prep` oblique of `v` (`country_by_name`); with `bare`, only by
    /// its own code (a name or capital), not by a body coded as its government. Without `bare`,
    /// also a city the places stage put in a country ("detained in Tehran": Iran, through
    /// `state_place_mention`), and the country set after a city by a comma ("arrested in
    /// Yekaterinburg, Russia").
    fn state_in_phrase(&self, c: &Ctx, v: u32, prep: &str, bare: bool) -> Option<u32> {
        let mut cand = Vec::new();
        self.obliques(c, v, &[prep.to_string()], &mut cand);
        let own_code = |k: u32| {
            c.mention_for(k).is_some_and(|(m, _)| {
                let a = &c.doc.mentions[m as usize].actor;
                a.country.as_deref() == Some(a.code.as_str())
            })
        };
        let country_after = |k: u32| c.kids(k).iter().copied().find(|&g| g > k && matches!(c.dep(g).as_str(), "appos" | "nmod:unmarked" | "conj" | "flat") && c.case_of(g).is_none() && country_by_name(c, g).is_some() && own_code(g));
        cand.into_iter().find_map(|k| {
            if country_by_name(c, k).is_some() && (!bare || own_code(k)) {
                Some(k)
            } else if bare || c.mention_for(k).is_some() {
                None
            } else {
                country_after(k).or_else(|| city_country(c, k).map(|_| k))
            }
        })
    }

    /// The place mention of a city in a country that a state's act names as where it was done,
    /// standing for that state's authorities: "a French aid worker was detained in Tehran" is
    /// Iran's act (`state_place`). Only for a state act's "in" oblique.
    pub(super) fn state_place_mention(&self, c: &Ctx, p: &Pattern, s: u32) -> Option<u32> {
        let in_phrase = c.dep(s).is("obl") && c.case_of(s).is_some_and(|x| x.eq_ignore_ascii_case("in"));
        (self.lexicon.state_act(&p.code) && in_phrase).then(|| city_country(c, s)).flatten()
    }

    /// The subject of a condition ("if" or "unless" clause) on `v` or on its complement clauses:
    /// "threatened to stop negotiations to reduce weapons if the United States goes ahead" gives
    /// "States". Only an actor subject.
    pub(super) fn condition_party(&self, c: &Ctx, v: u32) -> Option<u32> {
        self.condition_subject(c, v, &["if", "unless"])
    }

    /// The actor subject of an adverbial clause marked by one of `marks` on `v` or on its
    /// complement clauses (down to three levels); also of such a clause the parse hung as a
    /// complement of a verb that reports nothing ("will respond if Iran resumes military action",
    /// "if" no "whether" there).
    pub(super) fn condition_subject(&self, c: &Ctx, v: u32, marks: &[&str]) -> Option<u32> {
        c.search_down(v, 24, |x, depth, queue| {
            for &k in c.kids(x) {
                let d = c.dep(k);
                let clause = d.as_str() == "advcl" || (d.as_str() == "ccomp" && !c.lower_is(x, &self.lexicon.reporting_heads));
                if clause && c.kids(k).iter().any(|&g| c.dep(g).is("mark") && marks.contains(&c.lemma(g).to_ascii_lowercase().as_str())) {
                    if let Some(s) = c.kid_exact(k, "nsubj").filter(|&s| c.mention_for(s).is_some() && !c.is_relative_pronoun(s)) {
                        return Some(s);
                    }
                } else if depth < 3 && (d.is("xcomp") || d.is("ccomp") || c.is_infinitive_conjunct(k)) {
                    queue.push((k, depth + 1));
                }
            }
            None
        })
    }
}

/// The place mention at word `k` of a city or region the places stage put in a country (its
/// code the country's own), or None.
fn city_country(c: &Ctx, k: u32) -> Option<u32> {
    c.place_at(k).filter(|&pm| {
        let a = &c.doc.mentions[pm as usize].actor;
        a.country.as_deref() == Some(a.code.as_str())
    })
}

/// The country word `k` names by name or metonym, or by its government ("in Lebanon", "from
/// Tehran"): the head of such a mention standing for a state. None for any other word.
fn country_by_name<'d>(c: &Ctx<'d>, k: u32) -> Option<&'d str> {
    let m = c.s.mention_of[k as usize - c.base];
    if m == NONE {
        return None;
    }
    let m = &c.doc.mentions[m as usize];
    let a = &m.actor;
    let x = a.country.as_deref()?;
    (m.head == k && matches!(m.kind, MentionKind::Name | MentionKind::Metonym) && (a.code == x || (a.code.len() == 6 && a.code.starts_with(x) && a.code.ends_with("GOV")))).then_some(x)
}

/// True when verb `k` says who holds a captive or a thing ("held", "detained", "seized"; a
/// closed list of English usage).
fn holding_verb(c: &Ctx, k: u32) -> bool {
    const HOLDING_VERBS: &[&str] = &["hold", "seize", "capture", "detain", "abduct", "kidnap", "take", "jail", "imprison", "arrest", "confiscate", "keep"];
    HOLDING_VERBS.contains(&c.lemma(k).to_ascii_lowercase().as_str())
}

/// The "by" agent of passive verb `k` ("held by Hamas").
fn by_agent(c: &Ctx, k: u32) -> Option<u32> {
    c.kids(k).iter().copied().find(|&g| c.dep(g).as_str() == "obl:agent" || (c.dep(g).is("obl") && c.case_of(g) == Some("by")))
}

/// True when word `w` lies inside a "for" phrase hung on event word `v` (the purpose of the act:
/// "travel to Islamabad for a meeting of the SCO"), within eight heads of `v`.
fn purpose_phrase(c: &Ctx, w: u32, v: u32) -> bool {
    if (w as usize) < c.base || (w as usize) >= c.end {
        return false;
    }
    let mut k = w;
    for _ in 0..8 {
        let Some(h) = c.head(k) else {
            return false;
        };
        if h == v {
            return c.case_of(k).is_some_and(|p| p.eq_ignore_ascii_case("for"));
        }
        k = h;
    }
    false
}

/// The place a visit or a hosting goes to, as its target: a `MentionKind::Destination` mention
/// (a capital or city the actors stage read as the place visited, coded as its country) on one
/// of the pattern's target words. Only for the visit and host codes 042 and 043 (042 becomes
/// 036 when intended: "will travel to Beijing") and for 160, a visit called off or put off
/// ("cancelled a planned visit to Washington" reduces relations with the same host: CAMEO 1.1b3,
/// 160 "reduce relations"), and for aid (07x) that arrives in or is sent to a city: "Kenyan
/// peacekeepers arrived in Port-au-Prince", "a Turkish aid shipment arrived in Rafah" aid the
/// city's country (CAMEO 1.1b3 codes aid to the state it goes to). For every other code, and as
/// a source, a place visited is no actor.
/// A place in the source's own country is a trip home ("Putin returned to Moscow"), which the
/// own-country check on every visit rejects.
fn visit_destination(c: &Ctx, code: &str, targets: &[u32]) -> Option<(u32, bool)> {
    if !matches!(code, "042" | "043" | "160") && !code.starts_with("07") {
        return None;
    }
    targets.iter().find_map(|&t| {
        let mi = c.place_of(t)?;
        let m = &c.doc.mentions[mi as usize];
        let here = (m.head as usize) >= c.base && (m.head as usize) < c.end;
        (m.kind == MentionKind::Destination && here).then_some((mi, false))
    })
}

/// The actor mention an "including" phrase names on the event word (or light verb) `t` or on one
/// of its target words `targets` (or a noun those govern): "strikes on six countries, including
/// Qatar".
fn included(c: &Ctx, t: u32, targets: &[u32]) -> Option<u32> {
    let nouns = targets.iter().flat_map(|&w| c.kids(w).iter().copied().filter(|&k| c.dep(k).is("nmod")));
    let words: Vec<u32> = std::iter::once(t).chain(targets.iter().copied()).chain(nouns).collect();
    words.into_iter().flat_map(|w| c.kids(w).iter().copied()).find_map(|k| {
        let marked = c.case_of(k).is_some_and(|x| x.eq_ignore_ascii_case("including"));
        if marked { c.mention_for(k).map(|(x, _)| x) } else { None }
    })
}

/// Whether mention `m` is the court a legal action (CAMEO 115, code `code`) is brought in or
/// before (its head marked "at", "in", "before" or "with"): its forum, never its target. A court
/// is a judicial actor (a code with JUD: "IGOUNOJUDICJ", "RUSJUD").
fn court_forum(c: &Ctx, code: &str, m: u32) -> bool {
    const FORUM: &[&str] = &["at", "in", "before", "with"];
    let mention = &c.doc.mentions[m as usize];
    let h = mention.head;
    code.starts_with("115") && mention.actor.code.contains("JUD") && (h as usize) >= c.base && (h as usize) < c.end && c.case_of(h).is_some_and(|p| FORUM.contains(&p))
}

/// True when noun `n` stands in a phrase of the time around the clause's act ("following talks
/// with", "after a call with", "during a meeting with"): the act it names is an occasion of the
/// clause, not the object of its verb.
pub(super) fn occasion_phrase(c: &Ctx, n: u32) -> bool {
    matches!(c.case_of(n).map(str::to_ascii_lowercase).as_deref(), Some("during" | "following" | "follow" | "after"))
}

/// Actor mention `found` with the actor mentions coordinated with it ("relations with Congo and
/// Costa Rica"), each marked `via`.
fn with_coordinated(c: &Ctx, found: u32, via: bool) -> Vec<(u32, bool)> {
    let head = c.doc.mentions[found as usize].head;
    let mut conj = Vec::new();
    if (head as usize) >= c.base && (head as usize) < c.end {
        c.with_conjuncts(head, &mut conj);
    }
    let mut out = vec![(found, via)];
    conj.extend(inner_conjuncts(c, found));
    conj.extend(coordinated_modifiers(c, head));
    for k in conj.into_iter().skip(1) {
        if let Some((mm, _)) = c.mention_for(k) {
            if !out.iter().any(|x| x.0 == mm) {
                out.push((mm, via));
            }
        }
    }
    with_same_words(c, &mut out);
    out
}

/// The nominal conjuncts, outside mention `found`, of its words: "scores of Sierra Leonean and
/// Liberian refugees", "Liberian" a conjunct of "Leonean" inside the mention "scores of Sierra
/// Leonean", whose target word is "scores".
fn inner_conjuncts(c: &Ctx, found: u32) -> Vec<u32> {
    let m = &c.doc.mentions[found as usize];
    let inside = |w: u32| (w as usize) >= c.base && (w as usize) < c.end;
    let nominal = |k: u32| matches!(c.doc.tokens[k as usize].upos, Upos::Noun | Upos::Propn | Upos::Adj);
    // (A coordination has its "and" or "or" on its last conjunct; commas alone set off a place's
    // region and country: "Rome, Italy", "near Piranshahr, West Azerbaijan, Iran".)
    let coordinated = |w: u32, k: u32| c.kids(w).iter().any(|&j| j >= k && c.dep(j).is("conj") && c.kids(j).iter().any(|&g| c.dep(g).is("cc")));
    m.tokens.clone().filter(|&w| inside(w)).flat_map(|w| c.kids(w).iter().copied().filter(move |&k| c.dep(k).is("conj") && nominal(k) && !m.tokens.contains(&k) && coordinated(w, k))).collect()
}

/// The author of the act noun `t` by a proposing participle on it or on the noun it modifies
/// ("a ceasefire proposed by Egypt", "the ceasefire plan drawn up by Qatar": Egypt, Qatar), the
/// first of coordinated authors; such authors put the act forward for others (`proposing_verbs`).
pub(super) fn proposed_by(lex: &Lexicon, c: &Ctx, t: u32) -> Option<u32> {
    let nouns = std::iter::once(t).chain(c.head(t).filter(|_| c.dep(t).is("compound")));
    nouns.flat_map(|n| c.kids(n).iter().copied()).filter(|&k| c.dep(k).is("acl") && c.lower_is(k, &lex.proposing_verbs)).find_map(|k| by_agent(c, k))
}

/// Adds to `out` the other actor mentions of exactly the same words as each mention in it: a
/// phrase the actor stage resolved to several actors ("the two countries" after Sweden and
/// Finland, "they" for coordinated parties) is each of them.
fn with_same_words(c: &Ctx, out: &mut Vec<(u32, bool)>) {
    for i in 0..out.len() {
        let range = c.doc.mentions[out[i].0 as usize].range;
        for (mi, m) in c.doc.mentions.iter().enumerate() {
            let mi = mi as u32;
            if m.range == range && m.kind.is_actor() && !out.iter().any(|x| x.0 == mi) {
                out.push((mi, out[i].1));
            }
        }
    }
}

/// The other modifiers of the noun that modifier `m` qualifies, when the parse hung a
/// coordination of modifiers flat on that noun: "rejected a U.S. and French proposal" (compound
/// "U.S.", "and" a `cc` of "proposal", amod "French"), "the U.S. and British strikes". The
/// conjunction stands between `m` and each modifier taken, after `m`, before the noun, and every
/// modifier taken is an actor's word (a country adjective or name), as `m` is.
fn coordinated_modifiers(c: &Ctx, m: u32) -> Vec<u32> {
    let modifier = |k: u32| matches!(c.dep(k).as_str(), "compound" | "amod" | "nmod:poss");
    let Some(n) = c.head(m).filter(|_| modifier(m)) else { return Vec::new() };
    let Some(cc) = c.kids(n).iter().copied().find(|&k| c.dep(k).is("cc") && k > m && k < n && c.lemma(k).eq_ignore_ascii_case("and")) else { return Vec::new() };
    c.kids(n).iter().copied().filter(|&k| k > cc && k < n && modifier(k) && c.mention_for(k).is_some()).collect()
}

/// The victims "others" or "another" stand for when no actor resolved them: the mention of the
/// nominal they are coordinated with ("five people killed and five others injured") or of the
/// same argument of the verb their clause is coordinated with ("40 people are killed and 12
/// others are injured": the passive subject of "killed", also when the parse hangs "others" on
/// that verb). "Others" are more of the same kind.
fn others_of(c: &Ctx, x: u32) -> Option<(u32, bool)> {
    if !matches!(c.lemma(x).to_ascii_lowercase().as_str(), "other" | "another") || !matches!(c.doc.tokens[x as usize].upos, Upos::Noun | Upos::Pron | Upos::Det) {
        return None;
    }
    let h = c.head(x)?;
    let first = if c.dep(x).is("conj") && c.doc.tokens[h as usize].upos == Upos::Verb {
        // (Hung on the first clause's verb: its passive subject or object.)
        c.kids(h).iter().copied().find(|&k| k < x && (c.dep(k).is("nsubj:pass") || c.dep(k).as_str() == "obj"))?
    } else if c.dep(x).is("conj") {
        h
    } else if c.dep(h).is("conj") {
        let rel = c.dep(x).as_str();
        c.kids(c.head(h)?).iter().copied().find(|&k| c.dep(k).as_str() == rel && k < x)?
    } else {
        return None;
    };
    c.mention_for(first).map(|(m, _)| (m, true))
}

/// True when `t` is the reciprocal pronoun "each other" or "one another", either word its head, or
/// "the other" as the object of coordinated subjects.
pub(super) fn each_other(c: &Ctx, t: u32) -> bool {
    let word = |k: usize, w: &str| k >= c.base && k < c.end && c.doc.token_text(k).eq_ignore_ascii_case(w);
    // ("The other" heading its own phrase is a reciprocal too when its clause has coordinated
    // subjects: "Hezbollah and Israel both accuse the other of violating the ceasefire".)
    let other = word(t as usize, "other") && t > 0 && word(t as usize - 1, "the") && c.head(t).is_some_and(|h| c.kids(h).iter().any(|&k| c.dep(k).is("nsubj") && c.kids(k).iter().any(|&g| c.dep(g).is("conj"))));
    let t = t as usize;
    other || [("each", "other"), ("one", "another")].iter().any(|&(a, b)| (word(t, a) && word(t + 1, b)) || (t > 0 && word(t - 1, a) && word(t, b)))
}

/// True for a code of an act of conflict: threats, protests, shows of force, coercion and
/// violence (roots 13-20).
/// True for a code of a state's act at home whose target, when no other is named, is the state
/// where it is done (`home_place`): heightened security, a deployment of police or troops (151,
/// 153, 154), a curfew or a state of emergency or martial law (1723, 1724), and humanitarian
/// access allowed into a region of one's own country (0863: "Ethiopia's government allowed the
/// first aid convoy in months into Tigray" is Ethiopia's yielding to its own people).
pub(super) fn home_act(code: &str) -> bool {
    matches!(code, "0863" | "151" | "153" | "154" | "1723" | "1724")
}

/// True for a code of a state's act on its own politics whose target, when none is named, is the
/// state itself (`home_state`): easing a ban, curfew or emergency (0811-0814), acceding to
/// demands for a change of leader, policy, rights or regime (083) or the intent to (0341-0344),
/// restricting freedoms, banning a party, a curfew or martial law (1721-1724) or the threat of a
/// curfew or emergency (1323, 1324), police put on alert or reinforced (151, 153).
/// CAMEO codes such domestic acts against the state where they are done ("Ruto withdrew the
/// finance bill" KEN>KEN 0832, "Yoon declared martial law" KOR>KOR 1724).
pub(super) fn domestic_act(code: &str) -> bool {
    // (Not 082, easing dissent: done by the dissidents, who call off their protests against the
    // state, not by it.)
    matches!(code, "0811" | "0812" | "0813" | "0814" | "083" | "0831" | "0832" | "0833" | "0834" | "0341" | "0342" | "0343" | "0344" | "1721" | "1722" | "1723" | "1724" | "1323" | "1324" | "151" | "153")
}

/// True for a `domestic_act` code that is itself a measure on the country, never on a party of it:
/// a curfew, a state of emergency or martial law imposed or eased (1723, 1724, 0813, 0814), police
/// put on alert or reinforced (151, 153). A pattern of one of these whose target word names no
/// actor is still aimed at the state (`home_state`). (Not a ban or its lifting, 1722 and 0812: a
/// ban on something that is no party or politician, "bans the use of a food colouring", is no act
/// of that code at all.)
pub(super) fn home_measure(code: &str) -> bool {
    matches!(code, "0813" | "0814" | "1723" | "1724" | "151" | "153")
}

/// True for a ban on a party or politician, or its lifting (1722, 0812), whose banned word `target`
/// (the token the pattern took for its target) is a noun of a party or movement (`coder.toml`
/// `party_nouns`) that names no known actor: a state's act at home all the same, aimed at the state
/// itself (`home_state`: "Bangladesh's interim government lifted the ban on the Jamaat-e-Islami
/// party" BGD>BGD). (A ban on a thing stays no act of these codes, `home_measure`.)
pub(super) fn party_ban(lex: &Lexicon, c: &Ctx, code: &str, target: Option<u32>) -> bool {
    matches!(code, "0812" | "1722") && target.is_some_and(|w| lex.party_nouns.contains(&c.lemma(w).to_ascii_lowercase()))
}

/// True for territory occupied or seized (192): a town, village or position that names no actor,
/// taken by a country's rebels, insurgents or other group that stands against its state
/// (`coder.toml` `dissident_sectors`), is taken
/// from their own state (`home_state`): "Myanmar's Three Brotherhood Alliance seized the border
/// town of Chinshwehaw" MMRREB>MMR (CAMEO codes insurgents' fighting at home against the state
/// they rise against). (Not a state's forces taking an unnamed place: it may lie abroad.)
pub(super) fn home_seizure(code: &str) -> bool {
    code == "192"
}

/// True when actor `a` is of a sector that stands against its own state (`coder.toml`
/// `dissident_sectors`: rebels, insurgents, separatists, the opposition, ...).
fn dissident(lex: &Lexicon, a: &detente_core::Actor) -> bool {
    a.sector.as_deref().is_some_and(|x| lex.dissident_sectors.contains(&x.to_ascii_lowercase()))
}

/// The state of the place target word `w` names (a city or town named as a place), when force is
/// used on it by sources all of that same country and of a sector that stands against its state
/// (`dissident`, as `home_state` reads them for a seizure): rebels fighting at home fight their state
/// (CAMEO codes insurgents' fighting against the state they rise against): "Rebels led by Hayat
/// Tahrir al-Sham swept into Aleppo" SYRREB>SYR. Returns the country.
pub(super) fn home_place(lex: &Lexicon, c: &Ctx, w: u32, sources: &[(u32, bool)]) -> Option<String> {
    let pm = c.place_at(w)?;
    let country = c.doc.mentions[pm as usize].actor.code.clone();
    let home = |s: u32| {
        let a = &c.doc.mentions[s as usize].actor;
        dissident(lex, a) && a.country.as_deref() == Some(country.as_str())
    };
    (!sources.is_empty() && sources.iter().all(|&(s, _)| home(s))).then_some(country)
}

/// The state whose post target noun `w` names, when force is used on it by rebels at home: a post
/// of the state's forces (`coder.toml` `state_posts`: base, barracks, checkpoint ...) that names
/// no actor, attacked by sources all of one country and of a sector that stands against its state
/// (`dissident_sectors`), in a sentence that names no actor of another country (CAMEO codes
/// insurgents' fighting at home against the state they rise against, as `home_seizure`): "rebels
/// loyal to the National Salvation Front attacked a base" SSDREB>SSD. Returns the country.
pub(super) fn home_post(lex: &Lexicon, c: &Ctx, w: u32, sources: &[(u32, bool)]) -> Option<String> {
    if !c.lower_is(w, &lex.state_posts) || c.mention_for(w).is_some() {
        return None;
    }
    let actor = |m: u32| &c.doc.mentions[m as usize].actor;
    let home = actor(sources.first()?.0).country.clone()?;
    let against_state = |m: u32| dissident(lex, actor(m));
    if !sources.iter().all(|&(s, _)| actor(s).country.as_deref() == Some(home.as_str()) && against_state(s)) {
        return None;
    }
    (!c.names_foreign_actor(&home, |_| false)).then_some(home)
}

/// The state itself as the target of a domestic act (`domestic_act` code `code`) that names no
/// other: the country of `source` when it is that state or one of its authorities (`coder.toml`
/// `state_sectors`: government, forces, police, courts, parliament). Dissent eased (082, or the
/// intent to, 0352) is the other way round: the protesters or strikers calling off their protest
/// ease it toward their state ("Kenya's opposition called off its protests" KENOPP>KEN), and so is
/// dissent itself (root 14) by a non-state source when no target was found for it (no target
/// word, purpose, home place or foreign party, `foreign_party`): a strike or protest by a
/// country's unions, students or opposition is against their state ("French unions shut down
/// refineries in the biggest day of strikes yet" FRALAB>FRA; CAMEO codes a domestic protest with
/// no named target against the state). Named by
/// the source's own words, the only place the sentence names that state. So is a place seized by
/// a non-state armed group (`home_seizure`). None for anyone else:
/// an opposition leader resigning, an actor of no country.
pub(super) fn home_state(lex: &Lexicon, code: &str, source: &detente_core::Mention) -> Option<detente_core::Participant> {
    let a = &source.actor;
    let country = a.country.as_deref()?;
    let state = lex.state_authority(a);
    let home = if home_seizure(code) {
        dissident(lex, a)
    } else if matches!(code, "082" | "0352") || code.starts_with("14") {
        !state && a.sector.is_some()
    } else {
        return domestic_act(code).then(|| own_state_target(lex, source)).flatten();
    };
    home.then(|| detente_core::Participant { actor: detente_core::Actor::new(country, country), range: source.range })
}

/// The state itself as the target of an act `source` does at home: the country of `source` when
/// it is that state or one of its authorities (`coder.toml` `state_sectors`), else None. As
/// `home_state` for a domestic act; also for a show of force that keeps order at home
/// (`Coder::keeps_order`: "deployed the army to quell protests" BGD>BGD).
pub(super) fn own_state_target(lex: &Lexicon, source: &detente_core::Mention) -> Option<detente_core::Participant> {
    let a = &source.actor;
    let country = a.country.as_deref()?;
    lex.state_authority(a).then(|| detente_core::Participant { actor: detente_core::Actor::new(country, country), range: source.range })
}

/// The doer of the act that investigation target word `w` names, when `w` names no actor and the
/// target phrase gave none (`target_through_noun` reads a participle's agent hung on `w` itself): a
/// "by" phrase on it or on its "of" phrase (`act_doer`), the agent of a participle that a slip hung
/// on a noun just after it ("possible crimes against humanity committed by Venezuela's
/// government", "committed" under "humanity"), the owner of a war the participle says it was
/// done during ("war crimes committed during Russia's invasion"), or its possessor ("Russia's
/// war crimes"). An inquiry into an act is aimed at its doer (CAMEO 1.1b3, 09: the party
/// investigated). Returns the doer's mention.
pub(super) fn investigated_doer(c: &Ctx, w: u32) -> Option<u32> {
    if c.mention_for(w).is_some() {
        return None;
    }
    let by = |k: u32| c.dep(k).is("obl:agent") || (c.dep(k).is("obl") && c.case_of(k) == Some("by"));
    // (The participle may hang on a noun of the act's own phrase, or by a slip on the next noun:
    // "crimes against humanity committed by", "humanity" hung on the verb.)
    let on_phrase = |k: u32| c.head(k).is_some_and(|h| h >= w && h < k && matches!(c.doc.tokens[h as usize].upos, Upos::Noun | Upos::Propn));
    // (Or the owner of the war in which it was done: "war crimes committed during Russia's
    // invasion of Ukraine".)
    let during_owner = |g: u32| (c.dep(g).is("obl") && c.case_of(g) == Some("during")).then(|| c.kids(g).iter().copied().find(|&o| c.dep(o).is("nmod:poss"))).flatten();
    let participle = (w + 1..(w + 6).min(c.end as u32))
        .filter(|&k| c.dep(k).as_str() == "acl" && c.doc.tokens[k as usize].xpos.as_str() == "VBN" && on_phrase(k))
        .find_map(|k| c.kids(k).iter().copied().find(|&g| by(g)).or_else(|| c.kids(k).iter().copied().find_map(during_owner)));
    let owner = c.kids(w).iter().copied().find(|&k| c.dep(k).is("nmod:poss"));
    act_doer(c, w)
        .or_else(|| participle.or(owner).and_then(|k| c.mention_for(k)).filter(|&(_, via)| !via).map(|(m, _)| m))
        .filter(|&m| c.doc.mentions[m as usize].kind != MentionKind::Place)
}

/// The actor named as the doer of the act noun `n`: the mention of a "by" phrase on it or, by an
/// attachment slip, on the noun of its "of" phrase ("the killing of protesters by Iranian security
/// forces", "by" hung on "protesters"). Not a place ("by the border").
fn act_doer(c: &Ctx, n: u32) -> Option<u32> {
    let by = |k: u32| matches!(c.dep(k).as_str(), "nmod" | "nmod:agent" | "obl:agent") && c.case_of(k) == Some("by");
    let of = c.kids(n).iter().copied().filter(|&k| c.dep(k).as_str() == "nmod" && c.case_of(k) == Some("of"));
    std::iter::once(n)
        .chain(of)
        .flat_map(|x| c.kids(x).iter().copied())
        .filter(|&k| by(k))
        .find_map(|k| c.mention_for(k))
        .map(|(m, _)| m)
        .filter(|&m| c.doc.mentions[m as usize].kind != MentionKind::Place)
}

/// The actor behind an act or thing at `g` a show of force answers: its own actor, its "by"
/// phrase ("provocations by Minsk") or the agent of a participle on it ("missiles launched by
/// North Korea").
fn force_maker(c: &Ctx, g: u32) -> Option<u32> {
    let by = |k: u32| matches!(c.dep(k).as_str(), "nmod" | "obl" | "obl:agent") && c.case_of(k) == Some("by");
    c.mention_for(g)
        .or_else(|| c.kids(g).iter().copied().filter(|&k| by(k) && c.dep(k).is("nmod")).find_map(|k| c.mention_for(k)))
        .or_else(|| c.kids(g).iter().copied().filter(|&a| c.dep(a).as_str() == "acl" && c.doc.tokens[a as usize].xpos.as_str() == "VBN").flat_map(|a| c.kids(a).iter().copied()).filter(|&k| by(k)).find_map(|k| c.mention_for(k)))
        .map(|(x, _)| x)
}

/// The word of the actor a phrase at `k` on a show of force says it is aimed at: a noun with a participle
/// of aiming ("in a show of force aimed at the United States", "drills directed against
/// Taiwan": the "at" or "against" phrase), a phrase of warning ("as a warning to Iran": its
/// "to" phrase) or a noun of strained relations in an "amid" phrase ("amid rising tension with
/// Kosovo": its "with" phrase).
/// (The words are `aiming_verbs`, `warning_nouns` and `strain_nouns` in coder.toml.)
fn aimed_phrase(lex: &Lexicon, c: &Ctx, k: u32) -> Option<u32> {
    let lemma = |x: u32| c.lemma(x).to_ascii_lowercase();
    let d = c.dep(k);
    if (d.is("obl") || d.is("nmod")) && !d.is("obl:agent") && !d.is("obl:tmod") {
        let aimed = c.kids(k).iter().copied().filter(|&a| c.dep(a).as_str() == "acl" && c.doc.tokens[a as usize].xpos.as_str() == "VBN" && c.lower_is(a, &lex.aiming_verbs));
        if let Some(x) = aimed.flat_map(|a| c.kids(a).iter().copied()).filter(|&g| c.dep(g).is("obl") && matches!(c.case_of(g), Some("at" | "against"))).find(|&g| c.mention_for(g).is_some()) {
            return Some(x);
        }
    }
    // (A phrase of warning: "as a warning to Iran", "in a message to Washington".)
    if (d.is("obl") || d.is("nmod")) && matches!(c.case_of(k), Some("as" | "in")) && c.lower_is(k, &lex.warning_nouns) {
        if let Some(x) = c.kids(k).iter().copied().filter(|&g| c.dep(g).is("nmod") && c.case_of(g) == Some("to")).find(|&g| c.mention_for(g).is_some()) {
            return Some(x);
        }
    }
    // ("amid" as the phrase's case or, by a parse slip, its mark or its modifier's: "amid
    // rising tension", 'amid' hung on 'rising'.)
    let amid_on = |w: u32| c.kids(w).iter().any(|&g| (c.dep(g).is("case") || c.dep(g).is("mark")) && lemma(g) == "amid");
    let amid = amid_on(k) || c.kids(k).iter().any(|&g| c.dep(g).is("amod") && amid_on(g));
    if amid && c.lower_is(k, &lex.strain_nouns) {
        return c.kids(k).iter().copied().filter(|&g| c.dep(g).is("nmod") && c.case_of(g) == Some("with")).find(|&g| c.mention_for(g).is_some());
    }
    None
}

fn hostile(code: &str) -> bool {
    code.get(..2).is_some_and(|r| ("13"..="20").contains(&r))
}

/// True when `t` is the state as a whole (a bare country code) that actor `s`, no dissident
/// (`coder.toml` `dissident_sectors`), belongs to: its government, forces or people acting inside
/// their own country.
fn own_state(lex: &Lexicon, s: &detente_core::Actor, t: &detente_core::Actor) -> bool {
    t.code.len() == 3 && t.country.as_deref() == Some(t.code.as_str()) && s.code != t.code && s.country == t.country && !dissident(lex, s)
}

/// True when `t` is one of the state forces (`harm::STATE_FORCES`: armed forces, government,
/// police) of the country every one of `sources` (a state or its authorities, `coder.toml`
/// `state_sectors`) belongs to: what a show of force (root 15) deploys or alerts, its means and
/// not its target ("Jamaica will send soldiers and police officers to Haiti"). False with no source.
fn deployed_means<'s>(lex: &Lexicon, sources: impl Iterator<Item = &'s detente_core::Actor>, t: &detente_core::Actor) -> bool {
    let force = t.sector.as_deref().is_some_and(|x| STATE_FORCES.contains(&x));
    let mut any = false;
    force
        && sources.into_iter().all(|s| {
            any = true;
            s.country.is_some() && s.country == t.country && lex.state_authority(s)
        })
        && any
}

/// True when an act of material cooperation (root 06, `code`) by `s`, a state or one of its
/// authorities (`coder.toml` `state_sectors`), falls on `t`, that state's own civilians or another
/// of its own authorities: a state training, equipping or working with its own people or forces
/// ("North Korea has trained more than 500 computer hackers", "the administration notifies
/// Congress") is no cooperation between two actors. (Coordinated subjects acting on each other,
/// "the army and police begin joint operations", are paired as reciprocal sources, not here.) (Material cooperation only: aid, rescue
/// and release at home, 07 and 08, are coded against the people they reach.)
fn own_people(lex: &Lexicon, code: &str, s: &detente_core::Actor, t: &detente_core::Actor) -> bool {
    let Some(country) = s.country.as_deref() else { return false };
    let civilians = t.sector.as_deref().is_some_and(|x| x.eq_ignore_ascii_case("cvl"));
    code.starts_with("06") && t.country.as_deref() == Some(country) && lex.state_authority(s) && t.code != country && (lex.state_authority(t) || civilians)
}

/// True when actor mention `x` has a capitalised word besides its head, which names its own
/// country or group ("Israeli civilians", "FARC dissidents"), not one borrowed from another actor
/// ("the presidential administration", "militants").
pub(super) fn named_by_modifier(c: &Ctx, x: u32) -> bool {
    let t = &c.doc.mentions[x as usize];
    t.tokens.clone().any(|k| k != t.head && c.doc.token_text(k as usize).starts_with(|x: char| x.is_uppercase()))
}

/// Two mentions `s` and `t` under one actor code that are apart in the sentence and worded
/// differently: two parties the code alone cannot tell apart (`rival_groups`, `civilians_apart`,
/// `rival_officials` say when they are two sides).
fn one_code_apart(c: &Ctx, s: u32, t: u32) -> bool {
    let (sm, tm) = (&c.doc.mentions[s as usize], &c.doc.mentions[t as usize]);
    let words = |m: &detente_core::Mention| m.tokens.clone().map(|k| c.doc.token_text(k as usize).to_ascii_lowercase()).collect::<Vec<_>>();
    s != t && sm.actor.code == tm.actor.code && (sm.tokens.end <= tm.tokens.start || tm.tokens.end <= sm.tokens.start) && words(sm) != words(tm)
}

/// True when mentions `s` and `t` name two rival non-state armed groups under one actor code
/// (`coder.toml` `armed_group_sectors`): each named by its own words (a name, or an agent word
/// with a capitalised modifier, `named_by_modifier`; not a pronoun, nor a weapon or an unnamed
/// word that took its user's code: "the Houthis launch a drone attack"), so "fighting between ELN
/// guerrillas and FARC dissidents" (both COLREB) is force between two sides, not an act of one
/// actor on itself.
pub(super) fn rival_groups(lex: &Lexicon, c: &Ctx, s: u32, t: u32) -> bool {
    let (sm, tm) = (&c.doc.mentions[s as usize], &c.doc.mentions[t as usize]);
    let armed = |m: &detente_core::Mention| m.actor.sector.as_deref().is_some_and(|x| lex.armed_group_sectors.contains(&x.to_ascii_lowercase())) && !c.lower_is(m.head, &lex.weapon_nouns) && !c.lower_is(m.head, &lex.craft_nouns);
    // (Or a capitalised modifier the parse hangs on its head outside the mention: "Arab tribal militias".)
    let capital_kid = |x: u32| c.kids(c.doc.mentions[x as usize].head).iter().any(|&k| (c.dep(k).is("amod") || c.dep(k).is("compound")) && c.doc.token_text(k as usize).starts_with(|x: char| x.is_uppercase()));
    let named = |x: u32| c.doc.mentions[x as usize].kind == MentionKind::Name || (matches!(c.doc.mentions[x as usize].kind, MentionKind::Agent | MentionKind::Title) && (named_by_modifier(c, x) || capital_kid(x)));
    one_code_apart(c, s, t) && armed(sm) && armed(tm) && named(s) && named(t)
}

/// Two different groups of private people under one civilian code (CVL), mentions apart with
/// different words, the source and the target of an assault: "A mob of cow vigilantes lynched a
/// Muslim man" (both INDCVL) is violence among civilians (CAMEO 1.1b3, root 18 "unconventional
/// violence" by any actor), not an act of one actor on itself.
pub(super) fn civilians_apart(c: &Ctx, s: u32, t: u32) -> bool {
    let (sm, tm) = (&c.doc.mentions[s as usize], &c.doc.mentions[t as usize]);
    let civilian = |m: &detente_core::Mention| m.actor.sector.as_deref() == Some("CVL") && matches!(m.kind, MentionKind::Agent | MentionKind::Pronoun);
    one_code_apart(c, s, t) && civilian(sm) && civilian(tm)
}

impl<'a> Coder<'a> {
    /// The owner of a group that an accusation's object names by a possessive pronoun
    /// (`speaker_possessives`: its, their; not "its own") which resolved to the accuser: the
    /// nearest actor mention before the pronoun that is no source. One accuses another's forces,
    /// not one's own, without saying "own": "Congo's government told the East African Community
    /// regional force to leave the country, accusing its troops of cohabiting with M23 rebels"
    /// (the EAC's troops, not Congo's).
    fn accused_owner(&self, c: &Ctx, tm: u32, src_mentions: &[(u32, bool)]) -> Option<u32> {
        let h = c.doc.mentions[tm as usize].head;
        let own = c.kids(h).iter().any(|&k| c.dep(k).is("amod") && c.lemma(k).eq_ignore_ascii_case("own"));
        let pron = c.kids(h).iter().copied().find(|&k| {
            c.dep(k).is("nmod:poss") && c.doc.tokens[k as usize].upos == Upos::Pron && self.lexicon.speaker_possessives.contains(&c.doc.token_text(k as usize).to_ascii_lowercase())
        })?;
        if own {
            return None;
        }
        let code_of = |x: u32| c.doc.mentions[x as usize].actor.code.as_str();
        (0..c.doc.mentions.len() as u32)
            .filter(|&x| {
                let m = &c.doc.mentions[x as usize];
                (m.head as usize) >= c.base && m.head < pron && m.kind.is_actor() && m.kind != MentionKind::Pronoun && !src_mentions.iter().any(|&(s, _)| s == x || code_of(s) == code_of(x))
            })
            .max_by_key(|&x| c.doc.mentions[x as usize].head)
    }
}

/// True when mentions `s` and `t` name two different people under one actor code, for a
/// disapproval or accusation (`code` of CAMEO root 11; not root 12, whose "dismiss" a person
/// named is a dismissal from office, "Trump dismisses Kristi Noem"): each named by a
/// personal name (a name, or a title followed by one, ending in two capitalised proper nouns, the
/// last no word of the title), so "Guatemalan President Bernardo Arevalo accused Attorney General
/// Consuelo Porras of mounting a coup" (both GTMGOV) is one official accusing another, not an
/// actor accusing itself (the fresh study set codes it GTM>GTM 112, as the dev set codes an
/// opposition's criticism of its own government).
pub(super) fn rival_officials(c: &Ctx, code: &str, s: u32, t: u32) -> bool {
    if !code.starts_with("11") {
        return false;
    }
    let (sm, tm) = (&c.doc.mentions[s as usize], &c.doc.mentions[t as usize]);
    let person = |m: &detente_core::Mention| {
        let proper = |k: u32| c.doc.tokens[k as usize].upos == Upos::Propn && c.doc.token_text(k as usize).starts_with(|x: char| x.is_uppercase());
        let last = m.tokens.end.saturating_sub(1);
        let title_words: Vec<String> = m.actor.name.split_whitespace().map(str::to_ascii_lowercase).collect();
        let named = match m.kind {
            MentionKind::Name => true,
            MentionKind::Title => !title_words.contains(&c.doc.token_text(last as usize).to_ascii_lowercase()),
            _ => false,
        };
        named && m.tokens.end >= m.tokens.start + 2 && proper(last) && proper(last - 1) && m.actor.sector.is_some()
    };
    one_code_apart(c, s, t) && person(sm) && person(tm)
}

/// True when the actor coded `t` is the armed forces of the state (or its government or leaders)
/// coded `s`: "Britain mobilized army reservists", the army being Britain's means, not its target.
fn own_forces(s: &str, t: &str) -> bool {
    own_organ(s, t, "MIL")
}

/// True when the actor coded `t` is the body with sector `organ` ("MIL", "GOV") of the state (or
/// its government or leaders) coded `s`: the state's own organ, its means, never its counterpart.
fn own_organ(s: &str, t: &str, organ: &str) -> bool {
    (s.len() == 3 || (s.len() == 6 && (s.ends_with("GOV") || s.ends_with("ELI")))) && t.len() == 6 && t.starts_with(&s[..3]) && t.ends_with(organ) && !matches!(&s[..3], "IGO" | "NGO" | "IMG")
}

/// Prepositions that mark the counterpart of a reciprocal act ("met with", "spoke to", "fought
/// against"); any other phrase names its topic, place or occasion ("about Ukraine", "in Doha").
const COUNTERPART_PREPS: &[&str] = &["with", "to", "against", "between"];

impl<'a> Coder<'a> {
    /// True when coordinated sources of a reciprocal act at `t` (pattern `p`) are each other's
    /// counterparts and no target found is one: the act's verb or noun (or the noun it has as
    /// object or under a light verb) is reciprocal (`coder.toml` `reciprocal_verbs`, `reciprocal_nouns`), the
    /// sources are at least two actors, and every target stands in a phrase of topic, place or
    /// occasion, not as the act's object nor after a preposition of counterpart ("Lavrov and
    /// Blinken spoke about Ukraine": Russia and the United States, not Ukraine; "Rwanda and the
    /// DRC sign a peace agreement in Washington": not the United States). A target outside the
    /// sentence (a pronoun resolved elsewhere) is kept.
    pub(super) fn reciprocal_sources(&self, c: &Ctx, t: u32, p: &Pattern, m: &Match, sources: &[(u32, bool)], targets: &[(u32, bool)]) -> bool {
        let code_of = |x: u32| c.doc.mentions[x as usize].actor.code.as_str();
        if targets.is_empty() || !self.lexicon.reciprocal_pattern(p) || !sources.iter().any(|&(s, _)| code_of(s) != code_of(sources[0].0)) {
            return false;
        }
        if !reciprocal_predicate(self.lexicon, c, t, p, m) {
            return false;
        }
        let counterpart = |tm: u32| {
            let h = c.doc.mentions[tm as usize].head;
            if (h as usize) < c.base || (h as usize) >= c.end {
                return true;
            }
            // (From a conjunct, apposition or name part to the phrase's first word.)
            let mut x = h;
            for _ in 0..6 {
                let d = c.dep(x);
                match c.head(x) {
                    Some(up) if d.is("conj") || d.is("appos") || d.is("flat") || d.is("compound") => x = up,
                    _ => break,
                }
            }
            let direct = (c.dep(x).is("obj") || c.dep(x).is("iobj")) && c.head(x).is_some_and(|v| v == t || Some(v) == m.via);
            direct || c.case_of(x).is_some_and(|k| COUNTERPART_PREPS.contains(&k.to_ascii_lowercase().as_str()))
        };
        !targets.iter().any(|&(tm, _)| counterpart(tm))
    }
}

/// True when the act at `t` (pattern `p`) is reciprocal by its words: its verb or noun, the noun
/// under its light verb or (for a verb) its object noun is a reciprocal word
/// ([`reciprocal_word`]: "clashed", "held talks", "signed an agreement").
fn reciprocal_predicate(lex: &Lexicon, c: &Ctx, t: u32, p: &Pattern, m: &Match) -> bool {
    let among = |w: u32| reciprocal_word(lex, c, w);
    among(t) || m.via.is_some_and(among) || (!p.nominal && c.kids(t).iter().copied().any(|k| c.dep(k).is("obj") && among(k)))
}

/// True when token `w` is a verb in `coder.toml` `reciprocal_verbs` or a noun in `reciprocal_nouns`.
fn reciprocal_word(lex: &Lexicon, c: &Ctx, w: u32) -> bool {
    let (lemma, form) = (c.lemma(w).to_ascii_lowercase(), c.doc.token_text(w as usize).to_ascii_lowercase());
    match c.doc.tokens[w as usize].upos {
        Upos::Verb => lex.reciprocal_verbs.contains(&lemma),
        Upos::Noun => lex.reciprocal_nouns.contains(&lemma) || lex.reciprocal_nouns.contains(&form),
        _ => false,
    }
}

/// True when coordinated sources of the act at `t` (pattern `p`) do it to each other rather than
/// together: its words are reciprocal (`reciprocal_predicate`: "clashed", "met"; or the verb it
/// completes: "exchanged fire"), its parties stand in a "between" phrase, or it is a war or
/// conflict they wage ("the Israel-Hamas war"). Allies are no foes: "the army and police launched
/// an offensive", "UAE and US airstrikes". (Asked of violent acts only: limiting cooperative acts
/// too — "Estonia, Latvia and Lithuania join the grid" is no act of each on the others — removed
/// 40 wrong Wikipedia events but two hits on our gold, so it was not kept.)
///
/// Sources fighting on a third party's side fight together: "Britons and Americans who had
/// fought for Ukraine", "Chechen and Belarusian volunteers fighting alongside Ukraine" (`allied_side`).
pub(super) fn mutual_act(lex: &Lexicon, c: &Ctx, t: u32, p: &Pattern, m: &Match, sources: &[(u32, bool)]) -> bool {
    const WAGED: &[&str] = &["war", "conflict", "feud"];
    if !allied_side(c, t, sources).is_empty() {
        return false;
    }
    // (Or the verb it completes: "exchange fire", "fire" parsed as the complement of "exchange".)
    let governor = c.head(t).filter(|_| c.dep(t).is("obj") || c.dep(t).is("xcomp")).is_some_and(|h| c.doc.tokens[h as usize].upos == Upos::Verb && lex.reciprocal_verbs.contains(&c.lemma(h).to_ascii_lowercase()));
    reciprocal_predicate(lex, c, t, p, m)
        || governor
        || parties_between(c, sources)
        || (p.nominal && WAGED.contains(&c.lemma(t).to_ascii_lowercase().as_str()))
}

/// The actors named by a "for" or "alongside" phrase of the act at `t`, other than every source's
/// own: the side its sources take ("fought for Ukraine"). A side that is a source's own is what
/// they fight over ("Russian and Ukrainian troops fought for Bakhmut").
pub(super) fn allied_side(c: &Ctx, t: u32, sources: &[(u32, bool)]) -> Vec<u32> {
    let code_of = |x: u32| {
        let a = &c.doc.mentions[x as usize].actor;
        a.country.clone().unwrap_or_else(|| a.code.clone())
    };
    let own: Vec<String> = sources.iter().map(|&(s, _)| code_of(s)).collect();
    c.kids(t)
        .iter()
        .copied()
        .filter(|&k| c.dep(k).is("obl") && c.case_of(k).is_some_and(|w| w.eq_ignore_ascii_case("for") || w.eq_ignore_ascii_case("alongside")))
        .filter_map(|k| c.mention_for(k).filter(|&(_, via)| !via).map(|(x, _)| x))
        .filter(|&x| !own.contains(&code_of(x)))
        .collect()
}

/// True when a source mention stands in a "between" or "among" phrase ("clashes between the army
/// and the rebels"), which names the parties of a reciprocal act whatever its word.
fn parties_between(c: &Ctx, sources: &[(u32, bool)]) -> bool {
    sources.iter().any(|&(sm, _)| {
        let mut x = c.doc.mentions[sm as usize].head;
        if (x as usize) < c.base || (x as usize) >= c.end {
            return false;
        }
        for _ in 0..6 {
            match c.head(x) {
                Some(up) if c.dep(x).is("conj") => x = up,
                _ => break,
            }
        }
        c.case_of(x).is_some_and(|k| k.eq_ignore_ascii_case("between") || k.eq_ignore_ascii_case("among"))
    })
}

/// True when `k` is a "with" phrase after "together" or "along": a companion in the act, who does
/// it beside the subject, not its target ("Merz arrived in Kyiv together with the leaders of France,
/// Britain and Poland"; CGEL ch. 7, "together with" and "along with" as complex prepositions of
/// accompaniment).
pub(super) fn companion(c: &Ctx, k: u32) -> bool {
    let with = c.kids(k).iter().copied().find(|&g| c.dep(g).is("case") && c.lemma(g).eq_ignore_ascii_case("with"));
    with.is_some_and(|w| w as usize > c.base && matches!(c.doc.token_text(w as usize - 1).to_ascii_lowercase().as_str(), "together" | "along"))
}

/// Adverbs that make an act a joint one of its coordinated subjects ("jointly arrested").
const JOINT_ADVERBS: [&str; 2] = ["jointly", "together"];
/// Verbs that state what parties have or make up between them, no act ("together own 40%").
const JOINT_STATIVE_VERBS: [&str; 11] = ["have", "hold", "own", "represent", "account", "control", "make", "total", "comprise", "win", "produce"];

impl<'a> Coder<'a> {
    /// Coordinated subjects of two or more countries acting jointly at verb `v` ("French and
    /// Nigerien troops conducted joint operations", "Colombian and Ecuadorian police jointly
    /// arrested"): the parties' mentions and the cooperation code among them, CAMEO 062 for a
    /// military act or military sources, 063 for police or judicial ones (none for others). The act
    /// is joint by an adverb ("jointly", "together", not "together with", whose object is a
    /// co-party) or by "joint" on its object noun. Only the subjects are parties: an instrument
    /// ("with tanks") or a place is never one. None for a passive, a stative verb ("together
    /// own") or a joint object that is no military or police act ("a joint statement").
    pub(super) fn joint_parties(&self, c: &Ctx, v: u32) -> Option<(Vec<u32>, &'static str)> {
        if c.doc.tokens[v as usize].upos != Upos::Verb || c.is_passive(v) {
            return None;
        }
        let stative = JOINT_STATIVE_VERBS.contains(&c.lemma(v).to_ascii_lowercase().as_str());
        let adverb = !stative && c.kids(v).iter().copied().any(|k| c.dep(k).is("advmod") && JOINT_ADVERBS.contains(&c.lemma(k).to_ascii_lowercase().as_str()) && !c.kids(k).iter().any(|&g| c.dep(g).is("obl") || c.dep(g).is("nmod")));
        let object = c.kids(v).iter().copied().find(|&k| c.dep(k).is("obj") && c.kids(k).iter().any(|&g| (c.dep(g).is("amod") || c.dep(g).is("compound")) && c.lemma(g).eq_ignore_ascii_case("joint")));
        let noun = object.map(|o| c.lemma(o).to_ascii_lowercase());
        let military_noun = noun.as_ref().is_some_and(|n| self.lexicon.joint_military_nouns.contains(n));
        let police_noun = noun.as_ref().is_some_and(|n| self.lexicon.joint_police_nouns.contains(n));
        if !(adverb || military_noun || police_noun) {
            return None;
        }
        let (s, _) = self.subject(c, v, 0)?;
        let mut words = Vec::new();
        c.with_conjuncts(s, &mut words);
        let mut parties: Vec<u32> = Vec::new();
        for w in words {
            if let Some((m, _)) = c.mention_for(w) {
                if !parties.contains(&m) {
                    parties.push(m);
                }
            }
        }
        let country = |m: u32| {
            let a = &c.doc.mentions[m as usize].actor;
            a.country.clone().or_else(|| a.code.get(..3).map(str::to_string))
        };
        let first = country(*parties.first()?);
        if first.is_none() || parties.iter().all(|&m| country(m) == first) {
            return None;
        }
        let sector = |m: u32, sectors: &[&str]| c.doc.mentions[m as usize].actor.sector.as_deref().is_some_and(|x| sectors.contains(&x));
        let code = if police_noun || object.is_some_and(|o| civil_operation(c, self.lexicon, o, &parties)) || (!military_noun && parties.iter().any(|&m| sector(m, &["COP", "JUD", "SPY"]))) {
            "063"
        } else if military_noun || parties.iter().any(|&m| sector(m, &["MIL"])) {
            "062"
        } else {
            // (Governments acting "jointly" mostly speak or sign together, "jointly called for",
            // an act of its own root, not cooperation of 060.)
            return None;
        };
        Some((parties, code))
    }
}

/// Sectors of civil authorities: their operation is police or judicial work.
const CIVIL_SECTORS: [&str; 4] = ["GOV", "COP", "JUD", "SPY"];

/// True when noun `n` is an operation or mission of civil authorities (no party among `parties`
/// is military or armed "forces", one is a government, police, judicial or intelligence actor, and no modifier
/// of `military_modifiers` makes it military): police or judicial cooperation (CAMEO 063), not military (062).
/// ("Authorities from Canada, Denmark and France announce a joint operation to crack down on
/// malware"; "the intelligence services of Syria and Turkey conduct a joint operation".)
pub(super) fn civil_operation(c: &Ctx, lex: &Lexicon, n: u32, parties: &[u32]) -> bool {
    if c.doc.tokens[n as usize].upos != Upos::Noun || !lex.operation_nouns.contains(&c.lemma(n).to_ascii_lowercase()) {
        return false;
    }
    if c.kids(n).iter().any(|&k| (c.dep(k).is("amod") || c.dep(k).is("compound")) && lex.military_modifiers.contains(&c.lemma(k).to_ascii_lowercase())) {
        return false;
    }
    let sector = |m: u32| c.doc.mentions[m as usize].actor.sector.clone().unwrap_or_default();
    // (Armed "forces" of any sector are military: "Iraqi security forces".)
    let armed = |m: u32| sector(m) == "MIL" || c.lemma(c.doc.mentions[m as usize].head).eq_ignore_ascii_case("force");
    !parties.iter().any(|&m| armed(m)) && parties.iter().any(|&m| CIVIL_SECTORS.contains(&sector(m).as_str()))
}

impl<'a> Coder<'a> {
    /// Adds the cooperation of parties acting jointly (`joint_parties`) as events of each party
    /// toward each other one, besides whatever the verb itself coded ("French and Nigerien troops
    /// conducted joint operations against Islamic State fighters": FRA<>NER 062 and each 190 on
    /// the fighters). Only an asserted act that is no one else's reported content.
    pub(super) fn code_joint_acts(&self, c: &Ctx, sentence: u32, first_event: usize, events: &mut Vec<detente_core::Event>) {
        for v in c.base as u32..c.end as u32 {
            let Some((parties, code)) = self.joint_parties(c, v) else { continue };
            if self.content_head(c, v).is_some_and(|h| !self.own_claim(c, h, v)) || self.modality(c, v, 0).0 != detente_core::Modality::Asserted {
                continue;
            }
            let Some(entry) = self.table.get(code) else { continue };
            let verb = c.doc.tokens[v as usize].range;
            for &a in &parties {
                for &b in &parties {
                    let (sm, tm) = (&c.doc.mentions[a as usize], &c.doc.mentions[b as usize]);
                    // One country's parties, or co-agents of one state with no country named ("the
                    // army and police began joint operations"): no dyad (`co_agents`).
                    let same = |x: &detente_core::Mention, y: &detente_core::Mention| x.actor.country.is_some() && x.actor.country == y.actor.country || x.actor.code == y.actor.code || super::co_agents(self.lexicon, &x.actor, &y.actor);
                    if a == b || same(sm, tm) {
                        continue;
                    }
                    let coded = events[first_event..].iter().any(|e| e.cameo.get(..2) == Some("06") && e.source.actor.code == sm.actor.code && e.target.as_ref().is_some_and(|t| t.actor.code == tm.actor.code));
                    if coded {
                        continue;
                    }
                    events.push(super::inferred_event(sentence, entry, sm, tm, verb, "coder: joint act of coordinated parties", 0.7));
                }
            }
        }
    }
}

/// The main verb a subjectless "-ing" adverbial clause `v` belongs to when the parse hung it,
/// after a comma, on a noun, adjective or punctuation `h` that is no predicate ("..., offering instead to
/// meet him", "..., before travelling on to Kyiv"): the nearest verb above it with its own
/// subject (or the root) outside a relative clause, when it comes before `v` and is not passive.
fn trailing_participle_clause(c: &Ctx, v: u32, h: u32) -> Option<u32> {
    let t = &c.doc.tokens[h as usize];
    if !c.dep(v).is("advcl") || c.doc.tokens[v as usize].xpos.as_str() != "VBG" || !matches!(t.upos, Upos::Noun | Upos::Adj | Upos::Propn | Upos::Num | Upos::Punct) || c.kids(h).iter().any(|&k| c.dep(k).is("cop")) {
        return None;
    }
    main_verb_after_comma(c, v, h)
}

/// The nearest verb above `h` with a subject of its own (or the root), outside relative clauses
/// and never past a reported clause, for an "-ing" clause `v` that begins after a comma; `None`
/// when there is no comma or the verb found is passive or comes after `v`.
fn main_verb_after_comma(c: &Ctx, v: u32, h: u32) -> Option<u32> {
    if !set_off_by_comma(c, v) {
        return None;
    }
    main_verb_above(c, v, h)
}

/// True when the clause of verb `v` begins after a comma: the word before the participle or
/// before its subordinator.
fn set_off_by_comma(c: &Ctx, v: u32) -> bool {
    let first = c.kids(v).iter().copied().find(|&k| k < v && c.dep(k).is("mark")).unwrap_or(v);
    first as usize > c.base && c.lemma(first - 1) == ","
}

/// The nearest verb above the word `h` that the clause `v` hangs on, with a subject of its own,
/// before `v` and not passive (see `main_verb_after_comma`).
fn main_verb_above(c: &Ctx, v: u32, h: u32) -> Option<u32> {
    // The nearest verb above with a subject of its own, past relative clauses and subjectless
    // infinitives ("urged Odinga to call off the protests that have left dozens dead, offering
    // ..." is the urging subject's offer; "after Al-Shabaab launches an attack, detonating
    // bombs" is Al-Shabaab's).
    let mut r = h;
    for _ in 0..12 {
        // (Never out of a reported clause into its reporting verb: "the ministry says an F-16
        // struck ..., killing 35".)
        if c.dep(r).is("ccomp") {
            return None;
        }
        let g = c.head(r)?;
        let own_subject = c.head(g).is_none() || c.kids(g).iter().any(|&k| c.dep(k).is("nsubj"));
        if c.doc.tokens[g as usize].upos == Upos::Verb && own_subject && !c.dep(g).is("acl:relcl") {
            return (g < v && !c.is_passive(g)).then_some(g);
        }
        r = g;
    }
    None
}
