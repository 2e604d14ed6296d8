#!/usr/bin/python3
# check-workload-report.py
#
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read an exported workload report back as its users' programs would.

    check-workload-report.py WORKBOOK.xlsx EXPECTED.json

EXPECTED holds what the test put in:
    {"period": "Periode: …",
     "staff": [[name, section, letters, open letters, complaints, open complaints,
                overdue, done on time]] (every staff row; the store orders them),
     "sections": [[name, letters, open letters, complaints, open complaints, overdue,
                   done on time]] (a subset),
     "overdue": [[kind, title, assigned to, section, "YYYY-MM-DD" due]] (every row, in order),
     "service_totals": [letters, complaints, open, overdue] (the "Jumlah" row of Per Layanan)}

Checks the sheets, the title lines and A4 landscape pages, the frozen heading rows, the
counts, "Total Terbuka" as the sum of the open letters and complaints, the overdue list
with its due day as a date cell, and the column chart of open and overdue items per staff
member on "Per Pegawai" reading that sheet.

Prints every difference and exits 1 when there is one.
"""

import datetime
import sys
import zipfile

import openpyxl

from xlsx_check_util import expect, expect_equal, read_args, report

SHEETS = ['Per Pegawai', 'Per Bagian', 'Per Layanan', 'Lewat Batas Waktu']
STAFF_HEADINGS = ['No', 'Nama', 'Bagian', 'Surat Diterima', 'Surat Belum Selesai',
                  'Pengaduan Diterima', 'Pengaduan Belum Selesai', 'Total Terbuka',
                  'Jatuh Tempo Minggu Ini', 'Lewat Batas Waktu', 'Selesai Tepat Waktu']
OVERDUE_HEADINGS = ['No', 'Jenis', 'Nomor', 'Hal / Uraian', 'Ditangani oleh', 'Bagian',
                    'Tanggal Penugasan', 'Batas Waktu', 'Terlambat (Hari Kerja)']


def heading_row(ws):
    for row in range(1, ws.max_row + 1):
        if ws.cell(row, 1).value == 'No':
            return row
    return None


def lines(ws, heading):
    """The rows under the heading, up to the "Jumlah" row or the end."""
    rows = []
    for row in range(heading + 1, ws.max_row + 1):
        if ws.cell(row, 1).value is None or ws.cell(row, 2).value == 'Jumlah':
            break
        rows.append([ws.cell(row, c).value for c in range(1, ws.max_column + 1)])
    return rows


def check_sheet_setup(wb, expected):
    for name in SHEETS:
        ws = wb[name]
        expect_equal(ws.cell(3, 1).value, expected['period'], '%s period line' % name)
        expect(str(ws.cell(4, 1).value).startswith('Diekspor '), '%s: no exporter line' % name)
        expect_equal(ws.page_setup.paperSize, 9, '%s paper size (9 = A4)' % name)
        expect_equal(ws.page_setup.orientation, 'landscape', '%s orientation' % name)
        heading = heading_row(ws)
        if expect(heading is not None, '%s has no heading row' % name):
            expect_equal(ws.freeze_panes, 'A%d' % (heading + 1), '%s frozen rows' % name)


def check_staff(wb, expected):
    ws = wb['Per Pegawai']
    heading = heading_row(ws)
    if heading is None:
        return
    expect_equal([ws.cell(heading, c).value for c in range(1, len(STAFF_HEADINGS) + 1)],
                 STAFF_HEADINGS, 'Per Pegawai headings')
    found = lines(ws, heading)
    expect_equal(len(found), len(expected['staff']), 'Per Pegawai rows')
    by_name = {line[1]: line for line in found}
    for want in expected['staff']:
        line = by_name.get(want[0])
        if not expect(line is not None, 'Per Pegawai has no row %s' % want[0]):
            continue
        name, section, letters, letters_open, complaints, complaints_open, overdue, on_time = want
        expect_equal(line[1:7], [name, section, letters, letters_open, complaints,
                                 complaints_open], 'Per Pegawai %s counts' % name)
        expect_equal(line[7], letters_open + complaints_open, 'Per Pegawai %s open' % name)
        expect_equal(line[9], overdue, 'Per Pegawai %s overdue' % name)
        expect_equal(line[10], on_time, 'Per Pegawai %s done on time' % name)
    total = heading + len(found) + 1
    expect_equal(ws.cell(total, 2).value, 'Jumlah', 'Per Pegawai total row')
    expect_equal(ws.cell(total, 10).value, sum(s[6] for s in expected['staff']),
                 'Per Pegawai total overdue')


def check_sections(wb, expected):
    ws = wb['Per Bagian']
    heading = heading_row(ws)
    if heading is None:
        return
    expect_equal(ws.cell(heading, 2).value, 'Bagian', 'Per Bagian name heading')
    found = {line[1]: line for line in lines(ws, heading)}
    for name, letters, letters_open, complaints, complaints_open, overdue, on_time in \
            expected['sections']:
        line = found.get(name)
        if expect(line is not None, 'Per Bagian has no row %s' % name):
            expect_equal(line[2:7], [letters, letters_open, complaints, complaints_open,
                                     letters_open + complaints_open],
                         'Per Bagian %s counts' % name)
            expect_equal(line[8], overdue, 'Per Bagian %s overdue' % name)
            expect_equal(line[9], on_time, 'Per Bagian %s done on time' % name)


def check_services(wb, formulas, expected):
    ws = wb['Per Layanan']
    heading = heading_row(ws)
    if heading is None:
        return
    found = lines(ws, heading)
    total = heading + len(found) + 1
    letters, complaints, still_open, overdue = expected['service_totals']
    expect_equal([ws.cell(total, c).value for c in range(2, 8)],
                 ['Jumlah', letters, complaints, letters + complaints, still_open, overdue],
                 'Per Layanan totals')
    if found:
        expect_equal(formulas['Per Layanan'].cell(total, 3).value,
                     '=SUM(C%d:C%d)' % (heading + 1, total - 1), 'Per Layanan total formula')
    for line in found:
        expect_equal(line[4], line[2] + line[3], 'Per Layanan %s Jumlah' % line[1])


def check_overdue(wb, expected):
    ws = wb['Lewat Batas Waktu']
    heading = heading_row(ws)
    if heading is None:
        return
    expect_equal([ws.cell(heading, c).value for c in range(1, 10)], OVERDUE_HEADINGS,
                 'Lewat Batas Waktu headings')
    found = lines(ws, heading)
    expect_equal(len(found), len(expected['overdue']), 'Lewat Batas Waktu rows')
    for line, want in zip(found, expected['overdue']):
        kind, title, assigned_to, section, due = want
        expect_equal([line[1], line[3], line[4], line[5]], [kind, title, assigned_to, section],
                     'Lewat Batas Waktu %s' % title)
        expect(isinstance(line[2], str) and line[2] != '', 'Lewat Batas Waktu %s: no number'
               % title)
        expect_equal(line[7], datetime.datetime.fromisoformat(due),
                     'Lewat Batas Waktu %s due day' % title)
        expect(isinstance(line[8], (int, float)) and line[8] > 0,
               'Lewat Batas Waktu %s: days late %r' % (title, line[8]))


def check_chart(workbook_path):
    with zipfile.ZipFile(workbook_path) as z:
        names = z.namelist()
        if not expect('xl/charts/chart1.xml' in names, 'no chart in the workbook'):
            return
        chart = z.read('xl/charts/chart1.xml').decode('utf-8')
        drawings = [n for n in names if n.startswith('xl/worksheets/_rels/')]
        first_sheet_rels = z.read('xl/worksheets/_rels/sheet1.xml.rels').decode('utf-8') \
            if 'xl/worksheets/_rels/sheet1.xml.rels' in drawings else ''
    expect('<c:barChart>' in chart and '<c:barDir val="col"/>' in chart,
           'chart1 is not a column chart')
    expect(chart.count('<c:ser>') == 2, 'chart1 does not have two series')
    expect("'Per Pegawai'!$H$" in chart and "'Per Pegawai'!$J$" in chart,
           'chart1 does not read Total Terbuka and Lewat Batas Waktu on Per Pegawai')
    expect('drawing' in first_sheet_rels, 'the chart is not on the first sheet, Per Pegawai')


def main():
    workbook_path, expected, _ = read_args(sys.argv)

    wb = openpyxl.load_workbook(workbook_path, data_only=True)
    expect_equal(wb.sheetnames, SHEETS, 'sheet names')
    if wb.sheetnames == SHEETS:
        check_sheet_setup(wb, expected)
        check_staff(wb, expected)
        check_sections(wb, expected)
        check_services(wb, openpyxl.load_workbook(workbook_path), expected)
        check_overdue(wb, expected)
    check_chart(workbook_path)

    return report('%s: %d staff, %d overdue checked'
                  % (workbook_path, len(expected['staff']), len(expected['overdue'])))


if __name__ == '__main__':
    sys.exit(main())
