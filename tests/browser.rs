//! The dashboard in real Chromium: builds the demo store, starts `detente serve` on a free
//! loopback port and runs `tests/browser/dashboard.test.mjs` (playwright-core) against it.
//!
//! Runs when /usr/bin/chromium (or $CHROMIUM) and tests/browser/node_modules exist, and says
//! plainly that it was skipped otherwise; with DETENTE_REQUIRE_BROWSER=1 (set by CI) a missing
//! browser is a failure instead.
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct KillOnDrop(Child);
impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn dashboard_in_chromium() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let modules = root.join("tests/browser/node_modules/playwright-core");
    let required = std::env::var("DETENTE_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
    let missing: Vec<String> = [
        (!Path::new(&chromium).exists()).then(|| format!("{chromium} not found (apt-get install chromium)")),
        (!modules.exists()).then(|| "tests/browser/node_modules missing (npm ci --prefix tests/browser)".to_string()),
        Command::new("node").arg("--version").output().is_err().then(|| "node not found".to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !missing.is_empty() {
        assert!(!required, "browser tests required (DETENTE_REQUIRE_BROWSER=1) but: {}", missing.join("; "));
        eprintln!("browser tests SKIPPED: {}", missing.join("; "));
        return;
    }

    let exe = env!("CARGO_BIN_EXE_detente");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let status = Command::new(exe)
        .args(["demo", "--no-serve", "--db"])
        .arg(&db)
        .current_dir(root)
        .stdout(Stdio::null())
        .status()
        .expect("run detente demo");
    assert!(status.success(), "detente demo --no-serve failed");

    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let _server = KillOnDrop(
        Command::new(exe)
            .args(["serve", "--db"])
            .arg(&db)
            .args(["--addr", &addr])
            .stdout(Stdio::null())
            .spawn()
            .expect("start detente serve"),
    );
    let start = Instant::now();
    while std::net::TcpStream::connect(&addr).is_err() {
        assert!(start.elapsed() < Duration::from_secs(30), "server did not start on {addr}");
        std::thread::sleep(Duration::from_millis(100));
    }

    let shots: PathBuf = root.join("target/browser-screenshots");
    let out = Command::new("node")
        .arg("dashboard.test.mjs")
        .current_dir(root.join("tests/browser"))
        .env("DETENTE_URL", format!("http://{addr}"))
        .env("SCREENSHOT_DIR", &shots)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "browser tests failed (screenshots in {})", shots.display());
}

/// `detente demo --no-serve` codes the whole bundled corpus into a fresh store, and running
/// it again starts over instead of adding to the old store.
#[test]
fn demo_builds_a_fresh_store() {
    let exe = env!("CARGO_BIN_EXE_detente");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    for _ in 0..2 {
        let out = Command::new(exe).args(["demo", "--no-serve", "--db"]).arg(&db).output().expect("run detente demo");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "detente demo failed: {stdout}{}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.contains("coded 224 articles"), "{stdout}");
        let store = detente_store::Store::open_read_only(&db).unwrap();
        let counts = store.counts().unwrap();
        assert_eq!(counts.articles, 224);
        assert!(counts.sentences > 224 * 3, "{counts:?}");
    }
}
