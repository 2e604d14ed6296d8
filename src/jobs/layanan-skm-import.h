/* layanan-skm-import.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-intake-job.h"
#include "layanan-skm-csv.h"

G_BEGIN_DECLS

/* The problems an import lists; more are counted, not kept. */
#define LAYANAN_SKM_IMPORT_MAX_PROBLEMS 200

typedef enum
{
  LAYANAN_SKM_IMPORT_DEFAULT       = 0,
  LAYANAN_SKM_IMPORT_SKIP_BAD_ROWS = 1 << 0, /* import the clean rows of a dirty file */
  LAYANAN_SKM_IMPORT_CHECK_ONLY    = 1 << 1, /* read and check, save nothing */
} LayananSkmImportFlags;

/* The survey period the questionnaires go to: @period_id when > 0, else
 * the period @name of @unit_id, created from @date_from to @date_to
 * (YYYY-MM-DD) when the unit has none of that name. */
typedef struct
{
  gint64      period_id;
  gint64      unit_id;
  const char *name;
  const char *date_from;
  const char *date_to;
} LayananSkmImportTarget;

typedef struct
{
  guint      n_rows;          /* records read, empty ones not counted */
  guint      n_imported;      /* saved (0 with CHECK_ONLY) */
  guint      n_skipped;       /* bad rows left out */
  guint      n_problems;      /* every problem found, even past the list's end */
  GPtrArray *problems;        /* LayananSkmCsvProblem, by line; at most
                               * LAYANAN_SKM_IMPORT_MAX_PROBLEMS */
  gint64     period_id;       /* the period imported into; 0 when not created yet */
  gboolean   period_created;  /* by this import */
} LayananSkmImportResult;

void layanan_skm_import_result_free (LayananSkmImportResult *result);

/* Imports the questionnaires of the CSV at @csv_path into a survey period,
 * on its own connection to @database_path. Every row is read and checked
 * first (a date outside the period is a problem too); a file with a bad
 * row imports nothing (the error says how many rows are bad and names the
 * first ones) unless SKIP_BAD_ROWS. A period to create is created only
 * when there is something to save; all questionnaires are saved in one
 * transaction. @mapping NULL recognises the columns from the header.
 * @result is set whenever the file could be read, also when the import
 * fails on bad rows, so callers can list them all. */
gboolean layanan_skm_import        (const char                   *database_path,
                                    const char                   *csv_path,
                                    const LayananSkmCsvMapping   *mapping,
                                    const LayananSkmImportTarget *target,
                                    LayananSkmImportFlags         flags,
                                    GCancellable                 *cancellable,
                                    LayananSkmImportResult      **result,
                                    GError                      **error);
void     layanan_skm_import_async  (const char                   *database_path,
                                    const char                   *csv_path,
                                    const LayananSkmCsvMapping   *mapping,
                                    const LayananSkmImportTarget *target,
                                    LayananSkmImportFlags         flags,
                                    GCancellable                 *cancellable,
                                    LayananProgressFunc           progress,
                                    gpointer                      progress_data,
                                    GAsyncReadyCallback           callback,
                                    gpointer                      user_data);
gboolean layanan_skm_import_finish (GAsyncResult                 *result,
                                    LayananSkmImportResult      **import_result,
                                    GError                      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayananSkmImportResult, layanan_skm_import_result_free)

G_END_DECLS
