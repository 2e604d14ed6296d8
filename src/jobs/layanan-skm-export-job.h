/* layanan-skm-export-job.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes the SKM report of the period named @period_name of @unit_id (0:
 * the biro at the top) to @dest_path: the questionnaires computed by the
 * core, per service, the respondents' profile, the Rencana Tindak Lanjut
 * of this period and of the one before (what was done), and the IKM of
 * every period up to this one. On its own connection; a period that does
 * not exist is %LAYANAN_ERROR_NOT_FOUND naming it. */
gboolean layanan_skm_export        (const char           *database_path,
                                    gint64                unit_id,
                                    const char           *period_name,
                                    const char           *dest_path,
                                    GCancellable         *cancellable,
                                    GError              **error);
/* The same on a worker thread. */
void     layanan_skm_export_async  (const char           *database_path,
                                    gint64                unit_id,
                                    const char           *period_name,
                                    const char           *dest_path,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
gboolean layanan_skm_export_finish (GAsyncResult         *result,
                                    GError              **error);

G_END_DECLS
