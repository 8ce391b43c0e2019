//! `detente dictionaries check` for actors: lints every file and runs its examples.
use crate::dictionary::{parse_date, Example};
use crate::matcher::{ActorDictionary, EntryKind, Form};
use crate::resolver::DictionaryResolver;
use detente_core::is_role_block;
use std::collections::HashMap;
use std::sync::Arc;

/// How bad a finding is: errors fail the check, warnings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth a look; does not fail the check.
    Warning,
    /// Must be fixed.
    Error,
}

/// One finding, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lint {
    /// Error or warning.
    pub severity: Severity,
    /// "file:line".
    pub place: String,
    /// What is wrong.
    pub message: String,
}

/// Results of checking the actor dictionaries.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    /// Findings, in file order.
    pub lints: Vec<Lint>,
    /// Example sentences run.
    pub examples_run: usize,
    /// Example sentences whose expected code was not found.
    pub examples_failed: usize,
}

impl CheckReport {
    /// Number of errors.
    pub fn errors(&self) -> usize {
        self.lints.iter().filter(|l| l.severity == Severity::Error).count()
    }
}

fn first_block_known(dict: &ActorDictionary, code: &str) -> bool {
    code.len() >= 3 && {
        let b = &code[..3];
        dict.countries.contains(b) || crate::NON_COUNTRY.contains(&b) || is_role_block(b)
    }
}

/// Lints the resolver's word lists of file `f` (`[words.NAME]`): a name the resolver reads, a
/// comment above saying what the list is for, words normalized (lower case, trimmed) and
/// given once.
fn lint_word_lists(f: &crate::dictionary::SourceFile, lint: &mut impl FnMut(Severity, String, String)) {
    use crate::words::{PAIR_LISTS, WORD_LISTS};
    for (name, table) in &f.config.words {
        let (line, commented) = f.word_lines.iter().find(|(n, _, _)| n == name).map(|(_, l, c)| (*l, *c)).unwrap_or((1, true));
        let p = format!("{}:{line}", f.path);
        if !WORD_LISTS.contains(&name.as_str()) && !PAIR_LISTS.contains(&name.as_str()) {
            lint(Severity::Error, p.clone(), format!("unknown word list {name:?} (the resolver reads none such)"));
        }
        if !commented {
            lint(Severity::Error, p.clone(), format!("word list {name:?}: no comment above saying what it is for"));
        }
        for k in table.extra.keys() {
            lint(Severity::Error, p.clone(), format!("word list {name:?}: unknown key {k:?}"));
        }
        let pair_words = table.pairs.iter().flat_map(|(a, b)| [a, b]);
        for word in table.words.iter().chain(pair_words) {
            if *word != word.trim().to_lowercase() {
                lint(Severity::Error, p.clone(), format!("word list {name:?}: {word:?} is not normalized (lower case, trimmed)"));
            }
        }
        for (i, word) in table.words.iter().enumerate() {
            if table.words[..i].contains(word) {
                lint(Severity::Warning, p.clone(), format!("word list {name:?}: {word:?} twice"));
            }
        }
    }
}

/// Lints every file of `dict` and runs the examples the entries carry.
pub fn check(dict: &Arc<ActorDictionary>) -> CheckReport {
    let mut r = CheckReport::default();
    let mut lint = |severity, place: String, message: String| r.lints.push(Lint { severity, place, message });
    for e in &dict.errors {
        lint(Severity::Error, format!("{}:{}", e.file, e.line), e.message.clone());
    }
    let mut examples: Vec<(String, Example)> = Vec::new();
    for f in &dict.files {
        let c = &f.config;
        let at = |lines: &[usize], i: usize| format!("{}:{}", f.path, lines.get(i).copied().unwrap_or(0));
        for k in c.extra.keys() {
            lint(Severity::Error, format!("{}:1", f.path), format!("unknown table {k:?} (expected actor, person, agent, ignore, words)"));
        }
        lint_word_lists(f, &mut lint);
        for (i, a) in c.actor.iter().enumerate() {
            let p = at(&f.actor_lines, i);
            for k in a.extra.keys() {
                lint(Severity::Error, p.clone(), format!("unknown key {k:?}"));
            }
            if !first_block_known(dict, &a.code) {
                lint(Severity::Error, p.clone(), format!("unknown country code in {:?}", a.code));
            }
            if let Some(cn) = &a.country {
                if !dict.countries.contains(cn) {
                    lint(Severity::Error, p.clone(), format!("unknown country code {cn:?}"));
                }
            }
            if a.names.is_empty() && a.metonyms.is_empty() && a.adjectives.is_empty() {
                lint(Severity::Error, p.clone(), format!("{}: no names", a.code));
            }
            if a.source.is_none() && !f.has_header_source() {
                lint(Severity::Warning, p.clone(), format!("{}: no source", a.code));
            }
            examples.extend(a.examples.iter().map(|x| (p.clone(), x.clone())));
        }
        for (i, a) in c.agent.iter().enumerate() {
            let p = at(&f.agent_lines, i);
            for k in a.extra.keys() {
                lint(Severity::Error, p.clone(), format!("unknown key {k:?}"));
            }
            if !is_role_block(&a.sector) {
                lint(Severity::Error, p.clone(), format!("sector {:?} is not a CAMEO role block", a.sector));
            }
            examples.extend(a.examples.iter().map(|x| (p.clone(), x.clone())));
        }
        for (i, per) in c.person.iter().enumerate() {
            let p = at(&f.person_lines, i);
            for k in per.extra.keys() {
                lint(Severity::Error, p.clone(), format!("{}: unknown key {k:?}", per.name));
            }
            match &per.country {
                Some(cn) if !dict.countries.contains(cn) => lint(Severity::Error, p.clone(), format!("{}: unknown country code {cn:?}", per.name)),
                None => lint(Severity::Warning, p.clone(), format!("{}: no country", per.name)),
                _ => {}
            }
            if per.source.is_none() && !f.has_header_source() {
                lint(Severity::Warning, p.clone(), format!("{}: no source", per.name));
            }
            let mut spans = Vec::new();
            for role in &per.roles {
                for k in role.extra.keys() {
                    lint(Severity::Error, p.clone(), format!("{}: unknown role key {k:?}", per.name));
                }
                if !first_block_known(dict, &role.code) {
                    lint(Severity::Error, p.clone(), format!("{}: unknown country code in role {:?}", per.name, role.code));
                }
                let from = role.from.as_deref().and_then(parse_date);
                let to = role.to.as_deref().and_then(parse_date);
                if let (Some(a), Some(b)) = (from, to) {
                    if a > b {
                        lint(Severity::Error, p.clone(), format!("{}: role {} ends ({b}) before it starts ({a})", per.name, role.code));
                    }
                }
                spans.push((role.code.as_str(), from, to));
            }
            for x in 0..spans.len() {
                for y in x + 1..spans.len() {
                    let (ca, fa, ta) = spans[x];
                    let (cb, fb, tb) = spans[y];
                    let overlap = fa.max(fb).zip(ta.min(tb)).is_none_or(|(s, e)| s < e) && (ta.is_none_or(|t| fb.is_none_or(|f| f < t)) && tb.is_none_or(|t| fa.is_none_or(|f| f < t)));
                    if ca != cb && overlap {
                        lint(Severity::Warning, p.clone(), format!("{}: roles {ca} and {cb} overlap in time (the later-starting one wins)", per.name));
                    }
                }
            }
            examples.extend(per.examples.iter().map(|x| (p.clone(), x.clone())));
        }
    }
    // Duplicate names with conflicting codes (same form, different entries and codes).
    let mut seen: HashMap<(String, u8), (String, String)> = HashMap::new();
    for (key, hits) in dict.all_patterns() {
        for h in hits {
            let e = &dict.entries[h.entry as usize];
            if matches!(h.form, Form::Surname | Form::Agent) {
                continue;
            }
            let class = match h.form {
                Form::PersonName => 0,
                Form::Name | Form::Adjective => 1,
                _ => 2,
            };
            let code = if e.kind == EntryKind::Person { e.country.clone().unwrap_or_default() } else { e.code.clone() };
            match seen.get(&(key.to_string(), class)) {
                Some((c, rule)) if *c != code => {
                    let sev = if class == 0 { Severity::Warning } else { Severity::Error };
                    lint(sev, e.rule.clone(), format!("name {:?} is {code} here but {c} at {rule}", key.trim()));
                }
                Some(_) => {}
                None => {
                    seen.insert((key.to_string(), class), (code, e.rule.clone()));
                }
            }
        }
    }
    if let Some(problem) = crate::words::shipped_problem() {
        lint(Severity::Error, format!("{}:1", crate::words::WORDS_FILE), problem);
    }
    let resolver = DictionaryResolver::new(dict.clone());
    for (place, ex) in examples {
        r.examples_run += 1;
        let date = ex.date.as_deref().and_then(parse_date);
        let mut doc = crate::simple::document(&ex.text, date);
        resolver.resolve(&mut doc);
        // Places visited are no actors: an example must be met by an actor mention.
        if !doc.mentions.iter().any(|m| m.kind.is_actor() && m.actor.code == ex.expect) {
            r.examples_failed += 1;
            let got: Vec<String> = doc.mentions.iter().map(|m| format!("{}={}", doc.slice(m.range), m.actor.code)).collect();
            r.lints.push(Lint { severity: Severity::Error, place, message: format!("example {:?}: expected {}, got [{}]", ex.text, ex.expect, got.join(", ")) });
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lints_find_planted_problems() {
        let text = r#"
[[actor]]
code = "XYZ"
names = ["Xyzland"]
colour = "red"
[[actor]]
code = "ABC"
names = ["Abcland", "Xyzland"]
examples = [{ text = "Abcland protested.", expect = "ABC" }, { text = "Nothing here.", expect = "ABC" }]
[[agent]]
sector = "FOO"
words = ["foos"]
# Weapons.
[words.arms]
words = ["Missiles", "drones", "drones"]
[words.guns]
words = ["rifles"]
[[person]]
name = "Jane Roe"
country = "QQQ"
roles = [
  { code = "XYZGOV", from = "2020-01-01", to = "2019-01-01" },
  { code = "XYZGOV", from = "2010-01-01", to = "2015-01-01" },
  { code = "XYZMIL", from = "2012-01-01", to = "2013-01-01" },
]
"#;
        let d = Arc::new(ActorDictionary::from_texts(vec![("t.toml".into(), text.into())]));
        let r = check(&d);
        let msgs: Vec<&str> = r.lints.iter().map(|l| l.message.as_str()).collect();
        let has = |s: &str| msgs.iter().any(|m| m.contains(s));
        assert!(has("unknown key \"colour\""), "{msgs:?}");
        assert!(has("is ABC here but XYZ"), "{msgs:?}");
        assert!(has("not a CAMEO role block"), "{msgs:?}");
        assert!(has("unknown country code \"QQQ\""), "{msgs:?}");
        assert!(has("ends (2019-01-01) before it starts"), "{msgs:?}");
        assert!(has("roles XYZGOV and XYZMIL overlap"), "{msgs:?}");
        assert!(has("\"Missiles\" is not normalized") && has("\"drones\" twice"), "{msgs:?}");
        assert!(has("unknown word list \"guns\"") && has("\"guns\": no comment above"), "{msgs:?}");
        assert!(!has("\"arms\": no comment above"), "{msgs:?}");
        assert_eq!((r.examples_run, r.examples_failed), (2, 1));
        assert!(r.lints.iter().any(|l| l.place == "t.toml:6" && l.message.contains("Nothing here")));
    }

    #[test]
    fn shipped_dictionaries_pass_the_check() {
        let d = crate::shipped();
        let r = check(&d);
        let (people, ours): (Vec<&Lint>, Vec<&Lint>) =
            r.lints.iter().filter(|l| l.severity == Severity::Error).partition(|l| l.place.contains("/people/"));
        for l in &ours {
            eprintln!("error: {}: {}", l.place, l.message);
        }
        eprintln!(
            "shipped: {} files, {} entries, {} patterns; errors: {} in people/, {} elsewhere; examples {}/{} pass",
            d.files.len(),
            d.entries.len(),
            d.pattern_count(),
            people.len(),
            ours.len(),
            r.examples_run - r.examples_failed,
            r.examples_run
        );
        assert!(ours.is_empty());
    }
}
