//! Penn/UD-style tokenization with exact byte ranges.
//!
//! Whitespace separates chunks; each chunk is split into tokens: opening and closing
//! punctuation peeled off, clitics split ("China's" → "China" "'s", "don't" → "do" "n't"),
//! hyphenated compounds split as UD EWT does ("long - term", but "e-mail", "co-founder",
//! "713-853-3989" kept), URLs, e-mail addresses, numbers ("1,000.5", "10:30", "11/28/2000")
//! and abbreviations ("U.S.", "Sen.") kept whole.
use super::abbrev::Abbreviations;
use detente_core::TextRange;

/// A token before sentence splitting, with what the whitespace before it held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawToken {
    /// Where the token is.
    pub range: TextRange,
    /// Newlines in the whitespace before the token (capped at 2: a paragraph break).
    pub newlines_before: u8,
}

const OPENERS: &[char] = &['(', '[', '{', '"', '“', '‘', '«', '`', '<', '\'', '¿', '¡'];
const CLOSERS: &[char] = &[')', ']', '}', '"', '”', '’', '»', '>', '\'', ',', ';', ':', '!', '?', '…', '*', '“', '‘'];
const LEADING_SYMBOLS: &[char] = &['$', '£', '€', '¥', '#', '—', '–', '*', '•', '·', '|', '~', '^', '+', '='];
const INTERNAL_SPLITS: &[char] = &['—', '–', '…', '(', ')', '[', ']', '{', '}', '"', '“', '”', ';', '!', '?', '«', '»', '|', '‘'];

/// Prefixes that UD English keeps joined to the word after their hyphen.
const HYPHEN_PREFIXES: &[&str] = &[
    "e", "non", "pre", "post", "pro", "anti", "co", "re", "ex", "mid", "multi", "semi", "sub", "inter", "intra", "counter",
    "un", "de", "bi", "tri", "neo", "quasi", "mega", "micro", "macro", "mini", "over", "under",
];
const NUMBER_WORDS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Splits `text` into tokens, appending them to `out`.
pub fn tokenize(text: &str, abbrevs: &Abbreviations, out: &mut Vec<RawToken>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut newlines: u8 = 0;
    while i < bytes.len() {
        let (c, n) = char_at(text, i);
        if c.is_whitespace() {
            if c == '\n' {
                newlines = newlines.saturating_add(1);
            }
            i += n;
            continue;
        }
        let start = i;
        while i < bytes.len() {
            let (c, n) = char_at(text, i);
            if c.is_whitespace() {
                break;
            }
            i += n;
        }
        let before = out.len();
        split_chunk(text, start, i, abbrevs, out);
        if let Some(first) = out.get_mut(before) {
            first.newlines_before = newlines.min(2);
        }
        newlines = 0;
    }
}

#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

#[inline]
fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

fn push(out: &mut Vec<RawToken>, start: usize, end: usize) {
    if end > start {
        out.push(RawToken { range: TextRange::new(start, end), newlines_before: 0 });
    }
}

fn is_url_or_email(chunk: &str) -> bool {
    let lower_starts = |p: &str| chunk.len() >= p.len() && chunk.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    let inner = chunk.trim_start_matches(OPENERS);
    let inner_starts = |p: &str| inner.len() >= p.len() && inner.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if lower_starts("http://") || lower_starts("https://") || lower_starts("www.") || inner_starts("http://") || inner_starts("https://") || inner_starts("www.") {
        return true;
    }
    if let Some(at) = inner.find('@') {
        let (user, host) = (&inner[..at], &inner[at + 1..]);
        return !user.is_empty() && host.trim_end_matches(CLOSERS).trim_end_matches('.').contains('.') && user.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-+%".contains(&b));
    }
    false
}

/// Whether `word` + "." is one token: a listed abbreviation, an initial ("J."), or a
/// dotted abbreviation ("Ph.D", "a.m", "U.S").
fn keeps_period(word: &str, abbrevs: &Abbreviations) -> bool {
    if abbrevs.kind(word).is_some() {
        return true;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    word.contains('.') && word.split('.').all(|p| !p.is_empty() && p.chars().count() <= 3 && p.chars().all(char::is_alphabetic))
}

fn split_chunk(text: &str, s: usize, e: usize, abbrevs: &Abbreviations, out: &mut Vec<RawToken>) {
    let chunk = &text[s..e];
    let url = is_url_or_email(chunk);
    let mut lo = s;
    let mut hi = e;
    // Leading punctuation.
    while lo < hi {
        let rest = &text[lo..hi];
        if is_clitic(rest) {
            break;
        }
        if rest.starts_with("``") || rest.starts_with("--") {
            push(out, lo, lo + 2);
            lo += 2;
            continue;
        }
        if rest.starts_with("..") {
            let n = rest.bytes().take_while(|&b| b == b'.').count();
            push(out, lo, lo + n);
            lo += n;
            continue;
        }
        let (c, n) = char_at(text, lo);
        let next_is_digit = rest[n..].starts_with(|ch: char| ch.is_ascii_digit());
        let split = OPENERS.contains(&c)
            || (LEADING_SYMBOLS.contains(&c) && lo + n < hi && !(c == '#' && !next_is_digit && url))
            || (c == '-' && lo + n < hi && !next_is_digit);
        if !split {
            break;
        }
        push(out, lo, lo + n);
        lo += n;
    }
    // Trailing punctuation, peeled from the end into a small stack.
    let mut trail: [(usize, usize); 24] = [(0, 0); 24];
    let mut nt = 0;
    while lo < hi && nt < trail.len() {
        let core = &text[lo..hi];
        let Some(c) = last_char(core) else { break };
        let n = c.len_utf8();
        if c == '.' {
            let dots = core.bytes().rev().take_while(|&b| b == b'.').count();
            if dots >= 2 {
                trail[nt] = (hi - dots, hi);
                nt += 1;
                hi -= dots;
                continue;
            }
            let word = &core[..core.len() - 1];
            if !word.is_empty() && !url && keeps_period(word, abbrevs) {
                break;
            }
            if word.is_empty() && nt == 0 && lo == s {
                break; // a lone "."
            }
            trail[nt] = (hi - 1, hi);
            nt += 1;
            hi -= 1;
            continue;
        }
        if matches!(c, '!' | '?') && core.len() > 1 {
            let run = core.bytes().rev().take_while(|&b| b == b'!' || b == b'?').count();
            let run = if run == core.len() { run - 1 } else { run };
            if run > 1 {
                trail[nt] = (hi - run, hi);
                nt += 1;
                hi -= run;
                continue;
            }
        }
        let percent = c == '%' && core.len() > 1;
        let apostrophe = matches!(c, '\'' | '’') && core.len() > n;
        if (CLOSERS.contains(&c) && core.len() > n && !(apostrophe && is_clitic(core))) || percent {
            if url && !matches!(c, ')' | ']' | '>' | '"' | '”' | '\'' | '’' | ',' | ';' | ':' | '!' | '?') {
                break;
            }
            trail[nt] = (hi - n, hi);
            nt += 1;
            hi -= n;
            continue;
        }
        break;
    }
    if url {
        push(out, lo, hi);
    } else {
        split_core(text, lo, hi, out);
    }
    for &(a, b) in trail[..nt].iter().rev() {
        push(out, a, b);
    }
}

/// True for a chunk that is exactly a clitic ("'s", "n't", "’re").
fn is_clitic(s: &str) -> bool {
    let s = s.strip_prefix('\'').or_else(|| s.strip_prefix('’')).or_else(|| s.strip_prefix('`'));
    match s {
        Some(rest) => matches!(rest.to_ascii_lowercase().as_str(), "s" | "re" | "ve" | "ll" | "d" | "m" | "em"),
        None => false,
    }
}

/// Splits a core (no leading or trailing punctuation) into words and clitics.
fn split_core(text: &str, lo: usize, hi: usize, out: &mut Vec<RawToken>) {
    if lo >= hi {
        return;
    }
    let core = &text[lo..hi];
    // Whole-word contractions UD splits in two.
    let lower2 = |a: &str| core.eq_ignore_ascii_case(a);
    for (word, at) in [("cannot", 3), ("gonna", 3), ("gotta", 3), ("wanna", 3)] {
        if lower2(word) {
            push(out, lo, lo + at);
            push(out, lo + at, hi);
            return;
        }
    }
    let b = core.as_bytes();
    let mut clitic_at = None;
    for nt in ["n't", "n’t", "n`t"] {
        if b.len() > nt.len() && core.is_char_boundary(b.len() - nt.len()) && core[b.len() - nt.len()..].eq_ignore_ascii_case(nt) {
            clitic_at = Some(hi - nt.len());
        }
    }
    if clitic_at.is_none() {
        if let Some(p) = core.rfind(['\'', '’', '`']) {
            let ap_len = if b[p] == b'\'' || b[p] == b'`' { 1 } else { 3 };
            if p > 0 && is_clitic(&core[p..]) && !core[p + ap_len..].is_empty() {
                clitic_at = Some(lo + p);
            }
        }
    }
    match clitic_at {
        Some(at) => {
            split_internal(text, lo, at, out);
            push(out, at, hi);
        }
        None => split_internal(text, lo, hi, out),
    }
}

/// Splits a word on internal punctuation: dashes, brackets, quotes, hyphens between
/// words, slashes between words, commas and colons not between digits.
fn split_internal(text: &str, lo: usize, hi: usize, out: &mut Vec<RawToken>) {
    let mut seg = lo;
    let mut j = lo;
    let mut prev: Option<char> = None;
    while j < hi {
        let (c, n) = char_at(text, j);
        let next = if j + n < hi { Some(char_at(text, j + n).0) } else { None };
        let is_split = if INTERNAL_SPLITS.contains(&c) {
            true
        } else {
            match c {
                '-' if next == Some('-') => {
                    // "--" dash inside a chunk
                    push(out, seg, j);
                    let k = j + text[j..hi].bytes().take_while(|&b| b == b'-').count();
                    push(out, j, k);
                    seg = k;
                    j = k;
                    prev = Some('-');
                    continue;
                }
                '-' => {
                    let (p, nx) = (prev.unwrap_or(' '), next.unwrap_or(' '));
                    let word = &text[seg..j];
                    let words_both_sides = (p.is_alphabetic() || p == '.' || p == ')')
                        && nx.is_alphabetic()
                        && word.chars().count() > 1
                        && !HYPHEN_PREFIXES.iter().any(|x| word.eq_ignore_ascii_case(x))
                        && !NUMBER_WORDS.iter().any(|x| word.eq_ignore_ascii_case(x));
                    // "STS-133", "131-page", "R-Texas" split; "713-853-3989" does not
                    let mixed = (p.is_alphabetic() && nx.is_ascii_digit() && word.chars().count() > 1)
                        || (p.is_ascii_digit() && nx.is_alphabetic());
                    words_both_sides || mixed
                }
                '/' => {
                    let (p, nx) = (prev.unwrap_or(' '), next.unwrap_or(' '));
                    !(p.is_ascii_digit() && nx.is_ascii_digit()) && p.is_alphabetic() && nx.is_alphabetic()
                }
                ',' | ':' => !(prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|x| x.is_ascii_digit())),
                '%' => prev.is_some_and(|p| p.is_ascii_digit()),
                '.' if text[j..hi].starts_with("...") => {
                    push(out, seg, j);
                    let k = j + text[j..hi].bytes().take_while(|&b| b == b'.').count();
                    push(out, j, k);
                    seg = k;
                    j = k;
                    prev = Some('.');
                    continue;
                }
                _ => false,
            }
        };
        if is_split {
            push(out, seg, j);
            push(out, j, j + n);
            seg = j + n;
        }
        prev = Some(c);
        j += n;
    }
    push(out, seg, hi);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(s, Abbreviations::shipped(), &mut out);
        out.iter().map(|t| &s[t.range]).collect()
    }

    #[test]
    fn clitics() {
        assert_eq!(toks("China's support"), ["China", "'s", "support"]);
        assert_eq!(toks("China’s"), ["China", "’s"]);
        assert_eq!(toks("don't can't won't"), ["do", "n't", "ca", "n't", "wo", "n't"]);
        assert_eq!(toks("I'm we've they'll she'd you're"), ["I", "'m", "we", "'ve", "they", "'ll", "she", "'d", "you", "'re"]);
        assert_eq!(toks("cannot gonna"), ["can", "not", "gon", "na"]);
        assert_eq!(toks("the students' union"), ["the", "students", "'", "union"]);
        assert_eq!(toks("O'Brien"), ["O'Brien"]);
    }

    #[test]
    fn punctuation_and_quotes() {
        assert_eq!(toks("“We are,” he said."), ["“", "We", "are", ",", "”", "he", "said", "."]);
        assert_eq!(toks("(Reuters) -"), ["(", "Reuters", ")", "-"]);
        assert_eq!(toks("Wait... what?!"), ["Wait", "...", "what", "?!"]);
        assert_eq!(toks("\"stabilize\" relations"), ["\"", "stabilize", "\"", "relations"]);
        assert_eq!(toks("turbulence — the"), ["turbulence", "—", "the"]);
        assert_eq!(toks("war—and"), ["war", "—", "and"]);
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(toks("the U.S. and Sen. Warren"), ["the", "U.S.", "and", "Sen.", "Warren"]);
        assert_eq!(toks("John F. Kennedy"), ["John", "F.", "Kennedy"]);
        assert_eq!(toks("at 5 p.m. Friday"), ["at", "5", "p.m.", "Friday"]);
        assert_eq!(toks("said. Then"), ["said", ".", "Then"]);
        assert_eq!(toks("e.g. this"), ["e.g.", "this"]);
    }

    #[test]
    fn numbers_and_currency() {
        assert_eq!(toks("$1,000.50 and 5% on 11/28/2000 at 10:30"), ["$", "1,000.50", "and", "5", "%", "on", "11/28/2000", "at", "10:30"]);
        assert_eq!(toks("€5bn"), ["€", "5bn"]);
        assert_eq!(toks("-5 degrees"), ["-5", "degrees"]);
        assert_eq!(toks("1990s"), ["1990s"]);
    }

    #[test]
    fn hyphens_like_ewt() {
        assert_eq!(toks("long-term"), ["long", "-", "term"]);
        assert_eq!(toks("Washington-Beijing relationship"), ["Washington", "-", "Beijing", "relationship"]);
        assert_eq!(toks("in-person e-mail co-founder ninety-nine"), ["in", "-", "person", "e-mail", "co-founder", "ninety-nine"]);
        assert_eq!(toks("713-853-3989 STS-133 131-page"), ["713-853-3989", "STS", "-", "133", "131", "-", "page"]);
        assert_eq!(toks("don`t great!!! why?!"), ["do", "n`t", "great", "!!!", "why", "?!"]);
        assert_eq!(toks("decision.“ However"), ["decision", ".", "“", "However"]);
        assert_eq!(toks("and/or"), ["and", "/", "or"]);
    }

    #[test]
    fn urls_and_emails() {
        assert_eq!(toks("(see https://example.org/a-b?x=1)."), ["(", "see", "https://example.org/a-b?x=1", ")", "."]);
        assert_eq!(toks("mail jane.doe@example.com."), ["mail", "jane.doe@example.com", "."]);
    }

    #[test]
    fn newlines_are_counted() {
        let s = "Title\n\nBody text\nnext";
        let mut out = Vec::new();
        tokenize(s, Abbreviations::shipped(), &mut out);
        let nl: Vec<u8> = out.iter().map(|t| t.newlines_before).collect();
        assert_eq!(nl, [0, 2, 0, 1]);
    }
}
