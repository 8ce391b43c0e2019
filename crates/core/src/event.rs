use crate::{Actor, TextRange};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How certain the text is that the event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// It happened ("shot down", "met").
    #[default]
    Asserted,
    /// Announced, planned or promised ("will travel", "agreed to send").
    Intended,
    /// Said not to have happened ("did not meet").
    Negated,
    /// Conditional or possible ("if ... would attack", "could impose").
    Hypothetical,
}

impl Modality {
    /// The contract's spelling ("asserted").
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Intended => "intended",
            Modality::Negated => "negated",
            Modality::Hypothetical => "hypothetical",
        }
    }
    /// Parses the contract's spelling.
    pub fn parse(s: &str) -> Option<Modality> {
        [Modality::Asserted, Modality::Intended, Modality::Negated, Modality::Hypothetical].into_iter().find(|m| m.as_str() == s)
    }
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// A specific day.
    Day,
    /// A month (the date is its first day).
    Month,
    /// A year (the date is 1 January).
    Year,
    /// No date in the text: the article's publication date was used.
    #[default]
    Article,
}

impl DatePrecision {
    /// The contract's spelling ("day").
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Article => "article",
        }
    }
}

/// When an event happened: a date with its precision, and an end for ranges ("April 24-26").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// First day (for month/year precision, the first day of the period).
    pub date: NaiveDate,
    /// Last day of a range, when the text gives one.
    pub end: Option<NaiveDate>,
    /// How precisely the text fixes it.
    pub precision: DatePrecision,
}

/// A temporal expression found in the text and what it resolved to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// Where the expression is ("earlier this month").
    pub range: TextRange,
    /// The sentence it is in.
    pub sentence: u32,
    /// The resolution, if one could be made.
    pub value: Option<EventDate>,
    /// The rule that recognized and resolved it.
    pub rule: String,
}

/// A geocoded place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Place name ("Beijing").
    pub name: String,
    /// ISO3 country code.
    pub country: Option<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// GeoNames id, when the place has one.
    pub geonames_id: Option<u64>,
}

/// A place mention found in the text and what it resolved to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceMention {
    /// Where the mention is.
    pub range: TextRange,
    /// The sentence it is in.
    pub sentence: u32,
    /// The chosen place, if any.
    pub location: Option<Location>,
    /// Why this place was chosen (rule or evidence).
    pub rule: String,
}

/// The PLOVER event type and mode for a CAMEO code.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Plover {
    /// PLOVER event type ("CONSULT", "ASSAULT").
    pub event_type: String,
    /// PLOVER mode, where one applies ("phone", "visit").
    pub mode: Option<String>,
}

/// An actor taking part in an event, with the text that names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// The resolved actor.
    pub actor: Actor,
    /// Where the actor is named in the clean text (the whole mention).
    pub range: TextRange,
}

/// A coded event: who did what to whom, with the evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Index of the sentence that is the evidence.
    pub sentence: u32,
    /// Who acted.
    pub source: Participant,
    /// Who was acted upon, if anyone.
    pub target: Option<Participant>,
    /// Full CAMEO event code ("036", "1122").
    pub cameo: String,
    /// Goldstein scale value of the code, -10 (conflict) to +10 (cooperation).
    pub goldstein: f32,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// PLOVER type and mode.
    pub plover: Plover,
    /// Asserted, intended, negated or hypothetical.
    pub modality: Modality,
    /// The event's verb or event noun in the clean text.
    pub verb: TextRange,
    /// The pattern or model that fired ("patterns/visit.toml:12").
    pub rule: String,
    /// When it happened (filled by the date stage).
    pub date: Option<EventDate>,
    /// Where it happened (filled by the place stage).
    pub location: Option<Location>,
    /// Confidence in [0, 1].
    pub confidence: f32,
}
