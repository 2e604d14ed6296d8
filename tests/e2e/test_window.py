#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window as a person uses it: the four tabs and Preferences."""

from harness import TestFailure, click, find_all, is_checked, is_selected, run, wait_for

TABS = ["Service Catalog", "Incoming Letters", "Complaints", "Performance Evaluation"]


def selected_tabs(app):
    """The main window's four tabs only: the Evaluasi Kinerja page has
    tabs of its own (SKM, Workload)."""
    return {tab.name for tab in app.find_all("page tab") if tab.name in TABS and is_selected(tab)}


def test_switch_through_tabs(app):
    app.start()
    app.find("page tab", TABS[0])
    # The last page is remembered; start from the catalog whatever it was.
    for name in TABS[1:] + TABS[:1]:
        click(app.find_all("page tab", name)[0])
        wait_for(lambda: selected_tabs(app) == {name},
                 message=f"only the {name!r} tab to be selected (now {selected_tabs(app)})")
        # The page itself says what it holds, not placeholder data.
        app.find("label", name)


def open_preferences(app):
    click(app.find_clickable("push button", "Main Menu"))
    click(app.find("menu item", "Preferences"))
    return wait_for(lambda: app.window("Preferences"), message="the Preferences window")


def due_with_cli(app):
    return app.cli("due", "--from", "2026-03-19 10:00", "--duration", "5 hari kerja",
                   "--iso").stdout.strip()


def test_preferences_cuti_bersama(app):
    app.start()
    app.find("page tab", TABS[0])
    # Nyepi on Thursday 19 March 2026, then cuti bersama 20, 23, 24 March.
    before = due_with_cli(app)
    if not before.startswith("2026-04-01T16:00"):
        raise TestFailure(f"with cuti bersama as days off the due should be 1 April, got {before}")

    preferences = open_preferences(app)
    click(app.find("page tab", "Working Time", root=preferences))
    switch = app.find("check box", "Cuti Bersama Are Days Off", root=preferences)
    if not is_checked(switch):
        raise TestFailure("cuti bersama should be days off by default")
    click(switch)
    wait_for(lambda: not is_checked(switch), message="the switch to turn off")

    # The setting took effect where it matters: the deadline moves earlier.
    answers = []

    def moved():
        answers.append(due_with_cli(app))
        return answers[-1].startswith("2026-03-27T16:30")

    try:
        wait_for(moved, message="the due date to become 27 March")
    except TestFailure as failure:
        raise TestFailure(f"{failure}; layanan-cli said {answers[-1:]}") from None


def test_preferences_working_days(app):
    app.start()
    app.find("page tab", TABS[0])
    friday = ("due", "--from", "2026-11-20 10:00", "--duration", "1 hari kerja", "--iso")
    before = app.cli(*friday).stdout.strip()
    if not before.startswith("2026-11-23T16:00"):
        raise TestFailure(f"1 working day from a Friday should end on Monday, got {before}")

    preferences = open_preferences(app)
    click(app.find("page tab", "Working Time", root=preferences))
    saturday = app.find("check box", "Saturday is a working day", root=preferences)
    if is_checked(saturday):
        raise TestFailure("Saturday should not be a working day by default")
    click(saturday)

    # A Saturday office day gets the default hours, 07:30–16:00.
    wait_for(lambda: app.cli(*friday).stdout.strip().startswith("2026-11-21T16:00"),
             message="the deadline to fall on Saturday once it is a working day")


def test_about_and_shortcuts(app):
    app.start()
    app.find("page tab", TABS[0])
    click(app.find_clickable("push button", "Main Menu"))
    click(app.find("menu item", "About Layanan Biro"))
    about = wait_for(lambda: app.window("About"), message="the About window")
    app.find("label", "Service standards, incoming letters, complaints and performance evaluation"
             " for government bureaus", root=about)

    click(app.find_clickable("push button", "Main Menu"))
    click(app.find("menu item", "Keyboard Shortcuts"))
    app.find("label", "Back Up Database")
    app.find("label", "Performance Evaluation")


def test_preferences_show_units_and_database(app):
    app.start()
    app.find("page tab", TABS[0])
    preferences = open_preferences(app)
    app.find("label", "Biro Kesejahteraan Rakyat", root=preferences)
    app.find("label", "Biro Administrasi Pimpinan", root=preferences)
    app.find("label", app.database, root=preferences)


if __name__ == "__main__":
    run([
        ("switch-through-tabs", test_switch_through_tabs),
        ("preferences-cuti-bersama", test_preferences_cuti_bersama),
        ("preferences-working-days", test_preferences_working_days),
        ("preferences-units-database", test_preferences_show_units_and_database),
        ("about-and-shortcuts", test_about_and_shortcuts),
    ])
