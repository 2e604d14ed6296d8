/* layanan-complaint-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-import"

#include "config.h"

#include "layanan-complaint-import.h"

#include <glib/gi18n.h>

#include "layanan-csv-import-job.h"
#include "layanan-database.h"
#include "layanan-error.h"

#define WIB_OFFSET_SECONDS (7 * 3600)

typedef LayananCsvImportProgress Progress;

/* The rows that passed, with the category each matched. */
typedef struct
{
  LayananComplaintCsvConverter *converter;
  GPtrArray                    *complaints;   /* LayananComplaint */
  GPtrArray                    *categories;   /* const LayananCategory *, borrowed from the
                                               * converter */
} Rows;

void
layanan_complaint_import_result_free (LayananComplaintImportResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

static LayananComplaintImportResult *
result_new (void)
{
  LayananComplaintImportResult *result = g_new0 (LayananComplaintImportResult, 1);

  result->problems = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                     layanan_complaint_csv_problem_free);
  return result;
}

/* The converter for @unit_id: its categories (the seeded four when it has
 * none yet) and the catalog's services, the unit's own first. */
static LayananComplaintCsvConverter *
converter_new (LayananDatabase                  *database,
               const LayananComplaintCsvMapping *mapping,
               gint64                            unit_id,
               GError                          **error)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (WIB_OFFSET_SECONDS);
  g_autoptr(GDateTime) now = g_date_time_new_now (wib);
  LayananComplaintCsvConverter *converter;

  if (!layanan_database_ensure_categories (database, error))
    return NULL;
  categories = layanan_database_list_categories (database, unit_id, FALSE, error);
  if (categories == NULL)
    return NULL;
  services = layanan_database_list_services (database, NULL, error);
  if (services == NULL)
    return NULL;

  converter = layanan_complaint_csv_converter_new (mapping, unit_id, categories, now);
  for (int own = 1; own >= 0; own--)
    for (guint i = 0; i < services->len; i++)
      {
        LayananServiceSummary *service = g_ptr_array_index (services, i);

        if ((service->unit_id == unit_id) == own)
          layanan_complaint_csv_converter_add_service (converter, service->id, service->name);
      }
  return converter;
}

/* Pass 1, one record: converted and checked; kept when good. */
static gboolean
convert_row (const char * const *fields,
             guint               line,
             GPtrArray          *problems,
             gpointer            user_data)
{
  Rows *rows = user_data;
  const LayananCategory *category = NULL;
  LayananComplaint *complaint;

  complaint = layanan_complaint_csv_converter_convert (rows->converter, fields, line, &category,
                                                       problems);
  if (complaint == NULL)
    return FALSE;

  g_ptr_array_add (rows->complaints, complaint);
  g_ptr_array_add (rows->categories, (gpointer) category);
  return TRUE;
}

/* Pass 2: deadlines from the database's calendar, then one transaction. */
static gboolean
save_rows (LayananDatabase  *database,
           Rows             *rows,
           GCancellable     *cancellable,
           GError          **error)
{
  g_autoptr(LayananCalendar) calendar = layanan_database_load_calendar (database, error);

  if (calendar == NULL)
    return FALSE;

  for (guint i = 0; i < rows->complaints->len; i++)
    layanan_complaint_set_category (g_ptr_array_index (rows->complaints, i),
                                    g_ptr_array_index (rows->categories, i), calendar);

  return layanan_database_add_complaints (database, rows->complaints, cancellable, error);
}

/* The header row and the mapping it gives, or the caller's. */
static LayananComplaintCsvMapping *
read_header (LayananCsv                        *csv,
             const LayananComplaintCsvMapping  *mapping,
             GError                           **error)
{
  g_autoptr(LayananComplaintCsvMapping) recognised = NULL;
  g_autoptr(GError) check_error = NULL;

  if (!layanan_csv_import_read_header (csv, error))
    return NULL;

  recognised = mapping != NULL ? layanan_complaint_csv_mapping_copy (mapping)
                               : layanan_complaint_csv_mapping_new (layanan_csv_get_fields (csv));
  layanan_complaint_csv_mapping_check (recognised, &check_error);
  if (!layanan_csv_import_check_mapping (csv, layanan_complaint_csv_mapping_get_n_columns
                                                (recognised), check_error, error))
    return NULL;

  return g_steal_pointer (&recognised);
}

static gboolean
import_run (const char                        *database_path,
            const char                        *csv_path,
            const LayananComplaintCsvMapping  *mapping,
            gint64                             unit_id,
            LayananComplaintImportFlags        flags,
            GCancellable                      *cancellable,
            Progress                          *progress,
            LayananComplaintImportResult     **result_out,
            GError                           **error)
{
  g_autoptr(LayananCsv) csv = NULL;
  g_autoptr(LayananComplaintCsvMapping) columns = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananComplaintCsvConverter) converter = NULL;
  g_autoptr(LayananComplaintImportResult) result = result_new ();
  g_autoptr(GPtrArray) complaints = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                    layanan_complaint_free);
  g_autoptr(GPtrArray) categories = g_ptr_array_new ();
  Rows rows = { NULL, complaints, categories };
  LayananCsvImportTally tally = { 0, 0, 0, result->problems,
                                  LAYANAN_COMPLAINT_IMPORT_MAX_PROBLEMS };
  gboolean ok;

  if ((csv = layanan_csv_new_from_file (csv_path, error)) == NULL ||
      (columns = read_header (csv, mapping, error)) == NULL ||
      (database = layanan_database_open (database_path, error)) == NULL ||
      (converter = converter_new (database, columns, unit_id, error)) == NULL)
    return FALSE;

  rows.converter = converter;
  ok = layanan_csv_import_read_rows (csv, convert_row, &rows, &tally, progress, cancellable,
                                     error);
  result->n_rows = tally.n_rows;
  result->n_skipped = tally.n_skipped;
  result->n_problems = tally.n_problems;
  if (ok && result->n_rows == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s has a header row but no complaints under it"),
                   layanan_csv_get_name (csv));
      ok = FALSE;
    }
  else if (ok && result->n_skipped > 0 && !(flags & LAYANAN_COMPLAINT_IMPORT_SKIP_BAD_ROWS))
    {
      layanan_csv_import_set_dirty_error (csv_path, &tally, error);
      ok = FALSE;
    }
  else if (ok && !(flags & LAYANAN_COMPLAINT_IMPORT_CHECK_ONLY) && complaints->len > 0)
    {
      ok = save_rows (database, &rows, cancellable, error);
      if (ok)
        result->n_imported = complaints->len;
    }

  layanan_csv_import_progress_report (progress, 1.0);
  if (result_out != NULL)
    *result_out = g_steal_pointer (&result);
  return ok;
}

gboolean
layanan_complaint_import (const char                        *database_path,
                          const char                        *csv_path,
                          const LayananComplaintCsvMapping  *mapping,
                          gint64                             unit_id,
                          LayananComplaintImportFlags        flags,
                          GCancellable                      *cancellable,
                          LayananComplaintImportResult     **result,
                          GError                           **error)
{
  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (csv_path != NULL, FALSE);
  g_return_val_if_fail (unit_id > 0, FALSE);
  g_return_val_if_fail (result == NULL || *result == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return import_run (database_path, csv_path, mapping, unit_id, flags, cancellable, NULL,
                     result, error);
}

typedef struct
{
  char                         *database_path;
  char                         *csv_path;
  LayananComplaintCsvMapping   *mapping;
  gint64                        unit_id;
  LayananComplaintImportFlags   flags;
  Progress                      progress;
  LayananComplaintImportResult *result;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_free (data->database_path);
  g_free (data->csv_path);
  layanan_complaint_csv_mapping_free (data->mapping);
  g_clear_pointer (&data->progress.context, g_main_context_unref);
  layanan_complaint_import_result_free (data->result);
  g_free (data);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  GError *error = NULL;

  if (import_run (data->database_path, data->csv_path, data->mapping, data->unit_id,
                  data->flags, cancellable, &data->progress, &data->result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
layanan_complaint_import_async (const char                       *database_path,
                                const char                       *csv_path,
                                const LayananComplaintCsvMapping *mapping,
                                gint64                            unit_id,
                                LayananComplaintImportFlags       flags,
                                GCancellable                     *cancellable,
                                LayananProgressFunc               progress,
                                gpointer                          progress_data,
                                GAsyncReadyCallback               callback,
                                gpointer                          user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (csv_path != NULL);
  g_return_if_fail (unit_id > 0);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, layanan_complaint_import_async);

  data = g_new0 (ImportData, 1);
  data->database_path = g_strdup (database_path);
  data->csv_path = g_strdup (csv_path);
  data->mapping = mapping != NULL ? layanan_complaint_csv_mapping_copy (mapping) : NULL;
  data->unit_id = unit_id;
  data->flags = flags;
  data->progress.func = progress;
  data->progress.data = progress_data;
  data->progress.context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * layanan_complaint_import_finish:
 * @import_result: (out) (optional) (transfer full): what was read, also
 *   when the import failed on bad rows or was cancelled; %NULL when the
 *   file or the database could not be read
 */
gboolean
layanan_complaint_import_finish (GAsyncResult                  *result,
                                 LayananComplaintImportResult **import_result,
                                 GError                       **error)
{
  ImportData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        layanan_complaint_import_async, FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (import_result != NULL)
    *import_result = g_steal_pointer (&data->result);
  return g_task_propagate_boolean (G_TASK (result), error);
}
