//! Averaged perceptron: the trainable form ([`Perceptron`]) and the compact,
//! read-only form shipped in the model ([`Weights`]).
//!
//! Weights are sparse per feature: a perceptron update touches two classes, so most
//! features carry weights for only a few of the classes. At run time a feature key is
//! looked up in an open-addressing table and its (class, weight) pairs are added to the
//! class scores; weights are quantized to `i16` with one scale per model, which leaves
//! the argmax unchanged.
use super::codec::{Reader, Writer};
use super::ModelError;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for keys that are already hashes.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }
}

/// A `HashMap` keyed by pre-hashed `u64` keys.
pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

#[derive(Debug, Clone, Copy)]
struct Cell {
    class: u16,
    weight: f32,
    total: f64,
    stamp: u32,
}

/// An averaged perceptron being trained (Collins 2002, with lazy averaging).
#[derive(Debug, Clone)]
pub struct Perceptron {
    n_classes: usize,
    index: KeyMap<u32>,
    rows: Vec<Vec<Cell>>,
    updates: Vec<u32>,
    time: u32,
}

impl Perceptron {
    /// An empty model over `n_classes` classes.
    pub fn new(n_classes: usize) -> Self {
        Perceptron { n_classes, index: KeyMap::default(), rows: Vec::new(), updates: Vec::new(), time: 0 }
    }
    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
    /// Adds the current (not averaged) weights of `feats` to `scores`.
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for c in &self.rows[r as usize] {
                    scores[c.class as usize] += c.weight;
                }
            }
        }
    }
    /// Advances the clock by one training instance (call once per decision).
    pub fn tick(&mut self) {
        self.time += 1;
    }
    /// Rewards `truth` and penalizes `guess` on `feats` (no-op when they agree).
    pub fn update(&mut self, truth: usize, guess: usize, feats: &[u64]) {
        if truth == guess {
            return;
        }
        for &f in feats {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(f).or_insert(next);
            if r == next {
                self.rows.push(Vec::with_capacity(2));
                self.updates.push(0);
            }
            self.updates[r as usize] += 1;
            let row = &mut self.rows[r as usize];
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                let time = self.time;
                match row.iter_mut().find(|c| c.class as usize == class) {
                    Some(c) => {
                        c.total += (time - c.stamp) as f64 * c.weight as f64;
                        c.stamp = time;
                        c.weight += delta;
                    }
                    None => row.push(Cell { class: class as u16, weight: delta, total: 0.0, stamp: time }),
                }
            }
        }
    }
    /// The averaged weights, compacted: features updated fewer than `min_updates` times
    /// are dropped. Training can go on afterwards.
    pub fn averaged(&self, min_updates: u32) -> Weights {
        let time = self.time.max(1) as f64;
        let mut entries: Vec<(u64, Vec<(u8, f32)>)> = Vec::with_capacity(self.index.len());
        let mut max_abs = 0f32;
        for (&key, &r) in &self.index {
            if self.updates[r as usize] < min_updates {
                continue;
            }
            let mut row = Vec::new();
            for c in &self.rows[r as usize] {
                let avg = ((c.total + (self.time - c.stamp) as f64 * c.weight as f64) / time) as f32;
                if avg != 0.0 {
                    max_abs = max_abs.max(avg.abs());
                    row.push((c.class as u8, avg));
                }
            }
            if !row.is_empty() {
                row.sort_by_key(|p| p.0);
                entries.push((key, row));
            }
        }
        entries.sort_by_key(|e| e.0);
        let scale = if max_abs > 0.0 { max_abs / 32767.0 } else { 1.0 };
        Weights::build(self.n_classes, scale, entries.into_iter().map(|(k, row)| {
            let q: Vec<(u8, i16)> = row.into_iter().map(|(c, w)| (c, (w / scale).round() as i16)).filter(|p| p.1 != 0).collect();
            (k, q)
        }))
    }
}

/// Read-only perceptron weights: an open-addressing table from feature key to a run
/// of (class, quantized weight) pairs.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    n_classes: usize,
    scale: f32,
    mask: usize,
    n_features: usize,
    slots: Vec<Slot>,
    classes: Vec<u8>,
    values: Vec<i16>,
    /// Rows with many classes, stored densely (`n_classes` values each) for vectorized adds.
    dense: Vec<i16>,
    /// A one-hash Bloom filter over the keys, small enough to stay in cache: most
    /// features of a sentence were never seen in training, and this answers "absent"
    /// for them without touching the big table.
    filter: Vec<u64>,
    filter_mask: usize,
}

#[inline(always)]
fn filter_bit(key: u64, mask: usize) -> usize {
    (key >> 24) as usize & mask
}

/// `len` value marking a dense row (`start` is then the row number in `dense`).
const DENSE: u32 = u32::MAX;

/// One slot of the open-addressing table: key and where its weights are, in one
/// cache line fetch.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint and never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

impl Weights {
    /// Builds the table from (key, run) entries; `classes`/`values` hold the runs in order.
    fn from_runs(n_classes: usize, scale: f32, keys: &[u64], lens: &[u8], classes: Vec<u8>, values: Vec<i16>) -> Weights {
        let cap = (keys.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let mut w = Weights {
            n_classes,
            scale,
            mask: cap - 1,
            n_features: keys.len(),
            slots: vec![Slot::default(); cap],
            classes,
            values,
            dense: Vec::new(),
            filter: Vec::new(),
            filter_mask: 0,
        };
        let bits = (keys.len() * 8).next_power_of_two().clamp(1 << 12, 1 << 24);
        w.filter = vec![0; bits / 64];
        w.filter_mask = bits - 1;
        for &key in keys {
            let b = filter_bit(key, w.filter_mask);
            w.filter[b / 64] |= 1 << (b % 64);
        }
        let dense_min = (n_classes / 6).max(8);
        let is_dense = |len: u8| len as usize >= dense_min && n_classes > 0;
        let n_dense = lens.iter().filter(|&&l| is_dense(l)).count();
        let n_sparse: usize = lens.iter().filter(|&&l| !is_dense(l)).map(|&l| l as usize).sum();
        w.dense = vec![0; n_dense * n_classes];
        let mut classes = Vec::with_capacity(n_sparse);
        let mut values = Vec::with_capacity(n_sparse);
        let mut at = 0usize;
        let mut row = 0usize;
        for (&key, &len) in keys.iter().zip(lens) {
            let mut slot = key as usize & w.mask;
            while w.slots[slot].key != 0 {
                slot = (slot + 1) & w.mask;
            }
            let run = at..at + len as usize;
            at += len as usize;
            let (cs, vs) = (&w.classes[run.clone()], &w.values[run]);
            w.slots[slot] = if is_dense(len) {
                let base = row * n_classes;
                for (c, v) in cs.iter().zip(vs) {
                    if let Some(d) = w.dense.get_mut(base + *c as usize) {
                        *d = *v;
                    }
                }
                row += 1;
                Slot { key, start: (row - 1) as u32, len: DENSE }
            } else {
                let start = classes.len() as u32;
                classes.extend_from_slice(cs);
                values.extend_from_slice(vs);
                Slot { key, start, len: len as u32 }
            };
        }
        w.classes = classes;
        w.values = values;
        w
    }
    /// The (class, weight) pairs of one slot, dense rows included.
    fn row(&self, slot: usize) -> Vec<(u8, i16)> {
        if self.slots[slot].len == DENSE {
            let r = self.slots[slot].start as usize * self.n_classes;
            (0..self.n_classes).filter(|&c| self.dense[r + c] != 0).map(|c| (c as u8, self.dense[r + c])).collect()
        } else {
            let (s, l) = (self.slots[slot].start as usize, self.slots[slot].len as usize);
            self.classes[s..s + l].iter().copied().zip(self.values[s..s + l].iter().copied()).collect()
        }
    }

    fn build(n_classes: usize, scale: f32, entries: impl Iterator<Item = (u64, Vec<(u8, i16)>)>) -> Weights {
        let (mut keys, mut lens, mut classes, mut values) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (k, row) in entries.filter(|e| !e.1.is_empty()) {
            keys.push(k);
            lens.push(row.len() as u8);
            for (c, v) in row {
                classes.push(c);
                values.push(v);
            }
        }
        Weights::from_runs(n_classes, scale, &keys, &lens, classes, values)
    }
    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
    /// Number of stored (feature, class) weights.
    pub fn len(&self) -> usize {
        self.values.len() + self.dense.iter().filter(|&&v| v != 0).count()
    }
    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.n_features
    }
    /// True when no weights are stored.
    pub fn is_empty(&self) -> bool {
        self.n_features == 0
    }
    /// Sets `scores` to the sum of the weights of `feats` (in quantized units).
    /// `scores` must hold [`Weights::n_classes`] entries.
    ///
    /// The table is far larger than the caches, so the lookups are done in two passes:
    /// first every slot is prefetched, then each is probed and its weights added.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        #[cfg(target_arch = "x86_64")]
        {
            if std::is_x86_feature_detected!("avx2") {
                // SAFETY: the CPU supports AVX2 (checked just above).
                unsafe { self.score_avx2(feats, scores) };
                return;
            }
        }
        self.score_portable(feats, scores)
    }

    /// [`Weights::score`] compiled for AVX2, so the dense row adds use 256-bit vectors.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn score_avx2(&self, feats: &[u64], scores: &mut [i32]) {
        self.score_portable(feats, scores)
    }

    #[inline(always)]
    fn score_portable(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        if self.slots.is_empty() || scores.len() != self.n_classes {
            return;
        }
        let nc = self.n_classes;
        let present = |f: u64| {
            let b = filter_bit(f, self.filter_mask);
            self.filter[b / 64] & (1 << (b % 64)) != 0
        };
        for &f in feats {
            if present(f) {
                prefetch(&self.slots[f as usize & self.mask]);
            }
        }
        for &f in feats {
            if !present(f) {
                continue;
            }
            let mut i = f as usize & self.mask;
            loop {
                let slot = self.slots[i];
                if slot.key == f {
                    let start = slot.start as usize;
                    if slot.len == DENSE {
                        let row = &self.dense[start * nc..start * nc + nc];
                        for (s, v) in scores.iter_mut().zip(row) {
                            *s += *v as i32;
                        }
                    } else {
                        let len = slot.len as usize;
                        let cs = &self.classes[start..start + len];
                        let vs = &self.values[start..start + len];
                        for (c, v) in cs.iter().zip(vs) {
                            if let Some(s) = scores.get_mut(*c as usize) {
                                *s += *v as i32;
                            }
                        }
                    }
                    break;
                }
                if slot.key == 0 {
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
    }
    /// Writes the weights into a model file: the entries in home-slot order (the lookup
    /// table is rebuilt at load time).
    pub fn write(&self, w: &mut Writer) {
        let mut slots: Vec<usize> = (0..self.slots.len()).filter(|&i| self.slots[i].key != 0).collect();
        // In home-slot order: loading then fills the table front to back (sequential
        // writes), which is several times faster than inserting in random order.
        slots.sort_by_key(|&i| (self.slots[i].key as usize & self.mask, self.slots[i].key));
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        let rows: Vec<Vec<(u8, i16)>> = slots.iter().map(|&i| self.row(i)).collect();
        w.u64s(&slots.iter().map(|&i| self.slots[i].key).collect::<Vec<_>>());
        w.bytes(&rows.iter().map(|r| r.len() as u8).collect::<Vec<_>>());
        let classes: Vec<u8> = rows.iter().flatten().map(|p| p.0).collect();
        let values: Vec<i16> = rows.iter().flatten().map(|p| p.1).collect();
        w.bytes(&classes);
        w.i16s(&values);
    }
    /// Reads weights written by [`Weights::write`].
    pub fn read(r: &mut Reader) -> Result<Weights, ModelError> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let keys = r.u64s()?;
        let lens = r.bytes()?;
        let classes = r.bytes()?.to_vec();
        let values = r.i16s()?;
        let total: usize = lens.iter().map(|&l| l as usize).sum();
        if keys.len() != lens.len() || classes.len() != values.len() || total != values.len() {
            return Err(ModelError::Corrupt("weight table sizes disagree".into()));
        }
        if keys.contains(&0) {
            return Err(ModelError::Corrupt("zero feature key".into()));
        }
        Ok(Weights::from_runs(n_classes, scale, &keys, lens, classes, values))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn learns_and_round_trips() {
        let mut p = Perceptron::new(3);
        let data = [(vec![1u64, 11], 0usize), (vec![2, 11], 1), (vec![3, 11], 2)];
        let mut scores = vec![0.0; 3];
        let mut iscores = vec![0; 3];
        for _ in 0..5 {
            for (f, y) in &data {
                p.tick();
                p.score(f, &mut scores);
                let g = (0..3).max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a))).unwrap();
                p.update(*y, g, f);
            }
        }
        let w = p.averaged(1);
        let mut buf = Writer::default();
        w.write(&mut buf);
        let bytes = buf.into_inner();
        let w2 = Weights::read(&mut Reader::new(&bytes)).unwrap();
        for (f, y) in &data {
            w2.score(f, &mut iscores);
            let g = (0..3).max_by_key(|&a| iscores[a]).unwrap();
            assert_eq!(g, *y);
        }
    }
}
