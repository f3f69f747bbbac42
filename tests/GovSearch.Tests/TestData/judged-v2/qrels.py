#!/usr/bin/env python3
"""Merges the judges' files into qrels.tsv and qrels.txt, and measures agreement (GRADING.md, Procedure).

    python3 qrels.py --judged group1.tsv ... --agreement agreement.tsv
    python3 qrels.py --queries ../judged-xling/queries.tsv --out ../judged-xling --judged xgroup1.tsv ...

qrels.tsv keeps every row (qid, doc_id, grade, judge, note; grade-0 rows included). qrels.txt is the same grades in
TREC qrels form (`qid 0 doc_id grade`) for `govsearch eval`. The agreement file is a second judge's grades of a
seeded sample of pools; it is compared with the first judges' grades on the pairs both judged (Cohen's kappa on
0/1/2 and exact agreement) and is not merged: the first judge's grade stands.
"""
import argparse, collections, csv, os, sys

def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    for n, r in enumerate(rows, 2):
        if r.get('grade') not in ('0', '1', '2') or not r.get('qid') or not r.get('doc_id'):
            sys.exit(f'{path}:{n}: bad row {r}')
    return rows

def kappa(pairs):
    n = len(pairs)
    agree = sum(a == b for a, b in pairs) / n
    pa = collections.Counter(a for a, _ in pairs)
    pb = collections.Counter(b for _, b in pairs)
    expected = sum(pa[g] * pb[g] for g in '012') / (n * n)
    return agree, (agree - expected) / (1 - expected)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--judged', nargs='+', required=True)
    ap.add_argument('--agreement')
    ap.add_argument('--queries', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'queries.tsv'))
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    order = {}
    with open(args.queries, encoding='utf-8') as f:
        next(f)
        for i, line in enumerate(f):
            order[line.split('\t', 1)[0]] = i
    merged = {}
    for path in args.judged:
        for r in read(path):
            key = (r['qid'], r['doc_id'])
            if key in merged:
                sys.exit(f'{path}: {key} judged twice')
            if r['qid'] not in order:
                sys.exit(f'{path}: unknown qid {r["qid"]}')
            merged[key] = r
    rows = sorted(merged.values(), key=lambda r: (order[r['qid']], r['doc_id']))
    with open(os.path.join(args.out, 'qrels.tsv'), 'w', encoding='utf-8') as f:
        f.write('qid\tdoc_id\tgrade\tjudge\tnote\n')
        for r in rows:
            note = (r.get('note') or '').replace('\t', ' ').replace('\n', ' ')
            f.write(f"{r['qid']}\t{r['doc_id']}\t{r['grade']}\t{r['judge']}\t{note}\n")
    with open(os.path.join(args.out, 'qrels.txt'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(f"{r['qid']} 0 {r['doc_id']} {r['grade']}\n")
    grades = collections.Counter(r['grade'] for r in rows)
    relevant = {q for (q, _), r in merged.items() if r['grade'] != '0'}
    manual = sum(1 for r in rows if (r.get('note') or '').startswith('manual'))
    print(f'{len(rows)} judgments of {len({r["qid"] for r in rows})} queries: grade 0 {grades["0"]}, 1 {grades["1"]}, 2 {grades["2"]}; '
          f'{manual} manual additions; {len(order) - len(relevant)} queries with nothing relevant')
    if args.agreement:
        second = [r for r in read(args.agreement)
                  if (r['qid'], r['doc_id']) in merged and not (r.get('note') or '').startswith('manual')]
        pairs = [(merged[(r['qid'], r['doc_id'])]['grade'], r['grade']) for r in second]
        agree, k = kappa(pairs)
        print(f'agreement on {len(pairs)} (query, document) pairs of {len({r["qid"] for r in second})} sampled queries: '
              f'exact {agree:.3f}, Cohen\'s kappa {k:.3f}')

if __name__ == '__main__':
    main()
