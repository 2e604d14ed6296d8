#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Surat Masuk tab as staff use it: a scanned letter added from the file
chooser, read by OCR, its suggested fields and service accepted and registered;
found again by a word of its body, disposed to a member of staff, and the agenda
exported and read back as the Kabag's spreadsheet program would."""

import datetime
import os
import sqlite3

import openpyxl

from harness import SOURCE_ROOT, TestFailure, click, find_all, run, wait_for
from test_catalog import choose_file, set_text, text_of_entry

LETTERS = os.path.join(SOURCE_ROOT, "tests", "data", "letters")
SCAN = os.path.join(LETTERS, "01-dinsos-fasilitasi-pergub.scan.png")
BODY_WORD = "miskin"


def expected_fields(name):
    fields = {}
    with open(os.path.join(LETTERS, name + ".expected"), encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition(": ")
            fields[key] = value
    return fields


def query(app, sql):
    """Reads the database the app writes, as another program would."""
    with sqlite3.connect(f"file:{app.database}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


def test_register_find_dispose_export(app):
    expected = expected_fields("01-dinsos-fasilitasi-pergub")
    year = datetime.date.today().year
    app.start()
    window = app.window()
    click(app.find_all("page tab", "Incoming Letters")[0])

    # Add the scan; OCR reads it off the main thread and suggests the fields.
    click(app.find_clickable("push button", "Add Letters…", root=window))
    choose_file(app, "Add Letters", SCAN)
    intake = wait_for(lambda: app.window("Register Letters"), message="the intake window")
    number = app.find("text", "Number", root=intake)
    wait_for(lambda: text_of_entry(number) == expected["nomor"], timeout=60,
             message=f"the suggested number {expected['nomor']!r}")
    if text_of_entry(app.find("text", "Sender", root=intake)) != expected["pengirim"]:
        raise TestFailure("the sender read from the scan is not the letterhead's")
    app.find("push button", "Accept suggested Service", root=intake)
    app.screenshot("intake")

    click(app.find_clickable("push button", "Accept All Suggestions", root=intake))
    click(app.find_clickable("push button", "Register", root=intake))
    wait_for(lambda: app.window("Register Letters") is None, message="the intake to close")
    rows = query(app, "SELECT agenda_number, nomor, service_name, due_at FROM letters")
    if len(rows) != 1 or rows[0][1] != expected["nomor"]:
        raise TestFailure(f"expected the one letter registered, found {rows}")
    if rows[0][2] != "Fasilitasi Penyusunan Kebijakan Daerah" or rows[0][3] is None:
        raise TestFailure(f"the suggested service and its due date were not saved: {rows}")

    # Find it by a word of its body and open it from its agenda number.
    search = app.find("entry", "Search letters", root=window)
    set_text(search, BODY_WORD)
    wait_for(lambda: find_all(window, "label",
                              predicate=lambda node: BODY_WORD in node.name.lower()
                              and expected["hal"] in node.name),
             message="the letter found by a word of its body")
    app.screenshot("search")
    click(app.find_clickable("push button", f"Open letter 1/{year}", root=window))
    letter = wait_for(lambda: app.window(f"Letter 1/{year}"), message="the letter window")

    # Dispose it to someone not yet on the staff list.
    click(app.find_clickable("push button", "Dispose", root=letter))
    dialog = wait_for(lambda: app.window("Dispose Letter"), message="the disposition dialog")
    set_text(app.find("text", "Someone Not Listed", root=dialog), "Siti Aminah")
    # (GTK 4.8 gives check buttons no accessible action; ticking the
    # instructions is covered by tests/test-letter-windows.c.)
    app.find("check box", "Process further", root=dialog)
    click(app.find_clickable("push button", "Save", root=dialog))
    wait_for(lambda: app.window("Dispose Letter") is None, message="the dialog to close")
    wait_for(lambda: query(app, "SELECT status FROM letters") == [("didisposisi",)],
             message="the letter to be disposed")
    app.screenshot("letter")

    # Export the agenda from the tab and read the row back.
    out = os.path.join(app.tmp, "agenda.xlsx")
    click(app.find_clickable("push button", "Export Agenda", root=window))
    choose_file(app, "Export Agenda", out, save=True)
    wait_for(lambda: os.path.exists(out) and os.path.getsize(out) > 0,
             message="the exported agenda")
    sheet = wait_for(lambda: openpyxl.load_workbook(out, read_only=True).active,
                     message="a complete workbook")
    table = [row for row in sheet.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(table) if row and row[0] == "No. Agenda")
    columns = table[header]
    letters = [dict(zip(columns, row)) for row in table[header + 1:] if row[0] is not None]
    if len(letters) != 1:
        raise TestFailure(f"expected one row in the agenda, got {letters}")
    row = letters[0]
    for column, value in (("Nomor Surat", expected["nomor"]), ("Status", "Didisposisi"),
                          ("Diteruskan Kepada", "Siti Aminah"),
                          ("Layanan", "Fasilitasi Penyusunan Kebijakan Daerah")):
        if row.get(column) != value:
            raise TestFailure(f"the agenda's {column} is {row.get(column)!r}, not {value!r}")
    if not isinstance(row.get("Batas Waktu"), datetime.datetime):
        raise TestFailure(f"the agenda's due date is {row.get('Batas Waktu')!r}")


if __name__ == "__main__":
    run([
        ("register-find-dispose-export", test_register_find_dispose_export),
    ])
