#!/usr/bin/env bash
# Regenerates the format fixtures in this folder from sources/ with real tools (see README.md here for provenance).
# Needs: pandoc, LibreOffice (soffice), poppler-utils (pdftoppm), qpdf, iconv. On Debian:
#   apt-get install -y pandoc libreoffice-writer-nogui poppler-utils qpdf
set -euo pipefail
cd "$(dirname "$0")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# pandoc writes this time into a DOCX's core properties (dcterms:created), so the fixtures are reproducible.
docx() { SOURCE_DATE_EPOCH="$(date -u -d "$2" +%s)" pandoc "sources/$1.md" -o "$1.docx"; }
pdf() { soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" "$1" >/dev/null; cp "$work/$(basename "${1%.*}").pdf" "$2"; }

docx law-zh 2021-06-10
docx report-hant 2023-03-05
docx report-en 2024-03-05
pdf law-zh.docx law-zh.pdf
pdf report-hant.docx report-hant.pdf
cp report-en.docx "$work/report-en.docx"
pdf "$work/report-en.docx" report-en.pdf
rm report-en.docx

# A scanned document: the first page of the law as a picture, in a PDF with no text layer.
pdftoppm -r 60 -png -f 1 -l 1 -singlefile law-zh.pdf "$work/page"
printf '![](%s)\n' "$work/page.png" > "$work/scanned.md"
pandoc "$work/scanned.md" -o "$work/scanned.docx"
pdf "$work/scanned.docx" scanned.pdf

# A password-protected PDF (the password is "secret"). LibreOffice 7.4 does not write password-protected DOCX.
qpdf --encrypt secret secret 256 -- report-en.pdf encrypted.pdf

# Three one-page PDFs joined into one of three pages, for the page limit and for reading in runs of pages.
qpdf --deterministic-id --empty --pages law-zh.pdf report-hant.pdf report-en.pdf -- three-pages.pdf

# Web pages as government sites publish them: gov-notice.html (UTF-8, written by hand in the shape of a city
# government's notice page) again in GBK declared in <meta>, and a Big5 page declared in <meta>.
sed 's/<meta charset="utf-8">/<meta charset="gbk">/' gov-notice.html | iconv -f UTF-8 -t GBK > gov-notice-gbk.html
iconv -f UTF-8 -t BIG5 sources/notice-hant.html > notice-hant.html

# Plain text in legacy encodings, with nothing declaring them.
iconv -f UTF-8 -t GBK sources/plain-zh.txt > plain-gbk.txt
iconv -f UTF-8 -t BIG5 sources/plain-hant.txt > plain-big5.txt

ls -l
