/* test-backup-job.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "layanan-backup-job.h"
#include "layanan-startup.h"
#include "layanan-test-util.h"

typedef struct
{
  char *dir;
  char *database_path;
  char *backup_dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananDatabase) database = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("backup-job");
  fixture->database_path = g_build_filename (fixture->dir, "kesra.sqlite", NULL);
  fixture->backup_dir = g_build_filename (fixture->dir, "backups", NULL);
  database = layanan_startup_open (fixture->database_path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->database_path);
  g_free (fixture->backup_dir);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint count = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    count++;

  return count;
}

static void
touch (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "x", 1, &error);
  g_assert_no_error (error);
}

static void
test_daily_once_a_day (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GTimeZone) wib = g_time_zone_new_offset (7 * 3600);
  g_autoptr(GDateTime) morning = g_date_time_new (wib, 2026, 11, 23, 7, 45, 0);
  g_autoptr(GDateTime) afternoon = g_date_time_new (wib, 2026, 11, 23, 15, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_new (wib, 2026, 11, 24, 7, 30, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananDatabase) copy = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autoptr(GPtrArray) units = NULL;

  first = layanan_backup_daily (fixture->database_path, morning, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (first, "backups/kesra-2026-11-23.sqlite"));
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));

  second = layanan_backup_daily (fixture->database_path, afternoon, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpuint (count_files (fixture->backup_dir), ==, 1);

  third = layanan_backup_daily (fixture->database_path, tomorrow, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (third, "kesra-2026-11-24.sqlite"));
  g_assert_cmpuint (count_files (fixture->backup_dir), ==, 2);

  /* The backup is a whole database, with the reference data in it. */
  copy = layanan_database_open (third, &error);
  g_assert_no_error (error);
  units = layanan_database_list_units (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 2);
}

static void
test_prune_keeps_newest (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (fixture->backup_dir, 0700), ==, 0);
  for (int day = 1; day <= 20; day++)
    {
      g_autofree char *name = g_strdup_printf ("kesra-2026-10-%02d.sqlite", day);

      touch (fixture->backup_dir, name);
    }
  /* Neither another database's backups nor a manual copy are touched. */
  touch (fixture->backup_dir, "adpim-2026-10-01.sqlite");
  touch (fixture->backup_dir, "kesra-before-audit.sqlite");

  layanan_backup_prune (fixture->database_path, LAYANAN_BACKUPS_KEPT, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (count_files (fixture->backup_dir), ==, LAYANAN_BACKUPS_KEPT + 2);
  for (int day = 1; day <= 20; day++)
    {
      g_autofree char *path = g_strdup_printf ("%s/kesra-2026-10-%02d.sqlite",
                                               fixture->backup_dir, day);

      g_assert_cmpint (g_file_test (path, G_FILE_TEST_EXISTS), ==, day > 20 - LAYANAN_BACKUPS_KEPT);
    }
}

typedef struct
{
  gboolean  done;
  GError   *error;
} AsyncResult;

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncResult *outcome = user_data;

  layanan_backup_to_file_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static void
test_async_backup (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *dest = g_build_filename (fixture->dir, "manual.sqlite", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "x.sqlite", NULL);
  AsyncResult outcome = { FALSE, NULL };

  layanan_backup_to_file_async (fixture->database_path, dest, NULL, backup_done_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (outcome.error);
  g_assert_true (g_file_test (dest, G_FILE_TEST_IS_REGULAR));

  /* A destination that cannot be written is reported, naming it. */
  outcome.done = FALSE;
  layanan_backup_to_file_async (fixture->database_path, missing, NULL, backup_done_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (outcome.error);
  g_assert_nonnull (strstr (outcome.error->message, "no-such-folder"));
  g_clear_error (&outcome.error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/jobs/backup/daily-once-a-day", Fixture, NULL,
              fixture_set_up, test_daily_once_a_day, fixture_tear_down);
  g_test_add ("/jobs/backup/prune-keeps-newest", Fixture, NULL,
              fixture_set_up, test_prune_keeps_newest, fixture_tear_down);
  g_test_add ("/jobs/backup/async", Fixture, NULL,
              fixture_set_up, test_async_backup, fixture_tear_down);

  return g_test_run ();
}
