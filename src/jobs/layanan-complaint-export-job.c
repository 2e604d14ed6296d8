/* layanan-complaint-export-job.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-complaint-export-job"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-complaint-export-job.h"
#include "layanan-complaint-recap-export.h"
#include "layanan-complaint-recap.h"
#include "layanan-date.h"
#include "layanan-job-util.h"

/* Progress in hundredths of the complaints counted before the pass; the
 * report goes to the caller's context (NULL: called at once, on this
 * thread, by the synchronous entry point). */
typedef struct
{
  LayananProgressFunc  func;
  gpointer             data;
  GMainContext        *context;
  gint64               total;
  gint64               done;
  int                  reported;   /* hundredths; -1 before the first */
} Progress;

static void
progress_report (Progress *progress,
                 double    fraction)
{
  if (progress->func == NULL)
    return;
  if (progress->context == NULL)
    {
      progress->func (fraction, progress->data);
      return;
    }

  layanan_job_report_progress (progress->context, progress->func, progress->data, fraction);
}

static void
progress_step (Progress *progress)
{
  int hundredths;

  progress->done++;
  hundredths = progress->total > 0 ? (int) MIN (100, progress->done * 100 / progress->total)
                                   : 100;
  if (hundredths > progress->reported)
    {
      progress->reported = hundredths;
      progress_report (progress, hundredths / 100.0);
    }
}

typedef struct
{
  LayananComplaintRecap       *recap;
  LayananComplaintRecapWriter *writer;
  gboolean                     include_personal_data;
  Progress                    *progress;
} Export;

static LayananComplainantIdentity
identity_of (const LayananComplaintRow *row)
{
  if (row->anonymous)
    return LAYANAN_COMPLAINANT_ANONYMOUS;
  if (row->confidential)
    return LAYANAN_COMPLAINANT_CONFIDENTIAL;
  return LAYANAN_COMPLAINANT_NAMED;
}

static LayananSettlementTiming
timing_of (const LayananComplaintOutcome *outcome)
{
  if (!outcome->timed)
    return LAYANAN_SETTLEMENT_NONE;
  return outcome->on_time ? LAYANAN_SETTLEMENT_ON_TIME : LAYANAN_SETTLEMENT_LATE;
}

static gboolean
export_row_cb (const LayananComplaintRow  *row,
               gpointer                    user_data,
               GError                    **error)
{
  Export *export = user_data;
  LayananComplainantIdentity identity = identity_of (row);
  gboolean named = identity == LAYANAN_COMPLAINANT_NAMED && export->include_personal_data;
  LayananComplaintRecapInput input = {
    .received_at = row->received_at,
    .channel = row->channel,
    .classification = row->classification,
    .category_name = row->category_name,
    .status = row->status,
    .due_at = row->due_at,
    .closed_at = row->closed_at,
  };
  LayananComplaintOutcome outcome;
  LayananComplaintListRow line;

  if (!layanan_complaint_recap_add (export->recap, &input, &outcome, error))
    {
      g_autofree char *number = layanan_agenda_number_format (row->register_number,
                                                              row->register_year);

      /* Translators: "Complaint 12/2026: received at: …" */
      g_prefix_error (error, _("Complaint %s: "), number);
      return FALSE;
    }

  /* The name and contact are copied only when they may be printed. */
  line = (LayananComplaintListRow) {
    .register_year = row->register_year,
    .register_number = row->register_number,
    .received_at = row->received_at,
    .channel = layanan_channel_kind_get_official_name (row->channel),
    .lapor_number = row->lapor_number,
    .identity = identity,
    .complainant_name = named ? row->complainant_name : NULL,
    .complainant_contact = named ? row->complainant_contact : NULL,
    .classification = layanan_complaint_kind_get_official_name (row->classification),
    .category = row->category_name,
    .service = row->service_name,
    .description = row->description,
    .status = layanan_complaint_status_get_official_name (row->status),
    .due_at = row->due_at,
    .closed_at = row->closed_at,
    .settlement_days = outcome.timed ? outcome.working_days : -1,
    .timing = timing_of (&outcome),
    .last_response = row->last_response,
  };
  if (!layanan_complaint_recap_writer_add_row (export->writer, &line, error))
    return FALSE;

  progress_step (export->progress);
  return TRUE;
}

/* Lists the categories of the unit (or of every unit) in their order, so
 * that a category nobody complained under still shows its zeros. */
static gboolean
add_categories (LayananDatabase        *database,
                GPtrArray              *units,
                gint64                  unit_id,
                LayananComplaintRecap  *recap,
                GError                **error)
{
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);
      g_autoptr(GPtrArray) categories = NULL;

      if (unit_id != 0 && unit->id != unit_id)
        continue;
      categories = layanan_database_list_categories (database, unit->id, FALSE, error);
      if (categories == NULL)
        return FALSE;
      for (guint j = 0; j < categories->len; j++)
        layanan_complaint_recap_add_category (
          recap, ((LayananCategory *) g_ptr_array_index (categories, j))->name);
    }
  return TRUE;
}

/* An open end of the period is where the complaints selected begin or end;
 * with none at all, today. */
static char *
period_end (LayananDatabase              *database,
            const LayananComplaintQuery  *query,
            gboolean                      last,
            GTimeZone                    *tz,
            GDateTime                    *now,
            GError                      **error)
{
  g_autoptr(LayananComplaintQuery) by_received = layanan_complaint_query_copy (query);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDateTime) received = NULL;

  by_received->sort = LAYANAN_COMPLAINT_SORT_RECEIVED;
  by_received->descending = last;
  rows = layanan_database_query_complaints (database, by_received, NULL, 1, error);
  if (rows == NULL)
    return NULL;
  if (rows->len > 0)
    received = layanan_date_time_parse (
      ((LayananComplaintRow *) g_ptr_array_index (rows, 0))->received_at, tz, NULL);
  return layanan_job_day_of (received != NULL ? received : now, tz);
}

static char *
exporter_name (void)
{
  const char *real_name = g_get_real_name ();

  /* GLib says "Unknown" when the account has no full name. */
  if (real_name != NULL && real_name[0] != '\0' && !g_str_equal (real_name, "Unknown"))
    return g_strdup (real_name);
  return g_strdup (g_get_user_name ());
}

static GDateTime *
recap_now (const LayananComplaintQuery  *query,
           GTimeZone                    *tz,
           GError                      **error)
{
  GDateTime *now;

  if (query->due_now == NULL)
    return g_date_time_new_now (tz);
  now = layanan_date_time_parse (query->due_now, tz, error);
  if (now == NULL)
    /* Translators: the instant a list judges deadlines at */
    g_prefix_error (error, _("The time to judge deadlines at: "));
  return now;
}

static gboolean
run_export (const char                   *database_path,
            const LayananComplaintQuery  *query,
            gboolean                      include_personal_data,
            const char                   *dest_path,
            Progress                     *progress,
            GCancellable                 *cancellable,
            GError                      **error)
{
  g_autoptr(LayananDatabase) database = layanan_database_open (database_path, error);
  g_autoptr(LayananCalendar) calendar = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(LayananComplaintRecap) recap = NULL;
  g_autoptr(LayananComplaintRecapWriter) writer = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *date_from = NULL;
  g_autofree char *date_to = NULL;
  g_autofree char *exported_by = exporter_name ();
  LayananComplaintRecapHeader header = { 0 };
  GTimeZone *tz;
  GDate from, to;
  Export export;

  if (database == NULL || (calendar = layanan_database_load_calendar (database, error)) == NULL)
    return FALSE;
  tz = layanan_calendar_get_timezone (calendar);
  if ((now = recap_now (query, tz, error)) == NULL)
    return FALSE;

  date_from = query->received_from != NULL ? g_strdup (query->received_from)
                                           : period_end (database, query, FALSE, tz, now, error);
  if (date_from == NULL)
    return FALSE;
  date_to = query->received_to != NULL ? g_strdup (query->received_to)
                                       : period_end (database, query, TRUE, tz, now, error);
  if (date_to == NULL)
    return FALSE;

  units = layanan_database_list_units (database, error);
  if (units == NULL)
    return FALSE;
  unit_name = layanan_job_unit_name (units, query->unit_id);
  header = (LayananComplaintRecapHeader) {
    .unit_name = unit_name, .date_from = date_from, .date_to = date_to,
    .exported_by = exported_by, .exported_at = now,
    .include_personal_data = include_personal_data,
  };
  /* The writer checks the period and says what is wrong with it. */
  writer = layanan_complaint_recap_writer_new (dest_path, &header, error);
  if (writer == NULL)
    return FALSE;

  recap = layanan_complaint_recap_new (calendar, now);
  if (layanan_date_parse_iso (date_from, &from, NULL) && layanan_date_parse_iso (date_to, &to, NULL))
    layanan_complaint_recap_set_period (recap, &from, &to);
  if (!add_categories (database, units, query->unit_id, recap, error))
    return FALSE;

  progress->total = layanan_database_count_complaints (database, query, error);
  if (progress->total < 0)
    return FALSE;
  progress_report (progress, 0.0);

  export = (Export) { recap, writer, include_personal_data, progress };
  /* A failed or cancelled export abandons the writer, which removes its
   * temporary file and leaves any earlier file at @dest_path untouched. */
  return layanan_database_foreach_complaint (database, query, export_row_cb, &export, cancellable,
                                             error)
         && layanan_complaint_recap_writer_finish (writer, recap, error);
}

/**
 * layanan_complaint_export:
 *
 * Returns: %TRUE when the workbook is saved at @dest_path
 */
gboolean
layanan_complaint_export (const char                   *database_path,
                          const LayananComplaintQuery  *query,
                          gboolean                      include_personal_data,
                          const char                   *dest_path,
                          LayananProgressFunc           progress,
                          gpointer                      progress_data,
                          GCancellable                 *cancellable,
                          GError                      **error)
{
  Progress state = { progress, progress_data, NULL, 0, 0, -1 };

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_export (database_path, query, include_personal_data, dest_path, &state,
                     cancellable, error);
}

typedef struct
{
  char                  *database_path;
  LayananComplaintQuery *query;
  gboolean               include_personal_data;
  char                  *dest_path;
  Progress               progress;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->database_path);
  layanan_complaint_query_free (data->query);
  g_free (data->dest_path);
  g_clear_pointer (&data->progress.context, g_main_context_unref);
  g_free (data);
}

static gboolean
run_export_data (gpointer       task_data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  ExportData *data = task_data;

  return run_export (data->database_path, data->query, data->include_personal_data,
                     data->dest_path, &data->progress, cancellable, error);
}

void
layanan_complaint_export_async (const char                  *database_path,
                                const LayananComplaintQuery *query,
                                gboolean                     include_personal_data,
                                const char                  *dest_path,
                                LayananProgressFunc          progress,
                                gpointer                     progress_data,
                                GCancellable                *cancellable,
                                GAsyncReadyCallback          callback,
                                gpointer                     user_data)
{
  ExportData *data = g_new0 (ExportData, 1);

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (query != NULL);
  g_return_if_fail (dest_path != NULL);

  data->database_path = g_strdup (database_path);
  data->query = layanan_complaint_query_copy (query);
  data->include_personal_data = include_personal_data;
  data->dest_path = g_strdup (dest_path);
  data->progress = (Progress) { progress, progress_data,
                                g_main_context_ref_thread_default (), 0, 0, -1 };
  /* The result comes after every progress report: both travel through
   * the same context, the reports first. */
  layanan_job_run_async (layanan_complaint_export_async, run_export_data,
                         data, (GDestroyNotify) export_data_free,
                         cancellable, callback, user_data);
}

gboolean
layanan_complaint_export_finish (GAsyncResult  *result,
                                 GError       **error)
{
  return layanan_job_run_finish (result, error);
}
