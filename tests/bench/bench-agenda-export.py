#!/usr/bin/python3
# bench-agenda-export.py
#
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The baseline of bench-agenda-export: the same Agenda Surat Masuk written with Python's
XlsxWriter in constant_memory mode, with the same title rows, headings, formats (borders,
wrapped text, Indonesian date formats, the agenda number shown with its year), page setup,
frozen headings and autofilter.

    bench-agenda-export.py LETTERS.tsv OUTPUT.xlsx [ROWS]

LETTERS.tsv is what bench-agenda-export writes: one letter a line, the 16 fields of
LayananAgendaRow in order, \\N for NULL, \\t \\n \\\\ escaped. Like the C writer it reads
the letters one at a time, as from a database cursor. Row heights are estimated from the
length of the text only (cheaper than the C writer's measure, so the baseline is not slowed).
"""

import datetime
import sys

import xlsxwriter

HEADINGS = [('No. Agenda', 12), ('Tanggal Terima', 23), ('Nomor Surat', 22),
            ('Tanggal Surat', 18), ('Pengirim', 28), ('Hal', 40), ('Lampiran', 12),
            ('Sifat', 10), ('Kecepatan', 12), ('Kode Klasifikasi', 12), ('Layanan', 24),
            ('Diteruskan Kepada', 22), ('Batas Waktu', 23), ('Status', 12), ('Keterangan', 26)]
TEXT_COLUMNS = [2, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14]
# Field of the TSV line for each text column.
TEXT_FIELDS = {2: 3, 4: 5, 5: 6, 6: 7, 7: 8, 8: 9, 9: 10, 10: 11, 11: 12, 13: 14, 14: 15}
UNESCAPE = {'t': '\t', 'n': '\n', '\\': '\\'}


def unescape(field):
    if field == '\\N':
        return None
    if '\\' not in field:
        return field
    out = []
    i = 0
    while i < len(field):
        if field[i] == '\\' and i + 1 < len(field):
            out.append(UNESCAPE.get(field[i + 1], field[i + 1]))
            i += 2
        else:
            out.append(field[i])
            i += 1
    return ''.join(out)


WIB = datetime.timezone(datetime.timedelta(hours=7))


def instant(text):
    # The C writer shows instants in WIB.
    return datetime.datetime.fromisoformat(text).astimezone(WIB).replace(tzinfo=None)


def main():
    tsv_path, output = sys.argv[1:3]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else None

    wb = xlsxwriter.Workbook(output, {'constant_memory': True})
    wb.set_properties({'title': 'Agenda Surat Masuk', 'author': 'Biro Kesejahteraan Rakyat'})
    ws = wb.add_worksheet('Agenda Surat Masuk')
    title = wb.add_format({'bold': True, 'font_size': 14, 'align': 'center',
                           'valign': 'vcenter'})
    subtitle = wb.add_format({'bold': True, 'font_size': 12, 'align': 'center',
                              'valign': 'vcenter'})
    caption = wb.add_format({'align': 'center', 'valign': 'vcenter'})
    heading = wb.add_format({'bold': True, 'align': 'center', 'valign': 'vcenter',
                             'text_wrap': True, 'border': 1, 'bg_color': '#D9D9D9'})
    text = wb.add_format({'align': 'left', 'valign': 'top', 'text_wrap': True, 'border': 1})
    date = wb.add_format({'num_format': '[$-421]d mmmm yyyy', 'align': 'left',
                          'valign': 'top', 'border': 1})
    date_time = wb.add_format({'num_format': '[$-421]d mmmm yyyy hh:mm', 'align': 'left',
                               'valign': 'top', 'border': 1})
    agenda_formats = {}

    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_margins(0.5, 0.5, 0.6, 0.7)
    ws.center_horizontally()
    ws.set_footer('&L&8Agenda Surat Masuk \u2014 Biro Kesejahteraan Rakyat&R&8Halaman &P dari &N',
                  {'margin': 0.3})
    for col, (_, width) in enumerate(HEADINGS):
        ws.set_column(col, col, width)

    row = 0
    for line, fmt, height in (('AGENDA SURAT MASUK', title, 21),
                              ('Biro Kesejahteraan Rakyat', subtitle, 18),
                              ('Periode: 1 Januari 2026 s.d. 31 Desember 2026', caption, 15)):
        ws.set_row(row, height)
        ws.merge_range(row, 0, row, len(HEADINGS) - 1, line, fmt)
        row += 1
    row += 1
    header = row
    ws.set_row(header, 32)
    for col, (name, _) in enumerate(HEADINGS):
        ws.write_string(header, col, name, heading)
    ws.freeze_panes(header + 1, 0)
    ws.repeat_rows(header)

    with open(tsv_path, encoding='utf-8') as letters:
        for n, line in enumerate(letters):
            if limit is not None and n >= limit:
                break
            fields = [unescape(f) for f in line.rstrip('\n').split('\t')]
            row += 1
            lines = 1
            for col in TEXT_COLUMNS:
                value = fields[TEXT_FIELDS[col]]
                if value:
                    lines = max(lines, len(value) // int(HEADINGS[col][1] * 1.2) + 1)
            ws.set_row(row, min(lines * 15, 409))

            year = int(fields[0])
            fmt = agenda_formats.get(year)
            if fmt is None:
                fmt = agenda_formats[year] = wb.add_format(
                    {'num_format': '0"/%d"' % year, 'align': 'center', 'valign': 'top',
                     'border': 1})
            ws.write_number(row, 0, int(fields[1]), fmt)
            for col, field, is_instant in ((1, 2, True), (3, 4, False), (12, 13, True)):
                value = fields[field]
                if value is None:
                    ws.write_blank(row, col, None, text)
                elif is_instant:
                    ws.write_datetime(row, col, instant(value), date_time)
                else:
                    ws.write_datetime(row, col, datetime.datetime.fromisoformat(value), date)
            for col in TEXT_COLUMNS:
                value = fields[TEXT_FIELDS[col]]
                if value:
                    ws.write_string(row, col, value, text)
                else:
                    ws.write_blank(row, col, None, text)

    ws.autofilter(header, 0, max(row, header), len(HEADINGS) - 1)
    wb.close()


if __name__ == '__main__':
    main()
