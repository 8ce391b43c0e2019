use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A byte range `[start, end)` into a document's clean text.
///
/// Every offset in detente travels as a `TextRange`, never as a bare pair.
///
/// ```
/// use detente_core::TextRange;
/// let r = TextRange::new(0, 5);
/// assert_eq!(&"Hello world"[r], "Hello");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct TextRange {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl TextRange {
    /// A range from `start` to `end`; panics in debug builds if `start > end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "TextRange start {start} > end {end}");
        TextRange { start: start as u32, end: end.max(start) as u32 }
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    /// True when the range is empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// As a `usize` range, for slicing.
    pub fn to_range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
    /// The smallest range covering both.
    pub fn cover(self, other: TextRange) -> TextRange {
        TextRange { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
    /// True when `other` lies inside `self`.
    pub fn contains(&self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// True when the two ranges share at least one byte.
    pub fn overlaps(&self, other: TextRange) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// This range made relative to `base` (which must contain it).
    pub fn relative_to(self, base: TextRange) -> TextRange {
        TextRange { start: self.start - base.start, end: self.end - base.start }
    }
}

impl std::ops::Index<TextRange> for str {
    type Output = str;
    fn index(&self, r: TextRange) -> &str {
        &self[r.to_range()]
    }
}

impl From<Range<usize>> for TextRange {
    fn from(r: Range<usize>) -> Self {
        TextRange::new(r.start, r.end)
    }
}
