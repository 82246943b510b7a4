# Sourced by the benchmark and evaluation scripts: the shared watchlists, named once.
W=${SHARED:-../shared}/data/watchlists
SHARED_LISTS=("$W/ofac/sdn-2024-05-03/sdn.csv" "$W/ofac/non-sdn-cons" "$W/un" "$W/eu-oj" "$W/us-csl" "$W/ftm")

# load_lists BIN DB [--bundled]: every shared list as version 2024-05-03, or the bundled lists
# when asked or when ../shared is absent. Sets LISTS to say which.
load_lists() {
    local bin=$1 db=$2
    if [ "${3:-}" = --bundled ] || [ ! -d "$W" ]; then
        "$bin" --db "$db" load --bundled >/dev/null 2>&1
        LISTS="the bundled lists (OFAC SDN, UN)"
    else
        "$bin" --db "$db" load "${SHARED_LISTS[@]}" --version 2024-05-03 >/dev/null 2>&1
        LISTS="every shared list"
    fi
}

# export_every_list BIN DB OUT_JSON: every shared list loaded into DB (which must not exist) and
# exported as FtM-style JSON lines, for the scripts that build evaluation sets from the lists.
export_every_list() {
    local bin=$1 db=$2 out=$3
    [ -d "$W" ] || { echo "no $W: the shared lists are needed" >&2; exit 1; }
    load_lists "$bin" "$db"
    "$bin" --db "$db" export -o "$out" 2>/dev/null
}

# bench_workdir: builds vigil (release) and sets BIN to it and OUT to a temporary directory
# removed when the script exits.
bench_workdir() {
    cargo build --release --quiet
    BIN=target/release/vigil
    OUT=$(mktemp -d)
    trap 'rm -rf "$OUT"' EXIT
}
