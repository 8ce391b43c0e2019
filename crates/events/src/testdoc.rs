//! Hand-parsed documents for unit tests, so the coder is tested independently of the
//! parser and the actor dictionaries.
use detente_core::{Actor, DepRel, Document, Mention, MentionKind, Sentence, TextRange, Token, Upos, Xpos};

/// Builds a one-sentence document from CoNLL-U-like lines `ID FORM LEMMA UPOS XPOS HEAD DEPREL`
/// (HEAD 1-based, 0 for the root; an eighth field `SpaceAfter=No` glues the next token on, as in
/// "sit-in") and mentions `(first ID, last ID, actor code)`.
pub fn doc(conll: &str, mentions: &[(usize, usize, &str)]) -> Document {
    let mut text = String::new();
    let mut tokens = Vec::new();
    let mut glue = false;
    for line in conll.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split_whitespace().collect();
        assert!(f.len() == 7 || (f.len() == 8 && f[7] == "SpaceAfter=No"), "bad test line {line:?}");
        if !text.is_empty() && !glue {
            text.push(' ');
        }
        glue = f.len() == 8;
        let start = text.len();
        text.push_str(f[1]);
        let head: usize = f[5].parse().unwrap();
        tokens.push(Token {
            range: TextRange::new(start, text.len()),
            upos: Upos::parse(f[3]).unwrap_or_else(|| panic!("upos {}", f[3])),
            xpos: Xpos::parse(f[4]),
            lemma: f[2].to_string(),
            head: (head > 0).then(|| head as u32 - 1),
            deprel: DepRel::parse(f[6]),
            space_after: !glue,
        });
    }
    let mut d = Document::new("t", text.clone());
    d.sentences = vec![Sentence { range: TextRange::new(0, text.len()), tokens: 0..tokens.len() as u32 }];
    for &(a, b, code) in mentions {
        let (a, b) = (a as u32 - 1, b as u32);
        let range = tokens[a as usize].range.cover(tokens[b as usize - 1].range);
        let kind = if code.len() == 3 && tokens[a as usize].upos == Upos::Adj { MentionKind::Demonym } else { MentionKind::Name };
        d.mentions.push(Mention { range, tokens: a..b, head: b - 1, actor: Actor::new(code, &text[range.to_range()]), kind, rule: "test".into() });
    }
    d.tokens = tokens;
    d
}
