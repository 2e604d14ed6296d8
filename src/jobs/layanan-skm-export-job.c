/* layanan-skm-export-job.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-skm-export-job"

#include "config.h"

#include "layanan-skm-export-job.h"

#include <glib/gi18n.h>

#include "layanan-database.h"
#include "layanan-error.h"
#include "layanan-job-util.h"
#include "layanan-skm-export.h"
#include "layanan-skm.h"

/* The report is computed here by the core from the store's rows, the same
 * way the screen computes it, then handed whole to the export. */

/* How many periods the trend shows, this one the last. */
#define TREND_PERIODS 8

typedef struct
{
  /* Owned */
  GPtrArray         *unsur;
  GPtrArray         *grades;
  GPtrArray         *services;        /* LayananServiceSummary, to name them */
  GPtrArray         *responses;       /* LayananSkmResponse */
  LayananSkmCalc    *calc;
  LayananSkmProfile *profile;
  GArray            *lines;           /* LayananSkmReportResponse */
  GArray            *by_service;      /* LayananSkmReportService, their calcs owned */
  GHashTable        *service_index;   /* service id → index in by_service */
  GPtrArray         *actions;         /* LayananSkmAction of this period and the one before */
  GArray            *report_actions;  /* LayananSkmReportAction */
  GArray            *trend;           /* LayananSkmReportTrend */
  GPtrArray         *trend_names;
} Gathered;

static void
gathered_clear (Gathered *self)
{
  for (guint i = 0; self->by_service != NULL && i < self->by_service->len; i++)
    layanan_skm_calc_free (g_array_index (self->by_service, LayananSkmReportService, i).calc);
  g_clear_pointer (&self->by_service, g_array_unref);
  g_clear_pointer (&self->service_index, g_hash_table_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->responses, g_ptr_array_unref);
  g_clear_pointer (&self->calc, layanan_skm_calc_free);
  g_clear_pointer (&self->profile, layanan_skm_profile_free);
  g_clear_pointer (&self->report_actions, g_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->trend, g_array_unref);
  g_clear_pointer (&self->trend_names, g_ptr_array_unref);
  g_clear_pointer (&self->services, g_ptr_array_unref);
  g_clear_pointer (&self->unsur, g_ptr_array_unref);
  g_clear_pointer (&self->grades, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Gathered, gathered_clear)

static const char *
service_name (Gathered *self,
              gint64    service_id)
{
  for (guint i = 0; self->services != NULL && i < self->services->len; i++)
    {
      LayananServiceSummary *service = g_ptr_array_index (self->services, i);

      if (service->id == service_id)
        return service->name;
    }
  return NULL;
}

/* The per-service result @response counts in, made on first sight. */
static LayananSkmCalc *
service_calc (Gathered *self,
              gint64    service_id)
{
  gpointer index;
  LayananSkmReportService service;

  if (g_hash_table_lookup_extended (self->service_index, &service_id, NULL, &index))
    return g_array_index (self->by_service, LayananSkmReportService, GPOINTER_TO_UINT (index)).calc;

  service.name = service_name (self, service_id);
  if (service.name == NULL)
    service.name = "Layanan tidak disebut";
  service.calc = layanan_skm_calc_new (self->unsur, self->grades);
  g_hash_table_insert (self->service_index, g_memdup2 (&service_id, sizeof service_id),
                       GUINT_TO_POINTER (self->by_service->len));
  g_array_append_val (self->by_service, service);
  return service.calc;
}

static gboolean
add_response_cb (const LayananSkmResponse  *response,
                 gpointer                   user_data,
                 GError                   **error)
{
  Gathered *self = user_data;
  LayananSkmResponse *copy = layanan_skm_response_copy (response);
  LayananSkmReportResponse line = { copy, service_name (self, copy->service_id) };

  layanan_skm_calc_add (self->calc, copy);
  layanan_skm_calc_add (service_calc (self, copy->service_id), copy);
  layanan_skm_profile_add (self->profile, copy);
  g_ptr_array_add (self->responses, copy);
  g_array_append_val (self->lines, line);
  return TRUE;
}

static gboolean
count_response_cb (const LayananSkmResponse  *response,
                   gpointer                   user_data,
                   GError                   **error)
{
  layanan_skm_calc_add (user_data, response);
  return TRUE;
}

static const char *
status_text (LayananSkmActionStatus status)
{
  switch (status)
    {
    case LAYANAN_SKM_ACTION_IN_PROGRESS:
      return "Sedang dilaksanakan";
    case LAYANAN_SKM_ACTION_DONE:
      return "Selesai";
    case LAYANAN_SKM_ACTION_PLANNED:
    default:
      return "Direncanakan";
    }
}

static gboolean
add_actions (LayananDatabase  *database,
             Gathered         *self,
             gint64            period_id,
             gboolean          previous,
             GError          **error)
{
  g_autoptr(GPtrArray) actions = layanan_database_list_skm_actions (database, period_id, error);

  if (actions == NULL)
    return FALSE;
  for (guint i = 0; i < actions->len; i++)
    {
      LayananSkmAction *action = g_ptr_array_index (actions, i);
      LayananSkmReportAction line = {
        previous, action->unsur_code, action->action, action->owner, action->target,
        status_text (action->status), action->result,
      };

      g_array_append_val (self->report_actions, line);
    }
  /* The lines point into the actions, kept until the report is written. */
  g_ptr_array_extend_and_steal (self->actions, g_steal_pointer (&actions));
  return TRUE;
}

/* The IKM of every period of the unit up to @period (newest first in
 * @periods), oldest first; and the period just before it for the RTL. */
static gboolean
add_trend (LayananDatabase         *database,
           Gathered                *self,
           GPtrArray               *periods,
           const LayananSkmPeriod  *period,
           GCancellable            *cancellable,
           GError                 **error)
{
  g_autoptr(GPtrArray) earlier = g_ptr_array_new ();

  for (guint i = 0; i < periods->len && earlier->len < TREND_PERIODS - 1; i++)
    {
      LayananSkmPeriod *other = g_ptr_array_index (periods, i);

      if (other->id != period->id && g_strcmp0 (other->date_from, period->date_from) < 0)
        g_ptr_array_add (earlier, other);
    }

  for (guint i = earlier->len; i > 0; i--)
    {
      LayananSkmPeriod *other = g_ptr_array_index (earlier, i - 1);
      g_autoptr(LayananSkmCalc) calc = layanan_skm_calc_new (self->unsur, self->grades);
      LayananSkmReportTrend line;

      if (!layanan_database_foreach_skm_response (database, other->id, 0, count_response_cb, calc,
                                                  cancellable, error))
        return FALSE;
      /* @periods goes before the report is written: the name is copied. */
      g_ptr_array_add (self->trend_names, g_strdup (other->name));
      line = (LayananSkmReportTrend) { g_ptr_array_index (self->trend_names,
                                                          self->trend_names->len - 1),
                                       layanan_skm_calc_get_ikm (calc),
                                       layanan_skm_calc_get_n_responses (calc) };
      g_array_append_val (self->trend, line);
    }
  g_array_append_vals (self->trend, &(LayananSkmReportTrend) {
                         period->name, layanan_skm_calc_get_ikm (self->calc),
                         layanan_skm_calc_get_n_responses (self->calc) }, 1);

  /* The plan of the period before shows what was done. */
  if (earlier->len > 0
      && !add_actions (database, self, ((LayananSkmPeriod *) g_ptr_array_index (earlier, 0))->id,
                       TRUE, error))
    return FALSE;
  return TRUE;
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

static gint64
top_unit (GPtrArray *units)
{
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      if (unit->parent_id == 0)
        return unit->id;
    }
  return 0;
}

static LayananSkmPeriod *
find_period (LayananDatabase  *database,
             gint64            unit_id,
             const char       *name,
             GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  LayananSkmPeriod *period = layanan_database_find_skm_period (database, unit_id, name,
                                                               &local_error);

  if (period != NULL)
    return period;
  if (local_error != NULL && !g_error_matches (local_error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                 _("There is no SKM period “%s”"), name);
  return NULL;
}

static gboolean
gather (LayananDatabase   *database,
        Gathered          *self,
        LayananSkmPeriod  *period,
        GCancellable      *cancellable,
        GError           **error)
{
  g_autoptr(GPtrArray) periods = NULL;

  if ((self->unsur = layanan_database_list_skm_unsur (database, error)) == NULL
      || (self->grades = layanan_database_list_skm_grades (database, error)) == NULL
      || (self->services = layanan_database_list_services (database, NULL, error)) == NULL)
    return FALSE;

  self->calc = layanan_skm_calc_new (self->unsur, self->grades);
  self->profile = layanan_skm_profile_new ();
  self->responses = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_response_free);
  self->lines = g_array_new (FALSE, TRUE, sizeof (LayananSkmReportResponse));
  self->by_service = g_array_new (FALSE, TRUE, sizeof (LayananSkmReportService));
  self->service_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_action_free);
  self->report_actions = g_array_new (FALSE, TRUE, sizeof (LayananSkmReportAction));
  self->trend = g_array_new (FALSE, TRUE, sizeof (LayananSkmReportTrend));
  self->trend_names = g_ptr_array_new_with_free_func (g_free);

  if (!layanan_database_foreach_skm_response (database, period->id, 0, add_response_cb, self,
                                              cancellable, error)
      || !add_actions (database, self, period->id, FALSE, error))
    return FALSE;

  periods = layanan_database_list_skm_periods (database, period->unit_id, error);
  return periods != NULL && add_trend (database, self, periods, period, cancellable, error);
}

static gboolean
run_export (const char    *database_path,
            gint64         unit_id,
            const char    *period_name,
            const char    *dest_path,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(LayananDatabase) database = layanan_database_open (database_path, error);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(LayananSkmPeriod) period = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *unit_name = NULL;
  g_autofree char *exported_by = exporter_name ();
  g_auto(Gathered) gathered = { 0 };
  LayananSkmReport report;

  if (database == NULL || (units = layanan_database_list_units (database, error)) == NULL)
    return FALSE;
  if (unit_id == 0)
    unit_id = top_unit (units);
  if ((period = find_period (database, unit_id, period_name, error)) == NULL
      || !gather (database, &gathered, period, cancellable, error))
    return FALSE;

  unit_name = layanan_job_unit_name (units, unit_id);
  report = (LayananSkmReport) {
    .unit_name = unit_name, .period_name = period->name,
    .date_from = period->date_from, .date_to = period->date_to,
    .population = period->population,
    .unsur = gathered.unsur, .grades = gathered.grades,
    .calc = gathered.calc, .profile = gathered.profile,
    .responses = (const LayananSkmReportResponse *) (void *) gathered.lines->data,
    .n_responses = gathered.lines->len,
    .services = (const LayananSkmReportService *) (void *) gathered.by_service->data,
    .n_services = gathered.by_service->len,
    .actions = (const LayananSkmReportAction *) (void *) gathered.report_actions->data,
    .n_actions = gathered.report_actions->len,
    .trend = (const LayananSkmReportTrend *) (void *) gathered.trend->data,
    .n_trend = gathered.trend->len,
    .exported_by = exported_by, .exported_at = now,
  };
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return layanan_skm_report_write (&report, dest_path, error);
}

/**
 * layanan_skm_export:
 *
 * Returns: %TRUE when the workbook is saved at @dest_path
 */
gboolean
layanan_skm_export (const char    *database_path,
                    gint64         unit_id,
                    const char    *period_name,
                    const char    *dest_path,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (period_name != NULL, FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_export (database_path, unit_id, period_name, dest_path, cancellable, error);
}

typedef struct
{
  char   *database_path;
  gint64  unit_id;
  char   *period_name;
  char   *dest_path;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->database_path);
  g_free (data->period_name);
  g_free (data->dest_path);
  g_free (data);
}

static gboolean
run_export_data (gpointer       task_data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  ExportData *data = task_data;

  return run_export (data->database_path, data->unit_id, data->period_name, data->dest_path,
                     cancellable, error);
}

void
layanan_skm_export_async (const char          *database_path,
                          gint64               unit_id,
                          const char          *period_name,
                          const char          *dest_path,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  ExportData *data = g_new0 (ExportData, 1);

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (period_name != NULL);
  g_return_if_fail (dest_path != NULL);

  data->database_path = g_strdup (database_path);
  data->unit_id = unit_id;
  data->period_name = g_strdup (period_name);
  data->dest_path = g_strdup (dest_path);
  layanan_job_run_async (layanan_skm_export_async, run_export_data,
                         data, (GDestroyNotify) export_data_free,
                         cancellable, callback, user_data);
}

gboolean
layanan_skm_export_finish (GAsyncResult  *result,
                           GError       **error)
{
  return layanan_job_run_finish (result, error);
}
