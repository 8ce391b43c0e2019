#!/usr/bin/env bash
# Event coding accuracy and speed (issue 5). Runs from the repository root:
#   benches/events_eval.sh [--model PATH/TO/analyzer.bin]
# Builds the measurement harness (crates/events/examples/events_eval.rs: segmenter → analyzer →
# actors → events, contract JSON lines out) in its own target dir, then scores with the shared tools:
#   1. our gold set tests/data/events_gold.tsv                    (score_events.py: dyad + code prefix)
#   2. PETR2 GSR validation and PLOVER GSR (peer_gold.py → TSV)   (same scorer) + PLOVER type accuracy
#   3. ConfliBERT cameo_class test.tsv: quad-class accuracy (label 0 = CAMEO 01-02, 1 = 03-05,
#      2 = 06-08, 3 = 09-13 and 16, 4 = 14-15 and 17-20, as read off train.tsv)
#   4. the seed article, events listed
# Needs ../shared (skips with a message when absent) and python3.
set -euo pipefail
SHARED=${SHARED:-../shared}
OUT=${OUT:-${TMPDIR:-/tmp}/detente-events-eval}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target-events}
mkdir -p "$OUT"
if [ ! -d "$SHARED" ]; then echo "skipped: $SHARED not found"; exit 0; fi
cargo build --release -q -p detente-events --example events_eval
BIN="$CARGO_TARGET_DIR/release/examples/events_eval"
code() { "$BIN" "$@"; }

echo "== our gold: tests/data/events_gold.tsv"
code tests/data/events_gold.tsv "$@" > "$OUT/gold.jsonl"
python3 "$SHARED/tools/score_events.py" tests/data/events_gold.tsv "$OUT/gold.jsonl"

for kind in petr2-gsr plover-gsr; do
  case $kind in
    petr2-gsr) src="$SHARED/peers/universalpetrarch/text/PETR2_GSR_validation.xml" ;;
    plover-gsr) src="$SHARED/peers/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt" ;;
  esac
  echo "== $kind"
  python3 "$SHARED/tools/peer_gold.py" "$kind" "$src" > "$OUT/$kind.tsv"
  code "$OUT/$kind.tsv" "$@" > "$OUT/$kind.jsonl"
  python3 "$SHARED/tools/score_events.py" "$OUT/$kind.tsv" "$OUT/$kind.jsonl"
done

echo "== PLOVER type accuracy (our plover field vs the GSR event type, over GSR records we coded)"
python3 - "$SHARED/peers/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt" "$OUT/plover-gsr.jsonl" <<'PY'
import json, sys, collections
old = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
gold = {r["id"]: old.get(r["event"], r["event"]) for r in json.load(open(sys.argv[1])) if r.get("event") and r["event"] != "DOCUMENT"}
pred = collections.defaultdict(list)
for l in open(sys.argv[2]):
    e = json.loads(l); pred[e["doc_id"]].append(e["plover"]["event_type"])
coded = [k for k in gold if pred.get(k)]
ok = sum(gold[k] in pred[k] for k in coded)
print(f"records {len(gold)}  coded {len(coded)}  PLOVER type correct {ok} ({ok/max(len(coded),1):.3f} of coded, {ok/len(gold):.3f} of all; 2016 names mapped to 2021: DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT)")
PY

echo "== ConfliBERT cameo_class test.tsv: quad-class accuracy"
python3 - "$SHARED/peers/conflibert/data/cameo_class/test.tsv" > "$OUT/cb_test.tsv" <<'PY'
import sys
print("id\ttext\tlabel")
for i, l in enumerate(open(sys.argv[1], encoding="utf-8")):
    t, lab = l.rstrip("\n").rsplit("\t", 1)
    print(f"c{i}\t{t}\t{lab}")
PY
code "$OUT/cb_test.tsv" "$@" > "$OUT/cb_test.jsonl"
python3 - "$OUT/cb_test.tsv" "$OUT/cb_test.jsonl" <<'PY'
import json, sys, collections
gold = {}
for i, l in enumerate(open(sys.argv[1])):
    if i:
        f = l.rstrip("\n").split("\t"); gold[f[0]] = int(f[2])
pred = collections.defaultdict(list)
for l in open(sys.argv[2]):
    e = json.loads(l); pred[e["doc_id"]].append(e)
def quad(root):
    r = int(root)
    return 0 if r <= 2 else 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 or r == 16 else 4
ok = cov = 0
for k, g in gold.items():
    es = pred.get(k)
    if es:
        cov += 1
        ok += quad(max(es, key=lambda e: e["confidence"])["root"]) == g
n = len(gold)
print(f"sentences {n}  coded {cov} ({cov/n:.1%})  quad accuracy {ok/n:.3f} of all sentences, {ok/max(cov,1):.3f} of coded ones")
PY

echo "== seed article"
code "$SHARED/samples/seed-article.jsonl" "$@" > "$OUT/seed.jsonl"
python3 - "$OUT/seed.jsonl" <<'PY'
import json, sys
for l in open(sys.argv[1]):
    e = json.loads(l)
    t = (e.get("target") or {}).get("code")
    print(f"  s{e['sentence']:<3} {e['source']['code']:>8} -> {str(t):<8} {e['cameo']:<5} {e['modality']:<9} {e['evidence']['rule']}")
PY
