//! The HTTP API end to end: a real `detente serve` on a free loopback port, called over HTTP.
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

struct Server {
    child: Child,
    addr: String,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A store with 200 synthetic articles, served with token "s3cret" and small limits.
fn start() -> Server {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("api.db");
    let out = Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(["ingest", "--quiet", "--synthetic", "200", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut child = Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(["serve", "--addr", "127.0.0.1:0", "--token", "s3cret", "--max-body-bytes", "65536", "--max-page-size", "500", "--db"])
        .arg(&db)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap()).read_line(&mut line).unwrap();
    let addr = line.split("http://").nth(1).and_then(|r| r.split('/').next()).unwrap_or_else(|| panic!("no address in {line:?}")).to_string();
    Server { child, addr, _dir: dir }
}

struct Reply {
    status: u16,
    content_type: String,
    body: String,
}

impl Reply {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

fn http(s: &Server, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut c = TcpStream::connect(&s.addr).unwrap();
    c.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n", s.addr, body.len());
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    c.write_all(req.as_bytes()).unwrap();
    let _ = c.write_all(body);
    let mut raw = Vec::new();
    let _ = c.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, rest) = text.split_once("\r\n\r\n").unwrap_or_else(|| panic!("bad reply {text:?}"));
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    let content_type = head
        .lines()
        .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-type:").map(|v| v.trim().to_string()))
        .unwrap_or_default();
    let chunked = head.to_ascii_lowercase().contains("transfer-encoding: chunked");
    let body = if chunked { dechunk(rest) } else { rest.to_string() };
    Reply { status, content_type, body }
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        s = &rest[n + 2..];
    }
    out
}

fn get(s: &Server, path: &str) -> Reply {
    http(s, "GET", path, &[], b"")
}

fn assert_problem(r: &Reply, status: u16) -> serde_json::Value {
    assert_eq!(r.status, status, "{}", r.body);
    assert_eq!(r.content_type, "application/problem+json");
    let v = r.json();
    assert_eq!(v["status"], status);
    assert!(v["detail"].as_str().is_some_and(|d| !d.is_empty()));
    v
}

#[test]
fn events_pages_filters_and_single_event() {
    let s = start();
    // Pages with a cursor cover all 2,000 events once.
    let mut seen = 0;
    let mut path = "/api/events?limit=500".to_string();
    loop {
        let r = get(&s, &path);
        assert_eq!(r.status, 200, "{}", r.body);
        let v = r.json();
        seen += v["events"].as_array().unwrap().len();
        match v["next_cursor"].as_str() {
            Some(c) => path = format!("/api/events?limit=500&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(seen, 2000);
    // Filters.
    let v = get(&s, "/api/events?dyad=USA,CHN&directed=true&quad_class=4&limit=50").json();
    for e in v["events"].as_array().unwrap() {
        assert_eq!(e["source"]["country"], "USA");
        assert_eq!(e["target"]["country"], "CHN");
        assert_eq!(e["quad_class"], 4);
    }
    let v = get(&s, "/api/events?text=embargo&from=2020-01-01&to=2020-12-31").json();
    for e in v["events"].as_array().unwrap() {
        assert!(e["evidence"]["text"].as_str().unwrap().contains("embargo"));
        assert!(e["date"].as_str().unwrap().starts_with("2020"));
    }
    // One event, with its article link; the article has the spans.
    let first = &get(&s, "/api/events?limit=1").json()["events"][0];
    let id = first["event_id"].as_str().unwrap();
    let e = get(&s, &format!("/api/events/{id}")).json();
    assert_eq!(e["event_id"], id);
    let link = e["article"].as_str().unwrap();
    let a = get(&s, link).json();
    let text = a["text"].as_str().unwrap();
    let ev = &a["events"][0];
    let span = |k: &str| {
        let r = &ev[k];
        &text[r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize]
    };
    assert_eq!(span("source"), first["source"]["text"].as_str().unwrap());
    assert!(!a["mentions"].as_array().unwrap().is_empty());
}

#[test]
fn series_actors_stats_and_openapi() {
    let s = start();
    let both = get(&s, "/api/events?dyad=USA,CHN&limit=500").json()["events"].as_array().unwrap().len() as u64;
    let v = get(&s, "/api/series?dyad=USA,CHN&interval=year").json();
    let points = v["points"].as_array().unwrap();
    assert_eq!(points.iter().map(|p| p["events"].as_u64().unwrap()).sum::<u64>(), both);
    let v = get(&s, "/api/actors?by=goldstein&interval=year&limit=3").json();
    assert!(!v["actors"].as_array().unwrap().is_empty());
    assert_eq!(get(&s, "/api/stats").json()["events"], 2000);
    // Every path of the OpenAPI document is served (and the document lists every route).
    let spec = get(&s, "/api/openapi.json").json();
    let paths: Vec<&String> = spec["paths"].as_object().unwrap().keys().collect();
    let mut listed: Vec<&str> = paths.iter().map(|p| p.as_str()).collect();
    listed.sort();
    assert_eq!(
        listed,
        ["/api/actors", "/api/articles", "/api/articles/{id}", "/api/code", "/api/events", "/api/events/{id}", "/api/openapi.json", "/api/series", "/api/stats"]
    );
    for (path, item) in spec["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            let concrete = path.replace("{id}", "unknown-id");
            let r = http(&s, &method.to_ascii_uppercase(), &concrete, &[], b"{}");
            assert!(r.status != 405, "{method} {path} is not routed");
            if r.status == 404 {
                assert!(r.body.contains("unknown-id"), "{method} {path} is not routed: {}", r.body);
            }
        }
    }
}

#[test]
fn errors_are_problem_details() {
    let s = start();
    assert_eq!(assert_problem(&get(&s, "/api/events?limit=100000"), 400)["field"], "limit");
    assert_eq!(assert_problem(&get(&s, "/api/events?quad_class=9"), 400)["field"], "quad_class");
    assert_eq!(assert_problem(&get(&s, "/api/events?dyad=USA"), 400)["field"], "dyad");
    assert_eq!(assert_problem(&get(&s, "/api/events?cursor=abc"), 400)["field"], "cursor");
    assert_problem(&get(&s, "/api/events?colour=red"), 400);
    assert_problem(&get(&s, "/api/events?text=%22open"), 400);
    assert_problem(&get(&s, "/api/series?interval=fortnight"), 400);
    assert_problem(&get(&s, "/api/events/nope"), 404);
    assert_problem(&get(&s, "/api/articles/nope"), 404);
    assert_problem(&get(&s, "/nowhere"), 404);
    assert_problem(&http(&s, "POST", "/api/code", &[], b"{not json"), 400);
    assert_eq!(assert_problem(&http(&s, "POST", "/api/code", &[], br#"{"articles": [{"text": ""}]}"#), 400)["field"], "articles[0].text");
    let big = vec![b' '; 70_000];
    assert_problem(&http(&s, "POST", "/api/code", &[], &big), 413);
    // Bytes that are not UTF-8 or JSON never crash the server.
    assert_problem(&http(&s, "POST", "/api/code", &[], &[0xff, 0xfe, 0x00, 0x7b]), 400);
    assert_eq!(get(&s, "/api/stats").status, 200);
}

#[test]
fn posting_articles_needs_the_token_and_stores_them() {
    let s = start();
    let body = br#"{"id": "posted-1", "date": "2024-04-26", "text": "Antony Blinken met Xi Jinping in Beijing on Friday."}"#;
    assert_problem(&http(&s, "POST", "/api/articles", &[], body), 401);
    assert_problem(&http(&s, "POST", "/api/articles", &[("Authorization", "Bearer wrong")], body), 401);
    let r = http(&s, "POST", "/api/articles", &[("Authorization", "Bearer s3cret")], body);
    assert_eq!(r.status, 201, "{}", r.body);
    let v = r.json();
    assert_eq!(v["articles"][0]["id"], "posted-1");
    assert_eq!(v["articles"][0]["outcome"], "inserted");
    let a = get(&s, "/api/articles/posted-1").json();
    assert_eq!(a["date"], "2024-04-26");
    // Posting it again changes nothing.
    let v = http(&s, "POST", "/api/articles", &[("Authorization", "Bearer s3cret")], body).json();
    assert_eq!(v["articles"][0]["outcome"], "unchanged");
    // Coding without storing.
    let r = http(&s, "POST", "/api/code", &[], br#"{"articles": [{"text": "Russia attacked Ukraine.", "date": "2022-02-24"}]}"#);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["articles"], 1);
    assert!(r.json()["events"].is_array());
}
