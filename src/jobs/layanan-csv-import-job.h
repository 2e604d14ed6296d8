/* layanan-csv-import-job.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-csv.h"
#include "layanan-intake-job.h"

G_BEGIN_DECLS

/* What the CSV imports of complaints and SKM questionnaires share (private
 * to src/jobs/): the header row, pass 1 that reads and checks every row,
 * the problems kept and counted, and progress to the caller's context. */

typedef struct
{
  LayananProgressFunc  func;
  gpointer             data;
  GMainContext        *context;
  double               reported;
} LayananCsvImportProgress;

/* From the worker thread to the caller's context, every whole percent;
 * @progress NULL reports nothing. */
void     layanan_csv_import_progress_report (LayananCsvImportProgress *progress,
                                             double                    fraction);

/* What pass 1 found: @problems (LayananCsvProblem, by line) keeps at most
 * @max_problems; @n_problems counts them all. */
typedef struct
{
  guint      n_rows;      /* records read, empty ones not counted */
  guint      n_skipped;   /* bad rows */
  guint      n_problems;
  GPtrArray *problems;
  guint      max_problems;
} LayananCsvImportTally;

/* Converts one record; TRUE when it was good and kept, FALSE after adding
 * its problems (LayananCsvProblem) to @problems. */
typedef gboolean (*LayananCsvImportRowFunc) (const char * const *fields,
                                             guint               line,
                                             GPtrArray          *problems,
                                             gpointer            user_data);

/* Reads the header row; an empty file is an error. */
gboolean layanan_csv_import_read_header     (LayananCsv               *csv,
                                             GError                  **error);
/* Whether a mapping of @n_columns fits the header row, and @check_error
 * (the mapping's own check, NULL when it passed) as an error of line 1. */
gboolean layanan_csv_import_check_mapping   (LayananCsv               *csv,
                                             guint                     n_columns,
                                             const GError             *check_error,
                                             GError                  **error);
/* Pass 1: every record after the header converted by @convert. */
gboolean layanan_csv_import_read_rows       (LayananCsv               *csv,
                                             LayananCsvImportRowFunc   convert,
                                             gpointer                  convert_data,
                                             LayananCsvImportTally    *tally,
                                             LayananCsvImportProgress *progress,
                                             GCancellable             *cancellable,
                                             GError                  **error);
/* The error of a file with bad rows, naming the first problems. */
void     layanan_csv_import_set_dirty_error (const char               *csv_path,
                                             const LayananCsvImportTally *tally,
                                             GError                  **error);

G_END_DECLS
