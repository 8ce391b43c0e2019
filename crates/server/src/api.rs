//! The `/api` routes.
use crate::{AppState, Problem};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use detente_core::{fnv1a, Document, EventRecord};
use detente_store::{ActorRanking, EventFilter, IngestOutcome, IngestStats, Interval, SeriesQuery};
use serde::{Deserialize, Serialize};

/// The OpenAPI 3.1 document, written by hand; `tests/api_openapi.rs` checks it against the routes.
pub(crate) const OPENAPI: &str = include_str!("openapi.json");

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/articles", post(post_articles))
        .route("/api/articles/{id}", get(article))
        .route("/api/series", get(series))
        .route("/api/actors", get(actors))
        .route("/api/code", post(code))
        .route("/api/stats", get(stats))
        .route("/api/openapi.json", get(openapi))
}

/// 404 for every path no route serves.
pub(crate) async fn not_found(uri: axum::http::Uri) -> Problem {
    Problem::not_found(format!("no such resource: {}", uri.path()))
}

type Params = Result<Query<Vec<(String, String)>>, QueryRejection>;

/// Splits query parameters into an [`EventFilter`] and the named extra parameters.
fn filter_and(params: Params, extra: &[&'static str]) -> Result<(EventFilter, Vec<Option<String>>), Problem> {
    let Query(pairs) = params.map_err(|e| Problem::bad_request("query", e.body_text()))?;
    let mut map = serde_json::Map::new();
    let mut values = vec![None; extra.len()];
    for (k, v) in pairs {
        match extra.iter().position(|e| *e == k) {
            Some(i) => values[i] = Some(v),
            None => {
                map.insert(k, serde_json::Value::String(v));
            }
        }
    }
    let filter: EventFilter = serde_json::from_value(serde_json::Value::Object(map)).map_err(|e| Problem::bad_request("query", e.to_string()))?;
    Ok((filter, values))
}

fn number(field: &'static str, v: &Option<String>, default: usize, max: usize) -> Result<usize, Problem> {
    match v {
        None => Ok(default),
        Some(s) => match s.parse::<usize>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(Problem::bad_request(field, format!("{field} must be a whole number from 1 to {max}, not {s:?}"))),
        },
    }
}

async fn events(State(state): State<AppState>, params: Params) -> Result<Response, Problem> {
    let (filter, extra) = filter_and(params, &["cursor", "limit"])?;
    let max = state.config().max_page_size;
    let limit = number("limit", &extra[1], 100.min(max), max)?;
    let cursor = extra[0].clone();
    let page = state.read(move |s| s.events(&filter, cursor.as_deref(), limit)).await?;
    Ok(Json(page).into_response())
}

fn path_id(p: Result<Path<String>, PathRejection>) -> Result<String, Problem> {
    p.map(|Path(id)| id).map_err(|e| Problem::bad_request("id", e.body_text()))
}

async fn event(State(state): State<AppState>, id: Result<Path<String>, PathRejection>) -> Result<Response, Problem> {
    let id = path_id(id)?;
    let key = id.clone();
    match state.read(move |s| s.event(&key)).await? {
        Some(e) => {
            let link = format!("/api/articles/{}", e.record.doc_id);
            let mut v = serde_json::to_value(&e).map_err(|e| Problem::internal(e.to_string()))?;
            v["article"] = serde_json::Value::String(link);
            Ok(Json(v).into_response())
        }
        None => Err(Problem::not_found(format!("no event with id {id:?}"))),
    }
}

async fn article(State(state): State<AppState>, id: Result<Path<String>, PathRejection>) -> Result<Response, Problem> {
    let id = path_id(id)?;
    let key = id.clone();
    match state.read(move |s| s.article(&key)).await? {
        Some(a) => Ok(Json(a).into_response()),
        None => Err(Problem::not_found(format!("no article with id {id:?}"))),
    }
}

#[derive(Serialize)]
struct SeriesBody {
    interval: Interval,
    filter: EventFilter,
    points: Vec<detente_store::SeriesPoint>,
}

async fn series(State(state): State<AppState>, params: Params) -> Result<Response, Problem> {
    let (filter, extra) = filter_and(params, &["interval"])?;
    let interval = match &extra[0] {
        None => Interval::Month,
        Some(s) => Interval::parse(s).ok_or_else(|| Problem::bad_request("interval", format!("{s:?} is not day, week, month, quarter or year")))?,
    };
    let q = SeriesQuery { filter: filter.clone(), interval };
    let points = state.read(move |s| s.series(&q)).await?;
    Ok(Json(SeriesBody { interval, filter, points }).into_response())
}

async fn actors(State(state): State<AppState>, params: Params) -> Result<Response, Problem> {
    let (filter, extra) = filter_and(params, &["interval", "by", "limit"])?;
    let interval = match &extra[0] {
        None => None,
        Some(s) => Some(Interval::parse(s).ok_or_else(|| Problem::bad_request("interval", format!("{s:?} is not day, week, month, quarter or year")))?),
    };
    let by = match extra[1].as_deref() {
        None | Some("volume") => ActorRanking::Volume,
        Some("goldstein") => ActorRanking::Goldstein,
        Some("conflict") => ActorRanking::Conflict,
        Some(s) => return Err(Problem::bad_request("by", format!("{s:?} is not volume, goldstein or conflict"))),
    };
    let limit = number("limit", &extra[2], 20, 1000)?;
    let ranks = state.read(move |s| s.top_actors(&filter, interval, by, limit)).await?;
    Ok(Json(serde_json::json!({ "by": by, "interval": interval, "actors": ranks })).into_response())
}

async fn stats(State(state): State<AppState>) -> Result<Response, Problem> {
    let c = state.read(|s| s.counts()).await?;
    Ok(Json(c).into_response())
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// An article posted to `/api/code` or `/api/articles`, in the contract's JSON-lines shape.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleIn {
    id: Option<serde_json::Value>,
    date: Option<String>,
    title: Option<String>,
    text: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
}

/// Either one article or `{"articles": [...]}`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Posted {
    Many { articles: Vec<ArticleIn> },
    One(ArticleIn),
}

/// Reads posted articles into documents, naming the field at fault on bad input.
fn documents(body: &Bytes) -> Result<Vec<Document>, Problem> {
    let posted: Posted = serde_json::from_slice(body).map_err(|e| {
        Problem::bad_request("body", format!("expected an article {{\"text\": ..., \"date\": ...}} or {{\"articles\": [...]}}: {e}"))
    })?;
    let many = matches!(posted, Posted::Many { .. });
    let list = match posted {
        Posted::Many { articles } => articles,
        Posted::One(a) => vec![a],
    };
    if list.is_empty() {
        return Err(Problem::bad_request("articles", "no articles posted"));
    }
    let at = |i: usize, f: &str| if many { format!("articles[{i}].{f}") } else { f.to_string() };
    let mut docs = Vec::with_capacity(list.len());
    for (i, a) in list.into_iter().enumerate() {
        let text = a.text.filter(|t| !t.trim().is_empty()).ok_or_else(|| Problem::bad_request(at(i, "text"), "text is required"))?;
        let id = match a.id {
            None | Some(serde_json::Value::Null) => format!("text-{:016x}", fnv1a(&[&text])),
            Some(serde_json::Value::String(s)) if !s.is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(other) => return Err(Problem::bad_request(at(i, "id"), format!("id must be a string or number, not {other}"))),
        };
        let date = match a.date.as_deref() {
            None | Some("") => None,
            Some(d) => Some(
                d.get(..10)
                    .and_then(|p| p.parse::<chrono::NaiveDate>().ok())
                    .ok_or_else(|| Problem::bad_request(at(i, "date"), format!("{d:?} is not YYYY-MM-DD or RFC 3339")))?,
            ),
        };
        let mut doc = Document::new(id, text);
        doc.date = date;
        doc.title = a.title;
        doc.url = a.url;
        doc.publisher = a.publisher;
        doc.origin = detente_core::Place { file: "http".into(), line: Some(i as u64 + 1) };
        docs.push(doc);
    }
    Ok(docs)
}

/// Codes documents on a blocking thread with the shared pipeline.
async fn code_documents(state: &AppState, mut docs: Vec<Document>) -> Result<Vec<Document>, Problem> {
    let state = state.clone();
    tokio::task::spawn_blocking(move || {
        detente_pipeline::code_batch(state.pipeline(), &mut docs);
        docs
    })
    .await
    .map_err(|e| Problem::internal(format!("coding failed: {e}")))
}

#[derive(Deserialize)]
struct CodeOptions {
    #[serde(default)]
    all_modalities: Option<String>,
}

/// The request body, or a problem (413 past the size limit).
fn body_of(body: Result<Bytes, BytesRejection>) -> Result<Bytes, Problem> {
    body.map_err(|e| {
        let status = e.status();
        let mut p = Problem::new(status, format!("request body: {}", e.body_text()));
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            p.field = Some("body".into());
        }
        p
    })
}

async fn code(
    State(state): State<AppState>,
    opts: Result<Query<CodeOptions>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Problem> {
    let Query(opts) = opts.map_err(|e| Problem::bad_request("query", e.body_text()))?;
    let body = body_of(body)?;
    let all = matches!(opts.all_modalities.as_deref(), Some("true" | "1" | "yes"));
    let docs = code_documents(&state, documents(&body)?).await?;
    let mut events: Vec<EventRecord> = Vec::new();
    for d in &docs {
        for e in &d.events {
            if all || matches!(e.modality, detente_core::Modality::Asserted | detente_core::Modality::Intended) {
                events.push(EventRecord::new(d, e));
            }
        }
    }
    Ok(Json(serde_json::json!({ "articles": docs.len(), "events": events })).into_response())
}

#[derive(Serialize)]
struct Outcome {
    id: String,
    #[serde(flatten)]
    outcome: IngestOutcome,
}

/// True when the `Authorization` header carries the configured bearer token.
fn authorized(headers: &HeaderMap, token: &str) -> bool {
    let Some(given) = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer ")) else {
        return false;
    };
    // Compare in time independent of where the strings differ.
    given.len() == token.len() && given.bytes().zip(token.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

async fn post_articles(State(state): State<AppState>, headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Result<Response, Problem> {
    let Some(token) = state.config().token.clone() else {
        return Err(Problem::new(StatusCode::FORBIDDEN, "ingest over HTTP is off: start the server with --token or DETENTE_TOKEN"));
    };
    if !authorized(&headers, &token) {
        return Err(Problem::unauthorized("a valid bearer token is required (Authorization: Bearer ...)"));
    }
    let body = body_of(body)?;
    let docs = code_documents(&state, documents(&body)?).await?;
    let ids: Vec<String> = docs.iter().map(|d| d.id.clone()).collect();
    let (stats, outcomes): (IngestStats, Vec<IngestOutcome>) = state.write(move |s| s.ingest_with_outcomes(&docs)).await?;
    let outcomes: Vec<Outcome> = ids.into_iter().zip(outcomes).map(|(id, outcome)| Outcome { id, outcome }).collect();
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "stats": stats, "articles": outcomes }))).into_response())
}
