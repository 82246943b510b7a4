#!/usr/bin/env bash
# Throughput of report reading end to end (read, clean, mentions, claims, linking against every
# shared list, store write), on N synthetic reports (default 10,000) written by
# `examples/gen_reports`. Prints MB of report text, wall and CPU time, MB/s and MB per
# CPU-second (per core), peak memory.
# Usage: [READER=rules|model|auto] scripts/bench-reports.sh [N]
# (READER=model needs a pipeline installed: scripts/get-model.sh, or VIGIL_MODELS set.)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
SHARED=${SHARED:-../shared}
source scripts/lists.sh
cargo build -q --release -p vigil-cli --bin vigil --example gen_reports
BIN=target/release/vigil
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
load_lists "$BIN" "$T/db"
lists=$LISTS
$BIN --db "$T/db" index >/dev/null 2>&1
target/release/examples/gen_reports "$N" "$T/reports" >/dev/null
BYTES=$(cat "$T"/reports/* | wc -c)
READER=${READER:-rules}
/usr/bin/time -o "$T/time" -f "%e %U %S %M" $BIN --db "$T/db" ingest "$T/reports" --reader "$READER" >/dev/null
read -r WALL USER SYS RSS < "$T/time"
CPU=$(echo "$USER + $SYS" | bc -l)
MB=$(echo "$BYTES / 1000000" | bc -l)
printf 'reports: %d synthetic, %.1f MB; gazetteer and linking: %s; reader: %s; %d cores\n' "$N" "$MB" "$lists" "$READER" "$(nproc)"
printf 'ingest: %.2f s wall, %.2f s CPU, peak %d MiB\n' "$WALL" "$CPU" $((RSS / 1024))
printf 'throughput: %.2f MB/s wall, %.2f MB per CPU-second (per core)\n' "$(echo "$MB / $WALL" | bc -l)" "$(echo "$MB / $CPU" | bc -l)"
