/* test-skm-csv.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-csv.h"
#include "layanan-error.h"
#include "layanan-skm-csv.h"

#define KONSULTASI_ID 7
#define NARASUMBER_ID 8
#define N_UNSUR      9
#define UNSUR(i)     (LAYANAN_SKM_CSV_FIELD_UNSUR + (i))

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("LAYANAN_SOURCE_ROOT"), "tests", "data", "skm", name, NULL);
}

/* The unsur the app ships (data/reference/skm-unsur.tsv), read here
 * without the store: code, position, name, question, four labels. */
static GPtrArray *
shipped_unsur (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("LAYANAN_DATA_DIR"), "reference",
                                            "skm-unsur.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *unsur = g_ptr_array_new_with_free_func ((GDestroyNotify) layanan_skm_unsur_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);
      LayananSkmUnsur item = { 0 };

      if (g_strv_length (cells) < 8)
        continue;
      item.code = cells[0];
      item.position = atoi (cells[1]);
      item.name = cells[2];
      item.question = cells[3];
      for (guint l = 0; l < 4; l++)
        item.labels[l] = cells[4 + l];
      g_ptr_array_add (unsur, layanan_skm_unsur_copy (&item));
    }
  g_assert_cmpuint (unsur->len, ==, N_UNSUR);
  return unsur;
}

static LayananSkmCsvMapping *
mapping_for_header (const char * const *header)
{
  g_autoptr(GPtrArray) unsur = shipped_unsur ();

  return layanan_skm_csv_mapping_new (header, unsur);
}

/* The mapping recognised from the header of the sample @name. */
static LayananSkmCsvMapping *
mapping_for_file (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(LayananCsv) csv = NULL;
  g_autoptr(GError) error = NULL;

  csv = layanan_csv_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (layanan_csv_next (csv, &error));
  return mapping_for_header (layanan_csv_get_fields (csv));
}

typedef struct
{
  GPtrArray *responses;   /* LayananSkmResponse */
  GPtrArray *lines;       /* GUINT_TO_POINTER of each response's line */
  GPtrArray *problems;    /* LayananSkmCsvProblem */
} Converted;

static void
converted_free (Converted *converted)
{
  g_ptr_array_unref (converted->responses);
  g_ptr_array_unref (converted->lines);
  g_ptr_array_unref (converted->problems);
  g_free (converted);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Converted, converted_free)

/* Every record of the sample @name through a converter with the columns
 * recognised, two catalog services and the period from @from to @to. */
static Converted *
convert_file (const char *name,
              const char *from,
              const char *to)
{
  g_autofree char *path = data_path (name);
  g_autoptr(LayananCsv) csv = NULL;
  g_autoptr(LayananSkmCsvMapping) mapping = NULL;
  g_autoptr(LayananSkmCsvConverter) converter = NULL;
  g_autoptr(GError) error = NULL;
  Converted *converted = g_new0 (Converted, 1);

  converted->responses = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                         layanan_skm_response_free);
  converted->lines = g_ptr_array_new ();
  converted->problems = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                        layanan_skm_csv_problem_free);

  csv = layanan_csv_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (layanan_csv_next (csv, &error));
  mapping = mapping_for_header (layanan_csv_get_fields (csv));
  g_assert_true (layanan_skm_csv_mapping_check (mapping, &error));
  g_assert_no_error (error);

  converter = layanan_skm_csv_converter_new (mapping, from, to);
  layanan_skm_csv_converter_add_service (converter, KONSULTASI_ID, "Pelayanan Konsultasi");
  layanan_skm_csv_converter_add_service (converter, NARASUMBER_ID, "Pelayanan Penyediaan Narasumber");

  while (layanan_csv_next (csv, &error))
    {
      LayananSkmResponse *response;

      if (layanan_csv_is_blank (csv))
        continue;
      response = layanan_skm_csv_converter_convert (converter, layanan_csv_get_fields (csv),
                                                    layanan_csv_get_line (csv),
                                                    converted->problems);
      if (response != NULL)
        {
          g_ptr_array_add (converted->responses, response);
          g_ptr_array_add (converted->lines, GUINT_TO_POINTER (layanan_csv_get_line (csv)));
        }
    }
  g_assert_no_error (error);
  return converted;
}

static void
assert_answers (const LayananSkmResponse *response,
                const char               *expected)
{
  g_autoptr(GString) answers = g_string_new (NULL);

  for (guint i = 0; i < N_UNSUR; i++)
    g_string_append_c (answers, response->answers[i] == 0 ? '-' : '0' + response->answers[i]);
  g_assert_cmpstr (answers->str, ==, expected);
}

static void
assert_unsur_columns (LayananSkmCsvMapping *mapping,
                      const int             expected[N_UNSUR])
{
  for (guint i = 0; i < N_UNSUR; i++)
    g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, UNSUR (i)), ==, expected[i]);
}

/* ------------------------------------------------------- recognition */

static void
test_recognise_codes (void)
{
  g_autoptr(LayananSkmCsvMapping) mapping = mapping_for_file ("numbers.csv");
  const int unsur[N_UNSUR] = { 6, 7, 8, 9, 10, 11, 12, 13, 14 };

  g_assert_cmpuint (layanan_skm_csv_mapping_get_n_columns (mapping), ==, 16);
  g_assert_cmpuint (layanan_skm_csv_mapping_get_n_fields (mapping), ==, UNSUR (N_UNSUR));
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_DATE),
                   ==, 1);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_SEX),
                   ==, 2);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_AGE),
                   ==, 3);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping,
                                                       LAYANAN_SKM_CSV_FIELD_EDUCATION), ==, 4);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping,
                                                       LAYANAN_SKM_CSV_FIELD_OCCUPATION), ==, 5);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping,
                                                       LAYANAN_SKM_CSV_FIELD_SUGGESTION), ==, 15);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_SERVICE),
                   ==, -1);
  assert_unsur_columns (mapping, unsur);
  g_assert_true (layanan_skm_csv_mapping_check (mapping, NULL));
}

/* "Penanganan Pengaduan, Saran dan Masukan" is U9; the "Saran dan
 * Masukan" after it is the respondent's suggestion. */
static void
test_recognise_names (void)
{
  g_autoptr(LayananSkmCsvMapping) mapping = mapping_for_file ("names.csv");
  const int unsur[N_UNSUR] = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
  g_autofree char *label = layanan_skm_csv_mapping_get_field_label (mapping, UNSUR (2));

  assert_unsur_columns (mapping, unsur);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping,
                                                       LAYANAN_SKM_CSV_FIELD_SUGGESTION), ==, 10);
  g_assert_cmpstr (label, ==, "U3 Waktu Penyelesaian");
  g_assert_true (layanan_skm_csv_mapping_field_is_required (mapping, UNSUR (2)));
  g_assert_false (layanan_skm_csv_mapping_field_is_required (mapping,
                                                             LAYANAN_SKM_CSV_FIELD_SERVICE));
}

/* Google Forms heads each column with the whole question, numbered. */
static void
test_recognise_google_forms (void)
{
  g_autoptr(LayananSkmCsvMapping) mapping = mapping_for_file ("google-forms.csv");
  const int unsur[N_UNSUR] = { 6, 7, 8, 9, 10, 11, 12, 13, 14 };

  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_DATE),
                   ==, 0);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_SERVICE),
                   ==, 1);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_SEX),
                   ==, 2);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_AGE),
                   ==, 3);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping,
                                                       LAYANAN_SKM_CSV_FIELD_SUGGESTION), ==, 15);
  assert_unsur_columns (mapping, unsur);
}

/* Rows of a grid question, unsur by a telling word, an order not the
 * questionnaire's, and columns that are nothing of ours. */
static void
test_recognise_grid_and_words (void)
{
  const char * const header[] = {
    "Stempel waktu", "Alamat email", "Penilaian [Persyaratan]", "Penilaian [U2]",
    "Usia (tahun)", "Penilaian [Kecepatan waktu dalam memberikan pelayanan]", "Biaya",
    "Produk pelayanan", "Kompetensi petugas", "Perilaku petugas", "Sarana", "Penanganan pengaduan",
    "Kritik dan saran Anda", "Jenis kelamin responden", NULL
  };
  g_autoptr(LayananSkmCsvMapping) mapping = mapping_for_header (header);
  const int unsur[N_UNSUR] = { 2, 3, 5, 6, 7, 8, 9, 10, 11 };

  assert_unsur_columns (mapping, unsur);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_DATE),
                   ==, 0);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_AGE),
                   ==, 4);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping,
                                                       LAYANAN_SKM_CSV_FIELD_SUGGESTION), ==, 12);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_SEX),
                   ==, 13);
  for (guint f = 0; f < layanan_skm_csv_mapping_get_n_fields (mapping); f++)
    g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, f), !=, 1);
}

static void
test_missing_column (void)
{
  g_autoptr(LayananSkmCsvMapping) mapping = mapping_for_file ("missing-column.csv");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, UNSUR (4)), ==, -1);
  g_assert_false (layanan_skm_csv_mapping_check (mapping, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“U5 Produk Spesifikasi Jenis Pelayanan”"));
  g_assert_null (strstr (error->message, "“U4 "));
  /* The file's own headers, to pick from. */
  g_assert_nonnull (strstr (error->message, "“U6”"));

  /* Chosen by hand, the file is complete. */
  layanan_skm_csv_mapping_set_column (mapping, UNSUR (4), 5);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, UNSUR (5)), ==, -1);
  g_assert_false (layanan_skm_csv_mapping_check (mapping, NULL));
}

/* ------------------------------------------------------------ mapping */

static void
test_set_column_moves (void)
{
  g_autoptr(LayananSkmCsvMapping) mapping = mapping_for_file ("numbers.csv");

  /* The age moved to the column "No". */
  layanan_skm_csv_mapping_set_column (mapping, LAYANAN_SKM_CSV_FIELD_AGE, 0);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_AGE),
                   ==, 0);
  /* U1's column given to U2: U1 has none now. */
  layanan_skm_csv_mapping_set_column (mapping, UNSUR (1), 6);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, UNSUR (0)), ==, -1);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, UNSUR (1)), ==, 6);
  layanan_skm_csv_mapping_set_column (mapping, LAYANAN_SKM_CSV_FIELD_AGE, -1);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (mapping, LAYANAN_SKM_CSV_FIELD_AGE),
                   ==, -1);
}

static void
test_mapping_string (void)
{
  g_autoptr(LayananSkmCsvMapping) mapping = mapping_for_file ("numbers.csv");
  g_autoptr(LayananSkmCsvMapping) fresh = mapping_for_file ("numbers.csv");
  g_autoptr(LayananSkmCsvMapping) other = mapping_for_file ("names.csv");
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autofree char *other_before = NULL;
  g_autofree char *other_after = NULL;
  g_autoptr(GError) error = NULL;

  layanan_skm_csv_mapping_set_column (mapping, LAYANAN_SKM_CSV_FIELD_SERVICE, 0);
  layanan_skm_csv_mapping_set_column (mapping, UNSUR (8), -1);
  text = layanan_skm_csv_mapping_to_string (mapping);
  g_assert_true (g_str_has_prefix (text, "columns=16;date=1;service=0;sex=2;"));
  g_assert_nonnull (strstr (text, ";U1=6;"));
  g_assert_null (strstr (text, "U9="));

  /* Another reading of the same file takes every choice. */
  g_assert_true (layanan_skm_csv_mapping_apply_string (fresh, text, &error));
  g_assert_no_error (error);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (fresh, LAYANAN_SKM_CSV_FIELD_SERVICE),
                   ==, 0);
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (fresh, UNSUR (8)), ==, -1);
  again = layanan_skm_csv_mapping_to_string (fresh);
  g_assert_cmpstr (again, ==, text);

  /* A file of another shape keeps what was recognised. */
  other_before = layanan_skm_csv_mapping_to_string (other);
  g_assert_false (layanan_skm_csv_mapping_apply_string (other, text, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  other_after = layanan_skm_csv_mapping_to_string (other);
  g_assert_cmpstr (other_after, ==, other_before);

  g_assert_false (layanan_skm_csv_mapping_apply_string (fresh, "columns=16;U1=99", NULL));
  g_assert_false (layanan_skm_csv_mapping_apply_string (fresh, "columns=16;U1=3;U2=3", NULL));
  g_assert_false (layanan_skm_csv_mapping_apply_string (fresh, "U1=3", NULL));
  g_assert_false (layanan_skm_csv_mapping_apply_string (fresh, "rubbish", NULL));
  g_free (again);
  again = layanan_skm_csv_mapping_to_string (fresh);
  g_assert_cmpstr (again, ==, text);

  /* An unsur the list no longer has is passed over. */
  g_assert_true (layanan_skm_csv_mapping_apply_string (fresh, "columns=16;date=1;U12=4", NULL));
  g_assert_cmpint (layanan_skm_csv_mapping_get_column (fresh, UNSUR (0)), ==, -1);
}

/* --------------------------------------------------------- converting */

/* Answer labels (§1.2) count as their numbers. */
static void
test_convert_labels (void)
{
  g_autoptr(Converted) converted = convert_file ("google-forms.csv", "2026-01-01", "2026-06-30");
  LayananSkmResponse *response;

  g_assert_cmpuint (converted->problems->len, ==, 0);
  g_assert_cmpuint (converted->responses->len, ==, 4);

  response = g_ptr_array_index (converted->responses, 0);
  g_assert_cmpstr (response->date, ==, "2026-03-02");
  g_assert_cmpint (response->period_id, ==, 0);
  g_assert_cmpint (response->service_id, ==, KONSULTASI_ID);
  g_assert_cmpint (response->sex, ==, LAYANAN_SKM_SEX_LAKI_LAKI);
  g_assert_cmpint (response->age, ==, 34);
  g_assert_cmpstr (response->education, ==, "S1");
  g_assert_cmpstr (response->occupation, ==, "PNS");
  assert_answers (response, "433433434");
  g_assert_null (response->suggestion);

  /* Case and spaces of the service do not matter; a saran keeps its
   * line break. */
  response = g_ptr_array_index (converted->responses, 1);
  g_assert_cmpint (response->service_id, ==, KONSULTASI_ID);
  g_assert_cmpint (response->sex, ==, LAYANAN_SKM_SEX_PEREMPUAN);
  assert_answers (response, "342434323");
  g_assert_cmpstr (response->suggestion, ==, "Ruang tunggu\nperlu kipas angin");

  /* A part of one service's name is that service. */
  response = g_ptr_array_index (converted->responses, 2);
  g_assert_cmpstr (response->date, ==, "2026-03-04");
  g_assert_cmpint (response->service_id, ==, NARASUMBER_ID);
  assert_answers (response, "333343344");

  /* Unanswered unsur stay blank; so do the service and the age. */
  response = g_ptr_array_index (converted->responses, 3);
  g_assert_cmpint (response->service_id, ==, 0);
  g_assert_cmpint (response->age, ==, 0);
  g_assert_null (response->education);
  assert_answers (response, "33-43333-");
}

static void
test_convert_numbers (void)
{
  g_autoptr(Converted) converted = convert_file ("numbers.csv", NULL, NULL);
  LayananSkmResponse *response;

  g_assert_cmpuint (converted->problems->len, ==, 0);
  g_assert_cmpuint (converted->responses->len, ==, 3);

  response = g_ptr_array_index (converted->responses, 0);
  g_assert_cmpstr (response->date, ==, "2026-03-02");
  assert_answers (response, "433433433");
  g_assert_cmpstr (response->occupation, ==, "Wiraswasta");

  /* "41 tahun"; a record that stops before U9 leaves it blank. */
  response = g_ptr_array_index (converted->responses, 1);
  g_assert_cmpstr (response->date, ==, "2026-03-03");
  g_assert_cmpint (response->age, ==, 41);
  assert_answers (response, "33243333-");

  response = g_ptr_array_index (converted->responses, 2);
  g_assert_cmpstr (response->date, ==, "2026-03-04");
  g_assert_cmpint (response->sex, ==, LAYANAN_SKM_SEX_UNKNOWN);
  assert_answers (response, "333434334");
  g_assert_cmpstr (response->suggestion, ==, "Mantap");
}

static void
assert_problem (GPtrArray  *problems,
                guint       index,
                guint       line,
                const char *column,
                const char *fragment)
{
  LayananSkmCsvProblem *problem;

  g_assert_cmpuint (index, <, problems->len);
  problem = g_ptr_array_index (problems, index);
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpstr (problem->column, ==, column);
  if (strstr (problem->message, fragment) == NULL)
    g_error ("line %u: “%s” lacks “%s”", line, problem->message, fragment);
}

/* Every bad cell by line and column header; line 4 starts a saran over
 * three lines, so the next record is line 7. */
static void
test_convert_bad_cells (void)
{
  g_autoptr(Converted) converted = convert_file ("bad.csv", NULL, NULL);
  g_autofree char *formatted = NULL;
  GPtrArray *problems = converted->problems;

  assert_problem (problems, 0, 3, "U3", "“5” is not an answer 1–4");
  assert_problem (problems, 1, 7, "Tanggal", "31/02/2026");
  assert_problem (problems, 2, 8, "Jenis Kelamin", "“X”");
  assert_problem (problems, 3, 8, "Umur", "“tiga puluh”");
  assert_problem (problems, 4, 9, "Layanan", "“Layanan Fiktif”");
  assert_problem (problems, 5, 9, "U1", "“Lumayan”");
  /* No answer at all: the record as a whole. */
  assert_problem (problems, 6, 10, NULL, "");
  g_assert_cmpuint (problems->len, ==, 7);

  formatted = layanan_skm_csv_problem_format (g_ptr_array_index (problems, 0));
  g_assert_true (g_str_has_prefix (formatted, "Line 3, column “U3”: “5” is not an answer 1–4"));
  /* The labels that would have done. */
  g_assert_nonnull (strstr (formatted, "“Sangat cepat”"));

  g_assert_cmpuint (converted->responses->len, ==, 3);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (converted->lines, 1)), ==, 4);
  g_assert_cmpstr (((LayananSkmResponse *) g_ptr_array_index (converted->responses, 1))->suggestion,
                   ==, "Antrean panjang,\nmohon ditambah loket\npada jam sibuk");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (converted->lines, 2)), ==, 11);
}

static void
test_convert_outside_period (void)
{
  g_autoptr(Converted) converted = convert_file ("numbers.csv", "2026-03-03", "2026-03-31");

  g_assert_cmpuint (converted->responses->len, ==, 2);
  assert_problem (converted->problems, 0, 2, "Tanggal", "outside the survey period");
  g_assert_cmpuint (converted->problems->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skm-csv/recognise/codes", test_recognise_codes);
  g_test_add_func ("/skm-csv/recognise/names", test_recognise_names);
  g_test_add_func ("/skm-csv/recognise/google-forms", test_recognise_google_forms);
  g_test_add_func ("/skm-csv/recognise/grid-and-words", test_recognise_grid_and_words);
  g_test_add_func ("/skm-csv/recognise/missing-column", test_missing_column);
  g_test_add_func ("/skm-csv/mapping/set-column", test_set_column_moves);
  g_test_add_func ("/skm-csv/mapping/string", test_mapping_string);
  g_test_add_func ("/skm-csv/convert/labels", test_convert_labels);
  g_test_add_func ("/skm-csv/convert/numbers", test_convert_numbers);
  g_test_add_func ("/skm-csv/convert/bad-cells", test_convert_bad_cells);
  g_test_add_func ("/skm-csv/convert/outside-period", test_convert_outside_period);

  return g_test_run ();
}
