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
