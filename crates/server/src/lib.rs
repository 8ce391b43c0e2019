//! HTTP API and dashboard.
#![warn(missing_docs)]
