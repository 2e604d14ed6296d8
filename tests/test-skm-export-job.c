/* test-skm-export-job.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "layanan-database.h"
#include "layanan-error.h"
#include "layanan-skm-export-job.h"
#include "layanan-skm.h"
#include "layanan-test-util.h"

#define FILE_NAME "laporan-skm.xlsx"
#define PERIOD "Semester I 2026"
#define EARLIER "Semester II 2025"
#define HIBAH "Rekomendasi Bantuan Hibah"
#define KERUKUNAN "Fasilitasi Kerukunan Umat Beragama"

/* The issue's sums over 29 respondents (DOMAIN.md §1.4). */
#define N_ISSUE 29
static const guint issue_sums[] = { 105, 101, 100, 116, 102, 105, 106, 105, 115 };

typedef struct
{
  char            *dir;
  char            *path;
  LayananDatabase *database;
  gint64           kesra;
  gint64           hibah;
  gint64           kerukunan;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = layanan_test_make_tmp_dir ("skm-export-job");
  fixture->path = g_build_filename (fixture->dir, FILE_NAME, NULL);
  fixture->database = layanan_test_open_reference_database (fixture->dir);
  fixture->kesra = layanan_test_query_int (fixture->database,
                                           "SELECT id FROM units WHERE code = 'kesra'");
  layanan_test_exec (fixture->database,
                     "INSERT INTO services (unit_id, position, name) SELECT id, 1, "
                     "  '" KERUKUNAN "' FROM units WHERE code = 'kesra';"
                     "INSERT INTO services (unit_id, position, name) SELECT id, 2, "
                     "  '" HIBAH "' FROM units WHERE code = 'kesra';");
  fixture->kerukunan = layanan_test_query_int (fixture->database, "SELECT id FROM services "
                                                                  "WHERE name = '" KERUKUNAN "'");
  fixture->hibah = layanan_test_query_int (fixture->database, "SELECT id FROM services "
                                                              "WHERE name = '" HIBAH "'");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
save_period (Fixture    *fixture,
             const char *name,
             const char *from,
             const char *to,
             guint       population)
{
  g_autoptr(LayananSkmPeriod) period = g_new0 (LayananSkmPeriod, 1);
  g_autoptr(GError) error = NULL;

  period->unit_id = fixture->kesra;
  period->name = g_strdup (name);
  period->kind = LAYANAN_SKM_PERIOD_SEMESTER;
  period->date_from = g_strdup (from);
  period->date_to = g_strdup (to);
  period->population = population;
  g_assert_true (layanan_database_save_skm_period (fixture->database, period, &error));
  g_assert_no_error (error);
  return period->id;
}

static void
save_action (Fixture                *fixture,
             gint64                  period_id,
             const char             *action_text,
             LayananSkmActionStatus  status,
             const char             *result)
{
  g_autoptr(LayananSkmAction) action = g_new0 (LayananSkmAction, 1);
  g_autoptr(GError) error = NULL;

  action->period_id = period_id;
  action->unsur_code = g_strdup ("U3");
  action->action = g_strdup (action_text);
  action->owner = g_strdup ("Kasubbag Tata Usaha");
  action->target = g_strdup (PERIOD);
  action->status = status;
  action->result = g_strdup (result);
  g_assert_true (layanan_database_save_skm_action (fixture->database, action, &error));
  g_assert_no_error (error);
}

/* The issue's 29 questionnaires and a 30th with U3 left blank, every
 * third about Hibah; two earlier ones answering 3 throughout. */
static GString *
save_responses (Fixture *fixture,
                gint64   period_id,
                gint64   earlier_id)
{
  g_autoptr(GPtrArray) responses = g_ptr_array_new_with_free_func (
    (GDestroyNotify) layanan_skm_response_free);
  g_autoptr(GError) error = NULL;
  GString *json = g_string_new ("[");

  for (guint i = 0; i < N_ISSUE + 3; i++)
    {
      LayananSkmResponse *response = layanan_skm_response_new ();
      gboolean earlier = i > N_ISSUE;

      response->period_id = earlier ? earlier_id : period_id;
      response->date = g_strdup_printf (earlier ? "2025-09-%02u" : "2026-03-%02u",
                                        earlier ? i - N_ISSUE : i + 1);
      response->service_id = i % 3 == 0 ? fixture->hibah : fixture->kerukunan;
      response->sex = i % 2 == 0 ? LAYANAN_SKM_SEX_LAKI_LAKI : LAYANAN_SKM_SEX_PEREMPUAN;
      response->age = 20 + i;
      response->education = g_strdup ("SMA");
      for (guint u = 0; u < G_N_ELEMENTS (issue_sums); u++)
        response->answers[u] = earlier ? 3
                               : i == N_ISSUE ? (u == 2 ? 0 : 4)
                               : i < issue_sums[u] - 3 * N_ISSUE ? 4 : 3;
      if (!earlier)
        {
          g_string_append_printf (json, "%s[\"%s\", \"%s\", [", i > 0 ? ", " : "",
                                  response->date, i % 3 == 0 ? HIBAH : KERUKUNAN);
          for (guint u = 0; u < G_N_ELEMENTS (issue_sums); u++)
            {
              g_string_append (json, u > 0 ? ", " : "");
              if (response->answers[u] == 0)
                g_string_append (json, "null");
              else
                g_string_append_printf (json, "%u", response->answers[u]);
            }
          g_string_append (json, "]]");
        }
      g_ptr_array_add (responses, response);
    }
  g_string_append (json, "]");

  g_assert_true (layanan_database_add_skm_responses (fixture->database, responses, NULL, &error));
  g_assert_no_error (error);
  return json;
}

/* The unsur and the grade table as the reference data has them. */
static void
append_reference (Fixture *fixture,
                  GString *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) unsur = layanan_database_list_skm_unsur (fixture->database, &error);
  g_autoptr(GPtrArray) grades = layanan_database_list_skm_grades (fixture->database, &error);

  g_assert_no_error (error);
  g_string_append (json, "\"unsur\": [");
  for (guint i = 0; i < unsur->len; i++)
    {
      const LayananSkmUnsur *u = g_ptr_array_index (unsur, i);

      g_string_append_printf (json, "%s[\"%s\", \"%s\"]", i > 0 ? ", " : "", u->code, u->name);
    }
  g_string_append (json, "], \"grades\": [");
  for (guint i = 0; i < grades->len; i++)
    {
      const LayananSkmGrade *grade = g_ptr_array_index (grades, i);

      g_string_append_printf (json, "%s[\"%c\", %.2f, %.2f, \"%s\"]", i > 0 ? ", " : "",
                              grade->mutu, grade->min_score, grade->max_score, grade->kinerja);
    }
  g_string_append (json, "], ");
}

/* From the store through the job: this period's 30 questionnaires (IKM
 * 91,71 by hand, DOMAIN.md §1.4), its plan, the previous period's plan with
 * what was done, and the trend (the earlier period's all-3 answers: 75,00,
 * C). LibreOffice recomputes the formulas when it is installed. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  gint64 earlier = save_period (fixture, EARLIER, "2025-07-01", "2025-12-31", 0);
  gint64 period = save_period (fixture, PERIOD, "2026-01-01", "2026-06-30", 100);
  g_autoptr(GString) responses = save_responses (fixture, period, earlier);
  g_autoptr(GString) json = g_string_new ("{\"author\": \"Biro Kesejahteraan Rakyat\","
                                          " \"unit\": \"Biro Kesejahteraan Rakyat\","
                                          " \"period\": \"Periode: " PERIOD " (1 Januari 2026"
                                          " s.d. 30 Juni 2026)\", \"exported\": null, ");
  g_autofree char *db_path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
  g_autoptr(GError) error = NULL;

  save_action (fixture, earlier, "Menambah petugas loket", LAYANAN_SKM_ACTION_DONE,
               "Dua petugas ditambah");
  save_action (fixture, period, "Menyederhanakan verifikasi", LAYANAN_SKM_ACTION_PLANNED, NULL);
  append_reference (fixture, json);
  g_string_append_printf (json, "\"responses\": %s,", responses->str);
  g_string_append (json,
                   " \"ikm\": 91.71, \"mutu\": \"A\", \"kinerja\": \"Sangat Baik\","
                   " \"population\": 100, \"minimum\": 80, \"warning\": true,"
                   " \"services\": [[\"" HIBAH "\", 10], [\"" KERUKUNAN "\", 20]],"
                   " \"profile_total\": 30,"
                   " \"profile\": {\"Jenis Kelamin\": {\"Laki-laki\": 15, \"Perempuan\": 15}},"
                   " \"actions\": [[false, \"U3 Waktu Penyelesaian\", \"Menyederhanakan"
                   " verifikasi\", \"Kasubbag Tata Usaha\", \"" PERIOD "\", \"Direncanakan\","
                   " null], [true, \"U3 Waktu Penyelesaian\", \"Menambah petugas loket\","
                   " \"Kasubbag Tata Usaha\", \"" PERIOD "\", \"Selesai\","
                   " \"Dua petugas ditambah\"]],"
                   " \"trend\": [[\"" EARLIER "\", 75.0, \"C\", 2],"
                   " [\"" PERIOD "\", 91.71, \"A\", 30]]}");
  g_clear_object (&fixture->database);

  g_assert_true (layanan_skm_export (db_path, 0, PERIOD, fixture->path, NULL, &error));
  g_assert_no_error (error);
  layanan_test_check_workbook ("check-skm-report.py", fixture->path, json->str, fixture->dir,
                               soffice);
}

/* A period that does not exist is named, and nothing is written. */
static void
test_missing_period (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *db_path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
  g_autoptr(GError) error = NULL;

  g_clear_object (&fixture->database);
  g_assert_false (layanan_skm_export (db_path, 0, "Semester III 2026", fixture->path, NULL,
                                      &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  layanan_test_assert_contains (error->message, "Semester III 2026");
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/jobs/skm-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("export", test_export);
  ADD ("missing-period", test_missing_period);
#undef ADD

  return g_test_run ();
}
