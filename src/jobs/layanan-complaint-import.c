/* layanan-complaint-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-import"

#include "config.h"

#include "layanan-complaint-import.h"

#include <glib/gi18n.h>

#include "layanan-csv.h"
#include "layanan-database.h"
#include "layanan-error.h"

#define WIB_OFFSET_SECONDS (7 * 3600)

/* How many problems the error message of a dirty file names. */
#define N_PROBLEMS_IN_MESSAGE 3

/* Reading and checking is most of the work; saving is one transaction. */
#define READ_SHARE 0.8

typedef struct
{
  LayananProgressFunc  func;
  gpointer             data;
  GMainContext        *context;
  double               reported;
} Progress;

typedef struct
{
  double               fraction;
  LayananProgressFunc  func;
  gpointer             data;
} Report;

/* The rows that passed, with the category each matched. */
typedef struct
{
  GPtrArray *complaints;   /* LayananComplaint */
  GPtrArray *categories;   /* const LayananCategory *, borrowed from the converter */
} Rows;

void
layanan_complaint_import_result_free (LayananComplaintImportResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

static gboolean
report_cb (gpointer user_data)
{
  Report *report = user_data;

  report->func (report->fraction, report->data);
  return G_SOURCE_REMOVE;
}

/* From the worker thread to the caller's context, every whole percent. */
static void
progress_report (Progress *progress,
                 double    fraction)
{
  GSource *source;
  Report *report;

  if (progress == NULL || progress->func == NULL || fraction < progress->reported + 0.01)
    return;

  progress->reported = fraction;
  report = g_new (Report, 1);
  report->fraction = fraction;
  report->func = progress->func;
  report->data = progress->data;

  /* Same priority as GTask's return and attached before it, so every
   * report arrives before the job's callback. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, report_cb, report, g_free);
  g_source_set_static_name (source, "[layanan] complaint import progress");
  g_source_attach (source, progress->context);
  g_source_unref (source);
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

static void
add_problems (LayananComplaintImportResult *result,
              GPtrArray                    *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      result->n_problems++;
      if (result->problems->len < LAYANAN_COMPLAINT_IMPORT_MAX_PROBLEMS)
        g_ptr_array_add (result->problems, g_steal_pointer (&problems->pdata[i]));
    }
  g_ptr_array_set_size (problems, 0);
}

/* Pass 1: every record converted and checked; the good ones kept. */
static gboolean
read_rows (LayananCsv                   *csv,
           LayananComplaintCsvConverter *converter,
           Rows                         *rows,
           LayananComplaintImportResult *result,
           Progress                     *progress,
           GCancellable                 *cancellable,
           GError                      **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func
                                    ((GDestroyNotify) layanan_complaint_csv_problem_free);
  g_autoptr(GError) local_error = NULL;

  while (layanan_csv_next (csv, &local_error))
    {
      const LayananCategory *category = NULL;
      LayananComplaint *complaint;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (layanan_csv_is_blank (csv))
        continue;

      result->n_rows++;
      complaint = layanan_complaint_csv_converter_convert (converter, layanan_csv_get_fields (csv),
                                                           layanan_csv_get_line (csv),
                                                           &category, problems);
      if (complaint == NULL)
        {
          result->n_skipped++;
          add_problems (result, problems);
        }
      else
        {
          g_ptr_array_add (rows->complaints, complaint);
          g_ptr_array_add (rows->categories, (gpointer) category);
        }
      progress_report (progress, READ_SHARE * layanan_csv_get_fraction (csv));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static void
set_dirty_error (const char                   *csv_path,
                 LayananComplaintImportResult *result,
                 GError                      **error)
{
  g_autofree char *name = g_filename_display_basename (csv_path);
  g_autoptr(GString) first = g_string_new (NULL);

  for (guint i = 0; i < result->problems->len && i < N_PROBLEMS_IN_MESSAGE; i++)
    {
      g_autofree char *text = layanan_complaint_csv_problem_format
                                (g_ptr_array_index (result->problems, i));

      g_string_append_printf (first, "\n%s", text);
    }

  g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
               /* Translators: "data.csv: 3 of 40 rows have problems; …" then the first
                * problems, one a line */
               g_dngettext (GETTEXT_PACKAGE,
                            "%s: %u of %u rows has problems; nothing was imported. Correct the "
                            "file or skip the bad rows.%s",
                            "%s: %u of %u rows have problems; nothing was imported. Correct the "
                            "file or skip the bad rows.%s", result->n_skipped),
               name, result->n_skipped, result->n_rows, first->str);
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
  g_autoptr(GError) local_error = NULL;

  if (!layanan_csv_next (csv, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                     _("%s is empty; it should start with a header row that names the "
                       "columns"), layanan_csv_get_name (csv));
      return NULL;
    }

  recognised = mapping != NULL ? layanan_complaint_csv_mapping_copy (mapping)
                               : layanan_complaint_csv_mapping_new (layanan_csv_get_fields (csv));
  if (layanan_complaint_csv_mapping_get_n_columns (recognised) != layanan_csv_get_n_fields (csv))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s has changed since its columns were chosen; open it again"),
                   layanan_csv_get_name (csv));
      return NULL;
    }

  if (!layanan_complaint_csv_mapping_check (recognised, &local_error))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT, "%s:1: %s",
                   layanan_csv_get_name (csv), local_error->message);
      return NULL;
    }

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
  Rows rows = { complaints, categories };
  gboolean ok;

  if ((csv = layanan_csv_new_from_file (csv_path, error)) == NULL ||
      (columns = read_header (csv, mapping, error)) == NULL ||
      (database = layanan_database_open (database_path, error)) == NULL ||
      (converter = converter_new (database, columns, unit_id, error)) == NULL)
    return FALSE;

  ok = read_rows (csv, converter, &rows, result, progress, cancellable, error);
  if (ok && result->n_rows == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s has a header row but no complaints under it"),
                   layanan_csv_get_name (csv));
      ok = FALSE;
    }
  else if (ok && result->n_skipped > 0 && !(flags & LAYANAN_COMPLAINT_IMPORT_SKIP_BAD_ROWS))
    {
      set_dirty_error (csv_path, result, error);
      ok = FALSE;
    }
  else if (ok && !(flags & LAYANAN_COMPLAINT_IMPORT_CHECK_ONLY) && complaints->len > 0)
    {
      ok = save_rows (database, &rows, cancellable, error);
      if (ok)
        result->n_imported = complaints->len;
    }

  progress_report (progress, 1.0);
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
