//! The plain data that flows between detente's pipeline stages.
//!
//! A [`Document`] owns flat vectors of [`Sentence`]s, [`Token`]s, [`Mention`]s,
//! [`Event`]s and the time and place expressions found in it. Every offset is a
//! [`TextRange`] of bytes into [`Document::text`], the clean text shown to users;
//! no stage after cleaning changes the text or its offsets.
//!
//! Stages implement [`Stage`] and annotate the document in place:
//! ingest → sentences/tokens → tagger/lemmatizer/parser → actors → events → dates/places.
//! [`EventRecord`] is the event as the output contract (`shared/contracts`) spells it.
#![warn(missing_docs)]

mod actor;
mod document;
mod event;
mod range;
mod record;
mod stage;
mod token;

pub use actor::{is_role_block, Actor, Mention, MentionKind};
pub use document::{Diagnostic, Document, Place, Sentence};
pub use event::{EventDate, DatePrecision, Event, Location, Modality, Participant, Plover, PlaceMention, TimeExpr};
pub use range::TextRange;
pub use record::{fnv1a, EventRecord, ParticipantRecord, PloverRecord, EvidenceRecord, LocationRecord, CSV_HEADER};
pub use stage::{Pipeline, Stage};
pub use token::{DepRel, Token, Upos, Xpos, DEPRELS, XPOS_TAGS};
