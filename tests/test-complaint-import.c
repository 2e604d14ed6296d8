/* test-complaint-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-complaint-import.h"
#include "layanan-error.h"
#include "layanan-startup.h"
#include "layanan-test-util.h"

typedef struct
{
  char            *dir;
  char            *database_path;
  LayananDatabase *database;
  gint64           unit_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("complaint-import");
  fixture->database_path = g_build_filename (fixture->dir, "kesra.sqlite", NULL);
  fixture->database = layanan_startup_open (fixture->database_path, &error);
  g_assert_no_error (error);
  fixture->unit_id = layanan_test_top_unit_id (fixture->database);
  g_assert_cmpint (fixture->unit_id, >, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->database_path);
}

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("LAYANAN_SOURCE_ROOT"), "tests", "data", "complaints",
                           name, NULL);
}

/* The register, oldest number first, which must hold @n_expected rows. */
static GPtrArray *
list_complaints (Fixture *fixture,
                 guint    n_expected)
{
  g_autoptr(LayananComplaintQuery) query = layanan_complaint_query_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  query->sort = LAYANAN_COMPLAINT_SORT_NUMBER;
  rows = layanan_database_query_complaints (fixture->database, query, NULL, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, n_expected);
  return rows;
}

static void
assert_n_complaints (Fixture *fixture,
                     guint    n_expected)
{
  g_ptr_array_unref (list_complaints (fixture, n_expected));
}

static gboolean
import_file (Fixture                       *fixture,
             const char                    *name,
             LayananComplaintImportFlags    flags,
             LayananComplaintImportResult **result,
             GError                       **error)
{
  g_autofree char *path = data_path (name);

  return layanan_complaint_import (fixture->database_path, path, NULL, fixture->unit_id, flags,
                                   NULL, result, error);
}

/* Imports @name, which must succeed. */
static LayananComplaintImportResult *
import_file_ok (Fixture                    *fixture,
                const char                 *name,
                LayananComplaintImportFlags flags)
{
  LayananComplaintImportResult *result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (import_file (fixture, name, flags, &result, &error));
  g_assert_no_error (error);
  return result;
}

static void
test_clean_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(LayananComplaintImportResult) result = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  LayananComplaintRow *row;

  result = import_file_ok (fixture, "spreadsheet-id.csv", LAYANAN_COMPLAINT_IMPORT_DEFAULT);
  g_assert_cmpuint (result->n_rows, ==, 3);
  g_assert_cmpuint (result->n_imported, ==, 3);
  g_assert_cmpuint (result->n_skipped, ==, 0);
  g_assert_cmpuint (result->problems->len, ==, 0);

  rows = list_complaints (fixture, 3);

  /* Monday 2 March 2026, 09:15, pengaduan ringan (3 jam): 2 h 45 min until
   * the lunch break at 12:00, the last 15 minutes after it at 13:00. */
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->received_at, ==, "2026-03-02T09:15:00+07:00");
  g_assert_cmpstr (row->due_at, ==, "2026-03-02T13:15:00+07:00");
  g_assert_cmpint (row->status, ==, LAYANAN_COMPLAINT_STATUS_SELESAI);
  g_assert_cmpstr (row->category_name, ==, "Pengaduan ringan");

  /* Same day, 13:40, normatif (5 hari kerja): the end of Monday 9 March
   * (3, 4, 5, 6 and 9 March; no holiday between). */
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row->due_at, ==, "2026-03-09T16:00:00+07:00");
  g_assert_cmpint (row->status, ==, LAYANAN_COMPLAINT_STATUS_DITERIMA);
  /* A confidential complaint shows no identity in the list. */
  g_assert_true (row->confidential);
  g_assert_null (row->complainant_name);

  row = g_ptr_array_index (rows, 2);
  g_assert_cmpint (row->status, ==, LAYANAN_COMPLAINT_STATUS_DITINDAKLANJUTI);
  g_assert_cmpstr (row->description, ==, "Petugas tidak ramah,\nmohon dibina");
}

static void
test_dirty_file_imports_nothing (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(LayananComplaintImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  LayananComplaintCsvProblem *first;

  g_assert_false (import_file (fixture, "bad.csv", LAYANAN_COMPLAINT_IMPORT_DEFAULT, &result,
                               &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  /* The message names the file and the first problem with its line and column. */
  g_assert_nonnull (strstr (error->message, "bad.csv"));
  g_assert_nonnull (strstr (error->message, "Tanggal"));
  g_assert_nonnull (strstr (error->message, "31/02/2026"));

  g_assert_nonnull (result);
  g_assert_cmpuint (result->n_rows, ==, 7);
  g_assert_cmpuint (result->n_skipped, ==, 6);
  g_assert_cmpuint (result->n_imported, ==, 0);
  g_assert_cmpuint (result->n_problems, ==, 6);
  first = g_ptr_array_index (result->problems, 0);
  g_assert_cmpuint (first->line, ==, 2);

  assert_n_complaints (fixture, 0);
}

static void
test_skip_bad_rows (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LayananComplaintImportResult) result = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  LayananComplaintRow *row;

  result = import_file_ok (fixture, "bad.csv", LAYANAN_COMPLAINT_IMPORT_SKIP_BAD_ROWS);
  g_assert_cmpuint (result->n_imported, ==, 1);
  g_assert_cmpuint (result->n_skipped, ==, 6);
  g_assert_cmpuint (result->problems->len, ==, 6);

  rows = list_complaints (fixture, 1);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->description, ==, "Baris yang benar");
  g_assert_cmpint (row->register_number, ==, 1);
}

static void
test_check_only (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(LayananComplaintImportResult) result = NULL;

  result = import_file_ok (fixture, "lapor-export.csv", LAYANAN_COMPLAINT_IMPORT_CHECK_ONLY);
  g_assert_cmpuint (result->n_rows, ==, 2);
  g_assert_cmpuint (result->n_imported, ==, 0);

  assert_n_complaints (fixture, 0);
}

static void
test_missing_column (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "no-category.csv", NULL);
  g_autoptr(LayananComplaintImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "Tanggal;Kanal;Uraian\n02/03/2026 09:00;WA;x\n", -1, &error);
  g_assert_no_error (error);

  g_assert_false (layanan_complaint_import (fixture->database_path, path, NULL, fixture->unit_id,
                                            LAYANAN_COMPLAINT_IMPORT_SKIP_BAD_ROWS, NULL,
                                            &result, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "no-category.csv:1:"));
  g_assert_null (result);
}

typedef struct
{
  GMainLoop                    *loop;
  GArray                       *fractions;
  gboolean                      ok;
  GError                       *error;
  LayananComplaintImportResult *result;
} AsyncRun;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  AsyncRun *run = user_data;

  g_array_append_val (run->fractions, fraction);
}

static void
done_cb (GObject      *source,
         GAsyncResult *res,
         gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->ok = layanan_complaint_import_finish (res, &run->result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
run_async (Fixture      *fixture,
           const char   *name,
           GCancellable *cancellable,
           AsyncRun     *run)
{
  g_autofree char *path = data_path (name);

  run->loop = g_main_loop_new (NULL, FALSE);
  run->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  layanan_complaint_import_async (fixture->database_path, path, NULL, fixture->unit_id,
                                  LAYANAN_COMPLAINT_IMPORT_DEFAULT, cancellable, progress_cb, run,
                                  done_cb, run);
  g_main_loop_run (run->loop);
}

static void
async_run_clear (AsyncRun *run)
{
  g_main_loop_unref (run->loop);
  g_array_unref (run->fractions);
  g_clear_error (&run->error);
  layanan_complaint_import_result_free (run->result);
}

static void
test_async_progress (Fixture       *fixture,
                     gconstpointer  data)
{
  AsyncRun run = { 0 };

  run_async (fixture, "english.csv", NULL, &run);
  g_assert_no_error (run.error);
  g_assert_true (run.ok);
  g_assert_cmpuint (run.result->n_imported, ==, 2);

  /* Every report came before the callback, rising, ending at 1. */
  g_assert_cmpuint (run.fractions->len, >, 0);
  for (guint i = 1; i < run.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (run.fractions, double, i), >,
                       g_array_index (run.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (run.fractions, double, run.fractions->len - 1), ==, 1.0);

  assert_n_complaints (fixture, 2);
  async_run_clear (&run);
}

static void
test_async_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncRun run = { 0 };

  g_cancellable_cancel (cancellable);
  run_async (fixture, "spreadsheet-id.csv", cancellable, &run);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (run.ok);

  assert_n_complaints (fixture, 0);
  async_run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/jobs/complaint-import/clean-file", test_clean_file);
  ADD ("/jobs/complaint-import/dirty-file-imports-nothing", test_dirty_file_imports_nothing);
  ADD ("/jobs/complaint-import/skip-bad-rows", test_skip_bad_rows);
  ADD ("/jobs/complaint-import/check-only", test_check_only);
  ADD ("/jobs/complaint-import/missing-column", test_missing_column);
  ADD ("/jobs/complaint-import/async-progress", test_async_progress);
  ADD ("/jobs/complaint-import/async-cancelled", test_async_cancelled);

#undef ADD

  return g_test_run ();
}
