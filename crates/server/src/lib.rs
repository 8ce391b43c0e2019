//! HTTP API and dashboard: axum routes over the store, with an OpenAPI document at
//! `/api/openapi.json`.
//!
//! Reads go through a small pool of read-only SQLite connections on blocking threads, each
//! query under a time limit; writes (`POST /api/articles`) go through one writer and need a
//! bearer token. Every error is a JSON problem details object (RFC 9457).
#![warn(missing_docs)]

mod api;
pub mod dashboard;
mod problem;

pub use problem::Problem;

use detente_core::Pipeline;
use detente_store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// What went wrong starting the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The store could not be opened.
    #[error("store {path}: {source}")]
    Store {
        /// The database file.
        path: PathBuf,
        /// Why.
        source: detente_store::StoreError,
    },
    /// The address could not be bound, or serving failed.
    #[error("{addr}: {source}")]
    Io {
        /// The address.
        addr: String,
        /// Why.
        source: std::io::Error,
    },
}

/// How the server is set up.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The store's database file (created if missing).
    pub db: PathBuf,
    /// The bearer token `POST /api/articles` requires; without one, ingest over HTTP is refused.
    pub token: Option<String>,
    /// Longest a query may run before it is interrupted (503 problem).
    pub query_time_limit: Duration,
    /// Largest accepted request body, in bytes (413 problem past it).
    pub max_body_bytes: usize,
    /// Largest page of `GET /api/events`.
    pub max_page_size: usize,
    /// Queries run at once; more wait (bounds memory under many clients).
    pub max_concurrent_queries: usize,
}

impl ServerConfig {
    /// Defaults: 5 s per query, 8 MiB bodies, pages of at most 1,000 events, 8 queries at once.
    pub fn new(db: impl Into<PathBuf>) -> ServerConfig {
        ServerConfig {
            db: db.into(),
            token: None,
            query_time_limit: Duration::from_secs(5),
            max_body_bytes: 8 << 20,
            max_page_size: 1000,
            max_concurrent_queries: 8,
        }
    }
}

/// Shared state of the handlers: configuration, the reader pool, the writer and the pipeline.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    config: ServerConfig,
    readers: Mutex<Vec<Store>>,
    writer: Mutex<Option<Store>>,
    permits: tokio::sync::Semaphore,
    pipeline: OnceLock<Pipeline>,
}

impl AppState {
    /// Opens (creating if needed) the store and prepares the state.
    pub fn new(config: ServerConfig) -> Result<AppState, ServerError> {
        // Opening read-write once creates the file and schema, so readers can open it.
        let writer = Store::open(&config.db).map_err(|source| ServerError::Store { path: config.db.clone(), source })?;
        let permits = tokio::sync::Semaphore::new(config.max_concurrent_queries.max(1));
        Ok(AppState {
            inner: Arc::new(Inner { config, readers: Mutex::new(Vec::new()), writer: Mutex::new(Some(writer)), permits, pipeline: OnceLock::new() }),
        })
    }

    /// The configuration.
    pub fn config(&self) -> &ServerConfig {
        &self.inner.config
    }

    /// Runs `f` with a pooled read-only store on a blocking thread, under the query time limit.
    pub async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> detente_store::Result<T> + Send + 'static,
    ) -> Result<T, Problem> {
        let _permit = self.inner.permits.acquire().await.map_err(|_| Problem::unavailable("the server is shutting down"))?;
        let state = self.clone();
        let limit = self.inner.config.query_time_limit;
        let job = tokio::task::spawn_blocking(move || {
            let pooled = state.inner.readers.lock().ok().and_then(|mut p| p.pop());
            let mut store = match pooled {
                Some(s) => s,
                None => Store::open_read_only(&state.inner.config.db)?,
            };
            store.set_time_limit(Some(limit));
            let out = f(&store);
            if let Ok(mut p) = state.inner.readers.lock() {
                if p.len() < 16 {
                    p.push(store);
                }
            }
            out
        });
        match tokio::time::timeout(limit + Duration::from_secs(1), job).await {
            Ok(Ok(r)) => r.map_err(Problem::from),
            Ok(Err(e)) => Err(Problem::internal(format!("query task failed: {e}"))),
            Err(_) => Err(Problem::from(detente_store::StoreError::Timeout(limit))),
        }
    }

    /// Runs `f` with the writer store on a blocking thread (one write at a time).
    pub async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> detente_store::Result<T> + Send + 'static,
    ) -> Result<T, Problem> {
        let state = self.clone();
        let job = tokio::task::spawn_blocking(move || {
            let mut guard = state.inner.writer.lock().map_err(|_| Problem::internal("the writer is poisoned"))?;
            let store = match guard.as_mut() {
                Some(s) => s,
                None => return Err(Problem::internal("no writer")),
            };
            f(store).map_err(Problem::from)
        });
        job.await.map_err(|e| Problem::internal(format!("write task failed: {e}")))?
    }

    /// The coding pipeline, built on first use (it loads models and dictionaries).
    pub fn pipeline(&self) -> &Pipeline {
        self.inner.pipeline.get_or_init(detente_pipeline::default_pipeline)
    }
}

/// The whole application: the API under `/api` and the dashboard pages.
pub fn router(state: AppState) -> axum::Router {
    let limit = state.config().max_body_bytes;
    api::routes()
        .merge(dashboard::routes())
        .fallback(api::not_found)
        .layer(axum::extract::DefaultBodyLimit::max(limit))
        .with_state(state)
}

/// Serves the application on `addr` until the process ends; calls `ready` with the bound
/// address once listening (port 0 picks a free port).
pub async fn serve(config: ServerConfig, addr: &str, ready: impl FnOnce(SocketAddr)) -> Result<(), ServerError> {
    let state = AppState::new(config)?;
    let io = |source| ServerError::Io { addr: addr.to_string(), source };
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(io)?;
    ready(listener.local_addr().map_err(io)?);
    axum::serve(listener, router(state)).await.map_err(io)
}
