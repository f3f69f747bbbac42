#!/usr/bin/env python3
"""Checks glossary.tsv against a GovSearch corpus folder and rewrites its check column.

Usage: python3 check_glossary.py CORPUS_FOLDER glossary.tsv [--drop]

Rules (see README.md beside this file):
- zh: the Chinese side must occur in docs.jsonl, in a document's text or title (an exact substring after
  nothing but the file's own UTF-8); an entry whose Chinese side is missing is reported, and with --drop removed.
- en: where the Chinese side occurs in the Chinese side of aligned text (the bilingual work reports of docs.jsonl,
  the constitution and the units of parallel.jsonl), at least one English alternative should occur in the English
  side of the same aligned document (case-insensitive, whitespace and quotes normalised): 'parallel' when it does,
  'unconfirmed' when it does not (an English rendering the aligned text does not use), 'hand' when the corpus has
  no aligned English text for it.
The check column becomes zh=text|title;en=parallel|unconfirmed|hand.
- category 'foreign' (US, UN and other non-Chinese governance terms, for Chinese queries about English documents)
  turns the rules round: each English rendering must occur in an English document of docs.jsonl (renderings that do
  not are reported, and with --drop removed; an entry left without one is removed); the Chinese side, written by
  hand, is only recorded. The check column becomes zh=text|hand;en=text.
"""
import json, os, re, subprocess, sys, tempfile

def norm_en(s):
    s = s.lower().replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    s = s.replace('-', ' ')
    return re.sub(r'\s+', ' ', s)

def main():
    corpus, path = sys.argv[1], sys.argv[2]
    drop = '--drop' in sys.argv
    docs = os.path.join(corpus, 'docs.jsonl')
    titles = set()
    english = []
    aligned = {}  # parallel_id -> {'zh': text, 'en': text}
    for name in ('docs.jsonl', 'parallel.jsonl'):
        for line in open(os.path.join(corpus, name), encoding='utf-8'):
            d = json.loads(line)
            if name == 'docs.jsonl':
                titles.add(d['title'])
                if d['lang'] == 'en':
                    english.append(norm_en((d['title'] or '') + '\n' + d['text']))
            pid = d.get('parallel_id')
            if pid and d['lang'] in ('zh', 'en'):
                side = aligned.setdefault(pid, {'zh': '', 'en': ''})
                side[d['lang']] += '\n' + (d['title'] or '') + '\n' + d['text'] if d['lang'] == 'zh' else '\n' + norm_en((d['title'] or '') + '\n' + d['text'])
    header, rows = [], []
    for number, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            header.append(line); continue
        fields = line.split('\t')
        if len(fields) < 3:
            sys.exit(f'{path}:{number}: expected zh TAB en TAB category [TAB check]')
        rows.append((number, fields[0], fields[1], fields[2]))
    # Which Chinese sides occur in docs.jsonl: one pass of grep -F (Aho-Corasick), then single checks for the rest.
    zhs = sorted({r[1] for r in rows})
    with tempfile.NamedTemporaryFile('w', encoding='utf-8', delete=False) as f:
        f.write('\n'.join(zhs) + '\n'); patterns = f.name
    out = subprocess.run(['grep', '-o', '-F', '-f', patterns, docs], capture_output=True, text=True).stdout
    found = set(out.split('\n'))
    for zh in zhs:
        if zh not in found and subprocess.run(['grep', '-q', '-F', '--', zh, docs]).returncode == 0:
            found.add(zh)
    os.unlink(patterns)
    english = '\n'.join(english)
    kept, missing, counts = [], [], {}
    for number, zh, en, category in rows:
        if category == 'foreign':
            alternatives = [alt for alt in en.split('|') if norm_en(alt) in english]
            for alt in en.split('|'):
                if alt not in alternatives:
                    missing.append(f'{path}:{number}: {alt} not in the English documents of docs.jsonl')
            if drop:
                if not alternatives:
                    continue
                en = '|'.join(alternatives)
            check = f'zh={"text" if zh in found else "hand"};en=text'
            counts['en=text'] = counts.get('en=text', 0) + 1
            kept.append('\t'.join((zh, en, category, check)))
            continue
        if zh not in found:
            missing.append(f'{path}:{number}: {zh} not in docs.jsonl')
            if drop:
                continue
            check = 'zh=missing'
        else:
            zcheck = 'title' if zh in titles or any(t.endswith(zh) for t in ()) else 'text'
            sides = [s for s in aligned.values() if zh in s['zh']]
            if not sides:
                echeck = 'hand'
            elif any(norm_en(alt) in s['en'] for alt in en.split('|') for s in sides):
                echeck = 'parallel'
            else:
                echeck = 'unconfirmed'
            check = f'zh={zcheck};en={echeck}'
        counts[check.split(';')[-1]] = counts.get(check.split(';')[-1], 0) + 1
        kept.append('\t'.join((zh, en, category, check)))
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(header + kept) + '\n')
    for m in missing:
        print(m, file=sys.stderr)
    print(f'{len(rows)} entries, {len(missing)} Chinese sides missing ({"dropped" if drop else "marked"}); ' + ', '.join(f'{k}: {v}' for k, v in sorted(counts.items())))

if __name__ == '__main__':
    main()
