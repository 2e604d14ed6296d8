/* layanan-letter-import.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-database.h"

G_BEGIN_DECLS

/* What happened to one file of `layanan-cli import surat`. */
typedef struct
{
  char          *path;
  LayananLetter *letter;    /* the letter registered, or NULL */
  char          *problem;   /* why it was not registered, or NULL */
} LayananLetterImport;

void layanan_letter_import_free (LayananLetterImport *import);

/* Reads each scan (text layer or OCR), takes its fields as read and
 * registers it in the agenda of @unit_id, received now. A file whose
 * number, sender or subject cannot be read, or that is a duplicate, is
 * left out with the reason; the others are saved. Returns NULL only when
 * the scans cannot be read at all (a broken file, no OCR data). */
GPtrArray *layanan_letter_import_files (LayananDatabase     *database,
                                        const char * const  *paths,
                                        gint64               unit_id,
                                        GCancellable        *cancellable,
                                        GError             **error);

G_END_DECLS
