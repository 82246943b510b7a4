#!/usr/bin/env bash
# Bounded load test of POST /match on 127.0.0.1: a fresh store with every shared list (or the
# bundled lists), a screen key, `vigil serve`, then examples/load_test for SECONDS with THREADS
# connections; the server is stopped at the end. Usage: scripts/load-test.sh [SECONDS] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_=${1:-10}
THREADS=${2:-16}
W=${SHARED:-../shared}/data/watchlists
cargo build -q --release -p vigil-cli --bin vigil
cargo build -q --release -p vigil-server --example load_test
BIN=target/release/vigil
T=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
if [ -d "$W" ]; then
    $BIN --db "$T/db" load "$W/ofac/sdn-2024-05-03/sdn.csv" "$W/ofac/non-sdn-cons" "$W/un" "$W/eu-oj" "$W/us-csl" "$W/ftm" --version 2024-05-03 >/dev/null 2>&1
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
target/release/examples/load_test "http://127.0.0.1:$PORT" "$KEY" "$SECONDS_" "$THREADS"
echo "audit records: $($BIN --db "$T/db" audit --json | grep -c '"endpoint"' || true)"
