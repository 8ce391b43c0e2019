//! `detente actors lookup`: what a name resolves to on a date, and why.
use crate::dictionary::role_at;
use crate::matcher::{ActorDictionary, EntryKind, Form};
use crate::resolver::DictionaryResolver;
use chrono::NaiveDate;
use std::sync::Arc;

/// One reading of a looked-up name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupResult {
    /// The CAMEO code on the date.
    pub code: String,
    /// The entry's canonical name.
    pub name: String,
    /// Where the entry is written.
    pub rule: String,
    /// Why this code (role and dates, form of the name).
    pub why: String,
}

/// Looks `text` up: exact dictionary readings first (every namesake, with the role held
/// on `date`); if there are none, the text is resolved as a sentence ("Chinese coast
/// guard", "Russia's foreign ministry").
pub fn lookup(dict: &Arc<ActorDictionary>, text: &str, date: Option<NaiveDate>) -> Vec<LookupResult> {
    let mut out = Vec::new();
    for h in dict.hits_of(text) {
        let e = &dict.entries[h.entry as usize];
        let why = match e.kind {
            EntryKind::Person => match role_at(&e.roles, date) {
                Some(r) => format!(
                    "{} as {} ({}..{}){}",
                    if h.form == Form::Surname { "surname of a person" } else { "person" },
                    if r.title.is_empty() { r.code.as_str() } else { r.title.as_str() },
                    r.from.map(|d| d.to_string()).unwrap_or_default(),
                    r.to.map(|d| d.to_string()).unwrap_or_default(),
                    date.map(|d| format!(", role held on {d}")).unwrap_or_else(|| ", current role (no date given)".into())
                ),
                None => format!(
                    "person outside every listed role{}: country {} + ELI (elite)",
                    date.map(|d| format!(" on {d}")).unwrap_or_default(),
                    e.country.as_deref().unwrap_or("?")
                ),
            },
            EntryKind::Agent => format!("agent word: sector {} (needs a country to be a full actor)", e.code),
            _ => format!("{:?} of {}", h.form, e.name).to_lowercase().replace("capital of", "capital standing for the government of").replace("metonym of", "seat of government/metonym of"),
        };
        out.push(LookupResult { code: e.code_at(date), name: e.name.clone(), rule: e.rule.clone(), why });
    }
    if out.is_empty() {
        let mut doc = crate::simple::document(text, date);
        DictionaryResolver::new(dict.clone()).resolve(&mut doc);
        for m in &doc.mentions {
            out.push(LookupResult {
                code: m.actor.code.clone(),
                name: m.actor.name.clone(),
                rule: m.rule.clone(),
                why: format!("resolved in context from {:?} ({:?})", doc.slice(m.range), m.kind).to_lowercase(),
            });
        }
    }
    out
}
