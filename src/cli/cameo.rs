//! `detente cameo CODE`: prints a CAMEO event code's entry (name, Goldstein value, quad class,
//! PLOVER type and mode) and the codes under it; `detente cameo --all` lists the table.
use detente_events::CameoTable;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// CAMEO event codes ("042", "19", "1122").
    pub codes: Vec<String>,
    /// List every code in the table.
    #[arg(long)]
    pub all: bool,
}

const QUADS: [&str; 5] = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

/// Runs the subcommand: 0 when every code is known, 1 otherwise.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let table = CameoTable::builtin();
    if args.all {
        for e in table.entries() {
            println!("{}\t{:+.1}\t{}\t{}\t{}", e.code, e.goldstein, e.quad_class, plover(e), e.name);
        }
        return Ok(0);
    }
    if args.codes.is_empty() {
        anyhow::bail!("give a CAMEO code (e.g. `detente cameo 042`) or --all");
    }
    let mut status = 0;
    for code in &args.codes {
        let Some(e) = table.get(code.trim()) else {
            eprintln!("{code}: not a CAMEO event code (see `detente cameo --all`)");
            status = 1;
            continue;
        };
        println!("{}  {}", e.code, e.name);
        println!("  goldstein   {:+.1}", e.goldstein);
        println!("  quad class  {} ({})", e.quad_class, QUADS[e.quad_class as usize]);
        println!("  PLOVER      {}", plover(e));
        if let Some(c) = &e.plover_context {
            println!("  context     {c}");
        }
        if e.code.len() > 2 {
            if let Some(root) = table.get(&e.code[..2]) {
                println!("  root        {}  {}", root.code, root.name);
            }
        }
        let kids: Vec<_> = table.children(&e.code).collect();
        if !kids.is_empty() {
            println!("  subcodes");
            for k in kids {
                println!("    {}  {}", k.code, k.name);
            }
        }
        println!("  source      {}:{}", detente_events::BUILTIN_TABLE_PATH, e.line);
    }
    Ok(status)
}

fn plover(e: &detente_events::CameoEntry) -> String {
    match (&e.plover_type[..], &e.plover_mode) {
        ("", _) => "(none: PLOVER drops this category)".into(),
        (t, Some(m)) => format!("{t} (mode {m})"),
        (t, None) => t.to_string(),
    }
}
