/* test-skm.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layanan-error.h"
#include "layanan-skm.h"
#include "layanan-test-util.h"
#include "layanan-tsv.h"

/* The tests run untranslated (no setlocale), so messages are the English
 * source strings. The unsur and the grade table come from the shipped
 * data/reference files, read here with the same TSV reader the store
 * uses, so that these tests also check what ships. */

#define N_UNSUR 9

static char *
reference_path (const char *name)
{
  g_autofree char *dir = layanan_test_reference_dir ();

  return g_build_filename (dir, name, NULL);
}

static GPtrArray *
load_unsur (void)
{
  static const char * const columns[] = {
    "code", "position", "name", "question", "label_1", "label_2", "label_3", "label_4", NULL,
  };
  g_autofree char *path = reference_path ("skm-unsur.tsv");
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananTsv) tsv = layanan_tsv_open (path, columns, &error);
  GPtrArray *unsur = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_unsur_free);

  g_assert_no_error (error);
  while (layanan_tsv_next (tsv, &error))
    {
      LayananSkmUnsur *u = g_new0 (LayananSkmUnsur, 1);

      u->code = g_strdup (layanan_tsv_get (tsv, "code"));
      u->position = atoi (layanan_tsv_get (tsv, "position"));
      u->name = g_strdup (layanan_tsv_get (tsv, "name"));
      u->question = g_strdup (layanan_tsv_get (tsv, "question"));
      for (guint i = 0; i < 4; i++)
        {
          g_autofree char *column = g_strdup_printf ("label_%u", i + 1);

          u->labels[i] = g_strdup (layanan_tsv_get (tsv, column));
        }
      g_ptr_array_add (unsur, u);
    }
  g_assert_no_error (error);

  /* The regulation's nine, in questionnaire order (DOMAIN.md §1.2). */
  g_assert_cmpuint (unsur->len, ==, N_UNSUR);
  for (guint i = 0; i < unsur->len; i++)
    {
      const LayananSkmUnsur *u = g_ptr_array_index (unsur, i);
      g_autofree char *code = g_strdup_printf ("U%u", i + 1);

      g_assert_cmpstr (u->code, ==, code);
      g_assert_cmpint (u->position, ==, i + 1);
    }

  return unsur;
}

static GPtrArray *
load_grades (void)
{
  static const char * const columns[] = {
    "mutu", "nilai_persepsi", "min", "max", "kinerja", NULL,
  };
  g_autofree char *path = reference_path ("skm-grades.tsv");
  g_autoptr(GError) error = NULL;
  g_autoptr(LayananTsv) tsv = layanan_tsv_open (path, columns, &error);
  GPtrArray *grades = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_grade_free);

  g_assert_no_error (error);
  while (layanan_tsv_next (tsv, &error))
    {
      LayananSkmGrade *grade = g_new0 (LayananSkmGrade, 1);

      grade->mutu = layanan_tsv_get (tsv, "mutu")[0];
      grade->nilai_persepsi = atoi (layanan_tsv_get (tsv, "nilai_persepsi"));
      grade->min_score = g_ascii_strtod (layanan_tsv_get (tsv, "min"), NULL);
      grade->max_score = g_ascii_strtod (layanan_tsv_get (tsv, "max"), NULL);
      grade->kinerja = g_strdup (layanan_tsv_get (tsv, "kinerja"));
      g_ptr_array_add (grades, grade);
    }
  g_assert_no_error (error);
  g_assert_cmpuint (grades->len, ==, 4);

  return grades;
}

static LayananSkmCalc *
new_calc (void)
{
  g_autoptr(GPtrArray) unsur = load_unsur ();
  g_autoptr(GPtrArray) grades = load_grades ();

  /* The calculation keeps its own copies: the lists go away here. */
  return layanan_skm_calc_new (unsur, grades);
}

static LayananSkmResponse *
new_response (const guint8 answers[N_UNSUR])
{
  LayananSkmResponse *response = layanan_skm_response_new ();

  response->date = g_strdup ("2026-03-19");
  memcpy (response->answers, answers, N_UNSUR);
  return response;
}

static void
add_answers (LayananSkmCalc *calc,
             const guint8    answers[N_UNSUR])
{
  g_autoptr(LayananSkmResponse) response = new_response (answers);

  layanan_skm_calc_add (calc, response);
}

static char
grade_of (const LayananSkmGrade *grade)
{
  return grade != NULL ? grade->mutu : '-';
}

/* The worked example of DOMAIN.md §1.4: 29 respondents whose per-unsur
 * sums are 105, 101, 100, 116, 102, 105, 106, 105, 115. Each answers 3 or
 * 4, so an unsur with sum s has s − 87 fours: respondent r answers 4 to
 * unsur i when r < s_i − 87. */
static const guint example_sums[N_UNSUR] = { 105, 101, 100, 116, 102, 105, 106, 105, 115 };
#define EXAMPLE_N 29

static void
add_example (LayananSkmCalc *calc)
{
  for (guint r = 0; r < EXAMPLE_N; r++)
    {
      guint8 answers[N_UNSUR];

      for (guint i = 0; i < N_UNSUR; i++)
        answers[i] = r < example_sums[i] - 3 * EXAMPLE_N ? 4 : 3;
      add_answers (calc, answers);
    }
}

static void
test_example (void)
{
  g_autoptr(LayananSkmCalc) calc = new_calc ();
  double index_sum = 0.0;

  add_example (calc);

  g_assert_cmpuint (layanan_skm_calc_get_n_unsur (calc), ==, N_UNSUR);
  g_assert_cmpuint (layanan_skm_calc_get_n_responses (calc), ==, EXAMPLE_N);
  for (guint i = 0; i < N_UNSUR; i++)
    {
      const LayananSkmUnsurResult *result = layanan_skm_calc_get_unsur (calc, i);

      g_assert_cmpuint (result->n_answered, ==, EXAMPLE_N);
      g_assert_cmpuint (result->sum, ==, example_sums[i]);
      g_assert_cmpfloat_with_epsilon (result->nrr, example_sums[i] / 29.0, 1e-12);
      g_assert_cmpfloat_with_epsilon (result->nrr_weighted, example_sums[i] / 29.0 / 9.0, 1e-12);
      g_assert_cmpfloat_with_epsilon (result->score, example_sums[i] * 25.0 / 29.0, 1e-12);
      index_sum += result->nrr_weighted;
    }

  /* Σ = 955: IKM = 25 × 955 / (29 × 9) = 91,4750…; with 0,111 it would be
   * 91,38 and with 0,11 90,56 (§1.4). */
  g_assert_cmpfloat_with_epsilon (layanan_skm_calc_get_index (calc), 955.0 / 261.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (layanan_skm_calc_get_index (calc), index_sum, 1e-12);
  g_assert_cmpfloat_with_epsilon (layanan_skm_calc_get_ikm (calc), 955.0 * 25.0 / 261.0, 1e-9);
  g_assert_cmpfloat (layanan_skm_round2 (layanan_skm_calc_get_ikm (calc)), ==, 91.48);
  g_assert_cmpint (grade_of (layanan_skm_calc_get_grade (calc)), ==, 'A');
  g_assert_cmpstr (layanan_skm_calc_get_grade (calc)->kinerja, ==, "Sangat Baik");

  /* Per unsur: U3 (100/29 × 25 = 86,21) is B, U4 (116/29 × 25 = 100) A. */
  g_assert_cmpint (grade_of (layanan_skm_calc_get_unsur (calc, 2)->grade), ==, 'B');
  g_assert_cmpint (grade_of (layanan_skm_calc_get_unsur (calc, 3)->grade), ==, 'A');
  g_assert_cmpint (grade_of (layanan_skm_calc_get_unsur (calc, 0)->grade), ==, 'A');
}

/* A blank answer is left out of its own unsur's count, not counted as 0,
 * and touches no other unsur. */
static void
test_blank_answer (void)
{
  g_autoptr(LayananSkmCalc) before = new_calc ();
  g_autoptr(LayananSkmCalc) after = new_calc ();
  const guint8 blank_u3[N_UNSUR] = { 4, 4, 0, 4, 4, 4, 4, 4, 4 };
  const LayananSkmUnsurResult *u3;

  add_example (before);
  add_example (after);
  add_answers (after, blank_u3);

  g_assert_cmpuint (layanan_skm_calc_get_n_responses (after), ==, EXAMPLE_N + 1);

  u3 = layanan_skm_calc_get_unsur (after, 2);
  g_assert_cmpuint (u3->n_answered, ==, EXAMPLE_N);
  g_assert_cmpuint (u3->sum, ==, 100);
  g_assert_cmpfloat (u3->nrr, ==, layanan_skm_calc_get_unsur (before, 2)->nrr);
  /* As a zero it would have been 100 / 30. */
  g_assert_cmpfloat (u3->nrr, >, 100.0 / 30.0 + 0.1);

  for (guint i = 0; i < N_UNSUR; i++)
    {
      const LayananSkmUnsurResult *result = layanan_skm_calc_get_unsur (after, i);

      if (i == 2)
        continue;
      g_assert_cmpuint (result->n_answered, ==, EXAMPLE_N + 1);
      g_assert_cmpuint (result->sum, ==, example_sums[i] + 4);
      g_assert_cmpfloat_with_epsilon (result->nrr, (example_sums[i] + 4) / 30.0, 1e-12);
    }

  /* Σ NRR = 100/29 + (955 − 100 + 8 × 4)/30; IKM = 25/9 × Σ. */
  g_assert_cmpfloat_with_epsilon (layanan_skm_calc_get_ikm (after),
                                  25.0 / 9.0 * (100.0 / 29.0 + 887.0 / 30.0), 1e-9);
}

/* An unsur nobody answered (say Biaya/Tarif at a unit that charges
 * nothing) has no NRR: it is left out and the IKM is the mean over the
 * unsur answered, rather than pulled down by a zero. */
static void
test_unanswered_unsur (void)
{
  g_autoptr(LayananSkmCalc) calc = new_calc ();
  const guint8 r1[N_UNSUR] = { 3, 4, 2, 4, 0, 2, 4, 4, 0 };
  const guint8 r2[N_UNSUR] = { 3, 4, 4, 4, 0, 4, 4, 4, 0 };
  const guint8 r3[N_UNSUR] = { 3, 4, 0, 4, 0, 3, 4, 4, 0 };
  const LayananSkmUnsurResult *u5;
  double index_sum = 0.0;

  add_answers (calc, r1);
  add_answers (calc, r2);
  add_answers (calc, r3);

  u5 = layanan_skm_calc_get_unsur (calc, 4);
  g_assert_cmpuint (u5->n_answered, ==, 0);
  g_assert_cmpfloat (u5->nrr, ==, 0.0);
  g_assert_cmpfloat (u5->nrr_weighted, ==, 0.0);
  g_assert_null (u5->grade);

  /* NRR: U1 9/3, U2 4, U3 6/2, U4 4, U6 9/3, U7 4, U8 4 — seven unsur,
   * Σ = 25, IKM = 25 × 25 / 7 = 89,29: A. Counting U5 and U9 as 0 would
   * give 25 × 25 / 9 = 69,44: C. */
  for (guint i = 0; i < N_UNSUR; i++)
    index_sum += layanan_skm_calc_get_unsur (calc, i)->nrr_weighted;
  g_assert_cmpfloat_with_epsilon (layanan_skm_calc_get_unsur (calc, 0)->nrr_weighted,
                                  3.0 / 7.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (layanan_skm_calc_get_index (calc), 25.0 / 7.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (layanan_skm_calc_get_index (calc), index_sum, 1e-12);
  g_assert_cmpfloat_with_epsilon (layanan_skm_calc_get_ikm (calc), 625.0 / 7.0, 1e-9);
  g_assert_cmpint (grade_of (layanan_skm_calc_get_grade (calc)), ==, 'A');
}

static void
test_all_same (void)
{
  g_autoptr(LayananSkmCalc) best = new_calc ();
  g_autoptr(LayananSkmCalc) worst = new_calc ();
  const guint8 fours[N_UNSUR] = { 4, 4, 4, 4, 4, 4, 4, 4, 4 };
  const guint8 ones[N_UNSUR] = { 1, 1, 1, 1, 1, 1, 1, 1, 1 };

  for (guint r = 0; r < 7; r++)
    {
      add_answers (best, fours);
      add_answers (worst, ones);
    }

  g_assert_cmpfloat_with_epsilon (layanan_skm_calc_get_index (best), 4.0, 1e-12);
  g_assert_cmpfloat (layanan_skm_round2 (layanan_skm_calc_get_ikm (best)), ==, 100.0);
  g_assert_cmpint (grade_of (layanan_skm_calc_get_grade (best)), ==, 'A');
  g_assert_cmpint (grade_of (layanan_skm_calc_get_unsur (best, 8)->grade), ==, 'A');

  g_assert_cmpfloat_with_epsilon (layanan_skm_calc_get_index (worst), 1.0, 1e-12);
  g_assert_cmpfloat (layanan_skm_round2 (layanan_skm_calc_get_ikm (worst)), ==, 25.0);
  g_assert_cmpint (grade_of (layanan_skm_calc_get_grade (worst)), ==, 'D');
  g_assert_cmpstr (layanan_skm_calc_get_grade (worst)->kinerja, ==, "Tidak Baik");
}

static void
test_empty (void)
{
  g_autoptr(LayananSkmCalc) calc = new_calc ();
  guint weakest[LAYANAN_SKM_WEAKEST];

  g_assert_cmpuint (layanan_skm_calc_get_n_responses (calc), ==, 0);
  g_assert_cmpfloat (layanan_skm_calc_get_ikm (calc), ==, 0.0);
  g_assert_null (layanan_skm_calc_get_grade (calc));
  g_assert_cmpuint (layanan_skm_calc_get_weakest (calc, weakest), ==, 0);
  g_assert_null (layanan_skm_calc_get_unsur (calc, 0)->grade);
}

static void
test_round2 (void)
{
  g_assert_cmpfloat (layanan_skm_round2 (88.305), ==, 88.31);
  g_assert_cmpfloat (layanan_skm_round2 (88.3049999), ==, 88.30);
  g_assert_cmpfloat (layanan_skm_round2 (88.3049), ==, 88.30);
  g_assert_cmpfloat (layanan_skm_round2 (88.30), ==, 88.30);
  /* Stored below their decimal half: 1.00499999999999989…, 2.67499999… */
  g_assert_cmpfloat (layanan_skm_round2 (1.005), ==, 1.01);
  g_assert_cmpfloat (layanan_skm_round2 (2.675), ==, 2.68);
  g_assert_cmpfloat (layanan_skm_round2 (0.125), ==, 0.13);
  g_assert_cmpfloat (layanan_skm_round2 (76.605), ==, 76.61);
  g_assert_cmpfloat (layanan_skm_round2 (64.995), ==, 65.00);
  g_assert_cmpfloat (layanan_skm_round2 (91.4750957), ==, 91.48);
  g_assert_cmpfloat (layanan_skm_round2 (91.4749), ==, 91.47);
  g_assert_cmpfloat (layanan_skm_round2 (100.0), ==, 100.0);
  g_assert_cmpfloat (layanan_skm_round2 (0.0), ==, 0.0);
  g_assert_cmpfloat (layanan_skm_round2 (-1.005), ==, -1.01);
}

static int
compare_min_score (gconstpointer a,
                   gconstpointer b)
{
  const LayananSkmGrade *ga = *(LayananSkmGrade * const *) a;
  const LayananSkmGrade *gb = *(LayananSkmGrade * const *) b;

  return (ga->min_score > gb->min_score) - (ga->min_score < gb->min_score);
}

static void
test_grade_boundaries (void)
{
  g_autoptr(GPtrArray) grades = load_grades ();
  static const struct
  {
    double score;
    char   mutu;
  } cases[] = {
    { 100.0, 'A' }, { 88.31, 'A' }, { 88.305, 'A' }, { 88.3049, 'B' }, { 88.30, 'B' },
    { 76.61, 'B' }, { 76.605, 'B' }, { 76.6049, 'C' }, { 76.60, 'C' },
    { 65.00, 'C' }, { 64.995, 'C' }, { 64.99, 'D' }, { 25.0, 'D' },
    { 100.004, 'A' }, { 100.01, '-' }, { 24.99, '-' }, { 0.0, '-' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char mutu = grade_of (layanan_skm_grade_for (grades, cases[i].score));

      if (mutu != cases[i].mutu)
        g_error ("%.6f graded %c, expected %c", cases[i].score, mutu, cases[i].mutu);
    }

  /* The table is data: its order does not matter, its bounds do. */
  g_ptr_array_sort (grades, compare_min_score);
  g_assert_cmpint (((LayananSkmGrade *) g_ptr_array_index (grades, 0))->mutu, ==, 'D');
  g_assert_cmpint (grade_of (layanan_skm_grade_for (grades, 88.31)), ==, 'A');
  g_assert_cmpint (grade_of (layanan_skm_grade_for (grades, 88.30)), ==, 'B');
  g_assert_cmpint (grade_of (layanan_skm_grade_for (grades, 64.99)), ==, 'D');

  for (guint i = 0; i < grades->len; i++)
    {
      LayananSkmGrade *grade = g_ptr_array_index (grades, i);

      grade->min_score = grade->mutu == 'A' ? 90.0
                         : grade->mutu == 'B' ? 80.0
                         : grade->mutu == 'C' ? 70.0 : 25.0;
    }
  g_assert_cmpint (grade_of (layanan_skm_grade_for (grades, 89.99)), ==, 'B');
  g_assert_cmpint (grade_of (layanan_skm_grade_for (grades, 89.995)), ==, 'A');
  g_assert_cmpint (grade_of (layanan_skm_grade_for (grades, 69.995)), ==, 'C');
  g_assert_cmpint (grade_of (layanan_skm_grade_for (grades, 69.99)), ==, 'D');
}

/* The A/B boundary through the whole computation: every unsur with the
 * same NRR x gives IKM 25 × x once the nine weighted NRR are added back up,
 * which need not be exact in binary. 5 000 questionnaires answering 4 in
 * k of them and 3 otherwise give x = 3 + k/5000. */
static void
assert_boundary (guint       fours,
                 double      expected_ikm,
                 char        expected_mutu)
{
  g_autoptr(LayananSkmCalc) calc = new_calc ();
  const guint8 threes[N_UNSUR] = { 3, 3, 3, 3, 3, 3, 3, 3, 3 };
  const guint8 fours_row[N_UNSUR] = { 4, 4, 4, 4, 4, 4, 4, 4, 4 };
  double ikm;

  for (guint r = 0; r < 5000; r++)
    add_answers (calc, r < fours ? fours_row : threes);

  ikm = layanan_skm_calc_get_ikm (calc);
  g_assert_cmpfloat_with_epsilon (ikm, 25.0 * (3.0 + fours / 5000.0), 1e-9);
  g_assert_cmpfloat (layanan_skm_round2 (ikm), ==, expected_ikm);
  g_assert_cmpint (grade_of (layanan_skm_calc_get_grade (calc)), ==, expected_mutu);
  g_assert_cmpint (grade_of (layanan_skm_calc_get_unsur (calc, 0)->grade), ==, expected_mutu);
}

static void
test_boundary_computed (void)
{
  assert_boundary (2660, 88.30, 'B');   /* NRR 3,532: 88,300 */
  assert_boundary (2661, 88.31, 'A');   /* NRR 3,5322: 88,305 rounds up */
  assert_boundary (2662, 88.31, 'A');   /* NRR 3,5324: 88,310 */
}

/* DOMAIN.md §1.6, the Krejcie & Morgan table as the formula gives it. */
static void
test_minimum_sample (void)
{
  static const guint rows[][2] = {
    { 10, 10 }, { 15, 14 }, { 20, 19 }, { 50, 44 }, { 100, 80 }, { 150, 108 },
    { 200, 132 }, { 300, 169 }, { 500, 217 }, { 750, 254 }, { 1000, 278 },
    { 1500, 306 }, { 2000, 322 }, { 2200, 327 }, { 5000, 357 }, { 10000, 370 },
    { 20000, 377 }, { 50000, 381 }, { 100000, 383 }, { 1000000, 384 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      guint sample = layanan_skm_minimum_sample (rows[i][0]);

      if (sample != rows[i][1])
        g_error ("a population of %u needs %u, not %u", rows[i][0], rows[i][1], sample);
    }

  g_assert_cmpuint (layanan_skm_minimum_sample (0), ==, 0);
  g_assert_cmpuint (layanan_skm_minimum_sample (1), ==, 1);
  /* Never more than the population, and it only grows with it. */
  for (guint n = 1; n < 3000; n++)
    {
      g_assert_cmpuint (layanan_skm_minimum_sample (n), <=, n);
      g_assert_cmpuint (layanan_skm_minimum_sample (n), <=, layanan_skm_minimum_sample (n + 1));
    }
}

static void
test_parse_answer (void)
{
  g_autoptr(GPtrArray) unsur = load_unsur ();
  const LayananSkmUnsur *u1 = g_ptr_array_index (unsur, 0);
  const LayananSkmUnsur *u4 = g_ptr_array_index (unsur, 3);
  const LayananSkmUnsur *u8 = g_ptr_array_index (unsur, 7);
  const LayananSkmUnsur *u9 = g_ptr_array_index (unsur, 8);

  g_assert_cmpint (layanan_skm_parse_answer (u1, "1"), ==, 1);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "4"), ==, 4);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "4.0"), ==, 4);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "3,0"), ==, 3);
  g_assert_cmpint (layanan_skm_parse_answer (u1, " 2 "), ==, 2);
  g_assert_cmpint (layanan_skm_parse_answer (NULL, "2"), ==, 2);

  g_assert_cmpint (layanan_skm_parse_answer (u1, "Sangat sesuai"), ==, 4);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "sangat SESUAI"), ==, 4);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "Sesuai"), ==, 3);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "  Kurang   sesuai "), ==, 2);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "Tidak sesuai"), ==, 1);
  g_assert_cmpint (layanan_skm_parse_answer (u4, "Gratis"), ==, 4);
  g_assert_cmpint (layanan_skm_parse_answer (u4, "Sangat mahal"), ==, 1);
  g_assert_cmpint (layanan_skm_parse_answer (u8, "sangat baik"), ==, 4);
  g_assert_cmpint (layanan_skm_parse_answer (u8, "Baik"), ==, 3);
  g_assert_cmpint (layanan_skm_parse_answer (u9, "Ada tetapi tidak berfungsi"), ==, 2);

  g_assert_cmpint (layanan_skm_parse_answer (u1, ""), ==, 0);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "   "), ==, 0);
  g_assert_cmpint (layanan_skm_parse_answer (u1, NULL), ==, 0);

  g_assert_cmpint (layanan_skm_parse_answer (u1, "5"), ==, -1);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "0"), ==, -1);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "3.5"), ==, -1);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "4x"), ==, -1);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "-1"), ==, -1);
  /* Another unsur's label is not an answer to this one. */
  g_assert_cmpint (layanan_skm_parse_answer (u1, "Sangat mudah"), ==, -1);
  g_assert_cmpint (layanan_skm_parse_answer (u1, "Baik"), ==, -1);
  g_assert_cmpint (layanan_skm_parse_answer (NULL, "Sesuai"), ==, -1);
}

static void
assert_refused (const LayananSkmResponse *response,
                const char               *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_skm_response_validate (response, N_UNSUR, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  if (strstr (error->message, fragment) == NULL)
    g_error ("the message “%s” does not say “%s”", error->message, fragment);
}

static void
assert_valid (const LayananSkmResponse *response)
{
  g_autoptr(GError) error = NULL;

  if (!layanan_skm_response_validate (response, N_UNSUR, &error))
    g_error ("refused: %s", error->message);
}

static void
test_validate (void)
{
  const guint8 answers[N_UNSUR] = { 4, 3, 0, 2, 1, 4, 4, 3, 0 };
  g_autoptr(LayananSkmResponse) response = new_response (answers);

  response->age = 34;
  response->sex = LAYANAN_SKM_SEX_PEREMPUAN;
  assert_valid (response);

  response->age = 0;
  assert_valid (response);
  response->age = 120;
  assert_valid (response);
  response->age = 150;
  assert_refused (response, "Age: 150");
  response->age = -3;
  assert_refused (response, "Age: -3");
  response->age = 1;
  assert_valid (response);

  response->answers[2] = 5;
  assert_refused (response, "U3: 5");
  response->answers[2] = 0;

  g_free (response->date);
  response->date = g_strdup ("2026-02-31");
  assert_refused (response, "Survey date: ");
  g_free (response->date);
  response->date = NULL;
  assert_refused (response, "Survey date: ");
  g_free (response->date);
  response->date = g_strdup ("19/03/2026");
  assert_refused (response, "Survey date: ");
  g_free (response->date);
  response->date = g_strdup ("2026-03-19");
  assert_valid (response);

  memset (response->answers, 0, sizeof response->answers);
  assert_refused (response, "Answers:");
  /* Only the first n_unsur answers count. */
  response->answers[N_UNSUR] = 9;
  assert_refused (response, "Answers:");
  response->answers[N_UNSUR - 1] = 1;
  assert_valid (response);
}

static void
test_response_copy (void)
{
  const guint8 answers[N_UNSUR] = { 1, 2, 3, 4, 0, 1, 2, 3, 4 };
  g_autoptr(LayananSkmResponse) response = new_response (answers);
  g_autoptr(LayananSkmResponse) copy = NULL;

  response->id = 7;
  response->period_id = 3;
  response->service_id = 11;
  response->sex = LAYANAN_SKM_SEX_LAKI_LAKI;
  response->age = 41;
  response->education = g_strdup ("S1");
  response->occupation = g_strdup ("PNS");
  response->suggestion = g_strdup ("Ruang tunggu diperluas");

  copy = layanan_skm_response_copy (response);
  g_free (response->education);
  response->education = g_strdup ("SMA");
  response->answers[0] = 4;

  g_assert_cmpint (copy->id, ==, 7);
  g_assert_cmpint (copy->period_id, ==, 3);
  g_assert_cmpint (copy->service_id, ==, 11);
  g_assert_cmpint (copy->sex, ==, LAYANAN_SKM_SEX_LAKI_LAKI);
  g_assert_cmpint (copy->age, ==, 41);
  g_assert_cmpstr (copy->date, ==, "2026-03-19");
  g_assert_cmpstr (copy->education, ==, "S1");
  g_assert_cmpstr (copy->occupation, ==, "PNS");
  g_assert_cmpstr (copy->suggestion, ==, "Ruang tunggu diperluas");
  g_assert_cmpmem (copy->answers, N_UNSUR, answers, N_UNSUR);
}

static void
test_unsur_grade_copy (void)
{
  g_autoptr(GPtrArray) unsur = load_unsur ();
  g_autoptr(GPtrArray) grades = load_grades ();
  g_autoptr(LayananSkmUnsur) u9 = layanan_skm_unsur_copy (g_ptr_array_index (unsur, 8));
  g_autoptr(LayananSkmGrade) a = layanan_skm_grade_copy (g_ptr_array_index (grades, 0));

  g_ptr_array_set_size (unsur, 0);
  g_ptr_array_set_size (grades, 0);

  g_assert_cmpstr (u9->code, ==, "U9");
  g_assert_cmpint (u9->position, ==, 9);
  g_assert_cmpstr (u9->name, ==, "Penanganan Pengaduan, Saran dan Masukan");
  g_assert_cmpstr (u9->labels[0], ==, "Tidak ada");
  g_assert_cmpstr (u9->labels[3], ==, "Dikelola dengan baik");
  g_assert_nonnull (strstr (u9->question, "pengaduan"));

  g_assert_cmpint (a->mutu, ==, 'A');
  g_assert_cmpint (a->nilai_persepsi, ==, 4);
  g_assert_cmpfloat (a->min_score, ==, 88.31);
  g_assert_cmpfloat (a->max_score, ==, 100.0);
  g_assert_cmpstr (a->kinerja, ==, "Sangat Baik");
}

static void
assert_weakest (LayananSkmCalc *calc,
                guint           expected_n,
                const char     *expected)
{
  guint weakest[LAYANAN_SKM_WEAKEST] = { 99, 99, 99 };
  guint n = layanan_skm_calc_get_weakest (calc, weakest);
  g_autoptr(GString) codes = g_string_new (NULL);

  g_assert_cmpuint (n, ==, expected_n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (codes, "%sU%u", i > 0 ? " " : "", weakest[i] + 1);
  g_assert_cmpstr (codes->str, ==, expected);
}

static void
test_weakest (void)
{
  g_autoptr(LayananSkmCalc) example = new_calc ();
  g_autoptr(LayananSkmCalc) ties = new_calc ();
  g_autoptr(LayananSkmCalc) few = new_calc ();
  const guint8 r1[N_UNSUR] = { 3, 4, 2, 4, 0, 2, 4, 4, 0 };
  const guint8 r2[N_UNSUR] = { 3, 4, 4, 4, 0, 4, 4, 4, 0 };
  const guint8 r3_tie[N_UNSUR] = { 3, 4, 0, 4, 0, 3, 4, 4, 0 };
  const guint8 r3_low[N_UNSUR] = { 3, 4, 0, 4, 0, 2, 4, 4, 0 };
  const guint8 only_two[N_UNSUR] = { 0, 2, 0, 0, 0, 0, 3, 0, 0 };

  /* Σ 100 (U3), 101 (U2), 102 (U5) over 29 each. */
  add_example (example);
  assert_weakest (example, 3, "U3 U2 U5");

  /* U1 9/3, U3 6/2 and U6 9/3 all have NRR 3 over different counts: a tie,
   * in questionnaire order; the unanswered U5 and U9 are not weakest. */
  add_answers (ties, r1);
  add_answers (ties, r2);
  add_answers (ties, r3_tie);
  assert_weakest (ties, 3, "U1 U3 U6");

  /* U6 at 8/3 goes ahead of them. */
  g_clear_pointer (&ties, layanan_skm_calc_free);
  ties = new_calc ();
  add_answers (ties, r1);
  add_answers (ties, r2);
  add_answers (ties, r3_low);
  assert_weakest (ties, 3, "U6 U1 U3");

  add_answers (few, only_two);
  assert_weakest (few, 2, "U2 U7");
}

typedef struct
{
  LayananSkmSex  sex;
  int            age;
  const char    *education;
  const char    *occupation;
} Respondent;

static void
assert_row (LayananSkmProfile *profile,
            guint              index,
            const char        *characteristic,
            const char        *indicator,
            guint              count,
            guint              n_respondents)
{
  const LayananSkmProfileRow *row = layanan_skm_profile_get_row (profile, index);

  g_assert_nonnull (row);
  g_assert_cmpstr (row->characteristic, ==, characteristic);
  g_assert_cmpstr (row->indicator, ==, indicator);
  g_assert_cmpuint (row->count, ==, count);
  g_assert_cmpfloat_with_epsilon (row->percent, 100.0 * count / n_respondents, 1e-12);
}

static void
test_profile (void)
{
  static const Respondent respondents[] = {
    { LAYANAN_SKM_SEX_LAKI_LAKI, 19, "SMA", "PNS" },
    { LAYANAN_SKM_SEX_PEREMPUAN, 20, "sma ", "Swasta" },
    { LAYANAN_SKM_SEX_PEREMPUAN, 29, "S1", " pns" },
    { LAYANAN_SKM_SEX_LAKI_LAKI, 60, NULL, "" },
    { LAYANAN_SKM_SEX_UNKNOWN, 0, "S1", "Wiraswasta" },
    { LAYANAN_SKM_SEX_PEREMPUAN, 45, "D3", NULL },
    { LAYANAN_SKM_SEX_PEREMPUAN, 59, "  ", "PNS" },
    { LAYANAN_SKM_SEX_LAKI_LAKI, 30, "S1", "Pelajar/Mahasiswa" },
  };
  const guint n = G_N_ELEMENTS (respondents);
  g_autoptr(LayananSkmProfile) profile = layanan_skm_profile_new ();
  double sex_percent = 0.0;
  guint i = 0;

  for (guint r = 0; r < n; r++)
    {
      const guint8 answers[N_UNSUR] = { 3, 3, 3, 3, 3, 3, 3, 3, 3 };
      g_autoptr(LayananSkmResponse) response = new_response (answers);

      response->sex = respondents[r].sex;
      response->age = respondents[r].age;
      response->education = g_strdup (respondents[r].education);
      response->occupation = g_strdup (respondents[r].occupation);
      layanan_skm_profile_add (profile, response);
    }

  g_assert_cmpuint (layanan_skm_profile_get_n_rows (profile), ==, 3 + 7 + 4 + 5);

  assert_row (profile, i++, "Jenis Kelamin", "Laki-laki", 3, n);
  assert_row (profile, i++, "Jenis Kelamin", "Perempuan", 4, n);
  assert_row (profile, i++, "Jenis Kelamin", "Tidak diisi", 1, n);
  for (guint r = 0; r < 3; r++)
    sex_percent += layanan_skm_profile_get_row (profile, r)->percent;
  g_assert_cmpfloat_with_epsilon (sex_percent, 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (layanan_skm_profile_get_row (profile, 1)->percent, 50.0, 1e-12);

  assert_row (profile, i++, "Umur", "< 20 tahun", 1, n);
  assert_row (profile, i++, "Umur", "20–29 tahun", 2, n);
  assert_row (profile, i++, "Umur", "30–39 tahun", 1, n);
  assert_row (profile, i++, "Umur", "40–49 tahun", 1, n);
  assert_row (profile, i++, "Umur", "50–59 tahun", 1, n);
  assert_row (profile, i++, "Umur", "≥ 60 tahun", 1, n);
  assert_row (profile, i++, "Umur", "Tidak diisi", 1, n);

  /* Written values grouped whatever their case, under the first spelling. */
  assert_row (profile, i++, "Pendidikan", "SMA", 2, n);
  assert_row (profile, i++, "Pendidikan", "S1", 3, n);
  assert_row (profile, i++, "Pendidikan", "D3", 1, n);
  assert_row (profile, i++, "Pendidikan", "Tidak diisi", 2, n);

  assert_row (profile, i++, "Pekerjaan", "PNS", 3, n);
  assert_row (profile, i++, "Pekerjaan", "Swasta", 1, n);
  assert_row (profile, i++, "Pekerjaan", "Wiraswasta", 1, n);
  assert_row (profile, i++, "Pekerjaan", "Pelajar/Mahasiswa", 1, n);
  assert_row (profile, i++, "Pekerjaan", "Tidak diisi", 2, n);
}

static void
test_profile_empty (void)
{
  g_autoptr(LayananSkmProfile) profile = layanan_skm_profile_new ();
  guint n_rows = layanan_skm_profile_get_n_rows (profile);

  /* The fixed rows are there, at nought, so an empty report still has its
   * table. */
  g_assert_cmpuint (n_rows, ==, 3 + 7 + 1 + 1);
  for (guint i = 0; i < n_rows; i++)
    {
      const LayananSkmProfileRow *row = layanan_skm_profile_get_row (profile, i);

      g_assert_cmpuint (row->count, ==, 0);
      g_assert_cmpfloat (row->percent, ==, 0.0);
    }
  g_assert_cmpstr (layanan_skm_profile_get_row (profile, n_rows - 1)->characteristic, ==,
                   "Pekerjaan");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/skm/example", test_example);
  g_test_add_func ("/core/skm/blank-answer", test_blank_answer);
  g_test_add_func ("/core/skm/unanswered-unsur", test_unanswered_unsur);
  g_test_add_func ("/core/skm/all-same", test_all_same);
  g_test_add_func ("/core/skm/empty", test_empty);
  g_test_add_func ("/core/skm/round2", test_round2);
  g_test_add_func ("/core/skm/grade-boundaries", test_grade_boundaries);
  g_test_add_func ("/core/skm/boundary-computed", test_boundary_computed);
  g_test_add_func ("/core/skm/minimum-sample", test_minimum_sample);
  g_test_add_func ("/core/skm/parse-answer", test_parse_answer);
  g_test_add_func ("/core/skm/validate", test_validate);
  g_test_add_func ("/core/skm/response-copy", test_response_copy);
  g_test_add_func ("/core/skm/unsur-grade-copy", test_unsur_grade_copy);
  g_test_add_func ("/core/skm/weakest", test_weakest);
  g_test_add_func ("/core/skm/profile", test_profile);
  g_test_add_func ("/core/skm/profile-empty", test_profile_empty);

  return g_test_run ();
}
