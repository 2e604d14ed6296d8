#!/usr/bin/python3
# check-agenda-export.py
#
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read an exported Agenda Surat Masuk back as its users' programs would.

    check-agenda-export.py WORKBOOK.xlsx EXPECTED.json [--soffice SOFFICE]

EXPECTED holds what the test put in:
    {"sheet": …, "author": …, "title": [lines above the table], "headings": [15 names],
     "rows": [{"values": [15 typed values: numbers, "YYYY-MM-DD HH:MM" for dates, strings,
                          null for an empty cell],
               "shown": {column letter: the text a spreadsheet shows, where it differs}}]}

openpyxl checks the cells, their types and formats, and the sheet's setup (frozen headings,
autofilter, A4 landscape one page wide, headings on every printed page, footer, widths).
With --soffice, LibreOffice opens the file headless (no repair) and its CSV, as shown, must
hold the same text with dates in Indonesian; its PDF must be A4 landscape.

Prints every difference and exits 1 when there is one.
"""

import csv
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.utils import get_column_letter

from xlsx_check_util import (INDONESIAN_MONTHS, expect, expect_equal, read_args, report,
                             soffice_convert)

DATE_COLUMNS = {'Tanggal Terima', 'Tanggal Surat', 'Batas Waktu'}
WRAPPED_COLUMNS = {'Pengirim', 'Hal', 'Keterangan', 'Diteruskan Kepada', 'Layanan'}
ENGLISH_ONLY_MONTHS = ['January', 'February', 'March', 'May', 'June', 'July', 'August',
                       'October', 'December']

DATE_VALUE_RE = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d$')

def header_row(ws, headings):
    for row in range(1, min(ws.max_row, 20) + 1):
        if [ws.cell(row, c).value for c in range(1, len(headings) + 1)] == headings:
            return row
    return None


def check_title(ws, expected, n_columns):
    for i, line in enumerate(expected['title']):
        row = i + 1
        expect_equal(ws.cell(row, 1).value, line, 'title line A%d' % row)
        expect(any(str(r) == 'A%d:%s%d' % (row, get_column_letter(n_columns), row)
                   for r in ws.merged_cells.ranges),
               'title line %d is not centred over the table' % row)
    expect(ws['A1'].font.b, 'the title is not bold')


def check_setup(ws, header, n_rows, n_columns):
    last_col = get_column_letter(n_columns)
    expect_equal(ws.freeze_panes, 'A%d' % (header + 1), 'frozen pane (below the headings)')
    expect_equal(ws.auto_filter.ref, 'A%d:%s%d' % (header, last_col, header + n_rows),
                 'autofilter range')
    expect_equal((ws.print_title_rows or '').replace('$', ''), '%d:%d' % (header, header),
                 'rows repeated on every printed page')
    expect_equal(ws.page_setup.paperSize, 9, 'paper size (9 = A4)')
    expect_equal(ws.page_setup.orientation, 'landscape', 'orientation')
    # ECMA-376 defaults fitToWidth to 1; writers may leave the attribute out.
    expect_equal(1 if ws.page_setup.fitToWidth is None else ws.page_setup.fitToWidth, 1,
                 'fit to pages wide')
    expect_equal(ws.page_setup.fitToHeight, 0, 'fit to pages tall (0 = as many as needed)')
    setup = ws.sheet_properties.pageSetUpPr
    expect(setup is not None and setup.fitToPage, 'fit to page is not switched on')
    footer = ''.join(part.text or '' for part in
                     (ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right))
    expect('&P' in footer, 'the footer has no page number: %r' % footer)

    for c in range(1, n_columns + 1):
        letter = get_column_letter(c)
        heading = ws.cell(header, c).value
        width = ws.column_dimensions[letter].width
        cell = ws.cell(header, c)
        expect(cell.font.b, 'heading %s is not bold' % letter)
        expect(cell.border.bottom.style == 'thin', 'heading %s has no border' % letter)
        if not expect(width is not None and 8 <= width <= 45,
                      'column %s (%s) is %r wide' % (letter, heading, width)):
            continue
        if heading == 'Hal':
            expect(width >= 30, 'column Hal is only %r wide' % width)
        if heading in ('Tanggal Terima', 'Batas Waktu'):
            # "30 September 2026 14:30" must fit, or the cell shows ###.
            expect(width >= 20, 'column %s is only %r wide for a date and time' % (heading, width))


def as_text(value):
    if isinstance(value, datetime.datetime):
        return value.strftime('%Y-%m-%d %H:%M')
    return value


def check_rows(ws, expected, header):
    headings = expected['headings']
    for i, row in enumerate(expected['rows']):
        r = header + 1 + i
        lines = 1
        for c, want in enumerate(row['values'], start=1):
            cell = ws.cell(r, c)
            where = '%s (%s)' % (cell.coordinate, headings[c - 1])
            heading = headings[c - 1]
            expect_equal(as_text(cell.value), want, where)
            expect(cell.border.left.style == 'thin' and cell.border.bottom.style == 'thin',
                   '%s has no border' % where)
            expect(cell.alignment.vertical == 'top', '%s is not aligned to the top' % where)
            # Dates Excel cannot count (before March 1900) stay text.
            if heading in DATE_COLUMNS and want is not None and DATE_VALUE_RE.match(want):
                expect(cell.is_date, '%s is not a date cell' % where)
                fmt = cell.number_format
                expect('[$-421]' in fmt and 'mmmm' in fmt,
                       '%s: number format %r does not name the month in Indonesian' % (where, fmt))
                if heading != 'Tanggal Surat':
                    expect('hh:mm' in fmt, '%s: number format %r has no time' % (where, fmt))
            if heading == 'No. Agenda':
                expect(isinstance(cell.value, int), '%s is not a number' % where)
            if heading in WRAPPED_COLUMNS:
                expect(cell.alignment.wrap_text, '%s does not wrap' % where)
            if isinstance(want, str) and heading not in DATE_COLUMNS:
                width = ws.column_dimensions[cell.column_letter].width or 8
                longest = max(len(line) for line in want.split('\n'))
                # At least this many lines, however narrow the font.
                lines = max(lines, want.count('\n') + 1, int(longest / (width * 1.6)) + 1)
        # No height is the default, 15 pt: one line of the default font.
        height = ws.row_dimensions[r].height or 15
        # Excel's rows end at 409 pt.
        expect(height >= min(14 * lines, 409),
               'row %d is %r pt high for %d lines of text' % (r, height, lines))
    expect_equal(ws.max_row, header + len(expected['rows']), 'last row')


def lo_convert(soffice, workbook, outdir, target):
    result = soffice_convert(soffice, workbook, outdir, target)
    expect(result.returncode == 0, 'soffice --convert-to %s failed: %s %s'
           % (target, result.stdout, result.stderr))
    base = os.path.splitext(os.path.basename(workbook))[0]
    extension = target.split(':')[0]
    path = os.path.join(outdir, base + '.' + extension)
    expect(os.path.exists(path), 'LibreOffice wrote no %s file: %s' % (extension, result.stdout))
    return path if os.path.exists(path) else None


def check_printed_text(pdf_path, expected):
    """Every printed page has the headings and no cell too narrow for its date (###)."""
    pdftotext = shutil.which('pdftotext')
    if pdftotext is None:
        return
    result = subprocess.run([pdftotext, '-layout', pdf_path, '-'], capture_output=True,
                            text=True)
    if not expect(result.returncode == 0, 'pdftotext failed: %s' % result.stderr):
        return
    pages = [page for page in result.stdout.split('\f') if page.strip()]
    for number, page in enumerate(pages, start=1):
        expect('###' not in page, 'printed page %d shows ### for a cell too narrow' % number)
        for heading in ('No. Agenda', 'Tanggal Terima', 'Keterangan'):
            expect(heading in page, 'printed page %d has no heading %r' % (number, heading))
    expect(pages and expected['title'][0] in pages[0], 'the first printed page has no title')


def check_libreoffice(soffice, workbook, expected, header):
    outdir = tempfile.mkdtemp(prefix='agenda-lo-')
    try:
        csv_path = lo_convert(soffice, workbook, outdir,
                              'csv:Text - txt - csv (StarCalc):44,34,76,1')
        if csv_path is None:
            return
        with open(csv_path, encoding='utf-8', newline='') as f:
            table = list(csv.reader(f))
        for i, line in enumerate(expected['title']):
            expect_equal(table[i][0] if i < len(table) and table[i] else None, line,
                         'LibreOffice title line %d' % (i + 1))
        expect_equal(table[header - 1] if len(table) >= header else None, expected['headings'],
                     'LibreOffice headings')
        for i, row in enumerate(expected['rows']):
            r = header + i
            shown = table[r] if r < len(table) else []
            for c, value in enumerate(row['values']):
                letter = get_column_letter(c + 1)
                want = row['shown'].get(letter, '' if value is None else str(value))
                got = shown[c] if c < len(shown) else None
                expect_equal(got, want, 'LibreOffice %s%d' % (letter, r + 1))
                if expected['headings'][c] in DATE_COLUMNS and got and DATE_VALUE_RE.match(
                        str(value)):
                    expect(any(m in got for m in INDONESIAN_MONTHS)
                           and not any(m in got for m in ENGLISH_ONLY_MONTHS),
                           'LibreOffice shows %s%d as %r, not in Indonesian' % (letter, r + 1, got))
        expect_equal(len(table), header + len(expected['rows']), 'LibreOffice rows')

        pdf_path = lo_convert(soffice, workbook, outdir, 'pdf')
        if pdf_path is not None:
            with open(pdf_path, 'rb') as f:
                pdf = f.read()
            expect(pdf.startswith(b'%PDF-'), 'LibreOffice wrote no PDF')
            boxes = set(re.findall(rb'/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]', pdf))
            expect(boxes and all(abs(float(w) - 841.9) < 1 and abs(float(h) - 595.3) < 1
                                 for w, h in boxes),
                   'LibreOffice printed pages of %r pt, not A4 landscape' % boxes)
            check_printed_text(pdf_path, expected)
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


def main():
    workbook_path, expected, soffice = read_args(sys.argv)

    wb = openpyxl.load_workbook(workbook_path)
    expect_equal(wb.sheetnames, [expected['sheet']], 'sheet names')
    expect_equal(wb.properties.title, expected['sheet'], 'workbook title')
    expect_equal(wb.properties.creator, expected['author'], 'workbook author')
    ws = wb[wb.sheetnames[0]]
    n_columns = len(expected['headings'])

    header = header_row(ws, expected['headings'])
    if expect(header is not None, 'the headings %r are not in one row' % expected['headings']):
        expect_equal(header, len(expected['title']) + 2,
                     'headings row (after the title lines and a blank row)')
        check_title(ws, expected, n_columns)
        check_setup(ws, header, len(expected['rows']), n_columns)
        check_rows(ws, expected, header)
        if soffice:
            check_libreoffice(soffice, workbook_path, expected, header)

    return report('%s: %d rows checked%s' % (workbook_path, len(expected['rows']),
                                             ' with LibreOffice' if soffice else ''))


if __name__ == '__main__':
    sys.exit(main())
