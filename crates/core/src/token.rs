use crate::TextRange;
use serde::{Deserialize, Serialize};

/// Universal part-of-speech tag (UD v2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum Upos {
    Adj, Adp, Adv, Aux, Cconj, Det, Intj, Noun, Num, Part, Pron, Propn, Punct, Sconj, Sym, Verb,
    #[default]
    X,
}

impl Upos {
    /// Every tag, in a fixed order (the index is the tag's id in models).
    pub const ALL: [Upos; 17] = [
        Upos::Adj, Upos::Adp, Upos::Adv, Upos::Aux, Upos::Cconj, Upos::Det, Upos::Intj, Upos::Noun,
        Upos::Num, Upos::Part, Upos::Pron, Upos::Propn, Upos::Punct, Upos::Sconj, Upos::Sym, Upos::Verb, Upos::X,
    ];
    /// The tag as CoNLL-U writes it ("NOUN").
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ", Upos::Adp => "ADP", Upos::Adv => "ADV", Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ", Upos::Det => "DET", Upos::Intj => "INTJ", Upos::Noun => "NOUN",
            Upos::Num => "NUM", Upos::Part => "PART", Upos::Pron => "PRON", Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT", Upos::Sconj => "SCONJ", Upos::Sym => "SYM", Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }
    /// Parses a CoNLL-U tag; unknown tags give `None`.
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.iter().copied().find(|u| u.as_str() == s)
    }
    /// Position in [`Upos::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The Penn Treebank tags (with UD English's extras) that [`Xpos`] indexes.
pub const XPOS_TAGS: &[&str] = &[
    "_", "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW", "GW", "HYPH",
    "IN", "JJ", "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$",
    "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",
    "WP$", "WRB", "XX", "``",
];

/// A Penn Treebank tag, stored as an index into [`XPOS_TAGS`] (0 is "_", unknown).
///
/// Tense, verb form and number come from it: `VBD` is past, `VBZ` present third
/// person singular, `NNS` plural, and so on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Xpos(pub u8);

impl Xpos {
    /// Looks a tag up; unknown tags map to "_".
    pub fn parse(s: &str) -> Xpos {
        Xpos(XPOS_TAGS.iter().position(|t| *t == s).unwrap_or(0) as u8)
    }
    /// The tag's text ("VBD").
    pub fn as_str(self) -> &'static str {
        XPOS_TAGS.get(self.0 as usize).copied().unwrap_or("_")
    }
    /// True for past-tense verbs (VBD).
    pub fn is_past(self) -> bool {
        self.as_str() == "VBD"
    }
    /// True for verb tags (VB*) and modals (MD).
    pub fn is_verbal(self) -> bool {
        let s = self.as_str();
        s.starts_with("VB") || s == "MD"
    }
}

/// The UD English dependency relations that [`DepRel`] indexes, subtypes included.
pub const DEPRELS: &[&str] = &[
    "_", "root", "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux", "aux:pass", "case",
    "cc", "cc:preconj", "ccomp", "compound", "compound:prt", "conj", "cop", "csubj", "csubj:outer", "csubj:pass", "dep", "det",
    "det:predet", "discourse", "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark",
    "nmod", "nmod:desc", "nmod:poss", "nmod:unmarked", "nsubj", "nsubj:outer", "nsubj:pass", "nummod", "obj", "obl",
    "obl:agent", "obl:unmarked", "orphan", "parataxis", "punct", "reparandum", "vocative", "xcomp",
    "obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod", "det:poss", "flat:foreign", "flat:name", "advmod:emph", "nummod:gov",
    "expl:pv", "aux:outer",
];

/// A dependency relation, stored as an index into [`DEPRELS`] (0 is "_", unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct DepRel(pub u8);

impl DepRel {
    /// Looks a relation up; unknown relations map to "_".
    pub fn parse(s: &str) -> DepRel {
        DepRel(DEPRELS.iter().position(|t| *t == s).unwrap_or(0) as u8)
    }
    /// The relation's text ("nsubj:pass").
    pub fn as_str(self) -> &'static str {
        DEPRELS.get(self.0 as usize).copied().unwrap_or("_")
    }
    /// The relation without its subtype ("nsubj" for "nsubj:pass").
    pub fn base(self) -> &'static str {
        let s = self.as_str();
        s.split(':').next().unwrap_or(s)
    }
    /// True when the relation is `s` or a subtype of it (`is("obl")` holds for "obl:tmod").
    pub fn is(self, s: &str) -> bool {
        let me = self.as_str();
        me == s || (me.len() > s.len() && me.starts_with(s) && me.as_bytes()[s.len()] == b':')
    }
}

/// One token of the clean text, with its annotations.
///
/// Tokens are owned by [`crate::Document::tokens`]; `head` is an index into that
/// same vector (the root's head is `None`). Tagging, lemmatizing and parsing fill
/// `upos`, `xpos`, `lemma`, `head` and `deprel`; the range never changes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Token {
    /// Where the token is in the clean text.
    pub range: TextRange,
    /// Universal POS tag.
    pub upos: Upos,
    /// Penn Treebank tag.
    pub xpos: Xpos,
    /// Lemma, lower-cased except for proper nouns ("shot" → "shoot").
    pub lemma: String,
    /// Syntactic head as an index into the document's tokens; `None` for the root.
    pub head: Option<u32>,
    /// Relation to the head.
    pub deprel: DepRel,
    /// True when whitespace follows the token in the text.
    pub space_after: bool,
}

impl Token {
    /// A bare token covering `range`, before any tagging.
    pub fn new(range: TextRange) -> Self {
        Token { range, ..Default::default() }
    }
}
