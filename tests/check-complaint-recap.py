#!/usr/bin/python3
# check-complaint-recap.py
#
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read an exported Rekapitulasi Pengaduan back as its users' programs would.

    check-complaint-recap.py WORKBOOK.xlsx EXPECTED.json [--soffice SOFFICE]

EXPECTED holds what the test put in:
    {"author": …, "title": [lines above the recap], "list_title": [lines above the list, null
                                                                   for one not checked],
     "tables": {"Per Bulan": {"label": "Bulan", "partial": false,
                              "rows": [[label, Jumlah, Selesai, Tepat Waktu, Terlambat,
                                        Belum Selesai, Lewat Batas Waktu,
                                        % Tepat Waktu (fraction or null), Rata-rata (or null)]],
                              "total": [the same for the Jumlah line, or null]}, …},
     "headings": [the list's headings], "rows": [[typed values, "YYYY-MM-DD HH:MM" for dates],
                                                 or null for a line only counted]],
     "forbidden": [text that must appear nowhere in the file], "personal": true|false}

A table marked "partial" lists only its non-zero lines; every other line must be zero;
with "others": "any" the lines not listed are not checked; "n_lines", when given, is how
many lines the table has.
openpyxl checks the cached values, that percentages are numbers with a % format and totals
formulas, and the sheets' setup. The raw XML of every part of the file is searched for the
forbidden text. With --soffice, LibreOffice opens the file headless with a profile that
recalculates every formula, and its CSV of each sheet must show the same numbers.

Prints every difference and exits 1 when there is one.
"""

import csv
import datetime
import glob
import os
import shutil
import sys
import tempfile
import zipfile

import openpyxl

from xlsx_check_util import (INDONESIAN_MONTHS, expect, expect_equal, read_args, report,
                             soffice_convert)

RECAP_HEADINGS = ['Jumlah', 'Selesai', 'Tepat Waktu', 'Terlambat', 'Belum Selesai',
                  'Lewat Batas Waktu', '% Tepat Waktu', 'Rata-rata Penyelesaian (hari kerja)']
DASH = '\u2014'

def find_row(ws, column, text, start=1):
    for row in range(start, ws.max_row + 1):
        if ws.cell(row, column).value == text:
            return row
    return None


def read_tables(ws, expected):
    """{table title: (heading row, [(row number, label)], total row)} as the sheet has them."""
    found = {}
    for title, table in expected['tables'].items():
        start = find_row(ws, 1, title)
        if not expect(start is not None, 'Rekap has no table %r' % title):
            continue
        heading = start + 1
        expect_equal([ws.cell(heading, c).value for c in range(1, 10)],
                     [table['label']] + RECAP_HEADINGS, '%s headings' % title)
        total = find_row(ws, 1, 'Jumlah', heading + 1)
        if not expect(total is not None, '%s has no Jumlah line' % title):
            continue
        lines = [(r, ws.cell(r, 1).value) for r in range(heading + 1, total)]
        found[title] = (heading, lines, total)
    return found


def check_number_cells(ws, values, row, where):
    """Counts as whole numbers, the rate a fraction shown as %, the average in days."""
    for c, want in enumerate(values[:6], start=2):
        got = ws.cell(row, c).value
        expect(isinstance(got, int) or (isinstance(got, float) and got.is_integer()),
               '%s column %d is not a number: %r' % (where, c, got))
        expect_equal(got, want, '%s %s' % (where, RECAP_HEADINGS[c - 2]))
    rate = ws.cell(row, 8)
    if values[6] is None:
        expect_equal(rate.value, DASH, '%s %% Tepat Waktu' % where)
    else:
        expect(isinstance(rate.value, (int, float)) and abs(rate.value - values[6]) < 1e-9,
               '%s %% Tepat Waktu: expected %r, found %r' % (where, values[6], rate.value))
        expect('%' in rate.number_format,
               '%s %% Tepat Waktu has no percent format: %r' % (where, rate.number_format))
    average = ws.cell(row, 9).value
    if values[7] is None:
        expect_equal(average, DASH, '%s average' % where)
    else:
        expect(isinstance(average, (int, float)) and abs(average - values[7]) < 1e-9,
               '%s average: expected %r, found %r' % (where, values[7], average))


def check_recap(wb, formulas, expected):
    ws = wb['Rekap']
    fs = formulas['Rekap']
    for i, line in enumerate(expected['title']):
        expect_equal(ws.cell(i + 1, 1).value, line, 'Rekap title line %d' % (i + 1))
    expect(ws['A1'].font.b, 'the recap title is not bold')
    expect_equal(ws.page_setup.paperSize, 9, 'Rekap paper size (9 = A4)')
    expect_equal(ws.page_setup.orientation, 'landscape', 'Rekap orientation')

    tables = read_tables(ws, expected)
    for title, (heading, lines, total) in tables.items():
        table = expected['tables'][title]
        wanted = {row[0]: row[1:] for row in table['rows']}
        labels = [label for _, label in lines]
        if 'n_lines' in table:
            expect_equal(len(labels), table['n_lines'], '%s number of lines' % title)
        if table.get('partial'):
            expect(set(wanted) <= set(labels),
                   '%s lines %r lack some of %r' % (title, labels, list(wanted)))
        else:
            expect_equal(labels, [row[0] for row in table['rows']], '%s lines' % title)
        for r, label in lines:
            if label not in wanted and table.get('others') == 'any':
                continue
            values = wanted.get(label, [0, 0, 0, 0, 0, 0, None, None])
            check_number_cells(ws, values, r, '%s %s' % (title, label))
            expect(str(fs.cell(r, 8).value).startswith('=IF('),
                   '%s %s: %% Tepat Waktu is not a formula: %r' % (title, label,
                                                                   fs.cell(r, 8).value))
        if table['total'] is not None:
            check_number_cells(ws, table['total'], total, '%s Jumlah' % title)
        if lines:
            expect(str(fs.cell(total, 2).value).startswith('=SUM('),
                   '%s Jumlah is not a SUM: %r' % (title, fs.cell(total, 2).value))
    return tables


def as_text(value):
    if isinstance(value, datetime.datetime):
        return value.strftime('%Y-%m-%d %H:%M')
    return value


def check_list(wb, expected):
    ws = wb['Daftar Pengaduan']
    headings = expected['headings']
    for i, line in enumerate(expected['list_title']):
        if line is not None:
            expect_equal(ws.cell(i + 1, 1).value, line, 'list title line %d' % (i + 1))
    header = len(expected['list_title']) + 2
    found = [ws.cell(header, c).value for c in range(1, ws.max_column + 1)]
    expect_equal(found, headings, 'list headings')
    if not expected['personal']:
        expect('Pelapor' not in found and 'Kontak' not in found,
               'personal data columns without being asked: %r' % found)

    last_col = openpyxl.utils.get_column_letter(len(headings))
    expect_equal(ws.freeze_panes, 'A%d' % (header + 1), 'frozen pane (below the headings)')
    expect_equal(ws.auto_filter.ref,
                 'A%d:%s%d' % (header, last_col, header + max(len(expected['rows']), 0)),
                 'autofilter range')
    expect_equal(ws.page_setup.paperSize, 9, 'list paper size (9 = A4)')
    expect_equal(ws.page_setup.orientation, 'landscape', 'list orientation')
    for c in range(1, len(headings) + 1):
        width = ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width
        expect(width is not None and 5 <= width <= 45,
               'column %s (%s) is %r wide' % (c, headings[c - 1], width))

    for i, row in enumerate(expected['rows']):
        r = header + 1 + i
        if row is None:
            expect(ws.cell(r, 1).value == i + 1, 'line %d is not numbered %d' % (r, i + 1))
            continue
        for c, want in enumerate(row, start=1):
            cell = ws.cell(r, c)
            where = '%s (%s)' % (cell.coordinate, headings[c - 1])
            expect_equal(as_text(cell.value), want, where)
            if isinstance(cell.value, datetime.datetime):
                expect('[$-421]' in cell.number_format and 'mmmm' in cell.number_format,
                       '%s: %r does not name the month in Indonesian' % (where, cell.number_format))
    expect_equal(ws.max_row, header + len(expected['rows']), 'last row of the list')


def check_forbidden(path, expected):
    """No forbidden text anywhere: not in a cell, a property, a shared string."""
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            text = z.read(name).decode('utf-8', errors='replace')
            for word in expected['forbidden']:
                expect(word not in text, '%r appears in %s' % (word, name))


def shown_rate(value):
    return DASH if value is None else '%.1f%%' % (value * 100)


def shown_average(value):
    return DASH if value is None else '%.1f' % value


def check_lo_recap(table, expected, tables):
    for title, (heading, lines, total) in tables.items():
        wanted = {row[0]: row[1:] for row in expected['tables'][title]['rows']}
        for r, label in lines + [(total, 'Jumlah')]:
            values = expected['tables'][title]['total'] if r == total else wanted.get(
                label, [0, 0, 0, 0, 0, 0, None, None])
            shown = table[r - 1] if r - 1 < len(table) else []
            want = [label] + [str(v) for v in values[:6]] + [shown_rate(values[6]),
                                                              shown_average(values[7])]
            expect_equal(shown[:9], want, 'LibreOffice, recalculated, %s %s' % (title, label))


def check_libreoffice(soffice, workbook, expected, tables):
    outdir = tempfile.mkdtemp(prefix='recap-lo-')
    try:
        result = soffice_convert(
            soffice, workbook, outdir,
            'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
            recalculate=True)
        expect(result.returncode == 0, 'soffice failed: %s %s' % (result.stdout, result.stderr))
        base = os.path.splitext(os.path.basename(workbook))[0]
        sheets = {}
        for path in glob.glob(os.path.join(outdir, base + '-*.csv')):
            name = os.path.basename(path)[len(base) + 1:-4]
            with open(path, encoding='utf-8', newline='') as f:
                sheets[name] = list(csv.reader(f))
        if not expect(set(sheets) == {'Rekap', 'Daftar Pengaduan'},
                      'LibreOffice wrote sheets %r: %s' % (sorted(sheets), result.stdout)):
            return
        check_lo_recap(sheets['Rekap'], expected, tables)

        header = len(expected['list_title']) + 2
        listing = sheets['Daftar Pengaduan']
        expect_equal(listing[header - 1] if len(listing) >= header else None,
                     expected['headings'], 'LibreOffice list headings')
        received = expected['headings'].index('Diterima')
        for i, row in enumerate(expected['rows']):
            shown = listing[header + i] if header + i < len(listing) else []
            got = shown[received] if received < len(shown) else ''
            expect(any(m in got for m in INDONESIAN_MONTHS),
                   'LibreOffice shows Diterima of line %d as %r, not in Indonesian' % (i + 1, got))
        for name, table in sheets.items():
            for line in table:
                for word in expected['forbidden']:
                    expect(word not in ','.join(line),
                           'LibreOffice shows %r on sheet %s' % (word, name))
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


def main():
    workbook_path, expected, soffice = read_args(sys.argv)

    wb = openpyxl.load_workbook(workbook_path, data_only=True)
    formulas = openpyxl.load_workbook(workbook_path)
    expect_equal(wb.sheetnames, ['Rekap', 'Daftar Pengaduan'], 'sheet names')
    expect_equal(wb.properties.creator, expected['author'], 'workbook author')
    tables = {}
    if wb.sheetnames == ['Rekap', 'Daftar Pengaduan']:
        tables = check_recap(wb, formulas, expected)
        check_list(wb, expected)
    check_forbidden(workbook_path, expected)
    if soffice:
        check_libreoffice(soffice, workbook_path, expected, tables)

    return report('%s: %d tables, %d complaints checked%s'
                  % (workbook_path, len(tables), len(expected['rows']),
                     ' with LibreOffice' if soffice else ''))


if __name__ == '__main__':
    sys.exit(main())
