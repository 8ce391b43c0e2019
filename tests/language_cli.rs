//! End-to-end: `detente parse` prints CoNLL-U for plain text on stdin, and
//! `detente eval-language` scores a CoNLL-U file.
use std::io::Write;
use std::process::{Command, Stdio};

fn detente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_detente"))
}

#[test]
fn parse_prints_conllu_for_stdin() {
    let mut child = detente()
        .arg("parse")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run detente parse");
    child.stdin.take().unwrap().write_all(b"Israeli troops killed three militants on Saturday.\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("# text = Israeli troops killed three militants on Saturday."), "{text}");
    let rows: Vec<Vec<&str>> = text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).map(|l| l.split('\t').collect()).collect();
    assert!(rows.iter().all(|r| r.len() == 10), "{text}");
    let killed = rows.iter().find(|r| r[1] == "killed").expect("a row for 'killed'");
    assert_eq!(killed[2], "kill");
    assert_eq!(killed[3], "VERB");
    assert_eq!(killed[7], "root");
    let troops = rows.iter().find(|r| r[1] == "troops").unwrap();
    assert_eq!(troops[6], killed[0], "'troops' depends on 'killed'");
    assert_eq!(troops[7], "nsubj");
    let militants = rows.iter().find(|r| r[1] == "militants").unwrap();
    assert_eq!(militants[6], killed[0]);
    assert_eq!(militants[7], "obj");
    // FEATS: tense and verb form of the verb, number of the nouns.
    assert_eq!(killed[5], "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin");
    assert_eq!(militants[5], "Number=Plur");
}

#[test]
fn eval_language_scores_a_treebank() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.conllu");
    std::fs::write(
        &path,
        "# sent_id = 1\n# text = Troops fled.\n1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tfled\tflee\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
    )
    .unwrap();
    let out = detente().args(["eval-language", "--conllu"]).arg(&path).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let gold = text.lines().find(|l| l.starts_with("gold tokenization:")).expect("gold line");
    for field in ["UPOS", "XPOS", "lemma", "UAS", "LAS", "(3 words)"] {
        assert!(gold.contains(field), "{gold}");
    }
    assert!(text.lines().any(|l| l.starts_with("own tokenization:")), "{text}");
    let feats = text.lines().find(|l| l.starts_with("features")).expect("features line");
    // "Troops" Number=Plur, "fled" Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin are
    // derived right; the gold file gives no features ("_"), so only "." agrees.
    assert!(feats.contains("UFeats 33.33"), "{feats}");
}

#[test]
fn eval_language_names_a_missing_file() {
    let out = detente().args(["eval-language", "--conllu", "/nonexistent/x.conllu"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.conllu"));
}
