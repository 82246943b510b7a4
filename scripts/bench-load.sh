#!/usr/bin/env bash
# Load every shared watchlist into a fresh store and print wall time and peak memory, then the
# time of an identical re-load (which must write nothing) and of an OFAC 2021 -> 2024 update.
# Usage: scripts/bench-load.sh [SHARED_WATCHLISTS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
W=${1:-../shared/data/watchlists}
[ -d "$W" ] || { echo "no watchlists at $W" >&2; exit 1; }
cargo build --release --quiet
BIN=target/release/vigil
DB=$(mktemp -d)
trap 'rm -rf "$DB"' EXIT

measure() { # label, command...
    local label=$1; shift
    local t0 t1 rss
    t0=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -o "$DB/time.txt" -f "%M" "$@" >/dev/null 2>"$DB/err.txt" || { cat "$DB/err.txt" >&2; return 1; }
        rss=$(tail -1 "$DB/time.txt")
    else
        "$@" >/dev/null 2>"$DB/err.txt" || { cat "$DB/err.txt" >&2; return 1; }
        rss="?"
    fi
    t1=$(date +%s.%N)
    printf '%-44s %6.2f s   peak %s MiB\n' "$label" "$(echo "$t1 - $t0" | bc -l)" "$( [ "$rss" = "?" ] && echo "?" || echo $((rss / 1024)) )"
}

ALL=("$W/ofac/sdn-2024-05-03/sdn.csv" "$W/ofac/non-sdn-cons" "$W/un" "$W/eu-oj" "$W/us-csl" "$W/ftm")
echo "vigil load benchmark ($(nproc) cores), store in $DB"
rm -rf "$DB/a"
measure "load all shared lists, fresh store" $BIN --db "$DB/a" load "${ALL[@]}" --version 2024-05-03
measure "re-load all (identical: nothing written)" $BIN --db "$DB/a" load "${ALL[@]}" --version 2024-05-03
rm -rf "$DB/b"
measure "load OFAC SDN 2021-07 set (4 files)" $BIN --db "$DB/b" load "$W/ofac/watchman-bench-2021-07" --version 2021-07-07
measure "load OFAC SDN 2024-05 as the next version" $BIN --db "$DB/b" load "$W/ofac/sdn-2024-05-03/sdn.csv" --version 2024-05-03
measure "diff us_ofac_sdn 2021-07-07 -> 2024-05-03" $BIN --db "$DB/b" diff us_ofac_sdn --json
$BIN --db "$DB/a" stats | tail -1
