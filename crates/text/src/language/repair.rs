//! Repairs of a finished parse: configurations the greedy parser produces on news text that a
//! UD English tree (almost) never has, each rewritten to the tree the annotation guidelines give.
//!
//! Each repair is one bit of a mask ([`BARE_OBJECT`], [`FINITE_CONJUNCT_ROOT`],
//! [`HEADED_PREPOSITION`], [`FINITE_CONJUNCT_ATTACHMENT`], [`OBJECT_OF_CONJUNCT`],
//! [`REPORTING_SUBJECT`], [`NAME_RECIPIENT`],
//! [`REPORTED_CLAUSE_DEPENDENT`], [`SUBORDINATE_SUBJECT`], [`SHIFTED_OBJECT`],
//! [`ATTRIBUTIVE_ADJECTIVE`], [`OBJECT_BEFORE_ADVERBIAL`], [`NOMINAL_CONJUNCT`], [`TIME_SUBJECT`],
//! [`PASSIVE_AGENT`], [`DOUBLE_SUBJECT`], [`COORDINATED_ADJECTIVES`], [`REPORTING_CONJUNCT`],
//! [`PARTICLE_AFTER_OBJECT`], [`HYPHENATED_PARTICIPLE`], [`FINITE_CLAUSE_ROOT`],
//! [`MEASURED_SUBORDINATE`], [`LIST_SUBJECT`], [`PAST_TENSE_ROOT`], [`COORDINATED_PAST_CLAUSE`], [`ADJECTIVE_BEFORE_OBJECT`], [`AGENT_ATTACHMENT`],
//! [`PAST_CONJUNCT_OF_NONFINITE`], [`PREDICATE_ATTACHMENT`], [`RELATIVE_SUBJECT_VERB`],
//! [`THAT_CLAUSE_ATTACHMENT`], [`SUBORDINATOR_OBJECT`],
//! [`COUNTED_PARTICIPLE`], [`UP_TO_COUNT`], ..., [`THAT_CLAUSE_OF_SAYING`], [`NAMING_COMPLEMENT`], [`LEADING_DEMONYM`], [`CONTACT_CLAUSE_ROOT`], [`PARENTHESIS_SUBJECT`], [`WHETHER_INFINITIVE`],
//! [`STRANDED_SUBJECT`], [`PERCENT_MODIFIER`],
//! [`PARTICIPLE_ON_OBJECT`], [`SUBORDINATE_AUXILIARY`], [`CONTROLLING_OBLIQUE`]);
//! [`super::parser::Parser::disable_repairs`] turns bits off for measuring them (`repair_effects`
//! in tests/language_model.rs counts, per repair, the words fixed and broken against EWT and
//! GUM gold trees and how often it fires on news).
use super::WordAnalysis;
use detente_core::{DepRel, Upos, Xpos};

/// A set of repairs, one bit each (the constants below); [`ALL_REPAIRS`] has every bit set.
pub type RepairMask = u64;

/// Every repair's bit, for turning them all off.
pub const ALL_REPAIRS: RepairMask = RepairMask::MAX;

/// A bare noun or name labeled `obl` (no case marker) after a verb that has no object becomes
/// that verb's `obj` when it follows the verb directly (only its own dependents in between, no
/// comma) and the verb has no clausal complement and is not passive. In EWT train a nominal
/// `obl` under a verb lacks a case marker 7 times against 6,118 with one; bare temporal nominals
/// are `obl:unmarked` there, and words naming a time ("Monday", "last week") are left alone.
/// ("Blinken met Israeli prime minister Benjamin Netanyahu": "Benjamin" obl → obj.) So does a
/// nominal labelled `obl:agent` with no case marker ("Venezuela has banned opposition leader Juan
/// Guaido from holding office": an agent takes "by").
pub const BARE_OBJECT: RepairMask = 1;
/// A finite verb attached as `conj` of a nominal root, with no subject of its own and no
/// coordinating conjunction (nor a noun's dependent: case marker, determiner, compound), and
/// the sentence's only finite verb, becomes the root and the nominal its `nsubj` ("The Native
/// American Rights Fund, on behalf of ..., file a lawsuit").
pub const FINITE_CONJUNCT_ROOT: RepairMask = 2;
/// A preposition parsed as the head of its phrase (`nmod`/`obl` on the preposition, the noun
/// below it) becomes the `case` of the phrase's highest nominal, which takes its place ("held
/// bilateral discussions with the Somali President Mohamed ...": "with" nmod, "the" under
/// "with", "Mohamed" under "the" → "Mohamed" nmod, "with" case, "the" det).
pub const HEADED_PREPOSITION: RepairMask = 4;
/// A coordinated finite verb (`conj` with its own `cc`, no subject of its own) hung on a noun
/// inside the first clause moves to that clause's verb: the nearest finite verb above the noun,
/// before the conjunct, with the same Penn tag ("The Supreme Court overturns a sentence imposed
/// by a court against singer Amir Tataloo and confirms his death sentence": "confirms" under
/// "Amir" → conj of "overturns").
pub const FINITE_CONJUNCT_ATTACHMENT: RepairMask = 8;
/// A second object hung on a verb that already has one, across a coordinated verb that
/// directly precedes it and has no object of its own, moves to that verb ("... to protect
/// elephant corridors, identify ..., and prohibit groups from using fire": "groups" obj of
/// "protect" → obj of "prohibit").
pub const OBJECT_OF_CONJUNCT: RepairMask = 16;
/// A finite verb of saying (`dictionaries/language/reporting_verbs.txt`) with no subject, right
/// after a coordination of nominals it does not govern, takes as its subject the conjuncts from the
/// last one a comma opens, and becomes the root with the reported clause its `ccomp`, as the
/// parser attaches "..., officials said" ("pounded ..., killing at least five people, opposition
/// activists and a war monitor reported": "activists" conj of "people" → nsubj of "reported").
pub const REPORTING_SUBJECT: RepairMask = 32;
/// After a verb of giving (`dictionaries/language/recipient_verbs.txt`) with no indirect object, a
/// name followed by an amount parsed as one object ("gave the Ivory Coast 5.1 million dollars")
/// is two: the name the `iobj`, the amount's phrase the `obj`.
pub const NAME_RECIPIENT: RepairMask = 64;
/// A verb of saying after its reported clause ("..., a senior police officer said") governs
/// nothing between that clause and the comma before its subject: a dependent there moves to the
/// reported clause's verb ("A court has issued arrest warrants for two Brazilian men sought in
/// ..., a senior Guyanese police officer said": "men" obl of "said" → obl of "issued"). A reported
/// clause headed by an adjective taking a verb ("is willing to provide Brazil with up to $1.5
/// billion ..., an official said") gives the dependent to that verb ("$" → obl of "provide").
pub const REPORTED_CLAUSE_DEPENDENT: RepairMask = 128;
/// A finite verb with no subject, directly after a noun phrase opened by a word that is both a
/// preposition and a subordinator (`dictionaries/language/subordinating_prepositions.txt`), takes
/// that noun phrase as its subject and the word as its `mark`: an adverbial clause of the verb
/// above the phrase ("Police were sent to the Maldives after the Maldivian military seized a
/// ship": "military" obl of "sent" → nsubj of "seized", "after" its mark). Only a verb the parser
/// attached as `advcl` or `parataxis`: a `conj` shares its first conjunct's subject, a reading the
/// parser chose and the repair keeps ("used tear gas as around one hundred people staged a
/// protest" stays as parsed; taking those too cost our gold set an event), except a `conj` with
/// no conjunction after a marker of time with no comma before it, which no coordination has
/// ("will lift sanctions on Belarus's national airline Belavia after Minsk freed 52 prisoners").
pub const SUBORDINATE_SUBJECT: RepairMask = 256;

/// An object the parser hung on a bare noun of a prepositional phrase right after the verb
/// moves to the verb, when the verb has no object: English shifts a heavy object after a short
/// oblique ("has freed on bail two ex-ministers", "signs into law a measure", "put on hold
/// US$14 billion of arms sales"), and a bare singular noun with only its preposition takes no
/// object. The object's phrase must open right after the noun with a determiner, number or
/// possessive, so a name compound ("in northeast Syria") is left alone.
pub const SHIFTED_OBJECT: RepairMask = 512;

/// An adjective the parser made a verb's predicative complement (`xcomp`) right after the verb,
/// with a noun phrase after it as its own dependent, is that noun phrase's modifier, and the
/// phrase is the verb's object, or the adjective alone joins the verb's object after it
/// ("called Russian Foreign Minister Sergey Lavrov"; "accuses Russian President Vladimir Putin of plotting",
/// "released former Vice President Amado Boudou": "Russian" xcomp of "accuses" with "Vladimir"
/// its nsubj → "Vladimir" obj, "Russian" amod of "President"). A predicative adjective follows
/// the object it describes ("declared him dead"); one before a noun phrase with a name that it
/// heads is the phrase's attribute. Only when the verb has no object and is not passive, and
/// the phrase opens with a nominal, adjective, determiner or number (no preposition).
pub const ATTRIBUTIVE_ADJECTIVE: RepairMask = 1024;

/// A noun phrase right after a verb with no object, taken by the parser as the subject of a
/// participle clause (`advcl`, no auxiliary, marker or conjunction) that hangs on that same
/// verb, is the verb's object: the clause modifies the verb, and its subject would sit between
/// the verb and its own clause ("voted to remove chief prosecutor Karim Ahmad Khan following
/// allegations", "have launched further airstrikes on ISIL fighters still holding out":
/// "Karim", "airstrikes" nsubj of "following", "holding" → obj of "remove", "launched"). An
/// absolute clause has its "with" ("with police identifying three men"); a participle used as
/// an adjective ("following reported attacks affecting") takes no object.
pub const OBJECT_BEFORE_ADVERBIAL: RepairMask = 2048;

/// The last conjunct of a list of objects, hung by the parser on the verb as a coordinated
/// verb, joins the list: a noun with its own "and"/"or" (and no preposition) attached as `conj`
/// of an active verb whose object before it already has conjuncts is that object's conjunct
/// ("launched artillery, mortar, and rocket fire against ...": "fire" conj of "launched" → conj
/// of "artillery"; "provides military intelligence, surveillance aircraft, and logistical
/// assistance"). A noun coordinates with nouns, a verb with verbs.
pub const NOMINAL_CONJUNCT: RepairMask = 4096;

/// A bare noun naming a time (`dictionaries/language/time_nouns.txt`: "Monday", "last week")
/// that the parser made a verb's subject is a temporal modifier (`obl:unmarked`) when the verb
/// already has another subject ("a Zimbabwean court on Tuesday freed", "Denmark last week
/// announced") or the noun follows the verb ("..., German officials said Monday", "Trump said
/// Wednesday that ..."): a clause has one subject, and an English subject follows its verb only
/// in inversions, which a time word does not take. A time word opening its clause keeps its
/// reading ("The second day of talks begins").
pub const TIME_SUBJECT: RepairMask = 8192;

/// A "by" phrase the parser hung on a name that is an oblique of a passive verb is the verb's
/// agent (`obl:agent`) when the verb has none: a place or party name takes no "by" modifier,
/// while a passive names its doer after its obliques ("hostages are handed over to Israel by
/// Hamas": "Hamas" nmod of "Israel" → obl:agent of "handed"). A common noun keeps its "by"
/// phrase ("killed in an attack by militants"), and a verb with a "by" phrase of its own keeps it.
pub const PASSIVE_AGENT: RepairMask = 16384;

/// Two nominal subjects of one verb, both before it with nothing but the second's words after
/// the first, are one subject: a clause has one subject. With "and"/"or" between them they are
/// coordinated ("U.S. special forces and Iraqi troops carried out": "troops" nsubj → conj of
/// "forces", the "and" its cc); with a noun or adjective of the second next, the first modifies
/// the phrase that follows it ("Russia's defence ministry denied": "defence" nsubj → compound
/// of "ministry"; "NATO Secretary General Jens Stoltenberg commended": "NATO" → compound of
/// "Jens"). Time words are left to [`TIME_SUBJECT`], which runs first.
pub const DOUBLE_SUBJECT: RepairMask = 32768;

/// Two adjectives joined by "and"/"or" that open a noun phrase ("Egyptian and Sudanese forces
/// began", "Ukrainian and Moldovan border police dismantled"), where the parser made the first the
/// head of the phrase or of the clause and the second a modifier of the noun, both modify the
/// noun: the first is its `amod`, the second the first's `conj` with the "and" its `cc`, as UD
/// coordinates modifiers. The word that hung on the first adjective on the way to the noun (the
/// noun itself, or the clause's verb) takes the adjective's place in the tree. Only when the
/// first adjective opens the sentence or follows a determiner or preposition, and only words of
/// the noun's own phrase stand between the second adjective and the noun. So too when the parser
/// hung the first on the noun's own head ("Kyrgyz and Tajik troops clashed": "Kyrgyz" amod of
/// "clashed") or read the second as a name in a compound ("Tajik" PROPN).
pub const COORDINATED_ADJECTIVES: RepairMask = 65536;

/// A verb of saying (`dictionaries/language/reporting_verbs.txt`) with its own subject, after a
/// comma, closing the sentence, that the parser made a `conj` of the root without a conjunction
/// ("Erdogan discussed the situation ... with Putin in a telephone call, his office said") is the
/// root, and the clause before it its reported clause (`ccomp`), as the parser attaches
/// "..., officials said" elsewhere: two main clauses are joined by a conjunction, and a clause
/// with only a comma before a subject and a verb of saying is what that verb reports.
pub const REPORTING_CONJUNCT: RepairMask = 131072;

/// "over", "back", "off", "up" or "down" right after a verb's object, hung on that object, is the
/// verb's particle (`compound:prt`, RP) and the phrase it governs the verb's oblique: English
/// puts a particle after a short object ("handed former President Rodrigo Duterte over to the
/// ICC", "called the talks off"), and a name or noun phrase takes no such adverb of its own.
/// Only before a preposition, a comma, colon or stop, or the sentence's end.
pub const PARTICLE_AFTER_OBJECT: RepairMask = 262144;

/// A past participle joined by a hyphen to the nominal before it ("U.S.-brokered",
/// "Iranian-backed", "Mogadishu-based") that the parser made a clause taking the noun after it as
/// its object is that noun's modifier (`amod`), and the noun takes the participle's place: a
/// hyphenated participle is one adjective-like word, the nominal before the hyphen its oblique,
/// as in EWT ("US-based company", "Washington-based group": VBN amod). Only when no determiner
/// opens the noun's phrase, and the participle stood where a noun phrase may (an argument of a
/// verb, or a clausal complement of a verb with no object, which becomes its object). So is an
/// "-ing" form joined to a nominal, adjective or adverb right before the noun ("lifted
/// long-standing sanctions against Sudan", "oil-producing countries"), not to a prefix
/// ("re-imposing sanctions").
pub const HYPHENATED_PARTICIPLE: RepairMask = 524288;

/// A finite verb (past or present tense) that the parser hung on a nominal root as a plain
/// clausal modifier (`acl`), with no subject, marker, auxiliary, conjunction or case marker of
/// its own, and the sentence's first finite verb, is the root and the nominal its subject ("A
/// court in military-ruled Myanmar sentenced deposed leader Aung San Suu Kyi ...": "sentenced"
/// acl of "court" → root, "court" nsubj): a clausal modifier of a noun is a participle or an
/// infinitive, and a finite clause on a noun is a relative clause, which has its relativizer.
pub const FINITE_CLAUSE_ROOT: RepairMask = 1048576;

/// A time noun that the parser made the subject of a finite verb while it holds the verb's real
/// subject in an "after"/"before" phrase ("two days after Iranian missiles and drones hit targets":
/// "days" nsubj of "hit", "missiles" its nmod) measures a subordinate clause: the nominal in the
/// phrase is the verb's subject, "after"/"before" its marker, the time noun a bare modifier
/// (`obl:unmarked`), and a verb the parser had as a conjunct becomes an adverbial clause.
pub const MEASURED_SUBORDINATE: RepairMask = 2097152;

/// A list of names ending in a finite verb that the parser hung on one of its items ("The
/// European Union, Britain, the United States and Canada imposed ...": "States" an apposition of
/// "Union", "imposed" a conjunct or clausal modifier of "States") is that verb's subject: the only finite verb, with
/// no subject, conjunction or noun dependents of its own, becomes the root, the list's first
/// nominal its subject and every apposition in the list a conjunct.
pub const LIST_SUBJECT: RepairMask = 4194304;

/// A regular verb tagged past participle and hung as a clausal modifier (`acl`) on the
/// sentence's nominal root or a noun inside it, in a sentence with no finite verb outside the
/// participle's clause, is the past tense and the root, with the nominal its subject, when it
/// cannot be a passive reduced relative: it has an object ("African leaders signed a pact"), or
/// it is a verb that takes no passive (`dictionaries/language/unpassivized_verbs.txt`:
/// "Tens of thousands of Slovaks rallied", "the opposition called on X to resign").
pub const PAST_TENSE_ROOT: RepairMask = 8388608;

/// A "by" phrase naming the agent of a passive verb, attached elsewhere, goes to the passive
/// verb as `obl:agent` when it has none: "by" taken for the marker of a clause headed by a noun
/// ("was received by Chinese President Xi Jinping in Beijing on ... visit": "by" mark, "Xi" nsubj
/// of "visit"); "by" under the passive's secondary predicate or an infinitive inside it ("was
/// shot dead by a gunman", "were found guilty of conspiracy to commit subversion by a court");
/// "by" under a place in an "at" phrase of the passive ("was welcomed at the airport by Iraqi
/// Prime Minister ..."; an "in" phrase may name an act with its doer, "killed in an attack by
/// militants", see [`PASSIVE_AGENT`]). A "by" phrase with a number or a gerund is left alone.
pub const AGENT_ATTACHMENT: RepairMask = 16777216;

/// A past-tense verb coordinated ("and") with a base form or gerund ("warned Lithuania it would
/// pay a price for letting Taiwan open an office, and downgraded diplomatic relations"): a past
/// form cannot be a conjunct of "open" (nor share "would" with "pay"), so it is a conjunct of the
/// nearest past-tense verb above ("warned"), and a participle tag on it (no auxiliary of its
/// own) is the past tense.
pub const PAST_CONJUNCT_OF_NONFINITE: RepairMask = 33554432;

/// An adjective right after a verb's object that is a name or personal pronoun, hung on the
/// object as a list item, apposition, conjunct without a coordinator, dependent or modifier
/// ("found Donald Trump guilty on all 34 counts": "guilty" a `list` of "Donald"), is the
/// object's secondary predicate: an `xcomp` of the verb, as UD attaches "found him guilty". A
/// common noun may take an adjective after it ("the people responsible", "a contract worth"),
/// and an adjective after a comma or before its noun is left alone.
pub const PREDICATE_ATTACHMENT: RepairMask = 67108864;

/// A simple past with an object, hung as a clausal modifier on a noun inside the prepositional
/// phrases of a participle that has a subject but no auxiliary, or as an unmarked adverbial
/// clause or conjunct of that participle, is the clause's verb: the participle opened a reduced
/// relative on the subject ("Ukrainian drones smuggled into Russia in lorries struck more than 40
/// warplanes": "struck" an `acl` of "lorries"; "Troops deployed near the border attacked a
/// village": "attacked" an `advcl`). The past takes the participle's place, the subject becomes
/// its subject and the participle an `acl` of the subject.
pub const RELATIVE_SUBJECT_VERB: RepairMask = 134217728;

/// A finite clause marked by "that", hung as a `ccomp` on a verb after it though another verb
/// stands right before the "that" (only that verb's own dependents between), is that verb's
/// complement: the parser gave both clauses to the closing reporting verb ("Turkey demanded
/// that Israel halt its attacks, Foreign Minister Hakan Fidan said": "halt" a `ccomp` of
/// "said" → of "demanded"). A that-clause never reaches past the verb that precedes it. A
/// "that" read as the closing verb's pronoun object right before such a clause becomes its
/// `mark` first ("demanded in Beijing that China stop ..., officials said").
pub const THAT_CLAUSE_ATTACHMENT: RepairMask = 268435456;

/// A subordinator "that" (SCONJ) the parser made the object of the verb before it, with a
/// subject and a verb after it in its subtree, is the `mark` of that clause, which is the verb's
/// `ccomp`: a subordinator is never an object ("demanded that it stop releasing treated
/// wastewater": "that" obj of "demanded", "it" its dependent, "stop" under "it" → "stop" ccomp
/// of "demanded", "it" its nsubj, "that" its mark). Only when the words between "that" and the
/// clause's verb (a finite or bare form; participles between may modify the subject) all lie in
/// its subtree, hold no auxiliary or relative word, and one nominal or pronoun heads them.
pub const SUBORDINATOR_OBJECT: RepairMask = 536870912;

/// A cardinal the parser made the head of its noun phrase, with a participle right after it that
/// governs a plural noun, counts that noun: the noun takes the number's place, the number is its
/// `nummod` and the participle its `amod` ("agreed to release five detained Americans": "five"
/// obj, "detained" acl of "five", "Americans" obj of "detained" → "Americans" obj, "five" nummod,
/// "detained" amod). A participle between a number and a plural noun modifies the noun, as UD
/// annotates "two wounded soldiers". Only when the noun is the participle's object and its only
/// dependent, and the words between them are the noun's own ("six wounded in Israeli attacks" keeps
/// its oblique). Also the number read as the subject of a past form right after a verb with no
/// object ("returned 30 looted antiquities": "30" nsubj of "looted") counts the noun, which is
/// that verb's object.
pub const COUNTED_PARTICIPLE: RepairMask = 2147483648;

/// "up to" before a number in a plural noun phrase after a verb with no object bounds the number
/// (UD: "up" `advmod` of the number, "to" its `fixed`), and the phrase is the verb's object, when
/// the parser read "up" as the verb's particle and "to" as the phrase's preposition ("has begun
/// deporting up to 10,000 undocumented Haitians a week": "Haitians" obl → obj). Only a plural
/// common noun or name counted by the number, not a unit of time ("lasting up to 2 minutes"); a
/// passive verb is left alone.
pub const UP_TO_COUNT: RepairMask = 1 << 32;

/// Widens [`SUBORDINATE_SUBJECT`] to a finite verb without subject or marker that the parser
/// attached as a clausal complement (`ccomp`, `xcomp`) or as `dep` or `punct`: after a noun
/// phrase opened by a subordinating word read as its preposition, the verb is that phrase's
/// clause ("Japan lifted restrictions ... as leaders of the two countries met in Tokyo": "met"
/// ccomp of "lifted" → advcl with "leaders" its nsubj; "NATO said it was sending ships ... as
/// Russia massed troops"). A complement with neither subject nor "that" after such a phrase has
/// lost its subject to the phrase. A `ccomp` or `xcomp` subject that holds the phrase
/// ("restrictions on exports ... as leaders ... met": "restrictions" nsubj of "met") goes back to
/// the verb above as its object when that verb, before it, has none; when the verb above comes
/// after it (a closing verb of saying), to the nearest verb before it ("lodged a strong protest
/// through diplomatic channels after a Chinese navy helicopter flew ..., the ministry said").
pub const SUBORDINATE_COMPLEMENT: RepairMask = 1 << 33;

/// A noun phrase the parser hung as a clausal complement (`ccomp`) on a verb of saying after its
/// reported clause ("..., U.S. officials said") is the object of the verb right before it in that
/// clause: a nominal with no subject, copula or marker of its own is no clause ("A Mexican drug
/// cartel kidnapped four Americans who had driven ..., U.S. and Mexican officials said":
/// "Americans" ccomp of "said" → obj of "kidnapped"; "a convoy that also evacuated 31 premature
/// babies, the agency said"). Only when the phrase's words are all its own, the verb stands right
/// before it (adverbs, a particle and participles between: "knocked out Ukraine's largest mobile
/// operator", "will free detained Americans", whose participle becomes the noun's `amod`), has no
/// object, is not passive and lies before the verb of saying.
pub const REPORTED_CLAUSE_OBJECT: RepairMask = 1 << 34;

/// Widens [`SUBORDINATE_SUBJECT`] to a past or present tense the parser hung as a plain clausal
/// modifier (`acl`) of a noun, with no subject, relative word, marker or auxiliary of its own:
/// after a noun phrase opened by a subordinating word read as its preposition, the verb is that
/// phrase's clause ("was in a serious but stable condition after a 71-year-old man shot him five
/// times": "shot" acl of "condition", "man" under "after" → "shot" advcl with "man" its nsubj).
/// A clause on a noun is a participle, an infinitive or a relative clause with its relativizer;
/// a finite verb with none of these is a clause of its own. Also when the noun it hangs on is
/// the phrase's own ("after a Chinese military surveillance plane entered its airspace":
/// "entered" acl of "plane", the phrase read without it), and a past tense read as an adjective
/// (`amod`) on the noun right after it, which becomes its object ("after the military seized
/// power": "seized" amod of "power" → advcl, "power" its obj).
pub const SUBORDINATE_MODIFIER: RepairMask = 1 << 35;

/// A past form the parser hung as a conjunct of an earlier verb, right after a noun inside that
/// verb's phrase (no comma between), with no subject, auxiliary, object, coordinator or
/// subordinator of its own and an oblique marked "from" or "by" after it (the origin, or the
/// agent of a passive), is a reduced relative clause on that noun: an `acl` tagged past
/// participle ("China launched an investigation into brandy imported from the European Union":
/// "imported" conj of "launched" → acl of "brandy"). Moved from the event coder's repairs.
/// Also a past form whose subject the parser made the common noun right before it, that noun's
/// phrase right after a verb with no object (only its particle or adverb between) and no "and"
/// or comma before the past form: the noun is the verb's object ("Russia handed back three
/// Ukrainian navy vessels seized a year ago": "vessels" obj of "handed", "seized" its acl).
pub const REDUCED_RELATIVE_CONJUNCT: RepairMask = 1 << 36;

/// An "-ing" form the parser made an adverbial clause (`advcl`) of a verb, right after that
/// verb's object noun (no comma between), with no subject, object, auxiliary, marker,
/// coordinator or complement of its own and an agent marked "by" after it, is a noun heading the
/// object: it becomes the `obj` (NOUN, NN), the noun before it its `compound` and the "by" phrase
/// its `nmod` ("Swiss prosecutors are investigating suspected money laundering by Lebanon's
/// central bank governor": "laundering" advcl → obj, "money" compound). Moved from the event
/// coder's repairs.
pub const GERUND_OBJECT: RepairMask = 1 << 37;

/// A noun with its own "and"/"or" (and no preposition, subject or copula of its own), a name or
/// a noun with a determiner, number, modifier or possessor (a bare noun may be a verb the tagger
/// misread: "gather in Madrid and calls for ..."; so may one with a verb conjunct of its own),
/// that the parser hung as a `conj` of a verb, right after a nominal argument of that verb (its object or
/// oblique, whose phrase ends just before the conjunction), is that nominal's conjunct: a noun
/// coordinates with nouns, a verb with verbs, and the shared preposition or verb governs both
/// ("Russia called on the United States and the European Union to lift sanctions": "Union" conj
/// of "called" → conj of "States"). Widens [`NOMINAL_CONJUNCT`], which needs the object to be a
/// list already.
pub const ARGUMENT_CONJUNCT: RepairMask = 1 << 38;

/// Widens [`FINITE_CLAUSE_ROOT`] to a finite verb hung as the `acl` of a noun inside the nominal
/// root's phrase (reached through `nmod` and `conj` links, no punctuation between the root and the
/// verb): the verb is the root and the root nominal its subject ("A flotilla of 11 Chinese and
/// Russian warships sailed near ...": "sailed" acl of "warships"; "Colombia's government and the
/// ... guerrillas opened peace talks": "opened" acl of "guerrillas", "government" nsubj with its
/// conjunct). Same conditions: the sentence's first finite verb, with no subject, marker,
/// auxiliary, conjunction or case marker of its own.
pub const NESTED_CLAUSE_ROOT: RepairMask = 1 << 39;

/// A verb of saying (`dictionaries/language/reporting_verbs.txt`) with no subject, at the root or
/// hung on the clause before it, closing the sentence after a noun phrase that a comma opens and
/// that the parser hung as an apposition of a noun of that clause, takes the noun phrase as its
/// subject and the clause before it as its reported clause ("The Taliban promised to allow girls
/// to return to school in March, a spokesman for the ministry of education said": "spokesman"
/// appos of "March" → nsubj of "said"; "..., White House spokeswoman Jen Psaki said on Monday":
/// "said" acl of "atrocities" → root). An apposition renames the noun before it; it takes no
/// verb of its own after it.
pub const REPORTING_APPOSITION: RepairMask = 1 << 40;

/// A finite verb with no subject, marker, auxiliary or relative word of its own that the parser
/// hung as the `acl` of the object of a verb of saying (`reporting_verbs.txt`) with no clausal
/// complement is that verb's reported clause, the object its subject, when the verb is a past
/// tense and not a participle on the noun (it governs an object or complement, or takes no
/// passive: `unpassivized_verbs.txt`): "said" takes a clause with "that" left out ("said the kingdom's position on any normalisation with Israel remained tied
/// to ...": "remained" acl of "position" → ccomp of "said", "position" its nsubj). A clause on a
/// noun is a participle, an infinitive or a relative clause with its relativizer.
pub const REPORTED_CLAUSE_SUBJECT: RepairMask = 1 << 41;

/// A common noun the parser gave both a subject before it and an object after it, with no
/// determiner, possessor, case marker, copula or adjective of its own, is a verb the tagger
/// misread: a noun takes no object ("China demanded that the Netherlands scrap new curbs":
/// "scrap" NOUN with "Netherlands" its nsubj and "curbs" its obj → VERB, VB). A singular form
/// becomes a base form (VB), a plural one a present tense (VBZ); [`SUBORDINATOR_OBJECT`], which
/// runs after it, then finds the clause of a "that" read as an object.
pub const VERB_WITH_OBJECT: RepairMask = 1 << 42;

/// A finite clause opened by "that" and holding a subject of its own, hung as a relative or
/// adnominal clause (`acl:relcl`, `acl`) on a noun of the oblique or object phrase of a verb of
/// saying or telling that has no complement clause, is that verb's `ccomp` and "that" its `mark`
/// (SCONJ): the parser read "that" as a relative pronoun of the noun before it ("said on Friday
/// that relations with China were far from normal": "normal" an `acl:relcl` of "Friday" → a
/// `ccomp` of "said"; "told a forum in Manila that relations had sunk": of "forum" → of "told").
/// Also when "that" itself hangs on that noun with the clause a `ccomp` of "that" ("said on
/// Tuesday that Islamabad remained committed"). A relative "that" is never the clause's
/// subject, so the clause's own subject after "that" shows it is a complement.
pub const THAT_CLAUSE_OF_SAYING: RepairMask = 1 << 43;

/// The second complement of a verb of naming ("call", "brand", "label", "dub", "term", "deem"),
/// an indefinite noun phrase ("a ...", "a \"neo-Nazi\"") the parser hung inside the phrase of
/// the verb's object, or read as its object after an indirect object, is the verb's `xcomp`
/// (UD's analysis of "call X Y"): "called a port deal between Ethiopia and Somaliland a blatant
/// violation" ("violation" an `obj` of "Somaliland" → `xcomp` of "called"); "branded the world
/// body a swamp" ("body" `iobj`, "swamp" `obj` → "body" `obj`, "swamp" `xcomp`). Not after a
/// comma (an apposition) nor for a phrase with a preposition of its own.
pub const NAMING_COMPLEMENT: RepairMask = 1 << 44;

/// An adjective opening the sentence before a title or name ("Russian Foreign Minister Sergei
/// Lavrov said ...") that the parser made the root, an oblique, a subject or a clause of its
/// own is an `amod` of the subject phrase it opens: its head is the last word of the nominal
/// chain after it (the name the title runs into, the verb's `nsubj`), and when it was the root, the verb
/// that phrase is the subject of becomes the root, taking its other dependents ("Russian" root,
/// "said" its `parataxis` → "said" root, "Russian" an `amod` of "Sergei"). "South Korean
/// President ..." likewise, the word before the adjective its `compound`.
pub const LEADING_DEMONYM: RepairMask = 1 << 45;

/// A finite verb the parser hung as a relative clause (`acl:relcl`) with no relative word on a
/// nominal root, whose subject is the name or noun right after that root, is the root, and the
/// nominal before it belongs to its subject: a title before a name ("Chinese actor Wang Xing went
/// missing": "went" an `acl:relcl` of "actor" with "Wang" its nsubj → "went" root, "actor" a
/// `nmod:desc` of "Wang", as "President" in "President Emmanuel Macron"), or a noun modifying
/// the first noun after it ("Russia's defence ministry accused Ukraine":
/// "defence" → `compound` of "ministry"). A relative clause without a relative word (a contact
/// clause, "the book John wrote") follows a noun phrase with its determiner and lacks the
/// argument the noun fills; a sentence is no bare noun phrase, and a title or modifier with only
/// an adjective or possessor before it runs into the name after it. Only when the words from the
/// root to the subject are all nominals or adjectives of the subject's phrase, and the root has
/// no copula, case marker or (a common noun) determiner, and is no hyphenated compound
/// ("Flood-hit Pakistan received").
pub const CONTACT_CLAUSE_ROOT: RepairMask = 1 << 46;

/// A finite verb with no subject of its own, right after the comma that closes a parenthesis on a
/// nominal root (an apposition, an "including" phrase or a non-restrictive relative clause set
/// off by commas), that the parser hung on a word inside the parenthesis, is the root and the
/// nominal its subject ("Two people, including a government official, are arrested":
/// "arrested" an `acl:relcl` of "official" → root, "people" its `nsubj:pass`; "Napat, who
/// received 50 votes, was elected"): a parenthesis closes before the verb of the clause it
/// interrupts, and a verb with no subject, relative word, marker or conjunction after its
/// closing comma continues the clause the nominal opened.
pub const PARENTHESIS_SUBJECT: RepairMask = 1 << 47;

/// An infinitive after "whether to" that the parser hung on "whether" (a subordinator heads no
/// clause: it is its clause's `mark`) is the clausal complement (`ccomp`) of the verb right
/// before "whether", or of the verb "whether" was hung on when that verb comes before it, with
/// "whether" its `mark` ("The German government is considering whether to supply Taurus cruise
/// missiles to Ukraine, a spokesman said": "supply" xcomp of "whether", "whether" mark of "said"
/// → "supply" ccomp of "considering", "whether" its mark). Treebanks hold almost no "whether to",
/// a common news wording for a policy option weighed.
pub const WHETHER_INFINITIVE: RepairMask = 1 << 48;

/// A nominal subject stranded on a later verb that has a subject of its own nearer it, whose
/// phrase opens right after a word of an earlier clause that wants it, is that word's: a clause
/// has one subject, and the parser, losing a name phrase after a preposition or a nationality
/// adjective, hangs it on the next verb. After a preposition the parser hung inside the phrase
/// ("held talks with former Afghan president Hamid Karzai, ..., Mohammad Mohaqiq ... and
/// discussed": "Hamid" nsubj of "discussed" → nmod of "talks", the "with" its `case`), the phrase
/// modifies the noun before the preposition (`nmod`) or the verb (`obl`); after an adjective the
/// parser made the complement of the verb right before it ("will meet Lebanese Prime Minister
/// Saad Hariri ..., the White House announced": "Saad" nsubj of "announced" → obj of "meet"), it
/// is the verb's object and the adjective its modifier, as [`ATTRIBUTIVE_ADJECTIVE`] reads it.
/// A subject before its own verb's "and" is stranded too, as a conjunct's subject follows its
/// conjunction ("had lunch with French President Emmanuel Macron and gave a speech": "with" mark
/// of "gave" → case of "Emmanuel", nmod of "lunch").
pub const STRANDED_SUBJECT: RepairMask = 1 << 49;

/// A percentage before a noun modifies that noun: a counted "%" (or "percent") that the parser
/// made the head of the common noun right after it is that noun's `compound`, the noun taking its
/// place and its other dependents but the number ("imposes 25% tariffs on Canadian steel": "%" obj
/// of "imposes", "tariffs" obj of "%" → "tariffs" obj of "imposes", "%" its compound, "on
/// Canadian steel" still the noun's). UD gives "a 3.5 % escalator" so; a measure heads no noun
/// after it ("50 % of my options" takes its noun with "of").
pub const PERCENT_MODIFIER: RepairMask = 1 << 50;

/// A past participle with no auxiliary that the parser made a clause of the verb before it, with
/// an active subject after that verb whose phrase ends right before the participle, is a reduced
/// relative on that last noun, and the "subject" is the verb's object ("announces 10% tariffs on
/// goods imported from China": "imported" advcl of "announces", "tariffs" its nsubj → "tariffs" obj
/// of "announces", "imported" an `acl` of "goods", the "%" before "tariffs" its compound). A
/// participle takes an active subject only with "have"; bare, it modifies the noun before it.
/// Only when the verb has no object of its own and the participle follows the noun of a
/// prepositional phrase inside the subject's phrase, not the subject's head ("..., the officials
/// added" is a subject and its verb).
pub const PARTICIPLE_ON_OBJECT: RepairMask = 1 << 51;

/// Widens [`SUBORDINATE_SUBJECT`], [`SUBORDINATE_COMPLEMENT`] and [`SUBORDINATE_MODIFIER`] to a
/// verb with auxiliaries of its own (a passive, a perfect, a progressive): after a noun phrase
/// opened by a subordinating word read as its preposition, the auxiliaries and the verb are
/// that phrase's clause ("suspended aid deliveries in Borno State after a humanitarian convoy
/// was attacked": "convoy" obl of "suspended", "attacked" its advcl → "convoy" nsubj:pass of
/// "attacked", "after" its mark; "days after a march on Islamabad was broken up"). The phrase
/// must end right before the first auxiliary, which the verb governs; the subject is `nsubj:pass`
/// under a passive auxiliary, else `nsubj`.
pub const SUBORDINATE_AUXILIARY: RepairMask = 1 << 52;

static TIME_NOUNS_TXT: &str = include_str!("../../../../dictionaries/language/time_nouns.txt");

static REPORTING_VERBS_TXT: &str = include_str!("../../../../dictionaries/language/reporting_verbs.txt");
static SUBORDINATING_PREPOSITIONS_TXT: &str = include_str!("../../../../dictionaries/language/subordinating_prepositions.txt");
static RECIPIENT_VERBS_TXT: &str = include_str!("../../../../dictionaries/language/recipient_verbs.txt");
static UNPASSIVIZED_VERBS_TXT: &str = include_str!("../../../../dictionaries/language/unpassivized_verbs.txt");
static AS_COMPLEMENT_VERBS_TXT: &str = include_str!("../../../../dictionaries/language/as_complement_verbs.txt");
static AS_ROLE_VERBS_TXT: &str = include_str!("../../../../dictionaries/language/as_role_verbs.txt");
static OBJECT_CONTROL_VERBS_TXT: &str = include_str!("../../../../dictionaries/language/object_control_verbs.txt");
static OF_VERBS_TXT: &str = include_str!("../../../../dictionaries/language/of_verbs.txt");
static MEANS_NOUNS_TXT: &str = include_str!("../../../../dictionaries/language/means_nouns.txt");
static VERB_PREFIXES_TXT: &str = include_str!("../../../../dictionaries/language/verb_prefixes.txt");

/// Whether lower-case `word` is in the one-word-per-line list `text`, read once into `set`.
fn listed(set: &'static std::sync::OnceLock<std::collections::HashSet<&'static str>>, text: &'static str, word: &str) -> bool {
    set.get_or_init(|| super::word_list(text)).contains(word)
}

/// Whether `lemma` (lower-case) names a time (`dictionaries/language/time_nouns.txt`): bare, such a
/// noun is a temporal modifier, not an object. (Shared with the tagger's reduced-relative test.)
pub(super) fn is_time_noun(lemma: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| super::word_list(TIME_NOUNS_TXT)).contains(lemma)
}

fn rel(name: &str) -> DepRel {
    DepRel::parse(name)
}

fn children(out: &[WordAnalysis], h: usize) -> impl Iterator<Item = usize> + '_ {
    out.iter().enumerate().filter(move |(_, a)| a.head as usize == h).map(|(i, _)| i + 1)
}

fn has_child(out: &[WordAnalysis], h: usize, base: &str) -> bool {
    children(out, h).any(|c| out[c - 1].deprel.is(base))
}

/// True when word `k` lies in the subtree of word `top`.
fn descends(out: &[WordAnalysis], mut k: usize, top: usize) -> bool {
    for _ in 0..out.len() {
        if k == top {
            return true;
        }
        match out.get(k.wrapping_sub(1)) {
            Some(a) if a.head != 0 => k = a.head as usize,
            _ => return false,
        }
    }
    false
}

fn is_nominal(u: Upos) -> bool {
    matches!(u, Upos::Noun | Upos::Propn)
}

fn is_finite(a: &WordAnalysis) -> bool {
    matches!(a.xpos.as_str(), "VBD" | "VBP" | "VBZ" | "MD")
}

/// A party called on is the verb's oblique, not the subject of the infinitive after it: a
/// subject the parser found between "on" (or "upon") read as the infinitive's `mark` and its "to"
/// is the `obl` of the verb right before the preposition, the preposition its `case`, and the
/// infinitive that verb's `xcomp` ("The opposition called on Irakli Kobakhidze to step down":
/// "on" mark of "step", "Irakli" its nsubj → "Irakli" obl of "called", "on" its case, "step" xcomp
/// of "called"; "count on China to play a role"). A preposition marks no infinitive but "for"
/// ("for talks to resume"), and UD gives "called on FERC to do" and "called upon them to refrain"
/// so; EWT and GUM hold five of them, news a great many.
pub const CONTROLLING_OBLIQUE: RepairMask = 1 << 53;

/// A gerund clause opened by "by" tells how the verb's act was done, so it is that verb's
/// `advcl`, never a noun's `acl` ("Russia escalated the conflict by launching missiles": "launching"
/// acl of "conflict" → advcl of "escalated"; "responded to the attack by bombing targets"). The
/// noun must hang on the verb through objects, obliques and noun modifiers only. EWT and GUM train
/// give all 100 such "by" gerunds a verb (or adjective) head and none a noun.
pub const BY_GERUND: RepairMask = 1 << 54;

/// A verb that judges or names its object "as" something (`dictionaries/language/as_complement_verbs.txt`:
/// describe, condemn, brand, see, ...) takes the "as" phrase itself, as UD gives all 64 such phrases
/// in EWT and GUM train an `obl` of the verb: an "as" phrase the parser hung inside the object's
/// phrase becomes the verb's `obl` ("described the U.S. decision to pull troops from the Turkish
/// border as a stab in the back": "stab" obl of "pull" → obl of "described"; "condemns the attack
/// on civilians at a market in Omdurman as a war crime"). Not when a verb on the way up names a role
/// with "as" (`as_role_verbs.txt`: "rejects a proposal to elect X as prime minister"), nor for
/// "as part of".
pub const AS_COMPLEMENT: RepairMask = 1 << 55;

/// A "to" infinitive after the object of a verb whose object is its subject
/// (`dictionaries/language/object_control_verbs.txt`: order, urge, force, want, ...) is that verb's
/// `xcomp`, as UD gives all such infinitives in EWT and GUM train, never the object's `acl` nor the
/// verb's `advcl` ("Netanyahu orders Israeli forces to seize the Gaza Strip": "seize" acl of
/// "forces" → xcomp of "orders"; "the court ordered the government to release the activists": an
/// order, not a release done). Not an infinitive with a subject or a question word of its own ("told
/// them how to vote"), nor one on an object that is an abstract or event noun with a phrase of its
/// own ("ordered the deployment of troops to quell the riots", a purpose) or names a time, chance or
/// means (`dictionaries/language/means_nouns.txt`: "allowed time to develop").
pub const OBJECT_CONTROL: RepairMask = 1 << 56;

/// "More than", "less than", "fewer than" before a number bound the number, as UD gives them:
/// "than" is `fixed` to "more", "more" an `advmod` of the number. A "than" the parser took for the
/// `case` or `mark` of the counted noun is re-hung so, and the noun, left an `obl` of the verb
/// before it with no object, is that verb's object ("North Korea has provided more than a million
/// artillery shells to Russia": "shells" obl with case "than" → obj of "provided"). EWT and GUM
/// train give "than" after "more"/"less"/"fewer" before a number as `fixed` throughout.
pub const MORE_THAN: RepairMask = 1 << 57;

/// An "of" phrase right after a verb's object or oblique belongs to that noun (`nmod`), not to
/// the verb (`obl`): "certifies the results of the election", "massed troops along the line of
/// contact with Armenian forces" ("contact" obl of "massed" → nmod of "line"). Not after a verb
/// that takes an "of" phrase of its own (`dictionaries/language/of_verbs.txt`: accuse, strip,
/// inform, take advantage of, ...), as EWT and GUM train give every other such phrase a noun head.
pub const OF_OBJECT_PHRASE: RepairMask = 1 << 58;

/// "Later", "earlier" and "ago" take a measure of time ("two days later", "a year earlier", UD
/// `obl:unmarked`), not an actor or an act: a noun the parser hung on one so that names no time
/// (`dictionaries/language/time_nouns.txt`), has no time noun in its phrase ("a couple of weeks
/// ago") and is counted by no number is an argument of the verb the adverb modifies: its subject
/// when it comes before the verb and the verb has none ("Police later arrested the suspect", "The
/// government later lifted the ban": "police" obl:unmarked of "later" → nsubj of "arrested"), its
/// object when it comes after and the verb has none ("carried out a raid earlier in the day"). EWT
/// and GUM train give these adverbs such a dependent only for a span of time.
pub const MEASURED_ADVERB: RepairMask = 1 << 59;

/// A regular verb that takes no passive (`dictionaries/language/unpassivized_verbs.txt`: respond,
/// retaliate, arrive, ...) read as a participle (`VBN`, `acl`) on the noun phrase right before it,
/// that phrase opening right after "and" or "but" that follows a clause's finite verb, is the past
/// tense of a coordinated clause, the noun its subject: "Israeli air strikes killed a commander,
/// and the group responded by firing rockets" ("responded" acl of "group" → conj of "killed",
/// "group" its nsubj). A verb with no passive cannot open a reduced relative.
pub const COORDINATED_PAST_CLAUSE: RepairMask = 1 << 60;

/// An adjective read as a verb's predicate (`xcomp`) right after it, before a name phrase (a
/// title and a name), modifies that name, the verb's object, when the verb has none and the name
/// is no subject of a finite verb of its own after it: "Honduras extradited former President Juan
/// Orlando Hernandez to the United States to face charges" ("former" xcomp, "Juan" the subject of
/// "face" → "former" amod of "Juan", "Juan" obj of "extradited"; "to the United States", hung on
/// the name, an oblique of the verb; "to face" its adverbial clause). Not after a verb of saying
/// ("says regional Governor X planned"), nor for a possessor ("welcomed Russian President Vladimir
/// Putin's offer": the object is the offer).
pub const ADJECTIVE_BEFORE_OBJECT: RepairMask = 1 << 61;

/// One repair: it mends a sentence's analysis in place.
type Repair = fn(&mut [WordAnalysis]);

/// The repairs in the order they run, each with its bit of `disabled`.
const REPAIRS: [(RepairMask, Repair); 61] = [
    (PERCENT_MODIFIER, percent_modifier),
    (PARTICIPLE_ON_OBJECT, participle_on_object),
    (ADJECTIVE_BEFORE_OBJECT, adjective_before_object),
    (HYPHENATED_PARTICIPLE, hyphenated_participle),
    (COUNTED_PARTICIPLE, counted_participle),
    (UP_TO_COUNT, up_to_count),
    (COORDINATED_ADJECTIVES, coordinated_adjectives),
    (FINITE_CLAUSE_ROOT, finite_clause_root),
    (CONTACT_CLAUSE_ROOT, contact_clause_root),
    (PARENTHESIS_SUBJECT, parenthesis_subject),
    (PAST_TENSE_ROOT, past_tense_root),
    (COORDINATED_PAST_CLAUSE, coordinated_past_clause),
    (RELATIVE_SUBJECT_VERB, relative_subject_verb),
    (MEASURED_SUBORDINATE, measured_subordinate),
    (TIME_SUBJECT, time_subject),
    (DOUBLE_SUBJECT, double_subject),
    (STRANDED_SUBJECT, stranded_subject),
    (CONTROLLING_OBLIQUE, controlling_oblique),
    (BY_GERUND, by_gerund),
    (AS_COMPLEMENT, as_complement),
    (OBJECT_CONTROL, object_control),
    (MORE_THAN, more_than),
    (OF_OBJECT_PHRASE, of_object_phrase),
    (MEASURED_ADVERB, measured_adverb),
    (FINITE_CONJUNCT_ROOT, finite_conjunct_root),
    (LIST_SUBJECT, list_subject),
    (NOMINAL_CONJUNCT, nominal_conjunct),
    (SHIFTED_OBJECT, shifted_object),
    (ATTRIBUTIVE_ADJECTIVE, attributive_adjective),
    (OBJECT_BEFORE_ADVERBIAL, object_before_adverbial),
    (HEADED_PREPOSITION, headed_preposition),
    (FINITE_CONJUNCT_ATTACHMENT, finite_conjunct_attachment),
    (PAST_CONJUNCT_OF_NONFINITE, past_conjunct_of_nonfinite),
    (OBJECT_OF_CONJUNCT, object_of_conjunct),
    (REPORTING_SUBJECT, reporting_subject),
    (SUBORDINATE_SUBJECT, subordinate_subject),
    (SUBORDINATE_COMPLEMENT, subordinate_complement),
    (SUBORDINATE_MODIFIER, subordinate_modifier),
    (SUBORDINATE_AUXILIARY, subordinate_auxiliary),
    (NAME_RECIPIENT, name_recipient),
    (REPORTING_CONJUNCT, reporting_conjunct),
    (REPORTED_CLAUSE_DEPENDENT, reported_clause_dependent),
    (REPORTED_CLAUSE_OBJECT, reported_clause_object),
    (BARE_OBJECT, bare_object),
    (PARTICLE_AFTER_OBJECT, particle_after_object),
    (PASSIVE_AGENT, passive_agent),
    (AGENT_ATTACHMENT, agent_attachment),
    (PREDICATE_ATTACHMENT, predicate_attachment),
    (VERB_WITH_OBJECT, verb_with_object),
    (SUBORDINATOR_OBJECT, subordinator_object),
    (WHETHER_INFINITIVE, whether_infinitive),
    (THAT_CLAUSE_ATTACHMENT, that_clause_attachment),
    (REDUCED_RELATIVE_CONJUNCT, reduced_relative_conjunct),
    (GERUND_OBJECT, gerund_object),
    (ARGUMENT_CONJUNCT, argument_conjunct),
    (NESTED_CLAUSE_ROOT, nested_clause_root),
    (REPORTING_APPOSITION, reporting_apposition),
    (REPORTED_CLAUSE_SUBJECT, reported_clause_subject),
    (THAT_CLAUSE_OF_SAYING, that_clause_of_saying),
    (NAMING_COMPLEMENT, naming_complement),
    (LEADING_DEMONYM, leading_demonym),
];

/// Applies every repair not in `disabled` to one sentence's analysis (heads are 1-based word
/// numbers, 0 for the root).
pub fn repair(out: &mut [WordAnalysis], disabled: RepairMask) {
    for (bit, mend) in REPAIRS {
        if disabled & bit == 0 {
            mend(out);
        }
    }
}

/// The first and last word of word `x`'s subtree, and whether every word between lies in it.
fn span(out: &[WordAnalysis], x: usize) -> (usize, usize, bool) {
    span_without(out, x, x)
}

/// [`span`] of word `x` leaving out the subtree of word `v` when `v` hangs on `x` itself (a
/// clause the parser hung on the phrase's head).
fn span_without(out: &[WordAnalysis], x: usize, v: usize) -> (usize, usize, bool) {
    let inner = v != x && out[v - 1].head as usize == x;
    let inside: Vec<usize> = (1..=out.len()).filter(|&k| descends(out, k, x) && !(inner && descends(out, k, v))).collect();
    let (lo, hi) = (inside.first().copied().unwrap_or(x), inside.last().copied().unwrap_or(x));
    (lo, hi, inside.len() == hi + 1 - lo)
}

fn root_of(out: &[WordAnalysis]) -> Option<usize> {
    out.iter().position(|a| a.head == 0).map(|p| p + 1)
}

fn has_subject(out: &[WordAnalysis], v: usize) -> bool {
    ["nsubj", "csubj", "expl"].iter().any(|r| has_child(out, v, r))
}

fn reporting_subject(out: &mut [WordAnalysis]) {
    static VERBS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    let Some(root) = root_of(out) else { return };
    for v in 2..=out.len() {
        let a = &out[v - 1];
        if a.upos != Upos::Verb || !matches!(a.xpos.as_str(), "VBD" | "VBZ" | "VBP") || !listed(&VERBS, REPORTING_VERBS_TXT, &a.lemma.to_lowercase()) || has_subject(out, v) {
            continue;
        }
        // The verb hangs on the root (or is it) and the reported clause holds the coordination.
        if v != root && a.head as usize != root {
            continue;
        }
        // The nominal conjunct whose phrase ends right before the verb.
        let mut k = v - 1;
        let conjunct = loop {
            if k == 0 || k == v || span(out, k).1 != v - 1 {
                break None;
            }
            if is_nominal(out[k - 1].upos) && out[k - 1].deprel.is("conj") {
                break Some(k);
            }
            k = out[k - 1].head as usize;
        };
        let Some(x) = conjunct else { continue };
        let first = out[x - 1].head as usize;
        if first == 0 || first > x || !is_nominal(out[first - 1].upos) {
            continue;
        }
        // The coordination lies in the reported clause, not among the verb's own dependents.
        let mut top = first;
        while out[top - 1].head != 0 && out[top - 1].head as usize != v {
            top = out[top - 1].head as usize;
        }
        if out[top - 1].head as usize == v && out[top - 1].upos != Upos::Verb {
            continue;
        }
        // The subject starts at the last conjunct a comma opens ("five people, activists and a
        // monitor"); with none the list cannot be split.
        let conjuncts: Vec<usize> = children(out, first).filter(|&c| out[c - 1].deprel.is("conj") && c < v).collect();
        let comma = |c: usize| children(out, c).any(|p| p < c && out[p - 1].lemma == ",") || c > 1 && out[c - 2].lemma == "," && out[c - 2].head as usize == first;
        let Some(&subject) = conjuncts.iter().rev().find(|&&c| comma(c)) else { continue };
        for &c in conjuncts.iter().filter(|&&c| c > subject) {
            out[c - 1].head = subject as u32;
        }
        for c in children(out, first).filter(|&c| c > subject && c < v && (out[c - 1].deprel.is("cc") || out[c - 1].deprel.is("punct"))).collect::<Vec<_>>() {
            out[c - 1].head = subject as u32;
        }
        out[subject - 1].head = v as u32;
        out[subject - 1].deprel = rel("nsubj");
        if v != root {
            reroot(out, v, root, "ccomp", |o, i| o[i - 1].head as usize == root);
        }
        return;
    }
}

fn subordinate_subject(out: &mut [WordAnalysis]) {
    subordinate_clause_subject(out, &["advcl", "parataxis", "conj"], false);
}

/// [`SUBORDINATE_COMPLEMENT`]: [`SUBORDINATE_SUBJECT`] for verbs attached as complements.
fn subordinate_complement(out: &mut [WordAnalysis]) {
    subordinate_clause_subject(out, &["ccomp", "xcomp", "dep", "punct"], false);
}

/// [`SUBORDINATE_MODIFIER`]: [`SUBORDINATE_SUBJECT`] for finite verbs attached as a noun's `acl`.
fn subordinate_modifier(out: &mut [WordAnalysis]) {
    subordinate_clause_subject(out, &["acl", "amod"], false);
}

/// [`SUBORDINATE_AUXILIARY`]: the three above for verbs with auxiliaries.
fn subordinate_auxiliary(out: &mut [WordAnalysis]) {
    subordinate_clause_subject(out, &["advcl", "parataxis", "ccomp", "xcomp", "dep", "punct", "acl"], true);
}

/// A finite verb attached with one of `relations`, right after a noun phrase opened by a
/// subordinating preposition, takes the phrase as its subject and the preposition as its mark.
/// With `auxiliary`, only a verb with auxiliaries of its own right before it (the phrase then
/// ends before the first), which makes it finite whatever its form.
fn subordinate_clause_subject(out: &mut [WordAnalysis], relations: &[&str], auxiliary: bool) {
    static MARKS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    for v in 3..=out.len() {
        let a = &out[v - 1];
        let finite = if auxiliary { matches!(a.xpos.as_str(), "VBN" | "VBG" | "VB") } else { matches!(a.xpos.as_str(), "VBD" | "VBZ" | "VBP") };
        if a.upos != Upos::Verb || !finite || a.head == 0 || !relations.iter().any(|r| a.deprel.is(r)) {
            continue;
        }
        // The auxiliaries: none, or (with `auxiliary`) one or more words of the verb's own right
        // before it, the first of which the noun phrase ends at.
        let auxes: Vec<usize> = children(out, v).filter(|&c| out[c - 1].deprel.is("aux")).collect();
        let first = match (auxiliary, auxes.first()) {
            (false, None) => v,
            (true, Some(&f)) if auxes.iter().all(|&c| c < v) && (f..v).all(|k| auxes.contains(&k) || out[k - 1].upos == Upos::Adv) => f,
            _ => continue,
        };
        let conjunct = a.deprel.is("conj");
        // A past tense read as an adjective on the noun after it governs that noun: "after the
        // military seized power" ("seized" amod of "power") → "power" its object.
        let object = (a.deprel.is("amod") && a.head as usize == v + 1 && a.xpos.as_str() == "VBD").then_some(v + 1);
        if a.deprel.is("amod") && object.is_none() {
            continue;
        }
        // A complement's subject that holds the phrase below ("lifted restrictions on exports
        // ... as leaders ... met": "restrictions" nsubj of "met") is its head's object instead.
        let stolen = if a.deprel.is("ccomp") || a.deprel.is("xcomp") { children(out, v).find(|&c| c < v && out[c - 1].deprel.is("nsubj")) } else { None };
        if (has_subject(out, v) && stolen.is_none()) || ["cc", "mark"].iter().any(|r| has_child(out, v, r)) {
            continue;
        }
        // The noun phrase ending right before the verb (or its first auxiliary), opened by its
        // case marker; a clause the parser hung inside it is not part of it.
        let mut k = first - 1;
        let phrase = loop {
            if k == 0 || k == v {
                break None;
            }
            let (lo, hi, whole) = span_without(out, k, v);
            if hi != first - 1 || !whole {
                break None;
            }
            let opened = out[lo - 1].head as usize == k && out[lo - 1].deprel.is("case") && listed(&MARKS, SUBORDINATING_PREPOSITIONS_TXT, &out[lo - 1].lemma.to_lowercase());
            if opened && matches!(out[k - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron) && (out[k - 1].deprel.is("nmod") || out[k - 1].deprel.is("obl")) {
                break Some((k, lo));
            }
            k = out[k - 1].head as usize;
        };
        let Some((x, p)) = phrase else { continue };
        // The verb that subject goes back to: the one above the complement, or, when that one
        // closes the sentence after it ("lodged a strong protest through diplomatic channels
        // after a Chinese navy helicopter flew ..., the defence ministry said"), the nearest verb
        // before it.
        let stolen = match stolen {
            Some(s) => {
                let above = out[v - 1].head as usize;
                // (Not a participle inside the subject's own phrase: "cancelled a planned visit to
                // Haiti after a state of siege was declared" goes back to "cancelled".)
                let g = if s > above { Some(above) } else { (1..s).rev().find(|&k| out[k - 1].upos == Upos::Verb && !descends(out, k, s)) };
                match g {
                    Some(g) if x != s && descends(out, x, s) && out[g - 1].upos == Upos::Verb && !has_child(out, g, "obj") && !descends(out, g, v) => Some((s, g)),
                    _ => continue,
                }
            }
            None => None,
        };
        // Not a fixed expression ("such as", "as well as") nor a marker with its own dependents.
        if children(out, p).next().is_some() || p > 1 && ["such", "well"].contains(&out[p - 2].lemma.to_lowercase().as_str()) {
            continue;
        }
        // A conjunct (with no "and" of its own, checked above) only after a marker of time, no
        // comma before it ("will lift sanctions ... after Minsk freed 52 prisoners").
        if conjunct && (!["after", "before", "until", "since"].contains(&out[p - 1].lemma.to_lowercase().as_str()) || p > 1 && out[p - 2].upos == Upos::Punct) {
            continue;
        }
        if let Some((s, g)) = stolen {
            attach(out, s, g, "obj");
        }
        // The clause modifies the verb above the phrase (or keeps its head when the phrase hung on
        // it, or when the parser already made it an adverbial clause: it chose where).
        let mut h = if out[v - 1].deprel.is("advcl") { v } else { out[x - 1].head as usize };
        let mut steps = 0;
        while h != 0 && h != v && out[h - 1].upos != Upos::Verb && steps <= out.len() {
            h = out[h - 1].head as usize;
            steps += 1;
        }
        let clause = if h == 0 || h == v || h > out.len() { out[v - 1].head as usize } else { h };
        if clause == v || descends(out, clause, v) {
            continue;
        }
        out[x - 1].head = v as u32;
        out[x - 1].deprel = rel(if has_child(out, v, "aux:pass") { "nsubj:pass" } else { "nsubj" });
        out[p - 1].head = v as u32;
        out[p - 1].deprel = rel("mark");
        out[p - 1].upos = Upos::Sconj;
        out[v - 1].head = clause as u32;
        out[v - 1].deprel = rel("advcl");
        if let Some(g) = object {
            attach(out, g, v, "obj");
            // (A verb coordinated with it went to the noun: "seized power and detained X".)
            for c in children(out, g).filter(|&c| c > g && out[c - 1].deprel.is("conj") && out[c - 1].upos == Upos::Verb).collect::<Vec<_>>() {
                attach(out, c, v, "conj");
            }
        }
    }
}

fn reported_clause_dependent(out: &mut [WordAnalysis]) {
    static VERBS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    for v in 2..=out.len() {
        if out[v - 1].upos != Upos::Verb || !listed(&VERBS, REPORTING_VERBS_TXT, &out[v - 1].lemma.to_lowercase()) {
            continue;
        }
        // The reported clause nearest the verb (the parser may split one into two `ccomp`s).
        // A clause headed by an adjective of readiness ("is willing to provide") stands for the
        // verb it takes, its `xcomp`.
        let verb_of = |c: usize| match out[c - 1].upos {
            Upos::Verb => Some(c),
            Upos::Adj => children(out, c).find(|&x| x > c && out[x - 1].deprel.is("xcomp") && out[x - 1].upos == Upos::Verb),
            _ => None,
        };
        let Some((clause, verb)) = children(out, v).filter(|&c| c < v && out[c - 1].deprel.is("ccomp")).filter_map(|c| verb_of(c).map(|x| (c, x))).last() else { continue };
        let Some(subject) = children(out, v).find(|&c| c > clause && c < v && out[c - 1].deprel.is("nsubj")) else { continue };
        // The comma that ends the reported clause, right before the subject's phrase.
        let (first, _, _) = span(out, subject);
        if first < 2 || out[first - 2].lemma != "," {
            continue;
        }
        let comma = first - 1;
        for d in children(out, v).filter(|&d| d > clause && d < comma && !out[d - 1].deprel.is("punct") && !out[d - 1].deprel.is("ccomp")).collect::<Vec<_>>() {
            // An "of" phrase modifies the nearest noun before it ("the escape of 23 prisoners");
            // another phrase, the reported clause's verb.
            let of = children(out, d).any(|c| c < d && out[c - 1].deprel.is("case") && out[c - 1].lemma.eq_ignore_ascii_case("of"));
            let start = span(out, d).0;
            let noun = (1..start).rev().find(|&k| is_nominal(out[k - 1].upos)).filter(|&k| of && descends(out, k, clause));
            match noun {
                Some(n) => {
                    out[d - 1].head = n as u32;
                    out[d - 1].deprel = rel("nmod");
                }
                None => {
                    out[d - 1].head = verb as u32;
                    if out[d - 1].deprel.is("nmod") {
                        out[d - 1].deprel = rel("obl");
                    }
                }
            }
        }
    }
}

/// [`REPORTED_CLAUSE_OBJECT`]: "kidnapped four Americans ..., officials said": a nominal `ccomp`
/// of a verb of saying is the object of the verb right before it.
fn reported_clause_object(out: &mut [WordAnalysis]) {
    static VERBS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    for x in 2..=out.len() {
        let a = &out[x - 1];
        let v = a.head as usize;
        if !matches!(a.upos, Upos::Noun | Upos::Propn) || !a.deprel.is("ccomp") || v <= x {
            continue;
        }
        if out[v - 1].upos != Upos::Verb || !listed(&VERBS, REPORTING_VERBS_TXT, &out[v - 1].lemma.to_lowercase()) {
            continue;
        }
        if ["nsubj", "csubj", "expl", "cop", "mark", "aux"].iter().any(|r| has_child(out, x, r)) {
            continue;
        }
        let (lo, _, whole) = span(out, x);
        if !whole || lo < 2 {
            continue;
        }
        // Back over participles without dependents (they modify the noun), then adverbs and a
        // particle, to the verb.
        let mut k = lo - 1;
        let mut participles = Vec::new();
        while k > 1 && out[k - 1].upos == Upos::Verb && out[k - 1].xpos.as_str() == "VBN" && children(out, k).next().is_none() {
            participles.push(k);
            k -= 1;
        }
        while k > 1 && (out[k - 1].deprel.is("advmod") || out[k - 1].deprel.is("compound")) && matches!(out[k - 1].upos, Upos::Adv | Upos::Adp) && out[k - 1].head as usize == k - 1 {
            k -= 1;
        }
        let w = k;
        let verb = &out[w - 1];
        // (Not a modifier inside a noun phrase: "along their disputed Himalayan border".)
        let modifier = w > 1 && matches!(out[w - 2].xpos.as_str(), "DT" | "PRP$" | "POS" | "IN" | "JJ" | "CD") || verb.deprel.is("amod");
        if verb.upos != Upos::Verb || w == v || modifier || !matches!(verb.xpos.as_str(), "VB" | "VBD" | "VBZ" | "VBP" | "VBG" | "VBN") || descends(out, w, x) {
            continue;
        }
        if ["obj", "ccomp", "xcomp", "aux:pass", "nsubj:pass"].iter().any(|r| children(out, w).any(|c| out[c - 1].deprel.as_str() == *r)) {
            continue;
        }
        // The particle (or adverb) skipped above is the verb's own; a past participle after
        // "be" is passive.
        if verb.xpos.as_str() == "VBN" && children(out, w).any(|c| out[c - 1].lemma.eq_ignore_ascii_case("be")) {
            continue;
        }
        out[x - 1].head = w as u32;
        out[x - 1].deprel = rel("obj");
        for p in participles {
            out[p - 1].head = x as u32;
            out[p - 1].deprel = rel("amod");
        }
    }
}

fn name_recipient(out: &mut [WordAnalysis]) {
    static VERBS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    for y in 2..=out.len() {
        let h = out[y - 1].head as usize;
        if !out[y - 1].deprel.is("obj") || out[y - 1].upos != Upos::Noun || h == 0 || h >= y {
            continue;
        }
        if out[h - 1].upos != Upos::Verb || !listed(&VERBS, RECIPIENT_VERBS_TXT, &out[h - 1].lemma.to_lowercase()) || has_child(out, h, "iobj") {
            continue;
        }
        // Right after the verb: a determiner or none, a run of names, then a number.
        let (lo, _, whole) = span(out, y);
        if lo != h + 1 || !whole {
            continue;
        }
        let start = if out[lo - 1].upos == Upos::Det { lo + 1 } else { lo };
        let end = (start..y).find(|&k| out[k - 1].upos != Upos::Propn).unwrap_or(y);
        if end == start || end >= y || out[end - 1].upos != Upos::Num {
            continue;
        }
        let name = end - 1;
        for k in end..y {
            if (lo..=name).contains(&(out[k - 1].head as usize)) {
                out[k - 1].head = y as u32;
            }
        }
        // Words of the name keep their relations inside it; the rest join the name.
        for k in lo..name {
            if (lo..=name).contains(&(out[k - 1].head as usize)) {
                continue;
            }
            out[k - 1].head = name as u32;
            out[k - 1].deprel = rel(if out[k - 1].upos == Upos::Det { "det" } else { "compound" });
        }
        out[name - 1].head = h as u32;
        out[name - 1].deprel = rel("iobj");
    }
}

fn attributive_adjective(out: &mut [WordAnalysis]) {
    for a in 2..out.len() {
        let v = out[a - 1].head as usize;
        if out[a - 1].upos != Upos::Adj || !out[a - 1].deprel.is("xcomp") || v + 1 != a || out[v - 1].upos != Upos::Verb {
            continue;
        }
        let opens = matches!(out[a].upos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Det | Upos::Num);
        // With nothing of its own, before the verb's object ("called Russian Foreign Minister
        // Sergey Lavrov"), the adjective only moves into the object's phrase.
        if children(out, a).next().is_none() && opens {
            let object = children(out, v).find(|&c| out[c - 1].deprel.is("obj") && is_nominal(out[c - 1].upos) && names_from(out, c, a + 1));
            if let Some(o) = object {
                let m = phrase_modifier(out, a + 1, o);
                out[a - 1].head = m as u32;
                out[a - 1].deprel = rel("amod");
                continue;
            }
        }
        if ["obj", "ccomp", "nsubj:pass", "aux:pass"].iter().any(|r| out.iter().enumerate().any(|(c, w)| w.head as usize == v && w.deprel.as_str() == *r && c + 1 != a)) {
            continue;
        }
        // The noun phrase the adjective heads, starting right after it with a modifier or
        // nominal (no preposition: "tested positive for the virus", "falls short of").
        // The phrase names someone ("Russian President Vladimir Putin"): an adjective taking a
        // clause ("make sure the people who ... do not") heads no name.
        let Some(n) = children(out, a).filter(|_| opens).find(|&c| c > a && is_nominal(out[c - 1].upos) && !has_child(out, c, "case") && names_from(out, c, a + 1)) else {
            continue;
        };
        let m = phrase_modifier(out, a + 1, n);
        for c in children(out, a).filter(|&c| c != n).collect::<Vec<_>>() {
            out[c - 1].head = v as u32;
        }
        out[n - 1].head = v as u32;
        out[n - 1].deprel = rel("obj");
        out[a - 1].head = m as u32;
        out[a - 1].deprel = rel("amod");
    }
}

/// [`ATTRIBUTIVE_ADJECTIVE`]: whether word `c`'s phrase starts at word `first`, has no gap and
/// holds a name.
fn names_from(out: &[WordAnalysis], c: usize, first: usize) -> bool {
    let (lo, hi, whole) = span(out, c);
    lo == first && whole && (lo..=hi).any(|k| out[k - 1].upos == Upos::Propn)
}

/// [`ATTRIBUTIVE_ADJECTIVE`]: the word an adjective before word `first` of the phrase headed by
/// `n` modifies: the phrase's nominal on the path from `first` up to `n` that hangs on `n`
/// ("President" of "President Vladimir Putin"), or `n` itself.
fn phrase_modifier(out: &[WordAnalysis], first: usize, n: usize) -> usize {
    let mut m = first;
    let mut steps = 0;
    while m != n && out[m - 1].head as usize != n && out[m - 1].head != 0 && steps <= out.len() {
        m = out[m - 1].head as usize;
        steps += 1;
    }
    if is_nominal(out[m - 1].upos) {
        m
    } else {
        n
    }
}

fn time_subject(out: &mut [WordAnalysis]) {
    for x in 1..=out.len() {
        let v = out[x - 1].head as usize;
        if !out[x - 1].deprel.is("nsubj") || !is_nominal(out[x - 1].upos) || v == 0 || !is_time_noun(&out[x - 1].lemma.to_lowercase()) {
            continue;
        }
        // Bare: no preposition, determiner or possessive of its own ("the day", "its month"); and
        // no common noun that is also a verb or a thing ("fall", "spring", "march", "may",
        // "term", "home", "time": "Stocks in Kenvue Inc. fall by 5%").
        let lemma = out[x - 1].lemma.to_lowercase();
        let ambiguous = out[x - 1].upos == Upos::Noun && ["fall", "spring", "march", "may", "term", "home", "time"].contains(&lemma.as_str());
        if ambiguous || ["case", "det", "nmod:poss"].iter().any(|r| has_child(out, x, r)) {
            continue;
        }
        let second = children(out, v).any(|c| c != x && out[c - 1].deprel.is("nsubj"));
        if second || x > v {
            out[x - 1].deprel = rel("obl:unmarked");
        }
    }
}

fn double_subject(out: &mut [WordAnalysis]) {
    for v in 1..=out.len() {
        let subjects: Vec<usize> = children(out, v).filter(|&c| c < v && out[c - 1].deprel.as_str() == "nsubj").collect();
        let &[a, b] = subjects.as_slice() else { continue };
        if !is_nominal(out[a - 1].upos) || !is_nominal(out[b - 1].upos) || is_time_noun(&out[a - 1].lemma.to_lowercase()) {
            continue;
        }
        // The second subject's adjective taken for a conjunct of the first ("Saudi Arabia and
        // nuclear-armed Pakistan signed": "armed" conj of "Arabia" with the "and"): the adjective
        // modifies the second, which is the first's conjunct.
        let adjective = children(out, a).find(|&c| c < b && out[c - 1].upos == Upos::Adj && out[c - 1].deprel.is("conj"));
        if let Some(c) = adjective {
            let (lo_c, hi_c, whole_c) = span(out, c);
            let cc: Vec<usize> = children(out, c).filter(|&k| out[k - 1].deprel.is("cc")).collect();
            if whole_c && hi_c + 1 == b && cc.len() == 1 && cc[0] == lo_c && span(out, b).0 == b {
                out[cc[0] - 1].head = b as u32;
                out[c - 1].head = b as u32;
                out[c - 1].deprel = rel("amod");
                out[b - 1].head = a as u32;
                out[b - 1].deprel = rel("conj");
                continue;
            }
        }
        let ((lo_a, hi_a, whole_a), (lo_b, _, whole_b)) = (span(out, a), span(out, b));
        // The first is a bare noun phrase: nothing of its own after it but name parts, and no
        // punctuation opening the second ("Rumsfeld, Wolfowitz and Feith"; "Nina Chahine, 19, ...").
        let bare = (a + 1..=hi_a).all(|k| out[k - 1].deprel.is("flat") || out[k - 1].deprel.is("compound") || out[k - 1].xpos.as_str() == "HYPH");
        let between = hi_a + 1;
        if !whole_a || !whole_b || lo_a > a || !bare || out[between - 1].upos == Upos::Punct {
            continue;
        }
        if lo_b == between && matches!(out[between - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj) {
            // The second subject heads the phrase ("NATO" → "Jens"; "opposition" → "Party").
            let target = b;
            // The phrase's determiner and possessor go with its head ("Russia's" → "ministry").
            let moved: Vec<usize> = (lo_a..a).filter(|&c| out[c - 1].head as usize == a && (out[c - 1].deprel.is("det") || out[c - 1].deprel.as_str() == "nmod:poss")).collect();
            for c in moved {
                out[c - 1].head = target as u32;
            }
            out[a - 1].head = target as u32;
            out[a - 1].deprel = rel("compound");
        } else if (lo_b == between || lo_b == between + 1)
            && out[between - 1].upos == Upos::Cconj
            && [v, b].contains(&(out[between - 1].head as usize))
            && ["and", "or"].contains(&out[between - 1].lemma.to_lowercase().as_str())
        {
            out[b - 1].head = a as u32;
            out[b - 1].deprel = rel("conj");
            out[between - 1].head = b as u32;
        }
    }
}

fn stranded_subject(out: &mut [WordAnalysis]) {
    for v in 1..=out.len() {
        let subjects: Vec<usize> = children(out, v).filter(|&c| c < v && out[c - 1].deprel.as_str() == "nsubj" && is_nominal(out[c - 1].upos)).collect();
        let Some(&a) = subjects.first() else { continue };
        let ((lo, hi, whole), end) = (span(out, a), subjects.get(1).map_or(v, |&b| span(out, b).0));
        // Stranded: a nearer subject follows it, or the verb's own "and" does ("Emmanuel Macron
        // and gave": a conjunct's subject follows its conjunction).
        let conjunction = children(out, v).any(|c| c > hi && c < v && out[c - 1].deprel.is("cc"));
        if !whole || hi >= end || lo < 3 || (subjects.len() != 2 && !conjunction) || !(lo..=hi).any(|k| out[k - 1].upos == Upos::Propn) {
            continue;
        }
        let before = lo - 1;
        // A preposition opening the phrase, hung on one of its modifiers ("with" → "president")
        // or on the verb as its marker ("with" → "gave").
        let inside = out[lo - 1].upos == Upos::Adp && out[lo - 1].deprel.is("case") && out[lo - 1].head as usize != a && descends(out, lo, a);
        let marker = out[before - 1].upos == Upos::Adp && out[before - 1].head as usize == v && (out[before - 1].deprel.is("case") || out[before - 1].deprel.is("mark")) && is_finite(&out[v - 1]);
        if inside || marker {
            let (prep, w) = if inside { (lo, lo - 1) } else { (before, before - 1) };
            let relation = match out[w - 1].upos {
                Upos::Noun | Upos::Propn => "nmod",
                Upos::Verb => "obl",
                _ => continue,
            };
            if w == 0 || prep >= a || descends(out, w, a) || descends(out, w, v) {
                continue;
            }
            attach(out, prep, a, "case");
            attach(out, a, w, relation);
            continue;
        }
        // An adjective the verb right before it took for its complement, before the phrase.
        let adjective = out[before - 1].upos == Upos::Adj && out[before - 1].deprel.is("xcomp") && out[before - 1].head as usize == before - 1;
        let verb = before - 1;
        if subjects.len() == 2 && adjective && out[verb - 1].upos == Upos::Verb && children(out, before).next().is_none() && !has_child(out, verb, "obj") && !descends(out, verb, v) {
            let m = phrase_modifier(out, lo, a);
            attach(out, a, verb, "obj");
            attach(out, before, m, "amod");
        }
    }
}

fn hyphenated_participle(out: &mut [WordAnalysis]) {
    // (Not after a prefix a hyphen joins to a verb that stays one: "re-imposing sanctions",
    // `dictionaries/language/verb_prefixes.txt`.)
    static PREFIXES: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    for p in 3..out.len() {
        let present = out[p - 1].xpos.as_str() == "VBG";
        if !(out[p - 1].xpos.as_str() == "VBN" || present) || out[p - 2].xpos.as_str() != "HYPH" {
            continue;
        }
        let before = &out[p - 3];
        if !(matches!(before.upos, Upos::Noun | Upos::Propn | Upos::Adj) || (present && before.upos == Upos::Adv)) || listed(&PREFIXES, VERB_PREFIXES_TXT, &before.lemma.to_lowercase()) {
            continue;
        }
        // The object right after it, with no determiner of its own (an "-ing" form's right
        // after it: "long-standing sanctions", "oil-producing countries").
        let Some(n) = children(out, p).find(|&c| c > p && out[c - 1].deprel.is("obj") && is_nominal(out[c - 1].upos) && (!present || c == p + 1)) else { continue };
        if !(p + 1..n).all(|k| descends(out, k, n) && !matches!(out[k - 1].upos, Upos::Det | Upos::Pron | Upos::Num | Upos::Punct)) {
            continue;
        }
        let h = out[p - 1].head as usize;
        let deprel = out[p - 1].deprel;
        let new = if ["ccomp", "xcomp"].iter().any(|r| deprel.is(r)) {
            if h == 0 || out[h - 1].upos != Upos::Verb || has_child(out, h, "obj") {
                continue;
            }
            rel("obj")
        } else if ["root", "nsubj", "obj", "obl", "nmod", "conj", "iobj"].iter().any(|r| deprel.is(r)) {
            deprel
        } else {
            continue;
        };
        for k in children(out, p).filter(|&k| k > n).collect::<Vec<_>>() {
            out[k - 1].head = n as u32;
            if out[k - 1].deprel.is("obl") {
                out[k - 1].deprel = rel("nmod");
            }
        }
        out[n - 1].head = h as u32;
        out[n - 1].deprel = new;
        out[p - 1].head = n as u32;
        out[p - 1].deprel = rel("amod");
    }
}

fn coordinated_adjectives(out: &mut [WordAnalysis]) {
    for a in 1..out.len().saturating_sub(2) {
        let (c, b) = (a + 1, a + 2);
        // (The second may be a capitalised word read as a name in a compound, "Kyrgyz and Tajik
        // troops": "Tajik" PROPN compound.)
        let second = out[b - 1].upos == Upos::Adj || (out[b - 1].upos == Upos::Propn && out[b - 1].deprel.is("compound"));
        if out[a - 1].upos != Upos::Adj || !second || out[c - 1].upos != Upos::Cconj || !["and", "or"].contains(&out[c - 1].lemma.to_lowercase().as_str()) {
            continue;
        }
        if a > 1 && !matches!(out[a - 2].upos, Upos::Det | Upos::Adp) {
            continue;
        }
        // The noun the second adjective modifies, with only its own phrase in between.
        let n = out[b - 1].head as usize;
        if n <= b || !(out[b - 1].deprel.is("amod") || out[b - 1].deprel.is("compound")) || !is_nominal(out[n - 1].upos) || out[a - 1].head as usize == n {
            continue;
        }
        if !(b + 1..n).all(|k| descends(out, k, n) && matches!(out[k - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj)) {
            continue;
        }
        // The first adjective hung beside the noun, on the noun's own head with nothing of its own
        // ("Kyrgyz" amod of the verb "clashed" whose subject is "troops"): it joins the noun.
        if !descends(out, n, a) && out[a - 1].head == out[n - 1].head && children(out, a).all(|k| k == c) {
            attach(out, a, n, "amod");
            attach(out, b, a, "conj");
            attach(out, c, b, "cc");
            return;
        }
        // The word below the first adjective on the way to the noun takes its place.
        if !descends(out, n, a) {
            continue;
        }
        let mut x = n;
        while out[x - 1].head as usize != a {
            x = out[x - 1].head as usize;
        }
        take_place(out, x, a, |o, k| o[k - 1].head as usize == a && (k < a || k > n));
        attach(out, a, n, "amod");
        attach(out, b, a, "conj");
        attach(out, c, b, "cc");
        return;
    }
}

fn reporting_conjunct(out: &mut [WordAnalysis]) {
    static VERBS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    let Some(root) = root_of(out) else { return };
    for v in root + 1..=out.len() {
        let a = &out[v - 1];
        if a.head as usize != root || !a.deprel.is("conj") || a.upos != Upos::Verb || !matches!(a.xpos.as_str(), "VBD" | "VBZ" | "VBP") || !listed(&VERBS, REPORTING_VERBS_TXT, &a.lemma.to_lowercase()) {
            continue;
        }
        if has_child(out, v, "cc") || out[root - 1].upos != Upos::Verb {
            continue;
        }
        // Its subject right before it, a comma before the subject, nothing after it but punctuation.
        let Some(s) = children(out, v).find(|&c| c < v && out[c - 1].deprel.is("nsubj")) else { continue };
        let (lo, hi, whole) = span(out, s);
        if !whole || hi + 1 != v || lo < 3 || out[lo - 2].lemma != "," || !(v + 1..=out.len()).all(|k| out[k - 1].upos == Upos::Punct) {
            continue;
        }
        // Punctuation: the comma goes with the reported clause, the final stop with the verb.
        out[lo - 2].head = root as u32;
        out[lo - 2].deprel = rel("punct");
        reroot(out, v, root, "ccomp", |o, k| o[k - 1].head as usize == root && o[k - 1].upos == Upos::Punct);
        return;
    }
}

fn particle_after_object(out: &mut [WordAnalysis]) {
    for p in 3..=out.len() {
        if !["over", "back", "off", "up", "down"].contains(&out[p - 1].lemma.to_lowercase().as_str()) || !matches!(out[p - 1].upos, Upos::Adv | Upos::Adp) {
            continue;
        }
        let o = out[p - 1].head as usize;
        if o == 0 || o >= p || !out[o - 1].deprel.is("obj") || !matches!(out[o - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron) {
            continue;
        }
        let v = out[o - 1].head as usize;
        if v == 0 || v >= o || out[v - 1].upos != Upos::Verb || has_child(out, v, "compound") {
            continue;
        }
        // The particle closes the object's phrase, and a preposition or a stop follows it:
        // "over" before a noun phrase is its preposition ("summons the ambassador over attacks").
        if p < out.len() && out[p].upos != Upos::Adp && !matches!(out[p].xpos.as_str(), "," | "." | ":") {
            continue;
        }
        let inside: Vec<usize> = (1..p).filter(|&k| descends(out, k, o)).collect();
        if inside.first().is_none_or(|&lo| lo <= v) || inside.len() != p - inside[0] || children(out, p).any(|k| k < p) {
            continue;
        }
        for k in children(out, p).collect::<Vec<_>>() {
            out[k - 1].head = v as u32;
            if out[k - 1].deprel.is("nmod") {
                out[k - 1].deprel = rel("obl");
            }
        }
        out[p - 1].head = v as u32;
        out[p - 1].deprel = rel("compound:prt");
        out[p - 1].upos = Upos::Adp;
        out[p - 1].xpos = detente_core::Xpos::parse("RP");
    }
}

fn passive_agent(out: &mut [WordAnalysis]) {
    for x in 3..=out.len() {
        let n = out[x - 1].head as usize;
        if !out[x - 1].deprel.is("nmod") || !is_nominal(out[x - 1].upos) || n == 0 || n >= x || out[n - 1].upos != Upos::Propn || !out[n - 1].deprel.is("obl") {
            continue;
        }
        let v = out[n - 1].head as usize;
        if !by_case(out, x) || v == 0 || v >= n || out[v - 1].upos != Upos::Verb {
            continue;
        }
        // (The verb's agent may be labelled `obl` with its "by".)
        let passive = has_child(out, v, "aux:pass") || has_child(out, v, "nsubj:pass");
        if passive && !children(out, v).any(|c| out[c - 1].deprel.is("obl") && (out[c - 1].deprel.as_str() == "obl:agent" || by_case(out, c))) {
            out[x - 1].head = v as u32;
            out[x - 1].deprel = rel("obl:agent");
        }
    }
}

fn object_before_adverbial(out: &mut [WordAnalysis]) {
    for x in 2..out.len() {
        let g = out[x - 1].head as usize;
        if !out[x - 1].deprel.is("nsubj") || !is_nominal(out[x - 1].upos) || g <= x || out[g - 1].xpos.as_str() != "VBG" || !out[g - 1].deprel.is("advcl") {
            continue;
        }
        let v = out[g - 1].head as usize;
        if v == 0 || v >= x || out[v - 1].upos != Upos::Verb || ["aux", "mark", "cc"].iter().any(|r| has_child(out, g, r)) {
            continue;
        }
        // An active verb with no complement of its own: not a participle modifying a noun.
        let attributive = out[v - 1].xpos.as_str() == "VBN" && !has_child(out, v, "aux");
        if attributive || ["obj", "ccomp", "xcomp", "aux:pass", "nsubj:pass"].iter().any(|r| has_child(out, v, r)) {
            continue;
        }
        // The phrase follows the verb, or its adverbs and particle.
        let (lo, _, whole) = span(out, x);
        if !whole || !(v + 1..lo).all(|k| out[k - 1].head as usize == v && (out[k - 1].deprel.is("advmod") || out[k - 1].deprel.is("compound"))) {
            continue;
        }
        out[x - 1].head = v as u32;
        out[x - 1].deprel = rel("obj");
    }
}

fn nominal_conjunct(out: &mut [WordAnalysis]) {
    for x in 2..=out.len() {
        let v = out[x - 1].head as usize;
        if !out[x - 1].deprel.is("conj") || !is_nominal(out[x - 1].upos) || v == 0 || v >= x || out[v - 1].upos != Upos::Verb {
            continue;
        }
        let attributive = out[v - 1].xpos.as_str() == "VBN" && !has_child(out, v, "aux");
        if attributive || out[v - 1].xpos.as_str() == "VBG" || !has_child(out, x, "cc") || has_child(out, x, "case") {
            continue;
        }
        // The verb's object before it, already a list.
        let Some(o) = children(out, v).find(|&c| c < x && out[c - 1].deprel.is("obj") && is_nominal(out[c - 1].upos)) else { continue };
        if children(out, o).any(|c| out[c - 1].deprel.is("conj")) && children(out, o).all(|c| c < x) {
            out[x - 1].head = o as u32;
        }
    }
}

fn shifted_object(out: &mut [WordAnalysis]) {
    for x in 3..=out.len() {
        let n = out[x - 1].head as usize;
        if !out[x - 1].deprel.is("obj") || n == 0 || n >= x || out[n - 1].upos != Upos::Noun || out[n - 1].xpos.as_str() != "NN" || !out[n - 1].deprel.is("obl") {
            continue;
        }
        let v = out[n - 1].head as usize;
        if v == 0 || v >= n || out[v - 1].upos != Upos::Verb || ["obj", "ccomp", "xcomp"].iter().any(|r| has_child(out, v, r)) {
            continue;
        }
        // The noun is bare: only its preposition, right before it, and the object hang on it.
        let bare = children(out, n).all(|c| c == x || (c + 1 == n && out[c - 1].deprel.is("case")));
        if !bare || n < 2 || !out[n - 2].deprel.is("case") || out[n - 2].head as usize != n {
            continue;
        }
        // The preposition follows the verb, or its particle or adverb.
        if !(v + 1..n - 1).all(|k| out[k - 1].head as usize == v && (out[k - 1].deprel.is("compound") || out[k - 1].deprel.is("advmod"))) {
            continue;
        }
        // The object's phrase opens right after the noun with a determiner, number or possessive.
        let (lo, _, whole) = span(out, x);
        let opener = &out[n];
        if lo != n + 1 || !whole || !(matches!(opener.upos, Upos::Det | Upos::Num) || matches!(opener.xpos.as_str(), "PRP$" | "$")) {
            continue;
        }
        out[x - 1].head = v as u32;
    }
}

fn bare_object(out: &mut [WordAnalysis]) {
    let (obl, agent) = (rel("obl"), rel("obl:agent"));
    for i in 1..=out.len() {
        let a = &out[i - 1];
        let h = a.head as usize;
        // (Also an agent without "by": "has banned opposition leader Juan Guaido from".)
        if (a.deprel != obl && a.deprel != agent) || !is_nominal(a.upos) || h == 0 || h > out.len() || h > i {
            continue;
        }
        let verb = &out[h - 1];
        if verb.upos != Upos::Verb || verb.xpos.as_str() == "VBN" && has_child(out, h, "aux") && a.deprel == obl {
            continue;
        }
        // The agent reading only where no passive can be: a finite or base form, or a perfect
        // participle ("has banned"; not "Al-Qaeda-linked Jama'at Nusrat", "is banned").
        let perfect = children(out, h).any(|c| out[c - 1].deprel.as_str() == "aux" && out[c - 1].lemma.eq_ignore_ascii_case("have"));
        if a.deprel == agent && (has_child(out, h, "aux:pass") || verb.xpos.as_str() == "VBN" && !perfect) {
            continue;
        }
        let time = |w: usize| is_time_noun(&out[w - 1].lemma.to_lowercase());
        if has_child(out, i, "case") || time(i) || children(out, i).any(time) {
            continue;
        }
        // The nominal follows the verb directly: only its own dependents (no commas) in between.
        if (h + 1..i).any(|k| out[k - 1].upos == Upos::Punct || out[k - 1].deprel.is("case") || !descends(out, k, i)) {
            continue;
        }
        if ["obj", "ccomp", "xcomp", "nsubj:pass", "aux:pass", "expl"].iter().any(|r| has_child(out, h, r)) {
            continue;
        }
        out[i - 1].deprel = rel("obj");
    }
}

fn finite_conjunct_root(out: &mut [WordAnalysis]) {
    let Some(root) = root_of(out) else { return };
    if !matches!(out[root - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron) {
        return;
    }
    let mut finite = (1..=out.len()).filter(|&i| is_finite(&out[i - 1]));
    let (Some(v), None) = (finite.next(), finite.next()) else { return };
    let conj = rel("conj");
    if out[v - 1].upos != Upos::Verb || out[v - 1].head as usize != root || out[v - 1].deprel != conj || v < root {
        return;
    }
    // A verb with its own subject or conjunction is a real conjunct; one with a case marker or
    // determiner is a noun mis-tagged as a verb.
    if ["nsubj", "cc", "case", "det"].iter().any(|r| has_child(out, v, r)) || children(out, v).any(|c| out[c - 1].deprel.as_str() == "compound") {
        return;
    }
    for i in 1..=out.len() {
        // The nominal's dependents after the verb (final punctuation) go to the verb.
        if out[i - 1].head as usize == root && i > v {
            out[i - 1].head = v as u32;
        }
    }
    out[v - 1].head = 0;
    out[v - 1].deprel = rel("root");
    out[root - 1].head = v as u32;
    out[root - 1].deprel = rel("nsubj");
}

fn finite_clause_root(out: &mut [WordAnalysis]) {
    let Some(root) = root_of(out) else { return };
    if !is_nominal(out[root - 1].upos) {
        return;
    }
    let Some(v) = (1..=out.len()).find(|&i| is_finite(&out[i - 1])) else { return };
    if v < root || out[v - 1].upos != Upos::Verb || !matches!(out[v - 1].xpos.as_str(), "VBD" | "VBZ" | "VBP") || out[v - 1].head as usize != root || out[v - 1].deprel.as_str() != "acl" {
        return;
    }
    if ["nsubj", "mark", "aux", "cc", "case", "det", "expl"].iter().any(|r| has_child(out, v, r)) {
        return;
    }
    reroot(out, v, root, "nsubj", |o, i| o[i - 1].head as usize == root);
}

/// Whether word `v` (a verb) with the word after it is listed in
/// `dictionaries/language/unpassivized_verbs.txt` (a lemma, or a lemma and its preposition).
fn unpassivized(out: &[WordAnalysis], v: usize) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    let lemma = out[v - 1].lemma.to_lowercase();
    let next = out.get(v).map(|a| a.lemma.to_lowercase()).unwrap_or_default();
    listed(&SET, UNPASSIVIZED_VERBS_TXT, &lemma) || listed(&SET, UNPASSIVIZED_VERBS_TXT, &format!("{lemma} {next}"))
}

fn past_tense_root(out: &mut [WordAnalysis]) {
    let Some(root) = root_of(out) else { return };
    if !is_nominal(out[root - 1].upos) {
        return;
    }
    let Some(v) = (root + 1..=out.len()).find(|&i| matches!(out[i - 1].upos, Upos::Verb | Upos::Aux)) else { return };
    let a = &out[v - 1];
    // A regular verb: its participle is its past tense (an irregular one's may not be: "taken").
    let irregular = irregular_past(a);
    if a.xpos.as_str() != "VBN" || a.upos != Upos::Verb || !a.deprel.is("acl") || irregular {
        return;
    }
    // The noun it hangs on is the root or inside the root's phrase (through nmod/conj links).
    let mut h = a.head as usize;
    let mut steps = 0;
    while h != root && h != 0 && steps <= out.len() && (out[h - 1].deprel.is("nmod") || out[h - 1].deprel.is("conj")) {
        h = out[h - 1].head as usize;
        steps += 1;
    }
    if h != root || (root + 1..v).any(|k| out[k - 1].upos == Upos::Punct) {
        return;
    }
    // Finite verbs of the sentence's own: not in the participle's clause, a reported or relative
    // clause ("chanting \"Slovakia is Europe\"") or a clause opened by a subordinating word
    // ("demanding that the government drop its plans").
    let embedded = |k: usize| (1..=out.len()).any(|c| (["ccomp", "acl:relcl", "parataxis"].contains(&out[c - 1].deprel.as_str()) || has_child(out, c, "mark")) && descends(out, k, c));
    if (1..=out.len()).any(|k| is_finite(&out[k - 1]) && !descends(out, k, v) && !embedded(k)) {
        return;
    }
    if ["nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cc", "case", "det", "expl"].iter().any(|r| has_child(out, v, r)) {
        return;
    }
    let agent = children(out, v).any(|c| children(out, c).any(|d| d < c && out[d - 1].deprel.is("case") && out[d - 1].lemma.eq_ignore_ascii_case("by")));
    if agent || !(has_child(out, v, "obj") || unpassivized(out, v)) {
        return;
    }
    for i in v + 1..=out.len() {
        if out[i - 1].head as usize == root {
            out[i - 1].head = v as u32;
        }
    }
    out[v - 1].head = 0;
    out[v - 1].deprel = rel("root");
    out[v - 1].xpos = detente_core::Xpos::parse("VBD");
    out[root - 1].head = v as u32;
    out[root - 1].deprel = rel("nsubj");
}

fn adjective_before_object(out: &mut [WordAnalysis]) {
    for a in 2..out.len() {
        let v = a - 1;
        if out[a - 1].xpos.as_str() != "JJ" || out[a - 1].deprel.as_str() != "xcomp" || out[a - 1].head as usize != v {
            continue;
        }
        if out[v - 1].upos != Upos::Verb || has_child(out, v, "obj") || reporting_verb(out, v) || out[a].upos != Upos::Propn {
            continue;
        }
        // The name phrase: the proper nouns (and hyphens inside names) from the word after the
        // adjective; its head is the one word of it hung outside it.
        let mut end = a + 1;
        while end < out.len() && (out[end].upos == Upos::Propn || (out[end].xpos.as_str() == "HYPH" && end + 1 < out.len() && out[end + 1].upos == Upos::Propn)) {
            end += 1;
        }
        let run = a + 1..=end;
        let heads: Vec<usize> = run.clone().filter(|&k| !run.contains(&(out[k - 1].head as usize))).collect();
        let [n] = heads[..] else { continue };
        // A name that is the subject of a finite verb after it, other than one above the verb,
        // opens a clause of its own.
        let w = out[n - 1].head as usize;
        let subject_of = |x: usize| out[n - 1].deprel.is("nsubj") && x != 0 && x > end && is_finite(&out[x - 1]) && !descends(out, v, x);
        let possessor = out[n - 1].deprel.as_str() == "nmod:poss" || out.get(end).is_some_and(|t| t.xpos.as_str() == "POS");
        if subject_of(w) || possessor || descends(out, v, n) {
            continue;
        }
        // Phrases hung on the name's words after it are the verb's; the adjective's dependents and a
        // non-finite verb the name was the subject of hang on the verb as its adverbial clauses.
        // (Only nominal phrases from the name: a relative clause or apposition stays the name's.)
        let phrases: Vec<usize> = (end + 1..=out.len()).filter(|&k| run.contains(&(out[k - 1].head as usize)) && out[k - 1].deprel.is("nmod")).collect();
        let clauses: Vec<usize> = (end + 1..=out.len()).filter(|&k| out[k - 1].head as usize == a && out[k - 1].upos == Upos::Verb).collect();
        for k in phrases {
            attach(out, k, v, "obl");
        }
        for k in clauses {
            attach(out, k, v, "advcl");
        }
        if w != 0 && w != v && w > end && out[w - 1].upos == Upos::Verb && !is_finite(&out[w - 1]) && !descends(out, v, w) {
            attach(out, w, v, "advcl");
        }
        attach(out, a, n, "amod");
        attach(out, n, v, "obj");
    }
}

/// Whether word `a`'s lemma is an irregular verb, whose participle need not be its past tense
/// ("taken", "shown"): a regular verb's "-ed" form is both.
fn irregular_past(a: &WordAnalysis) -> bool {
    super::irregular::IrregularVerbs::shipped().kind(super::hashing::hash_lower(&a.lemma)) & super::irregular::BASE != 0
}

fn coordinated_past_clause(out: &mut [WordAnalysis]) {
    for v in 2..=out.len() {
        let a = &out[v - 1];
        let irregular = irregular_past(a);
        if a.xpos.as_str() != "VBN" || a.upos != Upos::Verb || !a.deprel.is("acl") || irregular || !unpassivized(out, v) {
            continue;
        }
        if ["nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cc"].iter().any(|r| has_child(out, v, r)) {
            continue;
        }
        // The noun's phrase ends right before the verb and opens right after "and" or "but".
        let n = a.head as usize;
        if n == 0 || n > v || !is_nominal(out[n - 1].upos) {
            continue;
        }
        let (lo, hi, whole) = span_without(out, n, v);
        if !whole || hi + 1 != v || lo < 3 {
            continue;
        }
        let c = lo - 1;
        if out[c - 1].upos != Upos::Cconj || !matches!(out[c - 1].lemma.to_lowercase().as_str(), "and" | "but") {
            continue;
        }
        // The first clause's verb: the nearest finite verb before the conjunction that heads a
        // clause of the sentence's own (not a relative clause).
        let Some(m) = (1..c).rev().find(|&k| out[k - 1].upos == Upos::Verb && is_finite(&out[k - 1]) && matches!(out[k - 1].deprel.as_str(), "root" | "ccomp" | "parataxis" | "conj")) else { continue };
        if descends(out, m, v) || descends(out, m, n) {
            continue;
        }
        let first = if out[c - 2].upos == Upos::Punct { c - 1 } else { c };
        let (_, end, _) = span(out, v);
        let inside = |h: usize| h >= first && h <= end;
        // Words of the new clause hung outside it, or on the conjunction or comma, hang on the verb;
        // words outside it hung on the conjunction or comma hang on the first clause's verb.
        for k in 1..=out.len() {
            let h = out[k - 1].head as usize;
            if k == v || k == n {
                continue;
            }
            if inside(k) && (!inside(h) || h == c || h == first) {
                out[k - 1].head = v as u32;
            } else if !inside(k) && (h == c || h == first) && h != 0 {
                out[k - 1].head = m as u32;
            }
        }
        attach(out, c, v, "cc");
        if first != c {
            attach(out, first, v, "punct");
        }
        attach(out, n, v, "nsubj");
        attach(out, v, m, "conj");
        out[v - 1].xpos = detente_core::Xpos::parse("VBD");
    }
}

fn predicate_attachment(out: &mut [WordAnalysis]) {
    for a in 2..=out.len() {
        let w = &out[a - 1];
        let h = w.head as usize;
        // The object is a name or a personal pronoun, which take no adjective after them ("amod"
        // there is the parser's slip); a common noun may ("the people responsible", "a contract
        // worth $3 billion", "anything yellow").
        if h == 0 || h >= a || !matches!(out[h - 1].xpos.as_str(), "NNP" | "NNPS" | "PRP") {
            continue;
        }
        if w.upos != Upos::Adj || w.xpos.as_str() != "JJ" || !["list", "appos", "conj", "dep", "amod"].contains(&w.deprel.as_str()) || has_child(out, a, "cc") {
            continue;
        }
        // The head is a verb's object, and every word between it and the adjective is a name
        // inside the object's phrase.
        let (o, v) = (&out[h - 1], out[h - 1].head as usize);
        if !o.deprel.is("obj") || v == 0 || out[v - 1].upos != Upos::Verb {
            continue;
        }
        if (h + 1..a).any(|k| !descends(out, k, h) || out[k - 1].upos != Upos::Propn) {
            continue;
        }
        out[a - 1].head = v as u32;
        out[a - 1].deprel = rel("xcomp");
    }
}

fn relative_subject_verb(out: &mut [WordAnalysis]) {
    for f in 3..=out.len() {
        let w = &out[f - 1];
        if w.xpos.as_str() != "VBD" || w.upos != Upos::Verb || !has_child(out, f, "obj") {
            continue;
        }
        if ["nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "cc", "expl"].iter().any(|r| has_child(out, f, r)) {
            continue;
        }
        // The participle: the head itself (an unmarked advcl or conjunct), or the participle
        // above the noun the past hangs on (through obl and nmod links).
        let h = w.head as usize;
        let p = if w.deprel.is("advcl") || w.deprel.as_str() == "conj" {
            h
        } else if w.deprel.as_str() == "acl" && h > 0 && is_nominal(out[h - 1].upos) {
            let mut n = h;
            for _ in 0..out.len() {
                let a = &out[n - 1];
                if !(a.deprel.is("nmod") || a.deprel.is("obl")) || a.deprel.is("obl:agent") || a.head == 0 {
                    break;
                }
                n = a.head as usize;
                if out[n - 1].upos == Upos::Verb {
                    break;
                }
            }
            n
        } else {
            continue;
        };
        if p == 0 || p >= f || out[p - 1].xpos.as_str() != "VBN" || out[p - 1].upos != Upos::Verb {
            continue;
        }
        if ["aux", "aux:pass", "mark", "nsubj:pass", "cop"].iter().any(|r| has_child(out, p, r)) {
            continue;
        }
        let Some(s) = children(out, p).find(|&c| out[c - 1].deprel.as_str() == "nsubj" && c < p) else { continue };
        // No punctuation between the subject and the past (a comma-set participle clause is
        // another shape).
        if (s..f).any(|k| out[k - 1].upos == Upos::Punct) {
            continue;
        }
        // The participle's own dependents after the past belong to the past.
        take_place(out, f, p, |o, k| k > f && o[k - 1].head as usize == p);
        attach(out, p, s, "acl");
        attach(out, s, f, "nsubj");
        return;
    }
}

fn measured_subordinate(out: &mut [WordAnalysis]) {
    for x in 1..=out.len() {
        let v = out[x - 1].head as usize;
        if !out[x - 1].deprel.is("nsubj") || !is_nominal(out[x - 1].upos) || v == 0 || v < x || !is_time_noun(&out[x - 1].lemma.to_lowercase()) || !is_finite(&out[v - 1]) || out[v - 1].upos != Upos::Verb {
            continue;
        }
        let Some(y) = children(out, x).find(|&y| y > x && y < v && is_nominal(out[y - 1].upos) && out[y - 1].deprel.is("nmod")) else { continue };
        let Some(p) = children(out, y).find(|&p| p < y && out[p - 1].deprel.is("case") && ["after", "before"].contains(&out[p - 1].lemma.to_lowercase().as_str())) else { continue };
        // Nothing but the phrase (and the verb's adverbs) between it and the verb: no comma
        // closing a fronted phrase before the verb's real subject ("Hours after Trump's
        // announcement, President Petro orders ...").
        let inside = |k: usize| descends(out, k, x) || (out[k - 1].head as usize == v && out[k - 1].upos == Upos::Adv);
        if (x + 1..v).any(|k| (out[k - 1].upos == Upos::Punct && out[k - 1].xpos.as_str() != "HYPH") || !inside(k)) {
            continue;
        }
        out[y - 1].head = v as u32;
        out[y - 1].deprel = rel("nsubj");
        out[p - 1].head = v as u32;
        out[p - 1].deprel = rel("mark");
        out[x - 1].deprel = rel("obl:unmarked");
        if out[v - 1].deprel.is("conj") {
            out[v - 1].deprel = rel("advcl");
        }
    }
}

fn list_subject(out: &mut [WordAnalysis]) {
    let Some(root) = root_of(out) else { return };
    if !is_nominal(out[root - 1].upos) {
        return;
    }
    let mut finite = (1..=out.len()).filter(|&i| is_finite(&out[i - 1]));
    let (Some(v), None) = (finite.next(), finite.next()) else { return };
    let n = out[v - 1].head as usize;
    if out[v - 1].upos != Upos::Verb || !(out[v - 1].deprel.is("conj") || out[v - 1].deprel.as_str() == "acl") || n == root || n == 0 || v < n || !is_nominal(out[n - 1].upos) {
        return;
    }
    if ["nsubj", "cc", "case", "det", "compound", "amod", "nmod:poss"].iter().any(|r| has_child(out, v, r)) {
        return;
    }
    // The chain from the verb's noun up to the root: appositions and conjuncts of names only.
    let mut chain = vec![n];
    let mut k = n;
    while k != root {
        let a = &out[k - 1];
        if !(a.deprel.is("appos") || a.deprel.is("conj")) || a.head == 0 || out[a.head as usize - 1].upos != Upos::Propn && a.head as usize != root {
            return;
        }
        k = a.head as usize;
        chain.push(k);
        if chain.len() > out.len() {
            return;
        }
    }
    if chain.iter().any(|&c| out[c - 1].upos != Upos::Propn) {
        return;
    }
    for &c in &chain {
        if out[c - 1].deprel.is("appos") {
            out[c - 1].deprel = rel("conj");
        }
    }
    reroot(out, v, root, "nsubj", |o, i| chain.contains(&(o[i - 1].head as usize)));
}

/// Makes verb `v` the sentence's root and the old root `root` its dependent with `relation`
/// (`nsubj` when the verb was hung under its subject, `ccomp` when a closing verb of saying takes
/// the clause before it); the words after `v` that `moved` picks (by index into `out`) hang on `v`
/// instead. Shared by the repairs that find the sentence's real main verb below the parsed root.
fn reroot(out: &mut [WordAnalysis], v: usize, root: usize, relation: &str, moved: impl Fn(&[WordAnalysis], usize) -> bool) {
    take_place(out, v, root, |o, i| i > v && moved(o, i));
    attach(out, root, v, relation);
}

/// Puts word `new` in the place of word `old` in the tree: `new` takes `old`'s head and relation,
/// and every other word that `moved` picks (by index into `out`, all read before any moves) hangs
/// on `new`. The repairs that find a phrase's real head below the parsed one share it, then
/// `attach` the old head where it belongs.
fn take_place(out: &mut [WordAnalysis], new: usize, old: usize, moved: impl Fn(&[WordAnalysis], usize) -> bool) {
    let (head, deprel) = (out[old - 1].head, out[old - 1].deprel);
    let picked: Vec<usize> = (1..=out.len()).filter(|&i| i != new && moved(out, i)).collect();
    for i in picked {
        out[i - 1].head = new as u32;
    }
    out[new - 1].head = head;
    out[new - 1].deprel = deprel;
}

/// Hangs `word` on `head` with `relation`.
fn attach(out: &mut [WordAnalysis], word: usize, head: usize, relation: &str) {
    out[word - 1].head = head as u32;
    out[word - 1].deprel = rel(relation);
}

/// Whether passive verb `v` lacks an agent (`obl:agent`, or an `obl` with "by").
fn lacks_agent(out: &[WordAnalysis], v: usize) -> bool {
    let passive = has_child(out, v, "aux:pass") || has_child(out, v, "nsubj:pass");
    passive && !children(out, v).any(|c| out[c - 1].deprel.as_str() == "obl:agent" || (out[c - 1].deprel.is("obl") && by_case(out, c)))
}

/// Whether nominal `x` has "by" as its case marker.
fn by_case(out: &[WordAnalysis], x: usize) -> bool {
    introduced_by(out, x, "case", "by")
}

/// Whether word `x` has a dependent before it of `relation` (e.g. "case", "mark") whose lemma is `word`.
fn introduced_by(out: &[WordAnalysis], x: usize, relation: &str, word: &str) -> bool {
    children(out, x).any(|c| c < x && out[c - 1].deprel.is(relation) && out[c - 1].lemma.eq_ignore_ascii_case(word))
}

fn subordinator_object(out: &mut [WordAnalysis]) {
    for m in 2..out.len() {
        let h = out[m - 1].head as usize;
        if !out[m - 1].lemma.eq_ignore_ascii_case("that") || out[m - 1].upos != Upos::Sconj || !out[m - 1].deprel.is("obj") || h == 0 || h >= m || out[h - 1].upos != Upos::Verb {
            continue;
        }
        // The clause's verb: the first finite or bare verb in the subtree of "that" (a
        // participle may modify the subject: "ships entering the Strait"), not in a relative
        // clause, with only the subject's words, in that subtree, before it.
        let Some(v) = (m + 1..=out.len()).find(|&k| out[k - 1].upos == Upos::Verb && matches!(out[k - 1].xpos.as_str(), "VB" | "VBP" | "VBZ" | "VBD") && descends(out, k, m)) else { continue };
        let between_ok = (m + 1..v).all(|k| descends(out, k, m) && out[k - 1].upos != Upos::Aux && !matches!(out[k - 1].xpos.as_str(), "WDT" | "WP" | "WP$"));
        // (A verb form before a hyphen opens a compound modifier: "guided-missile destroyers".)
        let hyphen = out.get(v).is_some_and(|a| a.xpos.as_str() == "HYPH");
        if v == m + 1 || !between_ok || hyphen || out[v - 1].deprel.is("acl:relcl") {
            continue;
        }
        // One nominal heads the words between: the subject.
        let heads: Vec<usize> = (m + 1..v).filter(|&k| !(m + 1..v).contains(&(out[k - 1].head as usize))).collect();
        let [s] = heads[..] else { continue };
        if !matches!(out[s - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron) {
            continue;
        }
        let others: Vec<usize> = children(out, m).filter(|&c| c != s && c != v).collect();
        attach(out, v, h, "ccomp");
        attach(out, m, v, "mark");
        attach(out, s, v, "nsubj");
        for c in others {
            out[c - 1].head = v as u32;
        }
    }
}

fn controlling_oblique(out: &mut [WordAnalysis]) {
    for m in 2..out.len() {
        let (h, v) = (m - 1, out[m - 1].head as usize);
        let on = matches!(out[m - 1].lemma.to_ascii_lowercase().as_str(), "on" | "upon");
        if !on || !out[m - 1].deprel.is("mark") || out[h - 1].upos != Upos::Verb || v <= m || out[v - 1].upos != Upos::Verb || out[v - 1].head as usize != h {
            continue;
        }
        // The infinitive's own "to" right before it, and its subject between the two.
        let to = v - 1;
        let infinitive = out[to - 1].lemma.eq_ignore_ascii_case("to") && out[to - 1].head as usize == v && out[to - 1].deprel.is("mark");
        let Some(s) = children(out, v).find(|&c| c > m && c < to && out[c - 1].deprel.as_str() == "nsubj") else { continue };
        if !infinitive || !matches!(out[s - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron) || (m + 1..to).any(|k| !descends(out, k, s)) {
            continue;
        }
        attach(out, s, h, "obl");
        attach(out, m, s, "case");
        attach(out, v, h, "xcomp");
    }
}

fn by_gerund(out: &mut [WordAnalysis]) {
    for g in 2..=out.len() {
        if out[g - 1].xpos.as_str() != "VBG" || out[g - 1].deprel.as_str() != "acl" || !introduced_by(out, g, "mark", "by") {
            continue;
        }
        // Up from the noun through objects, obliques and noun modifiers to the verb.
        let mut n = out[g - 1].head as usize;
        let mut verb = None;
        for _ in 0..out.len() {
            if n == 0 || !(is_nominal(out[n - 1].upos) || out[n - 1].upos == Upos::Pron) {
                break;
            }
            let a = &out[n - 1];
            if !(a.deprel.is("obj") || a.deprel.is("obl") || a.deprel.is("nmod") || a.deprel.is("iobj")) {
                break;
            }
            let h = a.head as usize;
            if h != 0 && out[h - 1].upos == Upos::Verb {
                verb = Some(h);
                break;
            }
            n = h;
        }
        if let Some(v) = verb.filter(|&v| v < g) {
            attach(out, g, v, "advcl");
        }
    }
}

fn of_object_phrase(out: &mut [WordAnalysis]) {
    static VERBS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    for x in 2..=out.len() {
        if out[x - 1].deprel.as_str() != "obl" || !is_nominal(out[x - 1].upos) || !introduced_by(out, x, "case", "of") {
            continue;
        }
        let v = out[x - 1].head as usize;
        if v == 0 || v > x || out[v - 1].upos != Upos::Verb || listed(&VERBS, OF_VERBS_TXT, &out[v - 1].lemma.to_lowercase()) {
            continue;
        }
        // The noun right before the phrase's first word, "of" itself (not "out of", "because of"),
        // itself the verb's object or oblique.
        let first = (1..x).filter(|&k| descends(out, k, x)).min().unwrap_or(x);
        if !out[first - 1].lemma.eq_ignore_ascii_case("of") {
            continue;
        }
        let n = first - 1;
        if n == 0 || out[n - 1].head as usize != v || !(out[n - 1].deprel.as_str() == "obj" || out[n - 1].deprel.as_str() == "obl") || !matches!(out[n - 1].upos, Upos::Noun | Upos::Propn) {
            continue;
        }
        attach(out, x, n, "nmod");
    }
}

fn more_than(out: &mut [WordAnalysis]) {
    for m in 1..out.len() {
        let t = m + 1;
        let comparative = matches!(out[m - 1].lemma.to_lowercase().as_str(), "more" | "less" | "few" | "fewer" | "much" | "many");
        if !comparative || !out[t - 1].lemma.eq_ignore_ascii_case("than") || !(out[t - 1].deprel.is("case") || out[t - 1].deprel.is("mark")) {
            continue;
        }
        // The number it bounds, right after "than" or after "a" ("more than a million").
        let Some(n) = (t + 1..=(t + 2).min(out.len())).find(|&k| out[k - 1].upos == Upos::Num) else { continue };
        if (t + 1..n).any(|k| !out[k - 1].lemma.eq_ignore_ascii_case("a")) {
            continue;
        }
        let noun = out[t - 1].head as usize;
        // The verb the slip hung "more" on, when it comes before it.
        let verb = out[m - 1].head as usize;
        attach(out, t, m, "fixed");
        if out[n - 1].head as usize != m {
            attach(out, m, n, "advmod");
        }
        // The counted noun left an oblique by the slip is the object of the verb before it (of
        // "more"'s verb, when the slip hung the noun on a later one: "provided more than a million
        // shells to Russia, the agency told lawmakers", "shells" under "told").
        if noun > n && is_nominal(out[noun - 1].upos) && out[noun - 1].deprel.as_str() == "obl" && !children(out, noun).any(|c| out[c - 1].deprel.is("case")) {
            let v = if out[noun - 1].head as usize > m && verb != 0 && verb < m { verb } else { out[noun - 1].head as usize };
            if v != 0 && v < m && out[v - 1].upos == Upos::Verb && !has_child(out, v, "obj") {
                attach(out, noun, v, "obj");
            }
        }
    }
}

fn measured_adverb(out: &mut [WordAnalysis]) {
    for a in 1..=out.len() {
        if out[a - 1].upos != Upos::Adv || !matches!(out[a - 1].lemma.to_lowercase().as_str(), "late" | "early" | "ago") {
            continue;
        }
        let v = out[a - 1].head as usize;
        if v == 0 || out[v - 1].upos != Upos::Verb || out[a - 1].deprel.as_str() != "advmod" {
            continue;
        }
        let measure = |d: &DepRel| matches!(d.as_str(), "obl:unmarked" | "obl:npmod" | "nmod:unmarked" | "nmod:npmod");
        let Some(n) = children(out, a).find(|&n| measure(&out[n - 1].deprel) && is_nominal(out[n - 1].upos)) else { continue };
        // The noun's phrase must end right before the adverb, and no word of it name a time ("a
        // couple of weeks ago").
        let (lo, hi, whole) = span(out, n);
        if !whole || hi + 1 != a || has_child(out, n, "nummod") || (lo..=hi).any(|k| is_time_noun(&out[k - 1].lemma.to_lowercase())) {
            continue;
        }
        if n < v && !has_child(out, v, "nsubj") && !has_child(out, v, "nsubj:pass") && !has_child(out, v, "csubj") {
            let passive = has_child(out, v, "aux:pass");
            attach(out, n, v, if passive { "nsubj:pass" } else { "nsubj" });
        } else if v < n && !has_child(out, v, "obj") {
            attach(out, n, v, "obj");
        }
    }
}

fn object_control(out: &mut [WordAnalysis]) {
    static VERBS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    // Objects that are no doer: a time, chance or means given for the act (`means_nouns.txt`).
    static MEANS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    for i in 2..=out.len() {
        let a = &out[i - 1];
        if a.upos != Upos::Verb || a.xpos.as_str() != "VB" || !(a.deprel.as_str() == "acl" || a.deprel.as_str() == "advcl") || !introduced_by(out, i, "mark", "to") {
            continue;
        }
        let h = a.head as usize;
        let (v, o) = if a.deprel.as_str() == "acl" {
            if h == 0 || out[h - 1].deprel.as_str() != "obj" {
                continue;
            }
            (out[h - 1].head as usize, h)
        } else {
            let Some(o) = children(out, h).find(|&c| c > h && c < i && out[c - 1].deprel.as_str() == "obj") else { continue };
            (h, o)
        };
        if v == 0 || v > o || o > i || out[v - 1].upos != Upos::Verb || !listed(&VERBS, OBJECT_CONTROL_VERBS_TXT, &out[v - 1].lemma.to_lowercase()) {
            continue;
        }
        let noun = &out[o - 1];
        let means = listed(&MEANS, MEANS_NOUNS_TXT, &noun.lemma.to_lowercase());
        let own_phrase = children(out, o).any(|c| c > o && c < i && out[c - 1].deprel.is("nmod"));
        let own_subject_or_question = children(out, i).any(|c| out[c - 1].deprel.is("nsubj") || (c < i && matches!(out[c - 1].lemma.to_lowercase().as_str(), "how" | "what" | "where" | "when" | "whether" | "which" | "who")));
        if !matches!(noun.upos, Upos::Noun | Upos::Propn | Upos::Pron) || means || own_phrase || own_subject_or_question {
            continue;
        }
        attach(out, i, v, "xcomp");
    }
}

fn as_complement(out: &mut [WordAnalysis]) {
    static JUDGING: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    static ROLES: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    for v in 1..=out.len() {
        if out[v - 1].upos != Upos::Verb || !listed(&JUDGING, AS_COMPLEMENT_VERBS_TXT, &out[v - 1].lemma.to_lowercase()) {
            continue;
        }
        let Some(o) = children(out, v).find(|&c| c > v && out[c - 1].deprel.as_str() == "obj") else { continue };
        for x in o + 1..=out.len() {
            // "as part of" places a thing, it does not judge it.
            if !is_nominal(out[x - 1].upos) || out[x - 1].lemma.eq_ignore_ascii_case("part") || !introduced_by(out, x, "case", "as") || !descends(out, x, o) {
                continue;
            }
            // No verb on the way up to the object names a role with "as".
            let mut k = out[x - 1].head as usize;
            let mut own = false;
            while k != o && k != 0 {
                own |= out[k - 1].upos == Upos::Verb && listed(&ROLES, AS_ROLE_VERBS_TXT, &out[k - 1].lemma.to_lowercase());
                k = out[k - 1].head as usize;
            }
            if !own {
                attach(out, x, v, "obl");
            }
            break;
        }
    }
}

fn whether_infinitive(out: &mut [WordAnalysis]) {
    for m in 2..out.len().saturating_sub(1) {
        let v = m + 2;
        let infinitive = out[m].lemma.eq_ignore_ascii_case("to") && out[m].upos == Upos::Part && out[v - 1].upos == Upos::Verb && out[v - 1].xpos.as_str() == "VB";
        if !out[m - 1].lemma.eq_ignore_ascii_case("whether") || !infinitive || out[v - 1].head as usize != m {
            continue;
        }
        // The verb that takes the question: right before "whether", or the one above it, before it.
        let above = out[m - 1].head as usize;
        let Some(h) = [m - 1, above].into_iter().find(|&h| h != 0 && h < m && out[h - 1].upos == Upos::Verb && !descends(out, h, v)) else { continue };
        let others: Vec<usize> = children(out, m).filter(|&c| c != v).collect();
        attach(out, v, h, "ccomp");
        attach(out, m, v, "mark");
        attach(out, m + 1, v, "mark");
        for c in others {
            out[c - 1].head = v as u32;
        }
    }
}

fn percent_modifier(out: &mut [WordAnalysis]) {
    for x in 2..out.len() {
        let n = x + 1;
        let percent = matches!(out[x - 1].lemma.to_ascii_lowercase().as_str(), "%" | "percent");
        let counted = children(out, x).any(|c| c < x && out[c - 1].upos == Upos::Num && out[c - 1].deprel.is("nummod"));
        if !percent || !counted || out[n - 1].head as usize != x || out[n - 1].upos != Upos::Noun || !matches!(out[n - 1].xpos.as_str(), "NN" | "NNS") {
            continue;
        }
        take_place(out, n, x, |o, i| o[i - 1].head as usize == x && !o[i - 1].deprel.is("nummod"));
        attach(out, x, n, "compound");
    }
}

fn participle_on_object(out: &mut [WordAnalysis]) {
    for p in 3..=out.len() {
        let h = out[p - 1].head as usize;
        let clause = ["advcl", "ccomp", "xcomp", "parataxis"].iter().any(|r| out[p - 1].deprel.as_str() == *r);
        if out[p - 1].upos != Upos::Verb || out[p - 1].xpos.as_str() != "VBN" || !clause || h == 0 || h >= p || out[h - 1].upos != Upos::Verb {
            continue;
        }
        if has_child(out, p, "aux") || has_child(out, p, "mark") || has_child(out, h, "obj") || (has_child(out, h, "ccomp") && out[p - 1].deprel.as_str() != "ccomp") {
            continue;
        }
        let Some(s) = children(out, p).find(|&k| k > h && k < p && out[k - 1].deprel.as_str() == "nsubj" && is_nominal(out[k - 1].upos)) else { continue };
        let n = p - 1;
        // The participle follows the noun of a prepositional phrase inside the subject's phrase
        // (its own head right before it is a subject and verb: "..., the officials added", with
        // "added" read as a participle).
        if n == s || !is_nominal(out[n - 1].upos) || !has_child(out, n, "case") || !descends(out, n, s) {
            continue;
        }
        let before: Vec<usize> = children(out, p).filter(|&k| k < s).collect();
        if before.iter().any(|&k| k + 1 != s || !matches!(out[k - 1].upos, Upos::Noun | Upos::Sym)) {
            continue;
        }
        attach(out, s, h, "obj");
        attach(out, p, n, "acl");
        for k in before {
            attach(out, k, s, "compound");
        }
    }
}

fn counted_participle(out: &mut [WordAnalysis]) {
    for x in 1..out.len().saturating_sub(1) {
        let p = x + 1;
        if out[x - 1].upos != Upos::Num || out[p - 1].head as usize != x || out[p - 1].upos != Upos::Verb || !matches!(out[p - 1].xpos.as_str(), "VBN" | "VBG") {
            continue;
        }
        let deps: Vec<usize> = children(out, p).collect();
        let [n] = deps[..] else { continue };
        if n <= p || !out[n - 1].deprel.is("obj") || !is_nominal(out[n - 1].upos) || !matches!(out[n - 1].xpos.as_str(), "NNS" | "NNPS") || !(p + 1..n).all(|k| descends(out, k, n)) {
            continue;
        }
        take_place(out, n, x, |_, _| false);
        attach(out, x, n, "nummod");
        attach(out, p, n, "amod");
    }
    // yield08: the same phrase read as a clause, the number its subject, right after a verb with
    // no object ("returned 30 looted antiquities": "30" nsubj of "looted", "antiquities" its
    // object) is the verb's counted object: a clause with no subject before its verb but a bare
    // number is no clause of its own.
    for x in 2..out.len().saturating_sub(1) {
        let (h, p) = (x - 1, x + 1);
        if out[x - 1].upos != Upos::Num || out[x - 1].head as usize != p || !out[x - 1].deprel.is("nsubj") || out[p - 1].upos != Upos::Verb || !matches!(out[p - 1].xpos.as_str(), "VBD" | "VBN") {
            continue;
        }
        if out[h - 1].upos != Upos::Verb || ["obj", "ccomp", "xcomp"].iter().any(|r| has_child(out, h, r)) {
            continue;
        }
        let deps: Vec<usize> = children(out, p).collect();
        let [a, n] = deps[..] else { continue };
        if a != x || n <= p || !out[n - 1].deprel.is("obj") || !is_nominal(out[n - 1].upos) || !matches!(out[n - 1].xpos.as_str(), "NNS" | "NNPS") || !(p + 1..n).all(|k| descends(out, k, n)) {
            continue;
        }
        attach(out, n, h, "obj");
        attach(out, x, n, "nummod");
        attach(out, p, n, "amod");
        out[p - 1].xpos = Xpos::parse("VBN");
    }
}

fn up_to_count(out: &mut [WordAnalysis]) {
    for u in 2..out.len().saturating_sub(2) {
        let (t, num) = (u + 1, u + 2);
        if !out[u - 1].lemma.eq_ignore_ascii_case("up") || !out[t - 1].lemma.eq_ignore_ascii_case("to") || out[num - 1].upos != Upos::Num {
            continue;
        }
        let (v, n) = (out[u - 1].head as usize, out[num - 1].head as usize);
        if v == 0 || v >= u || n <= num || n > out.len() || out[v - 1].upos != Upos::Verb || out[t - 1].head as usize != n || !out[t - 1].deprel.is("case") {
            continue;
        }
        // (A span of time after "up to" measures the verb: "lasting up to 2 minutes".)
        let plural = is_nominal(out[n - 1].upos) && matches!(out[n - 1].xpos.as_str(), "NNS" | "NNPS") && !is_time_noun(&out[n - 1].lemma.to_ascii_lowercase());
        let taken = ["obj", "aux:pass", "nsubj:pass"].iter().any(|r| has_child(out, v, r));
        if !plural || taken || out[n - 1].head as usize != v || !out[n - 1].deprel.is("obl") || !out[num - 1].deprel.is("nummod") {
            continue;
        }
        out[u - 1].upos = Upos::Adp;
        attach(out, u, num, "advmod");
        attach(out, t, u, "fixed");
        attach(out, n, v, "obj");
    }
}

fn that_clause_attachment(out: &mut [WordAnalysis]) {
    for m in 2..out.len() {
        if !out[m - 1].lemma.eq_ignore_ascii_case("that") {
            continue;
        }
        // "that" read as a pronoun object of the closing verb, the clause right after it a
        // complement of the same verb: it is the clause's marker.
        let o = out[m - 1].head as usize;
        if out[m - 1].deprel.is("obj") && o > m && o <= out.len() {
            let clause = children(out, o).find(|&c| c > m && c < o && out[c - 1].deprel.is("ccomp") && span(out, c).0 == m + 1);
            if let Some(c) = clause {
                out[m - 1].upos = Upos::Sconj;
                out[m - 1].xpos = detente_core::Xpos::parse("IN");
                out[m - 1].head = c as u32;
                out[m - 1].deprel = rel("mark");
            }
        }
        let c = out[m - 1].head as usize;
        if !out[m - 1].deprel.is("mark") || c <= m || c > out.len() {
            continue;
        }
        let h = out[c - 1].head as usize;
        if !out[c - 1].deprel.is("ccomp") || h <= c || h > out.len() {
            continue;
        }
        // The nearest verb before "that" whose dependents fill the gap, under the clause's head.
        let Some(v) = (1..m).rev().find(|&k| out[k - 1].upos == Upos::Verb) else { continue };
        if v == h || !descends(out, v, h) || descends(out, v, c) || !(v + 1..m).all(|k| descends(out, k, v)) || children(out, v).any(|k| out[k - 1].deprel.is("ccomp")) {
            continue;
        }
        out[c - 1].head = v as u32;
    }
}

fn agent_attachment(out: &mut [WordAnalysis]) {
    for b in 1..out.len() {
        if !out[b - 1].lemma.eq_ignore_ascii_case("by") {
            continue;
        }
        let h = out[b - 1].head as usize;
        if h == 0 {
            continue;
        }
        let (x, v) = if out[b - 1].deprel.is("mark") {
            // "by" marking a noun-headed clause whose "subject" follows it directly.
            let Some(x) = children(out, h).find(|&x| x > b && x < h && out[x - 1].deprel.is("nsubj") && is_nominal(out[x - 1].upos)) else { continue };
            if !is_nominal(out[h - 1].upos) || (b + 1..x).any(|k| out[k - 1].head as usize != x && !descends(out, k, x)) {
                continue;
            }
            (x, out[h - 1].head as usize)
        } else if out[b - 1].deprel.is("case") && is_nominal(out[h - 1].upos) {
            let x = h;
            let bare = !children(out, x).any(|c| out[c - 1].deprel.is("nummod") || out[c - 1].upos == Upos::Num) && out[x - 1].lemma != "%";
            let n = out[x - 1].head as usize;
            if !bare || n == 0 || n > x {
                continue;
            }
            let r = out[x - 1].deprel;
            if r.is("obl") && matches!(out[n - 1].upos, Upos::Adj | Upos::Verb) && !lacks_agent(out, n) {
                // Up from a secondary predicate or an infinitive to the passive verb.
                let mut k = n;
                let mut steps = 0;
                while k != 0 && steps <= out.len() && !lacks_agent(out, k) {
                    let a = &out[k - 1];
                    let up = (a.upos == Upos::Adj && a.deprel.is("xcomp")) || (a.upos == Upos::Verb && matches!(a.xpos.as_str(), "VB" | "VBG") && (a.deprel.is("advcl") || a.deprel.is("xcomp")) && !has_child(out, k, "nsubj"));
                    if !up {
                        k = 0;
                        break;
                    }
                    k = a.head as usize;
                    steps += 1;
                }
                if k == 0 || k == n {
                    continue;
                }
                (x, k)
            } else if r.is("nmod") && out[n - 1].upos == Upos::Noun && out[n - 1].deprel.is("obl") && children(out, n).any(|c| c < n && out[c - 1].deprel.is("case") && out[c - 1].lemma.eq_ignore_ascii_case("at")) {
                (x, out[n - 1].head as usize)
            } else {
                continue;
            }
        } else {
            continue;
        };
        if v == 0 || v > x || out[v - 1].upos != Upos::Verb || !lacks_agent(out, v) {
            continue;
        }
        let clause = out[b - 1].deprel.is("mark").then_some(h);
        out[b - 1].head = x as u32;
        out[b - 1].deprel = rel("case");
        out[x - 1].head = v as u32;
        out[x - 1].deprel = rel("obl:agent");
        if let Some(h) = clause {
            // The noun the marker headed is an oblique of the verb (with its own preposition).
            out[h - 1].deprel = rel("obl");
        }
    }
}

fn past_conjunct_of_nonfinite(out: &mut [WordAnalysis]) {
    for v in 2..=out.len() {
        let a = &out[v - 1];
        let n = a.head as usize;
        if a.upos != Upos::Verb || !matches!(a.xpos.as_str(), "VBD" | "VBN") || !a.deprel.is("conj") || n == 0 || n > v {
            continue;
        }
        // A base form after "do" is finite in effect ("which we did not seek but accepted").
        let supported = children(out, n).any(|c| out[c - 1].deprel.is("aux") && out[c - 1].lemma.eq_ignore_ascii_case("do"));
        if out[n - 1].upos != Upos::Verb || !matches!(out[n - 1].xpos.as_str(), "VB" | "VBG") || supported {
            continue;
        }
        if !has_child(out, v, "cc") || ["nsubj", "nsubj:pass", "aux", "aux:pass", "expl", "mark"].iter().any(|r| has_child(out, v, r)) {
            continue;
        }
        let mut k = out[n - 1].head as usize;
        let mut steps = 0;
        while k != 0 && steps <= out.len() && !(out[k - 1].upos == Upos::Verb && out[k - 1].xpos.as_str() == "VBD") {
            k = out[k - 1].head as usize;
            steps += 1;
        }
        if k == 0 || k > v || steps > out.len() {
            continue;
        }
        out[v - 1].head = k as u32;
        out[v - 1].xpos = detente_core::Xpos::parse("VBD");
    }
}

fn finite_conjunct_attachment(out: &mut [WordAnalysis]) {
    for v in 1..=out.len() {
        let a = &out[v - 1];
        let n = a.head as usize;
        if a.upos != Upos::Verb || !is_finite(a) || a.deprel.as_str() != "conj" || n == 0 || n > v {
            continue;
        }
        if matches!(out[n - 1].upos, Upos::Verb | Upos::Aux | Upos::Adj) || !has_child(out, v, "cc") || has_child(out, v, "nsubj") || has_child(out, v, "expl") {
            continue;
        }
        // A verb takes some complement or modifier; one with a noun's dependents is a noun
        // mis-tagged as a verb ("with a swordstick and knives").
        let deps: Vec<DepRel> = children(out, v).map(|c| out[c - 1].deprel).collect();
        if !deps.iter().any(|r| !r.is("cc") && !r.is("punct")) || deps.iter().any(|r| ["det", "case", "amod", "compound", "nummod"].iter().any(|n| r.as_str() == *n)) {
            continue;
        }
        let mut k = out[n - 1].head as usize;
        let mut steps = 0;
        let target = loop {
            if k == 0 || k > out.len() || steps > out.len() {
                break None;
            }
            let w = &out[k - 1];
            if w.upos == Upos::Verb && w.xpos == a.xpos && k < v {
                break Some(k);
            }
            if w.upos == Upos::Verb && is_finite(w) {
                break None;
            }
            k = w.head as usize;
            steps += 1;
        };
        if let Some(t) = target {
            out[v - 1].head = t as u32;
        }
    }
}

fn object_of_conjunct(out: &mut [WordAnalysis]) {
    for i in 1..=out.len() {
        let h = out[i - 1].head as usize;
        if out[i - 1].deprel.as_str() != "obj" || h == 0 || h > i {
            continue;
        }
        // The nearest verb before the object, after its head, if it is a conjunct of the head.
        let Some(c) = (h + 1..i).rev().find(|&k| out[k - 1].upos == Upos::Verb) else { continue };
        if out[c - 1].deprel.as_str() != "conj" || out[c - 1].head as usize != h || has_child(out, c, "obj") || has_child(out, c, "ccomp") {
            continue;
        }
        // The head verb has its own object before the conjunct: a shared object ("intercepted
        // and destroyed 56 drones") stays on the first verb, as UD attaches shared dependents.
        if !(h + 1..c).any(|k| out[k - 1].head as usize == h && out[k - 1].deprel.as_str() == "obj") {
            continue;
        }
        // A participle right before the noun is its attributive adjective ("plotting attempted
        // coups and targeted assassinations"), not a verb.
        if c + 1 == i && matches!(out[c - 1].xpos.as_str(), "VBN" | "VBG") {
            continue;
        }
        // Only the verb's particle and the object's own dependents in between.
        if (c + 1..i).all(|k| descends(out, k, i) || out[k - 1].head as usize == c && out[k - 1].deprel.as_str() == "compound:prt") {
            out[i - 1].head = c as u32;
        }
    }
}

fn headed_preposition(out: &mut [WordAnalysis]) {
    for p in 1..=out.len() {
        let a = &out[p - 1];
        if a.upos != Upos::Adp || !(a.deprel.is("nmod") || a.deprel.is("obl")) || a.head as usize > out.len() {
            continue;
        }
        // The nominal highest in the preposition's subtree, to its right (leftmost on ties).
        let depth = |mut k: usize| {
            let mut d = 0;
            while k != p && d <= out.len() {
                k = out[k - 1].head as usize;
                d += 1;
            }
            d
        };
        // Not a preposition introducing a clause ("as the army repels ...", "before X is
        // scheduled"), nor one with a fixed expression ("of course").
        let below = |k: usize| k != p && descends(out, k, p);
        if (1..=out.len()).any(|k| below(k) && (is_finite(&out[k - 1]) || out[k - 1].head as usize == p && out[k - 1].deprel.is("fixed"))) {
            continue;
        }
        let Some(x) = (p + 1..=out.len())
            .filter(|&k| matches!(out[k - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num) && !out[k - 1].deprel.is("nmod:poss") && below(k))
            .min_by_key(|&k| depth(k))
        else {
            continue;
        };
        // Words on the path from the nominal up to the preposition, and the preposition's other
        // dependents, now hang on the nominal.
        let mut k = out[x - 1].head as usize;
        while k != p {
            let next = out[k - 1].head as usize;
            out[k - 1].head = x as u32;
            if out[k - 1].upos == Upos::Det {
                out[k - 1].deprel = rel("det");
            }
            k = next;
        }
        for c in children(out, p).collect::<Vec<_>>() {
            if c != x {
                out[c - 1].head = x as u32;
            }
        }
        out[x - 1].head = out[p - 1].head;
        out[x - 1].deprel = out[p - 1].deprel;
        out[p - 1].head = x as u32;
        out[p - 1].deprel = rel("case");
    }
}

/// [`REDUCED_RELATIVE_CONJUNCT`]: "brandy imported from the EU", "imported" a conjunct of the verb
/// whose phrase holds "brandy", is that noun's participle.
fn reduced_relative_conjunct(out: &mut [WordAnalysis]) {
    for v in 2..=out.len() {
        let a = &out[v - 1];
        let h = a.head as usize;
        let n = v - 1;
        if a.upos != Upos::Verb || !matches!(a.xpos.as_str(), "VBD" | "VBN") || a.deprel.as_str() != "conj" || h == 0 || h >= n || !matches!(out[n - 1].upos, Upos::Noun | Upos::Propn) {
            continue;
        }
        // The noun inside the phrase of the verb the past form hangs on: its object, or a noun
        // hanging from it through nominal relations.
        let mut x = n;
        let mut under = false;
        for _ in 0..6 {
            let p = out[x - 1].head as usize;
            let d = out[x - 1].deprel;
            if p == 0 || !(d.is("obj") || d.is("nmod") || d.is("obl") || d.is("conj") || d.is("appos") || d.is("compound")) {
                break;
            }
            if p == h {
                under = true;
                break;
            }
            x = p;
        }
        let own = ["nsubj", "aux", "obj", "cc", "mark", "expl", "csubj"].iter().any(|r| has_child(out, v, r));
        let origin = children(out, v).any(|k| k > v && out[k - 1].deprel.is("obl") && children(out, k).any(|c| c < k && out[c - 1].deprel.is("case") && matches!(out[c - 1].lemma.to_lowercase().as_str(), "from" | "by")));
        if under && !own && origin {
            attach(out, v, n, "acl");
            out[v - 1].xpos = Xpos::parse("VBN");
        }
    }
    // yield08: the noun read as the conjunct's subject, its phrase right after a verb with no
    // object and no coordinator or comma before the past form ("Russia handed back three
    // Ukrainian navy vessels seized a year ago": "vessels" nsubj of "seized", conj of "handed")
    // is that verb's object and the past form its reduced relative: a conjoined clause needs its
    // "and", "but" or comma; a past form with no object after a plain noun phrase is passive.
    for v in 3..=out.len() {
        let a = &out[v - 1];
        let h = a.head as usize;
        let n = v - 1;
        if a.upos != Upos::Verb || !matches!(a.xpos.as_str(), "VBD" | "VBN") || a.deprel.as_str() != "conj" || h == 0 || h >= n || out[h - 1].upos != Upos::Verb {
            continue;
        }
        if out[n - 1].head as usize != v || !out[n - 1].deprel.is("nsubj") || !is_nominal(out[n - 1].upos) || out[n - 1].upos == Upos::Propn {
            continue;
        }
        if ["aux", "obj", "cc", "mark", "expl", "ccomp", "xcomp", "iobj"].iter().any(|r| has_child(out, v, r)) || ["obj", "ccomp", "xcomp", "iobj"].iter().any(|r| has_child(out, h, r)) {
            continue;
        }
        // The subject's phrase follows the verb at once, after its particle or adverb ("back").
        let (lo, hi, whole) = span(out, n);
        if !whole || hi != n || !(h + 1..lo).all(|k| out[k - 1].head as usize == h && (out[k - 1].deprel.is("compound") || out[k - 1].deprel.is("advmod"))) || (lo..=n).any(|k| out[k - 1].upos == Upos::Punct) {
            continue;
        }
        attach(out, n, h, "obj");
        attach(out, v, n, "acl");
        out[v - 1].xpos = Xpos::parse("VBN");
    }
}

/// [`GERUND_OBJECT`]: "investigating suspected money laundering by X", "laundering" an adverbial
/// clause with "money" its object, is the object's head noun.
fn gerund_object(out: &mut [WordAnalysis]) {
    for v in 2..=out.len() {
        let a = &out[v - 1];
        let h = a.head as usize;
        let n = v - 1;
        if a.upos != Upos::Verb || a.xpos.as_str() != "VBG" || a.deprel.as_str() != "advcl" || h == 0 || h >= n {
            continue;
        }
        if out[n - 1].head as usize != h || out[n - 1].deprel.as_str() != "obj" || out[n - 1].upos != Upos::Noun {
            continue;
        }
        if ["nsubj", "aux", "obj", "cc", "mark", "expl", "ccomp", "xcomp"].iter().any(|r| has_child(out, v, r)) {
            continue;
        }
        let Some(by) = children(out, v).find(|&k| k > v && out[k - 1].deprel.is("obl") && by_case(out, k)) else { continue };
        attach(out, v, h, "obj");
        out[v - 1].upos = Upos::Noun;
        out[v - 1].xpos = Xpos::parse("NN");
        attach(out, n, v, "compound");
        out[by - 1].deprel = rel("nmod");
    }
}

/// [`ARGUMENT_CONJUNCT`]: "called on the United States and the European Union", "Union" a
/// conjunct of "called", joins "States".
fn argument_conjunct(out: &mut [WordAnalysis]) {
    for x in 3..=out.len() {
        let v = out[x - 1].head as usize;
        if !out[x - 1].deprel.is("conj") || !is_nominal(out[x - 1].upos) || v == 0 || v >= x || out[v - 1].upos != Upos::Verb {
            continue;
        }
        if ["case", "nsubj", "cop", "aux", "mark", "obj"].iter().any(|r| has_child(out, x, r)) {
            continue;
        }
        // A name, or a noun with a word of a noun phrase on it: a bare common noun may be a verb
        // the tagger misread ("gather in Madrid and calls for ...").
        let phrase = out[x - 1].upos == Upos::Propn || ["det", "nummod", "amod", "compound", "nmod:poss", "flat"].iter().any(|r| children(out, x).any(|c| out[c - 1].deprel.as_str() == *r || out[c - 1].deprel.is(r)));
        // A noun with a verb conjunct of its own is a verb misread ("... Unit stop and seize").
        if !phrase || children(out, x).any(|c| out[c - 1].deprel.is("conj") && out[c - 1].upos == Upos::Verb) {
            continue;
        }
        // Its own conjunction opens its phrase.
        let Some(cc) = children(out, x).find(|&c| out[c - 1].deprel.is("cc")) else { continue };
        let (lo, _, _) = span(out, x);
        if cc != lo || !matches!(out[cc - 1].lemma.to_lowercase().as_str(), "and" | "or") {
            continue;
        }
        // The verb's object or oblique whose phrase ends right before the conjunction.
        let Some(o) = children(out, v).find(|&c| c < cc && (out[c - 1].deprel.is("obj") || out[c - 1].deprel.is("obl")) && is_nominal(out[c - 1].upos) && {
            let (_, hi, whole) = span(out, c);
            whole && hi + 1 == cc
        }) else {
            continue;
        };
        out[x - 1].head = o as u32;
    }
}

/// Whether word `v` is a verb of saying (`dictionaries/language/reporting_verbs.txt`).
fn reporting_verb(out: &[WordAnalysis], v: usize) -> bool {
    static VERBS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    out[v - 1].upos == Upos::Verb && listed(&VERBS, REPORTING_VERBS_TXT, &out[v - 1].lemma.to_lowercase())
}

/// Whether finite verb `v` has none of the words that open a clause of its own (subject, marker,
/// auxiliary, conjunction, case marker, determiner, expletive) nor a relative word.
fn bare_finite(out: &[WordAnalysis], v: usize) -> bool {
    out[v - 1].upos == Upos::Verb
        && matches!(out[v - 1].xpos.as_str(), "VBD" | "VBZ" | "VBP")
        && !["nsubj", "csubj", "mark", "aux", "cc", "case", "det", "expl"].iter().any(|r| has_child(out, v, r))
        && !children(out, v).any(|c| out[c - 1].xpos.as_str().starts_with('W') || out[c - 1].lemma.eq_ignore_ascii_case("that"))
}

/// [`CONTACT_CLAUSE_ROOT`]: "Chinese actor Wang Xing went missing", "went" an `acl:relcl` of
/// "actor" with its subject "Wang" right after it, is the root with "actor" its subject.
fn contact_clause_root(out: &mut [WordAnalysis]) {
    let Some(root) = root_of(out) else { return };
    let upos = out[root - 1].upos;
    // A hyphenated compound ("Flood-hit Pakistan") modifies the name after it.
    let hyphenated = root > 1 && out[root - 2].xpos.as_str() == "HYPH";
    if !is_nominal(upos) || hyphenated || has_child(out, root, "cop") || has_child(out, root, "case") || (upos == Upos::Noun && has_child(out, root, "det")) {
        return;
    }
    let Some(v) = children(out, root).find(|&c| c > root && out[c - 1].deprel.as_str() == "acl:relcl") else { return };
    let finite = matches!(out[v - 1].xpos.as_str(), "VBD" | "VBZ" | "VBP") || has_child(out, v, "aux");
    if out[v - 1].upos != Upos::Verb || !finite || children(out, v).any(|c| out[c - 1].xpos.as_str().starts_with('W') || out[c - 1].lemma.eq_ignore_ascii_case("that")) {
        return;
    }
    let Some(s) = children(out, v).find(|&c| c < v && out[c - 1].deprel.is("nsubj")) else { return };
    let (first, last, whole) = span(out, s);
    if !is_nominal(out[s - 1].upos) || first != root + 1 || !whole || !(first..=last).all(|k| matches!(out[k - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj)) {
        return;
    }
    take_place(out, v, root, |o, i| i > v && o[i - 1].head as usize == root);
    // A title right before a name describes it, as "President" does in "President Emmanuel
    // Macron"; a noun before the subject's phrase modifies its first noun.
    if first == s && upos == Upos::Noun && out[s - 1].upos == Upos::Propn && out[s - 1].lemma.starts_with(|c: char| c.is_uppercase()) {
        attach(out, root, s, "nmod:desc");
    } else {
        attach(out, root, if is_nominal(out[first - 1].upos) { first } else { s }, "compound");
    }
}

/// [`PARENTHESIS_SUBJECT`]: "Two people, including a government official, are arrested",
/// "arrested" hung on "official", is the root with "people" its subject.
fn parenthesis_subject(out: &mut [WordAnalysis]) {
    let Some(root) = root_of(out) else { return };
    if !is_nominal(out[root - 1].upos) || has_child(out, root, "cop") || has_child(out, root, "case") {
        return;
    }
    let comma = |k: usize| out[k - 1].upos == Upos::Punct && out[k - 1].lemma == ",";
    // The parenthesis opens with the first punctuation after the root, a comma.
    let Some(open) = (root + 1..=out.len()).find(|&k| out[k - 1].upos == Upos::Punct) else { return };
    if !comma(open) {
        return;
    }
    // The first finite word right after a later comma: the verb, or its auxiliary.
    let Some(f) = (open + 2..=out.len()).find(|&k| comma(k - 1) && is_finite(&out[k - 1])) else { return };
    let close = f - 1;
    let v = if out[f - 1].upos == Upos::Aux && out[f - 1].deprel.is("aux") { out[f - 1].head as usize } else { f };
    if v < f || v == 0 || out[v - 1].upos != Upos::Verb {
        return;
    }
    let h = out[v - 1].head as usize;
    let opens_clause = ["nsubj", "csubj", "expl", "mark", "cc"].iter().any(|r| has_child(out, v, r)) || children(out, v).any(|c| c < v && (out[c - 1].xpos.as_str().starts_with('W') || out[c - 1].lemma.eq_ignore_ascii_case("that")));
    if opens_clause || h <= open || h >= close || !descends(out, h, root) {
        return;
    }
    let relation = if has_child(out, v, "aux:pass") { "nsubj:pass" } else { "nsubj" };
    take_place(out, v, root, |o, i| i > v && o[i - 1].head as usize == root);
    attach(out, root, v, relation);
}

/// [`NESTED_CLAUSE_ROOT`]: "A flotilla of ... warships sailed near ...", "sailed" an `acl` of
/// "warships", is the root with "flotilla" its subject.
fn nested_clause_root(out: &mut [WordAnalysis]) {
    let Some(root) = root_of(out) else { return };
    if !is_nominal(out[root - 1].upos) {
        return;
    }
    let Some(v) = (1..=out.len()).find(|&i| is_finite(&out[i - 1])) else { return };
    let h = out[v - 1].head as usize;
    if v < root || h == root || h == 0 || h > v || out[v - 1].deprel.as_str() != "acl" || !bare_finite(out, v) {
        return;
    }
    // The noun it hangs on lies inside the root's phrase, through nmod/conj links.
    let mut k = h;
    let mut steps = 0;
    while k != root && k != 0 && steps <= out.len() && is_nominal(out[k - 1].upos) && (out[k - 1].deprel.is("nmod") || out[k - 1].deprel.is("conj")) {
        k = out[k - 1].head as usize;
        steps += 1;
    }
    if k != root || !is_nominal(out[h - 1].upos) || (root + 1..v).any(|i| out[i - 1].upos == Upos::Punct) {
        return;
    }
    reroot(out, v, root, "nsubj", |o, i| o[i - 1].head as usize == root);
}

/// [`REPORTING_APPOSITION`]: "..., a spokesman for the ministry said", "spokesman" an apposition
/// of a noun before the comma, is the subject of "said".
fn reporting_apposition(out: &mut [WordAnalysis]) {
    let Some(root) = root_of(out) else { return };
    for v in 3..=out.len() {
        if !reporting_verb(out, v) || !matches!(out[v - 1].xpos.as_str(), "VBD" | "VBZ" | "VBP") || has_subject(out, v) {
            continue;
        }
        // It closes the sentence: only its own dependents after it.
        if !(v + 1..=out.len()).all(|i| descends(out, i, v) || out[i - 1].upos == Upos::Punct && i == out.len()) {
            continue;
        }
        let bare = out[v - 1].deprel.as_str() == "acl" && bare_finite(out, v);
        if v != root && out[v - 1].head as usize != root && !bare {
            continue;
        }
        // The apposition whose phrase ends right before the verb, opened by a comma.
        let mut k = v - 1;
        let mut found = None;
        for _ in 0..out.len() {
            if k == 0 || k >= v || span(out, k).1 != v - 1 {
                break;
            }
            if out[k - 1].deprel.is("appos") && is_nominal(out[k - 1].upos) {
                found = Some(k);
                break;
            }
            k = out[k - 1].head as usize;
        }
        let Some(x) = found else { continue };
        let (lo, _, whole) = span(out, x);
        // The comma opening the phrase: its first word (hung on it) or the word before it.
        let comma = if out[lo - 1].lemma == "," { lo } else { lo - 1 };
        let first = out[x - 1].head as usize;
        if !whole || comma < 2 || out[comma - 1].lemma != "," || first == 0 || first >= comma {
            continue;
        }
        if out[comma - 1].head as usize == x {
            out[comma - 1].head = v as u32;
        }
        attach(out, x, v, "nsubj");
        if v != root {
            reroot(out, v, root, "ccomp", |o, i| o[i - 1].head as usize == root);
        }
        return;
    }
}

/// [`REPORTED_CLAUSE_SUBJECT`]: "said the kingdom's position ... remained tied", "remained" an
/// `acl` of the object "position", is the reported clause with "position" its subject.
fn reported_clause_subject(out: &mut [WordAnalysis]) {
    for v in 3..=out.len() {
        let n = out[v - 1].head as usize;
        if out[v - 1].deprel.as_str() != "acl" || n == 0 || n >= v || !bare_finite(out, v) || !out[n - 1].deprel.is("obj") || !matches!(out[n - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron) {
            continue;
        }
        let r = out[n - 1].head as usize;
        if r == 0 || r >= n || !reporting_verb(out, r) || has_child(out, r, "ccomp") {
            continue;
        }
        // A past tense, not a participle modifying the noun ("report the interception of a drone
        // launched from Yemen"): it governs an object or complement, or takes no passive.
        if !["obj", "xcomp", "ccomp"].iter().any(|d| has_child(out, v, d)) && !unpassivized(out, v) {
            continue;
        }
        attach(out, v, r, "ccomp");
        attach(out, n, v, "nsubj");
    }
}

/// [`VERB_WITH_OBJECT`]: "that the Netherlands scrap new curbs", "scrap" a noun with a subject
/// and an object, is a verb.
fn verb_with_object(out: &mut [WordAnalysis]) {
    for v in 2..out.len() {
        if out[v - 1].upos != Upos::Noun || !matches!(out[v - 1].xpos.as_str(), "NN" | "NNS") {
            continue;
        }
        let Some(subject) = children(out, v).find(|&c| c < v && out[c - 1].deprel.as_str() == "nsubj" && matches!(out[c - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron)) else { continue };
        let object = children(out, v).any(|c| c > v && out[c - 1].deprel.as_str() == "obj");
        // No word of a noun phrase of its own after the subject (one before it is the subject's:
        // "the" of "the Netherlands").
        let nominal = |c: usize| ["det", "nmod:poss", "case", "cop", "amod", "nummod", "compound"].contains(&out[c - 1].deprel.as_str());
        if !object || children(out, v).any(|c| c > subject && nominal(c)) {
            continue;
        }
        for c in children(out, v).filter(|&c| c < subject && out[c - 1].deprel.as_str() == "det").collect::<Vec<_>>() {
            out[c - 1].head = subject as u32;
        }
        let tag = if out[v - 1].xpos.as_str() == "NNS" { "VBZ" } else { "VB" };
        out[v - 1].upos = Upos::Verb;
        out[v - 1].xpos = Xpos::parse(tag);
    }
}

/// Verbs of telling that take an addressee and a that-clause ("told a forum that ..."), beside
/// the verbs of saying of `dictionaries/language/reporting_verbs.txt`.
const TELLING_VERBS: [&str; 6] = ["tell", "inform", "assure", "remind", "notify", "brief"];

/// [`THAT_CLAUSE_OF_SAYING`]: "said on Friday that relations ... were far from normal", the
/// clause an `acl:relcl` of "Friday", is the `ccomp` of "said".
fn that_clause_of_saying(out: &mut [WordAnalysis]) {
    for m in 2..out.len() {
        if !out[m - 1].lemma.eq_ignore_ascii_case("that") {
            continue;
        }
        let t = out[m - 1].head as usize;
        // The clause's head and the noun it hangs on: "that" a marker or object of the clause,
        // the clause on the noun; or "that" on the noun, the clause its complement.
        let (c, n) = if t > m && t <= out.len() && (out[m - 1].deprel.is("mark") || out[m - 1].deprel.is("obj")) && ["acl:relcl", "acl"].contains(&out[t - 1].deprel.as_str()) {
            (t, out[t - 1].head as usize)
        } else if let Some(k) = children(out, m).find(|&k| k > m && out[k - 1].deprel.is("ccomp")) {
            (k, t)
        } else {
            continue;
        };
        if n == 0 || n >= m || !matches!(out[n - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron) {
            continue;
        }
        // A finite clause with a subject of its own after "that", no other object if "that" was one.
        let finite = is_finite(&out[c - 1]) || children(out, c).any(|k| ["aux", "cop", "aux:pass"].contains(&out[k - 1].deprel.as_str()) && is_finite(&out[k - 1]));
        let subject = children(out, c).any(|k| k > m && k < c && out[k - 1].deprel.as_str().starts_with("nsubj"));
        let objects = children(out, c).filter(|&k| out[k - 1].deprel.is("obj")).count();
        if !finite || !subject || objects > usize::from(out[m - 1].deprel.is("obj") && t == c) {
            continue;
        }
        // The noun lies in the oblique phrase of a verb of saying before it, or in the object
        // phrase (the addressee) of a verb of telling; the object of a verb of saying is what is
        // said, and its that-clause its content ("denied the claim that ...").
        let (mut v, mut top) = (n, n);
        for _ in 0..out.len() {
            if v == 0 || !matches!(out[v - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron) || !["obl", "obj", "iobj", "nmod"].iter().any(|r| out[v - 1].deprel.is(r)) {
                break;
            }
            top = v;
            v = out[v - 1].head as usize;
        }
        if v == 0 || v >= n || out[v - 1].upos != Upos::Verb {
            continue;
        }
        let telling = TELLING_VERBS.contains(&out[v - 1].lemma.to_lowercase().as_str());
        let saying = reporting_verb(out, v) && out[top - 1].deprel.is("obl");
        if !(telling || saying) || has_child(out, v, "ccomp") || !(v + 1..m).all(|k| descends(out, k, v)) {
            continue;
        }
        out[m - 1].upos = Upos::Sconj;
        out[m - 1].xpos = Xpos::parse("IN");
        attach(out, m, c, "mark");
        attach(out, c, v, "ccomp");
    }
}

/// Verbs of naming whose object takes a second complement, what it is called (UD `xcomp`).
const NAMING_VERBS: [&str; 6] = ["call", "brand", "label", "dub", "term", "deem"];

/// [`NAMING_COMPLEMENT`]: "called a port deal between Ethiopia and Somaliland a blatant
/// violation", "violation" inside the object's phrase, is the `xcomp` of "called".
fn naming_complement(out: &mut [WordAnalysis]) {
    for v in 1..out.len() {
        if out[v - 1].upos != Upos::Verb || !NAMING_VERBS.contains(&out[v - 1].lemma.to_lowercase().as_str()) || ["xcomp", "obl:unmarked", "ccomp"].iter().any(|r| has_child(out, v, r)) {
            continue;
        }
        let indefinite = |o: &[WordAnalysis], y: usize| children(o, y).any(|k| k < y && o[k - 1].deprel.is("det") && matches!(o[k - 1].lemma.to_lowercase().as_str(), "a" | "an"));
        // "branded the world body a swamp": an indirect object, then the complement read as object.
        let iobj = children(out, v).find(|&k| k > v && out[k - 1].deprel.is("iobj") && is_nominal(out[k - 1].upos));
        let obj = children(out, v).find(|&k| k > v && out[k - 1].deprel.is("obj"));
        if let (Some(x), Some(y)) = (iobj, obj) {
            if x < y && indefinite(out, y) && (v + 1..y).all(|k| descends(out, k, x) || k > x && descends(out, k, y)) {
                attach(out, x, v, "obj");
                attach(out, y, v, "xcomp");
            }
            continue;
        }
        let Some(x) = obj.filter(|&x| matches!(out[x - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron)) else { continue };
        // The first word of the object's phrase after its head opening an indefinite phrase of
        // its own, read as an object, apposition or conjunct inside the object's phrase.
        let (_, hi, whole) = span(out, x);
        if !whole {
            continue;
        }
        let y = (x + 1..=hi).find(|&y| {
            matches!(out[y - 1].upos, Upos::Noun | Upos::Adj)
                && ["obj", "appos", "iobj", "nmod", "obl"].iter().any(|r| out[y - 1].deprel.as_str() == *r)
                && !has_child(out, y, "case")
                && indefinite(out, y)
                && out[y - 1].head as usize != v
                && nominal_path(out, y, x)
        });
        let Some(y) = y else { continue };
        let (lo, _, _) = span(out, y);
        if lo <= x || (x + 1..lo).any(|k| out[k - 1].upos == Upos::Punct && out[k - 1].lemma != "\"") {
            continue;
        }
        attach(out, y, v, "xcomp");
    }
}

/// Whether every word from `y`'s head up to `x` is a noun, proper noun, pronoun or adjective:
/// `y` lies in `x`'s noun phrase, not in a clause inside it.
fn nominal_path(out: &[WordAnalysis], y: usize, x: usize) -> bool {
    let mut k = out[y - 1].head as usize;
    for _ in 0..out.len() {
        if k == 0 || !matches!(out[k - 1].upos, Upos::Noun | Upos::Propn | Upos::Pron | Upos::Adj) {
            return false;
        }
        if k == x {
            return true;
        }
        k = out[k - 1].head as usize;
    }
    false
}

/// [`LEADING_DEMONYM`]: "Russian Foreign Minister Sergei Lavrov said ...", "Russian" the root
/// or an oblique, is an `amod` of "Sergei".
fn leading_demonym(out: &mut [WordAnalysis]) {
    // The adjective: the first word, or the second after a compound of it ("South Korean").
    let a = if out.len() > 1 && out[0].upos == Upos::Propn && out[0].deprel.is("compound") && out[0].head == 2 { 2 } else { 1 };
    if out.len() < a + 3 || out[a - 1].upos != Upos::Adj || out[a - 1].xpos.as_str() != "JJ" || out[a - 1].deprel.is("amod") {
        return;
    }
    // The nominal chain after it, up to the word it hangs on from outside the chain.
    let mut h = a + 1;
    if !matches!(out[h - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj) {
        return;
    }
    for _ in 0..out.len() {
        let k = out[h - 1].head as usize;
        if k <= a || !matches!(out[k - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj) || !["amod", "compound", "nmod:desc", "flat"].contains(&out[h - 1].deprel.as_str()) {
            break;
        }
        h = k;
    }
    if !matches!(out[h - 1].upos, Upos::Noun | Upos::Propn) || (a + 1..h).any(|k| !descends(out, k, h)) {
        return;
    }
    let v = out[h - 1].head as usize;
    if !out[h - 1].deprel.as_str().starts_with("nsubj") {
        return;
    }
    if out[a - 1].head == 0 {
        // The root: the verb the chain is the subject of takes its place.
        if v == 0 || v == a || out[v - 1].upos != Upos::Verb || out[v - 1].head as usize != a {
            return;
        }
        take_place(out, v, a, |o, i| o[i - 1].head as usize == a && i != h && !(a == 2 && i == 1));
    } else if children(out, a).any(|k| !(a == 2 && k == 1)) {
        return;
    }
    attach(out, a, h, "amod");
}
