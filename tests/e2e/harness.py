#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end harness: the real `layanan` binary under Xvfb and a session bus,
driven through AT-SPI by role and name, as a screen reader or a person would.

Every e2e test runs inside `xvfb-run … dbus-run-session -- python3 test_x.py`
(see meson.build); this module starts the app on a temporary database, finds
widgets, waits for conditions, and saves a screenshot when a test fails.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402

BUILD_ROOT = os.environ["LAYANAN_BUILD_ROOT"]
SOURCE_ROOT = os.environ["LAYANAN_SOURCE_ROOT"]
APP = os.path.join(BUILD_ROOT, "src", "layanan")
CLI = os.path.join(BUILD_ROOT, "src", "layanan-cli")
SCREENSHOT_DIR = os.path.join(BUILD_ROOT, "meson-logs", "e2e-screenshots")
SKIP = 77


class TestFailure(AssertionError):
    pass


def wait_for(predicate, timeout=15.0, message="condition", interval=0.1):
    """Polls predicate() until it returns a true value, which is returned."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:  # the tree changes under us while we look
            last_error = error
        time.sleep(interval)
    detail = f" (last error: {last_error})" if last_error else ""
    raise TestFailure(f"timed out after {timeout:.0f} s waiting for {message}{detail}")


def role_name(node):
    return node.getRoleName()


def find_all(root, role=None, name=None, predicate=None, max_depth=40):
    """Every descendant of root with the given role name and accessible name."""
    found = []
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if node is None:
            continue
        try:
            if ((role is None or role_name(node) == role)
                    and (name is None or node.name == name)
                    and (predicate is None or predicate(node))):
                found.append(node)
            if depth < max_depth:
                for i in range(node.childCount - 1, -1, -1):
                    stack.append((node.getChildAtIndex(i), depth + 1))
        except Exception:
            continue  # a widget that went away while we walked
    return found


def is_selected(node):
    return node.getState().contains(pyatspi.STATE_SELECTED)


def is_checked(node):
    return node.getState().contains(pyatspi.STATE_CHECKED)


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def click(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "press", "activate", "toggle"):
            action.doAction(i)
            return
    action.doAction(0)


class App:
    """The app under test, on its own temporary database and settings."""

    def __init__(self, name, database=None, lang="C.UTF-8", args=()):
        self.name = name
        self.tmp = tempfile.mkdtemp(prefix=f"layanan-e2e-{name}-")
        self.database = database or os.path.join(self.tmp, "layanan.sqlite")
        self.lang = lang
        self.args = list(args)
        self.process = None
        self.root = None
        self.env = self._environment()

    def _environment(self):
        env = dict(os.environ)
        env.pop("NO_AT_BRIDGE", None)
        env.pop("LANGUAGE", None)
        env.update({
            "LANG": self.lang,
            "LC_ALL": self.lang,
            "GSETTINGS_BACKEND": "keyfile",
            "GSETTINGS_SCHEMA_DIR": os.path.join(BUILD_ROOT, "data"),
            "XDG_CONFIG_HOME": os.path.join(self.tmp, "config"),
            "XDG_DATA_HOME": os.path.join(self.tmp, "data"),
            "XDG_CACHE_HOME": os.path.join(self.tmp, "cache"),
            "LAYANAN_DATA_DIR": os.path.join(SOURCE_ROOT, "data"),
            "LAYANAN_LOCALEDIR": os.path.join(BUILD_ROOT, "po"),
            "GSK_RENDERER": "cairo",
            "GTK_A11Y": "atspi",
        })
        return env

    def set_language(self, lang):
        self.lang = lang
        self.env = self._environment()

    def cli(self, *args, check=True):
        """Runs layanan-cli on the same database and environment."""
        result = subprocess.run([CLI, "--database", self.database, *args], env=self.env,
                                capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            raise TestFailure(f"layanan-cli {' '.join(args)} failed: {result.stderr}")
        return result

    def start(self):
        self.process = subprocess.Popen([APP, "--database", self.database, *self.args],
                                        env=self.env)
        self.root = wait_for(self._find_application, timeout=30,
                             message="the layanan application on the accessibility bus")
        wait_for(lambda: self.window(), message="the main window")
        return self

    def _find_application(self):
        if self.process.poll() is not None:
            raise TestFailure(f"layanan exited with status {self.process.returncode}")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "layanan":
                return app
        return None

    def window(self, name=None):
        for i in range(self.root.childCount):
            child = self.root.getChildAtIndex(i)
            if child is not None and (name is None or child.name == name):
                return child
        return None

    def windows(self):
        return [self.root.getChildAtIndex(i) for i in range(self.root.childCount)]

    def find(self, role, name, root=None, timeout=15.0):
        """The first widget with this role and name, waiting until it appears."""
        def look():
            roots = [root] if root is not None else self.windows()
            for r in roots:
                hits = find_all(r, role, name)
                if hits:
                    return hits[0]
            return None
        return wait_for(look, timeout=timeout, message=f"a {role} named {name!r}")

    def find_clickable(self, role, name, root=None, timeout=15.0):
        """Like find(), for the widget that acts: GtkMenuButton wraps an inner
        button of the same role and name, and only the inner one clicks."""
        def look():
            for hit in self.find_all(role, name, root):
                try:
                    if hit.queryAction().nActions > 0:
                        return hit
                except NotImplementedError:
                    continue
            return None
        return wait_for(look, timeout=timeout, message=f"a clickable {role} named {name!r}")

    def find_all(self, role=None, name=None, root=None):
        roots = [root] if root is not None else self.windows()
        return [hit for r in roots for hit in find_all(r, role, name)]

    def screenshot(self, label):
        os.makedirs(SCREENSHOT_DIR, exist_ok=True)
        path = os.path.join(SCREENSHOT_DIR, f"{self.name}-{label}.png")
        subprocess.run(["import", "-window", "root", path], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return path

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)


def run(tests):
    """Runs each (name, function) and prints TAP; a failure leaves a screenshot."""
    if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("1..0 # SKIP needs a display and a session bus (run under xvfb-run and dbus-run-session)")
        sys.exit(SKIP)

    print(f"1..{len(tests)}")
    failures = 0
    for number, (name, function) in enumerate(tests, start=1):
        app = App(name)
        try:
            function(app)
            print(f"ok {number} {name}")
        except Exception:
            failures += 1
            shot = app.screenshot("failure") if app.process else None
            print(f"not ok {number} {name}")
            for line in traceback.format_exc().splitlines():
                print(f"# {line}")
            if shot:
                print(f"# screenshot: {shot}")
        finally:
            app.stop()
        sys.stdout.flush()
    sys.exit(1 if failures else 0)
