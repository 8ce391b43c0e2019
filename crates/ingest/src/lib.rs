//! Ingest: reads articles from files, folders or stdin into clean [`Document`]s.
//!
//! Every input that cannot be used becomes an [`IngestError`] naming its place
//! (file and line); the rest of the input is still read. Reading streams: files are
//! opened one at a time, JSON lines and WARC records are read one at a time, and no
//! article larger than [`MAX_ARTICLE_BYTES`] is ever held in memory.
//!
//! ```no_run
//! use detente_ingest::{read_paths, ReadOptions};
//! for article in read_paths(&["articles/".into()], &ReadOptions::default()) {
//!     match article {
//!         Ok(doc) => println!("{}: {} bytes", doc.id, doc.text.len()),
//!         Err(e) => eprintln!("{e}"),
//!     }
//! }
//! ```
#![warn(missing_docs)]

pub mod clean;
mod current_events;
pub mod decode;
pub mod html;
mod jsonl;
mod lines;
mod warc;

use clean::{clean, Furniture};
use detente_core::{Document, Place};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

pub use jsonl::JsonlReader;
pub use warc::WarcReader;

/// The largest article (raw bytes of one file, JSON line or WARC record) that is read;
/// anything bigger is reported as an error and skipped without being held in memory.
pub const MAX_ARTICLE_BYTES: usize = 8 << 20;

/// An input that could not be read, with its place.
#[derive(Debug, thiserror::Error)]
#[error("{place}: {reason}")]
pub struct IngestError {
    /// File and line.
    pub place: Place,
    /// What went wrong.
    pub reason: String,
}

impl IngestError {
    /// An error at `place`.
    pub fn new(place: Place, reason: impl Into<String>) -> Self {
        IngestError { place, reason: reason.into() }
    }
}

/// The kind of an input file; normally chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text: one article.
    Text,
    /// One HTML page.
    Html,
    /// JSON lines: one article a line.
    Jsonl,
    /// WARC: every HTML response is one article.
    Warc,
    /// Wikipedia "Portal:Current events" daily pages (Markdown): every cited item is one report.
    WikipediaCurrentEvents,
}

impl InputFormat {
    /// Parses the `--input-format` spelling (`text`, `html`, `jsonl`, `warc`, `wikipedia-current-events`).
    pub fn parse(s: &str) -> Option<InputFormat> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Some(InputFormat::Text),
            "html" | "htm" => Some(InputFormat::Html),
            "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
            "warc" => Some(InputFormat::Warc),
            "wikipedia-current-events" => Some(InputFormat::WikipediaCurrentEvents),
            _ => None,
        }
    }

    /// The format a file name's extension names (`.gz` looked through), if any.
    pub fn from_path(path: &Path) -> Option<InputFormat> {
        if current_events::is_daily_page(path) {
            return Some(InputFormat::WikipediaCurrentEvents);
        }
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        match ext {
            "txt" | "text" | "md" => Some(InputFormat::Text),
            "html" | "htm" | "xhtml" => Some(InputFormat::Html),
            "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
            "warc" => Some(InputFormat::Warc),
            _ => None,
        }
    }

    /// Guesses the format from the first bytes of (decompressed) content.
    pub fn sniff(head: &[u8]) -> InputFormat {
        let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
        let head = &head[start..];
        let lower: Vec<u8> = head.iter().take(256).map(u8::to_ascii_lowercase).collect();
        if head.starts_with(b"WARC/") {
            InputFormat::Warc
        } else if head.starts_with(b"{") {
            InputFormat::Jsonl
        } else if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") || memchr::memmem::find(&lower, b"<body").is_some() {
            InputFormat::Html
        } else {
            InputFormat::Text
        }
    }
}

/// Options for reading.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Overrides the format chosen by extension.
    pub format: Option<InputFormat>,
    /// Publication date for `.txt` inputs.
    pub date: Option<chrono::NaiveDate>,
}

/// Parses a publication date: `YYYY-MM-DD`, or an RFC 3339 / ISO 8601 timestamp whose
/// first ten characters are one (`2024-04-19T10:00:00Z`).
pub fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    let s = s.trim();
    let day = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

/// Turns raw article text or HTML into a clean [`Document`]; shared by every reader.
#[derive(Debug, Clone)]
pub(crate) struct Builder {
    furniture: &'static Furniture,
    date: Option<chrono::NaiveDate>,
}

impl Builder {
    fn new(opts: &ReadOptions) -> Self {
        Builder { furniture: Furniture::shipped(), date: opts.date }
    }

    /// A document from plain text: cleaned, with its alignment to `raw`.
    pub(crate) fn text_document(&self, id: String, raw: &str, origin: Place) -> Result<Document, IngestError> {
        let c = clean(raw, self.furniture);
        if c.text.is_empty() {
            return Err(IngestError::new(origin, "no article text (empty, or only page furniture)"));
        }
        let mut doc = Document::new(id, c.text);
        doc.alignment = c.alignment;
        doc.origin = origin;
        doc.date = self.date;
        Ok(doc)
    }

    /// A document from an HTML page: body extracted, then cleaned. The alignment maps the
    /// clean text to the extracted body text (markup has no byte-exact text to point at).
    pub(crate) fn html_document(&self, id: String, html: &str, origin: Place) -> Result<Document, IngestError> {
        let a = html::extract(html);
        let mut doc = self.text_document(id, &a.text, origin)?;
        doc.title = a.title;
        doc.url = a.url;
        doc.publisher = a.publisher;
        doc.date = a.date.as_deref().and_then(parse_date).or(doc.date);
        Ok(doc)
    }
}

/// One article source: a path or standard input.
#[derive(Debug, Clone)]
enum Input {
    Path(PathBuf),
    Stdin,
}

/// A boxed iterator of articles or errors, as [`read_reader`] returns it.
pub type DocIter = Box<dyn Iterator<Item = Result<Document, IngestError>>>;

/// The articles of a list of inputs, in order (folders walked recursively, sorted by name).
pub struct Articles {
    inputs: VecDeque<Input>,
    current: Option<DocIter>,
    opts: ReadOptions,
    builder: Builder,
}

/// Reads every article from `paths` ("-" or empty for stdin), in order.
pub fn read_paths(paths: &[PathBuf], opts: &ReadOptions) -> Articles {
    let mut inputs: VecDeque<Input> =
        paths.iter().map(|p| if p.as_os_str() == "-" { Input::Stdin } else { Input::Path(p.clone()) }).collect();
    if inputs.is_empty() {
        inputs.push_back(Input::Stdin);
    }
    Articles { inputs, current: None, opts: opts.clone(), builder: Builder::new(opts) }
}

/// Reads the articles of one byte stream named `name` (used for stdin, and by fuzzing).
/// The format is `format`, else the name's extension, else sniffed; gzip is detected.
pub fn read_reader(name: &str, reader: Box<dyn BufRead>, format: Option<InputFormat>, opts: &ReadOptions) -> DocIter {
    let builder = Builder::new(opts);
    let format = format.or(opts.format).or_else(|| InputFormat::from_path(Path::new(name)));
    match open_stream(name, reader, format, &builder) {
        Ok(it) => it,
        Err(e) => Box::new(std::iter::once(Err(e))),
    }
}

fn whole(file: &str) -> Place {
    Place { file: file.to_string(), line: None }
}

/// Wraps a stream in a gzip decoder when it starts with the gzip magic bytes, then
/// dispatches on the format.
fn open_stream(name: &str, mut reader: Box<dyn BufRead>, format: Option<InputFormat>, builder: &Builder) -> Result<DocIter, IngestError> {
    let head = reader.fill_buf().map_err(|e| IngestError::new(whole(name), format!("read error: {e}")))?;
    if head.starts_with(&[0x1f, 0x8b]) {
        reader = Box::new(BufReader::with_capacity(64 * 1024, flate2::read::MultiGzDecoder::new(reader)));
    }
    let format = match format {
        Some(f) => f,
        None => {
            let head = reader.fill_buf().map_err(|e| IngestError::new(whole(name), format!("read error (gzip?): {e}")))?;
            InputFormat::sniff(head)
        }
    };
    let builder = builder.clone();
    let file = name.to_string();
    Ok(match format {
        InputFormat::Jsonl => Box::new(JsonlReader::new(reader, file, builder)),
        InputFormat::Warc => Box::new(WarcReader::new(reader, file, builder)),
        InputFormat::WikipediaCurrentEvents => Box::new(current_events::read_page(&file, reader, &builder).into_iter()),
        InputFormat::Text | InputFormat::Html => Box::new(std::iter::once(read_single(&file, reader, format, &builder))),
    })
}

/// Reads a one-article input (text or HTML).
fn read_single(file: &str, mut reader: Box<dyn BufRead>, format: InputFormat, builder: &Builder) -> Result<Document, IngestError> {
    let place = whole(file);
    let bytes = lines::read_limited(&mut reader, MAX_ARTICLE_BYTES)
        .map_err(|e| IngestError::new(place.clone(), format!("read error: {e}")))?
        .ok_or_else(|| IngestError::new(place.clone(), format!("larger than the {MAX_ARTICLE_BYTES}-byte article limit")))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::new(place, "empty file"));
    }
    let id = Path::new(file)
        .file_name()
        .and_then(|n| n.to_str())
        .map(|n| {
            let n = n.strip_suffix(".gz").unwrap_or(n);
            n.rsplit_once('.').map(|(stem, _)| stem).unwrap_or(n).to_string()
        })
        .filter(|n| !n.is_empty() && n != "-")
        .unwrap_or_else(|| "stdin".to_string());
    match format {
        InputFormat::Html => {
            let declared = decode::html_declared_charset(&bytes);
            let html = decode::decode(&bytes, declared.as_deref()).map_err(|e| IngestError::new(place.clone(), e))?;
            builder.html_document(id, &html, place)
        }
        _ => {
            let text = decode::decode(&bytes, None).map_err(|e| IngestError::new(place.clone(), e))?;
            builder.text_document(id, &text, place)
        }
    }
}

impl Articles {
    /// Opens the next input; folders are expanded in place (sorted), unreadable ones
    /// become errors.
    fn open_next(&mut self) -> Option<Result<DocIter, IngestError>> {
        loop {
            let input = self.inputs.pop_front()?;
            let path = match input {
                Input::Stdin => {
                    let reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(64 * 1024, std::io::stdin()));
                    return Some(open_stream("-", reader, self.opts.format, &self.builder));
                }
                Input::Path(p) => p,
            };
            let name = path.display().to_string();
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => return Some(Err(IngestError::new(whole(&name), format!("cannot open: {e}")))),
            };
            if meta.is_dir() {
                let entries = match std::fs::read_dir(&path) {
                    Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect::<Vec<_>>(),
                    Err(e) => return Some(Err(IngestError::new(whole(&name), format!("cannot read folder: {e}")))),
                };
                let mut entries: Vec<PathBuf> = entries
                    .into_iter()
                    .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')))
                    .collect();
                entries.sort();
                for p in entries.into_iter().rev() {
                    self.inputs.push_front(Input::Path(p));
                }
                continue;
            }
            let file = match std::fs::File::open(&path) {
                Ok(f) => f,
                Err(e) => return Some(Err(IngestError::new(whole(&name), format!("cannot open: {e}")))),
            };
            let format = self.opts.format.or_else(|| InputFormat::from_path(&path));
            let reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(64 * 1024, file));
            return Some(open_stream(&name, reader, format, &self.builder));
        }
    }
}

impl Iterator for Articles {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = self.current.as_mut() {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            match self.open_next()? {
                Ok(it) => self.current = Some(it),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

/// Reads all of `bytes` as the article stream of one input; a convenience for tests.
pub fn read_bytes(name: &str, bytes: Vec<u8>, format: Option<InputFormat>, opts: &ReadOptions) -> Vec<Result<Document, IngestError>> {
    let reader: Box<dyn BufRead> = Box::new(std::io::Cursor::new(bytes));
    read_reader(name, reader, format, opts).collect()
}

#[cfg(test)]
mod tests;
