/* layanan-job-util.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-job-util"

#include "config.h"

#include "layanan-job-util.h"

#include "layanan-database.h"

typedef struct
{
  LayananProgressFunc func;
  gpointer            data;
  double              fraction;
} Report;

static gboolean
deliver_report_cb (gpointer user_data)
{
  Report *report = user_data;

  report->func (report->fraction, report->data);
  return G_SOURCE_REMOVE;
}

/**
 * layanan_job_report_progress:
 * @context: the caller's context, which a job's thread reports to
 *
 * Calls @func with @fraction in @context, from any thread. The reports
 * keep their order and arrive before the job's result: they have the same
 * priority as GTask's own return and are attached before it.
 */
void
layanan_job_report_progress (GMainContext        *context,
                             LayananProgressFunc  func,
                             gpointer             data,
                             double               fraction)
{
  GSource *source;
  Report *report = g_new (Report, 1);

  *report = (Report) { func, data, fraction };
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_report_cb, report, g_free);
  g_source_set_static_name (source, "[layanan] job progress");
  g_source_attach (source, context);
  g_source_unref (source);
}

/* The unit an export belongs to: the one filtered on (@unit_id), or
 * every biro ("Biro Umum, Biro Hukum"). */
char *
layanan_job_unit_name (GPtrArray *units,
                       gint64     unit_id)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      if (unit_id != 0 ? unit->id == unit_id : unit->parent_id == 0)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", unit->name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The day @instant falls on in @tz, as YYYY-MM-DD. */
char *
layanan_job_day_of (GDateTime *instant,
                    GTimeZone *tz)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (instant, tz);

  return g_date_time_format (local, "%Y-%m-%d");
}

typedef struct
{
  LayananJobRunFunc run;
  gpointer          data;
  GDestroyNotify    data_free;
} RunData;

static void
run_data_free (RunData *self)
{
  self->data_free (self->data);
  g_free (self);
}

static void
run_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *self = task_data;
  GError *error = NULL;

  if (self->run (self->data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
layanan_job_run_async (gpointer             source_tag,
                       LayananJobRunFunc    run,
                       gpointer             data,
                       GDestroyNotify       data_free,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  RunData *self = g_new0 (RunData, 1);

  self->run = run;
  self->data = data;
  self->data_free = data_free;
  g_task_set_task_data (task, self, (GDestroyNotify) run_data_free);
  g_task_set_source_tag (task, source_tag);
  g_task_run_in_thread (task, run_thread);
}

gboolean
layanan_job_run_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
