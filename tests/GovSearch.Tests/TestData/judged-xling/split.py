#!/usr/bin/env python3
"""Assign the `half` column of queries.tsv: a fixed, seeded random split into `tune` and `check`.

Procedure (deterministic; depends only on qid, direction, kind and twin, never on the query text or on rankings):
  1. Groups: each cross-lingual query (direction en→zh or zh→en) and its monolingual twin (direction mono,
     qid + "m") form one group, so both sides of a pair always fall in the same half.
  2. Strata: a group's stratum is the direction and kind of its cross-lingual query (e.g. "en→zh|slogan").
  3. One random.Random(SEED). For each stratum in sorted order: sort its groups by qid, shuffle them, give the
     first n//2 groups to `tune` and the rest to `check`; when n is odd, the extra group goes to `tune` and
     `check` in turn (starting with `tune`) across the odd strata, so the two halves stay about the same size.

Usage:
  python3 split.py            rewrite queries.tsv in place with the computed halves, print counts
  python3 split.py --check    exit 1 if the file's halves differ from the computed ones
Only the standard library is used.
"""
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 2026120712
PATH = Path(__file__).with_name("queries.tsv")
HEADER = ["qid", "direction", "kind", "lang", "target_lang", "half", "twin", "query", "need"]
CROSS = ("en→zh", "zh→en")
# query syntax the strings must avoid: colon, ?, brackets, quotes, apostrophes, +, leading -, uppercase operators
SYNTAX = re.compile(r"[:?()\[\]{}^~*!\"'/\\+]|(^|\s)-|\b(OR|AND|NOT)\b")


def read(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines[0].split("\t") != HEADER:
        sys.exit(f"{path}: header is {lines[0].split(chr(9))}, expected {HEADER}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            sys.exit(f"{path}:{number}: {len(fields)} fields, expected {len(HEADER)}")
        rows.append(dict(zip(HEADER, fields)))
    return rows


def validate(rows):
    by_qid = {r["qid"]: r for r in rows}
    if len(by_qid) != len(rows):
        sys.exit("duplicate qid")
    for r in rows:
        if SYNTAX.search(r["query"]):
            sys.exit(f"{r['qid']}: query uses query-syntax characters: {r['query']!r}")
        if r["direction"] in CROSS:
            src, tgt = r["direction"].split("→")
            if (r["lang"], r["target_lang"]) != (src, tgt):
                sys.exit(f"{r['qid']}: lang/target_lang do not match direction {r['direction']}")
            twin = by_qid.get(r["twin"])
            if twin is None or twin["direction"] != "mono" or twin["twin"] != r["qid"] or twin["qid"] != r["qid"] + "m":
                sys.exit(f"{r['qid']}: monolingual twin {r['twin']!r} missing or not pointing back")
            if twin["kind"] != r["kind"] or twin["need"] != r["need"]:
                sys.exit(f"{r['qid']}: twin differs in kind or need")
            if twin["lang"] != tgt or twin["target_lang"] != tgt:
                sys.exit(f"{twin['qid']}: a monolingual twin must be in the target language")
        elif r["direction"] == "mono":
            if by_qid.get(r["twin"], {}).get("direction") not in CROSS:
                sys.exit(f"{r['qid']}: twin {r['twin']!r} is not a cross-lingual query")
        else:
            sys.exit(f"{r['qid']}: unknown direction {r['direction']!r}")
    return by_qid


def compute_halves(rows):
    by_qid = validate(rows)
    strata = defaultdict(list)
    for r in rows:
        if r["direction"] in CROSS:
            strata[f"{r['direction']}|{r['kind']}"].append(r["qid"])
    rng = random.Random(SEED)
    halves = {}
    odd_extra_to_tune = True
    for stratum in sorted(strata):
        items = sorted(strata[stratum])
        rng.shuffle(items)
        n_tune = len(items) // 2
        if len(items) % 2:
            n_tune += 1 if odd_extra_to_tune else 0
            odd_extra_to_tune = not odd_extra_to_tune
        for i, qid in enumerate(items):
            half = "tune" if i < n_tune else "check"
            halves[qid] = half
            halves[by_qid[qid]["twin"]] = half
    return halves


def main():
    rows = read(PATH)
    halves = compute_halves(rows)
    if "--check" in sys.argv[1:]:
        wrong = [r["qid"] for r in rows if r["half"] != halves[r["qid"]]]
        if wrong:
            sys.exit(f"half differs from the seeded split for {len(wrong)} queries: {' '.join(wrong[:10])}")
    else:
        out = ["\t".join(HEADER)]
        for r in rows:
            r["half"] = halves[r["qid"]]
            out.append("\t".join(r[h] for h in HEADER))
        PATH.write_text("\n".join(out) + "\n", encoding="utf-8")
    counts = Counter((r["direction"], r["kind"], halves[r["qid"]]) for r in rows)
    for direction, kind in sorted({(r["direction"], r["kind"]) for r in rows}):
        print(f"{direction:6} {kind:11} tune {counts[(direction, kind, 'tune')]:3}  check {counts[(direction, kind, 'check')]:3}")
    total = Counter(halves.values())
    print(f"{'all':18} tune {total['tune']:3}  check {total['check']:3}")


if __name__ == "__main__":
    main()
