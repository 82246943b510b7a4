#!/usr/bin/env python3
"""Builds the organisation name-pair sets (issue 15, gap 2) from the shared lists.

Every listed organisation (any schema but Person and the link schemas) that carries a name in
Arabic script gives two pairs: that name against the entry's first Latin-script name (a match)
and against the first Latin-script name of the next such organisation of the same list (not a
match). Entities are split by a stable hash of their id: one half is the dev set (tuning), the
other the held-out set, whose gold is frozen in eval/names/org-heldout-gold.csv.

Usage: scripts/org-sets.py ALL_EXPORT.json OUT_DIR
(the export comes from `vigil export` over a store with every shared list).
"""
import csv, hashlib, json, sys

path, out = sys.argv[1:3]
SKIP = {"Person", "Sanction", "Address", "Identification", "Passport", "Ownership", "Directorship",
        "UnknownLink", "Family", "Associate", "Membership", "Occupancy", "Position", "Representation",
        "Employment", "Succession"}


def arabic(s):
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in s)


orgs = []
for line in open(path):
    e = json.loads(line)
    if e["schema"] in SKIP:
        continue
    names = [n for k in ("name", "alias") for n in e["properties"].get(k, [])]
    script = [n for n in names if arabic(n)]
    latin = [n for n in names if not arabic(n)]
    if script and latin:
        orgs.append((e["datasets"][0], e["id"], e["schema"], script[0], latin[0]))
orgs.sort()
rows = {"dev": [], "heldout": []}
for i, (dataset, eid, schema, script, latin) in enumerate(orgs):
    half = "heldout" if int(hashlib.sha256(eid.encode()).hexdigest(), 16) % 2 else "dev"
    rows[half].append({"id": eid, "other": eid, "schema": schema, "name1": script, "name2": latin, "is_match": "true"})
    other = next((o for o in orgs[i + 1:] + orgs[:i] if o[0] == dataset and o[4] != latin), None)
    if other:
        rows[half].append({"id": eid, "other": other[1], "schema": schema, "name1": script, "name2": other[4], "is_match": "false"})
for half, rs in rows.items():
    with open(f"{out}/org-{half}.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "other", "schema", "name1", "name2", "is_match"])
        w.writeheader()
        w.writerows(rs)
    print(f"org-{half}.csv: {len(rs)} pairs, {sum(r['is_match'] == 'true' for r in rs)} matches")
