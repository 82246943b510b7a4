#!/usr/bin/env python3
"""Check a FollowTheMoney JSON-lines export with FtM's own model and types (issue 16).

Usage: ftm-check.py EXPORT.json [VALIDATED.json] [--statements ST.csv AGGREGATED.json] [--show N]

Every line is read as FtM reads it and checked:
  - the schema exists and is not abstract; the id is a non-empty string;
  - every property exists on the schema (not a stub), every value is a string that the
    property's type accepts *as written* (clean_text gives the same value back: a value FtM
    would change or drop is a failure, since FtM tools would silently alter it);
  - every entity reference points at an entity of the export;
  - every dataset name passes FtM's dataset_name_check;
  - referents is a list of strings, first_seen/last_seen/last_change are FtM datetimes.
With VALIDATED.json (the output of `ftm validate` on the same file) every property value of
the export is looked for in it: a value missing there was stripped by FtM.

With --statements, the statements CSV of the same store is checked row by row (FtM's columns,
the prop on the schema, prop_type FtM's type of it, the value as FtM's type holds it, dataset
names) and AGGREGATED.json (`ftm aggregate-statements` of it) must give every entity of the
export with the same property values.

Prints a count per kind of failure (with examples) and exits 1 when any entity fails.
"""

import json
import sys
from collections import Counter, defaultdict

from followthemoney import model
from followthemoney.dataset.util import dataset_name_check
from followthemoney.types import registry
from followthemoney.util import sanitize_text


def main() -> int:
    argv = sys.argv[1:]
    show = 3
    if "--show" in argv:
        i = argv.index("--show")
        show = int(argv[i + 1])
        del argv[i : i + 2]
    statements = aggregated = None
    if "--statements" in argv:
        i = argv.index("--statements")
        statements, aggregated = argv[i + 1], argv[i + 2]
        del argv[i : i + 3]
    args = argv
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    path = args[0]
    validated = args[1] if len(args) > 1 else None

    failures: Counter = Counter()
    examples: dict = defaultdict(list)
    failing_entities: set = set()
    ids: set = set()
    references: list = []
    datasets: set = set()
    values: dict = {}
    total = 0

    def fail(kind: str, entity_id: str, detail: str) -> None:
        failures[kind] += 1
        failing_entities.add(entity_id)
        if len(examples[kind]) < show:
            examples[kind].append(f"{entity_id}: {detail}")

    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            total += 1
            try:
                data = json.loads(line)
            except ValueError as err:
                fail("not JSON", f"line {lineno}", str(err))
                continue
            eid = data.get("id")
            if not isinstance(eid, str) or not eid:
                fail("no id", f"line {lineno}", repr(eid))
                continue
            ids.add(eid)
            schema = model.get(data.get("schema") or "")
            if schema is None:
                fail("unknown schema", eid, repr(data.get("schema")))
                continue
            if schema.abstract:
                fail("abstract schema", eid, schema.name)
            for ds in data.get("datasets") or []:
                datasets.add(ds)
            referents = data.get("referents")
            if referents is None:
                fail("no referents", eid, "missing key")
            elif not all(isinstance(r, str) for r in referents):
                fail("bad referents", eid, repr(referents))
            for key in ("first_seen", "last_seen", "last_change"):
                stamp = data.get(key)
                if stamp is None:
                    fail(f"no {key}", eid, "missing key")
                elif registry.date.clean_text(stamp) is None:
                    fail(f"bad {key}", eid, repr(stamp))
            kept = values.setdefault(eid, set())
            for name, vals in (data.get("properties") or {}).items():
                prop = schema.get(name)
                if prop is None:
                    fail("unknown property", eid, f"{schema.name}:{name}")
                    continue
                if prop.stub:
                    fail("stub property", eid, f"{schema.name}:{name}")
                    continue
                if not isinstance(vals, list):
                    fail("values not a list", eid, f"{name}={vals!r}")
                    continue
                for value in vals:
                    if not isinstance(value, str):
                        fail("value not a string", eid, f"{name}={value!r}")
                        continue
                    kept.add((name, value))
                    cleaned = prop.type.clean_text(sanitize_text(value), format=prop.format)
                    if cleaned is None:
                        fail(f"rejected {prop.type.name}", eid, f"{name}={value!r}")
                    elif cleaned != value:
                        fail(
                            f"changed {prop.type.name}",
                            eid,
                            f"{name}={value!r} -> {cleaned!r}",
                        )
                    elif prop.type == registry.entity:
                        references.append((eid, name, value))

    # A reference to an entity the export does not hold is not an FtM error (the source may
    # have left it out too): counted, not failed.
    dangling = [(e, n, t) for e, n, t in references if t not in ids]
    for ds in sorted(datasets):
        try:
            dataset_name_check(ds)
        except ValueError:
            failures["dataset name"] += 1
            if len(examples["dataset name"]) < show:
                examples["dataset name"].append(ds)

    stripped = 0
    if validated:
        after: dict = defaultdict(set)
        with open(validated, encoding="utf-8") as fh:
            for line in fh:
                data = json.loads(line)
                for name, vals in (data.get("properties") or {}).items():
                    for value in vals:
                        after[data["id"]].add((name, value))
        for eid, kept in values.items():
            for name, value in sorted(kept - after.get(eid, set())):
                stripped += 1
                fail("stripped by ftm validate", eid, f"{name}={value!r}")

    if statements:
        check_statements(statements, aggregated, values, fail)

    print(f"entities: {total}")
    print(f"entities failing a check: {len(failing_entities)} ({100 * len(failing_entities) / max(total, 1):.2f} %)")
    print(f"dataset names: {len(datasets)}, failing dataset_name_check: {failures['dataset name']}")
    print(f"references to entities not in the export (not a failure): {len(dangling)}")
    for e, n, t in dangling[:show]:
        print(f"           e.g. {e}: {n}={t}")
    if validated:
        print(f"property values stripped by ftm validate: {stripped}")
    for kind, count in failures.most_common():
        print(f"  {count:7d}  {kind}")
        for ex in examples[kind]:
            print(f"           e.g. {ex[:160]}")
    return 1 if failing_entities or failures["dataset name"] else 0


def check_statements(path, aggregated, exported, fail) -> None:
    """Rows as FtM reads them; their aggregate equal to the JSON export."""
    import csv

    from followthemoney.statement.serialize import CSV_COLUMNS

    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != CSV_COLUMNS:
            fail("statement columns", path, f"{reader.fieldnames} != {CSV_COLUMNS}")
            return
        for n, row in enumerate(reader, 2):
            where = f"{path}:{n}"
            schema = model.get(row["schema"])
            if schema is None:
                fail("statement schema", where, row["schema"])
                continue
            try:
                dataset_name_check(row["dataset"])
            except ValueError:
                fail("statement dataset", where, row["dataset"])
            if row["prop"] == "id":
                if row["prop_type"] != "id":
                    fail("statement prop_type", where, f"id: {row['prop_type']}")
                continue
            prop = schema.get(row["prop"])
            if prop is None:
                fail("statement unknown property", where, f"{schema.name}:{row['prop']}")
                continue
            if row["prop_type"] != prop.type.name:
                fail("statement prop_type", where, f"{row['prop']}: {row['prop_type']} != {prop.type.name}")
            value = row["value"]
            if prop.type.clean_text(sanitize_text(value), format=prop.format) != value:
                fail("statement value", where, f"{row['prop']}={value!r}")
            for key in ("first_seen", "last_seen"):
                if row[key] and registry.date.clean_text(row[key]) is None:
                    fail(f"statement {key}", where, row[key])
    seen = set()
    with open(aggregated, encoding="utf-8") as fh:
        for line in fh:
            data = json.loads(line)
            eid = data["id"]
            seen.add(eid)
            got = {(k, v) for k, vs in data.get("properties", {}).items() for v in vs}
            want = exported.get(eid)
            if want is None:
                fail("aggregate has an entity the export lacks", eid, "")
            elif got != want:
                diff = sorted(want ^ got)[:2]
                fail("aggregate differs from the export", eid, f"{diff}")
    for eid in exported:
        if eid not in seen:
            fail("export has an entity the statements lack", eid, "")


if __name__ == "__main__":
    sys.exit(main())
