/* layanan-workload-export-job.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes the workload report of @unit_id (0: the biro at the top) for the
 * items assigned from @date_from to @date_to (YYYY-MM-DD), seen now, to
 * @dest_path: per staff member (with a chart), per section, per service
 * and the overdue list. On its own connection. */
gboolean layanan_workload_export        (const char           *database_path,
                                         gint64                unit_id,
                                         const char           *date_from,
                                         const char           *date_to,
                                         const char           *dest_path,
                                         GCancellable         *cancellable,
                                         GError              **error);
/* The same on a worker thread. */
void     layanan_workload_export_async  (const char           *database_path,
                                         gint64                unit_id,
                                         const char           *date_from,
                                         const char           *date_to,
                                         const char           *dest_path,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean layanan_workload_export_finish (GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
