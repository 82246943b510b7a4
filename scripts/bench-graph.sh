#!/usr/bin/env bash
# 2-hop network queries on every shared list plus N synthetic reports' entities (default
# 10,000): graph build and cached load times, median/p95/max query time, and one end-to-end
# `vigil links --hops 2` call. Usage: scripts/bench-graph.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
SHARED=${SHARED:-../shared}
source scripts/lists.sh
cargo build -q --release -p vigil-cli --bin vigil --example gen_reports
cargo build -q --release -p vigil-graph --example graph_bench
BIN=target/release/vigil
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
load_lists "$BIN" "$T/db"
target/release/examples/gen_reports "$N" "$T/reports" >/dev/null
$BIN --db "$T/db" ingest "$T/reports" >/dev/null 2>&1
[ -d "$SHARED/corpus" ] && $BIN --db "$T/db" ingest "$SHARED/corpus" >/dev/null 2>&1
echo "store: $LISTS + $N synthetic reports"
target/release/examples/graph_bench "$T/db" 2000 | sed 's/^/first run: /' | head -1
target/release/examples/graph_bench "$T/db" 2000
t0=$(date +%s.%N)
$BIN --db "$T/db" links ofac-12111 --hops 2 --json >/dev/null 2>&1
t1=$(date +%s.%N)
printf 'end to end: vigil links ofac-12111 --hops 2 --json (process, cached graph, evidence): %.0f ms\n' "$(echo "($t1 - $t0) * 1000" | bc -l)"
