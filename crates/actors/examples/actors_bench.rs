//! Measures the actor dictionaries (load time, memory) and the resolver's speed on real
//! news text: Wikipedia current-events pages read in place from `../shared/corpora`.
//!
//! `cargo run --release -p detente-actors --example actors_bench [POSTS_DIR]`
//!
//! Tokenization uses the crate's minimal tokenizer and is not timed; only resolution is.
use detente_actors::{simple, ActorDictionary, DictionaryResolver};
use std::sync::Arc;
use std::time::Instant;

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}

/// Markdown bullet text without link targets: "[Ukrainian](https://...)" → "Ukrainian".
fn strip_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '[' | ']' | '*' | '#' => {
                if c == ']' && chars.peek() == Some(&'(') {
                    let mut depth = 0;
                    for d in chars.by_ref() {
                        if d == '(' {
                            depth += 1;
                        } else if d == ')' {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                    }
                }
            }
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpora/wikipedia-current-events/_posts").to_string());
    let before = rss_kb();
    let t = Instant::now();
    let dict = Arc::new(ActorDictionary::embedded());
    let first = t.elapsed();
    let after = rss_kb();
    // Steady-state load time: the best of 5 more loads (the first also pays page faults).
    let mut load = first;
    for _ in 0..5 {
        let t = Instant::now();
        let d = ActorDictionary::embedded();
        load = load.min(t.elapsed());
        drop(d);
    }
    let t = Instant::now();
    for (p, text) in detente_actors::dictionary::embedded_files() {
        let _ = detente_actors::dictionary::SourceFile::parse(p, text);
    }
    println!("first load {:.1} ms; TOML parsing alone (1 thread) {:.1} ms", first.as_secs_f64() * 1000.0, t.elapsed().as_secs_f64() * 1000.0);
    println!(
        "load: {:.1} ms, {} entries, {} patterns, RSS +{:.1} MB (process {:.1} MB)",
        load.as_secs_f64() * 1000.0,
        dict.entries.len(),
        dict.pattern_count(),
        (after.saturating_sub(before)) as f64 / 1024.0,
        after as f64 / 1024.0
    );
    let Ok(rd) = std::fs::read_dir(&dir) else {
        println!("no corpus at {dir}; speed not measured");
        return;
    };
    let mut docs = Vec::new();
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        let date = chrono::NaiveDate::parse_from_str(name.get(..10).unwrap_or(""), "%Y-%m-%d").ok();
        let Ok(text) = std::fs::read_to_string(e.path()) else { continue };
        let body: Vec<String> = text.lines().filter(|l| l.trim_start().starts_with('*')).map(strip_markdown).filter(|l| l.len() > 40).collect();
        docs.push(simple::document(&body.join(" "), date));
    }
    let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let resolver = DictionaryResolver::new(dict);
    let t = Instant::now();
    for d in &mut docs {
        resolver.resolve(d);
    }
    let secs = t.elapsed().as_secs_f64();
    let mentions: usize = docs.iter().map(|d| d.mentions.len()).sum();
    let unresolved: usize = docs.iter().map(|d| d.diagnostics.iter().filter(|x| x.kind == "unresolved-mention").count()).sum();
    println!(
        "resolve: {} docs, {sentences} sentences, {tokens} tokens in {:.3} s on 1 thread: {:.0} sentences/s, {:.0} mentions/s ({mentions} mentions, {unresolved} unresolved-mention diagnostics); peak RSS {:.1} MB",
        docs.len(),
        secs,
        sentences as f64 / secs,
        mentions as f64 / secs,
        std::fs::read_to_string("/proc/self/status").ok().and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())).unwrap_or(0.0) / 1024.0
    );
}
