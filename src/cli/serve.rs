//! `detente serve`: the HTTP API (and dashboard) over a store.
use anyhow::Context;
use std::path::PathBuf;

/// Arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The store (created if missing).
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    /// Address to listen on (port 0 picks a free port, printed on start).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Bearer token that `POST /api/articles` requires (or env DETENTE_TOKEN); without one, ingest over HTTP is refused.
    #[arg(long)]
    pub token: Option<String>,
    /// Longest a query may run, in seconds.
    #[arg(long, default_value_t = 5.0)]
    pub query_time_limit: f64,
    /// Largest request body, in bytes.
    #[arg(long, default_value_t = 8 << 20)]
    pub max_body_bytes: usize,
    /// Largest page of /api/events.
    #[arg(long, default_value_t = 1000)]
    pub max_page_size: usize,
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let mut config = detente_server::ServerConfig::new(&args.db);
    config.token = args.token.or_else(|| std::env::var("DETENTE_TOKEN").ok()).filter(|t| !t.is_empty());
    config.query_time_limit = std::time::Duration::from_secs_f64(args.query_time_limit.max(0.01));
    config.max_body_bytes = args.max_body_bytes;
    config.max_page_size = args.max_page_size.max(1);
    let has_token = config.token.is_some();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")?;
    runtime.block_on(detente_server::serve(config, &args.addr, |addr| {
        eprintln!("detente serving http://{addr}/api (OpenAPI at /api/openapi.json; POST /api/articles {})", if has_token { "on" } else { "off: no token" });
    }))?;
    Ok(0)
}
