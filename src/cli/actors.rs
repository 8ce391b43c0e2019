//! `detente actors lookup NAME [--date YYYY-MM-DD]`: the CAMEO code a name resolves to, and why.
use anyhow::Context;
use detente_actors::{lookup, ActorDictionary};
use std::path::PathBuf;
use std::sync::Arc;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Look a name or phrase up ("Wang Yi", "Chinese coast guard", "Kremlin").
    Lookup {
        /// The name or phrase.
        name: String,
        /// Article date for dated roles (YYYY-MM-DD); default: current roles.
        #[arg(long)]
        date: Option<String>,
        /// A folder of actor dictionary files that replace or add to the shipped ones.
        #[arg(long)]
        dictionaries: Option<PathBuf>,
    },
}

/// Loads the shipped actor dictionaries, or them overridden by `dir`.
pub fn load(dir: Option<&PathBuf>) -> anyhow::Result<Arc<ActorDictionary>> {
    Ok(match dir {
        Some(d) => Arc::new(ActorDictionary::with_override(d).with_context(|| format!("reading {}", d.display()))?),
        None => detente_actors::shipped(),
    })
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.command {
        Command::Lookup { name, date, dictionaries } => {
            let date = match date {
                Some(d) => Some(chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").with_context(|| format!("--date {d:?}: expected YYYY-MM-DD"))?),
                None => None,
            };
            let dict = load(dictionaries.as_ref())?;
            let found = lookup(&dict, &name, date);
            if found.is_empty() {
                println!("{name}: no actor found");
                return Ok(1);
            }
            for r in found {
                println!("{}\t{}\t{}\t{}", r.code, r.name, r.why, r.rule);
            }
            Ok(0)
        }
    }
}
