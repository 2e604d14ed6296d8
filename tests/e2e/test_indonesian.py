#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""On an Indonesian desktop every visible string is Indonesian."""

import os
import re
import subprocess

from harness import SOURCE_ROOT, TestFailure, click, find_all, run, wait_for

TABS_ID = ["Katalog Layanan", "Surat Masuk", "Pengaduan", "Evaluasi Kinerja"]


def untranslated_msgids():
    """English source strings whose Indonesian translation differs from them."""
    entries = {}
    msgid = msgstr = None
    state = None
    with open(os.path.join(SOURCE_ROOT, "po", "id.po"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("msgid "):
                if msgid is not None:
                    entries[msgid] = msgstr
                msgid, msgstr, state = eval(line[6:]), "", "id"
            elif line.startswith("msgstr "):
                msgstr, state = eval(line[7:]), "str"
            elif line.startswith('"') and state == "id":
                msgid += eval(line)
            elif line.startswith('"') and state == "str":
                msgstr += eval(line)
    if msgid is not None:
        entries[msgid] = msgstr
    return {k.replace("_", "") for k, v in entries.items() if k and v and k != v}


def visible_names(root):
    return {node.name for node in find_all(root) if node.name}


def check_all_indonesian(app, window, where):
    english = untranslated_msgids()
    leftovers = sorted(name for name in visible_names(window) if name in english)
    if leftovers:
        raise TestFailure(f"English strings in {where}: {leftovers}")


def test_main_window_in_indonesian(app):
    app.set_language("id_ID.UTF-8")
    app.start()
    for name in TABS_ID:
        app.find("page tab", name)
    window = app.window()
    check_all_indonesian(app, window, "the main window")
    app.screenshot("main-window")

    click(app.find_clickable("push button", "Menu Utama"))
    app.find("menu item", "Preferensi")
    check_all_indonesian(app, window, "the main menu")
    click(app.find("menu item", "Preferensi"))
    preferences = wait_for(lambda: app.window("Preferensi"), message="the Preferensi window")
    check_all_indonesian(app, preferences, "Preferences")
    click(app.find("page tab", "Waktu Kerja", root=preferences))
    app.find("check box", "Cuti Bersama Adalah Hari Libur", root=preferences)
    check_all_indonesian(app, preferences, "Preferences, Working Time")
    app.screenshot("preferences")


def test_cli_dates_in_indonesian(app):
    app.set_language("id_ID.UTF-8")
    out = app.cli("due", "--from", "2026-11-20 10:00", "--duration", "1 hari kerja").stdout
    # Friday 20 November 2026 + 1 working day = Monday 23 November 2026, closing at 16:00.
    if "23 November 2026" not in out or "Senin" not in out:
        raise TestFailure(f"expected an Indonesian date in {out!r}")


if __name__ == "__main__":
    run([
        ("main-window-in-indonesian", test_main_window_in_indonesian),
        ("cli-dates-in-indonesian", test_cli_dates_in_indonesian),
    ])
