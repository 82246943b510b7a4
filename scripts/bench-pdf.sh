#!/usr/bin/env bash
# PDF reports: vigil's reading of PDF files beside poppler's pdftotext, in one run.
#
# The PDFs: held-out set 105 (three PDFs of three producers, eval/reports/heldout105) and every
# HTML page of the held-out sets printed to PDF by Chromium (its print header and footer on,
# as a page saved from a browser has them). Printed, as the PDFs are, it prints
#   1. words: how many of pdftotext's words vigil's text has and how many of vigil's words
#      pdftotext's has (multisets of words, each file's text as laid out, before cleaning),
#      and the words one joins or splits that the other does not (a sample);
#   2. names: the persons and bodies vigil reads from each printed page against those it reads
#      from the same page's HTML (the rules reader, no lists loaded): how many of the HTML's it
#      finds in the PDF, and how many it finds in the PDF only;
#   3. speed: both tools reading every PDF five times (pdftotext a process per file).
# Needs chromium and pdftotext (Debian: apt-get install chromium poppler-utils).
# Usage: scripts/bench-pdf.sh [MAX_PAGES]   (MAX_PAGES of HTML printed, default 40)
set -euo pipefail
cd "$(dirname "$0")/.."
MAX=${1:-40}
for tool in chromium pdftotext python3; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install chromium poppler-utils)" >&2; exit 2; }
done
source scripts/lists.sh
bench_workdir
cargo build --release --quiet -p vigil-extract --example pdf_text
mkdir -p "$OUT/html" "$OUT/pdf"
n=0
for page in eval/reports/heldout*/*.html; do
    [ "$n" -ge "$MAX" ] && break
    stem=$(echo "$page" | tr '/' '_' | sed 's/\.html$//')
    cp "$page" "$OUT/html/$stem.html"
    timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$OUT/chromium" --print-to-pdf="$OUT/pdf/$stem.pdf" \
        "file://$PWD/$page" >/dev/null 2>&1 || true
    [ -s "$OUT/pdf/$stem.pdf" ] && n=$((n + 1))
done
cp eval/reports/heldout105/*.pdf "$OUT/pdf/"
echo "PDFs: $n pages printed by Chromium and $(ls eval/reports/heldout105/*.pdf | wc -l) of set 105"

mkdir -p "$OUT/poppler"
for f in "$OUT"/pdf/*.pdf; do pdftotext -nopgbrk "$f" "$OUT/poppler/$(basename "$f" .pdf).txt"; done
target/release/examples/pdf_text "$OUT"/pdf/*.pdf > "$OUT/vigil.txt" 2>/dev/null

for kind in html pdf; do
    "$BIN" --db "$OUT/db-$kind" ingest --reader rules "$OUT/$kind" >/dev/null 2>"$OUT/ingest-$kind.log" || true
    "$BIN" --db "$OUT/db-$kind" mentions --json > "$OUT/mentions-$kind.json"
done

python3 - "$OUT" <<'PY'
import collections, json, os, re, sys
out = sys.argv[1]
word = re.compile(r"\w(?:[\w'’.-]*\w)?")
vigil, name = {}, None
for line in open(f"{out}/vigil.txt", encoding="utf-8"):
    if line.startswith("==> ") and line.rstrip().endswith(" <=="):
        name = os.path.basename(line[4:-5].strip())[:-4]
        vigil[name] = []
    elif name is not None:
        vigil[name].append(line)
both_ways = [0, 0, 0, 0]
only_poppler, only_vigil = collections.Counter(), collections.Counter()
for stem, lines in sorted(vigil.items()):
    v = collections.Counter(word.findall("".join(lines)))
    p = collections.Counter(word.findall(open(f"{out}/poppler/{stem}.txt", encoding="utf-8").read()))
    both_ways[0] += sum((v & p).values()); both_ways[1] += sum(p.values())
    both_ways[2] += sum((v & p).values()); both_ways[3] += sum(v.values())
    only_poppler.update(p - v); only_vigil.update(v - p)
print(f"words: vigil has {both_ways[0]}/{both_ways[1]} of pdftotext's ({both_ways[0]/both_ways[1]:.4f}); "
      f"pdftotext has {both_ways[2]}/{both_ways[3]} of vigil's ({both_ways[2]/both_ways[3]:.4f})")
print("  in pdftotext's text only (most often):", ", ".join(f"{w} ×{c}" for w, c in only_poppler.most_common(12)))
print("  in vigil's text only (most often):", ", ".join(f"{w} ×{c}" for w, c in only_vigil.most_common(12)))

def names(kind):
    by_doc = collections.defaultdict(set)
    for m in json.load(open(f"{out}/mentions-{kind}.json")):
        if m.get("kind") not in ("person", "organization", "public_body"):
            continue
        doc = m.get("file") or m.get("document") or ""
        stem = os.path.splitext(os.path.basename(str(doc)))[0]
        by_doc[stem].add((m["text"], m["kind"]))
    return by_doc
html, pdf = names("html"), names("pdf")
found = total = extra = 0
for stem, want in html.items():
    got = pdf.get(stem, set())
    found += len(want & got); total += len(want); extra += len(got - want)
if total:
    print(f"names: of {total} distinct persons and bodies read from the HTML pages, {found} read from their PDFs "
          f"({found/total:.4f}); {extra} read from the PDFs only (printed page furniture, lines joined differently)")
PY

echo "speed (every PDF read five times):"
start=$(date +%s.%N)
for i in 1 2 3 4 5; do for f in "$OUT"/pdf/*.pdf; do pdftotext -nopgbrk "$f" /dev/null; done; done
end=$(date +%s.%N)
python3 -c "print(f'  pdftotext: {($end - $start):.3f} s (a process per file)')"
target/release/examples/pdf_text --repeat 5 "$OUT"/pdf/*.pdf 2>&1 >/dev/null | sed 's/^/  /'
