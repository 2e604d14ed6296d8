/* test-reference.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-error.h"
#include "layanan-test-util.h"

typedef struct
{
  char            *dir;
  char            *reference;
  LayananDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("reference");
  fixture->reference = layanan_test_reference_dir ();
  path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
  fixture->database = layanan_database_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->reference);
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = layanan_database_query_int (fixture->database, sql, &error);

  g_assert_no_error (error);
  return value;
}

static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  char *value = layanan_database_query_text (fixture->database, sql, &error);

  g_assert_no_error (error);
  return value;
}

static char *
reference_file (Fixture    *fixture,
                const char *name)
{
  return g_build_filename (fixture->reference, name, NULL);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
load_reference (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (layanan_database_load_reference_dir (fixture->database, fixture->reference,
                                                      &error));
  g_assert_no_error (error);
}

/* Row counts of every reference table and of the audit log, to compare
 * before and after something that must change nothing. */
static char *
snapshot (Fixture *fixture)
{
  return query_text (fixture,
                     "SELECT json_array ((SELECT count(*) FROM units), "
                     "  (SELECT count(*) FROM unit_channels), (SELECT count(*) FROM holidays), "
                     "  (SELECT count(*) FROM working_hours), "
                     "  (SELECT count(*) FROM classification_codes), "
                     "  (SELECT count(*) FROM skm_unsur), (SELECT count(*) FROM skm_grades), "
                     "  (SELECT count(*) FROM audit_log), "
                     "  (SELECT group_concat (weekday || ':' || coalesce (start_minute, '-'))"
                     "   FROM working_hours))");
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *holidays = reference_file (fixture, "holidays.tsv");
  g_autofree char *u8 = NULL;
  g_autofree char *u9 = NULL;
  g_autofree char *u4_label = NULL;
  g_autofree char *u2_question = NULL;
  g_autofree char *grade_a = NULL;
  g_autofree char *grade_d = NULL;
  g_autofree char *sp = NULL;

  load_reference (fixture);

  /* The two biro, nothing invented under them. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM units"), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM units WHERE kind = 'biro' "
                                       "AND parent_id IS NULL AND code IN ('kesra', 'adpim')"),
                   ==, 2);

  /* Complaint channels exactly as the Standar Pelayanan documents print them. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM unit_channels"), ==, 14);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM unit_channels JOIN units "
                              "  ON units.id = unit_channels.unit_id "
                              "WHERE (code, position, unit_channels.kind, value, "
                              "  coalesce (extension, '')) IN ("
                              "  VALUES ('kesra', 1, 'tatap_muka', 'Pejabat Pengelola Pengaduan',"
                              "    ''),"
                              "  ('kesra', 2, 'kotak_pengaduan', 'Kotak Pengaduan', ''),"
                              "  ('kesra', 3, 'whatsapp', '085828735503', ''),"
                              "  ('kesra', 4, 'telepon', '(0561) 736541', '126'),"
                              "  ('kesra', 5, 'faksimile', '(0561) 730062', ''),"
                              "  ('kesra', 6, 'email', 'kesra@kalbarprov.go.id', ''),"
                              "  ('kesra', 7, 'sp4n_lapor', 'www.lapor.go.id', ''),"
                              "  ('adpim', 1, 'tatap_muka', 'Pejabat Pengelola Pengaduan',"
                              "    ''),"
                              "  ('adpim', 2, 'kotak_pengaduan', 'Kotak Pengaduan', ''),"
                              "  ('adpim', 3, 'whatsapp', '082115155022', ''),"
                              "  ('adpim', 4, 'telepon', '(0561) 736541', '233'),"
                              "  ('adpim', 5, 'faksimile', '(0561) 730062', ''),"
                              "  ('adpim', 6, 'email', 'adpim@kalbarprov.go.id', ''),"
                              "  ('adpim', 7, 'sp4n_lapor', 'www.lapor.go.id', ''))"),
                   ==, 14);

  /* Permendagri 83/2022 Lampiran B, every level, every parent present. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM classification_codes"), ==, 2988);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM classification_codes "
                                       "WHERE level = 1"), ==, 10);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM classification_codes "
                                       "WHERE level = 2"), ==, 56);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM classification_codes "
                                       "WHERE level = 3"), ==, 672);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM classification_codes "
                                       "WHERE level = 4"), ==, 2250);
  g_assert_cmpint (query_int (fixture,
                              "SELECT count(*) FROM classification_codes AS child "
                              "JOIN classification_codes AS parent "
                              "  ON parent.code = child.parent_code "
                              "WHERE child.level > 1 AND parent.level = child.level - 1"),
                   ==, 2988 - 10);
  sp = query_text (fixture, "SELECT name FROM classification_codes WHERE code = '000.8.3.2'");
  g_assert_cmpstr (sp, ==, "Standar Pelayanan");

  /* The nine unsur in questionnaire order: U8 sarana, U9 pengaduan. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM skm_unsur"), ==, 9);
  g_assert_cmpint (query_int (fixture, "SELECT sum(position) FROM skm_unsur"), ==, 45);
  u8 = query_text (fixture, "SELECT name FROM skm_unsur WHERE code = 'U8' AND position = 8");
  g_assert_cmpstr (u8, ==, "Sarana dan Prasarana");
  u9 = query_text (fixture, "SELECT name FROM skm_unsur WHERE code = 'U9' AND position = 9");
  g_assert_cmpstr (u9, ==, "Penanganan Pengaduan, Saran dan Masukan");
  u4_label = query_text (fixture, "SELECT label_1 || '|' || label_4 FROM skm_unsur "
                                  "WHERE code = 'U4'");
  g_assert_cmpstr (u4_label, ==, "Sangat mahal|Gratis");
  u2_question = query_text (fixture, "SELECT question FROM skm_unsur WHERE code = 'U2'");
  g_assert_cmpstr (u2_question, ==,
                   "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?");

  /* The grade table of PermenPANRB 14/2017 on the 25–100 scale. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM skm_grades"), ==, 4);
  grade_a = query_text (fixture, "SELECT printf ('%d %.2f %.2f %s', nilai_persepsi, min_score, "
                                 "max_score, kinerja) FROM skm_grades WHERE mutu = 'A'");
  g_assert_cmpstr (grade_a, ==, "4 88.31 100.00 Sangat Baik");
  grade_d = query_text (fixture, "SELECT printf ('%d %.2f %.2f %s', nilai_persepsi, min_score, "
                                 "max_score, kinerja) FROM skm_grades WHERE mutu = 'D'");
  g_assert_cmpstr (grade_d, ==, "1 25.00 64.99 Tidak Baik");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM skm_grades "
                                       "WHERE (mutu, min_score) IN (VALUES ('B', 76.61), "
                                       "  ('C', 65.00))"), ==, 2);

  /* Working hours: Monday to Thursday, Friday longer, weekend closed. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM working_hours"), ==, 7);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM working_hours "
                                       "WHERE weekday = 5 AND start_minute = 450 "
                                       "AND end_minute = 990 AND break_start_minute = 690 "
                                       "AND break_end_minute = 780"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM working_hours "
                                       "WHERE start_minute IS NULL"), ==, 2);

  if (g_file_test (holidays, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM holidays"), ==, 53);
      g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM holidays "
                                           "WHERE date = '2026-03-20' "
                                           "AND kind = 'cuti_bersama'"), ==, 1);
    }
}

static void
test_load_twice_changes_nothing (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gint64 audit_rows, changes;

  load_reference (fixture);
  first = snapshot (fixture);
  audit_rows = query_int (fixture, "SELECT count(*) FROM audit_log");
  g_assert_cmpint (audit_rows, >, 2988);
  changes = query_int (fixture, "SELECT total_changes ()");

  load_reference (fixture);
  second = snapshot (fixture);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"), ==, audit_rows);
  /* Not a single row was written, not even with the same values. */
  g_assert_cmpint (query_int (fixture, "SELECT total_changes ()"), ==, changes);
}

static void
test_reload_repairs_an_edit (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  gint64 audit_rows;

  load_reference (fixture);
  layanan_database_exec (fixture->database,
                         "UPDATE skm_unsur SET name = 'Sarana' WHERE code = 'U8'", &error);
  g_assert_no_error (error);
  audit_rows = query_int (fixture, "SELECT count(*) FROM audit_log");

  /* Only the row that differs is written, and audited once. */
  load_reference (fixture);
  name = query_text (fixture, "SELECT name FROM skm_unsur WHERE code = 'U8'");
  g_assert_cmpstr (name, ==, "Sarana dan Prasarana");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"), ==, audit_rows + 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log "
                                       "WHERE table_name = 'skm_unsur' AND row_key = 'U8' "
                                       "AND action = 'update'"), ==, 2);
}

/* A refused file names itself and the line, and leaves the database as it was. */
static void
assert_refused (Fixture      *fixture,
                GError       *error,
                const char   *path,
                guint         line,
                const char   *before)
{
  g_autofree char *where = g_strdup_printf ("%s:%u:", path, line);
  g_autofree char *after = snapshot (fixture);

  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  if (!g_str_has_prefix (error->message, where))
    g_error ("“%s” should start with “%s”", error->message, where);
  g_assert_cmpstr (before, ==, after);
}

static void
test_missing_column (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "holidays.tsv",
                                      "date\tdescription\n"
                                      "2026-08-17\tHari Proklamasi Kemerdekaan\n");
  g_autofree char *before = snapshot (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_false (layanan_database_load_holidays (fixture->database, path, &error));
  assert_refused (fixture, error, path, 1, before);
  g_assert_nonnull (strstr (error->message, "kind"));
}

static void
test_bad_rows (Fixture       *fixture,
               gconstpointer  data)
{
  static const struct
  {
    const char *name;
    const char *contents;
    guint       line;
    const char *words;
  } holidays[] = {
    { "date.tsv",
      "date\tkind\tdescription\tlegal_basis\n"
      "2026-01-01\tlibur_nasional\tTahun Baru 2026 Masehi\t\n"
      "2026-02-30\tlibur_nasional\tTidak ada\t\n", 3, "2026-02-30" },
    { "kind.tsv",
      "date\tkind\tdescription\n"
      "2026-01-01\tlibur_nasional\tTahun Baru 2026 Masehi\n"
      "\n"
      "2026-01-02\tlibur_daerah\tCuti\n", 4, "libur_daerah" },
    { "twice.tsv",
      "date\tkind\tdescription\n"
      "2026-01-01\tlibur_nasional\tTahun Baru 2026 Masehi\n"
      "2026-01-01\tcuti_bersama\tTahun Baru\n", 3, "line 2" },
    { "empty.tsv",
      "date\tkind\tdescription\n"
      "2026-01-01\tlibur_nasional\t\n", 2, "description" },
    { "extra.tsv",
      "date\tkind\tdescription\n"
      "2026-01-01\tlibur_nasional\tTahun Baru\textra\n", 2, "fields" },
  };
  g_autofree char *before = snapshot (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    {
      g_autofree char *path = write_file (fixture, holidays[i].name, holidays[i].contents);
      g_autoptr(GError) error = NULL;

      g_assert_false (layanan_database_load_holidays (fixture->database, path, &error));
      assert_refused (fixture, error, path, holidays[i].line, before);
      if (strstr (error->message, holidays[i].words) == NULL)
        g_error ("“%s” should mention “%s”", error->message, holidays[i].words);
    }
}

static void
test_bad_units_and_codes (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *units = write_file (fixture, "units.tsv",
                                       "code\tparent\tkind\tname\taddress\n"
                                       "kesra\t\tbiro\tBiro Kesejahteraan Rakyat\t\n"
                                       "bmsp\tbinamental\tbagian\tBagian Bina Mental\t\n");
  g_autofree char *good_units = write_file (fixture, "good-units.tsv",
                                            "code\tparent\tkind\tname\taddress\n"
                                            "kesra\t\tbiro\tBiro Kesejahteraan Rakyat\t\n");
  g_autofree char *channels = write_file (fixture, "channels.tsv",
                                          "unit\tposition\tkind\tvalue\textension\n"
                                          "kesra\t1\temail\tkesra@kalbarprov.go.id\t\n"
                                          "kesra\t2\ttelepon\t(0561) 736541\text. 126\n");
  g_autofree char *codes = write_file (fixture, "codes.tsv",
                                       "kode\tinduk\tlevel\tnama\n"
                                       "400\t\t1\tKESEJAHTERAAN RAKYAT\n"
                                       "400.8\t400\t2\tAgama dan Kepercayaan\n"
                                       "400.8.2.1\t400.8.2\t4\tData FKUB\n");
  g_autofree char *levels = write_file (fixture, "levels.tsv",
                                        "kode\tinduk\tlevel\tnama\n"
                                        "400\t\t1\tKESEJAHTERAAN RAKYAT\n"
                                        "400.8\t400\t3\tAgama dan Kepercayaan\n");
  g_autofree char *grades = write_file (fixture, "grades.tsv",
                                        "mutu\tnilai_persepsi\tmin\tmax\tkinerja\n"
                                        "A\t4\t88,31\t100\tSangat Baik\n");
  g_autofree char *unsur = reference_file (fixture, "skm-unsur.tsv");
  g_autofree char *hours = write_file (fixture, "hours.tsv",
                                       "weekday\tstart\tend\tbreak_start\tbreak_end\n"
                                       "1\t07:30\t16:00\t12:00\t13:00\n"
                                       "2\t07.30\t16:00\t\t\n");
  g_autofree char *closed = write_file (fixture, "closed.tsv",
                                        "weekday\tstart\tend\tbreak_start\tbreak_end\n"
                                        "1\t\t\t\t\n2\t\t\t\t\n3\t\t\t\t\n4\t\t\t\t\n"
                                        "5\t\t\t\t\n6\t\t\t\t\n7\t\t\t\t\n");
  g_autofree char *before = snapshot (fixture);
  g_autoptr(GError) error = NULL;

  layanan_database_load_units (fixture->database, units, channels, &error);
  assert_refused (fixture, error, units, 3, before);
  g_assert_nonnull (strstr (error->message, "binamental"));
  g_clear_error (&error);

  /* The units were fine; the channel's extension is not: neither is kept. */
  layanan_database_load_units (fixture->database, good_units, channels, &error);
  assert_refused (fixture, error, channels, 3, before);
  g_assert_nonnull (strstr (error->message, "ext. 126"));
  g_clear_error (&error);

  layanan_database_load_classification (fixture->database, codes, &error);
  assert_refused (fixture, error, codes, 4, before);
  g_assert_nonnull (strstr (error->message, "400.8.2"));
  g_clear_error (&error);

  layanan_database_load_classification (fixture->database, levels, &error);
  assert_refused (fixture, error, levels, 3, before);
  g_clear_error (&error);

  layanan_database_load_skm (fixture->database, unsur, grades, &error);
  assert_refused (fixture, error, grades, 2, before);
  g_assert_nonnull (strstr (error->message, "88,31"));
  g_clear_error (&error);

  layanan_database_load_working_hours (fixture->database, hours, &error);
  assert_refused (fixture, error, hours, 3, before);
  g_assert_nonnull (strstr (error->message, "07.30"));
  g_clear_error (&error);

  layanan_database_load_working_hours (fixture->database, closed, &error);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, closed));
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM working_hours "
                                       "WHERE start_minute IS NOT NULL"), ==, 5);
}

/* One bad file in the folder: nothing of the good ones is kept either. */
static void
test_reference_dir_all_or_nothing (Fixture       *fixture,
                                   gconstpointer  data)
{
  static const char * const names[] = {
    "units.tsv", "unit-channels.tsv", "holidays.tsv", "working-hours.tsv",
    "klasifikasi-arsip.tsv", "skm-unsur.tsv",
  };
  g_autofree char *copy = g_build_filename (fixture->dir, "reference", NULL);
  g_autofree char *bad_grades = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *before = snapshot (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (copy, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *from = reference_file (fixture, names[i]);
      g_autofree char *to = g_build_filename (copy, names[i], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_file_get_contents (from, &contents, &length, &error);
      g_assert_no_error (error);
      g_file_set_contents (to, contents, length, &error);
      g_assert_no_error (error);
    }

  /* Without skm-grades.tsv the folder is incomplete. */
  layanan_database_load_reference_dir (fixture->database, copy, &error);
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  missing = g_build_filename (copy, "skm-grades.tsv", NULL);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);
  {
    g_autofree char *after = snapshot (fixture);

    g_assert_cmpstr (before, ==, after);
  }

  bad_grades = g_build_filename (copy, "skm-grades.tsv", NULL);
  g_file_set_contents (bad_grades,
                       "mutu\tnilai_persepsi\tmin\tmax\tkinerja\n"
                       "A\t4\t88.31\t100.00\tSangat Baik\n"
                       "E\t5\t10\t20\tBuruk\n", -1, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (fixture->database, copy, &error);
  assert_refused (fixture, error, bad_grades, 3, before);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM units"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM classification_codes"), ==, 0);
}

static const char *
classification_code_at (GPtrArray *found,
                        guint      index)
{
  g_assert_cmpuint (index, <, found->len);
  return ((LayananClassification *) g_ptr_array_index (found, index))->code;
}

static void
test_search_classification (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) by_code = NULL;
  g_autoptr(GPtrArray) by_words = NULL;
  g_autoptr(GPtrArray) wildcard = NULL;
  g_autoptr(GError) error = NULL;

  load_reference (fixture);

  /* A code prefix: the code itself first, then its children. */
  by_code = layanan_database_search_classification (fixture->database, "400.8.2", 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_code->len, ==, 5);
  g_assert_cmpstr (classification_code_at (by_code, 0), ==, "400.8.2");
  for (guint i = 1; i < by_code->len; i++)
    g_assert_true (g_str_has_prefix (classification_code_at (by_code, i), "400.8.2."));

  /* Words of the name in any case and order; the broadest code first. */
  by_words = layanan_database_search_classification (fixture->database, "umat KERUKUNAN", 10,
                                                     &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_words->len, >=, 1);
  g_assert_cmpstr (classification_code_at (by_words, 0), ==, "400.8.2.2");
  for (guint i = 0; i < by_words->len; i++)
    {
      LayananClassification *found = g_ptr_array_index (by_words, i);
      g_autofree char *name = g_utf8_strdown (found->name, -1);

      g_assert_nonnull (strstr (name, "kerukunan"));
      g_assert_nonnull (strstr (name, "umat"));
    }

  /* LIKE's wildcards are taken literally. */
  wildcard = layanan_database_search_classification (fixture->database, "%", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wildcard->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/reference/counts", test_counts);
  ADD ("/store/reference/load-twice-changes-nothing", test_load_twice_changes_nothing);
  ADD ("/store/reference/reload-repairs-an-edit", test_reload_repairs_an_edit);
  ADD ("/store/reference/missing-column", test_missing_column);
  ADD ("/store/reference/bad-rows", test_bad_rows);
  ADD ("/store/reference/bad-units-and-codes", test_bad_units_and_codes);
  ADD ("/store/reference/all-or-nothing", test_reference_dir_all_or_nothing);
  ADD ("/store/reference/search-classification", test_search_classification);

#undef ADD

  return g_test_run ();
}
