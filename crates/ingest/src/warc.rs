//! WARC: every HTML response (or resource) record is one article.
//!
//! A WARC record is a block of `Name: value` header lines after a `WARC/1.x` line, a blank
//! line, then exactly `Content-Length` bytes. We read records ourselves, with every size
//! bounded, so a lying `Content-Length` or a truncated file is an error, never a huge
//! allocation or a panic.
use crate::decode::content_type_charset;
use crate::lines::{read_line_limited, LineRead};
use crate::{parse_date, Builder, IngestError, MAX_ARTICLE_BYTES};
use detente_core::{Document, Place};
use std::io::{self, BufRead, Read};

/// Longest header line kept.
const MAX_HEADER_LINE: usize = 64 * 1024;
/// Most header lines in one record.
const MAX_HEADERS: usize = 1000;

/// One WARC record's headers and (bounded) body.
#[derive(Debug, Default)]
struct Record {
    warc_type: String,
    target_uri: Option<String>,
    date: Option<String>,
    record_id: Option<String>,
    content_type: String,
    body: Vec<u8>,
    /// An HTML-bearing response or resource record whose body was read.
    wanted: bool,
}

/// Reads the HTML records of a WARC file as articles.
pub struct WarcReader<R> {
    reader: R,
    file: String,
    record: u64,
    builder: Builder,
    done: bool,
    line: Vec<u8>,
}

impl<R: BufRead> WarcReader<R> {
    /// A reader over `reader`, whose errors name `file` and the 1-based record number.
    pub(crate) fn new(reader: R, file: String, builder: Builder) -> Self {
        WarcReader { reader, file, record: 0, builder, done: false, line: Vec::new() }
    }

    fn error(&self, reason: impl Into<String>) -> IngestError {
        IngestError::new(Place { file: self.file.clone(), line: Some(self.record) }, format!("WARC record {}: {}", self.record, reason.into()))
    }

    /// Reads the next record; `Ok(None)` at a clean end of input. After an error the
    /// stream cannot be trusted, so the caller stops.
    fn read_record(&mut self) -> Result<Option<Record>, String> {
        // Skip the blank lines that end the previous record.
        loop {
            match read_line_limited(&mut self.reader, &mut self.line, MAX_HEADER_LINE).map_err(read_err)? {
                LineRead::Eof => return Ok(None),
                LineRead::TooLong(n) => return Err(format!("expected a `WARC/1.x` line, found a {n}-byte line")),
                LineRead::Line if self.line.iter().all(u8::is_ascii_whitespace) => continue,
                LineRead::Line => break,
            }
        }
        self.record += 1;
        if !self.line.starts_with(b"WARC/") {
            let shown = String::from_utf8_lossy(&self.line[..self.line.len().min(40)]).into_owned();
            return Err(format!("expected a `WARC/1.x` version line, found {shown:?}"));
        }
        let mut rec = Record::default();
        let mut length: Option<u64> = None;
        for n in 0.. {
            if n == MAX_HEADERS {
                return Err(format!("more than {MAX_HEADERS} header lines"));
            }
            match read_line_limited(&mut self.reader, &mut self.line, MAX_HEADER_LINE).map_err(read_err)? {
                LineRead::Eof => return Err("truncated: input ends inside the record header".into()),
                LineRead::TooLong(n) => return Err(format!("header line of {n} bytes")),
                LineRead::Line => {}
            }
            if self.line.is_empty() {
                break;
            }
            let line = String::from_utf8_lossy(&self.line);
            let Some((name, value)) = line.split_once(':') else { continue };
            let value = value.trim().to_string();
            match name.trim().to_ascii_lowercase().as_str() {
                "content-length" => length = Some(value.parse().map_err(|_| format!("bad Content-Length {value:?}"))?),
                "warc-type" => rec.warc_type = value,
                "warc-target-uri" => rec.target_uri = Some(value.trim_matches(['<', '>']).to_string()),
                "warc-date" => rec.date = Some(value),
                "warc-record-id" => rec.record_id = Some(value.trim_matches(['<', '>']).to_string()),
                "content-type" => rec.content_type = value,
                _ => {}
            }
        }
        let length = length.ok_or("no Content-Length header")?;
        let wanted = matches!(rec.warc_type.as_str(), "response" | "resource")
            && (rec.content_type.contains("http") || rec.content_type.contains("html"));
        if !wanted || length > MAX_ARTICLE_BYTES as u64 * 2 {
            let skipped = io::copy(&mut (&mut self.reader).take(length), &mut io::sink()).map_err(read_err)?;
            if skipped < length {
                return Err(format!("truncated: body has {skipped} of {length} bytes"));
            }
            if wanted {
                return Err(format!("body of {length} bytes is larger than the article limit; skipped"));
            }
            return Ok(Some(rec));
        }
        rec.wanted = true;
        rec.body.reserve(length as usize);
        let got = (&mut self.reader).take(length).read_to_end(&mut rec.body).map_err(read_err)?;
        if (got as u64) < length {
            return Err(format!("truncated: body has {got} of {length} bytes"));
        }
        Ok(Some(rec))
    }

    fn article(&self, rec: Record) -> Option<Result<Document, IngestError>> {
        if !rec.wanted {
            return None;
        }
        let (body, charset) = if rec.content_type.contains("application/http") {
            match http_payload(&rec.body) {
                Ok(Some(p)) => p,
                Ok(None) => return None, // not an HTML response: not an article
                Err(e) => return Some(Err(self.error(e))),
            }
        } else if rec.content_type.contains("html") {
            (rec.body, content_type_charset(&rec.content_type))
        } else {
            return None;
        };
        let place = Place { file: self.file.clone(), line: Some(self.record) };
        let id = rec.record_id.clone().or_else(|| rec.target_uri.clone()).unwrap_or_else(|| format!("{}#{}", self.file, self.record));
        let html = match crate::decode::decode(&body, charset.as_deref()) {
            Ok(h) => h,
            Err(e) => return Some(Err(self.error(e))),
        };
        Some(self.builder.html_document(id, &html, place).map(|mut doc| {
            if let Some(d) = rec.date.as_deref().and_then(parse_date) {
                doc.date = Some(d);
            }
            doc.url = rec.target_uri.or(doc.url);
            doc
        }).map_err(|e| self.error(e.reason)))
    }
}

fn read_err(e: io::Error) -> String {
    format!("read error: {e}")
}

/// An HTML body and the charset its response declared.
type HtmlPayload = (Vec<u8>, Option<String>);

/// Splits an HTTP response into its HTML payload and declared charset. `Ok(None)` when the
/// response is not HTML (images, redirects, ...). Chunked and gzip bodies are decoded.
fn http_payload(raw: &[u8]) -> Result<Option<HtmlPayload>, String> {
    let (head_end, sep) = match memchr::memmem::find(raw, b"\r\n\r\n") {
        Some(i) => (i, 4),
        None => match memchr::memmem::find(raw, b"\n\n") {
            Some(i) => (i, 2),
            None => return Err("HTTP response without a blank line after its headers".into()),
        },
    };
    let head = String::from_utf8_lossy(&raw[..head_end]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    if !status.starts_with("HTTP/") {
        return Err(format!("not an HTTP response: {:?}", status.chars().take(40).collect::<String>()));
    }
    let (mut content_type, mut chunked, mut gzip) = (String::new(), false, false);
    for l in lines {
        let Some((n, v)) = l.split_once(':') else { continue };
        match n.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = v.trim().to_string(),
            "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => gzip = v.to_ascii_lowercase().contains("gzip"),
            _ => {}
        }
    }
    if !content_type.to_ascii_lowercase().contains("html") {
        return Ok(None);
    }
    let mut body = raw[head_end + sep..].to_vec();
    if chunked {
        body = dechunk(&body)?;
    }
    if gzip {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&body[..])
            .take(MAX_ARTICLE_BYTES as u64 + 1)
            .read_to_end(&mut out)
            .map_err(|e| format!("gzip payload: {e}"))?;
        if out.len() > MAX_ARTICLE_BYTES {
            return Err("gzip payload larger than the article limit".into());
        }
        body = out;
    }
    Ok(Some((body, content_type_charset(&content_type))))
}

/// Decodes an HTTP/1.1 chunked body.
fn dechunk(mut raw: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    loop {
        let eol = memchr::memchr(b'\n', raw).ok_or("chunked body: missing chunk size line")?;
        let size_line = String::from_utf8_lossy(&raw[..eol]);
        let size_hex = size_line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_hex, 16).map_err(|_| format!("chunked body: bad chunk size {size_hex:?}"))?;
        raw = &raw[eol + 1..];
        if size == 0 {
            return Ok(out);
        }
        if size > raw.len() {
            return Err("chunked body: truncated chunk".into());
        }
        out.extend_from_slice(&raw[..size]);
        raw = &raw[size..];
        raw = raw.strip_prefix(b"\r\n").or_else(|| raw.strip_prefix(b"\n")).unwrap_or(raw);
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.read_record() {
                Ok(None) => {
                    self.done = true;
                    if self.record == 0 {
                        return Some(Err(IngestError::new(Place { file: self.file.clone(), line: None }, "empty file")));
                    }
                }
                Ok(Some(rec)) => {
                    if let Some(r) = self.article(rec) {
                        return Some(r);
                    }
                }
                Err(e) => {
                    let err = self.error(e);
                    if !err.reason.contains("larger than the article limit") {
                        self.done = true;
                    }
                    return Some(Err(err));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dechunks() {
        assert_eq!(dechunk(b"5\r\nHello\r\n6\r\n world\r\n0\r\n\r\n").unwrap(), b"Hello world");
        assert!(dechunk(b"ff\r\nshort").is_err());
    }

    #[test]
    fn a_non_http_status_line_with_multibyte_text_is_an_error_not_a_panic() {
        // Found by the warc fuzz target: the message cut the status line inside a character.
        let raw = format!("GET /{}\u{fffd}\u{fffd}\r\n\r\nbody", "a".repeat(34));
        let err = http_payload(raw.as_bytes()).unwrap_err();
        assert!(err.starts_with("not an HTTP response"), "{err}");
    }

    #[test]
    fn http_payload_splits_headers() {
        let (body, cs) = http_payload(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi</p>").unwrap().unwrap();
        assert_eq!(body, b"<p>Hi</p>");
        assert_eq!(cs.as_deref(), Some("utf-8"));
        assert!(http_payload(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG").unwrap().is_none());
    }
}
