/* layanan-standard-import.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-standard.h"

G_BEGIN_DECLS

/* (transfer full) (element-type LayananStandard): the services of a
 * Standar Pelayanan in a PDF (text layer), Markdown or plain-text file. */
GPtrArray *layanan_standard_import_file        (const char           *path,
                                                GError              **error);
void       layanan_standard_import_file_async  (const char           *path,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GPtrArray *layanan_standard_import_file_finish (GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
