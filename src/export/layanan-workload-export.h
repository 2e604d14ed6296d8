/* layanan-workload-export.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Laporan Beban Kerja a Kabag opens the monthly evaluation meeting
 * with: sheets "Per Pegawai" (with a column chart of open and overdue
 * items per staff member), "Per Bagian", "Per Layanan" and "Lewat Batas
 * Waktu". The rows are the store's, copied into these plain values by the
 * caller (the export sees no database). */

/* What a staff member or a section holds over the period. */
typedef struct
{
  const char *name;
  const char *section_name;         /* of a staff member; NULL for a section */
  guint       letters_assigned;
  guint       letters_open;
  guint       complaints_assigned;
  guint       complaints_open;
  guint       due_this_week;
  guint       overdue;
  guint       done_on_time;
  guint       done_late;
  double      average_working_days; /* < 0: nothing finished */
  guint       ageing[4];            /* open items aged 0–5, 6–10, 11–20, > 20 working days */
} LayananWorkloadReportRow;

typedef struct
{
  const char *service_name;         /* NULL: no service recorded */
  guint       letters;
  guint       complaints;
  guint       open;
  guint       overdue;
} LayananWorkloadReportService;

typedef struct
{
  gboolean    is_complaint;
  const char *number;               /* "12/2026" */
  const char *title;
  const char *assigned_to;
  const char *section_name;
  const char *assigned_on;          /* YYYY-MM-DD */
  const char *due_at;               /* YYYY-MM-DD or an ISO 8601 instant; NULL: none */
  int         working_days_late;
} LayananWorkloadReportOverdue;

typedef struct
{
  const char                         *unit_name;
  const char                         *date_from;     /* YYYY-MM-DD */
  const char                         *date_to;
  const char                         *exported_by;   /* a person's name, or NULL */
  GDateTime                          *exported_at;   /* NULL: now */
  const LayananWorkloadReportRow     *staff;
  guint                               n_staff;
  const LayananWorkloadReportRow     *sections;
  guint                               n_sections;
  const LayananWorkloadReportService *services;
  guint                               n_services;
  const LayananWorkloadReportOverdue *overdue;
  guint                               n_overdue;
} LayananWorkloadReport;

/* Writes @report to @path, replaced only by a complete workbook. A period
 * that is not one is %LAYANAN_ERROR_INVALID_INPUT; a file that cannot be
 * written says why and where and leaves nothing behind. */
gboolean layanan_workload_report_write (const LayananWorkloadReport  *report,
                                        const char                   *path,
                                        GError                      **error);

G_END_DECLS
