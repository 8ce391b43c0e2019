//! Feature hashing: strings and feature templates become 64-bit keys, with no vocabulary.
//!
//! Collisions between 64-bit keys are negligible at our scale (a few million features),
//! so the models store keys, never strings.

const K: u64 = 0x517c_c1b7_2722_0a95;

/// Combines a running hash with one more value.
#[inline(always)]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// Final avalanche step (murmur3's), so low bits are usable as a table index.
#[inline(always)]
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h.max(1) // never 0: 0 marks an empty slot in [`crate::language::weights::Weights`]
}

/// Hash of a feature: a template id and up to three values.
#[inline(always)]
pub fn feat(template: u64, a: u64, b: u64, c: u64) -> u64 {
    finish(mix(mix(mix(template.wrapping_add(0x9e37_79b9), a), b), c))
}

/// Hash of a string's bytes.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    hash_chars(s.chars())
}

/// Hash of a sequence of characters (used for lower-cased forms, affixes and shapes
/// without allocating).
#[inline]
pub fn hash_chars(it: impl Iterator<Item = char>) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for c in it {
        h = mix(h, c as u64);
    }
    mix(h, 0xff)
}

/// Hash of the lower-cased string (the same value as hashing `s.chars().flat_map(char::to_lowercase)`,
/// with a fast path for ASCII characters).
#[inline]
pub fn hash_lower(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for c in s.chars() {
        if c.is_ascii() {
            h = mix(h, c.to_ascii_lowercase() as u64);
        } else {
            for l in c.to_lowercase() {
                h = mix(h, l as u64);
            }
        }
    }
    mix(h, 0xff)
}

/// A tiny deterministic random number generator (xorshift64*), for shuffling and
/// exploration during training; fixed seeds make training reproducible.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a non-zero seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// A float in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Shuffles a slice in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn lower_hash_ignores_case() {
        assert_eq!(hash_lower("Balloon"), hash_lower("balloon"));
        assert_ne!(hash_str("Balloon"), hash_str("balloon"));
        assert_eq!(hash_lower("Balloon"), hash_str("balloon"));
        for w in ["Ünïcode", "İstanbul", "ΣΟΦΙΑ", "Straße", "mixed-Case_42", ""] {
            assert_eq!(hash_lower(w), hash_chars(w.chars().flat_map(char::to_lowercase)), "{w}");
        }
    }
    #[test]
    fn features_are_never_zero() {
        for i in 0..1000 {
            assert_ne!(feat(i, i, 0, 0), 0);
        }
    }
}
