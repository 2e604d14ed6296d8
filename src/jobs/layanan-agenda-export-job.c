/* layanan-agenda-export-job.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-agenda-export-job"

#include "config.h"

#include <glib/gi18n.h>

#include "layanan-agenda-export.h"
#include "layanan-agenda-export-job.h"
#include "layanan-date.h"
#include "layanan-job-util.h"

static gboolean
write_row_cb (const LayananLetterRow  *row,
              gpointer                 user_data,
              GError                 **error)
{
  LayananAgendaWriter *writer = user_data;
  LayananAgendaRow out = {
    .agenda_year = row->agenda_year,
    .agenda_number = row->agenda_number,
    .received_at = row->received_at,
    .nomor = row->nomor,
    .tanggal = row->tanggal,
    .pengirim = row->pengirim,
    .hal = row->hal,
    .lampiran = row->lampiran,
    .keamanan = layanan_keamanan_get_official_name (row->keamanan),
    .kecepatan = layanan_kecepatan_get_official_name (row->kecepatan),
    .classification_code = row->classification_code,
    .service_name = row->service_name,
    .disposed_to = row->disposed_to,
    .due_at = row->due_at,
    .status = layanan_letter_status_get_official_name (row->status),
    .notes = row->notes,
  };

  return layanan_agenda_writer_add_row (writer, &out, error);
}

/* The day an instant falls on in WIB, as YYYY-MM-DD. */
static char *
received_day_of (GDateTime *instant)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (7 * 3600);

  return layanan_job_day_of (instant, wib);
}

static char *
received_day (const char *received_at)
{
  g_autoptr(GDateTime) received = layanan_date_time_parse (received_at, NULL, NULL);

  return received != NULL ? received_day_of (received) : NULL;
}

/* An open end of the period is where the letters selected begin or end;
 * with no letters at all, today. */
static char *
period_end (LayananDatabase           *database,
            const LayananLetterQuery  *query,
            gboolean                   last,
            GError                   **error)
{
  g_autoptr(LayananLetterQuery) by_received = layanan_letter_query_copy (query);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDateTime) now = NULL;

  by_received->sort = LAYANAN_LETTER_SORT_RECEIVED;
  by_received->descending = last;
  rows = layanan_database_query_letters (database, by_received, NULL, 1, error);
  if (rows == NULL)
    return NULL;
  if (rows->len > 0)
    return received_day (((LayananLetterRow *) g_ptr_array_index (rows, 0))->received_at);

  now = g_date_time_new_now_local ();
  return received_day_of (now);
}

gboolean
layanan_agenda_export (const char                *database_path,
                       const LayananLetterQuery  *query,
                       const char                *dest_path,
                       GCancellable              *cancellable,
                       GError                   **error)
{
  g_autoptr(LayananDatabase) database = layanan_database_open (database_path, error);
  g_autoptr(LayananAgendaWriter) writer = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *date_from = NULL;
  g_autofree char *date_to = NULL;
  LayananAgendaHeader header = { 0 };

  if (database == NULL)
    return FALSE;

  date_from = query->received_from != NULL ? g_strdup (query->received_from)
                                           : period_end (database, query, FALSE, error);
  if (date_from == NULL)
    return FALSE;
  date_to = query->received_to != NULL ? g_strdup (query->received_to)
                                       : period_end (database, query, TRUE, error);
  if (date_to == NULL)
    return FALSE;

  units = layanan_database_list_units (database, NULL);
  unit_name = layanan_job_unit_name (units, query->unit_id);
  header.unit_name = unit_name;
  header.date_from = date_from;
  header.date_to = date_to;

  writer = layanan_agenda_writer_new (dest_path, &header, error);
  if (writer == NULL)
    return FALSE;

  /* A failed or cancelled export abandons the writer, which removes its
   * temporary file and leaves any earlier file at @dest_path untouched. */
  return layanan_database_foreach_letter (database, query, write_row_cb, writer, cancellable,
                                          error)
         && layanan_agenda_writer_finish (writer, error);
}

typedef struct
{
  char               *database_path;
  LayananLetterQuery *query;
  char               *dest_path;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->database_path);
  layanan_letter_query_free (data->query);
  g_free (data->dest_path);
  g_free (data);
}

static gboolean
run_export_data (gpointer       task_data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  ExportData *data = task_data;

  return layanan_agenda_export (data->database_path, data->query, data->dest_path, cancellable,
                                error);
}

void
layanan_agenda_export_async (const char               *database_path,
                             const LayananLetterQuery *query,
                             const char               *dest_path,
                             GCancellable             *cancellable,
                             GAsyncReadyCallback       callback,
                             gpointer                  user_data)
{
  ExportData *data = g_new0 (ExportData, 1);

  data->database_path = g_strdup (database_path);
  data->query = layanan_letter_query_copy (query);
  data->dest_path = g_strdup (dest_path);
  layanan_job_run_async (layanan_agenda_export_async, run_export_data,
                         data, (GDestroyNotify) export_data_free,
                         cancellable, callback, user_data);
}

gboolean
layanan_agenda_export_finish (GAsyncResult  *result,
                              GError       **error)
{
  return layanan_job_run_finish (result, error);
}
