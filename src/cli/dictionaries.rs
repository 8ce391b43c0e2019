//! `detente dictionaries check`: lints every dictionary file and codes the example
//! sentences the files carry. Exit status 1 when there are errors, or with `--strict` when an
//! example fails (CI runs it so).
//! `detente dictionaries coverage`: the people audit (issue 4), days without a head of state,
//! head of government, foreign or defence minister per required country.
use detente_actors::check::{check, Severity};
use std::path::PathBuf;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Lint the dictionaries and run their examples.
    Check {
        /// A folder of actor dictionary files that replace or add to the shipped ones.
        #[arg(long)]
        actors: Option<PathBuf>,
        /// Print warnings too.
        #[arg(long)]
        warnings: bool,
        /// Count a failing example sentence as an error (CI runs with it), so that a change
        /// that stops an example from coding as its entry says cannot land unseen.
        #[arg(long)]
        strict: bool,
    },
    /// Audit the people dictionary: days each required country (dictionaries/coverage/people.toml)
    /// lacks a head of state, head of government, foreign or defence minister.
    Coverage {
        /// First day of the window (YYYY-MM-DD).
        #[arg(long, default_value = "2000-01-01")]
        from: chrono::NaiveDate,
        /// Last day of the window (YYYY-MM-DD).
        #[arg(long, default_value = "2025-10-01")]
        to: chrono::NaiveDate,
        /// A folder of actor dictionary files that replace or add to the shipped ones.
        #[arg(long)]
        actors: Option<PathBuf>,
    },
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.command {
        Command::Coverage { from, to, actors } => {
            let dict = super::actors::load(actors.as_ref())?;
            let cov = detente_actors::coverage::CoverageFile::shipped()?;
            let rows = detente_actors::coverage::audit(&dict, &cov, from, to);
            print!("{}", detente_actors::coverage::report(&cov, &rows, from, to));
            Ok(0)
        }
        Command::Check { actors, warnings, strict } => {
            let mut errors = 0;
            // --- actors (issue 4) ---
            let t = std::time::Instant::now();
            let dict = super::actors::load(actors.as_ref())?;
            let loaded = t.elapsed();
            let report = check(&dict);
            let mut warned = 0;
            for l in &report.lints {
                match l.severity {
                    Severity::Error => eprintln!("error: {}: {}", l.place, l.message),
                    Severity::Warning => {
                        warned += 1;
                        if warnings {
                            eprintln!("warning: {}: {}", l.place, l.message);
                        }
                    }
                }
            }
            errors += report.errors();
            let people = dict.entries.iter().filter(|e| e.kind == detente_actors::EntryKind::Person).count();
            println!(
                "actors: {} files parsed, {} entries ({} people), {} patterns, loaded in {:.1} ms; {} errors, {} warnings{}; examples {}/{} pass",
                dict.files.len(),
                dict.entries.len(),
                people,
                dict.pattern_count(),
                loaded.as_secs_f64() * 1000.0,
                report.errors(),
                warned,
                if warnings { "" } else { " (--warnings to list)" },
                report.examples_run - report.examples_failed,
                report.examples_run
            );
            // --- events: the events helper adds the event-pattern checks here (issue 5) ---
            let (event_errors, event_failures) = super::explain::check_event_patterns(warnings)?;
            errors += event_errors;
            // (A failing actor example is an error already.)
            if strict && event_failures > 0 {
                eprintln!("error: {event_failures} event example sentence(s) failed (--strict; --warnings lists them)");
                errors += event_failures;
            }
            Ok(if errors > 0 { 1 } else { 0 })
        }
    }
}
