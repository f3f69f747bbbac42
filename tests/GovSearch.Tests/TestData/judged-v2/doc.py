#!/usr/bin/env python3
"""Shows one document of the corpus for judging: `python3 doc.py --corpus docs.jsonl ID [PATTERN]`.

Without a pattern it prints the whole text; with one (a regular expression) it prints each paragraph that matches,
with the paragraph before it, so a judge can read a passage in context inside a long law.
"""
import argparse, json, re

ap = argparse.ArgumentParser()
ap.add_argument('--corpus', required=True)
ap.add_argument('id')
ap.add_argument('pattern', nargs='?')
args = ap.parse_args()
with open(args.corpus, encoding='utf-8') as f:
    for line in f:
        if f'"{args.id}"' not in line:
            continue
        d = json.loads(line)
        if d['id'] != args.id:
            continue
        print(f'{d["id"]}: {d.get("title")} ({d.get("doc_type")}, {d.get("date")}, {d.get("lang")})\n')
        paragraphs = [p for p in d.get('text', '').split('\n') if p.strip()]
        if not args.pattern:
            print('\n'.join(paragraphs))
        else:
            rx = re.compile(args.pattern, re.I)
            for i, p in enumerate(paragraphs):
                if rx.search(p):
                    if i > 0:
                        print('  ' + paragraphs[i - 1][:300])
                    print('> ' + p + '\n')
        break
    else:
        raise SystemExit(f'no document {args.id}')
