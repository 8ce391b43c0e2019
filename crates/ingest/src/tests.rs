//! Reader tests over small inputs built here.
use super::*;
use std::io::Write;

fn opts() -> ReadOptions {
    ReadOptions::default()
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn warc_record(kind: &str, uri: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-04-19T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(html: &str) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}").into_bytes()
}

#[test]
fn jsonl_good_and_bad_lines() {
    let input = b"{\"id\": \"a1\", \"date\": \"2024-04-19\", \"title\": \"T\", \"text\": \"Biden met Xi.\", \"publisher\": \"CNN\"}\n\
        {broken json\n\
        \n\
        {\"text\": \"No id here.\", \"date\": \"2024-04-19T10:00:00+02:00\"}\n\
        {\"id\": 7, \"text\": \"Numeric id.\"}\n\
        {\"id\": \"x\"}\n\
        {\"id\": \"d\", \"text\": \"Bad date.\", \"date\": \"April 19\"}\n\
        {\"id\": \"h\", \"html\": \"<p>From <b>HTML</b>.</p>\"}\n"
        .to_vec();
    let out = read_bytes("in.jsonl", input, None, &opts());
    assert_eq!(out.len(), 7);
    let a = out[0].as_ref().unwrap();
    assert_eq!((a.id.as_str(), a.text.as_str(), a.publisher.as_deref()), ("a1", "Biden met Xi.", Some("CNN")));
    assert_eq!(a.date.unwrap().to_string(), "2024-04-19");
    assert_eq!(a.origin, Place { file: "in.jsonl".into(), line: Some(1) });
    let e = out[1].as_ref().unwrap_err();
    assert_eq!(e.place.line, Some(2));
    assert!(e.to_string().starts_with("in.jsonl:2: invalid JSON"), "{e}");
    assert_eq!(out[2].as_ref().unwrap().id, "4");
    assert_eq!(out[2].as_ref().unwrap().date.unwrap().to_string(), "2024-04-19");
    assert_eq!(out[3].as_ref().unwrap().id, "7");
    assert!(out[4].as_ref().unwrap_err().to_string().contains("in.jsonl:6: no `text` or `html` field"));
    assert!(out[5].as_ref().unwrap_err().to_string().contains("field `date`"));
    assert_eq!(out[6].as_ref().unwrap().text, "From HTML.");
}

#[test]
fn jsonl_gzip_and_truncated_gzip() {
    let body = b"{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n".repeat(200);
    let z = gz(&body);
    let out = read_bytes("in.jsonl.gz", z.clone(), None, &opts());
    assert_eq!(out.len(), 400);
    assert!(out.iter().all(|r| r.is_ok()));
    let cut = z[..z.len() / 2].to_vec();
    let out = read_bytes("in.jsonl.gz", cut, None, &opts());
    let last = out.last().unwrap().as_ref().unwrap_err();
    assert!(last.reason.contains("read error"), "{last}");
    assert!(out.iter().filter(|r| r.is_ok()).count() > 0);
}

#[test]
fn huge_single_line_is_an_error_with_bounded_memory() {
    let mut input = b"{\"text\": \"".to_vec();
    input.resize(MAX_ARTICLE_BYTES + 1000, b'a');
    input.extend_from_slice(b"\"}\n{\"text\": \"After.\"}\n");
    let out = read_bytes("big.jsonl", input, None, &opts());
    assert_eq!(out.len(), 2);
    assert!(out[0].as_ref().unwrap_err().reason.contains("article limit"));
    assert_eq!(out[1].as_ref().unwrap().text, "After.");
}

#[test]
fn text_file_gets_stem_and_date() {
    let o = ReadOptions { date: parse_date("2024-04-19"), ..opts() };
    let out = read_bytes("dir/story-1.txt", b"Headline\n\nTroops crossed the border.\nShare.\n".to_vec(), None, &o);
    let d = out[0].as_ref().unwrap();
    assert_eq!(d.id, "story-1");
    assert_eq!(d.text, "Headline\n\nTroops crossed the border.");
    assert_eq!(d.date, parse_date("2024-04-19"));
}

#[test]
fn empty_and_binary_files_are_errors() {
    for (name, bytes) in [("e.txt", vec![]), ("e.jsonl", vec![]), ("e.html", b"  \n".to_vec()), ("e.warc", vec![])] {
        let out = read_bytes(name, bytes, None, &opts());
        assert_eq!(out.len(), 1, "{name}");
        assert!(out[0].as_ref().unwrap_err().reason.contains("empty"), "{name}: {:?}", out[0]);
    }
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    let out = read_bytes("g.txt", garbage.clone(), None, &opts());
    assert!(out[0].as_ref().unwrap_err().reason.contains("binary"), "{:?}", out[0]);
    let out = read_bytes("g.jsonl", garbage, None, &opts());
    assert!(out.iter().all(|r| r.is_err()));
}

#[test]
fn latin1_text_is_decoded() {
    let out = read_bytes("l.txt", b"Le pr\xe9sident fran\xe7ais a visit\xe9 P\xe9kin.".to_vec(), None, &opts());
    assert!(out[0].as_ref().unwrap().text.contains("président français"));
}

#[test]
fn warc_records_and_truncation() {
    let mut w = warc_record("warcinfo", "x", "application/warc-fields", b"software: test\r\n");
    w.extend(warc_record("request", "http://e.org/a", "application/http; msgtype=request", b"GET /a HTTP/1.1\r\n\r\n"));
    w.extend(warc_record("response", "http://e.org/a", "application/http; msgtype=response", &http("<html><body><article><p>Envoys met in Geneva.</p></article></body></html>")));
    w.extend(warc_record("response", "http://e.org/img", "application/http; msgtype=response", b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"));
    w.extend(warc_record("response", "http://e.org/b", "application/http; msgtype=response", &http("<p>Second page.</p>")));
    let out = read_bytes("c.warc", w.clone(), None, &opts());
    assert_eq!(out.len(), 2, "{out:?}");
    let a = out[0].as_ref().unwrap();
    assert_eq!(a.text, "Envoys met in Geneva.");
    assert_eq!(a.url.as_deref(), Some("http://e.org/a"));
    assert_eq!(a.date, parse_date("2024-04-19"));
    assert_eq!(a.origin.line, Some(3));
    // gzip, and truncated in the middle of the last record
    assert_eq!(read_bytes("c.warc.gz", gz(&w), None, &opts()).len(), 2);
    let out = read_bytes("c.warc", w[..w.len() - 20].to_vec(), None, &opts());
    assert!(out[0].is_ok());
    let e = out.last().unwrap().as_ref().unwrap_err();
    assert!(e.reason.contains("truncated") && e.place.line == Some(5), "{e}");
    // a lying Content-Length neither allocates nor panics
    let lie = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 99999999999999\r\n\r\nshort".to_vec();
    let out = read_bytes("lie.warc", lie, None, &opts());
    assert!(out[0].as_ref().unwrap_err().reason.contains("truncated"));
    let out = read_bytes("not.warc", b"hello\n".to_vec(), Some(InputFormat::Warc), &opts());
    assert!(out[0].as_ref().unwrap_err().reason.contains("WARC/1.x"));
}

#[test]
fn folders_are_walked_sorted_and_errors_go_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("b.txt"), "Second.").unwrap();
    std::fs::write(dir.path().join("a.txt"), "First.").unwrap();
    std::fs::write(dir.path().join("sub/c.html"), "<p>Third.</p>").unwrap();
    std::fs::write(dir.path().join("sub/d.jsonl"), "{\"text\": \"Fourth.\"}\nnot json\n").unwrap();
    std::fs::write(dir.path().join("sub/e.txt"), "").unwrap();
    let missing = dir.path().join("missing.txt");
    let out: Vec<_> = read_paths(&[dir.path().to_path_buf(), missing], &opts()).collect();
    let texts: Vec<String> = out.iter().map(|r| match r {
        Ok(d) => d.text.clone(),
        Err(e) => format!("ERR {}", e.reason),
    }).collect();
    assert_eq!(texts[..4], ["First.", "Second.", "Third.", "Fourth."]);
    assert!(texts[4].starts_with("ERR invalid JSON"));
    assert_eq!(texts[5], "ERR empty file");
    assert!(texts[6].starts_with("ERR cannot open"));
    assert_eq!(out.len(), 7);
}

#[test]
fn format_override_and_sniffing() {
    let out = read_bytes("noext", b"{\"text\": \"Sniffed.\"}\n".to_vec(), None, &opts());
    assert_eq!(out[0].as_ref().unwrap().text, "Sniffed.");
    let out = read_bytes("page.txt", b"<p>Not parsed.</p>".to_vec(), Some(InputFormat::Html), &opts());
    assert_eq!(out[0].as_ref().unwrap().text, "Not parsed.");
    assert_eq!(InputFormat::from_path(Path::new("a/b.WARC.gz")), Some(InputFormat::Warc));
    assert_eq!(InputFormat::parse("ndjson"), Some(InputFormat::Jsonl));
}

#[test]
fn seed_article_furniture_is_dropped() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples/seed-article.jsonl");
    if !path.exists() {
        eprintln!("skipping: {} not found (../shared is absent)", path.display());
        return;
    }
    let docs: Vec<_> = read_paths(&[path], &opts()).collect();
    let d = docs[0].as_ref().unwrap();
    assert_eq!(d.id, "blinken-china-2024");
    assert!(d.text.starts_with("Secretary of State Antony Blinken will travel"));
    assert!(d.text.ends_with("Beijing’s human rights abuses."), "{}", &d.text[d.text.len() - 80..]);
    assert!(!d.text.contains("contributed to this report"));
    assert!(d.alignment.is_empty(), "only trailing lines were dropped: offsets are unchanged");
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn clean_alignment_maps_kept_chars_back(lines in proptest::collection::vec("[ \t]{0,2}(Share\\.|[a-zé’ .]{0,12})[ \r]{0,2}", 0..12)) {
            let raw = lines.join("\n");
            let c = clean::clean(&raw, Furniture::shipped());
            let mut d = Document::new("p", c.text.clone());
            d.alignment = c.alignment.clone();
            for (i, ch) in c.text.char_indices() {
                if ch != '\n' {
                    let r = d.raw_offset(i);
                    prop_assert_eq!(raw[r..].chars().next(), Some(ch));
                }
            }
        }

        #[test]
        fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600), fmt in 0usize..4) {
            let f = [InputFormat::Text, InputFormat::Html, InputFormat::Jsonl, InputFormat::Warc][fmt];
            let _ = read_bytes("fuzz", bytes, Some(f), &ReadOptions::default());
        }
    }
}
