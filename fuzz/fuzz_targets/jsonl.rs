//! The JSON lines reader (plain and gzip) never panics and always names a line.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for r in detente_ingest::read_bytes("fuzz.jsonl", data.to_vec(), Some(detente_ingest::InputFormat::Jsonl), &Default::default()) {
        if let Err(e) = r {
            assert!(e.to_string().starts_with("fuzz.jsonl"));
        }
    }
});
