#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for vigil's tests and benchmarks, from Debian's `postgresql`
# package: `start DIR` makes a cluster in DIR (as the postgres user when run as root), starts it
# on a free loopback port with its socket in DIR, and prints its URL; `stop DIR` stops it.
# Trust authentication on loopback only: never a cluster for real data. Run as root, DIR's
# parents must let the postgres user through (a fresh `mktemp -d` does).
#
#   url=$(scripts/pg-cluster.sh start /tmp/vigil-pg)     # postgresql://vigil@127.0.0.1:PORT/postgres
#   VIGIL_TEST_POSTGRES=$url cargo test -p vigil-store-pg
#   scripts/pg-cluster.sh stop /tmp/vigil-pg
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
cmd=$1
dir=$2

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "no PostgreSQL server here: install Debian's postgresql package" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case $cmd in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$dir"
    fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$dir/data" -U vigil --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
            cat "$dir/initdb.log" >&2
            exit 1
        }
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    echo "postgresql://vigil@127.0.0.1:$port/postgres"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
*)
    usage
    ;;
esac
