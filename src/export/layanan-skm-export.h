/* layanan-skm-export.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-skm.h"

G_BEGIN_DECLS

/* The SKM report (PermenPANRB 14/2017; DOMAIN.md §1.7) as a workbook:
 * "Pengolahan", the processing sheet per respondent whose Σ, NRR, NRR
 * tertimbang and IKM rows are live formulas; "Ringkasan", per unsur with
 * mutu, the unit's IKM, the sample against Krejcie & Morgan, the weakest
 * unsur and a chart of NRR per unsur; "Per Layanan"; "Demografi"; "RTL",
 * the Rencana Tindak Lanjut and what the previous period's plan achieved;
 * "Tren", the IKM over the periods. Everything comes from the caller,
 * computed by the core (one code path for the screen and the report). */

/* A questionnaire and the name of the service it is about (NULL: not said). */
typedef struct
{
  const LayananSkmResponse *response;
  const char               *service_name;
} LayananSkmReportResponse;

/* One service's questionnaires, computed. */
typedef struct
{
  const char     *name;
  LayananSkmCalc *calc;
} LayananSkmReportService;

/* A line of a Rencana Tindak Lanjut. Strings may be NULL (an empty cell). */
typedef struct
{
  gboolean    previous;     /* planned in the previous period: what was done */
  const char *unsur_code;   /* "U3"; named from the report's unsur */
  const char *action;
  const char *owner;
  const char *target;       /* "Semester II 2026" */
  const char *status;       /* as it reads: "Direncanakan", "Selesai" … */
  const char *result;       /* what was done */
} LayananSkmReportAction;

/* One period of the trend, oldest first; the grade is looked up. */
typedef struct
{
  const char *period_name;
  double      ikm;          /* 25–100 */
  guint       n_responses;
} LayananSkmReportTrend;

typedef struct
{
  const char                     *unit_name;
  const char                     *period_name;    /* "Semester I 2026" */
  const char                     *date_from;      /* YYYY-MM-DD */
  const char                     *date_to;
  guint                           population;     /* 0: not entered */

  GPtrArray                      *unsur;          /* LayananSkmUnsur, questionnaire order */
  GPtrArray                      *grades;         /* LayananSkmGrade */
  LayananSkmCalc                 *calc;           /* every response of the unit */
  LayananSkmProfile              *profile;        /* the same responses */

  const LayananSkmReportResponse *responses;      /* in entry order */
  guint                           n_responses;
  const LayananSkmReportService  *services;
  guint                           n_services;
  const LayananSkmReportAction   *actions;
  guint                           n_actions;
  const LayananSkmReportTrend    *trend;
  guint                           n_trend;

  const char                     *exported_by;    /* a person's name, or NULL */
  GDateTime                      *exported_at;    /* NULL: now */
} LayananSkmReport;

gboolean layanan_skm_report_write (const LayananSkmReport  *report,
                                   const char              *path,
                                   GError                 **error);

G_END_DECLS
