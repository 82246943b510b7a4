#!/usr/bin/env bash
# Screening by identifier alone (issue 15, gap 4): IMO numbers of listed vessels and passport
# numbers of listed persons, as analysts type them, against every shared list. The set and its
# gold (every entity holding the identifier) are frozen in eval/names/identifier-heldout-gold.csv
# (built by scripts/identifier-sets.py). Prints right entity ranked first and a match, and in
# the top 3.   Usage: scripts/bench-identifiers.sh        SHOW_MISSES=1 lists the misses
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lists.sh
bench_workdir
export_every_list "$BIN" "$OUT/db" "$OUT/all.json"
python3 scripts/identifier-sets.py "$OUT/all.json" "$OUT" >/dev/null
cmp -s "$OUT/identifier-heldout.csv" eval/names/identifier-heldout-gold.csv \
    || { echo "the identifier set built from the shared lists differs from the frozen gold" >&2; exit 1; }
python3 - "$OUT" <<'PY'
import csv, sys
out = sys.argv[1]
with open(f"{out}/queries.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "schema", "identifier"])
    for r in csv.DictReader(open(f"{out}/identifier-heldout.csv")):
        w.writerow(["", r["schema"], r["identifier"]])
PY
$BIN --db "$OUT/db" screen --batch "$OUT/queries.csv" --identifier-column identifier --all-results --limit 3 \
    --output "$OUT/results.csv" 2>"$OUT/screen.err" || { cat "$OUT/screen.err"; exit 1; }
tail -1 "$OUT/screen.err"
python3 - "$OUT" <<'PY'
import csv, os, sys
out = sys.argv[1]
queries = list(csv.DictReader(open(f"{out}/identifier-heldout.csv")))
groups = []
for r in csv.DictReader(open(f"{out}/results.csv")):
    if r["rank"] in ("", "1"):
        groups.append([])
    if r["id"]:
        groups[-1].append(r)
for prop in ("imoNumber", "passportNumber", None):
    pairs = [(q, g) for q, g in zip(queries, groups) if prop is None or q["property"] == prop]
    top1 = sum(1 for q, g in pairs if g and g[0]["id"] in q["expected"].split(";") and g[0]["match"] == "true")
    top3 = sum(1 for q, g in pairs if any(r["id"] in q["expected"].split(";") for r in g))
    print(f"identifiers {prop or 'all':15}: top-1 match {top1}/{len(pairs)}, in top 3 {top3}/{len(pairs)}")
if os.environ.get("SHOW_MISSES"):
    for q, g in zip(queries, groups):
        if not (g and g[0]["id"] in q["expected"].split(";") and g[0]["match"] == "true"):
            print(f"  miss {q['identifier']} -> want {q['expected']}; got {[(r['id'], r['score']) for r in g[:2]]}")
PY
