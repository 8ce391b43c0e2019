use crate::TextRange;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A CAMEO actor: a code such as "USAGOV" (country + role blocks) or "IGOUNO",
/// with the country it belongs to and its primary sector.
///
/// ```
/// use detente_core::Actor;
/// let a = Actor::new("USAGOV", "Antony Blinken");
/// assert_eq!(a.country.as_deref(), Some("USA"));
/// assert_eq!(a.sector.as_deref(), Some("GOV"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Actor {
    /// Full CAMEO actor code ("USAGOV", "CHNCOP", "PSEREB", "IGOUNO").
    pub code: String,
    /// ISO 3166-1 alpha-3 country the actor belongs to, if any.
    pub country: Option<String>,
    /// First role block after the country ("GOV", "MIL"), if any.
    pub sector: Option<String>,
    /// Canonical name ("Antony Blinken", "China").
    pub name: String,
}

/// Codes that begin a CAMEO actor code but are not countries.
const NON_COUNTRY_PREFIXES: &[&str] = &["IGO", "NGO", "IMG", "MNC", "UIS", "NGM", "INT", "AFR", "ASA", "EUR", "MEA", "WST", "SAM", "NMR", "CAU", "SCN", "BLK", "LAM", "CAS", "CRB", "SEA", "SAS", "EAF", "WAF", "NAF", "SAF", "EEU", "WEU", "PGS", "MDT", "ARB"];

impl Actor {
    /// Builds an actor from a code, deriving country and sector by CAMEO's
    /// 3-letter blocks: a leading ISO3 country, then role blocks.
    pub fn new(code: impl Into<String>, name: impl Into<String>) -> Self {
        let code = code.into();
        let (country, sector) = Self::split_code(&code);
        Actor { code, country, sector, name: name.into() }
    }

    /// Splits a code into (country, sector). "USAGOV" → (USA, GOV); "IGOUNO" → (None, IGO);
    /// "CHN" → (CHN, None); "GOV" → (None, GOV).
    pub fn split_code(code: &str) -> (Option<String>, Option<String>) {
        if code.len() < 3 || !code.is_char_boundary(3) {
            return (None, None);
        }
        let first = &code[..3];
        let rest = &code[3..];
        let second = (rest.len() >= 3 && rest.is_char_boundary(3)).then(|| rest[..3].to_string());
        if NON_COUNTRY_PREFIXES.contains(&first) {
            return (None, Some(first.to_string()));
        }
        if is_role_block(first) {
            return (None, Some(first.to_string()));
        }
        (Some(first.to_string()), second)
    }
}

/// True for a CAMEO role (sector) block such as GOV, MIL, COP, REB.
pub fn is_role_block(s: &str) -> bool {
    matches!(
        s,
        "GOV" | "MIL" | "COP" | "OPP" | "REB" | "BUS" | "MED" | "CVL" | "REF" | "LEG" | "JUD" | "EDU" | "HLH"
            | "LAB" | "REL" | "AGR" | "CRM" | "ELI" | "SPY" | "IGO" | "NGO" | "INS" | "SEP" | "UAF" | "MOD" | "RAD"
            | "PTY" | "IMG" | "ENV" | "HRI" | "DEV" | "MNC" | "SET" | "CHR" | "MOS" | "JEW" | "BUD" | "HIN"
    )
}

/// How a mention names its actor; coreference and event rules treat kinds differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MentionKind {
    /// A proper name ("Antony Blinken", "China", "NATO").
    #[default]
    Name,
    /// An adjective or demonym ("Chinese", "Israeli").
    Demonym,
    /// A capital or seat of government standing for its government ("Beijing", "the Kremlin").
    Metonym,
    /// A title or role phrase ("the secretary", "Japan's prime minister").
    Title,
    /// A generic agent phrase ("protesters", "police").
    Agent,
    /// A pronoun resolved by coreference ("he", "they").
    Pronoun,
    /// A short or repeated name resolved by coreference ("Blinken" after "Antony Blinken").
    Coreference,
    /// A place visited ("arrived in Amman", "flew to Moscow", "visited Dhaka"): its country is
    /// the counterpart of a visit, not an actor. The event coder takes it only as the target of
    /// a visit or a hosting (CAMEO 042, 043, and 036 for an intended visit); the actors gold and
    /// coreference leave it out.
    Destination,
    /// A city or capital named as a place ("strikes on targets in Jericho", "killed in Aleppo"):
    /// its country is where an act happened, not an actor. The event coder takes it only as the
    /// country an act of violence was done in (CAMEO roots 18-20); the actors gold and
    /// coreference leave it out.
    Place,
}

impl MentionKind {
    /// True for a mention that names an actor in its own right: every kind but
    /// [`MentionKind::Destination`] and [`MentionKind::Place`].
    ///
    /// ```
    /// use detente_core::MentionKind;
    /// assert!(MentionKind::Metonym.is_actor());
    /// assert!(!MentionKind::Destination.is_actor());
    /// assert!(!MentionKind::Place.is_actor());
    /// ```
    pub fn is_actor(self) -> bool {
        !matches!(self, MentionKind::Destination | MentionKind::Place)
    }
}

/// A span of text that refers to an actor, with the resolution and the rule behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Where the mention is in the clean text.
    pub range: TextRange,
    /// Its tokens, as indices into the document's tokens.
    pub tokens: Range<u32>,
    /// The syntactic head token (the one the parse attaches to a verb).
    pub head: u32,
    /// The resolved actor.
    pub actor: Actor,
    /// How the mention names the actor.
    pub kind: MentionKind,
    /// Which dictionary entry or rule produced it ("dictionaries/people.toml:812").
    pub rule: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destination_serializes_kebab_case_and_is_no_actor() {
        assert_eq!(serde_json::to_string(&MentionKind::Destination).unwrap(), "\"destination\"");
        assert_eq!(serde_json::from_str::<MentionKind>("\"destination\"").unwrap(), MentionKind::Destination);
        assert!(!MentionKind::Destination.is_actor());
        assert!(MentionKind::Name.is_actor() && MentionKind::Pronoun.is_actor());
    }

    #[test]
    fn namibia_is_a_country_and_north_america_a_region() {
        // CAMEO's region code for North America is NMR; NAM is Namibia.
        assert_eq!(Actor::split_code("NAMGOV"), (Some("NAM".into()), Some("GOV".into())));
        assert_eq!(Actor::split_code("NMR").0, None);
    }
}
