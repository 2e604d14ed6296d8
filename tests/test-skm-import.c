/* test-skm-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-csv.h"
#include "layanan-error.h"
#include "layanan-skm-import.h"
#include "layanan-startup.h"
#include "layanan-test-util.h"

#define PERIOD_NAME "Semester I 2026"

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

  fixture->dir = layanan_test_make_tmp_dir ("skm-import");
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
  return g_build_filename (g_getenv ("LAYANAN_SOURCE_ROOT"), "tests", "data", "skm", name, NULL);
}

/* The first semester of 2026 of the fixture's unit, made if missing. */
static LayananSkmImportTarget
semester_target (Fixture *fixture)
{
  return (LayananSkmImportTarget) { 0, fixture->unit_id, PERIOD_NAME, "2026-01-01",
                                    "2026-06-30" };
}

static gboolean
import_file (Fixture                       *fixture,
             const char                    *name,
             const LayananSkmImportTarget  *target,
             LayananSkmImportFlags          flags,
             LayananSkmImportResult       **result,
             GError                       **error)
{
  g_autofree char *path = data_path (name);

  return layanan_skm_import (fixture->database_path, path, NULL, target, flags, NULL, result,
                             error);
}

static LayananSkmPeriod *
find_period (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  LayananSkmPeriod *period = layanan_database_find_skm_period (fixture->database,
                                                               fixture->unit_id, PERIOD_NAME,
                                                               &error);

  g_assert_no_error (error);
  return period;
}

static gint64
count_responses (Fixture *fixture)
{
  return layanan_test_query_int (fixture->database, "SELECT count(*) FROM skm_responses");
}

static gboolean
collect_cb (const LayananSkmResponse  *response,
            gpointer                   user_data,
            GError                   **error)
{
  g_ptr_array_add (user_data, layanan_skm_response_copy (response));
  return TRUE;
}

static GPtrArray *
list_responses (Fixture *fixture,
                gint64   period_id)
{
  GPtrArray *responses = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                         layanan_skm_response_free);
  g_autoptr(GError) error = NULL;

  g_assert_true (layanan_database_foreach_skm_response (fixture->database, period_id, 0,
                                                        collect_cb, responses, NULL, &error));
  g_assert_no_error (error);
  return responses;
}

/* A new period is made with the import, a semester by its dates. */
static void
test_clean_file (Fixture       *fixture,
                 gconstpointer  data)
{
  LayananSkmImportTarget target = semester_target (fixture);
  g_autoptr(LayananSkmImportResult) result = NULL;
  g_autoptr(LayananSkmPeriod) period = NULL;
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;
  LayananSkmResponse *response;

  g_assert_null (find_period (fixture));
  g_assert_true (import_file (fixture, "numbers.csv", &target, LAYANAN_SKM_IMPORT_DEFAULT,
                              &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->n_rows, ==, 3);
  g_assert_cmpuint (result->n_imported, ==, 3);
  g_assert_cmpuint (result->n_skipped, ==, 0);
  g_assert_true (result->period_created);

  period = find_period (fixture);
  g_assert_nonnull (period);
  g_assert_cmpint (period->id, ==, result->period_id);
  g_assert_cmpint (period->kind, ==, LAYANAN_SKM_PERIOD_SEMESTER);
  g_assert_cmpstr (period->date_from, ==, "2026-01-01");
  g_assert_cmpstr (period->date_to, ==, "2026-06-30");

  responses = list_responses (fixture, period->id);
  g_assert_cmpuint (responses->len, ==, 3);
  response = g_ptr_array_index (responses, 1);
  g_assert_cmpstr (response->date, ==, "2026-03-03");
  g_assert_cmpint (response->age, ==, 41);
  g_assert_cmpint (response->answers[2], ==, 2);
  g_assert_cmpint (response->answers[8], ==, 0);

  /* The period found by name the second time, not made again. */
  layanan_skm_import_result_free (g_steal_pointer (&result));
  g_assert_true (import_file (fixture, "names.csv", &target, LAYANAN_SKM_IMPORT_DEFAULT,
                              &result, &error));
  g_assert_no_error (error);
  g_assert_false (result->period_created);
  g_assert_cmpint (result->period_id, ==, period->id);
  g_assert_cmpint (count_responses (fixture), ==, 4);
}

static void
test_dirty_file_imports_nothing (Fixture       *fixture,
                                 gconstpointer  data)
{
  LayananSkmImportTarget target = semester_target (fixture);
  g_autoptr(LayananSkmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  LayananSkmCsvProblem *problem;

  g_assert_false (import_file (fixture, "bad.csv", &target, LAYANAN_SKM_IMPORT_DEFAULT,
                               &result, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  layanan_test_assert_contains (error->message, "5 of 8 rows have problems");
  layanan_test_assert_contains (error->message, "Line 3, column “U3”: “5”");

  g_assert_nonnull (result);
  g_assert_cmpuint (result->n_rows, ==, 8);
  g_assert_cmpuint (result->n_skipped, ==, 5);
  g_assert_cmpuint (result->n_imported, ==, 0);
  g_assert_cmpuint (result->n_problems, ==, 7);
  problem = g_ptr_array_index (result->problems, 1);
  g_assert_cmpuint (problem->line, ==, 7);
  g_assert_cmpstr (problem->column, ==, "Tanggal");

  /* Neither the questionnaires nor the period they were for. */
  g_assert_cmpint (count_responses (fixture), ==, 0);
  g_assert_null (find_period (fixture));
}

static void
test_skip_bad_rows (Fixture       *fixture,
                    gconstpointer  data)
{
  LayananSkmImportTarget target = semester_target (fixture);
  g_autoptr(LayananSkmImportResult) result = NULL;
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (import_file (fixture, "bad.csv", &target, LAYANAN_SKM_IMPORT_SKIP_BAD_ROWS,
                              &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->n_imported, ==, 3);
  g_assert_cmpuint (result->n_skipped, ==, 5);
  g_assert_cmpuint (result->problems->len, ==, 7);

  responses = list_responses (fixture, result->period_id);
  g_assert_cmpuint (responses->len, ==, 3);
  g_assert_cmpstr (((LayananSkmResponse *) g_ptr_array_index (responses, 1))->suggestion, ==,
                   "Antrean panjang,\nmohon ditambah loket\npada jam sibuk");
  g_assert_cmpstr (((LayananSkmResponse *) g_ptr_array_index (responses, 2))->date, ==,
                   "2026-03-08");
}

static void
test_check_only (Fixture       *fixture,
                 gconstpointer  data)
{
  LayananSkmImportTarget target = semester_target (fixture);
  g_autoptr(LayananSkmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (import_file (fixture, "numbers.csv", &target, LAYANAN_SKM_IMPORT_CHECK_ONLY,
                              &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->n_rows, ==, 3);
  g_assert_cmpuint (result->n_imported, ==, 0);
  g_assert_false (result->period_created);
  g_assert_cmpint (count_responses (fixture), ==, 0);
  g_assert_null (find_period (fixture));
}

/* A period that does not exist needs its dates. */
static void
test_unknown_period_without_dates (Fixture       *fixture,
                                   gconstpointer  data)
{
  LayananSkmImportTarget target = { 0, fixture->unit_id, PERIOD_NAME, NULL, NULL };
  g_autoptr(LayananSkmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (import_file (fixture, "numbers.csv", &target, LAYANAN_SKM_IMPORT_DEFAULT,
                               &result, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  layanan_test_assert_contains (error->message, "“" PERIOD_NAME "”");
  g_assert_null (find_period (fixture));
}

/* An existing period by id, with the caller's mapping; its dates bound
 * the questionnaires. */
static void
test_existing_period_and_mapping (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(LayananSkmPeriod) period = g_new0 (LayananSkmPeriod, 1);
  g_autofree char *path = data_path ("numbers.csv");
  g_autoptr(LayananCsv) csv = NULL;
  g_autoptr(GPtrArray) unsur = NULL;
  g_autoptr(LayananSkmCsvMapping) mapping = NULL;
  g_autoptr(LayananSkmImportResult) result = NULL;
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;
  LayananSkmImportTarget target = { 0 };
  LayananSkmCsvProblem *problem;

  /* The store owns the strings: it writes the dates back normalised. */
  period->unit_id = fixture->unit_id;
  period->name = g_strdup ("Maret 2026");
  period->kind = LAYANAN_SKM_PERIOD_CUSTOM;
  period->date_from = g_strdup ("2026-03-03");
  period->date_to = g_strdup ("2026-03-31");
  g_assert_true (layanan_database_save_skm_period (fixture->database, period, &error));
  g_assert_no_error (error);
  target.period_id = period->id;

  unsur = layanan_database_list_skm_unsur (fixture->database, &error);
  g_assert_no_error (error);
  csv = layanan_csv_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (layanan_csv_next (csv, &error));
  mapping = layanan_skm_csv_mapping_new (layanan_csv_get_fields (csv), unsur);
  /* The user says the "No" column is nothing, and leaves out the saran. */
  layanan_skm_csv_mapping_set_column (mapping, LAYANAN_SKM_CSV_FIELD_SUGGESTION, -1);

  g_assert_true (layanan_skm_import (fixture->database_path, path, mapping, &target,
                                     LAYANAN_SKM_IMPORT_SKIP_BAD_ROWS, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_false (result->period_created);
  g_assert_cmpuint (result->n_imported, ==, 2);
  problem = g_ptr_array_index (result->problems, 0);
  g_assert_cmpuint (problem->line, ==, 2);
  layanan_test_assert_contains (problem->message, "outside the survey period");

  responses = list_responses (fixture, period->id);
  g_assert_cmpuint (responses->len, ==, 2);
  g_assert_null (((LayananSkmResponse *) g_ptr_array_index (responses, 1))->suggestion);
}

static void
test_missing_column (Fixture       *fixture,
                     gconstpointer  data)
{
  LayananSkmImportTarget target = semester_target (fixture);
  g_autoptr(LayananSkmImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (import_file (fixture, "missing-column.csv", &target,
                               LAYANAN_SKM_IMPORT_DEFAULT, &result, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  layanan_test_assert_contains (error->message, "missing-column.csv:1:");
  layanan_test_assert_contains (error->message, "“U5 Produk Spesifikasi Jenis Pelayanan”");
  g_assert_null (result);
  g_assert_null (find_period (fixture));
}

typedef struct
{
  GMainLoop              *loop;
  GArray                 *fractions;
  gboolean                ok;
  GError                 *error;
  LayananSkmImportResult *result;
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

  run->ok = layanan_skm_import_finish (res, &run->result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
run_async (Fixture      *fixture,
           const char   *name,
           GCancellable *cancellable,
           AsyncRun     *run)
{
  LayananSkmImportTarget target = semester_target (fixture);
  g_autofree char *path = data_path (name);
  g_autofree char *period_name = g_strdup (PERIOD_NAME);

  /* The job keeps its own copy of the target's strings. */
  target.name = period_name;
  run->loop = g_main_loop_new (NULL, FALSE);
  run->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  layanan_skm_import_async (fixture->database_path, path, NULL, &target,
                            LAYANAN_SKM_IMPORT_DEFAULT, cancellable, progress_cb, run, done_cb,
                            run);
  g_clear_pointer (&period_name, g_free);
  g_main_loop_run (run->loop);
}

static void
async_run_clear (AsyncRun *run)
{
  g_main_loop_unref (run->loop);
  g_array_unref (run->fractions);
  g_clear_error (&run->error);
  layanan_skm_import_result_free (run->result);
}

static void
test_async_progress (Fixture       *fixture,
                     gconstpointer  data)
{
  AsyncRun run = { 0 };

  run_async (fixture, "google-forms.csv", NULL, &run);
  g_assert_no_error (run.error);
  g_assert_true (run.ok);
  g_assert_cmpuint (run.result->n_imported, ==, 4);
  /* Every report came before the callback, rising, ending at 1. */
  g_assert_cmpuint (run.fractions->len, >, 0);
  for (guint i = 1; i < run.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (run.fractions, double, i), >,
                       g_array_index (run.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (run.fractions, double, run.fractions->len - 1), ==, 1.0);
  /* The services by the catalog's names: two of "Pelayanan Konsultasi". */
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT count(*) FROM skm_responses r "
                                           "JOIN services s ON s.id = r.service_id "
                                           "WHERE s.name = 'Pelayanan Konsultasi'"), ==, 2);
  g_assert_cmpint (count_responses (fixture), ==, 4);
  async_run_clear (&run);
}

static void
test_async_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncRun run = { 0 };

  g_cancellable_cancel (cancellable);
  run_async (fixture, "numbers.csv", cancellable, &run);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (run.ok);
  g_assert_cmpint (count_responses (fixture), ==, 0);
  g_assert_null (find_period (fixture));
  async_run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/jobs/skm-import/clean-file", test_clean_file);
  ADD ("/jobs/skm-import/dirty-file-imports-nothing", test_dirty_file_imports_nothing);
  ADD ("/jobs/skm-import/skip-bad-rows", test_skip_bad_rows);
  ADD ("/jobs/skm-import/check-only", test_check_only);
  ADD ("/jobs/skm-import/unknown-period-without-dates", test_unknown_period_without_dates);
  ADD ("/jobs/skm-import/existing-period-and-mapping", test_existing_period_and_mapping);
  ADD ("/jobs/skm-import/missing-column", test_missing_column);
  ADD ("/jobs/skm-import/async-progress", test_async_progress);
  ADD ("/jobs/skm-import/async-cancelled", test_async_cancelled);

#undef ADD

  return g_test_run ();
}
