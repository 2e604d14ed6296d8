/* layanan-backup-job.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-backup-job"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "layanan-backup-job.h"
#include "layanan-database.h"

/* Automatic backups sit beside the database, in backups/, named
 * "<database>-YYYY-MM-DD.sqlite", so that their names sort by date and
 * one folder can hold the backups of several databases. */

char *
layanan_backup_dir_for (const char *database_path)
{
  g_autofree char *dir = g_path_get_dirname (database_path);

  return g_build_filename (dir, "backups", NULL);
}

static char *
backup_prefix_for (const char *database_path)
{
  g_autofree char *basename = g_path_get_basename (database_path);
  char *dot = strrchr (basename, '.');

  if (dot != NULL && dot != basename)
    *dot = '\0';

  return g_strconcat (basename, "-", NULL);
}

static gboolean
is_dated_backup (const char *name,
                 const char *prefix)
{
  const char *date;

  if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".sqlite"))
    return FALSE;

  date = name + strlen (prefix);
  return strlen (date) == strlen ("YYYY-MM-DD.sqlite") &&
         g_ascii_isdigit (date[0]) && date[4] == '-' && date[7] == '-';
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * layanan_backup_prune:
 *
 * Keeps the @keep newest automatic backups of @database_path and deletes
 * older ones. Other files in the folder are never touched.
 */
gboolean
layanan_backup_prune (const char  *database_path,
                      guint        keep,
                      GError     **error)
{
  g_autofree char *backup_dir = layanan_backup_dir_for (database_path);
  g_autofree char *prefix = backup_prefix_for (database_path);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (backup_dir, 0, error);
  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_dated_backup (name, prefix))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i + keep < names->len; i++)
    {
      g_autofree char *path = g_build_filename (backup_dir, g_ptr_array_index (names, i), NULL);

      if (g_unlink (path) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Cannot delete the old backup %s: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * layanan_backup_daily:
 *
 * Makes today's automatic backup unless it exists already, then prunes to
 * the last %LAYANAN_BACKUPS_KEPT. Returns the backup's path.
 */
char *
layanan_backup_daily (const char  *database_path,
                      GDateTime   *now,
                      GError     **error)
{
  g_autofree char *backup_dir = layanan_backup_dir_for (database_path);
  g_autofree char *prefix = backup_prefix_for (database_path);
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strconcat (prefix, date, ".sqlite", NULL);
  g_autofree char *path = g_build_filename (backup_dir, name, NULL);

  if (g_mkdir_with_parents (backup_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the backup folder %s: %s"), backup_dir,
                   g_strerror (saved_errno));
      return NULL;
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS) &&
      !layanan_backup_to_file (database_path, path, NULL, error))
    return NULL;

  if (!layanan_backup_prune (database_path, LAYANAN_BACKUPS_KEPT, error))
    return NULL;

  return g_steal_pointer (&path);
}

/**
 * layanan_backup_to_file:
 *
 * Copies the database through its own connection with SQLite's online
 * backup, so it is safe while the window keeps writing.
 */
gboolean
layanan_backup_to_file (const char    *database_path,
                        const char    *dest_path,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(LayananDatabase) database = layanan_database_open (database_path, error);

  if (database == NULL)
    return FALSE;

  return layanan_database_backup (database, dest_path, cancellable, error);
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  char **paths = task_data;
  GError *error = NULL;

  if (layanan_backup_to_file (paths[0], paths[1], cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
layanan_backup_to_file_async (const char          *database_path,
                              const char          *dest_path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  char *paths[] = { (char *) database_path, (char *) dest_path, NULL };

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (dest_path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, layanan_backup_to_file_async);
  g_task_set_task_data (task, g_strdupv (paths), (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, backup_thread);
}

gboolean
layanan_backup_to_file_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
