#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""layanan-cli as staff and scripts use it, including the bad inputs."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile

from harness import CLI, SOURCE_ROOT, App, TestFailure

SKIP = 77


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def expect_failure(result, *words):
    if result.returncode == 0:
        raise TestFailure(f"expected a failure, got success: {result.stdout!r}")
    for word in words:
        if word not in result.stderr:
            raise TestFailure(f"stderr {result.stderr!r} should mention {word!r}")


def test_due(app):
    out = app.cli("due", "--from", "2026-03-19 10:00", "--duration", "5 hari kerja").stdout
    if not out.startswith("2026-04-01 16:00\t"):
        raise TestFailure(f"unexpected due date: {out!r}")
    out = app.cli("due", "--from", "2026-03-20 15:00", "--duration", "3 jam", "--iso").stdout
    # Friday 20 March 2026 is cuti bersama, then the weekend, then 23–24 March: Wednesday 25.
    if out.strip() != "2026-03-25T10:30:00+07:00":
        raise TestFailure(f"3 jam from a cuti bersama Friday: got {out!r}")
    out = app.cli("due", "--from", "2025-12-22 09:00", "--duration", "10 working days",
                  "--iso").stdout
    # 23, 24, 29, 30, 31 Dec, 2, 5, 6, 7, 8 Jan (25, 26 Dec and 1 Jan are off).
    if not out.startswith("2026-01-08T16:00"):
        raise TestFailure(f"across the year end: got {out!r}")


def test_due_bad_input(app):
    expect_failure(app.cli("due", "--from", "2026-02-31 10:00", "--duration", "5 hari kerja",
                           check=False), "2026-02-31")
    expect_failure(app.cli("due", "--from", "2026-03-19 10:00", "--duration", "5 fortnights",
                           check=False), "5 fortnights")
    result = app.cli("due", "--from", "2026-03-19 10:00", check=False)
    if result.returncode != 2 or "--duration" not in result.stderr:
        raise TestFailure(f"a missing option is a usage error: {result.returncode} {result.stderr!r}")


def test_backup_and_restore(app):
    app.cli("info")
    backup = os.path.join(app.tmp, "backup.sqlite")
    app.cli("backup", "-o", backup)
    with sqlite3.connect(backup) as connection:
        units = connection.execute("SELECT count(*) FROM units").fetchone()[0]
    if units < 2:
        raise TestFailure(f"the backup should hold the two bureaus, has {units} units")

    # A change after the backup, then the restore brings the backup's state back. The
    # audit triggers call the app's own SQL functions, so this connection provides them.
    with sqlite3.connect(app.database) as connection:
        connection.create_function("layanan_now", 0, lambda: "2026-11-23T10:00:00+07:00")
        connection.create_function("layanan_actor", 0, lambda: "test_cli")
        connection.execute("DELETE FROM holidays")
    result = app.cli("restore", backup, check=False)
    if result.returncode == 0:
        raise TestFailure("restore without a terminal or --yes must not replace anything")
    app.cli("restore", "--yes", backup)
    with sqlite3.connect(app.database) as connection:
        holidays = connection.execute("SELECT count(*) FROM holidays").fetchone()[0]
    if holidays == 0:
        raise TestFailure("the restored database should have its holidays back")
    kept = [name for name in os.listdir(app.tmp) if ".before-restore-" in name]
    if not kept:
        raise TestFailure("the database before the restore was not kept aside")


def test_load_twice_changes_nothing(app):
    holidays = os.path.join(SOURCE_ROOT, "data", "reference", "holidays.tsv")
    app.cli("load", "holidays", holidays)
    with sqlite3.connect(app.database) as connection:
        audit_before = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    app.cli("load", "holidays", holidays)
    with sqlite3.connect(app.database) as connection:
        audit_after = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    if audit_after != audit_before:
        raise TestFailure(f"loading the same file again wrote {audit_after - audit_before} changes")


def test_not_a_database(app):
    with open(app.database, "wb") as f:
        f.write(b"Nomor agenda, tanggal, perihal\n" * 100)
    before = digest(app.database)
    expect_failure(app.cli("info", check=False), app.database, "not a Layanan Biro database")
    if digest(app.database) != before:
        raise TestFailure("the file was changed")


def test_newer_database(app):
    with sqlite3.connect(app.database) as connection:
        connection.execute("CREATE TABLE future (x)")
        connection.execute("PRAGMA user_version = 999")
    before = digest(app.database)
    expect_failure(app.cli("info", check=False), app.database, "newer version")
    if digest(app.database) != before:
        raise TestFailure("the newer database was changed")


def test_locked_database(app):
    app.cli("info")
    holder = sqlite3.connect(app.database, isolation_level=None, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        expect_failure(app.cli("info", check=False), app.database, "in use by another program")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_read_only_folder(app):
    folder = os.path.join(app.tmp, "read-only")
    os.mkdir(folder, 0o555)
    os.chmod(app.tmp, 0o755)
    app.database = os.path.join(folder, "layanan.sqlite")
    command = [CLI, "--database", app.database, "info"]
    if os.geteuid() == 0:
        # Root ignores permissions: run as nobody, as an ordinary user would be, from a
        # copy of the CLI that nobody may run wherever the build tree is.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            raise TestFailure("setpriv is needed to drop root for this test")
        cli = os.path.join(app.tmp, "layanan-cli")
        shutil.copy(CLI, cli)
        os.chmod(cli, 0o755)
        command = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                   cli, "--database", app.database, "info"]
    result = subprocess.run(command, env=app.env, capture_output=True, text=True, timeout=60)
    expect_failure(result, folder)
    if os.listdir(folder):
        raise TestFailure(f"something was written in the read-only folder: {os.listdir(folder)}")


def standards_file(containing):
    """The shipped Standar Pelayanan document (data/standards) that holds the text."""
    folder = os.path.join(SOURCE_ROOT, "data", "standards")
    with open(os.path.join(folder, "units.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for row in rows[1:]:
        path = os.path.join(folder, row[rows[0].index("file")])
        with open(path, encoding="utf-8", errors="replace") as document:
            if containing in document.read():
                return path, row[rows[0].index("unit_code")]
    raise TestFailure(f"no document in {folder} holds {containing!r}")


def without_first_run_catalog(app):
    """A data folder with the reference data only, so the first start makes no catalog."""
    data = os.path.join(app.tmp, "data-without-standards")
    os.mkdir(data)
    os.symlink(os.path.join(SOURCE_ROOT, "data", "reference"), os.path.join(data, "reference"))
    app.env["LAYANAN_DATA_DIR"] = data


def count(app, sql):
    with sqlite3.connect(app.database) as connection:
        return connection.execute(sql).fetchone()[0]


def test_import_standar(app):
    without_first_run_catalog(app)
    name = "Fasilitasi Penyusunan Kebijakan Daerah"
    document, unit = standards_file(name)
    app.cli("info")
    if count(app, "SELECT count(*) FROM services") != 0:
        raise TestFailure("the catalog should be empty without data/standards")
    audit = count(app, "SELECT count(*) FROM audit_log")

    out = app.cli("import", "standar", document, "--unit", unit, "--dry-run").stdout
    for word in (name, "Persyaratan", "filled", "nothing was saved"):
        if word not in out:
            raise TestFailure(f"the dry run should show {word!r}: {out!r}")
    if count(app, "SELECT count(*) FROM audit_log") != audit:
        raise TestFailure("--dry-run wrote to the database")

    out = app.cli("import", "standar", document, "--unit", unit).stdout
    if "Saved 1 service" not in out:
        raise TestFailure(f"unexpected import output: {out!r}")
    row = None
    with sqlite3.connect(app.database) as connection:
        row = connection.execute(
            "SELECT s.name, u.code, v.completion_value, v.completion_unit, v.fee_rupiah "
            "FROM services AS s JOIN units AS u ON u.id = s.unit_id "
            "JOIN standard_versions AS v ON v.service_id = s.id").fetchall()
    if row != [(name, unit, 30, "working_days", 0)]:
        raise TestFailure(f"the saved service: {row!r}")

    # The same document again changes nothing.
    audit = count(app, "SELECT count(*) FROM audit_log")
    app.cli("import", "standar", document, "--unit", unit)
    if count(app, "SELECT count(*) FROM audit_log") != audit:
        raise TestFailure("importing the same document again wrote to the database")

    expect_failure(app.cli("import", "standar", os.path.join(app.tmp, "missing.txt"),
                           check=False), "missing.txt")
    result = app.cli("import", "standar", check=False)
    if result.returncode != 2:
        raise TestFailure(f"a missing FILE is a usage error: {result.returncode}")


def test_list_standar(app):
    out = app.cli("list", "standar").stdout
    lines = [line.split("\t") for line in out.splitlines()]
    if len(lines) != 9:
        raise TestFailure(f"the first-run catalog should list nine services: {out!r}")
    out = app.cli("list", "standar", "--search", "kebijakan daerah").stdout
    names = [line.split("\t")[-1] for line in out.splitlines()]
    if names != ["Fasilitasi Penyusunan Kebijakan Daerah"]:
        raise TestFailure(f"searching a name: {out!r}")
    # Component text is searched too: the Adpim services' staff meetings.
    out = app.cli("list", "standar", "--search", "RAPAT STAF").stdout
    if not out or any(line.split("\t")[1] != "adpim" for line in out.splitlines()):
        raise TestFailure(f"searching component text: {out!r}")
    if app.cli("list", "standar", "--search", "tidak ada layanan seperti ini").stdout:
        raise TestFailure("a search that matches nothing lists nothing")


def test_export_standar(app):
    out = app.cli("list", "standar", "--search", "Pelayanan Konsultasi").stdout
    ids = [line.split("\t")[0] for line in out.splitlines()
           if line.split("\t")[-1] == "Pelayanan Konsultasi"]
    if len(ids) != 1:
        raise TestFailure(f"Pelayanan Konsultasi should be listed once: {out!r}")
    service_id = ids[0]
    workbook = os.path.join(app.tmp, "standar.xlsx")
    app.cli("export", "standar", "--service", service_id, "-o", workbook)
    with zipfile.ZipFile(workbook) as archive:
        names = archive.namelist()
        if "xl/sharedStrings.xml" not in names:
            raise TestFailure(f"no shared strings in the workbook: {names}")
        strings = archive.read("xl/sharedStrings.xml").decode("utf-8")
    if "Pelayanan Konsultasi" not in strings:
        raise TestFailure("the workbook does not name the service")

    everything = os.path.join(app.tmp, "semua.xlsx")
    app.cli("export", "standar", "-o", everything)
    with zipfile.ZipFile(everything) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    if len(sheets) < 9:
        raise TestFailure(f"all nine services should be exported: {sheets}")

    expect_failure(app.cli("export", "standar", "--service", "999", "-o", workbook,
                           check=False), "999")


LETTERS = os.path.join(SOURCE_ROOT, "tests", "data", "letters")


def test_import_surat_and_export_agenda(app):
    born_digital = os.path.join(LETTERS, "05-mui-narasumber.pdf")
    scan = os.path.join(LETTERS, "07-pontianak-konsultasi-numerik.scan.jpg")
    out = app.cli("import", "surat", "--unit", "adpim", born_digital, scan).stdout
    lines = [line.split("\t") for line in out.splitlines() if "\t" in line]
    if [line[0].split("/")[0] for line in lines] != ["1", "2"]:
        raise TestFailure(f"expected agenda numbers 1 and 2: {out!r}")

    # The same paper again is refused by name; nothing else is saved.
    again = app.cli("import", "surat", born_digital, check=False)
    expect_failure(again, "05-mui-narasumber.pdf", "already registered as letter 1/")
    # A file that is no letter scan at all stops before anything is read.
    empty = os.path.join(app.tmp, "kosong.pdf")
    open(empty, "wb").close()
    expect_failure(app.cli("import", "surat", empty, check=False), "kosong.pdf", "empty")
    with sqlite3.connect(app.database) as db:
        count, units = db.execute("SELECT count(*), group_concat(DISTINCT units.code) "
                                  "FROM letters JOIN units ON units.id = letters.unit_id").fetchone()
    if (count, units) != (2, "adpim"):
        raise TestFailure(f"expected two letters in adpim's agenda, found {count} in {units}")

    workbook = os.path.join(app.tmp, "agenda.xlsx")
    app.cli("export", "agenda", "--from", "1/1/2020", "-o", workbook)
    with zipfile.ZipFile(workbook) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    for nomor in (lines[0][1], lines[1][1]):
        if nomor not in sheet:
            raise TestFailure(f"the agenda lacks the letter {nomor!r}")
    expect_failure(app.cli("export", "agenda", "--from", "31/02/2026", "-o", workbook,
                           check=False), "31/02/2026")


COMPLAINTS = os.path.join(SOURCE_ROOT, "tests", "data", "complaints")


def test_import_pengaduan(app):
    bad = os.path.join(COMPLAINTS, "bad.csv")
    result = app.cli("import", "pengaduan", "--unit", "adpim", bad, check=False)
    # Every bad row by line and column header; line 5 starts a quoted field over three lines.
    expect_failure(result, f"{bad}:2: column “Tanggal”", "31/02/2026",
                   f"{bad}:5: column “Kanal”", "“Pos”",
                   f"{bad}:8: column “Nomor Pelacakan”", f"{bad}:10: column “Kategori”")
    with sqlite3.connect(app.database) as db:
        count = db.execute("SELECT count(*) FROM complaints").fetchone()[0]
    if count != 0:
        raise TestFailure(f"a file with bad rows must import nothing, {count} complaints saved")

    clean = os.path.join(COMPLAINTS, "spreadsheet-id.csv")
    out = app.cli("import", "pengaduan", "--unit", "adpim", clean).stdout
    if "3" not in out:
        raise TestFailure(f"expected three complaints imported: {out!r}")
    with sqlite3.connect(app.database) as db:
        rows = db.execute("SELECT units.code, complaints.due_at FROM complaints "
                          "JOIN units ON units.id = complaints.unit_id "
                          "ORDER BY register_number").fetchall()
    if [code for code, _ in rows] != ["adpim"] * 3 or any(due is None for _, due in rows):
        raise TestFailure(f"expected three complaints of adpim with deadlines: {rows!r}")


SKM = os.path.join(SOURCE_ROOT, "tests", "data", "skm")


def test_import_skm(app):
    def responses():
        with sqlite3.connect(app.database) as db:
            return db.execute("SELECT units.code, skm_periods.name, count(skm_responses.id) "
                              "FROM skm_periods JOIN units ON units.id = skm_periods.unit_id "
                              "LEFT JOIN skm_responses ON skm_responses.period_id = skm_periods.id "
                              "GROUP BY skm_periods.id").fetchall()

    forms = os.path.join(SKM, "google-forms.csv")
    # A period that does not exist yet needs its dates.
    expect_failure(app.cli("import", "skm", "--period", "Semester I 2026", forms, check=False),
                   "Semester I 2026", "--from")
    if responses():
        raise TestFailure(f"a refused import must create no period: {responses()!r}")

    bad = os.path.join(SKM, "bad.csv")
    result = app.cli("import", "skm", "--period", "Semester I 2026", "--from", "01/01/2026",
                     "--to", "30/06/2026", "--unit", "adpim", bad, check=False)
    # Every bad cell by line and column; line 4 starts a saran over three lines.
    expect_failure(result, f"{bad}:3: column “U3”: “5”", f"{bad}:7: column “Tanggal”",
                   f"{bad}:9: column “U1”: “Lumayan”", "5 of 8")
    if responses():
        raise TestFailure(f"a file with bad rows must import nothing: {responses()!r}")

    out = app.cli("import", "skm", "--period", "Semester I 2026", "--from", "01/01/2026",
                  "--to", "30/06/2026", "--unit", "adpim", forms).stdout
    if "4" not in out:
        raise TestFailure(f"expected four questionnaires imported: {out!r}")
    out = app.cli("import", "skm", "--period", "Semester I 2026", "--unit", "adpim",
                  "--skip-bad-rows", bad).stdout
    if "3" not in out or "5" not in out:
        raise TestFailure(f"expected three imported and five skipped: {out!r}")
    if responses() != [("adpim", "Semester I 2026", 7)]:
        raise TestFailure(f"expected seven questionnaires in one period of adpim: {responses()!r}")


def main():
    tests = [
        ("due", test_due),
        ("due-bad-input", test_due_bad_input),
        ("backup-and-restore", test_backup_and_restore),
        ("load-twice-changes-nothing", test_load_twice_changes_nothing),
        ("not-a-database", test_not_a_database),
        ("newer-database", test_newer_database),
        ("locked-database", test_locked_database),
        ("read-only-folder", test_read_only_folder),
        ("import-standar", test_import_standar),
        ("list-standar", test_list_standar),
        ("export-standar", test_export_standar),
        ("import-surat-and-export-agenda", test_import_surat_and_export_agenda),
        ("import-pengaduan", test_import_pengaduan),
        ("import-skm", test_import_skm),
    ]
    print(f"1..{len(tests)}")
    failures = 0
    for number, (name, function) in enumerate(tests, start=1):
        app = App(name)
        os.chmod(app.tmp, 0o755)
        try:
            function(app)
            print(f"ok {number} {name}")
        except Exception as error:
            failures += 1
            print(f"not ok {number} {name}")
            for line in str(error).splitlines():
                print(f"# {line}")
        finally:
            app.stop()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
