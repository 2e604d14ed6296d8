/* layanan-complaint-watch.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LAYANAN_TYPE_COMPLAINT_WATCH (layanan_complaint_watch_get_type ())

G_DECLARE_FINAL_TYPE (LayananComplaintWatch, layanan_complaint_watch, LAYANAN, COMPLAINT_WATCH,
                      GObject)

/* Watches the complaint register while the app runs: each check closes
 * the complaints whose complainant stayed silent too long (when the
 * auto-close setting is on) and tells which complaints have become overdue
 * since the check before. The first check only notes what is overdue, so
 * starting the app does not announce every old complaint again. Each check
 * opens its own connection to the database at @database_path. */
LayananComplaintWatch *layanan_complaint_watch_new          (const char             *database_path);

/* Checks as of @now (NULL: the current time). @newly_overdue receives the
 * ids (gint64) of open complaints overdue now that were not at the
 * previous check; @n_closed how many were closed by themselves. Blocks:
 * call it from a worker, or use the async pair. */
gboolean               layanan_complaint_watch_check        (LayananComplaintWatch  *self,
                                                             GDateTime              *now,
                                                             GArray                **newly_overdue,
                                                             guint                  *n_closed,
                                                             GError                **error);
/* The same in a worker thread; a check asked for while one runs waits for
 * nothing: it is refused with G_IO_ERROR_PENDING. */
void                   layanan_complaint_watch_check_async  (LayananComplaintWatch  *self,
                                                             GDateTime              *now,
                                                             GCancellable           *cancellable,
                                                             GAsyncReadyCallback     callback,
                                                             gpointer                user_data);
gboolean               layanan_complaint_watch_check_finish (LayananComplaintWatch  *self,
                                                             GAsyncResult           *result,
                                                             GArray                **newly_overdue,
                                                             guint                  *n_closed,
                                                             GError                **error);

G_END_DECLS
