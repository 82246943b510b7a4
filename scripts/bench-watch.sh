#!/usr/bin/env bash
# Rescreening watched subjects after a list update, delta against full: 100,000 subjects (yente's
# benchmark negatives, with 1,000 of them replaced by person names of the 2024 OFAC SDN file so
# that the update has something to find) watched on the 2021 SDN set; the 2024 file loaded
# without screening; then the subjects screened against what changed only (`vigil watch
# rescreen`, what every load does) and against everything (`--full`, keeping matches with
# changed entities), both without recording. Prints each one's time and whether both would
# raise the same alerts.
# Then the same for a small update, a month's worth: the 2024 file with 1% of its entries
# dropped and 1% with a changed remark, loaded on top.
# Usage: scripts/bench-watch.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lists.sh
Y=../shared/data/names/yente-screening-benchmark
OLD=$W/ofac/watchman-bench-2021-07
NEW=$W/ofac/sdn-2024-05-03/sdn.csv
for p in "$Y" "$OLD" "$NEW"; do [ -e "$p" ] || { echo "no $p" >&2; exit 1; }; done
bench_workdir
TIME="/usr/bin/time -f %e,%M -o $OUT/time"
took() { echo "$(cut -d, -f1 "$OUT/time") s, peak $(( $(cut -d, -f2 "$OUT/time") / 1024 )) MiB"; }

# 1,000 person names from the 2024 file.
"$BIN" --db "$OUT/names-db" load "$NEW" >/dev/null 2>&1
"$BIN" --db "$OUT/names-db" export --dataset us_ofac_sdn -o "$OUT/sdn2024.json" 2>/dev/null
python3 - "$Y" "$OUT" <<'PY'
import csv, json, sys
y, out = sys.argv[1], sys.argv[2]
people = []
for line in open(f"{out}/sdn2024.json"):
    e = json.loads(line)
    if e["schema"] == "Person" and e["properties"].get("name"):
        people.append(e["properties"]["name"][0])
step = max(1, len(people) // 1000)
listed = people[::step][:1000]
rows = []
for f in ("negatives_global.csv", "negatives_us.csv"):
    for r in csv.DictReader(open(f"{y}/{f}", encoding="utf-8")):
        rows.append((r["full_name"], r["date_of_birth"], r["nationality"]))
rows = rows[:100000]
for i, name in enumerate(listed):
    rows[i * 100] = (name, "", "")
with open(f"{out}/subjects.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "schema", "birth_date", "country"])
    for i, (name, dob, country) in enumerate(rows):
        w.writerow([f"c{i:06d}", name, "Person", dob, country])
print(f"subjects: {len(rows)} ({len(listed)} named as in the 2024 SDN file)")
PY

DB="$OUT/db"
"$BIN" --db "$DB" load "$OLD" --version 2021-07-01 >/dev/null 2>&1
$TIME "$BIN" --db "$DB" watch add --batch "$OUT/subjects.csv" --json > "$OUT/added.json" 2>"$OUT/err" \
    || { cat "$OUT/err"; exit 1; }
echo "watch add (every subject screened against the 2021 set): $(took), $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["alerts"]))' "$OUT/added.json") alerts"
"$BIN" --db "$DB" load "$NEW" --version 2024-05-03 --no-watch >/dev/null 2>&1
"$BIN" --db "$DB" index >/dev/null 2>&1  # the index, built once for both runs
# rescreen LABEL: both modes after the last load, their times, and whether the alerts agree.
rescreen() {
    for mode in delta full; do
        extra=()
        [ "$mode" = full ] && extra=(--full)
        $TIME "$BIN" --db "$DB" watch rescreen --dry-run --json "${extra[@]}" > "$OUT/$mode.json" 2>"$OUT/err" \
            || { cat "$OUT/err"; exit 1; }
        echo "rescreen after $1, $mode: $(took) (process), $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("%.2f s screening, %d alerts" % (d["seconds"], len(d["alerts"])))' "$OUT/$mode.json")"
    done
    python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
key = lambda a: (a["subject_id"], a["entity_id"], a["reason"], tuple(map(tuple, a["facts"])))
delta = {key(a) for a in json.load(open(f"{out}/delta.json"))["alerts"]}
full = {key(a) for a in json.load(open(f"{out}/full.json"))["alerts"]}
d, f = json.load(open(f"{out}/delta.json"))["seconds"], json.load(open(f"{out}/full.json"))["seconds"]
print(f"same alerts from both: {delta == full} ({len(delta)} delta, {len(full)} full, {len(delta - full)} only delta, {len(full - delta)} only full); delta {f / d:.1f}x faster")
alerts = {key(a): a for name in ("delta", "full") for a in json.load(open(f"{out}/{name}.json"))["alerts"]}
for k in sorted(delta ^ full)[:5]:
    a = alerts[k]
    print(f"  only {'delta' if k in delta else 'full'}: subject {a['subject_id']} ~ {a['entity_id']} {a['reason']} {a['score']:.3f}: {a['explanation'][:160]}")
PY
}
rescreen "the 2021 -> 2024 update"
# Record what the 2024 update raised, then a small update on top of it.
"$BIN" --db "$DB" watch rescreen >/dev/null 2>&1
python3 - "$NEW" "$OUT/small.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
step = 100
kept = [r for i, r in enumerate(rows) if i % step != 0]
for i, r in enumerate(kept):
    if i % step == 50 and len(r) > 11:
        r[11] = (r[11].strip().strip("-0").strip() + " Amended remark.").strip()
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    csv.writer(f).writerows(kept)
print(f"small update: {len(rows) - len(kept)} of {len(rows)} entries dropped, {sum(1 for i in range(len(kept)) if i % step == 50)} remarks changed")
PY
"$BIN" --db "$DB" load "$OUT/small.csv" --dataset us_ofac_sdn --version 2024-06-01 --no-watch >/dev/null 2>&1
"$BIN" --db "$DB" index >/dev/null 2>&1
rescreen "a small update (1% dropped, 1% changed)"
