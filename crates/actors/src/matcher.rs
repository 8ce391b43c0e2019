//! The compiled dictionary: every name, adjective, metonym, surname and agent word as a
//! space-delimited normalized word sequence in one Aho-Corasick automaton.
use crate::dictionary::{
    embedded_files, is_well_formed_code, parse_date, read_dir_files, role_at, DictionaryError, Role, SourceFile,
};
use aho_corasick::{AhoCorasick, MatchKind};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A country or territory (3-letter code).
    Country,
    /// An organization, group, party, or a seat of government with its own code.
    Organization,
    /// A person with dated roles.
    Person,
    /// A role word giving a sector.
    Agent,
    /// A phrase that is not an actor ("Taiwan Strait").
    NotActor,
}

/// One compiled dictionary entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// CAMEO code (for agents, the sector block; for people, the home country).
    pub code: String,
    /// Canonical name.
    pub name: String,
    /// What it is.
    pub kind: EntryKind,
    /// Where it is written ("dictionaries/actors/countries.toml:12").
    pub rule: String,
    /// Dated roles (people only).
    pub roles: Vec<Role>,
    /// Home country (people, groups), when known.
    pub country: Option<String>,
    /// For agents: the words name one person's office ("president").
    pub person_title: bool,
    /// For agents: an actor even without a country ("police said").
    pub alone: bool,
    /// For agents: the nouns the words must modify to be an actor with no country attached
    /// ("intelligence officers"; see `AgentConfig::heads`). Empty for most.
    pub heads: Vec<String>,
}

impl Entry {
    /// The code of a person on `date`: the role's code, or country + "ELI" outside every role.
    pub fn code_at(&self, date: Option<NaiveDate>) -> String {
        if self.kind != EntryKind::Person {
            return role_at(&self.roles, date).filter(|_| date.is_some()).map(|r| r.code.clone()).unwrap_or_else(|| self.code.clone());
        }
        match role_at(&self.roles, date) {
            Some(r) => r.code.clone(),
            None => format!("{}ELI", self.country.as_deref().unwrap_or("")),
        }
    }
    /// True when a person holds a role on `date` (or an open role when there is no date).
    pub fn active_at(&self, date: Option<NaiveDate>) -> bool {
        role_at(&self.roles, date).is_some() && (date.is_some() || self.roles.iter().any(|r| r.to.is_none()))
    }
}

/// How a pattern names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    /// Full name of a person (highest priority).
    PersonName,
    /// Proper name of a country or organization.
    Name,
    /// Adjective or demonym.
    Adjective,
    /// Plural demonym naming a country's people ("Israelis"): country + CVL.
    People,
    /// Seat of government or building with its own code ("Kremlin", "Pentagon").
    Metonym,
    /// Capital standing for its country's government ("Beijing").
    Capital,
    /// Another city.
    City,
    /// Role word.
    Agent,
    /// A person's surname alone (needs the full name earlier or an unambiguous surname).
    Surname,
    /// Not an actor: hides shorter names inside it.
    Ignore,
}

/// How the matched text's letter case must look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Any case ("police", "Police").
    Any,
    /// First letter upper case ("China").
    Capitalized,
    /// Exactly as written, ignoring dots ("US", "U.S." but not "us").
    Exact,
}

/// One reading of a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`ActorDictionary::entries`].
    pub entry: u32,
    /// How the pattern names it.
    pub form: Form,
    /// Case requirement.
    pub case: Case,
}

#[derive(Debug, Clone, Default)]
struct Pattern {
    /// Letters of the alias for exact-case checks (dots and spaces removed).
    exact: Box<str>,
    hits: Vec<Hit>,
}

/// Lower-cases and folds one word into `out`: accents folded, curly quotes straightened,
/// inner dots dropped ("U.S." → "us"); a word of punctuation only is kept as is.
pub fn normalize_word(word: &str, out: &mut String) {
    let start = out.len();
    for c in word.chars() {
        // ASCII, nearly every letter of news text, needs no table.
        if c.is_ascii() {
            match c {
                '.' => {}
                '`' => out.push('\''),
                _ => out.push(c.to_ascii_lowercase()),
            }
            continue;
        }
        let c = match c {
            '’' | '‘' => '\'',
            // (Latin-1 and Latin Extended-A letters with diacritics, both cases: "Erdoğan",
            // "ERDOĞAN", "İzmir", "Đukanović", "Ţepeş" match their plain spelling.)
            'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => 'a',
            'Ç' | 'ç' | 'Ć'..='č' => 'c',
            'Ď'..='đ' => 'd',
            'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => 'e',
            'Ĝ'..='ģ' => 'g',
            'Ĥ'..='ħ' => 'h',
            'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => 'i',
            'Ĵ' | 'ĵ' => 'j',
            'Ķ' | 'ķ' => 'k',
            'Ĺ'..='ł' => 'l',
            'Ñ' | 'ñ' | 'Ń'..='ň' => 'n',
            'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => 'o',
            'Ŕ'..='ř' => 'r',
            'Ś'..='š' | 'Ș' | 'ș' => 's',
            'Ţ'..='ŧ' | 'Ț' | 'ț' => 't',
            'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => 'u',
            'Ŵ' | 'ŵ' => 'w',
            'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => 'y',
            'Ź'..='ž' => 'z',
            c => c,
        };
        for l in c.to_lowercase() {
            out.push(l);
        }
    }
    if out.len() == start {
        out.push_str(word);
    }
}

/// Splits one token's text into words the way aliases are split: at hyphens between
/// letters ("US-China") and before a final possessive ("China's", "China’s"). Yields
/// byte ranges relative to the token.
pub fn split_token(text: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    // possessive suffix
    let body_end = if text.len() > 2 && (text.ends_with("'s") || text.ends_with("'S")) {
        text.len() - 2
    } else if text.len() > 4 && text.ends_with("’s") {
        text.len() - 4
    } else {
        text.len()
    };
    let mut start = 0;
    for i in 1..body_end.saturating_sub(1) {
        if bytes[i] == b'-' && bytes[i - 1].is_ascii_alphabetic() && bytes[i + 1].is_ascii_alphabetic() {
            f(start, i);
            start = i + 1;
        }
    }
    f(start, body_end);
    if body_end < text.len() {
        f(body_end, text.len());
    }
}

/// Splits an alias into words: whitespace, then [`split_token`], with leading and trailing
/// brackets and commas as their own words.
fn alias_words(alias: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for piece in alias.split_whitespace() {
        split_token(piece, |a, b| out.push(&piece[a..b]));
    }
    out
}

/// A pattern's automaton text: " w1 w2 ... ".
fn pattern_text(alias: &str) -> String {
    let mut s = String::from(" ");
    for w in alias_words(alias) {
        normalize_word(w, &mut s);
        s.push(' ');
    }
    s
}

/// Letters for exact-case comparison: dots and whitespace removed.
pub fn exact_letters(s: &str) -> String {
    s.chars().filter(|c| *c != '.' && !c.is_whitespace() && *c != '-').collect()
}

fn case_of(alias: &str) -> Case {
    let letters = exact_letters(alias);
    if letters.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) && letters.chars().count() <= 3 {
        Case::Exact
    } else if alias.chars().next().is_some_and(|c| c.is_uppercase()) {
        Case::Capitalized
    } else {
        Case::Any
    }
}

/// Countries whose people are named surname first in English news ("Xi Jinping" → "Xi").
const SURNAME_FIRST: &[&str] = &["CHN", "TWN", "KOR", "PRK", "HKG", "MAC"];

/// Every actor dictionary compiled into one matcher. Build once, share across threads.
#[derive(Debug)]
pub struct ActorDictionary {
    /// All entries.
    pub entries: Vec<Entry>,
    /// The parsed files (for lints and examples).
    pub files: Vec<SourceFile>,
    /// Problems found while loading; the rest still loaded.
    pub errors: Vec<DictionaryError>,
    /// ISO3 codes of the country entries.
    pub countries: HashSet<String>,
    /// ISO3 codes of the countries one of whose names is a "Kingdom of ..." (Saudi Arabia,
    /// Jordan, Bahrain, ...): the antecedents of "the Kingdom".
    pub kingdoms: HashSet<String>,
    patterns: Vec<Pattern>,
    index: HashMap<String, u32>,
    automaton: AhoCorasick,
}

impl ActorDictionary {
    /// The dictionaries shipped in the binary.
    pub fn embedded() -> ActorDictionary {
        Self::from_texts(embedded_files().iter().map(|(p, t)| (p.to_string(), t.to_string())).collect())
    }

    /// The shipped dictionaries, with files from `dir` replacing shipped files of the same
    /// relative path (`dir/countries.toml` replaces `dictionaries/actors/countries.toml`)
    /// and new files added.
    pub fn with_override(dir: &Path) -> Result<ActorDictionary, DictionaryError> {
        let mut files: Vec<(String, String)> = embedded_files().iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        for (path, text) in read_dir_files(dir, "dictionaries/actors")? {
            match files.iter_mut().find(|(p, _)| *p == path) {
                Some(f) => f.1 = text,
                None => files.push((path, text)),
            }
        }
        Ok(Self::from_texts(files))
    }

    /// Compiles dictionaries from (path, text) pairs. Files that fail to parse are skipped
    /// and reported in [`ActorDictionary::errors`].
    pub fn from_texts(texts: Vec<(String, String)>) -> ActorDictionary {
        // Parse files on up to 4 threads (TOML parsing is most of the load time), keeping file order.
        let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 4);
        let chunk = texts.len().div_ceil(threads).max(1);
        let parsed: Vec<Result<SourceFile, DictionaryError>> = std::thread::scope(|s| {
            let handles: Vec<_> = texts.chunks(chunk).map(|c| s.spawn(move || c.iter().map(|(p, t)| SourceFile::parse(p, t)).collect::<Vec<_>>())).collect();
            handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
        });
        let mut errors = Vec::new();
        let mut files = Vec::new();
        for r in parsed {
            match r {
                Ok(f) => files.push(f),
                Err(e) => errors.push(e),
            }
        }
        Self::compile(files, errors)
    }

    fn compile(files: Vec<SourceFile>, mut errors: Vec<DictionaryError>) -> ActorDictionary {
        let mut entries: Vec<Entry> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut index: HashMap<String, u32> = HashMap::new();
        let mut countries = HashSet::new();
        let mut add = |alias: &str, hit: Hit, patterns: &mut Vec<Pattern>| {
            let text = pattern_text(alias);
            if text.trim().is_empty() {
                return;
            }
            let id = *index.entry(text).or_insert_with(|| {
                patterns.push(Pattern { exact: exact_letters(alias).into(), hits: Vec::new() });
                (patterns.len() - 1) as u32
            });
            let p = &mut patterns[id as usize];
            if hit.case == Case::Exact {
                p.exact = exact_letters(alias).into();
            }
            if !p.hits.contains(&hit) {
                p.hits.push(hit);
            }
        };
        for f in &files {
            for (i, a) in f.config.actor.iter().enumerate() {
                let rule = f.rule(&f.actor_lines, i);
                if !is_well_formed_code(&a.code) {
                    errors.push(DictionaryError { file: f.path.clone(), line: f.actor_lines.get(i).copied().unwrap_or(0), message: format!("malformed code {:?}", a.code) });
                    continue;
                }
                // A role code alone ("CVL" for the Kurds, who live in four countries) is no country.
                let is_country = a.code.len() == 3 && !crate::NON_COUNTRY.contains(&a.code.as_str()) && !detente_core::is_role_block(&a.code) && !a.names.is_empty() && a.country.is_none();
                if is_country {
                    countries.insert(a.code.clone());
                }
                let name = a.names.first().cloned().unwrap_or_else(|| a.metonyms.first().cloned().unwrap_or_default());
                let id = entries.len() as u32;
                let roles = a
                    .roles
                    .iter()
                    .filter(|r| is_well_formed_code(&r.code))
                    .map(|r| Role {
                        code: r.code.clone(),
                        title: r.title.as_deref().unwrap_or("").to_lowercase(),
                        from: r.from.as_deref().and_then(parse_date),
                        to: r.to.as_deref().and_then(parse_date),
                    })
                    .collect();
                entries.push(Entry {
                    code: a.code.clone(),
                    name: name.clone(),
                    kind: if is_country { EntryKind::Country } else { EntryKind::Organization },
                    rule: rule.clone(),
                    roles,
                    country: a.country.clone().or_else(|| is_country.then(|| a.code.clone())),
                    person_title: false,
                    alone: true,
                    heads: Vec::new(),
                });
                for n in &a.names {
                    add(n, Hit { entry: id, form: Form::Name, case: case_of(n) }, &mut patterns);
                }
                for n in &a.adjectives {
                    // "Israelis" (the plural of the adjective "Israeli") names people: country + CVL.
                    let plural = n.len() > 1 && n.ends_with('s') && a.adjectives.iter().any(|x| x.as_str() == &n[..n.len() - 1]);
                    let form = if plural && is_country { Form::People } else { Form::Adjective };
                    add(n, Hit { entry: id, form, case: case_of(n) }, &mut patterns);
                }
                for n in &a.metonyms {
                    add(n, Hit { entry: id, form: Form::Metonym, case: case_of(n) }, &mut patterns);
                }
                if !a.capitals.is_empty() {
                    // The capital stands for the government: a separate entry coded country + GOV.
                    let cid = entries.len() as u32;
                    entries.push(Entry {
                        code: format!("{}GOV", a.code),
                        name: format!("{} (government)", name),
                        kind: EntryKind::Organization,
                        rule: rule.clone(),
                        roles: Vec::new(),
                        country: Some(a.code.clone()),
                        person_title: false,
                    alone: true,
                    heads: Vec::new(),
                    });
                    for n in &a.capitals {
                        add(n, Hit { entry: cid, form: Form::Capital, case: case_of(n) }, &mut patterns);
                    }
                }
                for n in &a.cities {
                    add(n, Hit { entry: id, form: Form::City, case: case_of(n) }, &mut patterns);
                }
            }
            for (i, a) in f.config.agent.iter().enumerate() {
                let id = entries.len() as u32;
                entries.push(Entry {
                    code: a.sector.clone(),
                    name: a.words.first().cloned().unwrap_or_default(),
                    kind: EntryKind::Agent,
                    rule: f.rule(&f.agent_lines, i),
                    roles: Vec::new(),
                    country: None,
                    person_title: a.person,
                    alone: a.alone,
                    heads: a.heads.clone(),
                });
                let case = if a.capitalized { Case::Capitalized } else { Case::Any };
                for w in &a.words {
                    add(w, Hit { entry: id, form: Form::Agent, case }, &mut patterns);
                }
            }
            for (i, g) in f.config.ignore.iter().enumerate() {
                let id = entries.len() as u32;
                entries.push(Entry {
                    code: String::new(),
                    name: g.names.first().cloned().unwrap_or_default(),
                    kind: EntryKind::NotActor,
                    rule: f.rule(&f.ignore_lines, i),
                    roles: Vec::new(),
                    country: None,
                    person_title: false,
                    alone: false,
                    heads: Vec::new(),
                });
                for n in &g.names {
                    add(n, Hit { entry: id, form: Form::Ignore, case: Case::Any }, &mut patterns);
                }
            }
            for (i, p) in f.config.person.iter().enumerate() {
                let line = f.person_lines.get(i).copied().unwrap_or(0);
                let mut roles = Vec::new();
                for r in &p.roles {
                    let from = r.from.as_deref().map(|s| (s, parse_date(s)));
                    let to = r.to.as_deref().map(|s| (s, parse_date(s)));
                    for (s, d) in [from, to].into_iter().flatten() {
                        if d.is_none() {
                            errors.push(DictionaryError { file: f.path.clone(), line, message: format!("{}: bad date {s:?}", p.name) });
                        }
                    }
                    if !is_well_formed_code(&r.code) {
                        errors.push(DictionaryError { file: f.path.clone(), line, message: format!("{}: malformed code {:?}", p.name, r.code) });
                        continue;
                    }
                    roles.push(Role {
                        code: r.code.clone(),
                        title: r.title.as_deref().unwrap_or("").to_lowercase(),
                        from: from.and_then(|x| x.1),
                        to: to.and_then(|x| x.1),
                    });
                }
                let id = entries.len() as u32;
                entries.push(Entry {
                    code: p.country.clone().unwrap_or_default(),
                    name: p.name.clone(),
                    kind: EntryKind::Person,
                    rule: format!("{}:{}", f.path, line),
                    roles,
                    country: p.country.clone(),
                    person_title: false,
                    alone: true,
                    heads: Vec::new(),
                });
                let surname_first = p.country.as_deref().is_some_and(|c| SURNAME_FIRST.contains(&c));
                // Surname-first names may have aliases in given-name-first order ("Lai Ching-te",
                // "William Lai"): the family name is the canonical name's first word (or the
                // entry's `family`, for canonical names in given-name-first order: "John Lee"),
                // wherever an alias puts it, and an alias without it gives no surname ("William"
                // is none).
                let family = surname_first.then(|| p.family.as_deref().unwrap_or_else(|| p.name.split_whitespace().next().unwrap_or("")));
                for n in std::iter::once(&p.name).chain(&p.aliases) {
                    add(n, Hit { entry: id, form: Form::PersonName, case: case_of(n).max_cap() }, &mut patterns);
                    let words: Vec<&str> = n.split_whitespace().collect();
                    if words.len() >= 2 {
                        let s = match family {
                            Some(f) if words[0] == f || words[words.len() - 1] != f => words[0],
                            Some(f) => f,
                            None => words[words.len() - 1],
                        };
                        if family.is_some_and(|f| s != f) {
                            continue;
                        }
                        let s = s.trim_end_matches(',');
                        if s.chars().count() >= 2 && s.chars().next().is_some_and(|c| c.is_uppercase()) && !crate::words::lists().not_surnames.contains(&s.to_lowercase()) {
                            add(s, Hit { entry: id, form: Form::Surname, case: Case::Capitalized }, &mut patterns);
                        }
                    }
                }
            }
        }
        for p in &mut patterns {
            p.hits.sort_by_key(|h| h.form);
        }
        let texts: Vec<String> = {
            let mut v = vec![String::new(); patterns.len()];
            for (t, &id) in &index {
                v[id as usize] = t.clone();
            }
            v
        };
        let kingdoms = index
            .iter()
            .filter(|(p, _)| p.contains(" kingdom of "))
            .flat_map(|(_, &id)| patterns[id as usize].hits.iter())
            .filter(|h| h.form == Form::Name && entries[h.entry as usize].kind == EntryKind::Country)
            .map(|h| entries[h.entry as usize].code.clone())
            .collect();
        let automaton = AhoCorasick::builder().match_kind(MatchKind::Standard).build(&texts).expect("actor patterns compile");
        ActorDictionary { entries, files, errors, countries, kingdoms, patterns, index, automaton }
    }

    /// Readings of a normalized pattern text (" chinese ") or an alias as written.
    pub fn hits_of(&self, alias: &str) -> &[Hit] {
        match self.index.get(&pattern_text(alias)) {
            Some(&id) => &self.patterns[id as usize].hits,
            None => &[],
        }
    }

    /// Every pattern text (" w1 w2 ") with its readings.
    pub fn all_patterns(&self) -> impl Iterator<Item = (&str, &[Hit])> {
        self.index.iter().map(|(k, &id)| (k.as_str(), self.patterns[id as usize].hits.as_slice()))
    }

    /// Number of distinct patterns.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// All word-aligned matches in a normalized buffer " w0 w1 ... ": (start byte, end
    /// byte, pattern id), with start/end at the delimiting spaces.
    pub(crate) fn find_all(&self, buffer: &str, mut f: impl FnMut(usize, usize, u32)) {
        for m in self.automaton.find_overlapping_iter(buffer) {
            f(m.start(), m.end(), m.pattern().as_u32());
        }
    }

    /// Readings of pattern `id`.
    pub(crate) fn pattern_hits(&self, id: u32) -> &[Hit] {
        &self.patterns[id as usize].hits
    }

    /// Letters the matched text must equal for exact-case readings.
    pub(crate) fn pattern_exact(&self, id: u32) -> &str {
        &self.patterns[id as usize].exact
    }
}

trait MaxCap {
    fn max_cap(self) -> Case;
}
impl MaxCap for Case {
    /// People's names are at least capitalized.
    fn max_cap(self) -> Case {
        if self == Case::Any {
            Case::Capitalized
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_and_splits() {
        let mut s = String::new();
        normalize_word("U.S.", &mut s);
        assert_eq!(s, "us");
        s.clear();
        normalize_word("Élysée", &mut s);
        assert_eq!(s, "elysee");
        let mut parts = Vec::new();
        split_token("US-China’s", |a, b| parts.push(&"US-China’s"[a..b]));
        assert_eq!(parts, ["US", "China", "’s"]);
        assert_eq!(pattern_text("Côte d'Ivoire"), " cote d'ivoire ");
    }

    #[test]
    fn folds_latin_extended_letters_in_both_cases() {
        for (word, folded) in [("Erdoğan", "erdogan"), ("ERDOĞAN", "erdogan"), ("İzmir", "izmir"), ("Đukanović", "dukanovic"), ("Ţepeş", "tepes"), ("Wałęsa", "walesa"), ("Šefčovič", "sefcovic")] {
            let mut s = String::new();
            normalize_word(word, &mut s);
            assert_eq!(s, folded, "{word}");
        }
    }

    #[test]
    fn compiles_and_reports_bad_files() {
        let d = ActorDictionary::from_texts(vec![
            ("a.toml".into(), "[[actor]]\ncode = \"CHN\"\nnames = [\"China\"]\nadjectives = [\"Chinese\"]\ncapitals = [\"Beijing\"]\n".into()),
            ("b.toml".into(), "[[actor]\ncode = 1".into()),
        ]);
        assert_eq!(d.errors.len(), 1);
        assert_eq!(d.errors[0].file, "b.toml");
        assert_eq!(d.hits_of("Chinese")[0].form, Form::Adjective);
        assert_eq!(d.entries[d.hits_of("Beijing")[0].entry as usize].code, "CHNGOV");
        assert!(d.countries.contains("CHN"));
    }

    #[test]
    fn a_family_field_gives_the_surname_of_given_name_first_canonical_names() {
        let toml = "[[person]]\nname = \"John Lee\"\naliases = [\"John Lee Ka-chiu\"]\ncountry = \"HKG\"\nfamily = \"Lee\"\nroles = []\n\
                    [[person]]\nname = \"Wang Yi\"\ncountry = \"CHN\"\nroles = []\n";
        let d = ActorDictionary::from_texts(vec![("p.toml".into(), toml.into())]);
        assert!(d.errors.is_empty(), "{:?}", d.errors);
        assert!(d.hits_of("John").iter().all(|h| h.form != Form::Surname));
        assert!(d.hits_of("Lee").iter().any(|h| h.form == Form::Surname));
        assert!(d.hits_of("Wang").iter().any(|h| h.form == Form::Surname));
    }
}
