#!/usr/bin/env bash
# Bounded load test of POST /match on 127.0.0.1: a fresh store with every shared list (or the
# bundled lists), a screen key, `vigil serve`, then examples/load_test for SECONDS with THREADS
# connections; the server is stopped at the end. With every shared list present, OFAC SDN is
# left out of the initial load and sent through POST /ingest while the load test runs, so the
# figures are taken during a list load (a write, then the index and graph rebuilt and swapped):
# the whole run's, then those of the requests answered while the load job was running (from
# its submission to its end, index and graph rebuilds included).
# With ATTACKERS=N, N more connections attack beside the clients (ATTACK=long-name: a
# megabyte name per request; ATTACK=heavy: the largest accepted query), counted apart.
# Usage: [ATTACKERS=4 [ATTACK=heavy]] scripts/load-test.sh [SECONDS] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_=${1:-10}
THREADS=${2:-16}
source scripts/lists.sh
cargo build -q --release -p vigil-cli --bin vigil
cargo build -q --release -p vigil-server --example load_test
BIN=${VIGIL_BIN:-target/release/vigil}  # VIGIL_BIN: another build, for a side-by-side run
T=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
if [ -d "$W" ]; then
    # Every list but OFAC SDN (the first), which goes through /ingest during the test.
    $BIN --db "$T/db" load "${SHARED_LISTS[@]:1}" --version 2024-05-03 >/dev/null 2>&1
    python3 -c 'import json,sys; print(json.dumps({"kind": "lists", "version": "2024-05-03", "files": [{"name": "sdn.csv", "content": open(sys.argv[1], encoding="utf-8", errors="replace").read()}]}))' "$W/ofac/sdn-2024-05-03/sdn.csv" > "$T/ingest.json"
    WRITER=$($BIN --db "$T/db" keys add --name loader --role write 2>/dev/null)
else
    $BIN --db "$T/db" load --bundled >/dev/null 2>&1
fi
KEY=$($BIN --db "$T/db" keys add --name load-test --role screen 2>/dev/null)
$BIN --db "$T/db" serve --addr "127.0.0.1:$PORT" 2>"$T/serve.log" &
PID=$!
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
    sleep 0.2
done
if [ -f "$T/ingest.json" ]; then
    ( sleep 1; curl -s -X POST "http://127.0.0.1:$PORT/ingest" -H "Authorization: ApiKey $WRITER" \
        -H 'Content-Type: application/json' --data-binary "@$T/ingest.json" > "$T/job.json" ) &
fi
SAMPLES="$T/samples.txt" target/release/examples/load_test "http://127.0.0.1:$PORT" "$KEY" "$SECONDS_" "$THREADS"
if [ -f "$T/job.json" ]; then
    JOB=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["url"])' "$T/job.json")
    curl -s "http://127.0.0.1:$PORT$JOB" -H "Authorization: ApiKey $WRITER" > "$T/job-status.json"
    python3 - "$T/job-status.json" "$T/samples.txt" <<'PY'
import json, sys
from datetime import datetime
j = json.load(open(sys.argv[1]))
r = j.get("result") or []
entities = sum(x.get("version", {}).get("entities", 0) for x in r) if isinstance(r, list) else r
print("list load during the test:", j["status"], "submitted", j["submitted"], "finished", j.get("finished"), "-", entities, "entities")
ms = lambda t: datetime.fromisoformat(t.replace("Z", "+00:00")[:26] + "+00:00").timestamp() * 1000
if j["status"] != "done" or not j.get("finished"):
    sys.exit("the list load did not finish during the test")
start, end = ms(j["submitted"]), ms(j["finished"])
lat, errors = [], 0
for line in open(sys.argv[2]):
    at, v = line.split()
    if start <= float(at) <= end:
        if v == "error":
            errors += 1
        else:
            lat.append(float(v))
lat.sort()
secs = (end - start) / 1000
pct = lambda p: lat[int((len(lat) - 1) * p)] if lat else float("nan")
print(f"while the load ran ({secs:.1f} s): {len(lat)} requests, {len(lat) / secs:.0f} requests/s; "
      f"latency p50 {pct(0.5):.2f} ms, p99 {pct(0.99):.2f} ms, max {pct(1.0):.2f} ms; errors {errors}")
PY
fi
echo "audit records: $($BIN --db "$T/db" audit --json | grep -c '"endpoint"' || true)"
