#!/usr/bin/env bash
# Regenerates the published-document corpus from pages/*.html (our own fixture policies):
#   pdf/<page>.chromium.pdf     Chromium "print to PDF" (Skia)
#   pdf/<page>.libreoffice.pdf  LibreOffice Writer, opening the HTML page as a text document
#   docx/<page>.docx            a Word file saved by LibreOffice from the page
#   pdf/<page>.word.pdf         that Word file printed to PDF by LibreOffice Writer
#   scan/<page>.png             page 1 of the Chromium PDF as a grey 200 dpi image (a scan)
#   scan/<page>.scan.pdf        every page of it as images only: a scanned PDF with no text layer
# Needs chromium, libreoffice-writer (soffice), poppler-utils and a Khmer font (fonts-khmeros).
# The tests read the committed files and never run this script.
set -euo pipefail
cd "$(dirname "$0")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p pdf docx scan
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-background-networking
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile"
  --no-pdf-header-footer)
office=(soffice --headless -env:UserInstallation=file://"$work"/lo)
for page in pages/*.html; do
  name="$(basename "$page" .html)"
  "${chrome[@]}" --print-to-pdf="$PWD/pdf/$name.chromium.pdf" "file://$PWD/$page" 2>/dev/null
  "${office[@]}" --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$work/lo-html" "$page" >/dev/null
  mv "$work/lo-html/$name.pdf" "pdf/$name.libreoffice.pdf"
  "${office[@]}" --convert-to 'docx:MS Word 2007 XML' --outdir docx "$page" >/dev/null
  "${office[@]}" --convert-to pdf:writer_pdf_Export --outdir "$work/lo-docx" "docx/$name.docx" >/dev/null
  mv "$work/lo-docx/$name.pdf" "pdf/$name.word.pdf"
  # A scan: rasterise, then wrap the images in a PDF with no text (Chromium prints an <img> page).
  pdftoppm -r 200 -gray -png "pdf/$name.chromium.pdf" "$work/$name"
  cp "$(ls "$work/$name"-*.png | head -n 1)" "scan/$name.png"
  {
    echo '<!DOCTYPE html><html><head><style>@page{size:A4;margin:0}body{margin:0}'
    echo 'img{width:210mm;display:block;page-break-after:always}</style></head><body>'
    for png in "$work/$name"-*.png; do echo "<img src=\"file://$png\">"; done
    echo '</body></html>'
  } > "$work/$name-scan.html"
  "${chrome[@]}" --print-to-pdf="$PWD/scan/$name.scan.pdf" "file://$work/$name-scan.html" 2>/dev/null
done
ls -l pdf docx scan
