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

/// Read-only perceptron weights: an open-addressing table from feature key to the
/// feature's (class, quantized weight) pairs.
///
/// The table is far larger than the caches, so the layout is chosen for cache misses:
/// a slot is 16 bytes (a quarter of a cache line) and holds runs of up to [`INLINE`]
/// pairs itself; longer runs live in one array of packed pairs (class and weight side by
/// side, so one or two lines), and the longest (~75% of the lookups: frequent features
/// have weights for most classes) as dense rows aligned and padded to whole cache lines.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    n_classes: usize,
    scale: f32,
    mask: usize,
    n_features: usize,
    slots: Vec<Slot>,
    /// Out-of-line runs: `class | (weight as u16) << 16` per pair.
    pairs: Vec<u32>,
    /// Rows with many classes, stored densely for vectorized adds: row `r` is values
    /// `r * stride..r * stride + n_classes`, `stride` being a whole number of cache lines.
    dense: Vec<Line>,
    stride: usize,
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

/// One cache line of dense weights.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(64))]
struct Line([i16; LINE]);

/// The values of cache lines, in order.
fn line_values(lines: &[Line]) -> &[i16] {
    // SAFETY: `Line` is `repr(C)` over `[i16; LINE]` with size 64 = LINE * 2 (no
    // padding), so `lines` is `lines.len() * LINE` initialized, aligned `i16`s.
    unsafe { std::slice::from_raw_parts(lines.as_ptr() as *const i16, lines.len() * LINE) }
}

const _: () = assert!(std::mem::size_of::<Line>() == LINE * 2);

/// Pairs stored in the slot itself.
const INLINE: usize = 2;
/// `len` value marking a dense row (`data` is then the row number in `dense`).
const DENSE: u8 = u8::MAX;
/// `len` value marking a full row of a three-class table, held in the slot itself: the
/// weights of classes 0 and 1 in `data`, that of class 2 in `classes` (little-endian).
/// Three-class tables (the two-stage parser's transition types) are mostly such rows.
const TRIPLE: u8 = u8::MAX - 1;
/// Values of one cache line.
const LINE: usize = 32;

/// One slot of the open-addressing table (16 bytes, never straddling a cache line):
/// the key and either the pairs themselves or where they are.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    key: u64,
    /// Number of pairs, or [`DENSE`] or [`TRIPLE`].
    len: u8,
    classes: [u8; INLINE],
    _pad: u8,
    /// The weights of up to [`INLINE`] pairs (`values[i]` in bits `16 i..16 i + 16`),
    /// else the first pair in `pairs` or the dense row number.
    data: u32,
}

impl Slot {
    #[inline(always)]
    fn value(&self, i: usize) -> i16 {
        (self.data >> (16 * i)) as u16 as i16
    }
}

const _: () = assert!(std::mem::size_of::<Slot>() == 16);

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

/// A vector of `n` default values whose memory Linux is asked to back with 2 MiB pages
/// (transparent huge pages in `madvise` mode). The tables are tens of megabytes read at
/// random, so with 4 KiB pages nearly every lookup also misses the TLB; with huge pages the
/// whole table needs a few dozen TLB entries. Elsewhere, or when the kernel declines, an
/// ordinary vector.
fn huge_page_vec<T: Clone + Default>(n: usize) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(n);
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let bytes = n * std::mem::size_of::<T>();
        if bytes >= HUGE {
            // Advise the whole 2 MiB pages inside the allocation, before it is first
            // written (the kernel backs pages at first touch).
            let start = (v.as_ptr() as usize).div_ceil(HUGE) * HUGE;
            let end = (v.as_ptr() as usize + bytes) / HUGE * HUGE;
            if end > start {
                // SAFETY: [start, end) lies inside the allocation owned by `v`; madvise
                // only changes how the kernel backs it and never invalidates it.
                unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE) };
            }
        }
    }
    v.resize(n, T::default());
    v
}

/// Most features looked up at once (longer lists are scored in chunks).
const BATCH: usize = 64;

impl Weights {
    /// Builds the table from (key, run) entries; `classes`/`values` hold the runs in order.
    fn from_runs(n_classes: usize, scale: f32, keys: &[u64], lens: &[u8], classes: &[u8], values: &[i16]) -> Weights {
        let cap = (keys.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let stride = n_classes.div_ceil(LINE) * LINE;
        let mut w = Weights {
            n_classes,
            scale,
            mask: cap - 1,
            n_features: keys.len(),
            slots: huge_page_vec(cap),
            pairs: Vec::new(),
            dense: Vec::new(),
            stride,
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
        let dense_min = (n_classes / 6).max(8).max(INLINE + 1);
        let is_dense = |len: u8| len as usize >= dense_min && n_classes > 0;
        // Runs are sorted by class with no repeats, so a run of 3 in a 3-class table is
        // classes 0, 1, 2.
        let is_triple = |len: u8| len == 3 && n_classes == 3;
        let n_dense = lens.iter().filter(|&&l| is_dense(l)).count();
        let n_pairs: usize = lens.iter().filter(|&&l| !is_dense(l) && !is_triple(l) && l as usize > INLINE).map(|&l| l as usize).sum();
        let mut dense: Vec<Line> = huge_page_vec(n_dense * (stride / LINE));
        w.pairs = Vec::with_capacity(n_pairs);
        let mut at = 0usize;
        let mut row = 0usize;
        for (&key, &len) in keys.iter().zip(lens) {
            let mut slot = key as usize & w.mask;
            while w.slots[slot].key != 0 {
                slot = (slot + 1) & w.mask;
            }
            let run = at..at + len as usize;
            at += len as usize;
            let (cs, vs) = (&classes[run.clone()], &values[run]);
            let mut s = Slot { key, len, ..Default::default() };
            if is_dense(len) {
                let base = row * stride;
                for (c, v) in cs.iter().zip(vs) {
                    let c = *c as usize;
                    if c < n_classes {
                        dense[(base + c) / LINE].0[c % LINE] = *v;
                    }
                }
                s.len = DENSE;
                s.data = row as u32;
                row += 1;
            } else if is_triple(len) {
                s.len = TRIPLE;
                s.data = (vs[0] as u16 as u32) | (vs[1] as u16 as u32) << 16;
                s.classes = vs[2].to_le_bytes();
            } else if len as usize <= INLINE {
                s.classes[..cs.len()].copy_from_slice(cs);
                s.data = vs.iter().enumerate().map(|(i, &v)| (v as u16 as u32) << (16 * i)).sum();
            } else {
                s.data = w.pairs.len() as u32;
                w.pairs.extend(cs.iter().zip(vs).map(|(&c, &v)| c as u32 | (v as u16 as u32) << 16));
            }
            w.slots[slot] = s;
        }
        w.dense = dense;
        w
    }
    /// Dense row `r` (`n_classes` values; empty when out of range).
    #[inline(always)]
    fn dense_row(&self, r: u32) -> &[i16] {
        let at = r as usize * self.stride;
        line_values(&self.dense).get(at..at + self.n_classes).unwrap_or(&[])
    }
    /// The (class, weight) pairs of one slot, dense rows included.
    fn row(&self, slot: usize) -> Vec<(u8, i16)> {
        let s = &self.slots[slot];
        if s.len == DENSE {
            let row = self.dense_row(s.data);
            (0..self.n_classes).filter(|&c| row[c] != 0).map(|c| (c as u8, row[c])).collect()
        } else if s.len == TRIPLE {
            vec![(0, s.value(0)), (1, s.value(1)), (2, i16::from_le_bytes(s.classes))]
        } else if s.len as usize <= INLINE {
            let l = s.len as usize;
            (0..l).map(|i| (s.classes[i], s.value(i))).collect()
        } else {
            let (st, l) = (s.data as usize, s.len as usize);
            self.pairs[st..st + l].iter().map(|&p| (p as u8, (p >> 16) as u16 as i16)).collect()
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
        Weights::from_runs(n_classes, scale, &keys, &lens, &classes, &values)
    }
    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
    /// Number of stored (feature, class) weights.
    pub fn len(&self) -> usize {
        let inline: usize = self.slots.iter().filter(|s| s.key != 0 && s.len as usize <= INLINE).map(|s| s.len as usize).sum::<usize>()
            + 3 * self.slots.iter().filter(|s| s.key != 0 && s.len == TRIPLE).count();
        inline + self.pairs.len() + line_values(&self.dense).iter().filter(|&&v| v != 0).count()
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
    /// The lookups are done in three passes so that cache misses overlap: every slot is
    /// prefetched; then each is probed, short runs are added and the lines of long runs
    /// prefetched; then the long runs are added.
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
        for chunk in feats.chunks(BATCH) {
            self.score_batch(chunk, scores);
        }
    }

    #[inline(always)]
    fn score_batch(&self, feats: &[u64], scores: &mut [i32]) {
        // Pass 1: the Bloom filter, and a prefetch of the home slot of each likely key.
        let mut hits = [0u8; BATCH];
        let mut n_hits = 0;
        for (k, &f) in feats.iter().enumerate() {
            let b = filter_bit(f, self.filter_mask);
            if self.filter[b / 64] & (1 << (b % 64)) != 0 {
                prefetch(self.slots.as_ptr().wrapping_add(f as usize & self.mask));
                hits[n_hits] = k as u8;
                n_hits += 1;
            }
        }
        // Pass 2: probe; add short runs now and prefetch the first line of long ones.
        let mut long = [0u32; BATCH];
        let mut n_long = 0;
        for &k in &hits[..n_hits] {
            let f = feats[k as usize];
            let mut i = f as usize & self.mask;
            loop {
                let slot = &self.slots[i];
                if slot.key == f {
                    let len = slot.len as usize;
                    if len <= INLINE {
                        for (j, c) in slot.classes[..len].iter().enumerate() {
                            if let Some(s) = scores.get_mut(*c as usize) {
                                *s += slot.value(j) as i32;
                            }
                        }
                    } else if slot.len == TRIPLE {
                        if let [a, b, c] = &mut scores[..] {
                            *a += slot.value(0) as i32;
                            *b += slot.value(1) as i32;
                            *c += i16::from_le_bytes(slot.classes) as i32;
                        }
                    } else {
                        if slot.len == DENSE {
                            // Every line of the row: a row of many classes spans several.
                            let first = self.dense.as_ptr().wrapping_add(slot.data as usize * (self.stride / LINE));
                            for l in 0..self.stride / LINE {
                                prefetch(first.wrapping_add(l));
                            }
                        } else {
                            prefetch(self.pairs.as_ptr().wrapping_add(slot.data as usize));
                        }
                        long[n_long] = i as u32;
                        n_long += 1;
                    }
                    break;
                }
                if slot.key == 0 {
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
        // Pass 3: long runs.
        let values = line_values(&self.dense);
        for &i in &long[..n_long] {
            let slot = &self.slots[i as usize];
            let start = slot.data as usize;
            if slot.len == DENSE {
                let at = start * self.stride;
                for (s, v) in scores.iter_mut().zip(values.get(at..at + self.n_classes).unwrap_or(&[])) {
                    *s += *v as i32;
                }
            } else {
                for &p in self.pairs.get(start..start + slot.len as usize).unwrap_or(&[]) {
                    if let Some(s) = scores.get_mut(p as u8 as usize) {
                        *s += (p >> 16) as u16 as i16 as i32;
                    }
                }
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
        let classes = r.bytes()?;
        let values = r.i16s()?;
        let total: usize = lens.iter().map(|&l| l as usize).sum();
        if keys.len() != lens.len() || classes.len() != values.len() || total != values.len() {
            return Err(ModelError::Corrupt("weight table sizes disagree".into()));
        }
        if keys.contains(&0) {
            return Err(ModelError::Corrupt("zero feature key".into()));
        }
        Ok(Weights::from_runs(n_classes, scale, &keys, lens, classes, &values))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::hashing::Rng;

    /// Scores equal a plain sum over the entries, for runs of every length (inline, out
    /// of line, dense, three-class full rows), and survive a write/read round trip.
    #[test]
    fn score_matches_plain_sum_for_every_run_length() {
        // 3 classes: the two-stage parser's transition table, with full rows in the slot.
        for nc in [103usize, 3] {
            let mut rng = Rng::new(7);
            let mut entries: Vec<(u64, Vec<(u8, i16)>)> = Vec::new();
            for k in 0..3000u64 {
                let len = 1 + (rng.next_u64() % nc as u64) as usize * (k % 3 == 0) as usize + (k % 9) as usize;
                let mut classes: Vec<u8> = (0..nc as u8).collect();
                rng.shuffle(&mut classes);
                let mut row: Vec<(u8, i16)> = classes[..len.min(nc)].iter().map(|&c| (c, (rng.next_u64() % 2001) as i16 - 1000)).filter(|p| p.1 != 0).collect();
                row.sort_by_key(|p| p.0);
                entries.push((crate::language::hashing::feat(99, k, 0, 0), row));
            }
            let w = Weights::build(nc, 1.0, entries.clone().into_iter());
            let mut buf = Writer::default();
            w.write(&mut buf);
            let bytes = buf.into_inner();
            let w2 = Weights::read(&mut Reader::new(&bytes)).unwrap();
            assert_eq!(w2.len(), entries.iter().map(|e| e.1.len()).sum::<usize>());
            let mut scores = vec![0; nc];
            for round in 0..200 {
                let feats: Vec<u64> = (0..(round % 150) + 1)
                    .map(|_| {
                        let i = (rng.next_u64() % 4000) as usize;
                        entries.get(i).map(|e| e.0).unwrap_or(i as u64 + 1)
                    })
                    .collect();
                let mut want = vec![0i32; nc];
                for f in &feats {
                    if let Some(e) = entries.iter().find(|e| e.0 == *f) {
                        e.1.iter().for_each(|&(c, v)| want[c as usize] += v as i32);
                    }
                }
                for w in [&w, &w2] {
                    w.score(&feats, &mut scores);
                    assert_eq!(scores, want);
                    w.score_portable(&feats, &mut scores);
                    assert_eq!(scores, want);
                }
            }
        }
    }
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
