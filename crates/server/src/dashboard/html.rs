//! Small HTML helpers: escaping and the page frame every dashboard page shares.

/// Escapes text for HTML element content and attribute values.
///
/// ```
/// assert_eq!(detente_server::dashboard::html::escape("<a href=\"x\">&</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
/// ```
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Which navigation entry is current.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// The overview page.
    Overview,
    /// Dyad pages.
    Dyad,
    /// Actor pages.
    Actor,
    /// The event list.
    Events,
    /// The map.
    Map,
    /// Article pages.
    Article,
}

/// Wraps a page body in the shared frame: head, navigation, styles and scripts.
/// `charts` preloads plotly.js, which `dashboard.js` runs after the first paint.
pub fn page(title: &str, nav: Nav, body: &str, charts: bool) -> String {
    let link = |n: Nav, href: &str, label: &str| {
        let current = if n == nav { " aria-current=\"page\"" } else { "" };
        format!("<a href=\"{href}\"{current}>{label}</a>")
    };
    let plotly = if charts { "<link rel=\"preload\" href=\"/assets/plotly.min.js\" as=\"script\">" } else { "" };
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title} · detente</title><link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/assets/dashboard.css\">\
{plotly}<script defer src=\"/assets/dashboard.js\"></script></head>\
<body><a class=\"skip\" href=\"#main\">Skip to content</a>\
<header><nav aria-label=\"Main\"><strong class=\"brand\">detente</strong>{}{}{}{}</nav>\
<form class=\"search\" action=\"/events\" method=\"get\" role=\"search\"><label for=\"q\" class=\"sr\">Search events</label>\
<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search evidence…\"><button>Search</button></form></header>\
<main id=\"main\">{body}</main>\
<footer>detente — political event data coded in CAMEO/PLOVER. <a href=\"/api/openapi.json\">API</a></footer></body></html>",
        link(Nav::Overview, "/", "Overview"),
        link(Nav::Dyad, "/dyad/USA/CHN", "Dyads"),
        link(Nav::Events, "/events", "Events"),
        link(Nav::Map, "/map", "Map"),
        title = escape(title),
    )
}
