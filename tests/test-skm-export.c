/* test-skm-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "layanan-error.h"
#include "layanan-skm-export.h"
#include "layanan-skm.h"
#include "layanan-test-util.h"

#define FILE_NAME "laporan-skm.xlsx"
#define UNIT "Biro Kesejahteraan Rakyat"
#define NOW "2026-07-03T10:15:00+07:00"
#define HIBAH "Rekomendasi Hibah"
#define LEGALISASI "Legalisasi Dokumen"
#define KONSULTASI "Konsultasi"

/* The issue's case (and GASPUL_BACKEND's, DOMAIN.md §1.4): 29 respondents
 * whose unsur sums are these; each unsur's answers are 4 for the first
 * (sum − 3 × 29) respondents and 3 for the others. */
#define N_ISSUE 29
static const guint issue_sums[] = { 105, 101, 100, 116, 102, 105, 106, 105, 115 };

static const char *const unsur_names[][2] = {
  { "U1", "Persyaratan" },
  { "U2", "Sistem, Mekanisme, dan Prosedur" },
  { "U3", "Waktu Penyelesaian" },
  { "U4", "Biaya/Tarif" },
  { "U5", "Produk Spesifikasi Jenis Pelayanan" },
  { "U6", "Kompetensi Pelaksana" },
  { "U7", "Perilaku Pelaksana" },
  { "U8", "Sarana dan Prasarana" },
  { "U9", "Penanganan Pengaduan, Saran dan Masukan" },
};

static const struct
{
  char        mutu;
  double      min;
  double      max;
  const char *kinerja;
} grade_table[] = {
  { 'A', 88.31, 100.00, "Sangat Baik" },
  { 'B', 76.61, 88.30, "Baik" },
  { 'C', 65.00, 76.60, "Kurang Baik" },
  { 'D', 25.00, 64.99, "Tidak Baik" },
};

static const char *const educations[] = { "SMA", "S1", "S2", "SD" };
static const char *const occupations[] = { "PNS", "Swasta", "Wiraswasta", "Lainnya" };

static const LayananSkmReportAction actions[] = {
  { FALSE, "U3", "Menyederhanakan alur verifikasi berkas", "Kasubbag Tata Usaha",
    "Semester II 2026", "Direncanakan", NULL },
  { TRUE, "U9", "Menyediakan kotak saran di loket", "Kasubbag Umum", "Semester I 2026",
    "Selesai", "Kotak saran dipasang pada Februari 2026" },
};

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* Everything a report is made of, as the export job would gather it. */
typedef struct
{
  GPtrArray                *unsur;
  GPtrArray                *grades;
  GPtrArray                *responses;     /* LayananSkmResponse */
  LayananSkmCalc           *calc;
  LayananSkmCalc           *by_service[3];
  LayananSkmProfile        *profile;
  GArray                   *lines;         /* LayananSkmReportResponse */
  LayananSkmReportService   services[3];
  LayananSkmReportTrend     trend[3];
  GDateTime                *now;
  LayananSkmReport          report;
} Inputs;

static const char *const service_names[] = { HIBAH, LEGALISASI, KONSULTASI };

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = layanan_test_make_tmp_dir ("skm-export");
  fixture->path = g_build_filename (fixture->dir, FILE_NAME, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_chmod (fixture->dir, 0755);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GPtrArray *
make_unsur (void)
{
  GPtrArray *unsur = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_unsur_free);

  for (guint i = 0; i < G_N_ELEMENTS (unsur_names); i++)
    {
      LayananSkmUnsur *u = g_new0 (LayananSkmUnsur, 1);

      u->code = g_strdup (unsur_names[i][0]);
      u->position = i + 1;
      u->name = g_strdup (unsur_names[i][1]);
      for (guint j = 0; j < 4; j++)
        u->labels[j] = g_strdup_printf ("Jawaban %u", j + 1);
      g_ptr_array_add (unsur, u);
    }
  return unsur;
}

static GPtrArray *
make_grades (void)
{
  GPtrArray *grades = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_grade_free);

  for (guint i = 0; i < G_N_ELEMENTS (grade_table); i++)
    {
      LayananSkmGrade *grade = g_new0 (LayananSkmGrade, 1);

      grade->mutu = grade_table[i].mutu;
      grade->nilai_persepsi = 4 - i;
      grade->min_score = grade_table[i].min;
      grade->max_score = grade_table[i].max;
      grade->kinerja = g_strdup (grade_table[i].kinerja);
      g_ptr_array_add (grades, grade);
    }
  return grades;
}

/* Respondent @i of the issue's 29; every third one about Legalisasi. */
static LayananSkmResponse *
issue_response (guint i)
{
  LayananSkmResponse *response = layanan_skm_response_new ();

  response->date = g_strdup_printf ("2026-03-%02u", i + 1);
  response->service_id = i % 3 == 0 ? 2 : 1;
  response->sex = i % 2 == 0 ? LAYANAN_SKM_SEX_LAKI_LAKI : LAYANAN_SKM_SEX_PEREMPUAN;
  response->age = 20 + i;
  response->education = g_strdup (educations[i % G_N_ELEMENTS (educations)]);
  response->occupation = g_strdup (occupations[i % G_N_ELEMENTS (occupations)]);
  for (guint u = 0; u < G_N_ELEMENTS (issue_sums); u++)
    response->answers[u] = i < issue_sums[u] - 3 * N_ISSUE ? 4 : 3;
  return response;
}

static void
add_response (Inputs             *inputs,
              LayananSkmResponse *response)
{
  guint service = response->service_id == 2 ? 1 : 0;
  LayananSkmReportResponse line = { response, service_names[service] };

  layanan_skm_calc_add (inputs->calc, response);
  layanan_skm_calc_add (inputs->by_service[service], response);
  layanan_skm_profile_add (inputs->profile, response);
  g_ptr_array_add (inputs->responses, response);
  g_array_append_val (inputs->lines, line);
}

/* The issue's 29 respondents, and with @blank a 30th who answered
 * everything 4 but left U3 blank. */
static void
inputs_init (Inputs   *inputs,
             gboolean  blank,
             guint     population)
{
  inputs->unsur = make_unsur ();
  inputs->grades = make_grades ();
  inputs->responses = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_response_free);
  inputs->calc = layanan_skm_calc_new (inputs->unsur, inputs->grades);
  for (guint s = 0; s < G_N_ELEMENTS (service_names); s++)
    {
      inputs->by_service[s] = layanan_skm_calc_new (inputs->unsur, inputs->grades);
      inputs->services[s] = (LayananSkmReportService) { service_names[s], inputs->by_service[s] };
    }
  inputs->profile = layanan_skm_profile_new ();
  inputs->lines = g_array_new (FALSE, TRUE, sizeof (LayananSkmReportResponse));

  for (guint i = 0; i < N_ISSUE; i++)
    add_response (inputs, issue_response (i));
  if (blank)
    {
      LayananSkmResponse *response = issue_response (N_ISSUE);

      for (guint u = 0; u < G_N_ELEMENTS (issue_sums); u++)
        response->answers[u] = u == 2 ? 0 : 4;
      add_response (inputs, response);
    }

  inputs->trend[0] = (LayananSkmReportTrend) { "Semester I 2025", 0, 0 };
  inputs->trend[1] = (LayananSkmReportTrend) { "Semester II 2025", 86.2, 40 };
  inputs->trend[2] = (LayananSkmReportTrend) { "Semester I 2026",
                                               layanan_skm_calc_get_ikm (inputs->calc),
                                               inputs->responses->len };
  inputs->now = g_date_time_new_from_iso8601 (NOW, NULL);
  inputs->report = (LayananSkmReport) {
    .unit_name = UNIT, .period_name = "Semester I 2026",
    .date_from = "2026-01-01", .date_to = "2026-06-30", .population = population,
    .unsur = inputs->unsur, .grades = inputs->grades, .calc = inputs->calc,
    .profile = inputs->profile,
    .responses = (const LayananSkmReportResponse *) (void *) inputs->lines->data,
    .n_responses = inputs->lines->len,
    .services = inputs->services, .n_services = G_N_ELEMENTS (inputs->services),
    .actions = actions, .n_actions = G_N_ELEMENTS (actions),
    .trend = inputs->trend, .n_trend = G_N_ELEMENTS (inputs->trend),
    .exported_by = "Rina Wati", .exported_at = inputs->now,
  };
}

static void
inputs_clear (Inputs *inputs)
{
  g_clear_pointer (&inputs->calc, layanan_skm_calc_free);
  for (guint s = 0; s < G_N_ELEMENTS (inputs->by_service); s++)
    g_clear_pointer (&inputs->by_service[s], layanan_skm_calc_free);
  g_clear_pointer (&inputs->profile, layanan_skm_profile_free);
  g_clear_pointer (&inputs->lines, g_array_unref);
  g_clear_pointer (&inputs->responses, g_ptr_array_unref);
  g_clear_pointer (&inputs->unsur, g_ptr_array_unref);
  g_clear_pointer (&inputs->grades, g_ptr_array_unref);
  g_clear_pointer (&inputs->now, g_date_time_unref);
}

/* What the checker is told: the answers as they went in, and the results
 * worked out by hand (DOMAIN.md §1.4–1.6). */
static char *
expected_json (const Inputs *inputs,
               const char   *ikm,
               guint         minimum,
               gboolean      warning)
{
  g_autoptr(GString) json = g_string_new ("{\"author\": \"" UNIT "\", \"unit\": \"" UNIT "\",");

  g_string_append (json, " \"period\": \"Periode: Semester I 2026 (1 Januari 2026 s.d. 30 Juni"
                         " 2026)\", \"exported\": \"Diekspor oleh Rina Wati, 3 Juli 2026 pukul"
                         " 10.15 WIB\", \"unsur\": [");
  for (guint i = 0; i < G_N_ELEMENTS (unsur_names); i++)
    g_string_append_printf (json, "%s[\"%s\", \"%s\"]", i > 0 ? ", " : "", unsur_names[i][0],
                            unsur_names[i][1]);
  g_string_append (json, "], \"grades\": [");
  for (guint i = 0; i < G_N_ELEMENTS (grade_table); i++)
    g_string_append_printf (json, "%s[\"%c\", %.2f, %.2f, \"%s\"]", i > 0 ? ", " : "",
                            grade_table[i].mutu, grade_table[i].min, grade_table[i].max,
                            grade_table[i].kinerja);
  g_string_append (json, "], \"responses\": [");
  for (guint i = 0; i < inputs->lines->len; i++)
    {
      const LayananSkmReportResponse *line = &g_array_index (inputs->lines,
                                                             LayananSkmReportResponse, i);

      g_string_append_printf (json, "%s[\"%s\", \"%s\", [", i > 0 ? ", " : "",
                              line->response->date, line->service_name);
      for (guint u = 0; u < G_N_ELEMENTS (unsur_names); u++)
        {
          if (line->response->answers[u] == 0)
            g_string_append_printf (json, "%snull", u > 0 ? ", " : "");
          else
            g_string_append_printf (json, "%s%u", u > 0 ? ", " : "", line->response->answers[u]);
        }
      g_string_append (json, "]]");
    }
  g_string_append_printf (json, "], \"ikm\": %s, \"mutu\": \"A\", \"kinerja\": \"Sangat Baik\","
                          " \"population\": %u, \"minimum\": %u, \"warning\": %s,",
                          ikm, inputs->report.population, minimum, warning ? "true" : "false");
  /* Every third respondent (0, 3, … 27: ten) is about Legalisasi. */
  g_string_append_printf (json, " \"services\": [[\"" HIBAH "\", %u], [\"" LEGALISASI "\", %u],"
                          " [\"" KONSULTASI "\", 0]],",
                          inputs->lines->len - 10, 10);
  /* Respondents 0, 2, … 28 are men: fifteen. */
  g_string_append_printf (json, " \"profile_total\": %u, \"profile\": {\"Jenis Kelamin\":"
                          " {\"Laki-laki\": 15, \"Perempuan\": %u}},",
                          inputs->lines->len, inputs->lines->len - 15);
  g_string_append (json,
                   " \"actions\": [[false, \"U3 Waktu Penyelesaian\", \"Menyederhanakan alur"
                   " verifikasi berkas\", \"Kasubbag Tata Usaha\", \"Semester II 2026\","
                   " \"Direncanakan\", null], [true, \"U9 Penanganan Pengaduan, Saran dan"
                   " Masukan\", \"Menyediakan kotak saran di loket\", \"Kasubbag Umum\","
                   " \"Semester I 2026\", \"Selesai\", \"Kotak saran dipasang pada Februari"
                   " 2026\"]],");
  g_string_append_printf (json, " \"trend\": [[\"Semester I 2025\", null, \"\xe2\x80\x94\", 0],"
                          " [\"Semester II 2025\", 86.2, \"B\", 40],"
                          " [\"Semester I 2026\", %s, \"A\", %u]]}",
                          ikm, inputs->lines->len);
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static void
export_and_check (Fixture  *fixture,
                  gboolean  blank,
                  gboolean  with_libreoffice)
{
  g_autofree char *soffice = with_libreoffice ? g_find_program_in_path ("soffice") : NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  Inputs inputs = { 0 };

  if (with_libreoffice && soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  /* A population of 100 needs 80 respondents (Krejcie & Morgan); none
   * entered, no minimum and no warning. */
  inputs_init (&inputs, blank, blank ? 0 : 100);
  g_assert_true (layanan_skm_report_write (&inputs.report, fixture->path, &error));
  g_assert_no_error (error);

  /* 955/261 × 25 = 91,48 for the issue's case; with the 30th respondent,
   * U3 is 100/29 and the others over 30: 91,71. */
  expected = expected_json (&inputs, blank ? "91.71" : "91.48", blank ? 0 : 80, !blank);
  layanan_test_check_workbook ("check-skm-report.py", fixture->path, expected, fixture->dir,
                               soffice);
  inputs_clear (&inputs);
}

/* The issue's 29 respondents: IKM 91,48, A, in the cells and the summary. */
static void
test_issue_case (Fixture       *fixture,
                 gconstpointer  data)
{
  export_and_check (fixture, FALSE, FALSE);
}

/* A blank answer is an empty cell that only its unsur's count leaves out. */
static void
test_blank_answer (Fixture       *fixture,
                   gconstpointer  data)
{
  export_and_check (fixture, TRUE, FALSE);
}

/* LibreOffice recomputes Σ, NRR, NRR tertimbang and IKM from the formulas
 * to the app's own values. */
static void
test_libreoffice (Fixture       *fixture,
                  gconstpointer  data)
{
  export_and_check (fixture, FALSE, TRUE);
  export_and_check (fixture, TRUE, TRUE);
}

/* A folder that does not exist, one that is a file, one that is read-only:
 * the message names the workbook, and nothing is left behind. */
static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "tidak-ada", FILE_NAME, NULL);
  g_autofree char *file = g_build_filename (fixture->dir, "laporan", NULL);
  g_autofree char *inside_file = g_build_filename (file, FILE_NAME, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;
  Inputs inputs = { 0 };

  inputs_init (&inputs, FALSE, 0);
  g_assert_false (layanan_skm_report_write (&inputs.report, missing, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  layanan_test_assert_contains (error->message, missing);
  layanan_test_assert_contains (error->message, "SKM report");
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (file, "", -1, NULL));
  g_assert_false (layanan_skm_report_write (&inputs.report, inside_file, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY);
  layanan_test_assert_contains (error->message, inside_file);
  g_clear_error (&error);

  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
      g_assert_false (layanan_skm_report_write (&inputs.report, fixture->path, &error));
      g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_DATABASE_READ_ONLY);
      layanan_test_assert_contains (error->message, fixture->path);
      g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
    }

  left = layanan_test_list_dir (fixture->dir);
  g_assert_cmpstr (left, ==, "laporan");
  inputs_clear (&inputs);
}

/* A questionnaire date that is not one, or a period that is not, is
 * refused naming it, and an earlier report stays as it was. */
static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;
  Inputs inputs = { 0 };
  LayananSkmResponse *third;

  inputs_init (&inputs, FALSE, 0);
  g_assert_true (g_file_set_contents (fixture->path, "the last report", -1, NULL));

  third = g_ptr_array_index (inputs.responses, 2);
  g_free (third->date);
  third->date = g_strdup ("2026-02-30");
  g_assert_false (layanan_skm_report_write (&inputs.report, fixture->path, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  layanan_test_assert_contains (error->message, "Questionnaire 3");
  layanan_test_assert_contains (error->message, "2026-02-30");
  g_clear_error (&error);

  third->date = (g_free (third->date), g_strdup ("2026-02-28"));
  inputs.report.date_to = "2026-06-31";
  g_assert_false (layanan_skm_report_write (&inputs.report, fixture->path, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  layanan_test_assert_contains (error->message, "2026-06-31");

  left = layanan_test_list_dir (fixture->dir);
  g_assert_cmpstr (left, ==, FILE_NAME);
  g_assert_true (g_file_get_contents (fixture->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the last report");
  inputs_clear (&inputs);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/export/skm/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("issue-case", test_issue_case);
  ADD ("blank-answer", test_blank_answer);
  ADD ("libreoffice", test_libreoffice);
  ADD ("unwritable", test_unwritable);
  ADD ("bad-input", test_bad_input);
#undef ADD

  return g_test_run ();
}
