#!/usr/bin/env bash
# Name-matching accuracy and speed on nomenklatura's benchmark (cases.csv), vigil beside the
# peer (nomenklatura's logic-v2 and others) when a Python environment with nomenklatura is given.
# Usage: scripts/bench-names.sh [PEER_PYTHON]   e.g. scripts/bench-names.sh /tmp/peer-venv/bin/python
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=../shared/data/names/nomenklatura-name_bench/cases.csv
[ -f "$CASES" ] || { echo "no $CASES" >&2; exit 1; }
cargo build --release --quiet
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
t0=$(date +%s%N)
target/release/vigil match-pairs --input "$CASES" --output "$OUT/vigil.csv"
t1=$(date +%s%N)
python3 - "$OUT/vigil.csv" "$(( (t1 - t0) / 1000 ))" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
us = int(sys.argv[2]) / len(rows)
def prf(pred):
    tp = sum(1 for r in rows if pred(r) and r["is_match"] == "true")
    fp = sum(1 for r in rows if pred(r) and r["is_match"] == "false")
    fn = sum(1 for r in rows if not pred(r) and r["is_match"] == "true")
    p, rc = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return p, rc, 2 * p * rc / max(p + rc, 1e-9)
p, r, f = prf(lambda r: r["match"] == "true")
print(f"vigil          n={len(rows)} thr=default P={p:.3f} R={r:.3f} F1={f:.3f}  {us:.1f}us/pair wall (process start and CSV included)")
for t in (0.7, 0.75, 0.85):
    p, r, f = prf(lambda r, t=t: r["score"] != "" and float(r["score"]) >= t)
    print(f"vigil          thr={t}  P={p:.3f} R={r:.3f} F1={f:.3f}")
wrong = [r for r in rows if r["quality"] == "STRONG" and (r["match"] == "true") != (r["is_match"] == "true")]
print(f"STRONG-quality cases wrong: {len(wrong)}")
for r in wrong:
    print(f"  {r['schema']}: {r['name1']} | {r['name2']} (label {r['is_match']}, score {r['score']})")
PY
if [ $# -ge 1 ]; then
    "$1" ../shared/tools/peer_nomenklatura.py "$CASES" "$OUT/peer.csv"
else
    echo "peer (recorded on this machine kind, ../shared/data/names/peer-scores/summary.txt):"
    cat ../shared/data/names/peer-scores/summary.txt
fi
