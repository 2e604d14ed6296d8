/* layanan-test-util.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "layanan-test-util.h"

#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-startup.h"

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

/* Loaded once per process for each setting: reading the reference data
 * takes a database of its own, slow under the sanitizers, and no test
 * changes the calendar it gets (a filled calendar is only read). */
LayananCalendar *
layanan_test_reference_calendar (gboolean cuti_bersama_nonworking)
{
  static LayananCalendar *loaded[2];
  LayananCalendar **calendar = &loaded[cuti_bersama_nonworking ? 1 : 0];

  if (*calendar == NULL)
    {
      g_autofree char *dir = layanan_test_make_tmp_dir ("calendar");
      g_autoptr(LayananDatabase) database = layanan_test_open_reference_database (dir);
      g_autoptr(GError) error = NULL;

      layanan_database_set_cuti_bersama_nonworking (database, cuti_bersama_nonworking, &error);
      g_assert_no_error (error);
      *calendar = layanan_database_load_calendar (database, &error);
      g_assert_no_error (error);

      g_clear_object (&database);
      layanan_test_remove_tree (dir);
    }

  return g_object_ref (*calendar);
}

char *
layanan_test_list_dir (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

void
layanan_test_assert_contains (const char *haystack,
                              const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” does not mention “%s”", haystack, needle);
}

/* Each line on its own, so that TAP shows it as a comment. */
static void
message_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_test_message ("%s", lines[i]);
}

void
layanan_test_check_workbook (const char *checker,
                             const char *path,
                             const char *expected_json,
                             const char *work_dir,
                             const char *soffice)
{
  g_autofree char *json_path = g_build_filename (work_dir, "expected.json", NULL);
  g_autofree char *script = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/usr/bin/python3", NULL, path, json_path,
                         soffice != NULL ? "--soffice" : NULL, soffice, NULL };
  int status = 0;

  g_assert_nonnull (g_getenv ("LAYANAN_SOURCE_ROOT"));
  script = g_build_filename (g_getenv ("LAYANAN_SOURCE_ROOT"), "tests", checker, NULL);
  argv[1] = script;
  g_file_set_contents (json_path, expected_json, -1, &error);
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  message_lines (out);
  message_lines (err);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

LayananDatabase *
layanan_test_open_reference_database (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "layanan.sqlite", NULL);
  g_autofree char *reference = layanan_test_reference_dir ();
  g_autoptr(LayananDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = layanan_database_open (path, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (database, reference, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&database);
}

LayananDatabase *
layanan_test_open_app_database (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "layanan.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  LayananDatabase *database = layanan_startup_open (path, &error);

  g_assert_no_error (error);
  return database;
}

gint64
layanan_test_query_int (LayananDatabase *database,
                        const char      *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = layanan_database_query_int (database, sql, &error);

  g_assert_no_error (error);
  return value;
}

char *
layanan_test_query_text (LayananDatabase *database,
                         const char      *sql)
{
  g_autoptr(GError) error = NULL;
  char *value = layanan_database_query_text (database, sql, &error);

  g_assert_no_error (error);
  return value;
}

void
layanan_test_exec (LayananDatabase *database,
                   const char      *sql)
{
  g_autoptr(GError) error = NULL;

  layanan_database_exec (database, sql, &error);
  g_assert_no_error (error);
}

gint64
layanan_test_top_unit_id (LayananDatabase *database)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;

  units = layanan_database_list_units (database, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < units->len; i++)
    {
      LayananUnit *unit = g_ptr_array_index (units, i);

      if (unit->parent_id == 0)
        return unit->id;
    }

  g_assert_not_reached ();
}

LayananCategory *
layanan_test_add_category (LayananDatabase *database,
                           const char      *name,
                           int              working_days)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  LayananCategory *category;

  units = layanan_database_list_units (database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, >, 0);

  category = layanan_category_new ();
  category->unit_id = ((LayananUnit *) g_ptr_array_index (units, 0))->id;
  category->name = g_strdup (name);
  category->deadline.value = working_days;
  category->deadline.unit = LAYANAN_DURATION_WORKING_DAYS;
  category->active = TRUE;
  layanan_database_save_category (database, category, &error);
  g_assert_no_error (error);

  return category;
}
