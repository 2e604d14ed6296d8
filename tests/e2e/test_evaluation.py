#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The SKM as a Kasubbag runs it: a survey period added, five paper
questionnaires typed in by keyboard (digits move across the unsur, Enter starts
the next form), the IKM read off the screen, and the SKM report exported and read
back as the spreadsheet program would."""

import os
import sqlite3
import time

import openpyxl
import pyatspi

from harness import TestFailure, click, find_all, run, wait_for
from test_catalog import RETURN, choose_file, set_text, type_text

# Five paper forms, U1…U9 each.
FORMS = [
    "444444444",
    "333333333",
    "434343434",
    "443344334",
    "344434443",
]


def expected_ikm():
    """IKM = 25 × (1/9) × Σ NRR (PermenPANRB 14/2017), worked out here on its own."""
    nrr = [sum(int(form[u]) for form in FORMS) / len(FORMS) for u in range(9)]
    return 25 * sum(nrr) / 9


def indonesian(value):
    """"91,48": two decimals, half up, with a decimal comma."""
    return f"{int(value * 100 + 0.5 + 1e-9) / 100:.2f}".replace(".", ",")


def query(app, sql):
    with sqlite3.connect(f"file:{app.database}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


def press_by_name(window, name):
    """A push button whose name ends with @name (libadwaita 1.2 names a
    response button by its mnemonic text and its label both)."""
    buttons = find_all(window, "push button", predicate=lambda node: node.name.endswith(name))
    if not buttons:
        raise TestFailure(f"no button {name!r}")
    click(buttons[0])


def add_period(app, window):
    click(app.find_clickable("push button", "New Period…", root=window))
    dialog = wait_for(lambda: app.window("New Survey Period"), message="the period dialog")
    set_text(app.find("text", "Name", root=dialog), "Semester II 2026")
    press_by_name(dialog, "Add Period")
    wait_for(lambda: query(app, "SELECT name FROM skm_periods") == [("Semester II 2026",)],
             message="the period saved")


def enter_forms(app, window):
    click(app.find_clickable("push button", "Enter Questionnaires…", root=window))
    entry = wait_for(lambda: app.window("Enter Questionnaires"), message="the entry window")
    app.find("text", "U1 Persyaratan", root=entry)
    time.sleep(0.5)
    for number, form in enumerate(FORMS, start=1):
        type_text(form)
        # A letter in an answer cell is refused on the spot.
        if number == 1:
            type_text("x")
        pyatspi.Registry.generateKeyboardEvent(RETURN, None, pyatspi.KEY_SYM)
        wait_for(lambda: query(app, "SELECT count(*) FROM skm_responses") == [(number,)],
                 message=f"form {number} saved")
    app.screenshot("entry")
    answers = query(app, "SELECT r.id, a.unsur_code, a.value FROM skm_responses r "
                         "JOIN skm_answers a ON a.response_id = r.id ORDER BY r.id, a.unsur_code")
    typed = {}
    for response_id, code, value in answers:
        typed.setdefault(response_id, {})[code] = value
    got = ["".join(str(row[f"U{u}"]) for u in range(1, 10)) for _, row in sorted(typed.items())]
    if got != FORMS:
        raise TestFailure(f"the forms were stored as {got}, typed as {FORMS}")
    click(app.find_clickable("push button", "Close", root=entry))


def export_report(app, window):
    out = os.path.join(app.tmp, "laporan-skm.xlsx")
    click(app.find_clickable("push button", "Export Report…", root=window))
    choose_file(app, "Export SKM Report", out, save=True)
    wait_for(lambda: os.path.exists(out) and os.path.getsize(out) > 0,
             message="the exported report")
    wait_for(lambda: openpyxl.load_workbook(out), message="a complete workbook")
    return out


def check_report(path, ikm):
    # The IKM cell is a live formula; its cached value is what the app computed.
    book = openpyxl.load_workbook(path, data_only=True)
    if "Pengolahan" not in book.sheetnames or "Ringkasan" not in book.sheetnames:
        raise TestFailure(f"the report's sheets are {book.sheetnames}")
    values = [cell for row in book["Ringkasan"].iter_rows(values_only=True) for cell in row]
    if not any(isinstance(v, float) and abs(v - ikm) < 0.005 for v in values):
        raise TestFailure(f"the summary does not hold the IKM {ikm:.4f}")


def test_five_forms_to_report(app):
    ikm = expected_ikm()
    app.start()
    window = app.window()
    click(app.find_all("page tab", "Performance Evaluation")[0])
    add_period(app, window)
    enter_forms(app, window)
    wait_for(lambda: find_all(window, "label", indonesian(ikm)),
             message=f"the IKM {indonesian(ikm)} on screen")
    app.screenshot("skm")
    check_report(export_report(app, window), ikm)


if __name__ == "__main__":
    run([
        ("five-forms-to-report", test_five_forms_to_report),
    ])
