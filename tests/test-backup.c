/* test-backup.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>

#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-error.h"
#include "layanan-test-util.h"

typedef struct
{
  char *dir;
  char *path;
  char *reference;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("backup");
  fixture->path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
  fixture->reference = layanan_test_reference_dir ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->reference);
}

static LayananDatabase *
open_with_reference (Fixture    *fixture,
                     const char *path)
{
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open (path, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (database, fixture->reference, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&database);
}

static gint64
query_int (LayananDatabase *database,
           const char      *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = layanan_database_query_int (database, sql, &error);

  g_assert_no_error (error);
  return value;
}

static void
exec_ok (LayananDatabase *database,
         const char      *sql)
{
  g_autoptr(GError) error = NULL;

  layanan_database_exec (database, sql, &error);
  g_assert_no_error (error);
}

/* A read-only look that changes nothing in the file. */
static gint64
raw_query_int (const char *path,
               const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  return value;
}

static char *
raw_query_text (const char *path,
                const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  return value;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The folder's file names with each file's checksum: "nothing changed" in one string. */
static char *
folder_state (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *digest = NULL;
      gsize length = 0;

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        continue;
      g_assert_true (g_file_get_contents (child, &contents, &length, NULL));
      digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents,
                                            length);
      g_ptr_array_add (lines, g_strdup_printf ("%s %s", name, digest));
    }

  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* Backup */

static void
test_backup_copy (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *dest = g_build_filename (backups, "kesra-2026-11-23.sqlite", NULL);
  g_autofree char *journal_mode = NULL;
  g_autofree char *check = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananDatabase) copy = NULL;
  g_autoptr(GError) error = NULL;

  database = open_with_reference (fixture, fixture->path);
  g_assert_cmpint (g_mkdir (backups, 0700), ==, 0);

  g_assert_true (layanan_database_backup (database, dest, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (dest), ==, 0600);
  /* Only the backup itself: no partial file, no journal. */
  g_assert_cmpuint (count_files (backups), ==, 1);

  /* One self-contained file that SQLite finds intact. */
  journal_mode = raw_query_text (dest, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "delete");
  check = raw_query_text (dest, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (raw_query_int (dest, "PRAGMA application_id"), ==,
                   LAYANAN_DATABASE_APPLICATION_ID);

  /* A second backup replaces the first. */
  exec_ok (database, "DELETE FROM unit_channels WHERE position = 7");
  g_assert_true (layanan_database_backup (database, dest, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (backups), ==, 1);

  copy = layanan_database_open (dest, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (copy, "SELECT count(*) FROM units"), ==, 2);
  g_assert_cmpint (query_int (copy, "SELECT count(*) FROM unit_channels"), ==, 12);
  g_assert_cmpint (query_int (copy, "SELECT count(*) FROM classification_codes"), ==, 2988);
  g_assert_cmpint (query_int (copy, "SELECT count(*) FROM audit_log"), ==,
                   query_int (database, "SELECT count(*) FROM audit_log"));
}

typedef struct
{
  char          *path;
  gint           written;   /* pairs committed */
  gint           stop;
  GError        *error;
} Writer;

/* Another connection keeps writing: two rows per transaction, so a copy of
 * any committed state holds an even number. */
static gpointer
writer_thread (gpointer user_data)
{
  Writer *writer = user_data;
  g_autoptr(LayananDatabase) database = NULL;

  database = layanan_database_open (writer->path, &writer->error);
  if (database == NULL)
    return NULL;
  layanan_database_set_actor (database, "writer");

  while (!g_atomic_int_get (&writer->stop))
    {
      int n = g_atomic_int_get (&writer->written);
      g_autofree char *sql = g_strdup_printf ("BEGIN IMMEDIATE;"
                                              "INSERT INTO staff (unit_id, name) "
                                              "  VALUES (1, 'Penulis %d a');"
                                              "INSERT INTO staff (unit_id, name) "
                                              "  VALUES (1, 'Penulis %d b');"
                                              "COMMIT;", n, n);

      if (!layanan_database_exec (database, sql, &writer->error))
        return NULL;
      g_atomic_int_inc (&writer->written);
    }

  return NULL;
}

static void
test_backup_while_writing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *dest = g_build_filename (fixture->dir, "backup.sqlite", NULL);
  g_autofree char *check = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananDatabase) copy = NULL;
  g_autoptr(GError) error = NULL;
  Writer writer = { fixture->path, 0, 0, NULL };
  GThread *thread;
  int written_before, written_after;
  gint64 copied;

  /* Several MB, so the copy takes many steps while the writer goes on. */
  database = open_with_reference (fixture, fixture->path);
  exec_ok (database,
           "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
           "INSERT INTO staff (unit_id, name) SELECT 1, printf ('Pegawai %d %.200c', i, 'x') "
           "FROM n");

  thread = g_thread_new ("writer", writer_thread, &writer);
  while (g_atomic_int_get (&writer.written) < 5 && writer.error == NULL)
    g_usleep (1000);

  written_before = g_atomic_int_get (&writer.written);
  g_assert_true (layanan_database_backup (database, dest, NULL, &error));
  g_assert_no_error (error);
  written_after = g_atomic_int_get (&writer.written);

  g_atomic_int_set (&writer.stop, 1);
  g_thread_join (thread);
  g_assert_no_error (writer.error);

  /* The writer was not held up by the backup. */
  g_assert_cmpint (written_after, >, written_before);

  check = raw_query_text (dest, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  copy = layanan_database_open (dest, &error);
  g_assert_no_error (error);
  copied = query_int (copy, "SELECT count(*) FROM staff WHERE name LIKE 'Penulis %'");
  g_test_message ("Pairs written: %d before the backup, %d after it, %d in all; "
                  "%" G_GINT64_FORMAT " rows copied", written_before, written_after,
                  g_atomic_int_get (&writer.written), copied);
  g_assert_cmpint (copied % 2, ==, 0);
  g_assert_cmpint (copied, >=, 2 * written_before);
  g_assert_cmpint (copied, <=, 2 * g_atomic_int_get (&writer.written));
  g_assert_cmpint (query_int (copy, "SELECT count(*) FROM staff"), ==, 20000 + copied);
  /* Every copied change kept its audit row: the copy is one consistent moment. */
  g_assert_cmpint (query_int (copy, "SELECT count(*) FROM audit_log WHERE actor = 'writer'"),
                   ==, copied);
}

static void
test_backup_cancelled (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *dest = g_build_filename (backups, "new.sqlite", NULL);
  g_autofree char *existing = g_build_filename (backups, "existing.sqlite", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = open_with_reference (fixture, fixture->path);
  g_assert_cmpint (g_mkdir (backups, 0700), ==, 0);
  g_file_set_contents (existing, "yesterday's backup", -1, &error);
  g_assert_no_error (error);

  g_cancellable_cancel (cancellable);
  g_assert_false (layanan_database_backup (database, dest, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (backups), ==, 1);

  /* An existing file by that name is kept as it was. */
  g_assert_false (layanan_database_backup (database, existing, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "yesterday's backup");
  g_assert_cmpuint (count_files (backups), ==, 1);
}

static void
test_backup_unwritable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *dest = g_build_filename (fixture->dir, "no-such-folder", "b.sqlite", NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = open_with_reference (fixture, fixture->path);
  g_assert_false (layanan_database_backup (database, dest, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, dest));
}

/* Restore */

static char *
make_backup (Fixture *fixture)
{
  g_autofree char *dest = g_build_filename (fixture->dir, "backup.sqlite", NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = open_with_reference (fixture, fixture->path);
  g_assert_true (layanan_database_backup (database, dest, NULL, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&dest);
}

static void
test_restore_replaces (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *backup = make_backup (fixture);
  g_autofree char *kept = NULL;
  g_autofree char *kept_name = NULL;
  g_autofree char *backup_before = NULL;
  g_autofree char *backup_after = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  /* A change after the backup, which the restore takes back. */
  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  exec_ok (database, "INSERT INTO units (code, kind, name) VALUES ('baru', 'biro', 'Biro Baru');"
                     "DELETE FROM holidays;");
  g_clear_object (&database);

  backup_before = folder_state (fixture->dir);
  g_assert_true (layanan_database_restore (fixture->path, backup, &kept, &error));
  g_assert_no_error (error);

  /* The database before the restore is kept aside, whole. */
  g_assert_nonnull (kept);
  kept_name = g_path_get_basename (kept);
  g_assert_true (g_regex_match_simple ("^layanan\\.sqlite\\.before-restore-"
                                       "[0-9]{8}-[0-9]{6}$", kept_name, 0, 0));
  g_assert_cmpint (raw_query_int (kept, "SELECT count(*) FROM units WHERE code = 'baru'"),
                   ==, 1);
  g_assert_cmpint (raw_query_int (kept, "SELECT count(*) FROM holidays"), ==, 0);

  g_assert_cmpuint (file_mode (fixture->path), ==, 0600);
  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM units WHERE code = 'baru'"), ==, 0);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM units"), ==, 2);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM holidays"), ==,
                   raw_query_int (backup, "SELECT count(*) FROM holidays"));
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM holidays"), >, 0);
  g_clear_object (&database);

  /* The backup itself is left as it was. */
  backup_after = folder_state (fixture->dir);
  g_assert_nonnull (strstr (backup_before, "backup.sqlite "));
  {
    g_autofree char *line = NULL;
    const char *start = strstr (backup_before, "backup.sqlite ");

    line = g_strndup (start, strcspn (start, "\n"));
    g_assert_nonnull (strstr (backup_after, line));
  }

  /* A second restore within the same second keeps both earlier files. */
  {
    g_autofree char *second = NULL;

    g_assert_true (layanan_database_restore (fixture->path, backup, &second, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (second, !=, kept);
    g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (second, G_FILE_TEST_EXISTS));
  }
}

/* Committed changes still in the -wal belong to the database: they are kept
 * aside with it, not lost and not mixed into the restored file. */
static void
test_restore_keeps_wal (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };
  g_autofree char *backup = make_backup (fixture);
  g_autofree char *crashed = g_build_filename (fixture->dir, "crashed.sqlite", NULL);
  g_autofree char *crashed_wal = g_strconcat (crashed, "-wal", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *kept_wal = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananDatabase) old = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  exec_ok (database, "PRAGMA wal_autocheckpoint = 0;"
                     "INSERT INTO units (code, kind, name) VALUES ('baru', 'biro', 'Biro Baru')");

  /* The three files as a power cut would leave them. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (fixture->path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (crashed, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (to, contents, length, NULL));
    }
  g_clear_object (&database);
  g_assert_true (g_file_test (crashed_wal, G_FILE_TEST_EXISTS));

  g_assert_true (layanan_database_restore (crashed, backup, &kept, &error));
  g_assert_no_error (error);
  kept_wal = g_strconcat (kept, "-wal", NULL);
  g_assert_true (g_file_test (kept_wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (crashed_wal, G_FILE_TEST_EXISTS));

  database = layanan_database_open (crashed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM units WHERE code = 'baru'"), ==, 0);

  old = layanan_database_open (kept, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (old, "SELECT count(*) FROM units WHERE code = 'baru'"), ==, 1);
}

static void
assert_restore_refused (Fixture      *fixture,
                        const char   *backup,
                        LayananError  code,
                        const char   *words)
{
  g_autofree char *before = folder_state (fixture->dir);
  g_autofree char *after = NULL;
  static char sentinel[] = "not touched";
  char *kept = sentinel;
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_database_restore (fixture->path, backup, &kept, &error));
  g_assert_error (error, LAYANAN_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, backup));
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” should say “%s”", error->message, words);
  g_assert_null (kept);

  after = folder_state (fixture->dir);
  g_assert_cmpstr (before, ==, after);
}

static void
test_restore_refuses (Fixture       *fixture,
                      gconstpointer  data)
{
  int latest = layanan_database_get_latest_version ();
  g_autofree char *good = make_backup (fixture);
  g_autofree char *random = g_build_filename (fixture->dir, "random.bin", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *foreign = g_build_filename (fixture->dir, "foreign.sqlite", NULL);
  g_autofree char *newer = g_build_filename (fixture->dir, "newer.sqlite", NULL);
  g_autofree char *damaged = g_build_filename (fixture->dir, "damaged.sqlite", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.sqlite", NULL);
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", latest + 1);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  guint8 bytes[8192];
  gsize length;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_random_int_range (0, 256);
  g_file_set_contents (random, (const char *) bytes, sizeof bytes, &error);
  g_assert_no_error (error);
  g_file_set_contents (text, "Nomor agenda, tanggal, perihal\n", -1, &error);
  g_assert_no_error (error);
  layanan_test_raw_exec (foreign, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");

  g_file_get_contents (good, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (newer, contents, length, &error);
  g_assert_no_error (error);
  layanan_test_raw_exec (newer, set_version);

  /* Garbage over the pages after the schema: the header still looks right. */
  g_assert_cmpuint (length, >, 16 * 4096);
  for (gsize i = 8 * 4096; i < 12 * 4096; i++)
    contents[i] = (char) (i * 7);
  g_file_set_contents (damaged, contents, length, &error);
  g_assert_no_error (error);

  assert_restore_refused (fixture, random, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                          "not a Layanan Biro database");
  assert_restore_refused (fixture, text, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                          "not a Layanan Biro database");
  assert_restore_refused (fixture, foreign, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                          "not a Layanan Biro database");
  assert_restore_refused (fixture, newer, LAYANAN_ERROR_DATABASE_TOO_NEW,
                          "newer version of Layanan Biro");
  assert_restore_refused (fixture, damaged, LAYANAN_ERROR_DATABASE_NOT_DATABASE, "damaged");
  assert_restore_refused (fixture, missing, LAYANAN_ERROR_NOT_FOUND, "does not exist");
}

static void
test_restore_older_version (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *older = g_build_filename (fixture->dir, "version-2.sqlite", NULL);
  g_autofree char *fresh = g_build_filename (fixture->dir, "new-pc", "layanan",
                                             "layanan.sqlite", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open_at_version (older, 2, &error);
  g_assert_no_error (error);
  exec_ok (database, "INSERT INTO units (code, kind, name) VALUES ('lama', 'biro', 'Biro Lama')");
  g_clear_object (&database);

  /* No database yet, not even its folder: nothing to keep aside. */
  g_assert_true (layanan_database_restore (fresh, older, &kept, &error));
  g_assert_no_error (error);
  g_assert_null (kept);
  g_assert_cmpuint (file_mode (fresh), ==, 0600);

  database = layanan_database_open (fresh, &error);
  g_assert_no_error (error);
  g_assert_cmpint (layanan_database_get_schema_version (database), ==,
                   layanan_database_get_latest_version ());
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM units WHERE code = 'lama'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/backup/copy", test_backup_copy);
  ADD ("/store/backup/while-writing", test_backup_while_writing);
  ADD ("/store/backup/cancelled", test_backup_cancelled);
  ADD ("/store/backup/unwritable", test_backup_unwritable);
  ADD ("/store/restore/replaces", test_restore_replaces);
  ADD ("/store/restore/keeps-wal", test_restore_keeps_wal);
  ADD ("/store/restore/refuses", test_restore_refuses);
  ADD ("/store/restore/older-version", test_restore_older_version);

#undef ADD

  return g_test_run ();
}
