#!/usr/bin/env bash
# yente's screening benchmark against vigil: recall of the right UN entry in the top 3 for the
# UN positives (untreated and treated), false alerts on 100,000 negatives, batch throughput,
# retrieval recall against exhaustive scoring, index build time and peak memory.
# Usage: scripts/bench-screening.sh            (builds a fresh store of every shared list)
set -euo pipefail
cd "$(dirname "$0")/.."
W=../shared/data/watchlists
Y=../shared/data/names/yente-screening-benchmark
[ -d "$Y" ] || { echo "no $Y" >&2; exit 1; }
cargo build --release --quiet
BIN=target/release/vigil
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
DB="$OUT/db"
$BIN --db "$DB" load "$W/ofac/sdn-2024-05-03/sdn.csv" "$W/ofac/non-sdn-cons" "$W/un" "$W/eu-oj" "$W/us-csl" "$W/ftm" >/dev/null 2>&1
TIME="/usr/bin/time -f %e,%M -o $OUT/time.txt"
$TIME $BIN --db "$DB" index --rebuild >/dev/null 2>"$OUT/index.err" || { cat "$OUT/index.err"; exit 1; }
echo "index build: $(cut -d, -f1 "$OUT/time.txt") s, peak $(( $(cut -d, -f2 "$OUT/time.txt") / 1024 )) MiB ($(tail -1 "$OUT/index.err"))"
$BIN --db "$DB" export --dataset un_sc_sanctions -o "$OUT/un.json" 2>/dev/null
# Retrieval recall: the UN positives (treated) and 1,000 global negatives (Persian, Arabic and
# Latin names), each screened with retrieval and exhaustively.
{ cat "$Y/positives_un_treated.csv"; sed -n '2,1001p' "$Y/negatives_global.csv"; } > "$OUT/recall.csv"
$BIN --db "$DB" index --recall "$OUT/recall.csv" --name-column full_name --rows 2000 2>/dev/null | tail -1
COLS=(--schema Person --name-column full_name --birth-date-column date_of_birth --country-column nationality)
for kind in untreated treated; do
    for scope in all un_sc_sanctions; do
        extra=(); [ "$scope" = un_sc_sanctions ] && extra=(--dataset un_sc_sanctions)
        $BIN --db "$DB" screen --batch "$Y/positives_un_$kind.csv" --output "$OUT/pos_${kind}_$scope.csv" "${COLS[@]}" \
            --all-results --limit 3 --cutoff 0.3 "${extra[@]}" 2>/dev/null
    done
done
for f in negatives_global negatives_us; do
    $TIME $BIN --db "$DB" screen --batch "$Y/$f.csv" --output "$OUT/$f.csv" "${COLS[@]}" 2>"$OUT/$f.err"
    echo "$f: $(tail -1 "$OUT/$f.err" | sed 's/^vigil: //'), wall $(cut -d, -f1 "$OUT/time.txt") s, peak $(( $(cut -d, -f2 "$OUT/time.txt") / 1024 )) MiB"
done
python3 - "$OUT" "$Y" <<'PY'
import csv, json, sys, unicodedata, re
out, y = sys.argv[1], sys.argv[2]
def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(sorted(re.sub(r"[^a-z0-9]+", " ", s).split()))
# Ground truth: the UN entry whose name (any alias) equals the untreated query, the birth
# year agreeing where both give one.
un = [json.loads(l) for l in open(f"{out}/un.json")]
by_name = {}
for e in un:
    if e["schema"] != "Person":
        continue
    for p in ("name", "alias", "weakAlias", "previousName"):
        for n in e["properties"].get(p, []):
            by_name.setdefault(norm(n), []).append(e)
untreated = list(csv.DictReader(open(f"{y}/positives_un_untreated.csv")))
truth = []
for r in untreated:
    cands = by_name.get(norm(r["full_name"]), [])
    year = r["date_of_birth"][:4]
    good = [e["id"] for e in cands if not year or any(d.startswith(year) for d in e["properties"].get("birthDate", [])) or not e["properties"].get("birthDate")]
    truth.append(set(good or [e["id"] for e in cands]))
known = sum(1 for t in truth if t)
print(f"ground truth found for {known} of {len(untreated)} positives")
for kind in ("untreated", "treated"):
    for scope in ("all", "un_sc_sanctions"):
        rows = list(csv.DictReader(open(f"{out}/pos_{kind}_{scope}.csv")))
        top = {}
        line = -1; last = None
        # rows come grouped per input row, in input order
        groups = []
        for r in rows:
            key = (r["full_name"], r["date_of_birth"], r["place_of_birth"])
            if r["rank"] in ("", "1"):
                groups.append([])
            groups[-1].append(r)
        hits = sum(1 for t, g in zip(truth, groups) if t and any(r["id"] in t for r in g))
        print(f"positives_un_{kind:9} scope={scope:5}: right UN entry in top 3 for {hits}/{known} = {hits/known:.4f}")
for f in ("negatives_global", "negatives_us"):
    rows = list(csv.DictReader(open(f"{out}/{f}.csv")))
    alerts = sum(1 for r in rows if r["match"] == "true")
    errors = sum(1 for r in rows if r["error"])
    print(f"{f}: {alerts} of {len(rows)} queries alert = {alerts/len(rows):.4%} false alerts ({errors} row errors)")
PY
