#!/usr/bin/env bash
# How reading one hostile page grows with what it names: pages of 3,000, 6,000 and 12,000
# persons (each a transcript's speaker label and a signature with a company and an acronym,
# the shapes that make a reader compare every name with every other), and pages of 1,500,
# 3,000 and 6,000 persons who share eight given names, each named in capitals and in small
# letters with a given name alone in quotes (a lone word every person of that given name may
# stand for), each ingested alone with the rules reader into an empty store. Prints MB, CPU seconds and peak memory per page; with
# two binaries, both side by side (an earlier build against this one).
# Usage: scripts/bench-hostile-page.sh [OLD_BIN] ; BIN defaults to this checkout's release build.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release -p vigil-cli --bin vigil
BINS=("target/release/vigil")
if [ $# -ge 1 ]; then BINS=("$1" "target/release/vigil"); fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# One generator for both shapes: KIND is "hostile" or "shared", N the persons named.
python3 - "$T" <<'EOF'
import sys
out = sys.argv[1]
given = ["Mira", "Odile", "Karl", "Bram", "Piet", "Anna", "Tomas", "Ilse"]
family = ["Roos", "Solt", "Marsk", "Tamm", "Dael", "Varga"]
for kind, sizes in (("hostile", (3000, 6000, 12000)), ("shared", (1500, 3000, 6000))):
    for n in sizes:
        with open(f"{out}/{kind}-{n}.txt", "w") as page:
            if kind == "hostile":
                page.write("Hostile list\n\nThe panel heard the following speakers and "
                           "signatories, and the EU Special Envoy wrote to the NATO Secretary "
                           "General about the case of the journalists in Velden.\n\n")
            else:
                page.write("Shared names\n\n")
            for i in range(n):
                first, last = given[(i * 7) % len(given)], family[(i * 5) % len(family)]
                if kind == "hostile":
                    name = f"{first} {last}{i}"
                    page.write(f"{name} (Velden North) (Lib): I thank the Minister and the UN "
                               f"Special Rapporteur for their work on case {i}.\n\n")
                    page.write(f"Signed: {name}, Velden Trading Company {i} Ltd; ARTICLE "
                               f"{i % 1000} said so.\n\n")
                else:
                    name = f"{first} {last}{chr(97 + i % 26)}x{i % 97}"
                    page.write(f'{name.upper()} said "{given[i % len(given)]}" to {name} (of '
                               f"Velden) in the hall of the court on a cold morning in spring, "
                               f"and left.\n\n")
EOF
printf '%-14s %-9s' page MB
for b in "${BINS[@]}"; do printf ' | %-28s' "$b"; done
printf '\n'
for f in "$T"/hostile-3000.txt "$T"/hostile-6000.txt "$T"/hostile-12000.txt \
  "$T"/shared-1500.txt "$T"/shared-3000.txt "$T"/shared-6000.txt; do
  printf '%-14s %-9.2f' "$(basename "$f" .txt)" "$(echo "$(wc -c < "$f") / 1000000" | bc -l)"
  for b in "${BINS[@]}"; do
    rm -rf "$T/db"
    /usr/bin/time -o "$T/time" -f "%U %S %M" "$b" --db "$T/db" ingest "$f" --reader rules >/dev/null 2>&1
    read -r USER SYS RSS < "$T/time"
    printf ' | %6.2f CPU-s %6d MiB      ' "$(echo "$USER + $SYS" | bc -l)" $((RSS / 1024))
  done
  printf '\n'
done
