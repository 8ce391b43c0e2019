//! Time and place: dates and locations for events.
#![warn(missing_docs)]

use detente_core::{Document, Stage};

/// Finds temporal expressions and dates each event.
#[derive(Debug, Default)]
pub struct DateResolver;

impl Stage for DateResolver {
    fn name(&self) -> &'static str {
        "dates"
    }
    fn process(&self, _doc: &mut Document) {}
}

/// Finds place mentions, geocodes them, and places each event.
#[derive(Debug, Default)]
pub struct PlaceResolver;

impl Stage for PlaceResolver {
    fn name(&self) -> &'static str {
        "places"
    }
    fn process(&self, _doc: &mut Document) {}
}
