//! The dashboard: server-rendered page frames, our stylesheet and script, plotly.js
//! (shipped by the `plotly` crate) and an SVG world map; the pages draw their data
//! from the JSON API (`/api/...`), so what the dashboard shows is what the API serves.
//!
//! Pages: overview (`/`), dyad (`/dyad/USA/CHN`), actor (`/actor/USA`), event list
//! (`/events`), article (`/article/{id}`) and map (`/map`).
pub mod assets;
mod data;
pub mod html;
pub mod map;
mod pages;

use crate::AppState;
use axum::{
    extract::Path,
    http::header,
    response::{Html, IntoResponse},
    routing::get,
    Router,
};

/// The dashboard's routes, merged into the application's router beside `/api`: the pages,
/// their assets, and the two aggregates only the dashboard asks for (`/api/dyads`, `/api/places`).
pub fn routes() -> Router<AppState> {
    data::routes()
        .route("/", get(|| async { Html(pages::overview()) }))
        .route("/dyad/{a}/{b}", get(|Path((a, b)): Path<(String, String)>| async move { Html(pages::dyad(&a, &b)) }))
        .route("/actor/{code}", get(|Path(code): Path<String>| async move { Html(pages::actor(&code)) }))
        .route("/events", get(|| async { Html(pages::events()) }))
        .route("/article/{id}", get(|Path(id): Path<String>| async move { Html(pages::article(&id)) }))
        .route("/map", get(|| async { Html(pages::map_page()) }))
        .route("/assets/dashboard.css", get(|| async { asset("text/css; charset=utf-8", assets::CSS) }))
        .route("/assets/dashboard.js", get(|| async { asset("text/javascript; charset=utf-8", assets::JS) }))
        .route("/assets/plotly.min.js", get(|| async { asset("text/javascript; charset=utf-8", assets::plotly_js()) }))
}

fn asset(content_type: &'static str, body: &'static str) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "public, max-age=86400")], body)
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};

    /// Starts the whole application on a free loopback port over a synthetic store.
    fn start() -> (std::net::SocketAddr, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        let mut store = detente_store::Store::open(&db).unwrap();
        store.ingest(&detente_store::synthetic::documents(0, 80)).unwrap();
        drop(store);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
            let _ = rt.block_on(crate::serve(crate::ServerConfig::new(db), "127.0.0.1:0", move |a| tx.send(a).unwrap()));
        });
        (rx.recv_timeout(std::time::Duration::from_secs(20)).unwrap(), dir)
    }

    /// A GET over plain HTTP/1.0: (status, body).
    fn get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        write!(s, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        let status = out[9..12].parse().unwrap();
        let body = out.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
        (status, body)
    }

    #[test]
    fn pages_assets_and_aggregates_are_served() {
        let (addr, _dir) = start();
        for page in ["/", "/dyad/USA/CHN", "/actor/USA", "/events", "/article/x", "/map"] {
            let (status, body) = get(addr, page);
            assert_eq!(status, 200, "{page}");
            assert!(body.starts_with("<!doctype html>") && body.contains("/assets/dashboard.js"), "{page}");
        }
        // User input in a URL is reduced or escaped, never placed raw in the markup.
        let (_, body) = get(addr, "/article/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assert!(!body.contains("<script>alert"));
        let (_, body) = get(addr, "/dyad/US%3Cb%3EA/CHN");
        assert!(body.contains("Dyad USBA"));

        let (status, js) = get(addr, "/assets/plotly.min.js");
        assert_eq!(status, 200);
        assert!(js.len() > 1_000_000);

        let (status, body) = get(addr, "/api/dyads?limit=5");
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        let dyads = v["dyads"].as_array().unwrap();
        assert!(!dyads.is_empty() && dyads.len() <= 5);
        assert!(dyads[0]["events"].as_u64().unwrap() >= dyads[dyads.len() - 1]["events"].as_u64().unwrap());

        let (status, body) = get(addr, "/api/places?from=2000-01-01");
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert!(v["places"].as_array().unwrap().iter().all(|p| p["lat"].is_number() && p["dominant_quad"].is_number()));

        // Bad parameters are problem documents naming the field.
        let (status, body) = get(addr, "/api/dyads?from=yesterday");
        assert_eq!(status, 400);
        assert!(body.contains("\"field\":\"from\""), "{body}");
        let (status, _) = get(addr, "/api/places?bogus=1");
        assert_eq!(status, 400);
    }
}
