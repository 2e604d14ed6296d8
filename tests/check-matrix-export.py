#!/usr/bin/python3
# check-matrix-export.py
#
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read an exported Standar Pelayanan matrix back as another program would.

    check-matrix-export.py WORKBOOK.xlsx EXPECTED.json

EXPECTED holds what the test put in:
    {"title": …, "creator": …,
     "components": {"A": [6 names], "B": [8 names]},
     "sheets": [{"name": …, "service": …, "unit": …, "A": [6 texts], "B": [8 texts]}, …],
     "maklumat": null | {"sheet": …, "text": …, "place_date": …, "signatory": [lines]}}

Prints every difference and exits 1 when there is one, 0 when the workbook holds exactly
what was expected in the official layout and page setup.
"""

import json
import re
import sys

import openpyxl

from xlsx_check_util import expect, expect_equal, report

TITLE = 'STANDAR PELAYANAN'
HEADING_A = ('A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN '
             '(SERVICE DELIVERY)')
HEADING_B = ('B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN '
             'DI INTERNAL ORGANISASI (MANUFACTURING)')
MAKLUMAT_TITLE = 'MAKLUMAT PELAYANAN'

def merged(ws, ref):
    return any(str(r) == ref for r in ws.merged_cells.ranges)


def check_page_setup(ws):
    where = 'sheet %r' % ws.title
    expect_equal(ws.page_setup.paperSize, 9, where + ' paper size (9 = A4)')
    expect_equal(ws.page_setup.orientation, 'portrait', where + ' orientation')
    # ECMA-376 defaults fitToWidth to 1; writers may leave the attribute out.
    expect_equal(1 if ws.page_setup.fitToWidth is None else ws.page_setup.fitToWidth, 1,
                 where + ' fit to pages wide')
    expect_equal(ws.page_setup.fitToHeight, 0, where + ' fit to pages tall (0 = any)')
    expect(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage,
           where + ': fit to page is not switched on')
    margins = ws.page_margins
    for side in ('left', 'right', 'top', 'bottom'):
        value = getattr(margins, side)
        expect(0.3 <= value <= 1.2, '%s: %s margin %r in is not sensible' % (where, side, value))


def find_row(ws, text):
    for row in range(1, ws.max_row + 1):
        if ws.cell(row, 1).value == text:
            return row
    return None


def check_table(ws, heading, names, texts):
    where = 'sheet %r' % ws.title
    row = find_row(ws, heading)
    if not expect(row is not None, '%s: heading %r not found in column A' % (where, heading)):
        return None
    expect(merged(ws, 'A%d:C%d' % (row, row)), '%s: heading in row %d is not merged over A:C'
           % (where, row))
    expect(ws.cell(row, 1).font.b, '%s: heading in row %d is not bold' % (where, row))
    expect(ws.cell(row, 1).alignment.wrap_text, '%s: heading in row %d does not wrap' % (where, row))

    header = row + 1
    expect_equal([ws.cell(header, c).value for c in (1, 2, 3)], ['No', 'Komponen', 'Uraian'],
                 '%s row %d (table header)' % (where, header))
    for c in (1, 2, 3):
        cell = ws.cell(header, c)
        expect(cell.font.b, '%s: header cell %s is not bold' % (where, cell.coordinate))
        expect(cell.border.top.style == 'thin' and cell.border.bottom.style == 'thin',
               '%s: header cell %s has no border' % (where, cell.coordinate))

    r = header + 1
    for i, (name, text) in enumerate(zip(names, texts)):
        # A long Uraian continues in the rows below, beside one merged No and Komponen.
        last = r
        for span in ws.merged_cells.ranges:
            if span.min_row == r and span.min_col == 1 and span.max_col == 1:
                last = span.max_row
                expect(merged(ws, 'B%d:B%d' % (r, last)),
                       '%s: Komponen is not merged beside A%d:A%d' % (where, r, last))
        expect_equal(ws.cell(r, 1).value, i + 1, '%s A%d (number)' % (where, r))
        expect_equal(ws.cell(r, 2).value, name, '%s B%d (component)' % (where, r))
        uraian = '\n'.join(str(ws.cell(row, 3).value) for row in range(r, last + 1))
        expect_equal(uraian, text, '%s C%d:C%d (uraian of %s)' % (where, r, last, name))
        for c in (1, 2, 3):
            cell = ws.cell(r, c)
            expect(cell.alignment.vertical == 'top',
                   '%s: %s is not aligned to the top' % (where, cell.coordinate))
            expect(cell.border.left.style == 'thin' and cell.border.right.style == 'thin'
                   and cell.border.top.style == 'thin',
                   '%s: %s has no border' % (where, cell.coordinate))
            bottom = ws.cell(last, c)
            expect(bottom.border.bottom.style == 'thin',
                   '%s: %s has no border below' % (where, bottom.coordinate))
        for c in (2, 3):
            cell = ws.cell(r, c)
            expect(cell.alignment.wrap_text, '%s: %s does not wrap' % (where, cell.coordinate))
        for row in range(r, last + 1):
            height = ws.row_dimensions[row].height
            expect(height is not None and 14 <= height <= 409,
                   '%s: row %d is %r pt high' % (where, row, height))
        r = last + 1
    return header


NUMBERED_RE = re.compile(r'^(\d+)\. ')


def check_numbering(text, where):
    """Top-level items are numbered 1., 2., 3. … at the start of their lines, without gaps."""
    numbers = [int(m.group(1)) for m in map(NUMBERED_RE.match, text.split('\n')) if m]
    if numbers:
        expect_equal(numbers, list(range(1, len(numbers) + 1)), where + ' numbered lines')


def check_service(ws, sheet, components):
    where = 'sheet %r' % ws.title
    expect_equal(ws['A1'].value, TITLE, where + ' A1')
    expect(ws['A1'].font.b, where + ': the title is not bold')
    expect_equal(ws['A2'].value, sheet['service'], where + ' A2 (service)')
    expect_equal(ws['A3'].value, sheet['unit'], where + ' A3 (unit)')
    for ref in ('A1:C1', 'A2:C2', 'A3:C3'):
        expect(merged(ws, ref), '%s: %s is not merged' % (where, ref))

    widths = [ws.column_dimensions[c].width for c in 'ABC']
    for col, width, want in zip('ABC', widths, (5, 28, 70)):
        expect(width is not None and abs(width - want) <= 1.5,
               '%s: column %s is %r wide, expected about %d' % (where, col, width, want))

    header_a = check_table(ws, HEADING_A, components['A'], sheet['A'])
    header_b = check_table(ws, HEADING_B, components['B'], sheet['B'])
    if header_a is not None and header_b is not None:
        expect(header_b > header_a + 7, '%s: table B does not follow table A' % where)
        expect_equal((ws.print_title_rows or '').replace('$', ''), '%d:%d' % (header_a, header_a),
                     where + ' rows repeated on every printed page')
    for text in sheet['A'] + sheet['B']:
        check_numbering(text, where)
    check_page_setup(ws)


def check_maklumat(ws, maklumat):
    where = 'sheet %r' % ws.title
    expect_equal(ws['A1'].value, MAKLUMAT_TITLE, where + ' A1')
    expect(ws['A1'].font.b, where + ': the title is not bold')
    values = [ws.cell(r, c).value for r in range(1, ws.max_row + 1) for c in (1, 2)]
    values = [v for v in values if v is not None]
    expect(maklumat['text'] in values, '%s: the maklumat text is missing' % where)
    expected_tail = [maklumat['place_date']] + maklumat['signatory']
    expect_equal(values[-len(expected_tail):], expected_tail, where + ' place, date and signatory')
    check_page_setup(ws)


def main():
    workbook_path, expected_path = sys.argv[1:3]
    with open(expected_path, encoding='utf-8') as f:
        expected = json.load(f)

    wb = openpyxl.load_workbook(workbook_path)
    expect_equal(wb.properties.title, expected['title'], 'workbook title')
    expect_equal(wb.properties.creator, expected['creator'], 'workbook author')
    expect(wb.properties.created is not None, 'workbook has no creation date')

    names = [s['name'] for s in expected['sheets']]
    if expected.get('maklumat'):
        names.append(expected['maklumat']['sheet'])
    expect_equal(wb.sheetnames, names, 'sheet names')
    for name in wb.sheetnames:
        expect(len(name) <= 31 and not any(c in name for c in '[]:*?/\\'),
               'sheet name %r is not one Excel accepts' % name)

    for sheet in expected['sheets']:
        if sheet['name'] in wb.sheetnames:
            check_service(wb[sheet['name']], sheet, expected['components'])
    maklumat = expected.get('maklumat')
    if maklumat and maklumat['sheet'] in wb.sheetnames:
        check_maklumat(wb[maklumat['sheet']], maklumat)

    return report('%s: %d sheets checked' % (workbook_path, len(wb.sheetnames)))


if __name__ == '__main__':
    sys.exit(main())
