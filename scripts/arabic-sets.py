#!/usr/bin/env python3
"""Builds the Arabic-script screening sets from the shared UN list and the OFAC SDN file.

A UN person whose entry carries a name in Arabic script is paired with the SDN entry for the
same person: an SDN person whose name or alias has the same words as a UN Latin name (birth
years agreeing where both give one), or one born on the same full date sharing two name words.
Entries with more than one such SDN entry are left out (the gold would be ambiguous).

Only UN entries with an even DATAID are written: the odd ones are kept back for evaluation by
others and must stay out of our sets.

  heldout: even DATAID, paired with an SDN entry. Query = the Arabic-script name; gold = SDN id.
  dev:     even DATAID, no SDN entry. Query = the Arabic-script name screened against the UN
           list's own Latin names; gold = the UN entry. Tuning happens on this one only.

Usage: scripts/arabic-sets.py UN_EXPORT.json SDN_EXPORT.json OUT_DIR
(the exports come from `vigil export --dataset un_sc_sanctions` and `--dataset us_ofac_sdn`).
"""
import csv, json, re, sys, unicodedata

un_path, sdn_path, out = sys.argv[1:4]


def words(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).split()


def arabic(s):
    letters = [c for c in s if c.isalpha()]
    return letters and sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f") * 2 > len(letters)


def years(e):
    return {d[:4] for d in e["properties"].get("birthDate", [])}


def dates(e):
    return {d for d in e["properties"].get("birthDate", []) if len(d) == 10}


def latin_names(e):
    p = e["properties"]
    return [n for k in ("name", "alias") for n in p.get(k, []) if not arabic(n)]


un = [json.loads(l) for l in open(un_path)]
sdn = [json.loads(l) for l in open(sdn_path)]
sdn = [e for e in sdn if e["schema"] == "Person"]
by_words, by_date = {}, {}
for e in sdn:
    for n in latin_names(e):
        by_words.setdefault(tuple(sorted(words(n))), set()).add(e["id"])
    for d in dates(e):
        by_date.setdefault(d, set()).add(e["id"])
sdn_by_id = {e["id"]: e for e in sdn}

heldout, dev = [], []
for e in un:
    if e["schema"] != "Person":
        continue
    dataid = int(e["id"].split("-")[1])
    if dataid % 2:
        continue  # kept back for evaluation
    scripts = [n for n in e["properties"].get("alias", []) + e["properties"].get("name", []) if arabic(n)]
    if not scripts:
        continue
    found = set()
    for n in latin_names(e):
        for sid in by_words.get(tuple(sorted(words(n))), ()):
            s = sdn_by_id[sid]
            if not years(e) or not years(s) or years(e) & years(s):
                found.add(sid)
    if not found:
        un_words = {w for n in latin_names(e) for w in words(n) if len(w) > 2}
        for d in dates(e):
            for sid in by_date.get(d, ()):
                s_words = {w for n in latin_names(sdn_by_id[sid]) for w in words(n)}
                if len(un_words & s_words) >= 2:
                    found.add(sid)
    birth = ";".join(sorted(e["properties"].get("birthDate", [])))
    for name in scripts:
        row = {"dataid": dataid, "full_name": name, "date_of_birth": birth}
        if len(found) == 1:
            heldout.append(dict(row, expected=next(iter(found))))
        elif not found:
            dev.append(dict(row, expected=e["id"]))

for name, rows in (("arabic-sdn-heldout.csv", heldout), ("arabic-un-dev.csv", dev)):
    with open(f"{out}/{name}", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["dataid", "full_name", "date_of_birth", "expected"])
        w.writeheader()
        w.writerows(rows)
    print(f"{name}: {len(rows)} queries")
