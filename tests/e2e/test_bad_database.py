#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A database that cannot be used is explained in the window and left untouched."""

import hashlib
import os
import sqlite3

from harness import App, TestFailure, find_all, run, text_of, wait_for


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def error_text(app):
    """The text of the error page's description, once it is shown."""
    def look():
        for window in app.windows():
            for label in find_all(window, "label"):
                text = label.name or ""
                if "database" in text.lower() and len(text) > 40:
                    return text
        return None
    return wait_for(look, message="an error message about the database")


def expect_refused(app, expected_words):
    before = digest(app.database)
    app.start()
    app.find("label", "The Database Could Not Be Opened")
    message = error_text(app)
    for word in expected_words:
        if word not in message:
            raise TestFailure(f"the message {message!r} should mention {word!r}")
    if app.database not in message:
        raise TestFailure(f"the message {message!r} should name the file {app.database}")
    if digest(app.database) != before:
        raise TestFailure("the refused database was changed")
    for suffix in ("-wal", "-shm", "-journal"):
        if os.path.exists(app.database + suffix):
            raise TestFailure(f"opening the refused database left a {suffix} file")


def test_not_a_database(app):
    with open(app.database, "wb") as f:
        f.write(os.urandom(4096))
    expect_refused(app, ["not a Layanan Biro database"])


def test_newer_database(app):
    connection = sqlite3.connect(app.database)
    connection.execute("CREATE TABLE future (x)")
    connection.execute("PRAGMA user_version = 999")
    connection.commit()
    connection.close()
    expect_refused(app, ["newer version", "999"])


def test_locked_database(app):
    # A first run creates a real database; then another program locks it.
    app.cli("info")
    holder = sqlite3.connect(app.database, isolation_level=None, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        app.start()
        message = error_text(app)
        if "in use by another program" not in message:
            raise TestFailure(f"the message {message!r} should say the database is in use")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_folder_cannot_be_created(app):
    blocker = os.path.join(app.tmp, "not-a-folder")
    with open(blocker, "w") as f:
        f.write("a file where the database folder should be\n")
    app.database = os.path.join(blocker, "layanan.sqlite")
    app.start()
    message = error_text(app)
    if blocker not in message:
        raise TestFailure(f"the message {message!r} should name {blocker}")


if __name__ == "__main__":
    run([
        ("not-a-database", test_not_a_database),
        ("newer-database", test_newer_database),
        ("locked-database", test_locked_database),
        ("folder-cannot-be-created", test_folder_cannot_be_created),
    ])
