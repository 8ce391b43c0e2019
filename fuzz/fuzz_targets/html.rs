//! HTML article extraction, then segmentation of what it returns, never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let docs = detente_ingest::read_bytes("fuzz.html", data.to_vec(), Some(detente_ingest::InputFormat::Html), &Default::default());
    for doc in docs.into_iter().flatten() {
        let (sentences, tokens) = detente_text::segment::segment(&doc.text);
        for t in &tokens {
            assert!(doc.text.is_char_boundary(t.range.start as usize) && doc.text.is_char_boundary(t.range.end as usize));
        }
        assert_eq!(sentences.last().map_or(0, |s| s.tokens.end as usize), tokens.len());
    }
});
