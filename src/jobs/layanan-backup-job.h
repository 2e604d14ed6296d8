/* layanan-backup-job.h
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LAYANAN_BACKUPS_KEPT 14

char     *layanan_backup_dir_for            (const char           *database_path);
char     *layanan_backup_daily              (const char           *database_path,
                                             GDateTime            *now,
                                             GError              **error);
gboolean  layanan_backup_prune              (const char           *database_path,
                                             guint                 keep,
                                             GError              **error);
gboolean  layanan_backup_to_file            (const char           *database_path,
                                             const char           *dest_path,
                                             GCancellable         *cancellable,
                                             GError              **error);
void      layanan_backup_to_file_async      (const char           *database_path,
                                             const char           *dest_path,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
gboolean  layanan_backup_to_file_finish     (GAsyncResult         *result,
                                             GError              **error);

G_END_DECLS
