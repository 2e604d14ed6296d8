/* layanan-complaint-export-job.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-database.h"
#include "layanan-intake-job.h"

G_BEGIN_DECLS

/* Writes the Rekapitulasi Pengaduan of the complaints @query selects
 * (received_from/received_to, unit_id, any other filter of the list):
 * one pass of a cursor on its own connection feeds both the recap and the
 * list of complaints, in constant memory. The period printed is the
 * query's, or where the complaints selected begin and end. Pelapor and
 * Kontak go in only with @include_personal_data, and never for a
 * confidential or anonymous complaint. @progress (may be NULL) is called
 * on the caller's thread. */
gboolean layanan_complaint_export        (const char                  *database_path,
                                          const LayananComplaintQuery *query,
                                          gboolean                     include_personal_data,
                                          const char                  *dest_path,
                                          LayananProgressFunc          progress,
                                          gpointer                     progress_data,
                                          GCancellable                *cancellable,
                                          GError                     **error);
/* The same on a worker thread; @progress runs on the thread-default main
 * context of the caller. */
void     layanan_complaint_export_async  (const char                  *database_path,
                                          const LayananComplaintQuery *query,
                                          gboolean                     include_personal_data,
                                          const char                  *dest_path,
                                          LayananProgressFunc          progress,
                                          gpointer                     progress_data,
                                          GCancellable                *cancellable,
                                          GAsyncReadyCallback          callback,
                                          gpointer                     user_data);
gboolean layanan_complaint_export_finish (GAsyncResult                *result,
                                          GError                     **error);

G_END_DECLS
