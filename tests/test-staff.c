/* test-staff.c
 *
 * SPDX-FileCopyrightText: 2026 The Layanan Biro authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "layanan-database.h"
#include "layanan-database-private.h"
#include "layanan-error.h"
#include "layanan-test-util.h"

/* The staff letters are disposed to, their sections, and the staff loader. */

typedef struct
{
  char            *dir;
  LayananDatabase *database;
  gint64           kesra;
} Fixture;

static gint64
query_int (LayananDatabase *database,
           const char      *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = layanan_database_query_int (database, sql, &error);

  g_assert_no_error (error);
  return value;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *reference = layanan_test_reference_dir ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = layanan_test_make_tmp_dir ("staff");
  path = g_build_filename (fixture->dir, "layanan.sqlite", NULL);
  fixture->database = layanan_database_open (path, &error);
  g_assert_no_error (error);
  layanan_database_load_reference_dir (fixture->database, reference, &error);
  g_assert_no_error (error);
  fixture->kesra = query_int (fixture->database, "SELECT id FROM units WHERE code = 'kesra'");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  layanan_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
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
test_save (Fixture       *fixture,
           gconstpointer  data)
{
  LayananStaff staff = {
    .unit_id = fixture->kesra, .name = (char *) " Drs. H. Ahmad Yani ",
    .nip = g_strdup ("19780512 200312 1 004"), .position_title = (char *) "Kepala Bagian",
    .active = TRUE,
  };
  LayananStaff twin = {
    .unit_id = fixture->kesra, .name = (char *) "Orang Lain", .nip = (char *) "197805122003121004",
    .active = TRUE,
  };
  LayananStaff bad = { .unit_id = fixture->kesra, .name = (char *) "X", .active = TRUE };
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  LayananStaff *member;

  layanan_database_save_staff (fixture->database, &staff, &error);
  g_assert_no_error (error);
  g_assert_cmpint (staff.id, >, 0);
  g_assert_cmpstr (staff.nip, ==, "197805122003121004");

  g_assert_false (layanan_database_save_staff (fixture->database, &twin, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "197805122003121004"));
  g_clear_error (&error);
  g_assert_cmpint (twin.id, ==, 0);

  bad.nip = (char *) "19780512200312100";
  g_assert_false (layanan_database_save_staff (fixture->database, &bad, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "17"));
  g_clear_error (&error);
  bad.nip = (char *) "19780512200312100A";
  g_assert_false (layanan_database_save_staff (fixture->database, &bad, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  bad.nip = NULL;
  bad.name = (char *) "  ";
  g_assert_false (layanan_database_save_staff (fixture->database, &bad, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  bad.name = (char *) "Tanpa Unit";
  bad.unit_id = 4242;
  g_assert_false (layanan_database_save_staff (fixture->database, &bad, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM staff"), ==, 1);

  /* Changing and deactivating. */
  staff.active = FALSE;
  staff.position_title = (char *) "Analis Kebijakan";
  layanan_database_save_staff (fixture->database, &staff, &error);
  g_assert_no_error (error);

  listed = layanan_database_list_staff (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 0);
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = layanan_database_list_staff (fixture->database, TRUE, &error);
  g_assert_cmpuint (listed->len, ==, 1);
  member = listed->pdata[0];
  g_assert_cmpstr (member->name, ==, "Drs. H. Ahmad Yani");
  g_assert_cmpstr (member->unit_name, ==, "Biro Kesejahteraan Rakyat");
  g_assert_cmpstr (member->position_title, ==, "Analis Kebijakan");
  g_assert_false (member->active);

  staff.id = 4242;
  g_assert_false (layanan_database_save_staff (fixture->database, &staff, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_NOT_FOUND);
  g_free (staff.nip);
}

static void
test_sections (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 bagian = 0, subbagian = 0;

  layanan_database_add_section (fixture->database, "kesra", "bagian", "kesra-agama",
                                "Bagian Bina Mental dan Keagamaan", &bagian, &error);
  g_assert_no_error (error);
  layanan_database_add_section (fixture->database, "kesra-agama", "subbagian", "kesra-agama-1",
                                "Subbagian Fasilitasi Keagamaan", &subbagian, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->database, "SELECT parent_id FROM units "
                                                 "WHERE code = 'kesra-agama-1'"), ==, bagian);

  /* A subbagian hangs under a bagian, a bagian under a biro. */
  g_assert_false (layanan_database_add_section (fixture->database, "kesra", "subbagian", "x",
                                                "X", NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (layanan_database_add_section (fixture->database, "kesra-agama", "bagian", "y",
                                                "Y", NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (layanan_database_add_section (fixture->database, "kesra", "biro", "z", "Z",
                                                NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (layanan_database_add_section (fixture->database, "kesra", "bagian",
                                                "kesra-agama", "Lagi", NULL, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_CONSTRAINT);
}

static void
test_load (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *good = write_file (fixture, "staff.tsv",
                                      "nip\tname\tposition_title\tunit_code\n"
                                      "197805122003121004\tDrs. H. Ahmad Yani\tKepala Bagian\tkesra\n"
                                      "\tBudi Santoso\tPengadministrasi Umum\tkesra\n"
                                      "198001012005012003\tSiti Aminah\t\tadpim\n");
  g_autofree char *changed = write_file (fixture, "staff-2.tsv",
                                         "unit_code\tname\tnip\tposition_title\n"
                                         "kesra\tDrs. H. Ahmad Yani, M.Si.\t"
                                         "197805122003121004\tKepala Bagian\n");
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 audit;

  layanan_database_load_staff (fixture->database, good, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM staff"), ==, 3);

  /* Twice changes nothing. */
  audit = query_int (fixture->database, "SELECT count(*) FROM audit_log");
  layanan_database_load_staff (fixture->database, good, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM staff"), ==, 3);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM audit_log"), ==, audit);

  /* A NIP finds its person again under a new name; columns in any order. */
  layanan_database_load_staff (fixture->database, changed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM staff"), ==, 3);
  listed = layanan_database_list_staff (fixture->database, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((LayananStaff *) listed->pdata[1])->name, ==, "Drs. H. Ahmad Yani, M.Si.");
}

static void
assert_load_fails (Fixture    *fixture,
                   const char *contents,
                   const char *expected_line,
                   const char *expected_column)
{
  g_autofree char *path = write_file (fixture, "broken.tsv", contents);
  g_autoptr(GError) error = NULL;
  gint64 before = query_int (fixture->database, "SELECT count(*) FROM staff");

  g_assert_false (layanan_database_load_staff (fixture->database, path, &error));
  g_assert_error (error, LAYANAN_ERROR, LAYANAN_ERROR_INVALID_INPUT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, expected_line));
  g_assert_nonnull (strstr (error->message, expected_column));
  /* All or nothing: the good lines before the bad one are not kept. */
  g_assert_cmpint (query_int (fixture->database, "SELECT count(*) FROM staff"), ==, before);
}

static void
test_load_errors (Fixture       *fixture,
                  gconstpointer  data)
{
  assert_load_fails (fixture,
                     "nip\tname\tunit_code\n"
                     "197805122003121004\tAhmad\tkesra\n",
                     ":1:", "position_title");
  assert_load_fails (fixture,
                     "nip\tname\tposition_title\tunit_code\n"
                     "\tBudi Santoso\tStaf\tkesra\n"
                     "\tSiti Aminah\tStaf\tkesra-humas\n",
                     ":3:", "unit_code");
  assert_load_fails (fixture,
                     "nip\tname\tposition_title\tunit_code\n"
                     "\tBudi Santoso\tStaf\tkesra\n"
                     "1978\tSiti Aminah\tStaf\tkesra\n",
                     ":3:", "nip");
  assert_load_fails (fixture,
                     "nip\tname\tposition_title\tunit_code\n"
                     "197805122003121004\tAhmad\tStaf\tkesra\n"
                     "\t \tStaf\tkesra\n",
                     ":3:", "name");
  assert_load_fails (fixture,
                     "nip\tname\tposition_title\tunit_code\n"
                     "197805122003121004\tAhmad\tStaf\tkesra\n"
                     "197805122003121004\tAhmad Lagi\tStaf\tkesra\n",
                     ":3:", "line 2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/staff/save", test_save);
  ADD ("/store/staff/sections", test_sections);
  ADD ("/store/staff/load", test_load);
  ADD ("/store/staff/load-errors", test_load_errors);

#undef ADD

  return g_test_run ();
}
