/* layanan-i18n.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-i18n"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "layanan-i18n.h"

/**
 * layanan_i18n_init:
 *
 * Sets up the locale and the message catalog for both executables.
 * $LAYANAN_LOCALEDIR points at the build tree's catalogs, so tests and
 * `.ci/dev` speak Indonesian without installing.
 */
void
layanan_i18n_init (void)
{
  const char *localedir = g_getenv ("LAYANAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
