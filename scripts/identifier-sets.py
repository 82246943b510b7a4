#!/usr/bin/env python3
"""Builds the identifier screening set (issue 15, gap 4) from the shared lists.

Vessels with an IMO number and persons with a passport number, split by a stable hash of the
entity id; the held-out half is written (gold frozen in eval/names/identifier-heldout-gold.csv),
40 of each kind. A query is the identifier alone, written as analysts write it: "IMO 9179842"
or the bare number for vessels; the passport number as listed, or with its letters and digits
spaced or dashed. The gold is every entity carrying that identifier (letters and digits equal)
in the same property, since the same vessel or person is on several lists.

Usage: scripts/identifier-sets.py ALL_EXPORT.json OUT_DIR
"""
import csv, hashlib, json, re, sys

path, out = sys.argv[1:3]


def canon(v):
    """Letters and digits of the identifier, without remarks in parentheses and without the
    words around it ("IMO", "Morocco number", "No.")."""
    v = re.sub(r"\(.*?\)", " ", v)
    # FtM writes IMO numbers with the prefix glued on ("IMO9179842").
    v = re.sub(r"^\s*IMO(?=\d)", "", v, flags=re.I)
    words = [w for w in re.split(r"\s+", v) if not (w.isalpha() and len(w) >= 3) and w.lower() not in ("no", "no.", "nr", "nr.", "#")]
    return re.sub(r"[^0-9A-Za-z]", "", "".join(words)).upper()


holders = {}
entities = []
for line in open(path):
    e = json.loads(line)
    for prop in ("imoNumber", "passportNumber"):
        for v in e["properties"].get(prop, []):
            c = canon(v)
            if len(c) >= 5:
                holders.setdefault((prop, c), set()).add(e["id"])
                entities.append((e["id"], e["schema"], prop, v, c))
entities.sort()
picked = {"imoNumber": [], "passportNumber": []}
seen = set()
for eid, schema, prop, raw, c in entities:
    if int(hashlib.sha256(eid.encode()).hexdigest(), 16) % 2 == 0 or (prop, c) in seen:
        continue
    if len(picked[prop]) >= 40:
        continue
    seen.add((prop, c))
    i = len(picked[prop])
    if prop == "imoNumber":
        query = f"IMO {c}" if i % 2 == 0 else c
    else:
        query = [raw, " ".join(re.findall(r".{1,3}", c)), "-".join(re.findall(r".{1,4}", c))][i % 3]
    picked[prop].append({
        "id": eid, "schema": "Vessel" if prop == "imoNumber" else "Person", "property": prop,
        "identifier": query, "expected": ";".join(sorted(holders[(prop, c)])),
    })
rows = picked["imoNumber"] + picked["passportNumber"]
with open(f"{out}/identifier-heldout.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["id", "schema", "property", "identifier", "expected"])
    w.writeheader()
    w.writerows(rows)
print(f"identifier-heldout.csv: {len(rows)} queries")
