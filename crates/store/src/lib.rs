//! The embedded event store.
#![warn(missing_docs)]
