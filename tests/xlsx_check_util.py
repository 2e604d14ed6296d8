# xlsx_check_util.py
#
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the checkers of exported workbooks (check-*.py) share.

Each checker collects every difference with expect() and expect_equal() instead of
stopping at the first, prints them with report(), and runs LibreOffice through
soffice_convert(). They import this module from their own folder, which Python puts
first on the path of a script it runs.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

INDONESIAN_MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
                     'September', 'Oktober', 'November', 'Desember']

problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)
    return condition


def expect_equal(actual, expected, where):
    return expect(actual == expected, '%s: expected %r, found %r' % (where, expected, actual))


def read_args(argv):
    """WORKBOOK EXPECTED.json [--soffice SOFFICE] → (workbook, expected, soffice or None)."""
    args = argv[1:]
    soffice = None
    if '--soffice' in args:
        i = args.index('--soffice')
        soffice = args[i + 1]
        del args[i:i + 2]
    workbook_path, expected_path = args
    with open(expected_path, encoding='utf-8') as f:
        return workbook_path, json.load(f), soffice


def report(summary):
    """Prints every problem, then @summary with their count; the exit status."""
    for problem in problems:
        print(problem)
    print('%s, %d problems' % (summary, len(problems)))
    return 1 if problems else 0


def _profile(outdir, recalculate):
    """A fresh LibreOffice profile; with @recalculate, one that recalculates every OOXML
    formula on loading."""
    profile = tempfile.mkdtemp(prefix='lo-profile-', dir=outdir)
    if recalculate:
        os.makedirs(os.path.join(profile, 'user'))
        with open(os.path.join(profile, 'user', 'registrymodifications.xcu'), 'w') as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
                    '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop>'
                    '</item>\n</oor:items>\n')
    return profile


def soffice_convert(soffice, workbook, outdir, target, recalculate=False):
    """Converts @workbook into @outdir with LibreOffice headless (at most two minutes)."""
    profile = _profile(outdir, recalculate)
    try:
        return subprocess.run(
            ['timeout', '120', soffice, '-env:UserInstallation=file://' + profile, '--headless',
             '--norestore', '--convert-to', target, '--outdir', outdir, workbook],
            capture_output=True, text=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == '__main__':
    sys.exit('xlsx_check_util.py is imported by the check-*.py scripts')
