//! Coverage audit of the people dictionary (issue 4): for each country the coverage file
//! requires and each of four offices (head of state, head of government, foreign minister,
//! defence minister), the days of a window that no role with a matching title covers.
//!
//! Titles vary by country ("Emir", "Chancellor", "Secretary of State", "Minister of the
//! Armed Forces"), so roles are classified by title keywords ([`classify`]) plus titles the
//! coverage file adds per country. The coverage file (`dictionaries/coverage/people.toml`)
//! also declares offices that do not exist (no prime minister in the United States) and
//! offices held by another country's officeholder (the British monarch for Canada).
use crate::dictionary::parse_date;
use crate::matcher::ActorDictionary;
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The coverage file shipped with the binary.
const SHIPPED: &str = include_str!("../../../dictionaries/coverage/people.toml");

/// A problem in the coverage file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoverageError {
    /// The file is not valid TOML for the schema.
    #[error("coverage file: {0}")]
    Parse(String),
    /// An office name other than the four known ones.
    #[error("coverage file: {country}: unknown office {office:?}")]
    UnknownOffice {
        /// Country code of the entry.
        country: String,
        /// The office as written.
        office: String,
    },
    /// A date that is not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[error("coverage file: {country}: bad date {date:?}")]
    BadDate {
        /// Country code of the entry.
        country: String,
        /// The date as written.
        date: String,
    },
}

/// One of the four offices the audit checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Office {
    /// President, monarch, emir, supreme leader, junta chairman acting as head of state.
    HeadOfState,
    /// Prime minister, premier, chancellor, taoiseach.
    HeadOfGovernment,
    /// Foreign minister under any title.
    ForeignMinister,
    /// Defence minister under any title.
    DefenceMinister,
}

impl Office {
    /// The four offices, in report order.
    pub const ALL: [Office; 4] = [Office::HeadOfState, Office::HeadOfGovernment, Office::ForeignMinister, Office::DefenceMinister];

    /// The name used in the coverage file ("head_of_state").
    pub fn key(self) -> &'static str {
        match self {
            Office::HeadOfState => "head_of_state",
            Office::HeadOfGovernment => "head_of_government",
            Office::ForeignMinister => "foreign_minister",
            Office::DefenceMinister => "defence_minister",
        }
    }

    /// Short column label ("HoS").
    pub fn short(self) -> &'static str {
        match self {
            Office::HeadOfState => "HoS",
            Office::HeadOfGovernment => "HoG",
            Office::ForeignMinister => "FM",
            Office::DefenceMinister => "DM",
        }
    }

    /// Parses a coverage-file office name.
    pub fn from_key(s: &str) -> Option<Office> {
        Office::ALL.into_iter().find(|o| o.key() == s)
    }
}

/// Title beginnings per office (lower case, after "acting", "interim" and the like).
const HEAD_OF_STATE: &[&str] = &[
    "federal president",
    "king",
    "queen",
    "emperor",
    "emir",
    "amir",
    "sultan",
    "supreme leader",
    "head of state",
    "grand duke",
    "pope",
    "leader of the revolution",
    "chairman of the presidential council",
    "chairman of the presidential leadership council",
    "chairman of the sovereignty council",
    "chairman of the transitional military council",
    "chairman of the state peace and development council",
    "chairman of the supreme council of the armed forces",
    "chairman of the national transitional council",
    "chairman of the interim administration",
    "chairman of the state affairs commission",
    "chairman of the council of state",
    "president of the presidium",
    "president of the state affairs",
    "president of the council of state",
];
/// "President of the ..." phrases that are not heads of state.
const NOT_HEAD_OF_STATE: &[&str] = &[
    "senate", "assembly", "bundestag", "parliament", "european", "bank", "congress", "rally", "front", "court", "region", "council", "commission",
    "party", "m23", "committee",
];
const HEAD_OF_GOVERNMENT: &[&str] = &[
    "prime minister",
    "premier",
    "chancellor",
    "federal chancellor",
    "taoiseach",
    "head of government",
    "president of the government",
    "president of the council of ministers",
    "chairman of the council of ministers",
    "chief adviser of the",
    "state counsellor",
];
/// Head-of-government phrases that name something else.
const NOT_HEAD_OF_GOVERNMENT: &[&str] = &["chancellor of the exchequer", "chancellor of the duchy", "region", "mexico city", "buenos aires", "hamas", "houthi"];
const FOREIGN_MINISTER: &[&str] = &[
    "foreign minister",
    "foreign secretary",
    "federal foreign minister",
    "minister of foreign affairs",
    "minister for foreign affairs",
    "federal minister for foreign affairs",
    "minister of foreign relations",
    "minister of external affairs",
    "minister for external affairs",
    "external affairs minister",
    "secretary of foreign affairs",
    "secretary of foreign relations",
    "secretary of state for foreign",
    "minister of international relations",
    "minister for europe and foreign affairs",
    "minister of europe and foreign affairs",
    "minister of foreign and european affairs",
    "cabinet secretary for foreign affairs",
    "minister responsible for foreign affairs",
];
const DEFENCE_MINISTER: &[&str] = &[
    "defence minister",
    "defense minister",
    "defence secretary",
    "defense secretary",
    "minister of defence",
    "minister of defense",
    "minister for defence",
    "minister for defense",
    "minister of national defence",
    "minister of national defense",
    "minister for national defence",
    "federal minister of defence",
    "secretary of defense",
    "secretary of defence",
    "secretary of national defense",
    "secretary of national defence",
    "secretary of state for defence",
    "minister of the armed forces",
    "minister of the people's armed forces",
    "minister of the revolutionary armed forces",
];
/// Words before a title that do not change the office.
const QUALIFIERS: &[&str] = &["acting ", "interim ", "caretaker ", "transitional ", "de facto "];

/// True when `s` starts with `p` followed by the end of the string or a non-letter.
fn starts_word(s: &str, p: &str) -> bool {
    s.strip_prefix(p).is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
}

/// Lower case, without leading qualifiers ("Acting President" → "president").
fn normalize(title: &str) -> String {
    let mut s = title.trim().to_lowercase();
    while let Some(q) = QUALIFIERS.iter().find(|q| s.starts_with(**q)) {
        s = s[q.len()..].to_string();
    }
    s
}

fn classify_part(part: &str, out: &mut Vec<Office>) {
    let s = normalize(part);
    let any = |list: &[&str]| list.iter().any(|p| starts_word(&s, p));
    let contains = |list: &[&str]| list.iter().any(|w| s.contains(w));
    let president = starts_word(&s, "president") && !(s.starts_with("president of the") && contains(NOT_HEAD_OF_STATE));
    if any(HEAD_OF_STATE) || president {
        out.push(Office::HeadOfState);
    }
    if any(HEAD_OF_GOVERNMENT) && !contains(NOT_HEAD_OF_GOVERNMENT) {
        out.push(Office::HeadOfGovernment);
    }
    if any(FOREIGN_MINISTER) {
        out.push(Office::ForeignMinister);
    }
    if any(DEFENCE_MINISTER) {
        out.push(Office::DefenceMinister);
    }
}

/// The offices a role title names. A title joining offices ("King and Prime Minister",
/// "Deputy Prime Minister and Minister of Defence") names each of its parts' offices;
/// deputies, vice-holders, juniors and spokespeople name none.
pub fn classify(title: &str) -> Vec<Office> {
    let mut out = Vec::new();
    classify_part(title, &mut out);
    for part in title.split([';', '/', ',']).flat_map(|p| p.split(" and ")) {
        classify_part(part, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

/// The coverage file: the countries the people dictionary must cover.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoverageFile {
    /// Required countries.
    #[serde(default)]
    pub country: Vec<CountryConfig>,
}

/// One required country.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryConfig {
    /// ISO 3166-1 alpha-3 code, the first block of role codes ("USA" for "USAGOV").
    pub code: String,
    /// English short name.
    pub name: String,
    /// Why it is required: "G20", "P5", "news" (the most present in the news).
    #[serde(default)]
    pub groups: Vec<String>,
    /// Offices that do not exist, for the whole window or a period.
    #[serde(default)]
    pub absent: Vec<AbsentConfig>,
    /// Offices held by another country's officeholder (Canada's head of state is the
    /// British monarch).
    #[serde(default)]
    pub shared: Vec<SharedConfig>,
    /// Extra title beginnings per office for this country ("secretary of state" is the
    /// foreign minister only in the United States).
    #[serde(default)]
    pub titles: BTreeMap<String, Vec<String>>,
}

/// An office that does not exist (or was vacant by design) in a period.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AbsentConfig {
    /// Office key ("head_of_government").
    pub office: String,
    /// First day without the office; absent: the start of the window.
    #[serde(default)]
    pub from: Option<String>,
    /// Last day without the office; absent: the end of the window.
    #[serde(default)]
    pub to: Option<String>,
    /// Why.
    pub note: String,
}

/// An office filled by another country's officeholder.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedConfig {
    /// Office key.
    pub office: String,
    /// The country whose officeholder it is ("GBR").
    pub with: String,
    /// Why.
    pub note: String,
}

impl CoverageFile {
    /// Parses and validates a coverage file.
    pub fn parse(text: &str) -> Result<CoverageFile, CoverageError> {
        let f: CoverageFile = toml::from_str(text).map_err(|e| CoverageError::Parse(e.to_string()))?;
        for c in &f.country {
            let offices = c.absent.iter().map(|a| &a.office).chain(c.shared.iter().map(|s| &s.office)).chain(c.titles.keys());
            for o in offices {
                if Office::from_key(o).is_none() {
                    return Err(CoverageError::UnknownOffice { country: c.code.clone(), office: o.clone() });
                }
            }
            for d in c.absent.iter().flat_map(|a| a.from.iter().chain(a.to.iter())) {
                if parse_date(d).is_none() {
                    return Err(CoverageError::BadDate { country: c.code.clone(), date: d.clone() });
                }
            }
        }
        Ok(f)
    }

    /// The shipped coverage file (`dictionaries/coverage/people.toml`).
    pub fn shipped() -> Result<CoverageFile, CoverageError> {
        CoverageFile::parse(SHIPPED)
    }
}

/// Coverage of one office in one country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeCoverage {
    /// Country code.
    pub country: String,
    /// The office.
    pub office: Office,
    /// Uncovered periods (first and last day, inclusive), in order.
    pub gaps: Vec<(NaiveDate, NaiveDate)>,
    /// Days the office is declared absent (not counted as gaps).
    pub absent_days: i64,
}

impl OfficeCoverage {
    /// Number of uncovered days.
    pub fn gap_days(&self) -> i64 {
        self.gaps.iter().map(|(a, b)| (*b - *a).num_days() + 1).sum()
    }
}

/// Periods `[from, to]` per (role country, office) found in the people files.
type Spans = BTreeMap<(String, Office), Vec<(NaiveDate, NaiveDate)>>;

/// True for role codes that hold an office (government, military or bare country), not
/// opposition, rebels, legislators or former officeholders.
fn office_code(code: &str) -> bool {
    matches!(code.get(3..6).unwrap_or(""), "" | "GOV" | "MIL")
}

fn collect_spans(dict: &ActorDictionary, cov: &CoverageFile, start: NaiveDate, end: NaiveDate) -> Spans {
    let extra: BTreeMap<&str, &BTreeMap<String, Vec<String>>> = cov.country.iter().map(|c| (c.code.as_str(), &c.titles)).collect();
    let mut spans = Spans::new();
    for f in &dict.files {
        for p in &f.config.person {
            for r in &p.roles {
                if !office_code(&r.code) || r.code.len() < 3 {
                    continue;
                }
                let country = &r.code[..3];
                let title = r.title.as_deref().unwrap_or("");
                let mut offices = classify(title);
                if let Some(t) = extra.get(country) {
                    let lower = normalize(title);
                    for (k, list) in t.iter() {
                        if let Some(o) = Office::from_key(k) {
                            if list.iter().any(|x| starts_word(&lower, &x.to_lowercase())) {
                                offices.push(o);
                            }
                        }
                    }
                }
                let from = r.from.as_deref().and_then(parse_date).unwrap_or(start);
                let to = r.to.as_deref().and_then(parse_date).unwrap_or(end);
                for o in offices {
                    spans.entry((country.to_string(), o)).or_default().push((from, to));
                }
            }
        }
    }
    spans
}

/// Days of `[start, end]` not covered by `spans`, as merged periods.
fn uncovered(mut spans: Vec<(NaiveDate, NaiveDate)>, start: NaiveDate, end: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    spans.sort();
    let mut gaps = Vec::new();
    let mut next = start; // first day not yet known to be covered
    for (a, b) in spans {
        if next > end {
            break;
        }
        if b < next {
            continue;
        }
        if a > next {
            gaps.push((next, (a - chrono::Days::new(1)).min(end)));
        }
        next = next.max(b + chrono::Days::new(1));
    }
    if next <= end {
        gaps.push((next, end));
    }
    gaps
}

/// Audits `dict` against `cov` over `[start, end]`: one row per required country and office.
pub fn audit(dict: &ActorDictionary, cov: &CoverageFile, start: NaiveDate, end: NaiveDate) -> Vec<OfficeCoverage> {
    let spans = collect_spans(dict, cov, start, end);
    let mut rows = Vec::new();
    for c in &cov.country {
        for office in Office::ALL {
            let holder = c.shared.iter().find(|s| s.office == office.key()).map_or(c.code.as_str(), |s| s.with.as_str());
            let mut covered = spans.get(&(holder.to_string(), office)).cloned().unwrap_or_default();
            let absent: Vec<(NaiveDate, NaiveDate)> = c
                .absent
                .iter()
                .filter(|a| a.office == office.key())
                .map(|a| (a.from.as_deref().and_then(parse_date).unwrap_or(start), a.to.as_deref().and_then(parse_date).unwrap_or(end)))
                .collect();
            let absent_days = (start.max(end) - start).num_days() + 1 - uncovered(absent.clone(), start, end).iter().map(|(a, b)| (*b - *a).num_days() + 1).sum::<i64>();
            covered.extend(absent);
            rows.push(OfficeCoverage { country: c.code.clone(), office, gaps: uncovered(covered, start, end), absent_days });
        }
    }
    rows
}

/// A plain-text report: a country × office table of uncovered days, then the gaps.
pub fn report(cov: &CoverageFile, rows: &[OfficeCoverage], start: NaiveDate, end: NaiveDate) -> String {
    let mut out = String::new();
    let names: BTreeMap<&str, &str> = cov.country.iter().map(|c| (c.code.as_str(), c.name.as_str())).collect();
    let _ = writeln!(out, "people coverage {start} .. {end}: {} countries, uncovered days per office (- = declared absent all along)", cov.country.len());
    let _ = writeln!(out, "{:<5} {:<22} {:>6} {:>6} {:>6} {:>6}", "code", "country", "HoS", "HoG", "FM", "DM");
    let total_days = (end - start).num_days() + 1;
    for c in &cov.country {
        let cells: Vec<String> = Office::ALL
            .iter()
            .map(|o| match rows.iter().find(|r| r.country == c.code && r.office == *o) {
                Some(r) if r.absent_days >= total_days => "-".to_string(),
                Some(r) => r.gap_days().to_string(),
                None => "?".to_string(),
            })
            .collect();
        let _ = writeln!(out, "{:<5} {:<22} {:>6} {:>6} {:>6} {:>6}", c.code, c.name, cells[0], cells[1], cells[2], cells[3]);
    }
    let with_gaps: Vec<&OfficeCoverage> = rows.iter().filter(|r| !r.gaps.is_empty()).collect();
    let _ = writeln!(out, "{} of {} country-offices have gaps, {} days in all:", with_gaps.len(), rows.len(), with_gaps.iter().map(|r| r.gap_days()).sum::<i64>());
    for r in with_gaps {
        let list: Vec<String> = r.gaps.iter().map(|(a, b)| if a == b { a.to_string() } else { format!("{a}..{b}") }).collect();
        let _ = writeln!(out, "  {} {} {}: {}", r.country, names.get(r.country.as_str()).unwrap_or(&""), r.office.short(), list.join(", "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn titles_classify_by_keywords() {
        use Office::*;
        assert_eq!(classify("President"), [HeadOfState]);
        assert_eq!(classify("Acting President"), [HeadOfState]);
        assert!(classify("Vice President").is_empty());
        assert!(classify("President of the European Commission").is_empty());
        assert!(classify("President of the Senate").is_empty());
        assert_eq!(classify("King and Prime Minister"), [HeadOfState, HeadOfGovernment]);
        assert_eq!(classify("Vice President and Prime Minister; Ruler of Dubai"), [HeadOfGovernment]);
        assert!(classify("Deputy Prime Minister").is_empty());
        assert!(classify("Chancellor of the Exchequer").is_empty());
        assert!(classify("Vice Chancellor").is_empty());
        assert_eq!(classify("Federal Chancellor"), [HeadOfGovernment]);
        assert_eq!(classify("Premier"), [HeadOfGovernment]);
        assert!(classify("Vice Premier").is_empty());
        assert_eq!(classify("Deputy Prime Minister and Minister of Defence"), [DefenceMinister]);
        assert_eq!(classify("Minister for Europe and Foreign Affairs"), [ForeignMinister]);
        assert_eq!(classify("Minister of Foreign Affairs and Trade"), [ForeignMinister]);
        assert_eq!(classify("External Affairs Minister"), [ForeignMinister]);
        assert!(classify("Deputy Foreign Minister").is_empty());
        assert!(classify("Foreign Ministry Spokesperson").is_empty());
        assert!(classify("Minister of State for Foreign Affairs").is_empty());
        assert_eq!(classify("Secretary of Defense"), [DefenceMinister]);
        assert_eq!(classify("Minister of the Armed Forces"), [DefenceMinister]);
        assert!(classify("Deputy Secretary of Defense").is_empty());
        assert!(classify("Secretary of State").is_empty(), "only with a country's extra titles");
        assert_eq!(classify("Emir"), [HeadOfState]);
        assert!(classify("Crown Prince").is_empty());
        assert_eq!(classify("President of the Presidium of the Supreme People's Assembly"), [HeadOfState]);
        assert!(classify("President of the Houthi Supreme Political Council").is_empty());
    }

    #[test]
    fn gaps_are_the_uncovered_days() {
        let spans = vec![(d("2000-03-01"), d("2000-03-10")), (d("2000-03-11"), d("2000-03-20")), (d("2000-03-25"), d("2001-01-01"))];
        let g = uncovered(spans, d("2000-01-01"), d("2000-12-31"));
        assert_eq!(g, vec![(d("2000-01-01"), d("2000-02-29")), (d("2000-03-21"), d("2000-03-24"))]);
        assert_eq!(uncovered(vec![], d("2000-01-01"), d("2000-01-01")), vec![(d("2000-01-01"), d("2000-01-01"))]);
    }

    #[test]
    fn audit_uses_titles_absences_and_shared_offices() {
        let people = r#"
[[person]]
name = "A"
country = "XAA"
roles = [{ code = "USAGOV", title = "President", from = "2000-01-01", to = "2000-06-30" }, { code = "USAGOV", title = "Secretary of State", from = "2000-01-01" }]
[[person]]
name = "B"
country = "GBR"
roles = [{ code = "GBRGOV", title = "Queen", from = "1952-02-06" }]
"#;
        let dict = Arc::new(ActorDictionary::from_texts(vec![("t.toml".into(), people.into())]));
        let cov = CoverageFile::parse(
            r#"
[[country]]
code = "USA"
name = "United States"
absent = [{ office = "head_of_government", note = "presidential" }]
titles = { foreign_minister = ["secretary of state"] }
[[country]]
code = "CAN"
name = "Canada"
shared = [{ office = "head_of_state", with = "GBR", note = "the British monarch" }]
"#,
        )
        .unwrap();
        let rows = audit(&dict, &cov, d("2000-01-01"), d("2000-12-31"));
        let get = |c: &str, o: Office| rows.iter().find(|r| r.country == c && r.office == o).unwrap();
        assert_eq!(get("USA", Office::HeadOfState).gaps, vec![(d("2000-07-01"), d("2000-12-31"))]);
        assert!(get("USA", Office::HeadOfGovernment).gaps.is_empty());
        assert_eq!(get("USA", Office::HeadOfGovernment).absent_days, 366);
        assert!(get("USA", Office::ForeignMinister).gaps.is_empty());
        assert_eq!(get("USA", Office::DefenceMinister).gap_days(), 366);
        assert!(get("CAN", Office::HeadOfState).gaps.is_empty());
        assert!(report(&cov, &rows, d("2000-01-01"), d("2000-12-31")).contains("USA United States DM: 2000-01-01..2000-12-31"));
        assert!(matches!(CoverageFile::parse("[[country]]\ncode = \"X\"\nname = \"X\"\nabsent = [{ office = \"pm\", note = \"\" }]"), Err(CoverageError::UnknownOffice { .. })));
    }

    /// The audit of the shipped dictionaries (`cargo test -p detente-actors coverage -- --nocapture`
    /// prints it; `detente dictionaries coverage` prints the same).
    #[test]
    fn shipped_coverage_report() {
        let cov = CoverageFile::shipped().expect("the shipped coverage file parses");
        let (start, end) = (d("2000-01-01"), d("2025-10-01"));
        let rows = audit(&crate::shipped(), &cov, start, end);
        eprintln!("{}", report(&cov, &rows, start, end));
        assert_eq!(rows.len(), cov.country.len() * 4);
    }
}
