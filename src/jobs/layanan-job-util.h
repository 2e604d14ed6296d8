/* layanan-job-util.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

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

/* Runs @run (@data, cancellable, error) in a thread, for the jobs that
 * export to a path; @data is freed with @data_free when the task ends.
 * layanan_job_run_finish() gives the result. */
typedef gboolean (*LayananJobRunFunc) (gpointer       data,
                                       GCancellable  *cancellable,
                                       GError       **error);

void     layanan_job_run_async  (gpointer             source_tag,
                                 LayananJobRunFunc    run,
                                 gpointer             data,
                                 GDestroyNotify       data_free,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data);
gboolean layanan_job_run_finish (GAsyncResult        *result,
                                 GError             **error);

G_END_DECLS
