//! Actor dictionary files: their schema (TOML), loading with file:line places, and the
//! compiled entries the matcher and the resolver share.
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// A problem in a dictionary file, with the place it was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct DictionaryError {
    /// File, relative to the repository ("dictionaries/actors/countries.toml").
    pub file: String,
    /// 1-based line (of the entry's table header when the entry is at fault).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// One dictionary file as written: `[[actor]]`, `[[person]]`, `[[agent]]` and `[[ignore]]`
/// tables, and the resolver's `[words.NAME]` lists.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FileConfig {
    /// Countries, organizations, groups, metonyms.
    #[serde(default)]
    pub actor: Vec<ActorConfig>,
    /// People with dated roles.
    #[serde(default)]
    pub person: Vec<PersonConfig>,
    /// Role words that give a sector ("police" → COP).
    #[serde(default)]
    pub agent: Vec<AgentConfig>,
    /// Phrases that are never actors and hide the names inside them ("Taiwan Strait").
    #[serde(default)]
    pub ignore: Vec<IgnoreConfig>,
    /// The resolver's word lists by name (`[words.locative]`, in words.toml).
    #[serde(default)]
    pub words: BTreeMap<String, WordListConfig>,
    /// Keys the schema does not know (reported by the lint).
    #[serde(flatten)]
    pub extra: BTreeMap<String, toml::Value>,
}

/// An example sentence an entry carries, with the code it must yield.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Example {
    /// A news-like sentence.
    pub text: String,
    /// An actor code that must be among the sentence's mentions.
    pub expect: String,
    /// Article date for dated roles (YYYY-MM-DD), optional.
    #[serde(default)]
    pub date: Option<String>,
}

/// A country, organization, group or seat of government.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ActorConfig {
    /// CAMEO code ("CHN", "IGOUNO", "PSEREB", "USAMIL").
    pub code: String,
    /// Proper names and abbreviations; the first is canonical.
    #[serde(default)]
    pub names: Vec<String>,
    /// Adjectives and demonyms, singular and plural ("Chinese", "Israelis").
    #[serde(default)]
    pub adjectives: Vec<String>,
    /// Capitals whose name stands for the government (code + "GOV" for a country).
    #[serde(default)]
    pub capitals: Vec<String>,
    /// Seats of government and other buildings standing for `code` ("Kremlin").
    #[serde(default)]
    pub metonyms: Vec<String>,
    /// Other cities of the country (actors only when they act).
    #[serde(default)]
    pub cities: Vec<String>,
    /// Home country for organizations and groups ("PSE" for Hamas).
    #[serde(default)]
    pub country: Option<String>,
    /// Dated codes, when the actor's role changed (the Taliban: AFGREB, then AFGGOV from
    /// 2021-08-15); outside every role the entry's `code` holds.
    #[serde(default)]
    pub roles: Vec<RoleConfig>,
    /// Where the facts come from.
    #[serde(default)]
    pub source: Option<String>,
    /// Sentences with expected codes, run by `detente dictionaries check`.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Unknown keys (lint).
    #[serde(flatten)]
    pub extra: BTreeMap<String, toml::Value>,
}

/// One dated role of a person.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RoleConfig {
    /// CAMEO code held in the role ("USAGOV").
    pub code: String,
    /// Title ("Secretary of State").
    #[serde(default)]
    pub title: Option<String>,
    /// First day (YYYY-MM-DD).
    #[serde(default)]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD); absent while in office.
    #[serde(default)]
    pub to: Option<String>,
    /// True when the dates are approximate (to the month or so).
    #[serde(default)]
    pub approx: bool,
    /// Unknown keys (lint).
    #[serde(flatten)]
    pub extra: BTreeMap<String, toml::Value>,
}

/// A person with dated roles (the people schema).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PersonConfig {
    /// Canonical full name.
    pub name: String,
    /// Other full-name spellings.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// ISO3 home country.
    #[serde(default)]
    pub country: Option<String>,
    /// Family name, for a surname-first country (CHN, TWN, KOR, PRK, HKG, MAC) when the
    /// canonical name is in given-name-first order ("Lee" for "John Lee"); else the
    /// canonical name's first word is taken.
    #[serde(default)]
    pub family: Option<String>,
    /// Roles with dates.
    #[serde(default)]
    pub roles: Vec<RoleConfig>,
    /// Where the facts come from.
    #[serde(default)]
    pub source: Option<String>,
    /// Sentences with expected codes.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Unknown keys (lint).
    #[serde(flatten)]
    pub extra: BTreeMap<String, toml::Value>,
}

/// Role words that turn a country into a sector actor.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AgentConfig {
    /// CAMEO sector block ("GOV", "MIL", "COP").
    pub sector: String,
    /// Words and phrases, lower case, singular and plural.
    pub words: Vec<String>,
    /// True when the words name one person's office ("president", "spokesperson"),
    /// so "the president" can refer back to a person.
    #[serde(default)]
    pub person: bool,
    /// False when the words are actors only with a country ("Chinese people", not "people").
    #[serde(default = "yes")]
    pub alone: bool,
    /// Nouns of people or bodies the words must modify to name an actor when no country is
    /// attached to them ("intelligence officers", "the intelligence agency"): empty for words
    /// that are actors wherever the sentence gives them a country. Without one ("shared
    /// intelligence on Iran", "artificial intelligence chips") the words name information or a
    /// thing, no actor; a capitalized word inside a proper name ("the National Intelligence
    /// Service") needs none.
    #[serde(default)]
    pub heads: Vec<String>,
    /// True when the words are agents only capitalized, as the head word of an organization's
    /// proper name ("the Neighborhood Association", "the Department of Education"), not in
    /// running text ("a free association", "the department store").
    #[serde(default)]
    pub capitalized: bool,
    /// Where the mapping comes from (the CAMEO actor codebook section).
    #[serde(default)]
    pub source: Option<String>,
    /// Sentences with expected codes.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Unknown keys (lint).
    #[serde(flatten)]
    pub extra: BTreeMap<String, toml::Value>,
}

fn yes() -> bool {
    true
}

/// Phrases that contain actor names but are not actors (seas, straits, regions).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct IgnoreConfig {
    /// The phrases.
    pub names: Vec<String>,
    /// Why, or where from.
    #[serde(default)]
    pub source: Option<String>,
    /// Unknown keys (lint).
    #[serde(flatten)]
    pub extra: BTreeMap<String, toml::Value>,
}

/// One of the resolver's word lists (`[words.NAME]`): words, or pairs of words.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct WordListConfig {
    /// Normalized words and phrases (lower case).
    #[serde(default)]
    pub words: Vec<String>,
    /// Pairs of normalized words (a lemma and its preposition, a title and its office word).
    #[serde(default)]
    pub pairs: Vec<(String, String)>,
    /// Unknown keys (lint).
    #[serde(flatten)]
    pub extra: BTreeMap<String, toml::Value>,
}

/// One parsed dictionary file with its text, kept for lints and line numbers.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the repository root ("dictionaries/actors/agents.toml").
    pub path: String,
    /// The parsed tables.
    pub config: FileConfig,
    /// 1-based line of each `[[actor]]` header, in order.
    pub actor_lines: Vec<usize>,
    /// 1-based line of each `[[person]]` header, in order.
    pub person_lines: Vec<usize>,
    /// 1-based line of each `[[agent]]` header, in order.
    pub agent_lines: Vec<usize>,
    /// 1-based line of each `[[ignore]]` header, in order.
    pub ignore_lines: Vec<usize>,
    /// Each `[words.NAME]` header: the name, its 1-based line, and whether a comment stands
    /// right above it (saying what the list is for).
    pub word_lines: Vec<(String, usize, bool)>,
    /// The file's opening comment mentions its sources.
    header_source: bool,
}

/// Lines (1-based) where `[[table]]` headers start.
fn header_lines(text: &str, table: &str) -> Vec<usize> {
    let header = format!("[[{table}]]");
    text.lines().enumerate().filter(|(_, l)| l.trim_start().starts_with(&header)).map(|(i, _)| i + 1).collect()
}

/// The `[words.NAME]` headers of `text`: name, 1-based line, commented above.
fn word_headers(text: &str) -> Vec<(String, usize, bool)> {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let name = l.trim().strip_prefix("[words.")?.strip_suffix(']')?;
            Some((name.trim().to_string(), i + 1, i > 0 && lines[i - 1].trim_start().starts_with('#')))
        })
        .collect()
}

impl SourceFile {
    /// Parses one file's text; `path` names it in errors and rules.
    pub fn parse(path: &str, text: &str) -> Result<SourceFile, DictionaryError> {
        let config: FileConfig = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1).unwrap_or(1);
            DictionaryError { file: path.to_string(), line, message: e.message().trim().to_string() }
        })?;
        Ok(SourceFile {
            path: path.to_string(),
            actor_lines: header_lines(text, "actor"),
            person_lines: header_lines(text, "person"),
            agent_lines: header_lines(text, "agent"),
            ignore_lines: header_lines(text, "ignore"),
            word_lines: word_headers(text),
            header_source: text.lines().take_while(|l| l.trim_start().starts_with('#') || l.trim().is_empty()).any(|l| l.to_lowercase().contains("source")),
            config,
        })
    }
    /// The rule string of entry `i` of `lines` ("dictionaries/actors/x.toml:12").
    pub fn rule(&self, lines: &[usize], i: usize) -> String {
        format!("{}:{}", self.path, lines.get(i).copied().unwrap_or(0))
    }
}

/// The dictionary files shipped in the binary: (path relative to the repository, text).
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    include!(concat!(env!("OUT_DIR"), "/embedded_actors.rs"))
}

/// Reads every `*.toml` under `dir` (recursively); paths are reported as `prefix/relative`.
pub fn read_dir_files(dir: &Path, prefix: &str) -> Result<Vec<(String, String)>, DictionaryError> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let rd = std::fs::read_dir(&d)
            .map_err(|e| DictionaryError { file: d.display().to_string(), line: 0, message: e.to_string() })?;
        for ent in rd.flatten() {
            let p = ent.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                let text = std::fs::read_to_string(&p)
                    .map_err(|e| DictionaryError { file: p.display().to_string(), line: 0, message: e.to_string() })?;
                let rel = p.strip_prefix(dir).unwrap_or(&p).to_string_lossy().replace('\\', "/");
                out.push((format!("{prefix}/{rel}"), text));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Parses a date written `YYYY-MM-DD`, `YYYY-MM` (first day) or `YYYY` (1 January).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").ok())
        .or_else(|| NaiveDate::parse_from_str(&format!("{s}-01-01"), "%Y-%m-%d").ok())
}

/// A person's role, compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// CAMEO code held.
    pub code: String,
    /// Title, lower-cased ("secretary of state").
    pub title: String,
    /// First day, if known.
    pub from: Option<NaiveDate>,
    /// Last day; `None` while in office.
    pub to: Option<NaiveDate>,
}

impl Role {
    /// True when the role covers `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

/// The role a person holds on `date` (the latest-starting one if several), or, with no
/// date, the open role (else the latest). `None` when the date is outside every role.
pub fn role_at(roles: &[Role], date: Option<NaiveDate>) -> Option<&Role> {
    match date {
        Some(d) => roles.iter().filter(|r| r.covers(d)).max_by_key(|r| r.from),
        None => roles.iter().filter(|r| r.to.is_none()).max_by_key(|r| r.from).or_else(|| roles.iter().max_by_key(|r| r.to)),
    }
}

/// True for a well-formed CAMEO actor code: 3-letter upper-case blocks.
pub fn is_well_formed_code(code: &str) -> bool {
    !code.is_empty() && code.len().is_multiple_of(3) && code.bytes().all(|b| b.is_ascii_uppercase())
}

impl SourceFile {
    /// True when the file's opening comment names its sources ("# Sources: ...").
    pub fn has_header_source(&self) -> bool {
        self.header_source
    }
}
