/* layanan-test-util.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "layanan-test-util.h"

#include "layanan-database.h"

char *
layanan_test_make_tmp_dir (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("layanan-%s-XXXXXX", name);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

/* Tests make folders read-only on purpose; give them back first. */
void
layanan_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        layanan_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* The shipped data/reference, as the test environment names it. */
char *
layanan_test_reference_dir (void)
{
  const char *data_dir = g_getenv ("LAYANAN_DATA_DIR");

  return g_build_filename (data_dir != NULL ? data_dir : SOURCE_DATADIR, "reference", NULL);
}

/* SQL through a plain connection, as another program would run it. */
void
layanan_test_raw_exec (const char *path,
                       const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

LayananCalendar *
layanan_test_reference_calendar (gboolean cuti_bersama_nonworking)
{
  g_autofree char *dir = layanan_test_make_tmp_dir ("calendar");
  g_autofree char *path = g_build_filename (dir, "layanan.sqlite", NULL);
  g_autofree char *reference = layanan_test_reference_dir ();
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  LayananCalendar *calendar;

  database = layanan_database_open (path, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (database, reference, &error);
  g_assert_no_error (error);
  layanan_database_set_cuti_bersama_nonworking (database, cuti_bersama_nonworking, &error);
  g_assert_no_error (error);
  calendar = layanan_database_load_calendar (database, &error);
  g_assert_no_error (error);

  g_clear_object (&database);
  layanan_test_remove_tree (dir);
  return calendar;
}
