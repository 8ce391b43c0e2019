//! Bounded line reading: a line longer than the limit is skipped without being stored.
use std::io::{self, BufRead};

/// What one call of [`read_line_limited`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum LineRead {
    /// End of input; nothing was read.
    Eof,
    /// A line (without its `\n`) is in the buffer.
    Line,
    /// A line longer than the limit was read past; its length in bytes.
    TooLong(u64),
}

/// Reads one line into `buf` (cleared first), storing at most `limit` bytes. Memory stays
/// bounded by `limit` whatever the input: the rest of a longer line is consumed and dropped.
pub fn read_line_limited(r: &mut dyn BufRead, buf: &mut Vec<u8>, limit: usize) -> io::Result<LineRead> {
    buf.clear();
    let mut total: u64 = 0;
    let mut any = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if total as usize + take <= limit {
            buf.extend_from_slice(&chunk[..take]);
        }
        total += take as u64;
        r.consume(take + done as usize);
        if done {
            break;
        }
    }
    if !any {
        return Ok(LineRead::Eof);
    }
    if total as usize > limit {
        buf.clear();
        return Ok(LineRead::TooLong(total));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(LineRead::Line)
}

/// Reads the whole input, up to `limit` bytes; `Err(Some(n))`-style refusal is reported
/// as `Ok(None)` after consuming nothing more than `limit + 1` bytes.
pub fn read_limited(r: &mut dyn BufRead, limit: usize) -> io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    let n = io::Read::read_to_end(&mut io::Read::take(r, limit as u64 + 1), &mut buf)?;
    Ok((n <= limit).then_some(buf))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_skipped_not_stored() {
        let input = format!("short\n{}\nafter\r\nlast", "x".repeat(1000));
        let mut r = io::BufReader::with_capacity(16, input.as_bytes());
        let mut buf = Vec::new();
        assert_eq!(read_line_limited(&mut r, &mut buf, 100).unwrap(), LineRead::Line);
        assert_eq!(buf, b"short");
        assert_eq!(read_line_limited(&mut r, &mut buf, 100).unwrap(), LineRead::TooLong(1000));
        assert!(buf.capacity() <= 200);
        assert_eq!(read_line_limited(&mut r, &mut buf, 100).unwrap(), LineRead::Line);
        assert_eq!(buf, b"after");
        assert_eq!(read_line_limited(&mut r, &mut buf, 100).unwrap(), LineRead::Line);
        assert_eq!(buf, b"last");
        assert_eq!(read_line_limited(&mut r, &mut buf, 100).unwrap(), LineRead::Eof);
    }

    #[test]
    fn read_limited_refuses_big_inputs() {
        assert_eq!(read_limited(&mut &b"abc"[..], 3).unwrap(), Some(b"abc".to_vec()));
        assert_eq!(read_limited(&mut &b"abcd"[..], 3).unwrap(), None);
    }
}
