#!/usr/bin/env python3
"""Assign the `half` column of queries.tsv: a fixed, seeded random split into `tune` and `check`.

The split is stratified by kind and keeps each traditional query in the same half as its simplified twin,
so a system tuned on one half never saw either side of a twin pair that is scored in the other half.

Procedure (deterministic; depends only on the qids, kinds and twins, never on the query text or on rankings):
  1. Groups: each `traditional` query and its `twin` form one group; every other query is a group of its own.
  2. Strata: a twin group's stratum is "traditional+<kind of the twin>" (concept or title); a single query's
     stratum is its kind, lang and target_lang together (so English phrase or title queries and cross-lingual
     queries are spread over both halves too, not only each kind).
  3. One random.Random(SEED). For each stratum in sorted order: sort its groups by first qid, shuffle them, give
     the first n//2 groups to `tune` and the rest to `check`; when n is odd, the extra group goes to `tune` and
     `check` in turn (starting with `tune`) across the odd strata, so the two halves stay the same size.

Usage:
  python3 split.py            rewrite queries.tsv in place with the computed halves
  python3 split.py --check    exit 1 if the file's halves differ from the computed ones
Only the standard library is used.
"""
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20261207
PATH = Path(__file__).with_name("queries.tsv")
HEADER = ["qid", "kind", "lang", "target_lang", "half", "twin", "query", "need"]


def read(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    if header != HEADER:
        sys.exit(f"{path}: header is {header}, expected {HEADER}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            sys.exit(f"{path}:{number}: {len(fields)} fields, expected {len(HEADER)}")
        rows.append(dict(zip(HEADER, fields)))
    return rows


def compute_halves(rows):
    by_qid = {r["qid"]: r for r in rows}
    if len(by_qid) != len(rows):
        sys.exit("duplicate qid")
    groups = {}  # first qid -> (stratum, [qids])
    in_twin_group = set()
    for r in rows:
        if r["kind"] == "traditional":
            twin = by_qid.get(r["twin"])
            if twin is None or twin["kind"] not in ("concept", "title"):
                sys.exit(f"{r['qid']}: twin {r['twin']!r} is missing or not a concept/title query")
            if twin["qid"] in in_twin_group:
                sys.exit(f"{twin['qid']} is the twin of more than one traditional query")
            in_twin_group.add(twin["qid"])
            members = sorted([r["qid"], twin["qid"]])
            groups[members[0]] = ("traditional+" + twin["kind"], members)
        elif r["twin"]:
            sys.exit(f"{r['qid']}: only traditional queries have a twin")
    for r in rows:
        if r["kind"] != "traditional" and r["qid"] not in in_twin_group:
            groups[r["qid"]] = (f'{r["kind"]}|{r["lang"]}>{r["target_lang"]}', [r["qid"]])

    strata = defaultdict(list)
    for first, (stratum, members) in groups.items():
        strata[stratum].append((first, members))

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
        for i, (_, members) in enumerate(items):
            for qid in members:
                halves[qid] = "tune" if i < n_tune else "check"
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
    counts = Counter((r["kind"], halves[r["qid"]]) for r in rows)
    for kind in sorted({r["kind"] for r in rows}):
        print(f"{kind:14} tune {counts[(kind, 'tune')]:3}  check {counts[(kind, 'check')]:3}")
    total = Counter(halves.values())
    print(f"{'all':14} tune {total['tune']:3}  check {total['check']:3}")


if __name__ == "__main__":
    main()
