//! The shipped language model: it loads, tags and parses a news sentence sensibly, and
//! reaches the accuracy targets (minus a small margin) on the first 300 sentences of
//! EWT test (read from ../shared/ud; skipped with a message when absent).
use detente_core::{Document, Sentence, Stage, TextRange, Token, Upos};
use detente_text::language::conllu::{read_file, TreeSentence};
use detente_text::language::eval::evaluate;
use detente_text::Analyzer;
use std::path::Path;
use std::time::Instant;

/// A document tokenized by hand (independent of the segmenter).
fn doc(words: &[&str]) -> Document {
    let text = words.join(" ");
    let mut d = Document::new("t", text.clone());
    let mut at = 0;
    for w in words {
        let start = text[at..].find(w).unwrap() + at;
        d.tokens.push(Token::new(TextRange::new(start, start + w.len())));
        at = start + w.len();
    }
    d.sentences.push(Sentence { range: TextRange::new(0, text.len()), tokens: 0..words.len() as u32 });
    d
}

#[test]
fn shipped_model_parses_a_news_sentence() {
    let t = Instant::now();
    let analyzer = Analyzer::shipped().expect("the shipped model loads");
    let ms = t.elapsed().as_millis();
    assert!(ms < 1500, "loading took {ms} ms"); // debug builds; release is far faster
    let mut d = doc(&["Israeli", "troops", "killed", "three", "militants", "and", "met", "protesters", "."]);
    analyzer.process(&mut d);
    let tok = |i: usize| &d.tokens[i];
    assert_eq!(tok(1).upos, Upos::Noun);
    assert_eq!(tok(2).upos, Upos::Verb);
    assert_eq!(tok(2).xpos.as_str(), "VBD");
    assert_eq!(tok(2).lemma, "kill");
    assert_eq!(tok(6).lemma, "meet");
    assert_eq!(tok(4).lemma, "militant");
    assert_eq!(tok(2).head, None, "'killed' is the root");
    assert_eq!(tok(1).head, Some(2));
    assert!(tok(1).deprel.is("nsubj"));
    assert_eq!(tok(4).head, Some(2), "'militants' is the object of 'killed'");
    assert!(tok(4).deprel.is("obj"));
    assert_eq!(tok(6).head, Some(2));
    assert!(tok(6).deprel.is("conj"));
    assert_eq!(tok(7).head, Some(6));
}

/// "Blinken shot down the balloon.": "shot" occurs in the training treebanks only as a
/// noun or participle, so the greedy tagger first reads it as a noun; the clause then has
/// no verb, and the irregular-verb table knows "shot" as a past form, so it is re-tagged.
#[test]
fn shot_down_the_balloon_is_a_past_tense_verb() {
    let analyzer = Analyzer::shipped().expect("model");
    for words in [&["Blinken", "shot", "down", "the", "balloon", "."][..], &["Troops", "shot", "the", "rebels", "."]] {
        let mut d = doc(words);
        analyzer.process(&mut d);
        assert_eq!(d.tokens[1].upos, Upos::Verb, "{words:?}");
        assert_eq!(d.tokens[1].lemma, "shoot", "{words:?}");
        assert_eq!(d.tokens.iter().filter(|t| t.head.is_none()).count(), 1, "one root");
    }
    let mut d = doc(&["after", "an", "American", "fighter", "plane", "shot", "down", "a", "balloon", "that", "was", "detected", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[5].upos, Upos::Verb);
    assert_eq!(d.tokens[0].upos, Upos::Sconj, "the clause opener subordinates the repaired clause");
    // A noun reading stays where the clause has its verb.
    let mut d = doc(&["The", "shot", "was", "fired", "from", "a", "rooftop", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[1].upos, Upos::Noun);
}

/// Tagging-time constraint `HAVE_PERFECT`: "has" before adverbs and a past participle is the
/// perfect auxiliary, so the participle heads the clause.
#[test]
fn have_before_adverbs_and_a_participle_is_an_auxiliary() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["The", "US", "has", "repeatedly", "called", "on", "China", "to", "stop", "the", "exports", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[2].upos, Upos::Aux);
    assert_eq!(d.tokens[2].xpos.as_str(), "VBZ");
    assert_eq!(d.tokens[4].head, None, "'called' is the root");
    assert!(d.tokens[2].deprel.is("aux"));
    // Possession stays a verb.
    let mut d = doc(&["They", "have", "two", "cars", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[1].upos, Upos::Verb);
}

/// Tagging-time constraint `VERBLESS_SENTENCE`: a sentence the tagger left without a finite
/// verb gets one after its opening subject (headline-style present tense, past participles).
#[test]
fn a_verbless_sentence_gets_its_verb_after_the_subject() {
    let analyzer = Analyzer::shipped().expect("model");
    let tag = |words: &[&str], i: usize| {
        let mut d = doc(words);
        analyzer.process(&mut d);
        (d.tokens[i].upos, d.tokens[i].xpos.as_str().to_string())
    };
    assert_eq!(tag(&["Myanmar", "president", "calls", "for", "reform", "of", "the", "constitution", "."], 2), (Upos::Verb, "VBZ".into()));
    assert_eq!(tag(&["Government", "forces", "arrest", "three", "men", "in", "Kaiama", "."], 2), (Upos::Verb, "VBP".into()));
    assert_eq!(tag(&["Government", "forces", "arrest", "three", "men", "in", "Kaiama", "."], 1), (Upos::Noun, "NNS".into()));
    assert_eq!(tag(&["Clashes", "erupted", "between", "police", "and", "protesters", "in", "the", "village", "."], 1), (Upos::Verb, "VBD".into()));
    // Headings and questions keep their readings.
    assert_eq!(tag(&["2025", "United", "States", "strikes", "against", "Iran"], 3).0, Upos::Noun);
    assert_eq!(tag(&["Passport", "needed", "for", "international", "boat", "cruise", "?"], 1).1, "VBN");
}

/// Tagging-time constraint `VERBLESS_LONG_SUBJECT`: headline subjects with prepositional
/// phrases, appositions and adjective heads before the verb a verbless sentence gets.
#[test]
fn a_long_headline_subject_still_finds_its_verb() {
    let analyzer = Analyzer::shipped().expect("model");
    let tags = |words: &[&str]| {
        let mut d = doc(words);
        analyzer.process(&mut d);
        d.tokens.iter().map(|t| t.xpos.as_str().to_string()).collect::<Vec<_>>()
    };
    let t = tags(&["Torrential", "rains", "in", "Punjab", ",", "Pakistan", ",", "kill", "at", "least", "63", "people", "."]);
    assert_eq!(t[7], "VBP");
    let t = tags(&["The", "Israeli", "military", "issues", "a", "statement", "telling", "residents", "to", "remain", "north", "."]);
    assert_eq!(t[3], "VBZ");
    // A plural noun before a noun compound: the noun that trails less is the verb.
    let t = tags(&["The", "International", "Criminal", "Court", "issues", "arrest", "warrants", "against", "Taliban", "leaders", "."]);
    assert_eq!((t[4].as_str(), t[5].as_str()), ("VBZ", "NN"));
    let t = tags(&["The", "Cuban", "coast", "guard", "trades", "fire", "with", "an", "American", "speedboat", "."]);
    assert_eq!((t[4].as_str(), t[5].as_str()), ("VBZ", "NN"));
    // An adjective before a name stays an adjective.
    let t = tags(&["United", "States", "crude", "oil", "surges", "to", "over", "$", "113", "per", "barrel", "."]);
    assert_eq!(t[2], "JJ");
}

/// Tagging-time constraint `REDUCED_RELATIVE`: a past form between a noun and prepositional
/// phrases that lead to the clause's verb is a participle modifying the noun.
#[test]
fn a_past_form_before_the_clause_verb_is_a_participle() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["Vehicles", "rigged", "with", "explosives", "were", "found", "in", "the", "mountains", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[1].xpos.as_str(), "VBN");
    // A past tense with its own clause keeps its reading.
    let mut d = doc(&["Police", "fired", "at", "the", "crowd", "and", "protesters", "fled", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[1].xpos.as_str(), "VBD");
}

/// Tagging-time constraint `UNKNOWN_NAME`: a capitalised word inside a sentence, unknown to
/// training and tagged a common noun, is a proper noun; not in title-cased text.
#[test]
fn unknown_capitalised_word_inside_a_sentence_is_a_name() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["President", "Joe", "Biden", "spoke", "on", "the", "phone", "with", "Xi", "earlier", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[8].upos, Upos::Propn);
    assert_eq!(d.tokens[8].lemma, "Xi");
    // Title case carries no name information.
    let mut d = doc(&["Lovely", "Cottage"]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[1].upos, Upos::Noun);
    // A known common noun keeps its reading.
    let mut d = doc(&["They", "met", "the", "President", "in", "the", "morning", "."]);
    analyzer.process(&mut d);
    assert_ne!(d.tokens[3].xpos.as_str(), "NNPS");
}

/// Tagging-time constraint `UNKNOWN_AUXILIARY`: an unknown capitalised word read as an auxiliary
/// is a name, and the sentence gets its subject.
#[test]
fn unknown_capitalised_auxiliary_is_a_name() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["Xi", "sent", "a", "message", "of", "condolence", "to", "Putin", "after", "the", "attack", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[0].upos, Upos::Propn, "{:?}", d.tokens[0]);
    assert!(d.tokens[0].deprel.is("nsubj"), "{:?}", d.tokens[0]);
    // A known auxiliary keeps its reading.
    let mut d = doc(&["Will", "Xi", "meet", "Putin", "?"]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[0].upos, Upos::Aux);
}

/// Tagging-time constraint `OF_PHRASE_SUBJECT`: a title with "of" in the subject's phrase does not
/// stop an unknown past form after it from being the verb.
#[test]
fn past_form_after_a_title_with_of_is_the_verb() {
    let analyzer = Analyzer::shipped().expect("model");
    let words = ["U.S.", "Secretary", "of", "State", "Warren", "Christopher", "telephoned", "Russian", "Foreign", "Minister", "Andrei", "Kozyrev", "on", "Tuesday", "."];
    let mut d = doc(&words);
    analyzer.process(&mut d);
    assert_eq!((d.tokens[6].upos, d.tokens[6].xpos.as_str()), (Upos::Verb, "VBD"), "{:?}", d.tokens[6]);
    // A quantity's "of" keeps the participle a reduced relative's.
    let mut d = doc(&["Dozens", "of", "civilians", "wounded", "in", "the", "strike", "were", "treated", "."]);
    analyzer.process(&mut d);
    assert_ne!(d.tokens[3].xpos.as_str(), "VBD", "{:?}", d.tokens[3]);
}

/// Tagging-time constraint `SUBJECT_VERB`: a plural noun after a clause-opening name, in a
/// clause without a finite verb and before "to" or an object, is a present-tense verb.
#[test]
fn plural_noun_after_a_name_subject_is_a_verb() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["Blinken", "plans", "to", "reiterate", "the", "warning", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[1].upos, Upos::Verb);
    assert_eq!(d.tokens[1].xpos.as_str(), "VBZ");
    assert_eq!(d.tokens[1].lemma, "plan");
    assert_eq!(d.tokens[1].head, None, "'plans' is the root");
    // The clause has its verb: the noun stays.
    let mut d = doc(&["Blinken", "plans", "were", "announced", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[1].upos, Upos::Noun);
}

/// Tagging-time constraint `COORDINATED_VERBS`: two coordinated words after a subject and
/// before an object, in a sentence without a finite verb, are its verbs; "to" before a known
/// adjective and a name is a preposition.
#[test]
fn coordinated_verbs_and_to_before_an_adjective() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["A", "bus", "driver", "shoots", "and", "kills", "two", "passengers", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[3].xpos.as_str(), "VBZ");
    assert_eq!(d.tokens[5].xpos.as_str(), "VBZ");
    assert_eq!(d.tokens[3].head, None, "'shoots' is the root");
    // An imperative keeps its base forms.
    let mut d = doc(&["Write", "an", "airline", "directly", "and", "get", "the", "answer", "."]);
    analyzer.process(&mut d);
    assert_ne!(d.tokens[5].xpos.as_str(), "VBP");
    let mut d = doc(&["Israel", "deploys", "the", "98th", "Division", "to", "southern", "Lebanon", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[5].upos, Upos::Adp);
    assert_eq!(d.tokens[6].upos, Upos::Adj);
}

#[test]
fn a_bare_form_agrees_with_a_plural_subject_head() {
    let analyzer = Analyzer::shipped().expect("model");
    // The subject's head is "Citizens", not the name before the verb.
    let mut d = doc(&["Citizens", "of", "Vanuatu", "vote", "for", "a", "new", "parliament", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[3].xpos.as_str(), "VBP", "{:?}", d.tokens.iter().map(|t| t.xpos.as_str()).collect::<Vec<_>>());
    // A later participle that can be the past tense is the verb instead.
    let mut d = doc(&["M23", "rebels", "clashed", "with", "Congolese", "troops", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[1].upos, Upos::Noun);
}

/// Tags of a hand-tokenized sentence, for assertion messages.
fn tags_of(d: &Document) -> Vec<&'static str> {
    d.tokens.iter().map(|t| t.xpos.as_str()).collect()
}

#[test]
fn an_acronym_after_a_preposition_is_a_name() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["Iraqi", "forces", "freed", "villages", "from", "IS", "on", "Sunday", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[5].upos, Upos::Propn, "{:?}", tags_of(&d));
    assert_eq!(d.tokens[3].deprel.as_str(), "obj", "'villages' is the object of 'freed'");
}

#[test]
fn over_before_a_number_keeps_the_object() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["Israel", "releases", "over", "1,900", "Palestinian", "detainees", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[2].xpos.as_str(), "RB", "{:?}", tags_of(&d));
    assert_eq!((d.tokens[5].head, d.tokens[5].deprel.as_str()), (Some(1), "obj"));
}

#[test]
fn an_s_form_agrees_with_a_singular_subject_head() {
    let analyzer = Analyzer::shipped().expect("model");
    // "United States" is inside a name, not the subject's head.
    for words in [
        &["A", "United", "States", "Air", "Force", "F-35", "pilot", "ejects", "during", "a", "crash", "."][..],
        &["The", "rocket", "stays", "in", "the", "air", "for", "ten", "minutes", "."],
        &["It", "later", "explodes", "in", "the", "countryside", "near", "Tarnawa", "."],
    ] {
        let mut d = doc(words);
        analyzer.process(&mut d);
        let verb = words.iter().position(|w| matches!(*w, "ejects" | "stays" | "explodes")).unwrap();
        assert_eq!(d.tokens[verb].xpos.as_str(), "VBZ", "{:?}", tags_of(&d));
    }
    // A noun in a verb's prepositional phrase is no subject; in a noun's it may be.
    let mut d = doc(&["The", "Ethiopian", "army", "advanced", "on", "the", "Tigrayan", "rebels", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[7].xpos.as_str(), "NNS", "{:?}", tags_of(&d));
    let mut d = doc(&["In", "the", "Central", "African", "Republic", ",", "the", "Government", "of", "Prime", "Minister", "Félix", "Moloua", "resigns", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[13].xpos.as_str(), "VBZ", "{:?}", tags_of(&d));
}

#[test]
fn an_unknown_first_word_before_an_s_verb_is_a_name() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["Modi", "hosts", "Putin", "in", "New", "Delhi", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[0].upos, Upos::Propn, "{:?}", tags_of(&d));
    assert_eq!(d.tokens[1].xpos.as_str(), "VBZ");
    assert_eq!(d.tokens[0].deprel.as_str(), "nsubj");
    // A nationality adjective before a plural noun and its verb stays.
    let mut d = doc(&["Houthi", "forces", "launch", "missiles", "at", "Israel", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[1].xpos.as_str(), "NNS", "{:?}", tags_of(&d));
}

#[test]
fn a_verb_before_a_participle_clause_or_after_a_long_subject_is_finite() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["Bulgarian", "president", "Rumen", "Radev", "resigns", ",", "marking", "the", "first", "resignation", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[4].xpos.as_str(), "VBZ", "{:?}", tags_of(&d));
    // "including" is no participle clause.
    let mut d = doc(&["Multiple", "companies", ",", "including", "Klarna", ",", "pause", "price", "changes", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[1].xpos.as_str(), "NNS", "{:?}", tags_of(&d));
    let mut d = doc(&["Local", "authorities", "of", "Teorama", ",", "Norte", "de", "Santander", ",", "Colombia", ",", "find", "the", "bodies", "of", "thirteen", "combatants", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[11].xpos.as_str(), "VBP", "{:?}", tags_of(&d));
    // Not a base form after an infinitive marker ("to unilaterally annex").
    let mut d = doc(&["Threats", "to", "unilaterally", "annex", "the", "territory", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[3].xpos.as_str(), "VB", "{:?}", tags_of(&d));
}

#[test]
fn lemmas_of_event_verbs() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["The", "talks", "will", "upgrade", "ties", "and", "the", "army", "attacked", "."]);
    analyzer.process(&mut d);
    let lemmas: Vec<&str> = d.tokens.iter().map(|t| t.lemma.as_str()).collect();
    assert_eq!(lemmas, ["the", "talk", "will", "upgrade", "tie", "and", "the", "army", "attack", "."]);
    // The treebank itself lemmatizes "fled" as "flead"; the irregular verb list wins.
    assert_eq!(analyzer.model().unwrap().lemmatizer.lemma("fled", detente_core::Xpos::parse("VBD")), "flee");
    // A suffix rule's unknown output gives way to a known lemma ("bombed" is not "bom").
    let lem = &analyzer.model().unwrap().lemmatizer;
    for (form, lemma) in [("bombed", "bomb"), ("shelled", "shell"), ("raided", "raid")] {
        assert_eq!(lem.lemma(form, detente_core::Xpos::parse("VBD")), lemma);
    }
}

#[test]
fn ewt_test_sample_reaches_targets() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/ud/en_ewt-ud-test.conllu");
    if !path.exists() {
        eprintln!("skipping: {} not found (needs ../shared/ud)", path.display());
        return;
    }
    let (sents, errors) = read_file(&path).expect("readable");
    assert!(errors.is_empty());
    let sample: Vec<&TreeSentence> = sents.iter().take(300).collect();
    let analyzer = Analyzer::shipped().expect("model");
    let s = evaluate(analyzer.model().unwrap(), &sample);
    eprintln!("EWT test, first 300 sentences: {}", s.summary());
    // Floors a little under the figures measured when the model was trained
    // (models/en/MODEL_CARD.md); a regression below them fails the test.
    assert!(s.pct(s.upos) >= UPOS_FLOOR, "UPOS {:.2}", s.pct(s.upos));
    assert!(s.pct(s.lemma) >= LEMMA_FLOOR, "lemma {:.2}", s.pct(s.lemma));
    assert!(s.pct(s.uas) >= UAS_FLOOR, "UAS {:.2}", s.pct(s.uas));
    assert!(s.pct(s.las) >= LAS_FLOOR, "LAS {:.2}", s.pct(s.las));
}

const UPOS_FLOOR: f64 = UPOS_MEASURED - 0.5;
const LEMMA_FLOOR: f64 = LEMMA_MEASURED - 0.5;
const UAS_FLOOR: f64 = UAS_MEASURED - 1.0;
const LAS_FLOOR: f64 = LAS_MEASURED - 1.0;
// Measured with the shipped model on these 300 sentences (release build, 2026-11-29, the model
// with word clusters from Wikipedia; the model before it measured UPOS 96.88, lemma 98.05, UAS 84.74,
// LAS 80.51 here).
const UPOS_MEASURED: f64 = 96.73;
const LEMMA_MEASURED: f64 = 98.01;
const UAS_MEASURED: f64 = 84.93;
const LAS_MEASURED: f64 = 80.88;

/// Per tagging-time constraint, on EWT and GUM dev with gold tokens: how many words it changes
/// and whether each change fixes or breaks the (UPOS, Penn) tag against gold; and how often it
/// fires on the Wikipedia current-events posts. Run with
/// `cargo test --release -p detente-text --test language_model constraint_effects -- --ignored --nocapture`.
#[test]
#[ignore]
fn constraint_effects_on_dev() {
    use detente_text::language::tagger::{AGREEMENT_HEAD, BASE_FORM_FINITE, CAPITALS_AFTER_PREPOSITION, COORDINATED_VERBS, HAVE_PERFECT, INITIAL_NAME, LATER_ADVERB, OVER_NUMBER, VERB_BEFORE_PARTICIPLE, VERBLESS_AGREEMENT, PARTICIPLE_PAST, REDUCED_RELATIVE, SUBJECT_VERB, UNKNOWN_NAME, VERBLESS_LONG_SUBJECT, VERBLESS_SENTENCE, MAIN_CLAUSE_VERB, MONTH_NAME, INFINITIVE_VERB, SINGULAR_ARTICLE, ADJECTIVE_PAST, OBJECT_NOUN, NUMBER_PLURAL, TIME_PHRASE_PAST, PLURAL_HEAD, VERB_BEFORE_PLURAL, PARTICLE_OBJECT, HYPHENATED_SUBJECT, TIME_UNIT_NOUN, OBJECT_HEAD_NOUN, POSSESSIVE_SUBJECT, MODAL_BARE_OBJECT, PLURAL_BEFORE_PAST, OBJECT_PREDICATE, RELATIVE_THEN_PAST, GERUND_AFTER_SUBORDINATOR, CLAUSE_OPENER_SUBJECT, CLAUSE_OPENER_PAST, SUBJUNCTIVE_VERB, HEADLINE_VERB, NOUN_READ_PAST, ADVERB_BEFORE_PAST, VERB_READ_PLURAL, INVERTED_CONDITION, SUBJECT_NAME_OBJECT, WORTH_ADJECTIVE, PARTICIPLE_AFTER_THAT, UNKNOWN_AUXILIARY, OF_PHRASE_SUBJECT};
    // SHARED names the shared directory when the worktree does not sit beside it.
    let root = std::env::var_os("SHARED").map(std::path::PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    if !root.exists() {
        eprintln!("skipping: ../shared not found");
        return;
    }
    let full = Analyzer::shipped().expect("model").model().unwrap().clone();
    let tags = |m: &detente_text::language::Model, words: &[&str]| -> Vec<(Upos, String)> {
        let mut scratch = Default::default();
        let mut out = Vec::new();
        m.analyze(words, &mut scratch, &mut out);
        out.iter().map(|a| (a.upos, a.xpos.as_str().to_string())).collect()
    };
    for (name, bit) in [("have+VBN is AUX", HAVE_PERFECT), ("unknown capitalised name", UNKNOWN_NAME), ("NNS after PROPN is VBZ", SUBJECT_VERB), ("VBN with subject and object is VBD", PARTICIPLE_PAST), ("verbless sentence gets its verb", VERBLESS_SENTENCE), ("VBD before PPs and a verb is VBN", REDUCED_RELATIVE), ("long subject before a missing verb", VERBLESS_LONG_SUBJECT), ("coordinated verbs; to before an adjective", COORDINATED_VERBS), ("verbless sentence by agreement", VERBLESS_AGREEMENT), ("acronym after a preposition is a name", CAPITALS_AFTER_PREPOSITION), ("over before a number is an adverb", OVER_NUMBER), ("agreement with the subject's head", AGREEMENT_HEAD), ("later between subject and verb", LATER_ADVERB), ("unknown first word before an -s verb is a name", INITIAL_NAME), ("-s verb before a participle clause", VERB_BEFORE_PARTICIPLE), ("base form after a long subject is finite", BASE_FORM_FINITE), ("main clause verb before a subordinate clause", MAIN_CLAUSE_VERB), ("May or March before a number or Day is the month", MONTH_NAME), ("noun after the infinitive marker is a verb", INFINITIVE_VERB), ("-s form after a/an before a title is the verb", SINGULAR_ARTICLE), ("-ed adjective with subject and object is VBD", ADJECTIVE_PAST), ("adverb after a verb before a preposition is its object noun", OBJECT_NOUN), ("-s form after a counted object is its plural head", NUMBER_PLURAL), ("time phrase before a VBN with subject and object", TIME_PHRASE_PAST), ("-s form after noun modifiers before a phrase and a plural verb is a noun", PLURAL_HEAD), ("first of two -s forms after a singular subject is the verb", VERB_BEFORE_PLURAL), ("VBN before a particle and object is VBD", PARTICLE_OBJECT), ("VBN after a hyphenated subject is VBD", HYPHENATED_SUBJECT), ("plural of a time unit is a noun", TIME_UNIT_NOUN), ("present form closing an object phrase is its noun", OBJECT_HEAD_NOUN), ("VBN after a possessor's subject is VBD", POSSESSIVE_SUBJECT), ("noun after a modal before a bare object is a verb", MODAL_BARE_OBJECT), ("-s form before a past form and a determiner is a noun", PLURAL_BEFORE_PAST), ("adverb after an object is its predicate adjective", OBJECT_PREDICATE), ("participle after a reduced relative's phrases is the past", RELATIVE_THEN_PAST), ("-ing noun after a subordinating preposition before an object is a gerund", GERUND_AFTER_SUBORDINATOR), ("VBN after a clause opener's subject or before a counted object is VBD", CLAUSE_OPENER_SUBJECT), ("VBN after a clause opener's subject before a preposition is VBD", CLAUSE_OPENER_PAST), ("noun after a mandative that-clause's subject is its bare verb", SUBJUNCTIVE_VERB), ("word after a verbless headline's subject is its present-tense verb", HEADLINE_VERB), ("past form read as a noun after a subject or and is VBD", NOUN_READ_PAST), ("VBN after a subject and an -ly adverb before an object is VBD", ADVERB_BEFORE_PAST), ("-s form known as VBZ after the opening noun phrase is the verb", VERB_READ_PLURAL), ("inverted condition after should ends in its verb", INVERTED_CONDITION), ("NNS after PROPN before a name is VBZ", SUBJECT_NAME_OBJECT), ("worth read as a verb or adverb is an adjective", WORTH_ADJECTIVE), ("past form after a verb's that before a noun is a participle", PARTICIPLE_AFTER_THAT), ("unknown capitalised auxiliary is a name", UNKNOWN_AUXILIARY), ("of phrase in the subject before a past form", OF_PHRASE_SUBJECT)] {
        // ONLY=name-substring to measure one constraint.
        if std::env::var("ONLY").is_ok_and(|o| !name.contains(o.as_str())) {
            continue;
        }
        let mut off = full.clone();
        off.tagger.disable_constraints(bit);
        // TREEBANKS=en_ewt-ud-test,... to look at other files (decisions were made on dev).
        let list = std::env::var("TREEBANKS").unwrap_or_else(|_| "en_ewt-ud-dev,en_gum-ccby-ud-dev".into());
        for tb in list.split(',') {
            let (sents, _) = read_file(&root.join(format!("ud/{tb}.conllu"))).expect("readable");
            let (mut fixed, mut broken, mut other, mut shown) = (0, 0, 0, 0);
            for s in &sents {
                let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                let (a, b) = (tags(&full, &words), tags(&off, &words));
                for (i, w) in s.words.iter().enumerate() {
                    if a[i] == b[i] {
                        continue;
                    }
                    let gold = (w.upos, w.xpos.as_str().to_string());
                    match (a[i] == gold, b[i] == gold) {
                        (true, false) => {
                            fixed += 1;
                            if std::env::var_os("SHOW_ALL").is_some() {
                                eprintln!("  fixed {tb}: {} [{}] -> {:?}", w.form, i, a[i]);
                            }
                        }
                        (false, true) => {
                            broken += 1;
                            if shown < 6 {
                                shown += 1;
                                eprintln!("  broken {tb}: {} [{}] -> {:?} gold {:?}: {}", w.form, i, a[i], gold, words.join(" "));
                            }
                        }
                        _ => other += 1,
                    }
                }
            }
            eprintln!("{name} on {tb}: fixed {fixed}, broken {broken}, changed both wrong {other}");
        }
        let posts = root.join("corpora/wikipedia-current-events/_posts");
        if let Ok(dir) = std::fs::read_dir(&posts) {
            let (mut fired, mut words_n) = (0usize, 0usize);
            let seg = detente_text::Segmenter;
            for e in dir.flatten() {
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                // Markdown links: keep the anchor text only.
                let mut plain = String::new();
                let mut rest = text.as_str();
                while let Some(p) = rest.find("](") {
                    plain.push_str(&rest[..p]);
                    rest = &rest[p + 2..];
                    let close = rest.find(')').unwrap_or(rest.len());
                    rest = &rest[close.min(rest.len())..];
                    rest = rest.strip_prefix(')').unwrap_or(rest);
                }
                plain.push_str(rest);
                let plain = plain.replace(['[', ']', '*', '#'], " ");
                let mut d = Document::new("w", plain);
                seg.process(&mut d);
                for s in &d.sentences {
                    let words: Vec<&str> = d.tokens[s.token_range()].iter().map(|t| &d.text[t.range.to_range()]).collect();
                    let (a, b) = (tags(&full, &words), tags(&off, &words));
                    words_n += words.len();
                    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
                        if x != y {
                            fired += 1;
                            if std::env::var_os("SHOW_WIKI").is_some() && (fired % 7 == 1 || std::env::var_os("SHOW_ALL").is_some()) {
                                eprintln!("  wiki: {} {:?} (was {:?}): {}", words[i], x, y, words.join(" "));
                            }
                        }
                    }
                }
            }
            eprintln!("{name} on Wikipedia current events: changes {fired} of {words_n} words");
        }
    }
}

/// The feature rules alone, on gold tags and gold trees of EWT dev: how far derived features
/// can go, and the most frequent disagreements with the annotation (for improving the rules).
/// `cargo test --release -p detente-text --test language_model feature_rules -- --ignored --nocapture`
#[test]
#[ignore]
fn feature_rules_on_gold_syntax() {
    use detente_text::language::morph::{sentence_features, FeatScores, MorphWord};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/ud/en_ewt-ud-dev.conllu");
    if !path.exists() {
        eprintln!("skipping: {} not found (needs ../shared/ud)", path.display());
        return;
    }
    let (sents, _) = read_file(&path).expect("EWT dev reads");
    let mut scores = FeatScores::default();
    let mut misses: std::collections::HashMap<(String, String, String), usize> = std::collections::HashMap::new();
    for s in &sents {
        let words: Vec<MorphWord> = s.words.iter().map(|w| MorphWord { form: &w.form, upos: w.upos, xpos: w.xpos, head: w.head, deprel: w.deprel }).collect();
        for (w, f) in s.words.iter().zip(sentence_features(&words)) {
            let before = scores.ufeats;
            scores.add(&w.feats, &f);
            if scores.ufeats == before {
                *misses.entry((w.xpos.as_str().to_string(), w.feats.clone(), f)).or_default() += 1;
            }
        }
    }
    eprintln!("EWT dev, gold tags and trees: {}", scores.summary());
    let mut top: Vec<_> = misses.into_iter().collect();
    top.sort_by_key(|b| std::cmp::Reverse(b.1));
    for ((x, g, p), n) in top.iter().take(25) {
        eprintln!("{n:5}  {x:5} gold {g}  derived {p}");
    }
    assert!(scores.ufeats * 100 >= scores.words * 90, "{}", scores.summary());
}

// parse2: post-parse repairs (language::repair).

/// Analyzes hand-tokenized words with the shipped model, repairs on or off.
fn analyze_with(words: &[&str], repairs_off: detente_text::language::repair::RepairMask) -> Vec<detente_text::language::WordAnalysis> {
    let mut model = Analyzer::shipped().expect("model").model().unwrap().clone();
    model.parser.disable_repairs(repairs_off);
    let mut out = Vec::new();
    model.analyze(words, &mut Default::default(), &mut out);
    out
}

#[test]
fn repair_bare_name_after_verb_is_its_object() {
    let words = ["Blinken", "met", "Israeli", "prime", "minister", "Benjamin", "Netanyahu", "and", "President", "Isaac", "Herzog", "."];
    let out = analyze_with(&words, 0);
    let objects: Vec<&str> = out.iter().enumerate().filter(|(_, a)| a.head == 2 && a.deprel.base() == "obj").map(|(i, _)| words[i]).collect();
    assert_eq!(objects.len(), 1, "{out:?}");
    assert!(!out.iter().any(|a| a.head == 2 && a.deprel.as_str() == "obl"), "{out:?}");
}

#[test]
fn repair_keeps_bare_time_words() {
    let words = ["Protesters", "marched", "Monday", "in", "Paris", "."];
    assert_eq!(analyze_with(&words, 0)[2], analyze_with(&words, detente_text::language::repair::ALL_REPAIRS)[2]);
}

#[test]
fn repair_finite_conjunct_of_a_nominal_root_becomes_the_root() {
    let words = ["The", "Native", "American", "Rights", "Fund", ",", "on", "behalf", "of", "three", "tribes", ",", "file", "a", "lawsuit", "against", "the", "United", "States", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(out[12].head, 0, "{out:?}");
    assert_eq!((out[4].head, out[4].deprel.as_str()), (13, "nsubj"), "{out:?}");
    assert_eq!(out[19].head, 13, "final punctuation follows the verb: {out:?}");
}

/// Per post-parse repair, on EWT and GUM dev (TREEBANKS=... for others) with gold tokens: UAS and
/// LAS with and without it, the words whose (head, relation) it changes and whether each change
/// fixes or breaks it against gold; and, with WIKI=FILE.jsonl (id, date, text lines), how often it
/// fires on news with samples. Run with
/// `cargo test --release -p detente-text --test language_model repair_effects -- --ignored --nocapture`.
#[test]
#[ignore]
fn repair_effects() {
    use detente_text::language::eval::evaluate;
    use detente_text::language::repair::{BARE_OBJECT, FINITE_CONJUNCT_ATTACHMENT, FINITE_CONJUNCT_ROOT, HEADED_PREPOSITION, NAME_RECIPIENT, OBJECT_OF_CONJUNCT, REPORTED_CLAUSE_DEPENDENT, REPORTING_SUBJECT, SUBORDINATE_SUBJECT, SUBORDINATE_COMPLEMENT, SHIFTED_OBJECT, ATTRIBUTIVE_ADJECTIVE, OBJECT_BEFORE_ADVERBIAL, NOMINAL_CONJUNCT, TIME_SUBJECT, PASSIVE_AGENT, DOUBLE_SUBJECT, COORDINATED_ADJECTIVES, REPORTING_CONJUNCT, PARTICLE_AFTER_OBJECT, HYPHENATED_PARTICIPLE, FINITE_CLAUSE_ROOT, MEASURED_SUBORDINATE, LIST_SUBJECT, PAST_TENSE_ROOT, AGENT_ATTACHMENT, PAST_CONJUNCT_OF_NONFINITE, PREDICATE_ATTACHMENT, RELATIVE_SUBJECT_VERB, THAT_CLAUSE_ATTACHMENT, SUBORDINATOR_OBJECT, COUNTED_PARTICIPLE, UP_TO_COUNT, REPORTED_CLAUSE_OBJECT, SUBORDINATE_MODIFIER, REDUCED_RELATIVE_CONJUNCT, GERUND_OBJECT, ARGUMENT_CONJUNCT, NESTED_CLAUSE_ROOT, REPORTING_APPOSITION, REPORTED_CLAUSE_SUBJECT, VERB_WITH_OBJECT, THAT_CLAUSE_OF_SAYING, NAMING_COMPLEMENT, LEADING_DEMONYM, CONTACT_CLAUSE_ROOT, PARENTHESIS_SUBJECT, WHETHER_INFINITIVE, STRANDED_SUBJECT, PERCENT_MODIFIER, PARTICIPLE_ON_OBJECT, SUBORDINATE_AUXILIARY, CONTROLLING_OBLIQUE, BY_GERUND, AS_COMPLEMENT, OBJECT_CONTROL, MORE_THAN, OF_OBJECT_PHRASE, MEASURED_ADVERB, COORDINATED_PAST_CLAUSE, ADJECTIVE_BEFORE_OBJECT};
    // SHARED names the shared directory when the worktree does not sit beside it.
    let root = std::env::var_os("SHARED").map(std::path::PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    if !root.exists() {
        eprintln!("skipping: ../shared not found");
        return;
    }
    let full = Analyzer::shipped().expect("model").model().unwrap().clone();
    let parse = |m: &detente_text::language::Model, words: &[&str]| -> Vec<(u32, String)> {
        let mut out = Vec::new();
        m.analyze(words, &mut Default::default(), &mut out);
        out.iter().map(|a| (a.head, a.deprel.as_str().to_string())).collect()
    };
    let list = std::env::var("TREEBANKS").unwrap_or_else(|_| "en_ewt-ud-dev,en_gum-ccby-ud-dev".into());
    let banks: Vec<_> = list.split(',').map(|tb| (tb.to_string(), read_file(&root.join(format!("ud/{tb}.conllu"))).expect("readable").0)).collect();
    let news: Vec<String> = std::env::var("WIKI")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .map(|t| t.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()).filter_map(|v| v["text"].as_str().map(String::from)).collect())
        .unwrap_or_default();
    for (name, bit) in [("all", detente_text::language::repair::ALL_REPAIRS), ("bare object", BARE_OBJECT), ("finite conjunct root", FINITE_CONJUNCT_ROOT), ("headed preposition", HEADED_PREPOSITION), ("finite conjunct attachment", FINITE_CONJUNCT_ATTACHMENT), ("object of conjunct", OBJECT_OF_CONJUNCT), ("reporting subject", REPORTING_SUBJECT), ("name recipient", NAME_RECIPIENT), ("reported clause dependent", REPORTED_CLAUSE_DEPENDENT), ("subordinate subject", SUBORDINATE_SUBJECT), ("subordinate complement", SUBORDINATE_COMPLEMENT), ("shifted object", SHIFTED_OBJECT), ("attributive adjective", ATTRIBUTIVE_ADJECTIVE), ("object before adverbial", OBJECT_BEFORE_ADVERBIAL), ("nominal conjunct", NOMINAL_CONJUNCT), ("time subject", TIME_SUBJECT), ("passive agent", PASSIVE_AGENT), ("double subject", DOUBLE_SUBJECT), ("coordinated adjectives", COORDINATED_ADJECTIVES), ("reporting conjunct", REPORTING_CONJUNCT), ("particle after object", PARTICLE_AFTER_OBJECT), ("hyphenated participle", HYPHENATED_PARTICIPLE), ("finite clause root", FINITE_CLAUSE_ROOT), ("measured subordinate", MEASURED_SUBORDINATE), ("list subject", LIST_SUBJECT), ("past tense root", PAST_TENSE_ROOT), ("agent attachment", AGENT_ATTACHMENT), ("past conjunct of nonfinite", PAST_CONJUNCT_OF_NONFINITE), ("predicate attachment", PREDICATE_ATTACHMENT), ("relative subject verb", RELATIVE_SUBJECT_VERB), ("that clause attachment", THAT_CLAUSE_ATTACHMENT), ("subordinator object", SUBORDINATOR_OBJECT), ("counted participle", COUNTED_PARTICIPLE), ("up to count", UP_TO_COUNT), ("reported clause object", REPORTED_CLAUSE_OBJECT), ("subordinate modifier", SUBORDINATE_MODIFIER), ("reduced relative conjunct", REDUCED_RELATIVE_CONJUNCT), ("gerund object", GERUND_OBJECT), ("argument conjunct", ARGUMENT_CONJUNCT), ("nested clause root", NESTED_CLAUSE_ROOT), ("reporting apposition", REPORTING_APPOSITION), ("reported clause subject", REPORTED_CLAUSE_SUBJECT), ("verb with object", VERB_WITH_OBJECT), ("that clause of saying", THAT_CLAUSE_OF_SAYING), ("naming complement", NAMING_COMPLEMENT), ("leading demonym", LEADING_DEMONYM), ("contact clause root", CONTACT_CLAUSE_ROOT), ("parenthesis subject", PARENTHESIS_SUBJECT), ("whether infinitive", WHETHER_INFINITIVE), ("stranded subject", STRANDED_SUBJECT), ("percent modifier", PERCENT_MODIFIER), ("participle on object", PARTICIPLE_ON_OBJECT), ("subordinate auxiliary", SUBORDINATE_AUXILIARY), ("controlling oblique", CONTROLLING_OBLIQUE), ("by gerund", BY_GERUND), ("as complement", AS_COMPLEMENT), ("object control", OBJECT_CONTROL), ("more than", MORE_THAN), ("of object phrase", OF_OBJECT_PHRASE), ("measured adverb", MEASURED_ADVERB), ("coordinated past clause", COORDINATED_PAST_CLAUSE), ("adjective before object", ADJECTIVE_BEFORE_OBJECT)] {
        if std::env::var("ONLY").is_ok_and(|o| !name.contains(o.as_str())) {
            continue;
        }
        let mut off = full.clone();
        off.parser.disable_repairs(bit);
        for (tb, sents) in &banks {
            let refs: Vec<&TreeSentence> = sents.iter().collect();
            let (a, b) = (evaluate(&full, &refs), evaluate(&off, &refs));
            let (mut fixed, mut broken, mut other) = (0, 0, 0);
            for s in sents {
                let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                let (x, y) = (parse(&full, &words), parse(&off, &words));
                for (i, w) in s.words.iter().enumerate() {
                    if x[i] == y[i] {
                        continue;
                    }
                    let gold = (w.head, w.deprel.as_str().to_string());
                    match (x[i] == gold, y[i] == gold) {
                        (true, false) => fixed += 1,
                        (false, true) => {
                            broken += 1;
                            eprintln!("  broken {tb}: {} [{}] -> {:?} (was {:?}) gold {:?}: {}", w.form, i + 1, x[i], y[i], gold, words.join(" "));
                        }
                        _ => other += 1,
                    }
                }
            }
            eprintln!("{name} on {tb}: UAS {:.2} -> {:.2}, LAS {:.2} -> {:.2}; words fixed {fixed}, broken {broken}, changed both wrong {other}", b.pct(b.uas), a.pct(a.uas), b.pct(b.las), a.pct(a.las));
        }
        let seg = detente_text::Segmenter;
        let (mut fired, mut sentences) = (0usize, 0usize);
        for text in &news {
            let mut d = Document::new("w", text.clone());
            seg.process(&mut d);
            for s in &d.sentences {
                let words: Vec<&str> = d.tokens[s.token_range()].iter().map(|t| &d.text[t.range.to_range()]).collect();
                let (x, y) = (parse(&full, &words), parse(&off, &words));
                if x != y {
                    fired += 1;
                    if std::env::var_os("SHOW_WIKI").is_some() {
                        let changed: Vec<String> = (0..words.len()).filter(|&i| x[i] != y[i]).map(|i| format!("{}:{:?}<-{:?}", words[i], x[i], y[i])).collect();
                        eprintln!("  wiki: {} || {}", changed.join(" "), words.join(" "));
                    }
                }
                sentences += 1;
            }
        }
        if !news.is_empty() {
            eprintln!("{name} on news: changes {fired} of {sentences} sentences");
        }
    }
}

#[test]
fn repair_preposition_heading_its_phrase_becomes_case() {
    let words = ["Ethiopian", "Prime", "Minister", "Dr", "Abiy", "Ahmed", "held", "bilateral", "discussions", "with", "the", "Somali", "President", "Mohamed", "Abdullahi", "Mohamed", "Farmajo"];
    let out = analyze_with(&words, 0);
    assert_eq!(out[9].deprel.as_str(), "case", "{out:?}");
    assert!(out.iter().all(|a| a.head != 10), "nothing hangs on the preposition: {out:?}");
}


#[test]
fn repair_coordinated_verb_on_a_noun_joins_the_clause_verb() {
    let words = ["The", "Supreme", "Court", "of", "Iran", "overturns", "a", "5", "-", "year", "prison", "sentence", "imposed", "by", "a", "Tehran", "court", "against", "singer", "Amir", "Tataloo", "and", "confirms", "his", "death", "sentence", "for", "blasphemy", "."];
    let (on, off) = (analyze_with(&words, 0), analyze_with(&words, detente_text::language::repair::ALL_REPAIRS));
    assert_eq!((on[22].head, on[22].deprel.as_str()), (6, "conj"), "{on:?}");
    assert_ne!(off[22].head, 6, "the parser alone attaches it elsewhere; if not, pick a new example");
}

#[test]
fn repair_second_object_moves_to_the_coordinated_verb() {
    let words = ["India", "'s", "Supreme", "Court", "orders", "states", "to", "protect", "elephant", "corridors", ",", "identify", "and", "remove", "obstructions", ",", "and", "prohibit", "groups", "from", "using", "fire", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[18].head, out[18].deprel.as_str()), (18, "obj"), "{out:?}");
}

// lang2
#[test]
fn a_main_clause_before_a_subordinate_clause_gets_its_verb() {
    let analyzer = Analyzer::shipped().expect("model");
    let verb_tag = |words: &[&str], verb: &str| {
        let mut d = doc(words);
        analyzer.process(&mut d);
        let i = words.iter().position(|w| *w == verb).unwrap();
        (d.tokens[i].xpos.as_str(), tags_of(&d))
    };
    // Before "that" and a clause with its own finite verb.
    let (t, all) = verb_tag(&["The", "Brazilian", "government", "announces", "that", "Indonesia", "has", "joined", "the", "bloc", "."], "announces");
    assert_eq!(t, "VBZ", "{all:?}");
    // A bracketed acronym after the subject's head.
    let (t, all) = verb_tag(&["The", "Syrian", "Observatory", "for", "Human", "Rights", "(", "SOHR", ")", "reports", "that", "thousands", "of", "civilians", "are", "still", "missing", "."], "reports");
    assert_eq!(t, "VBZ", "{all:?}");
    // Before a clause opener whose clause has its subject and verb.
    let (t, all) = verb_tag(&["Czech", "justice", "minister", "Pavel", "Blažek", "resigns", "after", "his", "ministry", "accepted", "a", "donation", "."], "resigns");
    assert_eq!(t, "VBZ", "{all:?}");
    // A verb of saying before a clause without "that".
    let (t, all) = verb_tag(&["The", "Hungarian", "government", "announces", "it", "will", "withdraw", "from", "the", "court", "."], "announces");
    assert_eq!(t, "VBZ", "{all:?}");
    // The first of two coordinated verbs takes the second's form.
    let (t, all) = verb_tag(&["The", "French", "Navy", "boards", "and", "seizes", "a", "tanker", "in", "the", "Mediterranean", "Sea", "."], "boards");
    assert_eq!(t, "VBZ", "{all:?}");
    // A singular noun after a singular noun is no plural verb: the "-s" form after it is the verb.
    let (t, all) = verb_tag(&["A", "Syrian", "war", "monitor", "reports", "that", "security", "forces", "executed", "52", "men", "."], "monitor");
    assert_eq!(t, "NN", "{all:?}");
    // A noun before a relative word and its verb is the relative clause's antecedent.
    let (t, all) = verb_tag(&["Thirteen", "gold", "mine", "security", "guards", "that", "were", "abducted", "last", "month", "are", "found", "dead", "."], "guards");
    assert_eq!(t, "NNS", "{all:?}");
}

#[test]
fn may_or_march_before_a_number_or_day_is_the_month() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["May", "Day", "protests", "are", "held", "across", "the", "country", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[0].xpos.as_str(), "NNP", "{:?}", tags_of(&d));
    assert_eq!(d.tokens[4].deprel.as_str(), "root", "{:?}", tags_of(&d));
    // The modal stays a modal.
    let mut d = doc(&["May", "I", "ask", "a", "question", "?"]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[0].xpos.as_str(), "MD", "{:?}", tags_of(&d));
}

// misses

/// The Penn tag of word `word` in `words` after analysis, and all tags (for messages).
fn misses_tag_of(words: &[&str], word: &str) -> (&'static str, Vec<&'static str>) {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(words);
    analyzer.process(&mut d);
    let i = words.iter().position(|w| *w == word).unwrap();
    (d.tokens[i].xpos.as_str(), tags_of(&d))
}

#[test]
fn infinitive_marker_or_modal_takes_a_verb() {
    // A noun after "to" before a particle is the infinitive's verb.
    let (t, all) = misses_tag_of(&["Libya", "has", "offered", "to", "hand", "over", "two", "suspects", "to", "Britain", "."], "hand");
    assert_eq!(t, "VB", "{all:?}");
    // An adjective after a modal before its object is the modal's verb.
    let (t, all) = misses_tag_of(&["Israel", "announced", "it", "would", "free", "over", "150", "Palestinian", "prisoners", "."], "free");
    assert_eq!(t, "VB", "{all:?}");
    // A noun after a preposition read as "to", with no object after it, stays a noun.
    let (t, all) = misses_tag_of(&["My", "room", "was", "delightful", "and", "the", "attention", "to", "detail", "was", "amazing", "."], "detail");
    assert_eq!(t, "NN", "{all:?}");
    // An adjective before a name after "to" is the name's.
    let (t, all) = misses_tag_of(&["The", "army", "plans", "to", "move", "troops", "to", "southern", "Lebanon", "."], "southern");
    assert_eq!(t, "JJ", "{all:?}");
}

#[test]
fn an_s_form_after_a_singular_article_is_the_verb_before_a_title() {
    // "An ... court sentences": the article makes the phrase singular, so "sentences" is the
    // verb and "singer" the title of the name after it.
    let (t, all) = misses_tag_of(&["An", "Iranian", "court", "sentences", "singer", "Amir", "Tataloo", "to", "death", "."], "sentences");
    assert_eq!(t, "VBZ", "{all:?}");
    let (t, all) = misses_tag_of(&["An", "Iranian", "court", "sentences", "singer", "Amir", "Tataloo", "to", "death", "."], "singer");
    assert_eq!(t, "NN", "{all:?}");
    // Without the article, a plural subject still takes the bare verb.
    let (t, all) = misses_tag_of(&["Government", "forces", "arrest", "opposition", "leader", "Imran", "Khan", "."], "arrest");
    assert_eq!(t, "VBP", "{all:?}");
}

#[test]
fn an_ed_adjective_between_subject_and_object_is_a_past_tense() {
    let words = ["Israeli", "army", "bulldozers", "demolished", "Palestinian", "homes", "in", "Gaza", ",", "officials", "said", "."];
    let (t, all) = misses_tag_of(&words, "demolished");
    assert_eq!(t, "VBD", "{all:?}");
    // A participle that usually modifies stays as it was read.
    let (t, all) = misses_tag_of(&["Police", "said", "armed", "men", "attacked", "the", "village", "."], "armed");
    assert_ne!(t, "VBD", "{all:?}");
}

// lang3

/// `REDUCED_RELATIVE` with a bare time word between the participle and its prepositional
/// phrase: the day names when the report was released, the clause's verb comes later.
#[test]
fn a_past_form_before_a_day_and_the_clause_verb_is_a_participle() {
    let words = ["A", "500", "-", "page", "report", "released", "Tuesday", "in", "the", "capital", "alleged", "that", "the", "police", "tortured", "prisoners", "."];
    let (t, all) = misses_tag_of(&words, "released");
    assert_eq!(t, "VBN", "{all:?}");
    let (t, all) = misses_tag_of(&words, "alleged");
    assert_eq!(t, "VBD", "{all:?}");
    // A verb of saying with its own "that" clause keeps its past reading.
    let (t, all) = misses_tag_of(&["Officials", "said", "Tuesday", "in", "a", "statement", "that", "the", "army", "killed", "ten", "people", "."], "said");
    assert_eq!(t, "VBD", "{all:?}");
}

/// `SUBJECT_VERB` across a comma-set phrase after the name subject: the "-s" form before "to"
/// is the name's verb.
#[test]
fn an_s_form_after_a_comma_set_phrase_is_the_name_subject_verb() {
    let words = ["Greece", ",", "like", "most", "other", "existing", "members", ",", "plans", "to", "impose", "sanctions", "."];
    let (t, all) = misses_tag_of(&words, "plans");
    assert_eq!(t, "VBZ", "{all:?}");
    // A list of names has no verb to find.
    let (t, all) = misses_tag_of(&["Paris", ",", "Lyon", ",", "Marseille", "and", "Nice", "."], "Marseille");
    assert_eq!(t, "NNP", "{all:?}");
}

// lang4

/// `REPORTING_SUBJECT`: the conjuncts after the last comma of an object list, right before a
/// verb of saying with no subject, are its subject; the verb becomes the root.
#[test]
fn repair_reporting_clause_takes_its_subject_from_the_object_list() {
    let words = ["Syrian", "government", "warplanes", "pounded", "rebel", "areas", "near", "Damascus", ",", "killing", "at", "least", "five", "people", ",", "opposition", "activists", "and", "a", "war", "monitor", "reported", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[16].head, out[16].deprel.as_str()), (22, "nsubj"), "{out:?}");
    assert_eq!(out[21].head, 0, "{out:?}");
    assert_eq!((out[3].head, out[3].deprel.as_str()), (22, "ccomp"), "{out:?}");
    assert_eq!(out[13].head, 10, "the victims stay the object of 'killing': {out:?}");
}

/// `NAME_RECIPIENT`: a multiword name before an amount after "gave" is the recipient.
#[test]
fn repair_name_before_an_amount_after_a_verb_of_giving_is_the_recipient() {
    let words = ["The", "United", "States", "gave", "the", "Ivory", "Coast", "5.1", "million", "dollars", "in", "aid", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[6].head, out[6].deprel.as_str()), (4, "iobj"), "{out:?}");
    assert_eq!((out[4].head, out[5].head), (7, 7), "{out:?}");
    assert_eq!((out[9].head, out[9].deprel.as_str()), (4, "obj"), "{out:?}");
    // Not after a verb of selling ("sold the Boeing 737 jets").
    let words = ["Washington", "sold", "the", "Boeing", "737", "jets", "."];
    assert!(!analyze_with(&words, 0).iter().any(|a| a.deprel.as_str() == "iobj"));
}

/// `REPORTED_CLAUSE_DEPENDENT`: a phrase before the comma of ", an officer said" belongs to the
/// reported clause.
#[test]
fn repair_phrase_before_a_reporting_clause_belongs_to_the_reported_clause() {
    let words = ["A", "court", "in", "Guyana", "has", "issued", "arrest", "warrants", "for", "two", "Brazilian", "men", "sought", "in", "the", "slaying", "of", "two", "missionaries", "three", "years", "ago", ",", "a", "senior", "police", "officer", "said", "Wednesday", "."];
    let out = analyze_with(&words, 0);
    assert!(!out.iter().enumerate().any(|(i, a)| a.head == 28 && i < 22 && a.deprel.base() != "ccomp" && a.deprel.base() != "punct"), "{out:?}");
    // An "of" phrase goes to the noun before it, not to the reported clause's verb.
    let words = ["Yemen", "has", "rejected", "a", "U.S.", "request", "to", "interrogate", "detainees", "held", "after", "the", "escape", "of", "23", "al", "-", "Qaida", "prisoners", ",", "a", "security", "official", "said", "Tuesday", "."];
    let out = analyze_with(&words, 0);
    assert_ne!(out[18].head, 3, "{out:?}");
}

// lang5

/// `SUBORDINATE_SUBJECT`: "after" before a noun phrase and a finite verb opens an adverbial
/// clause whose subject is the phrase; "such as" stays a preposition.
#[test]
fn repair_subordinator_before_a_clause_marks_it_and_its_subject() {
    let words = ["Police", "were", "sent", "to", "the", "Maldives", "after", "the", "Maldivian", "military", "seized", "a", "Sri", "Lankan", "ship", "with", "heroin", "on", "Friday", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[9].head, out[9].deprel.as_str()), (11, "nsubj"), "{out:?}");
    assert_eq!((out[6].head, out[6].deprel.as_str(), out[6].upos), (11, "mark", Upos::Sconj), "{out:?}");
    assert_eq!((out[10].head, out[10].deprel.as_str()), (3, "advcl"), "{out:?}");
    let off = analyze_with(&words, detente_text::language::repair::SUBORDINATE_SUBJECT);
    assert_ne!(off[9].deprel.as_str(), "nsubj", "the parse the repair mends: {off:?}");
    let words = ["Rebels", "used", "weapons", "such", "as", "rockets", "supplied", "by", "Iran", "."];
    assert!(!analyze_with(&words, 0).iter().any(|a| a.deprel.as_str() == "mark"));
}

/// `OBJECT_NOUN`: "sorrow" after "expressed" before a preposition is the object noun; an adverb
/// after a linking verb and a particle stay adverbs.
#[test]
fn object_noun_after_a_verb_before_a_preposition() {
    let words = ["The", "president", "expressed", "sorrow", "over", "the", "deaths", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[3].upos, out[3].xpos.as_str()), (Upos::Noun, "NN"), "{out:?}");
    assert_eq!((out[3].head, out[3].deprel.as_str()), (3, "obj"), "{out:?}");
    let words = ["The", "troops", "went", "back", "to", "their", "barracks", "."];
    assert_eq!(analyze_with(&words, 0)[3].upos, Upos::Adv);
}

// lang6

/// `NUMBER_PLURAL`: an "-s" form the model read as a present-tense verb after a verb's counted
/// object ("killed 15 Afghan Army trainees") or a perfect participle's object ("have launched
/// further airstrikes") is a plural noun, and the participle before a counted object with a
/// subject is the past tense.
#[test]
fn an_s_form_after_a_counted_or_perfect_object_is_a_plural_noun() {
    let words = ["In", "October", ",", "a", "Taliban", "suicide", "bomber", "killed", "15", "Afghan", "Army", "trainees", "as", "they", "travelled", "home", "."];
    let (t, all) = misses_tag_of(&words, "trainees");
    assert_eq!(t, "NNS", "{all:?}");
    let (t, all) = misses_tag_of(&words, "killed");
    assert_eq!(t, "VBD", "{all:?}");
    let (t, all) = misses_tag_of(&["Iraqi", "forces", "have", "launched", "further", "airstrikes", "on", "ISIL", "fighters", "in", "Mosul", "."], "airstrikes");
    assert_eq!(t, "NNS", "{all:?}");
}

/// `PARTICIPLE_PAST` takes "all" as the start of an object, and with `TIME_PHRASE_PAST` a
/// day name after "on" may stand between the subject and the participle.
#[test]
fn a_participle_after_a_subject_and_a_time_phrase_is_a_past_tense() {
    let (t, all) = misses_tag_of(&["The", "Syrian", "army", "seized", "all", "three", "pumping", "stations", "on", "the", "pipeline", ",", "which", "goes", "from", "Iraq", "to", "the", "coast", "."], "seized");
    assert_eq!(t, "VBD", "{all:?}");
    let words = ["A", "Czech", "court", "on", "Tuesday", "released", "Syrian", "Kurdish", "leader", "Salih", "Muslim", ",", "who", "Turkey", "wanted", "extradited", "."];
    let (t, all) = misses_tag_of(&words, "released");
    assert_eq!(t, "VBD", "{all:?}");
}

// lang7

/// `PLURAL_HEAD`: an "-s" form after a noun phrase's modifiers is the phrase's plural head
/// before a prepositional phrase and a plural verb, or inside a prepositional phrase after the
/// clause's verb; a relative clause before it leaves it the verb.
#[test]
fn an_s_form_before_a_plural_verb_or_inside_a_phrase_is_a_plural_noun() {
    let words = ["The", "Myanmar", "Air", "Force", "airstrikes", "on", "suspected", "rebel", "targets", "kill", "at", "least", "17", "in", "the", "Rakhine", "state", "."];
    let (t, all) = misses_tag_of(&words, "airstrikes");
    assert_eq!(t, "NNS", "{all:?}");
    let words = ["At", "least", "40", "people", "are", "killed", "and", "12", "others", "are", "injured", "in", "Tatmadaw", "airstrikes", "on", "Ramree", ",", "Myanmar", "."];
    let (t, all) = misses_tag_of(&words, "airstrikes");
    assert_eq!(t, "NNS", "{all:?}");
    let (t, all) = misses_tag_of(&["A", "soldier", "who", "was", "wounded", "in", "Gaza", "dies", "in", "hospital", "."], "dies");
    assert_eq!(t, "VBZ", "{all:?}");
}

/// `VERB_BEFORE_PLURAL`: of two "-s" forms after a singular subject, the first is the verb and
/// the second its plural object before a preposition.
#[test]
fn the_first_of_two_s_forms_after_a_singular_subject_is_the_verb() {
    for (words, verb, object) in [
        (&["Hezbollah", "fires", "rockets", "at", "Israeli", "troops", "in", "southern", "Lebanon", "."][..], "fires", "rockets"),
        (&["The", "Israeli", "military", "launches", "airstrikes", "in", "southern", "Lebanon", "."][..], "launches", "airstrikes"),
    ] {
        let (t, all) = misses_tag_of(words, verb);
        assert_eq!(t, "VBZ", "{verb}: {all:?}");
        let (t, all) = misses_tag_of(words, object);
        assert_eq!(t, "NNS", "{object}: {all:?}");
    }
}

/// `PARTICLE_OBJECT` and `HYPHENATED_SUBJECT`: a participle after a subject with a hyphenated
/// modifier, before an object or a particle and an object, is the past tense.
#[test]
fn a_participle_after_a_hyphenated_subject_or_before_a_particle_is_a_past_tense() {
    let words = ["Armenian", "-", "backed", "militias", "violated", "ceasefire", "in", "occupied", "Karabakh", "115", "times", "in", "last", "24", "hours", "."];
    let (t, all) = misses_tag_of(&words, "violated");
    assert_eq!(t, "VBD", "{all:?}");
    let words = ["Somalia", "'s", "Transitional", "National", "Government", "and", "five", "Mogadishu", "-", "based", "factions", "set", "up", "a", "joint", "ceasefire", "declaration", "."];
    let (t, all) = misses_tag_of(&words, "set");
    assert_eq!(t, "VBD", "{all:?}");
}

/// `SHIFTED_OBJECT`: an object after a bare oblique noun ("on bail") belongs to the verb.
#[test]
fn repair_object_shifted_after_a_bare_oblique_is_the_verbs() {
    use detente_text::language::repair::SHIFTED_OBJECT;
    let words = ["A", "Zimbabwe", "court", "has", "freed", "on", "bail", "two", "ex-ministers", "who", "served", "in", "former", "president", "Robert", "Mugabe", "'s", "government", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[8].head, out[8].deprel.as_str()), (5, "obj"), "{out:?}");
    let off = analyze_with(&words, SHIFTED_OBJECT);
    assert_ne!(off[8].head, 5, "the parser alone hangs it on 'bail': {off:?}");
}

/// `ATTRIBUTIVE_ADJECTIVE`: an adjective read as a predicative complement before a name is the
/// name's attribute, and the name the verb's object; `BARE_OBJECT` takes an agent without "by".
#[test]
fn repair_adjective_before_a_name_and_an_agent_without_by() {
    let words = ["Polish", "Prime", "Minister", "Donald", "Tusk", "accuses", "Russian", "President", "Vladimir", "Putin", "and", "his", "country", "of", "plotting", "terror", "attacks", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[8].head, out[8].deprel.as_str()), (6, "obj"), "{out:?}");
    assert_eq!(out[6].deprel.as_str(), "amod", "{out:?}");
    let words = ["Venezuela", "has", "banned", "opposition", "leader", "Juan", "Guaido", "from", "holding", "public", "office", "for", "15", "years", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[5].head, out[5].deprel.as_str()), (3, "obj"), "{out:?}");
}

/// `OBJECT_BEFORE_ADVERBIAL`: a noun phrase right after a verb without an object, read as the
/// subject of a participle clause on that verb, is the verb's object.
#[test]
fn repair_subject_of_a_participle_clause_after_a_verb_is_its_object() {
    let words = ["Member", "states", "voted", "to", "remove", "chief", "prosecutor", "Karim", "Ahmad", "Khan", "following", "sexual", "misconduct", "allegations", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[7].head, out[7].deprel.as_str()), (5, "obj"), "{out:?}");
}

/// `NOMINAL_CONJUNCT`: the last noun of a list of objects, hung on the verb as a coordinated
/// verb, joins the list.
#[test]
fn repair_last_noun_of_an_object_list_joins_the_list() {
    let words = ["France", "provides", "military", "intelligence", ",", "surveillance", "aircraft", ",", "and", "logistical", "assistance", "to", "Benin", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[10].head, out[10].deprel.as_str()), (4, "conj"), "{out:?}");
}

// lang8

/// `TIME_SUBJECT`: a day name after its verb, or beside another subject, is a temporal modifier.
#[test]
fn repair_time_word_beside_a_subject_is_a_temporal_modifier() {
    use detente_text::language::repair::TIME_SUBJECT;
    let words = ["A", "Turkish", "court", "released", "the", "journalist", ",", "German", "officials", "said", "Monday", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(out[10].deprel.as_str(), "obl:unmarked", "{out:?}");
    assert_eq!((out[8].head, out[8].deprel.as_str()), (10, "nsubj"), "{out:?}");
    let words = ["A", "Zimbabwean", "court", "on", "Tuesday", "freed", "activist", "pastor", "Evan", "Mawarire", "."];
    assert!(!analyze_with(&words, 0).iter().any(|a| a.deprel.is("nsubj") && a.lemma == "Tuesday"));
    // A time word opening its clause keeps its subject reading.
    let words = ["Monday", "was", "a", "day", "of", "mourning", "."];
    let on = analyze_with(&words, 0);
    assert_eq!(on, analyze_with(&words, TIME_SUBJECT));
}

/// `TIME_UNIT_NOUN`: "hours" has no verb reading; "unfroze" is a listed irregular past.
#[test]
fn a_time_unit_plural_is_a_noun_and_unfroze_a_past_tense() {
    let words = ["Israel", "struck", "Gaza", "just", "hours", "after", "the", "ceasefire", "began", "."];
    let (t, all) = misses_tag_of(&words, "hours");
    assert_eq!(t, "NNS", "{all:?}");
    let words = ["The", "EU", "unfroze", "funds", "for", "the", "Palestinian", "Authority", "."];
    let (t, all) = misses_tag_of(&words, "unfroze");
    assert_eq!(t, "VBD", "{all:?}");
}

/// `PASSIVE_AGENT`: a "by" phrase after a name oblique of a passive verb is the verb's agent.
#[test]
fn repair_by_phrase_after_a_passive_verbs_name_oblique_is_its_agent() {
    let words = ["Two", "deceased", "Israeli", "hostages", "are", "handed", "over", "to", "Israel", "by", "Hamas", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[10].head, out[10].deprel.as_str()), (6, "obl:agent"), "{out:?}");
}

/// `OBJECT_HEAD_NOUN`: a present-tense reading closing a finite verb's object phrase before a
/// preposition is the phrase's noun; after a verb of saying, a plural subject keeps its verb.
#[test]
fn a_present_form_closing_an_object_phrase_is_its_noun() {
    let words = ["The", "UN", "Security", "Council", "extended", "its", "arms", "embargo", "on", "Libya", "."];
    let (t, all) = misses_tag_of(&words, "embargo");
    assert_eq!(t, "NN", "{all:?}");
    let words = ["Militants", "seize", "a", "Malian", "Armed", "Forces", "base", "near", "the", "border", "."];
    let (t, all) = misses_tag_of(&words, "base");
    assert_eq!(t, "NN", "{all:?}");
    let words = ["Russia", "says", "its", "forces", "withdraw", "from", "the", "city", "."];
    let (t, all) = misses_tag_of(&words, "withdraw");
    assert!(t.starts_with("VB"), "{all:?}");
}

// lang9

/// `DOUBLE_SUBJECT`: two nominal subjects before one verb are one subject — a modifier of the
/// second, or its conjunct with "and" between; a comma-separated list keeps its reading.
#[test]
fn repair_two_subjects_before_a_verb_are_one() {
    let words = ["Russia", "'s", "defence", "ministry", "denied", "that", "its", "forces", "had", "struck", "a", "hospital", "."];
    let out = analyze_with(&words, 0);
    let subjects: Vec<usize> = (0..out.len()).filter(|&i| out[i].head == 5 && out[i].deprel.as_str() == "nsubj").collect();
    assert_eq!(subjects, vec![3], "{out:?}");
    assert_eq!((out[2].head, out[2].deprel.as_str()), (4, "compound"), "{out:?}");
    assert_eq!(out[0].head, 4, "{out:?}");
    let words = ["U.S.", "special", "forces", "and", "Iraqi", "troops", "carried", "out", "a", "joint", "raid", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[2].head, out[2].deprel.as_str()), (7, "nsubj"), "{out:?}");
    assert_eq!((out[5].head, out[5].deprel.as_str()), (3, "conj"), "{out:?}");
    assert_eq!((out[3].head, out[3].deprel.as_str()), (6, "cc"), "{out:?}");
}

// lang10

/// Head and relation of word `n` (1-based) in `out`.
fn head_rel(out: &[detente_text::language::WordAnalysis], n: usize) -> (u32, &str) {
    (out[n - 1].head, out[n - 1].deprel.as_str())
}

/// `COORDINATED_ADJECTIVES`: "Egyptian and Sudanese forces" opening a sentence are two
/// modifiers of "forces", and the clause's verb is not a conjunct of the first adjective.
#[test]
fn repair_coordinated_adjectives_modify_their_noun() {
    let words = ["Egyptian", "and", "Sudanese", "forces", "began", "joint", "military", "exercises", "near", "Khartoum", ",", "the", "Egyptian", "army", "said", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 1), (4, "amod"), "{out:?}");
    assert_eq!(head_rel(&out, 3), (1, "conj"), "{out:?}");
    assert_eq!(head_rel(&out, 4), (5, "nsubj"), "{out:?}");
    let words = ["Ukrainian", "and", "Moldovan", "border", "police", "jointly", "dismantled", "an", "arms", "smuggling", "network", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 1), (5, "amod"), "{out:?}");
    assert_eq!(head_rel(&out, 5), (7, "nsubj"), "{out:?}");
    // The first hung on the verb, the second read as a name in a compound.
    let words = ["Kyrgyz", "and", "Tajik", "troops", "clashed", "along", "the", "border", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 1), (4, "amod"), "{out:?}");
    assert_eq!(head_rel(&out, 3), (1, "conj"), "{out:?}");
    let off = analyze_with(&words, detente_text::language::repair::COORDINATED_ADJECTIVES);
    assert_ne!(head_rel(&off, 1), (4, "amod"), "the repair is what attaches it: {off:?}");
}

/// `REPORTING_CONJUNCT`: "..., his office said" closing the sentence is the root, the clause
/// before it its `ccomp`, and "with Putin" stays with "discussed".
#[test]
fn repair_closing_reporting_verb_is_the_root() {
    let words = ["Turkish", "President", "Tayyip", "Erdogan", "discussed", "the", "situation", "in", "Gaza", "with", "Russian", "President", "Vladimir", "Putin", "in", "a", "telephone", "call", "on", "Friday", ",", "his", "office", "said", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 24), (0, "root"), "{out:?}");
    assert_eq!(head_rel(&out, 5), (24, "ccomp"), "{out:?}");
    assert_eq!(out[12].head, 5, "{out:?}");
}

/// `PARTICLE_AFTER_OBJECT`: "handed X over to" — "over" is the verb's particle, and the "to"
/// phrase the verb's oblique.
#[test]
fn repair_particle_after_the_object() {
    let words = ["Philippine", "authorities", "handed", "former", "President", "Rodrigo", "Duterte", "over", "to", "the", "International", "Criminal", "Court", "in", "The", "Hague", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 8), (3, "compound:prt"), "{out:?}");
    assert_eq!(head_rel(&out, 13), (3, "obl"), "{out:?}");
}

/// `HYPHENATED_PARTICIPLE`: "U.S.-brokered talks" is a noun phrase, the object of "concluded".
#[test]
fn repair_hyphenated_participle_modifies_the_noun() {
    let words = ["Negotiators", "from", "Israel", "and", "Lebanon", "concluded", "U.S.", "-", "brokered", "talks", "on", "their", "maritime", "border", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 10), (6, "obj"), "{out:?}");
    assert_eq!(head_rel(&out, 9), (10, "amod"), "{out:?}");
}

/// `HYPHENATED_PARTICIPLE` on an "-ing" form: "long-standing sanctions" is the object of "lifted",
/// not of a clause "standing sanctions".
#[test]
fn repair_hyphenated_present_participle_modifies_the_noun() {
    let words = ["The", "United", "States", "lifted", "long", "-", "standing", "sanctions", "against", "Sudan", "on", "Friday", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 8), (4, "obj"), "{out:?}");
    assert_eq!(head_rel(&out, 7), (8, "amod"), "{out:?}");
}

/// `POSSESSIVE_SUBJECT` and `MODAL_BARE_OBJECT`: "Mali's military junta promised ECOWAS that it
/// would hand power to civilians": "promised" is the verb, and so is "hand" after "would".
#[test]
fn possessor_subject_and_modal_take_verbs() {
    let words = ["Mali", "'s", "military", "junta", "promised", "ECOWAS", "that", "it", "would", "hand", "power", "to", "civilians", "."];
    let (t, all) = misses_tag_of(&words, "promised");
    assert_eq!(t, "VBD", "{all:?}");
    let (t, all) = misses_tag_of(&words, "hand");
    assert_eq!(t, "VB", "{all:?}");
}

/// `FINITE_CLAUSE_ROOT`: a finite verb is no clausal modifier of the subject before it.
#[test]
fn repair_finite_verb_on_a_nominal_root_is_the_root() {
    let words = ["A", "court", "in", "military", "-", "ruled", "Myanmar", "sentenced", "deposed", "leader", "Aung", "San", "Suu", "Kyi", "to", "four", "years", "in", "prison", "for", "incitement", "and", "breaching", "coronavirus", "restrictions", ",", "a", "junta", "spokesman", "said", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 8), (0, "root"), "{out:?}");
    assert_eq!(out[1].deprel.as_str(), "nsubj", "{out:?}");
}

// lang11

/// `MEASURED_SUBORDINATE`: in "two days after Iranian missiles and drones hit targets", the
/// missiles are the subject of "hit", not "days".
#[test]
fn repair_time_before_after_clause_is_no_subject() {
    let words = ["Pakistan", "carried", "out", "air", "strikes", "on", "militant", "hideouts", "in", "Iran", "on", "Thursday", ",", "two", "days", "after", "Iranian", "missiles", "and", "drones", "hit", "targets", "inside", "Pakistan", "."];
    let out = analyze_with(&words, 0);
    let hit = 21;
    assert_eq!(head_rel(&out, 18), (hit, "nsubj"), "{out:?}");
    assert_ne!(head_rel(&out, 15).1, "nsubj", "{out:?}");
}

/// `LIST_SUBJECT`: every name of "The European Union, Britain, the United States and Canada" is
/// part of the subject of "imposed".
#[test]
fn repair_list_of_names_is_the_subject() {
    let words = ["The", "European", "Union", ",", "Britain", ",", "the", "United", "States", "and", "Canada", "imposed", "coordinated", "sanctions", "on", "Chinese", "officials", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 12), (0, "root"), "{out:?}");
    assert_eq!(head_rel(&out, 3), (12, "nsubj"), "{out:?}");
    assert!(!out.iter().any(|a| a.deprel.as_str() == "appos"), "{out:?}");
}

/// `PAST_TENSE_ROOT`: "Tens of thousands of Slovaks rallied in Bratislava": "rallied" is the
/// sentence's verb, not a participle modifying "thousands".
#[test]
fn repair_unpassivized_participle_is_the_root() {
    let words = ["Tens", "of", "thousands", "of", "Slovaks", "rallied", "in", "Bratislava", "and", "dozens", "of", "other", "towns", "on", "Friday", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 6), (0, "root"), "{out:?}");
    assert_eq!(head_rel(&out, 1), (6, "nsubj"), "{out:?}");
}

/// `AGENT_ATTACHMENT`: the "by" agent goes to the passive verb over a secondary predicate
/// ("shot dead by a gunman") and over a place ("welcomed at the airport by ...").
#[test]
fn repair_passive_agent_over_predicate_and_place() {
    let words = ["Former", "Japanese", "Prime", "Minister", "Shinzo", "Abe", "was", "shot", "dead", "by", "a", "gunman", "in", "the", "city", "of", "Nara", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 12), (8, "obl:agent"), "{out:?}");
    let words = ["The", "president", "arrived", "in", "Baghdad", "and", "was", "welcomed", "at", "the", "airport", "by", "Iraqi", "Prime", "Minister", "Mohammed", "Shia", "al-Sudani", "."];
    let out = analyze_with(&words, 0);
    let agent = out.iter().find(|a| a.deprel.as_str() == "obl:agent").map(|a| a.head);
    assert_eq!(agent, Some(8), "{out:?}");
}

/// `PAST_CONJUNCT_OF_NONFINITE`: "downgraded" is no conjunct of "open" or "pay": it is the conjunct
/// of "warned". `SUBORDINATE_SUBJECT`: "after Minsk freed 52 prisoners" is a clause.
#[test]
fn repair_past_conjunct_skips_the_modal_clause_and_after_clause_has_its_subject() {
    let words = ["China", "warned", "Lithuania", "it", "would", "pay", "a", "price", "for", "letting", "Taiwan", "open", "an", "office", ",", "and", "downgraded", "diplomatic", "relations", "with", "Vilnius", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 17), (2, "conj"), "{out:?}");
    let words = ["The", "United", "States", "will", "lift", "sanctions", "on", "Belarus", "'s", "national", "airline", "Belavia", "after", "Minsk", "freed", "52", "prisoners", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 14), (15, "nsubj"), "{out:?}");
}

// lang12

/// Tagging-time constraint `PLURAL_BEFORE_PAST`: an "-s" form after noun modifiers that open
/// the clause, before a past form and a determiner, is the plural subject and the past form the
/// verb; a participle that modifies a noun ("releases updated figures") leaves the verb alone.
#[test]
fn an_s_form_before_a_past_form_and_a_determiner_is_the_subject() {
    let analyzer = Analyzer::shipped().expect("model");
    let mut d = doc(&["Chinese", "coast", "guard", "vessels", "blocked", "a", "Philippine", "resupply", "mission", "."]);
    analyzer.process(&mut d);
    assert_eq!((d.tokens[3].xpos.as_str(), d.tokens[4].xpos.as_str()), ("NNS", "VBD"));
    let mut d = doc(&["The", "ministry", "releases", "updated", "figures", "every", "week", "."]);
    analyzer.process(&mut d);
    assert_eq!(d.tokens[2].upos, Upos::Verb);
}

/// `PAST_TENSE_ROOT`: a finite verb inside a clause opened by "that" is not the sentence's own
/// verb, so "demonstrated" (no passive) is still the root.
#[test]
fn repair_past_tense_root_over_a_that_clause() {
    let words = ["Tens", "of", "thousands", "of", "Israelis", "demonstrated", "in", "Tel", "Aviv", "on", "Saturday", ",", "demanding", "that", "the", "government", "drop", "its", "plans", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 6), (0, "root"), "{out:?}");
    assert_eq!(head_rel(&out, 1), (6, "nsubj"), "{out:?}");
}

/// Tagging-time constraint `OBJECT_PREDICATE` and repair `PREDICATE_ATTACHMENT`: "guilty" after
/// the object of "found" is an adjective and the verb's `xcomp`.
#[test]
fn an_adjective_after_an_object_is_its_predicate() {
    let words = ["A", "Manhattan", "jury", "on", "Thursday", "found", "Donald", "Trump", "guilty", "on", "all", "34", "counts", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(out[8].upos, Upos::Adj, "{out:?}");
    assert_eq!(head_rel(&out, 9), (6, "xcomp"), "{out:?}");
}

/// Tagging-time constraint `RELATIVE_THEN_PAST` and repair `RELATIVE_SUBJECT_VERB`: after a
/// reduced relative on the subject ("smuggled into Russia in lorries"), "struck" is the clause's
/// past-tense verb and the subject's head verb.
#[test]
fn a_past_after_a_reduced_relative_on_the_subject_is_the_verb() {
    let words = ["Ukrainian", "drones", "smuggled", "into", "Russia", "in", "lorries", "struck", "more", "than", "40", "warplanes", "on", "Sunday", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(out[7].xpos.as_str(), "VBD", "{out:?}");
    assert_eq!(head_rel(&out, 8), (0, "root"), "{out:?}");
    assert_eq!(head_rel(&out, 2), (8, "nsubj"), "{out:?}");
    assert_eq!(head_rel(&out, 3), (2, "acl"), "{out:?}");
    let words = ["Troops", "deployed", "near", "the", "border", "attacked", "a", "village", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 6), (0, "root"), "{out:?}");
}

// lang13

/// Repair `THAT_CLAUSE_ATTACHMENT`: a that-clause right after "demanded" is its complement, not
/// one of the closing "said" ("Turkey demanded that Israel halt ..., X said"); a "that" read as
/// the closing verb's object before such a clause becomes the clause's marker.
#[test]
fn a_that_clause_belongs_to_the_verb_before_it() {
    let words = ["Turkey", "demanded", "that", "Israel", "halt", "its", "attacks", "on", "Gaza", "immediately", ",", "Foreign", "Minister", "Hakan", "Fidan", "said", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 5), (2, "ccomp"), "{out:?}");
    assert_eq!(head_rel(&out, 3), (5, "mark"), "{out:?}");
    let words = ["Blinken", "demanded", "in", "Beijing", "that", "China", "stop", "supplying", "Russia", "'s", "defence", "industry", ",", "U.S.", "officials", "said", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 7), (2, "ccomp"), "{out:?}");
    assert_eq!(head_rel(&out, 5), (7, "mark"), "{out:?}");
    assert_eq!(out[4].upos, Upos::Sconj, "{out:?}");
    let words = ["The", "minister", "said", "that", "the", "talks", "would", "resume", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 8), (3, "ccomp"), "{out:?}");
}

// lang14

/// Repair `SUBORDINATOR_OBJECT`: a subordinator "that" read as the object of "demanded" marks
/// the clause after it, whose verb is the complement and whose pronoun its subject; a reported
/// clause with a finite verb of its own is left alone.
#[test]
fn repair_subordinator_read_as_an_object_marks_its_clause() {
    let words = ["China", "accused", "Japan", "of", "treating", "the", "Pacific", "as", "its", "sewer", "and", "demanded", "that", "it", "stop", "releasing", "treated", "wastewater", "from", "Fukushima", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 15), (12, "ccomp"), "{out:?}");
    assert_eq!(head_rel(&out, 13), (15, "mark"), "{out:?}");
    assert_eq!(head_rel(&out, 14), (15, "nsubj"), "{out:?}");
    let words = ["The", "ministry", "said", "that", "the", "army", "fired", "shells", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 7), (3, "ccomp"), "{out:?}");
}

/// Repair `COUNTED_PARTICIPLE`: "five detained Americans" is a noun phrase headed by the noun.
#[test]
fn repair_number_participle_noun_is_headed_by_the_noun() {
    let words = ["Iran", "agreed", "to", "release", "five", "detained", "Americans", "in", "exchange", "for", "access", "to", "frozen", "funds", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 7), (4, "obj"), "{out:?}");
    assert_eq!(head_rel(&out, 5), (7, "nummod"), "{out:?}");
    assert_eq!(head_rel(&out, 6), (7, "amod"), "{out:?}");
}

/// Tagging-time constraint `GERUND_AFTER_SUBORDINATOR`: "after meeting Sergei Lavrov" is a
/// gerund with its object; "after the meeting" stays a noun.
#[test]
fn an_ing_noun_after_a_subordinating_preposition_before_a_name_is_a_gerund() {
    let words = ["Foreign", "Minister", "Dmytro", "Kuleba", "said", "after", "meeting", "Sergei", "Lavrov", "in", "Antalya", "."];
    let (t, all) = misses_tag_of(&words, "meeting");
    assert_eq!(t, "VBG", "{all:?}");
    let (t, all) = misses_tag_of(&["He", "spoke", "after", "the", "meeting", "in", "Antalya", "."], "meeting");
    assert_eq!(t, "NN", "{all:?}");
}

/// Repair `UP_TO_COUNT`: "deporting up to 10,000 undocumented Haitians": "up to" bounds the
/// number and the phrase is the verb's object.
#[test]
fn repair_up_to_a_number_bounds_the_count_of_the_object() {
    let words = ["The", "Dominican", "Republic", "has", "begun", "deporting", "up", "to", "10,000", "undocumented", "Haitians", "a", "week", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(head_rel(&out, 11), (6, "obj"), "{out:?}");
    assert_eq!(head_rel(&out, 7), (9, "advmod"), "{out:?}");
    assert_eq!(head_rel(&out, 8), (7, "fixed"), "{out:?}");
}

// lang15

/// Tagging-time constraint `CLAUSE_OPENER_SUBJECT`: a participle after the subject of a clause
/// opened by "as" (read as a preposition) before an object is the simple past, and so is one
/// before an object opened by "more than" and a number; "known as" keeps its preposition's
/// phrase.
#[test]
fn a_past_form_after_a_clause_openers_subject_or_before_a_counted_object_is_finite() {
    let words = ["NATO", "said", "it", "was", "sending", "ships", "to", "eastern", "Europe", "as", "Russia", "massed", "troops", "near", "Ukraine", "'s", "border", "."];
    let (t, all) = misses_tag_of(&words, "massed");
    assert_eq!(t, "VBD", "{all:?}");
    let words = ["Egyptian", "security", "forces", "rounded", "up", "more", "than", "2,000", "people", "in", "a", "crackdown", ",", "rights", "groups", "said", "."];
    let (t, all) = misses_tag_of(&words, "rounded");
    assert_eq!(t, "VBD", "{all:?}");
}

/// Tagging-time constraint `CLAUSE_OPENER_PAST` and repair `SUBORDINATE_COMPLEMENT`: "as
/// thousands rallied against the legislation" is a finite clause with its subject and mark.
#[test]
fn a_past_form_after_as_and_its_subject_before_a_preposition_is_a_clause() {
    let words = ["Police", "detained", "a", "man", "carrying", "a", "flag", "as", "thousands", "rallied", "against", "the", "legislation", "."];
    let (t, all) = misses_tag_of(&words, "rallied");
    assert_eq!(t, "VBD", "{all:?}");
    let out = analyze_with(&words, 0);
    let tree: Vec<_> = (1..=out.len()).map(|n| head_rel(&out, n)).collect();
    assert_eq!(head_rel(&out, 9), (10, "nsubj"), "{tree:?}");
    assert_eq!(head_rel(&out, 8), (10, "mark"), "{tree:?}");
}

/// Repair `SUBORDINATE_COMPLEMENT`: a complement verb whose subject holds the "as" phrase before
/// it gives that subject back to the verb above as its object ("lifted restrictions ... as
/// leaders of the two countries met in Tokyo").
#[test]
fn repair_complement_subject_holding_an_as_phrase_is_the_object_above() {
    let words = ["Japan", "lifted", "restrictions", "on", "exports", "of", "three", "chipmaking", "chemicals", "to", "South", "Korea", "as", "leaders", "of", "the", "two", "countries", "met", "in", "Tokyo", ",", "ending", "a", "trade", "dispute", "that", "began", "in", "2019", "."];
    let out = analyze_with(&words, 0);
    let tree: Vec<_> = (1..=out.len()).map(|n| head_rel(&out, n)).collect();
    assert_eq!(head_rel(&out, 3), (2, "obj"), "{tree:?}");
    assert_eq!(head_rel(&out, 14), (19, "nsubj"), "{tree:?}");
    assert_eq!(head_rel(&out, 13), (19, "mark"), "{tree:?}");
    assert_eq!(head_rel(&out, 19), (2, "advcl"), "{tree:?}");
}

// lang16

/// Tagging-time constraint `SUBJUNCTIVE_VERB`: in a "that" clause after a verb of demanding, the
/// word after the subject read as a noun is the clause's bare verb ("reinstate", "scrap").
#[test]
fn a_mandative_that_clause_takes_a_bare_verb() {
    let words = ["ECOWAS", "leaders", "demanded", "that", "Niger", "'s", "junta", "reinstate", "President", "Mohamed", "Bazoum", "within", "a", "week", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(out[7].xpos.as_str(), "VB", "{out:?}");
    let words = ["Bangladeshi", "students", "demanded", "that", "the", "government", "scrap", "quotas", "for", "civil", "service", "jobs", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(out[6].xpos.as_str(), "VB", "{out:?}");
}

// lang1

/// Tagging-time constraint `HEADLINE_VERB`: a headline in the present tense whose verb the
/// model read as a noun or a preposition gets it after its subject ("arrest", "accuse"), by
/// agreement: a bare form after a plural (or coordinated) head, an "-s" form after a singular one.
#[test]
fn a_headline_verb_after_its_subject_is_a_present_tense() {
    use detente_text::language::tagger::HEADLINE_VERB;
    let on = |words: &[&str], w: &str| misses_tag_of(words, w);
    let (t, all) = on(&["Police", "in", "Bangladesh", "arrest", "over", "1,300", "people", "amid", "riots", "."], "arrest");
    assert_eq!(t, "VBP", "{all:?}");
    let (t, all) = on(&["Bolivian", "authorities", "arrest", "suspected", "Uruguayan", "drug", "cartel", "leader", "Sebastián", "Marset", "during", "a", "police", "operation", "."], "arrest");
    assert_eq!(t, "VBP", "{all:?}");
    let (t, all) = on(&["Russia", "and", "Ukraine", "swap", "146", "prisoners", "from", "each", "side", "."], "swap");
    assert_eq!(t, "VBP", "{all:?}");
    // A plural "-s" form before a bare one is the subject's head, the bare one the verb.
    let (t, all) = on(&["Oil", "prices", "increase", "by", "nearly", "8", "%", "on", "the", "announcement", "."], "prices");
    assert_eq!(t, "NNS", "{all:?}");
    // A sentence with a finite verb is left alone.
    let (t, all) = on(&["Police", "said", "the", "arrest", "of", "two", "men", "followed", "a", "raid", "."], "arrest");
    assert_eq!(t, "NN", "{all:?}");
    // The constraint is what finds the verb.
    let words = ["Police", "in", "Bangladesh", "arrest", "over", "1,300", "people", "amid", "riots", "."];
    let mut m = Analyzer::shipped().expect("model").model().unwrap().clone();
    m.tagger.disable_constraints(HEADLINE_VERB);
    let (mut scratch, mut out) = (Default::default(), Vec::new());
    m.analyze(&words, &mut scratch, &mut out);
    assert_ne!(out[3].xpos.as_str(), "VBP", "{out:?}");
}


// lang2

/// Tagging-time constraint `NOUN_READ_PAST`: a past form with no noun use that the model read as
/// a noun after the clause's subject ("spokesman blamed"), after a clause opener's subject
/// ("after Palestinian snipers shot and killed") or after "and" that follows a simple past ("and
/// shot dead") is the clause's simple past.
#[test]
fn a_past_form_read_as_a_noun_after_its_subject_is_the_past() {
    use detente_text::language::tagger::NOUN_READ_PAST;
    let on = |words: &[&str], w: &str| misses_tag_of(words, w);
    let spokesman = ["A", "commander", "was", "killed", "by", "a", "sniper", ",", "and", "Field", "Marshal", "Khalifa", "Haftar", "'s", "spokesman", "blamed", "fighters", "loyal", "to", "the", "Tripoli", "government", "."];
    let (t, all) = on(&spokesman, "blamed");
    assert_eq!(t, "VBD", "{all:?}");
    let (t, all) = on(&["Separatist", "gunmen", "pulled", "passengers", "off", "trucks", ",", "checked", "their", "identity", "cards", "and", "shot", "dead", "at", "least", "23", "people", "."], "shot");
    assert_eq!(t, "VBD", "{all:?}");
    let (t, all) = on(&["Clashes", "broke", "out", "after", "Palestinian", "snipers", "shot", "and", "killed", "an", "Israeli", "soldier", "."], "shot");
    assert_eq!(t, "VBD", "{all:?}");
    // A noun the lexicon knows ("speed") and a noun before a preposition are left alone.
    let (t, all) = on(&["A", "mean", "wind", "speed", "of", "135", "km", "/", "h", "was", "measured", "."], "speed");
    assert_eq!(t, "NN", "{all:?}");
    // The constraint is what finds the verb.
    let mut m = Analyzer::shipped().expect("model").model().unwrap().clone();
    m.tagger.disable_constraints(NOUN_READ_PAST);
    let (mut scratch, mut out) = (Default::default(), Vec::new());
    m.analyze(&spokesman, &mut scratch, &mut out);
    assert_ne!(out[15].xpos.as_str(), "VBD", "{out:?}");
}

/// Tagging-time constraint `ADVERB_BEFORE_PAST`: an "-ly" adverb between the clause's subject
/// and a participle before its object leaves the participle the clause's simple past.
#[test]
fn a_participle_after_the_subject_and_an_adverb_is_the_past() {
    let (t, all) = misses_tag_of(&["The", "Pakistan", "government", "recently", "seized", "control", "of", "the", "charities", "."], "seized");
    assert_eq!(t, "VBD", "{all:?}");
}

/// Repair `REPORTED_CLAUSE_OBJECT`: an object noun phrase the parser hung as `ccomp` on a trailing
/// "..., officials said" goes back to the verb right before it.
#[test]
fn an_object_hung_on_a_trailing_verb_of_saying_is_the_clauses_object() {
    use detente_text::language::repair::REPORTED_CLAUSE_OBJECT;
    let words = ["The", "World", "Health", "Organization", "delivered", "medical", "supplies", "to", "Gaza", "'s", "Al", "-", "Shifa", "hospital", "on", "Saturday", "in", "a", "convoy", "that", "also", "evacuated", "31", "premature", "babies", ",", "the", "agency", "said", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[24].head, out[24].deprel.as_str()), (22, "obj"), "{out:?}");
    let off = analyze_with(&words, REPORTED_CLAUSE_OBJECT);
    assert_ne!((off[24].head, off[24].deprel.as_str()), (22, "obj"), "the repair is what attaches it: {off:?}");
}

/// Repair `SUBORDINATE_MODIFIER`: a past tense hung as a noun's `acl` right after a phrase opened
/// by "after" is that phrase's clause, the phrase's noun its subject.
#[test]
fn a_finite_verb_hung_on_a_noun_after_a_subordinating_phrase_is_its_clause() {
    use detente_text::language::repair::SUBORDINATE_MODIFIER;
    let words = ["Slovak", "Prime", "Minister", "Robert", "Fico", "was", "in", "a", "serious", "but", "stable", "condition", "on", "Thursday", "after", "a", "71", "-", "year", "-", "old", "man", "shot", "him", "five", "times", "at", "close", "range", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[21].head, out[21].deprel.as_str()), (23, "nsubj"), "{out:?}");
    assert_eq!(out[22].deprel.as_str(), "advcl", "{out:?}");
    let off = analyze_with(&words, SUBORDINATE_MODIFIER);
    assert_ne!((off[21].head, off[21].deprel.as_str()), (23, "nsubj"), "the repair is what attaches it: {off:?}");
}

/// Repair `CONTROLLING_OBLIQUE`: the party "called on" is the verb's oblique, not the subject of
/// the infinitive after it.
#[test]
fn the_party_called_on_is_the_obliques_not_the_infinitives_subject() {
    use detente_text::language::repair::CONTROLLING_OBLIQUE;
    let words = ["The", "opposition", "called", "on", "Irakli", "Kobakhidze", "to", "step", "down", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[4].head, out[4].deprel.as_str()), (3, "obl"), "{out:?}");
    assert_eq!((out[3].head, out[3].deprel.as_str()), (5, "case"), "{out:?}");
    assert_eq!((out[7].head, out[7].deprel.as_str()), (3, "xcomp"), "{out:?}");
    let off = analyze_with(&words, CONTROLLING_OBLIQUE);
    assert_ne!((off[4].head, off[4].deprel.as_str()), (3, "obl"), "the repair is what attaches it: {off:?}");
}

/// Repair `BY_GERUND`: a "by" gerund after the verb's object tells how the verb's act was done; it
/// is the verb's clause, not the object's.
#[test]
fn a_by_gerund_after_the_object_is_the_verbs_clause() {
    use detente_text::language::repair::BY_GERUND;
    let words = ["Russia", "escalated", "the", "conflict", "by", "launching", "missiles", "at", "Kyiv", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[5].head, out[5].deprel.as_str()), (2, "advcl"), "{out:?}");
    let off = analyze_with(&words, BY_GERUND);
    assert_ne!((off[5].head, off[5].deprel.as_str()), (2, "advcl"), "the repair is what attaches it: {off:?}");
}

/// Repair `AS_COMPLEMENT`: the "as" phrase of a verb that judges its object hangs on that verb, not
/// inside the object's phrase; a verb naming a role keeps its own.
#[test]
fn a_judging_verbs_as_phrase_is_the_verbs() {
    use detente_text::language::repair::AS_COMPLEMENT;
    let words = ["Kurdish-led", "Syrian", "Democratic", "Forces", "described", "the", "U.S.", "decision", "to", "pull", "troops", "from", "the", "Turkish", "border", "as", "a", "stab", "in", "the", "back", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[17].head, out[17].deprel.as_str()), (5, "obl"), "{out:?}");
    let off = analyze_with(&words, AS_COMPLEMENT);
    assert_ne!((off[17].head, off[17].deprel.as_str()), (5, "obl"), "the repair is what attaches it: {off:?}");
    let words = ["The", "president", "rejected", "a", "proposal", "to", "elect", "Vaz", "as", "prime", "minister", "."];
    let out = analyze_with(&words, 0);
    assert_ne!(out[10].head, 3, "{out:?}");
}

/// Repair `OBJECT_CONTROL`: the "to" infinitive after the object of a verb of ordering or urging
/// is the verb's complement, not a modifier of the object.
#[test]
fn an_infinitive_after_an_ordered_object_is_the_verbs_complement() {
    use detente_text::language::repair::OBJECT_CONTROL;
    let words = ["Netanyahu", "orders", "Israeli", "forces", "to", "seize", "the", "Gaza", "Strip", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[5].head, out[5].deprel.as_str()), (2, "xcomp"), "{out:?}");
    let off = analyze_with(&words, OBJECT_CONTROL);
    assert_ne!((off[5].head, off[5].deprel.as_str()), (2, "xcomp"), "the repair is what attaches it: {off:?}");
    // A purpose on an event noun with a phrase of its own stays with it.
    let words = ["Trump", "orders", "the", "deployment", "of", "500", "Marines", "to", "protect", "federal", "buildings", "."];
    let out = analyze_with(&words, 0);
    assert_ne!((out[8].head, out[8].deprel.as_str()), (2, "xcomp"), "{out:?}");
}

/// Repair `MORE_THAN`: "more than" before a number bounds the number; the counted noun is the
/// verb's object, not an oblique with "than" for its preposition.
#[test]
fn more_than_a_number_bounds_it_and_leaves_the_noun_the_object() {
    use detente_text::language::repair::MORE_THAN;
    let words = ["North", "Korea", "has", "provided", "more", "than", "a", "million", "artillery", "shells", "to", "Russia", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[5].head, out[5].deprel.as_str()), (5, "fixed"), "{out:?}");
    assert_eq!((out[9].head, out[9].deprel.as_str()), (4, "obj"), "{out:?}");
    let off = analyze_with(&words, MORE_THAN);
    assert_ne!((off[9].head, off[9].deprel.as_str()), (4, "obj"), "the repair is what makes it the object: {off:?}");
}

/// Repair `OF_OBJECT_PHRASE`: an "of" phrase right after a verb's oblique is that noun's, unless
/// the verb takes an "of" phrase of its own.
#[test]
fn an_of_phrase_after_an_oblique_is_the_nouns() {
    use detente_text::language::repair::OF_OBJECT_PHRASE;
    let words = ["Azerbaijan", "massed", "troops", "along", "the", "line", "of", "contact", "with", "Armenian", "forces", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[7].head, out[7].deprel.as_str()), (6, "nmod"), "{out:?}");
    let off = analyze_with(&words, OF_OBJECT_PHRASE);
    assert_ne!((off[7].head, off[7].deprel.as_str()), (6, "nmod"), "the repair is what attaches it: {off:?}");
    // "accused X of Y": the verb's own "of" phrase stays.
    let words = ["Ukraine", "accused", "Russia", "of", "war", "crimes", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(out[5].head, 2, "{out:?}");
}

/// Repair `MEASURED_ADVERB`: a noun hung on "later" that names no time is the verb's subject.
#[test]
fn a_noun_before_later_that_names_no_time_is_the_subject() {
    use detente_text::language::repair::MEASURED_ADVERB;
    let words = ["The", "government", "later", "lifted", "the", "ban", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[1].head, out[1].deprel.as_str()), (4, "nsubj"), "{out:?}");
    let off = analyze_with(&words, MEASURED_ADVERB);
    assert_ne!((off[1].head, off[1].deprel.as_str()), (4, "nsubj"), "the repair is what attaches it: {off:?}");
    // A span of time stays the adverb's.
    let words = ["Two", "days", "later", ",", "the", "government", "lifted", "the", "ban", "."];
    let out = analyze_with(&words, 0);
    assert_eq!(out[1].head, 3, "{out:?}");
}

/// Repair `COORDINATED_PAST_CLAUSE`: a verb with no passive read as a participle on the noun after
/// "and" is the past tense of a coordinated clause, the noun its subject.
#[test]
fn a_verb_with_no_passive_after_and_a_noun_is_a_coordinated_clause() {
    use detente_text::language::repair::COORDINATED_PAST_CLAUSE;
    let words = ["Israeli", "air", "strikes", "on", "Gaza", "killed", "a", "senior", "commander", "of", "the", "Islamic", "Jihad", "militant", "group", ",", "Tayseer", "al", "-", "Jabari", ",", "on", "Friday", ",", "and", "the", "group", "responded", "by", "firing", "dozens", "of", "rockets", "toward", "Israeli", "towns", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[26].head, out[26].deprel.as_str()), (28, "nsubj"), "{out:?}");
    assert_eq!((out[27].head, out[27].deprel.as_str(), out[27].xpos.as_str()), (6, "conj", "VBD"), "{out:?}");
    let off = analyze_with(&words, COORDINATED_PAST_CLAUSE);
    assert_ne!((off[26].head, off[26].deprel.as_str()), (28, "nsubj"), "the repair is what attaches it: {off:?}");
}

/// Repair `SUBORDINATE_AUXILIARY`: the subject the parser gave the clause after "after" goes back
/// to the main verb before it as its object, not to a participle inside that object's phrase.
#[test]
fn a_stolen_subject_goes_back_to_the_main_verb_not_its_own_participle() {
    use detente_text::language::repair::SUBORDINATE_AUXILIARY;
    let words = ["A", "French", "minister", "has", "cancelled", "a", "planned", "visit", "to", "Haiti", "after", "a", "state", "of", "siege", "was", "declared", "in", "the", "one", "-", "time", "French", "colony", ",", "the", "Foreign", "Affairs", "Ministry", "said", "on", "Sunday", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[7].head, out[7].deprel.as_str()), (5, "obj"), "{out:?}");
    assert_eq!((out[12].head, out[12].deprel.as_str()), (17, "nsubj:pass"), "{out:?}");
    let off = analyze_with(&words, SUBORDINATE_AUXILIARY);
    assert_ne!((off[7].head, off[7].deprel.as_str()), (5, "obj"), "the repair is what attaches it: {off:?}");
}

/// Repair `ADJECTIVE_BEFORE_OBJECT`: an adjective read as the verb's predicate before a title and
/// a name modifies the name, the verb's object.
#[test]
fn an_adjective_before_a_titled_name_modifies_the_object() {
    use detente_text::language::repair::ADJECTIVE_BEFORE_OBJECT;
    let words = ["Honduras", "extradited", "former", "President", "Juan", "Orlando", "Hernandez", "to", "the", "United", "States", "on", "Thursday", "to", "face", "drug", "trafficking", "and", "weapons", "charges", ",", "less", "than", "three", "months", "after", "he", "left", "office", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[4].head, out[4].deprel.as_str()), (2, "obj"), "{out:?}");
    assert_eq!((out[2].head, out[2].deprel.as_str()), (5, "amod"), "{out:?}");
    assert_eq!((out[10].head, out[10].deprel.as_str()), (2, "obl"), "{out:?}");
    let off = analyze_with(&words, ADJECTIVE_BEFORE_OBJECT);
    assert_ne!((off[4].head, off[4].deprel.as_str()), (2, "obj"), "the repair is what attaches it: {off:?}");
}

/// Repair `SUBORDINATE_AUXILIARY`: a passive after a phrase opened by "after" is that phrase's
/// clause, the phrase's noun its passive subject.
#[test]
fn a_passive_after_a_subordinating_phrase_is_its_clause() {
    use detente_text::language::repair::SUBORDINATE_AUXILIARY;
    let words = ["The", "United", "Nations", "has", "suspended", "aid", "deliveries", "in", "Borno", "State", "after", "a", "humanitarian", "convoy", "was", "attacked", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[13].head, out[13].deprel.as_str()), (16, "nsubj:pass"), "{out:?}");
    assert_eq!((out[10].head, out[10].deprel.as_str()), (16, "mark"), "{out:?}");
    assert_eq!((out[15].head, out[15].deprel.as_str()), (5, "advcl"), "{out:?}");
    let off = analyze_with(&words, SUBORDINATE_AUXILIARY);
    assert_ne!((off[13].head, off[13].deprel.as_str()), (16, "nsubj:pass"), "the repair is what attaches it: {off:?}");
}

/// Repair `SUBORDINATE_MODIFIER` on a verb the parser hung inside the subordinating phrase itself
/// ("plane" obl, "entered" its acl): the phrase without that clause still ends right before it.
#[test]
fn a_finite_verb_hung_on_the_subordinating_phrases_own_noun_is_its_clause() {
    use detente_text::language::repair::SUBORDINATE_MODIFIER;
    let words = ["Japan", "lodged", "a", "formal", "protest", "with", "China", "on", "Monday", "after", "a", "Chinese", "military", "surveillance", "plane", "entered", "its", "airspace", "off", "Nagasaki", ",", "the", "foreign", "ministry", "said", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[14].head, out[14].deprel.as_str()), (16, "nsubj"), "{out:?}");
    assert_eq!((out[15].head, out[15].deprel.as_str()), (2, "advcl"), "{out:?}");
    let off = analyze_with(&words, SUBORDINATE_MODIFIER);
    assert_ne!((off[14].head, off[14].deprel.as_str()), (16, "nsubj"), "the repair is what attaches it: {off:?}");
}

/// Repair `SUBORDINATE_COMPLEMENT`: the object the parser made the subject of a complement after
/// an "after" phrase inside it goes back to the nearest verb before it when the verb above the
/// complement closes the sentence.
#[test]
fn a_complements_stolen_subject_goes_back_to_the_verb_before_it() {
    use detente_text::language::repair::SUBORDINATE_COMPLEMENT;
    let words = ["Japan", "lodged", "a", "strong", "protest", "through", "diplomatic", "channels", "after", "a", "Chinese", "navy", "helicopter", "flew", "within", "100", "metres", "of", "a", "Japanese", "destroyer", "in", "the", "East", "China", "Sea", ",", "Tokyo", "'s", "defence", "ministry", "said", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[4].head, out[4].deprel.as_str()), (2, "obj"), "{out:?}");
    assert_eq!((out[12].head, out[12].deprel.as_str()), (14, "nsubj"), "{out:?}");
    assert_eq!((out[13].head, out[13].deprel.as_str()), (2, "advcl"), "{out:?}");
    let off = analyze_with(&words, SUBORDINATE_COMPLEMENT);
    assert_ne!((off[4].head, off[4].deprel.as_str()), (2, "obj"), "the repair is what attaches it: {off:?}");
}

/// Repair `REDUCED_RELATIVE_CONJUNCT` (moved from the event coder): a past form hung as a
/// conjunct right after a noun of the verb's phrase, with a "from" oblique, is that noun's
/// participle.
#[test]
fn a_past_form_hung_as_a_conjunct_after_a_noun_is_its_reduced_relative() {
    use detente_text::language::repair::REDUCED_RELATIVE_CONJUNCT;
    let words = ["China", "launched", "an", "anti-dumping", "investigation", "into", "brandy", "imported", "from", "the", "European", "Union", "."];
    let off = analyze_with(&words, REDUCED_RELATIVE_CONJUNCT);
    let out = analyze_with(&words, 0);
    assert_eq!(off[7].deprel.as_str(), "conj", "the parser's reading: {off:?}");
    assert_eq!((out[7].head, out[7].deprel.as_str(), out[7].xpos.as_str()), (7, "acl", "VBN"), "{out:?}");
}

/// Repair `GERUND_OBJECT` (moved from the event coder): an "-ing" form taken for an adverbial
/// clause right after the object noun, with a "by" agent, heads the object.
#[test]
fn a_gerund_after_the_object_with_an_agent_heads_the_object() {
    use detente_text::language::repair::GERUND_OBJECT;
    let words = ["Swiss", "prosecutors", "are", "investigating", "suspected", "money", "laundering", "by", "Lebanon", "'s", "central", "bank", "governor", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[6].head, out[6].deprel.as_str(), out[6].xpos.as_str(), out[6].lemma.as_str()), (4, "obj", "NN", "laundering"), "{out:?}");
    assert_eq!((out[5].head, out[5].deprel.as_str()), (7, "compound"), "{out:?}");
    let off = analyze_with(&words, GERUND_OBJECT);
    assert_eq!(off[6].deprel.as_str(), "advcl", "the repair is what makes it the object: {off:?}");
}

/// Repair `ARGUMENT_CONJUNCT`: a noun phrase with its own "and" hung as a conjunct of the verb,
/// right after the verb's oblique, joins the oblique.
#[test]
fn a_noun_coordinated_after_a_verbs_oblique_is_the_obliques_conjunct() {
    use detente_text::language::repair::ARGUMENT_CONJUNCT;
    let words = ["Russia", "called", "on", "the", "United", "States", "and", "the", "European", "Union", "to", "lift", "sanctions", "on", "its", "agricultural", "exports", "."];
    let off = analyze_with(&words, ARGUMENT_CONJUNCT);
    assert_eq!((off[9].head, off[9].deprel.as_str()), (2, "conj"), "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[9].head, out[9].deprel.as_str()), (6, "conj"), "{out:?}");
}

/// Repair `NESTED_CLAUSE_ROOT`: the first finite verb hung as a clausal modifier of a noun inside
/// the nominal root's phrase is the root, the root nominal its subject.
#[test]
fn a_finite_verb_hung_on_a_noun_inside_the_root_phrase_is_the_root() {
    use detente_text::language::repair::NESTED_CLAUSE_ROOT;
    let words = ["A", "flotilla", "of", "11", "Chinese", "and", "Russian", "warships", "sailed", "near", "Alaska", "'s", "Aleutian", "Islands", "in", "a", "joint", "patrol", ",", "prompting", "the", "U.S.", "Navy", "to", "dispatch", "four", "destroyers", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[8].head, out[8].deprel.as_str()), (0, "root"), "{out:?}");
    assert_eq!((out[1].head, out[1].deprel.as_str()), (9, "nsubj"), "{out:?}");
    let off = analyze_with(&words, NESTED_CLAUSE_ROOT);
    assert_ne!(off[8].head, 0, "the repair is what makes it the root: {off:?}");
}

/// Repair `REPORTING_APPOSITION`: a closing verb of saying without a subject takes the noun
/// phrase after the comma, parsed as an apposition, as its subject.
#[test]
fn a_closing_verb_of_saying_takes_the_apposition_before_it_as_subject() {
    use detente_text::language::repair::REPORTING_APPOSITION;
    let words = ["The", "Taliban", "promised", "to", "allow", "girls", "to", "return", "to", "secondary", "school", "in", "March", ",", "a", "spokesman", "for", "the", "ministry", "of", "education", "said", "."];
    let off = analyze_with(&words, REPORTING_APPOSITION);
    assert_eq!(off[15].deprel.as_str(), "appos", "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[15].head, out[15].deprel.as_str()), (22, "nsubj"), "{out:?}");
    assert_eq!((out[2].head, out[2].deprel.as_str()), (22, "ccomp"), "{out:?}");
}

/// Repair `REPORTED_CLAUSE_SUBJECT`: a finite verb hung as a modifier of the object of "said" is
/// the reported clause, the object its subject.
#[test]
fn a_finite_verb_hung_on_the_object_of_said_is_the_reported_clause() {
    use detente_text::language::repair::REPORTED_CLAUSE_SUBJECT;
    let words = ["Saudi", "Foreign", "Minister", "Prince", "Faisal", "bin", "Farhan", "said", "the", "kingdom", "'s", "position", "on", "any", "normalisation", "with", "Israel", "remained", "tied", "to", "the", "creation", "of", "a", "Palestinian", "state", "."];
    let off = analyze_with(&words, REPORTED_CLAUSE_SUBJECT);
    assert_eq!(off[17].deprel.as_str(), "acl", "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[17].head, out[17].deprel.as_str()), (8, "ccomp"), "{out:?}");
    assert_eq!((out[11].head, out[11].deprel.as_str()), (18, "nsubj"), "{out:?}");
}

/// Repair `VERB_WITH_OBJECT`: a noun with a subject before it and an object after it is a verb,
/// and the "that" read as the object of the verb before it marks its clause.
#[test]
fn a_noun_with_a_subject_and_an_object_is_a_verb() {
    use detente_text::language::repair::VERB_WITH_OBJECT;
    let words = ["China", "demanded", "that", "the", "Netherlands", "scrap", "new", "curbs", "on", "exports", "of", "chipmaking", "equipment", "."];
    let off = analyze_with(&words, VERB_WITH_OBJECT);
    assert_eq!(off[5].upos, detente_core::Upos::Noun, "the tagger's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[5].upos, out[5].xpos.as_str(), out[5].head, out[5].deprel.as_str()), (detente_core::Upos::Verb, "VB", 2, "ccomp"), "{out:?}");
    assert_eq!((out[4].head, out[4].deprel.as_str()), (6, "nsubj"), "{out:?}");
    assert_eq!((out[2].head, out[2].deprel.as_str()), (6, "mark"), "{out:?}");
}

/// Repair `THAT_CLAUSE_OF_SAYING`: a that-clause with a subject of its own, read as a relative
/// clause of the time noun after "said on", is the complement of "said".
#[test]
fn a_that_clause_hung_on_the_oblique_of_said_is_its_complement() {
    use detente_text::language::repair::THAT_CLAUSE_OF_SAYING;
    let words = ["Indian", "External", "Affairs", "Minister", "S.", "Jaishankar", "said", "on", "Friday", "that", "relations", "with", "China", "were", "still", "far", "from", "normal", "."];
    let off = analyze_with(&words, THAT_CLAUSE_OF_SAYING);
    assert_eq!((off[17].head, off[17].deprel.as_str()), (9, "acl:relcl"), "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[17].head, out[17].deprel.as_str()), (7, "ccomp"), "{out:?}");
    assert_eq!((out[9].upos, out[9].head, out[9].deprel.as_str()), (detente_core::Upos::Sconj, 18, "mark"), "{out:?}");
}

/// Repair `NAMING_COMPLEMENT`: what a verb of naming calls its object, read inside the object's
/// phrase, is the verb's `xcomp`.
#[test]
fn the_second_complement_of_called_is_its_xcomp() {
    use detente_text::language::repair::NAMING_COMPLEMENT;
    let words = ["Somalia", "'s", "government", "on", "Tuesday", "called", "a", "port", "deal", "between", "Ethiopia", "and", "the", "breakaway", "region", "of", "Somaliland", "a", "blatant", "violation", "of", "its", "sovereignty", "."];
    let off = analyze_with(&words, NAMING_COMPLEMENT);
    assert_ne!(off[19].head, 6, "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[19].head, out[19].deprel.as_str()), (6, "xcomp"), "{out:?}");
    assert_eq!((out[8].head, out[8].deprel.as_str()), (6, "obj"), "{out:?}");
}

/// Repair `LEADING_DEMONYM`: the adjective opening "Russian Foreign Minister Sergei Lavrov said"
/// is an `amod` of the name, and "said" the root.
#[test]
fn a_leading_demonym_before_a_title_modifies_the_name() {
    use detente_text::language::repair::LEADING_DEMONYM;
    let words = ["Russian", "Foreign", "Minister", "Sergei", "Lavrov", "said", "prospects", "for", "any", "dialogue", "with", "Washington", "on", "arms", "control", "were", "bleak", "."];
    let off = analyze_with(&words, LEADING_DEMONYM);
    assert_eq!(off[0].head, 0, "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[0].head, out[0].deprel.as_str()), (4, "amod"), "{out:?}");
    assert_eq!((out[5].head, out[5].deprel.as_str()), (0, "root"), "{out:?}");
    assert!(out.iter().filter(|a| a.head == 0).count() == 1, "{out:?}");
}

// lang23: parse repairs that cost events.

/// Repair `CONTACT_CLAUSE_ROOT`: "Chinese actor Wang Xing went missing", read as a noun phrase
/// with a relative clause, has "went" for its root, the name for its subject and the title the
/// name's `nmod:desc`.
#[test]
fn a_title_before_a_name_is_no_head_of_a_relative_clause() {
    use detente_text::language::repair::CONTACT_CLAUSE_ROOT;
    let words = ["Chinese", "actor", "Wang", "Xing", "went", "missing", "at", "the", "Thailand", "-", "Myanmar", "border", "."];
    let off = analyze_with(&words, CONTACT_CLAUSE_ROOT);
    assert_eq!((off[4].head, off[4].deprel.as_str()), (2, "acl:relcl"), "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[4].head, out[4].deprel.as_str()), (0, "root"), "{out:?}");
    assert_eq!((out[2].head, out[2].deprel.as_str()), (5, "nsubj"), "{out:?}");
    assert_eq!((out[1].head, out[1].deprel.as_str()), (3, "nmod:desc"), "{out:?}");
    assert_eq!(out[12].head, 5, "the stop hangs on the verb: {out:?}");
}

/// Repair `CONTACT_CLAUSE_ROOT`: in "Russia's defence ministry accused Ukraine ...", "defence"
/// modifies "ministry", the subject of the root "accused".
#[test]
fn a_noun_before_the_subject_of_a_contact_clause_is_its_compound() {
    let words = ["Russia", "'s", "defence", "ministry", "accused", "Ukraine", "of", "violating", "the", "Easter", "truce", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[4].head, out[4].deprel.as_str()), (0, "root"), "{out:?}");
    assert_eq!((out[2].head, out[2].deprel.as_str()), (4, "compound"), "{out:?}");
    assert_eq!((out[3].head, out[3].deprel.as_str()), (5, "nsubj"), "{out:?}");
}

/// Repair `CONTACT_CLAUSE_ROOT` leaves a real contact clause alone: "The book John wrote ." keeps
/// its nominal root.
#[test]
fn a_contact_clause_after_a_determiner_stays() {
    let words = ["The", "book", "John", "wrote", "."];
    let (off, out) = (analyze_with(&words, detente_text::language::repair::ALL_REPAIRS), analyze_with(&words, 0));
    assert_eq!(off[1].head == 0, out[1].head == 0, "{out:?}");
}

/// Tagging constraint `VERB_READ_PLURAL`: "announces" after "The Vatican" is the verb, though a
/// finite verb follows in its complement clause.
#[test]
fn an_s_form_known_as_a_verb_after_the_opening_subject_is_its_verb() {
    use detente_text::language::tagger::VERB_READ_PLURAL;
    let words = ["The", "Vatican", "announces", "that", "it", "will", "convert", "a", "Popemobile", "into", "a", "mobile", "health", "clinic", "."];
    let mut m = Analyzer::shipped().expect("model").model().unwrap().clone();
    let mut out = Vec::new();
    m.analyze(&words, &mut Default::default(), &mut out);
    assert_eq!((out[2].xpos.as_str(), out[2].head), ("VBZ", 0), "{out:?}");
    m.tagger.disable_constraints(VERB_READ_PLURAL);
    m.analyze(&words, &mut Default::default(), &mut out);
    assert_eq!(out[2].xpos.as_str(), "NNS", "the model's reading: {out:?}");
}

/// Repair `PARENTHESIS_SUBJECT`: the verb after "Two people, including a government official,"
/// is the root, with "people" its subject.
#[test]
fn a_verb_after_a_parenthesis_on_the_subject_is_the_root() {
    use detente_text::language::repair::PARENTHESIS_SUBJECT;
    let words = ["Two", "people", ",", "including", "a", "government", "official", ",", "are", "arrested", "in", "connection", "with", "the", "explosion", "."];
    let off = analyze_with(&words, PARENTHESIS_SUBJECT);
    assert_eq!(off[1].head, 0, "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[9].head, out[9].deprel.as_str()), (0, "root"), "{out:?}");
    assert_eq!((out[1].head, out[1].deprel.as_str()), (10, "nsubj:pass"), "{out:?}");
    assert_eq!(out.iter().filter(|a| a.head == 0).count(), 1, "{out:?}");
}

// yield08: returned objects the parser read as clauses (reduced relative with its noun as
// subject, a counted participle with its number as subject).

/// Repair `REDUCED_RELATIVE_CONJUNCT`, widened: a past form hung as a conjunct with the noun
/// right before it as its subject, that noun's phrase right after a verb with no object and no
/// "and" or comma between, is the noun's reduced relative and the noun the verb's object.
#[test]
fn a_past_form_after_the_object_with_no_coordinator_is_its_reduced_relative() {
    use detente_text::language::repair::REDUCED_RELATIVE_CONJUNCT;
    let words = ["Russia", "handed", "back", "three", "Ukrainian", "navy", "vessels", "seized", "a", "year", "ago", "near", "the", "Kerch", "Strait", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[6].head, out[6].deprel.as_str()), (2, "obj"), "{out:?}");
    assert_eq!((out[7].head, out[7].deprel.as_str(), out[7].xpos.as_str()), (7, "acl", "VBN"), "{out:?}");
    let off = analyze_with(&words, REDUCED_RELATIVE_CONJUNCT);
    assert_ne!((off[6].head, off[6].deprel.as_str()), (2, "obj"), "the repair is what makes it the object: {off:?}");
    // A conjoined clause with its own "and" keeps its subject.
    let words = ["Russia", "handed", "back", "the", "vessels", "and", "Ukraine", "freed", "the", "sailors", "."];
    let out = analyze_with(&words, 0);
    assert_ne!(out[6].deprel.as_str(), "obj", "{out:?}");
}

/// Repair `COUNTED_PARTICIPLE`, widened: a number read as the subject of a past form right after
/// a verb with no object counts the past form's object, which is the verb's object.
#[test]
fn a_number_read_as_a_participles_subject_counts_the_verbs_object() {
    use detente_text::language::repair::COUNTED_PARTICIPLE;
    let words = ["The", "United", "States", "returned", "30", "looted", "antiquities", ",", "including", "statues", "of", "Hindu", "and", "Buddhist", "deities", ",", "to", "Cambodia", ",", "U.S.", "prosecutors", "in", "New", "York", "said", "."];
    let out = analyze_with(&words, 0);
    assert_eq!((out[6].head, out[6].deprel.as_str()), (4, "obj"), "{out:?}");
    assert_eq!((out[4].head, out[4].deprel.as_str()), (7, "nummod"), "{out:?}");
    assert_eq!((out[5].head, out[5].deprel.as_str()), (7, "amod"), "{out:?}");
    let off = analyze_with(&words, COUNTED_PARTICIPLE);
    assert_ne!((off[6].head, off[6].deprel.as_str()), (4, "obj"), "the repair is what makes it the object: {off:?}");
}

// lang25: parse repairs that cost events.
/// Repair `WHETHER_INFINITIVE`: the infinitive of "considering whether to supply" is the
/// complement of "considering", with "whether" its mark, not a dependent of "whether".
#[test]
fn an_infinitive_after_whether_is_the_complement_of_the_verb_before() {
    use detente_text::language::repair::WHETHER_INFINITIVE;
    let words = ["The", "German", "government", "is", "considering", "whether", "to", "supply", "Taurus", "cruise", "missiles", "to", "Ukraine", ",", "a", "spokesman", "said", "on", "Friday", "."];
    let off = analyze_with(&words, WHETHER_INFINITIVE);
    assert_eq!(off[7].head, 6, "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[7].head, out[7].deprel.as_str()), (5, "ccomp"), "{out:?}");
    assert_eq!((out[5].head, out[5].deprel.as_str()), (8, "mark"), "{out:?}");
    // A well-parsed "whether to" clause stays as it is.
    let words = ["Poland", "is", "weighing", "whether", "to", "close", "its", "crossings", "."];
    let (off, out) = (analyze_with(&words, WHETHER_INFINITIVE), analyze_with(&words, 0));
    assert_eq!(off[5].head, out[5].head, "{out:?}");
}

/// Tagging constraint `INVERTED_CONDITION`: in "... companies should tariff talks with Washington
/// fail", "fail" is the condition's verb and "tariff" a noun; "will fund projects" is untouched.
#[test]
fn an_inverted_condition_after_should_ends_in_its_verb() {
    use detente_text::language::tagger::INVERTED_CONDITION;
    let words = ["Brussels", "was", "weighing", "levies", "on", "the", "advertising", "revenues", "of", "U.S.", "technology", "companies", "should", "tariff", "talks", "with", "Washington", "fail", "."];
    let mut m = Analyzer::shipped().expect("model").model().unwrap().clone();
    let mut out = Vec::new();
    m.analyze(&words, &mut Default::default(), &mut out);
    assert_eq!((out[17].xpos.as_str(), out[13].upos), ("VB", detente_core::Upos::Noun), "{out:?}");
    m.tagger.disable_constraints(INVERTED_CONDITION);
    m.analyze(&words, &mut Default::default(), &mut out);
    assert_ne!(out[17].xpos.as_str(), "VB", "the model's reading: {out:?}");
    m.tagger.disable_constraints(0);
    let words = ["The", "government", "said", "it", "should", "fund", "research", "."];
    m.analyze(&words, &mut Default::default(), &mut out);
    assert_ne!(out[6].xpos.as_str(), "VB", "{out:?}");
}

/// Tagging constraint `SUBJECT_NAME_OBJECT`: "strikes" after "Saudi Arabia" before the name that
/// opens its object is the verb.
#[test]
fn a_plural_reading_after_opening_names_before_a_name_is_the_verb() {
    use detente_text::language::tagger::SUBJECT_NAME_OBJECT;
    let words = ["Saudi", "Arabia", "strikes", "Houthi", "military", "sites", "in", "Hodeidah", ",", "Yemen", ",", "after", "a", "long", "hiatus", "in", "response", "to", "the", "movement", "'s", "attacks", "on", "maritime", "shipping", ",", "while", "the", "militant", "group", "vows", "to", "retaliate", "."];
    let mut m = Analyzer::shipped().expect("model").model().unwrap().clone();
    let mut out = Vec::new();
    m.analyze(&words, &mut Default::default(), &mut out);
    assert_eq!((out[2].xpos.as_str(), out[2].head), ("VBZ", 0), "{out:?}");
    m.tagger.disable_constraints(SUBJECT_NAME_OBJECT);
    m.analyze(&words, &mut Default::default(), &mut out);
    assert_eq!(out[2].xpos.as_str(), "NNS", "the model's reading: {out:?}");
}

// lang26: parse slips that lose objects and partners.
/// Repair `STRANDED_SUBJECT`: a name phrase after "with" or after a nationality adjective that the
/// parser hung as a second subject on a later verb rejoins the clause it stands in.
#[test]
fn a_name_stranded_as_a_second_subject_rejoins_the_word_before_it() {
    use detente_text::language::repair::STRANDED_SUBJECT;
    let words = ["US", "President", "Donald", "Trump", "will", "meet", "Lebanese", "Prime", "Minister", "Saad", "Hariri", "in", "Washington", "next", "week", "for", "talks", "on", "issues", "including", "refugees", "and", "combatting", "terrorism", ",", "the", "White", "House", "announced", "Friday", "."];
    let off = analyze_with(&words, STRANDED_SUBJECT);
    assert_eq!((off[9].head, off[9].deprel.as_str()), (29, "nsubj"), "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[9].head, out[9].deprel.as_str()), (6, "obj"), "{out:?}");
    assert_eq!(out[6].deprel.as_str(), "amod", "{out:?}");
    let words = ["The", "US", "envoy", "also", "held", "talks", "with", "former", "Afghan", "president", "Hamid", "Karzai", ",", "former", "vice", "president", "Mohammad", "Younus", "Qanooni", ",", "second", "deputy", "chief", "executive", "Mohammad", "Mohaqiq", ",", "and", "other", "politicians", "in", "Kabul", "and", "discussed", "issues", "around", "the", "peace", "agreement", "."];
    let off = analyze_with(&words, STRANDED_SUBJECT);
    assert_eq!((off[10].head, off[10].deprel.as_str()), (34, "nsubj"), "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[10].head, out[10].deprel.as_str()), (6, "nmod"), "{out:?}");
    assert_eq!((out[6].head, out[6].deprel.as_str()), (11, "case"), "{out:?}");
}

/// Repair `REPORTED_CLAUSE_DEPENDENT`: before ", an official said", a "with" phrase of a reported
/// clause headed by "willing" belongs to the verb "willing" takes ("provide Brazil with ...").
#[test]
fn a_phrase_before_a_closing_official_said_joins_the_verb_of_a_willing_clause() {
    use detente_text::language::repair::REPORTED_CLAUSE_DEPENDENT;
    let words = ["The", "United", "States", "is", "willing", "to", "provide", "Brazil", "with", "up", "to", "$", "1.5", "billion", "in", "additional", "loan", "guarantees", "and", "insurance", "to", "finance", "U.S.", "exports", "to", "the", "economically", "troubled", "nation", ",", "an", "administration", "official", "said", "Wednesday", "."];
    let off = analyze_with(&words, REPORTED_CLAUSE_DEPENDENT);
    assert_eq!(off[11].head, 34, "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[11].head, out[11].deprel.as_str()), (7, "obl"), "{out:?}");
    assert_eq!(out[8].head, 12, "{out:?}");
}

// lang27: parse slips in verbal conflict and tariffs.
/// Repair `PERCENT_MODIFIER`: in "imposes 25% tariffs on Canadian steel" the parser made "%" the
/// object and "tariffs" its dependent; "tariffs" is the object and "%" its compound.
#[test]
fn a_percentage_before_a_noun_is_its_compound() {
    use detente_text::language::repair::PERCENT_MODIFIER;
    let words = ["The", "United", "States", "imposes", "25", "%", "tariffs", "on", "Canadian", "steel", "."];
    let off = analyze_with(&words, PERCENT_MODIFIER);
    assert_eq!(off[6].head, 6, "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[6].head, out[6].deprel.as_str()), (4, "obj"), "{out:?}");
    assert_eq!((out[5].head, out[5].deprel.as_str()), (7, "compound"), "{out:?}");
    assert_eq!(out[4].head, 6, "the number still counts the percentage: {out:?}");
    assert_eq!(out[9].head, 7, "the \"on\" phrase stays the noun's: {out:?}");
    // A well-parsed percentage is untouched.
    let words = ["China", "imposes", "a", "34", "%", "tariff", "on", "American", "goods", "."];
    let (off, out) = (analyze_with(&words, PERCENT_MODIFIER), analyze_with(&words, 0));
    assert_eq!(off, out);
}

/// Repair `PARTICIPLE_ON_OBJECT`: in "announces 10% tariffs on goods imported from China" the
/// parser made "imported" a clause with "tariffs" its subject; "tariffs" is the object of
/// "announces" and "imported" a reduced relative on "goods".
#[test]
fn a_bare_participle_after_the_object_is_a_reduced_relative() {
    use detente_text::language::repair::PARTICIPLE_ON_OBJECT;
    let words = ["U.S.", "President", "Donald", "Trump", "announces", "10", "%", "tariffs", "on", "goods", "imported", "from", "China", "."];
    let off = analyze_with(&words, PARTICIPLE_ON_OBJECT);
    assert_eq!((off[7].head, off[7].deprel.as_str()), (11, "nsubj"), "the parser's reading: {off:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[7].head, out[7].deprel.as_str()), (5, "obj"), "{out:?}");
    assert_eq!((out[10].head, out[10].deprel.as_str()), (10, "acl"), "{out:?}");
    assert_eq!((out[6].head, out[6].deprel.as_str()), (8, "compound"), "{out:?}");
    // A participle with "have" keeps its subject.
    let words = ["Zelensky", "announces", "that", "Ukraine", "has", "captured", "two", "soldiers", "."];
    let (off, out) = (analyze_with(&words, PARTICIPLE_ON_OBJECT), analyze_with(&words, 0));
    assert_eq!(off, out);
}

// lang28: "worth" is never a verb or an adverb (constraint WORTH_ADJECTIVE).

/// Constraint `WORTH_ADJECTIVE`: in "a 25% tariff on American goods worth up to US$155 billion"
/// the tagger read "worth" as a present-tense verb with "goods" its subject; it is an adjective on
/// "goods", so the "on" phrase stays the tariff's.
#[test]
fn worth_read_as_a_verb_is_an_adjective() {
    let words = ["Trudeau", "says", "he", "will", "impose", "a", "25", "%", "tariff", "on", "American", "goods", "worth", "up", "to", "US$155", "billion", "."];
    let (t, all) = misses_tag_of(&words, "worth");
    assert_eq!(t, "JJ", "{all:?}");
    let out = analyze_with(&words, 0);
    assert_eq!((out[11].head, out[11].deprel.as_str()), (9, "nmod"), "{out:?}");
    // The noun "worth" stays a noun.
    let (t, all) = misses_tag_of(&["They", "sent", "$", "5", "million", "worth", "of", "aid", "."], "worth");
    assert_ne!(t, "JJ", "{all:?}");
}
