//! The coder's word lists (modality, control, discards, intent codes), read from
//! `dictionaries/events/coder.toml`.
use crate::EventsError;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

/// The shipped coder word lists, compiled into the binary.
pub const BUILTIN_LEXICON: &str = include_str!("../../../dictionaries/events/coder.toml");
/// Where the shipped word lists live.
pub const BUILTIN_LEXICON_PATH: &str = "dictionaries/events/coder.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconConfig {
    source: String,
    intent_aux: Vec<String>,
    hypothetical_aux: Vec<String>,
    negation: Vec<String>,
    #[serde(default)]
    negated_adverbs: Vec<String>,
    hypothetical_marks: Vec<String>,
    hypothetical_adverbs: Vec<String>,
    intent_heads: Vec<String>,
    negating_heads: Vec<String>,
    #[serde(default)]
    decision_heads: Vec<String>,
    hypothetical_heads: Vec<String>,
    aspect_heads: Vec<String>,
    request_heads: Vec<String>,
    content_heads: Vec<String>,
    reciprocal_roots: Vec<String>,
    #[serde(default)]
    one_way_codes: Vec<String>,
    #[serde(default)]
    reciprocal_codes: Vec<String>,
    #[serde(default)]
    setting_nouns: Vec<String>,
    #[serde(default)]
    stative_passives: Vec<String>,
    light_verbs: Vec<String>,
    temporal_nouns: Vec<String>,
    #[serde(default)]
    duration_nouns: Vec<String>,
    #[serde(default)]
    frequency_nouns: Vec<String>,
    #[serde(default)]
    falling_verbs: Vec<String>,
    #[serde(default)]
    state_posts: Vec<String>,
    #[serde(default)]
    breaking_verbs: Vec<String>,
    object_control: Vec<String>,
    #[serde(default)]
    backshift_aux: Vec<String>,
    #[serde(default)]
    reporting_heads: Vec<String>,
    #[serde(default)]
    stance_heads: Vec<String>,
    #[serde(default)]
    run_nouns: Vec<String>,
    #[serde(default)]
    stance_predicates: Vec<String>,
    #[serde(default)]
    light_obliques: Vec<String>,
    #[serde(default)]
    speaker_pronouns: Vec<String>,
    #[serde(default)]
    document_nouns: Vec<String>,
    #[serde(default)]
    act_nouns: Vec<String>,
    #[serde(default)]
    conditional_threat_verbs: Vec<String>,
    #[serde(default)]
    conditional_inaction_verbs: Vec<String>,
    #[serde(default)]
    document_verbs: Vec<String>,
    #[serde(default)]
    law_nouns: Vec<String>,
    #[serde(default)]
    state_act_codes: Vec<String>,
    #[serde(default)]
    control_nouns: BTreeMap<String, String>,
    intent_codes: BTreeMap<String, String>,
    #[serde(default)]
    refusal_codes: BTreeMap<String, String>,
    #[serde(default)]
    failure_codes: BTreeMap<String, String>,
    #[serde(default)]
    discontinued_codes: BTreeMap<String, String>,
    #[serde(default)]
    conditional_threat_codes: BTreeMap<String, String>,
    #[serde(default)]
    place_prepositions: Vec<String>,
    #[serde(default)]
    refusal_heads: Vec<String>,
    #[serde(default)]
    disaster_nouns: Vec<String>,
    #[serde(default)]
    accident_verbs: Vec<String>,
    #[serde(default)]
    counted_disaster_nouns: Vec<String>,
    #[serde(default)]
    harm_verbs: Vec<String>,
    #[serde(default)]
    victim_nouns: Vec<String>,
    #[serde(default)]
    speaker_possessives: Vec<String>,
    #[serde(default)]
    place_target_roots: Vec<String>,
    #[serde(default)]
    object_phrase_target_roots: Vec<String>,
    #[serde(default)]
    means_of_violence: Vec<String>,
    #[serde(default)]
    clash: Option<ClashConfig>,
    #[serde(default)]
    target_participles: Vec<String>,
    #[serde(default)]
    mutual_verbs: Vec<String>,
    #[serde(default)]
    proposing_verbs: Vec<String>,
    #[serde(default)]
    reciprocal_verbs: Vec<String>,
    #[serde(default)]
    joint_commitment_verbs: Vec<String>,
    #[serde(default)]
    reciprocal_nouns: Vec<String>,
    #[serde(default)]
    dissident_sectors: Vec<String>,
    #[serde(default)]
    armed_group_sectors: Vec<String>,
    #[serde(default)]
    open_adjectives: Vec<String>,
    #[serde(default)]
    state_sectors: Vec<String>,
    #[serde(default)]
    support_nouns: Vec<String>,
    #[serde(default)]
    response_nouns: Vec<String>,
    #[serde(default)]
    halting_verbs: Vec<String>,
    #[serde(default)]
    parallel_marks: Vec<String>,
    #[serde(default)]
    background_preps: Vec<String>,
    #[serde(default)]
    background_heads: Vec<String>,
    #[serde(default)]
    membership_nouns: Vec<String>,
    #[serde(default)]
    holding_participles: Vec<String>,
    #[serde(default)]
    party_nouns: Vec<String>,
    #[serde(default)]
    background_state_nouns: Vec<String>,
    #[serde(default)]
    naming_verbs: Vec<String>,
    #[serde(default)]
    authoring_verbs: Vec<String>,
    #[serde(default)]
    failure_heads: Vec<String>,
    #[serde(default)]
    imposing_verbs: Vec<String>,
    #[serde(default)]
    adjunct_nouns: Vec<String>,
    #[serde(default)]
    future_time_marks: Vec<String>,
    #[serde(default)]
    purpose_done_heads: Vec<String>,
    #[serde(default)]
    done_purposes: Vec<String>,
    #[serde(default)]
    contact_verbs: Vec<String>,
    #[serde(default)]
    request_nouns: Vec<String>,
    #[serde(default)]
    military_modifiers: Vec<String>,
    #[serde(default)]
    housing_verbs: Vec<String>,
    #[serde(default)]
    joint_military_nouns: Vec<String>,
    #[serde(default)]
    joint_police_nouns: Vec<String>,
    #[serde(default)]
    operation_nouns: Vec<String>,
    #[serde(default)]
    charge_nouns: Vec<String>,
    #[serde(default)]
    charge_heads: Vec<String>,
    #[serde(default)]
    pessimistic_words: Vec<String>,
    #[serde(default)]
    optimistic_words: Vec<String>,
    #[serde(default)]
    toned_exchange_nouns: Vec<String>,
    #[serde(default)]
    charge_code: Option<String>,
    #[serde(default)]
    prompting_verbs: Vec<String>,
    #[serde(default)]
    value_nouns: Vec<String>,
    #[serde(default)]
    weapon_nouns: Vec<String>,
    #[serde(default)]
    craft_nouns: Vec<String>,
    #[serde(default)]
    quantity_nouns: Vec<String>,
    #[serde(default)]
    captivity_nouns: Vec<String>,
    #[serde(default)]
    claim_heads: Vec<String>,
    #[serde(default)]
    claim_code: Option<String>,
    #[serde(default)]
    considering_heads: Vec<String>,
    #[serde(default)]
    currency_nouns: Vec<String>,
    #[serde(default)]
    topic_codes: Vec<String>,
    #[serde(default)]
    voicing_verbs: Vec<String>,
    #[serde(default)]
    attitude_nouns: Vec<String>,
    #[serde(default)]
    wishing_verbs: Vec<String>,
    #[serde(default)]
    considered_code: Option<String>,
    #[serde(default)]
    binding_order_verbs: Vec<String>,
    #[serde(default)]
    possibility_nouns: Vec<String>,
    #[serde(default)]
    unrealised_modifiers: Vec<String>,
    #[serde(default)]
    ship_prefixes: Vec<String>,
    #[serde(default)]
    troop_nouns: Vec<String>,
    #[serde(default)]
    allegation_nouns: Vec<String>,
    #[serde(default)]
    confirming_verbs: Vec<String>,
    #[serde(default)]
    continuative_heads: Vec<String>,
    #[serde(default)]
    rejecting_claim_verbs: Vec<String>,
    #[serde(default)]
    preventing_verbs: Vec<String>,
    #[serde(default)]
    countering_verbs: Vec<String>,
    #[serde(default)]
    guarding_verbs: Vec<String>,
    #[serde(default)]
    reason_verbs: Vec<String>,
    #[serde(default)]
    accusing_verbs: Vec<String>,
    #[serde(default)]
    aiming_verbs: Vec<String>,
    #[serde(default)]
    awaiting_verbs: Vec<String>,
    #[serde(default)]
    plotting_verbs: Vec<String>,
    #[serde(default)]
    feared_modifiers: Vec<String>,
    #[serde(default)]
    quelling_verbs: Vec<String>,
    #[serde(default)]
    helping_verbs: Vec<String>,
    #[serde(default)]
    peacekeeping_words: Vec<String>,
    #[serde(default)]
    carrying_verbs: Vec<String>,
    #[serde(default)]
    patrol_verbs: Vec<String>,
    #[serde(default)]
    unrest_nouns: Vec<String>,
    #[serde(default)]
    warning_nouns: Vec<String>,
    #[serde(default)]
    strain_nouns: Vec<String>,
    discards: DiscardConfig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClashConfig {
    codes: Vec<String>,
    words: Vec<String>,
    crowd: Vec<String>,
    crowd_code: String,
    order: Vec<String>,
    order_code: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiscardConfig {
    dependents: Vec<String>,
    sentence: Vec<String>,
    #[serde(default)]
    military: Vec<String>,
}

/// A set of lower-case words, looked up without allocating.
pub type WordSet = HashSet<String>;

/// The coder's word lists, compiled into sets.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Where the lists come from.
    pub source: String,
    /// Auxiliaries of intent ("will").
    pub intent_aux: WordSet,
    /// Auxiliaries of possibility ("would", "could").
    pub hypothetical_aux: WordSet,
    /// Negators ("not", "never").
    pub negation: WordSet,
    /// Adverbs of time that a negator turns into a negation of the verb they modify, as word
    /// forms ("no longer insists").
    pub negated_adverbs: WordSet,
    /// Conditional subordinators ("if").
    pub hypothetical_marks: WordSet,
    /// Adverbs of uncertainty ("perhaps").
    pub hypothetical_adverbs: WordSet,
    /// Heads whose complement is intended ("agree to", "plan to").
    pub intent_heads: WordSet,
    /// Heads that negate their complement ("refuse to").
    pub negating_heads: WordSet,
    /// Heads whose infinitive is what a body decides, done by the decision itself: "parliament
    /// voted to recognise Palestine" recognises it (no intent, and no mere purpose).
    pub decision_heads: WordSet,
    /// Heads that leave their complement undecided ("try to", "threaten to").
    pub hypothetical_heads: WordSet,
    /// Heads that assert their complement ("begin to").
    pub aspect_heads: WordSet,
    /// Heads whose complement is only requested ("urge X to").
    pub request_heads: WordSet,
    /// Heads whose complement is the content of an accusation ("accuse X of").
    pub content_heads: WordSet,
    /// Roots (or three-digit codes of other roots: 019) coded both ways between coordinated actors.
    pub reciprocal_roots: WordSet,
    /// Codes of a reciprocal root that are one-way (a visit, a hosting, a mediation): never
    /// coded between coordinated actors.
    pub one_way_codes: WordSet,
    /// Codes of other roots that are reciprocal too (a ceasefire, a military pullback).
    pub reciprocal_codes: WordSet,
    /// Nouns of the setting of an act ("on the sidelines of the SCO summit"): no target is
    /// looked for inside them.
    pub setting_nouns: WordSet,
    /// Verbs whose passive with "to" is a state of the subject toward the oblique: "Israel is
    /// opposed to French mediation" (Israel opposes France).
    pub stative_passives: WordSet,
    /// Verbs that lend their subject to an event noun ("launch strikes").
    pub light_verbs: WordSet,
    /// Time words the parser may take for a subject or object ("Pakistan today threatened",
    /// "rejected Thursday an appeal"): never an actor role.
    pub temporal_nouns: WordSet,
    /// Units of time that measure the gap between two acts ("hours before launching drones").
    /// Lower-case lemmas.
    pub duration_nouns: WordSet,
    /// Nouns that count how often an act was done ("115 times"): with a number they are a time,
    /// no party. Lower-case lemmas.
    pub frequency_nouns: WordSet,
    /// Verbs by which a place passes to the side that takes it ("towns that fell to M23 rebels"):
    /// the party of their "to" phrase held the place. Lower-case lemmas.
    pub falling_verbs: WordSet,
    /// Posts of a state's forces ("base", "checkpoint"): rebels attacking one at home attack their
    /// state. Lower-case lemmas.
    pub state_posts: WordSet,
    /// Verbs of breaking an accord: a truce or other yielding act they take as object is the
    /// thing broken, no act of its own ("accused Hamas of violating the ceasefire"). Lower-case lemmas.
    pub breaking_verbs: WordSet,
    /// Verbs whose object is the subject of their complement ("urge China to").
    pub object_control: WordSet,
    /// Auxiliaries that, under a past reporting verb, are a backshifted "will" ("said it would send").
    pub backshift_aux: WordSet,
    /// Reporting verbs whose past tense backshifts the reported clause ("said", "announced").
    pub reporting_heads: WordSet,
    /// Verbs stating a stance, whose reported clause about the speaker's own side toward another
    /// country is a statement (010, `act = "stance"`): "said Islamabad remained committed to ...".
    pub stance_heads: WordSet,
    /// Nouns of a span of time an act runs through ("the 170th day of a hunger strike"): as a
    /// verb's object, their "of" phrase names the act, whose words a pattern's object may match.
    pub run_nouns: WordSet,
    /// Predicates of holding a position ("remain", "stand", "regard"): a reported clause headed
    /// by one states a stance, where another verb states an act (coded by its own entries).
    pub stance_predicates: WordSet,
    /// Verb + preposition pairs that lend the verb's subject to an event noun in that oblique
    /// ("agreed to a ceasefire", "engaged in talks"), as "agree to".
    pub light_obliques: WordSet,
    /// Subject pronouns that, in a clause reported by a reporting verb whose subject is an actor,
    /// stand for that speaker when coreference left them unresolved ("Farc said it will release").
    pub speaker_pronouns: WordSet,
    /// Nouns naming a document or statement whose participle speaks for the one who issued it:
    /// "Turkey issued a statement condemning Israel" (Turkey condemns).
    pub document_nouns: WordSet,
    /// Nouns that name an act as a whole ("a move", "a step", "a decision"): set off beside the
    /// clause that tells the act, a judging relative clause on one characterises that act ("...,
    /// a move the IAEA chief called disproportionate": `reported::characterised_act_doer`).
    pub act_nouns: WordSet,
    /// Verbs of answering an act ("respond", "retaliate", "take countermeasures") that threaten
    /// only when announced on a condition another party controls: "said Beijing would take
    /// resolute countermeasures if Panama went ahead" (CAMEO 13), not "China responded to the
    /// proposal". Root 13 patterns anchored on them code nothing else.
    pub conditional_threat_verbs: WordSet,
    /// Verbs of an idiom of inaction ("sit idly by", "stand idly by") that threaten only when
    /// negated on a condition another party controls: "would not sit idly by if Pelosi visited
    /// Taiwan" (CAMEO 13). Root 13 patterns anchored on them code nothing else.
    pub conditional_inaction_verbs: WordSet,
    /// Verbs by which a subject issues a document ("issued", "released", "adopted"): only under
    /// them is the subject the document's author ("vetoed a resolution condemning" is not).
    pub document_verbs: WordSet,
    /// Document nouns naming a law or bill: their participle speaks for the legislator only
    /// when it names a party abroad ("passed a law banning UNRWA"; "a law requiring citizens
    /// to ..." is a domestic rule).
    pub law_nouns: WordSet,
    /// Code prefixes of acts only a state's authorities do (arrest, expel, investigate): an
    /// agentless passive of one done in a country has that country as its source.
    pub state_act_codes: Vec<String>,
    /// Control nouns ("decision", "plan", "attempt") → the control verb that gives their
    /// "to"-infinitive its modality ("decide", "plan", "try"); the act's subject is the noun's owner.
    pub control_nouns: BTreeMap<String, String>,
    /// Code prefix → intent code for intended cooperation.
    pub intent_codes: BTreeMap<String, String>,
    /// Code prefix → rejection code (root 12) for refused cooperation ("will not lift the ban",
    /// "refused talks"); empty when `coder.toml` has no `[refusal_codes]` table.
    pub refusal_codes: BTreeMap<String, String>,
    /// Code prefix → rejection code for an accord that parties failed to reach ("failed to reach
    /// agreement", 057 → 120): the complement of a head of failure (`failure_heads`).
    pub failure_codes: BTreeMap<String, String>,
    /// Code prefix → reduction code (root 16) for cooperation stopped: a negated act said to go
    /// on "no longer" or "any more" ("will not send any more military aid to Ukraine", 072 →
    /// 1622); empty when `coder.toml` has no `[discontinued_codes]` table.
    pub discontinued_codes: BTreeMap<String, String>,
    /// Code prefix → threat code (root 13) for an intended act announced on a condition whose
    /// announcement alone keeps its own root ("would cut ties if ..." is 1313, not an intended
    /// 161); empty when `coder.toml` has no `[conditional_threat_codes]` table.
    pub conditional_threat_codes: BTreeMap<String, String>,
    /// Heads of will whose negation, or whose negated complement, is a refusal of that
    /// complement ("is not going to lift", "does not intend to", "has no plans to", "decided not to").
    pub refusal_heads: WordSet,
    /// Prepositions of place: a prepositional pattern whose target is only a place after one of
    /// these ("into the Sea of Japan") gives way to the verb's targetless patterns.
    pub place_prepositions: WordSet,
    /// Nouns of a disaster or accident ("typhoon", "crash", "stampede"; two-word entries are a
    /// modifier and its head: "gas explosion"): a killing they cause has no attacker.
    pub disaster_nouns: WordSet,
    /// Verbs of an accident ("crash", "derail", "capsize"): "a plane crashed, killing 40" is no
    /// attack by the plane's owner.
    pub accident_verbs: WordSet,
    /// Nouns that name a disaster when counted ("a fire at a building kills eight": a blaze) and
    /// a weapon's discharge as a mass noun ("Israeli fire killed four").
    pub counted_disaster_nouns: WordSet,
    /// Verbs of harm ("kill", "injure") whose cause `disaster_nouns` and `accident_verbs` are
    /// looked for.
    pub harm_verbs: WordSet,
    /// Nouns of the one an act was done to, whose "of" names the act: "the embassy was the target
    /// of an attack by militants" (the subject of the copula is the attack's target).
    pub victim_nouns: WordSet,
    /// Possessive pronouns of a reported clause's target that stand for the speaker when
    /// coreference left them unresolved ("Russia said Ukraine had attacked its border posts").
    pub speaker_possessives: WordSet,
    /// Roots of acts done to a place (aid, yielding, protest, force, violence): a city named as a
    /// place inside their object phrase, in another country than the source's, stands for that
    /// country as the target ("shelled the old city of Mosul").
    pub place_target_roots: WordSet,
    /// Roots of measures aimed at a party (aid, yielding, sanctions, coercion) whose object's
    /// whole phrase is searched for the target when no target word was found: "lifted a travel
    /// ban imposed on Chadian citizens" targets the Chadians.
    pub object_phrase_target_roots: WordSet,
    /// Code prefixes of violence that names its means (bombings 183, small arms 193, artillery and
    /// tanks 194, air strikes 195, mass violence 20): a generic killing stated in an "-ing" clause
    /// after such an act by the same source is that act ("detonated two car bombs, killing 100" is
    /// 183).
    pub means_of_violence: Vec<String>,
    /// Clashes whose participants decide the code: a crowd's side is a violent protest, the
    /// forces of order against a crowd repress it (`coder.toml` `[clash]`).
    pub clash: Option<Clash>,
    /// Participles that name the target of the noun or verb they modify, as "on" or "against"
    /// would: "imposed sanctions targeting Russia's energy sector" (lower-case forms).
    pub target_participles: WordSet,
    /// Verbs of exchange whose coordinated subjects act on each other: "Russia and Ukraine
    /// exchanged prisoners" (Russia to Ukraine and back, whatever the object names).
    pub mutual_verbs: WordSet,
    /// Verbs of putting a mutual act forward for others: coordinated subjects who propose a
    /// ceasefire, or by whom a ceasefire plan is drawn up, are its mediators, not its parties
    /// ("Mediators Pakistan and Qatar propose a 10-day ceasefire"). Lower-case lemmas.
    pub proposing_verbs: WordSet,
    /// Verbs of a reciprocal act, done by parties to each other: coordinated subjects are each
    /// other's counterparts ("Lavrov and Blinken spoke about Ukraine"). Lower-case lemmas.
    pub reciprocal_verbs: WordSet,
    /// Verbs of a commitment that coordinated parties make to each other when it names no other
    /// party ("Israel and Lebanon agreed to a ceasefire", "Vietnam and Indonesia pledged to lift
    /// two-way trade"); other verbs of intent only voice each party's own stance ("France and
    /// Germany expressed readiness to contribute"). Lower-case lemmas.
    pub joint_commitment_verbs: WordSet,
    /// Nouns of a reciprocal act or of a bond between parties ("held talks", "signed an
    /// agreement", "upgraded relations"). Lower-case lemmas and plural forms.
    pub reciprocal_nouns: WordSet,
    /// Actor sectors that stand against their own state (rebels, opposition, criminals ...): their
    /// acts on it are real dyads. Lower-case CAMEO sector codes.
    pub dissident_sectors: WordSet,
    /// Actor sectors of non-state armed groups (rebels, insurgents, separatists, unaligned armed
    /// forces): two such groups under one code can fight each other. Lower-case CAMEO sector codes.
    pub armed_group_sectors: WordSet,
    /// Adjectives of willingness read as intent heads as predicates of their "to"/"for" oblique
    /// ("is open to talks"). Lower-case lemmas.
    pub open_adjectives: WordSet,
    /// Sectors of a state's own authorities (government, forces, police ...), who protest against
    /// no state of their own. Lower-case CAMEO sector codes.
    pub state_sectors: WordSet,
    /// Nouns of a protest for another's cause after "in" ("in support of", "in solidarity with"):
    /// such a protest takes no implicit target of the state it is held in. Lower-case lemmas.
    pub support_nouns: WordSet,
    /// Nouns after "in" naming what a show of force answers ("in response to", "in retaliation
    /// for"): the maker of that act is its target. Lower-case lemmas.
    pub response_nouns: WordSet,
    /// Verbs that stop or refuse the act their object names ("suspended military aid to Ukraine",
    /// "blocked EU aid"): the object is no event of its own (the verb's own pattern codes the stop).
    pub halting_verbs: WordSet,
    /// Subordinators that set a clause beside another as a parallel act ("severed ties with
    /// Israel, while Chile recalled its ambassador"): a cut in relations with no party of its own
    /// in such a clause is aimed at the party of the cut it parallels. Lower-case lemmas.
    pub parallel_marks: WordSet,
    /// Prepositions that set an event noun as the background of the sentence ("amid the Iran
    /// war", "since the invasion"): the noun is no event of its own. ("during" and "after" are
    /// not among them: "during Blinken's trip to China" is the trip.)
    pub background_preps: WordSet,
    /// Nouns whose "of" phrase or compound modifier names an event only as background ("the
    /// anniversary of the invasion", "war games"): that event noun is no event of its own.
    pub background_heads: WordSet,
    /// Nouns of joining an organisation ("membership", "accession", "bid"): the organisation
    /// compounded with one is what is joined, and a possessive pronoun naming no actor is the
    /// joiner's, not the organisation's ("will approve their NATO membership"). Lower-case lemmas.
    pub membership_nouns: WordSet,
    /// Verbs whose past participle, joined by a hyphen to who holds a place, describes the place
    /// by its holder ("the rebel-held enclave", "Houthi-controlled areas"): such a place is still
    /// in its country, the target of force used on it. Lower-case lemmas.
    pub holding_participles: WordSet,
    /// Nouns of a political party or movement ("party", "movement"): one banned or unbanned by a
    /// state that the actor dictionaries do not know is still the state's act at home. Lower-case lemmas.
    pub party_nouns: WordSet,
    /// Nouns of a lasting state of conflict ("war", "invasion", "occupation"): under "during",
    /// "after" or "following" the noun is the sentence's background, no event of its own ("killed
    /// during the war in Gaza"), while an act there ("during his trip to China") stays one.
    pub background_state_nouns: WordSet,
    /// Verbs that say what their object is called or taken for, with a predicative complement of
    /// the object ("called Zelensky a dictator", "deemed the vote a sham"): read from the
    /// predicative, never as the verb's bare sense. Lower-case lemmas.
    pub naming_verbs: WordSet,
    /// Verbs whose passive participle names the author of a proposal, offer or demand by its
    /// "by" phrase ("the proposal put forward by Egypt", "a resolution drafted by France"): that
    /// author is the party a pattern's "by" phrase asks for. Lower-case lemmas.
    pub authoring_verbs: WordSet,
    /// Heads of failure ("failed to reach agreement"): their negated complement is coded only
    /// when it is an accord (`failure_codes`), never as a refusal. Lower-case lemmas.
    pub failure_heads: WordSet,
    /// Verbs whose passive participle on a measure's noun names its target by an "on" or
    /// "against" phrase ("sanctions imposed on Russia", "tariffs slapped on China"). Lower-case
    /// lemmas.
    pub imposing_verbs: WordSet,
    /// Nouns of place and of time that head a clause's adverbial phrase ("camped on the outskirts
    /// of New Delhi", "on hunger strike for two weeks"): a "to"-infinitive the parse hangs on one
    /// is the clause's purpose (`repair::slipped_purpose`). Lower-case lemmas.
    pub adjunct_nouns: WordSet,
    /// Subordinators of time whose clause, in the present tense, speaks of an act still to come
    /// ("before Budapest supports", "until Russia withdraws"): a condition. Lower-case words.
    pub future_time_marks: WordSet,
    /// Verbs whose purpose infinitive is done in doing them, beside `aspect_heads`: of means
    /// ("used drones to attack"), of contact ("phoned Pezeshkian to urge Tehran", "summoned the
    /// envoy to protest") and of defiance ("defied a ban to rally"). Under any other verb that is
    /// no control head a purpose infinitive is an aim, hypothetical ("sent troops to help fight").
    /// Lower-case lemmas.
    pub purpose_done_heads: WordSet,
    /// Verbs of contact whose object (or "to"/"with" phrase) is the one addressed by what their
    /// purpose infinitive says ("telephoned his Libyan counterpart to convey Ankara's sympathy"):
    /// the target of a statement (root 01) that names none of its own. Lower-case lemmas.
    pub contact_verbs: WordSet,
    /// Verbs that, as a purpose infinitive, name what the act they purpose does by itself, done:
    /// protesting ("blocked the roads to protest against the policies") and enabling ("opened the
    /// bridge to allow the delivery of grain"). Lower-case lemmas.
    pub done_purposes: WordSet,
    /// Nouns of request whose content clause or infinitive is only requested ("China's demand
    /// that it remove the warship", "Britain's request to extradite"), as the complement of a
    /// verb of `request_heads`. Lower-case lemmas.
    pub request_nouns: WordSet,
    /// Modifiers that make a joint operation or mission a military act ("a joint military
    /// operation"), not police cooperation (`parties::civil_operation`). Lower-case lemmas.
    pub military_modifiers: WordSet,
    /// Participles whose object occupies the place noun they modify ("bases housing U.S. troops"):
    /// violence against the place targets the occupants (`parties::occupants`). Lower-case lemmas.
    pub housing_verbs: WordSet,
    /// Nouns of a military act done jointly ("joint naval drills", "a joint raid"): CAMEO 062,
    /// military cooperation (`parties::joint_parties`). Lower-case lemmas.
    pub joint_military_nouns: WordSet,
    /// Nouns of a police or judicial act done jointly ("a joint investigation"): CAMEO 063
    /// (`parties::joint_parties`). Lower-case lemmas.
    pub joint_police_nouns: WordSet,
    /// Nouns that name a military act and a police one alike ("a joint operation", "a mission"):
    /// civil authorities' one is police cooperation (`parties::civil_operation`). Lower-case lemmas.
    pub operation_nouns: WordSet,
    /// Object nouns that name an act as a charge of atrocity ("committed genocide", "war
    /// crimes"): reported by another actor, the act is that actor's accusation (`charge_code`).
    /// Lower-case lemmas.
    pub charge_nouns: WordSet,
    /// Verbs of judging whose content clause states a finding, beside `reporting_heads`
    /// ("concluded that", "determined that"). Lower-case lemmas.
    pub charge_heads: WordSet,
    /// Words whose use as (or on) the predicate of a reported clause about relations with a
    /// counterpart make the statement a pessimistic comment (CAMEO 1.1b3 012): "relations with
    /// China were bleak", "had sunk to their lowest point" (`coder.toml`).
    pub pessimistic_words: WordSet,
    /// Words that make such a statement an optimistic comment (CAMEO 1.1b3 013): "ties were back
    /// on a steadier footing", "the relationship had stabilised" (`coder.toml`).
    pub optimistic_words: WordSet,
    /// Nouns of an exchange with a counterpart ("talks", "dialogue") that a reported clause makes
    /// the speaker's comment on the counterpart only with a tone of `pessimistic_words` or
    /// `optimistic_words`: "said talks with Zelensky had gone well" (013) (`coder.toml`).
    pub toned_exchange_nouns: WordSet,
    /// The accusation an atrocity charge reported by another actor is (CAMEO 1124).
    pub charge_code: Option<String>,
    /// Verbs of causing whose object acts in response ("..., prompting Peru to break off
    /// relations"): the prompted act answers the prompter. Lower-case lemmas.
    pub prompting_verbs: WordSet,
    /// Values and rights that force is never done to ("an attack on Congo's sovereignty", "an
    /// assault on democracy"): a violent act aimed at one is criticism, no act of force. Lower-case
    /// lemmas.
    pub value_nouns: WordSet,
    /// Nouns of weapons that name an attack by their use ("a drone on Kyiv", 195) but are the thing
    /// hit as the object of a violent verb ("shot down a drone"): no attack of their own there.
    pub weapon_nouns: WordSet,
    /// Arms, craft and cargo: never a person who travels, whatever actor the dictionary gives them
    /// ("the first F-16 fighter jets ... arrived in Ukraine" is no visit, 042). Lower-case lemmas.
    pub craft_nouns: WordSet,
    /// Nouns of a quantity or run of acts ("a wave of arrests", "a round of talks"): their light
    /// verb or subject governs the event noun in their "of" phrase.
    pub quantity_nouns: WordSet,
    /// Nouns of the place or state people are held in ("captivity", "prison"): a country in their
    /// "in" phrase is where freed people were held ("released from captivity in Libya").
    pub captivity_nouns: WordSet,
    /// Verbs of claiming ("claim"): a violent act their subject claims to have done itself ("IS
    /// claimed it had attacked the soldiers") is a claim of responsibility (`claim_code`).
    pub claim_heads: WordSet,
    /// The code of a claimed act of violence ("015"); None leaves claims as content only.
    pub claim_code: Option<String>,
    /// Verbs of considering a policy option ("consider", "weigh", "explore"): an act they take as
    /// complement, directly or through a noun of possibility ("is considering sending aid to
    /// Kyrgyzstan", "is exploring the possibility of transferring helicopters to Darfur"), is
    /// the option considered (`considered_code`). Lower-case lemmas.
    pub considering_heads: WordSet,
    /// The code of an act considered ("014", CAMEO consider policy option); None leaves it
    /// hypothetical only.
    pub considered_code: Option<String>,
    /// Units of currency ("euro", "dollar"): one counted by a number is a noun, whatever the
    /// tagger read ("gave 352.5 million euros to promote ...", "euros" tagged a verb;
    /// `repair::unit_read_as_verb`). Lower-case lemmas.
    pub currency_nouns: WordSet,
    /// Codes whose prepositional target may be a mere topic ("011": "declined to comment on the
    /// dispute"): with no actor there, a targetless pattern of the same code codes the act.
    pub topic_codes: WordSet,
    /// Verbs of voicing an attitude ("express", "voice") and the attitude nouns they take as object
    /// ("hope", "confidence"): a clause the parse hung on the verb is the attitude's content,
    /// hoped or feared, not announced ("expressed hopes the government will change its policy").
    pub voicing_verbs: WordSet,
    /// See `voicing_verbs`.
    pub attitude_nouns: WordSet,
    /// Verbs of wishing ("hope", "wish"): the finite clause they take is only hoped for, no act its
    /// subject announced ("hoped that the new government in Greece will help Turkey").
    pub wishing_verbs: WordSet,
    /// Verbs of ordering whose order binds when a court or judge gives it ("a court ordered the
    /// government to halt exports"): the act ordered is reported, not only requested
    /// (`modality::binding_order`). Lower-case lemmas.
    pub binding_order_verbs: WordSet,
    /// Nouns of possibility whose content clause or "of" gerund is only possible ("the possibility
    /// of supplying lethal aid", "the option of sending troops"): hypothetical. Lower-case lemmas.
    pub possibility_nouns: WordSet,
    /// Modifiers of an event noun that name the act as only proposed, planned or possible ("the
    /// proposed deal between the DRC and the US", "a planned meeting"): hypothetical. Lower-case
    /// word forms.
    pub unrealised_modifiers: WordSet,
    /// Ship prefixes before a vessel's name ("USS", "HMS"): a name after one is a ship's, no
    /// person's (`matching::doer_is`). Lower-case word forms.
    pub ship_prefixes: WordSet,
    /// Nouns of armed bodies of people ("troops", "fighters", "contingent"): arriving, they are
    /// deployed, no visitors (`matching::doer_is`). Lower-case lemmas or forms.
    pub troop_nouns: WordSet,
    /// Nouns of allegation whose content clause or "of" gerund is charged, not asserted ("on
    /// suspicion of attacking", "the allegation that its agents were linked to the killing").
    /// Lower-case lemmas.
    pub allegation_nouns: WordSet,
    /// Verbs of confirming: an allegation that is their object is asserted ("confirmed allegations
    /// that government forces were using chemical weapons"). Lower-case lemmas.
    pub confirming_verbs: WordSet,
    /// Verbs of continuing whose act is under way even when the continuing is only requested or
    /// ordered ("ordered the military to keep fighting"). Lower-case lemmas.
    pub continuative_heads: WordSet,
    /// Verbs of rejecting a claim: their declarative that-clause is the content rejected, no act
    /// asserted ("rejected that New Delhi had targeted civilian sites"). Lower-case lemmas.
    pub rejecting_claim_verbs: WordSet,
    /// Verbs of preventing: the act of their "from" + gerund is kept from happening ("bans its
    /// citizens from traveling to Iran"). Lower-case lemmas.
    pub preventing_verbs: WordSet,
    /// Verbs of countering, checking or watching another party's forces or acts ("counter",
    /// "deter", "monitor"): a show of force done "to counter provocations by Minsk" is aimed at
    /// their object's maker (`parties::purpose_party`). Lower-case lemmas.
    pub countering_verbs: WordSet,
    /// Verbs of guarding ("defend", "protect"), whose "from" or "against" phrase names the threat
    /// a show of force is aimed at ("to defend Israel from possible attacks by Iran"); their object
    /// is the guarded one (`parties::purpose_party`). Lower-case lemmas.
    pub guarding_verbs: WordSet,
    /// Verbs of giving a reason ("cite", "accuse"): a show of force with an "-ing" clause of one
    /// ("citing aggressive statements by NATO") is aimed at the maker of what it cites
    /// (`parties::purpose_party`). Lower-case lemmas.
    pub reason_verbs: WordSet,
    /// Verbs of accusing whose "-ing" clause on a lawsuit names whom it is against ("filed a case
    /// at the ICJ accusing Israel of genocide"). Lower-case lemmas.
    pub accusing_verbs: WordSet,
    /// Participles of aiming ("aimed", "directed"): a show of force in a phrase they modify ("in a
    /// show of force aimed at the United States") is aimed at their "at" or "against" phrase
    /// (`parties::aimed_phrase`). Lower-case lemmas.
    pub aiming_verbs: WordSet,
    /// Verbs of awaiting an attack ("brace for", "fear"): a show of force in a sentence where an
    /// attack is so awaited is aimed at that attack's maker (`parties::feared_attacker`).
    /// Lower-case lemmas.
    pub awaiting_verbs: WordSet,
    /// Verbs of planning an attack ("plan", "plot"): their subject is the feared attacker a show of
    /// force answers (`parties::feared_attacker`). Lower-case lemmas.
    pub plotting_verbs: WordSet,
    /// Modifiers of an attack not yet made ("possible", "imminent"): its maker is the feared
    /// attacker a show of force answers (`parties::feared_attacker`). Lower-case forms.
    pub feared_modifiers: WordSet,
    /// Verbs of putting down unrest ("quell", "suppress"): forces deployed to quell protests or
    /// riots act at home (`parties::keeps_order`). Lower-case lemmas.
    pub quelling_verbs: WordSet,
    /// Verbs of help and cooperation ("cooperate", "assist", "rescue"): forces or police sent "to"
    /// do them are a mission of help, no show of force (`matching::match_verb`, codes 153 and 154).
    /// Lower-case lemmas.
    pub helping_verbs: WordSet,
    /// Words of peacekeeping ("peacekeeping", "peacekeeper"): forces sent "to" join or serve as a
    /// peacekeeping mission or force keep the peace, no show of force (`matching::match_verb`,
    /// codes 153 and 154). Lower-case lemmas and forms.
    pub peacekeeping_words: WordSet,
    /// Participles of carrying on a pattern's object ("a plane carrying food"): their object, the
    /// load, is tested against the pattern's `unless` words as the object's modifiers are.
    /// Lower-case lemmas.
    pub carrying_verbs: WordSet,
    /// Verbs of patrolling: a show of force done where the forces are, aimed at their own country
    /// when done in a place of it (`parties::home_patrol`). Lower-case lemmas.
    pub patrol_verbs: WordSet,
    /// Nouns of domestic unrest ("protest", "riot"), the object of a quelling verb
    /// (`parties::keeps_order`). Lower-case lemmas.
    pub unrest_nouns: WordSet,
    /// Nouns of a warning ("warning", "message"): a show of force "as a warning to Iran" is aimed
    /// at their "to" phrase (`parties::aimed_phrase`). Lower-case lemmas.
    pub warning_nouns: WordSet,
    /// Nouns of a strained relation ("tension", "standoff"): a show of force "amid rising tension
    /// with Kosovo" is aimed at their "with" phrase (`parties::aimed_phrase`). Lower-case lemmas.
    pub strain_nouns: WordSet,
    /// Dependents that mark a non-political sense (sport, weather).
    pub discard_dependents: WordSet,
    /// Sentence words that mark a non-political sense.
    pub discard_sentence: WordSet,
    /// Modifiers that make a discard dependent military ("war games", "military games"): the
    /// dependent then marks no non-political sense.
    pub discard_military: WordSet,
}

/// Clashes whose participants decide their code ("clashes between protesters and police").
#[derive(Debug, Clone, Default)]
pub struct Clash {
    /// The codes of a clash's patterns this applies to ("190").
    pub codes: WordSet,
    /// The event words of a clash (lemmas: "clash", "scuffle").
    pub words: WordSet,
    /// Head words of a crowd ("protester", "demonstrator").
    pub crowd: WordSet,
    /// The code of a crowd's side of a clash ("145").
    pub crowd_code: String,
    /// Head words of the forces of order ("police", "force").
    pub order: WordSet,
    /// The code of the forces of order's side of a clash with a crowd ("175").
    pub order_code: String,
}

impl Clash {
    /// The code of a clash of `code`, named by `word`, between a source and a target with head
    /// words `source` and `target` (lower-case lemmas), when the participants decide it.
    pub fn code_for(&self, code: &str, word: &str, source: &str, target: Option<&str>) -> Option<&str> {
        if !self.codes.contains(code) || !self.words.contains(word) {
            return None;
        }
        if self.crowd.contains(source) {
            return Some(&self.crowd_code);
        }
        (self.order.contains(source) && target.is_some_and(|t| self.crowd.contains(t))).then_some(self.order_code.as_str())
    }
}

fn set(v: Vec<String>) -> WordSet {
    v.into_iter().map(|w| w.to_lowercase()).collect()
}

impl Lexicon {
    /// True when an event of `code` is coded both ways between coordinated actors: its root is
    /// reciprocal and the code is not one-way, or the code itself is reciprocal (`reciprocal_codes`).
    pub fn reciprocal(&self, code: &str) -> bool {
        let by_root = code.get(..2).is_some_and(|r| self.reciprocal_roots.contains(r)) && !self.one_way_codes.contains(code);
        by_root || self.reciprocal_codes.contains(code)
    }
    /// True when events of pattern `p` are coded both ways between coordinated actors: its code
    /// is reciprocal ([`Lexicon::reciprocal`]), and, for a code listed apart from its root
    /// (`reciprocal_codes`: 019, 0871), the pattern names what the parties share, by an object
    /// word or as an event noun ("share the same view", "expressed agreement", "the truce
    /// between"): a bare "agreed" of coordinated parties is agreeing to act (03).
    pub fn reciprocal_pattern(&self, p: &crate::patterns::Pattern) -> bool {
        let by_root = p.code.get(..2).is_some_and(|r| self.reciprocal_roots.contains(r));
        self.reciprocal(&p.code) && (by_root || p.nominal || !p.objects.is_empty())
    }
    /// True when `sector` (an actor code's sector, "GOV", "MIL") is one of a state's own
    /// authorities (`state_sectors`).
    pub fn state_sector(&self, sector: &str) -> bool {
        self.state_sectors.iter().any(|s| s.eq_ignore_ascii_case(sector))
    }
    /// True when `actor` is a state or one of its authorities: a bare country code or a country
    /// with a sector of `state_sectors` (government, forces, police, courts, parliament).
    pub fn state_authority(&self, actor: &detente_core::Actor) -> bool {
        actor.country.as_deref() == Some(actor.code.as_str()) || actor.sector.as_deref().is_some_and(|x| self.state_sector(x))
    }
    /// True when `code` is an act only a state's authorities do (a prefix in `state_act_codes`).
    pub fn state_act(&self, code: &str) -> bool {
        self.state_act_codes.iter().any(|p| code.starts_with(p.as_str()))
    }
    /// The shipped lists, parsed once per process.
    pub fn builtin() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| Lexicon::parse(BUILTIN_LEXICON, BUILTIN_LEXICON_PATH).expect("shipped coder.toml is valid (checked by tests)"))
    }

    /// Parses a `coder.toml`.
    pub fn parse(text: &str, file: &str) -> Result<Lexicon, EventsError> {
        let c: LexiconConfig = toml::from_str(text).map_err(|e| EventsError::File { file: file.into(), message: e.to_string() })?;
        Ok(Lexicon {
            source: c.source,
            intent_aux: set(c.intent_aux),
            hypothetical_aux: set(c.hypothetical_aux),
            negation: set(c.negation),
            negated_adverbs: set(c.negated_adverbs),
            hypothetical_marks: set(c.hypothetical_marks),
            hypothetical_adverbs: set(c.hypothetical_adverbs),
            intent_heads: set(c.intent_heads),
            negating_heads: set(c.negating_heads),
            decision_heads: set(c.decision_heads),
            hypothetical_heads: set(c.hypothetical_heads),
            aspect_heads: set(c.aspect_heads),
            request_heads: set(c.request_heads),
            content_heads: set(c.content_heads),
            reciprocal_roots: set(c.reciprocal_roots),
            one_way_codes: set(c.one_way_codes),
            reciprocal_codes: set(c.reciprocal_codes),
            setting_nouns: set(c.setting_nouns),
            stative_passives: set(c.stative_passives),
            light_verbs: set(c.light_verbs),
            temporal_nouns: set(c.temporal_nouns),
            duration_nouns: set(c.duration_nouns),
            frequency_nouns: set(c.frequency_nouns),
            falling_verbs: set(c.falling_verbs),
            state_posts: set(c.state_posts),
            breaking_verbs: set(c.breaking_verbs),
            object_control: set(c.object_control),
            backshift_aux: set(c.backshift_aux),
            reporting_heads: set(c.reporting_heads),
            stance_heads: set(c.stance_heads),
            run_nouns: set(c.run_nouns),
            stance_predicates: set(c.stance_predicates),
            light_obliques: set(c.light_obliques),
            speaker_pronouns: set(c.speaker_pronouns),
            document_nouns: set(c.document_nouns),
            act_nouns: set(c.act_nouns),
            conditional_threat_verbs: set(c.conditional_threat_verbs),
            conditional_inaction_verbs: set(c.conditional_inaction_verbs),
            document_verbs: set(c.document_verbs),
            law_nouns: set(c.law_nouns),
            state_act_codes: c.state_act_codes,
            control_nouns: c.control_nouns.into_iter().map(|(k, v)| (k.to_lowercase(), v.to_lowercase())).collect(),
            intent_codes: c.intent_codes,
            refusal_codes: c.refusal_codes,
            failure_codes: c.failure_codes,
            discontinued_codes: c.discontinued_codes,
            conditional_threat_codes: c.conditional_threat_codes,
            place_prepositions: set(c.place_prepositions),
            refusal_heads: set(c.refusal_heads),
            disaster_nouns: set(c.disaster_nouns),
            accident_verbs: set(c.accident_verbs),
            counted_disaster_nouns: set(c.counted_disaster_nouns),
            harm_verbs: set(c.harm_verbs),
            victim_nouns: set(c.victim_nouns),
            speaker_possessives: set(c.speaker_possessives),
            place_target_roots: set(c.place_target_roots),
            object_phrase_target_roots: set(c.object_phrase_target_roots),
            means_of_violence: c.means_of_violence,
            clash: c.clash.map(|k| Clash { codes: set(k.codes), words: set(k.words), crowd: set(k.crowd), crowd_code: k.crowd_code, order: set(k.order), order_code: k.order_code }),
            target_participles: set(c.target_participles),
            mutual_verbs: set(c.mutual_verbs),
            proposing_verbs: set(c.proposing_verbs),
            reciprocal_verbs: set(c.reciprocal_verbs),
            joint_commitment_verbs: set(c.joint_commitment_verbs),
            reciprocal_nouns: set(c.reciprocal_nouns),
            dissident_sectors: set(c.dissident_sectors),
            armed_group_sectors: set(c.armed_group_sectors),
            open_adjectives: set(c.open_adjectives),
            state_sectors: set(c.state_sectors),
            support_nouns: set(c.support_nouns),
            response_nouns: set(c.response_nouns),
            halting_verbs: set(c.halting_verbs),
            parallel_marks: set(c.parallel_marks),
            background_preps: set(c.background_preps),
            background_heads: set(c.background_heads),
            membership_nouns: set(c.membership_nouns),
            holding_participles: set(c.holding_participles),
            party_nouns: set(c.party_nouns),
            background_state_nouns: set(c.background_state_nouns),
            naming_verbs: set(c.naming_verbs),
            authoring_verbs: set(c.authoring_verbs),
            failure_heads: set(c.failure_heads),
            imposing_verbs: set(c.imposing_verbs),
            adjunct_nouns: set(c.adjunct_nouns),
            future_time_marks: set(c.future_time_marks),
            purpose_done_heads: set(c.purpose_done_heads),
            done_purposes: set(c.done_purposes),
            contact_verbs: set(c.contact_verbs),
            request_nouns: set(c.request_nouns),
            military_modifiers: set(c.military_modifiers),
            housing_verbs: set(c.housing_verbs),
            joint_military_nouns: set(c.joint_military_nouns),
            joint_police_nouns: set(c.joint_police_nouns),
            operation_nouns: set(c.operation_nouns),
            charge_nouns: set(c.charge_nouns),
            charge_heads: set(c.charge_heads),
            pessimistic_words: set(c.pessimistic_words),
            optimistic_words: set(c.optimistic_words),
            toned_exchange_nouns: set(c.toned_exchange_nouns),
            charge_code: c.charge_code,
            prompting_verbs: set(c.prompting_verbs),
            value_nouns: set(c.value_nouns),
            weapon_nouns: set(c.weapon_nouns),
            craft_nouns: set(c.craft_nouns),
            quantity_nouns: set(c.quantity_nouns),
            captivity_nouns: set(c.captivity_nouns),
            claim_heads: set(c.claim_heads),
            claim_code: c.claim_code,
            considering_heads: set(c.considering_heads),
            considered_code: c.considered_code,
            currency_nouns: set(c.currency_nouns),
            topic_codes: set(c.topic_codes),
            voicing_verbs: set(c.voicing_verbs),
            attitude_nouns: set(c.attitude_nouns),
            wishing_verbs: set(c.wishing_verbs),
            binding_order_verbs: set(c.binding_order_verbs),
            possibility_nouns: set(c.possibility_nouns),
            unrealised_modifiers: set(c.unrealised_modifiers),
            ship_prefixes: set(c.ship_prefixes),
            troop_nouns: set(c.troop_nouns),
            allegation_nouns: set(c.allegation_nouns),
            confirming_verbs: set(c.confirming_verbs),
            continuative_heads: set(c.continuative_heads),
            rejecting_claim_verbs: set(c.rejecting_claim_verbs),
            preventing_verbs: set(c.preventing_verbs),
            countering_verbs: set(c.countering_verbs),
            guarding_verbs: set(c.guarding_verbs),
            reason_verbs: set(c.reason_verbs),
            accusing_verbs: set(c.accusing_verbs),
            aiming_verbs: set(c.aiming_verbs),
            awaiting_verbs: set(c.awaiting_verbs),
            plotting_verbs: set(c.plotting_verbs),
            feared_modifiers: set(c.feared_modifiers),
            quelling_verbs: set(c.quelling_verbs),
            helping_verbs: set(c.helping_verbs),
            peacekeeping_words: set(c.peacekeeping_words),
            carrying_verbs: set(c.carrying_verbs),
            patrol_verbs: set(c.patrol_verbs),
            unrest_nouns: set(c.unrest_nouns),
            warning_nouns: set(c.warning_nouns),
            strain_nouns: set(c.strain_nouns),
            discard_dependents: set(c.discards.dependents),
            discard_sentence: set(c.discards.sentence),
            discard_military: set(c.discards.military),
        })
    }

    /// The intent code for an intended event of `code` (longest matching prefix), if any:
    /// `intent_code("042")` is "036".
    pub fn intent_code(&self, code: &str) -> Option<&str> {
        longest_prefix(&self.intent_codes, code)
    }

    /// The rejection code for a refused event of `code` (longest matching prefix), if any: with
    /// `"085" = "1244"`, `refusal_code("085")` is "1244".
    pub fn refusal_code(&self, code: &str) -> Option<&str> {
        longest_prefix(&self.refusal_codes, code)
    }

    /// The reduction code for cooperation of `code` stopped ("no longer", "any more"; longest
    /// matching prefix), if any: with `"072" = "1622"`, `discontinued_code("072")` is "1622".
    pub fn discontinued_code(&self, code: &str) -> Option<&str> {
        longest_prefix(&self.discontinued_codes, code)
    }

    /// The rejection code for an accord of `code` that parties failed to reach (longest matching
    /// prefix), if any: with `"057" = "120"`, `failure_code("057")` is "120".
    pub fn failure_code(&self, code: &str) -> Option<&str> {
        longest_prefix(&self.failure_codes, code)
    }

    /// The threat code for an intended event of `code` announced on a condition (longest
    /// matching prefix), if any: `conditional_threat_code("161")` is "1313".
    pub fn conditional_threat_code(&self, code: &str) -> Option<&str> {
        longest_prefix(&self.conditional_threat_codes, code)
    }
}

/// The value of the longest key (two characters or more) that `code` starts with.
fn longest_prefix<'a>(map: &'a BTreeMap<String, String>, code: &str) -> Option<&'a str> {
    (2..=code.len()).rev().find_map(|n| map.get(code.get(..n)?)).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusal_codes_map_by_the_longest_prefix() {
        let mut l = Lexicon::parse(BUILTIN_LEXICON, "test").unwrap();
        l.refusal_codes = BTreeMap::from([("08".to_string(), "124".to_string()), ("085".to_string(), "1244".to_string())]);
        assert_eq!(l.refusal_code("085"), Some("1244"));
        assert_eq!(l.refusal_code("0841"), Some("124"));
        assert_eq!(l.refusal_code("190"), None);
        assert_eq!(l.refusal_code("0"), None);
    }

    #[test]
    fn builtin_lexicon_parses_and_maps_intent_codes() {
        let l = Lexicon::builtin();
        assert_eq!(l.intent_code("042"), Some("036"));
        assert_eq!(l.intent_code("045"), Some("039"));
        assert_eq!(l.intent_code("0841"), Some("0353"));
        assert_eq!(l.intent_code("073"), Some("0333"));
        assert_eq!(l.intent_code("190"), Some("1384"));
        assert_eq!(l.intent_code("1712"), Some("137"));
        assert_eq!(l.intent_code("010"), None);
        assert!(l.intent_aux.contains("will"));
        for code in l.intent_codes.values() {
            assert!(crate::CameoTable::builtin().get(code).is_some(), "{code}");
        }
    }

    #[test]
    fn one_way_codes_of_a_reciprocal_root_are_not_reciprocal() {
        let l = Lexicon::builtin();
        assert!(l.reciprocal("040"));
        assert!(l.reciprocal("190"));
        assert!(!l.reciprocal("043"));
        assert!(!l.reciprocal("042"));
        assert!(!l.reciprocal("111"));
        assert!(!l.reciprocal(""));
    }

    #[test]
    fn clash_codes_follow_the_participants() {
        let k = Lexicon::builtin().clash.as_ref().expect("coder.toml has [clash]");
        assert_eq!(k.code_for("190", "clash", "protester", Some("police")), Some("145"));
        assert_eq!(k.code_for("190", "clash", "police", Some("protester")), Some("175"));
        assert_eq!(k.code_for("190", "clash", "police", Some("rebel")), None);
        assert_eq!(k.code_for("190", "war", "protester", Some("police")), None);
        assert!(crate::CameoTable::builtin().get(&k.crowd_code).is_some() && crate::CameoTable::builtin().get(&k.order_code).is_some());
    }

    #[test]
    fn modality_word_lists_are_read_from_coder_toml() {
        let l = Lexicon::builtin();
        assert!(l.binding_order_verbs.contains("order") && l.binding_order_verbs.contains("compel"));
        assert!(l.possibility_nouns.contains("possibility") && l.possibility_nouns.contains("option"));
        assert!(l.continuative_heads.contains("keep") && l.continuative_heads.contains("continue"));
        assert!(l.rejecting_claim_verbs.contains("reject") && l.rejecting_claim_verbs.contains("rebut"));
        assert!(l.preventing_verbs.contains("ban") && l.preventing_verbs.contains("prevent"));
        assert!(l.unrealised_modifiers.contains("proposed") && l.unrealised_modifiers.contains("draft"));
        assert!(l.ship_prefixes.contains("uss") && l.ship_prefixes.contains("hms"));
        assert!(l.troop_nouns.contains("troop") && l.troop_nouns.contains("fighter"));
        assert!(l.allegation_nouns.contains("allegation") && l.confirming_verbs.contains("confirm"));
    }

    #[test]
    fn show_of_force_word_lists_are_read_from_coder_toml() {
        let l = Lexicon::builtin();
        assert!(l.countering_verbs.contains("counter") && l.countering_verbs.contains("deter"));
        assert!(l.guarding_verbs.contains("defend") && !l.countering_verbs.contains("defend"));
        assert!(l.reason_verbs.contains("cite") && l.reason_verbs.contains("accuse"));
        assert!(l.aiming_verbs.contains("aim") && l.aiming_verbs.contains("direct"));
        assert!(l.awaiting_verbs.contains("brace") && l.plotting_verbs.contains("plan") && l.feared_modifiers.contains("possible"));
        assert!(l.quelling_verbs.contains("quell") && l.unrest_nouns.contains("protest"));
        assert!(l.carrying_verbs.contains("carry") && l.patrol_verbs.contains("patrol"));
        assert!(l.warning_nouns.contains("warning") && l.warning_nouns.contains("message"));
        assert!(l.strain_nouns.contains("tension") && l.strain_nouns.contains("stand-off"));
    }

    #[test]
    fn state_acts_are_matched_by_prefix() {
        let l = Lexicon::builtin();
        assert!(l.state_act("173"));
        assert!(l.state_act("0931"));
        assert!(!l.state_act("190"));
        assert!(!l.state_act(""));
    }
}
