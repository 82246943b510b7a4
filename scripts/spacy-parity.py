#!/usr/bin/env python3
"""Parity and speed of vigil's spaCy runtime against Python spaCy, on one set of texts.

Usage: spacy-parity.py PIPELINE_DIR RUST_BINARY [--corpus DIR] [--count N] [--float]

The texts are generated here from templates (names, bodies, places, dates, amounts,
abbreviations, contractions, URLs, typographic quotes and dashes, datelines, several
sentences per text), seeded so every run reads the same ones; with --corpus, the
paragraphs of the real reports in DIR are added. Prints token identity, entity
precision/recall/F1 (span and label exact), and words per second of Python spaCy's
`nlp.pipe` (full pipeline and entity recogniser alone) and of the Rust runtime, one
thread each, in the same run. The runtime computes its encoders' products in 8 bits, as
reading does; --float makes it compute them in floats, as Python spaCy does.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import spacy  # noqa: E402

GIVEN = ["Ali", "Maryam", "Hossein", "Leila", "Jan", "Pieter", "Sophie", "Karim", "Omar",
         "Nasrin", "Mohammad Javad", "Anna-Lena", "Jean-Pierre", "Zahra", "Reza", "Ahmad",
         "Olga", "Fatemeh", "Tomasz", "Amira", "Hamid", "Giulia", "Seyed Ali", "Ruhollah"]
FAMILY = ["Karimi", "Rahimi", "Janssens", "Peeters", "Van den Berg", "Kowalski", "Moradi",
          "Al-Hashimi", "Sadeghi", "Dubois", "O'Brien", "Nasseri", "Hosseinzadeh", "Lopez",
          "Schmidt", "Tehrani", "Abdollahi", "Mehrabi", "de Vries", "Rostami", "Zamani"]
TITLES = ["", "", "", "Mr. ", "Ms. ", "Dr. ", "Gen. ", "Brig. Gen. ", "Judge ", "Sen. ",
          "Ayatollah ", "Prosecutor ", "Minister "]
ORGS = ["the Islamic Revolutionary Guard Corps", "the Ministry of Intelligence and Security",
        "Europol", "the Justice Department", "the European Union", "the FBI", "Reuters",
        "Amnesty International", "the Quds Force", "the IRGC", "Bank Melli",
        "the United Nations Security Council", "the Office of Foreign Assets Control",
        "Mahan Air", "the National Council of Resistance of Iran", "Human Rights Watch",
        "the Belgian federal prosecutor's office", "Hezbollah", "the DGSI", "Interpol"]
PLACES = ["Vienna", "Antwerp", "Paris", "Villepinte", "Tehran", "Brussels", "Luxembourg",
          "Berlin", "The Hague", "New York", "Istanbul", "Baghdad", "London", "Oslo",
          "Stockholm", "Beirut", "Damascus", "Copenhagen", "Los Angeles", "Washington"]
COUNTRIES = ["Iran", "Belgium", "France", "Austria", "Germany", "the Netherlands",
             "the United States", "Iraq", "Turkey", "Sweden", "Denmark", "Albania"]
NATS = ["Iranian", "Belgian", "French", "Austrian", "German", "Dutch", "American",
        "Iraqi", "Turkish", "Swedish", "Danish", "Albanian"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
VERBS = ["met", "called", "paid", "accused", "sued", "warned", "briefed", "funded",
         "hired", "followed", "photographed", "contacted"]


def person(r):
    name = f"{r.choice(GIVEN)} {r.choice(FAMILY)}"
    form = r.random()
    if form < 0.1:
        name = f"{r.choice(GIVEN)} {r.choice(FAMILY)[0]}."
    elif form < 0.2:
        name = r.choice(FAMILY)
    return r.choice(TITLES) + name


def date(r):
    d, m, y = r.randint(1, 28), r.choice(MONTHS), r.randint(1979, 2026)
    return r.choice([f"{d} {m} {y}", f"{m} {d}, {y}", f"{m} {y}", f"{y}", f"last {m}",
                     f"{y}-{r.randint(1, 12):02d}-{d:02d}", f"the {d}th of {m}",
                     "Tuesday", "early 2018", "the summer of 2019"])


def amount(r):
    n = r.randint(2, 950)
    return r.choice([f"${n} million", f"€{n},000", f"{n} grams", f"{n}kg", f"a pound",
                     f"{n} percent", f"{n}%", f"US${n}bn", f"{n} euros", f"£{n}",
                     f"{n / 10:.1f} tonnes", f"{n} rials", f"{n} kilometres"])


def sentence(r):
    p, q = person(r), person(r)
    o, o2 = r.choice(ORGS), r.choice(ORGS)
    pl, c, nat = r.choice(PLACES), r.choice(COUNTRIES), r.choice(NATS)
    templates = [
        f"{p}, a {nat} diplomat based in {pl}, {r.choice(VERBS)} {q} on {date(r)}.",
        f"{p} said {o} had transferred {amount(r)} to an account in {c}.",
        f"“We will not be intimidated,” {p} told {o2} in {pl}.",
        f"{pl.upper()} — {o.capitalize() if o.startswith('the') else o} said on {date(r)} that {q} was arrested.",
        f"According to {o}, {p} didn't travel to {c} after {date(r)}; {q} did.",
        f"The {nat} court in {pl} sentenced {p} to {r.randint(2, 25)} years for plotting against {o2}.",
        f"{p}'s lawyer, {q}, said the case against {o} ({o2}) was “politically motivated.”",
        f"In {date(r)}, {o} designated {p} and {o2} under Executive Order {r.randint(12000, 14200)}.",
        f"{p} (born {date(r)} in {pl}) allegedly handed {amount(r)} of explosives to {q}.",
        f"Officials at {o} — including {p} — met {q} at {r.randint(1, 12)}:{r.randint(0, 59):02d} a.m. in {pl}.",
        f"See https://www.example.org/{r.choice(FAMILY).lower()}/{r.randint(1, 999)} or write to press@{r.choice(PLACES).lower().replace(' ', '')}.example for details.",
        f"{nat} and {r.choice(NATS)} investigators said {p} and {q} used a rented car in {pl}, {c}.",
        f"{p} is the {r.choice(['first', 'second', '3rd', '21st'])} suspect to be charged by {o} since {date(r)}.",
        f"\"I can't say,\" {p} said when asked about {o}'s role in the {r.choice(['Villepinte', 'Berlin', 'Paris'])} plot.",
        f"{o} said {r.randint(2, 40)} people were detained in {pl} and {r.choice(PLACES)}, about {amount(r)} in all.",
        f"The report by {o} names {p}, {q} and {person(r)} as members of {o2}.",
    ]
    return r.choice(templates)


def generated(count, seed=20261130):
    r = random.Random(seed)
    texts = []
    for _ in range(count):
        n = r.choice([1, 1, 2, 3])
        sep = r.choice([" ", " ", "\n", "\n\n", "  "])
        texts.append(sep.join(sentence(r) for _ in range(n)))
    return texts


def corpus_paragraphs(folder):
    texts = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            raw = f.read()
        raw = re.sub(r"<[^>]+>", " ", raw)
        for para in re.split(r"\n\s*\n", raw):
            para = " ".join(para.split())
            if len(para) > 40:
                texts.append(para)
    return texts


def words(texts):
    return sum(len(t.split()) for t in texts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pipeline")
    ap.add_argument("rust")
    ap.add_argument("--corpus")
    ap.add_argument("--count", type=int, default=600)
    ap.add_argument("--float", action="store_true")
    args = ap.parse_args()

    texts = generated(args.count)
    sources = [f"{len(texts)} generated texts"]
    if args.corpus and os.path.isdir(args.corpus):
        extra = corpus_paragraphs(args.corpus)
        texts += extra
        sources.append(f"{len(extra)} corpus paragraphs")
    sentences = sum(len(re.findall(r"[.!?](\s|$)", t)) for t in texts)
    print(f"texts: {' + '.join(sources)}; {words(texts)} words, ~{sentences} sentences")

    nlp = spacy.load(args.pipeline)
    ner_only = spacy.load(args.pipeline, exclude=[p for p in nlp.pipe_names if p != "ner"])
    spacy_docs = []
    start = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=256):
        spacy_docs.append(doc)
    full_secs = time.perf_counter() - start
    start = time.perf_counter()
    for _ in ner_only.pipe(texts, batch_size=256):
        pass
    ner_secs = time.perf_counter() - start

    payload = "".join(json.dumps(t) + "\n" for t in texts)
    command = [args.rust, args.pipeline] + (["--float"] if args.float else [])
    proc = subprocess.run(command, input=payload, capture_output=True,
                          text=True, check=True)
    rust_secs = None
    for line in proc.stderr.splitlines():
        if line.startswith("analysed-seconds "):
            rust_secs = float(line.split()[1])
    rust = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rust) == len(texts), "the runtime answered a different number of texts"

    tok_total = tok_same = 0
    dep_total = head_same = label_same = 0
    tp = fp = fn = 0
    mismatched = []
    for text, doc, mine in zip(texts, spacy_docs, rust):
        theirs = [t.text for t in doc]
        tok_total += max(len(theirs), len(mine["tokens"]))
        if theirs == mine["tokens"]:
            tok_same += len(theirs)
            if mine.get("heads"):
                for t, h, d in zip(doc, mine["heads"], mine["deps"]):
                    dep_total += 1
                    head_same += t.head.i == h
                    label_same += t.head.i == h and t.dep_ == d
        else:
            # Count tokens aligned by offset that agree.
            a = {(t.idx, t.idx + len(t.text)) for t in doc}
            b, at = set(), 0
            for tok in mine["tokens"]:
                at = text.index(tok, at)
                b.add((at, at + len(tok)))
                at += len(tok)
            tok_same += len(a & b)
        gold = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        pred = {tuple(e) for e in mine["ents"]}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if gold != pred and len(mismatched) < 8:
            mismatched.append((text[:160], sorted(gold - pred), sorted(pred - gold)))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    n_words = words(texts)
    print(f"tokens identical: {tok_same}/{tok_total} = {100 * tok_same / tok_total:.3f}%")
    print(f"entities (span+label): P {p:.4f} R {r:.4f} F1 {f1:.4f} ({tp} agree, {fp} only vigil, {fn} only spaCy)")
    if dep_total:
        print(f"dependency heads (UAS): {head_same}/{dep_total} = {100 * head_same / dep_total:.3f}%; "
              f"with labels (LAS): {100 * label_same / dep_total:.3f}%")
    print(f"speed, words/s on one thread: spaCy full pipeline {n_words / full_secs:,.0f}; "
          f"spaCy tokenizer+ner {n_words / ner_secs:,.0f}; vigil runtime {n_words / rust_secs:,.0f} "
          f"({full_secs / rust_secs:.1f}x and {ner_secs / rust_secs:.1f}x)")
    for text, missing, extra in mismatched:
        print(f"  differs: {text!r}\n    only spaCy: {missing}\n    only vigil: {extra}")


if __name__ == "__main__":
    main()
