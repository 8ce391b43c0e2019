//! One module per subcommand: `Args` (clap) and `run`, which returns the exit status.
pub mod code;
pub mod parse;
pub mod explain;
pub mod train_language;
pub mod eval_language;
pub mod actors;
pub mod dictionaries;
pub mod cameo;
pub mod gazetteer;
pub mod ingest;
pub mod query;
pub mod export;
pub mod serve;
pub mod demo;
pub mod bench;
