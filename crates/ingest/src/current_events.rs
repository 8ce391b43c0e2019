//! Wikipedia "Portal:Current events" daily pages converted to Markdown (a Jekyll `_posts/`
//! folder of `YYYY-MM-DD-index.md` files): every bullet item that cites an outlet
//! (`[(AP)](https://...)`) is one report, dated by its page.
//!
//! The page layout: front matter with `date: YYYY-MM-DD`, `#### Section` headings, nested
//! bullets whose outer levels are topic links and whose innermost level is the news item.
//! Links `[text](url "title")` become their text; the trailing citations become the
//! report's publisher (the first outlet) and URL (the first citation).
use crate::lines::read_limited;
use crate::{parse_date, Builder, IngestError, MAX_ARTICLE_BYTES};
use detente_core::{Document, Place};
use std::io::BufRead;
use std::path::Path;

/// True when `path` looks like one of the portal's daily pages: `YYYY-MM-DD-index.md`
/// inside a `_posts` folder.
pub(crate) fn is_daily_page(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return false };
    let in_posts = path.parent().and_then(|p| p.file_name()).is_some_and(|p| p == "_posts");
    in_posts && name.len() == 19 && name.ends_with("-index.md") && parse_date(&name[..10]).is_some()
}

/// Reads every cited item of one daily page. Problems (no date, an unreadable file, an
/// item with no text left) become errors naming the file and line; the other items are kept.
pub(crate) fn read_page(file: &str, mut reader: Box<dyn BufRead>, builder: &Builder) -> Vec<Result<Document, IngestError>> {
    let whole = Place { file: file.to_string(), line: None };
    let bytes = match read_limited(&mut reader, MAX_ARTICLE_BYTES) {
        Ok(Some(b)) => b,
        Ok(None) => return vec![Err(IngestError::new(whole, format!("larger than the {MAX_ARTICLE_BYTES}-byte limit")))],
        Err(e) => return vec![Err(IngestError::new(whole, format!("read error: {e}")))],
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => return vec![Err(IngestError::new(whole, format!("not UTF-8 ({e})")))],
    };
    parse_page(file, &text, builder)
}

/// One bullet (with any continuation lines joined) and where it starts.
struct Bullet<'a> {
    depth: usize,
    line: u64,
    text: std::borrow::Cow<'a, str>,
}

fn parse_page(file: &str, text: &str, builder: &Builder) -> Vec<Result<Document, IngestError>> {
    let place = |line: u64| Place { file: file.to_string(), line: Some(line) };
    let mut out = Vec::new();
    let mut lines = text.lines().enumerate().map(|(i, l)| (i as u64 + 1, l)).peekable();

    // Front matter: `---` ... `date: YYYY-MM-DD` ... `---`.
    let mut date = None;
    if lines.peek().is_some_and(|(_, l)| l.trim() == "---") {
        lines.next();
        for (n, l) in lines.by_ref() {
            if l.trim() == "---" {
                break;
            }
            if let Some(v) = l.strip_prefix("date:") {
                date = parse_date(v.trim().trim_matches('"'));
                if date.is_none() {
                    out.push(Err(IngestError::new(place(n), format!("front matter date {:?} is not YYYY-MM-DD", v.trim()))));
                }
            }
        }
    }
    let Some(date) = date else {
        out.push(Err(IngestError::new(place(1), "no `date: YYYY-MM-DD` in the front matter: not a current-events page")));
        return out;
    };

    // Bullets, with continuation lines joined to the bullet above.
    let mut section = String::new();
    let mut bullets: Vec<(String, Bullet)> = Vec::new();
    for (n, l) in lines {
        let trimmed = l.trim_start();
        if let Some(h) = trimmed.strip_prefix('#') {
            section = h.trim_start_matches('#').trim().to_string();
            continue;
        }
        if trimmed.is_empty() {
            continue;
        }
        let indent = l.len() - trimmed.len();
        match trimmed.strip_prefix(['*', '+', '-']).filter(|r| r.starts_with(' ')) {
            Some(rest) => bullets.push((section.clone(), Bullet { depth: indent, line: n, text: rest.trim().into() })),
            None => {
                if let Some((_, b)) = bullets.last_mut() {
                    let joined = format!("{} {}", b.text, trimmed.trim());
                    b.text = joined.into();
                }
            }
        }
    }

    // Topic path (outer bullets) and the cited items.
    let mut topics: Vec<(usize, String)> = Vec::new();
    let mut count = 0;
    for (section, b) in &bullets {
        while topics.last().is_some_and(|(d, _)| *d >= b.depth) {
            topics.pop();
        }
        let item = strip_markdown(&b.text);
        if item.citations.is_empty() {
            topics.push((b.depth, item.text));
            continue;
        }
        count += 1;
        let id = format!("wce-{date}-{count:03}");
        let mut title = section.clone();
        if let Some((_, t)) = topics.last() {
            if !title.is_empty() {
                title.push_str(" — ");
            }
            title.push_str(t);
        }
        match builder.text_document(id, &item.text, place(b.line)) {
            Ok(mut doc) => {
                doc.date = Some(date);
                doc.title = (!title.is_empty()).then_some(title);
                doc.publisher = item.citations.first().map(|(o, _)| o.clone()).filter(|o| !o.is_empty());
                doc.url = item.citations.first().map(|(_, u)| u.clone());
                out.push(Ok(doc));
            }
            Err(e) => out.push(Err(IngestError::new(e.place, format!("cited item with no text: {}", e.reason)))),
        }
    }
    out
}

/// A bullet's plain text and its citations (outlet, URL).
struct Item {
    text: String,
    citations: Vec<(String, String)>,
}

/// Turns Markdown links into their text and collects the `[(Outlet)](url)` citations.
fn strip_markdown(s: &str) -> Item {
    let mut text = String::with_capacity(s.len());
    let mut citations = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'[' {
            if let Some((label, url, end)) = link_at(s, i) {
                let inner = strip_markdown(label).text;
                let outlet = inner.trim();
                if outlet.starts_with('(') && outlet.ends_with(')') && url.starts_with("http") && !url.contains("wikipedia.org/wiki/") {
                    citations.push((outlet[1..outlet.len() - 1].trim().to_string(), url.to_string()));
                } else {
                    text.push_str(&inner);
                }
                i = end;
                continue;
            }
        }
        let ch = s[i..].chars().next().unwrap_or(' ');
        if ch != '*' {
            text.push(ch);
        }
        i += ch.len_utf8();
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    Item { text, citations }
}

/// A Markdown link starting at byte `i` (a `[`): its label, URL and the byte after it.
/// Brackets in the label and parentheses in the URL may nest; a quoted title is skipped.
fn link_at(s: &str, i: usize) -> Option<(&str, &str, usize)> {
    let b = s.as_bytes();
    let mut depth = 0;
    let mut j = i;
    let close = loop {
        match b.get(j)? {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    break j;
                }
            }
            _ => {}
        }
        j += 1;
    };
    if b.get(close + 1) != Some(&b'(') {
        return None;
    }
    let start = close + 2;
    let mut k = start;
    let mut parens = 1;
    let mut quoted = false;
    let mut url_end = None;
    while k < b.len() {
        match b[k] {
            b'"' => {
                quoted = !quoted;
                if url_end.is_none() {
                    url_end = Some(k);
                }
            }
            b'(' if !quoted => parens += 1,
            b')' if !quoted => {
                parens -= 1;
                if parens == 0 {
                    let url = s[start..url_end.unwrap_or(k)].trim();
                    return Some((&s[i + 1..close], url, k + 1));
                }
            }
            _ => {}
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ReadOptions;

    const PAGE: &str = r#"---
layout: post
title: 2025 March 01
date: 2025-03-01
published: true
---

#### Armed conflicts and attacks

* [Gaza war](https://en.wikipedia.org/wiki/Gaza_war "Gaza war")
  * [Israeli](https://en.wikipedia.org/wiki/Israel "Israel") strikes in [Gaza City](https://en.wikipedia.org/wiki/Gaza_City "Gaza City") kill at least 35 people. [(AP)](https://apnews.com/a) [(*The Guardian*)](https://theguardian.com/b)
#### International relations

* [Offensive (military)](https://en.wikipedia.org/wiki/Offensive_(military) "Offensive (military)") talk
  * Topic without citation
    + [China](https://en.wikipedia.org/wiki/China "China") and [Japan](https://en.wikipedia.org/wiki/Japan "Japan") hold talks in Tokyo.
      continued on a second line. [(Reuters)](https://reuters.com/c)
"#;

    fn read(text: &str) -> Vec<Result<Document, IngestError>> {
        parse_page("_posts/2025-03-01-index.md", text, &Builder::new(&ReadOptions::default()))
    }

    #[test]
    fn cited_items_become_dated_reports() {
        let docs: Vec<Document> = read(PAGE).into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(docs.len(), 2);
        let d = &docs[0];
        assert_eq!(d.id, "wce-2025-03-01-001");
        assert_eq!(d.text, "Israeli strikes in Gaza City kill at least 35 people.");
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2025, 3, 1));
        assert_eq!(d.publisher.as_deref(), Some("AP"));
        assert_eq!(d.url.as_deref(), Some("https://apnews.com/a"));
        assert_eq!(d.title.as_deref(), Some("Armed conflicts and attacks — Gaza war"));
        assert_eq!(d.origin.line, Some(11));
        assert_eq!(docs[1].text, "China and Japan hold talks in Tokyo. continued on a second line.");
        assert_eq!(docs[1].title.as_deref(), Some("International relations — Topic without citation"));
    }

    #[test]
    fn links_with_parentheses_in_the_url() {
        let item = strip_markdown("[Offensive](https://en.wikipedia.org/wiki/Offensive_(military) \"Offensive (military)\") begins. [(BBC)](https://bbc.co.uk/x_(y))");
        assert_eq!(item.text, "Offensive begins.");
        assert_eq!(item.citations, vec![("BBC".to_string(), "https://bbc.co.uk/x_(y)".to_string())]);
    }

    #[test]
    fn bad_pages_are_errors_naming_the_place() {
        let r = read("no front matter\n* item [(AP)](https://a)\n");
        assert_eq!(r.len(), 1);
        let e = r[0].as_ref().unwrap_err();
        assert!(e.to_string().contains("2025-03-01-index.md:1"), "{e}");
        let r = read("---\ndate: March\n---\n");
        assert!(r.iter().all(|x| x.is_err()));
        // An unclosed link does not panic; the item keeps its text.
        let r = read("---\ndate: 2025-01-02\n---\n* [broken(https://x \"t\n* A fact. [(AP)](https://a)\n");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].as_ref().unwrap().text, "A fact.");
    }

    #[test]
    fn daily_page_detection() {
        assert!(is_daily_page(Path::new("x/_posts/2025-01-01-index.md")));
        assert!(!is_daily_page(Path::new("x/posts/2025-01-01-index.md")));
        assert!(!is_daily_page(Path::new("x/_posts/notes.md")));
    }

    #[test]
    fn shared_corpus_pages() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/wikipedia-current-events/_posts");
        if !dir.exists() {
            eprintln!("SKIPPED: {} not found", dir.display());
            return;
        }
        let docs: Vec<_> = crate::read_paths(&[dir.join("2025-03-01-index.md")], &ReadOptions::default()).collect();
        let ok: Vec<&Document> = docs.iter().filter_map(|r| r.as_ref().ok()).collect();
        assert!(ok.len() >= 10, "{} items", ok.len());
        for d in &ok {
            assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2025, 3, 1));
            assert!(!d.text.contains("](http"), "link left in {:?}", d.text);
            assert!(d.url.as_deref().is_some_and(|u| u.starts_with("http")));
        }
    }
}
