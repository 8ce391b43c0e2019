//! Parse repair before coding: finite verbs the parser hung as participle modifiers of a noun
//! are put back at the head of their clause on a copy of the tokens, so that the patterns see
//! the verb with its subject and object; and a subject split off the name before it is given
//! back (`split_subject`); an agent marked by a preposition that names no doer becomes a
//! plain oblique (`misread_agent`); a subordinator taken for a preposition of the next clause's
//! subject marks its clause again (`slipped_subordinator`, and `object_read_as_clause_subject`
//! when the parse made the main verb's object that clause's subject); a name split at its own "of" is
//! joined again (`name_split_at_of`).
//! (The reduced relative hung as a conjunct, "brandy imported from the EU", and the "-ing" noun
//! taken for an adverbial clause, "investigating money laundering by X", are mended in the
//! language stage: `detente_text::language::repair::{REDUCED_RELATIVE_CONJUNCT, GERUND_OBJECT}`.)
use detente_core::{Document, Upos};

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
///   gives "issued a statement criticising Japan";
/// - an `obl:agent` marked by a preposition that names no doer ("injured in the UAE") becomes a
///   plain `obl` (`misread_agent`);
/// - a subordinator hung as the preposition of the next clause's subject inside the object phrase
///   ("fired tear gas as protesters marched", "as protesters" under "gas") marks that clause again,
///   an adverbial clause with its own subject (`slipped_subordinator`); so does one hung on the
///   main verb's object that the parse made the clause's subject ("killed 100 people as Iraqi
///   forces were battling militants": `object_read_as_clause_subject`, the object given back);
/// - a "to"-infinitive of purpose hung as `acl` on the noun of a place or time phrase ("camped on the
///   outskirts of New Delhi to protest") becomes an adverbial clause of that phrase's verb
///   (`slipped_purpose`);
/// - an indefinite noun phrase hung as an apposition of the object of a naming verb (`naming`,
///   `coder.toml` `naming_verbs`) becomes the verb's predicative `xcomp` ("called Nicolas Maduro a
///   dictator": `predicative_apposition`);
/// - the subject of a relative clause with no relative word, taken for a passive subject of a
///   past form hung as the noun's participle ("an attack Qatar's prime minister condemned as state
///   terrorism") with no passive auxiliary, is the clause's subject, the verb a relative clause
///   (`relative_subject_read_as_passive`);
/// - a name the parser split at its own "of", the words after it the subject of the next verb, is
///   joined again ("its case at the International Court of Justice accusing Iran":
///   `name_split_at_of`);
/// - a bare noun right after an active verb that already has its subject, parsed as a second
///   subject, is the verb's object ("The Czech Republic expels a Belarusian diplomat":
///   `second_subject`).
pub(super) fn repair_participles(doc: &Document, lex: &crate::Lexicon, is_event_verb: &dyn Fn(&str) -> bool) -> Option<Vec<detente_core::Token>> {
    let (temporal, reporting, naming) = (&lex.temporal_nouns, &lex.reporting_heads, &lex.naming_verbs);
    let mut out: Option<Vec<detente_core::Token>> = None;
    let amod = detente_core::DepRel::parse("amod");
    let obj = detente_core::DepRel::parse("obj");
    let acl = detente_core::DepRel::parse("acl");
    let obl = detente_core::DepRel::parse("obl");
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
            if let Some(h) = unit_read_as_verb(doc, v, &lex.currency_nouns, inside, kids_of) {
                let t = out.get_or_insert_with(|| doc.tokens.clone());
                t[v].upos = Upos::Noun;
                t[v].xpos = detente_core::Xpos::parse("NNS");
                t[v].deprel = obj;
                for k in kids_of(v).filter(|&k| toks[k].deprel.is("xcomp") && toks[k].xpos.as_str() == "VB") {
                    t[k].head = Some(h as u32);
                    t[k].deprel = detente_core::DepRel::parse("advcl");
                }
                continue;
            }
            if misread_agent(doc, v, kids_of(v)) {
                let t = out.get_or_insert_with(|| doc.tokens.clone());
                t[v].deprel = obl;
                continue;
            }
            if let Some(h) = report_on_a_time(doc, v, temporal, reporting, &lex.charge_heads, inside) {
                let t = out.get_or_insert_with(|| doc.tokens.clone());
                t[v].head = Some(h as u32);
                t[v].deprel = detente_core::DepRel::parse("ccomp");
                continue;
            }
            if let Some(g) = slipped_purpose(doc, v, lex, inside) {
                let t = out.get_or_insert_with(|| doc.tokens.clone());
                t[v].head = Some(g as u32);
                t[v].deprel = detente_core::DepRel::parse("advcl");
                continue;
            }
            if let Some(g) = predicative_apposition(doc, v, naming, inside) {
                let t = out.get_or_insert_with(|| doc.tokens.clone());
                t[v].head = Some(g as u32);
                t[v].deprel = detente_core::DepRel::parse("xcomp");
                continue;
            }
            if let Some(g) = trailing_participle(doc, v, inside) {
                let t = out.get_or_insert_with(|| doc.tokens.clone());
                t[v].head = Some(g as u32);
                continue;
            }
            if let Some((n, w)) = slipped_subordinator(doc, v, r.clone()) {
                mark_clause(out.get_or_insert_with(|| doc.tokens.clone()), v, n, w);
                continue;
            }
            if second_subject(doc, v, inside) {
                let t = out.get_or_insert_with(|| doc.tokens.clone());
                t[v].deprel = obj;
                continue;
            }
            if let Some((n, w, o, h)) = object_read_as_clause_subject(doc, v, r.clone()) {
                let t = out.get_or_insert_with(|| doc.tokens.clone());
                t[o].head = Some(h as u32);
                t[o].deprel = detente_core::DepRel::parse("obj");
                mark_clause(t, v, n, w);
                continue;
            }
            if let Some(h) = relative_subject_read_as_passive(doc, v, inside) {
                let t = out.get_or_insert_with(|| doc.tokens.clone());
                t[v].deprel = detente_core::DepRel::parse("nsubj");
                t[h].deprel = detente_core::DepRel::parse("acl:relcl");
                continue;
            }
            if let Some((of, h)) = name_split_at_of(doc, v, inside) {
                let t = out.get_or_insert_with(|| doc.tokens.clone());
                t[v].head = Some(h as u32);
                t[v].deprel = detente_core::DepRel::parse("nmod");
                t[of].head = Some(v as u32);
                t[of].deprel = detente_core::DepRel::parse("case");
                continue;
            }
            if let Some((y, h)) = split_subject(doc, v, inside) {
                let t = out.get_or_insert_with(|| doc.tokens.clone());
                t[y].head = t[v].head;
                t[y].deprel = t[v].deprel;
                t[v].head = Some(h as u32);
                t[v].deprel = detente_core::DepRel::parse("appos");
                continue;
            }
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

/// The verb whose object a unit of currency `v` (`coder.toml` `currency_nouns`) is when the tagger
/// read it as a verb complement of that verb: "Germany gave 352.5 million euros to promote
/// private investment ... in Ethiopia", "euros" tagged VBZ as a `ccomp` or `xcomp` of "gave" with
/// "million" its number. A unit counted by a number is a noun (CGEL ch. 5), and a verb with no
/// object of its own takes it as its object. Returns that verb.
/// `kids_of` lists a word's dependents within its sentence.
fn unit_read_as_verb<I: Iterator<Item = usize>>(doc: &Document, v: usize, currency: &crate::lexicon::WordSet, inside: impl Fn(Option<u32>) -> Option<u32>, kids_of: impl Fn(usize) -> I) -> Option<usize> {
    let toks = &doc.tokens;
    let tv = &toks[v];
    if tv.upos != Upos::Verb || !currency.contains(&tv.lemma.to_ascii_lowercase()) || !(tv.deprel.is("ccomp") || tv.deprel.is("xcomp")) {
        return None;
    }
    let h = inside(tv.head)? as usize;
    let kid = |g: usize, rel: &str| kids_of(g).any(|k| toks[k].deprel.is(rel));
    let counted = kids_of(v).any(|k| k < v && toks[k].upos == Upos::Num && (toks[k].deprel.is("nummod") || toks[k].deprel.is("compound")));
    (counted && toks[h].upos == Upos::Verb && !kid(h, "obj") && !kid(v, "nsubj") && !kid(v, "obj")).then_some(h)
}

/// The clause a "to"-infinitive of purpose `v` belongs to when the parser hung it as a modifier
/// (`acl`) of the common noun of a prepositional phrase before it: "Indian farmers camped on the
/// outskirts of New Delhi to protest against the laws" ("to protest" under "outskirts"), "800
/// prisoners have been on hunger strike for two weeks to protest" (under "weeks"). A noun of
/// place or time in an adverbial phrase takes no infinitive of its own: the purpose is the
/// clause's (CGEL ch. 8, adjuncts of purpose), and so is its subject. Only a noun of place or
/// time (`coder.toml` `adjunct_nouns`, `temporal_nouns`): "a resolution to rebuke", "a framework
/// to restore relations" keep their infinitive. Left as parsed: a noun inside an actor's
/// mention, which may be the doer ("called on the international community to act"), a verb of
/// object control, and a phrase of "of" ("the outskirts of a city to"). Returns
/// the clause's head: the verb the phrase modifies, or the predicate noun of a copular clause.
fn slipped_purpose(doc: &Document, v: usize, lex: &crate::Lexicon, inside: impl Fn(Option<u32>) -> Option<u32>) -> Option<usize> {
    let toks = &doc.tokens;
    let tv = &toks[v];
    if tv.upos != Upos::Verb || tv.xpos.as_str() != "VB" || tv.deprel.as_str() != "acl" {
        return None;
    }
    let kids = |x: usize| (0..toks.len()).filter(move |&k| toks[k].head == Some(x as u32));
    if !kids(v).any(|k| toks[k].deprel.is("mark") && toks[k].lemma.eq_ignore_ascii_case("to")) {
        return None;
    }
    let h = inside(tv.head)? as usize;
    let lemma = toks[h].lemma.to_ascii_lowercase();
    let marked = kids(h).any(|k| toks[k].deprel.is("case") && !toks[k].lemma.eq_ignore_ascii_case("of"));
    let setting = lex.adjunct_nouns.contains(&lemma) || lex.temporal_nouns.contains(&lemma);
    if h >= v || toks[h].upos != Upos::Noun || !marked || !setting || doc.mentions.iter().any(|m| m.tokens.contains(&(h as u32))) {
        return None;
    }
    let g = inside(toks[h].head)? as usize;
    let clause = match toks[g].upos {
        Upos::Verb => toks[h].deprel.is("obl") && !lex.object_control.contains(&toks[g].lemma.to_ascii_lowercase()),
        Upos::Noun => toks[h].deprel.is("nmod") && kids(g).any(|k| toks[k].deprel.is("cop")),
        _ => false,
    };
    clause.then_some(g)
}

/// The naming verb whose predicative `v` is, when the parser hung that noun phrase as an
/// apposition of the verb's object: "Milei called Nicolas Maduro a dictator", "dictator" under
/// "Nicolas" (CGEL ch. 4, complex-transitive clauses). Only a common noun with the indefinite
/// article and no punctuation between it and the object: "called Maduro, the president, to
/// say ..." keeps its apposition, as does "called Maduro the president" (a definite phrase may
/// identify the object rather than describe it).
fn predicative_apposition(doc: &Document, v: usize, naming: &crate::lexicon::WordSet, inside: impl Fn(Option<u32>) -> Option<u32>) -> Option<usize> {
    let toks = &doc.tokens;
    let tv = &toks[v];
    if !tv.deprel.is("appos") || tv.upos != Upos::Noun {
        return None;
    }
    let h = inside(tv.head)? as usize;
    if h >= v || !toks[h].deprel.is("obj") {
        return None;
    }
    let g = inside(toks[h].head)? as usize;
    if toks[g].upos != Upos::Verb || g >= h || !naming.contains(&toks[g].lemma.to_ascii_lowercase()) {
        return None;
    }
    let indefinite = (h + 1..v).any(|k| toks[k].head == Some(v as u32) && toks[k].deprel.is("det") && matches!(toks[k].lemma.to_ascii_lowercase().as_str(), "a" | "an"));
    let unbroken = !(h + 1..v).any(|k| toks[k].upos == Upos::Punct);
    (indefinite && unbroken).then_some(g)
}

/// The reporting verb whose reported clause `v` is, when the parser hung that clause as a relative
/// clause of the time word after the verb: "Erdogan said on Thursday he was optimistic about
/// relations with Greece", parsed with "he was optimistic" a relative clause of "Thursday". A
/// clause with a subject of its own and no relative word or marker, on a time word (`temporal`,
/// `coder.toml` `temporal_nouns`) that is an oblique of a verb of saying (`reporting`,
/// `reporting_heads`) before it, is what the verb reports: "the day he was elected" has no
/// verb of saying to report it. So is a clause marked "that" on a bare time word (no determiner)
/// after a verb of saying or of finding (`charge_heads`): "determined on Tuesday that members of
/// the RSF had committed genocide" ("the day that he was elected" keeps its relative clause).
/// Returns that verb.
fn report_on_a_time(doc: &Document, v: usize, temporal: &crate::lexicon::WordSet, reporting: &crate::lexicon::WordSet, judging: &crate::lexicon::WordSet, inside: impl Fn(Option<u32>) -> Option<u32>) -> Option<usize> {
    let toks = &doc.tokens;
    if toks[v].deprel.as_str() != "acl:relcl" {
        return None;
    }
    let n = inside(toks[v].head)? as usize;
    if n >= v || !temporal.contains(&toks[n].lemma.to_ascii_lowercase()) || !(toks[n].deprel.is("obl") || toks[n].deprel.is("nmod")) {
        return None;
    }
    let h = inside(toks[n].head)? as usize;
    let head_lemma = toks[h].lemma.to_ascii_lowercase();
    if h >= n || toks[h].upos != Upos::Verb || !(reporting.contains(&head_lemma) || judging.contains(&head_lemma)) {
        return None;
    }
    // (Its own subject, and no relative word or marker of its own: "on Tuesday, when the talks began";
    // but for the complementiser "that" after a bare time word.)
    let kids = || (n + 1..toks.len().min(v + 40)).filter(|&k| toks[k].head == Some(v as u32));
    let relative = |k: usize| matches!(doc.token_text(k).to_ascii_lowercase().as_str(), "who" | "whom" | "which" | "that" | "when" | "where" | "whose" | "while");
    let bare_time = !(0..n).any(|k| toks[k].head == Some(n as u32) && toks[k].deprel.is("det"));
    let complementiser = |k: usize| bare_time && toks[k].deprel.is("mark") && doc.token_text(k).eq_ignore_ascii_case("that");
    let subject = kids().any(|k| toks[k].deprel.is("nsubj") && !relative(k));
    let said = reporting.contains(&head_lemma) && !kids().any(|k| toks[k].deprel.is("mark") || relative(k));
    let that_clause = kids().any(complementiser) && !kids().any(|k| (toks[k].deprel.is("mark") || relative(k)) && !complementiser(k));
    (subject && (said || that_clause)).then_some(h)
}

/// True when token `v` is an `obl:agent` marked by a preposition that names no doer: a place or
/// circumstance the parser took for a passive's agent ("three others are injured in the southern
/// Gaza Strip", "in" the case of "Strip"; "killed, including a Hamas police chief, in an
/// airstrike"). Only "by" names the doer of a passive. Left as parsed: an agent with no
/// preposition (a direct object, see `Ctx::unmarked_agent`); one marked "from" (the origin of
/// what is sent: "weapons delivered from the UAE"), "to" (where it goes: "agreed to US
/// mediation") or "between" (the parties: "an agreement signed between Bahrain and Malaysia");
/// one marked by a word of time, whose oblique would lend the act its occasion's parties ("agreed
/// to a ceasefire after his conversations with Netanyahu"); and an actor with a role after a
/// preposition of place, which the parse may have split off its act ("injured in Tatmadaw
/// airstrikes" with "Tatmadaw" the agent). A bare country or place there is never the doer.
fn misread_agent(doc: &Document, v: usize, kids: impl Iterator<Item = usize>) -> bool {
    const PLACE_PREPS: &[&str] = &["in", "at", "on", "near", "inside", "within", "across", "throughout", "outside"];
    let toks = &doc.tokens;
    if toks[v].deprel.as_str() != "obl:agent" {
        return false;
    }
    let mut case = None;
    for k in kids {
        if toks[k].deprel.is("case") || (toks[k].deprel.is("mark") && toks[k].upos == Upos::Verb) {
            let p = doc.token_text(k).to_ascii_lowercase();
            if matches!(p.as_str(), "by" | "from" | "to" | "between" | "among" | "after" | "before" | "during" | "following" | "amid" | "since" | "until") {
                return false;
            }
            case = Some(p);
        }
    }
    let Some(case) = case else { return false };
    // (An actor with a sector after "in" is kept: "Tatmadaw" MMRMIL; "the Gaza Strip" PSE is a place.)
    !PLACE_PREPS.contains(&case.as_str()) || actor_mention_at(doc, v).is_none_or(|m| m.actor.sector.is_none())
}

/// The actor mention (not a place) whose tokens hold token `t`, if any. The coder's repairs run
/// before its sentence view exists, so they look mentions up here.
fn actor_mention_at(doc: &Document, t: usize) -> Option<&detente_core::Mention> {
    doc.mentions.iter().find(|m| m.kind.is_actor() && m.tokens.contains(&(t as u32)))
}

/// A subordinator of a time running alongside the main act ("as", "when", "while") that the
/// parse took for the preposition (`case`) of the next clause's subject: returns that subject, an
/// actor noun after `a` hung as a noun modifier. Shared by `slipped_subordinator` and
/// `object_read_as_clause_subject`, the two shapes the rest of such a parse takes.
fn subordinator_read_as_case(doc: &Document, a: usize, r: std::ops::Range<usize>) -> Option<usize> {
    // (Closed list of English subordinators of a time running alongside the main act, which also
    // read as a preposition or adverb. Not "after", "before" or "until", whose phrases of time
    // the parse hangs there rightly more often: measured on our gold, one event lost.)
    const SUBORDINATORS: &[&str] = &["as", "when", "while"];
    let toks = &doc.tokens;
    if !toks[a].deprel.is("case") || !SUBORDINATORS.contains(&doc.token_text(a).to_ascii_lowercase().as_str()) {
        return None;
    }
    let n = toks[a].head.map(|h| h as usize).filter(|h| r.contains(h))?;
    if n <= a || !toks[n].deprel.is("nmod") || !matches!(toks[n].upos, Upos::Noun | Upos::Propn | Upos::Pron) {
        return None;
    }
    // (Only an actor, who may do what the verb says: not "as tension rose".)
    actor_mention_at(doc, n)?;
    Some(n)
}

/// Whether verb `w` is finite (a past or present form, or a participle with an auxiliary) and
/// hangs in a clause slot (xcomp, ccomp, conj, advcl, parataxis): a clause a subordinator may mark.
fn finite_clause_verb(doc: &Document, w: usize, r: std::ops::Range<usize>) -> bool {
    let toks = &doc.tokens;
    let tw = &toks[w];
    let finite = matches!(tw.xpos.as_str(), "VBD" | "VBZ" | "VBP") || (matches!(tw.xpos.as_str(), "VBG" | "VBN") && (r.start..r.end).any(|k| toks[k].head == Some(w as u32) && toks[k].deprel.is("aux")));
    let slot = ["xcomp", "ccomp", "conj", "advcl", "parataxis"].iter().any(|d| tw.deprel.is(d));
    tw.upos == Upos::Verb && finite && slot
}

/// Makes verb `w` an adverbial clause with `n` its subject and the subordinator `a` its marker:
/// the reading `slipped_subordinator` and `object_read_as_clause_subject` restore.
fn mark_clause(t: &mut [detente_core::Token], a: usize, n: usize, w: usize) {
    t[w].deprel = detente_core::DepRel::parse("advcl");
    t[n].head = Some(w as u32);
    t[n].deprel = detente_core::DepRel::parse("nsubj");
    t[a].head = Some(w as u32);
    t[a].deprel = detente_core::DepRel::parse("mark");
}

/// A subordinator ("as", "when", "while") the parser took for the preposition of the next clause's subject, that subject
/// hung inside the object phrase before it and the clause's finite verb as a complement or
/// conjunct of the main verb: "Police fired tear gas as protesters marched on parliament", parsed
/// with "as protesters" a modifier of "gas" and "marched" an `xcomp` of "fired". When token `a`
/// is such a subordinator, returns the subject `n` and the verb `w` (which the caller makes an
/// adverbial clause with `n` its subject and `a` its marker). Only for an actor noun the verb follows
/// directly (past the noun's own words, adverbs and auxiliaries), a verb with no subject of its
/// own, hung on a word `n` hangs from through noun modifiers and objects. (A subject hung as an
/// oblique of the main verb, "were killed after gunmen attacked", is left to
/// `Ctx::slipped_clause_subject`.)
fn slipped_subordinator(doc: &Document, a: usize, r: std::ops::Range<usize>) -> Option<(usize, usize)> {
    let toks = &doc.tokens;
    let inside = |h: Option<u32>| h.map(|h| h as usize).filter(|h| r.contains(h));
    let n = subordinator_read_as_case(doc, a, r.clone())?;
    let under = |x: usize, top: usize| {
        let mut y = x;
        for _ in 0..6 {
            match inside(toks[y].head) {
                Some(p) if p == top => return true,
                Some(p) => y = p,
                None => return false,
            }
        }
        false
    };
    // The clause's verb: the first word after the noun that is neither the noun's own nor an adverb or auxiliary.
    let w = (n + 1..r.end).find(|&k| !under(k, n) && !matches!(toks[k].upos, Upos::Adv | Upos::Aux | Upos::Part))?;
    let tw = &toks[w];
    let kids = || (r.start..r.end).filter(move |&k| toks[k].head == Some(w as u32));
    if !finite_clause_verb(doc, w, r.clone()) || kids().any(|k| toks[k].deprel.is("nsubj") || toks[k].deprel.is("expl") || toks[k].deprel.is("mark")) {
        return None;
    }
    // The verb hangs on a word the noun's phrase hangs from, through noun modifiers and objects.
    let h = inside(tw.head)?;
    let mut y = n;
    for _ in 0..4 {
        let p = inside(toks[y].head)?;
        if !(toks[y].deprel.is("nmod") || toks[y].deprel.is("obj") || toks[y].deprel.is("obl")) {
            return None;
        }
        if p == h {
            return Some((n, w));
        }
        y = p;
    }
    None
}

/// A subordinator ("as", "when", "while") the parser took for the preposition of the next
/// clause's subject, hanging that subject on the main verb's object and making the object the
/// clause verb's subject: "The explosion killed more than 100 people as Iraqi forces were
/// battling militants", parsed with "as Iraqi forces" a modifier of "people" and "people" the
/// subject of "battling". When token `a` is such a subordinator, returns the subject `n`, the
/// clause verb `w`, the object `o` and the main verb `h` (the caller makes `o` the object of `h`,
/// `w` an adverbial clause with `n` its subject and `a` its marker). Only for an actor noun between
/// the object and the verb, a finite clause verb after it, and a main verb before the object with
/// no object of its own. (The shape where the clause verb has no subject is `slipped_subordinator`.)
fn object_read_as_clause_subject(doc: &Document, a: usize, r: std::ops::Range<usize>) -> Option<(usize, usize, usize, usize)> {
    let toks = &doc.tokens;
    let inside = |h: Option<u32>| h.map(|h| h as usize).filter(|h| r.contains(h));
    let n = subordinator_read_as_case(doc, a, r.clone())?;
    if toks[n].upos == Upos::Pron {
        return None;
    }
    let o = inside(toks[n].head)?;
    if o >= a || !toks[o].deprel.is("nsubj") {
        return None;
    }
    let w = inside(toks[o].head)?;
    let tw = &toks[w];
    let kids = |x: usize| (r.start..r.end).filter(move |&k| toks[k].head == Some(x as u32));
    if w <= n || !finite_clause_verb(doc, w, r.clone()) || kids(w).any(|k| toks[k].deprel.is("mark") || toks[k].deprel.is("expl")) {
        return None;
    }
    let h = inside(tw.head)?;
    if h >= o || toks[h].upos != Upos::Verb || kids(h).any(|k| toks[k].deprel.is("obj")) {
        return None;
    }
    Some((n, w, o, h))
}

/// A subject the parser took from the end of a titled name before it, with the real
/// subject as its apposition: "After holding a call with Russian president Vladimir Putin, U.S.
/// president Donald Trump says ..." parsed with "Vladimir" as the subject of "says" and "Donald"
/// its apposition. When subject word `x` lies inside an actor mention whose head is elsewhere (not
/// `x` is, one of its words before `x` hanging outside it) and `x` has an apposition in another mention after a comma, returns
/// that apposition (the subject) and the head of `x`'s mention (where `x` goes back).
fn split_subject(doc: &Document, x: usize, inside: impl Fn(Option<u32>) -> Option<u32>) -> Option<(usize, usize)> {
    let toks = &doc.tokens;
    if !toks[x].deprel.is("nsubj") {
        return None;
    }
    inside(toks[x].head)?;
    let m = actor_mention_at(doc, x)?;
    // Another word of the mention, before `x`, hangs outside it: the phrase's own root there.
    let h = (m.tokens.start as usize..x).find(|&k| toks[k].head.is_none_or(|p| !m.tokens.contains(&p)))?;
    let end = m.tokens.end as usize;
    if toks.get(end).is_none_or(|t| t.upos != Upos::Punct) {
        return None;
    }
    let y = (x + 1..toks.len()).find(|&k| toks[k].head == Some(x as u32) && toks[k].deprel.is("appos"))?;
    let m2 = actor_mention_at(doc, y)?;
    ((m2.tokens.start as usize) > end).then_some((y, h))
}

/// A name with "of" inside that the parser split at its "of", taking the "of" for a subordinator
/// and the words after it for the subject of the next verb: "France withdraws its case at the
/// International Court of Justice accusing Iran", parsed with "Justice" the subject of "accusing"
/// and "of" its `mark`. When subject word `x` lies in an actor mention whose root hangs outside it
/// before the "of", and that "of" marks `x`'s verb, returns the "of" and the word before it, where
/// `x` goes back as the name's `nmod` (the "of" its `case`): the name names no subject of the verb.
fn name_split_at_of(doc: &Document, x: usize, inside: impl Fn(Option<u32>) -> Option<u32>) -> Option<(usize, usize)> {
    let toks = &doc.tokens;
    if !toks[x].deprel.is("nsubj") {
        return None;
    }
    let verb = inside(toks[x].head)?;
    let m = actor_mention_at(doc, x)?;
    let of = (m.tokens.start as usize..x).find(|&k| toks[k].lemma.eq_ignore_ascii_case("of") && toks[k].head == Some(verb) && toks[k].deprel.is("mark"))?;
    // The mention's words before the "of" hang outside it: the name's own root is there.
    let before = m.tokens.start as usize..of;
    if before.is_empty() || !before.clone().any(|k| toks[k].head.is_none_or(|p| !m.tokens.contains(&p))) {
        return None;
    }
    Some((of, of - 1))
}

/// The main verb a trailing participle clause belongs to, when the parser hung it on the
/// complement clause before it: "Trump demanded that Japan open its market, accusing Tokyo of
/// ..." ("accusing" under "open"), "the Houthis demanded that the United States halt its strikes,
/// threatening to ...", "Erdogan urged Turks to boycott French goods, escalating a row with
/// Macron" ("escalating" under "boycott"). An "-ing" adverbial clause set off by a comma with no
/// subject, auxiliary or subordinator of its own takes the matrix subject, not the complement's
/// subject nor the object of "urge X to": returns the verb governing that complement (a `ccomp`
/// or `xcomp` before the participle, a bare verb: a complement that reports an act, "say that X
/// targeted ..., killing", keeps its participle). A clause with its own subordinator or subject
/// ("after Israel alleged") is left as parsed.
fn trailing_participle(doc: &Document, v: usize, inside: impl Fn(Option<u32>) -> Option<u32>) -> Option<usize> {
    let toks = &doc.tokens;
    let tv = &toks[v];
    if tv.upos != Upos::Verb || tv.xpos.as_str() != "VBG" || tv.deprel.as_str() != "advcl" || v == 0 || doc.token_text(v - 1) != "," {
        return None;
    }
    let h = inside(tv.head)? as usize;
    let d = toks[h].deprel;
    if h >= v || !(d.as_str() == "ccomp" || d.as_str() == "xcomp") {
        return None;
    }
    // Only a complement that states no act of its own: a bare verb with no auxiliary (a demand's
    // "that Japan open", an infinitive "to boycott"). "The Houthis say that American airstrikes
    // targeted the port, killing 74" reports the killing with the strikes.
    let auxiliary = toks.iter().any(|t| t.head == Some(h as u32) && t.deprel.is("aux"));
    if toks[h].xpos.as_str() != "VB" || auxiliary {
        return None;
    }
    let g = inside(toks[h].head)? as usize;
    let own = toks.iter().any(|t| t.head == Some(v as u32) && (t.deprel.is("nsubj") || t.deprel.is("mark") || t.deprel.is("aux")));
    (g < h && !own && toks[g].upos == Upos::Verb).then_some(g)
}

/// The verb `v` is the subject of, when `v` is a passive subject (`nsubj:pass`) of a past form the
/// parser hung as a participle modifier (`acl`) of a noun before them, with no passive auxiliary:
/// a participle modifier has no subject of its own and a passive clause has its "be" or "get", so
/// the words are a relative clause with no relative word, `v` its active subject and the noun its
/// object ("an attack Qatar's prime minister condemned as state terrorism"; CGEL ch. 12, bare
/// relatives).
fn relative_subject_read_as_passive(doc: &Document, v: usize, inside: impl Fn(Option<u32>) -> Option<u32>) -> Option<usize> {
    let toks = &doc.tokens;
    if toks[v].deprel.as_str() != "nsubj:pass" {
        return None;
    }
    let h = inside(toks[v].head)? as usize;
    let n = inside(toks[h].head)? as usize;
    let auxiliary = toks.iter().any(|t| t.head == Some(h as u32) && t.deprel.is("aux"));
    let ok = toks[h].deprel.as_str() == "acl" && toks[h].upos == Upos::Verb && matches!(toks[h].xpos.as_str(), "VBN" | "VBD") && !auxiliary && n < v && v < h && matches!(toks[n].upos, Upos::Noun | Upos::Pron);
    ok.then_some(h)
}

/// True when `v`, a bare noun the parser made a second subject (`nsubj`) of an active verb, is
/// that verb's direct object: an English active clause has one subject, before its finite verb,
/// and a noun phrase with no preposition right after a transitive verb is its object ("The Czech
/// Republic expels a Belarusian diplomat accused of espionage", "diplomat" parsed as a subject of
/// "expels"; CGEL ch. 4, the object follows the verb). Only when the verb has a subject of its own
/// before it and no object, no passive or copula and no clausal complement: an inverted quotation
/// ("..., said the minister") has no earlier subject.
fn second_subject(doc: &Document, v: usize, inside: impl Fn(Option<u32>) -> Option<u32>) -> bool {
    let toks = &doc.tokens;
    if toks[v].deprel.as_str() != "nsubj" || !matches!(toks[v].upos, Upos::Noun | Upos::Propn) {
        return false;
    }
    let Some(h) = inside(toks[v].head).map(|h| h as usize) else { return false };
    if h >= v || toks[h].upos != Upos::Verb || !matches!(toks[h].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "VB") {
        return false;
    }
    let kids = || toks.iter().enumerate().filter(|(_, t)| t.head == Some(h as u32));
    let earlier = kids().any(|(k, t)| k < h && t.deprel.as_str() == "nsubj");
    let blocked = kids().any(|(_, t)| matches!(t.deprel.as_str(), "obj" | "aux:pass" | "cop" | "ccomp" | "expl" | "nsubj:pass"));
    let marked = toks.iter().any(|t| t.head == Some(v as u32) && t.deprel.is("case"));
    // (The words between the verb and the noun are the noun's own: "expels a Belarusian diplomat".)
    let adjacent = (h + 1..v).all(|k| inside(toks[k].head).is_some_and(|x| x as usize == v));
    earlier && !blocked && !marked && adjacent
}
