//! Event patterns as data: TOML files under `dictionaries/events/`, one entry a line,
//! compiled once into a lemma-indexed table.
//!
//! An entry names a verb lemma (optionally with a particle: `"shoot down"`), a light-verb
//! object (`verb = "hold", obj = "talk"`), or an event noun (`noun = "strike"`), the CAMEO
//! code it means, where the target is (`prep = "with"`: an oblique with that preposition;
//! otherwise the direct object), and an example sentence with its expected code. A verb entry may
//! also name the kind of doer it needs (`agent = "suicide bomber|car bomb"`): the head noun of its
//! source, with any earlier words as modifiers of that noun ("a suicide bomber killed" is 1831, not
//! the plain "kill" of 190), and any entry the kind of actor its target must be
//! (`target_kind = "igo"`: "withdrew from the WHO" is 161, "withdrew from Gaza" 087). A verb
//! entry may name the kind its doer must be (`doer = "person"`, see [`DOER_KINDS`]: "Blinken
//! arrived in Kyiv" is a visit, "the bodies arrived in Kyiv" none). Words in `unless` veto the
//! entry when they are its object. A verb entry may name the least number its object must count
//! (`count = 100`: "killed at least 131 civilians", "executed hundreds of people"; see
//! [`Pattern::count`]).
//!
//! An entry may declare the event its own event implies (`implies = "042 reversed"`, see
//! [`Implication`]): "Xi hosted Putin" (043) is also Putin's visit to Xi (042, the roles reversed).
//! An act entry (`act = "abroad"`, see [`ACT_KINDS`]) anchors on no word: it codes an event implied
//! by any act of a kind, "German Chancellor Olaf Scholz said in Tel Aviv that ..." is his visit to
//! Israel (042); it takes no other field than its code and example.
//!
//! An adjective entry (`adj = "critical"`) names a predicative adjective: the head of a copular
//! clause ("X was highly critical of Y", "X is opposed to Y's plan") or the complement of a
//! linking verb ("X remained hostile to Y"). Its source is the clause's subject and its target
//! the oblique with one of its prepositions (`prep = "of"`); it takes no object word, doer or
//! particle. An adjective modifying a noun ("a critical report") anchors nothing.
//!
//! A word list (`obj`, `unless`, `agent`, `noun`, `verb`, `prep`, `target_kind`) may name a word
//! class defined in `dictionaries/events/classes.toml` (see [`WordClasses`]): `obj = "@weapons|convoy"`
//! reads as the class's words followed by "convoy". Classes are expanded when the file is loaded, so a
//! compiled [`Pattern`] holds plain words only.
use crate::{CameoTable, EventsError};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// The shipped word classes (`@weapons`, ...), compiled into the binary: (path, text).
pub const BUILTIN_CLASS_FILE: (&str, &str) = ("dictionaries/events/classes.toml", include_str!("../../../dictionaries/events/classes.toml"));

/// The name of the word-class file in a pattern directory; it holds no patterns.
const CLASS_FILE_NAME: &str = "classes.toml";

/// The shipped pattern files, compiled into the binary: (path, text).
pub const BUILTIN_PATTERN_FILES: &[(&str, &str)] = &[
    ("dictionaries/events/01_statement.toml", include_str!("../../../dictionaries/events/01_statement.toml")),
    ("dictionaries/events/02_appeal.toml", include_str!("../../../dictionaries/events/02_appeal.toml")),
    ("dictionaries/events/03_intend.toml", include_str!("../../../dictionaries/events/03_intend.toml")),
    ("dictionaries/events/04_consult.toml", include_str!("../../../dictionaries/events/04_consult.toml")),
    ("dictionaries/events/05_diplomatic.toml", include_str!("../../../dictionaries/events/05_diplomatic.toml")),
    ("dictionaries/events/06_material.toml", include_str!("../../../dictionaries/events/06_material.toml")),
    ("dictionaries/events/07_aid.toml", include_str!("../../../dictionaries/events/07_aid.toml")),
    ("dictionaries/events/08_yield.toml", include_str!("../../../dictionaries/events/08_yield.toml")),
    ("dictionaries/events/09_investigate.toml", include_str!("../../../dictionaries/events/09_investigate.toml")),
    ("dictionaries/events/10_demand.toml", include_str!("../../../dictionaries/events/10_demand.toml")),
    ("dictionaries/events/11_disapprove.toml", include_str!("../../../dictionaries/events/11_disapprove.toml")),
    ("dictionaries/events/12_reject.toml", include_str!("../../../dictionaries/events/12_reject.toml")),
    ("dictionaries/events/13_threaten.toml", include_str!("../../../dictionaries/events/13_threaten.toml")),
    ("dictionaries/events/14_protest.toml", include_str!("../../../dictionaries/events/14_protest.toml")),
    ("dictionaries/events/15_force_posture.toml", include_str!("../../../dictionaries/events/15_force_posture.toml")),
    ("dictionaries/events/16_reduce_relations.toml", include_str!("../../../dictionaries/events/16_reduce_relations.toml")),
    ("dictionaries/events/17_coerce.toml", include_str!("../../../dictionaries/events/17_coerce.toml")),
    ("dictionaries/events/18_assault.toml", include_str!("../../../dictionaries/events/18_assault.toml")),
    ("dictionaries/events/19_fight.toml", include_str!("../../../dictionaries/events/19_fight.toml")),
    ("dictionaries/events/20_mass_violence.toml", include_str!("../../../dictionaries/events/20_mass_violence.toml")),
    ("dictionaries/events/agents.toml", include_str!("../../../dictionaries/events/agents.toml")),
];

/// Where a pattern finds its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetRole {
    /// The direct object (or, in the passive, the subject).
    Object,
    /// An oblique (or noun modifier of the light-verb object) with one of the pattern's prepositions.
    Oblique,
    /// The direct object when the particle is a particle ("called on China" parsed with `compound:prt`),
    /// or the oblique governed by the particle as a preposition.
    ObjectOrParticle,
    /// The indirect object ("gave Ukraine aid"), else an oblique with one of the prepositions.
    IndirectObject,
    /// Roles swap: the source is the oblique with "from", the target is the subject ("received aid from").
    SwapFrom,
    /// The event has no target.
    None,
}

/// One compiled pattern: a single lemma (alternatives are expanded) with its constraints.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// The CAMEO code it assigns.
    pub code: String,
    /// The verb or event-noun lemma that anchors it.
    pub lemma: String,
    /// A particle that must go with the verb ("down" in "shoot down").
    pub particle: Option<String>,
    /// Light-verb objects: one must be the verb's object or oblique ("talk" in "hold talks"); on
    /// an event noun with no target, the thing its "of" phrase must name ("truce" in "violations
    /// of the truce").
    pub objects: Vec<String>,
    /// Prepositions that mark the target ("with", "on").
    pub preps: Vec<String>,
    /// Where the target is.
    pub target: TargetRole,
    /// True for an event noun ("the strike on Beirut").
    pub nominal: bool,
    /// True for a predicative adjective ("was critical of Y"); never together with `nominal`.
    pub adjective: bool,
    /// Lemmas that, as the object, veto the pattern (the sports sense of "beat").
    pub unless: Vec<String>,
    /// Kinds of doer the source must be, one of them ("suicide bomber": the head noun "bomber"
    /// with the modifier "suicide"); empty for any source.
    pub agents: Vec<String>,
    /// Kinds of actor the target must be, one of them (see [`TARGET_KINDS`]); empty for any target.
    pub target_kinds: Vec<String>,
    /// The kind the doer must be, one of [`DOER_KINDS`]; None for any doer.
    pub doer: Option<String>,
    /// The least number of people or things the verb's object (in the passive, its subject) must
    /// count, by a numeral ("at least 131 civilians", "100,000 Armenians", "two hundred
    /// villagers") or a plural of a round number ("hundreds of civilians"); None for any object.
    /// The words in `unless` then also veto the counted noun ("hundreds of soldiers").
    pub count: Option<u64>,
    /// The event this pattern's event implies beside it, if any (`implies = "042 reversed"`).
    pub implies: Option<Implication>,
    /// True for an act entry (`act = "abroad"`): no word anchors it, `lemma` names the kind of
    /// act (one of [`ACT_KINDS`]) that implies its code.
    pub act: bool,
    /// An example sentence the pattern must code with `code`.
    pub example: String,
    /// The file it came from.
    pub file: String,
    /// The 1-based line of its entry.
    pub line: usize,
}

impl Pattern {
    /// The pattern's id as events carry it: "dictionaries/events/04_consult.toml:12".
    pub fn rule(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
    /// How specific the pattern is; the most specific matching pattern wins.
    pub fn specificity(&self) -> u32 {
        // An object word is a content constraint and outranks a particle: "called on Serbia for
        // reform" is the specific "call +reform [on]" (024), not the bare "call on" (020).
        // The doer's kind is a content constraint that outranks an object word: "a suicide bomber
        // killed" is the bombing, "the building was demolished by protesters" a riot (not 1712).
        // A count is a content constraint on the object as an object word is.
        1 + 3 * self.particle.is_some() as u32 + 4 * (!self.objects.is_empty() || self.count.is_some()) as u32 + (!self.preps.is_empty()) as u32 + 5 * (!self.agents.is_empty()) as u32 + 2 * (!self.target_kinds.is_empty()) as u32
    }
    /// A short readable form ("hold +talk [with] → 046").
    pub fn describe(&self) -> String {
        let mut s = if self.act {
            format!("act {}", self.lemma)
        } else if self.nominal {
            format!("noun {}", self.lemma)
        } else if self.adjective {
            format!("adj {}", self.lemma)
        } else {
            self.lemma.clone()
        };
        if let Some(p) = &self.particle {
            s.push(' ');
            s.push_str(p);
        }
        if !self.objects.is_empty() {
            s.push_str(&format!(" +{}", self.objects.join("|")));
        }
        if !self.preps.is_empty() {
            s.push_str(&format!(" [{}]", self.preps.join("|")));
        }
        if !self.agents.is_empty() {
            s.push_str(&format!(" by {}", self.agents.join("|")));
        }
        if !self.target_kinds.is_empty() {
            s.push_str(&format!(" on {}", self.target_kinds.join("|")));
        }
        if let Some(d) = &self.doer {
            s.push_str(&format!(" by a {d}"));
        }
        if let Some(n) = self.count {
            s.push_str(&format!(" counting {n}+"));
        }
        if let Some(i) = &self.implies {
            s.push_str(&format!(" implying {}{}", i.code, if i.reversed { " reversed" } else { "" }));
        }
        format!("{s} → {}", self.code)
    }
}

/// An event implied by a pattern's own event (`implies = "042 reversed"`): the code, and whether
/// the roles are reversed (the target does it to the source). "Xi hosted Putin in Beijing" (043
/// CHN>RUS) implies Putin's visit (042 RUS>CHN): CAMEO 1.1b3 pairs 042 "make a visit" with 043
/// "host a visit", one visit seen from either side.
#[derive(Debug, Clone, PartialEq)]
pub struct Implication {
    /// The implied event's CAMEO code.
    pub code: String,
    /// True when the implied event goes from the target to the source.
    pub reversed: bool,
}

impl Implication {
    /// Reads `"042"` or `"042 reversed"`; None for any other shape or an unknown code.
    fn parse(text: &str, table: &CameoTable) -> Option<Implication> {
        let mut words = text.split_whitespace();
        let code = words.next().filter(|c| table.get(c).is_some())?.to_string();
        let reversed = match words.next() {
            None => false,
            Some("reversed") => true,
            Some(_) => return None,
        };
        words.next().is_none().then_some(Implication { code, reversed })
    }
}

/// The kinds of act an act entry may name (`act = "abroad"`): "abroad" is an act (a reporting
/// verb or a coded event) of a government person of one country, named or titled, done "in" a
/// place of another country: "Scholz said in Tel Aviv that ..." implies his visit to Israel (042
/// DEU>ISR; our sets' convention, as for "held talks in Moscow"). Coordinated subjects, who meet
/// at a third place, and a source the sentence already codes a 04 act of are left out. "stance"
/// is a speaker's reported clause holding their own side's position toward another country,
/// with nothing else in the speaker's words coded: "Saudi Arabia's foreign minister said
/// Riyadh's position on Israel remained unchanged" (010 SAU>ISR).
pub const ACT_KINDS: &[&str] = &["abroad", "stance"];

/// The kinds of actor a pattern's `target_kind` may name: an intergovernmental organisation
/// (actor code IGO…), a non-governmental one (NGO…), a state (a bare country code or its
/// government, "SDN", "SDNGOV"), or people (refugees or civilians, "SYRREF", "UKRCVL").
pub const TARGET_KINDS: &[&str] = &["igo", "ngo", "state", "people"];

/// True when an actor with `code` (country `country`, sector `sector`) is of `kind`, one of
/// [`TARGET_KINDS`].
pub fn actor_is_kind(kind: &str, code: &str, country: Option<&str>, sector: Option<&str>) -> bool {
    match kind {
        "igo" => code.starts_with("IGO"),
        "ngo" => code.starts_with("NGO"),
        "state" => country.is_some_and(|k| code == k || (sector == Some("GOV") && code.len() == 6)),
        "people" => matches!(sector, Some("REF" | "CVL")) || code.ends_with("REF") || code.ends_with("CVL"),
        _ => false,
    }
}

/// The kinds of doer a pattern's `doer` may name. A "person" is a person or a body of people
/// (a government, a delegation, an organisation), not a thing: the doer's head word is a proper
/// name, a pronoun or a word of an actor mention of its own that is no weapon ("Blinken",
/// "the Chinese delegation"), or a noun whose "of" phrase names a state or organisation ("the
/// delegations of Iran and the United States"). A thing whose owner or contents only a
/// possessor, a modifier or an "of" phrase of people names is none: "Khamenei's body", "a
/// Turkish aid shipment", "the bodies of Ukrainian soldiers".
pub const DOER_KINDS: &[&str] = &["person"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternFile {
    root: String,
    source: String,
    patterns: Vec<EntryConfig>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryConfig {
    code: String,
    verb: Option<String>,
    noun: Option<String>,
    adj: Option<String>,
    obj: Option<String>,
    prep: Option<String>,
    target: Option<String>,
    unless: Option<String>,
    agent: Option<String>,
    target_kind: Option<String>,
    doer: Option<String>,
    count: Option<u64>,
    implies: Option<String>,
    act: Option<String>,
    example: String,
}

/// Every pattern, indexed by the lemma that anchors it.
#[derive(Debug, Clone, Default)]
pub struct PatternSet {
    patterns: Vec<Pattern>,
    verbs: HashMap<String, Vec<u32>>,
    nouns: HashMap<String, Vec<u32>>,
    adjectives: HashMap<String, Vec<u32>>,
    acts: HashMap<String, Vec<u32>>,
    entries: usize,
    classes: WordClasses,
}

fn alternatives(s: &str) -> Vec<String> {
    s.split('|').map(|x| x.trim().to_lowercase()).filter(|x| !x.is_empty()).collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassFile {
    source: String,
    classes: BTreeMap<String, String>,
}

/// Named word classes a pattern's word list may use (`obj = "@weapons|convoy"`): one meaning
/// (weapons, aid goods, troops, talks...) written once in `dictionaries/events/classes.toml` and
/// shared by every entry of that meaning, so a word added to the class reaches all of them.
#[derive(Debug, Clone, Default)]
pub struct WordClasses {
    /// Each class's words, with the classes it names already expanded.
    words: HashMap<String, Vec<String>>,
    /// How many pattern entries name each class (directly), counted as entries are added.
    uses: BTreeMap<String, usize>,
}

impl WordClasses {
    /// Parses a class file: a `source` line and a `[classes]` table of `name = "word|word|@other"`.
    /// A class may name other classes (`@name`); an unknown name or a cycle is an error at the
    /// line of the class that names it.
    pub fn parse(file: &str, text: &str) -> Result<WordClasses, EventsError> {
        let parsed: ClassFile = toml::from_str(text).map_err(|e| EventsError::File { file: file.to_string(), message: e.to_string() })?;
        if parsed.source.trim().is_empty() {
            return Err(EventsError::File { file: file.to_string(), message: "field source: say where the classes come from".into() });
        }
        let line_of = |name: &str| {
            text.lines().position(|l| l.trim_start().strip_prefix(name).is_some_and(|r| r.trim_start().starts_with('='))).map_or(0, |i| i + 1)
        };
        let mut classes = WordClasses::default();
        for name in parsed.classes.keys() {
            let mut stack = Vec::new();
            classes.resolve(name, &parsed.classes, &mut stack).map_err(|m| EventsError::Pattern { file: file.to_string(), line: line_of(stack.last().map_or(name, String::as_str)), message: m })?;
        }
        for (name, words) in &classes.words {
            if words.is_empty() {
                return Err(EventsError::Pattern { file: file.to_string(), line: line_of(name), message: format!("class @{name} has no words") });
            }
        }
        Ok(classes)
    }

    /// Expands class `name` (and the classes it names) into `self.words`; `stack` holds the
    /// classes being expanded, to find cycles (on error its last element is the class at fault).
    fn resolve(&mut self, name: &str, defs: &BTreeMap<String, String>, stack: &mut Vec<String>) -> Result<(), String> {
        if self.words.contains_key(name) {
            return Ok(());
        }
        if stack.iter().any(|s| s == name) {
            let last = stack.last().map_or(name, String::as_str);
            let chain: Vec<String> = stack.iter().chain(std::iter::once(&name.to_string())).map(|s| format!("@{s}")).collect();
            return Err(format!("class @{last}: a cycle of classes ({})", chain.join(" → ")));
        }
        stack.push(name.to_string());
        let mut words: Vec<String> = Vec::new();
        for alt in alternatives(&defs[name]) {
            match alt.strip_prefix('@') {
                Some(other) if defs.contains_key(other) => {
                    self.resolve(other, defs, stack)?;
                    words.extend(self.words[other].iter().cloned());
                }
                Some(other) => return Err(format!("class @{name}: unknown word class @{other}")),
                None => words.push(alt),
            }
        }
        stack.pop();
        let mut seen = std::collections::HashSet::new();
        words.retain(|w| seen.insert(w.clone()));
        self.words.insert(name.to_string(), words);
        Ok(())
    }

    /// The words of class `name` (without its `@`), if it is defined.
    pub fn words(&self, name: &str) -> Option<&[String]> {
        self.words.get(name).map(Vec::as_slice)
    }

    /// Every class name with the number of pattern entries that name it.
    pub fn uses(&self) -> impl Iterator<Item = (&str, usize)> + '_ {
        let mut names: Vec<&String> = self.words.keys().collect();
        names.sort();
        names.into_iter().map(|n| (n.as_str(), self.uses.get(n).copied().unwrap_or(0)))
    }

    /// Reads a pattern entry's word list: its alternatives, each `@name` replaced by the class's
    /// words (the first occurrence of a word kept). Counts the classes named into `used`.
    fn expand(&self, list: &str, used: &mut Vec<String>) -> Result<Vec<String>, String> {
        let mut out: Vec<String> = Vec::new();
        for alt in alternatives(list) {
            match alt.strip_prefix('@') {
                Some(name) => {
                    let words = self.words.get(name).ok_or_else(|| format!("unknown word class @{name} (classes are defined in {})", BUILTIN_CLASS_FILE.0))?;
                    out.extend(words.iter().filter(|w| !out.contains(w)).cloned().collect::<Vec<_>>());
                    if !used.iter().any(|u| u == name) {
                        used.push(name.to_string());
                    }
                }
                None if !out.contains(&alt) => out.push(alt),
                None => {}
            }
        }
        Ok(out)
    }
}

impl PatternSet {
    /// The shipped patterns, compiled once per process.
    pub fn builtin() -> &'static PatternSet {
        static SET: std::sync::OnceLock<PatternSet> = std::sync::OnceLock::new();
        SET.get_or_init(|| {
            let mut set = PatternSet::default();
            let (file, text) = BUILTIN_CLASS_FILE;
            set.classes = WordClasses::parse(file, text).expect("shipped class file is valid (checked by tests)");
            for (file, text) in BUILTIN_PATTERN_FILES {
                set.add_file(file, text, CameoTable::builtin()).expect("shipped pattern files are valid (checked by tests)");
            }
            set
        })
    }

    /// Loads every `*.toml` pattern file in a directory (sorted by name), collecting
    /// every error rather than stopping at the first.
    pub fn load_dir(dir: &Path, table: &CameoTable) -> (PatternSet, Vec<EventsError>) {
        let mut set = PatternSet::default();
        let mut errors = Vec::new();
        let mut files: Vec<_> = match std::fs::read_dir(dir) {
            Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect(),
            Err(e) => {
                errors.push(EventsError::File { file: dir.display().to_string(), message: e.to_string() });
                return (set, errors);
            }
        };
        files.sort();
        let class_file = dir.join(CLASS_FILE_NAME);
        if class_file.is_file() {
            let name = class_file.display().to_string();
            match std::fs::read_to_string(&class_file).map_err(|e| EventsError::File { file: name.clone(), message: e.to_string() }).and_then(|text| WordClasses::parse(&name, &text)) {
                Ok(classes) => set.classes = classes,
                Err(e) => errors.push(e),
            }
        }
        for p in files {
            if p.file_name().is_some_and(|n| n == "coder.toml" || n == CLASS_FILE_NAME) {
                continue;
            }
            let name = p.display().to_string();
            match std::fs::read_to_string(&p) {
                Ok(text) => {
                    if let Err(e) = set.add_file(&name, &text, table) {
                        errors.push(e);
                    }
                }
                Err(e) => errors.push(EventsError::File { file: name, message: e.to_string() }),
            }
        }
        (set, errors)
    }

    /// Parses one pattern file and adds its patterns. Each entry must sit on its own line
    /// (that line is the pattern's rule id).
    pub fn add_file(&mut self, file: &str, text: &str, table: &CameoTable) -> Result<(), EventsError> {
        let parsed: PatternFile = toml::from_str(text).map_err(|e| EventsError::File { file: file.to_string(), message: e.to_string() })?;
        let lines: Vec<usize> = text.lines().enumerate().filter(|(_, l)| l.trim_start().starts_with('{')).map(|(i, _)| i + 1).collect();
        if lines.len() != parsed.patterns.len() {
            return Err(EventsError::File {
                file: file.to_string(),
                message: format!("{} entries but {} lines start with '{{': put each entry on its own line", parsed.patterns.len(), lines.len()),
            });
        }
        if parsed.source.trim().is_empty() {
            return Err(EventsError::File { file: file.to_string(), message: "field source: say where the patterns come from".into() });
        }
        for (entry, &line) in parsed.patterns.iter().zip(&lines) {
            let err = |m: String| EventsError::Pattern { file: file.to_string(), line, message: m };
            let mut used = Vec::new();
            let mut list = |field: &str, value: &Option<String>| -> Result<Vec<String>, EventsError> {
                value.as_deref().map_or(Ok(Vec::new()), |v| self.classes.expand(v, &mut used).map_err(|m| err(format!("field {field}: {m}"))))
            };
            if table.get(&entry.code).is_none() {
                return Err(err(format!("field code: {:?} is not a CAMEO code", entry.code)));
            }
            if !entry.code.starts_with(&parsed.root) && parsed.root != "*" {
                return Err(err(format!("field code: {} is not under root {}", entry.code, parsed.root)));
            }
            if entry.example.trim().is_empty() {
                return Err(err("field example: every pattern needs an example sentence".into()));
            }
            let (anchors, nominal, adjective, act) = match (&entry.verb, &entry.noun, &entry.adj, &entry.act) {
                (Some(_), None, None, None) => (list("verb", &entry.verb)?, false, false, false),
                (None, Some(_), None, None) => (list("noun", &entry.noun)?, true, false, false),
                (None, None, Some(_), None) => (list("adj", &entry.adj)?, false, true, false),
                (None, None, None, Some(a)) => (vec![a.trim().to_lowercase()], false, false, true),
                _ => return Err(err("give exactly one of verb, noun, adj or act".into())),
            };
            if let Some(a) = anchors.first().filter(|a| act && !ACT_KINDS.contains(&a.as_str())) {
                return Err(err(format!("field act: {a:?} is not one of {}", ACT_KINDS.join(", "))));
            }
            let others = [&entry.obj, &entry.prep, &entry.target, &entry.unless, &entry.agent, &entry.target_kind, &entry.doer, &entry.implies];
            if act && (others.iter().any(|f| f.is_some()) || entry.count.is_some()) {
                return Err(err("an act entry takes only its code and example".into()));
            }
            let implies = match entry.implies.as_deref() {
                Some(text) => Some(Implication::parse(text, table).ok_or_else(|| err(format!("field implies: {text:?} is not a CAMEO code, optionally followed by \"reversed\"")))?),
                None => None,
            };
            let objects = list("obj", &entry.obj)?;
            let preps = list("prep", &entry.prep)?;
            let unless = list("unless", &entry.unless)?;
            let agents = list("agent", &entry.agent)?;
            let target_kinds = list("target_kind", &entry.target_kind)?;
            for name in used {
                *self.classes.uses.entry(name).or_default() += 1;
            }
            if !agents.is_empty() && nominal {
                return Err(err("field agent: only a verb entry names its doer".into()));
            }
            // (The coder reads a noun's roles from its possessor, modifiers and prepositions only:
            // an object word on a noun entry is the thing its "of" phrase names, no party, so only
            // an entry with no target takes one: "Israel's violations of the truce".)
            if nominal && entry.obj.is_some() && entry.target.as_deref() != Some("none") {
                return Err(err("field obj: a noun entry takes no obj but with target = \"none\" (name the noun's words in noun, its roles by prep)".into()));
            }
            if adjective && (entry.obj.is_some() || entry.agent.is_some() || entry.unless.is_some()) {
                return Err(err("an adj entry takes no obj, agent or unless".into()));
            }
            if adjective && entry.prep.is_none() && entry.target.as_deref() != Some("none") {
                return Err(err("an adj entry names its target's prep (or target = \"none\")".into()));
            }
            let doer = entry.doer.as_deref().map(|d| d.trim().to_lowercase());
            if let Some(d) = doer.as_deref().filter(|d| !DOER_KINDS.contains(d)) {
                return Err(err(format!("field doer: {d:?} is not one of {}", DOER_KINDS.join(", "))));
            }
            if doer.is_some() && (nominal || adjective) {
                return Err(err("field doer: only a verb entry names the kind of its doer".into()));
            }
            if entry.count.is_some() && (nominal || adjective) {
                return Err(err("field count: only a verb entry counts its object".into()));
            }
            if entry.count == Some(0) {
                return Err(err("field count: the least number counted is above zero".into()));
            }
            if let Some(k) = target_kinds.iter().find(|k| !TARGET_KINDS.contains(&k.as_str())) {
                return Err(err(format!("field target_kind: {k:?} is not one of {}", TARGET_KINDS.join(", "))));
            }
            if !target_kinds.is_empty() && entry.target.as_deref() == Some("none") {
                return Err(err("field target_kind: a pattern with target = \"none\" has no target".into()));
            }
            for alt in anchors {
                let mut words = alt.split_whitespace();
                let lemma = words.next().unwrap_or_default().to_string();
                let particle = words.next().map(str::to_string);
                if words.next().is_some() || (adjective && particle.is_some()) {
                    return Err(err(format!("{alt:?}: at most a verb and one particle, an adjective alone")));
                }
                let target = match entry.target.as_deref() {
                    None if !preps.is_empty() => TargetRole::Oblique,
                    // "call on X to resign": the particle's oblique is the target with or without an object word.
                    None if particle.is_some() => TargetRole::ObjectOrParticle,
                    None if nominal => TargetRole::Oblique,
                    None => TargetRole::Object,
                    Some("obj") => TargetRole::Object,
                    Some("iobj") => TargetRole::IndirectObject,
                    Some("from") => TargetRole::SwapFrom,
                    Some("none") => TargetRole::None,
                    Some(o) => return Err(err(format!("field target: {o:?} is not obj, iobj, from or none"))),
                };
                let preps = if target == TargetRole::ObjectOrParticle { vec![particle.clone().unwrap_or_default()] } else { preps.clone() };
                let id = self.patterns.len() as u32;
                self.patterns.push(Pattern {
                    code: entry.code.clone(),
                    lemma: lemma.clone(),
                    particle,
                    objects: objects.clone(),
                    preps,
                    target,
                    nominal,
                    adjective,
                    unless: unless.clone(),
                    agents: agents.clone(),
                    target_kinds: target_kinds.clone(),
                    doer: doer.clone(),
                    count: entry.count,
                    implies: implies.clone(),
                    act,
                    example: entry.example.clone(),
                    file: file.to_string(),
                    line,
                });
                let index = if act {
                    &mut self.acts
                } else if nominal {
                    &mut self.nouns
                } else if adjective {
                    &mut self.adjectives
                } else {
                    &mut self.verbs
                };
                index.entry(lemma).or_default().push(id);
            }
            self.entries += 1;
        }
        Ok(())
    }

    /// All patterns.
    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }
    /// The word classes the pattern files may name, with how many entries name each.
    pub fn classes(&self) -> &WordClasses {
        &self.classes
    }
    /// Number of entries in the files (before expanding alternatives).
    pub fn entry_count(&self) -> usize {
        self.entries
    }
    /// Patterns anchored on verb lemma `lemma`.
    pub fn verb_patterns(&self, lemma: &str) -> &[u32] {
        self.verbs.get(lemma).map(Vec::as_slice).unwrap_or(&[])
    }
    /// Patterns for an inflected verb `form` whose lemma found none: the regular English stems of
    /// "-ed", "-ing" and "-s" forms ("shelled" → shell, "raided" → raid, "bombing" → bomb),
    /// a guard against lemmatizer slips that only ever yields verbs this pattern set knows.
    pub fn verb_patterns_by_form(&self, form: &str) -> &[u32] {
        let lower = form.to_ascii_lowercase();
        let stem = ["ed", "ing", "es", "s"].iter().find_map(|suf| lower.strip_suffix(suf).filter(|s| s.len() >= 2));
        let Some(stem) = stem else { return &[] };
        let b = stem.as_bytes();
        let undoubled = (b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2]).then(|| &stem[..stem.len() - 1]);
        let with_e = format!("{stem}e");
        let from_ies = lower.strip_suffix("ied").or_else(|| lower.strip_suffix("ies")).map(|s| format!("{s}y"));
        for cand in [Some(stem), Some(with_e.as_str()), undoubled, from_ies.as_deref()].into_iter().flatten() {
            let ids = self.verb_patterns(cand);
            if !ids.is_empty() {
                return ids;
            }
        }
        &[]
    }
    /// Patterns anchored on event noun `lemma`.
    pub fn noun_patterns(&self, lemma: &str) -> &[u32] {
        self.nouns.get(lemma).map(Vec::as_slice).unwrap_or(&[])
    }
    /// Patterns anchored on predicative adjective `lemma`.
    pub fn adjective_patterns(&self, lemma: &str) -> &[u32] {
        self.adjectives.get(lemma).map(Vec::as_slice).unwrap_or(&[])
    }
    /// Act entries of kind `kind` (one of [`ACT_KINDS`]).
    pub fn act_patterns(&self, kind: &str) -> &[u32] {
        self.acts.get(kind).map(Vec::as_slice).unwrap_or(&[])
    }
    /// The pattern with id `id`.
    pub fn get(&self, id: u32) -> &Pattern {
        &self.patterns[id as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_patterns_compile_and_cover_every_root() {
        let set = PatternSet::builtin();
        for r in 1..=20 {
            let root = format!("{r:02}");
            let n = set.patterns().iter().filter(|p| p.code.starts_with(&root)).count();
            assert!(n >= 10, "root {root} has only {n} patterns");
        }
        assert!(!set.verb_patterns("meet").is_empty());
        assert!(set.patterns().iter().any(|p| p.particle.as_deref() == Some("down") && p.lemma == "shoot"));
        assert!(set.patterns().iter().any(|p| p.nominal && p.lemma == "strike"));
    }

    #[test]
    fn bad_entries_name_file_and_line() {
        let t = CameoTable::builtin();
        let mut set = PatternSet::default();
        let text = "root = \"04\"\nsource = \"test\"\npatterns = [\n{ code = \"999\", verb = \"meet\", example = \"x\" },\n]\n";
        let e = set.add_file("x.toml", text, t).unwrap_err();
        assert_eq!(e.to_string(), "x.toml:4: field code: \"999\" is not a CAMEO code");
        let text = "root = \"04\"\nsource = \"test\"\npatterns = [\n{ code = \"040\", verb = \"meet\", colour = \"red\", example = \"x\" },\n]\n";
        assert!(set.add_file("x.toml", text, t).unwrap_err().to_string().contains("unknown field"));
        let text = "root = \"04\"\nsource = \"test\"\npatterns = [\n{ code = \"040\", verb = \"meet\", noun = \"meeting\", example = \"x\" },\n]\n";
        assert_eq!(set.add_file("x.toml", text, t).unwrap_err().to_string(), "x.toml:4: give exactly one of verb, noun, adj or act");
        let text = "root = \"04\"\nsource = \"test\"\npatterns = [\n{ code = \"040\", noun = \"meeting\", obj = \"leader\", prep = \"with\", example = \"x\" },\n]\n";
        assert!(set.add_file("x.toml", text, t).unwrap_err().to_string().contains("field obj: a noun entry takes no obj but"));
    }

    #[test]
    fn target_kinds_are_checked_and_known() {
        let t = CameoTable::builtin();
        let mut set = PatternSet::default();
        let text = "root = \"16\"\nsource = \"test\"\npatterns = [\n{ code = \"161\", verb = \"withdraw\", prep = \"from\", target_kind = \"club\", example = \"x\" },\n]\n";
        assert!(set.add_file("x.toml", text, t).unwrap_err().to_string().contains("field target_kind: \"club\""));
        let text = "root = \"16\"\nsource = \"test\"\npatterns = [\n{ code = \"161\", verb = \"withdraw\", prep = \"from\", target_kind = \"igo|state\", example = \"x\" },\n]\n";
        set.add_file("x.toml", text, t).unwrap();
        assert_eq!(set.get(0).target_kinds, ["igo", "state"]);
        assert_eq!(set.get(0).specificity(), 4);
        assert!(actor_is_kind("igo", "IGOUNOHLHWHO", None, Some("IGO")));
        assert!(actor_is_kind("state", "SDN", Some("SDN"), None));
        assert!(actor_is_kind("state", "SDNGOV", Some("SDN"), Some("GOV")));
        assert!(!actor_is_kind("state", "SDNREB", Some("SDN"), Some("REB")));
        assert!(!actor_is_kind("ngo", "IGOUNO", None, Some("IGO")));
        // peers20: refugees and civilians are "people"; a state or its rebels are not.
        assert!(actor_is_kind("people", "SYRREF", Some("SYR"), Some("REF")));
        assert!(actor_is_kind("people", "UKRCVL", Some("UKR"), Some("CVL")));
        assert!(!actor_is_kind("people", "ARM", Some("ARM"), None));
        assert!(!actor_is_kind("people", "SDNREB", Some("SDN"), Some("REB")));
    }

    #[test]
    fn doer_kinds_are_checked_and_known() {
        let t = CameoTable::builtin();
        let mut set = PatternSet::default();
        let text = "root = \"04\"\nsource = \"test\"\npatterns = [\n{ code = \"042\", verb = \"arrive\", prep = \"in\", doer = \"robot\", example = \"x\" },\n]\n";
        assert!(set.add_file("x.toml", text, t).unwrap_err().to_string().contains("field doer: \"robot\""));
        let text = "root = \"04\"\nsource = \"test\"\npatterns = [\n{ code = \"042\", noun = \"visit\", prep = \"to\", doer = \"person\", example = \"x\" },\n]\n";
        assert!(set.add_file("x.toml", text, t).unwrap_err().to_string().contains("only a verb entry"));
        let text = "root = \"04\"\nsource = \"test\"\npatterns = [\n{ code = \"042\", verb = \"arrive\", prep = \"in\", doer = \"person\", example = \"x\" },\n]\n";
        set.add_file("x.toml", text, t).unwrap();
        let p = set.get(0);
        assert_eq!((p.doer.as_deref(), p.describe().as_str()), (Some("person"), "arrive [in] by a person → 042"));
    }

    #[test]
    fn counts_are_read_on_verb_entries_only() {
        let t = CameoTable::builtin();
        let mut set = PatternSet::default();
        let text = "root = \"20\"\nsource = \"test\"\npatterns = [\n{ code = \"202\", verb = \"kill\", count = 100, example = \"x\" },\n]\n";
        set.add_file("x.toml", text, t).unwrap();
        let p = set.get(0);
        assert_eq!((p.count, p.specificity(), p.describe().as_str()), (Some(100), 5, "kill counting 100+ → 202"));
        let text = "root = \"20\"\nsource = \"test\"\npatterns = [\n{ code = \"202\", noun = \"massacre\", count = 100, example = \"x\" },\n]\n";
        assert!(set.add_file("x.toml", text, t).unwrap_err().to_string().contains("field count: only a verb entry"));
        let text = "root = \"20\"\nsource = \"test\"\npatterns = [\n{ code = \"202\", verb = \"kill\", count = 0, example = \"x\" },\n]\n";
        assert!(set.add_file("x.toml", text, t).unwrap_err().to_string().contains("above zero"));
    }

    #[test]
    fn adjective_entries_index_apart_and_need_a_target() {
        let t = CameoTable::builtin();
        let mut set = PatternSet::default();
        let text = "root = \"11\"\nsource = \"test\"\npatterns = [\n{ code = \"111\", adj = \"critical\", prep = \"of\", example = \"x\" },\n]\n";
        set.add_file("x.toml", text, t).unwrap();
        let p = set.get(set.adjective_patterns("critical")[0]);
        assert!(p.adjective && !p.nominal);
        assert_eq!((p.target, p.describe().as_str()), (TargetRole::Oblique, "adj critical [of] → 111"));
        assert!(set.verb_patterns("critical").is_empty());
        let text = "root = \"11\"\nsource = \"test\"\npatterns = [\n{ code = \"111\", adj = \"critical\", example = \"x\" },\n]\n";
        assert!(set.add_file("x.toml", text, t).unwrap_err().to_string().contains("names its target's prep"));
        let text = "root = \"11\"\nsource = \"test\"\npatterns = [\n{ code = \"111\", adj = \"critical\", obj = \"plan\", prep = \"of\", example = \"x\" },\n]\n";
        assert!(set.add_file("x.toml", text, t).unwrap_err().to_string().contains("takes no obj"));
    }

    #[test]
    fn word_classes_expand_in_every_list_and_nest() {
        let t = CameoTable::builtin();
        let classes = "source = \"test\"\n[classes]\nwarships = \"warship|frigate\"\nnavy = \"@warships|fleet|frigate\"\n";
        let mut set = PatternSet { classes: WordClasses::parse("c.toml", classes).unwrap(), ..PatternSet::default() };
        assert_eq!(set.classes().words("navy").unwrap(), ["warship", "frigate", "fleet"]);
        let text = "root = \"15\"\nsource = \"test\"\npatterns = [\n{ code = \"154\", verb = \"send\", obj = \"troop|@navy|Warship\", unless = \"@warships\", example = \"x\" },\n]\n";
        set.add_file("f.toml", text, t).unwrap();
        let p = set.get(0);
        assert_eq!(p.objects, ["troop", "warship", "frigate", "fleet"]);
        assert_eq!(p.unless, ["warship", "frigate"]);
        let uses: Vec<(&str, usize)> = set.classes().uses().collect();
        assert_eq!(uses, [("navy", 1), ("warships", 1)]);
    }

    #[test]
    fn unknown_or_cyclic_word_classes_name_file_and_line() {
        let t = CameoTable::builtin();
        let mut set = PatternSet::default();
        let text = "root = \"15\"\nsource = \"test\"\npatterns = [\n{ code = \"154\", verb = \"send\", obj = \"@warboats\", example = \"x\" },\n]\n";
        let e = set.add_file("f.toml", text, t).unwrap_err();
        assert!(matches!(e, EventsError::Pattern { line: 4, .. }), "{e}");
        assert!(e.to_string().starts_with("f.toml:4: field obj: unknown word class @warboats"), "{e}");
        let bad = "source = \"test\"\n[classes]\na = \"x|@b\"\nb = \"@a\"\n";
        let e = WordClasses::parse("c.toml", bad).unwrap_err();
        assert_eq!(e.to_string(), "c.toml:4: class @b: a cycle of classes (@a → @b → @a)");
        let bad = "source = \"test\"\n[classes]\na = \"x\"\nb = \"y|@c\"\n";
        assert_eq!(WordClasses::parse("c.toml", bad).unwrap_err().to_string(), "c.toml:4: class @b: unknown word class @c");
    }

    #[test]
    fn every_shipped_word_class_is_used() {
        let set = PatternSet::builtin();
        for (name, n) in set.classes().uses() {
            assert!(n > 0, "class @{name} in {} is used by no pattern", BUILTIN_CLASS_FILE.0);
        }
        assert!(set.patterns().iter().all(|p| !p.objects.iter().chain(&p.unless).chain(&p.agents).any(|w| w.starts_with('@'))));
    }

    #[test]
    fn pattern_directory_loads_its_word_classes() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dictionaries/events");
        let (set, errors) = PatternSet::load_dir(&dir, CameoTable::builtin());
        assert!(errors.is_empty(), "{errors:?}");
        let builtin = PatternSet::builtin();
        assert_eq!((set.patterns().len(), set.entry_count()), (builtin.patterns().len(), builtin.entry_count()));
        assert_eq!(set.classes().words("weapons"), builtin.classes().words("weapons"));
    }

    #[test]
    fn alternatives_expand_and_particles_split() {
        let t = CameoTable::builtin();
        let mut set = PatternSet::default();
        let text = "root = \"19\"\nsource = \"test\"\npatterns = [\n{ code = \"190\", verb = \"shoot down|bring down\", example = \"x\" },\n]\n";
        set.add_file("f.toml", text, t).unwrap();
        assert_eq!(set.patterns().len(), 2);
        assert_eq!(set.entry_count(), 1);
        let p = set.get(set.verb_patterns("shoot")[0]);
        assert_eq!((p.particle.as_deref(), p.target, p.line), (Some("down"), TargetRole::ObjectOrParticle, 4));
        assert_eq!(p.rule(), "f.toml:4");
    }
}
