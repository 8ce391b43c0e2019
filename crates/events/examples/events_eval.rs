//! Measurement harness for issue 5: codes a gold TSV (id, date, text[, expected]) or a JSON-lines
//! article file with segmenter → analyzer → actors → events, and prints the events as contract
//! JSON lines (asserted and intended only, unless --all-modalities) for `score_events.py`.
//! Prints sentences/s for the whole run and for the events stage alone on standard error.
//!
//! usage: cargo run --release -p detente-events --example events_eval -- FILE [--all-modalities] [--model DIR]
//!   study aids (aggregate counts on standard error): --reasons, --reasons-by-lemma [--uncoded-only] [--root LEMMA], --uncoded-roots, --reasons-detail
//!   (reasons split by the relation of an unanchored event noun),   --dump-diagnostics (uncoded documents with their rejections; study sets only)
use detente_core::{Document, EventRecord, Stage};
use std::io::Write;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let all = args.iter().any(|a| a == "--all-modalities");
    let check = args.iter().any(|a| a == "--check-examples" || a == "--explain");
    let dummy = String::from("-");
    let Some(path) = (if check { Some(&dummy) } else { None }).or_else(|| args.iter().enumerate().find(|(i, a)| !a.starts_with("--") && (*i == 0 || (args[i - 1] != "--model" && args[i - 1] != "--root"))).map(|(_, a)| a)) else {
        eprintln!("usage: events_eval FILE.tsv|FILE.jsonl [--all-modalities]");
        std::process::exit(2);
    };
    let text = if check { String::new() } else { std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    }) };
    let mut docs = Vec::new();
    if path.ends_with(".jsonl") {
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            match serde_json::from_str::<serde_json::Value>(line) {
                Ok(v) => {
                    let id = v.get("id").and_then(|x| x.as_str()).map(str::to_string).unwrap_or_else(|| (i + 1).to_string());
                    let mut d = Document::new(id, v.get("text").and_then(|x| x.as_str()).unwrap_or(""));
                    d.date = v.get("date").and_then(|x| x.as_str()).and_then(|s| chrono::NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok());
                    docs.push(d);
                }
                Err(e) => eprintln!("{path}:{}: {e}", i + 1),
            }
        }
    } else if !check {
        let mut lines = text.lines().enumerate();
        let header: Vec<&str> = lines.next().map(|(_, h)| h.split('\t').collect()).unwrap_or_default();
        let col = |n: &str| header.iter().position(|h| *h == n);
        let (Some(ci), Some(ct)) = (col("id"), col("text")) else {
            eprintln!("{path}:1: expected a header with id and text columns");
            std::process::exit(2)
        };
        let cd = col("date");
        for (i, line) in lines {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() <= ct.max(ci) {
                eprintln!("{path}:{}: too few fields", i + 1);
                continue;
            }
            let mut d = Document::new(f[ci], f[ct]);
            d.date = cd.and_then(|c| f.get(c)).and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
            docs.push(d);
        }
    }
    let model = args.iter().position(|a| a == "--model").and_then(|i| args.get(i + 1));
    let loaded = match model {
        Some(m) => detente_text::Analyzer::load(std::path::Path::new(m)),
        None => detente_text::Analyzer::shipped(),
    };
    let analyzer = loaded.unwrap_or_else(|e| {
        eprintln!("language model: {e}");
        std::process::exit(2)
    });
    let stages: Vec<Box<dyn Stage>> = vec![
        Box::new(detente_text::Segmenter),
        Box::new(analyzer),
        Box::new(detente_actors::ActorResolver),
        Box::new(detente_events::EventCoder),
    ];
    if let Some(t) = args.iter().position(|a| a == "--explain").and_then(|i| args.get(i + 1)) {
        let mut d = Document::new("explain", t.as_str());
        for s in &stages {
            s.process(&mut d);
        }
        for (i, tok) in d.tokens.iter().enumerate() {
            println!("{:>3} {:<14} {:<12} {:<6} {:<4} {:>3} {}", i + 1, d.token_text(i), tok.lemma, tok.upos.as_str(), tok.xpos.as_str(), tok.head.map(|h| h + 1).unwrap_or(0), tok.deprel.as_str());
        }
        for m in &d.mentions {
            println!("mention {:?} {} head {} {:?} [{}]", d.slice(m.range), m.actor.code, m.head + 1, m.kind, m.rule);
        }
        for e in &d.events {
            println!("event {} -> {:?} {} {} [{}]", e.source.actor.code, e.target.as_ref().map(|t| &t.actor.code), e.cameo, e.modality.as_str(), e.rule);
        }
        for x in &d.diagnostics {
            println!("diag [{}] {}: {}", x.stage, x.kind, x.message);
        }
        return;
    }
    if args.iter().any(|a| a == "--check-examples") {
        let outcomes = detente_events::check::check_examples(detente_events::PatternSet::builtin(), |t| {
            let mut d = Document::new("example", t);
            for s in &stages {
                s.process(&mut d);
            }
            d
        });
        let mut pass = 0;
        for o in &outcomes {
            if o.passed {
                pass += 1;
            } else {
                let got: Vec<String> = o.got.iter().map(|(c, r)| format!("{c} {r}")).collect();
                println!("FAIL {} {:?} expected {} got [{}]", o.rule, o.example, o.expected, got.join(", "));
            }
        }
        eprintln!("examples {pass}/{} pass", outcomes.len());
        return;
    }
    let print_roots = args.iter().any(|a| a == "--print-roots");
    let mut spent = vec![Duration::ZERO; stages.len()];
    let start = Instant::now();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let mut sentences = 0usize;
    let mut events = 0usize;
    for d in &mut docs {
        for (i, s) in stages.iter().enumerate() {
            let t = Instant::now();
            s.process(d);
            spent[i] += t.elapsed();
        }
        sentences += d.sentences.len();
        if print_roots {
            // Study aid: the root word and its lemma per document (to spot lemmatizer slips on pattern verbs).
            for t in 0..d.tokens.len() {
                if d.tokens[t].head.is_none() {
                    let _ = writeln!(out, "{}\t{}\t{}", d.id, d.token_text(t), d.tokens[t].lemma);
                }
            }
            continue;
        }
        for e in d.events.iter().filter(|e| all || detente_events::is_reported(e)) {
            events += 1;
            let _ = writeln!(out, "{}", serde_json::to_string(&EventRecord::new(d, e)).unwrap());
        }
    }
    if args.iter().any(|a| a == "--dump-diagnostics") {
        // Study aid for the study sets only (never the held-out gold): each uncoded document's text
        // and its event diagnostics, on standard error.
        for d in docs.iter().filter(|d| !d.events.iter().any(|e| all || detente_events::is_reported(e))) {
            eprintln!("## {}\t{}", d.id, d.text);
            for x in d.diagnostics.iter().filter(|x| x.stage == "events") {
                eprintln!("   {}", x.message);
            }
        }
    }
    let by_lemma = args.iter().any(|a| a == "--reasons-by-lemma");
    let detail = args.iter().any(|a| a == "--reasons-detail");
    if by_lemma || detail || args.iter().any(|a| a == "--reasons") {
        let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
        // Study filters (aggregate counts only): --uncoded-only keeps documents with no reported
        // event; --root LEMMA keeps documents whose parse root has that lemma.
        let uncoded_only = args.iter().any(|a| a == "--uncoded-only");
        let root = args.iter().position(|a| a == "--root").and_then(|i| args.get(i + 1)).map(|r| r.to_lowercase());
        let keep = |d: &Document| {
            (!uncoded_only || !d.events.iter().any(|e| all || detente_events::is_reported(e)))
                && root.as_ref().is_none_or(|r| d.tokens.iter().any(|t| t.head.is_none() && t.lemma.to_lowercase() == *r))
        };
        for d in docs.iter().filter(|d| keep(d)) {
            for x in d.diagnostics.iter().filter(|x| x.stage == "events") {
                let why = x.message.split("): ").nth(1).or_else(|| x.message.split(": ").nth(1)).unwrap_or(&x.message);
                let mut key: String = why.split(['"', '(']).next().unwrap_or("").trim().to_string();
                if detail {
                    // The dependency relation of an unanchored event noun ("... (obl of \"kill\")" → "obl").
                    if let Some(rel) = why.split(" (").nth(1).and_then(|x| x.split(' ').next()) {
                        key = format!("{key} [{}]", rel.trim_end_matches(')'));
                    }
                }
                if by_lemma {
                    key = format!("{} | {key}", x.message.split(' ').next().unwrap_or("").trim_end_matches(':'));
                }
                *counts.entry(key).or_default() += 1;
            }
            for e in &d.events {
                *counts.entry(format!("event modality {}", e.modality.as_str())).or_default() += 1;
            }
        }
        let mut v: Vec<_> = counts.into_iter().collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        // Actor gaps: capitalised words the coder needed as source or target but actors did not resolve.
        let mut gaps: std::collections::BTreeMap<String, usize> = Default::default();
        for d in &docs {
            for x in d.diagnostics.iter().filter(|x| x.stage == "events" && x.message.contains("is not a known actor")) {
                if let Some(w) = x.message.split('"').nth(1).filter(|w| w.starts_with(|c: char| c.is_uppercase())) {
                    *gaps.entry(w.to_string()).or_default() += 1;
                }
            }
        }
        let mut g: Vec<_> = gaps.into_iter().collect();
        g.sort_by_key(|x| std::cmp::Reverse(x.1));
        eprintln!("{:>6}  candidates lost to unresolved capitalised words, {} distinct; most frequent: {}", g.iter().map(|x| x.1).sum::<usize>(), g.len(), g.iter().take(15).map(|(w, n)| format!("{w} {n}")).collect::<Vec<_>>().join(", "));
        for (k, n) in v.iter().take(if by_lemma { 60 } else { 25 }) {
            eprintln!("{n:>6}  {k}");
        }
    }
    if args.iter().any(|a| a == "--uncoded-roots") {
        // Aggregate study aid: root lemmas of sentences that coded no event, most frequent first.
        let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
        for d in &docs {
            for (si, s) in d.sentences.iter().enumerate() {
                if d.events.iter().any(|e| e.sentence as usize == si) {
                    continue;
                }
                for t in s.token_range() {
                    if d.tokens[t].head.is_none() && t < d.tokens.len() {
                        *counts.entry(d.tokens[t].lemma.to_lowercase()).or_default() += 1;
                    }
                }
            }
        }
        let mut v: Vec<_> = counts.into_iter().collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        for (k, n) in v.iter().take(80) {
            eprintln!("{n:>6}  root {k}");
        }
    }
    let total = start.elapsed().as_secs_f64();
    eprintln!(
        "{} documents, {} sentences, {} events in {:.2} s: {:.0} sentences/s end to end (1 thread); per stage: {}",
        docs.len(),
        sentences,
        events,
        total,
        sentences as f64 / total,
        stages.iter().zip(&spent).map(|(s, t)| format!("{} {:.0} sent/s", s.name(), sentences as f64 / t.as_secs_f64().max(1e-9))).collect::<Vec<_>>().join(", ")
    );
}
