#!/usr/bin/env bash
# Store and API benchmarks (not run in CI): builds a store of N synthetic events, reports its
# size per million events, the `query series` latency of a dyad over 10 years by month, and
# the API's latency and throughput under 64 concurrent clients on loopback (wrk), with the
# server's peak memory.
#
#   benches/store_api.sh [ARTICLES]        (default 100000 articles = 1,000,000 events)
#
# Needs: a release build (CARGO_TARGET_DIR=/work/target-store cargo build --release) and
# `wrk` (Debian package) for the API part. Set DETENTE to another binary to compare.
set -euo pipefail
N=${1:-100000}
DETENTE=${DETENTE:-${CARGO_TARGET_DIR:-target}/release/detente}
WORK=$(mktemp -d)
trap 'kill ${SERVER:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT
DB="$WORK/bench.db"

echo "== ingest $N synthetic articles ($((N * 10)) events)"
/usr/bin/time -f "ingest: %e s wall, %M KB peak RSS" "$DETENTE" ingest --quiet --json --batch 1000 --synthetic "$N" --db "$DB"
"$DETENTE" query --db "$DB" --limit 1 --format jsonl > /dev/null # checkpoint the WAL via a clean open/close
SIZE=$(du -cb "$DB"* | tail -1 | cut -f1)
echo "store: $SIZE bytes = $(( SIZE * 1000000 / (N * 10) / 1048576 )) MiB per million events"

echo "== query series --dyad USA,CHN --interval month over 2015-2024 (5 runs)"
for i in 1 2 3 4 5; do
  /usr/bin/time -f "series run $i: %e s (whole process)" "$DETENTE" query series --db "$DB" --dyad USA,CHN --interval month \
    --from 2015-01-01 --to 2024-12-31 --format csv > "$WORK/series.csv"
done
echo "series rows: $(( $(wc -l < "$WORK/series.csv") - 1 ))"

if ! command -v wrk > /dev/null; then echo "wrk not installed (apt-get install wrk): API part skipped"; exit 0; fi
echo "== API under 64 concurrent clients (wrk, 2 threads, 10 s each)"
"$DETENTE" serve --db "$DB" --addr 127.0.0.1:0 2> "$WORK/serve.log" &
SERVER=$!
for _ in $(seq 50); do grep -q http:// "$WORK/serve.log" && break; sleep 0.1; done
ADDR=$(grep -o 'http://[^/]*' "$WORK/serve.log" | head -1)
for path in "/api/events?limit=100" "/api/events?dyad=USA,CHN&quad_class=4&limit=100" "/api/series?dyad=USA,CHN&interval=month" "/api/events/$("$DETENTE" query --db "$DB" --limit 1 --format jsonl | sed 's/.*"event_id":"\([0-9a-f]*\)".*/\1/')"; do
  echo "-- GET $path"
  wrk -t2 -c64 -d10s --latency "$ADDR$path" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx"
done
echo "server peak RSS: $(grep VmHWM /proc/$SERVER/status | awk '{print $2, $3}')"
