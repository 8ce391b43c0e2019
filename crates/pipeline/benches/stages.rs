//! Throughput of every pipeline stage on a fixed input, single thread: ingest and
//! cleaning, segmenter (sentences and tokens), the analyzer (and within it the tagger and
//! the tagger + parser), actors, events, dates, places and output (events as JSON).
//!
//! `cargo bench -p detente-pipeline --bench stages` reads the first `DETENTE_BENCH_DOCS`
//! (default 3,000) items of `../shared/corpora/wikipedia-current-events/_posts` (or the
//! folder in `DETENTE_BENCH_CORPUS`) and skips cleanly when it is absent. Figures are wall
//! clock, best of `DETENTE_BENCH_ROUNDS` (default 5) rounds: on a shared machine the
//! fastest round is the one least disturbed by other work. No timing is asserted: the figures belong in `benches/README.md`. The language layer alone on EWT is
//! `cargo bench -p detente-text --bench language`.
use detente_core::Document;
use detente_ingest::{read_paths, ReadOptions};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Runs `f` and returns its wall-clock seconds.
fn timed(f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64()
}

fn main() {
    let corpus = std::env::var("DETENTE_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/wikipedia-current-events/_posts"));
    if !corpus.exists() {
        eprintln!("skipping stages bench: {} not found", corpus.display());
        return;
    }
    let n_docs: usize = std::env::var("DETENTE_BENCH_DOCS").ok().and_then(|v| v.parse().ok()).unwrap_or(3000);
    let rounds: usize = std::env::var("DETENTE_BENCH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(5).max(1);
    let pipeline = detente_pipeline::default_pipeline();
    if let Some(problem) = detente_pipeline::language_model_problem() {
        eprintln!("skipping stages bench: language model unavailable ({problem})");
        return;
    }
    let model = detente_text::Analyzer::shipped().ok().and_then(|a| a.model().cloned());
    let opts = ReadOptions::default();
    let mut names: Vec<&str> = vec!["ingest+clean"];
    names.extend(pipeline.stages().iter().map(|s| s.name()));
    names.extend(["  tag only", "  tag+parse", "output JSON"]);
    let mut best = vec![f64::MAX; names.len()];
    let (mut sentences, mut tokens, mut bytes, mut events) = (0usize, 0usize, 0usize, 0usize);
    for _round in 0..rounds {
        let mut docs: Vec<Document> = Vec::new();
        let mut times = vec![0.0; names.len()];
        times[0] = timed(|| docs = read_paths(std::slice::from_ref(&corpus), &opts).filter_map(Result::ok).take(n_docs).collect());
        for (k, stage) in pipeline.stages().iter().enumerate() {
            times[k + 1] = timed(|| docs.iter_mut().for_each(|d| stage.process(d)));
        }
        let k = pipeline.stages().len() + 1;
        if let Some(m) = &model {
            let words: Vec<Vec<&str>> = docs
                .iter()
                .flat_map(|d| d.sentences.iter().map(move |s| d.tokens[s.token_range()].iter().map(|t| d.text.get(t.range.to_range()).unwrap_or("")).collect()))
                .collect();
            let mut scratch = detente_text::language::Scratch::default();
            times[k] = timed(|| words.iter().for_each(|w| m.tag_only(w.iter().copied(), &mut scratch)));
            times[k + 1] = timed(|| words.iter().for_each(|w| m.tag_parse(w.iter().copied(), &mut scratch)));
        }
        times[k + 2] = timed(|| {
            let mut out = std::io::sink();
            for d in &docs {
                for e in &d.events {
                    serde_json::to_writer(&mut out, e).expect("writing to a sink");
                }
            }
        });
        sentences = docs.iter().map(|d| d.sentences.len()).sum();
        tokens = docs.iter().map(|d| d.tokens.len()).sum();
        bytes = docs.iter().map(|d| d.text.len()).sum();
        events = docs.iter().map(|d| d.events.len()).sum();
        best.iter_mut().zip(&times).for_each(|(b, t)| *b = b.min(*t));
    }
    let mb = bytes as f64 / 1e6;
    println!("{}: {n_docs} items asked, {sentences} sentences, {tokens} tokens, {mb:.2} MB, {events} events; one thread, wall clock, best of {rounds}", corpus.display());
    println!("{:<14} {:>9} {:>13} {:>13} {:>9}", "stage", "ms", "sentences/s", "tokens/s", "MB/s");
    let mut total = 0.0;
    for (name, t) in names.iter().zip(&best) {
        if *t == f64::MAX {
            continue;
        }
        // The tagger and parser lines are inside the analyzer's time: not added again.
        if !name.starts_with("  ") {
            total += t;
        }
        println!("{:<14} {:>9.1} {:>13.0} {:>13.0} {:>9.1}", name, t * 1e3, sentences as f64 / t, tokens as f64 / t, mb / t);
    }
    println!("{:<14} {:>9.1} {:>13.0} {:>13.0} {:>9.1}", "sum", total * 1e3, sentences as f64 / total, tokens as f64 / total, mb / total);
}
