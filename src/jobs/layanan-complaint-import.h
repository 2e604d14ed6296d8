/* layanan-complaint-import.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-complaint-csv.h"
#include "layanan-intake-job.h"

G_BEGIN_DECLS

/* The problems an import lists; more are counted, not kept. */
#define LAYANAN_COMPLAINT_IMPORT_MAX_PROBLEMS 200

typedef enum
{
  LAYANAN_COMPLAINT_IMPORT_DEFAULT       = 0,
  LAYANAN_COMPLAINT_IMPORT_SKIP_BAD_ROWS = 1 << 0, /* import the clean rows of a dirty file */
  LAYANAN_COMPLAINT_IMPORT_CHECK_ONLY    = 1 << 1, /* read and check, save nothing */
} LayananComplaintImportFlags;

typedef struct
{
  guint      n_rows;      /* records read, empty ones not counted */
  guint      n_imported;  /* saved (0 with CHECK_ONLY) */
  guint      n_skipped;   /* bad rows left out */
  guint      n_problems;  /* every problem found, even past the list's end */
  GPtrArray *problems;    /* LayananComplaintCsvProblem, by line; at most
                           * LAYANAN_COMPLAINT_IMPORT_MAX_PROBLEMS */
} LayananComplaintImportResult;

void layanan_complaint_import_result_free (LayananComplaintImportResult *result);

/* Imports the complaints of the CSV at @csv_path into the register of
 * @unit_id, on its own connection to @database_path. Every row is read and
 * checked first; a file with a bad row imports nothing (the error says how
 * many rows are bad and names the first ones) unless SKIP_BAD_ROWS. Each
 * complaint gets its category's deadline from the database's calendar,
 * and all are saved in one transaction. @mapping NULL recognises the
 * columns from the header. @result is set whenever the file could be read,
 * also when the import fails on bad rows, so callers can list them all. */
gboolean layanan_complaint_import        (const char                        *database_path,
                                          const char                        *csv_path,
                                          const LayananComplaintCsvMapping  *mapping,
                                          gint64                             unit_id,
                                          LayananComplaintImportFlags        flags,
                                          GCancellable                      *cancellable,
                                          LayananComplaintImportResult     **result,
                                          GError                           **error);
void     layanan_complaint_import_async  (const char                        *database_path,
                                          const char                        *csv_path,
                                          const LayananComplaintCsvMapping  *mapping,
                                          gint64                             unit_id,
                                          LayananComplaintImportFlags        flags,
                                          GCancellable                      *cancellable,
                                          LayananProgressFunc                progress,
                                          gpointer                           progress_data,
                                          GAsyncReadyCallback                callback,
                                          gpointer                           user_data);
gboolean layanan_complaint_import_finish (GAsyncResult                      *result,
                                          LayananComplaintImportResult     **import_result,
                                          GError                           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananComplaintImportResult, layanan_complaint_import_result_free)

G_END_DECLS
