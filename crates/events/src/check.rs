//! Pattern example checks: every pattern's example sentence is coded and must yield the
//! pattern's code. `detente dictionaries check` runs this with the full pipeline.
use crate::PatternSet;
use detente_core::Document;

/// The outcome of coding one pattern's example.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleOutcome {
    /// The pattern's rule id ("dictionaries/events/04_consult.toml:12").
    pub rule: String,
    /// The example sentence.
    pub example: String,
    /// The code the pattern promises.
    pub expected: String,
    /// The codes coded from the example, with the rule that fired each.
    pub got: Vec<(String, String)>,
    /// True when some event has the expected code.
    pub passed: bool,
    /// True when that event came from this very pattern.
    pub own_rule: bool,
}

/// Codes each distinct pattern entry's example with `code_sentence` (a function that runs
/// the pipeline on one sentence) and compares.
pub fn check_examples(patterns: &PatternSet, mut code_sentence: impl FnMut(&str) -> Document) -> Vec<ExampleOutcome> {
    let mut out: Vec<ExampleOutcome> = Vec::new();
    for p in patterns.patterns() {
        let rule = p.rule();
        if out.last().is_some_and(|o| o.rule == rule) {
            continue;
        }
        let doc = code_sentence(&p.example);
        let got: Vec<(String, String)> = doc.events.iter().filter(|e| crate::is_reported(e)).map(|e| (e.cameo.clone(), e.rule.clone())).collect();
        let passed = got.iter().any(|(c, _)| *c == p.code);
        let own_rule = got.iter().any(|(c, r)| *c == p.code && *r == rule);
        out.push(ExampleOutcome { rule, example: p.example.clone(), expected: p.code.clone(), got, passed, own_rule });
    }
    out
}
