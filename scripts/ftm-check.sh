#!/usr/bin/env bash
# FollowTheMoney validity of vigil's exports (issue 16), checked with FtM's own library:
# every shared list plus the corpus is loaded, exported as FtM JSON lines and as FtM's
# statements CSV; `ftm validate` runs over the JSON (what it strips is counted), `ftm
# aggregate-statements` rolls the CSV back into entities, and scripts/ftm-check.py checks every
# line with FtM's model and types. Exit 1 when any entity fails.
# Usage: scripts/ftm-check.sh          (FTM_VENV=dir to reuse a venv; SHOW=N examples a kind)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lists.sh
bench_workdir
VENV=${FTM_VENV:-target/ftm-venv}
if [ ! -x "$VENV/bin/ftm" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "followthemoney>=4.11,<5"
fi
echo "followthemoney $("$VENV/bin/python" -c 'import followthemoney; print(followthemoney.__version__)')"
load_lists "$BIN" "$OUT/db"
if [ -d "${SHARED:-../shared}/corpus" ]; then
    "$BIN" --db "$OUT/db" ingest "${SHARED:-../shared}/corpus" >/dev/null
    LISTS="$LISTS plus the corpus"
fi
echo "exporting $LISTS"
"$BIN" --db "$OUT/db" export --format ftm -o "$OUT/all.json"
"$BIN" --db "$OUT/db" export --format statements -o "$OUT/statements.csv"
"$VENV/bin/ftm" validate -i "$OUT/all.json" -o "$OUT/validated.json"
"$VENV/bin/ftm" aggregate-statements -i "$OUT/statements.csv" -f csv -o "$OUT/aggregated.json"
"$VENV/bin/python" scripts/ftm-check.py "$OUT/all.json" "$OUT/validated.json" \
    --statements "$OUT/statements.csv" "$OUT/aggregated.json" --show "${SHOW:-3}"
