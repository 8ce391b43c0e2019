//! The two aggregates only the dashboard needs: `GET /api/dyads` (top dyads, or with
//! `?actor=` that actor's counterparts) and `GET /api/places` (event locations grouped by
//! place, for the map). Both take the event list's period and actor filters.
use crate::{AppState, Problem};
use axum::{
    extract::{rejection::QueryRejection, Query, State},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use detente_store::EventFilter;
use serde::Deserialize;

/// The most rows one request returns.
const MAX_LIMIT: usize = 1000;

/// Query parameters of both endpoints.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AggregateQuery {
    /// Only events with this actor (country or CAMEO code prefix) as source or target.
    pub actor: Option<String>,
    /// First day, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    pub to: Option<String>,
    /// CAMEO event code prefix.
    pub cameo: Option<String>,
    /// Quad class 1–4.
    pub quad_class: Option<u8>,
    /// ISO3 country of the event's place.
    pub place_country: Option<String>,
    /// Rows to return (default 20 dyads, 500 places; at most 1000).
    pub limit: Option<usize>,
}

impl AggregateQuery {
    fn filter(&self) -> EventFilter {
        let some = |s: &Option<String>| s.as_ref().map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        EventFilter {
            actor: some(&self.actor),
            from: some(&self.from),
            to: some(&self.to),
            cameo: some(&self.cameo),
            quad_class: self.quad_class,
            place_country: some(&self.place_country),
            ..Default::default()
        }
    }
}

/// The routes, over the API's state (its pooled read-only connections and time limit).
pub(crate) fn routes() -> Router<AppState> {
    Router::new().route("/api/dyads", get(dyads)).route("/api/places", get(places))
}

type Params = Result<Query<AggregateQuery>, QueryRejection>;

fn params(p: Params) -> Result<AggregateQuery, Problem> {
    p.map(|Query(q)| q).map_err(|e| Problem::bad_request("query", e.body_text()))
}

async fn dyads(State(state): State<AppState>, q: Params) -> Result<Response, Problem> {
    let q = params(q)?;
    let limit = q.limit.unwrap_or(20).clamp(1, MAX_LIMIT);
    let filter = q.filter();
    let dyads = state.read(move |s| s.top_dyads(&filter, limit)).await?;
    Ok(Json(serde_json::json!({ "dyads": dyads })).into_response())
}

async fn places(State(state): State<AppState>, q: Params) -> Result<Response, Problem> {
    let q = params(q)?;
    let limit = q.limit.unwrap_or(500).clamp(1, MAX_LIMIT);
    let filter = q.filter();
    let places = state.read(move |s| s.event_places(&filter, limit)).await?;
    Ok(Json(serde_json::json!({ "places": places })).into_response())
}
