/* test-tsv.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "layanan-error.h"
#include "layanan-test-util.h"
#include "layanan-tsv.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("test-tsv");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_message_has (const GError *error,
                    const char   *fragment)
{
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

static void
test_read_by_name (Fixture       *fixture,
                   gconstpointer  data)
{
  const char * const required[] = { "kind", "date", NULL };
  g_autofree char *path = write_file (fixture, "holidays.tsv",
                                      "date\tkind\tdescription\n"
                                      "2026-03-19\tlibur_nasional\tHari Suci Nyepi\n"
                                      "2026-03-20\tcuti_bersama\tIdulfitri 1447 H\n", -1);
  g_autoptr(LayananTsv) tsv = NULL;
  g_autoptr(GError) error = NULL;

  tsv = layanan_tsv_open (path, required, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (layanan_tsv_get_path (tsv), ==, path);
  g_assert_true (layanan_tsv_has_column (tsv, "description"));
  g_assert_false (layanan_tsv_has_column (tsv, "legal_basis"));

  g_assert_true (layanan_tsv_next (tsv, &error));
  g_assert_cmpuint (layanan_tsv_get_line (tsv), ==, 2);
  g_assert_cmpstr (layanan_tsv_get (tsv, "date"), ==, "2026-03-19");
  g_assert_cmpstr (layanan_tsv_get (tsv, "kind"), ==, "libur_nasional");
  g_assert_cmpstr (layanan_tsv_get (tsv, "description"), ==, "Hari Suci Nyepi");
  g_assert_null (layanan_tsv_get (tsv, "legal_basis"));

  g_assert_true (layanan_tsv_next (tsv, &error));
  g_assert_cmpuint (layanan_tsv_get_line (tsv), ==, 3);
  g_assert_cmpstr (layanan_tsv_get (tsv, "kind"), ==, "cuti_bersama");

  g_assert_false (layanan_tsv_next (tsv, &error));
  g_assert_no_error (error);
}

static void
test_reordered_columns (Fixture       *fixture,
                        gconstpointer  data)
{
  const char * const required[] = { "date", "kind", NULL };
  g_autofree char *path = write_file (fixture, "reordered.tsv",
                                      "note\tkind\tdate\n"
                                      "x\tcuti_bersama\t2026-12-24\n", -1);
  g_autoptr(LayananTsv) tsv = NULL;
  g_autoptr(GError) error = NULL;

  tsv = layanan_tsv_open (path, required, &error);
  g_assert_no_error (error);
  g_assert_true (layanan_tsv_next (tsv, &error));
  g_assert_cmpstr (layanan_tsv_get (tsv, "date"), ==, "2026-12-24");
  g_assert_cmpstr (layanan_tsv_get (tsv, "kind"), ==, "cuti_bersama");
}

static void
test_missing_column (Fixture       *fixture,
                     gconstpointer  data)
{
  const char * const required[] = { "date", "legal_basis", NULL };
  g_autofree char *path = write_file (fixture, "short-header.tsv", "date\tkind\n", -1);
  g_autofree char *where = g_strconcat (path, ":1:", NULL);
  g_autoptr(LayananTsv) tsv = NULL;
  g_autoptr(GError) error = NULL;

  tsv = layanan_tsv_open (path, required, &error);
  g_assert_null (tsv);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  assert_message_has (error, where);
  assert_message_has (error, "“legal_basis”");
}

static void
test_short_and_long_rows (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "rows.tsv",
                                      "weekday\tstart\tend\n"
                                      "6\n"
                                      "1\t07:30\t16:00\textra\n", -1);
  g_autofree char *where = g_strconcat (path, ":3:", NULL);
  g_autoptr(LayananTsv) tsv = NULL;
  g_autoptr(GError) error = NULL;

  tsv = layanan_tsv_open (path, NULL, &error);
  g_assert_no_error (error);

  /* A short row reads "" in the columns it lacks. */
  g_assert_true (layanan_tsv_next (tsv, &error));
  g_assert_cmpstr (layanan_tsv_get (tsv, "weekday"), ==, "6");
  g_assert_cmpstr (layanan_tsv_get (tsv, "start"), ==, "");
  g_assert_cmpstr (layanan_tsv_get (tsv, "end"), ==, "");

  /* A long one is an error that names the line. */
  g_assert_false (layanan_tsv_next (tsv, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  assert_message_has (error, where);
  assert_message_has (error, "4 fields");
}

static void
test_line_endings_and_blank_lines (Fixture       *fixture,
                                   gconstpointer  data)
{
  const char * const required[] = { "b", NULL };
  g_autofree char *path = write_file (fixture, "crlf.tsv",
                                      "a\tb\r\n"
                                      "\r\n"
                                      "1\tone\r\n"
                                      "\n"
                                      "2\ttwo", -1);
  g_autoptr(LayananTsv) tsv = NULL;
  g_autoptr(GError) error = NULL;

  tsv = layanan_tsv_open (path, required, &error);
  g_assert_no_error (error);

  g_assert_true (layanan_tsv_next (tsv, &error));
  g_assert_cmpstr (layanan_tsv_get (tsv, "b"), ==, "one");
  g_assert_cmpuint (layanan_tsv_get_line (tsv), ==, 3);

  /* The last line has no newline. */
  g_assert_true (layanan_tsv_next (tsv, &error));
  g_assert_cmpstr (layanan_tsv_get (tsv, "a"), ==, "2");
  g_assert_cmpstr (layanan_tsv_get (tsv, "b"), ==, "two");
  g_assert_cmpuint (layanan_tsv_get_line (tsv), ==, 5);

  g_assert_false (layanan_tsv_next (tsv, &error));
  g_assert_no_error (error);
}

static void
test_byte_order_mark (Fixture       *fixture,
                      gconstpointer  data)
{
  const char * const required[] = { "date", NULL };
  g_autofree char *path = write_file (fixture, "bom.tsv",
                                      "\xEF\xBB\xBF" "date\tkind\n"
                                      "2026-01-01\tlibur_nasional\n", -1);
  g_autoptr(LayananTsv) tsv = NULL;
  g_autoptr(GError) error = NULL;

  /* Windows editors start UTF-8 files with a byte order mark. */
  tsv = layanan_tsv_open (path, required, &error);
  g_assert_no_error (error);
  g_assert_true (layanan_tsv_next (tsv, &error));
  g_assert_cmpstr (layanan_tsv_get (tsv, "date"), ==, "2026-01-01");
}

static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.tsv", NULL);
  g_autofree char *empty = write_file (fixture, "empty.tsv", "", 0);
  g_autofree char *latin1 = write_file (fixture, "latin1.tsv", "kota\nGaruda \xE9t\xE9\n", -1);
  LayananTsv *tsv;
  g_autoptr(GError) error = NULL;

  tsv = layanan_tsv_open (missing, NULL, &error);
  g_assert_null (tsv);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  assert_message_has (error, missing);
  g_clear_error (&error);

  tsv = layanan_tsv_open (empty, NULL, &error);
  g_assert_null (tsv);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  assert_message_has (error, "empty");
  g_clear_error (&error);

  tsv = layanan_tsv_open (latin1, NULL, &error);
  g_assert_null (tsv);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  assert_message_has (error, "UTF-8");
}

static void
test_shipped_files (void)
{
  const struct { const char *name; const char *columns[6]; guint rows; } files[] = {
    { "holidays.tsv", { "date", "kind", "description", "legal_basis", NULL }, 53 },
    { "working-hours.tsv", { "weekday", "start", "end", "break_start", "break_end", NULL }, 7 },
  };
  const char *dir = g_getenv ("LAYANAN_DATA_DIR");

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "reference",
                                                files[i].name, NULL);
      g_autoptr(LayananTsv) tsv = NULL;
      g_autoptr(GError) error = NULL;
      guint rows = 0;

      tsv = layanan_tsv_open (path, files[i].columns, &error);
      g_assert_no_error (error);
      while (layanan_tsv_next (tsv, &error))
        rows++;
      g_assert_no_error (error);
      g_assert_cmpuint (rows, ==, files[i].rows);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/tsv/read-by-name", Fixture, NULL,
              fixture_set_up, test_read_by_name, fixture_tear_down);
  g_test_add ("/core/tsv/reordered-columns", Fixture, NULL,
              fixture_set_up, test_reordered_columns, fixture_tear_down);
  g_test_add ("/core/tsv/missing-column", Fixture, NULL,
              fixture_set_up, test_missing_column, fixture_tear_down);
  g_test_add ("/core/tsv/short-and-long-rows", Fixture, NULL,
              fixture_set_up, test_short_and_long_rows, fixture_tear_down);
  g_test_add ("/core/tsv/line-endings", Fixture, NULL,
              fixture_set_up, test_line_endings_and_blank_lines, fixture_tear_down);
  g_test_add ("/core/tsv/byte-order-mark", Fixture, NULL,
              fixture_set_up, test_byte_order_mark, fixture_tear_down);
  g_test_add ("/core/tsv/unreadable", Fixture, NULL,
              fixture_set_up, test_unreadable, fixture_tear_down);
  g_test_add_func ("/core/tsv/shipped-files", test_shipped_files);

  return g_test_run ();
}
