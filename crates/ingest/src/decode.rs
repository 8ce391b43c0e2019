//! Turning input bytes into text: UTF-8, a declared charset, or a detected one.
use encoding_rs::Encoding;

/// How many leading bytes are inspected for binary content and HTML charset declarations.
const SNIFF_BYTES: usize = 8192;

/// Decodes `bytes` as text. A byte-order mark wins, then a `declared` charset label
/// (from HTTP or `<meta charset>`), then UTF-8, then the charset `chardetng` detects.
/// Binary data (NUL bytes, many control characters) is refused.
///
/// ```
/// use detente_ingest::decode::decode;
/// assert_eq!(decode(b"caf\xe9 au lait", None).unwrap(), "café au lait");
/// assert!(decode(b"\x00\x01\x02garbage", None).is_err());
/// ```
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<String, String> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return decode_with(enc, &bytes[bom_len..]);
    }
    check_not_binary(bytes)?;
    if let Some(label) = declared {
        if let Some(enc) = Encoding::for_label(label.trim().as_bytes()) {
            // A page that declares latin-1 but is really UTF-8 is common: prefer valid UTF-8.
            if let Ok(s) = std::str::from_utf8(bytes) {
                return Ok(s.to_string());
            }
            return decode_with(enc, bytes);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(utf8) => {
            let mut det = chardetng::EncodingDetector::new();
            det.feed(bytes, true);
            let enc = det.guess(None, true);
            if enc == encoding_rs::UTF_8 {
                return Err(format!("invalid UTF-8 at byte {} and no other charset fits", utf8.valid_up_to()));
            }
            decode_with(enc, bytes).map_err(|e| format!("not UTF-8 (invalid at byte {}); {e}", utf8.valid_up_to()))
        }
    }
}

fn decode_with(enc: &'static Encoding, bytes: &[u8]) -> Result<String, String> {
    enc.decode_without_bom_handling_and_without_replacement(bytes)
        .map(|s| s.into_owned())
        .ok_or_else(|| format!("bytes are not valid {}", enc.name()))
}

/// Refuses data that is plainly not text: a NUL byte, or more than 5% control characters
/// (other than tab, newline, carriage return and form feed) in the first 8 KiB.
pub fn check_not_binary(bytes: &[u8]) -> Result<(), String> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if let Some(i) = memchr::memchr(0, head) {
        return Err(format!("binary data, not text (NUL byte at offset {i})"));
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).count();
    if controls * 20 > head.len() {
        return Err(format!("binary data, not text ({controls} control bytes in the first {} bytes)", head.len()));
    }
    Ok(())
}

/// The charset an HTML page declares in its first bytes (`<meta charset="...">` or
/// `content="text/html; charset=..."`), if any.
pub fn html_declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = memchr::memmem::find(&lower, b"charset=")? + b"charset=".len();
    charset_value(&head[at..])
}

/// The `charset=` parameter of a Content-Type header value, if any.
pub fn content_type_charset(value: &str) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let at = lower.find("charset=")? + "charset=".len();
    charset_value(&value.as_bytes()[at..])
}

fn charset_value(rest: &[u8]) -> Option<String> {
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let end = rest.iter().position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))).unwrap_or(rest.len());
    (end > 0).then(|| String::from_utf8_lossy(&rest[..end]).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        assert_eq!(decode("Kyiv – Київ".as_bytes(), None).unwrap(), "Kyiv – Київ");
    }

    #[test]
    fn declared_charset_is_used() {
        let bytes = b"<meta charset=\"windows-1251\">\xcf\xf0\xe8\xe2\xe5\xf2";
        let cs = html_declared_charset(bytes).unwrap();
        assert_eq!(cs, "windows-1251");
        assert!(decode(bytes, Some(&cs)).unwrap().ends_with("Привет"));
    }

    #[test]
    fn bom_wins() {
        assert_eq!(decode(b"\xef\xbb\xbfHello", None).unwrap(), "Hello");
        assert_eq!(decode(b"\xff\xfeH\x00i\x00", None).unwrap(), "Hi");
    }

    #[test]
    fn latin1_is_detected() {
        let s = decode(b"Le pr\xe9sident fran\xe7ais a rencontr\xe9 le chancelier allemand \xe0 Berlin.", None).unwrap();
        assert!(s.contains("président français"), "{s}");
    }

    #[test]
    fn binary_is_refused() {
        let e = decode(&[0x89, b'P', b'N', b'G', 0, 0, 0, 13], None).unwrap_err();
        assert!(e.contains("binary"), "{e}");
        let e = decode(&[1u8, 2, 3, 4, 5, 6, 7, 8, b'a'], None).unwrap_err();
        assert!(e.contains("binary"), "{e}");
    }

    #[test]
    fn content_type_charset_parses() {
        assert_eq!(content_type_charset("text/html; charset=ISO-8859-1").as_deref(), Some("ISO-8859-1"));
        assert_eq!(content_type_charset("text/html"), None);
    }
}
