//! Part-of-speech tagger: a greedy left-to-right averaged perceptron that predicts the
//! joint (UPOS, Penn tag) pair, with a tag dictionary for frequent unambiguous words.
//!
//! Features follow the classic perceptron tagger (Collins 2002; Honnibal's
//! "A good POS tagger in about 200 lines"): the word, its affixes and shape, two words
//! of context either side, and the two previous predicted tags.
use super::codec::{Reader, Writer};
use super::conllu::TreeSentence;
use super::hashing::{feat, hash_chars, hash_lower, hash_str, Rng};
use super::clusters::{Clusters, NO_CLUSTER};
use super::weights::{KeyMap, Perceptron, Weights};
use super::ModelError;
use detente_core::{Upos, Xpos};
use std::collections::HashMap;

/// The per-word hashes the tagger's features are built from, computed once per word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordKeys {
    /// Lower-cased form.
    pub lower: u64,
    exact: u64,
    suf: [u64; 4],
    pre: [u64; 3],
    shape: u64,
    /// Irregular verb form bits ([`super::irregular::PAST`], [`super::irregular::PARTICIPLE`]).
    irregular: u8,
    /// A listed past or participle form that is no verb's base ("shot", not "hit"): it can
    /// never be a present-tense or infinitive verb.
    past_only: bool,
    /// The word starts with an upper-case letter and has a lower-case one after it ("Xi",
    /// not "US" or "xi").
    capitalised: bool,
    /// The word starts with a lower-case letter.
    lowercase: bool,
    /// The word has two letters or more, all of them capitals ("IS", "NATO").
    all_capitals: bool,
    /// The form can be a simple past: a regular "-ed" form or a listed irregular past.
    can_be_past: bool,
    /// The form can be a past participle: a regular "-ed" form or a listed irregular participle.
    can_be_participle: bool,
    /// The word ends in a hyphen ("Russia-" of "Russia-linked").
    hyphen_final: bool,
    /// "last" or "next", which open time phrases ("signed last month").
    time_opener: bool,
    /// A bare time word: a capitalised day or month name ("Tuesday", "March") or "today",
    /// "yesterday", "tomorrow", "tonight" (`dictionaries/language/time_nouns.txt`).
    bare_time: bool,
    /// A cardinal that counts more than one ("15", "1,200", "two", "dozens"), not a year-like
    /// four-digit number ("2024"): its noun phrase is plural ([`NUMBER_PLURAL`]).
    plural_count: bool,
    /// The plural of a unit of time, which has no verb reading ([`TIME_UNIT_NOUN`]).
    time_unit_plural: bool,
    /// The word's packed cluster ([`Clusters::get`]); [`NO_CLUSTER`] when it has none.
    pub cluster: u32,
    /// The word's most frequent training class from the tag lexicon ([`NO_LEX`] when
    /// unknown), looked up once per word rather than once per feature that reads it.
    lex: u64,
    /// The tag lexicon's class of the form without its final "s" ("announce" of "announces";
    /// [`NO_LEX`] when there is none or it is unknown), for [`VERB_READ_PLURAL`].
    stem_lex: u64,
}

/// [`WordKeys::lex`] of a word missing from the tag lexicon.
const NO_LEX: u64 = 500;

const START: u64 = 0x53_5441_5254;
const UNKNOWN: u64 = 0x55_4e4b;
/// Words seen fewer times than this in training are "rare" for word dropout.
const RARE_WORD: u32 = 20;

const END: u64 = 0x45_4e44;

impl WordKeys {
    /// Hashes of `w`: lower form, exact form, suffixes 1–4, prefixes 1–3, shape.
    pub fn of(w: &str) -> WordKeys {
        let lower = hash_lower(w);
        use super::irregular::{IrregularVerbs, BASE, PARTICIPLE, PAST};
        let kind = IrregularVerbs::shipped().kind(lower);
        // Features see only the past/participle bits (what the model was trained with).
        let irregular = kind & (PAST | PARTICIPLE);
        let past_only = irregular != 0 && kind & BASE == 0;
        let mut k = WordKeys { lower, exact: hash_str(w), irregular, past_only, cluster: NO_CLUSTER, lex: NO_LEX, stem_lex: NO_LEX, ..Default::default() };
        let n = w.chars().count();
        let mut chars = w.chars();
        let first = chars.next();
        // A hyphen-final piece ("Panama-" of "Panama-flagged") is a modifier, not a name.
        k.capitalised = first.is_some_and(char::is_uppercase) && chars.any(char::is_lowercase) && !w.ends_with('-');
        k.lowercase = first.is_some_and(char::is_lowercase);
        k.all_capitals = w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
        k.can_be_past = if irregular != 0 { kind & PAST != 0 } else { n > 3 && w.to_ascii_lowercase().ends_with("ed") };
        k.can_be_participle = if irregular != 0 { kind & PARTICIPLE != 0 } else { n > 3 && w.to_ascii_lowercase().ends_with("ed") };
        k.hyphen_final = w.ends_with('-');
        k.time_opener = w.eq_ignore_ascii_case("last") || w.eq_ignore_ascii_case("next");
        k.bare_time = is_bare_time_word(w, k.capitalised);
        k.plural_count = is_plural_count(w);
        k.time_unit_plural = ["hours", "days", "weeks", "months", "years", "decades", "centuries"].iter().any(|t| w.eq_ignore_ascii_case(t));
        for (j, s) in k.suf.iter_mut().enumerate() {
            let len = (j + 1).min(n);
            let start = w.char_indices().rev().nth(len.saturating_sub(1)).map(|p| p.0).unwrap_or(0);
            *s = hash_lower(&w[start..]).wrapping_add(j as u64);
        }
        for (j, p) in k.pre.iter_mut().enumerate() {
            let end = w.char_indices().nth(j + 1).map(|p| p.0).unwrap_or(w.len());
            *p = hash_lower(&w[..end]).wrapping_add(j as u64 + 7);
        }
        let mut last = '\0';
        let mut run = 0;
        k.shape = hash_chars(w.chars().filter_map(|c| {
            let s = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_ascii_digit() {
                'd'
            } else {
                c
            };
            if s == last {
                run += 1;
            } else {
                run = 0;
                last = s;
            }
            (run < 3).then_some(s)
        }));
        k
    }
}

/// The lexicon class of a lower-form hash as a feature value.
fn lex_of(lexicon: &KeyMap<u8>, lower: u64) -> u64 {
    lexicon.get(&lower).map(|&c| c as u64).unwrap_or(NO_LEX)
}

/// Fills `out` with the features of word `i`, given the previous two tags; with
/// `clustered`, also the word-cluster features.
fn features(keys: &[WordKeys], clustered: bool, i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    let w = keys[i];
    let amb = |j: isize| -> u64 {
        match (j >= 0).then(|| keys.get(j as usize)).flatten() {
            Some(k) => k.lex,
            None => 600,
        }
    };
    let (a0, a1, a2) = (amb(i as isize), amb(i as isize + 1), amb(i as isize + 2));
    let at = |j: isize| -> Option<&WordKeys> { (j >= 0).then(|| keys.get(j as usize)).flatten() };
    let lw = |j: isize, default: u64| at(j).map(|k| k.lower).unwrap_or(default);
    let (wm1, wm2) = (lw(i as isize - 1, START), lw(i as isize - 2, START + 1));
    let (wp1, wp2) = (lw(i as isize + 1, END), lw(i as isize + 2, END + 1));
    let sufm1 = at(i as isize - 1).map(|k| k.suf[2]).unwrap_or(START);
    let sufp1 = at(i as isize + 1).map(|k| k.suf[2]).unwrap_or(END);
    let shm1 = at(i as isize - 1).map(|k| k.shape).unwrap_or(START);
    let shp1 = at(i as isize + 1).map(|k| k.shape).unwrap_or(END);
    out.extend_from_slice(&[
        feat(1, 0, 0, 0),
        feat(2, w.lower, 0, 0),
        feat(3, w.suf[0], 0, 0),
        feat(4, w.suf[1], 0, 0),
        feat(5, w.suf[2], 0, 0),
        feat(6, w.suf[3], 0, 0),
        feat(7, w.pre[0], 0, 0),
        feat(8, w.pre[1], 0, 0),
        feat(9, w.pre[2], 0, 0),
        feat(10, w.shape, 0, 0),
        feat(11, wm1, 0, 0),
        feat(12, wm2, 0, 0),
        feat(13, wp1, 0, 0),
        feat(14, wp2, 0, 0),
        feat(15, sufm1, 0, 0),
        feat(16, sufp1, 0, 0),
        feat(17, shp1, 0, 0),
        feat(18, shm1, 0, 0),
        feat(19, p1, 0, 0),
        feat(20, p2, 0, 0),
        feat(21, p1, p2, 0),
        feat(22, p1, w.lower, 0),
        feat(23, wm1, w.lower, 0),
        feat(24, w.lower, wp1, 0),
        feat(25, w.exact, 0, 0),
        feat(26, (i == 0) as u64, w.shape, 0),
        feat(27, p1, w.suf[2], 0),
        feat(28, wp1, wp2, 0),
        feat(29, p1, wp1, 0),
        feat(30, w.suf[1], sufp1, 0),
        feat(31, a0, 0, 0),
        feat(32, a1, 0, 0),
        feat(33, a2, 0, 0),
        feat(34, p1, a1, 0),
        feat(35, a0, a1, 0),
        feat(36, w.lower, a1, 0),
        feat(37, p1, a0, a1),
        feat(38, a1, a2, 0),
        feat(39, w.irregular as u64, 0, 0),
        feat(40, w.irregular as u64, p1, 0),
        feat(41, w.irregular as u64, wp1, 0),
    ]);
    if clustered {
        let fine = |j: isize, default: u64| at(j).map(|k| Clusters::fine(k.cluster)).unwrap_or(default);
        let i = i as isize;
        let (c0f, c0c) = (Clusters::fine(w.cluster), Clusters::coarse(w.cluster));
        let cp1 = at(i + 1).map(|k| k.cluster);
        let (cp1f, cp1c) = (cp1.map(Clusters::fine).unwrap_or(END), cp1.map(Clusters::coarse).unwrap_or(END));
        out.extend_from_slice(&[
            feat(42, c0f, 0, 0),
            feat(43, c0c, 0, 0),
            feat(44, fine(i - 1, START), 0, 0),
            feat(45, cp1f, 0, 0),
            feat(46, at(i - 2).map(|k| Clusters::coarse(k.cluster)).unwrap_or(START), 0, 0),
            feat(47, at(i + 2).map(|k| Clusters::coarse(k.cluster)).unwrap_or(END), 0, 0),
            feat(48, p1, c0f, 0),
            feat(49, c0c, cp1c, 0),
        ]);
    }
}

/// A trained tagger.
#[derive(Debug, Clone, Default)]
pub struct Tagger {
    /// Class id → (UPOS, Penn tag).
    pub classes: Vec<(Upos, Xpos)>,
    tagdict: KeyMap<u8>,
    lexicon: KeyMap<u8>,
    weights: Weights,
    /// Word clusters from unlabeled text (empty: no cluster features). Stored in the model
    /// file by [`super::Model`], not by [`Tagger::write`].
    pub clusters: Clusters,
    /// Tagging-time constraints turned off ([`Tagger::disable_constraints`]).
    disabled: u64,
}

/// Constraint: a form of "have" tagged VERB before one to three adverbs and a past
/// participle is AUX ("has repeatedly called"; without an adverb the model is already right).
pub const HAVE_PERFECT: u64 = 1;
/// Constraint: a capitalised, singular common noun (NN) unknown to training (not in the tag
/// lexicon), not first and not after punctuation, is a proper noun ("with Xi"); not in
/// title-cased sentences (no more lower-case than capitalised words).
pub const UNKNOWN_NAME: u64 = 2;
/// Constraint: a plural noun right after proper nouns that open the clause, or after a
/// comma-set phrase without a finite verb that follows them, in a clause without a finite verb
/// and before "to" or a determiner or pronoun, is re-tagged as a present-tense verb and the
/// words after it tagged again ("Blinken plans to ...", "Greece, like most other existing
/// members, plans to impose ...").
pub const SUBJECT_VERB: u64 = 4;
/// Constraint: a past participle (VBN) right after a noun or pronoun, directly followed by
/// the start of a noun phrase, in a clause without a finite verb, is a simple past (VBD) when
/// its form can be one ("Police used tear gas against protesters"; not the headline "Three
/// killed in attack", where a preposition follows).
pub const PARTICIPLE_PAST: u64 = 8;
/// Constraint: a sentence without any finite verb whose clause opens with a noun phrase gets
/// one: of the words after that subject that the model could read as a finite verb (a plural
/// noun as VBZ, a singular noun or a base form as VBP, a participle or "-ed" adjective as
/// VBD) and whose verb reading scores within [`VERBLESS_MARGIN`] of its tag, a base form or
/// else the first (not a plural noun before a singular one: "forces arrest"), is re-tagged
/// and the words after it tagged again ("Clashes erupted between police and protesters",
/// "Myanmar president calls for reform", "riot police fire tear gas").
pub const VERBLESS_SENTENCE: u64 = 16;
/// Constraint: a simple past (VBD) right after a noun and before a preposition, followed in its
/// clause only by prepositional phrases and then another finite verb, is a participle (VBN)
/// modifying the noun ("migrants deported from the United States to Ghana are sent home",
/// "vehicles rigged with explosives were found"); a bare day or month name or "today",
/// "yesterday" may stand between the participle and the preposition ("A report released
/// Tuesday in the capital alleged that ...").
pub const REDUCED_RELATIVE: u64 = 32;
/// Constraint: widens [`VERBLESS_SENTENCE`] to the subjects news headlines open with when the
/// sentence has no other verb: prepositional phrases, coordinated nouns and comma-set
/// appositions inside the subject ("Police in Stuttgart, Germany, arrest ...", "Russia and
/// Ukraine swap ...", "Torrential rains in Punjab, Pakistan, kill ..."), an adjective read as
/// the subject's head ("The Israeli military issues ..."), an adjective read where the verb
/// stands ("Gunmen open fire") and a number after an adverb as its object ("police arrest
/// around 150 people").
pub const VERBLESS_LONG_SUBJECT: u64 = 64;
/// Constraint: in a sentence still without a finite verb, two lowercase words joined by
/// "and" right after its subject noun phrase and before an object, both readable as
/// present-tense verbs of the same form (two "-s" forms as VBZ, else as VBP), are those
/// verbs ("A bus driver shoots and kills two passengers", "Armed men ambush and kill twenty
/// security personnel"); and "to" before a compass or position adjective ("-ern",
/// "central"), read as an infinitive before a name, is a preposition ("deploys troops to
/// southern Lebanon").
pub const COORDINATED_VERBS: u64 = 128;
/// Constraint: widens [`VERBLESS_SENTENCE`] by agreement with the subject: an "-s" noun right
/// after a singular noun that opens the sentence may be its verb before a preposition with
/// the full margin ("A Palestinian man rams into pedestrians", "The Congolese military
/// withdraws from Bukavu") and as the sentence's last word ("Prime minister Alexandru Munteanu
/// resigns."), unless a plural noun or "and", a second noun phrase or another candidate says
/// otherwise; a bare form the model read as an adverb right after a plural subject and before
/// an object is a present-tense verb ("Israeli airstrikes kill 55 people", "Gunmen abduct 28
/// people").
pub const VERBLESS_AGREEMENT: u64 = 256;
/// Constraint: a word in capitals read as a verb or auxiliary right after a preposition or
/// determiner is a proper noun, an acronym ("freed villages from IS", "the IS group"): no verb
/// follows a preposition or determiner directly.
pub const CAPITALS_AFTER_PREPOSITION: u64 = 512;
/// Constraint: "over" read as a preposition after a verb and before a number modifies the
/// number ("releases over 1,900 detainees": adverb, as UD annotates "over" before a number),
/// so the noun phrase stays the verb's object.
pub const OVER_NUMBER: u64 = 1024;
/// Constraint: narrows the plural test of [`VERBLESS_AGREEMENT`] to the subject's head: a
/// plural noun inside a name ("A United States Air Force pilot ejects") or in a prepositional
/// phrase after the head ("A deadly battle between X and Y results in") leaves an "-s" form
/// free to agree with a singular head; and an "-s" form before a preposition after a singular
/// head in a sentence opened by an article, or right after a name, may trail its noun reading
/// by twice the margin ("The rocket stays in the air", "Tropical Storm Erin forms in").
pub const AGREEMENT_HEAD: u64 = 2048;
/// Constraint: "later" or "earlier" read as a comparative adverb may stand between the subject
/// and the verb [`VERBLESS_SENTENCE`] looks for, as a plain adverb may ("A tornado later forms").
pub const LATER_ADVERB: u64 = 4096;
/// Constraint: in a sentence without a finite verb, a capitalised first word unknown to the
/// tag lexicon and read as an adjective, followed by an "-s" form and the start of an object
/// (a name, determiner, number or possessive), is a proper noun and the "-s" form its verb
/// ("Modi hosts Putin in New Delhi"): news opens with its subject, and an adjective would
/// leave the sentence without a verb.
pub const INITIAL_NAME: u64 = 8192;
/// Constraint: widens [`VERBLESS_AGREEMENT`]'s last-word case to an "-s" form after a
/// singular head before a comma and a participle clause ("Prime minister Han Duck-soo resigns,
/// indicating a possible run", "The building collapses, destroying a number of shops"), with
/// the same checks for a plural subject, a second noun phrase and another verb reading.
pub const VERB_BEFORE_PARTICIPLE: u64 = 16384;
/// Constraint: in a sentence still without a finite verb, infinitive marker or modal, the first
/// base form the model read as a verb, lowercase and right after a noun phrase, is a
/// present-tense verb ("Local authorities of Teorama, Norte de Santander, Colombia, find the
/// bodies", "Two roadside bomb explosions in Bannu District ... kill at least seven people"):
/// the model saw the verb but not its finiteness behind a long subject.
pub const BASE_FORM_FINITE: u64 = 32768;
/// Constraint: widens [`VERBLESS_SENTENCE`] to a main clause without a finite verb whose
/// sentence has finite verbs only after a subordinating word ("that", a relative word, a
/// clause opener such as "after"): the search for the main verb stops at that word
/// ("Netanyahu's office announces that ...", "The court issues a ruling after the jury
/// ..."), or at "and" before a present-tense verb without a subject of its own, whose form
/// the main verb then shares ("A car bombing kills at least 20 people and leaves 15 others
/// wounded"). Only lowercase present-tense readings are taken there, and a singular noun
/// after a singular noun or name is no plural verb ("A Syrian war monitor reports"). The word
/// right before a relative word followed by its verb is that clause's antecedent, no verb
/// ("the rules that govern").
pub const MAIN_CLAUSE_VERB: u64 = 65536;
/// Constraint: a capitalised "May" or "March" read as a modal or verb before a number or "Day"
/// names the month ("May Day protests are held", "May 1 strikes shut down ports"); it is
/// re-tagged a proper noun and the words after it tagged again.
pub const MONTH_NAME: u64 = 131072;
/// Constraint: a lowercase singular noun or adjective (NN, JJ) right after the infinitive
/// marker "to" (PART TO) or a lowercase modal is the verb they take when the model's base-form
/// reading of it comes within [`VERBLESS_MARGIN`] and an object or a phrasal verb's particle
/// follows it ("offered to hand over two suspects", "Israel announced it would free over 150
/// prisoners"); the words after it are tagged again. The marker takes a verb: in EWT and GUM a
/// noun follows "to" 19 times against 5,400 verbs, nearly all in "how-to" and "kind of",
/// which are left alone (a hyphen before "to", "of" or a hyphen after the noun); before an
/// object, no noun or adjective follows a lowercase modal there.
pub const INFINITIVE_VERB: u64 = 262144;
/// Constraint: narrows [`VERBLESS_SENTENCE`]'s choice between an "-s" form and the bare noun
/// after it: when the noun stands before a name (a title: "singer Amir Tataloo") and the
/// "-s" form's noun phrase opens with "a" or "an", the "-s" form is the verb ("An Iranian
/// court sentences singer Amir Tataloo to death"): the article makes its phrase singular, so
/// the "-s" form cannot be the phrase's plural head.
pub const SINGULAR_ARTICLE: u64 = 524288;
/// Constraint: widens [`PARTICIPLE_PAST`] to a lowercase form that can be a simple past read
/// as an adjective, with the same checks (right after the clause's opening noun phrase, before
/// the start of a noun phrase, in a clause without a finite verb, not a participle that
/// usually modifies: "armed", "alleged"): "Israeli army bulldozers demolished Palestinian
/// homes ..., officials said" ("demolished" read as an adjective of "Palestinian homes").
pub const ADJECTIVE_PAST: u64 = 1048576;
/// Constraint: a lowercase word read as an adverb or adjective right after a verb that links no
/// predicate ("become", "remain", "seem" and the like are left alone), before a preposition or
/// the sentence's end, is that verb's object noun when the tag lexicon knows it only as a noun or not at
/// all and it has no adverb ending "-ly" ("expressed sorrow over the deaths": "sorrow" read as
/// an adverb; not before a comma, which may continue a list of adjectives). Particles ("went back to") and "home" ("went home on") are known adverbs.
pub const OBJECT_NOUN: u64 = 2097152;
/// Constraint: a lowercase "-s" form read as a present-tense verb (VBZ) at the end of a noun
/// phrase that opens with a cardinal counting more than one, right after a verb (or "at
/// least", "nearly" and the like after it), is the phrase's plural head, a noun ("killed 15
/// Afghan Army trainees as they travelled": a plural phrase cannot be the subject of an "-s"
/// verb, and a verb's object cannot be a subject); so is one after a perfect participle and
/// only adjectives, adverbs and common nouns ("have launched further airstrikes on"); the words
/// after it are tagged again.
pub const NUMBER_PLURAL: u64 = 4194304;
/// Constraint: widens [`PARTICIPLE_PAST`] to a time phrase of "on" or "in" and a day or month
/// name between the subject and the participle ("A Czech court on Tuesday released Syrian
/// Kurdish leader Salih Muslim").
pub const TIME_PHRASE_PAST: u64 = 8388608;

/// Constraint: a lowercase "-s" form read as a present-tense verb (VBZ) after a noun phrase's
/// modifiers (a determiner, adjective, number or name) is the phrase's plural head, a noun, when
/// its position leaves no room for a verb: before a prepositional phrase and then a plural
/// present-tense verb or modal with no subject of its own ("The Myanmar Air Force airstrikes on suspected
/// rebel targets kill at least 17": a finite verb's subject cannot hold another finite verb),
/// or inside a prepositional phrase of a clause whose finite verb came before it, with no
/// clause boundary in the sentence up to it ("people are killed in Tatmadaw airstrikes on
/// Ramree", the verb's clause not closed by a coordinator or comma before it); when the noun
/// reading comes within [`VERBLESS_MARGIN`]; not after a verb of saying, whose clause may follow without "that", nor after a
/// relative word or subordinator, whose clause may end before the word. The words
/// after it are tagged again.
pub const PLURAL_HEAD: u64 = 16777216;
/// Constraint: of two "-s" forms after a singular subject that opens the sentence, the first
/// read as a plural noun and the second as the verb, the first is the verb and the second its
/// plural object when a preposition, "to" or the sentence's end follows the second and both
/// other readings come within [`VERBLESS_MARGIN`] ("The Israeli military launches airstrikes in
/// southern Lebanon", "Hezbollah fires rockets at Israeli troops"): the subject's head is
/// singular, so a plural noun cannot end it before a singular verb.
pub const VERB_BEFORE_PLURAL: u64 = 33554432;

/// Constraint: widens [`PARTICIPLE_PAST`] to a phrasal verb's particle (RP) between the
/// participle and its object ("Somalia's Transitional National Government and five factions set
/// up a joint ceasefire declaration", "Brazil's main oilworkers' confederation called off a
/// five-day strike").
pub const PARTICLE_OBJECT: u64 = 67108864;

/// Constraint: widens [`PARTICIPLE_PAST`]'s subject noun phrase to hyphenated modifiers
/// ("Armenian-backed militias violated ceasefire", "five Mogadishu-based factions set up"): the
/// phrase may also open before the hyphen and the participle after it, which are inside it.
pub const HYPHENATED_SUBJECT: u64 = 134217728;

/// Constraint: the plural of a unit of time ("hours", "days", "weeks", "months", "years",
/// "decades", "centuries") is a noun, never a verb: none of these nouns has a verb use, so a
/// verb tag chosen from context ("just hours after", "and days later") gives way to the best
/// plural-noun reading.
pub const TIME_UNIT_NOUN: u64 = 268435456;

/// Constraint: a present-tense verb reading (VBP) at the end of a noun phrase that is the object
/// of a finite verb, with a preposition, punctuation or the sentence's end after it, is the
/// phrase's head noun ("The UN extended its arms embargo on Libya", "condemns the recent Rapid
/// Support Forces attack on civilians", "seize a Malian Armed Forces base near the border"): a
/// clause has one finite verb, and a noun phrase after one is its object, not a new subject. The
/// verb must follow its own subject's noun or pronoun, and must not take a bare clause: verbs of
/// causing and perceiving ("let", "make", "see") take a bare infinitive, verbs of saying,
/// thinking and demanding a clause without "that" ("says its forces withdraw from"), unless
/// the phrase opens with "a"/"an", which no plural verb agrees with ("reports a 66% drop in").
pub const OBJECT_HEAD_NOUN: u64 = 536870912;

/// Constraint: widens [`PARTICIPLE_PAST`]'s subject noun phrase to a possessor's "'s" ("Mali's
/// military junta promised ECOWAS that ...", "Russia's defence ministry accused"): a possessor
/// is inside the noun phrase it opens, so the phrase still opens the clause.
pub const POSSESSIVE_SUBJECT: u64 = 1073741824;

/// Constraint: widens [`INFINITIVE_VERB`] after a lowercase modal to a bare noun or adjective
/// opening the object ("it would hand power to civilians", "will fund projects", "will free
/// detained Americans", where a participle opens it): a modal takes
/// a verb, and a noun right after it cannot start a noun phrase of its own, so the word after it
/// is the verb and the next one its object.
pub const MODAL_BARE_OBJECT: u64 = 2147483648;

/// Constraint: a lowercase "-s" form read as a present-tense verb (VBZ) after a noun phrase's
/// modifiers (a determiner, adjective, noun or name), in a phrase that opens its clause, right
/// before a word read as a past participle or past tense that can be a simple past and is itself
/// followed by a determiner, possessive or pronoun, is the phrase's plural head, a noun, and that
/// word the verb ("Chinese coast guard vessels blocked a Philippine resupply mission"): an "-s"
/// verb takes no bare participle before a determiner (a participle that modifies stands before a
/// noun: "releases updated figures"), so the participle is the finite verb and the "-s" form its
/// subject. Not after a verb of saying or "get", "have" and linking verbs; when the noun reading
/// comes within [`VERBLESS_MARGIN`] and the word after it is then read as a past tense.
pub const PLURAL_BEFORE_PAST: u64 = 1 << 32;

/// Constraint: a lowercase word read as an adverb (RB) whose usual tag in the tag lexicon is an
/// adjective (JJ), without the adverb ending "-ly", right after a verb's object (one to three
/// names or a personal pronoun after a verb that is not a modifying participle) and before a
/// preposition, punctuation or the sentence's end, is an adjective: the object's secondary predicate ("A Manhattan jury found
/// Donald Trump guilty on all 34 counts", "held Russia responsible for"). The adverbs that
/// follow an object there are "-ly" forms, particles and time words, which the lexicon reads
/// otherwise.
pub const OBJECT_PREDICATE: u64 = 1 << 33;

/// Constraint: a past participle (VBN) that can be a simple past, after prepositional phrases
/// that follow another participle right after the clause's opening noun phrase, and before the
/// start of a noun phrase, in a clause without a finite verb, is the simple past (VBD): the
/// first participle opens a reduced relative on the subject and the second is the clause's verb
/// ("Ukrainian drones smuggled into Russia in lorries struck more than 40 warplanes"). The
/// participle follows a noun (not a determiner or adjective, after which it modifies the next
/// noun: "in a combined ramming"), and the noun phrase after it opens with a determiner,
/// possessive, pronoun, number, name or a comparative count ("more than 40"), not a bare noun
/// or adjective, which it may modify ("wounded in a Russian guided bomb strike").
pub const RELATIVE_THEN_PAST: u64 = 1 << 34;

/// Constraint: after a verb of demanding (`dictionaries/language/mandative_verbs.txt`: "demand",
/// "insist", "urge", "ask", "request", "require", "recommend", "propose", "order", "stipulate") and "that", the first lowercase word read as a
/// singular noun or adjective right after the clause's subject noun (a noun, name or personal
/// pronoun) and before the start of an object is the clause's bare (subjunctive) verb when the
/// model's base-form reading of it comes within [`VERBLESS_MARGIN`] ("demanded that Niger's
/// junta reinstate President Mohamed Bazoum", "demanded that the government scrap quotas"): a
/// mandative clause takes the bare form, and a clause with no finite verb of its own needs it.
/// Only when the clause up to its next boundary has no finite verb; the words after it are
/// tagged again.
pub const SUBJUNCTIVE_VERB: u64 = 1 << 38;

/// Constraint: a lowercase "-ing" form read as a singular noun right after a subordinating
/// preposition ("after", "before", "since", "while", "when", "upon", "by") and before the start of
/// an object (a name, determiner, possessive, personal pronoun or number; not a day or month
/// name) is a gerund (VBG) when the model's gerund reading comes within [`VERBLESS_MARGIN`]
/// ("Foreign Minister Dmytro Kuleba said after meeting Sergei Lavrov in Antalya"): a noun right
/// after the preposition would take no determiner-led or named phrase after it, while a gerund
/// takes its object there. The words after it are tagged again.
pub const GERUND_AFTER_SUBORDINATOR: u64 = 1 << 36;

/// Constraint: widens [`PARTICIPLE_PAST`] to a noun phrase opening right after a clause opener
/// ("as", "after", "while" and the like) read as a preposition, when the opener follows no verb
/// ("NATO sent ships as Russia massed troops near the border", "after rebels attacked a base";
/// not "known as", "described as"), and to an object opened by an adverb or comparative before
/// a number ("rounded up more than 2,000 people", "arrested about 300 people"): the opener
/// starts a clause whose subject may stand before its verb, and a number after a participle is
/// its object, not a time phrase.
pub const CLAUSE_OPENER_SUBJECT: u64 = 1 << 35;

/// Constraint: a lowercase past participle (VBN) that can be a simple past, right after the
/// subject of a clause opened by "as", "while", "when", "because", "although", "though" or
/// "whereas" (a noun phrase, or a plural one with an "of" phrase: "as leaders of the two
/// countries met in Tokyo", "as thousands rallied against the legislation") and before a
/// preposition other than "by", in a clause without a finite verb, is the simple past (VBD)
/// when the opener follows a noun, name, pronoun, number or punctuation (not "such as", "as
/// well as", "known as"): such an opener takes a finite clause, and a participle there would
/// leave it without a verb.
pub const CLAUSE_OPENER_PAST: u64 = 1 << 37;

/// Constraint: the last resort of [`VERBLESS_SENTENCE`] for news headlines in the present
/// tense: in a sentence that ends with a full stop and still has no finite verb after the other
/// constraints, the first lowercase word right after the clause's opening subject noun phrase
/// (as [`VERBLESS_LONG_SUBJECT`] reads it, adverbs allowed between) that agrees with the
/// subject's head as a present-tense verb is that verb when what follows can follow a verb and
/// its verb reading trails by less than [`HEADLINE_MARGIN`]: a bare form read as a noun,
/// adjective, adverb or preposition (one the tag lexicon knows as a verb) after a plural head
/// or a coordinated subject ("Bolivian authorities arrest suspected ...", "Police in Bangladesh
/// arrest over 1,300 people", "Lithuanian prosecutors accuse Russia's ...", "Canada and France
/// open consulates"), else an "-s" form after a singular head ("Russian artillery targets
/// Pokrovsk"). A sentence has a finite verb, and the headline's is the word after its subject.
pub const HEADLINE_VERB: u64 = 1 << 39;

/// Constraint: a lowercase word read as a singular noun (NN) that can only be a past form of a
/// verb (a listed irregular past that is no base form, "shot", "fled"; or a regular "-ed" form the
/// tag lexicon does not know as a noun, "blamed", "crashed") is the simple past (VBD) of its
/// clause, and the words after it are tagged again, when it stands right after the clause's
/// opening noun phrase (a possessor's "'s" inside it: "Field Marshal Khalifa Haftar's spokesman
/// blamed fighters loyal to the Tripoli government", "Palestinian snipers shot and killed an
/// Israeli soldier") or right after "and" following a clause with a simple past ("checked their
/// identity cards and shot dead at least 23 people"), its clause has no finite verb, and after
/// the re-tagging an object, a particle, a predicate adjective or "and" and another past follows
/// it. A noun there would leave its clause without a verb, and these forms have no noun use.
pub const NOUN_READ_PAST: u64 = 1 << 40;

/// Constraint: widens [`PARTICIPLE_PAST`] to an "-ly" adverb between the clause's opening noun
/// phrase and the participle ("The Pakistan government recently seized control of the
/// charities", "Clinton Administration sharply reduced military aid to the Colombian army"): a
/// manner or time adverb stands inside the clause, before its verb.
pub const ADVERB_BEFORE_PAST: u64 = 1 << 41;

/// Constraint: an "-s" form read as a plural noun (NNS) whose most frequent tag in training is
/// the present tense (VBZ), or which training does not know and whose form without the "s" it
/// knows as a verb ("announces", "confirms", "resigns"), right after the noun phrase that
/// opens the sentence with no finite verb before it, is that present tense, and the words after
/// it are tagged again ("The Vatican announces that ...", "The Polish Armed Forces confirms it
/// has shot down ..."): such a form is a noun only by a slip of the model, and the sentence's
/// opening noun phrase wants its verb. Unlike [`VERBLESS_SENTENCE`] and [`HEADLINE_VERB`], the
/// clause may hold another finite verb after it (a complement clause with "that" left out).
pub const VERB_READ_PLURAL: u64 = 1 << 42;

/// Constraint: a clause that "should" opens before its subject, after a finite verb in the same
/// stretch of the sentence, is an inverted condition ("should talks fail" = "if talks fail"),
/// whose verb closes it: when the word after "should" reads as a noun, and a noun phrase (with a
/// determiner, a plural, a name, a possessive or a prepositional phrase, so more than a bare
/// compound) runs from it to a singular noun reading right before the next punctuation, that last
/// word is the clause's base verb, and the word after "should" keeps its noun reading rather than
/// [`MODAL_BARE_OBJECT`]'s verb ("Brussels was weighing levies on ... companies should tariff
/// talks with Washington fail": "fail" VB, "tariff" NN).
pub const INVERTED_CONDITION: u64 = 1 << 43;

/// Constraint: widens [`SUBJECT_VERB`] to a plural noun reading after the clause's opening names
/// that a name follows, the object's first word ("Saudi Arabia strikes Houthi military sites in
/// Hodeidah": "strikes" VBZ), still only in a clause with no other finite verb (not "Apple
/// shares Tuesday rose") and not before a bare day or month name.
pub const SUBJECT_NAME_OBJECT: u64 = 1 << 44;

/// Constraint: lowercase "worth" read as a verb or an adverb is an adjective ("tariffs on
/// American goods worth up to $155 billion": "worth" JJ, not VBP); the words after it are tagged
/// again. In EWT and GUM "worth" is an adjective, a noun ("net worth", "$5 worth of") or, once,
/// a preposition, never a verb or an adverb.
pub const WORTH_ADJECTIVE: u64 = 1 << 45;

/// Constraint: a past form opening a "that" clause after a verb, before a modifier or noun, is a
/// participle modifying that noun when a verb follows later in the clause ("demanded that deposed
/// Sudanese president Omar al-Bashir stand trial": "deposed" VBN, not VBD). A finite verb right
/// after the complementizer would leave its clause without a subject; "that" after a noun (a
/// relative pronoun, "the men that attacked the village") is left alone.
pub const PARTICIPLE_AFTER_THAT: u64 = 1 << 46;

/// Constraint: a capitalised word unknown to training (not in the tag lexicon) that the model read
/// as an auxiliary is a proper noun, for the auxiliaries are a closed class of known words ("Xi
/// sent a message of condolence to Putin": "Xi" AUX, the sentence left with no subject); the
/// words after it are tagged again.
pub const UNKNOWN_AUXILIARY: u64 = 1 << 47;

/// Constraint: widens [`PARTICIPLE_PAST`] and [`ADJECTIVE_PAST`] to a subject whose phrase has an
/// "of" between two capitalised words, a title's or a name's ("U.S. Secretary of State Warren
/// Christopher telephoned Russian Foreign Minister Andrei Kozyrev": "telephoned", unknown to
/// training, read as an adjective; the phrase's opening is now "U.S.", not "State" after a
/// preposition). Not a quantity's "of" ("Dozens of civilians killed in the strike"), whose
/// participle opens a reduced relative as often as not.
pub const OF_PHRASE_SUBJECT: u64 = 1 << 48;

/// How far a present-tense reading may trail the chosen tag for [`HEADLINE_VERB`] to take it:
/// wider than [`VERBLESS_MARGIN`], since the sentence has no other verb.
const HEADLINE_MARGIN: i32 = 4 * VERBLESS_MARGIN;

/// How far (in averaged-perceptron score units) a finite-verb reading may trail the chosen
/// tag for [`VERBLESS_SENTENCE`] to take it. A word followed by a preposition rather than an
/// object ("erupted between", but also the headline "three killed in attack") must come
/// within half of it.
const VERBLESS_MARGIN: i32 = 30000;

/// Adverbial particles of phrasal verbs ("hand over", "set up"), which a tagger may read as
/// prepositions.
const PARTICLES: [&str; 7] = ["over", "up", "out", "off", "down", "back", "away"];

/// Forms of verbs that link a predicate adjective or adverb to their subject or object ("became
/// president", "remained calm", "went missing", "kept quiet"): [`OBJECT_NOUN`] leaves the word
/// after them as tagged.
fn is_linking_verb(lower: u64) -> bool {
    static FORMS: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    FORMS
        .get_or_init(|| {
            [
                "become", "becomes", "became", "becoming", "remain", "remains", "remained", "remaining", "seem", "seems", "seemed",
                "seeming", "appear", "appears", "appeared", "appearing", "look", "looks", "looked", "looking", "feel", "feels",
                "felt", "feeling", "sound", "sounds", "sounded", "sounding", "stay", "stays", "stayed", "staying", "get", "gets", "got", "gotten", "getting", "grow", "grows", "grew", "grown", "growing",
                "turn", "turns", "turned", "turning", "go", "goes", "went", "gone", "going", "come", "comes", "came", "coming", "prove", "proves",
                "proved", "proven", "proving", "keep", "keeps", "kept", "keeping", "make", "makes", "made", "making", "render",
                "renders", "rendered", "rendering", "leave", "leaves", "left", "leaving", "hold", "holds", "held", "holding",
                "find", "finds", "found", "finding", "declare", "declares", "declared", "declaring", "fall", "falls", "fell",
                "falling", "run", "runs", "ran", "running", "set", "sets", "setting", "break", "breaks", "broke", "breaking",
                "lie", "lies", "lay", "lying", "sit", "sits", "sat", "sitting", "stand", "stands", "stood", "standing", "rest",
                "rests", "rested", "resting", "consider", "considers", "considered", "considering",
            ]
            .iter()
            .map(|w| hash_lower(w))
            .collect()
        })
        .contains(&lower)
}

/// [`OBJECT_HEAD_NOUN`]: whether the finite verb form `lower` takes a bare infinitive
/// (`Some(true)`: "let", "make", "see") or a clause without "that" (`Some(false)`: verbs of saying
/// in `dictionaries/language/reporting_verbs.txt`, of thinking and of demanding), None otherwise.
fn takes_bare_clause(lower: u64) -> Option<bool> {
    static FORMS: std::sync::OnceLock<(std::collections::HashSet<u64>, std::collections::HashSet<u64>)> = std::sync::OnceLock::new();
    let (bare, clause) = FORMS.get_or_init(|| {
        let bare = [
            "let", "lets", "make", "makes", "made", "have", "has", "had", "help", "helps", "helped", "see", "sees", "saw", "watch",
            "watches", "watched", "hear", "hears", "heard", "bid", "bids",
        ];
        let clause = [
            "said", "says", "claimed", "reported", "announced", "confirmed", "denied", "warned", "stated", "declared", "admitted",
            "alleged", "argued", "asserted", "believed", "estimated", "insisted", "revealed", "suggested", "acknowledged",
            "think", "thinks", "thought", "fear", "fears", "feared", "hope", "hopes", "hoped", "know", "knows", "knew", "feel",
            "feels", "felt", "expect", "expects", "expected", "find", "finds", "found", "show", "shows", "showed", "mean",
            "means", "meant", "ensure", "ensures", "ensured", "demand", "demands", "demanded", "propose", "proposes",
            "proposed", "recommend", "recommends", "recommended", "request", "requests", "requested", "require", "requires",
            "required", "order", "orders", "ordered", "ask", "asks", "asked", "urge", "urges", "urged", "agree", "agrees",
            "agreed", "decide", "decides", "decided", "rule", "rules", "ruled",
        ];
        (bare.iter().map(|w| hash_lower(w)).collect(), clause.iter().map(|w| hash_lower(w)).collect())
    });
    if bare.contains(&lower) {
        Some(true)
    } else if clause.contains(&lower) || is_reporting_verb(lower) {
        Some(false)
    } else {
        None
    }
}

static MANDATIVE_VERBS_TXT: &str = include_str!("../../../../dictionaries/language/mandative_verbs.txt");

/// [`SUBJUNCTIVE_VERB`]: whether `lower` is a form of a verb of demanding
/// (`dictionaries/language/mandative_verbs.txt`), whose "that" clause takes the bare
/// (subjunctive) form of its verb ("demanded that the government scrap quotas").
fn is_mandative_verb(lower: u64) -> bool {
    static FORMS: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    FORMS
        .get_or_init(|| {
            let mut set = std::collections::HashSet::new();
            for lemma in super::word_list(MANDATIVE_VERBS_TXT) {
                // A silent final "e" drops before "-ed" and "-ing" ("urged", "requiring").
                let base = lemma.strip_suffix('e').unwrap_or(lemma);
                for form in [lemma.to_string(), format!("{lemma}s"), format!("{base}ed"), format!("{base}ing")] {
                    set.insert(hash_lower(&form));
                }
            }
            set
        })
        .contains(&lower)
}

/// Forms of "have" that can be a perfect auxiliary.
fn is_have(lower: u64) -> bool {
    static HAVE: std::sync::OnceLock<[u64; 5]> = std::sync::OnceLock::new();
    HAVE.get_or_init(|| ["have", "has", "had", "having", "'ve"].map(hash_lower)).contains(&lower)
}

/// Reusable buffers for tagging, so the hot loop does not allocate.
#[derive(Debug, Default)]
pub struct TagScratch {
    keys: Vec<WordKeys>,
    feats: Vec<u64>,
    scores: Vec<i32>,
}

/// [`MAIN_CLAUSE_VERB`]: what ends the main clause [`VERBLESS_SENTENCE`] searches for its verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MainClauseEnd {
    /// The sentence's end: it has no finite verb.
    Sentence,
    /// A subordinating word: "that", a relative word, a clause opener.
    Subordinator,
    /// "and" before a present-tense verb without a subject, which the main verb matches in
    /// person (an "-s" form when `third_person`).
    Coordinator { third_person: bool },
    /// A clause without "that" after a verb of saying, which is then the only candidate.
    ReportingVerb,
}

/// Whether `w` is a time word that stands bare as a temporal modifier: a capitalised name in
/// `dictionaries/language/time_nouns.txt` (the days and months) or a deictic day word ("today",
/// "yesterday", "tomorrow", "tonight"); not lowercase "may", "fall" or "time".
fn is_bare_time_word(w: &str, capitalised: bool) -> bool {
    // (Runs for every word: only a capitalised or deictic word is lower-cased and looked up.)
    let deictic = ["today", "yesterday", "tomorrow", "tonight"].iter().any(|d| w.eq_ignore_ascii_case(d));
    (capitalised || deictic) && super::repair::is_time_noun(&w.to_ascii_lowercase())
}

static REPORTING_VERBS_TXT: &str = include_str!("../../../../dictionaries/language/reporting_verbs.txt");

/// [`MAIN_CLAUSE_VERB`]: whether `lower` is a present-tense form of a verb of saying that takes a
/// finite clause without "that" (`dictionaries/language/reporting_verbs.txt`: "confirms", "say").
fn is_reporting_verb(lower: u64) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut set = std::collections::HashSet::new();
        for lemma in super::word_list(REPORTING_VERBS_TXT) {
            let s = if let Some(stem) = lemma.strip_suffix('y').filter(|st| !st.ends_with(['a', 'e', 'o', 'u'])) {
                format!("{stem}ies")
            } else if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
                format!("{lemma}es")
            } else {
                format!("{lemma}s")
            };
            set.insert(hash_lower(lemma));
            set.insert(hash_lower(&s));
        }
        set
    })
    .contains(&lower)
}

/// Subordinating words that open a clause even when tagged as prepositions ("after",
/// "before", "since", "until", "as").
fn is_clause_opener(lower: u64) -> bool {
    static OPENERS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    OPENERS
        .get_or_init(|| {
            ["after", "before", "when", "because", "since", "while", "until", "once", "as", "although", "though", "if", "whereas"]
                .iter()
                .map(|w| hash_lower(w))
                .collect()
        })
        .contains(&lower)
}

/// [`NUMBER_PLURAL`]: whether `w` is a cardinal that counts more than one: digits (with
/// thousands commas or a decimal point) worth more than one, not a four-digit number between
/// 1000 and 2100 without a comma (a year: "said 2024 marks"), or a number word from "two" up.
fn is_plural_count(w: &str) -> bool {
    let first = w.chars().next();
    if first.is_some_and(|c| c.is_ascii_digit()) {
        if !w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
            return false;
        }
        let digits: String = w.chars().filter(|&c| c != ',').collect();
        let Ok(v) = digits.parse::<f64>() else { return false };
        let year = w.len() == 4 && !w.contains([',', '.']) && (1000.0..=2100.0).contains(&v);
        return v > 1.0 && !year;
    }
    const WORDS: [&str; 24] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "thousand", "thousands", "dozens", "dozen", "several",
    ];
    first.is_some_and(char::is_lowercase) && WORDS.contains(&w)
}

/// Prepositions of a time phrase between a subject and its verb ("Albania on Friday denounced").
fn is_time_preposition(lower: u64) -> bool {
    lower == hash_lower("on") || lower == hash_lower("in")
}

/// Participles that news uses before a noun as adjectives ("suspected militants", "liquefied
/// natural gas") or with a name after them ("a skeleton nicknamed Gus"): [`PARTICIPLE_PAST`]
/// leaves them as they were tagged.
fn is_participial_adjective(lower: u64) -> bool {
    static WORDS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            ["suspected", "alleged", "reported", "liquefied", "increased", "reduced", "suspended", "armed", "detained",
             "wanted", "wounded", "injured", "displaced", "occupied", "disputed", "elected", "united", "advanced",
             "limited", "related", "proposed", "planned", "expected", "named", "called", "nicknamed", "dubbed",
             "titled", "entitled", "known", "so-called", "based", "backed", "led", "linked", "funded", "owned"]
                .iter()
                .map(|w| hash_lower(w))
                .collect()
        })
        .contains(&lower)
}

/// The two tags before word `i` as feature values (start markers before the sentence),
/// exactly as the greedy loop carries them.
fn previous_tags(out: &[u8], i: usize) -> (u64, u64) {
    let p1 = if i >= 1 { out[i - 1] as u64 } else { START };
    let p2 = if i >= 2 { out[i - 2] as u64 } else if i == 1 { START } else { START + 1 };
    (p1, p2)
}

impl TagScratch {
    /// The lower-form hash and packed cluster of each word last tagged, in order.
    pub fn lower_and_clusters(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.keys.iter().map(|k| (k.lower, k.cluster))
    }
    /// The class scores of word `i` given the tags before it in `out`.
    fn scores_at(&mut self, tagger: &Tagger, i: usize, out: &[u8]) -> Vec<i32> {
        let (p1, p2) = previous_tags(out, i);
        features(&self.keys, !tagger.clusters.is_empty(), i, p1, p2, &mut self.feats);
        let mut scores = vec![0; tagger.classes.len()];
        tagger.weights.score(&self.feats, &mut scores);
        scores
    }
}

fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

impl Tagger {
    /// Tags the words, writing class ids into `out`.
    pub fn tag<'a>(&self, words: impl Iterator<Item = &'a str>, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        scratch.keys.clear();
        scratch.keys.extend(words.map(|w| {
            let mut k = WordKeys::of(w);
            if let Some(stem) = w.strip_suffix('s').filter(|s| s.len() > 2) {
                k.stem_lex = lex_of(&self.lexicon, hash_lower(stem));
            }
            k
        }));
        let clustered = !self.clusters.is_empty();
        for k in scratch.keys.iter_mut() {
            k.lex = lex_of(&self.lexicon, k.lower);
            if clustered {
                k.cluster = self.clusters.get(k.lower);
            }
        }
        self.tag_keys(scratch, out);
    }

    fn tag_keys(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        out.clear();
        self.tag_from(scratch, out, 0, None);
        // A clause needs a verb. When greedy tagging left a clause without one and the
        // clause holds a form the irregular-verb table knows only as a past ("after an
        // American fighter plane shot down a balloon", "shot" tagged a noun), re-tag from
        // that word with its best past-tense reading forced.
        let mut i = 0;
        while i < out.len() {
            if scratch.keys[i].past_only && !self.is_verbal(out[i]) {
                if let Some(start) = self.verbless_clause_start(scratch, out, i) {
                    if let Some(c) = self.best_of(&scratch.scores_at(self, i, out), |x| x == "VBD") {
                        self.tag_from(scratch, out, i, Some(c as u8));
                        // The word opening the clause ("after") now subordinates a clause.
                        let sconj = self.classes.iter().position(|&(u, x)| u == Upos::Sconj && x.as_str() == "IN");
                        if let (Some(o), Some(sc)) = (start.checked_sub(1), sconj) {
                            if self.class(out[o]).0 == Upos::Adp && is_clause_opener(scratch.keys[o].lower) {
                                out[o] = sc as u8;
                            }
                        }
                    }
                }
            }
            i += 1;
        }
        self.news_constraints(scratch, out);
    }

    /// Tags words `from..` after the tags already in `out[..from]`, forcing the first one
    /// to `force` when given.
    fn tag_from(&self, scratch: &mut TagScratch, out: &mut Vec<u8>, from: usize, force: Option<u8>) {
        out.truncate(from);
        scratch.scores.resize(self.classes.len(), 0);
        let (mut p1, mut p2) = previous_tags(out, from);
        for i in from..scratch.keys.len() {
            let c = match (force.filter(|_| i == from), self.tagdict.get(&scratch.keys[i].exact)) {
                (Some(c), _) | (None, Some(&c)) => c,
                (None, None) => {
                    features(&scratch.keys, !self.clusters.is_empty(), i, p1, p2, &mut scratch.feats);
                    self.weights.score(&scratch.feats, &mut scratch.scores);
                    let best = argmax(&scratch.scores);
                    if scratch.keys[i].past_only && matches!(self.classes[best].1.as_str(), "VB" | "VBP") {
                        // The model chose a verb, and the irregular-verb table says this form
                        // ("shot", "fled") is a past or participle, never present tense: keep
                        // the verb, take the better of the past tags.
                        self.best_of(&scratch.scores, |x| matches!(x, "VBD" | "VBN")).unwrap_or(best) as u8
                    } else if scratch.keys[i].time_unit_plural && self.disabled & TIME_UNIT_NOUN == 0 && self.classes[best].0 == Upos::Verb {
                        self.best_of(&scratch.scores, |x| x == "NNS").unwrap_or(best) as u8
                    } else {
                        best as u8
                    }
                }
            };
            out.push(c);
            p2 = p1;
            p1 = c as u64;
        }
    }

    /// The first word of the clause around word `i` (clauses run between clause openers,
    /// relative words and punctuation) when that clause has at least three words, a noun or
    /// pronoun before `i`, a word after it, and no verb or auxiliary; None otherwise.
    fn verbless_clause_start(&self, scratch: &TagScratch, out: &[u8], i: usize) -> Option<usize> {
        let boundary = |j: usize| self.is_boundary(scratch, out, j);
        let start = (0..i).rev().find(|&j| boundary(j)).map(|j| j + 1).unwrap_or(0);
        let end = (i + 1..out.len()).find(|&j| boundary(j)).unwrap_or(out.len());
        let verbless = end - start >= 3
            && end > i + 1
            && (start..i).any(|j| matches!(self.class(out[j]).0, Upos::Noun | Upos::Propn | Upos::Pron))
            && !(start..end).any(|j| self.is_verbal(out[j]));
        verbless.then_some(start)
    }

    fn is_verbal(&self, c: u8) -> bool {
        matches!(self.class(c).0, Upos::Verb | Upos::Aux)
    }

    /// The best-scoring class whose Penn tag passes `keep`.
    fn best_of(&self, scores: &[i32], keep: impl Fn(&str) -> bool) -> Option<usize> {
        (0..self.classes.len()).filter(|&c| keep(self.classes[c].1.as_str())).max_by_key(|&c| scores[c])
    }

    /// The best class with Penn tag `tag` and coarse class `upos` when it trails the score `current`
    /// by less than [`VERBLESS_MARGIN`]: the reading a constraint may switch to without overriding
    /// a confident choice.
    fn close_reading(&self, scores: &[i32], current: i32, tag: &str, upos: Upos) -> Option<usize> {
        self.best_of(scores, |t| t == tag).filter(|&c| self.classes[c].0 == upos && scores[c] > current - VERBLESS_MARGIN)
    }

    /// Retags word `i` as its [`close_reading`](Self::close_reading) with `tag` and `upos`, when
    /// there is one, and tags the words after it again.
    fn retag_if_close(&self, scratch: &mut TagScratch, out: &mut Vec<u8>, i: usize, tag: &str, upos: Upos) {
        let scores = scratch.scores_at(self, i, out);
        if let Some(c) = self.close_reading(&scores, scores[out[i] as usize], tag, upos) {
            self.tag_from(scratch, out, i, Some(c as u8));
        }
    }

    /// Turns off the tagging-time constraints whose bits are set in `mask`
    /// ([`HAVE_PERFECT`], [`UNKNOWN_NAME`], [`SUBJECT_VERB`], [`PARTICIPLE_PAST`],
    /// [`VERBLESS_SENTENCE`], [`REDUCED_RELATIVE`], [`VERBLESS_LONG_SUBJECT`],
    /// [`COORDINATED_VERBS`], [`VERBLESS_AGREEMENT`], [`CAPITALS_AFTER_PREPOSITION`],
    /// [`OVER_NUMBER`], [`AGREEMENT_HEAD`], [`LATER_ADVERB`], [`INITIAL_NAME`],
    /// [`VERB_BEFORE_PARTICIPLE`], [`BASE_FORM_FINITE`], [`MAIN_CLAUSE_VERB`], [`MONTH_NAME`], [`INFINITIVE_VERB`], [`SINGULAR_ARTICLE`], [`ADJECTIVE_PAST`], [`OBJECT_NOUN`], [`NUMBER_PLURAL`], [`TIME_PHRASE_PAST`], [`PLURAL_HEAD`], [`VERB_BEFORE_PLURAL`], [`PARTICLE_OBJECT`], [`HYPHENATED_SUBJECT`], [`TIME_UNIT_NOUN`], [`OBJECT_HEAD_NOUN`], [`POSSESSIVE_SUBJECT`], [`MODAL_BARE_OBJECT`], [`PLURAL_BEFORE_PAST`], [`OBJECT_PREDICATE`], [`RELATIVE_THEN_PAST`], [`SUBJUNCTIVE_VERB`], [`GERUND_AFTER_SUBORDINATOR`], [`CLAUSE_OPENER_SUBJECT`], [`CLAUSE_OPENER_PAST`], [`HEADLINE_VERB`], [`NOUN_READ_PAST`], [`ADVERB_BEFORE_PAST`], [`VERB_READ_PLURAL`], [`INVERTED_CONDITION`], [`SUBJECT_NAME_OBJECT`], [`WORTH_ADJECTIVE`], [`PARTICIPLE_AFTER_THAT`], [`UNKNOWN_AUXILIARY`], [`OF_PHRASE_SUBJECT`]);
    /// for measuring them.
    pub fn disable_constraints(&mut self, mask: u64) {
        self.disabled = mask;
    }

    /// Constraints applied after greedy tagging for news slips: [`HAVE_PERFECT`],
    /// [`UNKNOWN_NAME`], [`SUBJECT_VERB`], [`PARTICIPLE_PAST`], [`VERBLESS_SENTENCE`],
    /// [`REDUCED_RELATIVE`], [`VERBLESS_LONG_SUBJECT`], [`COORDINATED_VERBS`],
    /// [`VERBLESS_AGREEMENT`], [`CAPITALS_AFTER_PREPOSITION`], [`OVER_NUMBER`],
    /// [`AGREEMENT_HEAD`], [`LATER_ADVERB`], [`INITIAL_NAME`], [`VERB_BEFORE_PARTICIPLE`],
    /// [`BASE_FORM_FINITE`], [`MAIN_CLAUSE_VERB`], [`MONTH_NAME`], [`INFINITIVE_VERB`], [`SINGULAR_ARTICLE`], [`ADJECTIVE_PAST`], [`OBJECT_NOUN`], [`NUMBER_PLURAL`], [`TIME_PHRASE_PAST`], [`PLURAL_HEAD`], [`VERB_BEFORE_PLURAL`], [`PARTICLE_OBJECT`], [`HYPHENATED_SUBJECT`]. None is wrong more often than right on EWT and GUM dev with gold
    /// tags (they rarely fire there; counts by `constraint_effects_on_dev` in
    /// tests/language_model.rs).
    fn news_constraints(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        if self.disabled & UNKNOWN_AUXILIARY == 0 {
            self.unknown_auxiliary(scratch, out);
        }
        if self.disabled & MONTH_NAME == 0 {
            self.month_names(scratch, out);
        }
        if self.disabled & WORTH_ADJECTIVE == 0 {
            self.worth_adjective(scratch, out);
        }
        if self.disabled & PARTICIPLE_AFTER_THAT == 0 {
            self.participle_after_that(scratch, out);
        }
        if self.disabled & CAPITALS_AFTER_PREPOSITION == 0 {
            self.capitals_after_preposition(scratch, out);
        }
        if self.disabled & INFINITIVE_VERB == 0 {
            self.infinitive_verb(scratch, out);
        }
        if self.disabled & INVERTED_CONDITION == 0 {
            self.inverted_condition(scratch, out);
        }
        if self.disabled & SUBJUNCTIVE_VERB == 0 {
            self.subjunctive_verb(scratch, out);
        }
        if self.disabled & GERUND_AFTER_SUBORDINATOR == 0 {
            self.gerund_after_subordinator(scratch, out);
        }
        self.unknown_names(scratch, out);
        if self.disabled & SUBJECT_VERB == 0 {
            let mut retagged = false;
            for i in 1..out.len().saturating_sub(1) {
                let (u, x) = self.class(out[i]);
                // A comma-set phrase without a finite verb may stand between the names and the
                // word ("Greece, like most other existing members, plans to impose").
                let names_end = self.before_parenthetical(scratch, out, i).unwrap_or(i);
                if u != Upos::Noun || x.as_str() != "NNS" || names_end == 0 || self.class(out[names_end - 1]).0 != Upos::Propn {
                    continue;
                }
                // The names before the word open the clause, and an infinitive or an object follows.
                // (A name's word the model read as an adjective counts: "Saudi" of "Saudi Arabia".)
                let first = (0..names_end).rev().take_while(|&j| self.class(out[j]).0 == Upos::Propn || matches!(self.class(out[j]).1.as_str(), "NNP" | "NNPS")).last().unwrap_or(names_end);
                let opens = first == 0 || self.is_boundary(scratch, out, first - 1);
                let next = self.class(out[i + 1]).1;
                // With [`SUBJECT_NAME_OBJECT`], a name opening the object too ("Saudi Arabia
                // strikes Houthi military sites"), not a bare day or month name.
                let name_object = self.disabled & SUBJECT_NAME_OBJECT == 0 && matches!(next.as_str(), "NNP" | "NNPS") && !scratch.keys[i + 1].bare_time;
                if !opens || !(matches!(next.as_str(), "TO" | "DT" | "PRP$" | "PRP") || name_object) {
                    continue;
                }
                if self.clause_has_finite_verb(scratch, out, i) {
                    continue;
                }
                let scores = scratch.scores_at(self, i, out);
                if let Some(c) = self.best_of(&scores, |x| x == "VBZ").filter(|&c| self.classes[c].0 == Upos::Verb) {
                    self.tag_from(scratch, out, i, Some(c as u8));
                    retagged = true;
                }
            }
            if retagged {
                // The words after a re-tagged verb were tagged again: names among them too.
                self.unknown_names(scratch, out);
            }
        }
        if self.disabled & INITIAL_NAME == 0 {
            self.initial_name(scratch, out);
        }
        if self.disabled & NUMBER_PLURAL == 0 {
            self.number_plural(scratch, out);
        }
        if self.disabled & NOUN_READ_PAST == 0 {
            self.noun_read_past(scratch, out);
        }
        if self.disabled & PARTICIPLE_PAST == 0 {
            for i in 1..out.len().saturating_sub(1) {
                // With [`ADJECTIVE_PAST`], an "-ed" form read as an adjective too.
                let adjective = self.disabled & ADJECTIVE_PAST == 0 && self.class(out[i]).1.as_str() == "JJ" && scratch.keys[i].lowercase;
                if (self.class(out[i]).1.as_str() != "VBN" && !adjective) || !scratch.keys[i].can_be_past || is_participial_adjective(scratch.keys[i].lower) {
                    continue;
                }
                // The noun phrase before the word opens the clause (not the object of a
                // preposition: "about this guy named Mario"), and no time phrase follows.
                // A time phrase may stand between the subject and the verb ("A Czech court on
                // Tuesday released"; [`TIME_PHRASE_PAST`]).
                let timed = self.disabled & TIME_PHRASE_PAST == 0 && i >= 3 && scratch.keys[i - 1].bare_time && is_time_preposition(scratch.keys[i - 2].lower);
                let s = if timed { i - 2 } else { i };
                // With [`ADVERB_BEFORE_PAST`], an "-ly" adverb between the subject and the verb.
                let s = if self.disabled & ADVERB_BEFORE_PAST == 0 && s >= 3 && self.class(out[s - 1]).1.as_str() == "RB" && scratch.keys[s - 1].lowercase && scratch.keys[s - 1].suf[1] == hash_lower("ly").wrapping_add(1) { s - 1 } else { s };
                let subject = matches!(self.class(out[s - 1]).1.as_str(), "NN" | "NNS" | "NNP" | "NNPS" | "PRP") && !scratch.keys[s - 1].hyphen_final;
                // With [`HYPHENATED_SUBJECT`], a hyphenated modifier ("Mogadishu-based",
                // "Armenian-backed") stays inside the noun phrase.
                let hyphenated = |j: usize| {
                    self.disabled & HYPHENATED_SUBJECT == 0
                        && (self.class(out[j]).1.as_str() == "HYPH" || (j > 0 && self.class(out[j - 1]).1.as_str() == "HYPH" && matches!(self.class(out[j]).1.as_str(), "VBN" | "VBD")))
                };
                let nominal = |j: usize| {
                    matches!(self.class(out[j]).0, Upos::Noun | Upos::Propn | Upos::Pron | Upos::Adj | Upos::Det | Upos::Num)
                        || (self.disabled & POSSESSIVE_SUBJECT == 0 && self.class(out[j]).1.as_str() == "POS")
                };
                // With [`CLAUSE_OPENER_SUBJECT`], a clause opener read as a preposition after no verb.
                let subordinate = |j: usize| {
                    self.disabled & CLAUSE_OPENER_SUBJECT == 0
                        && is_clause_opener(scratch.keys[j].lower)
                        && (j == 0 || !matches!(self.class(out[j - 1]).0, Upos::Verb | Upos::Aux))
                };
                let opening = |start: usize| start == 0 || (self.is_boundary(scratch, out, start - 1) && (self.class(out[start - 1]).0 != Upos::Adp || subordinate(start - 1)));
                // With [`OF_PHRASE_SUBJECT`], an "of" between two capitalised nominals inside the
                // phrase ("Secretary of State").
                let of = hash_lower("of");
                let inside = |j: usize| nominal(j) || (self.disabled & OF_PHRASE_SUBJECT == 0 && j > 0 && j + 1 < s && scratch.keys[j].lower == of && scratch.keys[j - 1].capitalised && scratch.keys[j + 1].capitalised && nominal(j - 1) && nominal(j + 1));
                let np_start = (0..s).rev().take_while(|&j| inside(j)).last().unwrap_or(s);
                let long_start = (0..s).rev().take_while(|&j| nominal(j) || hyphenated(j)).last().unwrap_or(s);
                let opens = opening(np_start) || opening(long_start);
                // With [`PARTICLE_OBJECT`], a particle may stand before the object ("set up a").
                let particle = self.disabled & PARTICLE_OBJECT == 0 && i + 2 < out.len() && self.class(out[i + 1]).1.as_str() == "RP";
                let o = if particle { i + 2 } else { i + 1 };
                // With [`CLAUSE_OPENER_SUBJECT`], "more than 2,000", "about 300".
                let counted = self.disabled & CLAUSE_OPENER_SUBJECT == 0
                    && matches!(self.class(out[o]).1.as_str(), "RB" | "JJR")
                    && (1..=2).any(|d| out.get(o + d).is_some_and(|&c| self.class(c).1.as_str() == "CD"));
                let object = counted || (matches!(self.class(out[o]).1.as_str(), "DT" | "PDT" | "PRP$" | "PRP" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "JJ") && !scratch.keys[o].time_opener);
                if !subject || !opens || !object || self.clause_has_finite_verb(scratch, out, i) {
                    continue;
                }
                if let Some(c) = self.class_of(Upos::Verb, "VBD") {
                    out[i] = c;
                }
            }
        }
        if self.disabled & VERBLESS_SENTENCE == 0 {
            self.verbless_sentence(scratch, out);
        }
        if self.disabled & BASE_FORM_FINITE == 0 {
            self.base_form_finite(scratch, out);
        }
        if self.disabled & COORDINATED_VERBS == 0 {
            self.coordinated_verbs(scratch, out);
            self.to_adjective(scratch, out);
        }
        if self.disabled & HEADLINE_VERB == 0 {
            self.headline_verb(scratch, out);
        }
        if self.disabled & VERB_READ_PLURAL == 0 {
            self.verb_read_plural(scratch, out);
        }
        if self.disabled & NUMBER_PLURAL == 0 {
            // Again after the verbs found above, whose words after were tagged again.
            self.number_plural(scratch, out);
        }
        if self.disabled & PLURAL_HEAD == 0 {
            self.plural_head(scratch, out);
        }
        if self.disabled & VERB_BEFORE_PLURAL == 0 {
            self.verb_before_plural(scratch, out);
        }
        if self.disabled & PLURAL_BEFORE_PAST == 0 {
            self.plural_before_past(scratch, out);
        }
        if self.disabled & REDUCED_RELATIVE == 0 {
            self.reduced_relatives(scratch, out);
        }
        if self.disabled & RELATIVE_THEN_PAST == 0 {
            self.relative_then_past(scratch, out);
        }
        if self.disabled & CLAUSE_OPENER_PAST == 0 {
            self.clause_opener_past(scratch, out);
        }
        if self.disabled & OVER_NUMBER == 0 {
            self.over_number(scratch, out);
        }
        if self.disabled & OBJECT_NOUN == 0 {
            self.object_noun(scratch, out);
        }
        if self.disabled & OBJECT_HEAD_NOUN == 0 {
            self.object_head_noun(scratch, out);
        }
        if self.disabled & OBJECT_PREDICATE == 0 {
            self.object_predicate(scratch, out);
        }
        if self.disabled & HAVE_PERFECT == 0 {
            let n = out.len();
            for i in 0..n {
                if !is_have(scratch.keys[i].lower) {
                    continue;
                }
                let (u, x) = self.class(out[i]);
                if u != Upos::Verb {
                    continue;
                }
                let mut j = i + 1;
                while j < n && j < i + 4 && self.class(out[j]).1.as_str() == "RB" {
                    j += 1;
                }
                if j > i + 1 && j < n && self.class(out[j]).1.as_str() == "VBN" {
                    if let Some(c) = self.class_of(Upos::Aux, x.as_str()) {
                        out[i] = c;
                    }
                }
            }
        }
    }

    /// [`PLURAL_HEAD`]: an "-s" form read as VBZ after noun-phrase modifiers is the phrase's
    /// plural head before a prepositional phrase and a plural present verb or modal, or inside a
    /// prepositional phrase after the clause's finite verb; the words after it are tagged again.
    fn plural_head(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let x = |out: &[u8], j: usize| self.class(out[j]).1;
        let modifier = |t: &str| matches!(t, "DT" | "JJ" | "JJR" | "JJS" | "NN" | "NNP" | "NNPS" | "CD" | "PRP$" | "POS" | "HYPH");
        for i in 1..out.len().saturating_sub(1) {
            let k = &scratch.keys[i];
            if x(out, i).as_str() != "VBZ" || !k.lowercase || k.suf[0] != hash_lower("s") || is_reporting_verb(k.lower) || !modifier(x(out, i - 1).as_str()) {
                continue;
            }
            // A preposition that is no clause opener ("after", "as") nor "that".
            let preposition = |out: &[u8], j: usize| x(out, j).as_str() == "IN" && !is_clause_opener(scratch.keys[j].lower) && scratch.keys[j].lower != hash_lower("that");
            // Before: a prepositional phrase, then a finite verb that agrees with a plural.
            let before_verb = preposition(out, i + 1) && {
                let end = (i + 2..out.len()).find(|&j| !(modifier(x(out, j).as_str()) || x(out, j).as_str() == "NNS" || preposition(out, j) || matches!(x(out, j).as_str(), "VBN" | "VBG" | "RB")));
                end.is_some_and(|e| e > i + 2 && matches!(x(out, e).as_str(), "VBP" | "MD") && matches!(x(out, e - 1).as_str(), "NN" | "NNS" | "NNP" | "NNPS" | "CD"))
            };
            // Inside: the phrase back to its preposition, a finite verb (not of saying) before it,
            // and no clause boundary from the sentence's start.
            let inside = || {
                let p = (0..i).rev().find(|&j| !modifier(x(out, j).as_str()))?;
                let verb = (0..p).rev().find(|&j| matches!(x(out, j).as_str(), "VBZ" | "VBD" | "VBP" | "MD"))?;
                // (A relative or subordinate clause may end before the word: "a soldier who was
                // wounded in Gaza dies".)
                let open = (0..i).any(|j| self.is_relative(scratch, out, j) || self.class(out[j]).0 == Upos::Sconj || is_clause_opener(scratch.keys[j].lower));
                let object_after = matches!(x(out, i + 1).as_str(), "DT" | "PRP$" | "PRP" | "CD" | "NNP" | "NNPS");
                // The verb's own clause: no coordinator or punctuation between ("..., and a state
                // of emergency has been declared").
                let joined = (verb + 1..i).any(|j| x(out, j).as_str() == "CC" || self.class(out[j]).0 == Upos::Punct);
                (preposition(out, p) && p + 1 < i && !open && !joined && !object_after && !is_reporting_verb(scratch.keys[verb].lower)).then_some(())
            };
            if !before_verb && inside().is_none() {
                continue;
            }
            self.retag_if_close(scratch, out, i, "NNS", Upos::Noun);
        }
    }

    /// [`VERB_BEFORE_PLURAL`]: "The Israeli military launches airstrikes in": the first of two
    /// "-s" forms after a singular subject opening the sentence is the verb, the second its
    /// object; the words after the verb are tagged again.
    fn verb_before_plural(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let x = |out: &[u8], j: usize| self.class(out[j]).1;
        for v in 1..out.len().saturating_sub(2) {
            let (kv, ko) = (&scratch.keys[v], &scratch.keys[v + 1]);
            let s = hash_lower("s");
            if x(out, v).as_str() != "NNS" || x(out, v + 1).as_str() != "VBZ" || !kv.lowercase || !ko.lowercase || kv.suf[0] != s || ko.suf[0] != s {
                continue;
            }
            // A singular head right before, its phrase opening the sentence.
            let singular = matches!(x(out, v - 1).as_str(), "NN" | "NNP" | "JJ");
            let opens = (0..v - 1).all(|j| matches!(x(out, j).as_str(), "DT" | "JJ" | "NN" | "NNP" | "NNPS" | "POS" | "CD" | "HYPH"));
            let next = &scratch.keys[v + 2];
            let after = (x(out, v + 2).as_str() == "IN" && next.lower != hash_lower("that")) || x(out, v + 2).as_str() == "TO" || (v + 3 == out.len() && self.class(out[v + 2]).0 == Upos::Punct);
            if !singular || !opens || !after {
                continue;
            }
            let scores = scratch.scores_at(self, v, out);
            let Some(verb) = self.close_reading(&scores, scores[out[v] as usize], "VBZ", Upos::Verb) else { continue };
            let object = scratch.scores_at(self, v + 1, out);
            if self.best_of(&object, |t| t == "NNS").is_none_or(|c| object[c] <= object[out[v + 1] as usize] - VERBLESS_MARGIN) {
                continue;
            }
            let before = out.clone();
            self.tag_from(scratch, out, v, Some(verb as u8));
            if x(out, v + 1).as_str() != "NNS" {
                *out = before;
            }
        }
    }

    /// [`PLURAL_BEFORE_PAST`]: "Chinese coast guard vessels blocked a": an "-s" form read as
    /// VBZ after noun-phrase modifiers opening the clause, before a past form and a determiner,
    /// is the plural head and the past form the verb; the words after it are tagged again.
    fn plural_before_past(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let x = |out: &[u8], j: usize| self.class(out[j]).1;
        let modifier = |t: &str| matches!(t, "DT" | "JJ" | "NN" | "NNP" | "NNPS" | "CD" | "PRP$" | "POS" | "HYPH");
        for i in 1..out.len().saturating_sub(2) {
            let k = &scratch.keys[i];
            if x(out, i).as_str() != "VBZ" || !k.lowercase || k.suf[0] != hash_lower("s") || is_reporting_verb(k.lower) || is_have(k.lower) || is_linking_verb(k.lower) {
                continue;
            }
            if k.lower == hash_lower("gets") || !modifier(x(out, i - 1).as_str()) {
                continue;
            }
            let p = &scratch.keys[i + 1];
            if !matches!(x(out, i + 1).as_str(), "VBN" | "VBD") || !p.lowercase || !p.can_be_past || !matches!(x(out, i + 2).as_str(), "DT" | "PRP$" | "PRP") {
                continue;
            }
            // The phrase opens the clause.
            let start = (0..i).rev().take_while(|&j| modifier(x(out, j).as_str())).last().unwrap_or(i);
            if start > 0 && !(self.is_boundary(scratch, out, start - 1) && self.class(out[start - 1]).0 != Upos::Adp) {
                continue;
            }
            let before = out.clone();
            self.retag_if_close(scratch, out, i, "NNS", Upos::Noun);
            if x(out, i).as_str() != "NNS" {
                continue;
            }
            if x(out, i + 1).as_str() != "VBD" {
                match self.class_of(Upos::Verb, "VBD") {
                    Some(c) if self.class(out[i + 1]).0 == Upos::Verb => out[i + 1] = c,
                    _ => *out = before,
                }
            }
        }
    }

    /// [`NUMBER_PLURAL`]: "killed 15 Afghan Army trainees": an "-s" form read as VBZ after a
    /// verb's counted object is that object's plural head.
    fn number_plural(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        for i in 2..out.len() {
            let k = &scratch.keys[i];
            if self.class(out[i]).1.as_str() != "VBZ" || !k.lowercase || k.suf[0] != hash_lower("s") {
                continue;
            }
            if !self.counted_object(scratch, out, i) && !self.perfect_object(scratch, out, i) {
                continue;
            }
            let scores = scratch.scores_at(self, i, out);
            if let Some(c) = self.best_of(&scores, |x| x == "NNS").filter(|&c| self.classes[c].0 == Upos::Noun) {
                self.tag_from(scratch, out, i, Some(c as u8));
            }
        }
    }

    /// [`NUMBER_PLURAL`]: whether word `i` ends a noun phrase opened by a cardinal counting
    /// more than one right after a verb (up to three words modifying the number between: "at
    /// least", "more than").
    fn counted_object(&self, scratch: &TagScratch, out: &[u8], i: usize) -> bool {
        // Back over the phrase's modifiers to its number.
        let Some(num) = (0..i).rev().find(|&j| !matches!(self.class(out[j]).1.as_str(), "JJ" | "NN" | "NNP" | "NNPS" | "HYPH" | "VBN")) else { return false };
        if num == 0 || self.class(out[num]).1.as_str() != "CD" || !scratch.keys[num].plural_count {
            return false;
        }
        (num.saturating_sub(3)..num)
            .rev()
            .take_while(|&j| matches!(self.class(out[j]).1.as_str(), "VB" | "VBD" | "VBN" | "VBZ" | "VBP" | "VBG" | "RB" | "JJS" | "JJR" | "IN"))
            .any(|j| self.class(out[j]).0 == Upos::Verb)
    }

    /// [`NUMBER_PLURAL`]: whether word `i` ends a run of common nouns, adjectives and adverbs
    /// right after a perfect participle ("have launched further airstrikes on"): the
    /// participle's object, which no finite verb can follow without a subject of its own.
    fn perfect_object(&self, scratch: &TagScratch, out: &[u8], i: usize) -> bool {
        let Some(p) = (0..i).rev().find(|&j| !matches!(self.class(out[j]).1.as_str(), "JJ" | "JJR" | "NN" | "RB" | "HYPH")) else { return false };
        if self.class(out[p]).1.as_str() != "VBN" {
            return false;
        }
        let Some(h) = (0..p).rev().find(|&j| self.class(out[j]).1.as_str() != "RB") else { return false };
        is_have(scratch.keys[h].lower) && matches!(self.class(out[h]).1.as_str(), "VBP" | "VBZ" | "VBD")
    }

    /// [`CLAUSE_OPENER_PAST`]: "as thousands rallied against": a participle after the subject
    /// of a clause opened by "as", "while" and the like, before a preposition, is the past.
    fn clause_opener_past(&self, scratch: &TagScratch, out: &mut [u8]) {
        static OPENERS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
        let openers = OPENERS.get_or_init(|| ["as", "while", "when", "because", "although", "though", "whereas"].iter().map(|w| hash_lower(w)).collect());
        let Some(past) = self.class_of(Upos::Verb, "VBD") else { return };
        let x = |out: &[u8], j: usize| self.class(out[j]).1;
        let nominal = |out: &[u8], j: usize| {
            matches!(self.class(out[j]).0, Upos::Noun | Upos::Propn | Upos::Pron | Upos::Adj | Upos::Det | Upos::Num) || x(out, j).as_str() == "POS"
        };
        for i in 3..out.len().saturating_sub(1) {
            let k = &scratch.keys[i];
            if x(out, i).as_str() != "VBN" || !k.lowercase || !k.can_be_past || is_participial_adjective(k.lower) {
                continue;
            }
            let next = &scratch.keys[i + 1];
            if self.class(out[i + 1]).0 != Upos::Adp || x(out, i + 1).as_str() != "IN" || next.lower == hash_lower("by") {
                continue;
            }
            if !matches!(self.class(out[i - 1]).0, Upos::Noun | Upos::Propn | Upos::Pron) {
                continue;
            }
            // Back over the subject: a noun phrase, or a plural one with an "of" phrase.
            let mut start = (0..i).rev().take_while(|&j| nominal(out, j)).last().unwrap_or(i);
            if start >= 3 && scratch.keys[start - 1].lower == hash_lower("of") {
                let head = start - 2;
                let first = (0..=head).rev().take_while(|&j| nominal(out, j)).last().unwrap_or(head);
                if x(out, head).as_str() == "NNS" && first < start - 1 {
                    start = first;
                }
            }
            if start < 2 || start >= i || !openers.contains(&scratch.keys[start - 1].lower) {
                continue;
            }
            let before = x(out, start - 2);
            if !matches!(before.as_str(), "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "CD" | "," | "-RRB-" | ":") {
                continue;
            }
            if self.clause_has_finite_verb(scratch, out, i) {
                continue;
            }
            out[i] = past;
        }
    }

    /// [`NOUN_READ_PAST`]: "Haftar's spokesman blamed fighters", "checked their identity cards
    /// and shot dead at least 23 people": a past form read as a noun after the clause's opening
    /// noun phrase, or after "and" that follows a simple past, is the clause's simple past.
    fn noun_read_past(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let Some(past) = self.class_of(Upos::Verb, "VBD") else { return };
        let x = |out: &[u8], j: usize| self.class(out[j]).1;
        let nominal = |out: &[u8], j: usize| {
            matches!(self.class(out[j]).0, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Det | Upos::Num) || x(out, j).as_str() == "POS"
        };
        for i in 1..out.len().saturating_sub(1) {
            let k = &scratch.keys[i];
            let regular = k.irregular == 0 && k.can_be_past && (k.lex == NO_LEX || self.class(k.lex as u8).0 != Upos::Noun);
            if x(out, i).as_str() != "NN" || !k.lowercase || !(k.past_only || regular) {
                continue;
            }
            let after_and = scratch.keys[i - 1].lower == hash_lower("and") && (0..i - 1).any(|j| x(out, j).as_str() == "VBD");
            let start = (0..i).rev().take_while(|&j| nominal(out, j)).last().unwrap_or(i);
            // A clause opener read as a preposition ("after snipers shot") opens a clause
            // ("were injured after a drone crashed"), "as" unless a verb stands before it
            // ("described as").
            let opener = start > 0 && self.class(out[start - 1]).0 == Upos::Adp && {
                let o = start - 1;
                is_clause_opener(scratch.keys[o].lower)
                    && (o == 0 || scratch.keys[o].lower != hash_lower("as") || !matches!(self.class(out[o - 1]).0, Upos::Verb | Upos::Aux))
            };
            let subject = matches!(x(out, i - 1).as_str(), "NN" | "NNS" | "NNP" | "NNPS")
                && (start == 0 || (self.is_boundary(scratch, out, start - 1) && (self.class(out[start - 1]).0 != Upos::Adp || opener)));
            if !(after_and || subject) || self.clause_has_finite_verb(scratch, out, i) {
                continue;
            }
            let before = out.clone();
            self.tag_from(scratch, out, i, Some(past));
            // The opener now subordinates a clause.
            if let (true, Some(sc)) = (subject && opener, self.class_of(Upos::Sconj, "IN")) {
                out[start - 1] = sc;
            }
            let next = x(out, i + 1);
            let follows = match next.as_str() {
                "DT" | "PDT" | "PRP$" | "PRP" | "NNS" | "NNP" | "NNPS" | "CD" | "RP" | "JJ" | "NN" => !scratch.keys[i + 1].time_opener,
                "CC" => out.get(i + 2).is_some_and(|&c| self.class(c).1.as_str() == "VBD"),
                _ => false,
            };
            if !follows {
                *out = before;
            }
        }
    }

    /// [`VERB_READ_PLURAL`]: "The Vatican announces that ...": an "-s" form the training data
    /// knows mostly as VBZ, read as a plural noun after the sentence's opening noun phrase, is
    /// the sentence's verb.
    fn verb_read_plural(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let Some(present) = self.class_of(Upos::Verb, "VBZ") else { return };
        let x = |out: &[u8], j: usize| self.class(out[j]).1;
        let nominal = |out: &[u8], j: usize| matches!(x(out, j).as_str(), "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "POS" | "HYPH" | "PRP$");
        for i in 1..out.len().saturating_sub(1) {
            let k = &scratch.keys[i];
            // Known as the present tense, or unknown with a stem known as a verb.
            let verb = if k.lex == NO_LEX { k.stem_lex != NO_LEX && self.class(k.stem_lex as u8).0 == Upos::Verb } else { self.class(k.lex as u8) == self.class(present) };
            if x(out, i).as_str() != "NNS" || !k.lowercase || !verb {
                continue;
            }
            // The opening noun phrase ends in a noun or a capitalised word read as an adjective ("The Vatican").
            let end = matches!(x(out, i - 1).as_str(), "NN" | "NNS" | "NNP" | "NNPS") || (x(out, i - 1).as_str() == "JJ" && scratch.keys[i - 1].capitalised);
            if !end || !(0..i).all(|j| nominal(out, j)) {
                continue;
            }
            self.tag_from(scratch, out, i, Some(present));
            return;
        }
    }

    /// [`RELATIVE_THEN_PAST`]: "drones smuggled into Russia in lorries struck more than 40": a
    /// participle after the prepositional phrases of a reduced relative on the clause's opening
    /// noun phrase, before an object, is the clause's simple past.
    fn relative_then_past(&self, scratch: &TagScratch, out: &mut [u8]) {
        let Some(past) = self.class_of(Upos::Verb, "VBD") else { return };
        let x = |j: usize| self.class(out[j]).1;
        let nominal = |j: usize| matches!(x(j).as_str(), "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "PRP$" | "POS" | "HYPH");
        let mut verbs = Vec::new();
        for i in 3..out.len().saturating_sub(1) {
            let k = &scratch.keys[i];
            if x(i).as_str() != "VBN" || !k.lowercase || !k.can_be_past || is_participial_adjective(k.lower) || !matches!(x(i - 1).as_str(), "NN" | "NNS" | "NNP" | "NNPS") {
                continue;
            }
            // Back over prepositional phrases (prepositions that open no clause, and their
            // noun phrases) to the first participle.
            let Some(p) = (0..i).rev().find(|&j| !(nominal(j) || (x(j).as_str() == "IN" && !is_clause_opener(scratch.keys[j].lower) && scratch.keys[j].lower != hash_lower("that")))) else { continue };
            if p == 0 || x(p).as_str() != "VBN" || x(p + 1).as_str() != "IN" || !matches!(x(p - 1).as_str(), "NN" | "NNS" | "NNP" | "NNPS") {
                continue;
            }
            // The noun phrase before it opens the clause.
            let start = (0..p).rev().take_while(|&j| nominal(j)).last().unwrap_or(p);
            if start > 0 && !(self.is_boundary(scratch, out, start - 1) && self.class(out[start - 1]).0 != Upos::Adp) {
                continue;
            }
            // (Not a bare noun or adjective, which the participle may modify: "in a combined
            // ramming", "a Russian guided bomb".)
            let object = matches!(x(i + 1).as_str(), "DT" | "PDT" | "PRP$" | "PRP" | "NNP" | "NNPS" | "CD")
                || (x(i + 1).as_str() == "JJR" && scratch.keys.get(i + 2).is_some_and(|t| t.lower == hash_lower("than")));
            if object && !scratch.keys[i + 1].time_opener && !self.clause_has_finite_verb(scratch, out, i) {
                verbs.push(i);
            }
        }
        for i in verbs {
            out[i] = past;
        }
    }

    /// [`OBJECT_PREDICATE`]: "found Donald Trump guilty on": an adverb reading of a word the
    /// lexicon knows as an adjective, after a verb's object, is the object's predicate adjective.
    fn object_predicate(&self, scratch: &TagScratch, out: &mut [u8]) {
        let Some(adjective) = self.class_of(Upos::Adj, "JJ") else { return };
        let ly = hash_lower("ly").wrapping_add(1);
        let x = |j: usize| self.class(out[j]).1;
        let mut predicates = Vec::new();
        for i in 2..out.len() {
            let k = &scratch.keys[i];
            if x(i).as_str() != "RB" || !k.lowercase || k.suf[1] == ly || k.lex != adjective as u64 {
                continue;
            }
            // The object: one to three names, or a personal pronoun, right after a verb that is
            // finite, a base form or gerund, or a perfect participle (a participle that modifies
            // a noun takes no object: "prohibited material online").
            let start = (0..i).rev().take_while(|&j| matches!(x(j).as_str(), "NNP" | "NNPS")).last();
            let start = match start {
                Some(s) if i - s <= 3 => s,
                None if x(i - 1).as_str() == "PRP" => i - 1,
                _ => continue,
            };
            if start == 0 || self.class(out[start - 1]).0 != Upos::Verb {
                continue;
            }
            let perfect = start >= 2 && is_have(scratch.keys[start - 2].lower);
            if x(start - 1).as_str() == "VBN" && !perfect {
                continue;
            }
            if i + 1 == out.len() || matches!(x(i + 1).as_str(), "IN" | "TO" | "," | ".") {
                predicates.push(i);
            }
        }
        for i in predicates {
            out[i] = adjective;
        }
    }

    /// [`OBJECT_NOUN`]: "expressed sorrow over": an adverb or adjective reading of a noun
    /// right after a verb that links no predicate, before a preposition or the sentence's end.
    fn object_noun(&self, scratch: &TagScratch, out: &mut [u8]) {
        let Some(noun) = self.class_of(Upos::Noun, "NN") else { return };
        let home = hash_lower("home");
        let ly = hash_lower("ly").wrapping_add(1);
        for i in 1..out.len().saturating_sub(1) {
            let k = &scratch.keys[i];
            if !matches!(self.class(out[i]).1.as_str(), "RB" | "JJ") || !k.lowercase || k.suf[1] == ly || k.lower == home {
                continue;
            }
            if k.lex != NO_LEX && k.lex != noun as u64 {
                continue;
            }
            let (u, x) = self.class(out[i - 1]);
            let perfect = x.as_str() == "VBN" && i >= 2 && is_have(scratch.keys[i - 2].lower);
            if u != Upos::Verb || !(matches!(x.as_str(), "VB" | "VBD" | "VBZ" | "VBP" | "VBG") || perfect) || is_linking_verb(scratch.keys[i - 1].lower) {
                continue;
            }
            let (nu, nx) = self.class(out[i + 1]);
            // (Not before a comma: "seeking affectionate, satisfying ... relationships".)
            if (nu == Upos::Adp && nx.as_str() == "IN") || nx.as_str() == "." {
                out[i] = noun;
            }
        }
    }

    /// [`OBJECT_HEAD_NOUN`]: a VBP closing the object noun phrase of a finite verb is its noun.
    fn object_head_noun(&self, scratch: &TagScratch, out: &mut [u8]) {
        let (Some(noun), Some(name)) = (self.class_of(Upos::Noun, "NN"), self.class_of(Upos::Propn, "NNP")) else { return };
        let n = out.len();
        let phrase = |c: u8| matches!(self.class(c).1.as_str(), "DT" | "PRP$" | "JJ" | "JJR" | "JJS" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "POS" | "HYPH");
        let nominal = |c: u8| matches!(self.class(c).1.as_str(), "NN" | "NNS" | "NNP" | "NNPS");
        for i in 3..n {
            let (u, x) = self.class(out[i]);
            if u != Upos::Verb || x.as_str() != "VBP" || !nominal(out[i - 1]) {
                continue;
            }
            if i + 1 < n && !matches!(self.class(out[i + 1]).0, Upos::Adp | Upos::Punct) {
                continue;
            }
            // The phrase (two words or more) after the finite verb, which follows its subject.
            let first = (0..i).rev().take_while(|&j| phrase(out[j])).last().unwrap_or(i);
            if first + 2 > i || first < 2 {
                continue;
            }
            let f = first - 1;
            let (fu, fx) = self.class(out[f]);
            if fu != Upos::Verb || !matches!(fx.as_str(), "VBD" | "VBZ" | "VBP") || !(nominal(out[f - 1]) || self.class(out[f - 1]).1.as_str() == "PRP") {
                continue;
            }
            let singular = [hash_lower("a"), hash_lower("an")].contains(&scratch.keys[first].lower);
            match takes_bare_clause(scratch.keys[f].lower) {
                Some(true) => continue,
                Some(false) if !singular => continue,
                _ => {}
            }
            out[i] = if scratch.keys[i].capitalised { name } else { noun };
        }
    }

    /// [`MONTH_NAME`]: "May" or "March" read as a modal or verb before a number or "Day" is
    /// the month; the words after it are tagged again.
    fn month_names(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let Some(name) = self.class_of(Upos::Propn, "NNP") else { return };
        let (may, march, day) = (hash_str("May"), hash_str("March"), hash_str("Day"));
        for i in 0..out.len().saturating_sub(1) {
            let k = &scratch.keys[i];
            let next = &scratch.keys[i + 1];
            let number = self.class(out[i + 1]).1.as_str() == "CD";
            if (k.exact == may || k.exact == march) && matches!(self.class(out[i]).0, Upos::Aux | Upos::Verb) && (number || next.exact == day) {
                self.tag_from(scratch, out, i, Some(name));
            }
        }
    }

    /// [`WORTH_ADJECTIVE`]: lowercase "worth" read as a verb or an adverb is an adjective; the
    /// words after it are tagged again.
    fn worth_adjective(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let Some(adjective) = self.class_of(Upos::Adj, "JJ") else { return };
        let worth = hash_lower("worth");
        for i in 0..out.len() {
            if scratch.keys[i].lower == worth && scratch.keys[i].lowercase && (self.is_verbal(out[i]) || self.class(out[i]).0 == Upos::Adv) {
                self.tag_from(scratch, out, i, Some(adjective));
            }
        }
    }

    /// [`PARTICIPLE_AFTER_THAT`]: a past form right after a verb's "that", before a modifier or
    /// noun and with a verb later in the clause, is a participle; the words after it are tagged
    /// again.
    fn participle_after_that(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let that = hash_lower("that");
        for t in 1..out.len().saturating_sub(3) {
            if scratch.keys[t].lower != that || !self.is_verbal(out[t - 1]) || self.class(out[t + 1]).1.as_str() != "VBD" || !scratch.keys[t + 1].lowercase {
                continue;
            }
            let x = |out: &[u8], j: usize| self.class(out[j]).1;
            if !matches!(x(out, t + 2).as_str(), "JJ" | "NN" | "NNS" | "NNP" | "NNPS") {
                continue;
            }
            // A hyphen inside a name ("al-Bashir") does not end the clause.
            let verb_later = (t + 3..out.len()).take_while(|&j| !self.is_boundary(scratch, out, j) || x(out, j).as_str() == "HYPH").any(|j| matches!(x(out, j).as_str(), "VB" | "VBD" | "VBZ" | "VBP" | "MD"));
            if verb_later {
                self.retag_if_close(scratch, out, t + 1, "VBN", Upos::Verb);
            }
        }
    }

    /// [`UNKNOWN_AUXILIARY`]: an unknown capitalised word read as an auxiliary is a proper noun;
    /// the words after it are tagged again.
    fn unknown_auxiliary(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let Some(name) = self.class_of(Upos::Propn, "NNP") else { return };
        for i in 0..out.len() {
            let k = &scratch.keys[i];
            if k.capitalised && k.lex == NO_LEX && self.class(out[i]).0 == Upos::Aux {
                self.tag_from(scratch, out, i, Some(name));
            }
        }
    }

    /// [`CAPITALS_AFTER_PREPOSITION`]: an acronym read as a verb after a preposition or
    /// determiner is a proper noun; the words after it are tagged again.
    fn capitals_after_preposition(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let Some(name) = self.class_of(Upos::Propn, "NNP") else { return };
        for i in 1..out.len() {
            if scratch.keys[i].all_capitals && self.is_verbal(out[i]) && matches!(self.class(out[i - 1]).0, Upos::Adp | Upos::Det) {
                self.tag_from(scratch, out, i, Some(name));
            }
        }
    }

    /// [`INFINITIVE_VERB`]: a noun or adjective after the infinitive marker or a modal is their
    /// verb when the model could read it as a base form; the words after it are tagged again.
    fn infinitive_verb(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let (of, hyphen) = (hash_lower("of"), hash_lower("-"));
        for i in 1..out.len().saturating_sub(1) {
            let k = &scratch.keys;
            let (mu, mx) = self.class(out[i - 1]);
            let marker = (mu == Upos::Part && mx.as_str() == "TO") || (mu == Upos::Aux && mx.as_str() == "MD" && k[i - 1].lowercase);
            let set_phrase = (i >= 2 && k[i - 2].lower == hyphen) || k[i + 1].lower == of || k[i + 1].lower == hyphen;
            if !marker || !k[i].lowercase || !matches!(self.class(out[i]).1.as_str(), "NN" | "JJ") || set_phrase {
                continue;
            }
            // An object or a particle follows the verb; a noun after a mistagged preposition
            // ("the attention to detail was", "back to work .") has none.
            // An adjective before a name is the name's ("to southern Lebanon").
            let name = matches!(self.class(out[i + 1]).1.as_str(), "NNP" | "NNPS") && self.class(out[i]).1.as_str() == "NN";
            let object = name || matches!(self.class(out[i + 1]).1.as_str(), "DT" | "PDT" | "PRP" | "PRP$" | "CD" | "RP") || PARTICLES.iter().any(|p| k[i + 1].lower == hash_lower(p));
            // With [`MODAL_BARE_OBJECT`], after a modal a bare noun phrase too, one opening with a
            // participle included ("will free detained Americans").
            let bare = self.disabled & MODAL_BARE_OBJECT == 0 && mu == Upos::Aux && matches!(self.class(out[i + 1]).1.as_str(), "NN" | "NNS" | "JJ" | "VBN");
            let object = object || bare;
            if !object {
                continue;
            }
            self.retag_if_close(scratch, out, i, "VB", Upos::Verb);
        }
    }

    /// [`INVERTED_CONDITION`]: "companies should tariff talks with Washington fail": the word
    /// after "should" read as a verb is a noun when it can be, and the word closing the clause
    /// the condition's verb; the words after each are tagged again.
    fn inverted_condition(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let should = hash_lower("should");
        for s in 1..out.len().saturating_sub(3) {
            let i = s + 1;
            if scratch.keys[s].lower != should || !scratch.keys[s].lowercase || !scratch.keys[i].lowercase || !matches!(self.class(out[i]).1.as_str(), "VB" | "NN" | "JJ") {
                continue;
            }
            if self.inverted_condition_verb(scratch, out, i).is_none() {
                continue;
            }
            if self.class(out[i]).1.as_str() == "VB" {
                self.retag_if_close(scratch, out, i, "NN", Upos::Noun);
            }
            let Some(j) = self.inverted_condition_verb(scratch, out, i).filter(|_| self.class(out[i]).0 != Upos::Verb) else { continue };
            // A word known mostly as a verb is the verb; another only when its reading is close.
            let base = self.class_of(Upos::Verb, "VB");
            if scratch.keys[j].lex != NO_LEX && self.class(scratch.keys[j].lex as u8).0 == Upos::Verb && base.is_some() {
                self.tag_from(scratch, out, j, base);
            } else {
                self.retag_if_close(scratch, out, j, "VB", Upos::Verb);
            }
        }
    }

    /// [`INVERTED_CONDITION`]: for "should" before word `i`, the last word of the inverted
    /// condition "should" opens ("should tariff talks with Washington fail ."), when the clause
    /// has that shape; `None` otherwise.
    fn inverted_condition_verb(&self, scratch: &TagScratch, out: &[u8], i: usize) -> Option<usize> {
        let x = |j: usize| self.class(out[j]).1;
        // The clause ends at the next punctuation or the sentence's end.
        let end = (i + 1..out.len()).find(|&j| self.class(out[j]).0 == Upos::Punct).unwrap_or(out.len());
        let j = end.checked_sub(1)?;
        // A singular noun reading, not one a determiner, adjective, number or preposition opens.
        if j < i + 2 || !scratch.keys[j].lowercase || x(j).as_str() != "NN" || matches!(x(j - 1).as_str(), "DT" | "PRP$" | "JJ" | "IN" | "CD") {
            return None;
        }
        let between = i + 1..j;
        let nominal = between.clone().all(|m| matches!(x(m).as_str(), "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "POS" | "PRP$" | "HYPH" | "IN") && !self.is_boundary(scratch, out, m));
        let phrase = between.clone().any(|m| matches!(x(m).as_str(), "DT" | "NNS" | "NNP" | "NNPS" | "IN" | "POS"));
        // A finite verb before "should" in its stretch: "should" opens no main clause there.
        let start = (0..i - 1).rev().find(|&m| self.is_boundary(scratch, out, m)).map(|m| m + 1).unwrap_or(0);
        let finite = (start..i - 1).any(|m| matches!(x(m).as_str(), "VBZ" | "VBD" | "VBP" | "MD"));
        (nominal && phrase && finite).then_some(j)
    }

    /// [`SUBJUNCTIVE_VERB`]: "demanded that the government scrap quotas": a noun or adjective
    /// reading right after the subject of a mandative "that" clause without a finite verb is its
    /// bare verb; the words after it are tagged again.
    fn subjunctive_verb(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let that = hash_lower("that");
        for t in 1..out.len().saturating_sub(3) {
            if scratch.keys[t].lower != that || !is_mandative_verb(scratch.keys[t - 1].lower) || !self.is_verbal(out[t - 1]) {
                continue;
            }
            // The subject's noun phrase, then the word after its noun.
            let x = |out: &[u8], j: usize| self.class(out[j]).1;
            let nominal = |out: &[u8], j: usize| matches!(x(out, j).as_str(), "DT" | "PRP$" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "CD" | "HYPH") || (j == t + 1 && x(out, j).as_str() == "PRP");
            let end = (t + 1..out.len()).find(|&j| !nominal(out, j)).unwrap_or(out.len());
            let finite = (t + 1..out.len()).take_while(|&j| !self.is_boundary(scratch, out, j)).any(|j| matches!(x(out, j).as_str(), "VBD" | "VBZ" | "VBP" | "MD"));
            if finite {
                continue;
            }
            let candidate = (t + 2..end.min(out.len() - 1)).find(|&j| {
                scratch.keys[j].lowercase
                    && matches!(x(out, j).as_str(), "NN" | "JJ")
                    && matches!(x(out, j - 1).as_str(), "NN" | "NNS" | "NNP" | "NNPS" | "PRP")
                    && matches!(x(out, j + 1).as_str(), "DT" | "PDT" | "PRP$" | "PRP" | "CD" | "NNP" | "NNPS" | "NN" | "NNS" | "JJ" | "RP")
            });
            if let Some(j) = candidate {
                self.retag_if_close(scratch, out, j, "VB", Upos::Verb);
            }
        }
    }

    /// [`GERUND_AFTER_SUBORDINATOR`]: "after meeting Sergei Lavrov": an "-ing" noun reading
    /// between a subordinating preposition and an object is a gerund.
    fn gerund_after_subordinator(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        static OPENERS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
        let openers = OPENERS.get_or_init(|| ["after", "before", "since", "while", "when", "upon", "by"].iter().map(|w| hash_lower(w)).collect());
        for i in 1..out.len().saturating_sub(1) {
            let k = &scratch.keys;
            if !openers.contains(&k[i - 1].lower) || !k[i].lowercase || k[i].suf[2] != hash_lower("ing").wrapping_add(2) || self.class(out[i]).1.as_str() != "NN" {
                continue;
            }
            let object = matches!(self.class(out[i + 1]).1.as_str(), "NNP" | "NNPS" | "DT" | "PDT" | "PRP$" | "PRP" | "CD") && !k[i + 1].bare_time;
            if object {
                self.retag_if_close(scratch, out, i, "VBG", Upos::Verb);
            }
        }
    }

    /// [`INITIAL_NAME`]: "Modi hosts Putin": an unknown capitalised first word read as an
    /// adjective, then an "-s" form and the start of an object, in a sentence without a finite
    /// verb, are a name and its verb; the words after them are tagged again.
    fn initial_name(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let finite = |c: u8| matches!(self.class(c).1.as_str(), "VBZ" | "VBD" | "VBP" | "MD");
        if out.len() < 4 || out.iter().any(|&c| finite(c)) {
            return;
        }
        let k = &scratch.keys;
        let x = |j: usize| self.class(out[j]).1;
        let shape = k[0].capitalised && k[0].lex == NO_LEX && x(0).as_str() == "JJ" && k[1].lowercase && x(1).as_str() == "NNS";
        if !shape || !matches!(x(2).as_str(), "NNP" | "NNPS" | "DT" | "CD" | "PRP$") {
            return;
        }
        let Some(name) = self.class_of(Upos::Propn, "NNP") else { return };
        out[0] = name;
        let scores = scratch.scores_at(self, 1, out);
        if let Some(c) = self.best_of(&scores, |t| t == "VBZ").filter(|&c| self.classes[c].0 == Upos::Verb) {
            self.tag_from(scratch, out, 1, Some(c as u8));
        }
    }

    /// [`VERB_BEFORE_PARTICIPLE`]: whether a comma and a participle clause follow word `i`
    /// (", killing ..."; not a preposition-like "including", "according", "following").
    fn participle_clause_after(&self, scratch: &TagScratch, out: &[u8], i: usize) -> bool {
        static PREPOSITIONS: std::sync::OnceLock<[u64; 6]> = std::sync::OnceLock::new();
        let prepositions = PREPOSITIONS.get_or_init(|| ["including", "according", "following", "excluding", "regarding", "concerning"].map(hash_lower));
        i + 2 < out.len()
            && scratch.keys[i + 1].lower == hash_lower(",")
            && self.class(out[i + 2]).1.as_str() == "VBG"
            && !prepositions.contains(&scratch.keys[i + 2].lower)
    }

    /// [`BASE_FORM_FINITE`]: the first base form read as a verb right after a noun phrase, in
    /// a sentence without a finite verb, infinitive marker or modal, is a present-tense verb.
    fn base_form_finite(&self, scratch: &TagScratch, out: &mut [u8]) {
        let n = out.len();
        let x = |j: usize| self.class(out[j]).1;
        let finite = |j: usize| matches!(x(j).as_str(), "VBZ" | "VBD" | "VBP" | "MD" | "TO");
        if n < 5 || scratch.keys[n - 1].lower != hash_lower(".") || (0..n).any(finite) {
            return;
        }
        let Some(present) = self.class_of(Upos::Verb, "VBP") else { return };
        // Only the first base form, lowercase, not "be" (a subjunctive: "request that he be
        // detained"), after a noun, pronoun or closing bracket (or a comma closing an
        // apposition after a noun: "Police in Tijuana, Mexico, arrest"), with a noun before.
        let Some(i) = (2..n - 1).find(|&i| x(i).as_str() == "VB") else { return };
        // A main verb: an auxiliary before its verb ("if you do not consent") is left alone.
        if self.class(out[i]).0 != Upos::Verb {
            return;
        }
        let k = &scratch.keys[i];
        let prev = x(i - 1);
        let after_np = matches!(prev.as_str(), "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "-RRB-")
            || (prev.as_str() == "," && matches!(x(i - 2).as_str(), "NN" | "NNS" | "NNP" | "NNPS") && (0..i - 1).any(|j| x(j).as_str() == ","));
        let noun_before = (0..i).any(|j| matches!(x(j).as_str(), "NN" | "NNS" | "NNP" | "NNPS"));
        if k.lowercase && k.lower != hash_lower("be") && after_np && noun_before && !scratch.keys[i - 1].hyphen_final {
            out[i] = present;
        }
    }

    /// [`OVER_NUMBER`]: "over" between a verb and a number is the number's adverb.
    fn over_number(&self, scratch: &TagScratch, out: &mut [u8]) {
        let Some(adverb) = self.class_of(Upos::Adv, "RB") else { return };
        for i in 1..out.len().saturating_sub(1) {
            if scratch.keys[i].lower == hash_lower("over")
                && self.class(out[i]).0 == Upos::Adp
                && self.class(out[i - 1]).0 == Upos::Verb
                && self.class(out[i + 1]).1.as_str() == "CD"
            {
                out[i] = adverb;
            }
        }
    }

    /// [`VERBLESS_SENTENCE`]: gives a sentence without a finite verb its verb after an
    /// opening subject noun phrase.
    fn verbless_sentence(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let n = out.len();
        let finite = |c: u8| matches!(self.class(c).1.as_str(), "VBZ" | "VBD" | "VBP" | "MD");
        // A noun is re-tagged only in sentences that end as sentences do: a heading ("2025
        // United States strikes against Iran") has no verb to find. Words the model read as
        // verbs ("forces responded with tear gas") need no full stop; questions are left
        // alone ("Anyone have a good recipe?" is a verb without its auxiliary).
        if n < 4 {
            return;
        }
        let ends = scratch.keys[n - 1].lower == hash_lower(".");
        if scratch.keys[n - 1].lower == hash_lower("?") {
            return;
        }
        // The main clause ends at the first subordinating word when finite verbs stand only
        // after it ([`MAIN_CLAUSE_VERB`]); without one, the sentence must have no finite verb.
        let first_finite = out.iter().position(|&c| finite(c));
        // Where the main clause ends and what ends it.
        let (main_end, ending) = match first_finite {
            None => (n - 1, MainClauseEnd::Sentence),
            Some(f) if self.disabled & MAIN_CLAUSE_VERB == 0 => match self.subordinate_clause_start(scratch, out, f) {
                Some(b) => b,
                None => return,
            },
            Some(_) => return,
        };
        let subordinate = first_finite.is_some();
        // Where another verb reading may stand: the main clause when subordinate clauses follow.
        let scope = if subordinate { main_end } else { n };
        let margin = VERBLESS_MARGIN;
        let long = self.disabled & VERBLESS_LONG_SUBJECT == 0;
        let agree = self.disabled & VERBLESS_AGREEMENT == 0;
        // (word, verb class, its tag before, how far the verb reading trails, object follows).
        let mut candidates: Vec<(usize, u8, Xpos, i32, bool)> = Vec::new();
        // Candidates only [`VERBLESS_AGREEMENT`] admits.
        let mut widened: Vec<usize> = Vec::new();
        for i in 1..main_end {
            // "The rules that govern ...": a relative word followed by its verb closes a noun phrase.
            if i + 1 == main_end && main_end + 1 < n && self.is_relative(scratch, out, main_end) && finite(out[main_end + 1]) {
                continue;
            }
            let x = self.class(out[i]).1;
            let k = &scratch.keys[i];
            // ([`TIME_UNIT_NOUN`]: "hours" is never the verb.)
            if k.time_unit_plural && self.disabled & TIME_UNIT_NOUN == 0 {
                continue;
            }
            // Before a subordinate clause, only a lowercase present tense not followed by a
            // past or participle ("a man accused of ...", "government protests spread" are
            // not read as "man accused", "protests spread ...").
            if subordinate && (!k.lowercase || !matches!(x.as_str(), "NNS" | "NN" | "VB" | "RB") || matches!(self.class(out[i + 1]).1.as_str(), "VBN" | "VBD")) {
                continue;
            }
            // A coordinated verb after the main clause has its form ("kills ... and leaves");
            // before a clause without "that", only the verb of saying is taken.
            match ending {
                MainClauseEnd::ReportingVerb if i + 1 != main_end => continue,
                MainClauseEnd::Coordinator { third_person } if (x.as_str() == "NNS") != third_person => continue,
                _ => {}
            }
            // Nor a noun right before (or one singular noun before) a lowercase "-s" form that
            // opens a complement: that form is the verb, the noun its subject's head ("A human
            // rights group reports that", "A federal appeals court rules that", "A Vatican
            // appeals court orders a retrial").
            if subordinate {
                let s_verb = |j: usize| {
                    j + 1 < n
                        && self.class(out[j]).1.as_str() == "NNS"
                        && scratch.keys[j].lowercase
                        && (scratch.keys[j + 1].lower == hash_lower("that") || matches!(self.class(out[j + 1]).1.as_str(), "DT" | "PRP$" | "CD" | "NNP"))
                };
                if matches!(x.as_str(), "NN" | "NNS") && (s_verb(i + 1) || (self.class(out[i + 1]).1.as_str() == "NN" && s_verb(i + 2))) {
                    continue;
                }
            }
            // Nor a singular noun as a plural verb after a singular noun or name, unless "and"
            // joins the subject ("A Syrian war monitor reports", "The Hague district court
            // orders", "police fire tear gas"; "Protesters and police clash", "Residents of
            // Moscow report", "Chileans vote": a plural head before a prepositional phrase, a
            // name ending in "-s").
            if subordinate
                && x.as_str() == "NN"
                && matches!(self.class(out[i - 1]).1.as_str(), "NN" | "NNP")
                && scratch.keys[i - 1].lower != hash_lower("police")
                && !(self.class(out[i - 1]).1.as_str() == "NNP" && scratch.keys[i - 1].suf[0] == hash_lower("s"))
                && !(0..i).any(|j| self.class(out[j]).1.as_str() == "CC")
                && !self.plural_head_before(scratch, out, i)
            {
                continue;
            }
            let allowed: &[&str] = match x.as_str() {
                "NNS" | "NN" if !ends => continue,
                "NNS" => &["VBZ"],
                "VB" if k.lower != hash_lower("be") => &["VBP"],
                "NN" if k.lowercase && k.can_be_past => &["VBP", "VBD"],
                "NN" if k.lowercase => &["VBP"],
                "VBN" | "JJ" if k.can_be_past && !is_participial_adjective(k.lower) => &["VBD"],
                // "Gunmen open fire", "Thieves steal part of": right after a plural common
                // noun and before a lowercase word or a number, not a name ("United States
                // crude oil", "strikes southern Beirut", "human rights chief Volker Türk").
                "JJ" if long
                    && ends
                    && k.lowercase
                    && (self.class(out[i - 1]).1.as_str() == "NNS" || scratch.keys[i - 1].lower == hash_lower("police"))
                    && (scratch.keys[i + 1].lowercase || self.class(out[i + 1]).1.as_str() == "CD") =>
                {
                    &["VBP"]
                }
                // "Israeli airstrikes kill 55 people": a bare form read as an adverb (not an
                // "-ly" one) between a plural subject and an object.
                "RB" if agree
                    && ends
                    && k.lowercase
                    && k.suf[1] != hash_lower("ly").wrapping_add(1)
                    && (matches!(self.class(out[i - 1]).1.as_str(), "NNS" | "NNPS") || scratch.keys[i - 1].lower == hash_lower("police"))
                    && matches!(self.class(out[i + 1]).1.as_str(), "CD" | "DT" | "JJ" | "PRP$" | "NNP") =>
                {
                    &["VBP"]
                }
                _ => continue,
            };
            // An "-s" form after a singular noun (not "police"): the noun phrase's head, so the
            // "-s" form agrees with it as a verb ("man rams", "military withdraws").
            let singular = agree
                && x.as_str() == "NNS"
                && k.lowercase
                && scratch.keys[i - 1].lower != hash_lower("police")
                && match self.class(out[i - 1]).1.as_str() {
                    "NN" | "NNP" => true,
                    "JJ" => scratch.keys[i - 1].lowercase && i >= 2 && matches!(self.class(out[i - 2]).1.as_str(), "DT" | "JJ"),
                    _ => false,
                };
            // "... Alexandru Munteanu resigns.": the last word, after a name.
            let last = singular && ends && i + 2 == n && self.class(out[i - 1]).1.as_str() == "NNP";
            // "... Han Duck-soo resigns, indicating ...", "The building collapses, destroying
            // ...": before a comma and a participle clause, as at the end ([`VERB_BEFORE_PARTICIPLE`]).
            let last = last || (singular && ends && self.disabled & VERB_BEFORE_PARTICIPLE == 0 && self.participle_clause_after(scratch, out, i));
            let subject = self.opens_with_subject(scratch, out, i) || (long && self.opens_with_long_subject(scratch, out, i, matches!(x.as_str(), "NNS" | "VB"), subordinate && self.disabled & MAIN_CLAUSE_VERB == 0));
            // "The pilot ejects and is rescued": the first of two coordinated verbs needs nothing after it.
            let before_conjunct = matches!(ending, MainClauseEnd::Coordinator { .. }) && i + 1 == main_end;
            if !subject || !(last || before_conjunct || self.takes_complement(scratch, out, i)) {
                continue;
            }
            let scores = scratch.scores_at(self, i, out);
            let Some(c) = self.best_of(&scores, |t| allowed.contains(&t)).filter(|&c| self.classes[c].0 == Upos::Verb) else {
                continue;
            };
            let gap = scores[out[i] as usize] - scores[c];
            let mut object = matches!(self.class(out[i + 1]).1.as_str(), "DT" | "PRP$" | "PRP" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "JJ" | "CC" | "RP");
            // "arrest around 150 people", "kill nearly 40".
            let over = self.disabled & OVER_NUMBER == 0 && scratch.keys[i + 1].lower == hash_lower("over");
            if (long && self.class(out[i + 1]).1.as_str() == "RB" || over) && out.get(i + 2).is_some_and(|&c| self.class(c).1.as_str() == "CD") {
                object = true;
            }
            if !ends && !object {
                // Headlines drop both the full stop and the auxiliary ("Government document
                // found on rainy street").
                continue;
            }
            let mut limit = if object || x.as_str() == "VB" || singular { margin } else { margin / 2 };
            // A plural subject right before a bare form that takes an object, not a noun
            // compound's next noun, agrees with a present-tense verb ("Italian police arrest
            // around 150", "Gunmen open fire", "forces arrest Puot Kang Chol"): twice the margin.
            let plural = matches!(self.class(out[i - 1]).1.as_str(), "NNS" | "NNPS") || scratch.keys[i - 1].lower == hash_lower("police");
            let compound = matches!(self.class(out[i + 1]).1.as_str(), "NN" | "NNS") && x.as_str() != "JJ";
            if long && plural && object && !compound && matches!(x.as_str(), "NN" | "JJ" | "VB") {
                limit = 2 * margin;
            }
            // A bare form before a preposition or "to" after a subject whose head is plural agrees
            // with it as a present-tense verb ("Citizens of Vanuatu vote for ...", "Share prices
            // rise following ..."): twice the margin, as with an object.
            let plural_bare = agree && ends && !object && x.as_str() == "NN" && scratch.keys[i].lowercase && self.plural_head_before(scratch, out, i);
            if plural_bare {
                limit = 2 * margin;
            }
            // An "-s" form before a preposition after a singular head that a determiner or a
            // name marks as a noun phrase's ("The rocket stays in", "A Mw 6.3 earthquake strikes
            // near", "Tropical Storm Erin forms in"): twice the margin; the checks for a plural
            // subject, a second noun phrase and another verb reading below still apply.
            if self.disabled & AGREEMENT_HEAD == 0 && singular && ends && !object && x.as_str() == "NNS" {
                let opens_np = scratch.keys[0].lower == hash_lower("the") || scratch.keys[0].lower == hash_lower("a") || scratch.keys[0].lower == hash_lower("an");
                if opens_np || self.class(out[i - 1]).1.as_str() == "NNP" {
                    limit = 2 * margin;
                }
            }
            if gap <= limit {
                if plural_bare && gap > margin / 2 {
                    if self.verb_reading_elsewhere(scratch, &out[..scope], i) {
                        continue;
                    }
                    widened.push(i);
                }
                // Admitted by agreement alone: not with a plural noun or "and" before it.
                // Nor with a determiner opening a second noun phrase before it ("Sabres clinch
                // the Stanley Cup playoffs"), nor in a sentence with a base form read as a verb
                // ("Russian drone strikes on a shopping center ... kill at least 16").
                if last || (singular && !object && x.as_str() == "NNS" && gap > margin / 2) {
                    let tag = |j: usize| self.class(out[j]).1;
                    // A coordinated subject ("X and Y") is plural too.
                    // With [`AGREEMENT_HEAD`], only the subject's head counts: a plural noun
                    // ending its noun run ("United States" of "A United States Air Force
                    // pilot" does not) or "and", before any preposition ("A deadly battle
                    // between the Puntland Security Force and Islamic State results in").
                    let plural = if self.disabled & AGREEMENT_HEAD == 0 {
                        // Inside a name only: a common noun after it may be the missed verb
                        // ("Oil prices increase by ...").
                        let noun = |j: usize| matches!(tag(j).as_str(), "NNP" | "NNPS" | "POS" | "HYPH");
                        (0..i)
                            .take_while(|&j| tag(j).as_str() != "IN")
                            .any(|j| tag(j).as_str() == "CC" || (matches!(tag(j).as_str(), "NNS" | "NNPS") && !noun(j + 1)))
                    } else {
                        (0..i).any(|j| matches!(tag(j).as_str(), "NNS" | "NNPS" | "CC"))
                    };
                    let second_np = (1..i).any(|j| tag(j).as_str() == "DT" && !matches!(tag(j - 1).as_str(), "IN" | "POS" | "CC" | ","));
                    // With [`AGREEMENT_HEAD`], a noun run in a verb's prepositional phrase is no
                    // subject ("The Ethiopian army advanced on the Tigrayan rebels."; a noun's
                    // is: "the Government of Prime Minister Félix Moloua resigns").
                    let governed = self.disabled & AGREEMENT_HEAD == 0 && {
                        let run = (0..i).rev().find(|&j| !matches!(tag(j).as_str(), "NN" | "NNS" | "NNP" | "NNPS" | "JJ" | "DT" | "CD" | "HYPH" | "POS" | "PRP$"));
                        run.is_some_and(|j| j > 0 && matches!(tag(j).as_str(), "IN" | "TO") && matches!(tag(j - 1).as_str(), "VB" | "VBD" | "VBN" | "VBG" | "VBP" | "VBZ" | "RP"))
                    };
                    if plural || second_np || governed || self.verb_reading_elsewhere(scratch, &out[..scope], i) {
                        continue;
                    }
                    widened.push(i);
                }
                candidates.push((i, c as u8, x, gap, object));
            }
        }
        // Any other candidate goes before those admitted by agreement alone ("Five aid convoys
        // from the United Arab Emirates ... arrive in Gaza").
        if candidates.len() > widened.len() {
            candidates.retain(|c| !widened.contains(&c.0));
        }
        // A base form already read as a verb ("M23 rebels briefly capture the town") is the
        // verb; otherwise the first word that can be one ("police seize cocaine found in a
        // container", not "found"), except a plural noun before a singular noun or base
        // form that can be and takes an object ("Government forces arrest three men"; not
        // "the coast guard trades fire with", where a preposition follows the noun). When the
        // noun is itself followed by a common noun, either may be the verb ("forces fire tear
        // gas", "the court issues arrest warrants"): the one whose verb reading trails less.
        let base = |x: Xpos| matches!(x.as_str(), "VB" | "NN") || (long && x.as_str() == "JJ");
        let common = |j: usize| out.get(j).is_some_and(|&c| matches!(self.class(c).1.as_str(), "NN" | "NNS"));
        // Nor does an "-s" form whose noun phrase opens with "a" or "an" yield to a noun
        // before a name: the article makes the phrase singular, so the "-s" form is no plural
        // head but the verb, and the noun a title ("An Iranian court sentences singer Amir
        // Tataloo", not "court sentences" as the subject of "singer").
        let singular_np = |i: usize| {
            let start = (0..i).rev().find(|&j| !matches!(self.class(out[j]).1.as_str(), "NN" | "NNP" | "NNPS" | "JJ" | "HYPH")).unwrap_or(0);
            start + 1 < i && (scratch.keys[start].lower == hash_lower("a") || scratch.keys[start].lower == hash_lower("an"))
        };
        let title_before_name = |j: usize| out.get(j + 1).is_some_and(|&c| self.class(c).1.as_str() == "NNP") && scratch.keys[j].lowercase;
        let yields = |&(i, _, x, gap, _): &(usize, u8, Xpos, i32, bool)| {
            x.as_str() == "NNS"
                && !(self.disabled & SINGULAR_ARTICLE == 0 && singular_np(i) && title_before_name(i + 1))
                && candidates.iter().any(|&(j, _, y, gap2, obj2)| {
                    j == i + 1 && base(y) && (!long || (obj2 && (!common(j + 1) || gap2 < gap)))
                })
        };
        let eligible: Vec<_> = candidates.iter().filter(|c| !yields(c)).collect();
        let chosen = candidates.iter().find(|&&(_, _, x, _, _)| x.as_str() == "VB").or_else(|| match eligible.first() {
            // With a long subject, a candidate before a preposition gives way to a later one
            // with an object ("Police in Stuttgart, Germany, arrest ...").
            Some(&&(_, _, _, _, false)) if long => eligible.iter().find(|c| c.4).or(eligible.first()).copied(),
            first => first.copied(),
        });
        let Some(&(i, c, _, _, _)) = chosen else { return };
        self.tag_from(scratch, out, i, Some(c));
        // A coordinated participle shares the re-tagged verb's subject ("killed and wounded scores").
        if let (Some(&cc), Some(&p)) = (out.get(i + 1), out.get(i + 2)) {
            if self.class(cc).1.as_str() == "CC" && self.class(p).1.as_str() == "VBN" && scratch.keys[i + 2].can_be_past && self.class(c).1.as_str() == "VBD" {
                out[i + 2] = c;
            }
        }
    }

    /// [`HEADLINE_VERB`]: "Police in Bangladesh arrest over 1,300 people": in a sentence still
    /// without a finite verb, the first word after the opening subject that agrees with its head
    /// as a present-tense verb is that verb; the words after it are tagged again.
    fn headline_verb(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let n = out.len();
        let finite = |c: u8| matches!(self.class(c).1.as_str(), "VBZ" | "VBD" | "VBP" | "MD");
        if n < 4 || scratch.keys[n - 1].lower != hash_lower(".") || out.iter().any(|&c| finite(c)) {
            return;
        }
        let x = |out: &[u8], j: usize| self.class(out[j]).1;
        let noun = |out: &[u8], j: usize| matches!(x(out, j).as_str(), "NN" | "NNS" | "NNP" | "NNPS");
        // A word the tag lexicon knows as a verb.
        let lexical_verb = |k: &WordKeys| k.lex != NO_LEX && self.class(k.lex as u8).0 == Upos::Verb;
        // (word, verb class) of the first bare form and the first "-s" form that qualify.
        let mut bare: Option<(usize, u8)> = None;
        let mut s_form: Option<(usize, u8)> = None;
        for i in 1..n - 1 {
            let k = &scratch.keys[i];
            if !k.lowercase || k.time_unit_plural {
                continue;
            }
            let t = x(out, i);
            let next = x(out, i + 1);
            let is_bare = match t.as_str() {
                // Not the first noun of a compound ("baseball team").
                "NN" => !matches!(next.as_str(), "NN" | "NNS"),
                "VB" => true,
                // Right after the subject and before an object, not before a name ("Gunmen
                // open fire"; not "United States crude oil", "Rooms very clean and").
                "JJ" => x(out, i - 1).as_str() != "NNPS" && matches!(next.as_str(), "NN" | "NNS" | "CD" | "DT" | "PRP$"),
                // A preposition may be an unknown word the model slipped on ("accuse", "intercept").
                "RB" => lexical_verb(k) && k.suf[1] != hash_lower("ly").wrapping_add(1),
                "IN" => lexical_verb(k) || k.lex == NO_LEX,
                _ => false,
            };
            let is_s = t.as_str() == "NNS";
            if !is_bare && !is_s {
                continue;
            }
            let mut j = i;
            while j > 0 && self.is_adverb_before_verb(scratch, out, j - 1) {
                j -= 1;
            }
            if j == 0 || !(noun(out, j - 1) || scratch.keys[j - 1].lower == hash_lower("police")) || (t.as_str() == "JJ" && j < i) {
                continue;
            }
            // The subject opens the sentence: a short one (nouns and "of" phrases) for either
            // form, a long one (prepositional phrases, appositions) for a bare form.
            let short = self.opens_with_subject(scratch, out, j) && !(0..j).any(|m| self.is_boundary(scratch, out, m));
            if !(short || (is_bare && self.opens_with_long_subject(scratch, out, j, true, false))) {
                continue;
            }
            // The subject's head: plural right before the word, before the subject's first
            // preposition ("Police in Bangladesh", "Security forces in South Sudan"), or a
            // coordination of nouns with no preposition or participle in the subject.
            let tag = |m: usize| x(out, m);
            // ("police" as a modifier after "a": "a police operation").
            let police = |m: usize| scratch.keys[m].lower == hash_lower("police") && !(m > 0 && tag(m - 1).as_str() == "DT" && scratch.keys[m - 1].lower != hash_lower("the"));
            let plural_at = |m: usize| matches!(tag(m).as_str(), "NNS" | "NNPS") || police(m);
            let run_end = (0..j).find(|&m| !matches!(tag(m).as_str(), "DT" | "PDT" | "JJ" | "JJR" | "JJS" | "CD" | "NN" | "NNS" | "NNP" | "NNPS" | "HYPH" | "POS" | "PRP$"));
            let head_before_preposition = run_end.is_some_and(|e| e > 0 && e < j && tag(e).as_str() == "IN" && plural_at(e - 1));
            let coordinated = (0..j).any(|m| tag(m).as_str() == "CC") && !(0..j).any(|m| matches!(tag(m).as_str(), "IN" | "TO" | "VBG") || (tag(m).as_str() == "VBN" && !(m > 0 && tag(m - 1).as_str() == "HYPH")));
            // A lowercase noun after a lowercase noun continues a compound ("the traveler
            // community", "egg and cheese sandwich") unless the noun before is the plural head
            // or a full noun phrase is coordinated ("and the Syrian transitional government").
            let compound_tail = t.as_str() == "NN" && j == i && x(out, j - 1).as_str() == "NN" && scratch.keys[j - 1].lowercase;
            let full_conjunct = (0..j).rev().find(|&m| tag(m).as_str() == "CC").is_some_and(|m| m + 1 < j && matches!(tag(m + 1).as_str(), "DT" | "PRP$" | "NNP" | "NNPS"));
            let coordinated = coordinated && (!compound_tail || full_conjunct);
            let head_before_preposition = head_before_preposition && !compound_tail;
            let plural = plural_at(j - 1) || head_before_preposition || coordinated;
            // What follows: what can follow a verb, or an amount after "by" ("increase by 5%").
            let by_amount = scratch.keys[i + 1].lower == hash_lower("by") && out.get(i + 2).is_some_and(|&c| matches!(self.class(c).1.as_str(), "CD" | "RB" | "$"));
            let complement = self.takes_complement(scratch, out, i) || by_amount;
            if is_bare {
                // A noun after a lowercase noun and before a name is a title ("government
                // spokesperson Manuel Adorni", "vehicle carrier Xian Jiang Kou").
                let title = t.as_str() == "NN" && next.as_str() == "NNP" && x(out, j - 1).as_str() == "NN" && scratch.keys[j - 1].lowercase;
                if !plural {
                    continue;
                }
                if title || !complement {
                    // The word right after a plural subject is the verb or none is.
                    break;
                }
            } else {
                // An "-s" form after a singular head, before a name, determiner, number,
                // preposition, particle or the end, not before a word that is itself a verb
                // ("Oil prices increase"), nor after a determiner opening a second noun phrase
                // or before a participle that can be the verb.
                let k1 = &scratch.keys[i + 1];
                let content = matches!(next.as_str(), "NN" | "NNS" | "JJ" | "VB" | "VBP") || (matches!(next.as_str(), "IN" | "RB") && k1.lex != NO_LEX && self.class(k1.lex as u8).0 == Upos::Verb);
                let second_np = (1..i).any(|m| tag(m).as_str() == "DT" && !matches!(tag(m - 1).as_str(), "IN" | "POS" | "CC" | ","));
                // At the end only after a name or in a phrase opened by an article or possessive
                // ("The ship later sinks."; not "Great lunch specials.", "No physical pledge cards.").
                let article = ["the", "a", "an"].iter().any(|a| scratch.keys[0].lower == hash_lower(a));
                let determined = x(out, j - 1).as_str() == "NNP" || article || tag(0).as_str() == "PRP$";
                let end = determined && (i + 2 == n || self.participle_clause_after(scratch, out, i));
                if plural || s_form.is_some() || content || second_np || !(complement || end) || self.verb_reading_elsewhere(scratch, out, i) {
                    continue;
                }
            }
            let scores = scratch.scores_at(self, i, out);
            let wanted = if is_bare { "VBP" } else { "VBZ" };
            // The best verb (not auxiliary) reading with that tag.
            let best = (0..scores.len().min(self.classes.len())).filter(|&c| self.classes[c].0 == Upos::Verb && self.classes[c].1.as_str() == wanted).max_by_key(|&c| scores[c]);
            let Some(c) = best.filter(|&c| scores[out[i] as usize] - scores[c] <= HEADLINE_MARGIN) else {
                if is_bare {
                    break;
                }
                continue;
            };
            if is_bare {
                bare = Some((i, c as u8));
                break;
            }
            s_form = Some((i, c as u8));
        }
        if let Some((i, c)) = bare.or(s_form) {
            self.tag_from(scratch, out, i, Some(c));
        }
    }

    /// [`COORDINATED_VERBS`]: "SUBJECT x and y OBJECT" in a sentence without a finite verb,
    /// where x and y can both be present-tense verbs, makes them verbs.
    fn coordinated_verbs(&self, scratch: &mut TagScratch, out: &mut Vec<u8>) {
        let n = out.len();
        let finite = |c: u8| matches!(self.class(c).1.as_str(), "VBZ" | "VBD" | "VBP" | "MD");
        if n < 5 || scratch.keys[n - 1].lower != hash_lower(".") || out.iter().any(|&c| finite(c)) {
            return;
        }
        let and = hash_lower("and");
        for i in 1..n - 3 {
            let (k, k2) = (&scratch.keys[i], &scratch.keys[i + 2]);
            if k.lower != and && scratch.keys[i + 1].lower == and && k.lowercase && k2.lowercase {
                let (x, y) = (self.class(out[i]).1, self.class(out[i + 2]).1);
                // Two "-s" forms (nouns to a tagger) are VBZ; bare forms (nouns, base forms,
                // adverbs or adjectives to a tagger) VBP.
                let tag = match (x.as_str(), y.as_str()) {
                    ("NNS" | "VBZ", "NNS" | "VBZ") => "VBZ",
                    ("NN" | "VB" | "RB" | "JJ", "NN" | "VB") => "VBP",
                    _ => continue,
                };
                // An object after the second ("kills two passengers", "burn at least 100").
                let next = self.class(out[i + 3]).1;
                let object = matches!(next.as_str(), "DT" | "PDT" | "CD" | "PRP" | "PRP$" | "NNP" | "NNPS" | "JJ" | "JJS")
                    || (scratch.keys[i + 3].lower == hash_lower("at") && scratch.keys.get(i + 4).is_some_and(|k| k.lower == hash_lower("least")));
                if !object {
                    continue;
                }
                let subject = self.opens_with_subject(scratch, out, i)
                    || (self.disabled & VERBLESS_LONG_SUBJECT == 0 && self.opens_with_long_subject(scratch, out, i, true, false));
                // Not after a participial clause ("with 20,000 people fleeing across the border
                // and reach ...") nor in an imperative ("Write (or call) an airline directly
                // and get the answer"): no "-ing" or base form before the pair.
                if !subject || (0..i).any(|j| matches!(self.class(out[j]).1.as_str(), "VBG" | "VB")) {
                    continue;
                }
                let verb = |scores: &[i32]| self.best_of(scores, |t| t == tag).filter(|&c| self.classes[c].0 == Upos::Verb);
                let Some(c) = verb(&scratch.scores_at(self, i, out)) else { continue };
                self.tag_from(scratch, out, i, Some(c as u8));
                if self.class(out[i + 2]).1.as_str() != tag {
                    if let Some(c2) = verb(&scratch.scores_at(self, i + 2, out)) {
                        self.tag_from(scratch, out, i + 2, Some(c2 as u8));
                    }
                }
                return;
            }
        }
    }

    /// [`COORDINATED_VERBS`]: "to" read as an infinitive marker before a compass or position
    /// adjective ("-ern", "central") the tag lexicon knows as an adjective, itself read as a
    /// base form before a name ("to southern Lebanon"), is a preposition and the word an
    /// adjective. (The lexicon alone is not enough: rare verbs such as "dominate" have an
    /// adjective as their most frequent training tag.)
    fn to_adjective(&self, scratch: &TagScratch, out: &mut [u8]) {
        let (Some(adp), Some(adj)) = (self.classes.iter().position(|&(u, x)| u == Upos::Adp && x.as_str() == "IN"), self.class_of(Upos::Adj, "JJ")) else {
            return;
        };
        for i in 1..out.len().saturating_sub(1) {
            if self.class(out[i - 1]).1.as_str() == "TO"
                && self.class(out[i]).1.as_str() == "VB"
                && scratch.keys[i].lex == adj as u64
                && (scratch.keys[i].suf[2] == hash_lower("ern").wrapping_add(2) || scratch.keys[i].lower == hash_lower("central"))
                && matches!(self.class(out[i + 1]).1.as_str(), "NNP" | "NNPS")
            {
                out[i - 1] = adp as u8;
                out[i] = adj;
            }
        }
    }

    /// [`REDUCED_RELATIVE`]: a past tense between a noun and prepositional phrases that lead
    /// to the clause's finite verb is a participle.
    fn reduced_relatives(&self, scratch: &TagScratch, out: &mut [u8]) {
        let n = out.len();
        let x = |out: &[u8], j: usize| self.class(out[j]).1;
        for i in 1..n.saturating_sub(2) {
            if x(out, i).as_str() != "VBD" || !scratch.keys[i].can_be_participle || !matches!(x(out, i - 1).as_str(), "NN" | "NNS" | "NNP" | "NNPS") {
                continue;
            }
            // A bare time word may come first ("a report released Tuesday in the capital").
            let first = if scratch.keys[i + 1].bare_time && i + 2 < n { i + 2 } else { i + 1 };
            if !matches!(x(out, first).as_str(), "IN" | "TO") || scratch.keys[first].lower == hash_lower("that") || is_clause_opener(scratch.keys[first].lower) {
                continue;
            }
            // Prepositional phrases only (every noun phrase opened by a preposition), then a
            // finite verb.
            let mut j = first;
            let mut in_np = false;
            let mut ok = false;
            while j < n && !self.is_boundary(scratch, out, j) {
                let t = x(out, j);
                match t.as_str() {
                    "IN" | "TO" => in_np = true,
                    "DT" | "JJ" | "JJR" | "JJS" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "PRP$" | "POS" | "HYPH" if in_np => {}
                    "RB" => {}
                    "VBD" | "VBZ" | "VBP" | "MD" => {
                        ok = in_np && j > first + 1;
                        break;
                    }
                    _ => break,
                }
                j += 1;
            }
            if ok {
                if let Some(c) = self.class_of(Upos::Verb, "VBN") {
                    out[i] = c;
                }
            }
        }
    }

    /// Whether word `j` may stand between a subject and its verb: an adverb, and with
    /// [`LATER_ADVERB`] "later" or "earlier" read as a comparative ("A tornado later forms",
    /// "Iran later confirms"; not "I better pass").
    fn is_adverb_before_verb(&self, scratch: &TagScratch, out: &[u8], j: usize) -> bool {
        let x = self.class(out[j]).1;
        x.as_str() == "RB"
            || (self.disabled & LATER_ADVERB == 0
                && x.as_str() == "RBR"
                && (scratch.keys[j].lower == hash_lower("later") || scratch.keys[j].lower == hash_lower("earlier")))
    }

    /// Whether the words of word `i`'s clause before it are a subject noun phrase: nouns with
    /// their determiners, modifiers and "of" phrases, then adverbs or a time phrase ("on
    /// Friday"), with a noun or pronoun last.
    fn opens_with_subject(&self, scratch: &TagScratch, out: &[u8], i: usize) -> bool {
        let start = (0..i).rev().find(|&j| self.is_boundary(scratch, out, j)).map(|j| j + 1).unwrap_or(0);
        if start >= i {
            return false;
        }
        let x = |j: usize| self.class(out[j]).1;
        let mut j = i;
        // Adverbs and one time phrase ("on Friday", "on 12 May") between subject and verb.
        while j > start && self.is_adverb_before_verb(scratch, out, j - 1) {
            j -= 1;
        }
        let mut k = j;
        while k > start && matches!(x(k - 1).as_str(), "NNP" | "CD") {
            k -= 1;
        }
        if k < j && k > start + 1 && x(k - 1).as_str() == "IN" && is_time_preposition(scratch.keys[k - 1].lower) {
            j = k - 1;
            while j > start && self.is_adverb_before_verb(scratch, out, j - 1) {
                j -= 1;
            }
        }
        if j <= start || scratch.keys[j - 1].hyphen_final || !matches!(x(j - 1).as_str(), "NN" | "NNS" | "NNP" | "NNPS" | "PRP") {
            return false;
        }
        if matches!(x(start).as_str(), "IN" | "TO" | "RB") {
            return false;
        }
        (start..j).all(|m| {
            matches!(x(m).as_str(), "DT" | "PDT" | "JJ" | "JJR" | "JJS" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "PRP$" | "CD" | "POS" | "HYPH")
                || (x(m).as_str() == "IN" && scratch.keys[m].lower == hash_lower("of"))
        })
    }

    /// [`VERBLESS_AGREEMENT`]: whether another word already reads as the verb, so word `i` is
    /// admitted by agreement alone only without it: a base form read as a verb ("Russian drone
    /// strikes on a shopping center ... kill at least 16"), or a later participle that can be the
    /// past tense ("M23 rebels clashed with Congolese troops": "clashed", not "rebels").
    fn verb_reading_elsewhere(&self, scratch: &TagScratch, out: &[u8], i: usize) -> bool {
        let tag = |j: usize| self.class(out[j]).1;
        let base_verb = (0..out.len()).any(|j| tag(j).as_str() == "VB" && (j == 0 || !matches!(tag(j - 1).as_str(), "TO" | "MD")));
        base_verb || (i + 1..out.len()).any(|j| tag(j).as_str() == "VBN" && scratch.keys[j].can_be_past)
    }

    /// [`VERBLESS_AGREEMENT`]: whether the subject before word `i` has a plural head: a plural
    /// noun (or "police") right before it, or a plural noun opening the sentence (after
    /// determiners, adjectives and numbers) followed by a prepositional phrase ("Citizens of
    /// North Macedonia").
    fn plural_head_before(&self, scratch: &TagScratch, out: &[u8], i: usize) -> bool {
        let x = |j: usize| self.class(out[j]).1;
        let plural = |j: usize| matches!(x(j).as_str(), "NNS" | "NNPS") || scratch.keys[j].lower == hash_lower("police");
        if i == 0 {
            return false;
        }
        if plural(i - 1) {
            return true;
        }
        let Some(head) = (0..i).find(|&j| !matches!(x(j).as_str(), "DT" | "JJ" | "CD")) else { return false };
        head + 2 < i && plural(head) && x(head + 1).as_str() == "IN" && (head + 2..i).all(|j| !matches!(x(j).as_str(), "CC" | "," | "VBG" | "VBN"))
    }

    /// [`VERBLESS_LONG_SUBJECT`]: whether everything before word `i` is one subject noun
    /// phrase as news headlines write it: nouns with determiners and modifiers, prepositional
    /// phrases after a noun, nouns coordinated by "and", comma-set appositions and "including"
    /// lists, participles after a noun ("A boat carrying 117 migrants"), then adverbs; its
    /// last word a noun, a pronoun or an adjective after a determiner or adjective ("The
    /// Israeli military").
    fn opens_with_long_subject(&self, scratch: &TagScratch, out: &[u8], i: usize, verb_reading: bool, bracketed: bool) -> bool {
        let x = |j: usize| self.class(out[j]).1;
        let mut j = i;
        while j > 0 && self.is_adverb_before_verb(scratch, out, j - 1) {
            j -= 1;
        }
        if j < 1 || scratch.keys[j - 1].hyphen_final {
            return false;
        }
        // A comma closing an apposition set off by an earlier one ("rains in Punjab, Pakistan,
        // kill"): the subject ends before it.
        let commas = (0..j).filter(|&m| x(m).as_str() == ",").count();
        if x(j - 1).as_str() == "," && commas % 2 == 0 && j >= 3 {
            j -= 1;
        }
        // Before a subordinate clause ([`MAIN_CLAUSE_VERB`]), a bracketed acronym after the head
        // is part of it ("The Syrian Observatory for Human Rights (SOHR) announces that").
        let mut h = j;
        if bracketed && x(j - 1).as_str() == "-RRB-" {
            if let Some(p) = (0..j - 1).rev().find(|&p| matches!(x(p).as_str(), "-LRB-" | "-RRB-")).filter(|&p| p >= 1 && p + 3 == j && x(p).as_str() == "-LRB-") {
                h = p;
            }
        }
        let last = x(h - 1);
        let head = match last.as_str() {
            "NN" | "NNS" | "NNP" | "NNPS" | "PRP" => true,
            // Only a lowercase head before a plural noun or base form read as the verb ("The
            // Israeli military issues", "carry out"; not "The Russian frigate Admiral Grigorovich").
            "JJ" => verb_reading && scratch.keys[h - 1].lowercase && h >= 2 && (matches!(x(h - 2).as_str(), "DT" | "JJ")),
            _ => false,
        };
        if !head || !matches!(x(0).as_str(), "DT" | "PDT" | "JJ" | "JJS" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "PRP$" | "VBN") {
            return false;
        }
        let mut seen_noun = false;
        for m in 0..j {
            let t = x(m);
            let ok = match t.as_str() {
                "DT" | "PDT" | "JJ" | "JJR" | "JJS" | "CD" | "POS" | "HYPH" | "PRP$" | "$" | "-LRB-" | "-RRB-" => true,
                // Adverbs only as a number's modifier ("Around 50,000 protestors"), not
                // after a verb the model missed ("steps down upon").
                "RB" => m + 1 < j && x(m + 1).as_str() == "CD",
                "NN" | "NNS" | "NNP" | "NNPS" | "PRP" => {
                    seen_noun = true;
                    true
                }
                "VBN" if m == 0 => true,
                // A participle after a comma is a clause of its own ("..., killing six and
                // leaving others missing"), but for "including".
                "VBG" | "VBN" if m > 0 && x(m - 1).as_str() == "," && scratch.keys[m].lower != hash_lower("including") => false,
                // After a noun: prepositions, "and", commas, participles.
                "IN" | "TO" | "CC" | "," | "VBG" | "VBN" => seen_noun && !is_clause_opener(scratch.keys[m].lower) && scratch.keys[m].lower != hash_lower("that"),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
        true
    }

    /// Whether word `i` is followed by what can follow a finite verb (not the end of the
    /// sentence, punctuation but a base form's comma, a possessive or a passive's "by").
    fn takes_complement(&self, scratch: &TagScratch, out: &[u8], i: usize) -> bool {
        let Some(&next) = out.get(i + 1) else { return false };
        let (u, x) = self.class(next);
        // A base form the model read as a verb may end its clause ("13 cars of a freight
        // train derail, forcing an evacuation").
        if self.class(out[i]).1.as_str() == "VB" && scratch.keys[i + 1].lower == hash_lower(",") {
            return true;
        }
        if u == Upos::Punct || matches!(x.as_str(), "POS" | "HYPH") || scratch.keys[i + 1].lower == hash_lower("by") {
            return false;
        }
        if x.as_str() == "CC" {
            return out.get(i + 2).is_some_and(|&p| self.class(p).1.as_str() == "VBN");
        }
        true
    }

    /// [`UNKNOWN_NAME`]: re-tags capitalised, non-initial common nouns unknown to training.
    fn unknown_names(&self, scratch: &TagScratch, out: &mut [u8]) {
        if self.disabled & UNKNOWN_NAME != 0 {
            return;
        }
        // In title case ("Lovely Cottage", headlines) capitals say nothing about names.
        let capitals = scratch.keys.iter().filter(|k| k.capitalised).count();
        if scratch.keys.iter().filter(|k| k.lowercase).count() <= capitals {
            return;
        }
        for i in 1..out.len() {
            let k = &scratch.keys[i];
            let (u, x) = self.class(out[i]);
            if k.capitalised && u == Upos::Noun && x.as_str() == "NN" && k.lex == NO_LEX && self.class(out[i - 1]).0 != Upos::Punct {
                if let Some(c) = self.class_of(Upos::Propn, "NNP") {
                    out[i] = c;
                }
            }
        }
    }

    /// Whether the clause around word `i` (between punctuation, clause openers and relative
    /// words) has a finite verb or modal other than word `i`.
    fn clause_has_finite_verb(&self, scratch: &TagScratch, out: &[u8], i: usize) -> bool {
        let boundary = |j: usize| self.is_boundary(scratch, out, j);
        let start = (0..i).rev().find(|&j| boundary(j)).map(|j| j + 1).unwrap_or(0);
        let end = (i + 1..out.len()).find(|&j| boundary(j)).unwrap_or(out.len());
        (start..end).any(|j| j != i && matches!(self.class(out[j]).1.as_str(), "VBZ" | "VBD" | "VBP" | "MD"))
    }

    /// [`MAIN_CLAUSE_VERB`]: the subordinating word before the sentence's first finite verb
    /// `f` that opens that verb's clause, when the main clause may lie before it: a clause
    /// opener read as a preposition needs the verb's subject right before the verb in the same
    /// stretch ("after security guards shoot", not "missing since the 1982 war, is"; "since
    /// March 6 increases"), and no second finite verb may follow the first without a
    /// subordinating word or "and" between them ("guards that were abducted ... are found":
    /// the second is the main verb).
    fn subordinate_clause_start(&self, scratch: &TagScratch, out: &[u8], f: usize) -> Option<(usize, MainClauseEnd)> {
        let x = |j: usize| self.class(out[j]).1;
        let finite = |j: usize| matches!(x(j).as_str(), "VBZ" | "VBD" | "VBP" | "MD");
        // "A car bombing kills at least 20 people and leaves 15 others wounded": a present-tense
        // verb right after "and" (or "and" and an adverb), without a subject of its own, is the
        // second verb of the main clause; the first has its form.
        let mut c = f;
        while c > 2 && x(c - 1).as_str() == "RB" {
            c -= 1;
        }
        let coordinated = c > 2 && x(c - 1).as_str() == "CC" && matches!(x(f).as_str(), "VBZ" | "VBP");
        let subordinator = (2..f).find(|&j| self.is_subordinator(scratch, out, j));
        // "The Egyptian cabinet confirms a drone has hit ...": the last word before the verb
        // that is a verb of saying read as a noun, lowercase, before the start of a noun phrase
        // with no base form read as a verb after it, ends the main clause.
        let reporting = || {
            let r = (1..f).rev().find(|&r| is_reporting_verb(scratch.keys[r].lower))?;
            let opens = matches!(x(r + 1).as_str(), "DT" | "PRP" | "PRP$" | "NNP" | "NNPS" | "CD" | "JJ" | "NN" | "NNS");
            let bare = (r + 1..f).any(|j| x(j).as_str() == "VB");
            (scratch.keys[r].lowercase && matches!(x(r).as_str(), "NNS" | "NN" | "VB") && opens && !bare).then_some(r + 1)
        };
        let (b, ending) = match subordinator {
            Some(b) => (b, MainClauseEnd::Subordinator),
            None if coordinated => (c - 1, MainClauseEnd::Coordinator { third_person: x(f).as_str() == "VBZ" }),
            None => (reporting()?, MainClauseEnd::ReportingVerb),
        };
        if ending == MainClauseEnd::Subordinator && !self.is_relative(scratch, out, b) && self.class(out[b]).0 != Upos::Sconj {
            let mut s = f;
            while s > b + 1 && x(s - 1).as_str() == "RB" {
                s -= 1;
            }
            // And a noun that can agree with it stands in the clause ("since the signing of the
            // Islamabad Memorandum are held" has none; "after emails between him and Jeffrey
            // Epstein are published" has).
            let agrees = |j: usize| match x(f).as_str() {
                "VBZ" => matches!(x(j).as_str(), "NN" | "NNP" | "PRP"),
                "VBP" => matches!(x(j).as_str(), "NNS" | "NNPS" | "PRP" | "CC") || scratch.keys[j].lower == hash_lower("police"),
                _ => true,
            };
            let subject = matches!(x(s - 1).as_str(), "NN" | "NNS" | "NNP" | "NNPS" | "PRP") && (b + 1..s).any(agrees);
            if !subject || (b + 1..f).any(|j| self.class(out[j]).0 == Upos::Punct) {
                return None;
            }
        }
        let mut last = f;
        for j in f + 1..out.len() {
            if self.is_subordinator(scratch, out, j) || x(j).as_str() == "CC" {
                break;
            }
            if finite(j) {
                last = j;
            }
        }
        (last == f).then_some((b, ending))
    }

    /// [`MAIN_CLAUSE_VERB`]: whether word `j` opens a subordinate clause: "that", a relative
    /// word, a subordinating conjunction or a clause opener ("after", "while").
    fn is_subordinator(&self, scratch: &TagScratch, out: &[u8], j: usize) -> bool {
        // A subordinating conjunction only as the word's usual tag ("whether"; not a verb the
        // model slipped on, "The M23 rebels announce they will").
        let conjunction = self.class(out[j]).0 == Upos::Sconj && scratch.keys[j].lex == out[j] as u64;
        self.is_relative(scratch, out, j) || conjunction || is_clause_opener(scratch.keys[j].lower)
    }

    /// [`MAIN_CLAUSE_VERB`]: whether word `j` is "that" or a relative (wh-) word.
    fn is_relative(&self, scratch: &TagScratch, out: &[u8], j: usize) -> bool {
        scratch.keys[j].lower == hash_lower("that") || matches!(self.class(out[j]).1.as_str(), "WDT" | "WP" | "WP$" | "WRB")
    }

    /// Whether word `j` ends a clause: punctuation, a subordinator, a relative word, a
    /// coordinator or a clause opener ("after").
    fn is_boundary(&self, scratch: &TagScratch, out: &[u8], j: usize) -> bool {
        let (u, x) = self.class(out[j]);
        u == Upos::Punct || u == Upos::Sconj || matches!(x.as_str(), "WDT" | "WP" | "CC") || is_clause_opener(scratch.keys[j].lower)
    }

    /// With [`SUBJECT_VERB`], when word `i` follows a comma that closes a comma-set phrase
    /// (an apposition or a "like ..." phrase) with no finite verb or clause boundary inside and
    /// a word before its opening comma, the index of that opening comma: the word before it
    /// is the phrase's anchor ("Greece, like most other existing members, plans").
    fn before_parenthetical(&self, scratch: &TagScratch, out: &[u8], i: usize) -> Option<usize> {
        let comma = |j: usize| self.class(out[j]).1.as_str() == ",";
        if i < 4 || !comma(i - 1) {
            return None;
        }
        let open = (1..i - 1).rev().find(|&j| self.is_boundary(scratch, out, j))?;
        let inside = open + 1..i - 1;
        let verbless = inside.clone().all(|j| !matches!(self.class(out[j]).1.as_str(), "VBZ" | "VBD" | "VBP" | "MD"));
        (comma(open) && !inside.is_empty() && verbless).then_some(open)
    }

    /// The class id of (UPOS, Penn tag), when the model has it.
    fn class_of(&self, u: Upos, x: &str) -> Option<u8> {
        self.classes.iter().position(|&(cu, cx)| cu == u && cx.as_str() == x).map(|c| c as u8)
    }

    /// The perceptron weights (for size reports).
    pub fn weights(&self) -> &Weights {
        &self.weights
    }
    /// The (UPOS, Penn tag) of a class id.
    pub fn class(&self, c: u8) -> (Upos, Xpos) {
        self.classes.get(c as usize).copied().unwrap_or_default()
    }

    /// Trains on `train` for up to `max_epochs`, keeping the epoch that tags `dev` best
    /// (or the last epoch when `dev` is empty). Returns the tagger and the dev accuracy per epoch.
    /// With non-empty `clusters`, the tagger also reads word clusters.
    #[allow(clippy::too_many_arguments)]
    pub fn train(
        train: &[&TreeSentence],
        dev: &[&TreeSentence],
        clusters: &Clusters,
        max_epochs: usize,
        min_updates: u32,
        word_dropout: f64,
        seed: u64,
    ) -> (Tagger, Vec<f64>) {
        let mut class_ids: HashMap<(Upos, Xpos), u8> = HashMap::new();
        let mut classes = Vec::new();
        let mut counts: HashMap<&str, HashMap<u8, u32>> = HashMap::new();
        let mut lower_counts: HashMap<u64, HashMap<u8, u32>> = HashMap::new();
        for s in train {
            for w in &s.words {
                let key = (w.upos, w.xpos);
                let id = *class_ids.entry(key).or_insert_with(|| {
                    classes.push(key);
                    (classes.len() - 1) as u8
                });
                *counts.entry(&w.form).or_default().entry(id).or_default() += 1;
                *lower_counts.entry(hash_lower(&w.form)).or_default().entry(id).or_default() += 1;
            }
        }
        assert!(classes.len() < 256, "more than 255 tag classes");
        let mut tagdict = KeyMap::default();
        for (form, cs) in &counts {
            let total: u32 = cs.values().sum();
            let (&best, &n) = cs.iter().max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c))).expect("non-empty");
            if total >= 20 && n as f64 / total as f64 >= 0.97 {
                tagdict.insert(hash_str(form), best);
            }
        }
        let mut lexicon = KeyMap::default();
        for (form, cs) in &lower_counts {
            let total: u32 = cs.values().sum();
            let (&best, _) = cs.iter().max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c))).expect("non-empty");
            if total >= 2 {
                lexicon.insert(*form, best);
            }
        }
        let gold: Vec<Vec<u8>> = train.iter().map(|s| s.words.iter().map(|w| class_ids[&(w.upos, w.xpos)]).collect()).collect();
        let keys: Vec<Vec<WordKeys>> = train
            .iter()
            .map(|s| {
                s.words
                    .iter()
                    .map(|w| {
                        let mut k = WordKeys::of(&w.form);
                        k.lex = lex_of(&lexicon, k.lower);
                        if !clusters.is_empty() {
                            k.cluster = clusters.get(k.lower);
                        }
                        k
                    })
                    .collect()
            })
            .collect();
        let clustered = !clusters.is_empty();
        let mut word_counts: HashMap<u64, u32> = HashMap::new();
        for k in keys.iter().flatten() {
            *word_counts.entry(k.lower).or_default() += 1;
        }
        let rare: std::collections::HashSet<u64> = word_counts.into_iter().filter(|p| p.1 < RARE_WORD).map(|p| p.0).collect();
        let mut masked: Vec<WordKeys> = Vec::new();
        let mut model = Perceptron::new(classes.len());
        let mut order: Vec<usize> = (0..train.len()).collect();
        let mut rng = Rng::new(seed);
        let mut feats = Vec::new();
        let mut scores = vec![0.0; classes.len()];
        let mut best: Option<(f64, Tagger)> = None;
        let mut curve = Vec::new();
        for _epoch in 0..max_epochs {
            rng.shuffle(&mut order);
            for &si in &order {
                // Word dropout: rare words sometimes lose their identity features, so that
                // context, affixes and the irregular-verb list learn to carry the decision
                // (a word seen only as a noun, like "shot", can still be tagged a verb).
                masked.clear();
                masked.extend_from_slice(&keys[si]);
                for k in masked.iter_mut() {
                    if word_dropout > 0.0 && rare.contains(&k.lower) && rng.next_f64() < word_dropout {
                        k.lower = UNKNOWN;
                        k.exact = UNKNOWN;
                        k.lex = lex_of(&lexicon, UNKNOWN);
                    }
                }
                let (ks, gs) = (&masked[..], &gold[si]);
                let (mut p1, mut p2) = (START, START + 1);
                for i in 0..ks.len() {
                    let guess = match tagdict.get(&ks[i].exact) {
                        Some(&c) => c as usize,
                        None => {
                            features(ks, clustered, i, p1, p2, &mut feats);
                            model.tick();
                            model.score(&feats, &mut scores);
                            let g = argmax(&scores);
                            model.update(gs[i] as usize, g, &feats);
                            g
                        }
                    };
                    p2 = p1;
                    p1 = guess as u64;
                }
            }
            let t = Tagger { classes: classes.clone(), tagdict: tagdict.clone(), lexicon: lexicon.clone(), weights: model.averaged(min_updates), clusters: clusters.clone(), disabled: 0 };
            let acc = if dev.is_empty() { 0.0 } else { t.accuracy(dev) };
            curve.push(acc);
            if best.as_ref().map(|b| acc >= b.0).unwrap_or(true) {
                best = Some((acc, t));
            }
        }
        (best.map(|b| b.1).unwrap_or_default(), curve)
    }

    /// Joint (UPOS and Penn tag) accuracy on gold-tokenized sentences.
    pub fn accuracy(&self, sents: &[&TreeSentence]) -> f64 {
        let mut scratch = TagScratch::default();
        let mut out = Vec::new();
        let (mut ok, mut n) = (0usize, 0usize);
        for s in sents {
            self.tag(s.words.iter().map(|w| w.form.as_str()), &mut scratch, &mut out);
            for (w, &c) in s.words.iter().zip(&out) {
                ok += (self.class(c) == (w.upos, w.xpos)) as usize;
                n += 1;
            }
        }
        ok as f64 / n.max(1) as f64
    }

    /// Writes the tagger into a model file.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.classes.len() as u32);
        for (u, x) in &self.classes {
            w.u32(u.index() as u32);
            w.u32(x.0 as u32);
        }
        let mut dict: Vec<(u64, u8)> = self.tagdict.iter().map(|(k, v)| (*k, *v)).collect();
        dict.sort();
        w.u64s(&dict.iter().map(|d| d.0).collect::<Vec<_>>());
        w.bytes(&dict.iter().map(|d| d.1).collect::<Vec<_>>());
        let mut lex: Vec<(u64, u8)> = self.lexicon.iter().map(|(k, v)| (*k, *v)).collect();
        lex.sort();
        w.u64s(&lex.iter().map(|d| d.0).collect::<Vec<_>>());
        w.bytes(&lex.iter().map(|d| d.1).collect::<Vec<_>>());
        self.weights.write(w);
    }

    /// Reads a tagger written by [`Tagger::write`].
    pub fn read(r: &mut Reader) -> Result<Tagger, ModelError> {
        let n = r.u32()? as usize;
        let mut classes = Vec::with_capacity(n.min(256));
        for _ in 0..n {
            let u = *Upos::ALL.get(r.u32()? as usize).ok_or_else(|| ModelError::Corrupt("bad UPOS id".into()))?;
            classes.push((u, Xpos(r.u32()? as u8)));
        }
        let keys = r.u64s()?;
        let vals = r.bytes()?;
        if keys.len() != vals.len() {
            return Err(ModelError::Corrupt("tag dictionary sizes disagree".into()));
        }
        let tagdict = keys.into_iter().zip(vals.iter().copied()).collect();
        let keys = r.u64s()?;
        let vals = r.bytes()?;
        if keys.len() != vals.len() {
            return Err(ModelError::Corrupt("tag lexicon sizes disagree".into()));
        }
        let lexicon = keys.into_iter().zip(vals.iter().copied()).collect();
        let weights = Weights::read(r)?;
        Ok(Tagger { classes, tagdict, lexicon, weights, clusters: Clusters::default(), disabled: 0 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::conllu::parse;

    fn treebank() -> Vec<TreeSentence> {
        let sents = [
            "The/DET/DT dog/NOUN/NN barks/VERB/VBZ ./PUNCT/.",
            "A/DET/DT cat/NOUN/NN sleeps/VERB/VBZ ./PUNCT/.",
            "Dogs/NOUN/NNS bark/VERB/VBP loudly/ADV/RB ./PUNCT/.",
            "The/DET/DT fighter/NOUN/NN shot/VERB/VBD down/ADP/RP the/DET/DT balloon/NOUN/NN ./PUNCT/.",
            "Blinken/PROPN/NNP met/VERB/VBD the/DET/DT minister/NOUN/NN ./PUNCT/.",
            "They/PRON/PRP shot/VERB/VBD the/DET/DT drone/NOUN/NN ./PUNCT/.",
        ];
        let mut text = String::new();
        for s in sents {
            for (i, tok) in s.split(' ').enumerate() {
                let p: Vec<&str> = tok.split('/').collect();
                text.push_str(&format!("{}\t{}\t_\t{}\t{}\t_\t0\troot\t_\t_\n", i + 1, p[0], p[1], p[2]));
            }
            text.push('\n');
        }
        parse(&text, "tiny").0
    }

    #[test]
    fn learns_a_tiny_treebank_and_round_trips() {
        let tb = treebank();
        let refs: Vec<&TreeSentence> = tb.iter().collect();
        let (t, curve) = Tagger::train(&refs, &refs, &Clusters::default(), 8, 1, 0.0, 3);
        assert_eq!(curve.len(), 8);
        assert_eq!(t.accuracy(&refs), 1.0, "the tagger should fit its training data");
        let mut w = Writer::default();
        t.write(&mut w);
        let bytes = w.into_inner();
        let t2 = Tagger::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(t2.accuracy(&refs), 1.0);
        let mut scratch = TagScratch::default();
        let mut out = Vec::new();
        t2.tag(["The", "dog", "shot", "the", "cat", "."].into_iter(), &mut scratch, &mut out);
        assert_eq!(t2.class(out[1]).0, Upos::Noun);
        assert_eq!(t2.class(out[2]).1.as_str(), "VBD");
    }

    #[test]
    fn truncated_model_is_an_error() {
        let tb = treebank();
        let refs: Vec<&TreeSentence> = tb.iter().collect();
        let (t, _) = Tagger::train(&refs, &[], &Clusters::default(), 2, 1, 0.25, 3);
        let mut w = Writer::default();
        t.write(&mut w);
        let bytes = w.into_inner();
        assert!(Tagger::read(&mut Reader::new(&bytes[..bytes.len() / 2])).is_err());
    }

    #[test]
    fn plural_counts_are_numbers_above_one_but_not_years() {
        for w in ["15", "1,200", "2.5", "two", "dozens", "2,024"] {
            assert!(is_plural_count(w), "{w}");
        }
        for w in ["1", "one", "2024", "1990", "Two", "15th", "1.0"] {
            assert!(!is_plural_count(w), "{w}");
        }
    }

    #[test]
    fn reporting_verbs_have_their_present_forms() {
        for w in ["announces", "confirms", "denies", "says", "say", "warn", "claims", "Announces"] {
            assert!(is_reporting_verb(hash_lower(w)), "{w}");
        }
        for w in ["announcement", "deny's", "rules", "strikes"] {
            assert!(!is_reporting_verb(hash_lower(w)), "{w}");
        }
    }
}
