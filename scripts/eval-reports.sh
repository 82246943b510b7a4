#!/usr/bin/env bash
# Read ../shared/corpus and vigil's synthetic reports into a fresh store with every shared list
# loaded as gazetteer, then score mentions, cross-document linking, relations, discrepancies and
# page chrome against the gold annotations in eval/reports (corpus, synthetic, and held-out:
# reports written after the rules were frozen, see eval/reports/README.md). Also times the ingest.
# Usage: scripts/eval-reports.sh [--errors] [--bundled]   (--bundled: only the bundled lists)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
source scripts/lists.sh
cargo build -q --release -p vigil-cli --bin vigil --example eval_reports
BIN=target/release/vigil
DB=$(mktemp -d)
trap 'rm -rf "$DB"' EXIT
BUNDLED=""
[[ " $* " == *" --bundled "* ]] && BUNDLED=--bundled
load_lists "$BIN" "$DB/v" $BUNDLED
echo "gazetteer: $LISTS"
$BIN --db "$DB/v" index >/dev/null 2>&1
GOLD=(eval/reports/synthetic-gold.json eval/reports/heldout-gold.json)
INPUTS=(eval/reports/synthetic eval/reports/heldout)
if [ -d "$SHARED/corpus" ]; then
    GOLD=(eval/reports/corpus-gold.json "${GOLD[@]}")
    INPUTS=("$SHARED/corpus" "${INPUTS[@]}")
else
    echo "($SHARED/corpus absent: scoring the synthetic reports only)"
fi
t0=$(date +%s.%N)
$BIN --db "$DB/v" ingest "${INPUTS[@]}" >/dev/null
t1=$(date +%s.%N)
printf 'ingest of %s: %.2f s (including the index and gazetteer)\n' "${INPUTS[*]}" "$(echo "$t1 - $t0" | bc -l)"
ARGS=()
[[ " $* " == *" --errors "* ]] && ARGS+=(--errors)
target/release/examples/eval_reports --vigil "$BIN" --db "$DB/v" "${ARGS[@]}" "${GOLD[@]}"
