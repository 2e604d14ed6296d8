/* layanan-startup.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "layanan-database.h"

G_BEGIN_DECLS

/* Opening a database: create or migrate it, load the reference data on the
 * first run, and (for the window) keep one automatic backup a day. */

char            *layanan_startup_reference_dir   (void);
char            *layanan_startup_standards_dir   (void);
LayananDatabase *layanan_startup_open            (const char           *path,
                                                  GError              **error);
void             layanan_startup_open_async      (const char           *path,
                                                  gboolean              daily_backup,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
LayananDatabase *layanan_startup_open_finish     (GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
