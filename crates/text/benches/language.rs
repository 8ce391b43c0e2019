//! Throughput of the language layer, single thread: tokens/s for tagging, tagging +
//! parsing, and the full analysis (with lemmas), over EWT test with gold tokenization.
//!
//! `cargo bench -p detente-text --bench language` (reads ../shared/ud; the model is the
//! embedded one, or `DETENTE_MODEL=DIR`).
use detente_text::language::conllu::read_file;
use detente_text::language::{Model, Scratch};
use detente_text::Analyzer;
use std::path::Path;
use std::time::Instant;

/// CPU time of this thread in seconds (from /proc/thread-self/schedstat), so that
/// figures hold on a machine shared with other work; falls back to wall time.
fn cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

struct Clock(Instant, Option<f64>);
impl Clock {
    fn start() -> Clock {
        Clock(Instant::now(), cpu_secs())
    }
    /// (wall seconds, CPU seconds)
    fn stop(&self) -> (f64, f64) {
        let wall = self.0.elapsed().as_secs_f64();
        let cpu = match (self.1, cpu_secs()) {
            (Some(a), Some(b)) => b - a,
            _ => wall,
        };
        (wall, cpu)
    }
}

fn main() {
    let ud = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/ud/en_ewt-ud-test.conllu");
    if !ud.exists() {
        eprintln!("skipping language bench: {} not found", ud.display());
        return;
    }
    let t = Clock::start();
    // The model as the pipeline holds it (not a deep copy, whose tables would lose the
    // huge-page backing `Weights` asks for at load time).
    let analyzer = match std::env::var("DETENTE_MODEL") {
        Ok(dir) => Analyzer::load(Path::new(&dir)).expect("model"),
        Err(_) => match Analyzer::shipped() {
            Ok(a) => a,
            Err(e) => {
                eprintln!("skipping language bench: {e}");
                return;
            }
        },
    };
    let model: &Model = analyzer.model().expect("model");
    let (wall, cpu) = t.stop();
    println!("model load: {:.1} ms CPU time, {:.1} ms wall clock", cpu * 1000.0, wall * 1000.0);
    let (sents, _) = read_file(&ud).expect("EWT test");
    let words: Vec<Vec<&str>> = sents.iter().map(|s| s.words.iter().map(|w| w.form.as_str()).collect()).collect();
    let n: usize = words.iter().map(Vec::len).sum();
    let mut scratch = Scratch::default();
    let mut out = Vec::new();
    // Each timed round passes over the test set `passes` times: CPU time is counted in
    // scheduler ticks (4 ms here), so a round of ~0.5 s keeps that error under 1%.
    let (rounds, passes) = (5, 4);
    let mut best = [(f64::MAX, f64::MAX); 3];
    let keep = |b: &mut (f64, f64), t: (f64, f64)| *b = (b.0.min(t.0), b.1.min(t.1));
    for _ in 0..rounds {
        let t = Clock::start();
        for w in (0..passes).flat_map(|_| &words) {
            model.tag_only(w.iter().copied(), &mut scratch);
        }
        keep(&mut best[0], t.stop());
        let t = Clock::start();
        for w in (0..passes).flat_map(|_| &words) {
            model.tag_parse(w.iter().copied(), &mut scratch);
        }
        keep(&mut best[1], t.stop());
        let t = Clock::start();
        for w in (0..passes).flat_map(|_| &words) {
            model.analyze(w, &mut scratch, &mut out);
        }
        keep(&mut best[2], t.stop());
    }
    println!("EWT test: {} sentences, {} tokens; best of {rounds} rounds of {passes} passes, one thread", sents.len(), n);
    let (n, n_sents) = (n * passes, sents.len() * passes);
    for (name, (wall, cpu)) in ["tag", "tag+parse", "tag+parse+lemma"].iter().zip(best) {
        println!(
            "{name:>16}: {:>9.0} tokens/s CPU time ({:>7.0} sentences/s); {:>9.0} tokens/s wall clock",
            n as f64 / cpu,
            n_sents as f64 / cpu,
            n as f64 / wall
        );
    }
}
