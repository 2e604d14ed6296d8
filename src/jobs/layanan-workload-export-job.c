/* layanan-workload-export-job.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-workload-export-job"

#include "config.h"

#include "layanan-workload-export-job.h"

#include <string.h>

#include <glib/gi18n.h>

#include "layanan-database.h"
#include "layanan-date.h"
#include "layanan-error.h"
#include "layanan-job-util.h"
#include "layanan-workload-export.h"

/* The store counts (in SQL, through its calendar); this job copies its
 * rows into the export's plain values, which point into them until the
 * workbook is written. */

typedef struct
{
  /* Owned */
  GPtrArray *rows;          /* LayananWorkloadRow, staff and sections */
  GPtrArray *services;      /* LayananWorkloadService */
  GPtrArray *overdue;       /* LayananWorkloadOverdue */
  GArray    *staff_lines;   /* LayananWorkloadReportRow */
  GArray    *section_lines;
  GArray    *service_lines; /* LayananWorkloadReportService */
  GArray    *overdue_lines; /* LayananWorkloadReportOverdue */
} Gathered;

static void
gathered_clear (Gathered *self)
{
  g_clear_pointer (&self->staff_lines, g_array_unref);
  g_clear_pointer (&self->section_lines, g_array_unref);
  g_clear_pointer (&self->service_lines, g_array_unref);
  g_clear_pointer (&self->overdue_lines, g_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->services, g_ptr_array_unref);
  g_clear_pointer (&self->overdue, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Gathered, gathered_clear)

static void
copy_rows (Gathered *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      const LayananWorkloadRow *row = g_ptr_array_index (self->rows, i);
      LayananWorkloadReportRow line = {
        .name = row->name,
        .section_name = row->section_name,
        .letters_assigned = row->letters_assigned,
        .letters_open = row->letters_open,
        .complaints_assigned = row->complaints_assigned,
        .complaints_open = row->complaints_open,
        .due_this_week = row->due_this_week,
        .overdue = row->overdue,
        .done_on_time = row->done_on_time,
        .done_late = row->done_late,
        .average_working_days = row->average_working_days,
      };

      memcpy (line.ageing, row->ageing, sizeof line.ageing);
      g_array_append_val (row->is_section ? self->section_lines : self->staff_lines, line);
    }
}

static void
copy_services (Gathered *self)
{
  for (guint i = 0; i < self->services->len; i++)
    {
      const LayananWorkloadService *service = g_ptr_array_index (self->services, i);
      LayananWorkloadReportService line = {
        service->service_name, service->letters, service->complaints, service->open,
        service->overdue,
      };

      g_array_append_val (self->service_lines, line);
    }
}

static void
copy_overdue (Gathered *self)
{
  for (guint i = 0; i < self->overdue->len; i++)
    {
      const LayananWorkloadOverdue *item = g_ptr_array_index (self->overdue, i);
      LayananWorkloadReportOverdue line = {
        item->is_complaint, item->number, item->title, item->assigned_to, item->section_name,
        item->assigned_on, item->due_at, item->working_days_late,
      };

      g_array_append_val (self->overdue_lines, line);
    }
}

static gboolean
gather (LayananDatabase  *database,
        Gathered         *self,
        gint64            unit_id,
        const char       *date_from,
        const char       *date_to,
        GDateTime        *now,
        GError          **error)
{
  self->staff_lines = g_array_new (FALSE, TRUE, sizeof (LayananWorkloadReportRow));
  self->section_lines = g_array_new (FALSE, TRUE, sizeof (LayananWorkloadReportRow));
  self->service_lines = g_array_new (FALSE, TRUE, sizeof (LayananWorkloadReportService));
  self->overdue_lines = g_array_new (FALSE, TRUE, sizeof (LayananWorkloadReportOverdue));

  self->rows = layanan_database_workload (database, unit_id, date_from, date_to, now, error);
  if (self->rows == NULL)
    return FALSE;
  self->services = layanan_database_workload_by_service (database, unit_id, date_from, date_to,
                                                         now, error);
  if (self->services == NULL)
    return FALSE;
  self->overdue = layanan_database_workload_overdue (database, unit_id, date_from, date_to, now,
                                                     error);
  if (self->overdue == NULL)
    return FALSE;

  copy_rows (self);
  copy_services (self);
  copy_overdue (self);
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

static gboolean
run_export (const char    *database_path,
            gint64         unit_id,
            const char    *date_from,
            const char    *date_to,
            const char    *dest_path,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *unit_name = NULL;
  g_autofree char *exported_by = exporter_name ();
  g_auto(Gathered) gathered = { 0 };
  LayananWorkloadReport report;
  GDate from, to;

  /* A bad period is the caller's mistake, said before the database opens. */
  if (!layanan_date_parse_period (date_from, date_to, &from, &to, error))
    return FALSE;

  database = layanan_database_open (database_path, error);
  if (database == NULL || (units = layanan_database_list_units (database, error)) == NULL)
    return FALSE;
  if (unit_id == 0)
    unit_id = top_unit (units);
  if (!gather (database, &gathered, unit_id, date_from, date_to, now, error))
    return FALSE;

  unit_name = layanan_job_unit_name (units, unit_id);
  report = (LayananWorkloadReport) {
    .unit_name = unit_name, .date_from = date_from, .date_to = date_to,
    .exported_by = exported_by, .exported_at = now,
    .staff = (const LayananWorkloadReportRow *) (void *) gathered.staff_lines->data,
    .n_staff = gathered.staff_lines->len,
    .sections = (const LayananWorkloadReportRow *) (void *) gathered.section_lines->data,
    .n_sections = gathered.section_lines->len,
    .services = (const LayananWorkloadReportService *) (void *) gathered.service_lines->data,
    .n_services = gathered.service_lines->len,
    .overdue = (const LayananWorkloadReportOverdue *) (void *) gathered.overdue_lines->data,
    .n_overdue = gathered.overdue_lines->len,
  };
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return layanan_workload_report_write (&report, dest_path, error);
}

/**
 * layanan_workload_export:
 *
 * Returns: %TRUE when the workbook is saved at @dest_path
 */
gboolean
layanan_workload_export (const char    *database_path,
                         gint64         unit_id,
                         const char    *date_from,
                         const char    *date_to,
                         const char    *dest_path,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (date_from != NULL, FALSE);
  g_return_val_if_fail (date_to != NULL, FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_export (database_path, unit_id, date_from, date_to, dest_path, cancellable, error);
}

typedef struct
{
  char   *database_path;
  gint64  unit_id;
  char   *date_from;
  char   *date_to;
  char   *dest_path;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->database_path);
  g_free (data->date_from);
  g_free (data->date_to);
  g_free (data->dest_path);
  g_free (data);
}

static gboolean
run_export_data (gpointer       task_data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  ExportData *data = task_data;

  return run_export (data->database_path, data->unit_id, data->date_from, data->date_to,
                     data->dest_path, cancellable, error);
}

void
layanan_workload_export_async (const char          *database_path,
                               gint64               unit_id,
                               const char          *date_from,
                               const char          *date_to,
                               const char          *dest_path,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  ExportData *data = g_new0 (ExportData, 1);

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (date_from != NULL);
  g_return_if_fail (date_to != NULL);
  g_return_if_fail (dest_path != NULL);

  data->database_path = g_strdup (database_path);
  data->unit_id = unit_id;
  data->date_from = g_strdup (date_from);
  data->date_to = g_strdup (date_to);
  data->dest_path = g_strdup (dest_path);
  layanan_job_run_async (layanan_workload_export_async, run_export_data,
                         data, (GDestroyNotify) export_data_free,
                         cancellable, callback, user_data);
}

gboolean
layanan_workload_export_finish (GAsyncResult  *result,
                                GError       **error)
{
  return layanan_job_run_finish (result, error);
}
