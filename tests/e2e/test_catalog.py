#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The service catalog as a Kasubbag uses it: the first-run catalog; importing a
document, fixing it in the review and saving; searching, editing the completion
time and exporting the matrix."""

import os
import time
import zipfile

import pyatspi

from harness import SOURCE_ROOT, TestFailure, click, find_all, run, wait_for

MATRIX_DOCUMENT = os.path.join(SOURCE_ROOT, "tests", "data", "standards", "matrix.md")
CONTROL_L = 37  # the keycode of Control_L in Xvfb's default keymap
RETURN = 0xff0d


def type_text(text):
    for char in text:
        pyatspi.Registry.generateKeyboardEvent(ord(char), None, pyatspi.KEY_SYM)


def press_ctrl(keysym):
    pyatspi.Registry.generateKeyboardEvent(CONTROL_L, None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    pyatspi.Registry.generateKeyboardEvent(CONTROL_L, None, pyatspi.KEY_RELEASE)


def choose_file(app, title, path, save=False):
    """Types a path into GTK's file chooser, as a person would: Ctrl+L in an open
    dialog, straight into the name field of a save dialog."""
    wait_for(lambda: app.window(title), message=f"the {title!r} file chooser")
    time.sleep(0.5)
    if not save:
        press_ctrl(ord("l"))
        time.sleep(0.3)
    else:
        press_ctrl(ord("a"))
    type_text(path)
    pyatspi.Registry.generateKeyboardEvent(RETURN, None, pyatspi.KEY_SYM)


def set_text(node, text):
    node.queryEditableText().setTextContents(text)


def select_service(app, window, name):
    label = app.find("label", name, root=window)
    row = label
    while row is not None and row.getRoleName() != "list item":
        row = row.parent
    row.parent.querySelection().selectChild(row.getIndexInParent())
    app.find("text", "Completion Time (e.g. 30 hari kerja)", root=window)
    wait_for(lambda: any(node.name == name or text_of_entry(node) == name
                         for node in find_all(window, "text", "Service Name")),
             message=f"the page of {name!r}")


def text_of_entry(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def sheet_count(path):
    with zipfile.ZipFile(path) as xlsx:
        return xlsx.read("xl/workbook.xml").decode("utf-8").count("<sheet ")


def shared_strings(path):
    with zipfile.ZipFile(path) as xlsx:
        return xlsx.read("xl/sharedStrings.xml").decode("utf-8")


def test_first_run_catalog(app):
    app.start()
    window = app.window()
    for name in ("Biro Kesejahteraan Rakyat", "Biro Administrasi Pimpinan",
                 "Fasilitasi Penyusunan Kebijakan Daerah",
                 "Pelayanan Data, Laporan, dan Informasi", "Pelayanan Penyediaan Narasumber",
                 "Pelayanan Konsultasi", "Pelayanan Peliputan Kegiatan Pimpinan",
                 "Pelayanan Kepegawaian Sekretariat Daerah"):
        app.find("label", name, root=window)
    services = app.cli("list", "standar").stdout
    if services.count("\n") < 9:
        raise TestFailure(f"the first-run catalog should list nine services:\n{services}")
    app.screenshot("catalog")


def test_establish_standard(app):
    app.start()
    window = app.window()
    select_service(app, window, "Pelayanan Penyediaan Narasumber")
    click(app.find_clickable("push button", "Versions and SK", root=window))
    versions = wait_for(lambda: app.window("Versions"), message="the versions window")
    set_text(app.find("text", "SK number", root=versions), "400/123/KESRA/2026")
    set_text(app.find("text", "SK date (YYYY-MM-DD)", root=versions), "2026-02-31")
    click(app.find_clickable("push button", "Establish", root=versions))
    time.sleep(1)
    if "ditetapkan" in app.cli("list", "standar", "--search", "narasumber").stdout:
        raise TestFailure("a standard was established with the date 31 February")

    set_text(app.find("text", "SK date (YYYY-MM-DD)", root=versions), "2026-01-05")
    click(app.find_clickable("push button", "Establish", root=versions))
    wait_for(lambda: "ditetapkan" in app.cli("list", "standar", "--search", "narasumber").stdout,
             message="the standard to be established")
    app.screenshot("versions")


def test_maklumat_printed_after_matrix(app):
    app.start()
    window = app.window()
    select_service(app, window, "Pelayanan Penyediaan Narasumber")
    click(app.find_clickable("push button", "Maklumat Pelayanan", root=window))
    maklumat = wait_for(lambda: app.window("Maklumat Pelayanan"), message="the maklumat window")
    if "sanggup menyelenggarakan pelayanan" not in text_of_entry(
            app.find("text", "Text of the maklumat", root=maklumat)):
        raise TestFailure("a unit without a maklumat should start from the customary text")
    set_text(app.find("text", "Signatory", root=maklumat),
             "Kepala Biro Kesejahteraan Rakyat\nDrs. Contoh Nama\nNIP 19700101 199003 1 001")
    click(app.find_clickable("push button", "Save", root=maklumat))
    click(app.find_clickable("push button", "Close", root=maklumat))
    wait_for(lambda: app.window("Maklumat Pelayanan") is None, message="the maklumat window to close")

    # The maklumat saved in the window is printed after the matrix. (GTK 4.8 gives the
    # file chooser's "Print the maklumat" check box no accessible action, so the
    # workbook is made here by the CLI, through the same export job.)
    out = os.path.join(app.tmp, "with-maklumat.xlsx")
    narasumber = [line.split("\t")[0] for line in
                  app.cli("list", "standar", "--search", "narasumber").stdout.splitlines()][0]
    app.cli("export", "standar", "--service", narasumber, "--maklumat", "kesra", "-o", out)
    if sheet_count(out) != 2:
        raise TestFailure(f"expected the service and the maklumat, got {sheet_count(out)} sheets")
    strings = shared_strings(out)
    for expected in ("MAKLUMAT PELAYANAN", "Drs. Contoh Nama"):
        if expected not in strings:
            raise TestFailure(f"the maklumat sheet lacks {expected!r}")


def test_import_review_edit_export(app):
    app.start()
    window = app.window()
    app.find("label", "Biro Kesejahteraan Rakyat", root=window)

    # Import a document; fix its fee in the review before saving.
    click(app.find_clickable("push button", "Import Standards", root=window))
    choose_file(app, "Import Standards", MATRIX_DOCUMENT)
    review = wait_for(lambda: app.window("Review Import"), message="the review of the import")
    fee = app.find("text", "4. Biaya/tarif", root=review)
    if text_of_entry(fee) != "Rp 50.000":
        raise TestFailure(f"the review should show the fee as printed, not {text_of_entry(fee)!r}")
    set_text(fee, "Gratis")
    app.screenshot("review")
    click(app.find_clickable("push button", "Save All", root=review))
    wait_for(lambda: app.window("Review Import") is None, message="the review to close")

    # Find it again by searching, change its completion time and save.
    name = "HIBAH RUMAH IBADAH DAN LEMBAGA KEAGAMAAN"
    set_text(app.find("entry", "Search services", root=window), "rumah ibadah")
    wait_for(lambda: not find_all(window, "label", "Pelayanan Konsultasi"),
             message="the search to leave only matching services")
    select_service(app, window, name)
    set_text(app.find("text", "Completion Time (e.g. 30 hari kerja)", root=window),
             "21 hari kerja")
    click(app.find_clickable("push button", "Save", root=window))
    wait_for(lambda: "21" in app.cli("list", "standar", "--search", "rumah ibadah").stdout,
             message="the new completion time in the catalog")

    # Export the matrix through the window and read it back.
    out = os.path.join(app.tmp, "standar-pelayanan.xlsx")
    click(app.find_clickable("push button", "Export Matrix", root=window))
    choose_file(app, "Export Matrix", out, save=True)
    wait_for(lambda: os.path.exists(out) and os.path.getsize(out) > 0,
             message="the exported matrix")
    strings = wait_for(lambda: shared_strings(out), message="a complete workbook")
    for expected in ("21 hari kerja", "Gratis", name.upper()):
        if expected.lower() not in strings.lower():
            raise TestFailure(f"the exported matrix lacks {expected!r}")
    if "Rp 50.000" in strings:
        raise TestFailure("the fee fixed in the review is still the printed one")
    if sheet_count(out) < 10:
        raise TestFailure(f"the whole catalog should fill ten sheets, not {sheet_count(out)}")

    # And the one service on show, alone.
    single = os.path.join(app.tmp, "one-service.xlsx")
    click(app.find_clickable("push button", "Export This Service", root=window))
    choose_file(app, "Export Matrix", single, save=True)
    wait_for(lambda: os.path.exists(single) and sheet_count(single) == 1,
             message="a workbook with the one service")


if __name__ == "__main__":
    run([
        ("first-run-catalog", test_first_run_catalog),
        ("establish-standard", test_establish_standard),
        ("maklumat-printed-after-matrix", test_maklumat_printed_after_matrix),
        ("import-review-edit-export", test_import_review_edit_export),
    ])
