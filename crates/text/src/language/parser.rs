//! Dependency parser: greedy arc-hybrid transitions (Kuhlmann et al. 2011) scored by an
//! averaged perceptron with Zhang & Nivre (2011) style feature templates, trained with
//! the arc-hybrid dynamic oracle and exploration (Goldberg & Nivre 2013).
//!
//! Words are numbered 1..=n and 0 is the artificial root, which sits at the bottom of the
//! stack. Transitions: SHIFT; LEFT(l) makes the buffer front the head of the stack top;
//! RIGHT(l) makes the second stack item the head of the top. The root may take a
//! dependent only once the buffer is empty, so every tree has exactly one root word.
//!
//! Two scorers ([`Scorer`], recorded in the model file): one perceptron over every labeled
//! transition (the shipped model), or a two-stage one (transition type, then label).
use super::codec::{Reader, Writer};
use super::hashing::{feat, mix, Rng};
use super::weights::{Perceptron, Weights};
use super::ModelError;
use detente_core::DepRel;

const NONE: u32 = u32::MAX;
/// Flag in the model file's feature-set code marking a [`Scorer::TwoStage`] parser, whose
/// label weights follow. Readers from before it reject such files (as an unknown feature
/// set, or because the transition table has 3 classes).
const TWO_STAGE: u32 = 0x100;
/// Flag in the model file's feature-set code marking a parser that reads word clusters
/// ([`cluster_values`]).
const CLUSTERED: u32 = 0x200;
/// Flag in the model file's feature-set code marking a clustered parser that also reads the
/// extra cluster templates of [`rich_cluster_features`] (set with [`CLUSTERED`]).
const RICH_CLUSTERS: u32 = 0x400;
const NO_WORD: u64 = 0x4e4f_4e45;

/// What the parser reads of each word: the hash of its lower-cased form and its tag.
#[derive(Debug, Clone, Copy, Default)]
pub struct ParseInput {
    /// Hash of the lower-cased form.
    pub word: u64,
    /// Tag id (the tagger's class id).
    pub tag: u8,
    /// Packed word cluster ([`super::clusters::Clusters::get`]).
    pub cluster: u32,
}

/// A parser configuration plus the arcs built so far.
#[derive(Debug, Default)]
pub struct State {
    n: usize,
    stack: Vec<u32>,
    b: usize,
    /// Head of each word (index 0 unused); `NONE` until attached.
    pub heads: Vec<u32>,
    /// Label id of each word's arc.
    pub labels: Vec<u8>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

/// A transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Push the buffer front onto the stack.
    Shift,
    /// Attach the stack top to the buffer front with a label, and pop it.
    Left(u8),
    /// Attach the stack top to the item below it with a label, and pop it.
    Right(u8),
}

impl State {
    fn reset(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.stack.push(0);
        self.b = 1;
        for v in [&mut self.heads, &mut self.lc1, &mut self.lc2, &mut self.rc1, &mut self.rc2] {
            v.clear();
            v.resize(n + 2, NONE);
        }
        for v in [&mut self.labels, &mut self.nl, &mut self.nr] {
            v.clear();
            v.resize(n + 2, 0);
        }
        for v in [&mut self.lset, &mut self.rset] {
            v.clear();
            v.resize(n + 2, 0);
        }
    }
    fn terminal(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }
    fn s(&self, k: usize) -> u32 {
        if self.stack.len() > k {
            self.stack[self.stack.len() - 1 - k]
        } else {
            NONE
        }
    }
    fn bf(&self, k: usize) -> u32 {
        let i = self.b + k;
        if i <= self.n {
            i as u32
        } else {
            NONE
        }
    }
    fn can_shift(&self) -> bool {
        self.b <= self.n
    }
    fn can_left(&self) -> bool {
        self.stack.len() > 1 && self.b <= self.n
    }
    fn can_right(&self) -> bool {
        self.stack.len() > 2 || (self.stack.len() == 2 && self.b > self.n)
    }
    fn apply(&mut self, m: Move) {
        match m {
            Move::Shift => {
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            Move::Left(l) => {
                let d = self.stack.pop().expect("left needs a stack");
                self.attach(self.b as u32, d, l, true);
            }
            Move::Right(l) => {
                let d = self.stack.pop().expect("right needs a stack");
                let h = *self.stack.last().expect("right needs two items");
                self.attach(h, d, l, false);
            }
        }
    }
    fn attach(&mut self, h: u32, d: u32, l: u8, left: bool) {
        let (h, du) = (h as usize, d as usize);
        self.heads[du] = h as u32;
        self.labels[du] = l;
        if left {
            self.lc2[h] = self.lc1[h];
            self.lc1[h] = d;
            self.nl[h] = self.nl[h].saturating_add(1);
            self.lset[h] |= 1 << (l & 63);
        } else {
            self.rc2[h] = self.rc1[h];
            self.rc1[h] = d;
            self.nr[h] = self.nr[h].saturating_add(1);
            self.rset[h] |= 1 << (l & 63);
        }
    }
}

/// Transition ids: 0 is SHIFT, 1..=L are LEFT(l), L+1..=2L are RIGHT(l).
fn move_of(id: usize, n_labels: usize) -> Move {
    if id == 0 {
        Move::Shift
    } else if id <= n_labels {
        Move::Left((id - 1) as u8)
    } else {
        Move::Right((id - 1 - n_labels) as u8)
    }
}

/// The (template, values...) of every template in the full set, for the state `st`.
#[inline(always)]
fn template_values(st: &State, input: &[ParseInput]) -> [(u64, u64, u64, u64); 81] {
    let w = |i: u32| if i == NONE { NO_WORD } else if i == 0 { 0x524f_4f54 } else { input[i as usize - 1].word };
    let p = |i: u32| if i == NONE { 255 } else if i == 0 { 254 } else { input[i as usize - 1].tag as u64 };
    let l = |i: u32| if i == NONE { 255 } else { st.labels[i as usize] as u64 };
    let at = |v: &Vec<u32>, i: u32| if i == NONE { NONE } else { v[i as usize] };
    let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
    let (b0, b1, b2) = (st.bf(0), st.bf(1), st.bf(2));
    let (s0l, s0l2, s0r, s0r2) = (at(&st.lc1, s0), at(&st.lc2, s0), at(&st.rc1, s0), at(&st.rc2, s0));
    let (b0l, b0l2) = (at(&st.lc1, b0), at(&st.lc2, b0));
    let (s1l, s1r) = (at(&st.lc1, s1), at(&st.rc1, s1));
    let (s0w, s0p, s1w, s1p, s2p) = (w(s0), p(s0), w(s1), p(s1), p(s2));
    let (b0w, b0p, b1w, b1p, b2w, b2p) = (w(b0), p(b0), w(b1), p(b1), w(b2), p(b2));
    let s0wp = mix(s0w, s0p);
    let b0wp = mix(b0w, b0p);
    let s1wp = mix(s1w, s1p);
    let d = if s0 == NONE || b0 == NONE || s0 == 0 { 0 } else { ((b0 - s0) as u64).min(6) };
    let d1 = if s0 == NONE || s1 == NONE || s1 == 0 { 0 } else { ((s0 - s1) as u64).min(6) };
    let val = |v: &Vec<u8>, i: u32| if i == NONE { 99 } else { v[i as usize].min(5) as u64 };
    let set = |v: &Vec<u64>, i: u32| if i == NONE { 1 << 63 } else { v[i as usize] };
    let (s0vl, s0vr, b0vl) = (val(&st.nl, s0), val(&st.nr, s0), val(&st.nl, b0));
    let (s0sl, s0sr, b0sl) = (set(&st.lset, s0), set(&st.rset, s0), set(&st.lset, b0));
    [
        (1, s0w, 0, 0),
        (2, s0p, 0, 0),
        (3, s0wp, 0, 0),
        (4, s1w, 0, 0),
        (5, s1p, 0, 0),
        (6, s1wp, 0, 0),
        (7, b0w, 0, 0),
        (8, b0p, 0, 0),
        (9, b0wp, 0, 0),
        (10, b1w, 0, 0),
        (11, b1p, 0, 0),
        (12, b1w, b1p, 0),
        (13, b2w, 0, 0),
        (14, b2p, 0, 0),
        (16, s0wp, b0wp, 0),
        (17, s0wp, b0w, 0),
        (18, s0w, b0wp, 0),
        (19, s0wp, b0p, 0),
        (20, s0p, b0wp, 0),
        (21, s0w, b0w, 0),
        (22, s0p, b0p, 0),
        (23, b0p, b1p, 0),
        (24, b0p, b1p, b2p),
        (25, s0p, b0p, b1p),
        (26, s1p, s0p, b0p),
        (27, s0p, p(s0l), b0p),
        (28, s0p, p(s0r), b0p),
        (29, s0p, b0p, p(b0l)),
        (30, s1p, s0p, p(s0r)),
        (31, s1p, s0p, p(s0l)),
        (32, s0w, d, 0),
        (33, s0p, d, 0),
        (34, b0w, d, 0),
        (35, b0p, d, 0),
        (36, s0w, b0w, d),
        (37, s0p, b0p, d),
        (38, s0w, s0vr, 0),
        (39, s0p, s0vr, 0),
        (40, s0w, s0vl, 0),
        (41, s0p, s0vl, 0),
        (42, b0w, b0vl, 0),
        (43, b0p, b0vl, 0),
        (44, w(s0l), 0, 0),
        (45, p(s0l), 0, 0),
        (46, l(s0l), 0, 0),
        (47, w(s0r), 0, 0),
        (48, p(s0r), 0, 0),
        (49, l(s0r), 0, 0),
        (50, w(b0l), 0, 0),
        (51, p(b0l), 0, 0),
        (52, l(b0l), 0, 0),
        (53, w(s0l2), 0, 0),
        (54, p(s0l2), 0, 0),
        (55, l(s0l2), 0, 0),
        (56, w(s0r2), 0, 0),
        (57, p(s0r2), 0, 0),
        (58, l(s0r2), 0, 0),
        (59, w(b0l2), 0, 0),
        (60, p(b0l2), 0, 0),
        (61, l(b0l2), 0, 0),
        (62, s0p, p(s0l), p(s0l2)),
        (63, s0p, p(s0r), p(s0r2)),
        (64, b0p, p(b0l), p(b0l2)),
        (65, s0w, s0sr, 0),
        (66, s0p, s0sr, 0),
        (67, s0w, s0sl, 0),
        (68, s0p, s0sl, 0),
        (69, b0w, b0sl, 0),
        (70, b0p, b0sl, 0),
        (71, s1p, p(s1r), s0p),
        (72, s1p, p(s1l), s0p),
        (73, s2p, 0, 0),
        (74, s2p, s1p, s0p),
        (75, s1w, s0w, 0),
        (76, s1p, s0p, d1),
        (77, s1wp, s0wp, 0),
        (78, s1wp, s0p, 0),
        (79, s1p, s0wp, 0),
        (80, s1w, s0w, d1),
        (81, s0p, b0p, mix(b1p, s1p)),
        (82, l(s1r), s1p, s0p),
    ]
}

/// Fills `out` with the features of `st` (in template order; training uses this), and
/// with `clustered` the word-cluster features after them (with `rich`, also those of
/// [`rich_cluster_features`]).
fn features(st: &State, input: &[ParseInput], templates: FeatureSet, clustered: bool, rich: bool, out: &mut Vec<u64>) {
    features_from(&template_values(st, input), templates, out);
    if clustered {
        let (b, r) = cluster_features(st, input);
        out.extend_from_slice(&b);
        out.extend_from_slice(&r);
        if rich {
            let (b, r) = rich_cluster_features(st, input);
            out.extend_from_slice(&b);
            out.extend_from_slice(&r);
        }
    }
}

/// More word-cluster templates (an option, [`ParserTraining::rich_clusters`]), cluster
/// versions of the word-pair templates as in Koo et al. (2008): buffer-only (b0 and b1's
/// coarse clusters together, b2's fine cluster), then the others (the fine clusters of s0 and
/// b0 together, s0's coarse cluster with b0's tag and the reverse, s1's fine cluster, s1 and
/// s0's coarse clusters together, s0 and b0's coarse clusters with their distance).
#[inline(always)]
fn rich_cluster_features(st: &State, input: &[ParseInput]) -> ([u64; 2], [u64; 6]) {
    use super::clusters::Clusters;
    let c = |i: u32| if i == NONE { 0xFFFF_0001 } else if i == 0 { 0xFFFF_0002 } else { input[i as usize - 1].cluster as u64 };
    let p = |i: u32| if i == NONE { 255 } else if i == 0 { 254 } else { input[i as usize - 1].tag as u64 };
    let fine = |v: u64| if v > u32::MAX as u64 { v } else { Clusters::fine(v as u32) };
    let coarse = |v: u64| if v > u32::MAX as u64 { v } else { Clusters::coarse(v as u32) };
    let (s0i, s1i, b0i) = (st.s(0), st.s(1), st.bf(0));
    let (s0, s1, b0, b1, b2) = (c(s0i), c(s1i), c(b0i), c(st.bf(1)), c(st.bf(2)));
    let d = if s0i == NONE || b0i == NONE || s0i == 0 { 0 } else { ((b0i - s0i) as u64).min(6) };
    (
        [feat(107, coarse(b0), coarse(b1), 0), feat(108, fine(b2), 0, 0)],
        [
            feat(109, fine(s0), fine(b0), 0),
            feat(110, coarse(s0), p(b0i), 0),
            feat(111, p(s0i), coarse(b0), 0),
            feat(112, fine(s1), 0, 0),
            feat(113, coarse(s1), coarse(s0), 0),
            feat(114, coarse(s0), coarse(b0), d),
        ],
    )
}

/// The word-cluster features of a state (Koo et al. 2008): those that read only the
/// buffer front (b0 and b1's fine clusters, b0's coarse cluster with its tag), then the
/// others (s0's fine cluster, the coarse clusters of s0 and b0 together). Few, because the
/// others are scored at every transition.
#[inline(always)]
fn cluster_features(st: &State, input: &[ParseInput]) -> ([u64; 3], [u64; 2]) {
    use super::clusters::Clusters;
    let c = |i: u32| if i == NONE { 0xFFFF_0001 } else if i == 0 { 0xFFFF_0002 } else { input[i as usize - 1].cluster as u64 };
    let p = |i: u32| if i == NONE { 255 } else if i == 0 { 254 } else { input[i as usize - 1].tag as u64 };
    let (s0, b0, b1) = (c(st.s(0)), c(st.bf(0)), c(st.bf(1)));
    let fine = |v: u64| if v > u32::MAX as u64 { v } else { Clusters::fine(v as u32) };
    let coarse = |v: u64| if v > u32::MAX as u64 { v } else { Clusters::coarse(v as u32) };
    (
        [feat(101, fine(b0), 0, 0), feat(102, fine(b1), 0, 0), feat(103, coarse(b0), p(st.bf(0)), 0)],
        [feat(104, fine(s0), 0, 0), feat(106, coarse(s0), coarse(b0), 0)],
    )
}

/// [`features`] from already computed template values.
fn features_from(all: &[(u64, u64, u64, u64); 81], templates: FeatureSet, out: &mut Vec<u64>) {
    out.clear();
    match templates {
        FeatureSet::Full => out.extend(all.iter().map(|&(t, a, b, c)| feat(t, a, b, c))),
        FeatureSet::Compact => out.extend(COMPACT.iter().map(|&i| {
            let (t, a, b, c) = all[i];
            feat(t, a, b, c)
        })),
    }
}

/// Positions (in the full template list) of the templates the two-stage scorer's label
/// model reads: the forms and tags of s0, s1, b0 and b1 (the dependent, both possible
/// heads and the next word), their pairs and triples, distances and valencies, and the
/// forms, tags and labels of the children built so far (47 templates; a 31-template set
/// without b1's form, the children's forms, valencies and some pairs cost 0.2 LAS more).
const LABEL: [usize; 47] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 28, 29, 31, 35, 36, 37, 38, 39, 40, 41, 42, 44, 45, 47, 48, 50, 64, 66, 72, 73, 74, 75,
    76, 80,
];

/// Fills `out` with the label model's features for an arc of direction `dir` (1: LEFT,
/// 2: RIGHT): the [`LABEL`] templates, keyed by direction so that one table serves both.
fn label_features(all: &[(u64, u64, u64, u64); 81], dir: usize, out: &mut Vec<u64>) {
    out.clear();
    let base = 1000 * dir as u64;
    out.extend(LABEL.iter().map(|&i| {
        let (t, a, b, c) = all[i];
        feat(base + t, a, b, c)
    }));
}

/// Positions (in the full template list) of the templates that read only the buffer
/// front words (b0, b1, b2: forms and tags, not b0's children): their weights change only
/// when a SHIFT moves the buffer, so parsing sums them once per buffer position.
const BUFFER_ONLY: [usize; 10] = [6, 7, 8, 9, 10, 11, 12, 13, 21, 22];

/// The features of a state from its template values, split into those of [`BUFFER_ONLY`]
/// templates (`buffer`, filled only when asked for) and the others (`rest`); together they are
/// [`features`]'s set.
fn features_split_from(all: &[(u64, u64, u64, u64); 81], templates: FeatureSet, buffer: Option<&mut Vec<u64>>, rest: &mut Vec<u64>) {
    let (b, r): (&[usize], &[usize]) = match templates {
        FeatureSet::Full => (&FULL_BUFFER.0[..FULL_BUFFER.1], &FULL_REST.0[..FULL_REST.1]),
        FeatureSet::Compact => (&COMPACT_BUFFER.0[..COMPACT_BUFFER.1], &COMPACT_REST.0[..COMPACT_REST.1]),
    };
    let hash = |&i: &usize| {
        let (t, a, b, c) = all[i];
        feat(t, a, b, c)
    };
    rest.clear();
    rest.extend(r.iter().map(hash));
    if let Some(buffer) = buffer {
        buffer.clear();
        buffer.extend(b.iter().map(hash));
    }
}

/// The positions of `ids` that are (`buffer`) or are not in [`BUFFER_ONLY`], and how many.
const fn partition<const N: usize>(ids: [usize; N], buffer: bool) -> ([usize; N], usize) {
    let mut out = [0; N];
    let (mut i, mut n) = (0, 0);
    while i < N {
        let mut j = 0;
        let mut found = false;
        while j < BUFFER_ONLY.len() {
            found |= BUFFER_ONLY[j] == ids[i];
            j += 1;
        }
        if found == buffer {
            out[n] = ids[i];
            n += 1;
        }
        i += 1;
    }
    (out, n)
}

const FULL_BUFFER: ([usize; 81], usize) = partition(FULL, true);
const FULL_REST: ([usize; 81], usize) = partition(FULL, false);
const COMPACT_BUFFER: ([usize; 49], usize) = partition(COMPACT, true);
const COMPACT_REST: ([usize; 49], usize) = partition(COMPACT, false);

/// Every template position.
const FULL: [usize; 81] = {
    let mut ids = [0; 81];
    let mut i = 0;
    while i < 81 {
        ids[i] = i;
        i += 1;
    }
    ids
};

/// Which feature templates a parser uses: `Full` (81 templates, the most accurate) or
/// `Compact` (49 of them, about twice as fast).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FeatureSet {
    /// Every template.
    #[default]
    Full,
    /// The strongest templates: unigrams, tag pairs and triples, children tags and labels.
    Compact,
}

/// How a parser scores transitions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scorer {
    /// One perceptron over every labeled transition (SHIFT, LEFT×labels, RIGHT×labels).
    #[default]
    Joint,
    /// A perceptron over the three transition types (SHIFT, LEFT, RIGHT) with the
    /// feature set, then, for an arc, a second one choosing its label among the labels
    /// only, over fewer features ([`LABEL`]) keyed by the arc's direction.
    TwoStage,
}

/// How [`Parser::train`] trains: the model's design (templates, scorer, cluster features) and
/// the training schedule (epochs, pruning, shuffling seed).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParserTraining {
    /// The feature templates.
    pub feature_set: FeatureSet,
    /// How transitions are scored.
    pub scorer: Scorer,
    /// Whether the word-cluster features ([`ParseInput::cluster`]) are used.
    pub clustered: bool,
    /// With `clustered`, whether the extra cluster templates ([`rich_cluster_features`]) are
    /// used too.
    pub rich_clusters: bool,
    /// At most this many epochs; the best on dev is kept.
    pub max_epochs: usize,
    /// Features updated fewer times than this are dropped from the model.
    pub min_updates: u32,
    /// Seed of the per-epoch shuffle and of exploration.
    pub seed: u64,
    /// From the second epoch on, how often training follows the parser's own wrong move
    /// instead of the oracle's (exploration, Goldberg & Nivre 2013; 0.9 in the shipped model).
    pub explore: f64,
}

/// Template ids (positions in the full list) kept by [`FeatureSet::Compact`].
const COMPACT: [usize; 49] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31, 35, 37, 39, 41, 43, 44, 46, 47, 49, 50, 60, 61, 62, 64, 66, 68, 69, 72, 74, 75, 76, 77];

/// A trained parser.
#[derive(Debug, Clone, Default)]
pub struct Parser {
    /// Label id → relation.
    pub labels: Vec<DepRel>,
    /// The feature templates used.
    pub feature_set: FeatureSet,
    /// How transitions are scored.
    pub scorer: Scorer,
    /// The joint model's weights (one class per labeled transition), or the two-stage
    /// scorer's transition-type weights (SHIFT, LEFT, RIGHT).
    weights: Weights,
    /// The two-stage scorer's label weights (one class per label; empty for `Joint`).
    label_weights: Weights,
    /// Whether the parser reads word clusters ([`ParseInput::cluster`]).
    pub clustered: bool,
    /// Whether it also reads the extra cluster templates ([`rich_cluster_features`]).
    pub rich_clusters: bool,
    /// Post-parse repairs turned off ([`super::repair`] bits; not stored in the model file).
    repairs_off: super::repair::RepairMask,
}

/// Reusable buffers for parsing.
#[derive(Debug, Default)]
pub struct ParseScratch {
    /// The final state: heads and labels by word number.
    pub state: State,
    feats: Vec<u64>,
    scores: Vec<i32>,
    buffer_feats: Vec<u64>,
    buffer_scores: Vec<i32>,
    label_feats: Vec<u64>,
    label_scores: Vec<i32>,
}

fn best_valid<T: PartialOrd + Copy>(st: &State, scores: &[T], n_labels: usize, allowed: impl Fn(usize) -> bool) -> usize {
    let (cs, cl, cr) = (st.can_shift(), st.can_left(), st.can_right());
    let mut best = usize::MAX;
    let mut best_score = scores[0];
    for (i, &s) in scores.iter().enumerate() {
        let ok = if i == 0 { cs } else if i <= n_labels { cl } else { cr };
        if ok && allowed(i) && (best == usize::MAX || s > best_score) {
            best = i;
            best_score = s;
        }
    }
    best
}

/// The index of the first highest score (0 when `scores` is empty).
fn first_max<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// [`best_valid`] with every move allowed, scanning each group of moves (SHIFT, the
/// LEFTs, the RIGHTs) as one block: the first highest-scoring valid move.
fn best_move(st: &State, scores: &[i32], n_labels: usize) -> usize {
    let first_max = |lo: usize, hi: usize| -> Option<(usize, i32)> {
        let block = scores.get(lo..hi)?;
        let max = *block.iter().max()?;
        Some((lo + block.iter().position(|&s| s == max)?, max))
    };
    let groups = [
        (st.can_shift(), 0, 1),
        (st.can_left(), 1, 1 + n_labels),
        (st.can_right(), 1 + n_labels, 1 + 2 * n_labels),
    ];
    let mut best: Option<(usize, i32)> = None;
    for (ok, lo, hi) in groups {
        if let (true, Some((i, s))) = (ok, first_max(lo, hi)) {
            if best.is_none_or(|b| s > b.1) {
                best = Some((i, s));
            }
        }
    }
    best.map(|b| b.0).unwrap_or(usize::MAX)
}

/// Gold tree facts the dynamic oracle needs.
struct Gold<'a> {
    heads: &'a [u32],
    labels: &'a [u8],
    deps: Vec<Vec<u32>>,
}

/// Runs up to `max_epochs` training epochs and keeps the parser that scores best on dev
/// (the later one on ties). `run_epoch` gets the epoch number, this epoch's shuffled order of
/// the `n` training examples and the random generator (also used for exploration), and
/// returns the averaged parser after that epoch.
fn keep_best_epoch(
    n: usize,
    max_epochs: usize,
    seed: u64,
    mut run_epoch: impl FnMut(usize, &[usize], &mut Rng) -> Parser,
    mut score_dev: impl FnMut(&Parser) -> f64,
    mut log: impl FnMut(usize, f64),
) -> (Parser, Vec<f64>) {
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..n).collect();
    let mut best: Option<(f64, Parser)> = None;
    let mut curve = Vec::new();
    for epoch in 0..max_epochs {
        rng.shuffle(&mut order);
        let p = run_epoch(epoch, &order, &mut rng);
        let score = score_dev(&p);
        log(epoch + 1, score);
        curve.push(score);
        if best.as_ref().map(|b| score >= b.0).unwrap_or(true) {
            best = Some((score, p));
        }
    }
    (best.map(|b| b.1).unwrap_or_default(), curve)
}

impl<'a> Gold<'a> {
    fn new(ex: &'a ParseExample) -> Gold<'a> {
        let mut deps = vec![Vec::new(); ex.heads.len() + 1];
        for (i, &h) in ex.heads.iter().enumerate() {
            deps[h as usize].push(i as u32 + 1);
        }
        Gold { heads: &ex.heads, labels: &ex.labels, deps }
    }
    fn head(&self, i: u32) -> u32 {
        self.heads[i as usize - 1]
    }
    fn deps_in_buffer(&self, st: &State, i: u32) -> usize {
        self.deps[i as usize].iter().filter(|&&d| d as usize >= st.b).count()
    }
    fn in_buffer(&self, st: &State, i: u32) -> bool {
        i != 0 && i as usize >= st.b
    }
    /// Costs of SHIFT, LEFT and RIGHT (unlabeled): gold arcs that become unreachable.
    fn costs(&self, st: &State) -> [usize; 3] {
        let s0 = st.s(0);
        let s1 = st.s(1);
        let mut shift = 0;
        if st.can_shift() {
            let b0 = st.b as u32;
            shift = st.stack.iter().filter(|&&d| d != 0 && self.head(d) == b0).count();
            let h = self.head(b0);
            if h != s0 && st.stack.contains(&h) {
                shift += 1;
            }
        }
        let mut left = 0;
        let mut right = 0;
        if s0 != NONE && s0 != 0 {
            let lost = self.deps_in_buffer(st, s0);
            let h = self.head(s0);
            left = lost + (st.can_left() && h != st.b as u32 && (h == s1 || self.in_buffer(st, h))) as usize;
            right = lost + self.in_buffer(st, h) as usize;
        }
        [shift, left, right]
    }
    fn cost(&self, st: &State, base: &[usize; 3], id: usize, n_labels: usize) -> usize {
        match move_of(id, n_labels) {
            Move::Shift => base[0],
            Move::Left(l) => {
                let s0 = st.s(0);
                base[1] + (self.head(s0) == st.b as u32 && self.labels[s0 as usize - 1] != l) as usize
            }
            Move::Right(l) => {
                let s0 = st.s(0);
                base[2] + (self.head(s0) == st.s(1) && self.labels[s0 as usize - 1] != l) as usize
            }
        }
    }
}

/// One training sentence for the parser.
#[derive(Debug, Clone)]
pub struct ParseExample {
    /// Words (with predicted or gold tags).
    pub input: Vec<ParseInput>,
    /// Gold heads, 0 for the root.
    pub heads: Vec<u32>,
    /// Gold label ids.
    pub labels: Vec<u8>,
}

impl Parser {
    /// Turns off the post-parse repairs whose bits are set in `mask` (the constants of
    /// [`super::repair`], e.g. [`super::repair::BARE_OBJECT`]; [`super::repair::ALL_REPAIRS`] for
    /// all); for measuring them.
    pub fn disable_repairs(&mut self, mask: super::repair::RepairMask) {
        self.repairs_off = mask;
    }

    /// The repairs turned off by [`Parser::disable_repairs`].
    pub fn repairs_off(&self) -> super::repair::RepairMask {
        self.repairs_off
    }

    /// Parses a sentence; heads and labels are left in `scratch.state`.
    pub fn parse(&self, input: &[ParseInput], scratch: &mut ParseScratch) {
        if self.scorer == Scorer::TwoStage {
            return self.parse_two_stage(input, scratch);
        }
        let nl = self.labels.len();
        scratch.scores.resize(1 + 2 * nl, 0);
        scratch.buffer_scores.resize(1 + 2 * nl, 0);
        scratch.state.reset(input.len());
        let mut buffer_at = usize::MAX;
        while !scratch.state.terminal() {
            let all = template_values(&scratch.state, input);
            self.score_transitions(&all, input, scratch, &mut buffer_at);
            let m = best_move(&scratch.state, &scratch.scores, nl);
            if m == usize::MAX {
                break;
            }
            scratch.state.apply(move_of(m, nl));
        }
    }

    /// Scores the transitions of `scratch.state` into `scratch.scores` from its template
    /// values `all`. The buffer-only features' scores are kept while the buffer front stays
    /// at `*buffer_at` (about half the transitions are arcs, which leave it in place) and
    /// recomputed when it has moved.
    fn score_transitions(&self, all: &[(u64, u64, u64, u64); 81], input: &[ParseInput], scratch: &mut ParseScratch, buffer_at: &mut usize) {
        let moved = scratch.state.b != *buffer_at;
        let buffer = moved.then_some(&mut scratch.buffer_feats);
        features_split_from(all, self.feature_set, buffer, &mut scratch.feats);
        if self.clustered {
            let (b, r) = cluster_features(&scratch.state, input);
            scratch.feats.extend_from_slice(&r);
            if moved {
                scratch.buffer_feats.extend_from_slice(&b);
            }
            if self.rich_clusters {
                let (b, r) = rich_cluster_features(&scratch.state, input);
                scratch.feats.extend_from_slice(&r);
                if moved {
                    scratch.buffer_feats.extend_from_slice(&b);
                }
            }
        }
        if moved {
            self.weights.score(&scratch.buffer_feats, &mut scratch.buffer_scores);
            *buffer_at = scratch.state.b;
        }
        self.weights.score(&scratch.feats, &mut scratch.scores);
        for (s, b) in scratch.scores.iter_mut().zip(&scratch.buffer_scores) {
            *s += *b;
        }
    }

    /// [`Parser::parse`] with the two-stage scorer: the transition type, then the label.
    fn parse_two_stage(&self, input: &[ParseInput], scratch: &mut ParseScratch) {
        let nl = self.labels.len();
        scratch.scores.resize(3, 0);
        scratch.buffer_scores.resize(3, 0);
        scratch.label_scores.resize(nl, 0);
        scratch.state.reset(input.len());
        let mut buffer_at = usize::MAX;
        while !scratch.state.terminal() {
            let all = template_values(&scratch.state, input);
            self.score_transitions(&all, input, scratch, &mut buffer_at);
            let dir = best_move(&scratch.state, &scratch.scores, 1);
            if dir == usize::MAX {
                break;
            }
            let m = if dir == 0 {
                Move::Shift
            } else {
                label_features(&all, dir, &mut scratch.label_feats);
                self.label_weights.score(&scratch.label_feats, &mut scratch.label_scores);
                let l = first_max(&scratch.label_scores) as u8;
                if dir == 1 {
                    Move::Left(l)
                } else {
                    Move::Right(l)
                }
            };
            scratch.state.apply(m);
        }
    }

    /// Trains with the dynamic oracle for up to `settings.max_epochs`, keeping the epoch with
    /// the best labeled attachment on dev (scored with `score_dev`, which parses with the
    /// candidate). Returns the parser and the dev score per epoch.
    pub fn train(
        labels: Vec<DepRel>,
        train: &[ParseExample],
        settings: &ParserTraining,
        score_dev: impl FnMut(&Parser) -> f64,
        log: impl FnMut(usize, f64),
    ) -> (Parser, Vec<f64>) {
        match settings.scorer {
            Scorer::TwoStage => Parser::train_two_stage(labels, train, settings, score_dev, log),
            Scorer::Joint => Parser::train_joint(labels, train, settings, score_dev, log),
        }
    }

    fn train_joint(
        labels: Vec<DepRel>,
        train: &[ParseExample],
        settings: &ParserTraining,
        score_dev: impl FnMut(&Parser) -> f64,
        log: impl FnMut(usize, f64),
    ) -> (Parser, Vec<f64>) {
        let ParserTraining { feature_set, clustered, rich_clusters, max_epochs, min_updates, seed, explore: p_explore, .. } = *settings;
        let rich_clusters = clustered && rich_clusters;
        let nl = labels.len();
        let n_classes = 1 + 2 * nl;
        let mut model = Perceptron::new(n_classes);
        let mut st = State::default();
        let mut feats = Vec::new();
        let mut scores = vec![0.0; n_classes];
        let golds: Vec<Gold> = train.iter().map(Gold::new).collect();
        let run_epoch = |epoch: usize, order: &[usize], rng: &mut Rng| {
            for &si in order {
                let (ex, gold) = (&train[si], &golds[si]);
                st.reset(ex.input.len());
                while !st.terminal() {
                    features(&st, &ex.input, feature_set, clustered, rich_clusters, &mut feats);
                    model.tick();
                    model.score(&feats, &mut scores);
                    let base = gold.costs(&st);
                    let cost = |id: usize| gold.cost(&st, &base, id, nl);
                    let guess = best_valid(&st, &scores, nl, |_| true);
                    if guess == usize::MAX {
                        break;
                    }
                    let min = (0..n_classes)
                        .filter(|&i| valid(&st, i, nl))
                        .map(cost)
                        .min()
                        .unwrap_or(0);
                    let truth = best_valid(&st, &scores, nl, |i| cost(i) == min);
                    let next = if cost(guess) == min {
                        guess
                    } else {
                        model.update(truth, guess, &feats);
                        if epoch > 0 && rng.next_f64() < p_explore { guess } else { truth }
                    };
                    st.apply(move_of(next, nl));
                }
            }
            Parser { labels: labels.clone(), feature_set, scorer: Scorer::Joint, weights: model.averaged(min_updates), label_weights: Weights::default(), clustered, rich_clusters, repairs_off: 0 }
        };
        keep_best_epoch(train.len(), max_epochs, seed, run_epoch, score_dev, log)
    }

    /// Training for [`Scorer::TwoStage`]: the transition-type model learns from the
    /// dynamic oracle's unlabeled costs (with exploration, as the joint model); the label
    /// model learns the gold label of every arc the parser builds that is a gold arc.
    fn train_two_stage(
        labels: Vec<DepRel>,
        train: &[ParseExample],
        settings: &ParserTraining,
        score_dev: impl FnMut(&Parser) -> f64,
        log: impl FnMut(usize, f64),
    ) -> (Parser, Vec<f64>) {
        let ParserTraining { feature_set, clustered, rich_clusters, max_epochs, min_updates, seed, explore: p_explore, .. } = *settings;
        let rich_clusters = clustered && rich_clusters;
        let nl = labels.len();
        let mut moves = Perceptron::new(3);
        let mut labeler = Perceptron::new(nl);
        let mut st = State::default();
        let (mut feats, mut label_feats) = (Vec::new(), Vec::new());
        let mut scores = vec![0.0; 3];
        let mut label_scores = vec![0.0; nl];
        let golds: Vec<Gold> = train.iter().map(Gold::new).collect();
        let run_epoch = |epoch: usize, order: &[usize], rng: &mut Rng| {
            for &si in order {
                let (ex, gold) = (&train[si], &golds[si]);
                st.reset(ex.input.len());
                while !st.terminal() {
                    let all = template_values(&st, &ex.input);
                    features_from(&all, feature_set, &mut feats);
                    if clustered {
                        let (b, r) = cluster_features(&st, &ex.input);
                        feats.extend_from_slice(&b);
                        feats.extend_from_slice(&r);
                        if rich_clusters {
                            let (b, r) = rich_cluster_features(&st, &ex.input);
                            feats.extend_from_slice(&b);
                            feats.extend_from_slice(&r);
                        }
                    }
                    moves.tick();
                    moves.score(&feats, &mut scores);
                    let base = gold.costs(&st);
                    let guess = best_valid(&st, &scores, 1, |_| true);
                    if guess == usize::MAX {
                        break;
                    }
                    let min = (0..3).filter(|&i| valid(&st, i, 1)).map(|i| base[i]).min().unwrap_or(0);
                    let truth = best_valid(&st, &scores, 1, |i| base[i] == min);
                    let explore = epoch > 0 && rng.next_f64() < p_explore;
                    let dir = if base[guess] == min {
                        guess
                    } else {
                        moves.update(truth, guess, &feats);
                        if explore { guess } else { truth }
                    };
                    let m = if dir == 0 {
                        Move::Shift
                    } else {
                        label_features(&all, dir, &mut label_feats);
                        labeler.tick();
                        labeler.score(&label_feats, &mut label_scores);
                        let mut l = first_max(&label_scores);
                        let s0 = st.s(0);
                        let head = if dir == 1 { st.b as u32 } else { st.s(1) };
                        if s0 != NONE && s0 != 0 && gold.head(s0) == head {
                            let g = gold.labels[s0 as usize - 1] as usize;
                            if g != l {
                                labeler.update(g, l, &label_feats);
                                if !explore {
                                    l = g;
                                }
                            }
                        }
                        if dir == 1 {
                            Move::Left(l as u8)
                        } else {
                            Move::Right(l as u8)
                        }
                    };
                    st.apply(m);
                }
            }
            Parser {
                labels: labels.clone(),
                feature_set,
                scorer: Scorer::TwoStage,
                weights: moves.averaged(min_updates),
                label_weights: labeler.averaged(min_updates),
                clustered,
                rich_clusters,
                repairs_off: 0,
            }
        };
        keep_best_epoch(train.len(), max_epochs, seed, run_epoch, score_dev, log)
    }

    /// The perceptron weights (for size reports): the joint model's, or the two-stage
    /// scorer's transition-type weights.
    pub fn weights(&self) -> &Weights {
        &self.weights
    }
    /// The two-stage scorer's label weights (empty for the joint scorer).
    pub fn label_weights(&self) -> &Weights {
        &self.label_weights
    }
    /// Writes the parser into a model file.
    pub fn write(&self, w: &mut Writer) {
        w.bytes(&self.labels.iter().map(|l| l.0).collect::<Vec<_>>());
        self.weights.write(w);
        let set = match self.feature_set {
            FeatureSet::Full => 0,
            FeatureSet::Compact => 1,
        };
        let set = if self.clustered { set | CLUSTERED } else { set };
        let set = if self.clustered && self.rich_clusters { set | RICH_CLUSTERS } else { set };
        match self.scorer {
            Scorer::Joint => w.u32(set),
            Scorer::TwoStage => {
                w.u32(set | TWO_STAGE);
                self.label_weights.write(w);
            }
        }
    }

    /// Reads a parser written by [`Parser::write`].
    pub fn read(r: &mut Reader) -> Result<Parser, ModelError> {
        let labels = r.bytes()?.iter().map(|&b| DepRel(b)).collect::<Vec<_>>();
        let weights = Weights::read(r)?;
        // Models written before feature sets existed end here and use the full set.
        let code = if r.at_end() { 0 } else { r.u32()? };
        let clustered = code & CLUSTERED != 0;
        let rich_clusters = clustered && code & RICH_CLUSTERS != 0;
        let feature_set = match code & !(TWO_STAGE | CLUSTERED | RICH_CLUSTERS) {
            0 => FeatureSet::Full,
            1 => FeatureSet::Compact,
            n => return Err(ModelError::Corrupt(format!("unknown parser feature set {n}"))),
        };
        let (scorer, label_weights, n_classes) = if code & TWO_STAGE != 0 {
            let label_weights = Weights::read(r)?;
            if label_weights.n_classes() != labels.len() {
                return Err(ModelError::Corrupt("parser label classes and labels disagree".into()));
            }
            (Scorer::TwoStage, label_weights, 3)
        } else {
            (Scorer::Joint, Weights::default(), 1 + 2 * labels.len())
        };
        if weights.n_classes() != n_classes {
            return Err(ModelError::Corrupt("parser classes and labels disagree".into()));
        }
        Ok(Parser { labels, feature_set, scorer, weights, label_weights, clustered, rich_clusters, repairs_off: 0 })
    }
}

fn valid(st: &State, id: usize, nl: usize) -> bool {
    if id == 0 {
        st.can_shift()
    } else if id <= nl {
        st.can_left()
    } else {
        st.can_right()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(tags: &[u8], heads: &[u32], labels: &[u8]) -> ParseExample {
        ParseExample {
            input: tags.iter().enumerate().map(|(i, &t)| ParseInput { word: 1000 + t as u64 * 7 + (i as u64 % 2), tag: t, cluster: t as u32 % 3 }).collect(),
            heads: heads.to_vec(),
            labels: labels.to_vec(),
        }
    }

    /// Following only zero-cost transitions rebuilds any projective tree exactly.
    #[test]
    fn oracle_rebuilds_projective_trees() {
        let trees = [
            example(&[0, 1, 2, 0, 3], &[2, 0, 5, 5, 2], &[0, 1, 2, 0, 3]),
            example(&[0, 1, 2, 3, 4, 5], &[0, 1, 2, 3, 4, 5], &[1, 2, 3, 4, 5, 6]),
            example(&[0, 1, 2, 3], &[4, 4, 4, 0], &[1, 1, 1, 2]),
            example(&[0, 1, 2, 3, 4, 5, 6], &[2, 0, 4, 2, 2, 7, 5], &[3, 1, 3, 2, 2, 0, 2]),
        ];
        let nl = 7;
        for ex in &trees {
            let mut deps = vec![Vec::new(); ex.heads.len() + 1];
            for (i, &h) in ex.heads.iter().enumerate() {
                deps[h as usize].push(i as u32 + 1);
            }
            let gold = Gold { heads: &ex.heads, labels: &ex.labels, deps };
            let mut st = State::default();
            st.reset(ex.input.len());
            let mut steps = 0;
            while !st.terminal() {
                let base = gold.costs(&st);
                let next = (0..1 + 2 * nl).filter(|&i| valid(&st, i, nl)).find(|&i| gold.cost(&st, &base, i, nl) == 0);
                st.apply(move_of(next.expect("a zero-cost transition exists"), nl));
                steps += 1;
                assert!(steps < 100);
            }
            for i in 0..ex.heads.len() {
                assert_eq!(st.heads[i + 1], ex.heads[i], "head of word {}", i + 1);
                assert_eq!(st.labels[i + 1], ex.labels[i]);
            }
        }
    }

    /// The block-wise move choice equals the plain scan, ties included.
    #[test]
    fn best_move_is_best_valid() {
        let mut rng = Rng::new(3);
        let nl = 5;
        let mut st = State::default();
        for n in [0usize, 1, 3] {
            st.reset(n);
            for stack in [1usize, 2, 3] {
                st.stack.truncate(1);
                (1..stack).for_each(|i| st.stack.push(i as u32));
                for b in 1..=n + 1 {
                    st.b = b;
                    for _ in 0..50 {
                        let scores: Vec<i32> = (0..1 + 2 * nl).map(|_| (rng.next_u64() % 4) as i32 - 2).collect();
                        assert_eq!(best_move(&st, &scores, nl), best_valid(&st, &scores, nl, |_| true));
                    }
                }
            }
        }
    }

    /// The split used for parsing yields exactly the features training sees, for both
    /// feature sets, in every state along the oracle's path.
    #[test]
    fn split_features_are_the_full_features() {
        let ex = example(&[0, 1, 2, 0, 1, 3, 0, 1], &[2, 3, 0, 5, 3, 8, 8, 3], &[0, 1, 2, 0, 3, 4, 0, 5]);
        let nl = 7;
        let mut deps = vec![Vec::new(); ex.heads.len() + 1];
        for (i, &h) in ex.heads.iter().enumerate() {
            deps[h as usize].push(i as u32 + 1);
        }
        let gold = Gold { heads: &ex.heads, labels: &ex.labels, deps };
        let mut st = State::default();
        st.reset(ex.input.len());
        let (mut all, mut buffer, mut rest) = (Vec::new(), Vec::new(), Vec::new());
        let mut last_buffer: Option<(usize, Vec<u64>)> = None;
        while !st.terminal() {
            // Buffer-only features really read only the buffer: while it stays put, so do they.
            features_split_from(&template_values(&st, &ex.input), FeatureSet::Full, Some(&mut buffer), &mut rest);
            if let Some((b, prev)) = &last_buffer {
                if *b == st.b {
                    assert_eq!(prev, &buffer);
                }
            }
            // ...and equal those of a state with the same buffer but no stack and no arcs.
            let values = template_values(&st, &ex.input);
            let mut bare = State::default();
            bare.reset(ex.input.len());
            bare.b = st.b;
            let bare = template_values(&bare, &ex.input);
            for i in BUFFER_ONLY {
                assert_eq!(values[i], bare[i], "template position {i} reads more than the buffer");
            }
            last_buffer = Some((st.b, buffer.clone()));
            // The cluster features split the same way: the buffer part reads only the buffer.
            let (cb, _) = cluster_features(&st, &ex.input);
            let mut bare = State::default();
            bare.reset(ex.input.len());
            bare.b = st.b;
            assert_eq!(cluster_features(&bare, &ex.input).0, cb);
            assert_eq!(rich_cluster_features(&bare, &ex.input).0, rich_cluster_features(&st, &ex.input).0);
            for (set, clustered, rich) in [(FeatureSet::Full, false, false), (FeatureSet::Compact, false, false), (FeatureSet::Compact, true, false), (FeatureSet::Full, true, true)] {
                features(&st, &ex.input, set, clustered, rich, &mut all);
                features_split_from(&template_values(&st, &ex.input), set, Some(&mut buffer), &mut rest);
                if clustered {
                    let (b, r) = cluster_features(&st, &ex.input);
                    buffer.extend_from_slice(&b);
                    rest.extend_from_slice(&r);
                }
                if rich {
                    let (b, r) = rich_cluster_features(&st, &ex.input);
                    buffer.extend_from_slice(&b);
                    rest.extend_from_slice(&r);
                }
                let mut joined: Vec<u64> = buffer.iter().chain(&rest).copied().collect();
                joined.sort_unstable();
                all.sort_unstable();
                assert_eq!(joined, all);
            }
            let base = gold.costs(&st);
            let next = (0..1 + 2 * nl).filter(|&i| valid(&st, i, nl)).find(|&i| gold.cost(&st, &base, i, nl) == 0);
            st.apply(move_of(next.expect("a zero-cost transition exists"), nl));
        }
    }

    /// A few epochs on a tiny treebank learn to parse it.
    #[test]
    fn learns_a_tiny_treebank() {
        // tags: 0 DET, 1 NOUN, 2 VERB, 3 ADP, 4 PUNCT; labels: 0 det, 1 nsubj, 2 root, 3 obj, 4 case, 5 obl, 6 punct
        let data = vec![
            example(&[0, 1, 2, 0, 1, 4], &[2, 3, 0, 5, 3, 3], &[0, 1, 2, 0, 3, 6]),
            example(&[1, 2, 1, 4], &[2, 0, 2, 2], &[1, 2, 3, 6]),
            example(&[0, 1, 2, 3, 0, 1, 4], &[2, 3, 0, 6, 6, 3, 3], &[0, 1, 2, 4, 0, 5, 6]),
            example(&[1, 2, 0, 1, 3, 1, 4], &[2, 0, 4, 2, 6, 2, 2], &[1, 2, 0, 3, 4, 5, 6]),
        ];
        let labels: Vec<DepRel> = ["det", "nsubj", "root", "obj", "case", "obl", "punct"].iter().map(|l| DepRel::parse(l)).collect();
        let (p, _) = Parser::train(labels, &data, &ParserTraining { feature_set: FeatureSet::Compact, scorer: Scorer::Joint, clustered: false, rich_clusters: false, max_epochs: 10, min_updates: 1, seed: 7, explore: 0.9 }, |_| 0.0, |_, _| {});
        let mut scratch = ParseScratch::default();
        for ex in &data {
            p.parse(&ex.input, &mut scratch);
            assert_eq!(&scratch.state.heads[1..=ex.heads.len()], &ex.heads[..]);
            assert_eq!(&scratch.state.labels[1..=ex.labels.len()], &ex.labels[..]);
        }
        let mut w = Writer::default();
        p.write(&mut w);
        let bytes = w.into_inner();
        let p2 = Parser::read(&mut Reader::new(&bytes)).unwrap();
        p2.parse(&data[0].input, &mut scratch);
        assert_eq!(&scratch.state.heads[1..=6], &data[0].heads[..]);
    }

    fn tiny_treebank() -> (Vec<DepRel>, Vec<ParseExample>) {
        // tags: 0 DET, 1 NOUN, 2 VERB, 3 ADP, 4 PUNCT; labels: 0 det, 1 nsubj, 2 root, 3 obj, 4 case, 5 obl, 6 punct
        let data = vec![
            example(&[0, 1, 2, 0, 1, 4], &[2, 3, 0, 5, 3, 3], &[0, 1, 2, 0, 3, 6]),
            example(&[1, 2, 1, 4], &[2, 0, 2, 2], &[1, 2, 3, 6]),
            example(&[0, 1, 2, 3, 0, 1, 4], &[2, 3, 0, 6, 6, 3, 3], &[0, 1, 2, 4, 0, 5, 6]),
            example(&[1, 2, 0, 1, 3, 1, 4], &[2, 0, 4, 2, 6, 2, 2], &[1, 2, 0, 3, 4, 5, 6]),
        ];
        let labels = ["det", "nsubj", "root", "obj", "case", "obl", "punct"].iter().map(|l| DepRel::parse(l)).collect();
        (labels, data)
    }

    /// The two-stage scorer learns the tiny treebank too, and its model file round-trips
    /// (scorer, feature set and both tables) and parses the same.
    #[test]
    fn two_stage_learns_a_tiny_treebank_and_round_trips() {
        let (labels, data) = tiny_treebank();
        for set in [FeatureSet::Full, FeatureSet::Compact] {
            let (p, _) = Parser::train(labels.clone(), &data, &ParserTraining { feature_set: set, scorer: Scorer::TwoStage, clustered: false, rich_clusters: false, max_epochs: 10, min_updates: 1, seed: 7, explore: 0.9 }, |_| 0.0, |_, _| {});
            assert_eq!(p.scorer, Scorer::TwoStage);
            assert_eq!(p.weights().n_classes(), 3);
            assert_eq!(p.label_weights().n_classes(), labels.len());
            let mut scratch = ParseScratch::default();
            for ex in &data {
                p.parse(&ex.input, &mut scratch);
                assert_eq!(&scratch.state.heads[1..=ex.heads.len()], &ex.heads[..]);
                assert_eq!(&scratch.state.labels[1..=ex.labels.len()], &ex.labels[..]);
            }
            let mut w = Writer::default();
            p.write(&mut w);
            w.u32(77); // whatever follows the parser in a model file stays unread
            let bytes = w.into_inner();
            let mut r = Reader::new(&bytes);
            let p2 = Parser::read(&mut r).unwrap();
            assert_eq!((p2.scorer, p2.feature_set), (Scorer::TwoStage, set));
            assert_eq!(r.u32().unwrap(), 77);
            for ex in &data {
                p2.parse(&ex.input, &mut scratch);
                assert_eq!(&scratch.state.heads[1..=ex.heads.len()], &ex.heads[..]);
                assert_eq!(&scratch.state.labels[1..=ex.labels.len()], &ex.labels[..]);
            }
        }
    }

    /// A parser with the extra cluster templates learns the tiny treebank, records them in
    /// its model file and parses the same after reading it back; without clusters the
    /// option is off (nothing to read).
    #[test]
    fn rich_clusters_learn_and_round_trip() {
        let (labels, data) = tiny_treebank();
        let settings = ParserTraining { feature_set: FeatureSet::Compact, scorer: Scorer::Joint, clustered: true, rich_clusters: true, max_epochs: 10, min_updates: 1, seed: 7, explore: 0.9 };
        let (p, _) = Parser::train(labels.clone(), &data, &settings, |_| 0.0, |_, _| {});
        assert!(p.clustered && p.rich_clusters);
        let mut w = Writer::default();
        p.write(&mut w);
        let bytes = w.into_inner();
        let p2 = Parser::read(&mut Reader::new(&bytes)).unwrap();
        assert!(p2.clustered && p2.rich_clusters);
        let mut scratch = ParseScratch::default();
        for ex in &data {
            p2.parse(&ex.input, &mut scratch);
            assert_eq!(&scratch.state.heads[1..=ex.heads.len()], &ex.heads[..]);
            assert_eq!(&scratch.state.labels[1..=ex.labels.len()], &ex.labels[..]);
        }
        let (plain, _) = Parser::train(labels, &data, &ParserTraining { clustered: false, ..settings }, |_| 0.0, |_, _| {});
        assert!(!plain.rich_clusters);
    }

    /// Joint models still read as joint; a two-stage file cut before its label table, or
    /// with tables that disagree with the labels, is an error, not a panic.
    #[test]
    fn scorer_in_the_model_file() {
        let (labels, data) = tiny_treebank();
        let (joint, _) = Parser::train(labels.clone(), &data, &ParserTraining { feature_set: FeatureSet::Compact, scorer: Scorer::Joint, clustered: false, rich_clusters: false, max_epochs: 2, min_updates: 1, seed: 7, explore: 0.9 }, |_| 0.0, |_, _| {});
        let mut w = Writer::default();
        joint.write(&mut w);
        let bytes = w.into_inner();
        let p = Parser::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!((p.scorer, p.feature_set), (Scorer::Joint, FeatureSet::Compact));
        assert!(p.label_weights().is_empty());

        let (two, _) = Parser::train(labels.clone(), &data, &ParserTraining { feature_set: FeatureSet::Compact, scorer: Scorer::TwoStage, clustered: false, rich_clusters: false, max_epochs: 2, min_updates: 1, seed: 7, explore: 0.9 }, |_| 0.0, |_, _| {});
        let mut w = Writer::default();
        two.write(&mut w);
        let bytes = w.into_inner();
        for cut in [bytes.len() - 1, bytes.len() / 2] {
            assert!(Parser::read(&mut Reader::new(&bytes[..cut])).is_err());
        }
        // The joint table under a two-stage flag (wrong class count) is rejected.
        let mut w = Writer::default();
        w.bytes(&labels.iter().map(|l| l.0).collect::<Vec<_>>());
        joint.weights().write(&mut w);
        w.u32(1 | TWO_STAGE);
        two.label_weights().write(&mut w);
        let bytes = w.into_inner();
        assert!(matches!(Parser::read(&mut Reader::new(&bytes)), Err(ModelError::Corrupt(_))));
    }
}
