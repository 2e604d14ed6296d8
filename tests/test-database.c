/* test-database.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-error.h"
#include "layanan-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("database");
  fixture->path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  layanan_database_set_busy_timeout (LAYANAN_DATABASE_BUSY_TIMEOUT_MS);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static char *
digest_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
assert_no_side_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (side, G_FILE_TEST_EXISTS))
        g_error ("%s was left behind", side);
    }
}

/* Creation */

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *nested = g_build_filename (fixture->dir, "data", "layanan", "kesra.sqlite",
                                              NULL);
  g_autofree char *folder = g_path_get_dirname (nested);
  g_autofree char *wal = g_strconcat (nested, "-wal", NULL);
  g_autofree char *journal_mode = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open (nested, &error);
  g_assert_no_error (error);
  g_assert_nonnull (database);

  g_assert_cmpstr (layanan_database_get_path (database), ==, nested);
  g_assert_cmpint (layanan_database_get_schema_version (database), ==,
                   layanan_database_get_latest_version ());
  g_assert_cmpint (layanan_database_get_latest_version (), >=, 4);

  g_assert_cmpuint (file_mode (nested), ==, 0600);
  g_assert_cmpuint (file_mode (folder), ==, 0700);

  journal_mode = layanan_database_query_text (database, "PRAGMA journal_mode", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (layanan_database_query_int (database, "PRAGMA foreign_keys", &error), ==, 1);
  g_assert_cmpint (layanan_database_query_int (database, "PRAGMA synchronous", &error), ==, 1);
  g_assert_cmpint (layanan_database_query_int (database, "PRAGMA busy_timeout", &error), ==,
                   LAYANAN_DATABASE_BUSY_TIMEOUT_MS);
  g_assert_cmpint (layanan_database_query_int (database, "PRAGMA application_id", &error), ==,
                   LAYANAN_DATABASE_APPLICATION_ID);
  g_assert_cmpint (layanan_database_query_int (database, "PRAGMA user_version", &error), ==,
                   layanan_database_get_latest_version ());
  g_assert_no_error (error);

  /* SQLite gives the -wal the database's mode: it must not be readable by others. */
  layanan_database_set_cuti_bersama_nonworking (database, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (file_mode (wal), ==, 0600);
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(LayananDatabase) first = NULL;
  g_autoptr(LayananDatabase) second = NULL;
  g_autoptr(GError) error = NULL;

  first = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  layanan_database_exec (first, "INSERT INTO units (code, kind, name) "
                                "VALUES ('kesra', 'biro', 'Biro Kesejahteraan Rakyat')", &error);
  g_assert_no_error (error);

  /* A second connection while the first is open, as a worker thread has. */
  second = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (layanan_database_query_int (second, "SELECT count(*) FROM units", &error),
                   ==, 1);
  g_assert_no_error (error);
}

static void
test_default_path (void)
{
  const char *data_home = g_getenv ("XDG_DATA_HOME");
  g_autofree char *expected = NULL;
  g_autofree char *path = NULL;
  g_autofree char *overridden = NULL;
  g_autofree char *empty = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  /* main() pointed XDG_DATA_HOME at a fresh folder before GLib read it. */
  g_assert_nonnull (data_home);
  g_assert_cmpstr (g_get_user_data_dir (), ==, data_home);
  expected = g_build_filename (data_home, "layanan", "layanan.sqlite", NULL);

  g_unsetenv ("LAYANAN_DATABASE");
  path = layanan_database_default_path ();
  g_assert_cmpstr (path, ==, expected);

  g_setenv ("LAYANAN_DATABASE", "/srv/kesra/layanan.sqlite", TRUE);
  overridden = layanan_database_default_path ();
  g_assert_cmpstr (overridden, ==, "/srv/kesra/layanan.sqlite");

  g_setenv ("LAYANAN_DATABASE", "", TRUE);
  empty = layanan_database_default_path ();
  g_assert_cmpstr (empty, ==, expected);
  g_unsetenv ("LAYANAN_DATABASE");

  /* The default place is created on first use. */
  database = layanan_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
}

/* Files that are refused */

static void
assert_refused_unchanged (const char   *path,
                          LayananError  code,
                          const char   *words)
{
  g_autofree char *before = digest_file (path);
  g_autofree char *after = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open (path, &error);
  g_assert_null (database);
  g_assert_error (error, LAYANAN_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, path));
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” should say “%s”", error->message, words);

  after = digest_file (path);
  g_assert_cmpstr (before, ==, after);
  assert_no_side_files (path);
}

static void
test_not_a_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *random_path = g_build_filename (fixture->dir, "random.sqlite", NULL);
  g_autofree char *text_path = g_build_filename (fixture->dir, "agenda.sqlite", NULL);
  g_autofree char *fake_path = g_build_filename (fixture->dir, "fake.sqlite", NULL);
  g_autofree char *tiny_path = g_build_filename (fixture->dir, "tiny.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  guint8 bytes[4096];
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_random_int_range (0, 256);
  bytes[0] = 'X';
  g_file_set_contents (random_path, (const char *) bytes, sizeof bytes, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 100; i++)
    g_string_append (text, "Nomor agenda, tanggal, perihal\n");
  g_file_set_contents (text_path, text->str, text->len, &error);
  g_assert_no_error (error);

  /* The right first bytes, then garbage: SQLite itself must refuse it. */
  memcpy (bytes, "SQLite format 3", 16);
  g_file_set_contents (fake_path, (const char *) bytes, sizeof bytes, &error);
  g_assert_no_error (error);

  g_file_set_contents (tiny_path, "SQLite", 6, &error);
  g_assert_no_error (error);

  assert_refused_unchanged (random_path, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                            "not a Layanan Biro database");
  assert_refused_unchanged (text_path, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                            "not a Layanan Biro database");
  assert_refused_unchanged (fake_path, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                            "not a Layanan Biro database");
  assert_refused_unchanged (tiny_path, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                            "not a Layanan Biro database");
}

static void
test_foreign_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *plain = g_build_filename (fixture->dir, "places.sqlite", NULL);
  g_autofree char *tagged = g_build_filename (fixture->dir, "other-app.sqlite", NULL);

  layanan_test_raw_exec (plain, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                   "INSERT INTO moz_places (url) VALUES ('https://lapor.go.id');");
  assert_refused_unchanged (plain, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                            "not a Layanan Biro database");

  /* Another program's id wins over a version number that would be "too new". */
  layanan_test_raw_exec (tagged, "PRAGMA application_id = 1234; PRAGMA user_version = 1000;"
                    "CREATE TABLE t (x);");
  assert_refused_unchanged (tagged, LAYANAN_ERROR_DATABASE_NOT_DATABASE,
                            "not a Layanan Biro database");
}

static void
test_too_new (Fixture       *fixture,
              gconstpointer  data)
{
  int latest = layanan_database_get_latest_version ();
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", latest + 1);
  g_autofree char *newer = g_strdup_printf ("%d", latest + 1);
  g_autofree char *ours = g_strdup_printf ("%d", latest);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&database);
  layanan_test_raw_exec (fixture->path, set_version);
  assert_no_side_files (fixture->path);

  before = digest_file (fixture->path);
  database = layanan_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_TOO_NEW);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_assert_nonnull (strstr (error->message, "newer version of Layanan Biro"));
  g_assert_nonnull (strstr (error->message, newer));
  g_assert_nonnull (strstr (error->message, ours));
  g_assert_nonnull (strstr (error->message, "not changed"));

  after = digest_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
  assert_no_side_files (fixture->path);
}

/* As a newer version would leave it before ever setting WAL: switching the
 * journal mode would rewrite the header, so it must not happen first. */
static void
test_too_new_rollback_journal (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;"
                                          "PRAGMA user_version = 999; CREATE TABLE future (x);",
                                          LAYANAN_DATABASE_APPLICATION_ID);

  layanan_test_raw_exec (fixture->path, sql);
  assert_refused_unchanged (fixture->path, LAYANAN_ERROR_DATABASE_TOO_NEW, "999");
}

static void
test_locked (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *holder = NULL;
  gint64 started;

  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&database);

  /* Another program in the middle of writing holds the write lock. */
  g_assert_cmpint (sqlite3_open (fixture->path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  layanan_database_set_busy_timeout (200);
  started = g_get_monotonic_time ();
  database = layanan_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_LOCKED);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_assert_nonnull (strstr (error->message, "in use by another program"));
  /* It waited for the busy timeout before giving up. */
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 200 * 1000);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (holder), ==, SQLITE_OK);

  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (database);
}

static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "read-only", NULL);
  g_autofree char *path = g_build_filename (folder, "layanan.sqlite", NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root ignores file permissions");
      return;
    }

  g_assert_cmpint (g_mkdir (folder, 0500), ==, 0);
  database = layanan_database_open (path, &error);
  g_assert_null (database);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY);
  g_assert_nonnull (strstr (error->message, path));

  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  g_assert_null (g_dir_read_name (dir));
}

static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root ignores file permissions");
      return;
    }

  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&database);
  g_assert_cmpint (g_chmod (fixture->path, 0400), ==, 0);

  before = digest_file (fixture->path);
  database = layanan_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY);
  g_assert_nonnull (strstr (error->message, fixture->path));
  after = digest_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_parent_is_a_file (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (fixture->dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "layanan.sqlite", NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_file_set_contents (blocker, "a file where the folder should be\n", -1, &error);
  g_assert_no_error (error);

  database = layanan_database_open (path, &error);
  g_assert_null (database);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY);
  g_assert_nonnull (strstr (error->message, path));

  g_file_get_contents (blocker, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "a file where the folder should be\n");
}

static void
test_error_mapping (void)
{
  static const struct
  {
    int          rc;
    LayananError code;
  } cases[] = {
    { SQLITE_NOTADB, LAYANAN_ERROR_DATABASE_NOT_DATABASE },
    { SQLITE_BUSY, LAYANAN_ERROR_DATABASE_LOCKED },
    { SQLITE_LOCKED, LAYANAN_ERROR_DATABASE_LOCKED },
    { SQLITE_BUSY_SNAPSHOT, LAYANAN_ERROR_DATABASE_LOCKED },
    { SQLITE_READONLY, LAYANAN_ERROR_DATABASE_READ_ONLY },
    { SQLITE_CANTOPEN, LAYANAN_ERROR_DATABASE_READ_ONLY },
    { SQLITE_PERM, LAYANAN_ERROR_DATABASE_READ_ONLY },
    { SQLITE_FULL, LAYANAN_ERROR_DATABASE_FULL },
    { SQLITE_CONSTRAINT_FOREIGNKEY, LAYANAN_ERROR_CONSTRAINT },
    { SQLITE_IOERR, LAYANAN_ERROR_DATABASE },
    { SQLITE_MISUSE, LAYANAN_ERROR_DATABASE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      layanan_database_set_error (&error, NULL, cases[i].rc, "/data/kesra.sqlite");
      g_assert_error (error, LAYANAN_ERROR, (int) cases[i].code);
      /* The path and SQLite's own words are both in the message. */
      g_assert_nonnull (strstr (error->message, "/data/kesra.sqlite"));
      g_assert_nonnull (strstr (error->message, sqlite3_errstr (cases[i].rc)));
    }
}

static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  gint64 pages;
  g_autofree char *limit = NULL;

  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);

  /* A database that may not grow behaves as a full disk does. */
  pages = layanan_database_query_int (database, "PRAGMA page_count", &error);
  g_assert_no_error (error);
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages);
  layanan_database_exec (database, limit, &error);
  g_assert_no_error (error);

  layanan_database_exec (database,
                         "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                         "WHERE i < 5000) "
                         "INSERT INTO holidays (date, kind, description) "
                         "SELECT printf ('%04d-01-01', i), 'libur_nasional', "
                         "  printf ('%.500c', 'x') FROM n",
                         &error);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_FULL);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);

  g_assert_cmpint (layanan_database_query_int (database, "SELECT count(*) FROM holidays",
                                               &error), ==, 0);
}

/* Settings, working hours, calendar, units */

static void
test_cuti_bersama_setting (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (layanan_database_get_cuti_bersama_nonworking (database));

  g_assert_true (layanan_database_set_cuti_bersama_nonworking (database, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (layanan_database_get_cuti_bersama_nonworking (database));

  /* Stored with the data, so a second connection (another program) agrees. */
  g_clear_object (&database);
  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (layanan_database_get_cuti_bersama_nonworking (database));

  g_assert_true (layanan_database_set_cuti_bersama_nonworking (database, TRUE, &error));
  g_assert_true (layanan_database_get_cuti_bersama_nonworking (database));
}

static void
test_working_hours (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;
  int start, end, break_start, break_end;

  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);

  /* A fresh database already has the Perpres 21/2023 week. */
  calendar = layanan_database_load_calendar (database, &error);
  g_assert_no_error (error);
  g_assert_true (layanan_calendar_get_working_hours (calendar, G_DATE_FRIDAY, &start, &end,
                                                     &break_start, &break_end));
  g_assert_cmpint (start, ==, 7 * 60 + 30);
  g_assert_cmpint (end, ==, 16 * 60 + 30);
  g_assert_cmpint (break_start, ==, 11 * 60 + 30);
  g_assert_cmpint (break_end, ==, 13 * 60);
  g_assert_false (layanan_calendar_get_working_hours (calendar, G_DATE_SATURDAY, &start, &end,
                                                      &break_start, &break_end));
  g_clear_object (&calendar);

  /* Saturday mornings without a break; Monday closed. */
  layanan_database_set_working_hours (database, G_DATE_SATURDAY, 8 * 60, 12 * 60, 0, 0,
                                      &error);
  g_assert_no_error (error);
  layanan_database_set_working_hours (database, G_DATE_MONDAY, 0, 0, 0, 0, &error);
  g_assert_no_error (error);

  calendar = layanan_database_load_calendar (database, &error);
  g_assert_no_error (error);
  g_assert_true (layanan_calendar_get_working_hours (calendar, G_DATE_SATURDAY, &start, &end,
                                                     &break_start, &break_end));
  g_assert_cmpint (start, ==, 8 * 60);
  g_assert_cmpint (end, ==, 12 * 60);
  g_assert_cmpint (break_start, ==, break_end);
  g_assert_false (layanan_calendar_get_working_hours (calendar, G_DATE_MONDAY, &start, &end,
                                                      &break_start, &break_end));
  g_assert_cmpint (layanan_database_query_int (database,
                                               "SELECT count(*) FROM working_hours "
                                               "WHERE weekday = 1 AND start_minute IS NULL "
                                               "AND break_start_minute IS NULL",
                                               &error), ==, 1);

  /* Hours that make no working day are refused and change nothing. */
  g_assert_false (layanan_database_set_working_hours (database, G_DATE_TUESDAY, 16 * 60,
                                                      8 * 60, 0, 0, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (layanan_database_set_working_hours (database, G_DATE_TUESDAY, 8 * 60,
                                                      16 * 60, 7 * 60, 9 * 60, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (layanan_database_query_int (database,
                                               "SELECT start_minute FROM working_hours "
                                               "WHERE weekday = 2", &error), ==, 450);

  /* Closing every day is refused at the last one. */
  for (GDateWeekday day = G_DATE_TUESDAY; day <= G_DATE_FRIDAY; day++)
    {
      layanan_database_set_working_hours (database, day, 0, 0, 0, 0, &error);
      g_assert_no_error (error);
    }
  g_assert_false (layanan_database_set_working_hours (database, G_DATE_SATURDAY, 0, 0, 0, 0,
                                                      &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (layanan_database_query_int (database,
                                               "SELECT start_minute FROM working_hours "
                                               "WHERE weekday = 6", &error), ==, 480);
}

static void
test_calendar_from_reference (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *dir = layanan_test_reference_dir ();
  g_autofree char *holidays = g_build_filename (dir, "holidays.tsv", NULL);
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(LayananCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;
  LayananHolidayKind kind;
  GDate nyepi, cuti;

  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (database, dir, &error);
  g_assert_no_error (error);

  calendar = layanan_database_load_calendar (database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (layanan_calendar_get_n_holidays (calendar), ==,
                    layanan_database_query_int (database, "SELECT count(*) FROM holidays",
                                                &error));
  if (g_file_test (holidays, G_FILE_TEST_EXISTS))
    g_assert_cmpuint (layanan_calendar_get_n_holidays (calendar), ==, 53);

  /* Nyepi 2026 (Thursday 19 March) and the cuti bersama after it. */
  g_date_set_dmy (&nyepi, 19, G_DATE_MARCH, 2026);
  g_date_set_dmy (&cuti, 20, G_DATE_MARCH, 2026);
  g_assert_true (layanan_calendar_get_holiday (calendar, &nyepi, &kind));
  g_assert_cmpint (kind, ==, LAYANAN_HOLIDAY_LIBUR_NASIONAL);
  g_assert_true (layanan_calendar_get_holiday (calendar, &cuti, &kind));
  g_assert_cmpint (kind, ==, LAYANAN_HOLIDAY_CUTI_BERSAMA);
  g_assert_true (layanan_calendar_get_cuti_bersama_nonworking (calendar));
  g_assert_false (layanan_calendar_is_working_day (calendar, &cuti));
  g_clear_object (&calendar);

  layanan_database_set_cuti_bersama_nonworking (database, FALSE, &error);
  g_assert_no_error (error);
  calendar = layanan_database_load_calendar (database, &error);
  g_assert_no_error (error);
  g_assert_false (layanan_calendar_get_cuti_bersama_nonworking (calendar));
  g_assert_true (layanan_calendar_is_working_day (calendar, &cuti));
  g_assert_false (layanan_calendar_is_working_day (calendar, &nyepi));
}

static void
test_units_and_channels (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *dir = layanan_test_reference_dir ();
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) channels = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GError) error = NULL;
  LayananUnit *kesra, *adpim;
  LayananChannel *channel;

  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);

  units = layanan_database_list_units (database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 0);
  g_clear_pointer (&units, g_ptr_array_unref);

  layanan_database_load_reference_dir (database, dir, &error);
  g_assert_no_error (error);

  units = layanan_database_list_units (database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 2);
  kesra = g_ptr_array_index (units, 0);
  adpim = g_ptr_array_index (units, 1);
  g_assert_cmpstr (kesra->code, ==, "kesra");
  g_assert_cmpstr (kesra->kind, ==, "biro");
  g_assert_cmpstr (kesra->name, ==, "Biro Kesejahteraan Rakyat");
  g_assert_cmpstr (kesra->address, ==, "Jl. Ahmad Yani, Pontianak");
  g_assert_cmpint (kesra->parent_id, ==, 0);
  g_assert_cmpstr (adpim->code, ==, "adpim");
  g_assert_cmpstr (adpim->name, ==, "Biro Administrasi Pimpinan");
  g_assert_cmpint (adpim->parent_id, ==, 0);
  g_assert_cmpint (adpim->id, !=, kesra->id);

  channels = layanan_database_list_unit_channels (database, adpim->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (channels->len, ==, 7);
  channel = g_ptr_array_index (channels, 0);
  g_assert_cmpstr (channel->kind, ==, "tatap_muka");
  channel = g_ptr_array_index (channels, 2);
  g_assert_cmpstr (channel->kind, ==, "whatsapp");
  g_assert_cmpstr (channel->value, ==, "082115155022");
  g_assert_null (channel->extension);
  channel = g_ptr_array_index (channels, 3);
  g_assert_cmpstr (channel->kind, ==, "telepon");
  g_assert_cmpstr (channel->value, ==, "(0561) 736541");
  g_assert_cmpstr (channel->extension, ==, "233");
  channel = g_ptr_array_index (channels, 5);
  g_assert_cmpstr (channel->kind, ==, "email");
  g_assert_cmpstr (channel->value, ==, "adpim@kalbarprov.go.id");
  channel = g_ptr_array_index (channels, 6);
  g_assert_cmpstr (channel->kind, ==, "sp4n_lapor");
  g_assert_cmpstr (channel->value, ==, "www.lapor.go.id");

  none = layanan_database_list_unit_channels (database, 9999, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_constraints (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const refused[] = {
    "INSERT INTO units (code, kind, name) VALUES ('dinsos', 'dinas', 'Dinas Sosial')",
    "INSERT INTO units (code, kind, name) VALUES ('bagian', 'bagian', 'Bagian tanpa biro')",
    "INSERT INTO units (code, parent_id, kind, name) VALUES ('x', 4242, 'bagian', 'X')",
    "INSERT INTO holidays (date, kind, description) VALUES ('19/03/2026', 'libur_nasional', 'x')",
    "INSERT INTO holidays (date, kind, description) VALUES ('2026-03-19', 'libur', 'Nyepi')",
    "UPDATE working_hours SET end_minute = NULL WHERE weekday = 1",
    "UPDATE working_hours SET break_start_minute = 400 WHERE weekday = 1",
    "INSERT INTO unit_channels (unit_id, position, kind, value) VALUES (1, 1, 'telegram', 'x')",
    "INSERT INTO standard_versions (service_id, status) VALUES (1, 'ditetapkan')",
    "INSERT INTO standard_versions (service_id, completion_value, completion_unit) "
    "  VALUES (1, 5, 'fortnights')",
    "INSERT INTO standard_versions (service_id, fee_rupiah) VALUES (1, -1000)",
    "INSERT INTO classification_codes (code, level, name) VALUES ('400.8', 2, 'x')",
    "INSERT INTO skm_grades VALUES ('E', 1, 10, 20, 'Buruk')",
    "INSERT INTO audit_log (at, actor, table_name, row_key, action) "
    "  VALUES ('x', 'y', 'units', '1', 'truncate')",
  };
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  layanan_database_exec (database,
                         "INSERT INTO units (id, code, kind, name) VALUES (1, 'kesra', 'biro', "
                         "  'Biro Kesejahteraan Rakyat');"
                         "INSERT INTO services (id, unit_id, name) VALUES (1, 1, "
                         "  'Pelayanan Konsultasi');",
                         &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      if (layanan_database_exec (database, refused[i], &error))
        g_error ("accepted: %s", refused[i]);
      g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT);
      g_clear_error (&error);
    }

  /* A unit with services cannot be deleted; its channels go with it. */
  layanan_database_exec (database, "DELETE FROM units WHERE id = 1", &error);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT);
  g_clear_error (&error);
  layanan_database_exec (database,
                         "INSERT INTO unit_channels (unit_id, position, kind, value) "
                         "  VALUES (1, 1, 'email', 'kesra@kalbarprov.go.id');"
                         "DELETE FROM services; DELETE FROM units WHERE id = 1;",
                         &error);
  g_assert_no_error (error);
  g_assert_cmpint (layanan_database_query_int (database, "SELECT count(*) FROM unit_channels",
                                               &error), ==, 0);
}

static char *
read_setting_from_another_connection (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT value FROM settings "
                                       "WHERE key = 'cuti_bersama_nonworking'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

/* A second connection in the same process (the daily backup) must not drop
 * the first one's file locks; otherwise another program closing its own
 * connection takes itself for the last one and deletes the WAL that still
 * holds the first connection's later commits. */
static void
test_commits_survive_other_connections (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autoptr(LayananDatabase) window = NULL;
  g_autoptr(LayananDatabase) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  if (g_test_subprocess ())
    {
      /* Another program (the CLI) opens, reads and closes. */
      g_free (read_setting_from_another_connection (g_getenv ("LAYANAN_TEST_DATABASE")));
      return;
    }

  window = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  backup = layanan_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&backup);

  g_setenv ("LAYANAN_TEST_DATABASE", fixture->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  layanan_database_set_cuti_bersama_nonworking (window, FALSE, &error);
  g_assert_no_error (error);
  value = read_setting_from_another_connection (fixture->path);
  g_assert_cmpstr (value, ==, "false");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* Before anything asks GLib for the user data folder, which it caches. */
  data_home = g_dir_make_tmp ("layanan-data-home-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/database/create", test_create);
  ADD ("/store/database/reopen", test_reopen);
  g_test_add_func ("/store/database/default-path", test_default_path);
  ADD ("/store/database/not-a-database", test_not_a_database);
  ADD ("/store/database/foreign", test_foreign_database);
  ADD ("/store/database/too-new", test_too_new);
  ADD ("/store/database/too-new-rollback-journal", test_too_new_rollback_journal);
  ADD ("/store/database/locked", test_locked);
  ADD ("/store/database/read-only-folder", test_read_only_folder);
  ADD ("/store/database/read-only-file", test_read_only_file);
  ADD ("/store/database/parent-is-a-file", test_parent_is_a_file);
  g_test_add_func ("/store/database/error-mapping", test_error_mapping);
  ADD ("/store/database/full-disk", test_full_disk);
  ADD ("/store/database/cuti-bersama-setting", test_cuti_bersama_setting);
  ADD ("/store/database/working-hours", test_working_hours);
  ADD ("/store/database/calendar-from-reference", test_calendar_from_reference);
  ADD ("/store/database/units-and-channels", test_units_and_channels);
  ADD ("/store/database/constraints", test_constraints);
  ADD ("/store/database/commits-survive-other-connections",
       test_commits_survive_other_connections);

#undef ADD

  status = g_test_run ();
  layanan_test_remove_tree (data_home);
  return status;
}
