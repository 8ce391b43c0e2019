//! Embeds every `*.toml` under `dictionaries/actors/` into the library.
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            println!("cargo:rerun-if-changed={}", p.display());
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            println!("cargo:rerun-if-changed={}", p.display());
            out.push(p);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.join("../..");
    let dir = root.join("dictionaries/actors");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files = Vec::new();
    collect(&dir, &mut files);
    files.sort();
    let mut src = String::from("&[\n");
    for f in &files {
        let rel = f.strip_prefix(&root).unwrap_or(f).to_string_lossy().replace('\\', "/");
        let abs = f.canonicalize().unwrap_or(f.clone());
        src.push_str(&format!("    ({:?}, include_str!({:?})),\n", rel, abs.to_string_lossy()));
    }
    src.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded_actors.rs");
    std::fs::write(out, src).unwrap();
}
