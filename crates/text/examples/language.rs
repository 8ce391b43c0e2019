//! Trains or evaluates the language model without building the whole `detente` binary.
//!
//! `cargo run --release -p detente-text --example language -- train UD_DIR OUT_DIR [TAGGER_EPOCHS PARSER_EPOCHS FOLDS]`
//! `cargo run --release -p detente-text --example language -- eval MODEL_DIR FILE.conllu...`
//! (train reads word-cluster settings from `DETENTE_UNLABELED=PATH[:PATH...]` and
//! `DETENTE_CLUSTERS=FINE,COARSE,MIN_COUNT`)
use detente_text::language::{conllu, eval, train, Model};
use std::path::Path;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("train") if args.len() >= 3 => {
            let mut cfg = train::TrainConfig::default();
            if args.len() >= 6 {
                cfg.tagger_epochs = args[3].parse().expect("tagger epochs");
                cfg.parser_epochs = args[4].parse().expect("parser epochs");
                cfg.folds = args[5].parse().expect("folds");
            }
            if args.len() >= 8 {
                cfg.tagger_min_updates = args[6].parse().expect("tagger min updates");
                cfg.parser_min_updates = args[7].parse().expect("parser min updates");
            }
            if args.get(8).map(String::as_str) == Some("compact") {
                cfg.feature_set = detente_text::language::parser::FeatureSet::Compact;
            }
            // Word clusters: DETENTE_UNLABELED=PATH[:PATH...], DETENTE_CLUSTERS=FINE,COARSE,MIN_COUNT.
            if let Ok(paths) = std::env::var("DETENTE_UNLABELED") {
                cfg.unlabeled = paths.split(':').filter(|p| !p.is_empty()).map(Into::into).collect();
            }
            if let Ok(c) = std::env::var("DETENTE_CLUSTERS") {
                let v: Vec<usize> = c.split(',').map(|x| x.parse().expect("DETENTE_CLUSTERS=FINE,COARSE,MIN_COUNT")).collect();
                cfg.clusters.fine = v[0];
                cfg.clusters.coarse = v[1];
                cfg.clusters.min_count = v[2] as u32;
            }
            let model = train::train_dir(Path::new(&args[1]), &cfg, &mut |m| eprintln!("{m}")).expect("training data");
            let out = Path::new(&args[2]);
            std::fs::create_dir_all(out).expect("create output dir");
            let bytes = model.to_bytes();
            std::fs::write(out.join("analyzer.bin"), &bytes).expect("write model");
            eprintln!("wrote {} ({} bytes)", out.join("analyzer.bin").display(), bytes.len());
        }
        Some("eval") if args.len() >= 3 => {
            let t = Instant::now();
            let model = Model::load(Path::new(&args[1])).expect("model");
            eprintln!("loaded in {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
            for f in &args[2..] {
                let (sents, errs) = conllu::read_file(Path::new(f)).expect("read");
                for e in errs {
                    eprintln!("{e}");
                }
                let refs: Vec<&conllu::TreeSentence> = sents.iter().collect();
                let t = Instant::now();
                let s = eval::evaluate(&model, &refs);
                let secs = t.elapsed().as_secs_f64();
                println!("{f}: {}  [{:.0} words/s incl. lemmas]", s.summary(), s.words as f64 / secs);
                println!("{f} own tokenization: {}", eval::evaluate_segmented(&model, &refs).summary());
                let news: Vec<&conllu::TreeSentence> = refs.iter().copied().filter(|s| s.doc.contains("_news_")).collect();
                if !news.is_empty() {
                    println!("{f} news documents: {}", eval::evaluate(&model, &news).summary());
                    println!("{f} news documents, own tokenization: {}", eval::evaluate_segmented(&model, &news).summary());
                }
            }
        }
        Some("resave") if args.len() == 3 => {
            let m = Model::load(Path::new(&args[1])).expect("model");
            std::fs::write(&args[2], m.to_bytes()).expect("write");
        }
        Some("load") if args.len() == 2 => {
            let bytes = std::fs::read(&args[1]).expect("model file");
            for _ in 0..10 {
                let t = Instant::now();
                let m = Model::from_bytes(&bytes).expect("model");
                eprintln!("decoded in {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
                drop(m);
            }
        }
        Some("predict") if args.len() == 3 => {
            let model = Model::load(Path::new(&args[1])).expect("model");
            let (sents, _) = conllu::read_file(Path::new(&args[2])).expect("read");
            let mut scratch = detente_text::language::Scratch::default();
            let mut out = Vec::new();
            let mut text = String::new();
            for s in &sents {
                let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                model.analyze(&words, &mut scratch, &mut out);
                let mut p = s.clone();
                for (w, a) in p.words.iter_mut().zip(&out) {
                    w.upos = a.upos;
                    w.xpos = a.xpos;
                    w.lemma = a.lemma.clone();
                    w.head = a.head;
                    w.deprel = a.deprel;
                }
                conllu::write_sentence(&mut text, &p);
            }
            print!("{text}");
        }
        _ => eprintln!("usage: language train UD_DIR OUT_DIR [TAGGER_EPOCHS PARSER_EPOCHS FOLDS] | language eval MODEL_DIR FILE..."),
    }
}
