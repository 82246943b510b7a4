#!/usr/bin/env bash
# Throughput of report reading end to end (read, clean, mentions, claims, linking against every
# shared list, store write), on N synthetic reports (default 10,000) written by
# `examples/gen_reports`, or with `heldout` on the pages of every held-out report set in
# eval/reports (news, court and government pages written like real ones, whose names meet the
# lists far more often than invented ones do). Prints MB of report files and of the text read
# from them, wall and CPU time, MB per CPU-second (per core), peak memory.
# Usage: [READER=rules|model|auto] scripts/bench-reports.sh [N|heldout]
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
mkdir -p "$T/reports"
if [ "$N" = heldout ]; then
  for page in eval/reports/heldout*/*.txt eval/reports/heldout*/*.html; do
    cp "$page" "$T/reports/$(basename "$(dirname "$page")")_$(basename "$page")"
  done
  WHAT="$(ls "$T/reports" | wc -l) held-out pages"
else
  target/release/examples/gen_reports "$N" "$T/reports" >/dev/null
  WHAT="$N synthetic"
fi
BYTES=$(cat "$T"/reports/* | wc -c)
READER=${READER:-rules}
/usr/bin/time -o "$T/time" -f "%e %U %S %M" $BIN --db "$T/db" --json ingest "$T/reports" --reader "$READER" >"$T/ingest.json"
read -r WALL USER SYS RSS < "$T/time"
TEXT=$(python3 -c 'import json, sys; print(sum(f.get("chars") or 0 for f in json.load(open(sys.argv[1]))["files"]))' "$T/ingest.json")
CPU=$(echo "$USER + $SYS" | bc -l)
MB=$(echo "$BYTES / 1000000" | bc -l)
TEXT_MB=$(echo "$TEXT / 1000000" | bc -l)
printf 'reports: %s, %.2f MB of files, %.2f million characters of text read; gazetteer and linking: %s; reader: %s; %d cores\n' "$WHAT" "$MB" "$TEXT_MB" "$lists" "$READER" "$(nproc)"
printf 'ingest: %.2f s wall, %.2f s CPU, peak %d MiB\n' "$WALL" "$CPU" $((RSS / 1024))
printf 'throughput: %.2f MB of files per CPU-second (per core); %.2f million characters of text per CPU-second\n' "$(echo "$MB / $CPU" | bc -l)" "$(echo "$TEXT_MB / $CPU" | bc -l)"
