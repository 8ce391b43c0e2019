//! `detente ingest`, `query` and `export` end to end: crash safety, idempotency, outputs.
use detente_store::Store;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn detente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_detente"))
}

fn ingest_synthetic(db: &Path, n: u64, batch: usize) -> serde_json::Value {
    let out = detente()
        .args(["ingest", "--quiet", "--json", "--batch", &batch.to_string(), "--synthetic", &n.to_string(), "--db"])
        .arg(db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn count(store: &Store, sql: &str) -> i64 {
    store.connection().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_killed_ingest_loses_at_most_the_batch_in_flight() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kill.db");
    let batch = 200;
    let mut child = detente()
        .args(["ingest", "--quiet", "--batch", &batch.to_string(), "--synthetic", "5000000", "--db"])
        .arg(&db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until a few batches are committed, then kill -9 in the middle of the run.
    let started = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(100));
        let committed = Store::open_read_only(&db).ok().map(|s| count(&s, "SELECT count(*) FROM articles")).unwrap_or(0);
        if committed >= 3 * batch as i64 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(120), "ingest made no progress");
        assert!(child.try_wait().unwrap().is_none(), "ingest ended early");
    }
    std::thread::sleep(Duration::from_millis(150));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    let store = Store::open(&db).unwrap();
    let check: String = store.connection().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let articles = count(&store, "SELECT count(*) FROM articles");
    assert!(articles > 0 && articles % batch as i64 == 0, "{articles} articles is not whole batches of {batch}");
    // Every stored article has all its sentences, index entries and events.
    assert_eq!(count(&store, "SELECT count(*) FROM events"), articles * 10);
    assert_eq!(count(&store, "SELECT count(*) FROM sentences"), articles * 5);
    assert_eq!(count(&store, "SELECT count(*) FROM articles a WHERE a.events != (SELECT count(*) FROM events e WHERE e.article_id = a.id)"), 0);
    assert_eq!(count(&store, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'item'"), articles * 5);
    drop(store);

    // Re-running picks up where it stopped: what is stored is unchanged, the rest is added.
    let more = articles as u64 + 300;
    let summary = ingest_synthetic(&db, more, batch);
    assert_eq!(summary["duplicates"], articles);
    assert_eq!(summary["articles"], 300);
    let store = Store::open_read_only(&db).unwrap();
    assert_eq!(count(&store, "SELECT count(*) FROM articles"), more as i64);
}

#[test]
fn reingesting_changes_nothing_and_queries_answer() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("q.db");
    let first = ingest_synthetic(&db, 300, 64);
    assert_eq!(first["articles"], 300);
    assert_eq!(first["events"], 3000);
    let size = std::fs::metadata(&db).unwrap().len();
    let again = ingest_synthetic(&db, 300, 64);
    assert_eq!(again["articles"], 0);
    assert_eq!(again["duplicates"], 300);
    let store = Store::open_read_only(&db).unwrap();
    assert_eq!(count(&store, "SELECT count(*) FROM events"), 3000);
    drop(store);
    assert!(std::fs::metadata(&db).unwrap().len() <= size + 4096 * 4);

    let run = |args: &[&str]| -> String {
        let out = detente().arg("query").args(args).arg("--db").arg(&db).output().unwrap();
        assert!(out.status.success(), "query {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    // JSON lines are contract records filtered as asked.
    let lines = run(&["--dyad", "USA,CHN", "--directed", "--format", "jsonl", "--limit", "0"]);
    assert!(!lines.is_empty());
    for l in lines.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert_eq!(v["source"]["country"], "USA");
        assert_eq!(v["target"]["country"], "CHN");
    }
    // CSV has the contract's header.
    let csv = run(&["--cameo", "19", "--format", "csv", "--limit", "5"]);
    assert!(csv.starts_with("event_id,doc_id,sentence,date"));
    assert_eq!(csv.lines().count(), 6);
    // Series: one row per month over the range, counts add up to the dyad's events.
    let series = run(&["series", "--dyad", "USA,CHN", "--interval", "year", "--format", "csv"]);
    let total: u64 = series.lines().skip(1).map(|l| l.split(',').nth(1).unwrap().parse::<u64>().unwrap()).sum();
    let both = run(&["--dyad", "USA,CHN", "--format", "jsonl", "--limit", "0"]).lines().count() as u64;
    assert_eq!(total, both);
    // Full-text search and the table format.
    let table = run(&["--text", "attacked", "--limit", "3"]);
    assert!(table.starts_with("date"));
    assert_eq!(table.lines().count(), 4);
    // Aggregates and actors run.
    assert!(run(&["aggregates", "--limit", "3"]).lines().count() == 4);
    assert!(run(&["actors", "--by", "conflict", "--limit", "3"]).lines().count() == 4);
    // A bad filter is an error naming it.
    let out = detente().args(["query", "--from", "last week", "--db"]).arg(&db).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("from"));
}

#[test]
fn exports_write_gdelt_and_phoenix_columns() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    ingest_synthetic(&db, 50, 50);
    for (schema, first) in [("gdelt", "GlobalEventID,Day,MonthYear"), ("phoenix", "id,date,year,month,day,source"), ("detente", "event_id,doc_id")] {
        let out = detente().args(["export", "--format", "csv", "--schema", schema, "--db"]).arg(&db).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with(first), "{schema}: {}", &text[..80.min(text.len())]);
        assert!(text.lines().count() > 100);
    }
    let pq = dir.path().join("e.parquet");
    let out = detente().args(["export", "--format", "parquet", "--schema", "phoenix", "--db"]).arg(&db).arg("--out").arg(&pq).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&pq).unwrap();
    assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
}

#[test]
fn missing_store_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = detente().args(["query", "--db"]).arg(dir.path().join("none.db")).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no store at"));
}
