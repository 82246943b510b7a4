#!/usr/bin/env bash
# The embedded store (redb) and the PostgreSQL store side by side, in one run on one machine:
# loading every shared list (time, peak memory, size on disk), batch screening 100,000 names
# (yente's benchmark negatives, global and US), and POST /match throughput and p99 latency from
# one `vigil serve` on each (examples/load_test, SECONDS with THREADS connections).
# PostgreSQL: a throwaway cluster from scripts/pg-cluster.sh, or the server VIGIL_BENCH_POSTGRES
# names (a URL whose user may create databases; a scratch database is made and dropped).
# Usage: scripts/bench-stores.sh [SECONDS] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_=${1:-10}
THREADS=${2:-8}
source scripts/lists.sh
Y=../shared/data/names/yente-screening-benchmark
[ -d "$W" ] || { echo "no $W: the shared lists are needed" >&2; exit 1; }
[ -d "$Y" ] || { echo "no $Y: the screening benchmark's names are needed" >&2; exit 1; }
cargo build -q --release -p vigil-cli --bin vigil
cargo build -q --release -p vigil-server --example load_test
BIN=target/release/vigil
T=$(mktemp -d)
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ -n "${DB_NAME:-}" ] && psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" >/dev/null 2>&1
    [ -n "${OWN_CLUSTER:-}" ] && scripts/pg-cluster.sh stop "$OWN_CLUSTER" >/dev/null 2>&1
    rm -rf "$T" "${OWN_CLUSTER:-}"
}
trap cleanup EXIT
if [ -n "${VIGIL_BENCH_POSTGRES:-}" ]; then
    ADMIN=$VIGIL_BENCH_POSTGRES
else
    # A directory of its own: the cluster's owner (postgres, when run as root) must reach it.
    OWN_CLUSTER=$(mktemp -d /tmp/vigil-bench-pg.XXXXXX)
    ADMIN=$(scripts/pg-cluster.sh start "$OWN_CLUSTER")
fi
DB_NAME=vigil_bench_$$
psql -q "$ADMIN" -c "CREATE DATABASE $DB_NAME" >/dev/null
PG_URL="${ADMIN%/*}/$DB_NAME"
{ cat "$Y/negatives_global.csv"; tail -n +2 "$Y/negatives_us.csv"; } > "$T/names.csv"
NAMES=$(( $(wc -l < "$T/names.csv") - 1 ))
echo "PostgreSQL: $(psql -tA "$ADMIN" -c 'SHOW server_version'); lists: every shared list; names: $NAMES"

# use STORE: sets VIGIL to the command line of vigil on one store (redb: its directory;
# postgresql: its URL, with a local directory for keys and caches).
use() {
    if [ "$1" = redb ]; then
        VIGIL=(env -u VIGIL_STORE "$BIN" --db "$T/redb")
    else
        VIGIL=(env "VIGIL_STORE=$PG_URL" "$BIN" --db "$T/pg-local")
    fi
}

size_of() {
    if [ "$1" = redb ]; then
        du -sb "$T/redb/vigil.redb" | cut -f1
    else
        psql -tA "$PG_URL" -c "SELECT pg_database_size(current_database())"
    fi
}

mib() { echo $(( $1 / 1024 / 1024 )); }

printf '%-10s %10s %9s %9s %12s %9s %11s %10s %9s\n' store "load s" "peak MiB" "size MiB" "screen 100k s" "names/s" "match req/s" "p50 ms" "p99 ms"
for store in redb postgresql; do
    use "$store"
    /usr/bin/time -f %e,%M -o "$T/time" "${VIGIL[@]}" load "${SHARED_LISTS[@]}" --version 2024-05-03 >/dev/null 2>"$T/load.err" \
        || { cat "$T/load.err" >&2; exit 1; }
    load_s=$(cut -d, -f1 "$T/time")
    load_peak=$(( $(cut -d, -f2 "$T/time") / 1024 ))
    size=$(mib "$(size_of "$store")")
    # The index is built once before timing screening (both stores cache it alike).
    "${VIGIL[@]}" index --rebuild >/dev/null 2>&1
    /usr/bin/time -f %e,%M -o "$T/time" "${VIGIL[@]}" screen --batch "$T/names.csv" --output "$T/$store.csv" \
        --schema Person --name-column full_name --birth-date-column date_of_birth --country-column nationality 2>"$T/screen.err" \
        || { cat "$T/screen.err" >&2; exit 1; }
    screen_s=$(cut -d, -f1 "$T/time")
    rate=$(python3 -c "print(round($NAMES / $screen_s))")
    key=$("${VIGIL[@]}" keys add --name bench --role screen 2>/dev/null)
    port=$((20000 + RANDOM % 20000))
    "${VIGIL[@]}" serve --addr "127.0.0.1:$port" 2>"$T/serve-$store.log" &
    PIDS+=($!)
    for _ in $(seq 300); do
        curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
        sleep 0.2
    done
    target/release/examples/load_test "http://127.0.0.1:$port" "$key" "$SECONDS_" "$THREADS" > "$T/match-$store.txt"
    kill "${PIDS[-1]}" 2>/dev/null || true
    wait "${PIDS[-1]}" 2>/dev/null || true
    read -r rps p50 p99 < <(python3 - "$T/match-$store.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rps = re.search(r"([\d.]+) requests/s", text)
p50 = re.search(r"p50 ([\d.]+) ?ms", text)
p99 = re.search(r"p99 ([\d.]+) ?ms", text)
print(rps.group(1) if rps else "?", p50.group(1) if p50 else "?", p99.group(1) if p99 else "?")
PY
)
    printf '%-10s %10s %9s %9s %12s %9s %11s %10s %9s\n' "$store" "$load_s" "$load_peak" "$size" "$screen_s" "$rate" "$rps" "$p50" "$p99"
done
# The same answers from both: every row's top result and score.
if cmp -s <(cut -d, -f1-20 "$T/redb.csv") <(cut -d, -f1-20 "$T/postgresql.csv"); then
    echo "batch screening: identical output from both stores"
else
    echo "batch screening: outputs differ ($(diff <(cat "$T/redb.csv") <(cat "$T/postgresql.csv") | grep -c '^<') rows)"
fi
