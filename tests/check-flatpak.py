#!/usr/bin/env python3
# check-flatpak.py
#
# SPDX-FileCopyrightText: 2026 The Layanan Biro authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest without building it (no build is possible offline).

    check-flatpak.py MANIFEST APP_ID COMMAND
    check-flatpak.py --self-test

Fails, listing every problem, unless: the manifest is JSON; its app ID and command are the ones
meson passes; runtime and SDK are org.gnome.Platform and org.gnome.Sdk with a version;
finish-args give the display sockets and no broad file-system access (files come through the
portals); libxlsxwriter, leptonica and tesseract are modules and the tessdata for `ind` and `eng`
is installed; every archive or file source has a URL and a SHA-256; and the last module builds
the repository itself with meson. When flatpak-builder is installed, `flatpak-builder
--show-manifest` must also parse it with G_DEBUG=fatal-warnings (an unknown key is fatal);
without flatpak-builder that one step is skipped.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REQUIRED_MODULES = ('libxlsxwriter', 'leptonica', 'tesseract')
REQUIRED_TESSDATA = ('ind', 'eng')
REQUIRED_FINISH_ARGS = ('--share=ipc', '--socket=wayland', '--socket=fallback-x11')
# Scans are opened and reports saved through GtkFileChooserNative, i.e. the portals, which
# grant exactly the files the user picks; a static grant of the home directory is not needed.
FORBIDDEN_FILESYSTEMS = ('host', 'host-os', 'host-etc', 'home')
SHA256_RE = re.compile(r'^[0-9a-f]{64}$')
DOWNLOADED_SOURCES = ('archive', 'file', 'extra-data')


def load_modules(modules, base_dir, problems, where='modules'):
    """Flatten modules, reading the ones given as file names, with their directories."""
    flat = []
    for i, module in enumerate(modules):
        if isinstance(module, str):
            path = os.path.join(base_dir, module)
            try:
                with open(path, encoding='utf-8') as f:
                    module = json.load(f)
            except (OSError, ValueError) as e:
                problems.append('%s[%d]: cannot read %s: %s' % (where, i, module, e))
                continue
            module_dir = os.path.dirname(path)
        else:
            module_dir = base_dir
        if not isinstance(module, dict):
            problems.append('%s[%d]: not an object' % (where, i))
            continue
        name = module.get('name', '%s[%d]' % (where, i))
        flat += load_modules(module.get('modules', []), module_dir, problems,
                             '%s/modules' % name)
        flat.append((module, module_dir))
    return flat


def source_list(module, module_dir, problems):
    sources = []
    for source in module.get('sources', []):
        if isinstance(source, str):
            path = os.path.join(module_dir, source)
            try:
                with open(path, encoding='utf-8') as f:
                    loaded = json.load(f)
            except (OSError, ValueError) as e:
                problems.append('%s: cannot read source file %s: %s'
                                % (module.get('name'), source, e))
                continue
            sources += loaded if isinstance(loaded, list) else [loaded]
        else:
            sources.append(source)
    return sources


def check_manifest(path, app_id, command):
    problems = []
    try:
        with open(path, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        return ['%s: cannot read: %s' % (path, e)]
    base_dir = os.path.dirname(os.path.abspath(path))

    got_id = manifest.get('app-id', manifest.get('id'))
    if got_id != app_id:
        problems.append('app-id is %r, meson says %r' % (got_id, app_id))
    if manifest.get('command') != command:
        problems.append('command is %r, the executable is %r' % (manifest.get('command'), command))
    if manifest.get('runtime') != 'org.gnome.Platform':
        problems.append('runtime is %r, not org.gnome.Platform' % manifest.get('runtime'))
    if manifest.get('sdk') != 'org.gnome.Sdk':
        problems.append('sdk is %r, not org.gnome.Sdk' % manifest.get('sdk'))
    version = manifest.get('runtime-version')
    if not isinstance(version, str) or not version:
        problems.append('runtime-version is missing (a GNOME release such as "51")')

    finish_args = manifest.get('finish-args', [])
    for arg in REQUIRED_FINISH_ARGS:
        if arg not in finish_args:
            problems.append('finish-args lack %s' % arg)
    for arg in finish_args:
        if arg.startswith('--filesystem='):
            target = arg.split('=', 1)[1].split(':', 1)[0]
            if target in FORBIDDEN_FILESYSTEMS:
                problems.append('finish-args grant %s: open and save files through the portals'
                                % arg)

    modules = load_modules(manifest.get('modules', []), base_dir, problems)
    if not modules:
        return problems + ['no modules']
    names = [m.get('name') for m, _ in modules]
    for name in REQUIRED_MODULES:
        if name not in names:
            problems.append('no module named %s' % name)

    installed_data = set()
    for module, module_dir in modules:
        name = module.get('name', '?')
        for i, source in enumerate(source_list(module, module_dir, problems)):
            kind = source.get('type')
            where = '%s: source %d (%s)' % (name, i, kind)
            if kind not in DOWNLOADED_SOURCES:
                continue
            url = source.get('url')
            if not isinstance(url, str) or not url.startswith('https://'):
                problems.append('%s has no https url' % where)
            sha256 = source.get('sha256')
            if not isinstance(sha256, str) or not SHA256_RE.match(sha256):
                problems.append('%s has no 64-hex sha256 (got %r)' % (where, sha256))
            filename = source.get('dest-filename') or os.path.basename(url or '')
            if filename.endswith('.traineddata'):
                installed_data.add(filename[:-len('.traineddata')])
    for lang in REQUIRED_TESSDATA:
        if lang not in installed_data:
            problems.append('no %s.traineddata file source' % lang)

    app, app_dir = modules[-1]
    if app.get('buildsystem') != 'meson':
        problems.append('last module %r is not built with meson' % app.get('name'))
    dirs = [s for s in source_list(app, app_dir, problems) if s.get('type') == 'dir']
    if not dirs:
        problems.append('last module %r has no "dir" source' % app.get('name'))
    for source in dirs:
        root = os.path.normpath(os.path.join(app_dir, source.get('path', '')))
        meson_build = os.path.join(root, 'meson.build')
        if not os.path.isfile(meson_build):
            problems.append('last module builds %s, which has no meson.build' % root)
            continue
        with open(meson_build, encoding='utf-8') as f:
            if not re.search(r"project\s*\(\s*'layanan'", f.read()):
                problems.append('last module builds %s, not this repository' % root)
    return problems


def show_manifest(path):
    """Problems flatpak-builder finds when it parses the manifest, if it is installed."""
    builder = shutil.which('flatpak-builder')
    if builder is None:
        print('# flatpak-builder not found: --show-manifest skipped')
        return []
    env = dict(os.environ, G_DEBUG='fatal-warnings')
    proc = subprocess.run([builder, '--show-manifest', os.path.basename(path)],
                          cwd=os.path.dirname(os.path.abspath(path)), env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return ['flatpak-builder --show-manifest exited with %d:\n    %s'
                % (proc.returncode, '\n    '.join(proc.stderr.strip().splitlines()))]
    print('# flatpak-builder --show-manifest: ok')
    return []


def main_check(path, app_id, command):
    problems = check_manifest(path, app_id, command) + show_manifest(path)
    for p in problems:
        print(p)
    if problems:
        print('%d problems in %s' % (len(problems), path))
        return 1
    print('%s: ok' % path)
    return 0


# Self-test -----------------------------------------------------------------------------------

def good_manifest():
    sha = 'ab' * 32
    return {
        'app-id': 'org.example.App', 'runtime': 'org.gnome.Platform', 'runtime-version': '51',
        'sdk': 'org.gnome.Sdk', 'command': 'app',
        'finish-args': ['--share=ipc', '--socket=fallback-x11', '--socket=wayland'],
        'modules': [
            {'name': n, 'buildsystem': 'cmake-ninja',
             'sources': [{'type': 'archive', 'url': 'https://example.org/%s.tar.gz' % n,
                          'sha256': sha}]}
            for n in REQUIRED_MODULES
        ] + [
            {'name': 'tessdata', 'buildsystem': 'simple', 'build-commands': ['true'],
             'sources': [{'type': 'file', 'url': 'https://example.org/%s.traineddata' % lang,
                          'sha256': sha} for lang in REQUIRED_TESSDATA]},
            {'name': 'app', 'buildsystem': 'meson', 'sources': [{'type': 'dir', 'path': '..'}]},
        ],
    }


def self_test():
    failures = []
    mutations = [
        ('app-id', lambda m: m.update({'app-id': 'org.example.Other'})),
        ('command', lambda m: m.update({'command': 'other'})),
        ('runtime is', lambda m: m.update({'runtime': 'org.kde.Platform'})),
        ('runtime-version', lambda m: m.pop('runtime-version')),
        ('lack --socket=wayland', lambda m: m['finish-args'].remove('--socket=wayland')),
        ('grant --filesystem=home', lambda m: m['finish-args'].append('--filesystem=home')),
        ('no module named tesseract', lambda m: m['modules'].pop(2)),
        ('no ind.traineddata', lambda m: m['modules'][3]['sources'].pop(0)),
        ('no 64-hex sha256', lambda m: m['modules'][0]['sources'][0].update({'sha256': 'x'})),
        ('no https url', lambda m: m['modules'][1]['sources'][0].pop('url')),
        ('not built with meson', lambda m: m['modules'][-1].update({'buildsystem': 'simple'})),
        ('not this repository', lambda m: m['modules'][-1]['sources'][0].update({'path': '.'})),
    ]
    with tempfile.TemporaryDirectory() as root:
        with open(os.path.join(root, 'meson.build'), 'w') as f:
            f.write("project('layanan', 'c')\n")
        os.mkdir(os.path.join(root, 'flatpak'))
        with open(os.path.join(root, 'flatpak', 'meson.build'), 'w') as f:
            f.write("# not the project\n")
        path = os.path.join(root, 'flatpak', 'org.example.App.json')

        def problems_of(manifest):
            with open(path, 'w') as f:
                json.dump(manifest, f)
            return check_manifest(path, 'org.example.App', 'app')

        problems = problems_of(good_manifest())
        if problems:
            failures.append('a good manifest reported: ' + '; '.join(problems))
        for needle, mutate in mutations:
            manifest = good_manifest()
            mutate(manifest)
            problems = problems_of(manifest)
            if not any(needle in p for p in problems):
                failures.append('expected %r, got: %s' % (needle, '; '.join(problems) or '-'))

        if shutil.which('flatpak-builder'):
            manifest = good_manifest()
            manifest['no-such-key'] = True
            problems_of(manifest)
            if not show_manifest(path):
                failures.append('flatpak-builder accepted an unknown key')

    for f in failures:
        print('not ok: ' + f)
    if failures:
        print('%d self-test failures' % len(failures))
        return 1
    print('self-test passed: a good manifest passes and each planted problem is reported')
    return 0


def main(argv):
    if len(argv) == 2 and argv[1] == '--self-test':
        return self_test()
    if len(argv) == 4:
        return main_check(argv[1], argv[2], argv[3])
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
