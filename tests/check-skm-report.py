#!/usr/bin/python3
# check-skm-report.py
#
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read an exported SKM report back as its users' programs would.

    check-skm-report.py WORKBOOK.xlsx EXPECTED.json [--soffice SOFFICE]

EXPECTED holds what the test put in:
    {"author": …, "unit": …, "period": "Periode: …", "exported": "Diekspor oleh …" (or null:
                                                                   any "Diekspor …" line),
     "unsur": [[code, name]], "grades": [[mutu, min, max, kinerja]],
     "responses": [["YYYY-MM-DD", service, [answers, null for a blank]]],
     "ikm": the IKM to two decimals, "mutu": "A", "kinerja": …,
     "population": N or 0, "minimum": the Krejcie-Morgan n, "warning": true|false,
     "services": [[name, respondents]] (their IKM and mutu computed from the answers),
     "profile_total": respondents, "profile": {characteristic: {indicator: count}} (a subset),
     "actions": [[previous, unsur as shown, action, owner, target, status, result]],
     "trend": [[period, IKM to two decimals or null, mutu, respondents]]}

The checker computes Σ, answers given, NRR, NRR tertimbang and IKM itself from the
answers (a blank left out of its unsur's count), and finds them cached in the file and,
with --soffice, recomputed by LibreOffice from the file's formulas (a profile that
recalculates every formula on loading), equal to two decimals and more. It checks that
those rows are formulas, the headings come from the unsur given, the summary, the
weakest three, the sample warning, the per-service, demographic, RTL and trend sheets,
who exported it on every sheet, and the column chart of NRR per unsur on "Ringkasan".

Prints every difference and exits 1 when there is one.
"""

import csv
import datetime
import decimal
import glob
import os
import re
import shutil
import sys
import tempfile
import zipfile

import openpyxl

from xlsx_check_util import expect, expect_equal, read_args, report, soffice_convert

SHEETS = ['Pengolahan', 'Ringkasan', 'Per Layanan', 'Demografi', 'RTL', 'Tren']
FOOT = ['\u03a3 Nilai per unsur', 'Jumlah kuesioner yang terisi', 'NRR per unsur',
        'NRR tertimbang per unsur (bobot 0,111)', '\u03a3 NRR tertimbang (nilai indeks)',
        'IKM unit pelayanan (\u03a3 NRR tertimbang \u00d7 25)']
SUMMARY_HEADINGS = ['No', 'Unsur', 'NRR', 'NRR \u00d7 25', 'Mutu', 'Kinerja']
DASH = '\u2014'


def round2(value):
    """Half-up to two decimals, as the grade table is read."""
    return float(decimal.Decimal(repr(value)).quantize(decimal.Decimal('0.01'),
                                                       rounding=decimal.ROUND_HALF_UP))


def close(a, b, tolerance=1e-9):
    return isinstance(a, (int, float)) and abs(a - b) <= tolerance


def compute(expected):
    """Σ, count, NRR, NRR tertimbang per unsur; the index and IKM — from the answers."""
    n = len(expected['unsur'])
    sums = [0] * n
    counts = [0] * n
    for _, _, answers in expected['responses']:
        for i, answer in enumerate(answers):
            if answer is not None:
                sums[i] += answer
                counts[i] += 1
    nrr = [s / c if c else 0.0 for s, c in zip(sums, counts)]
    weighted = [x / n for x in nrr]
    index = sum(weighted)
    return {'sum': sums, 'count': counts, 'nrr': nrr, 'weighted': weighted, 'index': index,
            'ikm': index * 25}


def grade_of(expected, score):
    rounded = round2(score)
    for mutu, low, _, kinerja in sorted(expected['grades'], key=lambda g: -g[1]):
        if rounded >= low:
            return mutu, kinerja
    return None, None


def find_row(ws, column, text, start=1):
    for row in range(start, ws.max_row + 1):
        if ws.cell(row, column).value == text:
            return row
    return None


def check_titles(wb, expected):
    """Unit, period and who exported when, above every sheet."""
    for name in SHEETS:
        ws = wb[name]
        lines = [ws.cell(r, 1).value for r in range(1, 5)]
        exported = expected['exported']
        if exported is None:
            # Someone, now: the line only has to say so.
            exported = lines[3] if str(lines[3]).startswith('Diekspor ') else 'Diekspor …'
        expect_equal(lines[1:], [expected['unit'], expected['period'], exported],
                     '%s title lines' % name)
        expect_equal(ws.page_setup.paperSize, 9, '%s paper size (9 = A4)' % name)


def check_processing(wb, formulas, expected, computed):
    ws = wb['Pengolahan']
    fs = formulas['Pengolahan']
    n = len(expected['unsur'])
    heading = find_row(ws, 1, 'No')
    if not expect(heading is not None, 'Pengolahan has no heading row'):
        return None
    expect_equal([ws.cell(heading, c).value for c in range(1, 4 + n)],
                 ['No', 'Tanggal', 'Layanan'] + [code for code, _ in expected['unsur']],
                 'Pengolahan headings')
    expect(ws.freeze_panes is not None, 'Pengolahan headings are not frozen')

    first = heading + 1
    for i, (date, service, answers) in enumerate(expected['responses']):
        r = first + i
        got_date = ws.cell(r, 2).value
        if isinstance(got_date, datetime.datetime):
            got_date = got_date.strftime('%Y-%m-%d')
        expect_equal([ws.cell(r, 1).value, got_date, ws.cell(r, 3).value],
                     [i + 1, date, service], 'Pengolahan row %d' % r)
        expect_equal([ws.cell(r, 4 + j).value for j in range(n)], answers,
                     'Pengolahan row %d answers' % r)
    last = first + len(expected['responses']) - 1

    foot = {}
    for k, label in enumerate(FOOT):
        foot[k] = find_row(ws, 1, label, first)
        expect(foot[k] is not None, 'Pengolahan has no row %r' % label)
    if None in foot.values():
        return None
    expect_equal(foot[0], last + 1, 'Σ row right under the answers')

    keys = ['sum', 'count', 'nrr', 'weighted']
    for k, key in enumerate(keys):
        for j in range(n):
            col = openpyxl.utils.get_column_letter(4 + j)
            got = ws.cell(foot[k], 4 + j).value
            expect(close(got, computed[key][j]), 'Pengolahan %s%d (%s of %s): expected %r, '
                   'cached %r' % (col, foot[k], FOOT[k], expected['unsur'][j][0],
                                  computed[key][j], got))
            formula = str(fs.cell(foot[k], 4 + j).value)
            data_range = '%s%d:%s%d' % (col, first, col, last)
            want = {0: '=SUM(%s)' % data_range, 1: '=COUNT(%s)' % data_range}.get(k)
            if want:
                expect_equal(formula, want, 'Pengolahan %s%d formula' % (col, foot[k]))
            elif k == 2:
                expect(formula.startswith('=IF(') and '%s%d/%s%d' % (col, foot[0], col, foot[1])
                       in formula, 'Pengolahan %s%d: NRR is not Σ/count: %r'
                       % (col, foot[k], formula))
            else:
                expect_equal(formula, '=%s%d/%d' % (col, foot[2], n),
                             'Pengolahan %s%d formula' % (col, foot[k]))
    last_col = openpyxl.utils.get_column_letter(3 + n)
    weighted_range = 'D%d:%s%d' % (foot[3], last_col, foot[3])
    expect_equal(fs.cell(foot[4], 4).value, '=SUM(%s)' % weighted_range, 'index formula')
    expect_equal(fs.cell(foot[5], 4).value, '=SUM(%s)*25' % weighted_range, 'IKM formula')
    expect(close(ws.cell(foot[4], 4).value, computed['index']),
           'cached index %r, computed %r' % (ws.cell(foot[4], 4).value, computed['index']))
    expect(close(ws.cell(foot[5], 4).value, computed['ikm']),
           'cached IKM %r, computed %r' % (ws.cell(foot[5], 4).value, computed['ikm']))
    expect_equal(round2(computed['ikm']), expected['ikm'], 'IKM from the answers')
    mutu = ws.cell(foot[5] + 1, 4).value
    expect_equal(mutu, '%s (%s)' % (expected['mutu'], expected['kinerja']), 'Pengolahan mutu')
    for code, name in expected['unsur']:
        expect(find_row(ws, 1, '%s = %s' % (code, name)) is not None,
               'Pengolahan legend does not name %s' % code)
    for mutu, low, high, kinerja in expected['grades']:
        line = 'Mutu %s: %s \u2013 %s (%s)' % (mutu, ('%.2f' % low).replace('.', ','),
                                              ('%.2f' % high).replace('.', ','), kinerja)
        expect(find_row(ws, 1, line) is not None, 'Pengolahan legend lacks %r' % line)
    return foot


def weakest(expected, computed):
    answered = [i for i, c in enumerate(computed['count']) if c > 0]
    return [expected['unsur'][i][0]
            for i in sorted(answered, key=lambda i: (computed['nrr'][i], i))[:3]]


def check_summary(wb, formulas, expected, computed):
    ws = wb['Ringkasan']
    fs = formulas['Ringkasan']
    heading = find_row(ws, 1, 'No')
    if not expect(heading is not None, 'Ringkasan has no heading row'):
        return None
    expect_equal([ws.cell(heading, c).value for c in range(1, 7)], SUMMARY_HEADINGS,
                 'Ringkasan headings')
    for j, (code, name) in enumerate(expected['unsur']):
        r = heading + 1 + j
        nrr = computed['nrr'][j]
        mutu, kinerja = grade_of(expected, nrr * 25)
        expect_equal([ws.cell(r, 1).value, ws.cell(r, 2).value], [code, name],
                     'Ringkasan row %d' % r)
        expect(close(ws.cell(r, 3).value, nrr) and close(ws.cell(r, 4).value, nrr * 25),
               'Ringkasan %s NRR %r, ×25 %r; computed %r' % (code, ws.cell(r, 3).value,
                                                            ws.cell(r, 4).value, nrr))
        expect(str(fs.cell(r, 3).value).startswith('=Pengolahan!'),
               'Ringkasan %s NRR is not taken from Pengolahan: %r' % (code, fs.cell(r, 3).value))
        expect_equal([ws.cell(r, 5).value, ws.cell(r, 6).value], [mutu, kinerja],
                     'Ringkasan %s mutu' % code)

    def value_of(label):
        r = find_row(ws, 2, label)
        expect(r is not None, 'Ringkasan has no line %r' % label)
        return ws.cell(r, 3).value if r else None

    ikm = value_of('IKM unit pelayanan')
    expect(close(ikm, computed['ikm']), 'Ringkasan IKM %r, computed %r' % (ikm, computed['ikm']))
    expect_equal(value_of('Mutu pelayanan'), expected['mutu'], 'Ringkasan mutu')
    expect_equal(value_of('Kinerja unit pelayanan'), expected['kinerja'], 'Ringkasan kinerja')
    expect_equal(value_of('Jumlah responden'), len(expected['responses']),
                 'Ringkasan respondents')
    if expected['population']:
        expect_equal(value_of('Populasi (pengguna layanan)'), expected['population'],
                     'population')
        expect_equal(value_of('Sampel minimum (Krejcie & Morgan)'), expected['minimum'],
                     'minimum sample')
    texts = [str(ws.cell(r, 2).value) for r in range(1, ws.max_row + 1)]
    warnings = [t for t in texts if t.startswith('Peringatan')]
    expect_equal(bool(warnings), expected['warning'], 'sample warning %r' % warnings)

    top = find_row(ws, 1, 'Unsur terlemah (prioritas tindak lanjut)')
    if expect(top is not None, 'Ringkasan has no weakest unsur'):
        found = [ws.cell(top + 2 + i, 1).value for i in range(3)]
        expect_equal(found, weakest(expected, computed), 'the three weakest unsur')
    return heading


def check_chart(path, heading, n):
    """A native column chart on Ringkasan whose values are its NRR column."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        charts = [name for name in names if re.match(r'xl/charts/chart\d+\.xml$', name)]
        if not expect(len(charts) == 1, 'charts in the file: %r' % charts):
            return
        chart = z.read(charts[0]).decode('utf-8')
        expect('<c:barChart>' in chart and '<c:barDir val="col"/>' in chart,
               'the chart is not a column chart')
        values = "Ringkasan!$C$%d:$C$%d" % (heading + 1, heading + n)
        expect(values in chart, 'the chart does not plot %s' % values)
        workbook = z.read('xl/workbook.xml').decode('utf-8')
        sheets = re.findall(r'<sheet name="([^"]+)"', workbook)
        index = sheets.index('Ringkasan') + 1 if 'Ringkasan' in sheets else 0
        rels = 'xl/worksheets/_rels/sheet%d.xml.rels' % index
        expect(rels in names and 'drawing' in z.read(rels).decode('utf-8'),
               'the chart is not drawn on Ringkasan')


def check_services(wb, expected):
    ws = wb['Per Layanan']
    heading = find_row(ws, 1, 'No')
    expect_equal([ws.cell(heading, c).value for c in range(1, 7)],
                 ['No', 'Layanan', 'Jumlah Responden', 'IKM', 'Mutu', 'Kinerja'],
                 'Per Layanan headings')
    # Each service's IKM and mutu again from its own answers.
    for i, (name, respondents) in enumerate(expected['services']):
        r = heading + 1 + i
        own = dict(expected, responses=[x for x in expected['responses'] if x[1] == name])
        got = ws.cell(r, 4).value
        expect_equal([ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 3).value],
                     [i + 1, name, respondents], 'Per Layanan row %d' % r)
        expect_equal(len(own['responses']), respondents, '%s respondents in Pengolahan' % name)
        if respondents == 0:
            expect_equal([got, ws.cell(r, 5).value], [DASH, DASH], '%s IKM and mutu' % name)
            continue
        ikm = compute(own)['ikm']
        expect(close(got, ikm), '%s IKM %r, computed %r' % (name, got, ikm))
        expect_equal([ws.cell(r, 5).value, ws.cell(r, 6).value], list(grade_of(expected, ikm)),
                     '%s mutu' % name)


def check_profile(wb, expected):
    ws = wb['Demografi']
    heading = find_row(ws, 1, 'No')
    expect_equal([ws.cell(heading, c).value for c in range(1, 6)],
                 ['No', 'Karakteristik', 'Indikator', 'Jumlah', 'Persentase'],
                 'Demografi headings')
    groups = {}
    current = None
    for r in range(heading + 1, ws.max_row + 1):
        if ws.cell(r, 2).value:
            current = ws.cell(r, 2).value
            expect_equal(ws.cell(r, 1).value, len(groups) + 1, 'Demografi %s No' % current)
            groups[current] = {}
        count, share = ws.cell(r, 4).value, ws.cell(r, 5).value
        groups[current][ws.cell(r, 3).value] = count
        expect(close(share, count / expected['profile_total']),
               'Demografi row %d: %r is not %r of %r' % (r, share, count,
                                                         expected['profile_total']))
        expect('%' in ws.cell(r, 5).number_format, 'Demografi row %d has no %% format' % r)
    expect(len(groups) >= 4, 'Demografi has characteristics %r' % list(groups))
    for name, counts in groups.items():
        expect_equal(sum(counts.values()), expected['profile_total'], 'Demografi %s total' % name)
    for name, counts in expected['profile'].items():
        for indicator, count in counts.items():
            expect_equal(groups.get(name, {}).get(indicator), count,
                         'Demografi %s %s' % (name, indicator))


def check_actions(wb, expected):
    ws = wb['RTL']
    rows = {}
    for previous, title in ((False, 'Rencana tindak lanjut periode ini'),
                            (True, 'Hasil tindak lanjut periode sebelumnya')):
        top = find_row(ws, 1, title)
        if not expect(top is not None, 'RTL has no table %r' % title):
            continue
        expect_equal([ws.cell(top + 1, c).value for c in range(1, 8)],
                     ['No', 'Unsur', 'Rencana Tindak Lanjut', 'Penanggung Jawab', 'Target Waktu',
                      'Status', 'Hasil Tindak Lanjut'], 'RTL headings')
        want = [a[1:] for a in expected['actions'] if a[0] == previous]
        got = [[ws.cell(top + 2 + i, c).value for c in range(2, 8)] for i in range(len(want))]
        expect_equal(got, want, 'RTL %s' % title)
        rows[previous] = got


def check_trend(wb, expected):
    ws = wb['Tren']
    heading = find_row(ws, 1, 'No')
    expect_equal([ws.cell(heading, c).value for c in range(1, 7)],
                 ['No', 'Periode', 'IKM', 'Mutu', 'Kinerja', 'Jumlah Responden'], 'Tren headings')
    for i, (period, ikm, mutu, n) in enumerate(expected['trend']):
        r = heading + 1 + i
        got = ws.cell(r, 3).value
        expect_equal([ws.cell(r, 2).value, round2(got) if isinstance(got, float) else got,
                      ws.cell(r, 4).value, ws.cell(r, 6).value],
                     [period, ikm if ikm is not None else DASH, mutu, n], 'Tren row %d' % r)


def lo_number(text, where):
    try:
        return float(text)
    except (TypeError, ValueError):
        expect(False, 'LibreOffice shows %s as %r' % (where, text))
        return float('nan')


def check_lo_equal(text, want, where):
    got = lo_number(text, where)
    expect(round2(got) == round2(want) and abs(got - want) < 1e-6,
           'LibreOffice, recalculated, %s: %r, the app %r' % (where, text, want))


def check_libreoffice(soffice, workbook, expected, computed, foot, heading):
    outdir = tempfile.mkdtemp(prefix='skm-lo-')
    try:
        # Values as stored, not as shown: the full double LibreOffice computed.
        result = soffice_convert(
            soffice, workbook, outdir,
            'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
            recalculate=True)
        expect(result.returncode == 0, 'soffice failed: %s %s' % (result.stdout, result.stderr))
        base = os.path.splitext(os.path.basename(workbook))[0]
        sheets = {}
        for path in glob.glob(os.path.join(outdir, base + '-*.csv')):
            with open(path, encoding='utf-8', newline='') as f:
                sheets[os.path.basename(path)[len(base) + 1:-4]] = list(csv.reader(f))
        if not expect(set(sheets) == set(SHEETS), 'LibreOffice wrote sheets %r: %s'
                      % (sorted(sheets), result.stdout)):
            return
        table = sheets['Pengolahan']
        n = len(expected['unsur'])
        for k, key in enumerate(['sum', 'count', 'nrr', 'weighted']):
            line = table[foot[k] - 1]
            expect_equal(line[0], FOOT[k], 'LibreOffice Pengolahan row %d' % foot[k])
            for j in range(n):
                check_lo_equal(line[3 + j] if 3 + j < len(line) else None, computed[key][j],
                               '%s %s' % (FOOT[k], expected['unsur'][j][0]))
        check_lo_equal(table[foot[4] - 1][3], computed['index'], 'the index')
        check_lo_equal(table[foot[5] - 1][3], computed['ikm'], 'the IKM')
        expect_equal(round2(lo_number(table[foot[5] - 1][3], 'the IKM')), expected['ikm'],
                     'LibreOffice IKM to two decimals')

        summary = sheets['Ringkasan']
        for j in range(n):
            line = summary[heading + j]
            check_lo_equal(line[2], computed['nrr'][j], 'Ringkasan NRR %s' % line[0])
            check_lo_equal(line[3], computed['nrr'][j] * 25, 'Ringkasan NRR × 25 %s' % line[0])
        ikm = [line for line in summary if len(line) > 2 and line[1] == 'IKM unit pelayanan']
        if expect(ikm, 'LibreOffice shows no IKM on Ringkasan'):
            check_lo_equal(ikm[0][2], computed['ikm'], 'Ringkasan IKM')
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


def main():
    workbook_path, expected, soffice = read_args(sys.argv)

    wb = openpyxl.load_workbook(workbook_path, data_only=True)
    formulas = openpyxl.load_workbook(workbook_path)
    computed = compute(expected)
    expect_equal(wb.sheetnames, SHEETS, 'sheet names')
    expect_equal(wb.properties.creator, expected['author'], 'workbook author')
    foot = heading = None
    if wb.sheetnames == SHEETS:
        check_titles(wb, expected)
        foot = check_processing(wb, formulas, expected, computed)
        heading = check_summary(wb, formulas, expected, computed)
        if heading:
            check_chart(workbook_path, heading, len(expected['unsur']))
        check_services(wb, expected)
        check_profile(wb, expected)
        check_actions(wb, expected)
        check_trend(wb, expected)
    if soffice and foot and heading:
        check_libreoffice(soffice, workbook_path, expected, computed, foot, heading)

    return report('%s: %d respondents, IKM %.2f checked%s'
                  % (workbook_path, len(expected['responses']), computed['ikm'],
                     ' with LibreOffice' if soffice else ''))


if __name__ == '__main__':
    sys.exit(main())
