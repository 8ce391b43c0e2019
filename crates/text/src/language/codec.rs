//! Little-endian binary encoding of the model file, with bounds-checked reading.
use super::ModelError;

/// Appends values to a byte buffer.
#[derive(Debug, Default)]
pub struct Writer(Vec<u8>);

impl Writer {
    /// The bytes written.
    pub fn into_inner(self) -> Vec<u8> {
        self.0
    }
    /// Writes a `u32`.
    pub fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    /// Writes an `f32`.
    pub fn f32(&mut self, v: f32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    /// Writes a length-prefixed byte string.
    pub fn bytes(&mut self, v: &[u8]) {
        self.u32(v.len() as u32);
        self.0.extend_from_slice(v);
    }
    /// Writes a length-prefixed UTF-8 string.
    pub fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    /// Writes a length-prefixed `u64` array.
    pub fn u64s(&mut self, v: &[u64]) {
        self.u32(v.len() as u32);
        v.iter().for_each(|x| self.0.extend_from_slice(&x.to_le_bytes()));
    }
    /// Writes a length-prefixed `u32` array.
    pub fn u32s(&mut self, v: &[u32]) {
        self.u32(v.len() as u32);
        v.iter().for_each(|x| self.0.extend_from_slice(&x.to_le_bytes()));
    }
    /// Writes a length-prefixed `i16` array.
    pub fn i16s(&mut self, v: &[i16]) {
        self.u32(v.len() as u32);
        v.iter().for_each(|x| self.0.extend_from_slice(&x.to_le_bytes()));
    }
}

/// Reads values written by [`Writer`], failing with [`ModelError::Truncated`] at the end.
#[derive(Debug)]
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `buf`.
    pub fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len()).ok_or(ModelError::Truncated(self.pos))?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    /// True when every byte has been read.
    pub fn at_end(&self) -> bool {
        self.pos >= self.buf.len()
    }
    /// Reads a `u32`.
    pub fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    /// Reads an `f32`.
    pub fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    /// Reads a length-prefixed byte string.
    pub fn bytes(&mut self) -> Result<&'a [u8], ModelError> {
        let n = self.u32()? as usize;
        self.take(n)
    }
    /// Reads a length-prefixed UTF-8 string.
    pub fn str(&mut self) -> Result<&'a str, ModelError> {
        let at = self.pos;
        std::str::from_utf8(self.bytes()?).map_err(|_| ModelError::Corrupt(format!("invalid UTF-8 at byte {at}")))
    }
    /// Reads a length-prefixed `u64` array.
    pub fn u64s(&mut self) -> Result<Vec<u64>, ModelError> {
        let n = self.u32()? as usize;
        let b = self.take(n.checked_mul(8).ok_or(ModelError::Truncated(self.pos))?)?;
        Ok(b.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes"))).collect())
    }
    /// Reads a length-prefixed `u32` array.
    pub fn u32s(&mut self) -> Result<Vec<u32>, ModelError> {
        let n = self.u32()? as usize;
        let b = self.take(n.checked_mul(4).ok_or(ModelError::Truncated(self.pos))?)?;
        Ok(b.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes"))).collect())
    }
    /// Reads a length-prefixed `i16` array.
    pub fn i16s(&mut self) -> Result<Vec<i16>, ModelError> {
        let n = self.u32()? as usize;
        let b = self.take(n.checked_mul(2).ok_or(ModelError::Truncated(self.pos))?)?;
        Ok(b.chunks_exact(2).map(|c| i16::from_le_bytes(c.try_into().expect("2 bytes"))).collect())
    }
}
