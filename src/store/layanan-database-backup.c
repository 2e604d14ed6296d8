/* layanan-database-backup.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-database"

#include "config.h"

#include "layanan-database.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "layanan-database-private.h"
#include "layanan-error.h"

/* Pages copied per step: small enough to notice a cancellation quickly,
 * large enough that a database of a few hundred MB takes few steps. */
#define BACKUP_PAGES_PER_STEP 256
#define COPY_BUFFER_SIZE (256 * 1024)

/* Creates an empty file (0600) beside @path to be renamed over it later. */
static char *
create_temporary_beside (const char  *path,
                         const char  *what,
                         GError     **error)
{
  g_autofree char *template = g_strconcat (path, ".", what, "-XXXXXX", NULL);
  int fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;

      layanan_database_set_errno_error (error, saved_errno, _("Cannot write %s (%s)"),
                                        path, g_strerror (saved_errno));
      return NULL;
    }

  close (fd);
  return g_steal_pointer (&template);
}

static void
unlink_with_journal (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (journal);
  g_unlink (path);
}

/* Copies page by page through SQLite's online backup, inside one read
 * transaction of the source: other connections keep writing to the WAL, and
 * the copy is the snapshot taken when the backup started. */
static gboolean
copy_database (LayananDatabase  *self,
               sqlite3          *dest,
               const char       *dest_path,
               GCancellable     *cancellable,
               GError          **error)
{
  sqlite3_backup *backup;
  int rc;

  if (sqlite3_exec (self->db, "BEGIN; SELECT count(*) FROM sqlite_master", NULL, NULL,
                    NULL) != SQLITE_OK)
    {
      layanan_database_set_error (error, self->db, sqlite3_errcode (self->db), self->path);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  backup = sqlite3_backup_init (dest, "main", self->db, "main");
  if (backup == NULL)
    {
      layanan_database_set_error (error, dest, sqlite3_errcode (dest), dest_path);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  do
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_backup_finish (backup);
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }

      rc = sqlite3_backup_step (backup, BACKUP_PAGES_PER_STEP);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (10);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  if (rc != SQLITE_DONE)
    {
      /* The error is the destination's when writing the copy failed. */
      if (sqlite3_errcode (dest) != SQLITE_OK)
        layanan_database_set_error (error, dest, rc, dest_path);
      else
        layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

/**
 * layanan_database_backup:
 * @dest_path: the backup file; replaced only once the copy is complete
 *
 * Writes a copy of the database with SQLite's online backup, safe while
 * other connections write. The copy is a single file in rollback-journal
 * mode (no -wal beside it), mode 0600. A cancelled or failed backup leaves
 * no file behind and an existing @dest_path unchanged.
 */
gboolean
layanan_database_backup (LayananDatabase  *self,
                         const char       *dest_path,
                         GCancellable     *cancellable,
                         GError          **error)
{
  g_autofree char *temporary = NULL;
  sqlite3 *dest = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  /* The copy runs in a read transaction of its own. */
  g_return_val_if_fail (self->transaction_depth == 0, FALSE);

  temporary = create_temporary_beside (dest_path, "partial", error);
  if (temporary == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (temporary, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      layanan_database_set_error (error, dest, rc, dest_path);
      goto failed;
    }

  if (!copy_database (self, dest, dest_path, cancellable, error))
    goto failed;

  /* The copied header says WAL, like the source; a backup is easier to
   * handle as one self-contained file. */
  rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      layanan_database_set_error (error, dest, rc, dest_path);
      goto failed;
    }

  rc = sqlite3_close (dest);
  dest = NULL;
  if (rc != SQLITE_OK)
    {
      layanan_database_set_error (error, NULL, rc, dest_path);
      goto failed;
    }

  if (g_rename (temporary, dest_path) != 0)
    {
      int saved_errno = errno;

      layanan_database_set_errno_error (error, saved_errno, _("Cannot write %s (%s)"),
                                        dest_path, g_strerror (saved_errno));
      goto failed;
    }

  return TRUE;

failed:
  if (dest != NULL)
    sqlite3_close (dest);
  unlink_with_journal (temporary);
  return FALSE;
}

/* Restore */

/* Opens @path read-only and checks that it is a Layanan Biro database this
 * version can read and that SQLite finds it intact. */
static gboolean
check_backup (const char  *path,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = NULL;
  gint64 application_id, user_version;
  const char *check;
  gboolean ok = FALSE;
  int rc;

  /* Not SQLite at all: say so without asking SQLite. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                   _("The backup %s does not exist or is not a file; nothing was restored"),
                   path);
      return FALSE;
    }

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "SELECT application_id, user_version "
                             "FROM pragma_application_id, pragma_user_version",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                   _("The backup %s is not a Layanan Biro database (%s); nothing was restored"),
                   path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      goto out;
    }

  application_id = sqlite3_column_int64 (stmt, 0);
  user_version = sqlite3_column_int64 (stmt, 1);
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (application_id != LAYANAN_DATABASE_APPLICATION_ID || user_version < 1)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                   _("The backup %s is not a Layanan Biro database; nothing was restored"),
                   path);
      goto out;
    }

  if (user_version > layanan_migrations_get_latest ())
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_TOO_NEW,
                   _("The backup %s was made by a newer version of Layanan Biro "
                     "(database version %d; this version reads up to %d); "
                     "nothing was restored"),
                   path, (int) user_version, layanan_migrations_get_latest ());
      goto out;
    }

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  check = rc == SQLITE_ROW ? (const char *) sqlite3_column_text (stmt, 0) : sqlite3_errmsg (db);
  if (rc != SQLITE_ROW || g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                   _("The backup %s is damaged (%s); nothing was restored"), path, check);
      goto out;
    }

  ok = TRUE;

out:
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close (db);
  return ok;
}

/* Copies @source into a new 0600 file beside @database_path. */
static char *
copy_beside (const char  *source,
             const char  *database_path,
             GError     **error)
{
  g_autofree char *temporary = NULL;
  g_autofree char *buffer = NULL;
  int in = -1, out = -1;
  gssize n_read;

  temporary = create_temporary_beside (database_path, "restoring", error);
  if (temporary == NULL)
    return NULL;

  in = g_open (source, O_RDONLY | O_CLOEXEC, 0);
  if (in < 0)
    {
      int saved_errno = errno;

      layanan_database_set_errno_error (error, saved_errno, _("Cannot read %s (%s)"), source,
                                        g_strerror (saved_errno));
      goto failed;
    }

  out = g_open (temporary, O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
  if (out < 0)
    goto write_failed;

  buffer = g_malloc (COPY_BUFFER_SIZE);
  while ((n_read = read (in, buffer, COPY_BUFFER_SIZE)) != 0)
    {
      gssize done = 0;

      if (n_read < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          layanan_database_set_errno_error (error, saved_errno, _("Cannot read %s (%s)"),
                                            source, g_strerror (saved_errno));
          goto failed;
        }

      while (done < n_read)
        {
          gssize n_written = write (out, buffer + done, n_read - done);

          if (n_written < 0 && errno == EINTR)
            continue;
          if (n_written < 0)
            goto write_failed;
          done += n_written;
        }
    }

  if (fsync (out) != 0 || close (out) != 0)
    {
      out = -1;
      goto write_failed;
    }
  close (in);
  return g_steal_pointer (&temporary);

write_failed:
  {
    int saved_errno = errno;

    layanan_database_set_errno_error (error, saved_errno, _("Cannot write %s (%s)"),
                                      database_path, g_strerror (saved_errno));
  }
failed:
  if (in >= 0)
    close (in);
  if (out >= 0)
    close (out);
  g_unlink (temporary);
  return NULL;
}

static char *
kept_aside_name (const char *database_path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *name = g_strconcat (database_path, ".before-restore-", stamp, NULL);

  /* Two restores within a second keep both earlier files. */
  for (guint i = 2; g_file_test (name, G_FILE_TEST_EXISTS); i++)
    {
      g_free (name);
      name = g_strdup_printf ("%s.before-restore-%s-%u", database_path, stamp, i);
    }

  return name;
}

static const char * const database_suffixes[] = { "", "-wal", "-shm" };

/* Moves the database and its -wal and -shm (which may hold committed
 * changes) to @kept; on failure moves back what was moved. */
static gboolean
move_aside (const char  *database_path,
            const char  *kept,
            GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (database_suffixes); i++)
    {
      g_autofree char *from = g_strconcat (database_path, database_suffixes[i], NULL);
      g_autofree char *to = g_strconcat (kept, database_suffixes[i], NULL);

      if (!g_file_test (from, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (from, to) != 0)
        {
          int saved_errno = errno;

          layanan_database_set_errno_error (error, saved_errno,
                                            _("Cannot move %s aside to %s (%s); nothing was "
                                              "restored"),
                                            from, to, g_strerror (saved_errno));
          for (guint j = 0; j < i; j++)
            {
              g_autofree char *back_from = g_strconcat (kept, database_suffixes[j], NULL);
              g_autofree char *back_to = g_strconcat (database_path, database_suffixes[j], NULL);

              if (g_file_test (back_from, G_FILE_TEST_EXISTS))
                g_rename (back_from, back_to);
            }
          return FALSE;
        }
    }

  return TRUE;
}

static void
move_back (const char *database_path,
           const char *kept)
{
  for (guint i = 0; i < G_N_ELEMENTS (database_suffixes); i++)
    {
      g_autofree char *from = g_strconcat (kept, database_suffixes[i], NULL);
      g_autofree char *to = g_strconcat (database_path, database_suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }
}

gboolean
layanan_database_restore (const char  *database_path,
                          const char  *backup_path,
                          char       **kept_aside,
                          GError     **error)
{
  g_autofree char *temporary = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *folder = NULL;
  gboolean exists;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (kept_aside != NULL)
    *kept_aside = NULL;

  folder = g_path_get_dirname (database_path);
  if (!check_backup (backup_path, error))
    return FALSE;

  /* Restoring on a new computer: the folder may not exist yet. */
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      layanan_database_set_errno_error (error, saved_errno,
                                        _("Cannot create the database %s: the folder %s "
                                          "cannot be created (%s)"),
                                        database_path, folder, g_strerror (saved_errno));
      return FALSE;
    }

  /* Copy first: a full disk then fails before anything is moved. */
  temporary = copy_beside (backup_path, database_path, error);
  if (temporary == NULL)
    return FALSE;

  exists = g_file_test (database_path, G_FILE_TEST_EXISTS);
  if (exists)
    {
      kept = kept_aside_name (database_path);
      if (!move_aside (database_path, kept, error))
        {
          g_unlink (temporary);
          return FALSE;
        }
    }

  if (g_rename (temporary, database_path) != 0)
    {
      int saved_errno = errno;

      layanan_database_set_errno_error (error, saved_errno,
                                        _("Cannot put the backup in place of %s (%s); "
                                          "nothing was restored"),
                                        database_path, g_strerror (saved_errno));
      if (exists)
        move_back (database_path, kept);
      g_unlink (temporary);
      return FALSE;
    }

  if (kept_aside != NULL)
    *kept_aside = g_steal_pointer (&kept);

  return TRUE;
}
