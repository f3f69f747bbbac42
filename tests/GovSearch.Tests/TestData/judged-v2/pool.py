#!/usr/bin/env python3
"""Builds the judging pools of judged-v2 from TREC run files (GRADING.md, Pooling).

    python3 pool.py --corpus docs.jsonl --runs runs/lexical.run runs/bigram.run runs/smartcn.run --depth 20 --out pools

Writes one Markdown file per query (a traditional query and its twin share one file, named after the twin pair) with
the query, kind, languages and need, then the pooled documents in an order seeded per query, each with its id,
title, type, date, language, its opening and the passages that share the most characters or words with the query
and need. Rankers, ranks and scores are never written. `doc.py` shows a document's full text.
"""
import argparse, hashlib, json, os, random, re, collections

def grams(text):
    text = text.lower()
    han = re.findall(r'[\u3400-\u9fff]+', text)
    out = set()
    for run in han:
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    out.update(w for w in re.findall(r'[a-z]{3,}', text) if w not in STOP)
    return out

STOP = set('the and for with that this from are was were what which who how does can any not but all has have'
           ' into out about when where there their them they its his her our you your will shall may must'.split())

def windows(text, keys, size=180, count=2):
    paragraphs = [p for p in re.split(r'\n+', text) if p.strip()]
    scored = []
    for i, p in enumerate(paragraphs):
        for start in range(0, max(1, len(p) - size // 2), size):
            piece = p[start:start + size]
            scored.append((len(grams(piece) & keys), i, start, piece))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    chosen = [s for s in scored[:count] if s[0] > 0]
    chosen.sort(key=lambda s: (s[1], s[2]))
    return [s[3] for s in chosen]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--queries', default=os.path.join(os.path.dirname(__file__), 'queries.tsv'))
    ap.add_argument('--runs', nargs='+', required=True)
    ap.add_argument('--depth', type=int, default=20)
    ap.add_argument('--out', required=True)
    args = ap.parse_args()

    rows = []
    with open(args.queries, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        for line in f:
            if line.strip():
                rows.append(dict(zip(header, line.rstrip('\n').split('\t'))))
    by_id = {r['qid']: r for r in rows}

    pool = collections.defaultdict(set)
    for run in args.runs:
        with open(run, encoding='utf-8') as f:
            for line in f:
                qid, _, doc, rank, _, _ = line.split()
                if int(rank) <= args.depth:
                    pool[qid].add(doc)

    # A traditional query and its twin are judged once, on the union of their pools.
    units = []
    seen = set()
    for r in rows:
        if r['qid'] in seen:
            continue
        members = [r['qid']]
        if r.get('twin'):
            members.append(r['twin'])
        for other in rows:
            if other.get('twin') == r['qid'] and other['qid'] not in members:
                members.append(other['qid'])
        seen.update(members)
        units.append(members)

    needed = set().union(*(pool[q] for q in by_id))
    docs = {}
    with open(args.corpus, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            if d['id'] in needed:
                docs[d['id']] = d

    os.makedirs(args.out, exist_ok=True)
    index = []
    for members in units:
        ids = sorted(set().union(*(pool[q] for q in members)))
        seed = int(hashlib.sha256('+'.join(members).encode()).hexdigest()[:8], 16)
        random.Random(seed).shuffle(ids)
        first = by_id[members[0]]
        keys = set()
        for q in members:
            keys |= grams(by_id[q]['query'])
        keys |= grams(first['need'])
        name = '+'.join(members)
        with open(os.path.join(args.out, name + '.md'), 'w', encoding='utf-8') as out:
            out.write(f'# {name}\n\n')
            for q in members:
                r = by_id[q]
                out.write(f'- **{q}** kind `{r["kind"]}`, lang `{r["lang"]}`, target_lang `{r["target_lang"]}`, half `{r["half"]}`: query `{r["query"]}`\n')
            out.write(f'\n**Need:** {first["need"]}\n\n{len(ids)} documents to judge.\n')
            for n, doc_id in enumerate(ids, 1):
                d = docs[doc_id]
                text = d.get('text') or ''
                out.write(f'\n## {n}. `{doc_id}`: {d.get("title", "")}\n')
                out.write(f'{d.get("doc_type", "")}, {d.get("date", "")}, {d.get("lang", "")}, {len(text):,} characters\n\n')
                out.write('> opening: ' + text[:120].replace('\n', ' ') + '\n')
                for piece in windows(text, keys):
                    out.write('>\n> … ' + piece.replace('\n', ' ') + ' …\n')
        index.append((name, len(ids)))
    with open(os.path.join(args.out, 'INDEX.tsv'), 'w', encoding='utf-8') as f:
        for name, count in index:
            f.write(f'{name}\t{count}\n')
    print(f'{len(index)} pools, {sum(c for _, c in index)} documents to judge')

if __name__ == '__main__':
    main()
