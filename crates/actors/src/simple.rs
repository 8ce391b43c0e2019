//! A minimal tokenizer for dictionary example sentences and tests: words, numbers and
//! single punctuation marks, with "'s" split off, one sentence per call. The pipeline's
//! segmenter (`detente-text`) is the real one; this only lets `detente dictionaries
//! check` and unit tests run the resolver without it.
use detente_core::{Document, Sentence, TextRange, Token};

/// Abbreviations that keep their dot.
const ABBREVIATIONS: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Lt", "Col", "Gov", "Jr", "Sr", "Prof", "Capt", "Maj", "Sgt", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "vs", "etc"];

/// A document holding `text`, tokenized and split into sentences.
pub fn document(text: &str, date: Option<chrono::NaiveDate>) -> Document {
    let mut doc = Document::new("example", text);
    doc.date = date;
    let mut start = None;
    let b = text.as_bytes();
    let push = |doc: &mut Document, a: usize, e: usize| {
        let t = &text[a..e];
        // split a possessive off
        let cut = if t.len() > 2 && t.ends_with("'s") { Some(e - 2) } else if t.len() > 4 && t.ends_with("’s") { Some(e - 4) } else { None };
        match cut {
            Some(c) => {
                doc.tokens.push(Token::new(TextRange::new(a, c)));
                doc.tokens.push(Token::new(TextRange::new(c, e)));
            }
            None => doc.tokens.push(Token::new(TextRange::new(a, e))),
        }
    };
    for (i, ch) in text.char_indices() {
        let word_char = ch.is_alphanumeric() || ch == '\'' || ch == '’' || ch == '-' || (ch == '.' && start.is_some() && i + 1 < b.len() && b[i + 1].is_ascii_alphabetic()) || (ch == '.' && start.is_some_and(|s| text[s..i].len() == 1 || text[s..i].contains('.') || ABBREVIATIONS.contains(&&text[s..i])));
        if word_char {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start.take() {
            push(&mut doc, s, i);
        }
        if !ch.is_whitespace() {
            doc.tokens.push(Token::new(TextRange::new(i, i + ch.len_utf8())));
        }
    }
    if let Some(s) = start {
        push(&mut doc, s, text.len());
    }
    // Sentences end after a standalone ".", "!" or "?" (and any closing quotes after it).
    let n = doc.tokens.len();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let t = doc.token_text(i);
        if matches!(t, "." | "!" | "?") {
            let mut end = i + 1;
            while end < n && matches!(doc.token_text(end), "\"" | "”" | "'" | "’") {
                end += 1;
            }
            push_sentence(&mut doc, start, end);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    if start < n {
        push_sentence(&mut doc, start, n);
    }
    doc
}

fn push_sentence(doc: &mut Document, a: usize, b: usize) {
    let range = TextRange::new(doc.tokens[a].range.start as usize, doc.tokens[b - 1].range.end as usize);
    doc.sentences.push(Sentence { range, tokens: a as u32..b as u32 });
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokenizes_abbreviations_and_possessives() {
        let d = super::document("The U.S. and China's navy met.", None);
        let t: Vec<&str> = (0..d.tokens.len()).map(|i| d.token_text(i)).collect();
        assert_eq!(t, ["The", "U.S.", "and", "China", "'s", "navy", "met", "."]);
        let d = super::document("He left. She stayed! Why?", None);
        assert_eq!(d.sentences.len(), 3);
        assert_eq!(d.slice(d.sentences[1].range), "She stayed!");
    }
}
