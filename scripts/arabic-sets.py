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
           list's own Latin names; gold = the UN entry. Tuning happens on the dev sets only.
  eu-dev:  (with EU_EXPORT) persons of the EU's own regimes (Syria, Iran, ...) whose entry
           carries a name in Arabic or Persian script, paired with an SDN entry as above.
           Query = that name; gold = the SDN id. The EU's copy of the UN's ISIL/al-Qaida list is
           left out, and so is every EU person who pairs with any UN entry: whatever the UN
           list holds stays out of this set. Unlike the first dev set, the query and the gold
           are spelt by different authorities, as in the held-out set.
  eu-own:  (with EU_EXPORT) the same EU persons (any Arabic- or Persian-script name, paired with
           the SDN or not, still none a UN entry names), each screened against the EU lists'
           own Latin names (written to eu-latin.json, the Arabic-script names taken out); gold =
           the EU entry. A third of the persons (CRC-32 of the EU id modulo 3 = 0) is held out
           (eu-own-heldout, its gold frozen in eval/names/arabic-eu-own-heldout-gold.csv), the
           rest is dev (eu-own-dev).

Usage: scripts/arabic-sets.py UN_EXPORT.json SDN_EXPORT.json OUT_DIR [EU_EXPORT.json]
(the exports come from `vigil export --dataset un_sc_sanctions`, `--dataset us_ofac_sdn`, and
every `eu_oj_*` dataset).
"""
import csv, json, re, sys, unicodedata, zlib

un_path, sdn_path, out = sys.argv[1:4]
eu_path = sys.argv[4] if len(sys.argv) > 4 else None


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


def index(entries):
    by_words, by_date = {}, {}
    for e in entries:
        for n in latin_names(e):
            by_words.setdefault(tuple(sorted(words(n))), set()).add(e["id"])
        for d in dates(e):
            by_date.setdefault(d, set()).add(e["id"])
    return by_words, by_date, {e["id"]: e for e in entries}


def pairs(e, indexed):
    """The entries of an indexed list for the same person as `e`: the same name words (birth
    years agreeing where both give one), or failing that the same full birth date and two
    name words in common."""
    by_words, by_date, by_id = indexed
    found = set()
    for n in latin_names(e):
        for sid in by_words.get(tuple(sorted(words(n))), ()):
            s = by_id[sid]
            if not years(e) or not years(s) or years(e) & years(s):
                found.add(sid)
    if not found:
        own_words = {w for n in latin_names(e) for w in words(n) if len(w) > 2}
        for d in dates(e):
            for sid in by_date.get(d, ()):
                s_words = {w for n in latin_names(by_id[sid]) for w in words(n)}
                if len(own_words & s_words) >= 2:
                    found.add(sid)
    return found


sdn_index = index(sdn)
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
    found = pairs(e, sdn_index)
    birth = ";".join(sorted(e["properties"].get("birthDate", [])))
    for name in scripts:
        row = {"dataid": dataid, "full_name": name, "date_of_birth": birth}
        if len(found) == 1:
            heldout.append(dict(row, expected=next(iter(found))))
        elif not found:
            dev.append(dict(row, expected=e["id"]))

sets = [("arabic-sdn-heldout.csv", heldout), ("arabic-un-dev.csv", dev)]
if eu_path:
    un_index = index([e for e in un if e["schema"] == "Person"])
    eu_dev = []
    for line in open(eu_path):
        e = json.loads(line)
        regime = (e.get("datasets") or [""])[0]
        if e["schema"] != "Person" or not regime.startswith("eu_oj_") or regime == "eu_oj_32002r0881":
            continue
        scripts = [n for n in e["properties"].get("alias", []) + e["properties"].get("name", []) if arabic(n)]
        if not scripts or pairs(e, un_index):
            continue
        found = pairs(e, sdn_index)
        if len(found) != 1:
            continue
        birth = ";".join(sorted(e["properties"].get("birthDate", [])))
        for name in scripts:
            eu_dev.append({"dataid": e["id"], "full_name": name, "date_of_birth": birth, "expected": next(iter(found))})
    sets.append(("arabic-eu-sdn-dev.csv", eu_dev))

    # The EU's own Latin names as a list of their own, and each Arabic-script name against it.
    own_dev, own_heldout = [], []
    with open(f"{out}/eu-latin.json", "w") as latin:
        for line in open(eu_path):
            e = json.loads(line)
            regime = (e.get("datasets") or [""])[0]
            if e["schema"] != "Person" or not regime.startswith("eu_oj_") or regime == "eu_oj_32002r0881":
                continue
            if pairs(e, un_index):
                continue
            p = e["properties"]
            scripts = [n for n in p.get("name", []) + p.get("alias", []) if arabic(n)]
            kept = dict(e, datasets=["eu-latin"])
            kept["properties"] = {
                k: [n for n in v if not arabic(n)] if k in ("name", "alias", "weakAlias") else v
                for k, v in p.items()
            }
            kept["properties"] = {k: v for k, v in kept["properties"].items() if v}
            latin.write(json.dumps(kept, ensure_ascii=False) + "\n")
            birth = ";".join(sorted(p.get("birthDate", [])))
            held = zlib.crc32(e["id"].encode()) % 3 == 0
            for name in scripts:
                (own_heldout if held else own_dev).append(
                    {"dataid": e["id"], "full_name": name, "date_of_birth": birth, "expected": e["id"]}
                )
    sets.append(("arabic-eu-own-dev.csv", own_dev))
    sets.append(("arabic-eu-own-heldout.csv", own_heldout))

for name, rows in sets:
    with open(f"{out}/{name}", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["dataid", "full_name", "date_of_birth", "expected"])
        w.writeheader()
        w.writerows(rows)
    print(f"{name}: {len(rows)} queries")
