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
const UPOS_MEASURED: f64 = 96.69;
const LEMMA_MEASURED: f64 = 97.97;
const UAS_MEASURED: f64 = 84.67;
const LAS_MEASURED: f64 = 80.78;
