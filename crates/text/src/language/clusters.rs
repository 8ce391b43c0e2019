//! Word clusters learned from unlabeled text, used as tagger and parser features.
//!
//! Words are grouped by the exchange algorithm (Martin, Liermann & Ney 1998; Uszkoreit &
//! Brants 2008) on a class bigram model: every word starts in a class, then each word in
//! turn moves to the class that most raises the likelihood of the text under
//! `P(w_i | w_{i-1}) = P(c_i | c_{i-1}) P(w_i | c_i)`, until few words move. Two
//! granularities: `fine` classes over words, then `coarse` classes over the fine classes
//! (the same algorithm run on the fine classes' bigram counts), so that every coarse class
//! is a union of fine ones, as with the prefixes of Brown clusters (Koo et al. 2008).
//!
//! Words are keyed by the hash of their lower-cased form ([`hash_lower`]); only words seen
//! at least `min_count` times get a cluster.
use super::codec::{Reader, Writer};
use super::hashing::hash_lower;
use super::weights::KeyMap;
use super::ModelError;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The packed cluster value of a word without a cluster (unseen or rare).
pub const NO_CLUSTER: u32 = u32::MAX;

/// Word → (fine, coarse) cluster map.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clusters {
    /// Lower-form hash → `fine | coarse << 16`.
    map: KeyMap<u32>,
}

/// Clustering settings.
#[derive(Debug, Clone, Copy)]
pub struct ClusterConfig {
    /// Number of fine classes (at most 65,535).
    pub fine: usize,
    /// Number of coarse classes.
    pub coarse: usize,
    /// Words seen fewer times than this get no cluster.
    pub min_count: u32,
    /// Most exchange passes over the vocabulary.
    pub passes: usize,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig { fine: 256, coarse: 32, min_count: 3, passes: 12 }
    }
}

/// Problems reading unlabeled text.
#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    /// A file or directory could not be read.
    #[error("{0}: {1}")]
    Io(String, String),
}

impl Clusters {
    /// True when no word has a cluster (a model trained without unlabeled text).
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    /// Number of words with a cluster.
    pub fn len(&self) -> usize {
        self.map.len()
    }
    /// The packed cluster (`fine | coarse << 16`) of a word's lower-form hash, or [`NO_CLUSTER`].
    #[inline]
    pub fn get(&self, lower: u64) -> u32 {
        self.map.get(&lower).copied().unwrap_or(NO_CLUSTER)
    }
    /// Fine class of a packed value ([`NO_CLUSTER`] gives 0xFFFF).
    #[inline]
    pub fn fine(packed: u32) -> u64 {
        (packed & 0xFFFF) as u64
    }
    /// Coarse class of a packed value ([`NO_CLUSTER`] gives 0xFFFF).
    #[inline]
    pub fn coarse(packed: u32) -> u64 {
        (packed >> 16) as u64
    }

    /// Clusters the words of `sentences` (each a list of lower-form hashes).
    pub fn learn(sentences: &[Vec<u64>], cfg: &ClusterConfig) -> Clusters {
        let mut counts: HashMap<u64, u32> = HashMap::new();
        for s in sentences {
            for &w in s {
                *counts.entry(w).or_default() += 1;
            }
        }
        // Item ids: 0 = sentence boundary, 1 = rare word, then words by falling count.
        let mut vocab: Vec<(u64, u32)> = counts.into_iter().filter(|p| p.1 >= cfg.min_count).collect();
        vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let id: HashMap<u64, u32> = vocab.iter().enumerate().map(|(i, p)| (p.0, i as u32 + 2)).collect();
        let n_items = vocab.len() + 2;
        let mut bigrams: HashMap<(u32, u32), u32> = HashMap::new();
        for s in sentences {
            let mut prev = 0u32;
            for w in s {
                let cur = id.get(w).copied().unwrap_or(1);
                *bigrams.entry((prev, cur)).or_default() += 1;
                prev = cur;
            }
            *bigrams.entry((prev, 0)).or_default() += 1;
        }
        let mut edges: Vec<(u32, u32, u32)> = bigrams.into_iter().map(|((a, b), n)| (a, b, n)).collect();
        edges.sort_unstable();
        let graph = Graph::new(n_items, &edges);
        let fine = exchange(&graph, cfg.fine.min(n_items).clamp(1, 0xFFFE), cfg.passes);
        // The fine classes' own bigram graph, clustered again into coarse classes.
        let n_fine = cfg.fine.min(n_items).clamp(1, 0xFFFE);
        let mut class_bigrams: HashMap<(u32, u32), u32> = HashMap::new();
        for &(a, b, n) in &edges {
            *class_bigrams.entry((fine[a as usize], fine[b as usize])).or_default() += n;
        }
        let mut class_edges: Vec<(u32, u32, u32)> = class_bigrams.into_iter().map(|((a, b), n)| (a, b, n)).collect();
        class_edges.sort_unstable();
        let coarse = exchange(&Graph::new(n_fine, &class_edges), cfg.coarse.min(n_fine).clamp(1, 0xFFFE), cfg.passes);
        let map = vocab.iter().enumerate().map(|(i, p)| {
            let f = fine[i + 2];
            (p.0, f | coarse[f as usize] << 16)
        });
        Clusters { map: map.collect() }
    }

    /// Writes the cluster table (sorted by key).
    pub fn write(&self, w: &mut Writer) {
        let mut all: Vec<(u64, u32)> = self.map.iter().map(|(k, v)| (*k, *v)).collect();
        all.sort_unstable();
        w.u64s(&all.iter().map(|p| p.0).collect::<Vec<_>>());
        w.u32s(&all.iter().map(|p| p.1).collect::<Vec<_>>());
    }

    /// Reads what [`Clusters::write`] wrote.
    pub fn read(r: &mut Reader) -> Result<Clusters, ModelError> {
        let keys = r.u64s()?;
        let vals = r.u32s()?;
        if keys.len() != vals.len() {
            return Err(ModelError::Corrupt("cluster table sizes disagree".into()));
        }
        Ok(Clusters { map: keys.into_iter().zip(vals).collect() })
    }
}

/// Bigram counts between items, by row (successors) and by column (predecessors).
struct Graph {
    next: Vec<Vec<(u32, u32)>>,
    prev: Vec<Vec<(u32, u32)>>,
    /// Occurrences as the left / right element of a bigram.
    left: Vec<i64>,
    right: Vec<i64>,
    total: i64,
}

impl Graph {
    fn new(n: usize, edges: &[(u32, u32, u32)]) -> Graph {
        let mut g = Graph { next: vec![Vec::new(); n], prev: vec![Vec::new(); n], left: vec![0; n], right: vec![0; n], total: 0 };
        for &(a, b, c) in edges {
            g.next[a as usize].push((b, c));
            g.prev[b as usize].push((a, c));
            g.left[a as usize] += c as i64;
            g.right[b as usize] += c as i64;
            g.total += c as i64;
        }
        g
    }
}

/// `x ln x`, tabulated for the counts that occur.
struct XLogX(Vec<f64>);

impl XLogX {
    fn new(max: i64) -> XLogX {
        XLogX((0..=max.max(1)).map(|x| if x > 0 { x as f64 * (x as f64).ln() } else { 0.0 }).collect())
    }
    #[inline(always)]
    fn f(&self, x: i64) -> f64 {
        match self.0.get(x as usize) {
            Some(&v) if x >= 0 => v,
            _ if x > 0 => x as f64 * (x as f64).ln(),
            _ => 0.0,
        }
    }
}

/// The exchange algorithm: assigns each item of `g` one of `k` classes. Items start in
/// class `rank % k` (by falling frequency, which is item order for words); each pass moves
/// every item to its best class; stops when a pass moves fewer than 0.1% of the items.
fn exchange(g: &Graph, k: usize, passes: usize) -> Vec<u32> {
    let n = g.next.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| (g.left[b] + g.right[b]).cmp(&(g.left[a] + g.right[a])).then(a.cmp(&b)));
    let mut class = vec![0u32; n];
    for (rank, &i) in order.iter().enumerate() {
        class[i] = (rank % k) as u32;
    }
    // Class bigram counts m[c * k + d], class left / right counts.
    let mut m = vec![0i64; k * k];
    let (mut cl, mut cr) = (vec![0i64; k], vec![0i64; k]);
    for (a, row) in g.next.iter().enumerate() {
        for &(b, c) in row {
            m[class[a] as usize * k + class[b as usize] as usize] += c as i64;
        }
        cl[class[a] as usize] += g.left[a];
        cr[class[a] as usize] += g.right[a];
    }
    let f = XLogX::new(g.total);
    let (mut rv, mut lv) = (vec![0i64; k], vec![0i64; k]);
    let (mut rt, mut lt): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for _pass in 0..passes {
        let mut moved = 0usize;
        for &w in &order {
            // Counts of w followed by each class, and each class followed by w (without w w).
            let mut own = 0i64;
            for &(v, c) in &g.next[w] {
                if v as usize == w {
                    own += c as i64;
                    continue;
                }
                let d = class[v as usize] as usize;
                if rv[d] == 0 {
                    rt.push(d);
                }
                rv[d] += c as i64;
            }
            for &(v, c) in &g.prev[w] {
                if v as usize == w {
                    continue;
                }
                let d = class[v as usize] as usize;
                if lv[d] == 0 {
                    lt.push(d);
                }
                lv[d] += c as i64;
            }
            let (nl, nr) = (g.left[w], g.right[w]);
            let a = class[w] as usize;
            // Take w out of its class.
            for &d in &rt {
                m[a * k + d] -= rv[d];
            }
            for &c in &lt {
                m[c * k + a] -= lv[c];
            }
            m[a * k + a] -= own;
            cl[a] -= nl;
            cr[a] -= nr;
            // The likelihood gain of putting w in class b.
            let gain = |b: usize| -> f64 {
                let mut s = 0.0;
                for &d in &rt {
                    if d != b {
                        let x = m[b * k + d];
                        s += f.f(x + rv[d]) - f.f(x);
                    }
                }
                for &c in &lt {
                    if c != b {
                        let x = m[c * k + b];
                        s += f.f(x + lv[c]) - f.f(x);
                    }
                }
                let x = m[b * k + b];
                s += f.f(x + rv[b] + lv[b] + own) - f.f(x);
                s - (f.f(cl[b] + nl) - f.f(cl[b])) - (f.f(cr[b] + nr) - f.f(cr[b]))
            };
            let mut best = (a, gain(a));
            for b in 0..k {
                if b != a {
                    let g = gain(b);
                    if g > best.1 + 1e-9 {
                        best = (b, g);
                    }
                }
            }
            let b = best.0;
            for &d in &rt {
                m[b * k + d] += rv[d];
            }
            for &c in &lt {
                m[c * k + b] += lv[c];
            }
            m[b * k + b] += own;
            cl[b] += nl;
            cr[b] += nr;
            if b != a {
                class[w] = b as u32;
                moved += 1;
            }
            for &d in &rt {
                rv[d] = 0;
            }
            for &c in &lt {
                lv[c] = 0;
            }
            rt.clear();
            lt.clear();
        }
        if moved * 1000 < n {
            break;
        }
    }
    class
}

/// Reads unlabeled text for clustering: every file under each path (directories
/// recursively, in name order), split into sentences and tokens by [`crate::Segmenter`].
/// Markdown files (`.md`) lose their front matter, headings, link targets and citation
/// links (`[(Outlet)](url)`); files named `key-*` (answer keys) and `*.json` are skipped.
/// Returns each sentence as lower-form hashes.
pub fn read_unlabeled(paths: &[PathBuf]) -> Result<Vec<Vec<u64>>, ClusterError> {
    let mut files = Vec::new();
    for p in paths {
        collect_files(p, &mut files)?;
    }
    let mut out = Vec::new();
    for f in files {
        let bytes = std::fs::read(&f).map_err(|e| ClusterError::Io(f.display().to_string(), e.to_string()))?;
        let raw = String::from_utf8_lossy(&bytes);
        let text = if f.extension().is_some_and(|e| e == "md") { markdown_text(&raw) } else { raw.into_owned() };
        segment_into(&text, &mut out);
    }
    Ok(out)
}

fn collect_files(p: &Path, out: &mut Vec<PathBuf>) -> Result<(), ClusterError> {
    let err = |e: std::io::Error| ClusterError::Io(p.display().to_string(), e.to_string());
    if p.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(p).map_err(err)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for e in entries {
            collect_files(&e, out)?;
        }
    } else {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !name.starts_with("key-") && !name.starts_with('.') && !name.ends_with(".json") {
            out.push(p.to_path_buf());
        }
    }
    Ok(())
}

/// The prose of a Markdown page: bullet and paragraph lines with `[text](url)` reduced to
/// `text`, citation links `[(Outlet)](url)` dropped, front matter and headings skipped.
fn markdown_text(md: &str) -> String {
    let mut out = String::new();
    let mut in_front = false;
    for (i, line) in md.lines().enumerate() {
        let t = line.trim();
        if i == 0 && t == "---" {
            in_front = true;
            continue;
        }
        if in_front {
            in_front = t != "---";
            continue;
        }
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let t = t.trim_start_matches(['*', '-']).trim();
        let mut s = String::new();
        let mut rest = t;
        while let Some(open) = rest.find('[') {
            s.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find("](") else {
                s.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let label = &after[..close];
            let tail = &after[close + 2..];
            let end = tail.find(')').map(|e| e + 1).unwrap_or(tail.len());
            if !(label.starts_with('(') && label.ends_with(')')) {
                s.push_str(label);
            }
            rest = &tail[end..];
        }
        s.push_str(rest);
        let s = s.trim();
        if !s.is_empty() {
            out.push_str(s);
            out.push_str("\n\n");
        }
    }
    out
}

/// Splits `text` into sentences of lower-form hashes with the segmenter.
#[allow(clippy::default_constructed_unit_structs)]
pub fn segment_into(text: &str, out: &mut Vec<Vec<u64>>) {
    use detente_core::{Document, Stage};
    let mut doc = Document::new("unlabeled", text);
    crate::Segmenter::default().process(&mut doc);
    for s in &doc.sentences {
        let r = s.token_range();
        if r.is_empty() || r.end > doc.tokens.len() {
            continue;
        }
        out.push(doc.tokens[r].iter().map(|t| hash_lower(doc.text.get(t.range.to_range()).unwrap_or(""))).collect());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &[&str]) -> Vec<Vec<u64>> {
        text.iter().map(|s| s.split(' ').map(hash_lower).collect()).collect()
    }

    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        let mut text = Vec::new();
        for _ in 0..20 {
            text.extend(["the dog runs", "a cat sleeps", "the cat runs", "a dog sleeps", "the bird sleeps", "a bird runs"]);
        }
        let c = Clusters::learn(&sents(&text), &ClusterConfig { fine: 4, coarse: 2, min_count: 2, passes: 10 });
        let fine = |w: &str| Clusters::fine(c.get(hash_lower(w)));
        assert_eq!(fine("dog"), fine("cat"));
        assert_eq!(fine("cat"), fine("bird"));
        assert_eq!(fine("the"), fine("a"));
        assert_eq!(fine("runs"), fine("sleeps"));
        assert_ne!(fine("dog"), fine("the"));
        assert_ne!(fine("dog"), fine("runs"));
        assert_eq!(c.get(hash_lower("unseen")), NO_CLUSTER);
        let mut w = Writer::default();
        c.write(&mut w);
        let bytes = w.into_inner();
        assert_eq!(Clusters::read(&mut Reader::new(&bytes)).unwrap(), c);
        assert!(Clusters::read(&mut Reader::new(&bytes[..bytes.len() - 1])).is_err());
    }

    #[test]
    fn markdown_keeps_the_prose() {
        let md = "---\nlayout: post\n---\n#### Armed conflicts\n* [Syria](https://x \"Syria\")\n  * [Israeli warplanes](https://y \"IAF\") strike [Aleppo](https://z). [(Xinhua)](https://n)\n";
        assert_eq!(markdown_text(md), "Syria\n\nIsraeli warplanes strike Aleppo.\n\n");
    }
}
