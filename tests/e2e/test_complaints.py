#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Pengaduan tab as staff use it: a complaint received on WhatsApp is
registered, verified, forwarded, followed up and settled with a response to the
complainant, and counts as settled on time in the month's recap, read back as
the Kabag's spreadsheet program would. A confidential complaint brought in
from the bureau's old spreadsheet never shows its complainant's name in the
list or in the recap."""

import os
import sqlite3
import time
import zipfile

import openpyxl

from harness import TestFailure, click, find_all, run, wait_for
from test_catalog import choose_file, set_text, text_of_entry, type_text

WHATSAPP_NAME = "Siti Aminah"
SECRET_NAME = "Yohanes Kristiawan"
DESCRIPTION = "Jadwal pelayanan konsultasi tidak diumumkan di papan informasi"
RESPONSE = "Jadwal pelayanan sudah kami umumkan di papan informasi dan laman biro."


def query(app, sql):
    """Reads the database the app writes, as another program would."""
    with sqlite3.connect(f"file:{app.database}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


def import_confidential_complaint(app):
    """The bureau's own spreadsheet, brought in before the window opens."""
    path = os.path.join(app.tmp, "pengaduan-lama.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("Tanggal;Jam;Kanal;Kategori;Uraian;Status;Nama Pelapor;Rahasia\n")
        f.write(f"02/11/2026;09.15;Telepon;Pengaduan bersifat normatif;"
                f"Pungutan di luar ketentuan;Diterima;{SECRET_NAME};Ya\n")
    app.cli("import", "pengaduan", "--unit", "kesra", path)


def load_staff(app):
    path = os.path.join(app.tmp, "pegawai.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("nip\tname\tposition_title\tunit_code\n")
        f.write("\tBudi Santoso\tPengelola Pengaduan\tkesra\n")
    app.cli("load", "staff", path)


def set_long_text(app, node, text):
    """A multi-line text view: typed after focusing it, as a person would."""
    try:
        set_text(node, text)
    except NotImplementedError:
        node.queryComponent().grabFocus()
        time.sleep(0.2)
        type_text(text)
    wait_for(lambda: text_of_entry(node) == text, message=f"the text {text[:20]!r}… typed")


def register_whatsapp_complaint(app, window):
    click(app.find_clickable("push button", "New Complaint", root=window))
    dialog = wait_for(lambda: app.window("Register Complaint"), message="the register dialog")
    click(app.find_clickable("push button", "WhatsApp", root=dialog))
    set_text(app.find("text", "Name", root=dialog), WHATSAPP_NAME)
    set_text(app.find("text", "Contact", root=dialog), "0812-5678-9012")
    click(app.find_clickable("push button", "Pengaduan bersifat normatif", root=dialog))
    set_long_text(app, app.find("text", "Description", root=dialog), DESCRIPTION)
    app.screenshot("register")
    click(app.find_clickable("push button", "Register", root=dialog))
    wait_for(lambda: app.window("Register Complaint") is None, message="the dialog to close")
    rows = query(app, "SELECT register_year, register_number, due_at FROM complaints "
                      "WHERE channel = 'whatsapp'")
    if len(rows) != 1 or rows[0][2] is None:
        raise TestFailure(f"expected the WhatsApp complaint saved with its deadline, got {rows}")
    return rows[0][0], rows[0][1]


def take_step(app, complaint, button, title, apply, response=None, recipient=None):
    click(app.find_clickable("push button", button, root=complaint))
    dialog = wait_for(lambda: app.window(title), message=f"the {title!r} dialog")
    if recipient is not None:
        set_text(app.find("text", "To", root=dialog), recipient)
    if response is not None:
        set_long_text(app, app.find("text", "Response to Complainant", root=dialog), response)
    click(app.find_clickable("push button", apply, root=dialog))
    wait_for(lambda: app.window(title) is None, message=f"the {title!r} dialog to close")


def follow_to_answer(app, window, number):
    click(app.find_clickable("push button", f"Open complaint {number}", root=window))
    complaint = wait_for(lambda: app.window(f"Complaint {number}"), message="the complaint")
    take_step(app, complaint, "Verify", "Verify Complaint", "Verify")
    take_step(app, complaint, "Forward…", "Forward Complaint", "Forward",
              recipient="Budi Santoso")
    take_step(app, complaint, "Follow Up…", "Follow Up Complaint", "Follow Up")
    take_step(app, complaint, "Settle…", "Settle Complaint", "Settle", response=RESPONSE)
    wait_for(lambda: query(app, "SELECT status FROM complaints WHERE channel = 'whatsapp'")
             == [("selesai",)], message="the complaint to be settled")
    steps = query(app, "SELECT kind FROM complaint_steps JOIN complaints "
                       "ON complaints.id = complaint_id WHERE channel = 'whatsapp' ORDER BY "
                       "complaint_steps.id")
    if [kind for (kind,) in steps] != ["receive", "verify", "forward", "follow_up", "settle"]:
        raise TestFailure(f"the timeline is {steps}")
    wait_for(lambda: find_all(complaint, "label", predicate=lambda node: RESPONSE in node.name),
             message="the response on the timeline")
    app.screenshot("complaint")


def export_recap(app, window):
    out = os.path.join(app.tmp, "rekap.xlsx")
    click(app.find_clickable("push button", "Export Recap", root=window))
    dialog = wait_for(lambda: app.window("Export Complaint Recap"), message="the recap dialog")
    # (libadwaita 1.2 names a response button by its mnemonic text and its
    # label both: "_Export… Export…".)
    click(find_all(dialog, "push button", predicate=lambda node: node.name.endswith("Export…"))[0])
    choose_file(app, "Export Complaint Recap", out, save=True)
    wait_for(lambda: os.path.exists(out) and os.path.getsize(out) > 0,
             message="the exported recap")
    wait_for(lambda: openpyxl.load_workbook(out), message="a complete workbook")
    return out


def check_recap(path):
    book = openpyxl.load_workbook(path)
    table = list(book["Daftar Pengaduan"].iter_rows(values_only=True))
    header = next(i for i, row in enumerate(table) if row and "Kanal" in row)
    rows = [dict(zip(table[header], row)) for row in table[header + 1:] if any(row)]
    whatsapp = [row for row in rows if row.get("Kanal") == "WhatsApp"]
    if len(whatsapp) != 1:
        raise TestFailure(f"expected one WhatsApp complaint in the recap, got {rows}")
    if whatsapp[0].get("Status") != "Selesai" or whatsapp[0].get("Tepat Waktu") != "Ya":
        raise TestFailure(f"the WhatsApp complaint is not settled on time: {whatsapp[0]}")
    with zipfile.ZipFile(path) as xlsx:
        for name in xlsx.namelist():
            text = xlsx.read(name).decode("utf-8", "replace")
            for person in (SECRET_NAME, WHATSAPP_NAME):
                if person in text:
                    raise TestFailure(f"{person!r} is in {name} of the recap, "
                                      "though personal data was not asked for")


def test_whatsapp_complaint_to_recap(app):
    import_confidential_complaint(app)
    load_staff(app)
    app.start()
    window = app.window()
    click(app.find_all("page tab", "Complaints")[0])
    wait_for(lambda: find_all(window, "label", "Confidential"),
             message="the imported complaint listed as confidential")

    year, number = register_whatsapp_complaint(app, window)
    wait_for(lambda: find_all(window, "label", WHATSAPP_NAME),
             message="the WhatsApp complaint in the list with its complainant")
    follow_to_answer(app, window, f"{number}/{year}")

    if find_all(window, predicate=lambda node: SECRET_NAME in (node.name or "")):
        raise TestFailure("the confidential complainant's name is shown in the list")
    app.screenshot("list")
    check_recap(export_recap(app, window))


if __name__ == "__main__":
    run([
        ("whatsapp-complaint-to-recap", test_whatsapp_complaint_to_recap),
    ])
