#!/usr/bin/env python3
"""Sums a Lucene 4.x index's bytes by file kind (extension), reading the entries inside .cfs compound files."""
import os, struct, sys, collections

def vint(b, i):
    v = s = 0
    while True:
        x = b[i]; i += 1
        v |= (x & 0x7F) << s; s += 7
        if x < 0x80: return v, i

def string(b, i):
    n, i = vint(b, i)
    return b[i:i + n].decode('utf-8'), i + n

def cfe_entries(path):
    b = open(path, 'rb').read()
    assert struct.unpack('>i', b[:4])[0] == 0x3FD76C17
    _, i = string(b, 4)
    i += 4
    n, i = vint(b, i)
    for _ in range(n):
        name, i = string(b, i)
        offset, length = struct.unpack('>qq', b[i:i + 16]); i += 16
        yield name, length

def kinds(folder):
    sums = collections.Counter()
    for f in os.listdir(folder):
        p = os.path.join(folder, f)
        if not os.path.isfile(p): continue
        ext = f.rsplit('.', 1)[-1] if '.' in f else f
        if ext == 'cfs': continue
        if ext == 'cfe':
            for name, length in cfe_entries(p):
                sums[name.rsplit('.', 1)[-1]] += length
            continue
        if f.startswith('segments') or f == 'write.lock': ext = 'segments'
        sums[ext] += os.path.getsize(p)
    return sums

folders = sys.argv[1:]
tables = [kinds(f) for f in folders]
keys = sorted(set().union(*tables), key=lambda k: -max(t[k] for t in tables))
print('| kind | ' + ' | '.join(os.path.basename(f.rstrip('/')) for f in folders) + ' |')
print('|---|' + '---:|' * len(folders))
for k in keys:
    print(f'| .{k} | ' + ' | '.join(f'{t[k] / 1e6:.1f}' for t in tables) + ' |')
print('| total | ' + ' | '.join(f'{sum(t.values()) / 1e6:.1f}' for t in tables) + ' |')
