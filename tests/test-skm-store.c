/* test-skm-store.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "layanan-database.h"
#include "layanan-error.h"
#include "layanan-skm.h"
#include "layanan-test-util.h"

/* The SKM in the store: survey periods per unit, questionnaires saved all
 * or nothing and read back in entry order with their answers placed by the
 * unsur's questionnaire position, per service, and the Rencana Tindak
 * Lanjut. */

#define N_UNSUR 9

/* The 29 questionnaires of DOMAIN.md §1.4 (GASPUL example): Σ per unsur. */
static const guint example_sums[N_UNSUR] = { 105, 101, 100, 116, 102, 105, 106, 105, 115 };
#define N_EXAMPLE 29

typedef struct
{
  char            *dir;
  LayananDatabase *database;
  gint64           kesra;
  gint64           adpim;
  gint64           service_a;
  gint64           service_b;
  gint64           period_id;     /* "Semester I 2026" of kesra */
} Fixture;

static LayananSkmPeriod *
new_period (gint64      unit_id,
            const char *name,
            const char *date_from,
            const char *date_to)
{
  LayananSkmPeriod *period = g_new0 (LayananSkmPeriod, 1);

  period->unit_id = unit_id;
  period->name = g_strdup (name);
  period->kind = LAYANAN_SKM_PERIOD_SEMESTER;
  period->date_from = g_strdup (date_from);
  period->date_to = g_strdup (date_to);
  return period;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LayananSkmPeriod) period = NULL;
  g_autoptr(GError) error = NULL;
  LayananDatabase *database;

  fixture->dir = layanan_test_make_tmp_dir ("skm-store");
  fixture->database = database = layanan_test_open_reference_database (fixture->dir);

  fixture->kesra = layanan_test_query_int (database, "SELECT id FROM units WHERE code = 'kesra'");
  fixture->adpim = layanan_test_query_int (database, "SELECT id FROM units WHERE code = 'adpim'");
  layanan_test_exec (database,
                     "INSERT INTO services (unit_id, position, name) SELECT id, 1, "
                     "  'Fasilitasi Kerukunan Umat Beragama' FROM units WHERE code = 'kesra';"
                     "INSERT INTO services (unit_id, position, name) SELECT id, 2, "
                     "  'Rekomendasi Bantuan Hibah' FROM units WHERE code = 'kesra';");
  fixture->service_a = layanan_test_query_int (database, "SELECT id FROM services "
                                                         "WHERE name LIKE 'Fasilitasi%'");
  fixture->service_b = layanan_test_query_int (database, "SELECT id FROM services "
                                                         "WHERE name LIKE 'Rekomendasi%'");

  period = new_period (fixture->kesra, "Semester I 2026", "2026-01-01", "2026-06-30");
  layanan_database_save_skm_period (database, period, &error);
  g_assert_no_error (error);
  fixture->period_id = period->id;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GPtrArray *
new_responses (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_response_free);
}

static LayananSkmResponse *
new_response (Fixture    *fixture,
              const char *date,
              gint64      service_id)
{
  LayananSkmResponse *response = layanan_skm_response_new ();

  response->period_id = fixture->period_id;
  response->date = g_strdup (date);
  response->service_id = service_id;
  for (guint i = 0; i < N_UNSUR; i++)
    response->answers[i] = 3;
  return response;
}

/* Questionnaire @r of the example: every answer 3, and a 4 for unsur @j on
 * as many questionnaires as its Σ needs above 3 × 29, spread by a stride so
 * that the questionnaires differ. */
static guint8
example_answer (guint r,
                guint j)
{
  guint extra = example_sums[j] - 3 * N_EXAMPLE;

  return (r + j * 7) % N_EXAMPLE < extra ? 4 : 3;
}

static GPtrArray *
example_responses (Fixture *fixture)
{
  GPtrArray *responses = new_responses ();

  for (guint r = 0; r < N_EXAMPLE; r++)
    {
      g_autofree char *date = g_strdup_printf ("2026-03-%02u", r + 1);
      LayananSkmResponse *response = new_response (fixture, date,
                                                   r % 3 == 0 ? fixture->service_b
                                                              : fixture->service_a);

      for (guint j = 0; j < N_UNSUR; j++)
        response->answers[j] = example_answer (r, j);
      response->sex = r % 2 == 0 ? LAYANAN_SKM_SEX_PEREMPUAN : LAYANAN_SKM_SEX_LAKI_LAKI;
      response->age = 20 + r;
      response->education = g_strdup (r % 4 == 0 ? "S1" : "SMA");
      response->occupation = g_strdup ("PNS");
      if (r == 4)
        response->suggestion = g_strdup ("Ruang tunggu perlu kipas angin");
      g_ptr_array_add (responses, response);
    }

  return responses;
}

static void
add_ok (Fixture   *fixture,
        GPtrArray *responses)
{
  g_autoptr(GError) error = NULL;

  layanan_database_add_skm_responses (fixture->database, responses, NULL, &error);
  g_assert_no_error (error);
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
read_back (Fixture *fixture,
           gint64   service_id)
{
  g_autoptr(GPtrArray) read = new_responses ();
  g_autoptr(GError) error = NULL;

  layanan_database_foreach_skm_response (fixture->database, fixture->period_id, service_id,
                                         collect_cb, read, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&read);
}

static void
assert_same_response (const LayananSkmResponse *saved,
                      const LayananSkmResponse *read)
{
  g_assert_cmpint (read->id, ==, saved->id);
  g_assert_cmpint (read->period_id, ==, saved->period_id);
  g_assert_cmpstr (read->date, ==, saved->date);
  g_assert_cmpint (read->service_id, ==, saved->service_id);
  g_assert_cmpint (read->sex, ==, saved->sex);
  g_assert_cmpint (read->age, ==, saved->age);
  g_assert_cmpstr (read->education, ==, saved->education);
  g_assert_cmpstr (read->occupation, ==, saved->occupation);
  g_assert_cmpstr (read->suggestion, ==, saved->suggestion);
  g_assert_cmpmem (read->answers, sizeof read->answers, saved->answers, sizeof saved->answers);
}

/* Unsur and grades */

static void
test_unsur_and_grades (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) unsur = NULL;
  g_autoptr(GPtrArray) grades = NULL;
  g_autoptr(GError) error = NULL;
  LayananSkmUnsur *u8;
  LayananSkmGrade *grade;

  unsur = layanan_database_list_skm_unsur (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unsur->len, ==, N_UNSUR);
  for (guint i = 0; i < unsur->len; i++)
    {
      g_autofree char *code = g_strdup_printf ("U%u", i + 1);

      g_assert_cmpstr (((LayananSkmUnsur *) unsur->pdata[i])->code, ==, code);
      g_assert_cmpint (((LayananSkmUnsur *) unsur->pdata[i])->position, ==, i + 1);
    }
  /* The questionnaire order (DOMAIN.md §1.2): U8 is sarana, not pengaduan. */
  u8 = unsur->pdata[7];
  g_assert_cmpstr (u8->name, ==, "Sarana dan Prasarana");
  g_assert_cmpstr (u8->labels[0], ==, "Buruk");
  g_assert_cmpstr (u8->labels[3], ==, "Sangat Baik");
  g_assert_nonnull (strstr (u8->question, "sarana"));

  grades = layanan_database_list_skm_grades (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grades->len, ==, 4);
  grade = grades->pdata[0];
  g_assert_cmpint (grade->mutu, ==, 'A');
  g_assert_cmpint (grade->nilai_persepsi, ==, 4);
  g_assert_cmpfloat_with_epsilon (grade->min_score, 88.31, 1e-9);
  g_assert_cmpfloat_with_epsilon (grade->max_score, 100.0, 1e-9);
  g_assert_cmpstr (grade->kinerja, ==, "Sangat Baik");
  grade = grades->pdata[3];
  g_assert_cmpint (grade->mutu, ==, 'D');
  g_assert_cmpfloat_with_epsilon (grade->max_score, 64.99, 1e-9);
}

/* Periods */

static void
assert_save_fails (Fixture          *fixture,
                   LayananSkmPeriod *period,
                   int               code,
                   const char       *needle)
{
  g_autoptr(GError) error = NULL;
  gint64 id = period->id;

  g_assert_false (layanan_database_save_skm_period (fixture->database, period, &error));
  g_assert_error (error, LAYANAN_ERROR, code);
  layanan_test_assert_contains (error->message, needle);
  g_assert_cmpint (period->id, ==, id);
}

static void
test_periods (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(LayananSkmPeriod) second = NULL;
  g_autoptr(LayananSkmPeriod) same_name = NULL;
  g_autoptr(LayananSkmPeriod) other_unit = NULL;
  g_autoptr(LayananSkmPeriod) backwards = NULL;
  g_autoptr(LayananSkmPeriod) found = NULL;
  g_autoptr(LayananSkmPeriod) missing = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GError) error = NULL;

  second = new_period (fixture->kesra, "  Semester II 2026 ", "2026-07-01", "2026-12-31");
  second->population = 420;
  g_assert_true (layanan_database_save_skm_period (fixture->database, second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (second->id, >, fixture->period_id);
  g_assert_cmpstr (second->name, ==, "Semester II 2026");

  found = layanan_database_find_skm_period (fixture->database, fixture->kesra,
                                            "Semester II 2026", &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (found->id, ==, second->id);
  g_assert_cmpint (found->kind, ==, LAYANAN_SKM_PERIOD_SEMESTER);
  g_assert_cmpstr (found->date_from, ==, "2026-07-01");
  g_assert_cmpstr (found->date_to, ==, "2026-12-31");
  g_assert_cmpuint (found->population, ==, 420);

  /* Another unit's name space is its own. */
  missing = layanan_database_find_skm_period (fixture->database, fixture->adpim,
                                              "Semester II 2026", &error);
  g_assert_no_error (error);
  g_assert_null (missing);
  other_unit = new_period (fixture->adpim, "Semester II 2026", "2026-07-01", "2026-12-31");
  other_unit->kind = LAYANAN_SKM_PERIOD_TAHUNAN;
  g_assert_true (layanan_database_save_skm_period (fixture->database, other_unit, &error));
  g_assert_no_error (error);

  same_name = new_period (fixture->kesra, "Semester II 2026", "2027-01-01", "2027-06-30");
  assert_save_fails (fixture, same_name, LAYANAN_ERROR_CONSTRAINT, "Semester II 2026");

  backwards = new_period (fixture->kesra, "Triwulan I 2027", "2027-03-31", "2027-01-01");
  backwards->kind = LAYANAN_SKM_PERIOD_TRIWULAN;
  assert_save_fails (fixture, backwards, LAYANAN_ERROR_INVALID_INPUT, "2027-03-31");
  g_free (backwards->date_from);
  backwards->date_from = g_strdup ("2027-02-30");
  assert_save_fails (fixture, backwards, LAYANAN_ERROR_INVALID_INPUT, "Start date");
  g_free (backwards->name);
  backwards->name = g_strdup ("  ");
  assert_save_fails (fixture, backwards, LAYANAN_ERROR_INVALID_INPUT, "name");

  /* Renaming onto another period's name is refused; renaming to its own is not. */
  g_free (second->name);
  second->name = g_strdup ("Semester I 2026");
  assert_save_fails (fixture, second, LAYANAN_ERROR_CONSTRAINT, "Semester I 2026");
  g_free (second->name);
  second->name = g_strdup ("Semester II 2026");
  second->kind = LAYANAN_SKM_PERIOD_CUSTOM;
  second->population = 0;
  g_assert_true (layanan_database_save_skm_period (fixture->database, second, &error));
  g_assert_no_error (error);

  /* Newest first, only the unit's own. */
  periods = layanan_database_list_skm_periods (fixture->database, fixture->kesra, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, ==, 2);
  g_assert_cmpstr (((LayananSkmPeriod *) periods->pdata[0])->name, ==, "Semester II 2026");
  g_assert_cmpint (((LayananSkmPeriod *) periods->pdata[0])->kind, ==, LAYANAN_SKM_PERIOD_CUSTOM);
  g_assert_cmpuint (((LayananSkmPeriod *) periods->pdata[0])->population, ==, 0);
  g_assert_cmpstr (((LayananSkmPeriod *) periods->pdata[1])->name, ==, "Semester I 2026");
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT count(*) FROM skm_periods"), ==, 3);
}

/* A period's new dates must still hold its questionnaires. */
static void
test_period_dates_hold_responses (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GPtrArray) responses = new_responses ();
  g_autoptr(LayananSkmPeriod) period = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (responses, new_response (fixture, "2026-05-20", 0));
  add_ok (fixture, responses);

  period = layanan_database_find_skm_period (fixture->database, fixture->kesra,
                                             "Semester I 2026", &error);
  g_assert_no_error (error);
  g_free (period->date_to);
  period->date_to = g_strdup ("2026-03-31");
  period->kind = LAYANAN_SKM_PERIOD_TRIWULAN;
  assert_save_fails (fixture, period, LAYANAN_ERROR_INVALID_INPUT, "2026-05-20");
  g_free (period->date_to);
  period->date_to = g_strdup ("2026-05-20");
  g_assert_true (layanan_database_save_skm_period (fixture->database, period, &error));
  g_assert_no_error (error);
}

/* Responses */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) responses = example_responses (fixture);
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GError) error = NULL;
  LayananSkmResponse *third;
  guint sums[N_UNSUR] = { 0 };

  add_ok (fixture, responses);
  for (guint r = 0; r < responses->len; r++)
    g_assert_cmpint (((LayananSkmResponse *) responses->pdata[r])->id, >, 0);
  g_assert_cmpint (layanan_database_count_skm_responses (fixture->database, fixture->period_id,
                                                         &error), ==, N_EXAMPLE);
  g_assert_no_error (error);

  read = read_back (fixture, 0);
  g_assert_cmpuint (read->len, ==, N_EXAMPLE);
  for (guint r = 0; r < read->len; r++)
    {
      assert_same_response (responses->pdata[r], read->pdata[r]);
      for (guint j = 0; j < N_UNSUR; j++)
        sums[j] += ((LayananSkmResponse *) read->pdata[r])->answers[j];
    }
  g_assert_cmpmem (sums, sizeof sums, example_sums, sizeof example_sums);

  /* Stored by unsur code: Σ U4 is the all-4 column. */
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT sum(value) FROM skm_answers "
                                           "WHERE unsur_code = 'U4'"), ==, 116);
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT count(*) FROM skm_answers"), ==,
                   N_EXAMPLE * N_UNSUR);

  /* A blank stays blank: no row, and 0 when read; the rest unchanged. */
  third = responses->pdata[2];
  third->answers[4] = 0;
  third->answers[8] = 1;
  g_free (third->suggestion);
  third->suggestion = g_strdup ("Petugas ramah");
  third->sex = LAYANAN_SKM_SEX_UNKNOWN;
  third->age = 0;
  g_clear_pointer (&third->education, g_free);
  g_assert_true (layanan_database_update_skm_response (fixture->database, third, &error));
  g_assert_no_error (error);
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT count(*) FROM skm_answers"), ==,
                   N_EXAMPLE * N_UNSUR - 1);
  g_clear_pointer (&read, g_ptr_array_unref);
  read = read_back (fixture, 0);
  g_assert_cmpuint (read->len, ==, N_EXAMPLE);
  for (guint r = 0; r < read->len; r++)
    assert_same_response (responses->pdata[r], read->pdata[r]);
  g_assert_cmpint (((LayananSkmResponse *) read->pdata[2])->answers[4], ==, 0);
  g_assert_cmpint (((LayananSkmResponse *) read->pdata[2])->sex, ==, LAYANAN_SKM_SEX_UNKNOWN);
}

/* Answers follow the unsur's position, not a column: when the
 * questionnaire order of two unsur is swapped, so are their answers. */
static void
test_answers_follow_unsur_position (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GPtrArray) responses = new_responses ();
  g_autoptr(GPtrArray) read = NULL;
  LayananSkmResponse *response = new_response (fixture, "2026-02-02", 0);

  response->answers[7] = 1;     /* U8 */
  response->answers[8] = 4;     /* U9 */
  g_ptr_array_add (responses, response);
  add_ok (fixture, responses);
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT value FROM skm_answers "
                                           "WHERE unsur_code = 'U9'"), ==, 4);

  layanan_test_exec (fixture->database,
                     "UPDATE skm_unsur SET position = 100 WHERE code = 'U8';"
                     "UPDATE skm_unsur SET position = 8 WHERE code = 'U9';"
                     "UPDATE skm_unsur SET position = 9 WHERE code = 'U8';");
  read = read_back (fixture, 0);
  g_assert_cmpuint (read->len, ==, 1);
  g_assert_cmpint (((LayananSkmResponse *) read->pdata[0])->answers[7], ==, 4);
  g_assert_cmpint (((LayananSkmResponse *) read->pdata[0])->answers[8], ==, 1);
  g_assert_cmpint (((LayananSkmResponse *) read->pdata[0])->answers[0], ==, 3);
}

static void
assert_add_fails (Fixture    *fixture,
                  GPtrArray  *responses,
                  int         code,
                  const char *prefix,
                  const char *needle)
{
  g_autoptr(GError) error = NULL;
  gint64 audit_before = layanan_test_query_int (fixture->database,
                                                "SELECT count(*) FROM audit_log");

  g_assert_false (layanan_database_add_skm_responses (fixture->database, responses, NULL,
                                                      &error));
  g_assert_error (error, LAYANAN_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  if (needle != NULL)
    layanan_test_assert_contains (error->message, needle);

  /* Nothing saved, no id given, nothing in the audit log. */
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT count(*) FROM skm_responses"), ==, 0);
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT count(*) FROM skm_answers"), ==, 0);
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT count(*) FROM audit_log"), ==, audit_before);
  for (guint r = 0; r < responses->len; r++)
    g_assert_cmpint (((LayananSkmResponse *) responses->pdata[r])->id, ==, 0);
}

static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) responses = example_responses (fixture);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  LayananSkmResponse *middle = responses->pdata[14];

  /* A score of 5 in the middle of the pile. */
  middle->answers[3] = 5;
  assert_add_fails (fixture, responses, LAYANAN_ERROR_INVALID_INPUT, "Response 15: ", NULL);
  middle->answers[3] = 4;

  /* A date outside the period, named with the period. */
  g_free (middle->date);
  middle->date = g_strdup ("2026-07-01");
  assert_add_fails (fixture, responses, LAYANAN_ERROR_INVALID_INPUT, "Response 15: ",
                    "Semester I 2026");
  g_free (middle->date);
  middle->date = g_strdup ("2026-02-31");
  assert_add_fails (fixture, responses, LAYANAN_ERROR_INVALID_INPUT, "Response 15: ", NULL);
  g_free (middle->date);
  middle->date = g_strdup ("2026-06-30");

  /* A service that does not exist, an age out of range, an answer beyond
   * the questionnaire's nine unsur. */
  middle->service_id = 9999;
  assert_add_fails (fixture, responses, LAYANAN_ERROR_NOT_FOUND, "Response 15: ", "9999");
  middle->service_id = fixture->service_a;
  middle->age = 121;
  assert_add_fails (fixture, responses, LAYANAN_ERROR_INVALID_INPUT, "Response 15: ", NULL);
  middle->age = 0;
  middle->answers[N_UNSUR] = 2;
  assert_add_fails (fixture, responses, LAYANAN_ERROR_INVALID_INPUT, "Response 15: ", NULL);
  middle->answers[N_UNSUR] = 0;

  /* Cancelled: nothing either. */
  g_cancellable_cancel (cancellable);
  g_assert_false (layanan_database_add_skm_responses (fixture->database, responses, cancellable,
                                                      &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT count(*) FROM skm_responses"), ==, 0);

  /* Mended, the same pile goes in whole. */
  add_ok (fixture, responses);
  g_assert_cmpint (layanan_database_count_skm_responses (fixture->database, fixture->period_id,
                                                         &error), ==, N_EXAMPLE);
  g_assert_no_error (error);
}

static void
test_service_filter (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) responses = example_responses (fixture);
  g_autoptr(GPtrArray) only_b = NULL;
  g_autoptr(GPtrArray) only_a = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) extra = new_responses ();
  gint64 last_id = 0;

  /* One questionnaire that names no service: in the whole, in neither part. */
  add_ok (fixture, responses);
  g_ptr_array_add (extra, new_response (fixture, "2026-04-01", 0));
  add_ok (fixture, extra);

  only_b = read_back (fixture, fixture->service_b);
  only_a = read_back (fixture, fixture->service_a);
  g_assert_cmpuint (only_b->len, ==, 10);      /* r = 0, 3, …, 27 */
  g_assert_cmpuint (only_a->len, ==, N_EXAMPLE - 10);
  for (guint i = 0; i < only_b->len; i++)
    {
      LayananSkmResponse *read = only_b->pdata[i];

      g_assert_cmpint (read->service_id, ==, fixture->service_b);
      g_assert_cmpint (read->id, >, last_id);
      last_id = read->id;
      assert_same_response (responses->pdata[i * 3], read);
    }
  for (guint i = 0; i < only_a->len; i++)
    g_assert_cmpint (((LayananSkmResponse *) only_a->pdata[i])->service_id, ==,
                     fixture->service_a);

  none = read_back (fixture, 0);
  g_assert_cmpuint (none->len, ==, N_EXAMPLE + 1);
  g_assert_cmpint (((LayananSkmResponse *) none->pdata[N_EXAMPLE])->service_id, ==, 0);
}

static void
test_delete_and_count (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) responses = example_responses (fixture);
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(LayananSkmPeriod) other = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deleted_id;

  other = new_period (fixture->kesra, "Triwulan II 2026", "2026-04-01", "2026-06-30");
  g_assert_true (layanan_database_save_skm_period (fixture->database, other, &error));
  g_assert_cmpint (layanan_database_count_skm_responses (fixture->database, fixture->period_id,
                                                         &error), ==, 0);
  g_assert_no_error (error);

  add_ok (fixture, responses);
  deleted_id = ((LayananSkmResponse *) responses->pdata[5])->id;
  g_assert_true (layanan_database_delete_skm_response (fixture->database, deleted_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (layanan_database_count_skm_responses (fixture->database, fixture->period_id,
                                                         &error), ==, N_EXAMPLE - 1);
  g_assert_cmpint (layanan_database_count_skm_responses (fixture->database, other->id,
                                                         &error), ==, 0);
  g_assert_no_error (error);
  /* Its answers went with it. */
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT count(*) FROM skm_answers"), ==,
                   (N_EXAMPLE - 1) * N_UNSUR);

  read = read_back (fixture, 0);
  g_assert_cmpuint (read->len, ==, N_EXAMPLE - 1);
  for (guint i = 0; i < read->len; i++)
    g_assert_cmpint (((LayananSkmResponse *) read->pdata[i])->id, !=, deleted_id);

  g_assert_false (layanan_database_delete_skm_response (fixture->database, deleted_id, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An update of a deleted questionnaire is refused, and adds nothing. */
  g_assert_false (layanan_database_update_skm_response (fixture->database, responses->pdata[5],
                                                        &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_assert_cmpint (layanan_test_query_int (fixture->database,
                                           "SELECT count(*) FROM skm_answers"), ==,
                   (N_EXAMPLE - 1) * N_UNSUR);
}

typedef struct
{
  guint         seen;
  guint         stop_at;
  GCancellable *cancel_at_stop;
} Walk;

static gboolean
stop_cb (const LayananSkmResponse  *response,
         gpointer                   user_data,
         GError                   **error)
{
  Walk *walk = user_data;

  walk->seen++;
  if (walk->seen < walk->stop_at)
    return TRUE;
  if (walk->cancel_at_stop != NULL)
    {
      g_cancellable_cancel (walk->cancel_at_stop);
      return TRUE;
    }

  g_set_error_literal (error, LAYANAN_ERROR, LAYANAN_ERROR_FAILED, "full");
  return FALSE;
}

static void
test_foreach_stops (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) responses = example_responses (fixture);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Walk walk = { .stop_at = 4 };

  add_ok (fixture, responses);

  g_assert_false (layanan_database_foreach_skm_response (fixture->database, fixture->period_id,
                                                         0, stop_cb, &walk, NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpuint (walk.seen, ==, 4);

  walk = (Walk) { .stop_at = 7, .cancel_at_stop = cancellable };
  g_assert_false (layanan_database_foreach_skm_response (fixture->database, fixture->period_id,
                                                         0, stop_cb, &walk, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (walk.seen, ==, 7);
  g_clear_error (&error);

  /* The walk's snapshot is over: the database takes writes again. */
  g_assert_true (layanan_database_delete_skm_response (fixture->database,
                                                       ((LayananSkmResponse *)
                                                        responses->pdata[0])->id, &error));
  g_assert_no_error (error);
}

/* Rencana Tindak Lanjut */

static LayananSkmAction *
new_action (gint64      period_id,
            const char *unsur_code,
            const char *text)
{
  LayananSkmAction *action = g_new0 (LayananSkmAction, 1);

  action->period_id = period_id;
  action->unsur_code = g_strdup (unsur_code);
  action->action = g_strdup (text);
  return action;
}

static void
test_actions (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(LayananSkmAction) waiting_room = NULL;
  g_autoptr(LayananSkmAction) procedure = NULL;
  g_autoptr(LayananSkmAction) unknown = NULL;
  g_autoptr(LayananSkmAction) blank = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  LayananSkmAction *read;

  waiting_room = new_action (fixture->period_id, "U8", "Perbaiki ruang tunggu");
  waiting_room->owner = g_strdup ("Kasubbag Tata Usaha");
  waiting_room->target = g_strdup ("Semester II 2026");
  g_assert_true (layanan_database_save_skm_action (fixture->database, waiting_room, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waiting_room->id, >, 0);

  procedure = new_action (fixture->period_id, "U2", "Sederhanakan alur permohonan");
  g_assert_true (layanan_database_save_skm_action (fixture->database, procedure, &error));
  g_assert_no_error (error);

  unknown = new_action (fixture->period_id, "U42", "Apa saja");
  g_assert_false (layanan_database_save_skm_action (fixture->database, unknown, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  layanan_test_assert_contains (error->message, "U42");
  g_clear_error (&error);
  g_assert_cmpint (unknown->id, ==, 0);
  blank = new_action (fixture->period_id, "U3", " ");
  g_assert_false (layanan_database_save_skm_action (fixture->database, blank, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* The next period's report tells what was done. */
  waiting_room->status = LAYANAN_SKM_ACTION_DONE;
  waiting_room->result = g_strdup ("Kursi dan kipas angin ditambah");
  g_assert_true (layanan_database_save_skm_action (fixture->database, waiting_room, &error));
  g_assert_no_error (error);

  actions = layanan_database_list_skm_actions (fixture->database, fixture->period_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 2);
  /* By unsur in questionnaire order. */
  g_assert_cmpstr (((LayananSkmAction *) actions->pdata[0])->unsur_code, ==, "U2");
  g_assert_cmpint (((LayananSkmAction *) actions->pdata[0])->status, ==,
                   LAYANAN_SKM_ACTION_PLANNED);
  g_assert_null (((LayananSkmAction *) actions->pdata[0])->owner);
  read = actions->pdata[1];
  g_assert_cmpint (read->id, ==, waiting_room->id);
  g_assert_cmpstr (read->unsur_code, ==, "U8");
  g_assert_cmpstr (read->action, ==, "Perbaiki ruang tunggu");
  g_assert_cmpstr (read->owner, ==, "Kasubbag Tata Usaha");
  g_assert_cmpstr (read->target, ==, "Semester II 2026");
  g_assert_cmpint (read->status, ==, LAYANAN_SKM_ACTION_DONE);
  g_assert_cmpstr (read->result, ==, "Kursi dan kipas angin ditambah");

  g_clear_pointer (&actions, g_ptr_array_unref);
  actions = layanan_database_list_skm_actions (fixture->database, fixture->period_id + 1000,
                                               &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/skm/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("unsur-and-grades", test_unsur_and_grades);
  ADD ("periods", test_periods);
  ADD ("period-dates-hold-responses", test_period_dates_hold_responses);
  ADD ("responses/round-trip", test_round_trip);
  ADD ("responses/answers-follow-unsur-position", test_answers_follow_unsur_position);
  ADD ("responses/all-or-nothing", test_all_or_nothing);
  ADD ("responses/service-filter", test_service_filter);
  ADD ("responses/delete-and-count", test_delete_and_count);
  ADD ("responses/foreach-stops", test_foreach_stops);
  ADD ("actions", test_actions);

#undef ADD

  return g_test_run ();
}
