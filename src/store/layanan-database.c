/* layanan-database.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "layanan-database"

#include "config.h"

#include "layanan-database.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "layanan-database-private.h"
#include "layanan-date.h"
#include "layanan-error.h"

/* One connection per LayananDatabase; jobs in worker threads open their own
 * (DESIGN.md §4), so a LayananDatabase is used by one thread at a time. */

G_DEFINE_FINAL_TYPE (LayananDatabase, layanan_database, G_TYPE_OBJECT)

#define WIB_OFFSET_SECONDS (7 * 3600)

static int busy_timeout_ms = LAYANAN_DATABASE_BUSY_TIMEOUT_MS;

/* Errors */

static LayananError
error_code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      return LAYANAN_ERROR_DATABASE_NOT_DATABASE;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return LAYANAN_ERROR_DATABASE_LOCKED;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return LAYANAN_ERROR_DATABASE_READ_ONLY;
    case SQLITE_FULL:
      return LAYANAN_ERROR_DATABASE_FULL;
    case SQLITE_CONSTRAINT:
      return LAYANAN_ERROR_CONSTRAINT;
    default:
      return LAYANAN_ERROR_DATABASE;
    }
}

/**
 * layanan_database_set_error:
 * @db: (nullable): the connection, for its message; %NULL uses the code's
 * @path: (nullable): the file, or %NULL for the connection's own
 */
void
layanan_database_set_error (GError     **error,
                            sqlite3     *db,
                            int          rc,
                            const char  *path)
{
  LayananError code = error_code_for (rc);
  const char *detail = NULL;

  if (db != NULL && sqlite3_errcode (db) != SQLITE_OK)
    detail = sqlite3_errmsg (db);
  if (detail == NULL)
    detail = sqlite3_errstr (rc);
  if (path == NULL && db != NULL)
    path = sqlite3_db_filename (db, "main");
  if (path == NULL)
    path = "";

  switch (code)
    {
    case LAYANAN_ERROR_DATABASE_NOT_DATABASE:
      g_set_error (error, LAYANAN_ERROR, code,
                   _("The file %s is not a Layanan Biro database (%s)"),
                   path, detail);
      break;
    case LAYANAN_ERROR_DATABASE_LOCKED:
      g_set_error (error, LAYANAN_ERROR, code,
                   _("The database %s is in use by another program; close that program "
                     "and try again (%s)"), path, detail);
      break;
    case LAYANAN_ERROR_DATABASE_READ_ONLY:
      g_set_error (error, LAYANAN_ERROR, code,
                   _("The database %s cannot be written; check the permissions of the file "
                     "and its folder (%s)"), path, detail);
      break;
    case LAYANAN_ERROR_DATABASE_FULL:
      g_set_error (error, LAYANAN_ERROR, code,
                   _("The database %s cannot be written because the disk is full (%s)"),
                   path, detail);
      break;
    case LAYANAN_ERROR_CONSTRAINT:
      g_set_error (error, LAYANAN_ERROR, code,
                   _("The change to %s was refused because it breaks a rule of the data (%s)"),
                   path, detail);
      break;
    case LAYANAN_ERROR_FAILED:
    case LAYANAN_ERROR_INVALID_INPUT:
    case LAYANAN_ERROR_NOT_FOUND:
    case LAYANAN_ERROR_DATABASE_TOO_NEW:
    case LAYANAN_ERROR_DATABASE:
    default:
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE,
                   _("The database %s reported an error (%s)"), path, detail);
      break;
    }
}

/* For file operations outside SQLite: the same codes for the same causes. */
void
layanan_database_set_errno_error (GError     **error,
                                  int          saved_errno,
                                  const char  *format,
                                  ...)
{
  g_autofree char *message = NULL;
  LayananError code;
  va_list args;

  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
    case EROFS:
    case ENOTDIR:
    case EEXIST:
    case EISDIR:
      code = LAYANAN_ERROR_DATABASE_READ_ONLY;
      break;
    case ENOSPC:
    case EDQUOT:
      code = LAYANAN_ERROR_DATABASE_FULL;
      break;
    case ENOENT:
      code = LAYANAN_ERROR_NOT_FOUND;
      break;
    default:
      code = LAYANAN_ERROR_FAILED;
      break;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, LAYANAN_ERROR, code, message);
}

/* SQL functions: who and when for the audit triggers */

static void
actor_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  LayananDatabase *self = sqlite3_user_data (context);

  g_mutex_lock (&self->actor_lock);
  sqlite3_result_text (context, self->actor, -1, SQLITE_TRANSIENT);
  g_mutex_unlock (&self->actor_lock);
}

static void
now_function (sqlite3_context  *context,
              int               argc,
              sqlite3_value   **argv)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (WIB_OFFSET_SECONDS);
  g_autoptr(GDateTime) now = g_date_time_new_now (wib);
  g_autofree char *text = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  sqlite3_result_text (context, text, -1, SQLITE_TRANSIENT);
}

static int
register_functions (LayananDatabase *self)
{
  int rc;

  rc = sqlite3_create_function_v2 (self->db, "layanan_actor", 0, SQLITE_UTF8, self,
                                   actor_function, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (self->db, "layanan_now", 0, SQLITE_UTF8, NULL,
                                     now_function, NULL, NULL, NULL);

  return rc;
}

/* Statements */

sqlite3 *
layanan_database_get_handle (LayananDatabase *self)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);

  return self->db;
}

sqlite3_stmt *
layanan_database_prepare (LayananDatabase  *self,
                          const char       *sql,
                          GError          **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

/* Steps a statement that returns no rows, and resets it for the next use. */
gboolean
layanan_database_step_done (LayananDatabase  *self,
                            sqlite3_stmt     *stmt,
                            GError          **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return TRUE;
}

void
layanan_database_bind_text_or_null (sqlite3_stmt *stmt,
                                    int           index,
                                    const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
layanan_database_bind_id_or_null (sqlite3_stmt *stmt,
                                  int           index,
                                  gint64        id)
{
  if (id != 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

gboolean
layanan_database_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

char *
layanan_database_format_wib (GDateTime *instant)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (LAYANAN_WIB_OFFSET_SECONDS);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (instant, wib);

  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
}

char *
layanan_database_now_wib (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return layanan_database_format_wib (now);
}

char *
layanan_database_column_text (sqlite3_stmt *stmt,
                              int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

gboolean
layanan_database_step_error (LayananDatabase  *self,
                             int               rc,
                             GError          **error)
{
  layanan_database_set_error (error, self->db, rc, self->path);
  return FALSE;
}

gboolean
layanan_database_step_one (LayananDatabase  *self,
                           sqlite3_stmt     *stmt,
                           gboolean         *found,
                           GError          **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return layanan_database_step_error (self, rc, error);

  *found = rc == SQLITE_ROW;
  return TRUE;
}

GPtrArray *
layanan_database_read_rows (LayananDatabase     *self,
                            sqlite3_stmt        *stmt,
                            LayananReadRowFunc   read_row,
                            GDestroyNotify       free_row,
                            GError             **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_row);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_row (stmt));

  if (rc != SQLITE_DONE)
    {
      layanan_database_step_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

GPtrArray *
layanan_database_list_by_id (LayananDatabase     *self,
                             const char          *sql,
                             gint64               id,
                             LayananReadRowFunc   read_row,
                             GDestroyNotify       free_row,
                             GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = layanan_database_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  return layanan_database_read_rows (self, stmt, read_row, free_row, error);
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          const char  *path,
          GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      layanan_database_set_error (error, db, rc, path);
      return FALSE;
    }

  return TRUE;
}

gboolean
layanan_database_exec (LayananDatabase  *self,
                       const char       *sql,
                       GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  return exec_sql (self->db, sql, self->path, error);
}

static sqlite3_stmt *
query_first_row (LayananDatabase  *self,
                 const char       *sql,
                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = layanan_database_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_steal_pointer (&stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND,
                 "The query returned no row: %s", sql);
  else
    layanan_database_set_error (error, self->db, rc, self->path);

  return NULL;
}

/* The first column of the first row; -1 with @error set when there is none. */
gint64
layanan_database_query_int (LayananDatabase  *self,
                            const char       *sql,
                            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), -1);

  stmt = query_first_row (self, sql, error);
  if (stmt == NULL)
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}

char *
layanan_database_query_text (LayananDatabase  *self,
                             const char       *sql,
                             GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);

  stmt = query_first_row (self, sql, error);
  if (stmt == NULL)
    return NULL;

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* Transactions */

gboolean
layanan_database_begin (LayananDatabase  *self,
                        GError          **error)
{
  g_autofree char *savepoint = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);

  /* IMMEDIATE takes the write lock at once: waiting for it is covered by
   * the busy timeout, where a deferred transaction that later needs to
   * write could fail at once with SQLITE_BUSY. */
  if (self->transaction_depth == 0)
    {
      if (!exec_sql (self->db, "BEGIN IMMEDIATE", self->path, error))
        return FALSE;
    }
  else
    {
      savepoint = g_strdup_printf ("SAVEPOINT layanan_%u", self->transaction_depth);
      if (!exec_sql (self->db, savepoint, self->path, error))
        return FALSE;
    }

  self->transaction_depth++;
  return TRUE;
}

gboolean
layanan_database_commit (LayananDatabase  *self,
                         GError          **error)
{
  g_autofree char *release = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth == 1)
    {
      if (!exec_sql (self->db, "COMMIT", self->path, error))
        {
          layanan_database_rollback (self);
          return FALSE;
        }
    }
  else
    {
      release = g_strdup_printf ("RELEASE layanan_%u", self->transaction_depth - 1);
      if (!exec_sql (self->db, release, self->path, error))
        {
          layanan_database_rollback (self);
          return FALSE;
        }
    }

  self->transaction_depth--;
  return TRUE;
}

void
layanan_database_rollback (LayananDatabase *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (LAYANAN_IS_DATABASE (self));
  g_return_if_fail (self->transaction_depth > 0);

  if (self->transaction_depth == 1)
    {
      /* Fails harmlessly when SQLite already rolled back (a full disk). */
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  else
    {
      sql = g_strdup_printf ("ROLLBACK TO layanan_%u; RELEASE layanan_%u",
                             self->transaction_depth - 1, self->transaction_depth - 1);
      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
    }

  self->transaction_depth--;
}

gboolean
layanan_database_end (LayananDatabase  *self,
                      gboolean          succeeded,
                      GError          **error)
{
  if (!succeeded)
    {
      layanan_database_rollback (self);
      return FALSE;
    }

  return layanan_database_commit (self, error);
}

/* Opening */

/* Creates the folder (0700) and an empty file (0600) before SQLite sees the
 * path: SQLite gives its -wal and -shm files the database file's mode. */
static gboolean
create_file (const char  *path,
             gboolean    *created,
             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  *created = FALSE;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      layanan_database_set_errno_error (error, saved_errno,
                                        _("Cannot create the database %s: the folder %s "
                                          "cannot be created (%s)"),
                                        path, dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      /* Created by another program meanwhile: open it like any other. */
      if (saved_errno == EEXIST && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return TRUE;

      layanan_database_set_errno_error (error, saved_errno,
                                        _("Cannot create the database %s (%s)"),
                                        path, g_strerror (saved_errno));
      return FALSE;
    }

  /* The umask may only remove bits, but say exactly what we mean. */
  fchmod (fd, 0600);
  close (fd);
  *created = TRUE;
  return TRUE;
}

typedef struct
{
  gint64 application_id;
  gint64 user_version;
  gint64 n_schema;
} Identity;

static gboolean
read_identity (sqlite3     *db,
               const char  *path,
               Identity    *identity,
               GError     **error)
{
  static const char sql[] =
    "SELECT application_id, user_version, (SELECT count(*) FROM sqlite_master) "
    "FROM pragma_application_id, pragma_user_version";
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      layanan_database_set_error (error, db, rc, path);
      return FALSE;
    }

  identity->application_id = sqlite3_column_int64 (stmt, 0);
  identity->user_version = sqlite3_column_int64 (stmt, 1);
  identity->n_schema = sqlite3_column_int64 (stmt, 2);
  return TRUE;
}

static gboolean
check_identity (const Identity  *identity,
                const char      *path,
                GError         **error)
{
  int latest = layanan_migrations_get_latest ();

  if (identity->application_id != 0 &&
      identity->application_id != LAYANAN_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                   _("The file %s is not a Layanan Biro database: it belongs to another "
                     "program; it was not changed"), path);
      return FALSE;
    }

  if (identity->user_version > latest)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_TOO_NEW,
                   _("The database %s was made by a newer version of Layanan Biro "
                     "(database version %d; this version reads up to %d). "
                     "It was not changed; update Layanan Biro to open it."),
                   path, (int) identity->user_version, latest);
      return FALSE;
    }

  if (identity->n_schema > 0 && identity->application_id != LAYANAN_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                   _("The file %s is not a Layanan Biro database: it is an SQLite database "
                     "of another program; it was not changed"), path);
      return FALSE;
    }

  return TRUE;
}

/* Reads who made the file, in a read transaction of its own, before anything
 * is written: a refused file stays byte for byte as it was. */
static gboolean
check_before_changes (LayananDatabase  *self,
                      GError          **error)
{
  Identity identity;

  if (!exec_sql (self->db, "BEGIN DEFERRED", self->path, error))
    return FALSE;

  if (!read_identity (self->db, self->path, &identity, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  if (!check_identity (&identity, self->path, error))
    return FALSE;

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY,
                   _("The database %s cannot be written; check the permissions of the file "
                     "and its folder"), self->path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_journal_mode_wal (LayananDatabase  *self,
                      GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  if (g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    {
      /* SQLite keeps the old mode when it cannot create the -wal file. */
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY,
                   _("The database %s cannot be written; check the permissions of the file "
                     "and its folder (journal mode %s)"),
                   self->path, (const char *) sqlite3_column_text (stmt, 0));
      return FALSE;
    }

  return TRUE;
}

/* Brings the schema to @target, one version per transaction. The version is
 * read again inside each BEGIN IMMEDIATE, so two programs opening the same
 * file at once never run a migration twice, and a program holding the write
 * lock is noticed here, at open time. */
static gboolean
migrate (LayananDatabase  *self,
         int               target,
         GError          **error)
{
  for (;;)
    {
      Identity identity;
      g_autofree char *set_version = NULL;

      if (!layanan_database_begin (self, error))
        return FALSE;

      if (!read_identity (self->db, self->path, &identity, error) ||
          !check_identity (&identity, self->path, error))
        {
          layanan_database_rollback (self);
          return FALSE;
        }

      if (identity.user_version >= target)
        {
          self->schema_version = identity.user_version;
          layanan_database_rollback (self);
          return TRUE;
        }

      if (identity.application_id != LAYANAN_DATABASE_APPLICATION_ID)
        {
          g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d",
                                                  LAYANAN_DATABASE_APPLICATION_ID);

          if (!exec_sql (self->db, sql, self->path, error))
            {
              layanan_database_rollback (self);
              return FALSE;
            }
        }

      set_version = g_strdup_printf ("PRAGMA user_version = %d",
                                     (int) identity.user_version + 1);
      if (!layanan_migrations_apply (self->db, identity.user_version + 1, error) ||
          !exec_sql (self->db, set_version, self->path, error) ||
          !layanan_database_commit (self, error))
        {
          if (self->transaction_depth > 0)
            layanan_database_rollback (self);
          return FALSE;
        }

      g_debug ("Migrated %s to version %d", self->path, (int) identity.user_version + 1);
    }
}

static void
remove_created_file (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

void
layanan_database_set_busy_timeout (int milliseconds)
{
  busy_timeout_ms = milliseconds;
}

int
layanan_database_get_busy_timeout (void)
{
  return busy_timeout_ms;
}

/**
 * layanan_database_open_at_version:
 * @version: the schema version to stop at (tests build older databases)
 *
 * Opens or creates the database at @path and migrates it up to @version.
 */
LayananDatabase *
layanan_database_open_at_version (const char  *path,
                                  int          version,
                                  GError     **error)
{
  g_autoptr(LayananDatabase) self = NULL;
  gboolean created = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (version >= 0 && version <= layanan_migrations_get_latest (), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Never open the file with anything but SQLite once it exists: closing
   * another descriptor to it would drop this process's POSIX locks, and the
   * next connection to close (a backup, the CLI) would delete the WAL that
   * still holds this one's commits. A file that is not SQLite is refused by
   * check_before_changes() with SQLITE_NOTADB, untouched. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create_file (path, &created, error))
    return NULL;

  self = g_object_new (LAYANAN_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_extended_result_codes (self->db, 1);
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout (self->db, busy_timeout_ms);
  if (rc == SQLITE_OK)
    rc = register_functions (self);
  if (rc != SQLITE_OK)
    {
      layanan_database_set_error (error, self->db, rc, path);
      goto failed;
    }

  if (!check_before_changes (self, error) ||
      !exec_sql (self->db, "PRAGMA foreign_keys = ON", path, error) ||
      !set_journal_mode_wal (self, error) ||
      !exec_sql (self->db, "PRAGMA synchronous = NORMAL", path, error) ||
      !migrate (self, version, error))
    goto failed;

  return g_steal_pointer (&self);

failed:
  g_clear_object (&self);
  if (created)
    remove_created_file (path);
  return NULL;
}

/* GObject overrides */

static void
layanan_database_finalize (GObject *object)
{
  LayananDatabase *self = (LayananDatabase *) object;

  if (self->db != NULL)
    {
      int rc = sqlite3_close (self->db);

      if (rc != SQLITE_OK)
        g_warning ("Closing %s: %s", self->path, sqlite3_errstr (rc));
      self->db = NULL;
    }

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->actor, g_free);
  g_mutex_clear (&self->actor_lock);

  G_OBJECT_CLASS (layanan_database_parent_class)->finalize (object);
}

static void
layanan_database_class_init (LayananDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = layanan_database_finalize;
}

static void
layanan_database_init (LayananDatabase *self)
{
  g_mutex_init (&self->actor_lock);
  self->actor = g_strdup (g_get_user_name ());
}

/* Public API */

void
layanan_unit_free (LayananUnit *unit)
{
  if (unit == NULL)
    return;

  g_free (unit->kind);
  g_free (unit->name);
  g_free (unit->address);
  g_free (unit->code);
  g_free (unit);
}

void
layanan_channel_free (LayananChannel *channel)
{
  if (channel == NULL)
    return;

  g_free (channel->kind);
  g_free (channel->value);
  g_free (channel->extension);
  g_free (channel);
}

/**
 * layanan_database_default_path:
 *
 * Returns: $LAYANAN_DATABASE when set, else layanan/layanan.sqlite in the
 *   user data folder ($XDG_DATA_HOME).
 */
char *
layanan_database_default_path (void)
{
  const char *override = g_getenv ("LAYANAN_DATABASE");

  if (override != NULL && *override != '\0')
    return g_strdup (override);

  return g_build_filename (g_get_user_data_dir (), "layanan", "layanan.sqlite", NULL);
}

/**
 * layanan_database_open:
 *
 * Opens the database at @path, creating it (folder 0700, file 0600) or
 * migrating it to the latest schema. A file that is not a Layanan Biro
 * database, or was made by a newer version, is refused unchanged.
 *
 * Returns: (transfer full): the database, or %NULL with a LAYANAN_ERROR
 *   whose message names @path.
 */
LayananDatabase *
layanan_database_open (const char  *path,
                       GError     **error)
{
  return layanan_database_open_at_version (path, layanan_migrations_get_latest (), error);
}

const char *
layanan_database_get_path (LayananDatabase *self)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);

  return self->path;
}

int
layanan_database_get_schema_version (LayananDatabase *self)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), 0);

  return self->schema_version;
}

int
layanan_database_get_latest_version (void)
{
  return layanan_migrations_get_latest ();
}

void
layanan_database_set_actor (LayananDatabase *self,
                            const char      *actor)
{
  g_return_if_fail (LAYANAN_IS_DATABASE (self));

  g_mutex_lock (&self->actor_lock);
  g_free (self->actor);
  self->actor = g_strdup (actor != NULL && *actor != '\0' ? actor : g_get_user_name ());
  g_mutex_unlock (&self->actor_lock);
}

/* Settings */

#define SETTING_CUTI_BERSAMA_NONWORKING "cuti_bersama_nonworking"

/**
 * layanan_database_get_setting:
 *
 * Returns: (transfer full) (nullable): the value stored for @key, or %NULL
 *   when there is none or it cannot be read (a warning says why)
 */
char *
layanan_database_get_setting (LayananDatabase *self,
                              const char      *key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = layanan_database_prepare (self, "SELECT value FROM settings WHERE key = ?1", &error);
  if (stmt == NULL)
    {
      g_warning ("%s", error->message);
      return NULL;
    }

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* Writes (and so audits) only a real change, in a transaction of its own. */
gboolean
layanan_database_set_setting (LayananDatabase  *self,
                              const char       *key,
                              const char       *value,
                              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = layanan_database_prepare (self,
                                   "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                                   "WHERE settings.value <> excluded.value",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);

  if (!layanan_database_begin (self, error))
    return FALSE;
  if (!layanan_database_step_done (self, stmt, error))
    {
      layanan_database_rollback (self);
      return FALSE;
    }

  return layanan_database_commit (self, error);
}

gboolean
layanan_database_get_cuti_bersama_nonworking (LayananDatabase *self)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), TRUE);

  value = layanan_database_get_setting (self, SETTING_CUTI_BERSAMA_NONWORKING);
  return g_strcmp0 (value, "false") != 0;
}

/**
 * layanan_database_set_cuti_bersama_nonworking:
 *
 * Stores whether cuti bersama are days off for deadlines. Writes (and
 * audits) only a real change.
 */
gboolean
layanan_database_set_cuti_bersama_nonworking (LayananDatabase  *self,
                                              gboolean          nonworking,
                                              GError          **error)
{
  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return layanan_database_set_setting (self, SETTING_CUTI_BERSAMA_NONWORKING,
                                       nonworking ? "true" : "false", error);
}

/* Working hours */

/**
 * layanan_database_set_working_hours:
 * @start_minute: minutes after midnight; equal to @end_minute closes @weekday
 * @break_start_minute: equal to @break_end_minute for no break
 *
 * Stores one weekday's hours, as layanan_calendar_set_working_hours() takes
 * them. Refuses invalid hours and closing the last working weekday.
 */
gboolean
layanan_database_set_working_hours (LayananDatabase  *self,
                                    GDateWeekday      weekday,
                                    int               start_minute,
                                    int               end_minute,
                                    int               break_start_minute,
                                    int               break_end_minute,
                                    GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) count = NULL;
  gboolean open = start_minute != end_minute;
  gboolean has_break = open && break_start_minute != break_end_minute;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (g_date_valid_weekday (weekday), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!layanan_calendar_validate_working_hours (start_minute, end_minute, break_start_minute,
                                                break_end_minute, error))
    return FALSE;

  stmt = layanan_database_prepare (self,
                                   "INSERT INTO working_hours (weekday, start_minute, end_minute, "
                                   "  break_start_minute, break_end_minute) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5) "
                                   "ON CONFLICT (weekday) DO UPDATE SET "
                                   "  start_minute = excluded.start_minute, "
                                   "  end_minute = excluded.end_minute, "
                                   "  break_start_minute = excluded.break_start_minute, "
                                   "  break_end_minute = excluded.break_end_minute "
                                   "WHERE working_hours.start_minute IS NOT excluded.start_minute "
                                   "  OR working_hours.end_minute IS NOT excluded.end_minute "
                                   "  OR working_hours.break_start_minute "
                                   "     IS NOT excluded.break_start_minute "
                                   "  OR working_hours.break_end_minute "
                                   "     IS NOT excluded.break_end_minute",
                                   error);
  count = layanan_database_prepare (self,
                                    "SELECT count(*) FROM working_hours "
                                    "WHERE start_minute IS NOT NULL",
                                    error);
  if (stmt == NULL || count == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, weekday);
  if (open)
    {
      sqlite3_bind_int (stmt, 2, start_minute);
      sqlite3_bind_int (stmt, 3, end_minute);
    }
  if (has_break)
    {
      sqlite3_bind_int (stmt, 4, break_start_minute);
      sqlite3_bind_int (stmt, 5, break_end_minute);
    }

  if (!layanan_database_begin (self, error))
    return FALSE;

  if (!layanan_database_step_done (self, stmt, error))
    goto failed;

  rc = sqlite3_step (count);
  if (rc != SQLITE_ROW)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      goto failed;
    }
  if (sqlite3_column_int (count, 0) == 0)
    {
      g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                   _("%s is the only working day left; at least one day of the week needs "
                     "working hours"), layanan_date_weekday_name (weekday));
      goto failed;
    }
  sqlite3_reset (count);

  return layanan_database_commit (self, error);

failed:
  sqlite3_reset (count);
  layanan_database_rollback (self);
  return FALSE;
}

static gboolean
add_holidays (LayananDatabase  *self,
              LayananCalendar  *calendar,
              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = layanan_database_prepare (self, "SELECT date, kind FROM holidays", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);
      const char *key = (const char *) sqlite3_column_text (stmt, 1);
      LayananHolidayKind kind;
      GDate date;

      if (!layanan_date_parse_iso (text, &date, NULL) ||
          !layanan_holiday_kind_from_key (key, &kind))
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("The database %s holds a holiday that cannot be read: %s %s"),
                       self->path, text, key);
          return FALSE;
        }

      layanan_calendar_add_holiday (calendar, &date, kind);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
add_working_hours (LayananDatabase  *self,
                   LayananCalendar  *calendar,
                   GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = layanan_database_prepare (self,
                                   "SELECT weekday, coalesce (start_minute, 0), "
                                   "  coalesce (end_minute, 0), coalesce (break_start_minute, 0), "
                                   "  coalesce (break_end_minute, 0) "
                                   "FROM working_hours ORDER BY weekday",
                                   error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int weekday = sqlite3_column_int (stmt, 0);
      int hours[4];
      g_autoptr(GError) local_error = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
        hours[i] = sqlite3_column_int (stmt, i + 1);

      /* The table's CHECK constraints keep these valid; a file edited by
       * hand is still refused with a message rather than a critical. */
      if (!g_date_valid_weekday (weekday) ||
          !layanan_calendar_validate_working_hours (hours[0], hours[1], hours[2], hours[3],
                                                    &local_error))
        {
          g_set_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT,
                       _("The database %s holds working hours that cannot be used: %s"),
                       self->path, local_error != NULL ? local_error->message : "");
          return FALSE;
        }

      layanan_calendar_set_working_hours (calendar, weekday, hours[0], hours[1], hours[2],
                                          hours[3]);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

/**
 * layanan_database_load_calendar:
 *
 * Builds the working-day calendar from the stored holidays, working hours
 * and the cuti bersama setting, read in one snapshot.
 *
 * Returns: (transfer full): the calendar, or %NULL with @error set
 */
LayananCalendar *
layanan_database_load_calendar (LayananDatabase  *self,
                                GError          **error)
{
  g_autoptr(LayananCalendar) calendar = NULL;
  gboolean ok;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  calendar = layanan_calendar_new ();

  /* A read transaction (not the write lock) gives one snapshot of all three. */
  if (self->transaction_depth == 0 && !exec_sql (self->db, "BEGIN", self->path, error))
    return NULL;

  ok = add_holidays (self, calendar, error) && add_working_hours (self, calendar, error);
  if (ok)
    {
      gboolean nonworking = layanan_database_get_cuti_bersama_nonworking (self);

      layanan_calendar_set_cuti_bersama_nonworking (calendar, nonworking);
    }

  if (self->transaction_depth == 0)
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);

  if (!ok || !layanan_calendar_validate (calendar, error))
    return NULL;

  return g_steal_pointer (&calendar);
}

/* Units */

/**
 * layanan_database_list_units:
 *
 * Returns: (transfer full) (element-type LayananUnit): every unit, each
 *   biro followed by the units under it, in the order they were loaded
 */
GPtrArray *
layanan_database_list_units (LayananDatabase  *self,
                             GError          **error)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "WITH RECURSIVE tree (id, root, depth) AS ("
                                   "  SELECT id, id, 0 FROM units WHERE parent_id IS NULL "
                                   "  UNION ALL "
                                   "  SELECT units.id, tree.root, tree.depth + 1 "
                                   "  FROM units JOIN tree ON units.parent_id = tree.id) "
                                   "SELECT units.id, coalesce (units.parent_id, 0), units.kind, "
                                   "  units.name, units.address, units.code "
                                   "FROM units JOIN tree ON tree.id = units.id "
                                   "ORDER BY tree.root, tree.depth, units.id",
                                   error);
  if (stmt == NULL)
    return NULL;

  units = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_unit_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LayananUnit *unit = g_new0 (LayananUnit, 1);

      unit->id = sqlite3_column_int64 (stmt, 0);
      unit->parent_id = sqlite3_column_int64 (stmt, 1);
      unit->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      unit->name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      unit->address = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      unit->code = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      g_ptr_array_add (units, unit);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return NULL;
    }

  return g_steal_pointer (&units);
}

/**
 * layanan_database_list_unit_channels:
 *
 * Returns: (transfer full) (element-type LayananChannel): the complaint
 *   channels of the unit, in the order its documents print them
 */
GPtrArray *
layanan_database_list_unit_channels (LayananDatabase  *self,
                                     gint64            unit_id,
                                     GError          **error)
{
  g_autoptr(GPtrArray) channels = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LAYANAN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = layanan_database_prepare (self,
                                   "SELECT kind, value, extension FROM unit_channels "
                                   "WHERE unit_id = ?1 ORDER BY position",
                                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, unit_id);
  channels = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_channel_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LayananChannel *channel = g_new0 (LayananChannel, 1);

      channel->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      channel->value = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      channel->extension = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (channels, channel);
    }

  if (rc != SQLITE_DONE)
    {
      layanan_database_set_error (error, self->db, rc, self->path);
      return NULL;
    }

  return g_steal_pointer (&channels);
}
