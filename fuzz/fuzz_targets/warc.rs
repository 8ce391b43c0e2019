//! The WARC reader never panics, whatever the headers, lengths or payloads claim.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for r in detente_ingest::read_bytes("fuzz.warc", data.to_vec(), Some(detente_ingest::InputFormat::Warc), &Default::default()) {
        if let Err(e) = r {
            assert!(e.to_string().starts_with("fuzz.warc"));
        }
    }
});
