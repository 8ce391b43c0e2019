//! End-to-end tests of `detente code`: formats, bad inputs, exit statuses.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn detente(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("detente runs");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    // a stored-block gzip member, enough for truncation tests without a dev-dependency
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    out.push(1);
    let n = bytes.len() as u16;
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&(!n).to_le_bytes());
    out.extend_from_slice(bytes);
    out.extend_from_slice(&[0; 8]); // wrong CRC on purpose is not needed: truncated below
    out
}

const GOOD: &str = "{\"id\": \"g1\", \"date\": \"2024-04-19\", \"text\": \"President Joe Biden spoke on the phone with Xi Jinping on Tuesday.\"}\n";

#[test]
fn bad_inputs_are_reported_and_the_rest_is_coded() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut big = b"{\"text\": \"".to_vec();
    big.resize(50 << 20, b'a');
    big.extend_from_slice(b"\"}");
    let files = [
        write(d, "a_broken.jsonl", format!("{GOOD}{{broken\n{GOOD}").as_bytes()),
        write(d, "b_empty.txt", b""),
        write(d, "c_garbage.txt", &(0..5000u32).map(|i| (i.wrapping_mul(2654435761) >> 11) as u8).collect::<Vec<_>>()),
        write(d, "d_truncated.jsonl.gz", &gz(GOOD.repeat(3).as_bytes())[..40]),
        write(d, "e_truncated.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"),
        write(d, "f_huge.jsonl", &big),
        write(d, "g_latin1.txt", b"Le pr\xe9sident fran\xe7ais a rencontr\xe9 le chancelier."),
    ];
    let args: Vec<&str> = std::iter::once("code").chain(files.iter().map(|p| p.to_str().unwrap())).collect();
    let o = detente(&args, None);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains("a_broken.jsonl:2: invalid JSON"), "{err}");
    assert!(err.contains("b_empty.txt: empty file"), "{err}");
    assert!(err.contains("c_garbage.txt: binary data"), "{err}");
    assert!(err.contains("d_truncated.jsonl.gz"), "{err}");
    assert!(err.contains("e_truncated.warc:1: WARC record 1: truncated"), "{err}");
    assert!(err.contains("f_huge.jsonl:1: line of"), "{err}");
    assert!(!err.contains("g_latin1.txt"), "latin-1 text is decoded: {err}");
    assert!(err.contains("6 input(s) could not be read"), "{err}");
    for line in String::from_utf8(o.stdout.clone()).unwrap().lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("every output line is JSON");
    }
    let mut keep = args.clone();
    keep.push("--keep-going");
    assert_eq!(detente(&keep, None).status.code(), Some(0));
}

#[test]
fn stdin_jsonl_and_csv_header() {
    let o = detente(&["code", "--format", "csv"], Some(GOOD.as_bytes()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    let header = out.lines().next().unwrap();
    assert!(header.starts_with("event_id,doc_id,sentence,date,date_precision,source_code"), "{header}");
    assert!(header.ends_with("evidence_rule,confidence"));
    let o = detente(&["code", "-"], Some(b""));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("-: empty file"), "{}", stderr(&o));
}

#[test]
fn usage_errors_exit_2() {
    let o = detente(&["code", "--date", "yesterday", "x.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--date"));
    let o = detente(&["code", "--format", "parquet", "x.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("parquet"));
}

#[test]
fn seed_article_events_have_exact_evidence() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples/seed-article.jsonl");
    if !seed.exists() {
        eprintln!("skipping: {} not found (../shared is absent)", seed.display());
        return;
    }
    let o = detente(&["code", "--all-modalities", seed.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let raw = std::fs::read_to_string(&seed).unwrap();
    let article: serde_json::Value = serde_json::from_str(raw.lines().next().unwrap()).unwrap();
    let text = article["text"].as_str().unwrap();
    for line in String::from_utf8(o.stdout).unwrap().lines() {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        let ev = r["evidence"]["text"].as_str().unwrap();
        assert!(text.contains(ev), "evidence is a verbatim sentence: {ev}");
        for bad in ["contributed to this report", "Read the full article here", "Exit mobile version"] {
            assert!(!ev.contains(bad));
        }
        let span = |v: &serde_json::Value| (v[0].as_u64().unwrap() as usize, v[1].as_u64().unwrap() as usize);
        let (a, b) = span(&r["evidence"]["verb"]);
        assert!(ev.get(a..b).is_some_and(|v| !v.is_empty()), "verb span {a}..{b} in {ev}");
        let (a, b) = span(&r["source"]["span"]);
        assert_eq!(&ev[a..b], r["source"]["text"].as_str().unwrap());
        if r["target"].is_object() {
            let (a, b) = span(&r["target"]["span"]);
            assert_eq!(&ev[a..b], r["target"]["text"].as_str().unwrap());
        }
    }
}
