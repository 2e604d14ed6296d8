/* layanan-csv-import-job.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-csv-import-job"

#include "config.h"

#include "layanan-csv-import-job.h"

#include <glib/gi18n.h>

#include "layanan-csv-import.h"
#include "layanan-error.h"
#include "layanan-job-util.h"

/* How many problems the error message of a dirty file names. */
#define N_PROBLEMS_IN_MESSAGE 3

/* Reading and checking is most of the work; saving is one transaction. */
#define READ_SHARE 0.8

void
layanan_csv_import_progress_report (LayananCsvImportProgress *progress,
                                    double                    fraction)
{
  if (progress == NULL || progress->func == NULL || fraction < progress->reported + 0.01)
    return;

  progress->reported = fraction;
  layanan_job_report_progress (progress->context, progress->func, progress->data, fraction);
}

gboolean
layanan_csv_import_read_header (LayananCsv  *csv,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (layanan_csv_next (csv, &local_error))
    return TRUE;

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                 _("%s is empty; it should start with a header row that names the "
                   "columns"), layanan_csv_get_name (csv));
  return FALSE;
}

gboolean
layanan_csv_import_check_mapping (LayananCsv    *csv,
                                  guint          n_columns,
                                  const GError  *check_error,
                                  GError       **error)
{
  if (n_columns != layanan_csv_get_n_fields (csv))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s has changed since its columns were chosen; open it again"),
                   layanan_csv_get_name (csv));
      return FALSE;
    }

  if (check_error != NULL)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, "%s:1: %s",
                   layanan_csv_get_name (csv), check_error->message);
      return FALSE;
    }
  return TRUE;
}

static void
tally_problems (LayananCsvImportTally *tally,
                GPtrArray             *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      tally->n_problems++;
      if (tally->problems->len < tally->max_problems)
        g_ptr_array_add (tally->problems, g_steal_pointer (&problems->pdata[i]));
    }
  g_ptr_array_set_size (problems, 0);
}

gboolean
layanan_csv_import_read_rows (LayananCsv               *csv,
                              LayananCsvImportRowFunc   convert,
                              gpointer                  convert_data,
                              LayananCsvImportTally    *tally,
                              LayananCsvImportProgress *progress,
                              GCancellable             *cancellable,
                              GError                  **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func
                                    ((GDestroyNotify) layanan_csv_problem_free);
  g_autoptr(GError) local_error = NULL;

  while (layanan_csv_next (csv, &local_error))
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (layanan_csv_is_blank (csv))
        continue;

      tally->n_rows++;
      if (!convert (layanan_csv_get_fields (csv), layanan_csv_get_line (csv), problems,
                    convert_data))
        {
          tally->n_skipped++;
          tally_problems (tally, problems);
        }
      layanan_csv_import_progress_report (progress,
                                          READ_SHARE * layanan_csv_get_fraction (csv));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

void
layanan_csv_import_set_dirty_error (const char                  *csv_path,
                                    const LayananCsvImportTally *tally,
                                    GError                     **error)
{
  g_autofree char *name = g_filename_display_basename (csv_path);
  g_autoptr(GString) first = g_string_new (NULL);

  for (guint i = 0; i < tally->problems->len && i < N_PROBLEMS_IN_MESSAGE; i++)
    {
      g_autofree char *text = layanan_csv_problem_format (g_ptr_array_index (tally->problems,
                                                                             i));

      g_string_append_printf (first, "\n%s", text);
    }

  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
               /* Translators: "data.csv: 3 of 40 rows have problems; …" then the first
                * problems, one a line */
               g_dngettext (GETTEXT_PACKAGE,
                            "%s: %u of %u rows has problems; nothing was imported. Correct the "
                            "file or skip the bad rows.%s",
                            "%s: %u of %u rows have problems; nothing was imported. Correct the "
                            "file or skip the bad rows.%s", tally->n_skipped),
               name, tally->n_skipped, tally->n_rows, first->str);
}
