/* bench-skm.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SKM store at 20 000 questionnaires (a large province's year; a
 * bureau's semester is a few hundred), as ratios against a baseline
 * measured in the same run (never absolute thresholds):
 *   - saving them through layanan_database_add_skm_responses (validation,
 *     period and service checks, one row per answer, audit log), against
 *     the same rows written by bare prepared INSERTs into the same tables;
 *   - walking the period's questionnaires with their answers in entry order
 *     (layanan_database_foreach_skm_response), against stepping the bare
 *     ids of skm_answers;
 *   - the IKM computed over them (the walk into layanan_skm_calc, as the
 *     screen and the report do), against the walk alone, and the
 *     computation alone over questionnaires already in memory;
 *   - the SKM report of the period, against the walk and computation.
 * LAYANAN_BENCH_SKM sets the number (default 20000).
 * Run with `meson test -C _build --benchmark --verbose skm`.
 */

#include "config.h"

#include <stdio.h>

#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-skm-export-job.h"
#include "layanan-skm.h"
#include "layanan-test-util.h"

#define BATCH 1000
#define N_UNSUR 9
#define RUNS 5

static const char * const educations[] = { "SD", "SMP", "SMA", "D3", "S1", "S2" };
static const char * const occupations[] = { "PNS", "TNI/POLRI", "Swasta", "Wirausaha", "Lainnya" };

typedef struct
{
  LayananDatabase *database;
  gint64           period_id;
  gint64           baseline_period_id;
  gint64           services[3];
  guint            n_responses;
} Bench;

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Mostly 3 and 4, now and then a 2 or a blank, as paper forms come. */
static LayananSkmResponse *
make_response (Bench   *bench,
               GRand   *rand,
               gint64   period_id,
               guint    index)
{
  LayananSkmResponse *response = layanan_skm_response_new ();

  response->period_id = period_id;
  response->date = g_strdup_printf ("2026-%02u-%02u", 1 + index % 6, 1 + index % 28);
  response->service_id = bench->services[index % G_N_ELEMENTS (bench->services)];
  response->sex = 1 + index % 2;
  response->age = g_rand_int_range (rand, 18, 70);
  response->education = g_strdup (educations[index % G_N_ELEMENTS (educations)]);
  response->occupation = g_strdup (occupations[index % G_N_ELEMENTS (occupations)]);
  for (guint j = 0; j < N_UNSUR; j++)
    {
      int roll = g_rand_int_range (rand, 0, 100);

      response->answers[j] = roll < 2 ? 0 : roll < 10 ? 2 : roll < 60 ? 3 : 4;
    }
  if (index % 50 == 0)
    response->suggestion = g_strdup ("Pertahankan pelayanan yang ramah");
  return response;
}

static double
fill (Bench *bench)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260319);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint done = 0; done < bench->n_responses; done += BATCH)
    {
      g_autoptr(GPtrArray) responses = g_ptr_array_new_with_free_func (
        (GDestroyNotify) layanan_skm_response_free);

      for (guint i = done; i < MIN (done + BATCH, bench->n_responses); i++)
        g_ptr_array_add (responses, make_response (bench, rand, bench->period_id, i));

      layanan_database_add_skm_responses (bench->database, responses, NULL, &error);
      g_assert_no_error (error);
    }

  return ms_since (start);
}

/* The same rows by bare INSERTs, same batches, same triggers. */
static double
fill_baseline (Bench *bench)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260319);
  g_autoptr(sqlite3_stmt) insert_response = NULL;
  g_autoptr(sqlite3_stmt) insert_answer = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = layanan_database_get_handle (bench->database);
  gint64 start = g_get_monotonic_time ();

  insert_response = layanan_database_prepare (bench->database,
                                              "INSERT INTO skm_responses (period_id, date, "
                                              "  service_id, sex, age, education, occupation, "
                                              "  suggestion, created_at) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                                              "  layanan_now ())", &error);
  insert_answer = layanan_database_prepare (bench->database,
                                            "INSERT INTO skm_answers (response_id, unsur_code, "
                                            "  value) VALUES (?1, ?2, ?3)", &error);
  g_assert_no_error (error);

  for (guint done = 0; done < bench->n_responses; done += BATCH)
    {
      g_assert_true (layanan_database_begin (bench->database, &error));
      for (guint i = done; i < MIN (done + BATCH, bench->n_responses); i++)
        {
          g_autoptr(LayananSkmResponse) response = make_response (bench, rand,
                                                                  bench->baseline_period_id, i);
          gint64 id;

          sqlite3_bind_int64 (insert_response, 1, response->period_id);
          sqlite3_bind_text (insert_response, 2, response->date, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (insert_response, 3, response->service_id);
          sqlite3_bind_text (insert_response, 4,
                             response->sex == LAYANAN_SKM_SEX_LAKI_LAKI ? "L" : "P", -1,
                             SQLITE_STATIC);
          sqlite3_bind_int (insert_response, 5, response->age);
          sqlite3_bind_text (insert_response, 6, response->education, -1, SQLITE_STATIC);
          sqlite3_bind_text (insert_response, 7, response->occupation, -1, SQLITE_STATIC);
          layanan_database_bind_text_or_null (insert_response, 8, response->suggestion);
          g_assert_true (layanan_database_step_done (bench->database, insert_response, &error));
          id = sqlite3_last_insert_rowid (db);

          for (guint j = 0; j < N_UNSUR; j++)
            {
              char code[4];

              if (response->answers[j] == 0)
                continue;
              g_snprintf (code, sizeof code, "U%u", j + 1);
              sqlite3_bind_int64 (insert_answer, 1, id);
              sqlite3_bind_text (insert_answer, 2, code, -1, SQLITE_TRANSIENT);
              sqlite3_bind_int (insert_answer, 3, response->answers[j]);
              g_assert_true (layanan_database_step_done (bench->database, insert_answer,
                                                         &error));
            }
        }
      g_assert_true (layanan_database_commit (bench->database, &error));
    }
  g_assert_no_error (error);

  return ms_since (start);
}

typedef struct
{
  guint n_responses;
  guint n_answers;
  guint sums[N_UNSUR];
} Tally;

static gboolean
tally_cb (const LayananSkmResponse  *response,
          gpointer                   user_data,
          GError                   **error)
{
  Tally *tally = user_data;

  tally->n_responses++;
  for (guint j = 0; j < N_UNSUR; j++)
    {
      tally->n_answers += response->answers[j] != 0;
      tally->sums[j] += response->answers[j];
    }
  return TRUE;
}

static double
bench_walk (Bench *bench)
{
  g_autoptr(sqlite3_stmt) bare = NULL;
  g_autoptr(GError) error = NULL;
  Tally tally = { 0 };
  guint n_bare = 0;
  double walk_ms, bare_ms, service_ms;
  gint64 start;

  start = g_get_monotonic_time ();
  for (int run = 0; run < RUNS; run++)
    {
      tally = (Tally) { 0 };
      layanan_database_foreach_skm_response (bench->database, bench->period_id, 0, tally_cb,
                                             &tally, NULL, &error);
      g_assert_no_error (error);
    }
  walk_ms = ms_since (start) / RUNS;
  g_assert_cmpuint (tally.n_responses, ==, bench->n_responses);

  bare = layanan_database_prepare (bench->database,
                                   "SELECT response_id FROM skm_answers "
                                   "WHERE response_id IN (SELECT id FROM skm_responses "
                                   "  WHERE period_id = ?1)", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (bare, 1, bench->period_id);
  start = g_get_monotonic_time ();
  for (int run = 0; run < RUNS; run++)
    {
      n_bare = 0;
      while (sqlite3_step (bare) == SQLITE_ROW)
        n_bare += sqlite3_column_int64 (bare, 0) > 0;
      sqlite3_reset (bare);
    }
  bare_ms = ms_since (start) / RUNS;

  /* Both read every answer, or the speed means nothing. */
  g_assert_cmpuint (tally.n_answers, ==, n_bare);

  start = g_get_monotonic_time ();
  for (int run = 0; run < RUNS; run++)
    {
      Tally one = { 0 };

      layanan_database_foreach_skm_response (bench->database, bench->period_id,
                                             bench->services[1], tally_cb, &one, NULL, &error);
      g_assert_no_error (error);
    }
  service_ms = ms_since (start) / RUNS;

  printf ("walk every questionnaire (%u, %u answers) with answers by unsur: %.1f ms; "
          "bare answer ids (baseline): %.1f ms; ratio %.1f×\n",
          tally.n_responses, tally.n_answers, walk_ms, bare_ms, walk_ms / bare_ms);
  printf ("walk one service's questionnaires (a third): %.1f ms; ratio to the whole walk %.2f\n",
          service_ms, service_ms / walk_ms);
  return walk_ms;
}

static gboolean
calc_cb (const LayananSkmResponse  *response,
         gpointer                   user_data,
         GError                   **error)
{
  layanan_skm_calc_add (user_data, response);
  return TRUE;
}

static gboolean
collect_cb (const LayananSkmResponse  *response,
            gpointer                   user_data,
            GError                   **error)
{
  g_ptr_array_add (user_data, layanan_skm_response_copy (response));
  return TRUE;
}

/* @walk_ms: the walk alone, measured before. */
static double
bench_calc (Bench  *bench,
            double  walk_ms)
{
  g_autoptr(GPtrArray) unsur = NULL;
  g_autoptr(GPtrArray) grades = NULL;
  g_autoptr(GPtrArray) responses = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_skm_response_free);
  g_autoptr(GError) error = NULL;
  double ikm = 0, memory_ikm = 0, calc_ms, memory_ms;
  char mutu = '?';
  gint64 start;

  unsur = layanan_database_list_skm_unsur (bench->database, &error);
  g_assert_no_error (error);
  grades = layanan_database_list_skm_grades (bench->database, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(LayananSkmCalc) calc = layanan_skm_calc_new (unsur, grades);

      layanan_database_foreach_skm_response (bench->database, bench->period_id, 0, calc_cb,
                                             calc, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (layanan_skm_calc_get_n_responses (calc), ==, bench->n_responses);
      ikm = layanan_skm_calc_get_ikm (calc);
      mutu = layanan_skm_calc_get_grade (calc)->mutu;
    }
  calc_ms = ms_since (start) / RUNS;

  layanan_database_foreach_skm_response (bench->database, bench->period_id, 0, collect_cb,
                                         responses, NULL, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(LayananSkmCalc) calc = layanan_skm_calc_new (unsur, grades);

      for (guint i = 0; i < responses->len; i++)
        layanan_skm_calc_add (calc, responses->pdata[i]);
      memory_ikm = layanan_skm_calc_get_ikm (calc);
    }
  memory_ms = ms_since (start) / RUNS;
  g_assert_cmpfloat (ikm, ==, memory_ikm);

  printf ("IKM %.2f (%c) over them, walk + computation: %.1f ms; the walk alone (baseline): "
          "%.1f ms; ratio %.2f×; the computation alone in memory: %.2f ms\n",
          ikm, mutu, calc_ms, walk_ms, calc_ms / walk_ms, memory_ms);
  return calc_ms;
}

/* The SKM report of the period (what Export Report… writes): the same walk
 * and computation per unit and per service, the profile, and the workbook
 * with its formulas and chart. */
static void
bench_export (Bench      *bench,
              const char *dir,
              double      calc_ms)
{
  g_autofree char *out = g_build_filename (dir, "laporan-skm.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double export_ms;

  layanan_skm_export (layanan_database_get_path (bench->database), 1, "Semester I 2026", out,
                      NULL, &error);
  g_assert_no_error (error);
  export_ms = ms_since (start);
  printf ("SKM report of the period (XLSX with formulas and chart): %.0f ms; walk + computation "
          "(baseline): %.1f ms; ratio %.1f×\n", export_ms, calc_ms, export_ms / calc_ms);
}

static gint64
add_period (Bench      *bench,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  LayananSkmPeriod period = { .unit_id = 1, .kind = LAYANAN_SKM_PERIOD_SEMESTER };

  period.name = g_strdup (name);
  period.date_from = g_strdup ("2026-01-01");
  period.date_to = g_strdup ("2026-06-30");
  layanan_database_save_skm_period (bench->database, &period, &error);
  g_assert_no_error (error);
  g_free (period.name);
  g_free (period.date_from);
  g_free (period.date_to);
  return period.id;
}

static void
set_up (Bench      *bench,
        const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "skm.sqlite", NULL);
  g_autofree char *reference = layanan_test_reference_dir ();
  g_autoptr(GError) error = NULL;

  bench->database = layanan_database_open (path, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (bench->database, reference, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bench->services); i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO services (unit_id, position, name) "
                                              "VALUES (1, %u, 'Layanan %u')", i + 1, i + 1);

      layanan_database_exec (bench->database, sql, &error);
      g_assert_no_error (error);
      bench->services[i] = sqlite3_last_insert_rowid (layanan_database_get_handle (
                                                        bench->database));
    }

  bench->period_id = add_period (bench, "Semester I 2026");
  bench->baseline_period_id = add_period (bench, "Semester I 2026 (baseline)");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = layanan_test_make_tmp_dir ("bench-skm");
  const char *n_env = g_getenv ("LAYANAN_BENCH_SKM");
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };
  double insert_ms, baseline_ms;

  g_setenv ("TZ", "Asia/Jakarta", TRUE);
  bench.n_responses = n_env != NULL ? (guint) g_ascii_strtoull (n_env, NULL, 10) : 20000;
  bench.n_responses = MAX (bench.n_responses, 10);
  set_up (&bench, dir);

  baseline_ms = fill_baseline (&bench);
  insert_ms = fill (&bench);
  layanan_database_exec (bench.database, "ANALYZE", &error);
  g_assert_no_error (error);
  printf ("questionnaires: %u per period, %d per transaction\n", bench.n_responses, BATCH);
  printf ("save (add_skm_responses): %.0f questionnaires/s; bare INSERTs (baseline): "
          "%.0f/s; ratio %.2f×\n",
          bench.n_responses / (insert_ms / 1000.0), bench.n_responses / (baseline_ms / 1000.0),
          insert_ms / baseline_ms);

  bench_export (&bench, dir, bench_calc (&bench, bench_walk (&bench)));

  g_clear_object (&bench.database);
  layanan_test_remove_tree (dir);
  return 0;
}
