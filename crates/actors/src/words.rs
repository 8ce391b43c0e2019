//! The resolver's word lists, read from `dictionaries/actors/words.toml` (embedded): which words
//! make a city a place ("in Kyiv"), a weapon an actor only with a country ("missiles"), a capital
//! a target ("fired missiles at Kyiv"), and so on. Each list's comment in the file says what it
//! is for; the names are the `[words.NAME]` tables.
use crate::dictionary::{SourceFile, WordListConfig};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The file the lists come from, relative to the repository.
pub const WORDS_FILE: &str = "dictionaries/actors/words.toml";

const TEXT: &str = include_str!("../../../dictionaries/actors/words.toml");

/// A list of normalized words, in the file's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordList(Vec<String>);

impl WordList {
    /// True when `word` (normalized) is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.0.iter().any(|x| x == word)
    }
    /// The words, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }
}

/// A list of word pairs, in the file's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PairList(Vec<(String, String)>);

impl PairList {
    /// The second word of the first pair whose first word is `first`.
    pub fn get(&self, first: &str) -> Option<&str> {
        self.0.iter().find(|(a, _)| a == first).map(|(_, b)| b.as_str())
    }
    /// True when (`first`, `second`) is a pair of the list.
    pub fn has(&self, first: &str, second: &str) -> bool {
        self.0.iter().any(|(a, b)| a == first && b == second)
    }
}

macro_rules! word_lists {
    (words { $($w:ident),* $(,)? } pairs { $($p:ident),* $(,)? }) => {
        /// Every list the resolver reads, one field per `[words.NAME]` table of words.toml
        /// (see the file for what each is for).
        #[allow(missing_docs)]
        #[derive(Debug, Clone, Default)]
        pub struct ResolverWords {
            $(pub $w: WordList,)*
            $(pub $p: PairList,)*
        }

        /// Names of the lists of words the resolver reads.
        pub const WORD_LISTS: &[&str] = &[$(stringify!($w)),*];
        /// Names of the lists of pairs the resolver reads.
        pub const PAIR_LISTS: &[&str] = &[$(stringify!($p)),*];

        impl ResolverWords {
            /// Takes the lists from a file's `[words.NAME]` tables; `Err` names the first list
            /// missing, or given as the other kind (words for pairs).
            pub fn from_tables(tables: &BTreeMap<String, WordListConfig>) -> Result<ResolverWords, String> {
                let table = |name: &str| tables.get(name).ok_or_else(|| format!("no list [words.{name}]"));
                Ok(ResolverWords {
                    $($w: {
                        let t = table(stringify!($w))?;
                        if t.words.is_empty() { return Err(format!("[words.{}] has no words", stringify!($w))); }
                        WordList(t.words.clone())
                    },)*
                    $($p: {
                        let t = table(stringify!($p))?;
                        if t.pairs.is_empty() { return Err(format!("[words.{}] has no pairs", stringify!($p))); }
                        PairList(t.pairs.clone())
                    },)*
                })
            }
        }
    };
}

word_lists! {
    words {
        heads_of_state, legislature, locative, country_place, motion, visit_verbs, arrival_verbs, travel_verbs,
        departure_verbs, directions, speech, reporting, military_kinds, private_persons, former_parts, former,
        modifiers, against, toward_place, withdraw_from, taken_from, intercept_verbs, hosted_in, mission_verbs, aimed_at, place_parts, quantity,
        qualified, number_words, weapons_alone, arms, attack_nouns, facilities, facility_kinds, compass, compass_points,
        place_name_ends, not_names, held_by, organization_titles, harm_lemmas, settlers, abroad, weapon_goods,
        congress_countries, order_verbs, materiel, transfer_verbs, sports_roles, list_divisions, held_areas, land_edges,
        gatherings, protest_acts, denial_verbs, seat_words, party_object_verbs, approximators, name_heads,
        stateless_modifiers, strike_words, not_surnames,
    }
    pairs { destination_lemmas, title_offices, settled_lands, seats }
}

/// Parses the text of a words file into the resolver's lists.
pub fn parse(text: &str) -> Result<ResolverWords, String> {
    let file = SourceFile::parse(WORDS_FILE, text).map_err(|e| e.to_string())?;
    ResolverWords::from_tables(&file.config.words)
}

/// The shipped lists (parsed once). The file is embedded at build time and its loading is
/// tested (`shipped_lists_load`); were it ever broken, the lists are empty and the check fails.
pub fn lists() -> &'static ResolverWords {
    static WORDS: OnceLock<ResolverWords> = OnceLock::new();
    WORDS.get_or_init(|| parse(TEXT).unwrap_or_default())
}

/// The problem with the shipped lists, if any (run by the actors check).
pub fn shipped_problem() -> Option<String> {
    parse(TEXT).err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_lists_load() {
        assert_eq!(shipped_problem(), None);
        let w = lists();
        assert!(w.arms.contains("missiles") && !w.arms.contains("helicopters"));
        assert!(w.weapons_alone.contains("air strikes"));
        assert_eq!(w.title_offices.get("sen"), Some("senat"));
        assert!(w.destination_lemmas.has("arrive", "in") && !w.destination_lemmas.has("arrive", "to"));
    }

    #[test]
    fn a_missing_or_empty_list_is_named() {
        let err = parse("[words.arms]\nwords = [\"missiles\"]\n").unwrap_err();
        assert!(err.starts_with("no list [words."), "{err}");
        let mut text = TEXT.replace("[words.compass]\nwords = ", "[words.compass]\nwords = []\nold = ");
        assert!(parse(&text).unwrap_err().contains("[words.compass] has no words"));
        text = TEXT.replace("[words.title_offices]\npairs", "[words.title_offices]\nwords = [\"x\"]\nold");
        assert!(parse(&text).unwrap_err().contains("[words.title_offices] has no pairs"));
    }
}
