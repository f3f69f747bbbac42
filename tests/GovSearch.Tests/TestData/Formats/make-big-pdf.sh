#!/usr/bin/env bash
# Builds a large PDF for measuring memory while indexing (see "Large PDF" in benchmarks/GovSearch.Benchmarks/README.md).
# Never commit its output. Usage: make-big-pdf.sh OUTPUT.pdf [COPIES]
#   One part: pandoc writes a DOCX of SECTIONS sections, each the Chinese law and the English report of sources/ with a
#   different picture of random noise (so it does not compress), and LibreOffice prints it to PDF (about 20 MB).
#   qpdf then joins COPIES copies of that part (default 10, about 200 MB); copies under different names are copied
#   whole, so the file grows with COPIES instead of sharing the pictures.
# Needs: pandoc, LibreOffice (soffice), python3, qpdf. On Debian:
#   apt-get install -y pandoc libreoffice-writer-nogui python3 qpdf
set -euo pipefail
out="$(realpath -m "$1")"
mkdir -p "$(dirname "$out")"
copies="${2:-10}"
sections="${SECTIONS:-17}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A 1200x1200 PNG of random noise (seeded by $1, so the file is the same each time), written with Python's zlib.
noise() {
  python3 - "$1" "$2" <<'PY'
import random, struct, sys, zlib
seed, path, side = int(sys.argv[1]), sys.argv[2], 1200
rows = random.Random(seed).randbytes(side * side * 3)
raw = b"".join(b"\0" + rows[y * side * 3:(y + 1) * side * 3] for y in range(side))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
with open(path, "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))
PY
}

{
  printf -- '---\ntitle: 大文件测试 Large file test\n---\n\n'
  for i in $(seq 1 "$sections"); do
    noise "$i" "$work/noise-$i.png"
    printf '# 第%s部分 Part %s\n\n' "$i" "$i"
    sed '1,/^---$/d;/^\[\^1\]/d;s/\[\^1\]//;s/^#/##/' "$here/sources/law-zh.md"
    printf '\n'
    sed '1,/^---$/d;s/^#/##/' "$here/sources/report-en.md"
    printf '\n![](%s)\n\n' "$work/noise-$i.png"
  done
} > "$work/part.md"
pandoc "$work/part.md" -o "$work/part.docx"
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" "$work/part.docx" >/dev/null

files=()
for c in $(seq 1 "$copies"); do
  cp "$work/part.pdf" "$work/copy-$c.pdf"
  files+=("$work/copy-$c.pdf" 1-z)
done
qpdf --empty --pages "${files[@]}" -- "$out"
ls -l "$out"
qpdf --show-npages "$out"
