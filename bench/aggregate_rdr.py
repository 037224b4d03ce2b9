#!/usr/bin/env python3
"""The peer for `policyscore aggregate`: RDR 2020's scoring rules (docs/scoring.md) in plain
Python, standard library only, reading the same element file and RDR's own meta files for the
catalogue (scoring scopes, families, exclusions). Writes scores.csv rows (company, service,
kind, id, score) so that bench/run.sh can check both give the same numbers.

usage: aggregate_rdr.py ELEMENTS.csv META_DIR OUT.csv
"""
import csv
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

REVERSED = {"F9.2", "F11.1"}  # docs/scoring.md: yes 0, partial 50, no 100
POINTS = {"yes": 100.0, "partial": 50.0, "no": 0.0, "no disclosure found": 0.0}
TYPES = {"Telecommunication": "telecom", "Digital Platform": "internet"}
MOBILE = {"mobile", "prepaid", "postpaid"}


def canonical(rdr_id):
    """G04a -> G4a, F09.02 -> F9.2."""
    m = re.fullmatch(r"([GFP])0*(\d+)([a-z]?)(?:\.0*(\d+))?", rdr_id)
    return m.group(1) + m.group(2) + m.group(3) + ("." + m.group(4) if m.group(4) else "")


def mean(values):
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def main(elements_file, meta, out_file):
    indicators = []  # (id, category, parent or None, is_family, scope, excluded type)
    with open(f"{meta}/2020-rdr-index-12-meta-indicators.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iid = canonical(r["Indicator"])
            family = r["isParent"] == "TRUE"
            parent = None if r["indicatorSuffix"] == "NA" else canonical(r["Indicator"][:-1])
            indicators.append((iid, r["Category"], parent, family, r["scoringScope"], r["excludedCompanies"]))
    element_excluded = {}
    with open(f"{meta}/2020-rdr-index-11-meta-elements.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            element_excluded[canonical(r["Element"])] = r["excludedCompanies"]

    # (company, indicator) -> {"group": [sum, n], "opcom": [...], service: [...]}
    levels = {}
    types = {}
    with open(elements_file, newline="", encoding="utf-8-sig") as f:
        rows = csv.reader(f)
        next(rows)
        for r in rows:
            company, ctype = r[3].strip(), TYPES[r[1]]
            types[company] = ctype
            element, indicator = canonical(r[8]), canonical(r[5])
            if r[10] == "Company":
                level = r[11].lower()
            else:
                cls, name = r[12], r[13].strip().lower()
                if cls == "mobile":
                    level = "prepaid" if name.startswith("prepaid") else "postpaid" if name.startswith("postpaid") else "mobile"
                else:
                    level = cls if cls == "broadband" else r[13].strip()
            cell = levels.setdefault((company, indicator), {}).setdefault(level, [0.0, 0])
            result = r[14].strip().lower()
            if result in ("na", "n/a") or element_excluded.get(element) == ctype:
                continue
            points = POINTS[result]
            if element in REVERSED and result in ("yes", "no"):
                points = 100.0 - points
            cell[0] += points
            cell[1] += 1

    out = []
    for company in sorted(types):
        ctype = types[company]
        scores = {}
        for iid, cat, parent, family, scope, excluded in indicators:
            if family:
                continue
            lv = levels.get((company, iid), {})
            value = lambda key: lv[key][0] / lv[key][1] if key in lv and lv[key][1] else None
            services = [k for k in lv if k not in ("group", "opcom")]
            mobile = [value(k) for k in services if k in MOBILE]
            composite = [value(k) for k in services if k not in MOBILE]
            if mobile:
                composite.append(mean(mobile))
            composite = mean(composite)
            if excluded == ctype:
                s = None
            elif scope == "company":
                s = mean([value("group"), value("opcom")])
            elif scope == "full":
                s = mean([value("group"), value("opcom"), composite])
            else:
                s = composite
            scores[iid] = s
            out.append((company, "", "indicator", iid, s))
        by_category = {}
        for iid, cat, parent, family, scope, excluded in indicators:
            if parent:
                continue
            if family:
                subs = [scores[i[0]] for i in indicators if i[2] == iid and i[0] in scores]
                s = mean(subs)
                out.append((company, "", "family", iid, s))
            else:
                s = scores[iid]
            by_category.setdefault(cat, []).append(s)
        for cat in ("G", "F", "P"):
            out.append((company, "", "category", cat, mean(by_category.get(cat, []))))
        out.append((company, "", "total", "total", mean([s for c in by_category.values() for s in c])))

    with open(out_file, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["company", "service", "kind", "id", "score"])
        for company, service, kind, iid, s in out:
            text = "NA" if s is None else str(Decimal(repr(s)).quantize(Decimal("0.01"), ROUND_HALF_UP))
            w.writerow([company, service, kind, iid, text])


if __name__ == "__main__":
    main(*sys.argv[1:])
