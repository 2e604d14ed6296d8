/* layanan-skm-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-skm-import"

#include "config.h"

#include "layanan-skm-import.h"

#include <glib/gi18n.h>

#include "layanan-csv-import-job.h"
#include "layanan-database.h"
#include "layanan-date.h"
#include "layanan-error.h"

typedef LayananCsvImportProgress Progress;

void
layanan_skm_import_result_free (LayananSkmImportResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

static LayananSkmImportResult *
result_new (void)
{
  LayananSkmImportResult *result = g_new0 (LayananSkmImportResult, 1);

  result->problems = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                     layanan_skm_csv_problem_free);
  return result;
}

/* ------------------------------------------------------------ period */

/* Triwulan, semester or tahunan when the dates are whole quarters, halves
 * or years of the calendar; else custom dates. */
static LayananSkmPeriodKind
guess_period_kind (const char *date_from,
                   const char *date_to)
{
  GDate from, to;
  int months;

  if (!layanan_date_parse_iso (date_from, &from, NULL) ||
      !layanan_date_parse_iso (date_to, &to, NULL) ||
      g_date_get_year (&from) != g_date_get_year (&to) || g_date_get_day (&from) != 1 ||
      g_date_get_day (&to) != g_date_get_days_in_month (g_date_get_month (&to),
                                                         g_date_get_year (&to)))
    return LAYANAN_SKM_PERIOD_CUSTOM;

  months = g_date_get_month (&to) - g_date_get_month (&from) + 1;
  if (months == 3 && (g_date_get_month (&from) - 1) % 3 == 0)
    return LAYANAN_SKM_PERIOD_TRIWULAN;
  if (months == 6 && (g_date_get_month (&from) - 1) % 6 == 0)
    return LAYANAN_SKM_PERIOD_SEMESTER;
  if (months == 12)
    return LAYANAN_SKM_PERIOD_TAHUNAN;
  return LAYANAN_SKM_PERIOD_CUSTOM;
}

/* The store finds periods by unit and name; one known by id is among the
 * periods of some unit. */
static LayananSkmPeriod *
find_period_by_id (LayananDatabase  *database,
                   gint64            period_id,
                   GError          **error)
{
  g_autoptr(GPtrArray) units = layanan_database_list_units (database, error);

  for (guint u = 0; units != NULL && u < units->len; u++)
    {
      LayananUnit *unit = g_ptr_array_index (units, u);
      g_autoptr(GPtrArray) periods = layanan_database_list_skm_periods (database, unit->id,
                                                                       error);

      if (periods == NULL)
        return NULL;
      for (guint i = 0; i < periods->len; i++)
        if (((LayananSkmPeriod *) g_ptr_array_index (periods, i))->id == period_id)
          return g_steal_pointer (&periods->pdata[i]);
    }

  if (units != NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, period_id);

      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("There is no SKM survey period number %s"), number);
    }
  return NULL;
}

/* The period of @target, found, or made (id 0) to be saved with the
 * questionnaires. */
static LayananSkmPeriod *
resolve_period (LayananDatabase               *database,
                const LayananSkmImportTarget  *target,
                GError                       **error)
{
  g_autoptr(LayananSkmPeriod) period = NULL;
  g_autoptr(GError) local_error = NULL;

  if (target->period_id > 0)
    return find_period_by_id (database, target->period_id, error);

  period = layanan_database_find_skm_period (database, target->unit_id, target->name,
                                             &local_error);
  if (period != NULL)
    return g_steal_pointer (&period);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (target->date_from == NULL || target->date_to == NULL)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("There is no SKM survey period “%s” yet; give its first and last day "
                     "to create it"), target->name);
      return NULL;
    }

  period = g_new0 (LayananSkmPeriod, 1);
  period->unit_id = target->unit_id;
  period->name = g_strdup (target->name);
  period->kind = guess_period_kind (target->date_from, target->date_to);
  period->date_from = g_strdup (target->date_from);
  period->date_to = g_strdup (target->date_to);
  return g_steal_pointer (&period);
}

/* ------------------------------------------------------------- rows */

/* The converter for @period: its dates, and the catalog's services, the
 * period's unit's own first. */
static LayananSkmCsvConverter *
converter_new (LayananDatabase             *database,
               const LayananSkmCsvMapping  *mapping,
               const LayananSkmPeriod      *period,
               GError                     **error)
{
  g_autoptr(GPtrArray) services = layanan_database_list_services (database, NULL, error);
  LayananSkmCsvConverter *converter;

  if (services == NULL)
    return NULL;

  converter = layanan_skm_csv_converter_new (mapping, period->date_from, period->date_to);
  for (int own = 1; own >= 0; own--)
    for (guint i = 0; i < services->len; i++)
      {
        LayananServiceSummary *service = g_ptr_array_index (services, i);

        if ((service->unit_id == period->unit_id) == own)
          layanan_skm_csv_converter_add_service (converter, service->id, service->name);
      }
  return converter;
}

/* Pass 1, one record: converted and checked; kept in @rows when good. */
typedef struct
{
  LayananSkmCsvConverter *converter;
  GPtrArray              *responses;   /* LayananSkmResponse */
} Rows;

static gboolean
convert_row (const char * const *fields,
             guint               line,
             GPtrArray          *problems,
             gpointer            user_data)
{
  Rows *rows = user_data;
  LayananSkmResponse *response;

  response = layanan_skm_csv_converter_convert (rows->converter, fields, line, problems);
  if (response == NULL)
    return FALSE;

  g_ptr_array_add (rows->responses, response);
  return TRUE;
}

/* Pass 2: the period made if it is new, then one transaction. */
static gboolean
save_rows (LayananDatabase         *database,
           LayananSkmPeriod        *period,
           GPtrArray               *responses,
           LayananSkmImportResult  *result,
           GCancellable            *cancellable,
           GError                 **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (period->id == 0)
    {
      if (!layanan_database_save_skm_period (database, period, error))
        return FALSE;
      result->period_created = TRUE;
      result->period_id = period->id;
    }

  for (guint i = 0; i < responses->len; i++)
    ((LayananSkmResponse *) g_ptr_array_index (responses, i))->period_id = period->id;

  return layanan_database_add_skm_responses (database, responses, cancellable, error);
}

/* The header row and the mapping it gives, or the caller's. */
static LayananSkmCsvMapping *
read_header (LayananCsv                  *csv,
             LayananDatabase             *database,
             const LayananSkmCsvMapping  *mapping,
             GError                     **error)
{
  g_autoptr(LayananSkmCsvMapping) recognised = NULL;
  g_autoptr(GError) check_error = NULL;

  if (!layanan_csv_import_read_header (csv, error))
    return NULL;

  if (mapping != NULL)
    recognised = layanan_skm_csv_mapping_copy (mapping);
  else
    {
      g_autoptr(GPtrArray) unsur = layanan_database_list_skm_unsur (database, error);

      if (unsur == NULL)
        return NULL;
      recognised = layanan_skm_csv_mapping_new (layanan_csv_get_fields (csv), unsur);
    }

  layanan_skm_csv_mapping_check (recognised, &check_error);
  if (!layanan_csv_import_check_mapping (csv, layanan_skm_csv_mapping_get_n_columns (recognised),
                                         check_error, error))
    return NULL;

  return g_steal_pointer (&recognised);
}

static gboolean
import_run (const char                    *database_path,
            const char                    *csv_path,
            const LayananSkmCsvMapping    *mapping,
            const LayananSkmImportTarget  *target,
            LayananSkmImportFlags          flags,
            GCancellable                  *cancellable,
            Progress                      *progress,
            LayananSkmImportResult       **result_out,
            GError                       **error)
{
  g_autoptr(LayananCsv) csv = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananSkmCsvMapping) columns = NULL;
  g_autoptr(LayananSkmPeriod) period = NULL;
  g_autoptr(LayananSkmCsvConverter) converter = NULL;
  g_autoptr(LayananSkmImportResult) result = result_new ();
  g_autoptr(GPtrArray) responses = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                   layanan_skm_response_free);
  LayananCsvImportTally tally = { 0, 0, 0, result->problems, LAYANAN_SKM_IMPORT_MAX_PROBLEMS };
  Rows rows = { NULL, responses };
  gboolean ok;

  if ((csv = layanan_csv_new_from_file (csv_path, error)) == NULL ||
      (database = layanan_database_open (database_path, error)) == NULL ||
      (columns = read_header (csv, database, mapping, error)) == NULL ||
      (period = resolve_period (database, target, error)) == NULL ||
      (converter = converter_new (database, columns, period, error)) == NULL)
    return FALSE;

  result->period_id = period->id;
  rows.converter = converter;
  ok = layanan_csv_import_read_rows (csv, convert_row, &rows, &tally, progress, cancellable,
                                     error);
  result->n_rows = tally.n_rows;
  result->n_skipped = tally.n_skipped;
  result->n_problems = tally.n_problems;
  if (ok && result->n_rows == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s has a header row but no questionnaires under it"),
                   layanan_csv_get_name (csv));
      ok = FALSE;
    }
  else if (ok && result->n_skipped > 0 && !(flags & LAYANAN_SKM_IMPORT_SKIP_BAD_ROWS))
    {
      layanan_csv_import_set_dirty_error (csv_path, &tally, error);
      ok = FALSE;
    }
  else if (ok && !(flags & LAYANAN_SKM_IMPORT_CHECK_ONLY) && responses->len > 0)
    {
      ok = save_rows (database, period, responses, result, cancellable, error);
      if (ok)
        result->n_imported = responses->len;
    }

  layanan_csv_import_progress_report (progress, 1.0);
  if (result_out != NULL)
    *result_out = g_steal_pointer (&result);
  return ok;
}

static gboolean
target_is_valid (const LayananSkmImportTarget *target)
{
  return target != NULL &&
         (target->period_id > 0 || (target->unit_id > 0 && target->name != NULL));
}

gboolean
layanan_skm_import (const char                    *database_path,
                    const char                    *csv_path,
                    const LayananSkmCsvMapping    *mapping,
                    const LayananSkmImportTarget  *target,
                    LayananSkmImportFlags          flags,
                    GCancellable                  *cancellable,
                    LayananSkmImportResult       **result,
                    GError                       **error)
{
  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (csv_path != NULL, FALSE);
  g_return_val_if_fail (target_is_valid (target), FALSE);
  g_return_val_if_fail (result == NULL || *result == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return import_run (database_path, csv_path, mapping, target, flags, cancellable, NULL,
                     result, error);
}

typedef struct
{
  char                   *database_path;
  char                   *csv_path;
  LayananSkmCsvMapping   *mapping;
  LayananSkmImportTarget  target;       /* its strings owned */
  LayananSkmImportFlags   flags;
  Progress                progress;
  LayananSkmImportResult *result;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_free (data->database_path);
  g_free (data->csv_path);
  layanan_skm_csv_mapping_free (data->mapping);
  g_free ((char *) data->target.name);
  g_free ((char *) data->target.date_from);
  g_free ((char *) data->target.date_to);
  g_clear_pointer (&data->progress.context, g_main_context_unref);
  layanan_skm_import_result_free (data->result);
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

  if (import_run (data->database_path, data->csv_path, data->mapping, &data->target,
                  data->flags, cancellable, &data->progress, &data->result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
layanan_skm_import_async (const char                   *database_path,
                          const char                   *csv_path,
                          const LayananSkmCsvMapping   *mapping,
                          const LayananSkmImportTarget *target,
                          LayananSkmImportFlags         flags,
                          GCancellable                 *cancellable,
                          LayananProgressFunc           progress,
                          gpointer                      progress_data,
                          GAsyncReadyCallback           callback,
                          gpointer                      user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (csv_path != NULL);
  g_return_if_fail (target_is_valid (target));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, layanan_skm_import_async);

  data = g_new0 (ImportData, 1);
  data->database_path = g_strdup (database_path);
  data->csv_path = g_strdup (csv_path);
  data->mapping = mapping != NULL ? layanan_skm_csv_mapping_copy (mapping) : NULL;
  data->target = *target;
  data->target.name = g_strdup (target->name);
  data->target.date_from = g_strdup (target->date_from);
  data->target.date_to = g_strdup (target->date_to);
  data->flags = flags;
  data->progress.func = progress;
  data->progress.data = progress_data;
  data->progress.context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * layanan_skm_import_finish:
 * @import_result: (out) (optional) (transfer full): what was read, also
 *   when the import failed on bad rows or was cancelled; %NULL when the
 *   file or the database could not be read
 */
gboolean
layanan_skm_import_finish (GAsyncResult            *result,
                           LayananSkmImportResult **import_result,
                           GError                 **error)
{
  ImportData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        layanan_skm_import_async, FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (import_result != NULL)
    *import_result = g_steal_pointer (&data->result);
  return g_task_propagate_boolean (G_TASK (result), error);
}
