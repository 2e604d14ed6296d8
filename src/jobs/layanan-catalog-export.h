/* layanan-catalog-export.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The Standar Pelayanan matrix of some services (@service_ids, gint64) or
 * all (%NULL), with the maklumat of @maklumat_unit_code when given. Runs on
 * its own connection, so the window stays responsive. */
gboolean layanan_catalog_export        (const char           *database_path,
                                        GArray               *service_ids,
                                        const char           *maklumat_unit_code,
                                        const char           *dest_path,
                                        GCancellable         *cancellable,
                                        guint                *n_exported,
                                        GError              **error);
void     layanan_catalog_export_async  (const char           *database_path,
                                        GArray               *service_ids,
                                        const char           *maklumat_unit_code,
                                        const char           *dest_path,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean layanan_catalog_export_finish (GAsyncResult         *result,
                                        GError              **error);

G_END_DECLS
