/* layanan-xlsx-file.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <xlsxwriter.h>

#include "layanan-error.h"

G_BEGIN_DECLS

/* Saving a workbook safely, for every export: written under a temporary
 * name beside its destination, synced, then renamed into place, so a
 * failed export never leaves half a file nor destroys the previous one.
 * Each export words its own message ("Cannot save the matrix to …"). */

/* The code the store gives the same cause (layanan_database_set_errno_error). */
LayananError layanan_xlsx_code_for_errno   (int           saved_errno);
/* Why libxlsxwriter failed, with the system's reason when errno (cleared
 * before the call) tells a full disk from a refused folder; @code gets the
 * LayananError for it. */
char        *layanan_xlsx_describe_error   (lxw_error     lxw_code,
                                            int           saved_errno,
                                            LayananError *code);
/* An empty file ".NAME.XXXXXX" beside @path, or NULL with @saved_errno. */
char        *layanan_xlsx_create_temporary (const char   *path,
                                            int          *saved_errno);
gboolean     layanan_xlsx_sync_file        (const char   *path);

G_END_DECLS
