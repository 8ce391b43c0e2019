//! `detente explain "SENTENCE" [--date D]`: shows how a sentence is coded: tokens and parse,
//! actors with the dictionary entries behind them, times and places, the events with the
//! pattern that fired (file:line), and every rejected candidate with its reason.
//! Also holds the event-pattern check that `detente dictionaries check` runs.
use anyhow::Context;
use detente_core::{Document, Event, Pipeline};
use detente_events::{CameoTable, Coder, Lexicon, PatternSet};
use std::path::Path;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// The sentence or short text to explain.
    pub text: String,
    /// Article date (YYYY-MM-DD) for dated roles and relative dates.
    #[arg(long)]
    pub date: Option<String>,
    /// Print the document as JSON instead of the readable report.
    #[arg(long)]
    pub json: bool,
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let mut doc = Document::new("explain", args.text.clone());
    if let Some(d) = &args.date {
        doc.date = Some(chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").with_context(|| format!("--date {d:?}: expected YYYY-MM-DD"))?);
    }
    let pipeline = detente_pipeline::default_pipeline();
    pipeline.process(&mut doc);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(0);
    }
    print!("{}", report(&doc));
    Ok(0)
}

/// The readable explanation of a coded document.
pub fn report(doc: &Document) -> String {
    use std::fmt::Write;
    let mut o = String::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let _ = writeln!(o, "sentence {si}: {}", doc.slice(s.range));
        let _ = writeln!(o, "  tokens and parse (id form lemma upos xpos head deprel):");
        let r = s.token_range();
        for i in r.clone() {
            let t = &doc.tokens[i];
            let head = t.head.map(|h| (h as usize + 1).saturating_sub(r.start).to_string()).unwrap_or_else(|| "0".into());
            let _ = writeln!(o, "    {:>3} {:<16} {:<14} {:<6} {:<5} {:>3} {}", i - r.start + 1, doc.token_text(i), t.lemma, t.upos.as_str(), t.xpos.as_str(), head, t.deprel.as_str());
        }
        let mentions: Vec<_> = doc.mentions.iter().filter(|m| s.range.contains(m.range)).collect();
        let _ = writeln!(o, "  actors:");
        if mentions.is_empty() {
            let _ = writeln!(o, "    (none)");
        }
        for m in mentions {
            let _ = writeln!(o, "    {:<28} {:<10} {:?} {}  [{}]", format!("{:?}", doc.slice(m.range)), m.actor.code, m.kind, m.actor.name, m.rule);
        }
        for t in doc.times.iter().filter(|t| t.sentence as usize == si) {
            let v = t.value.map(|v| format!("{} ({})", v.date, v.precision.as_str())).unwrap_or_else(|| "unresolved".into());
            let _ = writeln!(o, "  time: {:?} → {v}  [{}]", doc.slice(t.range), t.rule);
        }
        for p in doc.places.iter().filter(|p| p.sentence as usize == si) {
            let v = p.location.as_ref().map(|l| format!("{} ({})", l.name, l.country.as_deref().unwrap_or("-"))).unwrap_or_else(|| "unresolved".into());
            let _ = writeln!(o, "  place: {:?} → {v}  [{}]", doc.slice(p.range), p.rule);
        }
        let events: Vec<&Event> = doc.events.iter().filter(|e| e.sentence as usize == si).collect();
        let _ = writeln!(o, "  events:");
        if events.is_empty() {
            let _ = writeln!(o, "    (none)");
        }
        let table = CameoTable::builtin();
        for e in events {
            let name = table.get(&e.cameo).map(|x| x.name.as_str()).unwrap_or("?");
            let tgt = e.target.as_ref().map(|t| format!("{} {:?}", t.actor.code, doc.slice(t.range))).unwrap_or_else(|| "-".into());
            let _ = writeln!(
                o,
                "    {} {:?} → {}  {} {}  [{}]{}",
                e.source.actor.code,
                doc.slice(e.source.range),
                tgt,
                e.cameo,
                name,
                e.modality.as_str(),
                if detente_events::is_reported(e) { "" } else { " (not printed without --all-modalities)" }
            );
            let _ = writeln!(o, "      verb {:?}, goldstein {:+.1}, quad {}, PLOVER {}, confidence {:.2}", doc.slice(e.verb), e.goldstein, e.quad_class, e.plover.event_type, e.confidence);
            let _ = writeln!(o, "      pattern {}", e.rule);
            if let Some(d) = &e.date {
                let _ = writeln!(o, "      date {} ({})", d.date, d.precision.as_str());
            }
            if let Some(l) = &e.location {
                let _ = writeln!(o, "      location {} ({})", l.name, l.country.as_deref().unwrap_or("-"));
            }
        }
        let notes: Vec<_> = doc.diagnostics.iter().filter(|d| d.range.is_some_and(|r| s.range.contains(r))).collect();
        if !notes.is_empty() {
            let _ = writeln!(o, "  rejected candidates and notes:");
            for d in notes {
                let _ = writeln!(o, "    [{}] {}: {}", d.stage, d.kind, d.message);
            }
        }
    }
    for d in doc.diagnostics.iter().filter(|d| d.range.is_none()) {
        let _ = writeln!(o, "note [{}] {}: {}", d.stage, d.kind, d.message);
    }
    o
}

/// Runs `pipeline` on `doc`, with the events stage replaced by `coder` (dictionaries from disk).
fn process_with(pipeline: &Pipeline, coder: &Coder, doc: &mut Document) {
    for s in pipeline.stages() {
        if s.name() == "events" {
            coder.code(doc);
        } else {
            s.process(doc);
        }
    }
}

/// The event section of `detente dictionaries check`: lints the CAMEO table, the coder word
/// lists and every pattern file (from `dictionaries/` when present, else the built-in copies),
/// then codes every pattern's example sentence through the full pipeline. Returns the number
/// of errors and the number of failing examples; failing examples are listed with `warnings`.
pub fn check_event_patterns(warnings: bool) -> anyhow::Result<(usize, usize)> {
    let t = std::time::Instant::now();
    let dir = Path::new("dictionaries");
    let mut errors = 0;
    let on_disk = dir.join("events").is_dir() && dir.join("cameo.tsv").is_file();
    let table_text = if on_disk { std::fs::read_to_string(dir.join("cameo.tsv"))? } else { detente_events::BUILTIN_TABLE.to_string() };
    let table = match CameoTable::parse(&table_text, detente_events::BUILTIN_TABLE_PATH) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok((1, 0));
        }
    };
    let lex_text = if on_disk { std::fs::read_to_string(dir.join("events/coder.toml"))? } else { detente_events::BUILTIN_LEXICON.to_string() };
    let lexicon = match Lexicon::parse(&lex_text, detente_events::BUILTIN_LEXICON_PATH) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok((1, 0));
        }
    };
    let patterns = if on_disk {
        let (set, errs) = PatternSet::load_dir(&dir.join("events"), &table);
        for e in &errs {
            eprintln!("error: {e}");
        }
        errors += errs.len();
        set
    } else {
        PatternSet::builtin().clone()
    };
    let loaded = t.elapsed();
    let coder = Coder { table: &table, patterns: &patterns, lexicon: &lexicon };
    let pipeline = detente_pipeline::default_pipeline();
    let outcomes = detente_events::check::check_examples(&patterns, |s| {
        let mut d = Document::new("example", s);
        process_with(&pipeline, &coder, &mut d);
        d
    });
    let passed = outcomes.iter().filter(|o| o.passed).count();
    let own = outcomes.iter().filter(|o| o.own_rule).count();
    for o in outcomes.iter().filter(|o| !o.passed) {
        if warnings {
            let got: Vec<String> = o.got.iter().map(|(c, r)| format!("{c} ({r})")).collect();
            eprintln!("warning: {}: example {:?} expected {}, got [{}]", o.rule, o.example, o.expected, got.join(", "));
        }
    }
    println!(
        "events: {} codes, {} pattern entries ({} lemma patterns) from {}, loaded in {:.1} ms; {} errors; examples {}/{} pass ({} by their own pattern){}",
        table.entries().len(),
        patterns.entry_count(),
        patterns.patterns().len(),
        if on_disk { "dictionaries/" } else { "the built-in copy" },
        loaded.as_secs_f64() * 1000.0,
        errors,
        passed,
        outcomes.len(),
        own,
        if warnings { "" } else { " (--warnings to list failures)" }
    );
    Ok((errors, outcomes.len() - passed))
}
