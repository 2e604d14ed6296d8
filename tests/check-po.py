#!/usr/bin/env python3
# check-po.py
#
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that the translation is complete and po/POTFILES.in lists what it must.

    check-po.py SOURCE_ROOT     check the project at SOURCE_ROOT
    check-po.py --self-test     check the checker on a tree made for it

For SOURCE_ROOT it fails, listing every problem, when:
  * a catalog named in po/LINGUAS has an untranslated or fuzzy message (the header is not
    a message, obsolete #~ entries are ignored);
  * a string that xgettext extracts from the files in POTFILES.in has no entry in a catalog;
  * `msgfmt -c` rejects a catalog (format strings that do not match, a bad header);
  * a file under src/, ui/ or data/ holds translatable strings but is not in POTFILES.in
    (unless po/POTFILES.skip names it), or POTFILES.in names a file that does not exist;
  * POTFILES.in is not sorted (byte order, as `LC_ALL=C sort`) or names a file twice.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

# What makes a file translatable --------------------------------------------------------------

# The GLib gettext macros and functions; the same keywords as meson's 'glib' preset, plus the
# plain gettext family.
C_KEYWORDS = ('_', 'N_', 'C_', 'NC_', 'Q_', 'gettext', 'dgettext', 'dcgettext', 'ngettext',
              'dngettext', 'pgettext', 'g_dgettext', 'g_dcgettext', 'g_dngettext',
              'g_dpgettext', 'g_dpgettext2')
C_CALL_RE = re.compile(r'(?<![A-Za-z0-9_])(?:%s)\s*\(' % '|'.join(re.escape(k) for k in C_KEYWORDS))

# GtkBuilder reads any of these as true (gtk_builder_value_from_string for booleans).
UI_TRANSLATABLE_RE = re.compile(r'''\btranslatable\s*=\s*["'](?:yes|true|1|y|t)["']''', re.I)
# intltool-style marked elements (<_summary>, <_p>) in any XML template.
INTLTOOL_RE = re.compile(r'<_[A-Za-z]')
DESKTOP_KEY_RE = re.compile(r'^(?:Name|GenericName|Comment|Keywords|X-GNOME-FullName)\s*=\s*\S',
                            re.M)
METAINFO_RE = re.compile(r'<(?:name|summary|description|caption|developer_name)\b')
GSCHEMA_DOMAIN_RE = re.compile(r'<(?:schemalist|schema)\b[^>]*\bgettext-domain\s*=', re.S)
GSCHEMA_TEXT_RE = re.compile(r'<(?:summary|description)\b')

SCAN_DIRS = ('src', 'ui', 'data')
SKIP_DIR_NAMES = {'.git', '__pycache__'}


def strip_c_comments_and_strings(text):
    """Blank out comments and the insides of string and character literals, so that a
    `_ (` written in a comment or in a string does not count as a call."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith('/*', i):
            end = text.find('*/', i + 2)
            end = n if end < 0 else end + 2
            out.append(' ' * (end - i))
            i = end
        elif text.startswith('//', i):
            end = text.find('\n', i)
            end = n if end < 0 else end
            out.append(' ' * (end - i))
            i = end
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(c + ' ' * (min(j, n) - i - 1) + (c if j < n else ''))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def translatable_reason(path, text):
    """Why the file at `path` (its content is `text`) has translatable strings, or None."""
    name = os.path.basename(path)
    if name.endswith(('.c', '.h', '.blp', '.vala', '.js', '.py')):
        m = C_CALL_RE.search(strip_c_comments_and_strings(text))
        return 'calls %s' % m.group(0).rstrip('( \t') if m else None
    if name.endswith('.ui'):
        return 'has translatable="yes"' if UI_TRANSLATABLE_RE.search(text) else None
    if name.endswith('.gschema.xml'):
        if GSCHEMA_DOMAIN_RE.search(text) and GSCHEMA_TEXT_RE.search(text):
            return 'has a gettext-domain and summaries or descriptions'
        return None
    if name.endswith('.in'):
        if INTLTOOL_RE.search(text):
            return 'has <_element> markers'
        if name.endswith(('.desktop.in', '.desktop.in.in')) and DESKTOP_KEY_RE.search(text):
            return 'has translatable desktop keys'
        if re.search(r'\.(?:metainfo|appdata)\.xml\.in(?:\.in)?$', name) \
                and METAINFO_RE.search(text):
            return 'has translatable AppStream elements'
    return None


def wanted_file(rel):
    """Whether a file under src/, ui/ or data/ is of a kind that can hold strings."""
    top = rel.split('/', 1)[0]
    name = os.path.basename(rel)
    if top in ('src', 'ui'):
        return name.endswith(('.c', '.h', '.ui', '.blp', '.vala', '.js', '.py'))
    if top == 'data':
        return name.endswith(('.in', '.gschema.xml'))
    return False


def scan_sources(root):
    """{relative path: reason} for each source file with translatable strings."""
    found = {}
    for top in SCAN_DIRS:
        base = os.path.join(root, top)
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIR_NAMES)
            for filename in sorted(filenames):
                full = os.path.join(dirpath, filename)
                rel = os.path.relpath(full, root).replace(os.sep, '/')
                if not wanted_file(rel):
                    continue
                with open(full, encoding='utf-8', errors='replace') as f:
                    reason = translatable_reason(rel, f.read())
                if reason:
                    found[rel] = reason
    return found


def read_list(path):
    """The entries of POTFILES.in / POTFILES.skip / LINGUAS, with their line numbers."""
    entries = []
    if not os.path.exists(path):
        return entries
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.split('#', 1)[0].strip()
            if not line or line.startswith('['):
                continue
            for word in line.split():
                entries.append((lineno, word))
    return entries


def check_potfiles(root):
    problems = []
    potfiles = os.path.join(root, 'po', 'POTFILES.in')
    if not os.path.exists(potfiles):
        return ['po/POTFILES.in: missing']
    entries = read_list(potfiles)
    listed = [e for _, e in entries]
    skipped = {e for _, e in read_list(os.path.join(root, 'po', 'POTFILES.skip'))}

    for lineno, entry in entries:
        if not os.path.isfile(os.path.join(root, entry)):
            problems.append('po/POTFILES.in:%d: %s does not exist' % (lineno, entry))
    seen = set()
    for lineno, entry in entries:
        if entry in seen:
            problems.append('po/POTFILES.in:%d: %s is listed twice' % (lineno, entry))
        seen.add(entry)

    for i in range(1, len(entries)):
        (_, prev), (lineno, cur) = entries[i - 1], entries[i]
        if cur < prev:
            problems.append('po/POTFILES.in:%d: not sorted: %s comes after %s'
                            % (lineno, cur, prev))
    if listed != sorted(listed):
        problems.append('po/POTFILES.in: expected order (LC_ALL=C sort):\n    '
                        + '\n    '.join(sorted(set(listed))))

    for rel, reason in sorted(scan_sources(root).items()):
        if rel not in seen and rel not in skipped:
            problems.append('po/POTFILES.in: missing %s (it %s)' % (rel, reason))
    return problems


# PO catalogs ---------------------------------------------------------------------------------

def unquote(s):
    s = s.strip()
    if not (len(s) >= 2 and s[0] == '"' and s[-1] == '"'):
        raise ValueError('not a quoted string: %r' % s)
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}
                  .get(m.group(1), m.group(1)), s[1:-1])


class Entry:
    def __init__(self, lineno):
        self.lineno = lineno
        self.flags = set()
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}          # index (0 for a singular msgstr) -> text
        self.obsolete = False

    @property
    def is_header(self):
        return self.msgid == '' and self.msgctxt is None

    @property
    def key(self):
        return (self.msgctxt, self.msgid)


def parse_po(path):
    """The entries of a PO file. Raises ValueError on a line it cannot read."""
    entries = []
    cur = None
    field = None            # ('msgid',) / ('msgstr', index) / ...
    pending_flags = set()
    pending_obsolete = False
    pending_line = None

    def finish():
        nonlocal cur
        if cur is not None and cur.msgid is not None:
            entries.append(cur)
        cur = None

    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for lineno, raw in enumerate(lines, 1):
        line = raw.strip()
        obsolete = False
        if line.startswith('#~'):
            obsolete = True
            line = line[2:].strip()
            if line.startswith('|'):        # previous msgid of an obsolete entry
                continue
        if not line:
            finish()
            field = None
            continue
        if line.startswith('#'):
            if line.startswith('#,'):
                if cur is not None and field is not None and field[0] == 'msgstr':
                    finish()
                    field = None
                pending_flags |= {f.strip() for f in line[2:].split(',') if f.strip()}
            continue
        m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
        if m:
            keyword, index, value = m.group(1), m.group(2), unquote(m.group(3))
            if keyword in ('msgctxt', 'msgid') and cur is not None \
                    and (field is None or field[0] == 'msgstr'):
                finish()
            if cur is None:
                cur = Entry(pending_line or lineno)
                cur.flags = pending_flags
                cur.obsolete = obsolete or pending_obsolete
                pending_flags = set()
                pending_obsolete = False
                pending_line = None
            if keyword == 'msgctxt':
                cur.msgctxt, field = value, ('msgctxt',)
            elif keyword == 'msgid':
                cur.msgid, field = value, ('msgid',)
                if cur.lineno is None:
                    cur.lineno = lineno
            elif keyword == 'msgid_plural':
                cur.msgid_plural, field = value, ('msgid_plural',)
            else:
                i = int(index) if index is not None else 0
                cur.msgstr[i], field = value, ('msgstr', i)
            continue
        if line.startswith('"') and cur is not None and field is not None:
            value = unquote(line)
            if field[0] == 'msgctxt':
                cur.msgctxt += value
            elif field[0] == 'msgid':
                cur.msgid += value
            elif field[0] == 'msgid_plural':
                cur.msgid_plural += value
            else:
                cur.msgstr[field[1]] += value
            continue
        raise ValueError('%s:%d: cannot read %r' % (path, lineno, raw))
    finish()
    return entries


def describe(entry):
    text = entry.msgid if len(entry.msgid) <= 70 else entry.msgid[:67] + '...'
    text = text.replace('\n', '\\n')
    if entry.msgctxt is not None:
        return '"%s" (context "%s")' % (text, entry.msgctxt)
    return '"%s"' % text


def check_catalog(rel, path):
    problems = []
    try:
        entries = parse_po(path)
    except (ValueError, UnicodeDecodeError) as e:
        return ['%s: %s' % (rel, e)]
    for e in entries:
        if e.obsolete or e.is_header:
            continue
        if 'fuzzy' in e.flags:
            problems.append('%s:%d: fuzzy: %s' % (rel, e.lineno, describe(e)))
        elif not e.msgstr or any(v == '' for v in e.msgstr.values()):
            problems.append('%s:%d: untranslated: %s' % (rel, e.lineno, describe(e)))
    return problems


def run_msgfmt(rel, path):
    msgfmt = shutil.which('msgfmt')
    if msgfmt is None:
        print('# msgfmt not found: format strings not checked')
        return []
    proc = subprocess.run([msgfmt, '-c', '--statistics', '-o', os.devnull, path],
                          capture_output=True, text=True)
    stats = [line for line in proc.stderr.splitlines() if 'translated' in line]
    for line in stats:
        print('# %s: %s' % (rel, line))
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.splitlines() if line not in stats]
        return ['%s: msgfmt -c failed:\n    %s' % (rel, '\n    '.join(lines))]
    return []


# The same keywords and flags as meson's i18n 'glib' preset, so the template is the one that
# `ninja layanan-pot` would write.
XGETTEXT_ARGS = ['--from-code=UTF-8', '--add-comments',
                 '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
                 '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3',
                 '--keyword=g_dpgettext2:2c,3',
                 '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format',
                 '--flag=NC_:2:pass-c-format', '--flag=g_dngettext:2:pass-c-format',
                 '--flag=g_strdup_printf:1:c-format', '--flag=g_string_printf:2:c-format',
                 '--flag=g_string_append_printf:2:c-format',
                 '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
                 '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
                 '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format',
                 '--flag=g_printf:1:c-format', '--flag=g_fprintf:2:c-format',
                 '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format']


def extract_template(root, workdir):
    """Entries xgettext finds in the files of POTFILES.in, or None if it cannot run."""
    xgettext = shutil.which('xgettext')
    if xgettext is None:
        print('# xgettext not found: catalogs not compared with the sources')
        return None
    files = [e for _, e in read_list(os.path.join(root, 'po', 'POTFILES.in'))]
    files = [f for f in files if os.path.isfile(os.path.join(root, f))]
    if not files:
        return []
    listing = os.path.join(workdir, 'files')
    with open(listing, 'w', encoding='utf-8') as f:
        f.write('\n'.join(files) + '\n')
    pot = os.path.join(workdir, 'template.pot')
    proc = subprocess.run([xgettext, '--files-from=' + listing, '--directory=' + root,
                           '--output=' + pot, '--package-name=check'] + XGETTEXT_ARGS,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError('xgettext failed:\n    ' + '\n    '.join(proc.stderr.splitlines()))
    if not os.path.exists(pot):         # nothing to extract
        return []
    return [e for e in parse_po(pot) if not e.is_header]


def check_catalogs(root):
    problems = []
    languages = [e for _, e in read_list(os.path.join(root, 'po', 'LINGUAS'))]
    if not languages:
        return ['po/LINGUAS: names no language']
    with tempfile.TemporaryDirectory() as workdir:
        try:
            template = extract_template(root, workdir)
        except (RuntimeError, ValueError) as e:
            problems.append('po/POTFILES.in: %s' % e)
            template = None
    for lang in languages:
        rel = 'po/%s.po' % lang
        path = os.path.join(root, rel)
        if not os.path.isfile(path):
            problems.append('%s: missing (po/LINGUAS names %s)' % (rel, lang))
            continue
        problems += check_catalog(rel, path)
        problems += run_msgfmt(rel, path)
        if template is not None:
            try:
                have = {e.key for e in parse_po(path) if not e.obsolete}
            except (ValueError, UnicodeDecodeError):
                continue            # already reported by check_catalog
            for e in template:
                if e.key not in have:
                    problems.append('%s: no entry for %s (run `ninja %s-update-po`)'
                                    % (rel, describe(e), 'layanan'))
    return problems


def check(root):
    return check_catalogs(root) + check_potfiles(root)


def main_check(root):
    if not os.path.isfile(os.path.join(root, 'meson.build')):
        print('%s is not the source root' % root, file=sys.stderr)
        return 2
    problems = check(root)
    for p in problems:
        print(p)
    if problems:
        print('%d problems with the translation or po/POTFILES.in' % len(problems))
        return 1
    print('translation complete and po/POTFILES.in up to date')
    return 0


# Self-test -----------------------------------------------------------------------------------

GOOD_PO = '''# A catalog for the self-test.
msgid ""
msgstr ""
"Project-Id-Version: check\\n"
"Language: id\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

#: src/a.c:3
msgid "Hello"
msgstr "Halo"

#: src/a.c:4
#, c-format
msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d berkas"

#: data/app.desktop.in:2
msgid "Office"
msgstr "Kantor"

#~ msgid "Gone"
#~ msgstr ""
'''

BAD_PO = '''# A catalog for the self-test.
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: check\\n"
"Language: id\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

#: src/a.c:3
#, fuzzy
msgid "Hello"
msgstr "Halo"

#: src/a.c:4
#, c-format
msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%s berkas"

msgctxt "verb"
msgid ""
"Open a "
"long one"
msgstr ""

#~ msgid "Gone"
#~ msgstr ""
'''

A_C = '''#include <glib/gi18n.h>
static const char *s[] = {
  N_("Hello"),
  (const char *) 0,
};
static void f (int n) { g_print (ngettext ("%d file", "%d files", n), n); }
'''


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def make_tree(root, good):
    write(root, 'meson.build', "project('check', 'c')\n")
    write(root, 'po/LINGUAS', 'id\n')
    write(root, 'src/a.c', A_C)
    write(root, 'data/app.desktop.in', '[Desktop Entry]\nName=Office\nExec=app\n')
    # Not translatable: the call is in a comment and in a string, the schema has no domain.
    write(root, 'src/quiet.c', '/* _("x") */\nstatic const char *q = "_(\\"y\\")";\n')
    write(root, 'data/app.gschema.xml',
          '<schemalist><schema id="a"><key name="k" type="b"><default>true</default>'
          '<summary>K</summary></key></schema></schemalist>\n')
    if good:
        write(root, 'po/POTFILES.in', '# Files with translatable strings.\n'
              'data/app.desktop.in\nsrc/a.c\n')
        write(root, 'po/id.po', GOOD_PO)
        return
    write(root, 'po/POTFILES.in', 'src/gone.c\nsrc/a.c\n')
    write(root, 'po/id.po', BAD_PO)
    write(root, 'src/b.c', 'const char *b (void) { return C_ ("verb", "Open"); }\n')
    write(root, 'ui/w.ui', '<interface><object class="GtkLabel"><property name="label" '
          'translatable="yes">Hi</property></object></interface>\n')
    write(root, 'data/dom.gschema.xml',
          '<schemalist gettext-domain="check"><schema id="b"><key name="k" type="b">'
          '<default>true</default><summary>K</summary></key></schema></schemalist>\n')


def self_test():
    failures = []

    def expect(problems, needle, present=True):
        hit = any(needle in p for p in problems)
        if hit != present:
            failures.append('%s %r in:\n  %s' % ('expected' if present else 'did not expect',
                                                 needle, '\n  '.join(problems) or '(nothing)'))

    with tempfile.TemporaryDirectory() as good:
        make_tree(good, good=True)
        problems = check(good)
        if problems:
            failures.append('a complete tree reported:\n  ' + '\n  '.join(problems))

    with tempfile.TemporaryDirectory() as bad:
        make_tree(bad, good=False)
        problems = check(bad)
        # (a) fuzzy and untranslated entries, but not the header nor an obsolete entry
        expect(problems, 'po/id.po:14: fuzzy: "Hello"')
        expect(problems, 'untranslated: "Open a long one" (context "verb")')
        expect(problems, 'msgid ""', present=False)
        expect(problems, '"Gone"', present=False)
        # (d) msgfmt -c catches the %d / %s mismatch
        if shutil.which('msgfmt'):
            expect(problems, 'po/id.po: msgfmt -c failed')
        # (b) files with strings missing from POTFILES.in, and an entry that does not exist
        expect(problems, 'missing src/b.c (it calls C_)')
        expect(problems, 'missing ui/w.ui')
        expect(problems, 'missing data/app.desktop.in')
        expect(problems, 'missing data/dom.gschema.xml')
        expect(problems, 'src/gone.c does not exist')
        expect(problems, 'src/quiet.c', present=False)
        expect(problems, 'data/app.gschema.xml', present=False)
        # (c) order
        expect(problems, 'po/POTFILES.in:2: not sorted: src/a.c comes after src/gone.c')
        # a string in a listed file without an entry in the catalog
        if shutil.which('xgettext'):
            expect(problems, 'po/id.po: no entry for "Hello"', present=False)
            write(bad, 'src/a.c', A_C.replace('N_("Hello")', 'N_("Welcome")'))
            expect(check(bad), 'po/id.po: no entry for "Welcome"')

    for f in failures:
        print('not ok: ' + f)
    if failures:
        print('%d self-test failures' % len(failures))
        return 1
    print('self-test passed: the checker passes a complete tree and reports every planted '
          'problem')
    return 0


def main(argv):
    if len(argv) == 2 and argv[1] == '--self-test':
        return self_test()
    if len(argv) == 2:
        return main_check(os.path.abspath(argv[1]))
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
