/* layanan-job-util.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "layanan-intake-job.h"

G_BEGIN_DECLS

/* Small pieces the jobs share; private to src/jobs/. */

void  layanan_job_report_progress (GMainContext        *context,
                                   LayananProgressFunc  func,
                                   gpointer             data,
                                   double               fraction);
char *layanan_job_unit_name       (GPtrArray           *units,
                                   gint64               unit_id);
char *layanan_job_day_of          (GDateTime           *instant,
                                   GTimeZone           *tz);

G_END_DECLS
