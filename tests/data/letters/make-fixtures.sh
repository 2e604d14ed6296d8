#!/bin/sh
# make-fixtures.sh — makes the PDFs and scans of the letter fixtures from their .txt.
#
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each NN-slug.txt is a letter as typed; NN-slug.expected lists the fields it shows.
# This script writes, next to them:
#   NN-slug.pdf        born-digital, every letter: letterhead centred and bold over a
#                      double rule, date right-aligned, header as a table, body justified
#                      (drawn with pango/cairo by render-letter.c, compiled here)
#   NN-slug.scan.jpg   200 dpi greyscale scans, slightly skewed, with noise
#   NN-slug.scan.png
#   NN-slug.scan.tif   a two-page bilevel (fax-like) multi-page TIFF
#   NN-slug.scan.pdf   a scan wrapped in a PDF with no text layer
#
# Needs: cc, pkg-config with pangocairo (libgtk-4-dev brings it), /usr/bin/python3,
# pdftoppm (poppler-utils), convert (imagemagick); fonts-liberation2. Nothing else.
# Rerun after editing a .txt (from anywhere):
#   sh tests/data/letters/make-fixtures.sh
# and commit the changed files. The noise is seeded, so a rerun on the same
# tools gives the same pictures.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in cc pkg-config pdftoppm convert; do
  command -v "$tool" >/dev/null || { echo "make-fixtures: $tool is missing" >&2; exit 1; }
done

cc -O1 -o "$work/render-letter" "$here/render-letter.c" \
  $(pkg-config --cflags --libs pangocairo cairo-pdf)

# ---------------------------------------------------------------- layout
# Turns a typed letter into render-letter's commands: the first block is the
# letterhead, a block with labels (Nomor, Sifat, …) becomes a table (two
# columns when the typist put "Kepada Yth." beside it), a block indented to
# the right is the date or the signature, long lines are paragraphs.
cat > "$work/layout.py" <<'PY'
import re, sys
from xml.sax.saxutils import escape

LABEL = re.compile(r'^(Nomor|No\.|Sifat|Lampiran|Lamp\.|Hal|Perihal|Tanggal)\s*:\s*', re.I)
ADDRESS = re.compile(r'^(Jalan|Jl\.|Jln|Telepon|Telp|Pos-el|Laman|Sekretariat:|Alamat|Email|'
                     r'E-mail|Website|Faks)', re.I)
WIDTH = 165     # mm between the margins

def indent(s):
    return len(s) - len(s.lstrip(' '))

def blocks(lines):
    cur = []
    for l in lines:
        if l.strip() == '\f':
            if cur:
                yield cur
            yield ['\f']
            cur = []
        elif l.strip():
            cur.append(l.rstrip())
        elif cur:
            yield cur
            cur = []
    if cur:
        yield cur

def cell(align, x, w, text, first_indent=0, markup=False):
    return 'CELL %s %g %g %g %s' % (align, x, w, first_indent, text if markup else escape(text))

def right_split(line):
    """Column where a second column starts after a label's value, or None."""
    m = LABEL.match(line)
    base = m.end() if m else 0
    gap = re.search(r'\S( {3,})\S', line[base:])
    return base + gap.end(1) if gap else None

def header_table(block, space, out):
    cols = [c for c in (right_split(l) for l in block if LABEL.match(l)) if c]
    split = min(cols) if cols else None
    rows = []
    for l in block:
        left, right = (l[:split].rstrip(), l[split:].strip()) if split else (l.rstrip(), '')
        if split and indent(l) >= split - 6:
            left, right = '', l.strip()
        m = LABEL.match(left)
        if m:
            rows.append([left[:m.end()].split(':')[0].strip(), ':', left[m.end():].strip(), right])
        elif left.strip() and rows and not split:
            rows[-1][2] += ' ' + left.strip()     # the PDF wraps the value anew
        else:
            rows.append(['', '', left.strip(), right])
    for i, (label, colon, value, right) in enumerate(rows):
        out.append('ROW %d' % (space if i == 0 else 0))
        out.append(cell('L', 0, 24, label))
        out.append(cell('L', 24, 4, colon))
        out.append(cell('L', 28, 62 if split else 137, value))
        if split and right:
            out.append(cell('L', 92, 73, right))

def letterhead(block, out):
    for l in block:
        if ADDRESS.match(l.strip()):
            text = '<span size="9.5pt">%s</span>' % escape(l.strip())
        else:
            text = '<span size="14pt" weight="bold">%s</span>' % escape(l.strip())
        out += ['ROW 0', cell('C', 0, WIDTH, text, markup=True)]
    out.append('RULE')

def layout(text):
    out = []
    bl = list(blocks(text.replace('\f', '\n\f\n').split('\n')))
    if indent(bl[0][0]) < 30:          # a letter typed without a letterhead starts with its date
        letterhead(bl.pop(0), out)
    after_page = False
    for b in bl:
        space = 0 if after_page else 12
        after_page = False
        if b == ['\f']:
            out.append('PAGE')
            after_page = True
            continue
        if any(LABEL.match(l) for l in b):
            header_table(b, space, out)
        elif len(b) == 1 and indent(b[0]) >= 30 and re.search(r'\d{4}', b[0]):
            out += ['ROW %d' % space, cell('R', 0, WIDTH, b[0].strip())]
        elif all(indent(l) >= 30 for l in b):
            for i, l in enumerate(b):
                out += ['ROW %d' % (space if i == 0 else 0), cell('L', 95, 70, l.strip())]
        elif any(re.search(r'\S {10,}\S', l.strip()) for l in b):
            for i, l in enumerate(b):
                parts = re.split(r' {10,}', l.strip())
                out.append('ROW %d' % (space if i == 0 else 0))
                w = WIDTH / len(parts)
                out += [cell('C', w * k, w, p) for k, p in enumerate(parts)]
        elif all(4 <= indent(l) <= 20 and ':' in l for l in b if indent(l) < 16):
            rows = []
            for l in b:
                if ':' in l and indent(l) < 16:
                    k, v = l.strip().split(':', 1)
                    rows.append([k.strip(), v.strip()])
                else:
                    rows[-1][1] += ' ' + l.strip()
            for i, (k, v) in enumerate(rows):
                out += ['ROW %d' % (space if i == 0 else 0), cell('L', 10, 32, k),
                        cell('L', 42, 4, ':'), cell('L', 46, 119, v)]
        elif len(b[0]) >= 60:
            para = ' '.join(l.strip() for l in b)
            out += ['ROW %d' % space, cell('J', 0, WIDTH, para, 12.5 if indent(b[0]) else 0)]
        else:
            for i, l in enumerate(b):
                x = 8 if indent(l) >= 4 else 0
                out += ['ROW %d' % (space if i == 0 else 0), cell('L', x, WIDTH - x, l.strip())]
    return '\n'.join(out) + '\n'

sys.stdout.write(layout(sys.stdin.read().expandtabs(8)))
PY

# ------------------------------------------------- a JPEG wrapped in a PDF
# What a scanner's "scan to PDF" writes: one page per picture, no text layer.
cat > "$work/jpeg2pdf.py" <<'PY'
import struct, sys

def jpeg_size(data):
    i = 2
    while i < len(data):
        marker, length = data[i + 1], struct.unpack('>H', data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack('>HH', data[i + 5:i + 9])
            return w, h, data[i + 9]
        i += 2 + length
    raise SystemExit('jpeg2pdf: no frame header')

out, pages = sys.argv[1], sys.argv[2:]
objects = []
kids = []
for n, path in enumerate(pages):
    data = open(path, 'rb').read()
    w, h, comps = jpeg_size(data)
    pw, ph = w * 72 / 200, h * 72 / 200          # scanned at 200 dpi
    img, content, page = 3 + 3 * n, 4 + 3 * n, 5 + 3 * n
    space = '/DeviceGray' if comps == 1 else '/DeviceRGB'
    objects.append((img, b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s '
                    b'/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n'
                    % (w, h, space.encode(), len(data)) + data + b'\nendstream'))
    draw = b'q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q' % (pw, ph)
    objects.append((content, b'<< /Length %d >>\nstream\n' % len(draw) + draw + b'\nendstream'))
    objects.append((page, b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] '
                    b'/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>'
                    % (pw, ph, img, content)))
    kids.append(page)
objects.insert(0, (2, b'<< /Type /Pages /Kids [%s] /Count %d >>'
                   % (b' '.join(b'%d 0 R' % k for k in kids), len(kids))))
objects.insert(0, (1, b'<< /Type /Catalog /Pages 2 0 R >>'))
objects.sort()
pdf = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
offsets = []
for num, body in objects:
    offsets.append(len(pdf))
    pdf += b'%d 0 obj\n' % num + body + b'\nendobj\n'
xref = len(pdf)
pdf += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
pdf += b''.join(b'%010d 00000 n \n' % o for o in offsets)
pdf += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
open(out, 'wb').write(pdf)
PY

# ------------------------------------------------------------- every letter
for txt in "$here"/[0-9][0-9]-*.txt; do
  stem=${txt%.txt}
  /usr/bin/python3 "$work/layout.py" < "$txt" | "$work/render-letter" "$stem.pdf"
done

# A page as a scanner gives it: grey, a little turned, uneven, speckled.
# scan STEM SKEW SEED → $work/STEM-N.pgm for each page
scan () {
  name=$(basename "$1")
  pdftoppm -r 200 -gray "$1.pdf" "$work/$name-raw"
  for page in "$work/$name"-raw-*.pgm; do
    n=${page##*-}
    convert "$page" -seed "$3" -background white -rotate "$2" \
      -gravity center -extent 1654x2339 \
      -blur 0x0.6 -attenuate 0.25 +noise Gaussian -level 8%,92% \
      "$work/$name-${n%.pgm}.pgm"
  done
}

# JPEG and PNG scans of eight letters: stem, skew in degrees, noise seed.
for spec in "01-dinsos-fasilitasi-pergub 0.8 11" "02-bkd-data-pegawai -1.2 12" \
            "04-fkub-undangan-dialog 1.5 13" "07-pontianak-konsultasi-numerik -0.6 14" \
            "09-dinkes-undangan-rakor 1.9 15" "11-bupati-ketapang-kehadiran -1.7 16" \
            "14-rsud-no-lamp 0.5 17" "19-knpi-audiensi-tanggal-bawah -0.9 18"; do
  set -- $spec
  scan "$here/$1" "$2" "$3"
  case "$1" in
    0[12]-*|09-*)
      convert "$work/$1-1.pgm" -depth 8 -posterize 8 -define png:compression-level=9 \
        "$here/$1.scan.png" ;;
    *)
      convert "$work/$1-1.pgm" -quality 45 -sampling-factor 2x2 "$here/$1.scan.jpg" ;;
  esac
done

# A two-page letter as a bilevel multi-page TIFF (the office scanner's "TIFF, B/W").
scan "$here/21-disdikbud-dua-halaman" 1.1 21
convert "$work"/21-disdikbud-dua-halaman-[0-9]*.pgm -threshold 55% -compress Group4 \
  -density 200 -units PixelsPerInch "$here/21-disdikbud-dua-halaman.scan.tif"

# Two scans wrapped in PDFs without a text layer.
for spec in "03-sambas-dinsos-perihal -1.4 31" "16-landak-amat-segera 0.7 32"; do
  set -- $spec
  scan "$here/$1" "$2" "$3"
  convert "$work/$1-1.pgm" -quality 45 "$work/$1.jpg"
  /usr/bin/python3 "$work/jpeg2pdf.py" "$here/$1.scan.pdf" "$work/$1.jpg"
done

ls -l "$here"/*.pdf "$here"/*.scan.* | awk '{ total += $5 } END { print "made", NR, "files,", total, "bytes" }'
