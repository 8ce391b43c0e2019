//! Golden test: the seed article's sentences and tokens, after ingest and segmentation.
use detente_core::Stage;
use std::path::Path;

#[test]
fn seed_article_sentences_and_tokens() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples/seed-article.jsonl");
    if !path.exists() {
        eprintln!("skipping: {} not found (../shared is absent)", path.display());
        return;
    }
    let mut docs: Vec<_> = detente_ingest::read_paths(&[path], &Default::default()).collect();
    let mut doc = docs.remove(0).expect("the seed article reads");
    detente_text::Segmenter.process(&mut doc);
    let mut out = String::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        let sentence = doc.slice(s.range);
        for furniture in ["contributed to this report", "Read the full article here", "Share.", "Exit mobile version"] {
            assert!(!sentence.contains(furniture), "furniture {furniture:?} in sentence {i}: {sentence}");
        }
        out.push_str(&format!("{i} [{}..{}] {sentence}\n", s.range.start, s.range.end));
        let toks: Vec<String> = doc.sentence_tokens(i).iter().map(|t| {
            let text = doc.slice(t.range);
            if t.space_after { text.to_string() } else { format!("{text}·") }
        }).collect();
        out.push_str(&format!("    {}\n", toks.join(" ")));
    }
    insta::assert_snapshot!(out);
}
