#!/usr/bin/env python3
"""Inputs for bench/run.sh, written to the folder given as the only argument.

- rdr-x16.csv: RDR 2020's element file sixteen times over; each copy's companies get a
  suffix (" #2", ...), so it is 416 companies' answers, not duplicates.
- policy-en-v1.md / policy-en-v2.md: two ~200 KB versions of a privacy notice built from the
  project's own English diff fixture clauses, the second reworded, extended, shortened and
  with one section moved (as PolicyDiffBenchmark plants them); policy-en-v1-copy.md is an
  identical copy of v1 (the identical-files path).
"""
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def rdr_x16(source, out_path, copies=16):
    with open(source, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    company = header.index("Company")
    label = header.index("CompanyLabel")
    with open(out_path, "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(header)
        for n in range(copies):
            for r in body:
                r = list(r)
                if n:
                    r[company] = f"{r[company]} #{n + 1}"
                    r[label] = f"{r[label]} #{n + 1}"
                w.writerow(r)


def clauses(lang):
    sentences, headings = [], []
    with open(os.path.join(ROOT, "src/test/resources/diff", lang, "base.md"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("## "):
                headings.append(line.split(" ", 2)[2])
            elif line.strip() and not line.startswith("#"):
                sentences.append(line)
    return sentences, headings


def vary(sentence, n):
    # each clause of a long policy is unique to its place (a service, a plan, a period)
    return sentence[:-1] + f" for customers of plan {n}."


def policy_pair(target=200 * 1024):
    sentences, headings = clauses("en")
    rnd = random.Random(42)
    sections, size, s = [], 0, 0
    while size < target:
        sec = [f"## {s + 1}. {headings[s % len(headings)]} {s + 1}"]
        for k in range(6):
            line = vary(sentences[rnd.randrange(len(sentences))], s * 10 + k)
            sec.append(line)
            size += len(line.encode()) + 2
        sections.append(sec)
        s += 1
    changed = [list(sec) for sec in sections]
    for i in range(0, len(changed), 7):
        sec = changed[i]
        kind = (i // 7) % 3
        if kind == 0:
            sec[2] = sec[2].replace(" for customers ", " for all customers ")
        elif kind == 1:
            sec.insert(3, vary(sentences[(i * 5) % len(sentences)], i + 1000))
        else:
            del sec[4]
    moved = changed.pop(len(changed) // 3)
    changed.insert(len(changed) * 2 // 3, moved)
    render = lambda secs: "# Privacy Notice\n\n" + "".join(l + "\n\n" for sec in secs for l in sec)
    return render(sections), render(changed)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rdr = os.environ.get("RDR_ELEMENTS") or os.path.join(
        ROOT, "..", "shared", "rdr", "2020", "2020-rdr-index-06-element-scores.csv")
    rdr_x16(rdr, os.path.join(out, "rdr-x16.csv"))
    v1, v2 = policy_pair()
    for name, text in (("policy-en-v1.md", v1), ("policy-en-v1-copy.md", v1), ("policy-en-v2.md", v2)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
