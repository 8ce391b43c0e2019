//! Near-duplicate detection: MinHash signatures over word shingles, with LSH banding.
//!
//! Wire copies of one story differ in furniture (a dateline, a byline, a footer). Their word
//! 4-shingle sets still overlap heavily, so their MinHash signatures agree in most slots.
//! Signatures are cut into [`BANDS`] bands of [`ROWS`] slots; two articles sharing any band
//! are candidates, confirmed when the estimated Jaccard similarity reaches [`NEAR_DUPLICATE`].
//! For Jaccard 0.8 the chance of being a candidate is 1 − (1 − 0.8⁴)⁸ ≈ 98.5%;
//! for Jaccard 0.3 it is ≈ 6%.

/// Slots in a MinHash signature.
pub const SLOTS: usize = 32;
/// Bands used for candidate lookup.
pub const BANDS: usize = 8;
/// Slots per band.
pub const ROWS: usize = SLOTS / BANDS;
/// Words per shingle.
pub const SHINGLE: usize = 4;
/// Estimated Jaccard similarity from which two articles are near-duplicates.
pub const NEAR_DUPLICATE: f64 = 0.7;

/// A MinHash signature of an article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub [u32; SLOTS]);

/// splitmix64: a fast, well-mixed 64-bit permutation used to derive the slot hashes.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e3779b97f4a7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

impl Signature {
    /// The signature of `text`: lower-cased alphanumeric words, shingles of [`SHINGLE`] words.
    /// Texts shorter than one shingle use their words as one shingle.
    pub fn of(text: &str) -> Signature {
        let mut mins = [u32::MAX; SLOTS];
        let mut window = [0u64; SHINGLE];
        let mut n = 0usize;
        let add = |h: u64, mins: &mut [u32; SLOTS]| {
            for (i, m) in mins.iter_mut().enumerate() {
                let v = (mix(h ^ (i as u64).wrapping_mul(0xd6e8feb86659fd93)) >> 32) as u32;
                if v < *m {
                    *m = v;
                }
            }
        };
        for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            let mut h: u64 = 0xcbf29ce484222325;
            for c in word.chars().flat_map(char::to_lowercase) {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    h ^= b as u64;
                    h = h.wrapping_mul(0x100000001b3);
                }
            }
            window[n % SHINGLE] = h;
            n += 1;
            if n >= SHINGLE {
                let mut s = 0u64;
                for k in 0..SHINGLE {
                    s = mix(s ^ window[(n + k) % SHINGLE]);
                }
                add(s, &mut mins);
            }
        }
        if n > 0 && n < SHINGLE {
            let s = window[..n].iter().fold(0u64, |s, &w| mix(s ^ w));
            add(s, &mut mins);
        }
        Signature(mins)
    }

    /// The estimated Jaccard similarity of two signatures: the share of equal slots.
    pub fn similarity(&self, other: &Signature) -> f64 {
        self.0.iter().zip(other.0.iter()).filter(|(a, b)| a == b).count() as f64 / SLOTS as f64
    }

    /// One lookup key per band (band number mixed in, so equal values in different bands differ).
    pub fn band_keys(&self) -> [i64; BANDS] {
        let mut keys = [0i64; BANDS];
        for (b, key) in keys.iter_mut().enumerate() {
            let mut h = mix(b as u64 + 1);
            for v in &self.0[b * ROWS..(b + 1) * ROWS] {
                h = mix(h ^ *v as u64);
            }
            *key = h as i64;
        }
        keys
    }

    /// Little-endian bytes, for storage.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Reads bytes written by [`Signature::to_bytes`]; `None` when the length is wrong.
    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        if b.len() != SLOTS * 4 {
            return None;
        }
        let mut s = [0u32; SLOTS];
        for (i, c) in b.chunks_exact(4).enumerate() {
            s[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
        Some(Signature(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Chinese President Xi Jinping met U.S. Secretary of State Antony Blinken in Beijing on Friday, \
        the last day of a three-day visit during which the two sides discussed trade, Taiwan, the war in Ukraine \
        and the flow of fentanyl precursors. Blinken said the talks had been candid and constructive, and that \
        Washington would keep the lines of communication open. Chinese officials warned against what they called \
        interference in China's internal affairs and urged the United States to lift sanctions on Chinese firms.";

    #[test]
    fn wire_copies_with_other_furniture_are_near_duplicates() {
        let a = Signature::of(&format!("BEIJING (Reuters) - {STORY} Reporting by Jane Doe; editing by John Roe."));
        let b = Signature::of(&format!("BEIJING, April 26 (AP) — {STORY} Copyright 2024 The Associated Press. All rights reserved."));
        assert!(a.similarity(&b) >= NEAR_DUPLICATE, "similarity {}", a.similarity(&b));
        assert!(a.band_keys().iter().any(|k| b.band_keys().contains(k)));
    }

    #[test]
    fn different_stories_are_not() {
        let a = Signature::of(STORY);
        let b = Signature::of("Protesters gathered outside parliament in Nairobi on Tuesday to denounce a proposed \
            finance bill, and police fired tear gas to disperse crowds that had blocked the main road into the city.");
        assert!(a.similarity(&b) < 0.2, "similarity {}", a.similarity(&b));
    }

    #[test]
    fn signature_round_trips_and_handles_short_text() {
        let s = Signature::of("Hi there");
        assert_eq!(Signature::from_bytes(&s.to_bytes()), Some(s.clone()));
        assert!(Signature::from_bytes(&[1, 2, 3]).is_none());
        assert_eq!(Signature::of("").similarity(&Signature::of("")), 1.0);
        assert_eq!(Signature::of("Hi there").similarity(&Signature::of("hi THERE")), 1.0);
    }
}
