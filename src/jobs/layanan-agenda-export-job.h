/* layanan-agenda-export-job.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-database.h"

G_BEGIN_DECLS

/* Writes the Agenda Surat Masuk of the letters @query selects, in its order,
 * streaming from a cursor on its own connection into a constant-memory
 * workbook: as light for 200 000 letters as for 20. */
gboolean layanan_agenda_export        (const char               *database_path,
                                       const LayananLetterQuery *query,
                                       const char               *dest_path,
                                       GCancellable             *cancellable,
                                       GError                  **error);
void     layanan_agenda_export_async  (const char               *database_path,
                                       const LayananLetterQuery *query,
                                       const char               *dest_path,
                                       GCancellable             *cancellable,
                                       GAsyncReadyCallback       callback,
                                       gpointer                  user_data);
gboolean layanan_agenda_export_finish (GAsyncResult             *result,
                                       GError                  **error);

G_END_DECLS
