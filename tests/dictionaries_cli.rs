//! End-to-end tests of `detente dictionaries check`: an event pattern's example sentence that
//! does not code as its entry says is a warning, and an error under `--strict` (as CI runs it).
use std::path::Path;
use std::process::{Command, Output};

fn check(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_detente")).current_dir(dir).arg("dictionaries").arg("check").args(args).output().expect("detente runs")
}

#[test]
fn a_failing_example_fails_the_check_only_when_strict() {
    // A copy of the shipped event dictionaries in which one example says nothing of a meeting.
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries");
    let dir = tempfile::tempdir().unwrap();
    let events = dir.path().join("dictionaries/events");
    std::fs::create_dir_all(&events).unwrap();
    std::fs::copy(repo.join("cameo.tsv"), dir.path().join("dictionaries/cameo.tsv")).unwrap();
    for f in std::fs::read_dir(repo.join("events")).unwrap() {
        let p = f.unwrap().path();
        let text = std::fs::read_to_string(&p).unwrap();
        let text = text.replace("example = \"Modi met Biden on Tuesday.\"", "example = \"The weather was fine on Tuesday.\"");
        std::fs::write(events.join(p.file_name().unwrap()), text).unwrap();
    }
    let lenient = check(dir.path(), &[]);
    let out = String::from_utf8_lossy(&lenient.stdout);
    assert!(lenient.status.success(), "{out}\n{}", String::from_utf8_lossy(&lenient.stderr));
    // "events: ...; examples 1120/1121 pass ...": one fewer passes than there are.
    let counts = out.lines().find(|l| l.starts_with("events:")).and_then(|l| l.split("examples ").nth(1)).and_then(|r| r.split_whitespace().next()).unwrap_or_default();
    let (passed, all) = counts.split_once('/').map(|(a, b)| (a.parse::<usize>().unwrap(), b.parse::<usize>().unwrap())).expect("examples n/m in the events line");
    assert_eq!(passed + 1, all, "{out}");
    let strict = check(dir.path(), &["--strict"]);
    let err = String::from_utf8_lossy(&strict.stderr);
    assert_eq!(strict.status.code(), Some(1), "{err}");
    assert!(err.contains("1 event example sentence(s) failed"), "{err}");
}

#[test]
fn the_shipped_dictionaries_pass_strict() {
    let o = check(Path::new(env!("CARGO_MANIFEST_DIR")), &["--strict"]);
    assert!(o.status.success(), "{}\n{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
}
