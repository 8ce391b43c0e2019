//! Article extraction from HTML: the body text, title, date, URL and publisher,
//! without navigation, scripts, share widgets or cookie banners.
use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use scraper::{Html, Node};

/// What an HTML page says about its article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    /// Headline (`og:title`, else the first `<h1>`, else `<title>`).
    pub title: Option<String>,
    /// Publication date as written (`article:published_time`, `<time datetime>`, ...).
    pub date: Option<String>,
    /// Canonical URL (`<link rel=canonical>` or `og:url`).
    pub url: Option<String>,
    /// Site name (`og:site_name`).
    pub publisher: Option<String>,
    /// Body text: one paragraph per block element, paragraphs separated by a blank line.
    pub text: String,
}

/// Elements whose whole subtree is never article text.
const DROPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button", "svg", "template",
    "select", "input", "textarea", "figure", "figcaption", "menu", "dialog", "object", "embed", "video", "audio",
    "canvas", "map", "head", "title",
];

/// Words in a class or id that mark page furniture ("share-bar", "cookie_banner").
const FURNITURE_WORDS: &[&str] = &[
    "share", "sharing", "social", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription",
    "related", "recommended", "recirc", "promo", "advert", "advertisement", "ad", "ads", "sponsor", "sponsored",
    "comment", "comments", "breadcrumb", "breadcrumbs", "sidebar", "menu", "navbar", "nav", "banner", "popup",
    "modal", "footer", "byline", "caption", "hidden", "paywall", "signup", "toolbar", "tags", "outbrain", "taboola",
];

/// Elements that end a paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "section", "article",
    "main", "table", "tr", "td", "th", "dd", "dt", "dl", "br", "hr", "body", "address",
];

/// Extracts the article from an HTML page.
///
/// ```
/// let page = r#"<html><head><title>T</title></head><body><nav>Home | World</nav>
///   <article><h1>Talks resume</h1><p>Envoys met in Geneva on Monday.</p>
///   <div class="share-bar">Share on Facebook</div></article>
///   <script>var x = 1;</script></body></html>"#;
/// let a = detente_ingest::html::extract(page);
/// assert_eq!(a.text, "Talks resume\n\nEnvoys met in Geneva on Monday.");
/// ```
pub fn extract(html: &str) -> HtmlArticle {
    let doc = Html::parse_document(html);
    let mut out = HtmlArticle::default();
    let mut title_tag = None;
    let mut h1 = None;
    let mut time_datetime = None;
    for node in doc.tree.root().descendants() {
        let Some(el) = node.value().as_element() else { continue };
        match el.name() {
            "title" if title_tag.is_none() => title_tag = Some(text_of(node)),
            "h1" if h1.is_none() => h1 = Some(text_of(node)),
            "time" if time_datetime.is_none() => time_datetime = el.attr("datetime").map(str::to_string),
            "link" if el.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                out.url = out.url.take().or_else(|| el.attr("href").map(str::to_string));
            }
            "meta" => {
                let key = el.attr("property").or_else(|| el.attr("name")).or_else(|| el.attr("itemprop")).unwrap_or("");
                let Some(content) = el.attr("content").map(str::trim).filter(|c| !c.is_empty()) else { continue };
                match key.to_ascii_lowercase().as_str() {
                    "og:title" | "twitter:title" => {
                        out.title.get_or_insert_with(|| content.to_string());
                    }
                    "article:published_time" | "datepublished" | "pubdate" | "publishdate" | "date" | "dc.date"
                    | "citation_publication_date" | "og:published_time" => {
                        out.date.get_or_insert_with(|| content.to_string());
                    }
                    "og:url" => {
                        out.url.get_or_insert_with(|| content.to_string());
                    }
                    "og:site_name" | "publisher" => {
                        out.publisher.get_or_insert_with(|| content.to_string());
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    out.title = out.title.or(h1).or(title_tag).filter(|t| !t.is_empty());
    out.date = out.date.or(time_datetime);
    out.text = body_text(choose_root(&doc));
    out
}

/// The element holding the article: the `<article>`, `[itemprop=articleBody]`, `<main>` or
/// `[role=main]` with the most paragraph text, else `<body>`, else the whole page.
fn choose_root(doc: &Html) -> NodeRef<'_, Node> {
    let mut best: Option<(usize, NodeRef<'_, Node>)> = None;
    let mut body = None;
    for node in doc.tree.root().descendants() {
        let Some(el) = node.value().as_element() else { continue };
        if el.name() == "body" && body.is_none() {
            body = Some(node);
        }
        let candidate = matches!(el.name(), "article" | "main")
            || el.attr("itemprop").is_some_and(|v| v == "articleBody")
            || el.attr("role").is_some_and(|v| v == "main");
        if !candidate || is_dropped(node) {
            continue;
        }
        let score: usize = node
            .descendants()
            .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "p"))
            .map(|p| p.descendants().filter_map(|t| t.value().as_text()).map(|t| t.len()).sum::<usize>())
            .sum();
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, node));
        }
    }
    match best {
        Some((score, node)) if score > 0 => node,
        _ => body.unwrap_or_else(|| doc.tree.root()),
    }
}

fn is_dropped(node: NodeRef<'_, Node>) -> bool {
    let Some(el) = node.value().as_element() else { return false };
    if DROPPED_TAGS.contains(&el.name()) || el.attr("hidden").is_some() {
        return true;
    }
    if el.attr("aria-hidden").is_some_and(|v| v == "true") {
        return true;
    }
    if el.attr("role").is_some_and(|r| matches!(r, "navigation" | "banner" | "complementary" | "contentinfo" | "dialog" | "alert")) {
        return true;
    }
    let marked = |v: &str| {
        v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|w| FURNITURE_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f)))
    };
    el.attr("class").is_some_and(marked) || el.attr("id").is_some_and(marked)
}

/// The text of `root`'s subtree as paragraphs, skipping dropped subtrees. Iterative, so
/// deeply nested pages cannot overflow the stack.
fn body_text(root: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    let mut para = String::new();
    let mut skipping: Option<ego_tree::NodeId> = None;
    let flush = |para: &mut String, out: &mut String| {
        let p = para.trim_end();
        if !p.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(p);
        }
        para.clear();
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => push_collapsed(&mut para, t),
                    Node::Element(el) => {
                        if node != root && is_dropped(node) {
                            skipping = Some(node.id());
                        } else if BLOCK_TAGS.contains(&el.name()) {
                            flush(&mut para, &mut out);
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                } else if skipping.is_none() && node.value().as_element().is_some_and(|e| BLOCK_TAGS.contains(&e.name())) {
                    flush(&mut para, &mut out);
                }
            }
        }
    }
    flush(&mut para, &mut out);
    out
}

/// Appends `text` with runs of whitespace collapsed to one space (none at a paragraph start).
fn push_collapsed(para: &mut String, text: &str) {
    for (i, part) in text.split_whitespace().enumerate() {
        let boundary_space = i > 0 || text.starts_with(char::is_whitespace);
        if !para.is_empty() && boundary_space && !para.ends_with(' ') {
            para.push(' ');
        }
        para.push_str(part);
    }
    if text.ends_with(char::is_whitespace) && !para.is_empty() && !para.ends_with(' ') {
        para.push(' ');
    }
}

fn text_of(node: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for t in node.descendants().filter_map(|n| n.value().as_text()) {
        push_collapsed(&mut s, t);
    }
    s.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_body_drops_furniture() {
        let page = r##"<!doctype html><html><head>
            <meta property="og:title" content="Ceasefire holds">
            <meta property="article:published_time" content="2024-04-19T10:00:00Z">
            <meta property="og:site_name" content="Example News">
            <link rel="canonical" href="https://example.org/a">
            <style>p { color: red }</style></head>
            <body><header><a href="/">Home</a></header>
            <div id="cookie-banner">We use cookies. <button>Accept</button></div>
            <article>
              <h1>Ceasefire holds</h1>
              <p>The <b>ceasefire</b> held overnight,
                 officials said.</p>
              <ul class="social-share"><li>Tweet</li><li>Email</li></ul>
              <p>Talks resume on <a href="#">Tuesday</a>.</p>
              <aside>Related: other stories</aside>
            </article>
            <footer>© 2024</footer><script>track()</script></body></html>"##;
        let a = extract(page);
        assert_eq!(a.text, "Ceasefire holds\n\nThe ceasefire held overnight, officials said.\n\nTalks resume on Tuesday.");
        assert_eq!(a.title.as_deref(), Some("Ceasefire holds"));
        assert_eq!(a.date.as_deref(), Some("2024-04-19T10:00:00Z"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.publisher.as_deref(), Some("Example News"));
    }

    #[test]
    fn falls_back_to_body_without_article() {
        let a = extract("<body><p>One.</p>text directly<br>in body<div>Two.</div></body>");
        assert_eq!(a.text, "One.\n\ntext directly\n\nin body\n\nTwo.");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = "<div>".repeat(100_000) + "deep text" + &"</div>".repeat(100_000);
        assert!(extract(&page).text.contains("deep text"));
    }

    #[test]
    fn garbage_gives_empty_text() {
        assert_eq!(extract("<<<>>><</").text, "<<<>>><</");
        assert_eq!(extract("").text, "");
    }
}
