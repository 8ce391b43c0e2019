//! JSON lines: one article a line, as the contract spells it.
use crate::lines::{read_line_limited, LineRead};
use crate::{parse_date, Builder, IngestError, MAX_ARTICLE_BYTES};
use detente_core::{Document, Place};
use serde::Deserialize;
use std::io::BufRead;

/// One line of a `.jsonl` input. Unknown fields are ignored.
#[derive(Debug, Deserialize)]
struct JsonArticle {
    id: Option<JsonId>,
    date: Option<String>,
    title: Option<String>,
    text: Option<String>,
    html: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
}

/// An id may be written as a string or a number.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum JsonId {
    Text(String),
    Number(serde_json::Number),
}

/// Reads articles from JSON lines, one per non-blank line; bad lines become errors
/// naming the line, and reading goes on.
pub struct JsonlReader<R> {
    reader: R,
    file: String,
    line: u64,
    buf: Vec<u8>,
    builder: Builder,
    done: bool,
    seen: bool,
}

impl<R: BufRead> JsonlReader<R> {
    /// A reader over `reader`, whose errors name `file`.
    pub(crate) fn new(reader: R, file: String, builder: Builder) -> Self {
        JsonlReader { reader, file, line: 0, buf: Vec::new(), builder, done: false, seen: false }
    }

    fn error(&self, reason: impl Into<String>) -> IngestError {
        IngestError::new(Place { file: self.file.clone(), line: Some(self.line) }, reason)
    }

    fn parse_line(&self) -> Result<Document, IngestError> {
        let a: JsonArticle = serde_json::from_slice(&self.buf).map_err(|e| {
            if std::str::from_utf8(&self.buf).is_err() {
                self.error("line is not valid UTF-8 (JSON lines must be UTF-8)")
            } else {
                self.error(format!("invalid JSON: {e}"))
            }
        })?;
        let id = match a.id {
            Some(JsonId::Text(s)) if !s.trim().is_empty() => s,
            Some(JsonId::Number(n)) => n.to_string(),
            _ => self.line.to_string(),
        };
        let date = match a.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => Some(parse_date(d).ok_or_else(|| self.error(format!("field `date`: {d:?} is neither YYYY-MM-DD nor RFC 3339")))?),
            None => None,
        };
        let place = Place { file: self.file.clone(), line: Some(self.line) };
        let mut doc = match (a.text, a.html) {
            (Some(text), _) if !text.trim().is_empty() => self.builder.text_document(id, &text, place),
            (_, Some(html)) if !html.trim().is_empty() => self.builder.html_document(id, &html, place),
            (Some(_), _) | (_, Some(_)) => return Err(self.error("field `text`: empty article")),
            (None, None) => return Err(self.error("no `text` or `html` field")),
        }?;
        doc.date = date.or(doc.date);
        doc.title = a.title.or(doc.title);
        doc.url = a.url.or(doc.url);
        doc.publisher = a.publisher.or(doc.publisher);
        Ok(doc)
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.line += 1;
            match read_line_limited(&mut self.reader, &mut self.buf, MAX_ARTICLE_BYTES) {
                Ok(LineRead::Eof) => {
                    self.done = true;
                    if !self.seen {
                        let reason = if self.line == 1 { "empty file" } else { "no articles: every line is blank" };
                        return Some(Err(IngestError::new(Place { file: self.file.clone(), line: None }, reason)));
                    }
                }
                Ok(LineRead::TooLong(n)) => {
                    self.seen = true;
                    return Some(Err(self.error(format!("line of {n} bytes is longer than the {MAX_ARTICLE_BYTES}-byte article limit"))))
                }
                Ok(LineRead::Line) => {
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    self.seen = true;
                    return Some(self.parse_line());
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(self.error(format!("read error: {e}"))));
                }
            }
        }
        None
    }
}
